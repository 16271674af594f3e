"""Applications received (21) and offers (10), each written by hand."""

from __future__ import annotations

from msgs141_common import (
    ats_shell,
    card_shell,
    gmail_mid,
    gmail_shell,
    hannah_mid,
    outlook_mid,
    outlook_shell,
    paras,
    pixel,
    track,
)

ACKS: list[dict] = []
add = ACKS.append

# ================================================================== application received
# 083 -- Workday acknowledgement, HTML only
add({
    "scenario": "workday_thank_you_for_applying", "kind": "application_received", "company": "Northern Larder",
    "contact": "", "lang": "en",
    "sender": ("Careers at Northern Larder", "northernlarder@myworkday.com"),
    "subject": "Thank you for applying to Northern Larder",
    "date": "2026-01-28T21:42:05+00:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Hi Hannah,",
            "Thanks for applying for <b>HR Business Partner – Retail Operations (North)</b> (R-20417). We've "
            "got your application and our Talent team will review it alongside the others we receive.",
            "What happens next? If your experience is a good match, a member of the team will get in touch "
            "to arrange a first conversation. You can check the status of your application at any time on "
            "Candidate Home.",
            "Thanks again for your interest in joining us,<br>The Northern Larder Talent Team",
        ),
        title="Northern Larder Careers", logo_src="https://northernlarder.example.co.uk/img/nl-logo-green.png",
        logo_alt="Northern Larder – fresh from the North", accent="#2e7d32",
        footer="This message was sent from an unmonitored mailbox; please do not reply.<br>"
               "Northern Larder Stores Ltd. Registered in England and Wales No. 04418823.<br>"
               f'<a href="{track("links.myworkday.com", "nl-ack-home")}" style="color:#7a7a7a;">Candidate Home</a>',
        pixel_src=pixel("links.myworkday.com", "nl-ack"),
    ),
})

# 084 -- "if you have not heard within 4 weeks ... unsuccessful": still an acknowledgement
add({
    "scenario": "four_weeks_silence_means_no", "kind": "application_received", "company": "Pemberton Leisure",
    "contact": "", "lang": "en",
    "sender": ("Careers at Pemberton Leisure", "pembertonleisure@smartrecruiters.com"),
    "subject": "We've received your application",
    "date": "2026-01-12T19:26:40+00:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Dear Hannah,

Thank you for applying for the position of People Advisor (Hotels & Spas) with
Pemberton Leisure. This email confirms that we have received your application.

Our recruitment team will now review all applications against the job
description. Due to the high volume of applications we receive, we are unable to
reply to every applicant individually. If you have not heard from us within 4
weeks of the closing date, please assume that your application has been
unsuccessful on this occasion.

We appreciate the time you have taken to apply and wish you well.

Pemberton Leisure Talent Team

Please don't reply to this message; this inbox isn't monitored.
Pemberton Leisure Group Ltd, The Boathouse, Lakeside Way, Harrogate HG1 2AQ
""",
})

# 085 -- job board confirms the application was sent to the employer
add({
    "scenario": "jobboard_sent_to_employer", "kind": "application_received", "company": "Aldgate Pharmacy Group",
    "contact": "", "lang": "en",
    "sender": ("JobNook", "applications@jobnook.example.com"),
    "subject": "Application sent: Area HR Advisor – Aldgate Pharmacy Group",
    "date": "2026-02-20T07:58:13+00:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        '<img src="https://static.jobnook.example.com/logo/jobnook-teal.png" alt="JobNook" width="110" '
        'style="display:block;margin-bottom:20px;">\n'
        + paras(
            "Your application was sent!",
            '<b>Area HR Advisor</b><br><span style="color:#555;">Aldgate Pharmacy Group · London (hybrid) · '
            "£38,000 – £42,000</span>",
            "Aldgate Pharmacy Group has received your CV and cover letter. Employers usually respond within "
            "two weeks. We'll let you know if they view your application.",
            f'<a href="{track("click.jobnook.example.com", "apg-track")}" style="color:#0f766e;">Track your application</a> · '
            f'<a href="{track("click.jobnook.example.com", "apg-similar")}" style="color:#0f766e;">See similar jobs</a>',
        ),
        footer="You're receiving this email because you applied for a job on JobNook.<br>"
               "JobNook, 100 Bishopsgate, London EC2N 4AG · "
               f'<a href="{track("click.jobnook.example.com", "apg-settings")}" style="color:#8a8a99;">Email settings</a>',
        accent="#0f766e", pixel_src=pixel("click.jobnook.example.com", "apg-open"),
    ),
    "headers": [("X-Campaign", "apply-confirmation")],
})

# 086 -- Greenhouse acknowledgement, multipart/alternative
add({
    "scenario": "greenhouse_received", "kind": "application_received", "company": "Halden & Pryce", "contact": "",
    "lang": "en",
    "sender": ("Halden & Pryce", "no-reply@greenhouse-mail.io"),
    "subject": "Thank you for your application to Halden & Pryce",
    "date": "2026-03-19T12:14:57+00:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Hi Hannah,",
            "Thank you for your interest in Halden &amp; Pryce! We wanted to let you know that we received "
            "your application for <b>People Partner (London)</b>.",
            "We're reviewing applications now. If there's a match, our Talent Acquisition team will be in "
            "touch to discuss next steps.",
            "Regards,<br>Halden &amp; Pryce Talent Acquisition",
        ),
        title="Halden & Pryce", logo_src="https://haldenpryce.example.co.uk/img/hp-mark.png",
        logo_alt="Halden & Pryce – people advisory", accent="#3a3a68",
        footer="Halden &amp; Pryce LLP is a limited liability partnership registered in England and Wales "
               "(OC402871).<br>Sent via Greenhouse. Please do not reply to this automated message.",
        pixel_src=pixel("links.greenhouse-mail.io", "hp-ack"),
    ),
})

# 087 -- Lever acknowledgement, start-up voice, HTML only
add({
    "scenario": "lever_received_startup", "kind": "application_received", "company": "Shiftly", "contact": "",
    "lang": "en",
    "sender": ("Shiftly", "no-reply@hire.lever.co"),
    "subject": "We got your application 🙌",
    "date": "2026-03-25T23:04:18+00:00", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": card_shell(
        paras(
            "Hi Hannah,",
            "Thanks for applying to be Shiftly's <b>People Operations Manager</b>. A real human (probably Ama) "
            "will read your application within the next ten working days – we don't use automated screening.",
            "While you wait, here's what we're about: we help shift workers swap and pick up shifts without "
            "forty WhatsApp messages. If that sounds like the world you've been living in, you're in the "
            "right place.",
            "Team Shiftly",
        ),
        footer="Shiftly Technologies Ltd · Unit 3, 12 Curtain Road, London EC2A 3NQ<br>"
               f'<a href="{track("hire.lever.co", "shiftly-ack")}" style="color:#8a8a99;">Privacy notice</a>',
        accent="#00a67e", pixel_src=pixel("hire.lever.co", "shiftly-ack-open"),
    ),
})

# 088 -- agency consultant confirms receipt of the CV, own mandate, no client named
add({
    "scenario": "agency_got_your_cv", "kind": "application_received", "company": "Redfern Talent",
    "contact": "jade.murphy@redferntalent.example.co.uk", "lang": "en",
    "sender": ("Jade Murphy", "jade.murphy@redferntalent.example.co.uk"),
    "subject": "Re: HR Advisor / HRBP roles - CV",
    "date": "2026-02-24T09:31:22+00:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "in_reply_to": hannah_mid("redfern-cv"),
    "body": """\
Hi Hannah,

Thanks so much for sending your CV over – got it! Really interesting background,
the move from store management into HR is something my clients are warming to
more and more.

I've registered you on our system for HR Advisor and HRBP roles across Leeds,
Bradford and Harrogate. I'll give you a ring tomorrow afternoon to talk about
salary expectations and which sectors you'd like to focus on.

Speak soon!
Jade

Jade Murphy | Senior Consultant – HR & Business Support | Redfern Talent
M: 07700 900 418 | T: 0113 496 0288
""",
})

# 089 -- NHS Jobs: application submitted
add({
    "scenario": "nhs_application_submitted", "kind": "application_received",
    "company": "Aire Valley Teaching Hospitals NHS Foundation Trust", "contact": "", "lang": "en",
    "sender": ("NHS Jobs", "no-reply@nhsjobs.example.org"),
    "subject": "Application submitted: HR Business Partner (Band 7) - 331-AVT-7741",
    "date": "2026-02-02T22:17:00+00:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Dear Hannah Kowalczyk-Reid

You have successfully submitted your application.

Application reference: AVT-7741-0093
Job title: HR Business Partner (Band 7)
Employer: Aire Valley Teaching Hospitals NHS Foundation Trust
Closing date: 15 February 2026

What happens next
The employer will review your application after the closing date. You will
be told by email if you have been shortlisted for interview. You can track
the progress of your application in your NHS Jobs account.

This is an automated message. Replies to this address are not read.

NHS Jobs
""",
})

# 090 -- university acknowledgement with a "please assume" date
add({
    "scenario": "university_received_assume", "kind": "application_received",
    "company": "Pennine Metropolitan University", "contact": "", "lang": "en",
    "sender": ("PMU Recruitment", "donotreply@pmu.example.co.uk"),
    "subject": "Application received – HR Partner (Faculty of Arts & Humanities) – Ref PMU-0512",
    "date": "2026-02-24T16:03:12+00:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Dear Ms Kowalczyk-Reid

Thank you for your application for the post of HR Partner (Faculty of Arts &
Humanities), reference PMU-0512, which we have received.

Shortlisting will take place during the week commencing 9 March 2026, and
interviews are expected to be held on 26 March 2026. If you have not heard from
us by 13 March 2026, please assume that on this occasion your application has
not been shortlisted.

Thank you for your interest in Pennine Metropolitan University.

Recruitment Team
People & Organisational Development

Please do not reply to this email; this mailbox is not monitored.
""",
    "html": ats_shell(
        paras(
            "Dear Ms Kowalczyk-Reid",
            "Thank you for your application for the post of HR Partner (Faculty of Arts &amp; Humanities), "
            "reference PMU-0512, which we have received.",
            "Shortlisting will take place during the week commencing 9 March 2026, and interviews are expected "
            "to be held on 26 March 2026. If you have not heard from us by <b>13 March 2026</b>, please assume "
            "that on this occasion your application has not been shortlisted.",
            "Thank you for your interest in Pennine Metropolitan University.",
            "Recruitment Team<br>People &amp; Organisational Development",
        ),
        title="PMU Recruitment", logo_src="https://www.pmu.example.co.uk/assets/pmu-crest.png",
        logo_alt="Pennine Metropolitan University crest", accent="#6a1b4d",
        footer="Please do not reply to this email; this mailbox is not monitored.",
    ),
})

# 091 -- iCIMS for a Dublin hospice charity, HTML only
add({
    "scenario": "icims_dublin_hospice", "kind": "application_received", "company": "Anna Livia Hospice Foundation",
    "contact": "", "lang": "en",
    "sender": ("Anna Livia Hospice Foundation", "annalivia-careers@icims.com"),
    "subject": "Application Confirmation – HR Generalist (Req 2026-0088)",
    "date": "2026-06-29T13:47:50+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Dear Hannah,",
            "Thank you for applying for the <b>HR Generalist</b> position (Requisition 2026-0088) with the Anna "
            "Livia Hospice Foundation. Your application has been received and is now with our HR team.",
            "Every application is read by a member of our team, and we will contact you if you are "
            "shortlisted. As a charity we try to keep our recruitment costs low, so we appreciate your "
            "patience – this can take up to three weeks.",
            "With thanks,<br>HR Department<br>Anna Livia Hospice Foundation",
        ),
        title="Anna Livia Hospice Foundation",
        logo_src="https://annaliviahospice.example.ie/images/alhf-logo.png",
        logo_alt="Anna Livia Hospice Foundation – caring since 1982", accent="#4f7942",
        footer="Anna Livia Hospice Foundation CLG, Harold's Cross Road, Dublin 6W. Registered charity number "
               "20004417. CHY 6101.<br>This is an automated email from our applicant tracking system (iCIMS).",
        pixel_src=pixel("careers-annalivia.icims.com", "alhf-ack"),
    ),
})

# 092 -- BambooHR plain acknowledgement
add({
    "scenario": "bamboohr_received", "kind": "application_received", "company": "Cottonopolis Coffee", "contact": "",
    "lang": "en",
    "sender": ("Cottonopolis Coffee", "notifications@app.bamboohr.com"),
    "subject": "Thanks for applying to Cottonopolis Coffee",
    "date": "2026-09-24T08:12:31+01:00", "structure": "plain", "charset": "us-ascii", "cte": "7bit",
    "body": """\
Hi Hannah,

Thanks for your interest in the People & Training Manager position at
Cottonopolis Coffee. We've received your application and our hiring team is
reviewing it now.

If your skills and experience are a good fit, we'll be in touch to set up
an interview.

Thanks again,
Cottonopolis Coffee

This message was sent by BambooHR on behalf of Cottonopolis Coffee.
""",
})

# 093 -- speculative letter acknowledged by the owner, passed on
add({
    "scenario": "speculative_passed_on", "kind": "application_received", "company": "Hebden Mills Garden Centres",
    "contact": "andrew@hebdenmills.example.co.uk", "lang": "en",
    "sender": ("Andrew Sutcliffe", "andrew@hebdenmills.example.co.uk"),
    "subject": "Your letter",
    "date": "2026-04-03T17:09:36+01:00", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "in_reply_to": hannah_mid("hebden-letter"),
    "body": """\
Dear Hannah,

Thank you for your letter and CV, which arrived this morning. I've read them with
interest and passed them on to Fiona Pickles, our Operations Director, who looks
after our staff across the four centres.

We don't have an HR vacancy at the moment, but we are growing and Fiona has
mentioned that she'd like some help on the people side before the Christmas
season. She will be in touch if anything develops.

Kind regards,

Andrew Sutcliffe
Managing Director
Hebden Mills Garden Centres
Mytholm Works, Hebden Bridge HX7 6DL
""",
})

# 094 -- Teamtailor acknowledgement for an Amsterdam hotel collective
add({
    "scenario": "teamtailor_received_amsterdam", "kind": "application_received", "company": "Canal House Collective",
    "contact": "", "lang": "en",
    "sender": ("Canal House Collective", "no-reply@teamtailor-mail.com"),
    "subject": "Thanks for applying, Hannah!",
    "date": "2026-08-30T20:58:03+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        '<img src="https://canalhouse.example.nl/brand/chc-wordmark.png" alt="Canal House Collective" width="180" '
        'style="display:block;margin-bottom:22px;">\n'
        + paras(
            "Hi Hannah,",
            "Thank you for applying for <b>People &amp; Culture Coordinator</b>! We've received your "
            "application and we'll get back to you within two weeks.",
            "In the meantime, why not take a look inside our four canal houses?",
            f'<a href="{track("teamtailor-mail.com", "chc-life")}" style="color:#c2410c;">Life at Canal House →</a>',
            "Warm regards,<br>The Canal House team",
        ),
        footer="Canal House Collective B.V. · Prinsengracht 482 · 1017 KH Amsterdam<br>"
               f'<a href="{track("teamtailor-mail.com", "chc-ack-privacy")}" style="color:#8a8a99;">Privacy</a> · Sent with Teamtailor',
        accent="#c2410c", pixel_src=pixel("teamtailor-mail.com", "chc-ack"),
    ),
})

# ------------------------------------------------------------------ German
# 095 -- Personio Eingangsbestätigung
add({
    "scenario": "personio_eingang", "kind": "application_received", "company": "Kessler Feinkost", "contact": "",
    "lang": "de",
    "sender": ("Kessler Feinkost GmbH", "no-reply@kessler-feinkost.jobs.personio.de"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung",
    "date": "2026-02-16T07:31:44+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Sehr geehrte Frau Kowalczyk-Reid,",
            "vielen Dank für Ihre Bewerbung als <b>HR Business Partner (m/w/d)</b> und Ihr Interesse an "
            "Kessler Feinkost. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
            "Wir prüfen Ihre Bewerbung sorgfältig und melden uns in der Regel innerhalb von zwei Wochen bei "
            "Ihnen.",
            "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.",
            "Mit freundlichen Grüßen<br>Ihr Recruiting-Team von Kessler Feinkost",
        ),
        title="Kessler Feinkost Karriere", logo_src="https://www.kessler-feinkost.example.de/media/logo.svg",
        logo_alt="Kessler Feinkost seit 1954", accent="#8b1e2d",
        footer="Kessler Feinkost GmbH · Orber Straße 22 · 60386 Frankfurt am Main<br>"
               "Geschäftsführer: Dr. Matthias Kessler, Annette Kessler-Brandl · Amtsgericht Frankfurt am Main HRB 98231",
        pixel_src=pixel("kessler-feinkost.jobs.personio.de", "kf-ack"),
    ),
})

# 096 -- job platform confirms the application sent to the employer
add({
    "scenario": "karrierehafen_bestaetigung", "kind": "application_received", "company": "Rheinmain Hotels",
    "contact": "", "lang": "de",
    "sender": ("Karrierehafen", "bewerbung-versandt@karrierehafen.example.de"),
    "subject": "Ihre Bewerbung wurde erfolgreich versendet",
    "date": "2026-04-20T21:33:09+02:00", "structure": "html", "charset": "iso-8859-1", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Hallo Hannah Kowalczyk-Reid,",
            "Ihre Bewerbung auf die Stelle <b>Personalreferent (m/w/d) Hotellerie</b> bei der "
            "<b>Rheinmain Hotels AG</b> in Frankfurt am Main wurde soeben erfolgreich übermittelt.",
            "Das Unternehmen meldet sich direkt bei Ihnen. Den Status Ihrer Bewerbungen sehen Sie jederzeit "
            "unter \"Meine Bewerbungen\".",
            f'<a href="{track("mail.karrierehafen.example.de", "rmh-status")}" style="color:#00658f;">Zu meinen Bewerbungen</a>'
            f' | <a href="{track("mail.karrierehafen.example.de", "rmh-aehnlich")}" style="color:#00658f;">Ähnliche Jobs ansehen</a>',
            "Viel Erfolg wünscht Ihnen<br>Ihr Karrierehafen-Team",
        ),
        title="Karrierehafen", logo_src="https://static.karrierehafen.example.de/img/kh-logo.png",
        logo_alt="Karrierehafen.de - Ihr Jobportal", accent="#00658f",
        footer="Karrierehafen GmbH · Am Sandtorkai 50 · 20457 Hamburg · Geschäftsführer: Nils Brodersen · "
               "HRB 150244 Amtsgericht Hamburg<br>"
               f'<a href="{track("mail.karrierehafen.example.de", "kh-abmelden")}" style="color:#7a7a7a;">E-Mail-Einstellungen</a>',
        pixel_src=pixel("mail.karrierehafen.example.de", "kh-open"),
    ),
})

# 097 -- municipality: no interim notices will be sent
add({
    "scenario": "stadtverwaltung_eingang", "kind": "application_received", "company": "Stadtverwaltung Oberwald",
    "contact": "", "lang": "de",
    "sender": ("Stadtverwaltung Oberwald - Personalamt", "personalamt@oberwald.example.de"),
    "subject": "Eingangsbestätigung - Ausschreibung 14/2026 Sachbearbeitung Personalservice",
    "date": "2026-05-06T10:44:02+02:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """\
Sehr geehrte Frau Kowalczyk-Reid,

wir bestätigen den Eingang Ihrer Bewerbung auf die Ausschreibung 14/2026
(Sachbearbeitung Personalservice, EG 9b TVöD).

Aufgrund der Vielzahl der eingehenden Bewerbungen können wir keine
Zwischennachrichten versenden. Nach Abschluss des Auswahlverfahrens erhalten
Sie eine schriftliche Mitteilung. Wir bitten um Ihr Verständnis, dass dies
einige Wochen dauern kann.

Diese Nachricht wurde automatisch erstellt; Antworten an diese Adresse werden
nicht bearbeitet.

Mit freundlichen Grüßen
Im Auftrag
Personalamt
Stadtverwaltung Oberwald
Rathausplatz 1, 61440 Oberwald
""",
})

# ------------------------------------------------------------------ French
# 098 -- town hall: no answer within two months means no
add({
    "scenario": "mairie_accuse_reception", "kind": "application_received", "company": "Mairie de Saint-Ouen-les-Tilleuls",
    "contact": "", "lang": "fr",
    "sender": ("Mairie de Saint-Ouen-les-Tilleuls", "ne-pas-repondre@saintouen-tilleuls.example.fr"),
    "subject": "Accusé de réception de votre candidature",
    "date": "2026-05-27T11:20:30+02:00", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """\
Madame,

Nous accusons réception de votre candidature au poste de Gestionnaire
ressources humaines (cadre d'emplois des rédacteurs territoriaux), offre
n° 2026-031, et vous en remercions.

Votre dossier sera examiné par le jury de recrutement à l'issue de la date
limite de dépôt des candidatures, fixée au 15 juin 2026.

Si vous n'avez pas reçu de réponse dans un délai de deux mois, veuillez
considérer que votre candidature n'a pas été retenue.

Nous vous prions d'agréer, Madame, l'expression de nos salutations
distinguées.

Direction des Ressources Humaines
Mairie de Saint-Ouen-les-Tilleuls
Place de la République - 95310 Saint-Ouen-les-Tilleuls

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
""",
})

# 099 -- job platform confirms the application sent to a department store
add({
    "scenario": "plateforme_vivier_emploi", "kind": "application_received", "company": "Galeries Beaumarchais",
    "contact": "", "lang": "fr",
    "sender": ("Vivier Emploi", "candidatures@vivier-emploi.example.fr"),
    "subject": "Votre candidature a bien été envoyée à Galeries Beaumarchais",
    "date": "2026-01-20T13:05:48+01:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": card_shell(
        '<img src="https://vivier-emploi.example.fr/static/ve-logo.png" alt="Vivier Emploi" width="130" '
        'style="display:block;margin-bottom:18px;">\n'
        + paras(
            "Bonjour Hannah,",
            "Votre candidature au poste de <b>HR Business Partner Magasins (H/F)</b> a bien été transmise à "
            "<b>Galeries Beaumarchais</b>.",
            "Le recruteur a désormais accès à votre CV et à votre lettre de motivation. Nous vous "
            "préviendrons dès qu'il aura consulté votre dossier.",
            f'<a href="{track("t.vivier-emploi.example.fr", "gb-suivi")}" style="color:#7c3aed;">Suivre mes candidatures</a>',
            "Bonne chance !<br>L'équipe Vivier Emploi",
        ),
        footer="Vivier Emploi SAS · 40 rue du Louvre · 75001 Paris<br>"
               f'<a href="{track("t.vivier-emploi.example.fr", "ve-desinscription")}" style="color:#8a8a99;">Gérer mes notifications</a>',
        accent="#7c3aed", pixel_src=pixel("t.vivier-emploi.example.fr", "gb-open"),
    ),
})

# 100 -- recruitment firm acknowledges, confidential mandate, consultant in Reply-To
add({
    "scenario": "cabinet_accuse_mandat", "kind": "application_received", "company": "Talentis Conseil",
    "contact": "julien.faure@talentis-conseil.example.fr", "lang": "fr",
    "sender": ("Talentis Conseil", "candidatures@talentis-conseil.example.fr"),
    "reply_to": ("Julien Faure", "julien.faure@talentis-conseil.example.fr"),
    "subject": "Votre candidature – Responsable RH réseau (réf. TC-2604)",
    "date": "2026-04-02T09:48:15+02:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "body": """\
Bonjour Madame Kowalczyk-Reid,

Nous vous remercions pour votre candidature au poste de Responsable RH réseau
(réf. TC-2604) que nous recrutons pour le compte d’un de nos clients, enseigne
de distribution alimentaire en Île-de-France.

Votre dossier a bien été enregistré et sera étudié par Julien Faure, consultant
en charge de la mission, dans les prochains jours. S’il correspond aux attentes
de notre client, il prendra contact avec vous par téléphone.

Pour toute question, vous pouvez répondre directement à ce message.

Cordialement,

L’équipe Talentis Conseil
Cabinet de recrutement – 8, rue d’Hauteville – 75010 Paris
""",
})

# ------------------------------------------------------------------ Spanish
# 101 -- Workday acknowledgement in Spanish
add({
    "scenario": "workday_acuse_recibo", "kind": "application_received", "company": "Grupo Alcaraz Hoteles",
    "contact": "", "lang": "es",
    "sender": ("Grupo Alcaraz Hoteles - Empleo", "grupoalcaraz@myworkday.com"),
    "subject": "Hemos recibido su candidatura",
    "date": "2026-05-04T18:22:01+02:00", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": ats_shell(
        paras(
            "Estimada Hannah:",
            "Le confirmamos que hemos recibido su candidatura para el puesto de <b>Responsable de RR. HH. – "
            "Londres (Southwark)</b> (ref. R-0931).",
            "Nuestro equipo de Selección revisará su perfil y se pondrá en contacto con usted si encaja con "
            "los requisitos del puesto. Puede consultar el estado de su candidatura en cualquier momento "
            "desde el Portal del Candidato.",
            "Gracias por su interés en Grupo Alcaraz Hoteles.",
            "Un cordial saludo,<br>Departamento de Selección",
        ),
        title="Grupo Alcaraz Hoteles", logo_src="https://grupoalcaraz.example.com/img/alcaraz-logo.png",
        logo_alt="Grupo Alcaraz Hoteles", accent="#a4161a",
        footer="Este correo se ha enviado desde una dirección que no acepta respuestas.<br>Grupo Alcaraz "
               "Hoteles, S.L. · Passeig Mallorca 18 · 07012 Palma · CIF B07123456",
        pixel_src=pixel("links.myworkday.com", "alcaraz-ack"),
    ),
})

# 102 -- Spanish job portal confirms the application sent to the supermarket chain
add({
    "scenario": "portal_es_confirmacion", "kind": "application_received", "company": "Mercados Olivar", "contact": "",
    "lang": "es",
    "sender": ("Trabajalia", "avisos@trabajalia.example.com"),
    "subject": "Tu candidatura ha sido enviada a Mercados Olivar",
    "date": "2026-03-02T22:40:26+01:00", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": card_shell(
        paras(
            "¡Hola, Hannah!",
            "Tu candidatura para <b>Responsable de Personas – Reino Unido</b> se ha enviado correctamente a "
            "<b>Mercados Olivar</b>.",
            "Te avisaremos cuando la empresa lea tu CV o cambie el estado del proceso.",
            f'<a href="{track("clk.trabajalia.example.com", "olivar-estado")}" style="color:#e76f51;">Ver mis candidaturas</a>',
            "¡Mucha suerte!<br>El equipo de Trabajalia",
        ),
        footer="Trabajalia · Calle de Alcalá 54, 28014 Madrid · "
               f'<a href="{track("clk.trabajalia.example.com", "tr-baja")}" style="color:#8a8a99;">Darse de baja</a>',
        accent="#e76f51", pixel_src=pixel("clk.trabajalia.example.com", "olivar-open"),
    ),
})

# 103 -- start-up acknowledgement, tú, role mailbox that invites replies; "3 weeks" wording
add({
    "scenario": "startup_recibido_tu", "kind": "application_received", "company": "Plantilla",
    "contact": "talento@plantilla.example.com", "lang": "es",
    "sender": ("Talento Plantilla", "talento@plantilla.example.com"),
    "subject": "¡Recibido! Customer People Partner",
    "date": "2026-06-20T12:31:58+02:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "body": """\
¡Hola, Hannah!

Gracias por apuntarte al proceso de Customer People Partner en Plantilla. Hemos
recibido tu candidatura y la va a leer una persona de verdad (¡nada de filtros
automáticos!).

Somos un equipo pequeño, así que te pedimos un poco de paciencia: si en 3 semanas
no tienes noticias nuestras, entiende que esta vez no seguimos adelante con tu
candidatura.

Si tienes cualquier duda, responde a este correo y te contestamos.

¡Un saludo!
El equipo de Talento de Plantilla
""",
})

# ================================================================== offers
# 104 -- written offer with a PDF offer letter
add({
    "scenario": "offer_letter_pdf", "kind": "offer", "company": "Aireborough Homes",
    "contact": "imran.qureshi@aireboroughhomes.example.org", "lang": "en",
    "sender": ("Imran Qureshi", "imran.qureshi@aireboroughhomes.example.org"),
    "subject": "Offer of employment – People Partner",
    "date": "2026-04-02T10:17:43+01:00", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "mid": outlook_mid("aireborough-offer", "CWXP265MB3391"),
    "body": """\
Dear Hannah,

Further to our telephone conversation yesterday, I am delighted to confirm our
offer of the post of People Partner at Aireborough Homes.

Your offer letter is attached. It sets out the salary (£44,250 per annum, Grade
H, spinal point 3), your hours, 28 days' annual leave plus bank holidays, and the
pension arrangements. The offer is subject to two satisfactory references and
confirmation of your right to work in the UK.

Please sign and return the acceptance slip by Friday 10 April, or let me know if
you would like to talk anything through first. We would love you to start on
Monday 1 June, but we can be flexible around your notice period.

Everyone on the panel is looking forward to working with you.

Kind regards,
Imran

Imran Qureshi
Head of People
Aireborough Homes
T: 01943 496 040
""",
    "attachments": [("Offer letter - H Kowalczyk-Reid - People Partner.pdf", [
        "Aireborough Homes",
        "Aireborough House, Oxford Road, Guiseley LS20 9AT",
        "",
        "2 April 2026",
        "",
        "Dear Hannah",
        "",
        "Offer of employment: People Partner",
        "",
        "I am pleased to offer you the post of People Partner on the following terms:",
        "Salary: £44,250 per annum (Grade H, spinal point 3)",
        "Hours: 37 per week, Monday to Friday, hybrid working",
        "Annual leave: 28 days plus bank holidays",
        "Pension: Social Housing Pension Scheme, employer contribution 8%",
        "Start date: 1 June 2026 (to be agreed)",
        "",
        "This offer is conditional on two satisfactory references and proof of your right to work.",
        "",
        "Yours sincerely",
        "Imran Qureshi, Head of People",
    ])],
})

# 105 -- verbal offer confirmed in writing, formal letter to follow
add({
    "scenario": "verbal_offer_confirmed", "kind": "offer", "company": "Bramley Outdoor",
    "contact": "rachel.donnelly@bramleyoutdoor.example.co.uk", "lang": "en",
    "sender": ("Rachel Donnelly", "rachel.donnelly@bramleyoutdoor.example.co.uk"),
    "cc": [("Lewis Pickard", "lewis.pickard@bramleyoutdoor.example.co.uk")],
    "subject": "Great to speak earlier!",
    "date": "2026-07-21T17:36:08+01:00", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "mid": outlook_mid("bramley-offer", "LO4P265MB5512"),
    "body": """\
Hi Hannah,

Just following up on our call this afternoon – I’m delighted to confirm the verbal
offer of HR Business Partner (Stores North) at Bramley Outdoor:

• Salary £46,000, plus our annual bonus scheme (up to 10%)
• 33 days’ holiday including bank holidays
• Car allowance of £4,200
• Start date to be agreed around your notice – ideally early September

Lewis will send the formal offer letter and contract through by the end of the
week, once our payroll team have set you up. In the meantime, if you have any
questions at all, just give me a shout.

We’re all really excited to have you on board!

Rachel

Rachel Donnelly
HR Director | Bramley Outdoor
Canal Wharf, Leeds LS11 5PS
""",
})

# 106 -- NHS conditional offer, subject to pre-employment checks
add({
    "scenario": "nhs_conditional_offer", "kind": "offer", "company": "Kirkstall Community Healthcare NHS Trust",
    "contact": "kch.recruitment@kch.example.org", "lang": "en",
    "sender": ("KCH Recruitment Team", "kch.recruitment@kch.example.org"),
    "subject": "Conditional offer of employment - HR Business Partner (Band 7)",
    "date": "2026-06-01T15:09:26+01:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "body": """\
Dear Hannah

Conditional offer of employment
Post: HR Business Partner (Band 7), People Directorate
Reference: 338-KCH-2026-0412

Following your recent interview, I am pleased to make you a conditional offer
of employment for the above post, at Band 7, point 1 (£47,810 per annum).

This offer is conditional on the following pre-employment checks being
completed to the Trust's satisfaction:

  - two satisfactory references, one from your current employer
  - occupational health clearance
  - a Disclosure and Barring Service (DBS) check at standard level
  - verification of your identity and right to work in the UK

Please reply to this email to confirm whether you accept this conditional
offer. Once all checks are complete we will contact you to agree a start date
and send your contract of employment.

Congratulations, and welcome to Kirkstall Community Healthcare.

Yours sincerely

Recruitment Team
Kirkstall Community Healthcare NHS Trust
St Mary's House, Abbey Road, Leeds LS5 3HS
""",
    "html": ats_shell(
        paras(
            "Dear Hannah",
            "<b>Conditional offer of employment</b><br>Post: HR Business Partner (Band 7), People "
            "Directorate<br>Reference: 338-KCH-2026-0412",
            "Following your recent interview, I am pleased to make you a conditional offer of employment for "
            "the above post, at Band 7, point 1 (£47,810 per annum).",
            "This offer is conditional on the following pre-employment checks being completed to the Trust's "
            "satisfaction:",
        )
        + "\n<ul><li>two satisfactory references, one from your current employer</li><li>occupational health "
          "clearance</li><li>a Disclosure and Barring Service (DBS) check at standard level</li><li>verification "
          "of your identity and right to work in the UK</li></ul>\n"
        + paras(
            "Please reply to this email to confirm whether you accept this conditional offer. Once all checks "
            "are complete we will contact you to agree a start date and send your contract of employment.",
            "Congratulations, and welcome to Kirkstall Community Healthcare.",
            "Yours sincerely<br><br>Recruitment Team<br>Kirkstall Community Healthcare NHS Trust",
        ),
        title="Conditional offer", logo_src="https://kch.example.org/img/nhs-kch.png",
        logo_alt="Kirkstall Community Healthcare NHS Trust", accent="#005eb8",
        footer="Kirkstall Community Healthcare NHS Trust, St Mary's House, Abbey Road, Leeds LS5 3HS",
    ),
})

# 107 -- contract to sign, PDF attached, HTML body
add({
    "scenario": "contract_to_sign", "kind": "offer", "company": "Rotaful", "contact": "zainab@rotaful.example.com",
    "lang": "en",
    "sender": ("Zainab Mirza", "zainab@rotaful.example.com"),
    "subject": "Your Rotaful contract 📝",
    "date": "2026-06-22T11:45:32+01:00", "structure": "mixed_html", "charset": "utf-8", "cte": "quoted-printable",
    "mid": gmail_mid("rotaful-contract"),
    "html": gmail_shell(
        "<div>Hi Hannah,</div><div><br></div><div>As promised, attached is your contract of employment for the "
        "People Partner (Customer Success) role, reflecting everything we agreed on Friday: £52k base, 0.1% "
        "options, 25 days' holiday plus your birthday off, and a start date of 3 August.</div><div><br></div>"
        "<div>Could you read it through, sign page 9 and send it back to me by Friday 26 June? An e-signature is "
        "totally fine. If anything doesn't look right, shout and we'll fix it.</div><div><br></div>"
        "<div>So pleased you're joining us!</div><div>Zainab</div><div><br></div>"
        '<div style="color:#555"><b>Zainab Mirza</b> | Head of People | Rotaful<br>'
        '<a href="https://rotaful.example.com">rotaful.example.com</a> · '
        '<a href="https://www.linkedin.example.com/company/rotaful">LinkedIn</a></div>'
    ),
    "attachments": [("Rotaful - Contract of Employment - H Kowalczyk-Reid.pdf", [
        "ROTAFUL LTD - CONTRACT OF EMPLOYMENT",
        "",
        "Employee: Hannah Kowalczyk-Reid",
        "Job title: People Partner (Customer Success)",
        "Start date: 3 August 2026",
        "Salary: £52,000 per annum, paid monthly in arrears",
        "Holiday: 25 days plus public holidays plus birthday",
        "Place of work: 88 Wood Street, London EC2V 7RS and remote",
        "Notice: 1 month during probation (3 months), 2 months thereafter",
        "",
        "Signed for Rotaful Ltd: ____________   Employee: ____________",
    ])],
})

# 108 -- agency, ALL CAPS and exclamation marks, client named
add({
    "scenario": "agency_offer_caps", "kind": "offer", "company": "Hallamshire Leisure Trust",
    "contact": "danny.hughes@peakpeople.example.co.uk", "lang": "en",
    "sender": ("Danny Hughes", "danny.hughes@peakpeople.example.co.uk"),
    "subject": "YOU GOT IT!!!",
    "date": "2026-03-11T10:03:55+00:00", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "body": """\
HANNAH!!!!

CONGRATULATIONS!!! Hallamshire Leisure Trust want to OFFER you the HR Advisor job!!! 🎉🎉🎉

Michelle called me first thing – they were so impressed with your presentation on
Friday. Here's what they're offering:

- £34,500 salary (they've gone up from £33k!!)
- 37 hrs, Mon–Fri, with some flexibility
- 27 days hols + bank hols
- free leisure membership for you AND a family member
- start ASAP, but they understand you've got a month's notice

They'll send the formal offer letter through me today or tomorrow. Give me a ring when
you can and let me know what you think – but I have a feeling I know the answer 😉

SO chuffed for you!!
Danny

Danny Hughes
Recruitment Consultant | Peak People Recruitment
0114 496 0912 | 07700 900 144
""",
})

# 109 -- Dublin offer with PDF, multipart/mixed with an HTML alternative
add({
    "scenario": "dublin_offer_pdf", "kind": "offer", "company": "Tolka Foodstores",
    "contact": "orla.kinsella@tolkafoods.example.ie", "lang": "en",
    "sender": ("Orla Kinsella", "orla.kinsella@tolkafoods.example.ie"),
    "subject": "Offer – HR Business Partner",
    "date": "2026-05-26T16:28:14+01:00", "structure": "mixed_alt", "charset": "windows-1252", "cte": "quoted-printable",
    "mid": outlook_mid("tolka-offer", "DB8PR04MB6620"),
    "body": """\
Hi Hannah,

Following our chat on the phone, I’m thrilled to attach our formal offer for the
role of HR Business Partner with Tolka Foodstores.

The letter covers the salary of €62,000, your relocation package (up to €6,000
plus four weeks’ temporary accommodation in Dublin), and our pension and health
insurance. The offer is subject to references and the usual right-to-work
paperwork, which as a UK citizen is straightforward.

If you’re happy, sign the acceptance page and send it back to me by 5 June. And of
course give me a call if you’d like to talk any of it through.

Delighted to be able to make this offer – we all really enjoyed meeting you.

Orla

Orla Kinsella
People Lead | Tolka Foodstores
+353 1 496 0274
""",
    "html": outlook_shell(
        '<p class="MsoNormal">Hi Hannah,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Following our '
        "chat on the phone, I’m thrilled to attach our formal offer for the role of HR Business Partner with "
        "Tolka Foodstores.</p><p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">The letter covers the "
        "salary of €62,000, your relocation package (up to €6,000 plus four weeks’ temporary accommodation in "
        "Dublin), and our pension and health insurance. The offer is subject to references and the usual "
        "right-to-work paperwork, which as a UK citizen is straightforward.</p><p class=\"MsoNormal\">&nbsp;</p>"
        '<p class="MsoNormal">If you’re happy, sign the acceptance page and send it back to me by 5 June. And of '
        "course give me a call if you’d like to talk any of it through.</p><p class=\"MsoNormal\">&nbsp;</p>"
        '<p class="MsoNormal">Delighted to be able to make this offer – we all really enjoyed meeting you.</p>'
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Orla</p><p class="MsoNormal">&nbsp;</p>'
        '<p class="MsoNormal"><b>Orla Kinsella</b><br>People Lead | Tolka Foodstores<br>+353 1 496 0274</p>'
    ),
    "attachments": [("Tolka Foodstores - Offer Letter.pdf", [
        "Tolka Foodstores Limited",
        "Unit 7, Ballymount Business Park, Dublin 12",
        "",
        "26 May 2026",
        "",
        "Dear Hannah,",
        "We are pleased to offer you the position of HR Business Partner.",
        "Salary: EUR 62,000 per annum",
        "Relocation: up to EUR 6,000 and four weeks' temporary accommodation",
        "Pension: 6% employer contribution; VHI health insurance for you",
        "Conditions: two satisfactory references; right to work documentation",
        "",
        "Please sign and return by 5 June 2026.",
        "Orla Kinsella, People Lead",
    ])],
})

# ------------------------------------------------------------------ German offers
# 110 -- contract offer with the contract as PDF
add({
    "scenario": "vertragsangebot_pdf", "kind": "offer", "company": "Fährmann Logistik",
    "contact": "tobias.lenz@faehrmann-logistik.example.de", "lang": "de",
    "sender": ("Tobias Lenz", "tobias.lenz@faehrmann-logistik.example.de"),
    "subject": "Ihr Vertragsangebot - HR Business Partner (m/w/d)",
    "date": "2026-04-30T14:51:20+02:00", "structure": "mixed", "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """\
Sehr geehrte Frau Kowalczyk-Reid,

herzlichen Dank noch einmal für das gute Gespräch am vergangenen Dienstag. Wir
freuen uns sehr, Ihnen die Position als HR Business Partner (m/w/d) am Standort
Frankfurt-Ost anbieten zu können.

Anbei erhalten Sie unseren Arbeitsvertrag in zweifacher Ausfertigung. Die
wichtigsten Eckdaten:

- Eintritt: 1. Juli 2026 (oder nach Vereinbarung)
- Bruttojahresgehalt: 68.000 EUR, zahlbar in 12 Monatsgehältern
- 30 Urlaubstage, 39-Stunden-Woche, zwei mobile Arbeitstage pro Woche
- Probezeit: sechs Monate

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. Mai zurück; gerne
auch vorab als Scan. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen
Tobias Lenz
Leiter Personal

Fährmann Logistik GmbH
Hanauer Landstraße 291 · 60314 Frankfurt am Main
Geschäftsführung: Karl-Heinz Fährmann, Bettina Ochs · Amtsgericht Frankfurt am Main HRB 67011
""",
    "attachments": [("Arbeitsvertrag_Kowalczyk-Reid.pdf", [
        "ARBEITSVERTRAG",
        "zwischen der Fährmann Logistik GmbH, Hanauer Landstraße 291, 60314 Frankfurt am Main",
        "und Frau Hannah Kowalczyk-Reid",
        "",
        "§ 1 Beginn und Tätigkeit: Eintritt am 1. Juli 2026 als HR Business Partner (m/w/d).",
        "§ 2 Probezeit: Die ersten sechs Monate gelten als Probezeit.",
        "§ 3 Vergütung: Bruttojahresgehalt 68.000 EUR in zwölf Monatsraten.",
        "§ 4 Arbeitszeit: 39 Stunden pro Woche.",
        "§ 5 Urlaub: 30 Arbeitstage pro Kalenderjahr.",
        "",
        "Frankfurt am Main, den 30. April 2026",
    ])],
})

# 111 -- written offer from the fashion house, ISO-8859-1 8bit
add({
    "scenario": "zusage_modehaus", "kind": "offer", "company": "Modehaus Brandt",
    "contact": "c.brandt@modehaus-brandt.example.de", "lang": "de",
    "sender": ("Christiane Brandt", "c.brandt@modehaus-brandt.example.de"),
    "subject": "Ihre Zusage: Personalreferentin (m/w/d)",
    "date": "2026-02-27T12:12:40+01:00", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "body": """\
Sehr geehrte Frau Kowalczyk-Reid,

wir freuen uns, Ihnen nach den Gesprächen mit Herrn Kröger und mir die Stelle als
Personalreferentin (m/w/d) für unsere Filialen in Frankfurt und Wiesbaden
anbieten zu können.

Unser Angebot:
  Bruttojahresgehalt 58.500 EUR zzgl. Weihnachtsgeld
  40 Stunden/Woche, 30 Tage Urlaub
  Personalrabatt von 30 % in allen Häusern
  Eintritt zum 1. Mai 2026

Den Arbeitsvertrag senden wir Ihnen per Post zu, sobald Sie uns Ihre Zusage
gegeben haben. Wir würden uns sehr freuen, Sie in unserem Team zu begrüßen, und
bitten um Ihre Rückmeldung bis zum 6. März.

Mit freundlichen Grüßen

Christiane Brandt
Leitung Personal
Modehaus Brandt GmbH
Zeil 84 · 60313 Frankfurt am Main
""",
})

# ------------------------------------------------------------------ French offer
# 112 -- promesse d'embauche with PDF
add({
    "scenario": "promesse_embauche_pdf", "kind": "offer", "company": "Galeries Beaumarchais",
    "contact": "arnaud.petrel@galeries-beaumarchais.example.fr", "lang": "fr",
    "sender": ("Arnaud Pétrel", "arnaud.petrel@galeries-beaumarchais.example.fr"),
    "cc": [("Sophie Garnier", "sophie.garnier@galeries-beaumarchais.example.fr")],
    "subject": "Promesse d'embauche – HR Business Partner Magasins",
    "date": "2026-03-03T18:05:27+01:00", "structure": "mixed", "charset": "utf-8", "cte": "quoted-printable",
    "mid": outlook_mid("beaumarchais-promesse", "PR3P192MB0811"),
    "body": """\
Madame,

Suite à nos différents entretiens, j'ai le plaisir de vous confirmer notre
souhait de vous accueillir au sein des Galeries Beaumarchais en qualité de HR
Business Partner Magasins, statut cadre.

Vous trouverez ci-joint votre promesse d'embauche précisant les conditions
proposées : rémunération annuelle brute de 52 000 € sur 13 mois, forfait de
218 jours, prise de poste souhaitée le 4 mai 2026, période d'essai de quatre
mois renouvelable une fois.

Je vous remercie de bien vouloir nous retourner ce document signé avant le
13 mars. Sophie Garnier reste à votre disposition pour toute question
pratique, notamment concernant votre installation à Paris.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Arnaud Pétrel
Directeur des Ressources Humaines
Galeries Beaumarchais
52, boulevard Beaumarchais – 75011 Paris
""",
    "attachments": [("Promesse_embauche_Kowalczyk-Reid.pdf", [
        "GALERIES BEAUMARCHAIS - PROMESSE D'EMBAUCHE",
        "",
        "Madame Hannah Kowalczyk-Reid",
        "Poste : HR Business Partner Magasins, statut cadre",
        "Rémunération : 52 000 EUR bruts annuels sur 13 mois",
        "Temps de travail : forfait annuel de 218 jours",
        "Date d'entrée : 4 mai 2026",
        "Période d'essai : 4 mois, renouvelable une fois",
        "",
        "Fait à Paris, le 3 mars 2026",
        "Arnaud Pétrel, Directeur des Ressources Humaines",
    ])],
})

# ------------------------------------------------------------------ Spanish offer
# 113 -- written offer from the supermarket chain, multipart/alternative
add({
    "scenario": "oferta_es", "kind": "offer", "company": "Mercados Olivar",
    "contact": "javier.montoya@mercadosolivar.example.com", "lang": "es",
    "sender": ("Javier Montoya", "javier.montoya@mercadosolivar.example.com"),
    "subject": "Oferta de empleo – Responsable de Personas (Reino Unido)",
    "date": "2026-04-14T09:40:18+02:00", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "mid": gmail_mid("olivar-oferta"),
    "body": """\
Estimada Hannah:

Tras las entrevistas de las últimas semanas, tengo el placer de ofrecerle el
puesto de Responsable de Personas para nuestras tiendas Olivar Deli en el Reino
Unido, con base en Londres.

Las condiciones que le proponemos son:

- Salario bruto anual: 55.000 £, más un bonus de hasta el 10 %
- 25 días de vacaciones más festivos
- Incorporación: 1 de junio de 2026
- Dos viajes al año a la sede de Madrid

Le agradecería que nos confirmara su aceptación antes del 24 de abril. Una vez
recibida, el departamento de RR. HH. le enviará el contrato para su firma.

Quedo a su disposición para cualquier duda.

Un cordial saludo,

Javier Montoya
Director de Operaciones – Reino Unido
Mercados Olivar, S.A.
""",
    "html": gmail_shell(
        "<div>Estimada Hannah:</div><div><br></div><div>Tras las entrevistas de las últimas semanas, tengo el "
        "placer de ofrecerle el puesto de <b>Responsable de Personas</b> para nuestras tiendas Olivar Deli en el "
        "Reino Unido, con base en Londres.</div><div><br></div><div>Las condiciones que le proponemos son:</div>"
        "<ul><li>Salario bruto anual: 55.000 £, más un bonus de hasta el 10 %</li><li>25 días de vacaciones más "
        "festivos</li><li>Incorporación: 1 de junio de 2026</li><li>Dos viajes al año a la sede de Madrid</li></ul>"
        "<div>Le agradecería que nos confirmara su aceptación antes del 24 de abril. Una vez recibida, el "
        "departamento de RR. HH. le enviará el contrato para su firma.</div><div><br></div><div>Quedo a su "
        "disposición para cualquier duda.</div><div><br></div><div>Un cordial saludo,</div><div><br></div>"
        "<div><b>Javier Montoya</b><br>Director de Operaciones – Reino Unido<br>Mercados Olivar, S.A.</div>"
    ),
})
