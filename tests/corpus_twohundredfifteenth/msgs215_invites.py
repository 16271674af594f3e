"""Corpus 215, hand-written: interview invitations (26), reschedules/cancellations (15) and
missed-interview notices (10)."""

from msgs215_common import (
    ats_card,
    html_doc,
    mso,
    outlook_html,
    outlook_quote,
    outlook_rule_html,
    paras,
    quote,
    reply_quote,
)

ME = "Almudena Richter-Paz <almudena.rp@example.es>"
ME_T = ("Almudena Richter-Paz", "almudena.rp@example.es")

# ================================================================== invitations, es

_ALC_INV = """Hola Almudena:

Gracias por tu candidatura al puesto de Técnico/a de Asuntos Regulatorios en nuestra planta del
Parque Tecnológico.

Nos gustaría conocerte en una entrevista presencial el jueves 19 de febrero a las 10:00.
Estaremos Francisco Moyano, responsable de Registros, y yo. Calcula una hora aproximadamente.

Te adjunto la convocatoria para tu calendario. Si ese día no te viene bien, dime qué otros
huecos tienes esa semana y lo reorganizamos. Trae, si puedes, el DNI para el control de acceso.

Un saludo,
Rocío Benítez Gálvez
Técnica de Selección · Laboratorios Alcazaba
Avda. Juan López Peñalver 21 · Parque Tecnológico de Andalucía · 29590 Málaga
Tel. 951 012 480"""

ALC_ORG = ("Rocío Benítez Gálvez", "rocio.benitez@alcazaba-lab.example.es")

I_ALCAZABA = dict(
    slug="alcazaba_presencial_con_ics", lang="es", company="Laboratorios Alcazaba",
    contact="rocio.benitez@alcazaba-lab.example.es", key="alc_inv", refs=["alc_ack"],
    frm=(*ALC_ORG, "utf-8", "q"),
    subject="Entrevista - Técnico/a de Asuntos Regulatorios (Málaga)",
    date="2026-02-12 12:30 +0100", text=_ALC_INV, html=html_doc(paras(_ALC_INV), "es"),
    cte="quoted-printable",
    ics=dict(uid="alc-215-entrevista-0219@alcazaba-lab.example.es", seq=0,
             start="2026-02-19 10:00 +0100", minutes=60, organizer=ALC_ORG,
             summary="Entrevista Almudena Richter-Paz - Técnico/a de Asuntos Regulatorios",
             location="Laboratorios Alcazaba, Avda. Juan López Peñalver 21, PTA, Málaga",
             attendees=[("Francisco Moyano", "francisco.moyano@alcazaba-lab.example.es")]),
)

_CLINI_INV = """Hola Almudena, ¿qué tal?

Soy Macarena, del equipo de Talento de Cliniensayos. He visto tu candidatura para Clinical Trial
Assistant con foco regulatorio y me gustaría tener una primera llamada contigo de unos 20
minutos.

¿Te vendría bien el jueves 9 a las 10:00? Te llamaría al móvil que pones en el CV
(652 118 407). Si no te cuadra, proponme tú otra hora esta semana.

Gracias,
Macarena

Macarena Ruiz Alcaide
Talent Acquisition Specialist
Cliniensayos · C/ Julián Camarillo 29, 28037 Madrid"""

I_CLINI = dict(
    slug="cliniensayos_phone_screen_ask", lang="es", company="Cliniensayos",
    contact="macarena.ruiz@cliniensayos.example.es", key="clini_inv",
    frm=("Macarena Ruiz Alcaide", "macarena.ruiz@cliniensayos.example.es"),
    subject="Llamada - Clinical Trial Assistant (Cliniensayos)",
    date="2026-04-06 10:05 +0200", text=_CLINI_INV, cte="8bit",
)

I_NEVADA = dict(
    slug="talentia_sets_up_nevada_interview", lang="es", company="Nevada Pharma",
    contact="alvaro.montilla@talentiasearch.example.es", key="nevada_inv",
    frm=("Álvaro Montilla", "alvaro.montilla@talentiasearch.example.es", "iso-8859-1", "q"),
    subject="Entrevista con Nevada Pharma (Granada) - lunes 30/03", date="2026-03-24 18:12 +0100",
    cte="quoted-printable",
    text="""Hola Almudena:

¡Buenas noticias! Nevada Pharma ha revisado tu perfil y quiere conocerte para el puesto de
Regulatory Affairs Associate.

Te he cerrado una entrevista con Enrique Salcedo, director de Calidad, el lunes 30 de marzo a
las 9:30 en su planta de Armilla (Polígono Juncaril, C/ Loja 14). Será presencial y durará una
hora. Pregunta en recepción por él; ya les he pasado tu nombre.

Mañana te llamo diez minutos para prepararla juntos: qué productos tienen, cómo es el equipo y
qué les preocupa del puesto.

Un abrazo,
Álvaro

Álvaro Montilla Rueda
Senior Consultant · Life Sciences
Talentia Pharma Search
Paseo de la Castellana 141, 28046 Madrid
M +34 611 402 935
""",
)

GENIL_ORG = ("Antonio Morales Cuenca", "amorales@hugenil.example.es")

I_GENIL = dict(
    slug="genil_comision_seleccion_ics_adjunto", lang="es",
    company="Hospital Universitario Genil", contact="amorales@hugenil.example.es",
    key="genil_inv",
    frm=GENIL_ORG,
    subject="Convocatoria a entrevista - Técnico/a Superior en Farmacia (Bolsa 2026)",
    date="2026-05-11 13:40 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Richter-Paz:

Una vez baremados los méritos presentados, le comunicamos que ha sido seleccionada para la fase
de entrevista del proceso de contratación de Técnico/a Superior en Farmacia con destino en el
Servicio de Farmacia Hospitalaria.

La entrevista tendrá lugar ante la comisión de selección el jueves 21 de mayo de 2026 a las
12:15 en la sala de juntas del Pabellón de Gobierno, 2.ª planta. Deberá presentarse con quince
minutos de antelación y con su DNI original.

Adjuntamos la convocatoria en formato de calendario. Rogamos confirme su asistencia
respondiendo a este correo.

Atentamente,

Antonio Morales Cuenca
Unidad de Gestión de Personas
Hospital Universitario Genil
Avda. de la Investigación 11, 18016 Granada
Tel. 958 023 400
""",
    ics=dict(uid="hugenil-tsf-2026-entrevista-074@hugenil.example.es", seq=0,
             start="2026-05-21 12:15 +0200", minutes=30, organizer=GENIL_ORG,
             summary="Entrevista comisión de selección - Técnico/a Superior en Farmacia",
             location="Sala de juntas, Pabellón de Gobierno (2.ª planta), HU Genil"),
    ics_mode="attach",
)

_AXARQ_INV = """Hola Almudena:

Como te comenté por teléfono, el siguiente paso del proceso es una jornada de prueba en planta.
Te esperamos el miércoles 17 de junio de 8:00 a 15:00 en la nave de acondicionamiento.

La idea es que pases la mañana con el equipo de documentación de lotes: revisarás con ellos
fichas reales y al final tendrás una conversación de media hora con la directora técnica.

No hace falta que traigas nada: los EPIs y la comida corren de nuestra cuenta. Avísame si tienes
alguna restricción alimentaria.

Un saludo,
Lourdes Téllez Fortes
Recursos Humanos · Laboratorios Axarquía
Ctra. de Arenas km 2, 29700 Vélez-Málaga · 952 500 381"""

I_AXARQUIA = dict(
    slug="axarquia_jornada_de_prueba", lang="es", company="Laboratorios Axarquía",
    contact="lourdes.tellez@axarquia-lab.example.es", key="axarquia_inv",
    frm=("Lourdes Téllez", "lourdes.tellez@axarquia-lab.example.es", "utf-8", "q"),
    subject="Jornada de prueba - miércoles 17 de junio", subj_enc=("utf-8", "q"),
    date="2026-06-05 11:02 +0200", text=_AXARQ_INV,
    html=html_doc(paras(_AXARQ_INV), "es"), cte="base64",
)

I_DISFARSUR = dict(
    slug="temporalia_sets_up_disfarsur_interview", lang="es", company="Disfarsur",
    contact="carmen.vela@temporalia.example.es", key="disfar_inv", refs=["temporalia_reg"],
    frm=("Carmen Vela | Temporalia ETT", "carmen.vela@temporalia.example.es"),
    subject="Entrevista en Disfarsur (Dos Hermanas)", date="2026-03-31 13:15 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Almudena:

Te escribo desde Temporalia porque tengo una oportunidad que encaja con lo que hablamos en tu
alta: Disfarsur, la distribuidora farmacéutica, busca un técnico de farmacia para control de
lotes y devoluciones en su almacén de Dos Hermanas (contrato de seis meses con posibilidad de
continuidad).

Ya les he enviado tu CV y quieren verte el martes 7 de abril a las 11:00 en sus oficinas (Ctra.
de Utrera km 4). Preguntarás por Juan Carlos Reina, el jefe de almacén.

Confírmame por favor que puedes ir y te mando la ubicación exacta.

Un saludo,
Carmen Vela
Consultora de Selección · Temporalia ETT, Delegación Sevilla
Avda. de la República Argentina 25, 41011 Sevilla · 954 278 330
""",
)

I_MERIDIANO = dict(
    slug="meridiano_casual_free_thursday", lang="es", company="Meridiano Biotech",
    contact="javi@meridiano-bio.example.es", key="meridiano_inv",
    frm=("Javi Ortuño", "javi@meridiano-bio.example.es"),
    subject="¿charlamos el jueves?", date="2026-05-12 21:14 +0200", cte="quoted-printable",
    text="""Hola Almudena!

Me pasó tu CV Carmen, de mi equipo, que coincidió contigo en el curso de la SEFH. Estamos
buscando a alguien para apoyar en registros y creo que podrías encajar muy bien.

¿Te viene bien el jueves por la tarde para charlar un rato? Algo informal, media hora por Meet,
sobre las 17:00. Te cuento qué hacemos y tú me cuentas qué buscas.

Javi

--
Javier Ortuño · Head of Regulatory
Meridiano Biotech · C/ Santa Engracia 151, 28003 Madrid
""",
)

_CAST_INV = """Hola Almudena:

Nos alegra comunicarte que el equipo de Registros quiere conocerte en una entrevista por vídeo
para el puesto R-10482 Técnico/a de Registros.

Selecciona el horario que mejor te convenga entre las opciones disponibles en el portal. La
entrevista dura 45 minutos y recibirás el enlace de Teams al confirmar.

Programar mi entrevista:
https://castellana.wd3.myworkday.com/castellana_careers/interview/schedule/R-10482?c=8f1e20

Si ninguno de los horarios te encaja, responde a la solicitud en el portal y te propondremos
otros.

Equipo de Adquisición de Talento
Laboratorios Castellana"""

I_CASTELLANA = dict(
    slug="castellana_workday_scheduling_link", lang="es", company="Laboratorios Castellana",
    contact="", key="castellana_inv", refs=["castellana_ack"],
    frm=("Laboratorios Castellana", "castellana@myworkday.com"),
    subject="Programa tu entrevista: Técnico/a de Registros (R-10482)",
    date="2026-04-08 07:30 +0000", headers=[("Auto-Submitted", "auto-generated")],
    text=_CAST_INV,
    html=ats_card("Laboratorios Castellana", "#7a1f2b", "Programa tu entrevista",
                  paras(_CAST_INV.split("\n\nProgramar")[0]),
                  "Powered by Workday · No respondas a este correo.", "es",
                  button=("Programar mi entrevista",
                          "https://castellana.wd3.myworkday.com/castellana_careers/interview/"
                          "schedule/R-10482?c=8f1e20")),
    cte="quoted-printable",
)

REGI_ORG = ("Gonzalo Bermúdez Aranda", "gbermudez@regibera.example.es")

_REGI_INV = """Buenas tardes, Almudena:

Gracias por enviarnos tu candidatura a través de la web. Tu perfil nos ha parecido muy
interesante para el puesto de Técnico/a Regulatorio en Madrid.

Te propongo una entrevista por Teams el martes 12 de mayo a las 16:00, con una duración de unos
45 minutos. Participaremos Lidia Saura, consultora sénior, y yo. Te envío la convocatoria
desde mi calendario; bastará con que la aceptes.

Un saludo,
Gonzalo Bermúdez Aranda
Socio director
Regulatoria Ibérica Consultores, S.L.
C/ Orense 34, 4.º B · 28020 Madrid
Tel. 91 417 88 30"""

_TEAMS_ES = """________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el equipo, la aplicación móvil o la web:
https://teams.example.com/l/meetup-join/19%3ameeting_regibera_0512
Id. de reunión: 341 882 517 09  Código de acceso: 7Hq2Lp
________________________________________________________________________________"""

I_REGIBERA = dict(
    slug="regibera_teams_outlook_ics", lang="es", company="Regulatoria Ibérica",
    contact="gbermudez@regibera.example.es", key="regibera_inv",
    frm=REGI_ORG,
    subject="Entrevista Técnico/a Regulatorio - Regulatoria Ibérica",
    subj_enc=("windows-1252", "q"), date="2026-05-04 17:22 +0200",
    charset="windows-1252", cte="quoted-printable",
    text=_REGI_INV + "\n\n" + _TEAMS_ES,
    html=outlook_html(mso(_REGI_INV) + "\n" + mso(_TEAMS_ES), "es", "windows-1252"),
    ics=dict(uid="040000008200E00074C5B7101A82E00800000000B0215REGIBERA0512", seq=0,
             start="2026-05-12 16:00 +0200", minutes=45, organizer=REGI_ORG,
             summary="Entrevista Técnico/a Regulatorio - Almudena Richter-Paz",
             location="Reunión de Microsoft Teams",
             description="Unirse: https://teams.example.com/l/meetup-join/"
                         "19%3ameeting_regibera_0512",
             attendees=[("Lidia Saura", "lsaura@regibera.example.es")]),
)

I_GIRALDA = dict(
    slug="giralda_prueba_tecnica_y_entrevista", lang="es", company="Biofarma Giralda",
    contact="reyes.carmona@giralda-bio.example.es", key="giralda_test", refs=["giralda_ack"],
    frm=("Reyes Carmona Vidal", "reyes.carmona@giralda-bio.example.es"),
    subject="Segunda fase - Técnico/a de Registros Internacionales",
    date="2026-04-21 09:48 +0200", cte="quoted-printable",
    text="""Hola Almudena:

Has superado la primera fase del proceso para Técnico/a de Registros Internacionales y te
convocamos a la segunda, que tendrá lugar en nuestras oficinas de la Cartuja el martes 28 de
abril:

  09:00 - 09:45  Prueba técnica escrita (redacción de una respuesta a un requerimiento de
                 información de una agencia; en inglés)
  10:00 - 10:45  Entrevista con Pilar Navas, jefa del departamento de Registros

Puedes usar tu propio portátil para la prueba si lo prefieres. Por favor, confírmame tu
asistencia antes del viernes.

Un saludo cordial,

Reyes Carmona Vidal
Talent Acquisition
Biofarma Giralda
Parque Científico y Tecnológico Cartuja · C/ Leonardo da Vinci 18, 41092 Sevilla
Tel. +34 955 041 772
""",
)

_GUADAL_INV = """<p>Hola Almudena,</p>
<p>¡Enhorabuena! Has pasado a la fase de entrevistas para <b>Técnico/a de Asuntos Regulatorios
Junior</b> en Farmacéutica Guadalhorce.</p>
<p>La entrevista será presencial en nuestras oficinas de Málaga (Polígono Industrial Santa
Teresa, C/ Escritora Carmen Martín Gaite 8) y durará unos 45 minutos con Inés Carrasco
(Personas) y Gabriel Soto (Asuntos Regulatorios).</p>
<p>Elige el horario que prefieras con el botón de abajo. Los huecos disponibles son entre el 17 y
el 20 de marzo.</p>"""

I_GUADALHORCE = dict(
    slug="guadalhorce_smartrecruiters_pick_slot", lang="es",
    company="Farmacéutica Guadalhorce", contact="", key="guadal_inv",
    frm=("Farmacéutica Guadalhorce", "noreply@smartrecruiters.com"),
    subject="Elige la hora de tu entrevista con Farmacéutica Guadalhorce",
    date="2026-03-12 09:05 +0000", headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Farmacéutica Guadalhorce", "#0f6e5c", "Programa tu entrevista", _GUADAL_INV,
                  "SmartRecruiters · Este mensaje se ha enviado automáticamente.", "es",
                  button=("Elegir horario",
                          "https://www.smartrecruiters.com/app/interviews/schedule/6b1e0215")),
    cte="quoted-printable",
)

I_COFARAN = dict(
    slug="cofaran_llamada_lunes", lang="es", company="Grupo Cofarán",
    contact="fjimenez@cofaran.example.es", key="cofaran_inv",
    frm=("Paco Jiménez", "fjimenez@cofaran.example.es"),
    subject="Entrevista telefónica almacén Granada", date="2026-02-27 12:48 +0100",
    charset="iso-8859-1", cte="8bit",
    text="""Hola Almudena,

soy Paco Jiménez, responsable del almacén de Grupo Cofarán en Granada. Hemos recibido tu CV para
el puesto de técnico de farmacia en recepción y control de pedidos.

Me gustaría hacerte una entrevista telefónica corta el lunes 2 de marzo a las 13:00. Te llamo
yo al número del CV. Si no te viene bien a esa hora, dímelo y buscamos otra.

Un saludo,
Paco

Francisco Jiménez Ariza
Jefe de Almacén - Grupo Cofarán
Polígono Asegra, C/ Córdoba 9, 18210 Peligros (Granada)
Tel. 958 405 117
""",
)

I_OAPS = dict(
    slug="oaps_citacion_entrevista_pdf", lang="es",
    company="Oficina Andaluza de Productos Sanitarios",
    contact="dfernandez@oaps.example.es", key="oaps_inv", refs=["oaps_ack"],
    frm=("Dolores Fernández Sáez", "dfernandez@oaps.example.es", "iso-8859-1", "q"),
    subject="Proceso selectivo OAPS-TEC-04/2026: citación a entrevista personal",
    date="2026-05-25 10:05 +0200", cte="base64",
    text="""Estimada Sra. Richter-Paz:

Finalizada la fase de valoración de méritos del proceso selectivo OAPS-TEC-04/2026, le
comunicamos que ha sido admitida a la fase de entrevista personal.

Se le cita el miércoles 3 de junio de 2026 a las 10:40 en la sede de la Oficina (C/ Marqués del
Nervión 40, Sevilla, planta 1.ª, sala 3). La entrevista versará sobre los méritos alegados y
sobre las funciones del puesto, y tendrá una duración máxima de 20 minutos.

Adjuntamos la citación oficial. Deberá acudir provista de su DNI o documento equivalente.

Atentamente,

Dolores Fernández Sáez
Servicio de Personal y Régimen Interior
Oficina Andaluza de Productos Sanitarios
""",
    pdfs=[dict(name="Citación_entrevista_OAPS-TEC-04-2026.pdf",
               title="Citación a entrevista personal - OAPS-TEC-04/2026",
               lines=["Aspirante: Almudena Richter-Paz",
                      "Fecha: miércoles, 3 de junio de 2026",
                      "Hora: 10:40",
                      "Lugar: C/ Marqués del Nervión 40, Sevilla - planta 1.ª, sala 3",
                      "Documentación: DNI o documento equivalente"])],
)

# ================================================================== invitations, en

RHEIN_ORG = ("Lukas Brändli", "lukas.braendli@rheinknie.example.ch")

_RHEIN_INV = """Dear Ms Richter-Paz,

Thank you for your application for the position of Regulatory Affairs Specialist at Rheinknie
Pharma in Basel.

We would like to invite you to a first interview via Microsoft Teams on Tuesday, 17 March 2026
at 10:00 CET. You will meet Dr. Sabine Wyss, Head of Regulatory Affairs Europe, and myself. The
conversation will be held in English and will last about 50 minutes.

A calendar invitation is attached; please accept it so that the Teams link appears in your
calendar. Should the time not suit you, just reply to this email.

Kind regards,
Lukas Brändli
Talent Acquisition Partner
Rheinknie Pharma AG
Grenzacherstrasse 95, 4058 Basel
+41 61 688 40 27"""

I_RHEINKNIE = dict(
    slug="rheinknie_teams_ics_english", lang="en", company="Rheinknie Pharma",
    contact="lukas.braendli@rheinknie.example.ch", key="rhein_inv", refs=["rhein_ack"],
    frm=(*RHEIN_ORG, "utf-8", "b"),
    subject="Interview invitation - Regulatory Affairs Specialist (Basel)",
    date="2026-03-09 15:20 +0100", text=_RHEIN_INV,
    html=outlook_html(mso(_RHEIN_INV), "en"), cte="quoted-printable",
    ics=dict(uid="040000008200E00074C5B7101A82E0080000000021500RHEINKNIE0317", seq=0,
             start="2026-03-17 10:00 +0100", minutes=50, organizer=RHEIN_ORG,
             summary="Interview Regulatory Affairs Specialist - Almudena Richter-Paz",
             location="Microsoft Teams Meeting",
             attendees=[("Dr. Sabine Wyss", "sabine.wyss@rheinknie.example.ch")]),
)

_TEJO_INV = """Hi Almudena,

Thanks so much for applying to the Regulatory Affairs Associate role at Tejo Therapeutics - we
really enjoyed reading your application.

We'd love to set up a 45-minute video interview with Dr. Inês Faria, our Head of Regulatory.
Please use the link below to choose a time that works for you:

https://app.greenhouse.io/schedule/tejo-therapeutics/6d0215af

If none of the slots work, just reply to this email and I'll find another option.

Best,
Marta Carvalho
Talent Partner, Tejo Therapeutics"""

I_TEJO = dict(
    slug="tejo_greenhouse_scheduling_link", lang="en", company="Tejo Therapeutics",
    contact="marta.carvalho@tejotx.example.pt", key="tejo_inv", refs=["tejo_ack"],
    frm=("Marta Carvalho via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Marta Carvalho", "marta.carvalho@tejotx.example.pt"),
    subject="Interview with Tejo Therapeutics - please pick a time",
    date="2026-03-11 11:40 +0000", text=_TEJO_INV,
    html=html_doc(paras(_TEJO_INV), "en"),
)

LUSI_ORG = ("Beatriz Lopes", "beatriz.lopes@lusitaniacr.example.pt")

I_LUSITANIA = dict(
    slug="lusitania_zoom_screen_ics", lang="en", company="Lusitania Clinical Research",
    contact="beatriz.lopes@lusitaniacr.example.pt", key="lusi_inv",
    frm=LUSI_ORG,
    subject="Lusitania Clinical Research - screening call invitation",
    date="2026-07-01 09:50 +0100", cte="7bit",
    text="""Hello Almudena,

Thank you for your interest in the Regulatory & Start-up Specialist position at Lusitania
Clinical Research in Lisbon.

I would like to invite you to a 30-minute screening call on Zoom on Wednesday 8 July at 11:00
Lisbon time (12:00 in Spain). We will go through your background, your motivation for moving
into regulatory affairs and the practical side of relocating to Lisbon.

Zoom link: https://zoom.example.com/j/8124403215?pwd=lusitania
Meeting ID: 812 440 3215

The calendar invitation is attached. Looking forward to speaking with you!

Best regards,
Beatriz Lopes
Talent Acquisition | Lusitania Clinical Research
Avenida Duque de Avila 46, 1050-083 Lisboa
""",
    ics=dict(uid="lusitania-screen-20260708-almudena@lusitaniacr.example.pt", seq=0,
             start="2026-07-08 11:00 +0100", minutes=30, organizer=LUSI_ORG,
             prodid="-//Zoom Video Communications//Zoom//EN",
             summary="Screening call - Regulatory & Start-up Specialist",
             location="https://zoom.example.com/j/8124403215"),
    ics_mode="attach",
)

BIRSIG_ORG = ("Nadine Roth", "nadine.roth@birsig-bio.example.ch")

_BIRSIG_INV = """Hi Almudena,

Great news - the hiring team would like to invite you to a panel interview for the Regulatory
Affairs Specialist (CMC) role.

When: Tuesday 16 June 2026, 13:30-15:00 CEST
Where: Birsig Biotech, Hochbergerstrasse 60, Basel (Building C, reception)
Panel: Dr. Martin Keller (Head of CMC Regulatory), Chiara Bianchi (QA Lead) and me

The panel will include a 20-minute case discussion based on a short variation scenario that I
will send you a week before. A calendar invitation is attached.

Please reply directly to me if you need a letter for travel or have any accessibility needs.

Best,
Nadine Roth
Senior Talent Acquisition Partner, Birsig Biotech"""

I_BIRSIG = dict(
    slug="birsig_lever_panel_with_ics", lang="en", company="Birsig Biotech",
    contact="nadine.roth@birsig-bio.example.ch", key="birsig_inv", refs=["birsig_ack"],
    frm=("Nadine Roth (Birsig Biotech)", "no-reply@hire.lever.co"),
    reply_to=BIRSIG_ORG,
    subject="Panel interview - Regulatory Affairs Specialist (CMC)",
    date="2026-06-03 14:30 +0000", text=_BIRSIG_INV, html=html_doc(paras(_BIRSIG_INV), "en"),
    ics=dict(uid="lever-panel-0215-birsig-0616@hire.lever.co", seq=0,
             start="2026-06-16 13:30 +0200", minutes=90, organizer=BIRSIG_ORG,
             prodid="-//Lever//Interview Scheduling//EN",
             summary="Panel interview: Almudena Richter-Paz - RA Specialist (CMC)",
             location="Birsig Biotech, Hochbergerstrasse 60, Basel (Building C)",
             attendees=[("Dr. Martin Keller", "martin.keller@birsig-bio.example.ch"),
                        ("Chiara Bianchi", "chiara.bianchi@birsig-bio.example.ch")]),
    ics_mode="attach",
)

I_HELIX = dict(
    slug="helix_recruiter_phone_screen_ask", lang="en", company="Helix Regulatory Partners",
    contact="oliver.pennington@helixrp.example.co.uk", key="helix_inv", refs=["helix_reg"],
    frm=("Oliver Pennington", "oliver.pennington@helixrp.example.co.uk"),
    subject="Regulatory operations role in Basel - quick call?",
    date="2026-04-20 16:55 +0100", charset="windows-1252", cte="quoted-printable",
    text="""Hi Almudena,

Thanks for registering with us last week. I’m working on a regulatory operations role for a
mid-sized biotech client in Basel (I can share the name once we’ve spoken), and your mix of
hospital pharmacy and dossier work caught my eye.

Would you be free for a 20-minute call on Thursday 23 April at 10:00 UK time (11:00 for you)?
I’ll ring you on your mobile. It’s an informal screen – I’ll walk you through the role and
package, and then, if you’re keen, I’ll put you forward to the client.

Cheers,
Oliver

Oliver Pennington
Principal Consultant, Regulatory & Quality
Helix Regulatory Partners Ltd
3 Harbour Exchange Square, London E14 9GE
+44 20 7946 0318
""",
)

ALFAMA_ORG = ("Sofia Mendes", "sofia.mendes@alfamabio.example.pt")

_ALFAMA_INV = """Dear Almudena,

Following your conversation with our recruiter last week, we are pleased to invite you to a panel
interview for the Regulatory Affairs Coordinator position.

The panel (Dr. Helena Rocha, Regulatory Director; Tiago Antunes, Quality Manager; and myself)
will meet you on Tuesday 24 March at 15:00 Lisbon time at our offices in Alcântara. Please
allow 75 minutes, including a short presentation (10 minutes) on how you would organise a
labelling change across three EU markets.

I have sent you a calendar invitation. Please accept it or let me know if you need a different
time.

Kind regards,
Sofia Mendes
People & Culture Lead, Alfama Biologics
Rua da Junqueira 84, 1300-344 Lisboa, Portugal
+351 21 360 44 12"""

I_ALFAMA = dict(
    slug="alfama_panel_google_calendar", lang="en", company="Alfama Biologics",
    contact="sofia.mendes@alfamabio.example.pt", key="alfama_inv",
    frm=ALFAMA_ORG,
    subject="Invitation: Panel interview - Regulatory Affairs Coordinator @ Tue 24 Mar 2026 "
            "15:00 - 16:15 (WET)",
    date="2026-03-16 10:05 +0000", text=_ALFAMA_INV, html=html_doc(paras(_ALFAMA_INV), "en"),
    cte="quoted-printable",
    ics=dict(uid="5n0215alfamapanel8k1c2v@alfamabio.example.pt", seq=0,
             start="2026-03-24 15:00 +0000", minutes=75, organizer=ALFAMA_ORG,
             prodid="-//Google Inc//Google Calendar 70.9054//EN",
             summary="Panel interview - Regulatory Affairs Coordinator",
             location="Alfama Biologics, Rua da Junqueira 84, Lisboa",
             attendees=[("Dr. Helena Rocha", "helena.rocha@alfamabio.example.pt"),
                        ("Tiago Antunes", "tiago.antunes@alfamabio.example.pt")]),
)

_NORTH_INV = """<p>Hi Almudena,</p>
<p>Thanks for applying to <b>Regulatory Affairs Officer (Lisbon)</b> at Northgate Pharma. We'd
like to invite you to a 30-minute video interview with Rui Teixeira, Regulatory Affairs
Manager.</p>
<p>Please choose one of the available times using the button below. Once you book, you'll get a
confirmation with the Zoom link.</p>
<p>Looking forward to speaking with you,<br>Northgate Pharma Recruiting</p>"""

I_NORTHGATE = dict(
    slug="northgate_ashby_html_only_booking", lang="en", company="Northgate Pharma",
    contact="", key="northgate_inv", refs=["northgate_ack"],
    frm=("Northgate Pharma", "no-reply@ashbyhq.com"),
    subject="Schedule your interview with Northgate Pharma", date="2026-04-24 13:10 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Northgate Pharma", "#0d3b66", "Let's find a time", _NORTH_INV,
                  "Sent via Ashby on behalf of Northgate Pharma. This inbox is not monitored.",
                  "en", button=("Choose a time",
                                "https://jobs.ashbyhq.com/northgate/interview/0215-c7d1")),
)

# ================================================================== invitations, fr

FOURV_ORG = ("Claire Mourgue", "claire.mourgue@fourviere-labs.example.fr")

_FOURV_INV = """Bonjour Almudena,

Suite à l'étude de votre candidature pour le poste de Technicienne Affaires Réglementaires, nous
avons le plaisir de vous convier à notre journée d'évaluation, qui se tiendra le jeudi 16 avril
de 8h30 à 16h30 sur notre site de Vaise (35 rue Marietton, 69009 Lyon).

Au programme : une présentation de l'entreprise, une étude de cas en petit groupe (mise à jour
d'une notice après une variation de type IB), un exercice de priorisation et deux entretiens
individuels avec l'équipe Affaires Réglementaires et les Ressources humaines.

Le déjeuner est offert. Merci de confirmer votre présence en acceptant l'invitation jointe.

Bien cordialement,

Claire Mourgue
Chargée de recrutement
Laboratoires Fourvière
12 quai Fulchiron, 69005 Lyon
04 78 42 19 60"""

I_FOURVIERE = dict(
    slug="fourviere_journee_evaluation_ics", lang="fr", company="Laboratoires Fourvière",
    contact="claire.mourgue@fourviere-labs.example.fr", key="fourv_inv", refs=["fourv_ack"],
    frm=FOURV_ORG,
    subject="Invitation à notre journée d'évaluation - Technicienne Affaires Réglementaires",
    subj_enc=("utf-8", "q"), date="2026-04-08 10:30 +0200", text=_FOURV_INV,
    html=html_doc(paras(_FOURV_INV), "fr"), cte="quoted-printable",
    ics=dict(uid="fourviere-ac-2026-04-almudena@fourviere-labs.example.fr", seq=0,
             start="2026-04-16 08:30 +0200", minutes=480, organizer=FOURV_ORG,
             summary="Journée d'évaluation - Affaires Réglementaires",
             location="Laboratoires Fourvière, 35 rue Marietton, 69009 Lyon"),
)

CONFL_ORG = ("Sandrine Giraud", "s.giraud@confluence-pharma.example.fr")

_CONFL_INV = """Bonjour Madame Richter-Paz,

Nous vous remercions pour votre candidature au poste de Chargée d'affaires réglementaires et
pharmacovigilance.

M. Julien Perrachon, responsable du service, souhaiterait s'entretenir avec vous en visioconférence
le mardi 16 juin à 10h00. L'entretien durera environ 40 minutes. Vous trouverez ci-joint
l'invitation Teams.

Merci de nous confirmer votre disponibilité.

Cordialement,

Sandrine Giraud
Assistante Ressources humaines
Confluence Pharma
58 cours Charlemagne, 69002 Lyon
Tél. 04 26 10 55 72"""

I_CONFLUENCE = dict(
    slug="confluence_visio_teams_ics", lang="fr", company="Confluence Pharma",
    contact="s.giraud@confluence-pharma.example.fr", key="confl_inv",
    frm=CONFL_ORG,
    subject="Entretien en visioconférence - Chargée d'affaires réglementaires",
    subj_enc=("iso-8859-1", "q"), date="2026-06-08 11:45 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text=_CONFL_INV, html=outlook_html(mso(_CONFL_INV), "fr", "iso-8859-1"),
    ics=dict(uid="040000008200E00074C5B7101A82E008000000000215CONFLUENCE0616", seq=0,
             start="2026-06-16 10:00 +0200", minutes=40, organizer=CONFL_ORG,
             summary="Entretien Almudena Richter-Paz / Julien Perrachon",
             location="Réunion Microsoft Teams",
             attendees=[("Julien Perrachon", "j.perrachon@confluence-pharma.example.fr")]),
)

I_GERLAND = dict(
    slug="rhone_interim_sets_up_gerland", lang="fr", company="Laboratoires Gerland",
    contact="mathilde.roux@rhone-interim.example.fr", key="gerland_inv", refs=["rhone_reg"],
    frm=("Mathilde Roux - Rhône Intérim", "mathilde.roux@rhone-interim.example.fr",
         "iso-8859-1", "q"),
    subject="Entretien chez Laboratoires Gerland - lundi 31 août", date="2026-08-24 16:20 +0200",
    cte="quoted-printable",
    text="""Bonjour Almudena,

Bonne nouvelle : j'ai présenté votre profil aux Laboratoires Gerland pour la mission de
technicienne documentation réglementaire (6 mois, démarrage mi-septembre) et ils souhaitent vous
rencontrer.

L'entretien aura lieu le lundi 31 août à 14h00 dans leurs locaux, 60 avenue Tony Garnier,
69007 Lyon. Vous serez reçue par Mme Delphine Arnaud, responsable affaires réglementaires. Prévoyez
environ une heure.

Je vous appelle demain pour vous briefer. Pensez à apporter une pièce d'identité pour l'accueil.

Bien à vous,
Mathilde Roux
Chargée de recrutement – Pôle Santé
Rhône Intérim · 14 rue de la République, 69002 Lyon · 04 72 41 88 09
""",
)

# ================================================================== invitations, de

MAIN_ORG = ("Katrin Vogelsang", "katrin.vogelsang@mainufer-pharma.example.de")

_MAIN_INV = """Sehr geehrte Frau Richter-Paz,

vielen Dank für Ihre Bewerbung als Referentin Zulassung (m/w/d). Ihr Profil hat uns
angesprochen, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 23. Juni 2026, um 10:00 Uhr
in unsere Räume in der Hanauer Landstraße 210, 60314 Frankfurt am Main, ein. Gesprächspartner
sind Herr Dr. Jens Albers (Leitung Regulatory Affairs) und ich. Planen Sie bitte etwa 75
Minuten ein. Das Gespräch kann auf Englisch geführt werden.

Reisekosten erstatten wir Ihnen gemäß unserer Reisekostenrichtlinie.

Bitte bestätigen Sie den Termin über die beigefügte Einladung.

Mit freundlichen Grüßen
Katrin Vogelsang
HR Business Partnerin
Mainufer Pharma GmbH
Hanauer Landstraße 210 · 60314 Frankfurt am Main
Telefon +49 69 4080 2231"""

I_MAINUFER = dict(
    slug="mainufer_vorstellungsgespraech_ics", lang="de", company="Mainufer Pharma",
    contact="katrin.vogelsang@mainufer-pharma.example.de", key="mainufer_inv",
    refs=["mainufer_ack"],
    frm=MAIN_ORG,
    subject="Einladung zum Vorstellungsgespräch – Referentin Zulassung (m/w/d)",
    subj_enc=("utf-8", "b"), date="2026-06-10 09:15 +0200", text=_MAIN_INV,
    html=outlook_html(mso(_MAIN_INV), "de"), cte="quoted-printable",
    ics=dict(uid="040000008200E00074C5B7101A82E008000000000215MAINUFER0623", seq=0,
             start="2026-06-23 10:00 +0200", minutes=75, organizer=MAIN_ORG,
             summary="Vorstellungsgespräch Almudena Richter-Paz",
             location="Mainufer Pharma, Hanauer Landstraße 210, Besprechungsraum Main 2",
             attendees=[("Dr. Jens Albers", "jens.albers@mainufer-pharma.example.de")]),
)

I_TAUNUS = dict(
    slug="taunus_einladung_plain", lang="de", company="Taunus Arzneimittel",
    contact="stefan.hagedorn@taunus-arznei.example.de", key="taunus_inv", refs=["taunus_ack"],
    frm=("Stefan Hagedorn", "stefan.hagedorn@taunus-arznei.example.de"),
    subject="Ihre Bewerbung: Einladung zum Gespräch am 17.09.", date="2026-09-07 14:02 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag Frau Richter-Paz,

herzlichen Dank für Ihre Bewerbung als Regulatory Affairs Associate (m/w/d) bei der Taunus
Arzneimittel GmbH.

Gerne möchten wir Sie zu einem persönlichen Gespräch am Donnerstag, den 17. September 2026, um
14:00 Uhr an unseren Standort in Oberursel (Zimmersmühlenweg 71) einladen. Am Gespräch nehmen
Frau Dr. Ulrike Brandt (Leiterin Zulassung) und ich teil; anschließend zeigen wir Ihnen kurz
die Abteilung.

Bitte geben Sie uns bis Freitag kurz Bescheid, ob der Termin für Sie passt.

Mit freundlichen Grüßen

Stefan Hagedorn
Personalreferent
Taunus Arzneimittel GmbH
Zimmersmühlenweg 71, 61440 Oberursel (Taunus)
Tel. 06171 9170 215
""",
)

I_NIDDA = dict(
    slug="roemerberg_telefoninterview_nidda", lang="de", company="Nidda Pharma",
    contact="f.lamprecht@roemerberg-pb.example.de", key="nidda_inv",
    frm=("Dr. Friederike Lamprecht", "f.lamprecht@roemerberg-pb.example.de"),
    subject="Telefoninterview mit Nidda Pharma am 11. August",
    date="2026-08-05 17:30 +0200", cte="quoted-printable",
    text="""Liebe Frau Richter-Paz,

wie besprochen habe ich Ihr Profil Nidda Pharma in Bad Vilbel vorgestellt, und man möchte Sie
kennenlernen.

Herr Tomasz Kowalski, Leiter Zulassung, wird Sie am Dienstag, 11. August, um 14:00 Uhr auf
Ihrem Mobiltelefon (+34 652 118 407) anrufen. Das Gespräch dauert etwa 30 Minuten und findet auf
Deutsch und Englisch statt. Bitte halten Sie Ihren Lebenslauf bereit.

Wenn der Termin nicht passt, geben Sie mir bitte bis morgen Bescheid.

Herzliche Grüße
Friederike Lamprecht

Dr. Friederike Lamprecht
Partnerin | Römerberg Personalberatung GmbH
Braubachstraße 12, 60311 Frankfurt am Main
Tel. +49 69 2199 4470 | Mobil +49 171 552 0183
""",
)

INVITATIONS = [
    I_ALCAZABA, I_CLINI, I_NEVADA, I_GENIL, I_AXARQUIA, I_DISFARSUR, I_MERIDIANO, I_CASTELLANA,
    I_REGIBERA, I_GIRALDA, I_GUADALHORCE, I_COFARAN, I_OAPS,
    I_RHEINKNIE, I_TEJO, I_LUSITANIA, I_BIRSIG, I_HELIX, I_ALFAMA, I_NORTHGATE,
    I_FOURVIERE, I_CONFLUENCE, I_GERLAND,
    I_MAINUFER, I_TAUNUS, I_NIDDA,
]

# ================================================================== reschedules, es

_ALC_MOVE = """Hola de nuevo, Almudena:

Te escribo porque Francisco tiene que viajar el jueves a una auditoría y no va a poder estar en
la entrevista. Para no hacerla sin él, la pasamos al lunes 23 de febrero a las 12:00, en el
mismo sitio. Te envío la convocatoria actualizada.

Si el lunes no te va bien, dímelo y miramos el martes por la tarde.

Disculpa el cambio,
Rocío"""

S_ALCAZABA = dict(
    slug="alcazaba_moved_sequence_bump", lang="es", company="Laboratorios Alcazaba",
    contact="rocio.benitez@alcazaba-lab.example.es", key="alc_move", refs=["alc_ack", "alc_inv"],
    frm=(*ALC_ORG, "utf-8", "q"),
    subject="Actualizada: Entrevista - Técnico/a de Asuntos Regulatorios (Málaga)",
    date="2026-02-16 09:20 +0100", cte="quoted-printable",
    text=_ALC_MOVE + "\n\n" + reply_quote(
        "es", "jue, 12 feb 2026 a las 12:30",
        "Rocío Benítez Gálvez <rocio.benitez@alcazaba-lab.example.es>", _ALC_INV),
    ics=dict(uid="alc-215-entrevista-0219@alcazaba-lab.example.es", seq=1,
             start="2026-02-23 12:00 +0100", minutes=60, organizer=ALC_ORG,
             summary="Entrevista Almudena Richter-Paz - Técnico/a de Asuntos Regulatorios",
             location="Laboratorios Alcazaba, Avda. Juan López Peñalver 21, PTA, Málaga",
             attendees=[("Francisco Moyano", "francisco.moyano@alcazaba-lab.example.es")]),
)

_CLINI_ME = """Macarena, mil perdones: el jueves me pillaste en el turno de mañana de la farmacia y
no pude coger el móvil. Sigo muy interesada. ¿Podríamos hacer la llamada el lunes en cualquier
momento a partir de las 12:00?

Almudena"""

S_CLINI = dict(
    slug="cliniensayos_llamada_pasa_al_lunes", lang="es", company="Cliniensayos",
    contact="macarena.ruiz@cliniensayos.example.es", key="clini_move",
    refs=["clini_inv", "clini_missed", "<CAH0215clini.me@mail.example.es>"],
    frm=("Macarena Ruiz Alcaide", "macarena.ruiz@cliniensayos.example.es"),
    subject="Re: Llamada - Clinical Trial Assistant (Cliniensayos)",
    date="2026-04-10 09:10 +0200", cte="8bit",
    text="""¡Claro que sí, no te preocupes!

Pasamos la llamada al lunes 13 a las 12:30. Esta vez te mando un WhatsApp cinco minutos antes,
por si acaso.

Hablamos el lunes,
Macarena

""" + reply_quote("es", "jue, 9 abr 2026 a las 21:47", ME, _CLINI_ME),
)

REGI_CANCEL = """Hola, Almudena:

Te escribo para anular la reunión de mañana martes a las 16:00. No es nada relacionado con tu
candidatura: estamos pendientes de una decisión interna sobre el alcance del puesto y prefiero
no hacerte perder la tarde hasta tenerlo claro.

En cuanto sepa algo te escribo, previsiblemente la semana que viene.

Un saludo,
Gonzalo"""

S_REGIBERA = dict(
    slug="regibera_method_cancel_no_rejection", lang="es", company="Regulatoria Ibérica",
    contact="gbermudez@regibera.example.es", key="regibera_cancel", refs=["regibera_inv"],
    frm=REGI_ORG,
    subject="Cancelada: Entrevista Técnico/a Regulatorio - Regulatoria Ibérica",
    subj_enc=("windows-1252", "q"), date="2026-05-11 13:58 +0200",
    charset="windows-1252", cte="quoted-printable",
    text=REGI_CANCEL, html=outlook_html(mso(REGI_CANCEL), "es", "windows-1252"),
    ics=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E00800000000B0215REGIBERA0512",
             seq=1, start="2026-05-12 16:00 +0200", minutes=45, organizer=REGI_ORG,
             summary="Cancelada: Entrevista Técnico/a Regulatorio - Almudena Richter-Paz",
             location="Reunión de Microsoft Teams"),
)

S_GENIL = dict(
    slug="genil_comision_traslada_fecha", lang="es", company="Hospital Universitario Genil",
    contact="amorales@hugenil.example.es", key="genil_move", refs=["genil_inv"],
    frm=GENIL_ORG,
    subject="Cambio de fecha - entrevista Técnico/a Superior en Farmacia",
    date="2026-05-18 08:35 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Estimada Sra. Richter-Paz:

Por coincidir con una visita de inspección al Servicio de Farmacia, la comisión de selección no
podrá reunirse el jueves 21 de mayo. Su entrevista se traslada al jueves 28 de mayo de 2026 a
las 9:00, en el mismo lugar (sala de juntas del Pabellón de Gobierno, 2.ª planta).

Le rogamos que nos confirme su asistencia en la nueva fecha. Disculpe las molestias.

Atentamente,

Antonio Morales Cuenca
Unidad de Gestión de Personas
Hospital Universitario Genil
""",
)

_MERI_REQ = """Hola Javi:

¡Muchas gracias por escribirme! Me encantaría charlar. El jueves por la tarde lo tengo
complicado porque estoy de guardia en la farmacia hasta las 21:00; ¿te vendría bien el viernes
a la misma hora?

Un saludo,
Almudena"""

S_MERIDIANO = dict(
    slug="meridiano_lo_pasamos_al_viernes", lang="es", company="Meridiano Biotech",
    contact="javi@meridiano-bio.example.es", key="meridiano_move",
    refs=["meridiano_inv", "meridiano_req"],
    frm=("Javi Ortuño", "javi@meridiano-bio.example.es"),
    subject="Re: ¿charlamos el jueves?", date="2026-05-13 10:41 +0200", cte="quoted-printable",
    text="""Hecho, lo pasamos al viernes 15 a las 17:00. Te mando el enlace nuevo de Meet:
https://meet.example.com/mer-xkqp-215

Hasta el viernes!
Javi

""" + reply_quote("es", "mié, 13 may 2026 a las 8:02", ME, _MERI_REQ),
)

S_NEVADA = dict(
    slug="talentia_nevada_interviewer_ill", lang="es", company="Nevada Pharma",
    contact="alvaro.montilla@talentiasearch.example.es", key="nevada_move",
    refs=["nevada_inv"],
    frm=("Álvaro Montilla", "alvaro.montilla@talentiasearch.example.es", "iso-8859-1", "q"),
    subject="Cambio: entrevista Nevada Pharma pasa al miércoles 8/04",
    date="2026-03-27 13:28 +0100", charset="iso-8859-1", cte="8bit",
    text="""Hola Almudena:

Me acaba de llamar la asistente de Enrique Salcedo: está de baja unos días por una gripe fuerte
y no podrá hacer la entrevista del lunes 30.

La hemos movido al miércoles 8 de abril a las 12:00, en el mismo sitio (planta de Armilla). Él
insiste en hacerla en persona, así que prefiere esperar a recuperarse antes que pasarla a otra
persona del equipo.

¿Te encaja? Si no, dime y busco otro hueco esa semana.

Un abrazo,
Álvaro
""",
)

S_DISFARSUR = dict(
    slug="temporalia_disfarsur_cambia_hora_y_lugar", lang="es", company="Disfarsur",
    contact="carmen.vela@temporalia.example.es", key="disfar_move", refs=["disfar_inv"],
    frm=("Carmen Vela | Temporalia ETT", "carmen.vela@temporalia.example.es"),
    subject="Re: Entrevista en Disfarsur (Dos Hermanas) - CAMBIO", date="2026-04-06 10:55 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Almudena:

Cambio de planes para mañana: Juan Carlos Reina no estará en Dos Hermanas sino en las oficinas
centrales de Disfarsur en la Cartuja (C/ Américo Vespucio 5, edificio 3), y la entrevista pasa
de las 11:00 a las 13:30.

Lo demás sigue igual. Llévate el DNI y, si lo tienes a mano, el certificado del ciclo de
Técnico en Farmacia.

Cualquier cosa, llámame al 954 278 330.

Carmen
""",
)

# ================================================================== reschedules, en

TEJO_ORG = ("Marta Carvalho", "marta.carvalho@tejotx.example.pt")

S_TEJO = dict(
    slug="tejo_method_cancel_will_come_back", lang="en", company="Tejo Therapeutics",
    contact="marta.carvalho@tejotx.example.pt", key="tejo_cancel", refs=["tejo_inv"],
    frm=TEJO_ORG,
    subject="Canceled: Interview - Almudena Richter-Paz / Dr. Inês Faria",
    subj_enc=("utf-8", "q"), date="2026-03-18 17:05 +0000", cte="quoted-printable",
    text="""Hi Almudena,

I'm really sorry to do this at short notice, but we need to cancel tomorrow's conversation with
Inês. She has been pulled into an urgent meeting with the agency on one of our filings and
won't be available for the rest of the week.

This has nothing to do with your application. I'll come back to you with new times as soon as
her calendar settles.

Best,
Marta
""",
    ics=dict(method="CANCEL", uid="gh-0215-tejo-interview-6d0215af@greenhouse.io", seq=1,
             start="2026-03-19 14:00 +0000", minutes=45, organizer=TEJO_ORG,
             summary="Interview - Almudena Richter-Paz / Dr. Inês Faria",
             location="Google Meet"),
)

_LUSI_REQ = """Dear Beatriz,

Thank you very much for the invitation. Unfortunately on Wednesday 8 July I am on a shift at the
pharmacy that I cannot swap. Would Friday 10 July in the morning be possible for you instead?

Kind regards,
Almudena"""

S_LUSITANIA = dict(
    slug="lusitania_new_time_sequence_one", lang="en", company="Lusitania Clinical Research",
    contact="beatriz.lopes@lusitaniacr.example.pt", key="lusi_move",
    refs=["lusi_inv", "lusi_req"],
    frm=LUSI_ORG,
    subject="Re: Lusitania Clinical Research - screening call invitation",
    date="2026-07-02 15:22 +0100", cte="7bit",
    text="""Hi Almudena,

No problem at all. I've moved our call to Friday 10 July at 09:30 Lisbon time (10:30 in Spain).
The Zoom link stays the same, and the updated invitation is attached.

Best regards,
Beatriz

""" + reply_quote("en", "Thu, 2 Jul 2026 at 08:47", ME, _LUSI_REQ),
    ics=dict(uid="lusitania-screen-20260708-almudena@lusitaniacr.example.pt", seq=1,
             start="2026-07-10 09:30 +0100", minutes=30, organizer=LUSI_ORG,
             prodid="-//Zoom Video Communications//Zoom//EN",
             summary="Screening call - Regulatory & Start-up Specialist",
             location="https://zoom.example.com/j/8124403215"),
    ics_mode="attach",
)

_BIRSIG_MOVE = """Hi Almudena,

I'm sorry to let you know that Dr. Keller is unwell and won't be able to join tomorrow's panel.
As he leads the CMC team, we'd rather not go ahead without him.

Could you please choose a new slot next week using this link?
https://hire.lever.co/interviews/birsig/reschedule/0215-7c3e

Everything else (location, case study, panel) stays the same. Apologies for the inconvenience.

Best,
Nadine"""

S_BIRSIG = dict(
    slug="birsig_lever_interviewer_unwell", lang="en", company="Birsig Biotech",
    contact="nadine.roth@birsig-bio.example.ch", key="birsig_move", refs=["birsig_inv"],
    frm=("Nadine Roth (Birsig Biotech)", "no-reply@hire.lever.co"),
    reply_to=BIRSIG_ORG,
    subject="Re: Panel interview - Regulatory Affairs Specialist (CMC)",
    date="2026-06-15 16:12 +0000", text=_BIRSIG_MOVE, html=html_doc(paras(_BIRSIG_MOVE), "en"),
)

S_ALFAMA = dict(
    slug="alfama_updated_invitation_seq_two", lang="en", company="Alfama Biologics",
    contact="sofia.mendes@alfamabio.example.pt", key="alfama_move", refs=["alfama_inv"],
    frm=ALFAMA_ORG,
    subject="Updated invitation: Panel interview - Regulatory Affairs Coordinator @ Fri 27 Mar "
            "2026 16:00 - 17:15 (WET)",
    date="2026-03-20 12:40 +0000", cte="quoted-printable",
    text="""This event has been changed.

Panel interview - Regulatory Affairs Coordinator
When: CHANGED  Friday 27 Mar 2026 16:00 – 17:15 (Western European Time - Lisbon)
Where: Alfama Biologics, Rua da Junqueira 84, Lisboa
Organizer: Sofia Mendes

Note from Sofia Mendes: Dr. Rocha has to attend an inspection close-out meeting on Tuesday, so
we have moved the panel to Friday afternoon. Apologies for the change - everything else stays as
planned.

Going (almudena.rp@example.es)?   Yes - Maybe - No
""",
    ics=dict(uid="5n0215alfamapanel8k1c2v@alfamabio.example.pt", seq=2,
             start="2026-03-27 16:00 +0000", minutes=75, organizer=ALFAMA_ORG,
             prodid="-//Google Inc//Google Calendar 70.9054//EN",
             summary="Panel interview - Regulatory Affairs Coordinator",
             location="Alfama Biologics, Rua da Junqueira 84, Lisboa",
             attendees=[("Dr. Helena Rocha", "helena.rocha@alfamabio.example.pt"),
                        ("Tiago Antunes", "tiago.antunes@alfamabio.example.pt")]),
)

# ================================================================== reschedules, fr

S_CONFLUENCE = dict(
    slug="confluence_nouveau_creneau_apres_rate", lang="fr", company="Confluence Pharma",
    contact="j.perrachon@confluence-pharma.example.fr", key="confl_move",
    refs=["confl_inv", "confl_missed"],
    frm=("Julien Perrachon", "j.perrachon@confluence-pharma.example.fr"),
    subject="Nouveau créneau jeudi 14h", subj_enc=("utf-8", "b"),
    date="2026-06-17 09:02 +0200", cte="quoted-printable",
    text="""Bonjour Almudena,

Sandrine m'a transmis ton message : pas de souci pour hier, le lien Teams envoyé par l'agenda
partagé n'était visiblement pas le bon.

On décale donc notre entretien à demain, jeudi 18 juin à 14h00. Cette fois je t'envoie le lien
directement depuis mon agenda, ci-dessous, pour éviter toute confusion :
https://teams.example.com/l/meetup-join/19%3ameeting_confluence_0618

À demain,
Julien

Julien Perrachon
Responsable Affaires Réglementaires & PV
Confluence Pharma · 58 cours Charlemagne, 69002 Lyon
""",
)

S_FOURVIERE = dict(
    slug="fourviere_journee_decalee_au_21", lang="fr", company="Laboratoires Fourvière",
    contact="claire.mourgue@fourviere-labs.example.fr", key="fourv_move", refs=["fourv_inv"],
    frm=FOURV_ORG,
    subject="Mise à jour : journée d'évaluation décalée au mardi 21 avril",
    subj_enc=("iso-8859-1", "b"), date="2026-04-10 15:35 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Almudena,

En raison d'un mouvement social annoncé dans les transports lyonnais le jeudi 16 avril, nous
préférons déplacer la journée d'évaluation au mardi 21 avril, aux mêmes horaires (8h30 - 16h30)
et au même endroit.

Vous trouverez ci-joint l'invitation mise à jour. Si cette nouvelle date vous pose problème,
merci de me le signaler rapidement.

Bien cordialement,

Claire Mourgue
Chargée de recrutement - Laboratoires Fourvière
""",
    ics=dict(uid="fourviere-ac-2026-04-almudena@fourviere-labs.example.fr", seq=1,
             start="2026-04-21 08:30 +0200", minutes=480, organizer=FOURV_ORG,
             summary="Journée d'évaluation - Affaires Réglementaires",
             location="Laboratoires Fourvière, 35 rue Marietton, 69009 Lyon"),
    ics_mode="attach",
)

# ================================================================== reschedules, de

S_MAINUFER = dict(
    slug="mainufer_interviewer_krank_seq_one", lang="de", company="Mainufer Pharma",
    contact="katrin.vogelsang@mainufer-pharma.example.de", key="mainufer_move",
    refs=["mainufer_inv"],
    frm=MAIN_ORG,
    subject="Terminänderung: Vorstellungsgespräch am 23.06. entfällt – neuer Termin 30.06.",
    subj_enc=("utf-8", "q"), date="2026-06-22 08:10 +0200", cte="quoted-printable",
    text="""Sehr geehrte Frau Richter-Paz,

leider ist Herr Dr. Albers kurzfristig erkrankt, sodass wir unser Gespräch morgen nicht wie
geplant führen können.

Wir möchten Ihnen als Ersatztermin Dienstag, den 30. Juni 2026, um 10:00 Uhr am selben Ort
vorschlagen. Die aktualisierte Einladung finden Sie im Anhang. Falls Sie bereits eine
Zugfahrkarte gekauft haben, erstatten wir Ihnen selbstverständlich die Umbuchungskosten.

Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Katrin Vogelsang
HR Business Partnerin · Mainufer Pharma GmbH
""",
    ics=dict(uid="040000008200E00074C5B7101A82E008000000000215MAINUFER0623", seq=1,
             start="2026-06-30 10:00 +0200", minutes=75, organizer=MAIN_ORG,
             summary="Vorstellungsgespräch Almudena Richter-Paz",
             location="Mainufer Pharma, Hanauer Landstraße 210, Besprechungsraum Main 2",
             attendees=[("Dr. Jens Albers", "jens.albers@mainufer-pharma.example.de")]),
)

_TAUNUS_ME = """Sehr geehrter Herr Hagedorn,

vielen Dank für die Einladung. Den Termin am 17. September um 14:00 Uhr nehme ich gerne wahr.

Mit freundlichen Grüßen
Almudena Richter-Paz"""

S_TAUNUS = dict(
    slug="taunus_uhrzeit_und_raum_geaendert", lang="de", company="Taunus Arzneimittel",
    contact="stefan.hagedorn@taunus-arznei.example.de", key="taunus_move",
    refs=["taunus_inv", "<0215taunus.confirm@mail.example.es>"],
    frm=("Stefan Hagedorn", "stefan.hagedorn@taunus-arznei.example.de"),
    subject="AW: Ihre Bewerbung: Einladung zum Gespräch am 17.09.",
    date="2026-09-14 11:47 +0200", charset="windows-1252", cte="quoted-printable",
    text="""Guten Tag Frau Richter-Paz,

danke für Ihre Bestätigung. Eine kleine Änderung: Frau Dr. Brandt hat am 17. September
vormittags einen Behördentermin in Bonn, der sich nach hinten verschoben hat. Wir beginnen
deshalb erst um 15:30 Uhr, und das Gespräch findet im Gebäude B, Raum 2.14, statt – nicht wie
angekündigt im Hauptgebäude.

Am Empfang erhalten Sie einen Besucherausweis.

Mit freundlichen Grüßen
Stefan Hagedorn
Personalreferent · Taunus Arzneimittel GmbH

""" + outlook_quote("de", ME, "Dienstag, 8. September 2026 09:12", "Stefan Hagedorn",
                    "AW: Ihre Bewerbung: Einladung zum Gespräch am 17.09.", _TAUNUS_ME),
)

RESCHEDULES = [
    S_ALCAZABA, S_CLINI, S_REGIBERA, S_GENIL, S_MERIDIANO, S_NEVADA, S_DISFARSUR,
    S_TEJO, S_LUSITANIA, S_BIRSIG, S_ALFAMA,
    S_CONFLUENCE, S_FOURVIERE,
    S_MAINUFER, S_TAUNUS,
]

# ================================================================== missed, es

M_CLINI = dict(
    slug="cliniensayos_llamado_dos_veces", lang="es", company="Cliniensayos",
    contact="macarena.ruiz@cliniensayos.example.es", key="clini_missed", refs=["clini_inv"],
    frm=("Macarena Ruiz Alcaide", "macarena.ruiz@cliniensayos.example.es"),
    subject="Re: Llamada - Clinical Trial Assistant (Cliniensayos)",
    date="2026-04-09 10:24 +0200", cte="quoted-printable",
    text="""Hola de nuevo, Almudena:

Te he llamado dos veces a las 10:00 y otra a las 10:15, pero no he conseguido hablar contigo y
te he dejado un mensaje en el buzón de voz. Imagino que se te habrá complicado la mañana.

Si sigues interesada en el puesto, escríbeme y vemos cuándo lo intentamos otra vez.

Un saludo,
Macarena

""" + reply_quote("es", "lun, 6 abr 2026 a las 10:05",
                  "Macarena Ruiz Alcaide <macarena.ruiz@cliniensayos.example.es>",
                  _CLINI_INV),
)

_GUADAL_MISSED = """Hola Almudena:

Te escribo desde Farmacéutica Guadalhorce. Teníamos tu entrevista programada hoy a las 9:30 en
nuestras oficinas del Polígono Santa Teresa y te hemos estado esperando en recepción hasta las
10:00, pero no has llegado. Tampoco hemos recibido ningún aviso tuyo.

Si ha habido algún problema, cuéntanoslo respondiendo a este correo.

Un saludo,
Inés Carrasco
Personas · Farmacéutica Guadalhorce
Tel. 952 240 615"""

M_GUADALHORCE = dict(
    slug="guadalhorce_esperamos_en_recepcion", lang="es", company="Farmacéutica Guadalhorce",
    contact="ines.carrasco@guadalhorce-farma.example.es", key="guadal_missed",
    refs=["guadal_inv"],
    frm=("Inés Carrasco", "ines.carrasco@guadalhorce-farma.example.es", "iso-8859-1", "b"),
    subject="Tu entrevista de hoy a las 9:30", date="2026-03-19 10:06 +0100",
    text=_GUADAL_MISSED, html=outlook_html(mso(_GUADAL_MISSED), "es"), cte="quoted-printable",
)

M_COFARAN = dict(
    slug="cofaran_no_pudimos_contactar", lang="es", company="Grupo Cofarán",
    contact="fjimenez@cofaran.example.es", key="cofaran_missed", refs=["cofaran_inv"],
    frm=("Paco Jiménez", "fjimenez@cofaran.example.es"),
    subject="Re: Entrevista telefónica almacén Granada", date="2026-03-02 13:21 +0100",
    charset="iso-8859-1", cte="8bit",
    text="""Almudena,

no pudimos contactar contigo por teléfono a la hora acordada (13:00). Lo he intentado un par de
veces y salta el contestador.

Dime algo cuando puedas.

Paco
""",
)

M_TEMPORALIA = dict(
    slug="temporalia_no_te_conectaste", lang="es", company="Temporalia",
    contact="carmen.vela@temporalia.example.es", key="temporalia_missed",
    refs=["temporalia_reg"],
    frm=("Carmen Vela | Temporalia ETT", "carmen.vela@temporalia.example.es"),
    subject="Videollamada de hoy 12:00 - Temporalia", date="2026-03-10 12:31 +0100",
    cte="base64",
    text="""Hola Almudena:

Te esperaba hoy a las 12:00 para la videollamada de valoración que habíamos fijado al darte de
alta, pero no te has conectado. He estado en la sala hasta las 12:25.

Sin esa entrevista no puedo presentarte a las empresas clientes, así que me interesa que la
hagamos pronto. Contéstame a este correo o llámame y la recuperamos.

Un saludo,
Carmen Vela
Consultora de Selección · Temporalia ETT, Delegación Sevilla
954 278 330
""",
)

_ALHAMBRA_MISSED = """Hola Almudena:

Estábamos conectados en Teams para la entrevista de las 11:00 con Jorge Alcántara y conmigo,
pero no has entrado en la reunión. Te hemos esperado hasta las 11:15 y después te he llamado al
móvil sin éxito.

¿Ha pasado algo? Dinos si quieres que lo retomemos.

Saludos,
Elena Castillo
People Operations · Genómica Alhambra"""

M_ALHAMBRA = dict(
    slug="alhambra_esperamos_en_teams", lang="es", company="Genómica Alhambra",
    contact="elena.castillo@genalhambra.example.es", key="alhambra_missed",
    refs=["alhambra_ack"],
    frm=("Elena Castillo Robles", "elena.castillo@genalhambra.example.es"),
    subject="Entrevista de hoy 11:00 (Teams)", date="2026-04-27 11:21 +0200",
    text=_ALHAMBRA_MISSED, html=html_doc(paras(_ALHAMBRA_MISSED), "es"),
    cte="quoted-printable",
)

# ================================================================== missed, en

M_NORTHGATE = dict(
    slug="northgate_waited_on_zoom", lang="en", company="Northgate Pharma",
    contact="rui.teixeira@northgate-pharma.example.pt", key="northgate_missed",
    refs=["northgate_inv"],
    frm=("Rui Teixeira", "rui.teixeira@northgate-pharma.example.pt"),
    subject="Our interview today at 14:00", date="2026-04-30 14:22 +0100",
    cte="7bit",
    text="""Hi Almudena,

We had our video interview booked for 14:00 Lisbon time today. I waited on Zoom for 15 minutes
but you didn't join, and I couldn't find a phone number for you in the booking.

I hope everything is alright. If something came up, please let me know by Monday.

Kind regards,
Rui Teixeira
Regulatory Affairs Manager
Northgate Pharma
""",
)

M_HELIX = dict(
    slug="helix_tried_calling_twice", lang="en", company="Helix Regulatory Partners",
    contact="oliver.pennington@helixrp.example.co.uk", key="helix_missed", refs=["helix_inv"],
    frm=("Oliver Pennington", "oliver.pennington@helixrp.example.co.uk"),
    subject="Re: Regulatory operations role in Basel - quick call?",
    date="2026-04-23 10:19 +0100", cte="quoted-printable",
    text="""Hi Almudena,

I tried calling you twice at 10:00 UK time as agreed but it went straight to voicemail both
times. I left a message.

Let me know if you'd still like to chat - I'm around until 5pm today and most of tomorrow.

Oliver

""" + reply_quote("en", "Mon, 20 Apr 2026 at 16:55",
                  "Oliver Pennington <oliver.pennington@helixrp.example.co.uk>",
                  """Would you be free for a 20-minute call on Thursday 23 April at 10:00 UK time
(11:00 for you)? I'll ring you on your mobile."""),
)

# ================================================================== missed, fr

M_CONFLUENCE = dict(
    slug="confluence_attendue_sur_teams", lang="fr", company="Confluence Pharma",
    contact="s.giraud@confluence-pharma.example.fr", key="confl_missed", refs=["confl_inv"],
    frm=CONFL_ORG,
    subject="Entretien de ce matin 10h00", date="2026-06-16 10:27 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Madame Richter-Paz,

M. Perrachon et moi-même vous avons attendue ce matin sur Teams pour l'entretien prévu à 10h00.
Nous sommes restés connectés jusqu'à 10h20 sans vous voir arriver.

Pourriez-vous nous indiquer si vous avez rencontré un problème technique ? Nous reviendrons
vers vous pour la suite.

Cordialement,

Sandrine Giraud
Assistante Ressources humaines
Confluence Pharma
""",
)

# ================================================================== missed, de

M_RHEINKNIE = dict(
    slug="rheinknie_nicht_im_teams_meeting", lang="de", company="Rheinknie Pharma",
    contact="lukas.braendli@rheinknie.example.ch", key="rhein_missed", refs=["rhein_inv"],
    frm=(*RHEIN_ORG, "utf-8", "b"),
    subject="Unser Gespräch heute um 10:00 Uhr", date="2026-03-17 10:26 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Richter-Paz,

Frau Dr. Wyss und ich haben heute um 10:00 Uhr im Teams-Meeting auf Sie gewartet, leider haben
Sie sich nicht eingewählt. Wir haben die Besprechung nach 20 Minuten beendet.

Bitte teilen Sie uns mit, ob etwas dazwischengekommen ist.

Freundliche Grüsse
Lukas Brändli
Talent Acquisition Partner · Rheinknie Pharma AG
""",
)

M_NIDDA = dict(
    slug="roemerberg_kowalski_nicht_erreicht", lang="de", company="Nidda Pharma",
    contact="f.lamprecht@roemerberg-pb.example.de", key="nidda_missed", refs=["nidda_inv"],
    frm=("Dr. Friederike Lamprecht", "f.lamprecht@roemerberg-pb.example.de"),
    subject="Telefoninterview Nidda Pharma – Sie waren nicht erreichbar",
    subj_enc=("utf-8", "q"), date="2026-08-11 14:38 +0200", charset="windows-1252",
    cte="quoted-printable",
    text="""Liebe Frau Richter-Paz,

Herr Kowalski hat mich gerade angerufen: Er hat Sie um 14:00 Uhr zweimal unter +34 652 118 407
angerufen, Sie aber nicht erreicht – beim zweiten Versuch kam direkt die Mailbox.

Können Sie mir kurz schreiben, was passiert ist? Ich versuche dann, bei Nidda Pharma einen
zweiten Termin zu bekommen.

Herzliche Grüße
Friederike Lamprecht
""",
)

MISSED = [
    M_CLINI, M_GUADALHORCE, M_COFARAN, M_TEMPORALIA, M_ALHAMBRA,
    M_NORTHGATE, M_HELIX,
    M_CONFLUENCE,
    M_RHEINKNIE, M_NIDDA,
]

_unused = (outlook_rule_html, quote, ME_T)
