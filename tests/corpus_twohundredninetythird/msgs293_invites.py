"""Corpus 293, interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from __future__ import annotations

from msgs293_common import (
    CANDIDATE,
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    M,
    ats_card,
    cal,
    forward,
    outlook,
    outlook_html,
    page,
    paras,
    reply,
)

INV, X, N = "interview_invitation", "interview_reschedule_or_cancel", "missed_interview_notice"

ROCIO = ("Rocío Aguilera Fajardo", "rocio.aguilera@viajesnazari.example.es")
LEONOR = ("Leonor Castillejo Haro", "lcastillejo@museoandalusi.example.es")
JOANA = ("Joana Valente", "joana.valente@alfamahotels.example.pt")
ELODIE = ("Élodie Castaing", "elodie.castaing@voyages-garonne.example.fr")
JENS = ("Jens Rohrbacher", "jens.rohrbacher@killesberg-hotels.example.de")

_NAZ_SIG = """Rocío Aguilera Fajardo
Jefa de Operaciones | Viajes Nazarí
C/ Reyes Católicos 21, 2.º – 18009 Granada
Tel. +34 958 000 211

CONFIDENCIALIDAD: este correo y sus adjuntos pueden contener información reservada dirigida
exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y
elimínelo."""

# ============================================================ interview_invitation – Spanish (13)

_naz_inv = f"""Hola Dolores:

Gracias por tu paciencia. Hemos revisado tu candidatura para Coordinadora de Operaciones de
Grupos y nos gustaría conocerte en persona.

Te propongo el martes 24 de febrero a las 10:00 en nuestra oficina de Reyes Católicos. Estaremos
Sergio Medina (Director de Producto) y yo; calcula una hora. Te mando la convocatoria en el
calendario para que la puedas aceptar.

Si te viene mal, dime qué franja te cuadra esa semana y lo movemos.

Un saludo,

{_NAZ_SIG}
"""

_tmp_inv = """Hola Dolores:

Buenas noticias: te he conseguido entrevista con Hoteles Sierra Bermeja para el puesto de
recepcionista de grupos y excursiones en su hotel de Roquetas de Mar.

Día: martes 14 de abril
Hora: 10:30
Lugar: Hotel Sierra Bermeja Playa, Avda. del Mediterráneo 300, Roquetas de Mar
Preguntar por: Concha Vizcaíno, directora del hotel

Lleva el DNI/NIE y un par de copias del CV. La entrevista es en español pero te van a pedir un
rato en inglés y alemán, que tienen mucho cliente nórdico y alemán.

Llámame después y me cuentas.

Juan Carlos Berenguel
Consultor de selección · Temporalia ETT Almería
950 000 118 · 600 000 231
"""

_tsu_inv = """Hola Dolores:

Tal y como hablamos por teléfono, te confirmo la entrevista con Califato Tours para la posición
de Responsable de Operaciones y Producto.

Te recibirá su director general, Rafael Cabello, el miércoles 27 de mayo a las 17:00 en sus
oficinas de la calle Cardenal González, 9 (junto a la Mezquita). La reunión durará en torno a una
hora y media; le interesa mucho que le cuentes cómo organizabas las salidas a Machu Picchu con
cupos de entrada limitados, porque aquí tienen el mismo problema con los pases de la
Mezquita-Catedral.

Cualquier duda me llamas al móvil.

Inmaculada Roldán
Socia · Talento Sur Executive Search
+34 957 000 902 · +34 600 000 554
"""

_alh_trial = """Hola Dolores,

Después de la charla del otro día, queremos proponerte una jornada de prueba remunerada con
nosotros antes de decidir nada. La idea es que veas el trabajo real de operaciones y que
nosotros veamos cómo te mueves.

Cuándo: lunes 22 de junio, de 8:00 a 15:00
Dónde: nuestra oficina en Cuesta de Gomérez 6, y luego en la puerta de la Justicia
Qué harás: acompañar la llegada de un grupo de 48 personas de un crucero de Málaga, cuadrar
entradas de la Alhambra y coordinar con los guías y el autocar.

Trae calzado cómodo. Te pagamos la jornada según convenio. ¿Te viene bien? Contéstame por aquí.

Antonio Jesús Morente
Director de Operaciones · Alhambra Receptivo
Cuesta de Gomérez 6 · 18009 Granada · 958 000 733
"""

_vel_ac_text = """Estimada Dolores:

Nos complace invitarle al centro de evaluación del proceso de Coordinador/a de Operaciones en
Tierra (ref. VEL-2026-0192).

Fecha: martes, 17 de febrero de 2026
Horario: de 9:00 a 14:30
Lugar: Sede de Veleta Air, Avda. de la Hispanidad 12, 28042 Madrid (edificio B, planta 3)

La jornada incluye una dinámica de grupo, un caso práctico de gestión de irregularidades
operativas y una entrevista individual con el equipo de Operaciones. Le rogamos confirme su
asistencia respondiendo a este mensaje; la respuesta llegará a Íñigo Larrañaga, del equipo de
selección.

Atentamente,
Dirección de Personas – Veleta Air
"""

_man_inv = """Estimada Dolores:

Le escribo en nombre de la comisión de selección del puesto de Coordinadora de Reservas y
Grupos del Museo Andalusí de Granada.

Nos gustaría invitarla a una entrevista con la comisión el martes 14 de julio a las 11:00, en la
sala de juntas del museo (Placeta de San José 3). La comisión estará formada por el director,
D. Ismael Zafra; la responsable de educación, Dña. Aurora Benítez; y yo misma.

Le pediremos una breve exposición (diez minutos) sobre cómo organizaría las visitas de grupos
escolares en temporada alta. Adjunto la convocatoria para su calendario.

Reciba un cordial saludo,

Leonor Castillejo Haro
Gerente · Museo Andalusí de Granada
Placeta de San José 3 · 18010 Granada · 958 000 850
"""

_ole_inv = """Buenas Dolores!

He visto tu currículum, me lo pasó mi prima Loli que te conoce de la asociación de guías. ¿Te
vendría bien el jueves 10 por la mañana para que charlemos un rato por teléfono? Sobre las 10.
Es para llevar las visitas a la almazara y las catas con grupos, te cuento bien.

Dime algo y te llamo.

Manolo
Oleoturismo Jaén · 600 000 918
"""

_ayt_inv = """Sra. Dª Dolores Quispe-Andersen:

Finalizado el plazo de presentación de solicitudes para la constitución de una bolsa de
Auxiliar de la Oficina Municipal de Turismo, y habiendo sido admitida su solicitud, se le
convoca a la fase de entrevista personal, que tendrá lugar:

Día: jueves, 5 de marzo de 2026
Hora: 10:15
Lugar: Salón de Plenos del Ayuntamiento, Plaza de la Constitución, 1

Deberá comparecer provista de DNI, NIE o pasaporte. La no comparecencia supondrá la exclusión
del proceso.

Atentamente,

Pilar Moya Valverde
Técnica de Recursos Humanos
Ayuntamiento de Alcalá del Darro
"""

_sbe_sched = """Hola Dolores,

¡Gracias por tu candidatura para Jefe/a de Recepción de Grupos! Nos gustaría conocerte en una
entrevista por videollamada de 30 minutos con Marta Galdeano, de Talento y Cultura.

Elige el horario que mejor te venga desde este enlace:
https://hotelessierrabermeja.teamtailor.com/meetings/book/7c2e91?candidate=48811

Los huecos disponibles son del 15 al 17 de junio.

Un saludo,
Hoteles Sierra Bermeja
"""

_cge_ack_old = """Hola Dolores,

Gracias por escribirnos. Hemos recibido tu candidatura para Responsable de Operaciones y la
estamos revisando con calma; te diremos algo en cuanto terminemos de ver todos los perfiles.

Cabo de Gata Experiences"""

_cge_inv = reply("""Hola otra vez, Dolores:

Ya hemos terminado de ver perfiles y nos gustaría hablar contigo. ¿Podemos hacer una videollamada
el martes 28 de julio a las 18:00? Estaremos mi socia Clara y yo. Este es el enlace:

https://meet.google.com/xkq-rbwe-pmt

Si esa hora no te encaja, proponme otra esa misma semana.

Andrés Sáez Cortés
Cabo de Gata Experiences
+34 950 000 377""", "es", "vie, 17 jul 2026 a las 8:02", "Cabo de Gata Experiences",
    "andres.saez@cabogataexp.example.es", _cge_ack_old)

_sre_phone = """Buenas tardes, Dolores:

Soy Lucía Expósito, de Viajes Santo Reino. Hemos recibido tu CV para Técnica de Producto y
Operaciones y antes de nada me gustaría tener una primera conversación telefónica contigo, de
unos 15 o 20 minutos, para conocerte y contarte el puesto.

¿Podrías mañana martes 12 entre las 10:00 y las 13:00? Dime un número y una hora y te llamo.

Un saludo,
Lucía Expósito
Responsable de Personas · Viajes Santo Reino
953 000 614
"""

_flx_inv = """Hola Dolores, ¿qué tal?

Te escribo porque el cliente del que te hablé en la entrevista de alta, Grupo Patios de Córdoba,
quiere verte para el puesto de coordinadora de reservas y eventos de sus dos hoteles del casco
histórico.

Te han citado el viernes 18 de septiembre a las 12:00 en el Hotel Patio de los Naranjos (calle
Deanes 11). Te va a entrevistar el jefe de recepción, Julián, y luego posiblemente pase la
directora comercial.

Confírmame que te viene bien y te mando la ficha del puesto.

Rafa Montilla
Flexiempleo ETT · Delegación Córdoba · 957 000 245
"""

_mun_sched_html = ats_card(
    "Mundirutas Viajes · Talento", "#c0392b", "Programa tu entrevista",
    paras("""Hola Dolores:

Tu candidatura para Técnico/a de Operaciones de Grupos (REQ-4471) avanza a la fase de
entrevista. Nos gustaría mantener una videollamada contigo de 45 minutos con Beatriz Olmedo,
responsable de selección.

Selecciona una franja disponible desde tu portal de candidato. Las entrevistas se celebrarán
entre el 26 y el 28 de enero.""")
    + '\n<p><a href="https://mundirutas.wd3.myworkday.com/es-ES/Mundirutas/candidate/schedule">'
    "Elegir fecha y hora</a></p>",
    "Este mensaje se ha generado automáticamente desde Workday. No respondas a este correo.", "es")

_inv_es = [
    M(kind=INV, slug="nazari_panel_calendar_request", lang="es", company="Viajes Nazarí",
      contact="rocio.aguilera@viajesnazari.example.es", frm=ROCIO,
      subject="Entrevista – Coordinadora de Operaciones de Grupos", date="2026-02-16 10:05 +0100",
      key="naz_inv", parent="naz_ack", text=_naz_inv, html=outlook_html(paras(_naz_inv), "es"),
      cte="qp",
      ics=cal(method="REQUEST", uid="naz-2026-ops-dqa@viajesnazari.example.es", seq=0,
               start="2026-02-24 10:00", end="2026-02-24 11:00", tz="Europe/Madrid",
               summary="Entrevista Dolores Quispe-Andersen – Coord. Operaciones",
               location="Viajes Nazarí, C/ Reyes Católicos 21, Granada",
               organizer=ROCIO, attendees=[CANDIDATE, ("Sergio Medina",
                                                      "sergio.medina@viajesnazari.example.es")]),
      ics_mode="both"),
    M(kind=INV, slug="temporalia_sets_hotel_interview", lang="es", company="Hoteles Sierra Bermeja",
      contact="jc.berenguel@temporalia.example.es",
      frm=("Juan Carlos Berenguel", "jc.berenguel@temporalia.example.es"),
      subject="Entrevista en Roquetas el martes", date="2026-04-08 13:20 +0200", key="tmp_inv",
      parent="tmp_reg", text=_tmp_inv, charset="iso-8859-1", cte="8bit"),
    M(kind=INV, slug="talentosur_client_interview_califato", lang="es", company="Califato Tours",
      contact="iroldan@talentosur.example.es",
      frm=("Inmaculada Roldán", "iroldan@talentosur.example.es"), name_cs=("iso-8859-1", "Q"),
      subject="Confirmación entrevista con Califato Tours – miércoles 27",
      date="2026-05-20 09:41 +0200", key="tsu_inv", parent="tsu_cold", text=_tsu_inv,
      html=page(paras(_tsu_inv), "es"), cte="b64"),
    M(kind=INV, slug="alhambra_trial_day", lang="es", company="Alhambra Receptivo",
      contact="ajmorente@alhambrareceptivo.example.es",
      frm=("Antonio Jesús Morente", "ajmorente@alhambrareceptivo.example.es"),
      subject="¿Una jornada de prueba con nosotros?", subj_cs=("utf-8", "Q"),
      date="2026-06-15 19:03 +0200", key="alh_trial", text=_alh_trial,
      html=page(paras(_alh_trial), "es"), cte="qp"),
    M(kind=INV, slug="veleta_assessment_centre_reply_to_recruiter", lang="es", company="Veleta Air",
      contact="inigo.larranaga@veleta-air.example.es",
      frm=("Veleta Air Selección", "noreply@successfactors.eu"),
      reply_to=("Íñigo Larrañaga", "inigo.larranaga@veleta-air.example.es"),
      subject="Convocatoria: centro de evaluación VEL-2026-0192", date="2026-02-03 11:30 +0100",
      key="vel_ac", parent="vel_ack", text=_vel_ac_text,
      html=ats_card("Veleta Air", "#5b2c83", "Centro de evaluación", paras(_vel_ac_text),
                    "SAP SuccessFactors Recruiting", "es"), cte="qp"),
    M(kind=INV, slug="museoandalusi_panel_ics", lang="es", company="Museo Andalusí de Granada",
      contact="lcastillejo@museoandalusi.example.es", frm=LEONOR,
      subject="Convocatoria a entrevista: Coordinadora de Reservas y Grupos",
      subj_cs=("iso-8859-1", "B"), date="2026-07-06 12:18 +0200", key="man_inv",
      text=_man_inv, cte="qp",
      ics=cal(method="REQUEST", uid="man-sel-2026-03@museoandalusi.example.es", seq=0,
               start="2026-07-14 11:00", end="2026-07-14 12:00",
               summary="Entrevista comisión de selección – D. Quispe-Andersen",
               location="Museo Andalusí de Granada, sala de juntas", organizer=LEONOR)),
    M(kind=INV, slug="oleoturismo_casual_thursday_chat", lang="es", company="Oleoturismo Jaén",
      contact="manolo@oleoturismojaen.example.es",
      frm=("Manolo Cazorla", "manolo@oleoturismojaen.example.es"),
      subject="¿Hablamos el jueves?", date="2026-09-02 22:40 +0200", key="ole_inv",
      text=_ole_inv),
    M(kind=INV, slug="council_convocatoria_entrevista", lang="es",
      company="Ayuntamiento de Alcalá del Darro", contact="pmoya@aytoalcaladeldarro.example.es",
      frm=("Pilar Moya Valverde", "pmoya@aytoalcaladeldarro.example.es"),
      subject="Convocatoria a entrevista personal – bolsa Auxiliar de Turismo",
      subj_cs=("windows-1252", "B"), date="2026-02-23 13:02 +0100", key="ayt_inv",
      parent="ayt_ack", text=_ayt_inv, charset="windows-1252", cte="qp"),
    M(kind=INV, slug="sierrabermeja_teamtailor_booking_link", lang="es",
      company="Hoteles Sierra Bermeja", frm=("Hoteles Sierra Bermeja", "no-reply@teamtailor-mail.com"),
      subject="Reserva tu entrevista con Hoteles Sierra Bermeja", date="2026-06-10 09:00 +0200",
      key="sbe_sched", parent="sbe_ack", text=_sbe_sched,
      html=ats_card("Hoteles Sierra Bermeja", "#1f6f5c", "Reserva tu entrevista",
                    paras(_sbe_sched), "Powered by Teamtailor", "es"), cte="b64"),
    M(kind=INV, slug="cabogata_video_call_quoting_ack", lang="es",
      company="Cabo de Gata Experiences", contact="andres.saez@cabogataexp.example.es",
      frm=("Andrés Sáez Cortés", "andres.saez@cabogataexp.example.es"),
      subject="Re: Candidatura Responsable de Operaciones", date="2026-07-20 11:15 +0200",
      key="cge_inv", text=_cge_inv, cte="8bit"),
    M(kind=INV, slug="santoreino_phone_screen_ask", lang="es", company="Viajes Santo Reino",
      contact="lucia.exposito@santoreino.example.es",
      frm=("Lucía Expósito", "lucia.exposito@santoreino.example.es"),
      subject="Primera llamada – Técnica de Producto", date="2026-05-11 16:44 +0200",
      key="sre_phone", text=_sre_phone, charset="windows-1252", cte="8bit"),
    M(kind=INV, slug="flexiempleo_client_interview_cordoba", lang="es",
      company="Grupo Patios de Córdoba", contact="rafael.montilla@flexiempleo.example.es",
      frm=("Rafa Montilla", "rafael.montilla@flexiempleo.example.es"),
      subject="Entrevista con el cliente en Córdoba", date="2026-09-14 10:10 +0200",
      key="flx_inv", parent="flx_reg", text=_flx_inv, cte="qp"),
    M(kind=INV, slug="mundirutas_workday_schedule_link", lang="es", company="Mundirutas Viajes",
      frm=("Mundirutas Viajes", "mundirutas@myworkday.com"),
      subject="Siguiente paso: entrevista para REQ-4471", date="2026-01-20 08:15 +0000",
      key="mun_sched", parent="mun_ack", html=_mun_sched_html, cte="qp",
      headers=[("Auto-Submitted", "auto-generated")]),
]

# ============================================================ interview_invitation – English (6)

_wan_inv = """Hi Dolores,

Thanks so much for applying for the Travel Operations Specialist role at Wanderlyn! I'd love to
set up a 30-minute video call so we can get to know each other and I can tell you more about
the team in Madrid.

Please pick a time that works for you here:
https://app.greenhouse.io/scheduling/invite/3f8a1c2e?candidate=dolores-qa

If none of the slots suit, just reply to this email and we'll figure something out.

Best,
Priya Raman
Senior Recruiter, Wanderlyn
"""

_tej_phone = """Hi Dolores,

Thanks for applying to the Operations Coordinator role. Your Peru and Granada experience caught
my eye.

Could we do a quick phone screen this Thursday, 29 January, at 10:00 (Lisbon time)? It'll be
about 20 minutes: a bit about you, a bit about how we run our small-group tours. I'll call the
number on your CV unless you tell me otherwise.

Cheers,
Miguel Santos Ferreira
Head of Operations, Tejo Journeys
Rua da Prata 201, 1100-420 Lisboa
"""

_alf_inv = """Dear Dolores,

Following your conversation with me last week, I'm pleased to invite you to a panel interview
for the Guest Experience Operations Lead role.

Date: Wednesday 25 February 2026
Time: 15:00-16:00 (Lisbon time)
Location: Alfama Hotels head office, Rua dos Remédios 71, Lisbon - 2nd floor, Tagus room
Panel: Rui Duarte (Director of Operations), Marta Pires (Guest Relations Manager) and myself

Please accept the calendar invitation attached so that it appears in your diary. If you
prefer to join remotely, let me know and I'll add a Teams link.

Kind regards,
Joana Valente
Talent Acquisition Partner | Alfama Hotels
+351 21 000 4470
"""

_atl_inv_html = ats_card(
    "Atlantica Air Careers", "#0a3d62", "Let's talk: video interview",
    paras("""Hi Dolores,

Great news! The hiring team for Ground Operations Officer - Lisbon would like to meet you in a
video interview.

Please choose a time slot between 20 and 22 April using the button below. The interview will
last around 40 minutes and will be held on Microsoft Teams.""")
    + '\n<p><a href="https://www.smartrecruiters.com/scheduling/AtlanticaAir/8841b2" '
    'style="background:#0a3d62;color:#fff;padding:10px 18px;text-decoration:none">'
    "Choose a time</a></p>",
    "Sent via SmartRecruiters on behalf of Atlantica Air. Please do not reply to this email.",
    "en")

_atl_inv_text = """Hi Dolores,

Great news! The hiring team for Ground Operations Officer - Lisbon would like to meet you in a
video interview.

Please choose a time slot between 20 and 22 April:
https://www.smartrecruiters.com/scheduling/AtlanticaAir/8841b2

The interview will last around 40 minutes and will be held on Microsoft Teams.

Sent via SmartRecruiters on behalf of Atlantica Air. Please do not reply to this email.
"""

_hft_fwd_old = """Dear Fiona,

Thank you for the shortlist. We would like to meet Ms Quispe-Andersen on Wednesday 15 July at
10:00 at the museum (staff entrance, Rua do Arsenal 88). The interview will be with our
director, Dr Catarina Leal, and with me, and will take about an hour.

Best regards,
Vasco Teles
Head of Administration, Museu das Rotas"""

_hft_inv = forward("""Hi Dolores,

Good news - the Museu das Rotas would like to meet you for the Visitor Operations Manager role.
See their message below. Could you confirm you're available on the 15th and I'll let them know?

I'll send you some notes on the museum and the panel on Monday.

Fiona

Fiona Ashworth
Senior Consultant, Harbour & Finch
+351 21 000 8832""", "en", "Vasco Teles <vasco.teles@museudasrotas.example.pt>",
    "Tue, 7 Jul 2026 at 17:40", "Visitor Operations Manager - interview",
    "Fiona Ashworth <fiona.ashworth@harbourfinch.example.pt>", _hft_fwd_old)

_tej_sorry_old = """Hi Miguel,

I'm so sorry about this morning. I got the time difference wrong and was already out with a
tour group when you called. That was my mistake. Would there be any chance to try again?

Best regards,
Dolores"""

_tej_rebook = reply("""Hi Dolores,

No worries at all, it happens a lot with people calling from Spain! Let's try again on Monday
2 February at 11:00 Lisbon time, which is 12:00 for you. I'll call the same mobile number.

Miguel""", "en", "Thu, 29 Jan 2026 at 12:02", CANDIDATE_NAME, CANDIDATE_ADDR, _tej_sorry_old)

_inv_en = [
    M(kind=INV, slug="wanderlyn_via_greenhouse_scheduling", lang="en", company="Wanderlyn",
      contact="priya.raman@wanderlyn.example.com",
      frm=("Priya Raman via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=("Priya Raman", "priya.raman@wanderlyn.example.com"),
      subject="Wanderlyn - let's find a time to chat", date="2026-03-12 14:22 +0000",
      key="wan_inv", parent="wan_ack", text=_wan_inv, html=page(paras(_wan_inv), "en"),
      cte="7bit"),
    M(kind=INV, slug="tejo_phone_screen_thursday", lang="en", company="Tejo Journeys",
      contact="miguel.ferreira@tejojourneys.example.pt",
      frm=("Miguel Santos Ferreira", "miguel.ferreira@tejojourneys.example.pt"),
      subject="Quick call about the Operations Coordinator role", date="2026-01-26 12:08 +0000",
      key="tej_phone", parent="tej_ack", text=_tej_phone),
    M(kind=INV, slug="alfama_panel_ics_both", lang="en", company="Alfama Hotels",
      contact="joana.valente@alfamahotels.example.pt", frm=JOANA,
      subject="Invitation: Panel interview - Guest Experience Operations Lead",
      date="2026-02-18 09:47 +0000", key="alf_inv", parent="alf_ack", text=_alf_inv,
      html=outlook_html(paras(_alf_inv), "en"), cte="qp",
      ics=cal(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000091AF", seq=0,
               start="2026-02-25 15:00", end="2026-02-25 16:00", tz="Europe/Lisbon",
               summary="Panel interview - Dolores Quispe-Andersen",
               location="Alfama Hotels HQ, Tagus room", organizer=JOANA),
      ics_mode="both"),
    M(kind=INV, slug="atlantica_smartrecruiters_video", lang="en", company="Atlantica Air",
      frm=("Atlantica Air", "noreply@smartrecruiters.com"),
      subject="Atlantica Air: schedule your video interview", date="2026-04-13 10:31 +0100",
      key="atl_inv", text=_atl_inv_text, html=_atl_inv_html, cte="qp"),
    M(kind=INV, slug="harbourfinch_forwards_museum_invite", lang="en", company="Museu das Rotas",
      contact="fiona.ashworth@harbourfinch.example.pt",
      frm=("Fiona Ashworth", "fiona.ashworth@harbourfinch.example.pt"),
      subject="Fwd: Visitor Operations Manager - interview", date="2026-07-08 08:55 +0100",
      key="hft_inv", parent="hft_reg", text=_hft_inv, cte="7bit"),
    M(kind=INV, slug="tejo_rebook_after_time_zone_mixup", lang="en", company="Tejo Journeys",
      contact="miguel.ferreira@tejojourneys.example.pt",
      frm=("Miguel Santos Ferreira", "miguel.ferreira@tejojourneys.example.pt"),
      subject="Re: Sorry about this morning's call", date="2026-01-30 09:12 +0000",
      key="tej_rebook", parent="tej_sorry", text=_tej_rebook),
]

# ============================================================ interview_invitation – French (4)

_gar_inv = """Bonjour Dolores,

Votre candidature au poste de chargée d'opérations groupes a retenu toute notre attention et
nous aimerions vous rencontrer.

Je vous propose un entretien le jeudi 21 mai à 14h00, dans nos locaux des allées Jean-Jaurès.
Vous rencontrerez Benoît Sabatier, notre directeur, et moi-même. Comptez environ une heure.

Vous trouverez l'invitation en pièce jointe ; merci de l'accepter ou de me proposer un autre
créneau si celui-ci ne vous convient pas.

Bien cordialement,

Élodie Castaing
Responsable des opérations – Voyages Garonne
05 00 00 41 27
"""

_pyr_ac = """Madame,

Suite à l'étude de votre candidature pour le poste d'Agent(e) de planification des opérations
sol, nous avons le plaisir de vous convier à notre journée d'évaluation.

Date : jeudi 9 avril 2026, de 8h30 à 16h00
Lieu : Pyrène Airlines, bâtiment Concorde, 3 chemin de la Crabe, 31700 Blagnac

Au programme : tests de logique et d'anglais, mise en situation sur un retard de vol,
entretien individuel. Merci de confirmer votre présence en répondant à ce message ; votre
réponse sera transmise à Nathalie Ribes, chargée de recrutement.

Le service Recrutement – Pyrène Airlines
"""

_ica_inv = """Bonjour Dolores,

Comme convenu au téléphone, je vous confirme votre entretien avec notre client, l'Office de
tourisme de Pechbrune, pour le poste de conseillère en séjour (CDD de 6 mois, renouvelable).

Quand : vendredi 26 juin à 14h
Où : Office de tourisme, place de la Halle, 31290 Pechbrune
Avec : Mme Géraldine Vidal, directrice, et un élu chargé du tourisme

Pensez à préparer une présentation rapide du patrimoine du village en espagnol, ils ont
beaucoup de visiteurs de Catalogne et d'Aragon.

Bonne préparation !
Karim Belkacem
Intérim Capitole – agence Toulouse Compans – 05 00 00 72 14
"""

_mbr_inv = """Bonjour Madame Quispe-Andersen,

J'ai lu avec intérêt votre lettre concernant le poste de responsable de l'accueil des publics.
Seriez-vous disponible jeudi prochain, le 10 septembre, en fin de matinée, pour un premier
échange au musée ? Rien de très formel : un café, une visite des salles et une discussion sur
votre parcours.

Dites-moi si 11h vous convient.

Sylvie Audouin
Directrice adjointe, Musée de la Brique Rose
"""

_inv_fr = [
    M(kind=INV, slug="garonne_interview_ics", lang="fr", company="Voyages Garonne",
      contact="elodie.castaing@voyages-garonne.example.fr", frm=ELODIE,
      subject="Entretien – chargée d'opérations groupes", date="2026-05-13 10:26 +0200",
      key="gar_inv", parent="gar_ack", text=_gar_inv, html=page(paras(_gar_inv), "fr"),
      cte="qp",
      ics=cal(method="REQUEST", uid="gar-entretien-0521-dqa@voyages-garonne.example.fr", seq=0,
               start="2026-05-21 14:00", end="2026-05-21 15:00", tz="Europe/Paris",
               summary="Entretien Dolores Quispe-Andersen",
               location="Voyages Garonne, 12 allées Jean-Jaurès, Toulouse", organizer=ELODIE),
      ics_mode="attach"),
    M(kind=INV, slug="pyrene_assessment_day_reply_to", lang="fr", company="Pyrène Airlines",
      contact="nathalie.ribes@pyrene-airlines.example.fr",
      frm=("Pyrène Airlines Recrutement", "pyreneairlines@taleo.net"),
      reply_to=("Nathalie Ribes", "nathalie.ribes@pyrene-airlines.example.fr"),
      subject="Convocation – journée d'évaluation du 9 avril", subj_cs=("utf-8", "Q"),
      date="2026-03-23 08:30 +0100", key="pyr_ac", parent="pyr_ack", text=_pyr_ac,
      charset="windows-1252", cte="qp"),
    M(kind=INV, slug="interimcapitole_client_interview", lang="fr",
      company="Office de tourisme de Pechbrune", contact="karim.belkacem@interimcapitole.example.fr",
      frm=("Karim Belkacem", "karim.belkacem@interimcapitole.example.fr"),
      subject="Confirmation entretien Pechbrune – vendredi 14h", date="2026-06-22 17:05 +0200",
      key="ica_inv", text=_ica_inv, cte="8bit"),
    M(kind=INV, slug="briquerose_informal_coffee", lang="fr", company="Musée de la Brique Rose",
      contact="s.audouin@museebriquerose.example.fr",
      frm=("Sylvie Audouin", "s.audouin@museebriquerose.example.fr"),
      subject="Votre candidature – un premier échange ?", subj_cs=("utf-8", "B"),
      date="2026-09-03 15:12 +0200", key="mbr_inv", text=_mbr_inv,
      charset="iso-8859-1", cte="qp"),
]

# ============================================================ interview_invitation – German (3)

_nec_inv = """Sehr geehrte Frau Quispe-Andersen,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Reiseorganisation. Wir würden Sie gern in
einem ersten Gespräch per Videokonferenz kennenlernen.

Termin: Dienstag, 28. April 2026, 10:00 Uhr
Teilnehmende: Katrin Mössner (Personal), Holger Brandt (Leitung Gruppenreisen)
Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YmQ2@thread.v2/0

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Katrin Mössner
Personalreferentin
Neckar Reisen GmbH · Königstraße 44 · 70173 Stuttgart
"""

_heu_inv = """Sehr geehrte Frau Quispe-Andersen,

vielen Dank für das angenehme Telefonat letzte Woche. Wie besprochen möchte Sie unser Mandant,
ein etablierter Reiseveranstalter mit Sitz in der Region Stuttgart, persönlich kennenlernen.

Termin: Dienstag, 9. Juni, 15:00 Uhr
Ort: unsere Büroräume am Rotebühlplatz 23, 4. OG (der Mandant kommt zu uns)
Gesprächspartner: Geschäftsführer und Leiterin Produktmanagement

Den Namen des Unternehmens nenne ich Ihnen aus Vertraulichkeitsgründen erst kurz vor dem
Gespräch. Bitte geben Sie mir bis Freitag Bescheid, ob der Termin passt.

Beste Grüße
Sabine Kordt
Heuberger Personalberatung · +49 711 0000 5120
"""

_kil_inv = """Hallo Frau Quispe-Andersen,

nach unserem Telefonat laden wir Sie herzlich zu einem Probearbeitstag in unserem Hotel am
Killesberg ein. Sie begleiten einen Tag lang unser Gruppen- und Tagungsbüro und lernen die
Abläufe bei Busgruppen und Firmenveranstaltungen kennen.

Donnerstag, 20. August 2026, 9:00 bis 16:00 Uhr
Treffpunkt: Rezeption, Hotel Killesberg Park, Am Kochenhof 12, 70192 Stuttgart

Die Kalendereinladung finden Sie im Anhang. Mittagessen ist selbstverständlich inklusive.

Viele Grüße
Jens Rohrbacher
Leitung Gruppen & Tagungen
Hotelgruppe Killesberg · Tel. +49 711 0000 2290
"""

_inv_de = [
    M(kind=INV, slug="neckar_teams_invite", lang="de", company="Neckar Reisen",
      contact="katrin.moessner@neckarreisen.example.de",
      frm=("Katrin Mössner", "katrin.moessner@neckarreisen.example.de"),
      subject="Einladung zum Kennenlerngespräch", date="2026-04-20 11:14 +0200",
      key="nec_inv", parent="nec_ack", text=_nec_inv, charset="windows-1252", cte="qp"),
    M(kind=INV, slug="heuberger_unnamed_client_meeting", lang="de",
      company="Heuberger Personalberatung", contact="s.kordt@heuberger-pb.example.de",
      frm=("Sabine Kordt", "s.kordt@heuberger-pb.example.de"),
      subject="Gesprächstermin mit unserem Mandanten", subj_cs=("iso-8859-1", "Q"),
      date="2026-06-01 16:37 +0200", key="heu_inv", text=_heu_inv,
      html=outlook_html(paras(_heu_inv), "de"), cte="qp"),
    M(kind=INV, slug="killesberg_trial_day_ics_attached", lang="de", company="Hotelgruppe Killesberg",
      contact="jens.rohrbacher@killesberg-hotels.example.de", frm=JENS,
      subject="Einladung Probearbeitstag am 20. August", date="2026-08-10 14:02 +0200",
      key="kil_inv", text=_kil_inv, cte="b64",
      ics=cal(method="REQUEST", uid="kil-probetag-0820@killesberg-hotels.example.de", seq=0,
               start="2026-08-20 09:00", end="2026-08-20 16:00", tz="Europe/Berlin",
               summary="Probearbeitstag Frau Quispe-Andersen",
               location="Hotel Killesberg Park, Rezeption", organizer=JENS),
      ics_mode="attach"),
]

# ============================================================ reschedule / cancel – Spanish (7)

_naz_move = f"""Hola Dolores:

Perdona el cambio. A Sergio le ha surgido una visita de un turoperador el martes por la mañana y
no quiero hacer la entrevista sin él. ¿Te viene bien el jueves 26 a las 12:30, en el mismo
sitio? Te he actualizado la invitación del calendario.

Gracias por la flexibilidad,

{_NAZ_SIG}
"""

_man_move = """Estimada Dolores:

Lamento comunicarle que el director del museo, D. Ismael Zafra, se encuentra de baja por
enfermedad desde ayer, por lo que nos vemos obligados a trasladar su entrevista prevista para
el martes 14.

La nueva fecha sería el martes 21 de julio a las 11:00, en el mismo lugar y con la misma
comisión. Le he enviado la convocatoria actualizada; si no le fuera posible asistir ese día,
le ruego que me lo indique.

Disculpe las molestias.

Leonor Castillejo Haro
Gerente · Museo Andalusí de Granada
"""

_tsu_move = """Hola Dolores:

Me llama el cliente para pedirme si podemos mover la entrevista con Califato Tours del miércoles
al viernes 29 a las 13:00. Rafael tiene que estar en FITUR Sevilla el miércoles y prefiere
recibirte con calma.

Mismo sitio, calle Cardenal González. ¿Te lo confirmo?

Inma
"""

_vel_cancel = """Estimada Dolores:

Por la convocatoria de huelga del personal de handling en Barajas para el 17 de febrero, nos
vemos obligados a anular la sesión del centro de evaluación prevista para ese día. Su
candidatura sigue plenamente activa en el proceso.

En los próximos días le haremos llegar una nueva convocatoria con fecha alternativa. Le pedimos
disculpas por las molestias y por los posibles gastos de desplazamiento que ya haya reservado;
si es así, escríbame y lo gestionamos.

Un saludo,

Íñigo Larrañaga
Selección – Dirección de Personas
Veleta Air · Avda. de la Hispanidad 12 · 28042 Madrid
"""

_ole_move = """Dolores, cambio de planes: el jueves me ha salido una cata con un grupo de holandeses.
¿Te llamo el viernes 11 a las 10 mejor? Misma historia, un ratito por teléfono.

Manolo
"""

_ayt_move = """Sra. Dª Dolores Quispe-Andersen:

Por necesidades del servicio, derivadas de la celebración de sesión plenaria extraordinaria el
día 5 de marzo en el Salón de Plenos, se aplazan las entrevistas personales del proceso de bolsa
de Auxiliar de la Oficina Municipal de Turismo previstas para dicha fecha.

La nueva fecha, hora y lugar se comunicarán a las personas aspirantes con la debida antelación y
se publicarán en el tablón de anuncios de la sede electrónica.

Atentamente,

Pilar Moya Valverde
Técnica de Recursos Humanos
"""

_sbe_move = """Hola Dolores,

Tu entrevista con Hoteles Sierra Bermeja se ha reprogramado.

Antes: martes 16 de junio, 10:00
Ahora: miércoles 17 de junio, 12:30

El enlace de la videollamada es el mismo. Si la nueva hora no te va bien, puedes elegir otra
desde tu área de candidata.

Hoteles Sierra Bermeja
"""

_resched_es = [
    M(kind=X, slug="nazari_moved_calendar_sequence1", lang="es", company="Viajes Nazarí",
      contact="rocio.aguilera@viajesnazari.example.es", frm=ROCIO,
      subject="Actualizado: Entrevista – Coordinadora de Operaciones de Grupos",
      date="2026-02-20 08:51 +0100", key="naz_move", parent="naz_inv", text=_naz_move,
      html=outlook_html(paras(_naz_move), "es"), cte="qp",
      ics=cal(method="REQUEST", uid="naz-2026-ops-dqa@viajesnazari.example.es", seq=1,
               start="2026-02-26 12:30", end="2026-02-26 13:30", tz="Europe/Madrid",
               summary="Entrevista Dolores Quispe-Andersen – Coord. Operaciones",
               location="Viajes Nazarí, C/ Reyes Católicos 21, Granada",
               organizer=ROCIO, attendees=[CANDIDATE, ("Sergio Medina",
                                                      "sergio.medina@viajesnazari.example.es")])),
    M(kind=X, slug="museoandalusi_director_ill_new_date", lang="es",
      company="Museo Andalusí de Granada", contact="lcastillejo@museoandalusi.example.es",
      frm=LEONOR, subject="Cambio de fecha de su entrevista", date="2026-07-10 09:22 +0200",
      key="man_move", parent="man_inv", text=_man_move, cte="b64",
      ics=cal(method="REQUEST", uid="man-sel-2026-03@museoandalusi.example.es", seq=1,
               start="2026-07-21 11:00", end="2026-07-21 12:00",
               summary="Entrevista comisión de selección – D. Quispe-Andersen",
               location="Museo Andalusí de Granada, sala de juntas", organizer=LEONOR)),
    M(kind=X, slug="talentosur_client_moves_to_friday", lang="es", company="Califato Tours",
      contact="iroldan@talentosur.example.es",
      frm=("Inmaculada Roldán", "iroldan@talentosur.example.es"),
      subject="RE: Confirmación entrevista con Califato Tours – miércoles 27",
      date="2026-05-25 13:07 +0200", key="tsu_move", parent="tsu_inv", text=_tsu_move),
    M(kind=X, slug="veleta_assessment_cancelled_strike", lang="es", company="Veleta Air",
      contact="inigo.larranaga@veleta-air.example.es",
      frm=("Íñigo Larrañaga", "inigo.larranaga@veleta-air.example.es"),
      name_cs=("iso-8859-1", "Q"), subject="Anulada: Centro de evaluación 17/02",
      date="2026-02-10 18:20 +0100", key="vel_cancel", parent="vel_ac", text=_vel_cancel,
      cte="qp",
      ics=cal(method="CANCEL", uid="vel-ac-20260217@veleta-air.example.es", seq=1,
               start="2026-02-17 09:00", end="2026-02-17 14:30",
               summary="Centro de evaluación VEL-2026-0192",
               location="Veleta Air, Avda. de la Hispanidad 12, Madrid",
               organizer=("Íñigo Larrañaga", "inigo.larranaga@veleta-air.example.es"))),
    M(kind=X, slug="oleoturismo_move_to_friday", lang="es", company="Oleoturismo Jaén",
      contact="manolo@oleoturismojaen.example.es",
      frm=("Manolo Cazorla", "manolo@oleoturismojaen.example.es"),
      subject="Re: ¿Hablamos el jueves?", date="2026-09-07 08:03 +0200", key="ole_move",
      parent="ole_inv", text=_ole_move),
    M(kind=X, slug="council_interviews_postponed", lang="es",
      company="Ayuntamiento de Alcalá del Darro", contact="pmoya@aytoalcaladeldarro.example.es",
      frm=("Pilar Moya Valverde", "pmoya@aytoalcaladeldarro.example.es"),
      subject="Aplazamiento de entrevistas – bolsa Auxiliar de Turismo",
      subj_cs=("windows-1252", "Q"), date="2026-03-02 14:11 +0100", key="ayt_move",
      parent="ayt_inv", text=_ayt_move, html=page(paras(_ayt_move), "es"),
      charset="windows-1252", cte="qp"),
    M(kind=X, slug="sierrabermeja_teamtailor_rescheduled", lang="es",
      company="Hoteles Sierra Bermeja", frm=("Hoteles Sierra Bermeja", "no-reply@teamtailor-mail.com"),
      subject="Tu entrevista ha sido reprogramada", date="2026-06-12 17:45 +0200",
      key="sbe_move", parent="sbe_sched", text=_sbe_move, cte="8bit",
      ics=cal(method="REQUEST", uid="tt-meeting-7c2e91@teamtailor-mail.com", seq=1,
               start="2026-06-17 12:30", end="2026-06-17 13:00",
               summary="Entrevista Hoteles Sierra Bermeja", location="Videollamada",
               organizer=("Marta Galdeano", "marta.galdeano@hotelessierrabermeja.example.es"))),
]

# ============================================================ reschedule / cancel – English (4)

_wan_move = """Hi Dolores,

Small change of plan, sorry! Jorge, our Head of Travel Ops, has to fly to Mexico City on Friday,
so could we move your video interview to Monday 23 March at 16:00 CET instead? Same Google Meet
link as before. If Monday doesn't work, Tuesday afternoon is also open.

Thanks for being flexible,
Priya

Priya Raman | Senior Recruiter | Wanderlyn
Calle de Alcalá 54, 28014 Madrid
"""

_alf_update_new = """Dear Dolores,

Please note a small update to Wednesday's panel: we will start one hour later, at 16:00 Lisbon
time, and we have moved to the Alfama room on the 3rd floor, as the Tagus room is needed for a
board meeting. The updated calendar invitation is attached.

Apologies for the change.

Joana"""

_alf_update = outlook(_alf_update_new, "en", "Joana Valente", "Wednesday, February 18, 2026 9:47 AM",
                      "Dolores Quispe-Andersen",
                      "Invitation: Panel interview - Guest Experience Operations Lead", _alf_inv)

_atl_cancel = """Dear Dolores,

I'm afraid I have to cancel our video interview on Monday 20 April. Two members of the panel
have been called to our Ponta Delgada base for the week and I don't want to run the interview
without them.

This is not a decision about your application; we'll be in touch as soon as we can offer new
dates.

Best regards,
Rui Carvalho
Ground Operations Manager, Atlantica Air
"""

_hft_move = """Hi Dolores,

Quick one: the museum has asked to move Wednesday's interview to the afternoon, 15:30, and to
do it over Zoom instead of in person, as Dr Leal will be travelling back from Porto. Link:

https://zoom.us/j/84412077351?pwd=RotasVOM

Same panel otherwise. Let me know you've seen this.

Fiona"""

_resched_en = [
    M(kind=X, slug="wanderlyn_recruiter_moves_video", lang="en", company="Wanderlyn",
      contact="priya.raman@wanderlyn.example.com",
      frm=("Priya Raman", "priya.raman@wanderlyn.example.com"),
      subject="Moving your interview to Monday?", date="2026-03-18 12:40 +0100", key="wan_move",
      parent="wan_inv", text=_wan_move),
    M(kind=X, slug="alfama_updated_invitation_sequence2", lang="en", company="Alfama Hotels",
      contact="joana.valente@alfamahotels.example.pt", frm=JOANA,
      subject="Updated invitation: Panel interview - Guest Experience Operations Lead",
      date="2026-02-23 16:05 +0000", key="alf_update", parent="alf_inv", text=_alf_update,
      html=outlook_html(paras(_alf_update), "en"), cte="qp",
      ics=cal(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000091AF", seq=2,
               start="2026-02-25 16:00", end="2026-02-25 17:00", tz="Europe/Lisbon",
               summary="Panel interview - Dolores Quispe-Andersen",
               location="Alfama Hotels HQ, Alfama room (3rd floor)", organizer=JOANA),
      ics_mode="both"),
    M(kind=X, slug="atlantica_cancel_panel_away", lang="en", company="Atlantica Air",
      contact="rui.carvalho@atlanticair.example.pt",
      frm=("Rui Carvalho", "rui.carvalho@atlanticair.example.pt"),
      subject="Canceled: Video interview - Ground Operations Officer",
      date="2026-04-17 15:50 +0100", key="atl_cancel", parent="atl_inv", text=_atl_cancel,
      ics=cal(method="CANCEL", uid="atl-vi-0420-dqa@atlanticair.example.pt", seq=1,
               start="2026-04-20 11:00", end="2026-04-20 11:40", tz="Europe/Lisbon",
               summary="Video interview - Dolores Quispe-Andersen", location="Microsoft Teams",
               organizer=("Rui Carvalho", "rui.carvalho@atlanticair.example.pt"))),
    M(kind=X, slug="harbourfinch_client_moves_afternoon", lang="en", company="Museu das Rotas",
      contact="fiona.ashworth@harbourfinch.example.pt",
      frm=("Fiona Ashworth", "fiona.ashworth@harbourfinch.example.pt"),
      subject="Museu das Rotas - new time on Wednesday", date="2026-07-13 18:22 +0100",
      key="hft_move", parent="hft_inv", text=_hft_move),
]

# ============================================================ reschedule / cancel – French (2)

_gar_cancel = """Bonjour Dolores,

Je suis désolée de devoir annuler notre entretien de jeudi 21 mai. La direction a décidé de
revoir le périmètre du poste après le départ d'un de nos responsables de production, et nous
préférons attendre que la fiche de poste soit stabilisée avant de poursuivre les rencontres.

Votre candidature reste bien entendu à l'étude ; je reviendrai vers vous dès que nous aurons
plus de visibilité.

Bien cordialement,
Élodie Castaing
"""

_pyr_move = """Madame,

En raison d'un mouvement social annoncé à l'aéroport de Toulouse-Blagnac, la journée
d'évaluation du jeudi 9 avril est déplacée au jeudi 16 avril, aux mêmes horaires (8h30-16h00)
et au même endroit.

Merci de nous confirmer votre disponibilité pour cette nouvelle date.

Nathalie Ribes
Chargée de recrutement, Pyrène Airlines
"""

_resched_fr = [
    M(kind=X, slug="garonne_cancel_ics_role_redefined", lang="fr", company="Voyages Garonne",
      contact="elodie.castaing@voyages-garonne.example.fr", frm=ELODIE,
      name_cs=("utf-8", "Q"), subject="Annulé : Entretien Dolores Quispe-Andersen",
      date="2026-05-19 09:03 +0200", key="gar_cancel", parent="gar_inv", text=_gar_cancel,
      html=page(paras(_gar_cancel), "fr"), cte="qp",
      ics=cal(method="CANCEL", uid="gar-entretien-0521-dqa@voyages-garonne.example.fr", seq=1,
               start="2026-05-21 14:00", end="2026-05-21 15:00", tz="Europe/Paris",
               summary="Entretien Dolores Quispe-Andersen",
               location="Voyages Garonne, 12 allées Jean-Jaurès, Toulouse", organizer=ELODIE)),
    M(kind=X, slug="pyrene_assessment_day_moved", lang="fr", company="Pyrène Airlines",
      contact="nathalie.ribes@pyrene-airlines.example.fr",
      frm=("Nathalie Ribes", "nathalie.ribes@pyrene-airlines.example.fr"),
      subject="Report de la journée d'évaluation au 16 avril", subj_cs=("iso-8859-1", "B"),
      date="2026-04-01 17:28 +0200", key="pyr_move", parent="pyr_ac", text=_pyr_move,
      charset="iso-8859-1", cte="8bit"),
]

# ============================================================ reschedule / cancel – German (2)

_kil_move = """Hallo Frau Quispe-Andersen,

leider müssen wir den Probearbeitstag vom 20. August verschieben: An dem Tag hat sich kurzfristig
eine große Messegruppe angekündigt, und ich könnte mich kaum um Sie kümmern.

Neuer Termin ist Donnerstag, der 27. August, gleiche Uhrzeit und gleicher Treffpunkt. Die
aktualisierte Einladung hängt an. Passt Ihnen das?

Viele Grüße
Jens Rohrbacher
"""

_heu_move = """Sehr geehrte Frau Quispe-Andersen,

unser Mandant hat mich heute Morgen gebeten, das für Dienstag, 9. Juni, vereinbarte Gespräch
abzusagen, da der Geschäftsführer kurzfristig verreisen muss. Das Interesse an Ihrer Person
besteht unverändert.

Ich melde mich, sobald mir neue Terminvorschläge vorliegen, voraussichtlich Anfang nächster
Woche.

Beste Grüße
Sabine Kordt
Heuberger Personalberatung
"""

_resched_de = [
    M(kind=X, slug="killesberg_trial_day_moved_ics", lang="de", company="Hotelgruppe Killesberg",
      contact="jens.rohrbacher@killesberg-hotels.example.de", frm=JENS,
      subject="Verschiebung Probearbeitstag auf den 27. August", date="2026-08-14 11:30 +0200",
      key="kil_move", parent="kil_inv", text=_kil_move, charset="iso-8859-1", cte="qp",
      ics=cal(method="REQUEST", uid="kil-probetag-0820@killesberg-hotels.example.de", seq=1,
               start="2026-08-27 09:00", end="2026-08-27 16:00", tz="Europe/Berlin",
               summary="Probearbeitstag Frau Quispe-Andersen",
               location="Hotel Killesberg Park, Rezeption", organizer=JENS),
      ics_mode="attach"),
    M(kind=X, slug="heuberger_client_cancels_meeting", lang="de",
      company="Heuberger Personalberatung", contact="s.kordt@heuberger-pb.example.de",
      frm=("Sabine Kordt", "s.kordt@heuberger-pb.example.de"),
      subject="Absage des Termins am 9. Juni – neuer Termin folgt", date="2026-06-05 08:47 +0200",
      key="heu_move", parent="heu_inv", text=_heu_move, cte="b64"),
]

# ============================================================ missed – Spanish (5)

_mun_missed = """Hola Dolores:

Te escribo porque hoy a las 12:00 teníamos la videollamada para la posición de Técnico/a de
Operaciones de Grupos y no te has llegado a conectar. Te estuve esperando en la sala unos quince
minutos y te envié un mensaje al móvil, sin respuesta.

Si ha habido algún problema técnico, escríbeme y vemos si es posible buscar otro hueco esta
semana.

Un saludo,
Beatriz Olmedo
Responsable de Selección · Mundirutas Viajes
"""

_sre_missed = """Hola, Dolores:

Esta mañana te esperábamos a las 9:30 en la oficina de Bernabé Soriano para la segunda
entrevista con el gerente, en el día que nos pediste. Te hemos estado esperando hasta las 10:00
y no sabemos nada de ti.

Espero que no haya pasado nada. Dime algo cuando puedas.

Lucía Expósito
Viajes Santo Reino
"""

_cge_missed_html = page(paras("""Hola Dolores,

Clara y yo estuvimos en el Meet de las 18:00 hasta casi las 18:25, pero no llegaste a entrar.
Te hemos llamado al móvil y salía apagado.

No pasa nada, a veces la cobertura en verano es un desastre. Cuéntame qué ha pasado.

Andrés"""), "es")

_ole_missed = """Dolores, te he llamado dos veces a las 10 y otra a las 10 y cuarto y nada, no lo
coges. ¿Estás bien? Ya me dices.

Manolo
"""

_flx_missed = """Dolores, ¿qué ha pasado?

Me acaba de llamar Julián, el jefe de recepción de Grupo Patios de Córdoba: estuvo esperándote a
las 12:00 en el hotel de la calle Deanes y no te presentaste. Te he llamado yo también un par de
veces.

Dime algo en cuanto puedas, que tengo que darle una explicación al cliente.

Rafa
"""

_missed_es = [
    M(kind=N, slug="mundirutas_did_not_join_video", lang="es", company="Mundirutas Viajes",
      contact="beatriz.olmedo@mundirutas.example.es",
      frm=("Beatriz Olmedo", "beatriz.olmedo@mundirutas.example.es"),
      subject="Videollamada de hoy – REQ-4471", date="2026-01-27 12:31 +0100", key="mun_missed",
      parent="mun_sched", text=_mun_missed, html=outlook_html(paras(_mun_missed), "es"),
      cte="qp"),
    M(kind=N, slug="santoreino_waited_at_office", lang="es", company="Viajes Santo Reino",
      contact="lucia.exposito@santoreino.example.es",
      frm=("Lucía Expósito", "lucia.exposito@santoreino.example.es"),
      subject="Segunda entrevista de esta mañana", date="2026-05-19 10:12 +0200",
      key="sre_missed", parent="sre_candmove", text=_sre_missed, charset="windows-1252",
      cte="qp"),
    M(kind=N, slug="cabogata_waited_on_meet_html_only", lang="es",
      company="Cabo de Gata Experiences", contact="andres.saez@cabogataexp.example.es",
      frm=("Andrés Sáez Cortés", "andres.saez@cabogataexp.example.es"),
      subject="No te vimos en el Meet", date="2026-07-28 18:41 +0200", key="cge_missed",
      parent="cge_inv", html=_cge_missed_html, cte="b64"),
    M(kind=N, slug="oleoturismo_called_twice", lang="es", company="Oleoturismo Jaén",
      contact="manolo@oleoturismojaen.example.es",
      frm=("Manolo Cazorla", "manolo@oleoturismojaen.example.es"),
      subject="Te he llamado", date="2026-09-11 10:22 +0200", key="ole_missed",
      parent="ole_move", text=_ole_missed),
    M(kind=N, slug="flexiempleo_client_waited_at_hotel", lang="es",
      company="Grupo Patios de Córdoba", contact="rafael.montilla@flexiempleo.example.es",
      frm=("Rafa Montilla", "rafael.montilla@flexiempleo.example.es"),
      subject="¿Todo bien? El cliente te esperaba", subj_cs=("utf-8", "B"),
      date="2026-09-18 12:48 +0200", key="flx_missed", parent="flx_inv", text=_flx_missed),
]

# ============================================================ missed – English (3)

_tej_missed = """Hi Dolores,

I tried calling you twice at 10:00 as planned, and once more at 10:10, but there was no answer.
I hope everything is OK.

Let me know if you still want to have the chat and we can see about another time.

Miguel
"""

_hft_missed = """Hi Dolores,

The Museu das Rotas panel has just been in touch: they waited on Zoom from 15:30 until about
15:50 and you didn't join. I've tried your mobile too.

Could you let me know what happened as soon as you can? I'd like to get back to them today.

Fiona
"""

_glo_missed = """Hi Dolores,

We had you down for a Teams call at 14:00 today (UK time) with myself and Sanjay, and waited for
about a quarter of an hour but didn't see you join. I've also left a voicemail.

If something came up, no problem - just let me know.

Oliver Pennington
Talent Partner, Globetrek Holidays
"""

_missed_en = [
    M(kind=N, slug="tejo_tried_calling_twice", lang="en", company="Tejo Journeys",
      contact="miguel.ferreira@tejojourneys.example.pt",
      frm=("Miguel Santos Ferreira", "miguel.ferreira@tejojourneys.example.pt"),
      subject="Missed you this morning", date="2026-01-29 10:21 +0000", key="tej_missed",
      parent="tej_phone", text=_tej_missed),
    M(kind=N, slug="harbourfinch_panel_waited_on_zoom", lang="en", company="Museu das Rotas",
      contact="fiona.ashworth@harbourfinch.example.pt",
      frm=("Fiona Ashworth", "fiona.ashworth@harbourfinch.example.pt"),
      subject="Re: Museu das Rotas - new time on Wednesday", date="2026-07-15 16:02 +0100",
      key="hft_missed", parent="hft_move", text=_hft_missed),
    M(kind=N, slug="globetrek_waited_on_teams", lang="en", company="Globetrek Holidays",
      contact="oliver.pennington@globetrek.example.co.uk",
      frm=("Oliver Pennington", "oliver.pennington@globetrek.example.co.uk"),
      subject="Today's call", date="2026-09-15 14:19 +0100", key="glo_missed",
      parent="glo_ack", text=_glo_missed, html=outlook_html(paras(_glo_missed), "en"),
      cte="b64"),
]

# ============================================================ missed – French (1), German (1)

_pyr_missed = """Madame,

Vous étiez attendue ce matin à 8h30 au bâtiment Concorde pour la journée d'évaluation. Nous
avons tenté de vous joindre à deux reprises sur votre portable, sans succès, et la session a
commencé sans vous.

Je vous remercie de me faire savoir si vous souhaitez maintenir votre candidature.

Nathalie Ribes
Chargée de recrutement – Pyrène Airlines
"""

_nec_missed = """Sehr geehrte Frau Quispe-Andersen,

wir haben heute um 10:00 Uhr im Teams-Meeting auf Sie gewartet, Herr Brandt und ich, leider
vergeblich. Auch telefonisch konnten wir Sie nicht erreichen.

Falls etwas dazwischengekommen ist, geben Sie uns bitte kurz Bescheid.

Mit freundlichen Grüßen
Katrin Mössner
Personalreferentin, Neckar Reisen
"""

_missed_fr_de = [
    M(kind=N, slug="pyrene_absent_assessment_day", lang="fr", company="Pyrène Airlines",
      contact="nathalie.ribes@pyrene-airlines.example.fr",
      frm=("Nathalie Ribes", "nathalie.ribes@pyrene-airlines.example.fr"),
      subject="Journée d'évaluation de ce jour", date="2026-04-16 11:05 +0200",
      key="pyr_missed", parent="pyr_move", text=_pyr_missed, charset="windows-1252", cte="8bit"),
    M(kind=N, slug="neckar_waited_in_teams", lang="de", company="Neckar Reisen",
      contact="katrin.moessner@neckarreisen.example.de",
      frm=("Katrin Mössner", "katrin.moessner@neckarreisen.example.de"),
      subject="Unser Termin heute um 10 Uhr", date="2026-04-28 10:34 +0200", key="nec_missed",
      parent="nec_inv", text=_nec_missed, charset="iso-8859-1", cte="qp"),
]

MESSAGES = (_inv_es + _inv_en + _inv_fr + _inv_de + _resched_es + _resched_en + _resched_fr
            + _resched_de + _missed_es + _missed_en + _missed_fr_de)
