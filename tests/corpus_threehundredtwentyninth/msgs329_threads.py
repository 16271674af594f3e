"""Threads: one employer's messages in order, with In-Reply-To/References and quoted history."""

from __future__ import annotations

from msgs329_common import ME, ME_SHORT, html_paras, outlook, quote, sig, spec

# ------------------------------------------------------------ T1 Seguros Pisuerga (es)
LUCIA = ("Lucía Marcos Gil", "lucia.marcos@segurospisuerga.example.es")
LUCIA_SIG = sig("Lucía Marcos Gil", "Técnica de Selección · Dirección de Personas",
                "Seguros Pisuerga", "Acera de Recoletos 14, 47004 Valladolid",
                "Tel. +34 983 000 412")

T1_ACK = """Hola, Inmaculada:

Gracias por tu interés en Seguros Pisuerga. Hemos recibido correctamente tu solicitud para la \
vacante Técnico/a de Selección y Desarrollo (Ref. R-2026-0147), Valladolid.

Nuestro equipo de Personas revisará tu perfil en las próximas semanas. Si tu candidatura encaja \
con lo que buscamos, nos pondremos en contacto contigo. Puedes consultar el estado de tu \
solicitud en cualquier momento desde el portal de candidatos.

Un saludo,
Equipo de Talento
Seguros Pisuerga

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo."""

T1_INV = f"""Buenos días, Inmaculada:

Soy Lucía Marcos, del equipo de Selección de Seguros Pisuerga. Hemos revisado tu candidatura \
para el puesto de Técnico/a de Selección y Desarrollo y nos gustaría conocerte.

Te propongo una primera entrevista presencial el jueves 19 de febrero a las 10:30 en nuestras \
oficinas de Acera de Recoletos 14 (3.ª planta). Durará unos 45 minutos y estaremos Andrés \
Villalba, responsable de Desarrollo, y yo.

Te adjunto la convocatoria en el calendario. ¿Me confirmas si te viene bien?

Un saludo,
{LUCIA_SIG}"""

T1_MOVE = f"""Hola de nuevo, Inmaculada:

Disculpa el cambio: a Andrés le ha surgido un comité el jueves por la mañana y no podemos \
mantener la hora. ¿Te vendría bien pasar la entrevista al viernes 20 de febrero a las 12:00, \
mismo sitio? Te envío la convocatoria actualizada.

Si no te encaja, dime dos o tres huecos esta semana y lo cuadramos.

Gracias por la flexibilidad,
Lucía

{quote(T1_INV, "es", "jue, 12 feb 2026 a las 9:41", "Lucía Marcos Gil <" + LUCIA[1] + ">")}"""

T1_THANKS = f"""Hola, Lucía:

Muchas gracias a ti y a Andrés por la conversación de esta mañana. Me quedo con muchas ganas de \
seguir en el proceso; la parte del plan de acogida para la red comercial me pareció un reto muy \
bonito y creo que mi experiencia organizando expedientes y plazos en el despacho encaja bien.

Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Inma Berrocal
651 000 238

{quote(T1_MOVE, "es", "lun, 16 feb 2026 a las 17:05", "Lucía Marcos Gil <" + LUCIA[1] + ">")}"""

T1_INV2 = f"""Hola, Inma:

¡Gracias a ti! Te escribo con buenas noticias: pasas a la segunda fase. Nos gustaría que \
tuvieras una entrevista final con Marta Esgueva, directora de Personas, el miércoles 4 de \
marzo a las 16:00. Será por Teams; te llegará el enlace desde su agenda.

Antes de la entrevista te pediremos un pequeño caso práctico (un plan de selección para 12 \
gestores comerciales). Te lo enviaré el lunes.

Un saludo,
Lucía

{quote(T1_THANKS, "es", "vie, 20 feb 2026 a las 14:12", "Inma Berrocal <inma.berrocal@example.es>")}"""

T1_OFFER = f"""Hola, Inma:

Como te adelanté ayer por teléfono, nos encantaría que te incorporaras a Seguros Pisuerga como \
Técnica de Selección y Desarrollo. Te adjunto la carta de oferta con las condiciones: contrato \
indefinido, 31.500 € brutos anuales en 14 pagas, jornada intensiva los viernes y en verano, y \
teletrabajo dos días a la semana.

La fecha de incorporación que proponemos es el 6 de abril. Si tienes cualquier duda sobre la \
oferta, llámame o escríbeme; te agradeceríamos una respuesta antes del viernes 13 de marzo.

Enhorabuena y un abrazo,
{LUCIA_SIG}

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su \
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo \
elimine. Seguros Pisuerga trata sus datos conforme al RGPD; más información en \
privacidad@segurospisuerga.example.es."""

T1_ACCEPT = """Hola, Lucía:

Acepto la oferta encantada. ¡Muchas gracias por todo!

Inma"""

T1_CONTRACT = f"""Hola, Inma:

¡Qué alegría que aceptes! Te adjunto el contrato de trabajo para que lo revises y lo firmes. \
Puedes firmarlo digitalmente con tu certificado o traerlo firmado el día 6; como te sea más \
cómodo. Necesitaremos también una copia del DNI, tu número de la Seguridad Social y el IBAN.

Bienvenida al equipo,
Lucía

{quote(T1_ACCEPT, "es", "jue, 12 mar 2026 a las 8:55",
       "Inma Berrocal <inma.berrocal@example.es>")}"""

T1_ICS = spec(method="REQUEST", uid="pisuerga-r0147-e1@segurospisuerga.example.es", seq=0,
              stamp="20260212T084100Z", tz="Europe/Madrid", start="20260219T103000",
              end="20260219T111500", summary="Entrevista - Técnico/a de Selección (R-2026-0147)",
              location="Acera de Recoletos 14\\, 3.ª planta\\, Valladolid", organizer=LUCIA)

# ------------------------------------------------------------ T2 Nubeluz Software (es)
ALVARO = ("Álvaro Pineda", "alvaro.pineda@nubeluz.example.es")

T2_ACK_HTML = html_paras("""Hola Inmaculada,

¡Gracias por aplicar a People & Talent Partner en Nubeluz Software!

Hemos recibido tu candidatura y la estamos revisando. Recibimos muchas solicitudes y no siempre \
podemos responder de forma individual a cada persona, pero te escribiremos si avanzamos contigo.

Mientras tanto, puedes conocer cómo trabajamos en nubeluz.example.es/cultura.

Un saludo,
El equipo de Talento de Nubeluz""", "Nubeluz Software", "Enviado por Greenhouse en nombre de Nubeluz Software.")

T2_INV = """Hola Inmaculada,

Soy Álvaro, Talent Lead en Nubeluz. He leído tu CV y tu carta con mucho interés: nos gusta \
la mezcla de rigor jurídico y ganas de pasarte a selección.

¿Te apetece tener una videollamada de 30 minutos conmigo para conocernos? Puedes elegir el \
hueco que mejor te venga en este enlace:

https://app.greenhouse.example/schedule/nbz-7781-inma

Si ninguno te encaja, respóndeme a este correo y buscamos otro.

Un abrazo,
Álvaro Pineda
Talent Lead · Nubeluz Software"""

T2_CANCEL = """Hola Inmaculada,

Tu entrevista "Conversación con Álvaro Pineda" del martes 21 de abril a las 11:00 (CEST) ha \
sido cancelada por el equipo de Nubeluz Software.

Álvaro nos ha pedido que te transmitamos sus disculpas: tiene que viajar ese día. En breve \
recibirás un nuevo enlace para elegir otra fecha.

Equipo de Talento de Nubeluz Software"""

T2_ICS = spec(method="CANCEL", uid="gh-interview-5512093@greenhouse-mail.io", seq=1,
              stamp="20260420T071500Z", tz="Europe/Madrid", start="20260421T110000",
              end="20260421T113000", summary="Conversación con Álvaro Pineda (Nubeluz)",
              location="Google Meet", organizer=ALVARO)

T2_OFFER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Oferta</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:15px">
<p>¡Hola Inma!</p>
<p>Después de hablar con todo el equipo, tengo el placer de confirmarte que <b>queremos que te
unas a Nubeluz Software como People &amp; Talent Partner</b>.</p>
<ul>
<li>Salario fijo: 34.000 € brutos/año + bonus anual de hasta el 8 %</li>
<li>Contrato indefinido, 100 % remoto con oficina en Madrid (Chamberí) cuando quieras</li>
<li>Incorporación propuesta: 1 de junio de 2026</li>
</ul>
<p>En un rato te llegará la oferta formal para firmar digitalmente. Cualquier duda, llámame al
+34 910 000 771.</p>
<p>¡Ojalá digas que sí!<br>Álvaro</p>
<hr>
<p style="font-size:11px;color:#777">Álvaro Pineda · Talent Lead · Nubeluz Software ·
Calle Fernández de la Hoz 50, 28010 Madrid</p>
</body></html>
"""

# ------------------------------------------------------------ T3 Motores Duero (es)
RAQUEL = ("Raquel Sastre Calvo", "raquel.sastre@motoresduero.example.es")
RAQUEL_SIG = sig("Raquel Sastre Calvo", "Recursos Humanos - Planta de Valladolid",
                 "Motores Duero", "Avda. de Soria km 3, 47012 Valladolid", "983 000 590 ext. 214")

T3_ACK = f"""Hola Inmaculada,

Te confirmo que hemos recibido tu CV para el puesto de Técnico/a de RRHH (administración de \
personal y selección) en nuestra planta de Valladolid. Estamos en plena revisión de \
candidaturas y te diremos algo en un par de semanas.

Saludos,
{RAQUEL_SIG}"""

T3_INV = f"""Hola Inmaculada,

Tras revisar tu candidatura, queremos citarte para una entrevista en planta:

  Día: martes 3 de febrero
  Hora: 10:00
  Lugar: Motores Duero, Avda. de Soria km 3 (pregunta en portería por Recursos Humanos)

Trae el DNI para acceder; el chaleco te lo damos nosotros. La entrevista será conmigo y con \
Jesús Arranz, jefe de Relaciones Laborales.

Confírmame asistencia, por favor.

{RAQUEL_SIG}"""

T3_MISSED = f"""Hola Inmaculada,

Esta mañana te estuvimos esperando a las 10:00 en portería para la entrevista y no llegaste. \
Te llamé dos veces al móvil que figura en tu CV, sin respuesta.

Entiendo que puede haber pasado algo. Si sigues interesada en el puesto, dímelo hoy o mañana \
y vemos si es posible buscar otro momento.

{RAQUEL_SIG}

{quote(T3_INV, "es", "mié, 28 ene 2026 a las 12:20", "Raquel Sastre Calvo <" + RAQUEL[1] + ">")}"""

T3_SORRY = f"""Hola Raquel,

Te pido mil disculpas. Tenía anotada la entrevista para el martes 10 y no me di cuenta del \
error hasta leer tu correo; además ayer tuve el móvil sin batería casi todo el día. Sé que no \
es excusa.

Sigo muy interesada en el puesto. Si pudierais darme otra oportunidad, me adapto a cualquier \
día y hora de esta semana o la siguiente.

Un saludo y perdona de nuevo,
Inmaculada Berrocal

{quote(T3_MISSED, "es", "mar, 3 feb 2026 a las 13:02", "Raquel Sastre Calvo <" + RAQUEL[1] + ">")}"""

T3_REJ = f"""Hola Inmaculada,

Gracias por tu mensaje y por la explicación. Lo he hablado con Jesús y, como ya teníamos \
varias entrevistas hechas, hemos decidido seguir adelante con las personas que ya están en la \
fase final. Por eso no vamos a poder continuar con tu candidatura en este proceso.

Guardaremos tu CV para futuras vacantes de RRHH en planta. Te deseo mucha suerte.

Un saludo,
Raquel

{quote(T3_SORRY, "es", "mar, 3 feb 2026 a las 19:47", "Inmaculada Berrocal Quintana <inma.berrocal@example.es>")}"""

# ------------------------------------------------------------ T4 Isarwerk (de)
JANA = ("Jana Wexler", "jana.wexler@isarwerk.example.de")
JANA_SIG = sig("Jana Wexler", "Talent Acquisition Partner", "Isarwerk Fahrzeugtechnik GmbH",
               "Ingolstädter Str. 120, 80939 München", "Tel. +49 89 0000 3310")

T4_ACK = """Sehr geehrte Frau Berrocal Quintana,

vielen Dank für Ihre Bewerbung als HR Generalist (m/w/d) am Standort München und Ihr Interesse \
an der Isarwerk Fahrzeugtechnik.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden uns \
in den nächsten zwei bis drei Wochen bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Isarwerk Fahrzeugtechnik

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf."""

T4_INV = f"""Sehr geehrte Frau Berrocal Quintana,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns neugierig gemacht, und wir möchten Sie gern \
zu einem ersten Videointerview einladen:

Dienstag, 19. Mai 2026, 14:00 Uhr (MESZ), Microsoft Teams, Dauer ca. 45 Minuten.
Gesprächspartner: Jana Wexler (Talent Acquisition) und Dr. Florian Haidl (Leiter Personal Werk).

Das Interview führen wir auf Englisch und Deutsch. Die Einladung finden Sie im Anhang bzw. in \
Ihrem Kalender. Bitte bestätigen Sie uns den Termin kurz.

Mit freundlichen Grüßen
{JANA_SIG}"""

T4_MOVE = f"""Sehr geehrte Frau Berrocal Quintana,

leider muss ich unseren Termin am Dienstag verschieben, da Dr. Haidl kurzfristig ins Werk nach \
Györ reisen muss. Wäre es für Sie möglich, stattdessen am Donnerstag, 21. Mai, um 9:30 Uhr zu \
sprechen? Die aktualisierte Einladung schicke ich Ihnen mit.

Entschuldigen Sie bitte die Umstände.

Beste Grüße
Jana Wexler

{quote(T4_INV, "de", "12.05.2026 um 10:14", "Jana Wexler <" + JANA[1] + ">")}"""

T4_REJ = f"""Sehr geehrte Frau Berrocal Quintana,

nochmals vielen Dank für das offene Gespräch am 21. Mai und die Zeit, die Sie sich genommen \
haben.

Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, die bereits \
mehrjährige Erfahrung in der Personalbetreuung eines Produktionswerks mitbringt. Wir können \
Ihnen daher leider keine Zusage geben.

Ihr Wechsel vom juristischen Bereich ins HR hat uns beeindruckt, und wir wünschen Ihnen für \
Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
{JANA_SIG}

{quote(T4_MOVE, "de", "15.05.2026 um 16:40", "Jana Wexler <" + JANA[1] + ">")}"""


def t4_ics(seq: int, start: str, end: str, stamp: str) -> dict[str, object]:
    return spec(method="REQUEST", uid="isarwerk-hrg-2026-bq@isarwerk.example.de", seq=seq,
                stamp=stamp, tz="Europe/Berlin", start=start, end=end,
                summary="Interview HR Generalist (m/w/d) - Berrocal Quintana",
                location="Microsoft Teams", organizer=JANA)


# ------------------------------------------------------------ T5 Occitélia (fr)
CAMILLE = ("Camille Fabre", "camille.fabre@occitelia.example.fr")

T5_ACK = """Bonjour Inmaculada,

Merci pour votre candidature au poste de Chargée de recrutement (H/F) - Toulouse.

Nous l'avons bien reçue et notre équipe RH va l'étudier avec attention. En raison du grand \
nombre de candidatures, nous ne pourrons pas répondre individuellement à chacune avant la fin \
de la période de diffusion de l'offre.

À très bientôt peut-être,
L'équipe Talents d'Occitélia"""

T5_INV = f"""Bonjour Inmaculada,

Suite à l'étude de votre candidature, je vous propose un premier entretien en visio pour le \
poste de Chargée de recrutement, le jeudi 25 juin à 10h00 (heure de Paris), d'une durée de \
45 minutes environ.

Vous trouverez l'invitation Google Meet dans votre agenda. L'échange se fera en français ; \
n'hésitez pas à me dire si vous avez besoin d'aménagements.

Bien cordialement,

{sig("Camille Fabre", "Responsable Recrutement & Marque employeur", "Occitélia",
     "12 allée Jean Jaurès, 31000 Toulouse", "05 00 00 41 27")}"""

T5_CANCEL = f"""Bonjour Inmaculada,

Je suis au regret de devoir annuler notre entretien de jeudi 25 juin : un imprévu m'oblige à \
être à Montpellier toute la journée. Je reviens vers vous en début de semaine prochaine avec \
de nouvelles disponibilités.

Toutes mes excuses pour ce contretemps.

Camille

{quote(T5_INV, "fr", "lun. 15 juin 2026 à 11:02", "Camille Fabre <" + CAMILLE[1] + ">")}"""

T5_REJ = """Bonjour Inmaculada,

Je reviens vers vous comme promis, mais malheureusement pas avec la nouvelle que j'espérais : \
le poste de Chargée de recrutement vient d'être pourvu en interne par une collègue de \
l'équipe RH. Le processus est donc clos et nous ne pourrons pas reprogrammer notre entretien.

J'ai beaucoup apprécié votre parcours et je garde votre profil en tête pour nos prochains \
recrutements.

Bien à vous,
Camille Fabre
Occitélia"""

T5_ICS = spec(method="CANCEL", uid="occ-entretien-0625-ibq@occitelia.example.fr", seq=1,
              stamp="20260617T081200Z", tz="Europe/Paris", start="20260625T100000",
              end="20260625T104500", summary="Entretien - Chargée de recrutement",
              location="Google Meet", organizer=CAMILLE)

# ------------------------------------------------------------ T6 Leith Loop (en)
FIONA = ("Fiona MacRae", "fiona.macrae@leithloop.example.co.uk")

T6_ACK = """Hi Inmaculada,

Thanks for applying for the People Operations Generalist role at Leith Loop! This is just a \
quick note to confirm we've got your application.

Our team reads every application ourselves (no robots, promise). We aim to get back to \
everyone within two weeks.

Cheers,
The Leith Loop People Team"""

T6_INV = """Hi Inmaculada,

Thanks for your application - we'd love to chat! I'm Fiona, I look after hiring at Leith Loop.

The first step is a 30-minute video call with me about your background and what you're \
looking for. Please pick a time that suits you here:

https://jobs.ashbyhq.example/leithloop/schedule/8f2c41

Looking forward to it,
Fiona MacRae
Talent Partner, Leith Loop"""

T6_OWN = f"""Hi Fiona,

Thanks again for the invitation. I booked Thursday 23 July at 10:00 but I've just been told I \
have to attend a court hearing with my current firm that morning. Would it be possible to move \
our call to the afternoon, or to Friday?

I'm sorry for the hassle.

Best regards,
Inma Berrocal

{quote(T6_INV, "en", "Mon, 13 Jul 2026 at 11:26", "Fiona MacRae <" + FIONA[1] + ">")}"""

T6_MOVE = f"""Hi Inma,

No problem at all, these things happen. I've moved us to Friday 24 July at 14:30 UK time \
(15:30 for you in Spain). Same video link as before, you'll get an updated calendar invite.

Speak Friday!
Fiona

{outlook(T6_OWN, "en", "Inma Berrocal <inma.berrocal@example.es>", "15 July 2026 08:02",
         "Fiona MacRae <" + FIONA[1] + ">", "Re: Leith Loop - let's chat")}"""

T6_REJ = f"""Hi Inma,

Thank you so much for the time you spent with us over the last few weeks, and for the really \
thoughtful task you sent in.

I'm sorry to say that we've decided not to move forward with your application. The team felt \
that for this role we need someone who has already run UK payroll and employment paperwork \
end to end, and that's hard to learn on the job in a team our size.

I genuinely enjoyed our conversations and I'd be happy to give you more detailed feedback on \
a call if that's useful.

All the best,
Fiona

{sig("Fiona MacRae", "Talent Partner", "Leith Loop Ltd", "14 Constitution Street, Edinburgh EH6 7BS")}"""

# ------------------------------------------------------------ T7 Quesería Arlanza (es)
MERCHE = ("Merche Ortega", "merche.ortega@queseriaarlanza.example.es")

T7_ACK = """Buenas tardes Inmaculada:

Te escribo para confirmarte que nos ha llegado tu currículum para el puesto de Administrativa \
de RRHH en nuestra quesería de Villalmanzo (Burgos). Muchas gracias por tu interés.

Ahora mismo estamos recogiendo candidaturas hasta el día 15. Después haremos una primera \
selección y te llamaremos si pasas a la siguiente fase.

Un saludo cordial,
Merche Ortega
Administración y Personal
Quesería Arlanza S.L.
Ctra. de Lerma s/n, 09390 Villalmanzo (Burgos)
Tfno. 947 000 163"""

T7_INV = f"""Hola Inmaculada:

Has pasado la primera selección. Queremos invitarte a una mañana en la quesería el jueves 19 de \
marzo: a las 9:30 haremos una pequeña prueba práctica (un caso de altas, bajas y calendario de \
turnos con Excel) y después una entrevista con Nacho Peñalba, el gerente.

Calcula estar con nosotros hasta las 13:00. Si vienes desde Valladolid, hay aparcamiento en la \
misma fábrica.

Confírmame por favor si puedes venir.

Un saludo,
Merche

{quote(T7_ACK, "es", "2 mar 2026, 16:48", "Merche Ortega <" + MERCHE[1] + ">")}"""

T7_REJ = """Hola Inmaculada:

Gracias por venir el otro día hasta Villalmanzo y por el interés que pusiste en la prueba.

Te escribo para decirte que finalmente nos hemos decidido por otra candidata de la zona, que \
puede incorporarse ya y que conoce el convenio de la industria láctea. Sentimos no poder darte \
mejores noticias.

Te deseamos lo mejor en tu búsqueda. Si sale algo más adelante, nos acordaremos de ti.

Un saludo,
Merche Ortega
Quesería Arlanza"""

# ------------------------------------------------------------ T8 Talento Castellano -> Clavería
BEA = ("Beatriz Olmedo", "beatriz.olmedo@talentocastellano.example.es")
BEA_SIG = sig("Beatriz Olmedo Renedo", "Consultora senior de selección",
              "Talento Castellano Consultores", "C/ Zamora 21, 2.º, 37002 Salamanca",
              "923 000 854 · 622 000 131")

T8_INV = f"""Hola Inmaculada:

Te contacto desde Talento Castellano. Estamos llevando para nuestro cliente, el Grupo \
Hospitalario Clavería, la selección de un/a Técnico/a de RRHH para su hospital de Salamanca \
(selección de personal sanitario y no sanitario, bolsas de empleo, acogida).

Tu perfil nos encaja y me gustaría hacerte una entrevista inicial por teléfono o videollamada \
esta semana. ¿Te viene bien el jueves 23 a las 17:00? Si no, proponme otra hora.

Gracias y un saludo,
{BEA_SIG}"""

T8_REJ = f"""Hola Inmaculada:

Ya tengo respuesta del Grupo Hospitalario Clavería. Les gustó tu entrevista, pero han decidido \
seguir con dos candidatas que ya vienen del sector sanitario, así que por esta vez tu \
candidatura no continúa en el proceso.

Lo siento mucho, de verdad; me quedo con tu perfil para otros procesos de RRHH en Castilla y \
León que me entren en las próximas semanas.

Un abrazo,
Beatriz

{quote(T8_INV, "es", "lun, 20 abr 2026 a las 10:03", "Beatriz Olmedo <" + BEA[1] + ">")}"""

SPECS = [
    # T1 Seguros Pisuerga
    spec(kind="application_received", mid="pisuerga_ack", lang="es", company="Seguros Pisuerga",
         contact="", frm=("Seguros Pisuerga", "segurospisuerga@myworkday.com"),
         subject="Hemos recibido tu solicitud: Técnico/a de Selección y Desarrollo (R-2026-0147)",
         date="2026-02-03 07:12 +0000", text=T1_ACK, html=html_paras(T1_ACK, "Seguros Pisuerga"),
         cte="base64"),
    spec(kind="interview_invitation", mid="pisuerga_inv", lang="es", company="Seguros Pisuerga",
         contact=LUCIA[1], frm=LUCIA, name_enc=("q", "iso-8859-1"),
         subject="Entrevista Técnico/a de Selección - Seguros Pisuerga",
         date="2026-02-12 09:41 +0100", text=T1_INV, charset="iso-8859-1", ics=T1_ICS),
    spec(kind="interview_reschedule_or_cancel", mid="pisuerga_move", lang="es",
         company="Seguros Pisuerga", contact=LUCIA[1], frm=LUCIA, parent="pisuerga_inv",
         subject="RE: Entrevista Técnico/a de Selección - Seguros Pisuerga (cambio de hora)",
         subject_enc=("q", "utf-8"), date="2026-02-16 17:05 +0100", text=T1_MOVE,
         ics={**T1_ICS, "seq": 1, "stamp": "20260216T160500Z", "start": "20260220T120000",
              "end": "20260220T124500"}),
    spec(kind="other", mid="pisuerga_thanks", lang="es", company="", contact="", frm=ME_SHORT,
         to=[LUCIA], parent="pisuerga_move", date="2026-02-20 14:12 +0100",
         subject="Re: RE: Entrevista Técnico/a de Selección - Seguros Pisuerga (cambio de hora)",
         text=T1_THANKS, cte="8bit"),
    spec(kind="interview_invitation", mid="pisuerga_inv2", lang="es", company="Seguros Pisuerga",
         contact=LUCIA[1], frm=LUCIA, parent="pisuerga_thanks", date="2026-02-24 11:30 +0100",
         subject="Segunda entrevista - Técnico/a de Selección y Desarrollo", text=T1_INV2),
    spec(kind="offer", mid="pisuerga_offer", lang="es", company="Seguros Pisuerga",
         contact=LUCIA[1], frm=LUCIA, cc=[("Marta Esgueva", "marta.esgueva@segurospisuerga.example.es")],
         date="2026-03-10 10:05 +0100", subject="Carta de oferta - Seguros Pisuerga",
         subject_enc=("b", "utf-8"), text=T1_OFFER, charset="windows-1252",
         attach=[("Carta_oferta_Berrocal_Quintana.pdf",
                  ["Seguros Pisuerga - Carta de oferta", "Valladolid, 10 de marzo de 2026",
                   "Puesto: Tecnica de Seleccion y Desarrollo", "Salario: 31.500 EUR brutos/año",
                   "Incorporacion: 6 de abril de 2026"])]),
    spec(kind="offer", mid="pisuerga_contract", lang="es", company="Seguros Pisuerga",
         contact=LUCIA[1], frm=LUCIA, parent="own_accept_pisuerga", date="2026-03-12 13:20 +0100",
         subject="Contrato para firma - Inmaculada Berrocal", text=T1_CONTRACT,
         attach=[("Contrato_indefinido_IBQ.pdf",
                  ["CONTRATO DE TRABAJO INDEFINIDO", "Empresa: Seguros Pisuerga",
                   "Trabajadora: Inmaculada Berrocal Quintana", "Firma: ____________"])]),
    # T2 Nubeluz
    spec(kind="application_received", mid="nubeluz_ack", lang="es", company="Nubeluz Software",
         contact="", frm=("Nubeluz Software", "no-reply@greenhouse-mail.io"),
         subject="Gracias por tu candidatura a Nubeluz Software", date="2026-04-06 15:22 +0000",
         html=T2_ACK_HTML),
    spec(kind="interview_invitation", mid="nubeluz_inv", lang="es", company="Nubeluz Software",
         contact=ALVARO[1], frm=("Álvaro Pineda via Greenhouse", "no-reply@greenhouse-mail.io"),
         reply_to=ALVARO, subject="Nubeluz: ¿hablamos? Elige hueco para tu entrevista",
         subject_enc=("b", "utf-8"), date="2026-04-14 09:02 +0000", text=T2_INV,
         html=html_paras(T2_INV)),
    spec(kind="interview_reschedule_or_cancel", mid="nubeluz_cancel", lang="es",
         company="Nubeluz Software", contact="",
         frm=("Nubeluz Software", "no-reply@greenhouse-mail.io"),
         subject="Entrevista cancelada: Conversación con Álvaro Pineda",
         date="2026-04-20 07:15 +0000", text=T2_CANCEL, ics=T2_ICS),
    spec(kind="offer", mid="nubeluz_offer", lang="es", company="Nubeluz Software",
         contact=ALVARO[1], frm=ALVARO, date="2026-05-08 18:40 +0200",
         subject="¡Queremos que te unas a Nubeluz! 🎉", html=T2_OFFER_HTML, cte="base64"),
    # T3 Motores Duero
    spec(kind="application_received", mid="duero_ack", lang="es", company="Motores Duero",
         contact=RAQUEL[1], frm=RAQUEL, subject="Tu candidatura - Técnico/a RRHH planta Valladolid",
         date="2026-01-19 12:03 +0100", text=T3_ACK, charset="iso-8859-1", cte="8bit"),
    spec(kind="interview_invitation", mid="duero_inv", lang="es", company="Motores Duero",
         contact=RAQUEL[1], frm=RAQUEL, parent="duero_ack",
         subject="Citación entrevista - Técnico/a RRHH", date="2026-01-28 12:20 +0100",
         text=T3_INV, charset="iso-8859-1", cte="8bit"),
    spec(kind="missed_interview_notice", mid="duero_missed", lang="es", company="Motores Duero",
         contact=RAQUEL[1], frm=RAQUEL, parent="duero_inv",
         subject="RE: Citación entrevista - Técnico/a RRHH", date="2026-02-03 13:02 +0100",
         text=T3_MISSED, charset="iso-8859-1"),
    spec(kind="other", mid="duero_sorry", lang="es", company="", contact="", frm=ME,
         to=[RAQUEL], parent="duero_missed", date="2026-02-03 19:47 +0100",
         subject="Re: RE: Citación entrevista - Técnico/a RRHH", text=T3_SORRY),
    spec(kind="rejection", mid="duero_rej", lang="es", company="Motores Duero",
         contact=RAQUEL[1], frm=RAQUEL, parent="duero_sorry",
         subject="RE: Re: RE: Citación entrevista - Técnico/a RRHH",
         date="2026-02-05 09:15 +0100", text=T3_REJ, charset="iso-8859-1"),
    # T4 Isarwerk
    spec(kind="application_received", mid="isarwerk_ack", lang="de",
         company="Isarwerk Fahrzeugtechnik",
         contact="", frm=("Isarwerk Fahrzeugtechnik GmbH", "isarwerk@softgarden.io"),
         subject="Ihre Bewerbung als HR Generalist (m/w/d) - Eingangsbestätigung",
         date="2026-05-04 08:00 +0200", text=T4_ACK, html=html_paras(T4_ACK)),
    spec(kind="interview_invitation", mid="isarwerk_inv", lang="de",
         company="Isarwerk Fahrzeugtechnik", contact=JANA[1], frm=JANA,
         subject="Einladung zum Videointerview - HR Generalist (m/w/d)",
         subject_enc=("q", "iso-8859-1"), date="2026-05-12 10:14 +0200", text=T4_INV,
         ics=t4_ics(0, "20260519T140000", "20260519T144500", "20260512T081400Z")),
    spec(kind="interview_reschedule_or_cancel", mid="isarwerk_move", lang="de",
         company="Isarwerk Fahrzeugtechnik", contact=JANA[1], frm=JANA, parent="isarwerk_inv",
         subject="AW: Einladung zum Videointerview - Terminverschiebung",
         date="2026-05-15 16:40 +0200", text=T4_MOVE, charset="iso-8859-1",
         ics=t4_ics(1, "20260521T093000", "20260521T101500", "20260515T144000Z")),
    spec(kind="rejection", mid="isarwerk_rej", lang="de", company="Isarwerk Fahrzeugtechnik",
         contact=JANA[1], frm=JANA, parent="isarwerk_move",
         subject="Ihre Bewerbung bei der Isarwerk Fahrzeugtechnik GmbH",
         subject_enc=("b", "iso-8859-1"), date="2026-06-02 11:25 +0200", text=T4_REJ,
         cte="base64"),
    # T5 Occitélia
    spec(kind="application_received", mid="occitelia_ack", lang="fr", company="Occitélia",
         contact="", frm=("Occitélia", "mail@smartrecruiters.com"),
         subject="Occitélia - Nous avons bien reçu votre candidature",
         subject_enc=("q", "utf-8"), date="2026-06-08 12:31 +0000", text=T5_ACK,
         html=html_paras(T5_ACK, "Occitélia", "Propulsé par SmartRecruiters")),
    spec(kind="interview_invitation", mid="occitelia_inv", lang="fr", company="Occitélia",
         contact=CAMILLE[1], frm=CAMILLE,
         subject="Invitation à un entretien - Chargée de recrutement (H/F)",
         date="2026-06-15 11:02 +0200", text=T5_INV, charset="windows-1252"),
    spec(kind="interview_reschedule_or_cancel", mid="occitelia_cancel", lang="fr",
         company="Occitélia", contact=CAMILLE[1], frm=CAMILLE, parent="occitelia_inv",
         subject="Annulé : Entretien - Chargée de recrutement", subject_enc=("b", "utf-8"),
         date="2026-06-17 10:12 +0200", text=T5_CANCEL, ics=T5_ICS),
    spec(kind="rejection", mid="occitelia_rej", lang="fr", company="Occitélia",
         contact=CAMILLE[1], frm=CAMILLE, parent="occitelia_cancel",
         subject="Re: Annulé : Entretien - Chargée de recrutement",
         date="2026-06-29 17:55 +0200", text=T5_REJ, charset="iso-8859-1", cte="8bit"),
    # T6 Leith Loop
    spec(kind="application_received", mid="leith_ack", lang="en", company="Leith Loop",
         contact="", frm=("Leith Loop", "no-reply@ashbyhq.com"),
         subject="Thanks for applying to Leith Loop", date="2026-07-06 09:47 +0100",
         text=T6_ACK, html=html_paras(T6_ACK, "Leith Loop")),
    spec(kind="interview_invitation", mid="leith_inv", lang="en", company="Leith Loop",
         contact=FIONA[1], frm=("Fiona MacRae from Leith Loop", "no-reply@ashbyhq.com"),
         reply_to=FIONA, subject="Leith Loop - let's chat", date="2026-07-13 11:26 +0100",
         text=T6_INV),
    spec(kind="other", mid="leith_own", lang="en", company="", contact="", frm=ME_SHORT,
         to=[FIONA], parent="leith_inv", subject="Re: Leith Loop - let's chat",
         date="2026-07-15 09:02 +0200", text=T6_OWN),
    spec(kind="interview_reschedule_or_cancel", mid="leith_move", lang="en",
         company="Leith Loop", contact=FIONA[1], frm=FIONA, parent="leith_own",
         subject="RE: Leith Loop - let's chat", date="2026-07-15 10:31 +0100", text=T6_MOVE,
         charset="windows-1252", cte="quoted-printable"),
    spec(kind="rejection", mid="leith_rej", lang="en", company="Leith Loop", contact=FIONA[1],
         frm=FIONA, subject="Your application at Leith Loop", date="2026-08-04 16:10 +0100",
         text=T6_REJ, html=html_paras(T6_REJ)),
    # T7 Quesería Arlanza
    spec(kind="application_received", mid="arlanza_ack", lang="es", company="Quesería Arlanza",
         contact=MERCHE[1], frm=MERCHE, subject="Recibido tu CV", date="2026-03-02 16:48 +0100",
         text=T7_ACK, charset="windows-1252", cte="8bit"),
    spec(kind="interview_invitation", mid="arlanza_inv", lang="es", company="Quesería Arlanza",
         contact=MERCHE[1], frm=MERCHE, parent="arlanza_ack",
         subject="Re: Recibido tu CV - prueba y entrevista el jueves 19",
         date="2026-03-10 13:07 +0100", text=T7_INV, charset="windows-1252"),
    spec(kind="rejection", mid="arlanza_rej", lang="es", company="Quesería Arlanza",
         contact=MERCHE[1], frm=MERCHE, subject="Proceso Administrativa RRHH",
         date="2026-03-26 10:44 +0100", text=T7_REJ, charset="windows-1252", cte="8bit"),
    # T8 Talento Castellano for Grupo Hospitalario Clavería
    spec(kind="interview_invitation", mid="claveria_inv", lang="es",
         company="Grupo Hospitalario Clavería", contact=BEA[1], frm=BEA,
         subject="Proceso Técnico/a RRHH - Grupo Hospitalario Clavería (Salamanca)",
         subject_enc=("q", "iso-8859-1"), date="2026-04-20 10:03 +0200", text=T8_INV),
    spec(kind="rejection", mid="claveria_rej", lang="es", company="Grupo Hospitalario Clavería",
         contact=BEA[1], frm=BEA, parent="claveria_inv",
         subject="RE: Proceso Técnico/a RRHH - Grupo Hospitalario Clavería (Salamanca)",
         date="2026-05-12 12:48 +0200", text=T8_REJ, html=html_paras(T8_REJ)),
]
