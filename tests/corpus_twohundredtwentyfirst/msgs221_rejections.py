# ruff: noqa
"""Corpus 221, hand-written: the 31 rejections."""

from msgs221_common import (CAND, CAND_ADDR, ats_card, body, forwarded_block, outlook_block,
                            outlook_html, pdf, quote, simple_html, wrote)
from msgs221_other import CR_THANKS, HBL_THANKS

MESSAGES: list[dict] = []
add = MESSAGES.append

# --- Spanish ---------------------------------------------------------------------------------

add(dict(
    kind="rejection", name="centinela_after_no_show", lang="es", id="cen_no",
    company="Centinela Ciberdefensa", contact="lucia.ferrer@centinela.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@centinela.example.es"), frm_enc=("utf-8", "b"),
    subject="Re: Llamada de preselección - Analista SOC L1 (Madrid)",
    date="2026-03-02 17:41 +0100", reply_of="cen_sorry", refs=["cen_inv", "cen_missed", "cen_sorry"],
    text="""
    Hola Yusuf:

    Gracias por tu mensaje y por explicarnos lo que pasó con la llamada. Lo hemos hablado con el
    responsable del turno de noche y, aunque entendemos que fue un imprevisto, hemos cerrado ya
    la ronda de preselección para esta vacante con los perfiles que sí pudimos entrevistar, así
    que no vamos a continuar con tu candidatura en este proceso.

    Te animo a que estés atento a nuestra web: abrimos plazas de L1 un par de veces al año.

    Un saludo,
    Lucía Ferrer
    Talent Acquisition · Centinela Ciberdefensa
    Calle de Orense 14, 28020 Madrid · +34 910 555 318

    El jue, 19 feb 2026 a las 11:02, Yusuf Brennan-Castaño (<yusuf.bc@example.es>) escribió:
    > Hola Lucía, siento muchísimo no haber cogido el teléfono a las 10:00. Salía de un turno
    > de noche y el móvil se quedó sin batería. ¿Habría alguna posibilidad de hacer la llamada
    > otro día esta semana?
    """,
    cte="quoted-printable",
))

add(dict(
    kind="rejection", name="agency_relays_aceros_nervion", lang="es", id="nt_acer_no",
    company="Aceros Nervión", contact="garazi.olabarria@nortetalento.example.es",
    frm=("Garazi Olabarria | Norte Talento", "garazi.olabarria@nortetalento.example.es"),
    subject="Aceros Nervión - respuesta del cliente",
    date="2026-02-10 12:05 +0100", reply_of="nt_acer_missed", refs=["nt_acer_inv", "nt_acer_missed"],
    text="""
    Buenos días Yusuf,

    Te escribo con la respuesta de Aceros Nervión sobre el puesto de técnico de monitorización
    OT. Me han comunicado esta mañana que prefieren a alguien que ya haya trabajado con redes
    industriales (SCADA, Modbus), y por eso han decidido no seguir contigo.

    Ya sé que lo de la semana pasada no ayudó, pero su argumento ha sido sobre todo técnico, no
    quiero que te quedes con otra idea. Tu ficha sigue activa en Norte Talento y en cuanto entre
    algo de SOC más IT que OT te llamo.

    Ánimo,

    Garazi Olabarria
    Consultora de selección IT
    Norte Talento ETT - Alameda Mazarredo 41, 48009 Bilbao
    T. +34 944 555 207
    """,
    cte="8bit",
))

add(dict(
    kind="rejection", name="instituto_foral_prueba_no_superada", lang="es", id="if_no",
    company="Instituto Foral de Ciberseguridad", contact="seleccion@ifcnavarra.example.es",
    frm=("Instituto Foral de Ciberseguridad - Selección", "seleccion@ifcnavarra.example.es"),
    frm_enc=("iso-8859-1", "q"),
    subject="Resolución de la prueba práctica - Convocatoria 04/2026 Técnico/a SOC",
    subject_enc=("iso-8859-1", "q"),
    date="2026-07-03 09:30 +0200", reply_of="if_move", refs=["if_ack", "if_inv", "if_move"],
    text="""
    Estimado Sr. Brennan-Castaño:

    Le comunicamos que el tribunal calificador de la convocatoria 04/2026 (Técnico/a de centro
    de operaciones de seguridad, contratación temporal) ha publicado la relación de aspirantes
    que han superado la prueba práctica celebrada el 15 de junio.

    Lamentamos informarle de que su puntuación (11,25 sobre 30) no alcanza el mínimo de 15
    puntos exigido en la base séptima, por lo que no continúa en el proceso selectivo.

    Contra esta resolución podrá presentar reclamación ante el tribunal en el plazo de diez días
    hábiles. Adjuntamos el acta con las puntuaciones provisionales.

    Atentamente,

    Unidad de Selección
    Instituto Foral de Ciberseguridad
    Avenida de Carlos III 22, 31002 Pamplona-Iruña · Tel. 948 555 610

    ----
    Este mensaje y sus anexos se dirigen exclusivamente a su destinatario. Sus datos personales
    se tratan conforme al Reglamento (UE) 2016/679 con la finalidad de gestionar la convocatoria.
    """,
    charset="iso-8859-1", cte="quoted-printable",
    attach=[pdf("acta_prueba_practica_04-2026.pdf", "Acta prueba practica 04/2026",
                ["Instituto Foral de Ciberseguridad", "Convocatoria 04/2026 - Tecnico/a SOC",
                 "Acta de la prueba practica (15/06/2026)", "",
                 "Aspirante 0117  BRENNAN-CASTAÑO, Y.   11,25   No apto/a",
                 "Minimo exigido: 15,00 puntos",
                 "Plazo de reclamacion: 10 dias habiles"])],
))

add(dict(
    kind="rejection", name="banco_meseta_workday_formal", lang="es", id="bm_no",
    company="Banco Meseta", contact="",
    frm=("Banco Meseta", "bancomeseta@myworkday.com"),
    to=CAND_ADDR,
    subject="Tu candidatura a Analista de Ciberseguridad Junior (R-20418)",
    date="2026-03-23 06:12 -0700",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    text="""
    Hola Yusuf,

    Te agradecemos el interés mostrado en Banco Meseta y el tiempo que has dedicado a tu
    candidatura para el puesto Analista de Ciberseguridad Junior (R-20418).

    Tras revisar con detalle todas las solicitudes recibidas, lamentamos comunicarte que en esta
    ocasión tu candidatura no ha sido seleccionada para avanzar a la siguiente fase.

    Conservaremos tus datos en nuestra base de talento durante 12 meses por si surgiera una
    posición acorde a tu perfil. Puedes consultar otras vacantes en nuestro portal de empleo.

    Atentamente,
    Equipo de Selección de Banco Meseta

    Este correo se ha generado automáticamente; por favor, no respondas a esta dirección.
    """,
    html=ats_card("""
    Hola Yusuf,

    Te agradecemos el interés mostrado en Banco Meseta y el tiempo que has dedicado a tu
    candidatura para el puesto Analista de Ciberseguridad Junior (R-20418).

    Tras revisar con detalle todas las solicitudes recibidas, lamentamos comunicarte que en esta
    ocasión tu candidatura no ha sido seleccionada para avanzar a la siguiente fase.

    Conservaremos tus datos en nuestra base de talento durante 12 meses por si surgiera una
    posición acorde a tu perfil. Puedes consultar otras vacantes en nuestro portal de empleo.

    Atentamente,
    Equipo de Selección de Banco Meseta
    """, "Banco Meseta · Empleo", "#7a1f2b",
        footer="Este correo se ha generado automáticamente; por favor, no respondas a esta dirección.",
        button=("Ver vacantes", "https://bancomeseta.wd3.myworkday.com/es-ES/Empleo")),
    cte="quoted-printable",
))

add(dict(
    kind="rejection", name="kantauri_closer_profiles", lang="es", id="kan_no",
    company="Kantauri Sistemas", contact="ander.goikoetxea@kantauri.example.es",
    frm=("Ander Goikoetxea", "ander.goikoetxea@kantauri.example.es"),
    subject="Proceso analista SOC - Kantauri",
    date="2026-06-04 13:20 +0200", reply_of="kan_missed", refs=["kan_inv", "kan_missed"],
    text="""
    Kaixo Yusuf,

    Al final pudimos hablar el lunes y te agradezco mucho la franqueza sobre tu transición desde
    la vigilancia. Hemos terminado las entrevistas de esta posición y vamos a avanzar con otras
    personas cuya trayectoria se ajusta más a lo que necesita el equipo ahora mismo: gente que
    ya ha trabajado con un SIEM en producción.

    No lo tomes como un no definitivo a Kantauri. Cuando tengas la certificación de Blue Team que
    comentaste, escríbeme directamente.

    Ondo izan,
    Ander Goikoetxea
    SOC Lead · Kantauri Sistemas
    Paseo de Miramón 170, 20014 Donostia / San Sebastián
    +34 943 555 882
    """,
    html=simple_html("""
    Kaixo Yusuf,

    Al final pudimos hablar el lunes y te agradezco mucho la franqueza sobre tu transición desde
    la vigilancia. Hemos terminado las entrevistas de esta posición y vamos a avanzar con otras
    personas cuya trayectoria se ajusta más a lo que necesita el equipo ahora mismo: gente que
    ya ha trabajado con un SIEM en producción.

    No lo tomes como un no definitivo a Kantauri. Cuando tengas la certificación de Blue Team que
    comentaste, escríbeme directamente.

    Ondo izan,
    Ander Goikoetxea
    SOC Lead · Kantauri Sistemas
    Paseo de Miramón 170, 20014 Donostia / San Sebastián
    +34 943 555 882
    """),
    cte="base64",
))

add(dict(
    kind="rejection", name="bidasoa_role_on_hold", lang="es", id="bid_no",
    company="Bidasoa Energía", contact="maite.arrieta@bidasoaenergia.example.es",
    frm=("Maite Arrieta", "maite.arrieta@bidasoaenergia.example.es"),
    subject="Vacante Analista de Seguridad OT/IT - situación del proceso",
    date="2026-04-08 10:02 +0200", reply_of="bid_move", refs=["bid_ack", "bid_inv", "bid_move"],
    text="""
    Hola Yusuf,

    Quería contarte personalmente cómo queda el proceso. La dirección ha congelado la
    incorporación de la vacante de Analista de Seguridad OT/IT hasta que se apruebe el
    presupuesto del segundo semestre, y eso hace que no vayamos a seguir adelante con ninguna
    de las candidaturas que estaban en la fase final, incluida la tuya.

    Siento que sea después de la jornada en la subestación; tu actitud allí gustó mucho.
    Si la posición se reabre será como un proceso nuevo y publicado.

    Un abrazo,

    Maite Arrieta Zabala
    Personas y Organización | Bidasoa Energía
    Avenida de Navarra 9, 20301 Irun · 943 555 420
    """,
    cte="8bit",
))

add(dict(
    kind="rejection", name="telcantabrico_terse", lang="es", id="tel_no",
    company="Telcantábrico", contact="ruben.saiz@telcantabrico.example.es",
    frm=("Rubén Saiz", "ruben.saiz@telcantabrico.example.es"), frm_enc=("iso-8859-1", "b"),
    subject="Re: Vídeollamada NOC/SOC", subject_enc=("utf-8", "b"),
    date="2026-07-20 19:48 +0200", reply_of="tel_missed", refs=["tel_inv", "tel_missed"],
    text="""
    Yusuf, no seguimos contigo para el puesto. Gracias por el interés.

    Rubén

    Enviado desde mi móvil
    """,
    cte="8bit",
))

CR_NO_NEW = """
    Hola Yusuf:

    Muchas gracias por tu correo y por el tono tan cercano; a Javier también le gustó la
    conversación. Aun así, te tengo que dar una respuesta que no es la que esperabas: el comité
    ha elegido a otra persona para la plaza de analista SOC N1, con experiencia previa en
    prevención de fraude.

    Me consta que el caso práctico lo resolviste con criterio. Guardamos tu candidatura para
    futuras necesidades del área de Seguridad.

    Un saludo cordial,

    Nerea Etxarri Lizarraga
    Selección y Desarrollo · Caja Ribera
    Plaza del Castillo 8, 31001 Pamplona · Tel. 948 555 190

    AVISO LEGAL: La información contenida en este mensaje es confidencial y está dirigida
    exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique
    al remitente y lo elimine. Caja Ribera, Sociedad Cooperativa de Crédito.
    """

add(dict(
    kind="rejection", name="caja_ribera_after_thanks", lang="es", id="cr_no",
    company="Caja Ribera", contact="nerea.etxarri@cajaribera.example.es",
    frm=("Nerea Etxarri", "nerea.etxarri@cajaribera.example.es"),
    to=CAND, to_enc=("iso-8859-1", "q"),
    subject="RE: Gracias por la entrevista - Analista SOC N1",
    date="2026-07-08 16:33 +0200", reply_of="cr_thanks", refs=["cr_inv", "cr_thanks"],
    text=body(CR_NO_NEW) + "\n" + outlook_block(
        "es", "Yusuf Brennan-Castaño <yusuf.bc@example.es>", "viernes, 26 de junio de 2026 9:12",
        "Nerea Etxarri <nerea.etxarri@cajaribera.example.es>",
        "Gracias por la entrevista - Analista SOC N1") + "\n" + CR_THANKS,
    html=outlook_html(body(CR_NO_NEW) + "\n" + outlook_block(
        "es", "Yusuf Brennan-Castaño <yusuf.bc@example.es>", "viernes, 26 de junio de 2026 9:12",
        "Nerea Etxarri <nerea.etxarri@cajaribera.example.es>",
        "Gracias por la entrevista - Analista SOC N1") + "\n" + CR_THANKS),
    charset="windows-1252", cte="quoted-printable",
))

add(dict(
    kind="rejection", name="headhunter_unnamed_client", lang="es", id="ol_no",
    company="Ortuzar & Lasa", contact="inigo.ortuzar@ortuzarlasa.example.es",
    frm=("Íñigo Ortuzar", "inigo.ortuzar@ortuzarlasa.example.es"),
    subject="Búsqueda Analista Threat Hunting junior (confidencial)",
    date="2026-09-14 08:55 +0200",
    text="""
    Buenos días, Yusuf:

    Cierro el círculo contigo sobre la búsqueda confidencial de la que te hablé en agosto (la
    aseguradora con sede en Madrid). Presentamos tu perfil junto a otros cuatro y mi cliente ha
    optado por finalistas con más años en análisis de logs, así que tu candidatura no pasa a la
    terna final.

    Sé que te hacía ilusión. Sigo contando contigo para los procesos que tengo en el norte.

    Un saludo,

    Íñigo Ortuzar
    Socio · Ortuzar & Lasa Executive Search
    Gran Vía 19, 5º, 48001 Bilbao · +34 944 555 961
    www.ortuzarlasa.example.es
    """,
    cte="quoted-printable",
))

add(dict(
    kind="rejection", name="urbide_filled_internally", lang="es", id="urb_no",
    company="Urbide Aguas", contact="",
    frm=("Urbide Aguas - Empleo", "urbideaguas-noreply@successfactors.eu"),
    to=CAND_ADDR,
    subject="Actualización de tu solicitud: Técnico/a de Ciberseguridad (Req. 5531)",
    date="2026-05-26 07:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Estimado/a Yusuf Brennan-Castaño,

    Queremos informarte de que la vacante Técnico/a de Ciberseguridad (Req. 5531) se ha cubierto
    mediante promoción interna de una persona de nuestra plantilla. Por este motivo el proceso
    externo queda cerrado y tu solicitud no seguirá adelante.

    Gracias por haber pensado en Urbide Aguas.

    Recursos Humanos
    Urbide Aguas · Ribera de Deusto 60, 48014 Bilbao
    """,
    html=ats_card("""
    Estimado/a Yusuf Brennan-Castaño,

    Queremos informarte de que la vacante Técnico/a de Ciberseguridad (Req. 5531) se ha cubierto
    mediante promoción interna de una persona de nuestra plantilla. Por este motivo el proceso
    externo queda cerrado y tu solicitud no seguirá adelante.

    Gracias por haber pensado en Urbide Aguas.

    Recursos Humanos
    Urbide Aguas · Ribera de Deusto 60, 48014 Bilbao
    """, "Urbide Aguas", "#005f8f"),
    cte="base64",
))

add(dict(
    kind="rejection", name="ciberguard_casual_colleague", lang="es", id="cg_no",
    company="Ciberguard Iberia", contact="dani.morcillo@ciberguard.example.es",
    frm=("Dani Morcillo", "dani.morcillo@ciberguard.example.es"),
    subject="lo del puesto",
    date="2026-04-02 21:14 +0200", reply_of="cg_move", refs=["cg_inv", "cg_move"],
    text="""
    Ey Yusuf,

    Te escribo yo antes de que te llegue lo formal de RRHH, que me parece más de personas. Al
    final no va a poder ser: la plaza se la han dado a un chaval que venía de prácticas con
    nosotros y ya conocía las herramientas. Yo te habría metido, que conste.

    Sigue con el TryHackMe y los write-ups que me enseñaste, que se nota que vas en serio. Si
    quieres te paso un par de contactos de otros SOC de Madrid.

    Un abrazo,
    Dani
    """,
))

add(dict(
    kind="rejection", name="nafarroa_role_cancelled", lang="es", id="naf_no",
    company="Nafarroa Telecom", contact="rrhh@nafarroatelecom.example.es",
    frm=("RRHH Nafarroa Telecom", "rrhh@nafarroatelecom.example.es"),
    subject="Cancelación del proceso «Operador/a SOC 24x7»",
    subject_enc=("utf-8", "q"),
    date="2026-10-06 11:45 +0200", reply_of="naf_ack",
    text="""
    Estimado Yusuf:

    Te escribimos en relación con tu candidatura al puesto «Operador/a SOC 24x7» en Pamplona.

    Tras la reorganización anunciada la semana pasada, Nafarroa Telecom ha externalizado el
    servicio de monitorización de seguridad a un proveedor y la posición deja de existir. Por
    ello damos por cancelado el proceso sin cubrir la vacante, y tu candidatura queda cerrada.

    Lamentamos las molestias que esto te pueda ocasionar y te agradecemos la paciencia durante
    estas semanas.

    Departamento de Recursos Humanos
    Nafarroa Telecom – Polígono Talluntxe II, calle M 12, 31110 Noáin
    """,
    charset="windows-1252", cte="8bit",
))

add(dict(
    kind="rejection", name="ett_relays_unnamed_client", lang="es", id="zel_no",
    company="Zeltia Temporal", contact="sonia.prieto@zeltiatemporal.example.es",
    frm=("Sonia Prieto", "sonia.prieto@zeltiatemporal.example.es"),
    subject="Respuesta de la empresa - puesto operador de ciberseguridad",
    date="2026-07-21 14:10 +0200", reply_of="zel_inv", refs=["zel_reg", "zel_inv"],
    text="""
    Hola Yusuf,

    Ya tengo noticias de la empresa usuaria para la que te presentamos (la de servicios
    gestionados de Barakaldo). Te resumo lo que me dicen: valoran mucho tu experiencia en
    control de accesos, pero para este contrato de puesta a disposición necesitan a alguien
    disponible ya en turno de noche y con inglés fluido, y han descartado tu perfil.

    Por nuestra parte sigues en la bolsa de Zeltia y te tendremos en cuenta.

    Saludos,
    Sonia Prieto
    Técnica de selección · Zeltia Temporal ETT
    Calle Elcano 12, 48008 Bilbao · 944 555 733
    """,
    html=simple_html("""
    Hola Yusuf,

    Ya tengo noticias de la empresa usuaria para la que te presentamos (la de servicios
    gestionados de Barakaldo). Te resumo lo que me dicen: valoran mucho tu experiencia en
    control de accesos, pero para este contrato de puesta a disposición necesitan a alguien
    disponible ya en turno de noche y con inglés fluido, y han descartado tu perfil.

    Por nuestra parte sigues en la bolsa de Zeltia y te tendremos en cuenta.

    Saludos,
    Sonia Prieto
    Técnica de selección · Zeltia Temporal ETT
    Calle Elcano 12, 48008 Bilbao · 944 555 733
    """),
    cte="quoted-printable",
))

MUTUA_FWD = forwarded_block(
    "es", "Koldo Uriarte <koldo.uriarte@mutuaarratia.example.es>", "lun, 18 may 2026, 18:02",
    "Candidatos analista SOC - decisión", "Edurne Bilbao <edurne.bilbao@mutuaarratia.example.es>")

add(dict(
    kind="rejection", name="mutua_forwarded_manager_decision", lang="es",
    company="Mutua Arratia", contact="edurne.bilbao@mutuaarratia.example.es",
    frm=("Edurne Bilbao", "edurne.bilbao@mutuaarratia.example.es"),
    subject="Fwd: Candidatos analista SOC - decisión",
    date="2026-05-19 09:26 +0200",
    text=body("""
    Hola Yusuf,

    Te reenvío, con su permiso, lo que me escribió ayer Koldo, el responsable de Seguridad,
    porque creo que el comentario te puede servir. La conclusión es que no vamos a seguir con tu
    candidatura para esta plaza. Gracias de verdad por tu tiempo en las dos entrevistas.

    Un saludo,
    Edurne Bilbao
    Selección · Mutua Arratia
    Calle Lehendakari Leizaola 25, 48011 Bilbao
    """) + "\n" + MUTUA_FWD + "\n" + body("""
    Edurne, de los tres finalistas me quedo con Maialen: conoce Sentinel y puede empezar en
    junio. Yusuf me pareció muy sólido en procedimientos y gestión de incidentes físicos, pero
    le falta base técnica de redes para lo que necesitamos ya. Dale las gracias de mi parte y,
    si le sirve, recomiéndale el curso de redes del que hablamos en la entrevista.

    Koldo
    """),
    cte="8bit",
))

add(dict(
    kind="rejection", name="agencia_madrilena_html_only", lang="es",
    company="Agencia Madrileña de Servicios Digitales", contact="",
    frm=("Agencia Madrileña de Servicios Digitales", "notificaciones-noreply@amsd.example.es"),
    to=CAND_ADDR,
    subject="Notificación: lista definitiva de personas seleccionadas (Ref. AMSD-SOC-26)",
    date="2026-10-14 08:00 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    html="""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Notificación AMSD</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#1b1b1b">
<table width="640" cellpadding="0" cellspacing="0" align="center">
<tr><td style="border-bottom:3px solid #c8102e;padding:12px 0"><strong>Agencia Madrileña de
Servicios Digitales</strong><br>Área de Personal</td></tr>
<tr><td style="padding:18px 0">
<p>Sr./Sra. BRENNAN-CASTAÑO, YUSUF</p>
<p>En relación con el procedimiento de selección de personal laboral temporal
<strong>AMSD-SOC-26</strong> (Analista de Centro de Operaciones de Ciberseguridad), se le
notifica que con fecha 13 de octubre de 2026 se ha publicado la lista definitiva de personas
seleccionadas.</p>
<p>Una vez valorados los méritos, usted <strong>no figura entre las personas seleccionadas</strong>
para las dos plazas convocadas. Su solicitud queda en la bolsa de reserva con el número de
orden 14, sin que ello suponga derecho a contratación.</p>
<p>Puede consultar la resolución completa en la sede electrónica:
<a href="https://sede.amsd.example.es/procesos/AMSD-SOC-26">sede.amsd.example.es</a></p>
<p>Este aviso se emite de forma automática. No responda a este correo.</p>
</td></tr></table>
</body></html>
""",
    html_cte="base64",
))

GDC_NEW = """
    Hola Yusuf,

    Gracias por escribir para preguntar, y perdona que no te hayamos dicho nada antes. Con la
    entrevista por Teams ya hecha, hemos cerrado el proceso y lo hemos resuelto a favor de un
    candidato interno del equipo de sistemas, que conoce ya nuestro CPD. Así que, en esta
    ocasión, no vamos a poder contar contigo.

    Me quedo con tu perfil para la ampliación del turno de fin de semana prevista en 2027.

    Un saludo,
    Oihane Lasa
    Responsable de Personas
    Gipuzkoa Datacenter · Parque Tecnológico de Miramón, 20014 Donostia
    Tel. +34 943 555 774
    """

GDC_PREV = """
    Hola Oihane:

    Hace tres semanas tuvimos la entrevista por Teams para el puesto de operador de seguridad
    del CPD y quería saber si hay novedades sobre el proceso.

    Gracias y un saludo,
    Yusuf
    """

GDC_ORIG = """
    Hola Yusuf,

    Te confirmo el cambio: la entrevista pasa al lunes 31 de agosto a las 12:30 por Teams, con
    el mismo enlace. Nos vemos allí.

    Oihane
    """

add(dict(
    kind="rejection", name="gipuzkoa_dc_reply_chain", lang="es", id="gdc_no",
    company="Gipuzkoa Datacenter", contact="oihane.lasa@gipuzkoadc.example.es",
    frm=("Oihane Lasa", "oihane.lasa@gipuzkoadc.example.es"),
    to=CAND, to_enc=("iso-8859-1", "b"),
    subject="RE: Entrevista operador de seguridad CPD",
    date="2026-09-22 12:18 +0200", reply_of="gdc_ask", refs=["gdc_inv", "gdc_move", "gdc_ask"],
    text=body(GDC_NEW) + "\n" + outlook_block(
        "es", "Yusuf Brennan-Castaño <yusuf.bc@example.es>", "martes, 22 de septiembre de 2026 8:40",
        "Oihane Lasa <oihane.lasa@gipuzkoadc.example.es>",
        "RE: Entrevista operador de seguridad CPD") + "\n" + body(GDC_PREV) + "\n"
        + outlook_block("es", "Oihane Lasa <oihane.lasa@gipuzkoadc.example.es>",
                        "lunes, 24 de agosto de 2026 17:05",
                        "Yusuf Brennan-Castaño <yusuf.bc@example.es>",
                        "Entrevista operador de seguridad CPD") + "\n" + body(GDC_ORIG),
    charset="iso-8859-1", cte="8bit",
))

add(dict(
    kind="rejection", name="seguridad_abra_tech_test", lang="es", id="sa_no",
    company="Seguridad Abra", contact="asier.barrenetxea@seguridadabra.example.es",
    frm=("Asier Barrenetxea", "asier.barrenetxea@seguridadabra.example.es"),
    subject="Resultado prueba técnica - Analista N1",
    date="2026-09-29 15:37 +0200", reply_of="sa_inv",
    text="""
    Hola Yusuf:

    Ya hemos corregido la prueba técnica del martes. Te doy el detalle porque lo pediste: la
    parte de análisis de cabeceras de correo estuvo muy bien, pero en la investigación del
    volcado de red no llegaste a identificar el movimiento lateral, y ese es el núcleo del
    trabajo en nuestro N1. Con ese resultado no podemos pasarte a la entrevista final.

    Si en unos meses quieres repetir la prueba, cuenta con ello.

    Un saludo,

    Asier Barrenetxea
    Jefe de Servicio SOC · Seguridad Abra
    Muelle de Tomás Olabarri 4, 48930 Getxo
    Tel. 944 555 118 · www.seguridadabra.example.es
    """,
    charset="iso-8859-1", cte="quoted-printable",
))

# --- English ---------------------------------------------------------------------------------

HBL_NO_NEW = """
    Hi Yusuf,

    Thanks so much for your kind note after the interview. Ronan and I both enjoyed the
    conversation, and your patrol analogy came up again in our debrief.

    I'm sorry to say we won't be taking your application further for the Tier 1 SOC Analyst
    role. We had a very strong final group and went with someone who has already worked shifts
    in a 24/7 SOC.

    I'd genuinely encourage you to apply again when we open the spring intake.

    All the best,
    Niamh
    """

add(dict(
    kind="rejection", name="harbourline_after_thanks", lang="en", id="hbl_no",
    company="Harbourline Security", contact="niamh.kavanagh@harbourline.example.ie",
    frm=("Niamh Kavanagh via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Niamh Kavanagh", "niamh.kavanagh@harbourline.example.ie"),
    subject="Re: Thank you - Tier 1 SOC Analyst",
    date="2026-02-16 15:22 +0000", reply_of="hbl_thanks", refs=["hbl_inv", "hbl_move", "hbl_thanks"],
    text=body(HBL_NO_NEW) + "\n"
        + wrote("en", "Thu, 5 Feb 2026 at 08:47", "Yusuf Brennan-Castaño", CAND_ADDR) + "\n"
        + quote(HBL_THANKS),
    html=simple_html(body(HBL_NO_NEW) + "\n"
        + wrote("en", "Thu, 5 Feb 2026 at 08:47", "Yusuf Brennan-Castaño", CAND_ADDR) + "\n\n"
        + quote(HBL_THANKS), "en"),
    cte="quoted-printable",
))

add(dict(
    kind="rejection", name="liffey_mutual_workday", lang="en", id="lm_no",
    company="Liffey Mutual", contact="",
    frm=("Liffey Mutual Careers", "liffeymutual@myworkday.com"),
    to=CAND_ADDR,
    subject="Your application for Security Operations Analyst (JR-7712)",
    date="2026-04-15 04:31 -0700",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Dear Yusuf,

    Thank you for your interest in the Security Operations Analyst position (JR-7712) at Liffey
    Mutual and for the time you gave us during the process.

    We have now completed our assessment and regret to inform you that your application has been
    unsuccessful on this occasion.

    We wish you every success in your career.

    Kind regards,
    Talent Acquisition, Liffey Mutual

    Liffey Mutual Assurance DAC is regulated by the Central Bank of Ireland. This e-mail and any
    attachments are confidential and intended solely for the addressee.
    """,
    html=ats_card("""
    Dear Yusuf,

    Thank you for your interest in the Security Operations Analyst position (JR-7712) at Liffey
    Mutual and for the time you gave us during the process.

    We have now completed our assessment and regret to inform you that your application has been
    unsuccessful on this occasion.

    We wish you every success in your career.

    Kind regards,
    Talent Acquisition, Liffey Mutual
    """, "Liffey Mutual", "#00594f",
        footer="""
    Liffey Mutual Assurance DAC is regulated by the Central Bank of Ireland. This e-mail and any
    attachments are confidential and intended solely for the addressee.
    """),
))

add(dict(
    kind="rejection", name="corrib_more_closely_matches", lang="en", id="cor_no",
    company="Corrib Telecom", contact="aoife.gallagher@corribtelecom.example.ie",
    frm=("Aoife Gallagher", "aoife.gallagher@corribtelecom.example.ie"),
    subject="Corrib Telecom - Junior Security Analyst",
    date="2026-08-28 10:10 +0100", reply_of="cor_missed", refs=["cor_inv", "cor_missed"],
    text="""
    Hello Yusuf,

    Thank you for making the time for our rearranged call last week.

    After reviewing all applicants for the Junior Security Analyst role, we have decided to move
    forward with candidates whose experience more closely matches the requirements of the
    position, in particular hands-on exposure to network monitoring in a telecoms environment.

    We appreciate your interest in Corrib Telecom and hope you'll consider us in the future.

    Regards,
    Aoife Gallagher
    Talent Partner | Corrib Telecom
    Mayor Street Lower, IFSC, Dublin 1, D01 K6W2
    +353 1 555 0144
    """,
    cte="7bit",
))

add(dict(
    kind="rejection", name="grafton_relays_emerald_grid", lang="en", id="gr_eg_no",
    company="Emerald Grid", contact="conor.whelan@graftontalent.example.ie",
    frm=("Conor Whelan", "conor.whelan@graftontalent.example.ie"),
    subject="Emerald Grid feedback",
    date="2026-05-29 16:58 +0100", reply_of="gr_eg_inv", refs=["gr_reg", "gr_eg_inv"],
    text="""
    Hi Yusuf,

    Just off the phone with the hiring manager at Emerald Grid. Straight to it: they're not
    progressing you to the second stage. Their words were that you interviewed well and clearly
    understand incident handling, but they need someone who can already write detection rules
    for their OT estate from day one.

    I know that's frustrating after the effort you put into preparing. Let's have a quick call
    next week and I'll walk you through two other briefs that I think suit you better.

    Cheers,
    Conor

    Conor Whelan | Senior Consultant, Cyber & Infrastructure
    Grafton Talent | 22 Fitzwilliam Place, Dublin 2 | +353 1 555 0390
    """,
    html=outlook_html("""
    Hi Yusuf,

    Just off the phone with the hiring manager at Emerald Grid. Straight to it: they're not
    progressing you to the second stage. Their words were that you interviewed well and clearly
    understand incident handling, but they need someone who can already write detection rules
    for their OT estate from day one.

    I know that's frustrating after the effort you put into preparing. Let's have a quick call
    next week and I'll walk you through two other briefs that I think suit you better.

    Cheers,
    Conor

    Conor Whelan | Senior Consultant, Cyber & Infrastructure
    Grafton Talent | 22 Fitzwilliam Place, Dublin 2 | +353 1 555 0390
    """, "EN-IE"),
))

add(dict(
    kind="rejection", name="quayside_lever_terse", lang="en", id="qc_no",
    company="Quayside Cyber", contact="",
    frm=("Quayside Cyber", "no-reply@hire.lever.co"),
    subject="Quayside Cyber - SOC Analyst (Graduate/Career Changer)",
    date="2026-06-30 13:03 +0000", reply_of="qc_missed", refs=["qc_inv", "qc_missed"],
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Hi Yusuf,

    Thanks for applying to Quayside Cyber. We're not moving ahead with your application.

    Quayside Cyber Talent Team
    """,
    html=ats_card("""
    Hi Yusuf,

    Thanks for applying to Quayside Cyber. We're not moving ahead with your application.

    Quayside Cyber Talent Team
    """, "Quayside Cyber", "#111827", footer="Sent via Lever"),
))

add(dict(
    kind="rejection", name="portlight_casual", lang="en", id="pl_no",
    company="Portlight Networks", contact="fionn.doyle@portlight.example.ie",
    frm=("Fionn Doyle", "fionn.doyle@portlight.example.ie"),
    subject="assessment day - my two cents",
    date="2026-10-02 18:40 +0100", reply_of="pl_move", refs=["pl_inv", "pl_move"],
    text="""
    Hey Yusuf —

    Wanted to give you a heads-up myself rather than have you wait on the official email. The
    panel picked two people from the assessment day and you weren't one of them, sorry man. You
    were honestly close: the tabletop exercise was one of the best, the log-hunting lab is what
    cost you.

    Keep at the Splunk fundamentals and ping me in the new year. Happy to grab a coffee if you're
    ever in Dublin again.

    Fionn
    (SOC shift lead, Portlight)
    """,
))

add(dict(
    kind="rejection", name="anna_livia_on_hold", lang="en", id="al_no",
    company="Anna Livia Insurance", contact="talent@annalivia.example.ie",
    frm=("Anna Livia Insurance Talent", "talent@annalivia.example.ie"),
    subject="Update on Cyber Defence Analyst - requisition 2026-0457",
    date="2026-10-12 09:05 +0100", reply_of="al_ack",
    text="""
    Dear Yusuf,

    I am writing with an update on the Cyber Defence Analyst vacancy you applied for in
    September.

    Following a review of our 2027 operating plan, the role has been put on hold and we will not
    proceed with recruitment for it at this time. All open applications, including yours, have
    therefore been closed.

    We are sorry for any disappointment this causes. Should the role be re-opened, it will be
    advertised on our careers site.

    Yours sincerely,

    Gráinne Nolan
    Talent Acquisition Lead
    Anna Livia Insurance, 1 Grand Canal Square, Dublin 2
    """,
    html=outlook_html("""
    Dear Yusuf,

    I am writing with an update on the Cyber Defence Analyst vacancy you applied for in
    September.

    Following a review of our 2027 operating plan, the role has been put on hold and we will not
    proceed with recruitment for it at this time. All open applications, including yours, have
    therefore been closed.

    We are sorry for any disappointment this causes. Should the role be re-opened, it will be
    advertised on our careers site.

    Yours sincerely,

    Gráinne Nolan
    Talent Acquisition Lead
    Anna Livia Insurance, 1 Grand Canal Square, Dublin 2
    """, "EN-IE"),
    cte="quoted-printable",
))

add(dict(
    kind="rejection", name="vigil_labs_after_first_round", lang="en", id="vl_no",
    company="Vigil Labs", contact="lena.hartmann@vigillabs.example.de",
    frm=("Vigil Labs", "no-reply@ashbyhq.com"),
    reply_to=("Lena Hartmann", "lena.hartmann@vigillabs.example.de"),
    subject="Your Vigil Labs application - SOC Analyst (Munich)",
    date="2026-08-12 11:14 +0200", reply_of="vl_cancel", refs=["vl_ack", "vl_inv", "vl_cancel"],
    text="""
    Hi Yusuf,

    Thank you for your patience since we had to call off the panel in July. We have now
    reviewed the remaining pipeline against the reduced headcount for the Munich SOC, and I'm
    afraid we have to let you know that we won't be offering you a place in the next round.

    Your first-round notes were positive about your composure under pressure; the gap the team
    saw was scripting (Python or PowerShell) for automating triage. If that's useful, I'm
    happy to share the reading list our juniors get.

    Best,
    Lena Hartmann
    Talent Partner, Vigil Labs · Leopoldstraße 31, 80802 München
    """,
    html=ats_card("""
    Hi Yusuf,

    Thank you for your patience since we had to call off the panel in July. We have now
    reviewed the remaining pipeline against the reduced headcount for the Munich SOC, and I'm
    afraid we have to let you know that we won't be offering you a place in the next round.

    Your first-round notes were positive about your composure under pressure; the gap the team
    saw was scripting (Python or PowerShell) for automating triage. If that's useful, I'm
    happy to share the reading list our juniors get.

    Best,
    Lena Hartmann
    Talent Partner, Vigil Labs · Leopoldstraße 31, 80802 München
    """, "Vigil Labs", "#4338ca", footer="Powered by Ashby"),
    cte="base64",
))

# --- French ----------------------------------------------------------------------------------

OCC_Q = """
    Bonjour Camille,

    Merci pour votre message. Avez-vous une idée de la date à laquelle l'entretien avec l'équipe
    pourra être reprogrammé ?

    Bien cordialement,
    Yusuf Brennan-Castaño
    """

add(dict(
    kind="rejection", name="occitel_filled_internally", lang="fr", id="occ_no",
    company="Occitel", contact="camille.rouquette@occitel.example.fr",
    frm=("Camille Rouquette", "camille.rouquette@occitel.example.fr"),
    subject="RE: Entretien Analyste SOC N1 - report",
    date="2026-03-30 14:25 +0200", reply_of="occ_q", refs=["occ_inv", "occ_cancel", "occ_q"],
    text=body("""
    Bonjour Yusuf,

    Je reviens vers vous comme promis. Pendant la suspension des entretiens, le poste d'analyste
    SOC N1 a finalement été pourvu par une collaboratrice de notre centre de supervision réseau,
    qui a demandé une mobilité interne. Nous ne rouvrirons donc pas le recrutement externe et je
    ne pourrai pas vous proposer de nouvelle date.

    Je suis désolée de cette issue et vous remercie pour votre patience.

    Bien cordialement,

    Camille Rouquette
    Chargée de recrutement – Occitel
    12 allée Émile Monso, 31200 Toulouse · 05 55 55 41 27
    """) + "\n" + wrote("fr", "mar. 10 mars 2026 à 08:15", "Yusuf Brennan-Castaño", CAND_ADDR)
        + "\n" + quote(OCC_Q),
    charset="windows-1252", cte="quoted-printable",
))

add(dict(
    kind="rejection", name="pyrene_formal_letter", lang="fr", id="pyr_no",
    company="Pyrène Sécurité Informatique", contact="recrutement@pyrene-si.example.fr",
    frm=("Pyrène Sécurité Informatique", "recrutement@pyrene-si.example.fr"),
    frm_enc=("iso-8859-1", "q"),
    subject="Votre candidature : analyste cybersécurité junior", subject_enc=("iso-8859-1", "q"),
    date="2026-03-05 10:48 +0100", reply_of="pyr_ack",
    text="""
    Monsieur,

    Nous avons bien étudié votre dossier de candidature au poste d'analyste cybersécurité junior
    au sein de notre SOC toulousain, et nous vous remercions de l'intérêt que vous portez à
    Pyrène Sécurité Informatique.

    Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à
    votre candidature : le niveau de français écrit attendu pour la rédaction des rapports
    clients nous a conduits à privilégier d'autres profils.

    Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

    Service Ressources Humaines
    Pyrène Sécurité Informatique – 8 rue des Pêches, 31100 Toulouse
    """,
    html=outlook_html("""
    Monsieur,

    Nous avons bien étudié votre dossier de candidature au poste d'analyste cybersécurité junior
    au sein de notre SOC toulousain, et nous vous remercions de l'intérêt que vous portez à
    Pyrène Sécurité Informatique.

    Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à
    votre candidature : le niveau de français écrit attendu pour la rédaction des rapports
    clients nous a conduits à privilégier d'autres profils.

    Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

    Service Ressources Humaines
    Pyrène Sécurité Informatique – 8 rue des Pêches, 31100 Toulouse
    """, "FR"),
    charset="windows-1252", cte="quoted-printable",
))

add(dict(
    kind="rejection", name="aquitaine_relays_banque_girondine", lang="fr", id="aq_no",
    company="Banque Girondine", contact="julien.lacoste@aquitaine-interim.example.fr",
    frm=("Julien Lacoste", "julien.lacoste@aquitaine-interim.example.fr"),
    subject="Retour de la Banque Girondine",
    date="2026-05-20 17:12 +0200", reply_of="aq_missed", refs=["aq_inv", "aq_missed"],
    text="""
    Bonjour Yusuf,

    J'ai eu la Banque Girondine au téléphone cet après-midi au sujet de la mission d'opérateur
    SOC à Mérignac. Malgré l'entretien de rattrapage, ils ne retiennent pas votre profil : ils
    veulent quelqu'un qui réside déjà en Gironde pour les astreintes de nuit.

    Je garde votre dossier ouvert chez Aquitaine Intérim et je reviens vers vous dès qu'une
    mission compatible avec un déménagement se présente.

    Bonne soirée,
    Julien Lacoste
    Consultant IT & Cyber – Aquitaine Intérim
    45 cours de l'Intendance, 33000 Bordeaux – 05 55 55 72 10
    """,
    cte="quoted-printable",
))

# --- German ----------------------------------------------------------------------------------

ISW_INV_Q = """
    Sehr geehrter Herr Brennan-Castaño,

    wir laden Sie herzlich zu einem Vorstellungsgespräch für die Position „Junior SOC Analyst
    (m/w/d)“ ein. Das Gespräch findet am Dienstag, 28. April 2026, um 10:00 Uhr per Microsoft
    Teams statt.

    Mit freundlichen Grüßen
    Franziska Obermaier
    """

add(dict(
    kind="rejection", name="isarwerk_after_interview", lang="de", id="isw_no",
    company="Isarwerk", contact="franziska.obermaier@isarwerk.example.de",
    frm=("Franziska Obermaier", "franziska.obermaier@isarwerk.example.de"),
    subject="AW: Einladung zum Vorstellungsgespräch – Junior SOC Analyst (m/w/d)",
    subject_enc=("utf-8", "q"),
    date="2026-05-12 15:40 +0200", reply_of="isw_move", refs=["isw_ack", "isw_inv", "isw_move"],
    text=body("""
    Sehr geehrter Herr Brennan-Castaño,

    vielen Dank noch einmal für das angenehme Gespräch mit Herrn Wimmer und mir.

    Nach sorgfältiger Abwägung haben wir uns entschieden, die Stelle mit einer Bewerberin zu
    besetzen, die bereits Erfahrung mit Leitsystemen der Energieversorgung mitbringt. Ihre
    Bewerbung können wir deshalb leider nicht weiter berücksichtigen.

    Für Ihren weiteren Weg in die Cybersicherheit wünschen wir Ihnen alles Gute.

    Mit freundlichen Grüßen

    Franziska Obermaier
    Personalgewinnung
    Isarwerk Stadtwerke GmbH · Emmy-Noether-Straße 2 · 80992 München
    Telefon +49 89 5555 3140

    Isarwerk Stadtwerke GmbH, Sitz München, Registergericht München HRB 555123,
    Geschäftsführung: Dr. Anton Huber, Petra Sailer
    """) + "\n" + wrote("de", "14.04.2026 um 09:12", "Franziska Obermaier",
                       "franziska.obermaier@isarwerk.example.de") + "\n" + quote(ISW_INV_Q),
    cte="quoted-printable",
))

add(dict(
    kind="rejection", name="secops_sued_absage_cp1252", lang="de", id="sos_no",
    company="SecOps Süd", contact="tobias.reindl@secops-sued.example.de",
    frm=("Tobias Reindl", "tobias.reindl@secops-sued.example.de"),
    subject="Ihre Bewerbung als SOC Analyst Level 1",
    date="2026-07-14 08:47 +0200", reply_of="sos_missed", refs=["sos_ack", "sos_inv", "sos_missed"],
    text="""
    Hallo Herr Brennan-Castaño,

    danke für Ihre Rückmeldung nach dem verpassten Telefontermin und für das Nachholgespräch
    am Freitag.

    Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für Kandidat:innen
    entschieden, die bereits in einem deutschsprachigen „Managed Detection & Response“-Umfeld
    gearbeitet haben. Für die Schichtübergaben mit unseren Kunden ist das bei uns leider
    zentral – daher erhalten Sie heute eine Absage.

    Alles Gute und viel Erfolg beim Berufswechsel!

    Tobias Reindl
    Teamlead Recruiting · SecOps Süd GmbH
    Landsberger Straße 110 · 80339 München · +49 89 5555 7711
    """,
    charset="windows-1252", cte="8bit",
))

add(dict(
    kind="rejection", name="alpenkredit_stelle_entfaellt", lang="de", id="ak_no",
    company="Münchner Alpenkredit", contact="",
    frm=("Münchner Alpenkredit Karriere", "alpenkredit-no-reply@successfactors.eu"),
    frm_enc=("iso-8859-1", "b"),
    to=CAND_ADDR,
    subject="Statusänderung Ihrer Bewerbung: IT-Security Analyst SOC (ID 40871)",
    subject_enc=("iso-8859-1", "b"),
    date="2026-09-08 06:30 +0200", reply_of="ak_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""
    Sehr geehrter Herr Brennan-Castaño,

    die ausgeschriebene Position IT-Security Analyst SOC (ID 40871) wird aufgrund einer internen
    Umstrukturierung nicht besetzt. Das Auswahlverfahren wurde daher eingestellt und Ihre
    Bewerbung wird nicht weiter bearbeitet.

    Wir bedauern, Ihnen keine andere Nachricht geben zu können, und danken Ihnen für Ihr
    Interesse an der Münchner Alpenkredit.

    Ihr Recruiting-Team

    Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
    """,
    charset="iso-8859-1", cte="base64",
))

assert len(MESSAGES) == 31, len(MESSAGES)
