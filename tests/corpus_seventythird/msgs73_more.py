"""Reschedules/cancellations, missed-interview notices, acknowledgements and offers (73rd corpus).

Standard library only (through msgs73_helpers); read by make_seventythird.py.
"""

from __future__ import annotations

from msgs73_helpers import gmail, msg, outlook, spanish

RS = "interview_reschedule_or_cancel"
MI = "missed_interview_notice"
AR = "application_received"
OF = "offer"

RESCHEDULES = [
    msg(RS, "hm_sick_move", "en",
        "Olivia Grant <olivia.grant@harborlinetravel.example.com>", "Need to move our call",
        "2026-02-09 07:48 -0500", """
Hi Dana, so sorry - I'm out sick today and need to move our 11am. Could we do Thursday same time instead? Apologies for the short notice.

Olivia

Sent from my iPhone
""", company="Harborline Travel", contact="olivia.grant@harborlinetravel.example.com"),

    msg(RS, "ics_cancel_panel", "en",
        "Aisha Mensah <amensah@vireohealthplans.example.org>", "Canceled: Panel interview - Member Marketing Manager",
        "2026-02-17 13:02 -0600", """
Hi Dana,

Unfortunately Dr. Huang has been pulled into a board meeting tomorrow, so we need to cancel the panel for Wednesday. I'll send a new invite for early next week shortly - really sorry about this.

Aisha
""", company="Vireo Health Plans", contact="amensah@vireohealthplans.example.org",
        ics={"method": "CANCEL", "summary": "Panel interview - Dana Whitfield-Osei / Member Marketing Manager",
             "start": "20260218T200000Z", "end": "20260218T210000Z", "organizer": "amensah@vireohealthplans.example.org",
             "cn": "Aisha Mensah", "uid": "vireo-panel-0218", "sequence": 1}),

    msg(RS, "agency_client_pushed", "en",
        "Brittany Fox <brittany@foxandfinch.example.com>", "Re: Sundial - change of plans!",
        "2026-02-25 16:20 -0600", """
Hi Dana!

Small hiccup - the hiring manager at Sundial Snacks has a product launch this week and asked to push your Tuesday call to next Monday (3/2) at 1pm CT instead. Does that still work?? So sorry for the back and forth!!

Brittany
""", company="Sundial Snacks", contact="brittany@foxandfinch.example.com"),

    msg(RS, "goodtime_rescheduled", "en",
        "Pennant Labs Recruiting <scheduling@goodtime.io>", "Updated: Your interview with Pennant Labs has been rescheduled",
        "2026-03-08 10:00 -0500", """
Hi Dana,

Your Presentation Interview with Pennant Labs has been rescheduled due to a change in interviewer availability.

Previous time: Tuesday, March 10, 1:00 PM - 2:00 PM EDT
New time: Thursday, March 12, 3:00 PM - 4:00 PM EDT

A new calendar invitation has been sent. If the new time does not work for you, please reply to your recruiter, Kim Alvarez.

Pennant Labs Recruiting
""", company="Pennant Labs", contact="kim.alvarez@pennantlabs.example.com",
        reply_to="Kim Alvarez <kim.alvarez@pennantlabs.example.com>", fmt="html"),

    msg(RS, "outlook_update_time", "en",
        "Stephanie Wu <stephanie.wu@crestmarkbank.example.com>", "Updated invitation: Interview: Dana Whitfield-Osei - Digital Marketing Analyst",
        "2026-06-08 09:20 -0500", """
Good morning Dana,

Raj has a conflict that came up for tomorrow, so I've moved your interview to Wednesday, June 10 from 2:00-2:45 PM Central. The Teams link stays the same. Please accept the updated invite - thank you for your flexibility!

Stephanie Wu
Talent Acquisition Coordinator | Crestmark Bank
""", company="Crestmark Bank", contact="stephanie.wu@crestmarkbank.example.com",
        ics={"summary": "Interview: Dana Whitfield-Osei - Digital Marketing Analyst", "start": "20260610T190000Z",
             "end": "20260610T194500Z", "organizer": "stephanie.wu@crestmarkbank.example.com", "cn": "Stephanie Wu",
             "uid": "crestmark-0609", "sequence": 1}),

    msg(RS, "cancel_role_paused_interview", "en",
        "Dev Malhotra <dev@stackwise.example.com>", "Tomorrow's interview",
        "2026-04-22 18:10 -0500", """
Hi Dana,

I have to cancel tomorrow's interview, apologies. We just had a reorg announced and I don't have clarity yet on headcount for the PMM role. I'll reach back out in a week or two once I know more - I'd still like to talk if the role stays open.

Dev
""", company="Stackwise", contact="dev@stackwise.example.com"),

    msg(RS, "uk_move_interview", "en",
        "Oliver Finch <oliver.finch@thistlemedia.example.co.uk>", "Interview on Friday - change of time",
        "2026-05-13 12:30 +0100", """
Hi Dana,

Apologies, but would it be possible to move Friday's interview from 3pm to 4:30pm UK time? Our MD has been called into a client meeting and would very much like to join. Do let me know if that's a problem.

Many thanks,
Oliver

Oliver Finch
Talent Manager, Thistle Media
""", company="Thistle Media", contact="oliver.finch@thistlemedia.example.co.uk"),

    msg(RS, "nonprofit_reschedule_ed", "en",
        "Gloria Whitaker <gwhitaker@lakeviewfoundation.example.org>", "RE: Second interview",
        "2026-05-15 11:05 -0500", """
Dear Dana,

I'm sorry to do this, but Dr. Reyes has to travel on Monday. Could we reschedule your second interview to Thursday, May 21 at 10:00 AM instead? Same location.

With gratitude,
Gloria
""" + outlook("Dana Whitfield-Osei <dana.wo@example.com>", "Tuesday, May 12, 2026 2:15 PM",
              "Gloria Whitaker <gwhitaker@lakeviewfoundation.example.org>", "RE: Second interview",
              """Dear Gloria,

Thank you! Monday, May 18 at 1:00 PM works well for me.

Best regards,
Dana"""), company="The Lakeview Foundation", contact="gwhitaker@lakeviewfoundation.example.org", irt="<dana.lakeview.2@example.com>"),

    msg(RS, "airline_cancel_hiring_freeze_call", "en",
        "Sam Whitford <sam.whitford@northstarairways.example.com>", "Re: Next step: analytics exercise + interview",
        "2026-07-20 08:15 -0500", """
Dana - I need to cancel Thursday's technical interview. One of the two interviewers is out unexpectedly and I'd rather not do it short-handed. I'll send new options for the week of the 3rd. Sorry!

Sam
""", company="Northstar Airways", contact="sam.whitford@northstarairways.example.com"),

    msg(RS, "es_cambio_horario", "es",
        "Fernanda Ruiz <fernanda.ruiz@cafetalia.example.mx>", "RE: Entrevista - Coordinadora de CRM",
        "2026-03-18 17:30 -0600", """
Hola Dana, una disculpa, a la gerente se le empalmó una junta mañana. ¿Podemos mover la entrevista al lunes 23 a las 12:00? Avísame si te funciona.

Saludos!
Fernanda
""" + spanish("16 mar 2026, a las 13:02", "Dana Whitfield-Osei <dana.wo@example.com>", """Hola Fernanda,
¡Muchas gracias! El jueves 19 a las 11:00 me funciona perfecto.
Saludos,
Dana"""), company="Cafetalia", contact="fernanda.ruiz@cafetalia.example.mx", irt="<dana.cafetalia.1@example.com>"),

    msg(RS, "es_cancelada_entrevista", "es",
        "Equipo de Selección Soluna Energía <seleccion@solunaenergia.example.es>",
        "Cancelación de la entrevista del lunes", "2026-05-08 13:40 +0200", """
Hola Dana:

Lamentamos comunicarte que debemos cancelar la entrevista prevista para el lunes 11 de mayo con Carmen Ibáñez por un imprevisto en su agenda. Te propondremos una nueva fecha en los próximos días.

Disculpa las molestias.

Un saludo,
Equipo de Selección - Soluna Energía
""", company="Soluna Energía", contact="seleccion@solunaenergia.example.es"),

    msg(RS, "fr_report_entretien", "fr",
        "Claire Dubois <claire.dubois@pavillonrose.example.fr>", "Report de notre entretien",
        "2026-03-04 18:05 +0100", """
Bonjour Dana,

Je suis désolée, un imprévis m'oblige à décaler notre échange de demain. Pourrions-nous le reporter à lundi 9 mars, même heure ?

Merci de votre compréhension,
Claire Dubois
Pavillon Rose
""", company="Pavillon Rose", contact="claire.dubois@pavillonrose.example.fr"),

    msg(RS, "fr_qc_annulation", "fr",
        "Maxime Gagnon <maxime.gagnon@caisseriviere.example.ca>", "Annulé : Entrevue - Analyste marketing",
        "2026-04-24 15:30 -0400", """
Bonjour Dana,

Malheureusement, Julie doit s'absenter lundi, on doit donc annuler l'entrevue. Je te reviens rapidement avec d'autres plages horaires la semaine prochaine.

Désolé pour le contretemps!
Maxime
""", company="Caisse Rivière", contact="maxime.gagnon@caisseriviere.example.ca",
        ics={"method": "CANCEL", "summary": "Entrevue - Dana Whitfield-Osei - Analyste marketing",
             "start": "20260427T140000Z", "end": "20260427T150000Z", "organizer": "maxime.gagnon@caisseriviere.example.ca",
             "cn": "Maxime Gagnon", "uid": "caisse-0427", "sequence": 1}),

    msg(RS, "de_terminverschiebung", "de",
        "Julia Neumann <julia.neumann@bergmann-versand.example.de>", "Verschiebung unseres Termins",
        "2026-04-06 10:22 +0200", """
Sehr geehrte Frau Whitfield-Osei,

leider müssen wir unser Gespräch am morgigen Dienstag kurzfristig verschieben, da unser Teamleiter erkrankt ist. Wäre Ihnen Donnerstag, der 9. April, um 16:00 Uhr recht?

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Julia Neumann
Bergmann Versand GmbH
""", company="Bergmann Versand", contact="julia.neumann@bergmann-versand.example.de", charset="iso-8859-1", cte="quoted-printable"),

    msg(RS, "de_absage_termin", "de",
        "Leon Schäfer <leon@flinkbank.example.de>", "Termin morgen entfällt",
        "2026-07-27 19:02 +0200", """
Hi Dana,

sorry für die kurzfristige Nachricht: der Termin morgen mit unserer VP muss leider ausfallen, sie ist krank. Ich melde mich, sobald wir einen neuen Slot haben!

Beste Grüße
Leon
""", company="FlinkBank", contact="leon@flinkbank.example.de"),
]

MISSED = [
    msg(MI, "tried_calling", "en",
        "Megan Doyle <megan.doyle@cedarandoak.example.com>", "Missed you today",
        "2026-01-21 14:40 -0600", """
Hi Dana,

I tried calling you at the scheduled time (2:00 PM) for our phone screen but wasn't able to reach you and left a voicemail. I hope everything is okay!

If you're still interested, feel free to grab another time on my calendar.

Thanks,
Megan
Cedar & Oak Home
""", company="Cedar & Oak Home", contact="megan.doyle@cedarandoak.example.com"),

    msg(MI, "teams_no_join", "en",
        "Raj Patel <raj.patel@crestmarkbank.example.com>", "Today's interview",
        "2026-06-10 14:20 -0500", """
Hi Dana,

We were on the Teams meeting at 2:00 but it looks like you did not join. Just checking that all is well - please let Stephanie know if you'd like to find another time.

Raj Patel
Manager, Digital Marketing | Crestmark Bank
""", company="Crestmark Bank", contact="raj.patel@crestmarkbank.example.com", cc="stephanie.wu@crestmarkbank.example.com"),

    msg(MI, "terse_where_are_you", "en",
        "jordan lee <jordan@fizzlyapp.example.com>", "Re: Quick question",
        "2026-01-29 15:12 -0700", """
hey, I'm on the zoom - are you still joining? waited 15 min. no worries if something came up, just lmk

sent from mobile
""" + gmail("Fri, Jan 23, 2026 at 9:30 AM", "Dana Whitfield-Osei <dana.wo@example.com>", """Hi Jordan, Thursday 29th at 2pm MT works great. Talk then!
Dana"""), company="Fizzly", contact="jordan@fizzlyapp.example.com", irt="<dana.fizzly.1@example.com>"),

    msg(MI, "agency_client_no_show", "en",
        "Jess Hartigan <jess@hartiganpartners.example.net>", "what happened??",
        "2026-03-31 11:48 -0500", """
Dana - Crane & Vale just called me, they said you didn't show for the 11:00 with their VP of Marketing?? Is everything ok? Please call me asap, I might be able to get it rescheduled but I need to get back to them today.

Jess
312-555-0144
""", company="Crane & Vale", contact="jess@hartiganpartners.example.net"),

    msg(MI, "formal_no_show_public", "en",
        "Paul Lindqvist <paul.lindqvist@health.state.example.us>", "Missed interview - Health Communications Specialist",
        "2026-03-17 15:30 -0500", """
Dear Dana Whitfield-Osei,

You were scheduled for an interview today, March 17, 2026 at 2:30 PM via Webex for the Health Communications Specialist position (Job ID 88412). Our panel waited for 10 minutes but you did not join.

If there were circumstances that prevented you from attending, please contact me by March 19. We may be able to accommodate a rescheduled interview, subject to panel availability.

Paul Lindqvist
Human Resources Specialist
Minnesota Department of Health
""", company="Minnesota Department of Health", contact="paul.lindqvist@health.state.example.us"),

    msg(MI, "indian_not_able_connect", "en",
        "Rohit Sharma <rohit.sharma@vayudigital.example.in>", "RE: Interview schedule - Performance Marketing Manager",
        "2026-04-07 10:35 +0530", """
Dear Dana,

The panel was waiting for you for the scheduled interview today at 10 AM CST but we were not able to connect with you. Kindly let us know if you are still interested in the opportunity so that we may reschedule accordingly.

Please revert at the earliest.

Thanks & Regards,
Rohit Sharma
Vayu Digital
""", company="Vayu Digital", contact="rohit.sharma@vayudigital.example.in"),

    msg(MI, "es_no_se_conecto", "es",
        "Marisol Peña <mpena@clinicasol.example.org>", "Te llamé",
        "2026-06-26 10:25 -0500", """
Hola Dana, te llamé a las 10 como quedamos pero me mandó a buzón. ¿Todo bien? Si quieres lo intentamos otro día, nomás dime cuándo.

Marisol
Clínica del Sol
""", company="Clínica del Sol", contact="mpena@clinicasol.example.org"),

    msg(MI, "es_mx_ausencia", "es",
        "Rodrigo Salas <rodrigo.salas@cumbrebusqueda.example.mx>", "Entrevista de hoy en Banco Arrecife",
        "2026-08-12 10:40 -0600", """
Dana, buen día.

Me avisan de Banco Arrecife que no te presentaste a la entrevista de las 10:00 en Santa Fe. ¿Pasó algo? Por favor avísame lo antes posible para ver si todavía se puede reagendar.

Rodrigo
""", company="Banco Arrecife", contact="rodrigo.salas@cumbrebusqueda.example.mx"),

    msg(MI, "fr_absente_visio", "fr",
        "Thomas Roux <thomas.roux@rivage.example.fr>", "Entretien de ce matin",
        "2026-06-23 11:20 +0200", """
Bonjour Dana,

Nous vous avons attendue ce matin à 10h sur le lien Google Meet pour l'entretien, sans nouvelles de votre part. J'espère que tout va bien.

Si vous souhaitez toujours poursuivre, n'hésitez pas à nous proposer d'autres disponibilités.

Cordialement,
Thomas Roux
Manager Growth, Rivage
""", company="Rivage", contact="thomas.roux@rivage.example.fr"),

    msg(MI, "de_nicht_erschienen", "de",
        "Julia Neumann <julia.neumann@bergmann-versand.example.de>", "Unser Termin heute",
        "2026-04-09 16:25 +0200", """
Sehr geehrte Frau Whitfield-Osei,

wir hatten heute um 16:00 Uhr einen Termin für unser Gespräch per Teams vereinbart. Leider konnten wir Sie nicht erreichen, Sie haben sich nicht eingewählt.

Bitte geben Sie uns kurz Bescheid, ob Sie weiterhin Interesse an der Position haben.

Mit freundlichen Grüßen
Julia Neumann
Bergmann Versand GmbH
""", company="Bergmann Versand", contact="julia.neumann@bergmann-versand.example.de", charset="iso-8859-1", cte="quoted-printable"),
]

ACKS = [
    msg(AR, "workday_received", "en",
        "Lakeshore Regional Health <lakeshorehealth@myworkday.com>", "Thank you for applying!",
        "2026-01-08 22:14 -0600", """
Dear Dana,

Thank you for your interest in Lakeshore Regional Health! We have received your application for Marketing Analyst II (R-0048812).

Our Talent Acquisition team will review your qualifications. If your background is a match, a recruiter will contact you. You can check the status of your application at any time by logging into your candidate home page.

Talent Acquisition
Lakeshore Regional Health
""", company="Lakeshore Regional Health", fmt="html"),

    msg(AR, "greenhouse_thanks", "en",
        "Brightleaf Pantry <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Brightleaf Pantry",
        "2026-01-06 10:02 -0600", """
Hi Dana,

Thanks for applying to Brightleaf Pantry! Your application for Lifecycle Marketing Manager has been received and our team is reviewing it.

If you're selected to move forward, we'll be in touch. Due to the volume of applications we receive, we aren't able to respond to every applicant individually, but please know every application is reviewed by a real person.

Brightleaf Pantry Talent Team
""", company="Brightleaf Pantry", fmt="alt"),

    msg(AR, "lever_received", "en",
        "Meridian Cart <no-reply@hire.lever.co>", "Thanks for applying to Meridian Cart",
        "2026-01-19 13:20 -0600", """
Dana,

Thanks for your interest in Meridian Cart! We wanted to let you know we received your application for Senior Lifecycle Marketing Manager, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role.

All the best,
Meridian Cart
""", company="Meridian Cart", fmt="alt"),

    msg(AR, "icims_no_feedback", "en",
        "Great Plains Mutual Careers <careers-noreply@greatplainsmutual.icims.com>",
        "Great Plains Mutual: We've received your application", "2026-02-04 19:11 -0600", """
Dear Dana,

Thank you for applying for the Member Engagement Marketing Specialist position. This confirms we have received your application.

Unfortunately we are unable to provide individual feedback at this stage. If your qualifications are a match, a member of our recruiting team will reach out to discuss next steps.

Great Plains Mutual Insurance
Human Resources
""", company="Great Plains Mutual Insurance", fmt="html"),

    msg(AR, "successfactors_received", "en",
        "careers@ontariohydroworks.successfactors.com", "Application Received - Communications Analyst (Job ID 77120)",
        "2026-02-15 11:42 -0500", """
Dear Dana Whitfield-Osei ,

Thank you for your application to the position Communications Analyst (Job ID 77120).We will review your qualifications against the requirements of the role.Only candidates selected for an interview will be contacted.

Regards,
Ontario HydroWorks Talent Acquisition

Please do not reply to this automatically generated email.
""", company="Ontario HydroWorks", charset="iso-8859-1"),

    msg(AR, "smartrecruiters_confirm", "en",
        "Ridgeway Outfitters <noreply@smartrecruiters.com>", "Ridgeway Outfitters - we got your application",
        "2026-03-22 09:01 -0600", """
Hi Dana,

Thanks for applying for E-commerce Marketing Analyst! We got your application and will review it soon. Hang tight - we'll reach out if there's a fit.

Ridgeway Outfitters
""", company="Ridgeway Outfitters", fmt="html", links=[("Track your application", "https://my.smartrecruiters.com/")]),

    msg(AR, "usajobs_style", "en",
        "USAJOBS <no-reply@usajobs.example.gov>", "Application Received: Public Affairs Specialist, 26-GLRO-044",
        "2026-04-03 08:00 -0400", """
Your application has been received.

Position: Public Affairs Specialist
Announcement: 26-GLRO-044
Agency: Great Lakes Regional Office, Federal Transit Review Board

You can track the status of your application in your USAJOBS account. Due to the high volume of applications, the hiring agency may not be able to contact every applicant individually.

This is an automated message. Please do not reply.
""", company="Federal Transit Review Board"),

    msg(AR, "ukg_city_received", "en",
        "City of Milwaukee Careers <noreply@ultipro.example.com>", "Your Application Has Been Submitted",
        "2026-04-18 20:50 -0500", """
Dana,

Thank you for submitting your application for the position of Marketing Specialist - Visit Milwaukee Partnership. Your application was submitted successfully on 04/18/2026.

We will contact you if your skills and experience match the requirements of this position.

City of Milwaukee
Department of Employee Relations
""", company="City of Milwaukee", fmt="html"),

    msg(AR, "personio_en", "en",
        "Kassenwerk <jobs@kassenwerk.jobs.personio.de>", "Your application at Kassenwerk",
        "2026-05-02 12:00 +0200", """
Hi Dana,

thank you for your application as Growth Marketing Manager (English speaking) and for your interest in Kassenwerk!

We'll review your documents as quickly as possible and get back to you. Please understand that this can take up to two weeks.

Best regards,
Your Kassenwerk Team
""", company="Kassenwerk"),

    msg(AR, "recruiter_personal_ack", "en",
        "Nate Cho <nate.cho@harborlinetravel.example.com>", "Re: CRM Marketing Manager application",
        "2026-01-26 16:40 -0500", """
Hi Dana,

Thanks for reaching out on LinkedIn and sending your resume over - got it! I've added you to the CRM Marketing Manager pipeline and shared your profile with the hiring manager. I'll be in touch once I hear back, probably next week.

Nate Cho
Recruiter | Harborline Travel
""", company="Harborline Travel", contact="nate.cho@harborlinetravel.example.com"),

    msg(AR, "bamboohr_ack", "en",
        "Tallgrass Analytics <notifications@app.bamboohr.com>", "Thanks for applying to Tallgrass Analytics",
        "2026-01-04 21:05 -0600", """
Hi Dana,

We received your application for the Growth Analyst position. We appreciate your interest and will be reviewing applications over the next couple of weeks.

Thanks,
Tallgrass Analytics
""", company="Tallgrass Analytics", fmt="alt"),

    msg(AR, "oracle_university_ack", "en",
        "Northshore University Careers <careers@northshoreu.fa.oraclecloud.com>",
        "Northshore University - Application Confirmation (Req 14522)", "2026-06-29 15:15 -0500", """
Dear Dana Whitfield-Osei,

Thank you for applying for the Marketing Research Analyst position (Requisition 14522) at Northshore University. This email confirms receipt of your application.

Applications will be reviewed after the posting closes. Unfortunately, we are unable to respond to every applicant individually, but candidates selected for an interview will be contacted by the hiring department.

Northshore University Human Resources
""", company="Northshore University", fmt="html"),

    msg(AR, "es_recibida", "es",
        "Grupo Alcázar Empleos <no-reply@grupoalcazar.example.mx>", "Hemos recibido tu postulación",
        "2026-01-30 13:03 -0600", """
¡Hola Dana!

Gracias por postularte a la vacante Analista de Mercadotecnia en Grupo Alcázar. Tu postulación fue recibida con éxito.

Nuestro equipo revisará tu perfil y, si cumples con lo que buscamos, nos pondremos en contacto contigo. Debido al gran número de solicitudes, no nos es posible responder a cada candidato de forma individual.

Equipo de Atracción de Talento
Grupo Alcázar
""", company="Grupo Alcázar", fmt="html", charset="iso-8859-1"),

    msg(AR, "es_madrid_candidatura", "es",
        "Soluna Energía <noreply@soluna.teamtailor.com>", "Gracias por tu candidatura",
        "2026-04-24 18:33 +0200", """
Hola Dana,

¡Gracias por tu interés en Soluna Energía! Hemos recibido tu candidatura para Product Marketing Manager y la revisaremos en los próximos días.

Un saludo,
El equipo de Soluna Energía
""", company="Soluna Energía", fmt="html"),

    msg(AR, "es_us_solicitud", "es",
        "Clínica del Sol Empleos <empleos-noreply@clinicasol.example.org>", "Confirmación de solicitud",
        "2026-06-19 08:45 -0500", """
Estimada Dana:

Recibimos su solicitud para el puesto de Especialista de Mercadeo. Lamentablemente, no podemos ofrecer comentarios individuales en esta etapa del proceso, pero un miembro de Recursos Humanos se comunicará con usted si su perfil avanza.

Gracias por su interés en Clínica del Sol.
""", company="Clínica del Sol"),

    msg(AR, "fr_accuse_reception", "fr",
        "Maison Verlaine <noreply@maisonverlaine.example.fr>", "Accusé de réception de votre candidature",
        "2026-01-28 09:30 +0100", """
Madame,

Nous accusons bonne réception de votre candidature au poste de Chef de produit marketing et vous remercions de l'intérêt que vous portez à Maison Verlaine.

Votre dossier est en cours d'étude. En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles ; sans retour de notre part sous quatre semaines, veuillez considérer que votre candidature n'a pas été retenue.

Le service Recrutement
Maison Verlaine
""", company="Maison Verlaine", charset="iso-8859-1", cte="quoted-printable"),

    msg(AR, "fr_qc_bien_recu", "fr",
        "Boréale Assurances - Carrières <carrieres@boreale-assurances.example.ca>", "Nous avons bien reçu ta candidature",
        "2026-03-10 12:12 -0400", """
Bonjour Dana,

Merci d'avoir postulé pour le poste de Conseillère marketing! Ta candidature a bien été reçue. Notre équipe d'acquisition de talents l'analysera et communiquera avec toi si ton profil correspond à nos besoins.

L'équipe Carrières
Boréale Assurances
""", company="Boréale Assurances", contact="carrieres@boreale-assurances.example.ca", fmt="alt"),

    msg(AR, "fr_wttj_candidature", "fr",
        "Lumen Voyages <notifications@teamtailor.com>", "Votre candidature chez Lumen Voyages",
        "2026-05-27 22:40 +0200", """
Bonjour Dana,

Merci pour votre candidature au poste de Growth Marketing Manager ! Nous l'avons bien reçue et reviendrons vers vous dans les meilleurs délais.

À bientôt,
Lumen Voyages
""", company="Lumen Voyages", fmt="html"),

    msg(AR, "de_eingangsbestaetigung", "de",
        "Rheinfracht Logistik AG <bewerbung-noreply@rheinfracht.example.de>", "Eingangsbestätigung Ihrer Bewerbung",
        "2026-08-20 07:55 +0200", """
Sehr geehrte Frau Whitfield-Osei,

vielen Dank für Ihre Bewerbung als Marketing Analyst (m/w/d) und Ihr Interesse an der Rheinfracht Logistik AG. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Wir bitten um etwas Geduld.

Mit freundlichen Grüßen
Ihre Personalabteilung
Rheinfracht Logistik AG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", company="Rheinfracht Logistik", charset="windows-1252", cte="quoted-printable"),

    msg(AR, "de_personio_danke", "de",
        "Personio <jobs@nordlicht-medien.jobs.personio.de>", "Danke für Ihre Bewerbung",
        "2026-02-18 09:10 +0100", """
Sehr geehrte Frau Whitfield-Osei,

vielen Dank für Ihre Bewerbung als Product Marketing Manager (m/w/d) bei Nordlicht Medien. Wir haben Ihre Unterlagen erhalten und werden uns nach Sichtung bei Ihnen melden.

Leider können wir Ihnen zu diesem Zeitpunkt kein individuelles Feedback geben.

Viele Grüße
Ihr Nordlicht Medien Team
""", company="Nordlicht Medien"),
]

OFFERS = [
    msg(OF, "verbal_followup", "en",
        "Nadia Khoury <nadia.khoury@maplefare.example.ca>", "Following up",
        "2026-04-10 17:02 -0400", """
Hi Dana,

Great talking earlier! As promised, here's the written summary of what we discussed: we'd like to offer you the Senior Growth Marketing Manager role at a base salary of CAD 118,000 plus 10% bonus target and equity. Our People team will send the formal offer letter tomorrow.

We're all really excited - let me know if you have questions.

Nadia
Maplefare
""", company="Maplefare", contact="nadia.khoury@maplefare.example.ca"),

    msg(OF, "offer_letter_attached", "en",
        "Gloria Whitaker <gwhitaker@lakeviewfoundation.example.org>", "Offer of Employment - Marketing & Communications Manager",
        "2026-05-27 10:15 -0500", """
Dear Dana,

On behalf of The Lakeview Foundation, I am delighted to offer you the position of Marketing & Communications Manager. Please find your offer letter attached, outlining compensation, benefits and a proposed start date of June 22, 2026.

We would be grateful if you could return the signed letter by June 3. Please don't hesitate to call me with any questions.

With gratitude,
Gloria Whitaker
Director of Operations
The Lakeview Foundation
""", company="The Lakeview Foundation", contact="gwhitaker@lakeviewfoundation.example.org",
        attach=("Offer_Letter_Whitfield-Osei.pdf", "%PDF-1.4 offer letter placeholder")),

    msg(OF, "conditional_background", "en",
        "Crestmark Bank Talent Acquisition <crestmark@jobvite.com>", "Your Conditional Offer from Crestmark Bank",
        "2026-06-19 12:00 -0500", """
Dear Dana,

Congratulations! We are pleased to extend to you a conditional offer of employment for the position of Digital Marketing Analyst. This offer is contingent upon the successful completion of a background check and verification of your employment eligibility.

Please review and electronically sign your offer letter through the candidate portal by June 24, 2026.

Questions? Contact Stephanie Wu at stephanie.wu@crestmarkbank.example.com.

Crestmark Bank
""", company="Crestmark Bank", contact="stephanie.wu@crestmarkbank.example.com",
        reply_to="stephanie.wu@crestmarkbank.example.com", fmt="html",
        links=[("Review offer", "https://crestmark.jobvite.com/offer/8822")]),

    msg(OF, "startup_pleased_to_offer", "en",
        "Dev Malhotra <dev@stackwise.example.com>", "offer!",
        "2026-05-21 19:30 -0500", """
Dana - good news, headcount got approved and we're pleased to offer you the PMM role! Details in the DocuSign coming from our People Ops shortly. Can we hop on a call tomorrow to walk through it?

Dev
Stackwise
""", company="Stackwise", contact="dev@stackwise.example.com"),

    msg(OF, "agency_offer", "en",
        "Brittany Fox <brittany@foxandfinch.example.com>", "CALL ME!!!",
        "2026-03-13 15:45 -0500", """
DANA!!! Sundial Snacks wants to make you an offer for Brand Marketing Manager!!! $105k base + 10% bonus, hybrid in the Loop. They're sending the paperwork Monday. Call me when you see this!!!

Brittany
""", company="Sundial Snacks", contact="brittany@foxandfinch.example.com"),

    msg(OF, "uk_contract_to_sign", "en",
        "Oliver Finch <oliver.finch@thistlemedia.example.co.uk>", "Contract - Product Marketing Manager",
        "2026-06-01 09:40 +0100", """
Hi Dana,

Following our call on Friday, I'm pleased to confirm our offer for the Product Marketing Manager role (remote, North America). Please find your contract of employment attached; do have a read and let me know if anything needs clarifying. If you're happy, please sign and return by 8 June.

Many thanks,
Oliver
Thistle Media
""", company="Thistle Media", contact="oliver.finch@thistlemedia.example.co.uk",
        attach=("Thistle_Media_Contract_DWO.pdf", "%PDF-1.4 contract placeholder")),

    msg(OF, "es_oferta", "es",
        "Fernanda Ruiz <fernanda.ruiz@cafetalia.example.mx>", "Propuesta económica - Coordinadora de CRM",
        "2026-04-06 13:10 -0600", """
Hola Dana,

¡Muchas felicidades! Nos da mucho gusto ofrecerte la posición de Coordinadora de CRM en Cafetalia. Te comparto en el adjunto la propuesta económica y las prestaciones. Quedo pendiente de tus comentarios y, si estás de acuerdo, de la fecha tentativa de ingreso.

Saludos!
Fernanda Ruiz
Capital Humano | Cafetalia
""", company="Cafetalia", contact="fernanda.ruiz@cafetalia.example.mx",
        attach=("Propuesta_Cafetalia.pdf", "%PDF-1.4 propuesta")),

    msg(OF, "fr_promesse_embauche", "fr",
        "Hugo Lefèvre <hugo@mesurelab.example.fr>", "Proposition d'embauche",
        "2026-09-21 18:20 +0200", """
Bonjour Dana,

Suite à votre présentation de la semaine dernière, j'ai le plaisir de vous proposer le poste de Chargée d'études senior chez MesureLab, en CDI, à compter du 2 novembre. Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération.

N'hésitez pas à m'appeler pour en discuter.

Bien à vous,
Hugo Lefèvre
MesureLab
""", company="MesureLab", contact="hugo@mesurelab.example.fr",
        attach=("Promesse_embauche.pdf", "%PDF-1.4 promesse")),

    msg(OF, "fr_qc_offre", "fr",
        "Maxime Gagnon <maxime.gagnon@caisseriviere.example.ca>", "Offre d'emploi - Analyste marketing",
        "2026-05-14 11:30 -0400", """
Bonjour Dana,

J'ai le grand plaisir de te confirmer qu'on souhaite t'offrir le poste d'Analyste marketing! Tu recevras la lettre d'offre officielle par courriel d'ici demain, avec le salaire et les avantages dont on a parlé au téléphone.

Félicitations!
Maxime
Caisse Rivière
""", company="Caisse Rivière", contact="maxime.gagnon@caisseriviere.example.ca"),

    msg(OF, "de_vertragsangebot", "de",
        "Leon Schäfer <leon@flinkbank.example.de>", "Dein Angebot von FlinkBank",
        "2026-08-14 16:00 +0200", """
Hi Dana,

wir freuen uns riesig: wir möchten dir die Stelle als Senior CRM Manager anbieten! Im Anhang findest du den Arbeitsvertrag zur Unterschrift. Bei Fragen zum Visum bzw. zur Aufenthaltserlaubnis unterstützt dich unser Relocation-Partner.

Gib mir gerne bis Freitag Bescheid.

Beste Grüße
Leon
FlinkBank
""", company="FlinkBank", contact="leon@flinkbank.example.de",
        attach=("Arbeitsvertrag_FlinkBank.pdf", "%PDF-1.4 vertrag")),
]

MESSAGES = RESCHEDULES + MISSED + ACKS + OFFERS

