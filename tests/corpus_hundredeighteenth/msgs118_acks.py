"""Application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs118_common import M, ats, outlook, simple

ACKS: list[dict] = []
add = ACKS.append

# ---------------------------------------------------------------- application received

add(M(
    kind="application_received", name="workday_thank_you", company="Lee Valley Biologics",
    contact="", lang="en",
    frm=("Careers at Lee Valley Biologics", "leevalleybio@myworkday.com"),
    subject="Thank you for applying: Contracts Coordinator (R-04417)",
    date="2026-01-29 21:17 +0000", fmt="alt", cte="quoted-printable",
    headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Workday Notifications"},
    html=ats("""Dear Freya,

Thank you for your interest in Lee Valley Biologics. We have received your application for the Contracts Coordinator position (R-04417).

Our Talent Acquisition team is currently reviewing applications, and a member of the team will contact you if your qualifications match the needs of the role. You can check the status of your application at any time from your candidate home page.

Kind regards,
Talent Acquisition Team
Lee Valley Biologics""", brand="Lee Valley Biologics", logo="Lee Valley Biologics - Science for Life",
             track="email.myworkday.com", accent="#00695c",
             button=("View candidate home", "https://leevalleybio.wd3.myworkday.com/careers/userHome"),
             footer="Lee Valley Biologics Limited, Ringaskiddy, Co. Cork, P43 XK20. Registered in Ireland No. 548812.\nThis is a system-generated message from Workday. Please do not reply to this email."),
))

add(M(
    kind="application_received", name="cannot_reply_to_every_applicant", company="Barrett Kingston Solicitors",
    contact="", lang="en",
    frm=("Barrett Kingston Solicitors", "recruitment@barrettkingston.example.ie"),
    subject="Automatic reply: Application - Contracts Paralegal", date="2026-01-12 08:03 +0000",
    cte="7bit", thread=1, thread_domain="example.ie",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Thank you for your application to Barrett Kingston Solicitors.

This is an automated acknowledgement. Your CV has been received and will be reviewed by our Practice Manager.

Due to the high number of applications we receive, we regret that we cannot reply to every applicant individually. If you have not heard from us within 4 weeks, please consider your application unsuccessful on this occasion.

Please note that this mailbox is not monitored for replies.

Barrett Kingston Solicitors
7 South Mall, Cork T12 RX2F
www.barrettkingston.example.ie""",
))

add(M(
    kind="application_received", name="job_board_sent_to_employer", company="Gridline Energy Networks",
    contact="", lang="en",
    frm=("JobsNest.ie", "applications@notify.jobsnest.example.ie"),
    subject="Your application has been sent to Gridline Energy Networks",
    date="2026-02-02 20:44 +0000", fmt="html", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.jobsnest.example.ie/account/email-settings?u=f7a2>"},
    html=ats("""Hi Freya,

Good luck! Your application for Procurement Contracts Specialist with Gridline Energy Networks (Dublin 2) was sent successfully on 2 February 2026 at 20:44.

What happens next? The employer will review your CV and cover letter. If they'd like to take things further, they will contact you directly. You can track this and your other applications under "My Applications".

Here are some similar jobs you might like:
Contracts Manager - Wind Farm Portfolio, Cork
Procurement Officer (Temporary), Dublin 4

The JobsNest.ie team""", brand="JobsNest.ie", logo="JobsNest.ie - Ireland's job nest", track="t.jobsnest.example.ie",
             accent="#e85d04", button=("Go to My Applications", "https://www.jobsnest.example.ie/my-applications"),
             footer="JobsNest.ie is a trading name of Nest Media Group Ltd, 40 Harcourt Street, Dublin 2.\nYou are receiving this because you applied for a job on JobsNest.ie.",
             unsub="https://www.jobsnest.example.ie/account/email-settings?u=f7a2"),
))

_t = """Your application was sent to Kestrel Medical Devices

Contracts Specialist
Kestrel Medical Devices - Galway, County Galway, Ireland (On-site)
Applied on 26 March 2026

Your profile, CV (Freya_MacAllister-Osei_CV_2026.pdf) and contact details were shared with the employer.

Now is a good time to follow Kestrel Medical Devices to hear about their updates.

View application: https://www.pronet.example.com/jobs/view/3981122/applied

You are receiving Job application notifications. Unsubscribe: https://www.pronet.example.com/e/unsub/jobs?k=e8
ProNet Ireland Ltd, Grand Canal Quay, Dublin 2."""
add(M(
    kind="application_received", name="network_platform_applied", company="Kestrel Medical Devices",
    contact="", lang="en",
    frm=("ProNet", "jobs-noreply@pronet.example.com"),
    subject="Freya, your application was sent to Kestrel Medical Devices",
    date="2026-03-26 12:09 +0000", fmt="alt", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.pronet.example.com/e/unsub/jobs?k=e8>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    body=_t,
    html=ats(_t, brand="ProNet", logo="ProNet", track="www.pronet.example.com", accent="#0a66c2"),
))

add(M(
    kind="application_received", name="greenhouse_thanks_for_applying", company="Corrib Medical",
    contact="", lang="en",
    frm=("Corrib Medical Recruiting", "no-reply@greenhouse-mail.io"),
    subject="Thanks for applying to Corrib Medical!", date="2026-02-26 23:58 +0000", cte="quoted-printable",
    body="""Hi Freya,

Thanks for applying for the Commercial Contracts Analyst role at Corrib Medical. We've got your application and our team will take a look in the coming days.

We read every application ourselves (no robots!). If your experience looks like a match, a member of our Talent team will be in touch to set up a first conversation.

In the meantime, you can read more about life at Corrib Medical here: https://careers.corribmedical.example.ie/life

Best,
The Corrib Medical Talent Team

--
Corrib Medical Ltd, Parkmore West, Galway H91 P2R4
This email was sent via Greenhouse. Replies to this address are not monitored.""",
))

add(M(
    kind="application_received", name="stateroles_receipt", company="National Shared Purchasing Office",
    contact="", lang="en",
    frm=("StateRoles Notifications", "donotreply@stateroles.example.ie"),
    subject="Application received - NSPO-2026-07", date="2026-04-17 23:41 +0100", cte="7bit",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Dear Freya MacAllister-Osei,

This email confirms that we have received your application for:

Competition: NSPO-2026-07 Contracts Management Officer (Higher Executive Officer)
National Shared Purchasing Office
Candidate number: C-2207
Submitted: 17/04/2026 23:39

Shortlisting may be carried out. Candidates will be notified of the outcome through their StateRoles account. Please check your account and email (including junk folders) regularly.

StateRoles
Please do not reply to this email.""",
))

add(M(
    kind="application_received", name="university_six_weeks", company="Atlantic University Galway",
    contact="", lang="en",
    frm=("Atlantic University Galway - eRecruitment", "erecruitment-noreply@aug.example.ie"),
    subject="Acknowledgement: Competition 026-114", date="2026-03-12 16:28 +0000",
    charset="iso-8859-1", cte="quoted-printable",
    body="""A chara,

Thank you for submitting your application for Competition 026-114, Contracts Officer (Fixed-term, 3 years), Research Office. This is to acknowledge receipt.

Shortlisting will take place after the closing date of 26 March 2026. Due to the large number of applications we anticipate, if you have not heard from us within six weeks of the closing date you should assume that your application has not been successful on this occasion.

Atlantic University Galway is an equal opportunities employer.

Human Resources Office
Atlantic University Galway

This message was sent from an unmonitored address.""",
))

add(M(
    kind="application_received", name="nhs_four_weeks_unsuccessful", company="St Aldhelm's NHS Foundation Trust",
    contact="", lang="en",
    frm=("St Aldhelm's NHS Foundation Trust", "no-reply@taleo.net"),
    subject="Application received - 318-CORP-2271", date="2026-03-30 20:12 +0100", fmt="alt",
    cte="quoted-printable", headers={"Auto-Submitted": "auto-generated"},
    html=ats("""Dear Freya,

Thank you for applying for Contracts Officer (Band 5), reference 318-CORP-2271.

Your application has been received and will be passed to the recruiting manager for shortlisting after the closing date (12 April 2026).

Please note: if you have not heard from us within four weeks of the closing date, please assume that your application has been unsuccessful on this occasion. We receive a large number of applications and are unable to contact every applicant.

Recruitment Services""", brand="St Aldhelm's NHS Foundation Trust", logo="St Aldhelm's NHS Foundation Trust logo",
             track="trk.taleo.net", accent="#005eb8",
             footer="St Aldhelm's NHS Foundation Trust, Aldhelm Road, London SE10 9ZZ.\nThis message was sent from an unattended mailbox."),
))

add(M(
    kind="application_received", name="workable_received", company="Grachtenhuis Legal",
    contact="", lang="en",
    frm=("Grachtenhuis Legal", "noreply@workablemail.com"),
    subject="We received your application for Legal Contracts Coordinator",
    date="2026-02-08 11:37 +0100", fmt="html", cte="base64",
    html=ats("""Dear Freya,

Thank you for your interest in joining Grachtenhuis Legal. This is to confirm that your application for Legal Contracts Coordinator (Amsterdam, English-speaking) has been received.

Our HR team will review it carefully over the coming two weeks. We will let you know the next steps either way.

Best regards,
HR team, Grachtenhuis Legal""", brand="Grachtenhuis Legal", logo="Grachtenhuis Legal", track="clicks.workablemail.com",
             accent="#7a1f3d", footer="Grachtenhuis Legal N.V. · Herengracht 433 · 1017 BR Amsterdam\nPowered by Workable"),
))

add(M(
    kind="application_received", name="ashby_got_it", company="Tendrly", contact="", lang="en",
    frm=("Tendrly Hiring", "no-reply@ashbyhq.com"),
    subject="Got it - thanks for applying to Tendrly", date="2026-02-09 07:12 +0000", cte="8bit",
    body="""Hey Freya,

This is a quick note to say your application for Customer Contracts Lead has landed safely with us.

We're a small team, so a human (usually Ruairí or Aisling) reads every application. Expect to hear back within about a week, whatever the answer.

Cheers,
Team Tendrly

Tendrly - procurement paperwork, minus the pain
Albert Quay, Cork""",
))

add(M(
    kind="application_received", name="agency_site_application", company="Shannon Aerolease",
    contact="", lang="en",
    frm=("Anchor & Oak Recruitment", "jobs-noreply@anchorandoak.example.ie"),
    subject="Application: Contracts Administrator - Shannon Aerolease", date="2026-04-01 13:20 +0100",
    fmt="html", cte="quoted-printable",
    html=simple("""Hi Freya,

Thanks for applying for the Contracts Administrator role with our client Shannon Aerolease (Shannon, Co. Clare) through anchorandoak.example.ie.

Your CV has been added to our database and passed to the consultant handling the vacancy. If your experience matches the brief, they'll be in touch within five working days to arrange a chat.

Anchor & Oak Recruitment
Henry Street, Limerick | Baggot Street, Dublin

This email was sent automatically, please don't reply to it. To manage your job alerts visit https://anchorandoak.example.ie/account"""),
))

add(M(
    kind="application_received", name="icims_application_complete", company="Causeway Utilities",
    contact="", lang="en",
    frm=("Causeway Utilities Talent Acquisition", "causewayutilities+autoreply@talent.icims.com"),
    subject="Application complete: Contract & Supplier Manager", date="2026-04-24 19:55 +0100",
    fmt="html", cte="quoted-printable",
    html=ats("""Dear Freya,

Thank you for completing your application for Contract & Supplier Manager (Req 2026-1187).

Next, you'll receive an invitation to complete two short online assessments (verbal and numerical reasoning). Please complete them within five days of receiving the link.

Kind regards

The Talent Team
Causeway Utilities""", brand="Causeway Utilities", logo="Causeway Utilities", track="click.icims.com", accent="#00838f",
             footer="Causeway Utilities Ltd is registered in Northern Ireland No. NI604417.\nThis is an automated email, please do not reply."),
))

add(M(
    kind="application_received", name="personio_eingangsbestaetigung", company="Bahnhofsviertel Labs",
    contact="", lang="de",
    frm=("Bahnhofsviertel Labs GmbH", "jobs-noreply@personio.de"),
    subject="Vielen Dank für Ihre Bewerbung!", date="2026-04-09 22:31 +0200", fmt="html", cte="quoted-printable",
    html=ats("""Hallo Frau MacAllister-Osei,

vielen Dank für Ihre Bewerbung als Contract Manager (m/w/d) bei Bahnhofsviertel Labs! Wir haben Ihre Unterlagen erhalten und melden uns so schnell wie möglich bei Ihnen – in der Regel innerhalb von zehn Werktagen.

Viele Grüße
Ihr People-Team""", brand="Bahnhofsviertel Labs", logo="Bahnhofsviertel Labs", track="mail.personio.de",
             accent="#ff5a5f", lang="de",
             footer="Bahnhofsviertel Labs GmbH · Kaiserstraße 61 · 60329 Frankfurt am Main\nGeschäftsführer: Jonas Reuter, Dr. Mira Sayed · Amtsgericht Frankfurt am Main HRB 118420\nHinweise zum Datenschutz finden Sie unter https://bahnhofsviertel-labs.jobs.personio.de/privacy"),
))

add(M(
    kind="application_received", name="softgarden_bewerbung_eingegangen", company="Nordend Medizintechnik",
    contact="", lang="de",
    frm=("Nordend Medizintechnik GmbH", "nordend-medizintechnik-noreply@softgarden.io"),
    subject="Ihre Bewerbung ist bei uns eingegangen", date="2026-06-29 08:44 +0200", fmt="html",
    cte="quoted-printable", charset="iso-8859-1",
    html=ats("""Sehr geehrte Frau MacAllister-Osei,

herzlichen Dank für Ihre Bewerbung als Vertragsmanager (m/w/d) und Ihr Interesse an Nordend Medizintechnik.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Nordend Medizintechnik""", brand="Nordend Medizintechnik", logo="Nordend Medizintechnik", track="link.softgarden.io",
             accent="#0072bc", lang="de",
             footer="Nordend Medizintechnik GmbH · Eckenheimer Landstraße 140 · 60318 Frankfurt am Main\nGeschäftsführung: Dr. Ralf Engelmann · HRB 104552 Amtsgericht Frankfurt am Main"),
))

_t = """Guten Tag Frau MacAllister-Osei,

vielen Dank für Ihre Online-Bewerbung als Sachbearbeiter*in Einkauf & Vertragsmanagement (Job-ID 50173).

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden Ihre Bewerbung prüfen und uns nach Abschluss der Vorauswahl bei Ihnen melden. Bitte haben Sie Verständnis, dass dies bis zu vier Wochen dauern kann.

Freundliche Grüße
Ihr Recruiting-Team
Rheinmain Versorgung

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."""
add(M(
    kind="application_received", name="successfactors_eingang", company="Rheinmain Versorgung",
    contact="", lang="de",
    frm=("Rheinmain Versorgung AG – Recruiting", "recruiting-noreply@successfactors.eu"),
    subject="Eingangsbestätigung Ihrer Bewerbung (Job-ID 50173)", date="2026-01-30 14:07 +0100",
    fmt="alt", cte="quoted-printable", hcharset="utf-8", body=_t,
    html=ats(_t, brand="Rheinmain Versorgung", logo="Rheinmain Versorgung AG – Energie für die Region",
             track="performancemanager.successfactors.eu", accent="#004b87", lang="de",
             footer="Rheinmain Versorgung AG · Solmsstraße 38 · 60486 Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 72291"),
))

add(M(
    kind="application_received", name="jobportal_uebermittelt", company="Universitätsklinikum Main-Taunus",
    contact="", lang="de",
    frm=("JobBrücke", "bewerbung@mailing.jobbruecke.example.de"),
    subject="Ihre Bewerbung wurde übermittelt: Referentin (w/m/d) Vertrags- und Beschaffungsmanagement",
    date="2026-05-20 21:06 +0200", fmt="html", cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://www.jobbruecke.example.de/abmelden?t=91cc>"},
    html=ats("""Hallo Freya MacAllister-Osei,

Ihre Bewerbung wurde erfolgreich an das Universitätsklinikum Main-Taunus übermittelt.

Stelle: Referentin (w/m/d) Vertrags- und Beschaffungsmanagement
Arbeitgeber: Universitätsklinikum Main-Taunus, Bad Soden am Taunus
Gesendet am: 20.05.2026, 21:06 Uhr

Der Arbeitgeber meldet sich direkt bei Ihnen. Unter "Meine Bewerbungen" behalten Sie den Überblick.

Viel Erfolg wünscht Ihnen
Ihr JobBrücke-Team""", brand="JobBrücke", logo="JobBrücke – Dein Weg zum Job", track="click.jobbruecke.example.de",
             accent="#00a86b", lang="de", button=("Meine Bewerbungen", "https://www.jobbruecke.example.de/meine-bewerbungen"),
             footer="JobBrücke GmbH · Hanauer Landstraße 291 · 60314 Frankfurt am Main · HRB 110877",
             unsub="https://www.jobbruecke.example.de/abmelden?t=91cc"),
))

add(M(
    kind="application_received", name="kanzlei_nichts_hoeren", company="Hollweg Brandt Rechtsanwälte",
    contact="bewerbung@hollweg-brandt.example.de", lang="de",
    frm=("Bewerbungen Hollweg Brandt", "bewerbung@hollweg-brandt.example.de"),
    subject="Eingangsbestätigung: Referentin Vertragsmanagement", date="2026-03-11 09:22 +0100",
    charset="iso-8859-1", cte="8bit",
    body="""Sehr geehrte Frau MacAllister-Osei,

wir bestätigen den Eingang Ihrer Bewerbung als Referentin Vertragsmanagement und bedanken uns für Ihr Interesse an unserer Kanzlei.

Wir sichten alle Unterlagen nach Ablauf der Bewerbungsfrist am 20. März. Bitte haben Sie Verständnis dafür, dass wir nicht jede Bewerbung einzeln beantworten können: Sollten Sie bis Ende April nichts von uns gehört haben, ist die Stelle anderweitig vergeben.

Für Rückfragen erreichen Sie uns unter dieser Adresse.

Mit freundlichen Grüßen
Personalabteilung
Hollweg Brandt Rechtsanwälte Partnerschaft mbB
Opernplatz 4 · 60313 Frankfurt am Main""",
))

add(M(
    kind="application_received", name="recibida_treinta_dias", company="Laboratorios Alcázar Farma",
    contact="", lang="es",
    frm=("Laboratorios Alcázar Farma - Talento", "no-reply@successfactors.eu"),
    subject="Hemos recibido su candidatura (Ref. 2026-MAD-118)", date="2026-04-14 10:02 +0200",
    fmt="alt", cte="quoted-printable", hcharset="utf-8",
    html=ats("""Estimada Sra. MacAllister-Osei:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Técnico/a de Contratos y Licitaciones (Ref. 2026-MAD-118).

Nuestro equipo revisará su perfil con atención. Debido al elevado número de candidaturas, no nos es posible responder individualmente a todas las personas: si no recibe noticias nuestras en un plazo de 30 días, entienda que su candidatura no ha sido seleccionada en esta ocasión.

Gracias por su interés en Laboratorios Alcázar Farma.

Departamento de Personas""", brand="Laboratorios Alcázar Farma", logo="Laboratorios Alcázar Farma",
             track="career5.successfactors.eu", accent="#a3122a", lang="es",
             footer="Laboratorios Alcázar Farma, S.A. · Calle de Alcalá 402, 28027 Madrid\nEste mensaje se ha generado automáticamente; por favor, no responda."),
))

add(M(
    kind="application_received", name="portal_empleo_enviada", company="Energía Castellana",
    contact="", lang="es",
    frm=("EmpleoYa", "avisos@empleoya.example.es"),
    subject="¡Tu candidatura se ha enviado a Energía Castellana!", date="2026-06-10 22:48 +0200",
    fmt="html", cte="base64", hcharset="utf-8",
    headers={"List-Unsubscribe": "<https://www.empleoya.example.es/baja?id=5521>"},
    html=ats("""¡Hola, Freya!

Tu candidatura para la oferta Gestor/a de Contratos de Suministro de Energía Castellana (Madrid) se ha enviado correctamente.

La empresa revisará tu CV y, si encaja con lo que buscan, se pondrá en contacto contigo. Puedes seguir el estado de tu candidatura desde la app: leída, en proceso o descartada.

¡Mucha suerte!
El equipo de EmpleoYa""", brand="EmpleoYa", logo="EmpleoYa", track="clk.empleoya.example.es", accent="#ff7a00", lang="es",
             button=("Ver mis candidaturas", "https://www.empleoya.example.es/mis-candidaturas"),
             footer="EmpleoYa Servicios Digitales, S.L. · Calle de Orense 34, 28020 Madrid",
             unsub="https://www.empleoya.example.es/baja?id=5521"),
))

add(M(
    kind="application_received", name="taleo_accuse_reception", company="Laboratoires Vérandel",
    contact="", lang="fr",
    frm=("Laboratoires Vérandel - Recrutement", "ne-pas-repondre@taleo.net"),
    subject="Accusé de réception de votre candidature", date="2026-03-03 09:51 +0100",
    fmt="html", cte="quoted-printable", charset="iso-8859-1", hcharset="iso-8859-1",
    html=ats("""Madame,

Nous accusons réception de votre candidature au poste de Gestionnaire Contrats Fournisseurs (site de Little Island, Cork) et vous remercions de l'intérêt que vous portez aux Laboratoires Vérandel.

Votre dossier va être étudié avec attention par nos équipes. Nous reviendrons vers vous dans les meilleurs délais.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

La Direction des Ressources Humaines""", brand="Laboratoires Vérandel", logo="Laboratoires Vérandel", track="vrd.taleo.net",
             accent="#003e7e", lang="fr",
             footer="Laboratoires Vérandel SAS - 12 quai Perrache, 69002 Lyon - RCS Lyon 402 118 330\nMerci de ne pas répondre à ce message automatique."),
))

add(M(
    kind="application_received", name="sans_reponse_quatre_semaines", company="Groupe Hélios Énergie",
    contact="", lang="fr",
    frm=("Groupe Hélios Énergie", "no-reply-recrutement@groupe-helios.example.fr"),
    subject="Votre candidature a bien été reçue", date="2026-07-06 14:18 +0200",
    charset="windows-1252", cte="quoted-printable", hcharset="utf-8",
    body="""Bonjour,

Nous vous remercions pour votre candidature au poste de Contract Manager – Hélios Energy Ireland (Dublin), référence HEI-2026-014. Elle a bien été enregistrée.

Notre équipe l’étudiera dans les prochaines semaines. Compte tenu du nombre important de candidatures, nous ne sommes pas en mesure de répondre personnellement à chacune : sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre candidature n’a pas été retenue.

Cordialement,

Direction des Ressources Humaines
Groupe Hélios Énergie

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
))

# ---------------------------------------------------------------- offers

add(M(
    kind="offer", name="offer_letter_attached", company="Treaty City Medtech",
    contact="liam.costigan@treatycitymed.example.ie", lang="en",
    frm=("Liam Costigan", "liam.costigan@treatycitymed.example.ie"),
    cc=[("Niamh Purcell", "niamh.purcell@treatycitymed.example.ie")],
    subject="Offer of employment - Contracts Manager, Commercial Operations",
    date="2026-08-21 17:12 +0100", cte="quoted-printable",
    body="""Dear Freya,

Following your interview last week, I am delighted to offer you the position of Contracts Manager, Commercial Operations at Treaty City Medtech, reporting to me.

Your formal offer letter is attached. In summary: a base salary of €58,500, a 10% annual bonus target, 25 days' annual leave, and a hybrid arrangement of three days a week on site in Raheen. We would hope for a start date of Monday 5 October, but we understand you need to give notice.

Please read the letter carefully and, if you are happy, sign and return it to Niamh Purcell in HR (copied) by Friday 28 August. Don't hesitate to call me if you have any questions at all.

We were all really impressed, and I'm looking forward to working with you.

Kind regards,
Liam

Liam Costigan
Director, Commercial Operations
Treaty City Medtech | Raheen Business Park | Limerick V94 K2C7
+353 61 555 2040""",
    attach=[M(filename="TCM_Offer_Letter_FMacAllister-Osei.pdf", lines=[
        "Treaty City Medtech Ltd - Raheen Business Park, Limerick V94 K2C7",
        "21 August 2026", "", "Private & Confidential", "Ms Freya MacAllister-Osei", "",
        "Dear Freya,", "Offer of Employment: Contracts Manager, Commercial Operations",
        "We are pleased to offer you employment on the following terms:",
        "Base salary: EUR 58,500 per annum. Bonus target: 10%.",
        "Annual leave: 25 days. Probation: 6 months. Notice: 1 month.",
        "Proposed start date: 5 October 2026.", "",
        "Please sign and return one copy by 28 August 2026.", "", "Niamh Purcell, HR Manager"])],
))

add(M(
    kind="offer", name="verbal_offer_confirmed", company="O'Callaghan Brothers Contracting",
    contact="eoin@ocallaghanbros.example.ie", lang="en",
    frm=("Eoin O'Callaghan", "eoin@ocallaghanbros.example.ie"),
    subject="Confirming our offer", date="2026-03-10 12:55 +0000", cte="8bit",
    body="""Freya,

Great to talk to you this morning. As discussed on the phone, Colm and I are delighted to confirm our offer of the contracts administrator job: €42,000 a year, Monday to Friday 8.30 to 5 (half day Fridays in summer, that's a family tradition), company laptop and phone, and we'll pay for the procurement diploma you mentioned.

Our accountant, Mary, will draw up a proper contract this week and send it over. Start date is whenever suits once you've worked your notice.

Welcome aboard - genuinely chuffed.

Eoin O'Callaghan
O'Callaghan Brothers Contracting
Unit 9, Little Island Industrial Estate, Cork
087 555 1902""",
))

add(M(
    kind="offer", name="conditional_offer_vetting", company="Mid-West Regional Health Area",
    contact="recruitment@mwrha.example.ie", lang="en",
    frm=("MWRHA Recruitment", "recruitment@mwrha.example.ie"),
    subject="Provisional offer - Senior Contracts Officer (MWRHA-0319)", date="2026-09-15 10:40 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Dear Ms MacAllister-Osei,

Re: Senior Contracts Officer, Grade VII, Procurement & Contracts (Campaign MWRHA-0319)

I am pleased to inform you that, following interview, you have been placed first on the panel for the above post, and I am now in a position to make you a provisional offer of appointment.

This offer is conditional on:
1. satisfactory references from two referees, one of whom must be a current or most recent employer;
2. satisfactory Garda vetting (an e-vetting invitation will issue separately);
3. a pre-employment health assessment by Occupational Health.

The post is based at St Munchin's Campus, Dooradoyle, Limerick. Salary will be on the first point of the Grade VII scale, in line with Department of Health consolidated pay scales.

Please confirm by reply whether you accept this provisional offer, and send the contact details of your referees.

Yours sincerely,

Ciarán Ó Súilleabháin
Recruitment Manager
Mid-West Regional Health Area""",
))

_t = """Dear Freya,

We are very happy to tell you that we would like you to join Zuidas Contract Services as Contract Manager (English-speaking)!

Attached you will find your employment contract and our staff handbook summary. The contract is for one year with the intention of a permanent contract afterwards, as is usual in the Netherlands. Key points: gross monthly salary EUR 4,650 (plus 8% holiday allowance), 32 hours, start date 1 September 2026, and support with relocation and the 30% ruling application.

You will also receive a separate e-signature request from our signing platform. Please sign the contract there before 10 July. If you have questions, just reply to this email or call me.

Welcome to the team!

Pieter Bakker
Team Lead Contract Management
Zuidas Contract Services"""
add(M(
    kind="offer", name="contract_to_sign", company="Zuidas Contract Services",
    contact="pieter.bakker@zuidascs.example.nl", lang="en",
    frm=("Pieter Bakker", "pieter.bakker@zuidascs.example.nl"),
    subject="Your contract - welcome to Zuidas Contract Services", date="2026-06-26 16:03 +0200",
    fmt="alt", cte="quoted-printable", body=_t,
    html=outlook(_t, lang="EN-GB", font="Aptos"),
    attach=[M(filename="Arbeidsovereenkomst_FMacAllister-Osei_ZCS.pdf", lines=[
        "Zuidas Contract Services B.V. - Employment contract (arbeidsovereenkomst)",
        "Employee: Freya MacAllister-Osei", "Position: Contract Manager (English-speaking)",
        "Start date: 1 September 2026. Term: 12 months.", "Gross salary: EUR 4,650 per month, 32 hours per week.",
        "Holiday allowance: 8%.", "", "Signed for the employer: ____________   Employee: ____________"])],
))

add(M(
    kind="offer", name="agency_offer_exclamations", company="Barrett Kingston Solicitors",
    contact="shauna@morriganrecruitment.example.ie", lang="en",
    frm=("Shauna Delaney", "shauna@morriganrecruitment.example.ie"),
    subject="THEY'VE OFFERED!!!", date="2026-02-04 15:27 +0000", cte="8bit",
    body="""Freya!!!

Barrett Kingston Solicitors have OFFERED you the Contracts Paralegal role!!! Ronan rang me ten minutes ago and he was really complimentary about you - said you were the most organised person they'd met in the whole process!!

The offer is €39,000 plus the usual PHI and pension from day one, 23 days holidays, start ASAP (but they know you have notice to give). Written offer will follow from their HR tomorrow.

Have a think and give me a call this evening - I'm on my mobile until 8!!! SO happy for you!!

Shauna

Shauna Delaney
Recruitment Consultant - Legal & Professional
Morrigan Recruitment | 021 455 0917 | 086 555 7311""",
))

add(M(
    kind="offer", name="offer_and_contract_pdfs", company="Shannon Aerolease",
    contact="hr@shannonaerolease.example.ie", lang="en",
    frm=("Shannon Aerolease HR", "hr@shannonaerolease.example.ie"),
    subject="Offer of Employment", date="2026-05-14 11:30 +0100", charset="windows-1252", cte="quoted-printable",
    body="""Dear Freya,

Further to your recent interviews, we are pleased to offer you the position of Contracts Administrator with Shannon Aerolease, based at our offices in Shannon Free Zone.

Please find attached your letter of offer and your contract of employment. We would ask you to review both documents, sign the contract and return a scanned copy to this address within seven days.

Should you wish to discuss any aspect of the offer, please contact me directly on 061 555 7720.

We look forward to welcoming you to the team.

Yours sincerely,

Gemma Whelan
HR Manager
Shannon Aerolease DAC
Shannon Free Zone, Co. Clare V14 E9K6

Shannon Aerolease DAC is registered in Ireland, company number 402117. Registered office as above. This e-mail and any attachment are confidential and may be privileged.""",
    attach=[M(filename="Letter_of_Offer_Shannon_Aerolease.pdf", lines=[
                "Shannon Aerolease DAC - Shannon Free Zone, Co. Clare", "14 May 2026", "",
                "Letter of Offer - Contracts Administrator", "Salary: EUR 47,000 per annum",
                "Start date: by agreement", "Gemma Whelan, HR Manager"]),
            M(filename="Contract_of_Employment_FMO.pdf", lines=[
                "CONTRACT OF EMPLOYMENT", "Between Shannon Aerolease DAC and Freya MacAllister-Osei",
                "1. Position: Contracts Administrator", "2. Place of work: Shannon Free Zone",
                "3. Hours: 37.5 per week", "4. Probation: six months", "Signed: __________"])],
))

add(M(
    kind="offer", name="vertragsangebot_pdf", company="Taunus Biopharma",
    contact="s.gruenewald@taunus-biopharma.example.de", lang="de",
    frm=("Sabine Grünewald", "s.gruenewald@taunus-biopharma.example.de"), hcharset="iso-8859-1",
    subject="Vertragsangebot – Contract Manager (m/w/d)", date="2026-09-29 14:50 +0200",
    charset="utf-8", cte="quoted-printable",
    body="""Sehr geehrte Frau MacAllister-Osei,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Vogt und Frau Dr. Ilić die Position als Contract Manager (m/w/d) in unserem Bereich Einkauf & Lizenzverträge anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Die wesentlichen Eckdaten: Jahresbruttogehalt 68.000 Euro, 30 Urlaubstage, Eintritt zum 1. Januar 2027, Probezeit sechs Monate, zwei Tage mobiles Arbeiten pro Woche.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 16. Oktober 2026 zurück. Bei Fragen zum Vertrag oder zum Umzug nach Frankfurt stehe ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen

Sabine Grünewald
Personalreferentin

Taunus Biopharma GmbH
Industriepark Höchst, Gebäude D 712 · 65926 Frankfurt am Main
Geschäftsführer: Dr. Matthias Vogt, Elena Brandis
Sitz: Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 87341""",
    attach=[M(filename="Arbeitsvertrag_MacAllister-Osei.pdf", lines=[
        "Taunus Biopharma GmbH - Arbeitsvertrag", "zwischen der Taunus Biopharma GmbH und",
        "Frau Freya MacAllister-Osei", "§ 1 Beginn: 01.01.2027, Tätigkeit: Contract Manager",
        "§ 2 Vergütung: 68.000 EUR brutto jährlich", "§ 3 Urlaub: 30 Arbeitstage",
        "§ 4 Probezeit: 6 Monate", "Frankfurt am Main, den 29.09.2026"])],
))

add(M(
    kind="offer", name="telefonische_zusage_bestaetigt", company="Westhafen Energiehandel",
    contact="t.aydin@westhafen-eh.example.de", lang="de",
    frm=("Tarek Aydin", "t.aydin@westhafen-eh.example.de"),
    subject="Unser Telefonat von heute", date="2026-10-02 17:35 +0200", cte="8bit",
    body="""Liebe Frau MacAllister-Osei,

wie eben telefonisch besprochen, bestätige ich Ihnen gerne schriftlich: Wir möchten Sie als Vertragsmanagerin in unserem Team Handelsverträge einstellen. Das vereinbarte Jahresgehalt beträgt 64.000 € brutto, dazu kommen das Jobticket und eine variable Vergütung von bis zu 8 %.

Den Arbeitsvertrag schickt Ihnen unsere Personalabteilung in den nächsten Tagen per Post und vorab als PDF. Über eine kurze Bestätigung per Mail, dass Sie das Angebot annehmen, würde ich mich freuen.

Herzliche Grüße aus dem Westhafen
Tarek Aydin
Teamleiter Handelsverträge
Westhafen Energiehandel GmbH · Westhafenplatz 1 · 60327 Frankfurt am Main""",
))

add(M(
    kind="offer", name="carta_oferta_condicionada", company="Universidad de Chamberí",
    contact="rrhh.pas@uchamberi.example.es", lang="es",
    frm=("Recursos Humanos PAS - Universidad de Chamberí", "rrhh.pas@uchamberi.example.es"),
    subject="Propuesta de contratación – Técnica de Gestión de Contratos", date="2026-10-06 13:15 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Estimada Sra. MacAllister-Osei:

Nos complace comunicarle que, tras el proceso de selección, la comisión ha propuesto su contratación como Técnica de Gestión de Contratos en la Oficina de Contratación de la Universidad de Chamberí (contrato laboral indefinido, grupo II).

La contratación queda condicionada a la presentación, antes del 20 de octubre, de la siguiente documentación: título universitario compulsado, NIE o pasaporte, número de afiliación a la Seguridad Social y certificado negativo del Registro Central de Delincuentes Sexuales.

Adjuntamos la carta de oferta con las condiciones económicas. Le rogamos que nos confirme su aceptación respondiendo a este correo.

Atentamente,

Servicio de Recursos Humanos (PAS)
Universidad de Chamberí
Calle de Santa Engracia 120, 28003 Madrid""",
    attach=[M(filename="Carta_oferta_UCh_2026.pdf", lang="es", lines=[
        "Universidad de Chamberí - Servicio de Recursos Humanos", "Madrid, 6 de octubre de 2026", "",
        "Carta de oferta: Técnica de Gestión de Contratos (grupo II)", "Retribución bruta anual: 36.420 EUR",
        "Jornada: 37,5 horas semanales", "Incorporación prevista: 2 de noviembre de 2026"])],
))

add(M(
    kind="offer", name="promesse_embauche", company="Groupe Hélios Énergie",
    contact="nathalie.perrin@groupe-helios.example.fr", lang="fr",
    frm=("Nathalie Perrin", "nathalie.perrin@groupe-helios.example.fr"),
    subject="Proposition d'embauche – Contract Manager Hélios Energy Ireland",
    date="2026-08-19 18:22 +0200", fmt="alt", charset="utf-8", cte="base64",
    body="""Chère Freya,

Suite à nos échanges et à votre entretien avec Kevin Doyle, j'ai le plaisir de vous confirmer que nous souhaitons vous accueillir au sein d'Hélios Energy Ireland en tant que Contract Manager.

Vous trouverez ci-joint votre promesse d'embauche, qui précise les conditions : rémunération annuelle brute de 62 000 €, prise de poste à Dublin le 2 novembre 2026, période d'essai de six mois. Le contrat de travail de droit irlandais vous sera adressé par notre filiale après votre acceptation.

Je vous remercie de me retourner la promesse signée d'ici le 31 août. N'hésitez pas à m'appeler si vous souhaitez en discuter.

Bien à vous,

Nathalie Perrin
Directrice juridique adjointe
Groupe Hélios Énergie – Tour Hélios, 20 rue de la Défense, 92800 Puteaux
+33 1 55 63 20 10""",
    html=outlook("""Chère Freya,

Suite à nos échanges et à votre entretien avec Kevin Doyle, j'ai le plaisir de vous confirmer que nous souhaitons vous accueillir au sein d'Hélios Energy Ireland en tant que Contract Manager.

Vous trouverez ci-joint votre promesse d'embauche, qui précise les conditions : rémunération annuelle brute de 62 000 €, prise de poste à Dublin le 2 novembre 2026, période d'essai de six mois. Le contrat de travail de droit irlandais vous sera adressé par notre filiale après votre acceptation.

Je vous remercie de me retourner la promesse signée d'ici le 31 août. N'hésitez pas à m'appeler si vous souhaitez en discuter.

Bien à vous,

Nathalie Perrin
Directrice juridique adjointe
Groupe Hélios Énergie – Tour Hélios, 20 rue de la Défense, 92800 Puteaux
+33 1 55 63 20 10""", lang="FR", font="Arial"),
    attach=[M(filename="Promesse_d'embauche_Hélios_FMacAllister-Osei.pdf", lines=[
        "Groupe Hélios Énergie - Promesse d'embauche", "Puteaux, le 19 août 2026", "",
        "Madame Freya MacAllister-Osei", "Poste : Contract Manager - Hélios Energy Ireland (Dublin)",
        "Rémunération annuelle brute : 62 000 EUR", "Date de prise de poste : 2 novembre 2026",
        "Période d'essai : 6 mois", "Bon pour accord : ____________"])],
))
