"""Corpus 291 - other (52): alerts, newsletters, advice, the candidate's own mail, look-alikes.

Hand-written; every message writes its own words.
"""

from msgs291_common import (
    CAND,
    M,
    digest_html,
    pdf,
    simple_html,
)
from msgs291_invites import ALISON, CLYDE_REQUEST, KIRSTY, RHONA, SHONA

OTH = "other"


def _list_headers(list_id, unsub_url, unsub_mail=None):
    value = f"<{unsub_url}>" + (f", <mailto:{unsub_mail}>" if unsub_mail else "")
    return [("List-Id", list_id), ("List-Unsubscribe", value),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ------------------------------------------------------------------ 001 job alert digest
_alert1_items = [
    ("Learning & Development Advisor", "Kittybrewster Energy Services - Aberdeen - £36,000 - £40,000",
     "https://careerpath-scotland.example.com/j/88120", "Interviewing now: the employer is holding first interviews from 16 March."),
    ("Training Coordinator (Offshore Competence)", "North Quay Marine - Aberdeen (hybrid)",
     "https://careerpath-scotland.example.com/j/88131", "Unfortunately this advert closes early if enough applications are received."),
    ("People Development Partner", "Grampian Housing Partnership - Aberdeen",
     "https://careerpath-scotland.example.com/j/88144", "Immediate start. Interviews will be held on Teams."),
    ("HR & Training Officer", "Bieldside Care Group - Aberdeenshire",
     "https://careerpath-scotland.example.com/j/88149", ""),
]
_alert1_text = """CareerPath Scotland - job alert

New jobs matching "learning and development" within 20 miles of Aberdeen:

""" + "\n\n".join(f"{h}\n{s}\n{b}\n{u}".replace("\n\n", "\n") for h, s, u, b in _alert1_items) + """

You're receiving this because you set up a job alert. Manage alerts: https://careerpath-scotland.example.com/alerts
Unsubscribe: https://careerpath-scotland.example.com/u/7f1d92
"""
_alert1_html = digest_html(
    "CareerPath Scotland", 'New jobs matching "learning and development" within 20 miles of Aberdeen',
    _alert1_items, "CareerPath Scotland, 9 Golden Square, Aberdeen AB10 1RD",
    "https://careerpath-scotland.example.com/u/7f1d92")

# ------------------------------------------------------------------ 002 newsletter about rejection
_newsletter_rej = """THE CAREER CHANGER - Issue 41

When the "no" comes after the final interview

Few things sting like a rejection email that arrives after you've made it to the last round. You prepared the presentation, met the team, maybe even pictured your commute. Then: "Unfortunately, we have decided not to proceed with your application."

Three things our readers say helped:

1. Ask for feedback within a week. Hiring managers are far more likely to give useful detail while the interview is fresh.
2. Separate the decision from your worth. Final-round rejections are often about one internal candidate or a budget change you'll never hear about.
3. Keep the relationship. Several readers were offered a different role by the same company within six months.

Next issue: negotiating your first corporate salary when you're coming from the public sector.

Read online: https://thecareerchanger.example.com/p/issue-41
You are subscribed as callum.nr@example.co.uk. Unsubscribe: https://thecareerchanger.example.com/unsub?u=5521
"""

# ------------------------------------------------------------------ 003 career advice article
_advice_interview = """Corporate L&D Weekly

5 questions to ask at the end of an interview for an L&D role

1. "How is the impact of learning measured here today?" - tells you whether you'll be judged on completions or on performance.
2. "Who owns learning in the first-line manager population?"
3. "What happened to the last big programme that didn't work?"
4. "What does the authoring-tool and LMS budget look like?"
5. "What would make you say, in a year, that this hire was a success?"

Former teachers: don't apologise for your background. Tell them about differentiation, assessment for learning and behaviour management - it's all transferable.

Full article: https://corporateldweekly.example.com/2026/05/five-questions
Manage your subscription: https://corporateldweekly.example.com/preferences
"""

# ------------------------------------------------------------------ 004 podcast guest request
_podcast = """Hi Callum,

I host "Whistle to Workshop", a small podcast about teachers who move into corporate roles - we're at about 3,000 listeners, mostly in the UK and Ireland. A listener pointed me to your post about using PE lesson planning in onboarding design, and I'd love to interview you for an episode.

It would be a relaxed 40-minute conversation over Zoom, recorded some evening in the next few weeks at a time that suits you. You'd get to approve anything before it goes out.

Would you be up for it?

Best,
Nadia Chowdhury
Host, Whistle to Workshop
whistletoworkshop.example.com
"""

# ------------------------------------------------------------------ 005 user research interview
_research = """Hi Callum,

You've been using CareerPath Scotland for a few months now, and we'd love to hear how it's going.

We're looking for people changing careers to take part in a 45-minute research interview about how you search and apply for jobs. It's on Zoom, there are no right or wrong answers, and as a thank you we'll send you a £40 voucher.

If you're interested, pick a slot here: https://careerpath-scotland.example.com/research/book?c=cnr

Thanks,
Eva Lindgren
User Research, CareerPath Scotland

You can opt out of research invitations in your account settings.
"""

# ------------------------------------------------------------------ 006 parcel delayed
_parcel = """Hi Callum,

Unfortunately your parcel 4471 0932 8815 from Sweatshop Direct is delayed.

Due to severe weather on the A96 our Inverurie depot couldn't complete today's collection run. Your parcel is safe in our network and its new estimated delivery is Friday 13 February, between 10:00 and 14:00.

Track your parcel or change your delivery position (safe place, neighbour, or pick-up point): https://northwayparcels.example.co.uk/t/447109328815

We're sorry for the inconvenience.
Northway Parcels
"""

# ------------------------------------------------------------------ 007 GPS watch
_gps = """Hi Callum,

We couldn't sync your run "Duthie Park loop" from Sunday 7 June.

Your watch recorded the activity, but its GPS position data was incomplete, so the route and pace could not be calculated. This usually happens when the watch starts recording before it has a satellite fix.

Unfortunately we can't recover the missing positions. You can still keep the activity with distance entered manually.

Tips: wait for the green GPS icon before pressing start, and update your watch firmware to 4.12.

The StrideTrack Team
"""

# ------------------------------------------------------------------ 008 friend's own rejection
_friend = """Callum,

Well that's that then - got the email this morning. The Scottish Sports Council job went to someone internal. Three interviews, a presentation AND a psychometric test, and they tell me in two lines. I'm raging, but honestly I'm also a bit relieved, the commute to Stirling would have killed me.

How's your hunt going? Did you hear back from the energy lot in Altens?

Fancy a run on Saturday and a fry-up after? I need to complain at someone who understands.

Ross
"""

# ------------------------------------------------------------------ 009 own thank-you (Granite)
_granite_thanks = """Dear Shona,

Thank you for arranging today's interview, and please pass my thanks to Dr Munro and Kerry for their time.

I really enjoyed the discussion about the control-room onboarding and the idea of peer coaches on each shift - it reminded me of how we run our senior pupil sports leaders at school. I'd be very excited to help build it.

I'm happy to provide anything else you need, including references.

Best wishes,
Callum Nakamura-Reid
07700 900 233
"""

# ------------------------------------------------------------------ 010 own application (Tay Bridges)
_taybridges_app = """Dear Ms Lindsay,

I would like to apply for the part-time Member Learning & Development Officer post advertised on your website. Please find my CV and a supporting statement attached.

I am a PE teacher with eleven years' experience in Aberdeen, and over the last three years I have led our school's financial-education week together with a local credit union. I'd love to bring that experience to your members, especially young savers.

I am available for interview at any time after 15:45 on weekdays, or during the October holiday.

Yours sincerely,
Callum Nakamura-Reid
"""

# ------------------------------------------------------------------ 011 own reschedule request (council)

# ------------------------------------------------------------------ 012 own apology (Caird)
CAIRD_APOLOGY = """Hi Rhona,

I'm really sorry I missed your call this morning. We had an unannounced fire drill at school at ten to ten and I was out on the playing field with my S3 class with no phone until half ten.

I'm still very keen on the Learning Designer role and would be grateful for another slot - any afternoon after 15:30 works, or I can take a call at lunchtime (12:40-13:20).

Thanks for your patience,
Callum
"""

# ------------------------------------------------------------------ 013 cold approach
ASHGROVE_COLD = """Hi Callum,

I hope you don't mind the unsolicited note. I'm working on a confidential search for a mid-sized energy services business in Aberdeen that wants to build its first proper in-house learning team. They have asked me specifically to look beyond HR for people who have taught and coached.

Would you be open to a conversation about it? Nothing to prepare, and no obligation.

Duncan

Duncan Fyfe
Partner, Ashgrove Search
07700 900 662
"""

# ------------------------------------------------------------------ 014 bank appointment
_bank = """Dear Mr Nakamura-Reid,

Your appointment is confirmed.

Mortgage appointment with Craig Paterson (Mortgage Adviser)
Date: Wednesday 22 April 2026, 17:30
Where: Union Street branch, Aberdeen, or by video - you can choose when you check in

Please bring three months of payslips, your last P60 and details of any credit commitments. Your current position (balance and savings goal) is shown in the app under "My plans".

If you need to change or cancel your appointment, please use the app or call us on 0345 555 0120.

Granite City Building Society
Granite City Building Society is authorised and regulated by the Financial Conduct Authority.
"""

# ------------------------------------------------------------------ 015 letting agent
_landlord = """Dear Callum,

Thank you for your request to keep a dog at Flat 2, 18 Beechgrove Terrace.

Unfortunately the landlord has declined the request on this occasion, as the lease for the building does not allow pets. We're sorry it's not better news.

Separately, the six-monthly inspection appointment has been moved from Tuesday 10 March to Thursday 12 March at 09:00. You don't need to be present; our inspector will use the office keys if you're out.

Kind regards,
Lauren Wood
Property Manager
Bonnymuir Lettings
"""

# ------------------------------------------------------------------ 016 school staff bulletin
_school = """WESTBURN ACADEMY - STAFF BULLETIN - Week beginning 23 February

1. Interviews for the Depute Head Teacher (Curriculum) position take place on Tuesday and Wednesday. Please note the cover list: the library and room 14 will be unavailable.
2. Pupil council: S2 candidates will be interviewed by the S6 prefects on Thursday lunchtime in the assembly hall.
3. Sports Day: the PE department asks for the marquee to be put in position on the top pitch by 8.15 on Friday.
4. Parents' evening appointments for S4 open on the booking system on Monday.
5. Unfortunately the staff five-a-side is cancelled this week because the games hall floor is being resealed.

Thanks, everyone.
Jacqueline Rennie
Head Teacher
"""

# ------------------------------------------------------------------ 017 GP practice
_gp = """Dear Callum Nakamura-Reid,

Your appointment with Dr Wallace on Thursday 14 May at 08:40 at Rosemount Medical Practice has been cancelled, because the doctor is unexpectedly unavailable.

We're sorry for the inconvenience. Please book a new appointment using the online booking service or by calling the practice after 8am.

If your condition is urgent, call NHS 24 on 111.

This is an automated message. Please do not reply.
"""

# ------------------------------------------------------------------ 018 OOO from agency consultant
_ooo_forth = """Thank you for your email.

I'm out of the office until Monday 6 April with limited access to email. If your message is about an interview arrangement or an offer, please contact my colleague Ben Ochieng on 0131 496 0920; otherwise I'll reply when I'm back.

Kind regards,
Priya Raman
Forth Talent Partners
"""

# ------------------------------------------------------------------ 019 network notification
_pronet = """Callum, you appeared in 14 searches this week

5 people viewed your profile, including:
- a Talent Acquisition Partner at an energy company in Aberdeen
- a Recruiter at a staffing firm in Edinburgh

Recruiters are looking for: Training Delivery, Coaching, Curriculum Design.

See all views: https://pronet.example.com/me/profile-views
Unsubscribe from weekly profile updates: https://pronet.example.com/settings/email?t=pv
"""

# ------------------------------------------------------------------ 020 course place refused
_pgcert = """Dear Callum,

Application for PgCert Learning and Development in Organisations (part-time, online) - September 2026 entry

Thank you for your application to Dunedin Institute. The admissions committee has now considered it.

We regret that we are unable to offer you a place on this programme. The programme received far more applications than places this year, and places were offered to applicants who currently work in an HR or learning role. This decision is not a judgement of your academic ability.

You may wish to consider our short course "Foundations of Workplace Learning", which has places for the January intake.

Yours sincerely,
Admissions Office
Dunedin Institute
"""

# ------------------------------------------------------------------ 021 job board HTML-only, base64
_alert2_items = [
    ("Learning Designer", "Calton Digital - Edinburgh - Hybrid", "https://northstarjobs.example.com/v/55102",
     "Closing soon. Shortlisted candidates will be invited to interview in early May."),
    ("Onboarding Specialist", "Leith Tech Hub - Edinburgh", "https://northstarjobs.example.com/v/55117", ""),
    ("Training Officer", "Water of Leith Housing - Edinburgh", "https://northstarjobs.example.com/v/55120",
     "Unfortunately this employer does not offer visa sponsorship."),
]
_alert2_html = digest_html(
    "NorthStar Jobs", "Hi Callum,\n\n3 new jobs in Edinburgh match your saved search. Two jobs you saved have expired and are no longer accepting applications.",
    _alert2_items, "NorthStar Jobs Ltd, 80 George Street, Edinburgh EH2 3BU",
    "https://northstarjobs.example.com/unsubscribe?s=edin-ld", accent="#243b6b")

# ------------------------------------------------------------------ 022 network events newsletter
_network = """L&D SCOTLAND NETWORK - April update

Hello members,

* Mock interview evening for career changers - Thursday 23 April, 18:00, CodeBase Edinburgh. Volunteer hiring managers will interview you and give feedback. Book: https://ldscotland.example.org/events/mock-interviews
* Speed mentoring in Aberdeen - Tuesday 28 April, 17:30, Bon Accord University.
* New in the jobs board: 11 positions, including 3 graduate-friendly training roles.

Member spotlight: we spoke to three former teachers who moved into L&D last year about their first 100 days.

See you soon,
The L&D Scotland Network committee

You're receiving this as a member of the L&D Scotland Network mailing list.
"""

# ------------------------------------------------------------------ 023 own application (Ryfylke)
_ryfylke_app = """Dear People & Culture team,

Please find attached my application for the Training & Onboarding Specialist position in Stavanger (advertised on your website, ref. ROS-114).

For eleven years I have designed and delivered practical training to groups of 20-30 people, including outdoor expeditions with a strong safety focus. I have a valid GWO-equivalent first aid qualification and I am happy to relocate to Norway.

I look forward to hearing from you.

Kind regards,
Callum Nakamura-Reid
Aberdeen, United Kingdom
+44 7700 900233
"""

# ------------------------------------------------------------------ 024 own follow-up to agency
THISTLE_FOLLOWUP = """Hi Kirsty,

Any word from Brodie yet? I thought Tuesday went well - Iain seemed to like the five-minute lesson on tying a bowline.

Callum
"""

# ------------------------------------------------------------------ 025 OOO from university
_ooo_pentland = """Thank you for your message.

I am on annual leave until Monday 13 April and will not be checking email. For anything urgent relating to Organisational Development, please contact od@pentland-uni.example.ac.uk.

Dr Niamh Calder
Head of Organisational Development
Pentland University
"""

# ------------------------------------------------------------------ 026 friend's heads-up
_headsup = """Hiya Callum,

Heads-up: there's a position going at ours that might suit you. Links Leisure Trust are creating a "Staff Training & Development Coordinator" post - it hasn't been advertised yet, it'll go up at the end of the month. Basically running induction and coaching qualifications for all the gym and pool staff.

I mentioned your name to Debbie (our ops manager) and she said to send her your CV directly when it's up. No promises, but worth a go.

See you at five-a-side,
Kayleigh
"""

# ------------------------------------------------------------------ 027 rugby club selection
_rugby = """Team selection for Saturday v Gordonians (home, KO 15:00)

1st XV: as per the sheet on the clubhouse door.

Callum - unfortunately you've not been selected for the 1st XV this week; you're on the bench for the 2nds v Ellon (away, KO 14:00, bus leaves at 12:15). Training is on Thursday at 19:00 as usual.

Anyone not available, let me know by Wednesday night.

Cheers,
Gav (club captain)
"""

# ------------------------------------------------------------------ 028 webinar registration
_webinar = """Hi Callum,

You're registered! "Interview skills for career changers" takes place on Wednesday 20 May 2026 at 19:00 BST.

Join link: https://eventstream.example.com/w/8842-career-changers
Add to calendar: https://eventstream.example.com/w/8842-career-changers/ics

The session will cover competency-based interviews, the STAR method and how to talk about your current role to a corporate panel. A recording will be sent to everyone who registered.

See you there,
EventStream on behalf of the Career Changers Collective
"""

# ------------------------------------------------------------------ 029 job board application summary
_tracker = """Your week on JobHarbour

Applications sent: 4
Viewed by employer: 1 (Leith Harbour Insurance)
Interviews scheduled: 0
Saved jobs closing soon: 2

Tip: applicants who add a short note to their application are 30% more likely to be contacted by an employer.

Keep going, Callum!
https://jobharbour.example.com/dashboard
Email preferences: https://jobharbour.example.com/settings/emails
"""

# ------------------------------------------------------------------ 030 press interview request
_press = """Dear Mr Nakamura-Reid,

I'm a reporter at The Northern Courier, working on a feature about teachers in the North East leaving the profession for jobs in industry. A contact at the L&D Scotland Network suggested you might be willing to talk to me.

Would you be available for a 20-minute phone interview this week? I'd also be keen to take a photo of you at a training session if that's possible. I'm happy to keep your employer's name out of the piece.

Many thanks,
Lorna Buchan
Education Reporter, The Northern Courier
01224 555 300
"""

# ------------------------------------------------------------------ 031 own withdrawal
_withdrawal = """Dear Bressay Power recruiting team,

Thank you very much for inviting me to interview for the Learning Specialist - Competence Assurance position (R-22871).

I have recently accepted another offer, so I would like to withdraw my application and release the interview slot for another candidate. I'm sorry for any inconvenience, and I wish you every success with the appointment.

Kind regards,
Callum Nakamura-Reid
"""

# ------------------------------------------------------------------ 032 recruiter message notification
_pronet_msg = """Jamie Sutherland sent you a message

"Hi Callum, I came across your profile and thought you might be interested in a People Development Specialist role at Haymarket Pay in Edinburgh. Happy to share more if you're open to a chat."

Reply on ProNet: https://pronet.example.com/messaging/thread/2c7f91

You're receiving message notifications from ProNet. Unsubscribe: https://pronet.example.com/settings/email?t=msg
"""

# ------------------------------------------------------------------ 033 German job alert
_alert_de_items = [
    ("Referent Personalentwicklung (m/w/d)", "Elbufer Logistik GmbH - Hamburg-Altona",
     "https://jobnord.example.de/stelle/441208", "Vorstellungsgespräche finden laufend statt."),
    ("Trainer Vertrieb & Service (m/w/d)", "Hanse Versicherungsdienst - Hamburg",
     "https://jobnord.example.de/stelle/441215", "Leider keine Remote-Option."),
    ("Learning Experience Designer (m/w/d)", "Kontorhaus Digital - Hamburg / hybrid",
     "https://jobnord.example.de/stelle/441227", ""),
]
_alert_de_text = """JobNord - Ihr Suchauftrag "Personalentwicklung" in Hamburg

3 neue Stellenangebote seit gestern:

""" + "\n\n".join(f"{h}\n{s}\n{b}\n{u}".replace("\n\n", "\n") for h, s, u, b in _alert_de_items) + """

Suchauftrag verwalten: https://jobnord.example.de/suchauftraege
Abmelden: https://jobnord.example.de/abmelden?sa=77120
"""
_alert_de_html = digest_html(
    "JobNord", 'Ihr Suchauftrag "Personalentwicklung" in Hamburg: 3 neue Stellenangebote seit gestern',
    _alert_de_items, "JobNord GmbH, Spitalerstraße 10, 20095 Hamburg",
    "https://jobnord.example.de/abmelden?sa=77120", accent="#c0392b", lang="de",
    unsub_label="Abmelden")

# ------------------------------------------------------------------ 034 German career newsletter
_karriere = """KARRIEREBRIEF - Ausgabe 17/2026

Absage nach dem Vorstellungsgespräch - was jetzt?

Eine Absage tut weh, besonders nach einem guten Gespräch. Doch wer jetzt richtig reagiert, bleibt im Gedächtnis:

- Bedanken Sie sich kurz für das Gespräch und die Rückmeldung.
- Bitten Sie höflich um ein konkretes Feedback.
- Fragen Sie, ob Sie für künftige Stellen im Pool bleiben dürfen.

Außerdem in dieser Ausgabe: Quereinstieg in die Personalentwicklung - drei Lehrkräfte erzählen.

Zum Artikel: https://karrierebrief.example.de/17-2026/absage
Newsletter abbestellen: https://karrierebrief.example.de/abmelden
"""

# ------------------------------------------------------------------ 035 German parcel delayed
_paket = """Guten Tag Callum Nakamura-Reid,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1877 2209 51.

Grund: Die Sendung konnte wegen eines Verkehrsunfalls auf der A7 nicht rechtzeitig das Verteilzentrum Hamburg erreichen. Neuer voraussichtlicher Zustelltermin: Donnerstag, 18. Juni, zwischen 9:00 und 13:00 Uhr.

Sie können Ihre Sendung jederzeit verfolgen oder eine Ablagestelle festlegen: https://hanse-paket.example.de/verfolgen/003404341877220951

Wir bitten um Ihr Verständnis.
Ihr Hanse Paketdienst
"""

# ------------------------------------------------------------------ 036 German bank (cp1252)
_bank_de = """Sehr geehrter Herr Nakamura-Reid,

vielen Dank für Ihr Interesse an einem Girokonto bei der Hanseatischen Sparbank.

Ihr Termin für die Videoberatung zur Kontoeröffnung ist bestätigt:
Montag, 29. Juni 2026, 18:00 Uhr, mit Herrn Timo Albers.

Bitte halten Sie Ihren Reisepass und Ihre künftige Meldeadresse in Hamburg bereit. Die Position \u201eKontoführungsentgelt\u201c entfällt im ersten Jahr \u2013 die Details finden Sie im Preisaushang.

Mit freundlichen Grüßen
Ihre Hanseatische Sparbank
"""

# ------------------------------------------------------------------ 037 German OOO
_ooo_de = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 3. April, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@elbwind.example.de.

Mit freundlichen Grüßen
Janne Petersen
Elbwind Energie GmbH
"""

# ------------------------------------------------------------------ 038 German language course refused
_sprachkurs = """Sehr geehrter Herr Nakamura-Reid,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B1 (Kursnummer 26-B1-07, Beginn 3. August).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt (Platz 4) und informieren Sie, falls ein Platz frei wird.

Alternativ empfehlen wir den Abendkurs Deutsch B1 ab 7. September.

Mit freundlichen Grüßen
Sprachschule Alster - Kursbüro
"""

# ------------------------------------------------------------------ 039 own speculative application (de)
_initiativ = """Sehr geehrte Damen und Herren,

ich bewerbe mich initiativ als Trainer für Ihr englischsprachiges Seminarprogramm.

Seit elf Jahren unterrichte ich als Sportlehrer in Aberdeen (Schottland) und habe dort unter anderem ein Mentoring-Programm für Nachwuchstrainer aufgebaut. Meine Deutschkenntnisse liegen auf dem Niveau A2-B1; Seminare auf Englisch kann ich sofort übernehmen.

Meinen Lebenslauf finden Sie im Anhang. Über eine Rückmeldung würde ich mich sehr freuen.

Mit freundlichen Grüßen
Callum Nakamura-Reid
"""

# ------------------------------------------------------------------ 040 French job alert
_alert_fr_items = [
    ("Chargé de formation H/F", "Rhône Industrie Services - Lyon 7e - CDI",
     "https://emploirhone.example.fr/offre/992103", "Entretiens dès la semaine prochaine."),
    ("Ingénieur pédagogique digital H/F", "Presqu'île Conseil - Lyon 2e",
     "https://emploirhone.example.fr/offre/992118", "Malheureusement, ce poste n'est pas ouvert au télétravail."),
    ("Responsable développement RH H/F", "Groupe Saint-Jean Santé - Villeurbanne",
     "https://emploirhone.example.fr/offre/992140", ""),
]
_alert_fr_html = digest_html(
    "EmploiRhône", "Bonjour Callum,\n\nVoici les nouvelles offres correspondant à votre alerte « formation - Lyon ».",
    _alert_fr_items, "EmploiRhône, 5 place Bellecour, 69002 Lyon",
    "https://emploirhone.example.fr/alertes/desinscription?id=3318", accent="#1d5c96", lang="fr",
    unsub_label="Se désinscrire")
_alert_fr_text = """EmploiRhône - Votre alerte « formation - Lyon »

""" + "\n\n".join(f"{h}\n{s}\n{b}\n{u}".replace("\n\n", "\n") for h, s, u, b in _alert_fr_items) + """

Gérer mes alertes : https://emploirhone.example.fr/alertes
Se désinscrire : https://emploirhone.example.fr/alertes/desinscription?id=3318
"""

# ------------------------------------------------------------------ 041 master's admission refused
_master = """Monsieur,

Vous avez déposé une candidature pour l'admission en Master 2 Ingénierie et conseil en formation (formation continue, rentrée 2026).

Nous avons le regret de vous informer que la commission pédagogique n'a pas retenu votre candidature. Le nombre de places étant limité à 24, la commission a privilégié les candidats justifiant d'une expérience professionnelle dans le domaine de la formation d'adultes.

Vous pouvez déposer un recours gracieux auprès du responsable de la formation dans un délai de deux mois.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Le service de la scolarité
Institut Lumière de Management
"""

# ------------------------------------------------------------------ 042 French advice article
_conseils = """LE MAG RECONVERSION - Conseils

Enseignant : réussir son premier entretien en entreprise

Vous avez décroché un entretien ? Bravo ! Voici nos conseils pour transformer votre expérience de la classe en arguments pour un recruteur :

- Parlez « objectifs pédagogiques » et « évaluation », pas seulement « cours ».
- Préparez deux exemples chiffrés : taux de réussite, nombre d'élèves, projets menés.
- Ne vous excusez pas d'un refus précédent : chaque entretien est un entraînement.

Lire la suite : https://magreconversion.example.fr/enseignant-entretien
Se désabonner : https://magreconversion.example.fr/desabonnement
"""

# ------------------------------------------------------------------ 043 French friend's own refusal
_ami = """Salut Callum,

Petite nouvelle de Lyon : je viens de recevoir un refus pour le poste chez Rhône Industrie, après trois entretiens. Ils ont pris quelqu'un en interne, évidemment... Je suis dégoûté, mais bon, on continue.

Et toi, ça avance avec Fourvière ? Si tu viens à Lyon pour ton centre d'évaluation, tu dors à la maison, c'est non négociable. On fera un bouchon rue Mercière.

Bises à toute la famille,
Julien
"""

# ------------------------------------------------------------------ 044 Lyon letting agency (latin-1)
_location = """Bonjour Monsieur,

Suite à la visite de l'appartement T3 situé 14 rue Duguesclin (Lyon 6e) samedi dernier, nous revenons vers vous.

Malheureusement, le propriétaire a retenu un autre dossier, dont la date d'entrée dans les lieux correspondait mieux à ses attentes. Nous ne pouvons donc pas donner suite à votre demande pour ce logement.

Nous avons d'autres biens qui pourraient vous intéresser à partir d'août ; n'hésitez pas à nous indiquer vos disponibilités pour une nouvelle visite.

Cordialement,
Agence Bellecour Immobilier
"""

# ------------------------------------------------------------------ 045 own thank-you (fr)
CROIX_MERCI = """Bonjour Madame Berthier,

Je tenais à vous remercier, ainsi que M. Roux, pour l'entretien de ce matin. J'ai beaucoup apprécié l'échange sur vos parcours de formation pour les managers de proximité.

Je reste à votre disposition pour tout complément.

Bien cordialement,
Callum Nakamura-Reid
"""

# ------------------------------------------------------------------ 046 Spanish job alert
_alert_es_items = [
    ("Técnico/a de Formación", "Aljarafe Energía - Sevilla", "https://empleosur.example.es/oferta/55310",
     "Entrevistas a partir del 15 de junio."),
    ("Coordinador/a de Formación Interna", "Grupo Macarena Hoteles - Sevilla",
     "https://empleosur.example.es/oferta/55322", "Lamentablemente, la oferta no admite teletrabajo."),
    ("Formador/a de inglés para empresas", "Academia Puerta de Jerez - Sevilla",
     "https://empleosur.example.es/oferta/55339", ""),
]
_alert_es_text = """EmpleoSur - Nuevas ofertas para tu alerta "formación Sevilla"

""" + "\n\n".join(f"{h}\n{s}\n{b}\n{u}".replace("\n\n", "\n") for h, s, u, b in _alert_es_items) + """

Gestionar alertas: https://empleosur.example.es/alertas
Darse de baja: https://empleosur.example.es/baja?a=20441
"""
_alert_es_html = digest_html(
    "EmpleoSur", 'Nuevas ofertas para tu alerta "formación Sevilla"', _alert_es_items,
    "EmpleoSur, Plaza Nueva 8, 41001 Sevilla", "https://empleosur.example.es/baja?a=20441",
    accent="#d35400", lang="es", unsub_label="Darse de baja")

# ------------------------------------------------------------------ 047 Spanish parcel (latin-1 8bit)
_paquete = """Hola Callum,

Lamentablemente, su envío SV-2291-7730 se ha retrasado por una incidencia en nuestro centro logístico de Dos Hermanas.

Nueva fecha estimada de entrega: viernes 10 de julio, entre las 9:00 y las 14:00, en la dirección indicada (Hotel Giralda Centro, recepción).

Puede consultar el estado de su pedido en https://envios-veloz.example.es/seguimiento/SV22917730.

Disculpe las molestias.
Envíos Veloz
"""

# ------------------------------------------------------------------ 048 physio appointment changed
_fisio = """Estimado Sr. Nakamura-Reid:

Le informamos de que su cita de fisioterapia del miércoles 8 de julio a las 17:00 ha sido modificada. Por ausencia del profesional, la nueva cita es el jueves 9 de julio a las 18:30, con la fisioterapeuta Elena Márquez.

Si no puede acudir, le rogamos que anule la cita con al menos 24 horas de antelación llamando al 954 55 41 30.

Centro de Fisioterapia Macarena
"""

# ------------------------------------------------------------------ 049 Spanish OOO
_ooo_es = """Gracias por tu mensaje.

Estaré fuera de la oficina hasta el lunes 24 de agosto, sin acceso regular al correo. Para procesos de selección en curso puedes escribir a mi compañero Javier Lozano (javier.lozano@alamedatalento.example.es).

Un saludo,
Rocío Benítez
Alameda Talento
"""

# ------------------------------------------------------------------ 050 radio interview request
_radio = """Hola Callum:

Soy Marina Vega, del programa "Deporte y Barrio" de Radio Guadalquivir Joven. La Fundación Triana Joven nos ha hablado de ti y de tu experiencia como profesor de educación física en Escocia.

¿Te gustaría que te hiciéramos una entrevista de unos 15 minutos para el programa del sábado 26 de septiembre? Podría ser por teléfono o en nuestro estudio de la calle San Jacinto.

Un saludo y gracias,
Marina Vega
Redactora, Radio Guadalquivir Joven
"""

# ------------------------------------------------------------------ 051 own thank-you (es)
SANTAJUSTA_GRACIAS = """Estimado Dr. Quintero:

Muchas gracias por la entrevista de hoy y por la visita al centro de formación del profesorado. Me quedo con muchas ganas de colaborar en el nuevo programa de competencias docentes.

Quedo a su disposición para cualquier información adicional.

Un cordial saludo,
Callum Nakamura-Reid
"""

# ------------------------------------------------------------------ 052 scholarship denied
_beca = """Estimado solicitante:

En relación con su solicitud de beca para el Curso Intensivo de Español para Profesionales (convocatoria 2026), le comunicamos que la comisión de valoración ha resuelto DENEGAR su solicitud, al no alcanzar la puntuación mínima establecida en las bases (60 puntos).

Puede consultar la resolución completa en la sede electrónica. Contra esta resolución puede interponer recurso de alzada en el plazo de un mes.

Atentamente,
Centro de Lenguas Modernas de Sevilla
Oficina de Becas
"""


MESSAGES = [
    M(OTH, "job_alert_digest_aberdeen", "en", "", "",
      ("CareerPath Scotland Alerts", "alerts@careerpath-scotland.example.com"),
      '4 new jobs for "learning and development" near Aberdeen', "2026-03-09 07:00 uk",
      text=_alert1_text, html=_alert1_html, cte="quoted-printable",
      headers=_list_headers("CareerPath job alerts <alerts.careerpath-scotland.example.com>",
                            "https://careerpath-scotland.example.com/u/7f1d92",
                            "unsubscribe@careerpath-scotland.example.com")),
    M(OTH, "newsletter_rejection_after_final", "en", "", "",
      ("The Career Changer", "hello@thecareerchanger.example.com"),
      'When the "no" comes after the final interview', "2026-05-10 08:30 uk",
      text=_newsletter_rej, html=simple_html(_newsletter_rej),
      headers=_list_headers("The Career Changer <newsletter.thecareerchanger.example.com>",
                            "https://thecareerchanger.example.com/unsub?u=5521")),
    M(OTH, "advice_article_questions_to_ask", "en", "", "",
      ("Corporate L&D Weekly", "editor@corporateldweekly.example.com"),
      "5 questions to ask at the end of an interview", "2026-05-28 06:45 +0000",
      text=_advice_interview,
      headers=_list_headers("Corporate L&D Weekly <weekly.corporateldweekly.example.com>",
                            "https://corporateldweekly.example.com/preferences")),
    M(OTH, "podcast_guest_request", "en", "", "nadia@whistletoworkshop.example.com",
      ("Nadia Chowdhury", "nadia@whistletoworkshop.example.com"),
      "Podcast interview? Whistle to Workshop", "2026-06-03 20:12 uk", text=_podcast),
    M(OTH, "user_research_interview_voucher", "en", "", "",
      ("Eva at CareerPath Scotland", "research@careerpath-scotland.example.com"),
      "Can we interview you about your job search? (£40 voucher)", "2026-04-14 11:00 uk",
      text=_research, html=simple_html(_research), cte="quoted-printable"),
    M(OTH, "parcel_delayed_unfortunately", "en", "", "",
      ("Northway Parcels", "tracking@northwayparcels.example.co.uk"),
      "Unfortunately your parcel is delayed", "2026-02-11 18:20 uk",
      text=_parcel, html=simple_html(_parcel),
      headers=[("Auto-Submitted", "auto-generated")]),
    M(OTH, "gps_position_sync_failed", "en", "", "",
      ("StrideTrack", "no-reply@stridetrack.example.com"),
      "We couldn't sync your activity", "2026-06-08 06:10 +0000", text=_gps),
    M(OTH, "friend_tells_own_rejection", "en", "", "rossmenzies@mailbox.example.co.uk",
      ("Ross Menzies", "rossmenzies@mailbox.example.co.uk"),
      "well that's that", "2026-04-29 12:51 uk", text=_friend),
    M(OTH, "sent_thank_you_granite", "en", "", "", CAND,
      "Thank you - L&D Partner (Operations) interview", "2026-09-01 18:40 uk",
      text=_granite_thanks, to=SHONA, key="granite_thanks", reply="granite_resched"),
    M(OTH, "sent_application_with_cv_tay_bridges", "en", "", "", CAND,
      "Application - Member Learning & Development Officer", "2026-08-25 21:33 uk",
      text=_taybridges_app, to=("Morag Lindsay", "m.lindsay@taybridgescu.example.co.uk"),
      key="taybridges_app",
      attach=[pdf("CV_Callum_Nakamura-Reid.pdf", [
          "Callum Nakamura-Reid - Aberdeen - callum.nr@example.co.uk",
          "Teacher of Physical Education, Westburn Academy, 2015 - present",
          "Led financial-education week with a local credit union (2023-2026)",
          "Duke of Edinburgh Award expedition leader; mentor for probationer teachers",
          "PGDE Physical Education; BSc Sport and Exercise Science",
      ], title="CV")]),
    M(OTH, "sent_reschedule_request_council", "en", "", "", CAND,
      "Re: Interview this afternoon - Workforce Development Officer", "2026-07-08 15:10 uk",
      text=CLYDE_REQUEST, to=ALISON, key="clyde_resched_req", reply="clyde_missed"),
    M(OTH, "sent_apology_missed_call_caird", "en", "", "", CAND,
      "Sorry I missed your call \u2013 Learning Designer", "2026-02-12 12:05 uk",
      text=CAIRD_APOLOGY, to=RHONA, key="caird_apology", reply="caird_missed"),
    M(OTH, "recruiter_cold_approach_no_event", "en", "", "duncan@ashgrovesearch.example.com",
      ("Duncan Fyfe", "duncan@ashgrovesearch.example.com"),
      "A confidential learning role in Aberdeen", "2026-06-25 08:14 uk",
      text=ASHGROVE_COLD, key="ashgrove_cold"),
    M(OTH, "building_society_mortgage_appointment", "en", "", "",
      ("Granite City Building Society", "appointments@gcbs.example.co.uk"),
      "Your appointment is confirmed", "2026-04-15 12:02 uk",
      text=_bank, html=simple_html(_bank)),
    M(OTH, "letting_agent_declined_and_inspection_moved", "en", "", "lauren@bonnymuirlettings.example.co.uk",
      ("Lauren Wood", "lauren@bonnymuirlettings.example.co.uk"),
      "Flat 2, 18 Beechgrove Terrace - pet request and inspection", "2026-03-03 14:27 uk",
      text=_landlord),
    M(OTH, "school_staff_bulletin_interviews", "en", "", "",
      ("Westburn Academy", "bulletin@westburnacademy.example.sch.uk"),
      "Staff bulletin - w/b 23 February", "2026-02-20 16:05 uk", text=_school,
      to=("All Staff", "allstaff@westburnacademy.example.sch.uk"),
      headers=[("List-Id", "Westburn staff <allstaff.westburnacademy.example.sch.uk>")]),
    M(OTH, "gp_appointment_cancelled", "en", "", "",
      ("Rosemount Medical Practice", "donotreply@rosemountmp.example.scot"),
      "Appointment cancelled - Rosemount Medical Practice", "2026-05-12 09:14 uk", text=_gp),
    M(OTH, "out_of_office_agency", "en", "", "priya.raman@forthtalent.example.co.uk",
      ("Priya Raman", "priya.raman@forthtalent.example.co.uk"),
      "Automatic reply: Re: CV - Callum Nakamura-Reid", "2026-03-30 19:02 uk",
      text=_ooo_forth, reply="<291.forth.followup.91b2@example.co.uk>",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    M(OTH, "network_profile_views", "en", "", "",
      ("ProNet", "notifications@pronet.example.com"),
      "Callum, you appeared in 14 searches this week", "2026-07-06 05:31 +0000",
      text=_pronet, html=simple_html(_pronet),
      headers=_list_headers("ProNet weekly <weekly.pronet.example.com>",
                            "https://pronet.example.com/settings/email?t=pv")),
    M(OTH, "course_place_refused_pgcert", "en", "", "",
      ("Dunedin Institute Admissions", "admissions@dunedin-institute.example.ac.uk"),
      "Your application: PgCert Learning and Development in Organisations",
      "2026-06-12 15:30 uk", text=_pgcert),
    M(OTH, "job_board_html_only_base64", "en", "", "",
      ("NorthStar Jobs", "jobs@alerts.northstarjobs.example.com"),
      "3 new Learning jobs in Edinburgh", "2026-04-20 07:15 uk",
      html=_alert2_html, html_cte="base64",
      headers=_list_headers("NorthStar saved searches <searches.northstarjobs.example.com>",
                            "https://northstarjobs.example.com/unsubscribe?s=edin-ld",
                            "unsubscribe@northstarjobs.example.com")),
    M(OTH, "network_newsletter_mock_interviews", "en", "", "",
      ("L&D Scotland Network", "committee@ldscotland.example.org"),
      "L&D Scotland Network - April update", "2026-04-02 12:00 uk",
      text=_network, sender=("L&D Scotland list", "members-bounces@ldscotland.example.org"),
      to=("L&D Scotland members", "members@ldscotland.example.org"),
      headers=[("List-Id", "L&D Scotland members <members.ldscotland.example.org>"),
               ("List-Unsubscribe", "<mailto:members-leave@ldscotland.example.org>"),
               ("List-Post", "<mailto:members@ldscotland.example.org>"),
               ("Precedence", "list")]),
    M(OTH, "sent_application_ryfylke", "en", "", "", CAND,
      "Application: Training & Onboarding Specialist (ROS-114)", "2026-07-26 20:48 uk",
      text=_ryfylke_app, to=("Ryfylke Offshore People & Culture", "jobs@ryfylke-offshore.example.no"),
      attach=[pdf("Callum_Nakamura-Reid_CV.pdf", [
          "Callum Nakamura-Reid - Training and Development",
          "11 years designing and delivering practical group training",
          "Outdoor expedition leader (safety-critical planning)",
          "Willing to relocate to Stavanger",
      ], title="CV")]),
    M(OTH, "sent_follow_up_to_agency", "en", "", "", CAND,
      "Any news from Brodie?", "2026-06-19 16:02 uk",
      text=THISTLE_FOLLOWUP, to=KIRSTY, key="thistle_followup"),
    M(OTH, "out_of_office_university", "en", "", "niamh.calder@pentland-uni.example.ac.uk",
      ("Dr Niamh Calder", "niamh.calder@pentland-uni.example.ac.uk"),
      "Out of office: Re: Following our call - Staff Development Adviser", "2026-04-08 08:05 uk",
      text=_ooo_pentland, reply="<291.pentland.accept.aa12@example.co.uk>", refs=["pentland_offer"],
      headers=[("Auto-Submitted", "auto-replied")]),
    M(OTH, "friend_heads_up_opening", "en", "", "kayleigh.d@mailbox.example.co.uk",
      ("Kayleigh Duncan", "kayleigh.d@mailbox.example.co.uk"),
      "job going at the Links", "2026-08-12 21:40 uk", text=_headsup),
    M(OTH, "rugby_club_team_selection", "en", "", "captain@rubislawrfc.example.org.uk",
      ("Gavin Mearns", "captain@rubislawrfc.example.org.uk"),
      "Team selection - Saturday", "2026-09-09 22:15 uk", text=_rugby,
      to=("Rubislaw RFC Squad", "squad@rubislawrfc.example.org.uk"),
      headers=[("List-Id", "Rubislaw squad <squad.rubislawrfc.example.org.uk>")]),
    M(OTH, "webinar_registration_confirmed", "en", "", "",
      ("EventStream", "events@eventstream.example.com"),
      "You're registered: Interview skills for career changers", "2026-05-11 19:20 uk",
      text=_webinar, html=simple_html(_webinar), headers=[("Auto-Submitted", "auto-generated")]),
    M(OTH, "job_board_weekly_application_summary", "en", "", "",
      ("JobHarbour", "updates@jobharbour.example.com"),
      "Your week on JobHarbour: 4 applications, 1 view", "2026-06-28 09:00 uk",
      text=_tracker, headers=_list_headers("JobHarbour weekly <weekly.jobharbour.example.com>",
                                           "https://jobharbour.example.com/settings/emails")),
    M(OTH, "press_interview_request", "en", "", "lorna.buchan@northerncourier.example.co.uk",
      ("Lorna Buchan", "lorna.buchan@northerncourier.example.co.uk"),
      "Interview request - teachers moving into industry", "2026-09-15 10:48 uk", text=_press),
    M(OTH, "sent_withdrawal_after_other_offer", "en", "", "", CAND,
      "Withdrawal of application - Learning Specialist (R-22871)", "2026-10-13 07:55 uk",
      text=_withdrawal, to=("Bressay Power Recruiting", "careers@bressaypower.example.co.uk")),
    M(OTH, "network_recruiter_message_notification", "en", "", "",
      ("ProNet", "messages-noreply@pronet.example.com"),
      "Jamie Sutherland sent you a message", "2026-07-14 13:22 +0000",
      text=_pronet_msg, html=simple_html(_pronet_msg), cte="quoted-printable"),
    M(OTH, "jobalert_hamburg", "de", "", "",
      ("JobNord Suchauftrag", "suchauftrag@jobnord.example.de"),
      "3 neue Jobs: Personalentwicklung in Hamburg", "2026-05-05 06:30 cet",
      text=_alert_de_text, html=_alert_de_html, cte="quoted-printable",
      headers=_list_headers("JobNord Suchauftraege <suchauftrag.jobnord.example.de>",
                            "https://jobnord.example.de/abmelden?sa=77120")),
    M(OTH, "karrierebrief_absage_tipps", "de", "", "",
      ("Karrierebrief", "redaktion@karrierebrief.example.de"),
      "Absage nach dem Vorstellungsgespräch \u2013 was jetzt?", "2026-04-16 07:00 cet",
      text=_karriere, cte="quoted-printable", subj_enc=("utf-8", "B"),
      headers=_list_headers("Karrierebrief <newsletter.karrierebrief.example.de>",
                            "https://karrierebrief.example.de/abmelden")),
    M(OTH, "paket_verspaetet_leider", "de", "", "",
      ("Hanse Paketdienst", "benachrichtigung@hanse-paket.example.de"),
      "Ihre Sendung verspätet sich", "2026-06-16 15:44 cet",
      text=_paket, cte="quoted-printable", subj_enc=("iso-8859-1", "Q")),
    M(OTH, "bank_videoberatung_termin", "de", "", "",
      ("Hanseatische Sparbank", "service@hanseatische-sparbank.example.de"),
      "Terminbestätigung Videoberatung", "2026-06-24 10:05 cet",
      text=_bank_de, charset="windows-1252", cte="8bit"),
    M(OTH, "abwesenheitsnotiz_recruiterin", "de", "", "janne.petersen@elbwind.example.de",
      ("Janne Petersen", "janne.petersen@elbwind.example.de"),
      "Abwesenheitsnotiz: Vielen Dank für das Gespräch", "2026-03-26 17:13 cet",
      text=_ooo_de, cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
      reply="<291.elbwind.danke.77c1@example.co.uk>",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    M(OTH, "sprachkurs_ausgebucht", "de", "", "",
      ("Sprachschule Alster", "kursbuero@sprachschule-alster.example.de"),
      "Ihre Anmeldung: Intensivkurs Deutsch B1", "2026-07-01 11:40 cet",
      text=_sprachkurs, cte="quoted-printable"),
    M(OTH, "gesendet_initiativbewerbung", "de", "", "", CAND,
      "Initiativbewerbung als Trainer (englischsprachige Seminare)", "2026-06-20 09:12 uk",
      text=_initiativ, cte="quoted-printable",
      to=("Speicherstadt Akademie", "info@speicherstadt-akademie.example.de"),
      attach=[pdf("Lebenslauf_Callum_Nakamura-Reid.pdf", [
          "Lebenslauf - Callum Nakamura-Reid", "Sportlehrer, Westburn Academy, Aberdeen, seit 2015",
          "Aufbau eines Mentoring-Programms für Nachwuchstrainer",
          "Sprachen: Englisch (Muttersprache), Deutsch (A2-B1)",
      ], title="Lebenslauf")]),
    M(OTH, "alerte_emploi_lyon", "fr", "", "",
      ("EmploiRhône Alertes", "alertes@emploirhone.example.fr"),
      "Nouvelles offres : formation - Lyon", "2026-04-27 07:10 cet",
      text=_alert_fr_text, html=_alert_fr_html, cte="quoted-printable",
      name_enc=("utf-8", "Q"),
      headers=_list_headers("Alertes EmploiRhone <alertes.emploirhone.example.fr>",
                            "https://emploirhone.example.fr/alertes/desinscription?id=3318")),
    M(OTH, "refus_admission_master", "fr", "", "",
      ("Scolarité - Institut Lumière de Management", "scolarite@ilm-lyon.example.fr"),
      "Décision d'admission - Master 2 Ingénierie et conseil en formation", "2026-06-05 16:20 cet",
      text=_master, cte="quoted-printable", name_enc=("iso-8859-1", "Q"),
      subj_enc=("iso-8859-1", "Q")),
    M(OTH, "article_conseils_entretien", "fr", "", "",
      ("Le Mag Reconversion", "newsletter@magreconversion.example.fr"),
      "Enseignant : réussir son premier entretien en entreprise", "2026-05-20 08:00 cet",
      text=_conseils, html=simple_html(_conseils, "fr"), cte="quoted-printable",
      headers=_list_headers("Le Mag Reconversion <lettre.magreconversion.example.fr>",
                            "https://magreconversion.example.fr/desabonnement")),
    M(OTH, "ami_raconte_son_refus", "fr", "", "julien.morel@courriel.example.fr",
      ("Julien Morel", "julien.morel@courriel.example.fr"),
      "Des nouvelles de Lyon", "2026-05-07 22:31 cet", text=_ami, cte="quoted-printable"),
    M(OTH, "agence_location_dossier_non_retenu", "fr", "", "",
      ("Agence Bellecour Immobilier", "location@bellecour-immo.example.fr"),
      "Votre visite du 14 rue Duguesclin", "2026-06-22 11:05 cet",
      text=_location, charset="iso-8859-1", cte="8bit"),
    M(OTH, "envoye_remerciement_croix_rousse", "fr", "", "", CAND,
      "Remerciements - entretien Formateur consultant", "2026-06-17 11:26 uk",
      text=CROIX_MERCI, cte="quoted-printable",
      to=("Camille Berthier", "camille.berthier@croixrousse-formation.example.fr"),
      key="croix_merci", reply="croix_invite"),
    M(OTH, "alerta_empleo_sevilla", "es", "", "",
      ("EmpleoSur Alertas", "alertas@empleosur.example.es"),
      "Nuevas ofertas: formación Sevilla", "2026-06-08 07:05 cet",
      text=_alert_es_text, html=_alert_es_html, cte="quoted-printable", subj_enc=("utf-8", "Q"),
      headers=_list_headers("Alertas EmpleoSur <alertas.empleosur.example.es>",
                            "https://empleosur.example.es/baja?a=20441")),
    M(OTH, "paquete_retrasado_lamentablemente", "es", "", "",
      ("Envíos Veloz", "avisos@envios-veloz.example.es"),
      "Su envío SV-2291-7730 se ha retrasado", "2026-07-08 18:40 cet",
      text=_paquete, charset="iso-8859-1", cte="8bit", name_enc=("iso-8859-1", "B"),
      subj_enc=("iso-8859-1", "Q")),
    M(OTH, "fisioterapia_cita_modificada", "es", "", "",
      ("Centro de Fisioterapia Macarena", "citas@fisiomacarena.example.es"),
      "Modificación de su cita", "2026-07-07 12:15 cet",
      text=_fisio, cte="quoted-printable", subj_enc=("utf-8", "Q")),
    M(OTH, "fuera_de_oficina_consultora", "es", "", "rocio.benitez@alamedatalento.example.es",
      ("Rocío Benítez", "rocio.benitez@alamedatalento.example.es"),
      "Fuera de la oficina: Re: Disponibilidad septiembre", "2026-08-06 10:02 cet",
      text=_ooo_es, cte="quoted-printable", name_enc=("utf-8", "Q"),
      reply="<291.alameda.sept.3f40@example.co.uk>",
      headers=[("Auto-Submitted", "auto-replied")]),
    M(OTH, "radio_solicitud_entrevista", "es", "", "marina.vega@radioguadalquivirjoven.example.es",
      ("Marina Vega", "marina.vega@radioguadalquivirjoven.example.es"),
      "Entrevista para \u00abDeporte y Barrio\u00bb", "2026-09-10 13:37 cet",
      text=_radio, cte="quoted-printable"),
    M(OTH, "enviado_agradecimiento_santa_justa", "es", "", "", CAND,
      "Agradecimiento entrevista", "2026-03-03 12:40 uk",
      text=SANTAJUSTA_GRACIAS, cte="quoted-printable",
      to=("Dr. Álvaro Quintero", "aquintero@usjusta.example.es"), to_enc=("iso-8859-1", "Q"),
      key="santajusta_gracias", reply="santajusta_resched"),
    M(OTH, "beca_denegada_curso_espanol", "es", "", "",
      ("Centro de Lenguas Modernas - Becas", "becas@clm-sevilla.example.es"),
      "Resolución de la convocatoria de becas 2026", "2026-02-18 14:00 cet",
      text=_beca, cte="quoted-printable", subj_enc=("iso-8859-1", "B")),
]
