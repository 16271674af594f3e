"""Rejections of the 57th corpus: hand-written, one employer voice each."""

from __future__ import annotations

from msgs57_base import m

R = "rejection"
MESSAGES = [
    m(R, "infojobs_template_hotel", "es", "Grupo Hotelero Arrieta vía InfoJobs <notificaciones@infojobs.net>",
      "Actualización de tu candidatura: Revenue Manager",
      """Hola Lucía,

La empresa Grupo Hotelero Arrieta ha actualizado el estado de tu candidatura a la oferta "Revenue Manager (Bilbao)".

Estado: Descartada

La empresa ha valorado tu perfil y ha decidido no continuar contigo en este proceso. No te desanimes: hay más de 4.000 ofertas de hostelería y turismo esperándote.

Ver ofertas similares: https://www.infojobs.net/ofertas-trabajo/revenue-manager

Este mensaje se ha enviado de forma automática. Por favor, no respondas a este correo.
InfoJobs - Adevinta Spain, S.L.U.""",
      company="Grupo Hotelero Arrieta", fmt="alt", date="2026-01-19T09:03:00+01:00", brand="InfoJobs"),

    m(R, "hiring_manager_terse_mobile", "es", "Iñigo Barrenetxea <ibarrenetxea@itsasoa-travel.example.com>",
      "Re: Candidatura Customer Success",
      """Hola Lucia, gracias por venir el jueves. Al final vamos con otra persona q tiene mas experiencia en saas. Suerte!!

Enviado desde mi iPhone""",
      company="Itsasoa Travel", date="2026-02-07T21:14:00+01:00",
      quote=("es", "Lucía Etxeberria-Montalvo <lucia.etxeberria@example.es>",
             "Hola Iñigo,\n\nTe escribo para agradecerte la entrevista del jueves. Me encantó conocer al equipo.\n\nUn saludo,\nLucía"),
      in_reply_to="<CAH7x-lucia-0205@mail.example.es>"),

    m(R, "soft_aligned_en_saas", "en", "Priya Raman <priya.raman@ledgerloop.example.com>",
      "Your application for Customer Success Manager, EMEA",
      """Hi Lucía,

Thank you for taking the time to apply for the Customer Success Manager (EMEA) role at LedgerLoop and for your patience while we reviewed applications.

We received a really strong response, and after careful consideration we've decided to pursue other candidates whose background more closely aligns with the needs of the team at this time.

We'll keep your details on file and may reach out if something more suitable opens up. Wishing you all the best in your search.

Kind regards,
Priya Raman
Talent Partner | LedgerLoop
Dublin · Madrid · Toronto""",
      company="LedgerLoop", date="2026-02-11T16:40:00+00:00", fmt="alt"),

    m(R, "workday_after_panel_de", "de", "Kessler Energie Talent Acquisition <kesslerenergie@myworkday.com>",
      "Ihre Bewerbung als Procurement Analyst (m/w/d) - Ref. R-10482",
      """Sehr geehrte Frau Etxeberria-Montalvo,

vielen Dank für Ihr Interesse an der Kessler Energie AG und die Zeit, die Sie sich für die Gespräche mit unserem Team genommen haben.

Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil den Anforderungen der Position noch etwas näher kommt.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Gerne würden wir Ihre Daten in unserem Talentpool behalten; hierzu erhalten Sie in Kürze eine separate E-Mail.

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
Kessler Energie AG | Leopoldstraße 180 | 80804 München
Sitz der Gesellschaft: München, Registergericht: Amtsgericht München HRB 998877
Vorstand: Dr. Martina Hoell (Vors.), Stefan Ruppert

Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen.""",
      company="Kessler Energie", contact="", date="2026-03-02T11:22:00+01:00", charset="iso-8859-1"),

    m(R, "position_filled_fr_chain", "fr", "Claire Dumoulin <c.dumoulin@garonne-aero.example.fr>",
      "RE: Candidature - Analyste Pricing",
      """Bonjour Lucía,

Je reviens vers vous concernant votre candidature au poste d'Analyste Pricing. Le poste a été pourvu en interne la semaine dernière, je suis donc au regret de ne pas pouvoir donner suite.

Je vous remercie pour l'intérêt porté à Garonne Aéro Services et vous souhaite une belle continuation.

Bien cordialement,

Claire Dumoulin
Chargée de recrutement
Garonne Aéro Services
2 avenue Jean Monnet, 31700 Blagnac
Tél. : +33 5 61 00 00 00""",
      company="Garonne Aéro Services", date="2026-03-05T10:07:00+01:00", cte="quoted-printable",
      quote=("fr", "Lucía Etxeberria-Montalvo <lucia.etxeberria@example.es>",
             "Bonjour Madame Dumoulin,\n\nJe me permets de revenir vers vous au sujet de ma candidature envoyée le 12 février.\n\nBien à vous,\nLucía Etxeberria-Montalvo"),
      in_reply_to="<lucia-garonne-0303@mail.example.es>"),

    m(R, "on_hold_indian_english", "en", "Sanjana Kulkarni <sanjana.k@trivenitravel.example.in>",
      "Update",
      """Dear Lucia,

Greetings from Triveni Travel Technologies!

This is with reference to your candidature for the position of Account Manager - Iberia. We regret to inform you that the management has decided to put this requirement on hold for the current quarter, hence we shall not be proceeding further with the hiring process.

We thank you for your time and co-operation and shall revert in case the position reopens.

Thanks & Regards,
Sanjana Kulkarni
HR Executive - Talent Acquisition
Triveni Travel Technologies Pvt. Ltd.
Mob: +91 98450 12345 | Bengaluru""",
      company="Triveni Travel Technologies", date="2026-03-09T07:31:00+05:30"),

    m(R, "after_case_study_es_formal", "es", "Marta Goikoetxea <marta.goikoetxea@ibaialde-energia.example.com>",
      "Proceso de selección - Analista de Precios",
      """Estimada Sra. Etxeberria-Montalvo:

En primer lugar, queremos agradecerle el esfuerzo dedicado al caso práctico que nos envió el pasado lunes.

Tras analizar en detalle todas las propuestas recibidas, lamentamos comunicarle que en esta ocasión su candidatura no continuará en el proceso de selección para el puesto de Analista de Precios.

Valoramos especialmente la claridad de su presentación y le animamos a seguir atenta a nuestras futuras vacantes.

Reciba un cordial saludo,

Marta Goikoetxea Urrutia
Departamento de Personas
Ibaialde Energía
Alameda de Urquijo 28, 48008 Bilbao

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted no es el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida. En cumplimiento del RGPD, sus datos serán tratados por Ibaialde Energía, S.A. con la finalidad de gestionar procesos de selección.""",
      company="Ibaialde Energía", date="2026-03-12T13:45:00+01:00", charset="windows-1252"),

    m(R, "agency_relayed_es_casual", "es", "Nerea Sáez <nerea.saez@talentiaplus.example.com>",
      "Feedback cliente",
      """Hola Lucía!!

Te cuento: he hablado con el cliente (la cadena de hoteles de Donosti que te comenté) y me dicen que finalmente no sigues en el proceso 😕 Buscan a alguien que venga de un channel manager concreto y no han querido abrir el perfil.

Yo te tengo súper presente para otras posiciones que me van entrando, ¿vale? En cuanto tenga algo que encaje te llamo!!

Un abrazo,
Nerea
Talentia Plus | Consultora Senior
M. +34 600 11 22 33""",
      company="", date="2026-03-16T18:02:00+01:00"),

    m(R, "very_short_en", "en", "Tom Whitaker <tom@harbourline.example.co.uk>",
      "Re: your application",
      """Hi Lucia - thanks for your time, but we won't be moving forward. Best of luck.

Tom

Harbourline Logistics""",
      company="Harbourline Logistics", date="2026-03-18T12:10:00+00:00",
      in_reply_to="<lucia-harbour-0310@mail.example.es>"),

    m(R, "greenhouse_reply_to_recruiter", "en", "Wayfarely Recruiting <no-reply@us.greenhouse-mail.io>",
      "Thank you for your interest in Wayfarely",
      """Hi Lucía,

Thank you for your interest in the Travel Operations Specialist position at Wayfarely. We really appreciated learning more about you.

Unfortunately, we have decided not to move forward with your application at this time. We know this isn't the news you were hoping for. This decision was not easy; we received a large number of applications from highly qualified candidates.

We encourage you to keep an eye on our careers page for future roles.

All the best,
The Wayfarely Talent Team""",
      company="Wayfarely", reply_to="Dana Levi <dana.levi@wayfarely.example.com>", fmt="html",
      date="2026-03-20T17:55:00+00:00", track="links.greenhouse-mail.io", brand="Wayfarely"),

    m(R, "after_final_interview_es_latam", "es", "Valentina Rojas <vrojas@andinaviajes.example.co>",
      "Resultado del proceso - Coordinadora de Operaciones",
      """Hola Lucía, ¿cómo estás?

Quería contarte personalmente cómo terminó el proceso. Fue una decisión muy reñida entre dos finalistas, y al final el comité se inclinó por una candidata que ya vive en Bogotá y puede incorporarse de inmediato.

Te agradezco mucho la disposición y el tiempo que le dedicaste a las tres entrevistas. De verdad me hubiera gustado darte otra noticia.

Quedo atenta a lo que necesites.

Un abrazo grande,
Valentina Rojas
Gerente de Talento Humano
Andina Viajes y Turismo""",
      company="Andina Viajes y Turismo", date="2026-03-24T20:30:00-05:00", fmt="alt"),

    m(R, "successfactors_odd_format_fr", "fr", "Groupe Hôtelier Valrose <recrutement-noreply@successfactors.eu>",
      "Votre candidature - Responsable Revenue Management H/F (Req ID: 58213)",
      """Madame Etxeberria-Montalvo ,



Nous vous remercions de l'intérêt que vous portez au Groupe Hôtelier Valrose et de votre candidature au poste de Responsable Revenue Management H/F .

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.

Nous conservons vos coordonnées dans notre base de données et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.


Cordialement ,
L'équipe Recrutement
Groupe Hôtelier Valrose

*** Merci de ne pas répondre à cet e-mail ***""",
      company="Groupe Hôtelier Valrose", date="2026-03-27T03:12:00+01:00", charset="iso-8859-1"),

    m(R, "role_cancelled_es_public", "es", "Fundación Itsaslur <empleo@itsaslur.example.org>",
      "Convocatoria 04/2026 - Técnico/a de sostenibilidad",
      """Estimada candidata:

Le comunicamos que, por motivos presupuestarios, la Fundación Itsaslur ha resuelto dejar sin efecto la convocatoria 04/2026 para la cobertura de un puesto de Técnico/a de Sostenibilidad, por lo que el proceso queda cancelado y no se realizarán las pruebas previstas.

Agradecemos sinceramente su interés y el tiempo dedicado.

Atentamente,

Área de Recursos Humanos
Fundación Itsaslur
Paseo de Miramar 12, 20004 Donostia / San Sebastián""",
      company="Fundación Itsaslur", date="2026-04-01T12:00:00+02:00"),

    m(R, "lever_shan_t_progress_uk", "en", "Hannah Oakes <hannah.oakes@fernbrook.example.co.uk>",
      "Fernbrook Hotels - Commercial Analyst",
      """Dear Lucía,

Many thanks for your application and for the time you spent on the video interview with James last week.

I'm sorry to say that on this occasion we shan't be progressing your application to the next stage. The team felt that, whilst your revenue background is strong, they need someone with deeper SQL experience for this particular role.

I do hope this doesn't put you off applying for future vacancies with us.

Warm regards,

Hannah Oakes
People Partner
Fernbrook Hotels
Registered in England & Wales No. 01234567. Registered office: 5 Quay Street, Bristol BS1 4DJ.""",
      company="Fernbrook Hotels", date="2026-04-03T15:26:00+01:00", cte="quoted-printable"),

    m(R, "personio_de_casual", "de", "Jonas von Rabe <jobs@reiseglueck.example.de>",
      "Deine Bewerbung bei Reiseglück",
      """Hallo Lucía,

danke dir für deine Bewerbung als Customer Success Managerin bei uns!

Wir haben uns alle Unterlagen genau angeschaut und uns am Ende leider für jemand anderen entschieden. Das fällt uns nie leicht – besonders nicht bei so einem spannenden Profil wie deinem.

Wir drücken dir die Daumen für die weitere Suche!

Viele Grüße aus Berlin
Jonas vom Reiseglück People Team""",
      company="Reiseglück", date="2026-04-08T10:48:00+02:00", fmt="alt"),

    m(R, "taleo_es_bank", "es", "Banco Cantábrico Empleo <no-responder@taleo.net>",
      "Banco Cantábrico: información sobre su candidatura",
      """Estimado/a Lucía:

Le agradecemos el interés mostrado en formar parte de Banco Cantábrico y su participación en el proceso de selección para la posición Analista de Compras (Requisición 2600412).

Una vez evaluadas todas las candidaturas, le informamos de que su perfil no ha sido seleccionado para continuar en el proceso. Su currículum permanecerá en nuestra base de datos durante un periodo de doce meses.

Atentamente,
Dirección de Selección y Desarrollo
Banco Cantábrico

Por favor, no responda a este mensaje. Esta dirección de correo no admite respuestas.""",
      company="Banco Cantábrico", date="2026-04-10T08:15:00+02:00", fmt="html", brand="Banco Cantábrico",
      track="tbe.taleo.net"),

    m(R, "nigerian_company_regret", "en", "Chiamaka Okafor <chiamaka.okafor@zenithtrips.example.ng>",
      "Re: Application - Partnerships Manager (Remote)",
      """Dear Lucia,

Trust this mail finds you well.

Thank you for your interest in Zenith Trips and for participating in the assessment. We regret to inform you that you were not successful at this stage of the recruitment exercise.

Kindly note that we will retain your CV in our database for future openings.

Best regards,
Chiamaka Okafor
Human Capital Unit
Zenith Trips Limited
Victoria Island, Lagos
+234 803 000 1234""",
      company="Zenith Trips", date="2026-04-14T09:02:00+01:00",
      in_reply_to="<lucia-zenith-0401@mail.example.es>"),

    m(R, "factorial_es_short_tu", "es", "Laura de Txoko Foods <laura@txokofoods.example.com>",
      "Tu candidatura en Txoko Foods",
      """¡Hola Lucía!

Gracias por querer sumarte a Txoko Foods. Hemos revisado tu perfil para la vacante de Key Account Manager Retail y, aunque nos ha gustado mucho, ahora mismo buscamos a alguien con más recorrido en gran distribución.

¡Mucha suerte y ojalá coincidamos más adelante!

Laura
People & Culture · Txoko Foods""",
      company="Txoko Foods", date="2026-04-17T13:33:00+02:00"),

    m(R, "after_group_dynamic_es", "es", "Selección Alcázar Retail <seleccion@alcazarretail.example.es>",
      "Dinámica de grupo del 21/04 – resultado",
      """Buenas tardes, Lucía:

Gracias por participar en la dinámica de grupo del pasado martes en nuestras oficinas de Sevilla.

Tras valorar la participación de todas las personas asistentes, lamentamos informarte de que no has sido seleccionada para la siguiente fase (entrevista con el comité). Ha sido un proceso con un nivel muy alto.

Recibe un saludo cordial,

Equipo de Selección
Alcázar Retail
Avda. de la Constitución 40 · 41001 Sevilla""",
      company="Alcázar Retail", date="2026-04-24T17:20:00+02:00", charset="iso-8859-1"),

    m(R, "workable_israeli_startup", "en", "Noa Ben-David <noa@routewise.example.co.il>",
      "Routewise - next steps",
      """Hey Lucía,

Thanks so much for chatting with us and for the home assignment - we could tell you put real effort into it.

Honestly it was a close call, but we've decided to go with a candidate who has more hands-on experience with pricing engines for airlines. I know that's disappointing to hear after all the work.

Would be happy to give you more detailed feedback on a short call if that's helpful - just reply here.

Noa
Head of Ops, Routewise
Tel Aviv | Remote""",
      company="Routewise", date="2026-04-28T14:05:00+03:00", fmt="alt"),

    m(R, "german_formal_uni", "de", "Personalabteilung TU Oberland <bewerbung@tu-oberland.example.de>",
      "Ihre Bewerbung – Kennziffer 2026/117 – Referentin Nachhaltigkeitsberichterstattung",
      """Sehr geehrte Frau Etxeberria-Montalvo,

für Ihre Bewerbung auf die oben genannte Stelle und das damit gezeigte Interesse an einer Tätigkeit an der Technischen Universität Oberland danken wir Ihnen.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen konnten. Die Auswahlentscheidung ist zugunsten einer Bewerberin gefallen, die dem Anforderungsprofil in besonderem Maße entspricht.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten gemäß den datenschutzrechtlichen Bestimmungen vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Sabine Kreutzer
Personalabteilung – Sachgebiet Stellenbesetzung
Technische Universität Oberland""",
      company="Technische Universität Oberland", date="2026-05-04T09:41:00+02:00", cte="quoted-printable"),

    m(R, "teamtailor_fr_startup", "fr", "Léa de Voyelle <lea@voyelle.example.fr>",
      "Ta candidature chez Voyelle",
      """Hello Lucía,

Merci beaucoup pour ta candidature au poste de Customer Success Manager chez Voyelle, et pour l'échange sympa avec Maxime.

On a pris le temps d'y réfléchir et on a finalement décidé de ne pas poursuivre avec toi pour ce poste : on cherche quelqu'un qui a déjà géré un portefeuille de clients B2B SaaS en France.

On garde ton profil sous le coude et on te souhaite plein de réussite !

Léa
Talent @ Voyelle""",
      company="Voyelle", date="2026-05-07T11:11:00+02:00", fmt="html", brand="Voyelle", track="app.teamtailor-mail.example.com"),

    m(R, "outlook_chain_es_references", "es", "Ander Olabarria <aolabarria@kostaldea-logistica.example.com>",
      "RE: Referencias y siguiente paso",
      """Buenos días Lucía,

Gracias por enviarnos los contactos para las referencias tan rápido. Lamentablemente te tengo que comunicar que la dirección ha decidido congelar la contratación del puesto de Analista de Compras hasta 2027 por la reorganización del área, así que no vamos a continuar con el proceso.

Siento mucho que te llegue en este punto. Si en 2027 se reactiva, te escribiré yo directamente.

Un saludo,
Ander Olabarria
Responsable de Compras
Kostaldea Logística
T. 944 000 111""",
      company="Kostaldea Logística", date="2026-05-12T08:52:00+02:00", cte="quoted-printable",
      quote=("outlook:Referencias y siguiente paso", "Lucía Etxeberria-Montalvo <lucia.etxeberria@example.es>",
             "Hola Ander,\n\nTe paso los datos de mis dos referencias:\n- Amaia Ruiz, Directora del Hotel Ercilla Abando\n- Koldo Zubia, ex Director Comercial de Bizkaia Events\n\nQuedo a la espera.\nLucía"),
      in_reply_to="<lucia-kostaldea-0509@mail.example.es>"),

    m(R, "smartrecruiters_es_mx", "es", "Aerolíneas del Pacífico <careers-noreply@smartrecruiters.com>",
      "Gracias por postularte a Aerolíneas del Pacífico",
      """Hola Lucía,

Te agradecemos por postularte a la vacante Especialista en Pricing y Revenue – Ciudad de México.

Después de revisar cuidadosamente tu perfil, hemos decidido avanzar con otros candidatos cuyo perfil se ajusta más a los requisitos de la posición en este momento.

Te invitamos a seguir consultando nuestras vacantes.

Saludos cordiales,
Atracción de Talento
Aerolíneas del Pacífico""",
      company="Aerolíneas del Pacífico", date="2026-05-19T19:40:00-06:00", fmt="alt", cte="base64",
      brand="Aerolíneas del Pacífico"),

    m(R, "recruitee_nl_english", "en", "Sanne Visser <sanne@canalbikes-travel.example.nl>",
      "Application update - Partner Success Lead",
      """Hi Lucía,

Thanks again for your application for Partner Success Lead. After reviewing it with the hiring team, we have decided not to invite you for an interview. The main reason is that Dutch is a must for this role as most of our partners are local.

Good luck with your search!

Best,
Sanne Visser
Recruiter | Canal Bikes & Travel, Amsterdam""",
      company="Canal Bikes & Travel", date="2026-05-22T10:30:00+02:00"),

    m(R, "es_council_list_result", "es", "Ayuntamiento de Getxo - Personal <personal@getxo-udala.example.eus>",
      "Bolsa de trabajo Técnico/a de Turismo – notificación",
      """Egun on / Buenos días:

Le notificamos que, una vez baremados los méritos de la fase de concurso, su puntuación (11,40 puntos) no alcanza la nota de corte establecida para acceder a la fase de entrevista de la bolsa de trabajo de Técnico/a de Turismo. Por tanto, queda excluida del proceso.

Contra la presente resolución podrá interponer recurso de alzada en el plazo de un mes.

Getxoko Udala / Ayuntamiento de Getxo
Servicio de Personal""",
      company="Ayuntamiento de Getxo", date="2026-06-02T12:30:00+02:00", charset="iso-8859-1"),

    m(R, "canadian_bamboohr", "en", "Mélanie Tremblay <careers@northbeacon.example.ca>",
      "Account Manager, Europe - update",
      """Hi Lucía,

Thank you for your interest in North Beacon Software. We've now completed our first round of interviews for the Account Manager, Europe role.

While we were impressed with your hospitality background, we've decided to move ahead with candidates who have more direct SaaS account management experience. We're grateful you took the time to meet with us.

Take care, eh - and best of luck!

Mélanie Tremblay
People Operations, North Beacon Software
Montréal, QC""",
      company="North Beacon Software", date="2026-06-09T15:00:00-04:00"),

    m(R, "french_fr_after_interview_formal", "fr", "Service RH - Salon International de Lyon <rh@salon-lyon.example.fr>",
      "Suite à notre entretien",
      """Madame,

Nous faisons suite à l'entretien que vous avez eu avec Monsieur Berthier le 3 juin dernier pour le poste de Coordinatrice Événements Internationaux.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue. Nous avons en effet privilégié un profil disposant d'une expérience plus approfondie dans l'organisation de salons professionnels.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service des Ressources Humaines
Salon International de Lyon - Eurexpo""",
      company="Salon International de Lyon", date="2026-06-15T16:22:00+02:00", charset="windows-1252"),

    m(R, "lanbide_es_casual_manager", "es", "Oihane <oihane.arteaga@bidasoa-hostel.example.com>",
      "Sobre lo de la entrevista",
      """Lucía, buenas

Te escribo rápido porque estoy a tope con la temporada. Al final el puesto de coordinación de grupos lo vamos a cubrir con una chica que ya trabajaba con nosotras de recepción, así que no seguimos con más entrevistas. Perdona que no te haya dicho nada antes!!

Gracias por venirte hasta Hondarribia, de verdad.

Besarkada bat,
Oihane
Bidasoa Hostel & Surf""",
      company="Bidasoa Hostel & Surf", date="2026-07-03T23:10:00+02:00"),

    m(R, "australian_recruiter_agency", "en", "Jess McAllister <jess.mcallister@saltwaterpeople.example.com.au>",
      "Quick update on the Sydney-based role",
      """Hey Lucia,

Hope you're well! Just had a chat with the client re: the Partner Manager role and unfortunately they've decided not to progress your application - they're after someone with working rights in Australia from day one, and they're not able to sponsor at the moment. Gutted as I thought you'd be a cracking fit.

I'll keep you front of mind for anything remote-first in APAC.

Cheers,
Jess
Saltwater People | Senior Consultant
+61 4 1234 5678""",
      company="", date="2026-07-14T09:20:00+10:00"),
]
