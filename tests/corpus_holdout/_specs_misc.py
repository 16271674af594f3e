"""Hand-written application acknowledgements and offers for the held-out corpus
(see make_holdout.py); standard library only."""

from make_holdout import Spec as S

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<<>>\n%%EOF\n"

ACKS = [
    S("application_received", "en", "greenhouse_volume_disclaimer", "Tallgrass Software", "",
      "Tallgrass Software <no-reply@us.greenhouse-mail.io>",
      "Thank you for applying to Tallgrass Software",
      """Hi Jordan,

Thank you for applying for the Platform Engineer position at Tallgrass Software. We've received your application and our team will review it over the coming weeks.

Due to the volume of applications we receive, unfortunately we cannot respond to every applicant individually. If your experience is a match, a member of our recruiting team will reach out to discuss next steps.

Thanks again for your interest,
Tallgrass Software Recruiting
""", date="2026-01-08 20:11 +0000", fmt="html", skin="ats"),

    S("application_received", "de", "personio_eingang", "Feldmann Bau", "",
      "Feldmann Bau GmbH <noreply@feldmann-bau.jobs.personio.de>",
      "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrte Frau Lee,

vielen Dank für Ihre Bewerbung als Projektingenieurin (m/w/d) und Ihr Interesse an der Feldmann Bau GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Feldmann Bau GmbH

Diese Nachricht wurde automatisch erstellt.
""", date="2026-02-02 13:44 +0100", fmt="html", skin="ats"),

    S("application_received", "en", "lever_received", "Skylark Travel", "",
      "Skylark Travel <no-reply@hire.lever.co>",
      "We've received your application - Skylark Travel",
      """Hi Jordan,

Thanks for applying to the Pricing Analyst role at Skylark Travel! This note is to confirm we have your application.

What happens next: our team reviews every application by hand. If it looks like a fit, we'll get in touch to set up a first conversation. In the meantime, feel free to read more about how we work at https://skylark.example.com/careers/how-we-hire

Cheers,
The Skylark Travel team
""", date="2026-03-02 08:03 +0000", fmt="alt", skin="ats"),

    S("application_received", "fr", "accuse_reception", "Crédit Mutualiste de l'Ouest", "",
      "Recrutement CMO <ne-pas-repondre@cmo-recrutement.example.fr>",
      "Accusé de réception de votre candidature",
      """Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste de Contrôleur(se) de gestion et vous remercions de l'intérêt que vous portez au Crédit Mutualiste de l'Ouest.

Votre dossier va être étudié avec la plus grande attention par nos équipes. Nous reviendrons vers vous dans les meilleurs délais.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

La Direction des Ressources Humaines
Merci de ne pas répondre à ce message automatique.
""", date="2026-03-10 07:59 +0100", charset="iso-8859-1", cte="qp"),

    S("application_received", "en", "workday_no_individual_feedback", "Hollis Pharmaceuticals", "",
      "Hollis Pharmaceuticals <hollispharma@myworkday.com>",
      "Thank you for applying: Quality Systems Specialist (REQ-8812)",
      """Dear Jordan,

Thank you for submitting your application for the Quality Systems Specialist role (REQ-8812). We have received it and it is now under review.

Please note that, unfortunately, we are unable to provide individual feedback at this stage. You can track the status of your application at any time in your candidate home.

We appreciate your interest in joining Hollis Pharmaceuticals.

Hollis Talent Acquisition
""", date="2026-04-01 11:26 +0000", fmt="html", skin="ats", cte="b64"),

    S("application_received", "es", "hemos_recibido", "Mercado Verde", "",
      "Mercado Verde Empleo <noreply@mercadoverde.example.es>",
      "Hemos recibido tu candidatura",
      """¡Hola, Jordan!

Gracias por inscribirte en la oferta de Analista de Marketing Digital en Mercado Verde. Hemos recibido tu candidatura correctamente.

Nuestro equipo de selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.

¡Mucha suerte!
El equipo de Personas de Mercado Verde
""", date="2026-04-15 18:20 +0200", fmt="alt", skin="ats"),

    S("application_received", "en", "icims_confirmation", "Blue Heron Utilities", "",
      "Blue Heron Utilities <careers-noreply@icims.com>",
      "Application Confirmation - Grid Operations Analyst",
      """Dear Jordan Lee,

This email confirms that we have received your application for Grid Operations Analyst (Job ID 2026-4471) at Blue Heron Utilities.

If your qualifications match the requirements of the position, a recruiter will contact you. Otherwise, we will keep your information on file for future openings.

Thank you,
Blue Heron Utilities Recruitment
""", date="2026-05-05 04:40 +0000", fmt="html", skin="ats"),

    S("application_received", "de", "softgarden_keine_rueckmeldung_jedem", "Ostsee Medien", "",
      "Ostsee Medien <bewerbung-noreply@softgarden.io>",
      "Vielen Dank für Ihre Bewerbung bei Ostsee Medien",
      """Liebe Jordan Lee,

vielen Dank für Ihre Bewerbung als Online-Redakteur*in und Ihr Interesse an Ostsee Medien. Ihre Unterlagen sind vollständig bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der hohen Zahl an Bewerbungen leider nicht jedem Bewerber eine individuelle Zwischennachricht senden können. Wir melden uns spätestens in vier Wochen mit einer Rückmeldung.

Herzliche Grüße
Ihr Recruiting-Team
""", date="2026-05-12 10:02 +0200", fmt="alt", skin="ats", cte="b64"),

    S("application_received", "en", "recruiter_passed_to_manager", "Corbel Architecture", "f.okonkwo@corbel.example.com",
      "Femi Okonkwo <f.okonkwo@corbel.example.com>",
      "Re: Application - BIM Coordinator",
      """Hi Jordan,

Thanks for sending your CV and portfolio over. I've passed them on to the studio director and will get back to you by the end of next week once she's had a chance to look through them.

Best,
Femi

Femi Okonkwo | Studio Manager
Corbel Architecture | 020 7946 0555
""", date="2026-05-27 12:12 +0100",
      quote=("gmail_en", "Jordan Lee <jordan.lee@example.org>", "Tue, 26 May 2026 at 19:40",
             "Application - BIM Coordinator",
             """Dear Femi,

I'm applying for the BIM Coordinator position advertised on your website. My CV and portfolio are attached.

Kind regards,
Jordan Lee""")),

    S("application_received", "fr", "teamtailor_tutoiement", "Les Ateliers Pivoine", "",
      "Les Ateliers Pivoine <no-reply@teamtailor-mail.com>",
      "Merci pour ta candidature !",
      """Hello Jordan,

Merci pour ta candidature au poste de Chef·fe de projet e-commerce ! On l'a bien reçue et on a hâte de la découvrir.

On prend le temps de lire chaque candidature, donc il nous faudra environ deux semaines pour te faire un retour.

À bientôt,
L'équipe des Ateliers Pivoine
""", date="2026-06-02 15:15 +0200", fmt="html", skin="ats"),

    S("application_received", "en", "smartrecruiters_not_successful_clause", "Waverly Hotels Group", "",
      "Waverly Hotels Group <notifications@smartrecruiters.com>",
      "Thanks for applying to Waverly Hotels Group",
      """Hi Jordan,

Thank you for your application for Guest Data Analyst. We confirm that it has been received and will be reviewed by the hiring team.

Please note that we receive a large number of applications. If you have not heard from us within 21 days, please assume that your application has unfortunately not been successful on this occasion.

Kind regards,
Waverly Hotels Group Talent Team
""", date="2026-06-23 09:31 +0000", fmt="html", skin="ats"),

    S("application_received", "en", "ashby_confirmation", "Meadowlark Climate", "",
      "Meadowlark Climate <no-reply@ashbyhq.com>",
      "Thanks for applying to Meadowlark Climate",
      """Hi Jordan,

We received your application for Carbon Markets Analyst. Thank you for your interest in Meadowlark!

We'll review your application carefully and be in touch if we'd like to continue the conversation. Our process usually takes two to three weeks from application to first call.

The Meadowlark team
""", date="2026-07-06 16:44 +0000", fmt="html", skin="ats"),

    S("application_received", "de", "stepstone_versendet", "Wendt & Partner Steuerberatung", "",
      "StepStone <noreply@stepstone.de>",
      "Ihre Bewerbung wurde erfolgreich versendet",
      """Hallo Jordan Lee,

Ihre Bewerbung als Junior Consultant Tax Technology (m/w/d) bei Wendt & Partner Steuerberatung wurde erfolgreich versendet.

Den Status Ihrer Bewerbung können Sie jederzeit unter "Meine Bewerbungen" verfolgen: https://www.stepstone.de/meine-bewerbungen

Wir drücken Ihnen die Daumen!
Ihr StepStone-Team
""", date="2026-07-20 21:05 +0200", fmt="html", skin="ats",
      headers={"List-Unsubscribe": "<https://www.stepstone.de/unsubscribe?u=81aa>"}),

    S("application_received", "en", "linkedin_easy_apply_sent", "Quarry Lane Analytics", "",
      "LinkedIn <jobs-noreply@linkedin.com>",
      "Jordan, your application was sent to Quarry Lane Analytics",
      """Your application was sent to Quarry Lane Analytics

Senior Analytics Engineer
Quarry Lane Analytics · Denver, CO (Hybrid)
Applied on August 4, 2026

Your profile, resume and contact info were shared with the hiring team.

View application: https://www.linkedin.com/jobs/view/40012345/

You are receiving Jobs notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
""", date="2026-08-04 15:30 +0000", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=1>"}),

    S("application_received", "fr", "wttj_bien_envoyee", "Studio Mistral", "",
      "Welcome to the Jungle <no-reply@welcometothejungle.com>",
      "Votre candidature chez Studio Mistral a bien été envoyée",
      """Bonjour Jordan,

Votre candidature pour le poste de UX Designer chez Studio Mistral a bien été envoyée.

L'entreprise a été notifiée et reviendra vers vous si votre profil correspond. Vous pouvez suivre l'avancement de vos candidatures depuis votre espace personnel.

Bonne chance !
L'équipe Welcome to the Jungle
""", date="2026-08-18 10:48 +0200", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://www.welcometothejungle.com/fr/me/settings/notifications>"}),

    S("application_received", "en", "graduate_scheme_assessment_next", "Ashcombe Engineering", "",
      "Ashcombe Early Careers <earlycareers-noreply@ashcombe.example.co.uk>",
      "Application received - Graduate Scheme 2027",
      """Dear Jordan,

Thank you for applying to the Ashcombe Engineering Graduate Scheme 2027. Your application reference is ASH-G27-01893.

Applications are reviewed in batches once the window closes on 30 September. Shortlisted candidates will be sent an online assessment in October.

Given the number of applications we receive, unfortunately we are unable to provide individual feedback at this stage of the process.

With best wishes,
Early Careers Team, Ashcombe Engineering
""", date="2026-09-03 12:00 +0100", fmt="alt", skin="ats", cte="qp"),

    S("application_received", "es", "infojobs_inscrita", "Clínica Dental Sonrisa", "",
      "InfoJobs <noreply@infojobs.net>",
      "Te has inscrito en la oferta de Clínica Dental Sonrisa",
      """Hola Jordan,

Te has inscrito correctamente en la oferta "Recepcionista - Coordinador/a de pacientes" de Clínica Dental Sonrisa.

La empresa ya puede ver tu CV. Te avisaremos cuando lo lea o cambie el estado de tu candidatura.

Equipo InfoJobs
""", date="2026-09-14 09:09 +0200", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://www.infojobs.net/baja?token=f0e1>"}),

    S("application_received", "en", "hr_mailbox_received_outlook", "Pemberton County Council", "recruitment@pemberton-council.example.gov.uk",
      "Pemberton Recruitment <recruitment@pemberton-council.example.gov.uk>",
      "RE: Application for GIS Officer (post ref 26/114)",
      """Dear Jordan,

Thank you for your application for the post of GIS Officer, which has been received. The closing date is 12 October and shortlisting will take place the following week.

Kind regards,
Recruitment Team
Pemberton County Council
""", date="2026-10-02 14:51 +0100", fmt="alt", skin="outlook",
      quote=("outlook_en", "Jordan Lee <jordan.lee@example.org>", "Thursday, October 1, 2026 9:30 PM",
             "Application for GIS Officer (post ref 26/114)",
             """Dear Recruitment Team,

Please find attached my completed application form for the GIS Officer post (ref 26/114).

Yours faithfully,
Jordan Lee""")),

    S("application_received", "en", "indeed_apply_submitted", "Birchline Dental Group", "",
      "Indeed Apply <indeedapply@indeed.com>",
      "Application submitted: Practice Operations Coordinator",
      """Your application has been submitted

Practice Operations Coordinator
Birchline Dental Group - Columbus, OH

Good luck! You can view your application and track its status in My jobs: https://www.indeed.com/myjobs

Indeed
""", date="2026-10-27 23:02 +0000", fmt="html", skin="news",
      headers={"List-Unsubscribe": "<https://www.indeed.com/unsub?t=4aa>"}),

    S("application_received", "en", "confirmation_with_assessment_info", "Fairhaven Bank", "",
      "Fairhaven Bank Careers <careers@fairhavenbank.example.com>",
      "Application received: Fraud Strategy Analyst",
      """Hello Jordan,

Thanks for your interest in Fairhaven Bank. Your application for Fraud Strategy Analyst has been received.

Here's what to expect: applications are reviewed by the hiring team within ten business days. If you are shortlisted, the first step is a short online numerical reasoning test, followed by a conversation with a recruiter.

This mailbox is not monitored. For questions about your application, please use the candidate portal.

Fairhaven Bank Talent Acquisition
""", date="2026-11-09 13:13 -0500", fmt="html", skin="ats"),
]

OFFERS = [
    S("offer", "en", "verbal_offer_follow_up", "Greywater Analytics", "lauren.hughes@greywater.example.com",
      "Lauren Hughes <lauren.hughes@greywater.example.com>",
      "Following up on our call - offer details",
      """Hi Jordan,

It was wonderful to speak with you earlier! As discussed, I'm thrilled to confirm that we'd like you to join Greywater Analytics as a Senior Data Analyst.

To recap the verbal offer: base salary of $128,000, a 10% annual bonus target, and a start date of Monday, April 20. The formal offer letter will follow from our HR system within the next day or two.

Take the weekend to think it over, and call me with any questions at all.

Lauren
Lauren Hughes | Director of Talent | Greywater Analytics
(646) 555-0182
""", date="2026-03-27 17:45 -0400", fmt="alt", skin="gmail"),

    S("offer", "de", "vertragsangebot_anhang", "Elbtal Digital", "c.neumann@elbtal-digital.example.de",
      "Claudia Neumann <c.neumann@elbtal-digital.example.de>",
      "Ihr Vertragsangebot als Data Engineer",
      """Liebe Frau Lee,

wir freuen uns sehr, Ihnen nach den Gesprächen der letzten Wochen die Position als Data Engineer bei der Elbtal Digital GmbH anbieten zu können.

Im Anhang finden Sie Ihren Arbeitsvertrag mit den besprochenen Konditionen (Jahresgehalt 68.000 EUR, 30 Urlaubstage, Start zum 1. Juni 2026). Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. April zurück.

Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.

Herzliche Grüße
Claudia Neumann
Head of People, Elbtal Digital GmbH
""", date="2026-04-03 10:30 +0200", fmt="alt", skin="outlook", cte="qp",
      attach=[("Arbeitsvertrag_Jordan_Lee.pdf", "application/pdf", PDF)]),

    S("offer", "en", "offer_letter_attached", "Solstice Health Partners", "d.brooks@solsticehealth.example.org",
      "Derek Brooks <d.brooks@solsticehealth.example.org>",
      "Offer of employment - Healthcare Data Scientist",
      """Dear Jordan,

On behalf of Solstice Health Partners, I am pleased to offer you the position of Healthcare Data Scientist. Please find your offer letter attached, which sets out your salary, benefits and proposed start date.

To accept, please sign and return the letter by Friday, May 29. If you have questions about the package, I'd be happy to set up a call with our benefits team.

We are all looking forward to working with you.

Sincerely,
Derek Brooks
VP, People Operations
Solstice Health Partners
""", date="2026-05-22 14:00 -0500", fmt="alt", skin="outlook",
      attach=[("Offer_Letter_J_Lee.pdf", "application/pdf", PDF)]),

    S("offer", "en", "conditional_offer_checks", "Lockwood & Marsh", "hr.onboarding@lockwoodmarsh.example.co.uk",
      "Lockwood & Marsh HR <hr.onboarding@lockwoodmarsh.example.co.uk>",
      "Conditional offer - Trainee Data Analyst",
      """Dear Jordan,

Further to your recent interview, we are delighted to make you a conditional offer of employment for the role of Trainee Data Analyst, based in our Bristol office.

This offer is conditional on satisfactory references, proof of your right to work in the UK and a basic DBS check. Our onboarding team will contact your referees once you confirm you wish to accept.

Please reply to this email to accept the offer and we will begin the pre-employment checks.

Yours sincerely,
HR Onboarding Team
Lockwood & Marsh LLP
""", date="2026-06-11 09:20 +0100", fmt="alt", skin="ats"),

    S("offer", "fr", "proposition_embauche", "Fromagerie Vallon", "b.moreau@vallon.example.fr",
      "Bertrand Moreau <b.moreau@vallon.example.fr>",
      "Proposition d'embauche - Responsable supply chain",
      """Bonjour Jordan,

Suite à nos différents entretiens, nous avons le plaisir de vous proposer le poste de Responsable supply chain au sein de la Fromagerie Vallon, en CDI, à compter du 1er septembre 2026.

Vous trouverez ci-joint notre promesse d'embauche précisant la rémunération (52 000 EUR bruts annuels) et les avantages associés. Nous vous remercions de bien vouloir nous la retourner signée d'ici le 10 juillet.

Toute l'équipe se réjouit de vous accueillir prochainement.

Bien cordialement,
Bertrand Moreau
Directeur général
""", date="2026-06-29 18:05 +0200", fmt="alt", skin="outlook", charset="iso-8859-1", cte="qp",
      attach=[("Promesse_embauche_J_Lee.pdf", "application/pdf", PDF)]),

    S("offer", "en", "contract_to_sign", "Harborview Credit", "p.gallagher@harborview.example.com",
      "Patrick Gallagher <p.gallagher@harborview.example.com>",
      "Your employment contract - please sign by Friday",
      """Hi Jordan,

Congratulations again on accepting our offer for the Credit Risk Modeller role! Your employment contract is ready and has been sent to you for electronic signature.

Please review and sign the contract by Friday 17 July. Once it's signed, you'll get an email from our IT team about equipment for your first day on 3 August.

Best wishes,
Patrick Gallagher
HR Advisor | Harborview Credit
""", date="2026-07-13 11:42 +0100", fmt="alt", skin="gmail"),

    S("offer", "es", "nos_complace_ofrecerte", "Ecoflota", "irene.sanz@ecoflota.example.es",
      "Irene Sanz <irene.sanz@ecoflota.example.es>",
      "¡Oferta para unirte a Ecoflota!",
      """Hola Jordan:

Después de las entrevistas con el equipo, nos complace ofrecerte el puesto de Analista de Operaciones en Ecoflota.

Las condiciones que te proponemos son: contrato indefinido, 38.000 EUR brutos anuales más variable, jornada híbrida (tres días en la oficina de Madrid) e incorporación el 1 de octubre.

Si estás de acuerdo, te enviaré el contrato para firmar. Cualquier duda, me llamas.

¡Un abrazo y enhorabuena!
Irene Sanz
Head of People · Ecoflota
""", date="2026-09-04 13:30 +0200", fmt="alt", skin="gmail", charset="windows-1252", cte="qp"),

    S("offer", "en", "startup_casual_offer", "Kiteline", "ade@kiteline.example.io",
      "Ade Okafor <ade@kiteline.example.io>",
      "we'd love for you to join Kiteline",
      """Jordan!

The whole team loved meeting you on Tuesday, and I'm really happy to say we want you on the team as our first Product Analyst.

Offer details are below, and the formal paperwork is coming via our HR platform:
- $112k base + 0.15% equity (4-year vest, 1-year cliff)
- remote-first, with a quarterly offsite
- start date flexible, ideally early November

Let me know if you'd like to talk anything through - happy to jump on a call tonight or tomorrow.

Ade
CEO, Kiteline
""", date="2026-10-08 20:15 -0700"),

    S("offer", "de", "angebot_du", "Sonnenhang Energie", "felix.braun@sonnenhang.example.de",
      "Felix Braun <felix.braun@sonnenhang.example.de>",
      "Wir möchten dir ein Angebot machen!",
      """Hallo Jordan,

ich hab gute Nachrichten: Nach den Gesprächen mit dir sind wir uns im Team einig und möchten dir die Stelle als Energiedatenanalyst*in anbieten!

Die Eckdaten: 62.000 EUR brutto im Jahr, unbefristet, 4-Tage-Woche möglich, Start ab 1. Dezember. Den Vertrag schicke ich dir morgen per DocuSign zu.

Sag gern Bescheid, wenn du Fragen hast. Wir würden uns riesig freuen, wenn du zusagst!

Viele Grüße
Felix
""", date="2026-10-22 16:40 +0200", fmt="alt", skin="gmail", cte="b64"),

    S("offer", "en", "agency_client_offer", "Redfern Logistics", "chloe.evans@brightpath-recruit.example.co.uk",
      "Chloe Evans <chloe.evans@brightpath-recruit.example.co.uk>",
      "Offer from Redfern Logistics!",
      """Hi Jordan,

Fantastic news - Redfern Logistics have come back and want to offer you the Supply Chain Analyst role! The offer is £54,000 base plus a 5% bonus, 25 days' holiday and a start date of 1st December.

They'd like an answer by Wednesday. Give me a call when you get a moment and we can talk through the package and any questions before you confirm.

Congratulations, well deserved!

Chloe Evans
Recruitment Consultant | BrightPath Recruitment
M: 07700 900 412
""", date="2026-11-16 12:25 +0000", fmt="alt", skin="outlook"),
]

SPECS = [*ACKS, *OFFERS]
