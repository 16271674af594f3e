"""Corpus 314: everything that is not one of the six job-mail kinds: the candidate's own mail,
job-alert digests and newsletters, traps that use interview / rejection / position words for
something else, friends' news, head-hunter approaches (hand-written specs)."""

from __future__ import annotations

from msgs314_common import (
    ME,
    ME_SIG_DE,
    ME_SIG_EN,
    ME_SIG_ES,
    ME_SIG_FR,
    lines,
)

MARLOWE = "marloweprovisions.example.co.uk"
MAINSTROM = "mainstrom-energie.example.de"
CV_PDF = {"filename": "CV_Nkechi_Adeyemi-Ross.pdf", "title": "Nkechi Adeyemi-Ross - CV",
          "rows": ["Paralegal, Property & Commercial, Leeds (2019 - present)",
                   "CILEx Level 6 Diploma in Law and Practice",
                   "Contract review, matter management, process improvement",
                   "Languages: English (native), Yoruba, French (B2), German (B1)"]}
CV_PDF_DE = {"filename": "Lebenslauf_Adeyemi-Ross.pdf", "title": "Lebenslauf Nkechi Adeyemi-Ross",
             "rows": ["Paralegal, Immobilien- und Handelsrecht, Leeds (seit 2019)",
                      "CILEx Level 6 Diploma in Law and Practice",
                      "Sprachen: Englisch (Muttersprache), Deutsch (B1), Franzoesisch (B2)"]}
CV_PDF_ES = {"filename": "CV_Adeyemi-Ross_ES.pdf", "title": "Curriculum - Nkechi Adeyemi-Ross",
             "rows": ["Paralegal, Leeds (2019 - actualidad)",
                      "Gestion de contratos y operaciones legales",
                      "Idiomas: ingles (nativo), espanol (B2), frances (B2)"]}

LIST_HEADERS = {"Precedence": "bulk", "Auto-Submitted": "auto-generated"}

SPECS = [
    # ================================================================ own mail, English
    {
        "slug": "own_marlowe_confirm", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ME, "to": [("Fiona Leckie", "fiona.leckie@" + MARLOWE)],
        "subject": "RE: Interview invitation - Legal Operations Analyst",
        "reply_of": "marlowe_invite1", "quote": True,
        "date": "2026-02-17 07:48", "form": "plain", "cte": "7bit",
        "text": lines(
            "Dear Fiona,",
            "Thank you very much for the invitation. I'm pleased to confirm that I can attend on\n"
            "Wednesday 25 February at 10:00 at Marlowe House, and I'll bring photo ID.",
            "I look forward to meeting you and Priya.", ME_SIG_EN),
    },
    {
        "slug": "own_marlowe_thanks", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ME, "to": [("Fiona Leckie", "fiona.leckie@" + MARLOWE)],
        "cc": [("Priya Raman", "priya.raman@" + MARLOWE)],
        "subject": "Thank you - interview for Legal Operations Analyst",
        "date": "2026-02-26 19:20", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Dear Fiona and Priya,",
            "Thank you both for your time this morning. I really enjoyed hearing about the plans\n"
            "for a single contract intake route across the business, and the discussion about\n"
            "triaging NDAs versus supplier agreements made me even more enthusiastic about the\n"
            "role.",
            "If it would help, I'm happy to share the matter-tracking template I built at my\n"
            "current firm.",
            ME_SIG_EN),
    },
    {
        "slug": "own_clausewise_apology", "kind": "other", "lang": "en", "company": "",
        "contact": "",
        "frm": ME, "to": [("Maya Castell", "maya@clausewise.example.io")],
        "subject": "Sorry about today",
        "reply_of": "clausewise_missed", "quote": True,
        "date": "2026-03-17 18:31", "form": "plain", "cte": "7bit",
        "text": lines(
            "Hi Maya,",
            "I'm so sorry about this afternoon. The rescheduling email went into my junk folder\n"
            "and I still had the old time in my diary - entirely my fault.",
            "I'm still very keen on the role. I'm free any afternoon next week if you're able to\n"
            "give me another chance.",
            "Best wishes,\nNkechi"),
    },
    {
        "slug": "own_halberd_rebook", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ME, "to": [("Priya Nandakumar", "priya.nandakumar@halberd.example.co.uk")],
        "subject": "Re: We were unable to reach you for your scheduled phone screen",
        "reply_of": "halberd_missed", "quote": True,
        "date": "2026-04-23 20:02", "form": "plain", "cte": "7bit",
        "text": lines(
            "Dear Priya,",
            "Apologies for missing your call this afternoon - I was in a completion meeting that\n"
            "overran and my phone was on silent. Would it be possible to rebook the phone screen?\n"
            "I'm available Monday or Tuesday next week at any time after 12:30.",
            ME_SIG_EN),
    },
    {
        "slug": "own_airevalley_application", "kind": "other", "lang": "en", "company": "",
        "contact": "",
        "frm": ME, "to": [("Janet Moorhouse", "janet.moorhouse@airevalleywater.example.co.uk")],
        "subject": "Application - Commercial Contracts Assistant",
        "date": "2026-05-05 21:15", "form": "plain", "cte": "7bit", "attach": [CV_PDF],
        "text": lines(
            "Dear Ms Moorhouse,",
            "Please find attached my CV in application for the Commercial Contracts Assistant\n"
            "vacancy advertised on your website.",
            "I have six years' experience as a paralegal in property and commercial work in Leeds,\n"
            "including managing a portfolio of around 300 leases and supplier agreements, and I am\n"
            "now looking to move into an in-house contracts role.",
            "I would welcome the opportunity to discuss my application.", ME_SIG_EN),
    },
    {
        "slug": "own_marlowe_negotiate", "kind": "other", "lang": "en", "company": "",
        "contact": "",
        "frm": ME, "to": [("Fiona Leckie", "fiona.leckie@" + MARLOWE)],
        "subject": "Offer - a couple of questions",
        "reply_of": "marlowe_offer_letter",
        "date": "2026-07-06 08:10", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Dear Fiona,",
            "Thank you again for the offer letter - I'm genuinely excited about joining Gareth's\n"
            "team.",
            "Before I sign, I wanted to ask whether there is any flexibility on the starting\n"
            "salary. I have another offer at a slightly higher level, and I'd also value support\n"
            "towards a legal operations qualification. Would £40,000 be possible?",
            "Happy to talk it through by phone if that's easier.", ME_SIG_EN),
    },
    {
        "slug": "own_marlowe_accept", "kind": "other", "lang": "en", "company": "",
        "contact": "",
        "frm": ME, "to": [("Fiona Leckie", "fiona.leckie@" + MARLOWE)],
        "cc": [("Gareth Okonjo", "gareth.okonjo@" + MARLOWE)],
        "subject": "RE: Offer - a couple of questions",
        "reply_of": "marlowe_offer_revised", "quote": "outlook",
        "date": "2026-07-16 09:05", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Dear Fiona, dear Gareth,",
            "Thank you both for the revised offer. I'm delighted to accept, and I have signed the\n"
            "contract in Candidate Home this morning.",
            "I'll hand in my notice today, which means I can start on 1 September as planned.",
            "Looking forward to it!", ME_SIG_EN),
    },
    # ================================================================ replies / people, English
    {
        "slug": "callum_ooo", "kind": "other", "lang": "en", "company": "",
        "contact": "callum@briefcaselegal.example.co.uk",
        "frm": ("Callum Firth", "callum@briefcaselegal.example.co.uk"),
        "subject": "Automatic reply: CV update",
        "date": "2026-04-03 10:02",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "form": "plain", "cte": "7bit",
        "text": lines(
            "Thanks for your email. I'm out of the office on annual leave until Monday 13 April\n"
            "with limited access to email.",
            "For anything urgent please contact the Briefcase Legal team on 0113 496 0555 or\n"
            "hello@briefcaselegal.example.co.uk.",
            "Callum Firth\nBriefcase Legal Recruitment"),
    },
    {
        "slug": "hollowaydunn_approach", "kind": "other", "lang": "en", "company": "",
        "contact": "imogen@hollowaydunn.example.com",
        "frm": ("Imogen Holloway", "imogen@hollowaydunn.example.com"),
        "subject": "Legal ops role - confidential",
        "date": "2026-05-05 12:44", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Dear Nkechi,",
            "I hope you don't mind me getting in touch out of the blue. I came across your\n"
            "profile on ProLink and your move from conveyancing into contract management caught\n"
            "my eye.",
            "I'm working on a confidential legal operations search for a top-50 firm and think\n"
            "your background could be interesting. No pressure at all - if you're open to a\n"
            "conversation at some point, let me know and send me an up-to-date CV.",
            "Best,\nImogen Holloway\nPartner, Holloway & Dunn Legal Search\n"
            "71 Chancery Lane, London WC2A 1AE | +44 20 7946 0123"),
    },
    {
        "slug": "friend_rejected", "kind": "other", "lang": "en", "company": "",
        "contact": "tolu.bankole@example.net",
        "frm": ("Tolu Bankole", "tolu.bankole@example.net"),
        "subject": "well that's that then",
        "date": "2026-03-11 22:47", "form": "plain", "cte": "7bit",
        "text": lines(
            "Hey Nk,",
            "Just got the email - Pennine Lockhart rejected me for the trainee solicitor thing.\n"
            "\"Unfortunately, on this occasion...\" you know the drill. Three interviews for that!",
            "Drinks on Friday? I need to moan about it and you can tell me about your\n"
            "supermarket lawyers.",
            "T x"),
    },
    {
        "slug": "friend_forward_invite", "kind": "other", "lang": "en", "company": "",
        "contact": "tolu.bankole@example.net",
        "frm": ("Tolu Bankole", "tolu.bankole@example.net"),
        "subject": "Fwd: Interview invitation - Trainee Legal Executive",
        "date": "2026-04-29 08:12", "form": "plain", "cte": "7bit",
        "forward": {
            "lang": "en", "frm": ("Gemma Walsh", "gemma.walsh@harehills-law.example.co.uk"),
            "to": [("Tolu Bankole", "tolu.bankole@example.net")],
            "subject": "Interview invitation - Trainee Legal Executive",
            "date": "2026-04-28 16:05", "form": "plain", "cte": "7bit",
            "text": lines(
                "Dear Tolu,",
                "We are pleased to invite you to interview for the Trainee Legal Executive role\n"
                "on Tuesday 5 May at 2pm at our Harehills Lane office.",
                "Kind regards,\nGemma Walsh\nOffice Manager, Harehills Law")},
        "text": lines(
            "Look!! Someone wants me after all. Can you have a look and tell me what they're\n"
            "likely to ask? You did loads of these last month.",
            "T x"),
    },
    {
        "slug": "podcast_request", "kind": "other", "lang": "en", "company": "",
        "contact": "hana@contractcorner.example.fm",
        "frm": ("Hana Sørensen", "hana@contractcorner.example.fm"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Interview request - Contract Corner podcast",
        "date": "2026-06-10 11:30", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "I host Contract Corner, a fortnightly podcast about the people side of contract\n"
            "management. I read your ProLink post on moving from paralegal work into legal ops and\n"
            "would love to interview you for an episode on career changers.",
            "Recording takes about 40 minutes over Riverside, any weekday in July. Let me know if\n"
            "you're up for it!",
            "Hana\nContract Corner - the podcast for contract people"),
    },
    {
        "slug": "radio_aire", "kind": "other", "lang": "en", "company": "",
        "contact": "dominic.ashby@radioaire-community.example.org",
        "frm": ("Dominic Ashby", "dominic.ashby@radioaire-community.example.org"),
        "subject": "Could we interview you on Thursday's Leeds at Work show?",
        "date": "2026-09-08 14:05", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "I produce “Leeds at Work” on Radio Aire Community (104.1 FM). Your old college\n"
            "tutor passed on your name – we’re doing a segment on routes into law without a\n"
            "degree, and we’d love a short live interview with you (10 minutes, by phone).",
            "The show goes out Thursday 17 September at 6pm. Would you be up for it?",
            "Cheers,\nDominic Ashby\nProducer, Radio Aire Community"),
    },
    {
        "slug": "user_research", "kind": "other", "lang": "en", "company": "",
        "contact": "ellie.b@draftdesk.example.com",
        "frm": ("Ellie Brannigan", "ellie.b@draftdesk.example.com"),
        "subject": "30-min research interview? £40 voucher as a thank-you",
        "date": "2026-05-27 15:10", "form": "html", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "I'm a user researcher at DraftDesk. You signed up for our free clause library trial\n"
            "in March, and we're running short interviews with paralegals to understand how you\n"
            "search for precedent clauses.",
            "It's a 30-minute video call, no preparation needed, and we'll send a £40 voucher as\n"
            "a thank-you. You can pick a slot here: https://calendly.example.com/draftdesk-research",
            "Thanks!\nEllie Brannigan\nSenior User Researcher, DraftDesk"),
    },
    {
        "slug": "letting_viewing", "kind": "other", "lang": "en", "company": "",
        "contact": "josh.whitaker@moorside-homes.example.co.uk",
        "frm": ("Josh Whitaker", "josh.whitaker@moorside-homes.example.co.uk"),
        "subject": "Viewing confirmed - 2 bed flat, Harrogate Road, Chapel Allerton",
        "date": "2026-08-05 12:20", "form": "plain", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "Thanks for your enquiry. Your viewing is confirmed for Saturday 8 August at 11:15.\n"
            "I'll meet you at the main entrance - the landlord will also be there to answer\n"
            "questions about the parking space.",
            "Unfortunately the landlord can't accept pets at this property.",
            "Josh Whitaker\nLettings Negotiator, Moorside Homes\n62 Harrogate Road, Leeds LS7 4LA | 0113 496 0900"),
    },
    {
        "slug": "marlowe_onboarding", "kind": "other", "lang": "en", "company": "",
        "contact": "fiona.leckie@" + MARLOWE,
        "frm": ("Fiona Leckie", "fiona.leckie@" + MARLOWE),
        "subject": "Your first day at Marlowe - 1 September",
        "date": "2026-08-24 10:00", "form": "alt", "cte": "base64",
        "text": lines(
            "Hi Nkechi,",
            "Not long now! Here's what to expect on Tuesday 1 September:",
            "- 9:00 arrive at Marlowe House reception and ask for Gareth\n"
            "- 9:30 IT set-up and security pass\n- 11:00 coffee with the Legal & CoSec team\n"
            "- afternoon: induction e-learning",
            "Your references and right-to-work check are complete. Any questions, just shout.",
            "Fiona"),
    },
    # ================================================================ systems, English
    {
        "slug": "legaljobs_digest", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("LegalJobs UK", "alerts@legaljobs-uk.example.com"),
        "subject": "12 new jobs for \"legal operations\" in Yorkshire",
        "date": "2026-02-06 06:00", "tz": "utc", "form": "alt", "cte": "quoted-printable",
        "headers": {"List-Id": "LegalJobs weekly alerts <weekly.legaljobs-uk.example.com>",
                    "List-Unsubscribe": "<https://legaljobs-uk.example.com/u/83hd7>",
                    **LIST_HEADERS},
        "text": lines(
            "Your weekly job alert",
            "1. Legal Operations Manager - Harrogate - £45k-£52k - interviews w/c 23 Feb\n"
            "2. Contracts Paralegal - Leeds - £27k - apply by Friday\n"
            "3. Legal Project Coordinator - Sheffield - hybrid",
            "Career tip of the week: Dealt with a rejection? Ask for feedback within 48 hours - and\n"
            "use our interview checklist to prepare for the next one.",
            "Unfortunately we couldn't find any new roles in Bradford this week.",
            "You are receiving this because you created a job alert. Unsubscribe:\n"
            "https://legaljobs-uk.example.com/u/83hd7"),
    },
    {
        "slug": "legalops_newsletter", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Legal Ops Insider", "newsletter@legalopsinsider.example.com"),
        "subject": "Legal Ops Insider #58: The offer you should refuse, and how to interview a CLM vendor",
        "date": "2026-03-31 07:30", "tz": "utc", "form": "html", "cte": "quoted-printable",
        "headers": {"List-Id": "Legal Ops Insider <insider.legalopsinsider.example.com>",
                    "List-Unsubscribe": "<mailto:unsubscribe@legalopsinsider.example.com>",
                    "Precedence": "bulk"},
        "text": lines(
            "This week in legal operations",
            "- Why one GC turned down a job offer that looked perfect on paper\n"
            "- We interview three heads of legal ops about CLM vendor selection\n"
            "- Rejection rates for contract requests: what your intake data is telling you",
            "Event: Legal Ops Meetup North, Manchester, 23 April. Tickets are free but limited.",
            "You're receiving this because you subscribed at legalopsinsider.example.com."),
    },
    {
        "slug": "meetup_leeds", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Leeds Legal Network", "events@leedslegalnetwork.example.org"),
        "subject": "This month: mock interviews and a panel on moving in-house",
        "date": "2026-05-14 17:00", "form": "alt", "cte": "7bit",
        "headers": {"List-Id": "Leeds Legal Network members <members.leedslegalnetwork.example.org>",
                    "List-Unsubscribe": "<https://leedslegalnetwork.example.org/unsub>",
                    "Precedence": "list"},
        "text": lines(
            "Hello members,",
            "Our May evening (Thursday 28 May, 6pm, The Tetley) features speed mock interviews\n"
            "with volunteer recruiters, followed by a panel: \"Moving in-house - what nobody tells\n"
            "you\". Places are limited to 40.",
            "RSVP on the website. See you there!",
            "Leeds Legal Network committee"),
    },
    {
        "slug": "parcel_delayed", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("SwiftDrop Parcels", "noreply@swiftdrop.example.co.uk"),
        "subject": "Unfortunately your parcel is delayed",
        "date": "2026-02-12 13:14", "form": "html", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "Unfortunately your parcel (tracking SD48 2210 93GB) is delayed due to severe weather\n"
            "at our Wakefield hub. We've rescheduled delivery for Monday 16 February.",
            "We're sorry for the inconvenience. You can track your parcel or choose a safe place\n"
            "in the SwiftDrop app.",
            "SwiftDrop Parcels"),
    },
    {
        "slug": "bank_position", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Aire & Calder Building Society", "no-reply@airecalder-bs.example.co.uk"),
        "subject": "Your monthly account position",
        "date": "2026-04-01 05:30", "form": "html", "cte": "base64",
        "text": lines(
            "Dear Ms Adeyemi-Ross,",
            "Your account position as at 31 March 2026 is now available in online banking.",
            "Regular Saver (ending 4471): balance £2,340.00\nEasy Access ISA (ending 0932): "
            "balance £6,118.52",
            "We'll never ask you for your password by email.",
            "Aire & Calder Building Society"),
    },
    {
        "slug": "running_position", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("StrideTrack", "notifications@stridetrack.example.com"),
        "subject": "New position on the Roundhay Park 5K leaderboard!",
        "date": "2026-06-14 09:41", "tz": "utc", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Nice run, Nkechi!",
            "You moved up to position 14 on the Roundhay Park 5K segment leaderboard with a time\n"
            "of 26:51. Your GPS position was lost for 200 m near the mansion, so your distance may\n"
            "be slightly short.",
            "Keep it up!\nThe StrideTrack team"),
    },
    {
        "slug": "dentist_moved", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Headingley Dental Care", "no-reply@headingleydental.example.co.uk"),
        "subject": "Your appointment has been rescheduled",
        "date": "2026-03-25 08:30", "form": "plain", "cte": "7bit",
        "text": lines(
            "Dear Nkechi,",
            "Unfortunately Dr Shah is unavailable on Friday 27 March, so your check-up and\n"
            "hygienist appointment has been moved to Tuesday 31 March at 17:20.",
            "If this new time doesn't suit, please call reception on 0113 496 0211. Cancellations\n"
            "with less than 24 hours' notice may be charged.",
            "Headingley Dental Care"),
    },
    {
        "slug": "gym_cancelled", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Kirkstall Leisure", "noreply@kirkstall-leisure.example.co.uk"),
        "subject": "Class cancelled: Legs & Core, Tue 9 June 18:30",
        "date": "2026-06-09 12:02", "form": "plain", "cte": "7bit",
        "text": lines(
            "Hi Nkechi,",
            "Unfortunately tonight's Legs & Core class at 18:30 has been cancelled because the\n"
            "instructor is unwell. Your booking has been cancelled and your credit refunded.",
            "Kirkstall Leisure"),
    },
    {
        "slug": "cilex_course_refused", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("CILEx Law School Admissions", "admissions-noreply@cilexlawschool.example.org.uk"),
        "subject": "Your application: Certificate in Contract Management (Spring intake)",
        "date": "2026-01-19 15:45", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Dear Nkechi,",
            "Thank you for applying for the Certificate in Contract Management (Spring intake).",
            "Unfortunately the course is now fully booked and we are unable to offer you a place\n"
            "on this occasion. You have been added to the waiting list and will be offered a place\n"
            "on the Autumn intake first.",
            "Admissions Team\nCILEx Law School"),
    },
    {
        "slug": "greenhouse_survey", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Orme Castellan Recruiting", "no-reply@greenhouse-mail.io"),
        "subject": "How was your candidate experience with Orme Castellan?",
        "date": "2026-05-12 09:00", "tz": "utc", "form": "html", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "You recently interviewed or applied with Orme Castellan. We'd love to hear about your\n"
            "experience - the survey takes two minutes and is anonymous.",
            "https://survey.greenhouse-mail.io/s/orme-91ab",
            "Thank you!"),
    },
    {
        "slug": "workday_password", "kind": "other", "lang": "en", "company": "", "contact": "",
        "frm": ("Marlowe Provisions", "marloweprovisions@myworkday.com"),
        "subject": "Password reset request for your candidate account",
        "date": "2026-07-15 07:50", "tz": "utc", "form": "plain", "cte": "7bit",
        "text": lines(
            "A password reset was requested for the candidate account nkechi.ar@example.co.uk.",
            "Use this one-time code within 15 minutes: 604 218",
            "If you did not request this, you can ignore this message."),
    },
    # ================================================================ German
    {
        "slug": "own_kessler_application", "kind": "other", "lang": "de", "company": "",
        "contact": "",
        "frm": ME, "to": [("Kessler Brandt Rechtsanwälte", "karriere@kessler-brandt.example.de")],
        "subject": "Bewerbung als Legal Operations Manager (m/w/d) – Nkechi Adeyemi-Ross",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-01-08 20:40", "tz": "uk", "form": "plain", "charset": "utf-8", "cte": "8bit",
        "attach": [CV_PDF_DE],
        "text": lines(
            "Sehr geehrte Damen und Herren,",
            "hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Legal Operations Manager\n"
            "(m/w/d) an Ihrem Standort Frankfurt am Main.",
            "Ich arbeite seit sechs Jahren als Paralegal in einer Kanzlei in Leeds und\n"
            "verantworte dort die Akten- und Fristenverwaltung für das Immobilienteam. Meine\n"
            "Deutschkenntnisse (B1) baue ich derzeit gezielt aus.",
            "Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde\n"
            "ich mich sehr freuen.", ME_SIG_DE),
    },
    {
        "slug": "own_mainstrom_decline", "kind": "other", "lang": "de", "company": "",
        "contact": "",
        "frm": ME, "to": [("Jana Würtz", "jana.wuertz@" + MAINSTROM)],
        "cc": [("Dr. Katrin Vogel", "katrin.vogel@" + MAINSTROM)],
        "subject": "AW: Angepasstes Vertragsangebot",
        "reply_of": "mainstrom_offer_revised", "quote": True,
        "date": "2026-07-17 08:30", "tz": "uk", "form": "plain", "charset": "utf-8",
        "cte": "quoted-printable",
        "text": lines(
            "Sehr geehrte Frau Würtz, sehr geehrte Frau Dr. Vogel,",
            "vielen Dank für Ihr großzügiges Angebot und das Vertrauen, das Sie mir\n"
            "entgegenbringen. Nach langer Überlegung habe ich mich entschieden, eine Stelle in\n"
            "Leeds anzunehmen, vor allem aus familiären Gründen.",
            "Ich muss Ihr Angebot daher leider ablehnen. Der Austausch mit Ihrem Team hat mir\n"
            "sehr viel Freude gemacht, und ich hoffe, dass sich unsere Wege noch einmal kreuzen.",
            ME_SIG_DE),
    },
    {
        "slug": "jobletter_rheinmain", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Jobletter Rhein-Main", "newsletter@jobletter-rheinmain.example.de"),
        "subject": "Ihr Jobletter: 9 neue Stellen für \"Vertragsmanagement\"",
        "date": "2026-04-10 07:00", "form": "html", "cte": "quoted-printable",
        "headers": {"List-Id": "Jobletter Rhein-Main <jobletter.rheinmain.example.de>",
                    "List-Unsubscribe": "<https://jobletter-rheinmain.example.de/abmelden>",
                    "Precedence": "bulk"},
        "text": lines(
            "Guten Morgen!",
            "Neue Stellen der Woche:\n- Vertragsmanager (m/w/d), Offenbach\n"
            "- Legal Counsel Einkauf, Eschborn\n- Referent Recht & Compliance, Darmstadt",
            "Karriere-Tipp: Eine Absage ist kein Urteil über Sie. So bereiten Sie Ihr nächstes\n"
            "Vorstellungsgespräch vor – mit unserer Checkliste für das Interview.",
            "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: siehe unten."),
    },
    {
        "slug": "friend_lena_absage", "kind": "other", "lang": "de", "company": "",
        "contact": "lena.hoffmann@example.de",
        "frm": ("Lena Hoffmann", "lena.hoffmann@example.de"),
        "subject": "Absage von der Bank :(",
        "date": "2026-05-29 21:12", "form": "plain", "charset": "utf-8", "cte": "8bit",
        "text": lines(
            "Hallo Nkechi,",
            "kurzes Update von mir: Die Bank hat mir heute abgesagt, nach drei Runden! Sie haben\n"
            "sich für einen internen Kandidaten entschieden. Ich bin ziemlich geknickt.",
            "Wie läuft's bei dir mit Frankfurt? Wenn du im Juli wirklich herkommst, müssen wir\n"
            "unbedingt Äppler trinken gehen.",
            "Liebe Grüße\nLena"),
    },
    {
        "slug": "vhs_deutschkurs", "kind": "other", "lang": "de", "company": "", "contact": "",
        "frm": ("Volkshochschule Frankfurt – Anmeldung", "noreply@vhs-frankfurt.example.de"),
        "name_enc": ("q", "windows-1252"),
        "subject": "Ihre Anmeldung: Deutsch B2 online (Kurs 26S-4410)",
        "date": "2026-04-30 10:15", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Sehr geehrte Frau Adeyemi-Ross,",
            "vielen Dank für Ihre Anmeldung zum Kurs Deutsch B2 online (26S-4410).",
            "Leider ist der Kurs bereits ausgebucht, sodass wir Ihnen keinen Platz anbieten\n"
            "können. Sie stehen auf Platz 3 der Warteliste. Wir informieren Sie, sobald ein Platz\n"
            "frei wird.",
            "Mit freundlichen Grüßen\nIhre Volkshochschule Frankfurt"),
    },
    # ================================================================ French
    {
        "slug": "own_dumont_confirm", "kind": "other", "lang": "fr", "company": "",
        "contact": "",
        "frm": ME, "to": [("Élodie Marchal", "e.marchal@dumontlefevre.example.be")],
        "subject": "RE: Convocation à un entretien – Dumont Lefèvre",
        "subj_enc": ("q", "utf-8"),
        "reply_of": "dumont_invite", "quote": True,
        "date": "2026-02-19 07:55", "tz": "uk", "form": "plain", "charset": "utf-8",
        "cte": "quoted-printable",
        "text": lines(
            "Madame Marchal,",
            "Je vous remercie pour votre message et vous confirme avec plaisir ma disponibilité\n"
            "pour l'entretien du jeudi 26 février à 14h30 en visio.",
            ME_SIG_FR),
    },
    {
        "slug": "own_lexibel_apology", "kind": "other", "lang": "fr", "company": "",
        "contact": "",
        "frm": ME, "to": [("Thibault Renard", "thibault@lexibel.example.be")],
        "subject": "Re: On t'a attendue ce matin",
        "reply_of": "lexibel_missed", "quote": True,
        "date": "2026-04-21 12:15", "tz": "uk", "form": "plain", "charset": "utf-8",
        "cte": "quoted-printable",
        "text": lines(
            "Bonjour Thibault,",
            "Toutes mes excuses ! C'était bien le décalage horaire : je m'étais connectée à 11h\n"
            "heure de Leeds. Je suis vraiment désolée pour le temps perdu.",
            "Je suis disponible jeudi ou vendredi à n'importe quelle heure si tu veux bien me\n"
            "proposer un autre créneau.",
            "Nkechi"),
    },
    {
        "slug": "vernet_approach", "kind": "other", "lang": "fr", "company": "",
        "contact": "claire@vernet-recrutement.example.be",
        "frm": ("Claire Vernet", "claire@vernet-recrutement.example.be"),
        "subject": "Votre profil – opportunités en gestion contractuelle à Bruxelles",
        "subj_enc": ("q", "windows-1252"),
        "date": "2026-05-25 09:40", "form": "plain", "charset": "windows-1252", "cte": "8bit",
        "text": lines(
            "Bonjour Madame Adeyemi-Ross,",
            "Je me permets de vous contacter car votre profil a retenu mon attention sur ProLink.\n"
            "Notre cabinet accompagne plusieurs directions juridiques bruxelloises (banque,\n"
            "énergie, pharma) qui recherchent des profils bilingues en gestion contractuelle.",
            "Seriez-vous ouverte à un premier échange informel cette semaine ou la suivante ?",
            "Bien à vous,\nClaire Vernet\nFondatrice – Cabinet Vernet Recrutement\n"
            "Avenue de Tervueren 12, 1040 Bruxelles\n+32 2 733 90 12"),
    },
    {
        "slug": "lettre_juristes", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "frm": ("La Lettre des Juristes d'Entreprise", "lettre@juristes-entreprise.example.be"),
        "subject": "N° 212 – Entretien avec une directrice juridique, refus de CLM et salaires 2026",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-03-13 06:30", "form": "html", "cte": "quoted-printable",
        "headers": {"List-Id": "La Lettre des Juristes <lettre.juristes-entreprise.example.be>",
                    "List-Unsubscribe": "<https://juristes-entreprise.example.be/desinscription>",
                    "Precedence": "bulk"},
        "text": lines(
            "Au sommaire de ce numéro",
            "- Entretien : « Pourquoi j'ai refusé l'offre d'un grand cabinet »\n"
            "- Legal operations : les refus de déploiement d'outils CLM, une fatalité ?\n"
            "- Enquête salaires 2026 des juristes d'entreprise en Belgique",
            "Malheureusement, notre conférence du 26 mars est complète.",
            "Vous recevez cette lettre car vous y êtes abonné(e). Se désinscrire."),
    },
    {
        "slug": "alerte_emploi_bxl", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "frm": ("EmploiJuridique.be", "alertes@emploijuridique.example.be"),
        "subject": "Alerte emploi : 8 nouvelles offres « juriste contrats » à Bruxelles",
        "subj_enc": ("b", "utf-8"),
        "date": "2026-04-24 07:05", "form": "alt", "cte": "quoted-printable",
        "headers": {"List-Id": "Alertes EmploiJuridique <alertes.emploijuridique.example.be>",
                    "List-Unsubscribe": "<https://emploijuridique.example.be/alertes/stop>",
                    **LIST_HEADERS},
        "text": lines(
            "Bonjour,",
            "Voici les nouvelles offres correspondant à votre alerte :\n"
            "- Juriste contrats (H/F/X) – Bruxelles – entretiens dès mai\n"
            "- Contract manager – Zaventem\n- Paralegal bilingue FR/EN – Ixelles",
            "Conseil carrière : comment rebondir après un refus et préparer votre prochain\n"
            "entretien d'embauche.",
            "Pour ne plus recevoir ces alertes, cliquez ici."),
    },
    {
        "slug": "radio_campus", "kind": "other", "lang": "fr", "company": "",
        "contact": "amandine@radiocampus-bxl.example.be",
        "frm": ("Amandine Goffin", "amandine@radiocampus-bxl.example.be"),
        "subject": "Demande d'interview pour l'émission « Métiers du droit »",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-06-18 13:50", "form": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": lines(
            "Bonjour Nkechi,",
            "Je prépare une émission de Radio Campus Bruxelles sur les nouveaux métiers du droit\n"
            "(legal ops, legal design…). Une amie commune, Sophie, m'a parlé de votre parcours.",
            "Accepteriez-vous une interview de 15 minutes par téléphone, enregistrée la semaine\n"
            "du 29 juin ?",
            "Merci d'avance,\nAmandine Goffin\nRadio Campus Bruxelles"),
    },
    {
        "slug": "colis_retarde", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "frm": ("ColisExpress", "ne-pas-repondre@colisexpress.example.fr"),
        "subject": "Malheureusement, votre colis est retardé",
        "date": "2026-06-25 10:22", "form": "html", "cte": "quoted-printable",
        "text": lines(
            "Bonjour,",
            "Malheureusement, votre colis n° CX 7741 0092 FR est retardé suite à un incident\n"
            "technique sur notre plateforme de Lille. Une nouvelle date de livraison vous sera\n"
            "communiquée sous 48 heures.",
            "Nous vous prions de nous excuser pour ce contretemps.",
            "Le service client ColisExpress"),
    },
    {
        "slug": "formation_refus", "kind": "other", "lang": "fr", "company": "", "contact": "",
        "frm": ("Institut Bruxellois de Formation Juridique", "inscriptions-noreply@ibfj.example.be"),
        "subject": "Votre inscription au certificat en gestion des contrats",
        "date": "2026-08-27 15:00", "form": "alt", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Madame,",
            "Nous avons bien reçu votre demande d'inscription au certificat interuniversitaire en\n"
            "gestion des contrats (session 2026-2027).",
            "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue :\n"
            "le nombre de places est limité à 25 et priorité a été donnée aux juristes exerçant\n"
            "en Belgique.",
            "Le secrétariat des inscriptions"),
    },
    {
        "slug": "visite_appartement", "kind": "other", "lang": "fr", "company": "",
        "contact": "s.peeters@immo-chatelain.example.be",
        "frm": ("Sébastien Peeters", "s.peeters@immo-chatelain.example.be"),
        "subject": "Visite appartement rue du Bailli – samedi 11h",
        "subj_enc": ("q", "windows-1252"),
        "date": "2026-06-05 16:40", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Bonjour Madame,",
            "Je vous confirme la visite de l’appartement 1 chambre, rue du Bailli 58 à Ixelles,\n"
            "ce samedi 13 juin à 11h00. Le propriétaire sera présent.",
            "Merci de prévoir une copie de votre pièce d’identité et une preuve de revenus.",
            "Cordialement,\nSébastien Peeters\nImmo Châtelain – Agence d’Ixelles\n+32 2 538 44 10"),
    },
    # ================================================================ Spanish
    {
        "slug": "own_arrieta_application", "kind": "other", "lang": "es", "company": "",
        "contact": "",
        "frm": ME, "to": [("Selección Arrieta & Solano", "seleccion@arrietasolano.example.es")],
        "subject": "Candidatura: Legal Operations Specialist – Nkechi Adeyemi-Ross",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-02-20 21:30", "tz": "uk", "form": "plain", "charset": "utf-8",
        "cte": "quoted-printable", "attach": [CV_PDF_ES],
        "text": lines(
            "Estimados señores:",
            "Les escribo para presentar mi candidatura al puesto de Legal Operations Specialist\n"
            "publicado en su web.",
            "Trabajo desde hace seis años como paralegal en un despacho de Leeds, donde coordino\n"
            "la gestión de expedientes y contratos del área inmobiliaria. Adjunto mi currículum.",
            "Quedo a su disposición para ampliar cualquier información.", ME_SIG_ES),
    },
    {
        "slug": "own_arrieta_sorry", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ME, "to": [("Lucía Ferrández", "lferrandez@arrietasolano.example.es")],
        "subject": "RE: No hemos podido conectar contigo",
        "reply_of": "arrieta_missed", "quote": True,
        "date": "2026-03-10 17:20", "tz": "uk", "form": "plain", "charset": "utf-8",
        "cte": "quoted-printable",
        "text": lines(
            "Hola Lucía:",
            "Te pido mil disculpas. Me confundí con la diferencia horaria y pensé que eran las\n"
            "16:30 hora de Leeds. Sigo muy interesada en el puesto.",
            "¿Sería posible buscar otro momento? Estoy disponible el jueves o el viernes a\n"
            "cualquier hora.", ME_SIG_ES),
    },
    {
        "slug": "own_pactum_thanks", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ME, "to": [("Iñaki Beltrán", "ibeltran@pactum.example.es")],
        "subject": "Gracias por la entrevista de hoy",
        "date": "2026-03-23 18:45", "tz": "uk", "form": "alt", "charset": "utf-8",
        "cte": "quoted-printable",
        "text": lines(
            "Hola Iñaki:",
            "Muchas gracias a ti y a Elena por la conversación de hoy. Me ha gustado mucho conocer\n"
            "cómo organizáis la cartera de contratos de vuestros clientes del sector retail.",
            "Quedo a la espera de vuestras noticias.", ME_SIG_ES),
    },
    {
        "slug": "empleo_legal_digest", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ("Empleo Legal Madrid", "alertas@empleolegal.example.es"),
        "subject": "15 ofertas nuevas: gestión de contratos en Madrid",
        "date": "2026-03-27 08:00", "form": "html", "cte": "quoted-printable",
        "headers": {"List-Id": "Alertas Empleo Legal <alertas.empleolegal.example.es>",
                    "List-Unsubscribe": "<https://empleolegal.example.es/baja>",
                    "Precedence": "bulk"},
        "text": lines(
            "Hola Nkechi:",
            "Estas son las ofertas nuevas de tu alerta:\n- Gestor/a de contratos – Alcobendas\n"
            "- Legal Operations Analyst – Madrid centro\n- Paralegal con inglés – Las Rozas",
            "Consejo de la semana: cómo afrontar el rechazo tras una entrevista de trabajo y qué\n"
            "responder cuando te dicen \"lamentablemente, hemos elegido a otro candidato\".",
            "Para darte de baja, pulsa aquí."),
    },
    {
        "slug": "boletin_legaltech", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ("Boletín Legaltech España", "boletin@legaltech-es.example.es"),
        "subject": "Boletín #41: entrevista a la fundadora de Contratia y oferta de entradas",
        "subj_enc": ("b", "utf-8"),
        "date": "2026-05-08 07:15", "form": "alt", "cte": "base64",
        "headers": {"List-Id": "Boletin Legaltech <boletin.legaltech-es.example.es>",
                    "List-Unsubscribe": "<mailto:baja@legaltech-es.example.es>",
                    "Precedence": "bulk"},
        "text": lines(
            "En este número:",
            "- Entrevista: la fundadora de Contratia nos cuenta cómo levantaron su ronda semilla\n"
            "- Oferta especial: 30 % de descuento en entradas para Legal Innovation Madrid\n"
            "- Por qué tantos despachos rechazan la automatización de contratos",
            "Recibes este boletín porque te suscribiste en legaltech-es.example.es."),
    },
    {
        "slug": "banco_posicion", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ("Banco Ribera", "notificaciones@bancoribera.example.es"),
        "subject": "Tu posición global a 30 de junio",
        "subj_enc": ("q", "iso-8859-1"),
        "date": "2026-07-01 06:10", "form": "html", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Hola Nkechi:",
            "Ya puedes consultar tu posición global a 30 de junio de 2026 en la app y en la banca\n"
            "online: cuenta no residente, tarjeta de débito y depósito a plazo.",
            "Recuerda que nunca te pediremos tus claves por correo electrónico.",
            "Banco Ribera"),
    },
    {
        "slug": "friend_carla_rechazo", "kind": "other", "lang": "es", "company": "",
        "contact": "carla.mendez@example.es",
        "frm": ("Carla Méndez", "carla.mendez@example.es"),
        "subject": "me han rechazado en el bufete :(",
        "date": "2026-04-18 23:05", "form": "plain", "charset": "utf-8", "cte": "8bit",
        "text": lines(
            "¡Hola guapa!",
            "Te cuento: el bufete de Valencia me ha rechazado después de la segunda entrevista.\n"
            "Dicen que buscaban a alguien con más experiencia en concursal. Estoy un poco de bajón.",
            "¿Y tú qué tal con lo de Madrid? ¿Te han dicho algo los de Pactum?",
            "Besos,\nCarla"),
    },
    {
        "slug": "paquete_retraso", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ("Envíos Rápidos", "no-responder@enviosrapidos.example.es"),
        "subject": "Tu pedido llegará con retraso",
        "date": "2026-07-23 11:40", "form": "html", "cte": "quoted-printable",
        "text": lines(
            "Hola Nkechi:",
            "Lamentablemente tu pedido n.º 55-201934 llegará con retraso por una incidencia en\n"
            "el transporte internacional. La nueva fecha estimada de entrega es el 29 de julio.",
            "Sentimos las molestias.",
            "Atención al cliente de Envíos Rápidos"),
    },
    {
        "slug": "consulado_cita", "kind": "other", "lang": "es", "company": "", "contact": "",
        "frm": ("Cita previa – Consulado", "citaprevia-noreply@consulado-mcr.example.es"),
        "name_enc": ("q", "utf-8"),
        "subject": "Su cita ha sido cancelada",
        "date": "2026-06-11 09:00", "form": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": lines(
            "Estimada Sra. Adeyemi-Ross:",
            "Le informamos de que su cita del día 16/06/2026 a las 10:30 para el trámite\n"
            "\"Legalización de documentos\" ha sido cancelada por motivos organizativos.",
            "Puede solicitar una nueva cita a través del sistema de cita previa.",
            "Este mensaje se ha generado automáticamente. No responda a este correo."),
    },
    {
        "slug": "podcast_derecho", "kind": "other", "lang": "es", "company": "",
        "contact": "pablo@derechoytecnologia.example.es",
        "frm": ("Pablo Urquijo", "pablo@derechoytecnologia.example.es"),
        "subject": "¿Te entrevistamos en el podcast Derecho y Tecnología?",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-09-29 12:30", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hola Nkechi:",
            "Soy Pablo, presentador de Derecho y Tecnología. Estamos preparando un episodio sobre\n"
            "legal operations en empresas de distribución y nos encantaría entrevistarte sobre tu\n"
            "nuevo puesto en Marlowe Provisions.",
            "Serían unos 30 minutos por videollamada, en inglés o en español, como prefieras.",
            "¡Gracias!\nPablo Urquijo"),
    },
    {
        "slug": "alvaro_ooo", "kind": "other", "lang": "es", "company": "",
        "contact": "alvaro@talentojuridico.example.es",
        "frm": ("Álvaro Peñalver", "alvaro@talentojuridico.example.es"),
        "name_enc": ("q", "windows-1252"),
        "subject": "Respuesta automática: disponibilidad entrevista",
        "subj_enc": ("q", "windows-1252"),
        "date": "2026-06-09 08:01",
        "headers": {"Auto-Submitted": "auto-replied"},
        "form": "plain", "charset": "windows-1252", "cte": "quoted-printable",
        "text": lines(
            "Gracias por tu mensaje. Estaré fuera de la oficina hasta el 11 de junio, con acceso\n"
            "limitado al correo.",
            "Para cualquier asunto urgente puedes escribir a info@talentojuridico.example.es.",
            "Álvaro Peñalver – Talento Jurídico"),
    },
]
