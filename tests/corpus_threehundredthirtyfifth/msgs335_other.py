"""Corpus 335 'other': the candidate's own mail, newsletters, alerts and everyday traps."""

from __future__ import annotations

from msgs335_common import CANDIDATE, SEUN

BULK = {"Precedence": "bulk"}


def listhead(list_id: str, unsub: str) -> dict[str, str]:
    """Mailing-list headers of a bulk sender."""
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsub}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


MESSAGES = [
    # ============================================ the candidate's own mail (English)
    {
        "id": "avo_apply", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-01-13 20:41 +0000", "frm": SEUN,
        "to": ("Moira Delaney", "m.delaney@avonside-cosmetics.example.co.uk"),
        "subject": "Application - Quality Control Assistant (AVC/QC/26/02)",
        "pdf": [("Seun_Adebayo-Clarke_CV.pdf", [
            "OLUWASEUN (SEUN) ADEBAYO-CLARKE",
            "Bristol | seun.adebayo@example.co.uk",
            "",
            "Senior Science Technician, Hengrove Park Academy (2019 - present)",
            "- Prepare and risk-assess practicals for KS3-KS5 chemistry and biology",
            "- Maintain COSHH register, chemical stores and balance calibration",
            "BSc Biological Sciences, University of the West of England",
        ])],
        "text": """Dear Ms Delaney,

Please find attached my CV in application for the Quality Control Assistant post advertised on
your website (ref AVC/QC/26/02).

For the past six years I have been the senior science technician at a large Bristol secondary
school, where I prepare practicals, run the chemical stores under COSHH and keep our balances
and pH meters calibrated. I am keen to bring that accuracy and organisation to a cosmetics QC
laboratory.

I would be happy to discuss my application at any time.

Yours sincerely,
Oluwaseun Adebayo-Clarke
07700 900 555
""",
    },
    {
        "id": "hol_seun_move", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-02-18 21:05 +0000", "frm": SEUN,
        "to": ("Becky Lutterworth", "becky.lutterworth@hollowmead.example.co.uk"),
        "subject": "Re: QC Technician - could we have a chat?",
        "parent": "hol_inv", "quote": "inline",
        "text": """Hi Becky,

Thank you so much - I'd love to come in. Unfortunately Tuesday 24th is Year 11 parents' evening
and I'm needed from 3pm. Could we possibly do another day? I'm free after 4pm on most days, or
any time on Monday 2 March, which is an INSET day.

Sorry to be awkward, and thanks again.

Best wishes,
Seun
""",
    },
    {
        "id": "hol_thanks", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-03-03 07:48 +0000", "frm": SEUN,
        "to": ("Becky Lutterworth", "becky.lutterworth@hollowmead.example.co.uk"),
        "subject": "Thank you - QC Technician interview",
        "text": """Hi Becky,

Just a quick note to say thank you to you and Tom for yesterday. I really enjoyed seeing the
lab and hearing about the malolactic trials - it made me even keener on the role.

Looking forward to hearing from you.

Best wishes,
Seun Adebayo-Clarke
""",
    },
    {
        "id": "crb_sorry", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-03-17 19:12 +0000", "frm": SEUN,
        "to": ("Laura Finch", "laura.finch@crumbandcrust.example.co.uk"),
        "subject": "Re: We missed you today",
        "parent": "crb_missed", "quote": "inline",
        "text": """Dear Laura,

I am so sorry. I had the interview in my diary for Thursday, not today - completely my mistake,
and I feel awful that you and Dev waited for me.

If there is any chance of another slot I would be very grateful, but I understand if not.

With apologies,
Seun
""",
    },
    {
        "id": "mss_apply", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-05-18 18:30 +0100", "frm": SEUN,
        "to": ("Rhodri Evans", "rhodri.evans@mendipsprings.example.co.uk"),
        "subject": "Laboratory Technician vacancy - speculative application",
        "text": """Dear Mr Evans,

I saw on your website that Mendip Springs runs its own microbiology lab at the bottling plant,
and I wondered whether you might have any technician vacancies now or in the near future.

I am a school science technician in Bristol moving into quality control, with daily experience
of aseptic technique, media preparation and equipment calibration. My CV is attached to my
profile on your careers page.

Kind regards,
Seun Adebayo-Clarke
""",
    },
    {
        "id": "sev_thanks", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-06-19 18:55 +0100", "frm": SEUN,
        "to": ("Priya Nandakumar", "priya.nandakumar@severn-analytical.example.co.uk"),
        "cc": [("Gareth Pryce", "g.pryce@severn-analytical.example.co.uk")],
        "subject": "Thank you for today's interview",
        "text": """Dear Priya and Gareth,

Thank you both for your time this afternoon and for the tour of the micro suite. It was
fascinating to see the cosmetic challenge tests in progress, and I left even more excited about
the role.

Have a good weekend.

Kind regards,
Seun
""",
    },
    {
        "id": "sev_seun_accept", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-07-20 21:14 +0100", "frm": SEUN,
        "to": ("Priya Nandakumar", "priya.nandakumar@severn-analytical.example.co.uk"),
        "subject": "Re: Your offer letter - Laboratory Technician",
        "parent": "sev_offer_letter", "quote": "inline",
        "text": """Dear Priya,

Thank you for the letter. I'm very happy to accept the offer, and 7 September works for me as
school breaks up in July. My two referees are Mrs J. Okonkwo (Head of Science) and Mr P. Lane
(Business Manager) - details on the form.

Could you send the contract over when it's ready?

Best wishes,
Seun
""",
    },
    {
        "id": "sev_fwd_partner", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-07-16 12:30 +0100", "frm": SEUN,
        "to": ("Dami Clarke", "dami.clarke@example.org.uk"),
        "subject": "Fwd: Your offer letter - Laboratory Technician",
        "fwd": "sev_offer_letter", "fwd_inline": True,
        "text": """Look!! It's official. Can you read through the letter tonight and tell me if
anything looks odd? Especially the probation bit.

x
""",
    },
    # ============================================ bulk, lists and newsletters (English)
    {
        "id": "grl_digest", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-02-09 07:00 +0000",
        "frm": ("GradLadder Job Alerts", "alerts@gradladder.example.com"),
        "subject": "14 new jobs for 'laboratory technician' near Bristol",
        "fmt": "alt", "headers": listhead("GradLadder job alerts <alerts.gradladder.example.com>",
                                    "https://gradladder.example.com/u/alerts/8c1"),
        "shell": {"brand": "GradLadder", "colour": "#ff6a13",
                   "footer": "You get this alert because you saved the search 'laboratory "
                          "technician'. Unsubscribe any time."},
        "text": """Hi Seun, here are this week's new matches.

QC Technician - Hollowmead Cider, Long Ashton
Interview process: one face-to-face interview and a lab walk-round.

Laboratory Assistant - Taff Valley Food Testing, Cardiff
Closing soon.

Trainee Analyst - Pembury Foods, Reading
Graduate scheme with a paid assessment day.

TIP OF THE WEEK: Unfortunately, many applications are rejected at the CV stage because of
missing keywords. Mirror the language of the advert!

View all 14 jobs: https://gradladder.example.com/alerts/8c1
""",
    },
    {
        "id": "grl_news", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-05-14 08:15 +0100",
        "frm": ("GradLadder Careers Weekly", "newsletter@gradladder.example.com"),
        "subject": "Rejected after interview? How to bounce back (and ask for feedback)",
        "fmt": "html", "headers": listhead("GradLadder Careers Weekly <weekly.gradladder.example.com>",
                                     "mailto:unsubscribe@gradladder.example.com"),
        "shell": {"brand": "GradLadder Careers Weekly", "colour": "#ff6a13",
                   "footer": "You're receiving this because you subscribed to Careers Weekly."},
        "text": """This week: dealing with rejection

Unfortunately, rejection is part of every job search. We asked five recruiters what to do when
an employer says "we have decided not to progress your application".

1. Ask for feedback within a week - politely and briefly.
2. Don't take it personally: a typical vacancy gets 60+ applications.
3. Treat every interview as practice for the next invitation.

Also inside: our guide to assessment centres, and why "we will keep your CV on file" isn't
always a brush-off.
""",
    },
    {
        "id": "helix_news", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-06-25 10:00 +0100",
        "frm": ("Helix Science Recruitment", "news@helix-science.example.co.uk"),
        "subject": "Helix Lab Market Update - June: salaries, interviews and what clients want",
        "fmt": "alt", "headers": listhead("Helix market update <update.helix-science.example.co.uk>",
                                    "https://helix-science.example.co.uk/unsubscribe?u=553"),
        "shell": {"brand": "Helix Science Recruitment", "colour": "#3949ab"},
        "text": """Lab Market Update - June 2026

Salaries: QC technician pay in the South West rose 4% year on year; food microbiology roles are
now advertised at £25-29k.

Interviews: more clients are adding a practical assessment after the first interview. Candidates
who were offered the job after a practical told us that preparation was everything.

Our live roles: 23 QC and lab roles across Bristol, Swindon and Cardiff.

You are receiving this because you registered with Helix Science Recruitment.
""",
    },
    {
        "id": "ifl_webinar", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-03-11 12:00 +0000",
        "frm": ("Institute of Food Laboratory Practice", "events@ifl-practice.example.org"),
        "subject": "Live webinar: Careers in food QC - from classroom to lab",
        "fmt": "html", "headers": BULK,
        "shell": {"brand": "IFLP Events", "colour": "#00695c",
                   "footer": "IFLP, 9 Bedford Row, London. Manage your preferences."},
        "text": """Join us on Wednesday 25 March, 18:30 GMT

Thinking of moving into food quality control? Our panel of lab managers will talk about what
they look for at interview, typical assessment tasks, and how to position transferable skills.

Places are free but limited. Register now to receive your joining link.
""",
    },
    {
        "id": "profile_views", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-07-27 06:45 +0100",
        "frm": ("CareerGrid", "updates@careergrid.example.com"),
        "subject": "Seun, your profile appeared in 17 searches this week",
        "fmt": "alt", "headers": listhead("CareerGrid weekly <weekly.careergrid.example.com>",
                                    "https://careergrid.example.com/settings/email"),
        "shell": {"brand": "CareerGrid", "colour": "#0a66c2"},
        "text": """Your weekly profile summary

17 search appearances - recruiters at 3 companies found you through "quality control".
Your position among applicants: top 25% for QC Technician roles near Bristol.

Jobs you may be interested in:
- Laboratory Analyst, water sector, Bath
- QA Technician, confectionery, Keynsham

See who's looking: https://careergrid.example.com/me/searches
""",
    },
    # ============================================ interviews that are not job interviews
    {
        "id": "podcast", "kind": "other", "lang": "en", "company": "", "contact": "hattie@prep-room-pod.example.com",
        "date": "2026-04-08 20:20 +0100",
        "frm": ("Hattie Osei", "hattie@prep-room-pod.example.com"),
        "subject": "Interview request - The Prep Room podcast",
        "text": """Hi Seun,

I host The Prep Room, a small podcast about the people behind school science (technicians,
mostly!). A colleague of yours at Hengrove Park said you'd be a brilliant guest.

Would you be up for a 40-minute recorded interview about your job, the famous elephant's
toothpaste demo, and your plans to move into industry? We record over Zoom on weekday evenings.

No pressure at all - just let me know.

Hattie
The Prep Room podcast
""",
    },
    {
        "id": "radio", "kind": "other", "lang": "en", "company": "", "contact": "r.mbeki@severnside-fm.example.co.uk",
        "date": "2026-09-14 15:05 +0100",
        "frm": ("Rachel Mbeki", "r.mbeki@severnside-fm.example.co.uk"),
        "subject": "Severnside FM - live interview on Thursday's drivetime?",
        "text": """Hello Seun,

I'm a producer on the drivetime show at Severnside FM. We're doing a segment on career changers
this Thursday and the Prep Room podcast pointed us to you.

Could we interview you live on air for about six minutes at 17:40? It would be by phone - you
don't need to come to the studio. We'd talk about leaving school labs for a job in industry.

Best,
Rachel Mbeki
Producer, Drivetime, Severnside FM
""",
    },
    {
        "id": "ux_research", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-07-07 11:30 +0100",
        "frm": ("GradLadder Research", "research@gradladder.example.com"),
        "subject": "Help shape GradLadder: 30-minute interview (£25 voucher)",
        "fmt": "alt", "shell": {"style": "bare"}, "headers": BULK,
        "text": """Hi Seun,

We're talking to job seekers who've used GradLadder in the last three months. Would you take
part in a 30-minute video interview with our user research team about how you search and apply?

As a thank-you you'll receive a £25 voucher. Pick a time here:
https://gradladder.example.com/research/book

This is not a job interview and won't affect any applications.

GradLadder Research
""",
    },
    # ============================================ everyday traps (English)
    {
        "id": "parcel", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-03-06 09:14 +0000",
        "frm": ("SwiftDrop Parcels", "tracking@swiftdrop.example.co.uk"),
        "subject": "Unfortunately your parcel is delayed",
        "fmt": "alt", "shell": {"brand": "SwiftDrop", "colour": "#d32f2f"},
        "text": """Hi Oluwaseun,

Unfortunately your parcel from LabSupplies Direct (tracking SD 4471 0093 21) is delayed due to
a vehicle breakdown at our Avonmouth depot.

New estimated delivery: Monday 9 March, 08:00-12:00.

We're sorry for the inconvenience. You can change your delivery preferences in the app.
""",
    },
    {
        "id": "bank", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-02-27 05:30 +0000",
        "frm": ("Westcountry Building Society", "alerts@westcountry-bs.example.co.uk"),
        "subject": "Your current account position",
        "text": """Dear Mr Adebayo-Clarke,

This is an automated update on your account position.

Current account ending 4471
Balance: £612.40
Arranged overdraft available: £500.00

Unfortunately a payment to OPEN UNIVERSITY of £95.00 was declined on 26 February due to
insufficient funds. Please log in to review your position.

Westcountry Building Society will never ask for your password by email.
""",
    },
    {
        "id": "viewing", "kind": "other", "lang": "en", "company": "", "contact": "priya.shah@avonlets.example.co.uk",
        "date": "2026-08-20 13:22 +0100",
        "frm": ("Priya Shah | Avon Lets", "priya.shah@avonlets.example.co.uk"),
        "subject": "Viewing confirmed - 2 bed flat, Station Road, Shirehampton",
        "text": """Hi Seun,

Confirming your viewing of the two-bedroom flat at 18B Station Road, Shirehampton on Saturday
22 August at 11:00. I'll meet you outside.

Rent is £1,150 pcm; the landlord is happy with a September start. Please bring photo ID if
you'd like to apply on the day.

Kind regards,
Priya Shah
Lettings Negotiator, Avon Lets
""",
    },
    {
        "id": "dentist", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-01-22 09:00 +0000",
        "frm": ("Cotham Dental Care", "reminders@cothamdental.example.co.uk"),
        "subject": "Appointment reminder: Tuesday 27 January at 16:20",
        "text": """Dear Oluwaseun,

This is a reminder of your appointment with Dr Patel (check-up and scale & polish) on Tuesday
27 January at 16:20.

If you need to reschedule or cancel, please call us at least 24 hours before on 0117 000 3390.
Missed appointments may be charged.

Cotham Dental Care
""",
    },
    {
        "id": "gp", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-09-29 08:03 +0100",
        "frm": ("Redland Green Surgery", "noreply@redlandgreen-surgery.example.nhs.uk"),
        "subject": "Your appointment has been booked",
        "text": """Your appointment has been booked.

Clinician: Nurse practitioner
Date: Friday 2 October 2026
Time: 09:40
Location: Redland Green Surgery, Bristol

Reply CANCEL to this number's text message if you can no longer attend. Please do not reply to
this email.
""",
    },
    {
        "id": "friend_rej", "kind": "other", "lang": "en", "company": "", "contact": "kemi.a@example.net",
        "date": "2026-04-18 22:37 +0100",
        "frm": ("Kemi Adeyemi", "kemi.a@example.net"),
        "subject": "ugh",
        "text": """Seun,

Got the email from the pharma place in Swindon today. "After careful consideration we have
decided to move forward with other candidates." After THREE interviews. I'm gutted.

Anyway, how did your Marlowe thing go? Tell me one of us is having a better week.

K
""",
    },
    {
        "id": "friend_fwd", "kind": "other", "lang": "en", "company": "", "contact": "dami.clarke@example.org.uk",
        "date": "2026-05-21 19:48 +0100",
        "frm": ("Dami Clarke", "dami.clarke@example.org.uk"),
        "subject": "Fwd: Interview invitation - Events Coordinator",
        "fwd": {
            "id": "dami_inner", "lang": "en", "date": "2026-05-21 14:02 +0100",
            "frm": ("Harbourside Venues HR", "hr@harbourside-venues.example.co.uk"),
            "to": ("Dami Clarke", "dami.clarke@example.org.uk"),
            "subject": "Interview invitation - Events Coordinator",
            "text": """Dear Dami,

We are pleased to invite you to interview for the Events Coordinator role on Wednesday 27 May
at 11:00 at our office on Canons Road. Please prepare a 5-minute presentation on a recent event.

Harbourside Venues HR
""",
        },
        "text": """Look what came through!!! Can you help me with the presentation at the weekend?
You're so much better at this than me. Interview is Wednesday.

D x
""",
    },
    {
        "id": "headhunter_en", "kind": "other", "lang": "en", "company": "",
        "contact": "orla.byrne@shamrock-search.example.ie",
        "date": "2026-06-16 08:27 +0100",
        "frm": ("Orla Byrne", "orla.byrne@shamrock-search.example.ie"),
        "subject": "QC roles in Cork - open to a chat?",
        "text": """Hi Seun,

I came across your profile on CareerGrid and noticed you're interested in QC roles in Ireland.
I recruit lab and quality staff for food and drink manufacturers around Cork.

Nothing specific to put in front of you today, but if you'd be open to a relaxed chat about the
market and what you're looking for, let me know a time that suits.

Best regards,
Orla Byrne
Shamrock Science Search | Cork
""",
    },
    {
        "id": "ooo_tom", "kind": "other", "lang": "en", "company": "",
        "contact": "tom.okafor@helix-science.example.co.uk",
        "date": "2026-08-07 09:02 +0100",
        "frm": ("Tom Okafor", "tom.okafor@helix-science.example.co.uk"),
        "subject": "Automatic reply: CV update and availability",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": """Thank you for your email. I am on annual leave until Monday 17 August with limited
access to email.

For anything urgent, please contact Aisha Grant on aisha.grant@helix-science.example.co.uk or
call the office on 0117 000 7720.

Tom Okafor
Helix Science Recruitment
""",
    },
    {
        "id": "course_refusal", "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-01-08 16:10 +0000",
        "frm": ("City of Bristol College Admissions", "admissions@cobc.example.ac.uk"),
        "subject": "Your application: Level 3 Award in Food Safety (evening)",
        "text": """Dear Oluwaseun,

Thank you for applying for the Level 3 Award in Food Safety (Tuesday evenings, starting 20
January).

Unfortunately the course is now full and we are unable to offer you a place. We have added you
to the waiting list and will contact you if a place becomes available, or when the April cohort
opens for applications.

Admissions Team
City of Bristol College
""",
    },
    {
        "id": "school", "kind": "other", "lang": "en", "company": "",
        "contact": "j.okonkwo@hengrovepark.example.sch.uk",
        "date": "2026-01-29 07:31 +0000",
        "frm": ("Mrs J Okonkwo", "j.okonkwo@hengrovepark.example.sch.uk"),
        "subject": "Y10 rates of reaction practical - Thursday",
        "text": """Morning Seun,

Could you prep the marble chips / HCl rates practical for 10X3 on Thursday P3 (lab S4)? 8 sets,
1M and 2M acid please. Also the fume cupboard in S2 failed its airflow test - can you chase the
contractor?

Thanks, you're a star.
Joy

Mrs J Okonkwo
Head of Science, Hengrove Park Academy
""",
    },
    {
        "id": "sev_welcome", "kind": "other", "lang": "en", "company": "",
        "contact": "priya.nandakumar@severn-analytical.example.co.uk",
        "date": "2026-08-19 10:48 +0100",
        "frm": ("Priya Nandakumar", "priya.nandakumar@severn-analytical.example.co.uk"),
        "subject": "Your first day at Severn Analytical - 7 September",
        "text": """Dear Seun,

We're looking forward to welcoming you on Monday 7 September! A few practical details:

- Please arrive at 08:30 and ask for me at reception.
- Your induction covers health and safety, LIMS training and a site tour.
- We'll provide lab coats and safety shoes; bring your P45 and bank details.

Both references are back and your right-to-work check is complete.

See you soon,
Priya
""",
    },
    # ============================================ German
    {
        "id": "rhb_seun_confirm", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-06-12 20:02 +0100", "frm": SEUN,
        "to": ("Lea Schumacher", "lea.schumacher@rheinbluete.example.de"),
        "subject": "Re: Aktualisiert: Vorstellungsgespräch – neuer Termin 18.06., 14:00 Uhr",
        "parent": "rhb_moved", "quote": "inline", "hcs": ("utf-8", "Q"),
        "text": """Sehr geehrte Frau Schumacher,

vielen Dank für Ihre Nachricht. Der neue Termin am Donnerstag, 18. Juni, um 14:00 Uhr passt
mir sehr gut. Ich freue mich auf das Gespräch.

Mit freundlichen Grüßen
Oluwaseun Adebayo-Clarke
""",
    },
    {
        "id": "jobagent_de", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-02-12 06:00 +0100",
        "frm": ("Jobkompass Jobagent", "jobagent@jobkompass.example.de"),
        "subject": "12 neue Jobs für „Laborant Köln“",
        "fmt": "alt", "hcs": ("utf-8", "B"),
        "headers": listhead("Jobkompass Jobagent <jobagent.jobkompass.example.de>",
                         "https://jobkompass.example.de/jobagent/abmelden?id=77"),
        "shell": {"brand": "Jobkompass", "colour": "#1565c0",
                   "footer": "Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben."},
        "text": """Hallo Seun,

Ihr Jobagent hat 12 neue Stellen gefunden:

Laborant (m/w/d) Qualitätssicherung – Kornfeld Backwaren, Köln-Porz
Chemisch-technischer Assistent – Domstadt Analytik, Köln
Laborhelfer (m/w/d) Lebensmittel – Zeitarbeit, Hürth

Ratgeber der Woche: Absage erhalten? So nutzen Sie jede Absage und jedes
Vorstellungsgespräch als Lernchance.

Alle Jobs ansehen: https://jobkompass.example.de/jobagent/77
""",
    },
    {
        "id": "wohnung", "kind": "other", "lang": "de", "company": "", "contact": "k.becker@domimmo.example.de",
        "date": "2026-07-15 12:10 +0200",
        "frm": ("Katrin Becker", "k.becker@domimmo.example.de"),
        "subject": "Besichtigungstermin Wohnung Ossendorf",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Guten Tag Herr Adebayo-Clarke,

gerne bestätige ich Ihnen den Besichtigungstermin für die 2-Zimmer-Wohnung in der
Äußeren Kanalstraße (Köln-Ossendorf):

Samstag, 25. Juli 2026, 11:30 Uhr

Die Kaltmiete beträgt 890 Euro zzgl. 180 Euro Nebenkosten. Bitte bringen Sie eine
Selbstauskunft, die letzten drei Gehaltsnachweise und Ihren Ausweis mit.

Freundliche Grüße
Katrin Becker
DomImmo Hausverwaltung
""",
    },
    {
        "id": "paket", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-03-13 08:22 +0100",
        "frm": ("PaketBlitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
        "subject": "Ihre Sendung verspätet sich leider",
        "fmt": "html", "shell": {"brand": "PaketBlitz", "colour": "#ffb300"},
        "text": """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2219 aus Deutschland nach
Großbritannien aufgrund einer Zollprüfung.

Neuer voraussichtlicher Zustelltermin: 17. März 2026.

Wir bitten um Entschuldigung.
Ihr PaketBlitz-Team
""",
    },
    {
        "id": "lbt_cold", "kind": "other", "lang": "de", "company": "",
        "contact": "j.weissenfels@labtalent-rheinland.example.de",
        "date": "2026-04-02 09:45 +0200",
        "frm": ("Jürgen Weißenfels", "j.weissenfels@labtalent-rheinland.example.de"),
        "subject": "Ihr Profil – kurzer Austausch?",
        "hcs": ("iso-8859-1", "Q"), "cs": "iso-8859-1", "cte": "qp",
        "text": """Hallo Herr Adebayo-Clarke,

ich bin Personalberater für Labor- und Qualitätspositionen im Rheinland und bin auf Ihr Profil
gestoßen. Ihr Wechsel aus dem Schullabor in die Qualitätskontrolle finde ich spannend.

Aktuell habe ich nichts Konkretes für Sie, würde mich aber gerne unverbindlich austauschen,
welche Positionen und Standorte für Sie infrage kommen.

Hätten Sie nächste Woche 15 Minuten für ein Telefonat?

Beste Grüße
Jürgen Weißenfels
LabTalent Rheinland
""",
    },
    {
        "id": "vhs", "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-02-04 13:30 +0100",
        "frm": ("VHS Köln Anmeldung", "anmeldung@vhs-koeln.example.de"),
        "subject": "Ihre Anmeldung: Deutsch B1 Intensiv (online)",
        "cs": "windows-1252", "cte": "8bit",
        "text": """Sehr geehrter Herr Adebayo-Clarke,

vielen Dank für Ihre Anmeldung zum Kurs „Deutsch B1 Intensiv (online)“, Kursnummer 26F-4410.

Leider ist der Kurs bereits ausgebucht, sodass wir Ihnen keinen Platz anbieten können. Sie
stehen auf Platz 4 der Warteliste. Wir informieren Sie, sobald ein Platz frei wird.

Mit freundlichen Grüßen
Ihre Volkshochschule
""",
    },
    {
        "id": "ooo_lea", "kind": "other", "lang": "de", "company": "",
        "contact": "lea.schumacher@rheinbluete.example.de",
        "date": "2026-06-22 09:15 +0200",
        "frm": ("Lea Schumacher", "lea.schumacher@rheinbluete.example.de"),
        "subject": "Abwesenheitsnotiz: Rückfrage zum Gespräch",
        "headers": {"Auto-Submitted": "auto-replied"},
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. In
dringenden Fällen wenden Sie sich bitte an personal@rheinbluete.example.de.

Mit freundlichen Grüßen
Lea Schumacher
""",
    },
    {
        "id": "jonas", "kind": "other", "lang": "de", "company": "", "contact": "jonas.wirth@example.de",
        "date": "2026-09-09 21:40 +0200",
        "frm": ("Jonas Wirth", "jonas.wirth@example.de"),
        "subject": "Na, wie läuft's?",
        "hcs": ("utf-8", "B"),
        "text": """Hey Seun,

lange nichts gehört! Ich habe heute eine Absage von Bayer bekommen, nach dem zweiten Gespräch.
Ziemlich frustrierend, aber gut, weiter geht's.

Lea meinte, du ziehst vielleicht nach Köln? Dann gehen wir auf jeden Fall ein Kölsch trinken.

Liebe Grüße
Jonas
""",
    },
    # ============================================ French
    {
        "id": "las_apply", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-05-27 21:30 +0100", "frm": SEUN,
        "to": ("Laboratoire Analytique Saône", "v.morel@labo-saone.example.fr"),
        "subject": "Candidature spontanée – technicien de laboratoire",
        "text": """Madame, Monsieur,

Technicien de laboratoire scolaire à Bristol depuis six ans, je souhaite m'orienter vers le
contrôle qualité en agroalimentaire et cosmétique, et je serais très heureux de rejoindre
votre laboratoire à Villeurbanne.

Vous trouverez mon CV en anglais sur mon profil. Je parle français (niveau B2) et anglais.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Oluwaseun Adebayo-Clarke
""",
    },
    {
        "id": "fdo_seun_reply", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-05-19 19:44 +0100", "frm": SEUN,
        "to": ("Isabelle Chaumont", "isabelle.chaumont@fournildor.example.fr"),
        "subject": "Re: Nouveau créneau pour notre entretien ?",
        "parent": "fdo_missed", "quote": "inline", "cs": "windows-1252", "cte": "qp",
        "text": """Bonjour Madame Chaumont,

Je vous présente toutes mes excuses : mon vol depuis Bristol a été annulé ce matin et je n’avais
plus de batterie pour vous prévenir. Je serais très reconnaissant si vous pouviez me proposer
un nouveau créneau la semaine prochaine.

Bien cordialement,
Seun Adebayo-Clarke
""",
    },
    {
        "id": "lua_seun_confirm", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-07-13 18:02 +0100", "frm": SEUN,
        "to": ("Sophie Berthelot", "sophie.berthelot@lumiere-argile.example.fr"),
        "subject": "Re: Entretien décalé au jeudi 16 juillet",
        "parent": "lua_moved", "quote": "inline", "hcs": ("utf-8", "Q"),
        "text": """Bonjour Sophie,

Aucun problème, jeudi 16 juillet à 15h00 (heure de Paris) me convient parfaitement.

À jeudi,
Seun
""",
    },
    {
        "id": "laboemploi", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-03-24 07:30 +0100",
        "frm": ("LaboEmploi", "alertes@laboemploi.example.fr"),
        "subject": "Vos nouvelles offres : technicien contrôle qualité – Lyon",
        "fmt": "alt", "hcs": ("iso-8859-1", "Q"), "cs": "iso-8859-1", "cte": "qp",
        "headers": listhead("Alertes LaboEmploi <alertes.laboemploi.example.fr>",
                         "https://laboemploi.example.fr/desabonnement?a=221"),
        "shell": {"brand": "LaboEmploi", "colour": "#6a1b9a",
                   "footer": "Vous recevez cet e-mail car vous avez créé une alerte emploi."},
        "text": """Bonjour,

8 nouvelles offres correspondent à votre alerte :

Technicien(ne) contrôle qualité - Nutrivia Rhône, Saint-Priest
Technicien de laboratoire (H/F) - Laboratoire Analytique Saône, Villeurbanne
Assistant qualité - Parfumerie, Lyon 6e

Conseil de la semaine : malheureusement, un refus après entretien n'est jamais agréable.
Demandez un retour pour préparer le prochain entretien !

Voir toutes les offres : https://laboemploi.example.fr/alertes/221
""",
    },
    {
        "id": "colis", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-04-14 10:05 +0200",
        "frm": ("ColisExpress", "suivi@colisexpress.example.fr"),
        "subject": "Malheureusement, votre colis est retardé",
        "fmt": "html", "shell": {"brand": "ColisExpress", "colour": "#e65100"},
        "text": """Bonjour,

Malheureusement, votre colis n° CX 7712 0045 FR est retardé en raison d'un incident sur notre
plateforme de Corbas.

Nouvelle date de livraison estimée : jeudi 16 avril.

Nous vous prions de nous excuser pour ce désagrément.
""",
    },
    {
        "id": "val_cold", "kind": "other", "lang": "fr", "company": "",
        "contact": "elodie.garnier@valmont-sciences.example.fr",
        "date": "2026-06-01 11:20 +0200",
        "frm": ("Élodie Garnier", "elodie.garnier@valmont-sciences.example.fr"),
        "subject": "Prise de contact – Cabinet Valmont Sciences",
        "hcs": ("iso-8859-1", "B"),
        "text": """Bonjour Seun,

Je suis consultante au Cabinet Valmont Sciences, spécialisé dans le recrutement de profils
qualité et laboratoire en région lyonnaise. Votre profil bilingue m'a interpellée.

Je n'ai pas de poste précis à vous présenter pour l'instant, mais je serais ravie d'échanger
avec vous sur votre projet de mobilité vers Lyon.

Seriez-vous disponible pour un appel dans les prochains jours ?

Bien à vous,
Élodie Garnier
Cabinet Valmont Sciences
""",
    },
    {
        "id": "alliance", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-01-12 15:00 +0100",
        "frm": ("Institut Français de Bristol", "inscriptions@if-bristol.example.org"),
        "subject": "Votre inscription au cours de français B2",
        "cs": "iso-8859-1", "cte": "8bit", "hcs": ("iso-8859-1", "Q"),
        "text": """Bonjour,

Nous vous remercions de votre demande d'inscription au cours de français niveau B2 (jeudi
soir, session de janvier).

Malheureusement, votre inscription n'a pas pu être retenue : le groupe est complet. Nous vous
proposons de vous inscrire à la session d'avril.

Cordialement,
Le service des inscriptions
""",
    },
    {
        "id": "enquete", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-06-18 14:00 +0200",
        "frm": ("Talentis – Recherche utilisateur", "recherche@talentis.example.fr"),
        "subject": "Participez à un entretien utilisateur de 30 minutes",
        "fmt": "alt", "shell": {"style": "bare"}, "headers": BULK,
        "text": """Bonjour,

Vous utilisez Talentis pour votre recherche d'emploi ? Notre équipe produit souhaite vous
rencontrer pour un entretien utilisateur de 30 minutes en visio.

Il ne s'agit pas d'un entretien d'embauche : nous voulons comprendre comment vous cherchez des
offres. Un bon d'achat de 20 € vous sera offert.

Réservez un créneau : https://talentis.example.fr/recherche
""",
    },
    # ============================================ Spanish
    {
        "id": "esp_sorry", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-04-28 12:30 +0100", "frm": SEUN,
        "to": ("Ana Molina", "ana.molina@grupoespiga.example.es"),
        "subject": "Re: No pudimos conectar contigo en la entrevista",
        "parent": "esp_missed", "quote": "inline",
        "text": """Hola Ana:

Lo siento muchísimo. Me confundí con la diferencia horaria y pensaba que la entrevista era a
las 10:00 hora de Reino Unido. Fue un error mío.

Si fuera posible buscar otro hueco, estaría encantado. Muchas gracias por vuestra paciencia.

Un saludo,
Seun
""",
    },
    {
        "id": "empleo_alert", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-02-20 07:00 +0100",
        "frm": ("Empleo Ciencia", "alertas@empleociencia.example.es"),
        "subject": "Nuevas ofertas: técnico de laboratorio en Barcelona",
        "fmt": "alt", "cs": "utf-8", "cte": "base64",
        "headers": listhead("Alertas Empleo Ciencia <alertas.empleociencia.example.es>",
                         "https://empleociencia.example.es/baja?u=9910"),
        "shell": {"brand": "Empleo Ciencia", "colour": "#00838f"},
        "text": """Hola Seun:

Tenemos 9 ofertas nuevas que coinciden con tu alerta «técnico de laboratorio – Barcelona»:

- Técnico/a de Laboratorio de Calidad – Grupo Espiga, Sant Boi
- Analista de Control de Calidad – Cosmética, Granollers
- Técnico de laboratorio de aguas – Mataró

Consejo: lamentablemente, muchas candidaturas se descartan antes de la entrevista por no
adaptar el CV. ¡Personalízalo!

Darse de baja: https://empleociencia.example.es/baja
""",
    },
    {
        "id": "banco", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-03-03 06:15 +0100",
        "frm": ("Banco Mediterráneo Digital", "avisos@bancomed.example.es"),
        "subject": "Su posición global a 28/02/2026",
        "cs": "iso-8859-1", "cte": "qp", "hcs": ("iso-8859-1", "B"),
        "text": """Estimado cliente:

Le informamos de su posición global a fecha 28/02/2026:

Cuenta Online terminada en 0932: 1.240,55 EUR
Tarjeta de débito: sin movimientos pendientes

Puede consultar el detalle de su posición en la banca digital. Este mensaje se ha generado
automáticamente; por favor, no responda.
""",
    },
    {
        "id": "piso", "kind": "other", "lang": "es", "company": "", "contact": "laura.gil@pisoscornella.example.es",
        "date": "2026-09-01 17:30 +0200",
        "frm": ("Laura Gil", "laura.gil@pisoscornella.example.es"),
        "subject": "Visita al piso de la calle Rubió i Ors",
        "text": """Hola Seun:

Te confirmo la visita al piso de la calle Rubió i Ors, 45, 3.º 2.ª (Cornellà) para el sábado 5
de septiembre a las 12:00. Si vienes desde el aeropuerto, el metro L5 te deja a cinco minutos.

El alquiler es de 950 € al mes más gastos de comunidad. El propietario pide contrato de trabajo
y una fianza de dos meses.

Saludos,
Laura Gil
Pisos Cornellà
""",
    },
    {
        "id": "catala", "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-01-20 13:00 +0100",
        "frm": ("Escuela de Idiomas Online", "secretaria@idiomas-online.example.es"),
        "subject": "Resolución de su solicitud de plaza – Catalán A1",
        "cs": "windows-1252", "cte": "qp",
        "text": """Estimado/a alumno/a:

Le comunicamos que su solicitud de plaza para el curso “Catalán A1 en línea” (segundo
cuatrimestre) no ha sido admitida, ya que las plazas se han asignado por orden de inscripción.

Puede volver a solicitarla en el próximo periodo de matrícula.

Secretaría académica
""",
    },
    {
        "id": "podcast_es", "kind": "other", "lang": "es", "company": "",
        "contact": "pau@cienciadebarrio.example.es",
        "date": "2026-06-09 19:05 +0200",
        "frm": ("Pau Serra", "pau@cienciadebarrio.example.es"),
        "subject": "¿Te entrevistamos para «Ciencia de Barrio»?",
        "hcs": ("utf-8", "B"),
        "text": """¡Hola Seun!

Soy Pau, de Ciencia de Barrio, un pódcast de divulgación en castellano. Hemos escuchado tu
episodio en The Prep Room y nos encantaría hacerte una entrevista sobre los técnicos de
laboratorio en los institutos británicos.

Grabamos por videollamada, unos 30 minutos, y podemos hacerlo en inglés si lo prefieres.

¡Un abrazo!
Pau Serra
""",
    },
    {
        "id": "ooo_marta", "kind": "other", "lang": "es", "company": "",
        "contact": "marta.rovira@talentociencia.example.es",
        "date": "2026-08-10 08:00 +0200",
        "frm": ("Marta Rovira", "marta.rovira@talentociencia.example.es"),
        "subject": "Respuesta automática: Disponibilidad septiembre",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "text": """Gracias por tu mensaje.

Estoy de vacaciones hasta el 17 de agosto. Para cualquier tema urgente puedes escribir a
seleccion@talentociencia.example.es.

Marta Rovira
Talento Ciencia Consultores
""",
    },
    {
        "id": "lucia_fwd", "kind": "other", "lang": "es", "company": "", "contact": "lucia.vm@example.com",
        "date": "2026-07-02 22:15 +0200",
        "frm": ("Lucía Vázquez", "lucia.vm@example.com"),
        "subject": "RV: Convocatoria entrevista – Técnica de I+D",
        "hcs": ("utf-8", "Q"),
        "fwd": {
            "id": "lucia_inner", "lang": "es", "date": "2026-07-02 13:40 +0200",
            "frm": ("Selección Nutrigal", "seleccion@nutrigal.example.es"),
            "to": ("Lucía Vázquez", "lucia.vm@example.com"),
            "subject": "Convocatoria entrevista – Técnica de I+D",
            "text": """Estimada Lucía:

Nos complace convocarle a una entrevista para el puesto de Técnica de I+D el próximo martes 7 de
julio a las 9:30 en nuestras oficinas de Vigo.

Atentamente,
Departamento de Selección - Nutrigal
""",
        },
        "text": """¡Seun! Mira lo que me ha llegado, mi primera entrevista desde que volví a Galicia.
¿Me ayudas a preparar las típicas preguntas en inglés? Tú ya eres un experto, jaja.

Besos,
Lucía
""",
    },
]

__all__ = ["CANDIDATE", "MESSAGES"]
