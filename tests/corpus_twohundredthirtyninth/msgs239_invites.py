# ruff: noqa
"""Corpus 239, kinds `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10), all hand-written."""

from __future__ import annotations

from msgs239_common import (CANDIDATE, ats_card, forwarded, msg, outlook_html, outlook_reply,
                            paras, quote, reply, sig, simple_html, wrote)

C = CANDIDATE
INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

ITZIAR = ("Itziar Larrañaga", "itziar.larranaga@museoharrobia.example.es")
MORAG = ("Morag Fleming", "morag.fleming@leithheritage.example.co.uk")
JONAS = ("Jonas Albrecht", "j.albrecht@stadtklang-museum.example.de")
CALLUM = ("Callum Reid", "callum.reid@grantonlighthouse.example.org.uk")

HARROBIA_INV = """Kaixo Nerea:

Hemos revisado tu candidatura para la plaza de Educadora de Museo y nos
gustaría conocerte en persona. Te propongo una entrevista el jueves 5 de marzo
a las 10:00 en el museo (Kaiko pasealekua 14, entrada por la puerta del
personal). Estaremos Jon Ugalde, de conservación, y yo.

Calcula una hora. Durante la primera parte te pediremos que nos presentes en
diez minutos una pieza de la colección a un grupo imaginario de 3º de la ESO.

Te envío la convocatoria en el calendario; si el horario no te viene bien,
dímelo y buscamos otro hueco.

Un saludo,

Itziar Larrañaga
Responsable de Educación y Públicos
Museo Marítimo Harrobia
Kaiko pasealekua 14 · 20003 Donostia / San Sebastián
T. 943 00 14 52"""

MESSAGES = [
    # ================================================================ interview_invitation
    # ---------------------------------------------------------------- es
    msg(INV, "harrobia_outlook_ics", "es", company="Museo Marítimo Harrobia",
        contact=ITZIAR[1], frm=ITZIAR,
        subject="Entrevista – Educadora de Museo (Museo Marítimo Harrobia)",
        subj_enc=("utf-8", "Q"),
        date="2026-02-23 12:18",
        text=HARROBIA_INV + "\n",
        html=outlook_html(HARROBIA_INV, "es"),
        attach=[dict(type="ics", inline=True, method="REQUEST", uid="harrobia-entrevista-0305@museoharrobia.example.es",
                     seq=0, start="2026-03-05 10:00", minutes=60, tz="Europe/Madrid",
                     summary="Entrevista Nerea Castillo-Whitmore – Educadora de Museo",
                     location="Museo Marítimo Harrobia, sala de reuniones 2",
                     organizer=ITZIAR, attendees=[("Jon Ugalde", "jon.ugalde@museoharrobia.example.es")])],
        tid="harrobia_inv"),

    msg(INV, "ibaizabal_teams", "es", company="Museo Ibaizabal",
        contact="ander.uriarte@museoibaizabal.example.es",
        frm=("Ander Uriarte", "ander.uriarte@museoibaizabal.example.es"),
        subject="Entrevista – Educador/a de Públicos",
        date="2026-02-17 10:02",
        text="""Hola Nerea,

Soy Ander, coordinador de educación del Museo Ibaizabal. Hemos leído tu
candidatura y queremos hacerte una entrevista por Teams el martes 24 de
febrero a las 11:00 (unos 40 minutos).

Enlace de la reunión:
https://teams.example.com/l/meetup-join/19%3ameeting_IBZ24feb

Estaremos Leire Gaztañaga, de RR. HH., y yo. Ten a mano algún ejemplo de
actividad que hayas diseñado para familias.

Confírmame, por favor, que te viene bien.

Ander Uriarte
Coordinador de Educación · Museo Ibaizabal
Erribera kalea 12, 48005 Bilbao · +34 944 00 21 37
""",
        html=simple_html(paras("""Hola Nerea,

Soy Ander, coordinador de educación del Museo Ibaizabal. Hemos leído tu candidatura y queremos hacerte una entrevista por Teams el martes 24 de febrero a las 11:00 (unos 40 minutos).""")
            + '\n<p><a href="https://teams.example.com/l/meetup-join/19%3ameeting_IBZ24feb">Unirse a la reunión de Microsoft Teams</a></p>\n'
            + paras("""Estaremos Leire Gaztañaga, de RR. HH., y yo. Ten a mano algún ejemplo de actividad que hayas diseñado para familias.

Confírmame, por favor, que te viene bien.

Ander Uriarte
Coordinador de Educación · Museo Ibaizabal
Erribera kalea 12, 48005 Bilbao · +34 944 00 21 37"""), "es"),
        tid="ibaizabal_inv"),

    msg(INV, "eskuz_cliente_irati", "es", company="Fundación Irati Kultura",
        contact="aitor.mendizabal@eskuz.example.es",
        frm=("Aitor Mendizabal | Eskuz Empleo", "aitor.mendizabal@eskuz.example.es"),
        subject="Entrevista con Fundación Irati Kultura – martes 3/2",
        date="2026-01-27 16:40",
        text="""Hola Nerea,

¡Buenas noticias! Fundación Irati Kultura ha revisado tu perfil y quiere
entrevistarte para la posición de auxiliar de educación (sustitución de seis
meses en su sede de Pamplona).

Los detalles:
- Martes 3 de febrero, 10:00
- Videollamada con Mirentxu Garde, responsable de actividades
- Enlace: https://meet.example.com/irati-eskuz-0302
- Duración aproximada: 30 minutos

Antes de las 9:45 te llamaré para hacer una pequeña prueba de conexión. Si
tienes cualquier problema con la hora, avísame cuanto antes y lo muevo con
ellos.

Un saludo,
Aitor Mendizabal
Consultor de Selección · Eskuz Empleo ETT
T. 948 00 55 12
""", tid="eskuz_inv", parent="eskuz_ack"),

    msg(INV, "zubialde_prueba_practica", "es", company="Ayuntamiento de Zubialde",
        contact="g.olano@zubialde.example.es",
        frm=("Garazi Olano Etxeberria", "g.olano@zubialde.example.es"),
        name_enc=("iso-8859-1", "Q"),
        subject="Convocatoria a la prueba práctica - Técnico/a de Museo Municipal",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-16 09:15", charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada Sra. Castillo-Whitmore:

Una vez finalizado el plazo de subsanación, le comunico que ha sido admitida
al proceso selectivo de Técnico/a de Museo Municipal y queda convocada a la
prueba práctica, que consistirá en:

  1. Diseño por escrito de una actividad educativa para el Museo de la
     Memoria de Zubialde (90 minutos).
  2. Exposición oral de la actividad ante el tribunal (15 minutos) y
     entrevista posterior sobre la misma.

Fecha: martes, 3 de marzo de 2026, a las 9:00 horas
Lugar: Casa de Cultura de Zubialde, sala Aretoa (Kale Nagusia 22)

Deberá presentarse provista de DNI y bolígrafo azul. No se permitirá el uso de
dispositivos electrónicos.

Atentamente,

Garazi Olano Etxeberria
Técnica de Recursos Humanos
Ayuntamiento de Zubialde · Plaza Nagusia 1 · 20180 Zubialde (Gipuzkoa)
""", tid="zubialde_inv"),

    msg(INV, "zubieta_jueves_cafe", "es", company="Centro Cultural Zubieta",
        contact="josu.arrieta@zubietakultur.example.eus",
        frm=("Josu Arrieta", "josu.arrieta@zubietakultur.example.eus"),
        subject="¿Te viene bien el jueves?",
        date="2026-05-19 21:05",
        text="""Kaixo Nerea!

Me pasó tu CV Amaia, la de la librería. Estamos buscando a alguien para
llevar la mediación cultural en el centro (visitas, talleres, un poco de todo)
y creo que podrías encajar muy bien.

¿Estás libre el jueves por la mañana para charlar un rato? Podemos tomar algo
en la cafetería del centro sobre las 10:30, o si lo prefieres lo hacemos por
teléfono. Nada formal, es para conocernos y contarte el puesto.

Dime algo,
Josu Arrieta
Coordinador · Centro Cultural Zubieta
""", tid="zubieta_inv"),

    msg(INV, "bamboohr_lautada_enlace", "es", company="Fundación Lautada Ondarea",
        contact="maialen.ruiz@lautadaondarea.example.es",
        frm=("Maialen Ruiz de Azua via BambooHR", "no-reply@bamboohr.com"),
        reply_to=("Maialen Ruiz de Azua", "maialen.ruiz@lautadaondarea.example.es"),
        subject="Fundación Lautada Ondarea: elige hora para tu entrevista",
        subj_enc=("utf-8", "B"),
        date="2026-04-20 10:44",
        text="""Hola Nerea,

Gracias por tu interés en el puesto de Técnica de Educación Patrimonial. Nos
gustaría mantener contigo una primera entrevista por videollamada de 45
minutos.

Elige el hueco que mejor te venga entre los disponibles (del 27 al 30 de
abril):
https://lautadaondarea.bamboohr.example.com/schedule/8c1f2

Una vez reservado recibirás la invitación en tu calendario. Para cualquier
duda puedes responder a este correo.

Maialen Ruiz de Azua
Coordinadora de Programas · Fundación Lautada Ondarea (Vitoria-Gasteiz)
""",
        html=ats_card("Fundación Lautada Ondarea", """Hola Nerea,

Gracias por tu interés en el puesto de Técnica de Educación Patrimonial. Nos gustaría mantener contigo una primera entrevista por videollamada de 45 minutos.

Elige el hueco que mejor te venga entre los disponibles (del 27 al 30 de abril). Una vez reservado recibirás la invitación en tu calendario. Para cualquier duda puedes responder a este correo.

Maialen Ruiz de Azua
Coordinadora de Programas · Fundación Lautada Ondarea (Vitoria-Gasteiz)""", lang="es",
            button=("Elegir horario", "https://lautadaondarea.bamboohr.example.com/schedule/8c1f2"),
            footer="Enviado a través de BambooHR", color="#73c41d"),
        tid="lautada_inv", parent="lautada_ack"),

    msg(INV, "lever_harria", "es", company="Museo Arabako Harria",
        contact="unai.saez@arabakoharria.example.es",
        frm=("Unai Sáez de Ugarte", "no-reply@hire.lever.co"),
        reply_to=("Unai Sáez de Ugarte", "unai.saez@arabakoharria.example.es"),
        subject="Entrevista para Guía-Educador/a – Museo Arabako Harria",
        date="2026-06-08 12:00",
        text="""Hola Nerea:

Te escribo para invitarte a una entrevista para el puesto de Guía-Educador/a
en el Museo Arabako Harria.

Será presencial, el miércoles 17 de junio a las 12:00, en el museo (Calle
Cuchillería 51, Vitoria-Gasteiz). Te recibiremos la directora, Aintzane
Ocio, y yo. La conversación durará unos 50 minutos e incluirá un pequeño
recorrido por la sala de canteros.

Responde a este correo para confirmar tu asistencia.

Un saludo,
Unai Sáez de Ugarte
Técnico de Talento · Museo Arabako Harria
""", tid="harria_inv"),

    msg(INV, "artazu_panel_ics", "es", company="Centro Cultural Artazu",
        contact="edurne.goikoetxea@artazu.example.eus",
        frm=("Edurne Goikoetxea", "edurne.goikoetxea@artazu.example.eus"),
        subject="Invitación: Entrevista panel – Mediación cultural @ mar 14 jul 2026 10:00 - 11:00 (CEST)",
        date="2026-07-06 13:27",
        text="""Hola Nerea,

Te confirmo la entrevista con el panel para el puesto de mediación cultural:
martes 14 de julio, de 10:00 a 11:00, en Artazu (Zabalbide kalea 3, Bilbao),
sala Ganbara. Estaremos Iker Sarasola (dirección), Marta Bengoa (programación
infantil) y yo.

Te adjunto la invitación de calendario. Trae, si puedes, una idea de
recorrido para familias por la exposición de carteles.

Edurne Goikoetxea
Responsable de Programación · Centro Cultural Artazu
""",
        attach=[dict(type="ics", method="REQUEST", uid="artazu-panel-0714@artazu.example.eus", seq=0,
                     start="2026-07-14 10:00", minutes=60, tz="Europe/Madrid",
                     summary="Entrevista panel – Mediación cultural (Nerea Castillo-Whitmore)",
                     location="Artazu, sala Ganbara, Zabalbide kalea 3, Bilbao",
                     organizer=("Edurne Goikoetxea", "edurne.goikoetxea@artazu.example.eus"),
                     attendees=[("Iker Sarasola", "iker.sarasola@artazu.example.eus"),
                                ("Marta Bengoa", "marta.bengoa@artazu.example.eus")],
                     prodid="-//Google Inc//Google Calendar 70.9054//EN", name="invite.ics", cte="base64")],
        tid="artazu_inv"),

    msg(INV, "ibaialde_llamada", "es", company="Universidad Ibaialde",
        contact="lorea.agirre@ibaialde.example.es",
        frm=("Lorea Agirre", "lorea.agirre@ibaialde.example.es"),
        subject="Llamada breve – candidatura Cultura Científica",
        date="2026-03-16 11:30",
        text="""Hola Nerea:

Soy Lorea, del equipo de selección de la Universidad Ibaialde. Estoy
revisando tu candidatura para Gestor/a de Programas de Cultura Científica y
me gustaría hacerte una llamada de unos 15-20 minutos para conocerte un poco
y resolver dudas sobre disponibilidad y salario.

¿Te vendría bien el jueves 19 a las 10:00? Te llamaría al número que aparece
en tu CV.

Gracias,
Lorea Agirre
Técnica de Selección · Universidad Ibaialde
Tel. 944 00 93 20
""", tid="ibaialde_inv", parent="ibaialde_ack"),

    msg(INV, "errota_jornada_prueba", "es", company="Ecomuseo Errota",
        contact="mikel.zabaleta@errota.example.eus",
        frm=("Mikel Zabaleta", "mikel.zabaleta@errota.example.eus"),
        subject="Jornada de prueba en el Ecomuseo – 9 de abril",
        date="2026-04-01 18:22", charset="windows-1252", cte="quoted-printable",
        text="""Hola, Nerea:

Gracias por la conversación de ayer. Como te comenté, la última fase del
proceso es una jornada de prueba remunerada: pasarías con nosotros el jueves
9 de abril, de 9:00 a 14:00, y guiarías a un grupo escolar de 4º de primaria
por el molino y el huerto, con Ane, nuestra educadora, de apoyo.

Después comemos juntos y charlamos sobre cómo lo has visto. Ropa cómoda y
calzado que se pueda mojar.

¿Nos confirmas?

Mikel Zabaleta Aranburu
Director · Ecomuseo Errota
Errota bidea 4 · 20120 Hernani · Tel. 943 00 31 08
""", tid="errota_inv"),

    msg(INV, "bidasoa_entrevista", "es", company="Fundación Bidasoa Ibilbideak",
        contact="amaia.iturralde@bidasoaibilbideak.example.es",
        frm=("Amaia Iturralde", "amaia.iturralde@bidasoaibilbideak.example.es"),
        subject="Entrevista martes 28 – Educadora de rutas",
        date="2026-07-20 12:31",
        text="""Hola Nerea:

Nos gustaría conocerte. Te proponemos una entrevista el martes 28 de julio a
las 10:00 en nuestra sede de Irun (Calle Mayor 9, 2º). Durará unos 45 minutos
y te pediremos que nos cuentes cómo plantearías una ruta para familias por
la bahía de Txingudi.

¿Te encaja? Confírmame cuando puedas.

Amaia Iturralde
Fundación Bidasoa Ibilbideak
""", tid="bidasoa_inv"),

    msg(INV, "ikusi_screening", "es", company="Ikusi Talento",
        contact="nahia.etxabe@ikusitalento.example.es",
        frm=("Nahia Etxabe", "nahia.etxabe@ikusitalento.example.es"),
        subject="Re: Registro en Ikusi Talento",
        date="2026-05-07 09:10",
        text=reply("""Hola Nerea,

Gracias por completar el registro. Antes de presentarte a clientes hacemos
una entrevista de valoración con cada candidata. ¿Podemos hablar el lunes 11
a las 12:30? Sería por teléfono, unos 25 minutos, y repasaríamos tu
experiencia, idiomas y disponibilidad geográfica.

Si te va mejor otra hora ese día, propónmela.

Nahia Etxabe
Consultora · Ikusi Talento ETT
""", "es", "lun, 4 may 2026, 8:02", "Ikusi Talento", "no-reply@ikusitalento.example.es",
            """Hola Nerea, hemos recibido tu CV y tu inscripción en Ikusi Talento.
Una consultora revisará tu perfil en los próximos días."""),
        tid="ikusi_inv", parent="ikusi_ack"),

    msg(INV, "olabide_cliente_getaria", "es", company="Fundación Getariako Mahastiak",
        contact="gorka@olabide.example.es",
        frm=("Gorka Olabide", "gorka@olabide.example.es"),
        subject="Entrevista con Fundación Getariako Mahastiak",
        date="2026-09-01 17:45",
        text="""Hola Nerea,

Tal como hablamos, he presentado tu candidatura a Fundación Getariako
Mahastiak para la dirección de su nuevo centro de interpretación del txakoli,
y les ha encantado.

Quieren conocerte: entrevista con la presidenta del patronato y la gerente el
viernes 11 de septiembre a las 16:00, en la sede de Getaria (Herrerieta 2).
Te paso mañana un breve dossier sobre la fundación para que llegues
preparada. ¿Me confirmas que puedes?

Un abrazo,
Gorka Olabide
Socio director · Olabide & Asociados, Executive Search
Gran Vía 35, 48009 Bilbao · +34 944 00 66 70
""", tid="olabide_inv", parent="olabide_cold"),

    msg(INV, "gaztelu_dinamica_grupo", "es", company="Casa-Museo Gaztelu",
        contact="iranzu.goni@gaztelu.example.es",
        frm=("Iranzu Goñi", "iranzu.goni@gaztelu.example.es"),
        subject="Convocatoria: sesión de selección grupal (Casa-Museo Gaztelu)",
        date="2026-09-14 08:55",
        text="""Buenos días:

Le escribimos porque su candidatura para el puesto de Educador/a de la
Casa-Museo Gaztelu ha pasado a la fase de selección presencial.

Le convocamos a una sesión de evaluación grupal el martes 22 de septiembre,
de 9:30 a 13:30, en la Casa-Museo (Rúa Mayor 18, Pamplona). La sesión incluye:
 - dinámica de grupo con el resto de finalistas,
 - una simulación de visita guiada de 10 minutos,
 - una entrevista individual breve con el equipo de dirección.

Le rogamos que confirme su asistencia respondiendo a este mensaje antes del
viernes 18.

Iranzu Goñi
Administración y Personas · Casa-Museo Gaztelu
Rúa Mayor 18, 31001 Pamplona · 948 00 27 41
""", cte="base64", tid="gaztelu_inv"),

    # ---------------------------------------------------------------- en
    msg(INV, "greenhouse_leith", "en", company="Leith Harbour Heritage Trust",
        contact=MORAG[1],
        frm=("Morag Fleming via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=MORAG,
        subject="Interview invitation: Learning Officer at Leith Harbour Heritage Trust",
        date="2026-03-18 15:05",
        text="""Hi Nerea,

Thanks for applying for the Learning Officer role. We'd love to invite you to a
first interview on Microsoft Teams on Wednesday 25 March at 14:00 (UK time).
It will last around 45 minutes with me and Duncan Reid, our Community
Engagement Lead.

Please use the link below to confirm the slot, or pick another one that suits
you better:
https://app.greenhouse.example.io/scheduling/leith/3f9a1

We'll ask you to talk us through a learning session you have designed for a
mixed-age group.

Best wishes,
Morag Fleming
Learning Manager, Leith Harbour Heritage Trust
""",
        html=ats_card("Leith Harbour Heritage Trust", """Hi Nerea,

Thanks for applying for the Learning Officer role. We'd love to invite you to a first interview on Microsoft Teams on Wednesday 25 March at 14:00 (UK time). It will last around 45 minutes with me and Duncan Reid, our Community Engagement Lead.

Please use the button below to confirm the slot, or pick another one that suits you better.

We'll ask you to talk us through a learning session you have designed for a mixed-age group.

Best wishes,
Morag Fleming
Learning Manager, Leith Harbour Heritage Trust""", lang="en",
            button=("Confirm interview time", "https://app.greenhouse.example.io/scheduling/leith/3f9a1"),
            footer="Sent via Greenhouse", color="#24a47f"),
        tid="leith_inv", parent="leith_ack"),

    msg(INV, "leith_second_chance", "en", company="Leith Harbour Heritage Trust",
        contact=MORAG[1], frm=MORAG,
        subject="Re: So sorry about today's interview",
        date="2026-03-26 09:20",
        text=reply("""Hi Nerea,

No harm done - these things happen, and thank you for letting me know so
quickly. Let's try again: could you do Thursday 2 April at 15:00? This
time we'll meet in person at the Trust (21 Commercial Quay, Leith), which
takes any technology out of the equation. Duncan will join us.

Just reply to confirm and I'll send a calendar invite.

Morag
""", "en", "Wed, 25 Mar 2026 at 20:10", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            """Dear Morag,

I am so sorry about this afternoon. I was waiting in the Teams lobby from
13:55, but it seems I had joined an old link from the first email. I
completely understand if the panel has moved on, but if there is any chance
to reschedule I would be very grateful.

Kind regards,
Nerea"""),
        tid="leith_inv2", parent="leith_apology"),

    msg(INV, "brunner_vance_firth", "en", company="Firth Learning Trust",
        contact="fiona.vance@brunnervance.example.co.uk",
        frm=("Fiona Vance", "fiona.vance@brunnervance.example.co.uk"),
        subject="Firth Learning Trust - interview confirmed for 23 June",
        date="2026-06-15 11:15",
        text="""Hello Nerea,

Great news: the Firth Learning Trust would like to meet you for the Museum
Education Officer role we discussed.

Interview details
  Date:   Tuesday 23 June 2026
  Time:   11:00-12:00 (UK time)
  Where:  Firth Learning Trust, 9 Ocean Drive, Edinburgh EH6 6JJ
  Panel:  Dr Alasdair Grant (Director of Learning) and Kirsty Lyle (HR)

They will ask you to deliver a 10-minute micro-session for a P6 class on
the history of the Forth. I'll call you on Friday to run through it.

Best,
Fiona

Fiona Vance
Partner | Brunner & Vance Search
Heritage, Arts and Education Recruitment
""", tid="brunner_inv", parent="brunner_cold"),

    msg(INV, "ashby_dean_village", "en", company="Dean Village Textile Museum",
        frm=("Dean Village Textile Museum", "no-reply@ashbyhq.com"),
        subject="Schedule your interview with Dean Village Textile Museum",
        date="2026-04-16 08:30", tz="utc",
        html=ats_card("Dean Village Textile Museum", """Hi Nerea,

The team would like to move forward with an interview for the Family Learning Coordinator role.

Please choose a 45-minute slot that works for you using the link below. Available times are between 20 and 24 April. Once you've picked a time, you'll receive a calendar invitation with the location and the names of your interviewers.

If none of the times work, reply through the candidate portal and we'll find an alternative.

Thanks,
Dean Village Textile Museum Recruiting""", lang="en",
            button=("Pick a time", "https://jobs.ashbyhq.example.com/deanvillage/schedule/af31"),
            footer="Powered by Ashby · This mailbox is not monitored.", color="#3b3b98"),
        tid="dean_inv", parent="dean_ack"),

    msg(INV, "granton_assessment_centre", "en", company="Granton Lighthouse Learning Centre",
        contact=CALLUM[1], frm=CALLUM,
        subject="Assessment day invitation - Education Officer",
        date="2026-08-11 14:48",
        text="""Dear Nerea,

I'm delighted to invite you to the assessment day for the post of Education
Officer at the Granton Lighthouse Learning Centre.

Tuesday 25 August, 09:30 - 15:00, at the Centre (West Harbour Road, Granton).

The day will include:
  - a 10-minute presentation: "How would you bring the lighthouse keepers'
    logbooks to life for visiting families?"
  - a group exercise with the other shortlisted candidates;
  - a 45-minute interview with the panel.

Lunch will be provided. Please let me know of any access requirements.

Yours sincerely,

Callum Reid
Centre Manager
Granton Lighthouse Learning Centre
West Harbour Road, Edinburgh EH5 1RF | 0131 000 2288
""",
        attach=[dict(type="ics", method="REQUEST", uid="granton-ac-20260825@grantonlighthouse.example.org.uk",
                     seq=0, start="2026-08-25 09:30", minutes=330, tz="Europe/London",
                     summary="Assessment day - Education Officer",
                     location="Granton Lighthouse Learning Centre, West Harbour Road",
                     organizer=CALLUM, name="assessment-day.ics")],
        tid="granton_inv"),

    msg(INV, "kiez_free_thursday", "en", company="Kiez Immersive Museum",
        contact="lena.okafor@kiezmuseum.example.de",
        frm=("Lena Okafor", "lena.okafor@kiezmuseum.example.de"),
        subject="quick chat?",
        date="2026-09-03 17:02", tz="cet",
        text="""Hi Nerea!

Lena here, I run visitor experience at Kiez Immersive Museum in Berlin. A
friend at the Stadtklang museum mentioned you and I had a look at your
portfolio - the night tours of the old port are so good.

We're hiring an education lead (English-speaking team, lots of school
groups from abroad). Are you free Thursday afternoon for a relaxed video
chat? Say 16:00 Berlin time, 30 minutes, no prep needed.

Cheers,
Lena
""", tid="kiez_inv"),

    # ---------------------------------------------------------------- fr
    msg(INV, "atalaye_appel", "fr", company="Musée Atalaye",
        contact="m.etcheverry@musee-atalaye.example.fr",
        frm=("Maïté Etcheverry", "m.etcheverry@musee-atalaye.example.fr"),
        subject="Re: Candidature spontanée – médiation culturelle",
        date="2026-04-28 11:06",
        text=reply("""Bonjour Nerea,

Merci pour votre message et votre CV, qui arrivent à point nommé : nous
recrutons justement une chargée des publics pour la saison.

Seriez-vous disponible pour un premier entretien téléphonique le lundi 4 mai
à 10 h ? Cela prendrait une demi-heure environ. Je vous appellerais au
numéro indiqué dans votre CV.

Bien à vous,
Maïté Etcheverry
Responsable du service des publics - Musée Atalaye
""", "fr", "lun. 20 avr. 2026 à 09:14", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            """Madame,

Guide-conférencière à Saint-Sébastien depuis huit ans, je me permets de vous
adresser ma candidature spontanée pour un poste en médiation culturelle au
Musée Atalaye. Je serais ravie d'échanger avec vous.

Nerea Castillo-Whitmore"""),
        tid="atalaye_inv", parent="atalaye_spont"),

    msg(INV, "garonne_journee_immersion", "fr", company="Fondation Garonne-Lumière",
        contact="camille.durand@garonne-lumiere.example.fr",
        frm=("Camille Durand", "camille.durand@garonne-lumiere.example.fr"),
        subject="Invitation à une journée d'immersion – Fondation Garonne-Lumière",
        subj_enc=("utf-8", "B"),
        date="2026-05-26 14:12",
        text="""Bonjour Nerea,

Votre candidature au poste de responsable de la médiation a retenu toute notre
attention. Pour la dernière étape du recrutement, nous vous proposons une
journée d'immersion à la Fondation le mardi 9 juin, de 9 h 30 à 17 h.

Au programme : rencontre avec l'équipe de médiation, observation d'un atelier
scolaire le matin, puis animation par vos soins d'une courte visite (20 min)
de l'exposition « Lumières d'estuaire » l'après-midi, suivie d'un entretien
avec la directrice.

Vos frais de déplacement depuis Saint-Sébastien seront pris en charge.

Merci de me confirmer votre présence.

Camille Durand
Chargée des ressources humaines
Fondation Garonne-Lumière - 18 quai des Queyries, 33100 Bordeaux
""",
        html=simple_html(paras("""Bonjour Nerea,

Votre candidature au poste de responsable de la médiation a retenu toute notre attention. Pour la dernière étape du recrutement, nous vous proposons une journée d'immersion à la Fondation le mardi 9 juin, de 9 h 30 à 17 h.

Au programme : rencontre avec l'équipe de médiation, observation d'un atelier scolaire le matin, puis animation par vos soins d'une courte visite (20 min) de l'exposition « Lumières d'estuaire » l'après-midi, suivie d'un entretien avec la directrice.

Vos frais de déplacement depuis Saint-Sébastien seront pris en charge.

Merci de me confirmer votre présence.

Camille Durand
Chargée des ressources humaines
Fondation Garonne-Lumière - 18 quai des Queyries, 33100 Bordeaux"""), "fr"),
        attach=[dict(type="ics", method="REQUEST", uid="immersion-0609@garonne-lumiere.example.fr", seq=0,
                     start="2026-06-09 09:30", minutes=450, tz="Europe/Paris",
                     summary="Journée d'immersion – Nerea Castillo-Whitmore",
                     location="Fondation Garonne-Lumière, 18 quai des Queyries, Bordeaux",
                     organizer=("Camille Durand", "camille.durand@garonne-lumiere.example.fr"),
                     name="immersion.ics")],
        tid="garonne_inv"),

    msg(INV, "marees_entretien", "fr", company="Maison des Marées",
        contact="pierre.haramboure@maisondesmarees.example.fr",
        frm=("Pierre Haramboure", "pierre.haramboure@maisondesmarees.example.fr"),
        subject="Entretien pour le poste d'animateur·rice nature et patrimoine",
        date="2026-09-08 10:40", charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour Madame Castillo-Whitmore,

Suite à l'examen de votre dossier, j'ai le plaisir de vous proposer un
entretien pour le poste d'animatrice nature et patrimoine.

Il se tiendra en visioconférence le mardi 15 septembre à 14 h, via le lien
suivant : https://visio.example.fr/maisondesmarees/entretien-15-09

Nous serons deux : moi-même et Anne Darrigrand, présidente de l'association.
Prévoyez environ quarante minutes.

Dans l'attente de votre confirmation, je vous prie d'agréer mes salutations
distinguées.

Pierre Haramboure
Directeur - Maison des Marées
Allée des Embruns, 64200 Biarritz
""", tid="marees_inv"),

    # ---------------------------------------------------------------- de
    msg(INV, "stadtklang_einladung_ics", "de", company="Museum für Stadtklang",
        contact=JONAS[1], frm=JONAS,
        subject="Einladung zum Vorstellungsgespräch am 22. April",
        date="2026-04-15 13:05",
        text="""Liebe Frau Castillo-Whitmore,

vielen Dank für Ihre Bewerbung als Referent*in für Bildung und Vermittlung.
Ihre Unterlagen haben uns überzeugt, und wir laden Sie herzlich zu einem
persönlichen Gespräch ein:

  Mittwoch, 22. April 2026, 10:00 bis 11:00 Uhr
  Museum für Stadtklang, Köpenicker Straße 70, 10179 Berlin, 3. OG

Am Gespräch nehmen außer mir unsere Direktorin Dr. Friederike Lanz und eine
Vertreterin des Personalrats teil. Bitte bereiten Sie eine kurze Skizze
(max. 5 Minuten) vor, wie Sie eine Hörstation für Schulklassen vermitteln
würden.

Reisekosten erstatten wir nach Bundesreisekostengesetz. Die Kalendereinladung
finden Sie im Anhang.

Mit freundlichen Grüßen
Jonas Albrecht
Leitung Bildung & Vermittlung
Museum für Stadtklang
""",
        html=outlook_html("""Liebe Frau Castillo-Whitmore,

vielen Dank für Ihre Bewerbung als Referent*in für Bildung und Vermittlung. Ihre Unterlagen haben uns überzeugt, und wir laden Sie herzlich zu einem persönlichen Gespräch ein:

Mittwoch, 22. April 2026, 10:00 bis 11:00 Uhr
Museum für Stadtklang, Köpenicker Straße 70, 10179 Berlin, 3. OG

Am Gespräch nehmen außer mir unsere Direktorin Dr. Friederike Lanz und eine Vertreterin des Personalrats teil. Bitte bereiten Sie eine kurze Skizze (max. 5 Minuten) vor, wie Sie eine Hörstation für Schulklassen vermitteln würden.

Reisekosten erstatten wir nach Bundesreisekostengesetz. Die Kalendereinladung finden Sie im Anhang.""", "de",
            signature="Mit freundlichen Grüßen\nJonas Albrecht\nLeitung Bildung & Vermittlung\nMuseum für Stadtklang"),
        attach=[dict(type="ics", inline=True, method="REQUEST", uid="stadtklang-vg-0422@stadtklang-museum.example.de",
                     seq=0, start="2026-04-22 10:00", minutes=60, tz="Europe/Berlin",
                     summary="Vorstellungsgespräch Castillo-Whitmore",
                     location="Museum für Stadtklang, 3. OG, Besprechungsraum Echo",
                     organizer=JONAS, attendees=[("Friederike Lanz", "f.lanz@stadtklang-museum.example.de")])],
        tid="stadtklang_inv"),

    msg(INV, "wedding_nord_zoom", "de", company="Kulturzentrum Wedding-Nord",
        contact="svenja.koch@kulturzentrum-wedding.example.de",
        frm=("Svenja Koch", "svenja.koch@kulturzentrum-wedding.example.de"),
        subject="Gesprächstermin Kulturvermittlung",
        date="2026-07-01 16:20",
        text="""Hallo Frau Castillo-Whitmore,

danke für Ihre Bewerbung! Wir würden Sie gern in einem Videogespräch
kennenlernen. Passt Ihnen Mittwoch, der 8. Juli, um 11 Uhr?

Zoom-Link: https://zoom.example.us/j/81234567890?pwd=wedding
Meeting-ID: 812 3456 7890

Dabei sind außer mir unser Geschäftsführer Tarek Yilmaz und Jule aus dem
Team Jugendprogramm. Planen Sie bitte eine knappe Stunde ein.

Viele Grüße
Svenja Koch
Programmleitung | Kulturzentrum Wedding-Nord
Osloer Straße 120, 13359 Berlin
""", tid="wedding_inv"),

    msg(INV, "kulturkoepfe_landwehrkanal", "de", company="Museum am Landwehrkanal",
        contact="malte.juergensen@kulturkoepfe.example.de",
        frm=("Malte Jürgensen", "malte.juergensen@kulturkoepfe.example.de"),
        name_enc=("utf-8", "B"),
        subject="Ihr Gespräch beim Museum am Landwehrkanal",
        date="2026-08-18 12:34",
        text="""Hallo Frau Castillo-Whitmore,

wie am Telefon besprochen, habe ich Ihr Profil dem Museum am Landwehrkanal
vorgestellt – und die Resonanz ist sehr gut. Die Museumsleitung möchte Sie
gern kennenlernen:

  Donnerstag, 27. August, 9:30 Uhr
  per Videocall (Link folgt direkt vom Museum)
  Gesprächspartnerinnen: Dr. Hanna Wiegand (Direktorin), Ines Bauer (Vermittlung)

Es geht um die Stelle Leitung Museumspädagogik (Vollzeit, unbefristet). Ich
melde mich am Vortag noch einmal kurz zur Vorbereitung.

Beste Grüße
Malte Jürgensen
Kulturköpfe Personalberatung
Senior Consultant Kultur & Bildung
Linienstraße 44, 10119 Berlin · +49 30 0000 7781
""", tid="kk_inv", parent="kk_cold"),

    # ================================================================ interview_reschedule_or_cancel
    msg(RES, "harrobia_update_seq1", "es", company="Museo Marítimo Harrobia",
        contact=ITZIAR[1], frm=ITZIAR,
        subject="Actualizado: Entrevista – Educadora de Museo (Museo Marítimo Harrobia)",
        subj_enc=("utf-8", "B"),
        date="2026-03-02 17:40",
        text="""Hola de nuevo, Nerea:

Perdona el cambio de última hora. A Jon le han convocado el jueves a una
reunión del patronato y no podemos mantener la entrevista a las 10:00.
Te propongo pasarla al viernes 6 de marzo a las 12:30, en el mismo sitio.

Te llega la convocatoria actualizada en el calendario. Si el viernes no te
encaja, dime qué otros huecos tienes esa semana.

Disculpa las molestias,
Itziar
""",
        attach=[dict(type="ics", inline=True, method="REQUEST", uid="harrobia-entrevista-0305@museoharrobia.example.es",
                     seq=1, start="2026-03-06 12:30", minutes=60, tz="Europe/Madrid",
                     summary="Entrevista Nerea Castillo-Whitmore – Educadora de Museo",
                     location="Museo Marítimo Harrobia, sala de reuniones 2",
                     organizer=ITZIAR, attendees=[("Jon Ugalde", "jon.ugalde@museoharrobia.example.es")])],
        tid="harrobia_move", parent="harrobia_inv"),

    msg(RES, "zubialde_cambio_fecha", "es", company="Ayuntamiento de Zubialde",
        contact="g.olano@zubialde.example.es",
        frm=("Garazi Olano Etxeberria", "g.olano@zubialde.example.es"),
        name_enc=("iso-8859-1", "Q"),
        subject="Modificación de fecha y lugar - prueba práctica Técnico/a de Museo",
        subj_enc=("iso-8859-1", "B"),
        date="2026-02-24 13:02", charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada aspirante:

Por coincidir con el pleno extraordinario convocado para el día 3 de marzo, el
tribunal ha acordado trasladar la prueba práctica del proceso de Técnico/a de
Museo Municipal:

  Nueva fecha: jueves, 5 de marzo de 2026, 9:00 horas
  Nuevo lugar: Biblioteca Municipal de Zubialde, planta baja (Errota kalea 2)

Se mantienen el resto de condiciones de la convocatoria. Rogamos disculpen las
molestias.

Garazi Olano Etxeberria
Técnica de Recursos Humanos · Ayuntamiento de Zubialde
""", tid="zubialde_move", parent="zubialde_inv"),

    msg(RES, "lautada_entrevistadora_enferma", "es", company="Fundación Lautada Ondarea",
        contact="maialen.ruiz@lautadaondarea.example.es",
        frm=("Maialen Ruiz de Azua", "maialen.ruiz@lautadaondarea.example.es"),
        subject="Re: Entrevista Técnica de Educación Patrimonial",
        date="2026-04-28 08:03",
        text=reply("""Buenos días Nerea,

Te escribo a primera hora porque me he levantado con fiebre y no voy a poder
hacer la entrevista de hoy a las 11:00. Prefiero no cancelarla sin más:
¿podríamos pasarla al lunes 4 de mayo a la misma hora? El enlace de la
videollamada sería el mismo.

Lo siento mucho, de verdad.

Maialen
""", "es", "jue, 23 abr 2026, 19:41", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            """Hola Maialen:

He reservado el martes 28 a las 11:00 en el calendario que me enviasteis. ¡Nos
vemos entonces!

Nerea"""),
        tid="lautada_move", parent="lautada_inv"),

    msg(RES, "lever_harria_nueva_hora", "es", company="Museo Arabako Harria",
        contact="unai.saez@arabakoharria.example.es",
        frm=("Unai Sáez de Ugarte", "no-reply@hire.lever.co"),
        reply_to=("Unai Sáez de Ugarte", "unai.saez@arabakoharria.example.es"),
        subject="Cambio de hora: entrevista Guía-Educador/a",
        date="2026-06-12 09:37",
        text="""Hola Nerea:

Te escribo porque la directora tiene un imprevisto el miércoles 17 a
mediodía. ¿Podríamos retrasar la entrevista a ese mismo día a las 16:30?
El lugar no cambia.

Si no te viene bien, respóndeme con dos o tres alternativas de esa semana y
lo cuadramos.

Gracias y disculpa,
Unai
""", tid="harria_move", parent="harria_inv"),

    msg(RES, "artazu_cancel_sin_fecha", "es", company="Centro Cultural Artazu",
        contact="edurne.goikoetxea@artazu.example.eus",
        frm=("Edurne Goikoetxea", "edurne.goikoetxea@artazu.example.eus"),
        subject="Cancelado: Entrevista panel – Mediación cultural @ mar 14 jul 2026 10:00 - 11:00 (CEST)",
        date="2026-07-10 18:01",
        text="""Hola Nerea,

Tenemos que anular la entrevista del martes: el centro cierra esa semana por
una avería en la climatización y el equipo estará fuera del edificio. No es
nada relacionado con tu candidatura, que sigue adelante en el proceso.

En cuanto sepamos cuándo reabrimos te propongo una nueva fecha, seguramente
para finales de julio.

Edurne
""",
        attach=[dict(type="ics", method="CANCEL", uid="artazu-panel-0714@artazu.example.eus", seq=1,
                     start="2026-07-14 10:00", minutes=60, tz="Europe/Madrid",
                     summary="Entrevista panel – Mediación cultural (Nerea Castillo-Whitmore)",
                     location="Artazu, sala Ganbara, Zabalbide kalea 3, Bilbao",
                     organizer=("Edurne Goikoetxea", "edurne.goikoetxea@artazu.example.eus"),
                     prodid="-//Google Inc//Google Calendar 70.9054//EN", name="invite.ics", cte="base64")],
        tid="artazu_cancel", parent="artazu_inv"),

    msg(RES, "olabide_cliente_mueve", "es", company="Fundación Getariako Mahastiak",
        contact="gorka@olabide.example.es",
        frm=("Gorka Olabide", "gorka@olabide.example.es"),
        subject="Re: Entrevista con Fundación Getariako Mahastiak",
        date="2026-09-07 13:15",
        text=reply("""Nerea, cambio de planes: la presidenta del patronato estará de viaje
el viernes, así que la fundación me pide mover tu entrevista al lunes 14 de
septiembre a las 17:00. Mismo lugar, Herrerieta 2. ¿Te cuadra?

Gorka
""", "es", "mar, 1 sept 2026, 17:45", "Gorka Olabide", "gorka@olabide.example.es",
            """Quieren conocerte: entrevista con la presidenta del patronato y la gerente el
viernes 11 de septiembre a las 16:00, en la sede de Getaria (Herrerieta 2)."""),
        tid="olabide_move", parent="olabide_inv"),

    msg(RES, "ibaialde_llamada_12h", "es", company="Universidad Ibaialde",
        contact="lorea.agirre@ibaialde.example.es",
        frm=("Lorea Agirre", "lorea.agirre@ibaialde.example.es"),
        subject="RE: Llamada breve – candidatura Cultura Científica",
        date="2026-03-18 15:50", charset="windows-1252",
        text=outlook_reply("""Hola Nerea,

Me ha surgido una reunión el jueves a primera hora. ¿Te parece si hacemos la
llamada el mismo jueves 19 a las 12:00 en vez de a las 10:00? Si no me dices
nada, entiendo que te va bien.

Lorea""", "es", "Nerea Castillo-Whitmore <nerea.cw@example.es>", "lunes, 16 de marzo de 2026 13:02",
            "Lorea Agirre <lorea.agirre@ibaialde.example.es>", "RE: Llamada breve – candidatura Cultura Científica",
            """Hola Lorea, el jueves 19 a las 10:00 me va perfecto. Gracias.
Nerea"""),
        tid="ibaialde_move", parent="ibaialde_inv"),

    msg(RES, "gaztelu_sesion_aplazada", "es", company="Casa-Museo Gaztelu",
        contact="iranzu.goni@gaztelu.example.es",
        frm=("Iranzu Goñi", "iranzu.goni@gaztelu.example.es"),
        subject="Aplazamiento de la sesión de selección del 22 de septiembre",
        date="2026-09-21 12:10",
        text="""Buenos días:

Le informamos de que la sesión de evaluación grupal prevista para mañana,
martes 22 de septiembre, queda aplazada. Con motivo de la huelga convocada
en el transporte comarcal, varias de las personas finalistas no podrían
llegar a tiempo y preferimos no celebrarla en esas condiciones.

Su candidatura sigue en el proceso. Le comunicaremos la nueva fecha en los
próximos días.

Disculpe las molestias.

Iranzu Goñi
Administración y Personas · Casa-Museo Gaztelu
""", tid="gaztelu_move", parent="gaztelu_inv"),

    msg(RES, "brunner_firth_moved", "en", company="Firth Learning Trust",
        contact="fiona.vance@brunnervance.example.co.uk",
        frm=("Fiona Vance", "fiona.vance@brunnervance.example.co.uk"),
        subject="Re: Firth Learning Trust - interview confirmed for 23 June",
        date="2026-06-19 10:25",
        text=reply("""Morning Nerea,

A small change from the Trust: Dr Grant has been called to a funders' meeting
on Tuesday, so they've asked to move your interview to Thursday 25 June at
14:00. Same venue, same format. I've said I'm confident you can make it -
let me know if not and I'll push back.

Fiona
""", "en", "Mon, 15 Jun 2026 at 11:15", "Fiona Vance", "fiona.vance@brunnervance.example.co.uk",
            """Great news: the Firth Learning Trust would like to meet you for the Museum
Education Officer role we discussed.

  Date:   Tuesday 23 June 2026
  Time:   11:00-12:00 (UK time)"""),
        tid="brunner_move", parent="brunner_inv"),

    msg(RES, "ashby_dean_rescheduled", "en", company="Dean Village Textile Museum",
        frm=("Dean Village Textile Museum", "no-reply@ashbyhq.com"),
        subject="Your interview has been rescheduled",
        date="2026-04-20 12:02", tz="utc",
        text="""Hi Nerea,

Your interview for Family Learning Coordinator at Dean Village Textile Museum
has been rescheduled by the hiring team.

  Previous time: Wednesday 22 April 2026, 10:00 BST
  New time:      Monday 27 April 2026, 15:00 BST
  Location:      Dean Village Textile Museum, Bell's Brae, Edinburgh

An updated calendar invitation is attached. If the new time doesn't work,
please use the link below to request a change.

https://jobs.ashbyhq.example.com/deanvillage/interview/af31/reschedule

This message was sent by Ashby on behalf of Dean Village Textile Museum.
""",
        attach=[dict(type="ics", method="REQUEST", uid="ashby-af31@deanvillagetextiles.example.co.uk", seq=1,
                     start="2026-04-27 15:00", minutes=45, tz="Europe/London",
                     summary="Interview: Family Learning Coordinator (Nerea Castillo-Whitmore)",
                     location="Dean Village Textile Museum, Bell's Brae, Edinburgh",
                     organizer=("Dean Village Textile Museum", "no-reply@ashbyhq.com"),
                     prodid="-//Ashby//Scheduling//EN", name="interview.ics")],
        tid="dean_move", parent="dean_inv"),

    msg(RES, "granton_online_seq2", "en", company="Granton Lighthouse Learning Centre",
        contact=CALLUM[1], frm=CALLUM,
        subject="Updated invitation: Assessment day - Education Officer (now online)",
        date="2026-08-19 16:30",
        text="""Dear Nerea,

Because of the roadworks closing West Harbour Road next week, we've decided
to run the assessment day online instead. The date stays the same, but the
programme now starts at 10:00 and finishes at 13:30:

  - 10:00 presentation (shared screen is fine)
  - 10:45 group exercise in breakout rooms
  - 12:30 panel interview

I'll phone everyone at 09:50 to check audio. The updated calendar invitation
is attached; please accept it so the link appears in your diary.

Yours sincerely,
Callum Reid
""",
        attach=[dict(type="ics", method="REQUEST", uid="granton-ac-20260825@grantonlighthouse.example.org.uk",
                     seq=2, start="2026-08-25 10:00", minutes=210, tz="Europe/London",
                     summary="Assessment day - Education Officer (ONLINE)",
                     location="Microsoft Teams", organizer=CALLUM, name="assessment-day.ics",
                     description="Join: https://teams.example.com/l/meetup-join/granton-ac")],
        tid="granton_move", parent="granton_inv"),

    msg(RES, "kiez_push_friday", "en", company="Kiez Immersive Museum",
        contact="lena.okafor@kiezmuseum.example.de",
        frm=("Lena Okafor", "lena.okafor@kiezmuseum.example.de"),
        subject="Re: quick chat?",
        date="2026-09-09 11:47", tz="cet",
        text=reply("""ugh, sorry Nerea - can we push our chat to Friday, same time (16:00)?
Thursday turned into install day for the new sound room and I'll be
covered in cables. Same link as before.

L.
""", "en", "Thu, 3 Sep 2026 at 19:15", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            """Hi Lena, what a lovely surprise! Thursday 10 September at 16:00
works perfectly for me. Talk then!
Nerea"""),
        tid="kiez_move", parent="kiez_inv"),

    msg(RES, "garonne_immersion_decalee", "fr", company="Fondation Garonne-Lumière",
        contact="camille.durand@garonne-lumiere.example.fr",
        frm=("Camille Durand", "camille.durand@garonne-lumiere.example.fr"),
        subject="Journée d'immersion : changement de date",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-06-04 09:12",
        text="""Bonjour Nerea,

Je suis navrée de devoir modifier le programme : l'atelier scolaire prévu le
9 juin a été annulé par l'école. Afin que vous puissiez tout de même observer
une séance, nous vous proposons de décaler la journée d'immersion au jeudi
11 juin, aux mêmes horaires (9 h 30 - 17 h).

Vous recevrez l'invitation mise à jour. Pouvez-vous me confirmer que cette
nouvelle date vous convient ?

Bien cordialement,
Camille Durand
""",
        attach=[dict(type="ics", method="REQUEST", uid="immersion-0609@garonne-lumiere.example.fr", seq=1,
                     start="2026-06-11 09:30", minutes=450, tz="Europe/Paris",
                     summary="Journée d'immersion – Nerea Castillo-Whitmore",
                     location="Fondation Garonne-Lumière, 18 quai des Queyries, Bordeaux",
                     organizer=("Camille Durand", "camille.durand@garonne-lumiere.example.fr"),
                     name="immersion.ics")],
        tid="garonne_move", parent="garonne_inv"),

    msg(RES, "atalaye_appel_decale", "fr", company="Musée Atalaye",
        contact="m.etcheverry@musee-atalaye.example.fr",
        frm=("Maïté Etcheverry", "m.etcheverry@musee-atalaye.example.fr"),
        subject="Re: Candidature spontanée – médiation culturelle",
        date="2026-05-03 19:30",
        text=reply("""Bonsoir Nerea,

Un imprévis m'oblige à décaler notre appel de demain matin : pourrions-nous
le faire mardi 5 mai à 14 h plutôt ? Je vous appellerai sur le même numéro.

Merci de votre compréhension,
Maïté
""", "fr", "mar. 28 avr. 2026 à 11:06", "Maïté Etcheverry", "m.etcheverry@musee-atalaye.example.fr",
            """Seriez-vous disponible pour un premier entretien téléphonique le lundi 4 mai
à 10 h ? Cela prendrait une demi-heure environ."""),
        tid="atalaye_move", parent="atalaye_inv"),

    msg(RES, "stadtklang_absage_krank", "de", company="Museum für Stadtklang",
        contact=JONAS[1], frm=JONAS,
        subject="Abgesagt: Vorstellungsgespräch Castillo-Whitmore",
        date="2026-04-21 07:48",
        text="""Liebe Frau Castillo-Whitmore,

leider muss ich unser für morgen geplantes Gespräch absagen: Ich bin seit
gestern krankgeschrieben, und Frau Dr. Lanz ist auf Dienstreise. Ich möchte
das Gespräch nicht ohne uns beide führen.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald ich wieder im
Büro bin, schlage ich Ihnen einen neuen Termin vor. Bitte buchen Sie noch
keine Anreise.

Herzliche Grüße
Jonas Albrecht
""",
        html=outlook_html("""Liebe Frau Castillo-Whitmore,

leider muss ich unser für morgen geplantes Gespräch absagen: Ich bin seit gestern krankgeschrieben, und Frau Dr. Lanz ist auf Dienstreise. Ich möchte das Gespräch nicht ohne uns beide führen.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald ich wieder im Büro bin, schlage ich Ihnen einen neuen Termin vor. Bitte buchen Sie noch keine Anreise.

Herzliche Grüße
Jonas Albrecht""", "de"),
        attach=[dict(type="ics", inline=True, method="CANCEL", uid="stadtklang-vg-0422@stadtklang-museum.example.de",
                     seq=1, start="2026-04-22 10:00", minutes=60, tz="Europe/Berlin",
                     summary="Abgesagt: Vorstellungsgespräch Castillo-Whitmore",
                     location="Museum für Stadtklang, 3. OG, Besprechungsraum Echo",
                     organizer=JONAS, cte="base64")],
        tid="stadtklang_cancel", parent="stadtklang_inv"),

    # ================================================================ missed_interview_notice
    msg(MIS, "ibaizabal_esperamos_teams", "es", company="Museo Ibaizabal",
        contact="ander.uriarte@museoibaizabal.example.es",
        frm=("Ander Uriarte", "ander.uriarte@museoibaizabal.example.es"),
        subject="Re: Entrevista – Educador/a de Públicos",
        date="2026-02-24 11:26",
        text=reply("""Hola Nerea,

Te hemos estado esperando en Teams desde las 11:00 hasta las 11:20, pero no
te has conectado. Leire y yo hemos tenido que irnos a otra reunión.

¿Ha pasado algo? Escríbeme cuando puedas.

Ander
""", "es", "mar, 17 feb 2026, 10:02", "Ander Uriarte", "ander.uriarte@museoibaizabal.example.es",
            """Hemos leído tu candidatura y queremos hacerte una entrevista por Teams el
martes 24 de febrero a las 11:00 (unos 40 minutos)."""),
        tid="ibaizabal_missed", parent="ibaizabal_inv"),

    msg(MIS, "eskuz_dos_llamadas", "es", company="Fundación Irati Kultura",
        contact="aitor.mendizabal@eskuz.example.es",
        frm=("Aitor Mendizabal | Eskuz Empleo", "aitor.mendizabal@eskuz.example.es"),
        subject="¿Todo bien? Entrevista Irati de esta mañana",
        date="2026-02-03 10:41",
        text="""Nerea, buenos días:

Te he llamado dos veces, a las 9:45 y a las 10:00, para la prueba de conexión
y no he conseguido hablar contigo. Mirentxu, de Fundación Irati Kultura, me
acaba de escribir diciendo que te ha esperado en la videollamada hasta las
10:15 y que no has llegado a entrar.

Dime algo en cuanto leas esto, por favor, para que pueda explicarles qué ha
pasado.

Aitor
T. 948 00 55 12
""", tid="eskuz_missed", parent="eskuz_inv"),

    msg(MIS, "ikusi_no_localizada", "es", company="Ikusi Talento",
        contact="nahia.etxabe@ikusitalento.example.es",
        frm=("Nahia Etxabe", "nahia.etxabe@ikusitalento.example.es"),
        subject="No he podido localizarte",
        date="2026-05-11 12:58",
        text="""Hola Nerea,

Hoy a las 12:30 teníamos la entrevista de valoración por teléfono. Te he
llamado al 611 23 45 67 a la hora acordada y otra vez a las 12:40, pero
saltaba el buzón de voz.

Imagino que ha sido algún imprevisto. Si sigues interesada, respóndeme con
un par de huecos y volvemos a intentarlo.

Nahia Etxabe
Consultora · Ikusi Talento ETT
""", cte="quoted-printable", tid="ikusi_missed", parent="ikusi_inv"),

    msg(MIS, "ibaialde_sin_respuesta", "es", company="Universidad Ibaialde",
        contact="lorea.agirre@ibaialde.example.es",
        frm=("Lorea Agirre", "lorea.agirre@ibaialde.example.es"),
        subject="RE: Llamada breve – candidatura Cultura Científica",
        date="2026-03-19 12:22", charset="windows-1252", cte="base64",
        text=outlook_reply("""Hola Nerea,

Te he llamado a las 12:00 como quedamos y de nuevo a las 12:10, sin
respuesta. No sé si te llegó mi correo con el cambio de hora.

Necesito cerrar las llamadas de esta fase mañana, así que si quieres que lo
intentemos, dime antes de las 14:00 de mañana a qué hora te localizo.

Lorea Agirre
Técnica de Selección · Universidad Ibaialde""", "es", "Lorea Agirre", "miércoles, 18 de marzo de 2026 15:50",
            "Nerea Castillo-Whitmore", "RE: Llamada breve – candidatura Cultura Científica",
            """Me ha surgido una reunión el jueves a primera hora. ¿Te parece si hacemos la
llamada el mismo jueves 19 a las 12:00 en vez de a las 10:00?"""),
        tid="ibaialde_missed", parent="ibaialde_move"),

    msg(MIS, "bidasoa_no_viniste", "es", company="Fundación Bidasoa Ibilbideak",
        contact="amaia.iturralde@bidasoaibilbideak.example.es",
        frm=("Amaia Iturralde", "amaia.iturralde@bidasoaibilbideak.example.es"),
        subject="Re: Entrevista martes 28 – Educadora de rutas",
        date="2026-07-28 10:52",
        text=reply("""Hola Nerea:

Te esperábamos hoy a las 10:00 en la sede de Irun para la entrevista. Hemos
aguardado media hora y no has aparecido; tampoco tenemos ningún aviso tuyo.

Si ha ocurrido algo, cuéntamelo.

Amaia
""", "es", "lun, 20 jul 2026, 12:31", "Amaia Iturralde", "amaia.iturralde@bidasoaibilbideak.example.es",
            """Te proponemos una entrevista el martes 28 de julio a las 10:00 en nuestra sede
de Irun (Calle Mayor 9, 2º)."""),
        tid="bidasoa_missed", parent="bidasoa_inv"),

    msg(MIS, "leith_waited_teams", "en", company="Leith Harbour Heritage Trust",
        contact=MORAG[1], frm=MORAG,
        subject="Today's interview - are you OK?",
        date="2026-03-25 14:35",
        text="""Hi Nerea,

Duncan and I waited on Teams from 14:00 until about 14:25 but didn't see you
join, and we couldn't reach you on the mobile number on your application.

I hope everything is all right. If something went wrong on the day, drop me a
line and let me know.

Best wishes,
Morag

Morag Fleming | Learning Manager
Leith Harbour Heritage Trust | 0131 000 4471
""",
        html=simple_html(paras("""Hi Nerea,

Duncan and I waited on Teams from 14:00 until about 14:25 but didn't see you join, and we couldn't reach you on the mobile number on your application.

I hope everything is all right. If something went wrong on the day, drop me a line and let me know.

Best wishes,
Morag

Morag Fleming | Learning Manager
Leith Harbour Heritage Trust | 0131 000 4471"""), "en"),
        tid="leith_missed", parent="leith_inv"),

    msg(MIS, "lothian_called_twice", "en", company="Lothian Discovery Centre",
        contact="sj.muir@lothiandiscovery.example.org.uk",
        frm=("Sarah-Jane Muir", "sj.muir@lothiandiscovery.example.org.uk"),
        subject="Missed phone interview this morning",
        date="2026-01-28 10:34",
        text="""Dear Nerea,

We had a phone interview booked for 10:00 today for the Schools Programme
Officer role. I tried calling you twice at 10:00 and again at 10:10 on
+34 611 23 45 67 but there was no answer.

Could you let me know whether you would still like to be considered? I may
be able to offer one more slot later this week.

Kind regards,
Sarah-Jane Muir
Operations Manager, Lothian Discovery Centre
""", tid="lothian_missed"),

    msg(MIS, "marees_attendue", "fr", company="Maison des Marées",
        contact="pierre.haramboure@maisondesmarees.example.fr",
        frm=("Pierre Haramboure", "pierre.haramboure@maisondesmarees.example.fr"),
        subject="Entretien de cet après-midi",
        date="2026-09-15 14:41", charset="iso-8859-1",
        text="""Bonjour Madame Castillo-Whitmore,

Anne Darrigrand et moi vous avons attendue sur la visioconférence de 14 h à
14 h 30, sans vous voir vous connecter. Nous n'avons pas non plus reçu de
message de votre part.

S'il s'agit d'un problème technique, faites-le-moi savoir rapidement ; à
défaut, nous considérerons que vous ne souhaitez pas poursuivre.

Cordialement,
Pierre Haramboure
Directeur - Maison des Marées
""", cte="quoted-printable", tid="marees_missed", parent="marees_inv"),

    msg(MIS, "wedding_nord_nicht_erschienen", "de", company="Kulturzentrum Wedding-Nord",
        contact="svenja.koch@kulturzentrum-wedding.example.de",
        frm=("Svenja Koch", "svenja.koch@kulturzentrum-wedding.example.de"),
        subject="AW: Gesprächstermin Kulturvermittlung",
        date="2026-07-08 11:31",
        text=reply("""Hallo Frau Castillo-Whitmore,

wir haben heute ab 11 Uhr im Zoom-Raum auf Sie gewartet, aber Sie sind nicht
dazugekommen. Auch telefonisch konnte ich Sie nicht erreichen.

Ist etwas dazwischengekommen? Melden Sie sich gern, dann schauen wir, ob wir
noch einen anderen Termin finden.

Viele Grüße
Svenja Koch
""", "de", "Mi., 1. Juli 2026 um 16:20", "Svenja Koch", "svenja.koch@kulturzentrum-wedding.example.de",
            """Wir würden Sie gern in einem Videogespräch kennenlernen. Passt Ihnen
Mittwoch, der 8. Juli, um 11 Uhr?"""),
        tid="wedding_missed", parent="wedding_inv"),

    msg(MIS, "kulturkoepfe_kunde_wartete", "de", company="Museum am Landwehrkanal",
        contact="malte.juergensen@kulturkoepfe.example.de",
        frm=("Malte Jürgensen", "malte.juergensen@kulturkoepfe.example.de"),
        name_enc=("utf-8", "B"),
        subject="Heute 9:30 – Museum am Landwehrkanal",
        date="2026-08-27 10:15",
        text="""Hallo Frau Castillo-Whitmore,

gerade hat mich Frau Dr. Wiegand vom Museum am Landwehrkanal angerufen: Sie
und Frau Bauer haben heute um 9:30 Uhr im Videocall auf Sie gewartet, aber
Sie haben sich nicht eingewählt. Ich habe Sie danach zweimal auf dem Handy
versucht.

Bitte melden Sie sich kurz bei mir, damit ich dem Museum eine Erklärung geben
kann.

Beste Grüße
Malte Jürgensen
Kulturköpfe Personalberatung · +49 30 0000 7781
""", cte="base64", tid="kk_missed", parent="kk_inv"),
]
