"""Mail that is not a step of a job application (kind `other`), written one by one: digests and
newsletters about rejections and interviews, other meanings of the words, friends, the
candidate's own sent mail, out-of-office replies and cold outreach."""

from __future__ import annotations

from msgs128_common import ME, M, ats, gmail, newsletter, q

MESSAGES = []


def _list(list_id: str, unsub: str, post: bool = True) -> list[tuple[str, str]]:
    hdrs = [("List-Id", list_id), ("List-Unsubscribe", unsub)]
    if post:
        hdrs.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    hdrs.append(("Precedence", "bulk"))
    return hdrs


# ------------------------------------------------------------------------ Spanish (29)

# 1. Job-alert digest from a Chilean job board.
_intro = """Hola Valentina, estas son las 6 ofertas nuevas que coinciden con tu alerta "revenue manager / jefa de operaciones hotel" en la Región de Valparaíso y Santiago.

¡Postula antes de que cierren!"""
_items = [
    ("Revenue Manager - Hotel 5 estrellas, Santiago Centro", "Cadena internacional · Jornada completa · Publicado hace 2 días. Experiencia con Opera y RMS deseable.", "https://www.empleospuerto.example.cl/oferta/88121"),
    ("Jefa/e de Operaciones - Apart hotel Viña del Mar", "Apart Hotel Costa Brava · Turnos rotativos · $1.600.000 a $1.900.000.", "https://www.empleospuerto.example.cl/oferta/88140"),
    ("Analista de Distribución y Canales", "Agencia de viajes online · Híbrido · Inglés avanzado.", "https://www.empleospuerto.example.cl/oferta/88152"),
    ("Supervisor/a de Recepción nocturna", "Hotel boutique Cerro Alegre · Inmediata.", "https://www.empleospuerto.example.cl/oferta/88177"),
    ("Coordinador/a de Turismo Municipal", "Municipalidad de la provincia de Marga Marga · Honorarios.", "https://www.empleospuerto.example.cl/oferta/88190"),
    ("Ejecutiva de Grupos y Eventos", "Centro de convenciones · Santiago · Renta a convenir.", "https://www.empleospuerto.example.cl/oferta/88201"),
]
MESSAGES.append(M(
    "other", "job_alert_digest_cl", "es", "", "",
    ("Alertas EmpleosPuerto", "alertas@empleospuerto.example.cl"),
    "6 nuevas ofertas para \"revenue manager\" en Valparaíso", "2026-03-02 07:00 -0300",
    _intro + "\n\n" + "\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items),
    st="html", charset="utf-8", cte="qp",
    hdrs=_list("<alertas.empleospuerto.example.cl>", "<https://www.empleospuerto.example.cl/alertas/baja?id=vra-311>"),
    html=newsletter(title="Alertas EmpleosPuerto", preheader="6 ofertas nuevas para tu alerta de hoy",
                    masthead="EmpleosPuerto · Tu alerta diaria", intro=_intro, items=_items, cta="Ver oferta y postular",
                    track="https://t.empleospuerto.example.cl/c?u=", pixel="https://t.empleospuerto.example.cl/o/alert-311.gif",
                    web="https://www.empleospuerto.example.cl/alertas/ver/311", color="#e4572e",
                    footer="Recibes este correo porque creaste una alerta de empleo.<br>"
                           "<a href=\"https://www.empleospuerto.example.cl/alertas/baja?id=vra-311\" style=\"color:#999999;\">Eliminar esta alerta</a> · "
                           "EmpleosPuerto SpA, Prat 827, Valparaíso"),
))

# 2. Trade newsletter: how to take a rejection.
_intro = """Edición N° 142 · Abril 2026

Esta semana hablamos de algo que todos vivimos: el correo que empieza con "lamentablemente". Tres jefas de recepción nos cuentan cómo convirtieron un rechazo en su siguiente oferta de trabajo."""
_items = [
    ("Cómo responder a un rechazo laboral (y por qué sí deberías hacerlo)", "Agradecer, pedir retroalimentación y dejar la puerta abierta: la guía paso a paso con ejemplos de correos reales.", "https://www.hoteleriahoy.example.cl/notas/responder-rechazo"),
    ("Entrevista: la gerenta que fue rechazada cinco veces antes de dirigir un resort", "Carla Mendoza cuenta su camino desde la recepción de un hostal en Pucón hasta la gerencia general.", "https://www.hoteleriahoy.example.cl/notas/entrevista-carla-mendoza"),
    ("Revenue management en hoteles boutique: ¿vale la pena un RMS?", "Comparamos tres herramientas para hoteles de menos de 40 habitaciones.", "https://www.hoteleriahoy.example.cl/notas/rms-boutique"),
]
MESSAGES.append(M(
    "other", "newsletter_responder_rechazo", "es", "", "",
    ("Revista Hotelería Hoy", "newsletter@hoteleriahoy.example.cl"),
    "Lamentablemente… cómo responder a un rechazo | Hotelería Hoy #142", "2026-04-16 08:30 -0400",
    _intro + "\n\n" + "\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items),
    st="html", charset="utf-8", cte="base64",
    hdrs=_list("Hoteleria Hoy <hoteleriahoy.list-id.mailer.example.cl>", "<https://mailer.hoteleriahoy.example.cl/u?e=vra>, <mailto:baja@hoteleriahoy.example.cl>"),
    html=newsletter(title="Hotelería Hoy", preheader="Tres historias de rechazos que terminaron en ofertas",
                    masthead="HOTELERÍA HOY", intro=_intro, items=_items, cta="Leer la nota",
                    track="https://mailer.hoteleriahoy.example.cl/c/", pixel="https://mailer.hoteleriahoy.example.cl/o/142-vra.gif",
                    web="https://www.hoteleriahoy.example.cl/newsletter/142", color="#8c1c13",
                    footer="Revista Hotelería Hoy · Av. Providencia 1208, Santiago<br>"
                           "<a href=\"https://mailer.hoteleriahoy.example.cl/u?e=vra\" style=\"color:#999999;\">Cancelar suscripción</a> · "
                           "<a href=\"https://mailer.hoteleriahoy.example.cl/prefs?e=vra\" style=\"color:#999999;\">Preferencias</a>"),
))

# 3. A coach's newsletter about missing an interview, alternative.
_body = """Hola, viajera:

¿Alguna vez no llegaste a una entrevista? A mí me pasó en 2019: confundí la zona horaria con un hotel de Cancún y me conecté una hora tarde. Nadie me esperó.

En el artículo de hoy te cuento qué hacer si te pierdes una entrevista (spoiler: escribe ese mismo día, sin excusas largas), cómo evitar los errores de huso horario cuando postulas a Europa y qué decir si te llaman del hotel para preguntar "¿qué pasó?".

[Leer: Me perdí la entrevista, ¿y ahora qué?](https://carreraturistica.example.com/p/me-perdi-la-entrevista)

Y si quieres practicar, este mes abro 10 cupos de simulación de entrevistas en inglés.

Un abrazo,
Fernanda
Carrera Turística - el newsletter para trabajar en turismo

Te llega este correo porque te suscribiste en carreraturistica.example.com. Darte de baja: https://carreraturistica.example.com/unsubscribe"""
MESSAGES.append(M(
    "other", "coach_newsletter_missed_interview", "es", "", "",
    ("Fernanda de Carrera Turística", "carreraturistica@substack.example.com"),
    "Me perdí la entrevista, ¿y ahora qué?", "2026-05-12 09:00 -0400", _body,
    st="alt", charset="utf-8", cte="qp",
    hdrs=_list("<carreraturistica.substack.example.com>", "<https://carreraturistica.example.com/unsubscribe>"),
    html=ats(_body, title="Carrera Turística", logo="https://carreraturistica.example.com/logo.png",
             logo_alt="Carrera Turística", color="#d9480f", bg="#ffffff", font="Georgia,serif",
             track="https://carreraturistica.example.com/redirect?u=",
             pixel="https://carreraturistica.example.com/o/0512.gif",
             footer="© 2026 Fernanda Soto · <a href=\"https://carreraturistica.example.com/unsubscribe\" style=\"color:#8a8a8a;\">Unsubscribe</a>"),
))

# 4. Podcast host asks for an interview about guiding in Valparaíso.
MESSAGES.append(M(
    "other", "podcast_entrevista", "es", "", "camila.torres@viajerasdelpacifico.example.cl",
    ("Camila Torres", "camila.torres@viajerasdelpacifico.example.cl"),
    "Entrevista para el podcast Viajeras del Pacífico", "2026-01-30 12:40 -0300",
    """¡Hola Valentina!

Soy Camila, conduzco el podcast Viajeras del Pacífico (vamos en el episodio 63). Una auditora de tu tour de los ascensores me pasó tu contacto y me encantaría hacerte una entrevista para un capítulo sobre guías mujeres en Valparaíso.

Serían unos 45 minutos de conversación, grabamos en un estudio en Cerro Bellavista o por Zoom, como prefieras. No hay pago (somos un proyecto independiente) pero te damos difusión y links a tus tours.

¿Te animas? Podríamos grabar la segunda semana de febrero.

Un abrazo,
Camila Torres
Viajeras del Pacífico - podcast
@viajerasdelpacifico""",
    charset="utf-8", cte="8bit",
))

# 5. Journalist asks for a press interview.
MESSAGES.append(M(
    "other", "prensa_entrevista_diario", "es", "", "rodrigo.pizarro@laestrelladelpuerto.example.cl",
    ("Rodrigo Pizarro", "rodrigo.pizarro@laestrelladelpuerto.example.cl"),
    "Solicitud de entrevista - nota sobre turismo en los cerros", "2026-02-12 16:05 -0300",
    """Estimada Valentina:

Le escribo de La Estrella del Puerto. Estamos preparando una nota sobre la temporada de cruceros y el impacto del turismo en los cerros Alegre y Concepción, y su nombre apareció en varias reseñas como una de las guías más recomendadas.

¿Tendría disposición para una entrevista breve, de unos 20 minutos, por teléfono o en persona, el jueves o viernes de esta semana? También nos gustaría tomarle una foto durante uno de sus recorridos.

Quedo atento.

Rodrigo Pizarro Aguilera
Periodista - Sección Ciudad
La Estrella del Puerto
+56 9 5530 1288""",
    charset="iso-8859-1", cte="qp",
))

# 6. User-research interview from a travel-tech company, alternative.
_body = """Hola Valentina!

Soy Ignacia, investigadora de experiencia de usuario en Reservia. Vimos que eres guía y que reservas alojamientos para grupos, y nos encantaría aprender de ti.

¿Te gustaría participar en una entrevista de 30 minutos por videollamada para contarnos cómo planificas y reservas? No hay respuestas correctas ni incorrectas, y como agradecimiento te enviamos una gift card de $20.000.

Puedes elegir horario aquí: https://calendly.example.com/reservia-ux/entrevista-30

Gracias!
Ignacia Lagos
UX Research · Reservia"""
MESSAGES.append(M(
    "other", "user_research_entrevista", "es", "", "ignacia.lagos@reservia.example.cl",
    ("Ignacia Lagos", "ignacia.lagos@reservia.example.cl"),
    "¿30 minutos para una entrevista? (gift card de agradecimiento)", "2026-08-04 11:15 -0400", _body,
    st="alt", mua="gmail", html=gmail(_body), charset="utf-8", cte="qp",
))

# 7. GPS app: "your position" was shared.
_body = """Hola Valentina,

Tu posición en tiempo real se está compartiendo con "Grupo tour Ascensores 14:00" durante las próximas 2 horas.

Última ubicación: Plaza Sotomayor, Valparaíso · hace 1 min

Si no iniciaste esta acción, detén el uso compartido desde la app.

[Detener el uso compartido](https://rutaviva.example.com/share/stop?s=77a1)

RutaViva"""
MESSAGES.append(M(
    "other", "gps_app_posicion", "es", "", "",
    ("RutaViva", "no-reply@rutaviva.example.com"),
    "Estás compartiendo tu posición", "2026-02-21 14:02 -0300", _body,
    st="html", charset="utf-8", cte="base64",
    html=ats(_body, title="RutaViva", logo="https://rutaviva.example.com/mail/logo.png", logo_alt="RutaViva",
             color="#00a86b", bg="#ffffff",
             footer="RutaViva Mobility SpA · Has recibido este correo por tu configuración de seguridad."),
))

# 8. A language course waiting list: "your position".
MESSAGES.append(M(
    "other", "waitlist_posicion_curso", "es", "", "",
    ("Instituto Chileno-Suizo de Cultura", "inscripciones-noreply@chilenosuizo.example.cl"),
    "Lista de espera - Alemán B2 intensivo (sábados)", "2026-03-04 10:10 -0300",
    """Estimada Valentina Ruiz-Achterberg:

El curso Alemán B2 intensivo (sábados, 9:00-13:00) se encuentra completo. Quedaste inscrita en la lista de espera.

Tu posición actual en la lista: 3

Si se libera un cupo, te enviaremos un correo con un enlace de pago válido por 48 horas.

Instituto Chileno-Suizo de Cultura
Este mensaje fue generado automáticamente.""",
    charset="iso-8859-1", cte="qp",
))

# 9. Parcel: unfortunately your package is delayed.
_body = """Hola Valentina:

Lamentablemente tu paquete viene con retraso.

N° de seguimiento: ER-55120893-CL
Nueva fecha estimada de entrega: viernes 27 de marzo

El envío quedó retenido en el centro de distribución de Santiago por alto volumen. No necesitas hacer nada; te avisaremos cuando salga a reparto.

[Seguir mi envío](https://envios-rapidos.example.cl/seguimiento/ER-55120893-CL)

Envíos Rápidos"""
MESSAGES.append(M(
    "other", "paquete_retrasado", "es", "", "",
    ("Envíos Rápidos", "notificaciones@envios-rapidos.example.cl"),
    "Lamentablemente tu envío ER-55120893-CL está retrasado", "2026-03-24 18:33 -0300", _body,
    st="html", charset="utf-8", cte="qp",
    html=ats(_body, title="Envíos Rápidos", logo="https://envios-rapidos.example.cl/img/logo.png",
             logo_alt="Envíos Rápidos", color="#ffb400", track="https://t.envios-rapidos.example.cl/?u=",
             pixel="https://t.envios-rapidos.example.cl/o/ER-55120893.gif",
             footer="Envíos Rápidos S.A. · No respondas este correo."),
))

# 10. Bank: loan application received.
_body = """Estimada Valentina:

Hemos recibido tu solicitud de crédito de consumo N° 2026-118842 por $4.500.000 a 36 meses.

Nuestro equipo evaluará tus antecedentes y te informaremos el resultado en un plazo máximo de 3 días hábiles. No es necesario que envíes documentos adicionales por ahora.

Banco Costanera"""
MESSAGES.append(M(
    "other", "banco_solicitud_recibida", "es", "", "",
    ("Banco Costanera", "notificaciones@bancocostanera.example.cl"),
    "Solicitud recibida - Crédito de consumo", "2026-06-16 13:20 -0400", _body,
    st="html", charset="windows-1252", cte="qp",
    html=ats(_body, title="Banco Costanera", logo="https://www.bancocostanera.example.cl/img/mail-logo.png",
             logo_alt="Banco Costanera", color="#00447c",
             footer="Banco Costanera nunca te pedirá tus claves por correo.<br>"
                    "Infórmese sobre la garantía estatal de los depósitos en su banco o en www.cmfchile.example.cl"),
))

# 11. Bank: loan declined, written by the account executive (a bank sender is never a contact).
MESSAGES.append(M(
    "other", "banco_credito_rechazado_ejecutiva", "es", "", "",
    ("Marcela Jara - Banco Costanera", "mjara@bancocostanera.example.cl"),
    "Resultado solicitud de crédito N° 2026-118842", "2026-06-19 11:48 -0400",
    """Estimada Sra. Ruiz-Achterberg:

Junto con saludar, le informo que su solicitud de crédito de consumo N° 2026-118842 no fue aprobada en esta oportunidad, debido a que su renta acreditada como trabajadora independiente no alcanza el mínimo requerido para el monto solicitado.

Puede volver a presentar la solicitud con un monto menor o con un aval. Con gusto la puedo orientar en la sucursal.

Atentamente,
Marcela Jara Soto
Ejecutiva de Cuentas Personas
Banco Costanera - Sucursal Valparaíso Prat

La información contenida en este correo es confidencial y de uso exclusivo de su destinatario.""",
    mua="outlook", charset="windows-1252", cte="qp",
))

# 12. Flat application refused by the letting agent (a person).
MESSAGES.append(M(
    "other", "arriendo_postulacion_rechazada", "es", "", "claudia@propiedadesplayaancha.example.cl",
    ("Claudia Rebolledo", "claudia@propiedadesplayaancha.example.cl"),
    "Postulación depto. Cerro Alegre", "2026-01-16 17:22 -0300",
    """Hola Valentina:

Te cuento que la propietaria revisó las postulaciones para el departamento de calle Lautaro Rosas y eligió a otra persona, que tiene contrato indefinido. Tu postulación no fue aceptada esta vez.

Tengo otro depto. de dos dormitorios en Cerro Florida que sale en febrero; si te interesa verlo me avisas.

Saludos,
Claudia Rebolledo
Corredora de Propiedades
Propiedades Playa Ancha
+56 9 7441 2290""",
    charset="utf-8", cte="8bit",
))

# 13. A friend tells about her own rejection (Chilean slang).
MESSAGES.append(M(
    "other", "amiga_me_rechazaron", "es", "", "cata.morales@example.cl",
    ("Cata Morales", "cata.morales@example.cl"),
    "me rechazaron :(", "2026-03-15 23:41 -0300",
    """amiga

me llegó el correo de la aerolínea, me rechazaron después de las tres entrevistas!! "hemos decidido avanzar con candidatos cuyo perfil se ajusta más" bla bla. estoy pa la cagada la verdad, me había ilusionado caleta

y tú cachai algo de lo de Viña? ojalá a ti te vaya mejor

mañana vamos por un schop al Cinzano? necesito llorar un rato jaja

besos
Cata""",
    charset="utf-8", cte="qp",
))

# 14. An Argentine friend tells about her interview tomorrow, alternative.
_body = """Valeee!!

Mañana tengo la entrevista en el hotel de Recoleta, la de gerente de recepción que te conté. Estoy re nerviosa, me van a hacer un role play en inglés con un huésped enojado 😅

Vos que hiciste mil entrevistas este año, ¿algún consejo? ¿Llevo el CV impreso o queda viejo?

Te quiero, después te cuento cómo me fue.
Agus"""
MESSAGES.append(M(
    "other", "amiga_ar_entrevista_manana", "es", "", "agustina.pereyra@example.ar",
    ("Agustina Pereyra", "agustina.pereyra@example.ar"),
    "mañana entrevista!!!", "2026-05-25 22:17 -0300", _body,
    st="alt", mua="gmail", html=gmail(_body), charset="utf-8", cte="8bit",
))

# 15. Her own sent application with a CV attached (from the candidate: no contact).
MESSAGES.append(M(
    "other", "enviado_postulacion_con_cv", "es", "", "",
    ME, "Postulación Revenue Analyst - Valentina Ruiz-Achterberg", "2026-02-05 09:14 -0300",
    """Estimada Priya:

Le escribo para postular al cargo de Revenue Analyst en Harbourline Hotels Madrid Retiro, publicado en su portal de empleo.

Soy guía de turismo en Valparaíso desde 2019, con trabajo diario con cruceros, agencias receptivas y hoteles del puerto. En 2025 terminé el Diplomado en Revenue Management Hotelero y desde entonces apoyo a dos hoteles boutique con su estrategia de tarifas en temporada alta. Hablo español, inglés, francés y alemán.

Adjunto mi CV en inglés. Quedo atenta a una posible entrevista.

Saludos cordiales,
Valentina Ruiz-Achterberg
+56 9 6123 4471 · Valparaíso, Chile""",
    to=("Priya Raman", "priya.raman@harbourline.example.com"), st="mixed", mua="apple",
    charset="utf-8", cte="qp",
    attach=[("CV_Valentina_Ruiz-Achterberg_EN.pdf", [
        "Valentina Ruiz-Achterberg", "Valparaiso, Chile - valentina.ra@example.cl", "",
        "Tourist guide, Valparaiso (2019-2026)", "Diploma in Hotel Revenue Management (2025)",
        "Languages: Spanish, English, French, German"])],
))

# 16. Her own follow-up to the cruise company (no contact).
MESSAGES.append(M(
    "other", "enviado_seguimiento", "es", "", "",
    ME, "Seguimiento postulación Coordinadora de Operaciones Portuarias", "2026-02-25 10:02 -0300",
    """Estimado equipo de Personas de Navimar:

Les escribo para consultar por el estado de mi postulación al cargo de Coordinadora de Operaciones Portuarias, enviada el 9 de febrero. Sigo muy interesada y tengo disponibilidad inmediata para una entrevista.

Muchas gracias de antemano.

Saludos,
Valentina Ruiz-Achterberg""",
    to="seleccion@navimar.example.cl", charset="utf-8", cte="8bit",
))

# 17. Out-of-office from the recruiter of the Chilean hotel group.
MESSAGES.append(M(
    "other", "fuera_de_oficina", "es", "", "cfuentes@miradorespacifico.example.cl",
    ("Carolina Fuentes Rojas", "cfuentes@miradorespacifico.example.cl"),
    "Respuesta automática: Re: Entrevista - Jefa de Operaciones Hotel Miradores Viña del Mar", "2026-03-07 09:12 -0300",
    """Gracias por tu correo. Estaré fuera de la oficina hasta el lunes 9 de marzo, sin acceso permanente al correo.

Para temas urgentes de selección puedes escribir a personas@miradorespacifico.example.cl.

Carolina Fuentes Rojas
Jefa de Personas""",
    mua="outlook", charset="iso-8859-1", cte="qp",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    irt="<CAM9vra0307mir+zoom@example.cl>",
))

# 18. Head-hunter cold outreach, no interview yet.
MESSAGES.append(M(
    "other", "headhunter_contacto_frio", "es", "", "pferreyra@selectabusquedas.example.ar",
    ("Pablo Ferreyra", "pferreyra@selectabusquedas.example.ar"),
    "Búsqueda Revenue Manager - Mendoza", "2026-09-15 12:30 -0300",
    """Hola Valentina, ¿cómo va?

Soy Pablo, de Selecta Búsquedas; ya habíamos estado en contacto por la búsqueda de San Telmo. Te escribo porque estoy arrancando una búsqueda de Revenue Manager para un grupo de bodegas con hotel en Luján de Cuyo y tu perfil me vino a la cabeza enseguida.

¿Te interesaría que charlemos 15 minutos esta semana para contarte un poco más y ver si te cierra? Sin compromiso.

Saludos,
Pablo Ferreyra
Selecta Búsquedas · Executive Search Hotelería
+54 11 4328 7710""",
    charset="utf-8", cte="qp",
))

# 19. Hotel association webinar invitation, mailing list.
_intro = """Estimados socios y amigos:

La Asociación de Hoteles de Valparaíso y Viña invita al webinar gratuito "Revenue management para hoteles boutique: tarifas dinámicas en temporada de cruceros", el martes 7 de julio a las 18:30.

Expone: Matías Aravena, consultor en revenue. Cupos limitados: inscríbete antes del viernes."""
_items = [
    ("Inscribirme al webinar", "Gratuito para socios y estudiantes. Se enviará el enlace de Zoom a las personas inscritas.", "https://www.hotelesvalpo.example.cl/webinar-revenue"),
    ("Bolsa de empleo de la Asociación", "Revisa los avisos de nuestros hoteles socios y postula directamente.", "https://www.hotelesvalpo.example.cl/empleos"),
]
MESSAGES.append(M(
    "other", "webinar_asociacion_hoteles", "es", "", "",
    ("Asociación de Hoteles Valparaíso-Viña", "comunicaciones@hotelesvalpo.example.cl"),
    "Webinar: revenue management para hoteles boutique (7 de julio)", "2026-06-29 10:00 -0400",
    _intro + "\n\n" + "\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items),
    st="html", charset="iso-8859-1", cte="qp",
    hdrs=_list("Socios AHVV <socios.hotelesvalpo.example.cl>", "<https://www.hotelesvalpo.example.cl/baja?e=vra>", post=False),
    html=newsletter(title="AHVV", preheader="Webinar gratuito el 7 de julio", masthead="Asociación de Hoteles Valparaíso-Viña",
                    intro=_intro, items=_items, cta="Ir", color="#1d3557",
                    track="https://mail.hotelesvalpo.example.cl/track/click?u=", pixel="https://mail.hotelesvalpo.example.cl/track/open/0629.gif",
                    footer="Asociación Gremial de Hoteles de Valparaíso y Viña del Mar · Blanco 1131, of. 41<br>"
                           "<a href=\"https://www.hotelesvalpo.example.cl/baja?e=vra\" style=\"color:#999999;\">Darse de baja de esta lista</a>"),
))

# 20. Careers-portal account: confirm your e-mail (not an application).
_body = """Hola,

Para terminar de crear tu cuenta en el portal de empleo de Aerolíneas Andesur, confirma tu dirección de correo electrónico:

[Confirmar mi correo](https://andesur.taleo.net/careersection/iam/accessmanagement/confirm.jsf?t=9f3a)

El enlace vence en 24 horas. Si no creaste esta cuenta, ignora este mensaje.

Aerolíneas Andesur"""
MESSAGES.append(M(
    "other", "portal_confirmar_correo", "es", "", "",
    ("Aerolíneas Andesur", "andesur-noreply@taleo.net"),
    "Confirma tu correo electrónico", "2026-02-20 22:51 -0300", _body,
    st="html", mua="ats", charset="utf-8", cte="qp",
    html=ats(_body, title="Aerolíneas Andesur", logo="https://andesur.taleo.net/careersection/theme/andesur/logo.png",
             logo_alt="Aerolíneas Andesur", color="#c8102e", footer="Correo automático. No responder."),
))

# 21. Diploma programme: application received (an academic application, not a job).
_body = """Estimada Valentina:

Hemos recibido tu postulación al Diplomado en Gestión de Operaciones Hoteleras (versión 2026-2, modalidad online).

La Comisión Académica revisará tus antecedentes y te comunicaremos el resultado de admisión a más tardar el 10 de julio. Recuerda que la matrícula se paga solo una vez aceptada la postulación.

Escuela de Negocios del Pacífico - Educación Continua"""
MESSAGES.append(M(
    "other", "diplomado_postulacion_recibida", "es", "", "",
    ("Educación Continua ENP", "admision-noreply@enp.example.cl"),
    "Postulación recibida - Diplomado en Gestión de Operaciones Hoteleras", "2026-06-26 15:35 -0400", _body,
    st="html", charset="utf-8", cte="base64",
    html=ats(_body, title="ENP Educación Continua", logo="https://www.enp.example.cl/img/logo-ec.png",
             logo_alt="Escuela de Negocios del Pacífico", color="#4a1c6b",
             footer="Escuela de Negocios del Pacífico · Av. Brasil 2241, Valparaíso · Este correo no recibe respuestas."),
))

# 22. Argentine job-board digest of openings.
_intro = """Hola Valentina, ¡hay avisos nuevos que coinciden con tu perfil en Mendoza y Buenos Aires!"""
_items = [
    ("Jefe/a de Recepción - Hotel 4* en Mendoza Capital", "Postulá ya · Jornada completa · Inglés avanzado excluyente.", "https://www.buscoempleo.example.ar/aviso/55120"),
    ("Coordinador/a de Enoturismo - Valle de Uco", "Bodega boutique · Vivienda en la finca · Incorporación inmediata.", "https://www.buscoempleo.example.ar/aviso/55134"),
    ("Revenue Analyst - Agencia de viajes online, CABA", "Modalidad remota · Excel avanzado · Power BI deseable.", "https://www.buscoempleo.example.ar/aviso/55161"),
    ("Supervisor/a de Housekeeping - Puerto Madero", "Turno mañana · Experiencia en hoteles de lujo.", "https://www.buscoempleo.example.ar/aviso/55172"),
]
MESSAGES.append(M(
    "other", "job_board_ar_digest", "es", "", "",
    ("BuscoEmpleo", "avisos@buscoempleo.example.ar"),
    "Avisos que te pueden interesar: Jefe/a de Recepción, Coordinador/a de Enoturismo y más", "2026-04-06 08:15 -0300",
    _intro + "\n\n" + "\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items),
    st="html", charset="utf-8", cte="qp",
    hdrs=_list("<recomendados.buscoempleo.example.ar>", "<https://www.buscoempleo.example.ar/notificaciones/baja?u=8812>"),
    html=newsletter(title="BuscoEmpleo", preheader="4 avisos nuevos para vos", masthead="BuscoEmpleo · Recomendados",
                    intro=_intro, items=_items, cta="Ver aviso", color="#7b2cbf",
                    track="https://links.buscoempleo.example.ar/ls/click?upn=", pixel="https://links.buscoempleo.example.ar/wf/open?upn=rec-0406",
                    footer="BuscoEmpleo S.R.L. · Av. Santa Fe 1860, CABA<br>"
                           "<a href=\"https://www.buscoempleo.example.ar/notificaciones/baja?u=8812\" style=\"color:#999999;\">Desuscribirme</a>"),
))

# 23. Professional network: your profile appeared in searches.
_body = """Valentina, tu perfil apareció en 8 búsquedas esta semana.

Reclutadores de empresas como cadenas hoteleras y agencias de viajes vieron tu perfil. Sube una foto y agrega tus idiomas para aparecer en más búsquedas.

[Ver quién te buscó](https://www.redprofesional.example.com/me/search-appearances)

Red Profesional"""
MESSAGES.append(M(
    "other", "red_profesional_busquedas", "es", "", "",
    ("Red Profesional", "notificaciones@redprofesional.example.com"),
    "Apareciste en 8 búsquedas esta semana", "2026-07-27 06:45 +0000", _body,
    st="html", charset="utf-8", cte="qp",
    hdrs=[("List-Unsubscribe", "<https://www.redprofesional.example.com/settings/unsubscribe?t=vra>")],
    html=ats(_body, title="Red Profesional", logo="https://static.redprofesional.example.com/logo.png",
             logo_alt="Red Profesional", color="#0a66c2", bg="#ffffff", track="https://www.redprofesional.example.com/comm/r?u=",
             pixel="https://www.redprofesional.example.com/emimp/vra-0727.gif",
             footer="Este correo se envió a valentina.ra@example.cl. "
                    "<a href=\"https://www.redprofesional.example.com/settings/unsubscribe?t=vra\" style=\"color:#8a8a8a;\">Darse de baja</a><br>"
                    "Red Profesional Ltd. · Registered in England No 09123456"),
))

# 24. Water utility: payment rejected (a utility sender is never a contact).
_body = """Estimada clienta:

Le informamos que el pago automático (PAT) de su boleta N° 48812077 por $18.940 fue rechazado por su banco.

Para evitar recargos, le recomendamos pagar antes del 20 de agosto en nuestra [sucursal virtual](https://www.aguasdelpuerto.example.cl/pagar).

Aguas del Puerto S.A."""
MESSAGES.append(M(
    "other", "utility_pago_rechazado", "es", "", "",
    ("Aguas del Puerto", "clientes@aguasdelpuerto.example.cl"),
    "Pago automático rechazado - Boleta N° 48812077", "2026-08-12 07:30 -0400", _body,
    st="html", charset="iso-8859-1", cte="qp",
    html=ats(_body, title="Aguas del Puerto", logo="https://www.aguasdelpuerto.example.cl/img/logo.png",
             logo_alt="Aguas del Puerto", color="#0077b6",
             footer="Aguas del Puerto S.A. · Este correo es informativo y no recibe respuestas."),
))

# 25. A friend in Cusco offers a place to stay for the interview.
MESSAGES.append(M(
    "other", "amigo_cusco_alojamiento", "es", "", "wilber.ccoa@example.pe",
    ("Wilber Ccoa", "wilber.ccoa@example.pe"),
    "si vienes a Cusco", "2026-06-05 20:12 -0500",
    """Hola Vale!! Qué alegría lo de la entrevista con el lodge, ojalá te vaya súper.

Si vienes a Cusco para la entrevista final te puedes quedar en mi casa en San Blas, hay un cuarto libre. Y aprovechamos de ir a comer un chiriuchu el domingo.

Avísame las fechas nomás.
Un abrazo fuerte
Wilber""",
    charset="utf-8", cte="8bit",
))

# 26. The airline, as a carrier: her flight was rescheduled.
_body = """Hola VALENTINA,

Lamentablemente tu vuelo fue reprogramado por razones operacionales.

Código de reserva: QX7L2M
Vuelo CA 1124 Santiago (SCL) - Mendoza (MDZ)
Antes: 11 abr 2026, 07:40
Ahora: 11 abr 2026, 13:15

Si el nuevo horario no te acomoda, puedes cambiar tu vuelo sin costo o solicitar la devolución en [Mis viajes](https://www.cieloaustral.example.ar/mis-viajes).

Cielo Austral"""
MESSAGES.append(M(
    "other", "vuelo_reprogramado", "es", "", "",
    ("Cielo Austral", "notificaciones@vuelos.cieloaustral.example.ar"),
    "Cambio en tu itinerario - Reserva QX7L2M", "2026-04-08 03:12 -0300", _body,
    st="html", charset="utf-8", cte="base64",
    html=ats(_body, title="Cielo Austral", logo="https://www.cieloaustral.example.ar/mail/logo.png",
             logo_alt="Cielo Austral", color="#1c4f9c", track="https://trk.cieloaustral.example.ar/c?u=",
             button=("Gestionar mi reserva", "https://www.cieloaustral.example.ar/mis-viajes"),
             footer="Cielo Austral Líneas Aéreas S.A. · Este es un correo automático, por favor no respondas."),
))

# 27. Guides' association mailing list: assembly notice.
MESSAGES.append(M(
    "other", "colegio_guias_asamblea", "es", "", "",
    ("Colegio de Guías de Turismo de Valparaíso", "directiva@guiasvalparaiso.example.cl"),
    "[guias-valpo] Citación Asamblea Ordinaria - jueves 23 de abril", "2026-04-14 21:30 -0400",
    """Estimadas y estimados colegas:

Se cita a Asamblea Ordinaria para el jueves 23 de abril a las 19:00 en primera citación y 19:30 en segunda, en la sede de calle Almirante Montt 72.

Tabla:
1. Cuenta de la directiva y balance 2025.
2. Tarifas mínimas sugeridas para la temporada de cruceros 2026-2027.
3. Convenio con la Asociación de Hoteles para capacitación en revenue.
4. Varios.

Se ruega puntualidad.

Directiva
Colegio de Guías de Turismo de Valparaíso

--
Recibiste este mensaje porque estás suscrita al grupo guias-valpo.
Para anular la suscripción, envía un correo a guias-valpo+unsubscribe@listas.guiasvalparaiso.example.cl""",
    charset="utf-8", cte="qp",
    hdrs=[("List-Id", "<guias-valpo.listas.guiasvalparaiso.example.cl>"),
          ("List-Unsubscribe", "<mailto:guias-valpo+unsubscribe@listas.guiasvalparaiso.example.cl>"),
          ("List-Post", "<mailto:guias-valpo@listas.guiasvalparaiso.example.cl>"),
          ("Precedence", "list")],
))

# 28. Her former boss was called for a reference.
MESSAGES.append(M(
    "other", "ex_jefe_referencia", "es", "", "hernan.solis@tourscerros.example.cl",
    ("Hernán Solís", "hernan.solis@tourscerros.example.cl"),
    "te llamaron para referencias", "2026-03-14 13:27 -0300",
    """Vale, te cuento que ayer me llamó la jefa de personas de Miradores del Pacífico para pedir referencias tuyas. Le dije maravillas, obvio: que manejaste los grupos de cruceros sola el verano pasado y que ningún pasajero se nos perdió jaja.

Me preguntó cómo reaccionas cuando hay problemas, y le conté lo del paro portuario del 2024.

Ojalá quedes! Cuando sepas algo me avisas.

Hernán
Tours Cerros de Valparaíso""",
    mua="iphone", charset="utf-8", cte="qp",
))

# 29. Career coach confirms a mock-interview session (a service she booked), alternative.
_body = """Hola Valentina:

Te confirmo nuestra sesión de simulación de entrevista en inglés:

Día: sábado 13 de junio
Hora: 10:00 (Chile)
Duración: 60 minutos
Lugar: Zoom (te mando el enlace el viernes)

Para aprovecharla, mándame antes la descripción del cargo al que quieras apuntar y tu CV actualizado. Trabajaremos preguntas de comportamiento y una pregunta de caso de revenue.

Nos vemos,
Fernanda Soto
Coach de carrera · Carrera Turística"""
MESSAGES.append(M(
    "other", "coach_sesion_confirmada", "es", "", "fernanda@carreraturistica.example.com",
    ("Fernanda Soto", "fernanda@carreraturistica.example.com"),
    "Confirmada: simulación de entrevista 13/06", "2026-06-08 17:02 -0400", _body,
    st="alt", mua="gmail", html=gmail(_body), charset="utf-8", cte="qp",
))

# ------------------------------------------------------------------------ English (10)

# 30. Job-alert digest from a job platform.
_intro = """Hi Valentina, here are new jobs matching your alert "revenue OR operations - hotel" in Zurich and Madrid."""
_items = [
    ("Revenue Manager (m/f/d) - Boutique Hotel Zurich Old Town", "Hotel Marktgasse Collection · Zürich · Full-time · Easy apply", "https://www.hirely.example.com/viewjob?jk=ab1290"),
    ("Hotel Operations Analyst - Madrid", "Harbourline Hotels · Madrid · Hybrid", "https://www.hirely.example.com/viewjob?jk=ab1311"),
    ("Night Manager - Lakeside Resort", "Lakeside Hotel Zurich · Zürich · Full-time", "https://www.hirely.example.com/viewjob?jk=ab1342"),
    ("Pricing Specialist, Tours & Activities", "Roamly · Remote (EU)", "https://www.hirely.example.com/viewjob?jk=ab1365"),
]
MESSAGES.append(M(
    "other", "hirely_job_alert", "en", "", "",
    ("Hirely Job Alerts", "alert@hirely.example.com"),
    "4 new jobs for revenue OR operations - hotel", "2026-08-18 05:02 +0000",
    _intro + "\n\n" + "\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items),
    st="html", charset="utf-8", cte="qp",
    hdrs=_list("<jobalerts.hirely.example.com>", "<https://www.hirely.example.com/alerts/unsubscribe?id=vra-4471>"),
    html=newsletter(title="Hirely", preheader="New jobs for your alert", masthead="Hirely Job Alerts", intro=_intro,
                    items=_items, cta="View job", color="#2164f3",
                    track="https://click.hirely.example.com/t?r=", pixel="https://click.hirely.example.com/o/alert-4471.gif",
                    web="https://www.hirely.example.com/alerts/view/4471",
                    footer="Hirely, 1 Quay Street, Dublin 2, Ireland · Registered in Ireland No 612345<br>"
                           "<a href=\"https://www.hirely.example.com/alerts/unsubscribe?id=vra-4471\" style=\"color:#999999;\">Unsubscribe from this alert</a>"),
))

# 31. Industry newsletter about rejection e-mails, alternative.
_body = """HOSPITALITY PULSE - Weekly briefing, 2 July 2026

1. Why rejection emails are getting shorter
Hotel groups are cutting candidate communications to a single line - "unfortunately we will not be moving forward" - and candidates have noticed. We spoke to three talent leaders about what good looks like.
Read more: https://pulse.hospitality.example.com/r/rejection-emails

2. The no-show problem
Up to 20% of candidates miss their first interview in hospitality. One Lisbon group now sends WhatsApp reminders and has halved no-shows.
Read more: https://pulse.hospitality.example.com/r/no-shows

3. Revenue roles are opening up again in Southern Europe
Job postings for revenue analysts in Spain and Portugal are up 18% year on year.
Read more: https://pulse.hospitality.example.com/r/revenue-jobs

You're receiving Hospitality Pulse because you signed up at pulse.hospitality.example.com.
Unsubscribe: https://pulse.hospitality.example.com/unsubscribe?u=vra
Hospitality Pulse Media Ltd, 14 Gray's Inn Road, London WC1X 8HN. Registered in England No 11223344."""
MESSAGES.append(M(
    "other", "pulse_newsletter_rejection_emails", "en", "", "",
    ("Hospitality Pulse", "briefing@pulse.hospitality.example.com"),
    "Why rejection emails are getting shorter | The no-show problem", "2026-07-02 06:00 +0100", _body,
    st="alt", charset="utf-8", cte="qp",
    hdrs=_list("Hospitality Pulse <weekly.pulse.hospitality.example.com>", "<https://pulse.hospitality.example.com/unsubscribe?u=vra>"),
    html=newsletter(title="Hospitality Pulse", preheader="Weekly briefing, 2 July 2026", masthead="HOSPITALITY PULSE",
                    intro="Weekly briefing, 2 July 2026", cta="Read more", color="#222222",
                    items=[("Why rejection emails are getting shorter", "Hotel groups are cutting candidate communications to a single line - \"unfortunately we will not be moving forward\" - and candidates have noticed.", "https://pulse.hospitality.example.com/r/rejection-emails"),
                           ("The no-show problem", "Up to 20% of candidates miss their first interview in hospitality. One Lisbon group now sends WhatsApp reminders.", "https://pulse.hospitality.example.com/r/no-shows"),
                           ("Revenue roles are opening up again in Southern Europe", "Job postings for revenue analysts in Spain and Portugal are up 18% year on year.", "https://pulse.hospitality.example.com/r/revenue-jobs")],
                    track="https://pulse.hospitality.example.com/c?u=", pixel="https://pulse.hospitality.example.com/o/0702-vra.gif",
                    web="https://pulse.hospitality.example.com/issues/2026-07-02",
                    footer="Hospitality Pulse Media Ltd, 14 Gray's Inn Road, London WC1X 8HN. Registered in England No 11223344.<br>"
                           "<a href=\"https://pulse.hospitality.example.com/unsubscribe?u=vra\" style=\"color:#999999;\">Unsubscribe</a>"),
))

# 32. Podcast interview request, English.
MESSAGES.append(M(
    "other", "revenue_room_podcast", "en", "", "nina@therevenueroom.example.com",
    ("Nina Patel", "nina@therevenueroom.example.com"),
    "Interview request - The Revenue Room podcast", "2026-09-23 15:10 +0100",
    """Hi Valentina,

I host The Revenue Room, a podcast about pricing and distribution in hospitality. I read your LinkedIn post about moving from tour guiding into revenue management and I think our listeners would love your story.

Would you be up for a 40-minute interview over Riverside some time in October? I'll send questions in advance; no preparation needed beyond that.

Cheers,
Nina Patel
Host, The Revenue Room
therevenueroom.example.com""",
    charset="utf-8", cte="7bit",
))

# 33. User-research interview request from a product team, English.
MESSAGES.append(M(
    "other", "wanderly_user_interview", "en", "", "theo.nguyen@wanderly.example.com",
    ("Theo Nguyen", "theo.nguyen@wanderly.example.com"),
    "Quick user interview? (EUR 40 voucher)", "2026-04-23 17:55 +0200",
    """Hi Valentina,

I'm a product researcher at Wanderly. You signed up as a guide on our marketplace last year, and we're redesigning how guides manage their availability.

Would you be open to a 45-minute user interview on video? We'll ask about how you plan your weeks and what drives you crazy about booking tools. As a thank-you we'll send a EUR 40 voucher.

If you're up for it, reply with a couple of times that suit you next week.

Thanks,
Theo
--
Theo Nguyen | Product Research | Wanderly""",
    charset="utf-8", cte="7bit",
))

# 34. Out-of-office from the hotel recruiter in Madrid, subject quotes "Interview".
MESSAGES.append(M(
    "other", "ooo_recruiter_interview_subject", "en", "", "priya.raman@harbourline.example.com",
    ("Priya Raman", "priya.raman@harbourline.example.com"),
    "Automatic reply: Interview: Revenue Analyst - Valentina Ruiz-Achterberg", "2026-02-21 08:00 +0100",
    """Thank you for your email. I am out of the office until Monday 23 February with limited access to email.

For urgent matters, please contact recruitment.spain@harbourline.example.com.

Kind regards,
Priya Raman""",
    mua="outlook", charset="utf-8", cte="7bit",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

# 35. Head-hunter cold outreach, English, alternative.
_body = """Hi Valentina,

I hope you don't mind the direct approach. I lead hospitality search at Lakeshore Search in Zurich, and I'm working with a small collection of lakeside hotels looking for a multilingual Revenue & Distribution Manager.

Your background - guiding, languages, and the recent move into revenue - is unusual and could be a great fit. Would you be open to a confidential chat next week? No commitment at all.

Best regards,
Oliver Brandt
Partner, Hospitality Practice
Lakeshore Search AG | Seefeldstrasse 45 | 8008 Zürich
+41 44 555 18 90"""
MESSAGES.append(M(
    "other", "headhunter_cold_outreach_en", "en", "", "oliver.brandt@lakeshoresearch.example.ch",
    ("Oliver Brandt", "oliver.brandt@lakeshoresearch.example.ch"),
    "Confidential - Revenue & Distribution Manager, Zurich", "2026-10-01 09:40 +0200", _body,
    st="alt", mua="outlook", html=gmail(_body), charset="utf-8", cte="qp",
))

# 36. Parcel delivery: unfortunately your package is delayed.
_body = """Hi Valentina,

Unfortunately your package is delayed.

Tracking number: PG8812003410CH
From: Bergsport Outlet Zürich
New estimated delivery: Tue, 13 October

We're sorry for the wait. There's nothing you need to do - we'll let you know when it's out for delivery.

[Track your parcel](https://track.parcelgo.example.com/PG8812003410CH)

ParcelGo"""
MESSAGES.append(M(
    "other", "parcel_delayed_en", "en", "", "",
    ("ParcelGo", "tracking@parcelgo.example.com"),
    "Unfortunately your package is delayed", "2026-10-09 16:18 +0200", _body,
    st="html", charset="utf-8", cte="qp",
    html=ats(_body, title="ParcelGo", logo="https://parcelgo.example.com/email/logo.png", logo_alt="ParcelGo",
             color="#6a1b9a", track="https://click.parcelgo.example.com/?u=",
             pixel="https://click.parcelgo.example.com/o/PG8812003410CH.gif",
             footer="ParcelGo Ltd · Registered in England No 07654321 · This is an automated message."),
))

# 37. Her cousin tells about his own rejection.
MESSAGES.append(M(
    "other", "cousin_own_rejection", "en", "", "daan.achterberg@example.nl",
    ("Daan Achterberg", "daan.achterberg@example.nl"),
    "well that's that", "2026-05-30 21:04 +0200",
    """Hey Vale,

So the hotel school internship in Lausanne said no. "We regret to inform you that your application has not been successful." Three rounds of interviews for an internship! Mum is more upset than me, honestly.

How's your hunt going? Did the Madrid people ever get back to you? If you end up in Zurich we're basically neighbours (ok, 8 hours by train).

Daan""",
    mua="apple", charset="utf-8", cte="7bit",
))

# 38. Conference registration confirmed (an "application" of another kind).
_body = """Hi Valentina,

Your registration for Revenue Management Summit Madrid 2026 is confirmed.

Ticket: Early Bird - Practitioner
Dates: 14-15 October 2026
Venue: Palacio de Congresos, Paseo de la Castellana 99, Madrid
Order: RMS26-4471

Your scholarship application for the career-changers programme has also been received; the committee will reply by 30 September.

[Add to calendar](https://rmsummit.example.com/calendar/rms26.ics)

See you in Madrid!
The RM Summit team"""
MESSAGES.append(M(
    "other", "conference_registration", "en", "", "",
    ("Revenue Management Summit", "tickets@rmsummit.example.com"),
    "You're registered: Revenue Management Summit Madrid 2026", "2026-09-07 11:00 +0200", _body,
    st="html", charset="utf-8", cte="base64",
    hdrs=[("List-Unsubscribe", "<https://rmsummit.example.com/unsubscribe?o=RMS26-4471>")],
    html=ats(_body, title="RM Summit", logo="https://rmsummit.example.com/img/logo.png", logo_alt="Revenue Management Summit",
             color="#e63946", track="https://rmsummit.example.com/t?u=", pixel="https://rmsummit.example.com/o/RMS26-4471.gif",
             footer="RM Events S.L. · Calle de Velázquez 12, 28001 Madrid · "
                    "<a href=\"https://rmsummit.example.com/unsubscribe?o=RMS26-4471\" style=\"color:#8a8a8a;\">Unsubscribe</a>"),
))

# 39. Her own thank-you note after an interview (no contact).
MESSAGES.append(M(
    "other", "sent_thank_you_note", "en", "", "",
    ME, "Thank you - Operations Associate interview", "2026-03-13 18:22 -0300",
    """Hi Lucy,

Thank you for organising today's interviews with Jaime and Sofía. I really enjoyed the case discussion on the Lisbon pricing calendar and learning how Roamly works with local suppliers.

I'm even more excited about the Operations Associate role now. Please let me know if you need anything else from me.

Best regards,
Valentina Ruiz-Achterberg""",
    to=("Lucy Okafor", "lucy.okafor@roamly.example.com"), mua="gmail", charset="utf-8", cte="8bit",
))

# ------------------------------------------------------------------------- French (9)

# 40. Job-alert digest from the French platform.
_intro = """Bonjour Valentina, 5 nouvelles offres correspondent à ton alerte « exploitation hôtelière » autour de Nice."""
_items = [
    ("Responsable d'hébergement - Hôtel 4* Promenade des Anglais", "CDI · Nice · Anglais courant", "https://www.cotejobs.example.fr/offre/41120"),
    ("Revenue Manager junior - Groupe hôtelier familial", "CDI · Antibes · Télétravail partiel", "https://www.cotejobs.example.fr/offre/41133"),
    ("Chef de réception - Résidence de tourisme", "CDD saison · Menton", "https://www.cotejobs.example.fr/offre/41150"),
    ("Chargé(e) d'opérations croisières", "CDI · Marseille · Espagnol apprécié", "https://www.cotejobs.example.fr/offre/41161"),
    ("Guide-conférencier(ère) multilingue", "Freelance · Monaco", "https://www.cotejobs.example.fr/offre/41170"),
]
MESSAGES.append(M(
    "other", "cotejobs_alerte", "fr", "", "",
    ("Côté Jobs", "alertes@notifications.cotejobs.example.fr"),
    "5 nouvelles offres pour « exploitation hôtelière »", "2026-05-05 07:15 +0200",
    _intro + "\n\n" + "\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items),
    st="html", charset="utf-8", cte="qp",
    hdrs=_list("<alertes.cotejobs.example.fr>", "<https://www.cotejobs.example.fr/preferences/unsubscribe?u=vra>"),
    html=newsletter(title="Côté Jobs", preheader="Tes nouvelles offres du jour", masthead="Côté Jobs · Alertes", intro=_intro,
                    items=_items, cta="Voir l'offre", color="#2b2d42",
                    track="https://tr.cotejobs.example.fr/c?u=", pixel="https://tr.cotejobs.example.fr/o/alerte-0505.gif",
                    web="https://www.cotejobs.example.fr/alertes/voir/0505",
                    footer="Côté Jobs SAS · 5 rue Saint-François-de-Paule, 06300 Nice<br>"
                           "<a href=\"https://www.cotejobs.example.fr/preferences/unsubscribe?u=vra\" style=\"color:#999999;\">Se désinscrire</a>"),
))

# 41. Career-advice newsletter: "missed interview?", alternative.
_body = """Entretien raté ? 4 conseils pour rebondir

Bonjour Valentina,

Vous avez manqué un entretien, ou vous êtes sortie d'un rendez-vous en sachant que ça ne s'était pas bien passé ? Pas de panique.

1. Écrivez le jour même : un message court, sincère, sans vous justifier pendant trois paragraphes.
2. Demandez un nouveau créneau si c'est vous qui n'étiez pas là.
3. Si le recruteur vous répond « nous ne donnerons pas suite », demandez un retour.
4. Notez ce que vous changeriez pour le prochain entretien.

Lire l'article complet : https://www.carrieres-tourisme.example.fr/conseils/entretien-rate

Carrières Tourisme - la lettre des métiers du tourisme
Vous recevez cette lettre car vous êtes inscrite sur carrieres-tourisme.example.fr.
Se désabonner : https://www.carrieres-tourisme.example.fr/desabonnement"""
MESSAGES.append(M(
    "other", "lettre_entretien_rate", "fr", "", "",
    ("Carrières Tourisme", "lettre@carrieres-tourisme.example.fr"),
    "Entretien raté ? 4 conseils pour rebondir", "2026-06-04 08:00 +0200", _body,
    st="alt", charset="windows-1252", cte="qp",
    hdrs=_list("<lettre.carrieres-tourisme.example.fr>", "<https://www.carrieres-tourisme.example.fr/desabonnement>"),
    html=ats(_body, title="Carrières Tourisme", logo="https://www.carrieres-tourisme.example.fr/img/logo.png",
             logo_alt="Carrières Tourisme", color="#264653", track="https://news.carrieres-tourisme.example.fr/r?u=",
             pixel="https://news.carrieres-tourisme.example.fr/o/0604.gif",
             footer="Carrières Tourisme &middot; <a href=\"https://www.carrieres-tourisme.example.fr/desabonnement\" style=\"color:#8a8a8a;\">Se désabonner</a>"),
))

# 42. A journalist in Nice asks for an interview.
MESSAGES.append(M(
    "other", "journaliste_interview", "fr", "", "l.roux@echo-azureen.example.fr",
    ("Lucie Roux", "l.roux@echo-azureen.example.fr"),
    "Demande d'interview - L'Écho Azuréen", "2026-07-22 14:20 +0200",
    """Bonjour Madame Ruiz-Achterberg,

Je suis journaliste à L'Écho Azuréen et je prépare un dossier sur les professionnels sud-américains du tourisme installés sur la Côte d'Azur.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou autour d'un café à Nice, la semaine prochaine ?

Bien cordialement,

Lucie Roux
Journaliste - rubrique Économie
L'Écho Azuréen
06 12 44 80 31""",
    charset="iso-8859-1", cte="qp",
))

# 43. Rental application ("dossier") not retained, from a no-reply.
MESSAGES.append(M(
    "other", "dossier_location_refuse", "fr", "", "",
    ("Agence du Port Lympia", "ne-pas-repondre@agence-portlympia.example.fr"),
    "Votre dossier de location - T2 rue Bonaparte", "2026-05-21 17:40 +0200",
    """Madame,

Nous vous remercions pour le dépôt de votre dossier de candidature pour l'appartement T2 situé 14 rue Bonaparte, 06300 Nice.

Après étude par le propriétaire, nous sommes au regret de vous informer que votre dossier n'a pas été retenu : le bailleur a privilégié un candidat disposant d'un garant en France.

Nous vous invitons à consulter nos autres biens disponibles sur notre site.

Agence du Port Lympia - Service location
Message automatique, merci de ne pas répondre.""",
    charset="utf-8", cte="base64",
))

# 44. Bank: loan request received (French).
_body = """Bonjour Madame Ruiz-Achterberg,

Nous avons bien reçu votre demande de prêt personnel n° PP-2026-55817 d'un montant de 5 000 €.

Votre conseiller l'étudiera dans un délai de 5 jours ouvrés. Vous pouvez suivre l'avancement de votre demande dans votre espace client.

Banque Azur Méditerranée"""
MESSAGES.append(M(
    "other", "banque_demande_pret_recue", "fr", "", "",
    ("Banque Azur Méditerranée", "service-client@banque-azur.example.fr"),
    "Votre demande de prêt a bien été reçue", "2026-08-25 10:05 +0200", _body,
    st="html", charset="windows-1252", cte="qp",
    html=ats(_body, title="Banque Azur Méditerranée", logo="https://www.banque-azur.example.fr/mail/logo.png",
             logo_alt="Banque Azur Méditerranée", color="#00539b",
             footer="Banque Azur Méditerranée SA au capital de 120 000 000 € - RCS Nice 552 100 220.<br>"
                    "Nous ne vous demanderons jamais vos codes par e-mail."),
))

# 45. Her own spontaneous application in French (no contact).
MESSAGES.append(M(
    "other", "envoi_candidature_spontanee", "fr", "", "",
    ME, "Candidature spontanée - exploitation hôtelière / revenue management", "2026-02-10 08:47 -0300",
    """Madame, Monsieur,

Guide touristique à Valparaíso depuis sept ans et récemment diplômée en revenue management hôtelier, je souhaite mettre mes compétences au service d'un établissement du Groupe Riviera Hospitalité.

Je parle couramment français, anglais, allemand et espagnol, et je serai installée à Nice à partir de mai.

Vous trouverez mon CV en lien ci-dessous. Je me tiens à votre disposition pour un entretien.

https://cv.example.cl/valentina-ruiz-achterberg-fr

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Valentina Ruiz-Achterberg""",
    to="recrutement@riviera-hospitalite.example.fr", charset="utf-8", cte="qp",
))

# 46. Out-of-office from the cruise company's HR manager.
MESSAGES.append(M(
    "other", "absence_reponse_auto", "fr", "", "h.marchetti@croisieres-lumiere.example.fr",
    ("Hélène Marchetti", "h.marchetti@croisieres-lumiere.example.fr"),
    "Réponse automatique : Entretien - Responsable des excursions à terre", "2026-03-05 12:01 +0100",
    """Bonjour,

Je suis absente du bureau jusqu'au 9 mars inclus. Je prendrai connaissance de votre message à mon retour.

En cas d'urgence, vous pouvez contacter le service RH au 04 93 55 61 00.

Hélène Marchetti""",
    mua="outlook", charset="utf-8", cte="8bit",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

# 47. A former colleague tells about her interview at an airline, alternative.
_body = """Coucou Valentina !

Devine quoi : j'ai passé un entretien hier chez une compagnie aérienne à l'aéroport de Nice, pour un poste de superviseure escale. Trois personnes en face de moi, une mise en situation en anglais... j'étais morte de trac mais je crois que ça s'est bien passé !

Et toi, ça avance ton installation à Nice ? On se fait un apéro sur le cours Saleya quand tu arrives ?

Bisous,
Margaux"""
MESSAGES.append(M(
    "other", "amie_entretien_compagnie", "fr", "", "margaux.lefevre@example.fr",
    ("Margaux Lefèvre", "margaux.lefevre@example.fr"),
    "devine quoi", "2026-04-28 20:33 +0200", _body,
    st="alt", mua="gmail", html=gmail(_body), charset="utf-8", cte="qp",
))

# 48. Residence-permit request registered (an administrative application).
MESSAGES.append(M(
    "other", "titre_sejour_demande_enregistree", "fr", "", "",
    ("Démarches Étrangers", "ne-pas-repondre@demarches-etrangers.example.fr"),
    "Votre demande a bien été enregistrée", "2026-04-24 09:03 +0200",
    """Madame RUIZ-ACHTERBERG Valentina,

Votre demande de titre de séjour « salarié » a bien été enregistrée sous le numéro 06-2026-118734.

Elle sera instruite par la préfecture compétente. Vous serez informée par courriel de chaque étape de l'instruction. Ne répondez pas à ce courriel.

L'équipe Démarches Étrangers""",
    charset="iso-8859-1", cte="qp",
))

# ------------------------------------------------------------------------- German (4)

# 49. Job-alert digest ("Jobagent") from the Swiss job portal.
_intro = """Guten Tag Valentina Ruiz-Achterberg

Ihr Jobagent «Revenue Manager, Zürich» hat 7 neue Stellen gefunden."""
_items = [
    ("Revenue Manager 100 % - Stadthotel Zürich", "Zürich · Festanstellung · vor 1 Tag", "https://www.jobwelt.example.ch/stelle/771201"),
    ("Assistant Revenue Manager (m/w/d)", "Alpenglanz Hotelgruppe · Zürich · 80-100 %", "https://www.jobwelt.example.ch/stelle/771218"),
    ("Front Office Manager", "Seehotel Rapperswil · Rapperswil-Jona", "https://www.jobwelt.example.ch/stelle/771240"),
    ("Pricing Analyst Tourismus", "Bergbahnen Zentralschweiz · Luzern", "https://www.jobwelt.example.ch/stelle/771266"),
]
MESSAGES.append(M(
    "other", "jobagent_digest", "de", "", "",
    ("jobwelt.ch Jobagent", "jobagent@mailing.jobwelt.example.ch"),
    "7 neue Stellen für «Revenue Manager, Zürich»", "2026-07-13 06:10 +0200",
    _intro + "\n\n" + "\n\n".join(f"{h}\n{s}\n{u}" for h, s, u in _items),
    st="html", charset="utf-8", cte="base64",
    hdrs=_list("<jobagent.jobwelt.example.ch>", "<https://www.jobwelt.example.ch/jobagent/abmelden?id=vra-22>"),
    html=newsletter(title="jobwelt.ch Jobagent", preheader="Neue Stellen für Ihren Jobagent", masthead="jobwelt.ch · Jobagent",
                    intro=_intro, items=_items, cta="Stelle ansehen", color="#d6001c",
                    track="https://click.jobwelt.example.ch/?u=", pixel="https://click.jobwelt.example.ch/o/ja-vra-22.gif",
                    web="https://www.jobwelt.example.ch/jobagent/ansehen/22",
                    footer="jobwelt.ch AG · Hardturmstrasse 201 · 8005 Zürich<br>"
                           "<a href=\"https://www.jobwelt.example.ch/jobagent/abmelden?id=vra-22\" style=\"color:#999999;\">Jobagent abbestellen</a>"),
))

# 50. Flat application declined by the property manager (a person).
MESSAGES.append(M(
    "other", "wohnungsbewerbung_absage", "de", "", "r.huber@immo-seefeld.example.ch",
    ("Regula Huber", "r.huber@immo-seefeld.example.ch"),
    "Ihre Bewerbung für die 2-Zimmer-Wohnung Dufourstrasse 118", "2026-08-28 16:22 +0200",
    """Sehr geehrte Frau Ruiz-Achterberg

Besten Dank für Ihre Bewerbung für die 2-Zimmer-Wohnung an der Dufourstrasse 118 und Ihr Interesse an unserer Liegenschaft.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Wir bitten um Verständnis, dass wir bei über 200 Bewerbungen keine Einzelbegründungen abgeben können.

Gerne dürfen Sie sich wieder bei uns melden.

Freundliche Grüsse
Regula Huber
Bewirtschafterin
Immo Seefeld AG | Kreuzstrasse 26 | 8008 Zürich | 044 388 41 10""",
    mua="outlook", charset="iso-8859-1", cte="qp",
))

# 51. Out-of-office from the Swiss agency consultant.
MESSAGES.append(M(
    "other", "abwesenheitsnotiz", "de", "", "nadine.kessler@kessler-hospitality.example.ch",
    ("Nadine Kessler", "nadine.kessler@kessler-hospitality.example.ch"),
    "Abwesenheitsnotiz: Re: Interview Hotel Sonnenberg Zürich", "2026-05-22 18:02 +0200",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis und mit 25. Mai abwesend und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an office@kessler-hospitality.example.ch.

Freundliche Grüsse
Nadine Kessler""",
    charset="utf-8", cte="qp",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
))

# 52. Her aunt asks how the interview in Zurich went.
MESSAGES.append(M(
    "other", "tante_fragt_interview", "de", "", "ilse.achterberg@example.de",
    ("Ilse Achterberg", "ilse.achterberg@example.de"),
    "Wie war's?", "2026-08-06 19:48 +0200",
    """Liebe Valentina,

Wie ist denn dein Vorstellungsgespräch am See gelaufen? Deine Mutter hat erzählt, dass es gleich zwei Termine gab und einer verschoben wurde. Ich drücke dir ganz fest die Daumen!

Wenn es klappt, kommen Onkel Jan und ich dich im Herbst besuchen - von Freiburg ist es ja nur ein Katzensprung.

Alles Liebe
Tante Ilse

Am 30.07.2026 um 22:10 schrieb Valentina Ruiz-Achterberg <valentina.ra@example.cl>:
""" + q("""Liebe Tante Ilse, stell dir vor, ich habe eine Einladung zum Vorstellungsgespräch in Zürich! Am 3. August, ich melde mich danach.
Valentina"""),
    mua="apple", charset="utf-8", cte="8bit", irt="<9C1D2E3F-4A5B-6C7D-8E9F-vra0730ilse@example.cl>",
))
