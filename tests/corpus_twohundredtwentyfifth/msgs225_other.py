"""Corpus 225: the 52 messages of kind `other`, each written by hand: digests, advice,
the candidate's own mail, auto-replies, and mail from the rest of his life that borrows
the words of job search."""

from __future__ import annotations

from msgs225_common import (
    CAND,
    DISCLAIMER,
    SIG,
    alt_card,
    alt_news,
    alt_outlook,
    forwarded,
    ics,
    newsletter_html,
    pdf,
    plain,
    reply,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)


def other(**spec: object) -> None:
    spec.setdefault("kind", "other")
    spec.setdefault("company", "")
    add(**spec)


CV = pdf("Ewan_Castillo-Faure_CV.pdf", [
    "Ewan Castillo-Faure - Curriculum Vitae",
    "Cardiff, United Kingdom | ewan.cf@example.co.uk | +44 7700 900412",
    "2015-2026  Postman, Cardiff Whitchurch delivery office",
    "2025       QGIS Level 2 certificate (online), OS MasterMap awareness",
    "Volunteer  Humanitarian mapping - 1,900 buildings digitised and validated",
    "Languages  English (native), Spanish (fluent), French (good), German (basic)",
])

# ================================================================ English: lists and digests

other(slug="geojobs_cymru_alert_digest", lang="en", contact="",
      frm=("GeoJobs Cymru Alerts", "alerts@geojobs-cymru.example.co.uk"),
      subject="7 new GIS jobs in Cardiff, Swansea and Bristol",
      date="2026-02-09 06:30",
      headers=[("List-Id", "GeoJobs Cymru daily alert <alerts.geojobs-cymru.example.co.uk>"),
               ("List-Unsubscribe",
                "<https://geojobs-cymru.example.co.uk/unsubscribe?u=ecf225>, "
                "<mailto:unsubscribe@geojobs-cymru.example.co.uk?subject=ecf225>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")],
      **alt_news("Your GeoJobs Cymru alert",
                 "New roles matching 'GIS technician' within 40 miles of Cardiff. Tip of the "
                 "week: a rejection is not a verdict - ask for interview feedback every time.",
                 [("GIS Technician - Taff Vale County Council (Cardiff)",
                   "Grade 5, closing 25 January. Interviews expected mid-February.",
                   "https://geojobs-cymru.example.co.uk/j/10231"),
                  ("Mapping Assistant - Forest of Dean Environmental (Gloucester)",
                   "Entry level, training provided.",
                   "https://geojobs-cymru.example.co.uk/j/10240"),
                  ("Graduate Surveyor - Usk Valley Surveys (Newport)",
                   "CSCS card desirable.",
                   "https://geojobs-cymru.example.co.uk/j/10244"),
                  ("Data Technician - Severnside Mapping (Bristol)",
                   "Hybrid, two days in the office.",
                   "https://geojobs-cymru.example.co.uk/j/10248"),
                  ("Ask the recruiter: why was I rejected without an interview?",
                   "Our monthly Q&A column answers your questions.",
                   "https://geojobs-cymru.example.co.uk/blog/ask-the-recruiter")],
                 ["You receive this alert because you created a job alert on GeoJobs Cymru.",
                  "Unsubscribe: https://geojobs-cymru.example.co.uk/unsubscribe?u=ecf225"]))

other(slug="wales_geospatial_forum_newsletter", lang="en", contact="",
      frm=("Wales Geospatial Forum", "newsletter@walesgeoforum.example.org.uk"),
      subject="Forum News – March: interview clinics, offers and a rejection diary",
      date="2026-03-02 12:00",
      headers=[("List-Id", "Wales Geospatial Forum members <members.walesgeoforum.example.org.uk>"),
               ("List-Unsubscribe", "<https://walesgeoforum.example.org.uk/u/ecf225>"),
               ("Precedence", "list")],
      html=newsletter_html(
          "Forum News - March 2026",
          "Bore da! Here's what is happening across the Welsh GIS community this month.",
          [("Mock interview clinic, Swansea, 18 March",
            "Volunteers from three councils will run practice panel interviews for early-career "
            "members. Book a 30-minute slot.",
            "https://walesgeoforum.example.org.uk/events/clinic"),
           ("'Forty rejections and an offer' - a member's diary",
            "A former bus driver on what he learned from every no before landing a GIS post.",
            "https://walesgeoforum.example.org.uk/blog/forty-rejections"),
           ("Salary survey results",
            "Technician-level offers in Wales now average £26,100.",
            "https://walesgeoforum.example.org.uk/salary-2026"),
           ("Open positions board",
            "Members can post openings free of charge.",
            "https://walesgeoforum.example.org.uk/jobs")],
          ["Wales Geospatial Forum, c/o Tramshed Tech, Cardiff CF11 6QP",
           "Manage your preferences or unsubscribe at any time."]))

other(slug="careerpath_article_reading_rejections", lang="en", contact="",
      frm=("CareerPath Weekly", "editor@careerpath-weekly.example.com"),
      subject="What that 'unfortunately' email really means",
      date="2026-04-16 07:00", cte="quoted-printable",
      headers=[("List-Id", "CareerPath Weekly <weekly.careerpath-weekly.example.com>"),
               ("List-Unsubscribe", "<mailto:leave@careerpath-weekly.example.com>")],
      text=plain([
          "CAREERPATH WEEKLY – Issue 212",
          "WHAT THAT 'UNFORTUNATELY' EMAIL REALLY MEANS",
          "Most candidates read every message from an employer as a verdict. They aren't. "
          "\"Unfortunately we cannot reply to every applicant\" is an acknowledgement, not a "
          "no. \"We have decided not to proceed\" is a no. \"The role is on hold\" is usually a "
          "no in slow motion.",
          "When an interview is moved, it is rarely a bad sign – panels get ill, rooms get "
          "double-booked. When you miss an interview, write the same day: recruiters forgive "
          "a missed call far more readily than silence.",
          "And when the offer comes, ask for it in writing before you resign.",
          "Next week: negotiating your first technician salary.",
          "—\nYou're receiving CareerPath Weekly because you subscribed at careerpath-weekly."
          "example.com. One click to leave: https://careerpath-weekly.example.com/leave",
      ]))

other(slug="podcast_interview_request", lang="en",
      contact="bronwen@offthebeatentrack-pod.example.co.uk",
      frm=("Bronwen Ellis", "bronwen@offthebeatentrack-pod.example.co.uk"),
      subject="Would you come on the podcast? (Off the Beaten Track)",
      date="2026-05-27 20:14",
      text=plain([
          "Hi Ewan,",
          "I host Off the Beaten Track, a small podcast about people who changed careers in "
          "their thirties and forties. Someone at the Wales Geospatial Forum told me about a "
          "postman who learned QGIS by mapping his own round, and I'd love to interview you "
          "for an episode.",
          "It'd be a relaxed 40-minute recorded conversation, remote or in our little studio "
          "in Canton, any evening in June. No preparation needed.",
          "Would you be up for it?",
          "Bronwen Ellis\nOff the Beaten Track podcast",
      ]))

other(slug="trailmark_user_research_interview", lang="en",
      contact="research@trailmark.example.com",
      frm=("Leah from Trailmark", "research@trailmark.example.com"),
      subject="Invitation: 45-min user research interview (£30 voucher)",
      date="2026-06-11 15:30",
      **alt_card("Trailmark", "#0d9488", "Help us improve Trailmark", [
          "Hi Ewan,",
          "You use Trailmark to plan walking routes, and we'd like to hear how. We're running "
          "45-minute user research interviews over video this month and would love you to "
          "take part.",
          "There are no right or wrong answers – we'll ask you to share your screen and plan "
          "a route while thinking aloud. As a thank-you you'll receive a £30 voucher.",
          "Pick a slot with the button below, or reply with questions.",
          "Leah Osei\nUX Researcher, Trailmark",
      ], ["Trailmark Ltd · 3 Temple Back · Bristol BS1 6DZ",
          "You received this because you agreed to be contacted for research."],
          button=("Choose a slot", "https://trailmark.example.com/research/book")))

other(slug="parcel_delayed_unfortunately", lang="en", contact="",
      frm=("SwiftParcel", "no-reply@swiftparcel.example.co.uk"),
      subject="Your package is delayed, unfortunately",
      date="2026-06-19 18:45",
      **alt_card("SwiftParcel", "#dc2626", "Delivery update for SP-4471-0922-GB", [
          "Hi Ewan,",
          "Unfortunately your package from Map & Compass Supplies is delayed. It missed its "
          "connection at our Newport hub and is now scheduled for Monday 22 June.",
          "Current position: Newport hub, bay 14 – awaiting trunk vehicle.",
          "We're sorry for the wait. You can change your delivery preferences using the "
          "button below.",
      ], ["SwiftParcel · This inbox isn't monitored."],
          button=("Track parcel", "https://swiftparcel.example.co.uk/t/SP44710922GB")))

other(slug="gps_tracker_position_update", lang="en", contact="",
      frm=("TrakTag", "notifications@traktag.example.com"),
      subject="Position update: 'Brompton' left its safe zone",
      date="2026-08-06 07:58",
      text=plain([
          "TrakTag alert",
          "Your tracker 'Brompton' has left the safe zone 'Home - Whitchurch'.",
          "Last position: 51.5148 N, 3.2080 W (Llandaff North) at 07:56 BST\nSpeed: 14 km/h\n"
          "Battery: 62%",
          "If this movement was expected, you can ignore this message. Otherwise open the "
          "app to see the live position.",
          "TrakTag – notifications are sent automatically. Manage alerts in Settings.",
      ]))

other(slug="friend_dylan_own_rejection", lang="en", contact="dylan.rees@example.co.uk",
      frm=("Dylan Rees", "dylan.rees@example.co.uk"),
      subject="well that's that then",
      date="2026-04-03 22:31",
      text="Alright butt,\n\nHeard back from the drone survey company in Newport - they said "
           "no. \"We have decided to progress with other applicants at this time\". Three "
           "interviews for that!! Gutted.\n\nAnyway how's your Seren thing going? Still up for "
           "the Bluebirds on Saturday? You can cheer me up.\n\nDyl\n")

# ================================================================ English: the candidate's own mail

other(slug="own_thankyou_taffvale", lang="en", contact="",
      frm=CAND, to=[("Catrin Morgan", "catrin.morgan@taffvale.example.gov.uk")],
      subject="Thank you - interview for GIS Technician",
      date="2026-02-13 18:22", key="tv_thanks", parent="tv_moved",
      text=plain([
          "Dear Catrin,",
          "Thank you for arranging this afternoon's interview, and please pass my thanks to "
          "Dafydd and Ffion. I enjoyed the discussion about the street gazetteer and came "
          "away even more certain that I'd like to join the team.",
          "I look forward to hearing from you.",
          "Kind regards,",
          SIG["en"],
      ]))

other(slug="own_thankyou_afonwater", lang="en", contact="",
      frm=CAND, to=[("Bethan Rowlands", "bethan.rowlands@afonwater.example.co.uk")],
      subject="Thank you - assessment centre 5 March",
      date="2026-03-05 18:40", key="afon_thanks", parent="afon_invite",
      text="Dear Bethan,\n\nThank you for organising Thursday's assessment centre. I enjoyed "
           "the digitising exercise and the group task on the burst-main scenario, and it was "
           "good to meet the network records team. I'm still very keen on the GIS Data "
           "Technician post and look forward to hearing from you.\n\nBest wishes,\nEwan\n")

other(slug="own_sorry_missed_call_glamsurvey", lang="en", contact="",
      frm=CAND, to=[("Huw Bevan", "huw.bevan@glamsurvey.example.co.uk")],
      subject="Sorry about this morning",
      date="2026-03-12 19:40", key="gsp_own_sorry", parent="gsp_missed",
      text="Hi Huw,\n\nI'm really sorry I missed your call this morning - my round overran "
           "and my phone was in the van. Could we find another time?\n\nEwan\n")

other(slug="own_apology_severnside_reschedule", lang="en", contact="",
      frm=CAND, to=[("Jo Marsh", "jo.marsh@severnside.example.co.uk")],
      subject="Re: Missed you today",
      date="2026-05-19 17:55", key="ssm_own_sorry", parent="ssm_missed",
      cte="quoted-printable",
      text=reply(
          "Hi Jo,\n\nI'm so sorry. The Teams invite landed in my junk folder and I only saw "
          "it at lunchtime – I'd been waiting for a phone call instead. That's no excuse, but "
          "I really would value the chance to talk. Could we reschedule for any time on "
          "Thursday or Friday?\n\nThanks for understanding,\nEwan",
          "en", "2026-05-19 11:02", "Jo Marsh", "jo.marsh@severnside.example.co.uk",
          "Hi Ewan,\n\nWe waited on Teams from 10:30 until about 10:50 for your interview but "
          "you didn't join, and the number we have for you rang out."))

other(slug="own_application_kenfig_with_cv", lang="en", contact="",
      frm=CAND, to=[("Ceri Hopkins", "ceri.hopkins@kenfigenv.example.co.uk")],
      subject="Application: GIS Technician (entry level)",
      date="2026-06-05 07:12", key="kenfig_own_app",
      attach=[CV],
      text=plain([
          "Dear Ms Hopkins,",
          "I'd like to apply for the entry-level GIS Technician position advertised on the "
          "Wales Geospatial Forum jobs board. My CV is attached.",
          "For eleven years I have delivered post across north Cardiff, and for the last two "
          "I have been teaching myself GIS: I hold a QGIS Level 2 certificate and have "
          "digitised nearly two thousand buildings as a humanitarian mapping volunteer. I'm "
          "used to working outdoors in all weathers, which I understand matters on the Kenfig "
          "dunes.",
          "I would be glad to come for an interview at any time.",
          "Yours sincerely,",
          SIG["en"],
      ]))

other(slug="own_reply_taffvale_offer_question", lang="en", contact="",
      frm=CAND, to=[("Catrin Morgan", "catrin.morgan@taffvale.example.gov.uk")],
      subject="Re: Conditional offer of employment – GIS Technician (TVC-GIS-014)",
      date="2026-02-25 20:03", parent="tv_offer", cte="quoted-printable",
      text=reply(
          "Dear Catrin,\n\nThank you so much – I'm thrilled. Before I formally accept, could "
          "you tell me whether the post would allow me to start on 23 March? Royal Mail needs "
          "four weeks' notice from me.\n\nWith thanks,\nEwan",
          "en", "2026-02-24 10:05", "Catrin Morgan", "catrin.morgan@taffvale.example.gov.uk",
          "Dear Ewan,\n\nI am delighted to confirm that, following your interview on "
          "13 February, the panel would like to offer you the post of GIS Technician "
          "(Grade 5).\n\nYour formal offer letter is attached."))

# ================================================================ English: approaches, life admin

other(slug="harlech_search_cold_approach", lang="en",
      contact="rhodri.lewis@harlechsearch.example.co.uk",
      frm=("Rhodri Lewis", "rhodri.lewis@harlechsearch.example.co.uk"),
      subject="Quick question about your next move",
      date="2026-04-29 12:47",
      **alt_outlook([
          "Hi Ewan,",
          "I came across your profile while researching people moving into geospatial work "
          "in South Wales. I specialise in technician and graduate positions with utilities "
          "and infrastructure consultancies.",
          "I don't have a specific role to put to you today, but I'd like to understand what "
          "you are looking for so I can think of you first when the right position comes in. "
          "Would you be open to a short introductory call at some point?",
      ], ["Rhodri Lewis", "Associate Director – Infrastructure",
          "Harlech Search", "Castle Arcade, Cardiff CF10 1BU", "029 2099 0412"],
          disclaimer=DISCLAIMER["en"]))

other(slug="bank_mortgage_appointment", lang="en", contact="",
      frm=("Severn & Taff Building Society", "appointments@severntaff-bs.example.co.uk"),
      subject="Your appointment with a mortgage adviser is confirmed",
      date="2026-01-23 09:00",
      **alt_card("Severn & Taff Building Society", "#1e40af", "Appointment confirmed", [
          "Dear Mr Castillo-Faure,",
          "Your mortgage appointment is confirmed for Saturday 31 January at 10:30 at our "
          "Whitchurch branch. Your adviser will be Gareth Lloyd.",
          "Please bring proof of income (your last three payslips), photo ID and a recent "
          "statement so we can understand your current financial position.",
          "If you need to change or cancel the appointment, call us on 0345 600 1175.",
      ], ["Severn & Taff Building Society, Merthyr Road, Whitchurch, Cardiff CF14 1DG",
          "This mailbox is not monitored."]))

other(slug="letting_agent_inspection", lang="en", contact="lowri@roathlettings.example.co.uk",
      frm=("Lowri Jenkins", "lowri@roathlettings.example.co.uk"),
      subject="14 Heol y Nant - inspection appointment and boiler",
      date="2026-03-09 11:20",
      text=plain([
          "Dear Ewan,",
          "Your landlord has asked us to carry out the routine six-monthly inspection. We "
          "have booked the appointment for Tuesday 17 March between 10:00 and 12:00. You "
          "don't need to be present; we'll use the office key.",
          "We have also interviewed two heating contractors about the boiler replacement and "
          "have offered the work to Cardiff Gas Care, who will contact you directly.",
          "Kind regards,\nLowri Jenkins\nProperty Manager, Roath Lettings\n029 2048 3350",
      ]))

other(slug="school_parents_evening", lang="en", contact="",
      frm=("Ysgol Gynradd Eglwys Newydd", "office@ysgol-eglwysnewydd.example.sch.uk"),
      subject="Parents' evening appointments / Nosweithiau rhieni",
      date="2026-10-05 15:40",
      text=plain([
          "Dear parents and carers / Annwyl rieni a gofalwyr,",
          "Parents' evening for Year 4 will take place on Tuesday 13 and Wednesday 14 October. "
          "Please book a ten-minute appointment with your child's teacher through the school "
          "app by Friday.",
          "We are also pleased to confirm that all families who applied have been offered a "
          "place in the after-school Urdd club; anyone on the waiting list for the coding "
          "club is now in position order on the app.",
          "Diolch,\nThe school office",
      ]))

other(slug="gp_surgery_appointment_reminder", lang="en", contact="",
      frm=("Whitchurch Road Surgery", "noreply@whitchurchroad-surgery.example.nhs.uk"),
      subject="Appointment reminder",
      date="2026-07-27 08:15",
      text="Whitchurch Road Surgery: Reminder of your appointment with Dr Anwen Price on "
           "Thursday 30 July at 09:10 (review of blood test results). If you cannot attend, "
           "please cancel so the slot can be offered to another patient. Reply STOP to opt "
           "out of reminders. Do not reply to this email.\n")

other(slug="ooo_catrin_taffvale", lang="en", contact="catrin.morgan@taffvale.example.gov.uk",
      frm=("Catrin Morgan", "catrin.morgan@taffvale.example.gov.uk"),
      subject="Automatic reply: Thank you - interview for GIS Technician",
      date="2026-02-13 18:22", parent="tv_thanks",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text=plain([
          "Thank you for your email. I am out of the office until Monday 16 February with "
          "limited access to email.",
          "If your message is about an interview being held next week, please contact the "
          "recruitment team on 029 2087 2200. Otherwise I will reply on my return.",
          "Diolch am eich neges. Rydw i allan o'r swyddfa tan ddydd Llun 16 Chwefror.",
          "Catrin Morgan, HR Officer – Recruitment, Taff Vale County Council",
      ]))

other(slug="lynkedup_profile_views", lang="en", contact="",
      frm=("Lynkedup", "notifications-noreply@lynkedup.example.com"),
      subject="Ewan, you appeared in 14 searches this week",
      date="2026-05-04 05:12",
      headers=[("List-Unsubscribe", "<https://www.lynkedup.example.com/e/unsub?t=ecf225>")],
      **alt_card("Lynkedup", "#0a66c2", "Your weekly search stats", [
          "Hi Ewan,",
          "You appeared in 14 searches this week. 3 recruiters viewed your profile, including "
          "someone from a utilities company in Bristol.",
          "Members who list 'GIS' as a skill get up to 4x more interview requests. Add your "
          "QGIS certificate to stand out.",
      ], ["You are receiving Lynkedup notification emails.",
          "Unsubscribe · Help · Lynkedup Corporation"],
          button=("See who's looking", "https://www.lynkedup.example.com/me/profile-views")))

other(slug="lynkedup_jobs_you_may_like", lang="en", contact="",
      frm=("Lynkedup Jobs", "jobs-noreply@lynkedup.example.com"),
      subject="GIS Technician at Cotswold Geodata and 9 more jobs for you",
      date="2026-07-30 06:02",
      headers=[("List-Unsubscribe", "<https://www.lynkedup.example.com/e/unsub?t=ecf225j>")],
      **alt_news("Jobs you may be interested in",
                 "Based on your profile and job alert 'GIS technician - Cardiff'.",
                 [("GIS Technician - Cotswold Geodata - Gloucester",
                   "Be an early applicant · Easy apply",
                   "https://www.lynkedup.example.com/jobs/view/88213"),
                  ("Survey & CAD Technician - Usk Valley Surveys - Newport",
                   "12 applicants", "https://www.lynkedup.example.com/jobs/view/88240"),
                  ("Asset Records Assistant - Brunel Grid Services - Bristol",
                   "Actively recruiting", "https://www.lynkedup.example.com/jobs/view/88257")],
                 ["This email was intended for Ewan Castillo-Faure.",
                  "Unsubscribe: https://www.lynkedup.example.com/e/unsub?t=ecf225j"]))

other(slug="msc_gis_place_refused", lang="en", contact="",
      frm=("University of the Severn Admissions", "admissions-noreply@severn-uni.example.ac.uk"),
      subject="Your application for MSc Geographic Information Science",
      date="2026-06-24 13:00",
      text=plain([
          "Dear Ewan Castillo-Faure,",
          "Application ID: 2611-88450 – MSc Geographic Information Science (part-time), "
          "September 2026 entry.",
          "Thank you for your application. The admissions tutor has considered it carefully "
          "but, as you do not hold an undergraduate degree in a related subject and the "
          "programme is oversubscribed, we are unable to offer you a place this year.",
          "You may wish to consider our Postgraduate Certificate in GIS, which accepts "
          "applicants with relevant professional experience.",
          "Postgraduate Admissions Office, University of the Severn",
      ]))

other(slug="os_short_course_waiting_list", lang="en", contact="",
      frm=("GeoSkills Training", "bookings@geoskills-training.example.co.uk"),
      subject="Waiting list: Introduction to Python for GIS (Bristol, 14-15 Sept)",
      date="2026-08-19 10:10",
      text=plain([
          "Hello Ewan,",
          "Thank you for booking Introduction to Python for GIS. Unfortunately the course is "
          "now full, and we have placed you on the waiting list in position 3.",
          "If a place becomes available we will offer it to you by email and hold it for "
          "48 hours. No payment has been taken.",
          "GeoSkills Training bookings team",
      ]))

other(slug="postal_union_branch_newsletter", lang="en", contact="",
      frm=("Cardiff Postal Branch", "branch-news@postalworkers-cardiff.example.org.uk"),
      subject="Branch bulletin: restructure interviews, voluntary offers and your rights",
      date="2026-01-29 19:30",
      headers=[("List-Id", "Cardiff postal branch bulletin <bulletin.postalworkers-cardiff.example.org.uk>"),
               ("List-Unsubscribe", "<mailto:bulletin-leave@postalworkers-cardiff.example.org.uk>"),
               ("Precedence", "list")],
      text=plain([
          "CARDIFF POSTAL BRANCH – BULLETIN 3/2026",
          "1. Delivery office restructure. Management has begun one-to-one 'selection "
          "interviews' for the new duty structure. You have the right to be accompanied by a "
          "rep. Do not sign anything on the day.",
          "2. Voluntary redundancy offers. Offers letters are expected in March. Talk to the "
          "branch before accepting; several members have been offered less than the national "
          "agreement.",
          "3. Rejected appeals. Two members whose appeals were rejected last month will have "
          "them reheard after branch intervention.",
          "Solidarity,\nBranch Secretary",
          "To leave this list email bulletin-leave@postalworkers-cardiff.example.org.uk",
      ]))

other(slug="afonwater_customer_meter_appointment", lang="en", contact="",
      frm=("Afon Water Customer Services", "customer-noreply@afonwater.example.co.uk"),
      subject="We need to rearrange your smart meter appointment",
      date="2026-04-14 16:02",
      text=plain([
          "Dear Mr Castillo-Faure,",
          "Account number: 40228 71930",
          "Unfortunately our engineer cannot attend your smart water meter installation "
          "appointment on Thursday 16 April. We're sorry for the inconvenience.",
          "We have provisionally rebooked the appointment for Wednesday 22 April between "
          "08:00 and 13:00. If this doesn't suit, please call 0800 052 0145.",
          "Afon Water Customer Services",
      ]))

other(slug="mam_forwards_article", lang="en", contact="isabel.faure@example.co.uk",
      frm=("Isabel Faure", "isabel.faure@example.co.uk"),
      subject="Fwd: From pillar box to pixels",
      date="2026-05-02 09:33",
      text="Ewan cariad, saw this in the Echo and thought of you straight away! Read the bit "
           "about the interview. Love Mam x\n\n"
           + forwarded("en", "South Wales Echo Newsletter <newsletter@sw-echo.example.co.uk>",
                       "Sat, 2 May 2026 at 07:00", "From pillar box to pixels",
                       "isabel.faure@example.co.uk",
                       "FROM PILLAR BOX TO PIXELS\n\nA Barry postwoman who taught herself "
                       "digital mapping on her days off has landed a job with a Welsh "
                       "council's GIS team. \"I had eleven rejections before the interview "
                       "that worked,\" she says. \"The panel asked me to draw my round from "
                       "memory.\"\n\nRead more at https://sw-echo.example.co.uk/pillar-box-pixels"))

other(slug="workday_password_reset", lang="en", contact="",
      frm=("Taff Vale County Council", "taffvale@myworkday.com"),
      subject="Password reset request for your candidate account",
      date="2026-01-12 21:20",
      text=plain([
          "Hello,",
          "We received a request to reset the password for the candidate account linked to "
          "ewan.cf@example.co.uk on the Taff Vale County Council careers site.",
          "Use this link within 30 minutes to choose a new password:\n"
          "https://taffvale.wd3.myworkday.com/taffvale/login/reset?token=Q2FyZGlmZg",
          "If you did not request this, you can ignore this email.",
      ]))

other(slug="greenhouse_candidate_survey", lang="en", contact="",
      frm=("Seren Geospatial", "no-reply@greenhouse-mail.io"),
      subject="How was your interview experience with Seren Geospatial?",
      date="2026-05-07 12:00", parent="seren_reject",
      **alt_card("Seren Geospatial", "#4338ca", "Tell us how we did", [
          "Hi Ewan,",
          "You recently interviewed with Seren Geospatial. We'd be grateful if you could "
          "answer five short questions about your experience – whatever the outcome of your "
          "application.",
          "The survey is anonymous and takes about two minutes.",
      ], ["Sent via Greenhouse on behalf of Seren Geospatial"],
          button=("Start survey", "https://survey.greenhouse.io/s/seren-7731")))

other(slug="qgis_cymru_meetup_ics", lang="en", contact="",
      frm=("QGIS Cymru User Group", "events@qgis-cymru.example.org.uk"),
      subject="Invitation: QGIS Cymru meetup - 'My first GIS interview' lightning talks",
      date="2026-09-02 19:00",
      headers=[("List-Id", "QGIS Cymru events <events.qgis-cymru.example.org.uk>")],
      attach=[ics("REQUEST", "qgis-cymru-2026-09@qgis-cymru.example.org.uk", "2026-09-24 17:30",
                  "2026-09-24 19:30", "QGIS Cymru meetup - lightning talks",
                  ("QGIS Cymru User Group", "events@qgis-cymru.example.org.uk"),
                  location="Tramshed Tech, Pendyris Street, Cardiff")],
      text=plain([
          "Hello mappers,",
          "Our September meetup is on Thursday 24 September, 18:30, at Tramshed Tech. This "
          "time: five-minute lightning talks on 'My first GIS interview' – what you were "
          "asked, what you wish you'd said, and the offer (or rejection) that followed.",
          "Pizza from 18:00. Add the attached invitation to your calendar to save your spot.",
          "QGIS Cymru volunteers",
      ]))

other(slug="ooo_owain_bluefield", lang="en",
      contact="owain.pritchard@bluefield-rec.example.co.uk",
      frm=("Owain Pritchard", "owain.pritchard@bluefield-rec.example.co.uk"),
      subject="Out of Office: Barry Dock Utilities - feedback",
      date="2026-07-01 08:00",
      headers=[("Auto-Submitted", "auto-replied")],
      text="Hi, thanks for your email. I'm on annual leave until 13 July. For urgent matters "
           "about interviews or offers in progress please contact Sara Mahmood on "
           "029 2000 4418. Owain\n")

other(slug="hotosm_tasking_validated", lang="en", contact="",
      frm=("Humanitarian Mapping Tasks", "noreply@tasks.mapping-aid.example.org"),
      subject="Your mapping in project #14102 was validated",
      date="2026-08-23 14:44",
      text=plain([
          "Hi ewan_cf,",
          "Good news: 36 tasks you mapped in project #14102 (Building footprints, flood "
          "response) have been validated by a senior mapper.",
          "Feedback from the validator: 'Clean footprints, well aligned to imagery. Watch "
          "the position of the nodes on curved roofs.'",
          "Thank you for contributing. Keep mapping!",
      ]))

other(slug="post_cymru_rota_change", lang="en", contact="sharon.evans@postcymru.example.co.uk",
      frm=("Sharon Evans", "sharon.evans@postcymru.example.co.uk"),
      subject="Rota change w/c 14 Sept - your delivery position",
      date="2026-09-10 13:05",
      text=plain([
          "Hi all,",
          "Because of the new walk revision, the following changes apply from Monday 14 "
          "September. Ewan – you move from Walk 12 to Walk 7 (Rhiwbina) and your sorting "
          "frame position is now bay C.",
          "We'll go through the new routes at Monday's 06:00 briefing. Any problems, see me.",
          "Sharon Evans\nDelivery Office Manager, Whitchurch DO",
      ]),
      to=[("Whitchurch DO team", "whitchurch-do-team@postcymru.example.co.uk")],
      cc=[CAND])

# ================================================================ French

other(slug="geoemploi_bretagne_alerte", lang="fr", contact="",
      frm=("GéoEmploi Bretagne", "alertes@geoemploi-bretagne.example.fr"),
      subject="5 nouvelles offres SIG à Rennes pour vous",
      date="2026-01-26 07:15",
      headers=[("List-Id", "Alertes GéoEmploi <alertes.geoemploi-bretagne.example.fr>"),
               ("List-Unsubscribe", "<https://geoemploi-bretagne.example.fr/desabonnement?id=ecf>")],
      **alt_news("Vos offres du jour",
                 "Nouvelles offres pour « technicien SIG » autour de Rennes. Conseil : après "
                 "un refus, demandez toujours un retour sur votre entretien.",
                 [("Technicien SIG (H/F) – Géomatique Armor – Rennes",
                   "CDI, entretiens prévus fin février.",
                   "https://geoemploi-bretagne.example.fr/o/5512"),
                  ("Technicien SIG/DAO – Armorique Topographie – Cesson-Sévigné",
                   "Maîtrise de Covadis appréciée.",
                   "https://geoemploi-bretagne.example.fr/o/5520"),
                  ("Cartographe – Breizh Environnement Conseil – Rennes",
                   "Études d'impact, CDD 12 mois.",
                   "https://geoemploi-bretagne.example.fr/o/5533")],
                 ["Vous recevez cet e-mail car vous avez créé une alerte.",
                  "Se désabonner : https://geoemploi-bretagne.example.fr/desabonnement?id=ecf"],
                 lang="fr"))

other(slug="own_candidature_spontanee_legoff", lang="fr", contact="",
      frm=CAND, to=[("Cabinet Le Goff", "erwan.legoff@legoff-geometres.example.fr")],
      subject="Candidature spontanée – technicien SIG",
      date="2026-06-02 21:40", key="lg_own_app", attach=[CV], cte="quoted-printable",
      text=plain([
          "Monsieur Le Goff,",
          "Je me permets de vous adresser ma candidature spontanée pour un poste de technicien "
          "SIG au sein de votre cabinet.",
          "Facteur à Cardiff depuis onze ans, je me forme depuis deux ans aux systèmes "
          "d'information géographique (certificat QGIS niveau 2, cartographie humanitaire "
          "bénévole). Ma mère est rennaise et je souhaite m'installer en Bretagne à "
          "l'automne.",
          "Vous trouverez mon CV en pièce jointe. Je serais ravi d'échanger avec vous.",
          "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.",
          SIG["fr"],
      ]))

other(slug="iut_licence_pro_sig_refus", lang="fr", contact="",
      frm=("IUT de Vilaine – Scolarité", "scolarite-noreply@iut-vilaine.example.fr"),
      name_enc="utf-8/Q",
      subject="Licence professionnelle SIG – décision de la commission",
      date="2026-06-15 16:00", charset="iso-8859-1", cte="quoted-printable",
      text=plain([
          "Monsieur Castillo-Faure,",
          "La commission pédagogique de la licence professionnelle « Métiers de la "
          "géomatique » s'est réunie le 12 juin.",
          "Nous avons le regret de vous informer que votre candidature n'a pas été retenue "
          "pour la rentrée de septembre 2026 : le nombre de places en formation continue est "
          "limité à douze et la commission a privilégié les candidats résidant en France.",
          "Vous pouvez consulter le détail de la décision sur la plateforme de candidature.",
          "Le service scolarité",
      ]))

other(slug="banque_entretien_conseiller", lang="fr",
      contact="m.rolland@credit-armoricain.example.fr",
      frm=("Mathieu Rolland", "m.rolland@credit-armoricain.example.fr"),
      subject="Votre rendez-vous pour l'ouverture de compte",
      date="2026-04-02 10:40",
      text=plain([
          "Bonjour Monsieur Castillo-Faure,",
          "Je vous confirme notre entretien en visioconférence le mercredi 8 avril à 17h30 "
          "pour l'ouverture de votre compte de non-résident.",
          "Merci de préparer une pièce d'identité, un justificatif de domicile au Royaume-Uni "
          "et, si vous l'avez, votre promesse d'embauche en France : elle facilitera "
          "l'étude de votre dossier.",
          "Bien cordialement,\nMathieu Rolland\nConseiller clientèle – Crédit Armoricain, "
          "agence Rennes République",
      ]))

other(slug="mag_emploi_geomatique_conseils", lang="fr", contact="",
      frm=("Le Mag de l'Emploi Géomatique", "lettre@mag-geomatique.example.fr"),
      subject="Refus, relance, entretien : la lettre du mois",
      date="2026-05-20 08:00",
      headers=[("List-Id", "La lettre du Mag <lettre.mag-geomatique.example.fr>"),
               ("List-Unsubscribe", "<mailto:desinscription@mag-geomatique.example.fr>")],
      html=newsletter_html(
          "La lettre du Mag – mai 2026",
          "Ce mois-ci : comment rebondir après un refus et préparer un entretien technique.",
          [("« Nous ne donnerons pas suite » : et maintenant ?",
            "Trois recruteurs expliquent ce qu'ils attendent d'une relance après un refus.",
            "https://mag-geomatique.example.fr/rebondir"),
           ("L'entretien technique SIG en cinq questions",
            "Projections, topologie, jointures : les classiques du test.",
            "https://mag-geomatique.example.fr/entretien-technique"),
           ("Offres de la semaine", "32 postes de technicien en France.",
            "https://mag-geomatique.example.fr/offres")],
          ["Vous êtes abonné à la lettre du Mag de l'Emploi Géomatique.",
           "Se désinscrire : desinscription@mag-geomatique.example.fr"], lang="fr"))

other(slug="absence_anne_le_bihan", lang="fr", contact="anne.lebihan@geomatique-armor.example.fr",
      frm=("Anne Le Bihan", "anne.lebihan@geomatique-armor.example.fr"),
      subject="Réponse automatique : Re: Proposition d'embauche – Technicien SIG",
      date="2026-04-03 09:12",
      headers=[("Auto-Submitted", "auto-replied")],
      text=plain([
          "Bonjour,",
          "Je suis absente jusqu'au lundi 13 avril inclus. Pour toute question urgente "
          "concernant un recrutement ou un entretien en cours, merci de contacter "
          "rh@geomatique-armor.example.fr.",
          "Anne Le Bihan",
      ]))

# ================================================================ German

other(slug="stellenalarm_hannover", lang="de", contact="",
      frm=("Jobbörse Niedersachsen", "stellenalarm@jobboerse-nds.example.de"),
      subject="Ihr Stellenalarm: 6 neue Jobs „GIS“ in Hannover",
      date="2026-03-16 06:45",
      headers=[("List-Id", "Stellenalarm <stellenalarm.jobboerse-nds.example.de>"),
               ("List-Unsubscribe", "<https://jobboerse-nds.example.de/alarm/abmelden?k=ecf>"),
               ("Precedence", "bulk")],
      **alt_news("Neue Stellen für Sie",
                 "Passend zu Ihrem Suchauftrag „GIS-Techniker, Hannover, 25 km“. Tipp der "
                 "Woche: Eine Absage ist kein Urteil über Sie – fragen Sie nach Feedback.",
                 [("GIS-Techniker (m/w/d) – Leinekarten GmbH – Hannover-Linden",
                   "Englisch im Team, Vorstellungsgespräche ab April.",
                   "https://jobboerse-nds.example.de/s/77120"),
                  ("Vermessungstechniker (m/w/d) – Vermessungsbüro Herrenhausen",
                   "Außendienst und GIS, Führerschein B.",
                   "https://jobboerse-nds.example.de/s/77131"),
                  ("Sachbearbeitung Geodaten – Region Calenberg",
                   "TVöD E8, Bewerbungsfrist 31.07.",
                   "https://jobboerse-nds.example.de/s/77145")],
                 ["Sie erhalten diese E-Mail, weil Sie einen Stellenalarm angelegt haben.",
                  "Abmelden: https://jobboerse-nds.example.de/alarm/abmelden?k=ecf"],
                 lang="de"))

other(slug="own_bewerbung_leinekarten", lang="de", contact="",
      frm=CAND, to=[("Leinekarten Bewerbungen", "jobs@leinekarten.example.de")],
      subject="Bewerbung als GIS-Techniker (m/w/d)",
      date="2026-04-10 18:10", attach=[CV], cte="quoted-printable",
      text=plain([
          "Sehr geehrte Damen und Herren,",
          "hiermit bewerbe ich mich um die Stelle als GIS-Techniker (m/w/d). Ihre Anzeige "
          "erwähnt, dass im Team Englisch gesprochen wird – das kommt mir sehr entgegen, denn "
          "mein Deutsch ist noch auf Niveau A2, und ich lerne jeden Abend.",
          "Seit elf Jahren stelle ich in Cardiff Post zu und kenne Straßenverzeichnisse und "
          "Adressdaten aus der Praxis. Seit zwei Jahren bilde ich mich in QGIS weiter.",
          "Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch "
          "würde ich mich sehr freuen.",
          "Mit freundlichen Grüßen",
          SIG["de"],
      ]))

other(slug="paket_verspaetet_leider", lang="de", contact="",
      frm=("Paketdienst Nord", "benachrichtigung@paketdienst-nord.example.de"),
      subject="Ihre Sendung verspätet sich leider",
      date="2026-05-12 14:05", charset="iso-8859-1", cte="8bit",
      text=plain([
          "Guten Tag,",
          "Ihre Sendung 00340 4471 2290 (Absender: Kartenhaus Hannover) verspätet sich leider. "
          "Sie befindet sich derzeit im Paketzentrum Hannover-Lahe.",
          "Die Zustellung an Ihre Adresse in Großbritannien erfolgt voraussichtlich in drei "
          "bis fünf Werktagen.",
          "Wir bitten um Entschuldigung.\nIhr Paketdienst Nord",
          "Dies ist eine automatisch erzeugte Nachricht.",
      ]))

other(slug="abwesenheit_katrin_vogt", lang="de", contact="katrin.vogt@leinekarten.example.de",
      frm=("Katrin Vogt", "katrin.vogt@leinekarten.example.de"),
      subject="Abwesenheitsnotiz: Re: Dein Vertragsangebot von Leinekarten",
      date="2026-05-22 09:00", parent="lk_offer",
      headers=[("Auto-Submitted", "auto-replied")],
      text=plain([
          "Hallo,",
          "ich bin bis einschließlich 29. Mai nicht im Büro. Deine Nachricht wird nicht "
          "weitergeleitet. In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen "
          "wende dich bitte an people@leinekarten.example.de.",
          "Viele Grüße\nKatrin Vogt",
      ]))

other(slug="vhs_deutschkurs_ausgebucht", lang="de", contact="",
      frm=("VHS Hannover Anmeldung", "anmeldung-noreply@vhs-hannover.example.de"),
      subject="Kurs 26B-1142 Deutsch A2.2 – leider kein Platz",
      date="2026-06-29 11:11",
      text=plain([
          "Sehr geehrter Herr Castillo-Faure,",
          "vielen Dank für Ihre Anmeldung zum Kurs 26B-1142 „Deutsch A2.2 online, "
          "abends“.",
          "Leider ist der Kurs bereits ausgebucht, sodass wir Ihnen keinen Platz anbieten "
          "können. Sie stehen auf der Warteliste an Position 6. Eine Gebühr wurde nicht "
          "abgebucht.",
          "Ihre Volkshochschule Hannover",
      ]))

other(slug="hausverwaltung_wohnung_absage", lang="de",
      contact="vermietung@hv-lindenmitte.example.de",
      frm=("Hausverwaltung Linden-Mitte", "vermietung@hv-lindenmitte.example.de"),
      subject="Ihre Bewerbung für die Wohnung Fössestraße 41",
      date="2026-06-03 17:20", cte="quoted-printable",
      text=plain([
          "Sehr geehrter Herr Castillo-Faure,",
          "vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Fössestraße 41 und "
          "für Ihre Teilnahme an der Online-Besichtigung.",
          "Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere "
          "Mietinteressenten entschieden hat, die bereits in Hannover wohnen.",
          "Gern nehmen wir Sie in unsere Interessentenkartei auf.",
          "Mit freundlichen Grüßen\nHausverwaltung Linden-Mitte\nDavenstedter Str. 5, "
          "30449 Hannover",
      ]))

# ================================================================ Spanish

other(slug="alerta_empleo_bilbao", lang="es", contact="",
      frm=("EmpleoGeo Euskadi", "alertas@empleogeo-euskadi.example.es"),
      subject="Nuevas ofertas de Técnico SIG en Bilbao",
      date="2026-04-27 07:30",
      headers=[("List-Id", "Alertas EmpleoGeo <alertas.empleogeo-euskadi.example.es>"),
               ("List-Unsubscribe", "<https://empleogeo-euskadi.example.es/baja?u=ecf>")],
      **alt_news("Tus alertas de empleo",
                 "Ofertas nuevas para «técnico SIG» en Bizkaia. Consejo: prepara la "
                 "entrevista aunque recibas algún rechazo antes; cada proceso enseña.",
                 [("Técnico/a SIG – Cartografía Nervión – Bilbao",
                   "Indefinido, entrevistas en mayo.",
                   "https://empleogeo-euskadi.example.es/o/3301"),
                  ("Técnico/a GIS junior – Ría Geodatos – Bilbao",
                   "Producción cartográfica, inglés valorable.",
                   "https://empleogeo-euskadi.example.es/o/3307"),
                  ("Delineante-técnico SIG – Urbide Ingeniería – Bilbao",
                   "Infraestructuras y redes.",
                   "https://empleogeo-euskadi.example.es/o/3312")],
                 ["Recibes este correo porque creaste una alerta en EmpleoGeo Euskadi.",
                  "Darse de baja: https://empleogeo-euskadi.example.es/baja?u=ecf"],
                 lang="es"))

other(slug="propia_peticion_cambio_nervion", lang="es", contact="",
      frm=CAND, to=[("Nerea Arrieta", "nerea.arrieta@cartonervion.example.es")],
      subject="Entrevista del miércoles 20",
      date="2026-05-15 22:10", key="cn_own_resched", parent="cn_invite",
      text="Hola Nerea:\n\nEl miércoles a las 10:00 tengo turno de reparto. ¿Sería posible "
           "hacer la entrevista por la tarde?\n\nGracias,\nEwan\n")

other(slug="master_sig_no_admitido", lang="es", contact="",
      frm=("Universidad de Ibaizabal – Posgrado", "posgrado-noreply@ibaizabal-uni.example.es"),
      subject="Resolución de admisión – Máster en Tecnologías de la Información Geográfica",
      date="2026-07-09 13:30", cte="base64",
      text=plain([
          "Estimado/a Ewan Castillo-Faure:",
          "Le comunicamos que, una vez baremadas las solicitudes, la comisión académica del "
          "Máster en Tecnologías de la Información Geográfica ha resuelto que usted no ha "
          "sido admitido en el curso 2026-2027 por no alcanzar la puntuación mínima en el "
          "apartado de titulación previa.",
          "Puede presentar reclamación en el plazo de diez días hábiles a través de la sede "
          "electrónica.",
          "Oficina de Posgrado – Universidad de Ibaizabal",
      ]))

other(slug="blog_sig_peticion_entrevista", lang="es", contact="lucia@mapasconalma.example.es",
      frm=("Lucía Fernández", "lucia@mapasconalma.example.es"),
      subject="¿Te apetece una entrevista para el blog?",
      date="2026-08-14 18:50",
      text=plain([
          "Hola Ewan:",
          "Escribo «Mapas con Alma», un blog sobre gente que llega a los SIG desde otros "
          "oficios. Vi tu hilo sobre cartografiar tu ruta de cartero en Cardiff y me "
          "encantaría hacerte una entrevista por escrito (o por videollamada, si prefieres).",
          "Serían unas diez preguntas; la publicaríamos en septiembre en español y en inglés.",
          "¿Te animas?",
          "Lucía Fernández\nMapas con Alma",
      ]))

other(slug="amigo_inigo_su_rechazo", lang="es", contact="inigo.larra@example.es",
      frm=("Iñigo Larrañaga", "inigo.larra@example.es"), name_enc="iso-8859-1/B",
      subject="me han dicho que no",
      date="2026-06-26 23:04",
      text="Ewan, tío:\n\nMe han rechazado en lo de la Diputación. Después de dos "
           "entrevistas y un examen me mandan un correo de tres líneas: «lamentamos "
           "comunicarle que no ha resultado seleccionado». Estoy de bajón.\n\n¿Y lo tuyo con "
           "Nervión? Cuando vengas a Bilbao te invito a unos pintxos y me cuentas.\n\n"
           "Abrazo,\nIñigo\n")

other(slug="fuera_oficina_nerea", lang="es", contact="nerea.arrieta@cartonervion.example.es",
      frm=("Nerea Arrieta", "nerea.arrieta@cartonervion.example.es"),
      subject="Respuesta automática: Oferta de trabajo – Técnico SIG en Cartografía Nervión",
      date="2026-06-05 09:02", parent="cn_offer",
      headers=[("Auto-Submitted", "auto-replied")],
      text=plain([
          "Hola:",
          "Estoy fuera de la oficina hasta el 15 de junio, sin acceso al correo. Para "
          "cualquier tema relacionado con ofertas o entrevistas en curso, escribe a "
          "personas@cartonervion.example.es.",
          "Gracias,\nNerea Arrieta",
      ]))

other(slug="lynkedup_busquedas_es", lang="es", contact="",
      frm=("Lynkedup", "notifications-noreply@lynkedup.example.com"),
      subject="Ewan, tu perfil ha aparecido en 9 búsquedas",
      date="2026-09-21 05:40",
      headers=[("List-Unsubscribe", "<https://www.lynkedup.example.com/e/unsub?t=ecf225es>")],
      **alt_card("Lynkedup", "#0a66c2", "Tus estadísticas de la semana", [
          "Hola, Ewan:",
          "Tu perfil ha aparecido en 9 búsquedas esta semana. Dos técnicos de selección de "
          "Bilbao han visto tu perfil.",
          "Consejo: los miembros que indican su nivel de idiomas reciben más invitaciones a "
          "entrevistas.",
      ], ["Recibes notificaciones de Lynkedup.", "Darse de baja · Ayuda"],
          button=("Ver quién ha visto tu perfil",
                  "https://www.lynkedup.example.com/me/profile-views"), lang="es"))
