"""Corpus 266 - interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from __future__ import annotations

from msgs266_common import (
    M,
    ats_card,
    esc,
    mso,
    outlook_html,
    paras,
    quote,
    wrote_de,
    wrote_en,
    wrote_es,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ interview_invitation - es (14)
_t = """Hola Xabier:

¡Buenas noticias! Nos gustaría conocerte mejor en una entrevista telefónica de unos 20 minutos para el puesto de Técnico/a de Laboratorio de Calidad (R-2026-0147).

Elige el hueco que mejor te venga en el siguiente enlace. Los horarios disponibles son entre el 26 y el 30 de enero, de 9:00 a 13:00.

Reservar mi entrevista: https://lacteosbesaya.wd3.myworkday.com/es-ES/Besaya/interview/schedule/8f21c0

Si ninguna opción te encaja, indícalo en el propio enlace y te propondremos otra fecha.

Equipo de Selección · Lácteos Besaya"""
add(M(kind="interview_invitation", slug="besaya_workday_scheduling", lang="es",
      company="Lácteos Besaya", contact="",
      frm="Lácteos Besaya <lacteosbesaya@myworkday.com>",
      subject="Programa tu entrevista con Lácteos Besaya",
      date="2026-01-22 07:45", tz="UTC", key="besaya-invite", reply_of="besaya-ack",
      text=_t,
      html=ats_card("Lácteos Besaya", "#1f6f8b", paras(_t.replace(
          "Reservar mi entrevista: https://lacteosbesaya.wd3.myworkday.com/es-ES/Besaya/"
          "interview/schedule/8f21c0\n\n", "")),
          "Mensaje automático de Workday. No respondas a este correo.",
          button=("Reservar mi entrevista", "https://lacteosbesaya.wd3.myworkday.com/es-ES/"
                  "Besaya/interview/schedule/8f21c0")),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(kind="interview_invitation", slug="penacastillo_phone_screen", lang="es",
      company="Conservas Peñacastillo", contact="leire.gutierrez@penacastillo.example.es",
      frm="Leire Gutiérrez <leire.gutierrez@penacastillo.example.es>",
      subject="Técnico/a de Control de Calidad - llamada",
      date="2026-02-09 12:10", key="pena-phone", reply_of="pena-ack",
      text="""Hola Xabier,

Soy Leire, de Personas en Conservas Peñacastillo. He leído tu candidatura para técnico/a de control de calidad del turno de mañana y me ha llamado mucho la atención que vengas de la pescadería: aquí el producto lo conoce poca gente tan bien.

¿Te vendría bien que hablásemos por teléfono el jueves 12 a las 17:30? Serían unos 20 minutos para contarte el puesto y que me cuentes tú tu experiencia. Si no te cuadra, dime dos o tres huecos y me adapto.

Un saludo,
Leire Gutiérrez
Técnica de Personas
Conservas Peñacastillo · Calle Marqués de la Hermida 60 · 39009 Santander
942 22 80 35"""))

_t = """Hola de nuevo, Xabier:

Gracias por la llamada del lunes. Como te comenté, el siguiente paso es una entrevista presencial en la fábrica con Chema Arronte, responsable de Calidad, y conmigo.

Día: martes 24 de febrero
Hora: 10:00 a 11:30 (incluye visita a la línea de empacado de anchoa)
Lugar: Calle Marqués de la Hermida 60, Santander. Pregunta en portería por mí.

Te adjunto la convocatoria de calendario. Ven con calzado cerrado; te daremos bata y gorro en la visita.

Un saludo,
Leire"""
add(M(kind="interview_invitation", slug="penacastillo_onsite_calendar", lang="es",
      company="Conservas Peñacastillo", contact="leire.gutierrez@penacastillo.example.es",
      frm="Leire Gutiérrez <leire.gutierrez@penacastillo.example.es>",
      subject="Entrevista presencial - Conservas Peñacastillo",
      date="2026-02-17 09:02", key="pena-onsite", reply_of="pena-move",
      cte="quoted-printable", text=_t, html=outlook_html(mso(_t)),
      ics={"uid": "pena-onsite-20260224@penacastillo.example.es", "start": "2026-02-24 10:00",
           "end": "2026-02-24 11:30", "summary": "Entrevista Técnico/a Control de Calidad",
           "location": "Conservas Peñacastillo, Marqués de la Hermida 60, Santander",
           "organizer": "Leire Gutiérrez <leire.gutierrez@penacastillo.example.es>"}))

add(M(kind="interview_invitation", slug="labpas_panel_calendar", lang="es",
      company="Labpas Análisis", contact="marta.quintana@labpas.example.es",
      frm="Marta Quintana <marta.quintana@labpas.example.es>",
      subject="Convocatoria: entrevista con panel técnico (Técnico/a de laboratorio)",
      date="2026-03-10 10:22", key="labpas-invite", reply_of="labpas-ack",
      text="""Hola Xabier:

Te escribo para invitarte a la siguiente fase del proceso de Técnico/a de laboratorio. Será una entrevista con un panel formado por la directora técnica, la responsable de microbiología y yo misma.

Miércoles 18 de marzo, de 11:00 a 12:00, en nuestras instalaciones del Parque Empresarial Besaya (nave 12). Durante la entrevista te pediremos que nos expliques cómo organizarías la toma de muestras de una partida de pescado fresco.

Adjunto la invitación para tu calendario. ¿Me confirmas asistencia respondiendo a este correo?

Un saludo,
Marta Quintana
Responsable de Personas | Labpas Análisis""",
      ics={"uid": "labpas-panel-0318@labpas.example.es", "start": "2026-03-18 11:00",
           "end": "2026-03-18 12:00", "summary": "Entrevista panel técnico - X. Ondarra-Lindgren",
           "location": "Labpas Análisis, Parque Empresarial Besaya nave 12, Torrelavega",
           "organizer": "Marta Quintana <marta.quintana@labpas.example.es>",
           "filename": "entrevista-panel.ics"},
      ics_where="attach"))

_disc_raos = """AVISO LEGAL: Este mensaje y sus anexos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si ha recibido este mensaje por error, le rogamos que lo comunique al remitente y lo elimine."""
_t = """Buenos días, Xabier:

Tras revisar tu candidatura al puesto de Inspector/a de Calidad, nos gustaría invitarte a una entrevista con el jefe de Calidad del astillero, D. Fernando Pellón, y conmigo.

Fecha: miércoles 15 de abril de 2026
Hora: 9:30
Lugar: oficinas de Astilleros Raos, Muelle de Raos s/n (entrada por el control de accesos de la dársena).

Necesitaremos copia de tu DNI para darte de alta en el acceso al puerto. Te enviamos también la convocatoria para el calendario.

Atentamente,

Íñigo Saiz Bustamante
Técnico de Recursos Humanos · Astilleros Raos
Muelle de Raos, s/n – 39011 Santander · T. 942 35 60 12"""
add(M(kind="interview_invitation", slug="raos_outlook_calendar_disclaimer", lang="es",
      company="Astilleros Raos", contact="inigo.saiz@astillerosraos.example.es",
      frm="Íñigo Saiz Bustamante <inigo.saiz@astillerosraos.example.es>",
      subject="Entrevista Inspector/a de Calidad - Astilleros Raos",
      date="2026-04-07 08:55", key="raos-invite", hdr=("iso-8859-1", "Q"),
      cte="quoted-printable", text=_t + "\n\n" + _disc_raos,
      html=outlook_html(mso(_t) + f'<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">'
                        f"{esc(_disc_raos)}</span></p>"),
      ics={"uid": "raos-insp-calidad-0415@astillerosraos.example.es",
           "start": "2026-04-15 09:30", "end": "2026-04-15 10:30",
           "summary": "Entrevista Inspector/a de Calidad",
           "location": "Astilleros Raos - Oficinas, Muelle de Raos",
           "organizer": "Íñigo Saiz Bustamante <inigo.saiz@astillerosraos.example.es>"}))

add(M(kind="interview_invitation", slug="sardinero_free_thursday", lang="es",
      company="Cervezas Sardinero", contact="pablo.setien@cervezassardinero.example.es",
      frm="Pablo Setién <pablo.setien@cervezassardinero.example.es>",
      subject="¿un café el jueves?",
      date="2026-05-11 22:03", key="sardinero-chat", cte="8bit",
      text="""Buenas Xabier!

Me pasó tu CV Lucía, la del puesto de al lado en la Esperanza. Estamos buscando a alguien para llevar el control de calidad de la fábrica (catas, registros, limpieza de tanques, todo un poco) y creo que puedes encajar.

¿Estás libre el jueves a media mañana para charlar un ratuco? Nos tomamos un café en la fábrica de Nueva Montaña y te la enseño. Sin formalidades.

Dime algo,
Pablo

Pablo Setién · maestro cervecero
Cervezas Sardinero · Calle Alta 88, nave 3 · Santander
628 44 19 03"""))

add(M(kind="interview_invitation", slug="sardinero_trial_day", lang="es",
      company="Cervezas Sardinero", contact="pablo.setien@cervezassardinero.example.es",
      frm="Pablo Setién <pablo.setien@cervezassardinero.example.es>",
      subject="Jornada de prueba en fábrica",
      date="2026-05-20 13:27", key="sardinero-trial", reply_of="sardinero-chat-moved",
      text="""Hola Xabier,

Me quedé muy contento con lo del viernes. Para el siguiente paso me gustaría que vinieras un día entero a la fábrica, como jornada de prueba: el jueves 28 de mayo de 7:00 a 15:00.

Harás conmigo el control de un cocimiento entero: densidades, pH, temperaturas de maceración y registro en el programa. A la tarde revisamos juntos lo que hayas apuntado. La jornada se paga, no te preocupes.

Trae ropa cómoda y botas de agua.

Un abrazo,
Pablo"""))

add(M(kind="interview_invitation", slug="norteempleo_zorrotza_client", lang="es",
      company="Frigoríficos Zorrotza", contact="aitor.larrinaga@norteempleo.example.es",
      frm="Aitor Larrinaga | Norteempleo ETT <aitor.larrinaga@norteempleo.example.es>",
      subject="Entrevista con Frigoríficos Zorrotza - martes 3 de marzo",
      date="2026-02-25 16:35", key="zorrotza-invite", reply_of="norteempleo-ack",
      text="""Hola Xabier:

Te confirmo que Frigoríficos Zorrotza quiere conocerte para el puesto de control de calidad en cámaras de congelado que vimos el jueves.

Entrevista: martes 3 de marzo a las 10:00
Dónde: Frigoríficos Zorrotza, Muelle de Zorrotzaurre 22, Bilbao. Pregunta por Gorka Uribe, jefe de almacén.
Duración: una hora, con visita a las cámaras (-25 ºC; llevan ellos el equipo de abrigo).

Llévate el carné de manipulador y, si tienes, algún registro de temperaturas que hayas llevado en el mercado; les interesa mucho.

Cualquier cosa, me llamas.

Aitor Larrinaga
Consultor de selección · Norteempleo ETT
944 05 12 77"""))

add(M(kind="interview_invitation", slug="piles_phone_screen_latin1", lang="es",
      company="Lácteos Piles", contact="covadonga.alvarez@lacteospiles.example.es",
      frm="Covadonga Álvarez <covadonga.alvarez@lacteospiles.example.es>",
      subject="Lácteos Piles - entrevista telefónica técnico de calidad",
      date="2026-08-24 11:48", key="piles-invite", hdr=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="quoted-printable",
      text="""Buenos días Xabier:

Hemos recibido tu candidatura para técnico de calidad en nuestra planta de Gijón y nos gustaría hacerte una primera entrevista por teléfono.

Te propongo el lunes 31 de agosto a las 11:00. La llamada la haré yo desde el 985 13 40 22 y durará como media hora: repasaremos tu experiencia con la cadena de frío y te explicaré los turnos.

Por favor, confírmame si te viene bien.

Saludos,

Covadonga Álvarez Fano
Selección y Desarrollo
Lácteos Piles · Avda. de la Argentina 131 · 33213 Gijón"""))

_inv_pedrena = """Hola Xabier,

Después de hablar por teléfono, ¿puedes venir a la depuradora el martes 31 a las 9:00 para la entrevista con el encargado de calidad? Trae el carné de manipulador.

Begoña"""
add(M(kind="interview_invitation", slug="pedrena_depuradora", lang="es",
      company="Mariscos Pedreña", contact="begona.sainz@mariscospedrena.example.es",
      frm="Begoña Sainz <begona.sainz@mariscospedrena.example.es>",
      subject="Entrevista depuradora",
      date="2026-03-23 12:30", key="pedrena-invite", reply_of="pedrena-ack",
      text=_inv_pedrena + """

--
Begoña Sainz · Administración
Mariscos Pedreña · 942 50 03 16"""))

add(M(kind="interview_invitation", slug="nansa_assessment_centre_html", lang="es",
      company="Quesos Nansa", contact="lucia.gomez@quesosnansa.example.es",
      frm="Quesos Nansa <noreply@smartrecruiters.com>",
      reply_to="Lucía Gómez <lucia.gomez@quesosnansa.example.es>",
      subject="Invitación a la jornada de evaluación – Técnico/a de Calidad",
      date="2026-09-07 08:15", tz="UTC", key="nansa-invite",
      html=ats_card(
          "Quesos Nansa", "#b5651d",
          "<p>Hola Xabier:</p>"
          "<p>Has superado la fase de revisión curricular para <strong>Técnico/a de Calidad "
          "(quesería de Puentenansa)</strong>. Te invitamos a nuestra <strong>jornada de "
          "evaluación grupal</strong>, en la que participarás junto a otras cinco personas en "
          "un caso práctico de trazabilidad, una prueba de cata y una entrevista individual.</p>"
          "<ul><li>Jueves 17 de septiembre, de 9:30 a 14:00</li>"
          "<li>Quesería de Puentenansa, Barrio La Plaza 4, Rionansa</li>"
          "<li>Comida incluida</li></ul>"
          "<p>Confirma tu plaza con el botón. Si tienes dudas sobre el transporte, "
          "responde a este correo y te contestará Lucía Gómez, de nuestro equipo.</p>",
          "SmartRecruiters · Quesos Nansa S.L. · Política de privacidad",
          button=("Confirmar asistencia",
                  "https://jobs.smartrecruiters.com/QuesosNansa/confirm/77b1"))))

_t = """Hola Xabier,

Gracias por tu interés en Lactolab Cantabria. El siguiente paso del proceso para Técnico/a de Laboratorio Lácteo es una prueba técnica online de 45 minutos (preguntas sobre buenas prácticas de laboratorio, cálculo de diluciones y lectura de resultados de análisis de leche).

Puedes hacerla cuando quieras antes del domingo 12 de julio a las 23:59 desde este enlace:
https://app.ashbyhq.com/lactolab/assessment/c3f9-2207

Después de la prueba, el equipo técnico te llamará para una entrevista corta sobre tus respuestas.

¡Suerte!
Lactolab Cantabria · Equipo de Selección"""
add(M(kind="interview_invitation", slug="lactolab_ashby_online_test", lang="es",
      company="Lactolab Cantabria", contact="",
      frm="Lactolab Cantabria <no-reply@ashbyhq.com>",
      subject="Siguiente paso: prueba técnica online",
      date="2026-07-06 09:00", tz="UTC", key="lactolab-test", cte="base64", text=_t))

add(M(kind="interview_invitation", slug="vertice_revilla_client", lang="es",
      company="Anchoas Revilla", contact="sonia.revuelta@verticetalent.example.es",
      frm="Sonia Revuelta <sonia.revuelta@verticetalent.example.es>",
      subject="Re: CV actualizado",
      date="2026-04-21 18:12", key="revilla-invite", reply_of="vertice-cv",
      hdr=("utf-8", "B"),
      text=f"""Xabier, ¡qué rapidez!

Con el CV nuevo lo he movido hoy mismo y tengo respuesta: Anchoas Revilla, de Santoña, quiere entrevistarte para el puesto de técnico de calidad de sala (control de sobado, salmuera y envasado). Es la familia Revilla, llevan tres generaciones y están creciendo.

La entrevista sería el martes 28 de abril a las 16:00 en su fábrica del polígono de Santoña, con Chelo Revilla (gerente) y el responsable de calidad. Yo os presento y luego me salgo.

¿Te lo confirmo?

Sonia

{wrote_es("mar, 21 abr 2026 a las 9:03", "Xabier Ondarra-Lindgren", "xabier.ol@example.es")}
> Hola Sonia, te paso el CV actualizado con el curso de APPCC que terminé la semana
> pasada. Sigo muy interesado en cualquier proceso de calidad en conserva.
> Un saludo, Xabier
"""))

_app = """Buenas tardes:

Me llamo Xabier Ondarra-Lindgren y trabajo desde hace once años como pescadero en el Mercado de la Esperanza de Santander. Os escribo porque he visto la oferta de auxiliar de calidad en vuestra fábrica de Santoña.

Conozco bien la anchoa del Cantábrico y el proceso de salazón. En marzo terminé un curso de APPCC y sistemas de calidad. El año pasado ya me presenté a otra salazonera de la zona y me dijeron que no por falta de experiencia en fábrica, así que he estado formándome.

Adjunto mi CV. Muchas gracias por vuestro tiempo.

Xabier Ondarra-Lindgren
642 118 305"""
add(M(kind="interview_invitation", slug="berria_invite_quoting_application", lang="es",
      company="Salazones Berria", contact="paz.carriles@salazonesberria.example.es",
      frm="Paz Carriles Gómez <paz.carriles@salazonesberria.example.es>",
      subject="RE: Candidatura auxiliar de calidad",
      date="2026-09-24 12:44", key="berria-invite", reply_of="<cand-berria-0916@example.es>",
      charset="windows-1252", cte="quoted-printable",
      text=f"""Hola Xabier:

Gracias por tu correo, que nos ha gustado mucho. Queremos conocerte en persona: ¿te viene bien el jueves 1 de octubre a las 10:00 en la fábrica de Santoña (Polígono El Páramo, parcela 7)?

Será una entrevista de unos 45 minutos conmigo y con el encargado de sala. Si no puedes ese día, proponme otro de esa semana.

Un saludo,

Paz Carriles
Dirección de Calidad · Salazones Berria
Tel. 942 66 21 09

{"_" * 32}
De: Xabier Ondarra-Lindgren <xabier.ol@example.es>
Enviado: miércoles, 16 de septiembre de 2026 19:20
Para: calidad@salazonesberria.example.es
Asunto: Candidatura auxiliar de calidad

{_app}"""))

# ================================================================ interview_invitation - en (6)
_t = """Hi Xabier,

Thanks for applying for the QC Technician – Whitefish Processing role at Granite Coast Seafoods. I'd love to set up a 45-minute video interview with me and our Technical Manager, Graham Watt.

Please pick a time that suits you using the link below (all times shown in UK time):
https://app.greenhouse.io/scheduling/granitecoast/3c9e01

If none of the slots work, just reply to this email and I'll sort something out.

Best,
Moira Duthie
Recruiter, Granite Coast Seafoods"""
add(M(kind="interview_invitation", slug="granite_greenhouse_video", lang="en",
      company="Granite Coast Seafoods", contact="moira.duthie@granitecoast.example.co.uk",
      frm="Moira Duthie via Greenhouse <no-reply@greenhouse-mail.io>",
      reply_to="Moira Duthie <moira.duthie@granitecoast.example.co.uk>",
      subject="Interview invitation: QC Technician – Whitefish Processing",
      date="2026-04-28 10:40", key="granite-invite", reply_of="granite-ack",
      text=_t, html=f"<html><body>{paras(_t)}</body></html>"))

_t = """Dear Xabier,

Following your telephone conversation with Dr Mackie, I am pleased to invite you to a panel interview for the Laboratory QC Technician position.

Date: Tuesday 18 August 2026
Time: 14:00 - 15:15 (BST)
Venue: Torry Analytical Services, 14 Greyhope Road, Aberdeen AB11 9RD. A Teams link is included in the calendar invitation in case travel is disrupted.

The panel will be Dr Neil Mackie (Laboratory Manager), Priya Nair (Quality Manager) and myself. We will ask you to talk us through a short case on sample chain-of-custody for 10 minutes.

Please accept the calendar invitation to confirm.

Kind regards,
Isla Ferguson
HR Business Partner, Torry Analytical Services"""
add(M(kind="interview_invitation", slug="torry_panel_calendar", lang="en",
      company="Torry Analytical Services", contact="isla.ferguson@torryanalytical.example.co.uk",
      frm="Isla Ferguson <isla.ferguson@torryanalytical.example.co.uk>",
      subject="Invitation to interview - Laboratory QC Technician",
      date="2026-08-11 11:20", key="torry-invite",
      text=_t, html=outlook_html(mso(_t), lang="en-GB"),
      ics={"uid": "040000008200E00074C5B7101A82E00800000000torry0818", "seq": 0,
           "start": "2026-08-18 14:00", "end": "2026-08-18 15:15",
           "summary": "Panel interview - Laboratory QC Technician (X. Ondarra-Lindgren)",
           "location": "Torry Analytical Services, 14 Greyhope Road / Microsoft Teams",
           "organizer": "Isla Ferguson <isla.ferguson@torryanalytical.example.co.uk>"}))

add(M(kind="interview_invitation", slug="harbourline_northsound_client", lang="en",
      company="Northsound Brewing", contact="callum.reid@harbourline.example.co.uk",
      frm="Callum Reid <callum.reid@harbourline.example.co.uk>",
      subject="Interview confirmed - Northsound Brewing, QA Technician",
      date="2026-06-22 15:02", key="northsound-invite", reply_of="harbourline-ack",
      text="""Hi Xabier,

Great news - Northsound Brewing would like to meet you for the QA Technician role we discussed.

When: Tuesday 30 June, 11:00 (UK time)
Where: Video call on Zoom - link to follow from their side
Who: Kirsty Low, Head of Quality, and Ewan Grant, Brewing Manager

Expect questions about how you'd manage sensory panels and HACCP records, and they'll probably ask about your move to Aberdeen. I'll give you a ring on Monday to prep.

Cheers,
Callum

Callum Reid | Senior Consultant, Food & Drink
Harbourline Recruitment | 21 Union Row, Aberdeen AB10 1SA | 07700 914 228"""))

add(M(kind="interview_invitation", slug="arcturus_phone_screen", lang="en",
      company="Arcturus Dairy Ingredients", contact="hannah.pryce@arcturus-dairy.example.com",
      frm="Hannah Pryce <hannah.pryce@arcturus-dairy.example.com>",
      subject="Quick call about the QC Technician role in Torrelavega?",
      date="2026-02-02 14:28", tz="ES", key="arcturus-invite",
      text="""Hi Xabier,

I'm the recruiter looking after the QC Technician (Dairy Ingredients) vacancy at our Torrelavega plant. Your application stood out and I'd like to have a 20-minute phone screen with you.

Would Thursday 5 February at 10:00 CET work? I'll call you on the mobile number in your CV (+34 642 118 305). The conversation will be in English, as the role reports into our UK quality team.

Best regards,

Hannah Pryce
Talent Acquisition Partner, EMEA
Arcturus Dairy Ingredients
Plaza de la Constitución 3, 39300 Torrelavega | +44 20 7946 0321"""))

add(M(kind="interview_invitation", slug="kittiwake_free_thursday", lang="en",
      company="Kittiwake Labs", contact="dougie@kittiwakelabs.example.co.uk",
      frm="Dougie Strachan <dougie@kittiwakelabs.example.co.uk>",
      subject="are you free Thursday?",
      date="2026-10-05 17:52", key="kittiwake-invite",
      text="""Hi Xabier,

Callum at Harbourline passed me your CV - hope that's okay. I run a small food microbiology lab in Aberdeen and I'm looking for a lab tech.

Are you free Thursday afternoon to chat? Nothing formal, half an hour on a video call, say 3pm UK time? I'd like to hear how a fishmonger ends up wanting to count bacteria for a living.

Dougie

Dougie Strachan | Lab Manager | Kittiwake Labs
Unit 5, Altens Industrial Estate, Aberdeen AB12 3LP | 01224 871 664"""))

add(M(kind="interview_invitation", slug="buchan_trial_saturday", lang="en",
      company="Buchan Smokehouse", contact="rob@buchansmokehouse.example.co.uk",
      frm="Rob Cowie <rob@buchansmokehouse.example.co.uk>",
      subject="Trial day Saturday",
      date="2026-09-08 18:40", key="buchan-trial", reply_of="buchan-apply",
      text="""Can you come for a trial day this Saturday? 6am start at the kilns, bring boots.

You'd shadow Mhairi on the QC checks - salt, colour, temperatures - and we'll see how you get on.

Rob Cowie
Buchan Smokehouse, Harbour Street, Peterhead AB42 1DN
07812 330 915"""))

# ================================================================ interview_invitation - fr (3)
add(M(kind="interview_invitation", slug="garonne_entretien_calendar", lang="fr",
      company="Conserverie Garonne", contact="camille.dufau@conserverie-garonne.example.fr",
      frm="Camille Dufau <camille.dufau@conserverie-garonne.example.fr>",
      subject="Invitation à un entretien – Technicien qualité",
      date="2026-06-09 11:05", key="garonne-invite", reply_of="garonne-ack",
      cte="quoted-printable",
      text="""Bonjour Xabier,

Votre candidature au poste de technicien qualité a retenu toute notre attention et nous souhaiterions vous rencontrer.

Je vous propose un entretien le mercredi 17 juin à 10h00 dans nos locaux du quai de Brazza, avec M. Lartigue, responsable qualité, et moi-même. Une visite de l'atelier de sertissage est prévue à la suite.

Vous trouverez l'invitation en pièce jointe. Merci de me confirmer votre présence.

Bien cordialement,

Camille Dufau
Responsable Ressources Humaines · Conserverie Garonne
Quai de Brazza · 33100 Bordeaux · 05 56 40 18 72""",
      ics={"uid": "garonne-tq-20260617@conserverie-garonne.example.fr",
           "start": "2026-06-17 10:00", "end": "2026-06-17 11:30", "tz": "FR",
           "summary": "Entretien technicien qualité – X. Ondarra-Lindgren",
           "location": "Conserverie Garonne, quai de Brazza, Bordeaux",
           "organizer": "Camille Dufau <camille.dufau@conserverie-garonne.example.fr>",
           "filename": "entretien.ics"},
      ics_where="attach"))

add(M(kind="interview_invitation", slug="interim_atlantique_bastide_client", lang="fr",
      company="Brasserie Bastide", contact="julien.bordes@interim-atlantique.example.fr",
      frm="Julien Bordes <julien.bordes@interim-atlantique.example.fr>",
      subject="Entretien Brasserie Bastide – mardi 9 juin 14h30",
      date="2026-06-03 10:18", key="bastide-invite", reply_of="interim-ack",
      text="""Bonjour Xabier,

Bonne nouvelle : la Brasserie Bastide souhaite vous rencontrer pour la mission d'agent qualité (CDD de 6 mois, possibilité de CDI).

Rendez-vous le mardi 9 juin à 14h30 à la brasserie, 41 rue de la Benauge à Bordeaux (La Bastide). Vous serez reçu par Mme Nadia Ferrand, responsable de production. Prévoyez 45 minutes et une pièce d'identité.

Je vous appelle lundi pour préparer l'entretien ensemble.

Bien à vous,

Julien Bordes
Chargé de recrutement – Intérim Atlantique
05 57 87 30 14"""))

add(M(kind="interview_invitation", slug="estuaire_phone_replyto_latin1", lang="fr",
      company="Laiterie de l'Estuaire", contact="sandrine.lafon@laiterie-estuaire.example.fr",
      frm="Recrutement Laiterie de l'Estuaire <recrutement@laiterie-estuaire.example.fr>",
      reply_to="Sandrine Lafon <sandrine.lafon@laiterie-estuaire.example.fr>",
      subject="Entretien téléphonique - Technicien qualité laitière",
      date="2026-09-02 09:31", key="estuaire-invite", hdr=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="quoted-printable",
      text="""Bonjour Monsieur Ondarra-Lindgren,

Suite à votre candidature, nous aimerions faire un premier entretien téléphonique avec vous pour le poste de technicien qualité laitière à Blaye.

Créneau proposé : jeudi 10 septembre à 11h00 (heure de Paris), d'une durée de 30 minutes environ. Sandrine Lafon, notre responsable qualité, vous appellera. Une invitation est jointe pour votre agenda.

Pour toute question, il suffit de répondre à ce message : la réponse arrivera directement à Mme Lafon.

Cordialement,
Le service Recrutement
Laiterie de l'Estuaire · ZI du Port · 33390 Blaye""",
      ics={"uid": "estuaire-tel-0910@laiterie-estuaire.example.fr",
           "start": "2026-09-10 11:00", "end": "2026-09-10 11:30", "tz": "FR",
           "summary": "Entretien téléphonique - Technicien qualité laitière",
           "location": "Téléphone",
           "organizer": "Sandrine Lafon <sandrine.lafon@laiterie-estuaire.example.fr>",
           "filename": "entretien-telephonique.ics"},
      ics_where="attach"))

# ================================================================ interview_invitation - de (3)
_t = """Hallo Herr Ondarra-Lindgren,

vielen Dank für Ihre Bewerbung als Mitarbeiter Qualitätssicherung (m/w/d). Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch per Videocall ein.

Bitte wählen Sie über den folgenden Link einen passenden Termin zwischen dem 19. und 22. Mai:
https://weserfisch.softgarden.io/interview/select/5521-aa9

Bei Fragen antworten Sie einfach auf diese E-Mail; Ihre Nachricht geht direkt an Frau Ahlers.

Freundliche Grüße
Ihr Recruiting-Team von Weserfisch Feinkost"""
add(M(kind="interview_invitation", slug="weserfisch_softgarden_slot", lang="de",
      company="Weserfisch Feinkost", contact="j.ahlers@weserfisch.example.de",
      frm="Weserfisch Feinkost <noreply@softgarden.io>",
      reply_to="Jana Ahlers <j.ahlers@weserfisch.example.de>",
      subject="Einladung zum Vorstellungsgespräch – Weserfisch Feinkost",
      date="2026-05-12 09:14", key="weserfisch-invite", reply_of="weserfisch-ack",
      text=_t, html=ats_card("Weserfisch Feinkost", "#0a4d68", paras(_t),
                             "Versendet über softgarden.", lang="de")))

add(M(kind="interview_invitation", slug="schlachte_probearbeitstag", lang="de",
      company="Brauerei Schlachte", contact="h.osterkamp@brauerei-schlachte.example.de",
      frm="Henrik Osterkamp <h.osterkamp@brauerei-schlachte.example.de>",
      subject="Re: Bewerbung als Qualitätstechniker",
      date="2026-07-08 16:40", key="schlachte-trial", reply_of="schlachte-apply",
      text=f"""Moin Herr Ondarra-Lindgren,

danke für Ihre Bewerbung, die hat uns neugierig gemacht. Ein Fischhändler, der Brauer-Qualität machen will, das hat man nicht alle Tage.

Wir würden Sie gern zu einem Probearbeitstag einladen: Donnerstag, 16. Juli, von 7:00 bis ca. 15:00 Uhr in der Brauerei an der Schlachte 31. Sie laufen einen Tag mit im Labor (Stammwürze, pH, Mikrobiologie) und in der Abfüllung. Mittagessen gibt's bei uns.

Bitte geben Sie mir kurz Bescheid, ob das klappt.

Beste Grüße
Henrik Osterkamp
Braumeister / Leitung QS
Brauerei Schlachte · Schlachte 31 · 28195 Bremen · 0421 33 07 91

{wrote_de("Mi., 1. Juli 2026 um 09:12", "Xabier Ondarra-Lindgren", "xabier.ol@example.es")}
> Sehr geehrte Damen und Herren,
> anbei sende ich Ihnen meine Bewerbung als Qualitätstechniker (m/w/d).
"""))

_t = """Sehr geehrter Herr Ondarra-Lindgren,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Stelle Laborant Qualitätskontrolle (m/w/d) einzuladen.

Termin: Mittwoch, 1. Juli 2026, 10:00 bis 11:00 Uhr
Ort: Molkerei Blockland, Am Blocklander Hemmweg 9, 28239 Bremen (Verwaltungsgebäude, 1. OG)
Gesprächspartner: Birte Tiedemann (Leitung QM) und Timo Hashagen (Laborleitung)

Im Anschluss zeigen wir Ihnen gern unser Labor und die Käserei. Eine Kalendereinladung ist beigefügt.

Mit freundlichen Grüßen
Birte Tiedemann
Leitung Qualitätsmanagement · Molkerei Blockland eG"""
add(M(kind="interview_invitation", slug="blockland_calendar", lang="de",
      company="Molkerei Blockland", contact="birte.tiedemann@molkerei-blockland.example.de",
      frm="Birte Tiedemann <birte.tiedemann@molkerei-blockland.example.de>",
      subject="Einladung zum Vorstellungsgespräch am 1. Juli",
      date="2026-06-22 13:06", key="blockland-invite", cte="quoted-printable",
      text=_t, html=outlook_html(mso(_t), lang="de"),
      ics={"uid": "blockland-lqk-20260701@molkerei-blockland.example.de", "tz": "DE",
           "start": "2026-07-01 10:00", "end": "2026-07-01 11:00",
           "summary": "Vorstellungsgespräch Laborant QK - Ondarra-Lindgren",
           "location": "Molkerei Blockland, Verwaltungsgebäude 1. OG",
           "organizer": "Birte Tiedemann <birte.tiedemann@molkerei-blockland.example.de>"}))

# ================================================================ reschedule/cancel - es (8)
add(M(kind="interview_reschedule_or_cancel", slug="penacastillo_ill_moves_call", lang="es",
      company="Conservas Peñacastillo", contact="leire.gutierrez@penacastillo.example.es",
      frm="Leire Gutiérrez <leire.gutierrez@penacastillo.example.es>",
      subject="Re: Técnico/a de Control de Calidad - llamada",
      date="2026-02-11 08:12", key="pena-move", reply_of="pena-phone",
      text=f"""Hola Xabier,

Perdona el cambio con tan poco margen: me he levantado con gripe y mañana no voy a estar en condiciones de hacer la llamada. ¿Podemos pasarla al lunes 16 a las 12:00? Si te viene mejor otra hora ese día, dímelo sin problema.

Gracias por la comprensión,
Leire

{wrote_es("lun, 9 feb 2026 a las 13:02", "Xabier Ondarra-Lindgren", "xabier.ol@example.es")}
> Hola Leire, el jueves a las 17:30 me va perfecto, salgo del mercado a las 15:00.
> Gracias por contactar conmigo.
> Xabier
"""))

add(M(kind="interview_reschedule_or_cancel", slug="labpas_calendar_update_seq1", lang="es",
      company="Labpas Análisis", contact="marta.quintana@labpas.example.es",
      frm="Marta Quintana <marta.quintana@labpas.example.es>",
      subject="Actualizado: Entrevista panel técnico - X. Ondarra-Lindgren",
      date="2026-03-13 17:40", key="labpas-move", reply_of="labpas-invite",
      text="""Hola Xabier:

La directora técnica tiene una auditoría el miércoles 18, así que movemos la entrevista con el panel al jueves 19 de marzo de 12:30 a 13:30, mismo lugar. Te mando la convocatoria actualizada para que se sustituya la anterior en tu calendario.

Si el jueves no te encaja, dímelo y buscamos otra opción.

Marta""",
      ics={"uid": "labpas-panel-0318@labpas.example.es", "seq": 1,
           "start": "2026-03-19 12:30", "end": "2026-03-19 13:30",
           "summary": "Entrevista panel técnico - X. Ondarra-Lindgren",
           "location": "Labpas Análisis, Parque Empresarial Besaya nave 12, Torrelavega",
           "organizer": "Marta Quintana <marta.quintana@labpas.example.es>"}))

add(M(kind="interview_reschedule_or_cancel", slug="raos_calendar_cancel", lang="es",
      company="Astilleros Raos", contact="inigo.saiz@astillerosraos.example.es",
      frm="Íñigo Saiz Bustamante <inigo.saiz@astillerosraos.example.es>",
      subject="Cancelada: Entrevista Inspector/a de Calidad",
      date="2026-04-13 18:02", key="raos-cancel", reply_of="raos-accept",
      hdr=("iso-8859-1", "B"),
      text="""Buenas tardes, Xabier:

Tenemos que cancelar la entrevista del miércoles 15. El comité de dirección se reúne esta semana para revisar las contrataciones del semestre y nos han pedido parar todas las entrevistas hasta entonces.

No es una decisión sobre tu candidatura, que sigue abierta. En cuanto tengamos noticias os escribiremos a todos los candidatos.

Disculpa las molestias.

Íñigo Saiz Bustamante
Técnico de Recursos Humanos · Astilleros Raos""",
      ics={"uid": "raos-insp-calidad-0415@astillerosraos.example.es", "method": "CANCEL",
           "seq": 1, "start": "2026-04-15 09:30", "end": "2026-04-15 10:30",
           "summary": "Cancelada: Entrevista Inspector/a de Calidad",
           "location": "Astilleros Raos - Oficinas, Muelle de Raos",
           "organizer": "Íñigo Saiz Bustamante <inigo.saiz@astillerosraos.example.es>"}))

add(M(kind="interview_reschedule_or_cancel", slug="zorrotza_moved_via_ett", lang="es",
      company="Frigoríficos Zorrotza", contact="aitor.larrinaga@norteempleo.example.es",
      frm="Aitor Larrinaga | Norteempleo ETT <aitor.larrinaga@norteempleo.example.es>",
      subject="Re: Entrevista con Frigoríficos Zorrotza - martes 3 de marzo",
      date="2026-02-27 12:21", key="zorrotza-move", reply_of="zorrotza-resched",
      text=f"""Hola Xabier,

Hablado con Gorka: no hay problema. La entrevista pasa del martes 3 al miércoles 4 de marzo, misma hora (10:00) y mismo sitio, Muelle de Zorrotzaurre 22.

Así puedes cubrir el martes en el mercado. Suerte el miércoles y llámame al salir.

Aitor

{wrote_es("jue, 26 feb 2026 a las 21:14", "Xabier Ondarra-Lindgren", "xabier.ol@example.es")}
> Aitor, mil gracias por la entrevista. Un problema: el martes 3 me toca abrir el
> puesto porque mi compañero está de baja. ¿Habría alguna posibilidad de cambiarla
> al miércoles o al jueves?
"""))

add(M(kind="interview_reschedule_or_cancel", slug="sardinero_trial_moved", lang="es",
      company="Cervezas Sardinero", contact="pablo.setien@cervezassardinero.example.es",
      frm="Pablo Setién <pablo.setien@cervezassardinero.example.es>",
      subject="Re: Jornada de prueba en fábrica",
      date="2026-05-26 19:48", key="sardinero-move", reply_of="sardinero-trial",
      cte="8bit",
      text="""Xabier, cambio de planes: el jueves nos llega el camión de malta de Alemania con dos días de retraso y voy a estar toda la mañana descargando. Pasamos la jornada de prueba al martes 2 de junio, mismo horario de 7:00 a 15:00.

Perdona el lío. Si el martes no puedes, dime y lo cuadramos.

Pablo"""))

_t = """Buenos días Xabier:

Te escribo para cambiar nuestra entrevista telefónica del lunes 31. Finalmente la haremos por videollamada de Teams, para que pueda estar también el responsable de laboratorio, y la pasamos al miércoles 2 de septiembre a las 9:30.

Enlace a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_piles0902

Disculpa el cambio. Quedo atenta a tu confirmación.

Covadonga Álvarez Fano
Selección y Desarrollo · Lácteos Piles"""
add(M(kind="interview_reschedule_or_cancel", slug="piles_moved_outlook_cp1252", lang="es",
      company="Lácteos Piles", contact="covadonga.alvarez@lacteospiles.example.es",
      frm="Covadonga Álvarez <covadonga.alvarez@lacteospiles.example.es>",
      subject="RE: Lácteos Piles - entrevista telefónica técnico de calidad",
      date="2026-08-27 10:05", key="piles-move", reply_of="piles-invite",
      hdr=("iso-8859-1", "Q"), charset="windows-1252", cte="quoted-printable",
      text=_t, html=outlook_html(mso(_t))))

_t = """Hola Xabier:

Te escribimos en relación con la jornada de evaluación para Técnico/a de Calidad prevista para el jueves 17 de septiembre en Puentenansa.

Por motivos organizativos, la jornada queda aplazada. Tu candidatura sigue activa y en los próximos días te enviaremos una nueva convocatoria con la fecha definitiva.

Sentimos las molestias.

Quesos Nansa · Selección"""
add(M(kind="interview_reschedule_or_cancel", slug="nansa_assessment_postponed", lang="es",
      company="Quesos Nansa", contact="",
      frm="Quesos Nansa <noreply@smartrecruiters.com>",
      subject="Aplazamiento de la jornada de evaluación",
      date="2026-09-14 07:30", tz="UTC", key="nansa-move", reply_of="nansa-invite",
      cte="base64", text=_t, html=ats_card("Quesos Nansa", "#b5651d", paras(_t),
                                           "SmartRecruiters · mensaje automático")))

add(M(kind="interview_reschedule_or_cancel", slug="pedrena_later_hour", lang="es",
      company="Mariscos Pedreña", contact="begona.sainz@mariscospedrena.example.es",
      frm="Begoña Sainz <begona.sainz@mariscospedrena.example.es>",
      subject="Re: Re: Entrevista depuradora",
      date="2026-03-25 08:05", key="pedrena-move", reply_of="<cand-pedrena-0323@example.es>",
      text=f"""Xabier, perdona, ¿podría ser a las 11:30 en vez de a las 9? Nos entra un camión de almeja.

El día sigue siendo el martes 31.

Begoña

{wrote_es("lun, 23 mar 2026 a las 20:16", "Xabier Ondarra-Lindgren", "xabier.ol@example.es")}
> Begoña, perfecto, el martes a las 9:00 allí estaré.
>
> Xabier
>
{quote(wrote_es("lun, 23 mar 2026 a las 12:30", "Begoña Sainz", "begona.sainz@mariscospedrena.example.es"))}
{quote(quote(_inv_pedrena))}
"""))

# ================================================================ reschedule/cancel - en (4)
_t = """Hi Xabier,

No problem at all about Tuesday. I've moved your video interview to Thursday 7 May at 14:00 UK time (15:00 in Santander). Graham is still joining.

The new Google Meet link is in the updated calendar invite Greenhouse has sent you. The old slot has been released.

Best,
Moira"""
add(M(kind="interview_reschedule_or_cancel", slug="granite_greenhouse_moved", lang="en",
      company="Granite Coast Seafoods", contact="moira.duthie@granitecoast.example.co.uk",
      frm="Moira Duthie via Greenhouse <no-reply@greenhouse-mail.io>",
      reply_to="Moira Duthie <moira.duthie@granitecoast.example.co.uk>",
      subject="Interview rescheduled: QC Technician – Whitefish Processing",
      date="2026-04-30 09:18", key="granite-move", reply_of="granite-resched",
      text=_t, html=f"<html><body>{paras(_t)}</body></html>"))

add(M(kind="interview_reschedule_or_cancel", slug="torry_calendar_seq_bump", lang="en",
      company="Torry Analytical Services", contact="isla.ferguson@torryanalytical.example.co.uk",
      frm="Isla Ferguson <isla.ferguson@torryanalytical.example.co.uk>",
      subject="Updated invitation: Panel interview - Laboratory QC Technician",
      date="2026-08-14 09:47", key="torry-move", reply_of="torry-invite",
      text="""Dear Xabier,

Priya has been called to a client audit on Tuesday, so we need to move your panel interview to Thursday 20 August, same time (14:00-15:15 BST) and same place.

The attached update replaces the original invitation. I hope this doesn't cause you too much trouble with your travel plans - do let me know if it does.

Kind regards,
Isla""",
      ics={"uid": "040000008200E00074C5B7101A82E00800000000torry0818", "seq": 1,
           "start": "2026-08-20 14:00", "end": "2026-08-20 15:15",
           "summary": "Panel interview - Laboratory QC Technician (X. Ondarra-Lindgren)",
           "location": "Torry Analytical Services, 14 Greyhope Road / Microsoft Teams",
           "organizer": "Isla Ferguson <isla.ferguson@torryanalytical.example.co.uk>"}))

add(M(kind="interview_reschedule_or_cancel", slug="northsound_interviewer_ill", lang="en",
      company="Northsound Brewing", contact="callum.reid@harbourline.example.co.uk",
      frm="Callum Reid <callum.reid@harbourline.example.co.uk>",
      subject="RE: Interview confirmed - Northsound Brewing, QA Technician",
      date="2026-06-29 16:55", key="northsound-move", reply_of="northsound-invite",
      text=f"""Hi Xabier,

Slight change. Kirsty at Northsound has gone off sick this afternoon and won't be back before the end of the week, so tomorrow's interview is off. They've already offered Tuesday 7 July at 11:00 as the replacement slot with the same two people - I've said yes provisionally. Shout if that's a problem.

Callum

{wrote_en("Mon, 22 Jun 2026 at 15:02", "Callum Reid", "callum.reid@harbourline.example.co.uk")}
> Great news - Northsound Brewing would like to meet you for the QA Technician role
> we discussed.
> When: Tuesday 30 June, 11:00 (UK time)
"""))

add(M(kind="interview_reschedule_or_cancel", slug="kittiwake_cancel_chat", lang="en",
      company="Kittiwake Labs", contact="dougie@kittiwakelabs.example.co.uk",
      frm="Dougie Strachan <dougie@kittiwakelabs.example.co.uk>",
      subject="Re: are you free Thursday?",
      date="2026-10-07 08:31", key="kittiwake-cancel", reply_of="kittiwake-invite",
      text="""Morning Xabier,

Really sorry, I have to cancel our chat tomorrow. The food standards inspectors have announced a visit and I'll be stuck with them all day. I'll come back to you with a new time once the dust settles.

Dougie"""))

# ================================================================ reschedule/cancel - fr (2)
add(M(kind="interview_reschedule_or_cancel", slug="garonne_report_calendar", lang="fr",
      company="Conserverie Garonne", contact="camille.dufau@conserverie-garonne.example.fr",
      frm="Camille Dufau <camille.dufau@conserverie-garonne.example.fr>",
      subject="Report de votre entretien du 17 juin",
      date="2026-06-12 16:20", key="garonne-move", reply_of="garonne-invite",
      cte="quoted-printable",
      text="""Bonjour Xabier,

M. Lartigue sera en déplacement chez un fournisseur le 17 juin ; nous devons donc décaler notre entretien au jeudi 18 juin, toujours à 10h00 et au même endroit.

L'invitation mise à jour est jointe à ce message. Merci de me dire si ce nouvel horaire vous convient.

Bien cordialement,
Camille Dufau""",
      ics={"uid": "garonne-tq-20260617@conserverie-garonne.example.fr", "seq": 1,
           "start": "2026-06-18 10:00", "end": "2026-06-18 11:30", "tz": "FR",
           "summary": "Entretien technicien qualité – X. Ondarra-Lindgren",
           "location": "Conserverie Garonne, quai de Brazza, Bordeaux",
           "organizer": "Camille Dufau <camille.dufau@conserverie-garonne.example.fr>"}))

add(M(kind="interview_reschedule_or_cancel", slug="estuaire_calendar_cancel", lang="fr",
      company="Laiterie de l'Estuaire", contact="sandrine.lafon@laiterie-estuaire.example.fr",
      frm="Sandrine Lafon <sandrine.lafon@laiterie-estuaire.example.fr>",
      subject="Annulé : Entretien téléphonique - Technicien qualité laitière",
      date="2026-09-08 17:12", key="estuaire-cancel", reply_of="estuaire-invite",
      text="""Bonjour Monsieur Ondarra-Lindgren,

Je suis contrainte d'annuler notre entretien téléphonique de jeudi : un incident sur la ligne de pasteurisation mobilise toute l'équipe qualité cette semaine.

Votre candidature reste bien sûr à l'étude. Nous reviendrons vers vous la semaine prochaine pour convenir d'une nouvelle date.

Avec mes excuses,
Sandrine Lafon
Responsable qualité · Laiterie de l'Estuaire""",
      ics={"uid": "estuaire-tel-0910@laiterie-estuaire.example.fr", "method": "CANCEL",
           "seq": 1, "start": "2026-09-10 11:00", "end": "2026-09-10 11:30", "tz": "FR",
           "summary": "Annulé : Entretien téléphonique - Technicien qualité laitière",
           "location": "Téléphone",
           "organizer": "Sandrine Lafon <sandrine.lafon@laiterie-estuaire.example.fr>"}))

# ================================================================ reschedule/cancel - de (1)
add(M(kind="interview_reschedule_or_cancel", slug="schlachte_probetag_verschoben", lang="de",
      company="Brauerei Schlachte", contact="s.rohde@brauerei-schlachte.example.de",
      frm="Svenja Rohde <s.rohde@brauerei-schlachte.example.de>",
      cc="Henrik Osterkamp <h.osterkamp@brauerei-schlachte.example.de>",
      subject="Probearbeitstag am Donnerstag – neuer Termin",
      date="2026-07-14 11:26", key="schlachte-move", reply_of="schlachte-trial",
      hdr=("utf-8", "B"),
      text="""Hallo Herr Ondarra-Lindgren,

ich melde mich aus der Verwaltung der Brauerei Schlachte. Herr Osterkamp ist leider krank geschrieben und kann den Probearbeitstag am Donnerstag, 16. Juli, nicht begleiten.

Wir verschieben den Termin deshalb auf Dienstag, 21. Juli, gleiche Uhrzeit (7:00 Uhr), gleicher Ort. Passt Ihnen das?

Viele Grüße
Svenja Rohde
Verwaltung / Personal
Brauerei Schlachte · Schlachte 31 · 28195 Bremen"""))

# ================================================================ missed - es (6)
add(M(kind="missed_interview_notice", slug="besaya_two_calls", lang="es",
      company="Lácteos Besaya", contact="nuria.cobo@lacteosbesaya.example.es",
      frm="Nuria Cobo <nuria.cobo@lacteosbesaya.example.es>",
      subject="Entrevista telefónica de hoy",
      date="2026-01-28 10:26", key="besaya-missed", reply_of="besaya-invite",
      text="""Hola Xabier:

Te escribo porque hoy a las 10:00 teníamos reservada la entrevista telefónica para el puesto de Técnico/a de Laboratorio de Calidad. Intentamos llamarte dos veces al 642 118 305, a las 10:00 y a las 10:10, pero no conseguimos hablar contigo y el buzón de voz estaba lleno.

Si ha habido algún problema, escríbeme antes del viernes y veremos si es posible encontrar otro momento.

Un saludo,
Nuria Cobo
Selección · Lácteos Besaya
942 80 14 60"""))

add(M(kind="missed_interview_notice", slug="piles_teams_waited", lang="es",
      company="Lácteos Piles", contact="covadonga.alvarez@lacteospiles.example.es",
      frm="Covadonga Álvarez <covadonga.alvarez@lacteospiles.example.es>",
      subject="Videollamada de esta mañana",
      date="2026-09-02 09:58", key="piles-missed", reply_of="piles-move",
      charset="iso-8859-1", cte="8bit",
      text="""Hola Xabier:

Te hemos esperado en la reunión de Teams desde las 9:30 hasta casi las 9:50, el responsable de laboratorio y yo, pero no te has conectado. Tampoco tenemos ningún mensaje tuyo.

Espero que no haya pasado nada. Cuando puedas, dime algo.

Covadonga Álvarez Fano
Selección y Desarrollo · Lácteos Piles"""))

add(M(kind="missed_interview_notice", slug="arlanzon_reception_wait", lang="es",
      company="Cárnicas Arlanzón", contact="oscar.miguel@carnicasarlanzon.example.es",
      frm="Óscar Miguel <oscar.miguel@carnicasarlanzon.example.es>",
      subject="No te vimos esta mañana",
      date="2026-08-20 10:05", key="arlanzon-missed", reply_of="arlanzon-ack",
      hdr=("utf-8", "B"),
      text="""Buenos días Xabier:

Te estuvimos esperando en recepción para la entrevista de las 9:30 hasta pasadas las 10:00 y no llegaste. Te llamé al móvil y saltó directamente el contestador.

Entiendo que desde Santander el viaje es largo y puede surgir cualquier cosa. Avísame de qué ha pasado, por favor.

Óscar Miguel Pampliega
Recursos Humanos · Cárnicas Arlanzón
947 21 36 90"""))

add(M(kind="missed_interview_notice", slug="temporalia_no_video", lang="es",
      company="Temporalia Cantábrica", contact="noemi.fernandez@temporalia.example.es",
      frm="Noemí Fernández <noemi.fernandez@temporalia.example.es>",
      subject="¿Qué ha pasado con la videollamada?",
      date="2026-02-04 12:40", key="temporalia-missed", reply_of="temporalia-ack",
      text="""Hola Xabier,

Me acaba de llamar la empresa cliente: te esperaban a las 12:00 en la videollamada para el puesto de auxiliar de control de calidad y no te has conectado. Estuvieron un cuarto de hora en la sala.

Llámame en cuanto leas esto, por favor, a ver si puedo arreglarlo con ellos.

Noemí Fernández
Temporalia Cantábrica ETT · 942 88 04 51"""))

_t = """Kaixo Xabier:

Hoy a las 16:00 teníamos acordada la entrevista telefónica para la posición de Técnico/a de Control de Calidad. No hemos conseguido localizarte en el teléfono que indicaste en tu solicitud: probamos a las 16:00 y otra vez a las 16:15.

Si quieres mantener tu candidatura, responde a este correo con tu disponibilidad.

Amaia Etxebarria
Talento · Itsaslur Conservas
Ribera de Deusto 70 · 48014 Bilbao"""
add(M(kind="missed_interview_notice", slug="itsaslur_not_reachable", lang="es",
      company="Itsaslur Conservas", contact="amaia.etxebarria@itsaslur.example.es",
      frm="Amaia Etxebarria <amaia.etxebarria@itsaslur.example.es>",
      subject="Entrevista telefónica - no hemos podido contactar",
      date="2026-05-28 16:42", key="itsaslur-missed", reply_of="itsaslur-ack",
      cte="base64", text=_t, html=f"<div dir=\"ltr\">{paras(_t)}</div>"))

add(M(kind="missed_interview_notice", slug="laborexa_liebana_no_show", lang="es",
      company="Destilerías Liébana", contact="raul.cuesta@laborexa.example.es",
      frm="Raúl Cuesta <raul.cuesta@laborexa.example.es>",
      subject="Destilerías Liébana - entrevista de hoy",
      date="2026-04-29 17:34", key="liebana-missed", reply_of="laborexa-ack",
      text="""Xabier, ¿todo bien?

Elena, de Destilerías Liébana, me dice que te estuvo esperando en el Meet de las 17:00 y que no entraste. Me ha pedido que te pregunte si sigues interesado antes de cerrar su lista.

Respóndeme cuando puedas o llámame al 942 31 77 08.

Raúl Cuesta
Laborexa · Selección y trabajo temporal"""))

# ================================================================ missed - en (2)
add(M(kind="missed_interview_notice", slug="arcturus_called_twice", lang="en",
      company="Arcturus Dairy Ingredients", contact="hannah.pryce@arcturus-dairy.example.com",
      frm="Hannah Pryce <hannah.pryce@arcturus-dairy.example.com>",
      subject="RE: Quick call about the QC Technician role in Torrelavega?",
      date="2026-02-05 10:40", tz="ES", key="arcturus-missed", reply_of="arcturus-invite",
      text="""Hi Xabier,

I tried calling you twice at 10:00 CET this morning for our phone screen but couldn't get through - it went straight to voicemail both times.

I'm sure something came up. If you're still interested, reply with a couple of times that work for you next week.

Best regards,
Hannah Pryce
Talent Acquisition Partner, EMEA | Arcturus Dairy Ingredients"""))

add(M(kind="missed_interview_notice", slug="caledon_waited_teams", lang="en",
      company="Caledon Brewing Group", contact="eilidh.munro@caledonbrewing.example.co.uk",
      frm="Eilidh Munro <eilidh.munro@caledonbrewing.example.co.uk>",
      subject="Missed you today",
      date="2026-04-08 14:21", key="caledon-missed", reply_of="caledon-ack",
      text="""Hi Xabier,

We waited on Teams for about 15 minutes from 13:30 for your interview for the Quality Technician role, but you didn't join. Could you let me know what happened? If it was a technical problem, it happens to all of us.

Thanks,
Eilidh

Eilidh Munro | Talent Partner | Caledon Brewing Group
3 Riverside Drive, Aberdeen AB11 7LH"""))

# ================================================================ missed - fr (1)
add(M(kind="missed_interview_notice", slug="chartrons_deux_appels", lang="fr",
      company="Laboratoires Chartrons", contact="helene.marsan@labo-chartrons.example.fr",
      frm="Hélène Marsan <helene.marsan@labo-chartrons.example.fr>",
      subject="Notre rendez-vous téléphonique de cet après-midi",
      date="2026-04-24 14:38", tz="FR", key="chartrons-missed", reply_of="chartrons-ack",
      hdr=("iso-8859-1", "Q"),
      text="""Bonjour Monsieur Ondarra-Lindgren,

Nous avions convenu d'un entretien téléphonique aujourd'hui à 14h. Nous avons essayé de vous joindre à deux reprises, à 14h puis à 14h10, sans succès, et aucun message vocal n'était possible.

Pourriez-vous me faire savoir si vous souhaitez poursuivre le processus ?

Cordialement,
Hélène Marsan
Chargée de recrutement · Laboratoires Chartrons
05 56 01 44 90"""))

# ================================================================ missed - de (1)
add(M(kind="missed_interview_notice", slug="hanselabor_teams_waited", lang="de",
      company="Hanselabor", contact="m.hinrichs@hanselabor.example.de",
      frm="Merle Hinrichs <m.hinrichs@hanselabor.example.de>",
      subject="Unser Termin heute um 10 Uhr",
      date="2026-08-19 10:31", key="hanselabor-missed", reply_of="hanselabor-ack",
      cte="quoted-printable",
      text="""Guten Tag Herr Ondarra-Lindgren,

wir haben heute um 10 Uhr in Teams auf Sie gewartet, Sie haben sich aber leider nicht eingewählt. Auch telefonisch konnten wir Sie nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag bei mir.

Freundliche Grüße
Merle Hinrichs
Recruiting · Hanselabor
Fahrenheitstraße 1 · 28359 Bremen"""))
