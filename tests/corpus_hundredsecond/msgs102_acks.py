"""Application acknowledgements and offers (hundred-and-second corpus), written one by one."""

from __future__ import annotations

from msgs102_common import ats_html, card_html, msg, simple_html

FASTNET_THREAD = "<0100018e2a7c.fastnet.invite@greenhouse-mail.io>"

MESSAGES = [
    # ================================================================== application_received
    msg(
        kind="application_received", scenario="workday_received", lang="en",
        frm=("Liffey Mutual Careers", "liffeymutual@myworkday.com"),
        subject="Thank you for applying - Site Reliability Engineer II",
        date="2026-01-12 20:14 +0000",
        html=ats_html(
            """Dear Ciarán,

Thank you for applying for the Site Reliability Engineer II role (JR-2026-0042) at Liffey Mutual.

We have received your application and our Talent team will review it against the requirements of the role. If your skills and experience are a match, a member of the team will be in touch to discuss next steps.

You can check the status of your application at any time by signing in to your [candidate home](https://liffeymutual.wd3.myworkday.com/LiffeyMutual/userHome).

Thank you again for your interest in Liffey Mutual.

Kind regards,
Talent Acquisition
Liffey Mutual""",
            brand="Liffey Mutual", logo="https://liffeymutual.wd3.myworkday.com/assets/lm_logo_teal.png",
            accent="#007a78", tracker=None,
            footer="""Liffey Mutual Insurance DAC is regulated by the Central Bank of Ireland. Registered office: 1 Ormond Quay Upper, Dublin 7.

This is a system generated email - please do not reply."""),
        cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
        company="Liffey Mutual", contact="",
    ),
    msg(
        kind="application_received", scenario="cannot_reply_every_applicant", lang="en",
        frm=("O'Driscoll & Sons Engineering", "recruitment@odriscollsons.example.ie"),
        subject="Application - IT Systems & Automation Engineer",
        date="2026-01-29 08:03 +0000",
        text="""Dear Applicant,

Thank you for your application for the position of IT Systems & Automation Engineer at our Skibbereen facility. This is to confirm that it has been received.

Due to the very high volume of applications we receive, we regret that we cannot reply to every applicant individually or respond to queries about the status of applications. If you have not heard from us within 4 weeks of the closing date (13 February 2026), please consider your application unsuccessful on this occasion.

We thank you for your interest in O'Driscoll & Sons and wish you every success.

O'Driscoll & Sons Engineering Ltd.
Family-owned since 1962
Marsh Road, Skibbereen, Co. Cork
""",
        cte="7bit",
        company="O'Driscoll & Sons Engineering", contact="",
    ),
    msg(
        kind="application_received", scenario="greenhouse_thanks_alt", lang="en",
        frm=("Glendalough Systems", "no-reply@greenhouse-mail.io"),
        subject="Thanks for applying to Glendalough Systems!",
        date="2026-02-13 12:51 +0000",
        text="""Hi Ciarán,

Thanks for applying for the Platform Engineer (Observability) position. We've got your application and our team will review it shortly.

What happens next? If your experience looks like a match, someone from our recruiting team will reach out to schedule an introductory call. We aim to get back to everyone within two weeks - we know how frustrating it is to apply into a void.

In the meantime, you can learn more about how we work at https://glendaloughsystems.example.ie/engineering

Thanks,
The Glendalough Systems Recruiting Team
""",
        html=ats_html(
            """Hi Ciarán,

Thanks for applying for the Platform Engineer (Observability) position. We've got your application and our team will review it shortly.

What happens next? If your experience looks like a match, someone from our recruiting team will reach out to schedule an introductory call. We aim to get back to everyone within two weeks - we know how frustrating it is to apply into a void.

In the meantime, you can learn more about [how we work](https://glendaloughsystems.example.ie/engineering).

Thanks,
The Glendalough Systems Recruiting Team""",
            brand="Glendalough Systems", logo="https://s3.amazonaws.com/grnhse-prod/logos/glendalough.png",
            accent="#386641", tracker="https://click.greenhouse-mail.io/ls/click?upn=",
            pixel="https://click.greenhouse-mail.io/wf/open?upn=gs01",
            footer="Glendalough Systems · Sandyford, Dublin 18 · Sent via Greenhouse"),
        cte="quoted-printable",
        company="Glendalough Systems", contact="",
    ),
    msg(
        kind="application_received", scenario="jobboard_sent_to_employer", lang="en",
        frm=("JobsNest.ie", "applications@alerts.jobsnest.example.ie"),
        subject="Your application has been sent to Cairn Security",
        date="2026-02-20 19:33 +0000",
        html=card_html(
            """Hi Ciarán,

Good news - your application has been sent!

Job: DevSecOps Engineer
Company: Cairn Security
Location: Belfast (hybrid)
Applied with: CV_Ciaran_DM_2026.pdf

Cairn Security will review your CV and contact you directly if they'd like to take things further. You can track this and your other applications in your JobsNest dashboard.

[View my applications](https://www.jobsnest.example.ie/account/applications)

Tip: candidates who add a short cover note are 30% more likely to hear back.""",
            brand="JobsNest.ie", accent="#f28c28", tracker="https://links.jobsnest.example.ie/c/",
            logo="https://static.jobsnest.example.ie/email/logo.png",
            footer="""You're receiving this email because you applied for a job on JobsNest.ie.
[Email preferences](https://www.jobsnest.example.ie/account/email) · [Unsubscribe](https://www.jobsnest.example.ie/unsubscribe?u=ciaran.dm)
JobsNest Ltd, 25 Fenian Street, Dublin 2"""),
        cte="quoted-printable",
        headers=[("List-Unsubscribe", "<https://www.jobsnest.example.ie/unsubscribe?u=ciaran.dm>")],
        company="Cairn Security", contact="",
    ),
    msg(
        kind="application_received", scenario="platform_easy_apply", lang="en",
        frm=("Careerloom", "jobs-noreply@careerloom.example.com"),
        subject="Ciarán, your application was sent to Westfield Clinical Research",
        date="2026-03-24 10:07 +0000",
        html=card_html(
            """Your application was sent to Westfield Clinical Research

Site Reliability Engineer - GxP Platforms
Westfield Clinical Research · London (Hybrid)
Applied on 24 Mar 2026

Your profile, CV and answers to 3 screening questions were shared with the hiring team. Westfield Clinical Research typically responds within a week.

[View job](https://www.careerloom.example.com/jobs/view/3390418872)

Top jobs picked for you: [Platform Engineer at Thamesbridge Health](https://www.careerloom.example.com/jobs/view/3390512210) · [SRE II at Croydon Labs](https://www.careerloom.example.com/jobs/view/3390600471)""",
            brand="Careerloom", accent="#0a66c2", tracker="https://www.careerloom.example.com/comm/redirect?u=",
            footer="""This email was intended for Ciarán Delacroix-Mwangi (Test & Reliability Engineer).
[Unsubscribe](https://www.careerloom.example.com/comm/psettings/email-unsubscribe) · [Help](https://www.careerloom.example.com/help)
© 2026 Careerloom Corporation, 1 Mill Street, Dublin 8."""),
        cte="quoted-printable",
        headers=[("List-Unsubscribe", "<https://www.careerloom.example.com/comm/psettings/email-unsubscribe>")],
        company="Westfield Clinical Research", contact="",
    ),
    msg(
        kind="application_received", scenario="university_ack_reference", lang="en",
        frm=("Shannon Technological University - HR", "hr-noreply@shannontu.example.ie"),
        subject="Acknowledgement: Competition STU-ITS-26-031",
        date="2026-04-02 16:00 +0100",
        text="""Dear Ciarán Delacroix-Mwangi,

Competition: STU-ITS-26-031 Senior Technical Officer (Cloud & DevOps Infrastructure)

We acknowledge receipt of your application for the above competition. Your candidate reference number is 31-0587. Please quote this number in any correspondence.

Shortlisting will take place after the closing date of 17 April 2026. Candidates who are shortlisted will be notified by email at least one week before the interview date. Please note that the University may decide to shortlist candidates based on the information supplied in the application form.

This is an automated acknowledgement. Please do not reply to this email. Queries may be directed to the HR Office on +353 61 555 0300.

Human Resources Department
Shannon Technological University
Moylish Park, Limerick
""",
        cte="7bit",
        company="Shannon Technological University", contact="",
    ),
    msg(
        kind="application_received", scenario="smartrecruiters_ack_games", lang="en",
        frm=("Mainsail Games", "no-reply@smartrecruiters.com"),
        subject="We've received your application!",
        date="2026-04-28 11:34 +0100",
        html=ats_html(
            """Ahoy Ciarán!

Thanks for applying for Senior Build Infrastructure Engineer at Mainsail Games. Your application is safely in port.

Our talent team reads every application by hand, so it may take us up to three weeks to get back to you. We'll let you know either way.

While you wait, why not check out [life at Mainsail](https://www.mainsailgames.example.co.uk/life) or our GDC talk on scaling build farms?

Fair winds,
Mainsail Games Talent Team""",
            brand="Mainsail Games", logo="https://c.smartrecruiters.com/sr-company-logo-prod/mainsailgames.png",
            accent="#14213d", tracker="https://jobs.smartrecruiters.com/t/",
            pixel="https://jobs.smartrecruiters.com/p/o.gif?m=14213",
            footer="""Mainsail Games Ltd · 11 Kingsland Road, London E2 8AA · Registered in England No 10446120

[Privacy](https://www.mainsailgames.example.co.uk/privacy) · Powered by SmartRecruiters"""),
        cte="quoted-printable",
        company="Mainsail Games", contact="",
    ),
    msg(
        kind="application_received", scenario="recruiter_person_got_cv", lang="en",
        frm=("Emer Lynch", "emer.lynch@portobellohealth.example.ie"),
        subject="Re: SRE - Portobello Health Tech",
        date="2026-05-19 13:09 +0100",
        in_reply_to="<CAO8f2+porto@mail.gmail.com>",
        text="""Hi Ciarán,

Thanks for sending this on - got your CV and cover note. I'll pass them to Kevin, our hiring manager, today and come back to you by Friday either way.

Emer

Emer Lynch | People Partner | Portobello Health Tech
Richmond Street South, Dublin 2
""",
        cte="7bit",
        company="Portobello Health Tech", contact="emer.lynch@portobellohealth.example.ie",
    ),
    msg(
        kind="application_received", scenario="agency_ack_unnamed_client", lang="en",
        frm=("Hawthorn IT Search", "thomas.quinn@hawthornit.example.ie"),
        subject="Senior SRE (Fintech, Dublin 2) - application received",
        date="2026-06-11 09:27 +0100",
        text="""Hi Ciarán,

Thanks for applying for the Senior SRE (Fintech, Dublin 2) role advertised by Hawthorn IT Search. I'm the consultant managing this search.

I can't name the client at this stage - they're keeping the hire confidential until the shortlist - but I can tell you it's a Series C payments business with about 300 people and a very strong engineering culture.

I'll review your CV properly over the next couple of days and give you a call if it's a fit. If you've any questions in the meantime, just reply here.

Thanks,
Thomas Quinn
Associate Director – Technology
Hawthorn IT Search
1 Stephen Street Upper, Dublin 8
+353 1 555 0404
""",
        charset="windows-1252", cte="quoted-printable",
        company="Hawthorn IT Search", contact="thomas.quinn@hawthornit.example.ie",
    ),
    msg(
        kind="application_received", scenario="bamboohr_small_firm", lang="en",
        frm=("Bandon Bridge Software", "notifications@app.bamboohr.com"),
        subject="Thanks for your application to Bandon Bridge Software",
        date="2026-07-06 21:45 +0100",
        html=simple_html("""Hi Ciarán,

Thank you for your interest in the DevOps Engineer position at Bandon Bridge Software. We have received your application and resume.

We're a small team (22 of us!) so every application is read by one of the founders. We'll be in touch within 10 working days.

Thanks again,
Bandon Bridge Software
Bridge Street, Bandon, Co. Cork

Powered by BambooHR. Please do not reply to this email.""", font="Helvetica"),
        cte="quoted-printable",
        company="Bandon Bridge Software", contact="",
    ),
    msg(
        kind="application_received", scenario="taleo_ack_public_body", lang="en",
        frm=("National Transport Data Agency", "ntda-recruitment-noreply@ntda.taleo.net"),
        subject="Application received – Cloud Operations Engineer (NTDA/26/14)",
        date="2026-08-04 10:22 +0100",
        html=ats_html(
            """Dear Ciarán Delacroix-Mwangi,

We confirm receipt of your application for the position of Cloud Operations Engineer (competition reference NTDA/26/14).

All applications will be assessed by a shortlisting board against the essential criteria set out in the candidate information booklet. Owing to the number of applications expected, we are unable to provide individual updates. If you are not contacted within four weeks of the closing date, please consider that your application has been unsuccessful.

The National Transport Data Agency is committed to a policy of equal opportunity.

Yours sincerely,
Recruitment Unit
National Transport Data Agency""",
            brand="National Transport Data Agency", logo="https://ntda.taleo.net/careersection/theme/ntda_crest.gif",
            accent="#004d44", tracker=None,
            footer="""National Transport Data Agency | An Ghníomhaireacht Náisiúnta Sonraí Iompair
Dún Scéine, Harcourt Lane, Dublin 2

This mailbox is not monitored."""),
        cte="quoted-printable",
        company="National Transport Data Agency", contact="",
    ),
    msg(
        kind="application_received", scenario="icims_ack_london_alt", lang="en",
        frm=("Fenchurch & Lyle Careers", "careers-noreply@fenchurchlyle.icims.com"),
        subject="Fenchurch & Lyle: your application (Req 4471 - Platform Reliability Engineer)",
        date="2026-09-09 08:18 +0100",
        text="""Dear Ciarán,

Thank you for your application for Platform Reliability Engineer (Req 4471) with Fenchurch & Lyle Insurance.

Your application has been successfully submitted and is now being reviewed by our recruitment team. We will contact you if your profile matches our requirements.

You can view the status of your application on our careers portal: https://careers-fenchurchlyle.icims.com/jobs/candidate

Best regards,
Fenchurch & Lyle Insurance - Talent Acquisition

Fenchurch & Lyle Insurance plc, 60 Fenchurch Street, London EC3M 4AD. Registered in England No. 00872154. Authorised by the Prudential Regulation Authority.
""",
        html=ats_html(
            """Dear Ciarán,

Thank you for your application for Platform Reliability Engineer (Req 4471) with Fenchurch & Lyle Insurance.

Your application has been successfully submitted and is now being reviewed by our recruitment team. We will contact you if your profile matches our requirements.

[View application status](https://careers-fenchurchlyle.icims.com/jobs/candidate)

Best regards,
Fenchurch & Lyle Insurance - Talent Acquisition""",
            brand="Fenchurch & Lyle Insurance", logo="https://careers-fenchurchlyle.icims.com/images/fl_logo.png",
            accent="#7a0019", tracker="https://careers-fenchurchlyle.icims.com/r?l=",
            pixel="https://careers-fenchurchlyle.icims.com/t/open.gif?id=4471",
            footer="Fenchurch & Lyle Insurance plc, 60 Fenchurch Street, London EC3M 4AD. Registered in England No. 00872154. Authorised by the Prudential Regulation Authority."),
        cte="base64",
        company="Fenchurch & Lyle Insurance", contact="",
    ),
    msg(
        kind="application_received", scenario="personio_eingangsbestaetigung", lang="de",
        frm=("Seewald Medical GmbH", "jobs-noreply@seewald-medical.jobs.personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        date="2026-02-03 07:52 +0100",
        html=ats_html(
            """Sehr geehrter Herr Delacroix-Mwangi,

herzlichen Dank für Ihre Bewerbung als Software Test & Reliability Engineer (m/w/d) für unser Entwicklungszentrum in Galway.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Seewald Medical GmbH""",
            brand="Seewald Medical", logo="https://seewald-medical.jobs.personio.de/company-logo.png",
            accent="#1d70b8", tracker=None,
            footer="""Seewald Medical GmbH · Seestraße 14 · 78462 Konstanz
Geschäftsführer: Dr. Andreas Seewald, Petra Kling · Amtsgericht Freiburg i. Br. HRB 380912
Diese Nachricht wurde automatisch erzeugt."""),
        charset="utf-8", cte="quoted-printable",
        company="Seewald Medical", contact="",
    ),
    msg(
        kind="application_received", scenario="du_jobs_postfach", lang="de",
        frm=("Kranich Labs Jobs", "jobs@kranichlabs.example.de"),
        subject="Danke für deine Bewerbung! 🙌",
        date="2026-05-04 16:27 +0200",
        text="""Hi Ciarán,

danke für deine Bewerbung als Infrastructure Engineer bei Kranich Labs – sie ist gut bei uns angekommen!

So geht's weiter: Paul aus dem Platform-Team und Mira aus dem People-Team schauen sich deine Unterlagen in den nächsten 7 Tagen an. Danach bekommst du auf jeden Fall eine Rückmeldung von uns, egal wie sie ausfällt.

Bei Fragen antworte einfach auf diese Mail, hier liest ein echter Mensch mit (meistens Mira 👋).

Bis bald
Dein Kranich Labs Team

Kranich Labs GmbH · Oranienburger Str. 27 · 10117 Berlin
""",
        charset="utf-8", cte="base64",
        company="Kranich Labs", contact="jobs@kranichlabs.example.de",
    ),
    msg(
        kind="application_received", scenario="handelskammer_eingang", lang="de",
        frm=("Deutsch-Irische Handelskammer", "bewerbung@dihk-irland.example.ie"),
        subject="Ihre Bewerbung als IT-Systemadministrator/in",
        date="2026-06-22 12:05 +0100",
        text="""Sehr geehrte Bewerberin, sehr geehrter Bewerber,

vielen Dank für Ihre Bewerbung als IT-Systemadministrator/in in unserer Geschäftsstelle in Dublin. Ihre Unterlagen sind bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen nicht jede Bewerbung einzeln beantworten können. Sollten Sie innerhalb von vier Wochen nach Ende der Bewerbungsfrist nichts von uns hören, ist Ihre Bewerbung leider nicht in die engere Wahl gekommen.

Mit freundlichen Grüßen

Deutsch-Irische Handelskammer
Personal und Verwaltung
5 Fitzwilliam Street Upper, Dublin 2
""",
        charset="iso-8859-1", cte="quoted-printable",
        company="Deutsch-Irische Handelskammer", contact="",
    ),
    msg(
        kind="application_received", scenario="teamtailor_recibida", lang="es",
        frm=("Sardana Tech", "no-reply@teamtailor-mail.com"),
        subject="¡Hemos recibido tu candidatura!",
        date="2026-03-16 13:12 +0100",
        html=ats_html(
            """¡Hola Ciarán!

Gracias por presentar tu candidatura para la posición de Platform Engineer en Sardana Tech. Ya la tenemos y la estamos revisando con mucho cariño.

Nuestro equipo te contestará en un plazo máximo de 15 días, tanto si avanzamos como si no. Mientras tanto, puedes conocer mejor al equipo en nuestra [página de empleo](https://sardanatech.teamtailor.com).

¡Un abrazo!
El equipo de Sardana Tech""",
            brand="Sardana Tech", logo="https://assets.teamtailor-cdn.com/sardana/logo.png",
            accent="#d62839", tracker="https://sardanatech.teamtailor.com/r/",
            pixel="https://teamtailor-mail.com/o/sard91.gif",
            footer="""Sardana Tech · Carrer de Roc Boronat 117, 08018 Barcelona

[Gestionar mis datos](https://sardanatech.teamtailor.com/candidate/manage)"""),
        cte="quoted-printable",
        company="Sardana Tech", contact="",
    ),
    msg(
        kind="application_received", scenario="portal_empleo_enviada", lang="es",
        frm=("EmpleoRed", "avisos@notificaciones.empleored.example.es"),
        subject="Tu candidatura a Logística Ebro se ha enviado correctamente",
        date="2026-05-27 22:41 +0200",
        html=card_html(
            """Hola Ciarán,

Tu candidatura se ha enviado correctamente a la empresa.

Oferta: Ingeniero/a DevOps (remoto)
Empresa: Logística Ebro
Ubicación: Zaragoza / teletrabajo

La empresa revisará tu CV en los próximos días. Te avisaremos cuando cambie el estado de tu candidatura (CV leído, en proceso, finalista...).

[Ver estado de mi candidatura](https://www.empleored.example.es/candidato/candidaturas/88123)""",
            brand="EmpleoRed", accent="#167ac6", tracker="https://clk.empleored.example.es/c/",
            footer="""Recibes este email porque te has inscrito en una oferta de EmpleoRed.
[Darse de baja](https://www.empleored.example.es/baja) · EmpleoRed S.L., Calle de Alcalá 93, Madrid"""),
        charset="utf-8", cte="quoted-printable",
        headers=[("List-Unsubscribe", "<https://www.empleored.example.es/baja>")],
        company="Logística Ebro", contact="",
    ),
    msg(
        kind="application_received", scenario="acuse_universidad_usted", lang="es",
        frm=("Universitat Costa Daurada - Recursos Humanos", "rrhh.convocatorias@ucostadaurada.example.es"),
        subject="Acuse de recibo - Solicitud convocatoria TIC-2026-07",
        date="2026-07-14 09:30 +0200",
        text="""Estimado/a solicitante:

Acusamos recibo de su solicitud para participar en la convocatoria TIC-2026-07 (Técnico/a Superior de Sistemas - Plataforma Cloud), registrada con el número de entrada 2026/014732.

La lista provisional de personas admitidas se publicará en el tablón electrónico de la Universitat. Debido al elevado número de solicitudes, no podremos atender consultas individuales sobre el estado del proceso. Si en el plazo de 30 días desde la publicación de la lista no ha recibido ninguna comunicación, entienda que su candidatura no ha sido seleccionada.

Atentamente,

Área de Recursos Humanos
Universitat Costa Daurada
Av. Catalunya 35, 43002 Tarragona

Este mensaje se ha generado automáticamente.
""",
        charset="iso-8859-1", cte="quoted-printable",
        company="Universitat Costa Daurada", contact="",
    ),
    msg(
        kind="application_received", scenario="recibida_persona", lang="es",
        frm=("Iker Etxeberria", "iker@arandacloud.example.es"),
        subject="RE: CV - SRE remoto",
        date="2026-08-18 10:55 +0200",
        in_reply_to="<CAO8f2+aranda@mail.gmail.com>",
        text="""Recibido, Ciarán, muchas gracias.

Se lo paso hoy mismo al equipo de plataforma. Estamos de vacaciones a medio gas hasta finales de agosto, así que igual tardamos un poco más de lo normal, pero te respondo seguro la primera semana de septiembre.

Un saludo,
Iker Etxeberria
Responsable de Personas · Aranda Cloud
""",
        charset="utf-8", cte="8bit",
        company="Aranda Cloud", contact="iker@arandacloud.example.es",
    ),
    msg(
        kind="application_received", scenario="taleo_candidature_recue", lang="fr",
        frm=("Crédit Armorique Recrutement", "ne-pas-repondre@creditarmorique.taleo.net"),
        subject="Nous avons bien reçu votre candidature",
        date="2026-04-09 14:48 +0200",
        html=ats_html(
            """Bonjour Ciarán,

Nous vous remercions pour votre candidature au poste d'Ingénieur DevOps / SRE (H/F) – réf. CA-2026-0418.

Votre dossier a bien été enregistré et va être étudié avec attention par nos équipes. Si votre profil correspond à nos attentes, nous reviendrons vers vous dans les meilleurs délais pour convenir d'un premier échange.

Vous pouvez suivre l'avancement de votre candidature depuis votre [espace candidat](https://creditarmorique.taleo.net/careersection/2/mysubmissions.ftl).

Cordialement,
La Direction des Ressources Humaines
Crédit Armorique""",
            brand="Crédit Armorique", logo="https://creditarmorique.taleo.net/careersection/theme/logo_ca.png",
            accent="#009b77", tracker=None,
            footer="""Crédit Armorique – Société coopérative de banque – 1 rue Louis Lichou, 29480 Le Relecq-Kerhuon

Ce message est généré automatiquement, merci de ne pas y répondre."""),
        cte="quoted-printable",
        company="Crédit Armorique", contact="",
    ),
    msg(
        kind="application_received", scenario="accuse_ong", lang="fr",
        frm=("Solidarités Numériques Sans Frontières", "rh@snsf.example.fr"),
        subject="Accusé de réception de votre candidature",
        date="2026-10-01 17:10 +0200",
        text="""Madame, Monsieur,

Nous accusons réception de votre candidature au poste d'Administrateur systèmes et réseaux (mission de 12 mois, télétravail partiel) et vous remercions de l'intérêt porté à notre association.

Compte tenu du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Seules les personnes retenues pour un entretien seront contactées d'ici le 30 octobre.

Avec nos salutations solidaires,

Le service des ressources humaines
Solidarités Numériques Sans Frontières
8 rue de la Réunion, 75020 Paris
""",
        charset="iso-8859-1", cte="8bit",
        company="Solidarités Numériques Sans Frontières", contact="",
    ),
    # ================================================================== offer
    msg(
        kind="offer", scenario="fastnet_offer_letter_pdf", lang="en",
        frm=("Niamh Kelleher", "niamh.kelleher@fastnetcloud.example.ie"),
        subject="Offer - Site Reliability Engineer, Fastnet Cloud",
        date="2026-04-14 17:26 +0100",
        msgid="<e4b1c9a2d0f6.fastnet-offer@fastnetcloud.example.ie>",
        in_reply_to="<CAO8f2+fastnet-final@mail.gmail.com>",
        references=[FASTNET_THREAD, "<CAO8f2+fastnet-final@mail.gmail.com>"],
        text="""Hi Ciarán,

Following on from my call with you this afternoon, I'm delighted to attach your formal offer for the role of Site Reliability Engineer at Fastnet Cloud.

The headline terms, as we discussed:
- Base salary of €74,000 per annum
- 10% annual bonus target
- 25 days' annual leave plus a company-wide week off at Christmas
- Hybrid working from our Cork office (two days a week), with relocation support of €3,000
- Proposed start date: Monday 1 June 2026

The offer is subject to two satisfactory references. Please sign and return the letter by Tuesday 21 April, or give me a shout if you'd like to talk anything through first.

Everyone who met you is thrilled - I hope you'll say yes!

Niamh

Niamh Kelleher
Talent Partner | Fastnet Cloud
Penrose Wharf, Cork T23 XN53
""",
        attachments=[{"filename": "Fastnet_Cloud_Offer_Letter_C_Delacroix-Mwangi.pdf", "title": "Fastnet Cloud - Offer of Employment",
                      "pdf": ["14 April 2026", "", "Private & Confidential", "Ciaran Delacroix-Mwangi", "",
                              "Dear Ciaran,", "", "We are pleased to offer you the position of Site Reliability Engineer",
                              "with Fastnet Cloud Limited on the following terms:", "",
                              "Start date: 1 June 2026", "Salary: EUR 74,000 per annum, paid monthly",
                              "Bonus: target 10% of base salary", "Annual leave: 25 days",
                              "Probation: 6 months", "",
                              "This offer is conditional on the receipt of two satisfactory references.", "",
                              "Signed: ____________________   Date: ____________"]}],
        cte="quoted-printable",
        company="Fastnet Cloud", contact="niamh.kelleher@fastnetcloud.example.ie",
    ),
    msg(
        kind="offer", scenario="verbal_offer_confirmed", lang="en",
        frm=("Lorcan Fitzgerald", "lorcan@ferrymananalytics.example.com"),
        subject="Confirming our call",
        date="2026-03-24 18:02 +0000",
        text="""Hi Ciarán,

Great speaking earlier - just putting in writing what I said on the phone so there's no ambiguity: we'd like to offer you the Platform Engineer role at Ferryman Analytics.

- €78,000 base
- Share options (details in the contract, roughly 0.05% over 4 years)
- Start date flexible, ideally late April

Dympna in HR will send the written contract by the end of the week. Take the weekend to think it over and let me know if anything needs to change.

Really hope you join us.

Lorcan

Lorcan Fitzgerald | Head of Infrastructure | Ferryman Analytics
""",
        cte="quoted-printable",
        company="Ferryman Analytics", contact="lorcan@ferrymananalytics.example.com",
    ),
    msg(
        kind="offer", scenario="conditional_offer_background_check", lang="en",
        frm=("Lee Biomedical Talent Acquisition", "talent-notifications@leebiomedical.myworkday.com"),
        reply_to=("Rachel Forde", "rachel.forde@leebiomedical.example.ie"),
        subject="Your conditional offer from Lee Biomedical",
        date="2026-07-28 14:30 +0100",
        text="""Dear Ciarán,

Congratulations! We are delighted to make you a conditional offer of employment for the position of Reliability Engineer – Connected Devices, based at our Ringaskiddy campus.

This offer is conditional upon:
1. Satisfactory completion of a background screening check (our partner, ScreenSure, will contact you within 48 hours);
2. Receipt of two satisfactory professional references;
3. Evidence of your right to work in Ireland.

Please review and accept the offer in your candidate portal within 5 working days. Your full contract of employment will be issued once the conditions above are met.

If you have any questions, reply to this email and I'll be happy to help.

Kind regards,
Rachel Forde
Senior Talent Acquisition Partner
Lee Biomedical
""",
        html=ats_html(
            """Dear Ciarán,

Congratulations! We are delighted to make you a conditional offer of employment for the position of Reliability Engineer – Connected Devices, based at our Ringaskiddy campus.

This offer is conditional upon:

- Satisfactory completion of a background screening check (our partner, ScreenSure, will contact you within 48 hours);
- Receipt of two satisfactory professional references;
- Evidence of your right to work in Ireland.

[Review and accept your offer](https://leebiomedical.wd3.myworkday.com/LeeBiomedical/d/task/offer/7731)

Your full contract of employment will be issued once the conditions above are met. If you have any questions, reply to this email and I'll be happy to help.

Kind regards,
Rachel Forde
Senior Talent Acquisition Partner
Lee Biomedical""",
            brand="Lee Biomedical", logo="https://leebiomedical.wd3.myworkday.com/assets/lee_logo.png",
            accent="#00558c", tracker=None,
            footer="Lee Biomedical Ltd, Ringaskiddy, Co. Cork P43 EW28. Registered in Ireland No. 298811."),
        cte="quoted-printable",
        company="Lee Biomedical", contact="rachel.forde@leebiomedical.example.ie",
    ),
    msg(
        kind="offer", scenario="esign_contract_to_sign", lang="en",
        frm=("Fota Cloud Services via SignLoop", "dse-noreply@signloop.example.com"),
        subject="Please sign: Contract of Employment – Ciarán Delacroix-Mwangi",
        date="2026-06-02 10:41 +0100",
        html=card_html(
            """Hazel Nagle (Fota Cloud Services) sent you a document to review and sign.

Contract of Employment – Senior Reliability Engineer – Ciarán Delacroix-Mwangi.pdf

Message from Hazel: "Hi Ciarán, as promised, here's your contract for the Senior Reliability Engineer role. Delighted you've accepted - please sign by Friday so we can get your laptop ordered. Welcome aboard!"

[REVIEW DOCUMENT](https://app.signloop.example.com/signing/emails/0a7f3c9e2b)

Do not share this email. It contains a secure link to SignLoop. Please do not share this code with others: 7F3C9E2B.""",
            brand="SignLoop", accent="#ffc000", tracker=None,
            footer="""This message was sent to you by Hazel Nagle who is using the SignLoop electronic signature service. If you would rather not receive email from this sender you may contact the sender with your request.

[Report this email](https://app.signloop.example.com/report) · © 2026 SignLoop Inc."""),
        cte="quoted-printable",
        company="Fota Cloud Services", contact="",
    ),
    msg(
        kind="offer", scenario="uk_offer_and_contract_pdfs", lang="en",
        frm=("Fiona Strachan", "fiona.strachan@firthdatatrust.example.co.uk"),
        subject="Offer of appointment – Platform Engineer",
        date="2026-06-10 11:15 +0100",
        text="""Dear Ciarán,

Further to our telephone conversation yesterday, I am very pleased to confirm our offer of appointment to the post of Platform Engineer at Firth Data Trust.

Please find attached:
• your offer letter, setting out salary (£58,500 per annum), pension and leave;
• two copies of your statement of terms and conditions.

I would be grateful if you could sign and return one copy of the statement, together with the signed acceptance slip from the offer letter, by Friday 19 June. A scanned copy by email is fine.

We are all very much looking forward to working with you.

With best wishes,

Fiona Strachan
Head of Digital Services
Firth Data Trust
0131 555 0127

Firth Data Trust is a company limited by guarantee, registered in Scotland (SC487210), and a Scottish charity (SC045981).
""",
        attachments=[
            {"filename": "FDT_Offer_Letter_Delacroix-Mwangi.pdf", "title": "Firth Data Trust - Offer of Appointment",
             "pdf": ["10 June 2026", "", "Dear Ciaran,", "", "Post: Platform Engineer", "Salary: GBP 58,500 per annum",
                     "Pension: employer contribution 8%", "Annual leave: 30 days plus public holidays", "",
                     "ACCEPTANCE: I accept the offer of appointment on the terms stated.",
                     "Signed: ____________________"]},
            {"filename": "FDT_Statement_of_Terms.pdf", "title": "Statement of Main Terms and Conditions of Employment",
             "pdf": ["Employer: Firth Data Trust", "Employee: Ciaran Delacroix-Mwangi",
                     "Job title: Platform Engineer", "Place of work: Quartermile Two, Edinburgh (hybrid)",
                     "Hours: 35 per week", "Notice period: 2 months after probation"]},
        ],
        charset="windows-1252", cte="quoted-printable",
        company="Firth Data Trust", contact="fiona.strachan@firthdatatrust.example.co.uk",
    ),
    msg(
        kind="offer", scenario="startup_offer_equity", lang="en",
        frm=("Esme Larkin", "esme@kelpiesystems.example.com"),
        subject="the offer :)",
        date="2026-09-29 20:12 +0100",
        text="""Hi Ciarán,

Sorry this is coming late on a Tuesday evening but I didn't want to wait until tomorrow. We'd love you to join Kelpie as our second platform engineer!

Here's what we can offer:
- £72k base (or the EUR equivalent through our EoR if you stay in Dublin - totally fine by us)
- 0.25% in options, 4-year vest, 1-year cliff
- 30 days holiday + your birthday off
- £1.5k home office budget
- One week a quarter together in Edinburgh, all paid

I'll get the formal paperwork over once you tell me you're happy in principle. Ring me tomorrow if you want to talk it through - any time after 9.

Esme
""",
        cte="quoted-printable",
        company="Kelpie Systems", contact="esme@kelpiesystems.example.com",
    ),
    msg(
        kind="offer", scenario="arbeitsvertrag_pdf", lang="de",
        frm=("Sabine Krämer", "sabine.kraemer@isarlogik.example.de"),
        subject="Ihr Arbeitsvertrag bei Isarlogik",
        date="2026-05-06 09:48 +0200",
        text="""Sehr geehrter Herr Delacroix-Mwangi,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Wimmer und dem Team die Stelle als Site Reliability Engineer (m/w/d) anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Eckdaten:
– Beginn: 1. Juli 2026
– Jahresbruttogehalt: 72.000 €
– 30 Urlaubstage, vollständig remote mit zwei Teamwochen pro Jahr in München

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. Mai 2026 zurück (gerne vorab als Scan). Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Herzlich willkommen an Bord!

Mit freundlichen Grüßen
Sabine Krämer
People & Culture
Isarlogik GmbH
Rosenheimer Str. 145, 81671 München
Geschäftsführer: Tobias Wimmer, Dr. Lena Aigner · Amtsgericht München HRB 251190
""",
        attachments=[{"filename": "Arbeitsvertrag_Ciarán_Delacroix-Mwangi.pdf", "title": "Arbeitsvertrag - Isarlogik GmbH",
                      "pdf": ["Arbeitsvertrag", "", "zwischen der Isarlogik GmbH, Rosenheimer Str. 145, 81671 Muenchen",
                              "und Herrn Ciaran Delacroix-Mwangi, Dublin", "",
                              "§ 1 Beginn und Taetigkeit: Site Reliability Engineer ab 01.07.2026",
                              "§ 2 Verguetung: 72.000 EUR brutto jaehrlich", "§ 3 Urlaub: 30 Arbeitstage",
                              "§ 4 Probezeit: 6 Monate", "", "Muenchen, den 06.05.2026"]}],
        charset="utf-8", cte="8bit",
        company="Isarlogik", contact="sabine.kraemer@isarlogik.example.de",
    ),
    msg(
        kind="offer", scenario="zusage_du", lang="de",
        frm=("Lea Brandt", "lea@spreewerk.example.de"),
        subject="Wir wollen dich an Bord! 🚀",
        date="2026-06-23 17:35 +0200",
        text="""Hey Ciarán,

ich mach's kurz, weil ich mich so freue: Wir möchten dir die Stelle als Platform Engineer anbieten! Das ganze Team war nach dem Pairing total begeistert.

Unser Angebot:
- 68.000 € brutto im Jahr + 3.000 € Weiterbildungsbudget
- 100 % remote (Irland ist kein Problem, wir stellen über unseren EoR-Partner ein)
- 28 Tage Urlaub, Start gerne zum 1. September

Den Vertrag schickt dir Malte diese Woche noch per DocuSign. Wenn du vorher noch Fragen hast, ruf mich einfach an.

Liebe Grüße
Lea
""",
        charset="utf-8", cte="quoted-printable",
        company="Spreewerk", contact="lea@spreewerk.example.de",
    ),
    msg(
        kind="offer", scenario="carta_oferta_pdf", lang="es",
        frm=("Laura Castells", "laura.castells@nautaseguros.example.es"),
        subject="Carta de oferta - Ingeniero/a SRE",
        date="2026-07-03 12:20 +0200",
        text="""Estimado Ciarán:

Es un placer comunicarle que, tras el proceso de selección, Nauta Seguros desea ofrecerle el puesto de Ingeniero SRE en nuestro equipo de Plataforma de Barcelona.

Adjuntamos la carta de oferta con las condiciones: salario bruto anual de 62.000 euros, retribución variable de hasta el 8 %, modalidad híbrida (dos días presenciales) y fecha de incorporación prevista el 1 de septiembre de 2026. Incluye además un paquete de reubicación para su traslado desde Dublín.

Le agradeceríamos que nos hiciera llegar la carta firmada antes del 15 de julio. Quedo a su disposición para resolver cualquier duda.

Un cordial saludo,

Laura Castells
Departamento de Talento
Nauta Seguros
Av. Diagonal 640, 08017 Barcelona · Tel. +34 93 555 41 20
""",
        attachments=[{"filename": "Carta_oferta_Nauta_Seguros.pdf", "title": "Nauta Seguros - Carta de oferta",
                      "pdf": ["Barcelona, 3 de julio de 2026", "", "Sr. Ciaran Delacroix-Mwangi", "",
                              "Puesto: Ingeniero SRE - Plataforma", "Salario bruto anual: 62.000 EUR",
                              "Variable: hasta el 8%", "Incorporacion: 1 de septiembre de 2026", "",
                              "Firma del candidato: ____________________"]}],
        charset="iso-8859-1", cte="quoted-printable",
        company="Nauta Seguros", contact="laura.castells@nautaseguros.example.es",
    ),
    msg(
        kind="offer", scenario="promesse_embauche", lang="fr",
        frm=("Romain Lefèvre", "romain.lefevre@ateliernuage.example.fr"),
        subject="Promesse d'embauche – Ingénieur Plateforme",
        date="2026-09-24 15:05 +0200",
        text="""Bonjour Ciarán,

Suite à vos entretiens avec l'équipe, j'ai le plaisir de vous adresser en pièce jointe votre promesse d'embauche pour le poste d'Ingénieur Plateforme en CDI.

Pour rappel : rémunération annuelle brute de 58 000 €, statut cadre, télétravail jusqu'à quatre jours par semaine depuis l'Irlande dans le cadre de notre accord, prise de poste au 2 novembre 2026.

Merci de nous retourner le document daté et signé, précédé de la mention « bon pour accord », au plus tard le 2 octobre.

Nous sommes ravis à l'idée de vous accueillir !

Romain Lefèvre | Responsable recrutement | Atelier Nuage
Lyon – Confluence
""",
        attachments=[{"filename": "Promesse_embauche_Atelier_Nuage.pdf", "title": "Atelier Nuage - Promesse d'embauche",
                      "pdf": ["Lyon, le 24 septembre 2026", "", "Monsieur Ciaran Delacroix-Mwangi", "",
                              "Poste : Ingenieur Plateforme (CDI, statut cadre)",
                              "Remuneration : 58 000 EUR bruts annuels",
                              "Date de prise de poste : 2 novembre 2026", "",
                              "Bon pour accord, date et signature : ____________________"]}],
        charset="utf-8", cte="quoted-printable",
        company="Atelier Nuage", contact="romain.lefevre@ateliernuage.example.fr",
    ),
]
