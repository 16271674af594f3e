"""Everything else a job seeker's inbox holds (50 messages labelled `other`)."""

from make_fiftyfirst import Msg, Quote

OTHER = "other"
ME_Q = "Aoife Brennan-Kowalski <aoife.bk@example.ie>"

MSGS = [
    Msg(OTHER, "linkedin_alert", "en", "", "",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\"instructional designer\": 14 new jobs in Dublin",
        """Your job alert for instructional designer in Dublin, County Dublin, Ireland

14 new jobs match your preferences.

Instructional Designer
Brightpath Learning · Dublin (Hybrid)
Actively recruiting
https://www.linkedin.com/comm/jobs/view/39918211

Learning Experience Designer
Greyfriars Bank · Dublin
Be an early applicant
https://www.linkedin.com/comm/jobs/view/39920045

E-Learning Developer (Articulate)
Halden Pharma · Cork (On-site)
https://www.linkedin.com/comm/jobs/view/39911873

See all jobs: https://www.linkedin.com/comm/jobs/search?savedSearchId=1771

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
        fmt="alt", list_id="<jobalerts.linkedin.com>", brand="LinkedIn"),
    Msg(OTHER, "indeed_digest", "en", "", "",
        "Indeed <alert@indeed.com>", "L&D Coordinator jobs in Galway - 9 new",
        """9 new jobs for L&D Coordinator in Galway

Learning & Development Coordinator - Aerflow Medical - Galway - €40,000 - €45,000 a year - Easily apply
Training Officer - Galway County Council - Galway
Education Officer - Harbour Lights Foundation - Galway - Responsive employer

Unfortunately some jobs in your last alert have expired.

https://ie.indeed.com/jobs?q=L%26D+Coordinator&l=Galway

Manage alerts · Unsubscribe · Indeed Ireland Operations Ltd""",
        fmt="html", list_id="<alerts.indeed.com>", brand="Indeed"),
    Msg(OTHER, "irishjobs_alert", "en", "", "",
        "IrishJobs.ie <jobalerts@irishjobs.example.ie>", "Your daily jobs: e-learning",
        """Hi Aoife,

Here are today's jobs matching "e-learning" in Munster:

* E-Learning Content Developer - Limerick - Permanent - Apply now
* Digital Learning Officer - Mary Immaculate College - Limerick
* Instructional Designer - Cork - Contract 12 months

Interview tips: how to answer "tell me about yourself" -> https://www.irishjobs.example.ie/careeradvice

To stop receiving these emails, unsubscribe here.""",
        fmt="alt", list_id="<daily-alerts.irishjobs.example.ie>", brand="IrishJobs.ie"),
    Msg(OTHER, "educationposts_digest", "en", "", "",
        "educationposts.ie <info@educationposts.example.ie>", "New posts this week: Primary, Post-Primary and Further Ed",
        """educationposts.ie weekly digest

PRIMARY
- Mainstream Class Teacher (Fixed Term) - Scoil Naomh Pádraig, Co. Meath
- Special Education Teacher - Gaelscoil na Cathrach, Limerick

FURTHER EDUCATION & TRAINING
- Tutor - Digital Skills (part-time) - Kerry ETB
- Instructor - Retail Skills - Cork ETB

Closing dates apply. Click a post to read the full advertisement.

You are subscribed as aoife.bk@example.ie. Manage preferences""",
        fmt="html", list_id="<weekly.educationposts.example.ie>", brand="educationposts.ie"),
    Msg(OTHER, "guardian_jobs", "en", "", "",
        "Guardian Jobs <jobs-noreply@guardian.example.co.uk>", "Jobs you might like: Education & charity roles",
        """Guardian Jobs

Recommended for you:
Head of Learning Programmes - Museum of Northern Life - Newcastle - £42,000
Education Policy Adviser - National Literacy Alliance - London (Hybrid)
Schools Outreach Officer - Bristol Old Vic style theatre trust - Bristol

Career advice: What to do when you keep getting rejected after the final interview

Unsubscribe from these emails""",
        fmt="html", list_id="<recommended.jobs.guardian.example.co.uk>", brand="Guardian Jobs"),
    Msg(OTHER, "newsletter_rejection_advice", "en", "", "",
        "The Career Switch <hello@thecareerswitch.example.com>", "Issue #41: Rejected after the final round? Read this",
        """THE CAREER SWITCH - for teachers leaving the classroom

This week: "Unfortunately, we've decided to move forward with other candidates."

If you've had one of these emails after a final-round interview, you're not alone. We asked 200 former teachers now working in L&D how many rejections they got before their first offer. The median? 23.

Three things that helped them:
1. Ask for feedback - politely, once.
2. Turn your lesson plans into a portfolio.
3. Treat the missed interview or the no-reply as data, not a verdict.

Also inside: how to answer "why are you leaving teaching?" in an interview.

Read online: https://thecareerswitch.example.com/41
You're receiving this because you subscribed. Unsubscribe""",
        fmt="alt", list_id="The Career Switch <newsletter.thecareerswitch.example.com>", brand="The Career Switch"),
    Msg(OTHER, "recruiter_cold_inmail", "en", "", "niall.obrien@summitlearningsearch.example.com",
        "Niall O'Brien <niall.obrien@summitlearningsearch.example.com>", "Quick question",
        """Hi Aoife,

I came across your profile and loved the move from the classroom into digital learning - nice work on the Storyline samples.

I specialise in L&D and edtech hires across Ireland and the UK. Nothing specific right now that matches, but I'd love to add you to my network so I can reach out when the right role lands. Are you open to permanent roles, contract, or both?

Best,
Niall O'Brien
Summit Learning Search"""),
    Msg(OTHER, "recruiter_marketing_multi", "en", "", "",
        "Hayward Talent <newsletter@haywardtalent.example.co.uk>", "🔥 This week's hottest L&D roles",
        """Hi Aoife,

Our consultants have been busy! Here are this week's top L&D and digital learning vacancies:

🔥 Head of L&D - Fintech - London - up to £85k
🔥 Digital Learning Designer - Pharma - Manchester - £45k
🔥 Learning Consultant - Big 4 - Dublin - €60k

Register your CV with us today and one of our team will be in touch!

Hayward Talent | Unsubscribe | Privacy""",
        fmt="html", list_id="<weekly.haywardtalent.example.co.uk>", brand="Hayward Talent"),
    Msg(OTHER, "podcast_interview", "en", "", "tom@teachersunplugged.example.com",
        "Tom Reddan <tom@teachersunplugged.example.com>", "Podcast interview? 🎙",
        """Hi Aoife,

I'm the host of Teachers Unplugged, a podcast about teachers who've moved into other careers. A friend passed on your blog post about turning lesson plans into e-learning and I'd love to interview you for an episode!

Recording takes about 45 minutes over Zoom; we'd send you the questions beforehand. Would you be up for it sometime in the next few weeks?

Cheers,
Tom"""),
    Msg(OTHER, "radio_interview", "en", "", "producer.morningshow@radiowest.example.ie",
        "Clodagh Burke <producer.morningshow@radiowest.example.ie>", "Radio West - interview request Thursday",
        """Hi Aoife,

Clodagh here, producer on the Morning Show on Radio West. We're doing a piece on Thursday on teachers leaving the profession and would love to do a short live phone interview with you at around 8.40am - about 6 minutes.

Could you let me know if you're available and the best number to ring you on?

Thanks a million,
Clodagh Burke
Producer, The Morning Show | Radio West"""),
    Msg(OTHER, "user_research_interview", "en", "", "",
        "Seesaw Research <research-noreply@userstudy.example.com>", "Invitation: 30-min user research interview (€40 voucher)",
        """Hi Aoife,

Thanks for signing up to our research panel. We're looking for teachers to take part in a 30-minute user interview about how you plan lessons with digital tools.

As a thank-you you'll receive a €40 voucher. Book an interview slot here: https://userstudy.example.com/book/aa21

The UX Research Team""", fmt="alt", brand="UX Research"),
    Msg(OTHER, "friend_own_rejection", "en", "", "siobhan.m@example.com",
        "Siobhán Murphy <siobhan.m@example.com>", "ugh",
        """Aoife!! So I got the email from the edtech crowd - they've decided to go with other candidates. After FOUR rounds and a presentation! I'm raging.

Pints Friday? I need to vent. How's your own search going, any interviews?

S x

Sent from my iPhone"""),
    Msg(OTHER, "own_sent_followup", "en", "", "",
        ME_Q, "Following up - Instructional Designer application",
        """Dear Ms Raman,

I hope you're well. I wanted to follow up on my application for the Instructional Designer role, submitted on 3 March. I remain very interested in the position and would be happy to share any further examples of my work.

Kind regards,
Aoife Brennan-Kowalski
+353 87 555 0163""",
        to="Priya Raman <priya@loomwise.example.com>"),
    Msg(OTHER, "own_sent_thank_you", "en", "", "",
        ME_Q, "Re: Interview - Learning Technologist (ref 04112)",
        """Dear Patrick,

Thank you for arranging yesterday's interview, and please pass on my thanks to the panel. I enjoyed discussing accessible module design and I am very keen on the role.

Best wishes,
Aoife""",
        to="Patrick Asante <p.asante@calderbridge.example.ac.uk>", reply=True, when="2026-06-17 19:02",
        parent="university_onsite_uk",
        quotes=[Quote("Patrick Asante <p.asante@calderbridge.example.ac.uk>",
                      "Dear Aoife,\n\nThank you for your application for the post of Learning Technologist. I am delighted to invite you to interview.\n\nKind regards,\nPatrick", days_before=10)]),
    Msg(OTHER, "ooo_recruiter", "en", "Kestrel Analytics", "",
        "Niamh Walsh <niamh.walsh@kestrel.example.com>", "Automatic reply: Enablement Lead - availability",
        """Thank you for your email. I am currently out of the office on annual leave, returning Monday 13 April, with limited access to email.

For urgent recruitment queries please contact talent@kestrel.example.com.

Niamh Walsh
People Operations | Kestrel Analytics""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    Msg(OTHER, "standup_calendar", "en", "", "",
        "Google Calendar <calendar-notification@google.com>", "Notification: Volunteer tutors weekly standup @ Mon 09:30 - 09:45",
        """Volunteer tutors weekly standup
Monday 09:30 – 09:45 (Irish Standard Time)

Joining info: meet.google.com/xyz-abcd-efg

Organizer: Fiona (Literacy volunteers)

Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.""",
        fmt="alt", brand="Google Calendar"),
    Msg(OTHER, "order_delayed", "en", "", "",
        "Bookfinch <orders@bookfinch.example.com>", "Unfortunately your order is delayed",
        """Hi Aoife,

Unfortunately your order #BF-558210 ("Design for How People Learn", "Map It") is delayed at our warehouse. We now expect to dispatch it within 3-5 working days.

We're sorry for the inconvenience. You don't need to do anything - we'll email you when it's on its way.

Bookfinch Customer Care""", fmt="alt", brand="Bookfinch"),
    Msg(OTHER, "gps_position", "en", "", "",
        "Find My Tracker <alerts@findmytracker.example.com>", "Position update: your bike tracker has moved",
        """Your tracker "Blue Bike" reported a new position.

Position: 53.3438 N, 6.2546 W (near Pearse Street, Dublin 2)
Accuracy: 12 m
Time: 22:14

If you did not expect this movement, open the app to see the full location history.""", brand="Find My Tracker"),
    Msg(OTHER, "bank_credit_card_application", "en", "", "",
        "Bank of Leinster <alerts@bankofleinster.example.ie>", "We've received your credit card application",
        """Dear Ms Brennan-Kowalski,

Thank you for applying for a Bank of Leinster Platinum credit card. We have received your application and will let you know our decision within 5 working days.

If we need any further information we will contact you.

Bank of Leinster p.l.c. is regulated by the Central Bank of Ireland.
Please do not reply to this email.""", fmt="html", brand="Bank of Leinster"),
    Msg(OTHER, "credit_union_loan", "en", "", "loans@rathminescu.example.ie",
        "Rathmines Credit Union Loans <loans@rathminescu.example.ie>", "Your loan application - update",
        """Hi Aoife,

We have reviewed your car loan application. Unfortunately we are unable to approve the full amount requested at this time based on your current income. We can offer €6,000 over 4 years - would you like to proceed with this?

Give us a call on 01 555 0122 or reply to this email.

Regards,
Loans Team, Rathmines Credit Union"""),
    Msg(OTHER, "apartment_rejection", "en", "", "lettings@dockside-lettings.example.ie",
        "Dockside Lettings <lettings@dockside-lettings.example.ie>", "Apt 4, 12 Grand Canal View",
        """Hi Aoife,

Thanks for viewing the apartment at 12 Grand Canal View and for submitting your application and references. Unfortunately the landlord has decided to proceed with another applicant.

We'll let you know if anything similar comes up in Dublin 4.

Kind regards,
Emma
Dockside Lettings"""),
    Msg(OTHER, "university_admission", "en", "", "",
        "UCD Graduate Admissions <pgadmissions-noreply@ucd.example.ie>", "Decision on your application: MSc Digital Education",
        """Dear Aoife,

Congratulations! We are pleased to offer you a place on the MSc Digital Education (part-time) commencing September 2026.

To accept your offer, please log in to the applicant portal and pay your deposit by 30 June.

Graduate Admissions Office""", fmt="alt", brand="UCD"),
    Msg(OTHER, "revenue_notice", "en", "", "",
        "Revenue <noreply@revenue.example.ie>", "New message in myAccount",
        """Dear Customer,

You have a new message in your myAccount Inbox. Please log in to myAccount to view it.

Revenue will never ask you for your password or credit card details by email.

Revenue - Irish Tax and Customs""", brand="Revenue"),
    Msg(OTHER, "anpost_parcel", "en", "", "",
        "An Post <tracking@anpost.example.ie>", "Your parcel is on its way",
        """Your parcel CE123456789IE is out for delivery today between 11:00 and 13:00.

Not home? Redirect or choose a safe place: https://track.anpost.example.ie/CE123456789IE""",
        fmt="html", brand="An Post"),
    Msg(OTHER, "irish_rail_delay", "en", "", "",
        "Irish Rail <alerts@irishrail.example.ie>", "Service disruption: Dublin Heuston - Galway",
        """We regret to inform you that the 07:35 Dublin Heuston to Galway service is delayed by approximately 40 minutes due to a signalling fault near Portarlington.

We apologise for the inconvenience. Check real-time information before travelling.""", brand="Irish Rail"),
    Msg(OTHER, "electric_ireland_bill", "en", "", "",
        "Electric Ireland <noreply@electricireland.example.ie>", "Your bill is ready",
        """Hi Aoife,

Your latest electricity bill for account ending 4471 is ready to view. Amount due: €142.38, due date 14 March 2026.

View your bill online. Thanks for being an Electric Ireland customer.""", fmt="alt", brand="Electric Ireland"),
    Msg(OTHER, "teaching_council_renewal", "en", "", "",
        "The Teaching Council <no-reply@teachingcouncil.example.ie>", "Annual registration renewal reminder",
        """Dear Registered Teacher,

This is a reminder that your annual registration with the Teaching Council is due for renewal. Please log in to My Registration to pay your annual fee before your renewal date to avoid removal from the Register.

The Teaching Council""", fmt="html", brand="The Teaching Council"),
    Msg(OTHER, "cpd_course", "en", "", "",
        "EduSkills CPD <courses@eduskillscpd.example.ie>", "Your certificate: Designing Online Learning (20 hrs)",
        """Congratulations Aoife!

You have completed "Designing Online Learning" (20 hours CPD). Your certificate is attached and available in your dashboard.

Next up: our summer course "Universal Design for Learning" - early bird rate until 1 May.

EduSkills CPD | Unsubscribe""",
        fmt="alt", list_id="<courses.eduskillscpd.example.ie>", brand="EduSkills CPD",
        attach="Certificate_Designing_Online_Learning.pdf"),
    Msg(OTHER, "netflix_style", "en", "", "",
        "Streamly <info@mailer.streamly.example.com>", "New on Streamly: the interview everyone's talking about",
        """Aoife, new this week:

THE INTERVIEW - a candid documentary interview with the teacher who became a chess champion.
OFFER ENDS SOON - add a second screen for €2 a month.

Watch now. Unsubscribe | Help Centre""",
        fmt="html", list_id="<promo.streamly.example.com>", brand="Streamly"),
    Msg(OTHER, "gym_membership", "en", "", "",
        "FlexFit Gyms <hello@flexfit.example.ie>", "Your membership application has been approved 💪",
        """Hi Aoife,

Welcome to FlexFit Ranelagh! Your membership application has been approved. Your first direct debit of €39.99 will be taken on 1 February.

Book your free induction in the app.

FlexFit Gyms""", fmt="html", brand="FlexFit"),
    Msg(OTHER, "survey_candidate_experience", "en", "", "",
        "Brightpath Learning <no-reply@us.greenhouse-mail.io>", "How did we do? 2-minute survey",
        """Hi Aoife,

You recently went through our hiring process. Whatever the outcome, we'd love to hear about your experience - it takes 2 minutes and is anonymous.

https://survey.example.com/s/cx-briteline

Thank you!
Brightpath Learning Recruiting""", fmt="alt", brand="Brightpath Learning"),
    Msg(OTHER, "de_stepstone", "de", "", "",
        "StepStone Jobagent <jobagent@stepstone.example.de>", "12 neue Jobs für \"E-Learning\" in Berlin",
        """Hallo Aoife,

Ihr Jobagent hat 12 neue Stellenangebote für Sie gefunden:

E-Learning Designer (m/w/d) – Lernraum GmbH – Berlin – Homeoffice möglich
Referent Digitale Bildung (m/w/d) – Stiftung Medienkompetenz – Berlin
Trainer Customer Education (w/m/d) – SaaS Scale-up – Remote

Tipp der Woche: So überzeugen Sie im Vorstellungsgespräch.

Jobagent bearbeiten | Abmelden""",
        fmt="html", list_id="<jobagent.stepstone.example.de>", brand="StepStone"),
    Msg(OTHER, "de_xing_headhunter", "de", "", "s.wagner@koenig-personalberatung.example.de",
        "Sabine Wagner <s.wagner@koenig-personalberatung.example.de>", "Ihr Profil",
        """Hallo Frau Brennan-Kowalski,

Ihr Profil ist mir bei XING aufgefallen – spannender Weg vom Klassenzimmer ins digitale Lernen!

Ich betreue regelmäßig Positionen im Bereich L&D und Corporate Learning in München. Aktuell habe ich nichts Konkretes, würde Sie aber gern in meinen Kandidatenpool aufnehmen. Darf ich Sie dafür kurz anrufen?

Beste Grüße
Sabine Wagner
König Personalberatung"""),
    Msg(OTHER, "de_newsletter_absage", "de", "", "",
        "karriere-kompass <newsletter@karriere-kompass.example.de>", "Absage nach dem Vorstellungsgespräch – was jetzt?",
        """Karriere-Kompass Newsletter | Ausgabe 17/2026

Leider haben wir uns für einen anderen Kandidaten entschieden … Diese Zeilen kennt fast jeder. Wir zeigen, wie Sie aus einer Absage lernen, wann sich Nachfragen lohnt und wie Sie ein verpasstes Vorstellungsgespräch retten.

Außerdem: Gehaltsverhandlung für Quereinsteiger.

Newsletter abbestellen""",
        fmt="alt", list_id="<newsletter.karriere-kompass.example.de>", brand="Karriere-Kompass"),
    Msg(OTHER, "de_dhl_verspaetung", "de", "", "",
        "DHL Paket <noreply@dhl.example.de>", "Ihre Sendung verzögert sich",
        """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Der neue voraussichtliche Zustelltag ist Donnerstag.

Wir bitten um Entschuldigung.
Ihr DHL Paket Team""", brand="DHL"),
    Msg(OTHER, "de_wohnung_absage", "de", "", "vermietung@immo-isar.example.de",
        "Immo Isar Vermietung <vermietung@immo-isar.example.de>", "Ihre Anfrage: 2-Zimmer-Wohnung Au-Haidhausen",
        """Sehr geehrte Frau Brennan-Kowalski,

vielen Dank für Ihr Interesse an der Wohnung in der Preysingstraße. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.

Mit freundlichen Grüßen
Ihr Team von Immo Isar"""),
    Msg(OTHER, "de_ooo_recruiter", "de", "Kursfabrik", "",
        "Jan Albers <jan@kursfabrik.example.de>", "Abwesenheitsnotiz: Re: Kennenlernen",
        """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24. August nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an people@kursfabrik.example.de.

Jan Albers""",
        headers={"Auto-Submitted": "auto-replied"}),
    Msg(OTHER, "de_freundin_absage", "de", "", "katja.neumann@example.de",
        "Katja Neumann <katja.neumann@example.de>", "na toll",
        """Hey Aoife,

kurzes Update von mir: hab heute die Absage von der Agentur bekommen, nach dem dritten Gespräch. "Wir haben uns für eine Kandidatin entschieden, die besser passt" – blabla. Naja. Wie läuft es bei dir?

Drück dich
Katja"""),
    Msg(OTHER, "de_bahn_verspaetung", "de", "", "",
        "DB Reiseservice <noreply@reiseservice.example.de>", "Verspätung Ihrer Reise München – Berlin",
        """Guten Tag Aoife Brennan-Kowalski,

Ihr ICE 1006 am 15.06. hat voraussichtlich 35 Minuten Verspätung. Ihr Anschluss in Berlin ist nicht gefährdet.

Gute Reise wünscht Ihnen
Ihr DB Reiseservice""", brand="DB"),
    Msg(OTHER, "fr_wttj_newsletter", "fr", "", "",
        "Welcome to the Jungle <newsletter@welcometothejungle.com>", "Les offres de la semaine + comment rebondir après un refus",
        """Bonjour Aoife,

Cette semaine dans votre sélection :
• Ingénieure pédagogique – Apprendo – Paris
• Customer Success Manager – Klasseo – Lyon
• Chargée de formation – Banque Hérault – Montpellier

À lire : « Votre candidature n'a pas été retenue » : 5 façons de rebondir après un refus, et comment préparer votre prochain entretien.

Se désinscrire""",
        fmt="html", list_id="<newsletter.welcometothejungle.com>", brand="Welcome to the Jungle"),
    Msg(OTHER, "fr_apec_alerte", "fr", "", "",
        "Apec – Alertes <alertes@apec.example.fr>", "3 nouvelles offres correspondent à votre recherche",
        """Bonjour,

3 nouvelles offres correspondent à votre alerte « concepteur pédagogique – Lyon » :
- Concepteur pédagogique digital H/F – Lyon 7e
- Responsable formation – Villeurbanne
- Chef de projet e-learning – Lyon 2e

Gérer mes alertes | Se désabonner""",
        fmt="html", list_id="<alertes.apec.example.fr>", brand="Apec"),
    Msg(OTHER, "fr_interview_presse", "fr", "", "marion.leclerc@lemagdeleducation.example.fr",
        "Marion Leclerc <marion.leclerc@lemagdeleducation.example.fr>", "Demande d'interview – Le Mag de l'Éducation",
        """Bonjour Madame Brennan-Kowalski,

Je suis journaliste au Mag de l'Éducation et je prépare un dossier sur les enseignants qui se reconvertissent dans l'ingénierie pédagogique en Europe. Accepteriez-vous de répondre à quelques questions lors d'une interview téléphonique d'une vingtaine de minutes ?

Bien cordialement,
Marion Leclerc"""),
    Msg(OTHER, "fr_colis_retard", "fr", "", "",
        "Colissimo <ne-pas-repondre@colissimo.example.fr>", "Votre colis a du retard",
        """Bonjour,

Malheureusement, votre colis 6A12345678901 a pris du retard. Il vous sera livré dans les prochains jours.

Nous vous prions de nous excuser pour ce désagrément.
Colissimo""", brand="Colissimo"),
    Msg(OTHER, "fr_banque_credit", "fr", "", "",
        "Crédit Rhodanien <ne-pas-repondre@credit-rhodanien.example.fr>", "Votre demande de prêt a bien été reçue",
        """Madame,

Nous accusons réception de votre demande de prêt personnel. Votre dossier est en cours d'étude ; une réponse vous sera communiquée sous 48 heures ouvrées.

Crédit Rhodanien""", fmt="html", charset="iso-8859-1", cte="quoted-printable", brand="Crédit Rhodanien"),
    Msg(OTHER, "fr_ami_entretien", "fr", "", "theo.martin@example.fr",
        "Théo Martin <theo.martin@example.fr>", "Re: des nouvelles ?",
        """Salut Aoife,

Alors mon entretien chez l'éditeur s'est super bien passé, j'ai le deuxième tour lundi ! Croise les doigts pour moi. Et toi, t'as eu des réponses pour Lyon ?

Bises,
Théo""", reply=True,
        quotes=[Quote(ME_Q, "Salut Théo,\n\nAlors, cet entretien ? Raconte !\n\nAoife", style="fr", days_before=1)]),
    Msg(OTHER, "fr_sncf", "fr", "", "",
        "SNCF Connect <noreply@sncf-connect.example.fr>", "Votre e-billet Paris – Lyon",
        """Bonjour Aoife,

Voici votre e-billet pour le trajet Paris Gare de Lyon → Lyon Part-Dieu du 12 mai à 08h04 (TGV INOUI 6611), voiture 14, place 73.

Bon voyage !
SNCF Connect""", fmt="alt", brand="SNCF Connect"),
    Msg(OTHER, "es_infojobs_alerta", "es", "", "",
        "InfoJobs <alertas@infojobs.example.net>", "15 nuevas ofertas de \"formación online\" en Madrid",
        """Hola Aoife,

Tenemos 15 nuevas ofertas para ti:
- Técnico/a de Formación e-learning – Madrid – Jornada completa
- Diseñador/a instruccional – Teletrabajo
- Coordinador/a de formación – Alcobendas

Consejo: cómo prepararte para una entrevista por competencias.

Darse de baja de estas alertas""",
        fmt="html", list_id="<alertas.infojobs.example.net>", brand="InfoJobs"),
    Msg(OTHER, "es_reclutador_sin_entrevista", "es", "", "alvaro.perez@talentoiberico.example.es",
        "Álvaro Pérez <alvaro.perez@talentoiberico.example.es>", "Hola Aoife",
        """Hola Aoife, ¿qué tal?

He visto tu perfil en LinkedIn y me ha parecido muy interesante tu trayectoria de docente a diseño instruccional. Trabajo con empresas de formación y edtech en Madrid y Barcelona. Ahora mismo no tengo ningún proceso abierto que encaje, pero me encantaría tenerte en cuenta para los próximos.

¡Un saludo!
Álvaro Pérez
Talento Ibérico"""),
    Msg(OTHER, "es_pedido_retrasado", "es", "", "",
        "Tienda Papelia <pedidos@papelia.example.es>", "Tu pedido se ha retrasado",
        """Hola Aoife,

Lamentablemente tu pedido n.º 88213 (rotuladores y cuadernos) se ha retrasado. Te lo enviaremos en cuanto recibamos el stock, previsiblemente la próxima semana.

Disculpa las molestias,
Papelia""", fmt="alt", brand="Papelia"),
    Msg(OTHER, "es_universidad_admision", "es", "", "",
        "Universitat Oberta de Catalunya Example <admisiones-noreply@uoc.example.es>",
        "Resolución de tu solicitud de admisión",
        """Hola Aoife,

Lamentamos comunicarte que tu solicitud de admisión al Máster en Educación y TIC no ha sido admitida en esta convocatoria por haberse cubierto todas las plazas. Podrás volver a solicitarla en el próximo semestre.

Servicio de Admisiones""", fmt="html", brand="UOC"),
    Msg(OTHER, "es_entrevista_radio", "es", "", "lucia.gomez@radioaula.example.es",
        "Lucía Gómez <lucia.gomez@radioaula.example.es>", "Entrevista para el programa",
        """Hola Aoife,

Soy Lucía, de Radio Aula. Estamos preparando un programa sobre docentes que cambian de profesión y nos encantaría hacerte una entrevista de unos 15 minutos por teléfono la semana que viene. ¿Te animas?

Un abrazo,
Lucía Gómez
Producción – Radio Aula"""),
    Msg(OTHER, "es_spotify_style", "es", "", "",
        "Sonora <no-reply@sonora.example.com>", "Tu resumen del año ya está aquí 🎧",
        """¡Hola Aoife!

Tu resumen de 2026 ya está listo: 12.403 minutos escuchados, tu pódcast favorito fue «Entrevistas de trabajo sin miedo».

Descúbrelo en la app.""", fmt="html", list_id="<promo.sonora.example.com>", brand="Sonora"),
]

MSGS += [
    Msg("rejection", "es_consultora_relay", "es", "Laboratorios Miralba", "nuria@enlacetalent.example.es",
        "Nuria Castell <nuria@enlacetalent.example.es>", "Feedback Miralba",
        """Hola Aoife,

Te escribo con la respuesta de Laboratorios Miralba sobre el puesto de Formadora de Ventas. Finalmente han decidido no seguir adelante con tu candidatura: buscaban a alguien con experiencia previa en el sector farmacéutico.

Me quedo con tu perfil para otros procesos de formación que tengo abiertos, ¡hablamos pronto!

Nuria Castell
Enlace Talent · Barcelona · 93 555 01 44"""),
    Msg("application_received", "es_workday_pharma", "es", "Laboratorios Miralba", "",
        "Laboratorios Miralba <miralba@myworkday.com>",
        "Hemos recibido tu solicitud – Formador/a de Ventas (JR-7712)",
        """Hola Aoife:

Gracias por tu interés en Laboratorios Miralba. Hemos recibido tu solicitud para el puesto Formador/a de Ventas (JR-7712).

Nuestro equipo de Adquisición de Talento revisará tu perfil. Puedes consultar el estado de tu solicitud en cualquier momento en nuestro portal de empleo.

Atentamente,
Adquisición de Talento
Laboratorios Miralba

Este es un correo generado automáticamente. Por favor, no respondas a este mensaje.""",
        fmt="alt", brand="Laboratorios Miralba"),
    Msg("interview_invitation", "es_universidad_calendly", "es", "Universidad Europea del Atlántico", "jmoreno@uea.example.es",
        "Javier Moreno <jmoreno@uea.example.es>", "Tu candidatura – Diseñadora instruccional (Campus Virtual)",
        """Buenos días, Aoife:

Hemos revisado tu candidatura para el puesto de Diseñadora instruccional del Campus Virtual y nos gustaría hacerte una primera entrevista por Teams de unos 40 minutos con la coordinadora del área.

Puedes elegir el día y la hora que mejor te convengan aquí: https://calendly.com/uea-campusvirtual/entrevista

Un saludo cordial,
Javier Moreno
Unidad de Selección – Universidad Europea del Atlántico"""),
    Msg(OTHER, "es_amiga_reenvia_oferta", "es", "", "carmen.ruiz@example.es",
        "Carmen Ruiz <carmen.ruiz@example.es>", "Fwd: Oferta Técnica de formación",
        """Mira esto Aoife, ¡es clavado a lo que buscas! Yo me animaría.

Besos,
Carmen""",
        quotes=[Quote("Bolsa de Empleo COP <empleo@colegio-profesional.example.es>",
                      "Se busca Técnica de formación e-learning para ONG en Madrid. Jornada completa, incorporación inmediata. Interesadas enviar CV a rrhh@ong-ejemplo.example.org",
                      style="forward", subject="Oferta Técnica de formación", days_before=1)]),
    Msg("interview_invitation", "forwarded_by_hr_assistant", "en", "Eastbourne Academy Trust", "l.carter@eastbourneacademies.example.org.uk",
        "Lucy Carter <l.carter@eastbourneacademies.example.org.uk>", "FW: Interview - Trust Digital Learning Lead",
        """Hi Aoife,

Please see below from Mark - he'd like to invite you to interview on Monday 9 March at 1pm at Head Office. Could you confirm you can make it? I'll send parking details once confirmed.

Thanks,
Lucy

Lucy Carter
HR Assistant | Eastbourne Academy Trust""",
        quotes=[Quote("Mark Jennings <m.jennings@eastbourneacademies.example.org.uk>",
                      "Lucy - can you invite Aoife B-K to interview for the Digital Learning Lead, Mon 9th 1pm? Panel is me, Sarah and a head from one of the primaries. Cheers, Mark",
                      style="outlook", subject="Interview - Trust Digital Learning Lead", days_before=0)],
        when="2026-03-02 10:48"),
    Msg("application_received", "pinpoint_ack", "en", "Riverside Museums Trust", "",
        "Riverside Museums Trust <no-reply@pinpointhq.com>",
        "We've got your application",
        """Hi Aoife,

Thanks for applying for the Learning Officer (Schools) role at Riverside Museums Trust. This email confirms we've received your application.

Our team will review every application after the closing date of 20 April. We'll be in touch either way.

Best wishes,
Riverside Museums Trust""",
        fmt="alt", brand="Riverside Museums Trust"),
]
