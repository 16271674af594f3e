"""Corpus 286, kinds `interview_invitation`, `interview_reschedule_or_cancel` and
`missed_interview_notice`, each message hand-written."""

from __future__ import annotations

from msgs286_common import (
    CAND_STR,
    ats_card,
    button,
    msg,
    outlook_html,
    sig,
    to_html,
    wrote,
)
from msgs286_other import RESCHED_SHANNONSIDE

INV = "interview_invitation"
MOV = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

CORRIB_DEIRDRE = ("Deirdre Ó Conaill", "deirdre.oconaill@corribbay.example.ie")
GAU_SIOBHAN = ("Siobhán Kearney", "siobhan.kearney@gau.example.ie")
CALEDON_FIONA = ("Fiona MacLeod", "f.macleod@caledon.example.ac.uk")
SCHWABEN_SABINE = ("Sabine Koch", "sabine.koch@schwabenflug.example.de")
NECKAR_LENA = ("Lena Hartmann", "lena.hartmann@neckartal-hotels.example.de")
GIRONDE_JULIEN = ("Julien Roussel", "julien.roussel@girondetourisme.example.fr")
LIMONAR_MARTA = ("Marta Gil Ortega", "marta.gil@limonar.example.es")
USOL_PILAR = ("Pilar Navas", "pilar.navas@usolmalaga.example.es")
FORTH_EUAN = ("Euan Blair", "euan.blair@forthlothian.example.co.uk")
GOOGLE_PRODID = "-//Google Inc//Google Calendar 70.9054//EN"

_I2 = """Dear Oona,

Thank you for your application for the Revenue Analyst position. I'm pleased to invite
you to a panel interview at our Galway support office.

Date: Tuesday 24 February 2026
Time: 11:00 - 12:00
Venue: Corrib Bay Hotels, Support Office, 2nd floor, Forster Court, Galway
Panel: Deirdre Ó Conaill (HR), Liam Breathnach (Director of Revenue), Nuala Fahy
(Commercial Finance)

The panel will ask you to talk for five minutes about a pricing decision you made or
observed on the front desk, followed by competency questions. No slides are needed.

Please accept the calendar invitation to confirm, or reply to me if the time does not
suit.

Kind regards,

Deirdre Ó Conaill
HR Business Partner
Corrib Bay Hotels Ltd, Forster Court, Galway H91 E2W8
+353 91 555 0120

The information in this email is confidential and may be legally privileged. It is
intended solely for the addressee. Corrib Bay Hotels Ltd, registered in Ireland no. 555123.
"""

_I7 = """Dear Ms Fitzgerald-Adebayo,

Further to your application for the post of Business Analyst (Conference & Events Office),
I am pleased to inform you that you have been shortlisted for interview.

The interview board will meet on Thursday 19 March 2026. Your interview is scheduled
for 10:00 in Room G014, Quadrangle Building, and will last approximately 40 minutes.

The board will ask you to make a ten-minute presentation on the following topic:
"How should a university conference office price its summer accommodation?"

Please bring photographic identification and the originals of your qualifications. A
calendar invitation is attached. Kindly confirm your attendance by return.

Is mise le meas,

Siobhán Kearney
Human Resources Officer - Recruitment
Galway Atlantic University, University Road, Galway H91 TK33
+353 91 555 0411

-----
This e-mail and any files transmitted with it are confidential and intended solely for
the addressee. If you are not the intended recipient, any disclosure, copying or
distribution is prohibited. Galway Atlantic University accepts no liability for the
content of this e-mail. Tá an ríomhphost seo faoi rún.
"""

_I17 = """Sehr geehrte Frau Fitzgerald-Adebayo,

vielen Dank für Ihre Bewerbung als Pricing Analyst Netzplanung (m/w/d). Wir freuen uns,
Sie zu unserem Assessment-Center einzuladen.

Termin: Donnerstag, 20. August 2026, 09:00 bis ca. 16:00 Uhr
Ort: Schwabenflug, Verwaltungsgebäude C, Flughafenstraße 50, 70629 Stuttgart
Ablauf: Gruppenübung, Fallstudie zur Preisgestaltung, Einzelinterview

Reisekosten erstatten wir Ihnen bis zu einer Höhe von 400 EUR gegen Beleg. Eine
Kalendereinladung finden Sie im Anhang. Bitte bestätigen Sie Ihre Teilnahme bis
zum 10. August.

Mit freundlichen Grüßen

Sabine Koch
Personalmarketing & Recruiting
Schwabenflug GmbH · Flughafenstraße 50 · 70629 Stuttgart
Tel. +49 711 555 0188

Schwabenflug GmbH · Sitz: Stuttgart · Amtsgericht Stuttgart HRB 555010
Geschäftsführung: Dr. Matthias Röhrle, Anja Wetzel
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
"""

MESSAGES = [
    # ============================================================ interview_invitation (26)

    # 1 ------------------------------------------------------------ Greenhouse scheduling link
    msg(kind=INV, slug="yieldwise_greenhouse_scheduling_link", lang="en", company="Yieldwise",
        contact="ciara.nimhaolain@yieldwise.example.ie", key="i_yw", parent="a_yw",
        frm=("Ciara Ní Mhaoláin via Greenhouse", "no-reply@greenhouse-mail.io"),
        name_enc=("utf-8", "q"),
        reply_to=("Ciara Ní Mhaoláin", "ciara.nimhaolain@yieldwise.example.ie"),
        subject="Interview invitation: Revenue Analyst at Yieldwise",
        date="2026-01-22 11:20 +0000",
        text="""Hi Oona,

Thanks for applying to Yieldwise! We'd love to invite you to a 45-minute video interview
with Tomás Brennan, our Lead Revenue Analyst, and me.

Please choose a time that suits you using the link below. The slots shown are in Irish
time; the interview will take place on Google Meet, and the link appears in the calendar
invitation once you've booked.

https://app.greenhouse.io/scheduling/yieldwise/revenue-analyst?token=QJ7r2

We'll ask you to walk us through one spreadsheet or report you built yourself - anything
from your current job is fine.

Looking forward to talking,
Ciara
""",
        html=ats_card("Yieldwise", "#4f46e5", to_html("""Hi Oona,

Thanks for applying to Yieldwise! We'd love to invite you to a 45-minute video interview
with Tomás Brennan, our Lead Revenue Analyst, and me.

Please choose a time that suits you using the link below. The slots shown are in Irish
time; the interview will take place on Google Meet, and the link appears in the calendar
invitation once you've booked.""") + button("Choose your interview time", "https://app.greenhouse.io/scheduling/yieldwise/revenue-analyst?token=QJ7r2", "#4f46e5")
            + to_html("""We'll ask you to walk us through one spreadsheet or report you built yourself - anything
from your current job is fine.

Looking forward to talking,
Ciara"""), "Sent via Greenhouse on behalf of Yieldwise.")),

    # 2 ------------------------------------------------------------ panel, calendar REQUEST
    msg(kind=INV, slug="corribbay_panel_interview_calendar_request", lang="en",
        company="Corrib Bay Hotels", contact="deirdre.oconaill@corribbay.example.ie",
        key="i_corrib", parent="a_corrib",
        frm=CORRIB_DEIRDRE, name_enc=("iso-8859-1", "q"),
        subject="Panel interview – Revenue Analyst – Tuesday 24 February 11:00",
        subj_enc=("utf-8", "q"),
        date="2026-02-16 15:30 +0000",
        text=_I2, html=outlook_html(to_html(_I2)),
        ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000C0A1E2F3",
                 "seq": 0, "start": "2026-02-24 11:00 +0000", "end": "2026-02-24 12:00 +0000",
                 "summary": "Panel interview - Revenue Analyst (Oona Fitzgerald-Adebayo)",
                 "location": "Corrib Bay Hotels Support Office, Forster Court, Galway",
                 "organizer": CORRIB_DEIRDRE}),

    # 3 ------------------------------------------------------------ agency arranges client interview
    msg(kind=INV, slug="aeratlantach_interview_via_harbour_talent", lang="en",
        company="Aer Atlantach", contact="fionn.garvey@harbourtalent.example.ie",
        key="i_aer", parent="a_harbour",
        frm=("Fionn Garvey", "fionn.garvey@harbourtalent.example.ie"),
        subject="Interview with Aer Atlantach - Monday 2 March",
        date="2026-02-24 13:10 +0000",
        text="""Hi Oona,

Great news - Aer Atlantach loved your CV and want to meet you for the Network Pricing
Assistant role.

I've pencilled in Monday 2 March at 10:30 at their offices in the Shannon Free Zone
(Building 4, ask for Róisín Lacey at reception). It's a one-hour interview with Róisín,
their pricing lead, and one of the revenue analysts. Expect a short numeracy test at
the start - nothing scary.

Can you confirm you can make it? If the time is a problem, tell me today and I'll go
back to them.

I'll ring you Friday to prep.

Fionn

""" + sig("Fionn Garvey", "Senior Consultant | Harbour Talent",
          "Merchants Road, Galway", "+353 91 555 0187")),

    # 4 ------------------------------------------------------------ Teams interview, Reply-To coordinator
    msg(kind=INV, slug="forthlothian_teams_interview_reply_to_coordinator", lang="en",
        company="Forth & Lothian Hotels", contact="euan.blair@forthlothian.example.co.uk",
        key="i_forth",
        frm=("Morag Kincaid", "morag.kincaid@forthlothian.example.co.uk"),
        reply_to=FORTH_EUAN,
        subject="Interview invitation - Revenue Analyst (Edinburgh) - Monday 8 June",
        date="2026-06-02 10:00 +0100",
        text="""Dear Oona,

Thank you for applying for the Revenue Analyst position with Forth & Lothian Hotels.
We would like to invite you to a first interview on Microsoft Teams.

Monday 8 June 2026, 14:00 - 14:45 (UK time)
Interviewers: Morag Kincaid (Talent Acquisition) and Hamish Stewart (Cluster Revenue
Manager)

The Teams link is in the attached calendar invitation. My colleague Euan Blair
coordinates our interview diary, so please reply to him (this email is set up to do
that) if you need to change anything.

Yours sincerely,

Morag Kincaid
Talent Acquisition Manager
Forth & Lothian Hotels Ltd, 1 Waterloo Place, Edinburgh EH1 3BG
""",
        ics={"method": "REQUEST", "uid": "fl-ra-2026-0608-ofa@forthlothian.example.co.uk",
                 "seq": 0, "start": "2026-06-08 14:00 +0100", "end": "2026-06-08 14:45 +0100",
                 "summary": "Interview: Revenue Analyst - Oona Fitzgerald-Adebayo",
                 "location": "Microsoft Teams Meeting",
                 "description": "Join on your computer or mobile app: https://teams.example.com/l/meetup-join/fl-ra-0608",
                 "organizer": FORTH_EUAN}),

    # 5 ------------------------------------------------------------ recruiter phone screen ask
    msg(kind=INV, slug="shannonside_phone_screen_ask", lang="en",
        company="Shannonside Hotel Group", contact="grainne.hayes@shannonside.example.ie",
        key="i_shannon_screen",
        frm=("Gráinne Hayes", "grainne.hayes@shannonside.example.ie"),
        name_enc=("iso-8859-1", "q"),
        subject="Commercial Analyst - quick phone chat?",
        date="2026-08-03 09:25 +0100",
        text="""Hi Oona,

I'm the talent partner for Shannonside Hotel Group. Your application for the Commercial
Analyst role in Limerick caught our eye and I'd like to set up a 20-minute phone call.

Would Thursday 6 August at 11:00 suit you?

Best,
Gráinne

Gráinne Hayes | Talent Partner
Shannonside Hotel Group | Henry Street, Limerick V94 X2Y7
061 555 0102
"""),

    # 6 ------------------------------------------------------------ Lever panel, Reply-To human
    msg(kind=INV, slug="skerrinair_lever_panel_invite", lang="en", company="Skerrin Air",
        contact="rory.devane@skerrinair.example.ie", key="i_skerrin",
        frm=("Rory Devane", "no-reply@hire.lever.co"),
        reply_to=("Rory Devane", "rory.devane@skerrinair.example.ie"),
        subject="Next step: panel interview for Pricing Analyst",
        date="2026-04-21 12:00 +0100",
        text="""Hi Oona,

Thanks for your time on the phone last week - you're through to the panel stage for the
Pricing Analyst role.

The panel will take place on Wednesday 29 April at 10:00 in our Dublin Airport offices
(Skerrin House, Corballis Park). You'll meet Aoife Dunne (Head of Pricing), Mark Tierney
(Network Planning) and me. Plan for 75 minutes, including a 20-minute case you'll get
on the day.

Please reply to confirm. If you're travelling up from Galway, we'll reimburse the train.

Rory Devane
Talent Acquisition, Skerrin Air
""",
        html=ats_card("Skerrin Air", "#1e3a8a", to_html("""Hi Oona,

Thanks for your time on the phone last week - you're through to the panel stage for the
Pricing Analyst role.

The panel will take place on Wednesday 29 April at 10:00 in our Dublin Airport offices
(Skerrin House, Corballis Park). You'll meet Aoife Dunne (Head of Pricing), Mark Tierney
(Network Planning) and me. Plan for 75 minutes, including a 20-minute case you'll get
on the day.

Please reply to confirm. If you're travelling up from Galway, we'll reimburse the train.

Rory Devane
Talent Acquisition, Skerrin Air"""), "Sent with Lever")),

    # 7 ------------------------------------------------------------ university board, ics attached
    msg(kind=INV, slug="gau_interview_board_with_ics_and_disclaimer", lang="en",
        company="Galway Atlantic University", contact="siobhan.kearney@gau.example.ie",
        key="i_gau", parent="a_gau",
        frm=GAU_SIOBHAN, name_enc=("utf-8", "b"),
        subject="Invitation to interview – Business Analyst (Conference & Events Office)",
        subj_enc=("utf-8", "q"),
        date="2026-03-12 10:30 +0000",
        text=_I7, ics_file=True,
        ics={"method": "REQUEST", "uid": "gau-hr-2026-ba-ceo-int-07@gau.example.ie", "seq": 0,
                 "start": "2026-03-19 10:00 +0000", "end": "2026-03-19 10:40 +0000",
                 "summary": "Interview - Business Analyst (Conference & Events Office)",
                 "location": "Room G014, Quadrangle Building, Galway Atlantic University",
                 "organizer": GAU_SIOBHAN}),

    # 8 ------------------------------------------------------------ casual "free Thursday to chat"
    msg(kind=INV, slug="northlight_free_thursday_to_chat", lang="en",
        company="Northlight Revenue Systems", contact="callum.reid@northlight.example.co.uk",
        key="i_north", parent="x_north_apply",
        frm=("Callum Reid", "callum.reid@northlight.example.co.uk"),
        subject="Re: Revenue Analyst at Northlight - thought of you",
        date="2026-08-10 09:30 +0100",
        text="""Hi Oona,

Brilliant, thanks for sending that through so quickly. Our head of client services,
Priya, had a read over the weekend and she's keen.

Are you free Thursday to chat? Say 11:00 your time, 30 minutes on Google Meet - nothing
formal, just the two of us and Priya getting to know you and talking about what the
job actually involves day to day.

If Thursday's no good, throw me a couple of times that work.

Cheers,
Callum

""" + wrote("en", "2026-08-05 20:15", CAND_STR, """Hi Callum,

Thanks for thinking of me - the role sounds like a great fit for where I want to go.
I've just applied through your careers page and I'm attaching my CV here as well so you
have it to hand.""")),

    # 9 ------------------------------------------------------------ trial day
    msg(kind=INV, slug="lakeside_trial_day_invite", lang="en",
        company="Midlands Lakeside Hotels", contact="padraig.moran@lakesidehotels.example.ie",
        key="i_lake",
        frm=("Pádraig Moran", "padraig.moran@lakesidehotels.example.ie"),
        name_enc=("iso-8859-1", "q"),
        subject="Trial day in Athlone?",
        date="2026-05-13 14:00 +0100",
        text="""Hi Oona,

Good to talk to you on Monday. As promised, here's the plan.

We'd like you to come down for a trial day on Wednesday 20 May. You'd spend the morning
with Sinéad, who looks after rates and distribution for our three hotels, and in the
afternoon we'd sit down together for a proper interview with myself and the owners'
finance man. Start at 9:30 in the Strand Hotel, finish around 16:00. Lunch is on us and
we'll cover your train from Galway.

Let me know if that suits and I'll get Sinéad to send you a few bits to look at
beforehand.

Pádraig

--
Pádraig Moran, General Manager
Midlands Lakeside Hotels, The Strand, Athlone, Co. Westmeath
090 555 0133
"""),

    # 10 ----------------------------------------------------------- Recruitee scheduling, no human
    msg(kind=INV, slug="claddaghdata_recruitee_pick_a_slot", lang="en", company="Claddagh Data",
        contact="", key="i_claddagh_slot", parent="a_claddagh",
        frm=("Claddagh Data", "noreply@jobs.recruitee.com"),
        subject="Claddagh Data invites you to an interview",
        date="2026-06-16 11:30 +0100",
        text="""Hi Oona,

Saoirse Lynch from Claddagh Data has invited you to an interview for the Junior Revenue
Analyst position.

Type: in person, Claddagh Data, Unit 4, Galway Technology Park
Duration: 60 minutes

Pick a time that works for you:
https://claddaghdata.recruitee.com/interviews/schedule/8f2k1

Once you choose a slot you'll receive a confirmation with the details.

Claddagh Data
""",
        html=ats_card("Claddagh Data", "#be123c", to_html("""Hi Oona,

Saoirse Lynch from Claddagh Data has invited you to an interview for the Junior Revenue
Analyst position.

Type: in person, Claddagh Data, Unit 4, Galway Technology Park
Duration: 60 minutes""") + button("Pick a time", "https://claddaghdata.recruitee.com/interviews/schedule/8f2k1", "#be123c"),
            "Sent with Recruitee")),

    # 11 ----------------------------------------------------------- university Teams invite with ics
    msg(kind=INV, slug="caledon_teams_interview_calendar", lang="en",
        company="Caledon University", contact="f.macleod@caledon.example.ac.uk",
        key="i_caledon",
        frm=CALEDON_FIONA,
        subject="Interview: Revenue & Pricing Analyst (Residences and Conferences)",
        date="2026-09-03 11:00 +0100",
        text="""Dear Oona,

I am pleased to invite you to interview for the post of Revenue & Pricing Analyst in
Residences and Conferences (vacancy ref. 13344).

The interview will be held on Microsoft Teams on Thursday 10 September at 10:00 (UK time)
and will last about 45 minutes. The panel will be Dr Rachel Gow (Director of Residences)
and Andrew Baird (Conference Sales Manager), with me taking notes.

You will be asked to share your screen and talk the panel through a short analysis of
the room-rate data I have attached as a separate email.

Please accept the meeting request to confirm your attendance.

Kind regards,
Fiona MacLeod
HR Adviser, Caledon University
Old College Wynd, Edinburgh EH8 9YL
""",
        ics={"method": "REQUEST", "uid": "caledon-13344-int-ofa@caledon.example.ac.uk",
                 "seq": 0, "start": "2026-09-10 10:00 +0100", "end": "2026-09-10 10:45 +0100",
                 "summary": "Interview - Revenue & Pricing Analyst (13344)",
                 "location": "Microsoft Teams Meeting",
                 "description": "Join: https://teams.example.com/l/meetup-join/caledon-13344",
                 "organizer": CALEDON_FIONA}),

    # 12 ----------------------------------------------------------- agency arranges named client
    msg(kind=INV, slug="pentlandair_interview_via_thistle_search", lang="en",
        company="Pentland Air", contact="ewan.laidlaw@thistlesearch.example.co.uk",
        key="i_pentland", parent="a_thistle",
        frm=("Ewan Laidlaw", "ewan.laidlaw@thistlesearch.example.co.uk"),
        subject="Pentland Air - interview Thursday 21 May",
        date="2026-05-14 15:00 +0100",
        text="""Hello Oona,

Good news: Pentland Air would like to interview you for the Junior Pricing Analyst
position we discussed.

When: Thursday 21 May, 09:30 - 10:15
Where: Microsoft Teams (the link will come from their HR team directly)
Who: Gregor Munro, Pricing Manager

Gregor likes to start with a couple of mental-arithmetic questions on load factors and
fares, so have a calculator-free warm-up beforehand!

Please confirm by return and I'll let them know.

Kind regards,
Ewan

Ewan Laidlaw
Senior Consultant - Travel & Hospitality
Thistle Search Ltd, 22 Queen Street, Edinburgh EH2 1JX
+44 131 555 0121
"""),

    # 13 ----------------------------------------------------------- case exercise and interview
    msg(kind=INV, slug="rateharbour_case_exercise_and_zoom_interview", lang="en",
        company="RateHarbour", contact="cian@rateharbour.example.ie", key="i_rateharbour",
        frm=("Cian Flaherty", "cian@rateharbour.example.ie"),
        subject="Analyst role - case exercise",
        date="2026-08-18 10:00 +0100",
        text="""Hi Oona,

Thanks for applying to RateHarbour. We'd like to move you to the next stage.

It's two parts:
1. A small case exercise - a CSV of six months of bookings for a 40-room hotel. Spend no
   more than two hours on it and send us whatever you get to.
2. A 45-minute interview on Zoom on Tuesday 25 August at 11:00, where you'll talk us
   through your findings and we'll ask about your background.

The data and the Zoom link are here: https://rateharbour.example.ie/hiring/case-2026

Grand if you need a different time, just reply.

Cian Flaherty
Co-founder, RateHarbour
"""),

    # 14 ----------------------------------------------------------- agency, client unnamed
    msg(kind=INV, slug="hnrecruit_phone_interview_unnamed_client", lang="en",
        company="Hospitality Numbers Recruitment",
        contact="aisling.kavanagh@hnrecruit.example.ie", key="i_hnr", parent="a_hnr",
        frm=("Aisling Kavanagh", "aisling.kavanagh@hnrecruit.example.ie"),
        subject="Phone interview - revenue analyst (Dublin hotel group)",
        date="2026-02-12 16:00 +0000",
        text="""Hi Oona,

As discussed, I put you forward for the revenue analyst role with my client, a
four-star hotel group in Dublin (I can't name them until the second stage, sorry!).

They'd like a phone interview on Tuesday 17 February at 10:00. Their Director of Revenue
will call you on 087 555 0142 - please make sure you're somewhere quiet. It'll be around
30 minutes: your background, why revenue, and a couple of scenario questions on pick-up
and pricing for big events.

Let me know you've got this and I'll confirm with them.

Aisling

""" + sig("Aisling Kavanagh", "Recruitment Consultant - Hospitality Finance",
          "Hospitality Numbers Recruitment, 18 Fitzwilliam Place, Dublin 2",
          "+353 1 555 0175")),

    # 15 ----------------------------------------------------------- Workday assessment centre booking
    msg(kind=INV, slug="liffeyquay_workday_assessment_centre_booking", lang="en",
        company="Liffey Quay Hotels", contact="", key="i_liffey_ac", parent="a_liffey",
        frm=("Liffey Quay Hotels", "liffeyquay@myworkday.com"),
        subject="Action required: book your assessment centre slot - Revenue Coordinator",
        date="2026-04-09 12:40 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Oona,

Congratulations - you have been selected to attend our assessment centre for the Revenue
Coordinator position (R-1187).

The assessment centre runs for half a day at The Liffey Quay Hotel, Dublin 1, and
includes a group exercise, an Excel task and an interview with the revenue leadership
team.

Please sign in to your candidate home page and choose one of the available sessions:
- Tuesday 21 April, 09:00 - 13:00
- Wednesday 22 April, 13:30 - 17:30

Book your slot: https://liffeyquay.wd3.myworkday.com/en-US/LQH_Careers/userHome

Kind regards,
Talent Acquisition, Liffey Quay Hotels

This is an automated message; replies to this address are not monitored.
""",
        html=ats_card("Liffey Quay Hotels · Careers", "#0b3954", to_html("""Dear Oona,

Congratulations - you have been selected to attend our assessment centre for the Revenue
Coordinator position (R-1187).

The assessment centre runs for half a day at The Liffey Quay Hotel, Dublin 1, and
includes a group exercise, an Excel task and an interview with the revenue leadership
team.

Please sign in to your candidate home page and choose one of the available sessions:
Tuesday 21 April, 09:00 - 13:00
Wednesday 22 April, 13:30 - 17:30""") + button("Book your slot", "https://liffeyquay.wd3.myworkday.com/en-US/LQH_Careers/userHome", "#0b3954"),
            "This is an automated message; replies to this address are not monitored.")),

    # 16 ----------------------------------------------------------- Personio, Reply-To human, ics
    msg(kind=INV, slug="neckartal_personio_videointerview", lang="de",
        company="Neckartal Hotels", contact="lena.hartmann@neckartal-hotels.example.de",
        key="i_neckar", parent="a_neckar",
        frm=("Neckartal Hotels", "noreply@personio.de"), reply_to=NECKAR_LENA,
        subject="Einladung zum Videointerview – Junior Revenue Manager (m/w/d)",
        subj_enc=("utf-8", "q", "partial"),
        date="2026-04-15 10:10 +0200",
        text="""Liebe Frau Fitzgerald-Adebayo,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern näher kennenlernen und laden Sie
herzlich zu einem Videointerview ein:

Mittwoch, 22. April 2026, 15:00 Uhr (MESZ) / 14:00 Uhr irische Zeit
Dauer: ca. 45 Minuten
Gesprächspartner: Lena Hartmann (Recruiting), Tobias Ernst (Director of Revenue)

Den Link zu Microsoft Teams finden Sie in der Kalendereinladung. Das Gespräch können wir
gern auf Englisch führen, einige Fragen stellen wir auf Deutsch.

Bei Fragen antworten Sie einfach auf diese E-Mail.

Viele Grüße
Lena Hartmann
Neckartal Hotels
""",
        ics={"method": "REQUEST", "uid": "personio-neckartal-778210@personio.de", "seq": 0,
                 "start": "2026-04-22 15:00 +0200", "end": "2026-04-22 15:45 +0200",
                 "summary": "Videointerview Junior Revenue Manager - Oona Fitzgerald-Adebayo",
                 "location": "Microsoft Teams",
                 "organizer": NECKAR_LENA}),

    # 17 ----------------------------------------------------------- Assessment-Center, ics attached
    msg(kind=INV, slug="schwabenflug_assessment_center_einladung", lang="de",
        company="Schwabenflug", contact="sabine.koch@schwabenflug.example.de",
        key="i_schwaben", parent="a_schwaben",
        frm=SCHWABEN_SABINE,
        subject="Einladung zum Assessment-Center am 20. August",
        date="2026-08-04 13:15 +0200", cte="quoted-printable",
        text=_I17, html=outlook_html(to_html(_I17), "DE"), ics_file=True,
        ics={"method": "REQUEST", "uid": "AC-2026-08-20-PA-0031@schwabenflug.example.de", "seq": 0,
                 "start": "2026-08-20 09:00 +0200", "end": "2026-08-20 16:00 +0200",
                 "summary": "Assessment-Center Pricing Analyst Netzplanung",
                 "location": "Schwabenflug, Verwaltungsgebäude C, Flughafenstraße 50, Stuttgart",
                 "organizer": SCHWABEN_SABINE}),

    # 18 ----------------------------------------------------------- Ashby scheduling (German, du)
    msg(kind=INV, slug="kesselwerk_ashby_terminwahl", lang="de", company="Kesselwerk Software",
        contact="jonas.weber@kesselwerk.example.de", key="i_kessel",
        parent="x_kessel_bewerbung",
        frm=("Kesselwerk Software", "no-reply@ashbyhq.com"),
        reply_to=("Jonas Weber", "jonas.weber@kesselwerk.example.de"),
        subject="Kesselwerk: Lass uns sprechen! (Revenue Analyst)",
        date="2026-07-06 11:00 +0200", cte="base64",
        text="""Hallo Oona,

danke für deine Bewerbung und den netten Begleittext! Wir würden dich gern in einem
45-minütigen Videogespräch kennenlernen. Dabei sind Jonas (Talent) und Mirja (Head of
Revenue Products).

Bitte wähle über den folgenden Link einen Termin aus, der dir passt:
https://jobs.ashbyhq.com/kesselwerk/schedule/5b1e-ofa

Das Gespräch findet auf Englisch statt - kein Stress wegen des Deutschen.

Bis bald!
Jonas
""",
        html=ats_card("Kesselwerk Software", "#111827", to_html("""Hallo Oona,

danke für deine Bewerbung und den netten Begleittext! Wir würden dich gern in einem
45-minütigen Videogespräch kennenlernen. Dabei sind Jonas (Talent) und Mirja (Head of
Revenue Products).""") + button("Termin auswählen", "https://jobs.ashbyhq.com/kesselwerk/schedule/5b1e-ofa", "#111827")
            + to_html("""Das Gespräch findet auf Englisch statt - kein Stress wegen des Deutschen.

Bis bald!
Jonas"""), "Powered by Ashby")),

    # 19 ----------------------------------------------------------- German agency arranges client call
    msg(kind=INV, slug="personalwerk_telefoninterview_messehotels", lang="de",
        company="Stuttgarter Messehotels", contact="k.vogel@personalwerk.example.de",
        key="i_personalwerk",
        frm=("Katrin Vogel", "k.vogel@personalwerk.example.de"),
        subject="Telefoninterview Stuttgarter Messehotels",
        date="2026-09-14 10:00 +0200", cte="base64",
        text="""Liebe Frau Fitzgerald-Adebayo,

wie gestern besprochen habe ich Ihr Profil den Stuttgarter Messehotels vorgestellt, und
der Kunde möchte Sie gern kennenlernen.

Herr Maier, Leiter Revenue Management, ruft Sie am Montag, 21. September, um 14:00 Uhr
(deutsche Zeit, also 13:00 Uhr bei Ihnen) auf Ihrer irischen Mobilnummer an. Das Gespräch
dauert etwa 30 Minuten und wird teilweise auf Deutsch geführt.

Bitte bestätigen Sie mir kurz den Termin.

Viele Grüße
Katrin Vogel

Personalwerk Süd GmbH · Personalberatung Hotellerie & Touristik
Theodor-Heuss-Straße 8 · 70174 Stuttgart · Tel. 0711 555 0166
"""),

    # 20 ----------------------------------------------------------- French phone interview
    msg(kind=INV, slug="garonne_entretien_telephonique", lang="fr",
        company="Maison Garonne Hôtels", contact="camille.ferrand@garonne-hotels.example.fr",
        key="i_garonne", parent="a_garonne",
        frm=("Camille Ferrand", "camille.ferrand@garonne-hotels.example.fr"),
        subject="Votre candidature - entretien téléphonique",
        date="2026-03-18 16:05 +0100",
        text="""Bonjour Oona,

Votre candidature au poste d'analyste revenue management a retenu toute notre attention
et je vous propose un premier entretien téléphonique.

Je vous appellerai le mardi 24 mars à 10 h (heure de Paris, soit 9 h en Irlande) au
numéro indiqué dans votre CV. L'échange durera une trentaine de minutes, en français.

Merci de me confirmer que ce créneau vous convient.

Bien cordialement,

Camille Ferrand
Chargée de recrutement
Maison Garonne Hôtels SAS - 12 quai Richelieu, 33000 Bordeaux
05 56 55 01 44
"""),

    # 21 ----------------------------------------------------------- French agency arranges client
    msg(kind=INV, slug="vignobledata_entretien_via_cabinet_lenoir", lang="fr",
        company="Vignoble Data", contact="helene.lenoir@lenoir-conseil.example.fr",
        key="i_vignoble", parent="x_lenoir_ooo",
        frm=("Hélène Lenoir", "helene.lenoir@lenoir-conseil.example.fr"),
        name_enc=("iso-8859-1", "b"),
        subject="Entretien avec Vignoble Data - lundi 21 septembre",
        date="2026-09-15 17:00 +0200",
        text="""Bonjour Oona,

De retour au cabinet, j'ai présenté votre profil à mon client Vignoble Data, éditeur de
logiciels de tarification pour l'œnotourisme, qui souhaite vous rencontrer pour le poste
d'analyste tarification.

L'entretien aura lieu en visio le lundi 21 septembre à 11 h (heure de Paris) avec
Antoine Salles, directeur produit. Le lien vous sera envoyé par leur assistante.

Pouvez-vous me confirmer votre disponibilité ? Je vous appellerai la veille pour faire
un point de préparation.

Bien à vous,

Hélène Lenoir
Associée - Cabinet Lenoir Conseil
45 cours de l'Intendance, 33000 Bordeaux
05 56 55 01 20
"""),

    # 22 ----------------------------------------------------------- French visio with ics
    msg(kind=INV, slug="girondetourisme_visio_calendrier", lang="fr",
        company="Gironde Tourisme & Congrès",
        contact="julien.roussel@girondetourisme.example.fr", key="i_gironde",
        frm=GIRONDE_JULIEN,
        subject="Convocation à un entretien - data analyst tourisme",
        date="2026-06-10 11:00 +0200",
        text="""Madame,

Suite à l'examen de votre candidature au poste de data analyst tourisme, nous avons le
plaisir de vous convier à un entretien en visioconférence le mercredi 17 juin 2026 à
14 h (heure de Paris).

Le jury sera composé de Julien Roussel (ressources humaines) et de Claire Bastide
(responsable de l'observatoire du tourisme). L'entretien durera 45 minutes.

Vous trouverez l'invitation avec le lien de connexion en pièce jointe de ce message.

Cordialement,

Julien Roussel
Responsable ressources humaines
Gironde Tourisme & Congrès - 2 allées de Munich, 33000 Bordeaux
""",
        html=outlook_html(to_html("""Madame,

Suite à l'examen de votre candidature au poste de data analyst tourisme, nous avons le
plaisir de vous convier à un entretien en visioconférence le mercredi 17 juin 2026 à
14 h (heure de Paris).

Le jury sera composé de Julien Roussel (ressources humaines) et de Claire Bastide
(responsable de l'observatoire du tourisme). L'entretien durera 45 minutes.

Vous trouverez l'invitation avec le lien de connexion en pièce jointe de ce message.

Cordialement,

Julien Roussel
Responsable ressources humaines
Gironde Tourisme & Congrès - 2 allées de Munich, 33000 Bordeaux"""), "FR"),
        ics={"method": "REQUEST", "uid": "gtc-recrut-da-20260617@girondetourisme.example.fr",
                 "seq": 0, "start": "2026-06-17 14:00 +0200", "end": "2026-06-17 14:45 +0200",
                 "summary": "Entretien data analyst tourisme - O. Fitzgerald-Adebayo",
                 "location": "Visioconférence", "organizer": GIRONDE_JULIEN}),

    # 23 ----------------------------------------------------------- French trial day
    msg(kind=INV, slug="chartrons_journee_immersion", lang="fr",
        company="Hôtel Quai des Chartrons", contact="ines.barbier@quaichartrons.example.fr",
        key="i_chartrons",
        frm=("Inès Barbier", "ines.barbier@quaichartrons.example.fr"),
        name_enc=("utf-8", "q"),
        subject="Journée d'immersion à l'hôtel",
        date="2026-07-15 10:30 +0200",
        text="""Bonjour Oona,

Suite à notre échange au téléphone, je vous propose de venir passer une journée
d'immersion à l'hôtel le mardi 21 juillet, de 9 h à 17 h.

Le matin, vous serez avec notre responsable de la réception pour voir comment nous
gérons les tarifs et les allotements ; l'après-midi, nous ferons ensemble un entretien
plus formel avec notre propriétaire. Le déjeuner est offert.

Pouvez-vous me dire si cette date vous convient ? Nous prenons en charge une nuit à
l'hôtel si vous arrivez la veille.

Au plaisir de vous accueillir,

Inès Barbier
Directrice
Hôtel Quai des Chartrons - 58 quai des Chartrons, 33300 Bordeaux
05 56 55 01 90
"""),

    # 24 ----------------------------------------------------------- Spanish video interview, ics
    msg(kind=INV, slug="limonar_videollamada_calendario", lang="es",
        company="Hoteles Costa del Limonar", contact="marta.gil@limonar.example.es",
        key="i_limonar", parent="a_limonar",
        frm=LIMONAR_MARTA,
        subject="Entrevista - Analista de Revenue Management",
        date="2026-05-12 10:45 +0200",
        text="""Hola Oona:

Gracias por tu interés en Hoteles Costa del Limonar. Nos gustaría conocerte en una
entrevista por videollamada:

Lunes 18 de mayo, 12:00 h (hora peninsular; 11:00 h en Irlanda)
Google Meet - el enlace está en la invitación adjunta
Con: Marta Gil (RR. HH.) y Jorge Sanz (director comercial)

La entrevista será en español y durará unos 40 minutos. Por favor, confírmame tu
asistencia aceptando la invitación.

Un saludo,
Marta Gil Ortega
Recursos Humanos - Hoteles Costa del Limonar
Av. del Lido 3, 29620 Torremolinos · 952 555 061
""",
        ics={"method": "REQUEST", "uid": "5c2v8lkq0limonar20260518@google.com", "seq": 0,
                 "start": "2026-05-18 12:00 +0200", "end": "2026-05-18 12:40 +0200",
                 "summary": "Entrevista Analista RM - Oona Fitzgerald-Adebayo",
                 "location": "https://meet.example.com/lmn-rmqa-xyz",
                 "organizer": LIMONAR_MARTA, "prodid": GOOGLE_PRODID}),

    # 25 ----------------------------------------------------------- Spanish casual chat
    msg(kind=INV, slug="tarifa_te_viene_bien_el_jueves", lang="es",
        company="Tarifa Analytics", contact="alvaro.medina@tarifa-analytics.example.es",
        key="i_tarifa",
        frm=("Álvaro Medina", "alvaro.medina@tarifa-analytics.example.es"),
        name_enc=("utf-8", "b"),
        subject="¿Hablamos el jueves?",
        subj_enc=("utf-8", "b"),
        date="2026-09-07 13:20 +0200",
        text="""Hola Oona:

He visto tu candidatura para el puesto de analista y me ha gustado mucho lo de los
paneles de pick-up que montaste en el hotel.

¿Te viene bien el jueves 10 para charlar un rato? Sería una videollamada de media hora,
sin formalidades: te cuento qué hacemos y tú me cuentas qué buscas. Por ejemplo a las
11:00 (hora de Málaga).

Dime algo,
Álvaro

Álvaro Medina · Head of Data
Tarifa Analytics · Calle Larios 14, 29005 Málaga
"""),

    # 26 ----------------------------------------------------------- Spanish university panel, ics
    msg(kind=INV, slug="usol_entrevista_comision_seleccion", lang="es",
        company="Universidad del Sol de Málaga", contact="pilar.navas@usolmalaga.example.es",
        key="i_usol_panel",
        frm=USOL_PILAR,
        subject="Entrevista - Técnico/a de análisis de ingresos", subj_enc=("iso-8859-1", "q"),
        date="2026-07-08 12:00 +0200", charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada Sra. Fitzgerald-Adebayo:

Por la presente se le convoca a la entrevista personal del proceso de selección para
el puesto de Técnico/a de análisis de ingresos de la Oficina de Congresos.

Fecha: miércoles 15 de julio de 2026
Hora: 10:00 (hora peninsular)
Modalidad: videoconferencia (enlace en la convocatoria adjunta)

La comisión de selección le pedirá una breve exposición de diez minutos sobre la
fijación de precios de espacios para congresos.

Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,

Pilar Navas Gámez
Servicio de Personal de Administración y Servicios
Universidad del Sol de Málaga
""",
        ics={"method": "REQUEST", "uid": "usol-pas-2026-031-entrevista-07@usolmalaga.example.es",
                 "seq": 0, "start": "2026-07-15 10:00 +0200", "end": "2026-07-15 10:40 +0200",
                 "summary": "Entrevista proceso PAS 2026-031",
                 "location": "Videoconferencia", "organizer": USOL_PILAR}),

    # ============================================================ interview_reschedule_or_cancel (15)

    # 1 ------------------------------------------------------------ interviewer ill
    msg(kind=MOV, slug="yieldwise_interviewer_ill_moved", lang="en", company="Yieldwise",
        contact="ciara.nimhaolain@yieldwise.example.ie", key="s_yw_ill", parent="i_yw",
        frm=("Ciara Ní Mhaoláin", "ciara.nimhaolain@yieldwise.example.ie"),
        subject="Your interview on Thursday - change of date",
        date="2026-01-28 08:12 +0000",
        text="""Hi Oona,

I'm so sorry for the short notice. Tomás is out sick this week and won't be back before
Monday, so we need to move Thursday's interview.

Would Tuesday 3 February at 14:00 work instead? Same format, same Google Meet link.
Greenhouse will send you an updated calendar invitation once you confirm.

Apologies again,
Ciara

Ciara Ní Mhaoláin | Talent Acquisition Partner
Yieldwise Software Ltd | 3 Grand Canal Quay, Dublin 2
"""),

    # 2 ------------------------------------------------------------ calendar update, SEQUENCE bump
    msg(kind=MOV, slug="corribbay_panel_moved_sequence_update", lang="en",
        company="Corrib Bay Hotels", contact="deirdre.oconaill@corribbay.example.ie",
        key="s_corrib_move", parent="i_corrib",
        frm=CORRIB_DEIRDRE, name_enc=("iso-8859-1", "q"),
        subject="Updated: Panel interview – Revenue Analyst – now Wednesday 25 February 14:30",
        subj_enc=("utf-8", "q", "partial"),
        date="2026-02-19 09:05 +0000",
        text="""Dear Oona,

Liam Breathnach has been called to a board meeting in Dublin on Tuesday, so we have
moved your panel interview to Wednesday 25 February at 14:30, same venue.

The updated calendar invitation is attached; it replaces the previous one. If the new
time is difficult for you, please let me know and we will find an alternative.

Kind regards,

Deirdre Ó Conaill
HR Business Partner
Corrib Bay Hotels Ltd, Forster Court, Galway H91 E2W8
+353 91 555 0120
""",
        ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000C0A1E2F3",
                 "seq": 1, "start": "2026-02-25 14:30 +0000", "end": "2026-02-25 15:30 +0000",
                 "summary": "Panel interview - Revenue Analyst (Oona Fitzgerald-Adebayo)",
                 "location": "Corrib Bay Hotels Support Office, Forster Court, Galway",
                 "organizer": CORRIB_DEIRDRE}),

    # 3 ------------------------------------------------------------ new slot after candidate's request
    msg(kind=MOV, slug="shannonside_confirms_friday_slot", lang="en",
        company="Shannonside Hotel Group", contact="grainne.hayes@shannonside.example.ie",
        key="s_shannon", parent="x_shannon_resched",
        frm=("Gráinne Hayes", "grainne.hayes@shannonside.example.ie"),
        name_enc=("iso-8859-1", "q"),
        subject="Re: Commercial Analyst - quick phone chat?",
        date="2026-08-04 08:50 +0100",
        text="""Hi Oona,

Not a bother at all - nobody should do an interview after a twelve-hour night shift!

I've moved our call to Friday 7 August at 15:00. I'll ring you on the mobile number on
your CV.

Talk then,
Gráinne

""" + wrote("en", "2026-08-03 21:05", CAND_STR, RESCHED_SHANNONSIDE)),

    # 4 ------------------------------------------------------------ Lever moved slot
    msg(kind=MOV, slug="skerrinair_lever_panel_rescheduled", lang="en", company="Skerrin Air",
        contact="rory.devane@skerrinair.example.ie", key="s_skerrin_move", parent="i_skerrin",
        frm=("Rory Devane", "no-reply@hire.lever.co"),
        reply_to=("Rory Devane", "rory.devane@skerrinair.example.ie"),
        subject="Your Skerrin Air panel has been rescheduled",
        date="2026-04-24 16:30 +0100",
        text="""Hi Oona,

One of our panel members has to travel to Toulouse next week, so we've rescheduled your
panel interview.

Previous time: Wednesday 29 April, 10:00
New time: Thursday 30 April, 15:00
Location: unchanged - Skerrin House, Corballis Park, Dublin Airport

Reply to this email if the new time doesn't work and I'll sort something out.

Rory Devane
Talent Acquisition, Skerrin Air
"""),

    # 5 ------------------------------------------------------------ METHOD:CANCEL, postponed
    msg(kind=MOV, slug="gau_interview_board_postponed_cancel", lang="en",
        company="Galway Atlantic University", contact="siobhan.kearney@gau.example.ie",
        key="s_gau_cancel", parent="i_gau",
        frm=GAU_SIOBHAN, name_enc=("utf-8", "b"),
        subject="Cancelled: Interview - Business Analyst (Conference & Events Office)",
        date="2026-03-17 13:20 +0000",
        text="""Dear Ms Fitzgerald-Adebayo,

Due to unforeseen circumstances, the interview board scheduled for Thursday 19 March has
had to be postponed. Please disregard the calendar entry for that date; a cancellation
notice is attached.

Your application remains under consideration and I will write to you with a new
interview date as soon as the board has been reconvened, which we expect to be within
the next two weeks.

I apologise for any inconvenience.

Is mise le meas,
Siobhán Kearney
Human Resources Officer - Recruitment
Galway Atlantic University
""",
        ics={"method": "CANCEL", "uid": "gau-hr-2026-ba-ceo-int-07@gau.example.ie", "seq": 1,
                 "start": "2026-03-19 10:00 +0000", "end": "2026-03-19 10:40 +0000",
                 "summary": "Cancelled: Interview - Business Analyst (Conference & Events Office)",
                 "location": "Room G014, Quadrangle Building, Galway Atlantic University",
                 "organizer": GAU_SIOBHAN}),

    # 6 ------------------------------------------------------------ casual move to Friday
    msg(kind=MOV, slug="northlight_push_chat_to_friday", lang="en",
        company="Northlight Revenue Systems", contact="callum.reid@northlight.example.co.uk",
        key="s_north", parent="i_north",
        frm=("Callum Reid", "callum.reid@northlight.example.co.uk"),
        subject="Re: Revenue Analyst at Northlight - thought of you",
        date="2026-08-12 16:45 +0100",
        text="""Hi Oona,

Sorry to do this - a board meeting has landed on top of Thursday morning and Priya can't
get out of it. Could we push our chat to Friday at the same time, 11:00? Same Meet link.

If Friday's tricky, Monday afternoon is wide open.

Cheers,
Callum
"""),

    # 7 ------------------------------------------------------------ calendar update, room and time
    msg(kind=MOV, slug="caledon_moved_to_friday_in_person", lang="en",
        company="Caledon University", contact="f.macleod@caledon.example.ac.uk",
        key="s_caledon", parent="i_caledon",
        frm=CALEDON_FIONA,
        subject="Updated invitation: Interview - Revenue & Pricing Analyst (13344)",
        date="2026-09-08 14:30 +0100",
        text="""Dear Oona,

Following your email, we are glad to accommodate your request to meet in person as you
will be in Edinburgh that week. The interview has therefore been moved:

New date: Friday 11 September 2026, 13:00 (UK time)
Venue: Room 2.05, Holyrood Residences Office, 18 Holyrood Road, Edinburgh EH8 8AQ

The format is unchanged. An updated meeting request replacing the Teams invitation is
attached.

Kind regards,
Fiona MacLeod
HR Adviser, Caledon University
""",
        html=outlook_html(to_html("""Dear Oona,

Following your email, we are glad to accommodate your request to meet in person as you
will be in Edinburgh that week. The interview has therefore been moved:

New date: Friday 11 September 2026, 13:00 (UK time)
Venue: Room 2.05, Holyrood Residences Office, 18 Holyrood Road, Edinburgh EH8 8AQ

The format is unchanged. An updated meeting request replacing the Teams invitation is
attached.

Kind regards,
Fiona MacLeod
HR Adviser, Caledon University"""), "EN-GB"),
        ics={"method": "REQUEST", "uid": "caledon-13344-int-ofa@caledon.example.ac.uk",
                 "seq": 1, "start": "2026-09-11 13:00 +0100", "end": "2026-09-11 13:45 +0100",
                 "summary": "Interview - Revenue & Pricing Analyst (13344)",
                 "location": "Room 2.05, Holyrood Residences Office, 18 Holyrood Road, Edinburgh",
                 "organizer": CALEDON_FIONA}),

    # 8 ------------------------------------------------------------ Ashby rescheduled (English)
    msg(kind=MOV, slug="kesselwerk_ashby_interview_rescheduled", lang="en",
        company="Kesselwerk Software", contact="", key="s_kessel", parent="i_kessel",
        frm=("Kesselwerk Software", "no-reply@ashbyhq.com"),
        subject="Your interview with Kesselwerk Software has been rescheduled",
        date="2026-07-09 15:12 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Oona,

Your video interview for Revenue Analyst has been rescheduled.

New time: Tuesday, July 14, 2026, 10:00 - 10:45 CEST (09:00 - 09:45 IST)
Interviewers: Jonas Weber, Mirja Lindqvist
Location: Google Meet - https://meet.example.com/kwk-ra-0714

An updated calendar invitation has been sent to your email address.

Kesselwerk Software via Ashby
"""),

    # 9 ------------------------------------------------------------ employer postpones trial day
    msg(kind=MOV, slug="lakeside_trial_day_postponed", lang="en",
        company="Midlands Lakeside Hotels", contact="padraig.moran@lakesidehotels.example.ie",
        key="s_lake_postpone", parent="i_lake",
        frm=("Pádraig Moran", "padraig.moran@lakesidehotels.example.ie"),
        name_enc=("iso-8859-1", "q"),
        subject="Trial day - change of plan",
        date="2026-05-18 19:20 +0100",
        text="""Hi Oona,

I have to call off Wednesday, I'm afraid. We've had a conference take over the whole of
the Strand for the week and Sinéad is up to her eyes - it wouldn't be fair on you to
shadow her in that chaos.

Nothing's changed on our side, we still want to see you. I'll come back to you next week
with a new date once the owners have confirmed their diaries.

Sorry for the messing,
Pádraig
"""),

    # 10 ----------------------------------------------------------- German METHOD:CANCEL
    msg(kind=MOV, slug="neckartal_termin_abgesagt_cancel", lang="de",
        company="Neckartal Hotels", contact="lena.hartmann@neckartal-hotels.example.de",
        key="s_neckar_cancel", parent="i_neckar",
        frm=NECKAR_LENA,
        subject="Abgesagt: Videointerview Junior Revenue Manager",
        date="2026-04-20 17:48 +0200",
        text="""Liebe Frau Fitzgerald-Adebayo,

leider müssen wir unser Videointerview am Mittwoch, 22. April, kurzfristig absagen. Bei
uns hat sich intern eine Veränderung ergeben, die wir zunächst klären müssen.

Die Kalendereinladung ziehe ich hiermit zurück. Ich melde mich spätestens in zwei Wochen
bei Ihnen mit dem weiteren Vorgehen.

Vielen Dank für Ihr Verständnis und viele Grüße
Lena Hartmann
Neckartal Hotels
""",
        ics={"method": "CANCEL", "uid": "personio-neckartal-778210@personio.de", "seq": 1,
                 "start": "2026-04-22 15:00 +0200", "end": "2026-04-22 15:45 +0200",
                 "summary": "Abgesagt: Videointerview Junior Revenue Manager",
                 "location": "Microsoft Teams", "organizer": NECKAR_LENA}),

    # 11 ----------------------------------------------------------- German move, SEQUENCE bump
    msg(kind=MOV, slug="schwabenflug_assessment_center_verschoben", lang="de",
        company="Schwabenflug", contact="sabine.koch@schwabenflug.example.de",
        key="s_schwaben_move", parent="i_schwaben",
        frm=SCHWABEN_SABINE,
        subject="Verschiebung Assessment-Center Pricing Analyst",
        date="2026-08-10 11:40 +0200", charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Fitzgerald-Adebayo,

wegen einer Sperrung unseres Verwaltungsgebäudes müssen wir das Assessment-Center vom
20. August auf Dienstag, den 25. August 2026, verschieben. Uhrzeit und Ablauf bleiben
unverändert (09:00 bis ca. 16:00 Uhr).

Die aktualisierte Kalendereinladung ersetzt die bisherige. Sollten Sie bereits Flüge
gebucht haben, übernehmen wir selbstverständlich die Umbuchungskosten.

Mit freundlichen Grüßen

Sabine Koch
Personalmarketing & Recruiting
Schwabenflug GmbH
""",
        ics={"method": "REQUEST", "uid": "AC-2026-08-20-PA-0031@schwabenflug.example.de", "seq": 1,
                 "start": "2026-08-25 09:00 +0200", "end": "2026-08-25 16:00 +0200",
                 "summary": "Assessment-Center Pricing Analyst Netzplanung (verschoben)",
                 "location": "Schwabenflug, Verwaltungsgebäude C, Flughafenstraße 50, Stuttgart",
                 "organizer": SCHWABEN_SABINE}),

    # 12 ----------------------------------------------------------- French METHOD:CANCEL
    msg(kind=MOV, slug="girondetourisme_visio_annulee", lang="fr",
        company="Gironde Tourisme & Congrès",
        contact="julien.roussel@girondetourisme.example.fr", key="s_gironde_cancel",
        parent="i_gironde",
        frm=GIRONDE_JULIEN,
        subject="Annulé : Entretien data analyst tourisme",
        subj_enc=("utf-8", "q"),
        date="2026-06-15 09:30 +0200",
        text="""Madame,

Je suis contraint d'annuler notre visioconférence prévue mercredi 17 juin à 14 h. Une
réorganisation interne en cours nous oblige à suspendre temporairement les entretiens.

Cette annulation ne préjuge en rien de la suite donnée à votre candidature : je
reviendrai vers vous dès que possible.

Avec mes excuses pour ce contretemps,

Julien Roussel
Responsable ressources humaines
Gironde Tourisme & Congrès
""",
        ics={"method": "CANCEL", "uid": "gtc-recrut-da-20260617@girondetourisme.example.fr",
                 "seq": 1, "start": "2026-06-17 14:00 +0200", "end": "2026-06-17 14:45 +0200",
                 "summary": "Annulé : Entretien data analyst tourisme",
                 "location": "Visioconférence", "organizer": GIRONDE_JULIEN}),

    # 13 ----------------------------------------------------------- French trial day moved
    msg(kind=MOV, slug="chartrons_journee_essai_decalee", lang="fr",
        company="Hôtel Quai des Chartrons", contact="ines.barbier@quaichartrons.example.fr",
        key="s_chartrons", parent="i_chartrons",
        frm=("Inès Barbier", "ines.barbier@quaichartrons.example.fr"),
        name_enc=("utf-8", "q"),
        subject="Re: Journée d'immersion à l'hôtel",
        date="2026-07-20 08:15 +0200",
        text="""Bonjour Oona,

Petit changement : nous avons une inspection de l'office de tourisme demain, je ne
pourrai donc pas vous accueillir dans de bonnes conditions.

Je vous propose de décaler la journée d'immersion au mardi 28 juillet, mêmes horaires.
La nuit à l'hôtel reste bien sûr prise en charge. Dites-moi si cela vous va.

Désolée pour ce changement de dernière minute,
Inès
"""),

    # 14 ----------------------------------------------------------- Spanish time change
    msg(kind=MOV, slug="tarifa_cambio_de_hora_jueves", lang="es",
        company="Tarifa Analytics", contact="alvaro.medina@tarifa-analytics.example.es",
        key="s_tarifa_hora", parent="i_tarifa",
        frm=("Álvaro Medina", "alvaro.medina@tarifa-analytics.example.es"),
        name_enc=("utf-8", "b"),
        subject="Re: ¿Hablamos el jueves?",
        subj_enc=("utf-8", "q"),
        date="2026-09-09 18:05 +0200",
        text="""Hola Oona:

Me ha surgido una reunión con un cliente el jueves por la mañana. ¿Te importa si pasamos
la llamada de las 11:00 a las 16:30 (hora de Málaga)? Mismo enlace.

Si no te viene bien, dime otra hora y lo cuadramos.

Gracias y perdona el cambio,
Álvaro
"""),

    # 15 ----------------------------------------------------------- Spanish new date after no-show
    msg(kind=MOV, slug="limonar_nueva_fecha_tras_ausencia", lang="es",
        company="Hoteles Costa del Limonar", contact="marta.gil@limonar.example.es",
        key="s_limonar", parent="n_limonar",
        frm=LIMONAR_MARTA,
        subject="Nueva fecha para la entrevista",
        date="2026-05-20 09:40 +0200",
        text="""Hola Oona:

Gracias por explicarnos lo del enlace; a veces Meet da problemas con las invitaciones
reenviadas.

Te proponemos una nueva fecha para la entrevista: martes 26 de mayo a las 11:00 (hora
peninsular). Te mando la invitación actualizada; sustituye a la del día 18.

Un saludo,
Marta Gil Ortega
Recursos Humanos - Hoteles Costa del Limonar
""",
        ics={"method": "REQUEST", "uid": "5c2v8lkq0limonar20260518@google.com", "seq": 1,
                 "start": "2026-05-26 11:00 +0200", "end": "2026-05-26 11:40 +0200",
                 "summary": "Entrevista Analista RM - Oona Fitzgerald-Adebayo",
                 "location": "https://meet.example.com/lmn-rmqa-xyz",
                 "organizer": LIMONAR_MARTA, "prodid": GOOGLE_PRODID}),

    # ============================================================ missed_interview_notice (10)

    # 1 ------------------------------------------------------------ waited on Teams
    msg(kind=MIS, slug="forthlothian_waited_on_teams", lang="en",
        company="Forth & Lothian Hotels", contact="euan.blair@forthlothian.example.co.uk",
        key="n_forth", parent="i_forth",
        frm=FORTH_EUAN,
        subject="RE: Interview invitation - Revenue Analyst (Edinburgh) - Monday 8 June",
        date="2026-06-08 14:22 +0100",
        text="""Dear Oona,

Morag and Hamish waited on Teams from 14:00 until 14:15 this afternoon but we didn't see
you join the meeting, and there was no answer on your mobile.

I hope everything is all right. If something went wrong with the link or you were
unable to attend, please let me know by Wednesday and I will see whether the panel can
offer another slot.

Kind regards,
Euan Blair
Recruitment Coordinator, Forth & Lothian Hotels
+44 131 555 0141
"""),

    # 2 ------------------------------------------------------------ tried calling twice
    msg(kind=MIS, slug="hnrecruit_client_tried_calling_twice", lang="en",
        company="Hospitality Numbers Recruitment",
        contact="aisling.kavanagh@hnrecruit.example.ie", key="n_hnr", parent="i_hnr",
        frm=("Aisling Kavanagh", "aisling.kavanagh@hnrecruit.example.ie"),
        subject="Re: Phone interview - revenue analyst (Dublin hotel group)",
        date="2026-02-17 10:35 +0000",
        text="""Oona, are you OK?

The Director of Revenue tried calling you twice at 10:00 and once more at 10:10, and it
went straight to voicemail each time. She's not annoyed, but she has a packed diary.

Give me a shout as soon as you see this and I'll try to rescue it.

Aisling
Sent from my mobile
"""),

    # 3 ------------------------------------------------------------ didn't join the Meet
    msg(kind=MIS, slug="kesselwerk_did_not_see_you_join", lang="en",
        company="Kesselwerk Software", contact="jonas.weber@kesselwerk.example.de",
        key="n_kessel", parent="s_kessel",
        frm=("Jonas Weber", "jonas.weber@kesselwerk.example.de"),
        subject="Our call this morning",
        date="2026-07-14 10:27 +0200",
        text="""Hi Oona,

Mirja and I were in the Google Meet at 10:00 CEST but didn't see you join - we waited
until about 10:20 before dropping off.

Could it have been the time zone? The rescheduled slot was 10:00 our time, 09:00 in
Ireland. If you'd still like to talk, reply here and we'll see what we can do.

Best,
Jonas Weber
Talent Partner, Kesselwerk Software GmbH
Rotebühlplatz 23, 70178 Stuttgart
"""),

    # 4 ------------------------------------------------------------ could not reach by phone
    msg(kind=MIS, slug="stu_could_not_reach_you_by_phone", lang="en",
        company="Shannon Technological University", contact="declan.murphy@stu.example.ie",
        key="n_stu", parent="a_stu",
        frm=("Declan Murphy", "declan.murphy@stu.example.ie"),
        subject="Data Analyst (Grade IV) - telephone interview this morning",
        date="2026-09-24 10:40 +0100",
        text="""Dear Oona,

We attempted to contact you at 10:00 this morning on 087 555 0142 for your scheduled
telephone interview for the Data Analyst (Grade IV) competition, but were unable to
reach you. A voicemail was left.

In line with our competition procedures, candidates who do not attend at the scheduled
time may be deemed to have withdrawn. If there were exceptional circumstances, please
reply to this email by 17:00 on Friday 25 September.

Regards,
Declan Murphy
HR Officer, Shannon Technological University
Moylish Park, Limerick
"""),

    # 5 ------------------------------------------------------------ no sign on Zoom
    msg(kind=MIS, slug="rateharbour_no_sign_of_you_on_zoom", lang="en",
        company="RateHarbour", contact="cian@rateharbour.example.ie", key="n_rateharbour",
        parent="i_rateharbour",
        frm=("Cian Flaherty", "cian@rateharbour.example.ie"),
        subject="Re: Analyst role - case exercise",
        date="2026-08-25 11:20 +0100",
        text="""Hi Oona,

We were on the Zoom at 11 and there was no sign of you - and we haven't had the case
exercise back either. Everything OK?

Cian
"""),

    # 6 ------------------------------------------------------------ agency: client waited on Teams
    msg(kind=MIS, slug="pentlandair_no_show_via_thistle_search", lang="en",
        company="Pentland Air", contact="ewan.laidlaw@thistlesearch.example.co.uk",
        key="n_pentland", parent="i_pentland",
        frm=("Ewan Laidlaw", "ewan.laidlaw@thistlesearch.example.co.uk"),
        subject="Re: Pentland Air - interview Thursday 21 May",
        date="2026-05-21 09:58 +0100",
        text="""Oona,

Gregor from Pentland Air has just been on to me - he sat in the Teams meeting from 09:30
and you didn't dial in. I've tried your mobile too.

Can you let me know what happened as soon as possible? If it was a technical problem I'll
ask him for a second slot, but I need to get back to him today.

Ewan
"""),

    # 7 ------------------------------------------------------------ German, windows-1252
    msg(kind=MIS, slug="personalwerk_kunde_hat_sie_nicht_erreicht", lang="de",
        company="Stuttgarter Messehotels", contact="k.vogel@personalwerk.example.de",
        key="n_personalwerk", parent="i_personalwerk",
        frm=("Katrin Vogel", "k.vogel@personalwerk.example.de"),
        subject="Telefoninterview heute – Sie waren leider nicht erreichbar",
        subj_enc=("windows-1252", "q"),
        date="2026-09-21 14:35 +0200", charset="windows-1252", cte="quoted-printable",
        text="""Liebe Frau Fitzgerald-Adebayo,

Herr Maier von den Stuttgarter Messehotels hat mich gerade angerufen: Er hat Sie um
14:00 Uhr zweimal auf Ihrer Mobilnummer versucht – beide Male ohne Erfolg, beim zweiten
Mal kam die Ansage „Der Teilnehmer ist zurzeit nicht erreichbar“.

Ist etwas passiert? Bitte melden Sie sich kurz bei mir, damit ich mit dem Kunden klären
kann, wie es weitergeht.

Viele Grüße
Katrin Vogel
Personalwerk Süd · Tel. 0711 555 0166
"""),

    # 8 ------------------------------------------------------------ French, two calls
    msg(kind=MIS, slug="garonne_deux_appels_sans_reponse", lang="fr",
        company="Maison Garonne Hôtels", contact="camille.ferrand@garonne-hotels.example.fr",
        key="n_garonne_missed", parent="i_garonne",
        frm=("Camille Ferrand", "camille.ferrand@garonne-hotels.example.fr"),
        subject="Entretien téléphonique manqué ce matin",
        date="2026-03-24 10:41 +0100",
        text="""Bonjour Oona,

Comme convenu, j'ai essayé de vous joindre ce matin à 10 h pour notre entretien
téléphonique, puis une seconde fois à 10 h 15, sans succès. Je vous ai laissé un
message vocal.

Pouvez-vous me faire savoir ce qu'il s'est passé ?

Bien cordialement,
Camille Ferrand
Chargée de recrutement - Maison Garonne Hôtels
"""),

    # 9 ------------------------------------------------------------ French, waited on Teams
    msg(kind=MIS, slug="bordeauxlac_attendue_sur_teams", lang="fr",
        company="Bordeaux Lac Congrès Hôtel", contact="sandrine.morel@bordeauxlac-hotel.example.fr",
        frm=("Sandrine Morel", "sandrine.morel@bordeauxlac-hotel.example.fr"),
        subject="Entretien de ce matin",
        date="2026-09-10 15:20 +0200", cte="base64",
        text="""Bonjour Madame Fitzgerald-Adebayo,

Notre directeur commercial et moi-même vous avons attendue sur Teams ce matin à 9 h 30
pour l'entretien relatif au poste d'assistante revenue manager, mais vous ne vous êtes
pas connectée.

Si un empêchement vous a retenue, merci de nous le faire savoir d'ici vendredi. Sans
nouvelles de votre part, nous considérerons que vous ne souhaitez pas poursuivre.

Cordialement,

Sandrine Morel
Responsable des ressources humaines
Bordeaux Lac Congrès Hôtel - avenue Jean-Gabriel Domergue, 33300 Bordeaux
05 56 55 01 60
""",
        html=outlook_html(to_html("""Bonjour Madame Fitzgerald-Adebayo,

Notre directeur commercial et moi-même vous avons attendue sur Teams ce matin à 9 h 30
pour l'entretien relatif au poste d'assistante revenue manager, mais vous ne vous êtes
pas connectée.

Si un empêchement vous a retenue, merci de nous le faire savoir d'ici vendredi. Sans
nouvelles de votre part, nous considérerons que vous ne souhaitez pas poursuivre.

Cordialement,

Sandrine Morel
Responsable des ressources humaines
Bordeaux Lac Congrès Hôtel - avenue Jean-Gabriel Domergue, 33300 Bordeaux
05 56 55 01 60"""), "FR")),

    # 10 ----------------------------------------------------------- Spanish, did not connect
    msg(kind=MIS, slug="limonar_no_llego_a_conectarse", lang="es",
        company="Hoteles Costa del Limonar", contact="marta.gil@limonar.example.es",
        key="n_limonar", parent="i_limonar",
        frm=LIMONAR_MARTA,
        subject="Re: Entrevista - Analista de Revenue Management",
        date="2026-05-18 12:25 +0200",
        text="""Hola Oona:

Jorge y yo te hemos esperado en la videollamada de las 12:00 hasta las 12:20, pero no
llegaste a conectarte. Tampoco hemos podido localizarte en el teléfono del CV.

¿Ha pasado algo? Si quieres seguir en el proceso, escríbeme y vemos qué podemos hacer.

Un saludo,
Marta
"""),
]
