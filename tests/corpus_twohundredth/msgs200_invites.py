"""Kinds `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10). Every text is written here for its message."""

from __future__ import annotations

from msgs200_common import (
    CAND,
    ats_card,
    outlook_block,
    outlook_html,
    plain_html,
    reply_chain,
    signature,
)

ATL_NIAMH = ("Niamh Gallagher", "niamh.gallagher@atlanticrail.example.ie")
ATL_EVENT = {
    "uid": "040000008200E00074C5B7101A82E008-atlantic-r2041-sk",
    "summary": "Interview – Timetable Planning Analyst (R-2041) – Sinéad Kowalski-Mbatha",
    "location": "Atlantic Rail, 14 Inchicore Road, Dublin 8 – Room 2.04 (Teams link in body)",
    "organizer": ATL_NIAMH, "minutes": 60,
}
KIRK_HELEN = ("Dr Helen Ashworth", "h.ashworth@kirkgate.example.ac.uk")
KIRK_EVENT = {
    "uid": "kirkgate-ku0629-panel-sk@kirkgate.example.ac.uk",
    "summary": "Interview panel: Research Assistant (Bus Network Data) KU-0629",
    "location": "Room 3.12, Institute for Transport Data, Kirkgate University, Leeds",
    "organizer": KIRK_HELEN, "minutes": 45,
}
LIM_GRAINNE = ("Gráinne Hartigan", "grainne.hartigan@limerickcc.example.ie")
LIM_EVENT = {
    "uid": "lcc-set-transport-2026-sk@limerickcc.example.ie",
    "summary": "Interview - Senior Executive Technician (Transport Scheduling)",
    "location": "Interview Room 2, Merchant's Quay, Limerick",
    "organizer": LIM_GRAINNE, "minutes": 40,
}
FPW_KARIN = ("Karin Lindqvist", "karin.lindqvist@fahrplanwerk.example.de")
FPW_EVENT = {
    "uid": "personio-fpw-interview-58812@fahrplanwerk.example.de",
    "summary": "Vorstellungsgespräch Junior Fahrplananalystin – Sinéad Kowalski-Mbatha",
    "location": "Microsoft Teams-Besprechung",
    "organizer": FPW_KARIN, "minutes": 60, "prodid": "-//Personio GmbH//Interview Scheduler//DE",
}
NS_JANA = ("Jana Brüggemann", "jana.brueggemann@nordstern-logistik.example.de")
NS_EVENT = {
    "uid": "nordstern-leeds-dispo-0813@nordstern-logistik.example.de",
    "summary": "Video-Interview Dispositionsanalystin Leeds",
    "location": "Microsoft Teams",
    "organizer": NS_JANA, "minutes": 45,
}
NAO_LEA = ("Léa Morvan", "lea.morvan@naolia.example.fr")
NAO_EVENT = {
    "uid": "naolia-entretien-offre-0429@naolia.example.fr",
    "summary": "Entretien – Chargée d'études offre de transport",
    "location": "Naolia Mobilités, 3 quai de la Fosse, Nantes (ou visio Teams)",
    "organizer": NAO_LEA, "minutes": 60,
}
BB_TOM = ("Tom Raistrick", "tom.raistrick@busboard.example.co.uk")
BB_EVENT = {
    "uid": "busboard-debrief-sk-0730@busboard.example.co.uk",
    "summary": "Busboard x Sinéad - exercise debrief",
    "location": "Google Meet",
    "organizer": BB_TOM, "minutes": 60, "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
}

LCC_DISCLAIMER = """DISCLAIMER: This message and any attachment are confidential and may be privileged. It
is intended for the named recipient only. Limerick City and County Council does not accept
responsibility for views expressed in this message which are not those of the Council."""

GCC_DISCLAIMER = """This e-mail and any files transmitted with it are confidential and intended solely
for the addressee. If you have received it in error please notify the sender and delete it.
Galway City Council accepts no liability for any damage caused by this e-mail."""

ATL_INV_TEXT = """Dear Sinéad,

Thank you for your application for the Timetable Planning Analyst role (R-2041). We would
like to invite you to an interview.

When: Tuesday 24 March 2026, 10:00-11:00
Where: Atlantic Rail, 14 Inchicore Road, Dublin 8, Room 2.04
(If travelling from Galway is difficult, you can join on Microsoft Teams instead.)
Panel: Orla Brennan (Head of Timetable Planning), Niamh Gallagher (Talent Partner)

The interview has two parts: a 20-minute case study, which we will hand you on the day, and
a conversation about your experience. There is nothing to prepare in advance.

Please accept the calendar invitation to confirm, or reply to this email if the time does not
suit.

Kind regards,
Niamh Gallagher
Talent Partner, Atlantic Rail
"""

LAG_ACK_QUOTED = """Dear Sinéad,

Thank you for applying for Network Scheduling Analyst (Req 2026-0417). We have received your
application and our recruitment team will review it shortly.

Lagan Connect Recruitment"""

MESSAGES: list[dict] = [
    # ================================================================ interview_invitation
    {
        "name": "workday_atlanticrail_panel_calendar",
        "key": "atl-inv",
        "reply_of": "atl-ack",
        "kind": "interview_invitation", "company": "Atlantic Rail",
        "contact": "niamh.gallagher@atlanticrail.example.ie", "lang": "en",
        "frm": ("Atlantic Rail", "atlanticrail@myworkday.com"),
        "reply_to": ATL_NIAMH,
        "subject": "Interview invitation: Timetable Planning Analyst (R-2041)",
        "date": "2026-03-09 11:20 +0000",
        "text": ATL_INV_TEXT,
        "html": ats_card("Atlantic Rail", ATL_INV_TEXT, button=(
            "View in Workday", "https://atlanticrail.wd3.myworkday.com/recruiting/c/inbox"),
            footer="Atlantic Rail Careers - sent from Workday", colour="#12355b"),
        "calendar": dict(ATL_EVENT, method="REQUEST", seq=0, start="2026-03-24 10:00 +0000"),
        "attach": [{"ics": dict(ATL_EVENT, method="REQUEST", seq=0,
                              start="2026-03-24 10:00 +0000"), "name": "invite.ics"}],
    },
    {
        "name": "ashby_timetableworks_self_schedule",
        "key": "ttw-inv",
        "reply_of": "ttw-ack",
        "kind": "interview_invitation", "company": "TimetableWorks", "contact": "", "lang": "en",
        "frm": ("TimetableWorks Recruiting", "no-reply@ashbyhq.com"),
        "subject": "Let's talk: Scheduling Data Analyst at TimetableWorks",
        "date": "2026-03-11 10:05 +0000",
        "text": """Hi Sinéad,

Thanks for applying to be a Scheduling Data Analyst at TimetableWorks. Ruairí from our
talent team would like to meet you for a 30-minute video interview.

Please pick a time that works for you in the next week:
https://app.ashbyhq.com/interviews/self-schedule/3c9e1f-timetableworks

The link shows times in your local time zone. Once you pick a slot you'll receive a calendar
invitation with the Teams details.

See you soon,
TimetableWorks Recruiting
""",
        "html": ats_card("TimetableWorks", """Hi Sinéad,

Thanks for applying to be a Scheduling Data Analyst at TimetableWorks. Ruairí from our
talent team would like to meet you for a 30-minute video interview.

Please pick a time that works for you in the next week. The link shows times in your local
time zone. Once you pick a slot you'll receive a calendar invitation with the Teams details.

See you soon,
TimetableWorks Recruiting""", button=(
            "Choose a time",
            "https://app.ashbyhq.com/interviews/self-schedule/3c9e1f-timetableworks"),
            footer="Powered by Ashby", colour="#4b3fc4"),
    },
    {
        "name": "kanaal_recruiter_phone_screen_ask",
        "key": "kan-inv",
        "kind": "interview_invitation", "company": "Kanaal Mobility",
        "contact": "femke.debruijn@kanaalmobility.example.nl", "lang": "en",
        "frm": ("Femke de Bruijn", "femke.debruijn@kanaalmobility.example.nl"),
        "subject": "Transport Scheduling Analyst - quick phone screen?",
        "date": "2026-08-18 14:30 +0200",
        "text": """Hi Sinéad,

Thanks for your application for the Transport Scheduling Analyst role in our Utrecht
office. I really liked the bit in your cover letter about keeping your own running-time log.

As a first step I'd like to do a 20-minute phone screen: just to hear about your background,
talk through the role and answer your questions. Could you do Thursday 20 August at 10:30
Irish time (11:30 here)? If not, tell me two or three times that suit you this week.

I'll call you on the number in your CV.

Cheers,
Femke

Femke de Bruijn
Talent Acquisition Lead | Kanaal Mobility B.V.
Vredenburg 40, 3511 BD Utrecht | +31 30 555 0144
""",
        "cte": "qp",
    },
    {
        "name": "agency_books_leevalley_interview",
        "key": "hbt-inv",
        "reply_of": "hbt-reg",
        "kind": "interview_invitation", "company": "Lee Valley Transit",
        "contact": "ciaran.moloney@harbourtalent.example.ie", "lang": "en",
        "frm": ("Ciarán Moloney", "ciaran.moloney@harbourtalent.example.ie"),
        "subject": "Interview confirmed - Lee Valley Transit, Junior Scheduler",
        "date": "2026-02-05 16:10 +0000",
        "text": """Hi Sinéad,

Great news: Lee Valley Transit want to meet you for the Junior Scheduler role.

Date: Thursday 12 February
Time: 11:00 (allow 45 minutes)
Place: Lee Valley Transit, Depot Office, Kent Station Yard, Cork (ask for Brian Coughlan)
Panel: Brian Coughlan (Head of Scheduling) and Aisling Murphy (HR Manager)

Expect competency questions plus a short exercise where they hand you a duty board with a
gap in it. Bring your driver's licence for security at the gate.

Can you confirm by reply that this works? I'll ring you Wednesday evening to prep.

Ciarán

""" + signature("Ciarán Moloney", "Senior Consultant - Transport & Supply Chain",
                "Harbour Talent, 2 Lapps Quay, Cork T12 XK50", "+353 21 555 0177"),
        "cte": "qp",
    },
    {
        "name": "lever_airecalder_phone_interview",
        "key": "ac-inv",
        "kind": "interview_invitation", "company": "Aire & Calder Buses",
        "contact": "priya.chauhan@airecalder.example.co.uk", "lang": "en",
        "frm": ("Aire & Calder Buses", "no-reply@hire.lever.co"),
        "reply_to": ("Priya Chauhan", "priya.chauhan@airecalder.example.co.uk"),
        "subject": "Phone interview - Service Scheduler",
        "date": "2026-06-03 09:45 +0100",
        "text": """Hi Sinéad,

Thanks for applying for our Service Scheduler vacancy. Our Head of Scheduling, Mark Ellison,
would like to have a phone interview with you.

Wednesday 10 June, 10:00 (UK time, same as Ireland)
Mark will call you on the mobile number on your application.
Duration: about 30 minutes

Please reply to let me know this works, or suggest another time.

Thanks,
Priya Chauhan
People Partner, Aire & Calder Buses
""",
        "html": ats_card("Aire & Calder Buses", """Hi Sinéad,

Thanks for applying for our Service Scheduler vacancy. Our Head of Scheduling, Mark Ellison,
would like to have a phone interview with you.

Wednesday 10 June, 10:00 (UK time, same as Ireland)
Mark will call you on the mobile number on your application.
Duration: about 30 minutes

Please reply to let me know this works, or suggest another time.

Thanks,
Priya Chauhan
People Partner, Aire & Calder Buses""", footer="Sent via Lever", colour="#c8102e"),
    },
    {
        "name": "teamtailor_domstad_assessment_centre",
        "key": "dom-inv",
        "reply_of": "dom-ack",
        "kind": "interview_invitation", "company": "Domstad Vervoer", "contact": "", "lang": "en",
        "frm": ("Domstad Vervoer", "no-reply@teamtailor-mail.com"),
        "subject": "Invitation: assessment centre, Timetable & Duty Scheduling Analyst",
        "date": "2026-05-20 13:00 +0200",
        "text": """Dear Sinéad,

We are happy to invite you to the assessment centre for the Timetable & Duty Scheduling
Analyst position.

Date: Thursday 4 June 2026
Time: 09:30 - 15:00 (lunch provided)
Location: Domstad Vervoer head office, Moreelsepark 3, Utrecht (5 minutes from Utrecht
Centraal)

The day includes a group exercise, a one-to-one interview with two planners, and a
90-minute scheduling case on a laptop. The day is held in English.

Please confirm your attendance using the button in this email. We reimburse reasonable
travel costs from Ireland.

Best regards,
Recruitment team, Domstad Vervoer
""",
        "html": ats_card("Domstad Vervoer", """Dear Sinéad,

We are happy to invite you to the assessment centre for the Timetable & Duty Scheduling
Analyst position.

Date: Thursday 4 June 2026
Time: 09:30 - 15:00 (lunch provided)
Location: Domstad Vervoer head office, Moreelsepark 3, Utrecht

The day includes a group exercise, a one-to-one interview with two planners, and a
90-minute scheduling case on a laptop. The day is held in English.

Please confirm your attendance. We reimburse reasonable travel costs from Ireland.

Best regards,
Recruitment team, Domstad Vervoer""", button=(
            "Confirm attendance", "https://domstad.teamtailor.com/candidate/confirm/8812"),
            footer="Sent with Teamtailor", colour="#e30613"),
        "cte": "b64",
    },
    {
        "name": "shannon_casual_free_thursday",
        "key": "shn-inv",
        "kind": "interview_invitation", "company": "Shannon Freight Logistics",
        "contact": "declan.hickey@shannonfreight.example.ie", "lang": "en",
        "frm": ("Declan Hickey", "declan.hickey@shannonfreight.example.ie"),
        "subject": "your CV",
        "date": "2026-08-25 21:03 +0100",
        "text": """Hi Sinéad,

Aoife's cousin passed on your CV, thanks. We're looking for someone to take over the trailer
and driver scheduling from me so I can get back to actually running the yard.

Are you free Thursday to chat? Could do 2ish at the yard in Raheen, or a call if that's
easier from Galway. Nothing formal, just want to see if we'd get on.

Declan

Declan Hickey
Operations Manager, Shannon Freight Logistics
Raheen Business Park, Limerick | 087 555 0198
""",
        "cte": "8bit",
    },
    {
        "name": "galwaycity_competency_interview_letter",
        "key": "gcc-inv",
        "reply_of": "gcc-ack",
        "kind": "interview_invitation", "company": "Galway City Council",
        "contact": "brid.nichonghaile@galwaycity.example.ie", "lang": "en",
        "frm": ("Bríd Ní Chonghaile", "brid.nichonghaile@galwaycity.example.ie"),
        "subject": "Invitation to interview - Transportation Scheduling Officer (Grade V)",
        "date": "2026-02-23 14:00 +0000",
        "text": """Dear Ms Kowalski-Mbatha,

I am pleased to inform you that you have been shortlisted for the above competition and I
invite you to attend for a competency-based interview on Tuesday 10 March 2026 at 11:15 in
the Council Chamber meeting room, City Hall, College Road, Galway.

Your formal letter of invitation, with the list of competencies and the documents you must
bring (passport or driving licence, original qualifications), is attached.

Please confirm your attendance by return email by Friday 27 February.

Is mise le meas,

Bríd Ní Chonghaile
Staff Officer, Human Resources
Galway City Council, City Hall, College Road, Galway
Tel: 091 555 0140

""" + GCC_DISCLAIMER + "\n",
        "charset": "windows-1252", "cte": "qp",
        "attach": [{"pdf": "GCC_Interview_Invitation_TSO_GradeV.pdf",
                     "title": "Galway City Council - Invitation to Interview",
                     "lines": ["Competition: Transportation Scheduling Officer (Grade V)",
                            "Candidate: Sinéad Kowalski-Mbatha",
                            "Date: Tuesday 10 March 2026, 11:15",
                            "Venue: City Hall, College Road, Galway",
                            "Competencies: Delivery of Results; Performance through Technology;",
                            "  Customer Service; Personal Effectiveness.",
                            "Please bring photographic ID and original qualifications."]}],
    },
    {
        "name": "munster_trial_day_invite",
        "key": "mpn-trial",
        "reply_of": "mpn-cv",
        "kind": "interview_invitation", "company": "Munster Parcel Network",
        "contact": "eoin.twomey@munsterparcel.example.ie", "lang": "en",
        "frm": ("Eoin Twomey", "eoin.twomey@munsterparcel.example.ie"),
        "subject": "Trial day Thursday",
        "date": "2026-04-09 12:30 +0100",
        "text": """Hi Sinéad,

Had a look at your CV with the boss. Instead of a formal interview we'd like you to come
down for a trial day: Thursday 16 April, 07:00 to 15:00, in the planning room at our
Little Island hub. You'd shadow Siobhán on the van routes for the morning and have a go at
building tomorrow's runs in the afternoon.

We'll pay the day and your train from Galway. Bring steel toes if you have them, the yard
is a building site at the minute.

Let me know if Thursday works.

Eoin Twomey
Planning Manager, Munster Parcel Network
Little Island, Co. Cork | 021 555 0164
""",
        "cte": "qp",
    },
    {
        "name": "kirkgate_panel_outlook_calendar",
        "key": "kirk-inv",
        "reply_of": "kirk-apply",
        "kind": "interview_invitation", "company": "Kirkgate University",
        "contact": "h.ashworth@kirkgate.example.ac.uk", "lang": "en",
        "frm": KIRK_HELEN,
        "subject": "Interview: Research Assistant (Bus Network Data) KU-0629",
        "date": "2026-07-01 10:20 +0100",
        "text": """Dear Sinéad,

Thank you for your application for the Research Assistant post. I am pleased to invite you
to interview on Tuesday 14 July at 14:00 in Room 3.12 of the Institute for Transport Data.

The panel will be me, Professor Sunil Rao and Ms Kath Oduya from HR. Please prepare a
ten-minute presentation on "What a driver knows about a timetable that a model does not".
A calendar invitation is included.

We can reimburse economy travel from Galway.

Best wishes,
Helen

Dr Helen Ashworth
Associate Professor, Institute for Transport Data
Kirkgate University, Leeds LS2 9KG
+44 113 555 0129
""",
        "html": outlook_html("""Dear Sinéad,

Thank you for your application for the Research Assistant post. I am pleased to invite you
to interview on Tuesday 14 July at 14:00 in Room 3.12 of the Institute for Transport Data.

The panel will be me, Professor Sunil Rao and Ms Kath Oduya from HR. Please prepare a
ten-minute presentation on "What a driver knows about a timetable that a model does not".
A calendar invitation is included.

We can reimburse economy travel from Galway.

Best wishes,
Helen

Dr Helen Ashworth
Associate Professor, Institute for Transport Data
Kirkgate University, Leeds LS2 9KG
+44 113 555 0129"""),
        "calendar": dict(KIRK_EVENT, method="REQUEST", seq=0, start="2026-07-14 14:00 +0100"),
    },
    {
        "name": "greenhouse_liffeymetro_schedule_via",
        "key": "lm-inv",
        "kind": "interview_invitation", "company": "Liffey Metro",
        "contact": "ciara.doyle@liffeymetro.example.ie", "lang": "en",
        "frm": ("Ciara Doyle via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Ciara Doyle", "ciara.doyle@liffeymetro.example.ie"),
        "subject": "Interview with Liffey Metro - Operations Planner",
        "date": "2026-05-06 11:00 +0100",
        "text": """Hi Sinéad,

I'm delighted to say we'd like to invite you to a video interview for the Operations Planner
role. You'd meet Mark Kinsella (Planning Lead) and me for 45 minutes.

Please choose a slot that suits you here:
https://app.greenhouse.io/scheduling/liffeymetro/7d1e02

We're interviewing on Tuesday 12 and Wednesday 13 May.

Thanks,
Ciara Doyle
Talent Partner, Liffey Metro
""",
        "html": ats_card("Liffey Metro", """Hi Sinéad,

I'm delighted to say we'd like to invite you to a video interview for the Operations Planner
role. You'd meet Mark Kinsella (Planning Lead) and me for 45 minutes.

We're interviewing on Tuesday 12 and Wednesday 13 May. Please choose a slot that suits you.

Thanks,
Ciara Doyle
Talent Partner, Liffey Metro""", button=(
            "Pick a time", "https://app.greenhouse.io/scheduling/liffeymetro/7d1e02"),
            footer="Sent via Greenhouse on behalf of Liffey Metro.", colour="#00704a"),
    },
    {
        "name": "limerickcc_interview_outlook_html",
        "key": "lim-inv",
        "kind": "interview_invitation", "company": "Limerick City and County Council",
        "contact": "grainne.hartigan@limerickcc.example.ie", "lang": "en",
        "frm": LIM_GRAINNE,
        "subject": "Interview – Senior Executive Technician (Transport Scheduling)",
        "date": "2026-09-01 15:10 +0100",
        "text": """Dear Sinéad,

Further to your application for the above post, I am pleased to invite you to interview on
Tuesday 15 September at 10:30 in Merchant's Quay, Limerick. The board will consist of three
members and the interview will last approximately 40 minutes.

Please bring photo ID and the originals of any qualifications listed on your application
form. Candidates are responsible for their own travel expenses.

Kindly confirm that you will attend by replying to this email.

Kind regards,
Gráinne Hartigan
Human Resources Department
Limerick City and County Council, Merchant's Quay, Limerick V94 EH90
T: 061 555 0161

""" + LCC_DISCLAIMER + "\n",
        "html": outlook_html("""Dear Sinéad,

Further to your application for the above post, I am pleased to invite you to interview on
Tuesday 15 September at 10:30 in Merchant's Quay, Limerick. The board will consist of three
members and the interview will last approximately 40 minutes.

Please bring photo ID and the originals of any qualifications listed on your application
form. Candidates are responsible for their own travel expenses.

Kindly confirm that you will attend by replying to this email.

Kind regards,
Gráinne Hartigan
Human Resources Department
Limerick City and County Council, Merchant's Quay, Limerick V94 EH90
T: 061 555 0161

""" + LCC_DISCLAIMER),
        "calendar": dict(LIM_EVENT, method="REQUEST", seq=0, start="2026-09-15 10:30 +0100"),
    },
    {
        "name": "busboard_take_home_then_debrief",
        "key": "bb-inv",
        "kind": "interview_invitation", "company": "Busboard Analytics",
        "contact": "tom.raistrick@busboard.example.co.uk", "lang": "en",
        "frm": BB_TOM,
        "subject": "Next step: timetable exercise + debrief interview",
        "date": "2026-07-20 10:00 +0100",
        "text": """Hi Sinéad,

Thanks for the chat last week. We'd like to move you to the next stage, which has two parts:

1. A take-home exercise: you get a GTFS extract for a small town network and build a
   weekday vehicle schedule. Please don't spend more than three hours on it. I'll send the
   files as soon as you confirm.
2. A 60-minute debrief interview on Thursday 30 July at 14:00 on Google Meet, with me and
   our lead scheduler Aysha, where you walk us through what you did.

Does that timing work for you?

Cheers,
Tom

Tom Raistrick
Head of Product Operations | Busboard Analytics
Round Foundry, Water Lane, Leeds LS11 5QN | 0113 555 0107
""",
        "cte": "qp",
    },
    {
        "name": "agency_books_wharfedale_onsite",
        "key": "nw-inv",
        "reply_of": "nw-reg",
        "kind": "interview_invitation", "company": "Wharfedale Logistics",
        "contact": "hannah.lister@northway.example.co.uk", "lang": "en",
        "frm": ("Hannah Lister", "hannah.lister@northway.example.co.uk"),
        "subject": "Interview with Wharfedale Logistics - Tues 10 March",
        "date": "2026-03-03 15:20 +0000",
        "text": """Hi Sinéad,

Good news: Wharfedale Logistics would like to meet you in person for the Transport Planner
role.

Tuesday 10 March, 10:00
Wharfedale Logistics, Unit 4 Stourton Link, Leeds LS10 1RP
With Gary Pickles (Operations Manager) and Leanne Firth (Planning Team Leader)
Format: an hour, competency questions and a look at their live planning screen

I know it's a trek from Galway. If you fly into Leeds Bradford the night before, I can
recommend a cheap hotel near the site. Can you confirm you're able to make it?

Thanks,
Hannah

Hannah Lister | Senior Consultant
Northway Recruitment | 18 Wellington Street, Leeds LS1 4DL | 0113 555 0143
""",
        "cte": "qp",
    },
    {
        "name": "lagan_reply_chain_phone_interview",
        "key": "lag-inv",
        "reply_of": "lag-ack",
        "kind": "interview_invitation", "company": "Lagan Connect",
        "contact": "conor.mcaleese@laganconnect.example.co.uk", "lang": "en",
        "frm": ("Conor McAleese", "conor.mcaleese@laganconnect.example.co.uk"),
        "subject": "RE: Network Scheduling Analyst (Req 2026-0417) - question",
        "date": "2026-04-22 09:50 +0100",
        "text": """Hi Sinéad,

Thanks for your email, and yes, your application came through fine. To answer your
question: driving experience absolutely counts. Half of our scheduling team came off the
buses.

I'd like to set up a 30-minute phone interview to talk through the role. Would Monday 27
April at 11:00 work? I'll ring your mobile. If not, send me a couple of alternatives.

Regards,
Conor

Conor McAleese
Recruitment Partner | Lagan Connect
Great Victoria Street, Belfast BT2 7BA | 028 9555 0172

""" + outlook_block("en", "Sinéad Kowalski-Mbatha <sinead.km@example.ie>",
                    "Monday, April 20, 2026 9:14 PM",
                    "Conor McAleese <conor.mcaleese@laganconnect.example.co.uk>",
                    "Network Scheduling Analyst (Req 2026-0417) - question",
                    """Dear Conor,

I applied for the Network Scheduling Analyst role last week and received the automatic
confirmation below. I wanted to ask whether my nine years as a bus driver would count
towards the "two years in a scheduling environment" requirement, as I have also helped
build the duty board at my depot.

Many thanks,
Sinéad Kowalski-Mbatha

""" + LAG_ACK_QUOTED),
        "cte": "qp",
    },
    # ------------------------------------------------------------ German invitations
    {
        "name": "personio_fahrplanwerk_einladung_kalender",
        "key": "fpw-inv",
        "reply_of": "fpw-ack",
        "kind": "interview_invitation", "company": "Fahrplanwerk",
        "contact": "karin.lindqvist@fahrplanwerk.example.de", "lang": "de",
        "frm": ("Karin Lindqvist (Fahrplanwerk)", "noreply@personio.de"),
        "reply_to": FPW_KARIN,
        "subject": "Einladung zum Vorstellungsgespräch – Junior Fahrplananalystin",
        "date": "2026-02-17 10:30 +0100",
        "text": """Liebe Frau Kowalski-Mbatha,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Fahrplanwerk. Ihr Profil hat uns
neugierig gemacht, und wir möchten Sie gerne kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Donnerstag, 26. Februar 2026, 10:00 bis 11:00 Uhr (MEZ), also 9:00 Uhr irischer Zeit
Gesprächspartner: Henrik Aalders (Teamleiter Planung Utrecht) und ich

Die Kalendereinladung mit dem Teams-Link finden Sie in dieser E-Mail. Bitte nehmen Sie sie
an oder antworten Sie mir kurz, falls der Termin nicht passt.

Herzliche Grüße
Karin Lindqvist
People & Culture, Fahrplanwerk
""",
        "calendar": dict(FPW_EVENT, method="REQUEST", seq=0, start="2026-02-26 10:00 +0100"),
    },
    {
        "name": "nordstern_video_interview_kalender",
        "key": "ns-inv",
        "kind": "interview_invitation", "company": "Nordstern Logistik",
        "contact": "jana.brueggemann@nordstern-logistik.example.de", "lang": "de",
        "frm": NS_JANA,
        "subject": "Einladung: Video-Interview Dispositionsanalystin (Leeds)",
        "date": "2026-08-05 11:45 +0200",
        "text": """Hallo Frau Kowalski-Mbatha,

danke für Ihre Bewerbung auf die Stelle als Dispositionsanalystin an unserem Standort Leeds.
Wir würden Sie gern in einem Video-Interview kennenlernen.

Termin: Donnerstag, 13. August 2026, 10:00 Uhr (MESZ) / 9:00 Uhr (IST)
Dauer: ca. 45 Minuten
Teilnehmende: Oliver Kranz (Head of UK Operations) und ich
Sprache: Deutsch und Englisch

Eine Kalendereinladung ist beigefügt. Bitte bestätigen Sie kurz per Antwort.

Viele Grüße
Jana Brüggemann
Talent Acquisition
Nordstern Logistik SE, Am Sandtorkai 12, 20457 Hamburg
Tel. +49 40 555 0180
""",
        "html": outlook_html("""Hallo Frau Kowalski-Mbatha,

danke für Ihre Bewerbung auf die Stelle als Dispositionsanalystin an unserem Standort Leeds.
Wir würden Sie gern in einem Video-Interview kennenlernen.

Termin: Donnerstag, 13. August 2026, 10:00 Uhr (MESZ) / 9:00 Uhr (IST)
Dauer: ca. 45 Minuten
Teilnehmende: Oliver Kranz (Head of UK Operations) und ich
Sprache: Deutsch und Englisch

Eine Kalendereinladung ist beigefügt. Bitte bestätigen Sie kurz per Antwort.

Viele Grüße
Jana Brüggemann
Talent Acquisition
Nordstern Logistik SE, Am Sandtorkai 12, 20457 Hamburg
Tel. +49 40 555 0180""", lang="de"),
        "calendar": dict(NS_EVENT, method="REQUEST", seq=0, start="2026-08-13 10:00 +0200"),
        "charset": "iso-8859-1", "cte": "qp", "html_charset": "utf-8",
    },
    {
        "name": "taktgeber_telefoninterview_duzen",
        "key": "tg-inv",
        "reply_of": "tg-ack",
        "kind": "interview_invitation", "company": "Taktgeber Mobility",
        "contact": "lukas.hofer@taktgeber.example.at", "lang": "de",
        "frm": ("Lukas Hofer", "lukas.hofer@taktgeber.example.at"),
        "subject": "Kurzes Telefoninterview nächste Woche?",
        "date": "2026-05-26 16:00 +0200",
        "text": """Servus Sinéad,

ich bin Lukas aus dem Customer-Success-Team von Taktgeber. Deine Bewerbung ist bei mir
gelandet und ich würde dich gern in einem kurzen Telefoninterview (ca. 30 Minuten)
kennenlernen.

Passt dir Dienstag, 2. Juni, um 14:00 Uhr unserer Zeit (13:00 bei dir in Irland)? Ich rufe
dich dann auf deinem Handy an. Falls nicht, schick mir einfach zwei, drei andere Zeiten.

Liebe Grüße aus Wien
Lukas

Lukas Hofer | Customer Success Lead
Taktgeber Mobility GmbH | Praterstraße 1, 1020 Wien | +43 1 555 0191
""",
        "cte": "8bit",
    },
    {
        "name": "agentur_termin_beim_kunden_alpenbahn",
        "key": "mk-inv",
        "reply_of": "mk-reg",
        "kind": "interview_invitation", "company": "Alpenbahn Consulting",
        "contact": "joerg.wendland@mobilkarriere.example.de", "lang": "de",
        "frm": ("Jörg Wendland", "joerg.wendland@mobilkarriere.example.de"),
        "subject": "Alpenbahn Consulting möchte Sie kennenlernen",
        "subj_enc": "iso-8859-1/q",
        "date": "2026-04-14 09:25 +0200",
        "text": """Hallo Frau Kowalski-Mbatha,

gute Neuigkeiten: Mein Kunde Alpenbahn Consulting möchte Sie für die Position
Junior-Planerin im Projektbüro Utrecht kennenlernen.

Videogespräch mit Dr. Reto Imboden (Projektleiter) und Frau Silvia Caduff (HR)
Dienstag, 21. April 2026, 15:00 Uhr (14:00 Uhr irischer Zeit), etwa eine Stunde
Den Zoom-Link schicke ich Ihnen am Vortag.

Das Gespräch wird teils auf Englisch geführt. Ich rufe Sie morgen an, um es mit Ihnen
vorzubereiten.

Beste Grüße
Jörg Wendland
Mobilkarriere Personalberatung, Berliner Allee 5, 40212 Düsseldorf
Tel. +49 211 555 0133
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    # ------------------------------------------------------------ French invitations
    {
        "name": "naolia_entretien_invitation_calendrier",
        "key": "nao-inv",
        "reply_of": "nao-ack",
        "kind": "interview_invitation", "company": "Naolia Mobilités",
        "contact": "lea.morvan@naolia.example.fr", "lang": "fr",
        "frm": NAO_LEA,
        "subject": "Invitation à un entretien – Chargée d'études offre de transport",
        "date": "2026-04-20 09:10 +0200",
        "text": """Bonjour Sinéad,

Votre candidature au poste de chargée d'études offre de transport a retenu toute notre
attention et nous souhaiterions vous rencontrer.

Nous vous proposons un entretien le mercredi 29 avril 2026 à 10 h (9 h heure irlandaise),
dans nos locaux du 3 quai de la Fosse à Nantes, ou en visioconférence si le déplacement
n'est pas possible. Vous rencontrerez Thomas Guillou, responsable du service horaires, et
moi-même.

Vous trouverez l'invitation dans votre agenda. Merci de me confirmer votre présence.

Bien cordialement,
Léa Morvan
Chargée de recrutement - Naolia Mobilités
""",
        "calendar": dict(NAO_EVENT, method="REQUEST", seq=0, start="2026-04-29 10:00 +0200"),
        "cte": "qp",
    },
    {
        "name": "horaires_co_premier_echange",
        "key": "hc-inv",
        "kind": "interview_invitation", "company": "Horaires & Co",
        "contact": "maxime.legoff@horairesco.example.fr", "lang": "fr",
        "frm": ("Maxime Le Goff", "maxime.legoff@horairesco.example.fr"),
        "subject": "Horaires & Co – premier échange ?",
        "date": "2026-06-22 18:05 +0200",
        "text": """Bonjour Sinéad,

Merci pour votre candidature au poste de consultante planification chez Horaires & Co.
Votre double regard terrain / données nous intéresse beaucoup.

Seriez-vous disponible pour un premier entretien téléphonique d'une trentaine de minutes
jeudi 25 juin à 14 h (heure de Paris) ? Je vous appellerai au numéro indiqué sur votre CV.

À très vite,
Maxime Le Goff
Responsable des opérations - Horaires & Co
5 allée Duquesne, 44000 Nantes
""",
        "html": plain_html("""Bonjour Sinéad,

Merci pour votre candidature au poste de consultante planification chez Horaires & Co.
Votre double regard terrain / données nous intéresse beaucoup.

Seriez-vous disponible pour un premier entretien téléphonique d'une trentaine de minutes
jeudi 25 juin à 14 h (heure de Paris) ? Je vous appellerai au numéro indiqué sur votre CV.

À très vite,
Maxime Le Goff
Responsable des opérations - Horaires & Co
5 allée Duquesne, 44000 Nantes""", lang="fr"),
    },
    {
        "name": "interim_entretien_client_ligerail",
        "key": "ai-inv",
        "kind": "interview_invitation", "company": "Ligérail",
        "contact": "elodie.marchand@atlantique-interim.example.fr", "lang": "fr",
        "frm": ("Élodie Marchand", "elodie.marchand@atlantique-interim.example.fr"),
        "subject": "Entretien chez Ligérail le 17 septembre",
        "date": "2026-09-07 10:40 +0200",
        "text": """Bonjour Sinéad,

Bonne nouvelle : Ligérail souhaite vous rencontrer pour la mission d'agente de
planification des roulements (6 mois, renouvelable).

Rendez-vous le jeudi 17 septembre à 9 h 30 au technicentre de Nantes-Blottereau, accueil
du bâtiment B, avec M. Yann Tessier, responsable des roulements. Prévoyez une heure.

Pensez à apporter une pièce d'identité. Je vous appelle mardi pour vous briefer.

Bonne journée,
Élodie Marchand
Chargée de recrutement - Atlantique Intérim
12 rue de Strasbourg, 44000 Nantes - 02 40 55 01 30
""",
        "cte": "qp",
    },
    {
        "name": "loire_ocean_convocation_jury",
        "key": "lo-inv",
        "reply_of": "lo-ack",
        "kind": "interview_invitation", "company": "Université de Loire-Océan",
        "contact": "patricia.lebihan@loire-ocean.example.fr", "lang": "fr",
        "frm": ("Patricia Le Bihan", "patricia.lebihan@loire-ocean.example.fr"),
        "subject": "Convocation à l'audition : ingénieure d'études données de mobilité",
        "subj_enc": "iso-8859-1/b",
        "date": "2026-02-16 14:20 +0100",
        "text": """Madame,

Suite à l'examen des dossiers, j'ai le plaisir de vous informer que votre candidature au
poste d'ingénieure d'études « données de mobilité » (CDD 18 mois, laboratoire Mobilités et
Territoires) a été retenue pour la phase d'audition.

Vous êtes convoquée devant le jury le mercredi 4 mars 2026 à 14 h, salle B214, bâtiment
Erdre, campus du Tertre, ou en visioconférence si vous en faites la demande avant le 25
février.

L'audition comprendra une présentation de 10 minutes de votre parcours, suivie de 20
minutes d'échange avec le jury.

Je vous remercie de bien vouloir confirmer votre présence.

Patricia Le Bihan
Gestionnaire recrutement - Direction des ressources humaines
Université de Loire-Océan
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    # ------------------------------------------------------------ Spanish invitations
    {
        "name": "autobuses_ebro_entrevista_cocheras",
        "key": "ebro-inv",
        "reply_of": "ebro-ack",
        "kind": "interview_invitation", "company": "Autobuses del Ebro",
        "contact": "marta.lasheras@autobusesebro.example.es", "lang": "es",
        "frm": ("Marta Lasheras", "marta.lasheras@autobusesebro.example.es"),
        "subject": "Entrevista – Técnica de planificación de servicios",
        "date": "2026-05-25 13:15 +0200",
        "text": """Hola, Sinéad:

Gracias por presentar tu candidatura. Nos ha gustado mucho tu experiencia como conductora
y queremos conocerte.

Te proponemos una entrevista el martes 2 de junio a las 10:00 en nuestras cocheras
(avenida de Ejemplo 40, Zaragoza), con Alberto Gracia, jefe de planificación, y conmigo.
Si no puedes viajar, la hacemos por Teams.

¿Nos confirmas si te viene bien?

Un saludo,
Marta Lasheras
Selección de personal - Autobuses del Ebro
Tel. 976 555 031
""",
        "html": plain_html("""Hola, Sinéad:

Gracias por presentar tu candidatura. Nos ha gustado mucho tu experiencia como conductora
y queremos conocerte.

Te proponemos una entrevista el martes 2 de junio a las 10:00 en nuestras cocheras
(avenida de Ejemplo 40, Zaragoza), con Alberto Gracia, jefe de planificación, y conmigo.
Si no puedes viajar, la hacemos por Teams.

¿Nos confirmas si te viene bien?

Un saludo,
Marta Lasheras
Selección de personal - Autobuses del Ebro
Tel. 976 555 031""", lang="es"),
    },
    {
        "name": "moncayo_entrevista_presencial",
        "key": "mon-inv",
        "kind": "interview_invitation", "company": "Logística Moncayo",
        "contact": "javier.royo@logisticamoncayo.example.es", "lang": "es",
        "frm": ("Javier Royo", "javier.royo@logisticamoncayo.example.es"),
        "subject": "Entrevista para planificador/a de rutas",
        "date": "2026-07-06 09:50 +0200",
        "text": """Buenos días, Sinéad:

Hemos revisado tu CV para la vacante de planificador/a de rutas y nos gustaría hacerte una
entrevista presencial el martes 14 de julio a las 10:30 en nuestras oficinas de la
Plataforma Logística PLAZA (calle Ejemplo 7). Duración aproximada: una hora, con un caso
práctico de rutas de reparto.

Si te cuadra, respóndeme y te mando las indicaciones para llegar.

Saludos,
Javier Royo
Jefe de Tráfico - Logística Moncayo
Tel. 976 555 014
""",
        "cte": "qp",
    },
    {
        "name": "agencia_entrevista_planifica_rutas",
        "key": "ta-inv",
        "reply_of": "ta-reg",
        "kind": "interview_invitation", "company": "Planifica Rutas",
        "contact": "inigo.zubiri@talentoaragon.example.es", "lang": "es",
        "frm": ("Íñigo Zubiri", "inigo.zubiri@talentoaragon.example.es"),
        "subject": "Planifica Rutas quiere entrevistarte",
        "date": "2026-04-13 17:30 +0200",
        "text": """Hola, Sinéad:

¡Buenas noticias! Planifica Rutas, el cliente del que te hablé, quiere entrevistarte para
el puesto de consultora de implantación de su software de planificación.

Día: lunes 20 de abril
Hora: 16:00 (15:00 en Irlanda)
Formato: videollamada de 45 minutos con Elena Bescós, directora de operaciones

Mañana te mando el enlace y un resumen de la empresa para que lo prepares. Confírmame que
te va bien, porfa.

Un saludo,
Íñigo Zubiri
Consultor de selección - Talento Aragón
Paseo de la Independencia 99, 50001 Zaragoza - 976 555 020
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    # ================================================================ reschedule / cancel
    {
        "name": "atlanticrail_updated_calendar_sequence",
        "key": "atl-move",
        "reply_of": "atl-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Atlantic Rail",
        "contact": "niamh.gallagher@atlanticrail.example.ie", "lang": "en",
        "frm": ATL_NIAMH,
        "subject": "Updated invitation: Interview – Timetable Planning Analyst (R-2041) "
                "@ Thu 26 Mar 2026 14:00 - 15:00",
        "date": "2026-03-18 15:45 +0000",
        "text": """Hi Sinéad,

Apologies for the change. Orla has to attend a safety review in Limerick Junction on the
24th, so we have moved your interview to Thursday 26 March from 14:00 to 15:00. Everything
else (room, panel, Teams option) stays the same.

The updated invitation replaces the earlier one in your calendar. If the new time is a
problem, let me know and we'll find another.

Thanks for your flexibility,
Niamh

Niamh Gallagher
Talent Partner | Atlantic Rail
""",
        "html": outlook_html("""Hi Sinéad,

Apologies for the change. Orla has to attend a safety review in Limerick Junction on the
24th, so we have moved your interview to Thursday 26 March from 14:00 to 15:00. Everything
else (room, panel, Teams option) stays the same.

The updated invitation replaces the earlier one in your calendar. If the new time is a
problem, let me know and we'll find another.

Thanks for your flexibility,
Niamh

Niamh Gallagher
Talent Partner | Atlantic Rail"""),
        "calendar": dict(ATL_EVENT, method="REQUEST", seq=1, start="2026-03-26 14:00 +0000"),
    },
    {
        "name": "kanaal_phone_screen_moved",
        "key": "kan-move",
        "reply_of": "kan-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Kanaal Mobility",
        "contact": "femke.debruijn@kanaalmobility.example.nl", "lang": "en",
        "frm": ("Femke de Bruijn", "femke.debruijn@kanaalmobility.example.nl"),
        "subject": "Re: Transport Scheduling Analyst - quick phone screen?",
        "date": "2026-08-19 08:15 +0200",
        "text": """Hi Sinéad,

Small change, sorry! Our Head of Planning, Pieter, would like to join the call, and he's in
a depot audit all Thursday. Could we move it to Friday 21 August at 11:00 Irish time
(12:00 here) instead? It would become a video call rather than phone; I'll send a Teams
link.

Let me know if Friday works.

Femke

""" + reply_chain("en", "2026-08-18 19:02", CAND[0], CAND[1], """Hi Femke,

Thanks for getting in touch. Thursday 20 August at 10:30 Irish time is perfect; my number
is +353 87 555 0142.

Looking forward to it,
Sinéad"""),
        "cte": "qp",
    },
    {
        "name": "kirkgate_panel_cancelled_ics",
        "key": "kirk-cancel",
        "reply_of": "kirk-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Kirkgate University",
        "contact": "h.ashworth@kirkgate.example.ac.uk", "lang": "en",
        "frm": KIRK_HELEN,
        "subject": "Cancelled: Interview panel: Research Assistant (Bus Network Data) KU-0629",
        "date": "2026-07-08 17:30 +0100",
        "text": """Dear Sinéad,

I am very sorry to do this at a week's notice. Two of the panel have been called to give
evidence at a ministerial review in London on the 14th, so I have to cancel next Tuesday's
interview.

This is purely a scheduling problem; your application is still very much in the running. I
will offer you a new date in the week of 20 July as soon as I have the panel's diaries. If
you have already booked travel, please send me the receipts and we will refund them.

With apologies,
Helen
""",
        "html": outlook_html("""Dear Sinéad,

I am very sorry to do this at a week's notice. Two of the panel have been called to give
evidence at a ministerial review in London on the 14th, so I have to cancel next Tuesday's
interview.

This is purely a scheduling problem; your application is still very much in the running. I
will offer you a new date in the week of 20 July as soon as I have the panel's diaries. If
you have already booked travel, please send me the receipts and we will refund them.

With apologies,
Helen"""),
        "calendar": dict(KIRK_EVENT, method="CANCEL", seq=1, start="2026-07-14 14:00 +0100"),
    },
    {
        "name": "teamtailor_domstad_assessment_moved",
        "key": "dom-move",
        "reply_of": "dom-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Domstad Vervoer",
        "contact": "sanne.visser@domstad.example.nl", "lang": "en",
        "frm": ("Domstad Vervoer", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Sanne Visser", "sanne.visser@domstad.example.nl"),
        "subject": "New date for your assessment centre at Domstad Vervoer",
        "date": "2026-05-28 12:10 +0200",
        "text": """Dear Sinéad,

Because of the national rail strike announced for 4 June, we have moved the assessment
centre to Tuesday 9 June 2026. The times (09:30 - 15:00) and the location (Moreelsepark 3,
Utrecht) are unchanged.

If you had already booked flights, please forward the change costs to me and we will cover
them. Please confirm the new date by replying to this email.

Kind regards,
Sanne Visser
Recruiter, Domstad Vervoer
""",
        "html": ats_card("Domstad Vervoer", """Dear Sinéad,

Because of the national rail strike announced for 4 June, we have moved the assessment
centre to Tuesday 9 June 2026. The times (09:30 - 15:00) and the location (Moreelsepark 3,
Utrecht) are unchanged.

If you had already booked flights, please forward the change costs to me and we will cover
them. Please confirm the new date by replying to this email.

Kind regards,
Sanne Visser
Recruiter, Domstad Vervoer""", footer="Sent with Teamtailor", colour="#e30613"),
    },
    {
        "name": "greenhouse_liffeymetro_interviewer_ill",
        "key": "lm-move",
        "reply_of": "lm-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Liffey Metro",
        "contact": "ciara.doyle@liffeymetro.example.ie", "lang": "en",
        "frm": ("Ciara Doyle via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Ciara Doyle", "ciara.doyle@liffeymetro.example.ie"),
        "subject": "Change to your Liffey Metro interview today",
        "date": "2026-05-12 08:05 +0100",
        "text": """Hi Sinéad,

I'm so sorry for the short notice. Mark has woken up with a temperature and won't be in
today, so we need to move this afternoon's interview.

The new time is Monday 18 May at 15:00, same Teams link as before. If Monday doesn't work,
reply here and I'll find something else this week.

Thanks for understanding,
Ciara
""",
        "cte": "qp",
    },
    {
        "name": "galwaycity_interviews_postponed",
        "key": "gcc-postpone",
        "reply_of": "gcc-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Galway City Council",
        "contact": "brid.nichonghaile@galwaycity.example.ie", "lang": "en",
        "frm": ("Bríd Ní Chonghaile", "brid.nichonghaile@galwaycity.example.ie"),
        "subject": "Postponement of interviews - Transportation Scheduling Officer (Grade V)",
        "date": "2026-03-06 16:40 +0000",
        "text": """Dear Ms Kowalski-Mbatha,

I regret to inform you that the interviews for the above competition, scheduled for Tuesday
10 March 2026, have been postponed due to the unavailability of a member of the interview
board.

This postponement does not affect your candidature in any way. You will be notified of the
revised date as soon as it has been confirmed.

Apologies for any inconvenience caused.

Is mise le meas,
Bríd Ní Chonghaile
Staff Officer, Human Resources
Galway City Council

""" + GCC_DISCLAIMER + "\n",
        "cte": "8bit",
    },
    {
        "name": "limerickcc_updated_time_outlook_seq2",
        "key": "lim-move",
        "reply_of": "lim-ask",
        "kind": "interview_reschedule_or_cancel", "company": "Limerick City and County Council",
        "contact": "grainne.hartigan@limerickcc.example.ie", "lang": "en",
        "frm": LIM_GRAINNE,
        "subject": "RE: Interview – Senior Executive Technician (Transport Scheduling)",
        "date": "2026-09-03 11:40 +0100",
        "text": """Dear Sinéad,

No problem at all. I have moved your interview to 15:00 on the same day and updated the
calendar invitation. Please report to reception ten minutes beforehand.

Kind regards,
Gráinne Hartigan
Human Resources Department
Limerick City and County Council

""" + LCC_DISCLAIMER + "\n\n" + outlook_block(
            "en", "Sinéad Kowalski-Mbatha <sinead.km@example.ie>",
            "Wednesday, September 2, 2026 7:55 AM",
            "Gráinne Hartigan <grainne.hartigan@limerickcc.example.ie>",
            "RE: Interview – Senior Executive Technician (Transport Scheduling)",
            """Dear Gráinne,

Thank you very much for the invitation, I'm delighted to be called.

Would it be possible to move my slot on the 15th to the afternoon? I'm rostered on an early
shift that morning and the depot can't release me before 12:30.

Kind regards,
Sinéad Kowalski-Mbatha"""),
        "html": outlook_html("""Dear Sinéad,

No problem at all. I have moved your interview to 15:00 on the same day and updated the
calendar invitation. Please report to reception ten minutes beforehand.

Kind regards,
Gráinne Hartigan
Human Resources Department
Limerick City and County Council

""" + LCC_DISCLAIMER, quoted="""From: Sinéad Kowalski-Mbatha <sinead.km@example.ie>
Sent: Wednesday, September 2, 2026 7:55 AM

Would it be possible to move my slot on the 15th to the afternoon?"""),
        "calendar": dict(LIM_EVENT, method="REQUEST", seq=2, start="2026-09-15 15:00 +0100"),
    },
    {
        "name": "busboard_debrief_cancelled_no_decision",
        "key": "bb-cancel",
        "reply_of": "bb-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Busboard Analytics",
        "contact": "tom.raistrick@busboard.example.co.uk", "lang": "en",
        "frm": BB_TOM,
        "subject": "Tomorrow's debrief - need to cancel",
        "date": "2026-07-29 17:55 +0100",
        "text": """Hi Sinéad,

I have to cancel tomorrow's debrief call, sorry. One of our customers had a major data
outage this afternoon and our CTO has pulled the whole team, Aysha included, into the
incident review for the rest of the week.

We have your exercise and we're going through it. I'll come back to you early next week
about next steps. I've removed the calendar entry so it doesn't sit in your diary.

Tom
""",
        "attach": [{"ics": dict(BB_EVENT, method="CANCEL", seq=1,
                              start="2026-07-30 14:00 +0100"), "name": "cancel.ics"}],
        "cte": "qp",
    },
    {
        "name": "agency_leevalley_moved_afternoon",
        "key": "hbt-move",
        "reply_of": "hbt-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Lee Valley Transit",
        "contact": "ciaran.moloney@harbourtalent.example.ie", "lang": "en",
        "frm": ("Ciarán Moloney", "ciaran.moloney@harbourtalent.example.ie"),
        "name_enc": "utf-8/b",
        "subject": "Lee Valley Transit - interview moved to 14:30",
        "date": "2026-02-10 10:20 +0000",
        "text": """Hi Sinéad,

Quick one: Lee Valley Transit have asked to move Thursday's interview from 11:00 to 14:30.
Brian has been called into a meeting with the NTA that morning. Same place, same panel.

That should actually suit you better for the train from Galway. Text me if there's any
problem.

Ciarán
""",
        "cte": "qp",
    },
    {
        "name": "fahrplanwerk_interviewer_krank_update",
        "key": "fpw-krank",
        "reply_of": "fpw-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Fahrplanwerk",
        "contact": "karin.lindqvist@fahrplanwerk.example.de", "lang": "de",
        "frm": FPW_KARIN,
        "subject": "Neuer Termin für unser Gespräch (Aktualisierung)",
        "date": "2026-02-25 08:10 +0100",
        "text": """Liebe Frau Kowalski-Mbatha,

leider ist Henrik Aalders, der morgen mit Ihnen sprechen sollte, kurzfristig erkrankt. Wir
möchten das Gespräch nicht ohne ihn führen und verschieben es daher auf

Mittwoch, 4. März 2026, 10:00 bis 11:00 Uhr (MEZ).

Die Kalendereinladung ist aktualisiert, der Teams-Link bleibt gleich. Bitte sagen Sie mir
Bescheid, falls der neue Termin nicht passt.

Herzliche Grüße
Karin Lindqvist
People & Culture, Fahrplanwerk GmbH
Wilhelmshöher Allee 200, 34119 Kassel
""",
        "calendar": dict(FPW_EVENT, method="REQUEST", seq=1, start="2026-03-04 10:00 +0100"),
        "cte": "qp",
    },
    {
        "name": "nordstern_termin_abgesagt_cancel",
        "key": "ns-cancel",
        "reply_of": "ns-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Nordstern Logistik",
        "contact": "jana.brueggemann@nordstern-logistik.example.de", "lang": "de",
        "frm": NS_JANA,
        "subject": "Abgesagt: Video-Interview Dispositionsanalystin Leeds",
        "date": "2026-08-11 18:20 +0200",
        "text": """Hallo Frau Kowalski-Mbatha,

leider müssen wir das Video-Interview am Donnerstag absagen. Herr Kranz ist wegen
kurzfristiger Abstimmungen zur Organisation in Großbritannien diese Woche nicht verfügbar.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Ich bin ab morgen im Urlaub und melde
mich nach meiner Rückkehr am 25. August mit einem neuen Terminvorschlag.

Viele Grüße
Jana Brüggemann
""",
        "calendar": dict(NS_EVENT, method="CANCEL", seq=1, start="2026-08-13 10:00 +0200"),
        "cte": "qp",
    },
    {
        "name": "naolia_entretien_annule_cancel",
        "key": "nao-cancel",
        "reply_of": "nao-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Naolia Mobilités",
        "contact": "lea.morvan@naolia.example.fr", "lang": "fr",
        "frm": NAO_LEA,
        "subject": "Annulé : Entretien – Chargée d'études offre de transport",
        "date": "2026-04-27 17:45 +0200",
        "text": """Bonjour Sinéad,

Je suis désolée de devoir annuler notre entretien de mercredi 29 avril : la direction de
l'offre est mobilisée toute la semaine par la préparation du conseil d'administration.

Nous reviendrons vers vous dès que possible pour convenir d'une nouvelle date. Votre
candidature reste bien entendu à l'étude.

Bien cordialement,
Léa Morvan
""",
        "html": outlook_html("""Bonjour Sinéad,

Je suis désolée de devoir annuler notre entretien de mercredi 29 avril : la direction de
l'offre est mobilisée toute la semaine par la préparation du conseil d'administration.

Nous reviendrons vers vous dès que possible pour convenir d'une nouvelle date. Votre
candidature reste bien entendu à l'étude.

Bien cordialement,
Léa Morvan""", lang="fr"),
        "calendar": dict(NAO_EVENT, method="CANCEL", seq=1, start="2026-04-29 10:00 +0200"),
    },
    {
        "name": "horaires_co_appel_decale",
        "key": "hc-move",
        "reply_of": "hc-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Horaires & Co",
        "contact": "maxime.legoff@horairesco.example.fr", "lang": "fr",
        "frm": ("Maxime Le Goff", "maxime.legoff@horairesco.example.fr"),
        "subject": "Re: Horaires & Co – premier échange ?",
        "date": "2026-06-24 12:30 +0200",
        "text": """Bonjour Sinéad,

Petit contretemps : je dois être chez un client à Angers jeudi. Pouvons-nous décaler notre
entretien au mercredi 1er juillet à 10 h ? Cette fois-ci en visio sur Teams, je vous
envoie le lien.

Merci de votre souplesse,
Maxime

""" + reply_chain("fr", "2026-06-22 21:40", CAND[0], CAND[1], """Bonjour Maxime,

Avec plaisir, jeudi 25 juin à 14 h me convient parfaitement.

Bien à vous,
Sinéad"""),
        "cte": "qp",
    },
    {
        "name": "moncayo_cambio_de_hora",
        "key": "mon-cambio",
        "reply_of": "mon-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Logística Moncayo",
        "contact": "javier.royo@logisticamoncayo.example.es", "lang": "es",
        "frm": ("Javier Royo", "javier.royo@logisticamoncayo.example.es"),
        "subject": "RE: Entrevista para planificador/a de rutas",
        "date": "2026-07-10 16:45 +0200",
        "text": """Hola, Sinéad:

Visto lo de tu vuelo, te cambio la entrevista: en vez del martes 14 a las 10:30, la hacemos
el miércoles 15 a las 12:00, mismo sitio. ¿Te va bien?

Saludos,
Javier

""" + reply_chain("es", "2026-07-06 22:10", CAND[0], CAND[1], """Hola, Javier:

Muchas gracias por la invitación. El único vuelo desde Dublín llega el martes a las 11:40;
¿sería posible hacerla un poco más tarde ese día o el miércoles?

Un saludo,
Sinéad"""),
        "cte": "8bit",
    },
    {
        "name": "autobuses_ebro_aplazada_por_huelga",
        "key": "ebro-aplaza",
        "reply_of": "ebro-inv",
        "kind": "interview_reschedule_or_cancel", "company": "Autobuses del Ebro",
        "contact": "marta.lasheras@autobusesebro.example.es", "lang": "es",
        "frm": ("Marta Lasheras", "marta.lasheras@autobusesebro.example.es"),
        "subject": "Aplazamos la entrevista al 9 de junio",
        "date": "2026-06-01 09:20 +0200",
        "text": """Hola, Sinéad:

Por la huelga de conductores convocada para mañana, Alberto tiene que estar en el centro de
control todo el día, así que aplazamos tu entrevista al martes 9 de junio, a la misma hora
(10:00) y en el mismo lugar.

Perdona el cambio. Si el 9 no te viene bien, dime y buscamos otro día.

Un saludo,
Marta Lasheras
Selección de personal - Autobuses del Ebro
""",
        "charset": "iso-8859-1", "cte": "b64",
    },
    # ================================================================ missed interview
    {
        "name": "timetableworks_waited_on_teams",
        "key": "ttw-miss",
        "reply_of": "ttw-inv",
        "kind": "missed_interview_notice", "company": "TimetableWorks",
        "contact": "ruairi.odalaigh@timetableworks.example.com", "lang": "en",
        "frm": ("Ruairí Ó Dálaigh", "ruairi.odalaigh@timetableworks.example.com"),
        "name_enc": "iso-8859-1/q",
        "subject": "We missed you this morning",
        "date": "2026-03-20 10:31 +0000",
        "text": """Hi Sinéad,

We had our video interview booked for 10:00 this morning. I waited on Teams until about
10:20 but didn't see you join, and I didn't have a phone number to try.

I hope everything is OK. If you'd still like to talk about the Scheduling Data Analyst role,
just reply and I'll send you a fresh booking link.

Ruairí Ó Dálaigh
Talent Partner, TimetableWorks
Grand Canal Dock, Dublin 2
""",
        "html": plain_html("""Hi Sinéad,

We had our video interview booked for 10:00 this morning. I waited on Teams until about
10:20 but didn't see you join, and I didn't have a phone number to try.

I hope everything is OK. If you'd still like to talk about the Scheduling Data Analyst role,
just reply and I'll send you a fresh booking link.

Ruairí Ó Dálaigh
Talent Partner, TimetableWorks
Grand Canal Dock, Dublin 2"""),
    },
    {
        "name": "airecalder_tried_calling_twice",
        "key": "ac-miss",
        "reply_of": "ac-inv",
        "kind": "missed_interview_notice", "company": "Aire & Calder Buses",
        "contact": "mark.ellison@airecalder.example.co.uk", "lang": "en",
        "frm": ("Mark Ellison", "mark.ellison@airecalder.example.co.uk"),
        "cc": [("Priya Chauhan", "priya.chauhan@airecalder.example.co.uk")],
        "subject": "Our call this morning",
        "date": "2026-06-10 10:40 +0100",
        "text": """Hello Sinéad,

I tried calling you twice at 10:00 for our phone interview, and once more at 10:15, on
+353 87 555 0142, but it went straight to voicemail each time. I left a message on the
second call.

I've copied Priya, who looks after the diary, in case something went wrong with the
invitation.

Regards,
Mark Ellison
Head of Scheduling, Aire & Calder Buses
""",
        "cte": "7bit",
    },
    {
        "name": "quayside_no_show_video_call",
        "key": "qd-miss",
        "reply_of": "qd-ack",
        "kind": "missed_interview_notice", "company": "Quayside Distribution",
        "contact": "ruth.gilmore@quaysidedist.example.co.uk", "lang": "en",
        "frm": ("Ruth Gilmore", "ruth.gilmore@quaysidedist.example.co.uk"),
        "subject": "Video interview at 14:00 today",
        "date": "2026-07-02 14:25 +0100",
        "text": """Hi Sinéad,

We had you booked in for a video interview at 14:00 today for the Transport Planner role,
but you didn't join the Google Meet. Our transport manager and I waited until 14:15.

Could you let me know what happened? If it was a technical problem, we'll see whether we
can find another slot before the end of next week.

Kind regards,
Ruth Gilmore
HR Officer, Quayside Distribution
Duncrue Street, Belfast BT3 9AR | 028 9555 0121
""",
        "html": plain_html("""Hi Sinéad,

We had you booked in for a video interview at 14:00 today for the Transport Planner role,
but you didn't join the Google Meet. Our transport manager and I waited until 14:15.

Could you let me know what happened? If it was a technical problem, we'll see whether we
can find another slot before the end of next week.

Kind regards,
Ruth Gilmore
HR Officer, Quayside Distribution
Duncrue Street, Belfast BT3 9AR | 028 9555 0121"""),
        "cte": "b64",
    },
    {
        "name": "agency_client_waited_at_reception",
        "key": "nw-miss",
        "reply_of": "nw-inv",
        "kind": "missed_interview_notice", "company": "Wharfedale Logistics",
        "contact": "hannah.lister@northway.example.co.uk", "lang": "en",
        "frm": ("Hannah Lister", "hannah.lister@northway.example.co.uk"),
        "subject": "URGENT - Wharfedale are waiting for you",
        "date": "2026-03-10 10:22 +0000",
        "headers": [("Importance", "high"), ("X-Priority", "1")],
        "text": """Sinéad,

Gary from Wharfedale has just rung me. They've been waiting for you in reception since 10
and you haven't arrived, and your phone is going to voicemail.

Are you OK? Please ring me as soon as you see this: 0113 555 0143 or my mobile
07700 900 143.

Hannah
""",
        "cte": "7bit",
    },
    {
        "name": "fingal_phone_unreachable",
        "key": "ffs-miss",
        "kind": "missed_interview_notice", "company": "Fingal Fleet Services",
        "contact": "sean.murtagh@fingalfleet.example.ie", "lang": "en",
        "frm": ("Seán Murtagh", "sean.murtagh@fingalfleet.example.ie"),
        "subject": "Missed call - screening interview 11:00",
        "date": "2026-09-22 11:20 +0100",
        "text": """Hi Sinéad,

I rang you at 11:00 as arranged for our screening call about the Fleet Scheduling
Coordinator position and left a voicemail. I tried again at 11:10 with no answer.

I'm tied up for the rest of the week, so let me know if you're still interested and I'll
see what I can do.

Seán Murtagh
Operations Manager, Fingal Fleet Services
""",
        "cte": "qp",
    },
    {
        "name": "corribcoach_zoom_nobody_joined",
        "key": "cc-miss",
        "kind": "missed_interview_notice", "company": "Corrib Coach Lines",
        "contact": "fiona.mannion@corribcoach.example.ie", "lang": "en",
        "frm": ("Fiona Mannion", "fiona.mannion@corribcoach.example.ie"),
        "subject": "Your interview this morning",
        "date": "2026-10-05 09:40 +0100",
        "text": """Morning Sinéad,

The Zoom room for your 9:00 interview for the Scheduling & Rostering Assistant role was open
until 9:25 and there was no sign of you, so we've had to move on to the next candidate.

If something came up, drop me a line today.

Fiona Mannion
HR Manager, Corrib Coach Lines
Ballybrit Business Park, Galway | 091 555 0150
""",
        "html": outlook_html("""Morning Sinéad,

The Zoom room for your 9:00 interview for the Scheduling & Rostering Assistant role was open
until 9:25 and there was no sign of you, so we've had to move on to the next candidate.

If something came up, drop me a line today.

Fiona Mannion
HR Manager, Corrib Coach Lines
Ballybrit Business Park, Galway | 091 555 0150"""),
    },
    {
        "name": "taktgeber_telefonisch_nicht_erreicht",
        "key": "tg-miss",
        "reply_of": "tg-inv",
        "kind": "missed_interview_notice", "company": "Taktgeber Mobility",
        "contact": "lukas.hofer@taktgeber.example.at", "lang": "de",
        "frm": ("Lukas Hofer", "lukas.hofer@taktgeber.example.at"),
        "subject": "Re: Kurzes Telefoninterview nächste Woche?",
        "date": "2026-06-02 14:35 +0200",
        "text": """Hallo Sinéad,

ich habe dich heute um 14 Uhr (unserer Zeit) zweimal angerufen, aber leider nicht
erreicht. Auch eine SMS ist offenbar nicht angekommen.

Meld dich gern, wenn du noch Interesse hast. Ich bin diese Woche allerdings ziemlich voll.

Liebe Grüße
Lukas

""" + reply_chain("de", "2026-05-26 20:12", CAND[0], CAND[1], """Hallo Lukas,

danke für die Nachricht! Dienstag, 2. Juni, 14:00 Uhr eurer Zeit passt mir gut.

Viele Grüße
Sinéad"""),
        "cte": "qp",
    },
    {
        "name": "estuaire_absence_entretien",
        "key": "est-miss",
        "reply_of": "est-ack",
        "kind": "missed_interview_notice", "company": "Estuaire Logistique",
        "contact": "julien.praud@estuaire-logistique.example.fr", "lang": "fr",
        "frm": ("Julien Praud", "julien.praud@estuaire-logistique.example.fr"),
        "subject": "Entretien de ce matin",
        "date": "2026-03-23 11:15 +0100",
        "text": """Bonjour Madame Kowalski-Mbatha,

Nous vous attendions ce matin à 10 h pour votre entretien dans nos locaux de Carquefou,
mais vous ne vous êtes pas présentée et nous n'avons pas réussi à vous joindre par
téléphone.

Pourriez-vous nous indiquer ce qui s'est passé ?

Cordialement,
Julien Praud
Responsable d'exploitation - Estuaire Logistique
ZI de la Lande, 44470 Carquefou
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "name": "horaires_co_attendue_sur_teams",
        "key": "hc-miss",
        "reply_of": "hc-move",
        "kind": "missed_interview_notice", "company": "Horaires & Co",
        "contact": "maxime.legoff@horairesco.example.fr", "lang": "fr",
        "frm": ("Maxime Le Goff", "maxime.legoff@horairesco.example.fr"),
        "subject": "Notre visio de ce matin",
        "date": "2026-07-01 10:25 +0200",
        "text": """Bonjour Sinéad,

Nous vous avons attendue sur Teams ce matin à 10 h, avec ma collègue Anaïs, pendant une
vingtaine de minutes, sans vous voir arriver.

J'espère que tout va bien. Si vous avez toujours le poste à cœur, dites-le-moi et nous
verrons s'il est possible de trouver un autre créneau la semaine prochaine.

Bien à vous,
Maxime Le Goff
Horaires & Co
""",
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "name": "tranvia_cierzo_no_te_conectaste",
        "key": "tc-miss",
        "kind": "missed_interview_notice", "company": "Tranvía Cierzo",
        "contact": "nuria.sancho@tranviacierzo.example.es", "lang": "es",
        "frm": ("Nuria Sancho", "nuria.sancho@tranviacierzo.example.es"),
        "subject": "Videollamada de hoy: ¿todo bien?",
        "subj_enc": "utf-8/b",
        "date": "2026-09-15 11:20 +0200",
        "text": """Hola, Sinéad:

Te hemos esperado en la videollamada de las 11:00 para la entrevista de técnica de
explotación, pero no te has conectado y tampoco cogías el teléfono.

¿Ha pasado algo? Dime algo cuando puedas.

Nuria Sancho
Recursos Humanos - Tranvía Cierzo
""",
        "cte": "8bit",
    },
]
