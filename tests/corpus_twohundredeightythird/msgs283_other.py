"""Corpus 283, kind `other`: 52 hand-written messages (33 en, 6 de, 6 fr, 7 es).

Also holds the candidate's own texts that other modules quote in replies.
"""

from __future__ import annotations

from msgs283_common import (
    CAND,
    CAND_PHONE,
    digest_html,
    digest_text,
    esc,
    forward_block,
    html_page,
    on_wrote,
    paras,
    quote,
    word_html,
)

OTHER = "other"

# =================================================================== the candidate's own words

_SIG = f"""Aisling Moreau-Kapoor
{CAND_PHONE}"""

LANTERN_THANKS = """Dear Niamh,

Thank you for this afternoon's interview, and please pass my thanks on to Ruth and to Mr Agnew too. I really enjoyed hearing about the Light Up a Life evenings, and it made me even more certain that community fundraising is where I want to be.

I'm very happy to send any further information the panel might need.

With best wishes,
Aisling"""

LL_THANKS = """Hi Conor,

Just a quick note to say thank you for this morning's interview, and to Patricia as well. I loved the tour of the print room, and I've been thinking all afternoon about how the box-office queue could become a first conversation with future donors.

I'd be thrilled to join the team, and I hope to hear from you soon.

Best wishes,
Aisling"""

KULTURWERK_THANKS = """Liebe Jana,

vielen Dank für das schöne Gespräch heute und den Rundgang durchs Haus! Die Idee mit dem Patenschafts-Abo für den Freundeskreis geht mir nicht mehr aus dem Kopf.

Ich würde mich sehr freuen, von euch zu hören.

Liebe Grüße aus Belfast
Aisling"""

MCP_MOVE_REQ = """Hi Isla,

Thank you so much for the invitation - I'm really looking forward to meeting you and Euan.

Would it be at all possible to move the interview from Tuesday 12 May to later that week? I've just been told I'm needed for an early shift at the café on Tuesday that I can't swap, and the first train from Belfast wouldn't get me to Candleriggs until after 11. Thursday 14 or Friday 15 May would both work for me at any time.

Sorry for the trouble, and thanks for understanding.

Best wishes,
Aisling"""

RIA_MOVE_REQ = """Hola Itziar:

Muchas gracias por la invitación, me hace mucha ilusión.

¿Sería posible cambiar la fecha de la entrevista? El martes 16 no consigo vuelo desde Belfast a tiempo. Podría el jueves 18 o el viernes 19 a cualquier hora, o bien por videollamada si os resulta más cómodo.

Perdona las molestias.

Un saludo,
Aisling"""

KELVIN_SORRY = """Hi Rhona,

I'm so sorry - I've just seen your email and your missed calls. My phone was switched off while I was on the early shift and I completely lost track of the time, which isn't like me at all.

I'm still very keen on the Regional Fundraising Officer role. I'm free any time tomorrow or on Monday, and I'll keep my phone on and charged.

Apologies again,
Aisling"""

_clanrye_app = """Dear Mr Ó Murchú,

I would like to apply for the Community Fundraising Assistant position advertised on the Clanrye Community Foundation website. Please find attached my CV.

For the past four years I have worked as a barista and shift lead in Belfast, where I started and ran our café's monthly coffee morning for local charities - we raised just over £3,000 last year. I also volunteer at a hospice shop on the Lisburn Road.

I'd love to bring that community energy to Newry, and I would be happy to come down for a conversation at any time.

Kind regards,
""" + _SIG

_decline_hl = """Hi Declan,

Thank you so much for ringing yesterday and for all your help over the last few weeks - and please thank Gareth and Lisa for me.

After a lot of thought I've decided to accept another offer, from a hospice closer to home, so I'm going to decline the Harbour Lights role. It was a really hard decision, they're a lovely team.

I hope we can keep in touch.

Best wishes,
""" + _SIG

_fwd_note = """Orla - saw this and thought of you straight away! Deadline's Friday. x

A"""

_fwd_body = """GoodCauseJobs - new job matching your alert "events"

Events & Partnerships Officer - Belfast Community Circus Trust
Belfast, full-time, £25,500
Closing date: Friday 27 March 2026
https://goodcausejobs.example.com/jobs/88412"""

_spontanee = """Madame, Monsieur,

Je me permets de vous adresser ma candidature spontanée pour un poste dans l'équipe animation et collecte de la Maison de quartier de Doulon.

Barista depuis quatre ans à Belfast, j'organise chaque mois une matinée solidaire dans mon café et je suis bénévole dans une boutique caritative. Je souhaite aujourd'hui m'installer à Nantes, où vit une partie de ma famille, et me consacrer entièrement à la collecte de fonds de proximité.

Vous trouverez mon CV en pièce jointe. Je serais ravie d'échanger avec vous, en français ou en anglais.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

""" + _SIG

# =================================================================== digests / newsletters

_gcj_items = [
    ("Community Fundraiser - Lagan Lantern Hospice (Belfast)",
     "https://goodcausejobs.example.com/jobs/87120?utm_source=alert",
     "£25,000-£27,000 - Full-time - Closes 30 January"),
    ("Fundraising Assistant - Mid Ulster Carers Network (Cookstown)",
     "https://goodcausejobs.example.com/jobs/87166?utm_source=alert",
     "£22,400 - Part-time (28 hrs) - Closes 2 February"),
    ("Events Officer - Foyle Riverside Trust (Derry/Londonderry)",
     "https://goodcausejobs.example.com/jobs/87171?utm_source=alert",
     "£24,100 - Fixed term 18 months - Interviews w/c 16 February"),
    ("Blog: What to say when an interviewer asks 'Why charity, why now?'",
     "https://goodcausejobs.example.com/advice/why-charity-why-now?utm_source=alert",
     "Career-changers get this question every time. Here's how to answer it."),
    ("Salary checker: what do fundraisers earn in Northern Ireland?",
     "https://goodcausejobs.example.com/salaries/ni?utm_source=alert",
     "Updated for 2026 with data from 1,240 job ads."),
]
_gcj_footer = ("You are receiving this job alert because you signed up at GoodCauseJobs. "
               "Manage alerts: https://goodcausejobs.example.com/alerts - "
               "Unsubscribe: https://goodcausejobs.example.com/u/amk283")

_desk_text = """THE FUNDRAISING DESK - Issue 112

Rejected again? Five ways to bounce back

"Unfortunately, on this occasion..." If you've been job-hunting in the charity sector for a while, you'll know the phrase by heart. This week, three fundraisers tell us how they turned a run of rejection emails into a job offer.

1. Ask for feedback - but ask a specific question.
2. Keep a "no" spreadsheet: which stage did you reach?
3. Don't take the ATS template personally.
4. Stay in touch with the people who interviewed you.
5. Take a week off applications if you need it.

Read the full article: https://fundraisingdesk.example.org/112/bounce-back

ALSO THIS WEEK
- Interview: How a Glasgow food bank doubled its regular givers
- Jobs board: 38 new fundraising vacancies across the UK and Ireland
- Events: Community Fundraising Day, Belfast, 21 May

You're receiving The Fundraising Desk because you subscribed at fundraisingdesk.example.org.
Unsubscribe: https://fundraisingdesk.example.org/unsubscribe?u=amk283"""

_careershift_items = [
    ("How to prepare for a competency-based interview",
     "https://careershiftni.example.co.uk/blog/competency-interviews",
     "STAR answers, with examples from hospitality that translate straight into fundraising."),
    ("Your first 90 days after an offer",
     "https://careershiftni.example.co.uk/blog/first-90-days",
     "What to ask before you accept, and how to negotiate a start date."),
    ("Telephone interviews: the five-minute checklist",
     "https://careershiftni.example.co.uk/blog/phone-interviews",
     "Charge your phone, find a quiet room - and three less obvious tips."),
]

_jobnest_items = [
    ("Individual Giving Officer - Craobh Community Arts, Belfast",
     "https://jobnest.example.com/view/55102", "Posted 2 days ago - Easy apply"),
    ("Community Fundraising Manager - Cavehill Respite Care, Belfast",
     "https://jobnest.example.com/view/55131", "Posted 3 days ago - 41 applicants"),
    ("Events & Challenge Fundraiser - Cavehill Respite Care, Belfast",
     "https://jobnest.example.com/view/55132", "Posted 3 days ago"),
    ("Corporate Partnerships Executive - Newry Canal Way Trust, Newry",
     "https://jobnest.example.com/view/55170", "Posted today - Be an early applicant"),
    ("Fundraising & Volunteer Coordinator - Ormeau Community Garden Trust",
     "https://jobnest.example.com/view/55188", "Interviewing now"),
]

_linen_news_text = """THE LINEN LOFT - Autumn Season 2026

Hello friends,

Our autumn programme is here! Highlights include a new commission from the Belfast Print Collective, family printmaking Saturdays and the return of Late Loft on the first Friday of every month.

OPEN CALLS
- Auditions for our Christmas community choir: Saturday 3 October, 11:00-15:00
- Volunteer positions available: front of house, gallery stewards and the box office team
- Artist residencies: applications close 16 October

MEET THE ARTIST
Read our interview with printmaker Hugh Devine about his residency: https://linenloft.example.co.uk/journal/hugh-devine

BECOME A FRIEND
From £5 a month, Friends get priority booking and 10% off in the café: https://linenloft.example.co.uk/friends

The Linen Loft Arts Centre, 14 Ormeau Mill Lane, Belfast BT7 1EH
You are receiving this because you joined our mailing list. Unsubscribe: https://linenloft.example.co.uk/list/unsub?e=amk"""

_stellen_items = [
    ("Referent*in Fundraising - Kölner Obdach-Stiftung (Köln)",
     "https://stellenfinder-rheinland.example.de/job/40981",
     "Vollzeit, unbefristet - Bewerbungsschluss 15.05."),
    ("Mitarbeiter*in Spenderservice - Domstadt Kinderhilfe (Köln)",
     "https://stellenfinder-rheinland.example.de/job/40995",
     "Teilzeit 30 Std. - Vorstellungsgespräche ab KW 21"),
    ("Eventmanager*in Benefiz - Bonner Kulturfreunde (Bonn)",
     "https://stellenfinder-rheinland.example.de/job/41002",
     "Vollzeit - Start 1. Juli"),
    ("Ratgeber: Was tun nach der dritten Absage?",
     "https://stellenfinder-rheinland.example.de/ratgeber/absagen",
     "Warum eine Absage selten etwas mit Ihnen persönlich zu tun hat."),
]

_kompass_text = """KARRIERE-KOMPASS SOZIAL - Newsletter Juni 2026

Liebe Leserinnen und Leser,

im Juni dreht sich bei uns alles um das Vorstellungsgespräch.

1. Fünf Fehler im Vorstellungsgespräch - und wie Sie sie vermeiden
   https://karriere-kompass.example.de/n/0626/fehler
2. Absagen richtig deuten: Was "leider müssen wir Ihnen mitteilen" wirklich heißt
   https://karriere-kompass.example.de/n/0626/absagen
3. Gehaltsverhandlung im Non-Profit-Bereich: Mut zur Zahl
   https://karriere-kompass.example.de/n/0626/gehalt
4. Termin: Online-Bewerbungstraining am 25. Juni, 18 Uhr (kostenlos)
   https://karriere-kompass.example.de/n/0626/training

Viel Erfolg bei Ihrer Suche!
Ihre Redaktion

Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.example.de angemeldet haben.
Abmelden: https://karriere-kompass.example.de/abmelden?id=amk283
Impressum: Karriere-Kompass Medien, Venloer Str. 283, 50823 Köln"""

_emploi_items = [
    ("Chargé·e de collecte de fonds - Les Restos du Cœur de l'Estuaire (Nantes)",
     "https://emploisolidaire.example.fr/offre/12044", "CDI - publiée il y a 2 jours"),
    ("Chargée de mécénat - Maison des Arts de l'Erdre (Nantes)",
     "https://emploisolidaire.example.fr/offre/12051", "CDI - entretiens fin mars"),
    ("Responsable des relations donateurs - Fondation Estuaire Solidaire (Nantes)",
     "https://emploisolidaire.example.fr/offre/12063", "CDI - candidatures jusqu'au 31 mars"),
    ("Conseil : réussir son entretien dans l'ESS",
     "https://emploisolidaire.example.fr/conseils/entretien-ess",
     "Les questions que posent vraiment les associations."),
]

_carrieres_text = """CARRIÈRES SOLIDAIRES - la lettre du mois

Bonjour,

Ce mois-ci, nous avons interrogé dix recruteurs du secteur associatif nantais.

► Comment rebondir après un refus ? Leur conseil numéro un : demander un retour, même court, et ne pas interpréter un message type comme un jugement personnel.
► Entretien collectif, mise en situation, jury : les formats se multiplient. Notre guide pour vous y préparer.
► Agenda : forum de l'emploi ESS, jeudi 8 octobre, Cité des Congrès de Nantes.

Lire la lettre en ligne : https://carrieres-solidaires.example.fr/lettre/2026-09

Vous recevez cette lettre car vous êtes abonnée. Se désabonner : https://carrieres-solidaires.example.fr/desabo?u=amk283"""

_empleo_items = [
    ("Técnica/o de captación de fondos - Fundación Ría Solidaria (Bilbao)",
     "https://empleotercersector.example.es/oferta/7781", "Jornada completa - Publicada hace 1 día"),
    ("Responsable de eventos solidarios - Cliente confidencial (Bizkaia)",
     "https://empleotercersector.example.es/oferta/7790", "Se requiere euskera C1"),
    ("Coordinador/a de socios - Teatro del Nervión (Bilbao)",
     "https://empleotercersector.example.es/oferta/7802", "Entrevistas en julio"),
    ("Guía: cómo preparar una entrevista por videollamada",
     "https://empleotercersector.example.es/guias/videollamada",
     "Luz, sonido y las preguntas más frecuentes."),
]

# =================================================================== other bodies

_podcast = """Hi Aisling,

I'm Tomás, I host "From Counter to Cause", a small podcast about people who've moved from hospitality and retail into the charity sector. Ciara at Bright Causes mentioned you might be up for a chat.

Would you be interested in being interviewed for an episode? It's about 40 minutes, recorded over Zoom whenever suits you, and we'd talk about your café fundraising mornings and what the job hunt has been like so far - the good, the bad and the automated rejection emails.

No pressure at all. If you're interested, just reply and I'll send a few dates.

Cheers,
Tomás Reilly
From Counter to Cause - fromcountertocause.example.ie"""

_press = """Dear Aisling,

I'm a reporter with the Belfast Evening Courier. A reader told us about the coffee mornings you've been running at Bean There on the Lisburn Road, and the £3,000 you've raised for the hospice shop.

We'd love to feature you in our Saturday "Local Heroes" slot. Would you have 15 minutes for a phone interview this week, and could our photographer call in to the café on Friday morning?

Thanks very much,
Jenna Mallon
Reporter, Belfast Evening Courier
028 9068 0283"""

_research = """Hi Aisling,

Thanks for signing up to the TapTill research panel! We're redesigning the tipping screen on our card readers and we'd love to hear from baristas who use it every day.

Would you take part in a 45-minute remote research interview next week? You'll chat with one of our designers about how you and your customers use the reader. There are no right or wrong answers, and we'll send you a £30 voucher as a thank-you.

Pick a time here: https://research.taptill.example.com/book/barista-study

Thanks,
Maya Chen
UX Researcher, TapTill

You're receiving this because you joined the TapTill research panel. Leave the panel: https://research.taptill.example.com/leave"""

_parcel_html_inner = paras("""Hi Aisling,

Unfortunately your parcel is delayed.

Tracking number: SP28304417GB
From: Bookshop on the Quay
Original delivery date: Tuesday 10 March
New estimated delivery: Thursday 12 March

This is due to severe weather affecting our Belfast hub. We're sorry for the inconvenience - you don't need to do anything.

SwiftParcel""")

_bikes = """Your ride summary

Hi Aisling,

Thanks for riding with LoughLink Bikes.

Start: Botanic Avenue dock, 07:42
End: 08:09
Duration: 27 min
Cost: £1.10

Your bike was not returned to a dock. Its last GPS position was 54.5865 N, 5.9354 W (near Ormeau Road / Agincourt Avenue). An out-of-zone fee of £5.00 may apply if the bike is not docked within 24 hours.

View the map: https://loughlinkbikes.example.co.uk/rides/283-0917

LoughLink Bikes - this is an automated message."""

_friend = """Well Aisling,

How's the job hunt going? Mine's going grand... not. Got the "thank you for your interest but we've decided to progress with other candidates" from the Children's Trust this morning. After THREE interviews. They didn't even ring, just an email from a no-reply address, I could've cried.

Anyway I'm over it (I'm not). Pint on Friday? You can tell me all about your hospice one, I'm dying to hear if they made you an offer.

O x"""

_cold = """Hi Aisling,

I hope you don't mind the unsolicited email - I came across your profile on Connectr and your story of building charity events into a café's routine really stood out.

I'm a consultant at Pale Recruitment Partners in Dublin, and I work with a number of charities and social enterprises across Ireland on their fundraising hires. I don't have a specific role to put you forward for right now, but I'd love to have a 15-minute introductory chat so I know what you're looking for when something does come up.

If that sounds useful, feel free to reply with a couple of times that suit.

Kind regards,
Eoin Gargan
Consultant, Pale Recruitment Partners
+353 1 555 0838"""

_bank = """Dear Ms Moreau-Kapoor,

Your appointment has been confirmed.

Appointment: Mortgage advice - first-time buyer
Date: Saturday 18 April 2026
Time: 10:30
Where: Lagan Mutual, 91 Botanic Avenue, Belfast (or by phone if you prefer - just let us know)

Please bring two recent payslips, your last three months' bank statements and photo ID. Your adviser will explain your borrowing position and the options available to you.

To change or cancel your appointment, call 0345 600 0283.

Lagan Mutual
Lagan Mutual is authorised by the Prudential Regulation Authority. Your home may be repossessed if you do not keep up repayments on your mortgage."""

_landlord = """Hi Aisling,

Just to let you know the gas engineer is booked for the annual safety inspection on Tuesday 3 February between 8 and 12. If you can't be in, can you leave the key with Mrs Reid next door like last year?

He'll also look at moving the position of the carbon monoxide alarm in the kitchen, as the last report said it's too close to the cooker.

Thanks,
Desmond Hanna"""

_school = """Dear Parent/Guardian,

Parent-teacher interviews for P5 will take place on Wednesday 11 and Thursday 12 November.

Each interview lasts 10 minutes. Please book a slot for Rory with Mrs Kennedy using the online booking system by Friday 23 October:
https://stbridesps.example.org.uk/booking

If none of the times suit, please contact the school office and we will do our best to arrange an alternative.

Kind regards,
Mrs M. McAllister
Principal, St Bride's Primary School
Derryvolgie Avenue, Belfast"""

_gp = """Dear Aisling Moreau-Kapoor,

Unfortunately your appointment with Dr Okafor on Monday 2 November at 09:20 has had to be cancelled due to clinician illness.

Please call the surgery on 028 9066 0283 after 8:30am, or use the online booking service, to arrange a new appointment.

We apologise for any inconvenience.

Lisburn Road Medical Practice
Please do not reply to this message - this mailbox is not monitored."""

_ooo_en = """Thank you for your email.

I am on annual leave until Monday 2 March with no access to email. If your message concerns interview arrangements for the Community Fundraising Officer post, please contact Niamh Quinn (niamh.quinn@laganlantern.example.co.uk). For anything urgent relating to patient care, please call the hospice on 028 9038 0283.

Ruth Agnew
Supporter Care Lead, Lagan Lantern Hospice"""

_connectr_views = """Connectr

Aisling, you appeared in 14 searches this week

3 people viewed your profile, including a recruiter at Lagan Lantern Hospice and someone at Pale Recruitment Partners.

Job seekers like you are interviewing at: Merchant City Playhouse, Kelvin Heart Research, Dodder Arts Centre.

See who's viewed your profile: https://connectr.example.com/me/profile-views
Update your open-to-work preferences: https://connectr.example.com/jobs/preferences

You are receiving Connectr notification emails. Unsubscribe: https://connectr.example.com/settings/email?t=views
Connectr, Dublin 2, Ireland"""

_course = """Dear Aisling,

Thank you for applying for the Certificate in Charity Fundraising (Level 4, evening) starting in September 2026.

We received many more applications than there are places on this course this year. I'm sorry to tell you that we are unable to offer you a place. Your application has been placed on the waiting list at position 7, and we will contact you if a place becomes available before the course begins.

You may also wish to consider our online Introduction to Fundraising short course, which has places available.

Admissions Office
Harbourside College of Further Education, Belfast"""

_jobnest_text = digest_text(
    "12 new jobs for 'fundraising' near Belfast",
    "Hi Aisling, here are the latest jobs matching your search.",
    _jobnest_items,
    "You're getting this email because you created a job alert on JobNest. "
    "Unsubscribe: https://jobnest.example.com/alerts/unsub/amk283",
)

_webinar = """Fundraising Network Ireland - Members' Webinar

You're invited: Interview skills for career changers

Thursday 19 March 2026, 13:00-14:00 (Irish time), on Zoom

Panel interviews, competency questions, presentations, assessment centres: our panel of charity HR leads will explain what they are really looking for and how to talk about experience from outside the sector.

Register: https://fundraisingnetwork.example.ie/events/interview-skills

Free for members, €15 for non-members.

Fundraising Network Ireland, 7 Ormond Quay, Dublin 7
Manage your preferences or unsubscribe: https://fundraisingnetwork.example.ie/prefs?m=amk283"""

_rota = """Hi Aisling,

Here's the volunteer rota for the Lisburn Road shop for February. You're on Saturday mornings as usual (7th, 14th, 21st, 28th).

On the 14th could you take the position on the till? Deirdre is away and we're expecting a big Valentine's donation drop.

Thanks a million for all you do!
Bríd
Volunteer Coordinator, Hospice Shop Lisburn Road"""

_cafe = """Aisling,

Swapped you off Wednesday so you can go to your interview at the arts centre, Declan's covering. You're on Saturday open instead (7-2).

Also can you order more oat milk before you go, we're down to 2.

Good luck with it!!
Gerry
Bean There Coffee"""

_application_viewed = """Connectr

Your application was viewed

Lough Shore University viewed your application for Alumni Fundraising Assistant.

Applicants who follow up within a week are more likely to hear back. Message the hiring team: https://connectr.example.com/jobs/view/38811/apply/status

Other jobs you may be interested in:
- Supporter Care Officer, Lagan Lantern Hospice
- Community Fundraiser, Sperrin Light Cancer Support

Unsubscribe from application updates: https://connectr.example.com/settings/email?t=applications"""

_survey = """Hi Aisling,

Lagan Lantern Hospice would like to hear about your recent interview experience.

This 3-minute survey is anonymous and your answers will not affect the outcome of any application. Questions include how clearly the interview was organised, whether rescheduling was handled well, and how you were treated on the day.

Start the survey: https://candidatepulse.example.com/s/llh-2026-02?r=amk283

Thank you,
CandidatePulse on behalf of Lagan Lantern Hospice

You received this email because you recently interviewed with Lagan Lantern Hospice. Opt out: https://candidatepulse.example.com/optout"""

_mentor = """Hi Aisling,

Great to hear about the Merchant City interview - well done you!

Are you free Tuesday evening for a mock interview? I could do 6pm on Zoom, and I'll grab my colleague Paul to play the tough panel member. Send me the job description and I'll put some questions together, including the dreaded "tell us about a time you failed".

Deborah

Deborah Kane
Mentor, Women into Charity Leadership programme"""

_swim = """Dear Aisling,

Thank you for joining the waiting list for Adult Improvers Swimming (Tuesday, 19:00) at Ormeau Park Leisure Centre.

Your current position on the waiting list is 4. We will email you as soon as a place becomes available.

To leave the waiting list, log in to your account.

Ormeau Park Leisure Centre
This is an automated email, please do not reply."""

# ------------------------------------------------------------------- German others

_ooo_de = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. März nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen zu laufenden Bewerbungsverfahren wenden Sie sich bitte an bewerbung@domstadt-kinderhilfe.example.de.

Mit freundlichen Grüßen
Lukas Brandt
Domstadt Kinderhilfe"""

_akademie = """Sehr geehrte Frau Moreau-Kapoor,

vielen Dank für Ihre Anmeldung zum Zertifikatskurs „Fundraising-Managerin (FA)“, Jahrgang Herbst 2026.

Leider können wir Ihnen keinen Platz im Kurs anbieten: Alle 24 Plätze wurden bereits an Teilnehmende vergeben, deren Arbeitgeber die Weiterbildung fördert. Sie stehen auf Platz 3 der Warteliste.

Der nächste Jahrgang beginnt im März 2027; eine Bewerbung ist ab Oktober möglich.

Mit freundlichen Grüßen
Studienorganisation
Fundraising Akademie Rheinland"""

_paket = """Hallo Aisling Moreau-Kapoor,

Ihre Sendung 00340434 2830 1740 verspätet sich leider.

Absender: Buchhandlung am Dom
Neuer voraussichtlicher Zustelltag: Donnerstag, 28. Mai

Grund: erhöhtes Sendungsaufkommen im Paketzentrum Köln-Eifeltor. Wir bitten um Entschuldigung.

Ihre Sendung verfolgen: https://paketblitz.example.de/track/003404342830

PaketBlitz - Diese E-Mail wurde automatisch erstellt."""

_wohnung = """Sehr geehrte Frau Moreau-Kapoor,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Körnerstraße 28, Köln-Ehrenfeld, und für Ihre Teilnahme an der Besichtigung am Samstag.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Ihre Unterlagen (Selbstauskunft und Gehaltsnachweise) werden wir innerhalb von 14 Tagen datenschutzgerecht vernichten.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Sandra Kämper
Kämper & Sohn Immobilien
Venloer Straße 412, 50825 Köln"""

# ------------------------------------------------------------------- French others

_ooo_fr = """Bonjour,

Je suis absente du bureau jusqu'au lundi 4 mai inclus, sans accès à ma messagerie.

Pour toute question concernant un recrutement en cours, vous pouvez contacter Mme Anne Rivalland (anne.rivalland@estuaire-solidaire.example.fr).

Bien cordialement,
Hélène Guérin
Fondation Estuaire Solidaire"""

_master = """Madame,

Vous avez déposé une candidature pour l'admission en Master 2 « Management des organisations de l'économie sociale et solidaire » (formation continue) à l'Université Loire-Océan, au titre de l'année universitaire 2026-2027.

Après examen de votre dossier, la commission pédagogique a émis un avis défavorable. Votre candidature n'a pas été retenue.

Motif : le nombre de places est limité à 20 et la commission a donné la priorité aux candidats justifiant d'une expérience salariée dans le secteur de l'ESS.

Vous pouvez demander la communication des motifs détaillés dans un délai d'un mois.

La scolarité - Faculté de droit, économie et gestion
Université Loire-Océan"""

_banque = """Bonjour Madame Moreau-Kapoor,

Nous vous confirmons votre entretien avec votre conseiller, M. Julien Perraud, pour l'ouverture de votre compte et le point sur votre projet d'installation à Nantes.

Date : jeudi 15 octobre 2026 à 11h00
Lieu : agence Crédit Ligérien Nantes-Commerce, 2 place du Commerce, ou par téléphone

Pensez à vous munir d'une pièce d'identité, d'un justificatif de domicile et de vos trois derniers bulletins de salaire.

À bientôt,
Crédit Ligérien
Ce message vous est adressé automatiquement, merci de ne pas y répondre."""

# ------------------------------------------------------------------- Spanish others

_ooo_es = """Gracias por tu mensaje.

Estaré fuera de la oficina hasta el lunes 3 de agosto, sin acceso al correo. Para cualquier consulta sobre procesos de selección abiertos, escribe a personas@teatronervion.example.es.

Un saludo,
Gorka Uriarte
Director de Desarrollo - Teatro del Nervión"""

_amiga = """¡Hola, guapa!

¿Qué tal todo por Belfast? Te cuento: al final no me cogieron en lo del museo. Me escribieron ayer un correo súper frío, "lamentamos comunicarte que no has sido seleccionada", después de dos entrevistas y una prueba práctica. Estoy un poco chof, la verdad.

Bueno, seguiré buscando. ¿Y tú? ¿Te han dicho algo los de la fundación de aquí? Cuando vengas a Bilbao nos tomamos unos pintxos y nos quejamos juntas.

Besos,
Leire"""

_euskaltegi = """Kaixo Aisling:

Gracias por tu solicitud de matrícula en el curso intensivo de euskera (nivel A2, septiembre-diciembre 2026) del Euskaltegi Abando.

Lamentamos comunicarte que no has obtenido plaza en este grupo: las plazas se han adjudicado por orden de inscripción y el grupo está completo. Te hemos incluido en la lista de espera con el número 12.

Puedes inscribirte en el grupo de tarde, en el que todavía quedan plazas.

Agur bero bat,
Secretaría - Euskaltegi Abando"""

_paquete = """Hola Aisling:

Lamentablemente, tu paquete lleva retraso.

Número de envío: EB2830091744ES
Remitente: Librería Arrasate
Nueva fecha estimada de entrega: viernes 19 de junio

El retraso se debe a una incidencia en nuestro centro logístico de Basauri. Sentimos las molestias.

Sigue tu envío: https://enviobizkaia.example.es/seguimiento/EB2830091744ES

EnvíoBizkaia - Este es un mensaje automático, por favor no respondas."""

_radio = """Hola Aisling:

Soy Ane Larrañaga, de Radio Abando. Estamos preparando un reportaje sobre personas de Irlanda y del Reino Unido que quieren trabajar en el tercer sector en Bilbao, y una compañera de la Fundación Ría Solidaria nos ha hablado de ti.

¿Te apetecería hacernos una entrevista de unos diez minutos, por teléfono o en el estudio? Sería para el magacín de la mañana, a finales de junio. Puede ser en castellano o en inglés, como prefieras.

Muchas gracias,
Ane Larrañaga
Redactora - Radio Abando
944 00 06 61"""


def _list_headers(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe@{list_id.strip('<>')}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


MESSAGES = [
    # ================================================================ English
    {
        "name": "job_alert_digest", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("GoodCauseJobs", "alerts@goodcausejobs.example.com"),
        "subject": "5 new jobs for \"community fundraiser\" in Northern Ireland",
        "date": "2026-01-09T07:00:00+00:00",
        "text": digest_text("Your GoodCauseJobs alert", "Hi Aisling, here's what's new this week.",
                         _gcj_items, _gcj_footer),
        "html": digest_html("Your GoodCauseJobs alert", "<p>Hi Aisling, here's what's new this week.</p>",
                         _gcj_items, esc(_gcj_footer)),
        "headers": _list_headers("<jobalerts.goodcausejobs.example.com>",
                              "https://goodcausejobs.example.com/u/amk283"),
    },
    {
        "name": "newsletter_bounce_back_from_rejection", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("The Fundraising Desk", "newsletter@fundraisingdesk.example.org"),
        "subject": "Rejected again? Five ways to bounce back | The Fundraising Desk #112",
        "date": "2026-02-12T06:30:00+00:00",
        "text": _desk_text, "cte": "quoted-printable",
        "headers": _list_headers("<desk.fundraisingdesk.example.org>",
                              "https://fundraisingdesk.example.org/unsubscribe?u=amk283"),
    },
    {
        "name": "career_advice_interview_articles", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("CareerShift NI", "hello@careershiftni.example.co.uk"),
        "subject": "This week: competency interviews, your first 90 days, phone screens",
        "date": "2026-03-17T12:00:00+00:00",
        "html": digest_html("CareerShift NI - weekly reads",
                         "<p>Three articles for career changers this week.</p>",
                         _careershift_items,
                         'Unsubscribe: <a href="https://careershiftni.example.co.uk/unsub">'
                         "careershiftni.example.co.uk/unsub</a>", accent="#be185d"),
        "headers": _list_headers("<weekly.careershiftni.example.co.uk>",
                              "https://careershiftni.example.co.uk/unsub"),
    },
    {
        "name": "podcast_interview_request", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Tomás Reilly", "tomas@fromcountertocause.example.ie"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Podcast interview? From Counter to Cause",
        "date": "2026-04-02T20:15:00+01:00",
        "text": _podcast,
    },
    {
        "name": "press_interview_request", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Jenna Mallon", "jenna.mallon@eveningcourier.example.co.uk"),
        "subject": "Interview request - Local Heroes feature",
        "date": "2026-05-13T11:09:00+01:00",
        "text": _press, "html": paras(_press),
    },
    {
        "name": "user_research_interview", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Maya at TapTill Research", "research@taptill.example.com"),
        "subject": "Invitation: 45-minute research interview (£30 voucher)",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-06-04T14:00:00+01:00",
        "text": _research,
        "headers": [("List-Unsubscribe", "<https://research.taptill.example.com/leave>")],
    },
    {
        "name": "parcel_delayed_unfortunately", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("SwiftParcel", "no-reply@swiftparcel.example.co.uk"),
        "subject": "Unfortunately, your parcel is delayed",
        "date": "2026-03-10T18:44:00+00:00",
        "html": html_page(_parcel_html_inner, "en", "SwiftParcel"), "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "name": "bike_share_gps_position", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("LoughLink Bikes", "rides@loughlinkbikes.example.co.uk"),
        "subject": "Your ride summary - bike not docked",
        "date": "2026-09-17T08:15:00+01:00",
        "text": _bikes,
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "name": "friend_tells_own_rejection", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Orla Cassidy", "orla.cassidy@mailbox.example.com"),
        "subject": "ugh",
        "date": "2026-02-25T22:47:00+00:00",
        "text": _friend,
    },
    {
        "name": "sent_thank_you_hospice", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": CAND, "to": [("Niamh Quinn", "niamh.quinn@laganlantern.example.co.uk")],
        "subject": "Thank you",
        "date": "2026-02-16T19:21:00+00:00", "key": "lantern-thanks", "refs": ["lantern-moved"],
        "text": LANTERN_THANKS + "\n\n" + _SIG,
    },
    {
        "name": "sent_thank_you_arts_centre", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": CAND, "to": [("Conor Devlin", "conor.devlin@linenloft.example.co.uk")],
        "subject": "Thank you \u2013 Development Officer interview",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-03-13T18:40:00+00:00", "key": "ll-thanks", "refs": ["ll-moved"],
        "text": LL_THANKS + "\n\n" + _SIG,
    },
    {
        "name": "sent_application_with_cv", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": CAND, "to": [("Pádraig Ó Murchú", "padraig.omurchu@clanrye.example.org.uk")],
        "to_enc": ("iso-8859-1", "Q"),
        "subject": "Application - Community Fundraising Assistant",
        "date": "2026-04-03T21:02:00+01:00", "key": "clanrye-app",
        "text": _clanrye_app, "cte": "quoted-printable",
        "pdfs": [{"filename": "Aisling_Moreau-Kapoor_CV.pdf", "title": "Aisling Moreau-Kapoor - CV",
                   "lines": ["Barista and shift lead, Bean There Coffee, Belfast (2022-present)",
                          "Organiser, monthly charity coffee mornings (GBP 3,000 raised in 2025)",
                          "Volunteer, hospice shop, Lisburn Road",
                          "Languages: English, French (fluent), German (B1), Spanish (B1)"]}],
    },
    {
        "name": "sent_reschedule_request", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": CAND, "to": [("Isla Drummond", "isla.drummond@merchantcity.example.co.uk")],
        "subject": "Interview on Tuesday 12 May",
        "date": "2026-05-06T08:31:00+01:00", "key": "mcp-cand-move", "refs": ["mcp-invite"],
        "text": MCP_MOVE_REQ + "\n\n" + _SIG,
    },
    {
        "name": "recruiter_cold_approach", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Eoin Gargan", "eoin.gargan@palerecruitment.example.ie"),
        "subject": "Introduction - charity fundraising roles in Ireland",
        "date": "2026-05-27T09:33:00+01:00",
        "text": _cold, "html": word_html(paras(_cold)),
    },
    {
        "name": "bank_mortgage_appointment", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Lagan Mutual", "appointments@laganmutual.example.co.uk"),
        "subject": "Your appointment is confirmed",
        "date": "2026-04-09T10:00:00+01:00",
        "text": _bank, "html": paras(_bank),
    },
    {
        "name": "landlord_gas_inspection", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Desmond Hanna", "des.hanna@mailbox.example.com"),
        "subject": "Gas safety inspection Tuesday",
        "date": "2026-01-29T18:05:00+00:00",
        "text": _landlord,
    },
    {
        "name": "school_parent_teacher_interviews", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("St Bride's Primary School", "office@stbridesps.example.org.uk"),
        "subject": "P5 Parent-Teacher Interviews - please book a slot",
        "date": "2026-10-13T15:30:00+01:00",
        "html": word_html(paras(_school)), "cte": "quoted-printable",
    },
    {
        "name": "gp_appointment_cancelled", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Lisburn Road Medical Practice", "noreply@lisburnroadmp.example.co.uk"),
        "subject": "Appointment cancelled - Dr Okafor, Mon 2 Nov",
        "date": "2026-10-23T16:02:00+01:00",
        "text": _gp,
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "name": "out_of_office_hospice", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Ruth Agnew", "ruth.agnew@laganlantern.example.co.uk"),
        "subject": "Automatic reply: Interview - Community Fundraising Officer",
        "date": "2026-02-20T11:02:00+00:00", "refs": ["lantern-q"],
        "text": _ooo_en,
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    },
    {
        "name": "connectr_profile_views", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Connectr", "notifications@connectr.example.com"),
        "subject": "Aisling, you appeared in 14 searches this week",
        "date": "2026-03-01T09:00:00+00:00",
        "text": _connectr_views,
        "headers": _list_headers("<profile-views.connectr.example.com>",
                              "https://connectr.example.com/settings/email?t=views"),
    },
    {
        "name": "college_course_no_place", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Harbourside College Admissions", "admissions@harbourside.example.ac.uk"),
        "subject": "Your application: Certificate in Charity Fundraising (Level 4)",
        "date": "2026-07-30T14:20:00+01:00",
        "text": _course, "cte": "quoted-printable",
    },
    {
        "name": "jobnest_alert", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("JobNest", "alerts@jobnest.example.com"),
        "subject": "12 new jobs for 'fundraising' near Belfast",
        "date": "2026-08-30T06:15:00+01:00",
        "text": _jobnest_text,
        "html": digest_html("12 new jobs for 'fundraising' near Belfast",
                         "<p>Hi Aisling, here are the latest jobs matching your search.</p>",
                         _jobnest_items,
                         "Unsubscribe: https://jobnest.example.com/alerts/unsub/amk283",
                         accent="#2563eb"),
        "html_cte": "base64",
        "headers": _list_headers("<alerts.jobnest.example.com>",
                              "https://jobnest.example.com/alerts/unsub/amk283"),
    },
    {
        "name": "sent_sorry_missed_call", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": CAND, "to": [("Rhona McKechnie", "rhona.mckechnie@kelvinheart.example.org.uk")],
        "subject": "Re: Quick call about the Regional Fundraising Officer role?",
        "date": "2026-03-12T12:05:00+00:00", "key": "kelvin-sorry", "refs": ["kelvin-screen", "kelvin-missed"],
        "text": KELVIN_SORRY + "\n\n" + on_wrote("en", "Thu, 12 Mar 2026 at 10:32",
                                              "Rhona McKechnie",
                                              "rhona.mckechnie@kelvinheart.example.org.uk")
        + "\n" + quote("""Hi Aisling,

I tried calling you twice at 10:00 this morning for our screening call (and again at 10:10), but it went straight to voicemail both times."""),
    },
    {
        "name": "webinar_interview_skills", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Fundraising Network Ireland", "events@fundraisingnetwork.example.ie"),
        "subject": "You're invited: Interview skills for career changers (19 March)",
        "date": "2026-03-04T10:30:00+00:00",
        "text": _webinar, "html": paras(_webinar),
        "headers": _list_headers("<members.fundraisingnetwork.example.ie>",
                              "https://fundraisingnetwork.example.ie/prefs?m=amk283"),
    },
    {
        "name": "volunteer_rota_till_position", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Bríd Ní Bhriain", "brid@hospiceshop.example.org.uk"),
        "frm_enc": ("utf-8", "B"),
        "subject": "February rota",
        "date": "2026-01-31T16:40:00+00:00",
        "text": _rota,
    },
    {
        "name": "cafe_manager_swapped_shift", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Gerry McVeigh", "gerry@beanthere.example.co.uk"),
        "subject": "wednesday",
        "date": "2026-04-13T22:10:00+01:00",
        "text": _cafe,
    },
    {
        "name": "sent_forward_job_to_friend", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": CAND, "to": [("Orla Cassidy", "orla.cassidy@mailbox.example.com")],
        "subject": "Fwd: New job matching your alert \"events\"",
        "date": "2026-03-23T13:12:00+00:00",
        "text": _fwd_note + "\n\n" + forward_block(
            "en", "GoodCauseJobs <alerts@goodcausejobs.example.com>", "Mon, 23 Mar 2026 at 07:00",
            "New job matching your alert \"events\"", "aisling.mk@example.co.uk")
        + "\n\n" + _fwd_body,
    },
    {
        "name": "connectr_application_viewed", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Connectr Jobs", "jobs-noreply@connectr.example.com"),
        "subject": "Your application was viewed by Lough Shore University",
        "date": "2026-02-03T13:45:00+00:00",
        "text": _application_viewed,
        "html": html_page(paras(_application_viewed)),
        "headers": _list_headers("<applications.connectr.example.com>",
                              "https://connectr.example.com/settings/email?t=applications"),
    },
    {
        "name": "arts_venue_season_newsletter", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("The Linen Loft", "news@linenloft.example.co.uk"),
        "subject": "Autumn at the Loft: auditions, open calls & meet the artist",
        "date": "2026-09-03T17:00:00+01:00",
        "text": _linen_news_text, "html": paras(_linen_news_text), "cte": "quoted-printable",
        "headers": _list_headers("<friends.linenloft.example.co.uk>",
                              "https://linenloft.example.co.uk/list/unsub?e=amk"),
    },
    {
        "name": "candidate_experience_survey", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("CandidatePulse", "surveys@candidatepulse.example.com"),
        "subject": "How was your interview with Lagan Lantern Hospice?",
        "date": "2026-02-19T09:00:00+00:00",
        "text": _survey,
        "headers": [("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://candidatepulse.example.com/optout>")],
    },
    {
        "name": "mentor_mock_interview_tuesday", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Deborah Kane", "deborah.kane@wicl.example.org.uk"),
        "subject": "Mock interview Tuesday?",
        "date": "2026-05-08T12:48:00+01:00",
        "text": _mentor,
    },
    {
        "name": "swimming_waiting_list_position", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": ("Ormeau Park Leisure Centre", "bookings@ormeauparklc.example.co.uk"),
        "subject": "Waiting list update - Adult Improvers Swimming",
        "date": "2026-06-15T08:00:00+01:00",
        "text": _swim, "charset": "iso-8859-1",
    },
    {
        "name": "sent_declines_agency_offer", "kind": OTHER, "lang": "en", "company": "", "contact": "",
        "frm": CAND, "to": [("Declan Hughes", "declan.hughes@gantryrecruitment.example.co.uk")],
        "subject": "Re: OFFER!! Harbour Lights",
        "date": "2026-03-06T09:15:00+00:00", "refs": ["gantry-hl-offer"],
        "text": _decline_hl,
        "html": word_html(paras(_decline_hl)),
    },
    # ================================================================ German
    {
        "name": "stellenalarm_digest", "kind": OTHER, "lang": "de", "company": "", "contact": "",
        "frm": ("Stellenfinder Rheinland", "jobalarm@stellenfinder-rheinland.example.de"),
        "subject": "Ihr Jobalarm: 3 neue Stellen für „Fundraising“ in Köln",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-05-05T06:00:00+02:00",
        "text": digest_text("Ihr Jobalarm", "Guten Morgen! Diese Stellen passen zu Ihrer Suche.",
                         _stellen_items, "Jobalarm abbestellen: https://stellenfinder-rheinland.example.de/alarm/aus"),
        "html": digest_html("Ihr Jobalarm", "<p>Guten Morgen! Diese Stellen passen zu Ihrer Suche.</p>",
                         _stellen_items,
                         'Jobalarm <a href="https://stellenfinder-rheinland.example.de/alarm/aus">abbestellen</a>',
                         lang="de", accent="#15803d"),
        "headers": _list_headers("<jobalarm.stellenfinder-rheinland.example.de>",
                              "https://stellenfinder-rheinland.example.de/alarm/aus"),
    },
    {
        "name": "abwesenheitsnotiz", "kind": OTHER, "lang": "de", "company": "", "contact": "",
        "frm": ("Lukas Brandt", "lukas.brandt@domstadt-kinderhilfe.example.de"),
        "subject": "Abwesenheitsnotiz: Ihre Bewerbung als Referentin Spenderbetreuung",
        "date": "2026-02-23T10:00:00+01:00", "refs": ["domstadt-q"],
        "text": _ooo_de, "charset": "iso-8859-1", "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-replied")],
    },
    {
        "name": "weiterbildung_kein_platz", "kind": OTHER, "lang": "de", "company": "", "contact": "",
        "frm": ("Fundraising Akademie Rheinland", "studium@fa-rheinland.example.de"),
        "subject": "Ihre Anmeldung zum Zertifikatskurs Herbst 2026",
        "date": "2026-07-07T11:00:00+02:00",
        "text": _akademie, "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "name": "paket_verspaetet_sich", "kind": OTHER, "lang": "de", "company": "", "contact": "",
        "frm": ("PaketBlitz", "noreply@paketblitz.example.de"),
        "subject": "Ihre Sendung verspätet sich leider",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-26T19:20:00+02:00",
        "html": html_page(paras(_paket), "de", "PaketBlitz"),
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "name": "wohnung_absage_vermieter", "kind": OTHER, "lang": "de", "company": "", "contact": "",
        "frm": ("Sandra Kämper", "s.kaemper@kaemper-immobilien.example.de"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Wohnung Körnerstraße 28 - Ihre Anfrage",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-06-29T15:00:00+02:00",
        "text": _wohnung, "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "name": "karriere_newsletter", "kind": OTHER, "lang": "de", "company": "", "contact": "",
        "frm": ("Karriere-Kompass Sozial", "newsletter@karriere-kompass.example.de"),
        "subject": "Fünf Fehler im Vorstellungsgespräch - Newsletter Juni",
        "date": "2026-06-02T07:30:00+02:00",
        "text": _kompass_text, "cte": "quoted-printable",
        "headers": _list_headers("<newsletter.karriere-kompass.example.de>",
                              "https://karriere-kompass.example.de/abmelden?id=amk283"),
    },
    # ================================================================ French
    {
        "name": "alerte_emploi", "kind": OTHER, "lang": "fr", "company": "", "contact": "",
        "frm": ("EmploiSolidaire", "alertes@emploisolidaire.example.fr"),
        "subject": "3 nouvelles offres pour « collecte de fonds » à Nantes",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-03-16T07:10:00+01:00",
        "text": digest_text("Vos alertes EmploiSolidaire", "Bonjour Aisling, voici les nouvelles offres.",
                         _emploi_items, "Se désabonner : https://emploisolidaire.example.fr/alertes/stop"),
        "html": digest_html("Vos alertes EmploiSolidaire",
                         "<p>Bonjour Aisling, voici les nouvelles offres.</p>", _emploi_items,
                         'Se <a href="https://emploisolidaire.example.fr/alertes/stop">désabonner</a>',
                         lang="fr", accent="#9333ea"),
        "headers": _list_headers("<alertes.emploisolidaire.example.fr>",
                              "https://emploisolidaire.example.fr/alertes/stop"),
    },
    {
        "name": "reponse_automatique_absence", "kind": OTHER, "lang": "fr", "company": "", "contact": "",
        "frm": ("Hélène Guérin", "helene.guerin@estuaire-solidaire.example.fr"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Réponse automatique : Entretien du 22 avril",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-04-27T08:00:00+02:00", "refs": ["estuaire-q"],
        "text": _ooo_fr,
        "headers": [("Auto-Submitted", "auto-replied")],
    },
    {
        "name": "master_refus_admission", "kind": OTHER, "lang": "fr", "company": "", "contact": "",
        "frm": ("Université Loire-Océan - Scolarité", "scolarite-deg@univ-loire-ocean.example.fr"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Résultat de votre candidature - Master 2 MOESS",
        "date": "2026-06-22T10:30:00+02:00",
        "text": _master, "charset": "iso-8859-1", "cte": "base64",
    },
    {
        "name": "envoi_candidature_spontanee", "kind": OTHER, "lang": "fr", "company": "", "contact": "",
        "frm": CAND, "to": [("Maison de quartier de Doulon", "recrutement@mq-doulon.example.fr")],
        "subject": "Candidature spontanée - animation et collecte",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-09-10T20:40:00+01:00",
        "text": _spontanee, "cte": "quoted-printable",
        "pdfs": [{"filename": "CV_Aisling_Moreau-Kapoor_FR.pdf",
                   "title": "Aisling Moreau-Kapoor - CV",
                   "lines": ["Barista et chef d'equipe, Belfast (depuis 2022)",
                          "Organisation de matinees solidaires mensuelles",
                          "Langues : anglais, francais, allemand, espagnol"]}],
    },
    {
        "name": "banque_entretien_conseiller", "kind": OTHER, "lang": "fr", "company": "", "contact": "",
        "frm": ("Crédit Ligérien", "rendezvous@credit-ligerien.example.fr"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Confirmation de votre entretien avec votre conseiller",
        "date": "2026-10-08T09:00:00+02:00",
        "html": word_html(paras(_banque), lang="fr"), "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "name": "lettre_conseils_refus", "kind": OTHER, "lang": "fr", "company": "", "contact": "",
        "frm": ("Carrières Solidaires", "lettre@carrieres-solidaires.example.fr"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Rebondir après un refus, réussir un entretien collectif",
        "date": "2026-09-24T08:00:00+02:00",
        "text": _carrieres_text,
        "headers": _list_headers("<lettre.carrieres-solidaires.example.fr>",
                              "https://carrieres-solidaires.example.fr/desabo?u=amk283"),
    },
    # ================================================================ Spanish
    {
        "name": "alerta_empleo", "kind": OTHER, "lang": "es", "company": "", "contact": "",
        "frm": ("EmpleoTercerSector", "alertas@empleotercersector.example.es"),
        "subject": "Nuevas ofertas de captación de fondos en Bizkaia",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-05-29T07:00:00+02:00",
        "text": digest_text("Tus alertas de empleo", "Hola Aisling, estas son las novedades.",
                         _empleo_items, "Darte de baja: https://empleotercersector.example.es/baja"),
        "html": digest_html("Tus alertas de empleo", "<p>Hola Aisling, estas son las novedades.</p>",
                         _empleo_items,
                         '<a href="https://empleotercersector.example.es/baja">Darte de baja</a>',
                         lang="es", accent="#c2410c"),
        "headers": _list_headers("<alertas.empleotercersector.example.es>",
                              "https://empleotercersector.example.es/baja"),
    },
    {
        "name": "respuesta_automatica", "kind": OTHER, "lang": "es", "company": "", "contact": "",
        "frm": ("Gorka Uriarte", "gorka.uriarte@teatronervion.example.es"),
        "subject": "Respuesta automática: Videollamada con Teatro del Nervión",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-07-17T09:12:00+02:00", "refs": ["nervion-q"],
        "text": _ooo_es,
        "headers": [("Auto-Submitted", "auto-replied")],
    },
    {
        "name": "amiga_cuenta_su_rechazo", "kind": OTHER, "lang": "es", "company": "", "contact": "",
        "frm": ("Leire Bilbao Etxebarria", "leire.be@correo.example.es"),
        "subject": "Noticias (malas)",
        "date": "2026-07-02T23:05:00+02:00",
        "text": _amiga, "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "name": "euskaltegi_sin_plaza", "kind": OTHER, "lang": "es", "company": "", "contact": "",
        "frm": ("Euskaltegi Abando", "idazkaritza@euskaltegi-abando.example.es"),
        "subject": "Solicitud de matrícula - curso intensivo A2",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-08-28T12:00:00+02:00",
        "text": _euskaltegi, "cte": "quoted-printable",
    },
    {
        "name": "paquete_retrasado", "kind": OTHER, "lang": "es", "company": "", "contact": "",
        "frm": ("EnvíoBizkaia", "no-responder@enviobizkaia.example.es"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Tu paquete lleva retraso",
        "date": "2026-06-16T18:00:00+02:00",
        "html": html_page(paras(_paquete), "es", "EnvíoBizkaia"), "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "name": "enviado_pide_cambio_entrevista", "kind": OTHER, "lang": "es", "company": "", "contact": "",
        "frm": CAND, "to": [("Itziar Goikoetxea", "itziar.goikoetxea@riasolidaria.example.es")],
        "subject": "RE: Entrevista - Técnica de Captación de Fondos",
        "date": "2026-06-10T22:17:00+01:00", "key": "ria-cand-move", "refs": ["ria-invite"],
        "text": RIA_MOVE_REQ + "\n\n" + _SIG,
    },
    {
        "name": "radio_pide_entrevista", "kind": OTHER, "lang": "es", "company": "", "contact": "",
        "frm": ("Ane Larrañaga", "ane.larranaga@radioabando.example.es"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "Entrevista para Radio Abando",
        "date": "2026-06-08T13:40:00+02:00",
        "text": _radio, "html": paras(_radio), "charset": "windows-1252",
    },
]
