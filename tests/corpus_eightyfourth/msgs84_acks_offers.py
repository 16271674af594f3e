"""Application acknowledgements and offers for the 84th corpus (data only)."""

MESSAGES = [
    {"kind": "application_received", "slug": "greenhouse_thanks", "lang": "en",
         "frm": "Northwind Pay <no-reply@us.greenhouse-mail.io>",
         "subj": "Thanks for applying to Northwind Pay!",
         "fmt": "html", "company": "Northwind Pay", "contact": "",
         "body": """Hi Fergus,

Thanks for applying for the Senior FP&A Analyst role at Northwind Pay! We've received your application and our team is reviewing it.

If your experience looks like a fit, someone from our team will be in touch to arrange next steps.

Best,
Northwind Pay Talent
"""},
    {"kind": "application_received", "slug": "volume_no_individual", "lang": "en",
         "frm": "Pembury Retail Group <donotreply@pembury.taleo.net>",
         "subj": "Application Received : Req 2600331 - Finance Business Partner (Commercial)",
         "fmt": "latin1", "company": "Pembury Retail Group", "contact": "",
         "body": """Dear Fergus Adeyemi-Walsh,

Thank you for submitting your application for the position of Finance Business Partner (Commercial) - Req 2600331.

Due to the volume of applications we receive, we cannot respond to every applicant individually. If you have not heard from us within 21 days, please assume that your application has not been successful on this occasion.

We appreciate your interest in Pembury Retail Group.

Regards,
Pembury Retail Group - Resourcing
***This is an automated message - please do not reply***
"""},
    {"kind": "application_received", "slug": "no_feedback_at_this_stage", "lang": "en",
         "frm": "Scottish Government Recruitment <recruitment-noreply@gov-scot-jobs.example.uk>",
         "subj": "Application acknowledgement - Finance Business Partner (C1) - ref 118204",
         "fmt": "qp", "company": "Scottish Government", "contact": "",
         "body": """Dear Fergus

Thank you for your application for the post of Finance Business Partner (C1), Directorate for Health Finance, reference 118204.

Your application will now be considered by the sift panel. Unfortunately we are unable to provide individual feedback at this stage of the process. We expect to contact shortlisted candidates from 20 July.

If you require any adjustments to the assessment process, please let us know.

Scottish Government Resourcing
"""},
    {"kind": "application_received", "slug": "indeed_applied", "lang": "en",
         "frm": "Indeed Apply <indeedapply@indeed.example.com>",
         "subj": "Application submitted: Management Accountant - Hollin Brewing Co",
         "fmt": "html", "company": "Hollin Brewing Co", "contact": "",
         "body": """Your application has been submitted

Management Accountant
Hollin Brewing Co - Bristol

Hollin Brewing Co will receive your application and may contact you by email or phone.

Good luck!
The Indeed team
"""},
    {"kind": "application_received", "slug": "human_recruiter_thanks", "lang": "en",
         "frm": "Aoife Brennan <aoife.brennan@liffeytrust.example.ie>",
         "subj": "Re: Finance Manager application",
         "company": "Liffey Housing Trust",
         "quote": ("gmail", "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>", "Sun, 1 Feb 2026 at 21:44",
                "Dear Aoife,\n\nPlease find attached my CV and cover letter for the Finance Manager role.\n\nKind regards,\nFergus"),
         "body": """Hi Fergus,

Thanks for this - got it safely. Closing date is the 13th and we'll be shortlisting the week after, so I'll be in touch either way by the end of February.

Thanks a mil,
Aoife

Aoife Brennan | Office & HR Manager
Liffey Housing Trust CLG
"""},
    {"kind": "application_received", "slug": "nhs_jobs_received", "lang": "en",
         "frm": "NHS Jobs <noreply@jobs.nhs.example.uk>",
         "subj": "Application received: Finance Business Partner - Surgery Division",
         "company": "Riverside University Hospitals NHS Foundation Trust", "contact": "",
         "body": """Dear Fergus Adeyemi-Walsh

Thank you for your application for the post of Finance Business Partner - Surgery Division (ref 301-FBP-2210) at Riverside University Hospitals NHS Foundation Trust.

Your application has been received and will be passed to the recruiting manager after the closing date.

Please check your NHS Jobs account regularly for updates.

Do not reply to this email.
"""},
    {"kind": "application_received", "slug": "ashby_confirmation", "lang": "en",
         "frm": "Quillon <no-reply@ashbyhq.com>",
         "subj": "Application confirmation: Finance Ops Lead at Quillon",
         "fmt": "alt", "company": "Quillon", "contact": "",
         "body": """Hi Fergus,

We've received your application for Finance Ops Lead. Our team reviews every application, and we aim to get back to everyone within two weeks.

In the meantime, feel free to read about how we work: https://quillon.example.com/handbook

Cheers,
The Quillon team
"""},
    {"kind": "application_received", "slug": "icims_odd_format", "lang": "en",
         "frm": "Corrick Utilities <corrickutilities-notifications@icims.com>",
         "subj": "Corrick Utilities - We have received your application",
         "fmt": "cp1252", "company": "Corrick Utilities", "contact": "",
         "body": """Fergus,

Thank you for your interest in Corrick Utilities!  We have received your application for the Treasury Analyst (Job ID: 2026-4471) position.

Our recruitment team will carefully review your qualifications. Due to the high number of applications, only candidates selected for interview will be contacted – we do appreciate your understanding.

Best Regards,
Corrick Utilities Talent Acquisition

To log in to your profile please visit: https://careers-corrick.icims.example.com
"""},
    {"kind": "application_received", "slug": "agency_registered", "lang": "en",
         "frm": "Harriet Quinn <harriet.quinn@morrowfield.example.co.uk>",
         "subj": "Your CV - Financial Controller (Interim)",
         "company": "Morrowfield",
         "body": """Hi Fergus,

Thanks for sending your CV across for the interim Financial Controller assignment in Leeds - I've received it and will give you a call tomorrow morning to run through it before I present you to the client.

Best,
Harriet

Harriet Quinn
Director, Interim Finance
Morrowfield | 3 Park Place, Leeds
"""},
    {"kind": "application_received", "slug": "charity_received", "lang": "en",
         "frm": "Hearthstone Trust <jobs@hearthstonetrust.example.org.uk>",
         "subj": "Thank you for applying - Head of Finance",
         "fmt": "plain", "company": "Hearthstone Trust", "contact": "jobs@hearthstonetrust.example.org.uk",
         "body": """Dear Fergus,

Thank you for applying for the role of Head of Finance at Hearthstone Trust. We have received your application and will be in touch after the closing date of 28 August.

As a small charity we are unable to provide individual feedback to applicants who are not shortlisted, but we are very grateful for your interest in our work.

Warm wishes,
The Hearthstone Trust team
Registered charity no. 1100000
"""},
    {"kind": "application_received", "slug": "de_eingangsbestaetigung", "lang": "de",
         "frm": "Mainfurt Bank AG <karriere@mainfurt-bank.example.de>",
         "subj": "Eingangsbestätigung Ihrer Bewerbung – Referent Treasury (w/m/d)",
         "fmt": "latin1", "company": "Mainfurt Bank", "contact": "",
         "body": """Sehr geehrter Herr Adeyemi-Walsh,

vielen Dank für Ihre Bewerbung als Referent Treasury (w/m/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Mainfurt Bank AG

Dies ist eine automatisch generierte Nachricht.
"""},
    {"kind": "application_received", "slug": "de_stepstone_bestaetigt", "lang": "de",
         "frm": "StepStone <noreply@stepstone.example.de>",
         "subj": "Deine Bewerbung bei Brückner Logistik wurde versendet",
         "fmt": "html", "company": "Brückner Logistik", "contact": "",
         "body": """Hallo Fergus,

deine Bewerbung auf die Stelle „Controller (m/w/d) Konzernreporting“ bei Brückner Logistik GmbH wurde erfolgreich versendet.

Das Unternehmen meldet sich direkt bei dir. Den Status deiner Bewerbung siehst du jederzeit in deinem StepStone-Profil.

Viel Erfolg!
Dein StepStone-Team
"""},
    {"kind": "application_received", "slug": "de_kein_feedback", "lang": "de",
         "frm": "Stadtwerke Oberau <bewerbungen@stadtwerke-oberau.example.de>",
         "subj": "Ihre Bewerbung: Sachbearbeiter Finanzbuchhaltung (m/w/d)",
         "company": "Stadtwerke Oberau", "contact": "",
         "body": """Guten Tag Herr Adeyemi-Walsh,

wir haben Ihre Bewerbung erhalten und bedanken uns für Ihr Interesse.

Aufgrund der hohen Anzahl an Bewerbungen ist es uns leider nicht möglich, jedem Bewerber eine persönliche Rückmeldung zum Zwischenstand zu geben. Sie hören spätestens nach Abschluss des Auswahlverfahrens von uns.

Freundliche Grüße
Personalabteilung
Stadtwerke Oberau GmbH
Bitte antworten Sie nicht auf diese E-Mail.
"""},
    {"kind": "application_received", "slug": "fr_accuse_reception", "lang": "fr",
         "frm": "Banque Valmy <recrutement-noreply@banque-valmy.example.fr>",
         "subj": "Accusé de réception de votre candidature",
         "fmt": "latin1", "company": "Banque Valmy", "contact": "",
         "body": """Bonjour Monsieur Adeyemi-Walsh,

Nous accusons bonne réception de votre candidature au poste d'Analyste Trésorerie (réf. BV-2604) et vous remercions de l'intérêt que vous portez à Banque Valmy.

Votre dossier est en cours d'étude. Nous reviendrons vers vous dans les meilleurs délais si votre profil correspond à nos attentes.

Cordialement,
L'équipe Recrutement – Banque Valmy
Merci de ne pas répondre à ce message.
"""},
    {"kind": "application_received", "slug": "fr_teamtailor_merci", "lang": "fr",
         "frm": "Cimaise Conseil <notifications@teamtailor.example.com>",
         "subj": "Merci pour votre candidature chez Cimaise Conseil",
         "fmt": "html", "company": "Cimaise Conseil", "contact": "",
         "body": """Bonjour Fergus,

Merci d'avoir postulé au poste de Consultant Transformation Finance ! Nous avons bien reçu votre candidature.

En raison du grand nombre de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles, mais nous étudions tous les profils avec attention.

À bientôt peut-être,
L'équipe Cimaise Conseil
"""},
    {"kind": "application_received", "slug": "es_confirmacion", "lang": "es",
         "frm": "Grupo Albora Empleo <empleo-noreply@grupoalbora.example.es>",
         "subj": "Hemos recibido tu candidatura",
         "fmt": "b64", "company": "Grupo Albora", "contact": "",
         "body": """Hola Fergus,

¡Gracias por tu interés en Grupo Albora! Hemos recibido correctamente tu candidatura para la posición de Auditor Interno Senior (Madrid).

Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Equipo de Talento – Grupo Albora
Este correo se ha generado automáticamente, por favor no respondas.
"""},
    {"kind": "application_received", "slug": "es_infojobs_inscrito", "lang": "es",
         "frm": "InfoEmpleo <avisos@infoempleo-portal.example.es>",
         "subj": "Te has inscrito en la oferta: Analista FP&A – Cervezas del Turia",
         "fmt": "html", "company": "Cervezas del Turia", "contact": "",
         "body": """Hola Fergus:

Te has inscrito correctamente en la oferta Analista FP&A de Cervezas del Turia (Valencia).

La empresa revisará tu CV. Te avisaremos cuando cambie el estado de tu candidatura.

Equipo InfoEmpleo
"""},
    {"kind": "application_received", "slug": "es_sin_respuesta_individual", "lang": "es",
         "frm": "Ana Beltrán <abeltran@fundacionsolana.example.org>",
         "subj": "Candidatura Responsable Financiero",
         "company": "Fundación Solana",
         "body": """Estimado Fergus:

Le confirmamos la recepción de su candidatura para el puesto de Responsable Financiero. El plazo de presentación finaliza el 30 de septiembre.

Debido al número de solicitudes, lamentablemente no nos es posible responder de forma individual a todas las personas candidatas; contactaremos únicamente con las preseleccionadas.

Reciba un cordial saludo,
Ana Beltrán
Administración – Fundación Solana
"""},
    {"kind": "application_received", "slug": "workable_us", "lang": "en",
         "frm": "Brightlake Capital <noreply@candidates.workablemail.com>",
         "subj": "Brightlake Capital: We received your application",
         "fmt": "html", "company": "Brightlake Capital", "contact": "",
         "body": """Hi Fergus,

Thanks for your interest in the Fund Accountant position in Toronto. We've received your application and will review it shortly.

Please note that we are unable to sponsor work permits for this role. If that changes your interest, no action is needed.

Brightlake Capital
"""},
    {"kind": "application_received", "slug": "bamboohr_thanks", "lang": "en",
         "frm": "Tidewell Foods <notifications@app.bamboohr.example.com>",
         "subj": "Thank you for your application",
         "fmt": "html", "company": "Tidewell Foods", "contact": "",
         "body": """Hi Fergus,

Thanks for your interest in the Management Accountant position at Tidewell Foods! We have received your application and our hiring team will review it shortly. If your skills and experience are a good fit for this role, we will contact you to discuss next steps.

Thanks again,
The Tidewell Foods Hiring Team
"""},
    # offers
    {"kind": "offer", "slug": "verbal_followup", "lang": "en",
         "frm": "Fiona McAllister <fiona.mcallister@tayside-water.example.org.uk>",
         "subj": "Following up",
         "company": "Tayside Water",
         "body": """Hi Fergus,

Great to speak earlier - just putting in writing what Neil and I said on the phone. We're delighted to offer you the Treasury Manager role at a base salary of £68,500, plus 10% bonus opportunity, 30 days' leave and the defined benefit pension.

The formal offer letter will follow from HR early next week, subject to references and a Baseline Personnel Security Standard check.

Have a think over the weekend and give me a shout with any questions.

Kind regards,
Fiona
Tayside Water
"""},
    {"kind": "offer", "slug": "offer_letter_attached", "lang": "en",
         "frm": "Priya Raman <priya.raman@northwindpay.example.com>",
         "subj": "Your offer from Northwind Pay",
         "fmt": "alt", "company": "Northwind Pay", "attach": "Northwind_Pay_Offer_Letter_F_Adeyemi-Walsh.pdf",
         "body": """Hi Fergus,

I'm so pleased to attach your offer letter for the Senior FP&A Analyst role! Everyone who met you was really impressed.

Headline terms: £72,000 base, 0.05% options (4-year vest, 1-year cliff), hybrid 2 days in our Shoreditch office, start date to be agreed.

The offer is valid until Friday 10 April. Please sign via DocuSign when you're ready, and reply here with any questions - happy to jump on a call.

Priya
Talent Partner, Northwind Pay
"""},
    {"kind": "offer", "slug": "conditional_offer_council", "lang": "en",
         "frm": "Patricia Hanlon <p.hanlon@eastbridge-council.example.gov.uk>",
         "subj": "Conditional offer of employment - Principal Accountant",
         "fmt": "qp", "company": "Eastbridge City Council",
         "body": """Dear Fergus,

Following your recent interview, I am pleased to make you a conditional offer of employment for the post of Principal Accountant, Grade 11, starting salary £52,805 per annum.

This offer is conditional upon: receipt of two satisfactory references; a basic DBS check; evidence of your right to work in the UK; and a satisfactory occupational health questionnaire.

Please confirm acceptance by return email. A contract of employment will be issued once pre-employment checks are complete.

Regards

Patricia Hanlon
HR Advisor, Eastbridge City Council
"""},
    {"kind": "offer", "slug": "agency_offer_excited", "lang": "en",
         "frm": "Liam Doherty <liam@atlanticinterim.example.ie>",
         "subj": "!!! Carrowmore !!!",
         "company": "Carrowmore Foods",
         "body": """Fergus - they want you!! Carrowmore have come back with an offer for the Group Financial Accountant role: €78k base, 8% bonus, hybrid 3 days in Cork. They need an answer by Wednesday.

Give me a call when you can and we'll go through it.

Liam
Atlantic Interim
"""},
    {"kind": "offer", "slug": "contract_to_sign_interim", "lang": "en",
         "frm": "Harriet Quinn <harriet.quinn@morrowfield.example.co.uk>",
         "subj": "Contract for signature - Interim FC, Holbeck Care",
         "company": "Holbeck Care", "attach": "Morrowfield_Assignment_Schedule_Holbeck.pdf",
         "body": """Hi Fergus,

Great news confirmed - Holbeck Care would like to engage you as interim Financial Controller for an initial 6 months at £550/day (outside IR35 determination attached). Please find the assignment schedule attached for signature.

Once signed, I'll get the onboarding pack over. They'd love you to start on Monday 6 July.

Best,
Harriet
Morrowfield
"""},
    {"kind": "offer", "slug": "de_vertragsangebot", "lang": "de",
         "frm": "Sabine Krüger <sabine.krueger@mainfurt-bank.example.de>",
         "subj": "Vertragsangebot – Referent Treasury",
         "fmt": "latin1", "company": "Mainfurt Bank", "attach": "Arbeitsvertrag_Adeyemi-Walsh.pdf",
         "body": """Sehr geehrter Herr Adeyemi-Walsh,

wir freuen uns sehr, Ihnen nach den positiven Gesprächen die Position als Referent Treasury anbieten zu können. Anbei erhalten Sie unser Vertragsangebot mit einem Jahresbruttogehalt von 78.000 EUR sowie die weiteren Konditionen.

Wir würden uns über Ihre Rückmeldung bis zum 24. April freuen. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Sabine Krüger
Mainfurt Bank AG
"""},
    {"kind": "offer", "slug": "de_zusage_startup", "lang": "de",
         "frm": "Jonas Wirth <jonas.wirth@tresorio.example.de>",
         "subj": "Gute Nachrichten :)",
         "company": "Tresorio",
         "body": """Hi Fergus,

das Budget ist doch freigegeben worden - und wir möchten dir die Stelle als Treasury Manager anbieten! Eckdaten: 85k fix, 0,1% VSOP, komplett remote mit Team-Offsites in Berlin.

Das Angebot kommt morgen per Personio zur digitalen Unterschrift. Meld dich gern bei Fragen!

Viele Grüße
Jonas
Tresorio
"""},
    {"kind": "offer", "slug": "fr_promesse_embauche", "lang": "fr",
         "frm": "Hélène Besson <helene.besson@lumen-groupe.example.fr>",
         "subj": "Promesse d'embauche – Contrôleur financier",
         "fmt": "latin1", "company": "Lumen Groupe", "attach": "Promesse_embauche_FAW.pdf",
         "body": """Bonjour Fergus,

Suite à nos échanges et à votre rencontre avec notre DAF, j'ai le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste de Contrôleur financier en CDI, basé à Paris, avec une rémunération annuelle brute de 62 000 €.

Merci de nous la retourner signée avant le 15 septembre.

Bien cordialement,
Hélène Besson
Responsable RH – Lumen Groupe
"""},
    {"kind": "offer", "slug": "es_oferta_formal", "lang": "es",
         "frm": "Carmen Iglesias <carmen.iglesias@seguroslevante.example.es>",
         "subj": "Propuesta de incorporación – Controller Financiero",
         "fmt": "cp1252", "company": "Seguros Levante",
         "body": """Estimado Fergus:

Nos complace comunicarle que ha sido seleccionado para el puesto de Controller Financiero. Le adjuntamos las condiciones de nuestra propuesta: salario bruto anual de 58.000 €, retribución variable de hasta un 12 % y seguro médico.

Le agradeceríamos una respuesta antes del viernes 26 de junio.

Enhorabuena y reciba un cordial saludo,
Carmen Iglesias Soler
Seguros Levante
"""},
    {"kind": "offer", "slug": "es_oferta_startup", "lang": "es",
         "frm": "Lucía Ferrer <lucia@cuadrafin.example.com>",
         "subj": "Oferta!",
         "company": "Cuadra",
         "body": """Fergus!!

Al final la otra persona no ha aceptado y queremos ofrecerte a ti el puesto de Finance Ops. 55k + stock options, remoto desde donde quieras. Te mando el contrato mañana para firmar.

¿Hablamos esta tarde?
Lucía
"""},
]
