"""Application acknowledgements and offers for the eighty-seventh corpus
(data only; imports msgs87_build)."""

from msgs87_build import Msg

A = "application_received"
OFFER = "offer"

MESSAGES = [
Msg(A, "workday_ack_bank", "es",
    "Banco Atlántico Talento <bancoatlantico@myworkday.com>",
    "Hemos recibido tu candidatura",
    """Hola Valentina,

Gracias por presentar tu candidatura al puesto Analista de Pricing (R-004512) en Banco Atlántico.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Puedes consultar el estado de tu candidatura en cualquier momento accediendo a tu cuenta de candidato.

Debido al elevado número de candidaturas, no podemos responder individualmente a todas las personas.

Un saludo,
Equipo de Atracción de Talento
Banco Atlántico""",
    company="Banco Atlántico", contact="", fmt="alt", logo="Banco Atlántico", date="01-08 22:14"),

Msg(A, "infojobs_inscrito", "es",
    "InfoJobs <notificaciones@infojobs.example.net>",
    "Te has inscrito en la oferta \"Customer Insights Analyst\" de Vinícola Duero",
    """¡Inscripción realizada!

Oferta: Customer Insights Analyst
Empresa: Vinícola Duero
Ubicación: Valladolid (híbrido)

La empresa ya puede ver tu CV. Te avisaremos cuando lo lea o cambie el estado de tu candidatura.

Consejo: completa tu perfil al 100% para destacar.""",
    company="Vinícola Duero", contact="", fmt="html", date="01-13 20:02"),

Msg(A, "talentclue_ack_sin_feedback", "es",
    "Ópticas Miravista <empleo@opticasmiravista.example.es>",
    "Confirmación de recepción de candidatura",
    """Estimada Valentina,

Te confirmamos que hemos recibido correctamente tu candidatura para la posición de Especialista CRM y Fidelización.

Nuestro equipo valorará todas las candidaturas recibidas durante las próximas semanas. Lamentablemente, dado el volumen de solicitudes, no podremos dar respuesta individualizada a cada candidato; si tu perfil avanza en el proceso, te contactaremos directamente.

Gracias por tu interés en formar parte de Ópticas Miravista.

Un saludo,
Ópticas Miravista""",
    company="Ópticas Miravista", contact="empleo@opticasmiravista.example.es", date="01-27 10:31"),

Msg(A, "computrabajo_postulacion", "es",
    "Computrabajo <no-reply@computrabajo.example.com>",
    "Postulación enviada: Analista de Inteligencia Comercial - Lácteos Sabana",
    """Hola Valentina,

Tu hoja de vida fue enviada correctamente a Lácteos Sabana para la vacante Analista de Inteligencia Comercial (Bogotá).

Estado actual: CV recibido

Te recomendamos estar atenta a tu correo y teléfono.

Computrabajo Colombia""",
    company="Lácteos Sabana", contact="", fmt="html", tz="-05:00", date="02-02 08:00"),

Msg(A, "ministerio_registro", "es",
    "Registro Electrónico - Ministerio de Transición Digital <registro@mtd.example.gob.es>",
    "Justificante de presentación - Solicitud de participación proceso selectivo",
    """Se ha registrado su solicitud de participación en el proceso selectivo para la contratación de personal laboral temporal - Técnico/a Superior de Análisis de Datos (Resolución 2026/118).

Número de registro: REGAGE26e00004417201
Fecha y hora de presentación: 10/02/2026 13:42:07

La lista provisional de personas admitidas y excluidas se publicará en la sede electrónica en el plazo previsto en las bases.

Este correo se envía de forma automática. No responda a esta dirección.""",
    company="Ministerio de Transición Digital", contact="", charset="iso-8859-1", cte="quoted-printable", date="02-10 13:42"),

Msg(A, "startup_founder_ack", "es",
    "Inés Calvo <ines@huertapp.example.es>",
    "Re: Candidatura Growth Analyst",
    """Hola Valentina! Recibido, gracias por escribirnos. Esta semana estamos a tope con una ronda pero la semana que viene reviso tu CV con calma y te digo algo.

Inés
Huertapp

El lun, 16 feb 2026 a las 9:03, Valentina Echeverría-Kowalczyk (<valentina.ek@example.es>) escribió:
> Hola Inés, os escribo por la oferta de Growth Analyst que vi en LinkedIn. Adjunto mi CV.
> Un saludo,
> Valentina""",
    company="Huertapp", date="02-16 12:40"),

Msg(A, "occmundial_mx", "es",
    "OCCMundial <avisos@occ.example.com.mx>",
    "¡Tu postulación fue recibida por Farmacias del Bajío!",
    """Hola Valentina:

Farmacias del Bajío recibió tu CV para la vacante Coordinador(a) de CRM y Lealtad en Monterrey, N.L.

Las empresas suelen revisar los CVs en los primeros 7 días. Mientras tanto, te compartimos vacantes similares.

Equipo OCCMundial""",
    company="Farmacias del Bajío", contact="", fmt="html", tz="-06:00", date="03-03 11:11"),

Msg(A, "hiringroom_ar_gracias", "es",
    "Bodegas Cuyo Andino <notificaciones@hiringroom.example.com>",
    "Gracias por postularte",
    """Hola Valentina,

¡Gracias por tu interés en sumarte a Bodegas Cuyo Andino! Recibimos tu postulación para Analista de E-commerce.

Vamos a revisar todos los perfiles y nos comunicaremos con quienes avancen en el proceso. Lamentablemente no podemos dar una devolución individual a cada postulante en esta etapa.

Saludos,
Equipo de Bodegas Cuyo Andino""",
    company="Bodegas Cuyo Andino", contact="", fmt="alt", tz="-03:00", date="03-16 15:30"),

Msg(A, "fundacio_salut_solicitud", "es",
    "Fundació Mediterrània de Salut <seleccio@fmsalut.example.cat>",
    "Solicitud recibida - Ref. FMS-2026-22 Técnico/a de Marketing Analítico",
    """Benvolguda / Estimada,

Hemos recibido su solicitud para la convocatoria FMS-2026-22. Tras el cierre del plazo (30/04/2026) se publicará la lista de candidaturas admitidas a la fase de entrevistas en nuestra web.

No es necesario que vuelva a enviar la documentación.

Atentamente,
Fundació Mediterrània de Salut
Àrea de Persones""",
    company="Fundació Mediterrània de Salut", contact="seleccio@fmsalut.example.cat", charset="windows-1252", cte="8bit", date="04-22 09:00", tz="+02:00"),

Msg(A, "smartrecruiters_airline_es", "es",
    "Iberoceánica Airlines <noreply@smartrecruiters.com>",
    "Gracias por tu solicitud - Pricing Analyst Ancillaries",
    """Hola Valentina,

Gracias por tu interés en Iberoceánica Airlines. Hemos recibido tu solicitud para Pricing Analyst Ancillaries (Madrid) y la estamos revisando.

Te informaremos de cualquier avance. Ten en cuenta que, por el gran volumen de candidaturas, puede que tardemos unas semanas.

Un cordial saludo,
Iberoceánica Airlines""",
    company="Iberoceánica Airlines", contact="", fmt="html", logo="Iberoceánica Airlines", date="05-11 23:40", tz="+02:00"),

Msg(A, "en_greenhouse_ack", "en",
    "Orbital Retail via Greenhouse <no-reply@us.greenhouse-mail.io>",
    "Thank you for applying to Orbital Retail",
    """Hi Valentina,

Thanks for applying to the Senior Pricing Analyst role at Orbital Retail. Your application has been received and our team will review it shortly.

Due to the high volume of applications, we are unable to respond to every applicant individually, but if your experience is a match we'll be in touch.

Best,
Orbital Retail Recruiting""",
    company="Orbital Retail", contact="", fmt="alt", tz="-05:00", date="01-15 17:00"),

Msg(A, "en_taleo_weird_format", "en",
    "Halvorsen Energy Careers <halvorsen@taleo.example.net>",
    "Halvorsen Energy - Job Submission Acknowledgement - 2600311",
    """** Please do not reply to this message. It was sent from an unmonitored address. **

Dear Valentina Echeverria-Kowalczyk ,

Thank you for submitting your application for the position of  Customer Insights Analyst (Job Number: 2600311) .

We will carefully consider your application during the initial screening and will contact you if you are selected to continue in the recruitment process. Unfortunately we are unable to provide individual feedback at this stage.

Sincerely,

Halvorsen Energy ASA
Talent Acquisition""",
    company="Halvorsen Energy", contact="", charset="windows-1252", cte="quoted-printable", date="02-17 06:02"),

Msg(A, "en_lever_uk_ack", "en",
    "Pennywise Bank <no-reply@hire.lever.co>",
    "Pennywise Bank - thanks for applying!",
    """Hi Valentina,

Thanks for your interest in Pennywise Bank - we've received your application for Product Analyst (Customer Growth).

What happens next? Our team reviews every application personally. If we'd like to take things further we'll get in touch within two weeks.

Cheers,
The Pennywise Bank team""",
    company="Pennywise Bank", contact="", fmt="html", logo="Pennywise Bank", tz="+00:00", date="04-01 12:30"),

Msg(A, "en_aus_recruiter_received", "en",
    "Mitchell Hart <mitchell.hart@southerlyrecruit.example.com.au>",
    "Re: Senior CRM Analyst - remote",
    """Hi Valentina,

Thanks for sending through your CV - got it. I'll have a proper look tonight and give you a bell tomorrow to run through the role with Coral Bay Travel in a bit more detail.

Cheers,
Mitch

Mitchell Hart | Principal Consultant | Southerly Recruitment
0412 345 678""",
    company="Coral Bay Travel", tz="+10:00", date="05-19 18:20"),

Msg(A, "en_icims_volume", "en",
    "Castlegate Media Careers <castlegatemedia@careers-icims.example.com>",
    "Application received: Audience Insights Manager",
    """Dear Valentina,

Thank you for applying for the Audience Insights Manager position at Castlegate Media. This email confirms that we have received your application.

Please note that due to the volume of applications, we regret that we cannot respond to every applicant. If you have not heard from us within 4 weeks, please assume that your application has not been shortlisted on this occasion.

Kind regards,
Castlegate Media Recruitment Team""",
    company="Castlegate Media", contact="", fmt="alt", tz="+01:00", date="06-04 09:10"),

Msg(A, "fr_accuse_reception", "fr",
    "Groupe Bellerive <recrutement@groupebellerive.example.fr>",
    "Accusé de réception de votre candidature",
    """Madame,

Nous accusons bonne réception de votre candidature au poste d'Analyste Pricing & Revenue (réf. GB-0426) et vous en remercions.

Votre dossier est actuellement à l'étude. En raison du nombre important de candidatures, nous ne serons malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Sans retour de notre part sous un mois, vous pourrez considérer que votre candidature n'a pas été retenue.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Bellerive""",
    company="Groupe Bellerive", contact="recrutement@groupebellerive.example.fr", charset="iso-8859-1", cte="quoted-printable", date="04-28 14:00", tz="+02:00"),

Msg(A, "fr_wttj_bien_recue", "fr",
    "Welcome to the Jungle <notifications@welcometothejungle.example.com>",
    "Ta candidature chez Canopée Énergie a bien été envoyée",
    """Bonjour Valentina,

Ta candidature pour le poste Data Analyst Marketing chez Canopée Énergie a bien été envoyée !

L'équipe de recrutement va l'étudier. Tu peux suivre son avancement depuis ton espace candidat.

Bonne chance !
L'équipe Welcome to the Jungle""",
    company="Canopée Énergie", contact="", fmt="html", date="05-25 21:45", tz="+02:00"),

Msg(A, "fr_teamtailor_merci", "fr",
    "Atelier Sauvage <no-reply@teamtailor-mail.com>",
    "Merci pour ta candidature !",
    """Hello Valentina,

Merci d'avoir postulé chez Atelier Sauvage pour le poste de CRM Manager ! On a bien reçu ton CV et on revient vers toi dans les prochains jours, quoi qu'il arrive.

À bientôt,
Maud, Talent @ Atelier Sauvage""",
    company="Atelier Sauvage", contact="", fmt="alt", date="07-01 10:00", tz="+02:00"),

Msg(A, "de_eingangsbestaetigung", "de",
    "Karriere Brauhaus Kellermann <karriere@kellermann-brauerei.example.de>",
    "Eingangsbestätigung Ihrer Bewerbung",
    """Sehr geehrte Frau Echeverría-Kowalczyk,

vielen Dank für Ihre Bewerbung als Marketing Analyst E-Commerce (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen. Wir bitten um Verständnis, dass wir aufgrund der Vielzahl an Bewerbungen keine Zwischenstände mitteilen können.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Brauhaus Kellermann""",
    company="Brauhaus Kellermann", contact="karriere@kellermann-brauerei.example.de", charset="iso-8859-1", cte="base64", date="03-12 08:30"),

Msg(A, "de_stepstone_gesendet", "de",
    "StepStone <noreply@stepstone.example.de>",
    "Ihre Bewerbung wurde erfolgreich versendet",
    """Hallo Valentina,

Ihre Bewerbung als Pricing Analyst (m/w/d) bei Lindqvist Mobility wurde erfolgreich an das Unternehmen übermittelt.

Tipp: Unternehmen melden sich im Schnitt nach 12 Tagen.

Ihr StepStone-Team""",
    company="Lindqvist Mobility", contact="", fmt="html", date="06-12 19:20", tz="+02:00"),

Msg(OFFER, "offer_fintech_verbal_followup", "es",
    "Sergio Llamas <sergio.llamas@finaria.example.es>",
    "Propuesta Finaria",
    """Hola Valentina,

Como te comentó Laura por teléfono esta tarde, ¡nos encantaría que te unieras a Finaria como Product Analyst! Te resumo la propuesta:

- Salario fijo: 46.000 € brutos anuales
- Variable: hasta un 10% según objetivos
- Modelo híbrido (2 días en oficina), 25 días de vacaciones, seguro médico
- Incorporación: 2 de marzo

Te enviamos la carta formal mañana. Cualquier duda, aquí estoy.

Un saludo y ¡enhorabuena!
Sergio""",
    company="Finaria", date="02-12 19:30"),

Msg(OFFER, "offer_letter_attached_telco", "es",
    "Carmen Rivas <carmen.rivas@movilnorte.example.es>",
    "Carta oferta - Analista de Pricing Residencial",
    """Estimada Valentina:

Nos complace comunicarle que ha sido seleccionada para el puesto de Analista de Pricing Residencial. Adjuntamos la carta oferta con las condiciones económicas y la fecha prevista de incorporación.

Le rogamos nos la devuelva firmada antes del 6 de marzo. Quedamos a su disposición para cualquier aclaración.

Saludos cordiales,

Carmen Rivas
MÓVILNORTE Telecomunicaciones""",
    company="Móvilnorte Telecomunicaciones", attach="Carta_Oferta_VEchevarria.pdf", date="02-27 12:20"),

Msg(OFFER, "offer_mx_condicionada", "es",
    "Andrea Villaseñor <andrea.v@cafeterasolmeca.example.mx>",
    "Oferta laboral - Analista de E-commerce",
    """Hola Valentina!

Con mucho gusto te comparto que queremos ofrecerte el puesto de Analista de E-commerce. La oferta está condicionada a la validación de referencias y a la carta de antecedentes no penales, que es parte del proceso estándar.

Sueldo mensual bruto: $48,000 MXN + prestaciones de ley superiores (vales, SGMM, fondo de ahorro). Te adjunto el detalle.

Platicamos mañana?
Andrea""",
    company="Cafetera Solmeca", attach="Oferta_Solmeca_VEK.pdf", tz="-06:00", date="03-02 18:10"),

Msg(OFFER, "offer_contrato_firma_signaturit", "es",
    "Ana Belén Ruiz <abruiz@hotelesbalear.example.com>",
    "Contrato para firma",
    """Hola Valentina,

¡Bienvenida a bordo! Como hablamos, te acabo de enviar el contrato a través de la plataforma de firma electrónica; te llegará un correo aparte. En cuanto lo firmes te mando la info de tu primer día y el NIE no hace falta porque ya tienes DNI, perfecto.

Cualquier cosa me dices.

Un abrazo,
Ana Belén Ruiz
People Partner
HOTELES BALEAR GROUP""",
    company="Hoteles Balear Group", date="07-10 10:15", tz="+02:00"),

Msg(OFFER, "offer_ar_propuesta_voseo", "es",
    "Tomás Ledesma <tomas@ruteo.example.com.ar>",
    "Se reabrió! + propuesta",
    """Vale!! Buenas noticias: se reabrió la búsqueda y queremos avanzar directo con vos. Te pasamos la propuesta formal para Product Analyst, está en el PDF. Revisala tranqui y cualquier cosa la charlamos.

Abrazo grande,
Tomás""",
    company="Ruteo", attach="Propuesta_Ruteo_Product_Analyst.pdf", tz="-03:00", date="08-18 12:00"),

Msg(OFFER, "en_pleased_to_offer", "en",
    "Ruby Castellanos <ruby.castellanos@sunrisehotels.example.com>",
    "Offer of Employment - Sunrise Hotels & Resorts",
    """Dear Valentina,

On behalf of Sunrise Hotels & Resorts, I am pleased to offer you the position of Senior Analyst, Loyalty & Revenue, based in our Miami corporate office. Your offer letter is attached, outlining compensation, benefits and your proposed start date of July 6, 2026.

This offer is contingent on a satisfactory background check and proof of eligibility to work in the United States. Please sign and return the letter by May 29.

We are thrilled at the prospect of you joining the team!

Warm regards,
Ruby Castellanos
Talent Acquisition | Sunrise Hotels & Resorts""",
    company="Sunrise Hotels & Resorts", attach="Offer_Letter_Echeverria-Kowalczyk.pdf", tz="-04:00", date="05-22 16:45"),

Msg(OFFER, "en_nordic_verbal", "en",
    "Henrik Solberg <henrik@fjellpay.example.no>",
    "Following up",
    """Hi Valentina,

Great talking earlier! As promised, putting it in writing: we'd like to offer you the Growth Analyst role. 62k EUR base + options, fully remote within the EU. Formal contract will come from our People team (Ingrid) early next week.

Let me know if anything's unclear.

Henrik""",
    company="Fjellpay", date="05-07 17:03", tz="+02:00"),

Msg(OFFER, "fr_promesse_embauche", "fr",
    "Élodie Marchand <elodie.marchand@editionsgaronne.example.fr>",
    "Promesse d'embauche - Analyste Audience",
    """Bonjour Valentina,

Suite à vos entretiens, nous avons le plaisir de vous confirmer notre souhait de vous accueillir au sein des Éditions Garonne en tant qu'Analyste Audience, en CDI, à compter du 1er septembre 2026.

Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération (42 000 € bruts annuels) et les conditions. Merci de nous la retourner signée sous huit jours.

Bien cordialement,
Élodie Marchand
Responsable RH - Éditions Garonne""",
    company="Éditions Garonne", attach="Promesse_embauche_VEK.pdf", tz="+02:00", date="07-06 11:00"),

Msg(OFFER, "fr_offre_cabinet", "fr",
    "Julien Carpentier <j.carpentier@orionexecutive.example.fr>",
    "Bonne nouvelle !",
    """Valentina,

J'ai une excellente nouvelle : Lumen revient vers nous, le candidat retenu s'est désisté et la Directrice Marketing souhaite vous faire une offre pour le poste de Responsable Insights. Package : 55 K€ fixe + 10 % variable, statut cadre. Pouvons-nous en parler demain matin ?

Bien à vous,
Julien Carpentier
Orion Executive Search""",
    company="Groupe Hôtelier Lumen", date="07-21 18:40", tz="+02:00"),

Msg(OFFER, "de_vertragsangebot", "de",
    "Katrin Weber <k.weber@nordlicht-versicherung.example.de>",
    "Ihr Vertragsangebot",
    """Sehr geehrte Frau Echeverría-Kowalczyk,

wir freuen uns sehr, Ihnen die Position als Analystin Customer Insights anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. Mai zurück. Für Fragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen
Katrin Weber
Nordlicht Versicherung AG""",
    company="Nordlicht Versicherung", attach="Arbeitsvertrag_Echeverria-Kowalczyk.pdf", date="05-04 09:45", tz="+02:00"),
]
