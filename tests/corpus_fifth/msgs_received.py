"""Fifth corpus: application acknowledgements, hand-written (see make_fifth.py).

Several say "we cannot reply to everyone" or "no individual feedback": they are still only
acknowledgements, not rejections.
"""

K = "application_received"

MESSAGES = [
    {
        "slug": "greenhouse_volume_no_individual", "kind": K, "lang": "en", "company": "Cobalt Rail",
        "contact": "",
        "frm": ("Cobalt Rail", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thank you for applying to Cobalt Rail", "date": "Mon, 02 Mar 2026 12:01:00 +0000",
        "fmt": "alt", "html_style": "table",
        "text": """Hi Kim,

Thanks for applying for the Rolling Stock Data Analyst position at Cobalt Rail. We've received your application and our team will be reviewing it over the coming weeks.

Due to the volume of applications we receive, we're unfortunately not able to respond to every applicant individually. If your experience is a match, a member of our recruiting team will be in touch to discuss next steps.

Thanks again,
Cobalt Rail Talent Team
""",
    },
    {
        "slug": "workday_no_individual_feedback", "kind": K, "lang": "en", "company": "Pendleford Group",
        "contact": "",
        "frm": ("Pendleford Group", "pendleford@myworkday.com"),
        "subject": "Thank you for your application - Procurement Specialist", "date": "Tue, 03 Mar 2026 04:12:00 +0000",
        "fmt": "html", "cte": "quoted-printable",
        "html": """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Kim,</p>
<p>Thank you for your application for the <b>Procurement Specialist (R-2026-0417)</b> role at Pendleford Group. This email confirms that we have received it.</p>
<p>Our recruitment team will now review your application against the requirements of the role. Unfortunately we are unable to provide individual feedback at this stage of the process; if you are shortlisted, we will contact you within 15 working days.</p>
<p>You can track your application at any time through the <a href="https://pendleford.wd3.myworkdayjobs.example.com/en-GB/careers/userHome">candidate home</a>.</p>
<p>Best wishes,<br>Pendleford Group Resourcing</p>
<p style="font-size:10px;color:#777">Please do not reply to this email as this mailbox is not monitored.</p>
</body></html>
""",
    },
    {
        "slug": "lever_received_review", "kind": K, "lang": "en", "company": "Quayside Games",
        "contact": "",
        "frm": ("Quayside Games", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Quayside Games!", "date": "Wed, 04 Mar 2026 21:21:00 +0000",
        "text": """Hi Kim,

Thanks for your interest in the Junior Producer role - your application has landed safely with us. 🎮

Our recruiting team reads every application themselves (no robots!), so it may take us a couple of weeks to get back to you. In the meantime, feel free to check out our dev blog.

Best,
The Quayside Games Team

Quayside Games | Dundee, Scotland
""",
    },
    {
        "slug": "smartrecruiters_confirmation", "kind": K, "lang": "en", "company": "Altmann Foods",
        "contact": "",
        "frm": ("Altmann Foods", "noreply@smartrecruiters.example.com"),
        "subject": "Application Confirmation: Food Safety Coordinator", "date": "Thu, 05 Mar 2026 09:09:00 +0100",
        "fmt": "alt", "html_style": "table", "cte": "base64",
        "text": """Dear Kim Novak,

We confirm that we have received your application for the position of Food Safety Coordinator.

What happens next? Our recruiters will evaluate your profile carefully. Please note that this can take some time. You can follow the status of your application in your SmartRecruiters candidate profile.

Kind regards,
Altmann Foods Recruiting

This is an automated message. Replies to this address are not read.
""",
    },
    {
        "slug": "icims_odd_formatting", "kind": K, "lang": "en", "company": "Harlow Steel",
        "contact": "",
        "frm": ("Harlow Steel Careers", "harlowsteel-notifications@icims.example.com"),
        "subject": "Harlow Steel -- Application Received -- Req #2026-3311 Maintenance Planner", "date": "Fri, 06 Mar 2026 06:33:00 -0500",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Kim,

Thank you for submitting your application for the following position:
  Maintenance Planner (2026-3311)  --  Gary, IN

We have received your resume and will review your qualifications . If there is a match between your skills and our needs , a member of our Talent Acquisition team will contact you .

Thank you for your interest in Harlow Steel .

-----------------------------------------------------------------
Harlow Steel is an Equal Opportunity Employer – Minorities / Females / Protected Veterans / Individuals with Disabilities.
This message was sent from an unattended mailbox.
""",
    },
    {
        "slug": "charity_three_weeks_assume", "kind": K, "lang": "en", "company": "Hopewell Trust",
        "contact": "jobs@hopewelltrust.example.org",
        "frm": ("Hopewell Trust Jobs", "jobs@hopewelltrust.example.org"),
        "subject": "Application received - Fundraising Officer", "date": "Mon, 09 Mar 2026 10:00:00 +0000",
        "text": """Dear Kim,

Thank you for applying for the role of Fundraising Officer at Hopewell Trust. This is to confirm we have received your application form and equal opportunities monitoring form.

The closing date is 20 March and shortlisting will take place the following week. As a small charity we regret that we are unable to contact every applicant; if you have not heard from us within three weeks of the closing date, please assume that you have not been successful on this occasion.

Thank you for your interest in our work.

Hopewell Trust
Registered Charity No. 1099887
""",
    },
    {
        "slug": "school_shortlisting_date", "kind": K, "lang": "en", "company": "Brookfield Academy",
        "contact": "recruitment@brookfieldacademy.example.org",
        "frm": ("Brookfield Academy Recruitment", "recruitment@brookfieldacademy.example.org"),
        "subject": "RE: Application - Teacher of Geography", "date": "Tue, 10 Mar 2026 15:40:00 +0000", "reply": True,
        "text": """Dear Kim

Thank you for your application for the post of Teacher of Geography, which we received safely.

Shortlisting will take place on Monday 16th March and shortlisted candidates will be contacted by telephone by Wednesday 18th March.

Kind regards
Recruitment Team
Brookfield Academy

> From: Kim Novak
> Sent: 10 March 2026 11:02
> Subject: Application - Teacher of Geography
> Please find attached my application form and covering letter for the above post.
""",
    },
    {
        "slug": "bank_graduate_assessments_next", "kind": K, "lang": "en", "company": "Thornbury Bank",
        "contact": "",
        "frm": ("Thornbury Bank Early Careers", "earlycareers-noreply@thornburybank.example.com"),
        "subject": "We've received your application", "date": "Wed, 11 Mar 2026 08:00:00 +0000",
        "fmt": "alt", "html_style": "table",
        "text": """Hi Kim,

Thanks for applying to the Thornbury Bank Technology Graduate Programme 2026. We're excited that you're considering a career with us!

We're reviewing applications on a rolling basis. If your application meets our eligibility criteria, you'll receive an email with your online assessments within 5 working days.

Good luck!
Thornbury Bank Early Careers Team

Thornbury Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England No. 00012345.
""",
    },
    {
        "slug": "recruiter_human_got_cv", "kind": K, "lang": "en", "company": "Marlowe Engineering",
        "contact": "dev.patel@fieldstone-search.example.com",
        "frm": ("Dev Patel", "dev.patel@fieldstone-search.example.com"),
        "subject": "RE: Controls Engineer - Marlowe", "date": "Thu, 12 Mar 2026 13:25:00 +0000", "reply": True,
        "text": """Thanks Kim, got your CV! I'll pass it on to the hiring manager at Marlowe Engineering this afternoon and come back to you by end of week with their thoughts.

Dev

Dev Patel | Principal Consultant | Fieldstone Search
""",
    },
    {
        "slug": "indian_acknowledge_receipt", "kind": K, "lang": "en", "company": "Trinetra Software",
        "contact": "careers@trinetrasoft.example.com",
        "frm": ("Careers - Trinetra Software", "careers@trinetrasoft.example.com"),
        "subject": "Acknowledgement - Your Application for Business Analyst", "date": "Fri, 13 Mar 2026 12:12:00 +0530",
        "cte": "7bit",
        "text": """Dear Applicant,

We acknowledge the receipt of your resume for the position of Business Analyst (Ref: TS/BA/114).

Our recruitment team is currently evaluating the profiles and only shortlisted candidates will be intimated regarding the further process. We request you not to send multiple applications for the same position.

Thanks & Regards,
HR Team
Trinetra Software Solutions Pvt. Ltd., Hyderabad
""",
    },
    {
        "slug": "remote_first_async_ack", "kind": K, "lang": "en", "company": "Nomadic Ledger",
        "contact": "",
        "frm": ("Nomadic Ledger Hiring", "hiring-bot@nomadicledger.example.com"),
        "subject": "Got it! Your application is in 📬", "date": "Sat, 14 Mar 2026 03:14:00 +0000",
        "text": """Hey Kim,

Your application for Senior Support Engineer (EMEA) is in. Since we're fully remote across 19 timezones, our hiring runs async: a human from the Support team will read your answers within 10 days.

No news isn't bad news - we reply to everyone, eventually.

— the Nomadic Ledger hiring bot 🤖 (don't reply here, I can't read)
""",
    },
    {
        "slug": "teamtailor_en_ack", "kind": K, "lang": "en", "company": "Vinterhav Shipping",
        "contact": "",
        "frm": ("Vinterhav Shipping", "no-reply@teamtailor.example.com"),
        "subject": "Thanks for your application, Kim", "date": "Mon, 16 Mar 2026 10:40:00 +0100",
        "fmt": "html", "cte": "base64",
        "html": """<html><body><div style="max-width:520px;margin:0 auto;font-family:Arial">
<h2 style="color:#0f3057">Thanks for applying!</h2>
<p>Hi Kim,</p><p>We've received your application for <b>Chartering Assistant</b> in Gothenburg. We'll review it and get back to you as soon as we can.</p>
<p>Meanwhile, you can read more about life at Vinterhav on our <a href="https://careers.vinterhav.example.com">career site</a>.</p>
<p>All the best,<br>Vinterhav Shipping</p>
<p style="font-size:11px;color:#999">Sent with Teamtailor · <a href="https://vinterhav.teamtailor.example.com/privacy">Privacy</a></p></div></body></html>
""",
    },
    {
        "slug": "personio_eingangsbestaetigung", "kind": K, "lang": "de", "company": "Greiner Gerüstbau",
        "contact": "",
        "frm": ("Greiner Gerüstbau GmbH", "no-reply@mail.personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung", "date": "Tue, 17 Mar 2026 09:01:00 +0100",
        "fmt": "alt", "html_style": "table", "cte": "base64",
        "text": """Hallo Kim Novak,

vielen Dank für Ihre Bewerbung als Kaufmännische Projektassistenz (m/w/d). Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen.

Viele Grüße
Ihr Greiner Gerüstbau Team
""",
    },
    {
        "slug": "behoerde_von_nachfragen_absehen", "kind": K, "lang": "de", "company": "Landratsamt Oberwald",
        "contact": "",
        "frm": ("Landratsamt Oberwald - Bewerbungsportal", "noreply-bewerbung@lra-oberwald.test"),
        "subject": "Eingangsbestätigung - Ausschreibung 2026/031 Sachgebietsleitung IT", "date": "Wed, 18 Mar 2026 14:00:00 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

Ihre Online-Bewerbung für die Ausschreibung 2026/031 ist bei uns eingegangen.

Nach Ablauf der Bewerbungsfrist werden alle Bewerbungen sorgfältig geprüft. Wir bitten um Verständnis, dass dies einige Wochen in Anspruch nehmen kann. Bitte sehen Sie in der Zwischenzeit von Nachfragen zum Sachstand ab. Eine individuelle Rückmeldung zu Ihren Unterlagen ist in diesem Stadium leider nicht möglich.

Diese E-Mail wurde automatisch erstellt.

Landratsamt Oberwald
Sachgebiet Personal
""",
    },
    {
        "slug": "vielzahl_einige_wochen", "kind": K, "lang": "de", "company": "Brückner Versicherungen",
        "contact": "karriere@brueckner-versicherungen.example.com",
        "frm": ("Brückner Versicherungen | Karriere", "karriere@brueckner-versicherungen.example.com"),
        "subject": "Vielen Dank für Ihre Bewerbung!", "date": "Thu, 19 Mar 2026 17:17:00 +0100",
        "text": """Liebe Frau Novak,

vielen Dank für Ihre Bewerbung als Data Analyst (w/m/d) und Ihr Interesse an Brückner Versicherungen.

Aufgrund der Vielzahl der eingehenden Bewerbungen kann die Bearbeitung leider einige Wochen dauern. Wir melden uns so bald wie möglich mit einer Rückmeldung bei Ihnen.

Herzliche Grüße
Ihr Recruiting-Team
Brückner Versicherungen AG
""",
    },
    {
        "slug": "bilingual_eingang_received", "kind": K, "lang": "de", "company": "Sander & Kühn",
        "contact": "",
        "frm": ("Sander & Kühn Recruiting", "jobs-noreply@sander-kuehn.example.com"),
        "subject": "Bewerbungseingang / Application received", "date": "Fri, 20 Mar 2026 07:30:00 +0100",
        "text": """Guten Tag Kim Novak,

wir haben Ihre Bewerbung für die Position Projektingenieur:in Fördertechnik erhalten und melden uns in Kürze.

Hello Kim Novak,

we have received your application for the position Project Engineer Conveyor Systems and will be in touch shortly.

Sander & Kühn Fördertechnik GmbH
(automatisch generierte E-Mail / automatically generated e-mail)
""",
    },
    {
        "slug": "accuse_bonne_reception", "kind": K, "lang": "fr", "company": "Mutuelle Horizon",
        "contact": "",
        "frm": ("Mutuelle Horizon - Recrutement", "recrutement-noreply@mutuelle-horizon.example.com"),
        "subject": "Accusé de réception de votre candidature", "date": "Mon, 23 Mar 2026 10:10:00 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Madame,

Nous accusons bonne réception de votre candidature au poste de Gestionnaire sinistres et vous remercions de l'intérêt que vous portez à Mutuelle Horizon.

Votre dossier est en cours d'étude. En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles ; nous reviendrons vers vous si votre profil correspond à nos besoins.

Le Service Recrutement
""",
    },
    {
        "slug": "candidature_bien_envoyee", "kind": K, "lang": "fr", "company": "Maison Arlette",
        "contact": "",
        "frm": ("Maison Arlette via Jobboard", "candidatures@notifications.jobboard.example.fr.test"),
        "subject": "Votre candidature a bien été envoyée à Maison Arlette", "date": "Tue, 24 Mar 2026 20:20:00 +0100",
        "fmt": "alt", "html_style": "table",
        "text": """Bonjour Kim,

Ta candidature pour le poste de Responsable e-commerce chez Maison Arlette a bien été envoyée ! 🎉

L'équipe de recrutement va l'étudier attentivement. Tu peux suivre son avancement depuis ton espace candidat.

Bonne chance !
L'équipe Jobboard
""",
    },
    {
        "slug": "hemos_recibido_tu_candidatura", "kind": K, "lang": "es", "company": "Óptima Renovables",
        "contact": "",
        "frm": ("Óptima Renovables", "noreply@optimarenovables.example.com"),
        "subject": "Hemos recibido tu candidatura", "date": "Wed, 25 Mar 2026 12:00:00 +0100",
        "fmt": "alt", "html_style": "table", "cte": "base64",
        "text": """¡Hola Kim!

Gracias por tu interés en Óptima Renovables. Hemos recibido correctamente tu candidatura para el puesto de Ingeniero/a de Operación y Mantenimiento.

Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en contacto contigo. Debido al gran volumen de candidaturas, no podemos dar respuesta individual a todas.

Un saludo,
Equipo de Talento - Óptima Renovables
""",
    },
    {
        "slug": "acuse_recibo_formal", "kind": K, "lang": "es", "company": "Hospital San Telmo",
        "contact": "rrhh@hospitalsantelmo.example.org",
        "frm": ("Recursos Humanos - Hospital San Telmo", "rrhh@hospitalsantelmo.example.org"),
        "subject": "Acuse de recibo - Convocatoria 12/2026", "date": "Thu, 26 Mar 2026 09:45:00 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Estimada Sra. Novak:

Por medio del presente le confirmamos la recepción de su solicitud para la Convocatoria 12/2026 (Técnico/a de Sistemas de Información).

El listado provisional de personas admitidas se publicará en el tablón de anuncios y en la web del hospital en un plazo aproximado de 20 días hábiles.

Atentamente,
Unidad de Selección
Hospital San Telmo
""",
    },
]
