"""Rejections for the 84th corpus (data only; make_eightyfourth.py writes the .eml files)."""

MESSAGES = [
    {"kind": "rejection", "slug": "workday_soft_bank", "lang": "en",
         "frm": "Harrowgate Building Society <harrowgate@myworkday.com>",
         "subj": "Your application for Finance Business Partner (REQ-20431)",
         "fmt": "alt", "company": "Harrowgate Building Society", "contact": "",
         "body": """Dear Fergus,

Thank you for your interest in the Finance Business Partner role at Harrowgate Building Society and for the time you invested in your application.

After careful consideration, we have decided to pursue other candidates whose background more closely aligns with the requirements of the role at this time.

We will retain your details and may contact you should a suitable vacancy arise in future.

Kind regards,
Resourcing Team
Harrowgate Building Society

This is an automated message, please do not reply to this email. Harrowgate Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered in England No. 1042.
"""},
    {"kind": "rejection", "slug": "terse_mobile_fintech", "lang": "en",
         "frm": "Dan Okafor <dan@ledgerline.example.com>",
         "subj": "Re: FP&A role",
         "company": "Ledgerline",
         "quote": ("gmail", "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>", "Mon, 9 Feb 2026 at 10:02",
                "Hi Dan, just checking in on the FP&A role - any news after Thursday?\nThanks, Fergus"),
         "body": """Hi Fergus - sorry for slow reply. we've gone with someone with more SaaS metrics exp. Thanks for your time, genuinely enjoyed chatting

Dan

Sent from my iPhone
"""},
    {"kind": "rejection", "slug": "greenhouse_after_panel", "lang": "en",
         "frm": "Copperline Money <no-reply@us.greenhouse-mail.io>",
         "reply_to": "Leah Markovic <leah.markovic@copperline.example.com>",
         "subj": "Update on your Copperline Money application",
         "fmt": "html", "company": "Copperline Money", "contact": "leah.markovic@copperline.example.com",
         "body": """Hi Fergus,

Thank you so much for taking the time to meet with the panel last week and for walking us through your reforecasting case. It was a genuinely close call.

Unfortunately, we won't be moving forward with your candidacy for the Senior FP&A Analyst position. The team felt another candidate's treasury experience was a stronger match for where we are right now.

If you'd like a bit more feedback, just reply to this email and I'll set up 15 minutes.

All the best,
Leah Markovic
Talent Partner, Copperline Money
"""},
    {"kind": "rejection", "slug": "british_shant_progress", "lang": "en",
         "frm": "Eleanor Pryce <e.pryce@caldervale-ha.example.org>",
         "subj": "Application - Management Accountant (Ref CV/2026/118)",
         "fmt": "cp1252", "company": "Calder Vale Homes",
         "body": """Dear Mr Adeyemi-Walsh,

Thank you for attending the competency-based interview on 14 April for the post of Management Accountant.

I regret to inform you that on this occasion we shan’t be progressing your application further. The panel were impressed with your knowledge of service charge accounting but felt that other candidates demonstrated more direct experience of housing association year-end.

I am sorry to be the bearer of disappointing news and wish you every success.

Yours sincerely,

Eleanor Pryce
Head of Finance
Calder Vale Homes – part of the Calder Vale Group
Tel: 01422 555 0193

Calder Vale Homes Limited is a registered society under the Co-operative and Community Benefit Societies Act 2014. This e-mail and any attachments are confidential.
"""},
    {"kind": "rejection", "slug": "indian_english_agency", "lang": "en",
         "frm": "Rohit Menon <rohit@kestrelsearch.example.net>",
         "subj": "Feedback - Treasury Analyst, Mumbai/London hybrid",
         "company": "Varuna Capital",
         "body": """Dear Fergus,

Hope you are doing well.

I have received the feedback from Varuna Capital for the Treasury Analyst position. Regret to inform you that the client has decided not to proceed with your profile as they are looking for a candidate with hands-on Kyriba implementation experience.

Kindly do not be disheartened, I will keep your CV on our records and do revert in case any suitable opening comes up.

Thanks & Regards,
Rohit Menon
Senior Consultant | Kestrel Search
M: +44 7700 900412
"""},
    {"kind": "rejection", "slug": "position_filled_nhs", "lang": "en",
         "frm": "NHS Jobs <noreply@jobs.nhs.example.uk>",
         "subj": "Outcome of your application: Finance Manager - Costing (Band 7)",
         "fmt": "qp", "company": "Lothian Valley NHS Trust", "contact": "",
         "body": """Dear Fergus Adeyemi-Walsh

Job reference: 285-FIN-7734
Job title: Finance Manager - Costing
Employer: Lothian Valley NHS Trust

Thank you for your application for the above post. Unfortunately on this occasion you have not been shortlisted for interview.

The number of applications received was very high and the shortlisting panel had to make difficult decisions.

We would like to thank you for your interest in working for Lothian Valley NHS Trust.

This is an automatically generated email. Replies to this address are not monitored.
"""},
    {"kind": "rejection", "slug": "role_on_hold", "lang": "en",
         "frm": "Siobhan Geraghty <siobhan.geraghty@brightwater-energy.example.ie>",
         "subj": "Update",
         "company": "Brightwater Energy",
         "body": """Hi Fergus,

Just wanted to let you know where things are. The ESG Reporting Lead role has been put on hold following our restructure announcement last week and, realistically, we will not be proceeding with the hire this year.

I'm really sorry - you were one of the two people we wanted to bring back for the final stage. I'll be in touch if it reopens, but I wouldn't want you to wait on us.

Thanks a mil for your patience with all of this.

Siobhan
Siobhan Geraghty | Group Financial Controller
Brightwater Energy DAC, Cork
+353 21 555 0184
"""},
    {"kind": "rejection", "slug": "very_short", "lang": "en",
         "frm": "Matt Hollis <matt.hollis@fernbrook.example.com>",
         "subj": "Re: Interim Finance Manager",
         "company": "Fernbrook",
         "quote": ("outlook", "Fergus Adeyemi-Walsh", "12 March 2026 16:40",
                "Hello Matt,\n\nThanks again for the call. Attached is the Excel test as discussed.\n\nBest,\nFergus"),
         "body": """Thanks for your time, but we won't be moving forward.

Matt
"""},
    {"kind": "rejection", "slug": "after_takehome_case", "lang": "en",
         "frm": "Cobalt Grove Consulting <recruiting@cobaltgrove.example.com>",
         "reply_to": "Hannah Liddell <hannah.liddell@cobaltgrove.example.com>",
         "subj": "Your case study - Finance Transformation Consultant",
         "fmt": "alt", "company": "Cobalt Grove Consulting", "contact": "hannah.liddell@cobaltgrove.example.com",
         "body": """Dear Fergus,

Many thanks for completing the case study and presenting it to Tom and Aisha on Tuesday. We appreciate the effort that went into it.

Having reviewed all submissions, we have concluded that we will not be taking your application to the partner interview stage. The reviewers felt the process-mapping section was strong, but the business case lacked the quantified benefits we look for at Consultant level.

We know this is not the news you were hoping for. You are welcome to apply again after six months.

With best wishes,
Hannah Liddell
Recruitment Lead, Cobalt Grove Consulting
20 Finsbury Row, London EC2A 4XX
"""},
    {"kind": "rejection", "slug": "lever_template_us", "lang": "en",
         "frm": "Tallyhouse <no-reply@hire.lever.co>",
         "subj": "Tallyhouse | Senior Financial Analyst",
         "fmt": "html", "company": "Tallyhouse", "contact": "",
         "body": """Hi Fergus,

Thanks for applying to the Senior Financial Analyst role (New York, NY) at Tallyhouse. We've reviewed your background and, while it's impressive, we've decided to move forward with other applicants at this time.

We'll hang onto your resume and may reach out if something opens up that's a closer fit.

Best,
The Tallyhouse Team
"""},
    {"kind": "rejection", "slug": "civil_service_sift", "lang": "en",
         "frm": "Civil Service Jobs <noreply@csjobs.example.gov.uk>",
         "subj": "Vacancy 412377 - Senior Finance Business Partner - application update",
         "fmt": "plain", "company": "Department for Regional Infrastructure", "contact": "",
         "body": """Dear Fergus Adeyemi-Walsh,

Vacancy Reference: 412377
Vacancy Title: Senior Finance Business Partner (SEO)
Department: Department for Regional Infrastructure

Thank you for applying for the above vacancy.

We are sorry to tell you that your application has been unsuccessful at the sift stage. Your application was assessed against the behaviours and experience detailed in the advert.

Sift score - Experience (statement): 3
Sift score - Behaviour: Delivering at Pace: 3
Pass mark: 4 in each element

Please log in to your account to view any feedback provided.

Kind regards,
DRI Recruitment Team
Please do not reply to this email as this mailbox is not monitored.
"""},
    {"kind": "rejection", "slug": "successfactors_odd_format", "lang": "en",
         "frm": "Meridian Foods Careers <careers-noreply@successfactors.eu>",
         "subj": "Meridian Foods: Status Update on Job Req #33871",
         "fmt": "latin1", "company": "Meridian Foods", "contact": "",
         "body": """Dear  Fergus ,

Thank you for your interest in the position  Commercial Finance Analyst - Leeds  (Req # 33871).

We have now completed our review of applications. We regret that we are unable to offer you an interview on this occasion.

   We thank you for your interest in Meridian Foods plc and wish you success in your job search.

Sincerely,

Meridian Foods Talent Acquisition
---------------------------------------------
© 2026 Meridian Foods plc · Registered office: Aire Street, Leeds LS1 4XX
"""},
    {"kind": "rejection", "slug": "australian_after_interview", "lang": "en",
         "frm": "Bec Tran <bec.tran@southerlypartners.example.com.au>",
         "subj": "Re: Financial Controller - Sydney",
         "company": "Southerly Partners",
         "quote": ("gmail", "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>", "Wed, 20 May 2026 at 08:15",
                "Hi Bec,\n\nThanks for the video interview yesterday, I really enjoyed meeting Craig.\n\nBest,\nFergus"),
         "body": """Hi Fergus,

Thanks heaps for your time with Craig and me. I'll be straight with you - we've decided not to progress your application, mainly because the sponsorship timeline (482 visa) wouldn't line up with when we need someone in the seat.

No reflection on you at all, reckon you'd do well over here. Best of luck with it.

Cheers,
Bec
Bec Tran | People & Culture | Southerly Partners
Level 12, 88 Pitt St, Sydney NSW 2000
"""},
    {"kind": "rejection", "slug": "korean_owned_en", "lang": "en",
         "frm": "Ji-ho Park <jiho.park@hanbit-ev.example.com>",
         "subj": "Regarding your application to Hanbit Mobility Europe",
         "company": "Hanbit Mobility Europe",
         "body": """Dear Mr. Fergus Adeyemi-Walsh,

Greetings from Hanbit Mobility Europe.

We sincerely appreciate your interest in the Internal Audit Specialist position at our Frankfurt office and the time you spent on the online assessment.

We regret to inform you that, after careful review by the hiring department, you have not been selected for the next step. This decision was very difficult due to many excellent candidates.

We wish you good health and success in your future career.

Best regards,
Ji-ho Park
HR Team Manager
Hanbit Mobility Europe GmbH
Mainzer Landstraße 51, 60329 Frankfurt am Main
"""},
    {"kind": "rejection", "slug": "south_african_reply_chain", "lang": "en",
         "frm": "Thandi Mokoena <thandi.mokoena@karoo-assurance.example.co.za>",
         "subj": "RE: Internal Audit Manager - London branch",
         "company": "Karoo Assurance",
         "quote": ("outlook", "Thandi Mokoena", "08 June 2026 09:12",
                "Hi Fergus\n\nThank you for the references. I will come back to you once the panel has met.\n\nKind regards\nThandi"),
         "body": """Hi Fergus

Trust you are well.

Apologies for the delay in getting back to you. The panel met on Friday and unfortunately we have decided to move forward with a candidate who has more exposure to IFRS 17 audits. I know you put a lot into the process and we truly appreciated it.

I will keep you in mind for the reinsurance team later in the year.

Kind regards
Thandi Mokoena
Talent Acquisition Specialist
Karoo Assurance Limited | UK Branch
T: +27 21 555 0110 | M: +27 82 555 0145

Disclaimer: This message is intended solely for the addressee. Karoo Assurance is an authorised financial services provider (FSP 1234).
"""},
    {"kind": "rejection", "slug": "university_after_panel", "lang": "en",
         "frm": "Dr Alasdair Cowie <a.cowie@strathmore-uni.example.ac.uk>",
         "subj": "Post of Finance Business Partner (Research) - outcome",
         "fmt": "qp", "company": "University of Strathmore",
         "body": """Dear Fergus,

Thank you for coming in to meet the panel on Thursday and for your presentation on full economic costing. We enjoyed the discussion.

I'm afraid I have to let you know that you have not been successful on this occasion. The appointed candidate has considerable experience of UKRI grant reporting, which proved decisive.

If feedback would be helpful, I'd be glad to arrange a short call.

Best wishes,
Alasdair

Dr Alasdair Cowie
Director of Finance
University of Strathmore
The University of Strathmore is a charity registered in Scotland, No SC000000.
"""},
    {"kind": "rejection", "slug": "norwegian_owned_en", "lang": "en",
         "frm": "Ingrid Solberg <ingrid.solberg@fjordkraft-trading.example.no>",
         "subj": "Treasury Analyst, London",
         "company": "Nordhavn Energy Trading",
         "body": """Hello Fergus,

Thank you for your interest and for the conversation with me and Lars last week.

We have now decided to continue the process with other candidates. It was not an easy choice - we simply had applicants with more hands-on experience of commodity hedging.

I wish you all the best in your search.

Best regards
Ingrid Solberg
Head of Treasury
Nordhavn Energy Trading AS
"""},
    # German
    {"kind": "rejection", "slug": "de_formell_absage", "lang": "de",
         "frm": "Rheinmark Versicherung AG <bewerbung@rheinmark-versicherung.example.de>",
         "subj": "Ihre Bewerbung als Controller (m/w/d) – Kennziffer 2026-0417",
         "fmt": "latin1", "company": "Rheinmark Versicherung", "contact": "",
         "body": """Sehr geehrter Herr Adeyemi-Walsh,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern beruht auf dem Vergleich mit dem Anforderungsprofil der Stelle.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Rheinmark Versicherung AG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Vorstand: Dr. K. Weber (Vors.), M. Brandt | Sitz: Köln | Amtsgericht Köln HRB 00000
"""},
    {"kind": "rejection", "slug": "de_nach_gespraech", "lang": "de",
         "frm": "Katrin Hofmeister <k.hofmeister@elbtal-leasing.example.de>",
         "subj": "AW: Gespräch am Dienstag",
         "company": "Elbtal Leasing",
         "quote": ("de", "Fergus Adeyemi-Walsh", "Mi., 15. Apr. 2026 um 18:20",
                "Liebe Frau Hofmeister,\n\nvielen Dank nochmals für das angenehme Gespräch.\n\nViele Grüße\nFergus Adeyemi-Walsh"),
         "body": """Hallo Herr Adeyemi-Walsh,

danke für das offene Gespräch am Dienstag. Wir haben uns intern lange beraten und uns am Ende für eine Kandidatin entschieden, die bereits Erfahrung mit der Konzernberichterstattung nach HGB mitbringt.

Ich hätte Ihnen gern etwas anderes geschrieben. Alles Gute und viel Erfolg bei der Suche!

Beste Grüße
Katrin Hofmeister
Leitung Finanzen | Elbtal Leasing GmbH
Tel. +49 351 555 0177
"""},
    {"kind": "rejection", "slug": "de_stelle_gestrichen", "lang": "de",
         "frm": "Personio <noreply@mail.personio.de>",
         "reply_to": "Jonas Wirth <jonas.wirth@tresorio.example.de>",
         "subj": "Update zu deiner Bewerbung bei Tresorio",
         "fmt": "html", "company": "Tresorio", "contact": "jonas.wirth@tresorio.example.de",
         "body": """Hi Fergus,

leider müssen wir dir mitteilen, dass wir die Position „Treasury Manager (remote)“ aufgrund einer geänderten Budgetplanung nicht besetzen werden. Der Prozess ist damit für alle Bewerber:innen beendet.

Das tut uns wirklich leid, zumal du im Case sehr gut abgeschnitten hast. Wenn du magst, halten wir dich für künftige Rollen im Finanzteam auf dem Schirm.

Viele Grüße
Jonas von Tresorio
"""},
    {"kind": "rejection", "slug": "de_kurz_agentur", "lang": "de",
         "frm": "Marco Lenz <lenz@kaiserberg-consulting.example.de>",
         "subj": "Feedback Kunde",
         "company": "Hanseatische Wohnbau",
         "body": """Hallo Fergus,

kurzes Feedback vom Kunden (Hanseatische Wohnbau): die haben sich leider gegen dich entschieden, Hauptgrund ist fehlende Erfahrung mit SAP S/4. Sorry!

Ich melde mich, sobald ich was Passendes habe.

VG Marco

--
Marco Lenz | Senior Consultant Finance
Kaiserberg Consulting GmbH | Düsseldorf
"""},
    {"kind": "rejection", "slug": "de_workday_absage", "lang": "de",
         "frm": "Volkmar Energie <volkmarenergie@myworkday.com>",
         "subj": "Ihre Bewerbung bei Volkmar Energie",
         "fmt": "b64", "company": "Volkmar Energie", "contact": "",
         "body": """Guten Tag Fergus Adeyemi-Walsh,

wir bedanken uns für Ihr Interesse an der Position ESG Reporting Specialist (R-10552).

Leider haben wir uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen. Aufgrund der Vielzahl an Bewerbungen können wir Ihnen kein individuelles Feedback geben.

Wir würden uns freuen, Sie bei einer künftigen Ausschreibung wieder als Bewerber begrüßen zu dürfen.

Freundliche Grüße
Ihr Talent Acquisition Team der Volkmar Energie SE
"""},
    # French
    {"kind": "rejection", "slug": "fr_formel_assurance", "lang": "fr",
         "frm": "Groupe Hélios Prévoyance <recrutement@helios-prevoyance.example.fr>",
         "subj": "Votre candidature – Contrôleur de gestion H/F (réf. 26-118)",
         "fmt": "latin1", "company": "Hélios Prévoyance", "contact": "",
         "body": """Monsieur,

Nous avons bien reçu votre candidature au poste de Contrôleur de gestion et nous vous remercions de l'intérêt que vous portez à notre groupe.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Nous conservons néanmoins votre candidature dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Hélios Prévoyance – Groupe mutualiste
"""},
    {"kind": "rejection", "slug": "fr_apres_entretien", "lang": "fr",
         "frm": "Camille Roussel <camille.roussel@atelier-lumen.example.fr>",
         "subj": "Re: Entretien Finance Business Partner",
         "company": "Atelier Lumen",
         "quote": ("fr", "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>", "lun. 22 juin 2026 à 09:41",
                "Bonjour Camille,\n\nMerci encore pour l'entretien de vendredi.\n\nBien à vous,\nFergus"),
         "body": """Bonjour Fergus,

Merci pour ton message et encore merci pour le temps passé avec nous vendredi.

Après discussion avec le DAF, nous avons décidé de poursuivre avec un autre candidat dont le profil correspond davantage à nos besoins immédiats sur la partie retail. La décision a été serrée.

Je te souhaite vraiment le meilleur pour la suite.

Camille
Camille Roussel – Talent Acquisition
Atelier Lumen · Paris 11e
"""},
    {"kind": "rejection", "slug": "fr_poste_pourvu", "lang": "fr",
         "frm": "Welcome to the Jungle <no-reply@welcometothejungle.example.com>",
         "subj": "Maison Vernet : retour sur votre candidature",
         "fmt": "html", "company": "Maison Vernet", "contact": "",
         "body": """Bonjour Fergus,

L'équipe de Maison Vernet a consulté votre candidature pour le poste Analyste FP&A (CDI – Paris).

Malheureusement, le poste a été pourvu et l'entreprise ne donnera pas suite à votre candidature.

Ne vous découragez pas ! Des centaines d'offres vous attendent sur Welcome to the Jungle.

À bientôt,
L'équipe Welcome to the Jungle
"""},
    # Spanish
    {"kind": "rejection", "slug": "es_formal_banco", "lang": "es",
         "frm": "Banco Castellana Talento <talento@bancocastellana.example.es>",
         "subj": "Proceso de selección: Analista de Tesorería (Madrid)",
         "fmt": "cp1252", "company": "Banco Castellana", "contact": "",
         "body": """Estimado Fergus:

Le agradecemos sinceramente su interés en formar parte de Banco Castellana y el tiempo dedicado a nuestro proceso de selección.

Lamentamos comunicarle que, en esta ocasión, su candidatura no ha sido seleccionada para continuar en el proceso. Hemos optado por perfiles cuya experiencia se ajusta más a las necesidades actuales de la posición.

Conservaremos sus datos para futuras oportunidades, salvo que nos indique lo contrario.

Reciba un cordial saludo,

Dirección de Personas y Talento
Banco Castellana, S.A.
Este mensaje es confidencial. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
"""},
    {"kind": "rejection", "slug": "es_informal_startup", "lang": "es",
         "frm": "Lucía Ferrer <lucia@cuadrafin.example.com>",
         "subj": "Re: Finance Ops en Cuadra",
         "company": "Cuadra",
         "quote": ("es", "Fergus Adeyemi-Walsh <fergus.aw@example.co.uk>", "mar, 7 jul 2026 a las 11:03",
                "Hola Lucía,\n\n¿Hay novedades sobre el puesto?\n\nUn saludo,\nFergus"),
         "body": """Hola Fergus!

Perdona la tardanza. Al final hemos decidido seguir con otra persona que ya tenía experiencia en startups de pagos, así que no vamos a avanzar con tu candidatura.

Muchas gracias por el caso práctico, de verdad que estaba muy bien trabajado. Mucha suerte!!

Un abrazo,
Lucía
Head of Finance @ Cuadra
"""},
    {"kind": "rejection", "slug": "es_puesto_cancelado", "lang": "es",
         "frm": "Javier Ortega <jortega@grupoalbora.example.es>",
         "subj": "Actualización",
         "company": "Grupo Albora",
         "body": """Buenos días Fergus,

Te escribo para informarte de que la vacante de Auditor Interno Senior ha quedado cancelada tras la reorganización del área financiera, por lo que no continuaremos con el proceso.

Siento mucho no poder darte mejores noticias, especialmente después de la entrevista con el comité.

Saludos cordiales,

Javier Ortega Ruiz
Responsable de Selección
Grupo Albora | Paseo de la Castellana 95, Madrid
Tel. +34 91 555 0123
"""},
    {"kind": "rejection", "slug": "smartrecruiters_generic", "lang": "en",
         "frm": "Orchard & Vale <mail@smartrecruiters.com>",
         "subj": "Your application to Orchard & Vale",
         "fmt": "alt", "company": "Orchard & Vale", "contact": "",
         "body": """Dear Fergus,

Thank you for taking the time to apply for the Finance Transformation Manager position with Orchard & Vale.

We received a large number of applications. Having reviewed your experience against the role requirements, we regret that your application will not be progressing any further.

We encourage you to keep an eye on our careers site for future opportunities.

Best regards,
Orchard & Vale Recruitment

Powered by SmartRecruiters. You are receiving this email because you applied for a job.
"""},
    {"kind": "rejection", "slug": "jobvite_after_references", "lang": "en",
         "frm": "Calloway Pension Trustees <notifications@jobvite.example.com>",
         "reply_to": "Deborah Fenwick <deborah.fenwick@calloway-pensions.example.co.uk>",
         "subj": "Re: your application",
         "fmt": "alt", "company": "Calloway Pension Trustees", "contact": "deborah.fenwick@calloway-pensions.example.co.uk",
         "body": """Dear Fergus

Thank you for your patience while we completed the final stage of the process for the Pensions Finance Manager role, and for putting us in touch with your referees so promptly.

The decision was a very close one, but on this occasion the panel has decided to offer the role to another candidate. I appreciate this will be disappointing after reaching the final two.

If you would find it helpful, I would be happy to share the panel's feedback by phone.

Kind regards

Deborah Fenwick
HR Manager
Calloway Pension Trustees Limited
"""},
]
