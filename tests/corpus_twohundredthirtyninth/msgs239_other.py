# ruff: noqa
"""Corpus 239, kind `other`: 52 hand-written messages (es 28, en 14, fr 5, de 5).

Digests and newsletters that talk about interviews and rejections, notifications, the
candidate's own sent mail, friends, bank / school / clinic / landlord mail using the same
words in another sense, auto-replies and refused places on courses.
"""

from __future__ import annotations

from msgs239_common import (CANDIDATE, ats_card, digest_text, forwarded, msg, newsletter_html,
                            outlook_html, outlook_reply, paras, quote, reply, sig, simple_html,
                            wrote)

C = CANDIDATE
O = "other"

NEREA_SIG_ES = """Nerea Castillo-Whitmore
Guía oficial de turismo de Euskadi · Donostia / San Sebastián
+34 611 23 45 67"""
NEREA_SIG_EN = """Nerea Castillo-Whitmore
Official tourist guide (Basque Country) · San Sebastián, Spain
+34 611 23 45 67"""


def list_headers(list_id: str, unsub: str, post: bool = False) -> list[tuple[str, str]]:
    headers = [("List-Id", list_id), ("List-Unsubscribe", unsub),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    if post:
        headers.append(("List-Post", "<mailto:" + list_id.split("<", 1)[1].rstrip(">").replace(".", "@", 1) + ">"))
    return headers


KULTURLAN_ITEMS = [
    ("Educador/a de museo – Donostia (jornada completa)",
     "Museo de la costa busca educador/a con euskera. Entrevistas a partir del 2 de marzo.",
     "https://kulturlan.example.es/ofertas/48213"),
    ("Técnico/a de mediación cultural – Bilbao",
     "Fundación privada. Proceso con prueba práctica y entrevista con panel.",
     "https://kulturlan.example.es/ofertas/48240"),
    ("Guía-intérprete (francés/inglés) – Pamplona",
     "Temporada de primavera. Incorporación inmediata.",
     "https://kulturlan.example.es/ofertas/48255"),
    ("Consejo de la semana: qué hacer tras un rechazo",
     "Pide feedback, actualiza tu CV y no te lo tomes como algo personal.",
     "https://kulturlan.example.es/blog/tras-un-rechazo"),
]

SCOT_ITEMS = [
    ("Learning Officer - Leith (fixed term)",
     "Interviews w/c 23 March. Closing date 15 March.",
     "https://heritagejobs.example.scot/jobs/1187"),
    ("Visitor Experience Assistant - Stirling",
     "Weekend work. Shortlisted candidates will be invited to interview by phone.",
     "https://heritagejobs.example.scot/jobs/1192"),
    ("Blog: five things we learned from 400 rejection emails",
     "Why 'unfortunately' is the most common word in our sector's inboxes.",
     "https://heritagejobs.example.scot/blog/rejection-emails"),
]

NA_ITEMS = [
    ("Médiateur·rice culturel·le - Bordeaux (CDD 12 mois)",
     "Entretiens prévus fin juin. Candidature avant le 15 juin.",
     "https://culture-emploi-na.example.fr/offres/9921"),
    ("Guide-conférencier·ère bilingue espagnol - Biarritz",
     "Saison estivale. Poste à pourvoir immédiatement.",
     "https://culture-emploi-na.example.fr/offres/9930"),
    ("Chargé·e des publics - Bayonne",
     "Musée municipal, concours de la fonction publique territoriale.",
     "https://culture-emploi-na.example.fr/offres/9934"),
]

BERLIN_ITEMS = [
    ("Museumspädagog*in (m/w/d) – Berlin-Mitte",
     "Teilzeit 75 %, Vorstellungsgespräche ab KW 36.",
     "https://kulturjobs-berlin.example.de/stellen/5521"),
    ("Referent*in Vermittlung – Stiftung in Kreuzberg",
     "Befristet, TV-L E11. Bewerbungsschluss 31. August.",
     "https://kulturjobs-berlin.example.de/stellen/5530"),
    ("Ratgeber: Absage erhalten – und jetzt?",
     "Warum eine Absage kein Urteil über Sie ist und wie Sie nachfragen.",
     "https://kulturjobs-berlin.example.de/ratgeber/absage"),
]

MESSAGES = [
    # ================================================================ es (28)
    msg(O, "kulturlan_alertas_digest", "es",
        frm=("Kulturlan Alertas", "alertas@kulturlan.example.es"),
        subject="3 nuevas ofertas para «educación museos» + consejo de la semana",
        subj_enc=("utf-8", "Q"),
        date="2026-02-22 07:00",
        text=digest_text("Tus alertas de empleo – Kulturlan", """Hola Nerea, estas son las ofertas publicadas esta semana que coinciden con tu
alerta «educación museos» (Gipuzkoa, Bizkaia, Navarra).""", KULTURLAN_ITEMS,
            "Recibes este correo porque creaste una alerta en Kulturlan. Darte de baja: https://kulturlan.example.es/alertas/baja?u=ncw"),
        html=newsletter_html("Tus alertas de empleo – Kulturlan", "Hola Nerea, estas son las ofertas publicadas esta semana que coinciden con tu alerta «educación museos» (Gipuzkoa, Bizkaia, Navarra).",
            KULTURLAN_ITEMS, "Recibes este correo porque creaste una alerta en Kulturlan.", "es",
            unsubscribe="https://kulturlan.example.es/alertas/baja?u=ncw"),
        headers=list_headers("Alertas Kulturlan <alertas.kulturlan.example.es>",
                             "<https://kulturlan.example.es/alertas/baja?u=ncw>, <mailto:baja@kulturlan.example.es>")),

    msg(O, "boletin_museos_vivos_rechazo", "es",
        frm=("Boletín Museos Vivos", "boletin@museosvivos.example.es"),
        subject="Museos Vivos nº 58: cuando la respuesta es «no»",
        subj_enc=("utf-8", "B"),
        date="2026-03-15 09:30",
        html=newsletter_html("Museos Vivos · nº 58", """En este número hablamos de algo que todas hemos vivido: la carta de rechazo. Tres educadoras nos cuentan cuántas candidaturas enviaron antes de su primer contrato y qué aprendieron de cada «lamentablemente no ha sido seleccionada».

Además: las convocatorias abiertas del mes y una entrevista con la directora de un pequeño museo etnográfico.""",
            [("«Me rechazaron once veces»", "Testimonios de educadoras de museo.", "https://museosvivos.example.es/58/rechazos"),
             ("Entrevista: dirigir un museo con tres personas", "Conversación con la directora de un museo rural.", "https://museosvivos.example.es/58/entrevista"),
             ("Convocatorias abiertas", "Siete plazas de educación y mediación en el norte.", "https://museosvivos.example.es/58/convocatorias")],
            "Museos Vivos es un boletín independiente de la comunidad de educación museística.", "es",
            unsubscribe="https://museosvivos.example.es/baja"),
        html_cte="quoted-printable",
        headers=list_headers("Museos Vivos <boletin.museosvivos.example.es>", "<https://museosvivos.example.es/baja>")),

    msg(O, "profesionalia_busquedas", "es",
        frm=("Profesionalia", "notificaciones@profesionalia.example.com"),
        subject="Nerea, has aparecido en 12 búsquedas esta semana",
        date="2026-04-12 18:00", tz="utc",
        html=ats_card("Profesionalia", """Nerea, tu perfil está llamando la atención.

Has aparecido en 12 búsquedas esta semana. Entre quienes te buscaron hay personas de selección de museos y fundaciones culturales.

Un reclutador de una consultora de Bilbao ha visto tu perfil.

Consejo: los perfiles con titular actualizado reciben hasta tres veces más invitaciones a entrevistas.""", lang="es",
            button=("Ver quién te ha buscado", "https://profesionalia.example.com/me/search-appearances"),
            footer="Has recibido esta notificación de Profesionalia. Gestionar notificaciones · Darse de baja", color="#0a66c2"),
        headers=[("List-Unsubscribe", "<https://profesionalia.example.com/unsub?t=a1>"), ("Auto-Submitted", "auto-generated")]),

    msg(O, "guias_con_futuro_consejos", "es",
        frm=("Guías con Futuro", "hola@guiasconfuturo.example.es"),
        subject="5 preguntas que te harán en una entrevista de educación museística",
        date="2026-04-26 08:00",
        text="""GUÍAS CON FUTURO · Artículo de la semana

5 preguntas que te harán en una entrevista de educación museística

1. «Cuéntanos una actividad que hayas diseñado y que no funcionara.»
   Buscan capacidad de autocrítica, no perfección.
2. «¿Cómo adaptarías esta visita a un grupo con diversidad funcional?»
3. «¿Qué diferencia hay entre guiar y mediar?»
4. «¿Cómo medirías el impacto de un programa escolar?»
5. «¿Por qué dejas el turismo?» (Prepárala: va a salir seguro.)

Y si al final recibes un correo de rechazo, no lo borres: respóndelo
pidiendo feedback. Sorprende cuánta gente contesta.

Leer el artículo completo: https://guiasconfuturo.example.es/blog/5-preguntas

--
Recibes este boletín porque te suscribiste en guiasconfuturo.example.es.
Baja: https://guiasconfuturo.example.es/baja
""", cte="quoted-printable",
        headers=list_headers("Guias con Futuro <noticias.guiasconfuturo.example.es>", "<https://guiasconfuturo.example.es/baja>")),

    msg(O, "podcast_guias_con_historia", "es",
        contact="ainhoa@guiasconhistoria.example.es",
        frm=("Ainhoa Mujika", "ainhoa@guiasconhistoria.example.es"),
        subject="¿Te animas a una entrevista para el podcast?",
        date="2026-05-05 12:44",
        text="""¡Hola, Nerea!

Soy Ainhoa, presento «Guías con historia», un podcast sobre el oficio de
guiar en Euskadi. Una oyente me habló de tus rutas nocturnas por el puerto
y me encantaría entrevistarte para un episodio.

Grabamos en un estudio de Egia o en remoto, como prefieras. Serían unos 45
minutos de conversación, sin guion cerrado. Tendríamos hueco a finales de
mayo o principios de junio.

¿Te apetece? No hay prisa en contestar.

Ainhoa Mujika
Guías con historia · podcast
"""),

    msg(O, "bici_posicion_gps", "es",
        frm=("Txirrindu Bizi", "no-reply@txirrindu.example.es"),
        subject="Tu bici está aparcada: última posición registrada",
        subj_enc=("utf-8", "Q"),
        date="2026-05-09 20:14",
        text="""Hola Nerea,

Has finalizado tu viaje a las 20:11. Estos son los datos:

  Bici: TX-0452
  Duración: 18 min
  Última posición GPS: 43.3183 N, 1.9812 W (Paseo de la Zurriola)
  Distancia: 4,2 km

Si la posición no coincide con el lugar donde dejaste la bici, avísanos
desde la app.

Txirrindu Bizi · Bicicleta compartida
Este correo es automático.
""", headers=[("Auto-Submitted", "auto-generated")]),

    msg(O, "paquete_retraso", "es",
        frm=("Envíos Rápidos Mendi", "avisos@enviosmendi.example.es"),
        subject="Lamentablemente tu pedido llegará con retraso",
        date="2026-06-22 10:02",
        html=simple_html(paras("""Hola Nerea:

Lamentablemente, tu envío 4471-ES-20981 no podrá entregarse en la fecha prevista (23 de junio) por una incidencia en nuestro centro logístico de Irun.

Nueva fecha estimada de entrega: 25 de junio, entre las 9:00 y las 14:00.

Sentimos las molestias. Puedes seguir tu envío en cualquier momento.

Envíos Rápidos Mendi""") + '\n<p><a href="https://enviosmendi.example.es/seguimiento/4471-ES-20981">Seguir mi envío</a></p>', "es"),
        html_cte="base64"),

    msg(O, "leire_me_han_rechazado", "es",
        contact="leire.zubiria@example.es",
        frm=("Leire Zubiria", "leire.zubiria@example.es"),
        subject="necesito desahogarme",
        date="2026-03-29 22:37", cte="8bit",
        text="""Nere,

¿Te acuerdas de la plaza de la fundación de Vitoria de la que te hablé?
Pues hoy me ha llegado el correo: «lamentamos comunicarte que no has sido
seleccionada». Después de tres entrevistas y una prueba práctica. Ni un
motivo, ni una llamada.

Estoy bastante plof. ¿Un pintxo el jueves y me cuentas qué tal lo tuyo en
el museo marítimo? Al menos que a una de las dos le salga algo.

Muxu bat,
Leire
"""),

    msg(O, "propio_gracias_harrobia", "es",
        frm=C, to=[("Itziar Larrañaga", "itziar.larranaga@museoharrobia.example.es")],
        subject="Gracias por la entrevista",
        date="2026-03-06 18:40",
        text="""Hola Itziar:

Quería daros las gracias a ti y a Jon por la entrevista de hoy y por
haberla movido al viernes sin ningún problema. Me gustó mucho conocer cómo
trabajáis con los institutos y la idea de los talleres de nudos.

Quedo a la espera de vuestras noticias. Si necesitáis referencias o
cualquier otro documento, decídmelo.

Un saludo muy cordial,
""" + NEREA_SIG_ES + "\n", tid="harrobia_thanks", parent="harrobia_move"),

    msg(O, "propio_candidatura_ulia", "es",
        frm=C, to=[("Fundación Ulia Natura", "empleo@ulianatura.example.es")],
        subject="Candidatura – Educadora del Centro de Visitantes",
        date="2026-09-02 09:15",
        text="""Buenos días:

Les escribo para presentar mi candidatura al puesto de Educadora del Centro
de Visitantes de Ulia publicado en su web. Adjunto mi CV y una carta de
motivación.

Desde 2018 trabajo como guía oficial en Donostia, con grupos escolares,
familias y visitantes internacionales, y en los últimos dos años he diseñado
rutas de naturaleza por el monte Ulia. Me encantaría poder hablarlo con
ustedes en una entrevista.

Atentamente,
""" + NEREA_SIG_ES + "\n",
        attach=[dict(type="pdf", name="CV_Nerea_Castillo-Whitmore.pdf", title="Curriculum vitae",
                     lines=["Nerea Castillo-Whitmore", "Guía oficial de turismo de Euskadi",
                            "Idiomas: español, inglés (bilingüe), francés (C1), euskera (B2), alemán (B1)",
                            "Experiencia: guía autónoma en Donostia desde 2018"])],
        tid="ulia_app"),

    msg(O, "olabide_acercamiento", "es",
        contact="gorka@olabide.example.es",
        frm=("Gorka Olabide", "gorka@olabide.example.es"),
        subject="Una conversación, sin compromiso",
        date="2026-08-24 10:30",
        text="""Hola Nerea:

Me llamo Gorka Olabide y dirijo una pequeña firma de búsqueda de directivos en
Bilbao, especializada en cultura y patrimonio. Tu nombre me ha salido varias
veces hablando con gente del sector en Gipuzkoa.

No tengo ahora mismo una posición concreta que proponerte, pero sí algunos
proyectos en preparación y me gustaría conocerte mejor: qué buscas, qué no,
en qué horizonte. ¿Te parecería bien un café o una llamada en las próximas
semanas?

Un saludo,
Gorka Olabide
Socio director · Olabide & Asociados, Executive Search
Gran Vía 35, 48009 Bilbao · +34 944 00 66 70
""", tid="olabide_cold"),

    msg(O, "banco_posicion_global", "es",
        frm=("Banca Itsasbide", "no-reply@itsasbide-banca.example.es"),
        subject="Tu posición global a 30 de junio",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-07-01 06:30", charset="iso-8859-1", cte="quoted-printable",
        text="""Hola, NEREA:

Ya tienes disponible el resumen de tu posición global a 30/06/2026.

  Cuentas:              4.812,36 EUR
  Depósitos:            3.000,00 EUR
  Fondos de inversión:  1.245,90 EUR
  Tarjetas (dispuesto):   -312,14 EUR

Recuerda que puedes pedir cita con tu gestora en cualquier oficina desde la
app, apartado «Mi gestor».

Banca Itsasbide nunca te pedirá tus claves por correo electrónico.
Este mensaje ha sido enviado automáticamente; por favor, no respondas.
"""),

    msg(O, "casero_visita_piso", "es",
        contact="jm.otegi@example.es",
        frm=("José Mari Otegi", "jm.otegi@example.es"),
        subject="Visita al piso el lunes",
        date="2026-09-25 13:05", cte="8bit",
        text="""Hola Nerea:

Como ya sabes, a partir de noviembre dejas el piso de la calle Prim. El lunes
28 tengo una entrevista con una pareja interesada en alquilarlo y me gustaría
enseñárselo a las 18:00. ¿Te viene bien o prefieres que cambiemos la cita a
otro día?

Aprovecho para recordarte que la fianza te la devuelvo cuando revisemos
juntos el inventario.

Gracias,
José Mari Otegi
"""),

    msg(O, "ikastola_entrevista_tutora", "es",
        contact="maite.arregi@ikastolaulia.example.eus",
        frm=("Maite Arregi (tutora 3ºB)", "maite.arregi@ikastolaulia.example.eus"),
        subject="Entrevista de tutoría – Unax Castillo",
        date="2026-10-05 15:20",
        text="""Kaixo Nerea:

Como cada trimestre, me gustaría tener una entrevista individual con las
familias para comentar cómo ha empezado el curso. Te propongo el jueves 15 de
octubre a las 16:45 en el aula de 3ºB. Si no te viene bien, dime otro día y
lo cambiamos.

Unax está muy integrado y contento; será una charla tranquila.

Ondo izan,
Maite Arregi
Tutora de 3ºB · Ikastola Ulia
"""),

    msg(O, "clinica_cita_reprogramada", "es",
        frm=("Clínica Ondarreta Salud", "citas-noreply@ondarretasalud.example.es"),
        subject="Su cita ha sido modificada",
        date="2026-06-16 08:10",
        text="""Estimada paciente:

Le informamos de que su cita con la Dra. Irazusta (Dermatología) prevista
para el 18/06/2026 a las 9:30 ha sido reprogramada por ausencia de la
especialista.

Nueva cita: 23/06/2026 a las 11:15, consulta 4, planta 2.

Si no puede acudir, anúlela desde el área de pacientes o llamando al 943 00 80 80.
No responda a este correo.

Clínica Ondarreta Salud
""", cte="base64", headers=[("Auto-Submitted", "auto-generated")]),

    msg(O, "itziar_fuera_oficina", "es",
        contact="itziar.larranaga@museoharrobia.example.es",
        frm=("Itziar Larrañaga", "itziar.larranaga@museoharrobia.example.es"),
        subject="Respuesta automática: Gracias por la entrevista",
        date="2026-03-06 18:41",
        text="""Kaixo,

Estoy fuera de la oficina hasta el lunes 9 de marzo, sin acceso al correo.
Para asuntos urgentes del área de Educación, escribe a
hezkuntza@museoharrobia.example.es.

Eskerrik asko,
Itziar Larrañaga
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        tid="itziar_ooo", parent="harrobia_thanks"),

    msg(O, "master_sin_plaza", "es",
        frm=("Universidad de Kostaldea – Posgrado", "noreply-posgrado@kostaldea.example.es"),
        subject="Resolución de admisión – Máster en Educación y Museos",
        subj_enc=("utf-8", "B"),
        date="2026-07-15 12:00", tz="utc",
        html=simple_html(paras("""Estimada Nerea Castillo-Whitmore:

Le comunicamos la resolución de la comisión académica del Máster Universitario en Educación y Museos para el curso 2026-2027.

Lamentamos informarle de que su solicitud no ha obtenido plaza en el primer periodo de admisión. Ha quedado en el puesto 7 de la lista de espera.

Si se produjeran renuncias, le contactaremos por este medio. También puede presentar una nueva solicitud en el segundo periodo (1-15 de septiembre).

Secretaría de Posgrado"""), "es"),
        html_cte="quoted-printable"),

    msg(O, "webinar_preparar_entrevista", "es",
        frm=("Red de Educadores de Museos", "eventos@rededucamuseos.example.es"),
        subject="Webinar gratuito: prepara tu entrevista en un museo (jueves 18:00)",
        date="2026-06-01 09:00",
        text="""Hola,

Este jueves 4 de junio a las 18:00 organizamos un webinar gratuito de una hora
con dos responsables de selección de museos. Hablarán de:

 - qué miran realmente en un CV de educación,
 - cómo preparar la prueba práctica,
 - y cómo pedir feedback cuando la respuesta es negativa.

Inscripción: https://rededucamuseos.example.es/webinar/entrevistas

¡Nos vemos!
Red de Educadores de Museos

Para dejar de recibir nuestros correos: https://rededucamuseos.example.es/baja
""",
        headers=list_headers("Red de Educadores de Museos <eventos.rededucamuseos.example.es>",
                             "<https://rededucamuseos.example.es/baja>")),

    msg(O, "reserva_visita_guiada", "es",
        frm=("GidaBook Reservas", "reservas@gidabook.example.com"),
        subject="Nueva reserva: Parte Vieja y puerto – sábado 16 de mayo",
        date="2026-05-10 21:47",
        text="""¡Tienes una nueva reserva!

Tour:        Parte Vieja y puerto (2 h)
Fecha:       sábado 16 de mayo de 2026, 11:00
Punto:       Ayuntamiento de Donostia, puerta principal
Personas:    14 adultos (grupo «Club de lectura Hondarribia»)
Idioma:      castellano
Guía asignada: Nerea Castillo-Whitmore

Contacto del grupo: lo encontrarás en tu panel de guía.

Recuerda confirmar la reserva en las próximas 24 horas.

GidaBook · Plataforma de guías locales
https://gidabook.example.com/panel
""", headers=[("Auto-Submitted", "auto-generated")]),

    msg(O, "amigo_que_tal_entrevista", "es",
        contact="iban.lasa@example.es",
        frm=("Iban Lasa", "iban.lasa@example.es"),
        subject="¿Y bien?",
        date="2026-03-06 14:02", cte="8bit",
        text="""¡Ey!

¿Qué tal ha ido la entrevista en Harrobia? Cuéntame todo. Si te hacen una
oferta, invitas tú a las rabas, que conste.

Iban
"""),

    msg(O, "propio_reenvio_oferta", "es",
        frm=C, to=[("Andrew Whitmore", "andrew.whitmore@example.co.uk")],
        subject="RV: Propuesta de incorporación – Educadora de Museo",
        subj_enc=("utf-8", "Q"),
        date="2026-03-20 19:05",
        text=forwarded("""Aita, mira lo que me ha llegado hoy. ¡¡Me ofrecen el puesto!! Te llamo el
domingo y lo hablamos con calma, quiero pensarme lo del sueldo.

Besos,
Nerea""", "es", "Itziar Larrañaga <itziar.larranaga@museoharrobia.example.es>", "vie, 20 mar 2026 a las 13:45",
            "Propuesta de incorporación – Educadora de Museo", "Nerea Castillo-Whitmore <nerea.cw@example.es>",
            """Kaixo Nerea:

¡Enhorabuena! Después de las entrevistas, el equipo tiene claro que queremos
contar contigo como Educadora de Museo en el Museo Marítimo Harrobia.

Te adjunto la carta de oferta con las condiciones: contrato indefinido a
jornada completa, grupo profesional B, 31.500 € brutos anuales en 14 pagas,
incorporación prevista el 4 de mayo y un periodo de prueba de seis meses."""),
        tid="fwd_offer", parent="harrobia_offer"),

    msg(O, "foro_guias_lista", "es",
        frm=("Jon Etxarri via Foro Guías Euskadi", "foro-guias@listas.guiaseuskadi.example.es"),
        reply_to=("Foro Guías Euskadi", "foro-guias@listas.guiaseuskadi.example.es"),
        subject="[foro-guias] Re: ¿Os piden prueba práctica en las entrevistas de museo?",
        date="2026-04-18 11:50",
        text=reply("""Yo he hecho dos procesos este año. En uno me pidieron diseñar una actividad
en 90 minutos y defenderla ante el tribunal; en el otro fue una entrevista
normal y luego me descartaron con un correo automático de esos de
«otras candidaturas se ajustan más».

Mi consejo: llevad la actividad medio pensada de casa.

Jon
""", "es", "vie, 17 abr 2026, 20:14", "Miren Galdos", "miren.galdos@example.es",
            """¿A alguien le han pedido prueba práctica en una entrevista de museo?
Me han convocado a una el mes que viene y no sé qué esperar."""),
        headers=[("List-Id", "Foro de guias de Euskadi <foro-guias.listas.guiaseuskadi.example.es>"),
                 ("List-Post", "<mailto:foro-guias@listas.guiaseuskadi.example.es>"),
                 ("List-Unsubscribe", "<mailto:foro-guias-leave@listas.guiaseuskadi.example.es>"),
                 ("Precedence", "list")],
        mid_domain="listas.guiaseuskadi.example.es"),

    msg(O, "propio_pide_cambio_prueba", "es",
        frm=C, to=[("Garazi Olano Etxeberria", "g.olano@zubialde.example.es")],
        subject="Consulta sobre la fecha de la prueba práctica",
        subj_enc=("utf-8", "B"),
        date="2026-02-18 08:44",
        text="""Buenos días, Sra. Olano:

He recibido la convocatoria a la prueba práctica del 3 de marzo, muchas
gracias. Ese día tengo comprometida desde hace meses una visita guiada con
un grupo de 40 personas. ¿Existe alguna posibilidad de realizar la prueba en
otra fecha o, en su defecto, a partir de las 12:00?

Entiendo que en un proceso público puede no ser posible; en ese caso,
reorganizaré mi agenda.

Atentamente,
Nerea Castillo-Whitmore
DNI 00000000-T
""", tid="zubialde_req", parent="zubialde_inv"),

    msg(O, "encuesta_experiencia_candidato", "es",
        frm=("Museo de Ciencia Argiñeta", "no-reply@teamtailor-mail.com"),
        subject="¿Qué tal fue tu experiencia como candidata?",
        date="2026-04-02 08:15", tz="utc",
        text="""Hola Nerea,

Hace poco participaste en un proceso de selección con nosotros. Nos
encantaría saber cómo lo viviste, sea cual sea el resultado: si la
información fue clara, si los plazos fueron razonables y si recibiste
respuesta a tiempo.

Solo son 4 preguntas (2 minutos):
https://arginieta.teamtailor.example.es/survey/cx-7781

¡Gracias por ayudarnos a mejorar!
Equipo de Personas · Museo de Ciencia Argiñeta
""", headers=[("Auto-Submitted", "auto-generated")]),

    msg(O, "amiga_reenvia_oferta", "es",
        contact="oihana.berasategi@example.es",
        frm=("Oihana Berasategi", "oihana.berasategi@example.es"),
        subject="Fwd: Oferta educadora – Museo del Tranvía",
        date="2026-09-12 11:03",
        text=forwarded("""¡Mira esto, Nerea! Me ha llegado por la lista del colegio de
pedagogos y me he acordado de ti. Cierra el 25.

O.""", "es", "Colegio de Pedagogos <lista@pedagogos.example.es>", "vie, 11 sept 2026 a las 17:20",
            "Oferta educadora – Museo del Tranvía", "lista@pedagogos.example.es",
            """OFERTA DE EMPLEO
Museo del Tranvía Gasteiz busca Responsable de Educación.
Funciones: diseño de programas escolares y familiares, coordinación de
guías. Se valorará experiencia en turismo. Envío de CV hasta el 25 de
septiembre. Las personas preseleccionadas serán convocadas a entrevista."""),
        ),

    msg(O, "cita_previa_padron", "es",
        frm=("Ayuntamiento - Cita Previa", "citaprevia-noreply@donostia-tramites.example.es"),
        subject="Confirmación de cita previa – Empadronamiento",
        date="2026-10-09 17:31",
        text="""Su cita previa ha sido confirmada.

Trámite:   Cambio de domicilio en el padrón
Fecha:     miércoles 21 de octubre de 2026
Hora:      10:20
Oficina:   Servicio de Atención Ciudadana - Ijentea
Localizador: CP-5H7K2

Para cancelar o cambiar la cita utilice el localizador en la web de trámites.
Este mensaje se ha generado automáticamente.
""", charset="iso-8859-1", cte="quoted-printable"),

    msg(O, "taller_entrevistas_marketing", "es",
        frm=("Escuela Bidean", "info@escuelabidean.example.es"),
        subject="Últimas 3 plazas: taller intensivo «Supera la entrevista»",
        subj_enc=("utf-8", "Q"),
        date="2026-08-31 10:00",
        html=simple_html("""<h2>Supera la entrevista</h2>
<p>Taller presencial de 6 horas en Donostia (sábado 19 de septiembre).</p>
<ul><li>Simulacros de entrevista grabados</li><li>Cómo responder a «¿por qué deberíamos contratarte?»</li>
<li>Qué hacer después de un rechazo</li></ul>
<p><b>Precio:</b> 95 € · <a href="https://escuelabidean.example.es/taller-entrevista">Reserva tu plaza</a></p>
<p style="font-size:11px;color:#888">Recibes este correo por estar suscrita a Escuela Bidean. <a href="https://escuelabidean.example.es/baja">Baja</a></p>""", "es"),
        headers=list_headers("Escuela Bidean <novedades.escuelabidean.example.es>", "<https://escuelabidean.example.es/baja>")),

    msg(O, "profesionalia_ofertas_para_ti", "es",
        frm=("Profesionalia Empleos", "empleos-noreply@profesionalia.example.com"),
        subject="Nuevas ofertas que encajan contigo: Museum Education Officer y 4 más",
        date="2026-07-20 06:45", tz="utc",
        text=digest_text("Empleos recomendados para ti", "Basado en tu perfil y tus búsquedas recientes:", [
            ("Museum Education Officer – Firth Learning Trust (Edinburgh)", "Presencial · Solicitud sencilla", "https://profesionalia.example.com/jobs/771201"),
            ("Educadora de museo – Bilbao", "Publicado hace 2 días · 31 solicitantes", "https://profesionalia.example.com/jobs/771244"),
            ("Kulturvermittler*in – Berlin", "Hybrid · Schnell bewerben", "https://profesionalia.example.com/jobs/771260"),
            ("Médiatrice culturelle – Bordeaux", "CDI", "https://profesionalia.example.com/jobs/771288"),
        ], "Gestionar alertas: https://profesionalia.example.com/alerts"),
        headers=[("List-Unsubscribe", "<https://profesionalia.example.com/unsub?t=j7>"), ("Auto-Submitted", "auto-generated")]),

    # ================================================================ en (14)
    msg(O, "linkfolio_search_appearances", "en",
        frm=("Linkfolio", "notifications-noreply@linkfolio.example.com"),
        subject="You appeared in 9 searches this week",
        date="2026-02-01 17:00", tz="utc",
        html=ats_card("Linkfolio", """Hi Nerea,

You appeared in 9 searches this week.

Searchers worked at: museums, heritage trusts and a recruitment agency in Edinburgh.

Members with a current job title get up to 2x more profile views. Keep your profile fresh to get noticed for interviews.""", lang="en",
            button=("See all searches", "https://linkfolio.example.com/me/searches"),
            footer="You are receiving Linkfolio notification emails. Unsubscribe · Help", color="#0a66c2"),
        headers=[("List-Unsubscribe", "<https://linkfolio.example.com/unsub?e=ncw>")]),

    msg(O, "heritage_jobs_scotland_weekly", "en",
        frm=("Heritage Jobs Scotland", "weekly@heritagejobs.example.scot"),
        subject="Heritage Jobs Scotland Weekly: 2 new roles + why 'unfortunately' rules our inboxes",
        date="2026-03-09 07:30",
        text=digest_text("Heritage Jobs Scotland - Weekly", "Good morning! Here are this week's picks for learning and engagement roles.",
            SCOT_ITEMS, "You're receiving this because you subscribed at heritagejobs.example.scot. Unsubscribe: https://heritagejobs.example.scot/u/ncw"),
        html=newsletter_html("Heritage Jobs Scotland - Weekly", "Good morning! Here are this week's picks for learning and engagement roles.",
            SCOT_ITEMS, "You're receiving this because you subscribed at heritagejobs.example.scot.", "en",
            unsubscribe="https://heritagejobs.example.scot/u/ncw"),
        headers=list_headers("Heritage Jobs Scotland Weekly <weekly.heritagejobs.example.scot>",
                             "<https://heritagejobs.example.scot/u/ncw>")),

    msg(O, "career_advice_reading_rejections", "en",
        frm=("The Museum Careers Letter", "letter@museumcareers.example.org"),
        subject="Reading between the lines of a rejection email",
        date="2026-05-24 08:00",
        text="""THE MUSEUM CAREERS LETTER - issue 112

Reading between the lines of a rejection email

"We have decided to move forward with other candidates" - what does it
actually mean? Usually, exactly that. But some rejections leave the door
open, and it pays to notice:

  * "for this role" often means they liked you for another one;
  * "at this time" can mean the budget, not you;
  * an invitation to stay in touch from a named person is worth answering.

And if you've had an interview, always ask for feedback. One in three
hiring managers in our survey said they would gladly give it - but only
one in ten candidates ever asks.

Read more: https://museumcareers.example.org/112

-- 
You subscribed to The Museum Careers Letter. Unsubscribe: https://museumcareers.example.org/unsubscribe
""",
        headers=list_headers("The Museum Careers Letter <letter.museumcareers.example.org>",
                             "<https://museumcareers.example.org/unsubscribe>")),

    msg(O, "user_research_interview", "en",
        contact="dana.kowalski@linkfolio.example.com",
        frm=("Dana Kowalski", "research-noreply@linkfolio.example.com"),
        reply_to=("Dana Kowalski", "dana.kowalski@linkfolio.example.com"),
        subject="Would you join a 30-minute research interview? (EUR 25 voucher)",
        date="2026-06-05 13:20", tz="cet",
        text="""Hi Nerea,

I'm a user researcher at Linkfolio. We're talking to people who changed
careers in the last year to understand how they search for jobs, and your
profile caught our eye.

Would you be up for a 30-minute research interview over video in the week
of 15 June? There are no right or wrong answers - it's about your
experience, not a test - and as a thank-you we'll send you a EUR 25 voucher.

If you're interested, just reply to this email with a couple of times that
suit you.

Thanks,
Dana Kowalski
Senior User Researcher, Linkfolio
"""),

    msg(O, "parcel_delayed_en", "en",
        frm=("Swiftbox Deliveries", "no-reply@swiftbox.example.co.uk"),
        subject="Unfortunately, your parcel is delayed",
        date="2026-04-03 09:12",
        text="""Hi Nerea,

Unfortunately, your parcel SBX-88120-UK (from Stirling Book Traders) has
been delayed at our Edinburgh hub and won't arrive today as planned.

We now expect to deliver it on Tuesday 7 April. You don't need to do
anything - we'll send a new delivery window by 8am on the day.

Sorry for the inconvenience.
Swiftbox
""",
        html=simple_html(paras("""Hi Nerea,

Unfortunately, your parcel SBX-88120-UK (from Stirling Book Traders) has been delayed at our Edinburgh hub and won't arrive today as planned.

We now expect to deliver it on Tuesday 7 April. You don't need to do anything - we'll send a new delivery window by 8am on the day.

Sorry for the inconvenience.
Swiftbox"""), "en")),

    msg(O, "callie_own_interview", "en",
        contact="callie.munro@example.co.uk",
        frm=("Callie Munro", "callie.munro@example.co.uk"),
        subject="well that went badly",
        date="2026-04-30 21:55",
        text="""Nerea!!

You will not believe my day. Final interview at the gallery, and the panel
asked me to present a learning session I had prepared... except my laptop
died halfway through. Got the "thanks but we've decided to offer the post
to another candidate" email three hours later. Three hours!

Anyway. Tell me your Edinburgh news are better than mine? Still keeping
the sofa free for when you come over.

Cx
"""),

    msg(O, "own_apology_leith", "en",
        frm=C, to=[("Morag Fleming", "morag.fleming@leithheritage.example.co.uk")],
        subject="So sorry about today's interview",
        date="2026-03-25 20:10",
        text="""Dear Morag,

I am so sorry about this afternoon. I was waiting in the Teams lobby from
13:55, but it seems I had joined an old link from the first email. I
completely understand if the panel has moved on, but if there is any chance
to reschedule I would be very grateful.

Kind regards,
""" + NEREA_SIG_EN + "\n", tid="leith_apology", parent="leith_missed"),

    msg(O, "own_thanks_dean_village", "en",
        frm=C, to=[("Priya Nair", "priya.nair@deanvillagetextiles.example.co.uk")],
        subject="Thank you for today",
        date="2026-04-27 20:05",
        text="""Hi Priya,

Many thanks for the interview today, and for showing me the weaving studio
afterwards. I left feeling even more excited about the Family Learning
Coordinator role and about the idea of storytelling sessions built around
the collection. I'm happy to send over any further examples of my work.

All the best,
Nerea
""", tid="dean_thanks", parent="dean_move"),

    msg(O, "brunner_vance_cold", "en",
        contact="fiona.vance@brunnervance.example.co.uk",
        frm=("Fiona Vance", "fiona.vance@brunnervance.example.co.uk"),
        subject="Introduction - museum learning roles in Scotland",
        date="2026-06-02 10:05",
        text="""Dear Nerea,

I hope you don't mind the unsolicited note. I'm a partner at Brunner & Vance,
a small search firm placing learning and engagement professionals across
Scottish museums and heritage charities. Your name came up in conversation
with a former colleague at the Leith Harbour Heritage Trust.

I don't have a specific vacancy to share today, but I'd value a 20-minute
call to understand what you're looking for, so I can think of you when the
right brief lands. Would any time next week suit?

Best wishes,
Fiona Vance
Partner | Brunner & Vance Search
""", tid="brunner_cold"),

    msg(O, "speaking_test_interview_slot", "en",
        frm=("Cambrian English Test", "noreply@cambrianenglish.example.org"),
        subject="Your Speaking interview slot is confirmed",
        date="2026-01-12 11:00", tz="utc",
        text="""Dear Candidate,

Your Speaking interview for the Cambrian English Test (Academic) has been
booked.

  Date:   Saturday 24 January 2026
  Time:   14:40 (please arrive 30 minutes early)
  Venue:  Cambrian Test Centre, Calle Easo 20, San Sebastián

The Speaking interview lasts 11-14 minutes and is recorded. Bring the same
passport you used to register.

If you need to reschedule, changes are possible up to 5 working days before
your test date for a fee.

Cambrian English Test - Candidate Services
This is an automated email. Please do not reply.
"""),

    msg(O, "morag_out_of_office", "en",
        contact="morag.fleming@leithheritage.example.co.uk",
        frm=("Morag Fleming", "morag.fleming@leithheritage.example.co.uk"),
        subject="Automatic reply: So sorry about today's interview",
        date="2026-03-25 20:10", sec=9,
        text="""Thank you for your email. I am out of the office until Thursday 26 March
with limited access to email. I will reply as soon as I can on my return.

For urgent enquiries, please contact learning@leithheritage.example.co.uk.

Morag Fleming | Learning Manager | Leith Harbour Heritage Trust
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        parent="leith_apology"),

    msg(O, "cpd_certificate_no_place", "en",
        contact="eilidh.ross@edinheritage-cpd.example.ac.uk",
        frm=("Dr Eilidh Ross", "eilidh.ross@edinheritage-cpd.example.ac.uk"),
        subject="Museum Learning Certificate 2026/27 - outcome of your application",
        date="2026-07-28 15:15",
        text="""Dear Nerea,

Thank you for applying to the Museum Learning Certificate (part-time, online)
for 2026/27.

We received more than four times as many applications as places this year,
and I'm sorry to tell you that we are unable to offer you a place on the
programme. This is not a reflection on the quality of your application.

You are welcome to apply again for the January intake.

Best wishes,
Dr Eilidh Ross
Programme Leader, Museum Learning Certificate
Edinburgh Heritage CPD Institute
"""),

    msg(O, "tour_cancelled_by_customer", "en",
        frm=("GuideHub", "bookings-noreply@guidehub.example.com"),
        subject="Booking cancelled: Old Town & Harbour walk, 14 May",
        date="2026-05-12 16:22", tz="utc",
        html=ats_card("GuideHub", """Hi Nerea,

Unfortunately the customer has cancelled the following booking:

Old Town & Harbour walk (English) - Thursday 14 May 2026, 10:00 - 6 guests - Booking GH-55102

Under your cancellation policy, you will receive 50% of the booking value (EUR 84.00) with your next payout.

Your calendar for 14 May is now free.""", lang="en",
            button=("Open my calendar", "https://guidehub.example.com/guide/calendar"),
            footer="GuideHub · You receive this email because you are a registered guide.", color="#ff6f3c"),
        headers=[("Auto-Submitted", "auto-generated")]),

    msg(O, "museum_educators_list", "en",
        frm=("museum-educators list", "museum-educators@lists.museumlearning.example.org"),
        subject="[museum-educators] Rejection letters that don't hurt - examples?",
        date="2026-08-12 12:07",
        text="""From: Gwen Prothero
-----------------------

Hi all,

Our trust is rewriting its recruitment templates. We want our "sorry, not
this time" emails to be kinder and more useful, and we'd love to see
examples you've received (or sent) that got it right. Do you offer
feedback calls? Do you mention the number of applicants?

Also: has anyone had success inviting unsuccessful interview candidates to
a feedback session as a group?

Thanks,
Gwen

_______________________________________________
museum-educators mailing list
museum-educators@lists.museumlearning.example.org
https://lists.museumlearning.example.org/listinfo/museum-educators
""",
        headers=[("List-Id", "Museum educators discussion <museum-educators.lists.museumlearning.example.org>"),
                 ("List-Post", "<mailto:museum-educators@lists.museumlearning.example.org>"),
                 ("List-Unsubscribe", "<https://lists.museumlearning.example.org/options/museum-educators>"),
                 ("List-Archive", "<https://lists.museumlearning.example.org/archives/museum-educators>"),
                 ("Precedence", "list")]),

    # ================================================================ fr (5)
    msg(O, "culture_emploi_na_alerte", "fr",
        frm=("Culture-Emploi Nouvelle-Aquitaine", "alertes@culture-emploi-na.example.fr"),
        subject="Vos nouvelles offres : médiation culturelle (3)",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-06-08 06:15",
        text=digest_text("Culture-Emploi Nouvelle-Aquitaine", "Bonjour Nerea, voici les offres publiées cette semaine correspondant à votre alerte « médiation culturelle ».",
            NA_ITEMS, "Pour modifier ou supprimer cette alerte : https://culture-emploi-na.example.fr/alertes"),
        charset="iso-8859-1", cte="quoted-printable",
        html=newsletter_html("Culture-Emploi Nouvelle-Aquitaine", "Bonjour Nerea, voici les offres publiées cette semaine correspondant à votre alerte « médiation culturelle ».",
            NA_ITEMS, "Pour modifier ou supprimer cette alerte, rendez-vous sur votre espace.", "fr",
            unsubscribe="https://culture-emploi-na.example.fr/alertes"),
        html_charset="utf-8",
        headers=list_headers("Alertes Culture-Emploi NA <alertes.culture-emploi-na.example.fr>",
                             "<https://culture-emploi-na.example.fr/alertes/desinscription>")),

    msg(O, "journaliste_demande_interview", "fr",
        contact="sophie.larralde@gazette-cotebasque.example.fr",
        frm=("Sophie Larralde", "sophie.larralde@gazette-cotebasque.example.fr"),
        subject="Demande d'interview – guides transfrontaliers",
        date="2026-07-17 10:26",
        text="""Bonjour Madame Castillo-Whitmore,

Je suis journaliste à La Gazette de la Côte basque. Je prépare un article sur
les guides qui travaillent des deux côtés de la Bidassoa, et plusieurs
collègues m'ont cité votre nom.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes,
par téléphone ou à Hendaye, la semaine prochaine ? L'article paraîtra dans
notre supplément d'été.

Bien cordialement,
Sophie Larralde
La Gazette de la Côte basque - 06 00 00 41 27
"""),

    msg(O, "propre_candidature_spontanee_atalaye", "fr",
        frm=C, to=[("Musée Atalaye", "m.etcheverry@musee-atalaye.example.fr")],
        subject="Candidature spontanée – médiation culturelle",
        date="2026-04-20 09:14",
        text="""Madame,

Guide-conférencière à Saint-Sébastien depuis huit ans, je me permets de vous
adresser ma candidature spontanée pour un poste en médiation culturelle au
Musée Atalaye. Je serais ravie d'échanger avec vous.

Vous trouverez mon CV en pièce jointe.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Nerea Castillo-Whitmore
+34 611 23 45 67
""",
        attach=[dict(type="pdf", name="CV_Nerea_Castillo-Whitmore_FR.pdf", title="CV",
                     lines=["Nerea Castillo-Whitmore", "Guide-conférencière - Saint-Sébastien",
                            "Langues : espagnol, anglais, français, basque, allemand"])],
        tid="atalaye_spont"),

    msg(O, "camille_absence", "fr",
        contact="camille.durand@garonne-lumiere.example.fr",
        frm=("Camille Durand", "camille.durand@garonne-lumiere.example.fr"),
        subject="Réponse automatique : Questions avant ma prise de poste",
        subj_enc=("utf-8", "B"),
        date="2026-08-03 09:01",
        text="""Bonjour,

Je suis absente jusqu'au lundi 24 août inclus et ne consulte pas ma
messagerie. Pour toute question urgente concernant un recrutement ou une
prise de poste, merci d'écrire à rh@garonne-lumiere.example.fr.

Cordialement,
Camille Durand
""", headers=[("Auto-Submitted", "auto-replied")]),

    msg(O, "lettre_patrimoine_postes", "fr",
        frm=("La Lettre de l'Estuaire", "lettre@garonne-lumiere.example.fr"),
        subject="La Lettre de l'Estuaire – septembre : Journées du patrimoine et postes à pourvoir",
        subj_enc=("utf-8", "Q"),
        date="2026-09-01 08:00",
        html=newsletter_html("La Lettre de l'Estuaire · septembre 2026", """Les Journées européennes du patrimoine approchent ! Visites nocturnes, ateliers en famille et, pour la première fois, une rencontre avec l'équipe de médiation.

Notre équipe s'agrandit : deux postes sont à pourvoir cet automne. Les entretiens auront lieu en octobre.""",
            [("Programme des Journées du patrimoine", "19 et 20 septembre, entrée libre.", "https://garonne-lumiere.example.fr/jep"),
             ("Poste à pourvoir : chargé·e d'accueil", "CDD 6 mois, candidatures jusqu'au 30 septembre.", "https://garonne-lumiere.example.fr/recrutement/accueil"),
             ("Poste à pourvoir : régisseur·se d'exposition", "CDI, candidatures jusqu'au 5 octobre.", "https://garonne-lumiere.example.fr/recrutement/regie")],
            "Vous recevez cette lettre car vous êtes inscrite à la newsletter de la Fondation Garonne-Lumière.", "fr",
            unsubscribe="https://garonne-lumiere.example.fr/newsletter/desinscription"),
        html_cte="base64",
        headers=list_headers("Lettre de l'Estuaire <lettre.garonne-lumiere.example.fr>",
                             "<https://garonne-lumiere.example.fr/newsletter/desinscription>")),

    # ================================================================ de (5)
    msg(O, "kulturjobs_berlin_newsletter", "de",
        frm=("Kulturjobs Berlin", "newsletter@kulturjobs-berlin.example.de"),
        subject="Neue Stellen in der Kulturvermittlung – und was tun nach einer Absage?",
        date="2026-08-07 07:00",
        text=digest_text("Kulturjobs Berlin – Wochenüberblick", "Hallo Nerea, hier sind die neuen Stellen aus Ihrem Suchprofil «Vermittlung».",
            BERLIN_ITEMS, "Newsletter abbestellen: https://kulturjobs-berlin.example.de/abmelden"),
        html=newsletter_html("Kulturjobs Berlin – Wochenüberblick", "Hallo Nerea, hier sind die neuen Stellen aus Ihrem Suchprofil «Vermittlung».",
            BERLIN_ITEMS, "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.", "de",
            unsubscribe="https://kulturjobs-berlin.example.de/abmelden"),
        headers=list_headers("Kulturjobs Berlin <newsletter.kulturjobs-berlin.example.de>",
                             "<https://kulturjobs-berlin.example.de/abmelden>")),

    msg(O, "eigene_mail_wedding_entschuldigung", "de",
        frm=C, to=[("Svenja Koch", "svenja.koch@kulturzentrum-wedding.example.de")],
        subject="AW: Gesprächstermin Kulturvermittlung",
        date="2026-07-08 12:40",
        text=reply("""Liebe Frau Koch,

es tut mir außerordentlich leid. Ich hatte mir den Termin versehentlich
für Donnerstag notiert und Ihre Nachricht erst eben gelesen. Das ist mir
sehr peinlich.

Wäre es möglich, das Gespräch nachzuholen? Ich bin diese und nächste Woche
jederzeit erreichbar.

Mit freundlichen Grüßen
Nerea Castillo-Whitmore
""", "de", "Mi., 8. Juli 2026 um 11:31", "Svenja Koch", "svenja.koch@kulturzentrum-wedding.example.de",
            """wir haben heute ab 11 Uhr im Zoom-Raum auf Sie gewartet, aber Sie sind nicht
dazugekommen. Auch telefonisch konnte ich Sie nicht erreichen."""),
        parent="wedding_missed"),

    msg(O, "kulturkoepfe_erstkontakt", "de",
        contact="malte.juergensen@kulturkoepfe.example.de",
        frm=("Malte Jürgensen", "malte.juergensen@kulturkoepfe.example.de"),
        name_enc=("iso-8859-1", "Q"),
        subject="Kurze Vorstellung: Kulturköpfe Personalberatung",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-08-10 15:02", charset="iso-8859-1", cte="quoted-printable",
        text="""Hallo Frau Castillo-Whitmore,

ich bin Personalberater bei Kulturköpfe in Berlin und begleite Museen und
Stiftungen bei der Besetzung von Stellen in Bildung und Vermittlung. Ihr
Profil mit den fünf Sprachen ist mir auf einem Fachportal aufgefallen.

Aktuell möchte ich Ihnen nichts Konkretes anbieten, würde Sie aber gern in
einem kurzen Telefonat kennenlernen; vielleicht passt in den nächsten
Monaten etwas. Hätten Sie Lust?

Beste Grüße
Malte Jürgensen
Kulturköpfe Personalberatung
""", tid="kk_cold"),

    msg(O, "jonas_abwesenheit", "de",
        contact="j.albrecht@stadtklang-museum.example.de",
        frm=("Jonas Albrecht", "j.albrecht@stadtklang-museum.example.de"),
        subject="Abwesenheitsnotiz: Neuer Termin?",
        date="2026-04-23 10:12",
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. April nicht im Haus. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
vermittlung@stadtklang-museum.example.de.

Jonas Albrecht
Leitung Bildung & Vermittlung | Museum für Stadtklang
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),

    msg(O, "weiterbildung_absage_platz", "de",
        frm=("Zentrum für Weiterbildung", "weiterbildung-noreply@spreeufer-hochschule.example.de"),
        subject="Zertifikatskurs Museumspädagogik – Ihre Bewerbung um einen Studienplatz",
        subj_enc=("utf-8", "Q"),
        date="2026-09-18 11:45", tz="utc", cte="base64",
        text="""Sehr geehrte Frau Castillo-Whitmore,

vielen Dank für Ihre Bewerbung um einen Platz im berufsbegleitenden
Zertifikatskurs Museumspädagogik (Wintersemester 2026/27).

Leider können wir Ihnen keinen Studienplatz anbieten. Die Zahl der
Bewerbungen übersteigt die 24 verfügbaren Plätze deutlich; vergeben wurden
die Plätze nach Berufserfahrung im deutschsprachigen Museumsbereich.

Sie stehen auf Platz 11 der Nachrückliste. Eine erneute Bewerbung zum
Sommersemester ist möglich.

Mit freundlichen Grüßen
Zentrum für Weiterbildung
Spreeufer Hochschule für Kulturvermittlung
"""),
]
