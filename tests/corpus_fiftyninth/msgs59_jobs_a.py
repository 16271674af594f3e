"""Messages of the fifty-ninth corpus, part A: rejections and interview invitations.

Each entry is one hand-written message; make_fiftyninth.py turns it into an .eml.  Imports only
msgs59_util.
"""

from __future__ import annotations

from msgs59_util import ME, d, q

REJECTIONS = [
    {"kind": "rejection", "slug": "workday_clinops_soft", "lang": "en", "company": "Halvorsen Therapeutics",
         "contact": "", "frm": ("Halvorsen Therapeutics", "halvorsen@myworkday.com"),
         "subject": "Your application for Clinical Trial Associate (R-0042187)",
         "date": d("2026-01-14 16:02"), "fmt": "html", "brand": "Halvorsen Therapeutics",
         "body": """Dear Siobhán,

Thank you for your interest in the Clinical Trial Associate position (R-0042187) at Halvorsen Therapeutics.

After careful review of your application, we have decided to move forward with other candidates whose background more closely aligns with the requirements of this role.

We encourage you to continue to visit our Careers site and apply for future positions that match your skills.

Kind regards,
Halvorsen Therapeutics Talent Acquisition

This is a system-generated email. Please do not reply to this message."""},
    {"kind": "rejection", "slug": "hm_mobile_blunt", "lang": "en", "company": "Brightwater Clinical",
         "contact": "declan.furey@brightwater-clinical.example.com",
         "frm": ("Declan Furey", "declan.furey@brightwater-clinical.example.com"),
         "subject": "Re: CRA II - Dublin", "date": d("2026-01-19 21:47"),
         "irt": "<b8f1c2@example.ie>",
         "body": """Hi Siobhan, thanks for your time last wk. We wont be moving forward - went with someone with more monitoring experience. Best of luck

Declan

Sent from my iPhone"""},
    {"kind": "rejection", "slug": "nhs_trust_after_interview", "lang": "en",
         "company": "Manchester Royal Teaching Hospitals NHS Foundation Trust",
         "contact": "research.recruitment@mrth.nhs.example.net",
         "frm": ("NHS Jobs", "no-reply@jobs.nhs.example.net"),
         "reply_to": ("Research Recruitment Team", "research.recruitment@mrth.nhs.example.net"),
         "subject": "Outcome of interview - Research Nurse Band 6 (ref 341-R-2291)",
         "date": d("2026-02-03 11:20"),
         "body": """Dear Siobhan Okafor-Lindqvist

Post: Research Nurse Band 6
Reference: 341-R-2291

Thank you for attending interview for the above post. I regret to inform you that on this occasion you have not been successful.

The panel were impressed with your knowledge of GCP and your experience in oncology trials, however the successful candidate demonstrated more experience of managing a caseload of commercial studies.

If you would like feedback please contact the recruiting manager, Fiona Ashworth, via the Research Recruitment Team.

Thank you for your interest in working for Manchester Royal Teaching Hospitals NHS Foundation Trust.

Yours sincerely

Recruitment Services"""},
    {"kind": "rejection", "slug": "agency_relayed_exclaim", "lang": "en", "company": "Corvane Biologics",
         "contact": "ciara@tallisharte.example.com",
         "frm": ("Ciara Nolan", "ciara@tallisharte.example.com"),
         "subject": "Corvane feedback", "date": d("2026-02-09 12:31"),
         "body": """Hi Siobhán!!

Hope you're well! So I finally heard back from Corvane on the Clinical Project Associate role and unfortunately it's not good news this time :( They've decided to go with a candidate who has direct sponsor-side experience.

They did say you came across really well and they liked your site background, so please don't be disheartened!! I have a couple of other CRO roles coming in next week that I think would be a great fit, will give you a buzz.

Chat soon!
Ciara

Ciara Nolan | Senior Consultant, Life Sciences
Tallis Harte
M: +353 87 412 9930 | ciara@tallisharte.example.com"""},
    {"kind": "rejection", "slug": "greenhouse_short", "lang": "en", "company": "Lumenfold Health",
         "contact": "", "frm": ("Lumenfold Health", "no-reply@us.greenhouse-mail.io"),
         "subject": "Thank you from Lumenfold Health", "date": d("2026-02-11 17:05"),
         "fmt": "alt",
         "body": """Hi Siobhán,

Thanks for your time, but we won't be moving forward with your application for Customer Success Manager (Clinical Sites) at this time.

Best,
The Lumenfold team"""},
    {"kind": "rejection", "slug": "role_on_hold", "lang": "en", "company": "Ardmore Health Research Institute",
         "contact": "hr@ardmore-hri.example.org",
         "frm": ("Human Resources", "hr@ardmore-hri.example.org"),
         "subject": "Update", "date": d("2026-02-17 10:08"),
         "body": """Dear Siobhán,

I am writing to let you know that, following a review of the funding for the Clinical Operations Coordinator post, the Institute has decided to put the recruitment on hold indefinitely. As a result we will not be proceeding with the competition and your application will not be progressed further.

We appreciate the time you put into your application and apologise for any inconvenience.

Regards,
Gráinne Fitzmaurice
HR Officer
Ardmore Health Research Institute
Tel: +353 91 495 220"""},
    {"kind": "rejection", "slug": "british_shant_progress", "lang": "en", "company": "Penwright Life Sciences",
         "contact": "talent@penwright.example.co.uk",
         "frm": ("Penwright Talent", "talent@penwright.example.co.uk"),
         "subject": "Regulatory Affairs Officer - application", "date": d("2026-02-24 09:41"),
         "cte": "quoted-printable",
         "body": """Dear Siobhán,

Many thanks for applying for the Regulatory Affairs Officer vacancy and for taking the time to complete our online questionnaire.

We've now reviewed all applications against the shortlisting criteria and I'm afraid we shan't be progressing your application on this occasion. We had an exceptionally strong field and the decision was a difficult one.

We'll keep your details on file for six months, in line with our privacy notice, and may be in touch should something more suitable come up.

With best wishes,

Harriet Cole
Talent Partner | Penwright Life Sciences Ltd
Registered in England and Wales No. 08812345. Registered office: 4 Quayside, Cambridge CB5 8AB.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""},
    {"kind": "rejection", "slug": "after_takehome", "lang": "en", "company": "Nuvola Trials",
         "contact": "maya@nuvolatrials.example.com",
         "frm": ("Maya Castellanos", "maya@nuvolatrials.example.com"),
         "subject": "Re: Take-home - study start-up plan", "date": d("2026-03-02 18:12"),
         "irt": "<tk88@example.ie>",
         "body": f"""Hi Siobhán,

Thanks so much for the work you put into the start-up plan, the team really appreciated the detail on the ethics submission timeline.

After discussing as a group we've decided not to move ahead to the final round. The main gap for us was hands-on experience with an eTMF migration, which is a big part of the first six months in this role. I know that's not what you were hoping to hear.

Happy to jump on a 10 min call if feedback would be useful.

Maya
Head of Clinical Operations, Nuvola Trials

On Thu, 26 Feb 2026 at 22:40, Siobhán Okafor-Lindqvist <{ME}> wrote:
{q('''Hi Maya,

Please find my study start-up plan attached. I assumed a 12-site EU study
with Ireland as the lead country.

Thanks,
Siobhán''')}"""},
    {"kind": "rejection", "slug": "taleo_position_filled", "lang": "en", "company": "Meridian Pharma",
         "contact": "", "frm": ("Meridian Pharma Careers", "do-not-reply@meridianpharma.taleo.net"),
         "subject": "Meridian Pharma - Requisition 2600381 Pharmacovigilance Associate",
         "date": d("2026-03-06 03:15"), "cs": "windows-1252", "cte": "quoted-printable",
         "body": """Dear Siobhán Okafor-Lindqvist ,

Thank you for your interest in the Pharmacovigilance Associate position at Meridian Pharma.

We wish to inform you that this position has now been filled. We'll keep your profile in our database so you can be considered for other opportunities that match your qualifications.

To review the status of your applications, log in to the Meridian Pharma career section.

Sincerely,

Meridian Pharma – Talent Acquisition

***** This message was sent automatically – please don’t reply. *****"""},
    {"kind": "rejection", "slug": "indian_regret_revert", "lang": "en", "company": "Suryanova Clinical Research",
         "contact": "priya.raghavan@suryanova.example.com",
         "frm": ("Priya Raghavan", "priya.raghavan@suryanova.example.com"),
         "subject": "Regarding your candidature - Project Manager, Clinical Operations (Dublin)",
         "date": d("2026-03-10 07:55", "+0530"),
         "body": """Dear Siobhan,

Greetings from Suryanova Clinical Research!

This is with reference to your candidature for the position of Project Manager - Clinical Operations at our Dublin office. We regret to inform you that we are unable to take your candidature forward at this juncture, as the profile requires prior experience of managing Phase III global studies end to end.

We thank you for your interest and will revert in case a suitable opening arises in the future.

Warm regards,
Priya Raghavan
Manager - Talent Acquisition
Suryanova Clinical Research Pvt. Ltd. | Dublin | Hyderabad | Pune"""},
    {"kind": "rejection", "slug": "hse_competition_not_shortlisted", "lang": "en",
         "company": "HSE", "contact": "", "frm": ("HSE Recruitment", "noreply@hse-recruit.example.ie"),
         "subject": "Campaign HSW-2611: Shortlisting Outcome", "date": d("2026-03-18 14:00"),
         "fmt": "html", "brand": "HSE", "tracked": False,
         "body": """Dear Candidate,

Campaign Reference: HSW-2611
Post: Clinical Nurse Manager 2 - Research & Innovation, Community Healthcare West

Thank you for your application for the above campaign.

The shortlisting board has now completed its work and I regret to advise that you were not shortlisted to proceed to interview on this occasion. The board assessed all applications against the key requirements as set out in the Job Specification.

You may request feedback on your application within 5 working days of the date of this notification.

Thank you for your interest in working with the Health Service Executive.

National Recruitment Service"""},
    {"kind": "rejection", "slug": "japanese_owned_politely", "lang": "en", "company": "Kaminari Medical Europe",
         "contact": "hiring@kaminari-medical.example.com",
         "frm": ("Kaminari Medical Europe Recruiting", "hiring@kaminari-medical.example.com"),
         "subject": "Result of selection - Clinical Affairs Specialist", "date": d("2026-03-25 08:30"),
         "body": """Dear Ms. Okafor-Lindqvist,

We sincerely thank you for your application and for the time you took for the interviews with our Düsseldorf and Dublin members.

After careful consideration among the selection committee, we regret that we cannot offer you the position of Clinical Affairs Specialist at this time. Please understand that this decision was very difficult because of the many excellent applicants.

We hope for your further success and thank you again for your interest in our company.

Best regards,
Yuki Hashimoto
Human Resources Group
Kaminari Medical Europe B.V."""},
    {"kind": "rejection", "slug": "lever_after_panel", "lang": "en", "company": "Tessel Health",
         "contact": "jonah.meyers@tesselhealth.example.com",
         "frm": ("Jonah Meyers", "no-reply@hire.lever.co"),
         "reply_to": ("Jonah Meyers", "jonah.meyers@tesselhealth.example.com"),
         "subject": "Following up", "date": d("2026-04-01 20:19", "-0400"), "fmt": "alt",
         "body": """Hi Siobhán,

I wanted to follow up personally after your panel on Tuesday. The team enjoyed meeting you, and your answers on site activation were some of the strongest we heard.

That said, we've made the difficult decision to extend an offer to another candidate whose experience with US IRB submissions was a closer match for where the program is right now.

I'd genuinely like to stay in touch - we expect to open a second role in EMEA later this year.

Best,
Jonah
Recruiting @ Tessel Health"""},
    {"kind": "rejection", "slug": "south_african_regret", "lang": "en", "company": "Umhlaba Diagnostics",
         "contact": "careers@umhlabadx.example.co.za",
         "frm": ("Umhlaba Diagnostics Careers", "careers@umhlabadx.example.co.za"),
         "subject": "Re: your application", "date": d("2026-04-08 10:45", "+0200"),
         "body": """Good day Siobhán

Thank you for your application for the Medical Science Liaison (Ireland & UK) post.

Unfortunately your application was not successful. Due to the high number of applications received we are unable to provide individual feedback.

We wish you well in your job search.

Kind regards
Thandiwe Mokoena
Recruitment | Umhlaba Diagnostics (Pty) Ltd
Cape Town · Dublin"""},
    {"kind": "rejection", "slug": "successfactors_withdrawn_req", "lang": "en",
         "company": "Veltrix Medical", "contact": "",
         "frm": ("Veltrix Medical Recruiting", "careers-noreply@successfactors.example.eu"),
         "subject": "Veltrix Medical: Update on Field Clinical Specialist - Galway",
         "date": d("2026-04-15 06:02"), "fmt": "html", "brand": "Veltrix Medical",
         "body": """Dear Siobhán,

We are writing to inform you that the Field Clinical Specialist - Galway requisition (ID 77310) has been cancelled due to a change in business needs. As a result, your application will not be considered further for this position.

Thank you for your interest in Veltrix Medical. We invite you to review other open positions on our career site.

Veltrix Medical Talent Acquisition"""},
    {"kind": "rejection", "slug": "university_after_presentation", "lang": "en",
         "company": "University of Edinburgh Clinical Trials Unit",
         "contact": "k.mcleish@ectu.example.ac.uk",
         "frm": ("Kirsty McLeish", "k.mcleish@ectu.example.ac.uk"),
         "subject": "Trial Manager interview - outcome", "date": d("2026-05-06 15:33"),
         "body": """Dear Siobhán,

Thank you for coming to see us and for your presentation on risk-based monitoring, which the panel thought was clear and well pitched.

I'm sorry to say that we have offered the post to another candidate. It was a close decision and the panel felt the successful applicant's experience of running a CTIMP from the CTU side gave them the edge.

I'd be happy to give more detailed feedback by phone if that would help - just let me know a time.

With best wishes,
Kirsty

Dr Kirsty McLeish
Senior Trial Manager
Edinburgh Clinical Trials Unit | University of Edinburgh
The University of Edinburgh is a charitable body, registered in Scotland, with registration number SC005336."""},
    {"kind": "rejection", "slug": "de_absage_formal", "lang": "de", "company": "Rheinfeld Pharma",
         "contact": "", "frm": ("Rheinfeld Pharma Karriere", "noreply@rheinfeld-pharma.example.de"),
         "subject": "Ihre Bewerbung als Clinical Research Associate (m/w/d)",
         "date": d("2026-02-12 09:00", "+0100"), "cs": "iso-8859-1", "cte": "8bit",
         "body": """Sehr geehrte Frau Okafor-Lindqvist,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Rheinfeld Pharma GmbH.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation; andere Bewerberinnen und Bewerber entsprachen dem Anforderungsprofil in einigen Punkten noch genauer.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinfeld Pharma GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."""},
    {"kind": "rejection", "slug": "de_absage_nach_gespraech", "lang": "de", "company": "Helixa Biotech",
         "contact": "j.brandauer@helixa.example.ch",
         "frm": ("Johanna Brandauer", "j.brandauer@helixa.example.ch"),
         "subject": "AW: Gespräch vom 3. März", "date": d("2026-03-11 13:27", "+0100"),
         "irt": "<gespraech-3m@example.ie>",
         "body": f"""Liebe Frau Okafor-Lindqvist,

herzlichen Dank nochmals für das angenehme Gespräch letzte Woche in Basel.

Wir haben uns die Entscheidung nicht leicht gemacht, uns aber letztlich für eine Kandidatin entschieden, die bereits Erfahrung mit Swissmedic-Einreichungen mitbringt. Ich hätte Ihnen gerne eine andere Nachricht geschrieben.

Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback.

Beste Grüsse
Johanna Brandauer
Head Clinical Operations
Helixa Biotech AG | Hochbergerstrasse 60 | 4057 Basel
T +41 61 555 21 40

Am 04.03.2026 um 08:12 schrieb Siobhán Okafor-Lindqvist <{ME}>:
{q('''Sehr geehrte Frau Brandauer,
vielen Dank für das Gespräch gestern. Anbei wie besprochen meine Referenzen.
Mit freundlichen Grüßen
Siobhán Okafor-Lindqvist''')}"""},
    {"kind": "rejection", "slug": "de_kurz_stelle_besetzt", "lang": "de", "company": "Isarklinik München",
         "contact": "personal@isarklinik.example.de",
         "frm": ("Personalabteilung Isarklinik", "personal@isarklinik.example.de"),
         "subject": "Studienkoordination", "date": d("2026-04-20 11:02", "+0200"),
         "body": """Hallo Frau Okafor-Lindqvist,

danke für Ihr Interesse. Die Stelle in der Studienkoordination ist inzwischen besetzt, daher können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Viele Grüße
Sabine Wendt
Personalabteilung
Isarklinik München"""},
    {"kind": "rejection", "slug": "de_personio_projekt_gestoppt", "lang": "de", "company": "Medicura Digital",
         "contact": "", "frm": ("Medicura Digital", "noreply@medicura-digital.jobs.personio.de"),
         "subject": "Deine Bewerbung bei Medicura Digital", "date": d("2026-05-13 16:44", "+0200"),
         "fmt": "html", "brand": "Medicura Digital",
         "body": """Hi Siobhán,

danke dir für deine Bewerbung als Customer Success Manager (Kliniken)!

Leider müssen wir dir mitteilen, dass wir die Stelle aufgrund einer internen Umstrukturierung vorerst nicht besetzen werden. Deshalb können wir deine Bewerbung nicht weiter berücksichtigen.

Wir drücken dir die Daumen für deine weitere Suche.

Dein People-Team von Medicura Digital"""},
    {"kind": "rejection", "slug": "de_absage_agentur", "lang": "de", "company": "Sonnwald Medizintechnik",
         "contact": "m.hoffer@kestrel-partners.example.de",
         "frm": ("Matthias Hoffer", "m.hoffer@kestrel-partners.example.de"),
         "subject": "Rückmeldung Sonnwald", "date": d("2026-06-02 17:58", "+0200"),
         "body": """Hallo Siobhán,

kurze Rückmeldung von Sonnwald Medizintechnik zur Position Clinical Affairs Manager: Sie haben sich leider für einen anderen Kandidaten entschieden, vor allem wegen der fehlenden MDR-Erfahrung.

Schade, ich hätte es Ihnen gegönnt. Ich melde mich, sobald ich etwas Passendes habe.

Beste Grüße
Matthias Hoffer
Kestrel Partners | Executive Search Life Sciences
+49 89 2020 4411"""},
    {"kind": "rejection", "slug": "fr_refus_formel", "lang": "fr", "company": "Laboratoires Vérandes",
         "contact": "", "frm": ("Laboratoires Vérandes - Recrutement", "ne-pas-repondre@verandes.example.fr"),
         "subject": "Votre candidature - Chargée d'affaires réglementaires",
         "date": d("2026-02-19 10:15", "+0100"), "cs": "iso-8859-1", "cte": "quoted-printable",
         "body": """Madame,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Vérandes et de votre candidature au poste de Chargé(e) d'affaires réglementaires basé à Lyon.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons donner une suite favorable à votre candidature, d'autres profils correspondant davantage à nos besoins actuels.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Laboratoires Vérandes"""},
    {"kind": "rejection", "slug": "fr_refus_apres_entretien", "lang": "fr", "company": "Clinova Genève",
         "contact": "a.dufresne@clinova.example.ch",
         "frm": ("Aurélie Dufresne", "a.dufresne@clinova.example.ch"),
         "subject": "RE: Entretien Chef de projet études cliniques", "date": d("2026-04-09 18:20", "+0200"),
         "irt": "<entretien-clinova@example.ie>",
         "body": f"""Bonjour Siobhán,

Merci encore pour votre disponibilité et pour les échanges lors de nos deux entretiens.

Après réflexion, nous avons décidé de poursuivre le processus avec une autre personne, dont l'expérience en gestion de CRO était plus directement transposable à nos études en cours. Ce n'est pas une décision facile, votre parcours hospitalier nous a beaucoup plu.

Je vous souhaite pleine réussite pour la suite.

Bien cordialement,
Aurélie Dufresne
Responsable Opérations Cliniques
Clinova Genève SA

-----Message d'origine-----
De : Siobhán Okafor-Lindqvist <{ME}>
Envoyé : lundi 30 mars 2026 09:02
À : Aurélie Dufresne <a.dufresne@clinova.example.ch>
Objet : Entretien Chef de projet études cliniques

Bonjour Aurélie,
Je vous remercie pour l'entretien de vendredi. Au plaisir d'avoir de vos nouvelles.
Siobhán"""},
    {"kind": "rejection", "slug": "fr_wttj_court", "lang": "fr", "company": "Santélien",
         "contact": "", "frm": ("Santélien via Welcome to the Jungle", "notifications@welcometothejungle.example.com"),
         "subject": "Santélien a répondu à votre candidature", "date": d("2026-05-21 12:00", "+0200"),
         "fmt": "html", "brand": "Welcome to the Jungle",
         "body": """Bonjour Siobhán,

Merci pour votre candidature au poste de Customer Success Manager - Établissements de santé.

Malheureusement, nous n'allons pas donner suite. Nous avons reçu beaucoup de candidatures et avons retenu des profils avec plus d'expérience SaaS.

Belle continuation,
L'équipe Santélien"""},
    {"kind": "rejection", "slug": "fr_poste_annule", "lang": "fr", "company": "Institut Armorique de Recherche Clinique",
         "contact": "rh@iarc-armorique.example.fr",
         "frm": ("Service RH IARC", "rh@iarc-armorique.example.fr"),
         "subject": "Poste d'attachée de recherche clinique", "date": d("2026-06-16 14:05", "+0200"),
         "body": """Madame Okafor-Lindqvist,

Nous revenons vers vous concernant votre candidature au poste d'attaché(e) de recherche clinique.

Suite à l'arrêt du financement du projet, le recrutement est annulé et le poste ne sera pas pourvu. Nous ne sommes donc pas en mesure de poursuivre le processus avec vous.

Nous vous remercions de votre compréhension.

Cordialement,
Nathalie Le Goff
Service des ressources humaines
Institut Armorique de Recherche Clinique"""},
    {"kind": "rejection", "slug": "fr_refus_cabinet", "lang": "fr", "company": "Biomérys",
         "contact": "t.marchand@alcyone-conseil.example.fr",
         "frm": ("Thomas Marchand", "t.marchand@alcyone-conseil.example.fr"),
         "subject": "Suite de votre candidature Biomérys", "date": d("2026-07-01 09:48", "+0200"),
         "body": """Bonjour Siobhán,

Je reviens vers vous après mon échange avec Biomérys : ils ont choisi de ne pas retenir votre candidature pour le poste de Pharmacovigilance Officer, estimant que le niveau de français écrit demandé pour la rédaction des PSUR n'était pas tout à fait atteint.

Je reste à votre écoute pour d'autres missions, notamment en anglais.

Bien à vous,
Thomas Marchand
Alcyone Conseil — Sciences de la vie
06 12 44 80 19"""},
    {"kind": "rejection", "slug": "es_rechazo_formal", "lang": "es", "company": "Farmacéutica Alcántara",
         "contact": "", "frm": ("Farmacéutica Alcántara", "noreply@alcantara-farma.example.es"),
         "subject": "Proceso de selección - Técnico/a de Farmacovigilancia",
         "date": d("2026-03-04 12:12", "+0100"), "cs": "iso-8859-1", "cte": "8bit",
         "body": """Estimada Siobhán:

Le agradecemos sinceramente el interés mostrado en formar parte de Farmacéutica Alcántara y el tiempo dedicado al proceso de selección para el puesto de Técnico/a de Farmacovigilancia.

Lamentamos comunicarle que, en esta ocasión, su candidatura no ha sido seleccionada para continuar en el proceso. Conservaremos sus datos para futuras vacantes que se ajusten a su perfil, salvo que nos indique lo contrario.

Reciba un cordial saludo,
Departamento de Personas
Farmacéutica Alcántara, S.A."""},
    {"kind": "rejection", "slug": "es_mexicana_tras_entrevista", "lang": "es", "company": "Grupo Médico Tlalpan",
         "contact": "lucia.arriaga@gmtlalpan.example.mx",
         "frm": ("Lucía Arriaga", "lucia.arriaga@gmtlalpan.example.mx"),
         "subject": "Re: Entrevista Coordinadora de Estudios Clínicos", "date": d("2026-05-08 19:30", "-0600"),
         "irt": "<gmt-entrevista@example.ie>",
         "body": f"""Hola Siobhán, buenas tardes.

Muchas gracias por tu tiempo en la entrevista del martes. Te comento que el comité decidió continuar con otra candidata que ya está radicada en Madrid y puede incorporarse de inmediato.

Nos dio mucho gusto conocerte y quedamos a tus órdenes.

Saludos cordiales,
Lucía Arriaga
Gerente de Talento
Grupo Médico Tlalpan

El mar, 5 may 2026 a las 11:02, Siobhán Okafor-Lindqvist (<{ME}>) escribió:
{q('''Hola Lucía, gracias por la entrevista de hoy. Quedo pendiente.
Un saludo, Siobhán''')}"""},
    {"kind": "rejection", "slug": "es_corto_informal", "lang": "es", "company": "Vitalia Salud Digital",
         "contact": "pablo@vitaliasalud.example.es",
         "frm": ("Pablo Ruiz", "pablo@vitaliasalud.example.es"),
         "subject": "Tu candidatura", "date": d("2026-06-24 10:10", "+0200"),
         "body": """Hola Siobhán,

Gracias por presentarte al puesto de Customer Success. Al final hemos decidido no seguir adelante con tu candidatura, buscamos a alguien con más experiencia en ventas.

¡Mucha suerte!
Pablo
Vitalia Salud Digital"""},
    {"kind": "rejection", "slug": "es_vacante_cerrada", "lang": "es", "company": "Hospital Universitario Sierra Norte",
         "contact": "seleccion@husierranorte.example.es",
         "frm": ("Selección de Personal", "seleccion@husierranorte.example.es"),
         "subject": "Actualización de su candidatura", "date": d("2026-07-14 08:55", "+0200"),
         "fmt": "alt", "cte": "base64",
         "body": """Estimada candidata:

Le informamos de que la plaza de Coordinador/a de Ensayos Clínicos (ref. HUSN-2026-114) ha quedado desierta por decisión de la Dirección, por lo que el proceso de selección queda cancelado y no se continuará con las candidaturas recibidas.

Agradecemos su participación.

Atentamente,
Unidad de Selección de Personal
Hospital Universitario Sierra Norte"""},
]

INVITATIONS = [
    {"kind": "interview_invitation", "slug": "calendly_phone_screen", "lang": "en", "company": "Orrin Bio",
         "contact": "sarah.kinsella@orrinbio.example.com",
         "frm": ("Sarah Kinsella", "sarah.kinsella@orrinbio.example.com"),
         "subject": "Clinical Operations Lead - next steps", "date": d("2026-01-21 10:32"),
         "body": """Hi Siobhán,

Thanks for applying for the Clinical Operations Lead role at Orrin Bio - I really enjoyed reading your cover letter, the bit about running the PK sampling schedule on the ward made me smile.

I'd love to set up a 30 minute phone screen to tell you more about the team and hear about your background. You can grab a slot that suits here:

https://calendly.example.com/sarah-orrinbio/30min

Speak soon,
Sarah

Sarah Kinsella
Talent Partner | Orrin Bio
+353 1 555 0192"""},
    {"kind": "interview_invitation", "slug": "quick_chat_casual", "lang": "en", "company": "Pellucid Health",
         "contact": "ronan@pellucidhealth.example.com",
         "frm": ("Ronan Dwyer", "ronan@pellucidhealth.example.com"),
         "subject": "Quick question", "date": d("2026-01-27 22:05"),
         "body": """hey Siobhán - saw your application come through for the implementation role. would you be free for a quick chat thurs or fri? 20 mins tops, just want to understand what you're looking for. any time after 2 works for me

R

--
Ronan Dwyer, co-founder
Pellucid Health"""},
    {"kind": "interview_invitation", "slug": "goodtime_onsite", "lang": "en", "company": "Arclight Therapeutics",
         "contact": "recruiting@arclighttx.example.com",
         "frm": ("Arclight Therapeutics Recruiting", "scheduling@goodtime.example.io"),
         "reply_to": ("Eoin Madigan", "recruiting@arclighttx.example.com"),
         "subject": "Action requested: schedule your onsite interview with Arclight",
         "date": d("2026-02-04 15:11"), "fmt": "html", "brand": "Arclight Therapeutics",
         "body": """Hi Siobhán,

Congratulations, we'd love to move you to the next stage! The next step is an onsite interview at our Cambridge office with four members of the Clinical Development team (approx. 3.5 hours including lunch).

Please select your availability using the link below within 48 hours:
https://app.goodtime.example.io/availability/7c1f9e2a

If none of the times work, reply to this email and Eoin will find an alternative.

Thanks,
Arclight Therapeutics Recruiting"""},
    {"kind": "interview_invitation", "slug": "nhs_shortlisted_ics", "lang": "en",
         "company": "Leeds Teaching Hospitals NHS Trust", "contact": "ltht.researchrecruit@nhs.example.net",
         "frm": ("LTHT Research Recruitment", "ltht.researchrecruit@nhs.example.net"),
         "subject": "Invitation to interview - Clinical Trials Coordinator (Band 5)",
         "date": d("2026-02-10 09:12"), "fmt": "alt",
         "ics": {"uid": "ltht-ctc-2291@nhs.example.net", "start": "20260219T100000Z",
                  "end": "20260219T104500Z", "summary": "Interview - Clinical Trials Coordinator",
                  "location": "Microsoft Teams"},
         "body": """Dear Siobhan

I am pleased to inform you that you have been shortlisted for interview for the post of Clinical Trials Coordinator.

Date: Thursday 19 February 2026
Time: 10:00
Venue: Microsoft Teams (link to follow)
Panel: Dr A. Whitfield, Lead Research Nurse; Mr P. Osei, R&D Operations Manager

You will be asked to give a 10 minute presentation on "How would you improve recruitment to a struggling portfolio study?". Please bring photographic ID to show on camera.

Please confirm your attendance by replying to this email.

Kind regards

LTHT Research Recruitment
Leeds Teaching Hospitals NHS Trust"""},
    {"kind": "interview_invitation", "slug": "agency_cro_many_exclaims", "lang": "en", "company": "Kestory Clinical",
         "contact": "jamie@oakhollowsearch.example.com",
         "frm": ("Jamie Whelan", "jamie@oakhollowsearch.example.com"),
         "subject": "GREAT NEWS!!", "date": d("2026-02-16 11:47"),
         "body": """Siobhán!!!

Kestory Clinical LOVED your CV and want to meet you for the in-house CRA role!! First stage is a 45 min video call with the Line Manager (Aoife) - she's proposed Tues 24th at 11am or Weds 25th at 3pm. Which suits??

Let me know asap and I'll lock it in. Will send you some prep notes tonight :)

Jamie
Oak Hollow Search
087 330 1188"""},
    {"kind": "interview_invitation", "slug": "workday_self_schedule", "lang": "en", "company": "Northgate Medical Devices",
         "contact": "", "frm": ("Northgate Medical Devices", "northgate@myworkday.com"),
         "subject": "Interview Scheduling - Clinical Specialist, Structural Heart",
         "date": d("2026-02-23 13:40"), "fmt": "html", "brand": "Northgate Medical Devices",
         "body": """Hello Siobhán,

The hiring team for Clinical Specialist, Structural Heart (JR-118820) would like to invite you to a virtual interview.

Please click the link below to log in to your candidate home and select an interview time that works for you. Interview slots are offered on a first come, first served basis.

Select interview time: https://northgate.wd3.myworkday.example.com/candidate/interviews

Interview format: 60 minutes, competency-based, with the Clinical Manager EMEA and a Field Clinical Specialist.

Best regards,
Northgate Talent Acquisition

Please do not reply to this email - this mailbox is not monitored."""},
    {"kind": "interview_invitation", "slug": "competency_health_board", "lang": "en",
         "company": "Western Regional Health Board", "contact": "recruitment.west@wrhb.example.ie",
         "frm": ("Recruitment West", "recruitment.west@wrhb.example.ie"),
         "subject": "Re: your application", "date": d("2026-03-03 12:00"), "cte": "quoted-printable",
         "body": """Dear Ms Okafor-Lindqvist,

Ref: Clinical Research Coordinator (Grade VI), Galway University Hospitals - Competition WRHB-CR-0326

Following shortlisting, I am pleased to invite you to a competency-based interview as follows:

Date:      Wednesday 18th March 2026
Time:      14:30
Location:  Room 2.14, Merlin Park Admin Building, Galway

The interview will last approximately 40 minutes and will assess the competencies listed in the job specification (Planning & Organising, Evaluating Information & Judging Situations, Communication & Interpersonal Skills, Commitment to a Quality Service).

Please bring original qualifications, NMBI PIN and two forms of ID. Garda vetting will be initiated for successful candidates.

Kindly confirm your attendance by return.

Is mise le meas,
Máire Ní Fhlatharta
Recruitment Officer"""},
    {"kind": "interview_invitation", "slug": "ashby_panel", "lang": "en", "company": "Corriebrook AI",
         "contact": "hiring@corriebrook.example.com",
         "frm": ("Corriebrook AI", "no-reply@ashbyhq.example.com"),
         "reply_to": ("Corriebrook Hiring", "hiring@corriebrook.example.com"),
         "subject": "Corriebrook AI: invitation to Panel Interview", "date": d("2026-03-09 16:20", "-0500"),
         "fmt": "alt",
         "ics": {"uid": "ashby-8812-panel@corriebrook.example.com", "start": "20260317T150000Z",
                  "end": "20260317T163000Z", "summary": "Panel Interview: Siobhán / Corriebrook AI",
                  "location": "Google Meet"},
         "body": """Hi Siobhán,

You're invited to a panel interview for Clinical Customer Success Lead on Tuesday, March 17, 3:00-4:30 PM GMT.

Panel: Dana Whitlock (VP Customer), Femi Adeyemi (Clinical Solutions), Tom Rask (Product)
Format: 30 min case discussion (we'll share the brief 24h before), 45 min panel Q&A, 15 min for your questions.

A calendar invite is attached. Reply to this email if you need to make any changes.

Corriebrook AI Recruiting"""},
    {"kind": "interview_invitation", "slug": "turkish_owned_second_round", "lang": "en",
         "company": "Anadolu Medtech", "contact": "elif.demir@anadolumedtech.example.com",
         "frm": ("Elif Demir", "elif.demir@anadolumedtech.example.com"),
         "subject": "Second interview - Regulatory Affairs Specialist", "date": d("2026-03-16 09:05", "+0300"),
         "body": """Dear Siobhán Hanım,

Thank you for the first interview with our HR team. We are happy to inform you that you are invited to the second round, with our Regulatory Affairs Director Mr. Kemal Aksoy and our EU Quality Manager.

Could you kindly share your availability for next week, preferably Tuesday to Thursday between 10:00 and 15:00 Irish time? The meeting will be via Teams and take around one hour.

Best regards,
Elif Demir
HR Business Partner
Anadolu Medtech A.Ş. | Istanbul · Dublin"""},
    {"kind": "interview_invitation", "slug": "presentation_task_university", "lang": "en",
         "company": "University College Cork", "contact": "hr.recruitment@ucc.example.ie",
         "frm": ("HR Recruitment UCC", "hr.recruitment@ucc.example.ie"),
         "subject": "Interview - Research Project Manager, HRB Clinical Research Facility",
         "date": d("2026-04-02 14:50"),
         "body": """Dear Siobhán,

Further to your application for the post of Research Project Manager (Ref. 071284), I am pleased to invite you to attend for interview on Friday 17th April 2026 at 11.00am in the HRB Clinical Research Facility, Mercy University Hospital, Cork.

As part of the interview you will be asked to deliver a 10-minute presentation on the following topic: "The three biggest risks to timely study start-up in an academic CRF, and how you would mitigate them." Please bring your presentation on a USB key.

Please confirm your availability to attend by reply email no later than Tuesday 7th April.

Kind regards,
Niamh O'Callaghan
Human Resources Department
University College Cork"""},
    {"kind": "interview_invitation", "slug": "recruiter_next_round_australian", "lang": "en",
         "company": "Kookaburra Health", "contact": "mel.tran@kookaburrahealth.example.com",
         "frm": ("Mel Tran", "mel.tran@kookaburrahealth.example.com"),
         "subject": "Catch up with the team", "date": d("2026-04-14 07:30"),
         "body": """Hi Siobhán,

Great chatting yesterday, reckon you'd be a ripper fit for the EMEA customer success team. Keen to get you in front of Lachlan (our Head of Clinical Partnerships) for the next round - it's a 45 min video chat, pretty relaxed, mostly about how you'd onboard a new hospital site.

He's free Mon 20th 9am your time or Wed 22nd 8:30am. Do either of those work? If not shoot me a few options.

Cheers,
Mel
Talent | Kookaburra Health (Melbourne / remote)"""},
    {"kind": "interview_invitation", "slug": "icims_teams_ics_only", "lang": "en", "company": "Brennock Insurance",
         "contact": "", "frm": ("Brennock Insurance Careers", "careers-noreply@brennock.icims.example.com"),
         "subject": "Interview Confirmation: Clinical Claims Nurse Reviewer",
         "date": d("2026-04-21 10:00"), "fmt": "html", "brand": "Brennock Insurance",
         "ics": {"uid": "icims-brennock-5512@icims.example.com", "start": "20260428T130000Z",
                  "end": "20260428T134500Z", "summary": "Interview: Clinical Claims Nurse Reviewer",
                  "cn": "Brennock Talent Acquisition"},
         "body": """Dear Siobhán,

Your interview for Clinical Claims Nurse Reviewer has been scheduled.

Date: Tuesday, April 28, 2026
Time: 2:00 PM - 2:45 PM (Dublin)
Interviewers: Rachel Moran, Clinical Claims Manager; Philip Nash, HR
Location: Microsoft Teams (join link in the attached invitation)

Please accept the calendar invitation to confirm.

Brennock Insurance Talent Acquisition
This mailbox is not monitored."""},
    {"kind": "interview_invitation", "slug": "site_visit_lab", "lang": "en", "company": "Glenmara Biosciences",
         "contact": "oisin.brady@glenmara.example.ie",
         "frm": ("Oisín Brady", "oisin.brady@glenmara.example.ie"),
         "cc": ("Laura Quinn", "laura.quinn@glenmara.example.ie"),
         "subject": "Re: Study Start-Up Specialist", "date": d("2026-05-05 17:25"),
         "irt": "<ssu-glenmara@example.ie>",
         "body": f"""Hi Siobhán,

Following on from your call with Laura, we'd like to invite you out to Limerick for a final-stage interview and a site visit. Plan would be: 10:00 tour of the clinical pharmacology unit, 11:00 interview with myself and our QA lead, lunch with the team.

Would Thursday 14th May suit? We'll cover travel.

Thanks,
Oisín
Oisín Brady | Associate Director, Clinical Operations | Glenmara Biosciences
National Technology Park, Limerick

On Mon, May 4, 2026 at 9:14 AM Laura Quinn <laura.quinn@glenmara.example.ie> wrote:
{q('''Oisín - I spoke with Siobhán this morning, strong on ethics submissions and site
relationships. Recommend we bring her to final stage. L''')}"""},
    {"kind": "interview_invitation", "slug": "boston_hiring_manager", "lang": "en", "company": "Wexbridge Biotherapeutics",
         "contact": "amanda.choi@wexbridgebio.example.com",
         "frm": ("Amanda Choi", "amanda.choi@wexbridgebio.example.com"),
         "subject": "Clinical Trial Manager (remote EU) - intro call?", "date": d("2026-06-09 13:05", "-0400"),
         "body": """Hi Siobhán,

Our recruiter passed along your application and I'd like to set up an intro call - I'm the hiring manager for the CTM role supporting our EU sites. Does 30 minutes sometime next Tues-Thurs work? I'm in Boston so mornings my time (afternoon yours) are easiest.

Thanks!
Amanda

Amanda Choi, PhD
Director, Clinical Operations
Wexbridge Biotherapeutics, Inc.
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information."""},
    {"kind": "interview_invitation", "slug": "de_einladung_vorstellung", "lang": "de", "company": "Salvadin Pharma",
         "contact": "bewerbung@salvadin.example.de",
         "frm": ("Salvadin Pharma Recruiting", "bewerbung@salvadin.example.de"),
         "subject": "Einladung zum Vorstellungsgespräch – Clinical Trial Manager (m/w/d)",
         "date": d("2026-02-26 10:30", "+0100"), "cs": "iso-8859-1", "cte": "quoted-printable",
         "body": """Sehr geehrte Frau Okafor-Lindqvist,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 12. März 2026, um 14:00 Uhr an unserem Standort in München (Leopoldstraße 210, Empfang Haus B) ein. Gesprächspartner sind Herr Dr. Kessler (Leitung Clinical Operations) und Frau Albers (HR).

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Reisekosten erstatten wir Ihnen gerne.

Mit freundlichen Grüßen
Katrin Albers
HR Business Partner
Salvadin Pharma GmbH"""},
    {"kind": "interview_invitation", "slug": "de_du_telefoninterview", "lang": "de", "company": "Kliniqo",
         "contact": "lena@kliniqo.example.de",
         "frm": ("Lena Vogt", "lena@kliniqo.example.de"),
         "subject": "Kurzes Kennenlernen?", "date": d("2026-03-30 11:11", "+0200"),
         "body": """Hi Siobhán,

danke für deine Bewerbung als Customer Success Managerin! Hast du Lust auf ein erstes Kennenlernen per Telefon (ca. 30 Min.)? Hier kannst du dir direkt einen Termin aussuchen: https://cal.example.com/kliniqo-lena/kennenlernen

Wir sprechen gern Englisch, falls dir das lieber ist.

Liebe Grüße
Lena
People & Culture | Kliniqo"""},
    {"kind": "interview_invitation", "slug": "de_zweite_runde_ics", "lang": "de", "company": "Eidos Diagnostics",
         "contact": "talent@eidos-dx.example.ch",
         "frm": ("Eidos Diagnostics Talent", "talent@eidos-dx.example.ch"),
         "subject": "Einladung: Zweitgespräch Regulatory Affairs Manager", "date": d("2026-05-18 08:40", "+0200"),
         "fmt": "alt",
         "ics": {"uid": "eidos-ra-2nd-0518@eidos-dx.example.ch", "start": "20260527T080000Z",
                  "end": "20260527T093000Z", "summary": "Zweitgespräch Regulatory Affairs Manager",
                  "location": "Eidos Diagnostics, Zürich, Raum Limmat"},
         "body": """Guten Tag Frau Okafor-Lindqvist

Gerne laden wir Sie zu einem Zweitgespräch vor Ort in Zürich ein. Das Gespräch dauert rund 90 Minuten und beinhaltet eine kurze Fallstudie zur IVDR-Klassifizierung.

Termin: Mittwoch, 27. Mai 2026, 10:00–11:30 Uhr
Ort: Eidos Diagnostics AG, Hardturmstrasse 101, 8005 Zürich

Die Einladung liegt als Kalendereintrag bei.

Freundliche Grüsse
Reto Baumann
Talent Acquisition, Eidos Diagnostics AG"""},
    {"kind": "interview_invitation", "slug": "de_agentur_kunde", "lang": "de", "company": "Vireon Biologics",
         "contact": "s.kurz@lindgrenbach.example.de",
         "frm": ("Stefanie Kurz", "s.kurz@lindgrenbach.example.de"),
         "subject": "Feedback Vireon – Interview!", "date": d("2026-07-07 15:02", "+0200"),
         "body": """Liebe Siobhán,

tolle Neuigkeiten: Vireon Biologics möchte Sie für die Position Pharmacovigilance Specialist kennenlernen! Vorgeschlagen wird ein Videocall mit der QPPV, Dr. Sandra Mertens, am 14.07. um 10 Uhr oder am 15.07. um 16 Uhr.

Geben Sie mir bitte kurz Bescheid, welcher Termin passt, dann bestätige ich.

Herzliche Grüße
Stefanie Kurz
Lindgren & Bach Life Science Partners
Tel. +49 69 9090 3312"""},
    {"kind": "interview_invitation", "slug": "fr_entretien_visio", "lang": "fr", "company": "Medivance France",
         "contact": "camille.roux@medivance.example.fr",
         "frm": ("Camille Roux", "camille.roux@medivance.example.fr"),
         "subject": "Votre candidature – Chef de projet clinique", "date": d("2026-03-12 09:20", "+0100"),
         "body": """Bonjour Madame Okafor-Lindqvist,

Votre profil a retenu toute notre attention pour le poste de Chef de projet clinique basé à Paris.

Je vous propose un premier entretien en visioconférence d'environ 45 minutes avec Marc Delorme, Directeur des opérations cliniques. Seriez-vous disponible mardi 17 mars à 11h ou jeudi 19 mars à 15h ?

Dans l'attente de votre retour,
Bien cordialement,

Camille Roux
Chargée de recrutement
Medivance France
01 84 60 22 17"""},
    {"kind": "interview_invitation", "slug": "fr_teamtailor_lien", "lang": "fr", "company": "Oriel Santé",
         "contact": "", "frm": ("Oriel Santé", "no-reply@teamtailor.example.com"),
         "subject": "Oriel Santé – réservez votre entretien", "date": d("2026-04-23 13:00", "+0200"),
         "fmt": "html", "brand": "Oriel Santé",
         "body": """Bonjour Siobhán,

Bonne nouvelle ! Nous aimerions échanger avec vous au sujet du poste de Customer Success Manager – Hôpitaux.

Choisissez le créneau qui vous convient pour un entretien téléphonique de 30 minutes avec notre équipe :
https://oriel-sante.teamtailor.example.com/meetings/book/4f8e

À très vite,
L'équipe Oriel Santé"""},
    {"kind": "interview_invitation", "slug": "fr_belge_jury", "lang": "fr", "company": "Cliniques universitaires Saint-Rémy",
         "contact": "selection@cusr.example.be",
         "frm": ("Service Sélection CUSR", "selection@cusr.example.be"),
         "subject": "Convocation – épreuve orale", "date": d("2026-06-03 10:45", "+0200"),
         "cs": "windows-1252", "cte": "quoted-printable",
         "body": """Madame,

Suite à l’examen de votre dossier, nous avons le plaisir de vous convoquer à l’épreuve orale (entretien devant jury) pour la fonction de Coordinatrice de recherche clinique.

Date : lundi 15 juin 2026 à 9h30
Lieu : Cliniques universitaires Saint-Rémy, bâtiment administratif, salle du Conseil, avenue Hippocrate 12, 1200 Bruxelles

Merci de vous munir de votre carte d’identité et de confirmer votre présence par retour de mail.

Veuillez agréer, Madame, nos salutations distinguées.

Le Service Sélection
Cliniques universitaires Saint-Rémy"""},
    {"kind": "interview_invitation", "slug": "fr_prochaine_etape_tutoiement", "lang": "fr", "company": "Pulsia",
         "contact": "hugo@pulsia.example.fr",
         "frm": ("Hugo Lefèvre", "hugo@pulsia.example.fr"),
         "subject": "Prochaine étape 🎉", "date": d("2026-08-25 18:30", "+0200"),
         "body": """Hello Siobhán,

Merci pour l'échange de ce matin, super sympa ! On aimerait passer à l'étape suivante : un cas pratique à présenter (30 min) devant Inès, notre Head of Customer Success, et moi.

Tu serais dispo la semaine du 7 septembre ? Donne-moi deux ou trois créneaux et je cale ça.

À bientôt,
Hugo
Pulsia – le suivi patient simplifié"""},
    {"kind": "interview_invitation", "slug": "es_entrevista_formal", "lang": "es", "company": "Laboratorios Mirasierra",
         "contact": "rrhh@mirasierra.example.es",
         "frm": ("RRHH Laboratorios Mirasierra", "rrhh@mirasierra.example.es"),
         "subject": "Convocatoria a entrevista - Especialista en Asuntos Regulatorios",
         "date": d("2026-04-28 12:30", "+0200"),
         "body": """Estimada Sra. Okafor-Lindqvist:

En relación con su candidatura al puesto de Especialista en Asuntos Regulatorios, nos complace invitarle a una entrevista personal en nuestras oficinas de Madrid (Calle de Alcalá 510, 3ª planta) el próximo jueves 7 de mayo a las 10:00 h.

La entrevista tendrá una duración aproximada de una hora y contará con la participación de la Directora Técnica y de un miembro del equipo de Recursos Humanos.

Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,
Marta Quintana
Recursos Humanos
Laboratorios Mirasierra"""},
    {"kind": "interview_invitation", "slug": "es_mexico_llamada", "lang": "es", "company": "BioAzteca",
         "contact": "rodrigo.salas@bioazteca.example.mx",
         "frm": ("Rodrigo Salas", "rodrigo.salas@bioazteca.example.mx"),
         "subject": "Plática sobre la vacante de Project Manager", "date": d("2026-07-20 09:15", "-0600"),
         "body": """Hola Siobhán, ¿qué tal?

Vi tu perfil para la vacante de Project Manager de Estudios Clínicos (remoto, equipo Europa) y me gustaría platicar contigo. ¿Tendrías 30 minutos esta semana para una llamada? Te puedo marcar el jueves o viernes por la mañana (hora de CDMX), que para ti sería en la tarde.

Quedo atento.
Saludos,
Rodrigo Salas
Talent Acquisition | BioAzteca"""},
    {"kind": "interview_invitation", "slug": "es_siguiente_fase_panel", "lang": "es", "company": "Clínica Costa Brava",
         "contact": "i.ferrer@clinicacostabrava.example.es",
         "frm": ("Irene Ferrer", "i.ferrer@clinicacostabrava.example.es"),
         "subject": "Siguiente fase del proceso", "date": d("2026-09-08 16:40", "+0200"),
         "cte": "base64",
         "body": """Hola Siobhán:

¡Enhorabuena! Has pasado a la siguiente fase del proceso para Coordinadora de Investigación Clínica. Consistirá en una entrevista con un panel de tres personas (Dirección Médica, Unidad de Ensayos y RRHH) por Teams, de unos 60 minutos.

Proponemos el martes 15 de septiembre a las 12:00 (hora peninsular). ¿Te va bien?

Un saludo,
Irene Ferrer
Responsable de Selección
Clínica Costa Brava"""},
]

MESSAGES = REJECTIONS + INVITATIONS
