"""Corpus 148, interview invitations (26), reschedules and cancellations (15) and missed
interview notices (10), hand-written."""

from msgs148_common import (
    CAND,
    ats_card,
    outlook_reply,
    plain_shell,
    reply,
    word_shell,
)

NIAMH = ("Niamh Gallagher", "niamh.gallagher@liffeyfreight.example.ie")
NIAMH_SIG = (
    "Niamh Gallagher\nTalent Acquisition Partner\nLiffey Freight Solutions\n"
    "Unit 9 Northpoint Business Park, Ballymun, Dublin 11\nT: +353 1 862 4410"
)
AOIFE = ("Aoife Brennan", "aoife.brennan@pennineretail.example.co.uk")
KATRIN = ("Katrin Behrens", "katrin.behrens@elbstrom.example.de")
SANNE = ("Sanne de Vries", "sanne.devries@maasvlakte-ss.example.nl")

LIFFEY_INVITE_TEXT = (
    "Hi Ciarán,\n\n"
    "Thank you for your application for the Supply Chain Analyst role. Declan Moran (Head of "
    "Supply Chain Planning) and the panel would like to meet you.\n\n"
    "Date: Wednesday 18 March 2026\nTime: 10:00 - 11:00\n"
    "Where: Liffey Freight Solutions, Unit 9 Northpoint Business Park, Ballymun, Dublin 11 "
    "(ask for me at reception)\n\n"
    "The panel will be Declan, Ruth Keane from Finance and myself. The first half is a "
    "competency-based conversation; for the second half we will give you a short slotting "
    "exercise on paper, so no laptop is needed.\n\n"
    "I've sent a calendar invitation with this e-mail. Could you accept it, or reply to let me "
    "know if the time doesn't suit?\n\n"
    "Kind regards,\n\n" + NIAMH_SIG
)

MESSAGES = [
    # ================================================================== invitations, English (15)
    {
        "kind": "interview_invitation", "scenario": "liffey_panel_outlook_ics", "lang": "en",
        "company": "Liffey Freight Solutions", "contact": NIAMH[1],
        "from": NIAMH,
        "subject": "Interview invitation - Supply Chain Analyst (R-2026-0117)",
        "date": "2026-03-10 09:41 +0000",
        "key": "liffey-inv", "refs": ["liffey-app"],
        "text": LIFFEY_INVITE_TEXT,
        "shell": word_shell,
        "ics": {"method": "REQUEST", "uid": "liffey-r20260117-panel@liffeyfreight.example.ie",
                "seq": 0, "start": "2026-03-18 10:00 +0000", "end": "2026-03-18 11:00 +0000",
                "summary": "Interview: Ciarán Walsh-Adebayo - Supply Chain Analyst",
                "location": "Liffey Freight Solutions, Unit 9 Northpoint Business Park, Ballymun",
                "organizer": NIAMH, "description": "Panel interview and slotting exercise.",
                "mode": "alt"},
    },
    {
        "kind": "interview_invitation", "scenario": "pennine_greenhouse_phone_screen", "lang": "en",
        "company": "Pennine Retail Group", "contact": AOIFE[1],
        "from": ("Aoife Brennan via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": AOIFE,
        "subject": "Pennine Retail Group: let's set up a call",
        "date": "2026-04-20 10:12 +0100",
        "key": "pennine-screen", "refs": ["pennine-app"],
        "text": (
            "Hi Ciarán,\n\n"
            "Thanks for applying for Replenishment Analyst at Pennine Retail Group. I'd like to "
            "set up a 30-minute phone screen so we can talk about your background and what "
            "you're looking for.\n\n"
            "Please choose a time that suits you here:\n"
            "https://app.greenhouse.io/scheduling/candidate/7b1c0f4e2a\n\n"
            "I'll ring you on the number on your CV at the time you pick.\n\n"
            "Speak soon,\nAoife Brennan\nTalent Partner | Pennine Retail Group\n"
            "Pennine House, Oldham Road, Manchester M40"
        ),
        "shell": ats_card("Pennine Retail Group", "#24478f", "Sent via Greenhouse"),
    },
    {
        "kind": "interview_invitation", "scenario": "harbourline_sets_up_ringaskiddy", "lang": "en",
        "company": "Ringaskiddy Pharma Operations", "contact": "shane.mulvey@harbourline.example.ie",
        "from": ("Shane Mulvey", "shane.mulvey@harbourline.example.ie"),
        "subject": "Interview confirmed - Ringaskiddy Pharma Operations, Materials Analyst",
        "date": "2026-01-28 15:55 +0000",
        "key": "hl-inv", "refs": ["hl-reg"],
        "text": (
            "Hi Ciarán,\n\n"
            "Great news - Ringaskiddy Pharma Operations want to meet you for the Materials "
            "Analyst contract-to-perm role.\n\n"
            "Thursday 5 February, 11:00, at their main gate on the Ringaskiddy Road. You'll be "
            "seeing Helen Cotter (Materials Manager) and someone from Quality. Bring photo ID "
            "for the security hut, and they'll give you a visitor's gown for the walk-through "
            "of the warehouse.\n\n"
            "Give me a ring tonight if you want to go through likely questions - they lean "
            "heavily on GMP and cycle counting.\n\n"
            "Shane Mulvey\nSenior Recruitment Consultant | Harbourline Recruitment\n"
            "Harbourline House, 22 Fitzwilliam Square, Dublin 2\nM: +353 86 301 7722\n\n"
            "Harbourline Recruitment is licensed under the Employment Agency Act, licence "
            "EA-4471."
        ),
    },
    {
        "kind": "interview_invitation", "scenario": "tierney_cuppa_thursday", "lang": "en",
        "company": "Tierney & Sons Haulage", "contact": "marian@tierneyhaulage.example.ie",
        "from": ("Marian Tierney", "marian@tierneyhaulage.example.ie"),
        "subject": "Planning job",
        "date": "2026-07-06 08:31 +0100",
        "key": "tierney-chat",
        "text": (
            "Hi Ciarán,\n\n"
            "Colm passed on your CV, thanks for sending it. Are you free Thursday morning to "
            "come out to the yard in Kilcock for a chat and a cuppa? Say 11? It'd be myself and "
            "Colm, nothing formal, we just want to talk through how we plan the runs to the "
            "ports and see would you be a fit.\n\n"
            "Marian\n\nTierney & Sons Haulage\nMaynooth Road, Kilcock, Co. Kildare\n01 628 7781"
        ),
    },
    {
        "kind": "interview_invitation", "scenario": "maasvlakte_lever_video", "lang": "en",
        "company": "Maasvlakte Shipping Services", "contact": SANNE[1],
        "from": ("Sanne de Vries", "no-reply@hire.lever.co"),
        "reply_to": SANNE,
        "subject": "Interview for Container Flow Analyst - Maasvlakte Shipping Services",
        "date": "2026-03-02 11:03 +0100",
        "key": "maas-inv",
        "text": (
            "Hi Ciarán,\n\n"
            "Thanks for your interest in the Container Flow Analyst role in Rotterdam. We would "
            "like to invite you to a first interview by video with me and Bram Kuipers, our "
            "Terminal Flow Lead.\n\n"
            "Proposed: Tuesday 10 March, 14:00-14:45 CET (13:00 Irish time), Microsoft Teams.\n"
            "Confirm or pick another slot: https://hire.lever.co/interview/maasvlakte/c8f2a1\n\n"
            "We work in English, so no Dutch needed.\n\n"
            "Best,\nSanne de Vries\nRecruiter | Maasvlakte Shipping Services"
        ),
        "shell": ats_card("Maasvlakte Shipping Services", "#00558c", "Sent with Lever"),
    },
    {
        "kind": "interview_invitation", "scenario": "ssa_assessment_centre_pdf", "lang": "en",
        "company": "State Supplies Agency", "contact": "recruitment@statesupplies.example.ie",
        "from": ("State Supplies Agency - Recruitment", "recruitment@statesupplies.example.ie"),
        "subject": "SSA-26-041: Invitation to Assessment Centre",
        "date": "2026-02-18 12:10 +0000",
        "key": "ssa-ac", "refs": ["ssa-ack"],
        "text": (
            "Dear Ciarán Walsh-Adebayo,\n\n"
            "Competition SSA-26-041 Higher Executive Officer (Supply Chain Analyst)\n\n"
            "Following shortlisting, you are invited to attend the assessment centre for the "
            "above competition on Tuesday 10 March 2026 at 09:15 in the Agency's offices, "
            "Block C, Irish Life Centre, Lower Abbey Street, Dublin 1.\n\n"
            "The assessment centre will consist of a written data exercise (60 minutes) "
            "followed by a competency-based interview (45 minutes). Full instructions are in "
            "the attached document.\n\n"
            "Please confirm your attendance by reply to this e-mail by Friday 27 February.\n\n"
            "Yours sincerely,\n\nDeirdre Whelan\nRecruitment Unit\nState Supplies Agency\n"
            "Tel: 01 858 7300"
        ),
        "pdf": {"filename": "SSA-26-041_Assessment_Centre_Instructions.pdf",
                "title": "SSA-26-041 Assessment Centre - Candidate Instructions",
                "lines": ["Date: Tuesday 10 March 2026, 09:15",
                          "Venue: Block C, Irish Life Centre, Lower Abbey Street, Dublin 1",
                          "Part 1: Written data exercise (60 minutes)",
                          "Part 2: Competency-based interview (45 minutes)",
                          "Bring: photo identification and this letter.",
                          "Calculators are provided. Mobile phones must be switched off."]},
    },
    {
        "kind": "interview_invitation", "scenario": "lagan_trial_day", "lang": "en",
        "company": "Lagan Cold Chain", "contact": "ruairi.mccann@lagancoldchain.example.co.uk",
        "from": ("Ruairí McCann", "ruairi.mccann@lagancoldchain.example.co.uk"),
        "subject": "Trial day - Inventory Planner",
        "date": "2026-08-03 14:27 +0100",
        "key": "lagan-trial",
        "text": (
            "Hi Ciarán,\n\n"
            "Good to hear from you again. As promised, the temperature-controlled planning role "
            "is now open, and rather than a formal interview we'd like you to do a paid trial "
            "day with the planning team at Duncrue.\n\n"
            "Wednesday 12 August, 08:00 to 16:00. You'll shadow Paula on the morning wave plan "
            "and then build tomorrow's replenishment yourself in the afternoon. Safety boots "
            "and a warm fleece - the chill store is at 2 degrees. We'll pay the day at the "
            "planner rate plus your travel from Dublin.\n\n"
            "Let me know if that works.\n\nRuairí\n\n"
            "Ruairí McCann | Operations Manager | Lagan Cold Chain | 028 9077 3140"
        ),
    },
    {
        "kind": "interview_invitation", "scenario": "irwell_ashby_schedule_card", "lang": "en",
        "company": "Irwell Healthcare Supplies", "contact": "priya.raman@irwellhealth.example.co.uk",
        "from": ("Irwell Healthcare Supplies", "no-reply@ashbyhq.com"),
        "reply_to": ("Priya Raman", "priya.raman@irwellhealth.example.co.uk"),
        "subject": "Schedule your interview with Irwell Healthcare Supplies",
        "date": "2026-05-18 09:02 +0100",
        "key": "irwell-screen",
        "html_only": True,
        "text": (
            "Hi Ciarán,\n\n"
            "Priya Raman would like to schedule a 30-minute video interview with you for the "
            "Inventory Analyst role.\n\n"
            "Pick a time: https://jobs.ashbyhq.com/irwellhealth/schedule/5f0e9c\n\n"
            "The interview will take place on Microsoft Teams; the link will be in your "
            "calendar confirmation.\n\n"
            "Irwell Healthcare Supplies Recruiting"
        ),
        "shell": ats_card("Irwell Healthcare Supplies", "#5b2a86", "Powered by Ashby"),
    },
    {
        "kind": "interview_invitation", "scenario": "vdplas_recruitee_teams_ics", "lang": "en",
        "company": "Van der Plas Cold Storage", "contact": "joris@vdplas.example.nl",
        "from": ("Joris van der Plas", "joris@vdplas.example.nl"),
        "subject": "Video interview Wednesday 22 April",
        "date": "2026-04-15 16:44 +0200",
        "key": "vdp-inv", "refs": ["vdp-ack"],
        "text": (
            "Dear Ciarán,\n\n"
            "Thank you for applying for the Stock & Planning Analyst role at our Waalhaven "
            "warehouse. My father and I would like to get to know you on a video call on "
            "Wednesday 22 April at 10:00 (Rotterdam time, 09:00 in Dublin). The invitation with "
            "the Teams link is attached.\n\n"
            "We are a family company with 60 people; the call will be relaxed, about 45 "
            "minutes.\n\n"
            "Kind regards,\nJoris van der Plas\nOperations Director\nVan der Plas Cold Storage\n"
            "Waalhaven Oostzijde 71, 3087 BM Rotterdam"
        ),
        "ics": {"method": "REQUEST", "uid": "vdp-2604-interview@vdplas.example.nl", "seq": 0,
                "start": "2026-04-22 10:00 +0200", "end": "2026-04-22 10:45 +0200",
                "summary": "Video interview Van der Plas / Ciarán Walsh-Adebayo",
                "location": "Microsoft Teams",
                "organizer": ("Joris van der Plas", "joris@vdplas.example.nl"),
                "description": "Join: https://teams.example.nl/l/meetup-join/19-vdp-2604",
                "mode": "attach"},
    },
    {
        "kind": "interview_invitation", "scenario": "cheetham_greenhouse_onsite_ics", "lang": "en",
        "company": "Cheetham Hill Pharma", "contact": "leah.okafor@cheethamhillpharma.example.co.uk",
        "from": ("Leah Okafor via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Leah Okafor", "leah.okafor@cheethamhillpharma.example.co.uk"),
        "subject": "Onsite interview: Supply Planner - Friday 11 September",
        "date": "2026-09-01 11:20 +0100",
        "key": "chp-inv", "refs": ["chp-app"],
        "text": (
            "Hi Ciarán,\n\n"
            "Following your conversation with me last week, the hiring team would like to "
            "invite you to an onsite interview at our Cheetham Hill site.\n\n"
            "Friday 11 September, 13:00-15:30\n"
            "13:00 Site tour with Warehouse Manager\n"
            "13:45 Case study (planning scenario, 45 min)\n"
            "14:45 Interview with the Head of Supply Planning\n\n"
            "Address: Cheetham Hill Pharma, Elizabeth Street, Manchester M8. Free parking on site. "
            "A calendar invitation is attached; please accept it so we know you're coming.\n\n"
            "Leah Okafor\nSenior Recruiter, Cheetham Hill Pharma"
        ),
        "shell": plain_shell,
        "ics": {"method": "REQUEST", "uid": "gh-onsite-88213@cheethamhillpharma.example.co.uk",
                "seq": 0, "start": "2026-09-11 13:00 +0100", "end": "2026-09-11 15:30 +0100",
                "summary": "Onsite interview - Supply Planner",
                "location": "Cheetham Hill Pharma, Elizabeth Street, Manchester",
                "organizer": ("Leah Okafor", "leah.okafor@cheethamhillpharma.example.co.uk"),
                "mode": "both"},
    },
    {
        "kind": "interview_invitation", "scenario": "leevalley_phone_screen_ask", "lang": "en",
        "company": "Lee Valley Distribution", "contact": "grainne.osullivan@leevalley.example.ie",
        "from": ("Gráinne Ó Súilleabháin", "grainne.osullivan@leevalley.example.ie"),
        "from_enc": "iso-8859-1/b",
        "subject": "Quick call about the Transport Planner role?",
        "date": "2026-06-15 13:09 +0100",
        "key": "lv-screen",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": (
            "Hi Ciarán,\n\n"
            "I'm on the People Team at Lee Valley Distribution and I've been reading your "
            "application for the Transport Planner role at Little Island.\n\n"
            "Would you have 20 minutes on Thursday 18 June for a quick phone call? I'd suggest "
            "11:00, but let me know what suits. It's an informal first chat - a bit about you, "
            "a bit about the depot and the shift pattern.\n\n"
            "Best,\nGráinne Ó Súilleabháin\nPeople Team, Lee Valley Distribution\n"
            "Little Island, Co. Cork | 021 435 2290"
        ),
    },
    {
        "kind": "interview_invitation", "scenario": "northgate_client_ancoats", "lang": "en",
        "company": "Ancoats Freight", "contact": "jamie.holt@northgatetalent.example.co.uk",
        "from": ("Jamie Holt", "jamie.holt@northgatetalent.example.co.uk"),
        "subject": "Interview with Ancoats Freight - Thursday 19th, 2pm",
        "date": "2026-03-16 17:30 +0000",
        "key": "ng-inv", "refs": ["ng-reg"],
        "text": (
            "Hi Ciarán,\n\n"
            "Ancoats Freight have come back and want to see you for the Freight Data Analyst "
            "role.\n\n"
            "When: Thursday 19 March, 2pm\n"
            "Where: Ancoats Freight, Unit 4 Pollard Street East, Manchester M40\n"
            "Who: Dave Heywood (Ops Director) and Sunita Patel (Finance)\n\n"
            "It's an hour, competency questions plus they'll ask you to talk through a "
            "spreadsheet of lane volumes. Smart casual. Flight from Dublin lands 10:40 so "
            "you've plenty of time.\n\n"
            "Cheers,\nJamie\n\nJamie Holt | Senior Consultant, Supply Chain | Northgate Talent\n"
            "M: 07700 914 552"
        ),
    },
    {
        "kind": "interview_invitation", "scenario": "dockroad_reply_to_followup", "lang": "en",
        "company": "Dock Road Distribution", "contact": "k.mensah@dockroad.example.co.uk",
        "from": ("Kwame Mensah", "k.mensah@dockroad.example.co.uk"),
        "subject": "Re: Following up - Warehouse Analyst application",
        "date": "2026-05-05 12:14 +0100",
        "key": "dock-inv", "parent": "dock-followup", "refs": ["dock-app"],
        "text": reply(
            "Hi Ciarán,\n\n"
            "Not at all, no decision has been made - apologies for the silence, we've been "
            "short-handed. I'd like you to come in for an interview next Tuesday, 12 May, at "
            "9:30 at the Irlam site. It'll be me and our stock control lead, about an hour.\n\n"
            "Can you confirm?\n\n"
            "Kwame Mensah\nSite Manager, Dock Road Distribution\n"
            "Liverpool Road, Irlam, Manchester M44 | 0161 775 3320",
            "en", "Mon, 4 May 2026 at 21:02", "Ciarán Walsh-Adebayo", CAND[1],
            "Dear Mr Mensah,\n\n"
            "I applied for the Warehouse Analyst role two weeks ago and wanted to check whether "
            "it is still open. I understand if you have already gone with someone else or "
            "decided against my application, but I would be grateful to know either way.\n\n"
            "Kind regards,\nCiarán Walsh-Adebayo"),
    },
    {
        "kind": "interview_invitation", "scenario": "ballincollig_successfactors_invite",
        "lang": "en",
        "company": "Ballincollig Biologics", "contact": "talent.cork@ballincolligbio.example.ie",
        "from": ("Ballincollig Biologics Talent Acquisition", "no-reply@successfactors.eu"),
        "reply_to": ("Talent Acquisition Cork", "talent.cork@ballincolligbio.example.ie"),
        "subject": "Interview Invitation – Supply Chain Planner (Req 5521)",
        "date": "2026-09-07 08:30 +0100",
        "key": "bb-inv",
        "text": (
            "Dear Ciarán,\n\n"
            "We are pleased to invite you to an interview for the position of Supply Chain "
            "Planner (Req 5521).\n\n"
            "Date: Thursday 17 September 2026\nTime: 14:00 (duration approx. 75 minutes)\n"
            "Format: in person, Building 3 reception, Ballincollig Biologics, Ballincollig, "
            "Co. Cork\nPanel: Supply Chain Manager, Senior Planner, HR Business Partner\n\n"
            "The interview includes a 15-minute presentation: 'How would you reduce expiry "
            "write-offs in a finished goods warehouse?' Please bring it on a USB key.\n\n"
            "Reply to this e-mail to confirm, or contact talent.cork@ballincolligbio.example.ie "
            "with any access requirements.\n\n"
            "Kind regards,\nTalent Acquisition Cork\nBallincollig Biologics"
        ),
        "shell": ats_card("Ballincollig Biologics", "#0f4c81"),
    },
    {
        "kind": "interview_invitation", "scenario": "portwise_sets_up_europoort_video", "lang": "en",
        "company": "Europoort Tank Services", "contact": "daan.visser@portwise.example.nl",
        "from": ("Daan Visser", "daan.visser@portwise.example.nl"),
        "subject": "Europoort Tank Services wants to meet you",
        "date": "2026-07-14 10:05 +0200",
        "key": "pw-inv",
        "text": (
            "Hi Ciarán,\n\n"
            "Europoort Tank Services liked your profile for the Planning Analyst job. Hendrik "
            "Bos, their Terminal Planning Manager, will do a first video interview on Tuesday "
            "21 July at 10:00 Rotterdam time (09:00 for you). He'll send the Teams link "
            "himself.\n\n"
            "They will ask about shift planning, jetty scheduling and your Excel. Be ready to "
            "share your screen.\n\n"
            "Good luck!\nDaan Visser\nPortwise Staffing | Rotterdam\n+31 10 744 2281"
        ),
    },
    # ================================================================== invitations, German (4)
    {
        "kind": "interview_invitation", "scenario": "elbstrom_einladung_ics", "lang": "de",
        "company": "Elbstrom Logistik", "contact": KATRIN[1],
        "from": ("Katrin Behrens", "noreply@personio.de"),
        "reply_to": KATRIN,
        "subject": "Einladung zum Vorstellungsgespräch – Junior Supply Chain Analyst (m/w/d)",
        "subject_enc": "utf-8/q",
        "date": "2026-02-16 09:05 +0100",
        "key": "elb-inv", "refs": ["elb-app"],
        "text": (
            "Hallo Herr Walsh-Adebayo,\n\n"
            "vielen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich kennenlernen und "
            "laden Sie zu einem Vorstellungsgespräch ein:\n\n"
            "Donnerstag, 26. Februar 2026, 10:00–11:00 Uhr\n"
            "Elbstrom Logistik, Moorfleeter Straße 27, 22113 Hamburg (Empfang Haus B)\n"
            "Gesprächspartner: Lars Petersen (Teamleiter Disposition) und ich\n\n"
            "Das Gespräch kann gern auf Englisch stattfinden. Die Kalendereinladung finden Sie "
            "im Anhang; bitte bestätigen Sie den Termin kurz.\n\n"
            "Viele Grüße\nKatrin Behrens\nHR Business Partnerin, Elbstrom Logistik GmbH"
        ),
        "shell": ats_card("Elbstrom Logistik", "#e2001a", "Gesendet mit Personio"),
        "ics": {"method": "REQUEST", "uid": "personio-elb-88121@elbstrom.example.de", "seq": 0,
                "start": "2026-02-26 10:00 +0100", "end": "2026-02-26 11:00 +0100",
                "summary": "Vorstellungsgespräch Ciarán Walsh-Adebayo",
                "location": "Elbstrom Logistik, Moorfleeter Straße 27, Hamburg",
                "organizer": KATRIN, "mode": "alt"},
    },
    {
        "kind": "interview_invitation", "scenario": "hafenkontor_telefoninterview", "lang": "de",
        "company": "Hafenkontor Nord", "contact": "joerg.classen@hafenkontor.example.de",
        "from": ("Jörg Claßen", "joerg.classen@hafenkontor.example.de"),
        "from_enc": "iso-8859-1/b",
        "subject": "Telefoninterview Analyst Bestandsmanagement",
        "date": "2026-04-01 10:37 +0200",
        "key": "hk-tel", "refs": ["hk-app"],
        "charset": "iso-8859-1", "cte": "8bit",
        "text": (
            "Sehr geehrter Herr Walsh-Adebayo,\n\n"
            "Ihre Unterlagen haben uns neugierig gemacht. Hätten Sie am Mittwoch, den 8. April, "
            "zwischen 14 und 16 Uhr Zeit für ein Telefoninterview von etwa 30 Minuten? Nennen "
            "Sie mir gern eine Uhrzeit in diesem Fenster und eine Nummer, unter der ich Sie "
            "erreiche.\n\n"
            "Mit freundlichen Grüßen\nJörg Claßen\nLeiter Bestandsmanagement\n"
            "Hafenkontor Nord GmbH & Co. KG | Am Sandtorkai 50 | 20457 Hamburg\n"
            "Tel. +49 40 3197 4420"
        ),
    },
    {
        "kind": "interview_invitation", "scenario": "altona_assessment_center_pdf", "lang": "de",
        "company": "Altona Pharma Werk", "contact": "recruiting@altonapharma.example.de",
        "from": ("Altona Pharma Werk Recruiting", "no-reply@successfactors.eu"),
        "reply_to": ("Recruiting Altona Pharma Werk", "recruiting@altonapharma.example.de"),
        "subject": "Einladung zum Assessment-Center am 9. Juni 2026",
        "date": "2026-05-26 13:00 +0200",
        "key": "altona-ac", "refs": ["altona-ack"],
        "cte": "quoted-printable",
        "text": (
            "Guten Tag Herr Walsh-Adebayo,\n\n"
            "wir freuen uns, Sie zu unserem Assessment-Center für die Position Supply Chain "
            "Planner (w/m/d) einzuladen.\n\n"
            "Termin: Dienstag, 9. Juni 2026, 8:30 bis ca. 15:00 Uhr\n"
            "Ort: Werk Bahrenfeld, Gasstraße 18, 22761 Hamburg, Schulungsraum 2\n\n"
            "Der Tag umfasst eine Gruppenübung, eine Fallstudie zur Produktionsplanung und ein "
            "Einzelinterview. Anfahrt und Ablauf finden Sie im PDF-Anhang. Reisekosten "
            "erstatten wir bis 250 Euro.\n\n"
            "Bitte bestätigen Sie Ihre Teilnahme per Antwort auf diese E-Mail.\n\n"
            "Freundliche Grüße\nTeam Recruiting\nAltona Pharma Werk GmbH"
        ),
        "pdf": {"filename": "Ablauf_Assessment-Center_Altona.pdf",
                "title": "Assessment-Center Supply Chain Planner - Ablauf",
                "lines": ["08:30 Begrüßung und Werksführung",
                          "09:30 Gruppenübung", "11:00 Fallstudie Produktionsplanung",
                          "12:30 Mittagessen", "13:30 Einzelinterview",
                          "Anfahrt: S-Bahn Bahrenfeld, 8 Minuten Fußweg"]},
    },
    {
        "kind": "interview_invitation", "scenario": "personalwerk_kundentermin_speicherstadt",
        "lang": "de",
        "company": "Speicherstadt Kaffeerösterei",
        "contact": "birte.luedemann@personalwerk-hanse.example.de",
        "from": ("Birte Lüdemann", "birte.luedemann@personalwerk-hanse.example.de"),
        "subject": "Vorstellungstermin bei der Speicherstadt Kaffeerösterei",
        "date": "2026-06-22 11:48 +0200",
        "key": "pwh-inv",
        "text": (
            "Hallo Ciarán,\n\n"
            "die Speicherstadt Kaffeerösterei möchte Sie kennenlernen! Termin ist Montag, der "
            "29. Juni, um 10:30 Uhr bei Frau Albrecht (Leitung Einkauf & Lager) im Kontor, "
            "Kehrwieder 5, 20457 Hamburg. Klingeln Sie bitte am Lieferanteneingang.\n\n"
            "Es geht um die Stelle als Analyst Rohkaffee-Disposition. Frau Albrecht spricht "
            "sehr gut Englisch, freut sich aber über ein paar Sätze auf Deutsch.\n\n"
            "Bitte kurz bestätigen.\n\nLiebe Grüße\nBirte\n\nBirte Lüdemann\n"
            "Personalwerk Hanse GmbH · Tel. 040 3008 5512"
        ),
    },
    # ================================================================== invitations, French (4)
    {
        "kind": "interview_invitation", "scenario": "rhone_fret_teamtailor_lien", "lang": "fr",
        "company": "Rhône Fret Services", "contact": "camille.roussel@rhonefret.example.fr",
        "from": ("Rhône Fret Services", "rhonefret@teamtailor-mail.com"),
        "from_enc": "utf-8/b",
        "reply_to": ("Camille Roussel", "camille.roussel@rhonefret.example.fr"),
        "subject": "Entretien pour le poste d'Analyste flux transport",
        "date": "2026-05-13 14:05 +0200",
        "key": "rhone-inv", "refs": ["rhone-app"],
        "text": (
            "Bonjour Ciarán,\n\n"
            "Merci pour votre candidature au poste d'Analyste flux transport. Votre parcours "
            "nous intéresse et nous aimerions échanger avec vous lors d'un entretien en visio "
            "de 45 minutes avec Julien Favre, responsable planification.\n\n"
            "Merci de choisir un créneau ici :\n"
            "https://rhonefret.teamtailor.com/meetings/a3f9e1\n\n"
            "À très bientôt,\nCamille Roussel\nChargée de recrutement – Rhône Fret Services"
        ),
        "shell": ats_card("Rhône Fret Services", "#003b6f", "Envoyé avec Teamtailor"),
    },
    {
        "kind": "interview_invitation", "scenario": "saone_entretien_depot_corbas", "lang": "fr",
        "company": "Saône Distribution", "contact": "helene.chabert@saonedistrib.example.fr",
        "from": ("Hélène Chabert", "helene.chabert@saonedistrib.example.fr"),
        "from_enc": "iso-8859-1/q",
        "subject": "Entretien – Analyste approvisionnement",
        "date": "2026-09-03 17:12 +0200",
        "key": "saone-inv", "parent": "saone-cand",
        "text": reply(
            "Bonjour Ciarán,\n\n"
            "Merci pour votre candidature spontanée, qui tombe bien : nous ouvrons un poste "
            "d'analyste approvisionnement au dépôt de Corbas.\n\n"
            "Je vous propose un entretien sur place le jeudi 10 septembre à 14h, avec moi et "
            "le responsable du dépôt. Vous trouverez l'invitation en pièce jointe ; l'entretien "
            "pourra se faire en partie en anglais si besoin.\n\n"
            "Cordialement,\nHélène Chabert\nResponsable RH – Saône Distribution\n"
            "ZI Corbas-Montmartin, 69960 Corbas\n04 78 21 66 40",
            "fr", "lun. 24 août 2026 à 21:40", "Ciarán Walsh-Adebayo", CAND[1],
            "Madame, Monsieur,\n\n"
            "Cariste et préparateur de commandes depuis six ans à Dublin, je me forme à "
            "l'analyse de la chaîne logistique et je m'installe à Lyon cet automne. Je vous "
            "adresse ma candidature spontanée pour un poste d'analyste ou de gestionnaire de "
            "stocks.\n\nCordialement,\nCiarán Walsh-Adebayo"),
        "ics": {"method": "REQUEST", "uid": "saone-entretien-0910@saonedistrib.example.fr",
                "seq": 0, "start": "2026-09-10 14:00 +0200", "end": "2026-09-10 15:00 +0200",
                "summary": "Entretien Ciarán Walsh-Adebayo – Analyste approvisionnement",
                "location": "Saône Distribution, ZI Corbas-Montmartin, Corbas",
                "organizer": ("Hélène Chabert", "helene.chabert@saonedistrib.example.fr"),
                "mode": "attach"},
    },
    {
        "kind": "interview_invitation", "scenario": "arap_convocation_pdf", "lang": "fr",
        "company": "Agence Régionale des Achats Publics", "contact": "recrutement@arap.example.fr",
        "from": ("Agence Régionale des Achats Publics", "recrutement@arap.example.fr"),
        "subject": "Convocation à un entretien – Chargé d'analyse achats et logistique",
        "subject_enc": "utf-8/b",
        "date": "2026-07-20 10:00 +0200",
        "key": "arap-conv", "refs": ["arap-ack"],
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": (
            "Monsieur,\n\n"
            "Suite à l'examen de votre dossier, j'ai le plaisir de vous convoquer à un entretien "
            "devant la commission de recrutement pour le poste de chargé d'analyse achats et "
            "logistique (contrat de droit public, catégorie A).\n\n"
            "Date : jeudi 3 septembre 2026 à 9h30\n"
            "Lieu : ARAP, 20 rue de la Villette, 69003 Lyon, salle Bellecour\n\n"
            "Vous trouverez ci-joint la convocation officielle. Merci de vous munir d'une pièce "
            "d'identité.\n\n"
            "Pour la directrice générale et par délégation,\nNadia Benali\n"
            "Service des ressources humaines"
        ),
        "pdf": {"filename": "Convocation_entretien_ARAP.pdf",
                "title": "Convocation - commission de recrutement",
                "lines": ["Poste : chargé d'analyse achats et logistique",
                          "Candidat : M. Ciarán Walsh-Adebayo",
                          "Date : jeudi 3 septembre 2026, 9h30",
                          "Lieu : 20 rue de la Villette, 69003 Lyon",
                          "Durée : 40 minutes (présentation 10 min, échanges 30 min)"]},
    },
    {
        "kind": "interview_invitation", "scenario": "interim_confluence_client_gerland",
        "lang": "fr",
        "company": "Entrepôts Gerland", "contact": "mathieu.girard@interim-confluence.example.fr",
        "from": ("Mathieu Girard", "mathieu.girard@interim-confluence.example.fr"),
        "subject": "RDV chez Entrepôts Gerland jeudi 8 octobre",
        "date": "2026-10-05 16:40 +0200",
        "key": "ic-inv",
        "text": (
            "Salut Ciarán,\n\n"
            "Bonne nouvelle : Entrepôts Gerland veut te rencontrer pour le poste de "
            "gestionnaire de stocks / analyste. RDV jeudi 8 octobre à 9h avec M. Tardy, "
            "responsable du site, 14 rue Crépet, Lyon 7e. Prévois une heure, visite de "
            "l'entrepôt comprise, et des chaussures de sécurité.\n\n"
            "Appelle-moi après pour me raconter !\n\n"
            "Mathieu Girard\nConsultant logistique – Intérim Confluence\n06 71 22 84 09"
        ),
    },
    # ================================================================== invitations, Spanish (3)
    {
        "kind": "interview_invitation", "scenario": "levante_workable_entrevista", "lang": "es",
        "company": "Levante Cargo", "contact": "lucia.ferrer@levantecargo.example.es",
        "from": ("Levante Cargo", "noreply@workablemail.com"),
        "reply_to": ("Lucía Ferrer", "lucia.ferrer@levantecargo.example.es"),
        "subject": "Entrevista para Analista de Operaciones Logísticas",
        "date": "2026-06-10 12:30 +0200",
        "key": "levante-inv", "refs": ["levante-app"],
        "text": (
            "Hola Ciarán:\n\n"
            "Gracias por tu candidatura a Analista de Operaciones Logísticas. Nos gustaría "
            "conocerte en una entrevista presencial en nuestras oficinas del puerto.\n\n"
            "Fecha: miércoles 17 de junio\nHora: 11:00\n"
            "Lugar: Levante Cargo, Avda. del Puerto 300, 46024 València\n"
            "Con: Lucía Ferrer (RR. HH.) y Andreu Puig (jefe de tráfico)\n\n"
            "Confirma tu asistencia respondiendo a este correo.\n\n"
            "Saludos,\nLucía Ferrer\nTécnica de Selección – Levante Cargo"
        ),
        "shell": ats_card("Levante Cargo", "#c0392b", "Enviado con Workable"),
        "ics": {"method": "REQUEST", "uid": "workable-lc-55102@levantecargo.example.es",
                "seq": 0, "start": "2026-06-17 11:00 +0200", "end": "2026-06-17 12:00 +0200",
                "summary": "Entrevista – Ciarán Walsh-Adebayo",
                "location": "Levante Cargo, Avda. del Puerto 300, València",
                "organizer": ("Lucía Ferrer", "lucia.ferrer@levantecargo.example.es"),
                "mode": "alt"},
    },
    {
        "kind": "interview_invitation", "scenario": "talento_med_entrevista_y_prueba", "lang": "es",
        "company": "Terminales Puerto Albufera", "contact": "marta.vidal@talentomed.example.es",
        "from": ("Marta Vidal", "marta.vidal@talentomed.example.es"),
        "subject": "Entrevista Terminales Puerto Albufera",
        "date": "2026-02-25 10:22 +0100",
        "key": "tm-inv", "refs": ["tm-alta"],
        "text": (
            "Hola Ciarán,\n\n"
            "¡Buenas noticias! Terminales Puerto Albufera quiere entrevistarte para el puesto "
            "de analista de operaciones. Será el miércoles 4 de marzo a las 10:00 en sus "
            "oficinas del muelle sur. Primero una entrevista con el jefe de planificación y "
            "después una prueba práctica de Excel de unos 40 minutos.\n\n"
            "Llévate el DNI o el pasaporte para el control de acceso al puerto.\n\n"
            "Un abrazo,\nMarta Vidal\nConsultora senior – Talento Mediterráneo\n963 52 18 70"
        ),
    },
    {
        "kind": "interview_invitation", "scenario": "bellver_charlar_jueves", "lang": "es",
        "company": "Transportes Bellver", "contact": "pepa@transportesbellver.example.es",
        "from": ("Pepa Bellver", "pepa@transportesbellver.example.es"),
        "subject": "¿Charlamos el jueves?",
        "date": "2026-10-12 09:15 +0200",
        "key": "bellver-chat",
        "text": (
            "Hola Ciarán:\n\n"
            "Me pasó tu currículum mi primo Vicent. Somos una empresa familiar de transporte "
            "con doce camiones y buscamos a alguien que nos ayude a planificar las rutas y "
            "ordenar los números.\n\n"
            "¿Te viene bien el jueves 15 sobre las 17:30 para charlar un rato en la nave? "
            "Nada formal, un café y nos conocemos.\n\n"
            "Pepa Bellver\nTransportes Bellver e Hijos · Paterna · 961 34 07 12"
        ),
    },
    # ================================================================== reschedules, English (9)
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "liffey_moved_sequence_1",
        "lang": "en",
        "company": "Liffey Freight Solutions", "contact": NIAMH[1],
        "from": NIAMH,
        "subject": "Updated: Interview: Ciarán Walsh-Adebayo - Supply Chain Analyst",
        "date": "2026-03-13 16:20 +0000",
        "key": "liffey-move", "parent": "liffey-inv", "refs": ["liffey-app"],
        "text": outlook_reply(
            "Hi Ciarán,\n\n"
            "I'm sorry to do this, but Declan has been called to a customer site on Wednesday. "
            "Could we move your interview to Thursday 19 March at 14:30, same place? I've "
            "updated the calendar invitation. Everything else stays the same.\n\n"
            "Thanks for your flexibility,\n\n" + NIAMH_SIG,
            "en", "Niamh Gallagher <niamh.gallagher@liffeyfreight.example.ie>",
            "Tuesday, March 10, 2026 9:41 AM", "Ciarán Walsh-Adebayo <ciaran.wa@example.ie>",
            "Interview invitation - Supply Chain Analyst (R-2026-0117)", LIFFEY_INVITE_TEXT),
        "shell": word_shell,
        "ics": {"method": "REQUEST", "uid": "liffey-r20260117-panel@liffeyfreight.example.ie",
                "seq": 1, "start": "2026-03-19 14:30 +0000", "end": "2026-03-19 15:30 +0000",
                "summary": "Interview: Ciarán Walsh-Adebayo - Supply Chain Analyst",
                "location": "Liffey Freight Solutions, Unit 9 Northpoint Business Park, Ballymun",
                "organizer": NIAMH, "description": "Moved from Wednesday 18 March.",
                "mode": "alt"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "maasvlakte_interviewer_ill",
        "lang": "en",
        "company": "Maasvlakte Shipping Services", "contact": SANNE[1],
        "from": SANNE,
        "subject": "Re: Interview for Container Flow Analyst - Maasvlakte Shipping Services",
        "date": "2026-03-09 08:12 +0100",
        "key": "maas-ill", "parent": "maas-inv",
        "text": (
            "Good morning Ciarán,\n\n"
            "Bram is ill at home this week, so we can't do tomorrow's interview at 14:00. I "
            "don't want to do it without him, because he leads the team you would join.\n\n"
            "Could you do Tuesday 17 March at the same time (14:00 CET, 13:00 Irish time)? If "
            "not, Wednesday 18 March at 10:00 CET is also free. I will send a new Teams link "
            "once you confirm.\n\n"
            "Sorry for the short notice,\nSanne"
        ),
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "tierney_friday_instead",
        "lang": "en",
        "company": "Tierney & Sons Haulage", "contact": "marian@tierneyhaulage.example.ie",
        "from": ("Marian Tierney", "marian@tierneyhaulage.example.ie"),
        "subject": "Re: Planning job",
        "date": "2026-07-08 19:47 +0100",
        "key": "tierney-move", "parent": "tierney-confirm", "refs": ["tierney-chat"],
        "text": reply(
            "Ciarán, change of plan I'm afraid - Colm has to take a load to Rosslare on "
            "Thursday as one of the drivers is out. Could you come Friday at 11 instead? Same "
            "place. Sorry!\n\nMarian",
            "en", "Mon 6 Jul 2026 at 12:02", "Ciarán Walsh-Adebayo", CAND[1],
            "Hi Marian,\n\nThursday at 11 is perfect, thank you. I'll get the 66 bus out and "
            "see you at the yard.\n\nCiarán"),
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "pennine_new_slot_after_missed",
        "lang": "en",
        "company": "Pennine Retail Group", "contact": AOIFE[1],
        "from": AOIFE,
        "subject": "Re: Missed call - Replenishment Analyst",
        "date": "2026-04-23 15:40 +0100",
        "key": "pennine-rebook", "parent": "pennine-sorry",
        "refs": ["pennine-app", "pennine-screen", "pennine-missed"],
        "text": reply(
            "No harm done, Ciarán - these things happen.\n\n"
            "I've moved your call to Tuesday 28 April at 11:00. I'll ring the new number. "
            "You'll get an updated confirmation from Greenhouse shortly.\n\n"
            "Aoife",
            "en", "Thu, 23 Apr 2026 at 13:58", "Ciarán Walsh-Adebayo", CAND[1],
            "Hi Aoife,\n\nI'm so sorry about this morning. My phone was stolen on the tram on "
            "Tuesday and the number on my CV is dead. My new number is 07441 903 218. Could we "
            "try again?\n\nCiarán"),
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "cheetham_method_cancel_audit",
        "lang": "en",
        "company": "Cheetham Hill Pharma", "contact": "leah.okafor@cheethamhillpharma.example.co.uk",
        "from": ("Leah Okafor", "leah.okafor@cheethamhillpharma.example.co.uk"),
        "subject": "Cancelled: Onsite interview - Supply Planner",
        "date": "2026-09-08 09:55 +0100",
        "key": "chp-cancel", "parent": "chp-resched-ask", "refs": ["chp-app", "chp-inv"],
        "text": (
            "Hi Ciarán,\n\n"
            "I know you asked about moving Friday, and in the end we have to cancel it anyway: "
            "the MHRA has announced an inspection for this week and the whole warehouse team is "
            "tied up with it. I'm cancelling the calendar entry for 11 September.\n\n"
            "This is not a decision on your application. You are still one of our three "
            "finalists, and I'll be in touch with a new date once the inspectors have left.\n\n"
            "Leah"
        ),
        "ics": {"method": "CANCEL", "uid": "gh-onsite-88213@cheethamhillpharma.example.co.uk",
                "seq": 1, "start": "2026-09-11 13:00 +0100", "end": "2026-09-11 15:30 +0100",
                "summary": "Onsite interview - Supply Planner",
                "location": "Cheetham Hill Pharma, Elizabeth Street, Manchester",
                "organizer": ("Leah Okafor", "leah.okafor@cheethamhillpharma.example.co.uk"),
                "mode": "alt"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "vdplas_calendar_update_seq2",
        "lang": "en",
        "company": "Van der Plas Cold Storage", "contact": "joris@vdplas.example.nl",
        "from": ("Joris van der Plas", "joris@vdplas.example.nl"),
        "subject": "Updated invitation: Video interview Van der Plas / Ciarán Walsh-Adebayo",
        "date": "2026-04-20 18:02 +0200",
        "key": "vdp-move", "parent": "vdp-inv",
        "text": (
            "Hi Ciarán,\n\n"
            "Small change: my father has a dentist appointment on Wednesday morning, so we have "
            "moved the call one hour later, to 11:00 Rotterdam time (10:00 Dublin). The Teams "
            "link has also changed; the new one is in the updated invitation.\n\n"
            "See you Wednesday,\nJoris"
        ),
        "ics": {"method": "REQUEST", "uid": "vdp-2604-interview@vdplas.example.nl", "seq": 2,
                "start": "2026-04-22 11:00 +0200", "end": "2026-04-22 11:45 +0200",
                "summary": "Video interview Van der Plas / Ciarán Walsh-Adebayo",
                "location": "Microsoft Teams",
                "organizer": ("Joris van der Plas", "joris@vdplas.example.nl"),
                "description": "Join: https://teams.example.nl/l/meetup-join/19-vdp-2604-b",
                "mode": "both"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "ssa_assessment_new_date",
        "lang": "en",
        "company": "State Supplies Agency", "contact": "recruitment@statesupplies.example.ie",
        "from": ("State Supplies Agency - Recruitment", "recruitment@statesupplies.example.ie"),
        "subject": "SSA-26-041: Change of date for your Assessment Centre",
        "date": "2026-02-27 11:45 +0000",
        "key": "ssa-move", "parent": "ssa-ac", "refs": ["ssa-ack"],
        "text": (
            "Dear Ciarán Walsh-Adebayo,\n\n"
            "Due to essential maintenance works at the Irish Life Centre, the assessment centre "
            "scheduled for Tuesday 10 March 2026 cannot proceed on that date.\n\n"
            "Your assessment centre has been rescheduled to Tuesday 17 March 2026 at 09:15 at "
            "the same venue. All other arrangements set out in the candidate instructions "
            "remain unchanged.\n\n"
            "If you are unable to attend on the new date, please contact us before Wednesday "
            "4 March.\n\n"
            "Yours sincerely,\nDeirdre Whelan\nRecruitment Unit, State Supplies Agency"
        ),
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "harbourline_client_pushes_week",
        "lang": "en",
        "company": "Ringaskiddy Pharma Operations", "contact": "shane.mulvey@harbourline.example.ie",
        "from": ("Shane Mulvey", "shane.mulvey@harbourline.example.ie"),
        "subject": "RE: Interview confirmed - Ringaskiddy Pharma Operations, Materials Analyst",
        "date": "2026-02-02 12:33 +0000",
        "key": "hl-move", "parent": "hl-inv", "refs": ["hl-reg"],
        "text": (
            "Ciarán,\n\n"
            "Helen Cotter's just been on - they have a batch release issue this week and "
            "Thursday is off. They've asked for Thursday 12 February, same time, 11:00, same "
            "gate. Nothing to worry about, it's purely their end. Can you still do it?\n\n"
            "Shane\n\nShane Mulvey | Harbourline Recruitment | +353 86 301 7722"
        ),
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "lagan_trial_postponed_stocktake",
        "lang": "en",
        "company": "Lagan Cold Chain", "contact": "ruairi.mccann@lagancoldchain.example.co.uk",
        "from": ("Ruairí McCann", "ruairi.mccann@lagancoldchain.example.co.uk"),
        "from_enc": "utf-8/q",
        "subject": "Re: Trial day - Inventory Planner",
        "date": "2026-08-10 07:58 +0100",
        "key": "lagan-move", "parent": "lagan-trial",
        "cte": "base64",
        "text": (
            "Morning Ciarán,\n\n"
            "Apologies - I have to call off Wednesday's trial day. A customer has brought "
            "forward their annual stock-take to this week and the planners will be counting "
            "pallets in the chill store instead of planning.\n\n"
            "The role is still yours to try for. I'll come back to you with a new date, "
            "probably in the last week of August.\n\n"
            "Ruairí"
        ),
    },
    # ================================================================== reschedules, German (2)
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "elbstrom_termin_verschoben_seq1",
        "lang": "de",
        "company": "Elbstrom Logistik", "contact": KATRIN[1],
        "from": KATRIN,
        "subject": "Terminänderung: Vorstellungsgespräch am 26.02.",
        "subject_enc": "iso-8859-1/q",
        "date": "2026-02-20 13:48 +0100",
        "key": "elb-move", "parent": "elb-inv", "refs": ["elb-app"],
        "text": reply(
            "Hallo Herr Walsh-Adebayo,\n\n"
            "leider muss Herr Petersen am 26. Februar kurzfristig zu einem Kunden nach Bremen. "
            "Wir verschieben das Gespräch daher auf Dienstag, 3. März 2026, 14:00 Uhr, gleicher "
            "Ort. Die aktualisierte Kalendereinladung ist angehängt.\n\n"
            "Passt Ihnen das? Vielen Dank für Ihr Verständnis.\n\n"
            "Viele Grüße\nKatrin Behrens",
            "de", "16.02.2026 um 09:05", "Katrin Behrens", KATRIN[1],
            "Hallo Herr Walsh-Adebayo,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gern "
            "persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein: "
            "Donnerstag, 26. Februar 2026, 10:00–11:00 Uhr."),
        "ics": {"method": "REQUEST", "uid": "personio-elb-88121@elbstrom.example.de", "seq": 1,
                "start": "2026-03-03 14:00 +0100", "end": "2026-03-03 15:00 +0100",
                "summary": "Vorstellungsgespräch Ciarán Walsh-Adebayo (verschoben)",
                "location": "Elbstrom Logistik, Moorfleeter Straße 27, Hamburg",
                "organizer": KATRIN, "mode": "attach"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "hafenkontor_termin_abgesagt",
        "lang": "de",
        "company": "Hafenkontor Nord", "contact": "joerg.classen@hafenkontor.example.de",
        "from": ("Jörg Claßen", "joerg.classen@hafenkontor.example.de"),
        "from_enc": "utf-8/q",
        "subject": "Re: Telefoninterview Analyst Bestandsmanagement",
        "date": "2026-04-07 16:15 +0200",
        "key": "hk-cancel", "parent": "hk-tel-confirm", "refs": ["hk-app", "hk-tel"],
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": (
            "Hallo Herr Walsh-Adebayo,\n\n"
            "den Termin morgen um 14:30 Uhr muss ich leider absagen – wir haben einen "
            "Systemausfall im Lager und ich stehe den ganzen Tag in der Halle.\n\n"
            "Das hat nichts mit Ihrer Bewerbung zu tun. Ich melde mich bis Freitag mit einem "
            "neuen Vorschlag für die kommende Woche.\n\n"
            "Beste Grüße\nJörg Claßen"
        ),
    },
    # ================================================================== reschedules, French (2)
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "rhone_annulation_method_cancel",
        "lang": "fr",
        "company": "Rhône Fret Services", "contact": "camille.roussel@rhonefret.example.fr",
        "from": ("Camille Roussel", "camille.roussel@rhonefret.example.fr"),
        "subject": "Annulé : Entretien Analyste flux transport – jeudi 21 mai",
        "subject_enc": "utf-8/b",
        "date": "2026-05-19 18:30 +0200",
        "key": "rhone-cancel", "refs": ["rhone-app", "rhone-inv"],
        "text": (
            "Bonjour Ciarán,\n\n"
            "Je dois malheureusement annuler notre entretien de jeudi 21 mai à 10h30. La "
            "direction vient de décider de revoir le périmètre du poste d'analyste flux "
            "transport et Julien ne peut pas s'engager avant que ce travail soit terminé.\n\n"
            "Votre candidature n'est pas écartée : je reviens vers vous dès que nous y voyons "
            "plus clair, normalement d'ici deux à trois semaines.\n\n"
            "Bien à vous,\nCamille Roussel\nRhône Fret Services"
        ),
        "shell": word_shell,
        "ics": {"method": "CANCEL", "uid": "tt-meeting-a3f9e1@rhonefret.example.fr", "seq": 1,
                "start": "2026-05-21 10:30 +0200", "end": "2026-05-21 11:15 +0200",
                "summary": "Entretien Analyste flux transport",
                "location": "Visioconférence",
                "organizer": ("Camille Roussel", "camille.roussel@rhonefret.example.fr"),
                "mode": "both"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "saone_decale_une_heure", "lang": "fr",
        "company": "Saône Distribution", "contact": "helene.chabert@saonedistrib.example.fr",
        "from": ("Hélène Chabert", "helene.chabert@saonedistrib.example.fr"),
        "subject": "Décalage de votre entretien du 10 septembre",
        "date": "2026-09-08 11:05 +0200",
        "key": "saone-move", "parent": "saone-inv", "refs": ["saone-cand"],
        "charset": "iso-8859-1", "cte": "8bit",
        "text": (
            "Bonjour Ciarán,\n\n"
            "Le responsable du dépôt a une réception de camions prévue à 14h jeudi. Pouvons-nous "
            "décaler votre entretien à 15h, toujours le jeudi 10 septembre et au même "
            "endroit ?\n\n"
            "Merci de me confirmer.\n\nHélène Chabert\nSaône Distribution"
        ),
    },
    # ================================================================== reschedules, Spanish (2)
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "levante_cambio_hora_seq1",
        "lang": "es",
        "company": "Levante Cargo", "contact": "lucia.ferrer@levantecargo.example.es",
        "from": ("Lucía Ferrer", "lucia.ferrer@levantecargo.example.es"),
        "from_enc": "iso-8859-1/q",
        "subject": "Cambio de fecha: entrevista Analista de Operaciones",
        "date": "2026-06-12 17:20 +0200",
        "key": "levante-move", "parent": "levante-inv", "refs": ["levante-app"],
        "text": (
            "Hola Ciarán:\n\n"
            "Andreu tiene que estar el miércoles en una inspección de aduanas, así que movemos "
            "tu entrevista al jueves 18 de junio a las 9:30, en el mismo sitio. Te envío la "
            "invitación actualizada.\n\n"
            "Disculpa las molestias.\nLucía"
        ),
        "ics": {"method": "REQUEST", "uid": "workable-lc-55102@levantecargo.example.es",
                "seq": 1, "start": "2026-06-18 09:30 +0200", "end": "2026-06-18 10:30 +0200",
                "summary": "Entrevista – Ciarán Walsh-Adebayo",
                "location": "Levante Cargo, Avda. del Puerto 300, València",
                "organizer": ("Lucía Ferrer", "lucia.ferrer@levantecargo.example.es"),
                "mode": "alt"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "talento_med_aplazada", "lang": "es",
        "company": "Terminales Puerto Albufera", "contact": "marta.vidal@talentomed.example.es",
        "from": ("Marta Vidal", "marta.vidal@talentomed.example.es"),
        "subject": "Entrevista Terminales Puerto Albufera",
        "date": "2026-03-02 09:12 +0100",
        "key": "tm-move", "parent": "tm-inv",
        "text": (
            "Hola Ciarán,\n\n"
            "El cliente me pide aplazar la entrevista del miércoles 4; el jefe de planificación "
            "está en Algeciras toda la semana por una incidencia con una grúa. Sigues en el "
            "proceso y te propongo nueva fecha en cuanto me la confirmen.\n\n"
            "Marta\n\nMarta Vidal · Talento Mediterráneo"
        ),
    },
    # ================================================================== missed, English (6)
    {
        "kind": "missed_interview_notice", "scenario": "pennine_tried_calling_twice",
        "lang": "en",
        "company": "Pennine Retail Group", "contact": AOIFE[1],
        "from": AOIFE,
        "subject": "Missed call - Replenishment Analyst",
        "date": "2026-04-23 10:24 +0100",
        "key": "pennine-missed", "refs": ["pennine-app", "pennine-screen"],
        "text": (
            "Hi Ciarán,\n\n"
            "I tried calling you twice at 10:00 for our phone screen, and once more at 10:15, "
            "but it went straight to a 'number not in service' message.\n\n"
            "Could you check the number we have for you (07441 552 090)? If you'd still like to "
            "go ahead, reply and let me know.\n\n"
            "Aoife Brennan\nTalent Partner | Pennine Retail Group"
        ),
    },
    {
        "kind": "missed_interview_notice", "scenario": "irwell_waited_on_teams", "lang": "en",
        "company": "Irwell Healthcare Supplies", "contact": "priya.raman@irwellhealth.example.co.uk",
        "from": ("Priya Raman", "priya.raman@irwellhealth.example.co.uk"),
        "subject": "Our interview today at 15:00",
        "date": "2026-05-21 15:20 +0100",
        "key": "irwell-missed", "refs": ["irwell-screen"],
        "text": (
            "Hi Ciarán,\n\n"
            "We waited on Teams for 15 minutes this afternoon, but you didn't join the 15:00 "
            "interview. I hope everything is ok.\n\n"
            "If something came up, drop me a line and we can see whether there's another slot "
            "next week.\n\n"
            "Thanks,\nPriya Raman\nTalent Partner, Irwell Healthcare Supplies\n"
            "Irwell House, Water Street, Manchester M3 4JQ"
        ),
        "shell": word_shell,
    },
    {
        "kind": "missed_interview_notice", "scenario": "leevalley_voicemail", "lang": "en",
        "company": "Lee Valley Distribution", "contact": "grainne.osullivan@leevalley.example.ie",
        "from": ("Gráinne Ó Súilleabháin", "grainne.osullivan@leevalley.example.ie"),
        "from_enc": "utf-8/b",
        "subject": "RE: Quick call about the Transport Planner role?",
        "date": "2026-06-18 11:22 +0100",
        "key": "lv-missed", "parent": "lv-screen",
        "text": (
            "Hi Ciarán,\n\n"
            "I rang at 11:00 as arranged and again at 11:10, but it went to voicemail both "
            "times. I left a message.\n\n"
            "Not to worry if the time didn't work out after all. I'm tied up with induction "
            "days next week, though, so I can't promise another slot soon.\n\n"
            "Gráinne"
        ),
    },
    {
        "kind": "missed_interview_notice", "scenario": "northgate_no_show_ancoats", "lang": "en",
        "company": "Ancoats Freight", "contact": "jamie.holt@northgatetalent.example.co.uk",
        "from": ("Jamie Holt", "jamie.holt@northgatetalent.example.co.uk"),
        "subject": "Where were you? Ancoats 2pm",
        "date": "2026-03-19 14:40 +0000",
        "key": "ng-missed", "parent": "ng-inv", "refs": ["ng-reg"],
        "text": (
            "Ciarán,\n\n"
            "Dave from Ancoats Freight has just rung me - you didn't turn up at reception for "
            "the 2pm and they've not been able to get you on your mobile. Is everything alright? "
            "Was the flight delayed?\n\n"
            "Ring me as soon as you get this and I'll see what I can salvage with them.\n\n"
            "Jamie\n07700 914 552"
        ),
    },
    {
        "kind": "missed_interview_notice", "scenario": "dockroad_no_sign_of_you", "lang": "en",
        "company": "Dock Road Distribution", "contact": "k.mensah@dockroad.example.co.uk",
        "from": ("Kwame Mensah", "k.mensah@dockroad.example.co.uk"),
        "subject": "Re: Following up - Warehouse Analyst application",
        "date": "2026-05-12 10:05 +0100",
        "key": "dock-missed", "parent": "dock-inv", "refs": ["dock-app", "dock-followup"],
        "text": reply(
            "Ciarán,\n\n"
            "We had you down for 9:30 this morning at Irlam and there's been no sign of you. "
            "Security haven't seen anyone either. Let me know what happened.\n\n"
            "Kwame",
            "en", "Tue, 5 May 2026 at 12:14", "Kwame Mensah", "k.mensah@dockroad.example.co.uk",
            "Hi Ciarán,\n\nNot at all, no decision has been made. I'd like you to come in for an "
            "interview next Tuesday, 12 May, at 9:30 at the Irlam site.\n\nKwame"),
    },
    {
        "kind": "missed_interview_notice", "scenario": "portwise_manager_waited_video",
        "lang": "en",
        "company": "Europoort Tank Services", "contact": "daan.visser@portwise.example.nl",
        "from": ("Daan Visser", "daan.visser@portwise.example.nl"),
        "subject": "Teams call with Europoort this morning",
        "date": "2026-07-21 10:31 +0200",
        "key": "pw-missed", "parent": "pw-inv",
        "text": (
            "Hi Ciarán,\n\n"
            "Hendrik Bos tells me he sat in the Teams meeting from 10:00 until 10:20 and nobody "
            "joined. He also sent you a message in the chat. Did the link reach you? Check your "
            "junk folder - it came from an address at europoorttank.example.nl.\n\n"
            "I'll try to get you a second chance, but I need to hear from you today.\n\n"
            "Daan\n+31 10 744 2281"
        ),
    },
    # ================================================================== missed, German (2)
    {
        "kind": "missed_interview_notice", "scenario": "hafenkontor_nicht_erreicht", "lang": "de",
        "company": "Hafenkontor Nord", "contact": "joerg.classen@hafenkontor.example.de",
        "from": ("Jörg Claßen", "joerg.classen@hafenkontor.example.de"),
        "from_enc": "iso-8859-1/q",
        "subject": "Unser Telefonat heute um 14 Uhr",
        "date": "2026-04-15 14:22 +0200",
        "key": "hk-missed", "refs": ["hk-app", "hk-tel", "hk-cancel"],
        "text": (
            "Hallo Herr Walsh-Adebayo,\n\n"
            "wie vereinbart habe ich Sie heute um 14:00 Uhr unter +353 87 412 9930 angerufen, "
            "leider zweimal ohne Erfolg – es meldete sich nur die Mailbox.\n\n"
            "Bitte geben Sie mir kurz Bescheid, ob Sie weiterhin Interesse an der Stelle haben.\n\n"
            "Beste Grüße\nJörg Claßen\nHafenkontor Nord"
        ),
    },
    {
        "kind": "missed_interview_notice", "scenario": "personalwerk_nicht_erschienen", "lang": "de",
        "company": "Speicherstadt Kaffeerösterei",
        "contact": "birte.luedemann@personalwerk-hanse.example.de",
        "from": ("Birte Lüdemann", "birte.luedemann@personalwerk-hanse.example.de"),
        "subject": "Termin Speicherstadt Kaffeerösterei heute 10:30",
        "date": "2026-06-29 11:15 +0200",
        "key": "pwh-missed", "parent": "pwh-inv",
        "text": outlook_reply(
            "Hallo Ciarán,\n\n"
            "Frau Albrecht hat mich gerade angerufen: Sie hat heute um 10:30 Uhr im Kontor auf "
            "Sie gewartet, Sie sind aber leider nicht erschienen. Ist etwas passiert?\n\n"
            "Melden Sie sich bitte bei mir, damit ich ihr etwas sagen kann.\n\n"
            "Birte",
            "de", "Birte Lüdemann <birte.luedemann@personalwerk-hanse.example.de>",
            "Montag, 22. Juni 2026 11:48", "Ciarán Walsh-Adebayo <ciaran.wa@example.ie>",
            "Vorstellungstermin bei der Speicherstadt Kaffeerösterei",
            "Hallo Ciarán,\n\ndie Speicherstadt Kaffeerösterei möchte Sie kennenlernen! Termin "
            "ist Montag, der 29. Juni, um 10:30 Uhr bei Frau Albrecht im Kontor."),
    },
    # ================================================================== missed, French (1)
    {
        "kind": "missed_interview_notice", "scenario": "gerland_attendu_ce_matin", "lang": "fr",
        "company": "Entrepôts Gerland", "contact": "mathieu.girard@interim-confluence.example.fr",
        "from": ("Mathieu Girard", "mathieu.girard@interim-confluence.example.fr"),
        "subject": "Tu étais où ce matin ?",
        "subject_enc": "iso-8859-1/q",
        "date": "2026-10-08 10:02 +0200",
        "key": "ic-missed", "parent": "ic-inv",
        "text": (
            "Ciarán,\n\n"
            "M. Tardy d'Entrepôts Gerland vient de m'appeler : il t'a attendu ce matin à 9h "
            "et tu n'es pas venu. Je t'ai appelé deux fois, messagerie.\n\n"
            "Rappelle-moi vite, j'essaie de limiter la casse avec le client.\n\n"
            "Mathieu – 06 71 22 84 09"
        ),
    },
    # ================================================================== missed, Spanish (1)
    {
        "kind": "missed_interview_notice", "scenario": "naviera_serrano_meet", "lang": "es",
        "company": "Naviera Serrano", "contact": "rrhh@navieraserrano.example.es",
        "from": ("RR. HH. Naviera Serrano", "rrhh@navieraserrano.example.es"),
        "subject": "Videollamada de hoy a las 10:00",
        "date": "2026-08-06 10:35 +0200",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": (
            "Buenos días, Ciarán:\n\n"
            "Te estuvimos esperando en la videollamada de Google Meet de las 10:00 para el "
            "puesto de Analista de Flota, pero no llegaste a conectarte. También te escribimos "
            "por WhatsApp sin respuesta.\n\n"
            "Si aún te interesa el puesto, respóndenos a este correo y vemos si es posible "
            "buscar otro hueco.\n\n"
            "Un saludo,\nEquipo de RR. HH.\nNaviera Serrano · Muelle de la Aduana s/n · "
            "46024 València"
        ),
    },
]
