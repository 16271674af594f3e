"""Spanish-language threads: airline, hotel group (offer), telecoms (offer), ferry companies,
bank, insurers, consultoras de selección and an ETT, plus the candidate's own replies."""

from __future__ import annotations

from msgs317_common import DISCLAIMER_ES, msg, own, sig

TRAMUNTANA = "Aerolíneas Tramuntana"
MARTA = ("Marta Coll Ferrer", "marta.coll@tramuntana-air.example.es")
SIG_MARTA = sig("Marta Coll Ferrer", "Talent Acquisition · Aerolíneas Tramuntana",
                "Camí de Son Fangos 100, 07007 Palma", "Tel. +34 971 000 418")

CALANOVA = "Calanova Hotels"
PAULA = ("Paula Sastre Riera", "paula.sastre@calanovahotels.example.es")
JOAN = ("Joan Bauzà Oliver", "joan.bauza@calanovahotels.example.es")
SIG_PAULA = sig("Paula Sastre Riera", "People & Culture | Calanova Hotels",
                "Avinguda de Gabriel Roca 31, 07014 Palma", "+34 971 000 762")

ONDANET = "Ondanet"
LUCIA = ("Lucía Prieto", "lucia.prieto@ondanet.example.es")
SIG_LUCIA = sig("Lucía Prieto Arranz", "Talent Partner – Customer Operations", "Ondanet",
                "Calle de Méndez Álvaro 9, 28045 Madrid")

NEUS = ("Neus Pons | Talento Balear", "neus.pons@talentobalear.example.es")
SIG_NEUS = sig("Neus Pons Amengual", "Consultora de Selección", "Talento Balear Consultores",
               "C/ de Sindicat 58, 2º, 07002 Palma", "T. 971 000 233 · M. 600 000 517")

VICENT = ("Vicent Ribera Puig", "vicent.ribera@bancalevantina.example.es")
SIG_VICENT = sig("Vicent Ribera Puig", "Selección y Desarrollo de Talento", "Banca Levantina",
                 "Plaza del Ayuntamiento 12, 46002 València")

ROCIO = ("Rocío Martí Soler", "rocio.marti@segurosalbufera.example.es")
SIG_ROCIO = sig("Rocío Martí Soler", "Técnica de Selección", "Seguros Albufera",
                "Av. de Aragón 30, 46021 València", "Tel. 963 000 145")

ALVARO = ("Álvaro Gil Montero", "alvaro.gil@viajescaliope.example.es")
SERGIO = ("Sergio Llorens", "sergio.llorens@navilia.example.es")
IRENE = ("Irene Cabrera - LaboraPlus ETT", "irene.cabrera@laboraplus.example.es")
BEATRIZ = ("Beatriz Sanz", "beatriz.sanz@aeroviameseta.example.es")
JAVIER = ("Javier Ortuño", "javier.ortuno@gruposelecta.example.es")
PERE = ("Pere Vidal", "pere.vidal@rutaclara.example.es")

MESSAGES = [
    # ------------------------------------------------------------------ Aerolíneas Tramuntana
    msg("application_received", "es", "tramuntana_ack", company=TRAMUNTANA,
        frm=("Aerolíneas Tramuntana", "aerolineastramuntana@myworkday.com"),
        subject="Hemos recibido tu candidatura: Responsable de Experiencia de Cliente (R-0114)",
        date="2026-01-12 09:03", tz="UTC", fmt="alt", brand="Aerolíneas Tramuntana",
        color="#0b5394", footer="Este mensaje se ha generado automáticamente. No respondas.",
        body="""Hola, Inés:

Gracias por tu interés en Aerolíneas Tramuntana. Hemos recibido correctamente tu candidatura
para el puesto de Responsable de Experiencia de Cliente (R-0114) en Palma.

Nuestro equipo de Talent Acquisition revisará tu perfil en las próximas semanas. Puedes
consultar el estado de tu solicitud en cualquier momento desde tu cuenta del portal de empleo.

Un saludo,
Equipo de Talent Acquisition
Aerolíneas Tramuntana"""),
    msg("interview_invitation", "es", "tramuntana_invite", company=TRAMUNTANA,
        contact=MARTA[1], frm=MARTA,
        subject="Entrevista por videollamada - Responsable de Experiencia de Cliente",
        date="2026-01-20 11:42", cte="8bit",
        body=f"""Hola Inés,

Soy Marta, del equipo de selección de Aerolíneas Tramuntana. Hemos revisado tu candidatura
para Responsable de Experiencia de Cliente y nos gustaría conocerte.

Te propongo una primera entrevista por Teams el martes 27 de enero a las 10:00 (hora
peninsular), de unos 45 minutos, conmigo y con Tomeu Alzamora, jefe de Atención al Pasajero.

¿Te encaja ese horario? Si no, dime dos o tres alternativas esa misma semana y lo cuadramos.
El enlace te lo mando en cuanto me confirmes.

Un saludo,
{SIG_MARTA}"""),
    msg("interview_reschedule_or_cancel", "es", "tramuntana_move", company=TRAMUNTANA,
        contact=MARTA[1], frm=MARTA, parent="tramuntana_invite", quote="outlook_es",
        subject="RE: Entrevista por videollamada - Responsable de Experiencia de Cliente",
        date="2026-01-26 09:15", cte="quoted-printable",
        body=f"""Hola de nuevo, Inés:

Perdona el cambio de última hora. A Tomeu le ha surgido una auditoría de AESA el martes y no
podrá estar en la entrevista, así que tenemos que moverla.

Nueva fecha: jueves 29 de enero a las 16:30, mismo formato (Teams, 45 minutos). Te he
reenviado la invitación con el enlace nuevo; el anterior ya no es válido.

Gracias por tu flexibilidad.

Marta
{SIG_MARTA}"""),
    msg("missed_interview_notice", "es", "tramuntana_noshow", company=TRAMUNTANA,
        contact=MARTA[1], frm=MARTA, parent="tramuntana_move", quote="es",
        subject="Entrevista de hoy 16:30",
        date="2026-01-29 17:05", cte="quoted-printable",
        body="""Hola Inés,

Tomeu y yo te hemos estado esperando en la reunión de Teams de las 16:30 hasta las 16:50 y no
hemos conseguido que te conectaras. También te he llamado al móvil que aparece en tu CV, sin
respuesta.

Espero que esté todo bien. Si ha habido algún problema con el enlace, escríbeme y vemos si
podemos buscar otro hueco la semana que viene, aunque no te lo puedo garantizar.

Marta"""),
    own("es", "tramuntana_apology", to=MARTA, parent="tramuntana_noshow", quote="es",
        subject="Re: Entrevista de hoy 16:30", date="2026-01-29 18:20",
        body="""Hola Marta:

Lo siento muchísimo. Tenía apuntada la entrevista a las 17:30 en lugar de las 16:30 y, cuando
me he conectado, la reunión ya estaba cerrada. Ha sido un error mío y os pido disculpas a ti
y a Tomeu.

Sigo muy interesada en el puesto. Si fuera posible encontrar otro momento, tengo total
disponibilidad el lunes y el martes de la semana que viene.

Un saludo,
Inés Villanueva Ortega
+34 600 000 391"""),
    msg("rejection", "es", "tramuntana_rejection", company=TRAMUNTANA,
        contact=MARTA[1], frm=MARTA, parent="tramuntana_apology", quote="es",
        subject="Re: Entrevista de hoy 16:30", date="2026-02-10 13:30", cte="8bit",
        body=f"""Hola Inés,

Gracias por tu mensaje y por la explicación; son cosas que pasan.

Te escribo para contarte cómo ha quedado el proceso. Mientras tanto hemos terminado las
entrevistas con el resto de candidatos y el equipo ha decidido avanzar con perfiles que ya
vienen del sector aéreo, así que no vamos a seguir adelante con tu candidatura en esta
ocasión.

Me ha gustado mucho tu experiencia en agencia y te animo a que sigas pendiente de nuestras
vacantes en aeropuerto, donde puede encajar mejor.

Un abrazo y mucha suerte,
{SIG_MARTA}"""),

    # ------------------------------------------------------------------ Calanova Hotels (offer)
    msg("application_received", "es", "calanova_ack", company=CALANOVA,
        frm=("Calanova Hotels – Talento", "no-reply@successfactors.eu"),
        subject="Confirmación de tu solicitud – Guest Experience Manager (Palma)",
        date="2026-02-02 10:10", tz="UTC", fmt="html", brand="CALANOVA HOTELS",
        color="#7a4b2a", footer="Calanova Hotels · Avinguda de Gabriel Roca 31 · Palma",
        body="""Estimada Inés:

Te confirmamos que hemos recibido tu solicitud para la posición de Guest Experience Manager
en Palma (referencia 4471).

Si tu perfil se ajusta a lo que buscamos, una persona del equipo de People & Culture se
pondrá en contacto contigo. Debido al volumen de candidaturas, no siempre podemos responder
de forma individual a cada persona.

Gracias por pensar en Calanova Hotels.

Este correo se ha enviado desde una dirección que no admite respuestas."""),
    msg("interview_invitation", "es", "calanova_invite", company=CALANOVA,
        contact=PAULA[1], frm=PAULA, subject="Invitación: entrevista Guest Experience Manager",
        date="2026-02-16 12:30", fmt="alt", cte="quoted-printable",
        ics={"method": "REQUEST", "uid": "calanova-gem-4471-ivo@calanovahotels.example.es",
             "seq": 0, "start": "2026-02-24 10:00", "minutes": 60,
             "summary": "Entrevista Guest Experience Manager – Inés Villanueva",
             "location": "Calanova Hotels, Avinguda de Gabriel Roca 31, Palma (3ª planta)"},
        body=f"""Hola Inés:

Gracias por presentar tu candidatura al puesto de Guest Experience Manager. Nos ha gustado
mucho tu trayectoria en la agencia y queremos invitarte a una entrevista presencial.

Fecha: martes 24 de febrero
Hora: 10:00
Lugar: oficinas centrales, Avinguda de Gabriel Roca 31, 3ª planta (pregunta por mí en
recepción)
Con: Paula Sastre (People & Culture) y Aina Ferrer (Directora de Operaciones Palma)

Te adjunto la convocatoria para tu calendario. Acéptala, por favor, para que nos quede
confirmada.

Un saludo,
{SIG_PAULA}"""),
    msg("interview_reschedule_or_cancel", "es", "calanova_move", company=CALANOVA,
        contact=PAULA[1], frm=PAULA, parent="calanova_invite",
        subject="Actualizado: entrevista Guest Experience Manager (nuevo horario)",
        date="2026-02-20 09:05", fmt="alt", cte="quoted-printable",
        ics={"method": "REQUEST", "uid": "calanova-gem-4471-ivo@calanovahotels.example.es",
             "seq": 1, "start": "2026-02-26 12:00", "minutes": 60,
             "summary": "Entrevista Guest Experience Manager – Inés Villanueva (nuevo horario)",
             "location": "Calanova Hotels, Avinguda de Gabriel Roca 31, Palma (3ª planta)"},
        body=f"""Hola Inés:

Aina tiene que viajar a Ibiza el martes por una apertura, así que te propongo pasar la
entrevista al jueves 26 de febrero a las 12:00, en el mismo sitio.

He actualizado la convocatoria; la anterior del martes queda sustituida por esta. Si el
jueves no te viene bien, avísame y buscamos otra opción.

Gracias y perdona las molestias.
{SIG_PAULA}"""),
    own("es", "calanova_thanks", to=PAULA, parent="calanova_move",
        subject="Gracias por la entrevista de hoy", date="2026-02-26 19:40",
        to_enc=("b", "utf-8"),
        body="""Hola Paula:

Quería agradeceros a ti y a Aina el tiempo de esta mañana. Me quedo con muchas ganas de
formar parte del proyecto de experiencia de cliente de Calanova, sobre todo de lo que
comentasteis sobre unificar el CRM de los cinco hoteles.

Quedo a vuestra disposición para cualquier información adicional.

Un saludo,
Inés"""),
    msg("offer", "es", "calanova_offer_call", company=CALANOVA, contact=PAULA[1], frm=PAULA,
        parent="calanova_thanks", quote="es",
        subject="Re: Gracias por la entrevista de hoy", date="2026-03-10 17:20",
        cte="base64",
        body=f"""Hola Inés:

Como te he adelantado hace un rato por teléfono, ¡nos encantaría que te incorporaras a
Calanova Hotels como Guest Experience Manager!

Resumo lo que hemos hablado: contrato indefinido, incorporación prevista el 1 de abril,
salario bruto anual de 42.000 € más variable de hasta un 10 % y un día de teletrabajo a la
semana. En los próximos días Joan Bauzà, nuestro director de People & Culture, te enviará la
carta de oferta formal.

Enhorabuena y, de nuevo, gracias.
{SIG_PAULA}"""),
    msg("offer", "es", "calanova_offer_letter", company=CALANOVA, contact=JOAN[1], frm=JOAN,
        cc=[PAULA], parent="calanova_offer_call",
        subject="Carta de oferta – Guest Experience Manager", date="2026-03-12 11:00",
        cte="quoted-printable", preamble=True,
        attach=[("Carta_oferta_Calanova_IVillanueva.pdf",
                 ["Calanova Hotels - People & Culture", "Palma, 12 de marzo de 2026", "",
                  "Estimada Sra. Ines Villanueva Ortega:",
                  "Nos complace ofrecerle el puesto de Guest Experience Manager.",
                  "Salario bruto anual: 42.000 EUR + variable hasta 10%.",
                  "Fecha de incorporacion: 1 de abril de 2026.",
                  "Rogamos confirme su aceptacion antes del 20 de marzo.",
                  "Joan Bauza Oliver - Director de People & Culture"])],
        body="""Estimada Inés:

Tal como te avanzó Paula, adjunto la carta de oferta para el puesto de Guest Experience
Manager en Calanova Hotels, con las condiciones económicas, la fecha de incorporación y el
periodo de prueba.

Te agradecería que nos confirmaras tu decisión antes del viernes 20 de marzo. Si tienes
cualquier duda sobre las condiciones, estaré encantado de comentarla contigo.

Un cordial saludo,

Joan Bauzà Oliver
Director de People & Culture
Calanova Hotels
Avinguda de Gabriel Roca 31, 07014 Palma
T. +34 971 000 700"""),
    own("es", "calanova_time", to=JOAN, parent="calanova_offer_letter", quote="es",
        subject="Re: Carta de oferta – Guest Experience Manager", date="2026-03-13 09:30",
        body="""Buenos días, Joan:

Muchas gracias por la carta; me hace mucha ilusión. Antes de firmar quería comentaros dos
cosas: el salario está algo por debajo de lo que cobro ahora entre fijo y comisiones, y me
gustaría saber si el día de teletrabajo podría ser flexible.

¿Podríamos hablarlo esta semana?

Un saludo,
Inés"""),
    msg("offer", "es", "calanova_offer_revised", company=CALANOVA, contact=JOAN[1], frm=JOAN,
        parent="calanova_time", quote="es",
        subject="Re: Carta de oferta – Guest Experience Manager (revisada)",
        date="2026-03-19 16:45", cte="8bit",
        body="""Hola Inés:

Gracias por tu franqueza. Lo hemos revisado con Dirección y podemos mejorar la oferta:
salario bruto anual de 45.500 €, el mismo variable y dos días de teletrabajo flexibles al mes
además del semanal.

Si te parece bien, te preparo la carta actualizada para firma. Mantenemos la incorporación
el 1 de abril, aunque podríamos retrasarla hasta el 15 si lo necesitas.

Un abrazo,
Joan"""),

    # ------------------------------------------------------------------ Ondanet (offer)
    msg("application_received", "es", "ondanet_ack", company=ONDANET,
        frm=("Ondanet", "no-reply@us.greenhouse-mail.io"),
        subject="Gracias por tu candidatura a Ondanet",
        date="2026-02-09 15:31", tz="UTC", fmt="alt", brand="ondanet", color="#e4572e",
        body="""Hola Inés,

¡Gracias por postularte a Customer Experience Lead en Ondanet!

Hemos recibido tu solicitud y nuestro equipo de Talento la revisará con atención. Si tu
perfil encaja con lo que buscamos, te contactaremos para los siguientes pasos.

Mientras tanto, puedes conocer mejor cómo trabajamos en nuestra web de empleo.

Saludos,
El equipo de Talento de Ondanet"""),
    msg("interview_invitation", "es", "ondanet_invite", company=ONDANET, contact=LUCIA[1],
        frm=("Lucía Prieto via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=LUCIA, subject="Entrevista con Ondanet – Customer Experience Lead",
        date="2026-03-02 11:00", fmt="alt", cte="quoted-printable",
        body="""Hola Inés,

Gracias por tu interés en Ondanet. Me gustaría invitarte a una entrevista con el panel de
Customer Operations para el puesto de Customer Experience Lead.

Cuándo: martes 10 de marzo, de 11:00 a 12:15
Dónde: nuestras oficinas de Méndez Álvaro 9, Madrid (planta 6)
Con quién: Lucía Prieto (Talent), Daniel Ocaña (Head of Customer Care) y Sara Lupiáñez
(CRM Manager)

Si necesitas cualquier adaptación o prefieres hacerla en remoto, responde a este correo.

Un saludo,
Lucía Prieto
Talent Partner, Ondanet"""),
    own("es", "ondanet_reschedule_request", to=LUCIA, parent="ondanet_invite", quote="es",
        subject="Re: Entrevista con Ondanet – Customer Experience Lead",
        date="2026-03-05 08:40",
        body="""Hola Lucía:

Muchas gracias por la invitación. Te escribo porque el martes 10 tengo un viaje de
familiarización con un touroperador en Menorca que no puedo mover. ¿Sería posible hacer la
entrevista otro día de esa semana o de la siguiente? Puedo ir a Madrid sin problema.

Gracias y disculpa las molestias.
Inés Villanueva"""),
    msg("interview_reschedule_or_cancel", "es", "ondanet_cancel", company=ONDANET,
        contact=LUCIA[1], frm=LUCIA, parent="ondanet_reschedule_request", quote="es",
        subject="Cancelada: Entrevista Customer Experience Lead (10 mar)",
        date="2026-03-06 10:15", fmt="alt", cte="quoted-printable",
        ics={"method": "CANCEL", "uid": "gh-ondanet-cxl-88213@ondanet.example.es", "seq": 1,
             "start": "2026-03-10 11:00", "minutes": 75,
             "summary": "Entrevista Customer Experience Lead – Inés Villanueva",
             "location": "Ondanet, Calle de Méndez Álvaro 9, Madrid"},
        body=f"""Hola Inés,

Sin problema. Cancelo la convocatoria del martes 10 para que no te quede en el calendario.
En cuanto tenga la disponibilidad de Daniel y Sara para la semana del 16 te mando una nueva
invitación.

Un saludo,
{SIG_LUCIA}"""),
    msg("offer", "es", "ondanet_verbal_offer", company=ONDANET, contact=LUCIA[1], frm=LUCIA,
        subject="Tu oferta de Ondanet", date="2026-05-20 18:30", cte="quoted-printable",
        body=f"""Hola Inés,

¡Qué bien poder darte la noticia por teléfono! Te lo confirmo también por escrito: el panel
ha decidido ofrecerte el puesto de Customer Experience Lead en Madrid.

Lo que hemos hablado: 48.000 € brutos anuales, bonus anual de hasta el 12 %, modelo híbrido
(tres días en oficina) y ayuda de reubicación de 3.000 €. Ramón Esteve, de Personas, te
enviará la oferta formal en uno o dos días.

Quedo atenta a cualquier pregunta.
{SIG_LUCIA}"""),
    msg("offer", "es", "ondanet_written_offer", company=ONDANET,
        contact="ramon.esteve@ondanet.example.es",
        frm=("Ramón Esteve", "ramon.esteve@ondanet.example.es"), cc=[LUCIA],
        parent="ondanet_verbal_offer", subject="Oferta formal – Customer Experience Lead",
        date="2026-05-22 12:00", fmt="alt", cte="base64",
        attach=[("Oferta_Ondanet_CXLead.pdf",
                 ["ONDANET - Direccion de Personas", "Madrid, 22 de mayo de 2026", "",
                  "Oferta de empleo: Customer Experience Lead",
                  "Retribucion fija: 48.000 EUR brutos anuales",
                  "Retribucion variable: hasta el 12%",
                  "Ayuda de reubicacion: 3.000 EUR",
                  "Validez de la oferta: 5 de junio de 2026"])],
        body="""Hola Inés:

Adjunto encontrarás tu oferta formal para incorporarte a Ondanet como Customer Experience
Lead. Incluye las condiciones que te comentó Lucía, el convenio aplicable y el paquete de
beneficios (seguro médico, formación y tarifa de empleado).

La oferta es válida hasta el 5 de junio. Para aceptarla basta con que nos la devuelvas
firmada respondiendo a este correo.

Bienvenida (casi) a Ondanet.

Ramón Esteve
Director de Personas · Ondanet"""),
    own("es", "ondanet_decline", to=LUCIA, subject="Decisión sobre la oferta de Ondanet",
        date="2026-07-10 10:00", cte="8bit", charset="iso-8859-1",
        body="""Hola Lucía:

Te escribo con pena: después de pensarlo mucho he decidido aceptar otra propuesta que me
permite trasladarme a Zúrich, algo que tenía pendiente desde hace años.

Quiero agradecerte de verdad todo el proceso, que ha sido el más cuidado de los que he
vivido. Ojalá nuestros caminos se vuelvan a cruzar.

Un abrazo,
Inés"""),

    # ------------------------------------------------------------------ Talento Balear / Cala Blava
    own("es", "talento_application", to=NEUS,
        subject="Candidatura – Responsable de Atención al Huésped (ref. TB-0932)",
        date="2026-01-08 20:15", cte="quoted-printable",
        attach=[("CV_Ines_Villanueva_Ortega.pdf",
                 ["Ines Villanueva Ortega", "Palma de Mallorca - ines.villanueva@example.es",
                  "Experiencia: Directora de agencia de viajes (2016-2026)",
                  "Gestion de equipo de 9 personas, CRM, reclamaciones",
                  "Idiomas: espanol, catalan, ingles C1, aleman B2, frances B2"])],
        body="""Hola Neus:

Te escribo por la oferta de Responsable de Atención al Huésped (ref. TB-0932) que habéis
publicado para una cadena hotelera de Mallorca.

Llevo diez años dirigiendo una agencia de viajes en Palma, con un equipo de nueve personas,
y los últimos tres he liderado la implantación del CRM y el proceso de reclamaciones. Me
gustaría dar el salto a experiencia de cliente en hotelería.

Te adjunto mi CV. Quedo a tu disposición para hablar cuando te vaya bien.

Un saludo,
Inés Villanueva Ortega
+34 600 000 391"""),
    msg("interview_invitation", "es", "talento_invite", company="Hoteles Cala Blava",
        contact=NEUS[1], frm=NEUS, parent="talento_application", quote="es",
        subject="Re: Candidatura – Responsable de Atención al Huésped (ref. TB-0932)",
        date="2026-01-15 10:20", cte="quoted-printable", charset="iso-8859-1",
        body=f"""Hola Inés,

Gracias por tu candidatura. Ya te puedo decir que el cliente es Hoteles Cala Blava y que tu
perfil les ha encajado mucho.

Les gustaría hacerte una entrevista con la directora de calidad el miércoles 21 de enero a
las 9:30 en su hotel de Cala Major. Dura más o menos una hora. ¿Te va bien?

Antes, si puedes, llámame diez minutos y te cuento cómo es el equipo.
{SIG_NEUS}"""),
    msg("interview_reschedule_or_cancel", "es", "talento_move", company="Hoteles Cala Blava",
        contact=NEUS[1], frm=NEUS, parent="talento_invite",
        subject="Cambio de día – entrevista Hoteles Cala Blava", date="2026-01-19 08:50",
        cte="quoted-printable", charset="iso-8859-1",
        body="""Buenos días Inés,

Me acaba de llamar la directora de calidad de Cala Blava: el miércoles tiene una inspección
de la Conselleria y no puede atenderte. Propone pasar la entrevista al jueves 22 a la misma
hora (9:30) y en el mismo hotel.

Confírmame si te va bien y se lo traslado.

Neus"""),
    msg("rejection", "es", "talento_no", company="Hoteles Cala Blava", contact=NEUS[1],
        frm=NEUS, parent="talento_move", quote="es",
        subject="Re: Cambio de día – entrevista Hoteles Cala Blava", date="2026-02-04 14:10",
        cte="quoted-printable", charset="iso-8859-1",
        body=f"""Hola Inés,

Ya tengo respuesta de Cala Blava. Me dicen que les causaste muy buena impresión, pero al
final se han decantado por una candidata que ya trabajaba en recepción dentro de la propia
cadena, así que no van a continuar con tu candidatura.

Sé que no es la noticia que esperabas. Me quedo con tu perfil para otros procesos de
hotelería que tenemos abiertos y te llamo en cuanto salga algo que encaje.

Un abrazo,
{SIG_NEUS}"""),

    # ------------------------------------------------------------------ Banca Levantina
    msg("application_received", "es", "levantina_ack", company="Banca Levantina",
        frm=("Banca Levantina · Selección", "no-reply@bancalevantina.example.es"),
        subject="Recepción de su candidatura – Gestor/a de Experiencia de Cliente",
        date="2026-03-03 08:00", fmt="alt", cte="quoted-printable",
        body=f"""Estimada Sra. Villanueva:

Le agradecemos su interés en formar parte de Banca Levantina. Le confirmamos la recepción de
su candidatura para el puesto de Gestor/a de Experiencia de Cliente (València).

Dado el elevado número de solicitudes, no nos es posible responder individualmente a cada
persona candidata. Si su perfil resulta seleccionado para la siguiente fase, nos pondremos
en contacto con usted en un plazo aproximado de tres semanas.

Atentamente,
Departamento de Selección
Banca Levantina

{DISCLAIMER_ES}"""),
    msg("interview_invitation", "es", "levantina_invite", company="Banca Levantina",
        contact=VICENT[1], frm=VICENT,
        subject="Convocatoria a entrevista – Gestor/a de Experiencia de Cliente",
        date="2026-03-16 13:00", cte="quoted-printable",
        body=f"""Estimada Inés:

Tras revisar su candidatura, nos gustaría invitarle a una entrevista por videoconferencia
para el puesto de Gestor/a de Experiencia de Cliente.

Fecha y hora: martes 24 de marzo, 10:00 h
Plataforma: Microsoft Teams (recibirá el enlace el día anterior)
Duración estimada: 40 minutos

Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,
{SIG_VICENT}
{DISCLAIMER_ES}"""),
    msg("missed_interview_notice", "es", "levantina_noshow", company="Banca Levantina",
        contact=VICENT[1], frm=VICENT, parent="levantina_invite", quote="es",
        subject="RE: Convocatoria a entrevista – Gestor/a de Experiencia de Cliente",
        date="2026-03-24 10:25", cte="quoted-printable",
        body=f"""Estimada Inés:

Le hemos estado esperando en la sesión de Teams convocada para hoy a las 10:00, pero no se
ha conectado y no hemos recibido ningún aviso por su parte.

Si ha tenido algún imprevisto, le ruego que nos lo indique antes del viernes. Podríamos
valorar una nueva fecha, aunque el proceso está ya en su fase final.

Atentamente,
{SIG_VICENT}
{DISCLAIMER_ES}"""),
    msg("rejection", "es", "levantina_internal", company="Banca Levantina",
        contact=VICENT[1], frm=VICENT,
        subject="Proceso de selección – Gestor/a de Experiencia de Cliente",
        date="2026-04-14 12:40", cte="8bit", charset="windows-1252",
        body=f"""Estimada Inés:

Le escribo para informarle de que el puesto de Gestor/a de Experiencia de Cliente se ha
cubierto finalmente con una persona de nuestra plantilla, a través del programa de movilidad
interna. Por este motivo, el proceso externo queda cerrado y no continuaremos con su
candidatura.

Le agradecemos sinceramente el interés y el tiempo dedicado. Conservaremos sus datos, con su
consentimiento, para futuras vacantes.

Atentamente,
{SIG_VICENT}
{DISCLAIMER_ES}"""),

    # ------------------------------------------------------------------ Seguros Albufera
    msg("interview_invitation", "es", "albufera_assessment", company="Seguros Albufera",
        contact=ROCIO[1], frm=ROCIO,
        subject="Invitación al assessment center – Responsable Customer Care",
        date="2026-04-02 11:00", fmt="alt", cte="quoted-printable",
        body=f"""Hola Inés,

Enhorabuena: has pasado la primera fase del proceso para Responsable de Customer Care. Te
invitamos al assessment center que celebraremos el martes 14 de abril en nuestra sede de
València, de 9:00 a 14:00.

La jornada incluye una dinámica de grupo, un caso práctico sobre gestión de reclamaciones y
una entrevista individual con el equipo de Dirección de Clientes.

Confírmanos tu asistencia antes del jueves 9, por favor. Si vienes desde Palma, podemos
ayudarte con el billete.

Un saludo,
{SIG_ROCIO}"""),
    msg("interview_reschedule_or_cancel", "es", "albufera_postpone",
        company="Seguros Albufera", contact=ROCIO[1], frm=ROCIO,
        parent="albufera_assessment", quote="es",
        subject="Aplazamiento del assessment center del 14 de abril", date="2026-04-08 15:30",
        cte="quoted-printable",
        body=f"""Hola Inés,

Te escribo para avisarte de que tenemos que aplazar el assessment center previsto para el
martes 14: coincide con una auditoría interna y no tendremos salas ni evaluadores
disponibles.

La nueva fecha es el martes 21 de abril, mismo horario (9:00 a 14:00) y mismo lugar. Si no
puedes ese día, dímelo y buscamos la manera de que hagas la entrevista individual aparte.

Disculpa las molestias.
{SIG_ROCIO}"""),
    msg("rejection", "es", "albufera_suspended", company="Seguros Albufera",
        contact=ROCIO[1], frm=ROCIO,
        subject="Proceso Responsable Customer Care – suspensión", date="2026-04-28 10:00",
        cte="quoted-printable",
        body=f"""Hola Inés,

Gracias por tu participación en el assessment center del día 21.

Lamento comunicarte que la Dirección ha decidido congelar la posición de Responsable de
Customer Care mientras se reorganiza el área de atención al cliente, por lo que el proceso
queda suspendido y no vamos a seguir adelante con las candidaturas, incluida la tuya.

Si la posición se reabre más adelante, te lo haremos saber.

Un saludo,
{SIG_ROCIO}
{DISCLAIMER_ES}"""),

    # ------------------------------------------------------------------ Naviera Pitiusa
    msg("application_received", "es", "pitiusa_ack", company="Naviera Pitiusa",
        frm=("Carla from Naviera Pitiusa", "no-reply@teamtailor-mail.com"),
        subject="Hemos recibido tu solicitud", date="2026-01-22 16:02", tz="UTC", fmt="alt",
        cte="quoted-printable", brand="Naviera Pitiusa", color="#006d77",
        body="""¡Hola Inés!

Gracias por solicitar el puesto de Coordinadora de Atención al Pasajero en Naviera Pitiusa.
Tu solicitud ha llegado bien y ya está en manos del equipo.

Revisamos cada candidatura a mano, así que puede que tardemos un poco en responder.

Un saludo desde el puerto,
Carla
Naviera Pitiusa"""),
    msg("rejection", "es", "pitiusa_no", company="Naviera Pitiusa",
        frm=("Naviera Pitiusa", "no-reply@teamtailor-mail.com"),
        subject="Tu solicitud en Naviera Pitiusa", date="2026-02-12 09:30", tz="UTC",
        fmt="alt", cte="quoted-printable", brand="Naviera Pitiusa", color="#006d77",
        body="""Hola Inés:

Gracias de nuevo por tu interés en el puesto de Coordinadora de Atención al Pasajero.

Hemos recibido muchísimas solicitudes y, después de revisarlas con calma, hemos decidido no
incluir tu candidatura entre las que pasan a la fase de entrevistas.

Te deseamos mucha suerte en tu búsqueda y esperamos volver a verte en futuras ofertas.

Un saludo,
El equipo de Naviera Pitiusa"""),

    # ------------------------------------------------------------------ Viajes Caliope
    msg("application_received", "es", "caliope_ack", company="Viajes Caliope",
        frm=("Viajes Caliope", "noreply@smartrecruiters.com"),
        subject="Viajes Caliope: confirmación de candidatura", date="2026-04-06 10:11",
        tz="UTC", fmt="html", cte="base64", brand="Viajes Caliope", color="#5b2a86",
        body="""Hola Inés:

Gracias por aplicar a la posición de CRM & Loyalty Manager en Viajes Caliope (Madrid).

Tu candidatura se ha registrado correctamente. Nuestro equipo revisará tu perfil y, si
avanzas a la siguiente fase, te contactaremos por correo electrónico.

Atentamente,
Equipo de Talento – Viajes Caliope"""),
    msg("interview_invitation", "es", "caliope_schedule", company="Viajes Caliope",
        contact=ALVARO[1], frm=ALVARO,
        subject="Siguiente paso: elige hora para tu entrevista (CRM & Loyalty Manager)",
        date="2026-04-15 12:00", fmt="alt", cte="quoted-printable",
        body="""Hola Inés,

Soy Álvaro, del equipo de Talento de Viajes Caliope. Nos ha gustado tu perfil para CRM &
Loyalty Manager y queremos conocerte en una entrevista de 30 minutos por Google Meet con
la responsable de Fidelización.

Elige el hueco que mejor te venga en este enlace (hay disponibilidad del 20 al 24 de abril):
https://agenda.viajescaliope.example.es/talento/crm-loyalty

En cuanto reserves, te llegará la invitación con el enlace a la videollamada.

Un saludo,
Álvaro Gil Montero
Talent Acquisition · Viajes Caliope"""),
    msg("interview_reschedule_or_cancel", "es", "caliope_cancel", company="Viajes Caliope",
        contact=ALVARO[1], frm=ALVARO, parent="caliope_schedule",
        subject="Cancelación de tu entrevista del jueves 23", date="2026-04-20 09:40",
        cte="quoted-printable",
        body="""Hola Inés,

Te escribo porque la responsable de Fidelización estará de baja esta semana y tenemos que
cancelar la entrevista que reservaste para el jueves 23 a las 12:30.

Tu candidatura sigue adelante: en cuanto se reincorpore te propondré nuevas fechas. Perdona
el contratiempo.

Álvaro"""),
    msg("rejection", "es", "caliope_no", company="Viajes Caliope",
        frm=("Viajes Caliope", "noreply@smartrecruiters.com"),
        subject="Actualización sobre tu candidatura – CRM & Loyalty Manager",
        date="2026-05-12 13:00", tz="UTC", fmt="alt", cte="quoted-printable",
        brand="Viajes Caliope", color="#5b2a86",
        body="""Hola Inés,

Gracias por el tiempo que has dedicado al proceso de CRM & Loyalty Manager.

Tras valorar todas las candidaturas, hemos decidido seguir adelante con otras personas
cuyo perfil se ajusta más a las necesidades actuales del puesto.

Guardaremos tus datos para futuras oportunidades, salvo que nos indiques lo contrario.

Un cordial saludo,
Equipo de Talento – Viajes Caliope"""),

    # ------------------------------------------------------------------ Navilia
    msg("application_received", "es", "navilia_ack", company="Navilia",
        frm=("Navilia Careers", "no-reply@recruitee.com"),
        subject="Gracias por tu candidatura – Jefa de Servicio a Bordo y Atención al Cliente",
        date="2026-05-04 08:30", tz="UTC", fmt="alt", cte="quoted-printable",
        body="""Hola Inés,

Te confirmamos que hemos recibido tu candidatura para Jefa de Servicio a Bordo y Atención
al Cliente en Navilia (València).

Revisaremos todas las solicitudes tras el cierre de la oferta, el 15 de mayo. Te
escribiremos en cualquier caso para contarte cómo sigue el proceso.

Saludos cordiales,
Navilia – Recursos Humanos"""),
    msg("interview_invitation", "es", "navilia_invite", company="Navilia",
        contact=SERGIO[1], frm=SERGIO,
        subject="Entrevista presencial en Navilia – 22 de mayo",
        date="2026-05-13 10:45", cte="8bit",
        body="""Buenos días, Inés:

Te escribo de parte de Recursos Humanos de Navilia. Nos gustaría conocerte en persona para el
puesto de Jefa de Servicio a Bordo y Atención al Cliente.

Te proponemos el viernes 22 de mayo a las 11:00 en nuestras oficinas de la Estación
Marítima (Muelle de la Aduana, València). Estarán Amparo Ferri, directora de Pasaje, y yo.

Confírmame, por favor, si puedes asistir.

Sergio Llorens
Recursos Humanos · Navilia
Tel. 961 000 802"""),
    msg("interview_reschedule_or_cancel", "es", "navilia_postpone", company="Navilia",
        contact=SERGIO[1], frm=SERGIO, parent="navilia_invite", quote="es",
        subject="Re: Entrevista presencial en Navilia – 22 de mayo", date="2026-05-19 18:10",
        cte="8bit",
        body="""Hola Inés:

Tenemos que aplazar la entrevista del viernes. Amparo tiene que estar en Ibiza toda la
semana por la puesta en marcha de la nueva ruta y no volverá hasta principios de junio.

En cuanto tenga su agenda te propongo nueva fecha. Siento el cambio.

Sergio"""),
    own("es", "navilia_news", to=SERGIO, parent="navilia_postpone", quote="es",
        subject="Re: Entrevista presencial en Navilia – 22 de mayo", date="2026-06-10 09:00",
        body="""Hola Sergio:

Espero que la nueva ruta haya arrancado bien. Te escribo para saber si hay novedades sobre
la entrevista que quedó aplazada. Sigo muy interesada en el puesto.

Gracias,
Inés"""),
    msg("rejection", "es", "navilia_no", company="Navilia", contact=SERGIO[1], frm=SERGIO,
        parent="navilia_news", quote="es",
        subject="Re: Entrevista presencial en Navilia – 22 de mayo", date="2026-06-12 12:20",
        cte="8bit",
        body="""Hola Inés:

Gracias por escribir y perdona que no me adelantara yo. Mientras Amparo estaba en Ibiza,
la dirección decidió cubrir el puesto con el actual sobrecargo de la línea
València–Palma, así que el proceso se ha cerrado sin más entrevistas.

Lamento no traerte mejores noticias. Ha sido un placer conocer tu candidatura.

Un saludo,
Sergio Llorens
Recursos Humanos · Navilia"""),

    # ------------------------------------------------------------------ LaboraPlus ETT
    msg("interview_invitation", "es", "laboraplus_call", company="LaboraPlus",
        contact=IRENE[1], frm=IRENE,
        subject="Entrevista telefónica – Supervisora de atención al cliente (Málaga)",
        date="2026-06-02 09:10", cte="quoted-printable",
        body="""Hola Inés:

Soy Irene, de la oficina de LaboraPlus en Málaga. Hemos visto tu CV en nuestra base de datos
y tenemos una vacante de supervisora de atención al cliente para una importante cadena
hotelera de la Costa del Sol (de momento no puedo darte el nombre del cliente).

¿Te vendría bien una entrevista telefónica de unos 20 minutos el jueves 4 de junio a las
11:00? Te llamaría yo al número de tu CV.

Un saludo,
Irene Cabrera
Consultora – LaboraPlus ETT
Calle Larios 4, 29005 Málaga"""),
    msg("missed_interview_notice", "es", "laboraplus_missed", company="LaboraPlus",
        contact=IRENE[1], frm=IRENE, parent="laboraplus_call",
        subject="No he podido localizarte", date="2026-06-04 11:20",
        cte="quoted-printable",
        body="""Hola Inés,

Te he llamado hoy a las 11:00, como habíamos quedado, y también a las 11:10, pero no
contestabas y saltaba el buzón de voz.

Si sigues interesada en la vacante, dime cuándo puedo volver a llamarte. Necesito cerrar la
preselección antes del lunes.

Irene
LaboraPlus ETT"""),
    msg("rejection", "es", "laboraplus_no", company="LaboraPlus", contact=IRENE[1], frm=IRENE,
        subject="Vacante coordinadora de reservas – respuesta del cliente",
        date="2026-09-15 13:45", cte="quoted-printable",
        body="""Hola Inés:

Ya tengo la respuesta del cliente para la vacante de coordinadora de reservas que te
presenté la semana pasada. Han decidido no seguir adelante con tu candidatura porque
necesitan a alguien con experiencia previa en su software de reservas.

Te mantengo activa en nuestra base de datos y te aviso con lo próximo que encaje.

Un saludo,
Irene Cabrera
LaboraPlus ETT"""),

    # ------------------------------------------------------------------ Hoteles Brisa Urbana
    msg("interview_invitation", "es", "brisa_trial", company="Hoteles Brisa Urbana",
        contact="montse.ribas@hotelesbrisaurbana.example.es",
        frm=("Montse Ribas", "montse.ribas@hotelesbrisaurbana.example.es"),
        subject="Jornada de prueba en Brisa Urbana Diagonal", date="2026-06-15 17:00",
        cte="base64",
        body="""Hola Inés,

Como te comenté por teléfono, nos gustaría que pasaras una jornada de prueba con el equipo
de Guest Relations del hotel Brisa Urbana Diagonal (Barcelona) antes de tomar una decisión.

Día: lunes 22 de junio
Horario: de 8:00 a 15:00
Dónde: Avinguda Diagonal 200, pregunta por mí en recepción
Qué traer: ropa formal; nosotros te damos la acreditación

La jornada es remunerada. Confírmame la asistencia, por favor.

Montse Ribas
Guest Relations Manager
Hoteles Brisa Urbana"""),
    msg("rejection", "es", "brisa_no", company="Hoteles Brisa Urbana",
        contact="montse.ribas@hotelesbrisaurbana.example.es",
        frm=("Montse Ribas", "montse.ribas@hotelesbrisaurbana.example.es"),
        parent="brisa_trial", subject="Tras la jornada de prueba", date="2026-06-29 11:15",
        cte="base64",
        body="""Hola Inés,

Gracias otra vez por la jornada del lunes 22; el equipo estuvo muy a gusto contigo.

Lo hemos hablado con la dirección y, aunque valoramos mucho tu experiencia comercial, hemos
decidido seguir con otra candidata con más recorrido en recepción de hotel urbano. No
continuaremos, por tanto, con tu candidatura.

Te deseo lo mejor en tu cambio de sector.

Montse"""),

    # ------------------------------------------------------------------ Aerovía Meseta (Lever)
    msg("interview_invitation", "es", "meseta_invite", company="Aerovía Meseta",
        contact=BEATRIZ[1], frm=("Aerovía Meseta", "no-reply@hire.lever.co"),
        reply_to=BEATRIZ, subject="Aerovía Meseta – reserva tu entrevista telefónica",
        date="2026-07-06 10:00", tz="UTC", fmt="alt", cte="quoted-printable",
        body="""Hola Inés,

Gracias por tu interés en el puesto de Customer Journey Specialist en Aerovía Meseta.

Nos gustaría hacerte una primera entrevista telefónica de 20 minutos con Beatriz Sanz, del
equipo de Talento. Reserva el horario que prefieras aquí:
https://jobs.lever.co/aeroviameseta/schedule/5d1c2f

Si ninguno te va bien, responde a este correo.

Un saludo,
Equipo de Talento de Aerovía Meseta"""),
    msg("missed_interview_notice", "es", "meseta_missed", company="Aerovía Meseta",
        contact=BEATRIZ[1], frm=BEATRIZ,
        subject="Llamada de hoy a las 12:00", date="2026-07-09 12:40", cte="quoted-printable",
        body="""Hola Inés,

Te he intentado llamar a las 12:00, que es la hora que reservaste, y de nuevo a las 12:15,
pero no ha habido respuesta.

Si quieres, vuelve a reservar otra franja en el mismo enlace; lo dejo abierto hasta el
viernes.

Un saludo,
Beatriz Sanz
Talento · Aerovía Meseta"""),
    msg("rejection", "es", "meseta_no", company="Aerovía Meseta", contact=BEATRIZ[1],
        frm=("Beatriz Sanz", "no-reply@hire.lever.co"), reply_to=BEATRIZ,
        subject="Tu candidatura en Aerovía Meseta", date="2026-07-21 09:00", tz="UTC",
        fmt="alt", cte="quoted-printable",
        body="""Hola Inés,

Muchas gracias por la conversación de la semana pasada y por tu interés en Aerovía Meseta.

Tras comparar todos los perfiles, hemos decidido avanzar con otras personas para el puesto
de Customer Journey Specialist. Sabemos que no es la respuesta que esperabas y te
agradecemos mucho el tiempo dedicado.

Un saludo,
Beatriz Sanz
Talento · Aerovía Meseta"""),

    # ------------------------------------------------------------------ Grupo Selecta / Crédito Turia
    msg("other", "es", "selecta_cold", contact=JAVIER[1], frm=JAVIER,
        subject="¿Abierta a nuevos retos en experiencia de cliente?", date="2026-07-01 16:20",
        cte="quoted-printable",
        body="""Hola Inés:

Soy Javier Ortuño, consultor de Grupo Selecta en València. He visto tu perfil y tu
trayectoria en agencia de viajes me parece muy interesante para algunos de nuestros
clientes del sector financiero y asegurador que están reforzando sus equipos de cliente.

No hay ahora mismo un proceso concreto, pero me gustaría conocerte y entender qué estás
buscando. ¿Te apetece que tomemos un café virtual un día de estos?

Un saludo,
Javier Ortuño
Grupo Selecta · Consultoría de Selección"""),
    msg("interview_invitation", "es", "selecta_invite", company="Crédito Turia",
        contact=JAVIER[1], frm=JAVIER, parent="selecta_cold",
        subject="Entrevista con Crédito Turia – Responsable de Experiencia de Cliente",
        date="2026-07-14 10:30", cte="quoted-printable",
        body="""Hola Inés:

Como te adelanté, te he presentado a Crédito Turia para el puesto de Responsable de
Experiencia de Cliente y quieren conocerte.

La entrevista sería el martes 21 de julio a las 17:00 en su sede de la calle Colón,
València, con la directora de Clientes y la responsable de RR. HH. Dura una hora.

Confírmame y te paso algunos apuntes para prepararla.

Javier Ortuño
Grupo Selecta · 963 000 557"""),
    msg("rejection", "es", "selecta_no", company="Crédito Turia", contact=JAVIER[1],
        frm=JAVIER, parent="selecta_invite",
        subject="Respuesta de Crédito Turia", date="2026-08-03 13:15",
        cte="quoted-printable",
        fwd={"frm": ("Nuria Cano · Crédito Turia", "nuria.cano@creditoturia.example.es"),
             "to": JAVIER, "date": "2026-08-03 11:02 +0200",
             "subject": "Candidatura I. Villanueva",
             "body": "Hola Javier:\n\nGracias por presentarnos a Inés. Después de la "
                     "entrevista\nhemos decidido seguir con la otra finalista, con más\n"
                     "experiencia en banca.\n\nSaludos,\nNuria\n"},
        body="""Hola Inés:

Te reenvío la respuesta que me ha llegado esta mañana de Crédito Turia. Lamentablemente han
decidido seguir adelante con otra finalista con experiencia en banca, así que el proceso
termina aquí para ti.

Me dijeron que la entrevista fue muy buena. Seguimos en contacto; tengo otro cliente
asegurador que podría encajar en otoño.

Un abrazo,
Javier"""),

    # ------------------------------------------------------------------ Rutaclara
    msg("interview_invitation", "es", "rutaclara_invite", company="Rutaclara",
        contact=PERE[1], frm=PERE, ics_attach=True, preamble=True,
        subject="Invitación: Entrevista Customer Success Manager @ lun 31 ago 10:00",
        date="2026-08-24 09:30", cte="quoted-printable",
        ics={"method": "REQUEST", "uid": "rtc-csm-20260831-ivo@rutaclara.example.es",
             "seq": 0, "start": "2026-08-31 10:00", "minutes": 60,
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
             "summary": "Entrevista Customer Success Manager – Inés Villanueva",
             "location": "Rutaclara, Carrer de Sant Miquel 45, Palma"},
        body="""Hola Inés,

Te envío la invitación para la entrevista de Customer Success Manager en Rutaclara: lunes
31 de agosto a las 10:00 en nuestra oficina de Carrer de Sant Miquel 45 (Palma). Estaremos
Pere Vidal (COO) y Laia Serra (Head of Customer Success).

Acepta la invitación adjunta para confirmar.

Pere"""),
    msg("missed_interview_notice", "es", "rutaclara_missed", company="Rutaclara",
        contact=PERE[1], frm=PERE, parent="rutaclara_invite",
        subject="Te esperábamos esta mañana", date="2026-08-31 10:40", cte="quoted-printable",
        body="""Hola Inés,

Laia y yo te hemos esperado en la oficina desde las 10:00 hasta las 10:30 para la entrevista
de Customer Success Manager y no has aparecido. Tampoco hemos visto ningún mensaje tuyo.

¿Ha pasado algo? Avísanos, por favor.

Pere Vidal
COO · Rutaclara"""),
    msg("rejection", "es", "rutaclara_no", company="Rutaclara", contact=PERE[1], frm=PERE,
        parent="rutaclara_missed", quote="es",
        subject="Re: Te esperábamos esta mañana", date="2026-09-10 12:00",
        cte="quoted-printable", charset="iso-8859-1",
        body="""Hola Inés,

Gracias por explicarnos lo del accidente de tráfico; espero que estés recuperada.

Al final no hemos podido esperar más para cubrir el puesto porque la temporada alta nos ha
desbordado, y hemos cerrado la contratación con otra persona. Lo siento de veras.

Te deseamos lo mejor,
Pere"""),

    # ------------------------------------------------------------------ standalone Spanish job mail
    msg("application_received", "es", "posidonia_ack", company="Hoteles Posidonia",
        frm=("Hoteles Posidonia Talent", "no-reply@talent.icims.com"),
        subject="Hoteles Posidonia – solicitud recibida (Guest Experience Supervisor, Málaga)",
        date="2026-08-03 07:45", tz="UTC", fmt="html", cte="quoted-printable",
        brand="Hoteles Posidonia", color="#2a9d8f",
        body="""Hola Inés Villanueva:

Hemos recibido tu solicitud para Guest Experience Supervisor (Málaga, req. 2026-0873).

Puedes revisar el estado de tu candidatura en nuestro portal de empleo. Gracias por tu
interés en Hoteles Posidonia.

Equipo de Adquisición de Talento"""),
    msg("rejection", "es", "posidonia_no", company="Hoteles Posidonia",
        frm=("Hoteles Posidonia Talent", "no-reply@talent.icims.com"),
        subject="Hoteles Posidonia – tu solicitud para Guest Experience Supervisor",
        date="2026-09-01 08:30", tz="UTC", fmt="html", cte="quoted-printable",
        brand="Hoteles Posidonia", color="#2a9d8f",
        body="""Hola Inés Villanueva:

Queremos agradecerte el interés mostrado en la posición de Guest Experience Supervisor en
Málaga.

Tras una revisión detallada, lamentamos comunicarte que hemos seleccionado a otras
candidaturas que se ajustan mejor a los requisitos del puesto. Esta decisión no resta valor
a tu trayectoria profesional.

Te animamos a seguir consultando nuestras vacantes.

Equipo de Adquisición de Talento
Hoteles Posidonia"""),
    msg("application_received", "es", "axarquia_ack", company="Aseguradora Axarquía",
        frm=("Aseguradora Axarquía - Empleo", "no-reply@axarquiaseguros.example.es"),
        subject="Acuse de recibo de su candidatura", date="2026-09-07 12:05",
        cte="8bit", charset="windows-1252", subj_enc=None,
        body=f"""Estimada candidata:

Acusamos recibo de su candidatura para el puesto de "Coordinador/a de Experiencia de
Cliente – Málaga". Su currículum ha quedado registrado en nuestro proceso de selección.

Le informamos de que sólo contactaremos con las personas que pasen a la fase de entrevista.

Atentamente,
Recursos Humanos – Aseguradora Axarquía

{DISCLAIMER_ES}"""),
    msg("rejection", "es", "axarquia_no", company="Aseguradora Axarquía",
        contact="lorena.fuentes@axarquiaseguros.example.es",
        frm=("Lorena Fuentes Ruiz", "lorena.fuentes@axarquiaseguros.example.es"),
        subject="Coordinador/a de Experiencia de Cliente – resolución",
        date="2026-10-05 09:50", cte="quoted-printable", charset="windows-1252",
        body=f"""Estimada Sra. Villanueva:

Le agradecemos su participación en el proceso de selección para el puesto de
Coordinador/a de Experiencia de Cliente en Málaga.

Tras valorar detenidamente todas las candidaturas recibidas, lamentamos comunicarle que su
perfil no ha sido seleccionado para continuar en el proceso. Le deseamos mucho éxito en su
carrera profesional.

Reciba un cordial saludo,

Lorena Fuentes Ruiz
Responsable de Selección
Aseguradora Axarquía · Alameda Principal 21, 29001 Málaga

{DISCLAIMER_ES}"""),
    msg("application_received", "es", "fibrastar_ack", company="Fibrastar",
        frm=("Fibrastar Careers", "notifications@app.bamboohr.com"),
        subject="Gracias por tu solicitud en Fibrastar", date="2026-09-14 14:22", tz="UTC",
        fmt="alt", cte="quoted-printable",
        body="""Hola Inés,

¡Gracias por tu interés en Fibrastar! Hemos recibido tu solicitud para el puesto de
Customer Experience Manager (Barcelona).

Nuestro equipo revisará tu candidatura y se pondrá en contacto contigo si tu experiencia
encaja con lo que buscamos.

Saludos,
Equipo de Personas de Fibrastar"""),
    msg("rejection", "es", "fibrastar_cancel", company="Fibrastar",
        contact="xavier.roca@fibrastar.example.es",
        frm=("Xavier Roca", "xavier.roca@fibrastar.example.es"),
        subject="Proceso Customer Experience Manager cancelado",
        date="2026-10-08 16:05", cte="quoted-printable",
        body="""Hola Inés,

Te escribo para comunicarte que, tras la integración con nuestro nuevo socio mayorista,
hemos decidido cancelar el proceso de selección de Customer Experience Manager. Las
funciones se asumirán desde el equipo ya existente, por lo que no seguiremos adelante con tu
candidatura.

Te agradezco mucho tu interés en Fibrastar y el tiempo que nos has dedicado.

Un saludo,
Xavier Roca
People Partner · Fibrastar
Carrer de Pujades 77, 08005 Barcelona"""),
    msg("other", "es", "albufera_ooo", contact=ROCIO[1], frm=ROCIO, headers=[
        ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        subject="Respuesta automática: Confirmación assessment center 21 de abril",
        date="2026-04-09 09:12", cte="quoted-printable",
        body="""Hola:

Estoy fuera de la oficina hasta el lunes 13 de abril, sin acceso al correo.

Para temas urgentes de selección puedes escribir a mi compañero Pau Gimeno
(pau.gimeno@segurosalbufera.example.es).

Gracias,
Rocío Martí"""),
]
