"""Corpus 262, kind `rejection`: 31 hand-written messages (15 es, 8 en, 4 de, 4 fr).

Every message words its "no" differently."""

from __future__ import annotations

from msgs262_acks import HARBOUR_REC, PWS_REC, TEMPO_REC, TEMPO_SIG
from msgs262_common import CAND, forward, outlook, reply
from msgs262_invites import (
    DELFS_REC,
    HARBOUR_SIG,
    KESTREL_REC,
    MASSILIA_REC,
    NORDKAP_REC,
    NORDKAP_SIG,
    RODALIA_REC,
    SEGURA_REC,
    TRANSREGIO_REC,
    VINALOPO_INVITE,
    VINALOPO_REC,
)
from msgs262_other import (
    ALBUFERA_REC,
    CALANQUES_REC,
    CALANQUES_SORRY,
    MAASPORT_REC,
    MAASPORT_THANKS,
    MC_REC,
    TURIA_REC,
    TURIA_THANKS,
)

CAND_LINE = "Fernando Aguilar-Nakamura <fernando.an@example.mx>"

VINALOPO_CHAIN = outlook(
    """Hola Elena:

Muchas gracias. Confirmo que el martes 21 a las 11:00 estaré en la base de Elda.

Un saludo,
Fernando""", "es", "Elena Navarro <enavarro@vinalopo-transportes.example.es>",
    "lunes, 13 de abril de 2026 12:04", CAND_LINE,
    "Entrevista puesto Coordinador de Flota – Elda", VINALOPO_INVITE)

HELEN_NOTE = """Tom,

Thanks for setting up Fernando's interview. He came across really well: calm, organised, and his shift-planning examples from Monterrey were exactly what we need.

The problem is the licence. Valencia needs someone who can cover a coach route in an emergency from day one, so a D licence is a must, and his won't be through until spring. We're going ahead with Sergio from the Castellón depot.

Could you let him know, and please keep his details? If we open the second depot next year I'd like to talk to him again.

Helen"""

MASSILIA_THANKS = """Madame Benali,

Je vous remercie pour l'entretien de ce matin avec M. Lopez. J'ai beaucoup apprécié la visite du parc et les explications sur la gestion des tracteurs et des remorques entre le port et les plateformes de Vitrolles.

Je reste très motivé par ce poste et à votre disposition pour tout complément d'information.

Bien cordialement,
Fernando Aguilar-Nakamura"""

REJECTIONS: list[dict] = [
    # ------------------------------------------------------------ es 1-15
    {
        "name": "workday_formal_alquila_levante",
        "kind": "rejection", "lang": "es", "company": "Alquila Levante",
        "parent": "AL_ack",
        "frm": ("Alquila Levante", "alquilalevante@myworkday.com"),
        "subject": "Tu candidatura a Jefe/a de Base – Aeropuerto de Alicante-Elche",
        "date": "2026-04-02 07:45 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_only": True,
        "shell": ("ats", "Alquila Levante", "#e8590c",
                  "Este mensaje se ha enviado desde una dirección que no admite respuestas. Alquila Levante Rent, S.L. · Av. de Elche 112, 03008 Alicante."),
        "text": """Hola Fernando:

Gracias por el tiempo que has dedicado a presentar tu candidatura al puesto de Jefe/a de Base – Aeropuerto de Alicante-Elche (R-0417).

Tras revisar con detenimiento todos los perfiles recibidos, te comunicamos que no vamos a avanzar con tu candidatura en esta ocasión.

Conservaremos tus datos en nuestra base de talento durante doce meses, salvo que nos indiques lo contrario desde tu perfil de candidato.

Un saludo,
Equipo de Selección
Alquila Levante
""",
    },
    {
        "name": "soft_closer_match_benacantil",
        "kind": "rejection", "lang": "es", "company": "Logística Benacantil",
        "contact": "marta.soler@benacantil-log.example.es",
        "parent": "BN_move",
        "frm": ("Marta Soler Pastor", "marta.soler@benacantil-log.example.es"),
        "subject": "Proceso Coordinador/a de flota de reparto – resolución",
        "date": "2026-03-31 13:10 +0200",
        "shell": ("simple",),
        "text": """Estimado Fernando:

Queremos agradecerle su participación en la dinámica de grupo y la entrevista del pasado martes 17.

Después de valorar a todas las personas que han llegado a esta fase, hemos decidido seguir adelante con candidatos cuya experiencia se ajusta más a lo que necesitamos en este momento, en particular en la gestión de repartos de última milla.

Le deseamos mucho éxito en su búsqueda.

Reciba un cordial saludo,

Marta Soler Pastor
Responsable de Personas · Logística Benacantil
C/ del Marco 14, Pol. Las Atalayas, 03114 Alicante
""",
    },
    {
        "name": "on_hold_cargo_diagonal_qp",
        "kind": "rejection", "lang": "es", "company": "Cargo Diagonal",
        "contact": "jordi.puig@cargodiagonal.example.es",
        "parent": "CD_ack",
        "frm": ("Jordi Puig de Cargo Diagonal", "noreply@smartrecruiters.com"),
        "reply_to": ("Jordi Puig", "jordi.puig@cargodiagonal.example.es"),
        "subject": "Actualización sobre Fleet Coordinator – Zona Franca",
        "date": "2026-04-21 12:40 +0200",
        "cte": "quoted-printable",
        "shell": ("ats", "Cargo Diagonal", "#2b8a3e"),
        "text": """Hola Fernando:

Te escribo para contarte en qué punto está el proceso de Fleet Coordinator – Zona Franca.

Por un cambio en el contrato con nuestro principal cliente del puerto, el puesto ha quedado en suspenso y no vamos a continuar con el proceso de selección, ni contigo ni con el resto de candidaturas. No sabemos si volverá a abrirse este año.

Siento no traerte mejores noticias después de tu paciencia. Gracias por el interés en Cargo Diagonal.

Jordi Puig
Talent Acquisition · Cargo Diagonal
""",
    },
    {
        "name": "terse_costa_blanca",
        "kind": "rejection", "lang": "es", "company": "Costa Blanca Rent",
        "contact": "paco.giner@costablancarent.example.es",
        "parent": "CB_missed",
        "frm": ("Paco Giner", "paco.giner@costablancarent.example.es"),
        "subject": "Re: Hoy 9:30 – ¿qué pasó?",
        "date": "2026-03-30 18:02 +0200",
        "text": """Fernando, ya hemos cubierto la plaza con otra persona. Gracias igualmente.

Paco

Enviado desde mi móvil
""",
    },
    {
        "name": "agency_relays_no_azahar",
        "kind": "rejection", "lang": "es", "company": "Logística Azahar",
        "contact": TEMPO_REC[1],
        "parent": "F_inv",
        "frm": TEMPO_REC,
        "subject": "Respuesta de Logística Azahar",
        "date": "2026-02-24 16:55 +0100",
        "text": """Hola Fernando:

Me acaba de llamar Sergio Llorens, de Logística Azahar. Les gustó mucho cómo hablaste de la organización de turnos, pero se han decantado por otro candidato que ya tenía el carné C y experiencia con carretillas, porque el puesto combina coordinación y algo de almacén.

Sé que te hacía ilusión. Tu perfil sigue activo con nosotros y ya estoy mirando otras opciones en Castellón y Sagunto que creo que te pueden encajar mejor.

Hablamos esta semana.

Un abrazo,

""" + TEMPO_SIG,
    },
    {
        "name": "after_interview_quotes_thanks_turia",
        "kind": "rejection", "lang": "es", "company": "Autobuses Turia",
        "contact": TURIA_REC[1],
        "parent": "B_thanks",
        "frm": TURIA_REC,
        "subject": "RE: Gracias por la entrevista",
        "date": "2026-02-18 10:27 +0100",
        "text": reply("""Estimado Sr. Aguilar-Nakamura:

Le agradezco sus amables palabras y el interés que ha mostrado durante todo el proceso.

Lamentablemente, la dirección se ha inclinado finalmente por otra persona con más recorrido en transporte urbano de viajeros, así que no podremos contar con usted para el puesto de Coordinador de Tráfico.

Le animo a seguir atento a nuestras ofertas: en primavera abriremos plazas para la nueva línea de la Marina.

Atentamente,

Rosa Martínez Albert
Técnica de Selección · Autobuses Turia""", "es", "mié, 4 feb 2026 a las 19:05", CAND, TURIA_THANKS),
    },
    {
        "name": "filled_internally_albufera",
        "kind": "rejection", "lang": "es", "company": "Automóviles Albufera",
        "contact": ALBUFERA_REC[1],
        "parent": "I_move",
        "frm": ("Ana Belén Roig de Automóviles Albufera", "noreply@smartrecruiters.com"),
        "reply_to": ALBUFERA_REC,
        "subject": "Coordinador/a de Flota Interna – cierre del proceso",
        "date": "2026-04-21 09:05 +0200",
        "shell": ("ats", "Automóviles Albufera", "#1c3d6e",
                  "Enviado a través de SmartRecruiters en nombre de Automóviles Albufera."),
        "text": """Hola Fernando:

Gracias por tu participación en el centro de evaluación del 7 de abril; el equipo valoró muy bien tu prueba de planificación.

Te escribo para informarte de que la vacante de Coordinador/a de Flota Interna se ha cubierto finalmente mediante promoción interna de una persona del área de logística de la planta, por lo que damos el proceso externo por cerrado.

Guardaremos tu candidatura por si surgen nuevas posiciones similares.

Un saludo,
Ana Belén Roig
Selección · Automóviles Albufera
""",
    },
    {
        "name": "casual_colleague_rodalia",
        "kind": "rejection", "lang": "es", "company": "Rodalia Mobility",
        "contact": RODALIA_REC[1],
        "parent": "RO_missed",
        "frm": RODALIA_REC,
        "subject": "Re: Entrevista Fleet Coordinator – Rodalia",
        "date": "2026-04-28 19:14 +0200",
        "text": """Ei Fernando!

Te escribo rápido y sin rodeos: al final el equipo ha elegido a otra persona para lo de coordinación de flota. Me sabe fatal, porque la charla del viernes (gracias por conectarte al final, el enlace nuevo sí funcionó) estuvo genial.

El que entra ya llevaba la flota de una empresa de motos compartidas aquí en Barcelona y eso ha pesado.

Si te parece, te tengo en cuenta para la apertura de Valencia en otoño. Y si pasas por el Poblenou, te invito a un café.

Abrazo,
Marc
""",
    },
    {
        "name": "role_cancelled_movilidad_castellon_latin1",
        "kind": "rejection", "lang": "es", "company": "Movilidad Castellón",
        "contact": MC_REC[1],
        "parent": "MC_inv",
        "frm": MC_REC,
        "subject": "Proceso Coordinador de Flota: línea al aeropuerto",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-02-10 12:48 +0100",
        "charset": "iso-8859-1",
        "text": """Hola, Fernando:

Te escribo para comunicarte una decisión que no esperábamos. El Consell ha retrasado la adjudicación definitiva de la línea Castellón-Aeropuerto y la dirección ha decidido no crear finalmente el puesto de Coordinador de Flota. Por tanto, el proceso queda cerrado para todos los candidatos.

Te agradecemos mucho el tiempo que dedicaste a la entrevista del día 28. Si la línea sale adelante más adelante, volveremos a publicar la oferta.

Un saludo,

Pilar Esteve
Recursos Humanos · Movilidad Castellón
Avda. del Mar 19, 12003 Castelló de la Plana
""",
    },
    {
        "name": "mexican_hr_transregio",
        "kind": "rejection", "lang": "es", "company": "Grupo Transregio",
        "contact": TRANSREGIO_REC[1],
        "parent": "T_missed",
        "frm": TRANSREGIO_REC,
        "subject": "Seguimiento de tu proceso – Grupo Transregio",
        "date": "2026-08-19 11:30 -0600",
        "text": """Hola Fernando, buenas tardes por allá.

Primero, gracias por reponer la llamada el miércoles y por platicar con el Ing. Salinas; se quedó con buena impresión de tu trato con los choferes.

Te comparto que en esta ocasión no vamos a continuar con tu proceso. Para el arranque del hub el gerente busca a alguien que ya maneje SAP y que haya trabajado con almacenes fiscales, y ahí todavía no te vimos tan fuerte.

Te deseo mucho éxito, paisano. Si abrimos otra vacante en operación de transporte, te busco.

Saludos cordiales,
Lic. Brenda Garza Villarreal
Atracción de Talento · Grupo Transregio
""",
    },
    {
        "name": "outlook_chain_vinalopo",
        "kind": "rejection", "lang": "es", "company": "Transportes Vinalopó",
        "contact": VINALOPO_REC[1],
        "parent": "VI_inv",
        "frm": VINALOPO_REC,
        "subject": "RE: Entrevista puesto Coordinador de Flota – Elda",
        "date": "2026-05-05 17:20 +0200",
        "shell": ("outlook",),
        "text": outlook("""Buenas tardes, Fernando:

Gracias de nuevo por venir a Elda y por la paciencia con los plazos.

Lamento comunicarte que no has sido la persona seleccionada para la coordinación de flota. Rafa y yo valoramos mucho tu experiencia, pero necesitábamos a alguien que conociera ya el transporte frigorífico.

Te deseo lo mejor.

Elena Navarro
Recursos Humanos · Transportes Vinalopó
Avda. de Chapí 82, 03600 Elda · 965 38 02 11

La información contenida en este correo es confidencial y para uso exclusivo del destinatario. Si no es usted el destinatario, le rogamos que lo comunique al remitente y lo borre. Transportes Vinalopó, S.L. es responsable del tratamiento de sus datos.""",
                        "es", CAND_LINE, "lunes, 13 de abril de 2026 19:30",
                        "Elena Navarro <enavarro@vinalopo-transportes.example.es>",
                        "RE: Entrevista puesto Coordinador de Flota – Elda", VINALOPO_CHAIN),
    },
    {
        "name": "teamtailor_not_finalist_segura",
        "kind": "rejection", "lang": "es", "company": "Segura Bus",
        "contact": SEGURA_REC[1],
        "parent": "L_cancel",
        "frm": ("Carmen Abellán de Segura Bus", "no-reply@teamtailor-mail.com"),
        "reply_to": SEGURA_REC,
        "subject": "Tu candidatura a Jefe/a de Flota",
        "date": "2026-10-01 13:15 +0200",
        "shell": ("ats", "Segura Bus", "#2f9e44", "Powered by Teamtailor"),
        "text": """Hola Fernando:

Te escribo para cerrar el proceso de Jefe/a de Flota. Tras la reorganización de la dirección de explotación, hemos retomado la selección con un perfil algo distinto y nuestro comité ya ha terminado las entrevistas.

Tu perfil no ha quedado entre los finalistas, así que no seguiremos adelante con tu candidatura. Sentimos que no llegáramos a conocernos en persona.

Gracias por tu interés en Segura Bus.

Carmen Abellán
Selección y Desarrollo · Segura Bus
""",
    },
    {
        "name": "cp1252_qp_palancia",
        "kind": "rejection", "lang": "es", "company": "Flotas Palancia",
        "contact": "vmontanes@flotaspalancia.example.es",
        "parent": "PA_inv",
        "frm": ("Vicent Montañés", "vmontanes@flotaspalancia.example.es"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Su candidatura – Coordinador de Flota (Segorbe)",
        "date": "2026-03-06 09:50 +0100",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": """Apreciado Fernando:

Gracias por la entrevista del lunes 23 y por el interés mostrado en “Flotas Palancia”.

Le informamos de que su candidatura no ha prosperado. El comité valoró positivamente su experiencia, pero para este puesto –que incluye la gestión de los permisos de transporte de mercancías y la relación con los talleres de la comarca– se ha optado por un perfil con trayectoria en el sector en España.

Reciba un cordial saludo,

Vicent Montañés
Jefe de Operaciones
Flotas Palancia, S.L. · Pol. Ind. La Esperanza, parc. 9, 12400 Segorbe
""",
    },
    {
        "name": "headhunter_unnamed_client_cima",
        "kind": "rejection", "lang": "es", "company": "Cima Headhunters",
        "contact": "beatriz.olmos@cimaheadhunters.example.es",
        "parent": "ext_cima_presentation",
        "frm": ("Beatriz Olmos", "beatriz.olmos@cimaheadhunters.example.es"),
        "subject": "Actualización sobre el proceso de Jefe/a de Tráfico",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-05-20 18:33 +0200",
        "text": """Hola Fernando:

Como te prometí, te doy noticias del proceso de Jefe/a de Tráfico para mi cliente, la empresa de transporte de viajeros de la provincia de Valencia de la que te hablé.

Después de revisar la terna que les presenté, mi cliente me ha trasladado que prefiere no avanzar con tu perfil: buscan a alguien que haya gestionado convenios colectivos y negociación con el comité de empresa, algo que en tu trayectoria todavía no aparece.

Me quedo con tu CV y con muy buena impresión de nuestra conversación. Tengo otros dos procesos de operaciones que se abren en junio y te llamaré.

Un saludo,

Beatriz Olmos
Socia · Cima Headhunters
C/ Colón 12, 6.º, 46004 València · +34 963 53 88 20
""",
    },
    {
        "name": "letter_pdf_flota_eixample",
        "kind": "rejection", "lang": "es", "company": "Flota Eixample",
        "contact": "seleccio@flotaeixample.example.es",
        "parent": "ext_eixample_interview",
        "frm": ("Flota Eixample – Selecció", "seleccio@flotaeixample.example.es"),
        "subject": "Resolución proceso de selección – Coordinador/a de Turnos",
        "date": "2026-06-30 11:00 +0200",
        "shell": ("simple",),
        "text": """Estimado Sr. Aguilar-Nakamura:

Le agradecemos su participación en el proceso de selección para el puesto de Coordinador/a de Turnos de nuestra flota de taxis.

Lamentamos informarle de que no ha sido seleccionado para el puesto. Encontrará el detalle de la resolución en la carta adjunta.

Atentamente,

Departamento de Selección
Flota Eixample, S.L. · Carrer d'Aragó 255, 08007 Barcelona
""",
        "pdfs": [{"filename": "Resolucion_proceso_FE-2026-11.pdf",
                  "title": "Flota Eixample - Resolucion del proceso FE-2026-11",
                  "lines": ["Barcelona, 30 de junio de 2026",
                            "Sr. Fernando Aguilar-Nakamura",
                            "Una vez finalizadas las entrevistas, la comision de seleccion ha resuelto",
                            "cubrir el puesto de Coordinador/a de Turnos con otra candidatura.",
                            "Le agradecemos su interes y le deseamos exito profesional."]}],
    },
    # ------------------------------------------------------------ en 16-23
    {
        "name": "greenhouse_via_quotes_thanks_maasport",
        "kind": "rejection", "lang": "en", "company": "Maasport Logistics",
        "contact": MAASPORT_REC[1],
        "parent": "C_thanks",
        "frm": ("Sanne de Wit via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": MAASPORT_REC,
        "subject": "Re: Thank you – Fleet Coordinator interview",
        "date": "2026-04-02 15:48 +0200",
        "text": reply("""Hi Fernando,

Thank you for the kind note; it was a pleasure for us too.

I'm sorry to say that we've offered the position to another candidate, someone who has run a mixed fleet of trucks and trailers in the port area for several years. It was a close call, and Joost specifically asked me to mention how much he liked your approach to rota planning.

We'd be glad to keep your details for future openings in the yard team.

All the best,
Sanne de Wit
Talent Acquisition, Maasport Logistics""", "en", "Fri, 20 Mar 2026 at 17:52", CAND, MAASPORT_THANKS),
    },
    {
        "name": "agency_relays_no_roro",
        "kind": "rejection", "lang": "en", "company": "RoRo Terminals",
        "contact": HARBOUR_REC[1],
        "parent": "J_missed",
        "frm": HARBOUR_REC,
        "subject": "Feedback from RoRo Terminals",
        "date": "2026-07-21 12:05 +0200",
        "text": """Hi Fernando,

I've now had feedback from RoRo Terminals following the rearranged interview on Friday.

They've decided not to take your application any further. Marloes said your planning examples were solid, but after the missed call on the 14th they had doubts about reliability for a role that runs the early shift, and another candidate already had terminal experience.

I know that's not what you hoped to hear. I'll keep you in mind for the coordinator roles I'm working on in Waalhaven.

Best,
""" + HARBOUR_SIG + "\n",
    },
    {
        "name": "lever_formal_portside",
        "kind": "rejection", "lang": "en", "company": "Portside Vans",
        "parent": "ext_portside_application",
        "frm": ("Portside Vans", "no-reply@hire.lever.co"),
        "subject": "Your application to Portside Vans",
        "date": "2026-06-18 09:30 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Portside Vans", "#495057", "Sent via Lever."),
        "text": """Hi Fernando,

We appreciate your interest in the Fleet Coordinator role at Portside Vans and the time you invested in applying.

After reviewing your application, we regret to inform you that we will not be progressing it to the next stage.

We wish you every success in your job search.

The Portside Vans Hiring Team
""",
    },
    {
        "name": "ashby_soft_tallis",
        "kind": "rejection", "lang": "en", "company": "Tallis Mobility",
        "parent": "TA_move",
        "frm": ("Tallis Mobility", "no-reply@ashbyhq.com"),
        "subject": "Update on your application – Fleet Operations Lead (Barcelona)",
        "date": "2026-06-10 14:00 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Tallis Mobility", "#212529",
                  "Sent via Ashby on behalf of Tallis Mobility."),
        "text": """Hi Fernando,

Thank you for interviewing with Priya for the Fleet Operations Lead (Barcelona) role and for your flexibility with the scheduling.

We have decided to move forward with candidates whose experience more closely matches our needs for this role, particularly around electric vehicle charging operations.

We really appreciate your time and wish you the best of luck.

Tallis Mobility Recruiting
""",
    },
    {
        "name": "terse_delfshaven",
        "kind": "rejection", "lang": "en", "company": "Delfshaven Fleet Services",
        "contact": DELFS_REC[1],
        "parent": "DF_missed",
        "frm": DELFS_REC,
        "subject": "Re: quick chat?",
        "date": "2026-08-25 08:12 +0200",
        "text": """Fernando – we went another way. Thanks for your time.

Bas
""",
    },
    {
        "name": "icims_on_hold_voltera",
        "kind": "rejection", "lang": "en", "company": "Voltera Motors",
        "parent": "V_ack",
        "frm": ("Voltera Motors Careers", "noreply@icims.com"),
        "subject": "Voltera Motors – Fleet Operations Coordinator (Req 4410)",
        "date": "2026-07-09 16:00 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "shell": ("ats", "Voltera Motors", "#0b7285",
                  "This email was sent from an unmonitored mailbox."),
        "text": """Dear Fernando Aguilar-Nakamura,

Thank you for your interest in the Fleet Operations Coordinator position (Requisition 4410).

We are writing to let you know that the role has been put on hold and we will not proceed with applications at this time. Should the position reopen, it will be posted again on our career site and you are welcome to reapply.

We appreciate your interest in Voltera Motors.

Sincerely,
Voltera Motors Talent Acquisition
""",
    },
    {
        "name": "base64_disclaimer_nordkap",
        "kind": "rejection", "lang": "en", "company": "Nordkap Rentals",
        "contact": NORDKAP_REC[1],
        "parent": "NK_move",
        "frm": NORDKAP_REC,
        "subject": "Fleet Coordinator, Barcelona El Prat – outcome",
        "date": "2026-07-20 10:30 +0200",
        "cte": "base64",
        "shell": ("outlook",),
        "text": """Dear Fernando,

Thank you for meeting Jordi, Elin and me on 8 July, and for your patience while we completed the remaining interviews.

Following the panel's discussion, we won't be offering you the position. The panel appreciated your customer focus and hands-on knowledge of vehicle turnaround, but felt another candidate's experience with our reservation and fleet systems would let them take over the station's planning faster during the peak season.

I'd be happy to share more detailed feedback by phone if that would be useful.

Kind regards,

""" + NORDKAP_SIG + "\n",
    },
    {
        "name": "forwarded_manager_note_kestrel",
        "kind": "rejection", "lang": "en", "company": "Kestrel Coaches",
        "contact": KESTREL_REC[1],
        "parent": "KC_inv",
        "frm": KESTREL_REC,
        "subject": "Fwd: Valencia depot – Fernando A-N",
        "date": "2026-10-14 11:40 +0100",
        "text": forward("""Hi Fernando,

I'm passing on Helen's note below rather than paraphrasing it, as I think it's fairer to you. I'm sorry it isn't better news: we won't be taking your application forward for the Valencia depot role.

Helen means what she says about the second depot, so I'll keep your details on file and get in touch if that goes ahead.

Best wishes,
Tom

Tom Ashworth
Recruitment Partner, Kestrel Coaches""", "en", "Helen Marsh <helen.marsh@kestrelcoaches.example.co.uk>",
                        "Mon, 12 Oct 2026 at 18:05", "Valencia depot – Fernando A-N",
                        "Tom Ashworth <tom.ashworth@kestrelcoaches.example.co.uk>", HELEN_NOTE),
    },
    # ------------------------------------------------------------ de 24-27
    {
        "name": "after_assessment_feuerbach",
        "kind": "rejection", "lang": "de", "company": "Karosseriewerke Feuerbach",
        "contact": "katrin.woehrle@feuerbach-karosserie.example.de",
        "parent": "H_inv",
        "frm": ("Katrin Wöhrle", "katrin.woehrle@feuerbach-karosserie.example.de"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Ihre Bewerbung als Koordinator Werksfuhrpark (m/w/d)",
        "date": "2026-06-09 14:25 +0200",
        "shell": ("outlook",),
        "text": """Sehr geehrter Herr Aguilar-Nakamura,

vielen Dank für Ihre Teilnahme an unserem Assessment-Center am 3. Juni und das Engagement, das Sie dabei gezeigt haben.

Nach sorgfältiger Auswertung aller Ergebnisse müssen wir Ihnen leider mitteilen, dass wir Ihnen keine Stelle anbieten können. Ausschlaggebend waren vor allem die Anforderungen an die Kommunikation mit den Werksabteilungen, die überwiegend auf Deutsch stattfindet.

Ihre Fallstudie hat das Beobachterteam überzeugt. Gern nehmen wir Sie mit Ihrem Einverständnis in unseren Talentpool auf.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Katrin Wöhrle
Talent Acquisition
Karosseriewerke Feuerbach GmbH · Siemensstraße 40 · 70469 Stuttgart

Karosseriewerke Feuerbach GmbH · Sitz der Gesellschaft: Stuttgart · Registergericht: Amtsgericht Stuttgart HRB 000000 · Geschäftsführung: Dr. Ulrike Maas, Stefan Kögel
""",
    },
    {
        "name": "softgarden_formal_schwaben",
        "kind": "rejection", "lang": "de", "company": "Schwabenlogistik",
        "parent": "SL_cancel",
        "frm": ("Schwabenlogistik", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung bei Schwabenlogistik",
        "date": "2026-07-01 10:00 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_only": True,
        "shell": ("ats", "Schwabenlogistik", "#e67700",
                  "Diese Nachricht wurde automatisch über softgarden versendet."),
        "text": """Guten Tag Herr Aguilar-Nakamura,

nochmals vielen Dank für Ihr Interesse an der Position Disponent Fuhrpark (m/w/d) und Ihre Geduld nach dem verschobenen Telefonat.

Inzwischen haben wir die Vorauswahl abgeschlossen und uns nach Abwägung aller Unterlagen für andere Bewerberinnen und Bewerber entschieden.

Ihre Daten löschen wir gemäß den gesetzlichen Vorgaben sechs Monate nach Abschluss des Verfahrens.

Freundliche Grüße
Personalabteilung Schwabenlogistik
""",
    },
    {
        "name": "agency_relays_linienbus_latin1",
        "kind": "rejection", "lang": "de", "company": "Stuttgarter Linienbus",
        "contact": PWS_REC[1],
        "parent": "PWS_inv",
        "frm": PWS_REC,
        "subject": "Rückmeldung von Stuttgarter Linienbus",
        "subj_enc": ("iso-8859-1", "Q"),
        "date": "2026-07-06 15:05 +0200",
        "charset": "iso-8859-1",
        "text": """Hallo Herr Aguilar-Nakamura,

ich habe heute mit Herrn Kienzle über Ihr Gespräch vom 29. Juni gesprochen.

Leider hat sich der Kunde gegen eine Zusammenarbeit entschieden. Ausschlaggebend war, dass die Stelle regelmäßige Schichtübergaben mit dem Fahrpersonal auf Deutsch verlangt und Ihre Sprachkenntnisse dafür im Moment noch nicht ganz ausreichen. Ihre Erfahrung in der Einsatzplanung fand er dagegen sehr überzeugend.

Mein Tipp: Der Abendkurs A2/B1 lohnt sich. Ich melde mich, sobald ich eine Stelle mit Englisch als Arbeitssprache habe.

Beste Grüße
Selin Arslan
Personalberaterin · Personalwerk Süd
Theodor-Heuss-Straße 9 · 70174 Stuttgart · 0711 555 73 00
""",
    },
    {
        "name": "casual_no_filstal",
        "kind": "rejection", "lang": "de", "company": "Filstal Transporte",
        "contact": "j.bauer@filstal-transporte.example.de",
        "parent": "ext_filstal_call",
        "frm": ("Jürgen Bauer", "j.bauer@filstal-transporte.example.de"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Disponenten-Stelle",
        "date": "2026-09-09 17:58 +0200",
        "text": """Hallo Fernando,

kurz und ehrlich: das wird diesmal nichts mit uns. Am Funk und am Telefon mit den Fahrern läuft bei uns alles auf Schwäbisch bzw. Deutsch, und da brauch ich jemanden, der sofort loslegen kann.

Hat mich aber gefreut, dich kennenzulernen. Wenn dein Deutsch in einem Jahr sitzt, meld dich gern nochmal.

Gruß
Jürgen

Jürgen Bauer · Disposition · Filstal Transporte · Göppingen
""",
    },
    # ------------------------------------------------------------ fr 28-31
    {
        "name": "after_missed_calanques",
        "kind": "rejection", "lang": "fr", "company": "Transports Calanques",
        "contact": CALANQUES_REC[1],
        "parent": "E_sorry",
        "frm": CALANQUES_REC,
        "subject": "Re: Journée d'immersion de ce matin",
        "date": "2026-05-20 10:40 +0200",
        "text": reply("""Bonjour Monsieur Aguilar-Nakamura,

Merci pour vos explications, et nous sommes désolés pour ce voyage compliqué.

Après en avoir discuté avec le chef de dépôt, nous avons pris la décision de ne pas poursuivre le processus avec vous. Les autres candidats ont pu effectuer leur journée d'immersion et nous devons pourvoir le poste d'ici juin ; il ne nous est pas possible d'organiser une nouvelle session.

Nous vous souhaitons bonne continuation dans vos recherches.

Cordialement,

Sophie Roux
Chargée de recrutement · Transports Calanques""", "fr", "mar. 12 mai 2026 à 12:26", CAND,
                      CALANQUES_SORRY),
    },
    {
        "name": "recruitee_formal_vieux_port",
        "kind": "rejection", "lang": "fr", "company": "Location Vieux-Port",
        "parent": "LV_ack",
        "frm": ("Location Vieux-Port", "location-vieux-port@jobs.recruitee.com"),
        "subject": "Votre candidature chez Location Vieux-Port",
        "date": "2026-07-24 08:05 +0200",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html_only": True,
        "shell": ("ats", "Location Vieux-Port", "#087f5b"),
        "text": """Bonjour Fernando,

Nous vous remercions pour l'intérêt que vous portez à Location Vieux-Port et pour votre candidature au poste de Responsable d'agence adjoint H/F.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que votre profil n'a pas été retenu pour la suite du processus.

Nous conservons vos coordonnées et nous permettrons de revenir vers vous si une opportunité correspondant à votre parcours se présentait.

Cordialement,
L'équipe recrutement
Location Vieux-Port
""",
    },
    {
        "name": "agency_unnamed_client_interim_provence",
        "kind": "rejection", "lang": "fr", "company": "Intérim Provence",
        "contact": "karim.haddad@interim-provence.example.fr",
        "parent": "ext_interim_presentation",
        "frm": ("Karim Haddad", "karim.haddad@interim-provence.example.fr"),
        "subject": "Retour de mon client – poste de chef d'équipe parc",
        "date": "2026-08-28 17:20 +0200",
        "text": """Bonjour Fernando,

J'ai eu aujourd'hui le retour de mon client, le loueur de véhicules utilitaires de Vitrolles dont je vous avais parlé.

Il m'a fait un retour négatif : il préfère quelqu'un qui a déjà encadré des préparateurs de véhicules en France et qui connaît les contrôles techniques poids lourds. Votre candidature ne sera donc pas retenue pour cette mission.

Je reste à l'affût pour vous ; la rentrée est souvent riche en missions dans la logistique.

Bien à vous,

Karim Haddad
Chargé de recrutement · Intérim Provence
8 avenue du Prado, 13006 Marseille · 04 91 55 70 12
""",
    },
    {
        "name": "after_interview_cp1252_massilia",
        "kind": "rejection", "lang": "fr", "company": "Massilia Fret",
        "contact": MASSILIA_REC[1],
        "parent": "ext_massilia_thanks",
        "frm": MASSILIA_REC,
        "subject": "RE: Remerciements – entretien du 1er octobre",
        "date": "2026-10-08 14:50 +0200",
        "charset": "windows-1252",
        "text": reply("""Bonjour Monsieur Aguilar-Nakamura,

Merci pour votre message et pour la qualité de nos échanges du 1er octobre.

Je suis au regret de vous annoncer que nous avons retenu une autre candidature pour le poste de Responsable de parc. M. Lopez a privilégié un profil ayant déjà l’expérience de la réglementation portuaire à Marseille.

Nous vous remercions encore pour l’intérêt porté à Massilia Fret et vous souhaitons pleine réussite.

Bien cordialement,

Nadia Benali
Chargée RH · Massilia Fret""", "fr", "jeu. 1 oct. 2026 à 18:10", CAND, MASSILIA_THANKS),
    },
]

__all__ = ["REJECTIONS"]
