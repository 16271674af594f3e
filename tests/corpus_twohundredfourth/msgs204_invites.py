"""Corpus 204: interview invitations, reschedules/cancellations and missed-interview notices.

Hand-written specs (one dict per message); the generator turns them into MIME.
"""

from __future__ import annotations

from msgs204_common import (CAND, ats_card, outlook_html, outlook_reply, reply, simple_html)

GH = "no-reply@us.greenhouse-mail.io"
AUTO = ("Auto-Submitted", "auto-generated")

# ------------------------------------------------------------------ people (invented)
MARIANA = ("Mariana Ochoa", "mariana.ochoa@nubaria.example.mx")
DANA = ("Dana Whitfield", "dana.whitfield@brightloop.example.com")
PAOLA = ("Paola Reséndiz", "paola.resendiz@tianguisdigital.example.mx")
LUCIA = ("Lucía Barragán", "lucia.barragan@riaazul.example.mx")
DANIELA = ("Daniela Cuevas", "daniela.cuevas@kioskocloud.example.mx")
JANA = ("Jana Köhler", "jana.koehler@wolkenwerk.example.de")
EMILIE = ("Émilie Tremblay-Gagnon", "emilie.tremblay@boreal.example.ca")
REBECA = ("Rebeca Garza", "rebeca.garza@talentonorte.example.mx")
SANTIAGO = ("Santiago Villaseñor", "svillasenor@cumbrete.example.mx")
RAMIRO = ("Ramiro Treviño", "ramiro.trevino@contactamas.example.mx")
JORGE = ("Jorge Padilla", "jorge.padilla@flotilla.example.mx")
VALENTINA = ("Valentina Rozo", "valentina.rozo@cafetal.example.co")
ANDRES = ("Andrés Felipe Cárdenas", "andres.cardenas@llamalia.example.co")
NEREA = ("Nerea Olabarria", "nerea.olabarria@ventanilla.example.es")
FERNANDA = ("Fernanda Loza", "fernanda.loza@auroracx.example.mx")
GERARDO = ("Gerardo Anaya", "gerardo.anaya@meridiano.example.mx")
ITZEL = ("Itzel Camacho", "itzel.camacho@ghtonala.example.mx")
PRIYA = ("Priya Raman", "priya.raman@maplewise.example.ca")
CARLA = ("Carla Benavides", "carla.benavides@lonestarlodging.example.com")
TASHA = ("Tasha Monroe", "tasha.monroe@riverbendstaffing.example.com")
BIANCA = ("Bianca Ferreira", "bianca.ferreira@northcall.example.ca")
MARCUS = ("Marcus Lee", "marcus.lee@pecanpayments.example.com")
OWEN = ("Owen MacLeod", "owen.macleod@harbourfront.example.ca")
BEN = ("Ben Okafor", "ben.okafor@quillstack.example.com")
GENEVIEVE = ("Geneviève Lapointe", "genevieve.lapointe@alize-recrutement.example.ca")
NATHALIE = ("Nathalie Bergeron", "nathalie.bergeron@banqueduplateau.example.ca")
MURAT = ("Murat Aydın", "murat.aydin@callwerk.example.de")
FRIEDERIKE = ("Friederike Brandt", "f.brandt@hellweg-personal.example.de")
KAI = ("Kai Lindqvist", "kai.lindqvist@spreebank.example.de")


def who(p: tuple[str, str]) -> str:
    return f"{p[0]} <{p[1]}>"


CAND_WHO = who(CAND)

# ------------------------------------------------------------ texts quoted by later messages

NUB_INV1 = """\
Hola Rodrigo:

Soy Mariana Ochoa, del equipo de Talento de Nubaria. Revisamos tu postulación para
Customer Success Associate (Guadalajara, esquema híbrido) y nos encantaría conocerte en
una llamada inicial de unos 30 minutos.

En la llamada platicaremos de tu experiencia atendiendo comensales, de cómo resuelves
situaciones complicadas con un cliente molesto y de lo que buscas en tu siguiente paso.
No tienes que preparar nada técnico.

Escoge el horario que mejor te acomode aquí:
https://app.greenhouse.io/scheduler/nubaria/8a41c0e2-c6

Si ninguno de los horarios te funciona, contesta este correo y buscamos otra opción.

Saludos,
Mariana Ochoa
Talent Partner | Nubaria
Av. Chapultepec Sur 480, piso 6, Col. Americana, Guadalajara, Jal.
+52 33 3615 0482
"""

# The candidate's confirmation (sent mail; it is in msgs204_other and quoted by the move).
NUB_ACC = """\
Hola Mariana:

Muchas gracias por la invitación. Ya elegí en el enlace el jueves 22 de enero a las
12:00. Solo una duda: ¿la llamada será por teléfono o por Google Meet? Mi celular es
+52 33 1846 2290.

Saludos cordiales,
Rodrigo Abernethy-Quispe
"""

RA_INV = """\
Buen día, Rodrigo:

Gracias por tu interés en Hoteles Ría Azul. Tu perfil nos pareció muy interesante para la
vacante de Coordinador(a) de Experiencia del Huésped en nuestras oficinas corporativas de
la Ciudad de México, así que me gustaría agendar contigo una entrevista por Microsoft Teams.

Fecha: jueves 7 de mayo de 2026
Hora: 11:00 a 11:45 (hora del centro de México)
Enlace: https://teams.microsoft.com/l/meetup-join/19%3ameeting_RiaAzul7may/0

Estarán conmigo la gerente de Experiencia del Huésped, Mtra. Silvia Ordaz, y una persona
de Operaciones. Te pedimos conectarte cinco minutos antes para probar audio y cámara.

Por favor confírmame tu asistencia respondiendo a este correo.
"""

RA_SIG = """\
Lucía Barragán Ortiz
Atracción de Talento Corporativo
Hoteles Ría Azul
Paseo de la Reforma 2620, piso 11, Lomas Altas, 11950 Ciudad de México
Tel. +52 55 5081 3300 ext. 4127"""

RA_DISCLAIMER = """\
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso
exclusivo de su destinatario. Si usted lo recibió por error, notifique al remitente y
elimínelo. Consulte nuestro aviso de privacidad en https://riaazul.example.mx/privacidad"""

RA_MISSED = """\
Hola Rodrigo:

Hoy a las 11:00 te esperamos en la reunión de Teams para tu entrevista. Silvia y yo nos
quedamos conectadas hasta las 11:20 y no vimos que entraras; también te escribí al
celular sin respuesta.

Entiendo que pueden pasar imprevistos. Si sigues interesado en la vacante, escríbeme hoy o
mañana y vemos si hay forma de encontrar otro espacio.

Saludos,
Lucía
"""

# The candidate's apology (sent mail, in msgs204_other), quoted by the new slot.
RA_SORRY = """\
Hola Lucía:

Te ofrezco una disculpa. Desde las 10:30 se cayó el internet en toda mi colonia y mi
celular se quedó sin datos, así que no pude entrar a Teams ni contestarte. Me apena mucho
porque tenía muchas ganas de platicar con ustedes.

Sigo muy interesado en la vacante. Si fuera posible reprogramar, tengo disponibilidad
cualquier tarde de la próxima semana.

Quedo atento,
Rodrigo Abernethy-Quispe
+52 33 1846 2290
"""

FL_INV = """\
Qué onda Rodrigo,

Soy Jorge, líder de Customer Success en Flotilla. Me pasó tu CV Ana de Talento y me
late mucho tu historia: diez años lidiando con mesas llenas es mejor escuela que muchos
cursos.

¿Tienes chance el jueves para platicar un rato? Algo tranquilo, 30-40 minutos por Meet,
para contarte qué hacemos con los transportistas y que me cuentes de ti. Yo puedo a las
11 o a las 5 de la tarde.

Saludos,
Jorge Padilla
Head of Customer Success · Flotilla
+52 33 2004 7761
"""

# The candidate's request to move (sent mail, in msgs204_other), quoted by Jorge's answer.
FL_REQ = """\
Hola Jorge,

Muchas gracias por escribirme, me da mucho gusto. El jueves tengo turno doble en el
restaurante y no me dejan cambiarlo con tan poco tiempo. ¿Podríamos movernos al viernes?
Tengo libre todo el día.

Saludos,
Rodrigo
"""

AZ_INV = """\
Bonjour Rodrigo,

Comme discuté au téléphone, j'ai présenté votre candidature à notre client Télépro Laval
pour le poste de superviseur d'équipe bilingue (service à la clientèle, télétravail
possible). Bonne nouvelle : ils souhaitent vous rencontrer !

Mardi 1er septembre, 10 h (heure de Montréal)
Par Zoom : https://telepro-laval.zoom.example.ca/j/44019283
Avec : Mme Chantal Girard, directrice des opérations

Prévoyez environ 45 minutes. Chantal posera surtout des questions de mises en situation
(gestion d'un client mécontent, motivation d'une équipe).

Merci de me confirmer votre présence. Je vous appelle lundi pour vous préparer.

Geneviève Lapointe
Conseillère en recrutement
Recrutement Alizé
4200, rue Saint-Laurent, bureau 310, Montréal (Québec) H2W 2R2
514 555-0111
"""

WW_INV = """\
Hallo Rodrigo,

vielen Dank für Ihre Bewerbung und das ausführliche Anschreiben – Ihre Geschichte vom
Restaurant in Guadalajara zum Customer Success hat uns neugierig gemacht.

Wir möchten Sie gern zu einem ersten Gespräch per Video einladen:

Dienstag, 14. Juli 2026, 17:00–18:00 Uhr (Berlin) – 9:00 Uhr in Guadalajara
Google Meet: https://meet.google.com/wwk-csm-rqa
Teilnehmende: Jana Köhler (People) und Lukas Brenner (Team Lead Customer Success)

Das Gespräch führen wir auf Englisch; ein paar Minuten würden wir gern auf Spanisch
sprechen, da Sie unsere Kunden in Spanien und Lateinamerika betreuen würden.

Bitte nehmen Sie die Kalendereinladung an, wenn der Termin passt.

Viele Grüße
Jana Köhler
People & Culture | Wolkenwerk
Schlesische Straße 26, 10997 Berlin
"""

RA_MISSED_FULL = outlook_reply("es", RA_MISSED, "Lucía Barragán <lucia.barragan@riaazul.example.mx>",
                               "2026-05-04 10:30 -0600", CAND_WHO,
                               "Entrevista – Coordinador(a) de Experiencia del Huésped", RA_INV)

MESSAGES: list[dict] = []

# ============================================================== interview_invitation (26)

MESSAGES += [
    dict(
        kind="interview_invitation", slug="nubaria_phone_screen_greenhouse", key="nub_inv1",
        lang="es", company="Nubaria", contact=MARIANA[1],
        frm=("Mariana Ochoa via Greenhouse", GH), reply_to=MARIANA,
        subject="Nubaria | Llamada inicial – Customer Success Associate",
        date="2026-01-20 11:40 -0600",
        text=NUB_INV1,
        html=ats_card("es", "Nubaria", "#5b3cc4", NUB_INV1,
                      footer="Enviado a través de Greenhouse en nombre de Nubaria.",
                      button=("Elegir horario",
                              "https://app.greenhouse.io/scheduler/nubaria/8a41c0e2-c6")),
        headers=[("X-Mailer", "Greenhouse Mailer")],
    ),
    dict(
        kind="interview_invitation", slug="nubaria_panel_calendar", key="nub_panel",
        lang="es", company="Nubaria", contact=MARIANA[1],
        frm=MARIANA, cc=[("Iván Larios", "ivan.larios@nubaria.example.mx")],
        subject="Invitación: Entrevista con panel – Nubaria / Rodrigo Abernethy-Quispe "
                "@ mar 3 feb 2026 10:00 - 11:00 (CST)",
        date="2026-01-29 16:10 -0600",
        text="""\
Hola Rodrigo:

Qué gusto que la llamada del viernes haya salido tan bien; Iván quedó con muy buena
impresión. Como te adelanté, la siguiente etapa es una entrevista con panel, presencial
en nuestras oficinas.

Cuándo: martes 3 de febrero de 2026, 10:00 a 11:00 (hora de Guadalajara)
Dónde: Av. Chapultepec Sur 480, piso 6 (pregunta en recepción por Talento)
Con quién: Iván Larios (Head of Customer Success), Sofía Medrano (Onboarding) y yo

Te vamos a pedir que nos cuentes un caso real en el que hayas convertido a un cliente
molesto en un cliente fiel, y haremos un pequeño juego de roles de una llamada de
seguimiento. Acepta la invitación del calendario para que te quede apartado el lugar.

Saludos,
Mariana

--
Invitación de Google Calendar
Entrevista con panel – Nubaria / Rodrigo Abernethy-Quispe
mar 3 feb 2026 10:00 – 11:00 (CST)
Organizador: mariana.ochoa@nubaria.example.mx
Invitados: rodrigo.aq@example.mx, ivan.larios@nubaria.example.mx,
sofia.medrano@nubaria.example.mx
¿Asistirás? Sí - Quizás - No   https://calendar.google.com/calendar/event?action=RESPOND
""",
        ics=dict(method="REQUEST", uid="7c1f0e5a-nub-panel@google.com", sequence=0,
                 start="2026-02-03 10:00 -0600", minutes=60,
                 summary="Entrevista con panel – Nubaria / Rodrigo Abernethy-Quispe",
                 location="Av. Chapultepec Sur 480, piso 6, Guadalajara",
                 organizer=MARIANA,
                 attendees=[CAND, ("Iván Larios", "ivan.larios@nubaria.example.mx"),
                            ("Sofía Medrano", "sofia.medrano@nubaria.example.mx")],
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
        ics_attach="invite.ics",
        subj_enc="B",
    ),
    dict(
        kind="interview_invitation", slug="tianguis_ashby_schedule", key="td_inv",
        lang="es", company="Tianguis Digital", contact=PAOLA[1],
        frm=("Tianguis Digital", "no-reply@ashbyhq.com"), reply_to=PAOLA,
        subject="Agenda tu entrevista con Tianguis Digital",
        date="2026-04-06 12:00 -0600",
        text="""\
Hola Rodrigo,

¡Gracias por postularte a Especialista de Éxito del Cliente en Tianguis Digital!

Queremos avanzar contigo a una primera entrevista de 45 minutos con Héctor Zamudio,
nuestro líder de Atención a Vendedores. Será por videollamada.

Reserva el espacio que prefieras (los horarios se muestran en tu zona horaria):
https://jobs.ashbyhq.com/tianguisdigital/interview/schedule/3f9e2b71

Si tienes cualquier duda, responde a este correo y le llegará a Paola Reséndiz, tu
contacto en el proceso.

Equipo de Talento de Tianguis Digital
""",
        html=ats_card("es", "Tianguis Digital", "#e4572e", """\
Hola Rodrigo,

¡Gracias por postularte a Especialista de Éxito del Cliente en Tianguis Digital!

Queremos avanzar contigo a una primera entrevista de 45 minutos con Héctor Zamudio,
nuestro líder de Atención a Vendedores. Será por videollamada.

Si tienes cualquier duda, responde a este correo y le llegará a Paola Reséndiz, tu
contacto en el proceso.

Equipo de Talento de Tianguis Digital""",
            footer="Powered by Ashby",
            button=("Reservar horario",
                    "https://jobs.ashbyhq.com/tianguisdigital/interview/schedule/3f9e2b71")),
        cte="base64", headers=[AUTO],
    ),
    dict(
        kind="interview_invitation", slug="tianguis_case_round", key="td_inv2",
        lang="es", company="Tianguis Digital", contact=PAOLA[1],
        frm=PAOLA, parent="td_cancel",
        subject="Segunda etapa: caso práctico con el equipo de Vendedores",
        date="2026-04-16 10:10 -0600",
        text="""\
Hola Rodrigo:

¡Buenas noticias! Héctor quedó muy contento con la conversación del martes (y de nuevo,
gracias por tu paciencia con el cambio de fecha). Nos gustaría invitarte a la segunda
etapa del proceso.

Se trata de un caso práctico: te enviaremos 24 horas antes los datos de un vendedor
ficticio que está por cancelar su suscripción, y en la sesión nos presentarás en 20
minutos cómo lo recuperarías. Después platicamos 25 minutos con Héctor y con Regina, de
Producto.

Te mando la invitación de calendario para el jueves 23 de abril de 13:00 a 14:00.
Aceptarla basta como confirmación.

Un saludo,
Paola Reséndiz
Talent Acquisition · Tianguis Digital
Insurgentes Sur 1458, piso 3, Actipan, CDMX
""",
        ics=dict(method="REQUEST", uid="td-caso-20260423@tianguisdigital.example.mx",
                 start="2026-04-23 13:00 -0600", minutes=60,
                 summary="Tianguis Digital – Caso práctico (Rodrigo Abernethy-Quispe)",
                 location="https://meet.google.com/tgd-caso-rqa", organizer=PAOLA,
                 attendees=[CAND, ("Héctor Zamudio", "hector.zamudio@tianguisdigital.example.mx")]),
        subj_enc="Q", subj_cs="iso-8859-1",
    ),
    dict(
        kind="interview_invitation", slug="riaazul_teams_outlook", key="ra_inv",
        lang="es", company="Hoteles Ría Azul", contact=LUCIA[1],
        frm=(LUCIA[0], LUCIA[1], "iso-8859-1", "Q"),
        subject="Entrevista – Coordinador(a) de Experiencia del Huésped",
        date="2026-05-04 10:30 -0600",
        text=f"{RA_INV}\nSaludos cordiales,\n\n{RA_SIG}\n\n{RA_DISCLAIMER}\n",
        html=outlook_html(RA_INV + "\nSaludos cordiales,", "es", RA_SIG, RA_DISCLAIMER),
        charset="windows-1252", cte="8bit", html_cte="quoted-printable",
        subj_enc="Q", subj_cs="windows-1252",
        headers=[("X-MS-Has-Attach", ""), ("Thread-Topic",
                                             "Entrevista - Coordinador(a) de Experiencia")],
    ),
    dict(
        kind="interview_invitation", slug="kiosko_trial_day", key="kc_trial",
        lang="es", company="Kiosko Cloud", contact=DANIELA[1],
        frm=DANIELA,
        subject="Te invitamos a un día de prueba con nosotros 🍽️",
        date="2026-06-08 13:20 -0600",
        text="""\
¡Hola, Rodrigo!

Muchas gracias por tu postulación a Onboarding Specialist para restaurantes. Tu
experiencia en piso es justo lo que buscamos: nuestros clientes son taqueros, fonderos y
cafeterías, y necesitamos gente que hable su idioma.

En lugar de una entrevista tradicional, queremos invitarte a un día de prueba pagado:

- Jueves 11 de junio, de 9:00 a 15:00
- Empezamos en La Tostadería (Av. México 2790, Guadalajara), un restaurante que usa
  Kiosko desde hace un año; después comemos juntos y terminamos en nuestra oficina.
- Vas a acompañar a Tomás Arreola en una instalación real y a capacitar a dos meseros.

Te pagamos el día completo y los traslados. Lleva ropa cómoda y tu laptop si tienes una.

¿Nos confirmas si puedes ese día?

Daniela Cuevas
Talento & Cultura | Kiosko Cloud
+52 33 3121 6644
""",
        cte="8bit",
    ),
    dict(
        kind="interview_invitation", slug="talentonorte_client_interview", key="tn_inv",
        lang="es", company="Fintecha Regia", contact=REBECA[1],
        frm=("Rebeca Garza | Talento Norte", REBECA[1]),
        cc=[("Mauricio Leal", "mauricio.leal@talentonorte.example.mx")],
        parent="tn_reg",
        subject="Entrevista con Fintecha Regia – lunes 23 de febrero",
        date="2026-02-18 17:10 -0600",
        text=outlook_reply("es", """\
Hola Rodrigo, ¡buenas tardes!

Te tengo excelentes noticias: Fintecha Regia revisó tu perfil y quiere entrevistarte para
la posición de Ejecutivo de Customer Success (Monterrey, con opción a trabajo remoto desde
Guadalajara). Abajo te reenvío la respuesta de Alberto Sada, su gerente de Experiencia al
Cliente.

Detalles:
- Lunes 23 de febrero, 9:00 a. m. (hora de Monterrey, la misma que en Guadalajara)
- Por Zoom: https://fintecharegia.zoom.example.mx/j/86120394
- Duración aproximada: 1 hora
- Entrevista con Alberto Sada y con alguien de Operaciones

Consejo: Alberto valora mucho los ejemplos concretos con números (tiempos de respuesta,
propinas, quejas resueltas). Prepárate dos o tres historias.

¿Me confirmas de enterado? Cualquier cosa, estoy al pendiente por aquí o por WhatsApp.

Rebeca Garza
Consultora Sr. de Reclutamiento
Talento Norte · Av. Lázaro Cárdenas 2400, Torre B piso 9, San Pedro Garza García, N.L.
Cel. +52 81 1932 5508""",
            "Alberto Sada <alberto.sada@fintecharegia.example.mx>", "2026-02-18 15:42 -0600",
            "Rebeca Garza <rebeca.garza@talentonorte.example.mx>",
            "RE: Candidato Customer Success – R. Abernethy-Quispe", """\
Rebeca, gracias. Me gustó el perfil de Rodrigo; el cambio de restaurante a SaaS no nos
asusta, al contrario. ¿Lo podemos ver el lunes 23 a las 9? Lo mando por Zoom.

Saludos,
Alberto Sada
Gerente de Experiencia al Cliente | Fintecha Regia""") + """
La información contenida en este correo es confidencial y está dirigida únicamente a su
destinatario. Talento Norte no solicita pagos a candidatos en ninguna etapa del proceso.
""",
    ),
    dict(
        kind="interview_invitation", slug="cumbre_unnamed_client", key="ct_inv",
        lang="es", company="Cumbre Talento Ejecutivo", contact=SANTIAGO[1],
        frm=("Santiago Villaseñor | Cumbre Talento Ejecutivo", SANTIAGO[1], "utf-8", "B"),
        parent="ct_cold",
        subject="Re: Oportunidad en Customer Success – siguiente paso",
        date="2026-04-15 18:05 -0600",
        text=reply("es", """\
Rodrigo, qué tal:

Gracias por tu respuesta y por mandarme tu CV tan rápido. Lo presenté ayer y a mi cliente
le interesó mucho: como te comenté, es una plataforma SaaS de logística con oficinas en
Santa Fe, y por confidencialidad todavía no puedo darte el nombre.

Quieren conocerte en entrevista con su directora de Customer Success:
- Martes 21 de abril, 17:00 h (CDMX)
- Por videollamada; te mando el enlace el lunes
- Formato: 45 minutos, conversación sobre tu trayectoria y un caso breve

Antes de esa sesión me gustaría hablar 15 minutos contigo para prepararte. ¿Te llamo el
viernes a mediodía?

Saludos,

Santiago Villaseñor
Socio | Cumbre Talento Ejecutivo
Paseo de los Tamarindos 90, Torre II piso 14, Bosques de las Lomas, CDMX
+52 55 4170 2283""", "2026-04-03 08:12 -0600", CAND[0], CAND[1], """\
Hola Santiago, gracias por pensar en mí. Me interesa mucho conocer más. Te adjunto mi CV.
Saludos, Rodrigo"""),
        name_enc="B",
    ),
    dict(
        kind="interview_invitation", slug="contactamas_assessment_centre", key="cm_ac",
        lang="es", company="ContactaMás", contact=RAMIRO[1],
        frm=(f"{RAMIRO[0]} (ContactaMás Reclutamiento)", RAMIRO[1]),
        subject="Invitación: Centro de Evaluación – Líder de Experiencia al Cliente bilingüe",
        date="2026-01-26 09:15 -0600",
        text="""\
Estimado Rodrigo:

Derivado de tu postulación, nos da gusto invitarte a nuestro Centro de Evaluación para la
posición de Líder de Experiencia al Cliente bilingüe (español-inglés).

Fecha: viernes 30 de enero de 2026
Horario: 9:00 a 13:00 h
Sede: ContactaMás Guadalajara, Av. Adolfo López Mateos Sur 1710, piso 2

La jornada incluye:
1. Prueba de inglés oral y escrita (45 min)
2. Simulación de llamadas con clientes (escucha, manejo de objeciones)
3. Dinámica grupal de solución de problemas
4. Entrevista individual con la gerencia de operación

Favor de presentarte con identificación oficial y 15 minutos de anticipación. Adjuntamos
la invitación de calendario; te agradeceremos aceptarla para confirmar tu lugar.

Atentamente,

Ing. Ramiro Treviño Salinas
Coordinador de Reclutamiento y Selección
ContactaMás Servicios de Contacto, S.A. de C.V.
Tel. +52 81 8152 0090 ext. 310
""",
        ics=dict(method="REQUEST", uid="cm-ac-20260130-gdl@contactamas.example.mx",
                 start="2026-01-30 09:00 -0600", minutes=240,
                 summary="Centro de Evaluación ContactaMás – Líder de Experiencia bilingüe",
                 location="Av. Adolfo López Mateos Sur 1710, piso 2, Guadalajara",
                 organizer=RAMIRO, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        ics_cte="quoted-printable", cte="base64",
    ),
    dict(
        kind="interview_invitation", slug="flotilla_casual_thursday", key="fl_inv",
        lang="es", company="Flotilla", contact=JORGE[1],
        frm=JORGE, subject="¿platicamos el jueves?",
        date="2026-02-24 09:48 -0600",
        text=FL_INV, cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="cafetal_recruitee_schedule", key="cf_inv",
        lang="es", company="Cafetal Systems", contact=VALENTINA[1],
        frm=("Valentina Rozo – Cafetal Systems", "cafetal@jobs.recruitee.com"),
        reply_to=VALENTINA,
        subject="Cafetal Systems: agenda tu entrevista para Customer Success Analyst",
        date="2026-05-11 08:30 -0500",
        text="""\
Cordial saludo, Rodrigo:

Te escribo de Cafetal Systems. Revisamos tu hoja de vida para el cargo de Customer
Success Analyst (Bogotá, modalidad híbrida) y queremos conocerte.

La entrevista es virtual, de 40 minutos, con nuestra Head of Customer Success, Carolina
Mejía. Puedes escoger el horario que te quede mejor desde este enlace:

https://cafetal.recruitee.com/o/customer-success-analyst/schedule/c7d1

Ten presente que los horarios están en hora de Colombia (una hora más que en Guadalajara).

Quedamos atentos,

Valentina Rozo
Analista de Talento Humano
Cafetal Systems
Calle 93B # 13-47, oficina 502, Bogotá
""",
        html=ats_card("es", "Cafetal Systems", "#6f4e37", """\
Cordial saludo, Rodrigo:

Te escribo de Cafetal Systems. Revisamos tu hoja de vida para el cargo de Customer
Success Analyst (Bogotá, modalidad híbrida) y queremos conocerte.

La entrevista es virtual, de 40 minutos, con nuestra Head of Customer Success, Carolina
Mejía. Ten presente que los horarios están en hora de Colombia.

Quedamos atentos,
Valentina Rozo
Analista de Talento Humano, Cafetal Systems""",
            footer="Este mensaje se envió con Recruitee.",
            button=("Escoger horario",
                    "https://cafetal.recruitee.com/o/customer-success-analyst/schedule/c7d1")),
    ),
    dict(
        kind="interview_invitation", slug="llamalia_phone_screen", key="ll_inv",
        lang="es", company="Llamalia", contact=ANDRES[1],
        frm=ANDRES,
        subject="Entrevista telefónica – Analista de Experiencia Bilingüe",
        date="2026-06-02 15:40 -0500",
        text="""\
Buenas tardes, Rodrigo.

Mi nombre es Andrés Felipe Cárdenas y hago parte del equipo de selección de Llamalia.
Nos llamó la atención tu perfil para la vacante de Analista de Experiencia Bilingüe, que
se puede trabajar de forma remota desde México.

Quisiera hacerte una entrevista telefónica corta (20 minutos) el jueves 4 de junio a las
10:00 a. m., hora de Colombia (9:00 a. m. en Guadalajara). Te llamaría al número que
aparece en tu hoja de vida, +52 33 1846 2290. Parte de la conversación será en inglés.

¿Me confirmas si te sirve? Si no, dime qué franja te queda mejor.

Muchas gracias,

Andrés Felipe Cárdenas
Analista de Selección | Llamalia
Cra. 7 # 71-21, Torre A, piso 8, Bogotá D.C.
PBX +57 601 742 1180
""",
        charset="iso-8859-1",
    ),
    dict(
        kind="interview_invitation", slug="ventanilla_teamtailor_video", key="vc_inv",
        lang="es", company="Ventanilla Cloud", contact=NEREA[1],
        frm=("Nerea Olabarria (Ventanilla Cloud)", "no-reply@teamtailor-mail.com"),
        reply_to=NEREA, parent="vc_ack",
        subject="Entrevista con Ventanilla Cloud – Customer Success (LatAm)",
        date="2026-04-08 12:25 +0200",
        text="""\
¡Hola, Rodrigo!

Soy Nerea, del equipo de personas de Ventanilla Cloud. Hemos leído tu candidatura para
Customer Success (LatAm) y nos ha gustado mucho tu trayectoria en hostelería.

Nos encantaría tener una primera videollamada contigo:

Martes 14 de abril, 17:00 (hora de Madrid) – 9:00 en Guadalajara
Google Meet: https://meet.google.com/vtl-cs-latam
Duración: 30 minutos

Hablaremos de lo que te ha traído hasta aquí y de cómo trabajamos con nuestros clientes
de ayuntamientos y gestorías. Si esa hora no te viene bien, contesta a este correo y lo
movemos.

¡Un abrazo y hasta pronto!
Nerea
""",
        html=ats_card("es", "Ventanilla Cloud", "#1f7a8c", """\
¡Hola, Rodrigo!

Soy Nerea, del equipo de personas de Ventanilla Cloud. Hemos leído tu candidatura para
Customer Success (LatAm) y nos ha gustado mucho tu trayectoria en hostelería.

Nos encantaría tener una primera videollamada contigo el martes 14 de abril a las 17:00
(hora de Madrid), 9:00 en Guadalajara, por Google Meet. Duración: 30 minutos.

Si esa hora no te viene bien, contesta a este correo y lo movemos.

¡Un abrazo y hasta pronto!
Nerea""", footer="Ventanilla Cloud · Calle de Alcalá 181, 28009 Madrid · Teamtailor",
            button=("Unirme con Google Meet", "https://meet.google.com/vtl-cs-latam")),
        cte="base64",
    ),
    dict(
        kind="interview_invitation", slug="auroracx_phone_screen", key="ac_inv",
        lang="es", company="Aurora CX", contact=FERNANDA[1],
        frm=FERNANDA, parent="ac_ack",
        subject="Aurora CX – llamada de preselección",
        date="2026-03-16 13:05 -0600",
        text="""\
Hola Rodrigo, ¿cómo estás?

Te contacto de Aurora CX por tu postulación a Agente Senior de Soporte Bilingüe
(cuenta de software). Me gustaría hacerte una llamada de preselección el miércoles 18
de marzo a las 12:00 del día; dura alrededor de 20 minutos y una parte será en inglés.

Te marco a tu celular. Si el horario no te queda, contéstame con otra opción esta misma
semana.

Saludos,
Fernanda Loza
Reclutamiento | Aurora CX
Av. Patria 1891, Zapopan, Jal. · Tel. 33 3880 4512
""",
    ),
    dict(
        kind="interview_invitation", slug="brightloop_greenhouse_schedule", key="bl_inv",
        lang="en", company="Brightloop", contact=DANA[1],
        frm=("Dana Whitfield via Greenhouse", GH), reply_to=DANA, parent="bl_ack",
        subject="Brightloop: let's set up your recruiter call",
        date="2026-03-09 10:22 -0500",
        text="""\
Hi Rodrigo,

Thanks so much for applying for the Customer Success Specialist (Spanish/English) role
at Brightloop. I'd love to set up a 30-minute call to learn more about your background
and tell you a bit about the team.

Please grab a time that works for you here:
https://app.greenhouse.io/scheduler/brightloop/5e02d8aa

All times are shown in your local time zone. The call will be on Zoom; the link will be
in the calendar invite you receive after booking.

Looking forward to talking!

Dana Whitfield
Senior Recruiter, Brightloop
""",
        html=ats_card("en", "Brightloop", "#0f766e", """\
Hi Rodrigo,

Thanks so much for applying for the Customer Success Specialist (Spanish/English) role
at Brightloop. I'd love to set up a 30-minute call to learn more about your background
and tell you a bit about the team.

All times are shown in your local time zone. The call will be on Zoom; the link will be
in the calendar invite you receive after booking.

Looking forward to talking!

Dana Whitfield
Senior Recruiter, Brightloop""", footer="Sent via Greenhouse",
            button=("Pick a time", "https://app.greenhouse.io/scheduler/brightloop/5e02d8aa")),
    ),
    dict(
        kind="interview_invitation", slug="maplewise_panel_calendar", key="mw_panel",
        lang="en", company="Maplewise Software", contact=PRIYA[1],
        frm=PRIYA, parent="mw_ack",
        subject="Invitation: Maplewise panel interview – Rodrigo Abernethy-Quispe "
                "@ Thu Jun 18, 2026 1pm - 2pm (EDT)",
        date="2026-06-15 11:00 -0400",
        text="""\
Hi Rodrigo,

Great news: the team enjoyed your screening call and we'd like to move you to the panel
interview for the Customer Success Associate, LATAM role.

Thursday, June 18, 1:00-2:00 pm Eastern (11:00 am-12:00 pm in Guadalajara)
Google Meet: https://meet.google.com/mpw-panel-rqa

You'll meet Aisha Kamara (Director, Customer Success), Luc Fortin (Support Lead) and me.
We'll spend half the time on a mock onboarding call with a restaurant-group customer,
so feel free to bring your own notes.

Please accept the calendar invite so I know the time works.

Best,
Priya Raman
Talent Partner | Maplewise Software
155 Queens Quay E, Toronto, ON
""",
        ics=dict(method="REQUEST", uid="mw-panel-0618-rqa@maplewise.example.ca",
                 start="2026-06-18 13:00 -0400", minutes=60,
                 summary="Maplewise panel interview – Rodrigo Abernethy-Quispe",
                 location="https://meet.google.com/mpw-panel-rqa", organizer=PRIYA,
                 attendees=[CAND, ("Aisha Kamara", "aisha.kamara@maplewise.example.ca"),
                            ("Luc Fortin", "luc.fortin@maplewise.example.ca")],
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
        html=None, ics_attach="invite.ics",
    ),
    dict(
        kind="interview_invitation", slug="lonestar_casual_chat", key="lsl_chat",
        lang="en", company="Lonestar Lodging Group", contact=CARLA[1],
        frm=CARLA, parent="lsl_ack",
        subject="Quick chat this week?",
        date="2026-04-21 15:12 -0500",
        text="""\
Hey Rodrigo,

Carla here from Lonestar Lodging. I'm hiring for our Guest Systems Support role (we
help our 14 hotels with the booking and point-of-sale software) and your mix of
restaurant floor experience and tech curiosity caught my eye.

Are you free Thursday to chat? I'm open 1-4 pm Central. Nothing formal, maybe 30
minutes on Teams, just to see if there's a fit.

Carla Benavides
Talent Acquisition Manager
Lonestar Lodging Group | 600 Congress Ave, Suite 1400, Austin, TX
(512) 555-0148
""",
        html=simple_html("""\
Hey Rodrigo,

Carla here from Lonestar Lodging. I'm hiring for our Guest Systems Support role (we
help our 14 hotels with the booking and point-of-sale software) and your mix of
restaurant floor experience and tech curiosity caught my eye.

Are you free Thursday to chat? I'm open 1-4 pm Central. Nothing formal, maybe 30
minutes on Teams, just to see if there's a fit.

Carla Benavides
Talent Acquisition Manager
Lonestar Lodging Group | 600 Congress Ave, Suite 1400, Austin, TX
(512) 555-0148""", "en"),
        cte="7bit", html_cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="riverbend_client_interview", key="rb_inv",
        lang="en", company="Alamo Ridge Software", contact=TASHA[1],
        frm=("Tasha Monroe | Riverbend Staffing", "talent@riverbendstaffing.example.com"),
        reply_to=TASHA, parent="rb_cold",
        subject="Interview confirmed with Alamo Ridge Software – Fri 7/31",
        date="2026-07-28 16:48 -0500",
        text="""\
Hi Rodrigo,

Good news! Alamo Ridge Software reviewed your profile and wants to meet you for the
Bilingual Customer Success Rep position (remote, supporting their Mexico accounts).

Here are the details:
  Date: Friday, July 31
  Time: 11:00 AM Central (10:00 AM Guadalajara)
  Format: video call on Microsoft Teams, link below
  Interviewers: Greg Novak (CS Manager) and Lupe Saenz (Team Lead)
  Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_AlamoRidge731/0

A few tips: they love hearing how you handle upset customers, and they'll probably ask
about a time you had to learn a new system quickly (the restaurant POS migration story
is perfect).

Call or text me after so I can share your feedback with them. Good luck!

Tasha Monroe
Senior Recruiter | Riverbend Staffing
2100 S IH-35, Suite 300, Austin, TX 78704
Direct: (512) 555-0173

Riverbend Staffing is an equal opportunity employer. We never charge candidates a fee.
""",
    ),
    dict(
        kind="interview_invitation", slug="northcall_phone_screen", key="nc_inv",
        lang="en", company="Northcall Solutions", contact=BIANCA[1],
        frm=BIANCA,
        subject="Phone screen – Bilingual Client Support Lead",
        date="2026-09-21 09:35 -0400",
        text="""\
Hello Rodrigo,

Thank you for your application to Northcall Solutions for the Bilingual Client Support
Lead position. I would like to schedule a phone screen with you.

Proposed time: Wednesday, September 23 at 10:00 AM Eastern (8:00 AM in Guadalajara)
Number I will call: +52 33 1846 2290

The call takes about 20 minutes. Please reply to confirm, or suggest another time
between Tuesday and Thursday.

Regards,

Bianca Ferreira
Recruitment Specialist
Northcall Solutions
5160 Yonge St, Suite 700, North York, ON M2N 6L9
T 416-555-0192
""",
    ),
    dict(
        kind="interview_invitation", slug="pecan_workable_video", key="pp_inv",
        lang="en", company="Pecan Payments", contact=MARCUS[1],
        frm=("Pecan Payments", "pecanpayments@workablemail.com"), reply_to=MARCUS,
        parent="pp_ack",
        subject="Interview invitation – Customer Success Associate (Spanish) at Pecan Payments",
        date="2026-05-19 13:50 -0500",
        text="""\
Hi Rodrigo,

We'd like to invite you to a video interview for the Customer Success Associate
(Spanish) position at Pecan Payments.

Interview: Friday, May 22, 2026, 10:00 AM - 10:45 AM (CDT)
With: Marcus Lee, Customer Success Manager
Where: Google Meet, https://meet.google.com/pcn-cs-522

Please confirm your attendance using the button below or by replying to this email.

Thanks,
Marcus Lee
Pecan Payments
""",
        html=ats_card("en", "Pecan Payments", "#8b5a2b", """\
Hi Rodrigo,

We'd like to invite you to a video interview for the Customer Success Associate
(Spanish) position at Pecan Payments.

Interview: Friday, May 22, 2026, 10:00 AM - 10:45 AM (CDT)
With: Marcus Lee, Customer Success Manager
Where: Google Meet

Thanks,
Marcus Lee
Pecan Payments""", footer="Sent with Workable",
            button=("Confirm attendance", "https://apply.workable.com/pecan-payments/i/9A2F1C")),
        headers=[AUTO],
    ),
    dict(
        kind="interview_invitation", slug="harbourfront_assessment_centre", key="hh_ac",
        lang="en", company="Harbourfront Hotels", contact=OWEN[1],
        frm=OWEN, parent="hh_apply",
        subject="RE: Application – Guest Technology Coordinator",
        date="2026-09-02 11:20 -0400",
        text=outlook_reply("en", """\
Dear Rodrigo,

Thank you for your application for the Guest Technology Coordinator position. We were
pleased to read about your restaurant experience and your interest in hotel technology.

We would like to invite you to our virtual assessment centre:

Date: Wednesday, September 9, 2026
Time: 9:30 AM to 12:30 PM (Toronto time)
Platform: Zoom (link to follow the day before)

The session includes a group exercise with other candidates, a written guest-complaint
response and a short one-to-one interview with our Director of Guest Experience.

Kindly confirm your participation by Friday.

Kind regards,

Owen MacLeod
People & Culture Advisor
Harbourfront Hotels
88 Harbour Street, Toronto, ON M5J 0C3
+1 416 555 0137""", "Rodrigo Abernethy-Quispe <rodrigo.aq@example.mx>",
            "2026-08-20 21:14 -0600", "Owen MacLeod <owen.macleod@harbourfront.example.ca>",
            "Application – Guest Technology Coordinator", """\
Dear Mr. MacLeod,

Please find attached my application for the Guest Technology Coordinator position.

Kind regards,
Rodrigo Abernethy-Quispe"""),
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="boreal_entrevue_telephonique", key="lb_inv",
        lang="fr", company="Logiciels Boréal", contact=EMILIE[1],
        frm=(EMILIE[0], EMILIE[1], "utf-8", "B"),
        subject="Entrevue téléphonique – Conseiller à la réussite client (hispanophone)",
        date="2026-08-03 10:12 -0400",
        text="""\
Bonjour Rodrigo,

Merci de l'intérêt que vous portez à Logiciels Boréal. Votre candidature au poste de
conseiller à la réussite client (marchés hispanophones) a retenu notre attention et
j'aimerais vous proposer une première entrevue téléphonique.

Jeudi 6 août, 10 h (heure de l'Est) – soit 8 h à Guadalajara
Durée : environ 30 minutes
Je vous appellerai au +52 33 1846 2290.

Nous échangerons en français et en espagnol. Pourriez-vous me confirmer que ce moment
vous convient ?

Au plaisir,

Émilie Tremblay-Gagnon
Conseillère principale, acquisition de talents
Logiciels Boréal
1250, boulevard Robert-Bourassa, bureau 900, Montréal (Québec) H3B 3B3
514 555-0164
""",
        html=simple_html("""\
Bonjour Rodrigo,

Merci de l'intérêt que vous portez à Logiciels Boréal. Votre candidature au poste de
conseiller à la réussite client (marchés hispanophones) a retenu notre attention et
j'aimerais vous proposer une première entrevue téléphonique.

Jeudi 6 août, 10 h (heure de l'Est) – soit 8 h à Guadalajara
Durée : environ 30 minutes
Je vous appellerai au +52 33 1846 2290.

Nous échangerons en français et en espagnol. Pourriez-vous me confirmer que ce moment
vous convient ?

Au plaisir,

Émilie Tremblay-Gagnon
Conseillère principale, acquisition de talents
Logiciels Boréal""", "fr"),
        subj_enc="B", subj_cs="utf-8", cte="base64",
    ),
    dict(
        kind="interview_invitation", slug="alize_client_telepro", key="az_inv",
        lang="fr", company="Télépro Laval", contact=GENEVIEVE[1],
        frm=(GENEVIEVE[0], GENEVIEVE[1], "iso-8859-1", "Q"), parent="az_reg",
        subject="Entrevue avec notre client Télépro Laval",
        date="2026-08-26 14:55 -0400",
        text=AZ_INV,
        charset="iso-8859-1", cte="quoted-printable", subj_enc="Q", subj_cs="iso-8859-1",
    ),
    dict(
        kind="interview_invitation", slug="wolkenwerk_kalender", key="ww_inv",
        lang="de", company="Wolkenwerk", contact=JANA[1],
        frm=(JANA[0], JANA[1], "iso-8859-1", "B"), parent="ww_ack",
        subject="Einladung zum Kennenlernen – Customer Success Manager (Spanish-speaking "
                "markets)",
        date="2026-07-08 10:14 +0200",
        text=WW_INV,
        ics=dict(method="REQUEST", uid="wwk-kennenlernen-rqa@wolkenwerk.example.de",
                 sequence=0, start="2026-07-14 17:00 +0200", minutes=60,
                 summary="Kennenlernen Wolkenwerk – Rodrigo Abernethy-Quispe",
                 location="https://meet.google.com/wwk-csm-rqa", organizer=JANA,
                 attendees=[CAND, ("Lukas Brenner", "lukas.brenner@wolkenwerk.example.de")]),
        ics_attach="einladung.ics", charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="callwerk_assessment_center", key="cw_ac",
        lang="de", company="Callwerk Service", contact=MURAT[1],
        frm=MURAT,
        subject="Einladung zum virtuellen Assessment-Center am 14. September",
        date="2026-09-07 09:05 +0200",
        text="""\
Sehr geehrter Herr Abernethy-Quispe,

vielen Dank für Ihr Interesse an der Position Teamleiter Kundenservice (Spanisch/Englisch)
bei der Callwerk Service GmbH. Nach Sichtung Ihrer Unterlagen laden wir Sie herzlich zu
unserem virtuellen Assessment-Center ein.

Termin: Montag, 14. September 2026, 16:00 bis 19:00 Uhr (MESZ)
Ort: Microsoft Teams (den Link erhalten Sie am Vortag)

Ablauf:
- Begrüßung und Vorstellung des Unternehmens
- Rollenspiel: Eskalationsgespräch mit einem spanischsprachigen Kunden
- Präsentation (10 Minuten): „Wie motiviere ich ein Team in der Spätschicht?"
- Einzelgespräch mit der Bereichsleitung

Bitte bestätigen Sie uns Ihre Teilnahme bis Donnerstag, 10. September.

Mit freundlichen Grüßen

Murat Aydın
Recruiting & Personalentwicklung
Callwerk Service GmbH
Storkower Straße 158, 10407 Berlin
Tel. +49 30 5557 2240

Callwerk Service GmbH · Sitz Berlin · Amtsgericht Charlottenburg HRB 187654 B
Geschäftsführung: Petra Sommerfeld
""",
        html=simple_html("""\
Sehr geehrter Herr Abernethy-Quispe,

vielen Dank für Ihr Interesse an der Position Teamleiter Kundenservice (Spanisch/Englisch)
bei der Callwerk Service GmbH. Nach Sichtung Ihrer Unterlagen laden wir Sie herzlich zu
unserem virtuellen Assessment-Center ein.

Termin: Montag, 14. September 2026, 16:00 bis 19:00 Uhr (MESZ)
Ort: Microsoft Teams (den Link erhalten Sie am Vortag)

Bitte bestätigen Sie uns Ihre Teilnahme bis Donnerstag, 10. September.

Mit freundlichen Grüßen
Murat Aydın
Recruiting & Personalentwicklung, Callwerk Service GmbH""", "de"),
        name_enc="B",
    ),
    dict(
        kind="interview_invitation", slug="hellweg_client_seehaus", key="hw_inv",
        lang="de", company="Seehaus Hotels", contact=FRIEDERIKE[1],
        frm=("Dr. Friederike Brandt", FRIEDERIKE[1]), parent="hw_cold",
        subject="Gesprächstermin bei Seehaus Hotels",
        date="2026-10-01 12:40 +0200",
        text="""\
Lieber Herr Abernethy-Quispe,

danke für das angenehme Telefonat am Montag. Wie besprochen habe ich Ihr Profil meinem
Mandanten vorgestellt, und ich darf Ihnen nun verraten, um wen es geht: Seehaus Hotels,
eine Gruppe mit acht Häusern an der Ostsee und in Berlin, die ihr Gästeservice-Team für
die neue Buchungs-App aufbaut.

Seehaus möchte Sie kennenlernen:
Donnerstag, 8. Oktober, 15:00 Uhr (Berlin), per Video
Gesprächspartnerin: Frau Henrike Vogt, Leiterin Guest Experience

Den Einladungslink schickt Ihnen Frau Vogts Assistenz direkt. Ich rufe Sie vorher noch
einmal an, um Sie auf das Gespräch vorzubereiten.

Herzliche Grüße
Friederike Brandt

Dr. Friederike Brandt
Partnerin | Hellweg Personalberatung
Kurfürstendamm 194, 10707 Berlin
+49 30 8891 4410
""",
        charset="iso-8859-1", cte="8bit",
    ),
]

# ============================================================ interview_reschedule_or_cancel (15)

MESSAGES += [
    dict(
        kind="interview_reschedule_or_cancel", slug="nubaria_screen_moved", key="nub_mov",
        lang="es", company="Nubaria", contact=MARIANA[1],
        frm=MARIANA, parent="nub_acc",
        subject="Re: Nubaria | Llamada inicial – Customer Success Associate",
        date="2026-01-21 17:20 -0600",
        text=reply("es", """\
Hola Rodrigo:

Gracias por confirmar. Te escribo porque me surgió una junta con dirección justo el jueves
al mediodía y no quiero hacerte esperar. ¿Podemos mover nuestra llamada al viernes 23 de
enero a las 10:30? Ya te actualicé la invitación en el calendario.

Será por Google Meet (el enlace viene en la invitación), pero si prefieres teléfono, te
marco a tu celular sin problema.

Disculpa el cambio y gracias por la flexibilidad.

Mariana""", "2026-01-20 13:05 -0600", CAND[0], CAND[1], NUB_ACC),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="tianguis_cancel_ill", key="td_cancel",
        lang="es", company="Tianguis Digital", contact=PAOLA[1],
        frm=PAOLA, parent="td_inv",
        subject="Cancelado: Entrevista Tianguis Digital – Rodrigo Abernethy-Quispe "
                "(jue 9 abr 13:00)",
        date="2026-04-09 07:45 -0600",
        text="""\
Hola Rodrigo:

Te escribo temprano para avisarte que Héctor amaneció enfermo y hoy no podrá hacer la
entrevista de la 1 de la tarde, así que cancelo la invitación de calendario.

Esto no tiene nada que ver con tu proceso: sigues en carrera y Héctor quiere platicar
contigo. Más tarde te comparto nuevos horarios para la próxima semana.

Una disculpa por el aviso tan a última hora.

Paola Reséndiz
Talent Acquisition · Tianguis Digital
""",
        ics=dict(method="CANCEL", uid="ashby-td-int-0409-rqa@ashbyhq.com", sequence=1,
                 start="2026-04-09 13:00 -0600", minutes=45,
                 summary="Entrevista Tianguis Digital – Rodrigo Abernethy-Quispe",
                 location="https://meet.google.com/tgd-hz-rqa", organizer=PAOLA,
                 attendees=[CAND, ("Héctor Zamudio", "hector.zamudio@tianguisdigital.example.mx")]),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="riaazul_new_slot", key="ra_new",
        lang="es", company="Hoteles Ría Azul", contact=LUCIA[1],
        frm=(LUCIA[0], LUCIA[1], "iso-8859-1", "Q"), parent="ra_sorry",
        subject="RE: Entrevista – Coordinador(a) de Experiencia del Huésped",
        date="2026-05-08 09:15 -0600",
        text=outlook_reply("es", """\
Hola Rodrigo:

Gracias por explicarnos, esas cosas pasan. Silvia tiene un espacio el martes 12 de mayo
de 17:00 a 17:45; usaremos el mismo enlace de Teams que te mandé la vez pasada.

Confírmame por favor, y si puedes, conéctate desde un lugar con buena señal.

Saludos,""", "Rodrigo Abernethy-Quispe <rodrigo.aq@example.mx>", "2026-05-07 12:10 -0600",
            "Lucía Barragán <lucia.barragan@riaazul.example.mx>",
            "RE: Entrevista – Coordinador(a) de Experiencia del Huésped",
            reply("es", RA_SORRY, "2026-05-07 11:32 -0600", LUCIA[0], LUCIA[1], RA_MISSED_FULL))
        .replace("Saludos,\n\n", f"Saludos,\n\n{RA_SIG}\n\n", 1),
        charset="windows-1252", cte="quoted-printable", subj_enc="Q", subj_cs="windows-1252",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="flotilla_moved_friday", key="fl_move",
        lang="es", company="Flotilla", contact=JORGE[1],
        frm=JORGE, parent="fl_req",
        subject="Re: ¿platicamos el jueves?",
        date="2026-02-24 21:05 -0600",
        text=reply("es", """\
Va que va, nada de turno doble perdido por mí jaja. Lo cambiamos al viernes 27 a las 4
de la tarde. Te mando el Meet en un rato.

J.""", "2026-02-24 19:31 -0600", CAND[0], CAND[1], FL_REQ + "\n" + reply(
            "es", "", "2026-02-24 09:48 -0600", JORGE[0], JORGE[1], FL_INV).lstrip("\n")),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="contactamas_update_seq1", key="cm_move",
        lang="es", company="ContactaMás", contact=RAMIRO[1],
        frm=(f"{RAMIRO[0]} (ContactaMás Reclutamiento)", RAMIRO[1]), parent="cm_ac",
        subject="Actualización: Centro de Evaluación ContactaMás – nueva fecha 4 de febrero",
        date="2026-01-28 18:30 -0600",
        text="""\
Estimado Rodrigo:

Por mantenimiento eléctrico programado en el edificio, el Centro de Evaluación del viernes
30 de enero se recorre al miércoles 4 de febrero, en el mismo horario (9:00 a 13:00 h) y
en la misma sede.

Adjuntamos la invitación actualizada. Si la nueva fecha no te es posible, avísanos a la
brevedad para buscar una alternativa.

Atentamente,
Ing. Ramiro Treviño Salinas
Coordinador de Reclutamiento y Selección
ContactaMás
""",
        ics=dict(method="REQUEST", uid="cm-ac-20260130-gdl@contactamas.example.mx",
                 sequence=1, start="2026-02-04 09:00 -0600", minutes=240,
                 summary="Centro de Evaluación ContactaMás – Líder de Experiencia bilingüe",
                 location="Av. Adolfo López Mateos Sur 1710, piso 2, Guadalajara",
                 organizer=RAMIRO, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        ics_cte="8bit", charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="cafetal_interviewer_ill", key="cf_ill",
        lang="es", company="Cafetal Systems", contact=VALENTINA[1],
        frm=VALENTINA, parent="cf_inv",
        subject="Cambio de fecha – tu entrevista con Cafetal Systems",
        date="2026-05-13 07:55 -0500",
        text="""\
Hola Rodrigo, buenos días.

Qué pena contigo: Carolina, nuestra Head of Customer Success, está incapacitada hoy y no
alcanza a hacer la entrevista de las 11:00. Para no dejarte colgado, la pasamos para el
martes 19 de mayo a las 9:00 a. m. hora Colombia (8:00 a. m. en Guadalajara), con el mismo
enlace.

Si ese horario no te sirve, me cuentas y buscamos otro.

Un abrazo,
Valentina Rozo
Talento Humano · Cafetal Systems
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="ventanilla_meeting_cancelled",
        key="vc_cancel", lang="es", company="Ventanilla Cloud", contact=NEREA[1],
        frm=NEREA, parent="vc_inv",
        subject="Cancelamos la videollamada de mañana",
        date="2026-04-13 19:10 +0200",
        text="""\
Hola, Rodrigo:

Te escribo para avisarte de que tenemos que cancelar la videollamada de mañana martes a
las 17:00. Estamos en plena revisión del presupuesto del segundo semestre y el equipo de
Customer Success no puede comprometer agendas esta semana.

Tu candidatura sigue abierta y no hemos tomado ninguna decisión: en cuanto tengamos clara
la planificación te escribo para proponerte otra fecha. Siento mucho las molestias.

Un saludo,
Nerea Olabarria
People Partner · Ventanilla Cloud
Calle de Alcalá 181, 28009 Madrid
""",
        html=simple_html("""\
Hola, Rodrigo:

Te escribo para avisarte de que tenemos que cancelar la videollamada de mañana martes a
las 17:00. Estamos en plena revisión del presupuesto del segundo semestre y el equipo de
Customer Success no puede comprometer agendas esta semana.

Tu candidatura sigue abierta y no hemos tomado ninguna decisión: en cuanto tengamos clara
la planificación te escribo para proponerte otra fecha. Siento mucho las molestias.

Un saludo,
Nerea Olabarria
People Partner · Ventanilla Cloud""", "es"),
        html_cte="base64",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="kiosko_trial_moved", key="kc_move",
        lang="es", company="Kiosko Cloud", contact=DANIELA[1],
        frm=DANIELA, parent="kc_trial",
        subject="Re: Te invitamos a un día de prueba con nosotros 🍽️",
        date="2026-06-10 08:05 -0600",
        text="""\
Hola Rodrigo,

Cambio de planes: La Tostadería tiene fumigación el jueves y cierra todo el día, así que
movemos tu día de prueba al martes 16 de junio, mismo horario (9:00 a 15:00) y mismo
punto de encuentro.

Tomás te manda saludos y dice que así te toca ver el cierre de quincena, que es cuando
más se usa el sistema. ¿Te acomoda el martes?

Daniela
""",
        cte="base64",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="brightloop_updated_invite", key="bl_move",
        lang="en", company="Brightloop", contact=DANA[1],
        frm=DANA, parent="bl_inv",
        subject="Updated invitation: Brightloop recruiter call – Rodrigo Abernethy-Quispe "
                "@ Tue Mar 17, 2026 3pm - 3:30pm (CDT)",
        date="2026-03-12 14:05 -0500",
        text="""\
This event has been changed.

Brightloop recruiter call – Rodrigo Abernethy-Quispe
When: CHANGED  Tue Mar 17, 2026 3pm – 3:30pm Central Time - Chicago
(was Mon Mar 16, 2026 11am – 11:30am)
Joining: https://brightloop.zoom.example.com/j/93810027
Organizer: dana.whitfield@brightloop.example.com

Note from Dana: Hi Rodrigo, I'm sorry to shuffle this. Our team offsite got moved onto
Monday, so I've pushed our call to Tuesday afternoon. If that doesn't work, just reply
and I'll find another slot.

Going (rodrigo.aq@example.mx)?  Yes - Maybe - No
Invitation from Google Calendar
""",
        ics=dict(method="REQUEST", uid="gh-bl-0316-rqa@brightloop.example.com", sequence=1,
                 start="2026-03-17 15:00 -0500", minutes=30,
                 summary="Brightloop recruiter call – Rodrigo Abernethy-Quispe",
                 location="https://brightloop.zoom.example.com/j/93810027", organizer=DANA,
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
        cte="8bit",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="maplewise_panel_cancel", key="mw_cancel",
        lang="en", company="Maplewise Software", contact=PRIYA[1],
        frm=PRIYA, parent="mw_panel",
        subject="Canceled event: Maplewise panel interview – Rodrigo Abernethy-Quispe "
                "@ Thu Jun 18, 2026 1pm - 2pm (EDT)",
        date="2026-06-17 16:20 -0400",
        text="""\
Hi Rodrigo,

I'm really sorry for the late notice: Aisha has been pulled into an urgent customer
escalation tomorrow, so I've canceled the panel. This isn't a decision about your
application in any way. The whole panel still wants to meet you, and I'll send new times
by Friday.

Thanks for understanding,
Priya

This event has been canceled and removed from your calendar.
Maplewise panel interview – Rodrigo Abernethy-Quispe
Thu Jun 18, 2026 1pm – 2pm (EDT)
""",
        ics=dict(method="CANCEL", uid="mw-panel-0618-rqa@maplewise.example.ca", sequence=1,
                 start="2026-06-18 13:00 -0400", minutes=60,
                 summary="Maplewise panel interview – Rodrigo Abernethy-Quispe",
                 location="https://meet.google.com/mpw-panel-rqa", organizer=PRIYA,
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="pecan_workable_rescheduled", key="pp_move",
        lang="en", company="Pecan Payments", contact=MARCUS[1],
        frm=("Pecan Payments", "pecanpayments@workablemail.com"), reply_to=MARCUS,
        parent="pp_inv",
        subject="Your interview with Pecan Payments has been rescheduled",
        date="2026-05-21 09:12 -0500",
        text="""\
Hi Rodrigo,

Your interview for Customer Success Associate (Spanish) has been rescheduled.

New time: Tuesday, May 26, 2026, 10:00 AM - 10:45 AM (CDT)
Previous time: Friday, May 22, 2026, 10:00 AM - 10:45 AM (CDT)
Where: Google Meet, https://meet.google.com/pcn-cs-522

Message from Marcus: "Sorry about this! Monday is Memorial Day and half the team is out
Friday, so Tuesday gives us the full panel."

Thanks,
Pecan Payments
""",
        html=ats_card("en", "Pecan Payments", "#8b5a2b", """\
Hi Rodrigo,

Your interview for Customer Success Associate (Spanish) has been rescheduled.

New time: Tuesday, May 26, 2026, 10:00 AM - 10:45 AM (CDT)
Previous time: Friday, May 22, 2026, 10:00 AM - 10:45 AM (CDT)

Message from Marcus: "Sorry about this! Monday is Memorial Day and half the team is out
Friday, so Tuesday gives us the full panel."

Thanks,
Pecan Payments""", footer="Sent with Workable"),
        headers=[AUTO],
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="riverbend_client_moved", key="rb_move",
        lang="en", company="Alamo Ridge Software", contact=TASHA[1],
        frm=TASHA, parent="rb_inv",
        subject="RE: Interview confirmed with Alamo Ridge Software – new time Mon 8/3",
        date="2026-07-30 12:02 -0500",
        text="""\
Hi Rodrigo,

Quick heads-up: Greg at Alamo Ridge has jury duty on Friday, so they've asked to move
your interview to Monday, August 3 at 2:00 PM Central (1:00 PM your time). Same Teams
link, same interviewers.

Can you make Monday work? Let me know and I'll lock it in with them.

Thanks!
Tasha

Tasha Monroe | Senior Recruiter | Riverbend Staffing | (512) 555-0173
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="boreal_deplacement", key="lb_move",
        lang="fr", company="Logiciels Boréal", contact=EMILIE[1],
        frm=(EMILIE[0], EMILIE[1], "utf-8", "B"), parent="lb_inv",
        subject="RE: Entrevue téléphonique – changement d'horaire",
        date="2026-08-05 16:40 -0400",
        text="""\
Bonjour Rodrigo,

Je dois malheureusement déplacer notre entrevue de demain : une formation obligatoire a
été ajoutée à mon agenda jeudi matin. Serait-il possible de nous parler plutôt le lundi
10 août à 14 h (heure de Montréal), soit midi à Guadalajara ?

Je vous appellerai au même numéro. Toutes mes excuses pour ce changement.

Bonne fin de journée,
Émilie
""",
        cte="8bit",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="alize_telepro_deplacee", key="az_move",
        lang="fr", company="Télépro Laval", contact=GENEVIEVE[1],
        frm=(GENEVIEVE[0], GENEVIEVE[1], "iso-8859-1", "Q"), parent="az_inv",
        subject="Télépro Laval : entrevue déplacée au jeudi 3 septembre",
        date="2026-08-28 10:30 -0400",
        text=reply("fr", """\
Bonjour Rodrigo,

Chantal Girard doit s'absenter mardi pour une visite de site à Sherbrooke. Télépro Laval
propose donc de déplacer votre entrevue au jeudi 3 septembre à 13 h 30 (heure de
Montréal), toujours par Zoom et avec le même lien.

Pouvez-vous me confirmer rapidement que ça vous convient ? Je leur réponds dès que j'ai
votre accord.

Merci et bonne journée,
Geneviève Lapointe
Recrutement Alizé
""", "2026-08-26 14:55 -0400", GENEVIEVE[0], GENEVIEVE[1], AZ_INV),
        html=simple_html("""\
Bonjour Rodrigo,

Chantal Girard doit s'absenter mardi pour une visite de site à Sherbrooke. Télépro Laval
propose donc de déplacer votre entrevue au jeudi 3 septembre à 13 h 30 (heure de
Montréal), toujours par Zoom et avec le même lien.

Pouvez-vous me confirmer rapidement que ça vous convient ? Je leur réponds dès que j'ai
votre accord.

Merci et bonne journée,
Geneviève Lapointe
Recrutement Alizé""", "fr"),
        charset="iso-8859-1", subj_enc="B", subj_cs="iso-8859-1",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="wolkenwerk_termin_verschoben",
        key="ww_move", lang="de", company="Wolkenwerk", contact=JANA[1],
        frm=(JANA[0], JANA[1], "iso-8859-1", "B"), parent="ww_inv",
        subject="Aktualisierte Einladung: Kennenlernen Wolkenwerk – jetzt Mi., 15. Juli",
        date="2026-07-10 15:30 +0200",
        text=reply("de", """\
Hallo Rodrigo,

leider muss Lukas am Dienstag kurzfristig zu einem Kunden nach Hamburg. Ich habe unser
Gespräch deshalb auf Mittwoch, 15. Juli, 17:30–18:30 Uhr (Berlin) verschoben, also 9:30
Uhr bei Ihnen. Der Meet-Link bleibt gleich; die aktualisierte Einladung hängt an.

Sollte der neue Termin nicht passen, geben Sie mir bitte kurz Bescheid.

Viele Grüße
Jana
""", "2026-07-08 10:14 +0200", JANA[0], JANA[1], WW_INV),
        ics=dict(method="REQUEST", uid="wwk-kennenlernen-rqa@wolkenwerk.example.de",
                 sequence=1, start="2026-07-15 17:30 +0200", minutes=60,
                 summary="Kennenlernen Wolkenwerk – Rodrigo Abernethy-Quispe",
                 location="https://meet.google.com/wwk-csm-rqa", organizer=JANA,
                 attendees=[CAND, ("Lukas Brenner", "lukas.brenner@wolkenwerk.example.de")]),
        ics_attach="einladung.ics", charset="utf-8", cte="base64",
    ),
]

# ================================================================= missed_interview_notice (10)

MESSAGES += [
    dict(
        kind="missed_interview_notice", slug="riaazul_waited_teams", key="ra_missed",
        lang="es", company="Hoteles Ría Azul", contact=LUCIA[1],
        frm=(LUCIA[0], LUCIA[1], "iso-8859-1", "Q"), parent="ra_inv",
        subject="RE: Entrevista – Coordinador(a) de Experiencia del Huésped",
        date="2026-05-07 11:32 -0600",
        text=RA_MISSED_FULL,
        html=outlook_html(RA_MISSED, "es", RA_SIG, RA_DISCLAIMER),
        charset="windows-1252", cte="quoted-printable", subj_enc="Q", subj_cs="windows-1252",
    ),
    dict(
        kind="missed_interview_notice", slug="llamalia_called_twice", key="ll_missed",
        lang="es", company="Llamalia", contact=ANDRES[1],
        frm=ANDRES, parent="ll_inv",
        subject="Re: Entrevista telefónica – Analista de Experiencia Bilingüe",
        date="2026-06-04 10:25 -0500",
        text="""\
Hola Rodrigo, ¿cómo vas?

Te marqué dos veces a las 10:00 (hora Colombia) al +52 33 1846 2290 y en ambas me mandó
a buzón. También te dejé un mensaje de WhatsApp.

Si hubo algún inconveniente, no te preocupes: respóndeme por aquí con dos o tres horarios
en los que estés disponible esta semana o la próxima.

Saludos,
Andrés Felipe Cárdenas
Llamalia
""",
        charset="iso-8859-1", cte="base64",
    ),
    dict(
        kind="missed_interview_notice", slug="auroracx_no_contact", key="ac_missed",
        lang="es", company="Aurora CX", contact=FERNANDA[1],
        frm=FERNANDA, parent="ac_inv",
        subject="No logramos comunicarnos contigo",
        date="2026-03-18 12:40 -0600",
        text="""\
Hola Rodrigo:

Hoy a las 12:00 intenté comunicarme contigo para la llamada de preselección que habíamos
quedado, pero no entró la llamada y después me contestó el buzón.

Entiendo que tienes horarios de restaurante; si aún te interesa la vacante, escríbeme y
buscamos otro momento. Si no tengo noticias tuyas antes del viernes, daré por cerrado tu
proceso para esta búsqueda.

Saludos,
Fernanda Loza
Reclutamiento | Aurora CX
""",
        html=simple_html("""\
Hola Rodrigo:

Hoy a las 12:00 intenté comunicarme contigo para la llamada de preselección que habíamos
quedado, pero no entró la llamada y después me contestó el buzón.

Entiendo que tienes horarios de restaurante; si aún te interesa la vacante, escríbeme y
buscamos otro momento. Si no tengo noticias tuyas antes del viernes, daré por cerrado tu
proceso para esta búsqueda.

Saludos,
Fernanda Loza
Reclutamiento | Aurora CX""", "es"),
    ),
    dict(
        kind="missed_interview_notice", slug="meridiano_waited_zoom", key="sm_missed",
        lang="es", company="Seguros Meridiano", contact=GERARDO[1],
        frm=GERARDO,
        subject="Entrevista de hoy 10:00 – Ejecutivo de Atención a Asegurados",
        date="2026-07-14 10:34 -0600",
        text="""\
Rodrigo, buenos días:

Te estuvimos esperando en Zoom desde las 10:00 para la entrevista con la Lic. Araceli
Montes, gerente de Atención a Asegurados. Dejamos la sala abierta hasta las 10:25.

¿Tuviste algún problema para conectarte? Avísame a la brevedad, por favor, para ver con
Araceli si todavía es posible reagendar esta semana.

Gerardo Anaya
Analista de Reclutamiento
Seguros Meridiano
Av. Insurgentes Sur 1605, piso 12, San José Insurgentes, CDMX
Tel. 55 5322 1900 ext. 2218
""",
        charset="windows-1252", cte="8bit",
    ),
    dict(
        kind="missed_interview_notice", slug="tonala_no_show_lobby", key="gt_missed",
        lang="es", company="Grupo Hotelero Tonalá", contact=ITZEL[1],
        frm=ITZEL,
        subject="Tu entrevista en Hotel Tonalá Centro",
        date="2026-08-18 17:50 -0600",
        text="""\
Hola Rodrigo:

Hoy a las 16:30 te esperábamos en el lobby del Hotel Tonalá Centro para tu entrevista
con el gerente de Front Office, Lic. Fausto Robles. Preguntamos en recepción y en el
restaurante por si te habías confundido de acceso, pero no te encontramos.

Quería preguntarte si todo está bien. Si sigues interesado, responde este correo y veo si
Fausto puede recibirte otro día.

Saludos,
Itzel Camacho
Reclutamiento y Selección · Grupo Hotelero Tonalá
Av. Juárez 211, Centro, Guadalajara, Jal. · 33 3613 0021
""",
        html=simple_html("""\
Hola Rodrigo:

Hoy a las 16:30 te esperábamos en el lobby del Hotel Tonalá Centro para tu entrevista
con el gerente de Front Office, Lic. Fausto Robles. Preguntamos en recepción y en el
restaurante por si te habías confundido de acceso, pero no te encontramos.

Quería preguntarte si todo está bien. Si sigues interesado, responde este correo y veo si
Fausto puede recibirte otro día.

Saludos,
Itzel Camacho
Reclutamiento y Selección · Grupo Hotelero Tonalá""", "es"),
        cte="base64", html_cte="base64", subj_enc="B", subj_cs="utf-8",
    ),
    dict(
        kind="missed_interview_notice", slug="northcall_tried_calling", key="nc_missed",
        lang="en", company="Northcall Solutions", contact=BIANCA[1],
        frm=BIANCA, parent="nc_inv",
        subject="RE: Phone screen – Bilingual Client Support Lead",
        date="2026-09-23 10:31 -0400",
        text="""\
Hi Rodrigo,

I tried calling you twice at 10:00 this morning on +52 33 1846 2290 but wasn't able to
reach you, and the voicemail box was full.

If you're still interested, please send me a couple of times that would work for you
over the next few days and I'll do my best to accommodate.

Regards,
Bianca Ferreira
Recruitment Specialist, Northcall Solutions
""",
    ),
    dict(
        kind="missed_interview_notice", slug="lonestar_waited_teams", key="lsl_missed",
        lang="en", company="Lonestar Lodging Group", contact=CARLA[1],
        frm=CARLA, parent="lsl_chat",
        subject="Re: Quick chat this week?",
        date="2026-04-23 14:25 -0500",
        text="""\
Hi Rodrigo,

I waited on Teams from 2:00 to about 2:20 today but didn't see you join. No worries if
something came up, it happens! Let me know if you'd still like to talk and we can find
another time next week.

Carla
""",
        cte="7bit",
    ),
    dict(
        kind="missed_interview_notice", slug="quillstack_hiring_manager_waited",
        key="qs_missed", lang="en", company="Quillstack", contact=BEN[1],
        frm=BEN, parent="qs_ack",
        subject="We missed you today",
        date="2026-08-13 12:18 -0500",
        text="""\
Hello Rodrigo,

Our hiring manager, Sam Whitaker, was on the Zoom for your 11:30 interview today and
waited for about fifteen minutes, but you didn't join. We also sent a note through the
Zoom waiting room in case you were stuck there.

Could you let me know what happened? If the time zone was the problem (the invite was in
Central Time), I'm happy to check whether Sam can do another slot.

Best,
Ben Okafor
People Operations, Quillstack
1101 E 6th St, Austin, TX 78702
""",
        html=simple_html("""\
Hello Rodrigo,

Our hiring manager, Sam Whitaker, was on the Zoom for your 11:30 interview today and
waited for about fifteen minutes, but you didn't join. We also sent a note through the
Zoom waiting room in case you were stuck there.

Could you let me know what happened? If the time zone was the problem (the invite was in
Central Time), I'm happy to check whether Sam can do another slot.

Best,
Ben Okafor
People Operations, Quillstack""", "en"),
    ),
    dict(
        kind="missed_interview_notice", slug="banqueduplateau_tentative_appel",
        key="bp_missed", lang="fr", company="Banque du Plateau", contact=NATHALIE[1],
        frm=NATHALIE, parent="bp_ack",
        subject="Notre rendez-vous téléphonique de 14 h",
        date="2026-09-15 14:35 -0400",
        text="""\
Bonjour Monsieur Abernethy-Quispe,

Nous avons tenté de vous joindre à 14 h, comme convenu, pour l'entrevue de présélection
au poste d'agent principal, expérience client numérique. Malheureusement, nos deux appels
sont restés sans réponse et nous n'avons pu laisser de message.

Si vous souhaitez poursuivre le processus, veuillez communiquer avec moi d'ici vendredi
afin de fixer un nouveau moment.

Cordialement,

Nathalie Bergeron
Conseillère en acquisition de talents
Banque du Plateau
500, avenue du Mont-Royal Est, Montréal (Québec) H2J 1W7

Ce courriel est confidentiel. Si vous l'avez reçu par erreur, veuillez le supprimer et
en aviser l'expéditrice.
""",
        charset="iso-8859-1", cte="quoted-printable", subj_enc="Q", subj_cs="iso-8859-1",
    ),
    dict(
        kind="missed_interview_notice", slug="spreebank_teams_gewartet", key="sb_missed",
        lang="de", company="Spreebank", contact=KAI[1],
        frm=KAI, parent="sb_ack",
        subject="Unser Termin heute um 11:00 Uhr",
        date="2026-06-10 11:20 +0200",
        text="""\
Guten Tag Herr Abernethy-Quispe,

wir haben Sie heute um 11:00 Uhr zum vereinbarten Videogespräch in Microsoft Teams
erwartet, konnten Sie jedoch leider nicht antreffen. Auch telefonisch haben wir Sie nicht
erreicht.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag bei mir. Wir prüfen
dann, ob wir einen Ersatztermin anbieten können.

Freundliche Grüße

Kai Lindqvist
Talent Acquisition
Spreebank AG
Friedrichstraße 68, 10117 Berlin
""",
        charset="iso-8859-1", cte="8bit",
    ),
]
