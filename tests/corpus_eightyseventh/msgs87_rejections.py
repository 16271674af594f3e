"""Rejections for the eighty-seventh corpus (data only; imports msgs87_build)."""

from msgs87_build import Msg

K = "rejection"

MESSAGES = [
Msg(K, "bancoatlas_workday_template", "es",
    "Banco Atlántico Talento <bancoatlantico@myworkday.com>",
    "Actualización sobre tu candidatura - Analista de Pricing (R-004512)",
    """Hola Valentina,

Gracias por tu interés en Banco Atlántico y por el tiempo que has dedicado a tu candidatura para el puesto de Analista de Pricing (R-004512).

Tras revisar detenidamente tu perfil, lamentamos comunicarte que en esta ocasión hemos decidido continuar el proceso con otras candidaturas cuyo perfil se ajusta más a los requisitos de la posición.

Te animamos a seguir consultando nuestras ofertas en la web de empleo y a inscribirte en futuras vacantes.

Un saludo,
Equipo de Atracción de Talento
Banco Atlántico

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.""",
    company="Banco Atlántico", contact="", fmt="alt", logo="Banco Atlántico", date="01-19 08:03"),

Msg(K, "moda_lusa_terse_manager", "es",
    "Irene Pardo <irene.pardo@lusamoda.example.com>",
    "Re: CRM Specialist",
    """Hola Valentina, gracias por venir el martes. Al final vamos con otra persona con mas experiencia en Salesforce Marketing Cloud. Mucha suerte!

Irene

Enviado desde mi iPhone

> El 12 feb 2026, a las 18:40, Valentina Echeverría-Kowalczyk <valentina.ek@example.es> escribió:
>
> Hola Irene, ¿hay alguna novedad sobre el proceso? Gracias de nuevo por la entrevista.
> Un saludo, Valentina""",
    company="Lusa Moda", date="02-16 21:14"),

Msg(K, "consultora_relay_mx", "es",
    "Rodrigo Salinas | Korvex Consultores <rsalinas@korvex.example.com.mx>",
    "Proceso Gerente de Insights - cliente sector consumo",
    """Valentina, buenas tardes.

Te escribo para darte retroalimentación del proceso para Gerente de Customer Insights con nuestro cliente (Alimentos Serrano, Monterrey). El cliente nos comentó que le gustó mucho tu presentación pero decidió avanzar con una candidata interna que ya conoce la categoría de lácteos.

Sé que no es la noticia que esperabas. Tu perfil me parece muy sólido y lo tengo presente para otras búsquedas de analítica que estamos abriendo este trimestre, te aviso en cuanto tenga algo.

Saludos cordiales,

Rodrigo Salinas
Senior Consultant | Korvex Consultores
Tel. +52 81 5555 0148 | Cel. +52 1 81 5555 0199
Torre Valle, Piso 11, San Pedro Garza García, N.L.""",
    company="Alimentos Serrano", tz="-06:00", date="03-11 16:42"),

Msg(K, "aseguradora_carta_formal", "es",
    "Departamento de Personas - Mutua Levantina <empleo@mutualevantina.example.es>",
    "Comunicación relativa a su candidatura",
    """Estimada Sra. Echeverría-Kowalczyk:

Nos ponemos en contacto con usted en relación con su participación en el proceso de selección para la plaza de Técnico/a de Inteligencia de Cliente (ref. MLV-26-031).

Una vez finalizada la fase de entrevistas, lamentamos informarle de que su candidatura no ha resultado seleccionada. Esta decisión no supone una valoración negativa de su trayectoria profesional, que ha sido considerada con el máximo interés.

Conservaremos sus datos en nuestra base de candidatos durante un plazo de doce meses, conforme a nuestra política de privacidad, salvo que nos indique lo contrario.

Atentamente,

Departamento de Personas
Mutua Levantina
Avda. de Aragón, 30 - 46021 València

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de MUTUA LEVANTINA. Si usted no es el destinatario final por favor elimínelo e infórmenos por esta vía.""",
    company="Mutua Levantina", contact="empleo@mutualevantina.example.es", charset="iso-8859-1", cte="quoted-printable", date="03-20 12:30"),

Msg(K, "greenhouse_fintech_es", "es",
    "Pagalo <no-reply@us.greenhouse-mail.io>",
    "Tu aplicación en Pagalo",
    """Hola Valentina,

Muchas gracias por postularte a Growth Analyst en Pagalo. Leímos tu aplicación con atención y, aunque tu experiencia es muy interesante, en este momento no vamos a avanzar con tu candidatura.

Recibimos muchísimas aplicaciones para este rol y la decisión no fue fácil. Nos encantaría que sigas atenta a nuestras búsquedas en pagalo.example.com/careers.

Un abrazo,
El equipo de Pagalo""",
    company="Pagalo", contact="", fmt="html", logo="Pagalo", tz="-03:00", date="02-03 19:01"),

Msg(K, "hotel_chain_position_filled", "es",
    "Marta Gil Ordóñez <mgil@hotelesbalear.example.com>",
    "Vacante Revenue & Pricing Analyst",
    """Buenos días Valentina:

Te escribo para agradecerte tu interés en la vacante de Revenue & Pricing Analyst en nuestras oficinas de Palma. Te informo de que la posición ya ha sido cubierta, por lo que cerramos el proceso.

Guardamos tu CV por si surge algo similar más adelante.

Un saludo,

Marta Gil Ordóñez
Talent Acquisition Partner
HOTELES BALEAR GROUP
T. +34 971 000 412
[Logo Hoteles Balear Group]""",
    company="Hoteles Balear Group", date="02-24 09:47"),

Msg(K, "startup_role_on_hold_ar", "es",
    "Tomás Ledesma <tomas@ruteo.example.com.ar>",
    "Novedades búsqueda Product Analyst",
    """Hola Vale! ¿Cómo andás?

Te quería contar antes de que te enteres por otro lado: congelamos la búsqueda de Product Analyst. Cambió el presupuesto para el segundo semestre y el board nos pidió frenar contrataciones hasta nuevo aviso, así que no vamos a seguir con el proceso por ahora.

Me re dolió porque la entrevista con Juli había ido muy bien. Si se reabre te escribo yo directamente, ¿dale?

Abrazo,
Tomás
Head of Data · Ruteo""",
    company="Ruteo", tz="-03:00", date="04-08 17:20"),

Msg(K, "teamtailor_after_case", "es",
    "Clara de Nubla Studio <noreply@teamtailor-mail.com>",
    "Sobre la prueba técnica",
    """Hola Valentina,

Gracias por entregar el caso práctico de segmentación. Nuestro equipo lo ha revisado con calma y, aunque valoramos mucho el esfuerzo, hemos decidido no seguir adelante con tu candidatura para el puesto de Customer Insights Lead.

Si te sirve, el feedback principal ha sido que buscábamos más profundidad en la parte de modelización (propensión / churn).

Mil gracias de nuevo y mucho éxito,
Clara Benet
People & Culture · Nubla Studio""",
    company="Nubla Studio", contact="", reply_to="", fmt="alt", date="04-15 13:05"),

Msg(K, "telco_infojobs_short", "es",
    "InfoJobs <notificaciones@infojobs.example.net>",
    "Tu candidatura a \"Analista CRM Senior\" ha sido descartada",
    """Hola Valentina:

La empresa TELCONEXA ha actualizado el estado de tu candidatura para la oferta "Analista CRM Senior" (Madrid).

Estado: Descartada

No te desanimes: hay 1.240 ofertas nuevas de Marketing y comunicación que podrían interesarte.

Ver ofertas similares: https://www.infojobs.example.net/ofertas?k=crm

InfoJobs - Recibes este correo porque estás inscrito en una oferta.""",
    company="Telconexa", contact="", fmt="html", date="03-05 07:12"),

Msg(K, "universidad_convocatoria", "es",
    "Servicio de Contratación - Universidad Europea del Sur <contratacion@ues.example.es>",
    "RESOLUCIÓN - Plaza Analista de Datos de Marketing (Conv. 14/2026)",
    """Estimada candidata,

Le comunicamos que, una vez valorados los méritos conforme a las bases de la convocatoria 14/2026, la comisión de selección ha propuesto la contratación de otra persona aspirante. En consecuencia, su solicitud no ha sido seleccionada.

Puede consultar la resolución completa en la sede electrónica. Contra la misma podrá interponer recurso de alzada en el plazo de un mes.

Atentamente,
Servicio de Contratación de Personal
Universidad Europea del Sur""",
    company="Universidad Europea del Sur", contact="contratacion@ues.example.es", charset="windows-1252", cte="quoted-printable", date="05-06 11:00"),

Msg(K, "bogota_bank_usted", "es",
    "Diana Marcela Rojas <dmrojas@bancoandino.example.com.co>",
    "Resultado proceso - Especialista de Analítica de Clientes",
    """Buenas tardes Valentina,

Espero que se encuentre muy bien. Agradecemos su participación en el proceso para el cargo de Especialista de Analítica de Clientes y el tiempo dedicado a las entrevistas y a la prueba.

Después de analizar los resultados, queremos informarle que en esta oportunidad no continuará en el proceso. Su hoja de vida quedará en nuestra base de datos para futuras oportunidades.

Cordialmente,

Diana Marcela Rojas Pinzón
Profesional de Selección
Banco Andino
PBX (601) 555 0000 ext. 4412

La información contenida en este correo es confidencial y de uso exclusivo del destinatario. Si usted no es el destinatario, le solicitamos eliminarlo.""",
    company="Banco Andino", tz="-05:00", date="05-14 15:33"),

Msg(K, "ett_whatsapp_style", "es",
    "Noelia - Flexiplan ETT <noelia.r@flexiplan.example.es>",
    "Campaña ecommerce",
    """Buenas Valentina, te escribo de Flexiplan. La empresa de la campaña de ecommerce (Supermercados Olmo) ha cerrado ya la incorporacion con otra candidata, lo siento mucho!! Te tengo en cuenta para lo próximo que entre, ¿ok?

Un saludo
Noelia""",
    company="Supermercados Olmo", date="06-02 12:58"),

Msg(K, "lever_airline_es", "es",
    "Aerolíneas Condor Sur <no-reply@hire.lever.co>",
    "Aerolíneas Condor Sur - Analista de Revenue Management",
    """Hola Valentina:

Gracias por tu interés en el puesto de Analista de Revenue Management en Aerolíneas Condor Sur.

Después de considerar cuidadosamente tu solicitud, queremos informarte que no seguiremos adelante con tu postulación en este momento. Hemos recibido un número muy alto de solicitudes de candidatos muy calificados.

Te deseamos éxito en tu búsqueda.

Equipo de Reclutamiento
Aerolíneas Condor Sur""",
    company="Aerolíneas Condor Sur", contact="", fmt="alt", tz="-04:00", date="06-19 22:10"),

Msg(K, "ngo_after_panel_tuteo", "es",
    "Lucía Ferrer <lucia.ferrer@fundacionalba.example.org>",
    "Re: Entrevista con el comité - Coordinadora de Captación Digital",
    """Hola Valentina,

Gracias de nuevo por tu tiempo el jueves con el comité. Ha sido un proceso muy reñido y queremos ser transparentes contigo: hemos decidido ofrecer el puesto a otra candidata que tiene más experiencia específica en captación de socios en ONG.

Nos quedamos con muy buen sabor de boca y, si te parece, nos gustaría mantener el contacto.

Un abrazo,

Lucía Ferrer
Directora de Marketing y Captación
Fundación Alba

El jue, 18 jun 2026 a las 10:02, Valentina Echeverría-Kowalczyk (<valentina.ek@example.es>) escribió:
> Hola Lucía,
> muchas gracias por la invitación, confirmo asistencia para el jueves a las 12:00.
> Saludos,
> Valentina""",
    company="Fundación Alba", date="06-26 18:05"),

Msg(K, "successfactors_retail_es", "es",
    "Grupo Miralba <careers@successfactors.eu>",
    "=?UTF-8?Q?Su_candidatura_en_Grupo_Miralba?=",
    """Estimado/a Valentina Echeverría-Kowalczyk,

Le agradecemos su solicitud para el puesto  Responsable E-commerce Analytics  (ID de solicitud: 11873).

Lamentamos comunicarle que su perfil no se ajusta en este momento a las necesidades del puesto.

Atentamente,
Grupo Miralba - Selección


Por favor, no responda a este mensaje. Este buzón no se supervisa.""",
    company="Grupo Miralba", contact="", charset="windows-1252", cte="base64", date="07-07 06:45"),

Msg(K, "english_british_regret", "en",
    "Harriet Cole <harriet.cole@fernleycapital.example.co.uk>",
    "Your application - Customer Insight Analyst",
    """Dear Valentina,

Thank you for taking the time to speak with us last week regarding the Customer Insight Analyst role.

I regret to inform you that we shan't be progressing your application further on this occasion. The panel felt that, whilst your CRM experience is strong, other candidates had more direct exposure to UK retail banking.

We do appreciate your interest in Fernley Capital and wish you every success.

Kind regards,

Harriet Cole
Resourcing Manager
Fernley Capital plc
+44 20 7946 0321

Fernley Capital plc is authorised and regulated by the Financial Conduct Authority. This e-mail is confidential and intended solely for the addressee.""",
    company="Fernley Capital", tz="+00:00", date="03-09 14:18"),

Msg(K, "ashby_soft_aligns", "en",
    "Loopwise Hiring <no-reply@ashbyhq.com>",
    "Update on your Loopwise application",
    """Hi Valentina,

Thanks so much for your interest in the Senior Growth Analyst role at Loopwise and for the time you put into your application.

We've decided to pursue other candidates whose background more closely aligns with what we need right now. We know this isn't the news you were hoping for.

We'll keep your details on file and may reach out if a role opens up that's a better fit.

Best,
The Loopwise Talent Team""",
    company="Loopwise", contact="", fmt="html", logo="Loopwise", tz="-05:00", date="02-11 16:00"),

Msg(K, "hm_one_liner_mobile", "en",
    "Kev O'Brien <kevin.obrien@tidalcrm.example.ie>",
    "Re: Following up",
    """Hi Valentina - thanks for your time, but we won't be moving forward. Best of luck.

Sent from my iPhone

On 4 Mar 2026, at 09:12, Valentina Echeverría-Kowalczyk <valentina.ek@example.es> wrote:

> Hi Kevin, just following up on our conversation from last Thursday about the Lifecycle Marketing Analyst role. Happy to share anything else you need.""",
    company="Tidal CRM", tz="+00:00", date="03-05 07:41"),

Msg(K, "indian_english_agency", "en",
    "Priya Raghavan <priya.r@talentbridge.example.in>",
    "Feedback - Pricing Analyst | Client: Norvik Retail",
    """Dear Valentina,

Greetings from TalentBridge!

This is with reference to your candidature for the Pricing Analyst position with our client Norvik Retail (Dublin). We regret to inform you that the client has decided not to proceed further with your profile post the second round of discussion.

We thank you for your co-operation and will revert in case any other suitable opening comes up. Do revert if you have any queries.

Thanks & Regards,
Priya Raghavan
Senior Associate - Talent Acquisition
TalentBridge Consulting Pvt. Ltd.
M: +91 98450 00000""",
    company="Norvik Retail", tz="+05:30", date="04-21 11:20"),

Msg(K, "korean_owned_english", "en",
    "Jiwoo Han <jiwoo.han@hanbitelectronics.example.com>",
    "Hanbit Electronics Europe - Result of Application",
    """Dear Ms. Echeverria-Kowalczyk,

Thank you for your application to the Marketing Data Analyst (Madrid) position at Hanbit Electronics Europe.

After careful review, we regret that we are unable to offer you the position at this time. We had many applicants with excellent background and the decision was very difficult.

We sincerely appreciate your interest in our company and hope for your success in future.

Best regards,
Jiwoo Han
HR Team, Hanbit Electronics Europe B.V.""",
    company="Hanbit Electronics Europe", date="05-02 03:15"),

Msg(K, "workable_take_home_en", "en",
    "Marcus at Fjordlytics <marcus@fjordlytics.workablemail.com>",
    "Your take-home for Fjordlytics",
    """Hey Valentina,

Thanks for sending over the take-home - we could tell you put real effort into it. Unfortunately we've decided not to move you forward to the final stage. The dashboard was clear but we were looking for a deeper dive on the experimentation piece (sample sizes, guardrail metrics).

Really appreciate your time and hope our paths cross again.

Marcus Lie
Analytics Lead, Fjordlytics AS (Oslo)""",
    company="Fjordlytics", reply_to="Marcus Lie <marcus.lie@fjordlytics.example.no>", date="05-27 10:05"),

Msg(K, "role_cancelled_au", "en",
    "Sophie Tran <sophie.tran@koalasuper.example.com.au>",
    "Growth Analyst role",
    """Hi Valentina,

Hope you're well. Just a quick note to let you know the Growth Analyst role has been cancelled following a restructure of the marketing team, so unfortunately we won't be proceeding with the recruitment.

Really sorry about this as I know you'd made the effort for the two chats. No reflection on you at all.

Cheers,
Sophie
Sophie Tran | Talent Partner | Koala Super""",
    company="Koala Super", contact="sophie.tran@koalasuper.example.com.au", tz="+10:00", date="06-10 08:30"),

Msg(K, "icims_pharma_en", "en",
    "Vireon Pharma Careers <vireonpharma@talent.icims.com>",
    "Vireon Pharma: Status Update for Requisition 2026-7741",
    """Dear Valentina,

Thank you for your interest in the Commercial Insights Analyst, EMEA opportunity (Requisition 2026-7741) at Vireon Pharma.

We have reviewed your qualifications and have decided to move forward with other applicants at this time. This position has now been filled.

We encourage you to visit our careers site regularly.

Sincerely,
Vireon Pharma Talent Acquisition

*** This is an automated message. Please do not reply. ***""",
    company="Vireon Pharma", contact="", fmt="html", date="07-15 15:00"),

Msg(K, "fr_formal_lettre", "fr",
    "Service Recrutement - Maison Verlaine <recrutement@maisonverlaine.example.fr>",
    "Votre candidature au poste de Chargée d'études clients",
    """Madame,

Nous avons bien pris connaissance de votre candidature au poste de Chargée d'études clients H/F, et nous vous remercions de l'intérêt que vous portez à Maison Verlaine.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons y donner une suite favorable, d'autres profils correspondant davantage à nos attentes.

Nous conservons néanmoins vos coordonnées afin de vous recontacter si une opportunité se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Maison Verlaine
Direction des Ressources Humaines
12, rue de Sèze - 75009 Paris""",
    company="Maison Verlaine", contact="recrutement@maisonverlaine.example.fr", charset="iso-8859-1", cte="quoted-printable", date="03-17 10:22"),

Msg(K, "fr_startup_casual", "fr",
    "Léa Moreau <lea@pixelcrm.example.fr>",
    "Suite à notre échange",
    """Hello Valentina,

Merci encore pour l'échange de mardi, c'était super intéressant. Après réflexion avec l'équipe, on a décidé de ne pas poursuivre : on cherche finalement quelqu'un de plus senior côté SQL/dbt pour ce poste.

Je garde ton profil sous le coude, et n'hésite pas si tu as des questions.

Belle journée,
Léa
--
Léa Moreau · Head of Growth · PixelCRM
+33 6 12 34 56 78""",
    company="PixelCRM", date="04-02 18:10"),

Msg(K, "fr_toulouse_smartrecruiters", "fr",
    "Aérostructures Garonne <noreply@smartrecruiters.com>",
    "Votre candidature chez Aérostructures Garonne",
    """Bonjour Valentina,

Nous vous remercions pour votre candidature au poste d'Analyste Pricing Aftermarket (Toulouse).

Malheureusement, nous ne sommes pas en mesure de donner suite à votre candidature pour ce poste. Le recrutement a été suspendu suite à une réorganisation interne.

Cordialement,
L'équipe Talent Acquisition
Aérostructures Garonne""",
    company="Aérostructures Garonne", contact="", fmt="alt", logo="Aérostructures Garonne", date="06-22 09:00"),

Msg(K, "fr_cabinet_after_interview", "fr",
    "Julien Carpentier <j.carpentier@orionexecutive.example.fr>",
    "Re: Poste Responsable Insights - retour client",
    """Bonsoir Valentina,

Je reviens vers vous suite à votre entretien avec la Directrice Marketing de notre client, Groupe Hôtelier Lumen. Malgré des retours très positifs sur votre personnalité, elle a fait le choix d'un profil ayant davantage d'expérience en management d'équipe.

Je suis sincèrement désolé pour ce retour. Je me permettrai de vous recontacter pour d'autres missions.

Bien à vous,
Julien Carpentier
Associé - Orion Executive Search

Le lun. 6 juil. 2026 à 11:30, Valentina Echeverría-Kowalczyk <valentina.ek@example.es> a écrit :
> Bonjour Julien,
> Avez-vous eu des nouvelles du client ? Merci par avance.
> Valentina""",
    company="Groupe Hôtelier Lumen", date="07-08 19:45"),

Msg(K, "de_absage_formal", "de",
    "Personalabteilung Stadtwerke Havelland <bewerbung@stadtwerke-havelland.example.de>",
    "Ihre Bewerbung als Data Analyst Vertrieb (m/w/d)",
    """Sehr geehrte Frau Echeverría-Kowalczyk,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an den Stadtwerken Havelland.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte sehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen

Stadtwerke Havelland GmbH
Personalabteilung""",
    company="Stadtwerke Havelland", contact="bewerbung@stadtwerke-havelland.example.de", charset="iso-8859-1", cte="quoted-printable", date="02-19 13:40"),

Msg(K, "de_personio_berlin", "de",
    "Kiezkasse Jobs <jobs@kiezkasse.jobs.personio.de>",
    "Deine Bewerbung bei Kiezkasse",
    """Hallo Valentina,

danke dir für deine Bewerbung als Product Analyst (Growth) und die Zeit, die du dir für das Gespräch mit Jan genommen hast.

Wir haben uns nach vielen Gesprächen für eine andere Person entschieden, deren Erfahrung noch etwas besser zu unserem aktuellen Setup passt. Das ist uns nicht leicht gefallen.

Wir wünschen dir alles Gute für deine weitere Suche!

Viele Grüße
Anna vom People-Team
Kiezkasse""",
    company="Kiezkasse", contact="", fmt="alt", date="05-20 17:25"),

Msg(K, "de_agentur_kurz", "de",
    "Stefan Brandt <s.brandt@brandt-partner.example.de>",
    "AW: Position Pricing Manager",
    """Hallo Frau Echeverría-Kowalczyk,

kurze Rückmeldung vom Kunden: Die Position wurde intern besetzt, das Verfahren ist damit leider beendet.

Ich melde mich, sobald ich etwas Passendes habe.

Beste Grüße
Stefan Brandt
Brandt & Partner Personalberatung
Tel. +49 89 1234 5670

Am 02.06.2026 um 09:15 schrieb Valentina Echeverría-Kowalczyk <valentina.ek@example.es>:
> Hallo Herr Brandt,
> gibt es schon Neuigkeiten zur Position bei Ihrem Kunden?
> Viele Grüße, Valentina""",
    company="Brandt & Partner Personalberatung", date="06-03 08:55"),
]
