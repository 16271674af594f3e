# ruff: noqa: C408  (every message is written as a dict(...) call: keyword names read as a form)
"""Corpus 253, rejections: 31 hand-written messages (es 15, en 8, fr 4, de 4)."""

from __future__ import annotations

from msgs253_common import (
    ME,
    ats_card,
    button,
    mso,
    outlook_block,
    outlook_html,
    outlook_quote_html,
    page,
    paragraphs,
    reply,
)

ES_LOPD = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
    "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo "
    "elimine. Sus datos se tratan conforme al Reglamento (UE) 2016/679; puede ejercer sus "
    "derechos de acceso, rectificación y supresión escribiendo a privacidad@farmavia.example.es."
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- Spanish (15)

# 1. Farmavía: after the interview, quoting the candidate's thank-you note.
add(dict(
    kind="rejection", name="farmavia_after_interview_quoted_thanks", lang="es",
    company="Farmavía Laboratorios", contact="lucia.prieto@farmavia.example.es",
    frm=("Lucía Prieto", "lucia.prieto@farmavia.example.es"),
    subject="Re: Gracias por la entrevista de hoy",
    date="2026-02-05 09:41 +0100", id="farmavia_no", parent="farmavia_thanks",
    text=reply(
        "Hola Consuelo:\n\n"
        "Gracias a ti por tu mensaje y por el rato que nos dedicaste el martes 27. Lo hemos "
        "comentado con Dirección Comercial y, aunque tu trato con pacientes nos pareció un "
        "punto fuerte, para esta zona buscamos a alguien que ya haya llevado cartera "
        "hospitalaria. Por eso no vamos a seguir adelante con tu candidatura.\n\n"
        "Si te parece bien, guardamos tu perfil para próximas vacantes de visita médica en "
        "Madrid.\n\n"
        "Un abrazo,\n"
        "Lucía Prieto\n"
        "Talent Acquisition · Farmavía Laboratorios S.A.\n"
        "Calle de Orense 58, 28020 Madrid\n"
        "+34 915 550 218\n\n" + ES_LOPD,
        "El mar, 27 ene 2026 a las 18:40, Consuelo Baptiste-Reinholt "
        "(<consuelo.br@example.cl>) escribió:",
        "Hola Lucía:\n\n"
        "Muchas gracias por la entrevista de esta mañana con Andrés y contigo. Me quedo con "
        "muchas ganas de pasar a la siguiente fase y de conocer al equipo de Madrid Norte.\n"
        "Quedo a vuestra disposición para cualquier cosa que necesitéis.\n\n"
        "Un saludo,\nConsuelo",
    ),
))

# 2. Clínicas Sonrisa Plena: terse human no, after the missed video call.
add(dict(
    kind="rejection", name="sonrisa_plena_terse", lang="es",
    company="Clínicas Sonrisa Plena", contact="berta.quiles@sonrisaplena.example.es",
    frm=("Berta Quiles", "berta.quiles@sonrisaplena.example.es"),
    subject="Coordinadora comercial Toledo",
    date="2026-03-18 17:02 +0100", parent="sonrisa_apology",
    text=(
        "Consuelo, buenas tardes.\n\n"
        "Al final cerramos el proceso con otra persona. Gracias por el interés y mucha "
        "suerte.\n\n"
        "Berta\n\n"
        "Enviado desde mi móvil\n"
    ),
))

# 3. Talentia ETT relays the client's no (client named).
add(dict(
    kind="rejection", name="talentia_relays_meridiano_no", lang="es",
    company="Implantes Meridiano", contact="raul.ocana@talentia-ett.example.es",
    frm=("Raúl Ocaña | Talentia ETT", "raul.ocana@talentia-ett.example.es"),
    name_cs=("iso-8859-1", "Q"),
    subject="Feedback de Implantes Meridiano",
    date="2026-03-13 12:15 +0100", parent="meridiano_moved",
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Hola Consuelo,\n\n"
        "Te llamo luego, pero te adelanto por escrito lo que me ha trasladado Implantes "
        "Meridiano después de la entrevista del jueves 5: han valorado muy bien tu "
        "conocimiento de gabinete, pero el director regional prefiere a alguien con "
        "experiencia previa en venta a clínicas, así que han descartado tu perfil para esta "
        "posición.\n\n"
        "Sé que no es la noticia que esperabas. Seguimos moviendo tu CV con otros clientes "
        "del sector dental; esta semana tengo dos procesos nuevos en Alcalá y Getafe.\n\n"
        "Un saludo,\n"
        "Raúl Ocaña\n"
        "Consultor de selección · Talentia ETT\n"
        "Paseo de las Delicias 71, 28045 Madrid · Tel. 910 402 377\n"
    ),
))

# 4. Quirodent: formal ATS rejection, HTML only, iso-8859-1, via SmartRecruiters.
_q = (
    "Estimada Consuelo:\n\n"
    "Le agradecemos el interés mostrado en el puesto de Delegada Comercial Zona Centro en "
    "Quirodent Iberia.\n\n"
    "Tras revisar con detenimiento todas las candidaturas recibidas, le comunicamos que en "
    "esta ocasión su perfil no ha sido seleccionado para continuar en el proceso.\n\n"
    "Conservaremos sus datos durante doce meses por si surgiera una oportunidad adecuada.\n\n"
    "Atentamente,\nDepartamento de Personas\nQuirodent Iberia"
)
add(dict(
    kind="rejection", name="quirodent_ats_formal", lang="es",
    company="Quirodent Iberia", contact="",
    frm=("Quirodent Iberia", "no-reply@smartrecruiters.com"),
    to=[("Consuelo Baptiste-Reinholt", ME[1])],
    subject="Su candidatura: Delegada Comercial Zona Centro",
    date="2026-02-18 08:05 +0000", parent="quirodent_ack",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    html=ats_card("Quirodent Iberia", paragraphs(_q),
                  "Este mensaje se ha enviado a través de SmartRecruiters. Por favor, no "
                  "responda a este correo.", accent="#005f73", lang="es"),
    html_charset="iso-8859-1", html_cte="quoted-printable",
))

# 5. Farmacéutica Alcarria: the role is on hold, they will not proceed.
add(dict(
    kind="rejection", name="alcarria_role_on_hold", lang="es",
    company="Farmacéutica Alcarria", contact="jimena.soto@alcarriafarma.example.es",
    frm=("Jimena Soto", "jimena.soto@alcarriafarma.example.es"),
    subject="Proceso Visitador/a Médico/a Guadalajara – actualización",
    date="2026-06-30 13:27 +0200",
    text=(
        "Buenas tardes, Consuelo:\n\n"
        "Te escribo para contarte en qué punto está el proceso. La dirección ha decidido "
        "congelar la incorporación prevista en Guadalajara hasta el próximo ejercicio y, por "
        "tanto, cerramos la selección sin avanzar con ninguna de las candidaturas, incluida "
        "la tuya.\n\n"
        "Lamento que sea así después de tu esfuerzo con la prueba escrita. Si la plaza se "
        "reactiva no descartamos volver a contactarte, pero no puedo prometerte nada.\n\n"
        "Saludos cordiales,\n"
        "Jimena Soto Garrido\n"
        "Responsable de RR. HH.\n"
        "Farmacéutica Alcarria, S.L.\n"
        "Polígono El Balconcillo, c/ Francisco Medina 12 · 19004 Guadalajara\n"
        "949 20 31 77\n"
    ),
))

# 6. Dentalia Castilla: the post was filled internally.
add(dict(
    kind="rejection", name="dentalia_filled_internally", lang="es",
    company="Dentalia Castilla", contact="noelia.barrio@dentaliacastilla.example.es",
    frm=("Noelia Barrio", "noelia.barrio@dentaliacastilla.example.es"),
    subject="Puesto de asesora de producto – Dentalia",
    date="2026-04-30 10:48 +0200", parent="dentalia_missed",
    html=outlook_html(mso(
        "Hola Consuelo,\n\n"
        "Quería cerrar contigo el tema del puesto de asesora de producto. Finalmente lo "
        "ha ocupado una compañera de la clínica de Talavera que pidió el traslado, de "
        "modo que la vacante ya no está abierta.\n\n"
        "Gracias por todo y un saludo,\n\n"
        "Noelia Barrio\n"
        "Coordinación de Personas | Dentalia Castilla\n"
        "Av. de Europa 24, 45003 Toledo | 925 11 80 40"
    )),
    html_cte="quoted-printable",
))

# 7. Nexomed: "profiles whose experience fits better", windows-1252, quoted-printable.
add(dict(
    kind="rejection", name="nexomed_profiles_fit_better", lang="es",
    company="Nexomed Soluciones", contact="marta.lueje@nexomed.example.es",
    frm=("Marta Lueje", "marta.lueje@nexomed.example.es"),
    subject="Tu candidatura en Nexomed",
    date="2026-04-28 16:12 +0200",
    charset="windows-1252", cte="quoted-printable",
    text=(
        "Hola Consuelo:\n\n"
        "Gracias por haber participado en el proceso de Especialista de Producto – "
        "Implantología. Hemos tenido muchas candidaturas y, tras la última ronda, el equipo "
        "se ha inclinado por perfiles que ya vienen de la venta técnica a distribuidores, "
        "más cercanos a lo que pide el puesto hoy.\n\n"
        "Esto no resta nada a tu recorrido clínico, que nos pareció muy sólido. Si más "
        "adelante abrimos algo orientado a formación de clínicas, te escribiré.\n\n"
        "Un saludo,\n"
        "Marta Lueje – People & Culture\n"
        "Nexomed Soluciones\n"
        "C/ Albasanz 16, 28037 Madrid\n"
    ),
))

# 8. Crescendo Pharma: formal iCIMS rejection with a disclaimer, base64, multipart.
_c = (
    "Estimada Sra. Baptiste-Reinholt:\n\n"
    "En relación con su solicitud para el puesto de Medical Sales Representative – Madrid "
    "Sur (ref. 2026-0412), lamentamos comunicarle que hemos decidido no continuar con su "
    "candidatura.\n\n"
    "Valoramos sinceramente el tiempo dedicado a las entrevistas y le deseamos éxito en su "
    "búsqueda profesional.\n\n"
    "Reciba un cordial saludo,\n"
    "Equipo de Adquisición de Talento\n"
    "Crescendo Pharma España\n\n"
    "Este correo electrónico se ha generado automáticamente. Crescendo Pharma España, S.A. "
    "trata sus datos personales con la finalidad de gestionar procesos de selección. La "
    "información contenida en este mensaje es confidencial."
)
add(dict(
    kind="rejection", name="crescendo_icims_formal_disclaimer", lang="es",
    company="Crescendo Pharma España", contact="",
    frm=("Crescendo Pharma España", "crescendo@icims.com"),
    subject="Actualización sobre su solicitud – Medical Sales Representative",
    date="2026-07-20 07:30 +0000", parent="crescendo_ill",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_c, cte="base64",
    html=ats_card("Crescendo Pharma España", paragraphs(_c), accent="#6a1b9a", lang="es"),
    html_cte="base64",
))

# 9. Andes Dental Supply: Latin American wording ("postulación"), Mexican recruiter.
add(dict(
    kind="rejection", name="andes_postulacion_latam", lang="es",
    company="Andes Dental Supply", contact="itzel.carranza@andesdental.example.mx",
    frm=("Itzel Carranza", "itzel.carranza@andesdental.example.mx"),
    subject="Resultado de tu postulación – Representante de ventas Madrid",
    date="2026-03-30 11:05 -0600",
    text=(
        "Hola Consuelo, ¿cómo estás?\n\n"
        "Te agradezco muchísimo tu postulación y la videollamada de la semana pasada. Te "
        "cuento que el comité evaluó a las personas finalistas y lamentablemente tu perfil no "
        "quedó seleccionado para la apertura de nuestra oficina en Madrid.\n\n"
        "Ojalá podamos coincidir en otra convocatoria; tu CV queda en nuestra base.\n\n"
        "Saludos desde CDMX,\n"
        "Itzel Carranza\n"
        "Reclutamiento Internacional | Andes Dental Supply\n"
        "Cel. +52 55 4120 8836\n"
    ),
))

# 10. Grupo Clínico Ribera Norte: casual, colleague-style.
add(dict(
    kind="rejection", name="ribera_norte_casual", lang="es",
    company="Grupo Clínico Ribera Norte", contact="pablo.irigoyen@riberanorte.example.es",
    frm=("Pablo Irigoyen", "pablo.irigoyen@riberanorte.example.es"),
    subject="lo de la plaza de delegada",
    date="2026-07-22 19:48 +0200", parent="ribera_missed",
    text=(
        "Oye Consuelo, te cuento rápido porque no quiero que te quedes esperando.\n\n"
        "Hablé con Mercedes y al final va a tirar por una chica que ya conoce a la mitad de "
        "las clínicas del corredor, así que lo nuestro no va a poder ser esta vez. Me sabe "
        "fatal, de verdad.\n\n"
        "Si me entero de algo por la zona te aviso, ¿vale?\n\n"
        "Pablo\n"
    ),
))

# 11. Suturas Levante: the role was cancelled.
add(dict(
    kind="rejection", name="suturas_levante_role_cancelled", lang="es",
    company="Suturas Levante", contact="ines.borrell@suturaslevante.example.es",
    frm=("Inés Borrell", "ines.borrell@suturaslevante.example.es"),
    name_cs=("utf-8", "B"),
    subject="Cancelación de la vacante de Delegada Técnica (Guadalajara)",
    subj_cs=("utf-8", "B"),
    date="2026-10-14 09:20 +0200",
    text=(
        "Estimada Consuelo:\n\n"
        "Por una reorganización de la red comercial, Suturas Levante ha suprimido la plaza de "
        "Delegada Técnica para Guadalajara y Cuenca. El proceso queda cancelado y no "
        "habrá contratación para este puesto.\n\n"
        "Gracias por tu candidatura y por la disponibilidad que nos ofreciste.\n\n"
        "Inés Borrell\n"
        "Dirección de Recursos Humanos\n"
        "Suturas Levante S.A. · Ctra. de Valencia km 3, 46980 Paterna\n"
    ),
))

# 12. Cumbre Talento (head-hunter), client not named: company is the agency.
add(dict(
    kind="rejection", name="cumbre_unnamed_client_no", lang="es",
    company="Cumbre Talento", contact="alvaro.mendia@cumbretalento.example.es",
    frm=("Álvaro Mendía", "alvaro.mendia@cumbretalento.example.es"),
    subject="Re: Proceso multinacional de implantes",
    date="2026-08-19 14:36 +0200", parent="<CAKx7Qm2eTz91pLw@mail.example.cl>",
    text=reply(
        "Consuelo, buenas:\n\n"
        "Ya tengo respuesta de mi cliente. Han preferido no avanzar contigo a la fase final; "
        "el motivo que me dan es el inglés de negocio, que para ellos es imprescindible por "
        "el reporte a Zúrich. Siento no traer mejores noticias.\n\n"
        "Te tengo muy presente para otros encargos.\n\n"
        "Álvaro Mendía\n"
        "Socio · Cumbre Talento Executive Search\n"
        "Calle de Velázquez 94, 28006 Madrid · +34 600 318 902",
        "El vie, 14 ago 2026, 10:02, Consuelo Baptiste-Reinholt <consuelo.br@example.cl> "
        "escribió:",
        "Hola Álvaro, ¿sabes algo de la entrevista del lunes con tu cliente? Me dijeron "
        "que contestarían esta semana.\nGracias,\nConsuelo",
    ),
))

# 13. Medilink Andina: Chilean recruiter, after the missed video call.
add(dict(
    kind="rejection", name="medilink_latam_no_continua", lang="es",
    company="Medilink Andina", contact="francisca.rojas@medilinkandina.example.cl",
    frm=("Francisca Rojas", "francisca.rojas@medilinkandina.example.cl"),
    subject="Proceso Ejecutiva de Ventas – Medilink Andina",
    date="2026-06-05 10:44 -0400", parent="medilink_missed",
    charset="iso-8859-1", cte="8bit",
    text=(
        "Hola Consuelo:\n\n"
        "Te escribo para cerrar el proceso de Ejecutiva de Ventas para la sucursal de Madrid. "
        "Lamentamos informarte que tu postulación no continuará en las próximas etapas; el "
        "equipo optó por alguien con cartera propia en la región.\n\n"
        "Muchas gracias por tu tiempo y harto éxito en lo que viene.\n\n"
        "Francisca Rojas M.\n"
        "Analista de Reclutamiento\n"
        "Medilink Andina SpA · Av. Apoquindo 4501, Las Condes, Santiago\n"
        "+56 2 2940 1187\n"
    ),
))

# 14. Odontomarket: HTML-only ATS rejection via Workable, soft wording.
_o = (
    "Hola Consuelo,\n\n"
    "Gracias por presentarte a la vacante de Key Account Manager Clínicas en Odontomarket. "
    "Hemos revisado tu experiencia con mucha atención y hemos decidido seguir con otras "
    "candidaturas que encajan más con lo que el equipo necesita ahora mismo.\n\n"
    "Te deseamos lo mejor en tu búsqueda.\n\n"
    "El equipo de Talento de Odontomarket"
)
add(dict(
    kind="rejection", name="odontomarket_workable_html", lang="es",
    company="Odontomarket", contact="",
    frm=("Odontomarket", "odontomarket@workablemail.com"),
    subject="Odontomarket – Key Account Manager Clínicas",
    date="2026-09-29 15:00 +0000", parent="odontomarket_ack",
    html=ats_card("Odontomarket", paragraphs(_o),
                  "Enviado con Workable · Si no deseas recibir más correos, "
                  '<a href="https://apply.workable.com/odontomarket/unsubscribe">'
                  "date de baja</a>.", accent="#f26b21", lang="es"),
))

# 15. Prótesis Dentales Tajo: after the interview, Outlook "De: / Enviado el:" block.
_tajo_old = (
    "Buenas tardes, Rodrigo:\n\n"
    "Quería daros las gracias por la entrevista del miércoles y por enseñarme el "
    "laboratorio. Me encantó ver el flujo de trabajo con los escáneres intraorales y me "
    "veo muy bien visitando clínicas con vuestro catálogo.\n\n"
    "Un saludo,\nConsuelo Baptiste-Reinholt"
)
_tajo_new = (
    "Buenos días, Consuelo:\n\n"
    "Te agradezco mucho tus palabras. Hemos terminado las entrevistas y, por muy poco, nos "
    "quedamos con otra candidata que vive en Toledo y puede empezar de inmediato. No te "
    "incorporaremos en esta ocasión.\n\n"
    "Ha sido un placer conocerte.\n\n"
    "Rodrigo Alcázar Peña\n"
    "Gerente\n"
    "Prótesis Dentales Tajo S.L.\n"
    "C/ Río Valdemarías 9, 45007 Toledo\n"
    "Tel. 925 23 41 08"
)
add(dict(
    kind="rejection", name="tajo_outlook_quoted_thanks", lang="es",
    company="Prótesis Dentales Tajo", contact="rodrigo.alcazar@protesistajo.example.es",
    frm=("Rodrigo Alcázar", "rodrigo.alcazar@protesistajo.example.es"),
    subject="RE: Gracias por la entrevista",
    date="2026-10-20 09:03 +0200",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Gracias por la entrevista")],
    text=_tajo_new + "\n\n" + outlook_block(
        "es", "Consuelo Baptiste-Reinholt <consuelo.br@example.cl>",
        "jueves, 15 de octubre de 2026 19:12", "Rodrigo Alcázar", "Gracias por la entrevista",
        _tajo_old),
    html=outlook_html(mso(_tajo_new) + "\n" + outlook_quote_html(
        "es", "Consuelo Baptiste-Reinholt <consuelo.br@example.cl>",
        "jueves, 15 de octubre de 2026 19:12", "Rodrigo Alcázar", "Gracias por la entrevista",
        _tajo_old)),
    cte="quoted-printable", html_cte="quoted-printable",
))

# ---------------------------------------------------------------- English (8)

# 16. Brightwell Surgical: formal Workday rejection, multipart.
_b = (
    "Dear Consuelo,\n\n"
    "Thank you for applying for the Territory Sales Associate (Orthopaedics) position at "
    "Brightwell Surgical.\n\n"
    "We have now completed our review of applications and regret to let you know that you "
    "have not been shortlisted for this vacancy.\n\n"
    "You are welcome to apply for other openings on our careers site.\n\n"
    "Kind regards,\n"
    "Brightwell Surgical Talent Team"
)
add(dict(
    kind="rejection", name="brightwell_workday_formal", lang="en",
    company="Brightwell Surgical", contact="",
    frm=("Brightwell Surgical", "brightwell@myworkday.com"),
    subject="Your application for Territory Sales Associate (Orthopaedics)",
    date="2026-02-09 06:14 +0000", parent="brightwell_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_b + "\n\nPlease do not reply to this email. This mailbox is not monitored.\n",
    html=ats_card("Brightwell Surgical", paragraphs(_b) + button(
        "View open roles", "https://brightwell.wd3.myworkday.com/careers"),
        "Please do not reply to this email. This mailbox is not monitored.", lang="en"),
))

# 17. Atlântico MedTech: the role has been put on hold, via Lever.
add(dict(
    kind="rejection", name="atlantico_on_hold_lever", lang="en",
    company="Atlântico MedTech", contact="joana.sequeira@atlantico-medtech.example.pt",
    frm=("Joana Sequeira via Lever", "no-reply@hire.lever.co"),
    reply_to=("Joana Sequeira", "joana.sequeira@atlantico-medtech.example.pt"),
    subject="Update on the Clinical Sales Specialist role",
    date="2026-03-20 16:40 +0000", parent="atlantico_ill",
    text=(
        "Hi Consuelo,\n\n"
        "I wanted to reach you before the news travels. Our leadership team has paused all "
        "commercial hiring for Iberia while the new distribution agreement is renegotiated, "
        "and the Clinical Sales Specialist role is frozen until further notice. We will not be "
        "continuing the process with any candidate, including you.\n\n"
        "I'm genuinely sorry, as Miguel and I enjoyed our conversation. If the position "
        "re-opens I will reach out personally.\n\n"
        "Best,\n"
        "Joana Sequeira\n"
        "Talent Partner, Atlântico MedTech\n"
        "Rua do Alecrim 38, 1200-018 Lisboa\n"
        "+351 213 400 912\n"
    ),
))

# 18. Kestrel Search relays the client's no (client named: Orbis Implant).
add(dict(
    kind="rejection", name="kestrel_relays_orbis_no", lang="en",
    company="Orbis Implant", contact="harriet.cole@kestrelsearch.example.co.uk",
    frm=("Harriet Cole", "harriet.cole@kestrelsearch.example.co.uk"),
    subject="Orbis Implant - feedback",
    date="2026-07-17 11:58 +0100", parent="orbis_moved",
    text=(
        "Hello Consuelo,\n\n"
        "I've just come off the phone with the Orbis Implant hiring manager. They liked your "
        "clinical credibility a lot, but they have gone with a candidate who has already "
        "covered the M25 dental group accounts, so they won't be offering you the role.\n\n"
        "Happy to talk it through on a call this afternoon if useful. I'll keep you in mind for "
        "the two Iberian mandates coming up in September.\n\n"
        "Warm regards,\n"
        "Harriet Cole\n"
        "Principal Consultant | Kestrel Search Partners\n"
        "12 Bloomsbury Way, London WC1A 2SH\n"
        "+44 20 7946 0231\n"
    ),
))

# 19. Harrowgate Dental Supplies: terse human.
add(dict(
    kind="rejection", name="harrowgate_terse", lang="en",
    company="Harrowgate Dental Supplies", contact="dev.malhotra@harrowgate-dental.example.co.uk",
    frm=("Dev Malhotra", "dev.malhotra@harrowgate-dental.example.co.uk"),
    subject="Field sales role",
    date="2026-06-16 08:51 +0100", parent="harrowgate_missed",
    text=(
        "Consuelo - thanks for your time on the rescheduled call. We won't be taking your "
        "application further.\n\n"
        "Dev\n"
    ),
))

# 20. Northgate Pharma: soft "background aligns more closely", iCIMS, HTML only.
_n = (
    "Dear Consuelo,\n\n"
    "Many thanks for your interest in the Hospital Account Executive opportunity with "
    "Northgate Pharma.\n\n"
    "The hiring team has carefully considered your application alongside many others. On "
    "this occasion they have chosen to progress applicants whose backgrounds sit closer to "
    "the requirements of the role, and we will therefore not be moving forward with your "
    "application.\n\n"
    "We appreciate the time you invested and hope you will consider Northgate Pharma again "
    "in the future.\n\n"
    "Sincerely,\n"
    "Northgate Pharma Recruitment"
)
add(dict(
    kind="rejection", name="northgate_icims_soft", lang="en",
    company="Northgate Pharma", contact="",
    frm=("Northgate Pharma Careers", "northgatepharma@icims.com"),
    subject="Hospital Account Executive - application status",
    date="2026-04-10 09:00 +0100", parent="northgate_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Northgate Pharma", paragraphs(_n),
                  "Northgate Pharma Ltd, 1 Canada Square, London E14 5AB. Registered in "
                  "England No. 08812345.", accent="#00467f", lang="en"),
))

# 21. Solent Ortho: after the interview, quoting the thank-you ("On ... wrote:").
add(dict(
    kind="rejection", name="solent_quotes_thank_you", lang="en",
    company="Solent Ortho", contact="gareth.price@solentortho.example.co.uk",
    frm=("Gareth Price", "gareth.price@solentortho.example.co.uk"),
    subject="Re: Thank you for today",
    date="2026-05-06 13:17 +0100", parent="solent_thanks",
    text=reply(
        "Hi Consuelo,\n\n"
        "That's kind of you, and it was a pleasure on our side too. I've now spoken to the "
        "other candidates, and I'm afraid I've offered the position to someone with more "
        "hands-on surgical theatre time, which is where the role will spend most of its "
        "days. So it's a no from us this round.\n\n"
        "Do keep in touch, and good luck with the move into sales.\n\n"
        "Gareth\n\n"
        "--\n"
        "Gareth Price | Regional Sales Manager, South\n"
        "Solent Ortho Ltd | Unit 4, Ocean Park, Southampton SO14 3JR | 023 8022 4410",
        "On Thu, 23 Apr 2026 at 18:05, Consuelo Baptiste-Reinholt <consuelo.br@example.cl> "
        "wrote:",
        "Hi Gareth,\n\n"
        "Thank you for the chat this afternoon. I really enjoyed hearing how the team works "
        "with the orthodontic practices, and I'd love to move on to the next interview.\n\n"
        "Best wishes,\nConsuelo",
    ),
))

# 22. Estrela Dental Labs (Lisbon): filled internally.
add(dict(
    kind="rejection", name="estrela_internal_hire", lang="en",
    company="Estrela Dental Labs", contact="rui.fontes@estreladental.example.pt",
    frm=("Rui Fontes", "rui.fontes@estreladental.example.pt"),
    subject="Sales Representative Lisbon - closing the process",
    date="2026-05-28 10:22 +0100",
    text=(
        "Dear Consuelo,\n\n"
        "A short note to close the loop: we have appointed one of our own lab technicians to "
        "the Sales Representative post, as she asked to move into a commercial role. The "
        "vacancy is therefore no longer available.\n\n"
        "Thank you for your patience and for the interest you showed in Estrela.\n\n"
        "Kind regards,\n"
        "Rui Fontes\n"
        "Operations Director\n"
        "Estrela Dental Labs, Lda.\n"
        "Avenida da Liberdade 190, 1250-147 Lisboa\n\n"
        "This e-mail and any attachment are confidential and intended solely for the "
        "addressee. If you have received it in error, please notify the sender and delete it.\n"
    ),
))

# 23. Pinewood Clinics: casual, colleague-style.
add(dict(
    kind="rejection", name="pinewood_casual", lang="en",
    company="Pinewood Clinics", contact="tasha.okafor@pinewoodclinics.example.co.uk",
    frm=("Tasha Okafor", "tasha.okafor@pinewoodclinics.example.co.uk"),
    subject="quick one re the practice liaison job",
    date="2026-08-11 17:33 +0100", parent="pinewood_ack",
    text=(
        "Hey Consuelo!\n\n"
        "Quick one from me - the partners met this morning and decided to go with someone "
        "local who's worked reception at two of our sites already. Gutted, honestly, I was "
        "rooting for you.\n\n"
        "Drinks are still on me if you're ever in Clapham :)\n\n"
        "Tasha\n"
        "Practice Liaison Lead, Pinewood Clinics\n"
    ),
))

# ---------------------------------------------------------------- French (4)

# 24. Garonne Médical: formal SuccessFactors rejection, iso-8859-1, quoted-printable.
_g = (
    "Madame,\n\n"
    "Nous vous remercions de l'intérêt que vous portez à Garonne Médical et du temps "
    "consacré à votre candidature au poste de Délégué(e) commercial(e) dispositifs "
    "dentaires - Toulouse.\n\n"
    "Après examen attentif, nous sommes au regret de vous informer que votre profil n'a pas "
    "été retenu pour la suite du processus.\n\n"
    "Nous conservons votre dossier et vous souhaitons pleine réussite dans vos recherches.\n\n"
    "Le service Recrutement\nGaronne Médical"
)
add(dict(
    kind="rejection", name="garonne_successfactors_formal", lang="fr",
    company="Garonne Médical", contact="",
    frm=("Garonne Médical Recrutement", "noreply@successfactors.eu"),
    name_cs=("iso-8859-1", "Q"),
    subject="Votre candidature : Délégué(e) commercial(e) Toulouse",
    subj_cs=("iso-8859-1", "Q"),
    date="2026-04-02 10:00 +0200", parent="garonne_cancel",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="quoted-printable",
    text=_g,
    html=page(paragraphs(_g), "Garonne Médical", "fr"), html_cte="quoted-printable",
))

# 25. Cabinet Occitalent relays a no from an unnamed client: company is the agency.
add(dict(
    kind="rejection", name="occitalent_unnamed_client", lang="fr",
    company="Occitalent", contact="sandrine.vidal@occitalent.example.fr",
    frm=("Sandrine Vidal", "sandrine.vidal@occitalent.example.fr"),
    subject="Retour de notre client – poste de visiteuse médicale",
    date="2026-05-22 18:09 +0200", parent="occitalent_ack",
    text=(
        "Bonsoir Consuelo,\n\n"
        "Je reviens vers vous suite à la présentation de votre dossier auprès du laboratoire "
        "que je vous avais décrit (je ne peux toujours pas citer son nom). Mon interlocuteur "
        "m'a indiqué ce soir qu'ils ne donneront pas suite : ils exigent la carte de visiteur "
        "médical française pour ce secteur.\n\n"
        "Je sais que c'est frustrant. Je vous propose un point téléphonique la semaine "
        "prochaine pour voir comment préparer cette certification.\n\n"
        "Bien cordialement,\n"
        "Sandrine Vidal\n"
        "Consultante Santé – Cabinet Occitalent\n"
        "14 allées Jean-Jaurès, 31000 Toulouse\n"
        "05 61 22 48 90\n"
    ),
))

# 26. Biolabs Capitole: after the panel, quoting the thank-you ("Le ... a écrit :").
add(dict(
    kind="rejection", name="biolabs_quotes_merci", lang="fr",
    company="Biolabs Capitole", contact="cecile.marty@biolabs-capitole.example.fr",
    frm=("Cécile Marty", "cecile.marty@biolabs-capitole.example.fr"),
    subject="Re: Merci pour l'entretien de jeudi",
    date="2026-07-21 11:26 +0200", parent="<CAKx7Qm5rNc18aHe@mail.example.cl>",
    charset="windows-1252", cte="8bit",
    text=reply(
        "Bonjour Consuelo,\n\n"
        "Merci pour votre message, qui nous a fait plaisir. Le jury s’est réuni lundi et a "
        "finalement choisi une candidate déjà implantée auprès des cabinets de la Haute-"
        "Garonne. Nous ne pourrons donc pas vous proposer le poste.\n\n"
        "Votre parcours d’assistante dentaire reste un vrai atout : n’hésitez pas à "
        "postuler à nouveau chez nous.\n\n"
        "Cordialement,\n"
        "Cécile Marty\n"
        "Responsable RH – Biolabs Capitole\n"
        "3 rue des Satellites, 31400 Toulouse – 05 34 40 12 66",
        "Le jeu. 9 juil. 2026 à 17:48, Consuelo Baptiste-Reinholt <consuelo.br@example.cl> "
        "a écrit :",
        "Bonjour Madame Marty,\n\n"
        "Je tenais à vous remercier, ainsi que M. Fabre, pour l’entretien de ce matin. "
        "J’attends avec impatience la prochaine étape.\n\n"
        "Bien à vous,\nConsuelo Baptiste-Reinholt",
    ),
))

# 27. Sourire Occitanie: the post was cancelled.
add(dict(
    kind="rejection", name="sourire_occitanie_poste_supprime", lang="fr",
    company="Sourire Occitanie", contact="marc.delpech@sourire-occitanie.example.fr",
    frm=("Marc Delpech", "marc.delpech@sourire-occitanie.example.fr"),
    subject="Poste de chargée de relation praticiens",
    date="2026-09-17 08:47 +0200",
    html=page(
        "<p>Bonjour Madame Baptiste-Reinholt,</p>"
        "<p>Le groupe a décidé de ne plus créer le poste de chargée de relation praticiens "
        "pour nos centres de Toulouse et Montauban. Le recrutement est donc abandonné et nous "
        "ne donnerons pas suite à votre candidature.</p>"
        "<p>Nous vous remercions de votre intérêt.</p>"
        "<p>Marc Delpech<br>Directeur des opérations<br>Sourire Occitanie SAS<br>"
        "22 boulevard de Strasbourg, 31000 Toulouse</p>",
        lang="fr"),
))

# ---------------------------------------------------------------- German (4)

# 28. Mainwerk Medizintechnik: formal Personio rejection.
_m = (
    "Sehr geehrte Frau Baptiste-Reinholt,\n\n"
    "vielen Dank für Ihr Interesse an der Position Außendienstmitarbeiter (m/w/d) "
    "Dentalprodukte im Raum Frankfurt und für das angenehme Gespräch.\n\n"
    "Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für eine "
    "andere Bewerberin entschieden haben.\n\n"
    "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
    "Mit freundlichen Grüßen\n"
    "Ihr Recruiting-Team der Mainwerk Medizintechnik GmbH"
)
add(dict(
    kind="rejection", name="mainwerk_personio_absage", lang="de",
    company="Mainwerk Medizintechnik", contact="",
    frm=("Mainwerk Medizintechnik GmbH", "noreply@personio.de"),
    subject="Ihre Bewerbung als Außendienstmitarbeiter (m/w/d) Dentalprodukte",
    subj_cs=("utf-8", "Q", "words"),
    date="2026-03-16 09:12 +0100", parent="mainwerk_invite",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_m, cte="quoted-printable",
    html=ats_card("Mainwerk Medizintechnik", paragraphs(_m),
                  "Diese E-Mail wurde automatisch über Personio versendet.", accent="#2b6777",
                  lang="de"),
))

# 29. Taunus Personalberatung relays the client's no (client named: Helix Implantat).
add(dict(
    kind="rejection", name="taunus_relays_helix_absage", lang="de",
    company="Helix Implantat", contact="j.brenner@taunus-personal.example.de",
    frm=("Jonas Brenner", "j.brenner@taunus-personal.example.de"),
    subject="Rückmeldung Helix Implantat",
    date="2026-10-06 15:41 +0200", parent="helix_cancel",
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Hallo Frau Baptiste-Reinholt,\n\n"
        "wie telefonisch angekündigt, hier die Rückmeldung von Helix Implantat: Nach dem "
        "Nachholtermin hat sich der Vertriebsleiter gegen Sie entschieden. Ausschlaggebend "
        "waren die fehlenden Deutschkenntnisse auf Verhandlungsniveau für die Kliniken im "
        "Rhein-Main-Gebiet.\n\n"
        "Ich bedaure das sehr und melde mich, sobald ich ein passendes Mandat mit "
        "Englisch als Arbeitssprache habe.\n\n"
        "Beste Grüße\n"
        "Jonas Brenner\n"
        "Senior Consultant Healthcare\n"
        "Taunus Personalberatung GmbH & Co. KG\n"
        "Kaiserstraße 61, 60329 Frankfurt am Main\n"
        "Tel. +49 69 2573 8810\n"
    ),
))

# 30. Mediflux Vertrieb: the position was filled internally.
add(dict(
    kind="rejection", name="mediflux_intern_besetzt", lang="de",
    company="Mediflux Vertrieb", contact="katrin.ohlsen@mediflux.example.de",
    frm=("Katrin Ohlsen", "katrin.ohlsen@mediflux.example.de"),
    subject="Stelle Produktspezialistin Frankfurt",
    date="2026-06-18 12:03 +0200", parent="mediflux_ack",
    text=(
        "Liebe Frau Baptiste-Reinholt,\n\n"
        "kurz zum Stand: Die Stelle als Produktspezialistin konnten wir mit einer Kollegin "
        "aus dem Innendienst besetzen, die in den Außendienst wechseln wollte. Damit ist "
        "die Ausschreibung geschlossen.\n\n"
        "Danke für Ihre Geduld und viele Grüße aus dem Gallus\n"
        "Katrin Ohlsen\n"
        "Personal | Mediflux Vertrieb GmbH | Mainzer Landstraße 191 | 60326 Frankfurt\n"
    ),
))

# 31. Zahnwerk Kliniken: after the interview, quoting the thank-you ("Am ... schrieb").
add(dict(
    kind="rejection", name="zahnwerk_schrieb_quoted", lang="de",
    company="Zahnwerk Kliniken", contact="lena.fuchs@zahnwerk.example.de",
    frm=("Lena Fuchs", "lena.fuchs@zahnwerk.example.de"),
    subject="AW: Danke für das Gespräch",
    date="2026-09-24 10:15 +0200", parent="<CAKx7Qm9hVb44sYd@mail.example.cl>",
    text=reply(
        "Hallo Consuelo,\n\n"
        "danke dir für die netten Worte! Wir haben lange überlegt, uns aber am Ende für "
        "jemanden entschieden, der schon als Praxisberater für Kliniken gearbeitet hat. "
        "Für die Stelle wird es daher leider nichts.\n\n"
        "Mach's gut und viel Erfolg in Madrid!\n"
        "Lena\n\n"
        "--\n"
        "Lena Fuchs | Teamleitung Praxisnetzwerk\n"
        "Zahnwerk Kliniken AG | Hanauer Landstraße 126 | 60314 Frankfurt\n"
        "Telefon +49 69 4005 2210\n\n"
        "Vorstand: Dr. P. Henning | Aufsichtsrat: M. Roth | Amtsgericht Frankfurt HRB 99871",
        "Am Di., 15. Sept. 2026 um 19:02 Uhr schrieb Consuelo Baptiste-Reinholt "
        "<consuelo.br@example.cl>:",
        "Hallo Lena,\n\n"
        "vielen Dank für das Vorstellungsgespräch heute! Ich würde mich sehr freuen, bald "
        "von euch zu hören.\n\n"
        "Liebe Grüße\nConsuelo",
    ),
))

assert len(MESSAGES) == 31, len(MESSAGES)
