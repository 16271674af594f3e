"""Interview invitations, reschedules and cancellations, and missed-interview notices for the
hundred-fortieth corpus, written one by one."""

from __future__ import annotations

from msgs140_common import ats_page, gmail_html, outlook_html

SCHWAB_UID = "040000008200E00074C5B7101A82E0080000000060C1D2A7F39FDC01000000000000000010000000B41E7A0C"
MERIDIAN_UID = "mtg-7f3a1c9e-2d4b-4e61-9a55-meridianseating-ta-0325"

_SCHWAB_INVITE_TEXT = """Sehr geehrter Herr Salazar-Whitfield,

vielen Dank für Ihre Bewerbung als Lean Coach (m/w/d) für unser Werksnetzwerk Stuttgart – Querétaro. Ihr Profil hat uns überzeugt, und wir möchten Sie gerne näher kennenlernen.

Hiermit laden wir Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Termin: Freitag, 20. Februar 2026, 16:00 Uhr MEZ (09:00 Uhr Monterrey)
Dauer: ca. 60 Minuten
Gesprächspartner: Dr. Claudia Brandt (Leiterin Operational Excellence) und ich

Die Einladung finden Sie als Kalendereintrag in dieser E-Mail. Bitte bestätigen Sie den Termin kurz; sollte er nicht passen, finden wir gerne eine Alternative.

Mit freundlichen Grüßen
Markus Leitner

Markus Leitner
Senior Recruiter Operations
Schwabentec AG | Pragstraße 140 | 70376 Stuttgart
T +49 711 93870-412

Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Haller
Vorstand: Katrin Wiedmann (Vors.), Jörg Fezer
Sitz: Stuttgart, Amtsgericht Stuttgart HRB 20419"""

_SCHWAB_UPDATE_TEXT = """Sehr geehrter Herr Salazar-Whitfield,

wie telefonisch besprochen verschieben wir unser Gespräch auf Dienstag, 24.02., 16:00 Uhr MEZ (09:00 Uhr in Monterrey). Die aktualisierte Einladung mit Teams-Link ist anbei. Frau Dr. Brandt ist am Freitag kurzfristig im Werk Querétaro gebunden – danke für Ihre Flexibilität!

Der Einwahllink bleibt unverändert.

Mit freundlichen Grüßen
Markus Leitner

Markus Leitner
Senior Recruiter Operations
Schwabentec AG | Pragstraße 140 | 70376 Stuttgart
T +49 711 93870-412"""

_MERIDIAN_INVITE_TEXT = """Hi Diego,

Thanks for your time on the phone last week. I'm pleased to invite you to an interview for the Lean Manufacturing Engineer position at our Ramos Arizpe plant.

When: Wednesday, March 25, 2026, 10:00-11:00 AM (Central Mexico time)
Where: Microsoft Teams (link in the calendar invitation)
With: Luis Arredondo, Plant Manager, and Carla Jiménez, CI Manager

Please accept the calendar invitation attached to this email so it lands on your calendar. If the time doesn't work, let me know and I'll find another slot.

Looking forward to it,

Rachel Nguyen
Talent Acquisition Partner - Mexico & Southern US
Meridian Seating Systems
2900 W. Big Beaver Rd, Troy, MI 48084
rachel.nguyen@meridianseating.example.com | +1 248 555 0190"""

_MERIDIAN_CANCEL_TEXT = """Hi Diego,

I'm sorry to do this on short notice: Luis Arredondo is out sick this week, so I've had to cancel Wednesday's interview. You'll see the cancellation come through on your calendar.

This is not a change on our side about the role - we still want to talk to you. I'll send a new invitation as soon as Luis is back, most likely for next week.

Apologies again,

Rachel Nguyen
Talent Acquisition Partner - Mexico & Southern US
Meridian Seating Systems
+1 248 555 0190"""

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ invitations (26)
    {
        "key": "forjas_screen",
        "kind": "interview_invitation", "slug": "forjas_llamada_kaizen",
        "frm": ("Sofía Castañeda", "sofia.castaneda@forjascumbres.example.mx"),
        "subject": "Llamada - Líder Kaizen Saltillo",
        "date": "2026-03-09 10:22 -0600", "lang": "es", "cte": "qp",
        "text": """Hola Diego, ¿cómo estás?

Soy Sofía, del equipo de Atracción de Talento de Grupo Forjas Cumbres. Vi que te postulaste para Líder Kaizen en nuestra planta de Saltillo y me gustaría agendar una llamada contigo de unos 30 minutos para conocerte y platicarte del puesto.

¿Te queda bien el jueves 12 de marzo a las 11:00? Si no, dime qué horario te acomoda entre jueves y viernes y me ajusto.

Saludos,

Sofía Castañeda | Talent Acquisition Partner | Grupo Forjas Cumbres
Cel. 81 1933 4820
""",
        "company": "Grupo Forjas Cumbres", "contact": "sofia.castaneda@forjascumbres.example.mx",
    },
    {
        "key": "acerosm_invite",
        "kind": "interview_invitation", "slug": "acerosm_panel_planta",
        "frm": ("Mariana Treviño Garza", "mariana.trevino@acerosm.example.mx"),
        "subject": "Invitación a entrevista - Coordinador Lean (Aceros Sierra Madre)",
        "date": "2026-02-20 09:41 -0600", "lang": "es", "cs": "windows-1252", "cte": "qp",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Buen día Diego:

Después de revisar tu perfil, nos gustaría invitarte a una entrevista con el panel para la posición de Coordinador Lean en la planta de Santa Catarina.

Fecha: martes 3 de marzo de 2026
Hora: 9:30 a 12:00 (incluye recorrido por la acería)
Lugar: Aceros Sierra Madre, Av. Fundidores 850, Santa Catarina, N.L. – Recepción edificio administrativo
Entrevistadores: Ing. Raúl Quiroga (Gerente de Excelencia Operativa) y un representante de Operaciones

Para el recorrido es obligatorio zapato de seguridad; el resto del EPP te lo damos en planta. Te pido traer una identificación oficial para el acceso.

¿Me confirmas tu asistencia?

Saludos,

Mariana Treviño Garza
Reclutamiento y Selección
Aceros Sierra Madre
Tel. +52 81 8150 2200 ext. 4412
""",
        "html": outlook_html("""Buen día Diego:

Después de revisar tu perfil, nos gustaría invitarte a una entrevista con el panel para la posición de Coordinador Lean en la planta de Santa Catarina.

Fecha: martes 3 de marzo de 2026
Hora: 9:30 a 12:00 (incluye recorrido por la acería)
Lugar: Aceros Sierra Madre, Av. Fundidores 850, Santa Catarina, N.L. – Recepción edificio administrativo
Entrevistadores: Ing. Raúl Quiroga (Gerente de Excelencia Operativa) y un representante de Operaciones

Para el recorrido es obligatorio zapato de seguridad; el resto del EPP te lo damos en planta. Te pido traer una identificación oficial para el acceso.

¿Me confirmas tu asistencia?

Saludos,

Mariana Treviño Garza
Reclutamiento y Selección
Aceros Sierra Madre
Tel. +52 81 8150 2200 ext. 4412"""),
        "company": "Aceros Sierra Madre", "contact": "mariana.trevino@acerosm.example.mx",
    },
    {
        "key": "gld_invite",
        "kind": "interview_invitation", "slug": "greenhouse_gld_pick_time",
        "frm": ("Great Lakes Drivetrain via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Megan Forsythe", "mforsythe@gldrivetrain.example.com"),
        "subject": "Interview Invitation: Continuous Improvement Engineer II",
        "date": "2026-03-02 13:07 -0500", "lang": "en", "cte": "qp",
        "text": """Hi Diego,

Thanks for applying to Great Lakes Drivetrain! The hiring team would like to invite you to a 45-minute video interview with Scott Delaney, Operations Engineering Manager for our Saltillo site.

Please use the link below to choose a time that works for you over the next week:
https://app.greenhouse.io/scheduling/self_schedule/f3c9d1e2-aa41

If none of the times work, simply reply to this email and I'll find an alternative.

Best,
Megan Forsythe
Recruiting Coordinator, Great Lakes Drivetrain
""",
        "html": ats_page(
            logo_src="https://s3.amazonaws.example.com/grnhse/gld_logo.png", logo_alt="Great Lakes Drivetrain",
            color="#1d3c6e",
            paras=[
                "Hi Diego,",
                "Thanks for applying to Great Lakes Drivetrain! The hiring team would like to invite you to a <b>45-minute video interview</b> with Scott Delaney, Operations Engineering Manager for our Saltillo site.",
                "Please use the button below to choose a time that works for you over the next week.",
                "If none of the times work, simply reply to this email and I'll find an alternative.",
                "Best,<br>Megan Forsythe<br>Recruiting Coordinator, Great Lakes Drivetrain",
            ],
            button=("Select a time", "https://grnh.se/c/8d2e51ab0f?redirect=self_schedule"),
            footer=["Great Lakes Drivetrain, Inc. | 4100 Telegraph Rd, Dearborn, MI 48124", "Powered by Greenhouse"],
            track="https://grnh.se/o/77a0c3b1d9",
        ),
        "company": "Great Lakes Drivetrain", "contact": "mforsythe@gldrivetrain.example.com",
    },
    {
        "key": "ips_invite",
        "kind": "interview_invitation", "slug": "ips_esslingen_einladung",
        "frm": ("Dr. Anja Fechner", "anja.fechner@ips-esslingen.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch - Wiss. Mitarbeiter/in Lean Production",
        "date": "2026-06-03 14:18 +0200", "lang": "de", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "text": """Sehr geehrter Herr Salazar-Whitfield,

vielen Dank für Ihre Bewerbung auf die Stelle als wissenschaftliche/r Mitarbeiter/in im Bereich Lean Production und Industrie 4.0 (Kennziffer IPS-26-07).

Wir möchten Sie gerne zu einem Vorstellungsgespräch per Zoom einladen:

Mittwoch, 17. Juni 2026, 15:30 Uhr MESZ (07:30 Uhr in Monterrey)

Das Gespräch dauert etwa 45 Minuten. Teilnehmen werden Prof. Dr. Martin Wessel, Frau Lehmann vom Personalrat und ich. Bitte bereiten Sie eine kurze Präsentation (10 Minuten) zu einem Verbesserungsprojekt aus Ihrer Praxis vor.

Die Zugangsdaten erhalten Sie einen Tag vorher. Bitte teilen Sie mir kurz mit, ob der Termin für Sie passt.

Mit freundlichen Grüßen
Anja Fechner

Dr.-Ing. Anja Fechner
Gruppenleiterin Produktionsmanagement
Institut für Produktionssysteme Esslingen
Kanalstraße 33, 73728 Esslingen am Neckar
Tel. +49 711 397-4471
""",
        "company": "Institut für Produktionssysteme Esslingen", "contact": "anja.fechner@ips-esslingen.example.de",
    },
    {
        "key": "sorelec_invite",
        "kind": "interview_invitation", "slug": "sorelec_invitation_entretien",
        "frm": ("Claire Fontaine", "claire.fontaine@sorelec.example.com"),
        "subject": "Invitation à un entretien – Responsable Amélioration Continue (Querétaro)",
        "date": "2026-07-01 11:30 -0600", "lang": "fr", "cte": "qp",
        "text": """Bonjour Monsieur Salazar-Whitfield,

Votre candidature au poste de Responsable Amélioration Continue pour notre usine de Querétaro a retenu toute notre attention et je vous en remercie.

Je vous propose un premier entretien sur site le jeudi 9 juillet à 10h00, avec M. Étienne Lambert, directeur de l'usine, et moi-même. L'entretien se déroulera en français et en espagnol ; prévoyez environ une heure et demie, visite des lignes d'assemblage comprise.

Adresse : Sorelec Automotive, Av. de la Luz 24, Parque Industrial Benito Juárez, Querétaro.

Pourriez-vous me confirmer votre disponibilité ?

Bien cordialement,

Claire Fontaine
Responsable Ressources Humaines
Sorelec Automotive — Site de Querétaro
+52 442 196 3300
""",
        "company": "Sorelec Automotive", "contact": "claire.fontaine@sorelec.example.com",
    },
    {
        "key": "lvi_invite",
        "kind": "interview_invitation", "slug": "smartrecruiters_lvi_visio",
        "frm": ("Lumière Vitrage Industrie", "noreply@smartrecruiters.com"),
        "reply_to": ("Camille Roussel", "camille.roussel@lvi-vitrage.example.com"),
        "subject": "LVI : invitation à un entretien en visioconférence",
        "date": "2026-04-20 09:05 -0600", "lang": "fr", "cte": "b64",
        "html": ats_page(
            logo_src="https://c.smartrecruiters.com/sr-company-logo/lvi.png", logo_alt="LVI - Lumière Vitrage Industrie",
            color="#f39200",
            paras=[
                "Bonjour Diego,",
                "Nous avons bien étudié votre profil pour le poste d'<b>Ingénieur Amélioration Continue</b> basé à Querétaro et souhaitons échanger avec vous.",
                "Nous vous proposons un entretien en visioconférence (Teams) le <b>mardi 28 avril à 9h00</b> (heure de Mexico), d'une durée de 45 minutes, avec Camille Roussel, chargée de recrutement.",
                "Merci de confirmer le créneau en cliquant sur le bouton ci-dessous ou en répondant directement à ce message.",
                "À très bientôt,<br>Camille Roussel<br>Chargée de recrutement, Lumière Vitrage Industrie",
            ],
            button=("Confirmer l'entretien", "https://jobs.smartrecruiters.com/ni/lvi/interview/confirm?token=c4b18e"),
            footer=['Envoyé via SmartRecruiters · <a href="https://www.smartrecruiters.com/privacy-policy/">Confidentialité</a>'],
            track="https://email.smartrecruiters.com/o/eJx1kE1v91.gif",
        ),
        "company": "Lumière Vitrage Industrie", "contact": "camille.roussel@lvi-vitrage.example.com",
    },
    {
        "key": "sensorica_invite",
        "kind": "interview_invitation", "slug": "sensorica_te_late_jueves",
        "frm": ("Pablo Ibarra", "pablo@sensorica.example.mx"),
        "subject": "Ops Lead en Sensórica",
        "date": "2026-04-28 20:14 -0600", "lang": "es", "cte": "qp",
        "text": """Hola Diego!

Vi tu aplicación para Ops Lead. Me late mucho que vengas de piso y no de consultoría. ¿Te late platicar el jueves en la tarde? Podemos vernos en nuestra oficina en Guadalajara (Colonia Americana) o por Meet si te queda más fácil desde Monterrey.

Serían unos 45 min conmigo y luego 30 con Fer, nuestra CTO.

Pablo Ibarra
Co-fundador · Sensórica Labs
sensorica.example.mx
""",
        "html": gmail_html("""Hola Diego!

Vi tu aplicación para Ops Lead. Me late mucho que vengas de piso y no de consultoría. ¿Te late platicar el jueves en la tarde? Podemos vernos en nuestra oficina en Guadalajara (Colonia Americana) o por Meet si te queda más fácil desde Monterrey.

Serían unos 45 min conmigo y luego 30 con Fer, nuestra CTO.

Pablo Ibarra
Co-fundador · Sensórica Labs
sensorica.example.mx"""),
        "company": "Sensórica Labs", "contact": "pablo@sensorica.example.mx",
    },
    {
        "key": "nortia_agency_invite",
        "kind": "interview_invitation", "slug": "agencia_nortia_entrevista",
        "frm": ("Jorge Tamez - Talento Industrial MX", "jorge.tamez@talentoindustrial.example.mx"),
        "subject": "ENTREVISTA con Nortia!! confirma porfa",
        "date": "2026-04-06 13:55 -0600", "lang": "es", "cte": "8bit",
        "text": """Diego qué tal!!

Buenísimas noticias: nuestro cliente Nortia (Electrodomésticos Norteños, la planta de Apodaca) quiere entrevistarte para Líder de Mejora Continua!!! 🎉

📅 Jueves 9 de abril
🕙 10:00 am
📍 Carretera Miguel Alemán km 21, Apodaca — preguntar por Ing. Verónica Saldaña en recepción

Lleva tu CV impreso y si tienes algún A3 o proyecto documentado llévalo, a Verónica le encanta ver evidencia.

Confírmame HOY porfa para avisarles!!

Saludos,
Jorge Tamez
Reclutador | Talento Industrial MX
WhatsApp 81 2280 1147
""",
        "company": "Nortia", "contact": "jorge.tamez@talentoindustrial.example.mx",
    },
    {
        "kind": "interview_invitation", "slug": "headhunter_garza_reunion",
        "frm": ("Lic. Héctor Garza Villarreal", "hgarza@garzaasociados.example.mx"),
        "subject": "Mandato confidencial - Gerencia de Excelencia Operativa",
        "date": "2026-03-24 09:12 -0600", "lang": "es", "cs": "windows-1252", "cte": "qp", "hdr_cs": "windows-1252",
        "text": """Estimado Diego:

Mi nombre es Héctor Garza; dirijo una firma de búsqueda de ejecutivos con oficinas en Monterrey y Querétaro. Estamos conduciendo un mandato confidencial para una Gerencia de Excelencia Operativa en una empresa del sector autopartes, y su trayectoria en piso nos parece muy interesante.

Me gustaría invitarlo a una entrevista inicial en nuestras oficinas de San Pedro el próximo lunes 30 de marzo a las 17:00 horas. En ella le daré más detalles del mandato (dentro de lo que la confidencialidad me permite) y conoceremos mejor sus expectativas.

Si el horario no le acomoda, mi asistente, la Srita. Paola Leal, con gusto le propondrá otro.

Reciba un cordial saludo,

Lic. Héctor Garza Villarreal
Socio Director
Héctor Garza & Asociados, S.C.
Torre Avalon, Av. Ricardo Margáin 440, piso 9, San Pedro Garza García, N.L.
Tel. +52 81 8335 6710
""",
        "company": "Héctor Garza & Asociados", "contact": "hgarza@garzaasociados.example.mx",
    },
    {
        "key": "selecta_invite",
        "kind": "interview_invitation", "slug": "selecta_citacion_acerias",
        "frm": ("Natalia Cárdenas - Selecta Talento Humano", "ncardenas@selecta.example.co"),
        "subject": "Citación a entrevista - Líder de Excelencia Operacional (Acerías de Boyacá)",
        "date": "2026-08-10 08:45 -0500", "lang": "es", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "text": """Buenos días, señor Diego.

Reciba un cordial saludo de parte de Selecta Talento Humano.

Nos permitimos citarlo a entrevista presencial con nuestro cliente Acerías de Boyacá para el cargo de Líder de Excelencia Operacional, de acuerdo con la siguiente información:

Fecha: miércoles 19 de agosto de 2026
Hora: 8:00 a.m.
Lugar: Planta Sogamoso, vía Sogamoso - Nobsa km 4, portería principal
Entrevistan: Ing. Hernán Pinzón, Gerente de Planta, y Dra. Liliana Soler, Gestión Humana

Por favor presentarse con cédula de extranjería o pasaporte y llegar con 15 minutos de anticipación. Agradecemos confirmar su asistencia respondiendo a este correo.

Cordialmente,

Natalia Cárdenas Ruiz
Consultora de Selección
Selecta Talento Humano S.A.S.
Calle 93 # 13-24, Bogotá  |  +57 601 482 3300
""",
        "company": "Acerías de Boyacá", "contact": "ncardenas@selecta.example.co",
    },
    {
        "key": "iteis_invite",
        "kind": "interview_invitation", "slug": "iteis_clase_muestra",
        "frm": ("Mtra. Rocío Aguirre", "raguirre@iteis.example.mx"),
        "subject": "Invitación a entrevista y clase muestra - Posgrado en Ingeniería Industrial",
        "date": "2026-05-25 12:10 -0600", "lang": "es", "cte": "qp",
        "text": """Estimado Ing. Salazar-Whitfield:

Por este medio le extiendo una cordial invitación a participar en la siguiente etapa del proceso de selección de profesores de asignatura para la Especialidad en Manufactura Esbelta del Instituto Tecnológico de Estudios Industriales de Saltillo.

La etapa consiste en una entrevista con el Comité Académico y una clase muestra de 20 minutos sobre el tema "Cambio rápido de herramental (SMED)".

Día: viernes 5 de junio de 2026
Hora: 17:00
Lugar: Edificio de Posgrado, Sala de Juntas 2, Blvd. V. Carranza 2400, Saltillo, Coah.

Contará con proyector y pizarrón. Le agradeceré confirmar su participación a este correo.

Atentamente,

Mtra. Rocío Aguirre Fuentes
Coordinadora de Posgrado
Instituto Tecnológico de Estudios Industriales de Saltillo
""",
        "company": "Instituto Tecnológico de Estudios Industriales de Saltillo", "contact": "raguirre@iteis.example.mx",
    },
    {
        "key": "apdb_invite",
        "kind": "interview_invitation", "slug": "bamboohr_apdb_agenda",
        "frm": ("Autopartes del Bajío", "notifications@app.bamboohr.com"),
        "subject": "Agenda tu entrevista con Autopartes del Bajío",
        "date": "2026-03-30 11:20 -0600", "lang": "es", "cte": "qp",
        "html": """<div style="font-family:'Lato',Arial,sans-serif;font-size:15px;color:#38312f;max-width:560px;margin:0 auto;">
<div style="padding:18px 0;text-align:center;"><img src="https://apdelbajio.bamboohr.com/logos/apdb.png" alt="Autopartes del Bajío" style="max-height:48px"></div>
<div style="background:#ffffff;border:1px solid #e0e0e0;border-radius:6px;padding:24px;">
<p>Hola Diego,</p>
<p>¡Nos gustaría conocerte! Te invitamos a una entrevista virtual de 40 minutos para la posición de <strong>Supervisor de Producción / Mejora Continua</strong> (Celaya, Gto.).</p>
<p>Elige el horario que mejor te funcione:</p>
<p style="text-align:center;"><a href="https://apdelbajio.bamboohr.com/hiring/schedule/8812c?src=email" style="background:#73c41d;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none;font-weight:bold;">Elegir horario</a></p>
<p>Entrevistará: Ing. Mauricio Ledesma, Gerente de Producción.</p>
<p>¡Saludos!<br>Equipo de Reclutamiento<br>Autopartes del Bajío</p>
</div>
<p style="font-size:11px;color:#999;text-align:center;">Este mensaje fue enviado desde una dirección que no acepta respuestas.<br>Autopartes del Bajío, S.A. de C.V. · Enviado con BambooHR</p>
</div>
<img src="https://app.bamboohr.com/e/o/8812c.gif" width="1" height="1" alt="">
""",
        "company": "Autopartes del Bajío", "contact": "",
    },
    {
        "key": "tidewater_invite",
        "kind": "interview_invitation", "slug": "ashby_tidewater_screen",
        "frm": ("Tidewater Sensors Hiring Team", "no-reply@ashbyhq.com"),
        "reply_to": ("Priya Raman", "priya@tidewatersensors.example.com"),
        "subject": "Let's chat! Field Continuous Improvement Engineer at Tidewater Sensors",
        "date": "2026-03-27 10:44 -0500", "lang": "en", "cte": "qp",
        "text": """Hi Diego,

Thanks for applying to Tidewater Sensors - we'd love to set up a 30-minute intro call with you to talk about the Field Continuous Improvement Engineer role and your experience on automotive assembly lines.

I've put you down for Thursday, April 2 at 10:00 AM Central. A Google Meet link is included in the calendar invite you'll receive separately. If that doesn't work, reply here and we'll move it.

Talk soon,
Priya Raman
Talent Partner, Tidewater Sensors

Sent via Ashby
""",
        "company": "Tidewater Sensors", "contact": "priya@tidewatersensors.example.com",
    },
    {
        "key": "meridian_invite",
        "kind": "interview_invitation", "slug": "meridian_outlook_ics_request",
        "frm": ("Rachel Nguyen", "rachel.nguyen@meridianseating.example.com"),
        "subject": "Interview: Lean Manufacturing Engineer - Ramos Arizpe",
        "date": "2026-03-19 16:02 -0400", "lang": "en", "cte": "qp",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Class", "urn:content-classes:calendarmessage")],
        "text": _MERIDIAN_INVITE_TEXT,
        "html": outlook_html(_MERIDIAN_INVITE_TEXT),
        "ics": {"method": "REQUEST", "uid": MERIDIAN_UID, "seq": 0, "stamp": "20260319T200200Z",
                 "start": "20260325T160000Z", "end": "20260325T170000Z",
                 "summary": "Interview: Diego Salazar-Whitfield - Lean Manufacturing Engineer",
                 "location": "Microsoft Teams Meeting",
                 "organizer": ("Rachel Nguyen", "rachel.nguyen@meridianseating.example.com")},
        "company": "Meridian Seating Systems", "contact": "rachel.nguyen@meridianseating.example.com",
    },
    {
        "key": "brightline_invite",
        "kind": "interview_invitation", "slug": "brightline_phone_screen",
        "frm": ("Dana Whitaker", "dwhitaker@brightlinestamping.example.com"),
        "subject": "CI Engineer - Brightline Stamping",
        "date": "2026-03-05 08:30 -0500", "lang": "en", "cte": "7bit",
        "text": """Diego,

Got your resume through our site - thanks. I run operations engineering here and I'd like to do a quick phone screen, 20-30 min, about the CI Engineer opening at our Monterrey press shop.

Does Tuesday the 10th at 11am CST work? I'll call the mobile number on your resume.

Dana Whitaker
Director, Operations Engineering
Brightline Stamping
""",
        "company": "Brightline Stamping", "contact": "dwhitaker@brightlinestamping.example.com",
    },
    {
        "key": "northpoint_halvorsen_invite",
        "kind": "interview_invitation", "slug": "northpoint_halvorsen_zoom",
        "frm": ("Tyler Brooks", "tbrooks@northpointtalent.example.com"),
        "subject": "Interview with Halvorsen Thermal Products - Tuesday",
        "date": "2026-05-08 15:12 -0400", "lang": "en", "cte": "qp",
        "text": """Diego,

Great news - Halvorsen Thermal Products wants to meet you for the Plant CI Manager role in Saltillo. Funny enough, this is the same plant HR told you had nothing open in January; the budget came through in April.

Details:
- Tuesday, May 12, 9:00 AM Central (Saltillo time)
- Zoom, 60 min, with Kurt Lindgren (VP Manufacturing) and Beth Ann Kowalczyk (HRBP)
- Zoom link: https://halvorsen.zoom.example.com/j/88134420917

Kurt is very metrics-driven; have your OEE and scrap numbers handy. Call me Monday if you want to prep.

Tyler

Tyler Brooks | Senior Recruiter, Automotive & Industrial | Northpoint Talent Partners
Troy, MI | (248) 555-0173
""",
        "company": "Halvorsen Thermal Products", "contact": "tbrooks@northpointtalent.example.com",
    },
    {
        "key": "schwab_invite",
        "kind": "interview_invitation", "slug": "schwabentec_teams_ics",
        "frm": ("Leitner, Markus", "markus.leitner@schwabentec.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch – Lean Coach (m/w/d)",
        "date": "2026-02-12 10:33 +0100", "lang": "de", "cs": "windows-1252", "cte": "qp", "hdr_cs": "windows-1252",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Class", "urn:content-classes:calendarmessage")],
        "text": _SCHWAB_INVITE_TEXT,
        "html": outlook_html(_SCHWAB_INVITE_TEXT),
        "ics": {"method": "REQUEST", "uid": SCHWAB_UID, "seq": 0, "stamp": "20260212T093300Z",
                 "start": "20260220T150000Z", "end": "20260220T160000Z",
                 "summary": "Vorstellungsgespräch Lean Coach – Salazar-Whitfield",
                 "location": "Microsoft Teams-Besprechung",
                 "organizer": ("Leitner, Markus", "markus.leitner@schwabentec.example.de")},
        "company": "Schwabentec", "contact": "markus.leitner@schwabentec.example.de",
    },
    {
        "key": "lindqvist_invite",
        "kind": "interview_invitation", "slug": "lindqvist_telefoninterview",
        "frm": ("Henrik Lindqvist", "h.lindqvist@lindqvist-personal.example.de"),
        "subject": "Telefoninterview – Position Head of Lean (Automotive, Raum Stuttgart / Mexiko)",
        "date": "2026-07-09 17:20 +0200", "lang": "de", "cte": "qp",
        "text": """Guten Tag Herr Salazar-Whitfield,

im Auftrag eines namhaften Automobilzulieferers aus dem Raum Stuttgart, der sein Werk in Mexiko ausbaut, suche ich einen Head of Lean. Ihr Profil ist mir über eine Empfehlung aufgefallen.

Ich würde Sie gerne zu einem ersten vertraulichen Telefoninterview einladen. Vorschlag: Dienstag, 14. Juli, 14:00 Uhr MESZ (06:00 Uhr bei Ihnen – ich weiß, früh; alternativ gerne 18:00 Uhr MESZ). Ich rufe Sie unter der Nummer aus Ihrem Lebenslauf an.

Den Namen des Mandanten kann ich Ihnen im Gespräch nennen, sofern Sie Interesse haben.

Beste Grüße
Henrik Lindqvist

Personalberatung Lindqvist
Königstraße 26 · 70173 Stuttgart
+49 711 2205 930 · lindqvist-personal.example.de
""",
        "company": "Personalberatung Lindqvist", "contact": "h.lindqvist@lindqvist-personal.example.de",
    },
    {
        "key": "neckarwerk_invite",
        "kind": "interview_invitation", "slug": "neckarwerk_du_pilot",
        "frm": ("Lena Hofmann", "lena@neckarwerk.example.de"),
        "subject": "Kennenlernen? Lean x IoT bei Neckarwerk",
        "date": "2026-06-22 09:02 +0200", "lang": "de", "cte": "8bit",
        "text": """Hi Diego,

danke für deine Bewerbung! Bei uns duzen sich alle, ich hoffe das ist ok :)

Wir bauen gerade unseren ersten Pilot in Querétaro auf (Shopfloor-Sensorik + digitales Shopfloor-Board) und suchen genau jemanden wie dich, der die Lean-Seite vor Ort verantwortet. Ich bin Ende Juni sowieso in Mexiko – hättest du Lust auf ein persönliches Gespräch am Montag, 29.06., um 11 Uhr in Querétaro? Ort schicke ich dir noch, wahrscheinlich ein Coworking in Juriquilla.

Sag einfach Bescheid, ob das klappt.

Liebe Grüße
Lena

Lena Hofmann | COO | Neckarwerk Automation GmbH
neckarwerk.example.de | Stuttgart · Querétaro
""",
        "company": "Neckarwerk Automation", "contact": "lena@neckarwerk.example.de",
    },
    {
        "key": "mcc_invite",
        "kind": "interview_invitation", "slug": "mccolombia_caso_teams",
        "frm": ("Andrés Felipe Rozo", "arozo@mccolombia.example.co"),
        "subject": "Segunda etapa: caso de estudio",
        "date": "2026-03-16 17:03 -0500", "lang": "es", "cte": "qp",
        "text": """Diego, buenas tardes.

Gracias por la conversación inicial de la semana pasada. Nos gustaría que avanzara a la segunda etapa del proceso para Consultor Senior Lean.

Esta etapa es una entrevista de caso: le enviaremos el lunes 23 un paquete con datos de una línea de pintura (tiempos de ciclo, paros, defectos) y el jueves 26 de marzo a las 10:00 a.m. (hora Bogotá, 9:00 en Monterrey) lo presenta ante los socios por Teams, en máximo 30 minutos, con 20 minutos de preguntas.

¿Le funciona esa fecha? Quedo atento.

Un saludo,

Andrés Felipe Rozo
Socio Director | Mejora Continua Colombia
+57 310 555 0192
""",
        "company": "Mejora Continua Colombia", "contact": "arozo@mccolombia.example.co",
    },
    {
        "key": "lk_invite",
        "kind": "interview_invitation", "slug": "leankaizen_assessment",
        "frm": ("Ana Lucía Benavides", "alucia@leankaizen.example.mx"),
        "subject": "Assessment center - Consultor Jr. Lean & Kaizen",
        "date": "2026-05-04 11:47 -0600", "lang": "es", "cte": "qp",
        "text": """Hola Diego:

¡Felicidades! Pasaste la primera revisión y queremos invitarte a nuestro assessment center para la posición de Consultor Jr.

¿Qué es? Una mañana con otros cuatro candidatos: dinámica de grupo, una simulación de Kaizen en nuestra línea didáctica de Legos y una entrevista individual con uno de los socios.

Cuándo: sábado 16 de mayo, de 8:30 a 13:30
Dónde: Lean & Kaizen Consultores, Av. Lázaro Cárdenas 2424, piso 3, San Pedro Garza García
Qué llevar: ropa cómoda, calculadora y muchas ganas

Confírmame por favor antes del miércoles.

Ana Lucía Benavides
Gerente de Talento
Lean & Kaizen Consultores
T. 81 8363 0919 · leankaizen.example.mx
""",
        "html": """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<p>Hola Diego:</p>
<p><b>¡Felicidades!</b> Pasaste la primera revisión y queremos invitarte a nuestro <b>assessment center</b> para la posición de Consultor Jr.</p>
<p>¿Qué es? Una mañana con otros cuatro candidatos: dinámica de grupo, una simulación de Kaizen en nuestra línea didáctica de Legos y una entrevista individual con uno de los socios.</p>
<table cellpadding="4" cellspacing="0" border="0" style="font-size:11pt;border-left:3px solid #e4002b">
<tr><td><b>Cuándo:</b></td><td>sábado 16 de mayo, de 8:30 a 13:30</td></tr>
<tr><td><b>Dónde:</b></td><td>Lean &amp; Kaizen Consultores, Av. Lázaro Cárdenas 2424, piso 3, San Pedro Garza García</td></tr>
<tr><td><b>Qué llevar:</b></td><td>ropa cómoda, calculadora y muchas ganas</td></tr>
</table>
<p>Confírmame por favor antes del miércoles.</p>
<p style="color:#555">Ana Lucía Benavides<br>Gerente de Talento<br><img src="https://leankaizen.example.mx/firma/logo_lk.png" alt="Lean &amp; Kaizen Consultores" width="120"><br>T. 81 8363 0919 · <a href="https://leankaizen.example.mx">leankaizen.example.mx</a></p>
</div>
""",
        "company": "Lean & Kaizen Consultores", "contact": "alucia@leankaizen.example.mx",
    },
    {
        "key": "fundiciones_invite",
        "kind": "interview_invitation", "slug": "fundiciones_entrevista_planta",
        "frm": ("Ing. Ernesto Valdés", "evaldes@fundicionescoahuila.example.mx"),
        "subject": "Entrevista Ing. Mejora Continua",
        "date": "2026-05-20 08:14 -0600", "lang": "es", "cte": "8bit",
        "text": """Diego buen dia,

Me pasó tu CV la gente de RH. Te propongo entrevista el jueves 28 de mayo a las 8:00 en la planta de Ramos Arizpe, antes del arranque de la junta de producción. Es conmigo y con el jefe de calidad, una hora más o menos y luego damos una vuelta por moldeo y corazones.

Trae zapato de seguridad.

Confirma por favor.

Ing. Ernesto Valdés
Gerente de Manufactura
Fundiciones Coahuila
Cel 844 100 7321
""",
        "company": "Fundiciones Coahuila", "contact": "evaldes@fundicionescoahuila.example.mx",
    },
    {
        "key": "arneses_invite",
        "kind": "interview_invitation", "slug": "arneses_citatorio",
        "frm": ("RH Arneses Angelópolis", "rh@arnesesangelopolis.example.mx"),
        "subject": "CITA PARA ENTREVISTA - JEFE DE MEJORA CONTINUA",
        "date": "2026-05-26 10:30 -0600", "lang": "es", "cs": "windows-1252", "cte": "qp",
        "text": """Buen día Ing. Diego Salazar

Le informamos que su perfil fue preseleccionado para el puesto de JEFE DE MEJORA CONTINUA turno mixto, por lo que le invitamos a presentarse a entrevista:

FECHA: Martes 2 de junio de 2026
HORA: 9:00 hrs
LUGAR: Arneses Angelópolis – Planta 1, Calle Eje Central 14, Parque Industrial Puebla 2000, Puebla, Pue.

Favor de traer:
• Identificación oficial (INE)
• CV impreso
• Comprobante de estudios (título o cédula)

Al llegar favor de registrarse en caseta y preguntar por Lic. Brenda Juárez. Le agradeceremos confirmar su asistencia respondiendo este correo.

Saludos cordiales
Lic. Brenda Juárez Cuautle
Recursos Humanos – Arneses Angelópolis
Tel. 222 282 4100 ext 118
""",
        "company": "Arneses Angelópolis", "contact": "rh@arnesesangelopolis.example.mx",
    },
    {
        "key": "viasa_invite",
        "kind": "interview_invitation", "slug": "viasa_entrevista_planta",
        "frm": ("Rodrigo Elizondo", "relizondo@viasa.example.mx"),
        "subject": "Entrevista Jefe de Mejora Continua - VIASA",
        "date": "2026-02-12 10:14 -0600", "lang": "es", "cs": "iso-8859-1", "cte": "8bit", "hdr_cs": "iso-8859-1",
        "text": """Diego, buen día.

Nos interesa mucho tu perfil. Te invitamos a una entrevista el martes 17 a las 9:00 en planta (Blvd. Isidro López Zertuche 4500, Saltillo). Pregunta por mí en la caseta.

Rodrigo Elizondo | Gerente de Planta | VIASA
Vidrios Automotrices de Saltillo
""",
        "company": "VIASA", "contact": "relizondo@viasa.example.mx",
    },
    {
        "key": "lbq_invite",
        "kind": "interview_invitation", "slug": "teamtailor_lbq_entrevista",
        "frm": ("Línea Blanca Queretana", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Daniela Olvera", "daniela.olvera@lbq.example.mx"),
        "subject": "¡Queremos conocerte! Entrevista para Ingeniero(a) de Manufactura Esbelta",
        "date": "2026-08-18 12:26 -0600", "lang": "es", "cte": "qp",
        "html": ats_page(
            logo_src="https://images.teamtailor-cdn.com/images/lbq-logo.png", logo_alt="LBQ Línea Blanca Queretana",
            color="#0077c8",
            paras=[
                "¡Hola Diego!",
                "Gracias por tu interés en <b>Ingeniero(a) de Manufactura Esbelta</b> en nuestra planta de refrigeradores en El Marqués, Querétaro.",
                "Nos gustaría invitarte a una entrevista presencial el <b>martes 25 de agosto a las 10:30</b> con Daniela Olvera (Reclutamiento) y el Ing. Joaquín Ferrer (Jefe de Ingeniería Industrial).",
                "Puedes confirmar tu asistencia con el botón o respondiendo a este correo; le llegará directamente a Daniela.",
                "¡Nos vemos pronto!<br>Equipo de Talento LBQ",
            ],
            button=("Confirmar asistencia", "https://lbq.teamtailor.com/interviews/confirm/55c1e0a2"),
            footer=["Línea Blanca Queretana S.A. de C.V. · Av. de la Industria 5, El Marqués, Qro.",
                    '<a href="https://lbq.teamtailor.com/connect/unsubscribe">Cancelar suscripción</a> · Enviado con Teamtailor'],
            track="https://app.teamtailor-mail.com/t/open/lbq7741.gif",
        ),
        "company": "Línea Blanca Queretana", "contact": "daniela.olvera@lbq.example.mx",
    },
    {
        "key": "edp_video",
        "kind": "interview_invitation", "slug": "workable_edp_video_grabado",
        "frm": ("ensambles del pacífico", "noreply@workablemail.com"),
        "subject": "Siguiente paso: entrevista en video para Supervisor de Producción",
        "date": "2026-06-29 10:10 -0600", "lang": "es", "cte": "qp",
        "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222;">
<p>Hola Diego,</p>
<p>¡Gracias por tu interés en <b>Supervisor de Producción (Mejora Continua)</b> en ensambles del pacífico!</p>
<p>Nos gustaría conocerte mejor con una entrevista en video. Responderás 4 preguntas grabando tus respuestas desde tu computadora o celular, cuando te quede mejor. Tienes hasta el <b>6 de julio</b> para completarla.</p>
<p><a href="https://apply.workable.com/ensambles-del-pacifico/j/9A01C3/video?token=77ef" style="background:#00756a;color:#fff;padding:10px 20px;border-radius:3px;text-decoration:none;">Iniciar entrevista en video</a></p>
<p>Saludos,<br>El equipo de ensambles del pacífico</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#888;">Powered by <a href="https://www.workable.com/?utm_source=email&amp;utm_medium=video">Workable</a> · No respondas a este correo.</p>
</div>
<img src="https://email.workablemail.com/o/dmlkZW8tMjAyNg.gif" width="1" height="1" alt="">
""",
        "company": "ensambles del pacífico", "contact": "",
    },

    # ------------------------------------------------------------------ reschedules / cancellations (15)
    {
        "key": "schwab_update",
        "kind": "interview_reschedule_or_cancel", "slug": "schwabentec_ics_sequence",
        "frm": ("Leitner, Markus", "markus.leitner@schwabentec.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch – neuer Termin",
        "date": "2026-02-19 15:02 +0100", "lang": "de", "cs": "windows-1252", "cte": "qp", "hdr_cs": "windows-1252",
        "reply_of": "schwab_invite",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Class", "urn:content-classes:calendarmessage")],
        "text": _SCHWAB_UPDATE_TEXT,
        "html": outlook_html(_SCHWAB_UPDATE_TEXT),
        "ics": {"method": "REQUEST", "uid": SCHWAB_UID, "seq": 1, "stamp": "20260219T140200Z",
                 "start": "20260224T150000Z", "end": "20260224T160000Z",
                 "summary": "Vorstellungsgespräch Lean Coach – Salazar-Whitfield (neuer Termin)",
                 "location": "Microsoft Teams-Besprechung",
                 "organizer": ("Leitner, Markus", "markus.leitner@schwabentec.example.de")},
        "company": "Schwabentec", "contact": "markus.leitner@schwabentec.example.de",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "meridian_ics_cancel_sick",
        "frm": ("Rachel Nguyen", "rachel.nguyen@meridianseating.example.com"),
        "subject": "Canceled: Interview: Lean Manufacturing Engineer - Ramos Arizpe",
        "date": "2026-03-23 08:49 -0400", "lang": "en", "cte": "qp",
        "reply_of": "meridian_invite",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Class", "urn:content-classes:calendarmessage")],
        "text": _MERIDIAN_CANCEL_TEXT,
        "html": outlook_html(_MERIDIAN_CANCEL_TEXT),
        "ics": {"method": "CANCEL", "uid": MERIDIAN_UID, "seq": 1, "stamp": "20260323T124900Z",
                 "start": "20260325T160000Z", "end": "20260325T170000Z",
                 "summary": "Canceled: Interview: Diego Salazar-Whitfield - Lean Manufacturing Engineer",
                 "location": "Microsoft Teams Meeting",
                 "organizer": ("Rachel Nguyen", "rachel.nguyen@meridianseating.example.com")},
        "company": "Meridian Seating Systems", "contact": "rachel.nguyen@meridianseating.example.com",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "forjas_mover_a_viernes",
        "frm": ("Sofía Castañeda", "sofia.castaneda@forjascumbres.example.mx"),
        "subject": "Re: Llamada - Líder Kaizen Saltillo",
        "date": "2026-03-11 16:40 -0600", "lang": "es", "cte": "qp",
        "reply_of": "forjas_screen",
        "text": """Diego, una disculpa! Me acaban de agendar una junta con dirección justo mañana a las 11. ¿Podemos mover nuestra llamada al viernes 13 a la misma hora? Si no, el lunes temprano también me funciona.

Gracias por la paciencia 🙏

Sofía Castañeda | Talent Acquisition Partner | Grupo Forjas Cumbres

El lun, 9 mar 2026 a las 10:22, Sofía Castañeda (<sofia.castaneda@forjascumbres.example.mx>) escribió:
> Hola Diego, ¿cómo estás?
> Soy Sofía, del equipo de Atracción de Talento de Grupo Forjas Cumbres. [...]
> ¿Te queda bien el jueves 12 de marzo a las 11:00?
""",
        "html": gmail_html("""Diego, una disculpa! Me acaban de agendar una junta con dirección justo mañana a las 11. ¿Podemos mover nuestra llamada al viernes 13 a la misma hora? Si no, el lunes temprano también me funciona.

Gracias por la paciencia 🙏

Sofía Castañeda | Talent Acquisition Partner | Grupo Forjas Cumbres

El lun, 9 mar 2026 a las 10:22, Sofía Castañeda (<sofia.castaneda@forjascumbres.example.mx>) escribió:
> Hola Diego, ¿cómo estás?
> Soy Sofía, del equipo de Atracción de Talento de Grupo Forjas Cumbres. [...]
> ¿Te queda bien el jueves 12 de marzo a las 11:00?"""),
        "company": "Grupo Forjas Cumbres", "contact": "sofia.castaneda@forjascumbres.example.mx",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "acerosm_reprograma_auditoria",
        "frm": ("Mariana Treviño Garza", "mariana.trevino@acerosm.example.mx"),
        "subject": "RE: Invitación a entrevista - Coordinador Lean (Aceros Sierra Madre)",
        "date": "2026-02-26 12:05 -0600", "lang": "es", "cs": "windows-1252", "cte": "qp",
        "reply_of": "acerosm_invite",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Diego, buenas tardes:

Te escribo para reprogramar la entrevista del martes 3 de marzo. Esa semana tenemos auditoría de recertificación IATF en la acería y el Ing. Quiroga no podrá atenderte.

La nueva fecha sería el martes 10 de marzo, mismo horario (9:30) y mismo lugar. ¿Me confirmas si te queda bien?

Una disculpa por el cambio.

Mariana Treviño Garza
Reclutamiento y Selección
Aceros Sierra Madre

De: Diego Salazar-Whitfield <diego.sw@example.mx>
Enviado: viernes, 20 de febrero de 2026 11:02 a. m.
Para: Mariana Treviño Garza <mariana.trevino@acerosm.example.mx>
Asunto: RE: Invitación a entrevista - Coordinador Lean (Aceros Sierra Madre)

Mariana, muchas gracias por la invitación. Confirmo mi asistencia el martes 3 de marzo a las 9:30; llevaré zapato de seguridad e identificación.

Saludos,
Diego
""",
        "company": "Aceros Sierra Madre", "contact": "mariana.trevino@acerosm.example.mx",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "sensorica_cto_enferma",
        "frm": ("Pablo Ibarra", "pablo@sensorica.example.mx"),
        "subject": "Re: Ops Lead en Sensórica",
        "date": "2026-04-30 07:58 -0600", "lang": "es", "cte": "8bit",
        "reply_of": "sensorica_invite",
        "text": """Diego perdón, Fer amaneció con fiebre y hoy no va a poder. ¿Lo movemos al jueves 7? Misma hora. Si prefieres otro día dime.

Pablo

Enviado desde mi iPhone
""",
        "company": "Sensórica Labs", "contact": "pablo@sensorica.example.mx",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "agencia_nortia_cambio_lunes",
        "frm": ("Jorge Tamez - Talento Industrial MX", "jorge.tamez@talentoindustrial.example.mx"),
        "subject": "CAMBIO DE FECHA entrevista Nortia",
        "date": "2026-04-08 09:19 -0600", "lang": "es", "cte": "8bit",
        "reply_of": "nortia_agency_invite",
        "text": """Diego buen día!!

Cambio de planes 🙈 la Ing. Verónica tiene visita de un cliente mañana y me pidió mover tu entrevista al LUNES 13 de abril a las 8:00 am. Mismo lugar (Apodaca, recepción).

Porfa confírmame en cuanto puedas!! Ya les dije que eres de los finalistas así que no lo dejes ir 💪

Jorge Tamez
Reclutador | Talento Industrial MX
WhatsApp 81 2280 1147
""",
        "company": "Nortia", "contact": "jorge.tamez@talentoindustrial.example.mx",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "leankaizen_pospone_assessment",
        "frm": ("Ana Lucía Benavides", "alucia@leankaizen.example.mx"),
        "subject": "Assessment center pospuesto",
        "date": "2026-05-13 19:22 -0600", "lang": "es", "cte": "qp",
        "reply_of": "lk_invite",
        "text": """Hola Diego:

Te aviso que tenemos que posponer el assessment center del sábado 16. Dos de los socios tienen que viajar a una auditoría de un cliente en Silao y no queremos hacerlo sin ellos.

La posición sigue abierta y sigues en el proceso. En cuanto tengamos la nueva fecha (probablemente el sábado 30) te la confirmo por este medio.

Gracias por tu comprensión,

Ana Lucía Benavides
Gerente de Talento | Lean & Kaizen Consultores
""",
        "company": "Lean & Kaizen Consultores", "contact": "alucia@leankaizen.example.mx",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "selecta_virtual_por_paro",
        "frm": ("Natalia Cárdenas - Selecta Talento Humano", "ncardenas@selecta.example.co"),
        "subject": "RE: Citación a entrevista - Líder de Excelencia Operacional (Acerías de Boyacá)",
        "date": "2026-08-17 16:35 -0500", "lang": "es", "cs": "iso-8859-1", "cte": "qp", "hdr_cs": "iso-8859-1",
        "reply_of": "selecta_invite",
        "text": """Señor Diego, buenas tardes.

Por el paro camionero anunciado para esta semana en la vía Bogotá - Sogamoso, el cliente ha decidido realizar la entrevista del miércoles 19 de agosto de manera virtual por Microsoft Teams, en la misma fecha pero a las 9:00 a.m. (hora Colombia).

En el transcurso del día le llegará el enlace de la reunión. Le agradecemos confirmar que recibió este mensaje.

Cordialmente,

Natalia Cárdenas Ruiz
Consultora de Selección
Selecta Talento Humano S.A.S.
+57 601 482 3300

-----Mensaje original-----
De: Diego Salazar-Whitfield [mailto:diego.sw@example.mx]
Enviado el: lunes, 10 de agosto de 2026 06:12 p. m.
Para: Natalia Cárdenas Ruiz
Asunto: RE: Citación a entrevista

Buenas tardes Natalia, confirmo mi asistencia a la entrevista presencial en Sogamoso. Viajaré desde Bogotá el martes.
""",
        "company": "Acerías de Boyacá", "contact": "ncardenas@selecta.example.co",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "arneses_cambio_planta2",
        "frm": ("RH Arneses Angelópolis", "rh@arnesesangelopolis.example.mx"),
        "subject": "RE: CITA PARA ENTREVISTA - JEFE DE MEJORA CONTINUA",
        "date": "2026-06-01 13:12 -0600", "lang": "es", "cs": "windows-1252", "cte": "8bit",
        "reply_of": "arneses_invite",
        "text": """Ing. Diego buenas tardes

Solo para informarle un cambio: su entrevista de mañana martes 2 de junio se mantiene a las 9:00 hrs pero será en PLANTA 2 (Av. Las Torres 3102, a un costado de la Volkswagen), ya que el Gerente de Planta estará ahí toda la semana.

En caseta pregunte por el Ing. Marco Tlatelpa.

Saludos cordiales
Lic. Brenda Juárez Cuautle
Recursos Humanos – Arneses Angelópolis
""",
        "company": "Arneses Angelópolis", "contact": "rh@arnesesangelopolis.example.mx",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "bamboohr_apdb_reprogramada",
        "frm": ("Autopartes del Bajío", "notifications@app.bamboohr.com"),
        "subject": "Tu entrevista fue reprogramada",
        "date": "2026-04-02 17:44 -0600", "lang": "es", "cte": "b64",
        "reply_of": "apdb_invite",
        "html": """<div style="font-family:'Lato',Arial,sans-serif;font-size:15px;color:#38312f;max-width:560px;margin:0 auto;">
<div style="background:#ffffff;border:1px solid #e0e0e0;border-radius:6px;padding:24px;">
<p>Hola Diego,</p>
<p>Tu entrevista para <strong>Supervisor de Producción / Mejora Continua</strong> fue reprogramada por el equipo de Autopartes del Bajío.</p>
<table cellpadding="6" style="font-size:14px;background:#f6f6f6;border-radius:4px;width:100%">
<tr><td style="color:#777">Antes</td><td><s>lunes 6 de abril, 12:00 p.m. (CST)</s></td></tr>
<tr><td style="color:#777">Ahora</td><td><b>martes 7 de abril, 4:30 p.m. (CST)</b></td></tr>
<tr><td style="color:#777">Dónde</td><td>Google Meet · <a href="https://meet.example.com/apd-xqvr-kke">meet.example.com/apd-xqvr-kke</a></td></tr>
</table>
<p>Si el nuevo horario no te funciona, <a href="https://apdelbajio.bamboohr.com/hiring/schedule/8812c/change">elige otro aquí</a>.</p>
</div>
<p style="font-size:11px;color:#999;text-align:center;">Este mensaje fue enviado desde una dirección que no acepta respuestas. · Enviado con BambooHR</p>
</div>
""",
        "company": "Autopartes del Bajío", "contact": "",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "gld_coordinator_new_slots",
        "frm": ("Megan Forsythe", "mforsythe@gldrivetrain.example.com"),
        "subject": "RE: Interview Invitation: Continuous Improvement Engineer II",
        "date": "2026-03-10 09:26 -0400", "lang": "en", "cte": "qp",
        "reply_of": "gld_invite",
        "text": """Hi Diego,

Apologies for the shuffle - Scott has been pulled into a launch at our Dearborn plant and won't be able to make Thursday's interview. I've released that slot.

Could you do one of these instead (all Saltillo time)?
- Monday, March 16, 8:00 AM
- Tuesday, March 17, 3:00 PM
- Wednesday, March 18, 9:30 AM

Just reply with your pick and I'll send a fresh invite.

Thanks for your flexibility,
Megan

Megan Forsythe | Recruiting Coordinator | Great Lakes Drivetrain

From: Diego Salazar-Whitfield <diego.sw@example.mx>
Sent: Tuesday, March 3, 2026 7:48 PM
To: Megan Forsythe <mforsythe@gldrivetrain.example.com>
Subject: RE: Interview Invitation: Continuous Improvement Engineer II

Hi Megan, done - I picked Thursday, March 12 at 10:00 AM. Looking forward to meeting Scott.
Best, Diego

From: Megan Forsythe <mforsythe@gldrivetrain.example.com>
Sent: Tuesday, March 3, 2026 10:15 AM
To: Diego Salazar-Whitfield <diego.sw@example.mx>
Subject: RE: Interview Invitation: Continuous Improvement Engineer II

Hi Diego, just checking you received the scheduling link below - slots are filling up fast this week.
Megan

From: Great Lakes Drivetrain via Greenhouse <no-reply@greenhouse-mail.io>
Sent: Monday, March 2, 2026 1:07 PM
To: Diego Salazar-Whitfield <diego.sw@example.mx>
Subject: Interview Invitation: Continuous Improvement Engineer II

Hi Diego,
Thanks for applying to Great Lakes Drivetrain! The hiring team would like to invite you to a 45-minute video interview with Scott Delaney, Operations Engineering Manager for our Saltillo site.
Please use the link below to choose a time that works for you over the next week:
https://app.greenhouse.io/scheduling/self_schedule/f3c9d1e2-aa41
""",
        "company": "Great Lakes Drivetrain", "contact": "mforsythe@gldrivetrain.example.com",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "brightline_push_3pm",
        "frm": ("Dana Whitaker", "dwhitaker@brightlinestamping.example.com"),
        "subject": "Re: CI Engineer - Brightline Stamping",
        "date": "2026-03-10 09:02 -0500", "lang": "en", "cte": "7bit",
        "reply_of": "brightline_invite",
        "text": """Diego - press 4 is down and I'm on the floor. Can we push to 3pm today? Same number.

D

Sent from my iPhone

> On Mar 5, 2026, at 8:30 AM, Dana Whitaker <dwhitaker@brightlinestamping.example.com> wrote:
>
> Does Tuesday the 10th at 11am CST work? I'll call the mobile number on your resume.
""",
        "company": "Brightline Stamping", "contact": "dwhitaker@brightlinestamping.example.com",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "ips_verschoben_krankheit",
        "frm": ("Dr. Anja Fechner", "anja.fechner@ips-esslingen.example.de"),
        "subject": "Terminverschiebung: Ihr Vorstellungsgespräch am 17.06.",
        "date": "2026-06-15 08:37 +0200", "lang": "de", "cs": "iso-8859-1", "cte": "8bit", "hdr_cs": "iso-8859-1",
        "reply_of": "ips_invite",
        "text": """Sehr geehrter Herr Salazar-Whitfield,

leider ist Prof. Wessel kurzfristig erkrankt, sodass wir das Gespräch am Mittwoch nicht wie geplant führen können.

Wir würden gerne auf Dienstag, 23. Juni, 15:30 Uhr MESZ ausweichen (gleiche Uhrzeit, also 07:30 Uhr in Monterrey). Die Zoom-Zugangsdaten bleiben gültig.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt. Für die Umstände bitte ich um Entschuldigung.

Mit freundlichen Grüßen
Anja Fechner

Am 03.06.2026 um 14:18 schrieb Dr. Anja Fechner:
> Wir möchten Sie gerne zu einem Vorstellungsgespräch per Zoom einladen:
> Mittwoch, 17. Juni 2026, 15:30 Uhr MESZ (07:30 Uhr in Monterrey)
""",
        "company": "Institut für Produktionssysteme Esslingen", "contact": "anja.fechner@ips-esslingen.example.de",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "neckarwerk_video_statt_vorort",
        "frm": ("Lena Hofmann", "lena@neckarwerk.example.de"),
        "subject": "Re: Kennenlernen? Lean x IoT bei Neckarwerk",
        "date": "2026-06-27 23:41 +0200", "lang": "de", "cte": "8bit",
        "reply_of": "neckarwerk_invite",
        "text": """Hey Diego,

blöde Nachricht: mein Flug nach Querétaro ist gestrichen worden und der nächste freie geht erst Mitte Juli. Können wir unser Gespräch am Montag stattdessen per Video machen? Gleiche Uhrzeit (11 Uhr bei dir), ich schick dir gleich einen Google-Meet-Link.

Sorry für das Hin und Her!
Lena
""",
        "company": "Neckarwerk Automation", "contact": "lena@neckarwerk.example.de",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "sorelec_report_entretien",
        "frm": ("Claire Fontaine", "claire.fontaine@sorelec.example.com"),
        "subject": "RE: Invitation à un entretien – Responsable Amélioration Continue (Querétaro)",
        "date": "2026-07-06 15:10 -0600", "lang": "fr", "cs": "iso-8859-1", "cte": "qp",
        "reply_of": "sorelec_invite",
        "text": """Bonjour Diego,

Je suis désolée de devoir vous demander un report : M. Lambert doit se rendre en urgence chez un client à San Luis Potosí jeudi.

Serait-il possible de décaler notre entretien au lundi 13 juillet, toujours à 10h00 et à la même adresse ? Si ce créneau ne vous convient pas, proposez-moi simplement un autre moment dans la semaine.

Merci de votre compréhension et à bientôt,

Claire Fontaine
Responsable Ressources Humaines
Sorelec Automotive - Site de Querétaro

De : Diego Salazar-Whitfield <diego.sw@example.mx>
Envoyé : mercredi 1 juillet 2026 18:47
À : Claire Fontaine <claire.fontaine@sorelec.example.com>
Objet : RE: Invitation à un entretien

Bonjour Madame Fontaine, je vous confirme avec plaisir ma présence jeudi 9 juillet à 10h00.
Cordialement, Diego Salazar-Whitfield
""",
        "company": "Sorelec Automotive", "contact": "claire.fontaine@sorelec.example.com",
    },

    # ------------------------------------------------------------------ missed interview notices (10)
    {
        "kind": "missed_interview_notice", "slug": "tornilleria_lo_esperamos",
        "frm": ("Leticia Cavazos", "lcavazos@tornilleriaregia.example.mx"),
        "subject": "Entrevista de hoy",
        "date": "2026-01-27 12:48 -0600", "lang": "es", "cs": "iso-8859-1", "cte": "qp",
        "text": """Buenas tardes Sr. Salazar

Lo estuvimos esperando hoy a las 10:00 en la recepción para la entrevista con mi papá (Don Arturo) para el puesto de Jefe de Producción y no llegó ni nos avisó.

Queremos saber si sigue interesado. Si tuvo algún contratiempo, márqueme y vemos si se puede acomodar otro día de esta semana.

Saludos

Leticia Cavazos
Administración
Tornillería Industrial Regia
Calle Arista 1820 Pte., Col. Industrial, Monterrey
Tel. 81 8375 2290
""",
        "company": "Tornillería Industrial Regia", "contact": "lcavazos@tornilleriaregia.example.mx",
    },
    {
        "kind": "missed_interview_notice", "slug": "agencia_fresunor_no_conecto",
        "frm": ("Karla Ochoa | Talento Industrial MX", "karla.ochoa@talentoindustrial.example.mx"),
        "subject": "?",
        "date": "2026-03-06 11:22 -0600", "lang": "es", "cte": "qp",
        "text": """Diego!!

El Ing. Saucedo de FRESUNOR te estuvo esperando en la llamada de Teams de las 10:00 y no te conectaste 😬 Te marqué dos veces al cel y nada.

¿Todo bien? Si fue algo del link o se te cruzó algo, avísame HOY y trato de rescatar la entrevista, porque el cliente ya me preguntó si sigues interesado.

Karla Ochoa
Consultora Sr. de Reclutamiento
Talento Industrial MX
Cel. 844 190 2273
""",
        "company": "FRESUNOR", "contact": "karla.ochoa@talentoindustrial.example.mx",
    },
    {
        "kind": "missed_interview_notice", "slug": "carrocerias_sabana_llamadas",
        "frm": ("Yeimy Paola Cárdenas", "ypcardenas@carroceriassabana.example.co"),
        "subject": "Entrevista telefónica sin contacto",
        "date": "2026-07-28 09:41 -0500", "lang": "es", "cs": "iso-8859-1", "cte": "8bit", "hdr_cs": "iso-8859-1",
        "text": """Buenos días señor Diego,

Le escribo porque intentamos comunicarnos con usted tres veces a las 9:00 a.m., hora acordada para la entrevista telefónica para el cargo de Coordinador de Mejoramiento Continuo, sin obtener respuesta. El número que marcamos fue el +52 81 1234 5678 que registró en su hoja de vida.

Si aún está interesado en el proceso, por favor indíquenos un nuevo horario y verifique el número de contacto.

Quedo atenta,

Yeimy Paola Cárdenas
Analista de Selección
Carrocerías Sabana S.A.S.
Funza, Cundinamarca
""",
        "company": "Carrocerías Sabana", "contact": "ypcardenas@carroceriassabana.example.co",
    },
    {
        "kind": "missed_interview_notice", "slug": "troqueles_dia_de_prueba",
        "frm": ("Juan Carlos Dávila", "jcdavila@troquelessaltillo.example.mx"),
        "subject": "Jornada de prueba linea 3",
        "date": "2026-02-16 09:15 -0600", "lang": "es", "cte": "8bit",
        "text": """Ing. Diego

Hoy a las 6:00 era su jornada de prueba en la linea 3 (prensas transfer) para el puesto de Supervisor de Mejora y no se presento. Lo esperamos en la caseta hasta las 6:45 y arrancamos el turno sin usted.

Si todavia le interesa, digame si puede el jueves mismo horario, pero necesito saber hoy para avisarle a seguridad.

Juan Carlos Dávila
Superintendente de Producción
Troqueles y Estampados Saltillo
""",
        "company": "Troqueles y Estampados Saltillo", "contact": "jcdavila@troquelessaltillo.example.mx",
    },
    {
        "kind": "missed_interview_notice", "slug": "workable_edp_no_te_uniste",
        "frm": ("ensambles del pacífico", "noreply@workablemail.com"),
        "subject": "No pudimos conectarnos contigo",
        "date": "2026-07-15 10:35 -0600", "lang": "es", "cte": "qp",
        "html": """<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222;">
<p>Hola Diego,</p>
<p>Hoy a las 10:00 tenías una videollamada con Karen Medina (Recursos Humanos) para la posición de <b>Supervisor de Producción (Mejora Continua)</b>. Parece que no pudiste unirte a la llamada.</p>
<p>Si aún te interesa la posición, puedes elegir un nuevo horario durante los próximos 3 días:</p>
<p><a href="https://apply.workable.com/ensambles-del-pacifico/j/9A01C3/reschedule?token=88ad" style="background:#00756a;color:#fff;padding:10px 20px;border-radius:3px;text-decoration:none;">Elegir un nuevo horario</a></p>
<p>Saludos,<br>El equipo de ensambles del pacífico</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#888;">Powered by Workable · Este correo fue enviado desde una dirección que no recibe respuestas.</p>
</div>
""",
        "company": "ensambles del pacífico", "contact": "",
    },
    {
        "kind": "missed_interview_notice", "slug": "iteis_no_se_presento",
        "frm": ("Mtra. Rocío Aguirre", "raguirre@iteis.example.mx"),
        "subject": "RE: Invitación a entrevista y clase muestra - Posgrado en Ingeniería Industrial",
        "date": "2026-06-05 18:20 -0600", "lang": "es", "cte": "qp",
        "reply_of": "iteis_invite",
        "text": """Ing. Salazar-Whitfield:

El Comité Académico lo estuvo esperando hoy a las 17:00 en la Sala de Juntas 2 para su clase muestra; lamentablemente no se presentó y no recibimos aviso de su parte.

Entendemos que pueden surgir imprevistos. Si desea continuar en el proceso, le pido escribirme a más tardar el martes 9 para ver la posibilidad de una nueva fecha, sujeta a la agenda del Comité.

Atentamente,

Mtra. Rocío Aguirre Fuentes
Coordinadora de Posgrado
Instituto Tecnológico de Estudios Industriales de Saltillo
""",
        "company": "Instituto Tecnológico de Estudios Industriales de Saltillo", "contact": "raguirre@iteis.example.mx",
    },
    {
        "kind": "missed_interview_notice", "slug": "ashby_tidewater_missed_you",
        "frm": ("Priya Raman", "priya@tidewatersensors.example.com"),
        "subject": "Missed you today",
        "date": "2026-04-02 10:41 -0500", "lang": "en", "cte": "qp",
        "reply_of": "tidewater_invite",
        "text": """Hi Diego,

I hopped on the Meet at 10:00 and waited about 15 minutes, but it looks like we missed each other. No worries - these things happen, especially with time zones (Austin and Monterrey are on the same time right now, but calendars love to get that wrong).

If you're still interested, grab any slot that works here: https://jobs.ashbyhq.com/tidewater/schedule/3b1f0a

Priya
""",
        "company": "Tidewater Sensors", "contact": "priya@tidewatersensors.example.com",
    },
    {
        "kind": "missed_interview_notice", "slug": "northpoint_halvorsen_waited",
        "frm": ("Tyler Brooks", "tbrooks@northpointtalent.example.com"),
        "subject": "Re: Interview with Halvorsen Thermal Products - Tuesday",
        "date": "2026-05-12 09:31 -0500", "lang": "en", "cte": "7bit",
        "reply_of": "northpoint_halvorsen_invite",
        "text": """Diego - Kurt and Beth Ann have been on the Zoom since 9:00 and you haven't joined. I've tried your cell twice.

Are you OK? If something came up, call me right away and I'll try to salvage it. They're holding the room another 10 min.

Tyler
(248) 555-0173

Sent from my iPhone
""",
        "company": "Halvorsen Thermal Products", "contact": "tbrooks@northpointtalent.example.com",
    },
    {
        "key": "lindqvist_missed",
        "kind": "missed_interview_notice", "slug": "lindqvist_nicht_erreicht",
        "frm": ("Henrik Lindqvist", "h.lindqvist@lindqvist-personal.example.de"),
        "subject": "Unser Telefonat heute",
        "date": "2026-07-14 14:26 +0200", "lang": "de", "cte": "qp",
        "reply_of": "lindqvist_invite",
        "text": """Guten Tag Herr Salazar-Whitfield,

wie vereinbart habe ich heute um 14:00 Uhr versucht, Sie unter +52 81 1234 5678 zu erreichen – leider zweimal ohne Erfolg, auch die Mailbox war nicht aktiv.

Vielleicht hat die frühe Uhrzeit bei Ihnen nicht gepasst. Wenn Sie weiterhin Interesse an der Position haben, schlagen Sie mir gerne einen neuen Termin vor; am Donnerstag wäre ich ab 17:00 Uhr MESZ flexibel.

Beste Grüße
Henrik Lindqvist

Personalberatung Lindqvist
Königstraße 26 · 70173 Stuttgart
+49 711 2205 930
""",
        "company": "Personalberatung Lindqvist", "contact": "h.lindqvist@lindqvist-personal.example.de",
    },
    {
        "kind": "missed_interview_notice", "slug": "lvi_pas_connecte",
        "frm": ("Camille Roussel", "camille.roussel@lvi-vitrage.example.com"),
        "subject": "Entretien de ce matin",
        "date": "2026-04-28 09:52 -0600", "lang": "fr", "cte": "qp",
        "reply_of": "lvi_invite",
        "text": """Bonjour Diego,

Je vous ai attendu ce matin à 9h00 sur Teams pour notre entretien, mais vous ne vous êtes pas connecté et je n'ai pas réussi à vous joindre par téléphone.

J'espère que tout va bien. Si vous souhaitez toujours poursuivre le processus, répondez-moi avec deux ou trois disponibilités cette semaine et je vous renverrai une invitation.

Bien à vous,

Camille Roussel
Chargée de recrutement
LVI - Lumière Vitrage Industrie
Querétaro · Lyon
""",
        "company": "Lumière Vitrage Industrie", "contact": "camille.roussel@lvi-vitrage.example.com",
    },
]
