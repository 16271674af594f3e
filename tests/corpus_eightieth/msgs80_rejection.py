"""Eightieth corpus: rejections (data only; make_eightieth.py turns each dict into an .eml)."""

MESSAGES = [
    {
        "kind": "rejection", "slug": "workday_soft_aligned", "lang": "en", "company": "Kestrel Property Group", "contact": "",
        "frm": ("Kestrel Property Group", "kestrelproperty@myworkday.example.com"), "date": "2026-01-19 16:02 +1100",
        "subject": "Your application for Facilities Manager - Parramatta (JR-004417)", "fmt": "html", "skin": "ats", "cte": "quoted-printable",
        "body": """Dear Callum,

Thank you for your interest in the Facilities Manager - Parramatta role at Kestrel Property Group and for taking the time to submit your application.

We have carefully reviewed your application against the requirements of the role. After careful consideration, we've decided to pursue other candidates whose background more closely aligns with our current needs.

We will keep your details on file and encourage you to apply for future opportunities at https://kestrelproperty.example.com/careers.

Kind regards,
Talent Acquisition Team
Kestrel Property Group

This is a system generated email. Please do not reply to this message.""",
    },
    {
        "kind": "rejection", "slug": "mobile_terse_gm", "lang": "en", "company": "Coastline Mechanical", "contact": "dave.petrakis@coastlinemech.example.com",
        "frm": ("Dave Petrakis", "dave.petrakis@coastlinemech.example.com"), "date": "2026-01-27 19:48 +1100",
        "subject": "Re: PM role", "body": """Hi Callum, thanks for coming in tuesday. We've gone with someone with a bit more commercial fitout exp. Good luck with it mate

Dave

Sent from my iPhone""",
        "quote": [("gmail", "Callum Ng-Hargreaves <callum.nh@example.com.au>", "Thu, 22 Jan 2026 at 08:15",
                "Hi Dave,\n\nThanks again for your time on Tuesday, really enjoyed hearing about the Macquarie Park job.\n\nCheers,\nCallum")],
    },
    {
        "kind": "rejection", "slug": "greenhouse_after_takehome", "lang": "en", "company": "Voltgrid", "contact": "",
        "frm": ("Voltgrid Hiring", "no-reply@us.greenhouse-mail.io"), "date": "2026-02-03 10:30 +1100",
        "subject": "Update on your Voltgrid application", "fmt": "alt", "skin": "ats",
        "body": """Hi Callum,

Thanks so much for the time you put into the asset-modelling exercise - the team genuinely appreciated the effort, and your write-up on chiller replacement timing was a highlight.

That said, after reviewing all submissions we won't be moving your application to the final round for the Senior Asset Engineer position. It was a close call, and this isn't a reflection of your ability.

We'd be glad to hear from you again as we grow the Melbourne team.

Warmly,
Priya
Voltgrid | Engineering Hiring""",
    },
    {
        "kind": "rejection", "slug": "nsw_health_regret", "lang": "en", "company": "Western Hills Local Health District", "contact": "",
        "frm": ("Recruitment - NSW Health (do not reply)", "donotreply@healthrecruit.nsw.example.gov.au"), "date": "2026-02-09 11:12 +1100",
        "subject": "Req 0044821 Engineering Services Manager - outcome", "cte": "quoted-printable",
        "body": """Dear Mr Ng-Hargreaves

Requisition: 0044821 - Engineering Services Manager, Western Hills Local Health District

I refer to your recent application for the above position.

I regret to inform you that your application has not been successful on this occasion. The selection panel received a large number of applications and the standard of applicants was very high.

Should you wish to receive feedback, please contact the hiring manager listed in the advertisement.

Thank you for your interest in working with NSW Health.

Yours sincerely

Workforce Services
Western Hills Local Health District

-------------------------------------------------------------
This message is intended for the addressee named and may contain confidential information. If you are not the intended recipient, please delete it and notify the sender. Views expressed in this message are those of the individual sender, and are not necessarily the views of NSW Health or any of its entities.""",
    },
    {
        "kind": "rejection", "slug": "agency_relayed_client_named", "lang": "en", "company": "Harbourline Constructions", "contact": "jess@keystonesearch.example.com",
        "frm": ("Jess Whitaker", "jess@keystonesearch.example.com"), "date": "2026-02-12 14:05 +1100",
        "subject": "Harbourline feedback", "body": """Hey Callum!!

Just got off the phone with the client - unfortunately Harbourline have decided not to progress you to the next stage for the Assistant Project Manager job :( They loved your services background but felt the lack of tier 1 head contractor experience was a gap for this particular project.

Honestly don't be discouraged, I've got a couple of other builders I want to put you forward to, will call you tomorrow arvo!!

Jess Whitaker
Senior Consultant | Construction & Property
Keystone Search
M: 0412 555 019
"Keystone Search logo"
""",
    },
    {
        "kind": "rejection", "slug": "role_on_hold_council", "lang": "en", "company": "Merri Valley City Council", "contact": "amelia.chong@merrivalley.example.gov.au",
        "frm": ("Amelia Chong", "amelia.chong@merrivalley.example.gov.au"), "date": "2026-02-18 09:41 +1100",
        "subject": "Coordinator Building Assets - position update", "fmt": "alt", "skin": "outlook",
        "body": """Good morning Callum,

I'm writing to let you know that following an organisational review, the Coordinator Building Assets position has been put on hold and we will not be proceeding with the recruitment at this time.

I appreciate this is disappointing, particularly as you were shortlisted. If the role is re-advertised later in the year we would welcome a fresh application.

Kind regards,

Amelia Chong
People & Culture Business Partner
Merri Valley City Council
P: (03) 9555 0182 | 90 Civic Drive, Preston VIC

Merri Valley City Council acknowledges the Wurundjeri Woi-wurrung people as the Traditional Owners of the land.""",
    },
    {
        "kind": "rejection", "slug": "very_short_startup", "lang": "en", "company": "Ampere Loop", "contact": "noah@ampereloop.example.com",
        "frm": ("Noah Berg", "noah@ampereloop.example.com"), "date": "2026-02-24 17:22 +1100",
        "subject": "Following up", "body": """Callum - thanks for your time, but we won't be moving forward. Appreciate you chatting with us.

Noah""",
    },
    {
        "kind": "rejection", "slug": "british_shant_progress", "lang": "en", "company": "Brackenridge Hale", "contact": "olivia.marsh@brackenridgehale.example.co.uk",
        "frm": ("Olivia Marsh", "olivia.marsh@brackenridgehale.example.co.uk"), "date": "2026-03-02 10:55 +0000",
        "subject": "Re: your application", "cte": "quoted-printable",
        "body": """Dear Callum,

Thank you for your patience whilst we reviewed applications for the Senior MEP Project Manager vacancy in our London office.

Having given your CV careful thought alongside the brief, I'm afraid we shan't be progressing your application further. The partners felt that recent UK project experience was essential for this particular commission.

I do wish you every success in your search.

With best wishes,

Olivia Marsh
Resourcing Manager
Brackenridge Hale LLP
T +44 20 7946 0331

Brackenridge Hale LLP is a limited liability partnership registered in England and Wales (OC400123). This e-mail and any attachments are confidential.""",
    },
    {
        "kind": "rejection", "slug": "indian_english_revert", "lang": "en", "company": "Sarvottam Infra Projects", "contact": "hr.mumbai@sarvottaminfra.example.in",
        "frm": ("HR Sarvottam", "hr.mumbai@sarvottaminfra.example.in"), "date": "2026-03-05 13:20 +0530",
        "subject": "Regarding your candidature - Project Manager MEP (Dubai)",
        "body": """Dear Callum,

Greetings from Sarvottam Infra Projects.

With reference to your candidature for the post of Project Manager - MEP for our Dubai site, we regret to inform you that your profile has not been shortlisted for the further process as the requirement has been closed internally.

We shall keep your CV in our database for future requirements. Kindly do revert in case of any queries.

Thanks & Regards,
Meenakshi Iyer
Sr. Executive - HR
Sarvottam Infra Projects Pvt. Ltd.
Mob: +91 98200 55501""",
    },
    {
        "kind": "rejection", "slug": "after_panel_university", "lang": "en", "company": "Southbank Institute of Technology", "contact": "r.odonnell@sit.example.edu.au",
        "frm": ("Rachel O'Donnell", "r.odonnell@sit.example.edu.au"), "date": "2026-03-10 15:40 +1100",
        "subject": "Manager, Campus Infrastructure - interview outcome", "fmt": "alt", "skin": "outlook",
        "body": """Dear Callum,

Thank you for attending the panel interview for the Manager, Campus Infrastructure role last Thursday, and for the presentation on the decarbonisation roadmap.

The panel was impressed by your technical depth. However, after much deliberation we have offered the position to another candidate whose experience with capital works governance in the tertiary sector was a closer match.

I'm very happy to arrange a brief call if you'd like feedback.

Best regards,
Rachel O'Donnell
Senior Recruitment Advisor | People Services
Southbank Institute of Technology
T +61 7 3555 2218""",
    },
    {
        "kind": "rejection", "slug": "lever_position_filled", "lang": "en", "company": "Tidewater Ports", "contact": "",
        "frm": ("Tidewater Ports", "no-reply@hire.lever.co"), "date": "2026-03-16 08:03 +1100",
        "subject": "Tidewater Ports - Asset Engineer (Maintenance Planning)", "fmt": "html", "skin": "ats",
        "body": """Hi Callum,

We wanted to let you know that the Asset Engineer (Maintenance Planning) position has now been filled.

Thank you for your interest in Tidewater Ports, and we hope you'll keep an eye on our careers page for future openings.

All the best,
The Tidewater Ports team""",
    },
    {
        "kind": "rejection", "slug": "psychometric_stage_cut", "lang": "en", "company": "Redgum Resources", "contact": "",
        "frm": ("Redgum Resources Careers", "careers-noreply@redgumresources.example.com"), "date": "2026-03-19 12:00 +0800",
        "subject": "Redgum Resources: Maintenance Superintendent (FIFO) - application status",
        "fmt": "html", "skin": "ats", "cte": "base64",
        "body": """Dear Callum,

Thank you for completing the online assessments as part of your application for Maintenance Superintendent (FIFO - Pilbara).

Following review of your assessment results alongside your application, we will not be progressing your application any further in this recruitment process.

Due to the high number of applications, we are unable to provide individual feedback.

We thank you for your interest in a career with Redgum Resources.

Redgum Resources - Recruitment
Level 12, 250 St Georges Terrace, Perth WA 6000""",
    },
    {
        "kind": "rejection", "slug": "nz_council_naamihi", "lang": "en", "company": "Awarua District Council", "contact": "tania.reihana@awarua.example.govt.nz",
        "frm": ("Tania Reihana", "tania.reihana@awarua.example.govt.nz"), "date": "2026-03-25 14:18 +1300",
        "subject": "Property & Facilities Lead - application", "fmt": "alt", "skin": "outlook",
        "body": """Kia ora Callum,

Thanks heaps for your interest in the Property & Facilities Lead role and for the time you put into your application.

We've now completed shortlisting and I'm sorry to let you know you haven't been shortlisted for interview this time. We had a really strong field, with a number of applicants who have local government asset management plan experience.

Ngā mihi,

Tania Reihana
Kaitohutohu Pūmanawa Tangata | People Advisor
Awarua District Council
DDI 03 555 0174""",
    },
    {
        "kind": "rejection", "slug": "successfactors_odd_format", "lang": "en", "company": "Meridian Energy Partners", "contact": "",
        "frm": ("Meridian Energy Partners", "careers@successfactors.example.eu"), "date": "2026-04-01 03:14 +0000",
        "subject": "Meridian Energy Partners - Your Application", "fmt": "html", "skin": "ats", "cte": "quoted-printable", "charset": "windows-1252",
        "body": """Dear Callum Ng-Hargreaves ,

Thank you for applying for the position of  Senior Consultant – Net Zero Buildings  (Requisition ID: 21877).

We have now reviewed your application.We regret to advise that you have not been selected to move forward in the recruitment process for this position .

We appreciate your interest in Meridian Energy Partners and wish you every success.

Best regards ,
Meridian Energy Partners Recruiting

*** Please do not reply to this e-mail. This mailbox is not monitored. ***""",
    },
    {
        "kind": "rejection", "slug": "hospitality_hotel_blunt", "lang": "en", "company": "The Rialto Collection", "contact": "",
        "frm": ("The Rialto Collection", "jobs@applications.teamtailor-mail.com"), "date": "2026-04-07 10:10 +1000",
        "reply_to": ("", "noreply@applications.teamtailor-mail.com"),
        "subject": "Chief Engineer - The Rialto Brisbane", "fmt": "alt", "skin": "ats",
        "body": """Hi Callum,

Thanks for applying for Chief Engineer at The Rialto Brisbane.

Unfortunately you were not successful this time. We are looking for someone with hotel plant room experience and hotel-specific compliance (AS1851, Legionella management).

Best,
The Rialto Collection""",
    },
    {
        "kind": "rejection", "slug": "case_study_after_gm", "lang": "en", "company": "Northgate Health Partnerships", "contact": "hamish.reid@northgatehp.example.com.au",
        "frm": ("Hamish Reid", "hamish.reid@northgatehp.example.com.au"), "date": "2026-04-15 18:32 +1000",
        "subject": "RE: Case study and GM catch up", "cte": "quoted-printable",
        "body": """Callum,

Thanks for the case study and for your time with Sandra (our GM) on Monday. I'll be straight with you - we've decided to go with an internal candidate for the Asset Lifecycle Manager position. It was genuinely close and Sandra was complimentary about your PPP thinking.

Sorry it's not better news. Happy to be a referee-of-sorts for the interview itself if that helps anywhere else.

Regards
Hamish

Hamish Reid | Head of Asset Services
Northgate Health Partnerships
M 0400 555 287""",
        "quote": [("outlook", "Callum Ng-Hargreaves <callum.nh@example.com.au>", "Tuesday, 7 April 2026 4:11 PM",
                "Subject: Case study and GM catch up\n\nHi Hamish,\n\nPlease find attached my case study response. Looking forward to meeting Sandra on Monday.\n\nKind regards,\nCallum")],
    },
    {
        "kind": "rejection", "slug": "pageup_after_interview_super", "lang": "en", "company": "Southern Cross Super", "contact": "",
        "frm": ("Southern Cross Super Careers", "noreply@pageuppeople.example.com"), "date": "2026-04-22 16:45 +1000",
        "subject": "Application update: Property Operations Manager", "fmt": "html", "skin": "ats",
        "body": """Dear Callum,

Thank you for attending an interview for the position of Property Operations Manager with Southern Cross Super.

We appreciate the time you spent with the panel. On this occasion, we have decided to proceed with another applicant whose experience better meets the needs of the role.

We genuinely appreciate your interest in Southern Cross Super and encourage you to keep an eye on our careers site.

Regards,
The Recruitment Team
Southern Cross Super""",
    },
    {
        "kind": "rejection", "slug": "chilean_owned_english", "lang": "en", "company": "Andesur Energía", "contact": "p.valdivia@andesur.example.cl",
        "frm": ("Paula Valdivia", "p.valdivia@andesur.example.cl"), "date": "2026-05-04 11:30 -0400",
        "subject": "Hybrid Solar Project Engineer - Australia", "cte": "quoted-printable",
        "body": """Dear Callum,

Thanks a lot for your interest and for the video interview with our team in Santiago last week.

We have finally decided to continue the process with other candidates with more experience in utility-scale solar EPC, which is very critical for our first project in Queensland. Sorry for the news.

We really hope to cross paths again in the future.

Best regards,

Paula Valdivia
Gerente de Personas | People Manager
Andesur Energía SpA
Av. Apoquindo 3000, Las Condes, Santiago""",
    },
    {
        "kind": "rejection", "slug": "ashby_role_cancelled", "lang": "en", "company": "Fernleaf Robotics", "contact": "",
        "frm": ("Fernleaf Robotics", "no-reply@ashbyhq.com"), "date": "2026-05-11 09:00 +1200",
        "subject": "Your application at Fernleaf Robotics", "fmt": "alt", "skin": "ats",
        "body": """Hi Callum,

We're writing to let you know that we've decided not to fill the Facilities & Lab Operations Lead role after all, following a change in our hiring plans for 2026. As a result, we're closing all applications for this position.

We're sorry we couldn't take things further, and we really appreciate the time you gave us.

- Fernleaf Robotics""",
    },
    {
        "kind": "rejection", "slug": "exec_search_long_thread", "lang": "en", "company": "Halcyon Airports", "contact": "g.thorne@thornepartners.example.com",
        "frm": ("Georgina Thorne", "g.thorne@thornepartners.example.com"), "date": "2026-06-02 17:05 +1000",
        "subject": "Re: Halcyon Airports - GM Infrastructure Delivery", "fmt": "alt", "skin": "gmail",
        "body": """Hi Callum

I wanted to call but you've been in back-to-backs so email it is. Halcyon have completed the second round and won't be taking you through to the board interview. Their feedback: strong on engineering and sustainability, less depth in aviation-specific capital programs than the two finalists.

I know this one mattered to you. Let's talk next week about the Singapore brief I mentioned.

Best
Georgina

Georgina Thorne
Partner | Thorne Partners
+61 2 5550 8812""",
        "quote": [
            ("gmail", "Callum Ng-Hargreaves <callum.nh@example.com.au>", "Mon, 25 May 2026 at 21:02",
             "Thanks Georgina, the session with the CFO went well I think. Let me know if they need anything else."),
            ("gmail", "Georgina Thorne <g.thorne@thornepartners.example.com>", "Fri, 22 May 2026 at 12:40",
             "Callum, confirming your second round with Halcyon on Monday 25th at 2pm, Level 3 terminal admin building. Bring ID for airside access."),
        ],
    },
    {
        "kind": "rejection", "slug": "retail_jobadder_short", "lang": "en", "company": "Bramble & Co", "contact": "",
        "frm": ("Bramble & Co", "bramble-co@jobadder.example.com"), "date": "2026-06-16 10:24 +1000",
        "subject": "Update", "body": """Hi Callum,

Thank you for applying for the National Store Maintenance Coordinator role. We have reviewed your application and unfortunately it has not progressed.

Regards
Bramble & Co Store Support Centre""",
    },
    {
        "kind": "rejection", "slug": "singapore_regret_after_technical", "lang": "en", "company": "Lionsgate Facility Services", "contact": "weiling.tan@lionsgatefs.example.sg",
        "frm": ("Tan Wei Ling", "weiling.tan@lionsgatefs.example.sg"), "date": "2026-07-08 18:12 +0800",
        "subject": "Technical interview - Senior M&E Engineer",
        "body": """Hi Callum,

Thank you for taking the technical interview with Mr Lim on Monday.

Regret to inform that the management has decided not to proceed further with your application, as the role requires a Singapore PE registration which is mandatory for the project. Hope you understand.

Thank you and all the best.

Regards,
Tan Wei Ling
HR Executive
Lionsgate Facility Services Pte Ltd
Tel: +65 6555 0192""",
    },
    {
        "kind": "rejection", "slug": "fr_cabinet_formal", "lang": "fr", "company": "Ingéval", "contact": "recrutement@ingeval.example.fr",
        "frm": ("Claire Fontaine", "recrutement@ingeval.example.fr"), "date": "2026-02-26 10:02 +0100",
        "subject": "Votre candidature - Chef de projet CVC (Lyon)", "cte": "quoted-printable", "charset": "iso-8859-1",
        "body": """Monsieur,

Nous avons bien reçu votre candidature au poste de Chef de projet CVC basé à Lyon et vous remercions de l'intérêt que vous portez à notre bureau d'études.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable, d'autres profils correspondant davantage à nos attentes actuelles.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Claire Fontaine
Chargée de recrutement
Ingéval SAS - 12 quai Perrache, 69002 Lyon""",
    },
    {
        "kind": "rejection", "slug": "fr_noumea_apres_entretien", "lang": "fr", "company": "Calédonie Énergies Nouvelles", "contact": "m.wamytan@cen.example.nc",
        "frm": ("Marc Wamytan", "m.wamytan@cen.example.nc"), "date": "2026-05-20 08:15 +1100",
        "subject": "Suite à notre entretien", "fmt": "alt", "skin": "gmail",
        "body": """Bonjour Callum,

Merci encore pour l'entretien de jeudi, c'était un vrai plaisir d'échanger avec toi sur le projet de la centrale de Ducos.

Je vais être franc : on a décidé de retenir un autre candidat, qui parle couramment français au quotidien et connaît déjà la réglementation locale. Ce n'est pas une question de compétences techniques.

Je te souhaite bonne continuation, et n'hésite pas si tu repasses par Nouméa.

Marc
Directeur technique - Calédonie Énergies Nouvelles""",
    },
    {
        "kind": "rejection", "slug": "fr_poste_annule", "lang": "fr", "company": "Groupe Altéa Immobilier", "contact": "",
        "frm": ("Groupe Altéa Immobilier", "ne-pas-repondre@altea-recrutement.example.fr"), "date": "2026-08-04 14:00 +0200",
        "subject": "Information concernant votre candidature", "fmt": "html", "skin": "ats", "enc_subject": True,
        "body": """Bonjour Callum,

Nous vous remercions pour votre candidature au poste de Responsable Maintenance Multi-sites.

Nous vous informons que ce recrutement a été suspendu suite à une réorganisation interne. Nous ne sommes donc pas en mesure de poursuivre le processus avec vous.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Groupe Altéa Immobilier""",
    },
    {
        "kind": "rejection", "slug": "es_chile_minera", "lang": "es", "company": "Minera Cordillera Blanca", "contact": "",
        "frm": ("Minera Cordillera Blanca", "no-responder@mcb-empleos.example.cl"), "date": "2026-03-30 12:44 -0300",
        "subject": "Resultado de tu postulación", "fmt": "alt", "skin": "ats", "cte": "base64",
        "body": """Estimado Callum:

Agradecemos tu interés en formar parte de Minera Cordillera Blanca y el tiempo dedicado a postular al cargo de Ingeniero de Confiabilidad Senior.

Luego de revisar cuidadosamente los antecedentes, te informamos que en esta oportunidad no continuarás en el proceso de selección.

Te invitamos a seguir atento a nuestras próximas ofertas.

Saludos cordiales,
Gerencia de Personas
Minera Cordillera Blanca""",
    },
    {
        "kind": "rejection", "slug": "es_madrid_tras_entrevista", "lang": "es", "company": "Ibérica de Instalaciones", "contact": "lucia.serrano@ibericainst.example.es",
        "frm": ("Lucía Serrano", "lucia.serrano@ibericainst.example.es"), "date": "2026-06-10 13:05 +0200",
        "subject": "RE: Entrevista Jefe de Obra Instalaciones", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Hola Callum,

Gracias por tu tiempo en la entrevista del martes. Te escribo para comentarte que finalmente hemos optado por otro candidato cuyo perfil se ajusta más a lo que buscamos para la obra de Valdebebas.

Ha sido un placer conocerte y te deseo mucha suerte.

Un saludo,

Lucía Serrano
Técnico de Selección
Ibérica de Instalaciones S.L.
Tel. 91 555 28 40""",
        "quote": [("es", "Callum Ng-Hargreaves (<callum.nh@example.com.au>)", "mar, 2 jun 2026 a las 18:20",
                "Hola Lucía,\n\nMuchas gracias por la entrevista de hoy. Quedo a vuestra disposición.\n\nSaludos,\nCallum")],
    },
    {
        "kind": "rejection", "slug": "es_plaza_cubierta", "lang": "es", "company": "Consultora Verdemar", "contact": "talento@verdemar.example.es",
        "frm": ("Verdemar Talento", "talento@verdemar.example.es"), "date": "2026-09-01 09:30 +0200",
        "subject": "Vacante Consultor/a Descarbonización", "body": """Buenos días Callum,

Te escribimos para informarte de que la vacante de Consultor/a de Descarbonización ya ha sido cubierta. Lamentamos no poder avanzar contigo en esta ocasión.

Gracias por tu interés en Verdemar.

Atentamente,
Equipo de Talento
Consultora Verdemar""",
    },
    {
        "kind": "rejection", "slug": "de_absage_formell", "lang": "de", "company": "Rheinhold Gebäudetechnik", "contact": "",
        "frm": ("Rheinhold Gebäudetechnik Karriere", "karriere-noreply@rheinhold-gt.example.de"), "date": "2026-04-28 15:20 +0200",
        "subject": "Ihre Bewerbung als Projektleiter TGA (m/w/d)", "cte": "quoted-printable", "charset": "iso-8859-1", "enc_subject": True,
        "body": """Sehr geehrter Herr Ng-Hargreaves,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinhold Gebäudetechnik GmbH""",
    },
    {
        "kind": "rejection", "slug": "de_zurich_nach_interview", "lang": "de", "company": "Alpbau Infrastruktur", "contact": "s.brunner@alpbau.example.ch",
        "frm": ("Sandra Brunner", "s.brunner@alpbau.example.ch"), "date": "2026-07-21 11:48 +0200",
        "subject": "Rückmeldung zum Gespräch", "fmt": "alt", "skin": "outlook",
        "body": """Hallo Herr Ng-Hargreaves

Nochmals herzlichen Dank für das angenehme Videogespräch letzte Woche.

Wir haben uns nach reiflicher Überlegung für eine Kandidatin entschieden, die bereits Erfahrung mit SIA-Normen und Schweizer Bauherrenvertretung mitbringt. Ich bedaure, Ihnen keinen positiveren Bescheid geben zu können.

Freundliche Grüsse

Sandra Brunner
HR Business Partner
Alpbau Infrastruktur AG
Hardturmstrasse 101, 8005 Zürich""",
    },
    {
        "kind": "rejection", "slug": "de_wien_stelle_besetzt", "lang": "de", "company": "Donauwerk Facility", "contact": "bewerbung@donauwerk.example.at",
        "frm": ("Donauwerk Facility", "bewerbung@donauwerk.example.at"), "date": "2026-09-15 08:40 +0200",
        "subject": "AW: Bewerbung Technischer Objektmanager", "charset": "windows-1252", "cte": "8bit",
        "body": """Sehr geehrter Herr Ng-Hargreaves,

danke für Ihre Nachricht. Die Stelle als Technischer Objektmanager ist inzwischen leider bereits besetzt, daher können wir Ihre Bewerbung nicht weiter berücksichtigen.

Alles Gute für Ihre weitere Suche!

Beste Grüße
Mag. Katharina Leitner
Personalabteilung – Donauwerk Facility GmbH""",
        "quote": [("de", "Callum Ng-Hargreaves <callum.nh@example.com.au>", "12.09.2026 um 22:14",
                "Sehr geehrte Damen und Herren,\n\nich wollte mich nach dem Stand meiner Bewerbung erkundigen.\n\nMit freundlichen Grüßen\nCallum Ng-Hargreaves")],
    },
]
