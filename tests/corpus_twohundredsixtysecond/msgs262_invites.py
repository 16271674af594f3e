"""Corpus 262, kinds `interview_invitation` (26: 13 es, 6 en, 4 de, 3 fr),
`interview_reschedule_or_cancel` (15: 7 es, 4 en, 2 de, 2 fr) and `missed_interview_notice`
(10: 5 es, 2 en, 2 de, 1 fr). Hand-written."""

from __future__ import annotations

from msgs262_acks import FLOTARUTA_REC, HARBOUR_REC, MC_ACK, PWS_REC, TEMPO_REC, TEMPO_SIG
from msgs262_common import CAND, outlook, reply
from msgs262_other import (
    ALBUFERA_MOVE_ASK,
    ALBUFERA_REC,
    CALANQUES_MISSED,
    CALANQUES_REC,
    FARO_ANSWER,
    FARO_APPROACH,
    FARO_REC,
    MAASPORT_REC,
    MC_REC,
    TURIA_MISSED,
    TURIA_REC,
    TURIA_SORRY,
)

FLOTARUTA_SIG = """Lucía Ferrer Bosch
People Partner · Flotaruta
Camino de Moncada 41, 46025 València · +34 961 30 52 77"""

FARO_SIG = """Oriol Soler
Senior Consultant · Faro Talent
Passeig de Gràcia 71, 5º, 08008 Barcelona
+34 932 71 50 18"""

HARBOUR_SIG = """Daniel Okafor
Consultant, Supply Chain & Logistics
Harbourline Search B.V. | Wilhelminakade 91, 3072 AP Rotterdam
+31 10 555 0142"""

NORDKAP_REC = ("Ingrid Halvorsen", "ingrid.halvorsen@nordkap.example.no")
NORDKAP_SIG = """Ingrid Halvorsen
Talent Partner, Southern Europe
Nordkap Rentals AS | Karl Johans gate 12, 0154 Oslo | +47 22 55 01 90

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it. Nordkap Rentals AS processes candidate data in line with its recruitment privacy notice."""

NECKAR_REC = ("Miriam Schäfer", "m.schaefer@neckarmobil.example.de")
NECKAR_SIG = """Miriam Schäfer
Recruiting
Neckar Mobil GmbH · Borsigstraße 14 · 70469 Stuttgart
Tel. +49 711 555 40 62"""

SCHWABEN_REC = ("Tobias Kern", "t.kern@schwabenlogistik.example.de")
SEGURA_REC = ("Carmen Abellán", "carmen.abellan@segurabus.example.es")
TRANSREGIO_REC = ("Brenda Garza", "brenda.garza@transregio.example.mx")
RODALIA_REC = ("Marc Vidal", "marc.vidal@rodalia.example.es")
DELFS_REC = ("Bas Verhoeven", "bas@delfshaven-fleet.example.nl")
PHOCEA_REC = ("Julien Baptiste", "julien.baptiste@phocea-log.example.fr")
MASSILIA_REC = ("Nadia Benali", "n.benali@massilia-fret.example.fr")
BENACANTIL_REC = ("Marta Soler Pastor", "marta.soler@benacantil-log.example.es")
VINALOPO_REC = ("Elena Navarro", "enavarro@vinalopo-transportes.example.es")
KESTREL_REC = ("Tom Ashworth", "tom.ashworth@kestrelcoaches.example.co.uk")
TALLIS_REC = ("Priya Raman", "priya.raman@tallismobility.example.co.uk")

VINALOPO_INVITE = """Hola Fernando:

Hemos revisado tu currículum y nos gustaría entrevistarte para el puesto de Coordinador de Flota de nuestra base de Elda.

¿Te va bien el martes 21 de abril a las 11:00? La entrevista será presencial, en la base (Avda. de Chapí 82, Elda), con Rafa Amorós, jefe de tráfico, y conmigo. Calcula una hora aproximadamente.

Confírmame por favor si puedes venir.

Un saludo,

Elena Navarro
Recursos Humanos · Transportes Vinalopó
Avda. de Chapí 82, 03600 Elda · 965 38 02 11"""

MC_INVITE = """Buenos días, Fernando:

Como te adelantábamos, hemos terminado la primera revisión de candidaturas y tu perfil ha pasado a la siguiente fase.

Te esperamos el miércoles 28 de enero a las 12:00 en nuestras oficinas de la Avda. del Mar 19 para una entrevista con el gerente, Ximo Bellés, y conmigo. Trae el original de tu permiso de conducir.

Un saludo,

Pilar Esteve
Recursos Humanos · Movilidad Castellón"""

MASSILIA_INVITE = """Bonjour Monsieur Aguilar-Nakamura,

Votre candidature au poste de Responsable de parc retient toute notre attention et nous souhaiterions échanger avec vous.

Je vous propose un entretien en visioconférence le lundi 21 septembre à 10h00, avec Franck Lopez, directeur d'exploitation, et moi-même. Le lien de connexion : https://visio.massilia-fret.example.fr/rdv/4418

Merci de me confirmer votre disponibilité.

Bien cordialement,

Nadia Benali
Chargée RH · Massilia Fret
Port de Marseille, Môle Léon Gourret, 13002 Marseille
04 91 56 20 48"""

INVITATIONS: list[dict] = [
    # ------------------------------------------------------------ es 1-13
    {
        "name": "panel_ics_flotaruta",
        "kind": "interview_invitation", "lang": "es", "company": "Flotaruta",
        "contact": FLOTARUTA_REC[1],
        "key": "A_inv", "parent": "A_ack",
        "frm": FLOTARUTA_REC,
        "subject": "Entrevista Coordinador/a de Flota – martes 10 de febrero",
        "date": "2026-02-02 09:30 +0100",
        "shell": ("simple",),
        "text": """Hola Fernando:

Gracias por tu candidatura al puesto de Coordinador/a de Flota. Nos ha gustado tu perfil y queremos conocerte.

Te proponemos una entrevista presencial con Álvaro Peris (Jefe de Operaciones) y Pilar Navarro (Responsable de Base) el martes 10 de febrero, de 10:00 a 11:00, en nuestras oficinas del Camino de Moncada 41. Te adjunto la invitación de calendario: acéptala para confirmarnos tu asistencia.

Si puedes, trae tu permiso de conducir y algún ejemplo de cuadrante de turnos que hayas preparado.

Un saludo,

""" + FLOTARUTA_SIG,
        "ics": {"method": "REQUEST", "uid": "flotaruta-jr0113-fan@flotaruta.example.es",
                "seq": 0, "start": "2026-02-10 10:00 +0100", "end": "2026-02-10 11:00 +0100",
                "summary": "Entrevista Coordinador/a de Flota – Fernando Aguilar-Nakamura",
                "location": "Flotaruta, Camino de Moncada 41, Valencia",
                "description": "Entrevista con Álvaro Peris y Pilar Navarro.",
                "organizer": FLOTARUTA_REC,
                "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "name": "phone_screen_ask_turia",
        "kind": "interview_invitation", "lang": "es", "company": "Autobuses Turia",
        "contact": TURIA_REC[1],
        "key": "B_inv", "parent": "B_ack",
        "frm": TURIA_REC,
        "subject": "Primera entrevista telefónica – Coordinador de Tráfico",
        "date": "2026-01-19 12:40 +0100",
        "text": """Buenos días, Sr. Aguilar-Nakamura:

Tras revisar su candidatura, nos gustaría mantener con usted una primera entrevista telefónica de unos veinte minutos.

¿Le vendría bien que le llamemos el martes 27 de enero a las 10:00 al número que figura en su CV? Si esa hora no le encaja, indíqueme otra franja esa misma semana.

Atentamente,

Rosa Martínez Albert
Técnica de Selección · Autobuses Turia
Tel. 963 21 44 80
""",
    },
    {
        "name": "agency_sets_up_azahar",
        "kind": "interview_invitation", "lang": "es", "company": "Logística Azahar",
        "contact": TEMPO_REC[1],
        "key": "F_inv", "parent": "F_reg",
        "frm": TEMPO_REC,
        "subject": "Entrevista con Logística Azahar (Castellón) – viernes 13",
        "date": "2026-02-09 13:20 +0100",
        "text": """Hola Fernando:

Te llamé hace un rato pero no te pillé, así que te lo escribo.

Logística Azahar, una empresa de distribución de Castellón con la que trabajamos mucho, busca un coordinador para su flota de 30 furgonetas de reparto y les he enviado tu perfil. Quieren conocerte: te he reservado entrevista el viernes 13 de febrero a las 9:30 en sus instalaciones (Polígono El Serrallo, calle Mestral 4, Grau de Castelló). Preguntarás por Sergio Llorens, el jefe de operaciones.

Confírmame que puedes ir y te cuento por teléfono lo que suelen preguntar.

Un saludo,

""" + TEMPO_SIG,
    },
    {
        "name": "headhunter_client_interview_verdicar",
        "kind": "interview_invitation", "lang": "es", "company": "Verdicar",
        "contact": FARO_REC[1],
        "key": "G_inv", "parent": "G_answer",
        "frm": FARO_REC,
        "subject": "Re: Perfiles de coordinación de flota – ¿hablamos?",
        "date": "2026-06-08 11:00 +0200",
        "text": reply("""Hola Fernando:

Gracias por la llamada del jueves. Tengo novedades antes de lo que pensaba: uno de mis clientes, Verdicar (car sharing eléctrico en Barcelona), abre una posición de Fleet Coordinator y les he presentado tu candidatura.

Quieren hacerte una primera entrevista por Teams el jueves 11 de junio a las 17:00 con Laia Puigdomènech, su directora de operaciones. Te mando el enlace en cuanto me lo pasen. Dura unos 45 minutos y será en castellano, aunque puede que te hagan alguna pregunta en inglés.

¿Te encaja?

""" + FARO_SIG, "es", "mar, 2 jun 2026 a las 8:05", CAND,
                      reply(FARO_ANSWER, "es", "lun, 1 jun 2026 a las 10:24", FARO_REC,
                            FARO_APPROACH)),
    },
    {
        "name": "assessment_centre_albufera",
        "kind": "interview_invitation", "lang": "es", "company": "Automóviles Albufera",
        "contact": ALBUFERA_REC[1],
        "key": "I_inv", "parent": "I_ack",
        "frm": ("Automóviles Albufera", "noreply@smartrecruiters.com"),
        "reply_to": ALBUFERA_REC,
        "subject": "Convocatoria centro de evaluación – Coordinador/a de Flota Interna",
        "date": "2026-03-23 12:00 +0100",
        "shell": ("ats", "Automóviles Albufera", "#1c3d6e",
                  "Enviado a través de SmartRecruiters. Para responder, usa «Responder»: te contestará Ana Belén Roig."),
        "text": """Hola Fernando:

Nos alegra comunicarte que has superado la fase de preselección para Coordinador/a de Flota Interna – Planta de Almussafes.

Te convocamos a nuestro centro de evaluación el martes 31 de marzo, de 8:30 a 14:00, en el Edificio de Formación de la planta (Polígono Juan Carlos I, acceso norte). La jornada incluye una prueba de planificación de rutas de la flota interna, una dinámica en grupo y una entrevista individual con el responsable de logística.

Trae tu DNI o NIE; te daremos la acreditación de visitante en la portería 2.

Un saludo,
Ana Belén Roig
Selección · Automóviles Albufera
""",
    },
    {
        "name": "ics_request_segura_bus",
        "kind": "interview_invitation", "lang": "es", "company": "Segura Bus",
        "contact": SEGURA_REC[1],
        "key": "L_inv",
        "frm": SEGURA_REC,
        "frm_enc": ("utf-8", "B"),
        "subject": "Invitación: entrevista Jefe/a de Flota – Segura Bus",
        "date": "2026-09-07 10:00 +0200",
        "text": """Hola Fernando:

Gracias por tu interés en el puesto de Jefe/a de Flota. Te convocamos a una entrevista presencial el martes 15 de septiembre, de 11:00 a 12:00, en nuestras cocheras de El Palmar (Ctra. de Cartagena, km 3, Murcia).

Te envío la convocatoria en el calendario. Estarán Andrés Ortuño, director de explotación, y yo.

Un saludo,

Carmen Abellán
Selección y Desarrollo · Segura Bus
968 35 90 12
""",
        "ics": {"method": "REQUEST", "uid": "segurabus-jf-2026-09-fan@segurabus.example.es",
                "seq": 0, "start": "2026-09-15 11:00 +0200", "end": "2026-09-15 12:00 +0200",
                "summary": "Entrevista Jefe/a de Flota (F. Aguilar-Nakamura)",
                "location": "Cocheras El Palmar, Ctra. de Cartagena km 3, Murcia",
                "organizer": SEGURA_REC,
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    },
    {
        "name": "casual_platicar_transregio",
        "kind": "interview_invitation", "lang": "es", "company": "Grupo Transregio",
        "contact": TRANSREGIO_REC[1],
        "key": "T_inv", "parent": "T_ack",
        "frm": TRANSREGIO_REC,
        "subject": "¿Platicamos el jueves?",
        "date": "2026-07-27 18:02 -0600",
        "text": """Hola Fernando, ¿qué tal?

¿Estás libre el jueves para platicar un rato por videollamada? Ahorita estamos armando el equipo del hub de Valencia y me gustaría conocerte antes de pasarte con el gerente de operaciones.

¿Te late a las 17:00 hora de España (9:00 de acá)? Serían unos 30 minutos, nada formal. Si sí, te mando la liga de Meet.

Saludos,
Brenda
""",
    },
    {
        "name": "google_meet_rodalia",
        "kind": "interview_invitation", "lang": "es", "company": "Rodalia Mobility",
        "contact": RODALIA_REC[1],
        "key": "RO_inv",
        "frm": RODALIA_REC,
        "subject": "Entrevista Fleet Coordinator – Rodalia",
        "date": "2026-04-08 16:31 +0200",
        "shell": ("simple",),
        "text": """Hola Fernando,

Soy Marc, responsable de operaciones de Rodalia Mobility. Hemos visto tu candidatura para Fleet Coordinator y nos gustaría tener una primera entrevista contigo.

¿Te va bien el miércoles 15 de abril a las 17:00? Sería por Google Meet, unos 40 minutos. Aquí tienes el enlace: https://meet.rodalia.example.es/fleet-fan-0415

Si no te cuadra, dime qué día te va mejor esa semana.

Gracias,
Marc Vidal
Head of Operations · Rodalia Mobility
Carrer de Pujades 102, 08005 Barcelona
""",
    },
    {
        "name": "teamtailor_scheduling_link",
        "kind": "interview_invitation", "lang": "es", "company": "Mediterránea de Autocares",
        "key": "MA_inv", "parent": "MA_ack",
        "frm": ("Mediterránea de Autocares", "no-reply@teamtailor-mail.com"),
        "subject": "Elige tu hora para la entrevista – Coordinador/a de Operaciones",
        "date": "2026-05-19 09:15 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_only": True,
        "shell": ("ats", "Mediterránea de Autocares", "#5f3dc4",
                  "Powered by Teamtailor"),
        "text": """¡Hola Fernando!

Queremos conocerte. Te invitamos a una entrevista por videollamada de 30 minutos con nuestro equipo de Operaciones para el puesto de Coordinador/a de Operaciones – Base de Benidorm.

Elige el día y la hora que mejor te vengan en este enlace: https://mediterranea-autocares.teamtailor.com/meetings/7f3a9c

Los huecos disponibles son entre el 25 y el 29 de mayo.

¡Nos vemos pronto!
Mediterránea de Autocares
""",
    },
    {
        "name": "plain_invite_vinalopo",
        "kind": "interview_invitation", "lang": "es", "company": "Transportes Vinalopó",
        "contact": VINALOPO_REC[1],
        "key": "VI_inv",
        "frm": VINALOPO_REC,
        "subject": "Entrevista puesto Coordinador de Flota – Elda",
        "date": "2026-04-13 12:04 +0200",
        "text": VINALOPO_INVITE + "\n",
    },
    {
        "name": "teams_invite_palancia_latin1",
        "kind": "interview_invitation", "lang": "es", "company": "Flotas Palancia",
        "contact": "vmontanes@flotaspalancia.example.es",
        "key": "PA_inv",
        "frm": ("Vicent Montañés", "vmontanes@flotaspalancia.example.es"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Convocatoria a entrevista por videoconferencia",
        "date": "2026-02-16 17:25 +0100",
        "charset": "iso-8859-1",
        "shell": ("outlook",),
        "text": """Estimado Sr. Aguilar-Nakamura:

En relación con su candidatura al puesto de Coordinador de Flota en Segorbe, le convocamos a una entrevista por videoconferencia (Microsoft Teams) el lunes 23 de febrero a las 16:30.

Recibirá el enlace de conexión el mismo día por la mañana. Le rogamos que confirme su asistencia respondiendo a este mensaje.

Atentamente,

Vicent Montañés
Jefe de Operaciones
Flotas Palancia, S.L. · Pol. Ind. La Esperanza, parc. 9, 12400 Segorbe (Castellón)
Tel. 964 71 30 55
""",
    },
    {
        "name": "group_session_benacantil",
        "kind": "interview_invitation", "lang": "es", "company": "Logística Benacantil",
        "contact": BENACANTIL_REC[1],
        "key": "BN_inv", "parent": "BN_ack",
        "frm": BENACANTIL_REC,
        "subject": "Siguiente fase: dinámica de grupo y entrevista – jueves 12 de marzo",
        "date": "2026-03-04 13:50 +0100",
        "text": """Estimado Fernando:

Nos complace informarle de que ha sido preseleccionado para la siguiente fase del proceso de Coordinador/a de flota de reparto.

Le citamos el jueves 12 de marzo a las 10:00 en nuestra plataforma de Las Atalayas (C/ del Marco 14, Alicante). La sesión consta de una dinámica de grupo con otros cinco candidatos (aprox. 1 hora) y, a continuación, una breve entrevista individual con el jefe de tráfico.

Por favor, confírmenos su asistencia antes del lunes 9.

Reciba un cordial saludo,

Marta Soler Pastor
Responsable de Personas · Logística Benacantil
Tel. 965 10 77 82
""",
    },
    {
        "name": "reply_chain_invite_movilidad_castellon",
        "kind": "interview_invitation", "lang": "es", "company": "Movilidad Castellón",
        "contact": MC_REC[1],
        "key": "MC_inv", "parent": "MC_ack",
        "frm": MC_REC,
        "subject": "Re: Candidatura: Coordinador de Flota (línea Castellón–Aeropuerto)",
        "date": "2026-01-21 10:12 +0100",
        "text": reply(MC_INVITE, "es", "mié, 7 ene 2026 a las 9:55", MC_REC, MC_ACK),
    },
    # ------------------------------------------------------------ en 14-19
    {
        "name": "greenhouse_via_scheduling_maasport",
        "kind": "interview_invitation", "lang": "en", "company": "Maasport Logistics",
        "contact": MAASPORT_REC[1],
        "key": "C_inv", "parent": "C_ack",
        "frm": ("Sanne de Wit via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": MAASPORT_REC,
        "subject": "Maasport Logistics – let's schedule your interview",
        "date": "2026-03-10 10:44 +0100",
        "shell": ("ats", "Maasport Logistics", "#0c8599"),
        "text": """Hi Fernando,

Thanks again for your interest in the Fleet Coordinator – Waalhaven Yard role. We'd love to get to know you better.

Please use the link below to choose a 45-minute slot next week for a video interview with me and Joost van Dam, our Yard Operations Manager:

https://app.greenhouse.io/scheduling/maasport/fernando-an/0a77c1

If none of the times work, just reply to this email.

Best,
Sanne de Wit
Talent Acquisition, Maasport Logistics
""",
    },
    {
        "name": "agency_client_interview_roro",
        "kind": "interview_invitation", "lang": "en", "company": "RoRo Terminals",
        "contact": HARBOUR_REC[1],
        "key": "J_inv", "parent": "J_reg",
        "frm": HARBOUR_REC,
        "subject": "Interview with RoRo Terminals – Thursday 14:00",
        "date": "2026-07-06 15:12 +0200",
        "text": """Hi Fernando,

Good news: RoRo Terminals liked your CV and would like to meet you for their Fleet & Equipment Coordinator role at the Europoort terminal.

They've proposed Thursday 9 July at 14:00 (CEST) on Microsoft Teams, one hour, with Marloes Jansen (Terminal Operations Manager) and someone from their HR team. I'll forward the Teams invite as soon as I get it.

Could you confirm you're available? I'll call you on Wednesday to prepare.

Best,
""" + HARBOUR_SIG + "\n",
    },
    {
        "name": "panel_ics_nordkap",
        "kind": "interview_invitation", "lang": "en", "company": "Nordkap Rentals",
        "contact": NORDKAP_REC[1],
        "key": "NK_inv",
        "frm": NORDKAP_REC,
        "subject": "Panel interview – Fleet Coordinator, Barcelona El Prat",
        "date": "2026-06-15 14:20 +0200",
        "shell": ("outlook",),
        "text": """Dear Fernando,

Thank you for your application for the Fleet Coordinator position at our Barcelona El Prat station. We would like to invite you to a panel interview.

Date: Tuesday 7 July 2026
Time: 10:00–11:15 (CEST)
Place: Nordkap Rentals, Car Rental Centre, Terminal 1, Barcelona El Prat Airport
Panel: Jordi Casals (Station Manager), Elin Berg (Regional Fleet Manager, joining remotely) and myself

The interview will be in English. Please accept the attached calendar invitation to confirm.

Kind regards,

""" + NORDKAP_SIG,
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-nordkap-fan",
                "seq": 0, "start": "2026-07-07 10:00 +0200", "end": "2026-07-07 11:15 +0200",
                "summary": "Panel interview: Fleet Coordinator BCN – Fernando Aguilar-Nakamura",
                "location": "Car Rental Centre, Terminal 1, Barcelona El Prat",
                "organizer": NORDKAP_REC,
                "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "name": "ashby_scheduling_tallis",
        "kind": "interview_invitation", "lang": "en", "company": "Tallis Mobility",
        "key": "TA_inv", "parent": "TA_ack",
        "frm": ("Tallis Mobility", "no-reply@ashbyhq.com"),
        "subject": "Schedule your interview with Tallis Mobility",
        "date": "2026-05-21 08:30 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Tallis Mobility", "#212529",
                  "Sent via Ashby on behalf of Tallis Mobility."),
        "text": """Hi Fernando,

We'd like to invite you to a 45-minute video interview with Priya Raman, Head of Fleet Operations, for the Fleet Operations Lead (Barcelona) role.

Please pick a time that works for you:
https://jobs.ashbyhq.com/tallis-mobility/schedule/3c1e0b77

Once you've booked, you'll receive a calendar invitation with the video link.

Best,
Tallis Mobility Recruiting
""",
    },
    {
        "name": "casual_free_thursday_delfshaven",
        "kind": "interview_invitation", "lang": "en", "company": "Delfshaven Fleet Services",
        "contact": DELFS_REC[1],
        "key": "DF_inv",
        "frm": DELFS_REC,
        "subject": "quick chat?",
        "date": "2026-08-10 20:47 +0200",
        "text": """Hi Fernando,

Saw your application come through for the dispatcher/fleet coordinator job. Are you free Thursday to chat? Nothing formal, 20 minutes on the phone so I can tell you what the job actually is and hear a bit about you.

I can ring you at 10:00 on Thursday 13th if that works. Just say yes or give me another time.

Bas
Ops Manager, Delfshaven Fleet Services
+31 6 5555 7781
""",
    },
    {
        "name": "video_interview_kestrel",
        "kind": "interview_invitation", "lang": "en", "company": "Kestrel Coaches",
        "contact": KESTREL_REC[1],
        "key": "KC_inv",
        "frm": KESTREL_REC,
        "cc": [("Helen Marsh", "helen.marsh@kestrelcoaches.example.co.uk")],
        "subject": "Kestrel Coaches Valencia – interview invitation",
        "date": "2026-10-01 09:18 +0100",
        "text": """Dear Fernando,

Thank you for applying for the Depot Fleet Coordinator role at our new Valencia depot. Helen Marsh (Head of Operations, Iberia, copied) and I would like to invite you to a video interview.

Would Tuesday 6 October at 15:00 Spanish time suit you? We'll use Zoom and should need about 50 minutes. I'll send the link once you confirm.

Best wishes,

Tom Ashworth
Recruitment Partner
Kestrel Coaches Ltd | Unit 4, Riverside Park, Bristol BS2 0QT
+44 117 496 0822
""",
    },
    # ------------------------------------------------------------ de 20-23
    {
        "name": "ics_request_neckar_mobil",
        "kind": "interview_invitation", "lang": "de", "company": "Neckar Mobil",
        "contact": NECKAR_REC[1],
        "key": "D_inv", "parent": "D_ack",
        "frm": NECKAR_REC,
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Einladung zum Vorstellungsgespräch – Fuhrparkkoordinator (m/w/d)",
        "date": "2026-04-15 13:05 +0200",
        "text": """Sehr geehrter Herr Aguilar-Nakamura,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 23. April 2026, von 10:00 bis 11:00 Uhr in unsere Zentrale in der Borsigstraße 14, 70469 Stuttgart ein. Gesprächspartner sind Herr Jonas Brenner (Leiter Flottenmanagement) und ich.

Das Gespräch kann auf Englisch geführt werden. Eine Kalendereinladung finden Sie im Anhang; bitte bestätigen Sie den Termin kurz.

Mit freundlichen Grüßen

""" + NECKAR_SIG + "\n",
        "ics": {"method": "REQUEST", "uid": "neckarmobil-fpk-0423-fan@neckarmobil.example.de",
                "seq": 0, "start": "2026-04-23 10:00 +0200", "end": "2026-04-23 11:00 +0200",
                "summary": "Vorstellungsgespräch Fuhrparkkoordinator – F. Aguilar-Nakamura",
                "location": "Neckar Mobil, Borsigstraße 14, 70469 Stuttgart",
                "organizer": NECKAR_REC, "file": "einladung.ics"},
    },
    {
        "name": "assessment_center_feuerbach_pdf",
        "kind": "interview_invitation", "lang": "de", "company": "Karosseriewerke Feuerbach",
        "contact": "katrin.woehrle@feuerbach-karosserie.example.de",
        "key": "H_inv", "parent": "H_ack",
        "frm": ("Katrin Wöhrle", "katrin.woehrle@feuerbach-karosserie.example.de"),
        "subject": "Einladung zum Assessment-Center am 3. Juni",
        "date": "2026-05-19 10:40 +0200",
        "shell": ("outlook",),
        "text": """Sehr geehrter Herr Aguilar-Nakamura,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Koordinator Werksfuhrpark (m/w/d) einzuladen.

Termin: Mittwoch, 3. Juni 2026, 8:00 bis ca. 16:00 Uhr
Ort: Karosseriewerke Feuerbach, Werk 2, Schulungszentrum (Tor 5), Siemensstraße 40, 70469 Stuttgart

Der Tag umfasst eine Fallstudie zur Einsatzplanung der Werksflotte, eine Gruppenübung, eine Präsentation und ein Einzelinterview. Den genauen Ablauf finden Sie im Anhang. Reisekosten erstatten wir Ihnen bis zu einem Betrag von 250 €.

Bitte bestätigen Sie Ihre Teilnahme bis zum 26. Mai.

Mit freundlichen Grüßen

Katrin Wöhrle
Talent Acquisition
Karosseriewerke Feuerbach GmbH · Siemensstraße 40 · 70469 Stuttgart
Tel. +49 711 555 81 20

Karosseriewerke Feuerbach GmbH · Sitz der Gesellschaft: Stuttgart · Registergericht: Amtsgericht Stuttgart HRB 000000 · Geschäftsführung: Dr. Ulrike Maas, Stefan Kögel
""",
        "pdfs": [{"filename": "Ablauf_Assessment-Center_03-06-2026.pdf",
                  "title": "Assessment-Center Koordinator Werksfuhrpark - Ablauf",
                  "lines": ["08:00 Begruessung und Werksfuehrung",
                            "09:00 Fallstudie Einsatzplanung Werksflotte (90 Minuten)",
                            "11:00 Gruppenuebung",
                            "12:30 Mittagessen",
                            "13:30 Praesentation der Fallstudie und Einzelinterview",
                            "16:00 Abschluss"]}],
    },
    {
        "name": "agency_interview_linienbus",
        "kind": "interview_invitation", "lang": "de", "company": "Stuttgarter Linienbus",
        "contact": PWS_REC[1],
        "key": "PWS_inv",
        "frm": PWS_REC,
        "subject": "Vorstellungstermin bei Stuttgarter Linienbus",
        "date": "2026-06-22 09:50 +0200",
        "text": """Hallo Herr Aguilar-Nakamura,

wie heute Morgen am Telefon besprochen, habe ich Ihr Profil unserem Kunden Stuttgarter Linienbus vorgestellt. Man möchte Sie gern kennenlernen!

Termin: Montag, 29. Juni, 13:00 Uhr
Ort: Betriebshof Gaisburg, Talstraße 120, 70188 Stuttgart (Empfang im Verwaltungsgebäude)
Gesprächspartner: Herr Uwe Kienzle, Leiter Fahrdienst

Bitte bringen Sie Ihren Führerschein und, falls vorhanden, Nachweise über Ihre Tätigkeit als Schichtkoordinator mit. Ich rufe Sie am Freitag an, um alles durchzusprechen.

Beste Grüße
Selin Arslan
Personalberaterin · Personalwerk Süd
Theodor-Heuss-Straße 9 · 70174 Stuttgart · 0711 555 73 00
""",
    },
    {
        "name": "softgarden_phone_interview_schwaben",
        "kind": "interview_invitation", "lang": "de", "company": "Schwabenlogistik",
        "contact": SCHWABEN_REC[1],
        "key": "SL_inv", "parent": "SL_ack",
        "frm": ("Tobias Kern via softgarden", "noreply@softgarden.io"),
        "reply_to": SCHWABEN_REC,
        "subject": "Telefoninterview – Disponent Fuhrpark (m/w/d)",
        "date": "2026-06-10 11:25 +0200",
        "shell": ("ats", "Schwabenlogistik", "#e67700",
                  "Diese Nachricht wurde über softgarden versendet."),
        "text": """Guten Tag Herr Aguilar-Nakamura,

vielen Dank für Ihre Bewerbung. Gern würden wir Sie in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Ich schlage Dienstag, den 16. Juni, um 9:30 Uhr vor. Ich rufe Sie unter der in Ihrer Bewerbung angegebenen Nummer an. Eine Kalendereinladung ist beigefügt.

Freundliche Grüße
Tobias Kern
Teamleiter Disposition, Schwabenlogistik
""",
        "ics": {"method": "REQUEST", "uid": "sg-88120-phone-fan@schwabenlogistik.example.de",
                "seq": 0, "start": "2026-06-16 09:30 +0200", "end": "2026-06-16 10:00 +0200",
                "summary": "Telefoninterview Disponent Fuhrpark",
                "organizer": SCHWABEN_REC},
    },
    # ------------------------------------------------------------ fr 24-26
    {
        "name": "journee_immersion_calanques",
        "kind": "interview_invitation", "lang": "fr", "company": "Transports Calanques",
        "contact": CALANQUES_REC[1],
        "key": "E_inv",
        "frm": CALANQUES_REC,
        "subject": "Invitation à une journée d'immersion – Régulateur de flotte",
        "date": "2026-05-04 15:02 +0200",
        "text": """Bonjour Monsieur Aguilar-Nakamura,

Suite à notre échange téléphonique, nous avons le plaisir de vous inviter à une journée d'immersion au sein de notre équipe d'exploitation, dans le cadre de votre candidature au poste de Régulateur de flotte.

Date : mardi 12 mai 2026
Heure : 7h30 (fin prévue vers 16h00)
Lieu : dépôt de Saint-Menet, 12 boulevard de la Valbarelle, 13011 Marseille

Vous suivrez un régulateur pendant la prise de service des conducteurs, puis participerez à un entretien avec le chef de dépôt en fin de journée. Le repas est pris en charge.

Merci de nous confirmer votre présence.

Cordialement,

Sophie Roux
Chargée de recrutement · Transports Calanques
Tél. 04 91 35 62 10
""",
    },
    {
        "name": "teamtailor_via_phocea",
        "kind": "interview_invitation", "lang": "fr", "company": "Phocéa Logistique",
        "contact": PHOCEA_REC[1],
        "key": "K_inv", "parent": "K_ack",
        "frm": ("Julien Baptiste chez Phocéa Logistique", "no-reply@teamtailor-mail.com"),
        "reply_to": PHOCEA_REC,
        "subject": "Entretien pour le poste de Coordinateur de flotte",
        "date": "2026-08-12 14:35 +0200",
        "shell": ("ats", "Phocéa Logistique", "#1864ab"),
        "text": """Bonjour Fernando,

Merci pour votre candidature ! Votre parcours nous a beaucoup intéressés et nous aimerions vous rencontrer.

Je vous propose un premier entretien sur notre site de Fos-sur-Mer avec Hélène Garnier, responsable d'exploitation. Choisissez le créneau qui vous convient ici : https://phocea-logistique.teamtailor.com/meetings/b81e0a

Si aucun créneau ne vous convient, répondez simplement à ce message.

À bientôt,
Julien Baptiste
Responsable recrutement, Phocéa Logistique
""",
    },
    {
        "name": "visio_massilia_fret",
        "kind": "interview_invitation", "lang": "fr", "company": "Massilia Fret",
        "contact": MASSILIA_REC[1],
        "key": "MF_inv",
        "frm": MASSILIA_REC,
        "subject": "Proposition d'entretien – Responsable de parc",
        "date": "2026-09-14 11:40 +0200",
        "text": MASSILIA_INVITE + "\n",
    },
]

RESCHEDULES: list[dict] = [
    # ------------------------------------------------------------ es 1-7
    {
        "name": "ics_update_seq1_flotaruta",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Flotaruta",
        "contact": FLOTARUTA_REC[1],
        "key": "A_move", "parent": "A_inv",
        "frm": FLOTARUTA_REC,
        "subject": "Nueva hora: entrevista Coordinador/a de Flota",
        "date": "2026-02-05 16:10 +0100",
        "shell": ("simple",),
        "text": """Hola Fernando:

Perdona el cambio: Álvaro tiene que estar el martes en nuestra base de Alicante por una auditoría, así que movemos tu entrevista al jueves 12 de febrero, de 10:30 a 11:30, en el mismo sitio.

Te envío la invitación actualizada; la anterior queda sustituida. Si el jueves no te va bien, dímelo y buscamos otra opción.

Gracias por la flexibilidad,

""" + FLOTARUTA_SIG,
        "ics": {"method": "REQUEST", "uid": "flotaruta-jr0113-fan@flotaruta.example.es",
                "seq": 1, "start": "2026-02-12 10:30 +0100", "end": "2026-02-12 11:30 +0100",
                "summary": "Entrevista Coordinador/a de Flota – Fernando Aguilar-Nakamura",
                "location": "Flotaruta, Camino de Moncada 41, Valencia",
                "description": "Nueva fecha. Entrevista con Álvaro Peris y Pilar Navarro.",
                "organizer": FLOTARUTA_REC,
                "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "name": "assessment_moved_albufera",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Automóviles Albufera",
        "contact": ALBUFERA_REC[1],
        "key": "I_move", "parent": "I_ask",
        "frm": ALBUFERA_REC,
        "subject": "Re: Convocatoria centro de evaluación – Coordinador/a de Flota Interna",
        "date": "2026-03-25 10:10 +0100",
        "text": reply("""Hola Fernando:

No te preocupes, lo entendemos perfectamente. Te hemos pasado a la sesión del martes 7 de abril, con el mismo horario (de 8:30 a 14:00) y en el mismo lugar.

Mucha suerte con el examen del carné D.

Un saludo,
Ana Belén Roig
Selección · Automóviles Albufera
Polígono Juan Carlos I, 46440 Almussafes · 961 78 40 00""", "es", "mar, 24 mar 2026 a las 8:47",
                      ("Fernando Aguilar-Nakamura", "fernando.an@example.mx"), ALBUFERA_MOVE_ASK),
    },
    {
        "name": "ics_cancel_segura_bus",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Segura Bus",
        "contact": SEGURA_REC[1],
        "key": "L_cancel", "parent": "L_inv",
        "frm": SEGURA_REC,
        "frm_enc": ("utf-8", "B"),
        "subject": "Cancelada: entrevista Jefe/a de Flota – Segura Bus",
        "date": "2026-09-10 17:45 +0200",
        "text": """Hola Fernando:

Tenemos que anular la entrevista del martes 15. La dirección de explotación está en plena reorganización y Andrés no podrá estar ese día.

El proceso no se detiene: en cuanto tengamos nueva fecha te escribo para volver a convocarte. Disculpa las molestias.

Un saludo,

Carmen Abellán
Selección y Desarrollo · Segura Bus
""",
        "ics": {"method": "CANCEL", "uid": "segurabus-jf-2026-09-fan@segurabus.example.es",
                "seq": 1, "start": "2026-09-15 11:00 +0200", "end": "2026-09-15 12:00 +0200",
                "summary": "Cancelada: Entrevista Jefe/a de Flota (F. Aguilar-Nakamura)",
                "location": "Cocheras El Palmar, Ctra. de Cartagena km 3, Murcia",
                "organizer": SEGURA_REC,
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    },
    {
        "name": "new_slot_after_missed_turia",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Autobuses Turia",
        "contact": TURIA_REC[1],
        "key": "B_move", "parent": "B_sorry",
        "frm": TURIA_REC,
        "subject": "RE: Re: Entrevista telefónica no realizada",
        "date": "2026-01-28 09:15 +0100",
        "text": reply("""Buenos días, Sr. Aguilar-Nakamura:

No se preocupe, son cosas que pasan. Como el jefe de tráfico quería conocerle en persona de todos modos, sustituimos la llamada por una entrevista presencial el miércoles 4 de febrero a las 9:30 en las cocheras de Fuente San Luis (entrada por la calle Arabista Ambrosio Huici).

Pregunte en recepción por mí.

Atentamente,
Rosa Martínez Albert""", "es", "mar, 27 ene 2026 a las 13:12",
                      ("Fernando Aguilar-Nakamura", "fernando.an@example.mx"), TURIA_SORRY),
    },
    {
        "name": "client_ill_moved_verdicar",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Verdicar",
        "contact": FARO_REC[1],
        "key": "G_move", "parent": "G_inv",
        "frm": FARO_REC,
        "subject": "Cambio de fecha entrevista Verdicar",
        "date": "2026-06-10 19:30 +0200",
        "text": """Hola Fernando:

Me acaba de escribir Verdicar: Laia está de baja con gripe y no podrá hacer la entrevista de mañana.

Me proponen moverla al martes 16 de junio a la misma hora, 17:00, también por Teams. Yo te diría que sí, pero confírmamelo y se lo paso.

Perdona el cambio de última hora.

""" + FARO_SIG + "\n",
    },
    {
        "name": "group_session_moved_benacantil_qp",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Logística Benacantil",
        "contact": BENACANTIL_REC[1],
        "key": "BN_move", "parent": "BN_inv",
        "frm": BENACANTIL_REC,
        "subject": "Cambio de fecha y sala – dinámica de grupo",
        "date": "2026-03-09 12:30 +0100",
        "cte": "quoted-printable",
        "shell": ("simple",),
        "text": """Estimado Fernando:

Le escribo para informarle de un cambio en la convocatoria de la próxima fase.

Debido a una inspección en la plataforma el día 12, la dinámica de grupo y la entrevista individual pasan al martes 17 de marzo, a las 10:00. Además, se realizarán en la sala de formación de la nave 3 (acceso por la calle del Marco, puerta B), no en las oficinas.

Le agradeceríamos que nos confirmara si puede asistir en la nueva fecha.

Reciba un cordial saludo,

Marta Soler Pastor
Responsable de Personas · Logística Benacantil
""",
    },
    {
        "name": "junta_moved_transregio",
        "kind": "interview_reschedule_or_cancel", "lang": "es", "company": "Grupo Transregio",
        "contact": TRANSREGIO_REC[1],
        "key": "T_move", "parent": "T_inv",
        "frm": TRANSREGIO_REC,
        "subject": "Re: ¿Platicamos el jueves?",
        "date": "2026-07-29 12:10 -0600",
        "text": """Fer, una disculpa: se me atravesó una junta con dirección justo el jueves a esa hora y no la puedo mover.

¿La pasamos al lunes 3 de agosto, mismo horario (17:00 de allá, 9:00 de acá)? Te dejo la liga de Meet nueva: https://meet.transregio.example.mx/bgv-fan-0803

Gracias por la paciencia,
Brenda
""",
    },
    # ------------------------------------------------------------ en 8-11
    {
        "name": "interviewer_ill_maasport",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Maasport Logistics",
        "contact": MAASPORT_REC[1],
        "key": "C_move", "parent": "C_inv",
        "frm": MAASPORT_REC,
        "subject": "Change to your interview on Tuesday",
        "date": "2026-03-16 08:55 +0100",
        "text": """Hi Fernando,

I'm afraid Joost has come down with the flu and won't be back before the end of the week, so we need to move tomorrow's interview.

Could we do Friday 20 March at 14:00 instead? Same video link. If that doesn't work for you, let me know a couple of alternatives early next week.

Sorry for the short notice.

Best,
Sanne de Wit
Talent Acquisition, Maasport Logistics
Waalhaven Zuidzijde 19, 3089 JH Rotterdam
""",
    },
    {
        "name": "outlook_update_seq1_nordkap",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Nordkap Rentals",
        "contact": NORDKAP_REC[1],
        "key": "NK_move", "parent": "NK_inv",
        "frm": NORDKAP_REC,
        "subject": "Updated invitation: Panel interview – Fleet Coordinator, Barcelona El Prat",
        "date": "2026-07-02 09:44 +0200",
        "shell": ("outlook",),
        "text": outlook("""Dear Fernando,

Elin's flight from Oslo has changed, so we have moved the panel interview by one day: it will now take place on Wednesday 8 July from 12:00 to 13:15 (CEST), same location. Everything else stays as described below.

The updated calendar invitation is attached; please accept it again so it replaces the old one.

Kind regards,

""" + NORDKAP_SIG, "en", "Ingrid Halvorsen <ingrid.halvorsen@nordkap.example.no>",
                        "Monday, 15 June 2026 14:20", "Fernando Aguilar-Nakamura <fernando.an@example.mx>",
                        "Panel interview – Fleet Coordinator, Barcelona El Prat", """Dear Fernando,

Thank you for your application for the Fleet Coordinator position at our Barcelona El Prat station. We would like to invite you to a panel interview.

Date: Tuesday 7 July 2026
Time: 10:00–11:15 (CEST)
Place: Nordkap Rentals, Car Rental Centre, Terminal 1, Barcelona El Prat Airport"""),
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-nordkap-fan",
                "seq": 1, "start": "2026-07-08 12:00 +0200", "end": "2026-07-08 13:15 +0200",
                "summary": "Panel interview: Fleet Coordinator BCN – Fernando Aguilar-Nakamura",
                "location": "Car Rental Centre, Terminal 1, Barcelona El Prat",
                "organizer": NORDKAP_REC,
                "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "name": "ashby_rescheduled_tallis",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "Tallis Mobility",
        "key": "TA_move", "parent": "TA_ask",
        "frm": ("Tallis Mobility", "no-reply@ashbyhq.com"),
        "subject": "Your interview with Tallis Mobility has been rescheduled",
        "date": "2026-05-26 11:02 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Tallis Mobility", "#212529",
                  "Sent via Ashby on behalf of Tallis Mobility."),
        "text": """Hi Fernando,

Your interview for Fleet Operations Lead (Barcelona) has been moved.

Previous time: Thursday, May 28, 2026, 11:00 – 11:45 CEST
New time: Friday, May 29, 2026, 15:00 – 15:45 CEST
Interviewer: Priya Raman

The video link stays the same: https://meet.tallismobility.example.co.uk/j/88120455

An updated calendar invitation is on its way.

Tallis Mobility Recruiting
""",
    },
    {
        "name": "agency_client_moved_roro",
        "kind": "interview_reschedule_or_cancel", "lang": "en", "company": "RoRo Terminals",
        "contact": HARBOUR_REC[1],
        "key": "J_move", "parent": "J_inv",
        "frm": HARBOUR_REC,
        "subject": "RE: Interview with RoRo Terminals – Thursday 14:00",
        "date": "2026-07-08 17:26 +0200",
        "text": """Hi Fernando,

Change of plan from RoRo's side, sorry: a vessel arrival has been brought forward and Marloes has to be on the quay tomorrow afternoon.

They've asked to move your interview to Tuesday 14 July at 10:00, still on Teams. The new invite should reach you directly from their HR in the next hour. Let me know if Tuesday morning is a problem.

Best,
""" + HARBOUR_SIG + "\n",
    },
    # ------------------------------------------------------------ de 12-13
    {
        "name": "ics_update_neckar_mobil",
        "kind": "interview_reschedule_or_cancel", "lang": "de", "company": "Neckar Mobil",
        "contact": NECKAR_REC[1],
        "key": "D_move", "parent": "D_inv",
        "frm": NECKAR_REC,
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Terminverschiebung: Vorstellungsgespräch Fuhrparkkoordinator",
        "date": "2026-04-20 15:32 +0200",
        "text": """Sehr geehrter Herr Aguilar-Nakamura,

leider müssen wir unser Gespräch am Donnerstag verschieben, da Herr Brenner kurzfristig zu einem Kundentermin nach München reisen muss.

Neuer Termin: Dienstag, 28. April 2026, 14:00 bis 15:00 Uhr, ebenfalls in der Borsigstraße 14. Die aktualisierte Kalendereinladung ersetzt die bisherige.

Wir bitten um Ihr Verständnis und freuen uns auf das Gespräch.

Mit freundlichen Grüßen

""" + NECKAR_SIG + "\n",
        "ics": {"method": "REQUEST", "uid": "neckarmobil-fpk-0423-fan@neckarmobil.example.de",
                "seq": 1, "start": "2026-04-28 14:00 +0200", "end": "2026-04-28 15:00 +0200",
                "summary": "Vorstellungsgespräch Fuhrparkkoordinator – F. Aguilar-Nakamura",
                "location": "Neckar Mobil, Borsigstraße 14, 70469 Stuttgart",
                "organizer": NECKAR_REC},
    },
    {
        "name": "ics_cancel_schwabenlogistik",
        "kind": "interview_reschedule_or_cancel", "lang": "de", "company": "Schwabenlogistik",
        "contact": SCHWABEN_REC[1],
        "key": "SL_cancel", "parent": "SL_inv",
        "frm": SCHWABEN_REC,
        "subject": "Abgesagt: Telefoninterview Disponent Fuhrpark",
        "date": "2026-06-15 16:48 +0200",
        "text": """Guten Tag Herr Aguilar-Nakamura,

ich muss unser Telefonat morgen um 9:30 Uhr leider absagen – bei uns ist ein Systemausfall in der Disposition, den ich morgen früh begleiten muss.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag.

Freundliche Grüße
Tobias Kern
Teamleiter Disposition
Schwabenlogistik GmbH & Co. KG · Porschestraße 55 · 70806 Kornwestheim
""",
        "ics": {"method": "CANCEL", "uid": "sg-88120-phone-fan@schwabenlogistik.example.de",
                "seq": 1, "start": "2026-06-16 09:30 +0200", "end": "2026-06-16 10:00 +0200",
                "summary": "Abgesagt: Telefoninterview Disponent Fuhrpark",
                "organizer": SCHWABEN_REC},
    },
    # ------------------------------------------------------------ fr 14-15
    {
        "name": "moved_phocea",
        "kind": "interview_reschedule_or_cancel", "lang": "fr", "company": "Phocéa Logistique",
        "contact": PHOCEA_REC[1],
        "key": "K_move", "parent": "K_inv",
        "frm": PHOCEA_REC,
        "subject": "Décalage de votre entretien du 20 août",
        "date": "2026-08-17 09:20 +0200",
        "text": """Bonjour Fernando,

Hélène Garnier doit se rendre en urgence sur notre site d'Avignon jeudi. Nous devons donc décaler votre entretien prévu le 20 août à 14h.

Pourriez-vous venir le mardi 25 août à 10h, toujours à Fos-sur-Mer (bâtiment administratif, 1er étage) ? Si ce créneau ne vous convient pas, proposez-moi deux autres disponibilités.

Toutes mes excuses pour ce changement.

Bien à vous,
Julien Baptiste
Responsable recrutement, Phocéa Logistique
04 42 05 33 71
""",
    },
    {
        "name": "cancel_without_rejection_massilia",
        "kind": "interview_reschedule_or_cancel", "lang": "fr", "company": "Massilia Fret",
        "contact": MASSILIA_REC[1],
        "key": "MF_cancel", "parent": "MF_inv",
        "frm": MASSILIA_REC,
        "subject": "Re: Proposition d'entretien – Responsable de parc",
        "date": "2026-09-18 16:15 +0200",
        "text": reply("""Bonjour Monsieur Aguilar-Nakamura,

Je suis contrainte d'annuler notre entretien de lundi : M. Lopez est retenu par un audit de sécurité imprévu sur le port toute la journée.

Le poste reste ouvert et votre candidature nous intéresse toujours. Je reviens vers vous dès que possible avec de nouvelles dates.

Avec toutes nos excuses,

Nadia Benali
Chargée RH · Massilia Fret""", "fr", "lun. 14 sept. 2026 à 11:40", MASSILIA_REC, MASSILIA_INVITE),
    },
]

MISSED: list[dict] = [
    # ------------------------------------------------------------ es 1-5
    {
        "name": "called_twice_turia",
        "kind": "missed_interview_notice", "lang": "es", "company": "Autobuses Turia",
        "contact": TURIA_REC[1],
        "key": "B_missed", "parent": "B_inv",
        "frm": TURIA_REC,
        "subject": "Entrevista telefónica no realizada",
        "date": "2026-01-27 11:02 +0100",
        "text": TURIA_MISSED,
    },
    {
        "name": "no_show_office_costa_blanca",
        "kind": "missed_interview_notice", "lang": "es", "company": "Costa Blanca Rent",
        "contact": "paco.giner@costablancarent.example.es",
        "key": "CB_missed", "parent": "ext_cb_invite",
        "frm": ("Paco Giner", "paco.giner@costablancarent.example.es"),
        "subject": "Hoy 9:30 – ¿qué pasó?",
        "date": "2026-03-26 10:41 +0100",
        "text": """Fernando, buenos días.

Te estuvimos esperando esta mañana a las 9:30 en el mostrador de la terminal de El Altet para la entrevista, tal como quedamos por teléfono. A las 10:15 nos tuvimos que ir a una reunión.

No sé si te surgió algo. Si sigues interesado, llámame y vemos.

Paco Giner
Jefe de Base · Costa Blanca Rent
Aeropuerto de Alicante-Elche, Terminal, planta 0
Móvil 655 20 18 44

Enviado desde mi móvil
""",
    },
    {
        "name": "waited_on_meet_rodalia",
        "kind": "missed_interview_notice", "lang": "es", "company": "Rodalia Mobility",
        "contact": RODALIA_REC[1],
        "key": "RO_missed", "parent": "RO_inv",
        "frm": RODALIA_REC,
        "subject": "Re: Entrevista Fleet Coordinator – Rodalia",
        "date": "2026-04-15 17:22 +0200",
        "text": """Hola Fernando,

Te hemos esperado en el Meet desde las 17:00 hasta ahora, unos veinte minutos, y no te hemos visto conectarte. ¿Ha pasado algo? Puede que el enlace diera problemas.

Dime algo cuando puedas.

Marc
""",
    },
    {
        "name": "buzon_transregio",
        "kind": "missed_interview_notice", "lang": "es", "company": "Grupo Transregio",
        "contact": TRANSREGIO_REC[1],
        "key": "T_missed", "parent": "T_move",
        "frm": TRANSREGIO_REC,
        "subject": "Te estuve esperando",
        "date": "2026-08-03 09:35 -0600",
        "text": """Hola Fer:

Te estuve esperando en la liga de Meet desde las 9:00 (17:00 de allá) y no te conectaste. Luego te marqué dos veces al celular y me mandó directo a buzón.

Espero que todo esté bien. Avísame si todavía te interesa la vacante para ver si el gerente tiene otro espacio esta semana.

Saludos,
Brenda Garza
Atracción de Talento · Grupo Transregio
""",
    },
    {
        "name": "teamtailor_no_show",
        "kind": "missed_interview_notice", "lang": "es", "company": "Mediterránea de Autocares",
        "parent": "MA_inv",
        "frm": ("Mediterránea de Autocares", "no-reply@teamtailor-mail.com"),
        "subject": "No pudimos verte en tu entrevista",
        "date": "2026-05-27 12:05 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Mediterránea de Autocares", "#5f3dc4", "Powered by Teamtailor"),
        "text": """Hola Fernando:

Hoy a las 11:30 tenías reservada una entrevista por videollamada con el equipo de Operaciones de Mediterránea de Autocares, pero no llegaste a conectarte.

Si ha sido un imprevisto, puedes reservar un nuevo horario antes del viernes desde este enlace: https://mediterranea-autocares.teamtailor.com/meetings/7f3a9c

Si ya no te interesa el puesto, también puedes retirar tu candidatura desde tu perfil.

Un saludo,
Mediterránea de Autocares
""",
    },
    # ------------------------------------------------------------ en 6-7
    {
        "name": "agency_waited_on_teams_roro",
        "kind": "missed_interview_notice", "lang": "en", "company": "RoRo Terminals",
        "contact": HARBOUR_REC[1],
        "key": "J_missed", "parent": "J_move",
        "frm": HARBOUR_REC,
        "subject": "You didn't join the RoRo interview this morning",
        "date": "2026-07-14 10:31 +0200",
        "text": """Hi Fernando,

I've just had a call from RoRo Terminals: Marloes and their HR partner waited on Teams from 10:00 to 10:15 and you didn't join. I tried your mobile twice as well but couldn't get through.

Can you let me know what happened as soon as you see this? I'd like to go back to them today, ideally with an explanation and a couple of alternative times.

Best,
""" + HARBOUR_SIG + "\n",
    },
    {
        "name": "tried_calling_twice_delfshaven",
        "kind": "missed_interview_notice", "lang": "en", "company": "Delfshaven Fleet Services",
        "contact": DELFS_REC[1],
        "key": "DF_missed", "parent": "DF_inv",
        "frm": DELFS_REC,
        "subject": "Re: quick chat?",
        "date": "2026-08-13 10:18 +0200",
        "text": """Fernando, tried calling you twice at 10:00 as agreed, went straight to voicemail both times. Let me know if you still want to talk.

Bas

> Yes, Thursday at 10 works. Talk then!
> Fernando
""",
    },
    # ------------------------------------------------------------ de 8-9
    {
        "name": "waited_in_teams_remstal",
        "kind": "missed_interview_notice", "lang": "de", "company": "Remstal Logistik",
        "contact": "f.weiss@remstal-logistik.example.de",
        "parent": "ext_remstal_invite",
        "frm": ("Franziska Weiß", "f.weiss@remstal-logistik.example.de"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Unser Termin heute um 14:00 Uhr",
        "date": "2026-07-22 14:37 +0200",
        "shell": ("outlook",),
        "text": """Sehr geehrter Herr Aguilar-Nakamura,

wir haben heute um 14:00 Uhr im Teams-Meeting auf Sie gewartet, leider haben Sie sich nicht eingewählt. Auch telefonisch konnten wir Sie nicht erreichen.

Falls etwas Unvorhergesehenes passiert ist, geben Sie uns bitte bis Freitag Bescheid. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Stelle als Fuhrparkkoordinator haben.

Mit freundlichen Grüßen

Franziska Weiß
Personalreferentin
Remstal Logistik GmbH · Industriestraße 8 · 71384 Weinstadt
Tel. 07151 555 330
""",
    },
    {
        "name": "agency_not_reachable_personalwerk",
        "kind": "missed_interview_notice", "lang": "de", "company": "Personalwerk Süd",
        "contact": PWS_REC[1],
        "parent": "ext_pws_phone_slot",
        "frm": PWS_REC,
        "subject": "Telefontermin heute – nicht erreicht",
        "date": "2026-08-26 11:12 +0200",
        "charset": "iso-8859-1",
        "text": """Hallo Herr Aguilar-Nakamura,

ich habe Sie heute um 10:30 Uhr zum vereinbarten Telefoninterview für die neue Disponentenstelle bei einem unserer Kunden zweimal angerufen, Sie aber leider nicht erreicht. Eine Nachricht auf der Mailbox konnte ich nicht hinterlassen.

Bitte melden Sie sich kurz, wann es bei Ihnen passt. Der Kunde möchte die Vorauswahl bis Ende der Woche abschließen.

Beste Grüße
Selin Arslan
Personalberaterin · Personalwerk Süd
0711 555 73 00
""",
    },
    # ------------------------------------------------------------ fr 10
    {
        "name": "attendu_au_depot_calanques",
        "kind": "missed_interview_notice", "lang": "fr", "company": "Transports Calanques",
        "contact": CALANQUES_REC[1],
        "key": "E_missed", "parent": "E_inv",
        "frm": CALANQUES_REC,
        "subject": "Journée d'immersion de ce matin",
        "date": "2026-05-12 09:02 +0200",
        "text": CALANQUES_MISSED,
    },
]

__all__ = ["INVITATIONS", "MASSILIA_INVITE", "MISSED", "RESCHEDULES", "VINALOPO_INVITE"]
