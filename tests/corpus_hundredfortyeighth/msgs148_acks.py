"""Corpus 148, application acknowledgements (21) and offers (10), hand-written."""

from msgs148_common import (
    CAND,
    ats_card,
    outlook_reply,
    plain_shell,
    reply,
    word_shell,
)

AOIFE = ("Aoife Brennan", "aoife.brennan@pennineretail.example.co.uk")

MESSAGES = [
    # ================================================================== received, English (12)
    {
        "kind": "application_received", "scenario": "liffey_workday_ack", "lang": "en",
        "company": "Liffey Freight Solutions", "contact": "",
        "from": ("Liffey Freight Solutions", "liffeyfreight@myworkday.com"),
        "subject": "Thank you for applying: Supply Chain Analyst (R-2026-0117)",
        "date": "2026-02-23 14:02 +0000",
        "key": "liffey-app",
        "text": (
            "Hi Ciarán,\n\n"
            "Thank you for applying for Supply Chain Analyst (R-2026-0117) at Liffey Freight "
            "Solutions. We have received your application and our Talent Acquisition team "
            "will review it over the coming weeks.\n\n"
            "You can check the status of your application at any time by signing in to your "
            "candidate home:\n"
            "https://liffeyfreight.wd3.myworkdayjobs.com/en-US/Careers/userHome\n\n"
            "Kind regards,\nLiffey Freight Solutions Talent Acquisition\n\n"
            "This mailbox is not monitored."
        ),
        "shell": ats_card("Liffey Freight Solutions", "#0a6e4f", "Workday notification"),
    },
    {
        "kind": "application_received", "scenario": "pennine_greenhouse_cannot_reply_all",
        "lang": "en",
        "company": "Pennine Retail Group", "contact": "",
        "from": ("Pennine Retail Group", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thanks for applying to Pennine Retail Group",
        "date": "2026-04-14 07:03 +0000",
        "key": "pennine-app",
        "html_only": True,
        "text": (
            "Hi Ciarán,\n\n"
            "Thanks for your interest in Pennine Retail Group! We've received your application "
            "for Replenishment Analyst and our team will look at it carefully.\n\n"
            "We receive a very large number of applications, so unfortunately we cannot reply "
            "to every applicant individually. If your experience is a match, a member of our "
            "Talent team will contact you within three weeks.\n\n"
            "The Pennine Retail Group Talent Team"
        ),
        "shell": ats_card("Pennine Retail Group", "#24478f",
                          "Sent via Greenhouse. Replies to this e-mail are not read."),
    },
    {
        "kind": "application_received", "scenario": "harbourline_registration", "lang": "en",
        "company": "Harbourline Recruitment", "contact": "shane.mulvey@harbourline.example.ie",
        "from": ("Shane Mulvey", "shane.mulvey@harbourline.example.ie"),
        "subject": "Welcome to Harbourline - registration complete",
        "date": "2026-01-12 16:18 +0000",
        "key": "hl-reg",
        "text": (
            "Hi Ciarán,\n\n"
            "Good to speak to you this afternoon. This is to confirm you're now registered with "
            "Harbourline Recruitment and your CV is on our system for supply chain and "
            "warehouse planning roles in Dublin and Cork.\n\n"
            "As discussed, I'll only put you forward for a role after I've talked it through "
            "with you and you've said yes. I've already got one pharma client in mind.\n\n"
            "Your candidate reference is HL-26-0093.\n\n"
            "Regards,\nShane Mulvey\nSenior Recruitment Consultant | Harbourline Recruitment\n"
            "Harbourline House, 22 Fitzwilliam Square, Dublin 2\nM: +353 86 301 7722\n\n"
            "We process your personal data in line with our privacy notice at "
            "https://harbourline.example.ie/privacy."
        ),
        "shell": word_shell,
    },
    {
        "kind": "application_received", "scenario": "northgate_registered_reply_to_consultant",
        "lang": "en",
        "company": "Northgate Talent", "contact": "jamie.holt@northgatetalent.example.co.uk",
        "from": ("Northgate Talent", "noreply@northgatetalent.example.co.uk"),
        "reply_to": ("Jamie Holt", "jamie.holt@northgatetalent.example.co.uk"),
        "subject": "You're registered with Northgate Talent",
        "date": "2026-03-03 11:49 +0000",
        "key": "ng-reg",
        "text": (
            "Hello Ciarán,\n\n"
            "Thanks for registering with Northgate Talent. Your profile and CV have been "
            "received, and your consultant is Jamie Holt (Supply Chain desk).\n\n"
            "Jamie will be in touch within two working days to talk about the roles you are "
            "interested in. To get hold of him sooner, simply reply to this e-mail.\n\n"
            "Northgate Talent\n3rd Floor, 14 Spring Gardens, Manchester M2 1FB"
        ),
        "shell": plain_shell,
    },
    {
        "kind": "application_received", "scenario": "ssa_competition_ack", "lang": "en",
        "company": "State Supplies Agency", "contact": "recruitment@statesupplies.example.ie",
        "from": ("State Supplies Agency - Recruitment", "recruitment@statesupplies.example.ie"),
        "subject": "SSA-26-041: Acknowledgement of application",
        "date": "2026-01-20 10:02 +0000",
        "key": "ssa-ack",
        "text": (
            "Dear Ciarán Walsh-Adebayo,\n\n"
            "This is to acknowledge receipt of your application for competition SSA-26-041 "
            "Higher Executive Officer (Supply Chain Analyst). Your candidate ID is 2611409; "
            "please quote it in all correspondence.\n\n"
            "Shortlisting will take place after the closing date of 6 February 2026. Candidates "
            "will be notified of the outcome of shortlisting by e-mail.\n\n"
            "Recruitment Unit\nState Supplies Agency"
        ),
    },
    {
        "kind": "application_received", "scenario": "brannocks_smartrecruiters_ack", "lang": "en",
        "company": "Brannock's Grocers", "contact": "",
        "from": ("Brannock's Grocers", "noreply@smartrecruiters.com"),
        "subject": "We've got your application, Ciarán",
        "date": "2026-01-29 21:40 +0000",
        "html_only": True, "html_cte": "base64",
        "text": (
            "Hi Ciarán,\n\n"
            "Thanks for applying for Stock Replenishment Analyst at Brannock's Grocers. Your "
            "application is safely with us.\n\n"
            "What happens next? Our recruiters review applications in the order they arrive. "
            "You can follow the progress of your application in your SmartRecruiters "
            "profile.\n\n"
            "The Brannock's Talent Team"
        ),
        "shell": ats_card("Brannock's Grocers", "#1d6b3a", "Powered by SmartRecruiters"),
    },
    {
        "kind": "application_received", "scenario": "trafford_icims_base64_volume", "lang": "en",
        "company": "Trafford Parcel Hub", "contact": "",
        "from": ("Trafford Parcel Hub Careers", "noreply@icims.com"),
        "subject": "Application received - Network Planning Analyst",
        "date": "2026-02-09 13:26 +0000",
        "cte": "base64",
        "text": (
            "Dear Ciarán,\n\n"
            "Thank you for your application for the Network Planning Analyst position "
            "(Requisition 2026-1187).\n\n"
            "Due to the high volume of applications we receive, we are unfortunately unable to "
            "respond to each applicant individually. If you are shortlisted, a member of the "
            "recruitment team will contact you.\n\n"
            "Trafford Parcel Hub Recruitment"
        ),
    },
    {
        "kind": "application_received", "scenario": "cobh_harbour_cv_received", "lang": "en",
        "company": "Cobh Harbour Company", "contact": "hr@cobhharbour.example.ie",
        "from": ("Cobh Harbour Company HR", "hr@cobhharbour.example.ie"),
        "subject": "Re: Application - Logistics Data Analyst",
        "date": "2026-07-24 09:31 +0100",
        "parent": "cobh-apply",
        "text": reply(
            "Dear Ciarán,\n\n"
            "We've received your CV and cover letter for the Logistics Data Analyst post. The "
            "closing date is 7 August; shortlisting will take place the week after.\n\n"
            "Kind regards,\nSíle Ní Bhriain\nHuman Resources Officer, Cobh Harbour Company",
            "en", "Thu, 23 Jul 2026 at 22:15", "Ciarán Walsh-Adebayo", CAND[1],
            "Dear Sir or Madam,\n\nPlease find attached my CV and cover letter for the "
            "Logistics Data Analyst position advertised on your website.\n\n"
            "Yours faithfully,\nCiarán Walsh-Adebayo"),
    },
    {
        "kind": "application_received", "scenario": "clondalkin_taleo_ack", "lang": "en",
        "company": "Clondalkin Pharma Packaging", "contact": "",
        "from": ("Clondalkin Pharma Packaging", "noreply@taleo.net"),
        "subject": "Clondalkin Pharma Packaging - Application Confirmation",
        "date": "2026-08-30 23:12 -0400",
        "text": (
            "Dear Ciarán Walsh-Adebayo,\n\n"
            "Thank you for your interest in Clondalkin Pharma Packaging.\n\n"
            "This is to confirm that your application for Planning Associate (2600231) was "
            "successfully submitted on 31 August 2026. Our recruiting team will carefully "
            "review your profile.\n\n"
            "Sincerely,\nGlobal Talent Acquisition"
        ),
    },
    {
        "kind": "application_received", "scenario": "vdplas_recruitee_ack", "lang": "en",
        "company": "Van der Plas Cold Storage", "contact": "",
        "from": ("Van der Plas Cold Storage", "vanderplas@jobs.recruitee.com"),
        "subject": "We've received your application for Stock & Planning Analyst",
        "date": "2026-04-06 19:55 +0200",
        "key": "vdp-ack",
        "text": (
            "Hi Ciarán,\n\n"
            "Thank you for applying for Stock & Planning Analyst at Van der Plas Cold Storage. "
            "We've received your application and will get back to you within ten working "
            "days.\n\n"
            "Team Van der Plas"
        ),
        "shell": ats_card("Van der Plas Cold Storage", "#2a9d8f", "Sent with Recruitee"),
    },
    {
        "kind": "application_received", "scenario": "cheetham_greenhouse_ack", "lang": "en",
        "company": "Cheetham Hill Pharma", "contact": "",
        "from": ("Cheetham Hill Pharma Recruiting", "no-reply@us.greenhouse-mail.io"),
        "subject": "Thank you for your application to Cheetham Hill Pharma",
        "date": "2026-08-17 08:40 +0000",
        "key": "chp-app",
        "text": (
            "Dear Ciarán,\n\n"
            "Thank you for applying for the Supply Planner role. This e-mail confirms that we "
            "have your application. Our recruiters read every application, and we will be in "
            "touch about next steps.\n\n"
            "Best regards,\nCheetham Hill Pharma Recruiting"
        ),
        "shell": ats_card("Cheetham Hill Pharma", "#7a1f2b", "Sent via Greenhouse"),
    },
    {
        "kind": "application_received", "scenario": "sheehan_cv_to_corrigan", "lang": "en",
        "company": "Corrigan Medical", "contact": "orla@sheehansearch.example.ie",
        "from": ("Orla Sheehan", "orla@sheehansearch.example.ie"),
        "subject": "Got your CV - Corrigan Medical",
        "date": "2026-04-16 08:22 +0100",
        "text": (
            "Hi Ciarán,\n\n"
            "Got your CV and the signed consent form, thanks. I'll send your details to "
            "Corrigan Medical this morning for the Materials Planner position and chase them "
            "for a response by the end of next week.\n\n"
            "Orla\n\n--\nOrla Sheehan\nSheehan Search | Life Sciences Supply Chain\n"
            "Penrose Wharf, Cork T23 | +353 21 455 0972"
        ),
    },
    # ================================================================== received, German (3)
    {
        "kind": "application_received", "scenario": "elbstrom_personio_eingang", "lang": "de",
        "company": "Elbstrom Logistik", "contact": "",
        "from": ("Elbstrom Logistik GmbH", "noreply@personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Junior Supply Chain Analyst (m/w/d)",
        "subject_enc": "utf-8/b",
        "date": "2026-02-02 11:20 +0100",
        "key": "elb-app",
        "text": (
            "Hallo Herr Walsh-Adebayo,\n\n"
            "vielen Dank für Ihre Bewerbung als Junior Supply Chain Analyst (m/w/d). Ihre "
            "Unterlagen sind bei uns eingegangen und werden nun von unserem HR-Team "
            "gesichtet.\n\n"
            "Wir melden uns in den nächsten zwei Wochen bei Ihnen.\n\n"
            "Viele Grüße\nIhr HR-Team der Elbstrom Logistik GmbH\n\n"
            "Dies ist eine automatisch erstellte Nachricht."
        ),
        "shell": ats_card("Elbstrom Logistik", "#e2001a", "Gesendet mit Personio"),
    },
    {
        "kind": "application_received", "scenario": "hafenkontor_softgarden_nicht_jedem",
        "lang": "de",
        "company": "Hafenkontor Nord", "contact": "",
        "from": ("Hafenkontor Nord – Recruiting", "noreply@softgarden.io"),
        "from_enc": "windows-1252/q",
        "subject": "Vielen Dank für Ihre Bewerbung",
        "subject_enc": "iso-8859-1/b",
        "date": "2026-03-23 22:04 +0100",
        "key": "hk-app",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": (
            "Sehr geehrter Herr Walsh-Adebayo,\n\n"
            "herzlichen Dank für Ihre Bewerbung als Analyst Bestandsmanagement (m/w/d) und Ihr "
            "Interesse an unserem Unternehmen.\n\n"
            "Ihre Unterlagen werden derzeit geprüft. Aufgrund der Vielzahl an Bewerbungen "
            "können wir leider nicht jedem Bewerber sofort persönlich antworten; wir bitten "
            "daher um etwas Geduld.\n\n"
            "Mit freundlichen Grüßen\nIhr Recruiting-Team\nHafenkontor Nord GmbH & Co. KG"
        ),
    },
    {
        "kind": "application_received", "scenario": "altona_successfactors_bestaetigung",
        "lang": "de",
        "company": "Altona Pharma Werk", "contact": "",
        "from": ("Altona Pharma Werk Recruiting", "no-reply@successfactors.eu"),
        "subject": "Bestätigung Ihrer Bewerbung (Job-ID 31877)",
        "subject_enc": "utf-8/q",
        "date": "2026-05-11 06:58 +0200",
        "key": "altona-ack",
        "html_only": True,
        "text": (
            "Guten Tag Herr Walsh-Adebayo,\n\n"
            "wir bestätigen den Eingang Ihrer Bewerbung für die Position Supply Chain Planner "
            "(w/m/d), Job-ID 31877.\n\n"
            "Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal "
            "einsehen.\n\n"
            "Freundliche Grüße\nTeam Recruiting\nAltona Pharma Werk GmbH"
        ),
        "shell": ats_card("Altona Pharma Werk", "#004f9f",
                          "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail."),
    },
    # ================================================================== received, French (3)
    {
        "kind": "application_received", "scenario": "rhone_teamtailor_accuse", "lang": "fr",
        "company": "Rhône Fret Services", "contact": "",
        "from": ("Rhône Fret Services", "rhonefret@teamtailor-mail.com"),
        "subject": "Nous avons bien reçu votre candidature",
        "date": "2026-05-04 10:00 +0200",
        "key": "rhone-app",
        "text": (
            "Bonjour Ciarán,\n\n"
            "Merci pour votre candidature au poste d'Analyste flux transport chez Rhône Fret "
            "Services. Nous l'avons bien reçue et notre équipe l'étudie avec attention.\n\n"
            "Vous recevrez une réponse dans un délai de trois semaines.\n\n"
            "L'équipe recrutement de Rhône Fret Services"
        ),
        "shell": ats_card("Rhône Fret Services", "#003b6f", "Envoyé avec Teamtailor"),
    },
    {
        "kind": "application_received", "scenario": "fourviere_taleo_accuse_latin1", "lang": "fr",
        "company": "Laboratoires Fourvière", "contact": "",
        "from": ("Laboratoires Fourvière", "noreply@taleo.net"),
        "subject": "Accusé de réception de votre candidature",
        "subject_enc": "iso-8859-1/q",
        "date": "2026-04-28 03:14 -0400",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": (
            "Madame, Monsieur,\n\n"
            "Nous accusons réception de votre candidature au poste de Gestionnaire "
            "approvisionnements (réf. 26-0412).\n\n"
            "Compte tenu du nombre important de candidatures, il ne nous est malheureusement "
            "pas possible de répondre personnellement à chacune d'entre elles dans "
            "l'immédiat. Si votre profil est retenu, nous vous contacterons.\n\n"
            "Le service Recrutement\nLaboratoires Fourvière"
        ),
    },
    {
        "kind": "application_received", "scenario": "arap_dossier_enregistre", "lang": "fr",
        "company": "Agence Régionale des Achats Publics", "contact": "recrutement@arap.example.fr",
        "from": ("Agence Régionale des Achats Publics", "recrutement@arap.example.fr"),
        "from_enc": "iso-8859-1/b",
        "subject": "Votre candidature – chargé d'analyse achats et logistique",
        "date": "2026-07-01 14:40 +0200",
        "key": "arap-ack",
        "text": (
            "Monsieur,\n\n"
            "Votre candidature au poste de chargé d'analyse achats et logistique a bien été "
            "enregistrée sous la référence ARAP-2026-117.\n\n"
            "La commission de recrutement examinera les dossiers après la clôture de l'appel à "
            "candidatures, le 15 juillet 2026.\n\n"
            "Service des ressources humaines\nAgence Régionale des Achats Publics\n"
            "20 rue de la Villette, 69003 Lyon"
        ),
    },
    # ================================================================== received, Spanish (3)
    {
        "kind": "application_received", "scenario": "levante_workable_recibida", "lang": "es",
        "company": "Levante Cargo", "contact": "",
        "from": ("Levante Cargo", "noreply@workablemail.com"),
        "subject": "Hemos recibido tu candidatura",
        "date": "2026-06-01 08:12 +0200",
        "key": "levante-app",
        "text": (
            "Hola Ciarán:\n\n"
            "Gracias por presentar tu candidatura a Analista de Operaciones Logísticas en "
            "Levante Cargo. La hemos recibido correctamente y el equipo de selección la "
            "revisará en los próximos días.\n\n"
            "Saludos,\nEl equipo de Levante Cargo"
        ),
        "shell": ats_card("Levante Cargo", "#c0392b", "Enviado con Workable"),
    },
    {
        "kind": "application_received", "scenario": "mercados_turia_recruitee_recibida",
        "lang": "es",
        "company": "Mercados Turia", "contact": "",
        "from": ("Mercados Turia", "mercadosturia@jobs.recruitee.com"),
        "subject": "Candidatura recibida – Analista de aprovisionamiento",
        "subject_enc": "utf-8/b",
        "date": "2026-04-30 18:09 +0200",
        "html_only": True,
        "text": (
            "Hola Ciarán:\n\n"
            "¡Gracias por tu interés en Mercados Turia! Hemos recibido tu candidatura para "
            "Analista de aprovisionamiento. Debido al gran volumen de solicitudes, "
            "lamentablemente no podemos responder a cada persona de forma individual; si tu "
            "perfil encaja, te contactaremos en las próximas semanas.\n\n"
            "Equipo de Personas – Mercados Turia"
        ),
        "shell": ats_card("Mercados Turia", "#e85d04", "Enviado con Recruitee"),
    },
    {
        "kind": "application_received", "scenario": "talento_med_alta_base_datos", "lang": "es",
        "company": "Talento Mediterráneo", "contact": "marta.vidal@talentomed.example.es",
        "from": ("Marta Vidal", "marta.vidal@talentomed.example.es"),
        "subject": "Alta en Talento Mediterráneo",
        "date": "2026-02-09 13:30 +0100",
        "key": "tm-alta",
        "charset": "windows-1252", "cte": "8bit",
        "text": (
            "Hola Ciarán:\n\n"
            "Encantada de hablar contigo esta mañana. Te confirmo que te hemos dado de alta en "
            "nuestra base de datos de candidatos con la referencia TM-4471 y que tenemos tu CV "
            "en inglés y en castellano.\n\n"
            "Te llamaré en cuanto tenga algo del puerto o de la huerta logística que encaje con "
            "lo que buscas.\n\n"
            "Un saludo,\nMarta Vidal\nConsultora senior – Talento Mediterráneo\n"
            "C/ Colón 42, 46004 València · 963 52 18 70"
        ),
    },
    # ================================================================== offers, English (6)
    {
        "kind": "offer", "scenario": "pennine_formal_offer_pdf", "lang": "en",
        "company": "Pennine Retail Group", "contact": AOIFE[1],
        "from": AOIFE,
        "subject": "Your offer - Replenishment Analyst, Pennine Retail Group",
        "date": "2026-05-08 16:30 +0100",
        "key": "pennine-offer", "refs": ["pennine-app", "pennine-screen", "pennine-rebook"],
        "text": (
            "Hi Ciarán,\n\n"
            "Following your final interview with Tom Ashworth on Wednesday, I'm delighted to "
            "offer you the position of Replenishment Analyst at Pennine Retail Group.\n\n"
            "Your offer letter is attached. In short: a starting salary of £31,500, 25 days' "
            "holiday plus bank holidays, hybrid working after probation, and a relocation "
            "allowance of £2,000. Start date to be agreed, ideally Monday 8 June.\n\n"
            "Please read it through and let me know if you have any questions. We'd appreciate "
            "your decision by Friday 15 May.\n\n"
            "Congratulations!\nAoife\n\nAoife Brennan\nTalent Partner | Pennine Retail Group\n"
            "Pennine House, Oldham Road, Manchester M40"
        ),
        "shell": word_shell,
        "pdf": {"filename": "Offer_Letter_Replenishment_Analyst.pdf",
                "title": "Pennine Retail Group - Offer of Employment",
                "lines": ["Candidate: Ciarán Walsh-Adebayo",
                          "Position: Replenishment Analyst, Supply Chain",
                          "Salary: £31,500 per annum", "Holiday: 25 days plus bank holidays",
                          "Proposed start date: Monday 8 June 2026",
                          "Please sign and return by Friday 15 May 2026."]},
    },
    {
        "kind": "offer", "scenario": "harbourline_client_wants_to_offer", "lang": "en",
        "company": "Ringaskiddy Pharma Operations", "contact": "shane.mulvey@harbourline.example.ie",
        "from": ("Shane Mulvey", "shane.mulvey@harbourline.example.ie"),
        "subject": "Good news from Ringaskiddy!",
        "date": "2026-02-24 12:05 +0000",
        "key": "hl-offer", "refs": ["hl-reg", "hl-inv", "hl-move"],
        "text": (
            "Ciarán,\n\n"
            "Just off the phone with Helen Cotter - the client wants to make you an offer for "
            "the Materials Analyst role! They're proposing a 12-month contract at €42,000 "
            "pro rata with a view to going permanent, starting 23 March.\n\n"
            "The written offer will come through me early next week. Have a think about the "
            "start date and whether you'd want to relocate to Cork or commute for the first "
            "few months, and give me a bell.\n\n"
            "Well done, you earned this one.\nShane"
        ),
    },
    {
        "kind": "offer", "scenario": "tierney_verbal_offer_in_writing", "lang": "en",
        "company": "Tierney & Sons Haulage", "contact": "marian@tierneyhaulage.example.ie",
        "from": ("Marian Tierney", "marian@tierneyhaulage.example.ie"),
        "subject": "Following our phone call",
        "date": "2026-07-13 20:10 +0100",
        "key": "tierney-offer", "refs": ["tierney-chat", "tierney-move"],
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": (
            "Hi Ciarán,\n\n"
            "As I said on the phone earlier, we’d love you to join us as Transport Planner. "
            "Just putting it in writing so you have it:\n\n"
            "– €38,000 a year, Monday to Friday, 7:00 to 15:30\n"
            "– 22 days’ holidays, plus the week between Christmas and New Year when the yard "
            "is shut\n"
            "– Company van for the first month until you get sorted for the commute\n\n"
            "Colm will draw up a proper contract once you say yes. No rush – have a think over "
            "the weekend.\n\nMarian\n\nTierney & Sons Haulage · Kilcock · 01 628 7781"
        ),
    },
    {
        "kind": "offer", "scenario": "vdplas_contract_for_signature", "lang": "en",
        "company": "Van der Plas Cold Storage", "contact": "joris@vdplas.example.nl",
        "from": ("Joris van der Plas", "joris@vdplas.example.nl"),
        "subject": "Your employment contract - please sign",
        "date": "2026-05-12 09:40 +0200",
        "key": "vdp-offer", "refs": ["vdp-ack", "vdp-inv", "vdp-move"],
        "text": (
            "Dear Ciarán,\n\n"
            "As agreed on the phone, please find attached your employment contract for the "
            "position of Stock & Planning Analyst, starting 1 July 2026, gross salary €3,650 "
            "per month plus 8% holiday allowance.\n\n"
            "You can sign electronically here: "
            "https://sign.example.nl/envelope/vdp-2026-0512-cwa\n"
            "or print, sign and return a scan. We have also attached information about the "
            "30% ruling application and our relocation support.\n\n"
            "We are very happy you are joining us.\n\n"
            "Joris van der Plas\nOperations Director\nVan der Plas Cold Storage B.V.\n"
            "Waalhaven Oostzijde 71, 3087 BM Rotterdam\n\n"
            "This e-mail and its attachments are confidential. If you are not the intended "
            "recipient, please delete it and inform the sender."
        ),
        "pdf": {"filename": "Arbeidsovereenkomst_C_Walsh-Adebayo.pdf",
                "title": "Employment contract - Van der Plas Cold Storage",
                "lines": ["Employee: Ciarán Walsh-Adebayo",
                          "Position: Stock & Planning Analyst",
                          "Start date: 1 July 2026 (indefinite term after 12 months)",
                          "Salary: EUR 3,650 gross per month",
                          "Signature employee: ____________________"]},
        "pdf2": {"filename": "Relocation_information.pdf",
                 "title": "Relocation support and 30% ruling",
                 "lines": ["Temporary housing: up to 6 weeks",
                           "Relocation allowance: EUR 2,500 net"]},
    },
    {
        "kind": "offer", "scenario": "ballincollig_offer_letter_pdf", "lang": "en",
        "company": "Ballincollig Biologics", "contact": "talent.cork@ballincolligbio.example.ie",
        "from": ("Talent Acquisition Cork", "talent.cork@ballincolligbio.example.ie"),
        "subject": "Offer of employment – Supply Chain Planner",
        "subject_enc": "windows-1252/q",
        "date": "2026-10-02 15:15 +0100",
        "key": "bb-offer", "refs": ["bb-inv"],
        "text": (
            "Dear Ciarán,\n\n"
            "Further to your interview on 17 September, we are pleased to offer you the "
            "position of Supply Chain Planner at Ballincollig Biologics, reporting to the "
            "Supply Chain Manager.\n\n"
            "Your formal offer letter and our standard terms and conditions are attached. The "
            "offer is conditional on satisfactory references and a pre-employment medical.\n\n"
            "To accept, please sign the offer letter and return it to this address by 16 "
            "October 2026.\n\n"
            "Yours sincerely,\n\nMáire Hegarty\nHR Business Partner\nBallincollig Biologics\n"
            "Ballincollig, Co. Cork P31 KX40\n\n"
            "Ballincollig Biologics is an equal opportunities employer. This message is "
            "intended only for the named recipient."
        ),
        "shell": ats_card("Ballincollig Biologics", "#0f4c81"),
        "pdf": {"filename": "Ballincollig_Biologics_Offer_Letter.pdf",
                "title": "Ballincollig Biologics - Letter of Offer",
                "lines": ["Position: Supply Chain Planner (Req 5521)",
                          "Salary: EUR 47,500 per annum", "Pension: 6% employer contribution",
                          "Start date: Monday 2 November 2026",
                          "Conditions: references, pre-employment medical"]},
    },
    {
        "kind": "offer", "scenario": "lagan_offer_after_trial", "lang": "en",
        "company": "Lagan Cold Chain", "contact": "ruairi.mccann@lagancoldchain.example.co.uk",
        "from": ("Ruairí McCann", "ruairi.mccann@lagancoldchain.example.co.uk"),
        "from_enc": "iso-8859-1/b",
        "subject": "Inventory Planner - offer",
        "date": "2026-09-01 12:50 +0100",
        "key": "lagan-offer", "refs": ["lagan-trial", "lagan-move"],
        "text": outlook_reply(
            "Hi Ciarán,\n\n"
            "The team were very impressed with you on Wednesday - Paula says your plan for "
            "Thursday's wave was better than hers. I'd like to offer you the Inventory Planner "
            "job at £30,000, days, Monday to Friday, starting on 28 September.\n\n"
            "HR will send out the written statement of terms this week. Let me know if you "
            "accept, and whether you'll need a few weeks to sort out the move up from "
            "Dublin.\n\n"
            "Ruairí McCann\nOperations Manager | Lagan Cold Chain | 028 9077 3140",
            "en", "Ruairí McCann", "Monday, August 24, 2026 10:12 AM", "Ciarán Walsh-Adebayo",
            "Re: Trial day - Inventory Planner",
            "Hi Ciarán,\n\nThe new trial day date is Wednesday 26 August, 08:00, same "
            "arrangements as before.\n\nRuairí"),
    },
    # ================================================================== offers, German (2)
    {
        "kind": "offer", "scenario": "billwerder_vertragsangebot_pdf", "lang": "de",
        "company": "Billwerder Umschlag", "contact": "s.harms@billwerder-umschlag.example.de",
        "from": ("Svenja Harms", "s.harms@billwerder-umschlag.example.de"),
        "subject": "Vertragsangebot – Analyst Terminalprozesse",
        "subject_enc": "utf-8/q",
        "date": "2026-08-14 14:00 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": (
            "Sehr geehrter Herr Walsh-Adebayo,\n\n"
            "wir freuen uns, Ihnen nach den Gesprächen im Juli die Stelle als Analyst "
            "Terminalprozesse in unserem Containerterminal Billwerder anbieten zu können.\n\n"
            "Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Das "
            "Jahresbruttogehalt beträgt 52.000 Euro, Eintritt zum 1. Oktober 2026. Bitte senden "
            "Sie uns ein unterschriebenes Exemplar bis zum 28. August zurück.\n\n"
            "Für Fragen stehe ich Ihnen gern zur Verfügung.\n\n"
            "Mit freundlichen Grüßen\nSvenja Harms\nPersonalleitung\n"
            "Billwerder Umschlag GmbH, Moorfleeter Deich 120, 22113 Hamburg\n\n"
            "Sitz der Gesellschaft: Hamburg, Registergericht Hamburg HRB 99314"
        ),
        "pdf": {"filename": "Arbeitsvertrag_Walsh-Adebayo.pdf",
                "title": "Arbeitsvertrag - Billwerder Umschlag GmbH",
                "lines": ["Arbeitnehmer: Ciarán Walsh-Adebayo",
                          "Tätigkeit: Analyst Terminalprozesse",
                          "Beginn: 1. Oktober 2026, Probezeit 6 Monate",
                          "Vergütung: 52.000 EUR brutto jährlich",
                          "Urlaub: 30 Arbeitstage"]},
    },
    {
        "kind": "offer", "scenario": "personalwerk_kunde_angebot_harburg", "lang": "de",
        "company": "Harburg Chemie Logistik",
        "contact": "birte.luedemann@personalwerk-hanse.example.de",
        "from": ("Birte Lüdemann", "birte.luedemann@personalwerk-hanse.example.de"),
        "from_enc": "utf-8/q",
        "subject": "Gute Nachrichten: Angebot von Harburg Chemie Logistik",
        "date": "2026-09-18 10:26 +0200",
        "text": (
            "Hallo Ciarán,\n\n"
            "ich habe tolle Neuigkeiten: Harburg Chemie Logistik möchte Ihnen ein Angebot "
            "machen! Die Stelle als Bestandsanalyst im Gefahrstofflager, unbefristet, "
            "48.000 Euro brutto im Jahr, Start nach Absprache ab November.\n\n"
            "Der schriftliche Vertrag kommt direkt vom Kunden, sobald Sie mir grünes Licht "
            "geben. Rufen Sie mich an, wenn Sie über das Gehalt sprechen möchten – da ist "
            "noch etwas Luft.\n\n"
            "Herzlichen Glückwunsch!\nBirte\n\nBirte Lüdemann\nPersonalwerk Hanse GmbH · "
            "Tel. 040 3008 5512"
        ),
    },
    # ================================================================== offer, French (1)
    {
        "kind": "offer", "scenario": "saone_promesse_embauche", "lang": "fr",
        "company": "Saône Distribution", "contact": "helene.chabert@saonedistrib.example.fr",
        "from": ("Hélène Chabert", "helene.chabert@saonedistrib.example.fr"),
        "subject": "Proposition d'embauche – Analyste approvisionnement",
        "subject_enc": "utf-8/b",
        "date": "2026-09-22 11:40 +0200",
        "key": "saone-offer", "parent": "saone-merci", "refs": ["saone-cand", "saone-inv",
                                                                "saone-move"],
        "text": reply(
            "Bonjour Ciarán,\n\n"
            "Merci pour votre message. J'ai le plaisir de vous proposer le poste d'analyste "
            "approvisionnement au dépôt de Corbas, en CDI, avec une rémunération annuelle brute "
            "de 34 000 euros sur 13 mois et une prise de poste le 2 novembre.\n\n"
            "Vous trouverez la promesse d'embauche en pièce jointe. Je vous remercie de me la "
            "retourner signée avant le 2 octobre.\n\n"
            "Bien cordialement,\nHélène Chabert\nResponsable RH – Saône Distribution",
            "fr", "jeu. 10 sept. 2026 à 19:02", "Ciarán Walsh-Adebayo", CAND[1],
            "Bonjour Madame Chabert,\n\nMerci encore pour l'entretien de cet après-midi et la "
            "visite du dépôt.\n\nBien cordialement,\nCiarán Walsh-Adebayo"),
        "pdf": {"filename": "Promesse_d_embauche_Walsh-Adebayo.pdf",
                "title": "Promesse d'embauche - Saône Distribution",
                "lines": ["Poste : analyste approvisionnement, dépôt de Corbas",
                          "Contrat : CDI, statut agent de maîtrise",
                          "Rémunération : 34 000 euros bruts annuels sur 13 mois",
                          "Date de prise de poste : 2 novembre 2026"]},
    },
    # ================================================================== offer, Spanish (1)
    {
        "kind": "offer", "scenario": "levante_oferta_pdf_rfc2231", "lang": "es",
        "company": "Levante Cargo", "contact": "lucia.ferrer@levantecargo.example.es",
        "from": ("Lucía Ferrer", "lucia.ferrer@levantecargo.example.es"),
        "from_enc": "utf-8/b",
        "subject": "Oferta de empleo – Analista de Operaciones Logísticas",
        "subject_enc": "utf-8/q",
        "date": "2026-06-26 13:05 +0200",
        "key": "levante-offer", "refs": ["levante-app", "levante-inv", "levante-move"],
        "cte": "base64",
        "text": (
            "Hola Ciarán:\n\n"
            "Nos complace ofrecerte el puesto de Analista de Operaciones Logísticas en Levante "
            "Cargo. Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, "
            "31.000 € brutos anuales en 14 pagas, jornada intensiva en agosto e incorporación "
            "el 1 de septiembre.\n\n"
            "Si estás de acuerdo, firma la carta y envíanosla antes del 6 de julio.\n\n"
            "¡Enhorabuena!\nLucía Ferrer\nTécnica de Selección – Levante Cargo\n"
            "Avda. del Puerto 300, 46024 València"
        ),
        "pdf": {"filename": "Oferta_Ciarán_Walsh-Adebayo.pdf",
                "title": "Carta de oferta - Levante Cargo",
                "lines": ["Puesto: Analista de Operaciones Logísticas",
                          "Contrato: indefinido", "Salario: 31.000 € brutos anuales, 14 pagas",
                          "Incorporación: 1 de septiembre de 2026"]},
    },
]
