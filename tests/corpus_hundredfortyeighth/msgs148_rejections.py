"""Corpus 148, rejections: 31 hand-written messages (en 18, de 5, fr 4, es 4)."""

from msgs148_common import (
    CAND,
    ats_card,
    forward,
    outlook_reply,
    plain_shell,
    reply,
    word_shell,
)

LIFFEY_DISCLAIMER = (
    "Liffey Freight Solutions Limited, registered in Ireland No. 418822, Unit 9 Northpoint "
    "Business Park, Ballymun, Dublin 11. This e-mail and any attachment are confidential and "
    "intended solely for the addressee. If you have received it in error please notify the "
    "sender and delete it."
)

THANKS_LIFFEY = (
    "Hi Niamh,\n\n"
    "Thank you for having me in for the panel interview this afternoon, and please pass my "
    "thanks on to Declan and Ruth. I really enjoyed talking through the slotting exercise and "
    "hearing how the planning team works with the yard at Ballymun.\n\n"
    "If there is anything else you need from me, just let me know.\n\n"
    "Kind regards,\nCiarán"
)

MESSAGES = [
    # ------------------------------------------------------------------ English (18)
    {
        "kind": "rejection", "scenario": "liffey_after_panel_quotes_thanks", "lang": "en",
        "company": "Liffey Freight Solutions", "contact": "niamh.gallagher@liffeyfreight.example.ie",
        "from": ("Niamh Gallagher", "niamh.gallagher@liffeyfreight.example.ie"),
        "subject": "RE: Thank you - Supply Chain Analyst panel",
        "date": "2026-04-02 11:15 +0100",
        "key": "liffey-rej", "parent": "liffey-thanks",
        "refs": ["liffey-app", "liffey-inv", "liffey-move"],
        "text": reply(
            "Hi Ciarán,\n\n"
            "Thanks again for your note, and apologies that it has taken a while to come back "
            "to you. The panel met on Monday to go through everyone they saw. It was a close "
            "call, but the role is going to a candidate who has already run S&OP reporting in "
            "a 3PL, and that tipped it.\n\n"
            "Declan asked me to say that your answer on the slotting exercise was one of the "
            "best he heard, and he would be glad to see your name come up again when the "
            "Inventory Controller post is advertised in the summer.\n\n"
            "Best of luck with the search,\n\n"
            "Niamh Gallagher\nTalent Acquisition Partner\nLiffey Freight Solutions\n"
            "Unit 9 Northpoint Business Park, Ballymun, Dublin 11\nT: +353 1 862 4410\n\n"
            + LIFFEY_DISCLAIMER,
            "en", "Thu, 19 Mar 2026 at 18:05", "Ciarán Walsh-Adebayo", CAND[1], THANKS_LIFFEY),
        "shell": word_shell,
    },
    {
        "kind": "rejection", "scenario": "brannocks_smartrecruiters_card", "lang": "en",
        "company": "Brannock's Grocers", "contact": "",
        "from": ("Brannock's Grocers", "noreply@smartrecruiters.com"),
        "subject": "Your application for Stock Replenishment Analyst at Brannock's Grocers",
        "date": "2026-02-11 07:32 +0000",
        "html_only": True,
        "text": (
            "Dear Ciarán,\n\n"
            "Thank you for the time you put into your application for the Stock Replenishment "
            "Analyst role at our Naas Road support centre.\n\n"
            "We have reviewed every application we received and have decided to move forward "
            "with candidates whose experience more closely matches what the team needs at this "
            "stage.\n\n"
            "We will keep your details on file for twelve months and you are welcome to apply "
            "for other vacancies on our careers site.\n\n"
            "Kind regards,\nThe Brannock's Talent Team"
        ),
        "shell": ats_card("Brannock's Grocers", "#1d6b3a",
                          "Powered by SmartRecruiters. Please do not reply to this message."),
    },
    {
        "kind": "rejection", "scenario": "trafford_on_hold_icims", "lang": "en",
        "company": "Trafford Parcel Hub", "contact": "",
        "from": ("Trafford Parcel Hub Careers", "noreply@icims.com"),
        "subject": "Update on Requisition 2026-1187 Network Planning Analyst",
        "date": "2026-03-30 16:02 +0100",
        "cte": "base64",
        "text": (
            "Hello Ciarán,\n\n"
            "We are writing with an update on the Network Planning Analyst vacancy you applied "
            "for in February.\n\n"
            "Following a review of our parcel volumes for the rest of the year, the role has "
            "been put on hold and we will not proceed with the recruitment process for it. All "
            "applications, including yours, have been closed.\n\n"
            "We appreciate your interest in Trafford Parcel Hub. Should the position reopen it "
            "will be advertised again on our careers page.\n\n"
            "Trafford Parcel Hub Recruitment\nWestinghouse Road, Trafford Park, Manchester M17\n\n"
            "This is an automated message sent via iCIMS. Replies to this address are not "
            "monitored."
        ),
    },
    {
        "kind": "rejection", "scenario": "ringsend_terse_reply", "lang": "en",
        "company": "Ringsend Container Terminal", "contact": "fergal.duignan@ringsendct.example.ie",
        "from": ("Fergal Duignan", "fergal.duignan@ringsendct.example.ie"),
        "subject": "Re: Yard planner vacancy",
        "date": "2026-01-27 17:48 +0000",
        "parent": "ringsend-followup",
        "text": (
            "Ciarán - we've gone with someone who's done berth planning before. Thanks for "
            "coming in, all the best.\n\nFergal\n\nSent from my iPhone"
        ),
    },
    {
        "kind": "rejection", "scenario": "northgate_relays_unnamed_client", "lang": "en",
        "company": "Northgate Talent", "contact": "jamie.holt@northgatetalent.example.co.uk",
        "from": ("Jamie Holt", "jamie.holt@northgatetalent.example.co.uk"),
        "subject": "Feedback - Demand Planner (retail client, Trafford Park)",
        "date": "2026-04-15 12:20 +0100",
        "text": (
            "Hi Ciarán,\n\n"
            "I've had feedback from my client on the Demand Planner role this morning. They "
            "liked how practical you were but felt the gap between picking and forecasting "
            "would take longer to close than they can give it right now, so they've said no on "
            "this one. I know that's disappointing after two stages.\n\n"
            "Honestly, I think the Excel test result will open doors elsewhere. I've got a "
            "couple of inventory roles landing next week that suit you better, so keep your "
            "phone on.\n\n"
            "Cheers,\nJamie\n\n"
            "Jamie Holt | Senior Consultant, Supply Chain\nNorthgate Talent\n"
            "3rd Floor, 14 Spring Gardens, Manchester M2 1FB\nM: 07700 914 552\n\n"
            "Northgate Talent Limited is registered in England and Wales (No. 09128834) and acts "
            "as an employment agency for permanent recruitment."
        ),
        "shell": plain_shell,
    },
    {
        "kind": "rejection", "scenario": "sheehan_search_relays_corrigan", "lang": "en",
        "company": "Corrigan Medical", "contact": "orla@sheehansearch.example.ie",
        "from": ("Orla Sheehan", "orla@sheehansearch.example.ie"),
        "subject": "Corrigan Medical - their decision",
        "date": "2026-05-06 09:05 +0100",
        "text": (
            "Morning Ciarán,\n\n"
            "Corrigan Medical came back to me late yesterday. They won't be taking you forward "
            "for the Materials Planner position in Little Island; the hiring manager wants "
            "someone with SAP MM from day one and wasn't prepared to train.\n\n"
            "I pushed back a bit, as you'll have guessed, but the answer stayed the same. My "
            "view hasn't changed that you'd be a strong hire for a site that is willing to "
            "invest, and I'll keep you in mind.\n\n"
            "Talk soon,\nOrla\n\n--\nOrla Sheehan\nSheehan Search | Life Sciences Supply Chain\n"
            "Penrose Wharf, Cork T23 | +353 21 455 0972"
        ),
    },
    {
        "kind": "rejection", "scenario": "maasvlakte_lever_after_interview", "lang": "en",
        "company": "Maasvlakte Shipping Services", "contact": "sanne.devries@maasvlakte-ss.example.nl",
        "from": ("Sanne de Vries", "no-reply@hire.lever.co"),
        "reply_to": ("Sanne de Vries", "sanne.devries@maasvlakte-ss.example.nl"),
        "subject": "Your application to Maasvlakte Shipping Services",
        "date": "2026-03-25 14:40 +0100",
        "key": "maas-rej", "parent": "maas-accept", "refs": ["maas-inv", "maas-ill"],
        "text": (
            "Hi Ciarán,\n\n"
            "Thank you for talking with Bram and me last Tuesday about the Container Flow "
            "Analyst position.\n\n"
            "We have now completed the interviews. We were impressed by your hands-on knowledge "
            "of reach trucks and cross-docking, but for this role we need someone who can "
            "already build the weekly flow models in Python on their own. For that reason we "
            "are not offering you the position.\n\n"
            "If you want more detailed feedback, reply to this e-mail and I will set up a short "
            "call.\n\n"
            "Met vriendelijke groet / kind regards,\n\n"
            "Sanne de Vries\nRecruiter | Maasvlakte Shipping Services\n"
            "Europaweg 902, 3199 LC Maasvlakte Rotterdam"
        ),
        "shell": ats_card("Maasvlakte Shipping Services", "#00558c", "Sent with Lever"),
    },
    {
        "kind": "rejection", "scenario": "state_supplies_not_placed_on_panel", "lang": "en",
        "company": "State Supplies Agency", "contact": "recruitment@statesupplies.example.ie",
        "from": ("State Supplies Agency - Recruitment", "recruitment@statesupplies.example.ie"),
        "subject": "Competition SSA-26-041 Higher Executive Officer (Supply Chain Analyst) - Outcome",
        "date": "2026-04-24 15:30 +0100",
        "key": "ssa-rej", "parent": "ssa-followup", "refs": ["ssa-ack", "ssa-ac", "ssa-move"],
        "cte": "quoted-printable",
        "text": (
            "Dear Ciarán Walsh-Adebayo,\n\n"
            "Competition: SSA-26-041 Higher Executive Officer (Supply Chain Analyst)\n"
            "Candidate ID: 2611409\n\n"
            "Thank you for attending the assessment centre on 17 March 2026.\n\n"
            "The board has now completed its assessment of all candidates. I am writing to let "
            "you know that you did not reach the qualifying standard set by the board at the "
            "final stage, and your name will therefore not be placed on the panel from which "
            "appointments will be made.\n\n"
            "Your marks under each competency are set out below:\n"
            "  Analysis and decision making   34/50\n"
            "  Delivery of results            38/50\n"
            "  Communication                  36/50\n"
            "  Specialist knowledge           27/50\n\n"
            "Under Section 7 of the Code of Practice you may request a review of this decision "
            "within seven working days of the date of this letter.\n\n"
            "Yours sincerely,\n\nDeirdre Whelan\nRecruitment Unit\nState Supplies Agency\n"
            "Block C, Irish Life Centre, Lower Abbey Street, Dublin 1\nTel: 01 858 7300"
        ),
    },
    {
        "kind": "rejection", "scenario": "lagan_filled_internally", "lang": "en",
        "company": "Lagan Cold Chain", "contact": "ruairi.mccann@lagancoldchain.example.co.uk",
        "from": ("Ruairí McCann", "ruairi.mccann@lagancoldchain.example.co.uk"),
        "from_enc": "utf-8/b",
        "subject": "Stock Control Analyst - Duncrue site",
        "date": "2026-02-19 10:52 +0000",
        "text": (
            "Dear Ciarán,\n\n"
            "I said I would let you know where things stood with the Stock Control Analyst post "
            "at Duncrue.\n\n"
            "One of our shift leaders put in for the job after it went external, and since she "
            "already knows the WMS and the customers we have appointed her. The vacancy is "
            "closed as a result, so we will not be arranging the interview we spoke about.\n\n"
            "I'm sorry to give you this news after you'd taken the time to come and see the "
            "site. We will have a temperature-controlled planning role later this year, which "
            "I will make sure you hear about.\n\n"
            "Regards,\nRuairí McCann\nOperations Manager\nLagan Cold Chain\n"
            "Duncrue Industrial Estate, Belfast BT3 9BU\nTel: 028 9077 3140"
        ),
    },
    {
        "kind": "rejection", "scenario": "irwell_ashby_after_screen", "lang": "en",
        "company": "Irwell Healthcare Supplies", "contact": "priya.raman@irwellhealth.example.co.uk",
        "from": ("Irwell Healthcare Supplies", "no-reply@ashbyhq.com"),
        "reply_to": ("Priya Raman", "priya.raman@irwellhealth.example.co.uk"),
        "subject": "Irwell Healthcare Supplies: Inventory Analyst",
        "date": "2026-05-29 13:07 +0100",
        "key": "irwell-rej", "parent": "irwell-sorry", "refs": ["irwell-screen", "irwell-missed"],
        "text": (
            "Hi Ciarán,\n\n"
            "Thanks for making time for the call on Tuesday after we missed each other last "
            "week.\n\n"
            "After reviewing the shortlist with the hiring manager, we won't be progressing your "
            "application to the next stage. The team is looking for more exposure to NHS "
            "supply contracts than you have had the chance to get so far.\n\n"
            "Thank you for your interest in Irwell, and good luck with your search.\n\n"
            "Priya Raman\nTalent Partner, Irwell Healthcare Supplies"
        ),
        "shell": ats_card("Irwell Healthcare Supplies", "#5b2a86", "Sent via Ashby"),
    },
    {
        "kind": "rejection", "scenario": "ordsall_casual_mate", "lang": "en",
        "company": "Ordsall Wholesale", "contact": "gaz.whitworth@ordsallwholesale.example.co.uk",
        "from": ("Gaz Whitworth", "gaz.whitworth@ordsallwholesale.example.co.uk"),
        "subject": "analyst job",
        "date": "2026-06-05 19:14 +0100",
        "text": (
            "Alright Ciarán,\n\n"
            "Bad news I'm afraid mate. Upstairs went with the lad from Bolton for the analyst "
            "seat, reckon it came down to him knowing our system already. Gutted for you as I "
            "liked your stuff on the pick paths.\n\n"
            "If you're ever after shifts on the FLT while you're looking give me a shout.\n\n"
            "Gaz"
        ),
    },
    {
        "kind": "rejection", "scenario": "ballincollig_successfactors_formal", "lang": "en",
        "company": "Ballincollig Biologics", "contact": "",
        "from": ("Ballincollig Biologics Talent Acquisition", "no-reply@successfactors.eu"),
        "subject": "Application Status - Warehouse Systems Coordinator (Req ID 4807)",
        "date": "2026-01-22 08:01 +0000",
        "text": (
            "Dear Ciarán,\n\n"
            "Thank you for applying for the Warehouse Systems Coordinator position (Req ID "
            "4807).\n\n"
            "After careful review we regret to inform you that your application has not been "
            "successful on this occasion. Due to the number of applications we are unable to "
            "provide individual feedback at this stage.\n\n"
            "We encourage you to continue to view our vacancies, as your profile may suit "
            "future openings at our Ballincollig campus.\n\n"
            "Yours sincerely,\nTalent Acquisition\nBallincollig Biologics\n\n"
            "Please do not reply to this automatically generated e-mail."
        ),
        "shell": ats_card("Ballincollig Biologics", "#0f4c81"),
    },
    {
        "kind": "rejection", "scenario": "cobh_harbour_post_withdrawn", "lang": "en",
        "company": "Cobh Harbour Company", "contact": "hr@cobhharbour.example.ie",
        "from": ("Cobh Harbour Company HR", "hr@cobhharbour.example.ie"),
        "subject": "Logistics Data Analyst - withdrawal of vacancy",
        "date": "2026-08-20 12:00 +0100",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": (
            "Dear Mr Walsh-Adebayo,\n\n"
            "Thank you for your application for the Logistics Data Analyst position at our "
            "Ringaskiddy deep-water berth.\n\n"
            "Following a review of our organisational structure by the Board, this vacancy has "
            "been withdrawn and will not be filled. We are therefore closing the competition "
            "and no candidate will be appointed.\n\n"
            "We regret any inconvenience and thank you for the interest you have shown in the "
            "Company.\n\n"
            "Yours faithfully,\n\nSíle Ní Bhriain\nHuman Resources Officer\n"
            "Cobh Harbour Company, Harbour Office, Cobh, Co. Cork P24 CX92\n+353 21 481 1130"
        ),
    },
    {
        "kind": "rejection", "scenario": "leevalley_bamboohr_after_missed", "lang": "en",
        "company": "Lee Valley Distribution", "contact": "grainne.osullivan@leevalley.example.ie",
        "from": ("Gráinne Ó Súilleabháin", "notifications@bamboohr.com"),
        "from_enc": "iso-8859-1/q",
        "reply_to": ("Gráinne Ó Súilleabháin", "grainne.osullivan@leevalley.example.ie"),
        "subject": "Regarding your application for Transport Planner",
        "date": "2026-07-02 10:44 +0100",
        "key": "lv-rej", "refs": ["lv-screen", "lv-missed"],
        "text": (
            "Hi Ciarán,\n\n"
            "Thanks for your patience over the last couple of weeks.\n\n"
            "We've now filled the Transport Planner role at our Little Island depot, so I'm "
            "closing off your application. I know we never managed to get the phone call done, "
            "and I'm sorry it ended this way rather than with a proper conversation.\n\n"
            "All the best,\nGráinne\n\nGráinne Ó Súilleabháin | People Team | Lee Valley "
            "Distribution"
        ),
        "shell": ats_card("Lee Valley Distribution", "#3b7d23", "Sent from BambooHR"),
    },
    {
        "kind": "rejection", "scenario": "nirs_shortlisting_cp1252", "lang": "en",
        "company": "Northern Ireland Regional Supplies",
        "contact": "recruitment@nirsupplies.example.co.uk",
        "from": ("NIRS Recruitment", "recruitment@nirsupplies.example.co.uk"),
        "subject": "Ref NIRS/26/118 – Procurement & Logistics Officer (Band 5)",
        "subject_enc": "windows-1252/q",
        "date": "2026-06-17 09:20 +0100",
        "charset": "windows-1252", "cte": "8bit",
        "text": (
            "Dear Applicant,\n\n"
            "Ref: NIRS/26/118 – Procurement & Logistics Officer (Band 5)\n\n"
            "Thank you for applying for the above post.\n\n"
            "Shortlisting for this competition has now taken place. I regret to advise that, "
            "on the information you provided, the panel did not consider that you met essential "
            "criterion 2 (two years’ experience of analysing stock or procurement data), and "
            "you have not been shortlisted for interview.\n\n"
            "If you would like feedback on the shortlisting decision, please write to us "
            "within 10 working days quoting the reference above.\n\n"
            "Yours sincerely\n\nRecruitment Team\nNorthern Ireland Regional Supplies\n"
            "Purdy’s Lane, Belfast BT8 7AR\n\n"
            "NIRS is an equal opportunities employer."
        ),
    },
    {
        "kind": "rejection", "scenario": "cheetham_greenhouse_after_onsite", "lang": "en",
        "company": "Cheetham Hill Pharma", "contact": "leah.okafor@cheethamhillpharma.example.co.uk",
        "from": ("Leah Okafor via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Leah Okafor", "leah.okafor@cheethamhillpharma.example.co.uk"),
        "subject": "Supply Planner - next steps",
        "date": "2026-10-01 17:25 +0100",
        "key": "chp-rej", "refs": ["chp-app", "chp-inv", "chp-cancel"],
        "text": (
            "Dear Ciarán,\n\n"
            "Thank you for coming to Cheetham Hill on Tuesday once the audit was behind us, and "
            "for your patience while the date moved around.\n\n"
            "The interview panel gave your application careful thought. On balance, they "
            "preferred a candidate with GMP warehouse experience, and we have offered them the "
            "post. I realise this is not the news you were hoping for.\n\n"
            "Some feedback from the panel: your case study answer was clear and well "
            "structured; the area to build on is MRP parameter setting.\n\n"
            "With best wishes,\nLeah Okafor\nSenior Recruiter, Cheetham Hill Pharma"
        ),
        "shell": plain_shell,
    },
    {
        "kind": "rejection", "scenario": "portwise_forwards_europoort_feedback", "lang": "en",
        "company": "Europoort Tank Services", "contact": "daan.visser@portwise.example.nl",
        "from": ("Daan Visser", "daan.visser@portwise.example.nl"),
        "subject": "Fwd: Kandidaat C. Walsh-Adebayo - Planning Analyst",
        "date": "2026-07-28 16:10 +0200",
        "key": "pw-rej", "refs": ["pw-inv", "pw-missed"],
        "text": forward(
            "Hi Ciarán,\n\n"
            "Passing on Europoort's answer below, translated where it was in Dutch. Sorry, "
            "they've decided not to continue with you for the Planning Analyst role. Missing the "
            "first video call counted against you, even though the second conversation went "
            "well.\n\n"
            "Let's talk Thursday about the two openings in Botlek.\n\n"
            "Daan Visser\nPortwise Staffing | Rotterdam\n+31 10 744 2281",
            "en", "Hendrik Bos <h.bos@europoorttank.example.nl>", "Tue, 28 Jul 2026 at 11:02",
            "Kandidaat C. Walsh-Adebayo - Planning Analyst",
            "Daan Visser <daan.visser@portwise.example.nl>",
            "Daan,\n\n"
            "Thanks for sending Ciarán again after the mix-up. We have decided to go ahead with "
            "the other finalist, who has tank terminal experience. Please thank him for his time "
            "on our behalf.\n\n"
            "Hendrik Bos\nTerminal Planning Manager\nEuropoort Tank Services"),
    },
    {
        "kind": "rejection", "scenario": "clondalkin_taleo_formal", "lang": "en",
        "company": "Clondalkin Pharma Packaging", "contact": "",
        "from": ("Clondalkin Pharma Packaging", "noreply@taleo.net"),
        "subject": "Clondalkin Pharma Packaging - Planning Associate (2600231)",
        "date": "2026-09-14 06:15 -0400",
        "html_only": True,
        "text": (
            "Dear Ciarán Walsh-Adebayo,\n\n"
            "Thank you for your interest in the Planning Associate position (2600231) at our "
            "Clondalkin site.\n\n"
            "We have carefully compared your qualifications with the requirements of the "
            "position. Regrettably, you have not been selected to continue in the recruitment "
            "process.\n\n"
            "Your profile will remain in our talent community, and you may withdraw it at any "
            "time through the careers portal.\n\n"
            "Sincerely,\nGlobal Talent Acquisition\nClondalkin Pharma Packaging"
        ),
        "shell": ats_card("Clondalkin Pharma Packaging", "#a4123f",
                          "This message was sent from an unmonitored mailbox."),
    },
    # ------------------------------------------------------------------ German (5)
    {
        "kind": "rejection", "scenario": "elbstrom_personio_nach_gespraech", "lang": "de",
        "company": "Elbstrom Logistik", "contact": "katrin.behrens@elbstrom.example.de",
        "from": ("Katrin Behrens", "noreply@personio.de"),
        "reply_to": ("Katrin Behrens", "katrin.behrens@elbstrom.example.de"),
        "subject": "Ihre Bewerbung als Junior Supply Chain Analyst (m/w/d) - Rückmeldung",
        "subject_enc": "iso-8859-1/q",
        "date": "2026-03-12 15:02 +0100",
        "key": "elb-rej", "refs": ["elb-app", "elb-inv", "elb-move"],
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": (
            "Hallo Herr Walsh-Adebayo,\n\n"
            "vielen Dank für das offene Gespräch am 3. März mit Herrn Petersen und mir.\n\n"
            "Wir haben uns die Entscheidung nicht leicht gemacht. Nach reiflicher Überlegung "
            "haben wir uns für eine Kandidatin entschieden, die bereits in der Disposition "
            "eines Hamburger Speditionsbetriebs gearbeitet hat. Für Sie bedeutet das leider, "
            "dass wir Ihnen keine Zusage geben können.\n\n"
            "Ihre Erfahrung aus dem Lager hat uns gut gefallen. Wenn Sie einverstanden sind, "
            "behalten wir Ihre Unterlagen für sechs Monate im Talentpool.\n\n"
            "Viele Grüße aus Billbrook\n\nKatrin Behrens\nHR Business Partnerin\n"
            "Elbstrom Logistik GmbH, Moorfleeter Straße 27, 22113 Hamburg\n"
            "Amtsgericht Hamburg HRB 148207 | Geschäftsführer: Jens Albers"
        ),
        "html_charset": "utf-8",
        "shell": ats_card("Elbstrom Logistik", "#e2001a", "Gesendet mit Personio"),
    },
    {
        "kind": "rejection", "scenario": "hafenkontor_softgarden_absage", "lang": "de",
        "company": "Hafenkontor Nord", "contact": "",
        "from": ("Hafenkontor Nord – Recruiting", "noreply@softgarden.io"),
        "subject": "Absage: Ihre Bewerbung bei Hafenkontor Nord",
        "subject_enc": "utf-8/b",
        "date": "2026-04-29 08:45 +0200",
        "key": "hk-rej", "refs": ["hk-app", "hk-tel", "hk-cancel", "hk-missed"],
        "text": (
            "Sehr geehrter Herr Walsh-Adebayo,\n\n"
            "wir bedanken uns für Ihr Interesse an der Position Analyst Bestandsmanagement "
            "(m/w/d) und für die Zeit, die Sie in den Bewerbungsprozess investiert haben.\n\n"
            "Nach sorgfältiger Prüfung müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung in "
            "diesem Verfahren nicht weiter berücksichtigen können.\n\n"
            "Diese Entscheidung ist keine Bewertung Ihrer Person. Wir wünschen Ihnen für Ihren "
            "weiteren beruflichen Weg alles Gute.\n\n"
            "Mit freundlichen Grüßen\nIhr Recruiting-Team der Hafenkontor Nord GmbH & Co. KG\n\n"
            "Diese E-Mail wurde automatisch über softgarden versendet."
        ),
        "shell": ats_card("Hafenkontor Nord", "#123c69"),
    },
    {
        "kind": "rejection", "scenario": "altona_stelle_entfaellt_cp1252", "lang": "de",
        "company": "Altona Pharma Werk", "contact": "recruiting@altonapharma.example.de",
        "from": ("Altona Pharma Werk Recruiting", "no-reply@successfactors.eu"),
        "reply_to": ("Recruiting Altona Pharma Werk", "recruiting@altonapharma.example.de"),
        "subject": "Supply Chain Planner (w/m/d) – Information zum Auswahlverfahren",
        "date": "2026-06-03 11:30 +0200",
        "key": "altona-rej", "refs": ["altona-ack", "altona-ac"],
        "charset": "windows-1252", "cte": "8bit",
        "text": (
            "Guten Tag Herr Walsh-Adebayo,\n\n"
            "wir hatten Sie für den 9. Juni zu unserem Assessment-Center eingeladen. Leider "
            "müssen wir Ihnen heute mitteilen, dass die Stelle „Supply Chain Planner“ im Zuge "
            "einer Umstrukturierung der Werksplanung entfällt. Das Auswahlverfahren wird "
            "deshalb beendet, und der Termin findet nicht statt.\n\n"
            "Wir bedauern das sehr. Ihre Bewerbung wird im Rahmen dieses Verfahrens nicht "
            "weiter berücksichtigt; Sie sind jedoch herzlich eingeladen, sich auf künftige "
            "Ausschreibungen zu bewerben.\n\n"
            "Freundliche Grüße\nTeam Recruiting\nAltona Pharma Werk GmbH – Werk Bahrenfeld\n"
            "Gasstraße 18, 22761 Hamburg"
        ),
    },
    {
        "kind": "rejection", "scenario": "personalwerk_kunde_alsterkauf", "lang": "de",
        "company": "Alsterkauf Warenhaus", "contact": "birte.luedemann@personalwerk-hanse.example.de",
        "from": ("Birte Lüdemann", "birte.luedemann@personalwerk-hanse.example.de"),
        "from_enc": "iso-8859-1/b",
        "subject": "Rückmeldung Alsterkauf – Bestandsanalyst",
        "date": "2026-07-15 17:03 +0200",
        "text": (
            "Hallo Ciarán,\n\n"
            "wie versprochen melde ich mich mit der Rückmeldung von Alsterkauf. Die "
            "Fachabteilung hat sich gegen eine Einstellung entschieden: Ihnen fehlt aus deren "
            "Sicht noch Erfahrung mit Filialdisposition im Textilbereich, und Deutsch auf "
            "Verhandlungsniveau mit Lieferanten wäre sofort gefordert.\n\n"
            "Ich finde das schade, zumal das Gespräch laut Herrn Voss angenehm war. Ich habe "
            "aber schon zwei andere Kunden im Blick, bei denen Englisch im Alltag reicht.\n\n"
            "Liebe Grüße\nBirte\n\nBirte Lüdemann\nPersonalberaterin Logistik\n"
            "Personalwerk Hanse GmbH · Ballindamm 6 · 20095 Hamburg · Tel. 040 3008 5512"
        ),
    },
    {
        "kind": "rejection", "scenario": "kroeger_moin_intern", "lang": "de",
        "company": "Spedition Kröger", "contact": "hauke@spedition-kroeger.example.de",
        "from": ("Hauke Kröger", "hauke@spedition-kroeger.example.de"),
        "subject": "Re: Disponent / Analyst",
        "date": "2026-08-27 07:12 +0200",
        "parent": "kroeger-q",
        "text": (
            "Moin Ciarán,\n\n"
            "kurz und knapp, weil die LKW gleich rausmüssen: Wir machen das intern. Unser "
            "Azubi ist fertig geworden und übernimmt die Planung. Du warst gut, aber so ist es "
            "für uns einfacher.\n\nGruß\nHauke\n\n"
            "Spedition Kröger · Wilhelmsburg"
        ),
    },
    # ------------------------------------------------------------------ French (4)
    {
        "kind": "rejection", "scenario": "rhone_fret_pourvu_en_interne", "lang": "fr",
        "company": "Rhône Fret Services", "contact": "camille.roussel@rhonefret.example.fr",
        "from": ("Camille Roussel", "camille.roussel@rhonefret.example.fr"),
        "subject": "Votre candidature – Analyste flux transport",
        "subject_enc": "utf-8/q",
        "date": "2026-06-09 10:18 +0200",
        "key": "rhone-rej", "refs": ["rhone-app", "rhone-inv", "rhone-cancel"],
        "text": (
            "Bonjour Ciarán,\n\n"
            "Comme je vous l'avais indiqué en annulant notre entretien du 21 mai, le poste "
            "d'analyste flux transport était en cours de redéfinition.\n\n"
            "La direction a finalement choisi de le confier à un collaborateur de l'équipe "
            "exploitation de Saint-Priest, qui a été nommé la semaine dernière. Le recrutement "
            "externe est donc clos et nous ne pourrons pas donner suite à votre candidature.\n\n"
            "Je suis désolée pour ce dénouement et vous remercie de votre patience.\n\n"
            "Bien cordialement,\n\nCamille Roussel\nChargée de recrutement\n"
            "Rhône Fret Services – 12 rue du Dauphiné, 69800 Saint-Priest\n04 72 90 31 18"
        ),
        "shell": word_shell,
    },
    {
        "kind": "rejection", "scenario": "fourviere_taleo_html_latin1", "lang": "fr",
        "company": "Laboratoires Fourvière", "contact": "",
        "from": ("Laboratoires Fourvière", "noreply@taleo.net"),
        "from_enc": "iso-8859-1/q",
        "subject": "Suite donnée à votre candidature",
        "date": "2026-05-21 09:00 +0200",
        "html_only": True,
        "html_charset": "iso-8859-1", "html_cte": "quoted-printable",
        "text": (
            "Madame, Monsieur,\n\n"
            "Nous avons bien étudié votre candidature au poste de Gestionnaire "
            "approvisionnements (réf. 26-0412) sur notre site de Décines.\n\n"
            "Nous sommes au regret de vous informer que nous ne donnerons pas suite à votre "
            "candidature, d'autres profils correspondant davantage aux exigences du poste.\n\n"
            "Nous conservons vos coordonnées dans notre vivier pour une durée de deux ans, "
            "sauf opposition de votre part.\n\n"
            "Le service Recrutement\nLaboratoires Fourvière"
        ),
        "shell": ats_card("Laboratoires Fourvière", "#6d1f5c",
                          "Message automatique, merci de ne pas y répondre."),
    },
    {
        "kind": "rejection", "scenario": "logipharm_apres_entretien_cite_remerciement",
        "lang": "fr",
        "company": "Logipharm Villeurbanne", "contact": "s.marchetti@logipharm.example.fr",
        "from": ("Sophie Marchetti", "s.marchetti@logipharm.example.fr"),
        "subject": "RE: Merci pour l'entretien de jeudi",
        "date": "2026-10-06 14:26 +0200",
        "parent": "logipharm-merci",
        "text": reply(
            "Bonjour Ciarán,\n\n"
            "Merci pour votre message, qui nous a fait plaisir.\n\n"
            "Après avoir rencontré l'ensemble des candidats, nous avons retenu un profil qui "
            "connaît déjà la distribution pharmaceutique sous température dirigée. Je ne peux "
            "donc pas vous proposer le poste de coordinateur stocks.\n\n"
            "Votre présentation de l'exercice de réapprovisionnement était très claire ; "
            "n'hésitez pas à postuler de nouveau chez nous.\n\n"
            "Cordialement,\nSophie Marchetti\nResponsable entrepôt – Logipharm Villeurbanne\n"
            "45 avenue Roger Salengro, 69100 Villeurbanne",
            "fr", "ven. 2 oct. 2026 à 08:47", "Ciarán Walsh-Adebayo", CAND[1],
            "Bonjour Madame Marchetti,\n\n"
            "Je vous remercie encore pour l'entretien de jeudi et pour la visite de "
            "l'entrepôt. J'ai beaucoup apprécié nos échanges sur la chaîne du froid et sur la "
            "préparation des commandes aux officines.\n\n"
            "Je reste à votre disposition pour toute information complémentaire.\n\n"
            "Bien cordialement,\nCiarán Walsh-Adebayo"),
    },
    {
        "kind": "rejection", "scenario": "interim_confluence_client_non_nomme", "lang": "fr",
        "company": "Intérim Confluence", "contact": "mathieu.girard@interim-confluence.example.fr",
        "from": ("Mathieu Girard", "mathieu.girard@interim-confluence.example.fr"),
        "subject": "Retour client – poste d'analyste supply",
        "date": "2026-08-31 18:02 +0200",
        "cte": "base64",
        "text": (
            "Salut Ciarán,\n\n"
            "J'ai eu le retour de mon client, le groupe de grande distribution de Vénissieux "
            "dont je t'ai parlé. Malheureusement, ils ne retiennent pas ta candidature : ils "
            "ont besoin de quelqu'un qui maîtrise déjà leur outil de prévision et qui parle "
            "couramment français avec les magasins.\n\n"
            "Ce n'est que partie remise, j'ai d'autres missions qui arrivent en septembre.\n\n"
            "À bientôt,\nMathieu Girard\nConsultant logistique – Intérim Confluence\n"
            "06 71 22 84 09"
        ),
    },
    # ------------------------------------------------------------------ Spanish (4)
    {
        "kind": "rejection", "scenario": "mercados_turia_recruitee", "lang": "es",
        "company": "Mercados Turia", "contact": "",
        "from": ("Mercados Turia", "mercadosturia@jobs.recruitee.com"),
        "subject": "Actualización sobre tu candidatura – Analista de aprovisionamiento",
        "subject_enc": "utf-8/q",
        "date": "2026-05-19 12:33 +0200",
        "text": (
            "Hola Ciarán:\n\n"
            "Gracias por tu interés en el puesto de Analista de aprovisionamiento de nuestra "
            "plataforma de Riba-roja.\n\n"
            "Hemos revisado con atención todas las candidaturas y hemos decidido seguir "
            "adelante con otros perfiles. Te deseamos mucha suerte en tu búsqueda.\n\n"
            "Un saludo,\nEquipo de Personas – Mercados Turia\n\n"
            "Este mensaje se ha enviado desde una dirección que no admite respuestas."
        ),
        "shell": ats_card("Mercados Turia", "#e85d04"),
    },
    {
        "kind": "rejection", "scenario": "malvarrosa_puesto_congelado_base64", "lang": "es",
        "company": "Farmacéutica Malvarrosa", "contact": "",
        "from": ("Farmacéutica Malvarrosa", "noreply@smartrecruiters.com"),
        "from_enc": "utf-8/b",
        "subject": "Proceso de selección: Técnico de planificación",
        "subject_enc": "iso-8859-1/b",
        "date": "2026-09-09 10:00 +0200",
        "html_only": True, "html_cte": "base64",
        "text": (
            "Estimado Ciarán:\n\n"
            "Te escribimos en relación con tu candidatura al puesto de Técnico de "
            "planificación en nuestra planta de Paterna.\n\n"
            "Por decisión de la dirección, la vacante ha quedado congelada hasta el próximo "
            "ejercicio y el proceso de selección se cierra sin incorporación. Por este motivo "
            "no continuaremos con tu candidatura.\n\n"
            "Agradecemos sinceramente el tiempo que has dedicado.\n\n"
            "Departamento de Recursos Humanos\nFarmacéutica Malvarrosa"
        ),
        "shell": ats_card("Farmacéutica Malvarrosa", "#00796b",
                          "Enviado a través de SmartRecruiters."),
    },
    {
        "kind": "rejection", "scenario": "talento_med_cliente_albufera", "lang": "es",
        "company": "Terminales Puerto Albufera", "contact": "marta.vidal@talentomed.example.es",
        "from": ("Marta Vidal", "marta.vidal@talentomed.example.es"),
        "subject": "RE: Entrevista Terminales Puerto Albufera",
        "date": "2026-03-27 13:41 +0100",
        "key": "tm-rej", "parent": "tm-move", "refs": ["tm-inv"],
        "text": outlook_reply(
            "Hola Ciarán,\n\n"
            "Ya tengo respuesta de Terminales Puerto Albufera. Al final han elegido a otra "
            "persona para el puesto de analista de operaciones: alguien que ya había trabajado "
            "con su sistema de gestión de patio. Lo siento mucho, sé que te hacía ilusión.\n\n"
            "Me quedo con tu perfil para los próximos procesos del puerto.\n\n"
            "Un abrazo,\nMarta Vidal\nConsultora senior – Talento Mediterráneo\n"
            "C/ Colón 42, 46004 València · 963 52 18 70",
            "es", "Marta Vidal <marta.vidal@talentomed.example.es>",
            "lunes, 2 de marzo de 2026 9:12",
            "Ciarán Walsh-Adebayo <ciaran.wa@example.ie>",
            "Entrevista Terminales Puerto Albufera",
            "Hola Ciarán,\n\n"
            "El cliente me pide aplazar la entrevista del miércoles 4; sigues en el proceso y "
            "te propongo nueva fecha en cuanto me la confirmen.\n\nMarta"),
    },
    {
        "kind": "rejection", "scenario": "bellver_nos_quedamos_con_otro", "lang": "es",
        "company": "Transportes Bellver", "contact": "pepa@transportesbellver.example.es",
        "from": ("Pepa Bellver", "pepa@transportesbellver.example.es"),
        "subject": "Lo del puesto",
        "date": "2026-10-20 20:05 +0200",
        "key": "bellver-rej", "refs": ["bellver-chat"],
        "charset": "iso-8859-1", "cte": "8bit",
        "text": (
            "Hola Ciarán:\n\n"
            "Gracias por pasarte el jueves por la nave, fue un rato muy agradable.\n\n"
            "Al final nos quedamos con un chico de Alzira que ya conoce las rutas de los "
            "clientes y empieza el lunes. No quería que te enteraras por otro lado.\n\n"
            "Mucha suerte, de verdad.\nPepa\n\nTransportes Bellver e Hijos\n"
            "Polígono Fuente del Jarro, Paterna"
        ),
    },
]
