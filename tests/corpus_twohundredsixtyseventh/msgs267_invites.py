"""Corpus 267: interview invitations (26), reschedules/cancellations (15), missed-interview
notices (10), each written by hand."""

from __future__ import annotations

from msgs267_common import (
    CAND,
    M,
    ats_card,
    mso,
    on_wrote,
    outlook_html,
    paras,
    plain_html,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ============================================================ interview_invitation (26)

# i01 -- Greenhouse self-scheduling, Corrib Cloud
_t = """Hi Saoirse,

Thanks for applying for the Office Coordinator role at Corrib Cloud. We enjoyed reading your application and would like to invite you to a 45-minute interview with me, Darragh O'Mahony (Head of Workplace) and Lucy Barrett (Finance).

Please use the link below to pick a time that suits you between Monday 16 and Wednesday 18 February. The interview will be in person at our office on Lapp's Quay; if you'd prefer video, reply to this email and we'll set that up.

Choose your interview time: https://app.greenhouse.io/candidate_scheduling/c7f3e1a9-office-coordinator

Looking forward to meeting you,
Fiona Desmond
Talent Partner, Corrib Cloud"""
add(M(
    kind="interview_invitation", name="greenhouse_corrib_self_schedule", company="Corrib Cloud",
    contact="fiona.desmond@corribcloud.example.ie", lang="en", key="corrib_inv",
    parent="corrib_ack",
    date="2026-02-09 10:14 +0000",
    frm=("Fiona Desmond via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Fiona Desmond", "fiona.desmond@corribcloud.example.ie"),
    subject="Interview invitation: Office Coordinator at Corrib Cloud",
    text=_t,
    html=ats_card("Corrib Cloud", paras(_t.split("\n\nChoose")[0]) + "\n<p>Looking forward to meeting you,<br>Fiona Desmond<br>Talent Partner, Corrib Cloud</p>",
                  button=("Choose your interview time",
                          "https://app.greenhouse.io/candidate_scheduling/c7f3e1a9-office-coordinator"),
                  color="#23a47f", footer="Sent via Greenhouse"),
    html_cte="qp",
))

# i02 -- Treaty City Software, recruiter phone screen
add(M(
    kind="interview_invitation", name="treaty_phone_screen_ask", company="Treaty City Software",
    contact="ciaran.walsh@treatycity.example.ie", lang="en", key="treaty_inv",
    parent="treaty_ack",
    date="2026-03-23 09:41 +0000",
    frm=("Ciarán Walsh", "ciaran.walsh@treatycity.example.ie"),
    subject="Office Manager role - quick call?",
    text="""Hi Saoirse,

I'm the recruiter looking after our Office Manager hire in Limerick. Your CV jumped out at me: running housekeeping for a 120-room hotel is basically facilities, procurement and people management rolled into one.

Could we do a 20-minute phone screen this week? I was thinking Thursday 26 March at 14:00, but I'm flexible. I'll call you on the mobile number from your CV unless you tell me otherwise.

Cheers,
Ciarán

Ciarán Walsh
Talent Acquisition Lead
Treaty City Software | Riverpoint, Bishop's Quay, Limerick V94 K2D4
+353 61 555 0082
""",
    text_cte="qp",
))

# i03 -- St Brendan's Regional Hospital, panel invite with METHOD:REQUEST
_t = """Dear Ms Nakamura-Boyle,

Competition Ref. SBH-0226: Clerical Officer / Office Manager, Outpatients Department

Following shortlisting, I am pleased to invite you to attend for interview before a panel on Tuesday 3 March 2026 at 10:30 in the Boardroom, Administration Block, St Brendan's Regional Hospital, Tralee.

The panel will consist of the Outpatients Services Manager, a Clinical Nurse Manager and a member of the HR Department. The interview will last approximately 30 minutes and will be competency-based.

Please bring photographic ID and the originals of any qualifications listed on your application form. A calendar invitation is attached for your convenience; kindly confirm your attendance by reply.

Yours sincerely,

Máire Ní Chonaill
HR Officer, Recruitment
St Brendan's Regional Hospital, Rathass, Tralee, Co. Kerry V92 KX03
Tel: 066 555 4120"""
add(M(
    kind="interview_invitation", name="hospital_panel_ics_request",
    company="St Brendan's Regional Hospital",
    contact="maire.nichonaill@stbrendans-hospital.example.ie", lang="en", key="brendan_inv",
    parent="brendan_chase",
    date="2026-02-16 14:22 +0000",
    frm=("Máire Ní Chonaill", "maire.nichonaill@stbrendans-hospital.example.ie"),
    frm_enc=("utf-8", "Q"),
    subject="Invitation to interview - Competition SBH-0226",
    text=_t,
    html=outlook_html(mso(_t), charset="utf-8"), html_cte="qp",
    ics={"method": "REQUEST", "uid": "sbh-0226-interview-nakamuraboyle@stbrendans-hospital.example.ie",
         "seq": 0, "tz": "Europe/Dublin", "start": "2026-03-03 10:30", "end": "2026-03-03 11:00",
         "summary": "Interview - SBH-0226 Clerical Officer / Office Manager",
         "location": "Boardroom, Administration Block, St Brendan's Regional Hospital, Tralee",
         "organizer": ("Máire Ní Chonaill", "maire.nichonaill@stbrendans-hospital.example.ie")},
    ics_cte="qp",
))

# i04 -- Portobello Talent sets up the client interview with Tara Street Properties
add(M(
    kind="interview_invitation", name="agency_sets_client_interview",
    company="Tara Street Properties", contact="conor.brady@portobellotalent.example.ie", lang="en",
    key="grafton_inv", parent="grafton_reg",
    date="2026-03-09 16:05 +0000",
    frm=("Conor Brady", "conor.brady@portobellotalent.example.ie"),
    subject="Interview confirmed - Office Manager, Tara Street Properties",
    text="""Hi Saoirse,

Great news: Tara Street Properties would like to meet you for the Office Manager position at their Dublin 2 office.

Details:
- Friday 13 March, 11:00 to 11:45
- Microsoft Teams (Orla will send the link directly)
- Panel: Orla Kinsella (Operations Director) and Mark Fennelly (Head of Lettings)

They're keen on someone who can take ownership of the office from day one: suppliers, landlords' keys, the front desk and onboarding new negotiators. Have a think about examples from the hotel where you sorted out a mess without being asked.

Give me a call tomorrow if you'd like to run through it beforehand.

Conor

Conor Brady
Senior Consultant, Office Support
Portobello Talent | 3rd Floor, 71 Harcourt Street, Dublin 2
T: +353 1 555 7720 | M: +353 86 555 3190
""",
))

# i05 -- Ashby scheduling, Liffey Ledger (system mail, no human reply address)
_t = """Hi Saoirse,

The hiring team for Office Manager (Dublin) would like to schedule a 30-minute video interview with you.

Select a time that works for you using the button below. Available slots run from Monday 23 March to Wednesday 25 March. Once you've chosen, you'll receive a calendar invitation with the video link.

Thanks,
Liffey Ledger Recruiting"""
add(M(
    kind="interview_invitation", name="ashby_liffey_pick_slot", company="Liffey Ledger",
    contact="", lang="en", key="liffey_inv", parent="liffey_ack",
    date="2026-03-11 12:00 +0000",
    frm=("Liffey Ledger Recruiting", "no-reply@ashbyhq.com"),
    subject="Schedule your interview with Liffey Ledger",
    text=_t + "\n\nSchedule: https://jobs.ashbyhq.com/liffeyledger/schedule/2f8d61c0\n",
    html=ats_card("Liffey Ledger", paras(_t),
                  button=("Pick a time", "https://jobs.ashbyhq.com/liffeyledger/schedule/2f8d61c0"),
                  color="#5b3cc4", footer="Powered by Ashby"),
    html_cte="base64",
))

# i06 -- Reeks Country Tours, trial day
add(M(
    kind="interview_invitation", name="tours_trial_day", company="Reeks Country Tours",
    contact="donal@reekscountrytours.example.ie", lang="en", key="rok_inv",
    date="2026-05-05 09:02 +0100",
    frm=("Donal Cronin", "donal@reekscountrytours.example.ie"),
    subject="Trial day Wednesday",
    text="""Hi Saoirse, would you be able to come in for a trial day on Wednesday 13th? 9 till 4, the office over the shop. Lunch is on us.

You'd be shadowing Bríd on the bookings desk in the morning and then doing the afternoon coach manifest with me, so we both get a feel for whether the job suits. It's paid, obviously.

Text me on 087 555 2214 to confirm.

Donal
""",
))

# i07 -- Taleo, Marina Quay Clinic, assessment centre with an information pack (PDF)
_t = """Dear Saoirse Nakamura-Boyle,

Requisition: 26-0412 Medical Secretary / Office Lead

We are pleased to invite you to an assessment centre for the above position.

Date: Tuesday 26 May 2026
Time: 09:30 - 13:00
Venue: Training Room 2, Marina Quay Clinic, Lavitt's Quay, Cork

The morning includes an in-tray exercise, a diary-management task on a practice system and a structured interview. Please read the attached information pack before the day and confirm your place via your candidate profile by Friday 15 May.

Regards,
Human Resources
Marina Quay Clinic"""
add(M(
    kind="interview_invitation", name="taleo_assessment_centre_pdf", company="Marina Quay Clinic",
    contact="", lang="en", key="mercy_inv", parent="mercy_ack",
    date="2026-05-11 08:12 +0100",
    frm=("Marina Quay Clinic Careers", "marinaquay@taleo.net"),
    subject="Assessment centre invitation - 26-0412",
    text=_t,
    html=plain_html(paras(_t)), html_cte="qp",
    pdf=[{"filename": "Assessment_Centre_Information_Pack.pdf",
          "title": "Marina Quay Clinic - Assessment Centre Information",
          "lines": ["Requisition 26-0412 Medical Secretary / Office Lead",
                    "Arrival: please report to main reception by 09:15.",
                    "Exercise 1: in-tray (45 minutes). Exercise 2: diary management (30 minutes).",
                    "Exercise 3: structured interview with two panel members (30 minutes).",
                    "Parking is available at Lavitt's Quay car park; bring your ticket for validation."]}],
))

# i08 -- Fenit Bay Estates, casual "are you free Thursday"
add(M(
    kind="interview_invitation", name="estate_agent_free_thursday", company="Fenit Bay Estates",
    contact="aoibheann@fenitbay.example.ie", lang="en", key="fenit_inv", parent="fenit_ack",
    date="2026-04-14 13:37 +0100",
    frm=("Aoibheann Stack", "aoibheann@fenitbay.example.ie"),
    subject="Re: Office manager position",
    text="""Hi Saoirse,

Are you free Thursday afternoon for a chat? Nothing formal, a coffee in the office on Denny Street around 3 and I'll show you how we run things. If Thursday's no good, Friday morning works too.

Aoibheann

""" + on_wrote("2026-04-07 10:05", "Aoibheann Stack <aoibheann@fenitbay.example.ie>",
               """Hi Saoirse, thanks for sending in your CV yesterday. I've had a read and I'll be in touch next week once I've gone through the others."""),
))

# i09 -- Lakeside Hotels Group (HQ office manager), Teams invite with METHOD:REQUEST
_t = """Hi Saoirse,

Thank you for applying for the Office Manager role at our group head office. We'd like to invite you to a first interview on Microsoft Teams on Tuesday 30 June at 10:00 (Irish time), with myself and our Finance Director, Kieran Doyle.

The calendar invitation is attached. Please accept it so the Teams link appears in your calendar, and test your camera and microphone beforehand.

Best regards,
Gemma Moriarty
HR Manager, Lakeside Hotels Group
Muckross Road, Killarney, Co. Kerry V93 R2X6
+353 64 555 0190"""
add(M(
    kind="interview_invitation", name="lakeside_teams_ics", company="Lakeside Hotels Group",
    contact="gemma.moriarty@lakesidehotels.example.ie", lang="en", key="lakeside_inv",
    date="2026-06-22 11:18 +0100",
    frm=("Gemma Moriarty", "gemma.moriarty@lakesidehotels.example.ie"),
    subject="Interview - Office Manager (Head Office)",
    text=_t,
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000051C7A1B4@lakesidehotels.example.ie",
         "seq": 0, "tz": "Europe/Dublin", "start": "2026-06-30 10:00", "end": "2026-06-30 10:45",
         "summary": "Interview: Saoirse Nakamura-Boyle - Office Manager",
         "location": "Microsoft Teams Meeting",
         "description": "Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_lakeside267",
         "organizer": ("Gemma Moriarty", "gemma.moriarty@lakesidehotels.example.ie"),
         "attendees": [CAND, ("Kieran Doyle", "kieran.doyle@lakesidehotels.example.ie")]},
    ics_where="attach", ics_cte="base64",
))

# i10 -- Bells Field Lettings, phone screen at 10:00
add(M(
    kind="interview_invitation", name="lettings_phone_screen", company="Bells Field Lettings",
    contact="ger.murphy@bellsfieldlettings.example.ie", lang="en", key="shandon_inv",
    date="2026-04-01 15:48 +0100",
    frm=("Ger Murphy", "ger.murphy@bellsfieldlettings.example.ie"),
    subject="Office admin role - phone interview",
    text="""Hi Saoirse,

Thanks for your application for the office administrator job. I'd like to do a short phone interview with you on Friday 3 April at 10:00. I'll ring the mobile on your CV. Should take 15-20 minutes.

Let me know if that time doesn't work.

Ger Murphy
Director, Bells Field Lettings
19 Shandon Street, Cork | 021 555 3412
""",
))

# i11 -- iCIMS, Ardmore Private Hospital, video interview, Reply-To HR (encoded name)
_t = """Dear Saoirse,

Thank you for your application for Ward Administrator (Req ID 2026-1187).

We would like to invite you to a video interview on Wednesday 17 June 2026 at 14:00. The interview will take place on Microsoft Teams and will last about 40 minutes. Your panel will be Siobhán Byrne (HR Business Partner) and Gavin Rooney (Clinical Services Manager).

Please confirm your attendance by replying to this email. Siobhán will send the meeting link the day before.

Kind regards,
Ardmore Private Hospital Recruitment"""
add(M(
    kind="interview_invitation", name="icims_ardmore_video", company="Ardmore Private Hospital",
    contact="siobhan.byrne@ardmorehospital.example.ie", lang="en", key="ardmore_inv",
    parent="ardmore_ack",
    date="2026-06-10 10:03 +0100",
    frm=("Ardmore Private Hospital Careers", "ardmorehospital-noreply@talent.icims.com"),
    reply_to=("Siobhán Byrne", "siobhan.byrne@ardmorehospital.example.ie"),
    reply_enc=("iso-8859-1", "Q"),
    subject="Interview invitation - Ward Administrator",
    text=_t, text_cte="base64",
    html=ats_card("Ardmore Private Hospital", paras(_t), color="#7a1f3d",
                  footer="Sent via iCIMS"),
    html_cte="base64",
))

# i12 -- Blarney Analytics, booking link from the recruiter's own mailbox
add(M(
    kind="interview_invitation", name="blarney_booking_link", company="Blarney Analytics",
    contact="aisling.kiely@blarneyanalytics.example.ie", lang="en", key="blarney_inv",
    date="2026-01-20 11:25 +0000",
    frm=("Aisling Kiely", "aisling.kiely@blarneyanalytics.example.ie"),
    subject="Next step: Workplace Experience Coordinator",
    text="""Hi Saoirse,

Thanks for applying to Blarney Analytics! I'd love to set up a first-round video conversation (about 30 minutes) with our Workplace Lead, Tadhg, sometime next week.

You can book straight into his calendar here: https://meet.blarneyanalytics.example.ie/book/tadhg-30

If none of the times work, let me know and I'll find another slot.

Best,
Aisling Kiely
Recruiting | Blarney Analytics | Cork
""",
    html=plain_html("""<p>Hi Saoirse,</p>
<p>Thanks for applying to Blarney Analytics! I'd love to set up a first-round video conversation (about 30 minutes) with our Workplace Lead, Tadhg, sometime next week.</p>
<p>You can book straight into his calendar <a href="https://meet.blarneyanalytics.example.ie/book/tadhg-30">here</a>.</p>
<p>If none of the times work, let me know and I'll find another slot.</p>
<p>Best,<br>Aisling Kiely<br>Recruiting | Blarney Analytics | Cork</p>"""),
    html_cte="7bit",
))

# i13 -- Ballyseedy Digital, fixed slot
add(M(
    kind="interview_invitation", name="ballyseedy_fixed_slot", company="Ballyseedy Digital",
    contact="n.horgan@ballyseedy.example.ie", lang="en", key="ballyseedy_inv",
    date="2026-02-03 15:47 +0000",
    frm=("Niall Horgan", "n.horgan@ballyseedy.example.ie"),
    subject="Interview - Office & Events Coordinator",
    text="""Hi Saoirse,

Thanks for applying for the Office & Events Coordinator role. We'd love to invite you to an interview at our Tralee office on Tuesday 10 February at 14:30. You'll meet me and Gráinne from our events team; it should take about 45 minutes.

Let me know if that works.

Niall

Niall Horgan
Head of Operations
Ballyseedy Digital | The Tech Hub, Dan Spring Road, Tralee, V92 C9F4
+353 66 555 6607
""",
    text_cs="windows-1252", text_cte="qp",
))

# i14 -- Munich medtech, English, METHOD:REQUEST in UTC
_t = """Dear Saoirse,

Thank you for your application for the position of Office Manager (English-speaking team) at Nymphenburg Medizintechnik.

We would like to invite you to a video interview on Tuesday, 14 July 2026, from 10:00 to 11:00 Munich time (09:00 Irish time). You will speak with me and with our Head of Facilities, Verena Lutz. Please find the calendar invitation attached.

Should the time not suit you, please let me know and we will find an alternative.

Kind regards
Tobias Reindl
Talent Acquisition
Nymphenburg Medizintechnik GmbH | Romanstraße 20 | 80639 München
Phone +49 89 5557 3310

Nymphenburg Medizintechnik GmbH, Sitz München, Registergericht München HRB 000000. Geschäftsführung: Dr. Anna Pichler."""
add(M(
    kind="interview_invitation", name="munich_medtech_english_ics",
    company="Nymphenburg Medizintechnik", contact="tobias.reindl@nymphenburg-mt.example.de",
    lang="en", key="nymph_inv",
    date="2026-07-06 13:30 +0200",
    frm=("Tobias Reindl", "tobias.reindl@nymphenburg-mt.example.de"),
    subject="Invitation: video interview Office Manager - 14 July",
    text=_t,
    html=outlook_html(mso(_t), charset="utf-8", lang="EN-GB"), html_cte="qp",
    ics={"method": "REQUEST", "uid": "nmt-om-2026-0714-saoirse@nymphenburg-mt.example.de",
         "seq": 0, "tz": "UTC", "start": "2026-07-14 08:00", "end": "2026-07-14 09:00",
         "summary": "Video interview Office Manager - Saoirse Nakamura-Boyle",
         "location": "Microsoft Teams",
         "organizer": ("Tobias Reindl", "tobias.reindl@nymphenburg-mt.example.de"),
         "attendees": [CAND, ("Verena Lutz", "verena.lutz@nymphenburg-mt.example.de")]},
    ics_where="alt",
))

# i15 -- Curragower Recruitment sets up Hartigan & Foley Solicitors
add(M(
    kind="interview_invitation", name="agency_limerick_solicitors", company="Hartigan & Foley Solicitors",
    contact="karen.daly@curragower-recruit.example.ie", lang="en", key="shannon_inv",
    parent="shannon_reg",
    date="2026-05-04 10:50 +0100",
    frm=("Karen Daly", "karen.daly@curragower-recruit.example.ie"),
    subject="Interview with Hartigan & Foley - Friday",
    text="""Morning Saoirse,

Hartigan & Foley Solicitors have asked to meet you for their Office Manager vacancy. They've offered Friday 8 May at 11:30 at their offices, 88 O'Connell Street, Limerick (second floor, ring the bell for reception).

You'll meet Brian Hartigan (managing partner) and the practice accountant. Expect questions about managing a small admin team and keeping the partners' diaries under control. Dress is business formal.

Can you confirm by return and I'll let them know?

Best,
Karen

Karen Daly | Principal Consultant
Curragower Recruitment | 3 Thomas Street, Limerick | 061 555 7001
""",
))

# i16 -- Personio, Isarblick Reisen (de)
_t = """Liebe Frau Nakamura-Boyle,

vielen Dank für Ihre Bewerbung als Office Managerin (m/w/d). Ihr Profil hat uns neugierig gemacht, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 23. Juni 2026, um 14:00 Uhr in unser Büro ein: Isarblick Reisen, Westenriederstraße 12, 80331 München (2. OG). Gesprächspartnerinnen sind Frau Oberhuber (Personal) und Herr Gruber (Geschäftsführung).

Bitte bestätigen Sie den Termin über den folgenden Link: https://isarblick.jobs.personio.de/interview/confirm/8c21

Herzliche Grüße
Katrin Oberhuber
Isarblick Reisen GmbH"""
add(M(
    kind="interview_invitation", name="personio_isarblick_einladung", company="Isarblick Reisen",
    contact="k.oberhuber@isarblick.example.de", lang="de", key="isar_inv", parent="isar_ack",
    date="2026-06-12 11:00 +0200",
    frm=("Isarblick Reisen GmbH", "noreply@personio.de"),
    reply_to=("Katrin Oberhuber", "k.oberhuber@isarblick.example.de"),
    subject="Einladung zum Vorstellungsgespräch",
    text=_t,
    html=ats_card("Isarblick Reisen", paras(_t), color="#00857c", lang="de",
                  button=("Termin bestätigen", "https://isarblick.jobs.personio.de/interview/confirm/8c21"),
                  footer="Diese E-Mail wurde über Personio versendet."),
    html_cte="qp",
))

# i17 -- Alpenlicht Software, video interview, .ics attachment (de)
_t = """Hallo Saoirse,

danke für deine Bewerbung als Office Manager:in bei Alpenlicht! Wir würden dich gern in einem Videocall kennenlernen.

Termin: Dienstag, 21. Juli 2026, 10:00-10:45 Uhr
Ort: Google Meet (Link in der Kalendereinladung im Anhang)
Mit dabei: ich und Jana aus dem Finance-Team

Wir sprechen Deutsch und Englisch im Team, das Gespräch kann gern auf Englisch stattfinden. Sag mir bitte kurz Bescheid, ob der Termin passt.

Viele Grüße
Felix Amberger
Head of People, Alpenlicht Software
Rosenheimer Straße 145e, 81671 München"""
add(M(
    kind="interview_invitation", name="alpenlicht_video_ics", company="Alpenlicht Software",
    contact="felix@alpenlicht.example.de", lang="de", key="alpen_inv", parent="alpen_ack",
    date="2026-07-13 09:26 +0200",
    frm=("Felix Amberger", "felix@alpenlicht.example.de"),
    subject="Einladung: Videocall Office Manager:in",
    text=_t, text_cte="qp",
    ics={"method": "REQUEST", "uid": "alpenlicht-om-0721@alpenlicht.example.de",
         "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
         "seq": 0, "tz": "Europe/Berlin", "start": "2026-07-21 10:00", "end": "2026-07-21 10:45",
         "summary": "Kennenlernen Office Manager:in – Saoirse Nakamura-Boyle",
         "location": "https://meet.google.com/alp-enli-cht",
         "organizer": ("Felix Amberger", "felix@alpenlicht.example.de")},
    ics_where="attach",
))

# i18 -- Kanzlei Brandl & Seidl, formal invitation (de), windows-1252
add(M(
    kind="interview_invitation", name="kanzlei_einladung", company="Kanzlei Brandl & Seidl",
    contact="s.koegl@brandl-seidl.example.de", lang="de", key="brandl_inv",
    date="2026-06-08 15:12 +0200",
    frm=("Sabine Kögl", "s.koegl@brandl-seidl.example.de"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Ihre Bewerbung als Büroleitung – Einladung",
    subj_enc=("utf-8", "Q"),
    text="""Sehr geehrte Frau Nakamura-Boyle,

im Auftrag von Frau Dr. Seidl bedanke ich mich für Ihre Bewerbung als Büroleitung.

Wir möchten Sie gern zu einem persönlichen Gespräch in unsere Kanzlei einladen:

Donnerstag, 18. Juni 2026, 10:00 Uhr
Kanzlei Brandl & Seidl, Prinzregentenstraße 54, 80538 München, 3. Stock

Das Gespräch führen Frau Dr. Seidl und Herr Brandl. Bitte geben Sie mir kurz Bescheid, ob Ihnen der Termin passt. Die Anreisekosten aus Irland können wir leider nicht übernehmen.

Mit freundlichen Grüßen

Sabine Kögl
Kanzleiassistenz
Kanzlei Brandl & Seidl Rechtsanwälte PartG mbB
Prinzregentenstraße 54 · 80538 München
Tel. +49 89 5550 2200

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
    text_cs="windows-1252", text_cte="qp",
))

# i19 -- Personalberatung Huber sets up Praxisklinik Isarauen (de)
add(M(
    kind="interview_invitation", name="personalberatung_kunde_termin",
    company="Praxisklinik Isarauen", contact="m.huber@huber-personal.example.de",
    lang="de", key="huber_inv",
    date="2026-08-10 10:22 +0200",
    frm=("Markus Huber", "m.huber@huber-personal.example.de"),
    subject="Gesprächstermin Praxisklinik Isarauen",
    text="""Hallo Frau Nakamura-Boyle,

gute Nachrichten: Die Praxisklinik Isarauen möchte Sie für die Position Office Managerin der Privatstation kennenlernen. Dort wird viel mit internationalen Patienten gearbeitet, daher ist Ihr Englisch ein klares Plus.

Termin: Donnerstag, 20. August, 15:00 Uhr
Ort: Praxisklinik Isarauen, Verwaltung, Königinstraße 40, 80539 München
Gesprächspartner: Frau Dr. Kessler (Verwaltungsleitung) und Herr Yilmaz (Pflegedienstleitung)

Ich rufe Sie morgen an, um das Gespräch mit Ihnen vorzubereiten.

Viele Grüße
Markus Huber
Personalberatung Huber | Leopoldstraße 31 | 80802 München
+49 89 5551 4400
""",
    html=plain_html(paras("""Hallo Frau Nakamura-Boyle,

gute Nachrichten: Die Praxisklinik Isarauen möchte Sie für die Position Office Managerin der Privatstation kennenlernen. Dort wird viel mit internationalen Patienten gearbeitet, daher ist Ihr Englisch ein klares Plus.

Termin: Donnerstag, 20. August, 15:00 Uhr
Ort: Praxisklinik Isarauen, Verwaltung, Königinstraße 40, 80539 München
Gesprächspartner: Frau Dr. Kessler (Verwaltungsleitung) und Herr Yilmaz (Pflegedienstleitung)

Ich rufe Sie morgen an, um das Gespräch mit Ihnen vorzubereiten.

Viele Grüße
Markus Huber
Personalberatung Huber | Leopoldstraße 31 | 80802 München
+49 89 5551 4400"""), lang="de"),
    html_cte="base64",
))

# i20 -- Clinique Saint-Seurin, invitation with METHOD:REQUEST (fr)
_t = """Madame,

Suite à l'examen de votre candidature au poste d'assistante de direction / office manager, j'ai le plaisir de vous proposer un entretien le mardi 2 juin 2026 à 14 h, à la direction des ressources humaines de la clinique (bâtiment B, 1er étage).

Vous rencontrerez Mme Brunet, directrice des ressources humaines, ainsi que M. Ollivier, directeur des soins. Vous trouverez ci-joint une invitation à ajouter à votre agenda.

Je vous remercie de me confirmer votre présence.

Bien cordialement,

Nathalie Brunet
Directrice des ressources humaines
Clinique Saint-Seurin – 12, rue Judaïque – 33000 Bordeaux
05 56 55 30 00"""
add(M(
    kind="interview_invitation", name="clinique_entretien_ics", company="Clinique Saint-Seurin",
    contact="n.brunet@clinique-saintseurin.example.fr", lang="fr", key="seurin_inv",
    parent="seurin_ack",
    date="2026-05-18 11:40 +0200",
    frm=("Nathalie Brunet", "n.brunet@clinique-saintseurin.example.fr"),
    subject="Proposition d'entretien – assistante de direction",
    subj_enc=("utf-8", "B"),
    text=_t, text_cte="qp",
    html=outlook_html(mso(_t), charset="utf-8", lang="FR"), html_cte="qp",
    ics={"method": "REQUEST", "uid": "seurin-rh-20260602-1400@clinique-saintseurin.example.fr",
         "seq": 0, "tz": "Europe/Paris", "start": "2026-06-02 14:00", "end": "2026-06-02 15:00",
         "summary": "Entretien – Saoirse Nakamura-Boyle (assistante de direction)",
         "location": "DRH, bâtiment B, 1er étage, Clinique Saint-Seurin",
         "organizer": ("Nathalie Brunet", "n.brunet@clinique-saintseurin.example.fr")},
))

# i21 -- Teamtailor, Garonne Vins & Voyages, trial day (fr)
_t = """Bonjour Saoirse,

Merci pour votre candidature au poste d'assistante d'agence polyvalente. Nous aimerions vous proposer une journée d'essai rémunérée à l'agence des Quinconces, le jeudi 7 mai de 9 h à 17 h.

Au programme : accueil des clients, préparation des carnets de voyage pour les circuits œnologiques, et un point avec moi en fin de journée.

Merci de confirmer votre disponibilité en répondant à ce message.

À bientôt,
Élodie Marchand
Responsable administrative, Garonne Vins & Voyages
8, allées de Tourny, 33000 Bordeaux"""
add(M(
    kind="interview_invitation", name="teamtailor_journee_essai", company="Garonne Vins & Voyages",
    contact="elodie.marchand@garonne-voyages.example.fr", lang="fr", key="garonne_inv",
    parent="garonne_ack",
    date="2026-04-28 14:55 +0200",
    frm=("Élodie Marchand via Teamtailor", "no-reply@teamtailor-mail.com"),
    frm_enc=("utf-8", "Q"),
    reply_to=("Élodie Marchand", "elodie.marchand@garonne-voyages.example.fr"),
    reply_enc=("utf-8", "Q"),
    subject="Journée d'essai – Garonne Vins & Voyages",
    text=_t,
    html=ats_card("Garonne Vins & Voyages", paras(_t), color="#8c1c3a", lang="fr",
                  footer="Envoyé avec Teamtailor"),
    html_cte="qp",
))

# i22 -- Cabinet Lefèvre-Martin, entretien (fr)
add(M(
    kind="interview_invitation", name="cabinet_avocats_entretien", company="Cabinet Lefèvre-Martin",
    contact="m.petit@lefevre-martin.example.fr", lang="fr", key="lefevre_inv",
    date="2026-09-07 10:30 +0200",
    frm=("Margaux Petit", "m.petit@lefevre-martin.example.fr"),
    subject="Candidature office manager - entretien",
    text="""Bonjour Madame,

Maître Lefèvre a bien pris connaissance de votre candidature au poste d'office manager et souhaiterait vous rencontrer.

Je vous propose un entretien au cabinet le jeudi 17 septembre à 10 h, 18 cours de l'Intendance, 3e étage. L'entretien durera environ une heure et se déroulera en français.

Pouvez-vous me confirmer si ce créneau vous convient ?

Bien à vous,

Margaux Petit
Assistante de direction
Cabinet Lefèvre-Martin Avocats
18, cours de l'Intendance - 33000 Bordeaux
Tél. : 05 56 55 21 40
""",
    text_cs="iso-8859-1", text_cte="qp",
))

# i23 -- Lumeval, casual video coffee (fr)
add(M(
    kind="interview_invitation", name="startup_cafe_visio", company="Lumeval",
    contact="hugo@lumeval.example.fr", lang="fr", key="lumeval_inv",
    date="2026-09-14 18:03 +0200",
    frm=("Hugo Lambert", "hugo@lumeval.example.fr"),
    subject="Dispo jeudi ?",
    text="""Salut Saoirse,

Merci pour ta candidature, ton parcours nous plaît beaucoup ! Tu serais dispo jeudi 17 vers 16 h pour un café visio d'une demi-heure ? Je t'explique le poste d'office manager et tu me poses toutes tes questions.

Le lien Meet : https://meet.google.com/lum-eoxx-jeu

Hugo
Co-fondateur, Lumeval – 33 quai des Chartrons, Bordeaux
""",
))

# i24 -- Costa Sol Excursiones, entrevista (es)
add(M(
    kind="interview_invitation", name="excursiones_entrevista", company="Costa Sol Excursiones",
    contact="lucia.moreno@costasol-excursiones.example.es", lang="es", key="costasol_inv",
    parent="costasol_ack",
    date="2026-04-14 12:16 +0200",
    frm=("Lucía Moreno", "lucia.moreno@costasol-excursiones.example.es"),
    subject="Entrevista para el puesto de Office Manager",
    text="""Hola Saoirse:

Gracias por tu interés en Costa Sol Excursiones. Nos gustaría conocerte en persona para el puesto de Office Manager.

Te proponemos una entrevista el martes 21 de abril a las 10:00 en nuestra oficina del Muelle Uno (local 14, junto a la taquilla de los barcos). Estarás con Andrés, nuestro director de operaciones, y conmigo. Calcula una hora aproximadamente.

¿Te viene bien? Si no, dime qué día te encaja mejor esa semana.

Un saludo,
Lucía Moreno
Responsable de Personas
Costa Sol Excursiones · Muelle Uno, local 14 · 29016 Málaga
Tel. 952 55 60 21
""",
    text_cte="8bit",
    html=plain_html(paras("""Hola Saoirse:

Gracias por tu interés en Costa Sol Excursiones. Nos gustaría conocerte en persona para el puesto de Office Manager.

Te proponemos una entrevista el martes 21 de abril a las 10:00 en nuestra oficina del Muelle Uno (local 14, junto a la taquilla de los barcos). Estarás con Andrés, nuestro director de operaciones, y conmigo. Calcula una hora aproximadamente.

¿Te viene bien? Si no, dime qué día te encaja mejor esa semana.

Un saludo,
Lucía Moreno
Responsable de Personas
Costa Sol Excursiones · Muelle Uno, local 14 · 29016 Málaga
Tel. 952 55 60 21"""), lang="es"),
    html_cte="qp",
))

# i25 -- SuccessFactors, Hospital Marítimo del Sol, with METHOD:REQUEST (es)
_t = """Estimada Saoirse:

Nos complace invitarle a una entrevista para el puesto de Coordinadora Administrativa de Consultas Externas (ref. HMS-2026-077).

Fecha: miércoles, 1 de julio de 2026
Hora: 12:00
Lugar: Hospital Marítimo del Sol, Paseo Marítimo Pablo Ruiz Picasso 60, Málaga. Planta baja, Recursos Humanos.

Adjuntamos una convocatoria para su calendario. Le rogamos que confirme su asistencia desde el portal del candidato.

Atentamente,
Departamento de Recursos Humanos
Hospital Marítimo del Sol"""
add(M(
    kind="interview_invitation", name="successfactors_maritimo_ics", company="Hospital Marítimo del Sol",
    contact="", lang="es", key="maritimo_inv", parent="maritimo_ack",
    date="2026-06-22 08:05 +0200",
    frm=("Hospital Marítimo del Sol", "hms-empleo@successfactors.eu"),
    subject="Convocatoria de entrevista – HMS-2026-077",
    subj_enc=("utf-8", "Q"),
    text=_t,
    html=ats_card("Hospital Marítimo del Sol", paras(_t), color="#006d77", lang="es",
                  footer="SAP SuccessFactors – mensaje automático, no responda."),
    html_cte="base64",
    ics={"method": "REQUEST", "uid": "HMS-2026-077-INT-0042@successfactors.eu",
         "prodid": "-//SAP SuccessFactors//Interview Scheduling//ES",
         "seq": 0, "tz": "Europe/Madrid", "start": "2026-07-01 12:00", "end": "2026-07-01 12:45",
         "summary": "Entrevista HMS-2026-077",
         "location": "Hospital Marítimo del Sol, RR. HH., planta baja",
         "organizer": ("Recursos Humanos HMS", "hms-empleo@successfactors.eu")},
    ics_where="attach",
))

# i26 -- Inmobiliaria Alameda, in-person interview (es)
add(M(
    kind="interview_invitation", name="inmobiliaria_entrevista", company="Inmobiliaria Alameda",
    contact="rocio.benitez@inmoalameda.example.es", lang="es", key="alameda_inv",
    date="2026-09-01 17:20 +0200",
    frm=("Rocío Benítez", "rocio.benitez@inmoalameda.example.es"),
    subject="Entrevista martes 8",
    text="""Hola Saoirse:

He leído tu currículum para el puesto de administrativa y coordinadora de oficina y me gustaría que nos viéramos.

¿Puedes venir el martes 8 de septiembre a las 11:00 a la agencia de la Alameda Principal 21? Pregunta por mí en recepción. La entrevista será en español, aunque parte del trabajo es con clientes ingleses y alemanes.

Confírmame, por favor.

Rocío Benítez
Gerente
Inmobiliaria Alameda
952 55 40 18
""",
    text_cs="iso-8859-1", text_cte="qp",
))

# ============================================================ interview_reschedule_or_cancel (15)

# c01 -- Greenhouse: moved slot, updated invite attached (SEQUENCE 1)
_t = """Hi Saoirse,

Small change of plan: Darragh has been pulled into a board meeting on Monday, so we've moved your interview from Monday 16 February at 11:00 to Tuesday 17 February at 15:00. Same place, same panel.

An updated calendar invitation is attached. If the new time is a problem, just reply and I'll sort something else.

Sorry for the shuffle,
Fiona"""
add(M(
    kind="interview_reschedule_or_cancel", name="greenhouse_corrib_moved", company="Corrib Cloud",
    contact="fiona.desmond@corribcloud.example.ie", lang="en", key="corrib_move",
    parent="corrib_inv",
    date="2026-02-12 16:30 +0000",
    frm=("Fiona Desmond via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Fiona Desmond", "fiona.desmond@corribcloud.example.ie"),
    subject="Updated: Interview with Corrib Cloud - now Tuesday 17 Feb",
    text=_t,
    ics={"method": "REQUEST", "uid": "gh-interview-8812391@greenhouse.io",
         "prodid": "-//Greenhouse//Interview Scheduler//EN",
         "seq": 1, "tz": "UTC", "start": "2026-02-17 15:00", "end": "2026-02-17 15:45",
         "summary": "Interview: Saoirse Nakamura-Boyle for Office Coordinator",
         "location": "Corrib Cloud, 4 Lapp's Quay, Cork",
         "organizer": ("Fiona Desmond", "fiona.desmond@corribcloud.example.ie")},
    ics_where="attach",
))

# c02 -- Treaty City: new time confirmed after her request
add(M(
    kind="interview_reschedule_or_cancel", name="treaty_moved_on_request",
    company="Treaty City Software", contact="ciaran.walsh@treatycity.example.ie", lang="en",
    key="treaty_move", parent="treaty_resreq",
    date="2026-03-25 08:57 +0000",
    frm=("Ciarán Walsh", "ciaran.walsh@treatycity.example.ie"),
    frm_enc=("utf-8", "B"),
    subject="Re: Office Manager role - quick call?",
    text="""No problem at all, Saoirse. Let's move it to Monday 30 March at 11:00 instead of Thursday. Same drill, I'll ring your mobile.

Good luck with the inventory audit!

Ciarán

""" + on_wrote("2026-03-24 21:14", "Saoirse Nakamura-Boyle <saoirse.nb@example.ie>",
               """Hi Ciarán,

Thank you so much for getting in touch. I'd love to have a chat. Unfortunately Thursday afternoon clashes with our quarterly stock audit at the hotel. Would it be possible to do it early next week instead? Monday or Tuesday morning would be ideal.

Kind regards,
Saoirse

""" + on_wrote("2026-03-23 09:41", "Ciarán Walsh <ciaran.walsh@treatycity.example.ie>",
               "Could we do a 20-minute phone screen this week? I was thinking Thursday 26 March at 14:00, but I'm flexible.")),
))

# c03 -- St Brendan's: Outlook update, SEQUENCE 1, new date and room
_t = """Dear Ms Nakamura-Boyle,

Please note that, owing to the availability of a panel member, your interview for Competition SBH-0226 has been rescheduled from Tuesday 3 March at 10:30 to Thursday 5 March 2026 at 10:00. The venue has also changed to Meeting Room 4, Education Centre (ground floor, beside the main car park).

The updated calendar entry below replaces the previous one. We apologise for any inconvenience.

Máire Ní Chonaill
HR Officer, Recruitment"""
add(M(
    kind="interview_reschedule_or_cancel", name="hospital_ics_sequence_bump",
    company="St Brendan's Regional Hospital",
    contact="maire.nichonaill@stbrendans-hospital.example.ie", lang="en",
    key="brendan_update", parent="brendan_inv",
    date="2026-02-24 12:05 +0000",
    frm=("Máire Ní Chonaill", "maire.nichonaill@stbrendans-hospital.example.ie"),
    frm_enc=("iso-8859-1", "B"),
    subject="Updated: Interview - SBH-0226 Clerical Officer / Office Manager",
    text=_t,
    ics={"method": "REQUEST", "uid": "sbh-0226-interview-nakamuraboyle@stbrendans-hospital.example.ie",
         "seq": 1, "tz": "Europe/Dublin", "start": "2026-03-05 10:00", "end": "2026-03-05 10:30",
         "summary": "Interview - SBH-0226 Clerical Officer / Office Manager",
         "location": "Meeting Room 4, Education Centre, St Brendan's Regional Hospital",
         "organizer": ("Máire Ní Chonaill", "maire.nichonaill@stbrendans-hospital.example.ie")},
))

# c04 -- Liffey Ledger: hiring manager cancels the meeting (METHOD:CANCEL), no decision
_t = """Hi Saoirse,

I'm sorry to do this at short notice, but I need to cancel our interview on Tuesday 24 March.

We're in the middle of reviewing the scope of the Office Manager role with our COO, and it wouldn't be fair to interview you for a job description that may change. Your application is still open. I'll come back to you once we've settled things, hopefully within a couple of weeks.

Apologies again,
Dara Kenny
Head of Operations, Liffey Ledger"""
add(M(
    kind="interview_reschedule_or_cancel", name="liffey_cancel_no_decision", company="Liffey Ledger",
    contact="dara.kenny@liffeyledger.example.ie", lang="en", key="liffey_cancel",
    parent="liffey_inv",
    date="2026-03-20 17:42 +0000",
    frm=("Dara Kenny", "dara.kenny@liffeyledger.example.ie"),
    subject="Canceled: Interview - Office Manager (Saoirse Nakamura-Boyle)",
    text=_t,
    html=plain_html(paras(_t)), html_cte="qp",
    ics={"method": "CANCEL", "uid": "ashby-evt-5f0e77a2@ashbyhq.com",
         "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
         "seq": 2, "tz": "UTC", "start": "2026-03-24 14:00", "end": "2026-03-24 14:30",
         "summary": "Interview - Office Manager (Saoirse Nakamura-Boyle)",
         "location": "Google Meet",
         "organizer": ("Dara Kenny", "dara.kenny@liffeyledger.example.ie")},
))

# c05 -- Lakeside: rebooked after the missed Teams call, same UID, SEQUENCE 1
_t = """Hi Saoirse,

Thanks for ringing me back and explaining. A power cut in half of Killarney would do it!

Kieran and I can do Friday 3 July at 14:00 instead. I've moved the Teams meeting, so the updated invitation should replace the old one in your calendar. Same link as before.

Best regards,
Gemma"""
add(M(
    kind="interview_reschedule_or_cancel", name="lakeside_rebooked_friday",
    company="Lakeside Hotels Group", contact="gemma.moriarty@lakesidehotels.example.ie",
    lang="en", key="lakeside_rebook", parent="lakeside_missed",
    date="2026-07-01 09:10 +0100",
    frm=("Gemma Moriarty", "gemma.moriarty@lakesidehotels.example.ie"),
    subject="RE: Interview - Office Manager (Head Office) - new time",
    text=_t,
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000051C7A1B4@lakesidehotels.example.ie",
         "seq": 1, "tz": "Europe/Dublin", "start": "2026-07-03 14:00", "end": "2026-07-03 14:45",
         "summary": "Interview: Saoirse Nakamura-Boyle - Office Manager",
         "location": "Microsoft Teams Meeting",
         "organizer": ("Gemma Moriarty", "gemma.moriarty@lakesidehotels.example.ie"),
         "attendees": [CAND, ("Kieran Doyle", "kieran.doyle@lakesidehotels.example.ie")]},
))

# c06 -- Marina Quay: panel member ill, assessment centre postponed
add(M(
    kind="interview_reschedule_or_cancel", name="clinic_assessor_ill_postponed",
    company="Marina Quay Clinic", contact="declan.lynch@marinaquay.example.ie", lang="en",
    key="mercy_postpone", parent="mercy_inv",
    date="2026-05-22 15:19 +0100",
    frm=("Declan Lynch", "declan.lynch@marinaquay.example.ie"),
    subject="Assessment centre 26 May - postponed",
    text="""Dear Saoirse,

I'm contacting all candidates for requisition 26-0412. Unfortunately two of our assessors are off sick, so we have to postpone Tuesday's assessment centre.

The new date is Tuesday 9 June, same time (09:30) and same venue. Please reply to let me know whether you can attend. If not, we'll try to offer an individual slot later that week.

Apologies for the disruption.

Declan Lynch
HR Administrator
Marina Quay Clinic, Lavitt's Quay, Cork T12 P8K4
021 555 6790

The information in this email is confidential and may be legally privileged. It is intended solely for the addressee.
""",
))

# c07 -- iCIMS: rescheduled (system mail)
_t = """Dear Saoirse,

Your interview for Ward Administrator (Req ID 2026-1187) has been rescheduled.

Previous time: Wednesday 17 June 2026, 14:00
New time: Friday 19 June 2026, 09:30
Format: Microsoft Teams (unchanged)

No action is needed if the new time suits you. To request a different time, use the link in your candidate portal.

Ardmore Private Hospital Recruitment"""
add(M(
    kind="interview_reschedule_or_cancel", name="icims_ardmore_rescheduled",
    company="Ardmore Private Hospital", contact="", lang="en", key="ardmore_move",
    parent="ardmore_inv",
    date="2026-06-15 07:58 +0100",
    frm=("Ardmore Private Hospital Careers", "ardmorehospital-noreply@talent.icims.com"),
    subject="Interview rescheduled - Ward Administrator",
    text=_t,
    html=ats_card("Ardmore Private Hospital", paras(_t), color="#7a1f3d",
                  footer="Sent via iCIMS. This mailbox is not monitored."),
    html_cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
))

# c08 -- Nymphenburg: moved, SEQUENCE 1 (UTC)
_t = """Dear Saoirse,

Unfortunately Verena has to travel to our plant in Regensburg on Tuesday. Could we move your video interview to Thursday, 16 July, 11:00-12:00 Munich time (10:00 Irish time)? I have updated the invitation accordingly.

Thank you for your flexibility.

Kind regards
Tobias Reindl
Talent Acquisition, Nymphenburg Medizintechnik"""
add(M(
    kind="interview_reschedule_or_cancel", name="munich_medtech_moved_seq",
    company="Nymphenburg Medizintechnik", contact="tobias.reindl@nymphenburg-mt.example.de",
    lang="en", key="nymph_move", parent="nymph_inv",
    date="2026-07-09 08:45 +0200",
    frm=("Tobias Reindl", "tobias.reindl@nymphenburg-mt.example.de"),
    subject="Updated invitation: video interview Office Manager - now 16 July",
    text=_t,
    html=outlook_html(mso(_t), charset="utf-8", lang="EN-GB"), html_cte="qp",
    ics={"method": "REQUEST", "uid": "nmt-om-2026-0714-saoirse@nymphenburg-mt.example.de",
         "seq": 1, "tz": "UTC", "start": "2026-07-16 09:00", "end": "2026-07-16 10:00",
         "summary": "Video interview Office Manager - Saoirse Nakamura-Boyle",
         "location": "Microsoft Teams",
         "organizer": ("Tobias Reindl", "tobias.reindl@nymphenburg-mt.example.de"),
         "attendees": [CAND, ("Verena Lutz", "verena.lutz@nymphenburg-mt.example.de")]},
))

# c09 -- Curragower: client moved the interview
add(M(
    kind="interview_reschedule_or_cancel", name="agency_client_moved_tuesday",
    company="Hartigan & Foley Solicitors", contact="karen.daly@curragower-recruit.example.ie",
    lang="en", key="shannon_move", parent="shannon_confirm",
    date="2026-05-06 16:26 +0100",
    frm=("Karen Daly", "karen.daly@curragower-recruit.example.ie"),
    subject="RE: Interview with Hartigan & Foley - Friday",
    text="""Hi Saoirse,

Brian Hartigan has a court date that's been brought forward to Friday, so Hartigan & Foley have asked to push your interview to Tuesday 12 May, 11:30, same address. Sorry about this. Does Tuesday suit?

Karen

-----Original Message-----
From: Saoirse Nakamura-Boyle <saoirse.nb@example.ie>
Sent: 04 May 2026 12:02
To: Karen Daly <karen.daly@curragower-recruit.example.ie>
Subject: RE: Interview with Hartigan & Foley - Friday

Hi Karen, that's brilliant news, thank you. Friday at 11:30 is perfect, please confirm with them.
Saoirse
""",
))

# c10 -- Alpenlicht: Terminverschiebung, SEQUENCE 1 attached (de)
_t = """Hallo Saoirse,

leider muss ich unseren Termin am Dienstag verschieben: Jana ist an dem Tag auf einem Workshop in Berlin. Passt dir Donnerstag, 23. Juli, ebenfalls um 10:00 Uhr? Die aktualisierte Einladung hängt an.

Sorry für das Hin und Her!

Viele Grüße
Felix"""
add(M(
    kind="interview_reschedule_or_cancel", name="alpenlicht_verschiebung", company="Alpenlicht Software",
    contact="felix@alpenlicht.example.de", lang="de", key="alpen_move", parent="alpen_inv",
    date="2026-07-16 17:05 +0200",
    frm=("Felix Amberger", "felix@alpenlicht.example.de"),
    subject="Neuer Termin: Videocall Office Manager:in",
    text=_t,
    ics={"method": "REQUEST", "uid": "alpenlicht-om-0721@alpenlicht.example.de",
         "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
         "seq": 1, "tz": "Europe/Berlin", "start": "2026-07-23 10:00", "end": "2026-07-23 10:45",
         "summary": "Kennenlernen Office Manager:in – Saoirse Nakamura-Boyle",
         "location": "https://meet.google.com/alp-enli-cht",
         "organizer": ("Felix Amberger", "felix@alpenlicht.example.de")},
    ics_where="attach", ics_cte="qp",
))

# c11 -- Huber: the clinic calls off Thursday (interviewer ill), new date to follow (de)
add(M(
    kind="interview_reschedule_or_cancel", name="personalberatung_termin_abgesagt",
    company="Praxisklinik Isarauen", contact="m.huber@huber-personal.example.de",
    lang="de", key="huber_cancel", parent="huber_inv",
    date="2026-08-18 13:48 +0200",
    frm=("Markus Huber", "m.huber@huber-personal.example.de"),
    subject="AW: Gesprächstermin Praxisklinik Isarauen",
    text="""Hallo Frau Nakamura-Boyle,

kurze Info: Frau Dr. Kessler ist kurzfristig erkrankt, deshalb muss der Termin am Donnerstag leider entfallen. Die Klinik hat ausdrücklich betont, dass sie Sie weiterhin kennenlernen möchte. Einen Ersatztermin bekomme ich voraussichtlich Anfang nächster Woche, ich melde mich dann sofort.

Viele Grüße
Markus Huber

""" + on_wrote("2026-08-10 10:22", "Markus Huber <m.huber@huber-personal.example.de>",
               """Termin: Donnerstag, 20. August, 15:00 Uhr
Ort: Praxisklinik Isarauen, Verwaltung, Königinstraße 40, 80539 München""", "de"),
    text_cte="base64",
))

# c12 -- Cabinet Lefèvre-Martin: interviewer ill, moved (fr)
add(M(
    kind="interview_reschedule_or_cancel", name="cabinet_report_maladie",
    company="Cabinet Lefèvre-Martin", contact="m.petit@lefevre-martin.example.fr", lang="fr",
    key="lefevre_move", parent="lefevre_inv",
    date="2026-09-15 09:02 +0200",
    frm=("Margaux Petit", "m.petit@lefevre-martin.example.fr"),
    subject="RE: Candidature office manager - entretien",
    text="""Bonjour Madame,

Maître Lefèvre étant souffrante cette semaine, nous sommes contraints de reporter votre entretien prévu jeudi 17 septembre.

Nous vous proposons le jeudi 24 septembre à 10 h, à la même adresse. Merci de me dire si cette nouvelle date vous convient.

Avec nos excuses pour ce contretemps,

Margaux Petit
Assistante de direction
Cabinet Lefèvre-Martin Avocats

""" + on_wrote("2026-09-07 19:12", "Saoirse Nakamura-Boyle <saoirse.nb@example.ie>",
               """Bonjour Madame Petit,
Je vous remercie pour votre message. Je vous confirme ma présence le jeudi 17 septembre à 10 h.
Bien cordialement,
Saoirse Nakamura-Boyle""", "fr"),
    text_cs="iso-8859-1", text_cte="8bit",
))

# c13 -- Clinique Saint-Seurin: moved, SEQUENCE 1 (fr)
_t = """Madame,

Pour des raisons d'agenda de la direction des soins, votre entretien du mardi 2 juin est déplacé au jeudi 4 juin 2026 à 11 h, au même endroit. L'invitation ci-dessous remplace la précédente.

Merci de votre compréhension.

Nathalie Brunet
Directrice des ressources humaines, Clinique Saint-Seurin"""
add(M(
    kind="interview_reschedule_or_cancel", name="clinique_deplacement_ics",
    company="Clinique Saint-Seurin", contact="n.brunet@clinique-saintseurin.example.fr",
    lang="fr", key="seurin_move", parent="seurin_inv",
    date="2026-05-27 16:12 +0200",
    frm=("Nathalie Brunet", "n.brunet@clinique-saintseurin.example.fr"),
    subject="Mise à jour : Entretien – Saoirse Nakamura-Boyle (assistante de direction)",
    subj_enc=("utf-8", "Q"),
    text=_t, text_cs="windows-1252", text_cte="qp",
    ics={"method": "REQUEST", "uid": "seurin-rh-20260602-1400@clinique-saintseurin.example.fr",
         "seq": 1, "tz": "Europe/Paris", "start": "2026-06-04 11:00", "end": "2026-06-04 12:00",
         "summary": "Entretien – Saoirse Nakamura-Boyle (assistante de direction)",
         "location": "DRH, bâtiment B, 1er étage, Clinique Saint-Seurin",
         "organizer": ("Nathalie Brunet", "n.brunet@clinique-saintseurin.example.fr")},
    ics_cte="base64",
))

# c14 -- SuccessFactors: METHOD:CANCEL, interview called off without a decision (es)
_t = """Estimada Saoirse:

Le informamos de que la entrevista prevista para el miércoles 1 de julio a las 12:00 (ref. HMS-2026-077) queda cancelada por motivos organizativos del servicio.

Su candidatura sigue activa en el proceso. Nos pondremos en contacto con usted para informarle de los siguientes pasos.

Disculpe las molestias.
Departamento de Recursos Humanos
Hospital Marítimo del Sol"""
add(M(
    kind="interview_reschedule_or_cancel", name="successfactors_cancel_sin_decision",
    company="Hospital Marítimo del Sol", contact="", lang="es", key="maritimo_cancel",
    parent="maritimo_inv",
    date="2026-06-29 10:31 +0200",
    frm=("Hospital Marítimo del Sol", "hms-empleo@successfactors.eu"),
    subject="Cancelada: Entrevista HMS-2026-077",
    text=_t,
    ics={"method": "CANCEL", "uid": "HMS-2026-077-INT-0042@successfactors.eu",
         "prodid": "-//SAP SuccessFactors//Interview Scheduling//ES",
         "seq": 1, "tz": "Europe/Madrid", "start": "2026-07-01 12:00", "end": "2026-07-01 12:45",
         "summary": "Entrevista HMS-2026-077",
         "location": "Hospital Marítimo del Sol, RR. HH., planta baja",
         "organizer": ("Recursos Humanos HMS", "hms-empleo@successfactors.eu")},
    ics_where="attach",
    headers=[("Auto-Submitted", "auto-generated")],
))

# c15 -- Costa Sol Excursiones: new time (es)
add(M(
    kind="interview_reschedule_or_cancel", name="excursiones_cambio_hora",
    company="Costa Sol Excursiones", contact="lucia.moreno@costasol-excursiones.example.es",
    lang="es", key="costasol_move", parent="costasol_inv",
    date="2026-04-17 13:05 +0200",
    frm=("Lucía Moreno", "lucia.moreno@costasol-excursiones.example.es"),
    subject="RE: Entrevista para el puesto de Office Manager",
    text="""Hola de nuevo, Saoirse:

Andrés tiene que recibir un crucero el martes por la mañana, así que tenemos que cambiar la entrevista. ¿Te vendría bien el miércoles 22 a las 12:30, en el mismo sitio?

Perdona el cambio.

Lucía
""",
))

# ============================================================ missed_interview_notice (10)

# m01 -- Lakeside: "we waited on Teams"
add(M(
    kind="missed_interview_notice", name="lakeside_waited_on_teams",
    company="Lakeside Hotels Group", contact="gemma.moriarty@lakesidehotels.example.ie",
    lang="en", key="lakeside_missed", parent="lakeside_inv",
    date="2026-06-30 10:38 +0100",
    frm=("Gemma Moriarty", "gemma.moriarty@lakesidehotels.example.ie"),
    subject="RE: Interview - Office Manager (Head Office)",
    text="""Hi Saoirse,

Kieran and I waited on Teams from 10:00 until about 10:20 this morning but didn't see you join, and your phone went straight to voicemail.

I hope everything is all right. Could you let me know what happened when you get a chance?

Gemma

Gemma Moriarty
HR Manager, Lakeside Hotels Group
+353 64 555 0190
""",
    html=outlook_html(mso("""Hi Saoirse,

Kieran and I waited on Teams from 10:00 until about 10:20 this morning but didn't see you join, and your phone went straight to voicemail.

I hope everything is all right. Could you let me know what happened when you get a chance?

Gemma

Gemma Moriarty
HR Manager, Lakeside Hotels Group
+353 64 555 0190"""), charset="utf-8"),
    html_cte="qp",
))

# m02 -- Shandon: tried calling twice at 10:00
add(M(
    kind="missed_interview_notice", name="lettings_called_twice", company="Bells Field Lettings",
    contact="ger.murphy@bellsfieldlettings.example.ie", lang="en", key="shandon_missed",
    parent="shandon_inv",
    date="2026-04-03 10:24 +0100",
    frm=("Ger Murphy", "ger.murphy@bellsfieldlettings.example.ie"),
    subject="Re: Office admin role - phone interview",
    text="""Saoirse, I tried calling you twice at 10:00 for our phone interview, no answer either time. Let me know.

Ger
""",
))

# m03 -- Portobello Talent: client says nobody joined
add(M(
    kind="missed_interview_notice", name="agency_client_no_show", company="Tara Street Properties",
    contact="conor.brady@portobellotalent.example.ie", lang="en", key="grafton_missed",
    parent="grafton_inv",
    date="2026-03-13 11:26 +0000",
    frm=("Conor Brady", "conor.brady@portobellotalent.example.ie"),
    subject="Tara Street Properties - Friday's interview",
    text="""Hi Saoirse,

Orla from Tara Street has just been on to me. They had you down for 11:00 on Teams and nobody joined, and they couldn't get you on your mobile either. Is everything ok? Give me a shout when you see this.

Conor
M: +353 86 555 3190
""",
))

# m04 -- Torc Outdoor Adventures: phone call went to voicemail
add(M(
    kind="missed_interview_notice", name="adventure_voicemail", company="Torc Outdoor Adventures",
    contact="tomas@torcoutdoor.example.ie", lang="en",
    date="2026-05-29 14:31 +0100",
    frm=("Tomás Fitzgerald", "tomas@torcoutdoor.example.ie"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Our call at 2",
    text="""Hi Saoirse,

I rang you at 2 as we'd arranged, and again at quarter past, but it went to voicemail both times. I left a message.

No bother if something came up. Just let me know if you're still interested in the office coordinator job and we'll see about another time.

Tomás
Torc Outdoor Adventures | Kenmare Place, Killarney | 064 555 7730
""",
    text_cs="iso-8859-1", text_cte="qp",
))

# m05 -- Bull Island Day Hospital: not in the video waiting room
_t = """Dear Saoirse,

Your interview for the post of Administrative Services Coordinator was scheduled for 11:30 today by video link. The panel opened the meeting at 11:25 and remained in it until 11:45, but you did not appear in the waiting room and we were unable to reach you by phone.

If there was a technical problem or an emergency, please contact me by Friday and I will see whether the panel can offer another time. After that the competition will close.

Regards,

Patricia Nolan
Administrative Services Manager
Bull Island Day Hospital | 212 Clontarf Road, Dublin 3 | 01 555 4402

Confidentiality: this message is intended for the addressee only. If you are not the intended recipient please delete it and notify the sender."""
add(M(
    kind="missed_interview_notice", name="day_hospital_waiting_room", company="Bull Island Day Hospital",
    contact="patricia.nolan@bullislanddayhospital.example.ie", lang="en",
    date="2026-06-24 12:02 +0100",
    frm=("Patricia Nolan", "patricia.nolan@bullislanddayhospital.example.ie"),
    subject="Interview today at 11:30",
    text=_t, text_cte="qp",
    html=outlook_html(mso(_t), charset="windows-1252"), html_cs="windows-1252", html_cte="qp",
))

# m06 -- Wild Atlantic Voyages via SmartRecruiters: couldn't reach her for the screen
_t = """Hi Saoirse,

I had you booked in for a screening call at 15:00 today about the Reservations Office Lead role, but I couldn't reach you on the number you gave us (+353 87 412 6630). I tried a few times between 15:00 and 15:15.

If you'd still like to go ahead, reply here with two or three times that suit you next week.

Róisín Hayes
Talent Acquisition, Wild Atlantic Voyages"""
add(M(
    kind="missed_interview_notice", name="smartrecruiters_screen_unreachable",
    company="Wild Atlantic Voyages", contact="roisin.hayes@wildatlanticvoyages.example.ie",
    lang="en", key="wav_missed", parent="wav_ack",
    date="2026-05-27 15:33 +0100",
    frm=("Róisín Hayes via SmartRecruiters", "noreply@smartrecruiters.com"),
    frm_enc=("utf-8", "Q"),
    reply_to=("Róisín Hayes", "roisin.hayes@wildatlanticvoyages.example.ie"),
    subject="We missed you on our call today",
    text=_t,
    html=ats_card("Wild Atlantic Voyages", paras(_t), color="#0a4f70",
                  footer="Sent via SmartRecruiters"),
    html_cte="qp",
))

# m07 -- Kanzlei Brandl & Seidl: "vergeblich erwartet" (de)
add(M(
    kind="missed_interview_notice", name="kanzlei_vergeblich_erwartet",
    company="Kanzlei Brandl & Seidl", contact="s.koegl@brandl-seidl.example.de", lang="de",
    key="brandl_missed", parent="brandl_ooo",
    date="2026-06-18 10:41 +0200",
    frm=("Sabine Kögl", "s.koegl@brandl-seidl.example.de"),
    frm_enc=("utf-8", "B"),
    subject="Ihr Termin heute um 10:00 Uhr",
    text="""Sehr geehrte Frau Nakamura-Boyle,

Frau Dr. Seidl und Herr Brandl haben Sie heute um 10:00 Uhr zum vereinbarten Vorstellungsgespräch in der Kanzlei erwartet. Leider sind Sie nicht erschienen, und unter Ihrer Mobilnummer haben wir Sie nicht erreicht.

Bitte teilen Sie uns mit, ob Sie an der Stelle weiterhin interessiert sind.

Mit freundlichen Grüßen

Sabine Kögl
Kanzleiassistenz
Kanzlei Brandl & Seidl Rechtsanwälte PartG mbB
""",
    text_cs="iso-8859-1", text_cte="base64",
))

# m08 -- Westpark Immobilien: phone interview not reached (de)
add(M(
    kind="missed_interview_notice", name="westpark_telefon_nicht_erreicht",
    company="Westpark Immobilien", contact="t.reiter@westpark-immo.example.de", lang="de",
    key="westpark_missed", parent="westpark_ack",
    date="2026-08-05 09:52 +0200",
    frm=("Thomas Reiter", "t.reiter@westpark-immo.example.de"),
    subject="Telefoninterview heute 9:30 Uhr",
    text="""Guten Morgen Frau Nakamura-Boyle,

wir hatten für heute 9:30 Uhr ein kurzes Telefoninterview vereinbart. Ich habe Sie um 9:30 und um 9:40 Uhr unter +353 87 412 6630 angerufen, leider ohne Erfolg, und auf die Mailbox gesprochen.

Falls etwas dazwischengekommen ist, melden Sie sich gern bei mir.

Freundliche Grüße
Thomas Reiter
Teamleiter Vermietung
Westpark Immobilien GmbH | Westendstraße 199 | 80686 München
""",
    text_cte="qp",
))

# m09 -- Lumeval: "on t'a attendue sur Meet" (fr)
add(M(
    kind="missed_interview_notice", name="startup_attendue_sur_meet", company="Lumeval",
    contact="hugo@lumeval.example.fr", lang="fr", key="lumeval_missed", parent="lumeval_inv",
    date="2026-09-17 16:27 +0200",
    frm=("Hugo Lambert", "hugo@lumeval.example.fr"),
    subject="Re: Dispo jeudi ?",
    text="""Coucou Saoirse,

On t'a attendue sur Meet de 16 h à 16 h 20 avec Inès, mais tu ne t'es pas connectée. Tout va bien ? Dis-moi si tu veux qu'on trouve un autre moment.

Hugo

""" + on_wrote("2026-09-14 20:45", "Saoirse Nakamura-Boyle <saoirse.nb@example.ie>",
               "Avec plaisir, jeudi 16 h c'est parfait pour moi. À jeudi !", "fr"),
))

# m10 -- Inmobiliaria Alameda: no se presentó (es)
add(M(
    kind="missed_interview_notice", name="inmobiliaria_no_se_presento",
    company="Inmobiliaria Alameda", contact="rocio.benitez@inmoalameda.example.es", lang="es",
    key="alameda_missed", parent="alameda_inv",
    date="2026-09-08 11:44 +0200",
    frm=("Rocío Benítez", "rocio.benitez@inmoalameda.example.es"),
    subject="Hoy a las 11",
    text="""Hola Saoirse:

Te hemos estado esperando en la agencia desde las 11:00 hasta casi las 11:40 y no has venido. También te he llamado, pero no contestabas.

¿Ha pasado algo? Escríbeme cuando puedas.

Rocío
Inmobiliaria Alameda · 952 55 40 18
""",
    text_cs="windows-1252", text_cte="qp",
))
