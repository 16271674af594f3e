"""Corpus 274, kind `other`: 52 hand-written messages (en 33, fr 6, de 6, es 7).

Newsletters and alerts, notifications, private mail that uses interview / appointment /
position words in another sense, out-of-office replies, course refusals, and the candidate's
own sent mail (always `other`, never with a contact).
"""

# ruff: noqa: C408  (each message is written as a dict(...) call: the spec format)

from __future__ import annotations

from msgs274_common import (
    CAND,
    ats_card,
    digest_html,
    digest_text,
    forwarded,
    outlook_html,
    plain_html,
    reply,
)
from msgs274_invites import _kilbride_application, _wluh_invite
from msgs274_rejections import _bioh_quoted, _ostbelgien_quoted

OTHER = "other"


def _list(list_id: str, unsub: str, mailto: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>, <mailto:{mailto}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ---------------------------------------------------------------------------------------------
# English: newsletters, alerts, notifications
# ---------------------------------------------------------------------------------------------

_jobswest_items = [
    ("Clinical Research Coordinator - Corrib Clinical Research, Galway",
     "https://jobswest.example.ie/job/88213?utm_source=alert",
     "Permanent, full-time. Employer is interviewing now - apply early."),
    ("Research Nurse (Oncology) - Western Lakes University Hospital, Galway",
     "https://jobswest.example.ie/job/88190?utm_source=alert",
     "Specified purpose contract. Closing date 6 February."),
    ("Clinical Trial Assistant - Thomond Research Services, Limerick",
     "https://jobswest.example.ie/job/88177?utm_source=alert",
     "Hybrid. No previous trial experience needed - full GCP training provided."),
    ("Dental Nurse - Knocknacarra Family Dental, Galway",
     "https://jobswest.example.ie/job/88160?utm_source=alert",
     "Part-time position, 3 days. Because you searched for dental nurse roles in the past."),
    ("Study Start-up Specialist - Pembroke Pharma Services, Dublin",
     "https://jobswest.example.ie/job/88154?utm_source=alert",
     "2+ years of site activation experience required."),
]
_jobswest_intro = ("5 new jobs match your alert \"clinical research coordinator\" within 50 km of "
                   "Galway. Tip: candidates who apply in the first 48 hours are three times more "
                   "likely to be invited to interview.")
_jobswest_footer = ("You are receiving this because you created a job alert on JobsWest. "
                    "Manage alerts: https://jobswest.example.ie/alerts - Unsubscribe: "
                    "https://jobswest.example.ie/u/a91f2")

_bloom_text = """Rejected again? Here's how to bounce back

Hi Niamh,

This week's letter is for everyone who opened an email starting with "Unfortunately..." in the last month. You are in good company: the average career changer hears no from eight employers before a yes.

Three things our readers say helped:

1. Ask for feedback once, politely, and then let it go. Some employers will tell you what tipped the decision; most won't, and that's not about you.
2. Keep a "rejection log" - the role, the stage you reached, and one thing you'd do differently. Patterns show up fast.
3. Don't stop applying while you wait for an interview outcome. Momentum is everything.

Next week: how to answer "why are you leaving your current position?" without sounding negative.

Read online: https://careerbloom.example.com/letters/bounce-back
Unsubscribe: https://careerbloom.example.com/unsubscribe?u=5521

CareerBloom, 3 Merchants Road, Galway"""

_ccw_text = """CLINICAL CAREERS WEEKLY - Issue 112

Ten questions you'll be asked at a clinical research coordinator interview
by Dr Helen Brosnan

If you're moving into research from a clinical role, the interview will feel familiar in places and strange in others. Here are the questions that come up again and again, with notes on what panels are really listening for.

1. Tell us about a time you explained something complex to a patient.
   Panels want to hear about consent. Dental and ward nurses have great examples - use them.

2. What is ICH-GCP and why does it matter?
   Keep it short: protecting participants and making sure the data can be trusted.

3. How would you handle a protocol deviation?
   Report it, document it, never hide it. Mention your PI and the sponsor.

4. How do you prioritise when three study visits clash?
   Walk through a real example, step by step.

(Questions 5-10 continue on the website.)

Read the full article: https://clinicalcareersweekly.example.com/112/ten-questions
You're subscribed as niamh.dm@example.ie. Update preferences: https://clinicalcareersweekly.example.com/prefs"""

_podcast_text = """Hi Niamh,

I'm Ellen Tobin and I host "Chairside Chats", a podcast for dental nurses and dental care professionals in Ireland (about 4,000 listeners an episode, mostly on Spotify).

Your post in the DNA Ireland Facebook group about moving from dental nursing into clinical research really struck a chord with our audience. Would you be up for an interview on the podcast? It would be a relaxed 30-40 minute conversation about why you decided to make the change, what the job hunt has been like, and any advice for others thinking about it.

We record over Zoom, usually on Tuesday or Wednesday evenings, and I send the questions in advance. There's absolutely no pressure - if you'd rather wait until you've settled into a new position, that's grand too.

Thanks a million,
Ellen

Ellen Tobin
Host & Producer, Chairside Chats
https://chairsidechats.example.ie"""

_molar_text = """Hi Niamh,

You recently booked a dental appointment through the Molar app, and we'd love to hear about your experience.

We're running short user research interviews (30 minutes, by video) to understand how people book and manage appointments. As a thank-you, you'll get a €30 One4All voucher.

If you're interested, pick a time that suits here: https://molarapp.example.com/research/book?ref=nd55

There are no right or wrong answers - we're testing the app, not you!

Thanks,
Ciara Nolan
UX Researcher, Molar"""

_parcel_text = """Hello Niamh,

Your package is delayed, unfortunately.

Tracking number: GX4402198815IE
From: Dental Supplies Direct
Expected delivery: was Wednesday 15 April, now Friday 17 April

Your parcel missed its connection at our Athlone hub due to high volumes. We're sorry for the inconvenience. You don't need to do anything - we'll deliver it as soon as possible.

Track your parcel: https://track.gaelexpress.example.ie/GX4402198815IE

Gael Express Parcels
This is an automated message, please do not reply."""

_gps_text = """Position update for "Niamh's bike" (tracker ID BT-77310)

Your tracker reported a new position at 07:42 on 22 May 2026:

Latitude: 53.2745 N
Longitude: 9.0489 W
Near: Eyre Square, Galway
Accuracy: 12 m
Battery: 41%

This position is outside your safe zone "Home - Salthill". If you didn't move your bike, open the app to see its live location.

BikeTrace Alerts - manage notifications in the app."""

_orla_rejection = """Dear Orla,

Thank you for your interest in the Regulatory Affairs Associate position and for attending the second interview.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the requirements of the role.

We wish you every success in your career.

Talent Acquisition Team
Corran Pharma"""

_orla_text = forwarded(
    """Niamh!!

Well, that's that. Look at the email below - after TWO interviews and a presentation, this is what I get. Not even a phone call. I'm raging.

Honestly I don't know how you keep going with all your applications. Fancy a drink Friday to drown our sorrows / celebrate your Corrib thing? My treat.

O x""",
    ("Corran Pharma Talent Acquisition", "no-reply@corranpharma.example.ie"),
    "Mon, 9 Mar 2026 at 09:14", "Your application - Regulatory Affairs Associate",
    ("Orla Nic Giolla Phádraig", "orla.ngp@example.ie"), _orla_rejection)

# ---------------------------------------------------------------------------------------------
# English: the candidate's own mail
# ---------------------------------------------------------------------------------------------

_thanks_corrib = """Hi Aoife,

Thank you for taking the time to meet me this morning, and please pass on my thanks to Dr Ó Laoi as well.

I really enjoyed hearing about the new dermatology site and the way your coordinators split the study visits between them. It made me even more sure that this is the kind of role I want.

If there's anything else you need from me - references, certificates - just let me know.

Kind regards,
Niamh Delacroix-Murphy
+353 87 555 2291"""

_wluh_resched = reply(
    """Dear Ms Fahy,

Thank you very much for the invitation. Unfortunately I am rostered for a surgical list on Wednesday 4 February which I cannot swap at this notice. Would it be possible to attend later that week?

Kind regards,
Niamh Delacroix-Murphy""",
    "Wed, 21 Jan 2026 at 14:30", ("Deirdre Fahy", "deirdre.fahy@wluh.example.ie"), _wluh_invite)

_harbourview_followup = """Hi Conor,

Just checking in - have you heard anything back from Liffey Bioresearch since my interview with them on the 5th? I'd be glad of any feedback either way.

Thanks,
Niamh"""

_decline_loughgill = reply(
    """Dear Niall,

Thank you so much for the offer, and for the time you and the team gave me on Monday. I've thought about it very carefully over the weekend.

I'm sorry to say I've decided not to accept. A position has come up closer to home in Galway, and with my family commitments I don't think I can make the move to Sligo work at the moment. It was a genuinely hard decision - I liked the team and the studies a lot.

I hope our paths cross again.

Kind regards,
Niamh""",
    "Thu, 2 Jul 2026 at 12:00", ("Niall Devaney", "niall.devaney@loughgilldx.example.ie"),
    """Hi Niamh,

Thanks for coming in on Monday – the whole team enjoyed meeting you.

I’m pleased to offer you the position of Clinical Study Coordinator at Lough Gill Diagnostics, based in our Sligo office.""")

_accept_grandcanal = reply(
    """Hi Conor,

Thanks for the chat last night - I've slept on it and I'm delighted to say yes! Please let Grand Canal Clinical know I accept their offer in principle, and I'll look out for the formal letter from their HR team.

Could you ask them whether a start date of Monday 9 November would work? That gives me time to finish up at the practice properly.

Thanks a million for all your help this year.

Niamh""",
    "Wed, 30 Sep 2026 at 16:20", ("Conor Whelan", "conor.whelan@harbourview.example.ie"),
    """Hi Niamh,

I've been dying to send you this one - Grand Canal Clinical want to make you an offer!""")

# ---------------------------------------------------------------------------------------------
# English: recruiters without an event, private life, notifications
# ---------------------------------------------------------------------------------------------

_fernhill_text = """Hi Niamh,

I hope you don't mind me reaching out out of the blue. I lead the clinical operations desk at Fernhill Search, and your profile came up when I was mapping people with patient-facing backgrounds who have recently completed GCP training.

I don't have a specific vacancy for you right now, but a lot of our CRO clients are hiring CTAs and junior coordinators in the west this year, and it might be useful to have a 15-minute introductory call so I know what you're looking for.

If that sounds useful, reply with a couple of times that work; if not, no problem at all and I won't chase you.

Best,
Killian Moran
Director, Clinical Operations Desk
Fernhill Search | Dublin · Galway
+353 1 555 0903"""

_bank_text = """Dear Niamh,

Thank you for booking a mortgage appointment with me. Here are the details:

Date: Thursday 11 June 2026
Time: 17:30
Where: our Shop Street branch, Galway (or by video - just let me know)

At this first meeting we'll do a fact-find: your income, outgoings, and your current employment position. If you're expecting to change jobs in the coming months, please mention it, since lenders usually ask for your probation period to be completed before final approval.

Please bring your last three payslips and six months of bank statements.

Kind regards,
Donal Kerins
Mortgage Adviser
Corrib Community Bank, Shop Street, Galway
091 555 7700"""

_landlord_text = """Hi Niamh,

Just to let you know the plumber is coming Thursday morning between 9 and 11 to look at the boiler. He says it's the pressure valve again.

Could you leave the key with Mrs Concannon next door if you're at work? Also he asked whether you know the position of the stopcock - I think it's under the sink in the utility but I'm not certain.

Sorry for the hassle, hopefully that's the end of it.

Pat Cunniffe
087 555 4471"""

_school_text = """Dear Parent/Guardian,

Parent-teacher meetings for Rang 2 will take place on Tuesday 17 and Wednesday 18 November.

Please book your 10-minute appointment with Ms Ní Chonghaile using the link below by Friday 30 October. If none of the available slots suit, reply to the class teacher through the app and she will try to offer an alternative.

Book here: https://schoolcomms.example.ie/b/scoil-einde/ptm-rang2

Go raibh maith agaibh,
Scoil Éinde, Salthill

This message was sent via SchoolComms. Replies to this email are not monitored."""

_gp_text = """Appointment reminder

Dear Niamh Delacroix-Murphy,

This is a reminder of your appointment:

Thursday 8 October 2026 at 09:20
Dr Róisín Farrell - Salthill Medical Practice

Please arrive 5 minutes early. If you cannot attend, please cancel at least 24 hours in advance by phone on 091 555 2810, so that the slot can be offered to another patient.

This is an automated message. Please do not reply to this email."""

_ooo_conor = """Thank you for your email.

I'm out of the office until Monday 16 February with limited access to email. If your message is about an interview that has been arranged for this week, please ring our office on +353 1 555 7700 and one of my colleagues will help.

Otherwise I'll get back to you when I return.

Conor Whelan
Harbourview Life Science Recruitment"""

_prolinked_viewed = """Niamh, your profile is getting noticed

A recruiter at Corrib Clinical Research viewed your profile.

You appeared in 14 searches this week, for keywords like "clinical research", "dental nurse" and "GCP".

See who's viewed your profile: https://www.prolinked.example.com/me/profile-views

Unsubscribe from profile view notifications: https://www.prolinked.example.com/settings/notifications
ProLinked Ireland, 1 Harbourmaster Place, Dublin 1"""

_prolinked_jobs_items = [
    ("Clinical Research Coordinator - Kilbride Cardiac Research",
     "https://www.prolinked.example.com/jobs/view/39944120", "Dublin 9 · 31 applicants · Promoted"),
    ("Junior CRA - Lagan Research Partners",
     "https://www.prolinked.example.com/jobs/view/39944177", "Belfast · Actively recruiting"),
    ("Research Assistant, Oral Health - Belfast Institute for Oral Health",
     "https://www.prolinked.example.com/jobs/view/39944203", "Belfast · Be an early applicant"),
    ("Clinical Operations Associate - Kinvara Health Data",
     "https://www.prolinked.example.com/jobs/view/39944231", "Galway (Hybrid) · Easy Apply"),
]

_msc_text = """Dear Niamh,

Application reference: PG-26-04418
Programme: MSc Clinical Research (part-time, two years)

Thank you for your application for admission to the above programme for the 2026/27 academic year.

The programme received many more applications than places available. Having considered your application carefully, the programme board regrets that it is unable to offer you a place this year. You may wish to consider our Postgraduate Certificate in Clinical Trials Management, which still has places available and can count towards the MSc in a later year.

We wish you well with your future studies.

Postgraduate Admissions Office
Western Seaboard University

This is an automated message from the admissions portal. Please do not reply."""

_ircn_items = [
    ("Meet the coordinators: a day in the Galway paediatric CRF",
     "https://ircn.example.ie/news/2026-05/day-in-the-crf",
     "Two coordinators talk about juggling 14 open studies and a very busy waiting room."),
    ("Vacancies board: 9 new coordinator and CTA positions this month",
     "https://ircn.example.ie/vacancies",
     "Members can see salary bands and contact names for each post."),
    ("Interview clinic: mock interviews with experienced CRCs, 11 June",
     "https://ircn.example.ie/events/interview-clinic-june",
     "Free for members - bring your CV and a question you dread."),
    ("ICH E6(R3): what changes for site staff?",
     "https://ircn.example.ie/learning/e6r3-site-staff",
     "A 20-minute explainer from the network's education group."),
]

_webinar_text = """You're registered!

Webinar: Interviewing for your first clinical research coordinator role
Host: Irish Research Coordinators Network
Date: Thursday 11 June 2026, 19:00-20:00 (Dublin)

Join link: https://events.webinarly.example.com/j/7730-1192?tk=nd
Add to calendar: https://events.webinarly.example.com/ics/7730-1192

You'll receive a reminder one hour before the webinar starts. Can't make it? A recording will be sent to all registrants.

Webinarly - this mailbox is not monitored."""

_practice_text = """Hi Niamh,

Quick one about the rota for next week. As you know we've filled the nurse position in surgery 2 - Chloe starts on Monday. Could you do her induction on Monday and Tuesday? I'll swap your Wednesday late with Bríd so you're not doing a long day.

Also, the CQC-style audit we talked about has been moved to the 14th, so keep the sterilisation logs up to date.

Thanks a mill,
Michelle

Michelle Tierney
Practice Manager
Knocknacarra Family Dental
091 555 3412"""

_reference_text = """Niamh,

Just to let you know - Aoife Brennan from Corrib Clinical Research rang me yesterday afternoon for a reference. We were on the phone for a good twenty minutes. I told her what I'd tell anyone: best nurse I've had in this practice, never misses a thing, patients adore her.

She asked about your infection-control audit and your work with anxious patients, so I think they've a fair idea of what they'd be getting. Fingers crossed for an offer.

Don't forget us when you're a big research star.

Seán

Dr Seán Kilkelly BDS
Kilkelly Dental, Oranmore"""

_account_text = """Welcome to the Yeats Regional Hospital Careers site

Hello Niamh,

Your candidate account has been created. To finish setting it up, please verify your email address within 48 hours:

https://yeatsregional.wd3.myworkday.com/candidate/verify?token=Rk2x9Q

Once verified, you can save jobs, upload your CV and track your applications from Candidate Home.

If you did not create this account, you can safely ignore this email."""

_reviews_items = [
    ("Corrib Clinical Research - Clinical Research Coordinator interview",
     "https://workview.example.com/interview/corrib-crc-77120",
     "\"Two rounds. Friendly panel, a scenario about a participant who misses a visit. Got an offer a week later.\""),
    ("Atlantic Stent Technologies - Assessment day",
     "https://workview.example.com/interview/atlantic-ad-77140",
     "\"Long day but well run. Group task was a bit chaotic. Rejected by email after 10 days.\""),
    ("Dodder Diagnostics - Phone screen",
     "https://workview.example.com/interview/dodder-ps-77152",
     "\"Recruiter was lovely. Process was slow and I never heard back.\""),
]

_salary_items = [
    ("Clinical Research Coordinator: €34k-€42k (Dublin), €32k-€39k (regions)",
     "https://harbourview.example.ie/salary-guide-2026#crc",
     "Salaries for entry-level coordinators rose 6% year on year."),
    ("Counter-offers are back",
     "https://harbourview.example.ie/insights/counter-offers-2026",
     "One in four candidates who accepted an offer in Q1 received a counter-offer from their employer."),
    ("How long do interview processes take?",
     "https://harbourview.example.ie/insights/time-to-hire",
     "Median time from first interview to offer: 19 days at CROs, 34 days at hospitals."),
]

_tax_text = """Your Preliminary End of Year Statement for 2025 is available

Dear Customer,

A statement of your tax position for 2025 is now available in myAccount. Based on the information we hold, you may be due a refund.

To review your statement, sign in to myAccount and select "Review your tax". We will never ask you for bank or card details by email.

Tax Office West
This is an automatically generated email. Please do not reply."""

_gym_text = """Hi Niamh,

Your gym induction is booked!

When: Saturday 7 February 2026, 10:30
Where: Salthill Leisure Centre, main reception
With: Kevin (Fitness Instructor)

Please wear comfortable clothes and bring a water bottle. The induction takes about 45 minutes and covers the equipment, a short fitness assessment and a programme to get you started.

Need to change your appointment? Reply "CHANGE" to the text reminder or manage your booking online.

Salthill Leisure Centre"""

# ---------------------------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------------------------

_apec_items = [
    ("Attaché(e) de recherche clinique junior – Confluence Essais Cliniques (Lyon 2e)",
     "https://emploi-rhone.example.fr/offre/55120?alerte=1",
     "CDI · Débutant accepté · Entretiens en cours"),
    ("Technicien(ne) d'études cliniques – Hospices de Fourvière (Lyon 5e)",
     "https://emploi-rhone.example.fr/offre/55109?alerte=1",
     "CDD 12 mois · Candidature rapide"),
    ("Coordinateur(trice) d'investigations cliniques – Rhodanie Medtech (Vaulx-en-Velin)",
     "https://emploi-rhone.example.fr/offre/55101?alerte=1",
     "CDI · Anglais courant"),
]

_master_text = """Madame,

Vous avez déposé une candidature pour l'admission en Master 2 « Recherche clinique et épidémiologie » au titre de l'année universitaire 2026-2027.

Après examen de votre dossier par la commission pédagogique, nous avons le regret de vous informer que votre candidature n'a pas été retenue. La commission a notamment relevé l'absence de diplôme de niveau Master 1 dans le domaine de la santé.

Vous pouvez, si vous le souhaitez, candidater au Diplôme universitaire « Attaché de recherche clinique », accessible aux professionnels de santé sans condition de diplôme.

Le service de la scolarité
Université de Lyon Saint-Just – UFR de Santé

Message automatique, merci de ne pas répondre."""

_excuse_confluence = reply(
    """Bonjour Madame Perrin,

Je suis vraiment désolée pour ce matin : une coupure d'électricité dans mon quartier m'a empêchée de me connecter. Serait-il possible de convenir d'un autre créneau ?

Bien cordialement,
Niamh Delacroix-Murphy""",
    "mer. 15 avr. 2026 à 10:25", ("Mathilde Perrin", "mathilde.perrin@confluence-essais.example.fr"),
    """Bonjour Niamh,

Nous avions rendez-vous ce matin à 10h00 pour votre entretien avec le Dr Vasseur. Nous vous avons attendue sur Teams pendant une vingtaine de minutes, sans parvenir à vous joindre, et je n'ai pas réussi à vous avoir au téléphone.""",
    lang="fr")

_colis_text = """Bonjour,

Malheureusement, votre colis a pris du retard.

Numéro de suivi : 6A21987334510
Expéditeur : Librairie Lumière Santé
Nouvelle date de livraison estimée : lundi 11 mai

Un incident sur notre plateforme de Corbas a retardé l'acheminement de votre colis vers l'Irlande. Nous vous prions de nous excuser pour ce désagrément. Aucune action n'est requise de votre part.

Suivre mon colis : https://suivi.colisrapide.example.fr/6A21987334510

ColisRapide – Ceci est un message automatique, merci de ne pas y répondre."""

_banque_text = """Madame Delacroix-Murphy,

Nous vous confirmons votre rendez-vous avec votre conseillère, Mme Claire Dewitte, pour un entretien d'ouverture de compte dans le cadre de votre future installation en Belgique.

Date : jeudi 27 août 2026 à 16h00
Format : visioconférence (le lien vous sera envoyé la veille)

Pour préparer cet entretien, merci de vous munir d'une pièce d'identité, d'un justificatif de domicile et, si possible, de votre contrat de travail ou d'une promesse d'embauche.

Banque Brabançonne – Service Clientèle
Ce message est envoyé automatiquement, merci de ne pas y répondre."""

_ooo_camille = """Bonjour,

Je suis absente du bureau jusqu'au lundi 6 avril inclus, sans accès à ma messagerie.

Pour toute question urgente concernant un entretien ou une mission en cours, vous pouvez contacter ma collègue Inès Bouchard au 04 55 51 42 00.

Je traiterai votre message dès mon retour.

Camille Girard
Alpes Rhône Talents"""

# ---------------------------------------------------------------------------------------------
# German
# ---------------------------------------------------------------------------------------------

_stellen_items = [
    ("Studienkoordinator*in – Hohes Venn Klinikum, Eupen",
     "https://stellen-ostbelgien.example.be/angebot/4471",
     "Vollzeit · unbefristet · Vorstellungsgespräche ab Mai"),
    ("Pflegefachkraft (m/w/d) Studienambulanz – Ostbelgien Reha Zentrum, Sankt Vith",
     "https://stellen-ostbelgien.example.be/angebot/4466",
     "Teilzeit möglich · Deutsch und Französisch erforderlich"),
    ("Zahnmedizinische Fachangestellte – Praxis Dr. Heinen, Kelmis",
     "https://stellen-ostbelgien.example.be/angebot/4458",
     "Ab sofort · 4-Tage-Woche"),
]

_danke_ostbelgien = _ostbelgien_quoted

_sprachkurs_text = """Sehr geehrte Frau Delacroix-Murphy,

vielen Dank für Ihre Anmeldung zum Intensivkurs „Deutsch B2 für Gesundheitsberufe“ (Juli 2026).

Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Platz im Kurs anbieten können. Der Kurs war innerhalb weniger Tage ausgebucht, und die Plätze wurden in der Reihenfolge der Anmeldungen vergeben. Wir haben Sie auf die Warteliste (Platz 6) gesetzt.

Der nächste Intensivkurs beginnt im Oktober; die Anmeldung öffnet am 1. August.

Mit freundlichen Grüßen

Petra Mertens
Kursverwaltung
Sprachenzentrum Eupen
Tel. +32 87 55 40 77"""

_ooo_jonas = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20. Februar nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen zu laufenden Bewerbungsverfahren wenden Sie sich bitte an recruiting@rheinmaas.example.de.

Mit freundlichen Grüßen
Jonas Weidenfeld
Rheinmaas Clinical GmbH"""

_kompass_text = """KARRIERE-KOMPASS – Ihr Newsletter für den Berufswechsel

Absage erhalten? So bleiben Sie motiviert

Liebe Leserinnen und Leser,

eine Absage nach dem Vorstellungsgespräch tut weh – besonders, wenn man sich schon am neuen Arbeitsplatz gesehen hat. In dieser Ausgabe erklärt Coach Birgit Lammers, wie Sie aus einer Absage lernen, ohne an sich zu zweifeln.

Außerdem:
- Quereinstieg in die klinische Forschung: Welche Weiterbildungen lohnen sich?
- Gehaltsverhandlung im Gesundheitswesen: Was ist realistisch?
- Checkliste: die letzten 24 Stunden vor dem Vorstellungsgespräch

Zum vollständigen Newsletter: https://karriere-kompass.example.de/ausgabe/2026-14

Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.example.de angemeldet haben.
Abmelden: https://karriere-kompass.example.de/abmelden?id=88120"""

_paket_text = """Guten Tag,

Ihre Sendung verzögert sich leider.

Sendungsnummer: 00340434187720519981
Absender: Fachbuchhandlung Medizin Aachen
Neue voraussichtliche Zustellung: Dienstag, 9. Juni 2026

Aufgrund eines erhöhten Sendungsaufkommens im internationalen Verkehr kommt es derzeit zu Verzögerungen. Wir bitten um Entschuldigung.

Sendung verfolgen: https://paket.schnellpost.example.de/verfolgen/00340434187720519981

Ihr SchnellPost-Team
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf."""

# ---------------------------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------------------------

_alerta_items = [
    ("Coordinador/a de Ensayos Clínicos – Ensayos Clínicos Mediterráneo (Barcelona)",
     "https://empleosalud.example.es/oferta/77102?alerta=ndm",
     "Jornada completa · Se valoran idiomas · Entrevistas en junio"),
    ("Data Manager – Hospital Universitari del Besòs (Badalona)",
     "https://empleosalud.example.es/oferta/77095?alerta=ndm",
     "Contrato de investigación · 2 años"),
    ("Higienista dental – Clínica Dental Diagonal (Barcelona)",
     "https://empleosalud.example.es/oferta/77081?alerta=ndm",
     "Incorporación inmediata"),
    ("Técnico/a de Ensayos – Laboratorios Garraf (Sant Pere de Ribes)",
     "https://empleosalud.example.es/oferta/77076?alerta=ndm",
     "Experiencia mínima de un año"),
]

_lucia_text = """¡Hola guapa!

¿Qué tal va todo por Galway? Te escribo para desahogarme un poco: ayer me llegó el correo de la farmacéutica de Sant Cugat. Después de tres entrevistas me dicen que "han decidido continuar con otros candidatos cuyo perfil se ajusta mejor". Tres entrevistas, Niamh. ¡Tres!

Bueno, ya se me pasará. Me consuela que tú estés teniendo más suerte con lo de Barcelona. Si al final te vienes, tienes sofá en mi piso el tiempo que haga falta.

Cuéntame cómo te fue con la fundación de Montjuïc.

Un besazo,
Lucía"""

_candidatura_sagrera = """Estimada Sra. Castells:

Me dirijo a ustedes para presentar mi candidatura a la plaza de Coordinadora de Estudios Clínicos de la Unidad de Investigación, publicada en su página web.

Soy auxiliar de odontología titulada, con seis años de experiencia clínica en Galway (Irlanda), y he completado recientemente la formación en Buenas Prácticas Clínicas (ICH-GCP). Hablo inglés (nativo), francés (C1) y español (B2), y estoy preparando mi traslado a Barcelona.

Les adjunto mi currículum. Quedo a su disposición para ampliar cualquier información.

Atentamente,
Niamh Delacroix-Murphy
+353 87 555 2291"""

_radio_text = """Hola Niamh:

Soy Pau Riera, periodista del programa "Catalunya Oberta" de Ràdio Montjuïc. Estamos preparando un reportaje sobre profesionales sanitarios que vienen a trabajar a Barcelona desde otros países europeos.

Una compañera de Talento Salud nos ha hablado de ti y nos encantaría hacerte una entrevista de unos 15 minutos, por teléfono o en nuestro estudio de Sants, sobre tu experiencia: por qué Barcelona, cómo ha sido buscar trabajo aquí, los idiomas... Se emitiría a finales de octubre.

¿Te animarías? Dime qué días te irían bien.

Gracias,
Pau Riera
Ràdio Montjuïc – Redacción
+34 655 50 31 18"""

_cita_text = """CITA PREVIA - CONFIRMACIÓN

Trámite: Toma de huellas (expedición de TIE / certificado de registro UE)
Oficina: Comisaría de Policía - Extranjería, Rambla Guipúscoa 74, Barcelona
Fecha: 29/09/2026
Hora: 10:12
Número de justificante: 26BCN0091837

Recuerde presentarse con 10 minutos de antelación, con su pasaporte o documento de identidad, este justificante impreso y el formulario EX-18 cumplimentado.

Si no puede acudir, anule la cita para que otra persona pueda utilizarla.

Este correo ha sido generado automáticamente. No responda a este mensaje."""

_frio_text = """Hola Niamh:

Soy Sergio Llorente, de Hunters Biotech, una consultora especializada en ciencias de la vida. He visto tu perfil y me ha llamado la atención tu experiencia clínica con pacientes y tu interés por la investigación.

Ahora mismo no tengo ninguna vacante concreta para ti, pero trabajamos con varias CRO y hospitales de Barcelona y Madrid que contratan perfiles de coordinación de estudios cada pocos meses. ¿Te parece si hablamos diez minutos para conocernos y saber qué buscas?

Sin compromiso, claro.

Un saludo,
Sergio Llorente
Senior Recruiter – Hunters Biotech
+34 655 48 02 71"""

_consejos_text = """Consejos de carrera – Boletín de septiembre

Cómo preparar tu próxima entrevista (y qué hacer si no sale bien)

Hola Niamh:

Este mes hablamos de dos momentos que todos vivimos en una búsqueda de empleo: la entrevista y la carta de rechazo.

1. Antes de la entrevista: investiga la organización, prepara tres ejemplos concretos de tu experiencia y ten preguntas para el final.
2. Después: envía un correo de agradecimiento breve el mismo día.
3. Si recibes un "lamentamos comunicarte que no has sido seleccionada", pide feedback una sola vez y sigue adelante.

Además, en nuestra bolsa de empleo: 45 nuevas ofertas en el sector salud en Cataluña.

Leer más: https://consejoscarrera.example.es/boletin/2026-09
Darse de baja: https://consejoscarrera.example.es/baja?u=ndm2291"""

MESSAGES: list[dict] = [
    # ---------------- English ----------------
    dict(kind=OTHER, name="job_alert_digest", lang="en", contact="",
         frm=("JobsWest Alerts", "alerts@jobswest.example.ie"), date="2026-01-26 07:05 +0000",
         subject="5 new jobs for \"clinical research coordinator\" near Galway",
         text=digest_text("JobsWest job alert", _jobswest_intro, _jobswest_items, _jobswest_footer),
         html=digest_html("JobsWest job alert", _jobswest_intro, _jobswest_items, _jobswest_footer),
         headers=_list("JobsWest alerts <alerts.jobswest.example.ie>",
                       "https://jobswest.example.ie/u/a91f2", "unsubscribe@jobswest.example.ie")),
    dict(kind=OTHER, name="newsletter_bounce_back_after_rejection", lang="en", contact="",
         frm=("CareerBloom", "letters@careerbloom.example.com"), date="2026-03-14 08:00 +0000",
         cte="base64", subject="Rejected again? Here's how to bounce back",
         html=plain_html(_bloom_text),
         headers=_list("CareerBloom weekly <weekly.careerbloom.example.com>",
                       "https://careerbloom.example.com/unsubscribe?u=5521",
                       "leave-5521@careerbloom.example.com")),
    dict(kind=OTHER, name="career_advice_interview_questions", lang="en", contact="",
         frm=("Clinical Careers Weekly", "newsletter@clinicalcareersweekly.example.com"),
         date="2026-04-18 06:30 +0100", subject="Ten questions you'll be asked at a CRC interview",
         text=_ccw_text,
         headers=_list("Clinical Careers Weekly <weekly.clinicalcareersweekly.example.com>",
                       "https://clinicalcareersweekly.example.com/prefs",
                       "unsubscribe@clinicalcareersweekly.example.com")),
    dict(kind=OTHER, name="podcast_interview_request", lang="en",
         contact="ellen@chairsidechats.example.ie",
         frm=("Ellen Tobin", "ellen@chairsidechats.example.ie"), date="2026-05-06 21:15 +0100",
         subject="Podcast interview? Dental nurse to clinical research", text=_podcast_text),
    dict(kind=OTHER, name="user_research_interview", lang="en", contact="ciara.nolan@molarapp.example.com",
         frm=("Ciara from Molar", "research@molarapp.example.com"),
         reply_to=("Ciara Nolan", "ciara.nolan@molarapp.example.com"),
         date="2026-06-24 11:00 +0100", cte="qp",
         subject="Quick favour? 30-min interview about booking dental appointments (€30 voucher)",
         text=_molar_text, html=plain_html(_molar_text)),
    dict(kind=OTHER, name="package_delayed_unfortunately", lang="en", contact="",
         frm=("Gael Express", "no-reply@gaelexpress.example.ie"), date="2026-04-15 18:22 +0100",
         subject="Your package is delayed, unfortunately", text=_parcel_text,
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=OTHER, name="gps_position_update", lang="en", contact="",
         frm=("BikeTrace", "alerts@biketrace.example.com"), date="2026-05-22 07:43 +0100",
         subject="New position reported for Niamh's bike", text=_gps_text),
    dict(kind=OTHER, name="friend_own_rejection_forwarded", lang="en", contact="orla.ngp@example.ie",
         frm=("Orla Nic Giolla Phádraig", "orla.ngp@example.ie"), name_enc=("utf-8", "q"),
         date="2026-03-09 12:47 +0000", cte="qp",
         subject="Fwd: Your application - Regulatory Affairs Associate", text=_orla_text),
    dict(kind=OTHER, name="own_thank_you_after_interview", lang="en", contact="",
         frm=CAND, to=[("Aoife Brennan", "aoife.brennan@corribcr.example.ie")],
         date="2026-03-03 16:40 +0000", reply="corrib-moved",
         subject="Thank you - Clinical Research Coordinator interview", text=_thanks_corrib),
    dict(kind=OTHER, name="own_application_with_cv", lang="en", contact="",
         id="niamh-kilbride-application", frm=CAND,
         to=[("Dr Eamon Tierney", "eamon.tierney@kilbridecardiac.example.ie")],
         cc=[("Lisa Behan", "lisa.behan@kilbridecardiac.example.ie")],
         date="2026-09-01 20:48 +0100",
         subject="Application - Clinical Research Coordinator", text=_kilbride_application,
         attach=[dict(type="pdf", filename="Niamh_Delacroix-Murphy_CV.pdf", lines=[
             "Niamh Delacroix-Murphy", "Salthill, Galway | +353 87 555 2291 | niamh.dm@example.ie", "",
             "PROFILE", "Registered dental nurse, 6 years. ICH-GCP certified (2026).", "",
             "EXPERIENCE", "2023-present  Dental Nurse, Knocknacarra Family Dental, Galway",
             "2020-2023     Dental Nurse, Kilkelly Dental, Oranmore", "",
             "LANGUAGES", "English (native), French (C1), Spanish (B2), German (A2)"])]),
    dict(kind=OTHER, name="own_reschedule_request", lang="en", contact="", id="niamh-wluh-resched",
         frm=CAND, to=[("Deirdre Fahy", "deirdre.fahy@wluh.example.ie")], reply="wluh-invite",
         date="2026-01-22 19:10 +0000",
         subject="RE: Invitation to interview - Clinical Research Coordinator (Grade VI)",
         text=_wluh_resched),
    dict(kind=OTHER, name="cold_recruiter_no_vacancy", lang="en", contact="killian.moran@fernhillsearch.example.ie",
         frm=("Killian Moran", "killian.moran@fernhillsearch.example.ie"),
         date="2026-02-05 13:30 +0000",
         subject="Clinical operations in the west - quick intro?", text=_fernhill_text),
    dict(kind=OTHER, name="bank_mortgage_appointment", lang="en", contact="donal.kerins@corribbank.example.ie",
         frm=("Donal Kerins", "donal.kerins@corribbank.example.ie"),
         date="2026-06-03 10:10 +0100",
         subject="Your mortgage appointment - Thursday 11 June", text=_bank_text,
         html=outlook_html(_bank_text)),
    dict(kind=OTHER, name="landlord_plumber_stopcock", lang="en", contact="pat.cunniffe@example.ie",
         frm=("Pat Cunniffe", "pat.cunniffe@example.ie"), date="2026-01-19 20:02 +0000",
         subject="Boiler again", text=_landlord_text),
    dict(kind=OTHER, name="school_parent_teacher_appointment", lang="en", contact="",
         frm=("Scoil Éinde via SchoolComms", "noreply@schoolcomms.example.ie"),
         name_enc=("iso-8859-1", "q"), date="2026-10-19 15:30 +0100", charset="iso-8859-1",
         cte="qp", subject="Parent-teacher meetings - book your appointment", text=_school_text),
    dict(kind=OTHER, name="gp_appointment_reminder", lang="en", contact="",
         frm=("Salthill Medical Practice", "reminders@salthillmedical.example.ie"),
         date="2026-10-06 09:00 +0100", cte="qp",
         subject="Appointment reminder - Thursday 8 October", text=_gp_text,
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=OTHER, name="out_of_office_recruiter", lang="en", contact="conor.whelan@harbourview.example.ie",
         frm=("Conor Whelan", "conor.whelan@harbourview.example.ie"),
         date="2026-02-12 09:42 +0000", reply="niamh-harbourview-followup",
         subject="Automatic reply: Liffey Bioresearch - any news?", text=_ooo_conor,
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    dict(kind=OTHER, name="profile_viewed_notification", lang="en", contact="",
         frm=("ProLinked", "notifications-noreply@prolinked.example.com"),
         date="2026-02-15 18:00 +0000",
         subject="Niamh, a recruiter from Corrib Clinical Research viewed your profile",
         text=_prolinked_viewed, html=plain_html(_prolinked_viewed)),
    dict(kind=OTHER, name="jobs_you_may_be_interested_in", lang="en", contact="",
         frm=("ProLinked Jobs", "jobs-noreply@prolinked.example.com"),
         date="2026-08-31 17:20 +0100", cte="qp",
         subject="Clinical Research Coordinator at Kilbride Cardiac Research and 3 more jobs for you",
         text=digest_text("Jobs you may be interested in", "Based on your profile and job alerts.",
                          _prolinked_jobs_items, "You are receiving job recommendation emails. Unsubscribe: https://www.prolinked.example.com/settings/jobs"),
         html=digest_html("Jobs you may be interested in", "Based on your profile and job alerts.",
                          _prolinked_jobs_items, "You are receiving job recommendation emails. Unsubscribe: https://www.prolinked.example.com/settings/jobs"),
         headers=_list("<jobs.prolinked.example.com>", "https://www.prolinked.example.com/settings/jobs",
                       "unsubscribe-jobs@prolinked.example.com")),
    dict(kind=OTHER, name="msc_place_not_offered", lang="en", contact="",
         frm=("WSU Postgraduate Admissions", "noreply@apply.wsu.example.ie"),
         date="2026-07-16 14:00 +0100",
         subject="Your application PG-26-04418 - MSc Clinical Research", text=_msc_text,
         html=ats_card("Western Seaboard University - Admissions", "#1d3c6e", _msc_text,
                       "Western Seaboard University, Galway")),
    dict(kind=OTHER, name="own_follow_up_to_agency", lang="en", contact="", id="niamh-harbourview-followup",
         frm=CAND, to=[("Conor Whelan", "conor.whelan@harbourview.example.ie")],
         date="2026-02-12 09:41 +0000",
         subject="Liffey Bioresearch - any news?", text=_harbourview_followup),
    dict(kind=OTHER, name="network_newsletter_vacancies", lang="en", contact="",
         frm=("Irish Research Coordinators Network", "news@ircn.example.ie"),
         date="2026-05-29 12:00 +0100", cte="base64",
         subject="IRCN News - May 2026: interview clinic, vacancies and E6(R3)",
         text=digest_text("IRCN News - May 2026", "Hello members, here's what's happening this month.",
                          _ircn_items, "Irish Research Coordinators Network CLG. Unsubscribe: https://ircn.example.ie/unsubscribe"),
         html=digest_html("IRCN News - May 2026", "Hello members, here's what's happening this month.",
                          _ircn_items, "Irish Research Coordinators Network CLG. Unsubscribe: https://ircn.example.ie/unsubscribe",
                          accent="#2e7d32"),
         headers=_list("IRCN members <members.ircn.example.ie>", "https://ircn.example.ie/unsubscribe",
                       "leave-members@ircn.example.ie")),
    dict(kind=OTHER, name="webinar_registration", lang="en", contact="",
         frm=("Webinarly", "no-reply@webinarly.example.com"), date="2026-06-01 19:33 +0100",
         subject="Registration confirmed: Interviewing for your first clinical research coordinator role",
         text=_webinar_text, headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=OTHER, name="practice_rota_position_filled", lang="en",
         contact="michelle@knocknacarradental.example.ie",
         frm=("Michelle Tierney", "michelle@knocknacarradental.example.ie"),
         date="2026-09-03 18:05 +0100", subject="Rota next week + new nurse", text=_practice_text),
    dict(kind=OTHER, name="former_boss_gave_reference", lang="en", contact="sean@kilkellydental.example.ie",
         frm=("Seán Kilkelly", "sean@kilkellydental.example.ie"), name_enc=("utf-8", "b"),
         date="2026-03-10 13:15 +0000", charset="windows-1252", cte="8bit",
         subject="Reference", text=_reference_text),
    dict(kind=OTHER, name="ats_account_verify", lang="en", contact="",
         frm=("Yeats Regional Hospital", "yeatsregional@myworkday.com"),
         date="2026-05-04 21:10 +0100", cte="qp",
         subject="Verify your email - Yeats Regional Hospital Careers",
         html=ats_card("Yeats Regional Hospital", "#005eb8", _account_text,
                       "Powered by Workday.", button=("Verify email",
                       "https://yeatsregional.wd3.myworkday.com/candidate/verify?token=Rk2x9Q")),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=OTHER, name="interview_reviews_digest", lang="en", contact="",
         frm=("WorkView", "digest@workview.example.com"), date="2026-04-26 09:00 +0100",
         subject="New interview reviews at companies you follow",
         text=digest_text("New interview reviews", "People shared their interview experiences at companies you follow.",
                          _reviews_items, "WorkView. Manage email: https://workview.example.com/settings/email"),
         html=digest_html("New interview reviews", "People shared their interview experiences at companies you follow.",
                          _reviews_items, "WorkView. Manage email: https://workview.example.com/settings/email",
                          accent="#0caa41"),
         headers=_list("<digest.workview.example.com>", "https://workview.example.com/settings/email",
                       "unsubscribe@workview.example.com")),
    dict(kind=OTHER, name="own_decline_of_offer", lang="en", contact="", reply="loughgill-offer",
         frm=CAND, to=[("Niall Devaney", "niall.devaney@loughgilldx.example.ie")],
         date="2026-07-06 08:50 +0100", charset="windows-1252", cte="qp",
         subject="Re: Clinical Study Coordinator – offer", text=_decline_loughgill),
    dict(kind=OTHER, name="agency_salary_guide_newsletter", lang="en", contact="",
         frm=("Harbourview Insights", "insights@harbourview.example.ie"),
         date="2026-04-09 07:45 +0100", cte="qp",
         subject="Life Sciences Salary Guide 2026: offers, counter-offers and time to hire",
         text=digest_text("Harbourview Salary Guide 2026", "The numbers every candidate should know.",
                          _salary_items, "Harbourview Life Science Recruitment. Unsubscribe: https://harbourview.example.ie/unsubscribe"),
         html=digest_html("Harbourview Salary Guide 2026", "The numbers every candidate should know.",
                          _salary_items, "Harbourview Life Science Recruitment. Unsubscribe: https://harbourview.example.ie/unsubscribe",
                          accent="#003a5d"),
         headers=_list("Harbourview Insights <insights.harbourview.example.ie>",
                       "https://harbourview.example.ie/unsubscribe", "unsubscribe@harbourview.example.ie")),
    dict(kind=OTHER, name="tax_position_statement", lang="en", contact="",
         frm=("Tax Office West", "noreply@taxoffice.example.ie"), date="2026-01-08 06:12 +0000",
         subject="Your 2025 tax position - statement available", text=_tax_text),
    dict(kind=OTHER, name="gym_induction_appointment", lang="en", contact="",
         frm=("Salthill Leisure Centre", "bookings@salthillleisure.example.ie"),
         date="2026-02-01 12:30 +0000", cte="qp",
         subject="Booked: your induction appointment on Sat 7 Feb",
         text=_gym_text, html=plain_html(_gym_text),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=OTHER, name="own_thank_you_belfast", lang="en", contact="", id="niamh-bioh-thanks",
         frm=CAND, to=[("Dr Ruth Agnew", "ruth.agnew@bioh.example.ac.uk")],
         date="2026-06-19 18:47 +0100",
         subject="Thank you - Research Coordinator interview", text=_bioh_quoted),
    dict(kind=OTHER, name="own_acceptance_to_agency", lang="en", contact="", reply="harbourview-offer",
         frm=CAND, to=[("Conor Whelan", "conor.whelan@harbourview.example.ie")],
         date="2026-10-01 09:05 +0100",
         subject="Re: Grand Canal Clinical - OFFER!", text=_accept_grandcanal,
         html=plain_html(_accept_grandcanal)),
    # ---------------- French ----------------
    dict(kind=OTHER, name="fr_alerte_emploi", lang="fr", contact="",
         frm=("Emploi Rhône – Alertes", "alertes@emploi-rhone.example.fr"),
         date="2026-03-31 07:00 +0200", cte="qp",
         subject="3 nouvelles offres pour « recherche clinique » à Lyon",
         text=digest_text("Vos nouvelles offres", "Voici les offres publiées depuis votre dernière alerte.",
                          _apec_items, "Gérer mes alertes : https://emploi-rhone.example.fr/alertes"),
         html=digest_html("Vos nouvelles offres", "Voici les offres publiées depuis votre dernière alerte.",
                          _apec_items, "Gérer mes alertes : https://emploi-rhone.example.fr/alertes",
                          lang="fr", accent="#b71c1c"),
         headers=_list("Alertes Emploi Rhone <alertes.emploi-rhone.example.fr>",
                       "https://emploi-rhone.example.fr/alertes/desinscription?u=ndm",
                       "desinscription@emploi-rhone.example.fr")),
    dict(kind=OTHER, name="fr_refus_admission_master", lang="fr", contact="",
         frm=("Scolarité UFR de Santé", "ne-pas-repondre@univ-stjust.example.fr"),
         date="2026-06-30 16:45 +0200", charset="iso-8859-1", cte="qp", subj_enc=("iso-8859-1", "q"),
         subject="Décision d'admission - Master 2 Recherche clinique", text=_master_text.replace("–", "-"),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=OTHER, name="fr_own_excuse_missed", lang="fr", contact="", id="niamh-confluence-excuse",
         frm=CAND, to=[("Mathilde Perrin", "mathilde.perrin@confluence-essais.example.fr")],
         reply="confluence-missed", date="2026-04-15 11:04 +0100", cte="qp",
         subject="Re: Entretien de ce matin - êtes-vous disponible ?", text=_excuse_confluence),
    dict(kind=OTHER, name="fr_colis_en_retard", lang="fr", contact="",
         frm=("ColisRapide", "noreply@colisrapide.example.fr"), date="2026-05-07 19:30 +0200",
         cte="base64", subject="Votre colis a du retard", text=_colis_text,
         html=plain_html(_colis_text, lang="fr")),
    dict(kind=OTHER, name="fr_banque_entretien", lang="fr", contact="",
         frm=("Banque Brabançonne", "noreply@banquebrabanconne.example.be"),
         date="2026-08-19 09:00 +0200", charset="windows-1252", cte="qp",
         subject="Confirmation de votre rendez-vous du 27 août", text=_banque_text,
         html=plain_html(_banque_text, lang="fr"), html_charset="utf-8"),
    dict(kind=OTHER, name="fr_absence_du_bureau", lang="fr", contact="camille.girard@alpesrhone-talents.example.fr",
         frm=("Camille Girard", "camille.girard@alpesrhone-talents.example.fr"),
         date="2026-03-30 21:02 +0200", cte="8bit",
         subject="Réponse automatique : RE: Entretien chez Laboratoires Saône Diagnostics",
         text=_ooo_camille,
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    # ---------------- German ----------------
    dict(kind=OTHER, name="de_stellen_newsletter", lang="de", contact="",
         frm=("Stellenmarkt Ostbelgien", "newsletter@stellen-ostbelgien.example.be"),
         date="2026-04-27 06:00 +0200", cte="base64",
         subject="Neue Stellen in Ihrer Region – KW 18",
         text=digest_text("Neue Stellenangebote", "Diese Angebote passen zu Ihrem Suchauftrag „Studienkoordination“.",
                          _stellen_items, "Suchauftrag verwalten oder abbestellen: https://stellen-ostbelgien.example.be/konto"),
         html=digest_html("Neue Stellenangebote", "Diese Angebote passen zu Ihrem Suchauftrag „Studienkoordination“.",
                          _stellen_items, "Suchauftrag verwalten oder abbestellen: https://stellen-ostbelgien.example.be/konto",
                          lang="de", accent="#1565c0"),
         headers=_list("Stellenmarkt Ostbelgien <jobs.stellen-ostbelgien.example.be>",
                       "https://stellen-ostbelgien.example.be/abbestellen?k=ndm",
                       "abbestellen@stellen-ostbelgien.example.be")),
    dict(kind=OTHER, name="de_own_danke_mail", lang="de", contact="", id="niamh-ostbelgien-danke",
         frm=CAND, to=[("Bernd Lorentz", "b.lorentz@ostbelgien-reha.example.be")],
         reply="ostbelgien-invite", date="2026-04-24 18:03 +0100", cte="qp",
         subject="Vielen Dank für das Gespräch", text=_danke_ostbelgien),
    dict(kind=OTHER, name="de_sprachkurs_kein_platz", lang="de", contact="p.mertens@sprachenzentrum-eupen.example.be",
         frm=("Petra Mertens", "p.mertens@sprachenzentrum-eupen.example.be"),
         date="2026-06-17 10:40 +0200", charset="iso-8859-1", cte="8bit",
         subject="Ihre Anmeldung: Intensivkurs Deutsch B2", text=_sprachkurs_text.replace("„", '"').replace("“", '"')),
    dict(kind=OTHER, name="de_abwesenheitsnotiz", lang="de", contact="j.weidenfeld@rheinmaas.example.de",
         frm=("Jonas Weidenfeld", "j.weidenfeld@rheinmaas.example.de"),
         date="2026-02-16 08:01 +0100", cte="qp", subj_enc=("utf-8", "b"),
         subject="Abwesenheitsnotiz: Rückfrage zu meiner Bewerbung", text=_ooo_jonas,
         headers=[("Auto-Submitted", "auto-replied")]),
    dict(kind=OTHER, name="de_karriere_newsletter_absage", lang="de", contact="",
         frm=("Karriere-Kompass", "newsletter@karriere-kompass.example.de"),
         date="2026-04-04 07:30 +0200", cte="qp",
         subject="Absage erhalten? So bleiben Sie motiviert", text=_kompass_text,
         headers=_list("Karriere-Kompass <newsletter.karriere-kompass.example.de>",
                       "https://karriere-kompass.example.de/abmelden?id=88120",
                       "abmelden@karriere-kompass.example.de")),
    dict(kind=OTHER, name="de_sendung_verzoegert", lang="de", contact="",
         frm=("SchnellPost", "noreply@schnellpost.example.de"), date="2026-06-05 17:12 +0200",
         cte="qp", subject="Ihre Sendung verzögert sich leider", text=_paket_text,
         html=plain_html(_paket_text, lang="de"), headers=[("Auto-Submitted", "auto-generated")]),
    # ---------------- Spanish ----------------
    dict(kind=OTHER, name="es_alerta_empleo", lang="es", contact="",
         frm=("EmpleoSalud Alertas", "alertas@empleosalud.example.es"),
         date="2026-06-01 08:00 +0200", cte="qp",
         subject="4 nuevas ofertas de «ensayos clínicos» en Barcelona",
         text=digest_text("Tus nuevas ofertas", "Ofertas publicadas desde tu última alerta.",
                          _alerta_items, "Gestionar alertas: https://empleosalud.example.es/alertas"),
         html=digest_html("Tus nuevas ofertas", "Ofertas publicadas desde tu última alerta.",
                          _alerta_items, "Gestionar alertas: https://empleosalud.example.es/alertas",
                          lang="es", accent="#ef6c00"),
         headers=_list("Alertas EmpleoSalud <alertas.empleosalud.example.es>",
                       "https://empleosalud.example.es/alertas/baja?u=ndm",
                       "baja@empleosalud.example.es")),
    dict(kind=OTHER, name="es_amiga_su_rechazo", lang="es", contact="lucia.fdez@example.es",
         frm=("Lucía Fernández", "lucia.fdez@example.es"), name_enc=("iso-8859-1", "b"),
         date="2026-09-09 22:30 +0200", charset="iso-8859-1", cte="8bit",
         subject="Otra vez no...", text=_lucia_text),
    dict(kind=OTHER, name="es_own_candidatura", lang="es", contact="",
         frm=CAND, to=[("Elena Castells Roig", "elena.castells@clinicasagrera.example.es")],
         date="2026-09-03 10:15 +0100", cte="qp",
         subject="Candidatura – Coordinadora de Estudios Clínicos", text=_candidatura_sagrera),
    dict(kind=OTHER, name="es_entrevista_radio", lang="es", contact="pau.riera@radiomontjuic.example.es",
         frm=("Pau Riera", "pau.riera@radiomontjuic.example.es"), date="2026-09-24 12:10 +0200",
         cte="qp", subject="Entrevista para Catalunya Oberta (Ràdio Montjuïc)", text=_radio_text),
    dict(kind=OTHER, name="es_cita_previa_huellas", lang="es", contact="",
         frm=("Cita Previa Extranjería", "no-responder@citaprevia.example.es"),
         date="2026-09-10 13:05 +0200", charset="iso-8859-1", cte="qp",
         subject="Confirmación de cita previa - Toma de huellas", text=_cita_text,
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind=OTHER, name="es_reclutador_sin_vacante", lang="es", contact="sergio.llorente@huntersbiotech.example.es",
         frm=("Sergio Llorente", "sergio.llorente@huntersbiotech.example.es"),
         date="2026-07-22 11:45 +0200", charset="windows-1252", cte="qp",
         subject="¿Hablamos? Oportunidades en coordinación de estudios", text=_frio_text),
    dict(kind=OTHER, name="es_boletin_consejos", lang="es", contact="",
         frm=("Consejos de Carrera", "boletin@consejoscarrera.example.es"),
         date="2026-09-17 09:00 +0200", cte="base64",
         subject="Cómo preparar tu próxima entrevista (y qué hacer si no sale bien)",
         text=_consejos_text, html=plain_html(_consejos_text, lang="es"),
         headers=_list("Boletin Consejos de Carrera <boletin.consejoscarrera.example.es>",
                       "https://consejoscarrera.example.es/baja?u=ndm2291",
                       "baja@consejoscarrera.example.es")),
]
