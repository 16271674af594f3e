"""Interview invitations, reschedules and cancellations, and missed-interview notices of the
hundred-twenty-ninth corpus, written one by one."""
# ruff: noqa: C408  (each message is a dict(...) call written by hand: keyword syntax reads best)

from __future__ import annotations

from msgs129_common import ats, button, outlook, paras

SPECS: list[dict] = []
add = SPECS.append

HAREBRO_UID = "040000008200E00074C5B7101A82E00800000000D07A8F3C54B2DC01000000000000000010000000A3E15C7E2F9B4F44B1E1D2C3"
GREENFIELD_UID = "5c9e0d7a-31f2-4b8e-9a6d-greenfieldbakes-qa-0513"
ISARTAL_UID = "softgarden-interview-88213-isartal@softgarden.io"

# ---------------------------------------------------------------- invitations (26)

# I1 -- a first phone screen, HR writing from her own address.
add(dict(
    scen="phone_screen_hr", kind="interview_invitation", company="Lácteos Montseny",
    contact="npuig@lacteosmontseny.example.es", lang="es",
    frm=("Núria Puig", "npuig@lacteosmontseny.example.es"),
    subject="Entrevista telefónica - Técnica de Calidad (Santa Maria de Palautordera)",
    date="2026-02-02 12:41 +0100", msgid="<a7f3c1e0-5521-4d2a-9d11-npuig@lacteosmontseny.example.es>",
    cte="quoted-printable",
    text="""Hola Ingrid,

Soy Núria, de Personas en Lácteos Montseny. Hemos leído tu candidatura para el puesto de Técnica de Calidad en la planta de Santa Maria de Palautordera y nos gustaría conocerte.

Te propongo una primera entrevista telefónica de unos 20-25 minutos el jueves 5 de febrero a las 10:00. Te llamaría yo al número que indicas en el CV (+34 611 00 00 48).

Si no te va bien, dime dos o tres huecos esa semana y lo cuadramos.

Gràcies i fins aviat!

Núria Puig
Técnica de Selección · Lácteos Montseny
Ctra. de Sant Celoni, km 2 · 08460 Santa Maria de Palautordera
""",
))

# I2 -- Workday, choose a slot for a video interview; HTML only.
add(dict(
    scen="workday_pick_slot", kind="interview_invitation", company="GAM", contact="", lang="es",
    frm=("GAM Talent Acquisition", "gam@myworkday.com"),
    subject="Invitación a entrevista: Técnico/a de Calidad (R-10482)",
    date="2026-02-03 09:15 +0100", cte="quoted-printable",
    html=ats(
        """<p>Hola Ingrid:</p>
<p>¡Buenas noticias! Nos gustaría invitarte a una <b>entrevista por videollamada</b> con el equipo de Calidad de la planta de Zona Franca para el puesto de Técnico/a de Calidad (R-10482).</p>
<p>La entrevista durará unos 45 minutos y la realizarán Carla Roig (Talent Acquisition) y Jordi Mas (Responsable de Calidad). Por favor, selecciona la franja que mejor te venga antes del viernes 6 de febrero:</p>
""" + button("https://gam.wd3.myworkday.com/gam_careers/d/inst/interview-scheduling/1$88312.htmld", "Elegir fecha y hora", "#c8102e") + """
<p>Recibirás la confirmación con el enlace de Microsoft Teams una vez elijas la franja.</p>
<p>Un saludo,<br>Equipo de Talento de GAM</p>""",
        logo="https://gam.wd3.myworkday.com/gam_careers/assets/logo/gam-logo-red.png",
        alt="GAM – Grupo Alimentario Mediterráneo",
        footer="""Grupo Alimentario Mediterráneo, S.A. · Carrer de la Marina 212, 08013 Barcelona<br>
Este mensaje se ha enviado desde una dirección que no admite respuestas.<br>Powered by Workday""",
        tracker="https://gam.wd3.myworkday.com/email/open/91ac04d7f2.gif", accent="#c8102e"),
))

# I3 -- a start-up recruiter with an Ashby scheduling link, text and HTML.
_nb_inv = """Hola Ingrid!

Muchas gracias por tu candidatura para QA Specialist. Nos ha encantado tu experiencia en laboratorio de microbiología, justo lo que necesitamos ahora que estamos escalando la producción de bebidas fermentadas.

El siguiente paso sería una entrevista de una hora en nuestra oficina del Poblenou con Marc Vilanova (Head of Operations) y conmigo. Puedes reservar el hueco que mejor te vaya aquí:

https://app.ashbyhq.com/interview-scheduling/nutribite/3f7c2a91

Si ninguna franja te cuadra, respóndeme a este correo y buscamos otra.

Un abrazo,
Lucía Ferrán
People & Culture · nutribite
"""
add(dict(
    scen="ashby_scheduling_link", kind="interview_invitation", company="nutribite",
    contact="lucia@nutribite.example.com", lang="es",
    frm=("Lucía Ferrán", "lucia@nutribite.example.com"),
    subject="¡Hablemos! Entrevista para QA Specialist en nutribite",
    date="2026-02-24 16:02 +0100", msgid="<ashby.msg.8812ab@nutribite.example.com>",
    text=_nb_inv,
    html=ats(paras(_nb_inv), logo="https://app.ashbyhq.com/api/images/org-theme-logo/nutribite.png",
             alt="nutribite", accent="#4bb543", bg="#ffffff",
             footer="Foodlab Innovations S.L. (nutribite) · Carrer de Pujades 77, 08005 Barcelona",
             tracker="https://app.ashbyhq.com/t/o/1d2e3f4a5b.png"),
))

# I4 -- the brewery founder, tú, come by for a beer and a chat.
add(dict(
    scen="brewery_founder_casual", kind="interview_invitation", company="Cervesera del Poblenou",
    contact="pau@cerveseradelpoblenou.example.cat", lang="es",
    frm=("Pau Roca", "pau@cerveseradelpoblenou.example.cat"),
    subject="Re: Candidatura - responsable de calidad",
    date="2026-03-09 18:22 +0100", cte="8bit", msgid="<CAB7pau0roca9Xk2@mail.cerveseradelpoblenou.example.cat>",
    irt="<CAK3spq2Qy8hTt1f@mail.example.no>",
    text="""Ei Ingrid!

Gracias por escribirnos. Nos ha hecho gracia lo de que en Bergen se bebe la cerveza más cara de Europa :)

Somos un equipo pequeño (siete personas) y hasta ahora la calidad la hemos llevado entre Marta y yo como buenamente hemos podido. Queremos a alguien que lo ordene todo: APPCC, trazabilidad, análisis en el laboratorio que estamos montando.

¿Te vienes el jueves 12 a las 17h a la fàbrica y lo hablamos con calma? Te enseño las instalaciones y tomamos una birra. Estamos en el carrer de Pere IV, 140, entrada por la persiana verde.

Salut!
Pau

Pau Roca · cofundador · Cervesera del Poblenou
""",
))

# I5 -- a formal convocation with a calendar request (METHOD:REQUEST), Outlook.
_hb_inv = """Estimada Sra. Solheim-Castro:

Tras el estudio de su candidatura para el puesto de Responsable de Calidad Junior, nos complace convocarle a una entrevista personal en nuestras instalaciones:

Fecha: jueves, 19 de marzo de 2026
Hora: 10:00 h
Lugar: Harinera del Ebro, Ctra. de Logroño, km 9, Zaragoza (preguntar en portería por el Departamento de RR. HH.)
Entrevistadores: D. Fernando Casas (Director de Planta) y Pilar Lasheras (RR. HH.)

Le rogamos que confirme su asistencia aceptando la convocatoria adjunta o respondiendo a este correo. Le recomendamos traer calzado cerrado, ya que la entrevista incluye una visita a la zona de molienda.

Atentamente,

Pilar Lasheras Gil
Departamento de Recursos Humanos
Harinera del Ebro
Tel. 976 000 412
"""
add(dict(
    scen="convocatoria_calendar_request", kind="interview_invitation", company="Harinera del Ebro",
    contact="plasheras@harebro.example.es", lang="es",
    frm=("Pilar Lasheras Gil", "plasheras@harebro.example.es"),
    subject="Convocatoria: entrevista Responsable de Calidad Junior",
    date="2026-03-12 11:30 +0100", msgid="<DB9PR04MB8412A7F2C1@harebro.example.es>",
    x_mailer="Microsoft Outlook 16.0",
    text=_hb_inv, html=outlook(_hb_inv),
    cal=dict(method="REQUEST", uid=HAREBRO_UID, seq=0, stamp="20260312T103000Z",
             start="20260319T090000Z", end="20260319T103000Z",
             summary="Entrevista Responsable de Calidad Junior - Ingrid Solheim-Castro",
             location="Harinera del Ebro - Ctra. de Logroño km 9, Zaragoza",
             organizer=("Pilar Lasheras Gil", "plasheras@harebro.example.es")),
))

# I6 -- a temp agency, all caps and exclamation marks, client named.
add(dict(
    scen="ett_caps_client_named", kind="interview_invitation", company="Dulces Pilar",
    contact="raquel.sanz@flexiplan.example.es", lang="es",
    frm=("Raquel Sanz | Flexiplan ETT", "raquel.sanz@flexiplan.example.es"),
    subject="ENTREVISTA CONFIRMADA!!! Dulces Pilar - Técnico/a de calidad",
    date="2026-02-10 13:55 +0100", msgid="<flexi.20260210.1355.rsanz@flexiplan.example.es>",
    cte="8bit",
    text="""HOLA INGRID!!!

TENEMOS ENTREVISTA!!! :) :)

Dulces Pilar (la fábrica de frutas de Aragón y adoquines, la de toda la vida!!) quiere conocerte para el puesto de Técnico/a de Calidad en su planta de La Cartuja Baja.

DÍA: viernes 13 de febrero
HORA: 12:00
DÓNDE: Camino de la Cartuja 21, Zaragoza. Preguntar por Javier Lahoz, jefe de producción.

Lleva DNI/NIE y una copia del CV en papel porfa!! Es una entrevista de unos 30-40 minutos y luego te enseñarán el obrador.

Confírmame que te llega este mail respondiendo o por WhatsApp. MUCHA SUERTE!!!

Raquel Sanz
Consultora de Selección
Flexiplan ETT · Oficina Zaragoza Delicias
Av. de Navarra 54 · 976 000 781
""",
))

# I7 -- the search firm invites to its office, client unnamed; Outlook alternative.
_sel_inv = """Hola Ingrid,

Encantado de saludarte. Soy Jordi Camps, consultor en Selecta Talent Consulting. Estamos llevando en exclusiva un proceso de Quality Specialist para un cliente del sector lácteo, con planta en el Vallès, y tu perfil nos parece muy interesante.

¿Te iría bien una entrevista en nuestras oficinas de Passeig de Gràcia el miércoles 18 de marzo a las 16:30? Serán unos 45 minutos. Te contaré el proyecto con detalle y, si encaja, te presentaríamos al cliente.

Quedo atento a tu respuesta.

Salutacions,

Jordi Camps | Senior Consultant | Selecta Talent Consulting
T. +34 930 000 512 | Pg. de Gràcia 112, 08008 Barcelona
"""
add(dict(
    scen="search_firm_invite_unnamed", kind="interview_invitation", company="Selecta Talent Consulting",
    contact="jcamps@selectatalent.example.com", lang="es",
    frm=("Jordi Camps", "jcamps@selectatalent.example.com"),
    subject="Proceso Quality Specialist - ¿hablamos?",
    date="2026-03-16 10:14 +0100", charset="windows-1252", cte="quoted-printable", hcs="windows-1252",
    text=_sel_inv, html=outlook(_sel_inv),
))

# I8 -- a public research centre convenes the practical test and interview.
add(dict(
    scen="public_convocatoria_prueba", kind="interview_invitation", company="Centro Tecnológico Bizkaia Food",
    contact="rrhh@bifood.example.es", lang="es",
    frm=("Recursos Humanos BIFOOD", "rrhh@bifood.example.es"),
    subject="Convocatoria 04/2026 - Citación a prueba práctica y entrevista personal",
    date="2026-04-20 12:00 +0200", msgid="<conv0426.cit.018@bifood.example.es>",
    charset="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    text="""Estimada candidata:

En relación con la Convocatoria 04/2026 para la cobertura de una plaza de Técnico/a de Laboratorio de Seguridad Alimentaria, le comunicamos que ha superado la fase de valoración de méritos y queda citada a la fase de prueba práctica y entrevista personal:

  - Prueba práctica (determinación de Listeria monocytogenes según ISO 11290-1): martes 5 de mayo de 2026, 9:00 h, laboratorio L2.
  - Entrevista personal ante el tribunal: mismo día, a partir de las 12:30 h, sala de reuniones 1.

Lugar: Parque Científico y Tecnológico de Bizkaia, edificio 609, Derio.

Deberá presentarse con DNI, NIE o pasaporte en vigor y bata de laboratorio. La no comparecencia supondrá la exclusión del proceso.

Para cualquier consulta puede dirigirse a esta misma dirección de correo.

Atentamente,

Departamento de Recursos Humanos
Centro Tecnológico Bizkaia Food
""",
))

# I9 -- Teamtailor, a Teams interview; Catalan sign-off; HTML only.
add(dict(
    scen="teamtailor_teams_interview", kind="interview_invitation", company="Xocolates Empordà", contact="",
    lang="es",
    frm=("Xocolates Empordà", "no-reply@teamtailor-mail.com"),
    subject="Entrevista con Xocolates Empordà – Técnica de Calidad",
    date="2026-03-16 12:08 +0100", msgid="<tt-interview-552301@teamtailor-mail.com>", cte="base64",
    html=ats(
        """<h2 style="font-family:Georgia,serif;font-weight:normal;color:#4a2c1d;margin:0 0 16px 0;">Hola Ingrid,</h2>
<p>¡Nos ha gustado mucho tu candidatura! Queremos conocerte en una primera entrevista por <b>Microsoft Teams</b> con Anna Puigdemont, responsable de Calidad.</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="background:#f7f1ea;border-radius:6px;margin:12px 0;"><tr><td style="padding:14px 18px;">
<b>Viernes, 27 de marzo de 2026</b><br>11:00 – 11:45 (hora de Madrid)<br>
<a href="https://t.teamtailor-mail.com/c/teams-join?l=19%3Ameeting_ZTk4" style="color:#4a2c1d;">Unirse a la reunión de Teams</a>
</td></tr></table>
<p>Si necesitas cambiar la hora, usa el enlace de abajo.</p>
""" + button("https://xocolatesemporda.teamtailor.com/interviews/552301/reschedule", "Cambiar horario", "#4a2c1d") + """
<p>Fins aviat!<br>L'equip de Xocolates Empordà</p>""",
        logo="https://assets.teamtailor-cdn.com/xocolates-emporda/logo-brown.png", alt="Xocolates Empordà",
        footer="""Xocolates Empordà, S.L. · Polígon Les Bòbiles, 17100 La Bisbal d'Empordà<br>
<a href="https://xocolatesemporda.teamtailor.com/privacy" style="color:#8a8a8a;">Política de privacidad</a>""",
        tracker="https://t.teamtailor-mail.com/o/1f0a77c3b9e4.gif", accent="#4a2c1d", bg="#f7f1ea"),
))

# I10 -- second interview; the quoted Outlook chain below holds an old "lamentablemente".
add(dict(
    scen="second_interview_misleading_quote", kind="interview_invitation",
    company="Laboratorios Analíticos Sant Cugat", contact="sbosch@lasc.example.es", lang="es",
    frm=("Sílvia Bosch", "sbosch@lasc.example.es"),
    cc=[("Josep Mir", "jmir@lasc.example.es")],
    subject="RE: Candidatura técnica de microbiología",
    date="2026-03-20 09:47 +0100", charset="windows-1252", cte="quoted-printable", hcs="windows-1252",
    irt="<AM0PR07MB4410F1E2@lasc.example.es>", x_mailer="Microsoft Outlook 16.0",
    text="""Hola Ingrid,

Gracias por la primera entrevista del martes, a Josep y a mí nos gustó mucho.

Queremos invitarte a una segunda entrevista con la Dirección Técnica, que incluirá una pequeña prueba práctica en el laboratorio (siembra y recuento en placa, nada del otro mundo). Sería el jueves 26 de marzo a las 9:30 en nuestras instalaciones de Sant Cugat (Av. de la Generalitat 32). Calcula unas dos horas.

¿Me confirmas si te va bien?

Un saludo,

Sílvia Bosch Ferrer
Responsable de RR. HH.
Laboratorios Analíticos Sant Cugat
T. 935 000 227 · www.lasc.example.es

De: Sílvia Bosch <sbosch@lasc.example.es>
Enviado: lunes, 2 de marzo de 2026 13:05
Para: Ingrid Solheim-Castro <ingrid.sc@example.no>
Asunto: Candidatura técnica de microbiología

Hola Ingrid,

Hemos recibido tu candidatura. Lamentablemente la vacante de técnico/a de aguas ya está cubierta, pero te consideramos para la de técnica de microbiología alimentaria, que sigue abierta. Te diremos algo en breve.

Sílvia
""",
))

# I11 -- a cannery in Bizkaia; ISO-8859-1, 8bit.
add(dict(
    scen="cannery_office_interview", kind="interview_invitation", company="Conservas Itsasoa",
    contact="gzubiaur@itsasoa.example.es", lang="es",
    frm=("Garazi Zubiaur", "gzubiaur@itsasoa.example.es"),
    subject="Entrevista - Técnica de Calidad (campaña de bonito)",
    date="2026-06-01 10:26 +0200", msgid="<6c1d0e9a.2026060110@itsasoa.example.es>",
    charset="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    text="""Buenos días, Ingrid:

Le escribo de Conservas Itsasoa en relación con su candidatura para el puesto de Técnica de Calidad durante la campaña del bonito (junio-octubre).

Nos gustaría mantener una entrevista con usted el martes 9 de junio a las 11:00 en nuestras oficinas del puerto de Bermeo (Calle Arrantzale 4, primera planta). Estará presente también nuestro jefe de planta, Unai Bilbao.

Le ruego que me confirme su asistencia. Si le resulta más cómodo, podemos hacer la primera parte por teléfono.

Un saludo,

Garazi Zubiaur
Administración y Personal
Conservas Itsasoa - Bermeo
946 000 139
""",
))

# I12 -- SmartRecruiters, a video interview with a Teams link; HTML only.
add(dict(
    scen="sr_video_interview", kind="interview_invitation", company="Aguas de Montnegre", contact="", lang="es",
    frm=("Aguas de Montnegre", "noreply@smartrecruiters.com"),
    subject="Invitación a entrevista – Técnico/a de Laboratorio de Aguas (Sant Celoni)",
    date="2026-05-05 08:50 +0200", msgid="<sr.evt.7731980@smartrecruiters.com>", cte="quoted-printable",
    html=ats(
        """<p>Hola Ingrid,</p>
<p>Gracias por tu interés en <b>Aguas de Montnegre</b>. Nos gustaría invitarte a una entrevista por videollamada para el puesto de Técnico/a de Laboratorio de Aguas en nuestra planta envasadora de Sant Celoni.</p>
<p><b>Fecha:</b> martes, 12 de mayo de 2026<br><b>Hora:</b> 11:00 (CEST)<br><b>Duración:</b> 40 minutos<br><b>Con:</b> Marta Soler (Talent) y Oriol Prat (Laboratorio)</p>
""" + button("https://www.smartrecruiters.com/i/evt/7731980/accept", "Confirmar asistencia", "#3a8dde") + """
<p>El enlace a Microsoft Teams se incluye en la invitación de calendario que recibirás tras confirmar.</p>
<p>Saludos,<br>Equipo de Talento · Aguas de Montnegre</p>""",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod/aguas-montnegre.png", alt="Aguas de Montnegre",
        accent="#3a8dde",
        footer="""Aguas de Montnegre, S.A. · Polígon Industrial Molí de les Planes, 08470 Sant Celoni<br>
Este correo ha sido enviado a través de SmartRecruiters.""",
        tracker="https://email.smartrecruiters.com/o/eJwVzEEKgCAQ.gif"),
))

# I13 -- a certification body, usted, windows-1252 with an Outlook-style signature.
add(dict(
    scen="certification_body_usted", kind="interview_invitation", company="ICAL Certificación",
    contact="bmartin@ical-cert.example.es", lang="es",
    frm=("Begoña Martín Ruiz", "bmartin@ical-cert.example.es"),
    subject="Proceso de selección – Auditora en formación (IFS/BRCGS)",
    date="2026-06-25 13:20 +0200", charset="windows-1252", cte="8bit", hcs="windows-1252",
    x_mailer="Microsoft Outlook 16.0",
    text="""Estimada Sra. Solheim-Castro:

Nos ponemos en contacto con usted en relación con su candidatura al puesto de Auditora en formación para los esquemas IFS Food y BRCGS.

Nos complace invitarle a una entrevista en nuestra Delegación de Cataluña (C/ Tarragona 161, 8ª planta, Barcelona) el jueves 2 de julio a las 10:00 h. La entrevista tendrá una duración aproximada de una hora e incluirá un breve caso práctico sobre una no conformidad.

Le agradeceríamos que nos confirmara su asistencia respondiendo a este correo.

Saludos cordiales,

Begoña Martín Ruiz
Responsable de Personas
ICAL Certificación
www.ical-cert.example.es

“Antes de imprimir este correo, piense si es necesario.”
""",
))

# I14 -- a sausage maker's owner, short, from his phone.
add(dict(
    scen="phone_interview_from_mobile", kind="interview_invitation", company="Embotits Collell",
    contact="jaume@collell.example.cat", lang="es",
    frm=("Jaume Collell", "jaume@collell.example.cat"),
    subject="Entrevista por teléfono",
    date="2026-06-15 19:04 +0200", msgid="<CAJc0ll3ll.m0b1l.77@mail.collell.example.cat>", cte="8bit",
    text="""Buenas tardes Ingrid,

Soy Jaume Collell. Hemos visto su currículum para la plaza de técnica de calidad de la nueva línea de loncheados. ¿Le va bien que la llame el jueves 18 a las 10 de la mañana para una entrevista por teléfono? Unos veinte minutos.

Gracias,
Jaume

Enviado desde mi móvil
""",
))

# I15 -- Greenhouse, pick a time; a recruiter's Reply-To.
_tv_inv = """Hi Ingrid,

Thanks so much for applying for the Quality Assurance Technician role at our Reading site. We were really impressed by your lab background and would love to set up a first interview.

This will be a 30-minute video call with me and Priya Natarajan, our Site Technical Manager. Please use the link below to choose a time that works for you:

https://app.greenhouse.io/scheduler/tvfoods/7d21f0c9

If none of the slots suit, just reply to this email and I'll find another.

Best,
Hannah Cole
Talent Partner, Thames & Vale Foods
"""
add(dict(
    scen="greenhouse_scheduler", kind="interview_invitation", company="Thames & Vale Foods",
    contact="hannah.cole@tvfoods.example.co.uk", lang="en",
    frm=("Hannah Cole via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Hannah Cole", "hannah.cole@tvfoods.example.co.uk"),
    subject="Interview invitation: Quality Assurance Technician - Thames & Vale Foods",
    date="2026-03-09 14:33 +0000", msgid="<gh.sched.7d21f0c9@greenhouse-mail.io>",
    text=_tv_inv,
    html=ats(paras(_tv_inv), logo="https://s3.amazonaws.com/grnhse-prod/logos/thamesvale.png",
             alt="Thames & Vale Foods", accent="#00594f", lang="en",
             footer="Thames &amp; Vale Foods Ltd · Registered in England No 04481233 · Sent via Greenhouse",
             tracker="https://links.greenhouse-mail.io/wf/open?upn=u001.Zx81Bq"),
))

# I16 -- an Irish bakery sends an Outlook meeting request (METHOD:REQUEST).
_gf_inv = """Hi Ingrid,

Lovely to chat on Friday. As discussed, I'd like to invite you in for an interview and a walk around the plant.

When: Wednesday 13 May, 10:00-11:30
Where: Greenfield Bakes, Unit 7 Ballycoolin Business Park, Dublin 15 - ask for me at reception
Who: myself and Declan Byrne (Operations Manager)

I've sent a calendar invite with this. Please bring photo ID; we'll give you PPE for the production floor, but wear flat closed shoes.

Any questions, just shout.

Kind regards,
Aoife

Aoife Brennan
Technical Manager | Greenfield Bakes
+353 1 000 4471
"""
add(dict(
    scen="outlook_meeting_request", kind="interview_invitation", company="Greenfield Bakes",
    contact="aoife.brennan@greenfieldbakes.example.ie", lang="en",
    frm=("Aoife Brennan", "aoife.brennan@greenfieldbakes.example.ie"),
    subject="Interview - QA Technologist - Greenfield Bakes",
    date="2026-05-06 15:12 +0100", msgid="<AM9PR03MB7719C2F13A@greenfieldbakes.example.ie>",
    charset="windows-1252", cte="quoted-printable", x_mailer="Microsoft Outlook 16.0",
    text=_gf_inv, html=outlook(_gf_inv),
    cal=dict(method="REQUEST", uid=GREENFIELD_UID, seq=0, stamp="20260506T141200Z",
             start="20260513T090000Z", end="20260513T103000Z",
             summary="Interview: Ingrid Solheim-Castro - QA Technologist",
             location="Greenfield Bakes, Unit 7 Ballycoolin Business Park, Dublin 15",
             organizer=("Aoife Brennan", "aoife.brennan@greenfieldbakes.example.ie")),
))

# I17 -- a London search firm, client unnamed, invites to a Teams interview.
add(dict(
    scen="headhunter_unnamed_client_en", kind="interview_invitation", company="Kellan Search",
    contact="olivia.grant@kellansearch.example.co.uk", lang="en",
    frm=("Olivia Grant", "olivia.grant@kellansearch.example.co.uk"),
    subject="Interview - Quality Lead (confidential)",
    date="2026-06-29 11:48 +0100", msgid="<kellan.og.20260629.1148@kellansearch.example.co.uk>",
    cte="quoted-printable",
    text="""Hi Ingrid,

Following our call, I'm pleased to say I'd like to take you forward for the Quality Lead mandate we're running on behalf of a leading UK chilled food manufacturer (I'll share the name once you've had the first conversation with me - the client has asked us to keep it confidential at this stage).

Could you do a 45-minute interview with me on Teams this Friday, 3 July, at 2pm UK time? I'll walk you through the business, the site in the East Midlands and the relocation package, and we'll go through your audit experience in detail.

Let me know and I'll send the link.

Best wishes,
Olivia

Olivia Grant
Associate Director | Kellan Search
+44 (0)20 3000 1187 | kellansearch.example.co.uk
Kellan Search Ltd is registered in England No 11200451.
""",
))

# I18 -- Lever, interview confirmation; HTML only, no reply address.
add(dict(
    scen="lever_interview_confirmed", kind="interview_invitation", company="Harbour Analytical Labs", contact="",
    lang="en",
    frm=("Harbour Analytical Labs", "no-reply@hire.lever.co"),
    subject="Interview confirmed: Food Microbiology Analyst",
    date="2026-03-04 10:21 +0000", msgid="<lever.ic.31f9a2@hire.lever.co>", cte="quoted-printable",
    html=ats(
        """<p>Hi Ingrid,</p>
<p>Your interview for <b>Food Microbiology Analyst</b> at Harbour Analytical Labs is confirmed.</p>
<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="font-size:14px;">
<tr><td style="color:#777;">When</td><td>Tuesday, 10 March 2026, 11:00 – 12:00 (GMT)</td></tr>
<tr><td style="color:#777;">Where</td><td>Harbour Analytical Labs, 3 Sir John Rogerson's Quay, Dublin 2</td></tr>
<tr><td style="color:#777;">Interviewers</td><td>Dr Ciarán Doyle, Laboratory Manager; Emma Walsh, Talent</td></tr>
</table>
<p>Please arrive ten minutes early and sign in at reception.</p>""",
        logo="https://lever-client-logos.s3.amazonaws.com/harbour-analytical.png", alt="Harbour Analytical Labs",
        accent="#0f4c81", lang="en",
        footer="Harbour Analytical Labs Limited · Registered in Ireland No 612004 · Sent via Lever",
        tracker="https://hire.lever.co/email/open/hb41a2.gif"),
))

# I19 -- iCIMS, a panel interview; HTML only.
add(dict(
    scen="icims_panel_interview", kind="interview_invitation", company="Certis Food Assurance", contact="",
    lang="en",
    frm=("Certis Food Assurance Careers", "certisfa-notifications@icims.com"),
    subject="Invitation to interview - Trainee Food Safety Auditor",
    date="2026-05-12 09:02 +0100", msgid="<icims.inv.2026-0419.55@icims.com>", cte="base64",
    html=ats(
        """<p>Dear Ingrid,</p>
<p>Following your application for <b>Trainee Food Safety Auditor</b> (Req 2026-0419), we are pleased to invite you to a panel interview via Microsoft Teams.</p>
<p><b>Date:</b> Wednesday 20 May 2026<br><b>Time:</b> 10:30 BST<br><b>Panel:</b> Rebecca Hart (Talent Acquisition), Gareth Lloyd (Lead Auditor)</p>
<p>The interview will last around 60 minutes and includes a short competency-based section. A Teams link will follow in a separate calendar invitation.</p>
<p>Please confirm your attendance via the candidate portal.</p>""" + button("https://careers-certisfa.icims.com/jobs/2026-0419/candidate/confirm", "Confirm attendance", "#003b71") + """
<p>Kind regards,<br>Recruitment Team, Certis Food Assurance</p>""",
        logo="https://careers-certisfa.icims.com/images/certis-logo.gif", alt="Certis Food Assurance",
        accent="#003b71", lang="en", font="Arial,sans-serif",
        footer="""Certis Food Assurance Ltd. Registered in England No 07765120.<br>This is an automated message; replies to this address are not monitored.""",
        tracker="https://careers-certisfa.icims.com/email/track/open/99244.gif"),
))

# I20 -- a dairy near Pau, vouvoiement, ISO-8859-1 quoted-printable.
add(dict(
    scen="entretien_telephonique_vous", kind="interview_invitation", company="Laiterie des Pyrénées",
    contact="s.lacaze@laiterie-pyrenees.example.fr", lang="fr",
    frm=("Sophie Lacaze", "s.lacaze@laiterie-pyrenees.example.fr"),
    subject="Proposition d'entretien - Technicienne Qualité",
    date="2026-04-08 10:37 +0200", msgid="<1a2b3c4d.lacaze.0408@laiterie-pyrenees.example.fr>",
    charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Bonjour Madame,

Votre candidature au poste de Technicienne Qualité sur notre site d'Oloron-Sainte-Marie a retenu toute notre attention.

Je vous propose un premier entretien téléphonique le mercredi 15 avril à 10h00, d'une durée d'environ trente minutes. Je vous appellerai au numéro indiqué sur votre CV.

Merci de me confirmer ce créneau ou de m'en proposer un autre dans la semaine.

Bien cordialement,

Sophie Lacaze
Chargée de recrutement
Laiterie des Pyrénées
Avenue du 14 juillet - 64400 Oloron-Sainte-Marie
""",
))

# I21 -- Teamtailor in French, a video interview; HTML only.
add(dict(
    scen="teamtailor_visio_fr", kind="interview_invitation", company="Groupe Saveurs Rhône-Alpes", contact="",
    lang="fr",
    frm=("Groupe Saveurs Rhône-Alpes", "no-reply@teamtailor-mail.com"),
    subject="Votre entretien en visio avec Groupe Saveurs Rhône-Alpes",
    date="2026-05-11 14:06 +0200", msgid="<tt-interview-610044@teamtailor-mail.com>", cte="quoted-printable",
    html=ats(
        """<p>Bonjour Ingrid,</p>
<p>Merci pour votre candidature au poste d'<b>Assistante Qualité – site de Vénissieux</b>. Nous serions ravis d'échanger avec vous lors d'un entretien en visioconférence.</p>
<p style="background:#fff4e5;padding:12px 16px;border-left:4px solid #e07b00;"><b>Mardi 19 mai 2026, 9h30 – 10h15</b><br>Avec Margaux Viallet, Responsable Qualité<br>
<a href="https://t.teamtailor-mail.com/c/meet?l=https%3A%2F%2Fmeet.google.com%2Fxqd-pkmt-wro" style="color:#e07b00;">Rejoindre Google Meet</a></p>
""" + button("https://gsra.teamtailor.com/interviews/610044/reschedule", "Modifier le créneau", "#e07b00") + """
<p>À très bientôt,<br>L'équipe Recrutement<br>Groupe Saveurs Rhône-Alpes</p>""",
        logo="https://assets.teamtailor-cdn.com/gsra/logo.png", alt="Groupe Saveurs Rhône-Alpes",
        accent="#e07b00", lang="fr",
        footer="""Groupe Saveurs Rhône-Alpes SAS · 18 boulevard Joliot-Curie, 69200 Vénissieux<br>
<a href="https://gsra.teamtailor.com/privacy" style="color:#8a8a8a;">Confidentialité</a> · <a href="https://gsra.teamtailor.com/unsubscribe/3be1" style="color:#8a8a8a;">Se désabonner</a>""",
        tracker="https://t.teamtailor-mail.com/o/b7e2c4a90d11.gif"),
))

# I22 -- a certification consultancy, Outlook alternative, an interview at the head office.
_aqc_inv = """Bonjour Ingrid,

Suite à notre échange téléphonique, j'ai le plaisir de vous inviter à un entretien au siège d'Agro Qualité Conseil pour le poste de Consultante Qualité / Sécurité des aliments.

Date : mercredi 10 juin 2026 à 14h00
Lieu : 27 avenue de Larrieu, 31100 Toulouse (bâtiment B, 2e étage)
Interlocuteurs : Thierry Mazères (directeur technique) et moi-même

Prévoyez environ 1h30 : nous vous présenterons un cas pratique d'audit IFS à commenter.

Dans l'attente de votre confirmation,

Bien cordialement,
Nadia Benali
Responsable RH - Agro Qualité Conseil
05 34 00 00 81
"""
add(dict(
    scen="entretien_siege_outlook", kind="interview_invitation", company="Agro Qualité Conseil",
    contact="n.benali@agroqualite.example.fr", lang="fr",
    frm=("Nadia Benali", "n.benali@agroqualite.example.fr"),
    subject="Invitation à un entretien – Consultante Qualité",
    date="2026-06-03 11:52 +0200", msgid="<PR1P264MB3312AE4C@agroqualite.example.fr>",
    charset="windows-1252", cte="quoted-printable", hcs="windows-1252", x_mailer="Microsoft Outlook 16.0",
    text=_aqc_inv, html=outlook(_aqc_inv),
))

# I23 -- a craft brewery in Lyon, tutoiement.
add(dict(
    scen="tutoiement_brasserie", kind="interview_invitation", company="Brasserie des Canuts",
    contact="lucas@brasseriedescanuts.example.fr", lang="fr",
    frm=("Lucas Perrin", "lucas@brasseriedescanuts.example.fr"),
    subject="Re: Candidature technicienne labo",
    date="2026-04-24 08:30 +0200", cte="8bit", irt="<CAK3spq9Rr1vUo2P@mail.example.no>",
    text="""Salut Ingrid,

Merci pour ta candidature, ton parcours nous plaît bien (et le côté norvégien aussi, on a un projet de bière au genièvre qui pourrait t'intéresser !).

Passe nous voir mardi 28 avril vers 15h à la brasserie, 8 rue d'Austerlitz à la Croix-Rousse. On prendra une heure pour discuter, je te montrerai le labo et la salle de brassage.

Dis-moi si ça te va.

À mardi j'espère,
Lucas
Brasserie des Canuts - responsable production
""",
))

# I24 -- softgarden sends an invitation with an .ics attachment (METHOD:REQUEST).
_isar_inv = """Sehr geehrte Frau Solheim-Castro,

vielen Dank für Ihre Bewerbung als Mitarbeiterin Qualitätssicherung (m/w/d) in unserer Brauerei in Bad Tölz.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 14. Juli 2026, 10:00 Uhr
Ort: Brauerei Isartal, Sudhaus-Besprechungsraum, Isarstraße 21, 83646 Bad Tölz
Gesprächspartner: Thomas Brandstetter (Braumeister), Julia Obermaier (Personal)

Bitte bestätigen Sie den Termin über den Link in der Kalendereinladung oder antworten Sie kurz auf diese E-Mail.

Mit freundlichen Grüßen
Julia Obermaier
Personalreferentin
Brauerei Isartal
"""
add(dict(
    scen="softgarden_ics_einladung", kind="interview_invitation", company="Brauerei Isartal",
    contact="j.obermaier@brauerei-isartal.example.de", lang="de",
    frm=("Brauerei Isartal", "isartal@softgarden.io"),
    reply_to=("Julia Obermaier", "j.obermaier@brauerei-isartal.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Qualitätssicherung (m/w/d)",
    date="2026-07-06 10:05 +0200", msgid="<sg.88213.invite@softgarden.io>",
    text=_isar_inv,
    html=ats(paras(_isar_inv), logo="https://app.softgarden.io/assets/public/logos/isartal.png",
             alt="Brauerei Isartal", accent="#1b5e20", lang="de",
             footer="""Brauerei Isartal GmbH · Isarstraße 21 · 83646 Bad Tölz · Amtsgericht München HRB 224 518<br>
Geschäftsführer: Dr. Korbinian Leitner · Versendet über softgarden""",
             tracker="https://app.softgarden.io/mail/open/77ac2e.gif"),
    cal=dict(method="REQUEST", uid=ISARTAL_UID, seq=0, stamp="20260706T080500Z",
             start="20260714T080000Z", end="20260714T093000Z",
             summary="Vorstellungsgespräch Qualitätssicherung – Ingrid Solheim-Castro",
             location="Brauerei Isartal, Isarstraße 21, 83646 Bad Tölz",
             organizer=("Julia Obermaier", "j.obermaier@brauerei-isartal.example.de"),
             prodid="-//softgarden//Interview Scheduler//DE", attach="einladung.ics"),
))

# I25 -- a testing laboratory, Sie, ISO-8859-1.
add(dict(
    scen="pruflabor_einladung_sie", kind="interview_invitation", company="Prüflabor Südbayern",
    contact="s.roth@pruflabor-sued.example.de", lang="de",
    frm=("Dr. Sabine Roth", "s.roth@pruflabor-sued.example.de"),
    cc=[("Sekretariat Prüflabor Südbayern", "sekretariat@pruflabor-sued.example.de")],
    subject="Einladung zum Vorstellungsgespräch",
    date="2026-06-10 15:40 +0200", msgid="<20260610154012.5521@pruflabor-sued.example.de>",
    charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Sehr geehrte Frau Solheim-Castro,

haben Sie vielen Dank für Ihre Bewerbung als Lebensmittelchemisch-technische Assistentin in unserem Labor in Freising.

Ihre Unterlagen haben uns überzeugt, und wir würden Sie gerne am Donnerstag, den 18. Juni 2026, um 13:30 Uhr zu einem persönlichen Gespräch in unserem Haus begrüßen. Das Gespräch dauert etwa eine Stunde; im Anschluss zeigen wir Ihnen unsere Mikrobiologie.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Fahrtkosten werden nach Vorlage der Belege erstattet.

Mit freundlichen Grüßen

Dr. Sabine Roth
Laborleitung Mikrobiologie

Prüflabor Südbayern GmbH
Weihenstephaner Steig 9 · 85354 Freising
Tel. +49 8161 000 430
Geschäftsführer: Dr. Peter Hainz · Amtsgericht München HRB 187 004
""",
))

# I26 -- a German recruiter relays a named client (a dairy co-operative).
add(dict(
    scen="personalberatung_names_client", kind="interview_invitation", company="Alpenmilch Molkerei",
    contact="brandl@fachkraft-pb.example.de", lang="de",
    frm=("Stefan Brandl | Fachkraft Personalberatung", "brandl@fachkraft-pb.example.de"),
    subject="Vorstellungsgespräch bei der Alpenmilch Molkerei – Termin",
    date="2026-07-08 17:15 +0200", cte="8bit",
    text="""Hallo Frau Solheim-Castro,

gute Nachrichten: Die Alpenmilch Molkerei in Rosenheim möchte Sie für die Position Laborantin Qualitätssicherung kennenlernen!

Vorgeschlagen ist Mittwoch, 22. Juli, 11:00 Uhr direkt am Standort (Kufsteiner Straße 90). Ihr Gesprächspartner ist Herr Georg Steiner, Leiter Qualitätsmanagement, dazu Frau Huber aus der Personalabteilung.

Geben Sie mir bitte kurz Bescheid, ob der Termin passt – dann bestätige ich ihn beim Kunden. Gerne bereite ich Sie am Montag telefonisch auf das Gespräch vor.

Beste Grüße
Stefan Brandl
Senior Personalberater Lebensmittelindustrie

Fachkraft Personalberatung GmbH · Leopoldstraße 70 · 80802 München
Geschäftsführerin: Andrea Fuchs · HRB 245 771
""",
))

# ---------------------------------------------------------------- reschedules and cancellations (15)

# S1 -- the calendar request is cancelled (METHOD:CANCEL, same UID): the director is ill.
_hb_can = """Estimada Sra. Solheim-Castro:

Lamentamos comunicarle que, debido a una baja por enfermedad de D. Fernando Casas, Director de Planta, nos vemos obligados a cancelar la entrevista prevista para el jueves 19 de marzo a las 10:00 h.

El proceso sigue abierto. En los próximos días le propondremos una nueva fecha, previsiblemente a finales de mes.

Disculpe las molestias.

Atentamente,

Pilar Lasheras Gil
Departamento de Recursos Humanos
Harinera del Ebro
"""
add(dict(
    scen="calendar_cancel_interviewer_ill", kind="interview_reschedule_or_cancel", company="Harinera del Ebro",
    contact="plasheras@harebro.example.es", lang="es",
    frm=("Pilar Lasheras Gil", "plasheras@harebro.example.es"),
    subject="Cancelada: Entrevista Responsable de Calidad Junior - Ingrid Solheim-Castro",
    date="2026-03-17 16:48 +0100", irt="<DB9PR04MB8412A7F2C1@harebro.example.es>",
    x_mailer="Microsoft Outlook 16.0",
    text=_hb_can, html=outlook(_hb_can),
    cal=dict(method="CANCEL", uid=HAREBRO_UID, seq=1, stamp="20260317T154800Z",
             start="20260319T090000Z", end="20260319T103000Z",
             summary="Cancelada: Entrevista Responsable de Calidad Junior - Ingrid Solheim-Castro",
             location="Harinera del Ebro - Ctra. de Logroño km 9, Zaragoza",
             organizer=("Pilar Lasheras Gil", "plasheras@harebro.example.es")),
))

# S2 -- the phone call moves from 10:00 to 12:30.
add(dict(
    scen="call_moved_later", kind="interview_reschedule_or_cancel", company="Lácteos Montseny",
    contact="npuig@lacteosmontseny.example.es", lang="es",
    frm=("Núria Puig", "npuig@lacteosmontseny.example.es"),
    subject="RE: Entrevista telefónica - Técnica de Calidad (Santa Maria de Palautordera)",
    date="2026-02-04 17:09 +0100", irt="<a7f3c1e0-5521-4d2a-9d11-npuig@lacteosmontseny.example.es>",
    cte="quoted-printable",
    text="""Hola de nuevo Ingrid,

Perdona el cambio: mañana me ha entrado una reunión con dirección a primera hora. ¿Podemos pasar la llamada de las 10:00 a las 12:30? Sigue siendo por teléfono, unos 20 minutos.

Si a las 12:30 no puedes, dime y la movemos al viernes por la mañana.

Gràcies!
Núria
""",
))

# S3 -- Ashby: the interview moves from the office to a video call; no reply address.
add(dict(
    scen="ashby_switched_to_video", kind="interview_reschedule_or_cancel", company="nutribite", contact="",
    lang="es",
    frm=("nutribite via Ashby", "no-reply@ashbyhq.com"),
    subject="Cambio en tu entrevista con nutribite: ahora por videollamada",
    date="2026-03-03 12:30 +0000", irt="<ashby.msg.8812ab@nutribite.example.com>", cte="quoted-printable",
    html=ats(
        """<p>Hola Ingrid,</p>
<p>Tu entrevista para <b>QA Specialist</b> se mantiene el <b>jueves 5 de marzo a las 12:00</b>, pero ya no será en la oficina: la haremos por <b>Google Meet</b>, porque ese día estamos de obras en el Poblenou.</p>
<p><a href="https://app.ashbyhq.com/r/redirect?u=https%3A%2F%2Fmeet.google.com%2Frbc-uwhn-ksa" style="color:#4bb543;">Enlace a la videollamada</a></p>
<p>Te llegará también la invitación de calendario actualizada.</p>
<p>¡Hasta el jueves!<br>El equipo de nutribite</p>""",
        logo="https://app.ashbyhq.com/api/images/org-theme-logo/nutribite.png", alt="nutribite", accent="#4bb543",
        bg="#ffffff", footer="Foodlab Innovations S.L. (nutribite) · Enviado con Ashby · No respondas a este correo",
        tracker="https://app.ashbyhq.com/t/o/9e8d7c6b5a.png"),
))

# S4 -- the founder pushes the visit to Monday, from his phone, Catalan phone footer.
add(dict(
    scen="founder_moves_to_monday", kind="interview_reschedule_or_cancel", company="Cervesera del Poblenou",
    contact="pau@cerveseradelpoblenou.example.cat", lang="es",
    frm=("Pau Roca", "pau@cerveseradelpoblenou.example.cat"),
    subject="Re: Candidatura - responsable de calidad",
    date="2026-03-11 21:57 +0100", cte="8bit",
    irt="<CAB7pau0roca9Xk2@mail.cerveseradelpoblenou.example.cat>",
    text="""Ingrid perdona, me ha surgido un lío con una cocción que se nos ha ido de madre y mañana no voy a poder. ¿Lo pasamos al lunes 16 a la misma hora (17h)? Mil perdones.

Pau

Enviat des del meu iPhone
""",
))

# S5 -- same day, a different place: the plant instead of the office.
add(dict(
    scen="change_of_place", kind="interview_reschedule_or_cancel", company="Conservas Itsasoa",
    contact="gzubiaur@itsasoa.example.es", lang="es",
    frm=("Garazi Zubiaur", "gzubiaur@itsasoa.example.es"),
    subject="RE: Entrevista - Técnica de Calidad (campaña de bonito)",
    date="2026-06-04 09:12 +0200", irt="<6c1d0e9a.2026060110@itsasoa.example.es>",
    charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Buenos días, Ingrid:

Le escribo para avisarle de un cambio en la entrevista del martes 9: mantenemos el día, pero la haremos a las 12:00 en la planta de Mundaka (Polígono Portuondo, nave 3) en lugar de en las oficinas del puerto, porque Unai tiene que estar en la línea esa mañana.

Hay aparcamiento en la entrada de la nave. Si tiene algún problema para llegar, llámeme al 946 000 139.

Un saludo,
Garazi Zubiaur
Conservas Itsasoa - Bermeo
""",
))

# S6 -- Teamtailor: the interview is cancelled and a new slot must be chosen; HTML only.
add(dict(
    scen="teamtailor_pick_new_slot", kind="interview_reschedule_or_cancel", company="Xocolates Empordà",
    contact="", lang="es",
    frm=("Xocolates Empordà", "no-reply@teamtailor-mail.com"),
    subject="Tu entrevista del 27 de marzo ha sido cancelada",
    date="2026-03-26 08:40 +0100", irt="<tt-interview-552301@teamtailor-mail.com>", cte="base64",
    html=ats(
        """<p>Hola Ingrid,</p>
<p>Sentimos avisarte con tan poca antelación: Anna ha tenido que viajar de urgencia a una auditoría de proveedor y <b>hemos cancelado la entrevista de mañana, viernes 27 de marzo a las 11:00</b>.</p>
<p>Queremos seguir contando contigo. Elige un nuevo horario la semana que viene:</p>
""" + button("https://xocolatesemporda.teamtailor.com/interviews/552301/book", "Elegir nuevo horario", "#4a2c1d") + """
<p>Gràcies per la paciència!<br>L'equip de Xocolates Empordà</p>""",
        logo="https://assets.teamtailor-cdn.com/xocolates-emporda/logo-brown.png", alt="Xocolates Empordà",
        footer="Xocolates Empordà, S.L. · La Bisbal d'Empordà · Enviado con Teamtailor",
        tracker="https://t.teamtailor-mail.com/o/2c9f31aa07b8.gif", accent="#4a2c1d", bg="#f7f1ea"),
))

# S7 -- the agency: the client postpones the interview to next week.
add(dict(
    scen="ett_client_postpones", kind="interview_reschedule_or_cancel", company="Dulces Pilar",
    contact="raquel.sanz@flexiplan.example.es", lang="es",
    frm=("Raquel Sanz | Flexiplan ETT", "raquel.sanz@flexiplan.example.es"),
    subject="Re: ENTREVISTA CONFIRMADA!!! Dulces Pilar - Técnico/a de calidad",
    date="2026-02-12 10:21 +0100", irt="<flexi.20260210.1355.rsanz@flexiplan.example.es>", cte="8bit",
    text="""Ingrid!!

Cambio de planes: me acaba de llamar Javier de Dulces Pilar, mañana les viene inspección de Sanidad y tienen que aplazar la entrevista. La pasan al MARTES 17 a las 12:00, mismo sitio (Camino de la Cartuja 21).

Te va bien?? Dime algo porfa para confirmárselo hoy.

Gracias guapa!!

Raquel Sanz
Flexiplan ETT · Zaragoza Delicias
""",
))

# S8 -- the public centre moves the practical test by a week.
add(dict(
    scen="public_test_date_changed", kind="interview_reschedule_or_cancel",
    company="Centro Tecnológico Bizkaia Food", contact="rrhh@bifood.example.es", lang="es",
    frm=("Recursos Humanos BIFOOD", "rrhh@bifood.example.es"),
    subject="Convocatoria 04/2026 - Modificación de la fecha de la prueba práctica",
    date="2026-04-28 13:30 +0200", irt="<conv0426.cit.018@bifood.example.es>",
    charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Estimada candidata:

Por razones organizativas del tribunal calificador, se modifica la fecha de la prueba práctica y de la entrevista personal de la Convocatoria 04/2026, inicialmente prevista para el 5 de mayo.

Nueva fecha: martes 12 de mayo de 2026.
Prueba práctica: 9:00 h, laboratorio L2.
Entrevista personal: a partir de las 12:30 h, sala de reuniones 1.

Se mantienen el resto de condiciones de la citación. Rogamos confirme la recepción de este correo.

Atentamente,

Departamento de Recursos Humanos
Centro Tecnológico Bizkaia Food
""",
))

# S9 -- the Outlook request updated: SEQUENCE 1, new start time, same UID.
_gf_upd = """Hi Ingrid,

Apologies for the shuffle - Declan has been pulled into a customer audit on Wednesday morning. Could we move your interview to Thursday 14 May at 14:00 instead? Same place, same format.

I've updated the calendar invite; if Thursday doesn't work, let me know and we'll find another slot early next week.

Thanks for your flexibility,
Aoife

Aoife Brennan
Technical Manager | Greenfield Bakes
"""
add(dict(
    scen="outlook_update_sequence", kind="interview_reschedule_or_cancel", company="Greenfield Bakes",
    contact="aoife.brennan@greenfieldbakes.example.ie", lang="en",
    frm=("Aoife Brennan", "aoife.brennan@greenfieldbakes.example.ie"),
    subject="Updated invitation: Interview: Ingrid Solheim-Castro - QA Technologist @ Thu 14 May 2026 14:00",
    date="2026-05-08 09:41 +0100", irt="<AM9PR03MB7719C2F13A@greenfieldbakes.example.ie>",
    charset="windows-1252", cte="quoted-printable", x_mailer="Microsoft Outlook 16.0",
    text=_gf_upd, html=outlook(_gf_upd),
    cal=dict(method="REQUEST", uid=GREENFIELD_UID, seq=1, stamp="20260508T084100Z",
             start="20260514T130000Z", end="20260514T143000Z",
             summary="Interview: Ingrid Solheim-Castro - QA Technologist",
             location="Greenfield Bakes, Unit 7 Ballycoolin Business Park, Dublin 15",
             organizer=("Aoife Brennan", "aoife.brennan@greenfieldbakes.example.ie")),
))

# S10 -- Greenhouse: "your interview has been rescheduled"; HTML only, no reply address.
add(dict(
    scen="greenhouse_rescheduled", kind="interview_reschedule_or_cancel", company="Thames & Vale Foods",
    contact="", lang="en",
    frm=("Thames & Vale Foods Recruiting", "no-reply@greenhouse-mail.io"),
    subject="Your interview with Thames & Vale Foods has been rescheduled",
    date="2026-03-16 08:02 +0000", cte="quoted-printable",
    html=ats(
        """<p>Hi Ingrid,</p>
<p>Your interview for <b>Quality Assurance Technician</b> has been moved to a new time:</p>
<p style="padding:10px 14px;background:#eef6f5;"><s style="color:#999;">Wednesday, March 18, 2026 · 10:00 AM GMT</s><br>
<b>Friday, March 20, 2026 · 1:30 PM GMT</b><br>Video call (Microsoft Teams) · 30 minutes</p>
<p>The joining link is unchanged. If the new time does not work for you, please let your recruiter know.</p>
<p>Thames &amp; Vale Foods Talent Team</p>""",
        logo="https://s3.amazonaws.com/grnhse-prod/logos/thamesvale.png", alt="Thames & Vale Foods",
        accent="#00594f", lang="en",
        footer="Thames &amp; Vale Foods Ltd · Registered in England No 04481233<br>Sent via Greenhouse. Please do not reply to this email.",
        tracker="https://links.greenhouse-mail.io/wf/open?upn=u001.Rr2m0P"),
))

# S11 -- the interviewer is unwell: cancelled, to be rebooked.
add(dict(
    scen="interviewer_unwell_rebook", kind="interview_reschedule_or_cancel",
    company="Harbour Analytical Labs", contact="emma.walsh@harbourlabs.example.ie", lang="en",
    frm=("Emma Walsh", "emma.walsh@harbourlabs.example.ie"),
    subject="Tomorrow's interview",
    date="2026-03-09 16:25 +0000", irt="<lever.ic.31f9a2@hire.lever.co>", cte="7bit",
    text="""Hi Ingrid,

I'm so sorry to do this at short notice - Ciaran is off sick today and won't be back tomorrow, so we need to cancel your interview on Tuesday at 11.

We're still very keen to meet you. I'll be in touch by Thursday to rebook, most likely for early next week. Apologies again for the inconvenience.

Best,
Emma

Emma Walsh | Talent Partner
Harbour Analytical Labs | 3 Sir John Rogerson's Quay, Dublin 2
""",
))

# S12 -- a dairy postpones the phone interview by a day.
add(dict(
    scen="report_entretien_jeudi", kind="interview_reschedule_or_cancel", company="Laiterie des Pyrénées",
    contact="s.lacaze@laiterie-pyrenees.example.fr", lang="fr",
    frm=("Sophie Lacaze", "s.lacaze@laiterie-pyrenees.example.fr"),
    subject="RE: Proposition d'entretien - Technicienne Qualité",
    date="2026-04-13 16:02 +0200", irt="<1a2b3c4d.lacaze.0408@laiterie-pyrenees.example.fr>",
    charset="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    text="""Bonjour Ingrid,

Je suis contrainte de reporter notre entretien téléphonique prévu mercredi à 10h : une visite des services vétérinaires vient d'être programmée ce jour-là.

Pourriez-vous être disponible le jeudi 16 avril à 14h ? Le format reste le même, je vous appellerai.

Toutes mes excuses pour ce changement.

Bien cordialement,
Sophie Lacaze
Laiterie des Pyrénées
""",
))

# S13 -- switched to video because of a rail strike; French Outlook chain below.
add(dict(
    scen="passage_en_visio_greve", kind="interview_reschedule_or_cancel", company="Agro Qualité Conseil",
    contact="n.benali@agroqualite.example.fr", lang="fr",
    frm=("Nadia Benali", "n.benali@agroqualite.example.fr"),
    subject="RE: Invitation à un entretien – Consultante Qualité",
    date="2026-06-08 17:30 +0200", irt="<PR1P264MB3312AE4C@agroqualite.example.fr>",
    charset="windows-1252", cte="quoted-printable", hcs="windows-1252", x_mailer="Microsoft Outlook 16.0",
    text="""Bonjour Ingrid,

Vu le préavis de grève SNCF pour mercredi, nous vous proposons de faire l’entretien en visio plutôt qu’au siège, à l’horaire prévu (14h00). Je vous envoie le lien Teams demain matin.

Le cas pratique sera partagé à l’écran.

Bien cordialement,
Nadia

De : Nadia Benali <n.benali@agroqualite.example.fr>
Envoyé : mercredi 3 juin 2026 11:52
À : Ingrid Solheim-Castro <ingrid.sc@example.no>
Objet : Invitation à un entretien – Consultante Qualité

Bonjour Ingrid,

Suite à notre échange téléphonique, j’ai le plaisir de vous inviter à un entretien au siège d’Agro Qualité Conseil pour le poste de Consultante Qualité / Sécurité des aliments.

Date : mercredi 10 juin 2026 à 14h00
Lieu : 27 avenue de Larrieu, 31100 Toulouse
""",
))

# S14 -- a brewery moves the interview by two days; HR writes from her own address.
add(dict(
    scen="terminverschiebung", kind="interview_reschedule_or_cancel", company="Brauerei Isartal",
    contact="j.obermaier@brauerei-isartal.example.de", lang="de",
    frm=("Julia Obermaier", "j.obermaier@brauerei-isartal.example.de"),
    subject="AW: Einladung zum Vorstellungsgespräch – Qualitätssicherung (m/w/d)",
    date="2026-07-09 11:18 +0200", irt="<sg.88213.invite@softgarden.io>", cte="quoted-printable",
    text="""Sehr geehrte Frau Solheim-Castro,

leider müssen wir unser Gespräch am Dienstag, 14. Juli, verschieben, da unser Braumeister Herr Brandstetter an diesem Tag kurzfristig bei einer Lieferantenabnahme sein muss.

Wäre Ihnen stattdessen Donnerstag, der 16. Juli, um 10:00 Uhr recht? Ort und Ablauf bleiben gleich.

Wir bitten um Ihr Verständnis und freuen uns auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Julia Obermaier
Personalreferentin · Brauerei Isartal
Isarstraße 21 · 83646 Bad Tölz · Tel. 08041 000 212

Von: Brauerei Isartal <isartal@softgarden.io>
Gesendet: Montag, 6. Juli 2026 10:05
An: Ingrid Solheim-Castro <ingrid.sc@example.no>
Betreff: Einladung zum Vorstellungsgespräch – Qualitätssicherung (m/w/d)

Sehr geehrte Frau Solheim-Castro,

vielen Dank für Ihre Bewerbung als Mitarbeiterin Qualitätssicherung (m/w/d) in unserer Brauerei in Bad Tölz.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 14. Juli 2026, 10:00 Uhr
""",
))

# S15 -- the lab head is ill: the appointment is off, a new one will follow.
add(dict(
    scen="termin_entfaellt_krankheit", kind="interview_reschedule_or_cancel", company="Prüflabor Südbayern",
    contact="sekretariat@pruflabor-sued.example.de", lang="de",
    frm=("Sekretariat Prüflabor Südbayern", "sekretariat@pruflabor-sued.example.de"),
    subject="Ihr Termin am 18.06.2026 entfällt",
    date="2026-06-16 08:55 +0200", irt="<20260610154012.5521@pruflabor-sued.example.de>",
    charset="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    text="""Sehr geehrte Frau Solheim-Castro,

im Auftrag von Frau Dr. Roth muss ich Ihnen leider mitteilen, dass Ihr Vorstellungsgespräch am Donnerstag, 18.06.2026, 13:30 Uhr, krankheitsbedingt entfallen muss.

Frau Dr. Roth meldet sich nach ihrer Rückkehr mit einem neuen Terminvorschlag bei Ihnen. Bei Fragen erreichen Sie mich gern unter dieser Adresse oder telefonisch.

Mit freundlichen Grüßen
i. A. Monika Zeller
Sekretariat

Prüflabor Südbayern GmbH · Weihenstephaner Steig 9 · 85354 Freising
Tel. +49 8161 000 400
""",
))

# ---------------------------------------------------------------- missed interviews (10)

# M1 -- the recruiter waited in the video call.
add(dict(
    scen="did_not_join_video", kind="missed_interview_notice", company="GAM",
    contact="carla.roig@gam.example.es", lang="es",
    frm=("Carla Roig", "carla.roig@gam.example.es"),
    subject="Entrevista de hoy",
    date="2026-02-12 11:24 +0100", cte="quoted-printable",
    text="""Hola Ingrid,

Te estuvimos esperando Jordi y yo en la videollamada de Teams de hoy a las 11:00 para la entrevista de Técnico/a de Calidad, pero no llegaste a conectarte.

¿Ha pasado algo? A veces el enlace de Workday da problemas. Si quieres seguir en el proceso, respóndeme hoy o mañana y miramos si podemos buscar otro hueco.

Un saludo,

Carla Roig
Talent Acquisition · GAM
""",
))

# M2 -- "we called you three times at the agreed time".
add(dict(
    scen="tried_to_call_you", kind="missed_interview_notice", company="Embotits Collell",
    contact="jaume@collell.example.cat", lang="es",
    frm=("Jaume Collell", "jaume@collell.example.cat"),
    subject="Re: Entrevista por teléfono",
    date="2026-06-19 09:02 +0200", irt="<CAJc0ll3ll.m0b1l.77@mail.collell.example.cat>",
    charset="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    text="""Buenos días Ingrid,

Ayer a las 10 la llamé tal como quedamos, tres veces, y no pudimos hablar: saltaba el contestador. Le dejé un mensaje.

Si sigue interesada en la plaza dígame algo esta semana.

Jaume Collell
Embotits Collell
""",
))

# M3 -- a trial shift at a bakery the candidate did not turn up to.
add(dict(
    scen="trial_shift_no_show", kind="missed_interview_notice", company="Forn Vidal i Fills",
    contact="montse@fornvidal.example.cat", lang="es",
    frm=("Montse Vidal", "montse@fornvidal.example.cat"),
    subject="jornada de prueba de ayer",
    date="2026-06-20 14:40 +0200", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Hola Ingrid,

Ayer te esperábamos a las seis de la mañana en el obrador de Gràcia para la jornada de prueba y no viniste. Te llamé a las siete y no lo cogiste.

No pasa nada si has cambiado de idea, pero te agradecería que me lo dijeras, porque habíamos reorganizado el turno para poder enseñarte los registros de temperaturas y la limpieza de la línea.

Si fue un malentendido con la hora, dímelo y vemos otro día.

Montse
Forn Vidal i Fills · c/ de Verdi 31 · Barcelona
""",
))

# M4 -- the agency: three calls for the client's phone interview, no answer.
add(dict(
    scen="ett_three_calls", kind="missed_interview_notice", company="Conservas Moncayo",
    contact="raquel.sanz@flexiplan.example.es", lang="es",
    frm=("Raquel Sanz | Flexiplan ETT", "raquel.sanz@flexiplan.example.es"),
    subject="¿¿Todo bien?? Entrevista Conservas Moncayo",
    date="2026-05-21 10:52 +0200", cte="8bit",
    text="""Ingrid!!

La responsable de calidad de Conservas Moncayo te ha llamado tres veces entre las 10:00 y las 10:20 para la entrevista telefónica y no ha sido posible contactar contigo!! Me acaba de escribir preguntando.

Estás bien?? Llámame en cuanto veas esto porfa, a ver si podemos recuperarla esta tarde o mañana, que tienen prisa por cerrar.

Raquel Sanz
Flexiplan ETT · 976 000 781
""",
))

# M5 -- SmartRecruiters: a no-show at the video interview; replies go to the recruiter.
_am_miss = """Hola Ingrid,

Hoy a las 11:00 teníamos programada tu entrevista por videollamada para el puesto de Técnico/a de Laboratorio de Aguas, pero no te presentaste y no hemos recibido ningún aviso.

Entendemos que pueden surgir imprevistos. Si sigues interesada, responde a este correo antes del viernes 15 de mayo y trataremos de reprogramarla. Pasada esa fecha cerraremos tu candidatura.

Saludos,
Marta Soler
Talent · Aguas de Montnegre
"""
add(dict(
    scen="sr_no_show_reply_to", kind="missed_interview_notice", company="Aguas de Montnegre",
    contact="marta.soler@aiguesmontnegre.example.cat", lang="es",
    frm=("Aguas de Montnegre", "noreply@smartrecruiters.com"),
    reply_to=("Marta Soler", "marta.soler@aiguesmontnegre.example.cat"),
    subject="Tu entrevista de hoy - Técnico/a de Laboratorio de Aguas",
    date="2026-05-12 12:47 +0200", irt="<sr.evt.7731980@smartrecruiters.com>", cte="quoted-printable",
    html=ats(paras(_am_miss), logo="https://c.smartrecruiters.com/sr-company-logo-prod/aguas-montnegre.png",
             alt="Aguas de Montnegre", accent="#3a8dde",
             footer="Aguas de Montnegre, S.A. · Sant Celoni · Enviado a través de SmartRecruiters",
             tracker="https://email.smartrecruiters.com/o/eJwNyMEJgD.gif"),
))

# M6 -- a winery in the Empordà: "we waited for you at the cellar".
add(dict(
    scen="waited_at_the_cellar", kind="missed_interview_notice", company="Celler Mas Roure",
    contact="laia@masroure.example.cat", lang="es",
    frm=("Laia Roure", "laia@masroure.example.cat"),
    subject="?",
    date="2026-09-09 09:31 +0200", cte="quoted-printable",
    text="""Hola Ingrid:

Ayer te esperamos en el celler a las 17:00 para la entrevista de técnica de laboratorio para la vendimia, como habíamos quedado por teléfono. Al ver que no llegabas te escribí un WhatsApp, pero creo que no te llegó.

Estamos ya con la uva entrando y necesitamos cerrar el puesto esta semana. Si todavía te interesa, podrías venir el jueves a primera hora?

Salut,
Laia Roure
Celler Mas Roure · Capmany (Alt Empordà)
""",
))

# M7 -- the head-hunter's screening call went to voicemail.
add(dict(
    scen="voicemail_twice", kind="missed_interview_notice", company="Kellan Search",
    contact="olivia.grant@kellansearch.example.co.uk", lang="en",
    frm=("Olivia Grant", "olivia.grant@kellansearch.example.co.uk"),
    subject="Re: Interview - Quality Lead (confidential)",
    date="2026-07-03 14:21 +0100", irt="<kellan.og.20260629.1148@kellansearch.example.co.uk>",
    cte="quoted-printable",
    text="""Hi Ingrid,

I tried to call you at 2pm as agreed for our interview, and it went to voicemail twice. I also waited in the Teams room for 15 minutes in case you joined there instead.

Hopefully nothing's wrong! If you're still interested in the role, drop me a line and we'll find another time early next week - I'd need to speak to you before I can put you forward to the client.

Best,
Olivia

Olivia Grant
Associate Director | Kellan Search
""",
))

# M8 -- "you did not join the Teams call this morning".
add(dict(
    scen="did_not_join_teams", kind="missed_interview_notice", company="Certis Food Assurance",
    contact="rebecca.hart@certis-fa.example.co.uk", lang="en",
    frm=("Rebecca Hart", "rebecca.hart@certis-fa.example.co.uk"),
    subject="Panel interview this morning",
    date="2026-05-20 11:36 +0100", cte="quoted-printable",
    text="""Dear Ingrid,

We were expecting you this morning at 10:30 for your panel interview for the Trainee Food Safety Auditor role, but you did not join the Teams call. Gareth and I waited until 10:50.

If there was a technical problem or something unexpected came up, please let me know by the end of this week and I will see whether the panel can offer another slot. Otherwise we will assume you no longer wish to be considered.

Kind regards,

Rebecca Hart
Talent Acquisition Partner
Certis Food Assurance
9 Quay Walk, Bristol BS1 4QA
""",
))

# M9 -- "nous vous avons attendue en visio".
add(dict(
    scen="attendue_en_visio", kind="missed_interview_notice", company="Groupe Saveurs Rhône-Alpes",
    contact="m.viallet@gsra.example.fr", lang="fr",
    frm=("Margaux Viallet", "m.viallet@gsra.example.fr"),
    subject="Entretien de ce matin",
    date="2026-05-19 10:41 +0200", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Bonjour Ingrid,

Nous vous avons attendue ce matin à 9h30 pour notre entretien en visio, mais vous ne vous êtes pas connectée. J'ai patienté jusqu'à 9h50 et tenté de vous joindre au 06 indiqué sur votre CV, sans succès.

S'il s'agit d'un souci de connexion ou d'un empêchement, n'hésitez pas à me répondre : je peux vous proposer un autre créneau jeudi ou vendredi.

Cordialement,

Margaux Viallet
Responsable Qualité - Site de Vénissieux
Groupe Saveurs Rhône-Alpes
""",
))

# M10 -- a bakery: "you did not come to the trial work day".
add(dict(
    scen="probearbeiten_nicht_erschienen", kind="missed_interview_notice", company="Bäckerei Lindl",
    contact="franziska@baeckerei-lindl.example.de", lang="de",
    frm=("Franziska Lindl", "franziska@baeckerei-lindl.example.de"),
    subject="Probearbeiten heute",
    date="2026-06-13 12:05 +0200", cte="8bit",
    text="""Hallo Frau Solheim-Castro,

heute früh um 5:30 Uhr waren Sie zum Probearbeiten in unserer Backstube in Giesing eingeteilt. Leider sind Sie nicht erschienen und wir konnten Sie auch telefonisch nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Montag bei mir, dann schauen wir, ob wir einen neuen Tag finden. Ansonsten gehen wir davon aus, dass Sie kein Interesse mehr haben.

Viele Grüße
Franziska Lindl
Bäckerei Lindl · Tegernseer Landstraße 88 · 81539 München
""",
))
