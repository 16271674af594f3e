"""Interview invitations, reschedules/cancellations and missed-interview notices of the
ninety-eighth corpus, written one by one (26 + 15 + 10 messages)."""

from __future__ import annotations

from msgs98_common import ats_table, card, ics

SPECS: list[dict] = []


def add(**spec) -> None:
    """Record one hand-written message spec."""
    SPECS.append(spec)


SVH_UID = "040000008200E00074C5B7101A82E00800000000D0A5B3F2A1B0DC010000000000000000100000005B7C1E2D9A0F4E4AB1D2C3E4F5A6B7C8"
GOTHAM_UID = "5k2q9v0d1r7m3n8b4c6x0z2l1p@google.com"

# =============================================================================================
# interview_invitation
# =============================================================================================

add(
    slug="greenhouse_self_schedule", kind="interview_invitation", lang="en",
    company="Tidewell Health", contact="dana.oyelaran@tidewellhealth.example.com",
    frm=("Dana Oyelaran", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Dana Oyelaran", "dana.oyelaran@tidewellhealth.example.com"),
    subject="Next steps with Tidewell Health: pick a time to chat",
    date="2026-01-29 10:12 -0500", structure="alt", charset="utf-8", cte="quoted-printable",
    msgid="<tdw-gh-inv-0129.7731@us.greenhouse-mail.io>",
    html=card(
        brand="Tidewell Health", accent="#0f766e",
        logo_src="https://s3.amazonaws.com/grnhse-prod/tidewell/logo_email.png",
        pixel_url="https://u1843.ct.greenhouse-mail.io/wf/open?upn=tdw-5521",
        body="""<p>Hi Marisol,</p>
<p>Thanks so much for applying to the <strong>Care Operations Lead</strong> role. I'm the recruiter supporting the search and I'd love to set up a 30-minute video interview so we can learn more about you and you can learn more about us.</p>
<p>Please use the link below to choose a time that works for you. All times are shown in your local time zone.</p>
<p style="margin:24px 0;"><a href="https://u1843.ct.greenhouse-mail.io/ls/click?upn=app.greenhouse.io%2Fscheduling%2Fself%2Ftdw-88f1" style="background:#0f766e;color:#ffffff;padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:600;">Choose an interview time</a></p>
<p>If none of the slots work, just reply to this email and we'll find something else.</p>
<p>Talk soon,<br>Dana</p>
<p style="color:#555;font-size:13px;">Dana Oyelaran | Talent Partner | Tidewell Health</p>""",
        footer="Tidewell Telehealth, Inc. &middot; 1 Marina Park Dr, Boston, MA 02210 &middot; Sent via Greenhouse"),
)

add(
    slug="hospital_recruiter_phone_screen", kind="interview_invitation", lang="en",
    company="Hudson & East River Hospitals", contact="cvelez@heriverhospitals.example.org",
    frm=("Velez, Carmen", "cvelez@heriverhospitals.example.org"),
    subject="Patient Experience Manager - phone interview",
    date="2026-03-02 11:36 -0500", structure="plain", charset="windows-1252", cte="quoted-printable",
    msgid="<her-screen-0302.A11@heriverhospitals.example.org>",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Hello Marisol,

Thank you for applying for the Patient Experience Manager position at Hudson & East River Hospitals. Your background in ambulatory infusion and your work on the unit’s HCAHPS scores caught our attention.

I would like to schedule a 30-minute phone interview with you. Would Thursday, March 5 at 3:00 PM (Eastern) work? I’ll call you at (617) 555-0101, the number on your résumé – please let me know if there is a better one.

During the call we’ll talk about your experience, the role, salary expectations, and your timeline for relocating to New York.

Best regards,

Carmen Velez
Senior Talent Acquisition Specialist
Hudson & East River Hospitals
462 First Avenue, New York, NY 10016
T 212-555-0158
""",
)

add(
    slug="teams_calendar_request", kind="interview_invitation", lang="en",
    company="Schuylkill Valley Health", contact="cbeaumont@svhealth.example.org",
    frm=("Charlotte Beaumont", "cbeaumont@svhealth.example.org"),
    subject="Interview: Nurse Manager, Patient Experience - Marisol Kagame-Dunbar",
    date="2026-03-10 14:21 -0400", structure="calendar", charset="utf-8", cte="quoted-printable",
    msgid="<svh-inv-0310@svhealth.example.org>",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", "")],
    text="""Hi Marisol,

As promised, here is the invitation for your interview with Dr. Renata Osei (CNO) and the Patient Experience leadership team.

When: Tuesday, March 17, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada)
Where: Microsoft Teams Meeting

Please accept the invitation to confirm. Plan on a short case discussion (about 15 minutes) on service recovery after a patient complaint.

Charlotte

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_SVH0317>
Meeting ID: 264 118 530 91
Passcode: xK7pQ2
________________________________________________________________________________
""",
    ics=ics(method="REQUEST", uid=SVH_UID, sequence=0,
            start="20260317T100000", end="20260317T110000",
            summary="Interview: Nurse Manager, Patient Experience - Marisol Kagame-Dunbar",
            organizer=("Charlotte Beaumont", "cbeaumont@svhealth.example.org"),
            location="Microsoft Teams Meeting", stamp="20260310T182100Z",
            description="Interview with Dr. Renata Osei (CNO) and the Patient Experience leadership team."),
)

add(
    slug="google_calendar_panel", kind="interview_invitation", lang="en",
    company="Gotham Telecare", contact="renee.liu@gothamtelecare.example.com",
    frm=("Renee Liu", "renee.liu@gothamtelecare.example.com"),
    subject="Invitation: Panel interview - Marisol Kagame-Dunbar / Gotham Telecare @ Tue Apr 21, 2026 11am - 12pm (EDT) (marisol.kd@example.com)",
    date="2026-04-14 16:05 -0400", structure="calendar", charset="utf-8", cte="quoted-printable",
    msgid="<calendar-9a1f5e22-3b8c-4f1d-a7e0-6c2b1d9f0e44@google.com>",
    html="""<div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043;">
<p>Hi Marisol - looking forward to Tuesday! You'll meet Dr. Chidi Okafor (Medical Director), Sam Whitfield (VP Operations) and me. We'll start with a short walkthrough of our after-hours nurse line and then talk through how you'd approach our patient-satisfaction dip in Queens. No slides needed. - Renee</p>
<table cellpadding="0" cellspacing="0" border="0" style="margin-top:12px;">
<tr><td style="padding:4px 12px 4px 0;color:#70757a;">When</td><td>Tuesday Apr 21, 2026 &#8901; 11am &ndash; 12pm (Eastern Time - New York)</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#70757a;">Join Zoom</td><td><a href="https://zoom.us/j/98127736512?pwd=gothamPanel">https://zoom.us/j/98127736512</a></td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#70757a;">Organizer</td><td>Renee Liu</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#70757a;">Guests</td><td>Chidi Okafor, Sam Whitfield, marisol.kd@example.com</td></tr>
</table>
<p style="margin-top:18px;">Going (marisol.kd@example.com)? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Yes</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Maybe</a> - <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a></p>
<p style="font-size:11px;color:#70757a;">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
</div>
""",
    ics=ics(method="REQUEST", uid=GOTHAM_UID, sequence=0,
            start="20260421T110000", end="20260421T120000",
            summary="Panel interview - Marisol Kagame-Dunbar / Gotham Telecare",
            organizer=("Renee Liu", "renee.liu@gothamtelecare.example.com"),
            location="https://zoom.us/j/98127736512", stamp="20260414T200500Z",
            prodid="-//Google Inc//Google Calendar 70.9054//EN"),
)

add(
    slug="agency_exclamations_home_health", kind="interview_invitation", lang="en",
    company="Delaware Valley Home Health", contact="destiny@travelcarestaffing.example.com",
    frm=("Destiny Alvarez", "destiny@travelcarestaffing.example.com"),
    subject="GREAT NEWS!!! Interview request",
    date="2026-05-05 09:03 -0400", structure="plain", charset="utf-8", cte="8bit",
    msgid="<dvhh-tc-0505.1@travelcarestaffing.example.com>",
    text="""Hi Marisol!!!

GREAT NEWS - the Director of Clinical Operations at Delaware Valley Home Health reviewed your profile and wants to interview you for the Intake & Scheduling Manager position!! 🎉

They're proposing Thursday 5/7 at 11am EST on Zoom (45 min). I told them you'd definately be available but please confirm ASAP so I can lock it in!!

Quick tips:
- they LOVE metrics, bring your discharge-time numbers
- ask about the new EVV system, they're rolling it out in July
- salary range is 88-95k, don't go under 90 if they ask!!

Call or text me anytime!

Destiny Alvarez
Recruiter | TravelCare Nurse Staffing
c: 267-555-0133
"We care for the people who care."
""",
)

add(
    slug="college_search_committee_zoom", kind="interview_invitation", lang="en",
    company="Fenway College of Health Sciences", contact="gamankwah@fenwaychs.example.org",
    frm=("Gloria Amankwah", "gamankwah@fenwaychs.example.org"),
    subject="Invitation to interview - Director, Clinical Placement Operations",
    date="2026-01-14 13:27 -0500", structure="plain", charset="windows-1252", cte="quoted-printable",
    msgid="<fchs-search-0114@fenwaychs.example.org>",
    text="""Dear Ms. Kagame-Dunbar,

On behalf of the search committee for the Director, Clinical Placement Operations, I am pleased to invite you to a first-round interview.

The interview will take place over Zoom and last approximately 45 minutes. The committee is available on:

    • Thursday, January 22 – 9:30 AM or 2:00 PM
    • Friday, January 23 – 11:00 AM

Please reply with your preferred time and I will send the Zoom details. The committee will ask you to speak briefly (5 minutes) about how you would strengthen partnerships with our clinical placement sites.

Should you require any accommodation to participate fully in the interview, please let me know.

Sincerely,

Gloria Amankwah
Search Coordinator, Office of the Provost
Fenway College of Health Sciences
179 Longwood Avenue, Boston, MA 02115
617.555.0172
""",
)

add(
    slug="icims_video_scheduling", kind="interview_invitation", lang="en",
    company="Metro Ambulatory Partners", contact="",
    frm=("Metro Ambulatory Partners", "no-reply@talent.icims.com"),
    subject="Schedule your video interview: Clinic Operations Manager - Bronx",
    date="2026-05-18 12:00 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    msgid="<icims.2026051816000041.mapny@talent.icims.com>",
    html=ats_table(
        logo_src="https://careers-metroambulatory.icims.com/images/map_logo.png",
        logo_alt="Metro Ambulatory Partners", accent="#e4572e",
        pixel_url="https://careers-metroambulatory.icims.com/email/track/open.gif?id=6612004",
        body="""<p>Hi Marisol,</p>
<p>Congratulations! The hiring team for <b>Clinic Operations Manager - Bronx</b> (Job ID 2026-4471) would like to invite you to a video interview with Practice Director Luis Ferreira.</p>
<p>Please select a time that works for you using the button below. Interviews are 45 minutes and take place on Zoom; the link will be included in your confirmation.</p>
<p style="text-align:center;margin:22px 0;"><a href="https://careers-metroambulatory.icims.com/schedule?token=Zm9vYmFy6612004" style="background:#e4572e;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px;font-weight:bold;">SCHEDULE MY INTERVIEW</a></p>
<p>Available times will be held for 72 hours.</p>
<p>Thank you,<br>Metro Ambulatory Partners Recruiting</p>""",
        footer="""This is an automated message sent on behalf of Metro Ambulatory Partners. Please do not reply.<br>
Metro Ambulatory Partners &middot; 1 Fordham Plaza, Bronx, NY 10458 &middot; <a href="https://careers-metroambulatory.icims.com/privacy" style="color:#6b7280;">Privacy</a>"""),
)

add(
    slug="manager_free_thursday", kind="interview_invitation", lang="en",
    company="Ocean State Medical Center", contact="kevin.marchetti@oceanstatemed.example.org",
    frm=("Kevin Marchetti", "kevin.marchetti@oceanstatemed.example.org"),
    subject="Ambulatory Operations Manager - Ocean State Medical Center",
    date="2026-02-17 07:48 -0500", structure="plain", charset="us-ascii", cte="7bit",
    msgid="<7E21A0C4-33B1-4F0B-9D51-2C9A1F0E6B10@oceanstatemed.example.org>",
    text="""Hi Marisol,

HR passed me your resume. Are you free Thursday around 12:30 for a 30 min call? If that works I'll send a Teams link. Mostly want to hear why ops and what you did on the infusion redesign.

Kevin Marchetti
Director, Ambulatory Operations
Ocean State Medical Center
""",
)

add(
    slug="one_way_video_interview", kind="interview_invitation", lang="en",
    company="Keystone Mutual Health", contact="",
    frm=("Keystone Mutual Health Recruiting", "talent-noreply@keystonemutual.example.com"),
    subject="Action required: complete your on-demand video interview",
    date="2026-02-10 08:30 -0500", structure="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="margin:0;background:#f6f7f9;">
<center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;color:#1b1f24;">
<tr><td style="padding:22px 30px;background:#14325c;"><img src="https://careers.keystonemutual.example.com/email/kmh-logo-white.png" alt="Keystone Mutual Health" width="170"></td></tr>
<tr><td style="padding:28px 30px;font-size:15px;line-height:23px;">
<p>Hello Marisol,</p>
<p>Thank you for your interest in the <b>Member Experience Supervisor</b> position. The next step in our process is a short on-demand video interview: you will record answers to five questions at a time that suits you. It takes about 20 minutes.</p>
<p><b>Please complete your interview by Sunday, February 15, 2026 at 11:59 PM ET.</b></p>
<p style="margin:26px 0;"><a href="https://keystonemutual.example.com/r/track?u=video-interview&amp;c=KMH-2207" style="background:#f2a900;color:#14325c;font-weight:bold;padding:12px 24px;text-decoration:none;">Start my interview</a></p>
<ul>
<li>Use Chrome or Safari on a computer or phone with a camera</li>
<li>You can practice before recording</li>
<li>Each answer can be re-recorded once</li>
</ul>
<p>We look forward to learning more about you.</p>
<p>Keystone Mutual Health Talent Acquisition</p>
</td></tr>
<tr><td style="padding:16px 30px;background:#f0f2f5;font-size:11px;color:#6a737d;">
Keystone Mutual Health, 1600 Market Street, Philadelphia, PA 19103. This mailbox is not monitored.<br>
<a href="https://keystonemutual.example.com/r/track?u=privacy&amp;c=KMH-2207" style="color:#6a737d;">Applicant privacy notice</a>
</td></tr>
</table>
<img src="https://keystonemutual.example.com/r/open.gif?c=KMH-2207" width="1" height="1" alt="">
</center>
</body></html>
""",
)

add(
    slug="onsite_with_parking_outlook", kind="interview_invitation", lang="en",
    company="Biscayne Health System", contact="ycartagena@biscaynehealth.example.org",
    frm=("Yesenia Cartagena", "ycartagena@biscaynehealth.example.org"),
    subject="Onsite interview - Patient Flow Manager - Thursday 9/10",
    date="2026-09-02 15:40 -0400", structure="alt", charset="windows-1252", cte="quoted-printable",
    html_from_text="outlook",
    msgid="<bhs-onsite-0902.33@biscaynehealth.example.org>",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Hi Marisol,

Thank you for your time on the phone last week. I’m happy to let you know the hiring team would like to invite you for an onsite interview for the Patient Flow Manager position.

Date: Thursday, September 10, 2026
Time: 9:30 AM – 12:30 PM
Location: Biscayne Health System, Coral Way Campus, Tower B, 4th floor (Nursing Administration)
3100 SW 62nd Ave, Miami, FL 33155

Agenda
9:30 – Meet and greet with Angela Ruiz, VP Patient Care Services
10:15 – Unit tour (ED and 4 West)
11:00 – Panel with the bed-management team
12:00 – Wrap-up with me

Parking: use Garage 2 and bring your ticket to the 4th floor for validation. Dress is business casual.

Please confirm at your earliest convenience.

Warm regards,
Yesenia Cartagena
Talent Acquisition Partner | Biscayne Health System
(305) 555-0181
""",
)

add(
    slug="founder_video_chat", kind="interview_invitation", lang="en",
    company="Wayfinder care", contact="jules@wayfindercare.example.com",
    frm=("Jules Abernathy", "jules@wayfindercare.example.com"),
    subject="chat next week?",
    date="2026-07-07 22:31 -0400", structure="plain", charset="us-ascii", cte="7bit",
    msgid="<CAJ8wf-founder-0707@mail.wayfindercare.example.com>",
    text="""hey Marisol,

loved your application (the bit about the discharge binder nobody reads made me laugh out loud). want to do a video chat with me and Priyanka (our COO) next Tues 7/14 at 1pm? ~45 min, very informal. here's the link, it'll be the same one on the day:

https://meet.example.com/wfc-ops-lead

if tues doesn't work just throw me a couple of times.

jules
wayfinder care
""",
)

add(
    slug="workable_toronto_teams", kind="interview_invitation", lang="en",
    company="Northbridge Health Benefits", contact="owen.kowalczyk@northbridgebenefits.example.ca",
    frm=("Northbridge Health Benefits", "noreply@workablemail.com"),
    reply_to=("Owen Kowalczyk", "owen.kowalczyk@northbridgebenefits.example.ca"),
    subject="Interview invitation from Northbridge Health Benefits",
    date="2026-05-20 10:18 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    msgid="<nbhb-wk-inv-0520@workablemail.com>",
    html=card(
        brand="Northbridge Health Benefits", accent="#1e3a8a",
        logo_src="https://workablehr.s3.amazonaws.com/uploads/account/logo/northbridge.png",
        pixel_url="https://email.workablemail.com/o/nbhb-7712.gif",
        body="""<p>Hi Marisol,</p>
<p>Thank you for applying for the <strong>Clinical Case Management Lead</strong> position. We were impressed by your application and would like to invite you to an interview.</p>
<table cellpadding="6" style="border:1px solid #e5e7eb;border-radius:6px;margin:14px 0;">
<tr><td style="color:#6b7280;">Date</td><td>Tuesday, June 2, 2026</td></tr>
<tr><td style="color:#6b7280;">Time</td><td>10:00 AM - 10:45 AM (Eastern Time, Toronto)</td></tr>
<tr><td style="color:#6b7280;">Where</td><td>Microsoft Teams (link below)</td></tr>
<tr><td style="color:#6b7280;">With</td><td>Owen Kowalczyk, Talent Acquisition; Dr. Harpreet Sandhu, Director of Clinical Programs</td></tr>
</table>
<p><a href="https://email.workablemail.com/c/nbhb-7712?u=teams.microsoft.com%2Fl%2Fmeetup-join%2Fnbhb">Join the Teams meeting</a> &middot; <a href="https://apply.workable.com/northbridge/interview/confirm/7712">Confirm attendance</a></p>
<p>If you need to reschedule, reply to this email and Owen will help.</p>
<p>Best,<br>Owen Kowalczyk<br>Northbridge Health Benefits</p>""",
        footer="""Northbridge Health Benefits Inc., 200 Bay Street, Toronto, ON M5J 2J2<br>
Sent with Workable &middot; <a href="https://www.workable.com/privacy" style="color:#999;">Privacy</a>"""),
)

add(
    slug="public_office_panel_confirm", kind="interview_invitation", lang="en",
    company="Borough Health Access Office", contact="recruitment@bhao.example.org",
    frm=("BHAO Recruitment", "recruitment@bhao.example.org"),
    subject="Scheduling: Structured Panel Interview - Community Health Program Manager (Posting 26-0093)",
    date="2026-02-24 11:15 -0500", structure="plain", charset="us-ascii", cte="7bit",
    text="""Dear Applicant,

You have been selected to participate in a structured panel interview for the position of Community Health Program Manager, Posting No. 26-0093.

  Date:     Tuesday, March 10, 2026
  Time:     1:30 PM (please arrive 15 minutes early)
  Location: Borough Health Access Office, 42 Broadway, 9th Floor, New York, NY 10004
  Bring:    Government-issued photo ID; copy of nursing license; list of three
            professional references

The panel will consist of three members and will use a standard set of questions. The interview will last approximately 40 minutes.

To confirm your attendance or to request a reasonable accommodation, reply to this email no later than Friday, March 6.

Recruitment Unit
Borough Health Access Office
(212) 555-0107
""",
)

add(
    slug="role_reopened_long_outlook_chain", kind="interview_invitation", lang="en",
    company="Penn Landing Rehabilitation Hospital", contact="megan.orourke@pennlandingrehab.example.org",
    frm=("O'Rourke, Megan", "megan.orourke@pennlandingrehab.example.org"),
    subject="RE: Patient Experience Manager - application",
    date="2026-06-02 12:04 -0400", structure="plain", charset="windows-1252", cte="quoted-printable",
    msgid="<plrh-reopen-0602.9@pennlandingrehab.example.org>",
    refs=["<plrh-decline-0428@pennlandingrehab.example.org>", "<CAO5mT1rR3gz@mail.example.com>"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Hi Marisol,

I’m glad you wrote back in May, because I have good news: the candidate we selected for the Patient Experience Manager role withdrew, and the position is open again. Maria Delgado, our Director of Nursing, remembered your application and would like to interview you.

Could you come in on Tuesday, June 9 at 10:00 AM? We’re at 200 S Columbus Blvd – check in at the main lobby desk and ask for me. Plan for about two hours, including a short tour of the inpatient rehab units.

Let me know if that works.

Thanks,
Megan

Megan O’Rourke
HR Business Partner | Penn Landing Rehabilitation Hospital
215-555-0149

From: Marisol Kagame-Dunbar <marisol.kd@example.com>
Sent: Tuesday, May 5, 2026 8:16 PM
To: O'Rourke, Megan <megan.orourke@pennlandingrehab.example.org>
Subject: RE: Patient Experience Manager - application

Hi Megan,

Thank you for letting me know. I was disappointed to hear that you had decided
to move forward with other candidates, but I really enjoyed learning about
Penn Landing. Please keep me in mind for future openings.

Best regards,
Marisol

From: O'Rourke, Megan <megan.orourke@pennlandingrehab.example.org>
Sent: Tuesday, April 28, 2026 10:31 AM
To: Marisol Kagame-Dunbar <marisol.kd@example.com>
Subject: Patient Experience Manager - application

Dear Marisol,

Thank you for your interest in the Patient Experience Manager position. After
careful review, we have decided to move forward with other candidates whose
experience more closely aligns with our needs. We wish you the best of luck.

Megan O'Rourke
HR Business Partner
""",
)

add(
    slug="hospital_pr_entrevista_presencial", kind="interview_invitation", lang="es",
    company="Hospital San Lázaro de Río Piedras", contact="mocasio@hsanlazaro.example.pr",
    frm=("Lcda. Marta Ocasio", "mocasio@hsanlazaro.example.pr"),
    subject="Citación a entrevista - Gerente de Experiencia del Paciente",
    date="2026-02-20 10:45 -0400", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    msgid="<hsl-cita-0220@hsanlazaro.example.pr>",
    text="""Buenos días, Sra. Kagame-Dunbar:

Por este medio le informamos que ha sido seleccionada para una entrevista para la posición de Gerente de Experiencia del Paciente.

Fecha: jueves, 26 de febrero de 2026
Hora: 10:00 a.m.
Lugar: Oficina de Recursos Humanos, 2do piso, Edificio Administrativo
       Hospital San Lázaro, Calle Padre Las Casas 105, Río Piedras

Favor de traer los siguientes documentos:
  - Licencia de enfermería vigente (Puerto Rico)
  - Certificado de Buena Conducta (no mayor de 6 meses)
  - Certificado de salud
  - Dos cartas de recomendación

La entrevista será con la Directora de Enfermería y esta servidora. Agradeceré que confirme su asistencia respondiendo a este correo.

Cordialmente,

Lcda. Marta Ocasio
Gerente de Recursos Humanos
Hospital San Lázaro de Río Piedras
Tel. (787) 555-0163, ext. 2210
""",
)

add(
    slug="agencia_pr_buenas_noticias", kind="interview_invitation", lang="es",
    company="MediCaribe Seguros de Salud", contact="ycolon@boricuatalent.example.pr",
    frm=("Yadira Colón", "ycolon@boricuatalent.example.pr"),
    subject="¡Entrevista con MediCaribe!",
    date="2026-05-13 11:22 -0400", structure="plain", charset="utf-8", cte="8bit",
    text="""¡Hola Marisol!

¡Buenas noticias! 😊 MediCaribe vio tu perfil y quiere entrevistarte para la posición de Supervisora de Experiencia del Afiliado (Guaynabo, híbrido).

La entrevista sería este viernes 15 de mayo a las 2:00 pm por Teams con la gerente de Servicio al Afiliado, Wanda Rivera. Dura más o menos 45 minutos.

Sé que la vez pasada no te seleccionaron para la plaza de gerente, pero esta es otra posición y el equipo es diferente, así que ¡vamos con todo!

Confírmame si te funciona y te mando el enlace.

Saludos,
Yadira Colón
Reclutadora Sr. | Boricua Talent Group
787-555-0125
""",
)

add(
    slug="madrid_invitacion_usted", kind="interview_invitation", lang="es",
    company="Grupo Hospitalario Castellana", contact="lucia.benavente@ghcastellana.example.es",
    frm=("Lucía Benavente Ruiz", "lucia.benavente@ghcastellana.example.es"),
    subject="Entrevista - Responsable de Experiencia del Paciente",
    date="2026-04-15 09:37 +0200", structure="plain", charset="utf-8", cte="quoted-printable",
    msgid="<ghc-inv-0415@ghcastellana.example.es>",
    text="""Estimada Sra. Kagame-Dunbar:

Le escribo en relación con su candidatura al puesto de Responsable de Experiencia del Paciente en nuestro hospital de Chamartín.

Nos gustaría conocerla en una entrevista por videoconferencia el miércoles 22 de abril a las 17:00 (hora peninsular), que entiendo que serían las 11:00 en Boston. La entrevista durará unos 45 minutos y participará también D. Ignacio Salvatierra, director de Calidad.

Le ruego que me confirme su disponibilidad. Si la fecha no le viniera bien, podemos buscar otra alternativa esa misma semana.

Reciba un cordial saludo,

Lucía Benavente Ruiz
Directora de Atención al Paciente
Grupo Hospitalario Castellana
Tel. +34 91 555 02 14
""",
)

add(
    slug="teamtailor_videollamada", kind="interview_invitation", lang="es",
    company="Vivaz Telemedicina", contact="talento@vivaz.example.es",
    frm=("Vivaz Telemedicina", "no-reply@teamtailor-mail.com"),
    reply_to=("Equipo de Talento Vivaz", "talento@vivaz.example.es"),
    subject="¡Queremos conocerte! Entrevista para Head of Patient Experience",
    date="2026-09-08 10:05 +0200", structure="html", charset="utf-8", cte="base64",
    html=card(
        brand="vivaz", accent="#e11d48", lang="es",
        logo_src="https://assets.teamtailor-cdn.com/vivaz/logo.png",
        pixel_url="https://tt.teamtailor-mail.com/o/vivaz-7e10.gif",
        body="""<p>¡Hola Marisol!</p>
<p>Nos ha encantado tu candidatura para <b>Head of Patient Experience</b>. Tu paso de la planta de oncología a la gestión es justo el tipo de recorrido que buscamos.</p>
<p>Nos gustaría tener una primera videollamada de 30 minutos contigo y con Alba, nuestra COO. Elige el hueco que mejor te venga:</p>
<p style="text-align:center;margin:26px 0;"><a href="https://vivaz.teamtailor.com/meetings/book/ab12cd?utm_source=email" style="background:#e11d48;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:600;">Elegir horario</a></p>
<p>Si ningún hueco te encaja por la diferencia horaria con Boston, respóndenos a este email y lo cuadramos.</p>
<p>¡Hasta pronto!<br>Equipo de Talento · Vivaz Telemedicina</p>""",
        footer="""Vivaz Salud Digital S.L. · Calle de Alcalá 95, 28009 Madrid · Enviado con Teamtailor"""),
)

add(
    slug="miami_entrevista_telefonica", kind="interview_invitation", lang="es",
    company="Centro de Salud Familiar La Ceiba", contact="mquintana@laceibasalud.example.org",
    frm=("Maritza Quintana", "mquintana@laceibasalud.example.org"),
    subject="Entrevista telefónica - Coordinadora de Operaciones Clínicas",
    date="2026-06-17 14:02 -0400", structure="plain", charset="windows-1252", cte="8bit",
    msgid="<laceiba-tel-0617@laceibasalud.example.org>",
    text="""Buenas tardes Sra. Kagame,

Le escribo de parte del Centro de Salud Familiar La Ceiba. Revisamos su resume y nos gustaría hacerle una entrevista por teléfono para la posición de Coordinadora de Operaciones Clínicas en nuestra clínica de Hialeah.

¿Le conviene el viernes 19 de junio a las 11:00 am? La llamaría yo al (617) 555-0101. La conversación puede ser en español o en inglés, como usted prefiera – aquí la mayoría de los pacientes son hispanohablantes, así que en algún momento le vamos a preguntar en español de todas formas ;)

Quedo pendiente.

Maritza Quintana
Gerente de Recursos Humanos
Centro de Salud Familiar La Ceiba
1050 W 49th St, Hialeah, FL 33012 · (305) 555-0196
""",
)

add(
    slug="municipio_citacion_pdf", kind="interview_invitation", lang="es",
    company="Municipio Autónomo de Caguas", contact="rrhh@caguas-salud.example.pr",
    frm=("Oficina de Recursos Humanos - Municipio de Caguas", "rrhh@caguas-salud.example.pr"),
    subject="Citación a entrevista - Convocatoria OSM-2026-14",
    date="2026-08-06 08:50 -0400", structure="mixed", charset="iso-8859-1", cte="quoted-printable",
    msgid="<osm-2026-14-cita@caguas-salud.example.pr>",
    text="""Saludos cordiales:

Adjunto encontrará la citación oficial para la entrevista correspondiente a la Convocatoria OSM-2026-14, Administrador(a) de Servicios de Salud, Oficina de Salud Municipal.

La entrevista se llevará a cabo el martes, 18 de agosto de 2026, a las 9:00 a.m. en el Centro de Gobierno Municipal, Salón de Conferencias B (3er piso), Caguas.

Favor de confirmar su asistencia respondiendo a este correo electrónico en o antes del 13 de agosto.

Oficina de Recursos Humanos
Municipio Autónomo de Caguas
Tel. (787) 555-0170

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anejos son para uso exclusivo del destinatario.
""",
    pdfs=[("Citacion_Entrevista_OSM-2026-14.pdf", "MUNICIPIO AUTONOMO DE CAGUAS - CITACION A ENTREVISTA", [
        "Oficina de Recursos Humanos", "", "Sra. Marisol Kagame-Dunbar", "",
        "Convocatoria: OSM-2026-14 - Administrador(a) de Servicios de Salud",
        "Fecha: martes, 18 de agosto de 2026 - Hora: 9:00 a.m.",
        "Lugar: Centro de Gobierno Municipal, Salon de Conferencias B, 3er piso",
        "", "Debe presentar identificacion con foto y original de su licencia profesional.",
        "", "Director(a) de Recursos Humanos"])],
)

add(
    slug="clinique_suisse_visio_apple", kind="interview_invitation", lang="fr",
    company="Clinique Léman Santé", contact="sophie.delacretaz@lemansante.example.ch",
    frm=("Sophie Delacrétaz", "sophie.delacretaz@lemansante.example.ch"),
    subject="Entretien – Responsable expérience patient (site de Zurich)",
    date="2026-07-15 09:14 +0200", structure="alt", charset="utf-8", cte="quoted-printable",
    html_from_text="apple", msgid="<D4B1E7A2-6C3F-4A08-9E51-LEMAN0715@lemansante.example.ch>",
    headers=[("X-Mailer", "Apple Mail (2.3774.600.62)")],
    text="""Chère Madame Kagame-Dunbar,

Je vous remercie pour votre candidature au poste de Responsable expérience patient pour notre nouveau site de Zurich.

Votre parcours a retenu toute notre attention et nous aimerions vous rencontrer lors d’un entretien par visioconférence avec Mme Claire Rochat, directrice des soins. Seriez-vous disponible le mardi 21 juillet à 16h00 (heure de Zurich), soit 10h00 à Boston ?

L’entretien durera environ une heure et se déroulera en français et en anglais.

Je vous remercie de me confirmer votre disponibilité.

Avec mes meilleures salutations,

Sophie Delacrétaz
Responsable RH
Clinique Léman Santé
Chemin de Beau-Rivage 12 · 1006 Lausanne
+41 21 555 02 30
""",
)

add(
    slug="toronto_francophone_entrevue", kind="interview_invitation", lang="fr",
    company="Réseau Santé Francophone du Grand Toronto", contact="nberube@rsfgt.example.ca",
    frm=("Nathalie Bérubé", "nberube@rsfgt.example.ca"),
    subject="Invitation à une entrevue",
    date="2026-02-19 13:30 -0500", structure="plain", charset="utf-8", cte="quoted-printable",
    msgid="<rsfgt-entrevue-0219@rsfgt.example.ca>",
    text="""Bonjour Madame Kagame-Dunbar,

À la suite de l'analyse de votre candidature au poste de coordonnatrice de l'expérience patient, nous avons le plaisir de vous convoquer à une entrevue.

L'entrevue aura lieu le mercredi 4 mars 2026, à 10 h (heure de l'Est), sur Microsoft Teams. Elle durera environ 60 minutes et sera menée par un comité de trois personnes. Une partie de l'entrevue se déroulera en anglais.

Nous vous prions de confirmer votre présence en répondant à ce courriel d'ici le 25 février.

Au plaisir de vous rencontrer,

Nathalie Bérubé
Conseillère en ressources humaines
Réseau Santé Francophone du Grand Toronto
416 555-0188, poste 204
""",
)

add(
    slug="agence_montreal_bonne_nouvelle", kind="interview_invitation", lang="fr",
    company="Santéclair Télémédecine", contact="jerome@recrutementboreal.example.ca",
    frm=("Jérôme Tremblay", "jerome@recrutementboreal.example.ca"),
    subject="Santéclair veut te rencontrer!",
    date="2026-05-04 17:46 -0400", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Salut Marisol,

Bonne nouvelle : Santéclair a bien aimé ton profil pour le poste de chef d'équipe, expérience patient (Toronto). Geneviève Paradis, la directrice des opérations cliniques, aimerait te rencontrer en entrevue Teams le jeudi 21 mai à 13 h.

Petit conseil : elle va sûrement te demander un exemple concret de gestion d'une plainte difficile. Prépare aussi une réponse sur ton niveau de français au travail, parce que l'équipe est bilingue.

Tu me confirmes? Je leur réponds dès que j'ai ton OK.

Jérôme Tremblay
Conseiller principal | Recrutement Boréal
514 555-0117
""",
)

add(
    slug="spitex_vorstellungsgespraech", kind="interview_invitation", lang="de",
    company="Spitex Zürich Nord", contact="reto.baumann@spitex-zn.example.ch",
    frm=("Reto Baumann", "reto.baumann@spitex-zn.example.ch"),
    subject="Einladung zum Vorstellungsgespräch – Bereichsleitung Einsatzplanung",
    date="2026-09-21 08:26 +0200", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    msgid="<spitexzn-einladung-0921@spitex-zn.example.ch>",
    text="""Sehr geehrte Frau Kagame-Dunbar

Besten Dank für Ihre Bewerbung als Bereichsleitung Einsatzplanung. Ihr Dossier hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Datum: Dienstag, 29. September 2026
Zeit:  14.00 - 15.30 Uhr
Ort:   Spitex Zürich Nord, Schaffhauserstrasse 355, 8050 Zürich (3. Stock, Empfang)

Am Gespräch nehmen Frau Sandra Meier (Geschäftsleiterin) und ich teil. Da Sie zurzeit noch in den USA wohnen, können wir das Gespräch auch per Video durchführen.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Freundliche Grüsse

Reto Baumann
Leiter Pflege und Betreuung
Spitex Zürich Nord
Tel. +41 44 555 03 20
""",
)

add(
    slug="successfactors_interview_termin", kind="interview_invitation", lang="de",
    company="Zürisana Krankenversicherung", contact="monika.huber@zuerisana.example.ch",
    frm=("Zürisana Karriere", "noreply@successfactors.eu"),
    reply_to=("Huber Monika", "monika.huber@zuerisana.example.ch"),
    subject="Einladung zum Interview: Teamleiterin Kundenerlebnis (Job-ID 30911)",
    date="2026-04-02 10:40 +0200", structure="html", charset="utf-8", cte="quoted-printable",
    html=ats_table(
        logo_src="https://career5.successfactors.eu/companylogo/zuerisana.png",
        logo_alt="Zürisana", accent="#00a0af", lang="de",
        pixel_url="https://career5.successfactors.eu/email/open?cid=ZS-30911-4",
        body="""<p>Sehr geehrte Frau Kagame-Dunbar</p>
<p>Vielen Dank für Ihre Bewerbung als <b>Teamleiterin Kundenerlebnis</b>. Gerne möchten wir Sie näher kennenlernen und laden Sie zu einem ersten Gespräch per Microsoft Teams ein.</p>
<p>Bitte wählen Sie über den folgenden Link einen passenden Termin zwischen dem 13. und 16. April aus:</p>
<p style="margin:20px 0;"><a href="https://career5.successfactors.eu/career?_s.crb=ZS30911sched" style="background:#00a0af;color:#ffffff;padding:11px 22px;text-decoration:none;">Termin auswählen</a></p>
<p>Für Fragen steht Ihnen Frau Monika Huber, HR Business Partner, gerne zur Verfügung – antworten Sie einfach auf diese E-Mail.</p>
<p>Freundliche Grüsse<br>Zürisana Krankenversicherung AG<br>Human Resources</p>""",
        footer="""Zürisana Krankenversicherung AG &middot; Hohlstrasse 200 &middot; 8004 Zürich<br>
<a href="https://career5.successfactors.eu/privacy?company=zuerisana" style="color:#6b7280;">Datenschutzerklärung für Bewerbende</a>"""),
)

add(
    slug="startup_kennenlern_call_du", kind="interview_invitation", lang="de",
    company="MedAlpina", contact="lea.brunner@medalpina.example.ch",
    frm=("Lea Brunner", "lea.brunner@medalpina.example.ch"),
    subject="Kennenlern-Call?",
    date="2026-08-19 15:58 +0200", structure="plain", charset="utf-8", cte="8bit",
    text="""Hoi Marisol

Danke für deine Bewerbung als Patient Success Lead – dein Mix aus Pflege und Prozessdenken gefällt uns sehr!

Hättest du Lust auf einen ersten Kennenlern-Call mit mir? Ich würde Montag, 24. August um 16 Uhr (bei dir 10 Uhr) vorschlagen, ca. 30 Minuten per Google Meet. Falls das nicht passt, schick mir gern zwei, drei Alternativen.

Liebe Grüsse
Lea

Lea Brunner | People & Culture | MedAlpina
medalpina.example.ch
""",
)

# =============================================================================================
# interview_reschedule_or_cancel
# =============================================================================================

add(
    slug="teams_update_sequence", kind="interview_reschedule_or_cancel", lang="en",
    company="Schuylkill Valley Health", contact="cbeaumont@svhealth.example.org",
    frm=("Charlotte Beaumont", "cbeaumont@svhealth.example.org"),
    subject="Updated invitation: Interview: Nurse Manager, Patient Experience - Marisol Kagame-Dunbar",
    date="2026-03-13 09:02 -0400", structure="calendar", charset="utf-8", cte="quoted-printable",
    msgid="<svh-upd-0313@svhealth.example.org>", refs=["<svh-inv-0310@svhealth.example.org>"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Hi Marisol,

Dr. Osei has been called into a system leadership meeting on Tuesday morning, so we need to move your interview. The new time is Thursday, March 19, 1:30–2:30 PM Eastern, same Teams link. I'm sorry for the shuffle.

If Thursday afternoon doesn't work, let me know and I'll find another slot this week.

Charlotte

When: Thursday, March 19, 2026 1:30 PM-2:30 PM (UTC-05:00) Eastern Time (US & Canada)
Where: Microsoft Teams Meeting
""",
    ics=ics(method="REQUEST", uid=SVH_UID, sequence=1,
            start="20260319T133000", end="20260319T143000",
            summary="Interview: Nurse Manager, Patient Experience - Marisol Kagame-Dunbar",
            organizer=("Charlotte Beaumont", "cbeaumont@svhealth.example.org"),
            location="Microsoft Teams Meeting", stamp="20260313T130200Z"),
)

add(
    slug="google_calendar_cancel_ill", kind="interview_reschedule_or_cancel", lang="en",
    company="Gotham Telecare", contact="renee.liu@gothamtelecare.example.com",
    frm=("Renee Liu", "renee.liu@gothamtelecare.example.com"),
    subject="Canceled event with note: Panel interview - Marisol Kagame-Dunbar / Gotham Telecare @ Tue Apr 21, 2026 11am - 12pm (EDT)",
    date="2026-04-20 18:47 -0400", structure="calendar", charset="utf-8", cte="quoted-printable",
    msgid="<calendar-c7d0e913-55aa-4b7e-8d2f-0e9b6a4c1f27@google.com>",
    refs=["<calendar-9a1f5e22-3b8c-4f1d-a7e0-6c2b1d9f0e44@google.com>"],
    ics_method="CANCEL",
    text="""Renee Liu has canceled this event and included a note:

"Marisol, so sorry - Dr. Okafor is out sick and we don't want to do the panel without him. I'm canceling tomorrow's slot and will send new times for later this week or early next. Nothing has changed on our side, we're still very keen!"

Panel interview - Marisol Kagame-Dunbar / Gotham Telecare
Tuesday Apr 21, 2026 11am - 12pm (Eastern Time - New York)

Invitation from Google Calendar
""",
    ics=ics(method="CANCEL", uid=GOTHAM_UID, sequence=1,
            start="20260421T110000", end="20260421T120000",
            summary="Panel interview - Marisol Kagame-Dunbar / Gotham Telecare",
            organizer=("Renee Liu", "renee.liu@gothamtelecare.example.com"),
            stamp="20260420T224700Z", prodid="-//Google Inc//Google Calendar 70.9054//EN"),
)

add(
    slug="storm_watch_moved_to_teams", kind="interview_reschedule_or_cancel", lang="en",
    company="Biscayne Health System", contact="ycartagena@biscaynehealth.example.org",
    frm=("Yesenia Cartagena", "ycartagena@biscaynehealth.example.org"),
    subject="RE: Onsite interview - Patient Flow Manager - Thursday 9/10",
    date="2026-09-09 08:12 -0400", structure="plain", charset="windows-1252", cte="quoted-printable",
    refs=["<bhs-onsite-0902.33@biscaynehealth.example.org>", "<CAO5mT1tW2kp@mail.example.com>"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Good morning Marisol,

With the tropical storm watch for Miami-Dade, our leadership has asked that we move all non-essential onsite visits to virtual this week. Please don’t book your flight for tomorrow.

Your interview will go ahead at the same time (Thursday 9/10, 9:30 AM) but on Microsoft Teams. I’ll send the link this afternoon. We’ll skip the unit tour and do it another time if things move forward.

Stay safe,
Yesenia

Yesenia Cartagena
Talent Acquisition Partner | Biscayne Health System
""",
)

add(
    slug="committee_chair_moved", kind="interview_reschedule_or_cancel", lang="en",
    company="Fenway College of Health Sciences", contact="gamankwah@fenwaychs.example.org",
    frm=("Gloria Amankwah", "gamankwah@fenwaychs.example.org"),
    subject="RE: Invitation to interview - Director, Clinical Placement Operations",
    date="2026-01-19 16:10 -0500", structure="plain", charset="windows-1252", cte="quoted-printable",
    refs=["<fchs-search-0114@fenwaychs.example.org>", "<CAO5mT1hN1s@mail.example.com>"],
    text="""Dear Ms. Kagame-Dunbar,

I am writing with apologies: the chair of the search committee has been asked to attend an accreditation visit on Thursday, and we must reschedule the interview we had confirmed for Thursday, January 22 at 9:30 AM.

Could you instead meet with the committee on Tuesday, January 27 at 10:00 AM or 3:00 PM? The format and the Zoom link will remain the same.

Thank you for your flexibility, and again my apologies for the change.

Sincerely,
Gloria Amankwah
Search Coordinator, Office of the Provost
Fenway College of Health Sciences
""",
)

add(
    slug="greenhouse_interview_updated", kind="interview_reschedule_or_cancel", lang="en",
    company="Tidewell Health", contact="",
    frm=("Tidewell Health", "no-reply@us.greenhouse-mail.io"),
    subject="Your interview with Tidewell Health has been updated",
    date="2026-02-09 12:31 -0500", structure="html", charset="utf-8", cte="quoted-printable",
    html=card(
        brand="Tidewell Health", accent="#0f766e",
        logo_src="https://s3.amazonaws.com/grnhse-prod/tidewell/logo_email.png",
        pixel_url="https://u1843.ct.greenhouse-mail.io/wf/open?upn=tdw-6104",
        body="""<p>Hi Marisol,</p>
<p>Your interview for <strong>Care Operations Lead</strong> has been rescheduled. Here are the updated details:</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;margin:10px 0 18px 0;">
<tr><td style="color:#6b7280;width:110px;">Previous</td><td style="text-decoration:line-through;color:#9ca3af;">Wednesday, February 11, 2026, 2:00 PM - 3:30 PM EST</td></tr>
<tr><td style="color:#6b7280;">New time</td><td><strong>Tuesday, February 17, 2026, 1:00 PM - 2:30 PM EST</strong></td></tr>
<tr><td style="color:#6b7280;">Interviewers</td><td>Priya Natarajan, Tom Beckett</td></tr>
<tr><td style="color:#6b7280;">Location</td><td><a href="https://u1843.ct.greenhouse-mail.io/ls/click?upn=zoom-tdw-panel">Zoom</a></td></tr>
</table>
<p>An updated calendar invitation is on its way. No action is needed if the new time works for you.</p>""",
        footer="This is an automated message from Tidewell Health's recruiting system. Tidewell Telehealth, Inc. &middot; Boston, MA"),
)

add(
    slug="iphone_cancel_sick_kid", kind="interview_reschedule_or_cancel", lang="en",
    company="Ocean State Medical Center", contact="kevin.marchetti@oceanstatemed.example.org",
    frm=("Kevin Marchetti", "kevin.marchetti@oceanstatemed.example.org"),
    subject="Re: Ambulatory Operations Manager - Ocean State Medical Center",
    date="2026-02-19 10:06 -0500", structure="plain", charset="us-ascii", cte="7bit",
    refs=["<7E21A0C4-33B1-4F0B-9D51-2C9A1F0E6B10@oceanstatemed.example.org>", "<CAO5mT1k9vXq2@mail.example.com>"],
    text="""Marisol, have to cancel today's call, my kid's home sick. Could you come down in person next Fri 2/27 at 9 instead? I'd rather show you the infusion suite than talk about it. Sorry about this.

K

Sent from my iPhone
""",
)

add(
    slug="postponed_budget_review", kind="interview_reschedule_or_cancel", lang="en",
    company="Lenox Park Medical Group", contact="isolberg@lenoxparkmg.example.com",
    frm=("Ingrid Solberg", "isolberg@lenoxparkmg.example.com"),
    subject="Thursday's interview",
    date="2026-04-01 17:26 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    msgid="<lpmg-postpone-0401@lenoxparkmg.example.com>",
    text="""Hi Marisol,

I need to postpone Thursday's interview with Dr. Hadley for the Practice Operations Manager role. Our finance committee is reviewing the practice budgets this week and we've been asked to pause interviews until it's done.

I expect to have an answer within two weeks and will reach out then with a new date. I'm sorry for the short notice - I know you'd cleared your afternoon.

Best,
Ingrid

Ingrid Solberg
Recruiting Manager
Lenox Park Medical Group
655 Park Avenue | New York, NY 10065
""",
)

add(
    slug="agency_moved_to_monday", kind="interview_reschedule_or_cancel", lang="en",
    company="Delaware Valley Home Health", contact="destiny@travelcarestaffing.example.com",
    frm=("Destiny Alvarez", "destiny@travelcarestaffing.example.com"),
    subject="Re: GREAT NEWS!!! Interview request",
    date="2026-05-07 07:52 -0400", structure="plain", charset="utf-8", cte="8bit",
    refs=["<dvhh-tc-0505.1@travelcarestaffing.example.com>", "<CAO5mT1uE7dq@mail.example.com>"],
    text="""Morning Marisol!

Change of plans - Delaware Valley's director got pulled into a state survey today so they need to MOVE your interview from this morning to Monday 5/11 at 2pm, same Zoom link. Sorry for the last minute switch!! Can you do Monday?? Let me know asap 🙏

Destiny
TravelCare Nurse Staffing
267-555-0133

> On Tue, May 5, 2026 at 9:40 AM Marisol Kagame-Dunbar <marisol.kd@example.com> wrote:
> Thursday at 11 works perfectly, thank you Destiny!
""",
)

add(
    slug="apagon_reprogramacion", kind="interview_reschedule_or_cancel", lang="es",
    company="Hospital San Lázaro de Río Piedras", contact="mocasio@hsanlazaro.example.pr",
    frm=("Lcda. Marta Ocasio", "mocasio@hsanlazaro.example.pr"),
    subject="RE: Citación a entrevista - Gerente de Experiencia del Paciente",
    date="2026-02-25 16:34 -0400", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    refs=["<hsl-cita-0220@hsanlazaro.example.pr>", "<CAO5mT1lP4es@mail.example.com>"],
    text="""Sra. Kagame-Dunbar:

Debido a la interrupción del servicio eléctrico en el área de Río Piedras, el edificio administrativo estará operando con generador y con personal limitado durante el resto de la semana. Por tal motivo nos vemos obligados a reprogramar su entrevista de mañana jueves.

Le proponemos el martes 3 de marzo a las 10:00 a.m., en el mismo lugar. Si prefiere, podemos hacerla por Teams.

Le pedimos excusas por el inconveniente. Favor de confirmar.

Cordialmente,
Lcda. Marta Ocasio
Gerente de Recursos Humanos
Hospital San Lázaro de Río Piedras
""",
)

add(
    slug="madrid_cambio_hora_outlook", kind="interview_reschedule_or_cancel", lang="es",
    company="Grupo Hospitalario Castellana", contact="lucia.benavente@ghcastellana.example.es",
    frm=("Lucía Benavente Ruiz", "lucia.benavente@ghcastellana.example.es"),
    subject="RE: Entrevista - Responsable de Experiencia del Paciente",
    date="2026-04-20 12:15 +0200", structure="alt", charset="windows-1252", cte="quoted-printable",
    html_from_text="outlook",
    refs=["<ghc-inv-0415@ghcastellana.example.es>", "<CAO5mT1sB1m@mail.example.com>"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Estimada Marisol:

Le escribo para pedirle un cambio: el director de Calidad tiene que asistir el miércoles 22 a una auditoría de la Consejería y no podrá estar en la entrevista. ¿Le vendría bien el miércoles 29 de abril a la misma hora (17:00 en Madrid, 11:00 en Boston)?

Disculpe las molestias. Le envío el nuevo enlace en cuanto me confirme.

Un saludo cordial,

Lucía Benavente Ruiz
Directora de Atención al Paciente
Grupo Hospitalario Castellana

De: Marisol Kagame-Dunbar <marisol.kd@example.com>
Enviado: jueves, 16 de abril de 2026 3:20
Para: Lucía Benavente Ruiz <lucia.benavente@ghcastellana.example.es>
Asunto: Re: Entrevista - Responsable de Experiencia del Paciente

Estimada Lucía:

Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista del
miércoles 22 de abril a las 17:00.

Un saludo,
Marisol Kagame-Dunbar
""",
)

add(
    slug="miami_directora_enferma", kind="interview_reschedule_or_cancel", lang="es",
    company="Centro de Salud Familiar La Ceiba", contact="mquintana@laceibasalud.example.org",
    frm=("Maritza Quintana", "mquintana@laceibasalud.example.org"),
    subject="Entrevista de mañana con la directora",
    date="2026-06-23 17:41 -0400", structure="plain", charset="windows-1252", cte="8bit",
    text="""Hola Marisol,

Le escribo para avisarle que tenemos que cancelar la entrevista de mañana miércoles con la Dra. Esquivel. Está enferma y no va a venir a la clínica en lo que queda de semana.

Quiero buscarle otra fecha lo antes posible porque de verdad le interesa conocerla. ¿Le funcionaría el lunes 29 o el martes 30 de junio por la mañana? Puede ser en persona o por Zoom.

Disculpe el cambio a última hora.

Maritza Quintana
Gerente de Recursos Humanos – Centro de Salud Familiar La Ceiba
(305) 555-0196
""",
)

add(
    slug="municipio_cambio_virtual", kind="interview_reschedule_or_cancel", lang="es",
    company="Municipio Autónomo de Caguas", contact="rrhh@caguas-salud.example.pr",
    frm=("Oficina de Recursos Humanos - Municipio de Caguas", "rrhh@caguas-salud.example.pr"),
    subject="ENMIENDA: Citación a entrevista - Convocatoria OSM-2026-14",
    date="2026-08-12 13:05 -0400", structure="plain", charset="iso-8859-1", cte="8bit",
    refs=["<osm-2026-14-cita@caguas-salud.example.pr>"],
    text="""Saludos:

Le informamos una enmienda a la citación enviada el 6 de agosto. Debido a trabajos de remodelación en el Centro de Gobierno Municipal, las entrevistas de la Convocatoria OSM-2026-14 se realizarán de manera VIRTUAL a través de Microsoft Teams.

La fecha y la hora no cambian: martes, 18 de agosto de 2026, 9:00 a.m. El enlace será enviado el día antes.

Tenga a la mano su identificación con foto y su licencia profesional para mostrarlas a la cámara al inicio de la entrevista.

Para cualquier duda, responda a este correo.

Oficina de Recursos Humanos
Municipio Autónomo de Caguas
""",
)

add(
    slug="clinique_decaler_entretien", kind="interview_reschedule_or_cancel", lang="fr",
    company="Clinique Léman Santé", contact="sophie.delacretaz@lemansante.example.ch",
    frm=("Sophie Delacrétaz", "sophie.delacretaz@lemansante.example.ch"),
    subject="Re: Entretien – Responsable expérience patient (site de Zurich)",
    date="2026-07-20 11:02 +0200", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    refs=["<D4B1E7A2-6C3F-4A08-9E51-LEMAN0715@lemansante.example.ch>", "<CAO5mT1vQ5fr@mail.example.com>"],
    headers=[("X-Mailer", "Apple Mail (2.3774.600.62)")],
    text="""Chère Madame Kagame-Dunbar,

Je suis navrée, mais nous devons décaler notre entretien de demain : Mme Rochat est retenue par une urgence sur le site de Lausanne.

Pourrions-nous le déplacer au jeudi 23 juillet, toujours à 16h00 (heure de Zurich) ? Le lien de visioconférence reste le même.

Avec mes excuses pour ce contretemps et mes meilleures salutations,

Sophie Delacrétaz
Responsable RH, Clinique Léman Santé

> Le 15 juil. 2026 à 19:02, Marisol Kagame-Dunbar <marisol.kd@example.com> a écrit :
>
> Chère Madame Delacrétaz,
> Je vous confirme ma disponibilité pour le mardi 21 juillet à 16h00.
> Bien cordialement,
> Marisol Kagame-Dunbar
""",
)

add(
    slug="avis_modification_entrevue", kind="interview_reschedule_or_cancel", lang="fr",
    company="Réseau Santé Francophone du Grand Toronto", contact="",
    frm=("RSFGT - Carrières", "carrieres-noreply@rsfgt.example.ca"),
    subject="Avis de modification d'entrevue",
    date="2026-02-25 09:00 -0500", structure="html", charset="iso-8859-1", cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<table width="620" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#3d2b6b;padding:14px 18px;"><img src="https://carrieres.rsfgt.example.ca/img/logo-rsfgt-blanc.png" alt="Réseau Santé Francophone du Grand Toronto" height="40"></td></tr>
<tr><td style="padding:20px 18px;">
<p>Bonjour Marisol Kagame-Dunbar,</p>
<p>L'heure de votre entrevue pour le poste <b>Coordonnatrice ou coordonnateur de l'expérience patient (concours 2026-011)</b> a été modifiée.</p>
<table cellpadding="4" border="0">
<tr><td><b>Date :</b></td><td>mercredi 4 mars 2026</td></tr>
<tr><td><b>Ancienne heure :</b></td><td>10 h 00 (HNE)</td></tr>
<tr><td><b>Nouvelle heure :</b></td><td>14 h 00 (HNE)</td></tr>
<tr><td><b>Mode :</b></td><td>Microsoft Teams</td></tr>
</table>
<p>Le nouveau lien de la réunion vous sera transmis par courriel séparé. Pour confirmer la nouvelle heure, veuillez cliquer sur le bouton ci-dessous.</p>
<p><a href="https://carrieres.rsfgt.example.ca/r/confirm?c=2026-011&amp;t=a8e2" style="background:#3d2b6b;color:#ffffff;padding:9px 18px;text-decoration:none;">Confirmer</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#777;padding:10px 18px;border-top:1px solid #ddd;">Ce courriel a été envoyé automatiquement. Veuillez ne pas y répondre.<br>Réseau Santé Francophone du Grand Toronto, 20, rue Adelaide Est, Toronto (Ontario)</td></tr>
</table>
<img src="https://carrieres.rsfgt.example.ca/r/o.gif?c=2026-011" width="1" height="1" alt="">
</body></html>
""",
)

add(
    slug="spitex_termin_verschieben", kind="interview_reschedule_or_cancel", lang="de",
    company="Spitex Zürich Nord", contact="reto.baumann@spitex-zn.example.ch",
    frm=("Reto Baumann", "reto.baumann@spitex-zn.example.ch"),
    subject="Terminverschiebung Vorstellungsgespräch",
    date="2026-09-28 13:40 +0200", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    refs=["<spitexzn-einladung-0921@spitex-zn.example.ch>", "<5C2E9A11-7B0D-4F3E-A1C2-MKD0921@example.com>"],
    text="""Sehr geehrte Frau Kagame-Dunbar

Leider muss ich unseren Termin von morgen Dienstag, 29. September, verschieben. Frau Meier ist kurzfristig an eine Sitzung des Stiftungsrates aufgeboten worden.

Wäre es Ihnen möglich, das Gespräch am Freitag, 2. Oktober, um 15.00 Uhr (per Video) zu führen? Die Einwahldaten schicke ich Ihnen nach Ihrer Bestätigung.

Ich entschuldige mich für die Umstände.

Freundliche Grüsse
Reto Baumann
Leiter Pflege und Betreuung, Spitex Zürich Nord

Am 21.09.2026 um 18:40 schrieb Marisol Kagame-Dunbar <marisol.kd@example.com>:
> Sehr geehrter Herr Baumann
>
> Vielen Dank für die Einladung. Gerne bestätige ich das Vorstellungsgespräch
> vom Dienstag, 29. September, um 14.00 Uhr. Da ich noch in Boston wohne, wäre
> ich froh, wenn wir das Gespräch per Video führen könnten.
>
> Freundliche Grüsse
> Marisol Kagame-Dunbar
""",
)

# =============================================================================================
# missed_interview_notice
# =============================================================================================

add(
    slug="waited_in_lobby_ten", kind="missed_interview_notice", lang="en",
    company="Penn Landing Rehabilitation Hospital", contact="megan.orourke@pennlandingrehab.example.org",
    frm=("O'Rourke, Megan", "megan.orourke@pennlandingrehab.example.org"),
    subject="Today's interview",
    date="2026-06-09 10:52 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Marisol,

Maria and I waited for you in the main lobby at 10:00 for today's interview, and I tried your cell around 10:20 but it went to voicemail. I hope everything is okay.

If something came up, please let me know today. Maria is out of the office after Thursday, so if you're still interested we would need to find a time next week.

Megan

Megan O'Rourke
HR Business Partner | Penn Landing Rehabilitation Hospital
215-555-0149
""",
)

add(
    slug="icims_did_not_join", kind="missed_interview_notice", lang="en",
    company="Metro Ambulatory Partners", contact="",
    frm=("Metro Ambulatory Partners", "no-reply@talent.icims.com"),
    subject="We missed you at your interview",
    date="2026-05-27 15:10 -0400", structure="html", charset="utf-8", cte="base64",
    html=ats_table(
        logo_src="https://careers-metroambulatory.icims.com/images/map_logo.png",
        logo_alt="Metro Ambulatory Partners", accent="#e4572e",
        pixel_url="https://careers-metroambulatory.icims.com/email/track/open.gif?id=6612391",
        body="""<p>Hi Marisol,</p>
<p>Our records show that you did not join the video interview scheduled for <b>Wednesday, May 27 at 2:00 PM ET</b> for the <b>Clinic Operations Manager - Bronx</b> position.</p>
<p>We understand that things come up. If you are still interested in this opportunity, you may request a new time within the next 5 business days:</p>
<p style="text-align:center;margin:20px 0;"><a href="https://careers-metroambulatory.icims.com/schedule?token=cmVzY2hlZA6612391" style="background:#e4572e;color:#fff;padding:11px 24px;text-decoration:none;border-radius:3px;">Request a new time</a></p>
<p>If we do not hear from you, your application will be withdrawn.</p>
<p>Metro Ambulatory Partners Recruiting</p>""",
        footer="""This is an automated message. Please do not reply.<br>
Metro Ambulatory Partners &middot; 1 Fordham Plaza, Bronx, NY 10458"""),
)

add(
    slug="tried_to_call_voicemail", kind="missed_interview_notice", lang="en",
    company="Hudson & East River Hospitals", contact="cvelez@heriverhospitals.example.org",
    frm=("Velez, Carmen", "cvelez@heriverhospitals.example.org"),
    subject="RE: Patient Experience Manager - phone interview",
    date="2026-03-05 15:24 -0500", structure="plain", charset="windows-1252", cte="quoted-printable",
    msgid="<her-missed-0305.C2@heriverhospitals.example.org>",
    refs=["<her-screen-0302.A11@heriverhospitals.example.org>", "<CAO5mT1m8Hx@mail.example.com>"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Hi Marisol,

I tried to call you at 3:00 PM for our scheduled phone interview at (617) 555-0101, twice, and both times it went straight to voicemail. I left a message.

Please let me know whether you’re still interested and when you’re free – I have some availability tomorrow afternoon.

Thanks,
Carmen

Carmen Velez
Senior Talent Acquisition Specialist
Hudson & East River Hospitals

From: Marisol Kagame-Dunbar <marisol.kd@example.com>
Sent: Monday, March 2, 2026 12:10 PM
To: Velez, Carmen <cvelez@heriverhospitals.example.org>
Subject: RE: Patient Experience Manager - phone interview

Hi Carmen, Thursday at 3:00 works well. (617) 555-0101 is the right number.
Looking forward to it!
Marisol
""",
)

add(
    slug="working_interview_no_show", kind="missed_interview_notice", lang="en",
    company="Back Bay Urgent Care & Walk-In", contact="deb@backbayurgentcare.example.com",
    frm=("Deb Kowalski", "deb@backbayurgentcare.example.com"),
    subject="?",
    date="2026-03-28 08:09 -0400", structure="plain", charset="us-ascii", cte="7bit",
    text="""Marisol,

You were on the schedule for the working interview / shadow shift with me this morning at 7 and didn't show. Nobody heard from you. Let me know if you still want to be considered for the clinic lead spot.

Deb Kowalski, RN
Clinic Manager
Back Bay Urgent Care & Walk-In
""",
)

add(
    slug="startup_zoom_everything_ok", kind="missed_interview_notice", lang="en",
    company="Wayfinder care", contact="jules@wayfindercare.example.com",
    frm=("Jules Abernathy", "jules@wayfindercare.example.com"),
    subject="Re: chat next week?",
    date="2026-07-14 13:19 -0400", structure="plain", charset="us-ascii", cte="7bit",
    refs=["<CAJ8wf-founder-0707@mail.wayfindercare.example.com>", "<CAO5mT1wA9jx@mail.example.com>"],
    text="""hey - priyanka and i are on the meet link, been here since 1. everything ok? happy to push to later today or tomorrow if something came up.

jules
""",
)

add(
    slug="workable_unable_to_attend", kind="missed_interview_notice", lang="en",
    company="Northbridge Health Benefits", contact="owen.kowalczyk@northbridgebenefits.example.ca",
    frm=("Northbridge Health Benefits", "noreply@workablemail.com"),
    reply_to=("Owen Kowalczyk", "owen.kowalczyk@northbridgebenefits.example.ca"),
    subject="Your interview on June 2",
    date="2026-06-02 11:31 -0400", structure="html", charset="utf-8", cte="quoted-printable",
    refs=["<nbhb-wk-inv-0520@workablemail.com>"],
    html=card(
        brand="Northbridge Health Benefits", accent="#1e3a8a",
        logo_src="https://workablehr.s3.amazonaws.com/uploads/account/logo/northbridge.png",
        pixel_url="https://email.workablemail.com/o/nbhb-7790.gif",
        body="""<p>Hi Marisol,</p>
<p>We noted that you were unable to attend your scheduled interview this morning (10:00 AM Eastern) with Dr. Sandhu and me for the Clinical Case Management Lead position. We waited in the Teams meeting for 15 minutes.</p>
<p>If you would still like to be considered, please reply within 48 hours and we will do our best to find another time. After that we will assume you are no longer interested and close your application.</p>
<p>Kind regards,<br>Owen Kowalczyk<br>Talent Acquisition, Northbridge Health Benefits</p>""",
        footer="Northbridge Health Benefits Inc., 200 Bay Street, Toronto, ON M5J 2J2 &middot; Sent with Workable"),
)

add(
    slug="la_esperamos_nueve", kind="missed_interview_notice", lang="es",
    company="Clínicas Familiares del Este", contact="itorres@cfeste.example.pr",
    frm=("Ivelisse Torres", "itorres@cfeste.example.pr"),
    subject="Entrevista hoy 9:00",
    date="2026-07-08 10:14 -0400", structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Buenos días Marisol:

La esperamos hoy a las 9:00 para la entrevista en la clínica de Humacao y no llegó. La llamamos dos veces al número que nos dejó.

¿Todo bien? Si tuvo algún inconveniente, déjeme saber y vemos si podemos reprogramar para la semana que viene.

Dra. Ivelisse Torres
Directora Médica | Clínicas Familiares del Este
(787) 555-0131
""",
)

add(
    slug="no_te_conectaste_videollamada", kind="missed_interview_notice", lang="es",
    company="Clínica Retiro Salud", contact="paula.ibanez@clinicaretiro.example.es",
    frm=("Paula Ibáñez", "paula.ibanez@clinicaretiro.example.es"),
    subject="Videollamada de esta mañana",
    date="2026-03-04 12:02 +0100", structure="alt", charset="utf-8", cte="quoted-printable",
    html_from_text="gmail",
    text="""Hola Marisol:

Te escribo porque esta mañana a las 10:00 (hora de Madrid) teníamos la videollamada para el puesto de Responsable de Atención al Paciente y no te conectaste. Estuvimos esperando unos veinte minutos.

Entiendo que con la diferencia horaria con Boston puede haber habido una confusión. Si sigues interesada, dime un par de huecos esta semana y lo intentamos de nuevo.

Un saludo,
Paula

Paula Ibáñez
Coordinadora de Personas
Clínica Retiro Salud · Madrid
""",
)

add(
    slug="agence_absence_entrevue_foyer", kind="missed_interview_notice", lang="fr",
    company="Foyer Richelieu", contact="jerome@recrutementboreal.example.ca",
    frm=("Jérôme Tremblay", "jerome@recrutementboreal.example.ca"),
    subject="Entrevue de ce matin avec le Foyer Richelieu",
    date="2026-09-17 11:48 -0400", structure="plain", charset="utf-8", cte="8bit",
    text="""Salut Marisol,

Le Foyer Richelieu m'a appelé : tu ne t'es pas présentée à l'entrevue Teams de 10 h ce matin pour le poste de gestionnaire de l'expérience des résidents. Ils t'ont attendue une quinzaine de minutes.

Est-ce qu'il y a eu un pépin? Si tu es toujours intéressée, écris-moi aujourd'hui et je vais essayer de leur demander une deuxième chance, mais je ne peux rien promettre.

Jérôme
Recrutement Boréal
514 555-0117
""",
)

add(
    slug="nicht_erschienen_klinik", kind="missed_interview_notice", lang="de",
    company="Klinik Limmatblick", contact="sabine.wyss@limmatblick.example.ch",
    frm=("Wyss Sabine", "sabine.wyss@limmatblick.example.ch"),
    subject="Unser Gespräch von heute, 14.00 Uhr",
    date="2026-06-04 14:47 +0200", structure="plain", charset="iso-8859-1", cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Sehr geehrte Frau Kagame-Dunbar

Wir hatten heute um 14.00 Uhr ein Video-Gespräch für die Stelle als Leiterin Patientenmanagement vereinbart. Leider haben Sie sich nicht eingewählt, und wir konnten Sie auch telefonisch nicht erreichen.

Bitte teilen Sie uns bis Ende Woche mit, ob Sie weiterhin an der Stelle interessiert sind.

Freundliche Grüsse

Sabine Wyss
HR-Fachfrau
Klinik Limmatblick AG
Limmatquai 140, 8001 Zürich
Tel. +41 44 555 01 72
""",
)
