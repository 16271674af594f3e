"""Corpus 335: application acknowledgements and job offers."""

from __future__ import annotations

MESSAGES = [
    # ============================================ acknowledgements, English
    {
        "id": "sev_ack", "kind": "application_received", "lang": "en",
        "company": "Severn Analytical Services", "contact": "", "date": "2026-06-02 07:14 +0000",
        "frm": ("Severn Analytical Services", "noreply@candidates.workablemail.com"),
        "subject": "Thanks for applying to Severn Analytical Services",
        "fmt": "alt", "shell": {"brand": "Severn Analytical Services", "colour": "#234e70",
                              "footer": "Powered by Workable"},
        "text": """Hi Oluwaseun,

Thank you for applying for the Laboratory Technician (Food & Cosmetics QC) position at Severn
Analytical Services. We've received your application and our team will review it shortly.

If your profile matches what we're looking for, someone from our team will get in touch to
discuss next steps.

Best regards,
Severn Analytical Services Hiring Team
""",
    },
    {
        "id": "hol_ack", "kind": "application_received", "lang": "en", "company": "Hollowmead Cider",
        "contact": "", "date": "2026-02-03 19:02 +0000",
        "frm": ("Hollowmead Cider", "notifications@app.bamboohr.com"),
        "subject": "We received your application - QC Technician",
        "fmt": "html",
        "shell": {"brand": "Hollowmead Cider", "colour": "#7a9a01",
                   "footer": "This email was sent by BambooHR on behalf of Hollowmead Cider."},
        "text": """Hi Oluwaseun,

Thanks for applying for the QC Technician role at Hollowmead Cider. This is just a quick note to
let you know that your application has arrived safely.

We read every application ourselves and aim to reply within two weeks of the closing date
(13 February).

Cheers,
The Hollowmead team
""",
    },
    {
        "id": "wvw_ack", "kind": "application_received", "lang": "en", "company": "Wessex Vale Water",
        "contact": "", "date": "2026-03-16 21:47 +0000",
        "frm": ("Wessex Vale Water Careers", "wessexvale@myworkday.com"),
        "subject": "Application received: Laboratory Analyst (Drinking Water) R-04417",
        "fmt": "alt", "cte": "base64",
        "shell": {"brand": "Wessex Vale Water", "colour": "#00587c",
                   "footer": "This message was sent from an unmonitored mailbox."},
        "text": """Dear Oluwaseun,

Thank you for submitting your application for Laboratory Analyst (Drinking Water), R-04417.

Your application has been successfully received and will be reviewed by the hiring team after
the closing date. You can check its status at any time on your candidate home page.

Due to the volume of applications, we may not be able to provide individual feedback at the
screening stage.

Kind regards,
Talent Acquisition, Wessex Vale Water
""",
    },
    {
        "id": "crb_ack", "kind": "application_received", "lang": "en", "company": "Crumb & Crust",
        "contact": "", "date": "2026-02-24 10:03 +0000",
        "frm": ("Crumb & Crust Careers", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to Crumb & Crust",
        "fmt": "alt", "shell": {"style": "bare"},
        "text": """Hi Oluwaseun,

Thanks for your interest in Crumb & Crust! We've received your application for the Quality
Technician (Swindon bakery) role.

Our team is reviewing applications now. If your experience is a good match, we'll be in touch
to arrange next steps.

Warm wishes (and warm loaves),
The Crumb & Crust Talent Team
""",
    },
    {
        "id": "har_ack", "kind": "application_received", "lang": "en", "company": "Harrowfield Petfoods",
        "contact": "", "date": "2026-02-26 06:30 +0000",
        "frm": ("Harrowfield Petfoods Recruitment", "harrowfield@icims.com"),
        "subject": "Harrowfield Petfoods - application confirmation (Req 2291)",
        "fmt": "html", "cte": "qp",
        "shell": {"brand": "Harrowfield Petfoods", "colour": "#8a4b08",
                   "footer": "Replies to this address are not monitored."},
        "text": """Dear Oluwaseun,

This email confirms that we have received your application for the position of QC Laboratory
Technician (Swindon), requisition 2291.

A member of our recruitment team will review your application. Please note that only
shortlisted candidates will be contacted.

Harrowfield Petfoods Talent Team
""",
    },
    {
        "id": "bal_ack", "kind": "application_received", "lang": "en", "company": "Ballyvane Orchards",
        "contact": "", "date": "2026-04-27 15:49 +0100",
        "frm": ("Ballyvane Orchards", "no-reply@hire.lever.co"),
        "subject": "Thanks for your application to Ballyvane Orchards",
        "text": """Hi Oluwaseun,

Thanks for applying for Lab Technician - Cider Quality at Ballyvane Orchards. We've got it,
and the team will take a look soon.

Sláinte,
Ballyvane Orchards
""",
    },
    {
        "id": "taf_ack", "kind": "application_received", "lang": "en", "company": "Taff Valley Food Testing",
        "contact": "", "date": "2026-01-19 22:14 +0000",
        "frm": ("Taff Valley Food Testing", "no-reply@ashbyhq.com"),
        "subject": "Application received – Laboratory Assistant, Cardiff",
        "fmt": "alt", "shell": {"style": "bare"}, "hcs": ("utf-8", "Q"),
        "text": """Hi Oluwaseun,

We've received your application for Laboratory Assistant (Cardiff). Thank you for your interest
in Taff Valley Food Testing.

We review every application carefully — you'll hear from us either way.

Taff Valley Food Testing
""",
    },
    {
        "id": "kes_ack", "kind": "application_received", "lang": "en", "company": "Kestrel & Bloom",
        "contact": "", "date": "2026-03-23 12:18 +0000",
        "frm": ("Kestrel & Bloom Talent", "kestrelbloom@taleo.net"),
        "subject": "Kestrel & Bloom: Thank you for your application (26-0311)",
        "fmt": "alt", "cs": "iso-8859-1", "cte": "qp",
        "shell": {"brand": "Kestrel & Bloom Cosmetics", "colour": "#5a3d6b"},
        "text": """Dear Oluwaseun Adebayo-Clarke,

Thank you for applying for QC Laboratory Technician (26-0311).

We receive a large number of applications and unfortunately cannot reply to every applicant
individually. If you have not heard from us within four weeks of the closing date, please assume
that your application has not been taken forward on this occasion.

You can review your submission at any time in the Career Section.

Kestrel & Bloom Talent Acquisition
""",
    },
    {
        "id": "grl_ack", "kind": "application_received", "lang": "en", "company": "Pembury Foods",
        "contact": "", "date": "2026-02-21 18:36 +0000",
        "frm": ("GradLadder", "notifications@gradladder.example.com"),
        "subject": "Your application to Pembury Foods has been sent",
        "fmt": "alt", "shell": {"brand": "GradLadder", "colour": "#ff6a13",
                              "footer": "GradLadder, 20 Temple Way, Bristol."},
        "text": """Nice one, Seun!

Your application for Graduate QC Technician (Reading) has been sent to Pembury Foods. They now
have your CV and answers to their screening questions.

What happens next? The employer reviews applications and updates the status on GradLadder. We'll
email you when that happens.

The GradLadder team
""",
    },
    {
        "id": "avo_ack", "kind": "application_received", "lang": "en", "company": "Avonside Cosmetics",
        "contact": "m.delaney@avonside-cosmetics.example.co.uk",
        "date": "2026-01-14 11:27 +0000",
        "frm": ("Moira Delaney", "m.delaney@avonside-cosmetics.example.co.uk"),
        "subject": "RE: Application - Quality Control Assistant (AVC/QC/26/02)",
        "parent": "avo_apply", "quote": "outlook",
        "text": """Dear Seun,

Thank you for your application, which I have received and passed to the QC manager. The closing
date is 30 January and we will be in touch with all applicants after that.

Kind regards,
Moira Delaney
HR Advisor, Avonside Cosmetics
""",
    },
    # ============================================ acknowledgements, German
    {
        "id": "rhb_ack", "kind": "application_received", "lang": "de", "company": "Rheinblüte Kosmetik",
        "contact": "", "date": "2026-05-26 09:00 +0200",
        "frm": ("Rheinblüte Kosmetik", "noreply@personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Laborant QC (m/w/d)",
        "fmt": "alt", "shell": {"brand": "Rheinblüte Kosmetik", "colour": "#c2185b"},
        "text": """Hallo Oluwaseun Adebayo-Clarke,

vielen Dank für Ihre Bewerbung als Laborant QC (m/w/d). Hiermit bestätigen wir den Eingang
Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Viele Grüße
Ihr Rheinblüte Kosmetik Recruiting Team
""",
    },
    {
        "id": "kor_ack", "kind": "application_received", "lang": "de", "company": "Kornfeld Backwaren",
        "contact": "", "date": "2026-03-26 16:12 +0100",
        "frm": ("Kornfeld Backwaren Gruppe", "kornfeld-backwaren@softgarden.io"),
        "subject": "Ihre Bewerbung ist bei uns eingegangen",
        "fmt": "html", "cte": "base64",
        "shell": {"brand": "Kornfeld Backwaren", "colour": "#a0522d",
                   "footer": "Diese Nachricht wurde automatisch erstellt."},
        "text": """Sehr geehrter Herr Adebayo-Clarke,

herzlichen Dank für Ihre Bewerbung als Laborant (m/w/d) Qualitätssicherung und Ihr Interesse an
der Kornfeld Backwaren Gruppe.

Ihre Unterlagen sind vollständig bei uns eingegangen. Bitte haben Sie etwas Geduld, bis wir
alle Bewerbungen gesichtet haben.

Mit freundlichen Grüßen
Ihr Recruiting-Team
""",
    },
    {
        "id": "dom_ack", "kind": "application_received", "lang": "de", "company": "Domstadt Analytik",
        "contact": "", "date": "2026-01-27 20:05 +0100",
        "frm": ("Domstadt Analytik Karriere", "noreply@successfactors.eu"),
        "subject": "Bewerbungseingang – Chemisch-technischer Assistent (Job-ID 3381)",
        "cs": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrter Herr Adebayo-Clarke,

wir haben Ihre Bewerbung für die Position Chemisch-technischer Assistent Lebensmittelanalytik
(Job-ID 3381) erhalten.

Aufgrund der großen Zahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung einzeln
zu kommentieren. Wir melden uns nach Abschluss der Vorauswahl.

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Personalabteilung Domstadt Analytik
""",
    },
    {
        "id": "rwl_ack", "kind": "application_received", "lang": "de", "company": "Rheinwasser Labor",
        "contact": "s.brandt@rheinwasser.example.de",
        "date": "2026-02-25 10:18 +0100",
        "frm": ("Brandt, Sabine", "s.brandt@rheinwasser.example.de"),
        "subject": "Bewerbung Laborant Trinkwasseranalytik",
        "cs": "windows-1252", "cte": "qp",
        "text": """Sehr geehrter Herr Adebayo-Clarke,

vielen Dank für Ihre Bewerbung, die wir heute erhalten haben.

Wir werden Ihre Unterlagen nach Ende der Ausschreibungsfrist am 6. März sichten und uns dann
bei Ihnen melden. Bis dahin bitten wir um etwas Geduld.

Mit freundlichen Grüßen

Sabine Brandt
Personalreferentin
Rheinwasser Labor – Zentrallabor Köln-Poll
""",
    },
    # ============================================ acknowledgements, French
    {
        "id": "lua_ack", "kind": "application_received", "lang": "fr", "company": "Lumière & Argile",
        "contact": "", "date": "2026-06-29 08:41 +0200",
        "frm": ("Lumière & Argile", "no-reply@teamtailor-mail.com"),
        "subject": "Nous avons bien reçu votre candidature",
        "fmt": "alt", "shell": {"brand": "Lumière & Argile", "colour": "#b5838d"},
        "text": """Bonjour Oluwaseun,

Merci d'avoir postulé au poste de Technicien(ne) contrôle qualité (anglophone) chez Lumière &
Argile ! Nous avons bien reçu votre candidature.

Notre équipe va l'étudier avec attention et reviendra vers vous dans les meilleurs délais.

À très vite,
L'équipe Talents de Lumière & Argile
""",
    },
    {
        "id": "nut_ack", "kind": "application_received", "lang": "fr", "company": "Nutrivia Rhône",
        "contact": "", "date": "2026-03-19 14:27 +0100",
        "frm": ("Nutrivia Rhône", "nutrivia-rhone@recruitee.com"),
        "subject": "Confirmation de candidature – Technicien(ne) contrôle qualité",
        "text": """Bonjour Oluwaseun,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Technicien(ne)
contrôle qualité à Saint-Priest.

Nous reviendrons vers vous après examen de votre dossier.

Cordialement,
L'équipe recrutement Nutrivia Rhône
""",
    },
    {
        "id": "las_ack", "kind": "application_received", "lang": "fr",
        "company": "Laboratoire Analytique Saône", "contact": "v.morel@labo-saone.example.fr",
        "date": "2026-05-28 12:09 +0200",
        "frm": ("Virginie Morel", "v.morel@labo-saone.example.fr"),
        "subject": "Re: Candidature spontanée – technicien de laboratoire",
        "parent": "las_apply", "quote": "inline",
        "text": """Bonjour,

Je vous remercie pour votre candidature spontanée, bien reçue. Je la transmets à notre
responsable de plateau et je reviens vers vous d'ici une dizaine de jours.

Cordialement,
Virginie Morel
Responsable technique
""",
    },
    {
        "id": "efv_ack", "kind": "application_received", "lang": "fr", "company": "Eaux de Fourvière",
        "contact": "", "date": "2026-04-30 09:30 +0200",
        "frm": ("Eaux de Fourvière – Recrutement", "ne-pas-repondre@eaux-fourviere.example.fr"),
        "subject": "Accusé de réception de votre candidature",
        "fmt": "html", "cs": "iso-8859-1", "cte": "qp", "hcs": ("iso-8859-1", "Q"),
        "shell": {"style": "bare", "footer": "Ce message est envoyé automatiquement."},
        "text": """Madame, Monsieur,

Nous accusons réception de votre candidature au poste de technicien de laboratoire (contrôle
sanitaire des eaux) et vous en remercions.

En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre
individuellement à chacune d'elles. Si votre profil est retenu, le service RH prendra contact
avec vous.

Le service Ressources Humaines
""",
    },
    # ============================================ acknowledgements, Spanish
    {
        "id": "esp_ack", "kind": "application_received", "lang": "es", "company": "Grupo Espiga",
        "contact": "", "date": "2026-03-31 19:40 +0200",
        "frm": ("Grupo Espiga", "noreply@smartrecruiters.com"),
        "subject": "Hemos recibido tu candidatura",
        "fmt": "alt", "shell": {"brand": "Grupo Espiga", "colour": "#c58b00"},
        "text": """Hola Oluwaseun:

¡Gracias por tu interés en Grupo Espiga! Hemos recibido tu candidatura para el puesto de
Técnico/a de Laboratorio de Calidad (Sant Boi de Llobregat).

Nuestro equipo revisará tu perfil y, si encaja, se pondrá en contacto contigo.

Un saludo,
Equipo de Selección de Grupo Espiga
""",
    },
    {
        "id": "bcs_ack", "kind": "application_received", "lang": "es", "company": "Brisa Cosmética",
        "contact": "", "date": "2026-04-22 08:05 +0200",
        "frm": ("Brisa Cosmética Talento", "brisacosmetica@icims.com"),
        "subject": "Confirmación de recepción de su solicitud",
        "fmt": "html", "cs": "windows-1252", "cte": "qp", "hcs": ("windows-1252", "Q"),
        "shell": {"brand": "Brisa Cosmética", "colour": "#0097a7",
                   "footer": "Este es un mensaje automático; no responda a este correo."},
        "text": """Estimado/a Oluwaseun:

Gracias por enviar su solicitud para el puesto de Analista de Control de Calidad (Granollers).

Hemos recibido correctamente su candidatura. Debido al elevado número de solicitudes, solo nos
pondremos en contacto con las personas preseleccionadas.

Departamento de Talento – Brisa Cosmética
""",
    },
    {
        "id": "all_ack", "kind": "application_received", "lang": "es", "company": "Analítica Llobregat",
        "contact": "carles.vidal@analitica-llobregat.example.es",
        "date": "2026-07-28 09:55 +0200",
        "frm": ("Carles Vidal", "carles.vidal@analitica-llobregat.example.es"),
        "subject": "Candidatura técnico de laboratorio",
        "text": """Hola Seun,

Te confirmo que hemos recibido tu CV y tu carta para el puesto de técnico de laboratorio.
Estamos recogiendo candidaturas hasta el 31 de julio y después haremos la selección.

Gracias por tu interés.

Carles Vidal
Analítica Llobregat
""",
    },
    # ============================================ offers, English
    {
        "id": "sev_offer_verbal", "kind": "offer", "lang": "en", "company": "Severn Analytical Services",
        "contact": "priya.nandakumar@severn-analytical.example.co.uk",
        "date": "2026-07-14 17:26 +0100",
        "frm": ("Priya Nandakumar", "priya.nandakumar@severn-analytical.example.co.uk"),
        "subject": "Following our call - offer of employment",
        "fmt": "alt", "shell": {"style": "outlook"},
        "text": """Dear Seun,

It was lovely to speak to you this afternoon, and I'm delighted to confirm in writing that we
would like to offer you the position of Laboratory Technician (Food & Cosmetics QC).

As discussed:
- Salary: £27,400 per annum, rising to £28,600 after successful probation
- Hours: 37.5 per week, Monday to Friday, with one late shift (until 19:00) per fortnight
- Start date: to be agreed, ideally Monday 7 September 2026

The formal offer letter will follow in the next couple of days, subject to two satisfactory
references and right-to-work checks.

Congratulations - Gareth and the team are really pleased.

Kind regards,
Priya
""",
    },
    {
        "id": "sev_offer_letter", "kind": "offer", "lang": "en", "company": "Severn Analytical Services",
        "contact": "priya.nandakumar@severn-analytical.example.co.uk",
        "date": "2026-07-16 10:09 +0100",
        "frm": ("Priya Nandakumar", "priya.nandakumar@severn-analytical.example.co.uk"),
        "subject": "Your offer letter - Laboratory Technician",
        "cs": "windows-1252", "cte": "qp",
        "pdf": [("Severn_Offer_Letter_Adebayo-Clarke.pdf", [
            "SEVERN ANALYTICAL SERVICES",
            "Unit 12 Avonbank, Bristol BS11 9XX",
            "",
            "16 July 2026",
            "",
            "Dear Oluwaseun,",
            "",
            "OFFER OF EMPLOYMENT - LABORATORY TECHNICIAN (FOOD & COSMETICS QC)",
            "",
            "We are pleased to offer you employment on the following terms:",
            "Salary: GBP 27,400 per annum. Start date: 7 September 2026.",
            "Probation: six months. Holiday: 25 days plus bank holidays.",
            "",
            "Please sign and return a copy by 24 July 2026 to accept this offer.",
            "",
            "Priya Nandakumar, HR Business Partner",
        ])],
        "text": """Dear Seun,

Please find attached your formal offer letter for the Laboratory Technician role. I’d be
grateful if you could sign and return it by Friday 24 July.

If you have any questions about the terms – pension, the late-shift rota, anything – just give
me a ring.

Kind regards,
Priya Nandakumar
HR Business Partner | Severn Analytical Services | 0117 000 8840

Severn Analytical Services Ltd is registered in England and Wales, company no. 00000000.
This e-mail is confidential and may be legally privileged.
""",
    },
    {
        "id": "sev_contract", "kind": "offer", "lang": "en", "company": "Severn Analytical Services",
        "contact": "priya.nandakumar@severn-analytical.example.co.uk",
        "date": "2026-07-22 14:02 +0100",
        "frm": ("Priya Nandakumar", "priya.nandakumar@severn-analytical.example.co.uk"),
        "subject": "Re: Your offer letter - Laboratory Technician",
        "parent": "sev_seun_accept", "quote": "inline",
        "pdf": [("Severn_Contract_of_Employment.pdf", [
            "CONTRACT OF EMPLOYMENT",
            "Between Severn Analytical Services and Oluwaseun Adebayo-Clarke",
            "",
            "Job title: Laboratory Technician (Food & Cosmetics QC)",
            "Commencement: 7 September 2026",
            "Place of work: Unit 12 Avonbank, Bristol BS11 9XX",
            "Hours: 37.5 per week. Salary: GBP 27,400 per annum.",
            "",
            "Signed for the employer: ____________  Employee: ____________",
        ])],
        "text": """Dear Seun,

Wonderful news, thank you! As promised, here is your contract of employment for signature. Please
sign page 1, keep a copy and return the signed version to me by email.

Start date confirmed as Monday 7 September.

Best wishes,
Priya
""",
    },
    {
        "id": "bri_offer", "kind": "offer", "lang": "en", "company": "Harrowfield Petfoods",
        "contact": "jade.morrow@brightstaff.example.co.uk",
        "date": "2026-08-13 15:58 +0100",
        "frm": ("Jade Morrow", "jade.morrow@brightstaff.example.co.uk"),
        "subject": "Assignment offer: QC Lab Assistant at Harrowfield Petfoods (3 weeks)",
        "text": """Hi Seun,

Good news - Harrowfield Petfoods in Swindon have accepted you for the temporary QC Lab Assistant
assignment and I'd like to offer it to you:

Dates: Monday 17 August to Friday 4 September
Hours: 07:00-15:30, Monday to Friday
Rate: £13.20 per hour (PAYE, weekly pay)
Report to: Neil Sharma, QC Manager, gatehouse 2

Please reply YES to accept and I'll send your assignment confirmation and the site safety sheet.

Thanks,
Jade Morrow
Brightstaff Temps | Bristol
""",
    },
    {
        "id": "lua_offer_en", "kind": "offer", "lang": "en", "company": "Lumière & Argile",
        "contact": "helen.hartley@lumiere-argile.example.fr",
        "date": "2026-09-18 11:44 +0200",
        "frm": ("Helen Hartley", "helen.hartley@lumiere-argile.example.fr"),
        "subject": "Your contract - QC Technician (English version attached)",
        "pdf": [("LA_Contract_EN_Adebayo-Clarke.pdf", [
            "LUMIERE & ARGILE - Employment contract (courtesy English translation)",
            "Employee: Oluwaseun Adebayo-Clarke",
            "Position: QC Technician, Lyon Gerland site",
            "Contract: permanent (CDI), 35 hours per week",
            "Gross annual salary: EUR 31,500 over 13 months",
            "Start date: 2 November 2026",
            "",
            "The French version signed electronically prevails.",
        ])],
        "text": """Dear Seun,

Following Sophie's message, I'm attaching an English translation of your employment contract
for the QC Technician position, so that you can review the terms comfortably. The French
version has been sent for electronic signature through our HR portal; please sign it there by
25 September if you are happy with everything.

I'm very much looking forward to having you in the team.

Best regards,
Helen Hartley
Quality Director, Lumière & Argile
""",
    },
    # ============================================ offers, German
    {
        "id": "rhb_offer", "kind": "offer", "lang": "de", "company": "Rheinblüte Kosmetik",
        "contact": "lea.schumacher@rheinbluete.example.de",
        "date": "2026-06-26 16:40 +0200",
        "frm": ("Lea Schumacher", "lea.schumacher@rheinbluete.example.de"),
        "subject": "Zusage – Laborant QC (m/w/d)",
        "hcs": ("utf-8", "B"),
        "text": """Sehr geehrter Herr Adebayo-Clarke,

wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als Laborant QC
(m/w/d) in unserem Werk in Köln-Ossendorf anbieten möchten.

Unser Angebot:
– Bruttojahresgehalt 44.000 €
– 30 Tage Urlaub, Gleitzeit
– Unterstützung beim Umzug und ein Deutschkurs im ersten Jahr
– Eintritt zum 1. Oktober 2026 oder nach Vereinbarung

Bitte lassen Sie uns bis zum 10. Juli wissen, ob Sie das Angebot annehmen. Den Arbeitsvertrag
senden wir Ihnen dann umgehend zu.

Mit freundlichen Grüßen
Lea Schumacher
HR Business Partnerin, Rheinblüte Kosmetik
""",
    },
    {
        "id": "rhb_contract", "kind": "offer", "lang": "de", "company": "Rheinblüte Kosmetik",
        "contact": "lea.schumacher@rheinbluete.example.de",
        "date": "2026-07-03 11:20 +0200",
        "frm": ("Lea Schumacher", "lea.schumacher@rheinbluete.example.de"),
        "subject": "Ihr Arbeitsvertrag zur Unterschrift",
        "hcs": ("utf-8", "Q"), "cs": "utf-8", "cte": "base64",
        "pdf": [("Arbeitsvertrag_Adebayo-Clarke.pdf", [
            "Rheinbluete Kosmetik - Arbeitsvertrag",
            "zwischen Rheinbluete Kosmetik und Herrn Oluwaseun Adebayo-Clarke",
            "",
            "Position: Laborant QC (m/w/d), Werk Koeln-Ossendorf",
            "Beginn: 1. Oktober 2026, unbefristet, Probezeit 6 Monate",
            "Verguetung: 44.000 EUR brutto jaehrlich",
            "",
            "Unterschrift Arbeitgeber: ____________  Arbeitnehmer: ____________",
        ])],
        "text": """Sehr geehrter Herr Adebayo-Clarke,

vielen Dank für Ihre Rückmeldung, wir freuen uns! Anbei erhalten Sie Ihren Arbeitsvertrag in
zweifacher Ausführung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 17. Juli
zurück, gern auch eingescannt per E-Mail.

Mit freundlichen Grüßen
Lea Schumacher
""",
    },
    # ============================================ offers, French
    {
        "id": "lua_offer", "kind": "offer", "lang": "fr", "company": "Lumière & Argile",
        "contact": "sophie.berthelot@lumiere-argile.example.fr",
        "date": "2026-09-02 10:05 +0200",
        "frm": ("Sophie Berthelot", "sophie.berthelot@lumiere-argile.example.fr"),
        "subject": "Proposition d'embauche – Technicien(ne) CQ",
        "hcs": ("utf-8", "Q"),
        "text": """Bonjour Seun,

Suite à votre entretien avec Helen Hartley, j'ai le plaisir de vous proposer le poste de
Technicien contrôle qualité (anglophone) sur notre site de Lyon Gerland, en CDI.

Les conditions :
- rémunération brute annuelle de 31 500 € sur 13 mois ;
- 35 heures hebdomadaires, horaires de journée ;
- prise en charge du déménagement à hauteur de 2 500 € ;
- date d'entrée souhaitée : lundi 2 novembre 2026.

La promesse d'embauche officielle vous parviendra dans quelques jours. Nous serions ravis de vous
compter parmi nous !

Bien cordialement,
Sophie Berthelot
Chargée de recrutement – Lumière & Argile
""",
    },
    {
        "id": "lua_offer_letter", "kind": "offer", "lang": "fr", "company": "Lumière & Argile",
        "contact": "sophie.berthelot@lumiere-argile.example.fr",
        "date": "2026-09-08 15:31 +0200",
        "frm": ("Sophie Berthelot", "sophie.berthelot@lumiere-argile.example.fr"),
        "subject": "Votre promesse d'embauche",
        "cs": "iso-8859-1", "cte": "8bit",
        "pdf": [("Promesse_embauche_Adebayo-Clarke.pdf", [
            "LUMIERE & ARGILE - Promesse d'embauche",
            "Lyon, le 8 septembre 2026",
            "",
            "Monsieur Oluwaseun Adebayo-Clarke,",
            "Nous avons le plaisir de vous confirmer votre engagement en qualite",
            "de Technicien controle qualite, en CDI, a compter du 2 novembre 2026.",
            "Remuneration brute annuelle : 31 500 EUR sur 13 mois.",
            "",
            "Merci de nous retourner ce document signe avant le 18 septembre 2026.",
        ])],
        "text": """Bonjour Seun,

Comme convenu, vous trouverez ci-joint votre promesse d'embauche pour le poste de Technicien
contrôle qualité. Merci de nous la retourner signée avant le 18 septembre.

Helen vous enverra aussi une traduction anglaise de votre contrat.

Bien à vous,
Sophie Berthelot
""",
    },
    # ============================================ offers, Spanish
    {
        "id": "all_offer", "kind": "offer", "lang": "es", "company": "Analítica Llobregat",
        "contact": "carles.vidal@analitica-llobregat.example.es",
        "date": "2026-08-25 12:12 +0200",
        "frm": ("Carles Vidal", "carles.vidal@analitica-llobregat.example.es"),
        "cc": [("Montse Soler", "montse.soler@analitica-llobregat.example.es")],
        "subject": "Oferta de trabajo – Técnico de laboratorio",
        "cs": "windows-1252", "cte": "8bit", "hcs": ("windows-1252", "B"),
        "text": """Hola Seun:

¡Enhorabuena! Después de la entrevista con Montse y conmigo, nos gustaría ofrecerte el puesto de
técnico de laboratorio en nuestro departamento de cosméticos y alimentos.

Condiciones principales:
· Contrato indefinido, jornada completa (40 h semanales)
· Salario bruto anual: 26.000 € en 14 pagas
· Incorporación: 1 de octubre de 2026 (flexible)

Te adjuntaremos el contrato en cuanto nos confirmes que aceptas la oferta. Si tienes cualquier
duda, llámame.

Un saludo,
Carles Vidal
Analítica Llobregat – Cornellà de Llobregat
""",
    },
]
