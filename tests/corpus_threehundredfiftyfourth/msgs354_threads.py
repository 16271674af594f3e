"""Corpus 354: the long threads (acknowledgement -> invitation -> moved slot -> thanks ->
outcome), listed parent-first."""

from __future__ import annotations

from msgs354_common import (
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_ES,
    DISCLAIMER_FR,
    ME_SIG_DE,
    ME_SIG_EN,
    ME_SIG_ES,
    ME_SIG_FR,
    Spec,
    html_shell,
    m,
    mine,
)

# ------------------------------------------------------------------ Orchard Lane Cider (Cork)
OL = "Orchard Lane Cider"
SIOBHAN = ("Siobhán Kearney", "siobhan.kearney@orchardlane.example.ie")
DECLAN = ("Declan Farrell", "declan.farrell@orchardlane.example.ie")
OL_SIG = ("Siobhán Kearney\nPeople & Culture Lead | Orchard Lane Cider\n"
          "Ballinhassig Road, Ovens, Co. Cork, P31 XK20\nT: +353 21 487 3310")

ORCHARD = [
    m("application_received", "en", "orchardlane_ack", OL, "",
      ("Orchard Lane Cider", "no-reply@hire.lever.co"),
      "Thanks for applying to Orchard Lane Cider", "2026-08-18 10:02 +0100",
      "Hi Cormac,\n\n"
      "Thank you for applying for the Area Sales Executive (Munster On-Trade) role at\n"
      "Orchard Lane Cider. We've got your application and our team will look through it\n"
      "over the coming days.\n\n"
      "If your experience is a match for what we need, someone from the team will reach out\n"
      "to arrange a conversation. In the meantime, feel free to have a look around our\n"
      "orchard blog.\n\n"
      "Cheers,\nThe Orchard Lane team\n\n"
      "Sent via Lever. Please don't reply to this email; replies aren't monitored.\n",
      html=html_shell("Orchard Lane Cider", [
          "Hi Cormac,",
          "Thank you for applying for the <b>Area Sales Executive (Munster On-Trade)</b> role "
          "at Orchard Lane Cider. We've got your application and our team will look through "
          "it over the coming days.",
          "If your experience is a match for what we need, someone from the team will reach "
          "out to arrange a conversation.",
          "Cheers,<br>The Orchard Lane team"],
          colour="#6b8e23", footer="Sent via Lever. Replies to this address aren't monitored."),
      id="ol1"),
    m("interview_invitation", "en", "orchardlane_invite", OL, SIOBHAN[1], SIOBHAN,
      "Interview – Area Sales Executive (Munster On-Trade)", "2026-08-26 14:37 +0100",
      "Hi Cormac,\n\n"
      "Thanks for your patience. Declan (our Sales Director) and I would love to meet you\n"
      "for a first interview for the Area Sales Executive role.\n\n"
      "Would Thursday 3 September at 11:00 suit? We'd meet at the cider house in Ovens -\n"
      "plenty of parking at the front. It'll take about an hour, and we'll finish with a\n"
      "quick walk through the press house. I've sent a calendar invite; accept it if the\n"
      "time works or just reply with a couple of alternatives.\n\n"
      "No need to prepare a presentation for this round. Bring along any figures you have\n"
      "on the bar's cider and craft sales if you're comfortable sharing them.\n\n"
      f"Best,\n{OL_SIG}\n",
      ics={"uid": "ol-interview-0903@orchardlane.example.ie", "seq": 0,
           "stamp": "20260826T133700Z", "start": "20260903T110000",
           "end": "20260903T120000", "summary": "Interview: Cormac Ó Briain-Castellanos",
           "location": "Orchard Lane Cider, Ovens, Co. Cork"},
      id="ol2", parent="ol1"),
    m("interview_reschedule_or_cancel", "en", "orchardlane_moved", OL, SIOBHAN[1], SIOBHAN,
      "Re: Interview – Area Sales Executive (Munster On-Trade)", "2026-09-01 09:12 +0100",
      "Hi Cormac,\n\n"
      "Apologies for the shuffle - Declan has been pulled into a retailer audit in Dublin\n"
      "on Thursday, so we need to move our chat. Could we do Tuesday 8 September at\n"
      "14:30 instead, same place? The updated invite is attached; the old slot is gone\n"
      "from your calendar once you accept.\n\n"
      "Sorry again, and looking forward to meeting you.\n\n"
      "Siobhán\n",
      quote="en",
      ics={"uid": "ol-interview-0903@orchardlane.example.ie", "seq": 1,
           "stamp": "20260901T081200Z", "start": "20260908T143000",
           "end": "20260908T153000", "summary": "Interview: Cormac Ó Briain-Castellanos",
           "location": "Orchard Lane Cider, Ovens, Co. Cork"},
      id="ol3", parent="ol2"),
    mine("orchardlane_thanks", "en", SIOBHAN, "Thank you - interview today",
         "2026-09-08 18:20 +0100",
         "Hi Siobhán,\n\n"
         "Thank you and Declan for your time this afternoon, and for the tour of the press\n"
         "house - I hadn't realised how much of the blending happens by taste. It was great\n"
         "to hear how you want to grow the on-trade in Kerry and West Cork; it's exactly the\n"
         "kind of patch I'd love to build.\n\n"
         "I'll send the sales figures we discussed by Thursday.\n\n" + ME_SIG_EN + "\n",
         quote="en", id="ol4", parent="ol3"),
    m("offer", "en", "orchardlane_verbal_offer", OL, DECLAN[1], DECLAN,
      "Following our call - the Munster role", "2026-09-22 17:05 +0100",
      "Cormac,\n\n"
      "Great to speak to you earlier. As I said on the phone, we'd very much like you to\n"
      "join us as Area Sales Executive for Munster. To put what we discussed in writing:\n\n"
      "  - base salary EUR 42,000\n"
      "  - company car and fuel card\n"
      "  - quarterly commission on volume and new listings (target EUR 9,000 a year)\n"
      "  - start date to suit, ideally early November\n\n"
      "Siobhán will send the formal offer letter over in the next day or two. Have a think,\n"
      "talk it over at home, and ring me with any questions.\n\n"
      "Declan Farrell\nSales Director, Orchard Lane Cider\n+353 86 220 4471\n",
      id="ol5", parent="ol4"),
    m("offer", "en", "orchardlane_offer_letter", OL, SIOBHAN[1], SIOBHAN,
      "Your offer of employment - Orchard Lane Cider", "2026-09-24 11:48 +0100",
      "Hi Cormac,\n\n"
      "Following Declan's call on Tuesday, I'm delighted to attach your formal offer of\n"
      "employment for the role of Area Sales Executive (Munster On-Trade).\n\n"
      "The letter sets out the salary, car, commission plan, holidays and the proposed\n"
      "start date of Monday 2 November 2026. If you're happy to accept, sign page one and\n"
      "send it back to me by Friday 2 October; I'll then send the contract and the\n"
      "onboarding pack.\n\n"
      f"Warm regards,\n{OL_SIG}\n\n{DISCLAIMER_EN}\n",
      pdfs=[("OrchardLane_Offer_Cormac_OBriain-Castellanos.pdf", [
          "Orchard Lane Cider - Offer of Employment", "",
          "Dear Cormac,",
          "We are pleased to offer you the position of Area Sales Executive",
          "(Munster On-Trade), starting 2 November 2026.",
          "Base salary: EUR 42,000 per annum. Company car. Commission plan.",
          "Please sign and return by 2 October 2026.",
          "Siobhan Kearney, People & Culture Lead"])],
      id="ol6", parent="ol5"),
    mine("orchardlane_accept", "en", SIOBHAN, "RE: Your offer of employment - Orchard Lane Cider",
         "2026-10-01 08:55 +0100",
         "Hi Siobhán,\n\n"
         "Please find the signed offer letter attached - I'm delighted to accept and can't\n"
         "wait to get started on 2 November.\n\n"
         "Could you let me know what you need from me for payroll (PPSN, bank details)?\n\n"
         + ME_SIG_EN + "\n",
         quote="outlook", pdfs=[("Offer_signed_COBC.pdf", [
             "Orchard Lane Cider - Offer of Employment",
             "Accepted: Cormac O Briain-Castellanos, 30 September 2026"])],
         id="ol7", parent="ol6"),
    m("offer", "en", "orchardlane_contract", OL, SIOBHAN[1], SIOBHAN,
      "Contract for signature - Area Sales Executive", "2026-10-02 15:30 +0100",
      "Hi Cormac,\n\n"
      "Thank you - we're all thrilled! As promised, attached is your contract of employment\n"
      "for signature, along with the company car policy. Please sign both where marked and\n"
      "return them before your first day. Your start date is confirmed as Monday\n"
      "2 November; you'll spend the first week with Declan on the road.\n\n"
      f"Talk soon,\n{OL_SIG}\n",
      pdfs=[("Contract_of_Employment_Orchard_Lane.pdf", [
          "CONTRACT OF EMPLOYMENT", "Orchard Lane Cider",
          "Employee: Cormac O Briain-Castellanos",
          "Role: Area Sales Executive (Munster On-Trade)",
          "Commencement: 2 November 2026", "Signature: ____________________"]),
          ("Company_Car_Policy.pdf", ["Orchard Lane Cider - Company Car Policy", "Version 3"])],
      id="ol8", parent="ol7"),
]

# ------------------------------------------------------- Shannonside via Cask & Keg Recruitment
SH = "Shannonside Drinks Distribution"
NIAMH = ("Niamh Ruddy", "niamh@caskandkeg.example.ie")
NIAMH_SIG = ("Niamh Ruddy\nSenior Consultant - Sales & Commercial\nCask & Keg Recruitment\n"
             "14 Camden Row, Dublin 8 | +353 1 555 0192")
GARY = ("Gary Moloney", "gary.moloney@shannonside.example.ie")

SHANNONSIDE = [
    m("application_received", "en", "caskkeg_shannonside_ack", SH, NIAMH[1], NIAMH,
      "Your application: Trade Sales Manager, Limerick", "2026-07-20 09:41 +0100",
      "Hi Cormac,\n\n"
      "Thanks for applying for the Trade Sales Manager role with our client Shannonside\n"
      "Drinks Distribution here in Limerick. Just to confirm I've received your CV and\n"
      "cover note.\n\n"
      "I'm reviewing applications this week and will be in touch either way by Friday.\n"
      "Your background running a busy bar is interesting to them - they supply a lot of\n"
      "the independent pubs in the mid-west.\n\n"
      f"Kind regards,\n{NIAMH_SIG}\n",
      id="sh1"),
    m("interview_invitation", "en", "caskkeg_shannonside_invite", SH, NIAMH[1], NIAMH,
      "Interview with Shannonside - Thursday 30 July", "2026-07-24 12:15 +0100",
      "Hi Cormac,\n\n"
      "Good news - Shannonside would like to meet you. They've offered Thursday 30 July\n"
      "at 10:00 at their depot, Unit 7, Raheen Business Park, Limerick. You'll meet Gary\n"
      "Moloney (Commercial Director) and one of the regional managers; allow 45 minutes.\n\n"
      "Dress is smart casual. Give me a ring if you'd like to talk it through beforehand.\n\n"
      f"Kind regards,\n{NIAMH_SIG}\n",
      quote="en", id="sh2", parent="sh1"),
    mine("caskkeg_move_request", "en", NIAMH, "Re: Interview with Shannonside - Thursday 30 July",
         "2026-07-24 22:47 +0100",
         "Hi Niamh,\n\n"
         "That's great news, thank you! The only thing is I'm on the rota until 2pm on\n"
         "Thursday and my deputy is on holiday that week. Would there be any chance of an\n"
         "afternoon slot, or any time on Friday 31st?\n\n"
         "Sorry to be awkward.\n\n" + ME_SIG_EN + "\n",
         quote="en", id="sh3", parent="sh2"),
    m("interview_reschedule_or_cancel", "en", "caskkeg_shannonside_moved", SH, NIAMH[1], NIAMH,
      "Re: Interview with Shannonside - Thursday 30 July", "2026-07-27 10:03 +0100",
      "Hi Cormac,\n\n"
      "Not awkward at all. Gary has moved the interview to Thursday 30 July at 15:30,\n"
      "same location. Everything else stays as it was.\n\n"
      "Best of luck!\nNiamh\n",
      quote="en", id="sh4", parent="sh3"),
    m("interview_invitation", "en", "shannonside_second_round", SH, GARY[1], GARY,
      "Second interview - Trade Sales Manager", "2026-08-10 16:20 +0100",
      "Dear Cormac,\n\n"
      "Thanks for coming in to see us. We'd like to invite you back for a second\n"
      "interview on Wednesday 19 August at 11:00 at Raheen.\n\n"
      "This time we'd ask you to prepare a short presentation (15 minutes, no slides\n"
      "needed) on how you'd win five new independent pub accounts in Clare in your first\n"
      "ninety days. Our MD, Breda Hogan, will join me.\n\n"
      "Niamh at Cask & Keg is copied and will help with anything you need.\n\n"
      "Regards,\nGary Moloney\nCommercial Director\nShannonside Drinks Distribution\n"
      "Raheen Business Park, Limerick V94 R2T6\n+353 61 555 0118\n",
      cc=NIAMH,
      ics={"uid": "sh-2nd-0819@shannonside.example.ie", "seq": 0, "stamp": "20260810T152000Z",
           "start": "20260819T110000", "end": "20260819T123000",
           "summary": "Second interview - Trade Sales Manager",
           "location": "Shannonside Drinks, Unit 7 Raheen Business Park"},
      id="sh5"),
    m("offer", "en", "caskkeg_shannonside_offer", SH, NIAMH[1], NIAMH,
      "Shannonside - offer!", "2026-09-15 13:02 +0100",
      "Hi Cormac,\n\n"
      "I'm delighted to tell you Shannonside have come back to me this morning and want to\n"
      "offer you the Trade Sales Manager job. Headline terms:\n\n"
      "  Base: EUR 45,000\n  Bonus: up to 15% on targets\n  Car allowance: EUR 7,200\n"
      "  Start: 1 October, flexible\n\n"
      "Fiona in their HR team will send the written offer shortly. Call me when you can -\n"
      "I know you have another process on the go, so let's talk timings.\n\n"
      f"Kind regards,\n{NIAMH_SIG}\n",
      id="sh6"),
    m("offer", "en", "shannonside_written_offer", SH, "fiona.walsh@shannonside.example.ie",
      ("Fiona Walsh", "fiona.walsh@shannonside.example.ie"),
      "Offer of employment - Trade Sales Manager", "2026-09-17 10:30 +0100",
      None,
      html=html_shell("Shannonside Drinks Distribution", [
          "Dear Cormac,",
          "Further to your conversations with Gary Moloney and Cask &amp; Keg Recruitment, "
          "I am pleased to enclose our written offer of employment for the position of "
          "<b>Trade Sales Manager</b>.",
          "Please review the enclosed letter and terms and conditions. To accept, sign and "
          "return a copy to me by 25 September 2026.",
          "Kind regards,<br>Fiona Walsh<br>HR Manager<br>Shannonside Drinks Distribution"],
          colour="#0b3d91", footer=DISCLAIMER_EN.replace("\n", " ")),
      pdfs=[("Shannonside_Offer_Letter.pdf", [
          "Shannonside Drinks Distribution", "Offer of Employment",
          "Position: Trade Sales Manager", "Base salary: EUR 45,000", "Start: 1 October 2026",
          "Fiona Walsh, HR Manager"])]),
    mine("caskkeg_decline", "en", NIAMH, "Shannonside offer", "2026-10-01 09:40 +0100",
         "Hi Niamh,\n\n"
         "Thank you for everything over the last couple of months. After a lot of thought\n"
         "I've decided to accept the other offer I mentioned, so I'll be turning down the\n"
         "Shannonside role. Please pass on my thanks to Gary and Breda - I really enjoyed\n"
         "meeting them and I hope our paths cross in the trade.\n\n"
         "I'll write to Fiona as well.\n\n" + ME_SIG_EN + "\n"),
]

# ------------------------------------------------------ Hopfield Brewing (Limerick, Greenhouse)
HOP = "Hopfield Brewing"
AOIFE = ("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io")
AOIFE_RT = ("Aoife Brennan", "aoife.brennan@hopfield.example.ie")

HOPFIELD = [
    m("application_received", "en", "hopfield_ack", HOP, "",
      ("Hopfield Brewing Co.", "no-reply@greenhouse-mail.io"),
      "Thank you for applying to Hopfield Brewing Co.", "2026-02-09 08:31 +0000",
      None,
      html=html_shell("Hopfield Brewing Co.", [
          "Hi Cormac,",
          "Thanks for your interest in the <b>Sales Representative - Limerick &amp; Clare</b> "
          "position at Hopfield Brewing Co. Your application has been received.",
          "We receive a high volume of applications and review each one carefully. If your "
          "profile matches the role, a member of our team will be in touch.",
          "Brewing good things,<br>Hopfield Talent Team"],
          colour="#c47f00",
          footer="Powered by Greenhouse. This mailbox does not accept replies."),
      id="hop1"),
    m("interview_invitation", "en", "hopfield_invite", HOP, AOIFE_RT[1], AOIFE,
      "Let's chat: Sales Representative - Limerick & Clare", "2026-02-17 15:02 +0000",
      "Hi Cormac,\n\n"
      "Thanks for applying to Hopfield! I'd like to set up a 30-minute video interview\n"
      "with you and our head of sales, Padraig.\n\n"
      "Please pick a time that works for you using the link below:\n"
      "https://app.greenhouse.example.io/schedule/hopfield/7d1e2c\n\n"
      "If none of the slots suit, just reply to this email.\n\n"
      "Thanks,\nAoife Brennan\nTalent Partner, Hopfield Brewing Co.\n",
      reply_to=AOIFE_RT, id="hop2"),
    mine("hopfield_thanks", "en", AOIFE_RT, "Thanks for today", "2026-02-26 17:10 +0000",
         "Hi Aoife,\n\n"
         "Just a quick note to say thanks to you and Padraig for the interview this\n"
         "afternoon. I really enjoyed hearing about the new taproom in Castletroy and the\n"
         "plans for the Clare pubs.\n\n"
         "Looking forward to hearing from you.\n\n" + ME_SIG_EN + "\n",
         id="hop3"),
    m("rejection", "en", "hopfield_after_interview", HOP, AOIFE_RT[1], AOIFE,
      "Your application with Hopfield Brewing Co.", "2026-03-06 11:44 +0000",
      "Hi Cormac,\n\n"
      "Thank you again for taking the time to interview with Padraig and me. We enjoyed\n"
      "the conversation, and your knowledge of the Limerick pub scene came through.\n\n"
      "After a lot of discussion we have decided to offer the role to another candidate\n"
      "who has more direct field-sales experience. I know this isn't the news you were\n"
      "hoping for.\n\n"
      "We'd be glad to keep your details on file, and I'd encourage you to apply again\n"
      "when we recruit for the Cork territory later in the year.\n\n"
      "All the best,\nAoife\n",
      reply_to=AOIFE_RT),
]

# --------------------------------------------------------- Glenmorrow Distillery (Workday)
GLEN = "Glenmorrow Distillery"
EUAN = ("Euan MacLeod", "euan.macleod@glenmorrow.example.co.uk")

GLENMORROW = [
    m("application_received", "en", "glenmorrow_ack", GLEN, "",
      ("Glenmorrow Distillery", "glenmorrow@myworkday.com"),
      "Application received: Brand Ambassador & On-Trade Sales (Glasgow) - R-2231",
      "2026-03-02 07:55 +0000",
      "Dear Cormac Ó Briain-Castellanos,\n\n"
      "Thank you for your application for Brand Ambassador & On-Trade Sales (Glasgow),\n"
      "requisition R-2231.\n\n"
      "We confirm that your application has been successfully submitted. You can check\n"
      "its status at any time by signing in to the Glenmorrow Careers site.\n\n"
      "Due to the number of applications, we are not able to respond to each applicant\n"
      "individually about the status of their application.\n\n"
      "Glenmorrow Distillery Talent Acquisition\n\n"
      "This is an automatically generated message from Workday. Please do not reply.\n"),
    m("interview_invitation", "en", "glenmorrow_video_screen", GLEN, EUAN[1], EUAN,
      "Video call - Brand Ambassador & On-Trade Sales", "2026-03-11 13:18 +0000",
      "Hi Cormac,\n\n"
      "I lead the on-trade team at Glenmorrow and I'd like to have an initial video call\n"
      "with you about the Brand Ambassador role. I've sent a Teams invite for Thursday\n"
      "19 March at 15:00 (UK time) - 40 minutes.\n\n"
      "We'll talk through your background and what the role looks like day-to-day in the\n"
      "Glasgow bars. Do let me know if the time doesn't work.\n\n"
      "Cheers,\nEuan MacLeod\nOn-Trade Manager | Glenmorrow Distillery\n"
      "Glenmorrow, Dumbarton Road, Glasgow G11 6XX\nM: +44 7700 900 318\n\n"
      + DISCLAIMER_EN + "\n",
      ics={"uid": "glen-screen-0319@glenmorrow.example.co.uk", "seq": 0,
           "stamp": "20260311T131800Z", "start": "20260319T150000", "end": "20260319T154000",
           "summary": "Glenmorrow - intro call with Cormac", "tz": "Europe/London",
           "location": "Microsoft Teams Meeting"},
      id="glen2"),
    m("interview_reschedule_or_cancel", "en", "glenmorrow_cancelled", GLEN, EUAN[1], EUAN,
      "Cancelled: Glenmorrow - intro call with Cormac", "2026-03-16 18:02 +0000",
      "Hi Cormac,\n\n"
      "I'm sorry to do this, but I have to cancel Thursday's call - we have an\n"
      "unexpected visit from the owners that day. I'll come back to you with a new time\n"
      "as soon as I can, hopefully next week.\n\n"
      "Apologies again,\nEuan\n",
      ics={"uid": "glen-screen-0319@glenmorrow.example.co.uk", "seq": 1, "method": "CANCEL",
           "stamp": "20260316T180200Z", "start": "20260319T150000", "end": "20260319T154000",
           "summary": "Glenmorrow - intro call with Cormac", "tz": "Europe/London",
           "location": "Microsoft Teams Meeting"},
      quote="en", id="glen3", parent="glen2"),
    m("rejection", "en", "glenmorrow_on_hold", GLEN, "",
      ("Glenmorrow Distillery", "glenmorrow@myworkday.com"),
      "Update on your application: R-2231", "2026-04-02 09:00 +0100",
      None,
      html=html_shell("Glenmorrow Distillery", [
          "Dear Cormac,",
          "Thank you for your interest in the Brand Ambassador &amp; On-Trade Sales (Glasgow) "
          "role at Glenmorrow Distillery.",
          "Following a review of our plans for the year, this position has been placed on "
          "hold and we will therefore not be proceeding with your application at this time.",
          "We appreciate the time you invested and encourage you to keep an eye on our "
          "careers page for future opportunities.",
          "Kind regards,<br>Glenmorrow Talent Acquisition"],
          colour="#4a2c2a", footer="This email was sent from Workday. Please do not reply.")),
]

# --------------------------------------------------------- Lagan Valley Bottlers (iCIMS)
LVB = "Lagan Valley Bottlers"
RUTH = ("Ruth Gilmore", "ruth.gilmore@laganvalley.example.co.uk")
RUTH_SIG = ("Ruth Gilmore\nTalent Acquisition Partner\nLagan Valley Bottlers\n"
            "Ballinderry Road, Lisburn BT28 2QQ\nTel: +44 28 9555 0144")

LAGAN = [
    m("application_received", "en", "laganvalley_ack", LVB, "",
      ("Lagan Valley Bottlers Careers", "lagan-valley-bottlers@icims.com"),
      "We received your application - Key Account Executive, Licensed Trade (Belfast)",
      "2026-04-07 12:20 +0100",
      "Dear Cormac,\n\n"
      "Thank you for applying for Key Account Executive, Licensed Trade (Belfast) at\n"
      "Lagan Valley Bottlers. This email confirms that we have received your application.\n\n"
      "Our recruitment team will review your details against the requirements of the role.\n"
      "You can view the status of your application in your candidate profile.\n\n"
      "Kind regards,\nTalent Acquisition, Lagan Valley Bottlers\n\n"
      "Please do not reply to this automated message.\n",
      id="lvb1"),
    m("interview_invitation", "en", "laganvalley_phone_interview", LVB, RUTH[1], RUTH,
      "Phone interview - Key Account Executive", "2026-04-15 10:05 +0100",
      "Hi Cormac,\n\n"
      "Thank you for your application. I'd like to invite you to a telephone interview\n"
      "on Tuesday 21 April at 14:00. I'll call you on the mobile number on your CV\n"
      "(+353 87 415 2290). It should take about 30 minutes.\n\n"
      "Please confirm that this time suits.\n\n"
      f"Best regards,\n{RUTH_SIG}\n",
      id="lvb2", parent="lvb1"),
    m("missed_interview_notice", "en", "laganvalley_no_answer", LVB, RUTH[1], RUTH,
      "Re: Phone interview - Key Account Executive", "2026-04-21 14:26 +0100",
      "Hi Cormac,\n\n"
      "I tried to call you at 14:00 as arranged for our telephone interview, and again at\n"
      "14:10, but there was no answer, so I left a voicemail.\n\n"
      "If something came up, please let me know and we can see whether another time is\n"
      "possible.\n\n"
      "Regards,\nRuth\n",
      quote="en", id="lvb3", parent="lvb2"),
    mine("laganvalley_apology", "en", RUTH, "Re: Phone interview - Key Account Executive",
         "2026-04-21 19:40 +0100",
         "Hi Ruth,\n\n"
         "I'm so sorry - we had a burst keg line in the cellar just before two and I was\n"
         "down there with my phone upstairs. That's no excuse, and I'm embarrassed to have\n"
         "missed your call.\n\n"
         "If you're able to give me another chance, I'm free any time Thursday or Friday.\n\n"
         + ME_SIG_EN + "\n",
         quote="en", id="lvb4", parent="lvb3"),
    m("interview_invitation", "en", "laganvalley_second_chance", LVB, RUTH[1], RUTH,
      "Re: Phone interview - Key Account Executive", "2026-04-22 09:15 +0100",
      "Hi Cormac,\n\n"
      "No problem at all - cellar emergencies happen! Let's try again on Friday 24 April\n"
      "at 10:30. I'll ring the same number.\n\n"
      "Speak then,\nRuth\n",
      quote="en", id="lvb5", parent="lvb4"),
    m("rejection", "en", "laganvalley_not_progressing", LVB, RUTH[1], RUTH,
      "Key Account Executive - update", "2026-05-06 16:40 +0100",
      "Dear Cormac,\n\n"
      "Thank you for speaking with me on Friday and for your interest in Lagan Valley\n"
      "Bottlers.\n\n"
      "We have now completed the telephone interviews, and we have decided to move\n"
      "forward with candidates whose experience more closely matches the requirements of\n"
      "the role, particularly around managing multiple-site retail accounts.\n\n"
      "I wish you every success with your move into sales.\n\n"
      f"Kind regards,\n{RUTH_SIG}\n\n{DISCLAIMER_EN}\n"),
]

# --------------------------------------------------------- Brauerei Isarwinkel (Personio)
ISW = "Brauerei Isarwinkel"
FRANZI = ("Franziska Huber", "f.huber@isarwinkel.example.de")
FRANZI_SIG = ("Franziska Huber\nPersonalreferentin\nBrauerei Isarwinkel GmbH\n"
              "Tegernseer Landstraße 161, 81539 München\nTel. +49 89 5555 2301\n"
              "Amtsgericht München HRB 123456, Geschäftsführer: Alois Rieder")

ISARWINKEL = [
    m("application_received", "de", "isarwinkel_eingang", ISW, "",
      ("Brauerei Isarwinkel GmbH", "no-reply@personio.de"),
      "Ihre Bewerbung als Vertriebsmitarbeiter Gastronomie (m/w/d)",
      "2026-03-03 16:12 +0100",
      "Hallo Cormac Ó Briain-Castellanos,\n\n"
      "vielen Dank für Ihre Bewerbung als Vertriebsmitarbeiter Gastronomie (m/w/d) und\n"
      "Ihr Interesse an der Brauerei Isarwinkel.\n\n"
      "Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig\n"
      "und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.\n\n"
      "Mit freundlichen Grüßen\nIhr Personal-Team der Brauerei Isarwinkel\n\n"
      "Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht darauf.\n",
      subject_ew=("iso-8859-1", "Q"), charset="iso-8859-1", cte="quoted-printable",
      id="isw1"),
    m("interview_invitation", "de", "isarwinkel_einladung", ISW, FRANZI[1], FRANZI,
      "Einladung zum Vorstellungsgespräch am 24.03.", "2026-03-12 11:27 +0100",
      "Sehr geehrter Herr Ó Briain-Castellanos,\n\n"
      "vielen Dank für Ihre Bewerbung. Ihr Profil hat uns gefallen, und wir möchten Sie\n"
      "gern persönlich kennenlernen.\n\n"
      "Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 24. März 2026,\n"
      "um 10:00 Uhr in unsere Brauerei in Giesing ein. Gesprächspartner sind unser\n"
      "Vertriebsleiter Herr Stefan Obermaier und ich. Planen Sie bitte etwa 90 Minuten\n"
      "ein, inklusive einer kurzen Führung durchs Sudhaus.\n\n"
      "Bitte bestätigen Sie den Termin kurz per E-Mail. Falls Sie anreisen, erstatten\n"
      "wir die Reisekosten bis 250 EUR.\n\n"
      f"Mit freundlichen Grüßen\n\n{FRANZI_SIG}\n",
      charset="windows-1252", cte="8bit", id="isw2", parent="isw1"),
    m("interview_reschedule_or_cancel", "de", "isarwinkel_verschiebung", ISW, FRANZI[1], FRANZI,
      "AW: Einladung zum Vorstellungsgespräch am 24.03.", "2026-03-19 08:49 +0100",
      "Sehr geehrter Herr Ó Briain-Castellanos,\n\n"
      "leider muss Herr Obermaier am 24.03. kurzfristig zu einer Messe nach Nürnberg.\n"
      "Wir müssen unser Gespräch daher verschieben und schlagen Dienstag, 31. März 2026,\n"
      "um 14:00 Uhr vor - gleicher Ort.\n\n"
      "Bitte entschuldigen Sie die Umstände und geben Sie mir kurz Bescheid, ob der neue\n"
      "Termin passt.\n\n"
      "Mit freundlichen Grüßen\nFranziska Huber\n",
      quote="de", id="isw3", parent="isw2"),
    mine("isarwinkel_danke", "de", FRANZI, "Vielen Dank für das Gespräch",
         "2026-03-31 19:05 +0100",
         "Sehr geehrte Frau Huber,\n\n"
         "herzlichen Dank für das angenehme Gespräch heute und die Führung durch das\n"
         "Sudhaus. Besonders die Pläne für die Wirtshäuser im Umland haben mich begeistert.\n\n"
         "Ich freue mich, von Ihnen zu hören.\n\n" + ME_SIG_DE + "\n",
         id="isw4"),
    m("rejection", "de", "isarwinkel_absage", ISW, FRANZI[1], FRANZI,
      "AW: Vielen Dank für das Gespräch", "2026-04-10 10:31 +0200",
      "Sehr geehrter Herr Ó Briain-Castellanos,\n\n"
      "vielen Dank für Ihre freundlichen Zeilen und Ihr Interesse an unserer Brauerei.\n\n"
      "Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, die\n"
      "bereits langjährige Erfahrung im Getränkefachgroßhandel mitbringt. Diese\n"
      "Entscheidung ist uns nicht leichtgefallen.\n\n"
      "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\n"
      f"Mit freundlichen Grüßen\n\n{FRANZI_SIG}\n\n{DISCLAIMER_DE}\n",
      quote="de", id="isw5", parent="isw4"),
]

# --------------------------------------------------------- Isar Getränkevertrieb (Munich)
IGV = "Isar Getränkevertrieb"
WENDLER = ("Thomas Wendler", "t.wendler@isar-getraenke.example.de")
KRAEMER = ("Sabine Krämer", "s.kraemer@isar-getraenke.example.de")

ISARGV = [
    m("interview_invitation", "de", "isargv_video", IGV, WENDLER[1], WENDLER,
      "Einladung Videointerview: Key Account Manager Gastronomie", "2026-06-08 09:33 +0200",
      "Hallo Herr Ó Briain-Castellanos,\n\n"
      "danke für Ihre Bewerbung als Key Account Manager Gastronomie. Gerne würde ich Sie\n"
      "in einem ersten Videogespräch (ca. 45 Minuten) kennenlernen.\n\n"
      "Termin: Dienstag, 16. Juni 2026, 11:00 Uhr (MESZ), Microsoft Teams.\n"
      "Die Einladung ist im Kalender angehängt.\n\n"
      "Viele Grüße\nThomas Wendler\nVertriebsleitung Süd\nIsar Getränkevertrieb GmbH\n"
      "Frankfurter Ring 88, 80807 München\n",
      ics={"uid": "igv-0616-obc@isar-getraenke.example.de", "seq": 0,
           "stamp": "20260608T073300Z", "start": "20260616T110000", "end": "20260616T114500",
           "summary": "Videointerview KAM Gastronomie", "tz": "Europe/Berlin",
           "location": "Microsoft Teams"},
      id="igv1"),
    mine("isargv_danke", "de", WENDLER, "AW: Einladung Videointerview: Key Account Manager "
         "Gastronomie", "2026-06-16 16:02 +0100",
         "Hallo Herr Wendler,\n\n"
         "vielen Dank für das offene Gespräch heute Vormittag. Ich fand es spannend zu hören,\n"
         "wie Sie die Biergärten mit Fassbier und alkoholfreien Sorten beliefern.\n\n"
         "Für Rückfragen stehe ich jederzeit gern zur Verfügung.\n\n" + ME_SIG_DE + "\n",
         quote="de", id="igv2", parent="igv1"),
    m("offer", "de", "isargv_angebot", IGV, WENDLER[1], WENDLER,
      "Ihr Angebot: Key Account Manager Gastronomie", "2026-06-25 14:50 +0200",
      "Hallo Herr Ó Briain-Castellanos,\n\n"
      "nach den Gesprächen mit Ihnen freue ich mich sehr, Ihnen die Position als Key\n"
      "Account Manager Gastronomie bei Isar Getränkevertrieb anbieten zu dürfen.\n\n"
      "Die Eckdaten finden Sie im angehängten Angebotsschreiben: 58.000 EUR brutto\n"
      "Jahresgehalt, Dienstwagen auch zur privaten Nutzung, 30 Tage Urlaub, Start zum\n"
      "1. September 2026. Wir helfen Ihnen gern bei der Wohnungssuche in München.\n\n"
      "Über eine Rückmeldung bis zum 3. Juli würden wir uns freuen.\n\n"
      "Viele Grüße\nThomas Wendler\n",
      pdfs=[("Angebot_KAM_Gastronomie.pdf", [
          "Isar Getraenkevertrieb - Angebotsschreiben",
          "Position: Key Account Manager Gastronomie",
          "Jahresgehalt: 58.000 EUR brutto", "Eintritt: 01.09.2026"])],
      id="igv3", parent="igv2"),
    m("offer", "de", "isargv_vertrag", IGV, KRAEMER[1], KRAEMER,
      "Arbeitsvertrag zur Unterschrift", "2026-07-01 10:10 +0200",
      "Sehr geehrter Herr Ó Briain-Castellanos,\n\n"
      "wie mit Herrn Wendler besprochen, sende ich Ihnen anbei Ihren Arbeitsvertrag in\n"
      "zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und senden Sie\n"
      "uns eines bis zum 10. Juli zurück - gern auch eingescannt vorab per E-Mail.\n\n"
      "Mit freundlichen Grüßen\nSabine Krämer\nPersonal\nIsar Getränkevertrieb GmbH\n\n"
      + DISCLAIMER_DE + "\n",
      quote="outlook",
      pdfs=[("Arbeitsvertrag_OBriain-Castellanos.pdf", [
          "ARBEITSVERTRAG", "zwischen Isar Getraenkevertrieb GmbH und",
          "Cormac O Briain-Castellanos", "Beginn: 01.09.2026",
          "Unterschrift Arbeitnehmer: ____________"])],
      id="igv4", parent="igv3"),
    mine("isargv_absage_von_mir", "de", WENDLER, "Ihr Angebot - meine Entscheidung",
         "2026-07-06 20:15 +0100",
         "Hallo Herr Wendler,\n\n"
         "vielen Dank für das großzügige Angebot und das Vertrauen. Nach langem Überlegen\n"
         "habe ich mich aus familiären Gründen entschieden, vorerst in Irland zu bleiben,\n"
         "und muss die Stelle daher leider ablehnen.\n\n"
         "Bitte richten Sie auch Frau Krämer meinen Dank aus.\n\n" + ME_SIG_DE + "\n",
         charset="iso-8859-1", cte="8bit"),
]

# --------------------------------------------------------- Boissons Delvaux (Recruitee)
DLX = "Boissons Delvaux Distribution"
MAXIME = ("Maxime Delvaux", "maxime.delvaux@delvaux-boissons.example.be")

DELVAUX = [
    m("application_received", "fr", "delvaux_accuse", DLX, "",
      ("Boissons Delvaux Distribution", "no-reply@recruitee.com"),
      "Nous avons bien reçu votre candidature", "2026-05-05 10:20 +0200",
      "Bonjour Cormac,\n\n"
      "Merci pour votre candidature au poste de Délégué commercial CHR (Bruxelles et\n"
      "Brabant wallon). Nous l'avons bien reçue et elle sera étudiée avec attention par\n"
      "notre équipe.\n\n"
      "Nous reviendrons vers vous dans les meilleurs délais.\n\n"
      "L'équipe Boissons Delvaux\n\n"
      "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n",
      html=html_shell("Boissons Delvaux", [
          "Bonjour Cormac,",
          "Merci pour votre candidature au poste de <b>Délégué commercial CHR (Bruxelles et "
          "Brabant wallon)</b>. Nous l'avons bien reçue et elle sera étudiée avec attention.",
          "Nous reviendrons vers vous dans les meilleurs délais.",
          "L'équipe Boissons Delvaux"], colour="#8b0000",
          footer="Ce message est envoyé automatiquement via Recruitee."),
      subject_ew=("utf-8", "B"), id="dlx1"),
    m("interview_invitation", "fr", "delvaux_entretien", DLX, MAXIME[1], MAXIME,
      "Entretien - Délégué commercial CHR", "2026-05-13 15:45 +0200",
      "Bonjour Monsieur Ó Briain-Castellanos,\n\n"
      "Suite à votre candidature, je souhaiterais vous rencontrer en visioconférence pour\n"
      "un premier entretien d'environ 45 minutes.\n\n"
      "Je vous propose le jeudi 21 mai à 10h (heure de Bruxelles). Le lien Google Meet\n"
      "vous sera envoyé la veille. Merci de me confirmer votre disponibilité.\n\n"
      "Bien à vous,\n\nMaxime Delvaux\nDirecteur commercial\nBoissons Delvaux Distribution SA\n"
      "Rue de la Petite Île 3, 1070 Anderlecht\nTél. +32 2 555 41 20\n",
      id="dlx2", parent="dlx1"),
    m("interview_reschedule_or_cancel", "fr", "delvaux_report", DLX, MAXIME[1], MAXIME,
      "RE: Entretien - Délégué commercial CHR", "2026-05-18 08:30 +0200",
      "Bonjour Monsieur Ó Briain-Castellanos,\n\n"
      "Je suis au regret de devoir décaler notre entretien de jeudi : un salon\n"
      "professionnel à Liège a été avancé. Pourriez-vous plutôt le mardi 26 mai à 10h ?\n\n"
      "Toutes mes excuses pour ce changement.\n\n"
      "Bien à vous,\nMaxime Delvaux\n",
      quote="fr", id="dlx3", parent="dlx2"),
    mine("delvaux_merci", "fr", MAXIME, "Merci pour l'entretien", "2026-05-26 17:30 +0100",
         "Bonjour Monsieur Delvaux,\n\n"
         "Je vous remercie pour l'entretien de ce matin. J'ai beaucoup apprécié notre\n"
         "échange sur le développement des brasseries artisanales dans les cafés bruxellois.\n\n"
         "Je reste à votre disposition pour toute information complémentaire.\n\n"
         + ME_SIG_FR + "\n",
         id="dlx4"),
    m("offer", "fr", "delvaux_proposition", DLX, MAXIME[1], MAXIME,
      "Proposition d'embauche", "2026-06-09 12:05 +0200",
      "Bonjour Monsieur Ó Briain-Castellanos,\n\n"
      "J'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de\n"
      "Délégué commercial CHR au sein de Boissons Delvaux Distribution.\n\n"
      "Vous trouverez ci-joint notre proposition détaillée : CDI, salaire brut annuel de\n"
      "46 000 EUR, voiture de société, chèques-repas et prime trimestrielle sur objectifs.\n"
      "Entrée en fonction souhaitée le 1er septembre 2026.\n\n"
      "Je vous remercie de nous faire part de votre décision d'ici le 19 juin.\n\n"
      "Bien à vous,\nMaxime Delvaux\n\n" + DISCLAIMER_FR + "\n",
      quote="fr",
      pdfs=[("Proposition_embauche_Delvaux.pdf", [
          "Boissons Delvaux Distribution - Proposition d'embauche",
          "Poste : Delegue commercial CHR", "Contrat : CDI",
          "Salaire brut annuel : 46 000 EUR", "Entree en fonction : 01/09/2026"])],
      id="dlx5", parent="dlx4"),
    mine("delvaux_refus_de_ma_part", "fr", MAXIME, "RE: Proposition d'embauche",
         "2026-06-17 21:10 +0100",
         "Bonjour Monsieur Delvaux,\n\n"
         "Je vous remercie sincèrement pour votre proposition et pour la confiance que\n"
         "vous m'accordez. Après mûre réflexion, je ne suis malheureusement pas en mesure\n"
         "de m'installer à Bruxelles cet automne et je dois donc décliner votre offre.\n\n"
         "J'espère que nous aurons l'occasion de nous recroiser.\n\n" + ME_SIG_FR + "\n",
         quote="fr", parent="dlx5"),
]

# --------------------------------------------------------- Brasserie des Marolles (Teamtailor)
MAR = "Brasserie des Marolles"
JULIE = ("Julie Vandenberghe", "julie@brasseriemarolles.example.be")

MAROLLES = [
    m("application_received", "fr", "marolles_accuse", MAR, "",
      ("Brasserie des Marolles", "no-reply@teamtailor-mail.com"),
      "Merci pour ta candidature !", "2026-02-16 19:03 +0100",
      None,
      html=html_shell("Brasserie des Marolles", [
          "Salut Cormac,",
          "Merci pour ta candidature au poste de <b>Commercial·e bières artisanales</b> ! "
          "On a bien reçu ton CV et ta lettre.",
          "On lit toutes les candidatures nous-mêmes, ça peut donc prendre un peu de temps. "
          "On revient vers toi dès que possible.",
          "Santé !<br>L'équipe de la Brasserie des Marolles"], colour="#d35400",
          footer="Envoyé avec Teamtailor. Ne réponds pas directement à ce message."),
      id="mar1"),
    m("interview_invitation", "fr", "marolles_rencontre", MAR, JULIE[1], JULIE,
      "Rencontre à la brasserie le 5 mars ?", "2026-02-24 11:12 +0100",
      "Salut Cormac,\n\n"
      "Ton profil nous plaît beaucoup : un gérant de bar qui connaît la bière par le\n"
      "comptoir, c'est exactement ce qu'on cherche. On aimerait te rencontrer à la\n"
      "brasserie, rue Haute, le jeudi 5 mars à 14h pour un entretien avec Bastien (notre\n"
      "cofondateur) et moi. On terminera par une dégustation.\n\n"
      "Tu peux me confirmer ?\n\n"
      "À bientôt,\nJulie Vandenberghe\nResponsable RH & admin - Brasserie des Marolles\n"
      "+32 470 55 18 02\n",
      charset="iso-8859-1", cte="quoted-printable", id="mar2"),
    m("missed_interview_notice", "fr", "marolles_absence", MAR, JULIE[1], JULIE,
      "RE: Rencontre à la brasserie le 5 mars ?", "2026-03-05 15:08 +0100",
      "Bonjour Cormac,\n\n"
      "Nous t'avons attendu cet après-midi à 14h à la brasserie, Bastien et moi, mais tu\n"
      "n'es pas venu et nous n'avons pas réussi à te joindre au téléphone.\n\n"
      "J'espère qu'il ne t'est rien arrivé. Peux-tu me dire ce qui s'est passé ?\n\n"
      "Julie\n",
      quote="fr", id="mar3", parent="mar2"),
    m("rejection", "fr", "marolles_refus", MAR, JULIE[1], JULIE,
      "Ta candidature à la Brasserie des Marolles", "2026-03-20 10:00 +0100",
      "Bonjour Cormac,\n\n"
      "Merci encore pour ton message d'excuses après le 5 mars, et pour l'intérêt que\n"
      "tu portes à la brasserie.\n\n"
      "Nous avons finalement rencontré plusieurs candidat·e·s et nous avons décidé de ne\n"
      "pas donner suite à ta candidature. Le poste sera pourvu par une personne déjà\n"
      "installée à Bruxelles.\n\n"
      "Nous te souhaitons plein de réussite dans ta reconversion.\n\n"
      "Julie Vandenberghe\nBrasserie des Marolles\n"),
]

# --------------------------------------------------------- Distribuciones Nervión (Bilbao)
NRV = "Distribuciones Nervión"
ITZIAR = ("Itziar Etxeberria", "itziar.etxeberria@nervion-dist.example.es")
ITZIAR_SIG = ("Itziar Etxeberria\nResponsable de Selección\nDistribuciones Nervión S.L.\n"
              "Polígono Ibarrabarri, Pab. 14 - 48940 Leioa (Bizkaia)\nTel. +34 944 55 21 30")

NERVION = [
    m("application_received", "es", "nervion_acuse", NRV, "",
      ("Distribuciones Nervión", "no-reply@smartrecruiters.com"),
      "Hemos recibido tu candidatura - Comercial Canal HORECA", "2026-04-20 09:14 +0200",
      "Hola Cormac:\n\n"
      "Gracias por tu interés en Distribuciones Nervión. Te confirmamos que hemos recibido\n"
      "correctamente tu candidatura para el puesto de Comercial Canal HORECA (Bizkaia).\n\n"
      "Nuestro equipo de selección revisará tu perfil. Debido al gran número de\n"
      "candidaturas, no podemos responder individualmente a cada persona; si tu perfil\n"
      "encaja, nos pondremos en contacto contigo.\n\n"
      "Un saludo,\nEquipo de Selección de Distribuciones Nervión\n\n"
      "Este correo se ha enviado automáticamente. Por favor, no respondas.\n",
      id="nrv1"),
    m("interview_invitation", "es", "nervion_entrevista", NRV, ITZIAR[1], ITZIAR,
      "Entrevista - Comercial Canal HORECA", "2026-04-28 13:40 +0200",
      "Hola Cormac:\n\n"
      "Tras revisar tu candidatura, nos gustaría conocerte en persona. Te proponemos una\n"
      "entrevista el miércoles 6 de mayo a las 10:00 en nuestras oficinas de Leioa, con\n"
      "Iñaki Goikoetxea, director comercial, y conmigo.\n\n"
      "Te adjunto la convocatoria para tu calendario. Si no puedes a esa hora, dímelo y\n"
      "buscamos otra.\n\n"
      f"Un saludo,\n\n{ITZIAR_SIG}\n",
      ics={"uid": "nrv-0506-cobc@nervion-dist.example.es", "seq": 0,
           "stamp": "20260428T114000Z", "start": "20260506T100000", "end": "20260506T110000",
           "summary": "Entrevista Comercial HORECA - Cormac", "tz": "Europe/Madrid",
           "location": "Distribuciones Nervión, Leioa"},
      id="nrv2", parent="nrv1"),
    m("interview_reschedule_or_cancel", "es", "nervion_cambio_hora", NRV, ITZIAR[1], ITZIAR,
      "RE: Entrevista - Comercial Canal HORECA", "2026-05-04 17:22 +0200",
      "Hola Cormac:\n\n"
      "Iñaki tiene una reunión con un cliente que no puede mover el miércoles por la\n"
      "mañana, así que tenemos que cambiar la entrevista al jueves 7 de mayo a las 12:30.\n"
      "Te envío la convocatoria actualizada. Perdona las molestias.\n\n"
      "Un saludo,\nItziar\n",
      quote="es",
      ics={"uid": "nrv-0506-cobc@nervion-dist.example.es", "seq": 1,
           "stamp": "20260504T152200Z", "start": "20260507T123000", "end": "20260507T133000",
           "summary": "Entrevista Comercial HORECA - Cormac", "tz": "Europe/Madrid",
           "location": "Distribuciones Nervión, Leioa"},
      id="nrv3", parent="nrv2"),
    m("offer", "es", "nervion_oferta", NRV, ITZIAR[1], ITZIAR,
      "Oferta de empleo - Comercial Canal HORECA", "2026-05-20 11:05 +0200",
      "Hola Cormac:\n\n"
      "¡Enhorabuena! Después de las entrevistas, nos complace ofrecerte el puesto de\n"
      "Comercial Canal HORECA en Distribuciones Nervión.\n\n"
      "Condiciones: contrato indefinido, 36.000 EUR brutos anuales más variable por\n"
      "objetivos (hasta 8.000 EUR), coche de empresa y teléfono. La incorporación sería el\n"
      "1 de julio de 2026.\n\n"
      "Te agradecería que nos confirmaras si aceptas antes del 29 de mayo.\n\n"
      f"Un saludo,\n\n{ITZIAR_SIG}\n\n{DISCLAIMER_ES}\n",
      id="nrv4"),
    m("offer", "es", "nervion_contrato", NRV, "jon.arrieta@nervion-dist.example.es",
      ("Jon Arrieta", "jon.arrieta@nervion-dist.example.es"),
      "Contrato para firma", "2026-05-27 09:50 +0200",
      "Buenos días, Cormac:\n\n"
      "Por indicación de Itziar, te adjunto el contrato de trabajo para que lo revises y\n"
      "lo firmes. Puedes devolvérnoslo escaneado a este correo.\n\n"
      "Cualquier duda, me llamas.\n\n"
      "Jon Arrieta\nAdministración de Personal\nDistribuciones Nervión\n",
      pdfs=[("Contrato_Comercial_HORECA.pdf", [
          "CONTRATO DE TRABAJO INDEFINIDO", "Distribuciones Nervion",
          "Trabajador: Cormac O Briain-Castellanos", "Inicio: 01/07/2026",
          "Firma: ____________"])],
      charset="iso-8859-1", cte="base64", id="nrv5", parent="nrv4"),
    mine("nervion_rechazo_mio", "es", ITZIAR, "RE: Oferta de empleo - Comercial Canal HORECA",
         "2026-05-28 22:30 +0100",
         "Hola Itziar:\n\n"
         "Muchísimas gracias por la oferta y por el trato durante todo el proceso. Lo he\n"
         "pensado mucho, pero finalmente he decidido no trasladarme a Bilbao este año, así\n"
         "que tengo que rechazar el puesto. Por favor, dale las gracias también a Iñaki y a\n"
         "Jon.\n\n" + ME_SIG_ES + "\n",
         quote="es", parent="nrv4"),
]

# --------------------------------------------------------- Sidrería Goierri (Bilbao)
GOI = "Sidrería Goierri"
ANE = ("Ane Urrutia", "ane@sidreriagoierri.example.es")

GOIERRI = [
    m("interview_invitation", "es", "goierri_videollamada", GOI, ANE[1], ANE,
      "Videollamada - Responsable comercial sidra", "2026-03-09 10:30 +0100",
      "Hola Cormac,\n\n"
      "Soy Ane, de Sidrería Goierri. Hemos leído tu carta y nos ha gustado mucho que\n"
      "conozcas la sidra desde detrás de la barra. ¿Te vendría bien una videollamada el\n"
      "viernes 13 de marzo a las 11:00? Te paso el enlace:\n"
      "https://meet.example.es/goierri-cormac\n\n"
      "Estaremos Mikel (gerente) y yo. Unos 40 minutos.\n\n"
      "Ondo izan,\nAne Urrutia\nSidrería Goierri - Bilbao\n",
      charset="windows-1252", cte="quoted-printable", id="goi1"),
    m("missed_interview_notice", "es", "goierri_no_conectaste", GOI, ANE[1], ANE,
      "RE: Videollamada - Responsable comercial sidra", "2026-03-13 11:24 +0100",
      "Hola Cormac,\n\n"
      "Te hemos estado esperando en la videollamada desde las 11:00 y no te has conectado.\n"
      "También te he llamado al móvil sin éxito.\n\n"
      "Si ha habido algún problema, escríbeme y vemos qué hacemos.\n\n"
      "Ane\n",
      quote="es", id="goi2", parent="goi1"),
    m("rejection", "es", "goierri_descartado", GOI, ANE[1], ANE,
      "Tu candidatura en Sidrería Goierri", "2026-03-27 13:15 +0100",
      "Hola Cormac,\n\n"
      "Gracias por explicarnos lo del viernes; entendemos que a veces los horarios de\n"
      "hostelería se complican.\n\n"
      "Aun así, hemos avanzado con otras personas en el proceso y finalmente hemos\n"
      "cubierto el puesto, así que no seguiremos adelante con tu candidatura. Te deseamos\n"
      "mucha suerte.\n\n"
      "Un abrazo,\nAne\n"),
]

# --------------------------------------------------------- Northpoint Sales Search (headhunter)
NP = "Northpoint Sales Search"
ROSS = ("Ross Drummond", "ross.drummond@northpointsearch.example.co.uk")
ROSS_SIG = ("Ross Drummond\nPartner, Drinks & FMCG\nNorthpoint Sales Search\n"
            "45 West Nile Street, Glasgow G1 2PT\n+44 141 555 0187")

NORTHPOINT = [
    m("other", "en", "northpoint_cold_approach", "", "", ROSS,
      "A thought for you - spirits sales", "2026-06-02 08:12 +0100",
      "Hi Cormac,\n\n"
      "I came across your profile and your time running the bar at the Treaty Rooms\n"
      "stood out. I work exclusively in drinks and FMCG sales and often see great\n"
      "hospitality people make the jump to brand and account roles.\n\n"
      "Nothing specific to put in front of you today, but I'd be happy to have a coffee\n"
      "(or a call) whenever suits, just to understand what you're looking for.\n\n"
      f"Best,\n{ROSS_SIG}\n",
      id="np1"),
    m("interview_invitation", "en", "northpoint_client_call", NP, ROSS[1], ROSS,
      "Re: A thought for you - spirits sales", "2026-06-10 12:48 +0100",
      "Hi Cormac,\n\n"
      "Thanks for the chat on Friday. Following it, I shared your CV (anonymised) with my\n"
      "client, a well-known independent spirits brand expanding its Scottish on-trade\n"
      "team. I can't name them yet, but they'd like to speak with you.\n\n"
      "They've proposed a 30-minute video call with their Head of Sales on Wednesday\n"
      "17 June at 16:00 UK time. Can you confirm and I'll send the link?\n\n"
      f"Best,\n{ROSS_SIG}\n",
      quote="en", id="np2", parent="np1"),
    m("rejection", "en", "northpoint_client_no", NP, ROSS[1], ROSS,
      "Feedback from my client", "2026-06-30 17:33 +0100",
      "Hi Cormac,\n\n"
      "I've had feedback from the client after your call with their Head of Sales. They\n"
      "liked your energy and your feel for the bar trade, but they've decided not to\n"
      "take your application further - they want someone who has already managed a\n"
      "distributor relationship in Scotland.\n\n"
      "I'm sorry it's not better news. I'll keep you in mind for the next brief.\n\n"
      "Ross\n"),
]

SPECS: list[Spec] = [*ORCHARD, *SHANNONSIDE, *HOPFIELD, *GLENMORROW, *LAGAN, *ISARWINKEL,
                     *ISARGV, *DELVAUX, *MAROLLES, *NERVION, *GOIERRI, *NORTHPOINT]
