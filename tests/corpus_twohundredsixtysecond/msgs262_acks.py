"""Corpus 262, kinds `application_received` (21: 11 es, 5 en, 3 de, 2 fr) and `offer`
(10: 5 es, 2 en, 2 de, 1 fr). Hand-written."""

from __future__ import annotations

from msgs262_common import reply
from msgs262_other import MC_APPLICATION, MC_REC

FLOTARUTA_REC = ("Lucía Ferrer Bosch", "lucia.ferrer@flotaruta.example.es")
TEMPO_REC = ("Nuria Castelló", "nuria.castello@tempolaboral.example.es")
HARBOUR_REC = ("Daniel Okafor", "daniel.okafor@harbourline.example.nl")
PWS_REC = ("Selin Arslan", "s.arslan@personalwerk-sued.example.de")

MC_ACK = """Buenos días, Fernando:

Gracias por tu correo y por el interés en Movilidad Castellón. Te confirmo que hemos recibido tu candidatura y el CV para el puesto de Coordinador de Flota de la nueva línea al aeropuerto.

Cerramos la recepción de candidaturas el 16 de enero; a partir de esa fecha el equipo revisará todos los perfiles y contactaremos con las personas preseleccionadas.

Un saludo,

Pilar Esteve
Recursos Humanos · Movilidad Castellón
Avda. del Mar 19, 12003 Castelló de la Plana · 964 22 80 41
"""

TEMPO_SIG = """Nuria Castelló
Consultora de selección · TempoLaboral ETT
Oficina Valencia Centro · C/ Colón 60, 46004 València
Tel. 960 45 71 30 · nuria.castello@tempolaboral.example.es"""

RECEIVED: list[dict] = [
    # ------------------------------------------------------------ es 1-11
    {
        "name": "workday_flotaruta",
        "kind": "application_received", "lang": "es", "company": "Flotaruta",
        "key": "A_ack",
        "frm": ("Flotaruta", "flotaruta@myworkday.com"),
        "subject": "Hemos recibido tu candidatura – Coordinador/a de Flota (JR-2026-0113)",
        "date": "2026-01-20 13:02 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_only": True,
        "shell": ("ats", "Flotaruta · Empleo", "#0b7285",
                  "Flotaruta Rent a Car, S.L.U. · Este buzón no admite respuestas."),
        "text": """Hola Fernando:

Gracias por tu interés en Flotaruta. Hemos recibido correctamente tu candidatura para el puesto Coordinador/a de Flota – Aeropuerto de Valencia (JR-2026-0113).

Nuestro equipo de selección revisará tu perfil en las próximas semanas. Debido al elevado número de solicitudes, lamentablemente no podemos responder individualmente a cada candidatura; si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Puedes consultar el estado de tu candidatura en el portal de empleo: https://flotaruta.wd3.myworkday.com/es-ES/Flotaruta_Careers/userHome

Gracias de nuevo,
Talent Acquisition · Flotaruta
""",
    },
    {
        "name": "human_ack_autobuses_turia",
        "kind": "application_received", "lang": "es", "company": "Autobuses Turia",
        "contact": "rmartinez@autobusesturia.example.es",
        "key": "B_ack", "parent": "ext_own_app_turia",
        "frm": ("Rosa Martínez Albert", "rmartinez@autobusesturia.example.es"),
        "subject": "RE: Candidatura Coordinador de Tráfico",
        "date": "2026-01-12 11:48 +0100",
        "text": """Buenos días, Sr. Aguilar-Nakamura:

Le confirmo que hemos recibido su CV y la carta de presentación para el puesto de Coordinador de Tráfico de nuestras cocheras de Fuente San Luis.

Estamos en la fase de recepción de candidaturas. En cuanto terminemos la primera revisión, que prevemos para finales de la semana que viene, le diremos algo.

Atentamente,

Rosa Martínez Albert
Técnica de Selección · Autobuses Turia
Carrer de Sant Vicent Màrtir 212, 46007 València
Tel. 963 21 44 80

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y elimínelo. Autobuses Turia, S.A. tratará sus datos personales con la finalidad de gestionar el proceso de selección.
""",
    },
    {
        "name": "agency_registration_tempolaboral",
        "kind": "application_received", "lang": "es", "company": "TempoLaboral",
        "contact": TEMPO_REC[1],
        "key": "F_reg",
        "frm": TEMPO_REC,
        "subject": "Bienvenido a TempoLaboral: tu alta en nuestra bolsa de empleo",
        "date": "2026-01-08 12:30 +0100",
        "shell": ("simple",),
        "text": """Hola Fernando:

Gracias por pasarte ayer por la oficina. Ya estás dado de alta en nuestra bolsa de empleo con tu CV, tu permiso de trabajo y el carné B escaneados.

Te he marcado para ofertas de coordinación de tráfico, jefe de equipo en almacén y conducción de furgoneta en Valencia y Castellón. Cuando alguna empresa cliente busque un perfil como el tuyo, te llamaré antes de enviar tu candidatura.

Recuerda que puedes actualizar tu disponibilidad desde el área de candidatos.

Un saludo,

""" + TEMPO_SIG,
    },
    {
        "name": "smartrecruiters_albufera",
        "kind": "application_received", "lang": "es", "company": "Automóviles Albufera",
        "key": "I_ack",
        "frm": ("Automóviles Albufera", "noreply@smartrecruiters.com"),
        "subject": "Automóviles Albufera: confirmación de tu solicitud",
        "date": "2026-03-09 16:41 +0100",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Automóviles Albufera", "#1c3d6e",
                  "Enviado a través de SmartRecruiters en nombre de Automóviles Albufera."),
        "text": """Hola Fernando,

¡Gracias por enviar tu solicitud para Coordinador/a de Flota Interna – Planta de Almussafes!

Este correo confirma que la hemos recibido. Nuestro equipo de Recursos Humanos la está revisando junto con el resto de solicitudes y te escribiremos para informarte de los siguientes pasos.

Mientras tanto, puedes seguir el estado de tu solicitud en tu cuenta de candidato.

Un saludo,
Equipo de Talento · Automóviles Albufera
""",
    },
    {
        "name": "ack_benacantil_latin1_qp",
        "kind": "application_received", "lang": "es", "company": "Logística Benacantil",
        "contact": "marta.soler@benacantil-log.example.es",
        "key": "BN_ack",
        "frm": ("Marta Soler Pastor", "marta.soler@benacantil-log.example.es"),
        "subject": "Recepción de candidatura: Coordinador/a de flota de reparto",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-02-20 10:14 +0100",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": """Estimado Fernando:

Acusamos recibo de su candidatura para el puesto de Coordinador/a de flota de reparto en nuestra plataforma de Alicante (Polígono de Las Atalayas).

Su currículum ha pasado a la fase de valoración. Si su perfil resulta preseleccionado, recibirá una convocatoria para la siguiente fase del proceso en un plazo aproximado de tres semanas.

Le agradecemos la confianza depositada en Logística Benacantil.

Reciba un cordial saludo,

Marta Soler Pastor
Responsable de Personas
Logística Benacantil, S.L. · C/ del Marco 14, Pol. Las Atalayas, 03114 Alicante
Tel. 965 10 77 82
""",
    },
    {
        "name": "workday_alquila_levante",
        "kind": "application_received", "lang": "es", "company": "Alquila Levante",
        "key": "AL_ack",
        "frm": ("Alquila Levante", "alquilalevante@myworkday.com"),
        "subject": "Alquila Levante – Solicitud recibida: Jefe/a de Base Aeropuerto Alicante",
        "date": "2026-03-02 08:20 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Alquila Levante", "#e8590c",
                  "Mensaje automático. Alquila Levante Rent, S.L. · Av. de Elche 112, 03008 Alicante."),
        "text": """Hola Fernando Aguilar-Nakamura:

Confirmamos la recepción de tu solicitud para el puesto Jefe/a de Base – Aeropuerto de Alicante-Elche (R-0417).

¿Y ahora qué? Nuestro equipo revisará tu solicitud frente a los requisitos del puesto. El proceso suele durar entre cuatro y seis semanas. Te mantendremos informado del estado a través de tu cuenta.

Gracias por pensar en Alquila Levante para tu próximo paso profesional.
""",
    },
    {
        "name": "smartrecruiters_cargo_diagonal",
        "kind": "application_received", "lang": "es", "company": "Cargo Diagonal",
        "contact": "jordi.puig@cargodiagonal.example.es",
        "key": "CD_ack",
        "frm": ("Jordi Puig de Cargo Diagonal", "noreply@smartrecruiters.com"),
        "reply_to": ("Jordi Puig", "jordi.puig@cargodiagonal.example.es"),
        "subject": "Gracias por tu candidatura a Cargo Diagonal",
        "date": "2026-03-16 18:05 +0100",
        "shell": ("ats", "Cargo Diagonal", "#2b8a3e"),
        "text": """Hola Fernando:

Soy Jordi, del equipo de Talent Acquisition de Cargo Diagonal. Te escribo para confirmarte que tu candidatura a Fleet Coordinator – Zona Franca (Barcelona) nos ha llegado bien.

Esta semana y la siguiente estamos revisando perfiles con el responsable de operaciones. Si tienes cualquier duda sobre el puesto, puedes responder directamente a este correo y me llegará a mí.

Gracias,
Jordi Puig
Talent Acquisition · Cargo Diagonal
""",
    },
    {
        "name": "ett_registration_plantilla_cp1252",
        "kind": "application_received", "lang": "es", "company": "Grupo Plantilla",
        "contact": "isanchez@grupoplantilla.example.es",
        "frm": ("Irene Sánchez Ruiz", "isanchez@grupoplantilla.example.es"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Tu inscripción en Grupo Plantilla (oficina de Murcia)",
        "date": "2026-04-14 13:37 +0200",
        "charset": "windows-1252",
        "text": """Hola, Fernando:

Te confirmo que hemos completado tu inscripción como candidato en la oficina de Murcia de Grupo Plantilla. Tu expediente queda registrado con el número MU-26-04417.

Hemos anotado tus preferencias: coordinación de flotas, tráfico de viajeros y logística, con disponibilidad para trasladarte a la Región de Murcia y salario mínimo de 24.000 € brutos anuales.

Cuando tengamos una vacante que encaje, te llamaremos al móvil que nos diste. Por favor, avísanos si cambias de número o de disponibilidad.

Un saludo,

Irene Sánchez Ruiz
Técnica de selección – Grupo Plantilla ETT, S.L.
Gran Vía Escultor Salzillo 21, 30005 Murcia
968 90 14 25
""",
    },
    {
        "name": "human_ack_movilidad_castellon_reply",
        "kind": "application_received", "lang": "es", "company": "Movilidad Castellón",
        "contact": MC_REC[1],
        "key": "MC_ack", "parent": "MC_app",
        "frm": MC_REC,
        "subject": "Re: Candidatura: Coordinador de Flota (línea Castellón–Aeropuerto)",
        "date": "2026-01-07 09:55 +0100",
        "text": reply(MC_ACK, "es", "lun, 5 ene 2026 a las 9:31", ("Fernando Aguilar-Nakamura",
                      "fernando.an@example.mx"), MC_APPLICATION),
    },
    {
        "name": "teamtailor_mediterranea",
        "kind": "application_received", "lang": "es", "company": "Mediterránea de Autocares",
        "key": "MA_ack",
        "frm": ("Mediterránea de Autocares", "no-reply@teamtailor-mail.com"),
        "subject": "¡Gracias por tu candidatura, Fernando!",
        "date": "2026-05-11 21:14 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Mediterránea de Autocares", "#5f3dc4",
                  "Powered by Teamtailor · Gestiona tus datos en la página de empleo."),
        "text": """¡Hola Fernando!

Nos alegra mucho que quieras unirte a Mediterránea de Autocares. Hemos recibido tu candidatura para Coordinador/a de Operaciones – Base de Benidorm.

Revisaremos tu perfil con calma y te contaremos cómo seguimos. Mientras tanto, puedes conocer mejor al equipo en nuestra página de empleo: https://carreras.mediterranea-autocares.example.es

¡Un saludo!
Mediterránea de Autocares
""",
    },
    {
        "name": "ack_transregio_base64",
        "kind": "application_received", "lang": "es", "company": "Grupo Transregio",
        "contact": "brenda.garza@transregio.example.mx",
        "key": "T_ack",
        "frm": ("Brenda Garza", "brenda.garza@transregio.example.mx"),
        "subject": "Recibimos tu solicitud – Coordinador de flota, hub Valencia",
        "date": "2026-07-20 09:40 -0600",
        "cte": "base64",
        "shell": ("simple",),
        "text": """Hola Fernando, buen día.

Te escribo para avisarte que recibimos tu solicitud para la vacante de Coordinador de flota del nuevo hub de Grupo Transregio en Valencia. Nos dio gusto ver que también eres de Monterrey.

Ahorita estamos juntando los currículums; en unas dos semanas te contactamos para contarte cómo sigue el proceso.

Saludos cordiales,

Lic. Brenda Garza Villarreal
Atracción de Talento · Grupo Transregio
Av. Constitución 2050 Pte., Monterrey, N.L. · +52 81 8340 1120
""",
    },
    # ------------------------------------------------------------ en 12-16
    {
        "name": "greenhouse_maasport",
        "kind": "application_received", "lang": "en", "company": "Maasport Logistics",
        "key": "C_ack",
        "frm": ("Maasport Logistics", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to Maasport Logistics",
        "date": "2026-03-03 09:12 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Maasport Logistics", "#0c8599"),
        "text": """Hi Fernando,

Thanks for applying for the Fleet Coordinator – Waalhaven Yard role at Maasport Logistics. Your application has been received and will be reviewed by our hiring team.

If your experience is a good match, a member of our talent team will reach out to discuss next steps.

Best,
Maasport Logistics Talent Team
""",
    },
    {
        "name": "lever_erasmus_car_hire",
        "kind": "application_received", "lang": "en", "company": "Erasmus Car Hire",
        "key": "EC_ack",
        "frm": ("Erasmus Car Hire", "no-reply@hire.lever.co"),
        "subject": "Your application to Erasmus Car Hire",
        "date": "2026-08-03 14:55 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Erasmus Car Hire", "#364fc7",
                  "Sent via Lever. Please do not reply to this email."),
        "text": """Hi Fernando,

Thank you for your interest in the Station Fleet Coordinator position at Erasmus Car Hire, Rotterdam Centraal. We have received your application.

We receive a large number of applications and unfortunately we're unable to respond to every applicant individually. If your background fits what we're looking for, we'll be in touch within three weeks.

Thanks again,
The Erasmus Car Hire recruiting team
""",
    },
    {
        "name": "icims_voltera",
        "kind": "application_received", "lang": "en", "company": "Voltera Motors",
        "key": "V_ack",
        "frm": ("Voltera Motors Careers", "noreply@icims.com"),
        "subject": "Voltera Motors – Application Received: Fleet Operations Coordinator (Req 4410)",
        "date": "2026-06-04 16:20 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Fernando Aguilar-Nakamura,

Thank you for applying for the position of Fleet Operations Coordinator (Requisition 4410) at our Rotterdam distribution centre.

This message confirms that your application is complete and has been submitted to our talent acquisition team. You may log in to the Voltera Motors career portal at any time to review your application status.

Sincerely,
Voltera Motors Talent Acquisition

This email was sent from an unmonitored mailbox.
""",
    },
    {
        "name": "ashby_tallis",
        "kind": "application_received", "lang": "en", "company": "Tallis Mobility",
        "key": "TA_ack",
        "frm": ("Tallis Mobility", "no-reply@ashbyhq.com"),
        "subject": "We got your application!",
        "date": "2026-05-08 10:03 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Tallis Mobility", "#212529"),
        "text": """Hi Fernando,

Thanks for applying to the Fleet Operations Lead (Barcelona) role at Tallis Mobility! We've got your application and our team will take a look.

We try to get back to everyone within 10 working days.

Cheers,
Tallis Mobility Recruiting
""",
    },
    {
        "name": "agency_registration_harbourline",
        "kind": "application_received", "lang": "en", "company": "Harbourline Search",
        "contact": HARBOUR_REC[1],
        "key": "J_reg",
        "frm": HARBOUR_REC,
        "subject": "Welcome to Harbourline Search – your registration",
        "date": "2026-07-01 11:26 +0200",
        "text": """Hi Fernando,

Great speaking with you this morning. This is to confirm that you're now registered with Harbourline Search and that I have your CV, right-to-work details and salary expectations on file.

As discussed, I'll only submit your profile to a client after checking with you first. I'll be in touch as soon as something in fleet or transport coordination comes up in the Rotterdam area.

Best regards,

Daniel Okafor
Consultant, Supply Chain & Logistics
Harbourline Search B.V. | Wilhelminakade 91, 3072 AP Rotterdam
+31 10 555 0142
""",
    },
    # ------------------------------------------------------------ de 17-19
    {
        "name": "personio_neckar_mobil",
        "kind": "application_received", "lang": "de", "company": "Neckar Mobil",
        "key": "D_ack",
        "frm": ("Neckar Mobil", "noreply@personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung",
        "date": "2026-04-07 08:51 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Neckar Mobil", "#c92a2a"),
        "text": """Hallo Herr Aguilar-Nakamura,

vielen Dank für Ihre Bewerbung als Fuhrparkkoordinator (m/w/d) in Stuttgart-Feuerbach. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

Viele Grüße
Ihr Recruiting-Team von Neckar Mobil
""",
    },
    {
        "name": "successfactors_feuerbach",
        "kind": "application_received", "lang": "de", "company": "Karosseriewerke Feuerbach",
        "key": "H_ack",
        "frm": ("Karosseriewerke Feuerbach Karriere", "noreply@successfactors.eu"),
        "subject": "Ihre Bewerbung: Koordinator Werksfuhrpark (m/w/d) – Job-ID 70412",
        "date": "2026-05-05 15:30 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_only": True,
        "shell": ("ats", "Karosseriewerke Feuerbach", "#343a40",
                  "Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht."),
        "text": """Sehr geehrter Herr Aguilar-Nakamura,

wir freuen uns über Ihr Interesse an der Karosseriewerke Feuerbach und bedanken uns für Ihre Online-Bewerbung auf die Position Koordinator Werksfuhrpark (m/w/d), Job-ID 70412.

Ihre Unterlagen sind vollständig bei uns eingegangen und werden nun von der Fachabteilung geprüft. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Karosseriewerke Feuerbach GmbH
""",
    },
    {
        "name": "softgarden_schwabenlogistik",
        "kind": "application_received", "lang": "de", "company": "Schwabenlogistik",
        "key": "SL_ack",
        "frm": ("Schwabenlogistik", "noreply@softgarden.io"),
        "subject": "Wir haben Ihre Bewerbung erhalten – Disponent Fuhrpark",
        "date": "2026-06-01 19:12 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Schwabenlogistik", "#e67700"),
        "text": """Guten Tag Herr Aguilar-Nakamura,

herzlichen Dank für Ihre Bewerbung als Disponent Fuhrpark (m/w/d) am Standort Kornwestheim.

Ihre Unterlagen sind sicher bei uns angekommen. Wegen der großen Zahl an Zuschriften können wir leider nicht jede Bewerbung sofort persönlich beantworten; Sie hören aber in jedem Fall von uns.

Freundliche Grüße
Personalabteilung Schwabenlogistik
""",
    },
    # ------------------------------------------------------------ fr 20-21
    {
        "name": "teamtailor_phocea",
        "kind": "application_received", "lang": "fr", "company": "Phocéa Logistique",
        "key": "K_ack",
        "frm": ("Phocéa Logistique", "no-reply@teamtailor-mail.com"),
        "subject": "Merci pour votre candidature chez Phocéa Logistique",
        "date": "2026-08-03 10:47 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Phocéa Logistique", "#1864ab"),
        "text": """Bonjour Fernando,

Merci d'avoir postulé au poste de Coordinateur de flotte H/F sur notre plateforme de Marseille-Fos.

Nous avons bien reçu votre candidature. Notre équipe RH va l'étudier avec attention et reviendra vers vous dans les meilleurs délais.

À très vite,
L'équipe recrutement de Phocéa Logistique
""",
    },
    {
        "name": "recruitee_location_vieux_port",
        "kind": "application_received", "lang": "fr", "company": "Location Vieux-Port",
        "key": "LV_ack",
        "frm": ("Location Vieux-Port", "location-vieux-port@jobs.recruitee.com"),
        "subject": "Candidature reçue : Responsable d'agence adjoint H/F",
        "date": "2026-06-22 12:12 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "charset": "iso-8859-1",
        "shell": ("ats", "Location Vieux-Port", "#087f5b"),
        "text": """Bonjour Fernando,

Nous accusons réception de votre candidature au poste de Responsable d'agence adjoint H/F (agence Gare Saint-Charles).

Chaque dossier est lu par un membre de notre équipe. En raison du nombre important de candidatures, il ne nous est malheureusement pas possible de répondre à chacun individuellement avant la clôture de l'annonce, le 15 juillet.

Cordialement,
Location Vieux-Port
""",
    },
]

OFFERS: list[dict] = [
    # ------------------------------------------------------------ es 1-5
    {
        "name": "formal_offer_flotaruta_pdf",
        "kind": "offer", "lang": "es", "company": "Flotaruta", "contact": FLOTARUTA_REC[1],
        "key": "A_offer", "parent": "A_thanks",
        "frm": FLOTARUTA_REC,
        "cc": [("Álvaro Peris", "alvaro.peris@flotaruta.example.es")],
        "subject": "Oferta de empleo – Coordinador de Flota Aeropuerto de Valencia",
        "date": "2026-02-26 12:15 +0100",
        "shell": ("outlook",),
        "text": """Hola Fernando:

En nombre de todo el equipo, me alegra mucho comunicarte que queremos ofrecerte el puesto de Coordinador de Flota en nuestra base del Aeropuerto de Valencia.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, salario bruto anual de 28.500 € en 14 pagas, jornada completa en turnos de mañana y tarde, y fecha de incorporación prevista el lunes 16 de marzo.

Para aceptarla, basta con que nos devuelvas la carta firmada antes del viernes 6 de marzo. Si quieres comentar cualquier punto, llámame cuando te venga bien.

¡Esperamos tenerte pronto con nosotros!

Lucía Ferrer Bosch
People Partner · Flotaruta
Camino de Moncada 41, 46025 València · +34 961 30 52 77

Este correo electrónico y, en su caso, cualquier fichero anexo contiene información confidencial exclusivamente dirigida a su destinatario. Flotaruta Rent a Car, S.L.U. – CIF B00000000.
""",
        "pdfs": [{"filename": "Carta_oferta_F_Aguilar-Nakamura.pdf",
                  "title": "Flotaruta - Carta de oferta",
                  "lines": ["Valencia, 26 de febrero de 2026",
                            "Estimado Sr. Fernando Aguilar-Nakamura:",
                            "Nos complace ofrecerle el puesto de Coordinador de Flota, Base Aeropuerto de Valencia.",
                            "Contrato indefinido. Salario bruto anual: 28.500 EUR en 14 pagas.",
                            "Incorporacion: 16 de marzo de 2026. Periodo de prueba: 6 meses.",
                            "Firma del candidato: ______________________"]}],
    },
    {
        "name": "agency_client_offer_verdicar",
        "kind": "offer", "lang": "es", "company": "Verdicar", "contact": "oriol.soler@farotalent.example.es",
        "key": "G_offer", "parent": "G_move",
        "frm": ("Oriol Soler", "oriol.soler@farotalent.example.es"),
        "subject": "¡Verdicar quiere hacerte una oferta!",
        "date": "2026-06-29 13:48 +0200",
        "text": """¡Hola Fernando!

Acabo de colgar con la directora de operaciones de Verdicar y te escribo enseguida: el cliente quiere hacerte una oferta para el puesto de Fleet Coordinator en Barcelona.

Lo que me han adelantado: 31.000 € brutos anuales más un variable de hasta el 8 %, contrato indefinido, horario de 8:00 a 16:00 con una guardia de fin de semana al mes, e incorporación el 1 de septiembre. La oferta formal te llegará de su departamento de personas esta semana.

¿Te llamo esta tarde para comentarla con calma? Si hay algo que quieras negociar, mejor que lo hablemos antes de que te la manden por escrito.

Enhorabuena, de verdad. Te lo has ganado.

Oriol Soler
Senior Consultant · Faro Talent
Passeig de Gràcia 71, 5º, 08008 Barcelona
+34 932 71 50 18
""",
    },
    {
        "name": "verbal_offer_followup_maestrat",
        "kind": "offer", "lang": "es", "company": "Autocares Maestrat",
        "contact": "josep.miralles@autocaresmaestrat.example.es",
        "parent": "ext_maestrat_interview",
        "frm": ("Josep Miralles", "josep.miralles@autocaresmaestrat.example.es"),
        "subject": "Lo hablado esta mañana",
        "date": "2026-04-16 14:22 +0200",
        "text": """Hola Fernando:

Como te dije esta mañana por teléfono, te lo dejo por escrito para que lo tengas todo claro.

Nos gustaría que te incorporaras como coordinador de flota en nuestra base de Vinaròs: 26.000 € brutos al año, contrato indefinido tras seis meses de prueba, y te pagamos el curso del CAP de viajeros. Empezarías el 4 de mayo.

Piénsatelo el fin de semana y me dices algo el lunes. Si dices que sí, te preparo el contrato para firmarlo el mismo día que vengas.

Un abrazo,

Josep Miralles
Gerente · Autocares Maestrat
Pol. Ind. Les Soterranyes, nave 7, 12500 Vinaròs
Mòbil 679 33 18 02
""",
    },
    {
        "name": "contract_for_signature_huerta",
        "kind": "offer", "lang": "es", "company": "Transportes Huerta de Murcia",
        "contact": "gema.belmonte@huertamurcia-transportes.example.es",
        "parent": "ext_huerta_final_interview",
        "frm": ("Gema Belmonte", "gema.belmonte@huertamurcia-transportes.example.es"),
        "subject": "Contrato para firma electrónica – Responsable de Flota",
        "date": "2026-08-05 10:02 +0200",
        "shell": ("simple",),
        "text": """Buenos días, Fernando:

Enhorabuena de nuevo. Tras tu aceptación verbal del pasado viernes, te enviamos el contrato de trabajo como Responsable de Flota para que lo firmes electrónicamente.

En unos minutos recibirás un correo de nuestra plataforma de firma con el enlace al documento. Revisa especialmente la cláusula de movilidad geográfica y la fecha de alta en la Seguridad Social (1 de septiembre de 2026).

Si detectas algún error en tus datos personales, respóndeme antes de firmar y lo corregimos.

Un saludo cordial,

Gema Belmonte
Departamento de Personas
Transportes Huerta de Murcia, S.A.
Ctra. de Alicante km 4, 30007 Murcia · 968 24 56 10
""",
    },
    {
        "name": "ett_offer_terminal_sagunto",
        "kind": "offer", "lang": "es", "company": "Terminal Sagunto",
        "contact": TEMPO_REC[1],
        "parent": "F_reg",
        "frm": TEMPO_REC,
        "subject": "Terminal Sagunto te quiere en su equipo",
        "date": "2026-06-10 17:06 +0200",
        "text": """¡Hola Fernando!

Buenísimas noticias: Terminal Sagunto ha quedado encantada con la entrevista del martes y quiere incorporarte como coordinador de tráfico de camiones en la terminal del puerto.

La propuesta es un contrato de puesta a disposición de seis meses a través de TempoLaboral, con opción de pasar a su plantilla al terminar, 1.950 € brutos al mes en 14 pagas y turnos rotativos de mañana y tarde. Empezarías el lunes 22 de junio.

Si te parece bien, pásate el jueves por la oficina de Colón para firmar el contrato y recoger el EPI.

Un abrazo,

""" + TEMPO_SIG,
    },
    # ------------------------------------------------------------ en 6-7
    {
        "name": "formal_offer_stellendam_pdf",
        "kind": "offer", "lang": "en", "company": "Stellendam Transport",
        "contact": "evelien.kok@stellendam-transport.example.nl",
        "parent": "ext_stellendam_second_round",
        "frm": ("Evelien Kok", "evelien.kok@stellendam-transport.example.nl"),
        "reply_to": ("Evelien Kok", "evelien.kok@stellendam-transport.example.nl"),
        "subject": "Offer of employment – Fleet Coordinator",
        "date": "2026-09-18 15:30 +0200",
        "shell": ("simple",),
        "text": """Dear Fernando,

Following your interviews with Rick and the planning team, I am delighted to offer you the position of Fleet Coordinator at Stellendam Transport, based at our Botlek depot.

Please find your offer letter attached. In summary: a permanent contract after a seven-month initial term, a gross monthly salary of €3,450 plus 8% holiday allowance, 25 days' leave and relocation support of €2,500. We would like you to start on 2 November 2026.

Please sign and return the letter by 25 September. I'm happy to walk you through any part of it on a call.

Warm regards,

Evelien Kok
HR Business Partner
Stellendam Transport B.V. | Theemsweg 30, 3197 KM Botlek-Rotterdam
+31 10 555 0877
""",
        "pdfs": [{"filename": "Offer_Letter_Aguilar-Nakamura.pdf",
                  "title": "Stellendam Transport - Offer of Employment",
                  "lines": ["Rotterdam, 18 September 2026",
                            "Dear Mr Fernando Aguilar-Nakamura,",
                            "We are pleased to offer you the position of Fleet Coordinator, Botlek depot.",
                            "Gross monthly salary: EUR 3,450; holiday allowance 8%; 25 days of annual leave.",
                            "Start date: 2 November 2026. Relocation support: EUR 2,500.",
                            "Signed for acceptance: ______________________"]}],
    },
    {
        "name": "verbal_offer_followup_erasmus",
        "kind": "offer", "lang": "en", "company": "Erasmus Car Hire",
        "contact": "liam.devries@erasmuscarhire.example.nl",
        "parent": "ext_erasmus_call",
        "frm": ("Liam de Vries", "liam.devries@erasmuscarhire.example.nl"),
        "subject": "Following up on our call",
        "date": "2026-09-02 18:11 +0200",
        "text": """Hi Fernando,

Great to speak earlier, and I'm really glad you're as excited as we are. As promised, here's a quick written summary of what I offered on the phone while HR prepares the formal paperwork:

- Role: Station Fleet Coordinator, Rotterdam Centraal
- Salary: €3,200 gross per month, 13th month paid in December
- Hours: 38 per week, rota shared with one other coordinator
- Start: 1 October, or 15 October if you need longer to relocate

You'll get the contract from our HR system in the next couple of days. Shout if anything above doesn't match what you heard.

Cheers,
Liam

Liam de Vries | Station Manager, Rotterdam Centraal
Erasmus Car Hire | +31 6 5555 2038
""",
    },
    # ------------------------------------------------------------ de 8-9
    {
        "name": "contract_neckar_mobil",
        "kind": "offer", "lang": "de", "company": "Neckar Mobil",
        "contact": "m.schaefer@neckarmobil.example.de",
        "key": "D_offer", "parent": "D_move",
        "frm": ("Miriam Schäfer", "m.schaefer@neckarmobil.example.de"),
        "subject": "Ihr Arbeitsvertrag – Fuhrparkkoordinator",
        "date": "2026-05-08 11:20 +0200",
        "shell": ("outlook",),
        "text": """Sehr geehrter Herr Aguilar-Nakamura,

es freut uns sehr, Ihnen nach den Gesprächen mit Herrn Brenner und mir die Stelle als Fuhrparkkoordinator an unserem Standort Stuttgart-Feuerbach anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Eckdaten: unbefristete Anstellung, 3.650 € brutto monatlich, 30 Urlaubstage, Eintritt zum 1. Juli 2026. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 22. Mai zurück – gern auch eingescannt vorab per E-Mail.

Bei der Wohnungssuche in Stuttgart unterstützt Sie unser Relocation-Partner; die Kontaktdaten schicke ich Ihnen nach Vertragsunterzeichnung.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen

Miriam Schäfer
Recruiting
Neckar Mobil GmbH · Borsigstraße 14 · 70469 Stuttgart
Tel. +49 711 555 40 62

Neckar Mobil GmbH · Sitz: Stuttgart · Amtsgericht Stuttgart HRB 000000 · Geschäftsführer: Thomas Renz
""",
        "pdfs": [{"filename": "Arbeitsvertrag_Aguilar-Nakamura.pdf",
                  "title": "Neckar Mobil - Arbeitsvertrag",
                  "lines": ["Zwischen der Neckar Mobil GmbH und Herrn Fernando Aguilar-Nakamura",
                            "wird folgender Arbeitsvertrag geschlossen.",
                            "Taetigkeit: Fuhrparkkoordinator, Standort Stuttgart-Feuerbach.",
                            "Beginn: 1. Juli 2026. Verguetung: 3.650 EUR brutto monatlich.",
                            "Unterschrift Arbeitnehmer: ______________________"]}],
    },
    {
        "name": "agency_offer_fildercar_forwarded",
        "kind": "offer", "lang": "de", "company": "Fildercar", "contact": PWS_REC[1],
        "parent": "ext_pws_fildercar_interview",
        "frm": PWS_REC,
        "subject": "Angebot von Fildercar für Sie!",
        "date": "2026-09-24 16:40 +0200",
        "text": """Hallo Herr Aguilar-Nakamura,

tolle Nachrichten: Fildercar möchte Ihnen die Stelle als Flottenkoordinator am Flughafen Stuttgart anbieten! Die Geschäftsleitung war nach dem zweiten Gespräch überzeugt.

Im Anhang leite ich Ihnen die E-Mail des Kunden mit den Eckdaten weiter. Das schriftliche Vertragsangebot kommt direkt von Fildercar, sobald Sie mir grünes Licht geben.

Rufen Sie mich gern heute noch an, damit wir Gehalt und Starttermin besprechen können.

Beste Grüße
Selin Arslan
Personalberaterin · Personalwerk Süd
Theodor-Heuss-Straße 9 · 70174 Stuttgart · 0711 555 73 00
""",
        "fwd_msg": {
            "fwd_name": "Angebot Fildercar.eml",
            "frm": ("Carsten Ebner", "c.ebner@fildercar.example.de"),
            "to": [PWS_REC],
            "subject": "Kandidat Aguilar-Nakamura – Zusage",
            "date": "2026-09-24 15:55 +0200",
            "text": """Hallo Frau Arslan,

wir möchten Herrn Aguilar-Nakamura gern einstellen. Eckdaten unseres Angebots: Flottenkoordinator, unbefristet, 3.500 € brutto im Monat, Schichtzulage, Start 1. November 2026.

Bitte stimmen Sie das mit ihm ab. Den Vertrag schicken wir nach seiner Zusage.

Viele Grüße
Carsten Ebner
Geschäftsführer · Fildercar
""",
        },
    },
    # ------------------------------------------------------------ fr 10
    {
        "name": "promesse_embauche_phocea_pdf",
        "kind": "offer", "lang": "fr", "company": "Phocéa Logistique",
        "contact": "julien.baptiste@phocea-log.example.fr",
        "key": "K_offer", "parent": "K_move",
        "frm": ("Julien Baptiste", "julien.baptiste@phocea-log.example.fr"),
        "subject": "Proposition d'embauche – Coordinateur de flotte",
        "date": "2026-09-04 11:05 +0200",
        "shell": ("simple",),
        "text": """Bonjour Fernando,

Suite à nos deux entretiens, j'ai le plaisir de vous proposer le poste de Coordinateur de flotte au sein de notre plateforme de Marseille-Fos.

Vous trouverez ci-joint la promesse d'embauche détaillant les conditions : CDI, statut agent de maîtrise, rémunération annuelle brute de 33 000 € sur 13 mois, prise de poste le 2 novembre 2026.

Je vous remercie de bien vouloir nous retourner le document signé avant le 14 septembre. Je reste disponible pour en parler par téléphone.

Au plaisir de vous compter bientôt parmi nous,

Julien Baptiste
Responsable recrutement
Phocéa Logistique SAS – Zone portuaire de Fos, 13270 Fos-sur-Mer
04 42 05 33 71
""",
        "pdfs": [{"filename": "Promesse_embauche_Aguilar-Nakamura.pdf",
                  "title": "Phocea Logistique - Promesse d'embauche",
                  "lines": ["Fos-sur-Mer, le 4 septembre 2026",
                            "Monsieur Fernando Aguilar-Nakamura,",
                            "Nous avons le plaisir de vous confirmer votre engagement en qualite de",
                            "Coordinateur de flotte, CDI, statut agent de maitrise.",
                            "Remuneration annuelle brute : 33 000 EUR sur 13 mois. Prise de poste : 2 novembre 2026.",
                            "Bon pour accord : ______________________"]}],
    },
]

__all__ = ["FLOTARUTA_REC", "HARBOUR_REC", "MC_ACK", "OFFERS", "PWS_REC", "RECEIVED", "TEMPO_REC",
           "TEMPO_SIG"]
