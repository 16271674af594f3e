"""Corpus 266 - other (52): digests, advice, the candidate's own mail, auto-replies, look-alikes."""

from __future__ import annotations

from msgs266_common import (
    CANDIDATE,
    M,
    newsletter_html,
    quote,
    wrote_en,
    wrote_es,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

_SIG_ES = """Xabier Ondarra-Lindgren
Santander · +34 642 118 305"""
_SIG_EN = """Xabier Ondarra-Lindgren
Santander, Spain · +34 642 118 305"""


def _list(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ================================================================ es (29)
_items = [
    ("Técnico/a de calidad – conservera (Santoña)", "https://empleonorte.example.es/o/88121",
     "Jornada de mañana. Se valora experiencia con producto del mar. Entrevistas la próxima semana."),
    ("Auxiliar de laboratorio – industria láctea (Torrelavega)",
     "https://empleonorte.example.es/o/88140", "Contrato de 6 meses con posibilidad de indefinido."),
    ("Operario/a de control de calidad – astillero (Santander)",
     "https://empleonorte.example.es/o/88152", "Inspección visual y registro de no conformidades."),
    ("Consejo de la semana: qué hacer si te rechazan tras la entrevista",
     "https://empleonorte.example.es/blog/rechazo", "Pide feedback, apunta lo aprendido y sigue."),
]
add(M(kind="other", slug="empleo_norte_alert_digest", lang="es", company="", contact="",
      frm="Empleo Norte <alertas@empleonorte.example.es>",
      subject="4 ofertas nuevas para «técnico de calidad» en Cantabria",
      date="2026-01-12 07:00",
      text="""Hola Xabier,

Estas son las nuevas ofertas que coinciden con tu alerta «técnico de calidad» en Cantabria:

1. Técnico/a de calidad – conservera (Santoña)
   Jornada de mañana. Entrevistas la próxima semana.
   https://empleonorte.example.es/o/88121

2. Auxiliar de laboratorio – industria láctea (Torrelavega)
   https://empleonorte.example.es/o/88140

3. Operario/a de control de calidad – astillero (Santander)
   https://empleonorte.example.es/o/88152

Consejo de la semana: qué hacer si te rechazan tras la entrevista
https://empleonorte.example.es/blog/rechazo

Gestionar alertas: https://empleonorte.example.es/alertas
Darte de baja: https://empleonorte.example.es/baja?u=x0l""",
      html=newsletter_html("Tus alertas de empleo", "<p>Hola Xabier, estas son las novedades de "
                           "tu alerta <b>técnico de calidad</b>:</p>", _items,
                           '<a href="https://empleonorte.example.es/baja?u=x0l">Darte de baja</a>'
                           " · Empleo Norte", "es"),
      headers=_list("Alertas Empleo Norte <alertas.empleonorte.example.es>",
                    "https://empleonorte.example.es/baja?u=x0l")))

add(M(kind="other", slug="oficios_del_mar_advice", lang="es", company="", contact="",
      frm="Oficios del Mar <boletin@oficiosdelmar.example.es>",
      subject="Cómo encajar un «no» después de una entrevista",
      date="2026-02-23 08:30", cte="quoted-printable",
      text="""OFICIOS DEL MAR · Boletín nº 62

Cómo encajar un «no» después de una entrevista

Recibir un correo que empieza por «Lamentamos comunicarte que...» duele, sobre todo cuando llevas años en un oficio y te estás atreviendo con otro. Tres ideas de nuestra orientadora, Pilar Abascal:

1. No lo tomes como un juicio sobre ti. Muchas empresas deciden avanzar con candidaturas que ya tienen experiencia en el sector; no es que tú no valgas.

2. Pide feedback. Un «¿qué podría mejorar para la próxima vez?» educado suele tener respuesta, sobre todo en empresas pequeñas.

3. Cuenta tus entrevistas, no tus rechazos. Si te llaman para entrevistas, tu CV funciona. Falta rodaje.

En el próximo número: cómo pasar de la lonja a la industria conservera sin empezar de cero.

Leer en la web: https://oficiosdelmar.example.es/boletin/62
Baja del boletín: https://oficiosdelmar.example.es/baja""",
      headers=_list("Oficios del Mar - boletin <boletin.oficiosdelmar.example.es>",
                    "mailto:baja@oficiosdelmar.example.es")))

add(M(kind="other", slug="own_thanks_labpas", lang="es", company="", contact="",
      frm=CANDIDATE, to="Marta Quintana <marta.quintana@labpas.example.es>",
      subject="Gracias por la entrevista de hoy",
      date="2026-03-19 18:42", key="labpas-thanks", reply_of="labpas-move",
      text="""Hola Marta:

Muchas gracias por la entrevista de esta mañana con el panel. Me gustó mucho conocer el laboratorio y ver cómo trabajáis las muestras de producto lácteo con el equipo de microbiología.

Como comenté, en la lonja llevo años controlando temperaturas, trazabilidad de lotes y el APPCC del puesto, y tengo muchas ganas de dar el paso al laboratorio.

Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Xabier Ondarra-Lindgren
+34 642 118 305"""))

add(M(kind="other", slug="own_application_musel_cv", lang="es", company="", contact="",
      frm=CANDIDATE, to="Conservas El Musel <rrhh@conservaselmusel.example.es>",
      subject="Solicitud puesto Técnico de Calidad en planta",
      date="2026-08-31 20:05", key="musel-apply",
      text=f"""Buenas tardes:

He visto en el portal de empleo de Asturias que buscáis un Técnico de Calidad para la planta de Gijón y me gustaría presentar mi candidatura.

Llevo once años como pescadero en el Mercado de la Esperanza (Santander), donde me encargo de la recepción de producto, el control de temperaturas y los registros de trazabilidad. Este año he completado un curso de APPCC y otro de auditor interno de seguridad alimentaria. Tengo disponibilidad para trasladarme a Gijón.

Os adjunto mi currículum. Quedo a la espera de vuestras noticias.

Un saludo,
{_SIG_ES}""",
      pdf=[("CV_Xabier_Ondarra-Lindgren.pdf", [
          "XABIER ONDARRA-LINDGREN", "Santander - xabier.ol@example.es - +34 642 118 305",
          "Experiencia: Pescadero, Mercado de la Esperanza (2015-2026)",
          "Formación: Curso APPCC (2026); Auditor interno seguridad alimentaria (2026)",
          "Idiomas: español, euskera, inglés (B2), sueco (básico)"])]))

add(M(kind="other", slug="own_reschedule_sardinero", lang="es", company="", contact="",
      frm=CANDIDATE, to="Pablo Setién <pablo.setien@cervezassardinero.example.es>",
      subject="Re: ¿un café el jueves?",
      date="2026-05-12 07:15", key="sardinero-chat-moved", reply_of="sardinero-chat",
      text=f"""¡Buenas, Pablo! Muchas gracias por escribirme, me hace mucha ilusión.

El jueves estoy solo en el puesto toda la mañana y no puedo escaparme. ¿Podríamos dejarlo para el viernes 15 a la misma hora? Si no, cualquier tarde a partir de las 15:30.

Un abrazo,
Xabier

{wrote_es("lun, 11 may 2026 a las 22:03", "Pablo Setién", "pablo.setien@cervezassardinero.example.es")}
> ¿Estás libre el jueves a media mañana para charlar un ratuco? Nos tomamos un café
> en la fábrica de Nueva Montaña y te la enseño. Sin formalidades.
"""))

add(M(kind="other", slug="own_apology_besaya_missed_call", lang="es", company="", contact="",
      frm=CANDIDATE, to="Nuria Cobo <nuria.cobo@lacteosbesaya.example.es>",
      subject="Re: Entrevista telefónica de hoy",
      date="2026-01-28 13:10", reply_of="besaya-missed",
      text=f"""Hola Nuria:

Te pido mil disculpas. Esta mañana se me cayó el móvil en una caja de hielo en la lonja y no ha vuelto a encenderse hasta ahora, con arroz y paciencia. No he visto vuestras llamadas hasta hace un rato.

Sigo muy interesado en el puesto. Si fuera posible hacer la entrevista otro día, puedo cualquier tarde de esta semana o el lunes por la mañana.

Gracias por la comprensión,
{_SIG_ES}

{wrote_es("mié, 28 ene 2026 a las 10:26", "Nuria Cobo", "nuria.cobo@lacteosbesaya.example.es")}
> Te escribo porque hoy a las 10:00 teníamos reservada la entrevista telefónica para
> el puesto de Técnico/a de Laboratorio de Calidad. Intentamos llamarte dos veces al
> 642 118 305, a las 10:00 y a las 10:10, pero no conseguimos hablar contigo.
"""))

add(M(kind="other", slug="podcast_mareas_interview", lang="es", company="",
      contact="irene.bedia@podcastmareas.example.es",
      frm="Irene Bedia <irene.bedia@podcastmareas.example.es>",
      subject="Entrevista para el podcast «Mareas»",
      date="2026-06-22 11:37", hdr=("utf-8", "B"),
      text="""Hola Xabier:

Soy Irene, productora de «Mareas», un podcast sobre gente que vive del mar en el Cantábrico. Un compañero tuyo del Mercado de la Esperanza nos contó que estás dejando la pescadería para trabajar en control de calidad, y nos encantaría entrevistarte para un episodio sobre oficios que cambian.

Sería una conversación de unos 40 minutos, grabada en nuestro estudio de la calle Santa Lucía o en el propio mercado, como prefieras. No hace falta preparar nada.

¿Te animas? Dime qué semanas de julio te vendrían bien.

Un saludo,
Irene Bedia
Producción · Mareas Podcast
663 20 14 87"""))

add(M(kind="other", slug="paquete_retrasado", lang="es", company="", contact="",
      frm="Envíos Rápidos Cantábrico <notificaciones@enviosrapidos.example.es>",
      subject="Lamentablemente tu paquete llegará con retraso",
      date="2026-03-30 15:02",
      html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#e67e22">Tu envío ER-4471902-ES se ha retrasado</h2>
<p>Hola Xabier,</p>
<p>Lamentablemente, tu paquete no podrá entregarse en la fecha prevista por una incidencia en nuestro centro de Valladolid. La nueva fecha estimada de entrega es el <strong>jueves 2 de abril</strong>.</p>
<p>No es necesario que hagas nada. Puedes seguir la posición de tu paquete en tiempo real:</p>
<p><a href="https://enviosrapidos.example.es/seguimiento/ER-4471902-ES">Ver seguimiento</a></p>
<p style="font-size:11px;color:#888">Este es un mensaje automático, por favor no respondas.</p>
</body></html>""",
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind="other", slug="regata_posiciones_gps", lang="es", company="", contact="",
      frm="Club Náutico Puertochico <no-reply@cnpuertochico.example.es>",
      subject="Regata de la Bahía: posiciones provisionales y track GPS",
      date="2026-07-05 21:40", cte="quoted-printable",
      text="""Regata de la Bahía de Santander · 5 de julio de 2026

Clasificación provisional (clase crucero):
1. «Marea Alta» – 1:52:14
2. «Txipiron» – 1:55:40
3. «Gaviota III» – 1:57:02

Tu embarcación, «Txipiron», terminó en segunda posición. Puedes descargar el track GPS completo y revisar la posición de cada barco en cada baliza en:
https://cnpuertochico.example.es/regatas/2026-bahia/track

Las reclamaciones deben presentarse antes del martes a las 20:00 en la secretaría del club.

Comité de Regatas
Club Náutico Puertochico""",
      headers=_list("Socios regatas <regatas.cnpuertochico.example.es>",
                    "https://cnpuertochico.example.es/baja")))

add(M(kind="other", slug="amigo_rechazo_laredo", lang="es", company="",
      contact="iker.ruiz@correo.example.es",
      frm="Iker Ruiz <iker.ruiz@correo.example.es>",
      subject="qué bajón",
      date="2026-04-16 22:48", cte="8bit",
      text="""Xabi, ¿qué tal?

Te cuento porque sé que estás en las mismas: me han rechazado en la conservera de Laredo. Me llegó esta tarde el típico correo de «hemos decidido seguir con otros candidatos». Después de dos entrevistas y una prueba en la línea, ni una llamada. Menudo bajón.

Bueno, el sábado nos tomamos algo en Cañadío y me cuentas cómo llevas lo tuyo, que tú tienes más paciencia que yo.

Abrazo,
Iker"""))

add(M(kind="other", slug="banco_cita_gestor_cp1252", lang="es", company="",
      contact="marina.pellon@bancocantabrico.example.es",
      frm="Marina Pellón <marina.pellon@bancocantabrico.example.es>",
      subject="Cita para revisar su posición global",
      date="2026-05-04 09:50", charset="windows-1252", cte="quoted-printable",
      text="""Estimado Sr. Ondarra-Lindgren:

Como su gestora en la oficina de Calle Burgos, le propongo una cita para revisar su posición global en el banco y actualizar el test de conveniencia (la llamada entrevista MiFID), que caduca este mes.

Tengo hueco el martes 12 de mayo a las 17:00 o el jueves 14 a las 9:30. La reunión dura unos 20 minutos y también podemos hacerla por videollamada.

Un saludo,

Marina Pellón
Gestora de Clientes · Banco Cantábrico
Oficina 0412 · C/ Burgos 21 · 39008 Santander
Tel. 942 31 09 88

Banco Cantábrico nunca le pedirá sus claves por correo electrónico.""",
      hdr=("iso-8859-1", "Q")))

add(M(kind="other", slug="casero_caldera", lang="es", company="",
      contact="angel.quintanilla@correo.example.es",
      frm="Ángel Quintanilla <angel.quintanilla@correo.example.es>",
      subject="Técnico de la caldera",
      date="2026-01-20 19:31", charset="iso-8859-1", cte="8bit",
      text="""Buenas tardes Xabier:

Ya he hablado con el de la caldera. Tiene cita para el jueves 22 entre las 9 y las 11 de la mañana para hacer la revisión anual y mirar el ruido que me dijiste.

¿Podrás estar en el piso a esa hora o le dejo yo las llaves a la vecina del segundo?

Un saludo,
Ángel"""))

add(M(kind="other", slug="fp_sin_plaza", lang="es", company="", contact="",
      frm="IES Marismas - Secretaría <no-reply@iesmarismas.example.es>",
      subject="Resolución de admisión – Ciclo de Laboratorio de Análisis y Control de Calidad",
      date="2026-07-15 13:00", cte="base64",
      text="""Estimado/a solicitante:

Le comunicamos la resolución del proceso de admisión para el curso 2026-2027 en el Ciclo Formativo de Grado Superior «Laboratorio de Análisis y Control de Calidad» (modalidad a distancia).

Resultado: NO ADMITIDO. Su solicitud ha quedado en la posición 43 de la lista de espera.

Si se producen vacantes, se le comunicará por este mismo medio. Puede presentar reclamación en la secretaría del centro en el plazo de tres días hábiles.

Secretaría · IES Marismas
Este correo se ha generado automáticamente.""",
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind="other", slug="centro_salud_recordatorio", lang="es", company="", contact="",
      frm="Centro de Salud Puertochico <no-reply@saludcantabria.example.es>",
      subject="Recordatorio de cita",
      date="2026-02-10 08:00",
      text="""Recordatorio de cita

Paciente: XABIER ONDARRA-LINDGREN
Fecha: miércoles 11 de febrero de 2026
Hora: 08:40
Profesional: Dra. González Sainz (Medicina de familia)
Lugar: Centro de Salud Puertochico, consulta 7

Si no puede acudir, anule su cita desde la app o llamando al 942 20 27 00 para que otra persona pueda aprovecharla.

Este mensaje es automático; no responda a esta dirección.""",
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind="other", slug="ooo_covadonga_piles", lang="es", company="",
      contact="covadonga.alvarez@lacteospiles.example.es",
      frm="Covadonga Álvarez <covadonga.alvarez@lacteospiles.example.es>",
      subject="Respuesta automática: Videollamada de esta mañana",
      date="2026-09-03 07:12", reply_of="<cand-piles-sorry-0903@example.es>",
      hdr=("iso-8859-1", "Q"),
      text="""Hola:

Estoy fuera de la oficina del 3 al 14 de septiembre, con acceso limitado al correo.

Para cualquier asunto relacionado con procesos de selección o entrevistas en curso, podéis escribir a mi compañero Rubén Díaz (ruben.diaz@lacteospiles.example.es).

Gracias,
Covadonga Álvarez""",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

_items = [
    ("Técnico/a de Calidad – Industria alimentaria", "https://redpro.example.com/jobs/771",
     "Bilbao · 12 solicitudes"),
    ("Inspector/a de calidad naval", "https://redpro.example.com/jobs/772", "Gijón · nuevo"),
    ("Analista de laboratorio", "https://redpro.example.com/jobs/773", "Burgos · 3 días"),
]
add(M(kind="other", slug="redpro_notification", lang="es", company="", contact="",
      frm="RedPro <notificaciones@redpro.example.com>",
      subject="Xabier, has aparecido en 14 búsquedas esta semana",
      date="2026-03-16 06:45", tz="UTC",
      text="""Has aparecido en 14 búsquedas esta semana.
3 seleccionadores vieron tu perfil.

Empleos que podrían interesarte:
- Técnico/a de Calidad – Industria alimentaria (Bilbao): https://redpro.example.com/jobs/771
- Inspector/a de calidad naval (Gijón): https://redpro.example.com/jobs/772
- Analista de laboratorio (Burgos): https://redpro.example.com/jobs/773

Cancelar suscripción: https://redpro.example.com/settings/email""",
      html=newsletter_html("Tu semana en RedPro", "<p>Has aparecido en <b>14 búsquedas</b> "
                           "esta semana y 3 seleccionadores vieron tu perfil.</p>", _items,
                           "RedPro · Cancelar suscripción", "es", "#0a66c2"),
      headers=_list("<semanal.redpro.example.com>",
                    "https://redpro.example.com/settings/email")))

add(M(kind="other", slug="headhunter_cold_approach", lang="es", company="",
      contact="alvaro.herrera@cantabriatalento.example.es",
      frm="Álvaro Herrera <alvaro.herrera@cantabriatalento.example.es>",
      subject="Presentación - Cantabria Talento",
      date="2026-08-12 10:15",
      text="""Hola Xabier:

Me llamo Álvaro y trabajo en Cantabria Talento, una consultora de selección especializada en industria agroalimentaria del norte. He visto tu perfil y me ha parecido muy interesante tu paso de la pescadería al control de calidad.

Ahora mismo no tengo ninguna vacante concreta que encaje contigo, pero trabajo a menudo con conserveras, lácteas y bodegas de la zona. Te dejo mis datos por si en algún momento quieres que te tenga en cuenta.

Un saludo,
Álvaro Herrera
Consultor · Cantabria Talento
Paseo de Pereda 30 · 39004 Santander · 690 33 12 58"""))

add(M(kind="other", slug="master_no_admitido", lang="es", company="", contact="",
      frm="Escuela de Calidad Agroalimentaria <no-reply@ecalidad.example.es>",
      subject="Resolución de su solicitud de admisión",
      date="2026-06-30 12:00",
      text="""Estimado Xabier Ondarra-Lindgren:

Una vez finalizado el periodo de evaluación de solicitudes para el Máster Propio en Gestión de la Calidad y Seguridad Alimentaria (edición 2026-2027), lamentamos comunicarle que su solicitud no ha sido admitida, al no acreditar la titulación universitaria previa exigida.

Le recordamos que puede optar a nuestro Curso de Especialización en Calidad Alimentaria, que no requiere titulación universitaria.

Atentamente,
Oficina de Admisiones
Escuela de Calidad Agroalimentaria"""))

add(M(kind="other", slug="own_cv_to_vertice", lang="es", company="", contact="",
      frm=CANDIDATE, to="Sonia Revuelta <sonia.revuelta@verticetalent.example.es>",
      subject="CV actualizado",
      date="2026-04-21 09:03", key="vertice-cv",
      text="""Hola Sonia, te paso el CV actualizado con el curso de APPCC que terminé la semana
pasada. Sigo muy interesado en cualquier proceso de calidad en conserva.
Un saludo, Xabier""",
      pdf=[("CV_Ondarra-Lindgren_abril2026.pdf", [
          "XABIER ONDARRA-LINDGREN - Técnico de calidad (en transición)",
          "Experiencia: Pescadero, Mercado de la Esperanza, Santander",
          "Formación reciente: APPCC y sistemas de calidad (abril 2026)"])]))

_items = [
    ("Técnico/a de laboratorio – láctea (Gijón)", "https://empleoasturias.example.es/of/5521",
     "Incorporación inmediata; proceso con entrevista y prueba práctica."),
    ("Inspector/a de calidad – astillero (Gijón)", "https://empleoasturias.example.es/of/5530",
     "Se requiere certificado de soldadura nivel 2."),
    ("Técnico/a de calidad en planta – conservera (Gijón)",
     "https://empleoasturias.example.es/of/5533", "Sustitución; posible continuidad."),
    ("Auxiliar de calidad – sidrería industrial (Villaviciosa)",
     "https://empleoasturias.example.es/of/5540", "Campaña de otoño."),
]
add(M(kind="other", slug="empleo_asturias_digest_b64", lang="es", company="", contact="",
      frm="Empleo Asturias · Alertas <alertas@empleoasturias.example.es>",
      subject="Nuevas ofertas en Gijón para tu alerta",
      date="2026-08-17 06:30", html_cte="base64",
      html=newsletter_html("Empleo Asturias – tu alerta semanal",
                           "<p>Hemos encontrado 4 ofertas nuevas en Gijón y alrededores.</p>",
                           _items, "Recibes este correo porque creaste una alerta. "
                           '<a href="https://empleoasturias.example.es/baja">Baja</a>', "es",
                           "#1a5276"),
      headers=_list("<alertas.empleoasturias.example.es>",
                    "https://empleoasturias.example.es/baja")))

add(M(kind="other", slug="temporalia_newsletter_tips", lang="es", company="", contact="",
      frm="Temporalia Cantábrica <boletin@temporalia.example.es>",
      subject="Cinco preguntas que te harán en tu próxima entrevista",
      date="2026-04-20 10:00",
      html=newsletter_html(
          "Boletín Temporalia · abril",
          "<p>Este mes, nuestras consultoras repasan las preguntas que más se repiten en las "
          "entrevistas de la industria alimentaria y cómo responderlas sin ponerte nervioso.</p>",
          [("1. ¿Por qué quieres cambiar de sector?", "https://temporalia.example.es/blog/1",
            "Habla de lo que te atrae, no de lo que dejas."),
           ("2. Cuéntame un error que cometiste", "https://temporalia.example.es/blog/2",
            "Elige uno real y explica qué cambiaste después."),
           ("3. ¿Cómo llevas los turnos?", "https://temporalia.example.es/blog/3",
            "Sé sincero con tu disponibilidad."),
           ("4. ¿Qué harías ante una no conformidad?", "https://temporalia.example.es/blog/4",
            "Aislar, registrar, comunicar."),
           ("5. ¿Tienes alguna pregunta?", "https://temporalia.example.es/blog/5",
            "Siempre lleva dos preparadas.")],
          "Temporalia Cantábrica ETT · <a href=\"https://temporalia.example.es/baja\">"
          "No quiero recibir más boletines</a>", "es", "#7d3c98"),
      headers=_list("Boletin Temporalia <boletin.temporalia.example.es>",
                    "https://temporalia.example.es/baja")))

add(M(kind="other", slug="own_reschedule_request_norteempleo", lang="es", company="",
      contact="", frm=CANDIDATE,
      to="Aitor Larrinaga <aitor.larrinaga@norteempleo.example.es>",
      subject="Re: Entrevista con Frigoríficos Zorrotza - martes 3 de marzo",
      date="2026-02-26 21:14", key="zorrotza-resched", reply_of="zorrotza-invite",
      text=f"""Aitor, mil gracias por la entrevista. Un problema: el martes 3 me toca abrir el
puesto porque mi compañero está de baja. ¿Habría alguna posibilidad de cambiarla
al miércoles o al jueves?

Perdona las molestias,
{_SIG_ES}

{wrote_es("mié, 25 feb 2026 a las 16:35", "Aitor Larrinaga", "aitor.larrinaga@norteempleo.example.es")}
> Te confirmo que Frigoríficos Zorrotza quiere conocerte para el puesto de control de
> calidad en cámaras de congelado que vimos el jueves.
>
> Entrevista: martes 3 de marzo a las 10:00
"""))

add(M(kind="other", slug="jefa_mercado_puesto_sabado", lang="es", company="",
      contact="maite.lavin@pescaderialavin.example.es",
      frm="Maite Lavín <maite.lavin@pescaderialavin.example.es>",
      subject="¿me cubres el puesto el sábado?",
      date="2026-06-24 14:22", cte="8bit",
      text="""Xabier, majo:

Sé que ya estás con lo de la cervecera, pero me has dejado el listón muy alto y los nuevos no se apañan con el besugo. ¿Podrías cubrirme el puesto el sábado 27 por la mañana? Tengo la boda de mi sobrina en Laredo.

Te pago lo de siempre y te llevas unas nécoras.

Maite
Pescadería Lavín · Mercado de la Esperanza, puesto 14"""))

add(M(kind="other", slug="emcan_cita_previa_orientacion", lang="es", company="", contact="",
      frm="Servicio Cántabro de Empleo <no-reply@empleacantabria.example.es>",
      subject="Cita previa confirmada – Oficina de Empleo de Santander Centro",
      date="2026-01-09 11:47",
      text="""Cita previa confirmada

Le confirmamos su cita previa:
Servicio: Entrevista de orientación laboral (itinerario personalizado)
Oficina: Santander Centro – C/ Castilla 13
Fecha y hora: lunes 19 de enero de 2026, 10:15

Traiga su DNI o NIE y, si dispone de ellos, sus certificados de formación.

Para anular o modificar la cita acceda a la sede electrónica. Este correo se ha enviado de forma automática.""",
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind="other", slug="ux_research_chambea", lang="es", company="",
      contact="nerea.abascal@chambea.example.com",
      frm="Nerea Abascal <nerea.abascal@chambea.example.com>",
      subject="¿Nos ayudas a mejorar Chambea? (entrevista de 30 min, 20 €)",
      date="2026-05-27 12:05", cte="quoted-printable",
      text="""Hola Xabier:

Soy Nerea, investigadora de experiencia de usuario en Chambea, la app de empleo que usas para buscar ofertas.

Estamos hablando con personas que están cambiando de sector para entender cómo buscan trabajo. ¿Te apetecería hacer una entrevista de investigación de 30 minutos por videollamada? No es una entrevista de trabajo: solo queremos saber qué te funciona y qué no de la app. Como agradecimiento te enviamos una tarjeta regalo de 20 €.

Si te interesa, elige un hueco aquí: https://chambea.example.com/research/slots

¡Gracias!
Nerea Abascal
UX Research · Chambea"""))

add(M(kind="other", slug="periodista_diario_besaya", lang="es", company="",
      contact="s.gandarillas@diariodelbesaya.example.es",
      frm="Santi Gandarillas <s.gandarillas@diariodelbesaya.example.es>",
      subject="Petición de entrevista – reportaje sobre cambios de oficio",
      date="2026-09-28 17:44", hdr=("utf-8", "B"),
      text="""Buenas tardes, Xabier:

Soy periodista del Diario del Besaya. Estoy preparando un reportaje para el suplemento del domingo sobre personas de Cantabria que han cambiado de oficio pasados los cuarenta, y me han hablado de ti: de la pescadería al laboratorio.

¿Te importaría que te hiciera una entrevista? Sería por teléfono o en persona, una media hora, y nos gustaría hacerte un par de fotos. Publicaríamos a mediados de octubre.

Un saludo y gracias,
Santi Gandarillas
Redacción · Diario del Besaya
Tel. 942 88 71 20"""))

add(M(kind="other", slug="ooo_leire_baja", lang="es", company="",
      contact="leire.gutierrez@penacastillo.example.es",
      frm="Leire Gutiérrez <leire.gutierrez@penacastillo.example.es>",
      subject="Fuera de la oficina: Re: Técnico/a de Control de Calidad - llamada",
      date="2026-02-11 13:20", reply_of="<cand-pena-ok-0211@example.es>",
      text="""Gracias por tu mensaje.

Estoy fuera de la oficina hasta el lunes 16 de febrero. Leeré tu correo a mi vuelta. Si es urgente, puedes llamar a recepción de Conservas Peñacastillo al 942 22 80 30.

Leire Gutiérrez""",
      headers=[("Auto-Submitted", "auto-replied")]))

add(M(kind="other", slug="foro_calidad_list_digest", lang="es", company="", contact="",
      frm="Foro Calidad Alimentaria <calidad-alimentaria-request@listas.example.org>",
      subject="Resumen de calidad-alimentaria, Vol 14, Número 19",
      date="2026-05-14 05:00", cte="quoted-printable",
      text="""Envíe los mensajes para la lista calidad-alimentaria a
	calidad-alimentaria@listas.example.org

Temas del día:

   1. Re: Me rechazaron en tres entrevistas (Rosa Maza)
   2. Oferta: técnico de laboratorio en Reinosa (Jaime Collantes)
   3. Re: ¿IFS o BRC para empezar? (Lorena Gil)

----------------------------------------------------------------------

Mensaje: 1
Fecha: Wed, 13 May 2026 19:02:11 +0200
De: Rosa Maza
Asunto: Re: Me rechazaron en tres entrevistas

A mí me pasó igual el año pasado: tres procesos, tres correos de «no continuamos con tu candidatura». Lo que me ayudó fue pedir siempre feedback y hacer prácticas en un laboratorio municipal.

----------------------------------------------------------------------

Mensaje: 2
Fecha: Wed, 13 May 2026 21:40:03 +0200
De: Jaime Collantes
Asunto: Oferta: técnico de laboratorio en Reinosa

Buscamos técnico de laboratorio para una láctea de Reinosa. Interesados, escribidme en privado y os paso el contacto para la entrevista.

----------------------------------------------------------------------

Mensaje: 3
Fecha: Thu, 14 May 2026 00:12:45 +0200
De: Lorena Gil
Asunto: Re: ¿IFS o BRC para empezar?

Depende del cliente final. Si exportáis a Reino Unido, BRC.

_______________________________________________
calidad-alimentaria mailing list
https://listas.example.org/mailman/listinfo/calidad-alimentaria""",
      headers=[("List-Id", "Foro de calidad alimentaria <calidad-alimentaria.listas.example.org>"),
               ("List-Unsubscribe",
                "<https://listas.example.org/mailman/options/calidad-alimentaria>, "
                "<mailto:calidad-alimentaria-request@listas.example.org?subject=unsubscribe>"),
               ("List-Post", "<mailto:calidad-alimentaria@listas.example.org>"),
               ("Precedence", "list")]))

_inv_raos = """Buenos días, Xabier:

Tras revisar tu candidatura al puesto de Inspector/a de Calidad, nos gustaría invitarte a una entrevista con el jefe de Calidad del astillero, D. Fernando Pellón, y conmigo.

Fecha: miércoles 15 de abril de 2026
Hora: 9:30"""
add(M(kind="other", slug="own_accepts_raos_invite", lang="es", company="", contact="",
      frm=CANDIDATE, to="Íñigo Saiz Bustamante <inigo.saiz@astillerosraos.example.es>",
      subject="RE: Entrevista Inspector/a de Calidad - Astilleros Raos",
      date="2026-04-07 12:20", key="raos-accept", reply_of="raos-invite",
      hdr=("iso-8859-1", "Q"),
      text=f"""Buenos días, Íñigo:

Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista del miércoles 15 a las 9:30. Te envío en un correo aparte la copia del DNI para el acceso al puerto.

Un saludo,
{_SIG_ES}

{wrote_es("mar, 7 abr 2026 a las 8:55", "Íñigo Saiz Bustamante", "inigo.saiz@astillerosraos.example.es")}
{quote(_inv_raos)}
"""))

# ================================================================ en (14)
_items = [
    ("QC Technician – Seafood Processing (Aberdeen Harbour)",
     "https://aberdeenjobs.example.co.uk/j/20411", "Days, £26-28k. Interviews w/c 8 June."),
    ("Laboratory Analyst – Water Testing (Dyce)", "https://aberdeenjobs.example.co.uk/j/20418",
     "Graduate level; training provided."),
    ("Quality Inspector – Subsea Fabrication (Altens)",
     "https://aberdeenjobs.example.co.uk/j/20422", "CSWIP 3.1 preferred."),
    ("Blog: What a rejection email really means", "https://aberdeenjobs.example.co.uk/blog/no",
     "Hint: it is rarely about you."),
]
add(M(kind="other", slug="aberdeen_jobs_weekly", lang="en", company="", contact="",
      frm="Aberdeen Jobs Weekly <digest@aberdeenjobs.example.co.uk>",
      subject="This week: 3 quality jobs near Aberdeen + what a rejection email really means",
      date="2026-06-01 07:30",
      text="""ABERDEEN JOBS WEEKLY - 1 June 2026

QC Technician – Seafood Processing (Aberdeen Harbour)
Days, £26-28k. Interviews w/c 8 June.
https://aberdeenjobs.example.co.uk/j/20411

Laboratory Analyst – Water Testing (Dyce)
https://aberdeenjobs.example.co.uk/j/20418

Quality Inspector – Subsea Fabrication (Altens)
https://aberdeenjobs.example.co.uk/j/20422

From the blog: What a rejection email really means
https://aberdeenjobs.example.co.uk/blog/no

Unsubscribe: https://aberdeenjobs.example.co.uk/unsubscribe?e=xol""",
      html=newsletter_html("Aberdeen Jobs Weekly", "<p>Your weekly round-up of local jobs.</p>",
                           _items, '<a href="https://aberdeenjobs.example.co.uk/unsubscribe?e=xol">'
                           "Unsubscribe</a>", "en", "#2c3e50"),
      headers=_list("Aberdeen Jobs Weekly <weekly.aberdeenjobs.example.co.uk>",
                    "https://aberdeenjobs.example.co.uk/unsubscribe?e=xol")))

add(M(kind="other", slug="career_shift_article", lang="en", company="", contact="",
      frm="The Career Shift <newsletter@careershift.example.com>",
      subject="Why 'no' is part of the process",
      date="2026-03-18 12:00", tz="-0400", cte="quoted-printable",
      text="""THE CAREER SHIFT - Issue 117

Why "no" is part of the process

"Thank you for your interest. Unfortunately, we have decided not to proceed with your application."

If you're changing careers, you will read that sentence a lot. Our reader Tomasz, a former chef now working as a food safety auditor, counted 31 of them before his first offer. Here's what he learned:

* Apply in batches. A single rejection hurts more when it's your only application.
* Track every interview invitation alongside every no. The ratio tells you whether your CV or your interview needs work.
* Ask for feedback within 48 hours of the decision, while the hiring manager still remembers you.

Next week: how to explain a career change in the first 30 seconds of an interview.

You're receiving this because you subscribed at careershift.example.com.
Unsubscribe: https://careershift.example.com/u/8812""",
      headers=_list("<weekly.careershift.example.com>", "https://careershift.example.com/u/8812")))

add(M(kind="other", slug="own_thanks_torry", lang="en", company="", contact="",
      frm=CANDIDATE, to="Isla Ferguson <isla.ferguson@torryanalytical.example.co.uk>",
      subject="Thank you - Laboratory QC Technician",
      date="2026-08-21 19:02", key="torry-thanks", reply_of="torry-move",
      text="""Dear Isla,

Thank you for taking the time to meet me on Thursday with Dr Mackie. I really enjoyed seeing the shellfish toxin lab and hearing how the team handles the sample backlog during the scallop season.

I remain very interested in the Laboratory QC Technician position and hope to hear from you.

Best wishes,
Xabier"""))

add(M(kind="other", slug="own_application_buchan_cv", lang="en", company="", contact="",
      frm=CANDIDATE, to="Rob Cowie <rob@buchansmokehouse.example.co.uk>",
      subject="Application - QC assistant (smokehouse)",
      date="2026-09-01 21:30", key="buchan-apply",
      text=f"""Dear Mr Cowie,

I saw your advert for a QC assistant on the Peterhead harbour noticeboard website and would like to apply.

I have eleven years' experience as a fishmonger in Santander, Spain, handling and grading fresh fish every day, and I have recently completed HACCP Level 3. I'm moving to Aberdeenshire this autumn and I'm available to start immediately.

My CV is attached. I'd be glad to come for a trial at any time.

Kind regards,
{_SIG_EN}""",
      pdf=[("Xabier_Ondarra-Lindgren_CV_EN.pdf", [
          "XABIER ONDARRA-LINDGREN", "Fishmonger moving into food quality control",
          "Experience: Fishmonger, Mercado de la Esperanza, Santander (2015-2026)",
          "Training: HACCP Level 3 (2026)", "Languages: Spanish, Basque, English (B2)"])]))

add(M(kind="other", slug="cold_chain_podcast_request", lang="en", company="",
      contact="maddie@coldchainpod.example.com",
      frm="Maddie Ross <maddie@coldchainpod.example.com>",
      subject="Podcast interview request - The Cold Chain",
      date="2026-07-21 15:12",
      text="""Hi Xabier,

I produce The Cold Chain, a podcast about people who keep food safe between the sea and the plate. Callum Reid mentioned you're making the jump from fishmonger to QC, and we'd love to interview you for our autumn season.

It would be a relaxed 45-minute conversation over Zoom. We'd send the questions in advance. Would any date in the second half of August work for you?

Thanks,
Maddie Ross
Producer, The Cold Chain
coldchainpod.example.com"""))

add(M(kind="other", slug="shiftboard_user_research", lang="en", company="",
      contact="tom.asante@shiftboard.example.com",
      frm="Tom Asante <tom.asante@shiftboard.example.com>",
      subject="Invitation: 30-minute research interview (£30 voucher)",
      date="2026-02-26 11:40",
      text="""Hi Xabier,

I'm a user researcher at ShiftBoard. You recently applied to several positions through our site, and we'd love to learn about your experience.

Would you take part in a 30-minute research interview on video? We'll ask about how you search for roles, what you do when you hear nothing back, and how you keep track of applications. This isn't a job interview and there are no right answers. As a thank-you, we'll send a £30 voucher.

Book a time here: https://shiftboard.example.com/research/book?id=xol

Thanks,
Tom Asante
Senior User Researcher, ShiftBoard"""))

add(M(kind="other", slug="parcel_delayed", lang="en", company="", contact="",
      frm="ParcelDash <updates@parceldash.example.co.uk>",
      subject="Unfortunately your parcel is delayed",
      date="2026-05-06 18:05",
      html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Sorry, your parcel is running late</h2>
<p>Hi Xabier,</p>
<p>Unfortunately your parcel <b>PD-77310-GB</b> (from Harbour Workwear) has been delayed in transit at our international hub. We now expect to deliver it by <b>Monday 11 May</b>.</p>
<p>Track its current position: <a href="https://parceldash.example.co.uk/t/PD-77310-GB">parceldash.example.co.uk/t/PD-77310-GB</a></p>
<p style="color:#888;font-size:11px">Please don't reply to this email; this mailbox is not monitored.</p>
</body></html>""",
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind="other", slug="pronet_notification", lang="en", company="", contact="",
      frm="ProNet <notifications@pronet.example.com>",
      subject="You appeared in 9 searches this week",
      date="2026-07-13 06:02", tz="UTC",
      text="""Hi Xabier,

You appeared in 9 searches this week.
Recruiters from food manufacturing and laboratory services looked at your profile.

Jobs you may be interested in:
- QA Technician, Northsound Brewing (Aberdeen) - 31 applicants
- Quality Assistant, Dee Valley Dairies (Banchory) - Be an early applicant

See all: https://pronet.example.com/jobs/recommended

Unsubscribe: https://pronet.example.com/settings/notifications""",
      headers=_list("<weekly-search.pronet.example.com>",
                    "https://pronet.example.com/settings/notifications")))

add(M(kind="other", slug="ooo_callum_leave", lang="en", company="",
      contact="callum.reid@harbourline.example.co.uk",
      frm="Callum Reid <callum.reid@harbourline.example.co.uk>",
      subject="Automatic reply: interview done",
      date="2026-07-08 08:01", reply_of="<cand-callum-0707@example.es>",
      text="""Thanks for your email. I'm on annual leave until Monday 13 July with no access to email.

For anything urgent regarding interviews or placements, please contact my colleague Shona Gray on 01224 560 300.

Callum Reid | Harbourline Recruitment""",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

add(M(kind="other", slug="friend_torry_rejection", lang="en", company="",
      contact="fraser.mcleod@mailbox.example.co.uk",
      frm="Fraser McLeod <fraser.mcleod@mailbox.example.co.uk>",
      subject="Torry",
      date="2026-08-30 21:55",
      text=f"""Hey Xabier,

So I heard back from Torry too - got the "we won't be offering you the post" email on Friday. Same as you, apparently. At least we can be gutted together!

Fancy a pint at the Prince of Wales on Thursday? I'll tell you about the interview, it was a weird one.

F

{wrote_en("Sat, 29 Aug 2026 at 10:12", "Xabier Ondarra-Lindgren", "xabier.ol@example.es")}
> No luck with Torry for me. Did you hear anything?
"""))

add(M(kind="other", slug="halden_cold_approach", lang="en", company="",
      contact="priyanka.shah@haldensearch.example.co.uk",
      frm="Priyanka Shah <priyanka.shah@haldensearch.example.co.uk>",
      subject="Introduction - Halden Search",
      date="2026-09-09 10:48",
      text="""Hi Xabier,

I hope you don't mind the unsolicited email. I lead the food and life sciences practice at Halden Search in Aberdeen and I came across your profile while mapping QC talent in the north-east.

I don't have a specific role for you today, but I speak with most of the seafood and dairy processors in the region and I'd be glad to keep you in mind as things come up.

All the best,
Priyanka Shah
Principal Consultant, Halden Search
Queen's Terrace, Aberdeen AB10 1XL | +44 1224 930 440"""))

add(M(kind="other", slug="college_hnc_unsuccessful", lang="en", company="", contact="",
      frm="NEFSC Admissions <admissions-noreply@nefsc.example.ac.uk>",
      subject="Your application: HNC Food Science and Technology",
      date="2026-08-06 16:00",
      text="""Dear Xabier,

Thank you for applying for the HNC Food Science and Technology (part-time, January 2027 intake) at North East Food Science College.

We regret to tell you that your application has been unsuccessful on this occasion. The course is oversubscribed and places were offered to applicants resident in Scotland at the time of application.

You are welcome to reapply for the September intake once you have moved.

Admissions Office
North East Food Science College"""))

add(M(kind="other", slug="broker_position_closed", lang="en", company="", contact="",
      frm="Tidewater Invest <alerts@tidewaterinvest.example.com>",
      subject="Your position in NORDFISK has been closed",
      date="2026-03-27 14:31", tz="UTC",
      text="""Position closed

Unfortunately your stop-loss order was triggered and your position in NORDFISK (12 shares) has been closed at 184.20 NOK.

Realised P/L: -42.10 EUR

View your portfolio: https://app.tidewaterinvest.example.com/portfolio

Capital at risk. This is an automated notification.""",
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind="other", slug="own_reschedule_request_granite", lang="en", company="", contact="",
      frm=CANDIDATE, to="Moira Duthie <moira.duthie@granitecoast.example.co.uk>",
      subject="Re: Interview invitation: QC Technician – Whitefish Processing",
      date="2026-04-29 07:02", key="granite-resched", reply_of="granite-invite",
      text=f"""Hi Moira,

Thanks so much for the invitation. I booked Tuesday 5 May at 10:00, but I've just found out I have to cover an early delivery at the market that morning. Would it be possible to move the interview to Thursday 7 May, any time after 13:00 UK time?

Sorry for the trouble, and thanks again.

Best,
{_SIG_EN}

{wrote_en("Tue, 28 Apr 2026 at 10:40", "Moira Duthie", "no-reply@greenhouse-mail.io")}
> I'd love to set up a 45-minute video interview with me and our Technical Manager,
> Graham Watt.
"""))

# ================================================================ fr (4)
_items = [
    ("Technicien qualité H/F - conserverie (Bordeaux)", "https://emploigironde.example.fr/a/3310",
     "CDI. Entretiens prévus mi-juin."),
    ("Agent qualité - brasserie (Bordeaux rive droite)", "https://emploigironde.example.fr/a/3318",
     "Mission d'intérim 6 mois."),
    ("Technicien de laboratoire - lait (Blaye)", "https://emploigironde.example.fr/a/3321",
     "Horaires en 2x8."),
]
add(M(kind="other", slug="alertes_emploi_gironde", lang="fr", company="", contact="",
      frm="Alertes Emploi Gironde <alertes@emploigironde.example.fr>",
      subject="3 nouvelles offres pour « technicien qualité »",
      date="2026-05-19 06:15", charset="iso-8859-1", cte="quoted-printable",
      hdr=("iso-8859-1", "Q"),
      text="""Bonjour,

3 nouvelles offres correspondent à votre alerte « technicien qualité » en Gironde :

- Technicien qualité H/F - conserverie (Bordeaux) : https://emploigironde.example.fr/a/3310
- Agent qualité - brasserie (Bordeaux rive droite) : https://emploigironde.example.fr/a/3318
- Technicien de laboratoire - lait (Blaye) : https://emploigironde.example.fr/a/3321

Conseil : relancez poliment l'employeur une semaine après l'entretien si vous n'avez pas de réponse.

Se désabonner : https://emploigironde.example.fr/desabonnement""",
      html=newsletter_html("Vos alertes emploi", "<p>3 nouvelles offres pour votre alerte.</p>",
                           _items, "Se désabonner", "fr", "#6c3483"),
      html_charset="iso-8859-1",
      headers=_list("<alertes.emploigironde.example.fr>",
                    "https://emploigironde.example.fr/desabonnement")))

add(M(kind="other", slug="own_thanks_garonne", lang="fr", company="", contact="",
      frm=CANDIDATE, to="Camille Dufau <camille.dufau@conserverie-garonne.example.fr>",
      subject="Merci pour l'entretien",
      date="2026-06-18 13:15", key="garonne-thanks", reply_of="garonne-move",
      text="""Bonjour Camille,

Merci encore pour l'entretien de ce matin et pour la visite de l'atelier de sertissage. J'ai beaucoup apprécié d'échanger avec M. Lartigue sur le contrôle des sertis et les analyses d'histamine.

Je reste très motivé par le poste de technicien qualité.

Bien cordialement,
Xabier Ondarra-Lindgren"""))

add(M(kind="other", slug="du_qualite_candidature_non_retenue", lang="fr", company="",
      contact="", frm="Scolarité UAS <scolarite-noreply@uas.example.fr>",
      subject="Diplôme d'université Qualité des aliments – décision de la commission",
      date="2026-07-03 10:00", hdr=("utf-8", "B"),
      text="""Monsieur,

La commission pédagogique du Diplôme d'université « Qualité et sécurité des aliments » (formation continue, session 2026-2027) s'est réunie le 1er juillet.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue : le nombre de places est limité à 20 et priorité a été donnée aux candidats déjà en poste dans l'industrie agroalimentaire en Nouvelle-Aquitaine.

Vous pouvez candidater de nouveau lors de la prochaine campagne, qui ouvrira en mars 2027.

Le service de la Scolarité
Université Aquitaine Sciences"""))

add(M(kind="other", slug="ooo_julien_absent", lang="fr", company="",
      contact="julien.bordes@interim-atlantique.example.fr",
      frm="Julien Bordes <julien.bordes@interim-atlantique.example.fr>",
      subject="Réponse automatique : Absent du bureau",
      date="2026-06-05 12:30", reply_of="<cand-julien-0605@example.es>",
      text="""Bonjour,

Je suis absent jusqu'au lundi 8 juin inclus. Pour toute question urgente concernant un entretien ou une mission en cours, vous pouvez joindre l'agence au 05 57 87 30 10.

Julien Bordes
Intérim Atlantique""",
      headers=[("Auto-Submitted", "auto-replied")]))

# ================================================================ de (5)
_items = [
    ("Qualitätsprüfer (m/w/d) Lebensmittel – Bremerhaven", "https://jobletter-bremen.example.de/s/901",
     "Vollzeit · Vorstellungsgespräche ab KW 19"),
    ("Lebensmittellaborant (m/w/d) – Bremen-Horn", "https://jobletter-bremen.example.de/s/906",
     "Unbefristet"),
    ("Mitarbeiter QS (m/w/d) – Brauerei, Bremen-Mitte", "https://jobletter-bremen.example.de/s/911",
     "Teilzeit möglich"),
]
add(M(kind="other", slug="jobletter_bremen", lang="de", company="", contact="",
      frm="Jobletter Bremen <newsletter@jobletter-bremen.example.de>",
      subject="Ihr Jobletter: 3 neue Stellen in der Qualitätssicherung",
      date="2026-04-27 07:00", cte="quoted-printable",
      text="""Guten Morgen,

hier sind die neuen Stellenangebote zu Ihrem Suchauftrag „Qualitätssicherung Lebensmittel“:

* Qualitätsprüfer (m/w/d) Lebensmittel – Bremerhaven
  https://jobletter-bremen.example.de/s/901
* Lebensmittellaborant (m/w/d) – Bremen-Horn
  https://jobletter-bremen.example.de/s/906
* Mitarbeiter QS (m/w/d) – Brauerei, Bremen-Mitte
  https://jobletter-bremen.example.de/s/911

Tipp der Woche: Eine Absage ist kein Urteil über Sie. Fragen Sie nach Feedback!

Abmelden: https://jobletter-bremen.example.de/abmelden""",
      html=newsletter_html("Jobletter Bremen", "<p>Neue Stellen zu Ihrem Suchauftrag.</p>",
                           _items, "Abmelden", "de", "#1e8449"),
      headers=_list("Jobletter Bremen <jobletter.jobletter-bremen.example.de>",
                    "https://jobletter-bremen.example.de/abmelden")))

add(M(kind="other", slug="own_bewerbung_schlachte_cv", lang="de", company="", contact="",
      frm=CANDIDATE, to="Brauerei Schlachte <bewerbung@brauerei-schlachte.example.de>",
      subject="Bewerbung als Qualitätstechniker (m/w/d)",
      date="2026-07-01 09:12", key="schlachte-apply",
      text=f"""Sehr geehrte Damen und Herren,
anbei sende ich Ihnen meine Bewerbung als Qualitätstechniker (m/w/d).

Seit elf Jahren arbeite ich als Fischhändler in Santander und bin dort für Wareneingang, Temperaturkontrolle und Rückverfolgbarkeit verantwortlich. In diesem Jahr habe ich eine HACCP-Schulung abgeschlossen. Ich spreche Deutsch auf B1-Niveau und lerne weiter.

Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
{_SIG_ES}""",
      pdf=[("Bewerbung_Ondarra-Lindgren.pdf", [
          "Xabier Ondarra-Lindgren - Lebenslauf",
          "Berufserfahrung: Fischhändler, Mercado de la Esperanza, Santander (2015-2026)",
          "Weiterbildung: HACCP (2026)",
          "Sprachen: Spanisch, Baskisch, Englisch (B2), Deutsch (B1)"])]))

add(M(kind="other", slug="ooo_hinrichs_abwesend", lang="de", company="",
      contact="m.hinrichs@hanselabor.example.de",
      frm="Merle Hinrichs <m.hinrichs@hanselabor.example.de>",
      subject="Abwesenheitsnotiz: Frage zu meiner Bewerbung",
      date="2026-08-05 11:40", reply_of="<cand-hanselabor-0805@example.es>",
      text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17. August nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. Bei Fragen zu laufenden Bewerbungsverfahren wenden Sie sich bitte an jobs@hanselabor.example.de.

Mit freundlichen Grüßen
Merle Hinrichs""",
      hdr=("utf-8", "Q"),
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

add(M(kind="other", slug="sprachschule_kein_platz", lang="de", company="",
      contact="a.lueders@sprachinstitut-weserland.example.de",
      frm="Anke Lüders <a.lueders@sprachinstitut-weserland.example.de>",
      subject="Ihre Anmeldung zum Deutschkurs B2 (Abendkurs)",
      date="2026-06-10 15:20", hdr=("utf-8", "Q"), charset="iso-8859-1",
      cte="quoted-printable",
      text="""Sehr geehrter Herr Ondarra-Lindgren,

vielen Dank für Ihre Anmeldung zum Abendkurs Deutsch B2 ab September.

Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Platz im Kurs anbieten können: Der Kurs ist bereits voll und die Warteliste geschlossen. Gern setzen wir Sie auf die Liste für den Intensivkurs im Januar.

Mit freundlichen Grüßen
Anke Lüders
Kurskoordination · Sprachinstitut Weserland
Ostertorsteinweg 12 · 28203 Bremen"""))

add(M(kind="other", slug="karriere_kompass_newsletter", lang="de", company="", contact="",
      frm="Karriere-Kompass <newsletter@karrierekompass.example.de>",
      subject="Das Vorstellungsgespräch: 7 Fehler, die zur Absage führen",
      date="2026-09-22 17:00",
      html=newsletter_html(
          "Karriere-Kompass · Ausgabe 38",
          "<p>Diese Woche: warum gute Bewerber nach dem Vorstellungsgespräch eine Absage "
          "bekommen – und wie Sie es besser machen.</p>",
          [("1. Unpünktlich im Videocall", "https://karrierekompass.example.de/a/1",
            "Testen Sie Technik und Link am Vortag."),
           ("2. Keine Fragen an das Unternehmen", "https://karrierekompass.example.de/a/2",
            "Zwei vorbereitete Fragen zeigen Interesse."),
           ("3. Quereinstieg nicht erklärt", "https://karrierekompass.example.de/a/3",
            "Erzählen Sie Ihren Wechsel als Geschichte.")],
          "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. "
          '<a href="https://karrierekompass.example.de/abmelden">Abmelden</a>', "de", "#b03a2e"),
      headers=_list("Karriere-Kompass <news.karrierekompass.example.de>",
                    "https://karrierekompass.example.de/abmelden")))
