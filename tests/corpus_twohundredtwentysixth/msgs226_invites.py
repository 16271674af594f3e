"""Corpus 226: interview invitations, reschedules/cancellations and missed-interview notices.

Hand-written, one spec per message. Texts that later messages quote are module constants.
"""

from __future__ import annotations

from msgs226_common import CAND, CAND_ADDR, CAND_NAME, quote, wrote

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    MESSAGES.append(spec)
    return spec


# --- addresses used in several messages ------------------------------------------------------

AMPARO = ("Amparo Climent Ortí", "amparo.climent@hmalvarrosa.example.es")
JOANA = ("Joana Reis", "joana.reis@tagusrevenue.example.pt")
SABINE = ("Sabine Hartmann", "sabine.hartmann@mainklinikum.example.de")
CLAIRE = ("Claire Fabre", "claire.fabre@cliniquedulez.example.fr")
IRENE = ("Irene Sáez", "irene.saez@medcodia.example.es")
NURIA = ("Nuria Cabanilles Peris", "nuria.cabanilles@tempora.example.es")
KESSLER = ("Dr. Henrike Kessler", "h.kessler@kesslerbrandt.example.de")
PAQUI = ("Paqui Nicolás", "paqui.nicolas@codimed.example.es")
TIAGO = ("Tiago Mendes", "tiago.mendes@alfamaclaims.example.pt")
SANDRINE = ("Sandrine Maurel", "s.maurel@ofsante.example.fr")
PEDRO = ("Pedro Abellán", "pedro.abellan@clinicassegura.example.es")
KARLA = ("Karla Treviño", "karla.trevino@nexoglobal.example.es")
INES = ("Inês Barros", "ines.barros@estrelarecruit.example.pt")
ENCARNA = ("Encarnación Ruiz Manzanera", "encarna.ruiz@hvhuerta.example.es")
MARCOS = ("Marcos Villalobos Pérez", "marcos.villalobos@ibersalud.example.es")
LOLA = ("Lola Berenguer", "lola.berenguer@santafaz.example.es")
MAITE = ("Maite Pastor", "maite.pastor@santafaz.example.es")
RACHEL = ("Rachel Osei", "rachel.osei@blueharbor.example.pt")
DANIEL = ("Daniel Okafor", "daniel.okafor@medbilleurope.example.de")
SOFIA = ("Sofia Almeida", "sofia.almeida@cascaisdental.example.pt")
PRIYA = ("Priya Natarajan", "priya.natarajan@atlashealth.example.es")
NATHALIE = ("Nathalie Roux", "nathalie.roux@chsaintclement.example.fr")
BEATRIZ = ("Beatriz Solana", "beatriz.solana@retirosearch.example.es")
LUCIA = ("Lucía Ortega Ballester", "lucia.ortega@contactia.example.es")
VICENTE = ("Vicente Marí Tormo", "vicente.mari@sonrisaturia.example.es")
JONAS = ("Jonas Weber", "jonas.weber@azrm.example.de")
ROSA = ("Rosa Llinares", "rosa.llinares@oftalmomarinabaixa.example.es")
GONZALO = ("Gonzalo Prieto Lasheras", "gonzalo.prieto@ghcastellana.example.es")


# =============================================================================================
# interview_invitation
# =============================================================================================

INV_MALVARROSA = """\
Estimada Renata:

Tras revisar su candidatura para el puesto de Técnico/a de Facturación y Codificación (R-10482), nos gustaría invitarla a una entrevista con el panel de selección.

Fecha: martes, 17 de marzo de 2026
Hora: 10:00 – 11:00
Lugar: Edificio de Administración, 2.ª planta, sala Turia. Hospital Universitario La Malvarrosa, Av. de los Naranjos 50, Valencia.
Panel: Dr. Joan Sanchis (jefe de Admisión y Documentación Clínica), Marta Ibars (coordinadora de Facturación) y yo misma.

La entrevista incluirá un breve ejercicio práctico de 15 minutos sobre la codificación de un informe de alta con CIE-10-ES; no necesita traer material.

Le adjunto la convocatoria para su calendario. Le agradeceríamos que confirmase su asistencia respondiendo a este correo.

Atentamente,

Amparo Climent Ortí
Técnica de Selección · Dirección de Personas
Hospital Universitario La Malvarrosa
Tel. 961 97 40 00 · ext. 5120

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida.
"""

add(kind="interview_invitation", slug="malvarrosa_panel_ics", lang="es",
    company="Hospital Universitario La Malvarrosa", contact=AMPARO[1],
    key="t1_inv", date="2026-03-04 12:41", tz="eu",
    frm=AMPARO, name_cs="windows-1252/Q",
    subject="Convocatoria a entrevista – Técnico/a de Facturación y Codificación (R-10482)",
    subj_cs="windows-1252/Q",
    text=INV_MALVARROSA, layout="alt", look="word", charset="windows-1252", cte="qp",
    ics={"uid": "malvarrosa-R10482-panel-rvi@hmalvarrosa.example.es", "seq": 0,
         "start": "2026-03-17 10:00", "end": "2026-03-17 11:00",
         "summary": "Entrevista panel – Técnico/a de Facturación y Codificación",
         "location": "Sala Turia, Edificio de Administración, 2.ª planta",
         "organizer": AMPARO},
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
             "Convocatoria a entrevista")])

INV_TAGUS = """\
Hi Renata,

Thanks again for applying to the Revenue Cycle Associate (Spanish & English) role. I enjoyed reading your application, and I'd love to set up a 45-minute video interview with me and Miguel Tavares, our Billing Operations Lead.

Please choose a time that suits you using the link below. All times are shown in your local time zone:

https://app.greenhouse.io/scheduling/candidate/5fd21c7a-tagus

The interview will be on Microsoft Teams; the link will be in the confirmation. We'll talk through your experience with insurers in Mexico, and Miguel will walk you through a sample claim denial.

Looking forward to it,
Joana

Joana Reis | Talent Partner | Tagus Health Revenue
"""

add(kind="interview_invitation", slug="tagus_greenhouse_scheduling", lang="en",
    company="Tagus Health Revenue", contact=JOANA[1],
    key="t2_inv", parent="t2_ack", date="2026-03-16 09:05", tz="pt",
    frm=("Joana Reis via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=JOANA,
    subject="Tagus Health Revenue: please pick a time for your interview",
    text=INV_TAGUS, layout="plain", charset="utf-8", cte="7bit",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Greenhouse-Type", "scheduling_request")])

INV_MAINKLINIKUM = """\
Sehr geehrte Frau Vogelsang-Ibáñez,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns gefallen, und wir möchten Sie gern näher kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Videokonferenz ein:

Termin: Donnerstag, 12. März 2026, 10:00 bis 10:45 Uhr
Plattform: Microsoft Teams (den Link finden Sie in der Kalendereinladung)
Gesprächspartnerinnen: Frau Dr. Petra Lindner (Leitung Patientenabrechnung) und ich

Das Gespräch führen wir auf Deutsch; einen Teil gern auch auf Englisch, falls Ihnen das lieber ist. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Sabine Hartmann
Personalreferentin
Mainklinikum Sachsenhausen gGmbH
Schifferstraße 120, 60594 Frankfurt am Main
Telefon: +49 69 6301 4418

Sitz der Gesellschaft: Frankfurt am Main, Registergericht: Amtsgericht Frankfurt am Main, HRB 48122
Geschäftsführer: Prof. Dr. Andreas Kühn
"""

add(kind="interview_invitation", slug="mainklinikum_teams_ics", lang="de",
    company="Mainklinikum Sachsenhausen", contact=SABINE[1],
    key="t3_inv", date="2026-03-03 15:22", tz="eu",
    frm=SABINE,
    subject="Einladung zum Vorstellungsgespräch: Mitarbeiter*in Patientenabrechnung (2026-017)",
    subj_cs="iso-8859-1/Q",
    text=INV_MAINKLINIKUM, layout="alt", look="word", charset="iso-8859-1", cte="qp",
    ics={"uid": "040000008200E00074C5B7101A82E0080000000090D1C2A5B7A9DC01@mainklinikum",
         "seq": 0, "start": "2026-03-12 10:00", "end": "2026-03-12 10:45",
         "summary": "Vorstellungsgespräch Frau Vogelsang-Ibáñez (Patientenabrechnung)",
         "location": "Microsoft Teams-Besprechung", "organizer": SABINE,
         "attendees": [CAND, ("Dr. Petra Lindner", "petra.lindner@mainklinikum.example.de")]},
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

INV_LEZ = """\
Bonjour Madame Vogelsang-Ibáñez,

J'ai bien reçu votre candidature pour le poste d'assistante facturation et codage PMSI à la Clinique du Lez, et votre parcours m'intéresse.

Seriez-vous disponible jeudi 7 mai à 10h pour un premier échange téléphonique d'une vingtaine de minutes ? Je vous appellerai au +34 612 48 90 37, le numéro indiqué sur votre CV. Si ce créneau ne vous convient pas, proposez-moi simplement un autre moment dans la semaine.

Bien à vous,

Claire Fabre
Chargée de recrutement
Clinique du Lez
12 rue de la Croix-de-Lavit, 34090 Montpellier
Tél. 04 67 33 50 12
"""

add(kind="interview_invitation", slug="lez_phone_screen_ask", lang="fr",
    company="Clinique du Lez", contact=CLAIRE[1],
    key="t4_inv", date="2026-05-05 11:17", tz="eu",
    frm=CLAIRE,
    subject="Votre candidature - échange téléphonique", subj_cs="iso-8859-1/Q",
    text=INV_LEZ, layout="plain", charset="iso-8859-1", cte="8bit")

INV_MEDCODIA_SCREEN = """\
Hola Renata:

Soy Irene, responsable de codificación en Medcodia. He leído tu candidatura y me ha llamado la atención lo que cuentas de la facturación a aseguradoras en Monterrey; me gustaría conocerte.

¿Tienes 20-30 minutos esta semana o la que viene para una primera llamada por Google Meet? Te propongo el viernes 7 a las 10:00 o el lunes 10 a las 16:30, pero si no te cuadra ninguna, dime tú.

Sería una charla informal: te cuento cómo trabajamos (codificamos altas y urgencias para clínicas privadas, todo en remoto) y tú me cuentas qué buscas.

Un saludo,
Irene Sáez
Responsable de Codificación · Medcodia
"""

add(kind="interview_invitation", slug="medcodia_first_call", lang="es",
    company="Medcodia", contact=IRENE[1],
    key="t5_screen", date="2026-08-06 10:48", tz="eu",
    frm=IRENE, name_cs="utf-8/B",
    subject="¿Charlamos esta semana? (Medcodia)", subj_cs="utf-8/B",
    text=INV_MEDCODIA_SCREEN, layout="plain", charset="utf-8", cte="qp")

INV_MEDCODIA_TRIAL = """\
Hola de nuevo, Renata:

Gracias por la llamada del lunes 10, nos quedamos con muy buena impresión. El siguiente paso en Medcodia es una jornada de prueba pagada en nuestra oficina de Madrid, para que conozcas al equipo y veas de cerca el trabajo real.

Cuándo: martes 1 de septiembre, de 9:30 a 17:00
Dónde: Calle de Fuencarral 96, 3.º, Madrid (timbre «Medcodia»)
Qué haremos: por la mañana codificarás con Pablo una muestra de 15 informes de alta anonimizados; después de comer, una conversación con Álvaro (CEO) y conmigo.

Te pagamos la jornada (120 €) y el tren de ida y vuelta desde Valencia; guarda los billetes. Te adjunto la invitación para tu calendario.

¿Me confirmas que te viene bien?

Irene
"""

add(kind="interview_invitation", slug="medcodia_trial_day", lang="es",
    company="Medcodia", contact=IRENE[1],
    key="t5_trial", parent="t5_screen", date="2026-08-20 17:02", tz="eu",
    frm=IRENE, name_cs="utf-8/Q",
    subject="Jornada de prueba en Medcodia – martes 1 de septiembre", subj_cs="utf-8/Q",
    text=INV_MEDCODIA_TRIAL, layout="alt", look="simple", charset="utf-8", cte="b64",
    ics={"uid": "medcodia-trial-rvi-2026@medcodia.example.es", "seq": 0, "inline": False,
         "filename": "jornada_prueba_medcodia.ics",
         "start": "2026-09-01 09:30", "end": "2026-09-01 17:00",
         "summary": "Jornada de prueba – Medcodia", "organizer": IRENE,
         "location": "Calle de Fuencarral 96, 3.º, Madrid",
         "prodid": "-//Google Inc//Google Calendar 70.9054//EN"})

INV_TEMPORA = """\
Hola Renata:

Como te adelanté ayer por teléfono, Mediterránea Salud ha visto tu CV y quiere entrevistarte para la vacante de Tramitadora de Reembolsos y Autorizaciones (contrato de puesta a disposición de 6 meses, con posibilidad de incorporación a plantilla).

Te he cerrado la entrevista para el viernes 20 de febrero a las 9:30 en sus oficinas: Calle de Colón 22, 5.ª planta, Valencia. Pregunta en recepción por Ramón Gisbert, responsable de Prestaciones.

Algunas cosas que les importan: trato telefónico con asegurados, manejo de nomenclátor de actos médicos y algo de Excel. Lleva el DNI/NIE.

Llámame después y me cuentas qué tal.

Un saludo,
Nuria Cabanilles Peris
Consultora de Selección - Área Sanitaria
Tempora ETT · Tel. 963 00 41 27
"""

add(kind="interview_invitation", slug="tempora_client_mediterranea", lang="es",
    company="Mediterránea Salud", contact=NURIA[1],
    key="t6_inv", parent="t6_reg", date="2026-02-18 13:26", tz="eu",
    frm=NURIA, name_cs="iso-8859-1/Q",
    subject="Entrevista con Mediterránea Salud - viernes 20", subj_cs="iso-8859-1/Q",
    text=INV_TEMPORA, layout="plain", charset="iso-8859-1", cte="qp")

INV_KESSLER = """\
Liebe Frau Vogelsang-Ibáñez,

vielen Dank für das offene Telefonat letzte Woche. Ich habe Ihr Profil – anonymisiert, wie besprochen – unserem Mandanten vorgestellt, einer Krankenversicherung mit Sitz in Frankfurt. Die Fachbereichsleitung möchte Sie gern kennenlernen.

Vorschlag: Dienstag, 23. Juni 2026, 11:00 Uhr, per Videocall (ca. 60 Minuten). Gesprächspartner sind der Leiter der Leistungsabrechnung Ausland und eine Teamleiterin. Den Namen des Unternehmens nenne ich Ihnen vor dem Termin, sobald der Mandant zugestimmt hat.

Passt Ihnen der Termin? Dann sende ich Ihnen die Einwahldaten und ein kurzes Briefing.

Herzliche Grüße
Henrike Kessler

Kessler & Brandt Personalberatung
Bockenheimer Landstraße 51, 60325 Frankfurt am Main
Tel. +49 69 2475 8830
"""

add(kind="interview_invitation", slug="kessler_unnamed_client", lang="de",
    company="Kessler & Brandt", contact=KESSLER[1],
    key="t7_inv", parent="t7_cold", date="2026-06-15 08:55", tz="eu",
    frm=KESSLER,
    subject="Ihr Gespräch mit unserem Mandanten am 23. Juni",
    text=INV_KESSLER, layout="plain", charset="windows-1252", cte="qp")

INV_CODIMED = """\
Hola Renata:

¡Enhorabuena! Has superado la primera fase del proceso para Codificador/a CIE-10-ES Junior y queremos invitarte a nuestra sesión de evaluación presencial.

Fecha: jueves, 30 de abril de 2026
Horario: de 9:00 a 13:30
Lugar: CodiMed Murcia, Avenida de la Libertad 8, 2.º, 30009 Murcia

Programa:
09:00 Bienvenida y presentación de la empresa
09:30 Prueba práctica de codificación (CIE-10-ES diagnósticos y procedimientos, 60 min)
10:45 Dinámica de grupo
12:00 Entrevistas individuales de 20 minutos

Trae tu DNI o NIE y, si lo tienes, tu manual de codificación; el resto lo ponemos nosotros.

Confirma tu asistencia respondiendo a este correo (llegará a Paqui Nicolás, de Recursos Humanos) antes del lunes 27.

Un saludo,
Equipo de Talento de CodiMed
"""

add(kind="interview_invitation", slug="codimed_assessment_session", lang="es",
    company="CodiMed", contact=PAQUI[1],
    key="t8_inv", parent="t8_ack", date="2026-04-22 08:10", tz="utc",
    frm=("CodiMed Murcia", "noreply@smartrecruiters.com"), reply_to=PAQUI,
    subject="Invitación a la sesión de evaluación – Codificador/a CIE-10-ES Junior",
    subj_cs="utf-8/B",
    text=INV_CODIMED, layout="alt", look="ats", brand="CodiMed Murcia", accent="#7c3aed",
    charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

INV_ALFAMA = """\
Hi Renata,

I'm Tiago, one of the recruiters at Alfama Claims Solutions. Thanks for applying for the Claims Coding Analyst (Spanish speaker) position - your mix of front-desk work at a dental practice and insurance billing is close to what the team is looking for.

Would you be up for a 20-minute phone screen? I have Monday 6 April at 11:00 or 14:30 Lisbon time. Just reply with what works and the best number to reach you.

Cheers,
Tiago Mendes
Talent Acquisition | Alfama Claims Solutions
"""

add(kind="interview_invitation", slug="alfama_lever_phone_screen", lang="en",
    company="Alfama Claims Solutions", contact=TIAGO[1],
    key="t9_inv", parent="t9_ack", date="2026-04-01 10:14", tz="pt",
    frm=("Tiago Mendes", "no-reply@hire.lever.co"), reply_to=TIAGO,
    subject="Quick call about the Claims Coding Analyst role?",
    text=INV_ALFAMA, layout="plain", charset="utf-8", cte="7bit")

INV_OFS = """\
Bonjour Madame Vogelsang-Ibáñez,

Votre candidature a retenu notre attention et nous souhaitons vous rencontrer.

Je vous propose un entretien en visioconférence (Microsoft Teams) le jeudi 4 juin 2026 de 14h00 à 15h00, avec M. Olivier Granier, responsable du service facturation, et moi-même. L'invitation Teams est jointe à ce message.

Au programme : présentation de votre parcours, échanges sur le circuit de facturation T2A et quelques mises en situation sur des rejets de la CPAM et des mutuelles.

Merci de bien vouloir me confirmer votre présence.

Cordialement,

Sandrine Maurel
Responsable Ressources humaines
Occitanie Facturation Santé
45 avenue du Pont-Juvénal, 34000 Montpellier
"""

add(kind="interview_invitation", slug="ofsante_teams_ics", lang="fr",
    company="Occitanie Facturation Santé", contact=SANDRINE[1],
    key="t10_inv", date="2026-05-26 16:30", tz="eu",
    frm=SANDRINE,
    subject="Invitation à un entretien - Technicienne de facturation hospitalière",
    subj_cs="iso-8859-1/Q",
    text=INV_OFS, layout="alt", look="word", charset="iso-8859-1", cte="qp",
    ics={"uid": "ofs-entretien-rvi-20260604@ofsante.example.fr", "seq": 0,
         "start": "2026-06-04 14:00", "end": "2026-06-04 15:00",
         "summary": "Entretien Renata Vogelsang-Ibáñez – Technicienne de facturation",
         "location": "Réunion Microsoft Teams", "organizer": SANDRINE,
         "attendees": [CAND, ("Olivier Granier", "o.granier@ofsante.example.fr")]})

INV_SEGURA = """\
Hola Renata,

Soy Pedro Abellán, de Clínicas Segura. Me pasó tu CV mi cuñada Carmen, que coincidió contigo en el curso de codificación. Estamos buscando a alguien para llevar la facturación de mutuas en nuestras dos clínicas (Murcia y Molina de Segura).

¿Estás libre el jueves para charlar un rato? Podemos vernos en la clínica de Murcia (Gran Vía Escultor Salzillo 14) a las 10:00, o si te pilla lejos lo hacemos por videollamada, como prefieras.

Un saludo,
Pedro Abellán
Gerente · Clínicas Segura
Tel. 655 31 02 87
"""

add(kind="interview_invitation", slug="segura_casual_thursday", lang="es",
    company="Clínicas Segura", contact=PEDRO[1],
    key="t13_inv", date="2026-07-07 19:33", tz="eu",
    frm=PEDRO, name_cs="utf-8/Q",
    subject="¿Te va bien el jueves?",
    text=INV_SEGURA, layout="plain", charset="utf-8", cte="8bit")

INV_NEXO_BOOK = """\
Hola Renata,

Karla Treviño te invitó a agendar tu entrevista con el equipo de operaciones para la vacante de Agente de Autorizaciones Médicas (cuenta México).

Duración: 30 minutos
Modalidad: videollamada por Zoom
Entrevistadores: Karla Treviño y Óscar Lozano (supervisor de cuenta)

Elige el horario que mejor te acomode en el siguiente enlace. Los horarios disponibles son de lunes a viernes entre el 12 y el 18 de febrero:

https://nexoglobal.recruitee.com/o/agente-autorizaciones/schedule/7f3e

Una vez que reserves, recibirás la confirmación con el enlace de Zoom.

Nexo Global Services · Reclutamiento
"""

add(kind="interview_invitation", slug="nexo_recruitee_booking", lang="es",
    company="Nexo Global Services", contact="",
    key="t14_book", date="2026-02-09 17:45", tz="utc",
    frm=("Nexo Global Services", "no-reply@jobs.recruitee.com"),
    subject="Agenda tu entrevista con Nexo Global Services",
    text=INV_NEXO_BOOK, layout="html", look="ats", brand="Nexo Global Services",
    accent="#0ea5e9", charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

INV_ESTRELA = """\
Hi Renata,

Great news - Lusitania Medical Group would like to meet you for the Patient Billing Coordinator (International Patients) role at their Lisbon hospital.

I've confirmed the following with their HR team:
Date: Monday 9 March 2026
Time: 14:30 Lisbon time (15:30 in Valencia)
Format: video call on Google Meet – link to follow from their side
With: Dr. Rui Valente (Head of Patient Financial Services) and Catarina Lopes (HR Business Partner)

They'll ask a lot about dealing with international insurers and guarantees of payment, so think of two or three examples from the dental practice in Monterrey. Happy to do a 15-minute prep call on Friday if that helps.

Good luck – you've got this!
Inês

Inês Barros
Senior Recruitment Consultant, Healthcare
Estrela Recruitment | +351 912 447 306
"""

add(kind="interview_invitation", slug="estrela_client_lusitania", lang="en",
    company="Lusitania Medical Group", contact=INES[1],
    key="t15_inv", parent="t15_reg", date="2026-03-04 18:20", tz="pt",
    frm=INES, name_cs="iso-8859-1/Q",
    subject="Interview confirmed: Lusitania Medical Group, Monday 9 March",
    text=INV_ESTRELA, layout="alt", look="word", charset="windows-1252", cte="qp")

INV_HUERTA = """\
Estimada Sra. Vogelsang-Ibáñez:

Una vez publicada la valoración de méritos de la bolsa de trabajo de personal administrativo con perfil de codificación, le comunicamos que ha resultado admitida a la fase de prueba práctica y entrevista personal.

La prueba tendrá lugar el martes 19 de mayo de 2026 a las 9:00 en el Aula 3 del Pabellón Docente del Hospital Virgen de la Huerta. Consistirá en la codificación con CIE-10-ES de diez episodios de hospitalización (90 minutos). A continuación, se realizarán las entrevistas personales por orden alfabético, según el horario que figura en la convocatoria adjunta.

Deberá presentarse con su NIE o pasaporte en vigor. No se permitirá el acceso una vez iniciada la prueba.

Atentamente,

Encarnación Ruiz Manzanera
Unidad de Selección y Provisión – Recursos Humanos
Hospital Virgen de la Huerta
"""

add(kind="interview_invitation", slug="huerta_convocatoria_pdf", lang="es",
    company="Hospital Virgen de la Huerta", contact=ENCARNA[1],
    key="vh_inv", parent="vh_ack", date="2026-05-04 13:05", tz="eu",
    frm=ENCARNA, name_cs="iso-8859-1/B",
    subject="Convocatoria a prueba práctica y entrevista – Bolsa de Codificación",
    subj_cs="windows-1252/Q",
    text=INV_HUERTA, layout="plain", charset="windows-1252", cte="qp",
    attach=[{"type": "pdf", "filename": "Convocatoria_prueba_practica_2026-0417.pdf",
             "title": "Convocatoria prueba práctica - Bolsa de Codificación",
             "lines": ["HOSPITAL VIRGEN DE LA HUERTA - Unidad de Selección y Provisión",
                       "Bolsa de trabajo: personal administrativo, perfil codificación",
                       "Convocatoria a prueba práctica y entrevista personal",
                       "Fecha: 19 de mayo de 2026, 9:00 h - Aula 3, Pabellón Docente",
                       "Prueba: codificación CIE-10-ES de 10 episodios (90 minutos)",
                       "Entrevistas (orden alfabético):",
                       "  11:00  Moreno Jiménez, A.",
                       "  11:20  Navarro Sáez, L.",
                       "  11:40  Vogelsang-Ibáñez, R.",
                       "Documentación: NIE o pasaporte en vigor."]}])

INV_IBERSALUD = """\
Estimada Renata:

Nos complace invitarle a una entrevista por videollamada para el puesto de Técnico/a de Reembolsos y Facturación Médica (ref. IB-5532), en Madrid.

Día: martes 16 de junio de 2026
Hora: 12:00 (hora peninsular)
Duración aproximada: 45 minutos
Entrevistador: Marcos Villalobos, responsable del equipo de Reembolsos

Recibirá el enlace de Microsoft Teams el día anterior. Si necesita modificar la cita, responda a este mensaje y su correo llegará directamente a Marcos Villalobos.

Atentamente,
Selección y Desarrollo
Ibersalud Seguros
"""

add(kind="interview_invitation", slug="ibersalud_taleo_video", lang="es",
    company="Ibersalud Seguros", contact=MARCOS[1],
    key="ib_inv", date="2026-06-08 07:30", tz="utc",
    frm=("Ibersalud Seguros", "no-reply@taleo.net"), reply_to=MARCOS,
    subject="Invitación a entrevista por videollamada – Técnico/a de Reembolsos",
    subj_cs="utf-8/Q",
    text=INV_IBERSALUD, layout="alt", look="ats", brand="Ibersalud Seguros",
    accent="#b91c1c", charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

INV_SANTAFAZ = """\
Buenos días, Renata:

Soy Lola Berenguer, gerente de la Policlínica Santa Faz. Maite me pasó tu currículum y me gustaría que nos conociéramos en persona.

¿Podrías venir el miércoles 4 de febrero a las 17:00 a la policlínica (Avda. de Denia 117, Alicante)? Calcula una hora: hablaremos tú y yo y después te enseñaré la recepción y el programa de citas que usamos.

Si te viene mejor otro día de esa semana por la tarde, dímelo sin problema.

Un saludo,
Lola Berenguer
Gerente
Policlínica Santa Faz · 965 26 11 80
"""

add(kind="interview_invitation", slug="santafaz_manager_meet", lang="es",
    company="Policlínica Santa Faz", contact=LOLA[1],
    key="sf_inv", parent="sf_ack", date="2026-01-29 09:40", tz="eu",
    frm=LOLA,
    subject="Entrevista en la Policlínica Santa Faz", subj_cs="iso-8859-1/B",
    text=INV_SANTAFAZ, layout="plain", charset="iso-8859-1", cte="qp")

INV_BLUEHARBOR = """\
Dear Renata,

Thank you for your application for the Medical Claims Coder role. We would like to invite you to a panel interview at our Lisbon service centre.

When: Tuesday 21 July 2026, 10:00–11:15 (Lisbon time)
Where: BlueHarbor Insurance Services, Avenida da Liberdade 190, 4th floor – please check in at reception
Panel: Rachel Osei (Talent Acquisition), Hugo Ferreira (Claims Coding Manager), Ana Sousa (Senior Coder)

The first 45 minutes are a competency-based interview; after that you will have 20 minutes to code three short outpatient claims (ICD-10-CM and CPT), with reference books provided.

If you are travelling from Valencia, we can reimburse a return flight up to EUR 250. Please accept the calendar invitation to confirm.

Kind regards,
Rachel Osei
Talent Acquisition Partner
BlueHarbor Insurance Services
Avenida da Liberdade 190, 1250-147 Lisboa | +351 21 340 77 12

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
"""

add(kind="interview_invitation", slug="blueharbor_panel_ics", lang="en",
    company="BlueHarbor Insurance Services", contact=RACHEL[1],
    key="bh_inv", date="2026-07-14 11:02", tz="pt",
    frm=RACHEL,
    subject="Interview invitation: Medical Claims Coder (Req 4471) - panel interview",
    text=INV_BLUEHARBOR, layout="alt", look="word", charset="utf-8", cte="qp",
    ics={"uid": "040000008200E00074C5B7101A82E00800000000F0A1B3C4D5E6DC01@blueharbor",
         "seq": 0, "tz": "pt", "start": "2026-07-21 10:00", "end": "2026-07-21 11:15",
         "summary": "Panel interview – Renata Vogelsang-Ibáñez – Medical Claims Coder",
         "location": "Avenida da Liberdade 190, 4th floor, Room Tejo", "organizer": RACHEL,
         "attendees": [CAND, ("Hugo Ferreira", "hugo.ferreira@blueharbor.example.pt"),
                       ("Ana Sousa", "ana.sousa@blueharbor.example.pt")]},
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

INV_MEDBILL = """\
Hi Renata,

Daniel here - I lead the billing team at MedBill Europe. Your application landed on my desk and I'd love to have a chat.

Are you free Thursday afternoon, say 15:00 your time? Nothing formal, just half an hour on Zoom to talk about what you did at the dental practice and what our Spanish clients need. If Thursday's no good, throw me a couple of other times.

Cheers,
Daniel

Daniel Okafor
Head of Billing Operations, MedBill Europe GmbH
Hanauer Landstraße 126, 60314 Frankfurt am Main
"""

add(kind="interview_invitation", slug="medbill_free_thursday", lang="en",
    company="MedBill Europe", contact=DANIEL[1],
    key="mb_inv", date="2026-08-18 16:12", tz="eu",
    frm=DANIEL,
    subject="Free Thursday for a chat?",
    text=INV_MEDBILL, layout="plain", charset="utf-8", cte="8bit")

INV_CASCAIS = """\
Hi Renata,

Thanks for applying for the Insurance & Billing Coordinator position at Cascais Dental Partners. We'd like to invite you to a video interview with Sofia Almeida, our Practice Operations Manager.

Date: Tuesday 22 September 2026
Time: 09:30 – 10:15 (Lisbon time)
Video link: https://meet.example.pt/cdp-sofia-almeida

Please reply to this email to confirm, or if you need a different time.

We look forward to speaking with you!

Cascais Dental Partners Hiring Team
"""

add(kind="interview_invitation", slug="cascais_workable_video", lang="en",
    company="Cascais Dental Partners", contact=SOFIA[1],
    key="cd_inv", date="2026-09-14 14:20", tz="utc",
    frm=("Cascais Dental Partners", "noreply@workablemail.com"), reply_to=SOFIA,
    subject="You're invited to a video interview - Insurance & Billing Coordinator",
    text=INV_CASCAIS, layout="alt", look="ats", brand="Cascais Dental Partners",
    accent="#0891b2", charset="utf-8", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")])

INV_ATLAS = """\
Dear Renata,

Congratulations – following your online tests, we would like to invite you to our assessment centre for the Billing Analyst (Spanish) entry programme.

Date: Friday 9 October 2026
Time: arrival at 08:45 for a 09:00 start; we expect to finish by 15:30
Venue: Atlas Health Outsourcing, Calle de Orense 34, 9th floor, 28020 Madrid

The day includes a group case study, a written billing exercise and a one-to-one interview with a team lead. Lunch is provided. The full agenda is attached as a PDF.

Please confirm your attendance by replying to this email by Tuesday 6 October. Travel costs from Valencia can be claimed afterwards with receipts.

Best regards,
Priya Natarajan
Early Careers Recruiter
Atlas Health Outsourcing S.L.U.
Calle de Orense 34, 28020 Madrid
"""

add(kind="interview_invitation", slug="atlas_assessment_centre", lang="en",
    company="Atlas Health Outsourcing", contact=PRIYA[1],
    key="at_inv", date="2026-10-02 10:05", tz="eu",
    frm=PRIYA,
    subject="Assessment centre invitation - Billing Analyst (Spanish), Madrid",
    text=INV_ATLAS, layout="alt", look="simple", charset="utf-8", cte="qp",
    attach=[{"type": "pdf", "filename": "Atlas_Assessment_Centre_Agenda_9Oct.pdf",
             "title": "Assessment centre agenda - 9 October 2026",
             "lines": ["ATLAS HEALTH OUTSOURCING - Assessment centre, 9 October 2026",
                       "08:45  Arrival and sign-in at reception (9th floor)",
                       "09:00  Welcome and introduction to the Billing Analyst programme",
                       "09:30  Group case study: a hospital's rejected claims backlog",
                       "11:00  Written billing exercise (45 minutes)",
                       "12:15  Lunch with current analysts",
                       "13:15  One-to-one interviews with team leads (30 minutes each)",
                       "15:30  Close"]}])

INV_SAINTCLEMENT = """\
Madame,

Suite à votre candidature au poste de technicien(ne) d'information médicale au sein du Département d'information médicale (DIM), j'ai le plaisir de vous convier à un entretien de recrutement.

Date : mardi 30 juin 2026 à 9h30
Lieu : Centre hospitalier Saint-Clément, bâtiment administratif, salle du conseil (1er étage), 180 avenue des Moulins, 34080 Montpellier
Jury : Dr Élise Castan, médecin responsable du DIM ; Mme Aurélie Bonnet, cadre administratif ; moi-même

Merci de vous munir d'une pièce d'identité. Un test écrit de 30 minutes sur le codage CIM-10 précédera l'entretien.

Je vous remercie de bien vouloir confirmer votre présence par retour de courriel.

Veuillez agréer, Madame, mes salutations distinguées.

Nathalie Roux
Chargée de recrutement - Direction des ressources humaines
Centre hospitalier Saint-Clément
Tél. 04 67 10 42 85
"""

add(kind="interview_invitation", slug="saintclement_convocation_ics", lang="fr",
    company="Centre hospitalier Saint-Clément", contact=NATHALIE[1],
    key="sc_inv", date="2026-06-16 14:48", tz="eu",
    frm=NATHALIE,
    subject="Convocation à un entretien - Technicien(ne) d'information médicale (DIM)",
    subj_cs="utf-8/B",
    text=INV_SAINTCLEMENT, layout="alt", look="word", charset="iso-8859-1", cte="qp",
    ics={"uid": "chsc-dim-2026-entretien-07@chsaintclement.example.fr", "seq": 0,
         "start": "2026-06-30 09:30", "end": "2026-06-30 10:30",
         "summary": "Entretien de recrutement – Technicien(ne) d'information médicale",
         "location": "Salle du conseil, bâtiment administratif, 1er étage",
         "organizer": NATHALIE})

INV_RETIRO = """\
Buenos días, Renata:

Te confirmo la entrevista con Sanaris Clínicas para la posición de Responsable de Facturación a Compañías en su nuevo centro de Valencia (Avenida de Francia). Te verán:

- Martes 30 de junio a las 9:00, por videollamada (Microsoft Teams; te reenvío la invitación en cuanto me la manden).
- Entrevistadoras: Cristina Aldana, directora financiera del grupo, y Paloma Rius, directora del centro.

Es una entrevista por competencias de unos 45 minutos. Te recomiendo tener a mano ejemplos concretos de cuando redujiste rechazos de facturación en la clínica de Monterrey; les interesa mucho el tema de las devoluciones de las aseguradoras.

Cualquier duda, llámame.

Beatriz Solana
Socia · Retiro Search Partners
Calle de Alfonso XII 38, 28014 Madrid
M. +34 629 77 18 40
"""

add(kind="interview_invitation", slug="retiro_client_sanaris", lang="es",
    company="Sanaris Clínicas", contact=BEATRIZ[1],
    key="rs_inv", date="2026-06-22 12:12", tz="eu",
    frm=BEATRIZ,
    subject="Entrevista con Sanaris Clínicas – martes 30, 9:00", subj_cs="utf-8/Q",
    text=INV_RETIRO, layout="plain", charset="utf-8", cte="qp")

INV_CONTACTIA = """\
¡Hola Renata!

Nos ha encantado tu perfil y queremos conocerte. Te invitamos a una sesión de selección grupal para la posición de Gestor/a de Facturación a Aseguradoras en nuestras oficinas de Valencia.

📅 Miércoles 16 de septiembre, de 10:00 a 12:30
📍 Contactia Health, Avda. de Aragón 30, planta 7, Valencia

La sesión tiene tres partes: presentación de Contactia y del cliente, un caso práctico en grupo sobre una factura rechazada por una aseguradora y una entrevista individual corta con el equipo.

Por favor, confirma tu plaza con el botón de abajo o respondiendo a este correo.

¡Nos vemos pronto!
Lucía, equipo de Talento de Contactia Health
"""

add(kind="interview_invitation", slug="contactia_group_session", lang="es",
    company="Contactia Health", contact=LUCIA[1],
    key="ct_inv", parent="ct_ack", date="2026-09-09 08:00", tz="utc",
    frm=("Lucía de Contactia Health", "no-reply@teamtailor-mail.com"), reply_to=LUCIA,
    name_cs="utf-8/B",
    subject="Te invitamos a nuestra sesión grupal – Gestor/a de Facturación",
    subj_cs="utf-8/B",
    text=INV_CONTACTIA, layout="alt", look="ats", brand="Contactia Health",
    accent="#db2777", charset="utf-8", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")])

INV_NEXO_SCREEN = """\
¡Hola, Renata! ¿Cómo estás?

Soy Karla Treviño, reclutadora en Nexo Global Services. Vi tu CV para la vacante de Agente de Autorizaciones Médicas y me dio mucho gusto ver que eres de Monterrey y que ya manejaste autorizaciones con aseguradoras mexicanas, justo lo que necesitamos para la cuenta.

¿Te late que platiquemos por teléfono unos 15 minutitos? Yo podría mañana martes a las 11:00 o el miércoles a las 17:00, hora de Madrid. Nomás dime cuál te acomoda y a qué número te marco.

¡Saludos!
Karla Treviño
Reclutadora Sr. | Nexo Global Services
Calle de Alcalá 478, 28027 Madrid
WhatsApp +34 622 71 40 96
"""

add(kind="interview_invitation", slug="nexo_platiquemos", lang="es",
    company="Nexo Global Services", contact=KARLA[1],
    key="t14_screen", date="2026-02-02 18:25", tz="eu",
    frm=KARLA, name_cs="utf-8/B",
    subject="Platiquemos de la vacante de autorizaciones médicas",
    text=INV_NEXO_SCREEN, layout="plain", charset="utf-8", cte="qp")

INV_SONRISA = """\
Buenos días, Renata:

Le escribo desde el departamento de Personas de Grupo Sonrisa Turia. Hemos revisado su candidatura para el puesto de administrativo/a de facturación y seguros dentales en nuestras oficinas centrales y nos gustaría conocerla.

Le propongo una entrevista presencial el lunes 9 de marzo a las 11:00 en Calle de Cirilo Amorós 55, 1.º, Valencia. Estará conmigo la responsable de facturación, Noelia Sanchis.

Le envío la convocatoria en una invitación de calendario; si la acepta, nos llegará la confirmación.

Un saludo,

Vicente Marí Tormo
Técnico de Personas
Grupo Sonrisa Turia
C/ Cirilo Amorós 55, 1.º · 46004 Valencia · 963 51 27 40
"""

add(kind="interview_invitation", slug="sonrisa_outlook_ics", lang="es",
    company="Grupo Sonrisa Turia", contact=VICENTE[1],
    key="st_inv", date="2026-03-02 10:31", tz="eu",
    frm=VICENTE, name_cs="windows-1252/Q",
    subject="Entrevista – Administrativo/a de facturación y seguros dentales",
    subj_cs="windows-1252/Q",
    text=INV_SONRISA, layout="alt", look="word", charset="windows-1252", cte="qp",
    ics={"uid": "040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC01@sonrisaturia",
         "seq": 0, "start": "2026-03-09 11:00", "end": "2026-03-09 12:00",
         "summary": "Entrevista Renata Vogelsang – Administrativo/a facturación",
         "location": "C/ Cirilo Amorós 55, 1.º, sala de reuniones", "organizer": VICENTE,
         "attendees": [CAND, ("Noelia Sanchis", "noelia.sanchis@sonrisaturia.example.es")]},
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])


# =============================================================================================
# interview_reschedule_or_cancel
# =============================================================================================

MOVE_MALVARROSA = """\
Estimada Renata:

Por un cambio en la agenda del Dr. Sanchis, que tiene comisión de dirección el martes por la mañana, necesitamos trasladar su entrevista.

La nueva cita es el viernes 20 de marzo a las 12:30, en la misma sala (Sala Turia, Edificio de Administración, 2.ª planta). El formato no cambia.

La invitación de su calendario se ha actualizado con la nueva hora. Si este horario no le viniera bien, indíquemelo y buscamos alternativa.

Disculpe las molestias.

Amparo Climent Ortí
Técnica de Selección · Dirección de Personas
Hospital Universitario La Malvarrosa
"""

add(kind="interview_reschedule_or_cancel", slug="malvarrosa_sequence1", lang="es",
    company="Hospital Universitario La Malvarrosa", contact=AMPARO[1],
    key="t1_move", parent="t1_inv", date="2026-03-11 09:14", tz="eu",
    frm=AMPARO, name_cs="utf-8/Q",
    subject="Actualizado: Entrevista panel – Técnico/a de Facturación y Codificación",
    subj_cs="utf-8/Q",
    text=MOVE_MALVARROSA, layout="alt", look="word", charset="windows-1252", cte="qp",
    ics={"uid": "malvarrosa-R10482-panel-rvi@hmalvarrosa.example.es", "seq": 1,
         "start": "2026-03-20 12:30", "end": "2026-03-20 13:30",
         "summary": "Entrevista panel – Técnico/a de Facturación y Codificación",
         "location": "Sala Turia, Edificio de Administración, 2.ª planta",
         "organizer": AMPARO},
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

CANCEL_MAINKLINIKUM = """\
Sehr geehrte Frau Vogelsang-Ibáñez,

leider muss ich unser für morgen, Donnerstag, 10:00 Uhr geplantes Gespräch absagen. Frau Dr. Lindner ist kurzfristig erkrankt, und wir möchten das Gespräch nicht ohne die Fachabteilung führen.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald Frau Dr. Lindner wieder im Haus ist, melde ich mich mit einem neuen Terminvorschlag bei Ihnen.

Ich bitte um Ihr Verständnis.

Mit freundlichen Grüßen
Sabine Hartmann
Personalreferentin · Mainklinikum Sachsenhausen
"""

add(kind="interview_reschedule_or_cancel", slug="mainklinikum_cancel_ill", lang="de",
    company="Mainklinikum Sachsenhausen", contact=SABINE[1],
    key="t3_cancel", parent="t3_inv", date="2026-03-11 16:52", tz="eu",
    frm=SABINE,
    subject="Abgesagt: Vorstellungsgespräch Frau Vogelsang-Ibáñez (Patientenabrechnung)",
    subj_cs="iso-8859-1/B",
    text=CANCEL_MAINKLINIKUM, layout="alt", look="word", charset="windows-1252",
    cte="qp",
    ics={"uid": "040000008200E00074C5B7101A82E0080000000090D1C2A5B7A9DC01@mainklinikum",
         "seq": 1, "method": "CANCEL", "start": "2026-03-12 10:00", "end": "2026-03-12 10:45",
         "summary": "Abgesagt: Vorstellungsgespräch Frau Vogelsang-Ibáñez (Patientenabrechnung)",
         "location": "Microsoft Teams-Besprechung", "organizer": SABINE},
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

MISSED_TAGUS = """\
Hi Renata,

Miguel and I were on Teams this morning at 10:00 (Lisbon time) for your interview and waited for about fifteen minutes, but we didn't see you join. I also tried your mobile once, with no answer.

I hope everything is OK - it may have been a calendar or time-zone glitch, so please don't worry too much.

Could you let me know what happened? If you are still interested, reply to this email and I'll see whether we can find another slot.

Best,
Joana

Joana Reis
Talent Partner | Tagus Health Revenue
"""

REPLY_TAGUS_SORRY = """\
Dear Joana,

I am so sorry about this morning. My phone showed the interview at 11:00, which was of course Valencia time, but I had written it in my diary as 11:00 Lisbon time. By the time I saw your email it was too late - entirely my fault for not double-checking.

I am still very interested in the role. I can make myself available any day this week or next, at whatever time suits you and Miguel.

Thank you for your understanding, and my apologies to Miguel as well.

Kind regards,
Renata
"""

MOVE_TAGUS = """\
Hi Renata,

No harm done - these things happen, and thanks for explaining. Miguel can do Tuesday 31 March at 15:00 Lisbon time (16:00 in Valencia), so I've booked your interview for then. Same Teams link as before; the updated invitation is attached.

If that doesn't work, tell me and we'll find something else.

Best,
Joana

""" + quote(REPLY_TAGUS_SORRY + "\n" + quote(
    MISSED_TAGUS, wrote("en", "Tue, 24 Mar 2026 at 10:21", "Joana Reis", JOANA[1])),
    wrote("en", "Tue, 24 Mar 2026 at 11:48", CAND_NAME, CAND_ADDR))

add(kind="interview_reschedule_or_cancel", slug="tagus_new_slot_after_miss", lang="en",
    company="Tagus Health Revenue", contact=JOANA[1],
    key="t2_move", parent="t2_sorry", date="2026-03-25 09:37", tz="pt",
    frm=JOANA,
    subject="Re: We missed you this morning",
    text=MOVE_TAGUS, layout="plain", charset="utf-8", cte="qp",
    ics={"uid": "gh-interview-5fd21c7a@tagusrevenue.example.pt", "seq": 1, "tz": "pt",
         "filename": "interview_31_march.ics", "inline": False,
         "start": "2026-03-31 15:00", "end": "2026-03-31 15:45",
         "summary": "Interview: Renata Vogelsang-Ibáñez – Revenue Cycle Associate",
         "location": "Microsoft Teams", "organizer": JOANA,
         "attendees": [CAND, ("Miguel Tavares", "miguel.tavares@tagusrevenue.example.pt")]})

REPLY_ALFAMA_YES = """\
Hi Tiago,

Thank you for getting in touch. Monday 6 April at 11:00 Lisbon time works well for me. The best number is +34 612 48 90 37.

Best regards,
Renata
"""

MOVE_ALFAMA = """\
Hi Renata,

Apologies - something came up with a client audit on Monday morning, so I need to move our call. Could we do Wednesday 8 April at 11:00 Lisbon time instead? Same number, I'll call you.

Thanks for bearing with me.

Tiago

""" + quote(REPLY_ALFAMA_YES + "\n" + quote(
    INV_ALFAMA, wrote("en", "Wed, 1 Apr 2026 at 10:14", "Tiago Mendes", TIAGO[1])),
    wrote("en", "Wed, 1 Apr 2026 at 18:03", CAND_NAME, CAND_ADDR))

add(kind="interview_reschedule_or_cancel", slug="alfama_recruiter_moves_call", lang="en",
    company="Alfama Claims Solutions", contact=TIAGO[1],
    key="t9_move", parent="t9_yes", date="2026-04-03 08:41", tz="pt",
    frm=TIAGO,
    subject="RE: Quick call about the Claims Coding Analyst role?",
    text=MOVE_ALFAMA, layout="plain", charset="utf-8", cte="qp")

REPLY_SEGURA_YES = """\
¡Hola, Pedro!

Muchas gracias por escribirme. El jueves a las 10:00 me va perfecto; voy a Murcia en el tren de las 7:05, así que prefiero en persona.

Saludos,
Renata
"""

MOVE_SEGURA = """\
Renata, al final el jueves se me complica: tenemos inspección de Sanidad en la clínica de Molina y me toca estar allí toda la mañana.

¿Lo pasamos al lunes 13, también a las 10:00? Si prefieres por la tarde, dime hora.

Perdona el lío.
Pedro

""" + quote(REPLY_SEGURA_YES + "\n" + quote(
    INV_SEGURA, wrote("es", "mar, 7 jul 2026 a las 19:33", "Pedro Abellán", PEDRO[1])),
    wrote("es", "mar, 7 jul 2026 a las 21:10", CAND_NAME, CAND_ADDR))

add(kind="interview_reschedule_or_cancel", slug="segura_moves_to_monday", lang="es",
    company="Clínicas Segura", contact=PEDRO[1],
    key="t13_move", parent="t13_yes", date="2026-07-08 12:14", tz="eu",
    frm=PEDRO, name_cs="iso-8859-1/Q",
    subject="Re: ¿Te va bien el jueves?", subj_cs="iso-8859-1/Q",
    text=MOVE_SEGURA, layout="plain", charset="utf-8", cte="8bit")

MOVE_MEDCODIA = """\
Hola Renata,

Tu jornada de prueba con Medcodia ha cambiado de fecha.

Antes: martes, 1 de septiembre de 2026, 9:30–17:00 (CEST)
Ahora: martes, 8 de septiembre de 2026, 9:30–17:00 (CEST)
Lugar: Calle de Fuencarral 96, 3.º, Madrid

Mensaje de Irene Sáez: «Perdona el cambio: Pablo estará de vacaciones la primera semana de septiembre y prefiero que estés con él. Mismo plan, una semana después.»

Si la nueva fecha no te va bien, responde a este correo y se lo haremos llegar a Irene.

Medcodia · enviado con Ashby
"""

add(kind="interview_reschedule_or_cancel", slug="medcodia_ashby_update", lang="es",
    company="Medcodia", contact=IRENE[1],
    key="t5_move", date="2026-08-27 14:03", tz="utc",
    frm=("Medcodia", "no-reply@ashbyhq.com"), reply_to=IRENE,
    subject="Actualización: tu jornada de prueba pasa al 8 de septiembre",
    subj_cs="utf-8/B",
    text=MOVE_MEDCODIA, layout="alt", look="ats", brand="Medcodia", accent="#111827",
    charset="utf-8", cte="b64",
    ics={"uid": "medcodia-trial-rvi-2026@medcodia.example.es", "seq": 1,
         "start": "2026-09-08 09:30", "end": "2026-09-08 17:00",
         "summary": "Jornada de prueba – Medcodia", "organizer": IRENE,
         "location": "Calle de Fuencarral 96, 3.º, Madrid",
         "prodid": "-//Ashby//Interview Scheduling//EN"},
    headers=[("Auto-Submitted", "auto-generated")])

MOVE_OFS = """\
Bonjour Madame,

M. Granier doit se rendre jeudi à une réunion avec l'ARS et ne pourra pas être présent à notre entretien. Je me permets donc de le reporter au mardi 9 juin, même horaire (14h00-15h00), toujours sur Teams.

Vous trouverez l'invitation mise à jour en pièce jointe. Si cette date ne vous convient pas, n'hésitez pas à me proposer un autre créneau.

Avec toutes mes excuses pour ce changement,

Sandrine Maurel
Responsable Ressources humaines - Occitanie Facturation Santé
"""

add(kind="interview_reschedule_or_cancel", slug="ofsante_report_9_juin", lang="fr",
    company="Occitanie Facturation Santé", contact=SANDRINE[1],
    key="t10_move", parent="t10_inv", date="2026-06-01 09:26", tz="eu",
    frm=SANDRINE,
    subject="Report de notre entretien du 4 juin",
    text=MOVE_OFS, layout="plain", charset="iso-8859-1", cte="qp",
    ics={"uid": "ofs-entretien-rvi-20260604@ofsante.example.fr", "seq": 1, "inline": False,
         "filename": "entretien_reporte.ics",
         "start": "2026-06-09 14:00", "end": "2026-06-09 15:00",
         "summary": "Entretien Renata Vogelsang-Ibáñez – Technicienne de facturation",
         "location": "Réunion Microsoft Teams", "organizer": SANDRINE})

CANCEL_SAINTCLEMENT = """\
Madame,

Je suis au regret de vous informer que l'entretien prévu le mardi 30 juin à 9h30 est annulé : le Dr Castan étant appelée en renfort pour la visite de certification de l'établissement, le jury ne pourra pas se réunir à cette date.

Votre candidature reste bien entendu à l'étude. Je reviendrai vers vous d'ici la mi-juillet pour vous proposer une nouvelle date.

Je vous prie de nous excuser pour ce contretemps.

Nathalie Roux
Chargée de recrutement - DRH
Centre hospitalier Saint-Clément
"""

add(kind="interview_reschedule_or_cancel", slug="saintclement_method_cancel", lang="fr",
    company="Centre hospitalier Saint-Clément", contact=NATHALIE[1],
    key="sc_cancel", parent="sc_inv", date="2026-06-22 17:44", tz="eu",
    frm=NATHALIE,
    subject="Annulation : entretien du 30 juin",
    text=CANCEL_SAINTCLEMENT, layout="alt", look="word", charset="iso-8859-1", cte="qp",
    ics={"uid": "chsc-dim-2026-entretien-07@chsaintclement.example.fr", "seq": 1,
         "method": "CANCEL", "start": "2026-06-30 09:30", "end": "2026-06-30 10:30",
         "summary": "Annulé : Entretien de recrutement – Technicien(ne) d'information médicale",
         "location": "Salle du conseil, bâtiment administratif, 1er étage",
         "organizer": NATHALIE})

MOVE_CODIMED = """\
Hola Renata,

Te escribo para avisarte de un cambio: por obras en nuestra planta, la sesión de evaluación de este jueves 30 de abril no se hará en la oficina, sino en remoto.

Mantenemos el mismo día, pero empezamos a las 9:30 en lugar de a las 9:00. La prueba práctica la harás desde casa con acceso a nuestra plataforma, y la entrevista individual será por Microsoft Teams. Mañana te llegará un correo con los enlaces y el usuario de la plataforma.

Perdona los cambios de última hora.

Un saludo,
Paqui Nicolás
Técnica de RR. HH. · CodiMed Murcia
968 24 77 10
"""

add(kind="interview_reschedule_or_cancel", slug="codimed_moves_online", lang="es",
    company="CodiMed", contact=PAQUI[1],
    key="t8_move", parent="t8_inv", date="2026-04-28 13:50", tz="eu",
    frm=PAQUI, name_cs="utf-8/B",
    subject="Cambio en la sesión de evaluación del jueves: pasa a online",
    subj_cs="utf-8/Q",
    text=MOVE_CODIMED, layout="plain", charset="utf-8", cte="qp")

REQ_IBERSALUD = """\
Estimado Marcos:

Muchas gracias por la invitación. Justo el martes 16 a mediodía tengo cita para la toma de huellas de la TIE en la Oficina de Extranjería y no puedo cambiarla. ¿Sería posible mover la entrevista al miércoles 17 o al jueves 18, a cualquier hora?

Disculpe las molestias y gracias de antemano.

Un saludo cordial,
Renata Vogelsang-Ibáñez
Tel. +34 612 48 90 37
"""

CANCEL_IBERSALUD = """\
Buenos días, Renata:

Gracias por avisar con tiempo. Te escribo porque, además, tenemos que cancelar la entrevista prevista: esta semana se ha abierto una reorganización interna del área de Prestaciones y, hasta que se cierre, hemos congelado las entrevistas de todos los procesos abiertos del departamento.

Tu candidatura sigue activa. En cuanto tengamos claro el nuevo organigrama, te propondré una fecha nueva, probablemente a principios de julio.

Disculpa las molestias.

Un saludo,

Marcos Villalobos Pérez
Responsable de Reembolsos · Ibersalud Seguros
Paseo de la Habana 84, 28036 Madrid
Tel. 91 745 62 18

La información contenida en este correo electrónico es confidencial. Si usted no es el destinatario, le rogamos que lo notifique al remitente y proceda a su eliminación.
"""

add(kind="interview_reschedule_or_cancel", slug="ibersalud_cancel_no_reject", lang="es",
    company="Ibersalud Seguros", contact=MARCOS[1],
    key="ib_cancel", parent="ib_req", date="2026-06-12 10:22", tz="eu",
    frm=MARCOS, name_cs="iso-8859-1/Q",
    subject="Cancelada: Entrevista Técnico/a de Reembolsos (IB-5532)",
    text=CANCEL_IBERSALUD, layout="alt", look="word", charset="windows-1252", cte="qp",
    ics={"uid": "ib-5532-rvi@ibersalud.example.es", "seq": 1, "method": "CANCEL",
         "start": "2026-06-16 12:00", "end": "2026-06-16 12:45",
         "summary": "Cancelada: Entrevista Técnico/a de Reembolsos (IB-5532)",
         "location": "Microsoft Teams", "organizer": MARCOS},
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

MOVE_BLUEHARBOR = """\
Dear Renata,

A quick change to your panel interview: Hugo Ferreira has been asked to join a client meeting on Tuesday morning, so we have moved the interview to Wednesday 22 July, 14:00–15:15 Lisbon time. Same location and format.

The calendar invitation has been updated. If the new time doesn't work for your travel, please let me know and I'll look for alternatives – and of course we'll cover any change fee on your flight.

Kind regards,
Rachel Osei
Talent Acquisition Partner | BlueHarbor Insurance Services
"""

add(kind="interview_reschedule_or_cancel", slug="blueharbor_updated_sequence", lang="en",
    company="BlueHarbor Insurance Services", contact=RACHEL[1],
    key="bh_move", parent="bh_inv", date="2026-07-17 15:09", tz="pt",
    frm=RACHEL,
    subject="Updated invitation: Medical Claims Coder - panel interview (new time)",
    text=MOVE_BLUEHARBOR, layout="alt", look="word", charset="windows-1252", cte="qp",
    ics={"uid": "040000008200E00074C5B7101A82E00800000000F0A1B3C4D5E6DC01@blueharbor",
         "seq": 1, "tz": "pt", "start": "2026-07-22 14:00", "end": "2026-07-22 15:15",
         "summary": "Panel interview – Renata Vogelsang-Ibáñez – Medical Claims Coder",
         "location": "Avenida da Liberdade 190, 4th floor, Room Tejo", "organizer": RACHEL},
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

REPLY_MEDBILL_YES = """\
Hi Daniel,

Thursday at 15:00 works perfectly for me. Looking forward to it!

Best,
Renata
"""

MOVE_MEDBILL = """\
Hi Renata,

Sorry to do this - I've just been pulled into a client go-live on Thursday afternoon. Could we push our chat to Friday, same time (15:00 your time)? Same Zoom link: https://zoom.us/j/98231477560

Thanks for being flexible!
Daniel

""" + quote(REPLY_MEDBILL_YES + "\n" + quote(
    INV_MEDBILL, wrote("en", "Tue, 18 Aug 2026 at 16:12", "Daniel Okafor", DANIEL[1])),
    wrote("en", "Tue, 18 Aug 2026 at 17:40", CAND_NAME, CAND_ADDR))

add(kind="interview_reschedule_or_cancel", slug="medbill_push_to_friday", lang="en",
    company="MedBill Europe", contact=DANIEL[1],
    key="mb_move", parent="mb_yes", date="2026-08-19 09:55", tz="eu",
    frm=DANIEL,
    subject="Re: Free Thursday for a chat?",
    text=MOVE_MEDBILL, layout="plain", charset="utf-8", cte="qp")

MOVE_TEMPORA = """\
Renata, perdona las prisas:

Me acaba de llamar Ramón Gisbert. Mañana tienen auditoría interna y no puede atenderte, así que la entrevista pasa al lunes 23 de febrero a las 12:00, mismo sitio (Colón 22, 5.ª planta).

¿Te viene bien? Contéstame aunque sea con un «ok» para que se lo confirme.

Nuria

""" + quote(INV_TEMPORA, wrote("es", "mié, 18 feb 2026 a las 13:26", NURIA[0], NURIA[1]))

add(kind="interview_reschedule_or_cancel", slug="tempora_client_moved", lang="es",
    company="Mediterránea Salud", contact=NURIA[1],
    key="t6_move", parent="t6_inv", date="2026-02-19 16:05", tz="eu",
    frm=NURIA, name_cs="utf-8/Q",
    subject="Re: Entrevista con Mediterránea Salud - cambio al lunes", subj_cs="utf-8/Q",
    text=MOVE_TEMPORA, layout="plain", charset="utf-8", cte="8bit")

MOVE_SANTAFAZ = """\
Hola Renata:

Te escribo de parte de Lola, que está en casa con gripe y no podrá atenderte mañana miércoles. Me pide que te propongamos el lunes 9 de febrero a la misma hora, las 17:00, aquí en la policlínica.

¿Te viene bien? Si no, dime qué tarde de la semana que viene te cuadra y lo apunto en su agenda.

Gracias y perdona el cambio.

Maite Pastor
Recepción - Policlínica Santa Faz
Avda. de Denia 117, 03015 Alicante · Tel. 965 26 11 80
"""

add(kind="interview_reschedule_or_cancel", slug="santafaz_manager_flu", lang="es",
    company="Policlínica Santa Faz", contact=MAITE[1],
    key="sf_move", parent="sf_inv", date="2026-02-03 10:02", tz="eu",
    frm=MAITE,
    subject="Cambio de día: entrevista con Lola Berenguer",
    text=MOVE_SANTAFAZ, layout="plain", charset="iso-8859-1", cte="8bit")

CANCEL_SONRISA = """\
Buenos días, Renata:

Lamento tener que anular la entrevista del lunes 9 a las 11:00. Noelia Sanchis estará de baja las próximas dos semanas y queremos que sea ella quien la conozca, ya que usted formaría parte de su equipo.

No descartamos en absoluto su candidatura: en cuanto Noelia se reincorpore, la llamaremos para fijar una nueva fecha.

Gracias por su comprensión.

Vicente Marí Tormo
Técnico de Personas · Grupo Sonrisa Turia
"""

add(kind="interview_reschedule_or_cancel", slug="sonrisa_cancel_call_back", lang="es",
    company="Grupo Sonrisa Turia", contact=VICENTE[1],
    key="st_cancel", parent="st_inv", date="2026-03-05 08:47", tz="eu",
    frm=VICENTE, name_cs="windows-1252/Q",
    subject="Cancelada: Entrevista – Administrativo/a de facturación y seguros dentales",
    subj_cs="windows-1252/Q",
    text=CANCEL_SONRISA, layout="alt", look="word", charset="windows-1252", cte="qp",
    ics={"uid": "040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC01@sonrisaturia",
         "seq": 1, "method": "CANCEL", "start": "2026-03-09 11:00", "end": "2026-03-09 12:00",
         "summary": "Cancelada: Entrevista Renata Vogelsang – Administrativo/a facturación",
         "location": "C/ Cirilo Amorós 55, 1.º, sala de reuniones", "organizer": VICENTE},
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])


# =============================================================================================
# missed_interview_notice
# =============================================================================================

add(kind="missed_interview_notice", slug="tagus_waited_on_teams", lang="en",
    company="Tagus Health Revenue", contact=JOANA[1],
    key="t2_miss", parent="t2_inv", date="2026-03-24 10:21", tz="pt",
    frm=JOANA,
    subject="We missed you this morning",
    text=MISSED_TAGUS, layout="plain", charset="utf-8", cte="7bit")

MISSED_LEZ = """\
Bonjour Madame,

Comme convenu, j'ai essayé de vous joindre ce matin à 10h, puis de nouveau à 10h15, au +34 612 48 90 37, mais je suis tombée à chaque fois sur votre messagerie. Je vous ai laissé un message vocal.

Je suppose qu'un imprévu vous a empêchée de répondre. Pouvez-vous me dire si vous souhaitez toujours poursuivre le processus ? Le cas échéant, indiquez-moi vos disponibilités pour un nouvel appel.

Cordialement,

Claire Fabre
Chargée de recrutement - Clinique du Lez
Tél. 04 67 33 50 12

""" + quote(INV_LEZ, wrote("fr", "mar. 5 mai 2026 à 11:17", CLAIRE[0], CLAIRE[1]))

add(kind="missed_interview_notice", slug="lez_called_twice", lang="fr",
    company="Clinique du Lez", contact=CLAIRE[1],
    key="t4_miss", parent="t4_inv", date="2026-05-07 10:31", tz="eu",
    frm=CLAIRE,
    subject="Notre appel de ce matin",
    text=MISSED_LEZ, layout="plain", charset="iso-8859-1", cte="qp")

MISSED_AZRM = """\
Sehr geehrte Frau Vogelsang-Ibáñez,

wie vergangene Woche per E-Mail vereinbart, habe ich Sie heute um 14:00 Uhr unter der Nummer +34 612 48 90 37 angerufen, um das telefonische Vorgespräch zu führen. Leider konnte ich Sie weder um 14:00 Uhr noch bei einem zweiten Versuch um 14:10 Uhr erreichen.

Falls etwas dazwischengekommen ist, geben Sie mir bitte kurz Bescheid. Ich kann Ihnen gern einen neuen Termin in der kommenden Woche anbieten.

Mit freundlichen Grüßen
Jonas Weber
Recruiting & Personalentwicklung
Abrechnungszentrum Rhein-Main GmbH
Mainzer Landstraße 301 · 60326 Frankfurt am Main
Tel. +49 69 9150 2270
"""

add(kind="missed_interview_notice", slug="azrm_not_reachable_14h", lang="de",
    company="Abrechnungszentrum Rhein-Main", contact=JONAS[1],
    key="t12_miss", date="2026-03-19 14:36", tz="eu",
    frm=JONAS,
    subject="Unser Telefontermin heute um 14 Uhr",
    text=MISSED_AZRM, layout="plain", charset="iso-8859-1", cte="qp")

MISSED_NEXO = """\
Hola Renata,

Hoy a las 16:00 Óscar y yo te estuvimos esperando en la sala de Zoom de tu entrevista, la que reservaste el jueves, pero no te conectaste. Te marqué dos veces al celular y me mandó directo a buzón.

Espero que todo esté bien. ¿Me platicas qué pasó? Si sigues interesada en la vacante, veo si Óscar tiene otro espacio esta semana, aunque ya nos quedan pocos lugares.

Saludos,
Karla Treviño
Reclutadora Sr. | Nexo Global Services
"""

add(kind="missed_interview_notice", slug="nexo_zoom_no_show", lang="es",
    company="Nexo Global Services", contact=KARLA[1],
    key="t14_miss", parent="t14_book", date="2026-02-16 16:41", tz="eu",
    frm=KARLA, name_cs="iso-8859-1/B",
    subject="No te vimos en la entrevista de hoy",
    text=MISSED_NEXO, layout="plain", charset="utf-8", cte="qp")

MISSED_HUERTA = """\
Estimada Sra. Vogelsang-Ibáñez:

Le informamos de que no consta su presencia en la prueba práctica de la bolsa de codificación celebrada hoy, 19 de mayo, a las 9:00 en el Aula 3 del Pabellón Docente, a la que había sido convocada.

Si su ausencia se debió a una causa de fuerza mayor debidamente justificada (enfermedad, hospitalización, deber inexcusable), puede presentar la documentación acreditativa en el plazo de tres días hábiles a contar desde mañana, respondiendo a este correo o en el Registro General del hospital.

Atentamente,
Encarnación Ruiz Manzanera
Unidad de Selección y Provisión
"""

add(kind="missed_interview_notice", slug="huerta_incomparecencia", lang="es",
    company="Hospital Virgen de la Huerta", contact=ENCARNA[1],
    key="vh_miss", parent="vh_inv", date="2026-05-19 13:15", tz="eu",
    frm=ENCARNA, name_cs="windows-1252/Q",
    subject="Incomparecencia a la prueba práctica del 19 de mayo",
    text=MISSED_HUERTA, layout="plain", charset="windows-1252", cte="8bit")

MISSED_RETIRO = """\
Renata:

Me acaba de llamar Cristina Aldana, de Sanaris. Ella y Paloma te han estado esperando en la reunión de Teams desde las 9:00 hasta las 9:20 y no te has conectado. Te he llamado dos veces al móvil y lo tenías apagado.

Necesito saber qué ha ocurrido para poder explicárselo al cliente. Llámame en cuanto leas esto, por favor.

Beatriz
"""

add(kind="missed_interview_notice", slug="retiro_client_waited", lang="es",
    company="Sanaris Clínicas", contact=BEATRIZ[1],
    key="rs_miss", parent="rs_inv", date="2026-06-30 09:34", tz="eu",
    frm=BEATRIZ,
    subject="¿Qué ha pasado esta mañana?", subj_cs="iso-8859-1/Q",
    text=MISSED_RETIRO, layout="plain", charset="utf-8", cte="8bit")

MISSED_CASCAIS = """\
Dear Renata,

I logged into our video call at 09:30 this morning as planned and stayed until 09:50, but unfortunately you didn't join, and there was no message from you in the meantime.

If something unexpected came up, please let me know. I'd also appreciate it if you could confirm whether you're still interested in the Insurance & Billing Coordinator role.

Kind regards,
Sofia Almeida
Practice Operations Manager
Cascais Dental Partners
"""

add(kind="missed_interview_notice", slug="cascais_did_not_join", lang="en",
    company="Cascais Dental Partners", contact=SOFIA[1],
    key="cd_miss", parent="cd_inv", date="2026-09-22 10:03", tz="pt",
    frm=SOFIA,
    subject="Our video interview this morning",
    text=MISSED_CASCAIS, layout="plain", charset="utf-8", cte="7bit")

MISSED_ATLAS = """\
Dear Renata,

We were expecting you at our assessment centre in Madrid this morning, but you did not sign in at reception, and we were not able to reach you on the number in your application before the group exercise began at 09:00.

We hope all is well. If you missed the day for a reason outside your control, please get in touch within the next week and we will see whether a place is available at the November session.

Best regards,
Priya Natarajan
Early Careers Recruiter | Atlas Health Outsourcing
"""

add(kind="missed_interview_notice", slug="atlas_no_sign_in", lang="en",
    company="Atlas Health Outsourcing", contact=PRIYA[1],
    key="at_miss", parent="at_inv", date="2026-10-09 12:40", tz="eu",
    frm=PRIYA,
    subject="We didn't see you at the assessment centre today",
    text=MISSED_ATLAS, layout="alt", look="simple", charset="utf-8", cte="qp")

MISSED_MARINA = """\
Hola, Renata:

Hoy te he llamado a las 11:00, tal como quedamos por correo, para hacerte la entrevista telefónica del puesto de administrativa de facturación. No lo has cogido; he vuelto a probar a las 11:15 y tampoco.

¿Quieres que lo intentemos otro día? Esta semana solo me queda libre el viernes a primera hora; la semana que viene estoy de vacaciones.

Un saludo,
Rosa Llinares
Administración - Clínica Oftalmológica Marina Baixa
Av. Alfonso Puchades 21, 03503 Benidorm · 966 80 33 41
"""

add(kind="missed_interview_notice", slug="marinabaixa_two_calls", lang="es",
    company="Clínica Oftalmológica Marina Baixa", contact=ROSA[1],
    key="mbx_miss", date="2026-08-12 11:24", tz="eu",
    frm=ROSA,
    subject="Llamada de las 11:00",
    text=MISSED_MARINA, layout="plain", charset="iso-8859-1", cte="qp")

MISSED_CASTELLANA = """\
Buenos días, Renata:

Ayer, martes 23 de junio, teníamos programada contigo a las 16:30 la entrevista por Teams para el puesto de Administrativo/a de Facturación a Aseguradoras (Ref. 2026-ADM-0311). Estuvimos conectados la coordinadora de facturación y yo hasta las 16:50, pero no llegaste a entrar en la reunión.

Entendemos que pueden surgir imprevistos. Si quieres seguir en el proceso, respóndeme antes del viernes indicando qué ocurrió y miraremos si es posible encontrar otro hueco.

Un saludo,

Gonzalo Prieto Lasheras
Técnico de Selección
Grupo Hospitalario Castellana
Paseo de la Castellana 212, 28046 Madrid

Este mensaje puede contener información confidencial sometida a secreto profesional. Si no es usted su destinatario, le rogamos que lo comunique al remitente y lo borre.
"""

add(kind="missed_interview_notice", slug="castellana_teams_yesterday", lang="es",
    company="Grupo Hospitalario Castellana", contact=GONZALO[1],
    key="t11_miss", date="2026-06-24 09:08", tz="eu",
    frm=GONZALO,
    subject="Entrevista de ayer – Administrativo/a de Facturación a Aseguradoras",
    subj_cs="windows-1252/Q",
    text=MISSED_CASTELLANA, layout="alt", look="word", charset="windows-1252", cte="qp",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])
