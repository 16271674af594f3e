"""Corpus 248: everything that is not a job event for the candidate (52), hand-written:
alerts and newsletters, notifications, the candidate's own mail, auto-replies, private mail
that uses interview / appointment / position words in another sense, course refusals."""

from msgs248_common import (
    CAND,
    CAND_SIG,
    M,
    ats_card,
    digest_html,
    digest_text,
    forwarded,
    reply,
    simple_html,
)

MESSAGES = []
add = MESSAGES.append


def bulk(list_id, unsub_url, unsub_mail):
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}?subject=unsubscribe>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


# ================================================================== English

_items = [
    ("Facilities Coordinator - Corrib University, Galway",
     "Permanent, EUR 41k-46k. Interviews expected early July.", "https://www.jobswest.example.ie/job/88120"),
    ("Maintenance & Facilities Supervisor - Salthill seafront hotel",
     "Unfortunately this position closes on Friday, so apply soon.", "https://www.jobswest.example.ie/job/88133"),
    ("Building Services Officer - Clanrickard County Council",
     "Panel to be formed; shortlisting and interview dates on the council website.", "https://www.jobswest.example.ie/job/88141"),
    ("Helpdesk Coordinator (Facilities) - Parkmore business park",
     "Shift-based, immediate start. Recruiter: Harbourline.", "https://www.jobswest.example.ie/job/88152"),
]
_intro = "Hi Declan, here are this week's new jobs matching your alert \"facilities coordinator\" in Galway (within 30 km)."
_outro = """\
Tip of the week: if a role you wanted was filled, ask for feedback. Most employers will tell you what the successful candidate had, and it helps at your next interview.

You are receiving this because you created a job alert on JobsWest. Manage alerts: https://www.jobswest.example.ie/alerts | Unsubscribe: https://www.jobswest.example.ie/u/7f3a"""
add(M(key="jobswest_weekly_alert", kind="other", lang="en", company="", contact="",
      date="2026-06-08 07:00 +0100",
      frm=("JobsWest Alerts", "alerts@mail.jobswest.example.ie"),
      subject="4 new facilities jobs in Galway this week",
      text=digest_text("Your JobsWest alert", _items, _intro, _outro),
      html=digest_html("Your JobsWest alert", _items, _intro, _outro),
      headers=bulk("JobsWest job alerts <alerts.jobswest.example.ie>",
                   "https://www.jobswest.example.ie/u/7f3a", "unsubscribe@mail.jobswest.example.ie")))

_t = """\
Declan, you appeared in 9 searches this week

Recruiters from property management and hospitality companies found your profile through searches like "facilities coordinator" and "bar manager".

See who's looking: https://www.pronet.example.com/me/search-appearances

Profiles with a recent position update get up to 3x more recruiter messages. Add your latest position to stand out.

This email was intended for Declan Ferreira-Osei (Bar Manager at The Quays, Galway).
Unsubscribe | Help
ProNet Ireland, 70 Sir John Rogerson's Quay, Dublin 2
"""
add(M(key="pronet_search_appearances", kind="other", lang="en", company="", contact="",
      date="2026-02-09 08:31 +0000",
      frm=("ProNet", "notifications-noreply@pronet.example.com"),
      subject="You appeared in 9 searches this week",
      text=_t, html=ats_card("ProNet", "#0a66c2", _t),
      headers=bulk("<search-appearances.pronet.example.com>", "https://www.pronet.example.com/unsub/9d1",
                   "unsub@pronet.example.com")))

_items = [
    ("\"Unfortunately, we've decided not to proceed\": what that email really means",
     "Career coach Deirdre Holland decodes five common rejection phrases and what to do next.",
     "https://careerswitch.example.com/p/decoding-rejections"),
    ("From the bar to the boardroom: transferable skills",
     "Stock control, rotas and health & safety: how to talk about them at interview.",
     "https://careerswitch.example.com/p/bar-to-boardroom"),
    ("Reader question: should I accept the first offer?",
     "Why negotiating a job offer is normal in Ireland, with a script you can use.",
     "https://careerswitch.example.com/p/first-offer"),
]
_intro = "Welcome to issue #42 of The Career Switch. This week is all about rejection, and why it is rarely about you."
_outro = "The Career Switch is a free weekly newsletter. You subscribed at careerswitch.example.com. Unsubscribe any time."
add(M(key="careerswitch_newsletter_rejection", kind="other", lang="en", company="", contact="",
      date="2026-03-14 09:00 +0000",
      frm=("The Career Switch", "hello@careerswitch.example.com"),
      subject="Issue #42: \"We regret to inform you...\" and other phrases, decoded",
      text=digest_text("The Career Switch #42", _items, _intro, _outro),
      html=digest_html("The Career Switch #42", _items, _intro, _outro), html_cte="base64",
      headers=bulk("The Career Switch <careerswitch.example.com>", "https://careerswitch.example.com/unsubscribe/d9f",
                   "leave@careerswitch.example.com")))

add(M(key="podcast_guest_request", kind="other", lang="en", company="", contact="dara@pivotpints.example.ie",
      date="2026-05-27 21:12 +0100",
      frm=("Dara Cullinane", "dara@pivotpints.example.ie"),
      subject="Would you come on Pivot & Pints? (podcast interview)",
      text="""\
Hi Declan,

I host Pivot & Pints, a small podcast about people in Irish hospitality who've moved into other careers. Our mutual friend Orla mentioned you're making the jump from bar management into facilities, and I'd love to interview you for an episode.

It would be a relaxed 40-minute conversation, recorded remotely whenever suits you over the next few weeks. We'd talk about what made you want to change, how the job hunt is going (the interviews, the rejections, all of it), and what you'd tell someone thinking of doing the same.

No pressure at all. If you're up for it, reply with a few dates and I'll send a recording link.

Thanks,
Dara Cullinane
Pivot & Pints podcast
pivotpints.example.ie
"""))

_t = """\
Hi Declan,

I'm a user researcher at ShiftMatch, the app you used to apply for hospitality and facilities jobs earlier this year. We're improving how candidates track their applications and we'd love to hear about your experience.

Would you be willing to take part in a 45-minute research interview over video? There are no right or wrong answers; we just want to understand how you manage your job search. As a thank-you, we'll send you a €40 One4All voucher.

If you're interested, pick a time here: https://research.shiftmatch.example.com/book/declan

Thanks,
Hannah Cosgrave
Senior User Researcher, ShiftMatch
"""
add(M(key="shiftmatch_user_research", kind="other", lang="en", company="", contact="hannah.cosgrave@shiftmatch.example.com",
      date="2026-04-29 14:02 +0100",
      frm=("Hannah Cosgrave", "hannah.cosgrave@shiftmatch.example.com"),
      subject="Invitation: 45-minute research interview (€40 voucher)",
      text=_t, html=simple_html(_t)))

_t = """\
Live location sharing ended

Your live position was shared with Orla Fahy from 18:02 to 20:02 on Saturday 16 May 2026.

Last position shared: Salthill Promenade, Galway (53.2577, -9.0768), accuracy 12 m.

To share your location again, open Wayfarer Maps and tap Share position.

You're receiving this email because you turned on location sharing notifications. Manage notifications in Settings.
"""
add(M(key="wayfarer_position_sharing", kind="other", lang="en", company="", contact="",
      date="2026-05-16 20:03 +0100",
      frm=("Wayfarer Maps", "no-reply@wayfarer-maps.example.com"),
      subject="Your live position sharing has ended",
      text=_t, html=ats_card("Wayfarer Maps", "#188038", _t),
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """\
Hi Declan,

Unfortunately your parcel is delayed.

Tracking number: PN 4471 2290 IE
From: Toolstation Direct
Original delivery date: Thursday 19 February
New estimated delivery: Monday 23 February

The delay is due to severe weather affecting our Athlone sorting centre. We're sorry for the inconvenience. You don't need to do anything; we'll text you on the morning of delivery. If you'd prefer to reschedule or collect from a ParcelPoint, use the link below.

Manage delivery: https://track.parcelnorth.example.ie/PN44712290IE

ParcelNorth
"""
add(M(key="parcelnorth_delayed", kind="other", lang="en", company="", contact="",
      date="2026-02-19 06:45 +0000",
      frm=("ParcelNorth", "noreply@parcelnorth.example.ie"),
      subject="Your parcel is delayed - unfortunately it won't arrive today",
      text=_t, html=ats_card("ParcelNorth", "#d35400", _t)))

add(M(key="friend_cian_own_rejection", kind="other", lang="en", company="", contact="cian.od@mailbox.example.ie",
      date="2026-03-05 22:41 +0000",
      frm=("Cian Ó Dálaigh", "cian.od@mailbox.example.ie"), name_enc=("iso-8859-1", "Q"),
      subject="well that's that",
      text="""\
Dec,

Got the no from the Radisson crowd today. After three interviews! "We have decided to progress with other candidates whose experience more closely aligns with the role." Three interviews and a personality test and that's what you get.

Anyway, I'm grand, honestly. Back to the drawing board. How did your hospital one go? Were you not meant to have an interview this week?

Pints Friday? I'm buying, I need to complain at someone.

C
"""))

add(M(key="own_liffeyquay_thanks", kind="other", lang="en", company="", contact="",
      date="2026-03-12 19:22 +0000", frm=CAND,
      to=[("Aoife Brannigan", "aoife.brannigan@liffeyquay.example.ie")],
      subject="Thank you - Facilities Coordinator interview",
      refs=["liffeyquay_lever_invite", "liffeyquay_lever_moved"],
      mid_domain="mail.example.ie",
      text="""\
Hi Aoife,

Many thanks for yesterday's interview, and please pass my thanks on to Brian and Orla too. I came away even keener on the role - the way you run the helpdesk across the three buildings sounds like the kind of organised chaos I've been handling behind a bar for ten years.

I'm looking forward to the next steps, and if there's a second interview I'd be delighted to come back up.

All the best,
Declan
"""))

add(M(key="own_clanrickard_application", kind="other", lang="en", company="", contact="",
      date="2026-02-20 16:51 +0000", frm=CAND,
      to=[("HR Recruitment", "recruitment@clanrickard-coco.example.ie")],
      subject="Application – Facilities Officer (Grade V) CCC-GV-26-07",
      mid_domain="mail.example.ie",
      text="""\
Dear Sir/Madam,

Please find attached my completed application form and CV for the position of Facilities Officer (Grade V), competition reference CCC-GV-26-07.

Kind regards,
Declan Ferreira-Osei
""",
      pdfs=[{"name": "Declan_Ferreira-Osei_CV.pdf", "title": "Declan Ferreira-Osei - Curriculum Vitae",
                 "lines": ["declan.fo@example.ie | +353 87 412 6630 | Galway", "",
                        "2016-2026  Bar Manager, The Quays, Galway",
                        "  - Managed team of 14; rotas, stock, supplier contracts",
                        "  - Ran two refits (cellar, fire compartmentation) with contractors",
                        "  - Responsible for HACCP, fire safety logbook, pest control contract",
                        "2012-2016  Bartender / Supervisor, Galway city", "",
                        "Safe Pass; Manual Handling Instructor; First Aid Responder (PHECC)"]}]))

add(M(key="own_salthill_sorry", kind="other", lang="en", company="", contact="",
      date="2026-01-28 13:15 +0000", frm=CAND,
      to=[("Ronan Keady", "ronan.keady@salthillbay.example.ie")],
      subject="Sorry about this morning",
      refs=["salthill_phone_screen", "salthill_missed_call"],
      mid_domain="mail.example.ie",
      text="""\
Hi Ronan,

I'm so sorry about this morning. My car gave up on the Headford Road and my phone died while I was waiting for the tow. Could we reschedule the call for any time tomorrow or Friday? I'm really keen on the role.

Thanks,
Declan
"""))

add(M(key="foyle_cold_approach", kind="other", lang="en", company="", contact="niall.doherty@foyletalent.example.co.uk",
      date="2026-02-03 12:20 +0000",
      frm=("Niall Doherty", "niall.doherty@foyletalent.example.co.uk"),
      subject="Facilities roles in Belfast - open to a chat?",
      text="""\
Hi Declan,

I came across your profile on ProNet and noticed you're looking to move from bar management into facilities. I recruit for facilities and property management teams across Belfast and the North West, and people from busy hospitality backgrounds tend to do very well with my clients.

I don't have a specific vacancy to put to you today, but I'd like to understand what you're after so I can keep you in mind. Would you be open to a 10-minute call sometime next week?

Best regards,
Niall Doherty
Director | Foyle Talent
Guildhall Street, Derry/Londonderry BT48 6BJ
+44 28 7155 0193
"""))

_t = """\
Dear Declan,

Your appointment is confirmed.

Type: Mortgage advice meeting
With: Ciarán Lyons, Mortgage Adviser
When: Tuesday 10 March 2026, 14:00
Where: Claddagh Bank, 22 Eglinton Street, Galway

Please bring photo ID, your last three payslips and six months of bank statements so we can assess your current financial position.

To change or cancel your appointment, log in to Claddagh Online or call 091 555 000.

Claddagh Bank DAC is regulated by the Central Bank of Ireland. This is an automated message; please do not reply.
"""
add(M(key="bank_mortgage_appointment", kind="other", lang="en", company="", contact="",
      date="2026-03-02 09:12 +0000",
      frm=("Claddagh Bank", "no-reply@claddaghbank.example.ie"),
      subject="Your appointment is confirmed",
      text=_t, html=ats_card("Claddagh Bank", "#00205b", _t), html_cte="quoted-printable"))

add(M(key="landlord_inspection", kind="other", lang="en", company="", contact="breda.hynes@mailbox.example.ie",
      date="2026-04-14 18:50 +0100",
      frm=("Breda Hynes", "breda.hynes@mailbox.example.ie"),
      subject="Inspection Thursday + new meter",
      text="""\
Hi Declan,

Just a reminder that the electrician is coming Thursday between 10 and 12 to do the annual inspection and to move the ESB meter. They're changing the position of the meter box to the outside wall by the side gate, so the hall cupboard will finally be yours again!

If you're at an interview or out, I can let them in myself with my key, just text me.

Thanks,
Breda
"""))

add(M(key="school_parent_teacher", kind="other", lang="en", company="", contact="aisling.walsh@scoilnaomheanna.example.ie",
      date="2026-01-22 15:40 +0000",
      frm=("Aisling Walsh", "aisling.walsh@scoilnaomheanna.example.ie"),
      subject="Parent-teacher meetings - 5th class",
      text="""\
Dear Parents/Guardians,

Parent-teacher meetings for 5th class will take place on Tuesday 3 February and Wednesday 4 February, from 3pm to 6pm.

Each meeting is a 10-minute slot with Ms Keane. If you would like a longer interview to discuss a particular concern, please let me know and we will arrange a separate appointment.

Please reply with your preferred day and time by Friday, and I will confirm your slot.

Thank you,
Aisling Walsh
School Secretary
Scoil Naomh Éanna, Bóthar na Trá, Galway
"""))

_t = """\
Shop Street Medical Centre

Dear Declan Ferreira-Osei,

Your appointment has been rescheduled.

Previous: Monday 9 March 2026 at 09:20 with Dr Kavanagh
New: Wednesday 11 March 2026 at 16:40 with Dr Kavanagh

We apologise for the change, which is due to unforeseen clinic commitments. If the new time does not suit, please call reception on 091 555 123. Please do not reply to this email.
"""
add(M(key="gp_appointment_rescheduled", kind="other", lang="en", company="", contact="",
      date="2026-03-06 11:30 +0000",
      frm=("Shop Street Medical Centre", "appointments-noreply@shopstreetmedical.example.ie"),
      subject="Appointment rescheduled - Shop Street Medical Centre",
      text=_t, headers=[("Auto-Submitted", "auto-generated")]))

add(M(key="ooo_kirsty", kind="other", lang="en", company="", contact="kirsty@merchantcity-rec.example.co.uk",
      date="2026-05-29 09:01 +0100",
      frm=("Kirsty Galbraith", "kirsty@merchantcity-rec.example.co.uk"),
      subject="Automatic reply: Re: Facilities Coordinator - West End client",
      refs=["merchantcity_unnamed_client", "<CAJf9Dd6k8Qe2@mail.example.ie>"],
      text="""\
Thank you for your email. I'm out of the office until Monday 8 June with limited access to email.

If your message is about an interview or an offer that needs action before then, please contact my colleague Callum Reid on callum.reid@merchantcity-rec.example.co.uk or 0141 555 0199.

Kirsty Galbraith
Merchant City Recruitment
""",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

add(M(key="course_refusal_cert_fm", kind="other", lang="en", company="", contact="mairead.kenny@westerncfe.example.ie",
      date="2026-08-20 12:15 +0100",
      frm=("Mairéad Kenny", "mairead.kenny@westerncfe.example.ie"), name_enc=("utf-8", "B"),
      subject="Your application: Certificate in Facilities Management (evening)",
      text="""\
Dear Declan,

Thank you for applying for the evening Certificate in Facilities Management (QQI Level 6) starting in September.

Unfortunately we are unable to offer you a place on this year's course. The programme was heavily oversubscribed and places were allocated in order of the entry assessment scores. You have been placed on the waiting list at number 7, and I will contact you if a place becomes available before 2 October.

You might also consider the online Certificate in Building Services Fundamentals, which still has places.

Kind regards,
Mairéad Kenny
Admissions Officer
Western College of Further Education, Galway
"""))

_items = [
    ("Facilities Coordinator - Glasgow city centre (serviced offices)",
     "£32,000 - £35,000. Panel interviews in June.", "https://www.scotjobsnet.example.co.uk/j/55201"),
    ("Building Supervisor - Kelvin Property Partners",
     "Permanent position; the closing date has moved to 12 June.", "https://www.scotjobsnet.example.co.uk/j/55230"),
    ("Estates Assistant - Clydeside Health Board",
     "Band 4. Unfortunately sponsorship is not available for this role.", "https://www.scotjobsnet.example.co.uk/j/55247"),
]
_intro = "New positions matching \"facilities coordinator\" near Glasgow."
_outro = "You're receiving this alert because you subscribed on ScotJobsNet. To stop these emails, unsubscribe here: https://www.scotjobsnet.example.co.uk/alerts/off/a12"
add(M(key="scotjobsnet_alert", kind="other", lang="en", company="", contact="",
      date="2026-05-30 06:15 +0100",
      frm=("ScotJobsNet", "jobalerts@scotjobsnet.example.co.uk"),
      subject="3 new positions: facilities coordinator, Glasgow",
      text=digest_text("ScotJobsNet job alert", _items, _intro, _outro),
      html=digest_html("ScotJobsNet job alert", _items, _intro, _outro),
      headers=bulk("<alerts.scotjobsnet.example.co.uk>", "https://www.scotjobsnet.example.co.uk/alerts/off/a12",
                   "off@scotjobsnet.example.co.uk")))

_items = [
    ("Staffing survey: one in three job offers now declined",
     "Members report more candidates turning down offers and more rejections of counter-offers.",
     "https://hif.example.ie/news/staffing-survey-2026"),
    ("Webinar: interviewing for attitude, training for skill",
     "Our HR panel on how to run a fair interview when you are short-staffed.",
     "https://hif.example.ie/events/interviewing-for-attitude"),
    ("Energy costs: where hotels stand",
     "Our position paper on the new commercial energy support scheme.", "https://hif.example.ie/policy/energy"),
]
_intro = "Members' bulletin, April 2026."
_outro = "Hospitality Ireland Forum, 9 Pembroke Street, Dublin 2. You receive this bulletin as a member contact. Update your preferences or unsubscribe."
add(M(key="hif_members_bulletin", kind="other", lang="en", company="", contact="",
      date="2026-04-02 10:00 +0100",
      frm=("Hospitality Ireland Forum", "bulletin@hif.example.ie"),
      subject="HIF Bulletin: offers declined, interviewing for attitude, energy",
      text=digest_text("HIF Members' Bulletin", _items, _intro, _outro),
      html=digest_html("HIF Members' Bulletin", _items, _intro, _outro),
      headers=bulk("HIF Bulletin <bulletin.hif.example.ie>", "https://hif.example.ie/unsubscribe?u=4410",
                   "bulletin-leave@hif.example.ie")))

_t = """\
Siobhán Devlin started a new position

Siobhán Devlin is now HR Manager at Lagan Valley University.

Congratulate Siobhán: https://www.pronet.example.com/feed/update/88312

You're receiving network update emails. Unsubscribe | Help
ProNet Ireland, 70 Sir John Rogerson's Quay, Dublin 2
"""
add(M(key="pronet_congratulate_new_position", kind="other", lang="en", company="", contact="",
      date="2026-09-07 17:44 +0100",
      frm=("ProNet", "updates-noreply@pronet.example.com"),
      subject="Congratulate Siobhán on her new position", subj_enc=("utf-8", "Q"),
      text=_t, html=ats_card("ProNet", "#0a66c2", _t), cte="base64",
      headers=bulk("<network-updates.pronet.example.com>", "https://www.pronet.example.com/unsub/2c4",
                   "unsub@pronet.example.com")))

add(M(key="own_corrib_offer_question", kind="other", lang="en", company="", contact="",
      date="2026-07-27 08:05 +0100", frm=CAND,
      to=[("Niamh Geraghty", "niamh.geraghty@corrib-university.example.ie")],
      subject="Re: Offer of appointment – Facilities Coordinator (CU-FAC-2026-014)",
      refs=["corrib_panel_invite", "corrib_offer_pdf"],
      mid_domain="mail.example.ie",
      text="""\
Dear Niamh,

Thank you very much for the offer, I was delighted to receive it.

Before I sign, could I ask two things? First, whether there is any flexibility on the starting point of the scale, given my ten years managing a licensed premises. Second, whether a start date of 14 September would be possible, as I need to give four weeks' notice at the bar.

I'm very keen to accept, and hope to return the signed letter well before the 7 August deadline.

Kind regards,
""" + CAND_SIG))

_inner = """\
Galway Racecourse is hiring a Facilities & Events Coordinator (permanent, full-time).

You'll coordinate maintenance, contractors and event set-up across the Ballybrit site, including the Summer Festival. Experience of licensed premises and large crowds is an advantage.

Apply by 30 April via galwayraces.example.ie/careers.
"""
add(M(key="friend_forward_racecourse", kind="other", lang="en", company="", contact="orla.fahy@mailbox.example.ie",
      date="2026-04-10 12:33 +0100",
      frm=("Orla Fahy", "orla.fahy@mailbox.example.ie"),
      subject="Fwd: Facilities & Events Coordinator - Galway Racecourse",
      text="""\
Saw this in the Racing Post newsletter and thought of you straight away. Festival week would be mad, but sure you've survived Race Week behind the bar ten years running!

O x

""" + forwarded("en", "Galway Racecourse Careers <careers@galwayraces.example.ie>", "Thu, 9 Apr 2026 at 10:00",
                "Facilities & Events Coordinator - Galway Racecourse", "Orla Fahy <orla.fahy@mailbox.example.ie>", _inner),
      attach_eml={"frm": ("Galway Racecourse Careers", "careers@galwayraces.example.ie"),
                      "to": ("Orla Fahy", "orla.fahy@mailbox.example.ie"),
                      "date": "2026-04-09 10:00 +0100",
                      "subject": "Facilities & Events Coordinator - Galway Racecourse",
                      "mid": "<racecourse-fec-0409@galwayraces.example.ie>",
                      "text": _inner}))

add(M(key="ooo_niamh_annual_leave", kind="other", lang="en", company="", contact="niamh.geraghty@corrib-university.example.ie",
      date="2026-07-27 08:05 +0100",
      frm=("Niamh Geraghty", "niamh.geraghty@corrib-university.example.ie"),
      subject="Out of Office: Re: Offer of appointment – Facilities Coordinator (CU-FAC-2026-014)",
      refs=["own_corrib_offer_question"],
      text="""\
Thank you for your email. I am on annual leave until Tuesday 4 August and will not be checking email.

For queries about interviews, shortlisting or offers, please contact hr.recruitment@corrib-university.example.ie and a member of the team will respond.

Niamh Geraghty
HR Business Partner (Recruitment), Corrib University
""",
      headers=[("Auto-Submitted", "auto-replied")]))

_t = """\
Facilities Ireland Network - West Region Breakfast

Thursday 21 May 2026, 07:30 - 09:30
The Hardiman Hotel, Eyre Square, Galway

Join facilities professionals from across the West for breakfast and a panel discussion: "Hiring in a tight market: interviews, offers and keeping good people". Speakers include the heads of estates at two Galway hospitals and a facilities recruiter.

Members free, non-members €25. Places are limited.

Book your place: https://fin.example.ie/events/west-breakfast-may

You are receiving this because you signed up for event news from Facilities Ireland Network. Unsubscribe: https://fin.example.ie/u/e19
"""
add(M(key="fin_breakfast_event", kind="other", lang="en", company="", contact="",
      date="2026-05-05 12:00 +0100",
      frm=("Facilities Ireland Network", "events@fin.example.ie"),
      subject="You're invited: West Region Breakfast, 21 May",
      text=_t, html=ats_card("Facilities Ireland Network", "#4a7c59", _t,
                             button=("Book your place", "https://fin.example.ie/events/west-breakfast-may")),
      headers=bulk("FIN Events <events.fin.example.ie>", "https://fin.example.ie/u/e19", "events-leave@fin.example.ie")))

_items = [
    ("Interview at Liffey Quay Properties: \"Two rounds, friendly panel\"",
     "Facilities Coordinator candidate, Dublin. Got an offer? No. Difficulty: average.",
     "https://www.workvoice.example.com/interviews/liffey-quay"),
    ("Interview at Treaty Stone Hotels: \"Never heard back after the phone screen\"",
     "Maintenance Coordinator candidate, Limerick. Difficulty: easy.",
     "https://www.workvoice.example.com/interviews/treaty-stone"),
    ("Salaries at Corrib University", "Facilities Coordinator: EUR 41k-47k based on 6 salaries.",
     "https://www.workvoice.example.com/salaries/corrib-university"),
]
_intro = "New interview reviews and salaries at companies you follow."
_outro = "WorkVoice - Manage your followed companies or unsubscribe from these emails in Settings."
add(M(key="workvoice_interview_reviews", kind="other", lang="en", company="", contact="",
      date="2026-03-21 16:20 +0000",
      frm=("WorkVoice", "noreply@workvoice.example.com"),
      subject="New interview reviews at Liffey Quay Properties and 2 more",
      text=digest_text("WorkVoice weekly", _items, _intro, _outro),
      html=digest_html("WorkVoice weekly", _items, _intro, _outro),
      headers=bulk("<weekly.workvoice.example.com>", "https://www.workvoice.example.com/unsub/w8",
                   "unsub@workvoice.example.com")))

add(M(key="own_laganestates_application", kind="other", lang="en", company="", contact="",
      date="2026-04-01 21:37 +0100", frm=CAND,
      to=[("Lagan Estates Recruitment", "careers@laganestates.example.co.uk")],
      subject="Application: Property Services Coordinator (ref LE-PSC-04)",
      mid_domain="mail.example.ie",
      text="""\
Dear Hiring Manager,

I'd like to apply for the Property Services Coordinator role advertised on ScotJobsNet and your website (ref LE-PSC-04).

For the past ten years I've managed The Quays in Galway, a 300-capacity bar and venue. Day to day that has meant running a team of fourteen, keeping the building compliant (fire safety, HACCP, pest control, lifts), and organising the contractors who keep an old building working. I've also led two refits from quote to handover.

I'm now moving into facilities and would welcome the chance to discuss how that experience could help your residents and tenants. My CV is attached, and I'm available for interview in Belfast or online at short notice.

Yours faithfully,
""" + CAND_SIG))

add(M(key="own_merchantcity_decline", kind="other", lang="en", company="", contact="",
      date="2026-06-01 19:40 +0100", frm=CAND,
      to=[("Kirsty Galbraith", "kirsty@merchantcity-rec.example.co.uk")],
      subject="Re: Another one for you - Paisley",
      refs=["merchantcity_registered", "<mcr.paisley.0529@merchantcity-rec.example.co.uk>"],
      mid_domain="mail.example.ie",
      text=reply("""\
Hi Kirsty,

Thanks for thinking of me. I'll pass on this one: the Paisley site is a long commute without a car, and the night-shift pattern is what I'm trying to get away from.

Still very interested in anything city-centre, though, so keep them coming.

Declan
""", "en", "Fri, 29 May 2026 at 16:12", "Kirsty Galbraith", "kirsty@merchantcity-rec.example.co.uk", """\
Hi Declan, I'm back next week but wanted to get this to you: a facilities supervisor role at a distribution centre in Paisley, nights 4-on-4-off, £34k. Interested? Kirsty
""")))

_t = """\
Hi Declan,

You recently applied for Facilities & Maintenance Coordinator at Treaty Stone Hotels. Whatever the outcome, we'd like to know how the process felt.

How likely are you to recommend applying to Treaty Stone Hotels to a friend?
0 1 2 3 4 5 6 7 8 9 10
https://survey.candidatepulse.example.com/s/ts-7731

The survey takes 2 minutes and your answers are anonymous; they will not affect any current or future application.

CandidatePulse, on behalf of Treaty Stone Hotels
Unsubscribe from candidate surveys: https://survey.candidatepulse.example.com/u/ts-7731
"""
add(M(key="candidatepulse_survey", kind="other", lang="en", company="", contact="",
      date="2026-02-24 10:00 +0000",
      frm=("Treaty Stone Hotels via CandidatePulse", "surveys@candidatepulse.example.com"),
      subject="How was your application experience with Treaty Stone Hotels?",
      text=_t, html=ats_card("Treaty Stone Hotels", "#1d4e5f", _t),
      headers=[("List-Unsubscribe", "<https://survey.candidatepulse.example.com/u/ts-7731>"),
               ("Auto-Submitted", "auto-generated")]))

add(M(key="gaa_club_agm_positions", kind="other", lang="en", company="", contact="secretary.fionnuala@mailbox.example.ie",
      date="2026-01-14 20:15 +0000",
      frm=("Fionnuala Ní Bhriain", "secretary.fionnuala@mailbox.example.ie"), name_enc=("utf-8", "Q"),
      subject="Bóthar na Trá GAA - AGM and officer positions", subj_enc=("iso-8859-1", "Q"),
      to=[("Club members", "members@bothar-gaa.example.ie")],
      cc=[CAND],
      text="""\
Hi all,

Our AGM takes place on Friday 30 January at 8pm in the clubhouse.

The following officer positions are up for election: Chairperson, Treasurer, PRO and Bar Officer. Declan, I've copied you directly, as several people have asked whether you'd put your name forward for the bar position again, given the great job you did with the new cellar last year. No pressure!

Nominations must reach me by Friday 23 January. There's no interview or anything like that, just a proposer and seconder.

Fionnuala
Club Secretary
"""))

_t = """\
Dear Declan,

Your pension statement for the period ending 30 June 2026 is now available.

Your fund value: EUR 31,482.16
Projected retirement position (age 66): available in your online account

Log in to view your full statement and check whether your contributions are on track: https://my.westlifepensions.example.ie

This email was sent automatically. Please do not reply.
Westlife Pensions DAC is regulated by the Central Bank of Ireland.
"""
add(M(key="pension_position_statement", kind="other", lang="en", company="", contact="",
      date="2026-07-10 06:00 +0100",
      frm=("Westlife Pensions", "noreply@westlifepensions.example.ie"),
      subject="Your pension position at 30 June 2026",
      text=_t, html=ats_card("Westlife Pensions", "#5b2c6f", _t)))

_t = """\
Interview Masterclass: nail your next facilities interview

Live online, Wednesday 17 June, 19:00 - 20:30

You've got the interview. Now what? In 90 minutes, our panel of hiring managers from property, healthcare and hotels will walk you through competency questions, the dreaded "tell me about a time" and how to answer when you're asked about a rejection.

Early-bird price €29 until 10 June.

Reserve your seat: https://careerboost.example.ie/masterclass/facilities

You're receiving this because you attended a CareerBoost event. Unsubscribe: https://careerboost.example.ie/unsub/mk2
"""
add(M(key="careerboost_masterclass", kind="other", lang="en", company="", contact="",
      date="2026-06-03 11:00 +0100",
      frm=("CareerBoost Ireland", "events@careerboost.example.ie"),
      subject="Interview Masterclass: get the offer, not the rejection",
      text=_t, html=ats_card("CareerBoost Ireland", "#e67e22", _t,
                             button=("Reserve your seat", "https://careerboost.example.ie/masterclass/facilities")),
      headers=bulk("CareerBoost events <events.careerboost.example.ie>", "https://careerboost.example.ie/unsub/mk2",
                   "unsub@careerboost.example.ie")))

_items = [
    ("Offers up, notice periods down",
     "Candidates in facilities are receiving more offers than a year ago; counter-offers are being rejected more often.",
     "https://harbourline.example.ie/insights/q2-2026"),
    ("Interview tip: bring your numbers",
     "Budgets, contractor counts, square metres: panels love specifics.", "https://harbourline.example.ie/insights/numbers"),
    ("Hot jobs this week", "Six new facilities and property positions in Dublin and Galway.",
     "https://harbourline.example.ie/jobs?sector=facilities"),
]
_intro = "Harbourline Property & Facilities - Market Update, Q2 2026"
_outro = "Harbourline Recruitment Ltd, Unit 4, Hanover Quay, Dublin 2. You are receiving this as a registered candidate. Unsubscribe."
add(M(key="harbourline_market_update", kind="other", lang="en", company="", contact="",
      date="2026-07-07 08:00 +0100",
      frm=("Harbourline Recruitment", "news@harbourline.example.ie"),
      subject="Market update: offers, interviews and hot jobs",
      text=digest_text("Market Update Q2 2026", _items, _intro, _outro),
      html=digest_html("Market Update Q2 2026", _items, _intro, _outro),
      headers=bulk("Harbourline news <news.harbourline.example.ie>", "https://harbourline.example.ie/unsubscribe/c118",
                   "news-unsubscribe@harbourline.example.ie")))

# ================================================================== French

_items = [
    ("Coordinateur services généraux H/F – Rennes (35)",
     "CDI, entretiens prévus début juin. Poste ouvert aux profils issus de l'hôtellerie.",
     "https://www.emploiouest.example.fr/offre/447120"),
    ("Responsable technique hôtel 4* – Saint-Malo",
     "Malheureusement, cette offre expire dans 3 jours.", "https://www.emploiouest.example.fr/offre/447188"),
    ("Gestionnaire technique de copropriétés – Rennes centre",
     "Cabinet de syndic, poste à pourvoir immédiatement.", "https://www.emploiouest.example.fr/offre/447203"),
]
_intro = "Bonjour Declan, voici les nouvelles offres correspondant à votre alerte « services généraux – Rennes »."
_outro = "Vous recevez cet e-mail car vous avez créé une alerte sur EmploiOuest. Se désabonner : https://www.emploiouest.example.fr/alertes/stop/f31"
add(M(key="emploiouest_alerte", kind="other", lang="fr", company="", contact="",
      date="2026-05-18 06:30 +0200",
      frm=("EmploiOuest", "alertes@emploiouest.example.fr"),
      subject="3 nouvelles offres pour votre alerte « services généraux – Rennes »",
      text=digest_text("Votre alerte EmploiOuest", _items, _intro, _outro),
      html=digest_html("Votre alerte EmploiOuest", _items, _intro, _outro, lang="fr"),
      cte="quoted-printable", html_cte="quoted-printable",
      headers=bulk("Alertes EmploiOuest <alertes.emploiouest.example.fr>",
                   "https://www.emploiouest.example.fr/alertes/stop/f31", "stop@emploiouest.example.fr")))

_t = """\
Monsieur Ferreira-Osei,

Nous avons examiné votre candidature à la Licence professionnelle « Métiers de l'immobilier : gestion et administration de biens », parcours facility management, pour la rentrée 2026.

Nous avons le regret de vous informer que la commission pédagogique n'a pas retenu votre candidature : le nombre de places en formation continue est limité à 12 et votre dossier ne comportait pas l'attestation de niveau B2 en français demandée.

Vous pouvez consulter le détail de la décision sur la plateforme de candidature.

Le service de scolarité
Institut universitaire de Vilaine

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
"""
add(M(key="licence_pro_refus_admission", kind="other", lang="fr", company="", contact="",
      date="2026-06-19 14:00 +0200",
      frm=("Institut universitaire de Vilaine – Scolarité", "scolarite-noreply@iu-vilaine.example.fr"),
      subject="Décision de la commission – Licence professionnelle Métiers de l'immobilier",
      text=_t, charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(key="own_leslices_remerciements", kind="other", lang="fr", company="", contact="",
      date="2026-06-15 11:02 +0200", frm=CAND,
      to=[("Erwan Le Gall", "erwan.legall@hotel-leslices.example.fr")],
      subject="Merci pour notre échange",
      refs=["leslices_echange_jeudi", "leslices_nouveau_creneau"],
      mid_domain="mail.example.ie",
      text="""\
Bonjour Erwan,

Merci encore pour notre conversation de ce matin, et pour votre patience après le malentendu de jeudi.

Le projet de rénovation des chambres du deuxième étage et la reprise en interne de la maintenance m'intéressent beaucoup. Comme je vous l'ai dit, je serai à Rennes à partir du 22 juin et je peux passer à l'hôtel quand vous le souhaitez.

Bien cordialement,
Declan Ferreira-Osei
+353 87 412 6630
"""))

_t = """\
Bonjour Monsieur Ferreira-Osei,

Votre rendez-vous avec votre conseiller, M. Thomas Guéguen, est confirmé le jeudi 9 juillet 2026 à 10h00 à l'agence Rennes République.

Objet du rendez-vous : ouverture de compte non-résident et point sur la position de vos comptes.

Pensez à apporter une pièce d'identité, un justificatif de domicile et votre contrat de travail ou promesse d'embauche.

Pour modifier ou annuler ce rendez-vous, rendez-vous dans votre espace client.

Banque Armoricaine. Ceci est un message automatique, merci de ne pas y répondre.
"""
add(M(key="banque_rendezvous_conseiller", kind="other", lang="fr", company="", contact="",
      date="2026-07-01 09:00 +0200",
      frm=("Banque Armoricaine", "ne-pas-repondre@banque-armoricaine.example.fr"),
      subject="Confirmation de votre rendez-vous du 9 juillet",
      text=_t, charset="iso-8859-1", cte="quoted-printable",
      html=simple_html(_t, "fr"), html_charset="utf-8", html_cte="base64"))

_t = """\
Bonjour Declan,

Malheureusement, votre colis n° 6A 2281 9930 4FR a pris du retard.

Expéditeur : Décathlon Rennes
Livraison prévue initialement : mardi 23 juin
Nouvelle date estimée : vendredi 26 juin

Ce retard est dû à un incident sur notre plateforme de tri. Nous vous prions de nous excuser pour la gêne occasionnée. Vous pouvez choisir une autre date de livraison ou un point relais sur notre site.

Suivre mon colis : https://suivi.colisouest.example.fr/6A228199304FR

Colis Ouest
"""
add(M(key="colis_retarde", kind="other", lang="fr", company="", contact="",
      date="2026-06-23 07:15 +0200",
      frm=("Colis Ouest", "noreply@colisouest.example.fr"),
      subject="Votre colis est retardé",
      text=_t, html=ats_card("Colis Ouest", "#ffcc00", _t, lang="fr")))

add(M(key="ooo_yannick_absent", kind="other", lang="fr", company="", contact="yannick.corre@breizh-immo.example.fr",
      date="2026-03-05 09:12 +0100",
      frm=("Yannick Corre", "yannick.corre@breizh-immo.example.fr"),
      subject="Réponse automatique : Re: Votre candidature chez Breizh Immobilier",
      refs=["breizh_teamtailor_refus", "<CAJf9Dd7p3Lm4@mail.example.ie>"],
      text="""\
Bonjour,

Je suis absent du bureau jusqu'au lundi 16 mars inclus, avec un accès limité à ma messagerie.

Pour toute question urgente concernant un recrutement, un entretien ou une proposition d'embauche, vous pouvez contacter Soizic Le Roux : soizic.leroux@breizh-immo.example.fr.

Cordialement,
Yannick Corre
Responsable RH – Breizh Immobilier
""",
      headers=[("Auto-Submitted", "auto-replied")]))

_items = [
    ("Refus après entretien : comment rebondir ?",
     "Demander un retour, analyser, relancer : la méthode en trois étapes de notre coach.",
     "https://www.carrieres-ouest.example.fr/articles/rebondir-apres-un-refus"),
    ("Reconversion : ces compétences de l'hôtellerie que les recruteurs adorent",
     "Gestion des équipes, des fournisseurs et des imprévus.",
     "https://www.carrieres-ouest.example.fr/articles/competences-hotellerie"),
    ("Négocier une promesse d'embauche", "Ce que vous pouvez demander, et quand.",
     "https://www.carrieres-ouest.example.fr/articles/negocier"),
]
_intro = "La lettre Carrières Ouest – numéro de mai."
_outro = "Vous êtes abonné à la lettre Carrières Ouest. Pour ne plus la recevoir, cliquez ici."
add(M(key="carrieres_ouest_lettre", kind="other", lang="fr", company="", contact="",
      date="2026-05-12 08:00 +0200",
      frm=("Carrières Ouest", "lettre@carrieres-ouest.example.fr"),
      subject="Refus après entretien : comment rebondir ?",
      subj_enc=("iso-8859-1", "B"),
      text=digest_text("Carrières Ouest", _items, _intro, _outro),
      html=digest_html("Carrières Ouest", _items, _intro, _outro, lang="fr"),
      headers=bulk("Lettre Carrieres Ouest <lettre.carrieres-ouest.example.fr>",
                   "https://www.carrieres-ouest.example.fr/desabonnement/77", "desabonnement@carrieres-ouest.example.fr")))

# ================================================================== German

_items = [
    ("Objektmanager (m/w/d) – Düsseldorf-Hafen",
     "Unbefristet, Vorstellungsgespräche ab KW 30.", "https://www.stellenrhein.example.de/job/990112"),
    ("Haustechniker (m/w/d) – Hotel an der Kö",
     "Leider nur noch wenige Tage online.", "https://www.stellenrhein.example.de/job/990140"),
    ("Koordinator Facility Services (m/w/d) – Neuss",
     "Quereinsteiger aus Gastronomie willkommen.", "https://www.stellenrhein.example.de/job/990166"),
]
_intro = "Hallo Declan, wir haben 3 neue Stellen für Ihren Suchauftrag „Facility Koordinator Düsseldorf“ gefunden."
_outro = "Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei StellenRhein angelegt haben. Abmelden: https://www.stellenrhein.example.de/abmelden/s55"
add(M(key="stellenrhein_jobalert", kind="other", lang="de", company="", contact="",
      date="2026-07-13 06:45 +0200",
      frm=("StellenRhein Jobalarm", "jobalarm@stellenrhein.example.de"),
      subject="3 neue Jobs: Facility Koordinator Düsseldorf",
      text=digest_text("Ihr Jobalarm", _items, _intro, _outro),
      html=digest_html("Ihr Jobalarm", _items, _intro, _outro, lang="de"),
      headers=bulk("StellenRhein Jobalarm <jobalarm.stellenrhein.example.de>",
                   "https://www.stellenrhein.example.de/abmelden/s55", "abmelden@stellenrhein.example.de")))

add(M(key="own_koe_terminverschiebung", kind="other", lang="de", company="", contact="",
      date="2026-07-16 08:12 +0200", frm=CAND,
      to=[("Katrin Wilms", "k.wilms@koe-immo.example.de")],
      subject="Bitte um Terminverschiebung",
      refs=["koe_einladung"],
      mid_domain="mail.example.ie",
      text="""\
Sehr geehrte Frau Wilms,

vielen Dank für die Einladung, über die ich mich sehr freue. Leider habe ich am 21. Juli bereits einen anderen Termin in Irland, den ich nicht verschieben kann. Wäre ein Gespräch am 22. oder 23. Juli möglich?

Mit freundlichen Grüßen
Declan Ferreira-Osei
"""))

add(M(key="ooo_henrike_abwesend", kind="other", lang="de", company="", contact="h.sauerland@klinikum-oberkassel.example.de",
      date="2026-07-02 18:48 +0200",
      frm=("Henrike Sauerland", "h.sauerland@klinikum-oberkassel.example.de"),
      subject="Abwesenheitsnotiz: Vielen Dank für das Gespräch",
      refs=["<0f1e2d3c.declan@mail.example.ie>"],
      text="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. Juli nicht im Haus. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen zu Bewerbungen, Vorstellungsgesprächen oder Vertragsangelegenheiten wenden Sie sich bitte an personal@klinikum-oberkassel.example.de.

Mit freundlichen Grüßen
Henrike Sauerland
""",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

add(M(key="vermieter_uebergabetermin", kind="other", lang="de", company="", contact="r.kaempfer@hv-kaempfer.example.de",
      date="2026-08-27 16:20 +0200",
      frm=("Ralf Kämpfer", "r.kaempfer@hv-kaempfer.example.de"),
      subject="Termin Wohnungsübergabe Lorettostraße 14",
      charset="windows-1252", cte="quoted-printable",
      text="""\
Sehr geehrter Herr Ferreira-Osei,

wie telefonisch besprochen bestätige ich Ihnen den Termin zur Wohnungsübergabe:

Montag, 28. September 2026, 17:00 Uhr
Lorettostraße 14, 40219 Düsseldorf, 2. OG links

Bitte bringen Sie Ihren Personalausweis mit. Wir lesen gemeinsam die Zählerstände ab und halten die Position der Rauchwarnmelder im Übergabeprotokoll fest. Die Kaution überweisen Sie bitte bis spätestens 21. September.

Falls Sie den Termin nicht wahrnehmen können, geben Sie mir bitte rechtzeitig Bescheid.

Mit freundlichen Grüßen
Ralf Kämpfer
Hausverwaltung Kämpfer – Immobilienverwaltung seit 1987
Bilker Allee 88 · 40217 Düsseldorf · Tel. 0211 555 3020
"""))

_t = """\
Sehr geehrter Herr Ferreira-Osei,

vielen Dank für Ihre Anmeldung zum Lehrgang „Geprüfte/r Fachwirt/in für Facility Management“ (Teilzeit, Start 5. Oktober 2026).

Leider können wir Ihnen keinen Platz in diesem Lehrgang anbieten: Der Kurs ist bereits vollständig ausgebucht. Wir haben Sie auf die Warteliste gesetzt (Platz 4) und informieren Sie, falls ein Platz frei wird. Der nächste Lehrgang beginnt voraussichtlich im März 2027.

Mit freundlichen Grüßen
Ihr Weiterbildungsteam
Bildungszentrum Rhein-Ruhr

Diese E-Mail wurde automatisch erstellt.
"""
add(M(key="lehrgang_ausgebucht", kind="other", lang="de", company="", contact="",
      date="2026-09-09 10:30 +0200",
      frm=("Bildungszentrum Rhein-Ruhr", "weiterbildung-noreply@bz-rheinruhr.example.de"),
      subject="Ihre Anmeldung: Fachwirt/in für Facility Management – leider ausgebucht",
      text=_t, html=ats_card("Bildungszentrum Rhein-Ruhr", "#0050a0", _t, lang="de"),
      headers=[("Auto-Submitted", "auto-generated")]))

# ================================================================== Spanish

_items = [
    ("Responsable de mantenimiento – hotel boutique, Sevilla centro",
     "Incorporación inmediata. Entrevistas la próxima semana.", "https://www.empleosur.example.es/oferta/77120"),
    ("Coordinador/a de servicios generales – hospital privado, Sevilla",
     "Lamentablemente, esta oferta caduca mañana.", "https://www.empleosur.example.es/oferta/77155"),
    ("Técnico de mantenimiento de comunidades – Triana",
     "Administrador de fincas busca perfil organizado.", "https://www.empleosur.example.es/oferta/77190"),
]
_intro = "Hola Declan, tenemos 3 ofertas nuevas para tu alerta «mantenimiento Sevilla»."
_outro = "Recibes este correo porque creaste una alerta en EmpleoSur. Darse de baja: https://www.empleosur.example.es/baja/e42"
add(M(key="empleosur_alerta", kind="other", lang="es", company="", contact="",
      date="2026-08-24 07:00 +0200",
      frm=("EmpleoSur", "alertas@empleosur.example.es"),
      subject="3 ofertas nuevas para «mantenimiento Sevilla»",
      text=digest_text("Tu alerta de EmpleoSur", _items, _intro, _outro),
      html=digest_html("Tu alerta de EmpleoSur", _items, _intro, _outro, lang="es"),
      headers=bulk("Alertas EmpleoSur <alertas.empleosur.example.es>",
                   "https://www.empleosur.example.es/baja/e42", "baja@empleosur.example.es")))

add(M(key="amiga_ines_su_rechazo", kind="other", lang="es", company="", contact="ines.caballero@correo.example.es",
      date="2026-09-11 23:05 +0200",
      frm=("Inés Caballero", "ines.caballero@correo.example.es"),
      subject="pues nada...",
      text="""\
Declan!!

Nada, que me han dicho que no en lo del hotel de la Plaza Nueva. Me llamó la de recursos humanos esta tarde: "hemos decidido continuar con otra candidata". Después de dos entrevistas y una prueba de inglés, ¡ni una explicación!

En fin, ya saldrá otra cosa. ¿Y tú qué tal con lo de la Alfalfa? ¿Te han dicho algo ya después de la entrevista?

Nos vemos el sábado en la Alameda, que necesito una caña.

Besos,
Inés
"""))

add(M(key="own_alfalfa_gracias", kind="other", lang="es", company="", contact="",
      date="2026-09-08 20:30 +0200", frm=CAND,
      to=[("Macarena Ruiz", "macarena@hotelalfalfa.example.es")],
      subject="Gracias por la entrevista de ayer",
      refs=["alfalfa_te_viene_bien_jueves", "alfalfa_mover_al_lunes"],
      mid_domain="mail.example.ie",
      text="""\
Hola Macarena,

Muchas gracias por la entrevista de ayer y por enseñarme todo el hotel, incluida la azotea. Me encantó el ambiente del equipo y la idea de organizar el mantenimiento preventivo desde cero.

Perdona mi español, todavía estoy aprendiendo, pero espero que se entendiera lo mucho que me interesa el puesto.

Un saludo,
Declan Ferreira-Osei
+353 87 412 6630
"""))

_t = """\
Estimado cliente:

Le recordamos su cita con su gestor personal, D. Álvaro Pineda, el martes 29 de septiembre de 2026 a las 12:30 en la oficina de Avenida de la Constitución, 11 (Sevilla).

Motivo de la cita: apertura de cuenta y revisión de la posición global de sus productos.

Si no puede asistir, puede modificar la cita desde la app o llamando al 900 555 210.

Banco Hispalense. Este mensaje se ha enviado automáticamente. No responda a este correo.
"""
add(M(key="banco_cita_gestor", kind="other", lang="es", company="", contact="",
      date="2026-09-25 10:00 +0200",
      frm=("Banco Hispalense", "no-responder@bancohispalense.example.es"),
      subject="Recordatorio: su cita con su gestor", subj_enc=("iso-8859-1", "Q"),
      text=_t, charset="iso-8859-1", cte="quoted-printable"))

_items = [
    ("Cinco preguntas que siempre salen en una entrevista",
     "Y cómo responderlas sin sonar a manual.", "https://www.trabajarbien.example.es/blog/cinco-preguntas"),
    ("¿Te han rechazado? Pide feedback así",
     "Una plantilla de correo para pedir una valoración tras un rechazo.", "https://www.trabajarbien.example.es/blog/pedir-feedback"),
    ("Cómo comparar dos ofertas de trabajo", "Salario, jornada, convenio y algo más.",
     "https://www.trabajarbien.example.es/blog/comparar-ofertas"),
]
_intro = "Boletín semanal de TrabajarBien: consejos para tu entrevista."
_outro = "Recibes este boletín porque te suscribiste en trabajarbien.example.es. Darse de baja."
add(M(key="trabajarbien_boletin", kind="other", lang="es", company="", contact="",
      date="2026-09-06 09:30 +0200",
      frm=("TrabajarBien", "boletin@trabajarbien.example.es"),
      subject="Consejos para tu entrevista (y qué hacer tras un rechazo)",
      text=digest_text("TrabajarBien", _items, _intro, _outro),
      html=digest_html("TrabajarBien", _items, _intro, _outro, lang="es"), html_cte="base64",
      headers=bulk("Boletin TrabajarBien <boletin.trabajarbien.example.es>",
                   "https://www.trabajarbien.example.es/baja/t9", "baja@trabajarbien.example.es")))

add(M(key="prensa_entrevista_diario", kind="other", lang="es", company="", contact="pblanco@diariodetriana.example.es",
      date="2026-10-02 12:40 +0200",
      frm=("Paula Blanco", "pblanco@diariodetriana.example.es"),
      subject="Entrevista para Diario de Triana: irlandeses que trabajan en Sevilla",
      text="""\
Hola Declan:

Soy Paula Blanco, periodista del Diario de Triana. Estoy preparando un reportaje sobre irlandeses que han venido a vivir y trabajar en Sevilla, y Macarena, del Hotel Patio de la Alfalfa, me ha dado tu contacto.

¿Te apetecería que te hiciera una entrevista breve, de unos 20 minutos, para el reportaje? Puede ser en persona o por teléfono, y en inglés si lo prefieres. También nos gustaría hacerte un par de fotos.

Un saludo y gracias,
Paula Blanco
Redacción – Diario de Triana
Tel. 954 55 88 40
"""))

_t = """\
Estimado/a Declan Ferreira-Osei:

Le informamos de la resolución de admisión al Máster en Dirección de Servicios Generales y Facility Management (edición 2026-2027).

Estado de su solicitud: NO ADMITIDO/A – lista de espera (posición 9)

La comisión académica ha resuelto la admisión según los criterios de baremación publicados. Si se produce alguna vacante, le avisaremos por correo electrónico antes del 15 de octubre.

Secretaría de Posgrado
Escuela de Negocios Hispalense

No responda a este mensaje; ha sido generado automáticamente.
"""
add(M(key="master_no_admitido", kind="other", lang="es", company="", contact="",
      date="2026-09-30 13:00 +0200",
      frm=("Escuela de Negocios Hispalense", "posgrado-noreply@enhispalense.example.es"),
      subject="Resolución de admisión – Máster en Dirección de Servicios Generales",
      text=_t, html=ats_card("Escuela de Negocios Hispalense", "#8e1b3f", _t, lang="es"),
      cte="base64", html_cte="base64",
      headers=[("Auto-Submitted", "auto-generated")]))
