"""Corpus 325: the longer threads (one employer from acknowledgement to offer or no)."""

from __future__ import annotations

from msgs325_common import ME, m, mine

SEGRE_JORDI = ("Jordi Pallarès Vidal", "jordi.pallares@coopsegre.example.es")
SEGRE_MONTSE = ("Montse Farré Solé", "montse.farre@coopsegre.example.es")
SEGRE = "Cooperativa Agraria del Segre"
SEGRE_SIG = """--
Jordi Pallarès Vidal
Responsable de Selección · Departamento de Personas
Cooperativa Agraria del Segre, S. Coop.
Ctra. de Balaguer, km 4 · 25001 Lleida
Tel. 973 55 21 40 · Ext. 214"""

NUTRI_ROCIO = ("Rocío Salcedo Medina", "rocio.salcedo@nutripet.example.es")
NUTRI = "Nutripet Guadalquivir"
NUTRI_SIG = """Rocío Salcedo Medina
Técnica de Selección y Desarrollo
Nutripet Guadalquivir S.L. — Polígono Las Quemadas, parcela 118, 14014 Córdoba
T. +34 957 30 44 18"""

ZOO_LUCIA = ("Lucía Bermejo Arranz", "lucia.bermejo@zoovet-iberica.example.es")
ZOO = "Zoovet Ibérica"
ZOO_DISCLAIMER = """AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su
destinatario y pueden contener información confidencial. Si no es usted el destinatario,
le rogamos que lo comunique al remitente y proceda a su borrado. Laboratorios Zoovet
Ibérica, S.A. tratará sus datos conforme al RGPD (UE) 2016/679."""

VET_ANOUK = ("Anouk de Wit", "anouk.dewit@vetora.example.nl")
VETORA = "Vetora Animal Health"

ELB_JANA = ("Jana Ohlsen", "jana.ohlsen@elbfutter.example.de")
ELB = "Elbfutter"
ELB_SIG = """Viele Grüße
Jana Ohlsen
People & Culture

Elbfutter GmbH | Billstraße 212 | 20539 Hamburg
Tel. +49 40 5533 8120 | www.elbfutter.example.de
Geschäftsführung: Maren Kück, Tobias Lensch | Amtsgericht Hamburg HRB 164 220"""

NV_CLAIRE = ("Claire Vasseur", "claire.vasseur@nutriveto.example.fr")
NV = "Nutrivéto"
NV_SIG = """Claire Vasseur
Chargée de recrutement
Nutrivéto SAS, 14 rue de Gerland, 69007 Lyon
Tél. : 04 72 10 58 33"""

MAS_PILAR = ("Pilar Gavira Romero", "pilar.gavira@mascotia.example.es")
MAS = "Clínicas Veterinarias Mascotia"

TA_SERGIO = ("Sergio Molina Ruiz", "sergio.molina@talentoagro.example.es")
TA_SIG = """Sergio Molina Ruiz
Consultor Senior · División Agroalimentaria
Talento Agro Selección
C/ Larios 9, 3.º · 29005 Málaga · 952 06 71 90"""

SPECS = [
    # ------------------------------------------------------------------ Cooperativa del Segre
    mine("segre_application", "es", "2026-03-02 21:47 +0100", SEGRE_JORDI,
         "Candidatura Técnica de Nutrición Animal (Ref. TNA-0226)",
         """Buenas noches, Jordi:

Le escribo por la oferta de Técnica de Nutrición Animal – Atención Técnica a Socios
(Ref. TNA-0226) publicada en la web de la cooperativa.

Soy auxiliar técnica veterinaria con siete años de experiencia en clínica de pequeños
animales y rumiantes en Córdoba, y el último año he completado un curso de nutrición y
formulación de piensos. Me encantaría dar el salto al asesoramiento técnico a ganaderos.

Adjunto mi currículum. Quedo a su disposición.

Un saludo,
Ximena Carvajal Ruiz
654 21 87 33""",
         pdfs=[("CV_Ximena_Carvajal_Ruiz.pdf",
                ["Ximena Carvajal Ruiz", "Auxiliar Tecnica Veterinaria - Cordoba",
                 "Experiencia: Clinica Veterinaria Los Omeyas (2019-2026)",
                 "Formacion: Curso de Nutricion Animal y Formulacion de Piensos"])]),
    m("segre_ack", "application_received", "es", "2026-03-03 10:05 +0100", SEGRE_JORDI,
      "RE: Candidatura Técnica de Nutrición Animal (Ref. TNA-0226)",
      f"""Hola Ximena:

Gracias por tu interés en la cooperativa. Confirmo que hemos recibido tu candidatura y el
currículum para la plaza TNA-0226. El plazo de inscripción se cierra el día 13; a partir de
entonces revisaremos todos los perfiles y nos pondremos en contacto con las personas
seleccionadas para la siguiente fase.

Saludos cordiales,

{SEGRE_SIG}""",
      SEGRE, SEGRE_JORDI[1], parent="segre_application", quote="es",
      charset="windows-1252", cte="8bit"),
    m("segre_invite", "interview_invitation", "es", "2026-03-16 09:40 +0100", SEGRE_JORDI,
      "Entrevista por videollamada – Técnica de Nutrición Animal",
      f"""Buenos días, Ximena:

Tu perfil ha pasado el primer filtro y nos gustaría conocerte. Te propongo una entrevista por
Teams con Arnau Sirvent (jefe del área de Nutrición) y conmigo el viernes 20 de marzo a las
10:00, de unos 45 minutos.

Te adjunto la convocatoria. Si no te va bien el horario, dime qué franjas tienes libres esta
semana.

Un saludo,

{SEGRE_SIG}""",
      SEGRE, SEGRE_JORDI[1], charset="iso-8859-1", cte="quoted-printable",
      ics={"uid": "tna0226-ent1@coopsegre.example.es", "seq": 0,
           "start": "2026-03-20 10:00", "end": "2026-03-20 10:45",
           "summary": "Entrevista Ximena Carvajal – TNA-0226",
           "location": "Microsoft Teams", "prodid": "-//Microsoft Corporation//Outlook 16.0//ES"}),
    m("segre_moved", "interview_reschedule_or_cancel", "es", "2026-03-18 17:22 +0100",
      SEGRE_JORDI, "Cambio de hora: Entrevista por videollamada – Técnica de Nutrición Animal",
      f"""Hola de nuevo, Ximena:

Arnau tiene que acompañar el viernes a un equipo de veterinarios a una explotación de Tàrrega
y no llegará a tiempo, así que tenemos que mover la videollamada. ¿Te iría bien el martes 24
a las 12:00? Te envío la convocatoria actualizada; la anterior queda sin efecto.

Disculpa las molestias.

{SEGRE_SIG}""",
      SEGRE, SEGRE_JORDI[1], parent="segre_invite", quote="es",
      charset="iso-8859-1", cte="quoted-printable",
      ics={"uid": "tna0226-ent1@coopsegre.example.es", "seq": 1,
           "start": "2026-03-24 12:00", "end": "2026-03-24 12:45",
           "summary": "Entrevista Ximena Carvajal – TNA-0226 (nueva hora)",
           "location": "Microsoft Teams", "prodid": "-//Microsoft Corporation//Outlook 16.0//ES"}),
    mine("segre_confirm", "es", "2026-03-18 19:03 +0100", SEGRE_JORDI,
         "RE: Cambio de hora: Entrevista por videollamada – Técnica de Nutrición Animal",
         """Hola Jordi:

Sin problema, el martes 24 a las 12:00 me va perfecto. Ya he aceptado la nueva convocatoria.

Gracias y hasta el martes,
Ximena""",
         parent="segre_moved", quote="es"),
    m("segre_visit", "interview_invitation", "es", "2026-04-01 13:10 +0200", SEGRE_JORDI,
      "Segunda fase: visita a la fábrica de piensos de Mollerussa",
      f"""Hola Ximena:

Gracias por la entrevista del martes; a Arnau y a mí nos gustó mucho tu enfoque práctico.
Queremos invitarte a la segunda fase del proceso: una mañana en nuestra fábrica de piensos de
Mollerussa, el jueves 9 de abril a partir de las 9:30. Conocerás al gerente, Ramon Bosch, y
harás con Arnau una visita a una granja de socios para ver cómo trabajamos en campo.

Te cubrimos el desplazamiento desde Córdoba (tren hasta Lleida y recogida en la estación).
Confírmame si puedes y te mando los billetes.

{SEGRE_SIG}""",
      SEGRE, SEGRE_JORDI[1], html="auto", charset="windows-1252", cte="quoted-printable"),
    mine("segre_thanks", "es", "2026-04-09 22:15 +0200", SEGRE_JORDI,
         "Gracias por la jornada en Mollerussa",
         """Hola Jordi:

Solo quería daros las gracias a ti, a Arnau y a Ramon por la mañana de hoy. La visita a la
granja de porcino de Bell-lloc fue muy interesante y me ha confirmado que es el tipo de trabajo
que quiero hacer.

Quedo pendiente de vuestras noticias.

Un abrazo,
Ximena""", charset="utf-8", cte="8bit"),
    m("segre_offer_call", "offer", "es", "2026-04-17 16:48 +0200", SEGRE_MONTSE,
      "Tu incorporación a la Cooperativa",
      """Hola Ximena:

Encantada de haber hablado contigo hace un rato. Como te comentaba por teléfono, el comité
ha decidido ofrecerte el puesto de Técnica de Nutrición Animal – Atención Técnica a Socios.

La semana que viene te envío la propuesta por escrito con las condiciones (salario, jornada,
ayuda al traslado a Lleida y fecha de incorporación). Mientras tanto, cualquier duda me
llamas al 973 55 21 44.

¡Enhorabuena!

Montse Farré Solé
Directora de Personas
Cooperativa Agraria del Segre""",
      SEGRE, SEGRE_MONTSE[1], charset="windows-1252", cte="base64"),
    m("segre_offer_letter", "offer", "es", "2026-04-21 11:30 +0200", SEGRE_MONTSE,
      "Propuesta de incorporación – Técnica de Nutrición Animal",
      """Hola Ximena:

Como te avancé, te adjunto la propuesta formal de incorporación: contrato indefinido, jornada
completa, 29.500 € brutos anuales en 14 pagas, coche de empresa para las visitas y una ayuda
de 2.000 € para el traslado. La incorporación sería el 1 de junio.

Te agradecería una respuesta antes del 30 de abril.

Un saludo,
Montse Farré Solé
Directora de Personas · Cooperativa Agraria del Segre""",
      SEGRE, SEGRE_MONTSE[1], charset="windows-1252", cte="quoted-printable",
      pdfs=[("Propuesta_incorporacion_XCarvajal.pdf",
             ["Cooperativa Agraria del Segre", "Propuesta de incorporacion",
              "Puesto: Tecnica de Nutricion Animal", "Salario: 29.500 EUR brutos anuales",
              "Incorporacion: 1 de junio de 2026"])]),
    mine("segre_questions", "es", "2026-04-23 09:02 +0200", SEGRE_MONTSE,
         "RE: Propuesta de incorporación – Técnica de Nutrición Animal",
         """Hola Montse:

Muchas gracias por la propuesta, me hace mucha ilusión. Antes de responder tengo un par de
preguntas: ¿sería posible incorporarme el 15 de junio para organizar la mudanza? Y sobre el
salario, ¿hay margen para llegar a 31.000 € teniendo en cuenta que dejo una plaza fija?

Un saludo,
Ximena""",
         parent="segre_offer_letter", quote="es"),
    m("segre_offer_revised", "offer", "es", "2026-04-28 10:11 +0200", SEGRE_MONTSE,
      "RE: Propuesta de incorporación – Técnica de Nutrición Animal",
      """Hola Ximena:

Lo he hablado con gerencia. Podemos mejorar la oferta a 30.500 € brutos anuales y aceptar la
incorporación el 15 de junio; el resto de condiciones se mantienen. Te adjuntaría la propuesta
actualizada en cuanto me confirmes.

Quedo a la espera.

Montse""",
      SEGRE, SEGRE_MONTSE[1], parent="segre_questions", quote="outlook_es",
      charset="windows-1252", cte="quoted-printable"),
    mine("segre_decline", "es", "2026-05-04 18:30 +0200", SEGRE_MONTSE,
         "RE: Propuesta de incorporación – Técnica de Nutrición Animal",
         """Hola Montse:

Después de darle muchas vueltas, y por motivos familiares, he decidido no trasladarme a Lleida
por ahora, así que tengo que rechazar la propuesta. Lo siento de verdad: el equipo me ha
encantado y os agradezco muchísimo la confianza.

Ojalá coincidamos más adelante.

Un abrazo,
Ximena""",
         parent="segre_offer_revised", quote="es"),
    # ------------------------------------------------------------------ Nutripet Guadalquivir
    m("nutripet_ack", "application_received", "es", "2026-06-08 08:14 +0000",
      ("Nutripet Guadalquivir", "no-reply@teamtailor-mail.com"),
      "Hemos recibido tu candidatura – Técnica de Producto (Nutrición Canina y Felina)",
      """Hola Ximena,

¡Gracias por tu interés en Nutripet Guadalquivir! Hemos recibido tu candidatura para el
puesto de Técnica de Producto (Nutrición Canina y Felina) en Córdoba.

Nuestro equipo de selección revisará tu perfil en las próximas dos semanas. Si encaja con lo
que buscamos, te contactaremos para concertar una primera conversación.

Puedes consultar el estado de tu candidatura en tu área personal.

Un saludo,
El equipo de Personas de Nutripet Guadalquivir

Este correo se ha enviado automáticamente a través de Teamtailor. Por favor, no respondas.""",
      NUTRI, "", html="auto",
      headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Teamtailor")]),
    m("nutripet_invite", "interview_invitation", "es", "2026-06-22 12:02 +0200", NUTRI_ROCIO,
      "Entrevista – Técnica de Producto Nutripet",
      f"""Hola Ximena:

Soy Rocío, de Selección de Nutripet. Hemos revisado tu candidatura y nos gustaría conocerte
en persona. Te propongo una entrevista en nuestras oficinas del polígono Las Quemadas el lunes
29 de junio a las 10:30, con Álvaro Mesa (responsable de Producto) y conmigo.

Te envío la invitación al calendario. ¿Me confirmas asistencia?

Un saludo,
{NUTRI_SIG}""",
      NUTRI, NUTRI_ROCIO[1], html="auto", charset="utf-8", cte="quoted-printable",
      ics={"uid": "tp-nutri-0629@nutripet.example.es", "seq": 0, "inline": True,
           "start": "2026-06-29 10:30", "end": "2026-06-29 11:30",
           "summary": "Entrevista Técnica de Producto – X. Carvajal",
           "location": "Nutripet, Pol. Las Quemadas parcela 118, Córdoba",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),
    mine("nutripet_confirm", "es", "2026-06-22 13:30 +0200", NUTRI_ROCIO,
         "Re: Entrevista – Técnica de Producto Nutripet",
         """Hola Rocío:

¡Muchas gracias! Confirmo que el lunes 29 a las 10:30 estaré allí.

Un saludo,
Ximena Carvajal""",
         parent="nutripet_invite", quote="es"),
    m("nutripet_moved", "interview_reschedule_or_cancel", "es", "2026-06-26 09:15 +0200",
      NUTRI_ROCIO, "Re: Entrevista – Técnica de Producto Nutripet",
      f"""Hola Ximena:

Perdona el cambio de última hora: el lunes tenemos auditoría de calidad en planta y Álvaro no
podrá estar. ¿Podemos pasar la entrevista al miércoles 1 de julio a las 16:00, en el mismo
sitio? Te actualizo la invitación del calendario.

Gracias por tu flexibilidad.

{NUTRI_SIG}""",
      NUTRI, NUTRI_ROCIO[1], parent="nutripet_confirm", quote="es", html="auto",
      ics={"uid": "tp-nutri-0629@nutripet.example.es", "seq": 1, "inline": True,
           "start": "2026-07-01 16:00", "end": "2026-07-01 17:00",
           "summary": "Entrevista Técnica de Producto – X. Carvajal",
           "location": "Nutripet, Pol. Las Quemadas parcela 118, Córdoba",
           "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),
    mine("nutripet_thanks", "es", "2026-07-01 18:40 +0200", NUTRI_ROCIO,
         "Gracias por la entrevista de hoy",
         """Hola Rocío:

Gracias a ti y a Álvaro por la entrevista de esta tarde. Me quedé pensando en lo que
comentasteis de la nueva gama renal para gatos; si os sirve, tengo casos de clínica con dietas
de prescripción que podría compartir.

Un saludo,
Ximena""", charset="iso-8859-1", cte="quoted-printable"),
    m("nutripet_trial", "interview_invitation", "es", "2026-07-10 11:20 +0200", NUTRI_ROCIO,
      "RE: Gracias por la entrevista de hoy",
      f"""Hola Ximena:

Gracias a ti. Te escribo con buenas noticias: pasas a la fase final. Nos gustaría que vinieras
una mañana a planta, el jueves 16 de julio de 8:30 a 13:30, para conocer al equipo de I+D y a
la directora técnica, Carmen Luque, y preparar con ellos una pequeña ficha de producto
(tendrás toda la información allí). Trae calzado cerrado; te daremos la ropa de planta.

¿Te viene bien?

{NUTRI_SIG}""",
      NUTRI, NUTRI_ROCIO[1], parent="nutripet_thanks", quote="es",
      charset="windows-1252", cte="8bit"),
    m("nutripet_offer_call", "offer", "es", "2026-09-14 13:05 +0200", NUTRI_ROCIO,
      "Oferta – Técnica de Producto",
      f"""Hola Ximena:

Tal y como hablamos esta mañana por teléfono, te confirmo por escrito que queremos que te
incorpores a Nutripet Guadalquivir como Técnica de Producto (Nutrición Canina y Felina).

En los próximos días te haré llegar la carta de oferta con todas las condiciones. Si tienes
cualquier pregunta, llámame cuando quieras.

¡Enhorabuena y bienvenida!

{NUTRI_SIG}""",
      NUTRI, NUTRI_ROCIO[1], charset="windows-1252", cte="8bit"),
    m("nutripet_offer_letter", "offer", "es", "2026-09-16 10:40 +0200", NUTRI_ROCIO,
      "Carta de oferta – Nutripet Guadalquivir",
      f"""Hola Ximena:

Te adjunto la carta de oferta: contrato indefinido, 28.000 € brutos anuales más variable de
hasta un 8 %, horario de 8:00 a 16:00 con viernes intensivo y fecha de incorporación el 5 de
octubre. Si estás de acuerdo, respóndeme a este correo y preparamos el contrato.

Un saludo,
{NUTRI_SIG}""",
      NUTRI, NUTRI_ROCIO[1], html="auto", charset="utf-8", cte="base64",
      pdfs=[("Carta_oferta_Nutripet_XCarvajal.pdf",
             ["Nutripet Guadalquivir - Carta de oferta",
              "Candidata: Ximena Carvajal Ruiz", "Puesto: Tecnica de Producto",
              "Retribucion: 28.000 EUR brutos anuales + variable",
              "Incorporacion: 5 de octubre de 2026"])]),
    mine("nutripet_accept", "es", "2026-09-18 08:55 +0200", NUTRI_ROCIO,
         "RE: Carta de oferta – Nutripet Guadalquivir",
         """Buenos días, Rocío:

Acepto la oferta con mucha alegría. Todo me parece correcto; quedo pendiente del contrato.

¡Gracias por todo el proceso!
Ximena""",
         parent="nutripet_offer_letter", quote="es"),
    m("nutripet_contract", "offer", "es", "2026-09-25 12:30 +0200",
      ("Inmaculada Ortiz Cañete", "inmaculada.ortiz@nutripet.example.es"),
      "Contrato para firma – Ximena Carvajal Ruiz",
      """Buenos días, Ximena:

Soy Inmaculada, de Administración de Personal. Te adjunto tu contrato de trabajo indefinido
para que lo revises y lo firmes. Puedes devolvérmelo firmado escaneado por este mismo correo
o traerlo el primer día junto con el DNI, el número de la Seguridad Social y un IBAN.

Cualquier duda, estoy en la extensión 212.

Saludos,
Inmaculada Ortiz Cañete
Administración de Personal · Nutripet Guadalquivir""",
      NUTRI, "inmaculada.ortiz@nutripet.example.es",
      cc=[NUTRI_ROCIO], charset="iso-8859-1", cte="8bit",
      pdfs=[("Contrato_indefinido_XCarvajal.pdf",
             ["Contrato de trabajo indefinido", "Empresa: Nutripet Guadalquivir",
              "Trabajadora: Ximena Carvajal Ruiz", "Firma de la trabajadora: ____________"])]),
    # ------------------------------------------------------------------ Zoovet Ibérica (Workday)
    m("zoovet_ack", "application_received", "es", "2026-01-19 07:02 +0000",
      ("Zoovet Ibérica", "zoovet@myworkday.com"),
      "Confirmación de candidatura: Técnica/o de Atención Técnica Veterinaria (R-10482)",
      """<p>Estimada Ximena:</p>
<p>Gracias por presentar tu candidatura a <b>Técnica/o de Atención Técnica Veterinaria</b>
(R-10482) en Madrid. Hemos recibido correctamente tu solicitud.</p>
<p>Debido al elevado número de candidaturas, no podemos responder personalmente a cada persona.
Si tu perfil encaja con los requisitos, el equipo de Talento se pondrá en contacto contigo.
Puedes seguir el estado en tu cuenta de candidato de Workday.</p>
<p>Atentamente,<br>Talento y Cultura · Zoovet Ibérica</p>""",
      ZOO, "", html_only=True, cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    m("zoovet_invite", "interview_invitation", "es", "2026-02-02 16:35 +0100", ZOO_LUCIA,
      "Zoovet Ibérica – llamada inicial (Atención Técnica Veterinaria)",
      f"""Hola Ximena:

Soy Lucía Bermejo, del equipo de Talento de Zoovet Ibérica. He visto tu candidatura para
Atención Técnica Veterinaria y me gustaría tener contigo una llamada de unos 20 minutos para
conocer tu experiencia y explicarte el puesto.

¿Tendrías hueco el miércoles 4 o el jueves 5 por la mañana? Indícame la franja y el teléfono
en el que te llamo.

Un saludo,
Lucía Bermejo Arranz
Talent Acquisition · Zoovet Ibérica
Avda. de la Industria 31, 28108 Alcobendas (Madrid)

{ZOO_DISCLAIMER}""",
      ZOO, ZOO_LUCIA[1], charset="iso-8859-1", cte="quoted-printable"),
    mine("zoovet_slot", "es", "2026-02-02 18:10 +0100", ZOO_LUCIA,
         "RE: Zoovet Ibérica – llamada inicial (Atención Técnica Veterinaria)",
         """Hola Lucía:

Muchas gracias por contactar. El miércoles 4 entre las 9:00 y las 11:00 me viene bien; mi
móvil es el 654 21 87 33.

Un saludo,
Ximena Carvajal""",
         parent="zoovet_invite", quote="es"),
    m("zoovet_ooo", "other", "es", "2026-02-02 18:11 +0100", ZOO_LUCIA,
      "Respuesta automática: RE: Zoovet Ibérica – llamada inicial (Atención Técnica Veterinaria)",
      """Gracias por tu mensaje. Estoy fuera de la oficina hasta mañana, martes 3 de febrero, sin
acceso al correo. Te responderé a mi vuelta.

Para asuntos urgentes de selección puedes escribir a talento@zoovet-iberica.example.es.

Lucía Bermejo""",
      "", ZOO_LUCIA[1], parent="zoovet_slot",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    m("zoovet_panel", "interview_invitation", "es", "2026-02-16 12:00 +0100", ZOO_LUCIA,
      "Invitación: entrevista con el equipo de Servicio Técnico – Zoovet Ibérica",
      f"""Hola Ximena:

Gracias por la conversación del otro día. Nos gustaría invitarte a una entrevista presencial en
nuestra sede de Alcobendas el martes 24 de febrero a las 11:00. Estarán Gonzalo Iturbe,
responsable de Servicio Técnico de Animales de Compañía, y una veterinaria del equipo. Habrá un
pequeño caso práctico: responder por teléfono a la consulta de una clínica sobre un
antiparasitario.

Si vienes desde Córdoba, te reembolsamos el AVE. Te envío la convocatoria adjunta.

Un saludo,
Lucía Bermejo Arranz
Talent Acquisition · Zoovet Ibérica

{ZOO_DISCLAIMER}""",
      ZOO, ZOO_LUCIA[1], html="auto", charset="iso-8859-1", cte="quoted-printable",
      ics={"uid": "R-10482-panel-xcr@zoovet-iberica.example.es", "seq": 0,
           "start": "2026-02-24 11:00", "end": "2026-02-24 12:30",
           "summary": "Entrevista Servicio Técnico – Ximena Carvajal",
           "location": "Zoovet Ibérica, Avda. de la Industria 31, Alcobendas"}),
    m("zoovet_no", "rejection", "es", "2026-03-05 15:27 +0100", ZOO_LUCIA,
      "Tu candidatura en Zoovet Ibérica",
      f"""Hola Ximena:

Gracias de nuevo por venir a Alcobendas y por el tiempo que has dedicado al proceso. Al equipo
le gustó mucho cómo resolviste el caso práctico.

Aun así, tras la última ronda hemos decidido seguir adelante con otra candidata que tiene
experiencia previa en servicio técnico de la industria farmacéutica, que era un punto clave
para esta posición. Sé que no es la noticia que esperabas.

Guardamos tu perfil para futuras vacantes en el área técnica y te animo a seguir atenta a
nuestra web.

Un abrazo,
Lucía Bermejo Arranz
Talent Acquisition · Zoovet Ibérica

{ZOO_DISCLAIMER}""",
      ZOO, ZOO_LUCIA[1], charset="iso-8859-1", cte="8bit"),
    # ------------------------------------------------------------------ Vetora (Utrecht, Lever)
    m("vetora_ack", "application_received", "en", "2026-04-14 09:31 +0000",
      ("Vetora Animal Health", "no-reply@hire.lever.co"),
      "Thanks for applying to Vetora Animal Health",
      """Hi Ximena,

Thank you for applying for the Technical Support Specialist (Companion Animal Nutrition) role
in Utrecht. We have received your application and our Talent team will review it carefully.

If your background matches what we're looking for, someone from the team will reach out
to arrange a first conversation. In the meantime, feel free to learn more about life at
Vetora on our careers page.

Best,
The Vetora Talent Team""",
      VETORA, "", html="auto", cte="7bit"),
    m("vetora_invite", "interview_invitation", "en", "2026-04-27 14:05 +0200",
      ("Anouk de Wit via Lever", "no-reply@hire.lever.co"),
      "Interview for Technical Support Specialist at Vetora Animal Health",
      """Hi Ximena,

Thanks again for your interest in Vetora! I'd love to set up a 45-minute video interview with
me and Pieter Hoekstra, our Technical Services Lead for Southern Europe.

Please pick a time that suits you using the link below (all times shown in your local time
zone):

https://hire.lever.co/interview-scheduling/vetora/7f3c2a19

Looking forward to speaking with you,
Anouk de Wit
Talent Partner, Vetora Animal Health""",
      VETORA, VET_ANOUK[1], reply_to=VET_ANOUK, html="auto", cte="quoted-printable"),
    m("vetora_cancel", "interview_reschedule_or_cancel", "en", "2026-05-04 08:47 +0200",
      VET_ANOUK, "Cancelled: Vetora interview – Ximena Carvajal Ruiz (Thu 7 May)",
      """Hi Ximena,

Apologies for the short notice – Pieter has been pulled into a product recall call on
Thursday, so I've had to cancel our interview on 7 May. Your application is very much still
in the process; I'll send over new times by the end of the day.

Sorry for the inconvenience,
Anouk

Anouk de Wit | Talent Partner
Vetora Animal Health B.V. | Newtonlaan 115, 3584 BH Utrecht | +31 30 711 4420""",
      VETORA, VET_ANOUK[1], cte="quoted-printable",
      ics={"method": "CANCEL", "uid": "lever-iv-7f3c2a19@vetora.example.nl", "seq": 1,
           "tz": "Europe/Amsterdam", "start": "2026-05-07 10:00", "end": "2026-05-07 10:45",
           "summary": "Vetora interview – Ximena Carvajal Ruiz", "location": "Microsoft Teams",
           "inline": True}),
    mine("vetora_reply", "en", "2026-05-04 10:02 +0200", VET_ANOUK,
         "Re: Cancelled: Vetora interview – Ximena Carvajal Ruiz (Thu 7 May)",
         """Hi Anouk,

No problem at all, I hope the recall goes smoothly. I'm flexible next week, any morning
works for me.

Best regards,
Ximena""",
         parent="vetora_cancel", quote="en"),
    m("vetora_missed", "missed_interview_notice", "en", "2026-05-12 10:24 +0200", VET_ANOUK,
      "We missed you this morning",
      """Hi Ximena,

Pieter and I were on the Teams link for our 10:00 interview this morning and waited about
fifteen minutes, but it seems you weren't able to join. I also tried your mobile number
once, without luck.

I hope everything is okay. Let me know what happened and whether you'd still like to
continue; I can check Pieter's calendar for another slot.

Kind regards,
Anouk de Wit
Talent Partner, Vetora Animal Health""",
      VETORA, VET_ANOUK[1], cte="7bit"),
    mine("vetora_sorry", "en", "2026-05-12 11:05 +0200", VET_ANOUK,
         "Re: We missed you this morning",
         """Dear Anouk,

I'm so sorry. My calendar converted the invitation to the wrong time zone and I had the
interview down for 11:00. It's entirely my mistake. I would very much like to continue, and
I can make any time that suits Pieter.

With apologies,
Ximena Carvajal Ruiz""",
         parent="vetora_missed", quote="en"),
    m("vetora_no", "rejection", "en", "2026-06-02 15:50 +0200",
      ("Anouk de Wit via Lever", "no-reply@hire.lever.co"),
      "Your application to Vetora Animal Health",
      """Hi Ximena,

Thank you for taking the time to speak with Pieter and me last week, and for your patience
through the scheduling hiccups.

After careful consideration, we've decided to move forward with candidates whose experience
more closely matches the requirements of the role, particularly fluency in Dutch for
the Benelux clinics. This was a difficult decision.

We wish you every success in your transition into animal nutrition.

Warm regards,
Anouk""",
      VETORA, VET_ANOUK[1], reply_to=VET_ANOUK, html="auto", cte="base64"),
    # ------------------------------------------------------------------ Elbfutter (Hamburg)
    m("elb_ack", "application_received", "de", "2026-05-11 07:45 +0000",
      ("Elbfutter GmbH", "noreply@personio.de"),
      "Ihre Bewerbung als Produktmanager:in Tiernahrung (m/w/d)",
      """Hallo Ximena Carvajal Ruiz,

vielen Dank für Ihre Bewerbung als Produktmanager:in Tiernahrung (m/w/d) bei der Elbfutter
GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr People & Culture Team der Elbfutter GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""",
      ELB, "", html="auto", charset="utf-8", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    m("elb_invite", "interview_invitation", "de", "2026-05-20 11:12 +0200", ELB_JANA,
      "Einladung zum Kennenlernen – Produktmanager:in Tiernahrung",
      f"""Hallo Frau Carvajal Ruiz,

Ihre Bewerbung hat uns sehr gut gefallen. Gern möchten wir Sie zu einem ersten Gespräch per
Videocall einladen, und zwar am Donnerstag, 28. Mai, um 14:00 Uhr. Dabei sind Lars Petersen
(Leitung Produktentwicklung) und ich. Das Gespräch kann auf Englisch oder Deutsch stattfinden.

Die Einladung mit dem Link finden Sie im Anhang. Bitte geben Sie mir kurz Bescheid, ob der
Termin passt.

{ELB_SIG}""",
      ELB, ELB_JANA[1], charset="iso-8859-1", cte="quoted-printable",
      ics={"uid": "elb-pm-2026-017@elbfutter.example.de", "seq": 0, "tz": "Europe/Berlin",
           "start": "2026-05-28 14:00", "end": "2026-05-28 15:00",
           "summary": "Kennenlernen Produktmanager:in Tiernahrung", "location": "Google Meet"}),
    m("elb_moved", "interview_reschedule_or_cancel", "de", "2026-05-26 16:40 +0200", ELB_JANA,
      "AW: Einladung zum Kennenlernen – Produktmanager:in Tiernahrung",
      f"""Hallo Frau Carvajal Ruiz,

leider muss ich unseren Termin am Donnerstag verschieben, da Herr Petersen kurzfristig zu
einem Lieferanten nach Dänemark reisen muss. Wäre Ihnen Dienstag, der 2. Juni, um 10:00 Uhr
recht? Die aktualisierte Einladung hängt an.

Entschuldigen Sie die Umstände.

{ELB_SIG}""",
      ELB, ELB_JANA[1], parent="elb_invite", quote="de",
      charset="iso-8859-1", cte="quoted-printable",
      ics={"uid": "elb-pm-2026-017@elbfutter.example.de", "seq": 1, "tz": "Europe/Berlin",
           "start": "2026-06-02 10:00", "end": "2026-06-02 11:00",
           "summary": "Kennenlernen Produktmanager:in Tiernahrung (verschoben)",
           "location": "Google Meet"}),
    mine("elb_ok", "de", "2026-05-26 18:02 +0200", ELB_JANA,
         "AW: Einladung zum Kennenlernen – Produktmanager:in Tiernahrung",
         """Hallo Frau Ohlsen,

kein Problem, Dienstag, 2. Juni, um 10:00 Uhr passt mir gut.

Viele Grüße
Ximena Carvajal Ruiz""",
         parent="elb_moved", quote="de"),
    m("elb_offer", "offer", "de", "2026-06-15 13:20 +0200",
      ("Lars Petersen", "lars.petersen@elbfutter.example.de"),
      "Ihr Vertragsangebot bei Elbfutter",
      """Liebe Frau Carvajal Ruiz,

nach den beiden sehr angenehmen Gesprächen freue ich mich, Ihnen die Position als
Produktmanagerin Tiernahrung anbieten zu können. Im Anhang finden Sie unser Angebot:
unbefristeter Vertrag, 52.000 € brutto im Jahr, 30 Urlaubstage, Start am 1. September in
Hamburg, dazu Unterstützung beim Umzug.

Für Rückfragen stehe ich Ihnen gern zur Verfügung. Wir würden uns über eine Rückmeldung bis
zum 26. Juni freuen.

Herzliche Grüße
Lars Petersen
Leitung Produktentwicklung
Elbfutter GmbH, Billstraße 212, 20539 Hamburg""",
      ELB, "lars.petersen@elbfutter.example.de", cc=[ELB_JANA],
      charset="utf-8", cte="quoted-printable",
      pdfs=[("Angebot_Carvajal_Ruiz.pdf",
             ["Elbfutter GmbH - Vertragsangebot", "Position: Produktmanagerin Tiernahrung",
              "Gehalt: 52.000 EUR brutto p.a.", "Beginn: 01.09.2026"])]),
    m("elb_contract", "offer", "de", "2026-06-19 09:05 +0200", ELB_JANA,
      "Arbeitsvertrag zur Unterschrift",
      f"""Hallo Frau Carvajal Ruiz,

wie besprochen erhalten Sie anbei Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte
unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 30. Juni zurück (gern
vorab als Scan).

{ELB_SIG}""",
      ELB, ELB_JANA[1], charset="windows-1252", cte="8bit",
      pdfs=[("Arbeitsvertrag_Carvajal_Ruiz.pdf",
             ["Arbeitsvertrag", "zwischen Elbfutter GmbH und Ximena Carvajal Ruiz",
              "Unterschrift Arbeitnehmerin: ____________"])]),
    mine("elb_decline", "de", "2026-06-24 20:15 +0200", ("Lars Petersen",
                                                         "lars.petersen@elbfutter.example.de"),
         "AW: Ihr Vertragsangebot bei Elbfutter",
         """Lieber Herr Petersen,

vielen herzlichen Dank für Ihr Angebot und das Vertrauen. Nach langem Überlegen habe ich mich
aus familiären Gründen entschieden, in Spanien zu bleiben, und muss die Stelle daher leider
absagen. Es tut mir wirklich leid, das Team hat mir sehr gefallen.

Mit besten Grüßen
Ximena Carvajal Ruiz""",
         parent="elb_offer", quote="de", cc=[ELB_JANA]),
    # ------------------------------------------------------------------ Nutrivéto (Lyon)
    m("nv_ack", "application_received", "fr", "2026-02-09 10:02 +0000",
      ("Nutrivéto", "noreply@smartrecruiters.com"),
      "Nutrivéto – Nous avons bien reçu votre candidature",
      """Bonjour Ximena,

Merci pour votre candidature au poste de Technicienne conseil nutrition animale (H/F) basé à
Lyon. Nous l'avons bien reçue.

Notre équipe recrutement l'étudie avec attention et reviendra vers vous dans les meilleurs
délais. Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

Cordialement,
L'équipe Recrutement Nutrivéto

Merci de ne pas répondre à cet e-mail automatique.""",
      NV, "", html="auto", charset="utf-8", cte="quoted-printable"),
    m("nv_invite", "interview_invitation", "fr", "2026-02-20 15:18 +0100", NV_CLAIRE,
      "Entretien – Technicienne conseil nutrition animale",
      f"""Bonjour Ximena,

Suite à votre candidature, j'aimerais vous proposer un premier entretien en visioconférence
avec Julien Marchetti, responsable du service conseil, le jeudi 26 février à 14h00
(durée : 45 minutes environ).

Pouvez-vous me confirmer votre disponibilité ? Je vous enverrai ensuite le lien Teams.

Bien cordialement,
{NV_SIG}""",
      NV, NV_CLAIRE[1], charset="iso-8859-1", cte="quoted-printable"),
    m("nv_moved", "interview_reschedule_or_cancel", "fr", "2026-02-24 11:40 +0100", NV_CLAIRE,
      "RE: Entretien – Technicienne conseil nutrition animale",
      f"""Bonjour Ximena,

Julien sera finalement en déplacement jeudi. Je suis donc obligée de reporter notre entretien
au mardi 3 mars à 9h30, même format. J'espère que ce créneau vous convient ; dites-moi si ce
n'est pas le cas.

Toutes mes excuses pour ce changement.

{NV_SIG}""",
      NV, NV_CLAIRE[1], parent="nv_invite", quote="fr",
      charset="iso-8859-1", cte="quoted-printable"),
    m("nv_missed", "missed_interview_notice", "fr", "2026-03-03 10:05 +0100", NV_CLAIRE,
      "Entretien de ce matin",
      f"""Bonjour Ximena,

Julien et moi vous avons attendue ce matin à 9h30 sur Teams, mais vous ne vous êtes pas
connectée. J'ai également essayé de vous joindre par téléphone, sans succès.

Si vous êtes toujours intéressée par le poste, merci de me recontacter rapidement afin que
nous voyions si un autre créneau est possible.

{NV_SIG}""",
      NV, NV_CLAIRE[1], charset="windows-1252", cte="8bit"),
    mine("nv_sorry", "fr", "2026-03-03 12:31 +0100", NV_CLAIRE,
         "RE: Entretien de ce matin",
         """Bonjour Claire,

Je suis vraiment désolée : je n'ai jamais reçu le lien Teams et j'attendais votre e-mail. Je
reste très intéressée par le poste et je suis disponible quand vous le souhaitez.

Bien cordialement,
Ximena Carvajal Ruiz""",
         parent="nv_missed", quote="fr"),
    m("nv_no", "rejection", "fr", "2026-03-17 17:02 +0100", NV_CLAIRE,
      "RE: Entretien de ce matin",
      f"""Bonjour Ximena,

Merci pour votre message et désolée pour ce souci de lien. Entre-temps, le processus a
beaucoup avancé et nous avons retenu une candidate pour le poste. Nous ne pourrons donc pas
donner suite à votre candidature.

Je garde vos coordonnées pour de futures opportunités et vous souhaite bonne continuation.

{NV_SIG}""",
      NV, NV_CLAIRE[1], parent="nv_sorry", quote="fr",
      charset="iso-8859-1", cte="8bit"),
    # ------------------------------------------------------------------ Mascotia (Sevilla)
    m("mas_ack", "application_received", "es", "2026-01-12 09:20 +0000",
      ("Clínicas Veterinarias Mascotia", "notifications@recruitee.com"),
      "Candidatura recibida: Responsable de Nutrición Clínica – Sevilla",
      """Hola Ximena,

Gracias por inscribirte en la oferta Responsable de Nutrición Clínica – Sevilla de Clínicas
Veterinarias Mascotia. Tu candidatura se ha registrado correctamente.

Revisamos cada candidatura de forma individual. Si tu perfil avanza, te escribiremos; si no
recibes noticias en un mes, puedes entender que en esta ocasión no seguimos contigo.

Equipo de Selección de Mascotia""",
      MAS, "", html="auto", cte="base64"),
    m("mas_invite", "interview_invitation", "es", "2026-01-20 12:44 +0100", MAS_PILAR,
      "Entrevista en Mascotia Nervión",
      """Hola Ximena:

Te escribo de parte de Clínicas Mascotia. Nos gustaría hacerte una entrevista para el puesto de
Responsable de Nutrición Clínica el martes 27 de enero a las 11:00 en nuestra clínica de
Nervión (Avda. Eduardo Dato 64, Sevilla). Pregunta en recepción por mí.

Confírmame, por favor.

Pilar Gavira Romero
Coordinadora de RR. HH. · Clínicas Veterinarias Mascotia
955 44 12 09""",
      MAS, MAS_PILAR[1], cte="8bit"),
    m("mas_missed", "missed_interview_notice", "es", "2026-01-27 12:10 +0100", MAS_PILAR,
      "RE: Entrevista en Mascotia Nervión",
      """Hola Ximena:

Te estuvimos esperando esta mañana a las 11:00 en la clínica de Nervión y te llamamos dos veces
al móvil, pero no conseguimos hablar contigo. ¿Ha pasado algo?

Si sigues interesada, dímelo y vemos otra fecha esta semana.

Pilar""",
      MAS, MAS_PILAR[1], parent="mas_invite", quote="es", cte="quoted-printable"),
    mine("mas_sorry", "es", "2026-01-27 13:02 +0100", MAS_PILAR,
         "RE: Entrevista en Mascotia Nervión",
         """Hola Pilar:

Te pido mil disculpas. Lo tenía apuntado para el miércoles 28 y no me di cuenta del error
hasta leer tu correo. Sigo muy interesada; me adapto a la hora que os venga bien.

Un saludo,
Ximena""",
         parent="mas_missed", quote="es"),
    m("mas_reinvite", "interview_invitation", "es", "2026-01-28 09:30 +0100", MAS_PILAR,
      "RE: Entrevista en Mascotia Nervión",
      """Hola Ximena:

No te preocupes, nos pasa a todos. Te espero el viernes 30 a las 12:30 en la misma clínica.

Pilar Gavira Romero
Coordinadora de RR. HH. · Clínicas Veterinarias Mascotia""",
      MAS, MAS_PILAR[1], parent="mas_sorry", quote="es", cte="quoted-printable"),
    m("mas_no", "rejection", "es", "2026-02-12 10:15 +0100", MAS_PILAR,
      "Proceso Responsable de Nutrición Clínica",
      """Hola Ximena:

Gracias por venir el viernes a Nervión. Hemos terminado las entrevistas y finalmente vamos a
cubrir la plaza con una compañera de la propia red de clínicas, así que no seguiremos con tu
candidatura en este proceso.

Te deseo mucha suerte y, si se abre algo en Córdoba, te aviso.

Un saludo,
Pilar""",
      MAS, MAS_PILAR[1], cte="8bit", charset="windows-1252"),
    # ------------------------------------------------------------------ Talento Agro / Alcudia
    m("ta_approach", "other", "es", "2026-04-06 10:12 +0200", TA_SERGIO,
      "Perfil técnico en nutrición animal – ¿hablamos?",
      f"""Hola Ximena:

He visto tu perfil en LinkedIn y tu paso de la clínica veterinaria a la nutrición animal me
parece muy interesante. En Talento Agro trabajamos con fabricantes de piensos y de alimento
para mascotas de toda Andalucía y a menudo buscan perfiles como el tuyo.

Ahora mismo no tengo un proceso concreto, pero me gustaría tener tu CV actualizado en nuestra
base de datos por si surge algo. ¿Te parece?

Un saludo,
{TA_SIG}""",
      "", TA_SERGIO[1], cte="quoted-printable"),
    mine("ta_cv", "es", "2026-04-06 20:45 +0200", TA_SERGIO,
         "RE: Perfil técnico en nutrición animal – ¿hablamos?",
         """Hola Sergio:

Gracias por escribirme. Te adjunto mi CV actualizado; me interesan sobre todo puestos de
técnica de producto o de atención técnica en Andalucía.

Un saludo,
Ximena Carvajal Ruiz""",
         parent="ta_approach", quote="es",
         pdfs=[("CV_XCarvajal_2026.pdf",
                ["Ximena Carvajal Ruiz", "Auxiliar Tecnica Veterinaria",
                 "Nutricion animal - tecnica de producto"])]),
    m("ta_invite", "interview_invitation", "es", "2026-04-09 13:37 +0200", TA_SERGIO,
      "RE: Perfil técnico en nutrición animal – ¿hablamos?",
      f"""Hola Ximena:

¡Qué rápido ha surgido! Mi cliente Piensos Alcudia, fabricante de piensos compuestos en
Antequera, busca una técnica de atención al cliente ganadero y tu perfil les ha encajado.
Te proponen una entrevista en su planta de Antequera el miércoles 15 de abril a las 10:00 con
la responsable de calidad, Marta Pineda. Si te viene bien, te mando la dirección exacta.

Un saludo,
{TA_SIG}""",
      "Piensos Alcudia", TA_SERGIO[1], parent="ta_cv", quote="es", cte="quoted-printable"),
    m("ta_no", "rejection", "es", "2026-05-05 17:55 +0200", TA_SERGIO,
      "Piensos Alcudia – respuesta del cliente",
      f"""Hola Ximena:

Ya tengo respuesta de Piensos Alcudia. Les gustó tu trato y tu formación, pero finalmente han
decidido seguir con un candidato con experiencia directa en granjas de vacuno, así que no
continuarán con tu candidatura. Lo siento.

Sigo contando contigo para otros procesos; en cuanto tenga algo que encaje te llamo.

Un saludo,
{TA_SIG}""",
      "Piensos Alcudia", TA_SERGIO[1], html="auto", charset="windows-1252",
      cte="quoted-printable"),
]

assert all(spec["frm"] != ME or spec["kind"] == "other" for spec in SPECS)
