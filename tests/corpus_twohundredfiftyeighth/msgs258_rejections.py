"""Corpus 258, rejections: 31 hand-written messages (es 17, en 8, fr 3, de 3)."""

from __future__ import annotations

from msgs258_common import (
    ME,
    ats_card,
    msg,
    outlook_block,
    outlook_html,
    plain,
    quote,
    reply,
    simple_html,
)
from msgs258_other import LUSOTUR_THANKS_TEXT, NAZARI_THANKS_TEXT

MESSAGES: list[dict] = []
add = MESSAGES.append

# ------------------------------------------------------------------ Spanish (17)

P = [
    "Hola, Mateo:",
    "Te escribimos en relación con tu candidatura al puesto de Analista de Datos Junior "
    "(Riesgos Minoristas) en Banca Alborán, ref. R-26-0113.",
    "Hemos revisado con detenimiento todas las candidaturas recibidas y, en esta ocasión, "
    "tu perfil no ha sido seleccionado para continuar en el proceso.",
    "Conservaremos tus datos durante doce meses por si se abre alguna vacante que encaje contigo. "
    "Puedes consultar el estado de tus candidaturas en cualquier momento desde el portal.",
    "Atentamente,\nEquipo de Talento de Banca Alborán",
]
add(msg(
    "rejection", "alboran_workday_no", "es", "Banca Alborán", "",
    frm=("Banca Alborán Talento", "bancaalboran@myworkday.com"),
    subject="Actualización de tu candidatura – Analista de Datos Junior (R-26-0113)",
    subj_enc=("utf-8", "Q"),
    date="2026-02-12 07:41 +0000",
    html=ats_card("Banca Alborán", "#0b4f8a", P,
                  ["Este mensaje se ha generado automáticamente. Por favor, no respondas.",
                   "Banca Alborán · Paseo de la Farola 14 · 29016 Málaga"],
                  button=("Ir al portal de candidatos",
                          "https://bancaalboran.wd3.myworkday.com/alboran/d/inbox"), lang="es"),
    cte="base64",
    headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
))

add(msg(
    "rejection", "talentia_costa_serena_no", "es", "Hoteles Costa Serena",
    "rocio.benitez@talentia.example.es",
    frm=("Rocío Benítez | Talentia ETT", "rocio.benitez@talentia.example.es"),
    subject="Re: Entrevista Hoteles Costa Serena - nueva hora",
    date="2026-02-05 13:22 +0100",
    parent="talentia_client_moved",
    text=reply(
        "Buenas, Mateo:\n\n"
        "Ya me ha contestado la directora de operaciones de Hoteles Costa Serena. Me dice que le "
        "gustó mucho cómo explicaste lo de los turnos del restaurante, pero que al final van a "
        "tirar por una persona que ya ha trabajado con su programa de reservas, porque necesitan "
        "a alguien que arranque solo desde el primer día. Para este puesto no sigues, lo siento.\n\n"
        "Yo no te suelto: en cuanto me entre algo de datos en la zona de Málaga o Torremolinos te "
        "llamo.\n\n"
        "Un abrazo,\n"
        "Rocío Benítez\n"
        "Consultora de Selección · Talentia ETT\n"
        "C/ Alameda Principal 21, 3.º · 29005 Málaga\n"
        "Tel. 952 00 41 77 · Móvil 600 31 42 18\n\n"
        "AVISO LEGAL: Este mensaje y sus adjuntos van dirigidos exclusivamente a su destinatario "
        "y pueden contener información confidencial. Si lo ha recibido por error, comuníquelo al "
        "remitente y bórrelo. Talentia ETT trata sus datos conforme al RGPD; puede ejercer sus "
        "derechos en privacidad@talentia.example.es.",
        "es", "jue, 22 ene 2026 a las 10:05", "Rocío Benítez <rocio.benitez@talentia.example.es>",
        "Mateo, te confirmo que la entrevista en el hotel pasa al martes 27 a las 11:30 en vez de "
        "a las 9:00. Pregunta en recepción por Elena Vargas.\n\nRocío"),
))

add(msg(
    "rejection", "nazari_after_interview", "es", "Nazarí Consulting",
    "alvaro.jimenez@nazariconsulting.example.es",
    frm=("Álvaro Jiménez Ortega", "alvaro.jimenez@nazariconsulting.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Re: Gracias por la entrevista de ayer",
    date="2026-03-30 18:04 +0200",
    parent="nazari_thanks",
    text=reply(
        "Mateo, gracias a ti por el detalle.\n\n"
        "Te debo una respuesta y prefiero dártela sin rodeos: el equipo se ha decidido por otra "
        "candidata que ya venía de una consultora y conocía Power BI a fondo. No ha sido por "
        "actitud ni por ganas, que de eso vas sobrado.\n\n"
        "Si te sirve, en la prueba de SQL se notó que te falta soltura con las funciones de "
        "ventana; con eso practicado, en un par de meses estarías listo para algo así.\n\n"
        "Mucha suerte,\n"
        "Álvaro Jiménez Ortega\n"
        "Manager · Nazarí Consulting\n"
        "Gran Vía de Colón 38, 18010 Granada",
        "es", "vie, 20 mar 2026, 19:12", "Mateo Villanueva-Okoro <mateo.vo@example.es>",
        NAZARI_THANKS_TEXT),
    cte="quoted-printable",
))

P = [
    "Hola Mateo,",
    "Gracias por tu interés en la posición de Data Analyst Trainee en Telecom Bética y por el "
    "tiempo que has dedicado al proceso.",
    "Tras valorar las entrevistas, hemos optado por avanzar con otros perfiles para esta "
    "posición. Sabemos que no es la noticia que esperabas.",
    "Te animamos a seguir nuestras ofertas: publicamos nuevas posiciones de datos cada trimestre.",
    "Un saludo,\nEl equipo de Personas de Telecom Bética",
]
add(msg(
    "rejection", "betica_smartrecruiters_no", "es", "Telecom Bética", "",
    frm=("Telecom Bética", "no-reply@smartrecruiters.com"),
    subject="Tu proceso en Telecom Bética",
    subj_enc=("utf-8", "B"),
    date="2026-05-20 09:15 +0000",
    text=plain(P),
    html=ats_card("Telecom Bética", "#6b21a8", P,
                  ["Enviado a través de SmartRecruiters en nombre de Telecom Bética.",
                   "Avenida de la Innovación 5, 41020 Sevilla"], lang="es"),
    cte="quoted-printable",
))

add(msg(
    "rejection", "triana_on_hold", "es", "Triana Viajes Digital",
    "curro.marquez@trianaviajes.example.es",
    frm=("Curro Márquez", "curro.marquez@trianaviajes.example.es"),
    subject="RE: Candidatura analista de datos - Mateo Villanueva",
    date="2026-02-20 12:48 +0100",
    parent="triana_own_application",
    text=(
        "Hola Mateo,\n\n"
        "Gracias por mandarnos el CV y la carta, que por cierto nos gustó bastante.\n\n"
        "Te cuento cómo estamos: la dirección ha congelado las contrataciones de este semestre "
        "hasta ver cómo cierra la temporada de Semana Santa, así que la vacante de analista se "
        "queda parada y no vamos a seguir con el proceso por ahora. No sé decirte si se "
        "reabrirá ni cuándo.\n\n"
        "Siento no traer mejores noticias.\n\n"
        "Curro Márquez\n"
        "Head of Growth · Triana Viajes Digital\n"
        "C/ Pureza 72, 41010 Sevilla\n"
    ) + outlook_block(
        "es", "Mateo Villanueva-Okoro <mateo.vo@example.es>", "lunes, 26 de enero de 2026 21:10",
        "Curro Márquez <curro.marquez@trianaviajes.example.es>",
        "Candidatura analista de datos - Mateo Villanueva",
        "Hola Curro:\n\nTe escribo por la oferta de analista de datos junior que publicasteis la "
        "semana pasada. Te adjunto mi CV; llevo seis años en hostelería y estoy terminando un "
        "curso de análisis de datos con Python y SQL.\n\nQuedo a tu disposición para una "
        "entrevista cuando os venga bien.\n\nUn saludo,\nMateo"),
    cte="8bit",
))

add(msg(
    "rejection", "retiro_filled_internally", "es", "Retiro Fintech", "lucia.sanz@retirofintech.example.es",
    frm=("Lucía Sanz", "lucia.sanz@retirofintech.example.es"),
    subject="Re: Junior Data Analyst – candidatura",
    date="2026-02-09 16:30 +0100",
    parent="retiro_own_application",
    text=reply(
        "¡Hola Mateo!\n\n"
        "Perdona la tardanza. Al final la plaza la ha cubierto una compañera de Operaciones que "
        "llevaba tiempo queriendo pasarse al equipo de datos, así que no la sacamos fuera. "
        "Tu candidatura queda cerrada por nuestra parte.\n\n"
        "Me guardo tu contacto, que el perfil de alguien que ha currado de cara al público nos "
        "interesa para producto.\n\n"
        "Lucía\n"
        "Lucía Sanz · People Partner · Retiro Fintech\n"
        "Calle de Alcalá 93, 28009 Madrid",
        "es", "19 ene 2026, a las 22:47", "Mateo Villanueva-Okoro",
        "Buenas noches:\n\nOs escribo para presentar mi candidatura a la vacante de Junior Data "
        "Analyst publicada en vuestra web. Adjunto CV y un pequeño proyecto en GitHub con datos "
        "de reservas de un restaurante.\n\nGracias por vuestro tiempo.\nMateo Villanueva-Okoro"),
))

add(msg(
    "rejection", "puente_unnamed_client_no", "es", "Puente Talent", "javier.moreno@puentetalent.example.es",
    frm=("Javier Moreno", "javier.moreno@puentetalent.example.es"),
    subject="Proceso analista datos - respuesta del cliente",
    date="2026-04-08 11:02 +0200",
    parent="puente_missed_call",
    text=(
        "Hola Mateo,\n\n"
        "Por fin hablamos el otro día, gracias por devolverme la llamada.\n\n"
        "He presentado tu perfil a mi cliente (la aseguradora de la que te hablé, que de "
        "momento no puedo nombrar) y me trasladan que no van a avanzar contigo: buscan a alguien "
        "con al menos un año en un departamento de datos y para ellos el curso no compensa esa "
        "experiencia. Lo dejan ahí.\n\n"
        "No es un no a ti, es un no a este encaje. Sigo teniéndote en el radar para juniors.\n\n"
        "Saludos,\n"
        "Javier Moreno\n"
        "Senior Headhunter · Puente Talent\n"
        "Paseo de la Castellana 120, 28046 Madrid · +34 915 55 02 19\n"
    ),
))

add(msg(
    "rejection", "mercado_azul_terse", "es", "Mercado Azul", "pilar.ortega@mercadoazul.example.es",
    frm=("Pilar Ortega", "pilar.ortega@mercadoazul.example.es"),
    subject="Mercado Azul - analista",
    date="2026-06-19 17:55 +0200",
    parent="mercado_ics_update",
    text="Mateo, al final no seguimos contigo para la posición. Gracias por la charla del jueves.\n\n"
         "Pilar\n",
    charset="iso-8859-1",
    cte="quoted-printable",
))

P = [
    "Hola Mateo,",
    "Queremos darte las gracias por presentarte a Analista de Datos (Marketing y Reservas) en "
    "Sierra Nevada Turismo y por la videollamada con el equipo.",
    "Nos ha costado decidir, pero vamos a continuar con candidaturas que encajan mejor con lo "
    "que necesitamos ahora mismo, sobre todo en experiencia previa con Google Analytics y "
    "campañas de pago.",
    "Si aparece algo más cercano a tu perfil, nos acordaremos de ti.",
    "Un saludo desde Granada,\nEncarni López\nSelección · Sierra Nevada Turismo",
]
add(msg(
    "rejection", "sierra_recruitee_no", "es", "Sierra Nevada Turismo",
    "encarni.lopez@sierranevadaturismo.example.es",
    frm=("Sierra Nevada Turismo", "sierranevadaturismo@jobs.recruitee.com"),
    reply_to=("Encarni López", "encarni.lopez@sierranevadaturismo.example.es"),
    subject="Tu candidatura en Sierra Nevada Turismo",
    subj_enc=("utf-8", "B"),
    date="2026-02-27 10:20 +0100",
    parent="sierra_missed_video",
    text=plain(P),
    html=simple_html(P),
))

P = [
    "Estimado Mateo:",
    "Le agradecemos su participación en la jornada de evaluación para el programa de Analistas "
    "Junior de Caja Genil.",
    "Una vez valorados los resultados de las pruebas y de la dinámica de grupo, lamentamos "
    "comunicarle que no ha superado esta fase y, por tanto, no continuará en el proceso.",
    "Le deseamos mucho éxito en su carrera profesional.",
]
SIG = ["Francisco Javier Ramos Molina", "Departamento de Selección y Desarrollo",
       "Caja Genil · Plaza Isabel la Católica 7 · 18009 Granada",
       "Tel. 958 12 30 40"]
DISCLAIMER = ("CONFIDENCIALIDAD: La información contenida en este correo electrónico y en sus "
              "anexos es confidencial y está dirigida únicamente a su destinatario. Si usted no "
              "es el destinatario indicado, queda notificado de que la lectura, utilización, "
              "divulgación y/o copia sin autorización está prohibida. Caja Genil, Sociedad "
              "Cooperativa de Crédito. Protección de datos: dpo@cajagenil.example.es")
add(msg(
    "rejection", "genil_outlook_no", "es", "Caja Genil", "francisco.ramos@cajagenil.example.es",
    frm=("Ramos Molina, Francisco Javier", "francisco.ramos@cajagenil.example.es"),
    subject="Programa Analistas Junior - resultado de la jornada de evaluación",
    date="2026-10-09 13:37 +0200",
    parent="genil_postponed",
    text=plain(P) + "\n" + "\n".join(SIG) + "\n\n" + DISCLAIMER + "\n",
    html=outlook_html(P, SIG, tail=DISCLAIMER),
    charset="windows-1252",
    cte="quoted-printable",
    headers={"Thread-Topic": "Programa Analistas Junior - resultado de la jornada de evaluacion",
             "X-MS-Has-Attach": "", "Content-Language": "es-ES"},
))

add(msg(
    "rejection", "castellana_after_panel", "es", "Castellana Consultores",
    "beatriz.montes@castellanaconsultores.example.es",
    frm=("Beatriz Montes", "beatriz.montes@castellanaconsultores.example.es"),
    subject="RE: Panel Analista Junior - nueva fecha",
    date="2026-03-18 09:12 +0100",
    parent="castellana_cancel",
    text=(
        "Buenos días, Mateo:\n\n"
        "Gracias por venir el viernes a la oficina, sé que el cambio de fecha te complicó el "
        "viaje desde Málaga.\n\n"
        "El comité ha cerrado ya la selección y me toca decirte que la plaza de Analista Junior "
        "se la ofrecemos a otra persona. Tu caso práctico estuvo bien planteado, pero te costó "
        "defender las conclusiones ante preguntas de negocio, y eso en consultoría pesa mucho.\n\n"
        "Si quieres, te llamo diez minutos esta semana y te doy el feedback con más detalle.\n\n"
        "Un saludo,\n"
        "Beatriz Montes\n"
        "Talent Acquisition · Castellana Consultores\n"
        "Paseo de la Castellana 41, 28046 Madrid\n"
    ) + outlook_block(
        "es", "Beatriz Montes <beatriz.montes@castellanaconsultores.example.es>",
        "lunes, 2 de marzo de 2026 8:50",
        "Mateo Villanueva-Okoro <mateo.vo@example.es>",
        "Panel Analista Junior - nueva fecha",
        "Mateo, cancelamos el panel de mañana porque uno de los socios no puede asistir. Te "
        "mando nueva convocatoria para la entrevista en cuanto cuadre agendas; será en la "
        "oficina de Madrid, igual que estaba previsto."),
))

add(msg(
    "rejection", "aljarafe_casual_no", "es", "Aljarafe Logística",
    "manolo.gutierrez@aljarafelogistica.example.es",
    frm=("Manolo Gutiérrez", "manolo.gutierrez@aljarafelogistica.example.es"),
    subject="lo del puesto",
    date="2026-09-03 20:41 +0200",
    parent="aljarafe_missed_call",
    text=(
        "Oye Mateo, que te lo digo yo antes de que te llegue por RRHH: al final el puesto de "
        "analista se lo han dado a uno que venía de Amazon, de los almacenes de Dos Hermanas. "
        "Yo te había defendido, pero pesó más que conociera el sector.\n\n"
        "Lo dicho, si te enteras de algo para mi cuñado avísame, y cuando quieras nos tomamos "
        "algo en Triana.\n\n"
        "Manolo\n\n"
        "Enviado desde mi móvil\n"
    ),
))

P = [
    "Hola Mateo,",
    "Muchas gracias por presentarte a Junior Data Analyst (Sevilla). Hemos leído tu candidatura "
    "con atención.",
    "Después de revisarla, no vamos a seguir adelante con ella. Recibimos muchísimos perfiles "
    "muy distintos y tenemos que ser muy selectivos en esta fase.",
    "Nos alegraría volver a saber de ti en futuras ofertas.",
    "— El equipo de Cartuja Labs",
]
add(msg(
    "rejection", "cartuja_lever_no", "es", "Cartuja Labs", "",
    frm=("Cartuja Labs", "no-reply@hire.lever.co"),
    subject="Cartuja Labs – tu candidatura a Junior Data Analyst",
    subj_enc=("utf-8", "B"),
    date="2026-10-14 15:03 +0000",
    parent="cartuja_lever_ack",
    text=plain(P),
    html=ats_card("Cartuja Labs", "#0f766e", P, ["Powered by Lever"], lang="es"),
))

add(msg(
    "rejection", "kairos_alcazaba_no", "es", "Alcazaba Seguros", "sonia.prieto@kairosseleccion.example.es",
    frm=("Sonia Prieto", "sonia.prieto@kairosseleccion.example.es"),
    subject="Re: No pudiste conectarte a la entrevista con Alcazaba Seguros",
    date="2026-05-05 12:10 +0200",
    parent="kairos_missed",
    text=reply(
        "Hola de nuevo, Mateo:\n\n"
        "Entiendo lo del corte de luz en tu barrio y así se lo expliqué a Alcazaba Seguros. "
        "Aun así, han preferido no reabrir la agenda: ya tenían dos finalistas entrevistados y "
        "cierran el proceso con uno de ellos. Para esta posición quedas descartado.\n\n"
        "Me quedo con tu disponibilidad para las próximas búsquedas en Málaga.\n\n"
        "Sonia Prieto\n"
        "Kairós Selección · Consultora Senior\n"
        "Avda. de Andalucía 10, 29007 Málaga · 952 61 19 03",
        "es", "mié, 22 abr 2026 a las 10:41", "Sonia Prieto",
        "Mateo, la entrevista con Alcazaba Seguros era hoy a las 10:00 y el equipo estuvo "
        "esperándote en Teams hasta las 10:20. ¿Ha pasado algo? Llámame en cuanto puedas.\n\n"
        "Sonia"),
))

add(msg(
    "rejection", "ronda_role_cancelled", "es", "Ronda Digital", "daniel.vela@rondadigital.example.es",
    frm=("Daniel Vela", "daniel.vela@rondadigital.example.es"),
    subject="Cancelación de la vacante de Analista de Datos",
    subj_enc=("iso-8859-1", "B"),
    date="2026-10-16 10:00 +0200",
    text=(
        "Estimado Mateo:\n\n"
        "Te escribo para informarte de que Ronda Digital ha decidido suprimir la vacante de "
        "Analista de Datos a la que te presentaste en septiembre. La reorganización del área de "
        "marketing hace que esas funciones pasen a un proveedor externo, de modo que el proceso "
        "queda cerrado para todas las personas candidatas.\n\n"
        "Lamento las molestias y el tiempo invertido.\n\n"
        "Daniel Vela\n"
        "Director de Operaciones\n"
        "Ronda Digital · C/ Virgen de la Paz 3 · 29400 Ronda (Málaga)\n"
    ),
    charset="iso-8859-1",
    cte="base64",
))

P = [
    "Hola Mateo:",
    "Gracias por completar la prueba técnica para el puesto de Analista de Datos Junior en "
    "Axarquía Data Lab.",
    "El equipo ha revisado tu entrega. Tus consultas resolvían bien los casos básicos, pero "
    "buscábamos más profundidad en la parte de limpieza de datos y en la justificación de las "
    "métricas. Por este motivo no pasarás a la siguiente fase.",
    "Gracias otra vez por el esfuerzo que has puesto.",
    "Lidia Campos\nResponsable de Datos · Axarquía Data Lab · Vélez-Málaga",
]
add(msg(
    "rejection", "axarquia_after_test", "es", "Axarquía Data Lab", "lidia.campos@axarquiadata.example.es",
    frm=("Axarquía Data Lab", "noreply@workablemail.com"),
    frm_enc=("utf-8", "Q"),
    reply_to=("Lidia Campos", "lidia.campos@axarquiadata.example.es"),
    subject="Resultado de tu prueba técnica",
    date="2026-06-05 08:30 +0000",
    parent="axarquia_live_test",
    html=ats_card("Axarquía Data Lab", "#b45309", P,
                  ["Enviado con Workable · Responde a este correo para contactar con el equipo."],
                  lang="es"),
    cte="quoted-printable",
))

P = [
    "Estimado/a Mateo Villanueva-Okoro:",
    "Le informamos de que su candidatura para la posición Técnico/a de Análisis de Datos "
    "(ref. VN-2026-044) no ha resultado seleccionada.",
    "Le invitamos a consultar otras vacantes disponibles en nuestro portal de empleo y a "
    "presentarse a aquellas que se ajusten a su perfil.",
    "Reciba un cordial saludo,\nSelección de Personal - Vía Norte Telecom",
]
add(msg(
    "rejection", "vianorte_icims_no", "es", "Vía Norte Telecom", "",
    frm=("Vía Norte Telecom - Empleo", "vianortetelecom@talent.icims.com"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Su candidatura a Técnico/a de Análisis de Datos",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-01-30 06:58 +0000",
    text=plain(P) + "\nEste es un mensaje automático; no responda a esta dirección.\n",
    html=ats_card("Vía Norte Telecom", "#dc2626", P,
                  ["Este es un mensaje automático; no responda a esta dirección."], lang="es"),
    charset="iso-8859-1",
    headers={"Auto-Submitted": "auto-generated"},
))

# ------------------------------------------------------------------ English (8)

P = [
    "Hi Mateo,",
    "Thank you again for the time you gave us on Wednesday and for the kind note afterwards.",
    "I'm sorry to tell you that we have offered the Junior Data Analyst role to another "
    "candidate. The panel felt you had a great grasp of our customers, but the other person "
    "had more hands-on experience with dbt and the warehouse side, which we need from day one.",
    "It was a close call, and I would genuinely encourage you to apply again when we open the "
    "next analyst intake in the autumn.",
    "All the best,\nInês",
]
add(msg(
    "rejection", "lusotur_after_panel", "en", "Lusotur", "ines.carvalho@lusotur.example.pt",
    frm=("Inês Carvalho via Greenhouse", "no-reply@greenhouse-mail.io"),
    frm_enc=("utf-8", "Q"),
    reply_to=("Inês Carvalho", "ines.carvalho@lusotur.example.pt"),
    subject="Re: Thank you – Junior Data Analyst panel",
    date="2026-04-10 14:06 +0100",
    parent="lusotur_thanks",
    text=reply(plain(P), "en", "Wed, 1 Apr 2026 at 19:30", "Mateo Villanueva-Okoro",
               LUSOTUR_THANKS_TEXT),
    html=simple_html(P) + "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
    "<pre>" + LUSOTUR_THANKS_TEXT + "</pre></blockquote>\n",
))

P = [
    "Hi Mateo,",
    "Thanks for your interest in the Data Analyst (Graduate) position at Tejo Payments.",
    "We've now reviewed your application alongside a large number of others and have decided to "
    "move forward with candidates whose experience more closely matches the needs of the team "
    "at this time.",
    "We appreciate the time you invested and wish you every success in your search.",
    "The Tejo Payments Talent Team",
]
add(msg(
    "rejection", "tejo_ashby_no", "en", "Tejo Payments", "",
    frm=("Tejo Payments", "no-reply@ashbyhq.com"),
    subject="Your application to Tejo Payments",
    date="2026-06-02 16:44 +0000",
    text=plain(P),
    html=ats_card("Tejo Payments", "#111827", P,
                  ["Sent via Ashby on behalf of Tejo Payments · Av. da Liberdade 110, Lisboa"]),
))

P = [
    "Dear Mateo,",
    "I wanted to let you know personally that the Junior Data Analyst (Retail Credit) role has "
    "been put on hold following a review of our 2026 headcount plan, and we will not proceed "
    "with the recruitment process at this stage.",
    "This decision is not a reflection of your application. If the position is reopened, I will "
    "contact you directly.",
    "Kind regards,",
]
SIG = ["Siobhán Kelly", "Talent Partner | Harbourline Bank",
       "2 Grand Canal Square, Dublin 2, D02 X999", "+353 1 555 0142"]
DISCLAIMER = ("Harbourline Bank DAC is regulated by the Central Bank of Ireland. This e-mail "
              "and any attachments are confidential and intended solely for the addressee. If "
              "you are not the intended recipient, please delete it and notify the sender.")
add(msg(
    "rejection", "harbourline_on_hold", "en", "Harbourline Bank", "siobhan.kelly@harbourline.example.ie",
    frm=("Kelly, Siobhán", "siobhan.kelly@harbourline.example.ie"),
    frm_enc=("iso-8859-1", "B"),
    subject="Junior Data Analyst (Retail Credit) - update",
    date="2026-08-14 11:25 +0100",
    parent="harbourline_cancel",
    text=plain(P) + "\n".join(SIG) + "\n\n" + DISCLAIMER + "\n",
    html=outlook_html(P, SIG, tail=DISCLAIMER),
    headers={"Thread-Topic": "Junior Data Analyst (Retail Credit) - update"},
))

add(msg(
    "rejection", "brightwater_clontarf_no", "en", "Clontarf Travel", "conor.byrne@brightwater.example.ie",
    frm=("Conor Byrne", "conor.byrne@brightwater.example.ie"),
    subject="Clontarf Travel - feedback",
    date="2026-08-26 15:51 +0100",
    parent="brightwater_clontarf_invite",
    text=(
        "Hi Mateo,\n\n"
        "Just off the phone with the hiring manager at Clontarf Travel. They enjoyed meeting "
        "you, especially the hospitality angle, but they won't be taking your application "
        "further. Their words: strong potential, but they need someone who can own the weekly "
        "revenue report without supervision, and they'd rather wait for that profile.\n\n"
        "Disappointing, I know. I've two more analyst briefs coming in September and I'll put "
        "you forward for both if you're happy with that.\n\n"
        "Cheers,\n"
        "Conor Byrne\n"
        "Senior Consultant, Data & Analytics\n"
        "Brightwater Recruitment | 14 Baggot Street Lower, Dublin 2\n"
        "M: +353 87 555 0199\n"
    ),
))

add(msg(
    "rejection", "grafton_terse", "en", "Grafton Insights", "aoife.walsh@graftoninsights.example.ie",
    frm=("Aoife Walsh", "aoife.walsh@graftoninsights.example.ie"),
    subject="Re: Analyst role",
    date="2026-06-24 08:03 +0100",
    text="Thanks Mateo - we're going another way on this one. Best of luck.\n\nA.\n\nSent from my iPhone\n",
))

add(msg(
    "rejection", "dockside_internal", "en", "Dockside Data", "niamh.doyle@docksidedata.example.ie",
    frm=("Niamh Doyle", "niamh.doyle@docksidedata.example.ie"),
    subject="Dockside Data - Junior Analyst",
    date="2026-09-15 10:37 +0100",
    parent="dockside_missed",
    text=(
        "Hello Mateo,\n\n"
        "Thanks for getting back to me after the missed call last month, and apologies for the "
        "slow reply since.\n\n"
        "As it turns out, we won't need to hire externally for the Junior Analyst post: one of "
        "our customer-support leads has moved across into it, so the vacancy is closed.\n\n"
        "I've kept your CV on file and you're welcome to reapply next year.\n\n"
        "Regards,\n"
        "Niamh Doyle\n"
        "Operations Manager\n"
        "Dockside Data, North Wall Quay, Dublin 1\n"
    ),
))

P = [
    "Dear Mateo Villanueva-Okoro,",
    "Thank you for applying for the position of Associate Data Analyst (Req. 4471) at Sintra "
    "Cloud.",
    "After careful consideration, we regret to inform you that your application was not "
    "successful on this occasion.",
    "We encourage you to create job alerts on our careers site so that you hear about future "
    "opportunities.",
    "Sincerely,\nSintra Cloud Talent Acquisition",
]
add(msg(
    "rejection", "sintra_sf_no", "en", "Sintra Cloud", "",
    frm=("Sintra Cloud Careers", "careers-noreply@successfactors.eu"),
    subject="Your application: Associate Data Analyst (Req. 4471)",
    date="2026-10-06 05:12 +0000",
    parent="sintra_sf_ack",
    text=plain(P),
    html=ats_card("Sintra Cloud", "#1d4ed8", P,
                  ["Please do not reply to this message.", "Sintra Cloud, Rua do Alecrim 50, Lisboa"]),
    cte="base64",
    html_cte="base64",
))

add(msg(
    "rejection", "atlantic_casual_no", "en", "Atlantic Bookings", "marta.sousa@atlanticbookings.example.pt",
    frm=("Marta Sousa", "marta.sousa@atlanticbookings.example.pt"),
    subject="Re: Take-home + chat next week?",
    date="2026-10-20 18:22 +0100",
    parent="atlantic_invite",
    text=reply(
        "hey Mateo,\n\n"
        "so, honest update: we loved the take-home (the cancellations chart was spot on), but the "
        "team voted for someone who can start right away in Lisbon, and your move date didn't "
        "work for us. not the outcome either of us wanted.\n\n"
        "keep building stuff like that and you'll land something soon, I'm sure of it.\n\n"
        "marta",
        "en", "Mon, 5 Oct 2026 at 09:14", "Marta Sousa <marta.sousa@atlanticbookings.example.pt>",
        "Hi Mateo! Loved your application. Would you do a short take-home (2 hours max) and "
        "then a 45-min interview with me and our CTO next week? Let me know what days suit.\n\n"
        "Marta"),
))

# ------------------------------------------------------------------ French (3)

add(msg(
    "rejection", "garrigue_after_second_try", "fr", "Garrigue Data", "camille.roux@garriguedata.example.fr",
    frm=("Camille Roux", "camille.roux@garriguedata.example.fr"),
    subject="Re: Nouveau créneau pour notre entretien",
    date="2026-05-13 17:40 +0200",
    parent="garrigue_new_slot",
    text=reply(
        "Bonjour Mateo,\n\n"
        "Merci encore d'avoir pris le temps de vous connecter mardi, et tant mieux si le souci "
        "de connexion est réglé.\n\n"
        "Après en avoir discuté avec l'équipe, nous ne retiendrons pas votre candidature pour "
        "le poste d'analyste de données junior. Votre parcours nous a plu, mais votre niveau de "
        "français écrit reste un peu juste pour un poste où vous rédigeriez les rapports clients.\n\n"
        "Je vous souhaite une belle suite dans votre reconversion.\n\n"
        "Camille Roux\n"
        "Responsable recrutement · Garrigue Data\n"
        "12 rue de l'Aiguillerie, 34000 Montpellier",
        "fr", "mer. 29 avr. 2026 à 09:15", "Camille Roux <camille.roux@garriguedata.example.fr>",
        "Bonjour Mateo,\n\nPas de souci pour hier. Je vous propose un nouveau créneau pour "
        "l'entretien : mardi 5 mai à 14 h, même lien Teams.\n\nBien à vous,\nCamille"),
    cte="quoted-printable",
))

add(msg(
    "rejection", "languedoc_workday_no", "fr", "Banque du Languedoc", "",
    frm=("Banque du Languedoc - Recrutement", "banquedulanguedoc@myworkday.com"),
    subject="Votre candidature - Chargé(e) d'études data junior",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-08-31 07:02 +0000",
    parent="languedoc_workday_ack",
    text=(
        "Bonjour Mateo,\n\n"
        "Nous vous remercions de l'intérêt que vous portez à la Banque du Languedoc et du temps "
        "consacré à votre candidature au poste de Chargé(e) d'études data junior.\n\n"
        "Nous sommes au regret de vous informer qu'elle n'a pas été retenue. Cette décision ne "
        "remet pas en cause la qualité de votre parcours.\n\n"
        "Nous conservons votre dossier dans notre vivier pour une durée de deux ans, sauf "
        "opposition de votre part.\n\n"
        "Cordialement,\n"
        "La Direction des Ressources Humaines\n"
        "Banque du Languedoc - 8 place de la Comédie - 34000 Montpellier\n\n"
        "Merci de ne pas répondre à ce message automatique.\n"
    ),
    charset="iso-8859-1",
    cte="quoted-printable",
    headers={"Auto-Submitted": "auto-generated"},
))

add(msg(
    "rejection", "interimsud_voyageslez_no", "fr", "Voyages Lez", "nathalie.bonnet@interimsud.example.fr",
    frm=("Nathalie Bonnet - Intérim Sud Talents", "nathalie.bonnet@interimsud.example.fr"),
    frm_enc=("utf-8", "B"),
    subject="Retour de Voyages Lez",
    date="2026-10-02 11:48 +0200",
    text=(
        "Bonjour Mateo,\n\n"
        "J'ai eu le retour de Voyages Lez ce matin au sujet de la mission d'assistant data "
        "(6 mois, Montpellier). Le client a finalement choisi un candidat déjà inscrit chez eux "
        "en saisonnier, qu'il connaissait. Votre profil n'est donc pas retenu pour cette "
        "mission.\n\n"
        "Je garde votre dossier actif chez nous et je vous rappelle dès qu'une mission "
        "« reporting » se présente.\n\n"
        "Bonne journée,\n"
        "Nathalie Bonnet\n"
        "Chargée de recrutement\n"
        "Intérim Sud Talents - 3 avenue de Lodève - 34070 Montpellier\n"
        "04 67 00 12 34\n"
    ),
    charset="windows-1252",
    cte="quoted-printable",
))

# ------------------------------------------------------------------ German (3)

P = [
    "Hallo Herr Villanueva-Okoro,",
    "vielen Dank für Ihre Bewerbung als Junior Data Analyst (m/w/d) bei Alpenblick Reisen und "
    "das Interesse an unserem Unternehmen.",
    "Wir haben uns Ihre Unterlagen genau angesehen. Leider müssen wir Ihnen mitteilen, dass wir "
    "uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil noch besser zu "
    "den Anforderungen der Stelle passt.",
    "Ihre Daten löschen wir gemäß DSGVO sechs Monate nach Abschluss des Verfahrens.",
    "Freundliche Grüße\nIhr Recruiting-Team von Alpenblick Reisen",
]
add(msg(
    "rejection", "alpenblick_softgarden_absage", "de", "Alpenblick Reisen", "",
    frm=("Alpenblick Reisen", "noreply@softgarden.io"),
    subject="Ihre Bewerbung als Junior Data Analyst (m/w/d) – Rückmeldung",
    subj_enc=("utf-8", "Q"),
    date="2026-07-02 09:03 +0200",
    parent="alpenblick_softgarden_ack",
    html=ats_card("Alpenblick Reisen", "#047857", P,
                  ["Diese E-Mail wurde automatisch über softgarden versendet.",
                   "Alpenblick Reisen · Sendlinger Straße 20 · 80331 München"], lang="de"),
))

add(msg(
    "rejection", "viktualien_stelle_gestrichen", "de", "Viktualien Bank", "stefan.brandl@viktualienbank.example.de",
    frm=("Stefan Brandl", "stefan.brandl@viktualienbank.example.de"),
    subject="Ihre Bewerbung: Analyst Kundendaten (Junior)",
    date="2026-09-10 14:19 +0200",
    text=(
        "Sehr geehrter Herr Villanueva-Okoro,\n\n"
        "ich melde mich mit einer Nachricht, die wir selbst bedauern: Die Stelle "
        "»Analyst Kundendaten (Junior)« wird im Zuge einer internen Umstrukturierung nicht "
        "besetzt. Das Auswahlverfahren ist damit für alle Bewerbenden beendet.\n\n"
        "Ihre Unterlagen senden wir nicht zurück; sie werden gemäß unseren "
        "Datenschutzhinweisen gelöscht.\n\n"
        "Mit freundlichen Grüßen\n"
        "Stefan Brandl\n"
        "Personalreferent\n\n"
        "Viktualien Bank · Viktualienmarkt 6 · 80331 München\n"
        "Vorstand: Dr. Maria Obermaier (Vors.), Georg Huber · Sitz München\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
        "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.\n"
    ),
    charset="iso-8859-1",
    cte="quoted-printable",
))

add(msg(
    "rejection", "leopold_nach_gespraech", "de", "Leopold Consulting",
    "katharina.wimmer@leopold-consulting.example.de",
    frm=("Dr. Katharina Wimmer", "katharina.wimmer@leopold-consulting.example.de"),
    subject="AW: Danke für das Gespräch",
    date="2026-10-21 16:12 +0200",
    text=reply(
        "Lieber Herr Villanueva-Okoro,\n\n"
        "danke für Ihre freundlichen Zeilen. Wir haben lange überlegt, uns am Ende aber für "
        "eine Kandidatin entschieden, die bereits Beratungserfahrung mitbringt. Für die "
        "Position als Junior Analyst kommen Sie daher nicht weiter in Betracht.\n\n"
        "Ihre Präsentation zur Auslastungsplanung im Restaurant fand ich übrigens "
        "ausgezeichnet – bleiben Sie dran.\n\n"
        "Beste Grüße\n"
        "Katharina Wimmer\n"
        "Partnerin | Leopold Consulting | Leopoldstraße 55 | 80802 München",
        "de", "Fr., 16. Okt. 2026 um 18:02", "Mateo Villanueva-Okoro <mateo.vo@example.es>",
        "Sehr geehrte Frau Dr. Wimmer,\n\nvielen Dank für das angenehme Vorstellungsgespräch am "
        "Donnerstag. Die Fallstudie hat mir viel Spaß gemacht, und ich würde mich sehr freuen, "
        "bald von Ihnen zu hören.\n\nMit freundlichen Grüßen\nMateo Villanueva-Okoro"),
    cte="base64",
))

assert len(MESSAGES) == 31, len(MESSAGES)
_unused = (ME, quote)
