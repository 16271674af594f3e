# ruff: noqa
"""Corpus 234, application acknowledgements (21) and offers (10): hand-written specs."""

from __future__ import annotations

from msgs234_common import CANDIDATE, gmail_es
from msgs234_other import GRAN_OWN, TM_REPLY

INIGO = ("Íñigo Zabala", "izabala@talentominero.example.es")
RAMON = ("Ramón Pagán", "rpagan@granelesescombreras.example.es")
MARISA = ("Marisa Pozo", "mpozo@logguadalquivir.example.es")
PACO = ("Paco Reyes", "freyes@logguadalquivir.example.es")
BEGONA = ("Begoña Aranda", "baranda@flotasmeseta.example.es")
PRIYA = ("Priya Raman", "priya.raman@nbfleet.example.co.uk")
OLIVER = ("Oliver Grant", "oliver.grant@pitwellsearch.example.co.uk")
CLAIRE = ("Claire Vidal", "claire.vidal@rhoneengins.example.fr")
FRANK = ("Frank Wiesner", "f.wiesner@nrbm.example.de")

RECEIVED = [
    dict(
        kind="application_received", slug="cobre_andevalo_workday_ack", lang="es",
        company="Cobre Andévalo", key="cobre_ack",
        frm=("Cobre Andévalo", "cobreandevalo@myworkday.com"), form="alt", shell="ats",
        footer="Mensaje automático enviado por Workday. No respondas a este correo.",
        headers={"Auto-Submitted": "auto-generated"}, date="2026-01-14 08:03 +0000",
        subject="Hemos recibido tu candidatura – Planificador/a de Mantenimiento de Flota (R-2026-0117)",
        text="""Hola Joaquín:

Gracias por presentar tu candidatura al puesto de Planificador/a de Mantenimiento de Flota (R-2026-0117) en Cobre Andévalo.

Nuestro equipo de Selección revisará tu perfil en las próximas semanas. Si tu experiencia encaja con lo que buscamos, una persona del equipo se pondrá en contacto contigo para explicarte los siguientes pasos.

Puedes consultar el estado de tu candidatura en cualquier momento desde tu cuenta de candidato.

Un saludo,
Equipo de Selección de Cobre Andévalo""",
    ),
    dict(
        kind="application_received", slug="logistica_guadalquivir_cv_received", lang="es",
        company="Logística Guadalquivir", key="lg_ack",
        frm=MARISA, charset="windows-1252", cte="8bit", date="2026-02-02 12:14 +0100",
        subject="RE: CV planificador mantenimiento",
        text="""Hola Joaquín:

Te confirmo que hemos recibido tu CV y la carta. Se lo paso hoy mismo a Paco Reyes, nuestro jefe de taller, que es quien lleva el tema de la plaza de planificación.

En cuanto él lo mire te decimos algo… seguramente la semana que viene.

Un saludo,
Marisa Pozo
Recursos Humanos – Logística Guadalquivir
Ctra. de la Esclusa, parcela 7 – 41011 Sevilla
Tel. 954 000 140""",
    ),
    dict(
        kind="application_received", slug="temporis_ett_registration", lang="es",
        company="Temporis", key="temp_ack",
        frm=("Temporis ETT", "no-reply@temporis.example.es"), form="alt",
        headers={"Auto-Submitted": "auto-generated"}, date="2026-01-20 19:42 +0100",
        subject="Bienvenido/a a Temporis: tu registro se ha completado",
        text="""Hola Joaquín:

Tu alta como candidato en Temporis ETT se ha completado correctamente. Ya formas parte de nuestra base de datos y nuestros consultores podrán tenerte en cuenta para las ofertas que encajen con tu perfil.

Datos de tu registro:
- Perfil: Planificador/a de mantenimiento · Conductor/a de maquinaria pesada
- Zonas de interés: Cartagena, Murcia, Sevilla, Huelva
- Delegación asignada: Cartagena

Recuerda mantener actualizados tu CV y tu disponibilidad desde el Área Candidato.

Equipo Temporis ETT
Este correo se ha generado automáticamente; por favor, no respondas a esta dirección.""",
    ),
    dict(
        kind="application_received", slug="laborar_ett_inscription_confirmed", lang="es",
        company="Laborar", key="lab_ack",
        frm=("Nerea Casado · Laborar ETT", "nerea.casado@laborar.example.es"),
        date="2026-02-25 13:05 +0100",
        subject="Confirmación de inscripción – Laborar ETT",
        text="""Hola Joaquín:

Gracias por pasarte ayer por la delegación de Alcalá. Te confirmo que ya estás inscrito como candidato en Laborar ETT, con el perfil de planificador de mantenimiento y conductor de maquinaria.

Para completar tu ficha me falta copia del NIE por las dos caras y de tu permiso de conducir. Me los puedes mandar respondiendo a este correo.

En cuanto tenga algo que encaje te llamo.

Nerea Casado
Consultora de Selección · Laborar ETT
Tel. 918 000 164""",
    ),
    dict(
        kind="application_received", slug="maquinaria_betica_smartrecruiters_ack", lang="es",
        company="Maquinaria Bética", key="mb_ack",
        frm=("Maquinaria Bética", "noreply@smartrecruiters.com"), form="html", shell="ats",
        footer="Enviado a través de SmartRecruiters", date="2026-04-20 09:11 +0000",
        subject="Gracias por tu solicitud, Joaquín",
        text="""Hola Joaquín,

Gracias por tu interés en el puesto de Planificador/a de Taller en Maquinaria Bética. Hemos recibido tu solicitud correctamente.

Nuestro equipo de selección revisará tu perfil y te contactará si encaja con los requisitos del puesto. Mientras tanto, puedes seguir el estado de tu solicitud en tu perfil de SmartRecruiters.

¡Mucha suerte!
Equipo de Personas – Maquinaria Bética""",
    ),
    dict(
        kind="application_received", slug="tharsis_workday_no_individual_reply", lang="es",
        company="Minera Tharsis Norte", key="tharsis_ack",
        frm=("Minera Tharsis Norte", "tharsisnorte@myworkday.com"),
        date="2026-01-22 06:58 +0000",
        subject="Confirmación de recepción – Técnico/a de Planificación de Mantenimiento (JR-04471)",
        text="""Estimado/a Joaquín:

Hemos recibido tu candidatura para el puesto de Técnico/a de Planificación de Mantenimiento (JR-04471). Gracias por tu interés en formar parte de Minera Tharsis Norte.

Debido al elevado número de candidaturas que recibimos, lamentablemente no podemos responder a cada persona de forma individual. Si tu perfil resulta preseleccionado, nos pondremos en contacto contigo en un plazo aproximado de tres semanas.

Atentamente,
Equipo de Adquisición de Talento
Minera Tharsis Norte

Por favor, no respondas a este mensaje.""",
    ),
    dict(
        kind="application_received", slug="atlantica_cementos_successfactors", lang="es",
        company="Atlántica Cementos", key="atl_ack",
        frm=("Atlántica Cementos", "noreply@successfactors.eu"), name_cs="iso-8859-1/Q",
        form="alt", shell="ats", footer="SAP SuccessFactors · Mensaje automático",
        date="2026-08-10 05:30 +0000",
        subject="Atlántica Cementos: solicitud recibida (ID 55120)",
        text="""Estimado/a Joaquín Lindström-Ayala:

Le confirmamos la recepción de su solicitud para la posición «Técnico/a de Planificación de Mantenimiento – Flota Móvil» en la fábrica de Alcalá de Guadaíra (ID de solicitud 55120).

Su candidatura se encuentra ahora en estado «En revisión». El equipo de Recursos Humanos analizará su perfil y le informará de los siguientes pasos a través de este portal.

Atentamente,
Recursos Humanos
Atlántica Cementos""",
    ),
    dict(
        kind="application_received", slug="talento_minero_cv_in_database", lang="es",
        company="Talento Minero Partners", key="tm_ack", parent="tm_reply",
        frm=INIGO, name_cs="utf-8/B", date="2026-03-11 09:02 +0100",
        subject="Re: Proyecto planificación – sur de España",
        text="""Joaquín, recibido tu CV, muchas gracias por la rapidez.

Lo incorporo a nuestra base y se lo presento esta semana al cliente del que te hablé; por confidencialidad todavía no te puedo decir el nombre, solo que es una explotación de áridos en el sureste. En cuanto tenga su feedback te llamo.

Un saludo,
Íñigo

""" + gmail_es("mar, 10 mar 2026 a las 20:31", CANDIDATE, TM_REPLY),
    ),
    dict(
        kind="application_received", slug="onuba_teamtailor_thanks", lang="es",
        company="Onuba Logística", key="onuba_ack",
        frm=("Onuba Logística", "no-reply@teamtailor-mail.com"), form="html", shell="ats",
        footer="Enviado con Teamtailor", date="2026-06-03 14:17 +0200",
        subject="¡Gracias por tu candidatura, Joaquín!",
        text="""Hola Joaquín:

¡Gracias por postularte al puesto de Responsable de Planificación de Flota en Onuba Logística! Hemos recibido tu candidatura y nuestro equipo la revisará con atención.

Te escribiremos en cuanto tengamos novedades. Mientras tanto, puedes conocer mejor cómo trabajamos en nuestra página de empleo.

Un saludo,
El equipo de Onuba Logística""",
    ),
    dict(
        kind="application_received", slug="andina_recibimos_postulacion", lang="es",
        company="Andina Mining Services España", key="and_ack",
        frm=("Camila Riquelme S.", "camila.riquelme@andinamining.example.es"),
        date="2026-07-01 11:05 -0400", subject="Recibimos tu postulación",
        text="""Hola Joaquín:

Te escribo para confirmarte que recibimos tu postulación al cargo de Planificador de Mantención de Flota para nuestra operación en Huelva. Gracias por el interés.

Durante las próximas dos semanas vamos a revisar los antecedentes con el área de mantención. Si tu perfil avanza, te contactamos para agendar una conversación.

Saludos cordiales,
Camila Riquelme S.
Analista de Reclutamiento · Andina Mining Services España""",
    ),
    dict(
        kind="application_received", slug="graneles_short_human_ack", lang="es",
        company="Graneles Escombreras", key="gran_ack", parent="gran_own",
        frm=RAMON, date="2026-04-28 09:14 +0200",
        subject="Re: Candidatura planificador de mantenimiento",
        text="""Recibido, Joaquín. Se lo paso a dirección de operaciones y te decimos algo.

Ramón

""" + gmail_es("lun, 27 abr 2026 a las 21:30", CANDIDATE, GRAN_OWN),
    ),
    # ---- English -------------------------------------------------------------------------
    dict(
        kind="application_received", slug="douro_greenhouse_ack", lang="en",
        company="Douro Bulk Logistics", key="douro_ack",
        frm=("Douro Bulk Logistics", "no-reply@us.greenhouse-mail.io"), form="alt",
        date="2026-02-18 16:40 +0000",
        subject="Thank you for applying to Douro Bulk Logistics",
        text="""Hi Joaquín,

Thank you for your interest in Douro Bulk Logistics! We've received your application for the Fleet Maintenance Planner position in Matosinhos.

Our team will review your application and, if your experience matches what we're looking for, we'll be in touch about next steps.

Best regards,
Douro Bulk Logistics Talent Team

** Please note: this mailbox is not monitored. **""",
    ),
    dict(
        kind="application_received", slug="kestrel_lever_ack", lang="en",
        company="Kestrel Mining Services", key="kes_ack",
        frm=("Kestrel Mining Services", "no-reply@hire.lever.co"),
        date="2026-03-02 03:14 +0000",
        subject="Thanks for applying to Kestrel Mining Services",
        text="""Hi Joaquín,

Thanks for applying for the Maintenance Planner – Mobile Fleet (Huelva, Spain) role at Kestrel Mining Services. Your application has been received and our team will be reviewing it shortly.

If your background is a good match, a member of the talent team will reach out to arrange a conversation.

Regards,
Kestrel Talent Team""",
    ),
    dict(
        kind="application_received", slug="northbridge_ashby_ack", lang="en",
        company="Northbridge Fleet Solutions", key="nb_ack",
        frm=("Northbridge Fleet Solutions", "no-reply@ashbyhq.com"), form="html", shell="ats",
        footer="Sent with Ashby", date="2026-06-01 08:22 +0100",
        subject="We've received your application – Fleet Maintenance Planner (Madrid)",
        text="""Hi Joaquín,

Thanks for your application for Fleet Maintenance Planner (Madrid) — and for the note you sent Priya directly; it has been added to your profile.

We review every application against the role requirements and aim to get back to you within 10 working days.

Best,
Northbridge Fleet Solutions Recruiting""",
    ),
    dict(
        kind="application_received", slug="atlas_icims_cannot_reply_individually", lang="en",
        company="Atlas Haul Equipment", key="atlas_ack",
        frm=("Atlas Haul Equipment Careers", "careers-noreply@icims.com"),
        date="2026-06-22 12:00 +0000",
        subject="Application received: Service Planner – Haul Trucks (Madrid)",
        text="""Dear Joaquín,

Thank you for applying for the Service Planner – Haul Trucks (Madrid) position at Atlas Haul Equipment (requisition 2026-3318).

Your application has been successfully submitted. Our recruitment team will review your qualifications against the requirements of the role. Unfortunately, due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your profile is shortlisted, a recruiter will contact you directly.

Thank you again for your interest.

Atlas Haul Equipment Talent Acquisition""",
    ),
    dict(
        kind="application_received", slug="matosinhos_cold_chain_bamboohr", lang="en",
        company="Matosinhos Cold Chain", key="mcc_ack",
        frm=("Matosinhos Cold Chain", "notifications@app.bamboohr.com"), form="alt",
        shell="ats", footer="Powered by BambooHR", date="2026-08-17 10:45 +0100",
        subject="Matosinhos Cold Chain – application confirmation",
        text="""Hello Joaquín,

This is a quick note to confirm that your application for Reefer Fleet Maintenance Planner in Matosinhos has reached us. Thank you for considering Matosinhos Cold Chain.

Our hiring team reads each application personally. You can expect to hear from us within three weeks.

Warm regards,
Matosinhos Cold Chain Hiring Team""",
    ),
    # ---- French --------------------------------------------------------------------------
    dict(
        kind="application_received", slug="rhone_engins_teamtailor_ack", lang="fr",
        company="Rhône Engins Services", key="rhone_ack",
        frm=("Rhône Engins Services", "no-reply@teamtailor-mail.com"), form="alt",
        shell="ats", footer="Envoyé avec Teamtailor", date="2026-05-04 10:02 +0200",
        subject="Nous avons bien reçu votre candidature",
        text="""Bonjour Joaquín,

Merci pour votre candidature au poste de Planificateur maintenance flotte engins (H/F) basé à Corbas. Nous l'avons bien reçue !

Notre équipe RH l'étudie avec attention et reviendra vers vous dans les meilleurs délais si votre profil correspond à nos besoins.

À bientôt,
L'équipe Rhône Engins Services""",
    ),
    dict(
        kind="application_received", slug="granulats_taleo_accuse_reception", lang="fr",
        company="Granulats Rhodaniens", key="gr_ack",
        frm=("Granulats Rhodaniens", "noreply@taleo.net"), charset="iso-8859-1", cte="qp",
        subj_cs="iso-8859-1/Q", date="2026-08-24 07:15 +0000",
        subject="Accusé de réception de votre candidature - Réf. 26-0481",
        text="""Monsieur,

Nous accusons réception de votre candidature au poste de Planificateur de maintenance - engins de carrière (réf. 26-0481) et vous remercions de l'intérêt que vous portez à Granulats Rhodaniens.

Votre dossier va être examiné avec attention. Compte tenu du nombre important de candidatures, nous ne pourrons pas répondre individuellement à chacune d'entre elles ; seuls les candidats présélectionnés seront contactés.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
Granulats Rhodaniens

Ce message est généré automatiquement, merci de ne pas y répondre.""",
    ),
    # ---- German --------------------------------------------------------------------------
    dict(
        kind="application_received", slug="ruhrhafen_personio_eingang", lang="de",
        company="Ruhrhafen Umschlag", key="ruhr_ack",
        frm=("Ruhrhafen Umschlag GmbH", "ruhrhafen-umschlag@jobs.personio.de"), form="alt",
        shell="ats", brand="Ruhrhafen Umschlag", footer="Versendet über Personio",
        date="2026-04-08 15:33 +0200", subject="Eingangsbestätigung Ihrer Bewerbung",
        text="""Sehr geehrter Herr Lindström-Ayala,

vielen Dank für Ihre Bewerbung als Instandhaltungsplaner (m/w/d) Fuhrpark & Umschlaggeräte. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Ruhrhafen Umschlag GmbH""",
    ),
    dict(
        kind="application_received", slug="rheinkies_softgarden_eingegangen", lang="de",
        company="Rheinkies Baustoffe", key="rk_ack",
        frm=("Rheinkies Baustoffe", "noreply@softgarden.io"), cte="8bit",
        headers={"Auto-Submitted": "auto-generated"}, date="2026-07-13 12:05 +0200",
        subject="Ihre Bewerbung ist bei uns eingegangen",
        text="""Guten Tag Herr Lindström-Ayala,

herzlichen Dank für Ihr Interesse an unserem Unternehmen. Ihre Bewerbung als Disponent Instandhaltung Fahrzeugflotte ist vollständig bei uns eingegangen.

Wir sichten alle Unterlagen innerhalb der nächsten 14 Tage. Über den Stand des Verfahrens können Sie sich jederzeit in Ihrem Bewerberkonto informieren.

Freundliche Grüße
Recruiting-Team Rheinkies Baustoffe

Dies ist eine automatisch erzeugte E-Mail. Antworten an diese Adresse werden nicht gelesen.""",
    ),
    dict(
        kind="application_received", slug="montan_kandidatenpool", lang="de",
        company="Montan Personalberatung", key="mon_ack",
        frm=("Jörg Hartmann", "hartmann@montanpb.example.de"), name_cs="windows-1252/Q",
        charset="windows-1252", cte="qp", subj_cs="windows-1252/Q",
        date="2026-05-18 17:50 +0200",
        subject="Ihre Unterlagen – Aufnahme in unseren Kandidatenpool",
        text="""Sehr geehrter Herr Lindström-Ayala,

vielen Dank für Ihre Unterlagen und das angenehme Telefonat heute Vormittag. Ich bestätige Ihnen hiermit, dass wir Ihr Profil in unseren Kandidatenpool für Instandhaltung und Fuhrparkmanagement aufgenommen haben.

Wie besprochen stelle ich Sie nur nach vorheriger Rücksprache bei unseren Mandanten vor. Ein erstes Projekt in Duisburg-Walsum habe ich bereits im Blick und melde mich dazu in den nächsten Tagen.

Beste Grüße
Jörg Hartmann
Montan Personalberatung · Königstraße 50 · 47051 Duisburg
Tel. 0203 000 8830""",
    ),
]

OFFERS = [
    dict(
        kind="offer", slug="logistica_guadalquivir_offer_pdf", lang="es",
        company="Logística Guadalquivir", key="lg_offer", parent="lg_reinvite",
        frm=MARISA, cc=PACO, form="alt", date="2026-03-06 13:40 +0100",
        subject="Propuesta de incorporación – Planificador de Mantenimiento de Flota",
        pdf=[("Propuesta_Logistica_Guadalquivir_JLindstrom.pdf", [
            "LOGISTICA GUADALQUIVIR - Recursos Humanos",
            "Propuesta de incorporación",
            "Candidato: Joaquín Lindström-Ayala",
            "Puesto: Planificador de Mantenimiento de Flota",
            "Contrato: indefinido, jornada completa (lunes a viernes)",
            "Salario bruto anual: 34.500 EUR en 14 pagas + plus de disponibilidad",
            "Incorporación: 6 de abril de 2026",
            "Plazo de respuesta: 13 de marzo de 2026",
            "Sevilla, 6 de marzo de 2026"])],
        text="""Hola Joaquín:

Tras las conversaciones con Paco y con la dirección, nos alegra mucho ofrecerte el puesto de Planificador de Mantenimiento de Flota en Logística Guadalquivir.

Te adjunto la propuesta con las condiciones: contrato indefinido, jornada completa de lunes a viernes, salario bruto anual de 34.500 € en 14 pagas, más plus de disponibilidad. La incorporación sería el lunes 6 de abril.

Revísala con calma y, si estás de acuerdo, devuélvenosla firmada antes del viernes 13. Cualquier duda, llámame.

¡Esperamos tenerte pronto en el equipo!

Marisa Pozo
Recursos Humanos – Logística Guadalquivir
Tel. 954 000 140""",
    ),
    dict(
        kind="offer", slug="temporis_client_wants_to_offer", lang="es",
        company="Escombreras Bulk Terminal", key="temp_offer", parent="temp_invite",
        frm=("Lidia Montoya", "lidia.montoya@temporis.example.es"),
        date="2026-06-19 12:30 +0200", subject="¡El cliente quiere hacerte una oferta!",
        text="""¡Hola Joaquín!

Te llamo en un rato, pero te lo adelanto por escrito: Escombreras Bulk Terminal quiere hacerte una oferta para la vacante de planificador/a de mantenimiento.

Las condiciones que nos han trasladado son: contrato a través de Temporis durante seis meses con paso a plantilla de EBT si todo va bien, 2.350 € brutos al mes por 14 pagas, turno de mañana de lunes a viernes y guardias localizables una semana de cada cinco. Incorporación el 1 de julio.

Dime si te encaja y preparamos el contrato de puesta a disposición.

Un saludo,
Lidia Montoya
Técnica de Selección · Temporis ETT – Cartagena
600 000 449""",
    ),
    dict(
        kind="offer", slug="terminal_batan_verbal_offer_followup", lang="es",
        company="Terminal Batán Sevilla", key="batan_offer", parent="batan_ill",
        frm=("Jesús Ortega", "jortega@terminalbatan.example.es"),
        date="2026-08-20 17:10 +0200", subject="Lo que hablamos esta tarde",
        text="""Joaquín:

Como te adelanté por teléfono al salir del taller, queremos que te quedes con nosotros como planificador de mantenimiento. Te pongo por escrito lo que hablamos para que lo tengas claro: contrato indefinido con seis meses de prueba, 36.000 € brutos anuales, turno central de 7:00 a 15:00 y un fin de semana de guardia al mes.

Nieves, de Recursos Humanos, te mandará el contrato en los próximos días. Si mientras tanto quieres comentar algo de las condiciones, llámame sin problema.

Me alegro mucho de que haya salido.

Jesús Ortega
Jefe de Mantenimiento · Terminal Batán Sevilla
954 000 612""",
    ),
    dict(
        kind="offer", slug="quimica_odiel_contract_for_signature", lang="es",
        company="Química Odiel", key="qo_offer",
        frm=("Yolanda Pérez Galán", "yperez@quimicaodiel.example.es"), form="alt",
        shell="outlook", date="2026-06-25 10:20 +0200",
        subject="Contrato para firma – Coordinador/a de Mantenimiento de Flota Cisternas",
        pdf=[("Contrato_JLindstromAyala_QO.pdf", [
                "QUIMICA ODIEL - Contrato de trabajo de duración indefinida",
                "Trabajador: Joaquín Lindström-Ayala (NIE Y-0000000-X)",
                "Categoría: Coordinador de Mantenimiento de Flota Cisternas",
                "Centro de trabajo: Av. Francisco Montenegro s/n, Huelva",
                "Fecha de inicio: 15 de julio de 2026",
                "Firma del trabajador: ______________________"]),
             ("Documento_acogida_PRL.pdf", [
                "QUIMICA ODIEL - Documento de acogida",
                "Normas básicas de prevención de riesgos laborales",
                "Equipos de protección individual obligatorios en planta"])],
        text="""Buenos días, Joaquín:

Enhorabuena de nuevo por tu incorporación a Química Odiel. Como acordamos en la llamada del lunes con Andrés Robles, te envío el contrato de trabajo para que lo revises y lo firmes.

Puedes firmarlo de forma electrónica desde el enlace que recibirás en un correo aparte de nuestra plataforma de firma, o imprimirlo, firmarlo en todas las páginas y traerlo el primer día. La fecha de incorporación prevista es el 15 de julio de 2026.

Adjunto también el documento de acogida con la información de prevención de riesgos.

Un saludo,
Yolanda Pérez Galán
Administración de Personal · Química Odiel
Av. Francisco Montenegro s/n · 21001 Huelva · 959 000 377""",
    ),
    dict(
        kind="offer", slug="flotas_meseta_formal_offer", lang="es",
        company="Flotas Meseta", key="meseta_offer", parent="meseta_invite",
        frm=BEGONA, cte="base64", date="2026-03-30 12:00 +0200",
        subject="Oferta – Planificador de Mantenimiento, base San Fernando de Henares",
        pdf=[("Carta_oferta_Flotas_Meseta.pdf", [
            "FLOTAS MESETA - Carta de oferta",
            "D. Joaquín Lindström-Ayala",
            "Puesto: Planificador de Mantenimiento - Base San Fernando de Henares",
            "Retribución bruta anual: 37.000 EUR + variable hasta 8 %",
            "Incorporación: 4 de mayo de 2026",
            "Getafe, 30 de marzo de 2026"])],
        text="""Hola Joaquín:

Ha sido un placer seguir el proceso contigo estas semanas. Javier Olmedo y la dirección de operaciones han dado el visto bueno y me complace hacerte una oferta formal para el puesto de Planificador de Mantenimiento en la base de San Fernando de Henares.

Resumen de condiciones:
- Contrato indefinido, periodo de prueba de seis meses.
- Retribución bruta anual: 37.000 € + variable de hasta el 8 % por objetivos de disponibilidad de flota.
- Horario: lunes a viernes, 8:00–16:30, con una guardia telefónica al mes.
- Incorporación: 4 de mayo de 2026.

En el PDF adjunto tienes la carta de oferta completa. Te agradecería una respuesta antes del 8 de abril.

Un cordial saludo,
Begoña Aranda
Responsable de Selección · Flotas Meseta""",
    ),
    dict(
        kind="offer", slug="atlantica_cementos_offer_letter", lang="es",
        company="Atlántica Cementos", key="atl_offer",
        frm=("Carmen Villalobos Rey", "cvillalobos@atlanticacementos.example.es"),
        charset="iso-8859-1", cte="qp", subj_cs="iso-8859-1/B",
        date="2026-09-15 16:45 +0200",
        subject="Carta de oferta - Técnico/a de Planificación de Mantenimiento",
        pdf=[("Carta_oferta_Atlantica_Cementos.pdf", [
            "ATLANTICA CEMENTOS - Fábrica de Alcalá de Guadaíra",
            "Carta de oferta de empleo",
            "Puesto: Técnico de Planificación de Mantenimiento - Flota Móvil",
            "Validez de la oferta: hasta el 25 de septiembre de 2026"])],
        text="""Estimado Joaquín:

Tras las entrevistas mantenidas con el equipo de mantenimiento de la fábrica de Alcalá de Guadaíra, tenemos el placer de ofrecerle el puesto de Técnico de Planificación de Mantenimiento - Flota Móvil.

Encontrará adjunta la carta de oferta con el detalle de las condiciones económicas, el convenio de aplicación y los beneficios sociales (seguro médico, comedor y plan de pensiones). La oferta tiene validez hasta el 25 de septiembre.

Para aceptarla, basta con devolvernos la carta firmada por correo electrónico. Quedamos a su disposición para cualquier aclaración.

Reciba un cordial saludo,

Carmen Villalobos Rey
Directora de Recursos Humanos
Atlántica Cementos, S.A. - Fábrica de Alcalá de Guadaíra
Ctra. A-92 km 6 - 41500 Alcalá de Guadaíra (Sevilla)""",
    ),
    # ---- English -------------------------------------------------------------------------
    dict(
        kind="offer", slug="northbridge_contract_sent_for_signature", lang="en",
        company="Northbridge Fleet Solutions", key="nb_offer", parent="nb_moved",
        frm=PRIYA, form="alt", date="2026-07-02 14:05 +0100",
        subject="Your contract from Northbridge Fleet Solutions – ready for signature",
        pdf=[("Northbridge_Employment_Contract_JLA.pdf", [
            "NORTHBRIDGE FLEET SOLUTIONS IBERIA - Employment contract (copy)",
            "Employee: Joaquín Lindström-Ayala",
            "Position: Fleet Maintenance Planner, Madrid",
            "Start date: 3 August 2026",
            "Base salary: EUR 41,000 gross per year"])],
        text="""Hi Joaquín,

Congratulations once more — we're delighted you've accepted our offer for the Fleet Maintenance Planner role in Madrid.

Your employment contract has been sent for electronic signature. You'll receive a separate email from our e-signature provider with the subject "Northbridge Fleet Solutions Iberia – Employment contract"; please review and sign it by Friday 10 July. I've also attached a PDF copy for your records.

Start date: Monday 3 August 2026
Base salary: €41,000 gross per year, plus a 10% annual bonus target

Once signed, our onboarding team will be in touch about your laptop, PPE and the first week at the Coslada depot.

Best,
Priya""",
    ),
    dict(
        kind="offer", slug="pitwell_client_wants_to_offer", lang="en",
        company="Lusomine Equipment", key="pit_offer", parent="pit_invite",
        frm=OLIVER, date="2026-05-22 18:10 +0100",
        subject="Lusomine – they want to make you an offer",
        text="""Joaquín,

Great news — I've just come off the phone with Catarina Moura and Lusomine Equipment want to make you an offer for the Fleet Service Planner role in Maia.

Headline terms they've shared with me: €32,000 base, a company van for site visits, health insurance, and 25 days' holiday. Start date flexible, ideally early July. They'll send the formal offer letter on Monday once you've told me you're happy in principle.

Give me a ring tonight or tomorrow morning and we'll talk it through — including whether there's room on the base salary.

Oliver

Oliver Grant | Principal Consultant, Mining & Heavy Equipment
Pitwell Search Ltd | +44 114 000 0652""",
    ),
    # ---- French / German -----------------------------------------------------------------
    dict(
        kind="offer", slug="rhone_engins_promesse_embauche", lang="fr",
        company="Rhône Engins Services", key="rhone_offer", parent="rhone_own",
        frm=CLAIRE, form="alt", shell="outlook", date="2026-06-15 11:30 +0200",
        subject="Proposition d'embauche – Planificateur maintenance flotte engins",
        pdf=[("Promesse_embauche_Lindstrom-Ayala.pdf", [
            "RHONE ENGINS SERVICES - Promesse d'embauche",
            "M. Joaquín Lindström-Ayala",
            "Poste : Planificateur maintenance flotte engins (CDI, agent de maîtrise)",
            "Rémunération annuelle brute : 38 500 EUR sur 13 mois",
            "Prise de poste : 1er septembre 2026, Corbas",
            "Réponse souhaitée avant le 26 juin 2026"])],
        text="""Bonjour Joaquín,

Suite à la journée de mise en situation du 3 juin et à votre entretien avec notre directeur technique, j'ai le grand plaisir de vous proposer le poste de Planificateur maintenance flotte engins au sein de Rhône Engins Services.

Vous trouverez ci-joint la promesse d'embauche précisant les conditions : CDI, statut agent de maîtrise, rémunération annuelle brute de 38 500 € sur 13 mois, prise de poste souhaitée le 1er septembre 2026 à Corbas.

Je vous remercie de nous retourner le document signé avant le 26 juin. Nous pourrons ensuite organiser votre accueil et vous aider dans vos démarches d'installation à Lyon.

Bien cordialement,
Claire Vidal
Responsable Ressources Humaines – Rhône Engins Services
04 72 00 00 51""",
    ),
    dict(
        kind="offer", slug="niederrhein_vertragsangebot", lang="de",
        company="Niederrhein Baumaschinen", key="nrbm_offer", parent="nrbm_ill",
        frm=FRANK, charset="iso-8859-1", cte="qp", date="2026-07-08 10:00 +0200",
        subject="Vertragsangebot Serviceplaner Baumaschinen",
        pdf=[("Vertragsangebot_Lindstroem-Ayala.pdf", [
            "NIEDERRHEIN BAUMASCHINEN - Vertragsangebot",
            "Herrn Joaquín Lindström-Ayala",
            "Position: Serviceplaner Baumaschinen (m/w/d), unbefristet, Vollzeit",
            "Jahresbruttogehalt: 52.000 EUR, 30 Tage Urlaub, Firmenwagen",
            "Eintritt: 1. Oktober 2026",
            "Rücksendung bis: 20. Juli 2026"])],
        text="""Sehr geehrter Herr Lindström-Ayala,

vielen Dank für das offene und angenehme Gespräch am 29. Juni in Rheinhausen. Herr Brandt und ich waren beide überzeugt, und wir freuen uns, Ihnen die Stelle als Serviceplaner Baumaschinen (m/w/d) anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot: unbefristete Anstellung in Vollzeit, Jahresbruttogehalt 52.000 EUR, 30 Tage Urlaub, Firmenwagen auch zur privaten Nutzung sowie Unterstützung bei der Wohnungssuche in Duisburg. Als Eintrittstermin schlagen wir den 1. Oktober 2026 vor.

Bitte senden Sie uns das unterschriebene Angebot bis zum 20. Juli zurück. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen
Frank Wiesner
Personal | Niederrhein Baumaschinen GmbH
Logport-Allee 5 · 47226 Duisburg · Tel. 02065 000 210""",
    ),
]

MESSAGES = [*RECEIVED, *OFFERS]
