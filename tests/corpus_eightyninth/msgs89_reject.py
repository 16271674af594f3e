"""Rejections for the 89th corpus: plain dicts that make_eightyninth.py turns into .eml files."""
# ruff: noqa: C408  (keyword dict() calls read as one record per message, like the .eml headers)

K = "rejection"

MESSAGES = [
    dict(kind=K, slug="workday_bank_soft", lang="en", company="Lakeshore Trust Bank",
         frm="Lakeshore Trust Bank <lakeshoretrust@myworkday.example.com>",
         subj="Your application for Senior BI Developer (R-0048213)", date="2026-01-19T16:02:11-06:00",
         fmt="alt", logo="Lakeshore Trust Bank",
         body="""Dear Darnell,

Thank you for your interest in the Senior BI Developer position (Req ID R-0048213) at Lakeshore Trust Bank.

After careful review, we have decided to pursue other candidates whose background more closely aligns with the needs of this role. This decision was not easy given the number of qualified applicants.

We encourage you to visit our careers site and apply for future openings that match your skills.

Sincerely,
Talent Acquisition
Lakeshore Trust Bank

This email was sent from an unmonitored mailbox. Please do not reply."""),
    dict(kind=K, slug="terse_hm_mobile", lang="en", company="Ridgeback Freight",
         frm="Tom Kowalczyk <tkowalczyk@ridgebackfreight.example.com>",
         subj="Re: analytics engineer", date="2026-02-03T07:41:00-06:00", thread=True,
         body="""Darnell - thanks for your time last week but we won't be moving forward. Good luck w/ the search.

Tom

Sent from my iPhone""",
         quote="""On Feb 2, 2026, at 4:15 PM, Darnell Osei-Fitzgerald <darnell.of@example.com> wrote:

> Hi Tom, just checking in on next steps for the analytics engineer role. Thanks again!
> Darnell"""),
    dict(kind=K, slug="after_takehome_greenhouse", lang="en", company="Parcelwise",
         frm="Parcelwise Hiring Team <no-reply@us.greenhouse-mail.example.io>",
         reply_to="Jenna Morales <jenna.morales@parcelwise.example.com>",
         subj="Parcelwise - Analytics Engineer", date="2026-02-11T13:20:45-05:00",
         body="""Hi Darnell,

Thanks so much for the effort you put into the take-home exercise. The team really appreciated the dbt project structure and your write-up on the late-delivery metric.

That said, after reviewing all submissions we've decided not to move forward with your candidacy at this time. We had a very strong pool and it came down to experience with event streaming, which is a big part of the first six months in this role.

If you'd like a couple of lines of feedback on the exercise just reply here and I'll pass along what I can.

All the best,
Jenna Morales
Recruiting Partner, Parcelwise"""),
    dict(kind=K, slug="uk_shant_progressing", lang="en", company="Harwood & Pike",
         frm="Olivia Brathwaite <o.brathwaite@harwoodpike.example.co.uk>",
         subj="Data Product Manager - outcome", date="2026-03-02T10:05:00+00:00",
         cs="windows-1252", cte="qp",
         body="""Dear Darnell,

Many thanks for coming in to meet the panel on Thursday – it was a pleasure to speak with you.

I'm afraid that on this occasion we shan't be progressing your application to the final stage. The panel felt that other candidates had more direct experience of owning a data product roadmap end to end.

I do hope this doesn't put you off applying to Harwood & Pike in future, and I wish you every success.

Kind regards,

Olivia Brathwaite
Resourcing Advisor | Harwood & Pike LLP
T: +44 20 7946 0321
Harwood & Pike LLP is a limited liability partnership registered in England and Wales (OC398765). This email is confidential and may be privileged. If you are not the intended recipient please notify the sender and delete it."""),
    dict(kind=K, slug="role_on_hold_hospital", lang="en", company="Mercy Ridge Health",
         frm="Mercy Ridge Health Careers <careers-noreply@mercyridgehealth.example.org>",
         subj="Update", date="2026-03-09T18:30:00-07:00", fmt="html", logo="Mercy Ridge Health",
         body="""Dear Darnell Osei-Fitzgerald,

We are writing regarding your application for People Analytics Specialist (Job ID 77120) in Denver, CO.

Due to a change in business needs, this position has been placed on hold and will not be filled at this time. As a result, we will not be proceeding with any applications for this requisition.

We appreciate your interest in Mercy Ridge Health and invite you to create a job alert for similar roles.

Mercy Ridge Health Talent Acquisition"""),
    dict(kind=K, slug="indian_regret_to_inform", lang="en", company="Vasudha Infotech",
         frm="Priya Raghunathan <priya.r@vasudhainfotech.example.in>",
         subj="Application status - Revenue Operations Analyst", date="2026-03-17T11:48:00+05:30",
         body="""Dear Darnell,

Greetings from Vasudha Infotech!

We thank you for taking the time to appear for the technical round with our Toronto team. We regret to inform you that your profile has not been shortlisted for the further rounds of the selection process.

We will keep your resume in our database and do revert in case of any suitable opening in future.

Thanks & Regards,
Priya Raghunathan
Talent Acquisition - North America
Vasudha Infotech Pvt. Ltd.
Mob: +91 98450 12345"""),
    dict(kind=K, slug="lever_position_filled", lang="en", company="Fernhill Analytics",
         frm="Marcus at Fernhill <marcus.lee@hire.lever.example.co>",
         reply_to="marcus.lee@fernhillanalytics.example.com",
         subj="Following up", date="2026-04-01T09:15:00-04:00", fmt="alt", logo="Fernhill Analytics",
         body="""Hey Darnell,

Wanted to close the loop with you - we ended up filling the Analytics Engineer role with an internal candidate last week. Really sorry we couldn't bring it over the line with you, I know you were excited about it.

I'll keep you in mind if something else opens on the data team.

Cheers,
Marcus"""),
    dict(kind=K, slug="agency_client_passed", lang="en", company="Orchard Lane Foods",
         frm="Kayla Brennan <kayla@brennanpartners.example.com>",
         subj="Orchard Lane - feedback!!", date="2026-04-08T15:22:00-05:00",
         body="""Hi Darnell!!

So I just got off the phone with the hiring manager at Orchard Lane Foods and unfortunately they've decided to go with another candidate for the Revenue Operations Manager role :( They said you were super sharp on the SQL piece but they wanted someone who's run Salesforce CPQ before.

Honestly don't be discouraged - I've got two other clients looking for exactly your profile and I'll be sending those over this week!!

Talk soon,
Kayla Brennan
Brennan Partners | 312-555-0187"""),
    dict(kind=K, slug="university_after_panel", lang="en", company="Northgate University",
         frm="Dr. Helen Achterberg <hachterberg@northgate.example.edu>",
         subj="Institutional Research Analyst search", date="2026-04-14T14:02:00-06:00",
         body="""Dear Mr. Osei-Fitzgerald,

On behalf of the search committee, thank you for your participation in the on-campus interview for the Institutional Research Analyst II position.

The committee has completed its deliberations and has extended an offer to another finalist, who has accepted. I regret that we are not able to offer you the position.

We were impressed with your presentation on enrollment forecasting and hope you will consider Northgate University for future opportunities.

Respectfully,

Helen Achterberg, Ph.D.
Director, Office of Institutional Research
Northgate University
(720) 555-0142"""),
    dict(kind=K, slug="ashby_very_short", lang="en", company="Tallyho",
         frm="Tallyho <notifications@ashbyhq.example.com>",
         subj="Your application to Tallyho", date="2026-04-22T20:11:00+00:00",
         body="""Hi Darnell,

Thanks for applying to the Data Product Manager role. We've reviewed your application and won't be moving forward at this time.

Best,
The Tallyho team"""),
    dict(kind=K, slug="canadian_crown_corp", lang="en", company="Ontario Power Trust",
         frm="Recruitment - Ontario Power Trust <recruitment@optrust-energy.example.ca>",
         subj="Competition 2026-114: Business Intelligence Developer", date="2026-05-05T10:30:00-04:00",
         cs="iso-8859-1", cte="qp",
         body="""Dear Darnell Osei-Fitzgerald,

Thank you for participating in the written assessment for Competition 2026-114 - Business Intelligence Developer.

We regret to advise that you were not successful in achieving the pass mark and will not be considered further in this competition. Your results will be retained for a period of 12 months.

Thank you for your interest in a career with Ontario Power Trust.

Ce message est également disponible en français sur demande.

Recruitment Services
Ontario Power Trust"""),
    dict(kind=K, slug="icims_retail_template", lang="en", company="Bramblewood Outfitters",
         frm="Bramblewood Outfitters <bramblewood+autoreply@talent.icims.example.com>",
         subj="Thank you for your interest - Bramblewood Outfitters", date="2026-05-13T02:14:00-05:00",
         fmt="html", cte="b64", logo="Bramblewood Outfitters",
         body="""Hello Darnell,

Thank you for your interest in the Merchandise Planning Analyst opportunity at Bramblewood Outfitters.

We have carefully reviewed your qualifications and, unfortunately, we have decided not to move forward with your candidacy for this role.

Our team is growing and we encourage you to continue to explore opportunities with us.

Sincerely,
Bramblewood Outfitters Recruiting

*** Please do not reply to this message. This mailbox is not monitored. ***"""),
    dict(kind=K, slug="irish_after_final_round", lang="en", company="Corrib Payments",
         frm="Siobhán Ní Bhriain <siobhan.nibhriain@corribpay.example.ie>",
         subj="Re: Final round - Corrib", date="2026-05-20T17:55:00+01:00", thread=True,
         body="""Hi Darnell,

Thanks a million for giving up your afternoon for the final round yesterday, I know it was a long one.

I'm sorry to say the team have decided not to progress with your application. Honestly it was very close, they loved the case presentation but felt the other candidate was a stronger fit for the payments domain.

Happy to jump on a call if you'd like feedback, just let me know.

Le meas / Best,
Siobhán
Talent Partner, Corrib Payments
+353 1 555 0199""",
         quote="""On Tue, 19 May 2026 at 09:02, Darnell Osei-Fitzgerald <darnell.of@example.com> wrote:
> Thanks Siobhán, see you at 2pm Irish time.
>
> On Mon, 18 May 2026 at 16:40, Siobhán Ní Bhriain <siobhan.nibhriain@corribpay.example.ie> wrote:
>> Hi Darnell, confirming the final round tomorrow, 4 x 45 min sessions on Teams."""),
    dict(kind=K, slug="county_gov_not_selected", lang="en", company="Arapahoe Valley County",
         frm="Arapahoe Valley County <noreply@governmentjobs.example.com>",
         subj="Application Status Update: Data Analyst III", date="2026-06-02T12:00:00-06:00",
         body="""Darnell Osei-Fitzgerald,

This is in regard to your application for Data Analyst III (Recruitment #26-0311) with Arapahoe Valley County.

We have reviewed your application materials and determined that you were not selected to move forward in the selection process. The hiring department has selected candidates whose qualifications best meet the needs of the position.

Please do not respond to this email. For questions, contact Human Resources at (303) 555-0170.

Arapahoe Valley County Human Resources"""),
    dict(kind=K, slug="startup_founder_blunt", lang="en", company="Quillstack",
         frm="Ravi Menon <ravi@quillstack.example.io>",
         subj="quick note", date="2026-06-16T22:47:00-07:00",
         body="""hey darnell, going to be straight with you - we decided to hire someone with more dbt + snowflake mileage for the founding analytics role. appreciated the convo a lot tho. if we raise the series B and build out the team i'll ping you

r

--
Ravi Menon | CEO, Quillstack"""),
    dict(kind=K, slug="sap_sf_insurer_cancelled", lang="en", company="Great Plains Mutual",
         frm="Great Plains Mutual <GPM_Careers@successfactors.example.eu>",
         subj="Requisition 11873 - Notification", date="2026-07-08T08:03:00-05:00",
         contact="",
         body="""Dear  Darnell ,

Thank you for applying for the position of   Actuarial Data Analyst   (Requisition 11873).

We would like to inform you that this requisition has been cancelled and the position will not be filled. Your application has therefore been closed.

We thank you for your interest in Great Plains Mutual .

Kind Regards,
Great Plains Mutual Recruiting Team

This is a system-generated e-mail. Replies are not read."""),
    dict(kind=K, slug="fr_quebec_caisse", lang="fr", company="Caisse Populaire Laurentienne",
         frm="Geneviève Tremblay <genevieve.tremblay@cplaurentienne.example.ca>",
         subj="Votre candidature - Analyste BI", date="2026-02-24T15:10:00-05:00",
         cs="iso-8859-1", cte="qp",
         body="""Bonjour Darnell,

Merci de l'intérêt que vous portez à la Caisse Populaire Laurentienne et du temps que vous avez consacré à l'entrevue de la semaine dernière.

Après mûre réflexion, nous avons décidé de poursuivre le processus avec une autre personne dont le profil correspond davantage à nos besoins actuels.

Nous conservons votre dossier et n'hésiterons pas à communiquer avec vous si un poste correspondant à vos compétences devenait disponible.

Cordialement,

Geneviève Tremblay
Conseillère en acquisition de talents
Caisse Populaire Laurentienne
514 555-0133, poste 4412"""),
    dict(kind=K, slug="fr_paris_cabinet", lang="fr", company="Delvaux Conseil",
         frm="=?utf-8?q?=C3=89lodie_Marchand?= <e.marchand@delvaux-conseil.example.fr>",
         subj="=?utf-8?q?Suite_=C3=A0_votre_candidature?=", date="2026-03-27T09:44:00+01:00",
         fmt="alt", logo="Delvaux Conseil",
         body="""Monsieur,

Nous vous remercions pour l'intérêt que vous avez manifesté à l'égard de notre cabinet et pour votre candidature au poste de Consultant Data & Analytics.

Nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Élodie Marchand
Chargée de recrutement
Delvaux Conseil – 12 rue de la Chaussée-d'Antin, 75009 Paris"""),
    dict(kind=K, slug="fr_welcome_ats_startup", lang="fr", company="Monstera",
         frm="Monstera <no-reply@welcomekit.example.co>",
         subj="Votre candidature chez Monstera", date="2026-05-11T18:02:00+02:00",
         fmt="html", logo="Monstera",
         body="""Hello Darnell,

Merci beaucoup pour ta candidature au poste de Analytics Engineer (CDI, Paris / remote) !

On a bien étudié ton profil et malheureusement on ne va pas aller plus loin pour ce poste. On a reçu énormément de candidatures et on a dû faire des choix difficiles.

On te souhaite plein de réussite pour la suite !

L'équipe Monstera"""),
    dict(kind=K, slug="fr_montreal_post_case", lang="fr", company="Groupe Vireo",
         frm="Mathieu Lavoie <mlavoie@groupevireo.example.ca>",
         subj="RE: Étude de cas", date="2026-06-10T16:25:00-04:00", thread=True,
         body="""Salut Darnell,

Merci encore pour ta présentation de l'étude de cas, vraiment apprécié.

Malheureusement, l'équipe a choisi d'aller de l'avant avec une autre candidature pour le poste de gestionnaire de produit de données. Ça s'est joué sur l'expérience en assurance de dommages.

Bonne chance pour la suite, et reste à l'affût de nos affichages!

Mathieu

Mathieu Lavoie | Directeur, Données et analytique
Groupe Vireo""",
         quote="""De : Darnell Osei-Fitzgerald <darnell.of@example.com>
Envoyé : 5 juin 2026 11:02
À : Mathieu Lavoie <mlavoie@groupevireo.example.ca>
Objet : Étude de cas

Bonjour Mathieu, voici ma présentation en pièce jointe. Au plaisir!"""),
    dict(kind=K, slug="fr_mutuelle_poste_pourvu", lang="fr", company="Mutuelle Atlantique Santé",
         frm="Recrutement MAS <ne-pas-repondre@mutuelle-atlantique.example.fr>",
         subj="Poste de Data Analyst RH - réf. 2026-088", date="2026-08-19T11:00:00+02:00",
         body="""Madame, Monsieur,

Vous avez postulé à l'offre « Data Analyst RH » (réf. 2026-088) et nous vous en remercions.

Nous vous informons que ce poste a été pourvu. Votre candidature ne pourra donc pas être retenue.

Nous vous invitons à consulter régulièrement nos offres.

Le service Recrutement
Mutuelle Atlantique Santé"""),
    dict(kind=K, slug="es_madrid_consultora", lang="es", company="Altamira Consulting",
         frm="Lucía Ferrer <lucia.ferrer@altamiraconsulting.example.es>",
         subj="Proceso de selección - Analista de Datos Senior", date="2026-03-04T12:31:00+01:00",
         cs="iso-8859-1", cte="qp",
         body="""Hola Darnell:

Te agradecemos sinceramente el tiempo que has dedicado a nuestro proceso de selección y las entrevistas con el equipo.

Lamentamos comunicarte que en esta ocasión hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.

Guardaremos tu CV en nuestra base de datos para futuras oportunidades.

Un saludo,

Lucía Ferrer
Talent Acquisition | Altamira Consulting
+34 91 555 0123"""),
    dict(kind=K, slug="es_mx_fintech_corto", lang="es", company="Pagafácil",
         frm="Andrés Villalobos <andres@pagafacil.example.mx>",
         subj="Re: seguimiento", date="2026-04-29T19:03:00-06:00", thread=True,
         body="""Qué tal Darnell, gracias por tu paciencia. Te comento que al final no vamos a seguir con tu proceso, el equipo decidió buscar a alguien con más experiencia en riesgo crediticio. Mucho éxito!

Andrés

Enviado desde mi iPhone""",
         quote="""El 27 abr 2026, a las 10:14, Darnell Osei-Fitzgerald <darnell.of@example.com> escribió:

> Hola Andrés, ¿hay novedades sobre el puesto de Analytics Engineer?"""),
    dict(kind=K, slug="es_aerolinea_plantilla", lang="es", company="Aerolíneas Cóndor",
         frm="Aerolíneas Cóndor - Empleo <noreply@condor-empleo.example.com>",
         subj="Actualización de tu postulación",
         raw_subject="=?iso-8859-1?q?Actualizaci=F3n_de_tu_postulaci=F3n?=", date="2026-07-14T09:00:00-06:00",
         fmt="html", logo="Aerolíneas Cóndor",
         body="""Estimado(a) Darnell Osei-Fitzgerald:

Gracias por postularte a la vacante Analista de Revenue Management en Aerolíneas Cóndor.

Después de revisar cuidadosamente tu perfil, te informamos que no continuarás en el proceso para esta vacante.

Te invitamos a seguir atento a nuestras oportunidades.

Atentamente,
Atracción de Talento
Aerolíneas Cóndor"""),
    dict(kind=K, slug="es_agencia_vacante_cancelada", lang="es", company="Grupo Serrano Retail",
         frm="Marta Olmedo <molmedo@talentiasel.example.es>",
         subj="Vacante Grupo Serrano", date="2026-09-08T13:45:00+02:00",
         body="""Buenas tardes Darnell,

Te escribo para contarte que Grupo Serrano Retail nos ha comunicado que la vacante de Responsable de BI queda cancelada por una reorganización interna, así que no van a continuar con ningún candidato.

Siento mucho darte esta noticia después de las dos entrevistas. En cuanto tenga algo parecido te aviso.

Un abrazo,
Marta Olmedo
Consultora Senior · Talentia Selección
Tel. 93 555 01 88"""),
    dict(kind=K, slug="de_berlin_scaleup", lang="de", company="Kontorwerk",
         frm="Kontorwerk <jobs@kontorwerk.example.de>",
         reply_to="Lena Hoffmann <lena.hoffmann@kontorwerk.example.de>",
         subj="Deine Bewerbung als Analytics Engineer (m/w/d)", date="2026-02-18T10:12:00+01:00",
         cs="iso-8859-1", cte="qp",
         body="""Hallo Darnell,

vielen Dank für dein Interesse an Kontorwerk und die Zeit, die du dir für das Gespräch mit uns genommen hast.

Leider müssen wir dir mitteilen, dass wir uns für eine:n andere:n Kandidat:in entschieden haben, deren Profil noch besser zu unseren Anforderungen passt.

Wir wünschen dir für deine weitere Suche alles Gute!

Viele Grüße
Lena Hoffmann
People & Culture | Kontorwerk GmbH
Kontorwerk GmbH · Sitz Berlin · HRB 201234 B · Geschäftsführer: Jan Peters"""),
    dict(kind=K, slug="de_versicherung_formell", lang="de", company="Hanseatische Lebensversicherung",
         frm="Hanseatische Lebensversicherung <bewerbung@hanseatische-leben.example.de>",
         subj="Ihre Bewerbung vom 02.03.2026 - Kennziffer 2026-417", date="2026-03-30T14:00:00+02:00",
         fmt="alt", logo="Hanseatische Lebensversicherung", cte="qp",
         body="""Sehr geehrter Herr Osei-Fitzgerald,

nochmals vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Hanseatische Lebensversicherung a.G."""),
    dict(kind=K, slug="de_agentur_kunde_absage", lang="de", company="Brandtner Logistik",
         frm="Florian Weidinger <f.weidinger@weidinger-personal.example.de>",
         subj="Rückmeldung Brandtner", date="2026-06-23T08:51:00+02:00",
         body="""Hallo Herr Osei-Fitzgerald,

kurze Rückmeldung von Brandtner Logistik: man hat sich nach dem zweiten Gespräch leider gegen Sie entschieden. Ausschlaggebend war wohl die fehlende SAP-BW-Erfahrung.

Ich melde mich, sobald ich eine passende Position für Sie habe.

Beste Grüße
Florian Weidinger
Weidinger Personalberatung
Tel. +49 89 555 0147"""),
    dict(kind=K, slug="de_stadtwerke_kurz", lang="de", company="Stadtwerke Rheinaue",
         frm="Stadtwerke Rheinaue Personal <noreply@stadtwerke-rheinaue.example.de>",
         subj="Ausschreibung 14/2026", date="2026-09-15T11:30:00+02:00", contact="",
         body="""Sehr geehrter Herr Osei-Fitzgerald,

die ausgeschriebene Stelle "Referent Datenanalyse (m/w/d)" wurde zwischenzeitlich besetzt. Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Mit freundlichen Grüßen
Stadtwerke Rheinaue GmbH
Abteilung Personal"""),
    dict(kind=K, slug="de_remote_nach_case", lang="de", company="Finlytix",
         frm="Jonas Brückner <jonas@finlytix.example.de>",
         subj="Case Study / nächste Schritte", date="2026-10-06T17:20:00+02:00", fmt="alt",
         logo="Finlytix",
         body="""Hi Darnell,

danke dir für die Präsentation der Case Study am Montag, das war richtig stark vorbereitet.

Wir haben uns im Team lange beraten und sind am Ende zu dem Entschluss gekommen, den Prozess mit dir nicht fortzusetzen. Uns fehlt für die Rolle vor allem Erfahrung mit Looker und im B2B-SaaS-Umfeld.

Falls du Feedback im Detail möchtest, ruf mich gern an.

Liebe Grüße
Jonas
--
Jonas Brückner | Head of Data | Finlytix
+49 30 555 0190"""),
]
