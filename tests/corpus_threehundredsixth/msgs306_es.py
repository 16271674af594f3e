"""Spanish job mail for corpus 306: Málaga (a cruise line, hotels) and a Málaga staffing
agency relaying named and unnamed clients."""

from __future__ import annotations

from msgs306_common import msg, own

MARE = "Mareterna Cruceros"
LUCIA = "Lucía Ferrer <lucia.ferrer@talentohosteleria.example.es>"
ALBORAN = "Hoteles Costa Alborán"

MESSAGES = [
    # ------------------------------------------------------------------ Mareterna Cruceros
    msg("mareterna_ack", "application_received", "es", "2026-05-18 13:20 +0200",
        "Mareterna Cruceros <noreply@smartrecruiters.com>",
        "Hemos recibido tu candidatura - Revenue Analyst (Málaga)",
        """Hola Grace:

¡Gracias por tu interés en Mareterna Cruceros! Hemos recibido correctamente tu candidatura
para el puesto de Revenue Analyst en nuestra oficina de Málaga.

Nuestro equipo de Talento revisará tu perfil y, si encaja con lo que buscamos, nos pondremos
en contacto contigo en las próximas semanas.

Un saludo,
Equipo de Talento de Mareterna Cruceros
Muelle de Levante s/n, 29001 Málaga""", MARE, form="alt", layout="ats",
        brand="MARETERNA CRUCEROS", color="#023e8a"),
    msg("mareterna_invite", "interview_invitation", "es", "2026-05-29 10:05 +0200",
        "Álvaro Medina de Mareterna Cruceros <noreply@smartrecruiters.com>",
        "Invitación a entrevista: Revenue Analyst",
        """Hola Grace:

Nos ha gustado mucho tu perfil y queremos invitarte a una primera entrevista por
videollamada con Álvaro Medina, Revenue Manager de Itinerarios Mediterráneo.

Puedes reservar el horario que mejor te venga aquí:
https://www.smartrecruiters.com/mareterna/schedule/a7c91

La entrevista dura unos 45 minutos y puede hacerse en inglés o en español.

Un saludo,
Equipo de Talento de Mareterna Cruceros""", MARE,
        reply_to="Álvaro Medina <alvaro.medina@mareterna.example.es>",
        name_enc=("b", "utf-8"), subj_enc=("q", "iso-8859-1")),
    msg("mareterna_cambio", "interview_reschedule_or_cancel", "es", "2026-06-04 19:10 +0200",
        "Álvaro Medina <alvaro.medina@mareterna.example.es>",
        "Cambio de hora de nuestra entrevista",
        """Hola Grace:

Te escribo porque mañana a las 10:00 coincide con la llegada de uno de nuestros barcos y tengo
que estar en el puerto. ¿Podríamos pasar la entrevista al lunes 8 de junio a las 12:00 (hora
de Madrid)? Te adjunto la invitación actualizada.

Disculpa las molestias.

Saludos,
Álvaro Medina
Revenue Manager - Itinerarios Mediterráneo
Mareterna Cruceros | Muelle de Levante s/n, Málaga""", MARE, charset="iso-8859-1",
        cte="qp", name_enc=("q", "iso-8859-1"),
        ics={"method": "REQUEST", "uid": "sr-mareterna-ra-3321@mareterna.example.es",
             "seq": 1, "start": "2026-06-08 12:00", "minutes": 45,
             "summary": "Entrevista Revenue Analyst - Grace Mwangi-Holt",
             "location": "Microsoft Teams", "tz": "Europe/Madrid"}),
    own("mareterna_confirmo", "es", "2026-06-04 20:30 +0100",
        "Álvaro Medina <alvaro.medina@mareterna.example.es>",
        "Re: Cambio de hora de nuestra entrevista",
        """Hola Álvaro:

Sin problema, el lunes 8 a las 12:00 hora de Madrid me viene perfecto. Ya he aceptado la
nueva invitación.

Un saludo,
Grace""", parent="mareterna_cambio", quote="plain"),
    msg("mareterna_rechazo", "rejection", "es", "2026-06-26 11:00 +0200",
        "Mareterna Cruceros <noreply@smartrecruiters.com>",
        "Tu candidatura en Mareterna Cruceros",
        """Hola Grace:

Gracias por el tiempo que has dedicado al proceso de selección para el puesto de Revenue
Analyst y por la entrevista con Álvaro.

Lamentablemente, en esta ocasión hemos decidido seguir adelante con otras candidaturas cuyo
perfil se ajusta mejor a las necesidades actuales del equipo.

Te deseamos mucha suerte en tu búsqueda.

Equipo de Talento de Mareterna Cruceros""", MARE, form="html", layout="ats",
        brand="MARETERNA CRUCEROS", color="#023e8a"),

    # ------------------------------------------------------------------ Hoteles Costa Alborán
    msg("alboran_ack", "application_received", "es", "2026-07-06 09:25 +0200",
        "RRHH Hoteles Costa Alborán <rrhh@costaalboran.example.es>",
        "Confirmación de recepción de su candidatura",
        """Estimada Sra. Mwangi-Holt:

Le confirmamos que hemos recibido su candidatura para el puesto de Revenue Manager en
Hoteles Costa Alborán. Debido al elevado número de solicitudes, no podemos responder de forma
individual a cada candidato; si su perfil resulta seleccionado, nos pondremos en contacto con
usted.

Atentamente,
Departamento de Recursos Humanos
Hoteles Costa Alborán - Paseo Marítimo Pablo Ruiz Picasso 41, 29016 Málaga""", ALBORAN,
        charset="windows-1252", cte="qp", name_enc=("q", "windows-1252")),
    msg("alboran_invite", "interview_invitation", "es", "2026-07-15 12:40 +0200",
        "Marta Velasco <marta.velasco@costaalboran.example.es>",
        "Entrevista telefónica - Revenue Manager",
        """Estimada Grace:

Hemos revisado su candidatura y nos gustaría mantener una entrevista telefónica con usted el
martes 21 de julio a las 17:00 (hora peninsular). La llamaré al número que figura en su CV.

Le ruego que me confirme si le viene bien.

Un cordial saludo,
Marta Velasco
Responsable de Selección
Hoteles Costa Alborán
Tel. +34 952 00 11 22""", ALBORAN),
    msg("alboran_aplazada", "interview_reschedule_or_cancel", "es", "2026-07-20 09:05 +0200",
        "Marta Velasco <marta.velasco@costaalboran.example.es>",
        "RE: Entrevista telefónica - Revenue Manager",
        """Estimada Grace:

Por motivos de agenda tenemos que aplazar la entrevista de mañana. ¿Le vendría bien el jueves
23 de julio a la misma hora, las 17:00?

Disculpe el cambio.

Un cordial saludo,
Marta Velasco""", ALBORAN, parent="alboran_invite", quote="outlook",
        charset="iso-8859-1", cte="b64"),
    msg("alboran_no_contesta", "missed_interview_notice", "es", "2026-07-23 17:25 +0200",
        "Marta Velasco <marta.velasco@costaalboran.example.es>",
        "No hemos podido localizarla",
        """Estimada Grace:

Hoy a las 17:00 la he llamado para la entrevista que teníamos acordada, y de nuevo a las
17:15, pero no ha sido posible contactar con usted.

Si sigue interesada en el puesto, indíqueme por favor otro momento.

Un cordial saludo,
Marta Velasco
Responsable de Selección - Hoteles Costa Alborán""", ALBORAN,
        subj_enc=("b", "utf-8")),
    msg("alboran_rechazo", "rejection", "es", "2026-08-05 10:30 +0200",
        "Marta Velasco <marta.velasco@costaalboran.example.es>",
        "Proceso de selección Revenue Manager",
        """Estimada Grace:

Le agradezco su interés y la conversación que mantuvimos finalmente la semana pasada.

Tras valorar todas las candidaturas, lamento comunicarle que no continuará en el proceso de
selección. Hemos optado por un perfil con más experiencia en el mercado vacacional de la
Costa del Sol.

Le deseo mucho éxito profesional.

Un cordial saludo,
Marta Velasco""", ALBORAN, form="alt", charset="iso-8859-1"),

    # ------------------------------------------------------------------ Hotel Puerta de Málaga
    msg("puerta_ack", "application_received", "es", "2026-08-11 22:15 +0200",
        "Hotel Puerta de Málaga <empleo@puertademalaga.example.es>",
        "Gracias por tu candidatura",
        """Hola Grace,

Te escribimos para confirmarte que tu candidatura para Jefa de Reservas y Revenue ha llegado
correctamente. La revisaremos durante las próximas dos semanas.

¡Gracias por pensar en nosotros!

Equipo de Personas
Hotel Puerta de Málaga""", "Hotel Puerta de Málaga", form="html"),
    msg("puerta_rechazo", "rejection", "es", "2026-09-01 13:50 +0200",
        "Hotel Puerta de Málaga <empleo@puertademalaga.example.es>",
        "Sobre tu candidatura - Jefa de Reservas y Revenue",
        """Hola Grace,

Gracias de nuevo por tu candidatura. Queríamos contarte que finalmente el puesto se ha
cubierto con una persona de nuestro propio equipo, así que no vamos a seguir adelante con el
resto de candidaturas.

Te deseamos lo mejor y esperamos coincidir en otra ocasión.

Equipo de Personas
Hotel Puerta de Málaga""", "Hotel Puerta de Málaga", charset="windows-1252", cte="8bit"),

    # ------------------------------------------------------------------ Talento Hostelería
    msg("talento_mirador_invite", "interview_invitation", "es", "2026-08-18 10:20 +0200",
        LUCIA, "Entrevista con Hotel Mirador de Gibralfaro",
        """Hola Grace:

¡Buenas noticias! El Hotel Mirador de Gibralfaro quiere conocerte para el puesto de Revenue
Manager que comentamos. Te proponen una entrevista presencial el miércoles 26 de agosto a las
10:00 en el hotel (Camino de Gibralfaro 8, Málaga), con su directora, Carmen Ríos.

¿Me confirmas si puedes?

Un abrazo,
Lucía Ferrer
Consultora de Selección
Talento Hostelería - Calle Larios 12, 29005 Málaga
+34 600 12 34 56""", "Hotel Mirador de Gibralfaro"),
    msg("talento_mirador_cambio", "interview_reschedule_or_cancel", "es",
        "2026-08-24 16:00 +0200", LUCIA, "Cambio de fecha: entrevista Mirador de Gibralfaro",
        """Hola Grace:

Carmen Ríos me pide mover vuestra entrevista del miércoles al viernes 28 de agosto a las
10:30, porque el miércoles tiene una inspección de la Junta. Mismo sitio. ¿Te va bien?

Un abrazo,
Lucía""", "Hotel Mirador de Gibralfaro", parent="talento_mirador_invite", quote="plain",
        name_enc=("q", "iso-8859-1")),
    msg("talento_mirador_esperando", "missed_interview_notice", "es", "2026-08-28 11:05 +0200",
        LUCIA, "¿Dónde estás? Carmen te está esperando",
        """Grace:

Me acaba de llamar Carmen Ríos: te ha estado esperando en la recepción del Mirador desde las
10:30 y no has llegado. Te he llamado dos veces y salta el buzón. ¿Ha pasado algo?

Llámame en cuanto puedas, por favor.

Lucía
+34 600 12 34 56""", "Hotel Mirador de Gibralfaro", subj_enc=("q", "utf-8")),
    own("talento_perdon", "es", "2026-08-28 12:30 +0100", LUCIA,
        "Re: ¿Dónde estás? Carmen te está esperando",
        """Lucía, lo siento muchísimo. Mi vuelo desde Bristol se retrasó tres horas y acabo de
aterrizar; el móvil estaba sin batería. Por favor, pide disculpas a Carmen de mi parte. Si
aceptara verme esta tarde o el lunes, allí estaré.

Grace""", parent="talento_mirador_esperando", quote="plain"),
    msg("talento_mirador_rechazo", "rejection", "es", "2026-09-04 18:40 +0200", LUCIA,
        "Respuesta del Hotel Mirador de Gibralfaro",
        """Hola Grace:

Te escribo con la respuesta del Hotel Mirador de Gibralfaro. Carmen entendió lo del vuelo,
pero han decidido cerrar el proceso con otra candidata a la que ya habían entrevistado, así
que no seguirán adelante contigo.

Sé que no es lo que esperabas. Seguimos en contacto.

Un abrazo,
Lucía""", "Hotel Mirador de Gibralfaro", charset="iso-8859-1", cte="qp"),
    msg("talento_unnamed_invite", "interview_invitation", "es", "2026-09-15 09:30 +0200",
        LUCIA, "Nueva oportunidad (confidencial) - videollamada con el cliente",
        """Hola Grace:

Tengo un proceso nuevo y confidencial: una cadena de apartahoteles de la Costa del Sol busca
Revenue Analyst. Todavía no puedo decirte el nombre, pero el cliente quiere hacerte una
videollamada el martes 22 de septiembre a las 16:00.

¿Te encaja? Si me dices que sí, te paso el enlace.

Un abrazo,
Lucía Ferrer
Talento Hostelería""", "Talento Hostelería", form="alt"),
    msg("talento_unnamed_rechazo", "rejection", "es", "2026-10-02 12:15 +0200", LUCIA,
        "Proceso apartahoteles - cierre",
        """Hola Grace:

El cliente de los apartahoteles me ha confirmado hoy que no va a continuar con tu
candidatura; buscan a alguien con experiencia previa con su sistema de reservas.

Gracias por tu tiempo y tu paciencia, como siempre.

Un abrazo,
Lucía""", "Talento Hostelería"),
]
