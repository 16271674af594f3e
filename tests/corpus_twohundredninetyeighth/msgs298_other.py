"""Corpus 298, `other`: the candidate's own mail, newsletters, alerts and everyday traps.

Written blind by hand. Many use job words (interview, rejection, position, unfortunately)
without being job events for Yuki.
"""

from __future__ import annotations

from msgs298_common import SIG_YUKI, YUKI, M, bulk_headers, digest_html, digest_text

HOLLIS = ("Rob Kettering", "rob.kettering@hollispenrose.example.co.uk")
PRIYA = ("Priya Raman", "priya.raman@quillpay.example.co.uk")
OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

CV_LINES = ["Yuki Tanabe-Schmidt - UX Writer / Content Designer",
            "London | yuki.ts@example.co.uk | +44 7700 900418",
            "Experience: 7 years writing and designing content for digital products.",
            "2022-now: Senior UX Writer, consumer banking app (London)",
            "2019-2022: Content Designer, online travel agency (London)",
            "Languages: English, German, Japanese; working French and Spanish."]

HW_ITEMS = [
    ("Lead Content Designer - Fintech - London (hybrid)",
     "GBP 70-80k. Apply before the interview slots fill up."),
    ("Content Design Manager - Public sector - Manchester",
     "Posted 2 days ago. 31 applicants. Easy apply."),
    ("Senior UX Writer - E-commerce - Amsterdam",
     "English-speaking team. Visa sponsorship available."),
]
LETTER_ITEMS = [
    ("Rejection is data: what 60 content designers learned from 'no'",
     "Unfortunately most of us take it personally. Here's a better way."),
    ("The interview question that trips up content leads",
     "How to answer 'tell me about a time you disagreed with a PM'."),
    ("Salary survey 2026: content design in the UK and EU", "Fill it in, get the results."),
]
GLASS_ITEMS = [
    ("Interview experience at a London fintech: 'four rounds, then silence'",
     "Rated 2.1 - candidates describe the process."),
    ("'Unfortunately we have decided...' - how companies phrase rejections",
     "Our editors read 1,000 rejection emails so you don't have to."),
    ("Top-rated employers for design teams in Manchester", "Based on 12,400 reviews."),
]
JF_ITEMS = [
    ("Senior Content Designer (m/w/d) – Hamburg",
     "Bewerbungsfrist 30.04. – Vorstellungsgespräche ab Mai."),
    ("UX Writer:in – Berlin / remote", "Schnellbewerbung mit Lebenslauf möglich."),
    ("Tipps: Was tun nach einer Absage?",
     "Unser Ratgeber zum Umgang mit Absagen im Bewerbungsprozess."),
]
FR_ITEMS = [
    ("Entretien d'embauche : les 7 questions à préparer", "Notre guide pour les UX writers."),
    ("Refus après entretien : faut-il demander un retour ?", "Témoignages de recruteurs."),
    ("Offres de la semaine : Content Designer (Paris, Lyon, Nantes)", "12 nouvelles offres."),
]
ES_ITEMS = [
    ("Content Designer Senior – Madrid (híbrido)", "Publicada hace 3 días · 45 candidaturas."),
    ("UX Writer – Barcelona – Remoto parcial", "Entrevistas en mayo. Solicitud sencilla."),
    ("Cómo superar un rechazo en tu búsqueda de empleo", "Artículo del blog de Empleo Claro."),
]

MESSAGES = [
    # ================================================================ Yuki's own mail, English
    M("yuki_apply_fieldnote", "other", "en", "2026-01-08 21:14 +0000", YUKI,
      "Application: Content Design Lead - Yuki Tanabe-Schmidt",
      "Dear Ada,\n\n"
      "I'd like to apply for the Content Design Lead role advertised on your website. I'm a "
      "UX writer with seven years' experience in banking and travel products, and I've "
      "admired Fieldnote's work for charities for a long time.\n\n"
      "My CV is attached and my portfolio is at yukits.example.co.uk. I would be glad to "
      "talk about how I could help your clients.\n\n"
      "Kind regards,\n" + SIG_YUKI,
      to=[("Ada Whitcombe", "ada@fieldnote.example.co.uk")],
      pdf=[("Yuki_Tanabe-Schmidt_CV.pdf", CV_LINES)]),
    M("yuki_apply_fernhill", "other", "en", "2026-06-14 19:40 +0100", YUKI,
      "Application - Content Design Lead",
      "Hi Callum,\n\n"
      "Please find attached my application for the Content Design Lead role at Fernhill "
      "Digital. I've spent the last few years leading content on a banking app in London "
      "and would love to move north and into an agency setting.\n\n"
      "Portfolio: yukits.example.co.uk (password: fernhill)\n\n"
      "Best wishes,\nYuki",
      to=[("Callum Reid", "callum@fernhill.example.co.uk")],
      pdf=[("CV_Yuki_Tanabe-Schmidt_2026.pdf", CV_LINES)]),
    M("yuki_confirm_harbourvine", "other", "en", "2026-05-06 12:02 +0100", YUKI,
      "RE: Interview - Content Lead, Harbour & Vine",
      "Dear Leah,\n\nThank you for the invitation - Thursday 14 May at 11:00 suits me "
      "well. I look forward to meeting you and Jo.\n\nKind regards,\nYuki",
      to=[("Leah Dunmore", "leah.dunmore@harbourandvine.example.co.uk")],
      reply="harbourvine_invite", quote="ol-en"),
    M("yuki_resched_brightledger", "other", "en", "2026-03-05 12:47 +0000", YUKI,
      "Re: Brightledger x Yuki - first call?",
      "Hi Sanne,\n\n"
      "Thanks so much for reaching out! Unfortunately I'm travelling on both of those days. "
      "Would it be possible to do Thursday 12 March instead, any time after 13:00 CET? "
      "Sorry to be awkward.\n\nBest,\nYuki",
      to=[("Sanne de Wit", "sanne.dewit@brightledger.example.nl")], reply="bl_invite",
      quote="en"),
    M("yuki_sorry_paysail", "other", "en", "2026-08-10 12:15 +0100", YUKI,
      "Re: We missed you today",
      "Hi Georgia,\n\n"
      "I'm so sorry I missed your call this morning - my phone had switched itself to "
      "aeroplane mode after an update and I only noticed at 11. Entirely my fault.\n\n"
      "I'd still very much like to talk. I'm free any time tomorrow or on Wednesday "
      "morning.\n\nApologies again,\nYuki",
      to=[("Georgia Mills", "georgia.mills@paysail.example.co.uk")],
      reply="paysail_missed", quote="en"),
    M("yuki_followup_ledgerlight", "other", "en", "2026-05-11 09:02 +0100", YUKI,
      "Lead Content Designer (JR-1182) - following up",
      "Dear Ledgerlight Talent team,\n\n"
      "I applied for the Lead Content Designer role (JR-1182) on 29 April and wanted to "
      "check whether there is any update on the timeline. I remain very interested in the "
      "position.\n\nMany thanks,\n" + SIG_YUKI,
      to=[("Ledgerlight Talent", "talent@ledgerlight.example.co.uk")]),

    # ================================================================ humans, English
    M("hollis_cold", "other", "en", "2026-04-01 08:30 +0100", HOLLIS,
      "Head of Content role (fintech, Shoreditch)",
      "Hi Yuki,\n\n"
      "I hope you don't mind me reaching out out of the blue - your profile came up when I "
      "was searching for senior content designers with payments experience.\n\n"
      "I'm working with a well-funded fintech in Shoreditch (I can share the name once we've "
      "spoken) that is hiring its first Head of Content. Package is around GBP 85k plus "
      "equity.\n\n"
      "Would you be open to a quick chat this week to see if it's of interest?\n\n"
      "Best,\nRob\n\nRob Kettering\nSenior Consultant - Digital & Product\nHollis & Penrose",
      contact="rob.kettering@hollispenrose.example.co.uk"),
    M("ooo_hollis", "other", "en", "2026-08-17 09:00 +0100", HOLLIS,
      "Automatic reply: Tallyhive interview - quick question",
      "Thanks for your email. I'm on annual leave until Monday 24 August with limited access "
      "to email.\n\n"
      "If your message is about an interview this week, please contact my colleague Amy "
      "Brook on amy.brook@hollispenrose.example.co.uk or 020 7946 0884.\n\nRob",
      contact="rob.kettering@hollispenrose.example.co.uk", headers=OOO),
    M("ooo_priya", "other", "en", "2026-01-30 13:06 +0000", PRIYA,
      "Out of office: Re: Quillpay - let's chat about the Senior Content Designer role",
      "Hi, I'm out of the office until 2 February with no access to email. For anything "
      "urgent about an interview or offer, please email talent@quillpay.example.co.uk.\n\n"
      "Thanks,\nPriya",
      contact="priya.raman@quillpay.example.co.uk", reply="qp_yuki_thanks",
      headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),
    M("podcast_invite", "other", "en", "2026-05-19 14:25 +0100",
      ("Maddie Fenwick", "maddie@wordsatwork.example.fm"),
      "Interview for the Words at Work podcast?",
      "Hi Yuki,\n\n"
      "I host Words at Work, a small podcast about writing inside tech companies. I heard "
      "your talk at the Content Design London meetup and would love to interview you for an "
      "episode - about 40 minutes, recorded remotely, whenever suits you in June.\n\n"
      "No pressure at all; just reply if you're up for it and I'll send a few dates.\n\n"
      "Cheers,\nMaddie",
      contact="maddie@wordsatwork.example.fm"),
    M("radio_interview", "other", "en", "2026-09-22 11:40 +0100",
      ("Tariq Hussain", "tariq.hussain@radiothameside.example.co.uk"),
      "Radio Thameside - interview request: AI and the future of writing jobs",
      "Hi Yuki,\n\n"
      "I'm a producer on the Drivetime show at Radio Thameside. We're doing a segment on "
      "Thursday about whether AI will replace writers, and a colleague suggested you as a "
      "guest. It would be a 6-minute live interview by phone at around 17:40.\n\n"
      "Would you be available? I can give you a quick call beforehand to run through the "
      "questions.\n\nBest,\nTariq Hussain\nProducer, Drivetime - Radio Thameside\n"
      "020 7946 0509",
      contact="tariq.hussain@radiothameside.example.co.uk"),
    M("landlord_viewing", "other", "en", "2026-06-26 10:05 +0100",
      ("Becky Sloane", "becky.sloane@northquarterlettings.example.co.uk"),
      "Viewing - Flat 3, 18 Jersey Street, Ancoats",
      "Hi Yuki,\n\n"
      "Thanks for your enquiry about the one-bed flat on Jersey Street. I can confirm a "
      "viewing on Saturday 4 July at 11:30. Please bring photo ID; if you decide to go "
      "ahead, we'll need proof of income and a reference from your current landlord.\n\n"
      "Unfortunately the landlord won't accept pets at this property.\n\n"
      "Kind regards,\nBecky Sloane\nNorth Quarter Lettings",
      contact="becky.sloane@northquarterlettings.example.co.uk"),
    M("friend_rejection", "other", "en", "2026-04-17 22:31 +0100",
      ("Hamish Doyle", "hamish.doyle@example.org.uk"),
      "ugh",
      "Yuki,\n\n"
      "Got the rejection from Ledgerlight today. Third final-round no this year. They said "
      "they're 'moving forward with candidates whose experience more closely matches' - "
      "after FOUR interviews! I'm going to take a week off applying and just sulk.\n\n"
      "Drinks on Friday? I need to hear about your APB interview, it sounds like it went "
      "well.\n\nH x",
      contact="hamish.doyle@example.org.uk"),
    M("friend_fwd_invite", "other", "en", "2026-07-03 18:20 +0100",
      ("Priti Shah", "priti.shah@example.net"),
      "Fwd: Interview invitation - Senior Content Designer",
      "Look!! My first interview in months. It's on Tuesday - any tips for a panel at a "
      "council digital team? You did Greyhaven, right? Will buy you coffee in return.\n\n"
      "P",
      contact="priti.shah@example.net",
      fwd=M("priti_inner", "", "en", "2026-07-03 16:02 +0100",
            ("Kim Ashworth", "kim.ashworth@tameside-digital.example.gov.uk"),
            "Interview invitation - Senior Content Designer",
            "Dear Priti,\n\n"
            "Thank you for applying for the Senior Content Designer post. I am pleased to "
            "invite you to an interview on Tuesday 7 July at 10:00 at our offices. The panel "
            "will be me and the Service Owner.\n\nKind regards,\nKim Ashworth",
            to=[("Priti Shah", "priti.shah@example.net")])),

    # ================================================================ systems, English
    M("digest_hirewire", "other", "en", "2026-03-03 06:00 +0000",
      ("HireWire Job Alerts", "alerts@hirewire.example.com"),
      "3 new jobs for 'content design lead' - plus: how to handle rejection",
      digest_text("Your daily job alert", "New jobs matching 'content design lead', London.",
                  HW_ITEMS, "You are receiving this alert because you subscribed at "
                  "hirewire.example.com. Unsubscribe: https://hirewire.example.com/u/9921"),
      html=digest_html("Your daily job alert", "New jobs matching 'content design lead', "
                       "London.", HW_ITEMS, "Unsubscribe: https://hirewire.example.com/u/9921"),
      fmt="alt", headers=bulk_headers("HireWire alerts <alerts.hirewire.example.com>",
                                      "https://hirewire.example.com/u/9921")),
    M("newsletter_contentletter", "other", "en", "2026-04-09 07:30 +0100",
      ("The Content Design Letter", "newsletter@contentletter.example.com"),
      "Issue #112: Rejection, interviews and the salary survey",
      digest_text("The Content Design Letter - #112", "This week: rejection, interviews and "
                  "why unfortunately is the worst word in UX.", LETTER_ITEMS,
                  "You're getting this because you subscribed. Unsubscribe any time."),
      html=digest_html("The Content Design Letter - #112", "This week: rejection, "
                       "interviews and why unfortunately is the worst word in UX.",
                       LETTER_ITEMS, "Unsubscribe any time."),
      fmt="alt", headers=bulk_headers("The Content Design Letter <letter.contentletter."
                                      "example.com>", "mailto:unsubscribe@contentletter."
                                      "example.com?subject=unsubscribe")),
    M("glassdoor_digest", "other", "en", "2026-06-30 05:45 +0000",
      ("Workplace Voices", "digest@workplacevoices.example.com"),
      "Interview experiences people are reading this week",
      "",
      html=digest_html("This week on Workplace Voices", "Reviews, interview experiences and "
                       "salaries from people like you.", GLASS_ITEMS,
                       "Workplace Voices, 100 Example Road. Manage email preferences."),
      fmt="html", headers=bulk_headers("Workplace Voices weekly <weekly.workplacevoices."
                                       "example.com>", "https://workplacevoices.example.com/"
                                       "unsubscribe?u=yts")),
    M("webinar_panel", "other", "en", "2026-08-25 15:00 +0100",
      ("CareerLift Academy", "news@careerlift.example.com"),
      "Free webinar: how to ace your panel interview (and bounce back from rejection)",
      "Hi Yuki,\n\n"
      "Panel interviews can feel like an interrogation. Join our free 45-minute webinar on "
      "Wednesday 2 September at 12:30 to learn:\n\n"
      "- how to prepare answers for a panel interview\n"
      "- what to do when you hear 'unfortunately we won't be moving forward'\n"
      "- how to negotiate a job offer\n\n"
      "Save your seat: https://careerlift.example.com/webinars/panel\n\n"
      "The CareerLift team\n\nUnsubscribe: https://careerlift.example.com/unsub",
      fmt="alt", brand="CareerLift Academy", accent="#db2777",
      headers=bulk_headers("CareerLift news <news.careerlift.example.com>",
                           "https://careerlift.example.com/unsub")),
    M("meetup_mock", "other", "en", "2026-02-13 12:00 +0000",
      ("UX Writers London", "info@uxwriterslondon.example.org"),
      "Next meetup: mock interview night (26 Feb)",
      "Hello writers,\n\n"
      "Our February meetup is a mock interview night. Bring a portfolio piece and practise "
      "answering interview questions with a hiring manager from a real content team. "
      "Rejections are on us: you'll get honest feedback in a safe room.\n\n"
      "Thursday 26 February, 18:30, The Word Factory, 8 Clerkenwell Green.\n"
      "RSVP: https://uxwriterslondon.example.org/events/feb\n\n"
      "See you there,\nThe organisers\n\n"
      "You receive this because you joined UX Writers London. Leave the list: "
      "https://uxwriterslondon.example.org/leave",
      headers=bulk_headers("UX Writers London <members.uxwriterslondon.example.org>",
                           "https://uxwriterslondon.example.org/leave")),
    M("userresearch_bank", "other", "en", "2026-05-28 13:00 +0100",
      ("Northway Bank Research", "no-reply@research.northwaybank.example.co.uk"),
      "Take part in a 30-minute research interview (GBP 40 voucher)",
      "Dear customer,\n\n"
      "We're redesigning how the Northway app shows your spending. We'd like to invite you "
      "to a 30-minute user research interview by video call, between 8 and 19 June.\n\n"
      "As a thank you, you'll receive a GBP 40 gift voucher. Book a slot here: "
      "https://research.northwaybank.example.co.uk/book/y7\n\n"
      "Places are limited. This is not a marketing email; you can opt out of research "
      "invitations in the app.\n\nNorthway Bank UX Research",
      fmt="html", brand="Northway Bank", accent="#005eb8"),
    M("parcel_delayed", "other", "en", "2026-03-26 07:14 +0000",
      ("SwiftParcel", "noreply@swiftparcel.example.co.uk"),
      "Unfortunately your parcel is delayed",
      "Hi Yuki,\n\n"
      "Unfortunately your parcel SP-2298-4410-GB is delayed because of high volumes at our "
      "Manchester hub. Your new estimated delivery date is Monday 30 March.\n\n"
      "We're sorry for the inconvenience. You can track your parcel or change your "
      "delivery at https://swiftparcel.example.co.uk/t/SP22984410\n\nSwiftParcel",
      fmt="alt", brand="SwiftParcel", accent="#ea580c"),
    M("bank_position", "other", "en", "2026-07-01 06:30 +0100",
      ("Crestline Invest", "notifications@crestline-invest.example.co.uk"),
      "Your monthly position statement is ready",
      "Hello Yuki,\n\n"
      "Your position statement for June 2026 is now available in the app. It shows the "
      "current position of each holding in your Stocks & Shares ISA, together with "
      "dividends received.\n\n"
      "Total position value: GBP 8,412.37 (+1.8% this month)\n\n"
      "Log in to view your statement. We'll never ask for your password by email.\n\n"
      "Crestline Invest",
      fmt="html", brand="Crestline Invest", accent="#065f46"),
    M("find_device", "other", "en", "2026-09-12 21:49 +0100",
      ("Locate My Phone", "no-reply@locate.example.com"),
      "Your device's position was shared",
      "Hi Yuki,\n\n"
      "The current position of your device 'Yuki's Pixel' was shared with Hamish Doyle for "
      "1 hour at 21:48.\n\n"
      "Last known position: Ancoats, Manchester (accurate to 20 m).\n\n"
      "If you didn't do this, stop sharing in your account settings.",
      cte="base64"),
    M("dentist_reminder", "other", "en", "2026-05-18 09:00 +0100",
      ("Ancoats Dental Care", "no-reply@ancoatsdental.example.co.uk"),
      "Appointment reminder: Thursday 21 May at 08:40",
      "Dear Yuki,\n\n"
      "This is a reminder of your check-up appointment with Dr Patel on Thursday 21 May at "
      "08:40.\n\n"
      "If you need to cancel or reschedule your appointment, please give us at least 24 "
      "hours' notice by calling 0161 496 0872, otherwise a missed appointment fee may "
      "apply.\n\nAncoats Dental Care"),
    M("course_refused", "other", "en", "2026-01-29 16:20 +0000",
      ("Short Courses Office", "shortcourses@citylit-uni.example.ac.uk"),
      "Your application: Advanced Content Strategy (Spring 2026)",
      "Dear Yuki Tanabe-Schmidt,\n\n"
      "Thank you for applying for a place on the Advanced Content Strategy short course "
      "(Spring 2026).\n\n"
      "Unfortunately we are unable to offer you a place on this occasion: the course was "
      "heavily oversubscribed and places were allocated by ballot. You have been added to "
      "the waiting list and we will contact you if a place becomes available.\n\n"
      "Yours sincerely,\nShort Courses Office\nCity Lit University"),
    M("workday_verify", "other", "en", "2026-02-28 22:03 +0000",
      ("Albion Public Broadcasting", "apb@myworkday.com"),
      "Verify your candidate account",
      "Hello,\n\n"
      "Thanks for creating a candidate account with Albion Public Broadcasting. Please "
      "verify your email address within 24 hours by clicking the link below:\n\n"
      "https://apb.wd3.myworkday.example/verify?token=4f8e2c\n\n"
      "Once your account is verified, you can search and apply for jobs.\n\n"
      "If you didn't create this account, you can ignore this email.",
      fmt="html"),

    # ================================================================ German
    M("yuki_bewerbung_kaufhafen", "other", "de", "2026-07-05 20:30 +0100", YUKI,
      "Bewerbung als Senior UX Writer (w/m/d)",
      "Sehr geehrte Damen und Herren,\n\n"
      "hiermit bewerbe ich mich um die ausgeschriebene Stelle als Senior UX Writer. Als "
      "UX-Writerin mit sieben Jahren Erfahrung im Banking- und Reisebereich bringe ich "
      "fundierte Kenntnisse in Content Design, Styleguides und Nutzerforschung mit. Deutsch "
      "ist neben Englisch und Japanisch eine meiner Muttersprachen.\n\n"
      "Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde "
      "ich mich sehr freuen.\n\n"
      "Mit freundlichen Grüßen\nYuki Tanabe-Schmidt",
      to=[("Kaufhafen Recruiting", "jobs@kaufhafen.example.de")],
      pdf=[("Lebenslauf_Tanabe-Schmidt.pdf",
            ["Lebenslauf - Yuki Tanabe-Schmidt", "London | yuki.ts@example.co.uk",
             "Seit 2022: Senior UX Writer, Banking-App (London)",
             "2019-2022: Content Designerin, Online-Reiseanbieter (London)",
             "Sprachen: Deutsch, Englisch, Japanisch; Französisch und Spanisch (B2)"])]),
    M("jobfenster_digest", "other", "de", "2026-04-20 06:15 +0200",
      ("Jobfenster Jobagent", "jobagent@jobfenster.example.de"),
      "Ihr Jobagent: 3 neue Stellen für „Content Design“",
      digest_text("Ihr Jobagent", "Neue Stellen passend zu „Content Design“ in Hamburg.",
                  JF_ITEMS, "Jobagent abbestellen: https://jobfenster.example.de/abmelden"),
      html=digest_html("Ihr Jobagent", "Neue Stellen passend zu „Content Design“ in "
                       "Hamburg.", JF_ITEMS, "Jobagent abbestellen: "
                       "https://jobfenster.example.de/abmelden", lang="de"),
      fmt="alt", henc="utf-8/b",
      headers=bulk_headers("Jobfenster Jobagent <jobagent.jobfenster.example.de>",
                           "https://jobfenster.example.de/abmelden")),
    M("arzt_termin", "other", "de", "2026-08-27 18:00 +0200",
      ("Praxis Dr. Meyer-Lindqvist", "termine@praxis-meyer-lindqvist.example.de"),
      "Terminerinnerung: Mittwoch, 2. September, 9:15 Uhr",
      "Guten Tag Frau Tanabe-Schmidt,\n\n"
      "wir möchten Sie an Ihren Termin in unserer Praxis am Mittwoch, 2. September 2026, um "
      "9:15 Uhr erinnern. Bitte bringen Sie Ihre Versichertenkarte bzw. Ihren "
      "Auslandskrankenschein mit.\n\n"
      "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden "
      "vorher ab.\n\n"
      "Ihr Praxisteam\nPraxis Dr. Meyer-Lindqvist · Eppendorfer Baum 9 · 20249 Hamburg",
      charset="iso-8859-1", cte="quoted-printable"),
    M("paket_verspaetet", "other", "de", "2026-07-22 12:12 +0200",
      ("Paketblitz", "noreply@paketblitz.example.de"),
      "Ihre Sendung verzögert sich leider",
      "Hallo Yuki Tanabe-Schmidt,\n\n"
      "leider verzögert sich die Zustellung Ihrer Sendung 00340 4321 9876 aufgrund eines "
      "hohen Sendungsaufkommens. Neuer voraussichtlicher Zustelltermin: Freitag, 24. "
      "Juli.\n\n"
      "Wir bitten um Entschuldigung. Den aktuellen Status sehen Sie jederzeit unter "
      "https://paketblitz.example.de/verfolgen\n\nIhr Paketblitz-Team",
      fmt="alt", brand="Paketblitz", accent="#facc15"),
    M("vhs_kurs", "other", "de", "2026-03-04 10:30 +0100",
      ("Volkshochschule Hamburg-Mitte", "anmeldung@vhs-mitte.example.de"),
      "Ihre Anmeldung: Kurs 4711 „Business-Deutsch C1“",
      "Sehr geehrte Frau Tanabe-Schmidt,\n\n"
      "vielen Dank für Ihre Anmeldung zum Kurs „Business-Deutsch C1“ (Kursnummer 4711).\n\n"
      "Leider können wir Ihnen keinen Platz in diesem Kurs anbieten, da er bereits "
      "ausgebucht ist. Wir haben Sie auf die Warteliste gesetzt und benachrichtigen Sie, "
      "sobald ein Platz frei wird.\n\n"
      "Mit freundlichen Grüßen\nIhre Volkshochschule Hamburg-Mitte",
      charset="windows-1252", cte="8bit", senc="windows-1252/q"),
    M("freundin_absage", "other", "de", "2026-05-03 21:07 +0200",
      ("Franziska Böhm", "franzi.boehm@example.de"),
      "Absage :(",
      "Hey Yuki,\n\n"
      "kurzes Update von mir: Ich habe heute die Absage von der Agentur in Ottensen "
      "bekommen. Die haben sich für jemanden „mit mehr Erfahrung“ entschieden – nach drei "
      "Gesprächen! Ich bin echt frustriert.\n\n"
      "Wie läuft es bei dir? Hattest du nicht auch ein Vorstellungsgespräch in Hamburg? "
      "Wenn du da bist, lass uns unbedingt essen gehen.\n\n"
      "Drück dich,\nFranzi",
      contact="franzi.boehm@example.de", henc="iso-8859-1/q"),

    # ================================================================ French
    M("yuki_confirm_musee", "other", "fr", "2026-05-05 08:50 +0100", YUKI,
      "Re: Convocation à un entretien – Chargée de contenus numériques (CDD)",
      "Madame Dumas,\n\n"
      "Je vous remercie pour votre message et je vous confirme avec plaisir ma présence à "
      "l'entretien du lundi 11 mai à 11h00.\n\n"
      "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
      "Yuki Tanabe-Schmidt",
      to=[("Aurélie Dumas", "aurelie.dumas@musee-arts-numeriques.example.fr")],
      reply="musee_invite", quote="fr"),
    M("lettre_emploi_ux", "other", "fr", "2026-06-11 08:00 +0200",
      ("La Lettre de l'UX", "newsletter@lettre-ux.example.fr"),
      "Entretiens, refus et offres de la semaine",
      digest_text("La Lettre de l'UX – n° 58", "Cette semaine : préparer un entretien et "
                  "rebondir après un refus.", FR_ITEMS,
                  "Se désabonner : https://lettre-ux.example.fr/desabonnement"),
      html=digest_html("La Lettre de l'UX – n° 58", "Cette semaine : préparer un entretien "
                       "et rebondir après un refus.", FR_ITEMS,
                       "Se désabonner : https://lettre-ux.example.fr/desabonnement",
                       lang="fr"),
      fmt="alt", headers=bulk_headers("La Lettre de l'UX <lettre.lettre-ux.example.fr>",
                                      "https://lettre-ux.example.fr/desabonnement")),
    M("colis_retarde", "other", "fr", "2026-09-03 14:02 +0200",
      ("Colis Express", "ne-pas-repondre@colisexpress.example.fr"),
      "Votre colis est retardé",
      "Bonjour,\n\n"
      "Malheureusement, votre colis n° CE 7712 0098 FR a pris du retard en raison d'un "
      "incident sur notre plateforme de tri. Nous mettons tout en œuvre pour vous le livrer "
      "le plus rapidement possible.\n\n"
      "Nouvelle date de livraison estimée : lundi 7 septembre.\n\n"
      "Nous vous prions de nous excuser pour ce désagrément.\nLe service client Colis Express",
      fmt="html", brand="Colis Express", accent="#b91c1c"),
    M("radio_lutece", "other", "fr", "2026-10-05 10:15 +0200",
      ("Sophie Marchetti", "s.marchetti@radiolutece.example.fr"),
      "Demande d'interview – émission « Les mots du numérique »",
      "Bonjour Madame Tanabe-Schmidt,\n\n"
      "Je suis journaliste à Radio Lutèce et je prépare une émission sur l'écriture des "
      "interfaces et le langage clair. Votre article sur les messages d'erreur a beaucoup "
      "circulé dans la rédaction.\n\n"
      "Accepteriez-vous de nous accorder une interview d'une quinzaine de minutes, par "
      "téléphone, la semaine prochaine ? L'émission sera diffusée le 20 octobre.\n\n"
      "Bien cordialement,\nSophie Marchetti\nJournaliste – Radio Lutèce",
      contact="s.marchetti@radiolutece.example.fr", henc="utf-8/b"),
    M("visite_appartement", "other", "fr", "2026-06-02 17:45 +0200",
      ("Gérard Fontaine", "gerard.fontaine@example.fr"),
      "Visite de l'appartement rue Oberkampf",
      "Bonjour Madame,\n\n"
      "Suite à votre appel, je vous confirme la visite du deux-pièces au 112 rue Oberkampf "
      "samedi 6 juin à 10h. Le dossier de location devra comporter vos trois derniers "
      "bulletins de salaire et votre contrat de travail.\n\n"
      "Cordialement,\nGérard Fontaine\nPropriétaire",
      contact="gerard.fontaine@example.fr", charset="iso-8859-1", cte="8bit",
      henc="iso-8859-1/q"),
    M("chasseur_cold", "other", "fr", "2026-08-31 09:12 +0200",
      ("Antoine Leclerc", "antoine.leclerc@hautvol-executive.example.fr"),
      "Opportunité – Head of UX Writing (Paris)",
      "Bonjour Yuki,\n\n"
      "Je me permets de vous contacter car votre parcours en UX writing dans la banque en "
      "ligne a retenu mon attention. J'accompagne plusieurs scale-ups parisiennes qui "
      "structurent leurs équipes contenu.\n\n"
      "Seriez-vous ouverte à un échange informel, sans engagement, pour évoquer vos "
      "projets ?\n\n"
      "Bien à vous,\nAntoine Leclerc\nHautvol Executive Search",
      contact="antoine.leclerc@hautvol-executive.example.fr"),
    M("rdv_medical", "other", "fr", "2026-09-29 19:30 +0200",
      ("Centre Médical Bastille", "ne-pas-repondre@cm-bastille.example.fr"),
      "Rappel : votre rendez-vous du jeudi 1er octobre",
      "Bonjour Yuki Tanabe-Schmidt,\n\n"
      "Nous vous rappelons votre rendez-vous avec le Dr Claire Hamon (médecine générale) le "
      "jeudi 1er octobre 2026 à 17h45.\n\n"
      "En cas d'empêchement, merci d'annuler votre rendez-vous au moins 24 heures à "
      "l'avance depuis votre espace patient.\n\nCentre Médical Bastille",
      fmt="alt", brand="Centre Médical Bastille", accent="#2563eb", cte="base64"),

    # ================================================================ Spanish
    M("yuki_apply_cardumen", "other", "es", "2026-05-27 22:10 +0100", YUKI,
      "Candidatura – Content Designer Senior",
      "Hola, equipo de Cardumen:\n\n"
      "Os escribo para presentar mi candidatura al puesto de Content Designer Senior. Soy "
      "UX writer con siete años de experiencia en banca digital y viajes, y me encantaría "
      "trabajar en un estudio como el vuestro.\n\n"
      "Os adjunto mi CV; mi portfolio está en yukits.example.co.uk.\n\n"
      "Un saludo,\nYuki Tanabe-Schmidt",
      to=[("Estudio Cardumen", "hola@estudiocardumen.example.es")],
      pdf=[("CV_Yuki_Tanabe-Schmidt_ES.pdf", CV_LINES)]),
    M("yuki_thanks_cardumen", "other", "es", "2026-06-10 19:05 +0100", YUKI,
      "Gracias por la entrevista",
      "Hola Iker:\n\n"
      "Muchas gracias a ti y a Carla por la entrevista de esta tarde. Me encantó conocer "
      "el estudio y escuchar cómo trabajáis con las ONG.\n\n"
      "Quedo a la espera de vuestras noticias.\n\nUn abrazo,\nYuki",
      to=[("Iker Etxeberria", "iker@estudiocardumen.example.es")]),
    M("alertas_empleo", "other", "es", "2026-05-12 07:00 +0200",
      ("Empleo Claro", "alertas@empleoclaro.example.es"),
      "Tus alertas de empleo: 3 ofertas nuevas de Content Designer",
      digest_text("Tus alertas de empleo", "Ofertas nuevas para «Content Designer» en "
                  "Madrid.", ES_ITEMS, "Darse de baja: https://empleoclaro.example.es/baja"),
      html=digest_html("Tus alertas de empleo", "Ofertas nuevas para «Content Designer» en "
                       "Madrid.", ES_ITEMS, "Darse de baja: https://empleoclaro.example.es/"
                       "baja", lang="es"),
      fmt="alt", henc="utf-8/q",
      headers=bulk_headers("Alertas Empleo Claro <alertas.empleoclaro.example.es>",
                           "https://empleoclaro.example.es/baja")),
    M("pedido_retrasado", "other", "es", "2026-04-22 15:30 +0200",
      ("Tiendalia", "pedidos@tiendalia.example.es"),
      "Tu pedido se ha retrasado",
      "Hola Yuki:\n\n"
      "Lamentablemente, tu pedido n.º TL-558201 se ha retrasado por una incidencia con el "
      "transportista. La nueva fecha estimada de entrega es el martes 28 de abril.\n\n"
      "Sentimos las molestias. Puedes consultar el estado de tu pedido en tu cuenta.\n\n"
      "Atención al cliente de Tiendalia",
      fmt="html", brand="Tiendalia", accent="#e4572e", charset="iso-8859-1"),
    M("estudio_usuarios", "other", "es", "2026-08-05 12:00 +0200",
      ("Investigación de Usuarios · Banco Aurora", "no-reply@aurora-research.example.es"),
      "Participa en una entrevista sobre nuestra app (tarjeta regalo de 30 €)",
      "Hola:\n\n"
      "Estamos mejorando la app de Banco Aurora y buscamos clientes para una entrevista de "
      "investigación de usuarios de 45 minutos por videollamada.\n\n"
      "Como agradecimiento, recibirás una tarjeta regalo de 30 €. Reserva tu cita aquí: "
      "https://aurora-research.example.es/citas\n\n"
      "Equipo de Investigación de Usuarios",
      fmt="alt", brand="Banco Aurora", accent="#ca8a04", henc="utf-8/b"),
    M("amigo_rechazo", "other", "es", "2026-06-28 23:02 +0200",
      ("Pablo Herrera", "pablo.herrera@example.es"),
      "Me han dicho que no",
      "Yuki,\n\n"
      "Al final me han rechazado en la startup de Malasaña. Me dijeron que «no encajaba "
      "con la cultura», lo que sea que signifique eso. Tres entrevistas y una prueba "
      "técnica para nada.\n\n"
      "¿Tú qué tal con lo de Banco Aurora? Cuéntame cuando puedas.\n\nPablo",
      contact="pablo.herrera@example.es", charset="windows-1252", cte="8bit"),
    M("banco_posicion", "other", "es", "2026-10-01 08:00 +0200",
      ("Banco Aurora", "avisos@bancoaurora.example.es"),
      "Tu posición global a 30 de septiembre",
      "Hola Yuki:\n\n"
      "Ya tienes disponible el resumen de tu posición global a 30 de septiembre de 2026: "
      "cuentas, tarjetas y fondos de inversión.\n\n"
      "Posición global: 4.215,80 €\n\n"
      "Accede a la app para ver el detalle. Banco Aurora nunca te pedirá tus claves por "
      "correo electrónico.",
      fmt="html", brand="Banco Aurora", accent="#ca8a04"),
    M("master_rechazado", "other", "es", "2026-07-15 13:40 +0200",
      ("Secretaría de Posgrado", "posgrado@uni-escritura.example.es"),
      "Resolución de admisión – Máster en Escritura Digital",
      "Estimada Yuki Tanabe-Schmidt:\n\n"
      "Le informamos de que, una vez finalizado el proceso de admisión al Máster en "
      "Escritura Digital (curso 2026-2027), su solicitud no ha sido admitida por haberse "
      "cubierto todas las plazas. Ha quedado en la posición 7 de la lista de espera.\n\n"
      "Le comunicaremos cualquier cambio.\n\n"
      "Atentamente,\nSecretaría de Posgrado",
      charset="iso-8859-1", cte="quoted-printable", senc="iso-8859-1/q"),
]
