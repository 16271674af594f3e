"""Rejections for the seventy-fifth corpus (30 messages: 16 en, 5 es, 5 fr, 4 de)."""

from __future__ import annotations

from functools import partial

from msgs75_lib import M

R = partial(M, "rejection")

MESSAGES = [
    R("workday_pharma_soft", "en", "Kestrel Biologics", "",
      "Kestrel Biologics <kestrelbio@myworkday.com>", "Your application for Demand Planner (R-10442)",
      "2026-01-19 14:02 IE",
      """Dear Aoife,

Thank you for your interest in the Demand Planner position (R-10442) at our Ringaskiddy site, and for the time you put into your application.

After careful review, we have decided to pursue other candidates whose background more closely aligns with the requirements of this role.

We encourage you to continue to explore opportunities with Kestrel Biologics by visiting our careers site and creating a job alert.

We wish you every success in your search.

Kind regards,
Talent Acquisition
Kestrel Biologics

This is an automated message from Workday. Please do not reply to this email.
""", fmt="alt", brand="Kestrel Biologics"),

    R("hiring_mgr_blunt_mobile", "en", "Harbourline Freight", "conor.daly@harbourline.example.com",
      "Conor Daly <conor.daly@harbourline.example.com>", "Re: Logistics Coordinator",
      "2026-01-27 18:41 IE",
      """Hi Aoife, thanks for coming in on Tues. We've gone with someone with more freight forwarding exp so wont be taking it further. Best of luck with it

Conor

Sent from my iPhone

> On 23 Jan 2026, at 10:05, Aoife Brennan-Castillo <aoife.bc@example.ie> wrote:
>
> Hi Conor,
> Thanks again for meeting me today, I really enjoyed hearing about the Dublin Port operation.
> Aoife
"""),

    R("agency_relayed_medtech", "en", "Corvane Medical", "niamh@brightwaterpeople.example.com",
      "Niamh Kavanagh <niamh@brightwaterpeople.example.com>", "Update",
      "2026-02-04 11:15 IE",
      """Hi Aoife,

Hope you're well! Just had feedback back from Corvane Medical on the Procurement Analyst role in Galway.

Unfortunately they won't be progressing your application to the next stage, they've decided to go with candidates who have more direct medtech sourcing experience (category management mostly). I know that's disappointing as you were a really strong fit on paper!!

Please don't be disheartened - I've a couple of other roles in the pipeline that I think would suit you well, I'll give you a ring later in the week.

Thanks a mil,
Niamh

Niamh Kavanagh | Senior Consultant, Supply Chain & Procurement
Brightwater People | 2 Haddington Road, Dublin 4
T: +353 1 555 0142 | M: +353 87 555 0199
"""),

    R("greenhouse_after_takehome", "en", "Parcelwise", "",
      "Parcelwise Hiring Team <no-reply@us.greenhouse-mail.io>", "Following up on your Parcelwise application",
      "2026-02-11 16:20 IE",
      """Hi Aoife,

Thank you so much for taking the time to complete the S&OP case study for our Operations Planning Lead role. The team genuinely appreciated the effort, and your capacity model was well thought out.

That said, after reviewing all submissions we've decided not to move forward with your candidacy at this time. This was a close decision and not an easy one.

We'll keep your details on file and hope our paths cross again.

Best,
The Parcelwise Recruiting Team
""", fmt="html", brand="Parcelwise"),

    R("hse_public_unsuccessful", "en", "HSE", "",
      "HSE National Recruitment Service <donotreply@hse.example.ie>", "Campaign NRS14520 - Outcome of Shortlisting",
      "2026-02-23 09:30 IE",
      """Campaign Reference: NRS14520
Grade VII - Procurement Officer, HSE Procurement South

Dear Candidate,

Thank you for your application for the above post.

Following a shortlisting exercise which was carried out by a board of management against the key requirements set out in the job specification, I regret to inform you that you have not been shortlisted to proceed to the next stage of the selection process on this occasion.

Should you wish to receive feedback in relation to the shortlisting, please submit your request in writing to the campaign email address within 5 working days of the date of this notice.

Yours sincerely,

_________________________
Recruitment Officer
National Recruitment Service
HSE

This email and any files transmitted with it are confidential and intended solely for the addressee. If you have received this email in error please notify the sender immediately.
""", cte="qp"),

    R("british_shant_progress", "en", "Trentbridge Foods", "h.okafor@trentbridgefoods.example.co.uk",
      "Hannah Okafor <h.okafor@trentbridgefoods.example.co.uk>", "Supply Planning Manager - Birmingham",
      "2026-03-02 17:05 BST",
      """Dear Aoife,

Many thanks for attending the second interview with myself and Graham last Thursday, and for the presentation on the promotional forecast.

I'm afraid we shan't be progressing your application any further. The panel felt that another candidate's experience of chilled short-shelf-life planning was a closer match to where the site is at the moment.

It was a genuinely close call and I would be very happy to give you some feedback over the phone if that would be useful.

With best wishes,

Hannah Okafor
Head of Supply Chain
Trentbridge Foods
Unit 4, Tyseley Industrial Estate, Birmingham B11 2AA
Tel: 0121 555 0187
"""),

    R("role_on_hold_lever", "en", "Brightmoor Energy", "",
      "Brightmoor Energy <no-reply@hire.lever.co>", "Re: your application",
      "2026-03-10 13:12 IE",
      """Hi Aoife,

I wanted to reach out personally about the Procurement Specialist opening at Brightmoor Energy.

Due to a change in our business priorities the role has been put on hold and we will not be proceeding with hiring for it in the coming months. As a result we are closing all applications, including yours.

I'm sorry we don't have better news. If the role reopens we will repost it on our careers page.

Thank you again for your interest,
Brightmoor Energy People Team

--
Sent via Lever
""", fmt="alt", reply=True),

    R("very_short_ashby", "en", "Loomgrid", "maeve@loomgrid.example.com",
      "Maeve Sheridan <notifications@ashbyhq.com>", "Loomgrid // Ops Associate",
      "2026-03-17 20:03 IE",
      """Hi Aoife - thanks for your time, but we won't be moving forward. All the best.

Maeve
""", reply_to="Maeve Sheridan <maeve@loomgrid.example.com>"),

    R("indian_english_regret", "en", "Varuna Logistics", "careers.emea@varunalogistics.example.in",
      "Careers EMEA <careers.emea@varunalogistics.example.in>", "Application Status - Sr. Executive, Procurement (Rotterdam)",
      "2026-03-25 08:47 CET",
      """Dear Ms. Aoife,

Greetings from Varuna Logistics!

This is with reference to your application and subsequent telephonic discussion for the position of Sr. Executive - Procurement at our Rotterdam hub.

We regret to inform you that your profile has not been shortlisted for further rounds as the requirement has been closed internally. We will keep your CV in our database and do revert in case any suitable opening arises in future.

Thanks & Regards,
Priyanka Menon
Talent Acquisition - Europe
Varuna Logistics Pvt. Ltd.
Mob: +91 98 5550 1234
""", mailer="Microsoft Outlook 16.0"),

    R("successfactors_template", "en", "Nordhavn Medical", "",
      "Nordhavn Medical Careers <careers-noreply@successfactors.example.eu>", "Nordhavn Medical: Application Status Update",
      "2026-04-07 10:00 CEST",
      """Dear Aoife Brennan-Castillo ,

Thank you for your interest in Nordhavn Medical and the position of  S&OP Analyst  (Req ID: 58113) .

We have now reviewed your application and , after careful consideration , we regret that we will not be taking your application further for this position .

Your profile will remain in our talent community, and we may contact you should a suitable opportunity arise.

Yours sincerely

Nordhavn Medical A/S
Global Talent Acquisition

*** Please do not reply to this message. This mailbox is not monitored. ***
""", fmt="html", brand="Nordhavn Medical", charset="windows-1252", cte="qp"),

    R("position_filled_hotel", "en", "The Lismore Hotel", "ops.manager@lismorehotel.example.ie",
      "Declan Furlong <ops.manager@lismorehotel.example.ie>", "Purchasing Manager role",
      "2026-04-15 15:26 IE",
      """Hi Aoife,

Sorry for the delay in getting back to you. The Purchasing Manager position has now been filled, so we won't be in a position to offer you an interview this time round.

Thanks for your interest in the hotel and best of luck,

Declan Furlong
Operations Manager
The Lismore Hotel, Kenmare, Co. Kerry
"""),

    R("after_panel_university", "en", "University of the Shannon", "recruitment@ushannon.example.ie",
      "HR Recruitment <recruitment@ushannon.example.ie>", "Post: Procurement Officer (Grade 6) - Ref 26/041",
      "2026-04-29 16:50 IE",
      """Dear Ms Brennan-Castillo,

Thank you for attending for interview on 21 April 2026 for the above post.

I regret to advise that you have not been successful on this occasion. The interview board was very impressed by the calibre of candidates and the decision was a difficult one.

Feedback is available on request from the HR Recruitment team.

On behalf of the University, I would like to thank you for your interest and wish you every success in the future.

Yours sincerely,

Siobhán Ní Bhriain
HR Recruitment
University of the Shannon
"""),

    R("american_icims_closed", "en", "Halvorsen Devices", "",
      "Halvorsen Devices Talent <do-not-reply@icims.com>", "Thank you for applying to Halvorsen Devices",
      "2026-05-06 22:10 EDT",
      """Aoife,

Thank you for applying for the Logistics Program Manager (Remote - Boston, MA) position with Halvorsen Devices.

We reviewed your qualifications carefully and we've decided to move forward with other applicants at this time. Please know this doesn't reflect on your skills or experience.

We appreciate your interest in joining our team and encourage you to apply for future openings that match your experience.

Regards,
Halvorsen Devices Talent Acquisition
""", fmt="alt"),

    R("ni_after_assessment_centre", "en", "Lagan Port", "jobs@laganport.example.co.uk",
      "Lagan Port Recruitment <jobs@laganport.example.co.uk>", "Graduate & Early Careers - Assessment Centre outcome",
      "2026-05-20 12:34 BST",
      """Dear Aoife

Thank you for taking part in our assessment centre on 14 May.

Unfortunately on this occasion you have not been successful in securing a Planning Coordinator position with Lagan Port. Candidates were assessed against the group exercise, the in-tray exercise and the competency interview and the scoring was very tight.

If you'd like feedback please reply to this email and a member of the team will arrange a short call.

Kind regards

Recruitment Team
Lagan Port, Belfast
""", fmt="alt", brand="Lagan Port"),

    R("israeli_owned_direct", "en", "Tzafon Robotics", "yael.b@tzafonrobotics.example.com",
      "Yael Ben-David <yael.b@tzafonrobotics.example.com>", "Quick update",
      "2026-06-09 09:02 CEST",
      """Hi Aoife,

Straight to the point - we decided not to continue with your candidacy for the EMEA Supply Chain Ops role. We were looking for someone with more hands-on experience with contract manufacturers in Asia and it came up a few times in the interviews.

Thanks for the time and the good conversation. Wishing you luck.

Yael

Yael Ben-David | VP Operations | Tzafon Robotics
"""),

    R("long_chain_outlook_after_2nd", "en", "Meridian Packaging", "k.oshea@meridianpack.example.com",
      "O'Shea, Karen <k.oshea@meridianpack.example.com>", "RE: Second interview - Procurement Lead",
      "2026-09-02 17:48 IE",
      """Hi Aoife,

Thanks for your patience while we finished the second interviews.

I'm sorry to say we won't be offering you the role on this occasion. The team were really impressed with your S&OP background but ultimately went with a candidate with deeper packaging materials buying experience.

I'd be glad to keep in touch, and please do apply again if you see something suitable.

Best regards,
Karen

Karen O'Shea
HR Business Partner | Meridian Packaging
Little Island, Cork | +353 21 555 0311

From: Aoife Brennan-Castillo <aoife.bc@example.ie>
Sent: Monday, August 31, 2026 9:12 AM
To: O'Shea, Karen <k.oshea@meridianpack.example.com>
Subject: RE: Second interview - Procurement Lead

Hi Karen,

Just checking in on the timeline - I'm still very interested in the role.

Thanks,
Aoife

From: O'Shea, Karen <k.oshea@meridianpack.example.com>
Sent: Friday, August 21, 2026 4:02 PM
To: Aoife Brennan-Castillo <aoife.bc@example.ie>
Subject: Second interview - Procurement Lead

Hi Aoife,

Great news - we'd like to invite you to a second interview on Thursday 27 August at 10am at our Little Island site. You'll meet Tom (Ops Director) and Fiona (Finance).

Best regards,
Karen

Meridian Packaging Limited, registered in Ireland no. 412233. This e-mail is confidential and may be legally privileged.
""", mailer="Microsoft Outlook 16.0"),

    # Spanish (5)
    R("es_teamtailor_formal", "es", "Grupo Almenara", "",
      "Grupo Almenara <no-reply@teamtailor.com>", "Tu candidatura para Técnica de Compras",
      "2026-02-17 10:22 CET",
      """Hola Aoife:

Muchas gracias por tu interés en formar parte de Grupo Almenara y por el tiempo dedicado a tu candidatura para el puesto de Técnica de Compras en Valencia.

Tras valorar con detenimiento todos los perfiles recibidos, lamentamos comunicarte que en esta ocasión no vamos a continuar con tu candidatura en el proceso de selección.

Guardaremos tus datos para futuras vacantes que encajen con tu perfil.

Un saludo cordial,
Equipo de Personas
Grupo Almenara
""", fmt="alt", brand="Grupo Almenara"),

    R("es_recruiter_casual", "es", "Transportes Ebro Norte", "lucia.ferrer@ebronorte.example.es",
      "Lucía Ferrer <lucia.ferrer@ebronorte.example.es>", "Re: Entrevista jefa de tráfico",
      "2026-03-13 19:30 CET",
      """Hola Aoife,

Te escribo para contarte que al final nos hemos decantado por otra persona para el puesto, alguien con más experiencia en tráfico internacional por carretera. Siento no traerte mejores noticias, de verdad que la entrevista estuvo muy bien.

Mucha suerte con la búsqueda!

Lucía

El 9 mar 2026, a las 12:04, Aoife Brennan-Castillo <aoife.bc@example.ie> escribió:
> Hola Lucía, muchas gracias por la entrevista de esta mañana.
> Un saludo, Aoife
""", charset="iso-8859-1", cte="8bit", name_charset="iso-8859-1"),

    R("es_puesto_cancelado", "es", "Hospital San Rafael de Levante", "seleccion@hsrlevante.example.es",
      "Selección de Personal <seleccion@hsrlevante.example.es>", "Proceso de selección - Responsable de Aprovisionamiento",
      "2026-04-21 13:05 CEST",
      """Estimada Sra. Brennan-Castillo:

Le agradecemos su participación en el proceso de selección para el puesto de Responsable de Aprovisionamiento.

Le informamos de que, por motivos organizativos, la dirección ha decidido cancelar la cobertura de esta vacante, por lo que el proceso queda cerrado sin adjudicación. Lamentamos las molestias que esto pueda ocasionarle.

Atentamente,

Departamento de Recursos Humanos
Hospital San Rafael de Levante
Tel. 963 555 120

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si ha recibido este mensaje por error, le rogamos que lo comunique al remitente y proceda a su eliminación.
""", charset="windows-1252", cte="qp", subject_charset="windows-1252"),

    R("es_tras_entrevistas", "es", "Logística Meseta", "rrhh@logisticameseta.example.es",
      "Marta Gil - Logística Meseta <rrhh@logisticameseta.example.es>", "Novedades sobre tu proceso",
      "2026-06-16 17:12 CEST",
      """Hola Aoife,

Gracias de nuevo por tu tiempo durante las entrevistas con el equipo de operaciones. Hemos valorado mucho tu experiencia en planificación de la demanda.

Después de darle muchas vueltas, hemos decidido seguir adelante con otra candidatura cuyo perfil se ajusta más a lo que necesitamos ahora mismo en el almacén de Getafe.

Te deseamos lo mejor y ojalá coincidamos más adelante.

Un abrazo,
Marta Gil
People & Culture | Logística Meseta
"""),

    R("es_breve_smartrecruiters", "es", "Cervezas Montgó", "",
      "Cervezas Montgó <noreply@smartrecruiters.com>", "Actualización de tu solicitud",
      "2026-08-25 09:40 CEST",
      """Hola Aoife,

Gracias por postularte a Analista de S&OP. Hemos revisado tu solicitud y, lamentablemente, no seguiremos adelante con ella.

Te animamos a seguir atenta a nuestras ofertas.

Cervezas Montgó
""", fmt="html", brand="Cervezas Montgó"),

    # French (5)
    R("fr_formel_refus", "fr", "Laboratoires Vercors", "",
      "Laboratoires Vercors - Recrutement <ne-pas-repondre@talentsoft.example.fr>", "Votre candidature - Acheteur / Acheteuse Industriel(le) H/F",
      "2026-02-26 11:45 CET",
      """Madame,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Vercors et de votre candidature au poste d'Acheteuse Industrielle basé à Lyon.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature, d'autres profils correspondant davantage aux exigences du poste.

Nous conservons toutefois vos coordonnées afin de vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Laboratoires Vercors
""", charset="iso-8859-1", cte="qp", subject_charset="iso-8859-1"),

    R("fr_belge_apres_entretien", "fr", "Transports Meuse-Escaut", "s.delvaux@meuse-escaut.example.be",
      "Sophie Delvaux <s.delvaux@meuse-escaut.example.be>", "Suite à notre entretien",
      "2026-04-02 16:30 CEST",
      """Bonjour Aoife,

Merci encore pour l'entretien de mardi dernier avec Pierre et moi-même.

Malheureusement, nous avons choisi de poursuivre avec un autre candidat, dont l'expérience en douane et transit à Anvers correspond mieux à nos besoins immédiats.

Je garde précieusement votre CV et n'hésiterai pas à revenir vers vous si un poste en planification s'ouvre chez nous.

Bien à vous,

Sophie Delvaux
Responsable RH - Transports Meuse-Escaut
Tél. +32 4 555 12 34
"""),

    R("fr_cabinet_relay", "fr", "Maison Aubrac", "julien@ascendo-conseil.example.fr",
      "Julien Mercier <julien@ascendo-conseil.example.fr>", "Re: Poste Supply Planner - Maison Aubrac",
      "2026-05-12 18:55 CEST",
      """Bonsoir Aoife,

J'ai eu le retour de Maison Aubrac aujourd'hui. Ils ne souhaitent pas donner suite pour le poste de Supply Planner, ils privilégient un profil avec une expérience en agroalimentaire frais. Je suis désolé, je sais que tu y croyais.

On se cale un appel la semaine prochaine pour parler des autres pistes ? J'ai un poste à Lille qui pourrait te plaire.

Julien

Le lun. 4 mai 2026 à 09:15, Aoife Brennan-Castillo <aoife.bc@example.ie> a écrit :
> Bonjour Julien,
> Avez-vous eu des nouvelles de Maison Aubrac ?
> Merci, Aoife
""", fmt="alt"),

    R("fr_court_welcome", "fr", "Cyclo Urbain", "",
      "Cyclo Urbain <notifications@welcomekit.example.co>", "Votre candidature chez Cyclo Urbain",
      "2026-07-08 08:20 CEST",
      """Bonjour Aoife,

Merci pour votre candidature au poste de Responsable Logistique. Nous avons bien étudié votre profil mais nous ne pourrons malheureusement pas aller plus loin ensemble cette fois-ci.

Belle continuation,
L'équipe Cyclo Urbain
""", fmt="html", brand="Cyclo Urbain"),

    R("fr_poste_pourvu", "fr", "Groupe Hospitalier Rhône-Est", "recrutement@gh-rhone-est.example.fr",
      "Service Recrutement <recrutement@gh-rhone-est.example.fr>", "Candidature spontanée - réponse",
      "2026-09-15 14:10 CEST",
      """Madame Brennan-Castillo,

Nous accusons réception de votre candidature au poste de gestionnaire approvisionnement et vous en remercions.

Le poste ayant été pourvu en interne, nous ne sommes pas en mesure de donner une suite favorable à votre demande.

Veuillez agréer, Madame, nos sincères salutations.

Service Recrutement
Direction des Achats et de la Logistique
Groupe Hospitalier Rhône-Est
""", charset="windows-1252", cte="8bit"),

    # German (4)
    R("de_absage_formal", "de", "Hanse Kühllogistik", "",
      "Hanse Kühllogistik GmbH <bewerbung-noreply@personio.example.de>", "Ihre Bewerbung als Disponent (m/w/d)",
      "2026-03-05 10:11 CET",
      """Sehr geehrte Frau Brennan-Castillo,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Hanse Kühllogistik GmbH
Am Kaiserkai 12, 20457 Hamburg
Geschäftsführer: Dr. Jens Ohlsen | Amtsgericht Hamburg HRB 123456
""", fmt="alt", charset="iso-8859-1", subject_charset="iso-8859-1", name_charset="iso-8859-1"),

    R("de_nach_interview_du", "de", "Rheinwerk Antriebe", "t.krause@rheinwerk-antriebe.example.de",
      "Tobias Krause <t.krause@rheinwerk-antriebe.example.de>", "AW: Gespräch letzte Woche",
      "2026-06-24 17:35 CEST",
      """Hallo Aoife,

danke nochmal für das gute Gespräch letzte Woche in Düsseldorf. Wir haben uns inzwischen für eine andere Kandidatin entschieden, die schon SAP IBP im Einsatz hatte – das war am Ende ausschlaggebend.

Ich hätte dir gern was anderes geschrieben. Alles Gute für die Suche!

Viele Grüße
Tobias

Am 17.06.2026 um 11:02 schrieb Aoife Brennan-Castillo <aoife.bc@example.ie>:
> Hallo Tobias,
> vielen Dank für das Gespräch heute!
> Beste Grüße
> Aoife
"""),

    R("de_stelle_gestrichen", "de", "Stadtwerke Elbaue", "personal@stadtwerke-elbaue.example.de",
      "Personalabteilung Stadtwerke Elbaue <personal@stadtwerke-elbaue.example.de>", "Zwischenbescheid / Absage",
      "2026-08-11 09:05 CEST",
      """Sehr geehrte Frau Brennan-Castillo,

leider müssen wir Ihnen mitteilen, dass die ausgeschriebene Stelle "Sachbearbeitung Einkauf (m/w/d)" aufgrund interner Umstrukturierungen nicht besetzt wird. Das Auswahlverfahren wird daher eingestellt.

Ihre Unterlagen werden gemäß DSGVO nach Ablauf von sechs Monaten gelöscht.

Mit freundlichen Grüßen
i. A. Petra Lindner
Personalabteilung
Stadtwerke Elbaue
""", cte="b64"),

    R("de_kurz_absage_recruiter", "de", "Nordlicht Pharma", "",
      "Nordlicht Pharma Karriere <no-reply@jobs.smartrecruiters.com>", "Rückmeldung zu Ihrer Bewerbung",
      "2026-10-06 15:50 CEST",
      """Hallo Frau Brennan-Castillo,

vielen Dank für Ihr Interesse an der Position Demand Planner EMEA. Leider können wir Ihnen keine positive Rückmeldung geben – wir haben uns für Bewerber:innen entschieden, deren Profil besser zu den Anforderungen passt.

Beste Grüße
Nordlicht Pharma
""", fmt="html", brand="Nordlicht Pharma"),
]
