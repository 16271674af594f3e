"""Corpus 173: application acknowledgements (21) and offers (10), hand-written."""
from msgs173_common import M, ats_card, outlook_html, quote

A = "application_received"
O = "offer"

ACKS = [
    M(A, "corrib_workday", "Corrib Medical", "", "en",
      ("Corrib Medical", "corribmedical@myworkday.com"),
      "Thank you for applying - Clinical Sales Support Specialist", "2026-02-02 19:40 +0000",
      "Dear Grainne,\n\nThank you for your interest in Corrib Medical. We have received your "
      "application for Clinical Sales Support Specialist (R-20671) and our recruiting team will "
      "review it shortly.\n\nYou can track the status of your application by signing in to your "
      "candidate home account.\n\nCorrib Medical Talent Acquisition\n\nThis is an automated "
      "message. Please do not reply.", headers=[("Auto-Submitted", "auto-generated")],
      tid="corrib_ack"),
    M(A, "greenhouse_no_individual_reply", "Lagan Medtech", "", "en",
      ("Lagan Medtech via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Thanks for applying to Lagan Medtech", "2026-04-08 22:13 +0100",
      None, html=ats_card("Lagan Medtech", "#0b6e4f",
                          "Hi Grainne,\n\nThanks for applying for Customer Support Specialist, "
                          "Surgical. Your application has been received and the team will take "
                          "a look.\n\nWe receive a high volume of applications, so unfortunately "
                          "we cannot reply to every applicant individually. If your experience "
                          "matches the role, someone from the team will contact you within two "
                          "weeks.\n\nLagan Medtech Talent")),
    M(A, "agency_registration", "CareerPath Medical Recruitment",
      "ciara.walsh@careerpathmed.example.ie", "en",
      ("Ciara Walsh", "ciara.walsh@careerpathmed.example.ie"),
      "Welcome to CareerPath Medical - registration confirmed", "2026-02-27 10:05 +0000",
      "Hi Gráinne,\n\nThanks for sending over your CV and for the chat this morning. You're now "
      "registered with CareerPath Medical Recruitment and I'll be your point of contact for "
      "medical device and dental industry roles in Dublin and the west.\n\nI've noted your "
      "preference for clinical sales support and customer service roles.\n\nCiara Walsh\n"
      "Senior Consultant, Life Sciences\nCareerPath Medical Recruitment\n14 Fitzwilliam Place, "
      "Dublin 2\n\nCareerPath Medical Recruitment Ltd is registered in Ireland, no. 555123. "
      "This email is confidential.", tid="careerpath_reg"),
    M(A, "brabant_lever", "Brabant Dental Technologies", "", "en",
      ("Brabant Dental Technologies", "no-reply@hire.lever.co"),
      "We've received your application", "2026-06-03 14:22 +0200",
      "Hi Grainne,\n\nThanks for applying to Brabant Dental Technologies for Inside Sales "
      "Associate (English-speaking markets). We've received your CV and our team is reviewing "
      "it. We aim to get back to everyone within three weeks.\n\nPeople & Culture",
      tid="brabant_ack"),
    M(A, "hospital_publicjobs", "Galway Bay University Hospital", "recruitment@gbuh.example.ie",
      "en", ("GBUH Recruitment", "recruitment@gbuh.example.ie"),
      "Acknowledgement - Campaign GBUH-0455", "2026-08-21 16:45 +0100",
      "Dear Ms Okonkwo-Baptiste,\n\nWe acknowledge receipt of your application for Campaign "
      "GBUH-0455, Decontamination & Equipment Coordinator. Shortlisting will take place after "
      "the closing date. Please quote the campaign reference in all correspondence.\n\nHR "
      "Department - Recruitment Section\nGalway Bay University Hospital",
      charset="windows-1252"),
    M(A, "human_got_your_cv", "Dunmore Dental Lab", "sean@dunmoredental.example.ie", "en",
      ("Seán Kelleher", "sean@dunmoredental.example.ie"),
      "Re: Customer Liaison Coordinator", "2026-09-25 08:12 +0100",
      "Hi Grainne,\n\nGot your CV, thanks - looks interesting. I'll pass it to our lab manager "
      "and we'll be in touch either way.\n\nSeán\n\n"
      + quote("Dear Mr Kelleher,\n\nPlease find attached my CV for the Customer Liaison "
              "Coordinator role advertised on your website.\n\nKind regards,\nGráinne",
              "On Thu, 24 Sep 2026 at 22:40, Grainne Okonkwo-Baptiste <grainne.ob@example.ie> "
              "wrote:"), name_enc=("iso-8859-1", "Q"), charset="iso-8859-1",
      cte="quoted-printable"),
    M(A, "icims_confirmation", "Meridian Ortho", "", "en",
      ("Meridian Ortho Careers", "meridianortho@icims.com"),
      "Application confirmation: Sales Operations Assistant", "2026-07-30 12:01 +0100",
      "Hello Grainne,\n\nThis email confirms that your application for Sales Operations "
      "Assistant (London) was submitted successfully on 30 July 2026.\n\nDue to the number of "
      "applications, we are unfortunately unable to respond to each applicant personally. "
      "Candidates selected for interview will be contacted directly.\n\nMeridian Ortho Talent "
      "Acquisition", cte="quoted-printable"),
    M(A, "bamboohr_thanks", "Halden Medical", "", "en",
      ("Halden Medical", "notifications@bamboohr.com"),
      "Thanks for your application to Halden Medical", "2026-01-22 09:14 +0000",
      None, html=ats_card("Halden Medical", "#27ae60",
                          "Hi Grainne,\n\nThanks for applying for Clinical Education "
                          "Coordinator! We have your application and will review it soon.\n\n"
                          "The Halden Medical Hiring Team")),
    M(A, "smartrecruiters_received", "Valdora Medical", "", "en",
      ("Valdora Medical Hiring Team", "noreply@smartrecruiters.com"),
      "Application received: Product Support Associate", "2026-04-01 18:30 +0100",
      "Dear Grainne,\n\nWe confirm receipt of your application for Product Support Associate "
      "(Dublin). Our recruiters are reviewing applications and will contact shortlisted "
      "candidates.\n\nValdora Medical"),
    M(A, "university_hr", "Atlantic Technological University", "hr.recruit@atu-research.example.ie",
      "en", ("ATU HR Recruitment", "hr.recruit@atu-research.example.ie"),
      "Your application: Research Support Officer (ATU-RS-118)", "2026-01-14 11:30 +0000",
      "Dear Applicant,\n\nThank you for your application for the post of Research Support "
      "Officer (ATU-RS-118). This email confirms it has been received and will be passed to the "
      "shortlisting panel after the closing date of 21 January.\n\nHuman Resources\nAtlantic "
      "Technological University\n\nDisclaimer: The information in this email is confidential and "
      "may be legally privileged."),
    M(A, "ashby_received", "Cairnview Health Tech", "", "en",
      ("Cairnview Health Tech", "no-reply@ashbyhq.com"),
      "We got your application!", "2026-05-27 21:05 +0100",
      "Hi Grainne,\n\nThanks for applying to Cairnview Health Tech. Your application for "
      "Customer Success Associate (Edinburgh) is in and we'll be reviewing it over the next "
      "couple of weeks.\n\nCheers,\nCairnview Talent"),
    M(A, "hartwell_cv_received", "Hartwell Healthcare Search", "", "en",
      ("Hartwell Healthcare Search", "noreply@hartwellsearch.example.co.uk"),
      "CV received - Hartwell Healthcare Search", "2026-08-31 07:15 +0100",
      "Dear Grainne,\n\nThank you for uploading your CV to Hartwell Healthcare Search. Your "
      "candidate profile has been created and a consultant specialising in medical devices will "
      "review it.\n\nHartwell Healthcare Search\n\nThis mailbox is not monitored.",
      headers=[("Auto-Submitted", "auto-replied")]),
    # German
    M(A, "de_isar_eingang", "Isar Dentaltechnik", "", "de",
      ("Isar Dentaltechnik GmbH", "noreply@personio.de"),
      "Eingangsbestätigung Ihrer Bewerbung", "2026-05-18 13:40 +0200",
      "Sehr geehrte Frau Okonkwo-Baptiste,\n\nherzlichen Dank für Ihre Bewerbung als "
      "Vertriebsinnendienst (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen. Wir "
      "prüfen sie sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.\n\nMit "
      "freundlichen Grüßen\nIhr Recruiting-Team\nIsar Dentaltechnik GmbH",
      subj_enc=("utf-8", "Q"), tid="isar_ack"),
    M(A, "de_agentur_registrierung", "MedTalent Partners", "markus.lenz@medtalent.example.de", "de",
      ("Markus Lenz", "markus.lenz@medtalent.example.de"),
      "Ihre Registrierung bei MedTalent Partners", "2026-05-08 09:05 +0200",
      "Hallo Frau Okonkwo-Baptiste,\n\nvielen Dank für Ihren Lebenslauf. Ihr Profil ist jetzt in "
      "unserer Kandidatendatenbank angelegt, und ich betreue Sie ab sofort persönlich.\n\n"
      "Beste Grüße\nMarkus Lenz\nMedTalent Partners GmbH | Sendlinger Str. 12 | 80331 München",
      charset="iso-8859-1", cte="quoted-printable"),
    M(A, "de_softgarden_eingang", "Alpenmed", "", "de",
      ("Alpenmed Karriere", "noreply@softgarden.io"),
      "Vielen Dank für Ihre Bewerbung", "2026-03-04 17:20 +0100",
      None, html=ats_card("Alpenmed Karriere", "#c0392b",
                          "Guten Tag Frau Okonkwo-Baptiste,\n\nwir haben Ihre Bewerbung als "
                          "Customer Service Specialist Medizintechnik erhalten. Aufgrund der "
                          "Vielzahl an Zuschriften können wir leider nicht jede Bewerbung "
                          "individuell beantworten, Sie hören aber in jedem Fall von uns."),
      subj_enc=("iso-8859-1", "Q"), charset="iso-8859-1", html_cte="quoted-printable"),
    # French
    M(A, "fr_accuse_reception", "Atlantique Médical", "", "fr",
      ("Atlantique Médical - Recrutement", "recrutement@taleo.net"),
      "Accusé de réception de votre candidature", "2026-02-20 08:30 +0100",
      "Madame,\n\nNous accusons réception de votre candidature au poste d'assistante commerciale "
      "dispositifs médicaux et vous en remercions. Elle fera l'objet d'une étude attentive.\n\n"
      "Le service Ressources Humaines\nAtlantique Médical", subj_enc=("utf-8", "B"),
      cte="base64", headers=[("Auto-Submitted", "auto-generated")]),
    M(A, "fr_biolys_smartrecruiters", "Biolys Dental", "", "fr",
      ("Biolys Dental", "noreply@smartrecruiters.com"),
      "Merci pour votre candidature", "2026-01-19 12:12 +0100",
      "Bonjour Grainne,\n\nMerci d'avoir postulé au poste de Support Client Dispositifs Médicaux. "
      "Nous avons bien reçu votre dossier. Malheureusement, nous ne pouvons pas répondre "
      "individuellement à chaque candidature, mais notre équipe examinera votre profil avec "
      "attention.\n\nL'équipe Talent de Biolys Dental"),
    M(A, "fr_clinique_cv_recu", "Clinique Dentaire de l'Erdre", "h.leroux@clinique-erdre.example.fr",
      "fr", ("Hélène Leroux", "h.leroux@clinique-erdre.example.fr"),
      "Re: Candidature coordinatrice de soins", "2026-04-03 14:50 +0200",
      "Bonjour,\n\nJ'ai bien reçu votre CV et votre lettre, merci. Je les transmets au Dr "
      "Guérin et reviens vers vous d'ici la fin du mois.\n\nHélène Leroux\nResponsable RH",
      name_enc=("utf-8", "B")),
    # Spanish
    M(A, "es_recruitee_recibida", "Levante Dental", "", "es",
      ("Levante Dental - Selección", "no-reply@jobs.recruitee.com"),
      "Hemos recibido tu candidatura", "2026-09-09 23:10 +0200",
      "Hola Gráinne,\n\n¡Gracias por tu interés! Hemos recibido correctamente tu candidatura para "
      "Coordinadora de Pacientes. Nuestro equipo la revisará en los próximos días.\n\nEquipo de "
      "Personas, Levante Dental", cte="quoted-printable"),
    M(A, "es_agencia_alta", "Talento Sanitario", "pablo.ruiz@talentosanitario.example.es", "es",
      ("Pablo Ruiz", "pablo.ruiz@talentosanitario.example.es"),
      "Alta en Talento Sanitario", "2026-04-27 11:00 +0200",
      "Hola Gráinne,\n\nya te he dado de alta en nuestra base de candidatos. Tengo tu CV y tus "
      "preferencias (Valencia, sector dental y producto sanitario).\n\nPablo Ruiz\nTalento "
      "Sanitario", charset="iso-8859-1", cte="8bit"),
    M(A, "es_turia_acuse", "Turia Medical", "seleccion@turiamedical.example.es", "es",
      ("Selección Turia Medical", "seleccion@turiamedical.example.es"),
      "Confirmación de recepción de CV", "2026-03-23 09:45 +0100",
      None, html="<html><body><p>Estimada candidata:</p><p>Confirmamos la recepción de su "
                 "currículum para el puesto de Especialista de Producto. Lo estudiaremos con "
                 "atención.</p><p>Atentamente,<br>Departamento de Selección<br>Turia Medical</p>"
                 "</body></html>", name_enc=("iso-8859-1", "Q"), charset="iso-8859-1"),
]

OFFERS = [
    M(O, "corrib_formal_pdf", "Corrib Medical", "emer.kilbride@corribmedical.example.ie", "en",
      ("Emer Kilbride", "emer.kilbride@corribmedical.example.ie"),
      "Offer of employment - Clinical Sales Support Specialist", "2026-03-12 16:30 +0000",
      "Dear Gráinne,\n\nFollowing your interview on 5 March, I am delighted to offer you the "
      "position of Clinical Sales Support Specialist at Corrib Medical, starting 20 April 2026, "
      "at a salary of EUR 41,500 per annum plus bonus.\n\nYour offer letter and contract are "
      "attached. Please sign and return them by 20 March.\n\nCongratulations,\nEmer Kilbride\n"
      "Talent Acquisition Partner\nCorrib Medical Ltd",
      pdf=("Corrib_Offer_Okonkwo-Baptiste.pdf",
           ["Corrib Medical Ltd - Offer of Employment", "Candidate: Grainne Okonkwo-Baptiste",
            "Position: Clinical Sales Support Specialist", "Start date: 20 April 2026",
            "Salary: EUR 41,500"]),
      reply=["corrib_inv", "corrib_move"]),
    M(O, "verbal_followup", "Smile Studio Limerick", "aisling@smilestudio.example.ie", "en",
      ("Aisling Quinn", "aisling@smilestudio.example.ie"),
      "Following up on our call", "2026-01-16 18:10 +0000",
      "Hi Gráinne,\n\nAs promised on the phone, here's the offer in writing: senior dental nurse "
      "with responsibility for equipment and supplier liaison, 35 hours, EUR 17.50 an hour, "
      "start 2 February. Let me know by Monday if you're happy to accept.\n\nAisling"),
    M(O, "agency_client_offer", "Northgate Surgical", "james.okafor@hartwellsearch.example.co.uk",
      "en", ("James Okafor", "james.okafor@hartwellsearch.example.co.uk"),
      "Great news from Northgate!", "2026-10-09 12:00 +0100",
      "Hi Grainne,\n\nFantastic news - Northgate Surgical want to make you an offer for the "
      "Clinical Support Associate role: GBP 33,000 base, 10% bonus, hybrid from Camden. They "
      "loved the rescheduled interview. Can we talk at 4?\n\nJames Okafor\nHartwell Healthcare "
      "Search"),
    M(O, "docusign_contract", "Cairnview Health Tech", "isla.reid@cairnview.example.co.uk", "en",
      ("Isla Reid", "isla.reid@cairnview.example.co.uk"),
      "Your contract for signature", "2026-07-01 11:45 +0100",
      "Hi Grainne,\n\nFurther to Kenny's call yesterday, please find your employment contract "
      "for the Customer Success Associate position attached for signature. Once signed we'll "
      "kick off onboarding.\n\nWelcome aboard!\nIsla Reid\nPeople Lead",
      pdf=("Cairnview_Contract.pdf", ["Cairnview Health Tech - Contract of Employment",
                                       "Employee: Grainne Okonkwo-Baptiste",
                                       "Role: Customer Success Associate"])),
    M(O, "hospital_provisional", "Galway Bay University Hospital", "recruitment@gbuh.example.ie",
      "en", ("GBUH Recruitment", "recruitment@gbuh.example.ie"),
      "Campaign GBUH-0455: provisional offer", "2026-10-14 10:00 +0100",
      "Dear Ms Okonkwo-Baptiste,\n\nFollowing your interview, we are pleased to offer you the "
      "post of Decontamination & Equipment Coordinator, subject to satisfactory references, "
      "Garda vetting and occupational health clearance. A formal contract will follow.\n\n"
      "Please confirm acceptance by reply.\n\nHR Department - Recruitment Section\nGalway Bay "
      "University Hospital", html=outlook_html(
          "Dear Ms Okonkwo-Baptiste,\n\nFollowing your interview, we are pleased to offer you "
          "the post of Decontamination & Equipment Coordinator, subject to satisfactory "
          "references, Garda vetting and occupational health clearance.\n\nPlease confirm "
          "acceptance by reply.")),
    M(O, "workday_offer_portal", "Valdora Medical", "", "en",
      ("Valdora Medical", "valdora@myworkday.com"),
      "Your offer from Valdora Medical is ready", "2026-05-29 15:00 +0100",
      None, html=ats_card("Valdora Medical", "#3a3a8c",
                          "Hi Grainne,\n\nCongratulations! Valdora Medical has extended an offer "
                          "for Customer Operations Associate. Sign in to review and accept your "
                          "offer letter before 5 June.")),
    # German
    M(O, "de_vertragsangebot", "Isar Dentaltechnik", "k.hofer@isar-dental.example.de", "de",
      ("Katrin Hofer", "k.hofer@isar-dental.example.de"),
      "Ihr Vertragsangebot", "2026-10-12 15:20 +0200",
      "Sehr geehrte Frau Okonkwo-Baptiste,\n\nes freut uns sehr, Ihnen die Position "
      "Anwendungsberaterin Intraoralscanner anbieten zu können. Anbei erhalten Sie unser "
      "Vertragsangebot. Wir würden uns über Ihre Zusage bis zum 23. Oktober freuen.\n\nMit "
      "freundlichen Grüßen\nKatrin Hofer\nIsar Dentaltechnik GmbH",
      pdf=("Vertragsangebot_Isar.pdf", ["Isar Dentaltechnik GmbH - Arbeitsvertrag",
                                        "Anwendungsberaterin Intraoralscanner"]),
      cte="quoted-printable"),
    M(O, "de_zusage_praxis", "Zahnwerk München", "praxis@zahnwerk.example.de", "de",
      ("Zahnwerk München", "praxis@zahnwerk.example.de"),
      "Wir wollen dich!", "2026-08-03 17:30 +0200",
      "Liebe Gráinne,\n\nnach dem Probearbeitstag sind wir uns einig: Wir möchten dich ab "
      "1. September als Praxismanagerin-Assistenz einstellen. Den Arbeitsvertrag schicken wir "
      "dir diese Woche per Post.\n\nHerzliche Grüße\nDr. Petra Aumann", charset="iso-8859-1",
      subj_enc=("iso-8859-1", "Q")),
    # French
    M(O, "fr_promesse_embauche", "Atlantique Médical", "sophie.garnier@atlantique-medical.example.fr",
      "fr", ("Sophie Garnier", "sophie.garnier@atlantique-medical.example.fr"),
      "Proposition d'embauche", "2026-09-25 17:05 +0200",
      "Bonjour Gráinne,\n\nJ'ai le plaisir de vous confirmer que nous souhaitons vous proposer "
      "le poste d'assistante technico-commerciale en CDI, à compter du 2 novembre. Vous "
      "trouverez la promesse d'embauche en pièce jointe.\n\nBien cordialement,\nSophie Garnier",
      pdf=("Promesse_embauche.pdf", ["Atlantique Medical - Promesse d'embauche"]),
      reply=["atl_move"]),
    # Spanish
    M(O, "es_oferta", "Sonrisa Plus", "rrhh@sonrisaplus.example.es", "es",
      ("RRHH Sonrisa Plus", "rrhh@sonrisaplus.example.es"),
      "Oferta de empleo - Asesora de Tratamientos", "2026-08-10 13:00 +0200",
      "Hola Gráinne,\n\nnos alegra comunicarte que queremos ofrecerte el puesto de Asesora de "
      "Tratamientos en nuestra clínica de Valencia, con contrato indefinido y una retribución "
      "bruta anual de 24.000 EUR. Adjuntamos la carta de oferta.\n\nUn saludo,\nRecursos "
      "Humanos - Sonrisa Plus", pdf=("Oferta_SonrisaPlus.pdf", ["Sonrisa Plus - Carta de oferta"]),
      cte="base64"),
]

MESSAGES = ACKS + OFFERS
