"""Corpus 242, interviews: 26 invitations (14 es, 7 en, 3 fr, 2 de), 15 reschedules or
cancellations (8 es, 4 en, 1 fr, 2 de) and 10 missed-interview notices (5 es, 3 en, 1 fr, 1 de)."""

from msgs242_common import (
    CAND,
    ats_card,
    button,
    forwarded,
    ics,
    mso_paras,
    paras_html,
    plain_html,
    quote,
    word_html,
    wrote,
)

LUCIA = ("Lucía Sanz Ballarín", "lucia.sanz@harinera-ebromoncayo.example.es")
GARAZI = ("Garazi Ortiz de Zárate", "garazi.ortiz@nominaliaaraba.example.es")
AOIFE = ("Aoife Brennan", "aoife.brennan@leevalleydairies.example.ie")
ORLA = ("Orla Cronin", "orla.cronin@mercyharbour.example.ie")
SABINE = ("Sabine Hörmann", "sabine.hoermann@kessler-praezision.example.de")
MARTA = ("Marta Ruiz", "marta.ruiz@henareslab.example.es")

_HARINERA_INVITE = """Hola Valeria:

Gracias por tu candidatura al puesto de Administrativo/a de Nóminas en Harinera Ebro-Moncayo.

Nos gustaría conocerte en una entrevista con el comité de selección: estaremos Fernando Aznar (director financiero), Raquel Pueyo (responsable de personal) y yo.

Fecha: martes 17 de febrero de 2026
Hora: de 10:00 a 11:00
Lugar: oficinas de la fábrica, Camino de los Molinos 12, 50014 Zaragoza (pregunta en portería por Recursos Humanos)

Te adjunto la convocatoria para que la añadas a tu calendario. Si la hora no te encaja, respóndeme a este correo y buscamos otra.

Un saludo,

Lucía Sanz Ballarín
Técnica de Recursos Humanos
Harinera Ebro-Moncayo, S.A.
Camino de los Molinos 12 · 50014 Zaragoza · 976 29 14 80"""

_NOMINALIA_INVITE = """Egun on, Valeria:

Te escribo de parte de Nominalia Araba Asesores. Hemos revisado tu currículum para el puesto de Técnico/a de Nóminas Junior y nos gustaría tener una entrevista contigo por Microsoft Teams.

Será el martes 8 de septiembre a las 11:00 y durará unos 45 minutos. Hablaremos de tu experiencia, del curso de nóminas que estás terminando y haremos un pequeño caso práctico con una nómina con horas extra.

Te envío la invitación de Teams en este mismo correo; acéptala para que quede en tu calendario.

Un saludo,
Garazi Ortiz de Zárate
Responsable de Laboral
Nominalia Araba Asesores
C/ Dato 31, 2º · 01005 Vitoria-Gasteiz · 945 13 77 02"""

_LEE_INVITE = """Hi Valeria,

Thanks for applying for the Payroll Administrator role at Lee Valley Dairies. We'd love to invite you to a panel interview.

When: Tuesday 14 April 2026, 10:00 - 10:45 (Irish time)
Where: Lee Valley Dairies, Model Farm Road, Cork T12 XK40 - please sign in at reception
Panel: Donal Fitzgerald (Financial Controller), Gráinne Kelleher (HR Manager) and me

A calendar invitation is attached. If the time doesn't suit, just reply and we'll find another slot.

Best,
Aoife Brennan
Talent Partner, Lee Valley Dairies"""

_MERCY_INVITE = """Dear Valeria,

Further to your application for Payroll Officer (Grade IV), reference MHUH-2026-311, I am pleased to invite you to attend for interview.

Date: Tuesday 9 June 2026
Time: 11:30 (please arrive by 11:15)
Venue: Board Room 2, Administration Block, Mercy Harbour University Hospital, Cork
Panel: Payroll Manager, Finance Business Partner and an HR representative

Please bring photographic ID and original qualification certificates. An invitation for your calendar is included with this email; kindly accept it or reply to confirm your attendance.

Yours sincerely,
Orla Cronin
HR Recruitment Officer
Mercy Harbour University Hospital
021 455 0190"""

_KESSLER_INVITE = """Sehr geehrte Frau Nowak-Etxeberria,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Entgeltabrechnung (m/w/d). Ihr Lebenslauf hat uns neugierig gemacht, und wir möchten Sie gern in einem ersten Gespräch per Microsoft Teams kennenlernen.

Termin: Donnerstag, 11. Juni 2026, 10:00 bis 10:45 Uhr
Teilnehmende: Herr Dieter Wollmann (Leiter Personal) und ich

Die Einladung mit dem Teams-Link finden Sie im Anhang. Das Gespräch führen wir auf Deutsch, einzelne Fragen gern auch auf Englisch.

Mit freundlichen Grüßen

Sabine Hörmann
Personalreferentin
Kessler Präzisionsteile GmbH
Heilbronner Straße 310 · 70469 Stuttgart
Tel. +49 711 8196 224"""

_BISC_REQUEST = """Bonjour Madame Etcheverry,

Je vous remercie pour l'invitation. Je travaille jeudi matin à la boulangerie et je ne pourrai pas me libérer avant 14 h. Serait-il possible de décaler l'entretien à un autre jour, par exemple lundi 13 juillet ?

Bien cordialement,
Valeria Nowak-Etxeberria"""

MESSAGES = [
    # ============================================================ interview_invitation
    dict(
        kind="interview_invitation", slug="harinera_panel_ics", key="harinera_invite", lang="es",
        company="Harinera Ebro-Moncayo", contact=LUCIA[1],
        frm=LUCIA, frm_enc=("iso-8859-1", "Q"),
        subject="Convocatoria de entrevista – Administrativo/a de Nóminas",
        subj_enc=("utf-8", "Q"),
        date="2026-02-10 12:30", tz="+0100", parent="harinera_ack",
        text=_HARINERA_INVITE,
        html=plain_html(_HARINERA_INVITE),
        cte="quoted-printable",
        attach=[ics("REQUEST", "harinera-comite-20260217@harinera-ebromoncayo.example.es",
                    "2026-02-17 10:00", "2026-02-17 11:00",
                    "Entrevista Administrativo/a de Nóminas - Valeria Nowak-Etxeberria", LUCIA,
                    tzid="Europe/Madrid", location="Camino de los Molinos 12, 50014 Zaragoza",
                    description="Entrevista con el comité de selección (F. Aznar, R. Pueyo, L. Sanz).",
                    filename="invite.ics")],
    ),
    dict(
        kind="interview_invitation", slug="arrieta_goni_phone_call", key="arrieta_goni_phone",
        lang="es", company="Gestoría Arrieta & Goñi", contact="inaki.goni@arrietagoni.example.es",
        frm=("Iñaki Goñi Zabalza", "inaki.goni@arrietagoni.example.es"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Re: Candidatura auxiliar de nóminas", subj_enc=("iso-8859-1", "Q"),
        date="2026-01-20 09:03", tz="+0100", parent="valeria_application_arrieta",
        text="""Hola Valeria:

Ya he vuelto de vacaciones y he leído tu correo y el currículum. Me llama la atención que vengas de una panadería; aquí llevamos las nóminas de varios obradores y comercios del Casco Viejo, así que conoces bien a nuestros clientes.

¿Podemos hablar por teléfono el jueves 22 a las 10:00? Serán unos 20 minutos. Te llamo yo al número que pones en el CV, el que termina en 907.

Iñaki Goñi Zabalza
Socio - Gestoría Arrieta & Goñi, S.L.
C/ Estafeta 41, 1º - 31001 Pamplona
948 22 41 67""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="clinica_ribera_workday_schedule",
        key="clinica_ribera_invite", lang="es", company="Clínica Ribera del Arga", contact="",
        frm=("Clínica Ribera del Arga", "clinicaribera@myworkday.com"), frm_enc=("utf-8", "B"),
        subject="Elige fecha para tu entrevista – Técnico/a de Nóminas",
        subj_enc=("utf-8", "B"),
        date="2026-03-16 08:15", tz="+0000", parent="clinica_ribera_ack",
        text="""Hola Valeria:

¡Buenas noticias! Tu candidatura a Técnico/a de Nóminas (R-0418) ha pasado a la fase de entrevista.

Entra en el portal de candidatos y elige una de las franjas disponibles entre el 25 y el 27 de marzo. La entrevista será presencial en el edificio de Administración (Avda. de Bayona 52, Pamplona) y durará unos 40 minutos.

Reservar entrevista: https://clinicaribera.wd3.myworkday.com/clinicaribera/d/task/2998$4412.htmld

Equipo de Selección
Clínica Ribera del Arga""",
        html=ats_card("Clínica Ribera del Arga · Empleo", "#00695c", paras_html("""Hola Valeria:

¡Buenas noticias! Tu candidatura a Técnico/a de Nóminas (R-0418) ha pasado a la fase de entrevista.

Entra en el portal de candidatos y elige una de las franjas disponibles entre el 25 y el 27 de marzo. La entrevista será presencial en el edificio de Administración (Avda. de Bayona 52, Pamplona) y durará unos 40 minutos.""") + button("Reservar entrevista", "https://clinicaribera.wd3.myworkday.com/clinicaribera/d/task/2998$4412.htmld", "#00695c") + "<p>Equipo de Selección<br>Clínica Ribera del Arga</p>",
                      "Este mensaje se ha enviado desde una dirección que no admite respuestas. Powered by Workday."),
        cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="castellana_assessment_centre",
        key="castellana_assessment_invite", lang="es", company="Almacenes Castellana",
        contact="sergio.palacios@almacenescastellana.example.es",
        frm=("Sergio Palacios", "sergio.palacios@almacenescastellana.example.es"),
        subject="Jornada de evaluación – Administración de Personal",
        subj_enc=("utf-8", "B"),
        date="2026-04-22 13:10", tz="+0200", parent="castellana_ack",
        text="""Hola Valeria:

Tu candidatura para Administrativo/a de Administración de Personal ha superado la primera criba y queremos invitarte a nuestra jornada de evaluación.

Cuándo: martes 28 de abril, de 9:30 a 13:30
Dónde: sede central, calle de Alcalá 212, 28028 Madrid (planta 3, sala Retiro)
Qué haremos: una prueba práctica de Excel con una plantilla de incidencias de nómina, una dinámica de grupo con otros seis candidatos y una entrevista breve con la responsable del área.

Trae DNI y, si quieres, tu propio portátil. Confírmame asistencia respondiendo a este correo antes del viernes.

Un saludo,
Sergio Palacios
Técnico de Selección · Almacenes Castellana""",
        html=plain_html("""Hola Valeria:

Tu candidatura para Administrativo/a de Administración de Personal ha superado la primera criba y queremos invitarte a nuestra jornada de evaluación.

Cuándo: martes 28 de abril, de 9:30 a 13:30
Dónde: sede central, calle de Alcalá 212, 28028 Madrid (planta 3, sala Retiro)
Qué haremos: una prueba práctica de Excel con una plantilla de incidencias de nómina, una dinámica de grupo con otros seis candidatos y una entrevista breve con la responsable del área.

Trae DNI y, si quieres, tu propio portátil. Confírmame asistencia respondiendo a este correo antes del viernes.

Un saludo,
Sergio Palacios
Técnico de Selección · Almacenes Castellana"""),
        cte="base64",
    ),
    dict(
        kind="interview_invitation", slug="tempora_valdeguia_client_interview",
        key="tempora_valdeguia_interview", lang="es", company="Bodegas Valdeguía",
        contact="noelia.barrenechea@temporaempleo.example.es",
        frm=("Noelia Barrenechea | Tempora Empleo", "noelia.barrenechea@temporaempleo.example.es"),
        subject="Entrevista con Bodegas Valdeguía (Logroño)", subj_enc=("iso-8859-1", "Q"),
        date="2026-02-24 11:47", tz="+0100", parent="tempora_registration",
        text="""Hola Valeria:

¡Noticias! He presentado tu perfil a Bodegas Valdeguía para la cobertura de administrativa de personal (contrato de seis meses por la ampliación de la bodega) y quieren conocerte.

Te he cerrado la entrevista:
- Miércoles 4 de marzo a las 10:00
- En la bodega: Ctra. de Burgos km 4, Logroño (hay aparcamiento para visitas)
- Con Itziar Medrano, jefa de administración, y con el gerente

Lleva el DNI y el certificado del curso de nóminas. Después de la entrevista llámame y me cuentas qué tal.

Noelia Barrenechea
Consultora · Tempora Empleo ETT
Oficina de Logroño · Gran Vía 44 · 941 27 30 16""",
        charset="utf-8", cte="8bit",
    ),
    dict(
        kind="interview_invitation", slug="nominatalento_phone_screen",
        key="nominatalento_phone_screen", lang="es", company="Nómina & Talento Search",
        contact="rodrigo.quintanilla@nominatalento.example.es",
        frm=("Rodrigo Quintanilla", "rodrigo.quintanilla@nominatalento.example.es"),
        subject="Re: Posición de nóminas en Navarra", date="2026-03-12 18:20", tz="+0100",
        parent="nominatalento_cold",
        text="""Hola Valeria:

Gracias por contestar tan rápido. Me alegra que te interese.

Te propongo una primera conversación telefónica de unos 20 minutos el martes 17 de marzo a las 12:00. Te llamaré yo. Repasaremos tu experiencia, tus expectativas económicas y tu disponibilidad, y te contaré algo más de mi cliente (una empresa farmacéutica navarra; el nombre te lo daré si avanzamos).

¿Te va bien? Si no, dime dos o tres huecos esa semana.

Rodrigo Quintanilla
Senior Consultant · Nómina & Talento Search
+34 911 52 80 44""",
        cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="nominalia_teams_ics", key="nominalia_invite",
        lang="es", company="Nominalia Araba Asesores", contact=GARAZI[1],
        frm=GARAZI, frm_enc=("utf-8", "Q"),
        subject="Entrevista Técnico/a de Nóminas Junior - Nominalia Araba",
        subj_enc=("iso-8859-1", "B"),
        date="2026-08-31 10:22", tz="+0200",
        text=_NOMINALIA_INVITE + """

________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el ordenador o la aplicación móvil
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ0ZTI3YjEtYzA5OC00@thread.v2/0
Id. de reunión: 381 552 907 114
Código de acceso: bN7kQ2
________________________________________________________________________________""",
        html=word_html(mso_paras(_NOMINALIA_INVITE) + """
<div style="margin-top:18pt">
<p class="MsoNormal">________________________________________________________________________________</p>
<p class="MsoNormal"><b><span style="font-size:18pt;color:#252424">Reunión de Microsoft Teams</span></b></p>
<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ0ZTI3YjEtYzA5OC00@thread.v2/0">Unirse a la reunión ahora</a></p>
<p class="MsoNormal">Id. de reunión: 381 552 907 114<br>Código de acceso: bN7kQ2</p>
<p class="MsoNormal">________________________________________________________________________________</p>
</div>"""),
        cte="quoted-printable",
        attach=[ics("REQUEST", "040000008200E00074C5B7101A82E00800000000NOMINALIA0908",
                    "2026-09-08 09:00", "2026-09-08 09:45",
                    "Entrevista Técnico/a de Nóminas Junior", GARAZI,
                    location="Reunión de Microsoft Teams",
                    description="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ0ZTI3YjEtYzA5OC00@thread.v2/0")],
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        kind="interview_invitation", slug="iregua_casual_thursday", key="iregua_invite",
        lang="es", company="Policlínica Valle del Iregua",
        contact="begona.saenz@policlinicairegua.example.es",
        frm=("Begoña Sáenz de Cabezón", "begona.saenz@policlinicairegua.example.es"),
        frm_enc=("iso-8859-1", "B"),
        subject="¿Charlamos el jueves?", subj_enc=("utf-8", "Q"),
        date="2026-05-19 14:02", tz="+0200",
        text="""Hola Valeria:

Soy Begoña, de administración de la Policlínica Valle del Iregua. Me ha pasado tu CV una compañera de la bolsa de empleo del curso.

¿Te viene bien pasarte el jueves 21 por la tarde, sobre las 17:00, y charlamos un rato? Así te enseño cómo montamos las nóminas de las guardias y vemos si encajas con nosotras. Nada muy formal, trae el currículum impreso y poco más.

Estamos en la Avda. de la Paz 112, segunda planta. Pregunta por mí en el mostrador.

Begoña""",
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind="interview_invitation", slug="laboral_baztan_trial_day", key="laboral_baztan_trial",
        lang="es", company="Laboral Baztán Asesores",
        contact="xabier.irigoien@laboralbaztan.example.es",
        frm=("Xabier Irigoien", "xabier.irigoien@laboralbaztan.example.es"),
        subject="Jornada de prueba en el despacho", date="2026-03-25 17:35", tz="+0100",
        text="""Hola Valeria:

Después de la llamada de ayer nos gustaría que vinieras un día al despacho para trabajar con nosotras y ver cómo te desenvuelves.

La jornada de prueba sería el martes 7 de abril, de 9:00 a 14:00. Estarás con Lourdes en la preparación de las nóminas de marzo de un par de clientes de hostelería y con Mikel en atención telefónica. Es una jornada remunerada, te daríamos de alta ese día.

Dime si te viene bien y te mando la documentación que necesito para el alta.

Un saludo,

Xabier Irigoien Arraiza
Director · Laboral Baztán Asesores
Avda. Pío XII 18, entreplanta · 31008 Pamplona
948 17 55 30""",
        html=plain_html("""Hola Valeria:

Después de la llamada de ayer nos gustaría que vinieras un día al despacho para trabajar con nosotras y ver cómo te desenvuelves.

La jornada de prueba sería el martes 7 de abril, de 9:00 a 14:00. Estarás con Lourdes en la preparación de las nóminas de marzo de un par de clientes de hostelería y con Mikel en atención telefónica. Es una jornada remunerada, te daríamos de alta ese día.

Dime si te viene bien y te mando la documentación que necesito para el alta.

Un saludo,

Xabier Irigoien Arraiza
Director · Laboral Baztán Asesores
Avda. Pío XII 18, entreplanta · 31008 Pamplona
948 17 55 30"""),
        cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="arnedo_sur_factory_interview",
        key="arnedo_sur_invite", lang="es", company="Calzados Arnedo Sur",
        contact="rjimenez@calzadosarnedosur.example.es",
        frm=("Rosario Jiménez Ochagavía", "rjimenez@calzadosarnedosur.example.es"),
        frm_enc=("windows-1252", "Q"),
        subject="Entrevista puesto administración de personal", date="2026-07-20 12:44",
        tz="+0200",
        text="""Buenos días Valeria:

Hemos recibido tu candidatura a través del portal de empleo de La Rioja para el puesto de administración de personal.

Nos gustaría hacerte una entrevista el lunes 27 de julio a las 10:00 en nuestras instalaciones de Arnedo (Ctra. de Quel s/n). Estarán presentes el director financiero y yo. La entrevista durará aproximadamente una hora e incluirá un pequeño ejercicio de cálculo de finiquito.

Por favor, confírmame si puedes asistir.

Saludos,

Rosario Jiménez Ochagavía
Responsable de Administración
Calzados Arnedo Sur, S.L.
Tel. 941 38 02 17""",
        html=word_html(mso_paras("""Buenos días Valeria:

Hemos recibido tu candidatura a través del portal de empleo de La Rioja para el puesto de administración de personal.

Nos gustaría hacerte una entrevista el lunes 27 de julio a las 10:00 en nuestras instalaciones de Arnedo (Ctra. de Quel s/n). Estarán presentes el director financiero y yo. La entrevista durará aproximadamente una hora e incluirá un pequeño ejercicio de cálculo de finiquito.

Por favor, confírmame si puedes asistir.

Saludos,

Rosario Jiménez Ochagavía
Responsable de Administración
Calzados Arnedo Sur, S.L.
Tel. 941 38 02 17""")),
        charset="windows-1252", cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        kind="interview_invitation", slug="ochoa_store_interview", key="ochoa_invite",
        lang="es", company="Ferreterías Ochoa", contact="kepa@ferreteriasochoa.example.es",
        frm=("Kepa Ochoa", "kepa@ferreteriasochoa.example.es"),
        subject="Entrevista para administración (Vitoria)", date="2026-10-05 19:15", tz="+0200",
        text="""Hola Valeria,

Soy Kepa Ochoa, gerente de Ferreterías Ochoa. Buscamos a alguien para llevar las nóminas y el control horario de nuestras cuatro tiendas y tu perfil nos encaja.

¿Puedes venir el jueves 8 de octubre a las 11:00 a la tienda de la calle Dato 14? Subes a la oficina de la primera planta y preguntas por mí. Hablaremos unos 45 minutos.

Si no te va bien, llámame al 945 23 18 60.

Kepa""",
        cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="atocha_lever_schedule", key="atocha_invite",
        lang="es", company="Nóminas Atocha", contact="paula.ferrer@nominasatocha.example.es",
        frm=("Paula Ferrer (Nóminas Atocha)", "no-reply@hire.lever.co"), frm_enc=("utf-8", "Q"),
        reply_to=("Paula Ferrer", "paula.ferrer@nominasatocha.example.es"),
        subject="Nóminas Atocha: programa tu entrevista", subj_enc=("utf-8", "Q"),
        date="2026-05-11 09:32", tz="+0000", parent="atocha_ack",
        text="""Hola Valeria,

Gracias por tu interés en la posición de Técnico/a de Nóminas Junior en Nóminas Atocha.

Nos gustaría tener una entrevista por videollamada contigo, de 30 minutos, con Luis Arranz (responsable de producción) y conmigo. Elige el hueco que mejor te venga en este enlace:

https://jobs.lever.co/nominasatocha/interview/7f1c2e90-schedule

Si ninguno te encaja, responde a este correo y buscamos otro.

Paula Ferrer
Talent & People · Nóminas Atocha""",
        html=ats_card("Nóminas Atocha", "#3949ab", paras_html("""Hola Valeria,

Gracias por tu interés en la posición de Técnico/a de Nóminas Junior en Nóminas Atocha.

Nos gustaría tener una entrevista por videollamada contigo, de 30 minutos, con Luis Arranz (responsable de producción) y conmigo. Elige el hueco que mejor te venga:""") + button("Elegir hueco", "https://jobs.lever.co/nominasatocha/interview/7f1c2e90-schedule", "#3949ab") + paras_html("""Si ninguno te encaja, responde a este correo y buscamos otro.

Paula Ferrer
Talent & People · Nóminas Atocha"""), "Sent via Lever"),
        cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="henares_greenhouse_ics", key="henares_invite",
        lang="es", company="Farmacéutica Henares Lab", contact=MARTA[1],
        frm=("Marta Ruiz via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=MARTA,
        subject="Invitación: entrevista con Farmacéutica Henares Lab",
        subj_enc=("utf-8", "Q"),
        date="2026-06-09 16:05", tz="+0200",
        text="""Hola Valeria:

Te confirmo la entrevista para el puesto de Administrativo/a de Nóminas:

Lunes 15 de junio de 2026, 9:30 - 10:15 (hora de Madrid)
Google Meet: https://meet.google.com/hnl-qpzx-rtv
Entrevistadoras: Marta Ruiz (Talent Acquisition) y Carmen Olmedo (Payroll Lead)

Encontrarás la invitación de calendario adjunta. Si necesitas cambiarla, contesta a este correo.

Marta Ruiz
Talent Acquisition · Farmacéutica Henares Lab""",
        cte="quoted-printable",
        attach=[ics("REQUEST", "gh-interview-55120934@greenhouse.io",
                    "2026-06-15 07:30", "2026-06-15 08:15",
                    "Entrevista: Valeria Nowak-Etxeberria / Farmacéutica Henares Lab", MARTA,
                    location="https://meet.google.com/hnl-qpzx-rtv")],
    ),
    dict(
        kind="interview_invitation", slug="moncloa_forwarded_panel", key="moncloa_invite",
        lang="es", company="Hospital Privado Moncloa Norte",
        contact="ignacio.berrocal@hmonclonorte.example.es",
        frm=("Ignacio Berrocal", "ignacio.berrocal@hmonclonorte.example.es"),
        subject="RV: Convocatoria tribunal – Técnico/a de Nóminas", subj_enc=("utf-8", "Q"),
        date="2026-09-21 11:40", tz="+0200",
        text="""Hola Valeria:

Te reenvío la convocatoria que me ha pasado Dirección de Personas. Estás citada a la entrevista con el tribunal el lunes 28 de septiembre a las 9:00. Abajo tienes todos los detalles. Confírmame que te llega, por favor.

Ignacio Berrocal
Jefe de Administración de Personal
Hospital Privado Moncloa Norte · Av. de la Ilustración 80 · 28035 Madrid

""" + forwarded("es", "Dirección de Personas <personas@hmonclonorte.example.es>",
                "vie, 18 sept 2026, 17:02", "Convocatoria tribunal – Técnico/a de Nóminas",
                "Ignacio Berrocal <ignacio.berrocal@hmonclonorte.example.es>",
                """Ignacio:

Para la plaza de Técnico/a de Nóminas (ref. ADM-26-14) el tribunal entrevistará a las tres candidaturas finalistas el lunes 28/09 en la sala de juntas de la planta 6:

09:00 - Valeria Nowak-Etxeberria
10:00 - candidata 2
11:00 - candidata 3

Composición del tribunal: Dirección de Personas, Jefatura de Administración de Personal y Dirección Financiera. Comunícaselo a cada candidata.

Gracias,
Dirección de Personas"""),
        cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="lee_valley_greenhouse_ics", key="lee_valley_invite",
        lang="en", company="Lee Valley Dairies", contact=AOIFE[1],
        frm=("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=AOIFE,
        subject="Interview invitation: Payroll Administrator at Lee Valley Dairies",
        date="2026-04-08 15:12", tz="+0100", parent="lee_valley_ack",
        text=_LEE_INVITE,
        html=plain_html(_LEE_INVITE),
        cte="quoted-printable",
        attach=[ics("REQUEST", "gh-interview-60011827@greenhouse.io",
                    "2026-04-14 10:00", "2026-04-14 10:45",
                    "Panel interview - Payroll Administrator (Valeria Nowak-Etxeberria)", AOIFE,
                    tzid="Europe/Dublin", location="Lee Valley Dairies, Model Farm Road, Cork",
                    filename="invite.ics")],
    ),
    dict(
        kind="interview_invitation", slug="shandon_phone_screen", key="shandon_phone_screen",
        lang="en", company="Shandon Payroll Bureau",
        contact="niamh.ocallaghan@shandonpayroll.example.ie",
        frm=("Niamh O'Callaghan", "niamh.ocallaghan@shandonpayroll.example.ie"),
        subject="Re: Application - Payroll Administrator", date="2026-02-04 16:48", tz="+0000",
        parent="shandon_application",
        text="""Hi Valeria,

Thanks for your email and CV, and for explaining the move from the bakery - it's a nice story.

Before we invite anyone in, I do a short phone screen. Could we have a 15-minute call on Monday 9 February at 11:00 Irish time (12:00 in Spain)? I'll ring you on +34 648 213 907 unless you tell me otherwise.

Best regards,
Niamh O'Callaghan
Operations Manager | Shandon Payroll Bureau
14 John Redmond Street, Cork | 021 430 7781""",
        charset="us-ascii", cte="7bit",
    ),
    dict(
        kind="interview_invitation", slug="carrigaline_ringaskiddy_interview",
        key="carrigaline_client_interview", lang="en", company="Ringaskiddy Pharma Fill",
        contact="ciaran@carrigalinetalent.example.ie",
        frm=("Ciarán Twomey", "ciaran@carrigalinetalent.example.ie"), frm_enc=("utf-8", "B"),
        subject="Interview set up - Ringaskiddy Pharma Fill", date="2026-06-23 12:26",
        tz="+0100", parent="carrigaline_registration",
        text="""Hi Valeria,

Great news - Ringaskiddy Pharma Fill would like to meet you for the Payroll Administrator contract (12 months, maternity cover).

I've booked it in:
Tuesday 30 June, 14:00-14:45 Irish time (15:00 your time)
Microsoft Teams - the link will come from their side
With: Aisling Dunne, Finance Controller, and Mark Keohane, HR Business Partner

They'll want to hear about how you'd handle a weekly payroll with shift premiums, so think about your bakery rota examples. Shall we do a 15-minute prep call on Monday?

Ciarán Twomey
Director | Carrigaline Talent Partners
M: +353 87 614 2290""",
        html=plain_html("""Hi Valeria,

Great news - Ringaskiddy Pharma Fill would like to meet you for the Payroll Administrator contract (12 months, maternity cover).

I've booked it in:
Tuesday 30 June, 14:00-14:45 Irish time (15:00 your time)
Microsoft Teams - the link will come from their side
With: Aisling Dunne, Finance Controller, and Mark Keohane, HR Business Partner

They'll want to hear about how you'd handle a weekly payroll with shift premiums, so think about your bakery rota examples. Shall we do a 15-minute prep call on Monday?

Ciarán Twomey
Director | Carrigaline Talent Partners
M: +353 87 614 2290"""),
        cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="brightline_ashby_schedule", key="brightline_invite",
        lang="en", company="Brightline Payroll Services",
        contact="tom.ashworth@brightlinepayroll.example.es",
        frm=("Brightline Payroll Services", "no-reply@ashbyhq.com"),
        reply_to=("Tom Ashworth", "tom.ashworth@brightlinepayroll.example.es"),
        subject="Schedule your interview with Brightline Payroll Services",
        date="2026-08-10 08:05", tz="+0000", parent="brightline_ack",
        html=ats_card("Brightline Payroll Services", "#6a1b9a", paras_html("""Hi Valeria,

Thanks for applying to the Payroll Specialist (Spain & Portugal) role. Tom Ashworth, our Payroll Operations Lead, would like to speak with you in a 45-minute video interview.

Please pick a time that works for you using the link below. Available slots are shown in your local time zone (Madrid).""") + button("Choose a time", "https://jobs.ashbyhq.com/brightline/interview-schedule/2b8d61f0", "#6a1b9a") + paras_html("""If none of the times work, simply reply to this email and Tom will get back to you.

The Brightline Talent Team"""), "Powered by Ashby"),
        cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="mercy_harbour_panel_ics", key="mercy_harbour_panel",
        lang="en", company="Mercy Harbour University Hospital", contact=ORLA[1],
        frm=ORLA, subject="Invitation to interview - Payroll Officer (Grade IV)",
        date="2026-05-27 10:03", tz="+0100", parent="mercy_harbour_ack",
        text=_MERCY_INVITE,
        html=word_html(mso_paras(_MERCY_INVITE)),
        cte="quoted-printable",
        attach=[ics("REQUEST", "MHUH-INT-311-0609-VNE@mercyharbour.example.ie",
                    "2026-06-09 11:30", "2026-06-09 12:15",
                    "Interview - Payroll Officer Grade IV", ORLA, tzid="Europe/Dublin",
                    location="Board Room 2, Administration Block, Mercy Harbour University Hospital",
                    cte="7bit")],
    ),
    dict(
        kind="interview_invitation", slug="douglas_foods_free_friday", key="douglas_casual_chat",
        lang="en", company="Douglas Foods", contact="eoin.lynch@douglasfoods.example.ie",
        frm=("Eoin Lynch", "eoin.lynch@douglasfoods.example.ie"),
        subject="Quick chat?", date="2026-09-02 17:20", tz="+0100",
        text="""Hi Valeria,

Saw your application for the payroll position come through. Are you free Friday morning for a quick chat? Say 10:00 Irish time on Teams, 15-20 minutes, nothing formal - I'd just like to hear a bit about you and tell you how we run things here.

If Friday's no good, tell me what suits.

Cheers,
Eoin""",
        charset="us-ascii", cte="7bit",
    ),
    dict(
        kind="interview_invitation", slug="harbourview_trial_day", key="harbourview_trial",
        lang="en", company="Harbourview Hotels Group",
        contact="rachel.hegarty@harbourviewhotels.example.ie",
        frm=("Rachel Hegarty", "rachel.hegarty@harbourviewhotels.example.ie"),
        subject="Trial day - Payroll Assistant", date="2026-10-09 13:30", tz="+0100",
        text="""Dear Valeria,

Thank you for speaking with me on Tuesday. I'm delighted to invite you to the next stage: a paid trial day with our group payroll team.

Date: Wednesday 14 October
Time: 09:00 - 16:00, lunch provided
Location: Harbourview Hotels Group support office, 2nd floor, Penrose Wharf, Cork

You'll shadow Brid on our fortnightly hotel payroll, help with timesheet queries from the front-of-house teams and finish with a 30-minute conversation with our Group Financial Controller.

Could you confirm by Monday? If travel from Spain is an issue we can help with one night's accommodation.

Kind regards,
Rachel Hegarty
Group HR Manager
Harbourview Hotels Group""",
        html=plain_html("""Dear Valeria,

Thank you for speaking with me on Tuesday. I'm delighted to invite you to the next stage: a paid trial day with our group payroll team.

Date: Wednesday 14 October
Time: 09:00 - 16:00, lunch provided
Location: Harbourview Hotels Group support office, 2nd floor, Penrose Wharf, Cork

You'll shadow Brid on our fortnightly hotel payroll, help with timesheet queries from the front-of-house teams and finish with a 30-minute conversation with our Group Financial Controller.

Could you confirm by Monday? If travel from Spain is an issue we can help with one night's accommodation.

Kind regards,
Rachel Hegarty
Group HR Manager
Harbourview Hotels Group"""),
        cte="base64",
    ),
    dict(
        kind="interview_invitation", slug="aeroval_entretien", key="aeroval_invite", lang="fr",
        company="Aéroval Composites", contact="julien.castaing@aeroval.example.fr",
        frm=("Julien Castaing", "julien.castaing@aeroval.example.fr"),
        subject="Entretien assistante paie - Aéroval Composites", subj_enc=("utf-8", "Q"),
        date="2026-05-12 10:02", tz="+0200", parent="aeroval_ack",
        text="""Bonjour Madame Nowak-Etxeberria,

Suite à votre candidature au poste d'assistante paie, nous aimerions vous rencontrer lors d'un entretien sur notre site de Colomiers le mercredi 20 mai à 14 h 30.

L'entretien durera environ une heure, avec Mme Sylvie Fabre, responsable paie, et moi-même. Un court exercice sur un bulletin de salaire vous sera proposé.

Pouvez-vous me confirmer votre présence ?

Julien Castaing
Chargé de recrutement
Aéroval Composites
Zone Aéroconstellation, 31700 Colomiers
05 61 30 48 72""",
        cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="biscuiterie_adour_entretien", key="biscuiterie_invite",
        lang="fr", company="Biscuiterie de l'Adour",
        contact="m.etcheverry@biscuiterie-adour.example.fr",
        frm=("Mathilde Etcheverry", "m.etcheverry@biscuiterie-adour.example.fr"),
        subject="Invitation à un entretien - gestionnaire paie", date="2026-07-06 15:34",
        tz="+0200",
        text="""Bonjour Valeria,

Votre parcours nous a beaucoup plu : passer du fournil à la paie, dans une biscuiterie, cela a du sens !

Je vous propose un entretien le jeudi 9 juillet à 10 h, dans nos bureaux du quai de Lesseps à Bayonne. Vous rencontrerez notre directeur administratif et financier et moi-même, pendant une heure environ. Nous vous ferons aussi visiter l'atelier.

Merci de me confirmer votre disponibilité.

Mathilde Etcheverry
Responsable RH
Biscuiterie de l'Adour
15 quai de Lesseps - 64100 Bayonne
05 59 46 12 80""",
        html=plain_html("""Bonjour Valeria,

Votre parcours nous a beaucoup plu : passer du fournil à la paie, dans une biscuiterie, cela a du sens !

Je vous propose un entretien le jeudi 9 juillet à 10 h, dans nos bureaux du quai de Lesseps à Bayonne. Vous rencontrerez notre directeur administratif et financier et moi-même, pendant une heure environ. Nous vous ferons aussi visiter l'atelier.

Merci de me confirmer votre disponibilité.

Mathilde Etcheverry
Responsable RH
Biscuiterie de l'Adour
15 quai de Lesseps - 64100 Bayonne
05 59 46 12 80"""),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="interview_invitation", slug="lartigue_visio", key="lartigue_visio", lang="fr",
        company="Cabinet Lartigue Paie & Conseil", contact="h.lartigue@cabinet-lartigue.example.fr",
        frm=("Hélène Lartigue", "h.lartigue@cabinet-lartigue.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Entretien en visioconférence - jeudi 17 septembre",
        date="2026-09-14 08:50", tz="+0200",
        text="""Bonjour Madame,

Nous avons bien étudié votre candidature au poste de gestionnaire de paie (réf. LPC-09) et souhaitons échanger avec vous.

Je vous propose un entretien en visioconférence le jeudi 17 septembre à 9 h 30, d'une durée de 45 minutes, via le lien suivant :
https://visio.cabinet-lartigue.example.fr/rdv/lpc09-nowak

Merci de vous connecter quelques minutes avant l'heure prévue.

Cordialement,
Hélène Lartigue
Cabinet Lartigue Paie & Conseil""",
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind="interview_invitation", slug="kessler_teams_ics", key="kessler_invite", lang="de",
        company="Kessler Präzisionsteile", contact=SABINE[1],
        frm=SABINE, frm_enc=("utf-8", "B"),
        subject="Einladung zum Vorstellungsgespräch – Sachbearbeitung Entgeltabrechnung",
        subj_enc=("utf-8", "Q"),
        date="2026-06-08 09:44", tz="+0200", parent="kessler_ack",
        text=_KESSLER_INVITE,
        html=word_html(mso_paras(_KESSLER_INVITE)),
        cte="quoted-printable",
        attach=[ics("REQUEST", "kessler-vg-entgelt-0611@kessler-praezision.example.de",
                    "2026-06-11 10:00", "2026-06-11 10:45",
                    "Vorstellungsgespräch Frau Nowak-Etxeberria (Teams)", SABINE,
                    tzid="Europe/Berlin", location="Microsoft Teams-Besprechung",
                    description="https://teams.microsoft.com/l/meetup-join/19%3ameeting_S2Vzc2xlcg@thread.v2/0",
                    filename="Einladung.ics")],
    ),
    dict(
        kind="interview_invitation", slug="klinikum_successfactors", key="klinikum_invite",
        lang="de", company="Klinikum Filderhöhe", contact="",
        frm=("Klinikum Filderhöhe Karriere", "noreply@successfactors.eu"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Einladung zum Vorstellungsgespräch", date="2026-07-13 07:20", tz="+0000",
        text="""Sehr geehrte Frau Nowak-Etxeberria,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position Mitarbeiterin Personalabrechnung (Teilzeit 80 %) einzuladen.

Datum: Dienstag, 21. Juli 2026
Uhrzeit: 13:00 Uhr
Ort: Klinikum Filderhöhe, Verwaltungsgebäude Haus C, Raum C 2.14, Filderhauptstraße 140, 70599 Stuttgart

Bitte bestätigen Sie den Termin im Bewerberportal. Reisekosten können wir leider nicht erstatten.

Mit freundlichen Grüßen
Personalabteilung Klinikum Filderhöhe

Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen.""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    # ============================================================ reschedule / cancel
    dict(
        kind="interview_reschedule_or_cancel", slug="harinera_moved_sequence",
        key="harinera_moved", lang="es", company="Harinera Ebro-Moncayo", contact=LUCIA[1],
        frm=LUCIA, frm_enc=("iso-8859-1", "Q"),
        subject="Actualizado: Entrevista Administrativo/a de Nóminas – nuevo horario",
        subj_enc=("utf-8", "B"),
        date="2026-02-13 09:18", tz="+0100", parent="harinera_invite",
        text="""Hola Valeria:

Fernando Aznar tiene que viajar el martes a la fábrica de Calatayud, así que movemos la entrevista con el comité al jueves 19 de febrero a las 12:00. El lugar es el mismo.

Te mando la convocatoria actualizada; al aceptarla se sustituirá la anterior en tu calendario. Perdona el cambio.

Lucía Sanz Ballarín
Técnica de Recursos Humanos · Harinera Ebro-Moncayo

""" + wrote("es", "mar, 10 feb 2026 a las 12:30", LUCIA[0], LUCIA[1]) + "\n"
            + quote(_HARINERA_INVITE),
        cte="quoted-printable",
        attach=[ics("REQUEST", "harinera-comite-20260217@harinera-ebromoncayo.example.es",
                    "2026-02-19 12:00", "2026-02-19 13:00",
                    "Entrevista Administrativo/a de Nóminas - Valeria Nowak-Etxeberria", LUCIA,
                    seq=1, tzid="Europe/Madrid",
                    location="Camino de los Molinos 12, 50014 Zaragoza",
                    description="Nuevo horario. Entrevista con el comité de selección.",
                    filename="invite.ics")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="clinica_ribera_cancel_ics",
        key="clinica_ribera_cancel", lang="es", company="Clínica Ribera del Arga",
        contact="amaia.lizarraga@clinicaribera.example.es",
        frm=("Amaia Lizarraga", "amaia.lizarraga@clinicaribera.example.es"),
        subject="Cancelado: Entrevista Técnico/a de Nóminas – 26/03 10:30",
        subj_enc=("utf-8", "Q"),
        date="2026-03-24 18:02", tz="+0100", parent="clinica_ribera_invite",
        text="""Hola Valeria:

Tengo que anular la entrevista que tenías reservada para el jueves 26 a las 10:30.

La Dirección ha pedido revisar la plantilla de Administración antes de incorporar a nadie y, mientras tanto, hemos parado todas las entrevistas de este proceso. Tu candidatura no está descartada: cuando sepamos cómo queda el puesto te escribiré yo misma.

Siento el trastorno.

Amaia Lizarraga
Selección y Desarrollo · Clínica Ribera del Arga
Avda. de Bayona 52 · 31011 Pamplona""",
        cte="quoted-printable",
        attach=[ics("CANCEL", "wd-interview-R0418-VNE-20260326@clinicaribera.example.es",
                    "2026-03-26 10:30", "2026-03-26 11:10",
                    "Entrevista Técnico/a de Nóminas (R-0418)",
                    ("Amaia Lizarraga", "amaia.lizarraga@clinicaribera.example.es"),
                    seq=1, tzid="Europe/Madrid", location="Edificio de Administración")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="nominalia_interviewer_ill",
        key="nominalia_ill", lang="es", company="Nominalia Araba Asesores",
        contact="jon.agirre@nominaliaaraba.example.es",
        frm=("Jon Agirre", "jon.agirre@nominaliaaraba.example.es"),
        cc=[GARAZI],
        subject="RE: Entrevista Técnico/a de Nóminas Junior – Nominalia Araba",
        subj_enc=("utf-8", "Q"),
        date="2026-09-07 08:41", tz="+0200", parent="nominalia_invite",
        text="""Buenos días Valeria:

Te escribo yo porque Garazi está de baja con gripe desde el viernes y no podrá hacer la entrevista de mañana.

La pasamos al martes 15 de septiembre a la misma hora, 11:00, con el mismo enlace de Teams. Te llegará la invitación actualizada. Si ese día no puedes, dime qué otro día de esa semana te viene bien.

Disculpa el cambio tan a última hora.

Jon Agirre
Técnico de Laboral · Nominalia Araba Asesores
945 13 77 02""",
        html=word_html(mso_paras("""Buenos días Valeria:

Te escribo yo porque Garazi está de baja con gripe desde el viernes y no podrá hacer la entrevista de mañana.

La pasamos al martes 15 de septiembre a la misma hora, 11:00, con el mismo enlace de Teams. Te llegará la invitación actualizada. Si ese día no puedes, dime qué otro día de esa semana te viene bien.

Disculpa el cambio tan a última hora.

Jon Agirre
Técnico de Laboral · Nominalia Araba Asesores
945 13 77 02""")),
        charset="windows-1252", cte="quoted-printable",
        attach=[ics("REQUEST", "040000008200E00074C5B7101A82E00800000000NOMINALIA0908",
                    "2026-09-15 09:00", "2026-09-15 09:45",
                    "Entrevista Técnico/a de Nóminas Junior", GARAZI, seq=1,
                    location="Reunión de Microsoft Teams")],
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="tempora_valdeguia_afternoon",
        key="tempora_valdeguia_moved", lang="es", company="Bodegas Valdeguía",
        contact="noelia.barrenechea@temporaempleo.example.es",
        frm=("Noelia Barrenechea | Tempora Empleo", "noelia.barrenechea@temporaempleo.example.es"),
        subject="Cambio de hora - Bodegas Valdeguía", date="2026-02-26 13:05", tz="+0100",
        parent="tempora_valdeguia_interview",
        text="""Valeria, una cosa rápida:

Me llaman de Bodegas Valdeguía. El miércoles por la mañana tienen visita de un importador y me piden pasar tu entrevista a la tarde: sigue siendo el miércoles 4 de marzo, pero a las 16:30 en lugar de a las 10:00. El sitio y las personas, igual.

¿Te va bien? Contéstame aunque sea con un "ok" y se lo confirmo.

Noelia""",
        charset="utf-8", cte="base64",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="castellana_moved_to_may",
        key="castellana_assessment_moved", lang="es", company="Almacenes Castellana",
        contact="sergio.palacios@almacenescastellana.example.es",
        frm=("Sergio Palacios", "sergio.palacios@almacenescastellana.example.es"),
        subject="Re: Jornada de evaluación – Administración de Personal",
        subj_enc=("utf-8", "B"),
        date="2026-04-24 10:26", tz="+0200", parent="castellana_move_request",
        text="""Hola Valeria:

Sin problema. Te he pasado a la segunda jornada de evaluación, que será el martes 5 de mayo con el mismo horario (9:30 a 13:30) y en la misma sala.

Queda anulada tu plaza del día 28.

Un saludo,
Sergio

""" + wrote("es", "jue, 23 abr 2026 a las 20:14", "Valeria Nowak-Etxeberria",
            "valeria.ne@example.es") + "\n" + quote("""Hola Sergio:

Muchas gracias por la invitación. El martes 28 tengo turno en la panadería y no encuentro quien me lo cambie. ¿Habría otra fecha posible?

Un saludo,
Valeria"""),
        cte="quoted-printable",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="henares_greenhouse_rescheduled",
        key="henares_moved", lang="es", company="Farmacéutica Henares Lab", contact=MARTA[1],
        frm=("Marta Ruiz via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=MARTA,
        subject="Entrevista reprogramada – Farmacéutica Henares Lab",
        subj_enc=("utf-8", "Q"),
        date="2026-06-11 11:50", tz="+0200", parent="henares_invite",
        text="""Hola Valeria:

Carmen Olmedo tiene cierre de nómina el lunes, así que hemos reprogramado tu entrevista:

Antes: lunes 15 de junio, 9:30
Ahora: martes 16 de junio, 12:00 - 12:45 (hora de Madrid)
Google Meet: https://meet.google.com/hnl-qpzx-rtv (el mismo)

La invitación de calendario adjunta sustituye a la anterior.

Marta Ruiz
Talent Acquisition · Farmacéutica Henares Lab""",
        html=ats_card("Farmacéutica Henares Lab", "#00838f", paras_html("""Hola Valeria:

Carmen Olmedo tiene cierre de nómina el lunes, así que hemos reprogramado tu entrevista:

Antes: lunes 15 de junio, 9:30
Ahora: martes 16 de junio, 12:00 - 12:45 (hora de Madrid)
Google Meet: https://meet.google.com/hnl-qpzx-rtv (el mismo)

La invitación de calendario adjunta sustituye a la anterior.

Marta Ruiz
Talent Acquisition · Farmacéutica Henares Lab"""), "Sent via Greenhouse"),
        cte="quoted-printable",
        attach=[ics("REQUEST", "gh-interview-55120934@greenhouse.io",
                    "2026-06-16 10:00", "2026-06-16 10:45",
                    "Entrevista: Valeria Nowak-Etxeberria / Farmacéutica Henares Lab", MARTA,
                    seq=1, location="https://meet.google.com/hnl-qpzx-rtv")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="arnedo_sur_postponed",
        key="arnedo_sur_cancel", lang="es", company="Calzados Arnedo Sur",
        contact="rjimenez@calzadosarnedosur.example.es",
        frm=("Rosario Jiménez Ochagavía", "rjimenez@calzadosarnedosur.example.es"),
        frm_enc=("windows-1252", "Q"),
        subject="Aplazamos la entrevista del lunes", date="2026-07-23 09:12", tz="+0200",
        parent="arnedo_sur_invite",
        text="""Hola Valeria:

Te escribo para avisarte de que el lunes no podremos hacer la entrevista: tenemos auditoría de la mutua toda la semana y el director financiero no estará disponible. No queremos dejarte colgada; en cuanto tengamos agenda te propongo otra fecha.

Perdona las molestias.

Rosario""",
        charset="windows-1252", cte="8bit",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="moncloa_later_slot", key="moncloa_moved",
        lang="es", company="Hospital Privado Moncloa Norte",
        contact="ignacio.berrocal@hmonclonorte.example.es",
        frm=("Ignacio Berrocal", "ignacio.berrocal@hmonclonorte.example.es"),
        subject="Cambio de hora de tu entrevista del lunes 28", date="2026-09-24 16:12",
        tz="+0200", parent="moncloa_invite",
        text="""Hola Valeria:

El director financiero tiene comité de dirección el lunes a primera hora, así que el tribunal empieza más tarde. Tu entrevista pasa de las 9:00 a las 12:30, el mismo lunes 28 y en la misma sala de la planta 6.

Perdona el cambio. Si a esa hora tienes algún problema, llámame al 91 376 40 22.

Ignacio Berrocal
Jefe de Administración de Personal
Hospital Privado Moncloa Norte""",
        cte="quoted-printable",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="lee_valley_updated_invite",
        key="lee_valley_moved", lang="en", company="Lee Valley Dairies", contact=AOIFE[1],
        frm=("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=AOIFE,
        subject="Updated invitation: Payroll Administrator panel interview",
        date="2026-04-10 11:04", tz="+0100", parent="lee_valley_invite",
        text="""Hi Valeria,

Apologies for the change: Donal has been called to a Revenue audit meeting on Tuesday, so we've moved your panel interview to Thursday 16 April, 10:00 - 10:45, same place.

The updated calendar invitation is attached and replaces the earlier one. Let me know if the new time is a problem.

Best,
Aoife""",
        cte="quoted-printable",
        attach=[ics("REQUEST", "gh-interview-60011827@greenhouse.io",
                    "2026-04-16 10:00", "2026-04-16 10:45",
                    "Panel interview - Payroll Administrator (Valeria Nowak-Etxeberria)", AOIFE,
                    seq=1, tzid="Europe/Dublin",
                    location="Lee Valley Dairies, Model Farm Road, Cork", filename="invite.ics")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="mercy_harbour_stood_down",
        key="mercy_harbour_cancel", lang="en", company="Mercy Harbour University Hospital",
        contact=ORLA[1], frm=ORLA,
        subject="Cancelled: Interview - Payroll Officer Grade IV (9 June)",
        date="2026-06-02 15:27", tz="+0100", parent="mercy_harbour_panel",
        text="""Dear Valeria,

I regret to let you know that the interviews scheduled for Tuesday 9 June have had to be stood down, and the calendar appointment is cancelled with this email.

The hospital executive has asked for a review of staffing approvals across all administrative competitions before any further interviews take place. Your application remains active and I will contact you as soon as I have an update on next steps.

Apologies for any inconvenience caused.

Yours sincerely,
Orla Cronin
HR Recruitment Officer
Mercy Harbour University Hospital""",
        cte="quoted-printable",
        attach=[ics("CANCEL", "MHUH-INT-311-0609-VNE@mercyharbour.example.ie",
                    "2026-06-09 11:30", "2026-06-09 12:15",
                    "Interview - Payroll Officer Grade IV", ORLA, seq=1, tzid="Europe/Dublin",
                    location="Board Room 2, Administration Block, Mercy Harbour University Hospital")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="brightline_ashby_rescheduled",
        key="brightline_moved", lang="en", company="Brightline Payroll Services",
        contact="tom.ashworth@brightlinepayroll.example.es",
        frm=("Brightline Payroll Services", "no-reply@ashbyhq.com"),
        reply_to=("Tom Ashworth", "tom.ashworth@brightlinepayroll.example.es"),
        subject="Your interview with Brightline Payroll Services has been rescheduled",
        date="2026-08-11 13:58", tz="+0000", parent="brightline_invite",
        text="""Hi Valeria,

Your interview for Payroll Specialist (Spain & Portugal) has been rescheduled.

New time: Thursday 13 August 2026, 15:00 - 15:45 (Europe/Madrid)
Interviewer: Tom Ashworth
Location: Google Meet - the link is in the calendar invitation

Previous time: Wednesday 12 August 2026, 10:00 (cancelled)

Need to make another change? Reply to this email.

The Brightline Talent Team
Powered by Ashby""",
        charset="us-ascii", cte="7bit",
        attach=[ics("REQUEST", "ashby-7c0a1e55-brightline@ashbyhq.com",
                    "2026-08-13 13:00", "2026-08-13 13:45",
                    "Interview: Valeria Nowak-Etxeberria <> Brightline Payroll Services",
                    ("Tom Ashworth", "tom.ashworth@brightlinepayroll.example.es"), seq=2,
                    location="Google Meet")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="carrigaline_client_pushed_week",
        key="carrigaline_postponed", lang="en", company="Ringaskiddy Pharma Fill",
        contact="ciaran@carrigalinetalent.example.ie",
        frm=("Ciarán Twomey", "ciaran@carrigalinetalent.example.ie"), frm_enc=("utf-8", "B"),
        subject="Re: Interview set up - Ringaskiddy Pharma Fill", date="2026-06-25 09:14",
        tz="+0100", parent="carrigaline_client_interview",
        text="""Morning Valeria,

Small change from Ringaskiddy: Aisling has an unannounced HPRA inspection next week, so they've asked to push your interview by a week. It's now Tuesday 7 July, same time (14:00 Irish / 15:00 Spain), still on Teams.

They were apologetic and are still very keen, so nothing to read into it. Our prep call on Monday can stay as it is.

Ciarán

""" + wrote("en", "Tue, 23 Jun 2026 at 12:26", "Ciarán Twomey", "ciaran@carrigalinetalent.example.ie")
            + "\n" + quote("""Hi Valeria,

Great news - Ringaskiddy Pharma Fill would like to meet you for the Payroll Administrator contract (12 months, maternity cover).

I've booked it in:
Tuesday 30 June, 14:00-14:45 Irish time (15:00 your time)"""),
        charset="utf-8", cte="8bit",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="biscuiterie_nouveau_creneau",
        key="biscuiterie_report", lang="fr", company="Biscuiterie de l'Adour",
        contact="m.etcheverry@biscuiterie-adour.example.fr",
        frm=("Mathilde Etcheverry", "m.etcheverry@biscuiterie-adour.example.fr"),
        subject="Re: Invitation à un entretien - gestionnaire paie", date="2026-07-08 09:30",
        tz="+0200", parent="biscuiterie_move_request",
        text="""Bonjour Valeria,

Aucun souci, c'est noté : nous décalons l'entretien au lundi 13 juillet à 15 h, même lieu. Notre DAF sera présent.

À lundi !

Mathilde Etcheverry
Responsable RH - Biscuiterie de l'Adour

""" + wrote("fr", "mar. 7 juil. 2026 à 08:55", "Valeria Nowak-Etxeberria",
            "valeria.ne@example.es") + "\n" + quote(_BISC_REQUEST),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="kessler_verschoben_telefon",
        key="kessler_moved", lang="de", company="Kessler Präzisionsteile", contact=SABINE[1],
        frm=SABINE, frm_enc=("utf-8", "B"),
        subject="Terminverschiebung: Vorstellungsgespräch am 11. Juni",
        date="2026-06-10 15:02", tz="+0200", parent="kessler_invite",
        text="""Sehr geehrte Frau Nowak-Etxeberria,

leider müssen wir unser Gespräch von morgen verschieben, da Herr Wollmann kurzfristig an einer Betriebsversammlung teilnehmen muss.

Neuer Termin: Dienstag, 16. Juni 2026, 10:00 Uhr. Wir führen das Gespräch telefonisch; ich rufe Sie unter +34 648 213 907 an. Die aktualisierte Einladung hängt an.

Vielen Dank für Ihr Verständnis.

Mit freundlichen Grüßen
Sabine Hörmann
Personalreferentin · Kessler Präzisionsteile GmbH""",
        cte="quoted-printable",
        attach=[ics("REQUEST", "kessler-vg-entgelt-0611@kessler-praezision.example.de",
                    "2026-06-16 10:00", "2026-06-16 10:45",
                    "Telefoninterview Frau Nowak-Etxeberria", SABINE, seq=1,
                    tzid="Europe/Berlin", location="Telefon: +34 648 213 907",
                    filename="Einladung.ics")],
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="klinikum_termin_entfaellt",
        key="klinikum_cancel", lang="de", company="Klinikum Filderhöhe",
        contact="markus.weiland@klinikum-filderhoehe.example.de",
        frm=("Markus Weiland", "markus.weiland@klinikum-filderhoehe.example.de"),
        subject="Abgesagt: Vorstellungsgespräch 21.07., 13:00 Uhr",
        date="2026-07-17 12:48", tz="+0200", parent="klinikum_invite",
        text="""Sehr geehrte Frau Nowak-Etxeberria,

leider müssen wir Ihr Vorstellungsgespräch am Dienstag, 21. Juli, absagen. Die Deutsche Rentenversicherung hat kurzfristig eine Betriebsprüfung für die kommende Woche angekündigt, die unsere gesamte Personalabrechnung bindet.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Ich melde mich Anfang August mit einem neuen Terminvorschlag bei Ihnen.

Mit freundlichen Grüßen
Markus Weiland
Leiter Personalabrechnung
Klinikum Filderhöhe · Filderhauptstraße 140 · 70599 Stuttgart""",
        cte="quoted-printable",
        attach=[ics("CANCEL", "sf-interview-KFH-2207-VNE@klinikum-filderhoehe.example.de",
                    "2026-07-21 13:00", "2026-07-21 14:00",
                    "Vorstellungsgespräch Mitarbeiterin Personalabrechnung",
                    ("Markus Weiland", "markus.weiland@klinikum-filderhoehe.example.de"),
                    seq=1, tzid="Europe/Berlin", location="Haus C, Raum C 2.14")],
    ),
    # ============================================================ missed_interview_notice
    dict(
        kind="missed_interview_notice", slug="arrieta_goni_two_calls", key="arrieta_goni_missed",
        lang="es", company="Gestoría Arrieta & Goñi", contact="inaki.goni@arrietagoni.example.es",
        frm=("Iñaki Goñi Zabalza", "inaki.goni@arrietagoni.example.es"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Llamada del jueves", date="2026-01-22 10:41", tz="+0100",
        parent="arrieta_goni_phone",
        text="""Buenos días, Valeria:

Te he llamado dos veces esta mañana a las 10:00 y a las 10:15, como habíamos quedado, pero no he conseguido localizarte. ¿Ha pasado algo? Dime si quieres que lo intentemos otro día.

Iñaki""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="missed_interview_notice", slug="nominatalento_voicemail",
        key="nominatalento_unreachable", lang="es", company="Nómina & Talento Search",
        contact="rodrigo.quintanilla@nominatalento.example.es",
        frm=("Rodrigo Quintanilla", "rodrigo.quintanilla@nominatalento.example.es"),
        subject="Te he llamado", date="2026-03-17 12:31", tz="+0100",
        parent="nominatalento_phone_screen",
        text="""Hola Valeria:

Te he llamado a las 12:00, como quedamos, y me ha saltado el buzón de voz. Lo he vuelto a intentar a las 12:20 con el mismo resultado.

Imagino que te ha surgido algo en la panadería. Cuando puedas, dime un par de huecos para esta semana y lo volvemos a intentar.

Rodrigo Quintanilla
Nómina & Talento Search · +34 911 52 80 44""",
        cte="quoted-printable",
    ),
    dict(
        kind="missed_interview_notice", slug="ochoa_waited_in_store", key="ochoa_missed",
        lang="es", company="Ferreterías Ochoa", contact="kepa@ferreteriasochoa.example.es",
        frm=("Kepa Ochoa", "kepa@ferreteriasochoa.example.es"),
        subject="Re: Entrevista para administración (Vitoria)", date="2026-10-08 13:10",
        tz="+0200", parent="ochoa_invite",
        text="""Hola Valeria:

Te hemos estado esperando esta mañana en la tienda de Dato desde las 11:00 hasta casi las 11:45 y no has aparecido. Tampoco me ha entrado ninguna llamada tuya.

Si ha sido un malentendido con el día o la dirección, dímelo y vemos si hay otra oportunidad.

Kepa Ochoa
Ferreterías Ochoa · Vitoria-Gasteiz""",
        charset="windows-1252", cte="8bit",
    ),
    dict(
        kind="missed_interview_notice", slug="txoko_waited_on_teams", key="txoko_missed",
        lang="es", company="Supermercados Txoko", contact="ane.urkiola@txoko.example.es",
        frm=("Ane Urkiola - Supermercados Txoko", "ane-urkiola@workablemail.com"),
        reply_to=("Ane Urkiola", "ane.urkiola@txoko.example.es"),
        subject="No hemos coincidido en Teams", date="2026-03-04 16:40", tz="+0100",
        parent="txoko_ack",
        html=plain_html("""Hola Valeria:

Hoy a las 16:00 teníamos la videollamada para la vacante de Gestor/a de Nóminas. Te he estado esperando en Teams unos quince minutos junto con nuestra responsable de administración, pero no te has conectado.

¿Ha habido algún problema con el enlace? Escríbeme y me cuentas.

Ane Urkiola
Técnica de Personas – Supermercados Txoko"""),
        cte="quoted-printable",
    ),
    dict(
        kind="missed_interview_notice", slug="ebro_norte_meet_no_show", key="ebro_norte_missed",
        lang="es", company="Grupo Logístico Ebro Norte",
        contact="pilar.casaus@ebronorte.example.es",
        frm=("Casaus Lafuente, Pilar", "pilar.casaus@ebronorte.example.es"),
        subject="Videollamada de hoy 9:30", date="2026-07-09 10:05", tz="+0200",
        parent="ebro_norte_ack",
        text="""Buenos días Valeria,

Teníamos la videollamada a las 9:30 para el puesto de Técnico/a de Nóminas y no te has conectado a la reunión de Google Meet. Hemos esperado hasta las 9:50 y también te he enviado un SMS.

Si quieres seguir en el proceso, respóndeme hoy o mañana y vemos si podemos encajar otra fecha.

Saludos cordiales,
Pilar Casaus Lafuente
People Partner · Grupo Logístico Ebro Norte""",
        html=word_html(mso_paras("""Buenos días Valeria,

Teníamos la videollamada a las 9:30 para el puesto de Técnico/a de Nóminas y no te has conectado a la reunión de Google Meet. Hemos esperado hasta las 9:50 y también te he enviado un SMS.

Si quieres seguir en el proceso, respóndeme hoy o mañana y vemos si podemos encajar otra fecha.

Saludos cordiales,
Pilar Casaus Lafuente
People Partner · Grupo Logístico Ebro Norte""")),
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="missed_interview_notice", slug="shandon_phone_no_answer", key="shandon_missed",
        lang="en", company="Shandon Payroll Bureau",
        contact="niamh.ocallaghan@shandonpayroll.example.ie",
        frm=("Niamh O'Callaghan", "niamh.ocallaghan@shandonpayroll.example.ie"),
        subject="Missed you this morning", date="2026-02-09 11:26", tz="+0000",
        parent="shandon_phone_screen",
        text="""Hi Valeria,

I tried calling you twice at 11:00 as arranged, but it went straight to voicemail both times. I left a short message.

Could you let me know if you'd still like to have the call? I'm around on Wednesday and Thursday afternoon.

Niamh""",
        charset="us-ascii", cte="7bit",
    ),
    dict(
        kind="missed_interview_notice", slug="douglas_waited_teams", key="douglas_missed",
        lang="en", company="Douglas Foods", contact="eoin.lynch@douglasfoods.example.ie",
        frm=("Eoin Lynch", "eoin.lynch@douglasfoods.example.ie"),
        subject="Re: Quick chat?", date="2026-09-04 10:31", tz="+0100",
        parent="douglas_casual_chat",
        text="""Hi Valeria,

I waited on Teams from 10:00 till about 10:20 this morning but there was no sign of you. Maybe the invite didn't reach you?

Let me know if you're still interested and we can try again next week.

Eoin

""" + wrote("en", "Wed, 2 Sep 2026 at 17:20", "Eoin Lynch", "eoin.lynch@douglasfoods.example.ie")
            + "\n" + quote("""Hi Valeria,

Saw your application for the payroll position come through. Are you free Friday morning for a quick chat? Say 10:00 Irish time on Teams, 15-20 minutes, nothing formal."""),
        charset="us-ascii", cte="7bit",
    ),
    dict(
        kind="missed_interview_notice", slug="blarney_woolcraft_zoom", key="blarney_missed",
        lang="en", company="Blarney Woolcraft", contact="fiona.walsh@blarneywoolcraft.example.ie",
        frm=("Fiona Walsh", "fiona.walsh@blarneywoolcraft.example.ie"),
        subject="Your video interview today", date="2026-05-21 14:32", tz="+0100",
        html=plain_html("""Hi Valeria,

We had you down for a video interview at 2pm today for the part-time payroll and accounts assistant role. We waited on Zoom for a good while but didn't see you join.

If something came up, no problem - just reply and let me know whether you'd like another slot.

Fiona Walsh
Office Manager, Blarney Woolcraft
The Square, Blarney, Co. Cork"""),
        cte="quoted-printable",
    ),
    dict(
        kind="missed_interview_notice", slug="lartigue_visio_absente", key="lartigue_missed",
        lang="fr", company="Cabinet Lartigue Paie & Conseil",
        contact="h.lartigue@cabinet-lartigue.example.fr",
        frm=("Hélène Lartigue", "h.lartigue@cabinet-lartigue.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Re: Entretien en visioconférence - jeudi 17 septembre",
        date="2026-09-17 10:05", tz="+0200", parent="lartigue_visio",
        text="""Bonjour Madame,

Je vous ai attendue ce matin à 9 h 30 sur notre lien de visioconférence, jusqu'à 9 h 50, sans vous voir vous connecter. Je n'ai pas non plus reçu de message de votre part.

Si vous souhaitez toujours être candidate, merci de me le faire savoir rapidement.

Cordialement,
Hélène Lartigue""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="missed_interview_notice", slug="kessler_nicht_erreicht", key="kessler_missed",
        lang="de", company="Kessler Präzisionsteile", contact=SABINE[1],
        frm=SABINE, frm_enc=("utf-8", "B"),
        subject="Ihr Telefontermin am 16. Juni", date="2026-06-16 10:35", tz="+0200",
        parent="kessler_moved",
        text="""Sehr geehrte Frau Nowak-Etxeberria,

wie vereinbart habe ich Sie heute um 10:00 Uhr unter +34 648 213 907 angerufen, zweimal, leider ohne Erfolg. Auch auf meine Nachricht auf Ihrer Mailbox kam bisher keine Rückmeldung.

Bitte melden Sie sich kurz, ob Sie weiterhin Interesse an der Stelle haben.

Sabine Hörmann""",
        cte="quoted-printable",
    ),
]
