"""Corpus 314: acknowledgements of applications and offers (hand-written specs)."""

from __future__ import annotations

from msgs314_common import DISCLAIMER_DE, DISCLAIMER_EN, lines

MARLOWE = "marloweprovisions.example.co.uk"
MAINSTROM = "mainstrom-energie.example.de"

SPECS = [
    # ------------------------------------------------------------------ acks, English
    {
        "slug": "craigleith_ack", "kind": "application_received", "lang": "en",
        "company": "Craigleith University", "contact": "",
        "frm": ("Craigleith University Recruitment", "craigleith@taleo.net"),
        "subject": "Application received: Contracts Officer (Research & Innovation) - Job ID 26-0114",
        "date": "2026-01-14 16:02", "tz": "utc", "form": "alt", "cte": "7bit",
        "text": lines(
            "Dear Nkechi,",
            "Thank you for applying for the post of Contracts Officer (Research & Innovation),\n"
            "Job ID 26-0114, at Craigleith University.",
            "Your application has been successfully submitted and will be considered by the\n"
            "selection panel after the closing date (1 February 2026).",
            "Due to the high volume of applications we receive, we are unable to reply to every\n"
            "applicant individually. If you have not heard from us within four weeks of the\n"
            "closing date, please assume that on this occasion your application has not been\n"
            "shortlisted.",
            "You can follow the status of your application at any time by logging in to your\n"
            "candidate profile.",
            "Human Resources\nCraigleith University, Old Quad, Edinburgh EH8 9YL",
            "This is an automated message; replies to this address are not monitored."),
    },
    {
        "slug": "balfour_ack", "kind": "application_received", "lang": "en",
        "company": "Balfour Ruthven", "contact": "",
        "frm": ("Balfour Ruthven", "no-reply@hire.lever.co"),
        "subject": "Thanks for applying to Balfour Ruthven",
        "date": "2026-01-20 11:47", "tz": "utc", "form": "html",
        "brand": "Balfour Ruthven",
        "text": lines(
            "Hi Nkechi,",
            "Thanks for your interest in the Matter Management Analyst role at Balfour Ruthven.\n"
            "We've received your application and our talent team is reviewing it now.",
            "What happens next? If your background looks like a match we'll reach out to set up\n"
            "a first conversation. Either way, we'll let you know.",
            "Best,\nThe Balfour Ruthven Talent Team",
            "Balfour Ruthven | 14 Charlotte Square | Edinburgh"),
    },
    {
        "slug": "hallamgate_ack", "kind": "application_received", "lang": "en",
        "company": "Hallamgate University", "contact": "",
        "frm": ("Hallamgate University HR", "no-reply@hallamgate.example.ac.uk"),
        "subject": "Your application - Legal Services Coordinator (HGU0417)",
        "date": "2026-01-22 08:15", "form": "plain", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Dear Ms Adeyemi-Ross",
            "Re: Legal Services Coordinator, Office of the University Solicitor (HGU0417)\n"
            "Grade 6, £31,236 - £35,116 per annum",
            "We write to confirm receipt of your application for the above vacancy.",
            "Shortlisting will take place week commencing 9 February. Candidates invited to\n"
            "interview will be contacted by email. Please note that we are not able to provide\n"
            "feedback at the shortlisting stage.",
            "Yours sincerely",
            "Human Resources\nHallamgate University\nSheffield S10 2TN",
            "Please do not reply to this email - this mailbox is not monitored."),
    },
    {
        "slug": "marlowe_ack", "kind": "application_received", "lang": "en",
        "company": "Marlowe Provisions", "contact": "",
        "frm": ("Marlowe Provisions", "marloweprovisions@myworkday.com"),
        "subject": "Marlowe Provisions - we've got your application (REQ-40716)",
        "date": "2026-02-02 07:31", "tz": "utc", "form": "alt", "cte": "base64",
        "brand": "Marlowe Provisions Careers",
        "text": lines(
            "Hello Nkechi,",
            "Thank you for applying for Legal Operations Analyst (REQ-40716) in our Legal &\n"
            "Company Secretariat team at the Leeds Support Centre.",
            "Our Talent Acquisition team will review your application against the role\n"
            "requirements. You can check where your application is at any time from the\n"
            "Candidate Home section of our careers site.",
            "Thanks again for thinking of Marlowe Provisions.",
            "Talent Acquisition\nMarlowe Provisions",
            "Please do not reply to this message. This mailbox is not monitored."),
    },
    {
        "slug": "clausewise_ack", "kind": "application_received", "lang": "en",
        "company": "Clausewise", "contact": "",
        "frm": ("Clausewise Hiring", "no-reply@ashbyhq.com"),
        "subject": "Your application to Clausewise",
        "date": "2026-03-04 13:20", "tz": "utc", "form": "html",
        "text": lines(
            "Hey Nkechi 👋",
            "Thanks for applying for Legal Operations Associate at Clausewise! We're a small\n"
            "team building contract lifecycle tooling for in-house legal teams, and we read\n"
            "every application ourselves.",
            "We aim to get back to everyone within 10 working days.",
            "Cheers,\nThe Clausewise team",
            "Sent via Ashby"),
    },
    {
        "slug": "donvalley_ack", "kind": "application_received", "lang": "en",
        "company": "Don Valley Homes", "contact": "",
        "frm": ("Don Valley Homes", "no-reply@teamtailor-mail.com"),
        "subject": "We have received your application, Nkechi",
        "date": "2026-03-23 19:05", "tz": "utc", "form": "alt", "cte": "quoted-printable",
        "brand": "Don Valley Homes",
        "text": lines(
            "Hi Nkechi,",
            "Thank you for applying for the role of Contracts & Procurement Officer with Don\n"
            "Valley Homes. We’re a housing association with around 9,000 homes across Sheffield\n"
            "and Rotherham, and we’re delighted you’d like to join us.",
            "The closing date for this vacancy is 5 April. Our recruitment team will review all\n"
            "applications after the closing date and we’ll update you on the outcome.",
            "Best wishes,\nPeople & Culture\nDon Valley Homes",
            "You received this email because you applied for a job at Don Valley Homes."),
    },
    {
        "slug": "orme_ack", "kind": "application_received", "lang": "en",
        "company": "Orme Castellan", "contact": "",
        "frm": ("Orme Castellan Recruiting", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to Orme Castellan",
        "date": "2026-03-26 10:40", "tz": "utc", "form": "plain", "cte": "7bit",
        "text": lines(
            "Dear Nkechi,",
            "Thank you for your interest in Orme Castellan. We have received your application for\n"
            "the Legal Operations Coordinator position in our London office.",
            "Our recruiting team will carefully review your experience. Should your profile be a\n"
            "fit, a member of the team will contact you to discuss next steps.",
            "Kind regards,\nGraduate & Business Services Recruitment\nOrme Castellan"),
    },
    {
        "slug": "halberd_ack", "kind": "application_received", "lang": "en",
        "company": "Halberd Insurance", "contact": "",
        "frm": ("Halberd Insurance Careers", "halberdinsurance@talent.icims.com"),
        "subject": "Halberd Insurance: Application Confirmation - Contract Manager, Legal (2026-1187)",
        "date": "2026-04-07 12:11", "tz": "-0400", "form": "html", "cte": "quoted-printable",
        "brand": "Halberd Insurance",
        "text": lines(
            "Dear Nkechi Adeyemi-Ross,",
            "This message confirms that we have received your application for Contract Manager,\n"
            "Legal (2026-1187) in Manchester.",
            "Our recruiters review every application. If your qualifications match our needs, a\n"
            "recruiter will contact you for a phone screen. Because of the large number of\n"
            "applications we receive, we may not be able to respond to each candidate\n"
            "personally.",
            "Sincerely,\nHalberd Insurance Talent Acquisition",
            "Please do not reply to this automated email."),
    },
    {
        "slug": "kirkgate_ack", "kind": "application_received", "lang": "en",
        "company": "Kirkgate Conveyancing", "contact": "dawn@kirkgateconveyancing.example.co.uk",
        "frm": ("Kirkgate Conveyancing", "notifications@app.bamboohr.com"),
        "reply_to": ("Dawn Ibbotson", "dawn@kirkgateconveyancing.example.co.uk"),
        "subject": "Thanks for applying to Kirkgate Conveyancing!",
        "date": "2026-04-13 09:58", "tz": "utc", "form": "alt", "cte": "7bit",
        "text": lines(
            "Hi Nkechi,",
            "Just a quick note to say your application for Legal Operations & Compliance Lead has\n"
            "landed with us. We're a team of 40 in Leeds city centre, so it will be me reading it\n"
            "rather than a robot!",
            "I'll be in touch by the end of the month either way. If you have any questions in\n"
            "the meantime, just reply to this email.",
            "Dawn Ibbotson\nPractice Manager, Kirkgate Conveyancing\n3 Vicar Lane, Leeds LS1 6AA"),
    },
    {
        "slug": "contractbridge_ack", "kind": "application_received", "lang": "en",
        "company": "ContractBridge", "contact": "",
        "frm": ("ContractBridge", "noreply@workablemail.com"),
        "subject": "ContractBridge | Application received for Contract Analyst (Legal Ops)",
        "date": "2026-04-16 15:33", "tz": "utc", "form": "html", "cte": "base64",
        "text": lines(
            "Hi Nkechi,",
            "Thank you for your application for the Contract Analyst (Legal Ops) position at\n"
            "ContractBridge. We're reviewing applications on a rolling basis.",
            "Kind regards,\nThe ContractBridge Hiring Team",
            "Powered by Workable"),
    },
    {
        "slug": "airevalley_ack", "kind": "application_received", "lang": "en",
        "company": "Aire Valley Water", "contact": "janet.moorhouse@airevalleywater.example.co.uk",
        "frm": ("Janet Moorhouse", "janet.moorhouse@airevalleywater.example.co.uk"),
        "subject": "RE: Application - Commercial Contracts Assistant",
        "reply_of": "own_airevalley_application", "quote": "outlook",
        "date": "2026-05-06 14:26", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Dear Nkechi,",
            "Thank you for your email and CV for the Commercial Contracts Assistant vacancy – I’m\n"
            "confirming that it has been received and passed to the hiring manager in our Legal\n"
            "team.",
            "We’ve had a very strong response to this advert and, regrettably, we can’t reply to\n"
            "every applicant individually. Shortlisted candidates will be contacted by 22 May.",
            "Best regards,",
            "Janet Moorhouse\nHR Business Partner\nAire Valley Water\nWestgate House, Bradford BD1 2QX\n"
            "T: 01274 550 120",
            DISCLAIMER_EN),
    },
    # ------------------------------------------------------------------ acks, German
    {
        "slug": "kessler_ack", "kind": "application_received", "lang": "de",
        "company": "Kessler Brandt", "contact": "",
        "frm": ("Kessler Brandt Rechtsanwälte", "kessler-brandt@jobs.personio.de"),
        "name_enc": ("q", "utf-8"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung als Legal Operations Manager (m/w/d)",
        "date": "2026-01-12 10:03", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Sehr geehrte Frau Adeyemi-Ross,",
            "vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserer Kanzlei.",
            "Hiermit bestätigen wir den Eingang Ihrer Unterlagen für die Position Legal Operations\n"
            "Manager (m/w/d) am Standort Frankfurt am Main. Wir prüfen Ihre Bewerbung sorgfältig\n"
            "und melden uns schnellstmöglich bei Ihnen.",
            "Mit freundlichen Grüßen\nIhr Recruiting-Team\nKessler Brandt Rechtsanwälte PartG mbB",
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf."),
    },
    {
        "slug": "falkenried_ack", "kind": "application_received", "lang": "de",
        "company": "Falkenried Versicherung", "contact": "",
        "frm": ("Falkenried Versicherung", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung bei der Falkenried Versicherung",
        "date": "2026-02-13 17:44", "form": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "text": lines(
            "Guten Tag Frau Adeyemi-Ross,",
            "wir haben Ihre Bewerbung für die Stelle \"Vertragsmanager/in Einkauf (Legal)\"\n"
            "erhalten und freuen uns über Ihr Interesse an der Falkenried Versicherung.",
            "Bitte haben Sie Verständnis dafür, dass die Sichtung der Unterlagen einige Zeit in\n"
            "Anspruch nimmt. Über den Stand Ihrer Bewerbung können Sie sich jederzeit in Ihrem\n"
            "Bewerberkonto informieren.",
            "Freundliche Grüße\nPersonalmarketing & Recruiting\nFalkenried Versicherung AG\n"
            "Mainzer Landstraße 201, 60326 Frankfurt am Main"),
    },
    {
        "slug": "mainstrom_ack", "kind": "application_received", "lang": "de",
        "company": "Mainstrom Energie", "contact": "",
        "frm": ("Mainstrom Energie Karriere", "mainstrom@successfactors.eu"),
        "subject": "Bewerbungseingang: Referent Vertragsmanagement (w/m/d) – Job-ID 8831",
        "subj_enc": ("q", "windows-1252"),
        "date": "2026-03-05 09:12", "form": "html", "charset": "utf-8",
        "cte": "quoted-printable", "brand": "Mainstrom Energie",
        "text": lines(
            "Sehr geehrte Frau Adeyemi-Ross,",
            "herzlichen Dank für Ihre Bewerbung als Referent Vertragsmanagement (w/m/d) im\n"
            "Bereich Recht & Compliance in Frankfurt am Main, Job-ID 8831.",
            "Ihre Unterlagen sind vollständig bei uns eingegangen. Unser Recruiting-Team meldet\n"
            "sich in den nächsten Wochen bei Ihnen.",
            "Beste Grüße\nIhr Talent-Acquisition-Team der Mainstrom Energie",
            "Dies ist eine automatisch generierte Nachricht."),
    },
    # ------------------------------------------------------------------ acks, French
    {
        "slug": "dumont_ack", "kind": "application_received", "lang": "fr",
        "company": "Dumont Lefèvre", "contact": "e.marchal@dumontlefevre.example.be",
        "frm": ("Élodie Marchal", "e.marchal@dumontlefevre.example.be"),
        "name_enc": ("q", "windows-1252"),
        "subject": "Votre candidature – Juriste opérations juridiques (H/F)",
        "date": "2026-02-03 11:25", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Madame,",
            "Nous accusons bonne réception de votre candidature au poste de juriste opérations\n"
            "juridiques (legal operations) au sein de notre cabinet à Bruxelles, et nous vous\n"
            "en remercions.",
            "Votre dossier sera examiné avec attention par l'associé responsable. Nous reviendrons\n"
            "vers vous dans les meilleurs délais.",
            "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.",
            "Élodie Marchal\nResponsable RH\nDumont Lefèvre Avocats\nAvenue Louise 221, 1050 Bruxelles\n"
            "Tél. +32 2 640 18 00"),
    },
    {
        "slug": "lexibel_ack", "kind": "application_received", "lang": "fr",
        "company": "Lexibel", "contact": "",
        "frm": ("Lexibel", "noreply@recruitee.com"),
        "subject": "Merci pour votre candidature chez Lexibel !",
        "date": "2026-04-02 22:10", "tz": "utc", "form": "alt", "cte": "base64",
        "text": lines(
            "Bonjour Nkechi,",
            "Merci d'avoir postulé pour le poste de Legal Ops Specialist chez Lexibel ! Nous avons\n"
            "bien reçu ta candidature.",
            "Notre équipe l'étudie et revient vers toi d'ici deux semaines environ.",
            "À très vite,\nL'équipe Lexibel",
            "Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre."),
    },
    {
        "slug": "sambre_ack", "kind": "application_received", "lang": "fr",
        "company": "Énergies Sambre", "contact": "",
        "frm": ("Énergies Sambre – Recrutement", "no-reply@energies-sambre.example.be"),
        "name_enc": ("b", "utf-8"),
        "subject": "Accusé de réception – Gestionnaire de contrats (réf. ES-2026-041)",
        "subj_enc": ("b", "utf-8"),
        "date": "2026-04-20 08:00", "form": "html", "cte": "quoted-printable",
        "brand": "Énergies Sambre",
        "text": lines(
            "Madame Adeyemi-Ross,",
            "Nous avons bien reçu votre candidature pour le poste de gestionnaire de contrats\n"
            "(réf. ES-2026-041) basé à Bruxelles.",
            "En raison du grand nombre de candidatures, nous ne sommes malheureusement pas en\n"
            "mesure de répondre personnellement à chaque candidat avant la fin de la phase de\n"
            "présélection. Nous vous contacterons si votre profil est retenu.",
            "Le service Recrutement\nÉnergies Sambre",
            "Merci de ne pas répondre à ce message automatique."),
    },
    {
        "slug": "vanderstraeten_ack", "kind": "application_received", "lang": "fr",
        "company": "Groupe Vanderstraeten", "contact": "",
        "frm": ("Groupe Vanderstraeten", "noreply@smartrecruiters.com"),
        "subject": "Groupe Vanderstraeten : nous avons bien reçu votre candidature",
        "date": "2026-05-11 13:48", "tz": "utc", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Bonjour Nkechi,",
            "Merci pour l'intérêt que vous portez au Groupe Vanderstraeten. Votre candidature au\n"
            "poste de Contract Manager – Outsourcing (Bruxelles) a bien été enregistrée.",
            "Nos équipes RH analysent chaque profil avec soin. Si votre candidature est retenue\n"
            "pour la suite du processus, un membre de l'équipe prendra contact avec vous.",
            "Cordialement,\nL'équipe Talent Acquisition\nGroupe Vanderstraeten"),
    },
    # ------------------------------------------------------------------ acks, Spanish
    {
        "slug": "pactum_ack", "kind": "application_received", "lang": "es",
        "company": "Pactum", "contact": "",
        "frm": ("Pactum Gestión de Contratos", "noreply@smartrecruiters.com"),
        "name_enc": ("q", "utf-8"),
        "subject": "Hemos recibido tu candidatura - Pactum",
        "date": "2026-02-12 12:30", "tz": "utc", "form": "html", "cte": "base64",
        "text": lines(
            "Hola Nkechi:",
            "Gracias por tu interés en Pactum Gestión de Contratos. Hemos recibido correctamente tu\n"
            "candidatura para el puesto de Contract Manager bilingüe (inglés/español) en Madrid.",
            "Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, nos\n"
            "pondremos en contacto contigo.",
            "Un saludo,\nEquipo de Talento de Pactum",
            "Este es un mensaje automático, por favor no respondas a este correo."),
    },
    {
        "slug": "contratia_ack", "kind": "application_received", "lang": "es",
        "company": "Contratia", "contact": "",
        "frm": ("Contratia", "no-reply@teamtailor-mail.com"),
        "subject": "¡Gracias por tu candidatura, Nkechi!",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-04-09 18:22", "tz": "utc", "form": "alt", "cte": "quoted-printable",
        "brand": "Contratia",
        "text": lines(
            "¡Hola Nkechi!",
            "Queríamos confirmarte que hemos recibido tu candidatura para Legal Operations Lead en\n"
            "Contratia. Nos hace mucha ilusión que quieras sumarte al equipo.",
            "Revisamos todas las candidaturas a mano, así que puede que tardemos un poco. Te\n"
            "escribiremos en cuanto tengamos novedades.",
            "Un abrazo,\nEl equipo de Contratia"),
    },
    {
        "slug": "meseta_ack", "kind": "application_received", "lang": "es",
        "company": "Energía Meseta", "contact": "",
        "frm": ("Energía Meseta", "energiameseta@myworkday.com"),
        "subject": "Confirmación de candidatura: Técnico/a de Gestión Contractual (R-2291)",
        "subj_enc": ("q", "iso-8859-1"),
        "date": "2026-05-19 06:55", "tz": "utc", "form": "plain", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Estimada Nkechi:",
            "Te confirmamos que hemos recibido tu solicitud para la vacante Técnico/a de Gestión\n"
            "Contractual (R-2291) en nuestras oficinas de Madrid.",
            "Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil\n"
            "de candidato.",
            "Atentamente,\nSelección y Desarrollo de Talento\nEnergía Meseta",
            "Por favor, no respondas a este mensaje."),
    },
    # ------------------------------------------------------------------ offers
    {
        "slug": "marlowe_offer_verbal", "kind": "offer", "lang": "en",
        "company": "Marlowe Provisions", "contact": "gareth.okonjo@" + MARLOWE,
        "frm": ("Gareth Okonjo", "gareth.okonjo@" + MARLOWE),
        "cc": [("Fiona Leckie", "fiona.leckie@" + MARLOWE)],
        "subject": "Following our call - Legal Operations Analyst",
        "date": "2026-06-24 17:52", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "Thanks for taking my call this afternoon. Just to put it in writing: I'm really\n"
            "pleased to offer you the Legal Operations Analyst role in the Legal & Company\n"
            "Secretariat team. Everyone you met was impressed, particularly with the contract\n"
            "triage exercise.",
            "As discussed, the offer is a starting salary of £38,500 plus the usual colleague\n"
            "benefits, hybrid (three days a week in Leeds). Fiona will send the formal offer letter\n"
            "in the next couple of days.",
            "Have a great evening,\nGareth",
            "Gareth Okonjo\nHead of Legal Operations\nMarlowe Provisions | Leeds Support Centre"),
    },
    {
        "slug": "marlowe_offer_letter", "kind": "offer", "lang": "en",
        "company": "Marlowe Provisions", "contact": "fiona.leckie@" + MARLOWE,
        "frm": ("Fiona Leckie", "fiona.leckie@" + MARLOWE),
        "subject": "Your offer of employment - Marlowe Provisions",
        "date": "2026-06-26 10:05", "form": "plain", "cte": "7bit",
        "attach": [{"filename": "Offer_Letter_N_Adeyemi-Ross.pdf",
                    "title": "Marlowe Provisions - Offer of Employment",
                    "rows": ["Dear Nkechi Adeyemi-Ross,",
                             "We are pleased to offer you the position of Legal Operations Analyst.",
                             "Start date: 1 September 2026. Salary: GBP 38,500 per annum.",
                             "Please sign and return by 10 July 2026."]}],
        "text": lines(
            "Dear Nkechi,",
            "Congratulations again! Please find attached your formal offer letter for the role of\n"
            "Legal Operations Analyst, together with a summary of the main terms.",
            "The offer is subject to two satisfactory references and right-to-work checks. If you\n"
            "are happy to accept, please sign and return the letter by Friday 10 July. Your\n"
            "contract of employment will then follow through our HR system.",
            "Any questions at all, just give me a ring.",
            "Best wishes,\nFiona",
            "Fiona Leckie\nTalent Partner, Central Functions\nMarlowe Provisions\n"
            "Marlowe House, Kirkstall Road, Leeds LS4 2AX\nM: 07700 900 733",
            DISCLAIMER_EN),
    },
    {
        "slug": "marlowe_offer_revised", "kind": "offer", "lang": "en",
        "company": "Marlowe Provisions", "contact": "fiona.leckie@" + MARLOWE,
        "frm": ("Fiona Leckie", "fiona.leckie@" + MARLOWE),
        "subject": "RE: Offer - a couple of questions",
        "reply_of": "own_marlowe_negotiate", "quote": "outlook",
        "date": "2026-07-08 12:40", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "Thanks for your patience. I've spoken to Gareth and to Reward, and I'm pleased to say\n"
            "we can improve the offer: the starting salary will be £40,000, and we're happy to\n"
            "fund the CLOC Legal Operations certificate in your first year.",
            "The start date of 1 September stands. A revised offer letter is on its way to you\n"
            "for signature; everything else is as before.",
            "Kind regards,\nFiona",
            "Fiona Leckie | Talent Partner | Marlowe Provisions"),
    },
    {
        "slug": "marlowe_contract", "kind": "offer", "lang": "en",
        "company": "Marlowe Provisions", "contact": "",
        "frm": ("Marlowe Provisions", "marloweprovisions@myworkday.com"),
        "subject": "Action required: review and sign your Contract of Employment",
        "date": "2026-07-15 08:02", "tz": "utc", "form": "html", "cte": "quoted-printable",
        "brand": "Marlowe Provisions",
        "text": lines(
            "Hello Nkechi,",
            "Your Contract of Employment for the position Legal Operations Analyst (REQ-40716) is\n"
            "ready for your review and electronic signature.",
            "Please sign in to Candidate Home and complete the task \"Review and Sign Offer\n"
            "Documents\" by 22 July 2026. Once signed, you will receive a copy for your records.",
            "Welcome to Marlowe Provisions!",
            "This is a system-generated message. Please do not reply."),
    },
    {
        "slug": "mainstrom_offer_justitia", "kind": "offer", "lang": "de",
        "company": "Mainstrom Energie", "contact": "t.reindl@justitia-personal.example.de",
        "frm": ("Tobias Reindl", "t.reindl@justitia-personal.example.de"),
        "subject": "Gute Nachrichten von Mainstrom!",
        "date": "2026-06-30 16:18", "form": "plain", "charset": "utf-8", "cte": "8bit",
        "text": lines(
            "Hallo Frau Adeyemi-Ross,",
            "wie eben am Telefon kurz angerissen: Frau Dr. Vogel von der Mainstrom Energie hat\n"
            "mich heute angerufen – man möchte Ihnen die Stelle als Referentin\n"
            "Vertragsmanagement anbieten! Das Team war von Ihrem Auftritt im Panel sehr angetan.",
            "Die Eckdaten laut Mandant: 68.000 € brutto p. a. plus variable Vergütung, 30\n"
            "Urlaubstage, zwei Tage mobiles Arbeiten pro Woche, Start frühestens 1. Oktober. Das\n"
            "schriftliche Angebot kommt in den nächsten Tagen direkt von der Personalabteilung.",
            "Ich gratuliere Ihnen ganz herzlich! Rufen Sie mich gerne an, wenn Sie über das Paket\n"
            "sprechen möchten.",
            "Beste Grüße\nTobias Reindl\nSenior Consultant Legal & Compliance\nJustitia Personal GmbH\n"
            "Taunusanlage 8, 60329 Frankfurt am Main\nTel. +49 69 2475 310"),
    },
    {
        "slug": "mainstrom_offer_vogel", "kind": "offer", "lang": "de",
        "company": "Mainstrom Energie", "contact": "katrin.vogel@" + MAINSTROM,
        "frm": ("Dr. Katrin Vogel", "katrin.vogel@" + MAINSTROM),
        "cc": [("Jana Würtz", "jana.wuertz@" + MAINSTROM)],
        "subject": "Unser Angebot – Referentin Vertragsmanagement",
        "subj_enc": ("b", "utf-8"),
        "date": "2026-07-02 09:30", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Liebe Frau Adeyemi-Ross,",
            "ich freue mich sehr, Ihnen heute auch persönlich mitteilen zu können, dass wir Sie\n"
            "gerne als Referentin Vertragsmanagement in meinem Team einstellen möchten.",
            "Unsere Kollegin Frau Würtz bereitet das schriftliche Vertragsangebot vor; die\n"
            "englische Fassung des Angebotsschreibens erhalten Sie von unserem International-HR-\n"
            "Team. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.",
            "Herzliche Grüße aus Frankfurt\nKatrin Vogel",
            "Dr. Katrin Vogel\nLeiterin Vertragsmanagement | Recht & Compliance\nMainstrom Energie AG\n"
            "Gutleutstraße 120, 60327 Frankfurt am Main",
            DISCLAIMER_DE),
    },
    {
        "slug": "mainstrom_offer_en", "kind": "offer", "lang": "en",
        "company": "Mainstrom Energie", "contact": "marco.lindqvist@" + MAINSTROM,
        "frm": ("Marco Lindqvist", "marco.lindqvist@" + MAINSTROM),
        "subject": "Offer letter - Contract Management Specialist (Referentin Vertragsmanagement)",
        "date": "2026-07-03 14:15", "tz": "eu", "form": "alt", "cte": "base64",
        "attach": [{"filename": "Mainstrom_Offer_Adeyemi-Ross_EN.pdf",
                    "title": "Mainstrom Energie - Offer Letter",
                    "rows": ["Position: Contract Management Specialist, Legal & Compliance",
                             "Location: Frankfurt am Main", "Annual gross salary: EUR 68,000",
                             "Start: 1 October 2026", "Offer valid until 24 July 2026"]}],
        "text": lines(
            "Dear Ms Adeyemi-Ross,",
            "Following Dr Vogel's call, I am delighted to send you our written offer for the\n"
            "position of Contract Management Specialist (Referentin Vertragsmanagement) in our\n"
            "Legal & Compliance department in Frankfurt.",
            "The attached letter sets out salary, bonus, relocation support (up to EUR 6,000) and\n"
            "the German-language employment contract that will follow. The offer remains open\n"
            "until 24 July 2026.",
            "We also offer a relocation partner who can help with housing and registration\n"
            "(Anmeldung) in Frankfurt.",
            "Kind regards,\nMarco Lindqvist\nInternational HR Partner\nMainstrom Energie"),
    },
    {
        "slug": "mainstrom_offer_de_letter", "kind": "offer", "lang": "de",
        "company": "Mainstrom Energie", "contact": "jana.wuertz@" + MAINSTROM,
        "frm": ("Jana Würtz", "jana.wuertz@" + MAINSTROM),
        "subject": "Vertragsangebot Referentin Vertragsmanagement – Frau Adeyemi-Ross",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-07-03 15:40", "form": "plain", "charset": "utf-8", "cte": "8bit",
        "attach": [{"filename": "Vertragsangebot_Adeyemi-Ross.pdf",
                    "title": "Mainstrom Energie - Vertragsangebot",
                    "rows": ["Position: Referentin Vertragsmanagement", "Eintritt: 01.10.2026",
                             "Jahresbruttogehalt: 68.000 EUR", "Annahmefrist: 24.07.2026"]}],
        "text": lines(
            "Sehr geehrte Frau Adeyemi-Ross,",
            "im Anschluss an das Telefonat mit Frau Dr. Vogel übersenden wir Ihnen anbei unser\n"
            "schriftliches Vertragsangebot für die Position Referentin Vertragsmanagement.",
            "Wir würden uns freuen, wenn Sie das Angebot annehmen, und bitten um Rückmeldung bis\n"
            "zum 24. Juli 2026. Den Arbeitsvertrag erhalten Sie anschließend über unser\n"
            "Bewerberportal zur digitalen Unterschrift.",
            "Mit freundlichen Grüßen\nJana Würtz\nHR Business Partnerin\nMainstrom Energie AG\n"
            "Tel. +49 69 7788 2140"),
    },
    {
        "slug": "mainstrom_offer_revised", "kind": "offer", "lang": "de",
        "company": "Mainstrom Energie", "contact": "jana.wuertz@" + MAINSTROM,
        "frm": ("Jana Würtz", "jana.wuertz@" + MAINSTROM),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Angepasstes Vertragsangebot",
        "date": "2026-07-10 11:02", "form": "plain", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Sehr geehrte Frau Adeyemi-Ross,",
            "vielen Dank für das offene Gespräch am Mittwoch. Wir haben Ihre Punkte intern\n"
            "besprochen und können Ihnen folgendes angepasstes Angebot machen:",
            "- Jahresbruttogehalt 71.000 EUR\n- Umzugspauschale bis 8.000 EUR\n"
            "- Sprachkurs Deutsch (Niveau C1) auf Kosten des Unternehmens",
            "Alle übrigen Konditionen bleiben unverändert. Wir würden uns sehr freuen, Sie ab dem\n"
            "1. Oktober bei uns zu begrüßen, und bitten um Ihre Rückmeldung bis zum 24. Juli.",
            "Mit freundlichen Grüßen\nJana Würtz\nHR Business Partnerin\nMainstrom Energie AG"),
    },
    {
        "slug": "mainstrom_contract", "kind": "offer", "lang": "de",
        "company": "Mainstrom Energie", "contact": "jana.wuertz@" + MAINSTROM,
        "frm": ("Mainstrom Energie Karriere", "mainstrom@successfactors.eu"),
        "reply_to": ("Jana Würtz", "jana.wuertz@" + MAINSTROM),
        "reply_enc": ("q", "utf-8"),
        "subject": "Ihr Arbeitsvertrag zur digitalen Unterschrift",
        "date": "2026-07-14 07:45", "form": "html", "cte": "quoted-printable",
        "brand": "Mainstrom Energie",
        "text": lines(
            "Sehr geehrte Frau Adeyemi-Ross,",
            "Ihr Arbeitsvertrag für die Position Referent Vertragsmanagement (w/m/d) steht ab\n"
            "sofort in Ihrem Bewerberportal zur digitalen Unterschrift bereit.",
            "Bitte prüfen und unterzeichnen Sie den Vertrag bis zum 24.07.2026. Bei Fragen wenden\n"
            "Sie sich bitte direkt an Ihre Ansprechpartnerin Jana Würtz (Antwort auf diese E-Mail).",
            "Mit freundlichen Grüßen\nMainstrom Energie – Personalservice"),
    },
]
