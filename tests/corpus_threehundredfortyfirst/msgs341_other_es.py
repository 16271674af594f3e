"""other (Spanish): Itziar's own mail, digests, press, appointments, friends, traps."""

from __future__ import annotations

from msgs341_common import (
    AINHOA,
    AUTO,
    GARAZI,
    IKER,
    KOLDO,
    MARTA,
    ME,
    MIREN,
    ROCIO,
    bulk,
    html_shell,
    m,
)

T = "other"
MAITE = ("Maite Ruiz de Gordoa", "maite.rdg@example.com")
OIHANE = ("Oihane Larrea", "oihane.larrea@example.net")
AMAIA = ("Amaia Landa Otxoa", "amaia.landa@clinicazuhaizti.example.es")

_apply_zuhaizti = """Buenos días, Amaia:

Os escribo porque he visto en el Colegio de Fisioterapeutas la plaza de fisioterapeuta con
funciones de ergonomía en Clínica Zuhaizti. Adjunto mi CV y una breve carta de
presentación.

Llevo seis años como fisioterapeuta en una clínica de Vitoria y el último año he hecho el
posgrado en Ergonomía y Psicosociología. Me encantaría aplicar lo aprendido en evaluación
de puestos y prevención de lesiones.

Quedo a vuestra disposición.

Un saludo,
Itziar Goikoetxea Mendizabal
Fisioterapeuta colegiada n.º 01-1187
688 000 418"""

_confirm_hessler = """Buenos días, Ainhoa:

Muchas gracias por la invitación. Confirmo mi asistencia el martes 3 de marzo a las 9:30
en la planta de Júndiz; llevaré calzado cerrado y el DNI.

Un saludo,
Itziar"""

_apology_prev = """Hola Iker:

Te pido mil disculpas. Esta mañana se me alargó una sesión en la clínica y tenía el móvil en
la taquilla; no he visto tus llamadas hasta ahora.

Sigo muy interesada en el puesto. Si te parece, podemos hablar cualquier día de la semana
que viene a partir de las 13:00, que es cuando tengo el descanso.

Gracias por tu comprensión,
Itziar"""

_thanks_mutua = """Hola Koldo, hola Garazi:

Solo quería daros las gracias por la entrevista de esta mañana. Me gustó mucho conocer el
enfoque de readaptación que tenéis en Mutua Laguntza y el proyecto de la unidad de Bilbao.

Quedo pendiente de los siguientes pasos.

Un saludo,
Itziar Goikoetxea Mendizabal"""

_thanks_atalaya = """Hola Marta:

Gracias por organizar la entrevista de ayer con la directora de Salud Laboral, aunque
fuera por videollamada al final. Fue una conversación muy interesante.

Te adjunto, como me pidió, el resumen del programa de pausas activas que diseñé para la
clínica.

Un saludo,
Itziar"""

_followup_autobuses = """Hola Miren:

¿Qué tal? Te escribo para preguntarte si hay novedades del proceso de Técnica de
Prevención, después de la sesión de evaluación del 1 de abril.

Gracias de antemano,
Itziar Goikoetxea"""

_time_hessler = """Hola Ainhoa:

Muchas gracias de nuevo por la oferta y por la carta en castellano. Quiero ser sincera
contigo: estoy en la fase final de otro proceso en Vitoria y me gustaría poder comparar
antes de decidir.

¿Sería posible tener de plazo hasta finales de mayo para darte una respuesta definitiva?

Un saludo,
Itziar"""

_counter_mutua = """Hola Garazi:

Muchas gracias por la carta, me hace mucha ilusión. Antes de contestar quería comentarte
una cosa: tengo otra oferta por escrito con un salario algo más alto (41.000 €). Mi
preferencia es Mutua Laguntza, por el tipo de trabajo, pero ¿habría margen para revisar la
parte económica?

Un saludo,
Itziar"""

_accept_mutua = """Hola Garazi, hola Koldo:

Acepto encantada la oferta revisada. Prefiero incorporarme el 15 de julio, para poder dar
un mes de preaviso en la clínica.

Quedo a la espera del contrato y de la documentación que necesitéis.

¡Muchas gracias!
Itziar"""

_decline_hessler = """Hola Ainhoa:

Te escribo para darte mi respuesta. Después de pensarlo mucho, he decidido aceptar la otra
oferta que tenía, porque el puesto está más centrado en la readaptación de trabajadores
lesionados, que es lo que más me motiva.

Quiero agradecerte de verdad el trato durante todo el proceso, y la mejora de condiciones.
Dale las gracias también a Ander, a Katrin y a Priya de mi parte.

Un saludo,
Itziar Goikoetxea Mendizabal"""

_alert = """Empleo Norte - Tus alertas de empleo
Alerta: "ergonomía" en Álava, Bizkaia y La Rioja - 6 ofertas nuevas

1. Técnico/a de Prevención - Ergonomía | Industrias Oka | Vitoria-Gasteiz
   "Proceso ágil: entrevista única con el responsable de planta."
2. Fisioterapeuta con conocimientos en ergonomía | Residencia Iturria | Llodio
3. Consultor/a PRL | Asprelan | Bilbao
   "Sin rechazos automáticos: todas las candidaturas reciben respuesta."
4. Técnico/a Superior PRL (3 especialidades) | Mutualia Rioja | Logroño
5. Ergonomista para línea de montaje | Componentes Zuia | Murgia
6. Prevencionista junior | Grupo Olarte | Haro

Consejo de la semana: desgraciadamente, muchas personas abandonan tras el primer rechazo.
¡No te rindas! Lee nuestra guía para preparar tu próxima entrevista.

Recibes este correo porque creaste una alerta en Empleo Norte.
Darte de baja: https://empleonorte.example.es/alertas/baja?u=8812"""

_newsletter = """Boletín Fisioterapia & Empresa - n.º 64, mayo 2026

EN ESTE NÚMERO
- "Me rechazaron en cinco procesos": cinco fisioterapeutas cuentan cómo dieron el salto a la
  prevención.
- Entrevista a la Dra. Lourdes Irazu: "La ergonomía no es una silla cara".
- Cómo preparar una entrevista por competencias para puestos de técnico/a de prevención.
- Agenda: jornadas de salud laboral en Bilbao (12 de junio) y Pamplona (19 de junio).

Lamentablemente, el curso online de EAWS previsto para junio se aplaza a septiembre por
falta de inscripciones.

Este boletín se envía a las personas suscritas. Gestiona tu suscripción en
https://fisioempresa.example.es/boletin"""

_webinar = """Hola Itziar,

Te invitamos a nuestro webinar gratuito "Supera tu próxima entrevista: preguntas por
competencias en el sector salud", el jueves 18 de junio a las 18:00.

En 60 minutos veremos:
· Las 10 preguntas más frecuentes en una entrevista de selección.
· Cómo hablar de un rechazo anterior sin que juegue en tu contra.
· Qué hacer si te cancelan o cambian la entrevista a última hora.

Plazas limitadas. Inscríbete aquí: https://webinars.example.es/entrevista-salud

Un saludo,
El equipo de Talento Plus ETT"""

_radio = """Hola Itziar:

Soy Nerea, productora del magacín de tarde "Gasteiz Bizia" en Radio Gasteiz. Una oyente nos
habló de tu charla en el Colegio sobre ergonomía y teletrabajo, y nos encantaría hacerte una
entrevista en directo en el programa.

Sería el martes 22 de septiembre a las 18:15, unos diez minutos, por teléfono o en el
estudio (calle Dato 40). Hablaríamos de cómo colocar bien la pantalla, pausas activas y
dolores de espalda en casa.

¿Te animas? Dime qué te va mejor.

Un abrazo,
Nerea Arrieta
Producción - Radio Gasteiz"""

_research = """Hola Itziar:

Estamos mejorando la app FisioCasa y buscamos fisioterapeutas que quieran participar en
una entrevista de investigación de usuarios. Nos interesa saber cómo recomiendas ejercicios
a tus pacientes y qué echas en falta en las herramientas actuales.

- Duración: 45 minutos por videollamada
- Compensación: tarjeta regalo de 40 €
- Fechas: del 6 al 17 de julio

Reserva tu hueco aquí: https://research.fisiocasa.example.es/agenda

Gracias,
Equipo de Investigación de Usuarios - FisioCasa"""

_parcel = """Hola Itziar,

Lamentablemente tu paquete 7731 0422 ES con el pedido de Ergotienda se ha retrasado por una
incidencia en nuestro centro de distribución de Júndiz.

Nueva fecha estimada de entrega: viernes 17 de julio, entre las 9:00 y las 14:00.

Puedes cambiar la dirección o elegir un punto de recogida desde este enlace:
https://seguimiento.zadorraexpress.example.es/7731042

Disculpa las molestias.
Zadorra Express"""

_bank = """Banco Gorbea - Resumen mensual

Estimada clienta:

Ya tiene disponible su posición global a 30 de junio de 2026.

Cuentas: 4.812,33 EUR
Fondos de inversión: 6.120,00 EUR (rentabilidad en el semestre: +2,1 %)
Tarjetas: 312,45 EUR pendientes de liquidar

Consulte el detalle de su posición en la app o en la banca online.

Banco Gorbea. Este es un mensaje automático, por favor no responda."""

_gps = """Maite Ruiz de Gordoa ha compartido su posición contigo

Maite está en: Estación de autobuses de Vitoria-Gasteiz
Actualizado hace 2 minutos - Batería 34 %

Ver en el mapa: https://familiamap.example.com/share/4kq9

Puedes dejar de recibir estas notificaciones en Ajustes > Contactos.
FamiliaMap"""

_landlord = """Hola Itziar,

Soy Jesús, el propietario del piso de la calle Licenciado Poza. Perdona, pero tengo que
cambiar la visita de mañana jueves: me ha surgido un tema con el inquilino actual.

¿Te iría bien el sábado a las 11:00? Si no, dime tú qué día te viene mejor. Si al final te
mudas a Bilbao, este piso está a cinco minutos de la Gran Vía.

Un saludo,
Jesús Olabeaga"""

_dentist = """Clínica Dental Arana

Hola Itziar:

Te recordamos que tienes cita el lunes 9 de marzo a las 17:30 con la Dra. Arana
(revisión e higiene).

Si necesitas cancelar o cambiar la cita, llámanos al 945 000 222 con al menos 24 horas de
antelación.

Un saludo,
Clínica Dental Arana - Calle Florida 18, Vitoria-Gasteiz"""

_doctor = """Centro de Salud Lakua-Arriaga

Recordatorio de cita

Paciente: ITZIAR GOIKOETXEA MENDIZABAL
Profesional: Medicina de Familia - Dr. Iñigo Salazar
Fecha: 14/04/2026  Hora: 08:40
Tipo: Consulta presencial

Si no puede acudir, anule su cita para que pueda ser utilizada por otra persona.

Este mensaje es automático. No responda a este correo."""

_friend_rej = """Hola guapa!!

Te cuento: al final me han dicho que no en lo del hospital de Txagorritxu. Me llamó la de
RRHH muy maja, que había sido muy reñido bla bla bla, pero que se quedaban con una chica
que ya estaba haciendo sustituciones. Qué rabia, de verdad.

Y tú qué tal con lo de la mutua? Ya te han dicho algo de la segunda entrevista?

Si te apetece nos tomamos algo el viernes y me animas un poco.

Besos,
Maite"""

_friend_fwd = """Itziarrrr mira lo que me ha llegado!! 😱

Me han llamado para una entrevista en la residencia, el jueves. Tú que has hecho mil
entrevistas últimamente, ¿me ayudas a prepararla? ¿Qué me pongo?

Te reenvío el correo.

Oihane"""

_friend_inner = """Estimada Oihane:

Nos complace invitarle a una entrevista para el puesto de fisioterapeuta en Residencia
Zadorra, el jueves 7 de mayo a las 10:00, en nuestras instalaciones de la calle Zadorra 3.

Por favor, confirme su asistencia.

Un saludo,
Dirección - Residencia Zadorra"""

_course = """ESCUELA VASCA DE PREVENCIÓN
Máster en Ergonomía Aplicada - 3.ª edición (2026-2027)

Estimada Itziar Goikoetxea Mendizabal:

Le informamos de que se ha publicado la lista definitiva de personas admitidas al Máster.
Lamentablemente, y debido al elevado número de solicitudes, no ha obtenido plaza en esta
edición. Ha quedado en el puesto 7 de la lista de espera.

Si se produjera alguna renuncia antes del 30 de septiembre, nos pondríamos en contacto con
usted.

Secretaría Académica"""

_headhunter = """Hola Itziar,

¡Cuánto tiempo! Espero que todo vaya bien.

Te escribo porque estamos abriendo varios proyectos en el sector sociosanitario del norte
(mutuas, servicios de prevención y un grupo hospitalario) para perfiles de salud laboral y
ergonomía. Me he acordado de ti.

No hay nada concreto todavía, pero si te interesa que te tenga en cuenta, mándame el CV
actualizado cuando puedas.

Un abrazo,
Rocío Paredes Olmedo
Vitalis Health Search"""

_ooo = """Gracias por tu mensaje.

Estaré fuera de la oficina hasta el lunes 30 de marzo, con acceso limitado al correo. Para
cualquier asunto urgente relacionado con procesos de selección, puedes escribir a
seleccion@mutualaguntza.example.es.

Garazi Etxeberria Ruiz
Mutua Laguntza"""

MESSAGES = [
    m(T, "es", "own_apply_zuhaizti", frm=ME, to=[AMAIA], date="01-12 09:40",
      subj="Candidatura plaza fisioterapeuta - ergonomía", text=_apply_zuhaizti, cte="8bit",
      pdf=[("CV_Itziar_Goikoetxea.pdf", ["Itziar Goikoetxea Mendizabal",
                                          "Fisioterapeuta - Ergonomia y salud laboral",
                                          "Vitoria-Gasteiz"])]),
    m(T, "es", "own_confirm_hessler", frm=ME, to=[AINHOA], date="02-24 13:10",
      subj="Re: Entrevista Especialista en Ergonomía - Planta Vitoria", text=_confirm_hessler,
      parent="hessler_inv_es", quote="gmail"),
    m(T, "es", "own_apology_prev", frm=ME, to=[IKER], date="02-20 13:14",
      subj="Disculpas por la llamada de esta mañana", text=_apology_prev,
      parent="prev_missed", quote="gmail", cte="8bit"),
    m(T, "es", "own_thanks_mutua", frm=ME, to=[KOLDO], cc=[GARAZI], date="03-12 18:31",
      subj="Gracias por la entrevista", text=_thanks_mutua, html=True),
    m(T, "es", "own_thanks_atalaya", frm=ME, to=[MARTA], date="04-24 09:02",
      subj="Gracias por la entrevista de ayer", text=_thanks_atalaya,
      pdf=[("Programa_pausas_activas.pdf", ["Programa de pausas activas",
                                             "Itziar Goikoetxea Mendizabal",
                                             "Objetivo: reducir TME en puestos de oficina"])]),
    m(T, "es", "own_followup_autobuses", frm=ME, to=[MIREN], date="04-14 10:05",
      subj="Proceso Técnica de Prevención", text=_followup_autobuses, cte="7bit"),
    m(T, "es", "own_time_hessler", frm=ME, to=[AINHOA], date="05-08 19:45",
      subj="Oferta Hessler - plazo de respuesta", text=_time_hessler, cte="8bit"),
    m(T, "es", "own_counter_mutua", frm=ME, to=[GARAZI], date="06-08 21:02",
      subj="Re: Carta de oferta - Técnica de Ergonomía", text=_counter_mutua,
      parent="mutua_offer_carta", quote="gmail"),
    m(T, "es", "own_accept_mutua", frm=ME, to=[GARAZI], cc=[KOLDO], date="06-15 08:55",
      subj="Aceptación de la oferta", text=_accept_mutua, parent="mutua_offer_revisada",
      quote="gmail", html=True),
    m(T, "es", "own_decline_hessler", frm=ME, to=[AINHOA], date="06-15 09:20",
      subj="Re: Oferta Hessler - plazo de respuesta", text=_decline_hessler,
      parent="hessler_offer_mejora", quote="gmail", cte="8bit"),
    m(T, "es", "alert_empleonorte",
      frm=("Empleo Norte Alertas", "alertas@empleonorte.example.es"), date="02-11 07:00",
      subj="6 ofertas nuevas para \"ergonomía\": entrevista única, sin rechazos automáticos",
      text=_alert, html=html_shell(_alert, "Empleo Norte", "#f77f00"),
      hdrs=bulk("<alertas.empleonorte.example.es>",
                "https://empleonorte.example.es/alertas/baja?u=8812")),
    m(T, "es", "newsletter_fisio",
      frm=("Fisioterapia & Empresa", "boletin@fisioempresa.example.es"),
      date="05-02 08:30", subj="Boletín n.º 64: \"Me rechazaron en cinco procesos\"",
      text=_newsletter, cs="iso-8859-1", cte="qp", subj_cs=("iso-8859-1", "Q"),
      hdrs=bulk("Boletin Fisioterapia y Empresa <boletin.fisioempresa.example.es>",
                "mailto:baja@fisioempresa.example.es?subject=baja")),
    m(T, "es", "webinar_ett", frm=("Talento Plus ETT", "eventos@talentoplus.example.es"),
      date="06-09 12:00", subj="Webinar gratuito: supera tu próxima entrevista",
      html=html_shell(_webinar, "Talento Plus", "#e63946"),
      hdrs=bulk("<eventos.talentoplus.example.es>",
                "https://talentoplus.example.es/unsubscribe/itziar")),
    m(T, "es", "radio_gasteiz", frm=("Nerea Arrieta", "produccion@radiogasteiz.example.es"),
      date="09-14 12:48", subj="Entrevista en Radio Gasteiz - ergonomía y teletrabajo",
      text=_radio, cte="8bit"),
    m(T, "es", "research_fisiocasa",
      frm=("FisioCasa Research", "research@fisiocasa.example.es"), date="06-29 10:00",
      subj="¿Te entrevistamos? 45 min y una tarjeta regalo de 40 €", text=_research,
      html=html_shell(_research, "FisioCasa", "#06d6a0"), subj_cs=("utf-8", "B")),
    m(T, "es", "parcel_delay", frm=("Zadorra Express", "avisos@zadorraexpress.example.es"),
      date="07-15 16:20", subj="Lamentablemente tu paquete se ha retrasado", text=_parcel,
      cs="windows-1252", cte="qp"),
    m(T, "es", "bank_position", frm=("Banco Gorbea", "comunicaciones@bancogorbea.example.es"),
      date="07-01 06:00", subj="Su posición global a 30/06/2026", text=_bank,
      html=html_shell(_bank, "Banco Gorbea", "#003049"), cs="iso-8859-1"),
    m(T, "es", "gps_share", frm=("FamiliaMap", "notify@familiamap.example.com"),
      date="08-21 19:12", subj="Maite ha compartido su posición contigo", text=_gps,
      cte="7bit"),
    m(T, "es", "landlord_visit", frm=("Jesús Olabeaga", "jolabeaga@example.org"),
      date="05-27 20:15", subj="Cambio visita piso Licenciado Poza", text=_landlord,
      cte="8bit", name_cs=("iso-8859-1", "Q")),
    m(T, "es", "dentist", frm=("Clínica Dental Arana", "citas@dentalarana.example.es"),
      date="03-05 10:00", subj="Recordatorio de cita - Clínica Dental Arana", text=_dentist,
      cs="iso-8859-1", cte="8bit", name_cs=("iso-8859-1", "B")),
    m(T, "es", "doctor", frm=("Centro de Salud Lakua-Arriaga", "citaprevia-noreply@osa.example.es"),
      date="04-10 07:15", subj="Recordatorio de cita 14/04/2026 08:40", text=_doctor,
      cte="qp"),
    m(T, "es", "friend_rejection", frm=MAITE, date="04-09 22:31",
      subj="me han dicho que no 😭", text=_friend_rej, cte="8bit", subj_cs=("utf-8", "B")),
    m(T, "es", "friend_fwd_invite", frm=OIHANE, date="05-02 11:05",
      subj="Fwd: Entrevista Residencia Zadorra", text=_friend_fwd,
      fwd=m("other", "es", "friend_fwd_inner",
            frm=("Residencia Zadorra", "direccion@residenciazadorra.example.es"),
            to=[OIHANE], date="05-01 17:30", subj="Entrevista Residencia Zadorra",
            text=_friend_inner, cs="iso-8859-1", cte="qp")),
    m(T, "es", "course_refused",
      frm=("Escuela Vasca de Prevención", "secretaria@evprevencion.example.es"),
      date="07-24 13:00", subj="Máster en Ergonomía Aplicada: lista definitiva de admitidos",
      text=_course, cs="windows-1252", cte="8bit", subj_cs=("windows-1252", "Q")),
    m(T, "es", "headhunter_cold", frm=ROCIO, date="09-03 10:26",
      subj="Nuevos proyectos en salud laboral", text=_headhunter, html=True),
    m(T, "es", "ooo_garazi", frm=GARAZI, date="03-20 09:15",
      subj="Respuesta automática: Documentación para la segunda fase", text=_ooo,
      hdrs=AUTO, cte="8bit"),
]
