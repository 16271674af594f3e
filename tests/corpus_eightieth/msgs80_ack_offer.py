"""Eightieth corpus: application acknowledgements and offers (data only)."""

ACKS = [
    {
        "kind": "application_received", "slug": "seek_apply_confirmation_volume", "lang": "en", "company": "Harbourline Constructions", "contact": "",
        "frm": ("Harbourline Constructions", "careers@harbourline-noreply.example.com"), "date": "2026-01-08 21:14 +1100",
        "subject": "Thank you for applying - Assistant Project Manager", "fmt": "html", "skin": "ats",
        "body": """Hi Callum,

Thanks for applying for the Assistant Project Manager role at Harbourline Constructions. We've received your application and our team will review it shortly.

Due to the volume of applications we receive, we cannot respond to every applicant individually. If your experience matches what we're looking for, one of our team will be in touch within two weeks.

Regards,
Harbourline Constructions

Please do not reply to this email - this inbox is not monitored.""",
    },
    {
        "kind": "application_received", "slug": "iworkfornsw_ack", "lang": "en", "company": "Transport Assets Holding Entity", "contact": "",
        "frm": ("I Work for NSW", "noreply@iworkfor.nsw.example.gov.au"), "date": "2026-01-12 10:30 +1100",
        "subject": "Application received: Senior Asset Manager - Stations (REQ-318822)", "fmt": "alt", "skin": "ats",
        "body": """Dear Callum Ng-Hargreaves,

Thank you for submitting your application for the position of Senior Asset Manager - Stations (REQ-318822) with Transport Assets Holding Entity.

Your application has been received and will be assessed against the capabilities and focus capabilities outlined in the role description. Shortlisted applicants will be contacted to discuss next steps, which may include capability-based assessments.

Please note that unfortunately we are unable to provide individual feedback at this stage of the process.

You can track your application status by logging in to I Work for NSW.

Kind regards,
Talent Acquisition
Transport Assets Holding Entity""",
    },
    {
        "kind": "application_received", "slug": "pageup_uni_ack", "lang": "en", "company": "Southbank Institute of Technology", "contact": "",
        "frm": ("Southbank Institute of Technology", "sit-careers@pageuppeople.example.com"), "date": "2026-01-29 14:02 +1000",
        "subject": "Application Acknowledgement - 497122 Manager, Campus Infrastructure", "fmt": "html", "skin": "ats", "cte": "quoted-printable", "charset": "windows-1252",
        "body": """Dear Callum

Thank you for your application for the position of Manager, Campus Infrastructure (Job No. 497122).

Your application will be considered by the selection committee after the closing date. We anticipate that the shortlisting process will be finalised within three weeks of the closing date – applicants who are not shortlisted will be notified by email.

If you have any questions about the role, please contact Rachel O’Donnell on +61 7 3555 2218.

Regards
People Services
Southbank Institute of Technology""",
    },
    {
        "kind": "application_received", "slug": "lever_short_ack", "lang": "en", "company": "Tidewater Ports", "contact": "",
        "frm": ("Tidewater Ports", "no-reply@hire.lever.co"), "date": "2026-02-02 09:11 +1100",
        "subject": "Thanks for applying to Tidewater Ports", "fmt": "alt", "skin": "ats",
        "body": """Hi Callum,

Thanks for your interest in the Asset Engineer (Maintenance Planning) role! We've received your application and we'll be in touch if there's a fit.

Cheers,
Tidewater Ports""",
    },
    {
        "kind": "application_received", "slug": "recruiter_personal_ack", "lang": "en", "company": "Northgate Health Partnerships", "contact": "priscilla.wong@tallowsearch.example.com.au",
        "frm": ("Priscilla Wong", "priscilla.wong@tallowsearch.example.com.au"), "date": "2026-02-27 13:55 +1100",
        "subject": "Re: Asset Lifecycle Manager - Northgate", "body": """Hi Callum,

Thanks for sending your CV through - received with thanks. I'm putting together the shortlist for Northgate Health Partnerships this week and will be in touch by Friday either way.

Kind regards,

Priscilla Wong
Associate Director
Tallow Search
P 02 5550 1188 | M 0418 555 602

Tallow Search acknowledges the Traditional Custodians of the lands on which we work.""",
    },
    {
        "kind": "application_received", "slug": "taleo_ack_odd", "lang": "en", "company": "Pacific Crown Energy", "contact": "",
        "frm": ("Pacific Crown Energy", "pacificcrown@taleo.example.net"), "date": "2026-03-04 02:48 +0000",
        "subject": "Pacific Crown Energy - Application Acknowledgement - Job 2600817", "cte": "quoted-printable",
        "body": """Dear  Callum ,

Thank you for your interest in Pacific Crown Energy.

This email acknowledges receipt of your application for the position  Maintenance Strategy Lead - Gas Plants  (Job Number: 2600817).

Your profile will be reviewed by our recruitment team against the requirements of the position.

If you are selected for further consideration, a member of the recruitment team will contact you.

Sincerely,

Pacific Crown Energy

*This is an automated message, please do not reply.*""",
    },
    {
        "kind": "application_received", "slug": "chinese_owned_english_ack", "lang": "en", "company": "Huatai Engineering Australia", "contact": "recruit.au@huataieng.example.com",
        "frm": ("Huatai Recruitment AU", "recruit.au@huataieng.example.com"), "date": "2026-03-20 11:00 +1100",
        "subject": "Application for Senior Building Services Engineer", "body": """Dear Callum,

We have well received your application for the Senior Building Services Engineer position at our Sydney office. Thank you for your interest to join Huatai Engineering Australia.

Our HR department will review your resume carefully and contact you if your background meets our requirement. Please kindly note the process may take 2-3 weeks.

Best Regards,
Zhang Li (Lily)
HR Officer
Huatai Engineering Australia Pty Ltd
Level 21, 1 O'Connell Street, Sydney NSW 2000""",
    },
    {
        "kind": "application_received", "slug": "apsjobs_ack", "lang": "en", "company": "Department of Climate Infrastructure", "contact": "",
        "frm": ("APSJobs", "no-reply@apsjobs.example.gov.au"), "date": "2026-04-03 16:10 +1100",
        "subject": "We have received your application - APS6 Assistant Director Property Operations", "fmt": "alt", "skin": "ats",
        "body": """Dear Callum Ng-Hargreaves

Your application for APS6 / EL1 Assistant Director, Property Operations (Canberra) with the Department of Climate Infrastructure has been successfully submitted.

Reference: DCI/2026/0413

Please note that applicants must be Australian citizens and may need to obtain and maintain a Baseline security clearance.

The selection process may include a written assessment, interview and referee checks. We will contact you once shortlisting is complete.

APSJobs""",
    },
    {
        "kind": "application_received", "slug": "smartrecruiters_ack_rail", "lang": "en", "company": "Vantage Rail Systems", "contact": "",
        "frm": ("Vantage Rail Systems", "noreply@smartrecruiters.example.com"), "date": "2026-03-10 08:40 +1000",
        "subject": "Thanks for your application, Callum", "fmt": "html", "skin": "ats",
        "body": """Hi Callum,

Thanks for applying for Stations Maintenance Engineer at Vantage Rail Systems. Your application is now with our hiring team.

What happens next? We review every application carefully. If your skills and experience are a match, we'll reach out to arrange a conversation.

Best of luck,
Vantage Rail Systems Talent Team""",
    },
    {
        "kind": "application_received", "slug": "trademe_ack_nz", "lang": "en", "company": "Kāpiti Lifelines Trust", "contact": "jobs@kapitilifelines.example.org.nz",
        "frm": ("Kāpiti Lifelines Trust", "jobs@kapitilifelines.example.org.nz"), "date": "2026-04-16 12:25 +1200",
        "subject": "Your application via Trade Me Jobs", "enc_subject": True,
        "body": """Kia ora Callum,

Thank you for applying for our Facilities & Fleet Manager role via Trade Me Jobs. We're a small team, so please bear with us - applications close on 30 April and we'll be in touch with everyone after that date.

If you have any questions in the meantime, just reply to this email.

Ngā mihi,
Rangi Paewai
Operations Manager
Kāpiti Lifelines Trust""",
    },
    {
        "kind": "application_received", "slug": "workable_ack_fitout", "lang": "en", "company": "Northbound Interiors", "contact": "",
        "frm": ("Northbound Interiors", "noreply@candidates.workablemail.com"), "date": "2026-05-05 15:45 +1000",
        "subject": "Northbound Interiors: we received your application", "fmt": "alt", "skin": "ats",
        "body": """Hi Callum,

We wanted to let you know that we received your application for Services Coordinator - Commercial Fitout. We'll review it and get back to you.

Unfortunately we are unable to provide individual feedback to every candidate, but we'll be in touch if you're shortlisted.

Thanks,
Northbound Interiors Hiring Team""",
    },
    {
        "kind": "application_received", "slug": "bamboohr_ack_nfp", "lang": "en", "company": "Homeground Housing", "contact": "",
        "frm": ("Homeground Housing", "notifications@app.bamboohr.example.com"), "date": "2026-06-01 10:05 +0930",
        "subject": "Thank you for applying to Homeground Housing!", "fmt": "html", "skin": "ats",
        "body": """Hi Callum,

Thank you for your interest in the Property Maintenance Manager position. Your application has been received and our team is reviewing applications now.

At Homeground Housing, we believe everyone deserves a safe place to call home. Successful candidates will need a current National Police Check and Working with Children Check.

Warm regards,
Homeground Housing""",
    },
    {
        "kind": "application_received", "slug": "jobvite_ack_airport", "lang": "en", "company": "Halcyon Airports", "contact": "",
        "frm": ("Halcyon Airports Careers", "careers@jobvite-mail.example.com"), "date": "2026-04-30 17:00 +1000",
        "subject": "Application Received", "fmt": "alt", "skin": "ats", "cte": "base64",
        "body": """Dear Callum,

Thank you for your application for GM Infrastructure Delivery with Halcyon Airports. This confirms we have received your application.

This role is being managed in partnership with Thorne Partners, who may be in touch with you directly.

Kind regards,
Halcyon Airports People Team""",
    },
    {
        "kind": "application_received", "slug": "oracle_cloud_ack_bank", "lang": "en", "company": "Meridian Bank", "contact": "",
        "frm": ("Meridian Bank Careers", "careers-noreply@oraclecloud.example.com"), "date": "2026-07-27 11:30 +1000",
        "subject": "Your job application has been received", "fmt": "html", "skin": "ats",
        "body": """Dear Callum,

Thank you for applying for the Property Facilities Lead - Retail Branch Network position at Meridian Bank (Requisition 26000743).

We have received your application and will assess it against the requirements of the role. If you are shortlisted, we will contact you to discuss the next steps, which may include a work rights verification.

You can view the status of your application at any time by signing in to your candidate profile.

Meridian Bank Talent Acquisition""",
    },
    {
        "kind": "application_received", "slug": "fr_accuse_reception", "lang": "fr", "company": "Ingéval", "contact": "",
        "frm": ("Ingéval Recrutement", "ne-pas-repondre@ingeval.example.fr"), "date": "2026-02-10 08:30 +0100",
        "subject": "Accusé de réception de votre candidature", "fmt": "alt", "skin": "ats", "enc_subject": True,
        "body": """Bonjour Callum,

Nous accusons bonne réception de votre candidature au poste de Chef de projet CVC (Lyon) et vous en remercions.

Votre dossier va être étudié avec attention par nos équipes. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles ; si votre profil est retenu, nous vous contacterons sous trois semaines.

L'équipe Recrutement
Ingéval""",
    },
    {
        "kind": "application_received", "slug": "fr_welcome_jungle_ack", "lang": "fr", "company": "Watt&Co", "contact": "",
        "frm": ("Watt&Co via Welcome to the Jungle", "no-reply@welcometothejungle.example.com"), "date": "2026-09-03 19:02 +0200",
        "subject": "Ta candidature chez Watt&Co a bien été envoyée", "fmt": "html", "skin": "ats",
        "body": """Bravo Callum !

Ta candidature pour le poste Responsable Opérations APAC chez Watt&Co a bien été envoyée. L'équipe de recrutement a maintenant accès à ton profil.

Tu peux suivre l'avancement de ta candidature depuis ton espace.

À bientôt,
L'équipe Welcome to the Jungle""",
    },
    {
        "kind": "application_received", "slug": "es_recibida_chile", "lang": "es", "company": "Aguas del Pacífico", "contact": "",
        "frm": ("Aguas del Pacífico - Selección", "seleccion-noresponder@aguaspacifico.example.cl"), "date": "2026-04-06 09:15 -0400",
        "subject": "Hemos recibido tu postulación", "fmt": "html", "skin": "ats", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Hola Callum,

¡Gracias por postular al cargo Jefe de Gestión de Activos! Hemos recibido correctamente tus antecedentes.

Nuestro equipo revisará tu perfil y, si avanzas a la siguiente etapa, te contactaremos por este medio. Debido al alto número de postulaciones, no podremos responder de forma individual a cada persona.

Saludos,
Equipo de Selección
Aguas del Pacífico""",
    },
    {
        "kind": "application_received", "slug": "es_madrid_recibido", "lang": "es", "company": "Ibérica de Instalaciones", "contact": "lucia.serrano@ibericainst.example.es",
        "frm": ("Lucía Serrano", "lucia.serrano@ibericainst.example.es"), "date": "2026-05-22 10:40 +0200",
        "subject": "Candidatura Jefe de Obra Instalaciones", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Hola Callum,

Te confirmo que hemos recibido tu CV para la posición de Jefe de Obra de Instalaciones. Lo revisaremos con el director de obra en los próximos días y te diremos algo.

Un saludo,
Lucía Serrano
Técnico de Selección
Ibérica de Instalaciones S.L.""",
    },
    {
        "kind": "application_received", "slug": "de_eingangsbestaetigung", "lang": "de", "company": "Rheinhold Gebäudetechnik", "contact": "",
        "frm": ("Rheinhold Gebäudetechnik Karriere", "karriere-noreply@rheinhold-gt.example.de"), "date": "2026-04-09 09:00 +0200",
        "subject": "Eingangsbestätigung Ihrer Bewerbung", "charset": "iso-8859-1", "cte": "quoted-printable", "enc_subject": True,
        "body": """Sehr geehrter Herr Ng-Hargreaves,

vielen Dank für Ihre Bewerbung als Projektleiter TGA (m/w/d) und Ihr Interesse an der Rheinhold Gebäudetechnik GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen. Bitte haben Sie Verständnis, dass wir Ihnen leider kein individuelles Feedback zu diesem Zeitpunkt geben können.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinhold Gebäudetechnik GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""",
    },
    {
        "kind": "application_received", "slug": "de_stepstone_weitergeleitet", "lang": "de", "company": "Alpbau Infrastruktur", "contact": "s.brunner@alpbau.example.ch",
        "frm": ("Sandra Brunner", "s.brunner@alpbau.example.ch"), "date": "2026-06-29 13:30 +0200",
        "subject": "Ihre Bewerbung als Gesamtprojektleiter Hochbau", "fmt": "alt", "skin": "outlook",
        "body": """Guten Tag Herr Ng-Hargreaves

Besten Dank für Ihre Bewerbung, die wir über StepStone erhalten haben. Ihre Unterlagen sind vollständig bei uns eingegangen und werden nun vom Fachbereich geprüft.

Wir werden uns bis Mitte Juli bei Ihnen melden.

Freundliche Grüsse
Sandra Brunner
HR Business Partner
Alpbau Infrastruktur AG""",
    },
]

OFFERS = [
    {
        "kind": "offer", "slug": "verbal_offer_followup", "lang": "en", "company": "Ridgeway Consulting Engineers", "contact": "ella.fitzgerald@ridgewayce.example.com",
        "frm": ("Ella Fitzgerald", "ella.fitzgerald@ridgewayce.example.com"), "date": "2026-02-13 17:40 +1100",
        "subject": "Great to speak just now!", "fmt": "alt", "skin": "gmail",
        "body": """Hi Callum,

Thanks for taking my call - as discussed, we're delighted to offer you the Senior Mechanical Engineer - Net Zero role. To recap the key points:

- Base salary $158,000 + super, 10% STI
- Hybrid, 3 days in the Market St office
- Start date to be agreed (ideally early March)

The formal contract will come through from DocuSign on Monday. In the meantime, let me know if you have any questions at all.

Cheers,
Ella""",
    },
    {
        "kind": "offer", "slug": "offer_letter_attached_council", "lang": "en", "company": "City of Port Aldridge", "contact": "b.nguyen@portaldridge.example.gov.au",
        "frm": ("Bao Nguyen", "b.nguyen@portaldridge.example.gov.au"), "date": "2026-02-20 15:05 +1100",
        "subject": "Letter of Offer - Senior Project Manager Facilities", "fmt": "alt", "skin": "outlook",
        "body": """Dear Callum,

Congratulations! Further to your conversation with the Manager Capital Works, please find attached your Letter of Offer for the position of Senior Project Manager Facilities (Band 7, Level C), along with the position description and Enterprise Agreement summary.

Please sign and return the acceptance form by Friday 27 February 2026. This offer is subject to a satisfactory National Police Check and pre-employment medical.

Kind regards,
Bao Nguyen
Recruitment Officer | City of Port Aldridge""",
        "attach": [("Letter_of_Offer_Ng-Hargreaves.pdf", "application/pdf", "%PDF-1.4\n% fake letter of offer placeholder\n")],
    },
    {
        "kind": "offer", "slug": "conditional_offer_hospital", "lang": "en", "company": "Aurora Health", "contact": "karen.mills@aurorahealth.example.org.au",
        "frm": ("Karen Mills", "karen.mills@aurorahealth.example.org.au"), "date": "2026-03-27 16:30 +1100",
        "subject": "Conditional offer of employment", "fmt": "alt", "skin": "outlook", "cte": "quoted-printable",
        "body": """Dear Callum,

I am pleased to offer you the position of Biomedical & Facilities Engineering Lead with Aurora Health, conditional upon:

1. Two satisfactory referee checks (we will contact the referees you nominated);
2. A current Working with Children Check;
3. Evidence of vaccination compliance in accordance with NSW Health policy.

Your contract will be issued once the conditions are met. Please reply to confirm you accept this conditional offer.

Kind regards,
Karen Mills
Recruitment Coordinator, Facilities & Engineering
Aurora Health""",
    },
    {
        "kind": "offer", "slug": "startup_founder_offer", "lang": "en", "company": "Sola Collective", "contact": "mia@solacollective.example.com.au",
        "frm": ("Mia Tran", "mia@solacollective.example.com.au"), "date": "2026-06-05 21:18 +0930",
        "subject": "!!", "body": """Callum - we want you! Team loved the session on Tuesday. Offer doc attached: $135k + 0.4% equity, 4-year vest with 1-year cliff. Flexible on start date. Have a read and let's chat tomorrow?

Mia""",
        "attach": [("Sola_Collective_Offer_Callum.pdf", "application/pdf", "%PDF-1.4\n% offer placeholder\n")],
    },
    {
        "kind": "offer", "slug": "agency_offer_excited", "lang": "en", "company": "Copperline Builders", "contact": "tayla@arcpointpeople.example.com",
        "frm": ("Tayla Brooks", "tayla@arcpointpeople.example.com"), "date": "2026-03-06 11:02 +1100",
        "subject": "Copperline!!!", "body": """CALLUM!!!

Copperline have come back and they want to offer you the Project Manager job!!! $165k package plus car allowance and they'll do 4 weeks leave + a week between Xmas and NY. Contract is coming from their HR today.

Call me when you see this!!!!

Tayla
0433 555 210""",
    },
    {
        "kind": "offer", "slug": "docusign_contract_sign", "lang": "en", "company": "Orchard Lane REIT", "contact": "w.ashby@orchardlanereit.example.com",
        "frm": ("William Ashby via DocuSign", "dse_na4@docusign.net"), "reply_to": ("William Ashby", "w.ashby@orchardlanereit.example.com"),
        "date": "2026-06-12 09:20 +1000", "subject": "Please DocuSign: Orchard Lane REIT - Employment Contract - C Ng-Hargreaves", "fmt": "html", "skin": "ats",
        "body": """William Ashby sent you a document to review and sign.

Hi Callum, as discussed, please find your employment contract for the Asset Manager - Industrial Portfolio role. Welcome aboard - we're thrilled to have you joining us.

REVIEW DOCUMENT: https://na4.docusign.net/Signing/EmailStart.aspx?a=3f1c

Do Not Share This Email. This email contains a secure link to DocuSign.""",
    },
    {
        "kind": "offer", "slug": "singapore_offer_formal", "lang": "en", "company": "Marina Gate Holdings", "contact": "jolene.koh@marinagate.example.sg",
        "frm": ("Jolene Koh", "jolene.koh@marinagate.example.sg"), "date": "2026-08-14 18:40 +0800",
        "subject": "Offer of Employment - Senior Manager, Engineering", "fmt": "alt", "skin": "outlook",
        "body": """Dear Callum,

Following the resumption of the recruitment for this role and your final interview with our CEO, we are pleased to extend to you an offer of employment as Senior Manager, Engineering, based in Singapore.

Please find attached the Letter of Offer setting out the terms, including the Employment Pass application which the Company will sponsor. Kindly sign and return the letter by 21 August 2026.

Best regards,
Jolene Koh
Talent Acquisition Manager
Marina Gate Holdings""",
        "attach": [("LOO_Callum_Ng-Hargreaves.pdf", "application/pdf", "%PDF-1.4\n% LOO placeholder\n")],
    },
    {
        "kind": "offer", "slug": "fr_promesse_embauche", "lang": "fr", "company": "Thermiq Conseil", "contact": "julie.marchand@thermiq.example.fr",
        "frm": ("Julie Marchand", "julie.marchand@thermiq.example.fr"), "date": "2026-03-18 12:10 +0100",
        "subject": "Proposition d'embauche", "cte": "quoted-printable",
        "body": """Bonjour Callum,

J'ai le plaisir de vous confirmer que nous souhaitons vous accueillir au sein de Thermiq Conseil en tant qu'Ingénieur efficacité énergétique, en CDI, à compter du 1er juin 2026.

Vous trouverez ci-joint la promesse d'embauche reprenant la rémunération convenue (58 k€ bruts annuels) ainsi que les conditions de la relocalisation. Merci de nous la retourner signée sous dix jours.

Bien cordialement,

Julie Marchand
Responsable RH – Thermiq Conseil""",
        "attach": [("Promesse_embauche_Ng-Hargreaves.pdf", "application/pdf", "%PDF-1.4\n% promesse placeholder\n")],
    },
    {
        "kind": "offer", "slug": "es_oferta_chile", "lang": "es", "company": "Aguas del Pacífico", "contact": "c.munoz@aguaspacifico.example.cl",
        "frm": ("Camila Muñoz", "c.munoz@aguaspacifico.example.cl"), "date": "2026-05-08 17:20 -0400",
        "subject": "Oferta laboral - Jefe de Gestión de Activos", "fmt": "alt", "skin": "outlook", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Hola Callum:

Nos alegra mucho comunicarte que has sido seleccionado para el cargo de Jefe de Gestión de Activos. Adjuntamos la carta oferta con el detalle de la renta, beneficios y fecha de incorporación propuesta.

Te agradeceríamos confirmar tu aceptación antes del viernes 15 de mayo.

¡Felicitaciones!
Camila Muñoz
Analista de Selección, Aguas del Pacífico""",
        "attach": [("Carta_Oferta_CNH.pdf", "application/pdf", "%PDF-1.4\n% carta oferta placeholder\n")],
    },
    {
        "kind": "offer", "slug": "de_vertragsangebot", "lang": "de", "company": "Hollmann Energy Solutions", "contact": "j.weber@hollmann-es.example.de",
        "frm": ("Jana Weber", "j.weber@hollmann-es.example.de"), "date": "2026-04-24 10:45 +0200",
        "subject": "Ihr Vertragsangebot", "fmt": "alt", "skin": "outlook", "cte": "quoted-printable",
        "body": """Sehr geehrter Herr Ng-Hargreaves,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Schulte die Position als Project Manager Battery Storage (Australia) anbieten zu dürfen.

Anbei erhalten Sie Ihren Arbeitsvertrag (australischer Vertrag über unsere Tochtergesellschaft in Melbourne) zur Unterschrift. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 8. Mai zurück.

Mit freundlichen Grüßen
Jana Weber
Recruiting | Hollmann Energy Solutions GmbH""",
        "attach": [("Arbeitsvertrag_Ng-Hargreaves.pdf", "application/pdf", "%PDF-1.4\n% vertrag placeholder\n")],
    },
]

MESSAGES = ACKS + OFFERS
