# ruff: noqa
"""Corpus 221, hand-written: 52 messages of kind `other` (digests, advice, the candidate's own
mail, auto-replies, notifications, and mail that uses job words in another sense)."""

from msgs221_common import (CAND, CAND_ADDR, ats_card, body, digest_html, digest_text,
                            forwarded_block, ics, outlook_block, outlook_html, pdf, quote,
                            simple_html, wrote)

MESSAGES: list[dict] = []
add = MESSAGES.append

# Texts other modules quote.
CR_THANKS = body("""
    Hola Nerea:

    Quería darte las gracias, a ti y a Javier, por la entrevista de ayer. Me gustó mucho conocer
    cómo trabaja vuestro equipo de monitorización y la parte del caso práctico sobre alertas de
    fraude en banca online.

    Sigo muy interesado en el puesto de analista SOC N1 y quedo a vuestra disposición para
    cualquier cosa que necesitéis.

    Un saludo,
    Yusuf Brennan-Castaño
    """)

HBL_THANKS = body("""
    Hi Niamh,

    Thank you for taking the time to speak with me yesterday, and please pass my thanks on to
    Ronan as well. I enjoyed hearing how the Harbourline SOC splits the night shift between
    Dublin and Cork, and the walkthrough of the phishing triage exercise was really useful.

    Coming from eight years of physical security, the part about correlating badge-access logs
    with VPN sign-ins made a lot of sense to me: it's the same instinct I use on patrol, just
    with better data.

    I'm very interested in the Tier 1 analyst role and happy to send anything else you need.

    Best regards,
    Yusuf Brennan-Castaño
    """)

CV_PDF_LINES = ["Yusuf Brennan-Castaño - Curriculum Vitae", "",
                "Vigilante de seguridad (TIP) - 8 anos, Bilbao",
                "Formacion: Tecnico Superior ASIR; curso SOC Analyst (2025)",
                "Certificaciones: CompTIA Security+ (2025)",
                "Idiomas: espanol, ingles C1, frances B2, aleman B1",
                "yusuf.bc@example.es"]

# =============================================================================================
# Spanish (28)
# =============================================================================================

ALERT_ES = [
    ("Analista SOC L1 - Ikerbank (Bilbao)", "https://empleonorte.example.es/o/88121",
     "Turnos 24x7, formación a cargo de la empresa. Proceso con entrevista técnica y panel."),
    ("Técnico/a de ciberseguridad OT - Ezkerraldea Energía (Barakaldo)",
     "https://empleonorte.example.es/o/88140",
     "Experiencia en vigilancia o control de accesos valorable. Incorporación inmediata."),
    ("Operador/a de centro de control - Vigilancias Cantábrico (Santander)",
     "https://empleonorte.example.es/o/88166",
     "Ya hay 142 candidatos inscritos. Entrevistas esta semana."),
    ("Analista de seguridad junior - Consultora (Donostia)",
     "https://empleonorte.example.es/o/88170",
     "Teletrabajo parcial. Sin experiencia previa en SOC; imprescindible inglés."),
]

add(dict(
    kind="other", name="empleonorte_job_alert", lang="es",
    frm=("EmpleoNorte Alertas", "alertas@empleonorte.example.es"),
    subject="4 ofertas nuevas para «analista SOC» en Bizkaia y Gipuzkoa",
    subject_enc=("utf-8", "q"),
    date="2026-02-11 07:30 +0100",
    headers=[("List-Id", "Alertas de empleo <alertas.empleonorte.example.es>"),
             ("List-Unsubscribe", "<https://empleonorte.example.es/baja?u=8f1c2>, "
                                  "<mailto:baja@empleonorte.example.es?subject=baja>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    text=digest_text("Tus alertas de empleo", """
    Hola Yusuf, estas son las ofertas publicadas en las últimas 24 horas que coinciden con tu
    búsqueda. Recuerda: las empresas suelen cerrar la fase de entrevistas en pocos días.
    """, ALERT_ES, """
    Recibes este correo porque creaste una alerta en EmpleoNorte. Darte de baja:
    https://empleonorte.example.es/baja?u=8f1c2
    """),
    html=digest_html("Tus alertas de empleo", """
    Hola Yusuf, estas son las ofertas publicadas en las últimas 24 horas que coinciden con tu
    búsqueda. Recuerda: las empresas suelen cerrar la fase de entrevistas en pocos días.
    """, ALERT_ES, """
    Recibes este correo porque creaste una alerta en EmpleoNorte. Darte de baja:
    https://empleonorte.example.es/baja?u=8f1c2
    """),
    cte="quoted-printable",
))

CC_ITEMS = [
    ("Cuando el «no» llega por correo: cómo leer una carta de rechazo",
     "https://cibercarrera.example.es/blog/leer-un-rechazo",
     "Lo que significa de verdad «hemos decidido continuar con otros candidatos»."),
    ("Del control de accesos al SOC: tres historias de reconversión",
     "https://cibercarrera.example.es/blog/reconversion-soc",
     "Vigilantes, militares y teleoperadores que hoy analizan alertas."),
    ("Plantilla: correo de agradecimiento tras la entrevista",
     "https://cibercarrera.example.es/recursos/agradecimiento",
     "Breve, concreto y enviado en las primeras 24 horas."),
]

add(dict(
    kind="other", name="cibercarrera_newsletter_rejections", lang="es",
    frm=("Boletín CiberCarrera", "boletin@cibercarrera.example.es"),
    subject="CiberCarrera nº 37: sobrevivir a los rechazos",
    date="2026-03-06 08:00 +0100",
    headers=[("List-Id", "Boletin CiberCarrera <boletin.cibercarrera.example.es>"),
             ("List-Unsubscribe", "<https://cibercarrera.example.es/u/Yb7>"),
             ("Precedence", "list")],
    text=digest_text("CiberCarrera · número 37", """
    Este mes hablamos de lo que nadie cuenta: lamentablemente, en cualquier búsqueda de empleo
    en ciberseguridad recibirás más rechazos que entrevistas. Te contamos cómo aprovecharlos.
    """, CC_ITEMS, """
    CiberCarrera es un boletín gratuito. Para dejar de recibirlo:
    https://cibercarrera.example.es/u/Yb7
    """),
    html=digest_html("CiberCarrera · número 37", """
    Este mes hablamos de lo que nadie cuenta: lamentablemente, en cualquier búsqueda de empleo
    en ciberseguridad recibirás más rechazos que entrevistas. Te contamos cómo aprovecharlos.
    """, CC_ITEMS, """
    CiberCarrera es un boletín gratuito. Para dejar de recibirlo:
    https://cibercarrera.example.es/u/Yb7
    """, "#9a3412"),
    cte="base64",
))

add(dict(
    kind="other", name="blog_errores_entrevista_html_only", lang="es",
    frm=("Blog de Zuriñe | Carreras en ciber", "hola@zurinecarreras.example.es"),
    subject="5 errores que te cuestan la entrevista de analista SOC",
    date="2026-04-16 18:30 +0200",
    headers=[("List-Unsubscribe", "<https://zurinecarreras.example.es/baja>"),
             ("Precedence", "bulk")],
    html="""<html><body style="max-width:600px;font-family:Helvetica,Arial,sans-serif">
<h1 style="font-size:22px">5 errores que te cuestan la entrevista de analista SOC</h1>
<p>Llevo seis años entrevistando a perfiles junior y veo los mismos fallos una y otra vez.
Ninguno tiene que ver con saber mucho o poco:</p>
<ol>
<li><b>Inventarte lo que no sabes.</b> «No lo sé, pero lo buscaría así» puntúa más que un
farol.</li>
<li><b>No preguntar por los turnos.</b> Demuestra que entiendes cómo funciona un SOC.</li>
<li><b>Contar tu reconversión como una huida.</b> Cuéntala como una progresión.</li>
<li><b>No tener un laboratorio propio.</b> Un par de máquinas virtuales y un SIEM gratuito
bastan.</li>
<li><b>No mandar nada después.</b> Un correo de agradecimiento corto sigue marcando la
diferencia.</li>
</ol>
<p>¿Te han rechazado tras la entrevista? Responde a este correo y te cuento cómo pedir
feedback sin resultar pesado.</p>
<p>Zuriñe</p>
<p style="font-size:11px;color:#888">Te has suscrito en zurinecarreras.example.es ·
<a href="https://zurinecarreras.example.es/baja">Darse de baja</a></p>
</body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="other", name="podcast_interview_request", lang="es",
    contact="txema@ciberpodcastnorte.example.es",
    frm=("Txema Arana", "txema@ciberpodcastnorte.example.es"),
    subject="¿Te animas a una entrevista para el podcast Ciberseguridad Norte?",
    date="2026-05-27 12:05 +0200",
    text="""
    Hola Yusuf,

    Soy Txema, uno de los presentadores de Ciberseguridad Norte, un podcast sobre seguridad
    hecho desde Euskadi. Me pasó tu contacto Ander, de Kantauri, y me contó que vienes del
    mundo de la vigilancia y que estás dando el salto a analista.

    Estamos preparando un episodio sobre reconversiones y nos encantaría hacerte una entrevista
    de unos 40 minutos. Grabamos en un estudio en Bilbao La Vieja o en remoto, como prefieras,
    cualquier tarde de junio.

    No es una oferta de trabajo ni nada parecido, ¡solo charla! ¿Te apetece?

    Txema Arana
    Ciberseguridad Norte · ciberpodcastnorte.example.es
    """,
    cte="8bit",
))

add(dict(
    kind="other", name="user_research_interview", lang="es",
    contact="lorea.ugarte@jobradar.example.es",
    frm=("Lorea Ugarte - JobRadar", "lorea.ugarte@jobradar.example.es"),
    subject="Participa en una entrevista de investigación de usuarios (30 min, tarjeta regalo 25 €)",
    subject_enc=("utf-8", "b"),
    date="2026-06-03 11:40 +0200",
    text="""
    Hola Yusuf:

    Soy Lorea, del equipo de diseño de JobRadar. Vemos que usas nuestra app para seguir tus
    candidaturas y nos gustaría entender mejor cómo organizas tu búsqueda de empleo.

    Te proponemos una entrevista de investigación de 30 minutos por videollamada. No hay
    respuestas correctas ni incorrectas: solo queremos que nos cuentes cómo usas la app (y qué
    te desespera de ella). Como agradecimiento, te enviaremos una tarjeta regalo de 25 €.

    Si te interesa, elige un hueco aquí: https://jobradar.example.es/research/slots

    ¡Gracias!
    Lorea Ugarte
    UX Research · JobRadar
    """,
    html=simple_html("""
    Hola Yusuf:

    Soy Lorea, del equipo de diseño de JobRadar. Vemos que usas nuestra app para seguir tus
    candidaturas y nos gustaría entender mejor cómo organizas tu búsqueda de empleo.

    Te proponemos una entrevista de investigación de 30 minutos por videollamada. No hay
    respuestas correctas ni incorrectas: solo queremos que nos cuentes cómo usas la app (y qué
    te desespera de ella). Como agradecimiento, te enviaremos una tarjeta regalo de 25 €.

    Si te interesa, elige un hueco aquí: https://jobradar.example.es/research/slots

    ¡Gracias!
    Lorea Ugarte
    UX Research · JobRadar
    """),
    cte="quoted-printable",
))

add(dict(
    kind="other", name="parcel_delayed_es", lang="es",
    frm=("Mensajería Txoko", "no-reply@txokoenvios.example.es"),
    subject="Tu envío TX-4471-0093 se ha retrasado",
    date="2026-07-09 19:14 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Hola Yusuf,

    Lamentablemente, tu paquete TX-4471-0093 (remitente: LibreríaTécnica Online) no podrá
    entregarse en la fecha prevista por una incidencia en nuestro centro de Basauri.

    Nueva fecha estimada de entrega: lunes 13 de julio, entre las 9:00 y las 14:00.

    Si no vas a estar en casa, puedes cambiar la dirección o elegir un punto de recogida:
    https://txokoenvios.example.es/seguimiento/TX-4471-0093

    Sentimos las molestias.
    Mensajería Txoko
    """,
    html=ats_card("""
    Hola Yusuf,

    Lamentablemente, tu paquete TX-4471-0093 (remitente: LibreríaTécnica Online) no podrá
    entregarse en la fecha prevista por una incidencia en nuestro centro de Basauri.

    Nueva fecha estimada de entrega: lunes 13 de julio, entre las 9:00 y las 14:00.

    Sentimos las molestias.
    Mensajería Txoko
    """, "Mensajería Txoko", "#ca8a04",
        button=("Gestionar mi entrega", "https://txokoenvios.example.es/seguimiento/TX-4471-0093")),
    cte="8bit",
))

add(dict(
    kind="other", name="patrol_gps_position_report", lang="es",
    frm=("Vigilancia Deusto - Rondas", "no-reply@rondas.vigilanciadeusto.example.es"),
    subject="Parte de ronda 03/04 - posiciones GPS registradas (puesto Zorrotzaurre)",
    date="2026-04-03 06:05 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    PARTE AUTOMÁTICO DE RONDA

    Vigilante: BRENNAN-CASTAÑO, Y. (TIP 118xxx)
    Puesto: Zorrotzaurre - naves 3 a 7
    Turno: 22:00 - 06:00

    Posiciones GPS registradas:
      23:02  43.2720, -2.9512  punto de control 1 (acceso norte)     OK
      01:15  43.2734, -2.9488  punto de control 4 (muelle)           OK
      03:31  43.2711, -2.9530  punto de control 6 (cuadro eléctrico) RETRASO 11 min
      05:20  43.2720, -2.9512  punto de control 1 (acceso norte)     OK

    Incidencias anotadas: puerta de la nave 5 sin cerrar (comunicada al cliente).

    Mensaje generado por el sistema de control de rondas. No responder.
    """,
    charset="iso-8859-1", cte="quoted-printable",
))

MIKEL_FWD_BODY = body("""
    Estimado Mikel:

    Agradecemos tu interés en Ikerbank. Tras estudiar tu candidatura para el puesto de Técnico
    de Soporte de Seguridad, lamentamos comunicarte que no ha sido seleccionada para continuar
    en el proceso.

    Personas y Cultura · Ikerbank
    """)

add(dict(
    kind="other", name="friend_forwards_own_rejection", lang="es",
    contact="mikel.zabala@example.es",
    frm=("Mikel Zabala", "mikel.zabala@example.es"),
    subject="Fwd: Tu candidatura en Ikerbank",
    date="2026-03-12 22:48 +0100",
    text=body("""
    Ya ves, tío, a mí me han dado puerta en Ikerbank, y eso que lo mío era soporte, no SOC.
    Me alegro un montón de que a ti te hayan hecho la oferta, eh. A ver si me cuentas cómo
    preparaste el panel, que yo me quedé en la primera criba.

    Mañana birras en el Casco Viejo y me lo explicas.

    Mikel
    """) + "\n" + forwarded_block("es", "Ikerbank <ikerbank@myworkday.com>",
                                  "jue, 12 mar 2026, 15:02", "Tu candidatura en Ikerbank",
                                  "mikel.zabala@example.es") + "\n" + MIKEL_FWD_BODY,
    cte="8bit",
))

add(dict(
    kind="other", name="sent_application_kostaldea", lang="es", id="kos_app",
    frm=CAND, to=("Jone Irazabal", "jone.irazabal@kostaldea.example.es"),
    subject="Candidatura Analista SOC junior - Yusuf Brennan-Castaño",
    date="2026-09-10 21:35 +0200",
    text="""
    Kaixo Jone:

    Te escribo por la oferta de Analista SOC junior de Kostaldea Telecom publicada en vuestra
    web. Llevo ocho años como vigilante de seguridad en Bilbao, los tres últimos como jefe de
    equipo en un centro de control, y este año he completado el curso de analista SOC y la
    certificación Security+.

    Te adjunto mi CV. Me encantaría tener la oportunidad de contaros en una entrevista por qué
    creo que puedo aportar al equipo.

    Un saludo,
    Yusuf Brennan-Castaño
    +34 6XX XXX 412
    """,
    cte="quoted-printable",
    attach=[pdf("CV_Yusuf_Brennan-Castano.pdf", "CV Yusuf Brennan-Castaño", CV_PDF_LINES)],
))

add(dict(
    kind="other", name="sent_reschedule_request_bidasoa", lang="es", id="bid_resched_req",
    frm=CAND, to=("Maite Arrieta", "maite.arrieta@bidasoaenergia.example.es"),
    subject="RE: Jornada de prueba - Analista de Seguridad OT/IT",
    date="2026-03-04 22:51 +0100", reply_of="bid_inv", refs=["bid_ack", "bid_inv"],
    text=body("""
    Hola Maite:

    Muchas gracias por la invitación, me hace mucha ilusión. El problema es que el 12 me han
    puesto turno de mañana en el centro comercial y no encuentro a nadie que me lo cambie.
    ¿Habría otra fecha posible?

    Un saludo,
    Yusuf
    """) + "\n" + outlook_block("es", "Maite Arrieta <maite.arrieta@bidasoaenergia.example.es>",
                               "lunes, 2 de marzo de 2026 11:05",
                               "Yusuf Brennan-Castaño <yusuf.bc@example.es>",
                               "Jornada de prueba - Analista de Seguridad OT/IT") + "\n" + body("""
    Egun on Yusuf,

    Después de revisar tu candidatura, nos gustaría invitarte a una jornada de prueba en
    Bidasoa Energía para la vacante de Analista de Seguridad OT/IT.

    Fecha propuesta: jueves 12 de marzo, de 8:30 a 16:30 (la comida corre de nuestra cuenta).
    """),
    charset="windows-1252", cte="8bit",
))

add(dict(
    kind="other", name="sent_thanks_caja_ribera", lang="es", id="cr_thanks",
    frm=CAND, to=("Nerea Etxarri", "nerea.etxarri@cajaribera.example.es"),
    subject="Gracias por la entrevista - Analista SOC N1",
    date="2026-06-26 09:12 +0200", reply_of="cr_inv",
    text=CR_THANKS,
    cte="8bit",
))

add(dict(
    kind="other", name="headhunter_cold_approach_es", lang="es",
    contact="raquel.montes@talentsec.example.es",
    frm=("Raquel Montes", "raquel.montes@talentsec.example.es"),
    subject="Tu perfil - ¿abierto a nuevas oportunidades en ciberseguridad?",
    date="2026-04-22 10:12 +0200",
    text="""
    Hola Yusuf,

    Soy Raquel Montes, de TalentSec Headhunting. Trabajamos en exclusiva con varios MSSP y
    bancos del norte y he visto tu perfil en Redlaboral: la combinación de seguridad física y
    formación SOC no es habitual y cada vez la buscan más.

    Ahora mismo no tengo un proceso concreto para ti, pero me gustaría conocerte para tenerte en
    cuenta en los próximos meses. Si te apetece, dime qué te interesa (zona, tipo de empresa,
    rango salarial) y me lo apunto.

    Un saludo,
    Raquel Montes
    Senior Recruiter · TalentSec Headhunting
    Calle Colón de Larreátegui 26, Bilbao · +34 944 555 090
    """,
    cte="8bit",
))

add(dict(
    kind="other", name="bank_posicion_global_pdf", lang="es",
    frm=("Banco Uribe - Comunicaciones", "no-reply@bancouribe.example.es"),
    subject="Su posición global a 30 de abril de 2026", subject_enc=("iso-8859-1", "q"),
    date="2026-05-02 09:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Estimado cliente:

    Ya tiene disponible el extracto con su posición global a 30 de abril de 2026, que incluye
    el saldo de sus cuentas, tarjetas y su plan de pensiones. Se lo adjuntamos en PDF.

    Le recordamos que puede pedir cita con su gestor personal desde la app o llamando al
    944 555 000 si desea revisar su situación.

    Atentamente,
    Banco Uribe

    Por su seguridad, Banco Uribe nunca le pedirá sus claves por correo electrónico.
    """,
    charset="iso-8859-1", cte="quoted-printable",
    attach=[pdf("posicion_global_202604.pdf", "Posicion global 04/2026",
                ["BANCO URIBE - Posicion global a 30/04/2026", "",
                 "Titular: BRENNAN-CASTAÑO YUSUF",
                 "Cuenta nomina ES00 0000 ... 4412      2.318,40 EUR",
                 "Tarjeta credito (pendiente)           -214,95 EUR",
                 "Plan de pensiones                    3.905,11 EUR"])],
))

add(dict(
    kind="other", name="landlord_boiler_appointment", lang="es",
    contact="josean.iturbe@example.es",
    frm=("Josean Iturbe", "josean.iturbe@example.es"),
    subject="Cita técnico caldera piso Santutxu",
    date="2026-01-15 13:22 +0100",
    text="""
    Hola Yusuf:

    Te escribo por lo de la caldera. He conseguido cita con el técnico para el martes 20 entre
    las 10 y las 12. Si ese día tienes turno, déjale las llaves a la vecina del 2º izquierda,
    que ya está avisada.

    La revisión la pago yo, como siempre. Si el técnico ve que hay que cambiar alguna pieza, me
    llamas antes de que la cambie.

    Gracias,
    Josean
    """,
    cte="8bit",
))

add(dict(
    kind="other", name="school_tutor_meeting", lang="es",
    contact="tutoria3b@colegioibaizabal.example.es",
    frm=("Tutoría 3.º B - Colegio Ibaizabal", "tutoria3b@colegioibaizabal.example.es"),
    subject="Entrevista individual con las familias - 1.er trimestre",
    date="2026-10-20 16:45 +0200",
    text="""
    Estimadas familias:

    Como cada trimestre, quiero tener una entrevista individual con cada familia para comentar
    cómo está siendo el inicio de curso. A la familia de Amira le propongo el jueves 29 de
    octubre a las 17:15 en el aula de 3.º B.

    Si no os viene bien, indicadme otro día de esa semana respondiendo a este correo. Podéis
    venir uno o los dos.

    Un saludo,
    Itxaso Mujika
    Tutora de 3.º B · Colegio Ibaizabal
    """,
    cte="quoted-printable",
))

CLINIC = ("Clínica Indautxu - Citas", "no-reply-citas@clinicaindautxu.example.es")
add(dict(
    kind="other", name="clinic_appointment_cancelled_ics", lang="es",
    frm=CLINIC,
    subject="Cita cancelada: Traumatología - Dr. Larrinaga",
    date="2026-09-24 08:31 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Estimado/a Yusuf Brennan-Castaño:

    Le informamos de que su cita de Traumatología con el Dr. Larrinaga del lunes 28 de
    septiembre a las 12:40 ha sido cancelada por ausencia del profesional.

    Nuestro servicio de citas se pondrá en contacto con usted para asignarle una nueva fecha. Si
    lo prefiere, puede reservarla en https://clinicaindautxu.example.es/citas.

    Clínica Indautxu · Calle Gordóniz 44, 48010 Bilbao · 944 555 200
    """,
    cte="8bit",
    attach=[ics("CANCEL", "cita-8841277@clinicaindautxu.example.es", "2026-09-28 12:40",
                "2026-09-28 13:00", "Traumatología - Dr. Larrinaga", CLINIC, seq=1,
                stamp="2026-09-24 06:31", location="Clínica Indautxu, consulta 12")],
))

add(dict(
    kind="other", name="ooo_centinela_recruiter", lang="es",
    contact="lucia.ferrer@centinela.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@centinela.example.es"), frm_enc=("utf-8", "b"),
    subject="Respuesta automática: Re: Llamada de preselección - Analista SOC L1 (Madrid)",
    date="2026-02-19 11:02 +0100", reply_of="cen_sorry", refs=["cen_inv", "cen_missed", "cen_sorry"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""
    Hola,

    Estoy fuera de la oficina hasta el viernes 27 de febrero, sin acceso al correo. A mi
    vuelta responderé a tu mensaje.

    Para cualquier tema urgente de procesos de selección, escribe a seleccion@centinela.example.es.

    Lucía Ferrer
    """,
    cte="8bit",
))

add(dict(
    kind="other", name="redlaboral_notifications_html_only", lang="es",
    frm=("Redlaboral", "notificaciones@redlaboral.example.com"),
    subject="Yusuf, tu perfil ha aparecido en 14 búsquedas esta semana",
    date="2026-05-18 18:03 +0200",
    headers=[("List-Unsubscribe", "<https://redlaboral.example.com/ajustes/notificaciones>"),
             ("Auto-Submitted", "auto-generated")],
    html="""<html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;background:#f4f2ee">
<table width="560" align="center" style="background:#fff;padding:20px">
<tr><td><h2 style="margin:0 0 12px">Tu semana en Redlaboral</h2>
<p><b>14</b> apariciones en búsquedas · <b>5</b> visitas a tu perfil</p>
<p>Quién ha visto tu perfil: una persona de selección en <b>Kantauri Sistemas</b>, un
responsable de SOC en <b>Ciberguard Iberia</b> y 3 más.</p>
<p>Nuevos empleos que te pueden interesar: Analista SOC (Donostia), Técnico NOC/SOC (Bilbao),
Operador de seguridad 24x7 (Noáin).</p>
<p><a href="https://redlaboral.example.com/yo/visitas"
style="background:#0a66c2;color:#fff;padding:8px 14px;border-radius:16px;text-decoration:none">
Ver todas las visitas</a></p>
<p>Tienes 2 invitaciones para conectar pendientes.</p>
<p style="font-size:11px;color:#777">Recibes estas notificaciones de Redlaboral.
<a href="https://redlaboral.example.com/ajustes/notificaciones">Cambiar preferencias</a></p>
</td></tr></table></body></html>
""",
    html_cte="base64",
))

add(dict(
    kind="other", name="master_admission_refused", lang="es",
    contact="admisiones@escuelacantabrica.example.es",
    frm=("Admisiones - Escuela Superior Cantábrica", "admisiones@escuelacantabrica.example.es"),
    subject="Resolución de admisión - Máster en Ciberseguridad (curso 2026-27)",
    subject_enc=("iso-8859-1", "q"),
    date="2026-07-17 13:00 +0200",
    text="""
    Estimado Yusuf:

    La comisión académica del Máster en Ciberseguridad ha resuelto el proceso de admisión para
    el curso 2026-27. Lamentamos comunicarle que su solicitud no ha sido admitida: el máster
    exige un título universitario de grado y su titulación de Técnico Superior no da acceso.

    Le informamos de que puede optar al título propio de Especialista en Seguridad Operativa,
    que no tiene ese requisito. Encontrará la información en nuestra web.

    Atentamente,
    Oficina de Admisiones
    Escuela Superior Cantábrica de Ingeniería
    """,
    charset="iso-8859-1", cte="8bit",
))

add(dict(
    kind="other", name="bootcamp_place_accepted", lang="es",
    frm=("CiberAula", "no-reply@ciberaula.example.es"),
    subject="¡Enhorabuena! Tienes plaza en el Bootcamp Blue Team de otoño",
    subject_enc=("utf-8", "b"),
    date="2026-08-11 10:20 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    ¡Hola, Yusuf!

    Tu solicitud para el Bootcamp Blue Team (edición de otoño, online) ha sido aceptada. Tienes
    reservada una plaza en el grupo de tarde, de lunes a jueves de 18:30 a 21:30, del 5 de
    octubre al 18 de diciembre.

    Para confirmarla, abona la matrícula antes del 31 de agosto desde tu área de alumno:
    https://ciberaula.example.es/alumno

    ¡Nos vemos en clase!
    Equipo CiberAula
    """,
    html=ats_card("""
    ¡Hola, Yusuf!

    Tu solicitud para el Bootcamp Blue Team (edición de otoño, online) ha sido aceptada. Tienes
    reservada una plaza en el grupo de tarde, de lunes a jueves de 18:30 a 21:30, del 5 de
    octubre al 18 de diciembre.

    Para confirmarla, abona la matrícula antes del 31 de agosto desde tu área de alumno.

    ¡Nos vemos en clase!
    Equipo CiberAula
    """, "CiberAula", "#2563eb", button=("Ir a mi área", "https://ciberaula.example.es/alumno")),
    cte="quoted-printable",
))

add(dict(
    kind="other", name="mobile_operator_offer_promo", lang="es",
    frm=("Txirrin Móvil", "ofertas@txirrinmovil.example.es"),
    subject="Yusuf, tu oferta exclusiva: fibra + móvil por 29 €/mes",
    subject_enc=("utf-8", "q"),
    date="2026-06-19 12:00 +0200",
    headers=[("List-Unsubscribe", "<mailto:baja@txirrinmovil.example.es>, "
                                  "<https://txirrinmovil.example.es/baja>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    text="""
    Hola Yusuf,

    Como cliente de Txirrin desde 2021 tienes una oferta que no verás en la web: fibra de
    1 Gb + 50 GB de móvil por 29 €/mes durante 12 meses. Sin permanencia.

    Acepta la oferta antes del 30 de junio: https://txirrinmovil.example.es/oferta/YB29

    Txirrin Móvil
    Si no quieres recibir más comunicaciones comerciales: https://txirrinmovil.example.es/baja
    """,
    cte="8bit",
))

add(dict(
    kind="other", name="meetup_mailing_list", lang="es", contact="irati.gorostiza@example.es",
    frm=("Irati Gorostiza", "irati.gorostiza@example.es"),
    to=("ciber-bilbao", "ciber-bilbao@listas.example.es"),
    reply_to=("ciber-bilbao", "ciber-bilbao@listas.example.es"),
    subject="[ciber-bilbao] Meetup de junio: entrevista en directo a un equipo SOC",
    date="2026-05-28 20:14 +0200",
    headers=[("List-Id", "Comunidad ciber Bilbao <ciber-bilbao.listas.example.es>"),
             ("List-Post", "<mailto:ciber-bilbao@listas.example.es>"),
             ("List-Unsubscribe", "<mailto:ciber-bilbao-leave@listas.example.es>"),
             ("List-Archive", "<https://listas.example.es/archives/ciber-bilbao>"),
             ("Precedence", "list"), ("Sender", "ciber-bilbao-bounces@listas.example.es")],
    text="""
    Kaixo denoi!

    El próximo meetup será el jueves 11 de junio a las 19:00 en Bilbao Berrikuntza Faktoria.
    Esta vez probamos un formato nuevo: una entrevista en directo al equipo del SOC de
    Seguridad Abra, que nos contarán cómo es una noche de guardia y qué buscan cuando
    contratan perfiles junior.

    Después, pintxos y networking. Aforo de 60 personas, apuntaos aquí:
    https://meetup.example.com/ciber-bilbao/events/311

    Irati

    --
    ciber-bilbao mailing list
    https://listas.example.es/listinfo/ciber-bilbao
    """,
    cte="8bit",
))

add(dict(
    kind="other", name="sent_application_instituto_foral", lang="es", id="if_app",
    frm=CAND, to=("Unidad de Selección", "seleccion@ifcnavarra.example.es"),
    subject="Solicitud convocatoria 04/2026 - Técnico/a SOC - Brennan-Castaño",
    date="2026-05-04 13:05 +0200",
    text="""
    Buenos días:

    Adjunto la solicitud de participación en la convocatoria 04/2026 (Técnico/a de centro de
    operaciones de seguridad), junto con el currículum y las copias de la titulación y de los
    certificados que se piden en la base cuarta.

    Quedo a la espera del justificante de registro.

    Atentamente,
    Yusuf Brennan-Castaño
    DNI 7XXXXXX1-K · Bilbao
    """,
    charset="iso-8859-1", cte="quoted-printable",
    attach=[pdf("Solicitud_04-2026_Brennan-Castano.pdf", "Solicitud convocatoria 04/2026",
                ["SOLICITUD DE PARTICIPACION - CONVOCATORIA 04/2026",
                 "Tecnico/a de centro de operaciones de seguridad", "",
                 "Apellidos: BRENNAN-CASTAÑO   Nombre: YUSUF",
                 "Titulacion: Tecnico Superior en ASIR", "Firma: Y. Brennan-Castaño"])],
))

add(dict(
    kind="other", name="sent_status_followup_banco_meseta", lang="es", id="bm_followup",
    frm=CAND, to=("Sergio Val Ortega", "sergio.val@bancomeseta.example.es"),
    subject="Re: Entrevista telefónica de hoy - R-20418",
    date="2026-03-16 08:05 +0100", reply_of="bm_missed", refs=["bm_ack", "bm_missed"],
    text=body("""
    Buenos días, Sergio:

    Te escribí el mismo 24 de febrero para disculparme por no coger tu llamada (estaba saliendo
    de un servicio y no tenía cobertura en el parking). No he vuelto a saber nada y quería
    preguntarte si sigo en el proceso y si sería posible hacer la entrevista telefónica otro día.

    Muchas gracias,
    Yusuf Brennan-Castaño
    """) + "\n" + wrote("es", "mar, 24 feb 2026 a las 12:41", "Sergio Val Ortega",
                        "sergio.val@bancomeseta.example.es") + "\n" + quote("""
    Estimado Yusuf:

    Hoy a las 12:00 teníamos prevista nuestra entrevista telefónica para la posición Analista de
    Ciberseguridad Junior (R-20418). Le he llamado en dos ocasiones al número facilitado en su
    solicitud sin obtener respuesta, y le he dejado un mensaje en el contestador.
    """),
    cte="8bit",
))

add(dict(
    kind="other", name="security_agency_cold_approach", lang="es",
    contact="seleccion@vigilantesnorte.example.es",
    frm=("Vigilantes Norte - Selección", "seleccion@vigilantesnorte.example.es"),
    subject="Vacantes de vigilante con TIP en Bizkaia",
    date="2026-01-29 09:45 +0100",
    text="""
    Buenos días:

    Nos dirigimos a usted porque figura en la bolsa de vigilantes habilitados de Bizkaia.
    Vigilantes Norte está ampliando plantilla para nuevos servicios en Bilbao y Margen
    Izquierda (centros comerciales, hospitales e industria).

    Ofrecemos contrato indefinido según convenio, turnos estables y plus de transporte. Si le
    interesa, puede enviarnos su CV respondiendo a este correo.

    Departamento de Selección
    Vigilantes Norte · Calle Licenciado Poza 55, 48013 Bilbao
    """,
    charset="windows-1252", cte="8bit",
))

GYM = ("Kirol Gym Indautxu", "recepcion@kirolgym.example.es")
add(dict(
    kind="other", name="gym_assessment_appointment_ics", lang="es",
    contact="recepcion@kirolgym.example.es",
    frm=GYM,
    subject="Tu cita de valoración física - martes 14 de abril",
    date="2026-04-09 17:30 +0200",
    text="""
    ¡Hola Yusuf!

    Te confirmamos tu cita de valoración física con Gaizka, tu entrenador, el martes 14 de abril
    a las 7:30. Haremos la medición de composición corporal y diseñaremos tu plan para los
    próximos tres meses, adaptado a tus turnos.

    Trae ropa deportiva y ven en ayunas. Te adjuntamos la cita para tu calendario.

    Recepción · Kirol Gym Indautxu
    """,
    cte="quoted-printable",
    attach=[ics("REQUEST", "valoracion-2231@kirolgym.example.es", "2026-04-14 07:30",
                "2026-04-14 08:15", "Valoración física con Gaizka", GYM,
                stamp="2026-04-09 15:30", location="Kirol Gym Indautxu, sala 2")],
))

add(dict(
    kind="other", name="city_hall_cita_previa", lang="es",
    frm=("Ayuntamiento - Cita previa", "citaprevia-noreply@udala.example.es"),
    subject="Confirmación de cita previa: empadronamiento",
    date="2026-01-12 08:10 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Su cita previa ha sido confirmada.

    Trámite: Alta / cambio de domicilio en el padrón
    Oficina: Oficina de Atención Ciudadana de Santutxu
    Fecha y hora: miércoles 21 de enero de 2026, 9:20
    Localizador: CP-26-014472

    Para anular o modificar la cita utilice el enlace de su justificante. Recuerde traer su DNI y
    el contrato de alquiler.

    Este es un mensaje automático; no responda a este correo.
    """,
    charset="iso-8859-1", cte="8bit",
))

add(dict(
    kind="other", name="webinar_registration_received", lang="es",
    frm=("Eventos CiberCarrera", "eventos-noreply@cibercarrera.example.es"),
    subject="Inscripción recibida: «Cómo superar la entrevista técnica de SOC»",
    subject_enc=("utf-8", "q"),
    date="2026-09-03 19:22 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Hola Yusuf,

    Hemos recibido tu inscripción al webinar gratuito «Cómo superar la entrevista técnica de
    SOC», que se celebrará el jueves 17 de septiembre a las 19:00.

    El día anterior te enviaremos el enlace de acceso. La sesión se grabará y podrás verla
    durante 7 días.

    Equipo de Eventos · CiberCarrera
    """,
    cte="base64",
))

# =============================================================================================
# English (13)
# =============================================================================================

add(dict(
    kind="other", name="sent_thanks_harbourline", lang="en", id="hbl_thanks",
    frm=CAND, to=("Niamh Kavanagh", "niamh.kavanagh@harbourline.example.ie"),
    subject="Thank you - Tier 1 SOC Analyst",
    date="2026-02-05 08:47 +0100", reply_of="hbl_move", refs=["hbl_inv", "hbl_move"],
    text=HBL_THANKS,
    html=simple_html(HBL_THANKS, "en"),
    cte="quoted-printable",
))

ALERT_EN = [
    ("SOC Analyst (Tier 1) - Harbourline Security, Dublin 2",
     "https://careerharbour.example.ie/jobs/55120",
     "Hybrid. 24/7 rota. Two-stage interview process."),
    ("Junior Security Analyst - Corrib Telecom, IFSC",
     "https://careerharbour.example.ie/jobs/55144",
     "Graduate or career changer. Closing date 20 July."),
    ("Cyber Defence Analyst - Anna Livia Insurance, Grand Canal Dock",
     "https://careerharbour.example.ie/jobs/55171",
     "Applications reviewed on a rolling basis; shortlisted candidates will be invited to interview."),
]

add(dict(
    kind="other", name="careerharbour_job_alert", lang="en",
    frm=("CareerHarbour Job Alerts", "alerts@careerharbour.example.ie"),
    subject="3 new jobs matching 'SOC analyst' in Dublin",
    date="2026-07-07 06:45 +0100",
    headers=[("List-Id", "CareerHarbour job alerts <jobalerts.careerharbour.example.ie>"),
             ("List-Unsubscribe", "<https://careerharbour.example.ie/unsubscribe/9a7e>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    text=digest_text("Your daily job alert", """
    Hi Yusuf, here are today's new roles. Tip: recruiters say the fastest way to an interview is
    applying in the first 48 hours.
    """, ALERT_EN, """
    You're receiving this because you set up a job alert on CareerHarbour.
    Manage alerts or unsubscribe: https://careerharbour.example.ie/unsubscribe/9a7e
    """),
    html=digest_html("Your daily job alert", """
    Hi Yusuf, here are today's new roles. Tip: recruiters say the fastest way to an interview is
    applying in the first 48 hours.
    """, ALERT_EN, """
    You're receiving this because you set up a job alert on CareerHarbour.
    Manage alerts or unsubscribe: https://careerharbour.example.ie/unsubscribe/9a7e
    """, "#1e3a8a"),
))

add(dict(
    kind="other", name="newsletter_bounce_back_rejection", lang="en",
    frm=("The Blue Team Desk", "desk@blueteamdesk.example.com"),
    subject="Issue 58: What a rejection email actually tells you",
    date="2026-08-20 14:00 +0000",
    headers=[("List-Id", "The Blue Team Desk <newsletter.blueteamdesk.example.com>"),
             ("List-Unsubscribe", "<https://blueteamdesk.example.com/unsubscribe?id=yb>"),
             ("Precedence", "bulk")],
    text="""
    THE BLUE TEAM DESK - Issue 58

    What a rejection email actually tells you

    "Unfortunately, we have decided not to proceed with your application." Most of you have
    read that sentence more times than you'd like this year. Here's the thing: for junior SOC
    roles, the template tells you almost nothing about you. It tells you about the pipeline.

    Three things worth doing after every no:
    1. Ask for feedback once, politely, within a week. Expect nothing.
    2. Log the stage you reached. Screen, technical, panel - the pattern matters more.
    3. Keep the door open. Half the people I hired had been rejected by us before.

    Next week: preparing for a live triage exercise in a panel interview.

    Read online: https://blueteamdesk.example.com/58
    Unsubscribe: https://blueteamdesk.example.com/unsubscribe?id=yb
    """,
))

add(dict(
    kind="other", name="press_interview_request", lang="en",
    contact="roisin.kelleher@dublintechweekly.example.ie",
    frm=("Róisín Kelleher", "roisin.kelleher@dublintechweekly.example.ie"),
    frm_enc=("iso-8859-1", "q"),
    subject="Interview request - career changers in cyber (Dublin Tech Weekly)",
    date="2026-09-25 11:33 +0100",
    text="""
    Hi Yusuf,

    I'm a reporter at Dublin Tech Weekly, writing a feature on people who moved into cyber
    security from other careers. Fionn Doyle at Portlight mentioned you'd been through their
    assessment day and might be happy to talk about the journey from security guard to SOC.

    Would you be open to a 30-minute interview by phone or video next week? It would be on the
    record, but I'd send you your quotes to check before publication. No pressure at all.

    Best,
    Róisín Kelleher
    Reporter, Dublin Tech Weekly
    +353 87 555 0192
    """,
    cte="quoted-printable",
))

add(dict(
    kind="other", name="ooo_liffey_recruiter", lang="en",
    contact="declan.moran@liffeymutual.example.ie",
    frm=("Declan Moran", "declan.moran@liffeymutual.example.ie"),
    subject="Automatic reply: RE: Security Operations Analyst - quick call?",
    date="2026-03-18 07:40 +0000", reply_of="lm_move_ok", refs=["lm_inv", "lm_move", "lm_move_ok"],
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""
    Thank you for your email. I am out of the office on Wednesday 18 March for a training course and
    will respond when I return on Thursday 19 March.

    For urgent recruitment queries please contact careers@liffeymutual.example.ie.

    Declan Moran
    Senior Talent Acquisition Partner, Liffey Mutual
    """,
))

add(dict(
    kind="other", name="network_notifications_html_only", lang="en",
    frm=("ProLink", "notifications@prolink.example.com"),
    subject="Yusuf, you appeared in 9 searches this week",
    date="2026-06-15 17:10 +0100",
    headers=[("List-Unsubscribe", "<https://prolink.example.com/settings/email>"),
             ("Auto-Submitted", "auto-generated")],
    html="""<html><body style="font-family:Arial,sans-serif;background:#f3f2ef;margin:0">
<table width="560" align="center" cellpadding="16" style="background:#ffffff">
<tr><td>
<h2 style="margin-top:0">You appeared in 9 searches this week</h2>
<p>People from <b>Quayside Cyber</b>, <b>Grafton Talent</b> and <b>Corrib Telecom</b> found
you through searches for "SOC analyst" and "incident response".</p>
<p><b>Siobhán Quinn</b> viewed your profile · <b>Conor Whelan</b> endorsed you for Incident
Handling.</p>
<p>Jobs you may be interested in: SOC Analyst - Halfpenny Security (Dublin 7) · Security
Operations Analyst - Liffey Mutual (Dublin 2)</p>
<p><a href="https://prolink.example.com/me/search-appearances">See all search appearances</a></p>
<p style="font-size:11px;color:#666">This email was intended for Yusuf Brennan-Castaño.
<a href="https://prolink.example.com/settings/email">Unsubscribe</a></p>
</td></tr></table></body></html>
""",
    html_cte="quoted-printable",
))

add(dict(
    kind="other", name="recruiter_cold_approach_en", lang="en",
    contact="hugo.finch@harrowfinch.example.co.uk",
    frm=("Hugo Finch", "hugo.finch@harrowfinch.example.co.uk"),
    subject="Multilingual SOC analysts - a quick hello",
    date="2026-05-13 09:05 +0100",
    text="""
    Hi Yusuf,

    I hope you don't mind the direct approach. I run the cyber desk at Harrow & Finch Talent,
    and we place multilingual analysts with managed security providers in Munich, Dublin and
    Amsterdam. Spanish plus English plus some German is a rare combination, so your profile
    caught my eye.

    I don't have a live vacancy to put in front of you today, but I'd like to understand what
    you're looking for so I can keep you in mind. Would you be open to that?

    Kind regards,
    Hugo Finch
    Director, Cyber Security Practice
    Harrow & Finch Talent | 14 Old Street, London EC1V 9BD | +44 20 5555 0178
    """,
))

add(dict(
    kind="other", name="friend_own_rejection_story", lang="en",
    contact="ciaran.obrien@example.ie",
    frm=("Ciarán O'Brien", "ciaran.obrien@example.ie"), frm_enc=("utf-8", "q"),
    subject="well that's that",
    date="2026-06-05 23:12 +0100",
    text="""
    Yusuf!

    Just got the "unfortunately we've decided not to progress" email from the crowd in
    Sandyford, after three rounds and a take-home. Three rounds! Not even a phone call.

    Anyway I'm grand, off to drown my sorrows in the Long Hall. How's your stuff going? Are you
    still waiting on the Dublin lot you interviewed with? Fingers crossed for you, one of us has
    to make it.

    Ciarán
    """,
))

add(dict(
    kind="other", name="hackladder_leaderboard_position", lang="en",
    frm=("HackLadder", "no-reply@hackladder.example.com"),
    subject="You climbed to position #412 on the Blue Team leaderboard",
    date="2026-07-26 12:00 +0000",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://hackladder.example.com/settings/notifications>")],
    text="""
    Nice work, yusuf_bc!

    You completed "Sysmon Deep Dive" and "Phishing Triage II" this week and moved from position
    #688 to position #412 on the Blue Team leaderboard.

    Your streak: 19 days. Next badge: Log Hunter (2 rooms to go).

    Keep going: https://hackladder.example.com/leaderboard/blue
    """,
    html=ats_card("""
    Nice work, yusuf_bc!

    You completed "Sysmon Deep Dive" and "Phishing Triage II" this week and moved from position
    #688 to position #412 on the Blue Team leaderboard.

    Your streak: 19 days. Next badge: Log Hunter (2 rooms to go).
    """, "HackLadder", "#16a34a", button=("View leaderboard",
                                         "https://hackladder.example.com/leaderboard/blue")),
))

add(dict(
    kind="other", name="academy_place_refused", lang="en",
    contact="admissions@cyberskillsacademy.example.ie",
    frm=("Cyber Skills Academy Admissions", "admissions@cyberskillsacademy.example.ie"),
    subject="Your application to the Autumn SOC Skills Programme",
    date="2026-08-14 15:20 +0100",
    text="""
    Dear Yusuf,

    Thank you for applying to the Autumn 2026 SOC Skills Programme. We received over 600
    applications for 40 funded places.

    We regret that we are unable to offer you a place on this intake. Funded places were
    prioritised for applicants currently resident in Ireland, in line with the programme's
    funding conditions. You are welcome to apply for the self-funded cohort or for our spring
    intake.

    Kind regards,
    Admissions Team
    Cyber Skills Academy Ireland
    """,
))

add(dict(
    kind="other", name="sent_reschedule_request_quayside", lang="en", id="qc_resched_req",
    frm=CAND, to=("Siobhán Quinn", "siobhan.quinn@quaysidecyber.example.ie"),
    subject="Re: Schedule your interview with Quayside Cyber",
    date="2026-06-11 07:58 +0200", reply_of="qc_inv",
    text=body("""
    Hi Siobhán,

    Thank you for the invitation. I booked Tuesday 16 June at 10:00, but I've just been told I
    have to cover a shift that morning. Would it be possible to move the interview to Wednesday
    17 June, ideally in the early afternoon?

    Sorry for the inconvenience, and thanks for your understanding.

    Best regards,
    Yusuf Brennan-Castaño
    """) + "\n" + wrote("en", "Wed, 10 Jun 2026 at 11:18", "Quayside Cyber",
                        "no-reply@hire.lever.co") + "\n" + quote("""
    Hi Yusuf,

    Siobhán from Quayside Cyber here. We'd love to chat with you about the SOC Analyst
    (Graduate/Career Changer) position. Please pick a 30-minute slot for a Teams interview.
    """),
    cte="quoted-printable",
))

add(dict(
    kind="other", name="parcel_delayed_en", lang="en",
    frm=("ParcelPath", "updates@parcelpath.example.com"),
    subject="Unfortunately, your parcel is delayed",
    date="2026-10-01 08:22 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Hi Yusuf,

    Unfortunately your parcel from BookNook (tracking PP-88201-IE) has been delayed at our
    Madrid hub and won't arrive on Friday as planned.

    New estimated delivery: Tuesday 6 October.

    Track your parcel: https://parcelpath.example.com/t/PP-88201-IE

    We're sorry for the wait.
    The ParcelPath team
    """,
    cte="7bit",
))

SOCLIST_QUOTE = """
    Has anyone here done the Vigil Labs panel in Munich? I've got one next week and the
    recruiter mentioned a live triage exercise. What did they ask?
    """

add(dict(
    kind="other", name="soc_careers_list_reply", lang="en", contact="dominik.auer@example.at",
    frm=("Dominik Auer", "dominik.auer@example.at"),
    to=("soc-careers", "soc-careers@lists.example.org"),
    reply_to=("soc-careers", "soc-careers@lists.example.org"),
    subject="Re: [soc-careers] Panel interviews with a live triage exercise?",
    date="2026-07-16 21:30 +0200", reply_of="soclist_q",
    headers=[("List-Id", "SOC careers discussion <soc-careers.lists.example.org>"),
             ("List-Post", "<mailto:soc-careers@lists.example.org>"),
             ("List-Unsubscribe", "<mailto:soc-careers-request@lists.example.org?subject=unsubscribe>"),
             ("Precedence", "list")],
    text=body("""
    Did it in spring. Nothing scary: they share a Kibana dashboard with ~15 alerts and you talk
    through which ones you'd escalate. They care more about your reasoning than the right
    answer. I didn't get the job in the end (went with someone who knew Python), but it was the
    fairest interview I had all year.
    """) + "\n" + wrote("en", "Thu, 16 Jul 2026 at 09:02", "Yusuf Brennan-Castaño", CAND_ADDR)
        + "\n" + quote(SOCLIST_QUOTE) + "\n" + body("""
    _______________________________________________
    soc-careers mailing list
    https://lists.example.org/mailman/listinfo/soc-careers
    """),
))

# =============================================================================================
# French (5)
# =============================================================================================

ALERT_FR = [
    ("Analyste SOC N1 H/F - Occitel - Toulouse (31)", "https://emploi-sudouest.example.fr/o/7781",
     "CDI, astreintes. Entretiens prévus dès mars."),
    ("Opérateur supervision sécurité H/F - Banque Girondine - Mérignac (33)",
     "https://emploi-sudouest.example.fr/o/7790",
     "Mission intérim 6 mois, possibilité d'embauche."),
    ("Technicien cybersécurité junior H/F - Pyrène Sécurité - Toulouse (31)",
     "https://emploi-sudouest.example.fr/o/7802",
     "Débutant accepté, formation assurée."),
]

add(dict(
    kind="other", name="alerte_emploi_sud_ouest", lang="fr",
    frm=("Emploi Sud-Ouest", "alertes@emploi-sudouest.example.fr"),
    subject="Vos nouvelles offres : analyste SOC – Occitanie / Nouvelle-Aquitaine",
    subject_enc=("utf-8", "q"),
    date="2026-01-30 07:15 +0100",
    headers=[("List-Id", "Alertes Emploi Sud-Ouest <alertes.emploi-sudouest.example.fr>"),
             ("List-Unsubscribe", "<https://emploi-sudouest.example.fr/desinscription/c41>"),
             ("Precedence", "bulk")],
    text=digest_text("Vos alertes emploi", """
    Bonjour Yusuf, 3 nouvelles offres correspondent à votre recherche « analyste SOC ».
    Postulez vite : les recruteurs convoquent souvent les premiers candidats en entretien.
    """, ALERT_FR, """
    Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Sud-Ouest.
    Se désinscrire : https://emploi-sudouest.example.fr/desinscription/c41
    """),
    html=digest_html("Vos alertes emploi", """
    Bonjour Yusuf, 3 nouvelles offres correspondent à votre recherche « analyste SOC ».
    Postulez vite : les recruteurs convoquent souvent les premiers candidats en entretien.
    """, ALERT_FR, """
    Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Sud-Ouest.
    Se désinscrire : https://emploi-sudouest.example.fr/desinscription/c41
    """, "#7c3aed"),
    cte="quoted-printable",
))

add(dict(
    kind="other", name="sent_candidature_garonne", lang="fr", id="gar_app",
    frm=CAND, to=("Garonne Cyber Recrutement", "jobs@garonne-cyber.example.fr"),
    subject="Candidature : analyste SOC junior (Bordeaux)", subject_enc=("iso-8859-1", "q"),
    date="2026-07-27 21:55 +0200",
    text="""
    Madame, Monsieur,

    Je vous adresse ma candidature au poste d'analyste SOC junior à Bordeaux. Agent de sécurité
    depuis huit ans à Bilbao, dont trois comme chef d'équipe dans un PC sécurité, je me
    reconvertis vers la cybersécurité : j'ai obtenu cette année la certification Security+ et
    suivi une formation d'analyste SOC.

    Je parle couramment français et je suis prêt à m'installer à Bordeaux. Vous trouverez mon CV
    en pièce jointe.

    Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

    Yusuf Brennan-Castaño
    """,
    charset="iso-8859-1", cte="quoted-printable",
    attach=[pdf("CV_Yusuf_Brennan-Castano_FR.pdf", "CV Yusuf Brennan-Castaño", CV_PDF_LINES)],
))

add(dict(
    kind="other", name="ooo_occitel_recruiter", lang="fr",
    contact="camille.rouquette@occitel.example.fr",
    frm=("Camille Rouquette", "camille.rouquette@occitel.example.fr"),
    subject="Réponse automatique : Re: Annulé : Entretien Analyste SOC N1",
    subject_enc=("iso-8859-1", "q"),
    date="2026-03-10 08:15 +0100", reply_of="occ_q", refs=["occ_inv", "occ_cancel", "occ_q"],
    headers=[("Auto-Submitted", "auto-replied")],
    text="""
    Bonjour,

    Je suis absente du bureau jusqu'au lundi 23 mars inclus. Votre message sera traité à mon
    retour. En cas d'urgence, vous pouvez contacter recrutement@occitel.example.fr.

    Cordialement,
    Camille Rouquette
    """,
    charset="iso-8859-1", cte="8bit",
))

add(dict(
    kind="other", name="formation_candidature_non_retenue", lang="fr",
    contact="formations@ipnum.example.fr",
    frm=("Institut Pyrénéen du Numérique", "formations@ipnum.example.fr"),
    subject="Votre candidature à la formation « Analyste SOC » – session d'octobre",
    subject_enc=("utf-8", "b"),
    date="2026-09-18 16:40 +0200",
    text="""
    Bonjour Monsieur Brennan-Castaño,

    Nous vous remercions pour votre candidature à la formation certifiante « Analyste SOC »
    (session d'octobre 2026, Toulouse).

    Après examen des dossiers par le jury pédagogique, nous sommes au regret de vous informer
    que votre candidature n'a pas été retenue pour cette session : les places financées par la
    Région sont réservées aux demandeurs d'emploi inscrits en France.

    Vous pouvez candidater à la session de février 2027 en financement personnel.

    Bien cordialement,
    Le service des admissions
    Institut Pyrénéen du Numérique
    """,
    cte="quoted-printable",
))

add(dict(
    kind="other", name="conseils_entretien_newsletter", lang="fr",
    frm=("Cyber Carrières Mag", "newsletter@cybercarrieres.example.fr"),
    subject="Réussir son entretien d'embauche en cybersécurité : la méthode STAR",
    date="2026-10-07 12:00 +0200",
    headers=[("List-Id", "Cyber Carrieres Mag <newsletter.cybercarrieres.example.fr>"),
             ("List-Unsubscribe", "<https://cybercarrieres.example.fr/desabonnement>"),
             ("Precedence", "bulk")],
    html=digest_html("Cyber Carrières Mag – octobre", """
    Ce mois-ci, nos conseils pour transformer un entretien d'embauche en proposition, et pour
    rebondir après un refus. Bonne lecture !
    """, [
        ("La méthode STAR expliquée avec des exemples de SOC",
         "https://cybercarrieres.example.fr/star-soc",
         "Situation, tâche, action, résultat : comment raconter un incident en 2 minutes."),
        ("« Votre profil n'a pas été retenu » : que faire ensuite ?",
         "https://cybercarrieres.example.fr/apres-un-refus",
         "Demander un retour, ajuster son CV, relancer au bon moment."),
        ("Salaires 2026 des analystes SOC en région",
         "https://cybercarrieres.example.fr/salaires-2026",
         "Toulouse, Bordeaux, Lyon : les fourchettes constatées."),
    ], """
    Vous recevez cette lettre car vous êtes abonné à Cyber Carrières Mag.
    Se désabonner : https://cybercarrieres.example.fr/desabonnement
    """, "#0e7490"),
    html_cte="quoted-printable",
))

# =============================================================================================
# German (6)
# =============================================================================================

ALERT_DE = [
    ("SOC Analyst Level 1 (m/w/d) – SecOps Süd – München",
     "https://jobpilz.example.de/job/991204", "Schichtdienst, Deutsch und Englisch. Bewerbungsgespräche laufend."),
    ("IT-Security Analyst SOC (m/w/d) – Münchner Alpenkredit – München",
     "https://jobpilz.example.de/job/991233", "Bank, Festanstellung, 30 Tage Urlaub."),
    ("Junior Cyber Defense Analyst (m/w/d) – Vigil Labs – München",
     "https://jobpilz.example.de/job/991260", "Englischsprachiges Team, Quereinsteiger willkommen."),
]

add(dict(
    kind="other", name="jobpilz_job_alert_cp1252", lang="de",
    frm=("JobPilz Jobletter", "jobletter@jobpilz.example.de"),
    subject="3 neue Jobs für „SOC Analyst“ in München",
    subject_enc=("utf-8", "b"),
    date="2026-06-08 06:30 +0200",
    headers=[("List-Id", "JobPilz Jobletter <jobletter.jobpilz.example.de>"),
             ("List-Unsubscribe", "<https://jobpilz.example.de/abmelden?t=77c>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    text=digest_text("Ihr JobPilz Jobletter", """
    Hallo Yusuf, hier sind die neuesten Stellenangebote zu Ihrem Suchauftrag. Tipp: Auf
    Absagen folgen oft Einladungen – bleiben Sie dran!
    """, ALERT_DE, """
    Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei JobPilz angelegt haben.
    Abmelden: https://jobpilz.example.de/abmelden?t=77c
    """),
    charset="windows-1252", cte="quoted-printable",
))

add(dict(
    kind="other", name="sent_bewerbung_isarwerk", lang="de", id="isw_app",
    frm=CAND, to=("Isarwerk Stadtwerke Personal", "karriere@isarwerk.example.de"),
    subject="Bewerbung als Junior SOC Analyst (m/w/d) – Yusuf Brennan-Castaño",
    subject_enc=("utf-8", "q"),
    date="2026-04-02 20:31 +0200",
    text="""
    Sehr geehrte Damen und Herren,

    hiermit bewerbe ich mich um die Stelle als Junior SOC Analyst (m/w/d) bei den Isarwerk
    Stadtwerken. Nach acht Jahren im Objektschutz in Bilbao, davon drei als Schichtleiter in
    einer Sicherheitsleitstelle, habe ich mich zum SOC-Analysten weitergebildet und die
    Zertifizierung CompTIA Security+ erworben.

    Meine Deutschkenntnisse liegen auf Niveau B1, und ich besuche derzeit einen B2-Kurs. Ein
    Umzug nach München ist für mich kein Problem.

    Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem persönlichen Gespräch
    freue ich mich sehr.

    Mit freundlichen Grüßen
    Yusuf Brennan-Castaño
    """,
    cte="quoted-printable",
    attach=[pdf("Lebenslauf_Yusuf_Brennan-Castano.pdf", "Lebenslauf", CV_PDF_LINES)],
))

add(dict(
    kind="other", name="abwesenheitsnotiz_isarwerk", lang="de",
    contact="franziska.obermaier@isarwerk.example.de",
    frm=("Franziska Obermaier", "franziska.obermaier@isarwerk.example.de"),
    subject="Abwesenheitsnotiz: Terminverschiebung: Ihr Vorstellungsgespräch am 28. April",
    subject_enc=("iso-8859-1", "q"),
    date="2026-04-21 07:02 +0200", reply_of="isw_move_ok", refs=["isw_inv", "isw_move", "isw_move_ok"],
    headers=[("Auto-Submitted", "auto-replied")],
    text="""
    Vielen Dank für Ihre Nachricht.

    Ich bin bis einschließlich 24. April nicht im Büro und habe keinen Zugriff auf meine
    E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich
    bitte an karriere@isarwerk.example.de.

    Mit freundlichen Grüßen
    Franziska Obermaier
    """,
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    kind="other", name="sprachkurs_kein_platz", lang="de",
    contact="kurse@deutschhaus-bilbao.example.es",
    frm=("Deutschhaus Bilbao – Kursbüro", "kurse@deutschhaus-bilbao.example.es"),
    subject="Ihre Anmeldung zum Kurs B2.1 (Abendkurs)",
    date="2026-09-02 12:20 +0200",
    text="""
    Lieber Herr Brennan-Castaño,

    vielen Dank für Ihre Anmeldung zum Abendkurs B2.1 ab dem 21. September.

    Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen
    keinen Platz anbieten können. Wir haben Sie auf die Warteliste (Platz 3) gesetzt. Als
    Alternative können wir Ihnen den Samstagskurs B2.1 anbieten, in dem noch Plätze frei sind.

    Herzliche Grüße
    Ihr Kursbüro
    Deutschhaus Bilbao
    """,
    charset="windows-1252", cte="8bit",
))

add(dict(
    kind="other", name="karriere_tipps_newsletter", lang="de",
    frm=("Karriere-Kompass", "newsletter@karrierekompass.example.de"),
    subject="Vorstellungsgespräch per Video: 7 Fehler, die Sie vermeiden sollten",
    date="2026-05-06 10:00 +0200",
    headers=[("List-Id", "Karriere-Kompass <newsletter.karrierekompass.example.de>"),
             ("List-Unsubscribe", "<https://karrierekompass.example.de/abmelden>"),
             ("Precedence", "bulk")],
    text="""
    KARRIERE-KOMPASS · Ausgabe Mai

    Vorstellungsgespräch per Video: 7 Fehler, die Sie vermeiden sollten

    1. Technik erst fünf Minuten vorher testen
    2. Ins eigene Bild statt in die Kamera schauen
    3. Unruhiger Hintergrund
    4. Keine Notizen zu Rückfragen an das Unternehmen
    5. Zu spät in den Meeting-Raum kommen – oder gar nicht, weil der Link im Spam landet
    6. Absagen persönlich nehmen: Wer abgelehnt wird, sollte um Feedback bitten
    7. Nach dem Termin keine kurze Dankesnachricht schicken

    Außerdem in dieser Ausgabe: Gehaltsverhandlung für Quereinsteiger.
    Weiterlesen: https://karrierekompass.example.de/mai-2026

    Abmelden: https://karrierekompass.example.de/abmelden
    """,
    cte="8bit",
))

MUC_LANDLORD = ("Brigitte Huber", "brigitte.huber@example.de")
add(dict(
    kind="other", name="wohnungsbesichtigung_verschoben", lang="de",
    contact="brigitte.huber@example.de",
    frm=MUC_LANDLORD,
    subject="Besichtigungstermin Wohnung Sendling – neuer Termin",
    subject_enc=("utf-8", "q"),
    date="2026-10-10 18:25 +0200",
    text="""
    Guten Abend Herr Brennan-Castaño,

    leider muss ich den Besichtigungstermin für die 2-Zimmer-Wohnung in der Plinganserstraße
    am Dienstag absagen, weil der Vormieter erst später auszieht. Können wir die Besichtigung
    auf Samstag, 17. Oktober, um 11:00 Uhr verschieben? Ich habe Ihnen den neuen Termin als
    Einladung angehängt.

    Bitte bringen Sie eine Gehaltsbescheinigung oder Ihren Arbeitsvertrag mit.

    Viele Grüße
    Brigitte Huber
    """,
    cte="quoted-printable",
    attach=[ics("REQUEST", "besichtigung-plinganser-12@example.de", "2026-10-17 11:00",
                "2026-10-17 11:30", "Wohnungsbesichtigung Plinganserstraße", MUC_LANDLORD,
                seq=1, stamp="2026-10-10 16:25", tz="Europe/Berlin",
                location="Plinganserstraße 12, 81369 München")],
))

assert len(MESSAGES) == 52, len(MESSAGES)
