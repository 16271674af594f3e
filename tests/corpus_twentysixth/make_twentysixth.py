"""Generator for the twenty-sixth labelled corpus (Siobhan Murphy's inbox, Jan-Jun 2026).

Why a generator: the MIME structure (charsets, transfer encodings, HTML-only bodies, calendar
parts, attachments, threading headers) is tedious and error-prone to hand-write, while the
wording is what the corpus measures. So every message's words are written out by hand below,
one call each, and this module only wraps them in realistic MIME. It imports only the standard
library; it never imports the classifier.

Run `python tests/corpus_twentysixth/make_twentysixth.py` to rewrite the .eml files and
labels.csv; the output is deterministic (fixed boundaries, dates and Message-IDs).
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import charset as email_charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = ("Siobhan Murphy", "siobhan.murphy@example.com")


@dataclass
class Spec:
    """One message: its words, its wrapping, and its labels."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    frm: tuple[str, str]
    subject: str
    body: str
    d: str  # "MM-DD HH:MM" in 2026, local time of the sender
    tz: str = ""
    fmt: str = "plain"  # plain, qp, b64, latin1, cp1252, html, alt
    html: str = ""
    reply_to: str = ""
    to: tuple[str, str] = ME
    cc: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    thread: str = ""  # a Message-ID this one replies to
    ics: str = ""
    attach: str = ""
    mid: str = ""


SPECS: list[Spec] = []


def add(kind: str, scenario: str, lang: str, company: str, contact: str,
        frm: tuple[str, str], subject: str, body: str, d: str, **kw: object) -> str:
    """Record one message and return its Message-ID, so later mail can thread onto it."""
    spec = Spec(kind, scenario, lang, company, contact, frm, subject, body, d, **kw)  # type: ignore[arg-type]
    if not spec.mid:
        digest = hashlib.sha1(f"{scenario}{d}{frm[1]}".encode()).hexdigest()[:16]
        spec.mid = f"<{digest}.{len(SPECS) + 1:03d}@{frm[1].split('@')[1]}>"
    SPECS.append(spec)
    return spec.mid


def mid_of(scenario: str) -> str:
    """The Message-ID of an earlier message, so a reply can carry In-Reply-To/References."""
    return next(s.mid for s in SPECS if s.scenario == scenario)


def _tz(spec: Spec, month: int, day: int) -> timezone:
    if spec.tz:
        sign = 1 if spec.tz[0] == "+" else -1
        return timezone(sign * timedelta(hours=int(spec.tz[1:3]), minutes=int(spec.tz[3:5])))
    summer = (month, day) >= (3, 29)
    if spec.lang == "en":
        return timezone(timedelta(hours=1 if summer else 0))
    return timezone(timedelta(hours=2 if summer else 1))


def _date(spec: Spec) -> datetime:
    month, day, hour, minute = (int(x) for x in re.split(r"[- :]", spec.d))
    return datetime(2026, month, day, hour, minute, (len(spec.scenario) * 7) % 60,
                    tzinfo=_tz(spec, month, day))


def _auto_html(text: str, brand: str) -> str:
    """A plausible HTML rendering of a text body: table layout, inline styles, tracked link."""
    paras = "".join(
        f'<p style="margin:0 0 14px 0;font-size:14px;line-height:20px">'
        f"{html.escape(p).replace(chr(10), '<br>')}</p>"
        for p in text.strip().split("\n\n")
    )
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        '<body style="margin:0;padding:0;background:#f4f4f4">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#333">'
        f'<tr><td style="padding:20px"><img src="https://cdn.example.net/logo.png" alt="{html.escape(brand)}" width="140"></td></tr>'
        f'<tr><td style="padding:0 20px 20px 20px">{paras}</td></tr>'
        '<tr><td style="padding:10px 20px;font-size:11px;color:#999">'
        '<img src="https://t.example.net/o.gif?u=8f3a" width="1" height="1" alt=""></td></tr>'
        "</table></td></tr></table></body></html>"
    )


def _text_part(text: str, fmt: str) -> MIMEText:
    if fmt == "latin1":
        cs = email_charset.Charset("iso-8859-1")
        cs.body_encoding = email_charset.QP
        return MIMEText(text, "plain", cs)  # type: ignore[arg-type]
    if fmt == "cp1252":
        part = MIMEText("", "plain", "windows-1252")
        part.set_payload(text.encode("cp1252"), None)
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "8bit"
        return part
    cs = email_charset.Charset("utf-8")
    cs.body_encoding = email_charset.BASE64 if fmt == "b64" else email_charset.QP
    if fmt == "plain" and text.isascii():
        return MIMEText(text, "plain", "us-ascii")
    return MIMEText(text, "plain", cs)  # type: ignore[arg-type]


def _html_part(markup: str, fmt: str) -> MIMEText:
    cs = email_charset.Charset("utf-8")
    cs.body_encoding = email_charset.BASE64 if fmt == "b64" else email_charset.QP
    return MIMEText(markup, "html", cs)  # type: ignore[arg-type]


def _boundary(spec: Spec, n: int) -> str:
    return f"----=_Part_{hashlib.md5((spec.mid + str(n)).encode()).hexdigest()[:20]}"


def _build(spec: Spec) -> bytes:
    brand = spec.company or spec.frm[0]
    if spec.fmt == "html":
        body: MIMEBase = _html_part(spec.html or _auto_html(spec.body, brand), spec.fmt)
    elif spec.fmt == "alt" or spec.html:
        body = MIMEMultipart("alternative", boundary=_boundary(spec, 1))
        body.attach(_text_part(spec.body, "qp"))
        body.attach(_html_part(spec.html or _auto_html(spec.body, brand), "qp"))
    else:
        body = _text_part(spec.body, spec.fmt)
    msg: MIMEBase = body
    if spec.ics:
        method = "CANCEL" if "METHOD:CANCEL" in spec.ics else "REQUEST"
        cal = MIMEText(spec.ics, "calendar", "us-ascii" if spec.ics.isascii() else "utf-8")
        cal.set_param("method", method)
        alt = MIMEMultipart("mixed", boundary=_boundary(spec, 2))
        alt.attach(body)
        alt.attach(cal)
        msg = alt
    if spec.attach:
        mixed = MIMEMultipart("mixed", boundary=_boundary(spec, 3))
        mixed.attach(msg)
        pdf = MIMEApplication(b"%PDF-1.4\n% corpus placeholder\n%%EOF\n", "pdf")
        pdf.add_header("Content-Disposition", "attachment", filename=spec.attach)
        mixed.attach(pdf)
        msg = mixed
    head: list[tuple[str, str]] = [
        ("From", formataddr(spec.frm, charset="utf-8")),
        ("To", formataddr(spec.to, charset="utf-8")),
    ]
    if spec.cc:
        head.append(("Cc", spec.cc))
    if spec.reply_to:
        head.append(("Reply-To", spec.reply_to))
    subject = spec.subject if spec.subject.isascii() else Header(spec.subject, "utf-8").encode(linesep="\r\n")
    head += [
        ("Subject", subject),
        ("Date", format_datetime(_date(spec))),
        ("Message-ID", spec.mid),
    ]
    if spec.thread:
        head += [("In-Reply-To", spec.thread), ("References", spec.thread)]
    head.append(("MIME-Version", "1.0"))
    head += list(spec.headers.items())
    for part in msg.walk():
        del part["MIME-Version"]
    for name, value in reversed(head):
        msg._headers.insert(0, (name, value))  # type: ignore[attr-defined]
    return msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def ics(uid: str, summary: str, start: str, minutes: int, organizer: str,
        method: str = "REQUEST", sequence: int = 0, location: str = "") -> str:
    """A one-event iCalendar invitation or cancellation; start is 'YYYYMMDDTHHMMSSZ'."""
    begin = datetime.strptime(start, "%Y%m%dT%H%M%SZ")
    end = (begin + timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%SZ")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Corpus26//EN", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{start}", f"DTSTART:{start}", f"DTEND:{end}",
        f"SEQUENCE:{sequence}", f"STATUS:{status}", f"SUMMARY:{summary}",
        f"ORGANIZER;CN=Organizer:mailto:{organizer}",
        f"ATTENDEE;CN=Siobhan Murphy;RSVP=TRUE:mailto:{ME[1]}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def write() -> None:
    """Rewrite every kind folder and labels.csv from SPECS."""
    for kind in {s.kind for s in SPECS}:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
    rows = []
    for n, spec in enumerate(SPECS, start=1):
        rel = f"{spec.kind}/{n:03d}_{spec.scenario}.eml"
        (ROOT / spec.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(_build(spec))
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["file", "kind", "company", "contact", "language"])
        out.writerows(rows)



# --------------------------------------------------------------------------- rejections
R = "rejection"

add(R, "hse_publicjobs_competition_result", "en", "HSE Dublin and North East", "",
    ("publicjobs", "noreply@publicjobs.ie"),
    "Campaign 26QM0112 - Quality and Patient Safety Manager, Grade VIII - Outcome",
    """Dear Siobhan Murphy,

Campaign: 26QM0112 Quality and Patient Safety Manager, Grade VIII, HSE Dublin and North East

Thank you for your interest in the above competition.

Following the shortlisting process, the board has now completed its assessment of applications
against the essential and desirable criteria set out in the Job Specification. We regret to
inform you that on this occasion you have not been shortlisted for interview.

Please note that the shortlisting board may have applied a higher standard than the minimum
essential criteria in order to arrive at a manageable number of candidates for interview.

If you would like feedback on your application, you may request it through your publicjobs
profile within 5 working days of the date of this email.

We wish you every success in your future career.

Yours sincerely,
Recruitment Team
publicjobs

This is an automated message. Please do not reply to this email.
""", "02-11 16:02", fmt="qp")

add(R, "nhs_trac_not_shortlisted", "en", "Pennine Ridge NHS Foundation Trust", "",
    ("Pennine Ridge NHS FT via Trac", "no-reply@trac.jobs"),
    "Application update: Band 7 Clinical Governance Lead (Ref 302-PR-2611)",
    """Dear Siobhan

Application Reference: 302-PR-2611-A118
Vacancy: Band 7 Clinical Governance Lead
Organisation: Pennine Ridge NHS Foundation Trust

Thank you for applying for the above post. Unfortunately on this occasion you have not been
shortlisted for interview.

The shortlisting panel received a high number of applications and the standard was very high.
Please do not be discouraged from applying for future vacancies with the Trust.

Kind regards

Recruitment Services
Pennine Ridge NHS Foundation Trust

Please do not reply to this email as this mailbox is not monitored.
""", "01-27 11:40")

add(R, "manager_mobile_terse", "en", "Harbourview Private Hospital", "aroha.tane@harbourview.example.org",
    ("Aroha Tane", "aroha.tane@harbourview.example.org"),
    "Re: Nurse Educator role",
    """Hi Siobhan - thanks for coming in on Tuesday. We've gone with an internal candidate in the end, sorry it's not better news. All the best with the move to Auckland.

Aroha

Sent from my iPhone

> On 12/03/2026, at 9:02 AM, Siobhan Murphy <siobhan.murphy@example.com> wrote:
>
> Hi Aroha, thanks again for your time yesterday. Really enjoyed hearing about the
> simulation programme. Kind regards, Siobhan
""", "03-17 07:48", tz="+1300")

add(R, "workday_soft_closely_aligns", "en", "Corrib Medical Devices", "",
    ("Corrib Medical Devices", "corribmedical@myworkday.com"),
    "Your application for Clinical Quality Specialist (R-10482)",
    """Dear Siobhan,

Thank you for your interest in the Clinical Quality Specialist position at Corrib Medical Devices.

After careful review of your application, we have decided to pursue other candidates whose
background more closely aligns with the requirements of this role.

We appreciate the time you invested in applying and encourage you to keep an eye on our careers
site for future openings that match your skills and experience.

Best regards,
Talent Acquisition
Corrib Medical Devices

Corrib Medical Devices Limited is an equal opportunity employer. All qualified applicants will
receive consideration for employment without regard to race, colour, religion, sex, sexual
orientation, gender identity, national origin, disability or veteran status.
This email was sent from an unmonitored mailbox.
""", "02-19 22:15", fmt="alt")

add(R, "agency_relay_after_interview", "en", "Willowbrook Care Group", "jodie.mcevoy@kestrelclinical.example.com",
    ("Jodie McEvoy | Kestrel Clinical Recruitment", "jodie.mcevoy@kestrelclinical.example.com"),
    "Willowbrook feedback",
    """Hi Siobhan,

Hope you're keeping well!! Just off the phone with the Director of Care at Willowbrook Care Group
about the Regional Quality Lead role.

They really liked you and said your answers on the falls audit were excellent, BUT they've decided
to go with someone who has more direct experience with HIQA inspections in a residential setting.
Gutted for you as I thought you'd nailed it :(

Don't let it put you off - I've a couple of other quality roles coming in next week that I think
would suit you even better. I'll give you a bell Monday?

Jodie

Jodie McEvoy
Senior Consultant - Nursing & Quality
Kestrel Clinical Recruitment
M: +353 87 555 0142 | T: +353 1 555 0190
[Kestrel Clinical Recruitment logo]
""", "03-06 15:33")

add(R, "soft_regret_inform_indian_english", "en", "Sanjeevani Global Health Services", "hr.uk@sanjeevani.example.com",
    ("HR Department - Sanjeevani Global Health", "hr.uk@sanjeevani.example.com"),
    "Regarding your candidature",
    """Dear Ms. Siobhan Murphy,

Greetings from Sanjeevani Global Health Services!

This is with reference to your application for the post of Clinical Quality Manager at our
Liverpool facility. We thank you for the interest shown in our organisation.

We regret to inform you that your profile has not been taken forward for the said position at
this juncture. We shall keep your CV in our database and do revert in case any suitable opening
arises in future.

Wishing you all the very best in your endeavours.

Thanks & Regards,
Priya Raghunathan
Manager - HR (UK Operations)
Sanjeevani Global Health Services Ltd.
Tel: +44 151 555 0173

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for
the use of the individual or entity to whom they are addressed. If you have received this e-mail
in error please notify the sender immediately and delete it from your system.
""", "02-02 10:05")

add(R, "shant_be_progressing_british", "en", "Avon Vale NHS Foundation Trust", "rebecca.hollis@avonvale.example.nhs.uk",
    ("Rebecca Hollis", "rebecca.hollis@avonvale.example.nhs.uk"),
    "Re: Interview - Lead Nurse, Quality & Safety",
    """Dear Siobhan,

Thank you for attending interview on Thursday and for your presentation on learning from
incidents, which the panel enjoyed.

I'm afraid we shan't be progressing your application on this occasion. It was a very close
decision; the successful candidate had more experience of leading PSIRF implementation across a
division.

I'm very happy to offer you feedback by phone - just let me know a time that suits next week.

With best wishes,

Rebecca Hollis
Deputy Director of Nursing (Quality)
Avon Vale NHS Foundation Trust
Southmead Lane, Bristol
Tel: 0117 555 0138
""", "04-24 17:20")

add(R, "position_filled_care_home", "en", "Heatherlea Care Homes", "recruitment@heatherlea.example.co.uk",
    ("Heatherlea Recruitment", "recruitment@heatherlea.example.co.uk"),
    "Update",
    """Hi Siobhan

Just a quick note to let you know the Clinical Lead post at our Roundhay home has now been filled,
so we won't be taking your application further. Thanks for thinking of Heatherlea and good luck.

Best wishes
Sam
Heatherlea Care Homes | Leeds
""", "01-22 13:12")

add(R, "role_on_hold_medtech", "en", "Vitalis Diagnostics", "conor.begley@vitalisdx.example.com",
    ("Conor Begley", "conor.begley@vitalisdx.example.com"),
    "Quality Systems Nurse Specialist - update",
    """Hi Siobhan,

I wanted to let you know personally rather than send a form email. Following a budget review at
group level the Quality Systems Nurse Specialist role has been put on hold indefinitely, and we
will not be proceeding with any of the candidates at this stage.

I'm sorry, I know you gave up time for two conversations with us. If the role is re-opened later
in the year I'll reach out, but I don't want you waiting on us.

Best,
Conor

Conor Begley | Head of Clinical Affairs
Vitalis Diagnostics | Cork
+353 21 555 0117
""", "03-25 09:47")

add(R, "after_takehome_audit_task", "en", "Claddagh Health Insurance", "niamh.folan@claddaghhealth.example.ie",
    ("Niamh Folan", "niamh.folan@claddaghhealth.example.ie"),
    "Your case study - Clinical Claims Quality Reviewer",
    """Dear Siobhan,

Many thanks for completing the case study exercise for the Clinical Claims Quality Reviewer role
and for the time you clearly put into it.

The panel has reviewed all submissions and, unfortunately, we will not be moving your application
to the final interview stage. Your audit plan was well structured, but other candidates
demonstrated stronger experience with clinical coding and claims data, which is central to this
position.

Thank you again, and we wish you well in your search.

Kind regards,
Niamh Folan
People & Culture Business Partner
Claddagh Health Insurance DAC
Registered in Ireland No. 555012. Claddagh Health Insurance DAC is regulated by the Central Bank of Ireland.
""", "04-08 12:30", fmt="qp")

add(R, "very_short_one_liner", "en", "Coastal Day Surgery", "g.pretorius@coastaldaysurgery.example.com.au",
    ("Gerrit Pretorius", "g.pretorius@coastaldaysurgery.example.com.au"),
    "RE: Perioperative Quality Coordinator",
    """Thanks for your time Siobhan, but we won't be moving forward. Best of luck.

Gerrit Pretorius | Nurse Unit Manager | Coastal Day Surgery Perth
""", "05-14 16:55", tz="+0800")

add(R, "taleo_unsuccessful_after_competency", "en", "Lee Valley University Hospital", "",
    ("Lee Valley University Hospital Careers", "donotreply@taleo.net"),
    "Status of your application - Clinical Nurse Manager 3 Quality (Req 2600412)",
    """Dear Siobhan Murphy ,

Re : Clinical Nurse Manager 3 - Quality , Risk and Patient Safety ( Requisition 2600412 )

Thank you for attending the competency based interview for the above position.

We wish to advise that you were not successful at interview on this occasion . The interview board
placed you below the qualifying mark for inclusion on the panel .

Feedback is available on request from the HR Department , Lee Valley University Hospital .

Regards ,

HR Department
Lee Valley University Hospital
HSE South West
*** Please do not reply to this e-mail ***
""", "03-12 18:01", fmt="latin1")

add(R, "jobvite_regret_generic_uk", "en", "Meridian Health Assurance", "",
    ("Meridian Health Assurance Talent", "notifications@jobvite.com"),
    "Thank you from Meridian Health Assurance",
    """Hello Siobhan,

Thank you for your interest in the Clinical Risk Manager role at Meridian Health Assurance.

We have received a large number of strong applications and, after careful consideration, we have
decided not to progress with your application at this time.

We will retain your details for six months in line with our privacy notice. If a role arises that
matches your experience, our team may be in touch.

Kind regards,
The Meridian Talent Team
""", "01-15 08:20", fmt="html")

add(R, "polish_owned_english", "en", "Medivia", "karolina.wrobel@medivia.example.pl",
    ("Karolina Wróbel", "karolina.wrobel@medivia.example.pl"),
    "Clinical Quality Manager - recruitment result",
    """Dear Siobhan,

Thank you very much for participating in the recruitment process for the Clinical Quality Manager
(Dublin) position and for the online meeting with our team.

We would like to inform you that we have decided to continue the process with another candidate,
whose experience with ISO 13485 is closer to our current needs.

Thank you for your time and we keep our fingers crossed for your next steps.

Best regards,
Karolina Wróbel
Talent Acquisition Specialist
Medivia Sp. z o.o. | ul. Prosta 51, 00-838 Warszawa
www.medivia.example.pl
""", "02-26 14:04", tz="+0100")

add(R, "south_african_owned_after_panel", "en", "Cape Meridian Healthcare", "thandi.nkosi@capemeridian.example.co.za",
    ("Thandi Nkosi", "thandi.nkosi@capemeridian.example.co.za"),
    "Re: Panel interview - Quality Lead, London clinics",
    """Hi Siobhan

Thank you for making time for the panel last week, and apologies for the delay in coming back
to you - it's been a hectic time at our side.

Unfortunately we won't be taking your application any further for the Quality Lead role. The
panel felt that your background is very strong clinically but a bit light on the commercial
side of running an outpatient quality programme.

Thanks again and all the best.

Kind regards
Thandi Nkosi
Group Talent Manager
Cape Meridian Healthcare
Tel: +27 21 555 0164 | Cell: +27 82 555 0131
Cape Meridian Healthcare (Pty) Ltd - Reg. No. 2009/555012/07

On Tue, 7 Apr 2026 at 10:12, Siobhan Murphy <siobhan.murphy@example.com> wrote:
> Dear Thandi,
> Thank you for the panel interview this morning. I'm very keen on the role and
> happy to provide anything further you need.
> Kind regards,
> Siobhan
""", "04-16 09:31", tz="+0200")

add(R, "university_lecturer_post", "en", "Dublin Metropolitan University", "",
    ("DMU HR Recruitment", "hr-recruitment-noreply@dmu.example.ie"),
    "Assistant Lecturer in Nursing (Patient Safety) - Ref DMU/26/044",
    """Dear Ms Murphy,

Thank you for your application for the post of Assistant Lecturer in Nursing (Patient Safety),
reference DMU/26/044.

The selection board met on 9 March 2026 and I regret to advise that your application has not been
shortlisted for interview.

The University thanks you for your interest and wishes you every success in the future.

Yours sincerely,

Human Resources
Dublin Metropolitan University
""", "03-10 12:00", fmt="latin1")

add(R, "icims_after_osce", "en", "Thameside Healthcare NHS Trust", "",
    ("Thameside Healthcare NHS Trust", "thamesidehealthcare@talent.icims.com"),
    "Following up on your OSCE assessment",
    """Hi Siobhan,

Thank you for attending the OSCE assessment and values-based interview at St Olave's on 2 June.

We've now completed scoring across all stations and regret that we are unable to offer you a
position on this occasion. Your overall score did not reach the threshold required.

If you'd like your station scores, please request them via the candidate portal.

Thank you,
Thameside Healthcare NHS Trust Recruitment
""", "06-05 10:15", fmt="b64")

add(R, "reply_chain_gmail_quoted_invite", "en", "Belfast Harbour Health and Social Care Trust", "grainne.mcatamney@belfastharbourhsc.example.net",
    ("Gráinne McAtamney", "grainne.mcatamney@belfastharbourhsc.example.net"),
    "Re: Interview arrangements - Governance Manager",
    """Hi Siobhan,

Sorry for the slow reply. Having gone through all the interviews the panel has agreed to offer the
post to another candidate. Thanks so much for your time and for travelling up, I know it's a trek
from Dublin.

Best wishes,
Gráinne

Gráinne McAtamney
Head of Governance, Acute Services
Belfast Harbour Health and Social Care Trust

On Mon, 9 Feb 2026 at 14:20, Gráinne McAtamney <grainne.mcatamney@belfastharbourhsc.example.net> wrote:
> Hi Siobhan,
> We'd like to invite you to interview for the Governance Manager post on Thursday 19 February
> at 11:00 in the Trust HQ, Corporation Street. The panel will be myself and the AD of Nursing.
> Please bring photo ID.
> Gráinne
""", "02-27 16:44", fmt="qp")

add(R, "reply_all_outlook_block", "en", "Glenwood Clinics", "fiona.brady@glenwoodclinics.example.com",
    ("Fiona Brady", "fiona.brady@glenwoodclinics.example.com"),
    "RE: Following up",
    """Hi Siobhan,

Thanks for following up. Unfortunately the team decided not to proceed with your application for
the Clinical Governance Coordinator post - they've offered it to a candidate with more private
sector experience. Sorry to be the bearer of bad news.

Fiona

Fiona Brady
HR Manager | Glenwood Clinics
D: +353 91 555 0120

From: Siobhan Murphy <siobhan.murphy@example.com>
Sent: Monday, April 20, 2026 9:14 AM
To: Fiona Brady <fiona.brady@glenwoodclinics.example.com>
Subject: Following up

Hi Fiona,
I hope you're well. Just following up on the Clinical Governance Coordinator interview on the
8th - is there any update on a decision? Many thanks, Siobhan
""", "04-21 11:02")

# German
add(R, "softgarden_absage_klinikum", "de", "Klinikum Spreebogen", "",
    ("Klinikum Spreebogen Berlin", "noreply@softgarden.io"),
    "Ihre Bewerbung als Referentin Klinisches Risikomanagement (m/w/d)",
    """Sehr geehrte Frau Murphy,

vielen Dank für Ihr Interesse an der Position Referentin Klinisches Risikomanagement (m/w/d)
und die Zusendung Ihrer Bewerbungsunterlagen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren
Auswahlverfahren nicht berücksichtigen können. Bitte sehen Sie dies nicht als Wertung Ihrer
Qualifikation.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Spreebogen GmbH
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", "02-04 09:10", fmt="qp")

add(R, "personio_absage_nach_gespraech", "de", "Isar-Kliniken München", "katrin.obermaier@isar-kliniken.example.de",
    ("Katrin Obermaier", "katrin.obermaier@isar-kliniken.example.de"),
    "Rückmeldung zu unserem Gespräch",
    """Liebe Frau Murphy,

nochmals herzlichen Dank für das angenehme Gespräch am vergangenen Mittwoch und Ihr Interesse an
der Position als Stabsstelle Qualitäts- und Risikomanagement.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns jedoch für eine
Kandidatin entschieden, die bereits Erfahrung mit der KTQ-Zertifizierung in einem deutschen
Krankenhaus mitbringt.

Wir wünschen Ihnen für Ihre Zukunft beruflich wie privat alles Gute.

Viele Grüße aus München
Katrin Obermaier
Personalreferentin
Isar-Kliniken München GmbH | Leopoldstraße 155 | 80804 München
Tel. +49 89 5550 1370
Geschäftsführung: Dr. Anton Weigl | Amtsgericht München HRB 555123
""", "03-20 14:26", fmt="latin1")

add(R, "swiss_absage_stelle_besetzt", "de", "Universitätsklinik am Zürichberg", "",
    ("Universitätsklinik am Zürichberg – Personal", "jobs-noreply@uzb.example.ch"),
    "Ihre Bewerbung: Pflegeexpertin APN Qualität 80–100 %",
    """Sehr geehrte Frau Murphy

Wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an unserer Klinik.

Inzwischen konnten wir die Stelle besetzen. Wir bedauern, Ihnen keinen positiven Bescheid geben
zu können, und senden Ihnen Ihr Dossier hiermit elektronisch zurück bzw. löschen es aus unserem
System.

Freundliche Grüsse

Universitätsklinik am Zürichberg
Human Resources Management
""", "04-29 08:45", fmt="html")

add(R, "kurz_absage_du", "de", "Pflegewerk Berlin", "jonas@pflegewerk.example.de",
    ("Jonas Reuter", "jonas@pflegewerk.example.de"),
    "Re: Bewerbung Praxisanleitung / QM",
    """Hi Siobhan,

danke dir für deine Bewerbung! Wir haben uns leider für jemand anderen entschieden, der schon
länger im ambulanten Bereich arbeitet. Trotzdem alles Gute für dich in Berlin!

LG Jonas
Pflegewerk Berlin – ambulante Pflege mit Herz
""", "01-30 19:21")

add(R, "stelle_gestrichen", "de", "Kreisklinik Ammersee", "personal@kreisklinik-ammersee.example.de",
    ("Personalabteilung Kreisklinik Ammersee", "personal@kreisklinik-ammersee.example.de"),
    "Ihre Bewerbung vom 14.01.2026",
    """Sehr geehrte Frau Murphy,

wir beziehen uns auf Ihre Bewerbung vom 14.01.2026 als Referentin für Patientensicherheit.

Aufgrund einer internen Umstrukturierung wird die ausgeschriebene Stelle bis auf Weiteres nicht
besetzt. Das Auswahlverfahren wurde daher eingestellt. Wir bedauern, Ihnen keine andere Nachricht
geben zu können.

Mit freundlichen Grüßen
i. A. Sabine Huber
Personalabteilung
Kreisklinik Ammersee gKU
""", "02-18 10:02", fmt="cp1252")

# French
add(R, "refus_hopital_suisse_romand", "fr", "Hôpital du Léman", "",
    ("Hôpital du Léman - Ressources humaines", "ne-pas-repondre@hopitaldulemen.example.ch"),
    "Votre candidature - Infirmière cheffe qualité (réf. 26-118)",
    """Madame,

Nous avons bien reçu votre dossier de candidature pour le poste d'infirmière cheffe qualité et
vous en remercions.

Après une étude attentive, nous sommes au regret de vous informer que nous ne pouvons pas donner
une suite favorable à votre candidature, d'autres profils correspondant davantage aux exigences du
poste.

Nous vous souhaitons plein succès dans vos recherches et vous prions d'agréer, Madame, nos
salutations distinguées.

Service des ressources humaines
Hôpital du Léman
""", "03-03 15:00", fmt="latin1")

add(R, "refus_medtech_lyon_tutoiement", "fr", "Sanaro Medical", "lea.garnier@sanaro.example.fr",
    ("Léa Garnier", "lea.garnier@sanaro.example.fr"),
    "Suite à notre échange",
    """Bonjour Siobhan,

Merci encore pour ton temps mardi dernier, c'était un échange très agréable.

Je reviens vers toi avec une réponse négative, malheureusement : l'équipe a finalement retenu un
profil qui a déjà piloté un audit MDR de bout en bout. Ça s'est joué à peu de choses.

Je garde ton CV sous le coude pour de futurs postes en affaires cliniques.

Belle journée,
Léa

Léa Garnier — Talent Acquisition, Sanaro Medical
+33 4 55 50 12 34

Le mar. 10 mars 2026 à 17:05, Siobhan Murphy <siobhan.murphy@example.com> a écrit :
> Bonjour Léa, merci pour l'entretien de cet après-midi. Bien cordialement, Siobhan
""", "03-16 10:40", fmt="b64")

# Spanish
add(R, "rechazo_clinica_formal", "es", "Clínica Bahía de Vigo", "",
    ("Clínica Bahía de Vigo - Selección", "no-responder@clinicabahiavigo.example.es"),
    "Proceso de selección: Responsable de Calidad Asistencial",
    """Estimada Siobhan:

Le agradecemos sinceramente su interés en formar parte de Clínica Bahía de Vigo y el tiempo
dedicado al proceso de selección para el puesto de Responsable de Calidad Asistencial.

Lamentamos comunicarle que, tras valorar detenidamente todas las candidaturas, hemos decidido
continuar el proceso con otros perfiles que se ajustan más a las necesidades actuales del puesto.

Conservaremos sus datos para futuros procesos, salvo que nos indique lo contrario.

Atentamente,
Departamento de Personas
Clínica Bahía de Vigo
""", "02-09 13:30", fmt="latin1")

add(R, "rechazo_informal_whatsappish", "es", "Grupo Mediterráneo Salud", "pablo.ferrer@mediterraneosalud.example.es",
    ("Pablo Ferrer", "pablo.ferrer@mediterraneosalud.example.es"),
    "Re: Coordinadora de seguridad del paciente",
    """Hola Siobhan!

Te escribo rápido: al final la dirección ha decidido no seguir adelante con tu candidatura, han
elegido a alguien de la casa. Una pena porque a mí me encajabas mucho.

Mucha suerte, de verdad, y si vuelves a Valencia avísame.

Un abrazo,
Pablo

Enviado desde mi iPhone

El 2 abr 2026, a las 11:47, Siobhan Murphy <siobhan.murphy@example.com> escribió:
> Hola Pablo, ¿sabes algo del proceso? Gracias!
""", "04-03 20:12")

add(R, "swedish_owned_english_after_final", "en", "Nordvik Medical", "elin.lindqvist@nordvikmedical.example.se",
    ("Elin Lindqvist", "elin.lindqvist@nordvikmedical.example.se"),
    "Clinical Specialist, Quality - decision",
    """Hi Siobhan,

Thanks a lot for meeting with Johan and me in the final round. We have now made our decision and
I'm sorry to tell you that we will not continue with your candidacy this time. We chose a
candidate with more experience from wound care devices specifically.

It was a real pleasure to get to know you and I hope our paths cross again.

Have a nice weekend!
Elin

Elin Lindqvist
HR Business Partner | Nordvik Medical AB
Göteborg, Sweden | +46 31 555 01 27
""", "05-22 14:18", tz="+0200")

add(R, "rezoomo_not_progressing", "en", "Ardmore Nursing Homes", "",
    ("Ardmore Nursing Homes", "noreply@rezoomo.com"),
    "An update on your application with Ardmore Nursing Homes",
    """Hi Siobhan,

Thank you for applying for the Person in Charge (PIC) - Galway role with Ardmore Nursing Homes.

We have reviewed your application and unfortunately we will not be progressing with it at this
time. We really appreciate your interest and would encourage you to apply for future roles.

Best of luck with your job search.

Ardmore Nursing Homes

Powered by Rezoomo
""", "01-19 17:45", fmt="html")


# --------------------------------------------------------------------------- interview invitations
INV = "interview_invitation"

add(INV, "nhs_jobs_invite_values_based", "en", "North Mersey Community NHS Trust", "",
    ("NHS Jobs", "no-reply@jobs.nhs.uk"),
    "Invitation to interview: Patient Safety Specialist (Band 8a)",
    """Dear Siobhan Murphy,

North Mersey Community NHS Trust would like to invite you to an interview for the role of
Patient Safety Specialist (Band 8a), reference C9120-26-0031.

The interview will be values-based and will include a 10 minute presentation on the following
topic: "How would you embed a just culture within a community services division?"

Please log in to your NHS Jobs account to choose an interview slot. Slots are available on
10, 11 and 12 March 2026 at Bootle Health Campus. You must book a slot by 5 March 2026.

You will need to bring original ID documents and your NMC PIN.

North Mersey Community NHS Trust

Do not reply to this email. This mailbox is not monitored.
""", "02-27 12:06", fmt="qp")

add(INV, "calendly_quick_chat_agency", "en", "Clonmore Private Hospital", "ciara@emeraldmedical.example.ie",
    ("Ciara Doyle", "ciara@emeraldmedical.example.ie"),
    "Quick question",
    """Hey Siobhan!!

Hope all good with you!! So I sent your CV over to Clonmore Private Hospital for the Quality &
Accreditation Manager role and the DON came straight back - she wants to meet you!!! 🎉

Could you grab a slot for a 30 min Teams call with her next week? Here's her link:
https://calendly.example.com/clonmore-don/30min

Let me know once you've booked and I'll prep you - she's big into JCI accreditation so brush up
on that!!

Ciara

Ciara Doyle | Healthcare Recruitment Consultant
Emerald Medical Staffing | Dublin 2
📞 +353 1 555 0177 | 📱 +353 86 555 0109
""", "01-21 11:03", fmt="alt")

add(INV, "workday_self_schedule_phone_screen", "en", "Corrib Medical Devices", "",
    ("Corrib Medical Devices", "corribmedical@myworkday.com"),
    "Action Required: Schedule your phone screen",
    """Hi Siobhan,

Great news! The hiring team for Post-Market Surveillance Nurse Specialist (R-10511) would like to
speak with you.

Please use the link below to select a time for a 30-minute phone screen with our recruiter:

Schedule Now -> https://corribmedical.wd3.myworkday.com/scheduling/R-10511

If none of the times work for you, reply through your candidate home.

Thanks,
Corrib Medical Devices Talent Acquisition
""", "03-02 14:10", fmt="html")

add(INV, "goodtime_panel_ics", "en", "Meridian Health Assurance", "tom.ashworth@meridianhealth.example.co.uk",
    ("Meridian Health Assurance via GoodTime", "scheduling@goodtime.io"),
    "Interview confirmed: Meridian Health Assurance - Clinical Quality Manager (Panel)",
    """Hi Siobhan,

Your panel interview with Meridian Health Assurance is confirmed.

When: Tuesday 14 April 2026, 10:00 - 11:15 BST
Where: Microsoft Teams (link in the attached invite)
Panel: Tom Ashworth (Head of Clinical Governance), Dr Sunita Rao (Medical Director),
Harriet Cole (People Partner)

Format: competency-based questions, then a case discussion on a complaints trend.

Questions? Reply to this email and it will reach Tom Ashworth.
""", "04-06 09:00", reply_to="Tom Ashworth <tom.ashworth@meridianhealth.example.co.uk>",
    ics=ics("gt-8812-meridian@goodtime.io", "Panel interview - Meridian Health Assurance",
            "20260414T090000Z", 75, "scheduling@goodtime.io", location="Microsoft Teams"))

add(INV, "hiring_manager_next_round_terse", "en", "Swan River Health Service", "dale.whitford@swanriverhealth.example.com.au",
    ("Dale Whitford", "dale.whitford@swanriverhealth.example.com.au"),
    "next steps",
    """Siobhan - good chat today. Want to get you in front of the Exec Director of Nursing for a
second round. Are you free Thurs or Fri next week, late afternoon your time? She's in Perth so
we'd do it on Teams.

Dale
Sent from Outlook for iOS
""", "05-06 17:45", tz="+0800")

add(INV, "agency_au_many_exclamations", "en", "Kingsway Private Hospital", "brooke@medforce.example.com.au",
    ("Brooke Hennessy - MedForce", "brooke@medforce.example.com.au"),
    "Kingsway - interview!!",
    """Hi Siobhan!!

AMAZING news - Kingsway Private Hospital want to interview you for the Clinical Nurse Educator
role!! 🙌

Details:
* Monday 27 April, 8:30am Perth time (that's 1:30am Irish time, sorry!! I've asked if they can
  do later and they're checking)
* Zoom, 45 mins, with Michael Oduya (NUM) and someone from education
* They'll ask about your sim teaching + AHPRA registration timeline

Can you confirm asap?? Super excited for you!!!

Brooke x

Brooke Hennessy | Senior Consultant | MedForce Australia
0412 555 019 | brooke@medforce.example.com.au
""", "04-20 10:12", tz="+0800")

add(INV, "german_einladung_vorstellungsgespraech", "de", "Klinikum Spreebogen", "maria.koenig@klinikum-spreebogen.example.de",
    ("Maria König", "maria.koenig@klinikum-spreebogen.example.de"),
    "Einladung zum Vorstellungsgespräch",
    """Sehr geehrte Frau Murphy,

vielen Dank für Ihre Bewerbung als Qualitätsmanagementbeauftragte (m/w/d) für unseren
Pflegedienst. Ihre Unterlagen haben uns überzeugt.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem
Vorstellungsgespräch ein:

Datum: Dienstag, 17. März 2026
Uhrzeit: 10:30 Uhr
Ort: Klinikum Spreebogen, Haus C, 2. OG, Raum 2.14 – alternativ per MS Teams

Teilnehmende: Frau Dr. Hartmann (Pflegedirektorin) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Maria König
Personalmanagement
Klinikum Spreebogen GmbH
Alt-Moabit 99 · 10559 Berlin · Telefon 030 5550 2211
""", "03-04 13:22", fmt="qp")

add(INV, "swiss_einladung_hospitation", "de", "Privatklinik Uetliberg", "a.baumann@pk-uetliberg.example.ch",
    ("Andrea Baumann", "a.baumann@pk-uetliberg.example.ch"),
    "Bewerbung Leitung Qualität Pflege – nächster Schritt",
    """Grüezi Frau Murphy

Herzlichen Dank für das erste Videogespräch. Wir würden Sie gerne zu einem zweiten Gespräch mit
anschliessendem Schnuppertag (Hospitation) auf der Station einladen.

Vorschlag: Donnerstag, 23. April 2026, ab 08.00 Uhr. Die Reisekosten übernehmen wir
selbstverständlich.

Passt Ihnen dieses Datum? Andernfalls schlagen Sie mir gerne zwei Alternativen vor.

Freundliche Grüsse

Andrea Baumann
HR Business Partnerin
Privatklinik Uetliberg AG
Uetlibergstrasse 300, 8045 Zürich
T +41 44 555 01 80
""", "04-01 16:05", fmt="latin1")

add(INV, "personio_terminbuchung", "de", "Seniorenresidenz Lindenhof", "",
    ("Seniorenresidenz Lindenhof", "noreply@jobs.personio.de"),
    "Terminvereinbarung für Ihr Kennenlerngespräch",
    """Hallo Siobhan Murphy,

vielen Dank für Ihre Bewerbung als Einrichtungsleitung (m/w/d) bei der Seniorenresidenz Lindenhof.

Wir möchten Sie gerne in einem ersten Kennenlerngespräch (ca. 30 Minuten, telefonisch)
kennenlernen. Bitte wählen Sie über den folgenden Link einen passenden Termin aus:

https://lindenhof.jobs.personio.de/scheduling/7d1f0b2a

Wir freuen uns auf das Gespräch!

Ihr Team der Seniorenresidenz Lindenhof
""", "02-12 08:55", fmt="html")

add(INV, "french_entretien_visio", "fr", "Clinique des Alpes Vaudoises", "",
    ("Clinique des Alpes Vaudoises", "recrutement-noreply@cav.example.ch"),
    "Invitation à un entretien - Responsable qualité des soins",
    """Madame Murphy,

Nous vous remercions pour votre candidature au poste de Responsable qualité des soins et avons le
plaisir de vous convier à un premier entretien en visioconférence.

Date : jeudi 5 février 2026
Heure : 14h00 (heure de Suisse)
Durée : environ 45 minutes

Merci de confirmer votre présence à Mme Nathalie Rochat, qui vous transmettra le lien Teams :
nathalie.rochat@cav.example.ch

Avec nos meilleures salutations,
Ressources humaines
Clinique des Alpes Vaudoises
""", "01-28 10:30", reply_to="nathalie.rochat@cav.example.ch")
SPECS[-1].contact = "nathalie.rochat@cav.example.ch"

add(INV, "spanish_entrevista_telefonica", "es", "Hospital San Rafael de Madrid", "irene.solis@hsanrafael.example.es",
    ("Irene Solís", "irene.solis@hsanrafael.example.es"),
    "Entrevista - Supervisora de Calidad",
    """Hola Siobhan:

Gracias por tu candidatura para el puesto de Supervisora de Calidad y Seguridad del Paciente.
Nos ha parecido muy interesante tu experiencia en formación clínica.

¿Tendrías disponibilidad para una entrevista telefónica de unos 20 minutos esta semana? Te
propongo el jueves 26 a las 12:00 o el viernes 27 a las 9:30 (hora de Madrid).

Quedo a la espera de tu respuesta.

Un saludo,
Irene Solís
Técnico de Selección
Hospital San Rafael de Madrid
Tel. 91 555 02 37
""", "02-23 11:15", fmt="qp")

add(INV, "outlook_chain_onsite_assessment", "en", "Leeds Valley Teaching Hospitals NHS Trust", "owen.pickersgill@leedsvalley.example.nhs.uk",
    ("Pickersgill Owen (LEEDS VALLEY TEACHING HOSPITALS NHS TRUST)", "owen.pickersgill@leedsvalley.example.nhs.uk"),
    "RE: Band 8a Quality Improvement Lead - shortlisted",
    """Hi Siobhan,

Great to hear you can make it. To confirm, the assessment centre is on Wednesday 25 March at
St Mark's Education Centre, Level 2. The day runs 09:00-13:30:

09:00 Welcome and coffee
09:20 QI data exercise (45 mins, written)
10:30 Stakeholder group discussion
11:30 Formal interview with the panel

Parking is very limited so I'd recommend the park and ride. Any questions give me a ring.

Kind regards
Owen

Owen Pickersgill
Head of Quality Improvement | Leeds Valley Teaching Hospitals NHS Trust
Tel: 0113 555 0162 | Ext 40162

________________________________
From: Siobhan Murphy <siobhan.murphy@example.com>
Sent: 16 March 2026 19:02
To: Pickersgill Owen (LEEDS VALLEY TEACHING HOSPITALS NHS TRUST) <owen.pickersgill@leedsvalley.example.nhs.uk>
Subject: Re: Band 8a Quality Improvement Lead - shortlisted

Hi Owen, thanks so much - yes, I can attend on the 25th. Siobhan

________________________________
From: Pickersgill Owen (LEEDS VALLEY TEACHING HOSPITALS NHS TRUST)
Sent: 16 March 2026 15:40
Subject: Band 8a Quality Improvement Lead - shortlisted

Dear Siobhan, you have been shortlisted for the Band 8a QI Lead post. Could you let me know if
you're available for our assessment centre on 25 March?

This e-mail and any attachments are confidential. If you are not the intended recipient, please
notify the sender and delete it. NHSmail is approved for exchanging patient data.
""", "03-17 08:31")

add(INV, "jobvite_video_interview_link", "en", "Lion City Health Group", "",
    ("Lion City Health Group Careers", "notification@jobvite.com"),
    "Next step: one-way video interview",
    """Dear Siobhan,

Thank you for applying for the Regional Clinical Quality Lead (UK & Ireland) role with Lion City
Health Group. We are pleased to move you to the next stage of our process.

Please complete a one-way video interview (5 questions, approx. 20 minutes) within 5 days:
https://app.jobvite.com/v/lchg/interview/551203

Kindly revert via the portal should you face any technical difficulty.

Warm regards,
Talent Acquisition | Lion City Health Group Pte. Ltd. | Singapore
""", "02-16 03:40", tz="+0800", fmt="alt")

add(INV, "hse_competency_interview_letter", "en", "HSE West and North West", "",
    ("HSE West and North West Recruitment", "noreply.recruitwest@hse.example.ie"),
    "Interview Notification - Assistant Director of Nursing (Quality & Patient Safety)",
    """Dear Candidate,

Campaign Reference: WNW26-0219
Post: Assistant Director of Nursing (Quality & Patient Safety), Galway University Hospitals

I am pleased to inform you that you have been shortlisted for interview for the above post.

Date: Friday 13 March 2026
Time: 11.40 a.m. (please arrive 15 minutes early)
Venue: HR Department, Block 4, Merlin Road Campus, Galway

The interview will be competency based. Please bring with you photo identification, your NMBI
registration and original qualifications.

If you are unable to attend please advise this office immediately at recruitwest@hse.example.ie
quoting the campaign reference.

Yours sincerely,
Recruitment Office
HSE West and North West
""", "02-26 15:58", fmt="latin1")

add(INV, "uni_zoom_with_presentation", "en", "University of West Bristol", "j.okafor@uwb.example.ac.uk",
    ("Dr Joy Okafor", "j.okafor@uwb.example.ac.uk"),
    "Lecturer in Adult Nursing (Patient Safety) - interview",
    """Dear Siobhan,

On behalf of the selection panel, I am pleased to invite you to interview for the post of Lecturer
in Adult Nursing (Patient Safety).

The interview will take place on Zoom on Wednesday 20 May 2026 at 14:00. You will be asked to
deliver a 15-minute teaching session on "Human factors in medication error" to the panel,
followed by a 45-minute interview.

Please let me know by Friday whether you can attend and if you need any reasonable adjustments.

Best wishes,
Joy

Dr Joy Okafor
Associate Head of School (Nursing & Midwifery)
University of West Bristol
""", "05-08 12:12", fmt="qp")

add(INV, "would_you_be_free_chat_insurer", "en", "Claddagh Health Insurance", "niamh.folan@claddaghhealth.example.ie",
    ("Niamh Folan", "niamh.folan@claddaghhealth.example.ie"),
    "Clinical Claims Quality Reviewer",
    """Hi Siobhan,

Thanks for applying for the Clinical Claims Quality Reviewer role. I'd love to learn a bit more
about your background - would you be free for a quick chat on Thursday or Friday? 20 minutes by
phone is plenty. Just let me know a time and the best number to call you on.

Thanks,
Niamh

Niamh Folan
People & Culture Business Partner
Claddagh Health Insurance
""", "03-09 10:04")

add(INV, "smartrecruiters_ics_invite", "en", "Vitalis Diagnostics", "conor.begley@vitalisdx.example.com",
    ("Conor Begley", "conor.begley@vitalisdx.example.com"),
    "Invitation: Interview - Siobhan Murphy / Vitalis Dx @ Thu 5 Mar 2026 14:00 - 15:00 (GMT)",
    """Hi Siobhan,

As discussed, I've sent a calendar invite for Thursday. You'll meet me and Aoife from Regulatory.
We'll talk through your experience with incident investigation and how that would translate to
complaint handling and vigilance reporting. No prep needed.

Conor
""", "03-02 17:22",
    ics=ics("5a9c-vitalis-interview-0305@vitalisdx.example.com", "Interview - Siobhan Murphy / Vitalis Dx",
            "20260305T140000Z", 60, "conor.begley@vitalisdx.example.com", location="Teams"))

add(INV, "nhs_pre_panel_phone_interview", "en", "Avon Vale NHS Foundation Trust", "",
    ("Avon Vale Recruitment", "noreply-recruitment@avonvale.example.nhs.uk"),
    "Pre-assessment telephone interview - Lead Nurse, Quality & Safety",
    """Dear Siobhan,

Thank you for your application for Lead Nurse, Quality & Safety. The hiring manager would like to
invite you to a short telephone interview with Rebecca Hollis before the formal panel.

Date: Thursday 9 April 2026
Time: 16:15
Rebecca will call you on the mobile number you provided.

Please reply via NHS Jobs messaging if this time is not suitable.

Recruitment Team
Avon Vale NHS Foundation Trust
""", "04-02 09:12")

add(INV, "friendly_hiring_manager_medtech_sweden", "en", "Nordvik Medical", "elin.lindqvist@nordvikmedical.example.se",
    ("Elin Lindqvist", "elin.lindqvist@nordvikmedical.example.se"),
    "Final round in Gothenburg?",
    """Hi Siobhan,

Johan and the team enjoyed your session on Tuesday a lot! We would like to invite you to a final
round. It's usually on site in Göteborg - we fly you in the evening before and you meet the
clinical team, have lunch together (fika is mandatory ;) ) and do a short case.

Would the week of 11 May work? Then I will ask our travel coordinator to book.

Best,
Elin
""", "04-30 10:41", tz="+0200")

add(INV, "german_zweitgespraech_du_startup", "de", "Caresync", "hannah@caresync.example.de",
    ("Hannah Vogt", "hannah@caresync.example.de"),
    "Zweites Gespräch?",
    """Hi Siobhan,

danke nochmal für das nette erste Gespräch! Wir würden gern mit dir in die nächste Runde gehen:
ein ca. einstündiges Gespräch mit unserem CTO und unserer Head of Clinical Operations, bei dem
du kurz eine Fallstudie vorstellst (Briefing kommt separat).

Hier kannst du dir direkt einen Slot aussuchen: https://cal.example.com/caresync/interview-2

Viele Grüße
Hannah

Hannah Vogt · People & Talent · Caresync GmbH · Berlin
""", "03-11 17:30", fmt="alt")

add(INV, "french_second_entretien_cabinet", "fr", "Hôpital du Léman", "c.morel@helvetiasante-rh.example.ch",
    ("Claire Morel | Helvetia Santé RH", "c.morel@helvetiasante-rh.example.ch"),
    "Votre candidature - poste de coordinatrice qualité",
    """Bonjour Madame Murphy,

Suite à notre échange téléphonique, j'ai le plaisir de vous informer que notre client, l'Hôpital
du Léman, souhaite vous rencontrer pour un entretien avec la Direction des soins.

Les créneaux proposés sont les suivants :
- lundi 18 mai à 10h00
- mardi 19 mai à 15h30

L'entretien se déroulera sur site, à Morges. Pourriez-vous me confirmer le créneau qui vous
convient ?

Bien à vous,

Claire Morel
Consultante senior - Santé
Helvetia Santé RH SA
+41 21 555 03 11
""", "05-07 09:20", fmt="latin1")

add(INV, "spanish_entrevista_presencial_barcelona", "es", "Clínica Diagonal Barcelona", "",
    ("Clínica Diagonal Barcelona", "empleo@clinicadiagonal.example.es"),
    "Convocatoria a entrevista",
    """Estimada Sra. Murphy:

Nos complace comunicarle que su candidatura para el puesto de Enfermera Responsable de Calidad ha
superado la fase de preselección. Por ello, le convocamos a una entrevista personal:

Fecha: martes 12 de mayo de 2026
Hora: 10:00 h
Lugar: Av. Diagonal 555, 4ª planta, Recursos Humanos

Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,
Recursos Humanos
Clínica Diagonal Barcelona
""", "05-04 12:48", fmt="cp1252")
SPECS[-1].contact = "empleo@clinicadiagonal.example.es"

add(INV, "agency_uk_phone_screen_client", "en", "Thameside Healthcare NHS Trust", "marcus.bell@bluewaterhealth.example.co.uk",
    ("Marcus Bell", "marcus.bell@bluewaterhealth.example.co.uk"),
    "Following up",
    """Morning Siobhan,

Following up from our call - Thameside have come back and they'd like a 20 min phone screen with
the Deputy Chief Nurse before inviting you to the OSCE day. They've offered Wednesday 13th at
12:30 or Thursday 14th at 9:00. Which suits?

Cheers,
Marcus

Marcus Bell | Principal Consultant, Nursing Leadership
Bluewater Health Recruitment | London EC2
07700 555 041
""", "05-11 08:14")

add(INV, "icims_osce_invite", "en", "Thameside Healthcare NHS Trust", "",
    ("Thameside Healthcare NHS Trust", "thamesidehealthcare@talent.icims.com"),
    "You're invited: OSCE assessment and values-based interview",
    """Hi Siobhan,

Congratulations - we'd love to move you to the next stage for the Matron, Quality & Safety role.

Your OSCE assessment and values-based interview will take place on Tuesday 2 June 2026 at
St Olave's Clinical Skills Centre, 09:00-12:30. Stations include medicines management, a
deteriorating patient scenario and a governance in-tray exercise.

Please confirm your attendance in the candidate portal.

Thameside Healthcare NHS Trust Recruitment
""", "05-20 13:05", fmt="html")

add(INV, "auckland_video_call", "en", "Harbourview Private Hospital", "aroha.tane@harbourview.example.org",
    ("Aroha Tane", "aroha.tane@harbourview.example.org"),
    "Nurse Educator role - kia ora",
    """Kia ora Siobhan,

Thanks heaps for your application for the Nurse Educator role. We'd love to have a video call
with you to talk it through - how does Wednesday 11 March at 8am NZ time sound (I think that's
7pm Tuesday for you)? It'll be me and our Quality Manager, Pita.

Ngā mihi,
Aroha Tane
Clinical Nurse Manager - Education
Harbourview Private Hospital, Auckland
""", "03-02 09:30", tz="+1300")


# --------------------------------------------------------------------------- reschedules / cancellations
C = "interview_reschedule_or_cancel"

add(C, "panel_member_sick_move", "en", "Avon Vale NHS Foundation Trust", "rebecca.hollis@avonvale.example.nhs.uk",
    ("Rebecca Hollis", "rebecca.hollis@avonvale.example.nhs.uk"),
    "Change to interview date",
    """Dear Siobhan,

I'm so sorry to do this at short notice, but one of our panel members is off sick and we need to
move your interview from Thursday 16 April to Tuesday 21 April, same time (10:00), same venue.
I hope this still works for you - if not, please call me and we'll find another slot.

Apologies again,
Rebecca

Rebecca Hollis
Deputy Director of Nursing (Quality)
Avon Vale NHS Foundation Trust
Tel: 0117 555 0138
""", "04-14 08:05")

add(C, "goodtime_rescheduled_ics", "en", "Meridian Health Assurance", "tom.ashworth@meridianhealth.example.co.uk",
    ("Meridian Health Assurance via GoodTime", "scheduling@goodtime.io"),
    "Updated: your interview with Meridian Health Assurance has been rescheduled",
    """Hi Siobhan,

Your interview with Meridian Health Assurance has been moved.

Previous time: Tuesday 14 April 2026, 10:00 BST
New time: Wednesday 15 April 2026, 15:00 - 16:15 BST

An updated calendar invite is attached. Questions? Reply to this email and it will reach Tom
Ashworth.
""", "04-10 16:20", reply_to="Tom Ashworth <tom.ashworth@meridianhealth.example.co.uk>",
    ics=ics("gt-8812-meridian@goodtime.io", "Panel interview - Meridian Health Assurance",
            "20260415T140000Z", 75, "scheduling@goodtime.io", sequence=1, location="Microsoft Teams"))

add(C, "role_withdrawn_interview_cancelled", "en", "Corrib Medical Devices", "sinead.kavanagh@corribmedical.example.com",
    ("Sinéad Kavanagh", "sinead.kavanagh@corribmedical.example.com"),
    "Cancelling Friday's interview",
    """Hi Siobhan,

Apologies for the late notice - we have to cancel Friday's interview for the Post-Market
Surveillance Nurse Specialist role. There's been a reorganisation in the PMS team and the
hiring manager has asked us to pause all interviews until the new structure is confirmed.

I'll be in touch as soon as I know more, hopefully within a couple of weeks.

Sinéad

Sinéad Kavanagh | Talent Acquisition Partner | Corrib Medical Devices
Parkmore Business Park, Galway | +353 91 555 0150
""", "03-18 12:44", fmt="qp")

add(C, "ics_cancel_event", "en", "Vitalis Diagnostics", "conor.begley@vitalisdx.example.com",
    ("Conor Begley", "conor.begley@vitalisdx.example.com"),
    "Canceled: Interview - Siobhan Murphy / Vitalis Dx @ Thu 5 Mar 2026 14:00 - 15:00 (GMT)",
    """Hi Siobhan - cancelling this for now as Aoife has been pulled into an audit all day Thursday.
I'll send a new time tomorrow, sorry!
Conor
""", "03-04 18:02",
    ics=ics("5a9c-vitalis-interview-0305@vitalisdx.example.com", "Interview - Siobhan Murphy / Vitalis Dx",
            "20260305T140000Z", 60, "conor.begley@vitalisdx.example.com", method="CANCEL", sequence=1))

add(C, "german_terminverschiebung", "de", "Klinikum Spreebogen", "maria.koenig@klinikum-spreebogen.example.de",
    ("Maria König", "maria.koenig@klinikum-spreebogen.example.de"),
    "AW: Einladung zum Vorstellungsgespräch",
    """Sehr geehrte Frau Murphy,

leider muss ich unseren Termin am 17. März verschieben, da Frau Dr. Hartmann kurzfristig an einer
Sitzung des Aufsichtsrats teilnehmen muss. Wäre Ihnen stattdessen Donnerstag, der 19. März, um
14:00 Uhr möglich?

Bitte entschuldigen Sie die Umstände.

Mit freundlichen Grüßen
Maria König
Personalmanagement
Klinikum Spreebogen GmbH

Am 04.03.2026 um 13:22 schrieb Maria König <maria.koenig@klinikum-spreebogen.example.de>:
> Sehr geehrte Frau Murphy,
> gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem
> Vorstellungsgespräch ein: Dienstag, 17. März 2026, 10:30 Uhr.
""", "03-12 09:40", fmt="latin1", thread=mid_of("german_einladung_vorstellungsgespraech"))

add(C, "swiss_absage_termin_krankheit", "de", "Privatklinik Uetliberg", "a.baumann@pk-uetliberg.example.ch",
    ("Andrea Baumann", "a.baumann@pk-uetliberg.example.ch"),
    "Schnuppertag 23. April – muss leider abgesagt werden",
    """Grüezi Frau Murphy

Leider muss ich Ihnen mitteilen, dass wir den Schnuppertag vom 23. April absagen müssen – auf der
Station gab es einen Norovirus-Ausbruch und wir dürfen derzeit keine Besucher empfangen.

Sobald die Lage sich entspannt hat, melde ich mich mit einem neuen Termin. Sie müssen nichts
unternehmen; allfällige bereits gebuchte Tickets erstatten wir Ihnen.

Freundliche Grüsse
Andrea Baumann
Privatklinik Uetliberg AG
""", "04-20 07:55")

add(C, "french_report_entretien", "fr", "Clinique des Alpes Vaudoises", "nathalie.rochat@cav.example.ch",
    ("Nathalie Rochat", "nathalie.rochat@cav.example.ch"),
    "Report de notre entretien du 5 février",
    """Bonjour Madame Murphy,

Je me permets de revenir vers vous concernant notre entretien prévu ce jeudi 5 février à 14h00.
En raison d'un imprévu de notre directrice des soins, nous devons malheureusement le reporter.

Seriez-vous disponible le lundi 9 février à 10h30 ou le mardi 10 février à 16h00 ?

Avec toutes mes excuses pour ce contretemps,

Nathalie Rochat
Assistante RH
Clinique des Alpes Vaudoises
Tél. +41 24 555 01 90
""", "02-03 11:20", fmt="qp")

add(C, "spanish_cambio_hora", "es", "Hospital San Rafael de Madrid", "irene.solis@hsanrafael.example.es",
    ("Irene Solís", "irene.solis@hsanrafael.example.es"),
    "Cambio de hora entrevista",
    """Hola Siobhan,

Perdona las molestias: la directora de enfermería tiene un comité a las 12:00 el jueves, así que
tenemos que mover la entrevista telefónica. ¿Te vendría bien el mismo jueves a las 16:30? Si no,
dime otra franja y lo cuadramos.

Gracias por tu flexibilidad,
Irene
""", "02-25 09:02")

add(C, "agency_client_postponed", "en", "Kingsway Private Hospital", "brooke@medforce.example.com.au",
    ("Brooke Hennessy - MedForce", "brooke@medforce.example.com.au"),
    "Re: Kingsway - interview!!",
    """Hi hun,

Quick one - Kingsway have pushed the interview back by a week, so it's now Monday 4 May. Good
news is they've moved it to 5pm Perth time so it'll be 10am for you instead of the middle of the
night!! 🙏 Same Zoom link.

Can you confirm that works??

Brooke x

On Mon, 20 Apr 2026 at 10:12 am, Brooke Hennessy <brooke@medforce.example.com.au> wrote:
> AMAZING news - Kingsway Private Hospital want to interview you for the Clinical Nurse Educator
> role!! Monday 27 April, 8:30am Perth time.
""", "04-22 15:30", tz="+0800", thread=mid_of("agency_au_many_exclamations"))

add(C, "hse_interview_postponed_board", "en", "HSE West and North West", "recruitwest@hse.example.ie",
    ("Recruitment West", "recruitwest@hse.example.ie"),
    "POSTPONEMENT - Interview WNW26-0219",
    """Dear Candidate,

Campaign Reference: WNW26-0219 - Assistant Director of Nursing (Quality & Patient Safety)

Please be advised that due to unforeseen circumstances the interviews scheduled for Friday
13 March 2026 have been postponed. Revised interview dates will be issued to you as soon as
possible.

We apologise for any inconvenience caused.

Recruitment Office
HSE West and North West
""", "03-11 16:30", fmt="cp1252")

add(C, "uni_interview_moved_earlier", "en", "University of West Bristol", "j.okafor@uwb.example.ac.uk",
    ("Dr Joy Okafor", "j.okafor@uwb.example.ac.uk"),
    "Re: Lecturer in Adult Nursing (Patient Safety) - interview",
    """Dear Siobhan,

A small change, I'm afraid: the Dean has to chair an exam board on the afternoon of the 20th, so
could we bring your interview forward to 10:00 the same day? Everything else stays as planned.

Best wishes,
Joy

On Fri, 8 May 2026 at 12:12, Dr Joy Okafor <j.okafor@uwb.example.ac.uk> wrote:
> On behalf of the selection panel, I am pleased to invite you to interview for the post of
> Lecturer in Adult Nursing (Patient Safety) on Wednesday 20 May 2026 at 14:00.
""", "05-13 17:58", thread=mid_of("uni_zoom_with_presentation"))

add(C, "teams_cancelled_calendar_notice", "en", "Leeds Valley Teaching Hospitals NHS Trust", "owen.pickersgill@leedsvalley.example.nhs.uk",
    ("Pickersgill Owen (LEEDS VALLEY TEACHING HOSPITALS NHS TRUST)", "owen.pickersgill@leedsvalley.example.nhs.uk"),
    "Cancelled: Follow-up conversation - QI Lead",
    """Siobhan - I need to cancel our follow up conversation tomorrow, there's a major incident
declared on site and I'm on the command rota. Will rebook next week. Sorry.
Owen
""", "03-30 20:15",
    ics=ics("040000008200E00074C5B7101A82E00800000000C0F1", "Follow-up conversation - QI Lead",
            "20260331T090000Z", 30, "owen.pickersgill@leedsvalley.example.nhs.uk", method="CANCEL", sequence=2))

add(C, "personio_termin_abgesagt", "de", "Seniorenresidenz Lindenhof", "",
    ("Seniorenresidenz Lindenhof", "noreply@jobs.personio.de"),
    "Ihr Termin wurde abgesagt",
    """Hallo Siobhan Murphy,

Ihr Termin "Kennenlerngespräch Einrichtungsleitung (m/w/d)" am 19.02.2026 um 11:00 Uhr wurde von
Seniorenresidenz Lindenhof abgesagt.

Bitte buchen Sie über folgenden Link einen neuen Termin:
https://lindenhof.jobs.personio.de/scheduling/7d1f0b2a

Ihr Team der Seniorenresidenz Lindenhof
""", "02-17 14:33", fmt="html")

add(C, "polish_owned_reschedule", "en", "Medivia", "karolina.wrobel@medivia.example.pl",
    ("Karolina Wróbel", "karolina.wrobel@medivia.example.pl"),
    "Change of meeting time",
    """Dear Siobhan,

Unfortunately our Quality Director has an urgent notified body audit on Wednesday, therefore we
need to change the time of our online meeting. Would Friday 20.02 at 11:00 CET (10:00 Irish time)
be suitable for you?

I apologise for the inconvenience.

Best regards,
Karolina Wróbel
Talent Acquisition Specialist
Medivia Sp. z o.o.
""", "02-16 12:10", tz="+0100", fmt="b64")

add(C, "outlook_mobile_push_back_hour", "en", "Glenwood Clinics", "fiona.brady@glenwoodclinics.example.com",
    ("Fiona Brady", "fiona.brady@glenwoodclinics.example.com"),
    "Tomorrow",
    """Hi Siobhan, can we push tomorrow's interview back an hour to 11.30? Clinic director is stuck in
Dublin traffic this week. Same place (Glenwood Galway, reception on the ground floor). Thx

Fiona

Get Outlook for Android
""", "04-07 18:40")


# --------------------------------------------------------------------------- missed interviews
M = "missed_interview_notice"

add(M, "tried_calling_phone_screen", "en", "Claddagh Health Insurance", "niamh.folan@claddaghhealth.example.ie",
    ("Niamh Folan", "niamh.folan@claddaghhealth.example.ie"),
    "Our call this morning",
    """Hi Siobhan,

I tried calling you at 10:00 as scheduled for our chat but it went to voicemail. I hope
everything is ok! If you're still interested in the role, let me know a couple of times that
suit over the next few days and I'll call you back.

Thanks,
Niamh
""", "03-12 10:26")

add(M, "teams_did_not_join", "en", "Meridian Health Assurance", "harriet.cole@meridianhealth.example.co.uk",
    ("Harriet Cole", "harriet.cole@meridianhealth.example.co.uk"),
    "Today's interview",
    """Dear Siobhan,

The panel were ready for your interview at 15:00 today but you did not join the Teams meeting,
and we weren't able to reach you by phone. I do hope all is well.

If something unexpected happened, please let me know by Friday and we will see whether we can
offer another slot; the panel's availability is limited, so I can't promise.

Kind regards,
Harriet Cole
People Partner | Meridian Health Assurance
""", "04-15 15:52", fmt="qp")

add(M, "we_missed_you_agency", "en", "Heatherlea Care Homes", "jodie.mcevoy@kestrelclinical.example.com",
    ("Jodie McEvoy | Kestrel Clinical Recruitment", "jodie.mcevoy@kestrelclinical.example.com"),
    "??",
    """Hi Siobhan

Heatherlea have just been on to me - they said you didn't turn up for the 2pm at the Roundhay home
today?? They waited 25 mins. Is everything ok?? Please give me a shout asap so I can smooth it
over with them, they were still keen!!

Jodie
Kestrel Clinical Recruitment | M: +353 87 555 0142
""", "01-14 14:51")

add(M, "german_nicht_erschienen", "de", "Isar-Kliniken München", "katrin.obermaier@isar-kliniken.example.de",
    ("Katrin Obermaier", "katrin.obermaier@isar-kliniken.example.de"),
    "Unser Termin heute um 09:00 Uhr",
    """Sehr geehrte Frau Murphy,

wir hatten heute um 09:00 Uhr ein Videogespräch über MS Teams vereinbart. Leider konnten wir Sie
weder im Meeting noch telefonisch erreichen.

Sollte etwas dazwischengekommen sein, melden Sie sich gerne bei mir - wir prüfen dann, ob ein
neuer Termin möglich ist.

Mit freundlichen Grüßen
Katrin Obermaier
Personalreferentin
Isar-Kliniken München GmbH
""", "03-09 09:41", fmt="latin1")

add(M, "french_absence_entretien", "fr", "Clinique des Alpes Vaudoises", "nathalie.rochat@cav.example.ch",
    ("Nathalie Rochat", "nathalie.rochat@cav.example.ch"),
    "Entretien de ce matin",
    """Bonjour Madame Murphy,

Nous vous attendions ce matin à 10h30 pour votre entretien en visioconférence, mais vous ne vous
êtes pas connectée. J'ai tenté de vous joindre par téléphone, sans succès.

J'espère qu'il ne vous est rien arrivé de grave. Merci de me recontacter si vous souhaitez
toujours poursuivre le processus.

Cordialement,
Nathalie Rochat
Assistante RH – Clinique des Alpes Vaudoises
""", "02-09 11:12")

add(M, "spanish_no_pudimos_contactar", "es", "Hospital San Rafael de Madrid", "irene.solis@hsanrafael.example.es",
    ("Irene Solís", "irene.solis@hsanrafael.example.es"),
    "Entrevista de hoy",
    """Hola Siobhan,

Te he llamado a las 16:30 como habíamos quedado, pero no ha habido respuesta (dos intentos). ¿Ha
pasado algo? Si sigues interesada, dime cuándo podemos intentarlo de nuevo.

Un saludo,
Irene Solís
Hospital San Rafael de Madrid
""", "02-26 16:52", fmt="qp")

add(M, "zoom_no_show_au", "en", "Swan River Health Service", "dale.whitford@swanriverhealth.example.com.au",
    ("Dale Whitford", "dale.whitford@swanriverhealth.example.com.au"),
    "Missed you this arvo",
    """Hi Siobhan,

Karen and I were on the Zoom at 4pm (Perth) but didn't see you come through - maybe a time zone
mix-up with daylight saving ending? No dramas. Flick me a couple of times that work and I'll
see what I can do with Karen's diary.

Cheers
Dale Whitford
Director of Clinical Governance | Swan River Health Service
""", "05-14 16:35", tz="+0800")

add(M, "nhs_dna_formal", "en", "North Mersey Community NHS Trust", "recruitment@northmersey.example.nhs.uk",
    ("Recruitment - North Mersey Community NHS Trust", "recruitment@northmersey.example.nhs.uk"),
    "Non-attendance at interview - C9120-26-0031",
    """Dear Siobhan,

We note that you did not attend your booked interview slot for Patient Safety Specialist (Band 8a)
at 13:30 on Wednesday 11 March 2026 at Bootle Health Campus.

If there were exceptional circumstances that prevented your attendance, please contact us by
reply within two working days. Otherwise, your application will be withdrawn from this process.

Yours sincerely,
Recruitment Team
North Mersey Community NHS Trust
""", "03-11 16:10")

add(M, "ready_when_you_are_terse", "en", "Caresync", "hannah@caresync.example.de",
    ("Hannah Vogt", "hannah@caresync.example.de"),
    "we're in the call",
    """Hi Siobhan, we're all in the Meet waiting for you - everything ok? Link again: https://meet.example.com/cs-int2

Hannah
""", "03-19 15:07")

add(M, "uni_missed_slot_followup", "en", "Dublin Metropolitan University", "eoin.mulcahy@dmu.example.ie",
    ("Eoin Mulcahy", "eoin.mulcahy@dmu.example.ie"),
    "Clinical Skills Facilitator interview - 2.30pm",
    """Dear Siobhan,

The interview panel for the Clinical Skills Facilitator post waited for you this afternoon at
2.30pm in Room H204, but unfortunately you did not arrive and we couldn't get through on your
mobile.

Could you let me know what happened? If it's a question of a mix-up, we may be able to see you at
the end of the day on Thursday.

Regards,
Eoin Mulcahy
Head of Clinical Skills
School of Nursing, Dublin Metropolitan University
""", "05-26 15:20", fmt="b64")


# --------------------------------------------------------------------------- application acknowledgements
A = "application_received"

add(A, "trac_application_received", "en", "Pennine Ridge NHS Foundation Trust", "",
    ("Pennine Ridge NHS FT via Trac", "no-reply@trac.jobs"),
    "Application received: Band 7 Clinical Governance Lead",
    """Dear Siobhan

Thank you for submitting your application for the post of Band 7 Clinical Governance Lead
(Ref 302-PR-2611).

Your application reference number is 302-PR-2611-A118. Please quote this in any correspondence.

The closing date for this vacancy is 18 January 2026. Shortlisting will take place shortly after
the closing date. If you have not heard from us within 3 weeks of the closing date, please assume
that on this occasion your application has been unsuccessful.

Recruitment Services
Pennine Ridge NHS Foundation Trust
""", "01-09 21:17")

add(A, "publicjobs_received", "en", "HSE Dublin and North East", "",
    ("publicjobs", "noreply@publicjobs.ie"),
    "Application Received - 26QM0112",
    """Dear Siobhan Murphy,

We confirm receipt of your application for the following competition:

26QM0112 - Quality and Patient Safety Manager, Grade VIII, HSE Dublin and North East

Please check your publicjobs account regularly, as all further correspondence regarding this
competition will be issued through your account message board.

Regards,
publicjobs
""", "01-16 23:48", fmt="html")

add(A, "workday_thanks_volume_no_individual", "en", "Corrib Medical Devices", "",
    ("Corrib Medical Devices", "corribmedical@myworkday.com"),
    "Thank you for applying to Corrib Medical Devices",
    """Hi Siobhan,

Thank you for applying for the Clinical Quality Specialist (R-10482) position. We've received
your application and our team will review it shortly.

Due to the volume of applications we receive, we are unfortunately unable to respond to every
applicant individually. If your experience matches what we're looking for, a member of our
Talent team will be in touch.

You can check the status of your application at any time in your candidate home.

Best regards,
Talent Acquisition
Corrib Medical Devices
""", "02-03 19:30", fmt="alt")

add(A, "softgarden_eingangsbestaetigung", "de", "Klinikum Spreebogen", "",
    ("Klinikum Spreebogen Berlin", "noreply@softgarden.io"),
    "Eingangsbestätigung Ihrer Bewerbung",
    """Sehr geehrte Frau Murphy,

vielen Dank für Ihre Bewerbung als Qualitätsmanagerin (m/w/d) im Pflegedienst, die wir heute
erhalten haben.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns in den nächsten Wochen bei Ihnen. Bitte haben
Sie Verständnis dafür, dass die Bearbeitung aufgrund der Vielzahl an Bewerbungen einige Zeit in
Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Spreebogen GmbH
""", "01-12 07:58", fmt="qp")

add(A, "rezoomo_received", "en", "Ardmore Nursing Homes", "",
    ("Ardmore Nursing Homes", "noreply@rezoomo.com"),
    "Thanks for applying to Ardmore Nursing Homes!",
    """Hi Siobhan,

Your application for Person in Charge (PIC) - Galway has been sent to Ardmore Nursing Homes.

What happens next? The team at Ardmore Nursing Homes will review your application and will be in
touch if you are shortlisted.

Good luck!
The Rezoomo Team
""", "01-08 20:02", fmt="html")

add(A, "taleo_acknowledgement_no_feedback", "en", "Lee Valley University Hospital", "",
    ("Lee Valley University Hospital Careers", "donotreply@taleo.net"),
    "Acknowledgement of Application - Req 2600412",
    """Dear Siobhan Murphy ,

Thank you for your application for the position of Clinical Nurse Manager 3 - Quality , Risk and
Patient Safety ( Requisition 2600412 ) .

Your application will be considered by the shortlisting panel after the closing date of
6 February 2026 . Unfortunately we are unable to provide individual feedback at this stage of the
process .

Regards ,
HR Department
Lee Valley University Hospital
""", "01-29 14:21", fmt="latin1")

add(A, "icims_thanks", "en", "Thameside Healthcare NHS Trust", "",
    ("Thameside Healthcare NHS Trust", "thamesidehealthcare@talent.icims.com"),
    "Thank you for your application - Matron, Quality & Safety",
    """Dear Siobhan,

Thank you for your interest in Thameside Healthcare NHS Trust. We have received your application
for Matron, Quality & Safety (Job ID 2026-4417).

Shortlisting will be completed within 10 working days of the advert closing. Owing to the large
number of applications we receive, we regret that we cannot reply personally to each applicant.

Thameside Healthcare NHS Trust Recruitment
""", "05-02 08:00", fmt="b64")

add(A, "personio_bewerbung_erhalten_du", "de", "Caresync", "",
    ("Caresync GmbH", "noreply@jobs.personio.de"),
    "Deine Bewerbung bei Caresync",
    """Hallo Siobhan,

danke für deine Bewerbung als Clinical Quality Lead (m/w/d)! 🙌 Wir haben sie gut erhalten.

Unser Team schaut sich deine Unterlagen in Ruhe an und meldet sich innerhalb von zwei Wochen bei
dir. Bis dahin: Schau gern auf unserem Blog vorbei.

Viele Grüße
Dein Caresync People Team
""", "02-28 10:11", fmt="html")

add(A, "jobvite_received_singapore", "en", "Lion City Health Group", "",
    ("Lion City Health Group Careers", "notification@jobvite.com"),
    "Application received - Regional Clinical Quality Lead (UK & Ireland)",
    """Dear Siobhan,

Thank you for your interest in Lion City Health Group. This is to acknowledge that we have
received your application for Regional Clinical Quality Lead (UK & Ireland).

Kindly note that only shortlisted candidates will be notified. We appreciate your understanding.

Warm regards,
Talent Acquisition
Lion City Health Group Pte. Ltd.
""", "02-06 09:12", tz="+0800")

add(A, "university_hr_received", "en", "University of West Bristol", "",
    ("UWB Recruitment", "recruitment-noreply@uwb.example.ac.uk"),
    "Your application: Lecturer in Adult Nursing (Patient Safety) - Ref ACAD2611",
    """Dear Siobhan,

Thank you for your application for the post of Lecturer in Adult Nursing (Patient Safety),
reference ACAD2611, which we have now received.

We expect shortlisting to be completed by 24 April 2026. Should you not hear from us by 8 May,
please assume you have not been shortlisted on this occasion. Unfortunately we are unable to
provide feedback to candidates who are not shortlisted.

University of West Bristol
People and Organisational Development
""", "04-09 16:40", fmt="qp")

add(A, "small_clinic_human_ack", "en", "Glenwood Clinics", "fiona.brady@glenwoodclinics.example.com",
    ("Fiona Brady", "fiona.brady@glenwoodclinics.example.com"),
    "Re: Clinical Governance Coordinator - application",
    """Hi Siobhan,

Thanks for your CV, received with thanks. I'll pass it on to our clinic director and come back to
you by the end of next week.

Kind regards,
Fiona

Fiona Brady
HR Manager | Glenwood Clinics
D: +353 91 555 0120

On Tue 17 Mar 2026, 20:31 Siobhan Murphy, <siobhan.murphy@example.com> wrote:
> Dear Fiona,
> Please find attached my CV and cover letter for the Clinical Governance Coordinator role
> advertised on IrishJobs. I'd welcome the opportunity to discuss it.
> Kind regards,
> Siobhan Murphy
""", "03-18 09:05")

add(A, "agency_registration_confirmed_client", "en", "Swan River Health Service", "brooke@medforce.example.com.au",
    ("Brooke Hennessy - MedForce", "brooke@medforce.example.com.au"),
    "Submitted!! Swan River - Clinical Governance Manager",
    """Hi Siobhan!!

Just confirming I've submitted your application to Swan River Health Service for the Clinical
Governance Manager role 🙌 They're shortlisting end of next week so fingers crossed!! I'll let
you know the second I hear anything.

Brooke x

Brooke Hennessy | Senior Consultant | MedForce Australia
""", "04-23 13:10", tz="+0800")

add(A, "swiss_eingang_dossier", "de", "Universitätsklinik am Zürichberg", "",
    ("Universitätsklinik am Zürichberg - Personal", "jobs-noreply@uzb.example.ch"),
    "Eingang Ihrer Bewerbung - Pflegeexpertin APN Qualität",
    """Sehr geehrte Frau Murphy

Wir bestätigen Ihnen den Eingang Ihrer Bewerbungsunterlagen für die Stelle als Pflegeexpertin APN
Qualität 80-100 %. Wir werden Ihr Dossier prüfen und uns baldmöglichst bei Ihnen melden.

Aufgrund der grossen Anzahl Bewerbungen ist es uns leider nicht möglich, vorab individuelle
Auskünfte zum Stand des Verfahrens zu geben.

Freundliche Grüsse
Human Resources Management
Universitätsklinik am Zürichberg
""", "03-30 08:02", fmt="latin1")

add(A, "french_accuse_reception", "fr", "Clinique des Alpes Vaudoises", "",
    ("Clinique des Alpes Vaudoises", "recrutement-noreply@cav.example.ch"),
    "Accusé de réception de votre candidature",
    """Madame,

Nous accusons bonne réception de votre candidature au poste de Responsable qualité des soins et
vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier sera étudié avec la plus grande attention. Nous reviendrons vers vous dans les
meilleurs délais si votre profil retient notre attention.

Ressources humaines
Clinique des Alpes Vaudoises
""", "01-14 12:30", fmt="qp")

add(A, "spanish_candidatura_recibida", "es", "Grupo Mediterráneo Salud", "",
    ("Mediterráneo Salud Empleo", "noreply@mediterraneosalud.example.es"),
    "Hemos recibido tu candidatura",
    """¡Hola Siobhan!

Gracias por inscribirte en la oferta "Coordinador/a de Seguridad del Paciente – Valencia".
Hemos recibido tu candidatura correctamente.

Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en
contacto contigo. Debido al gran volumen de candidaturas, no podemos responder individualmente a
cada persona.

¡Mucha suerte!
Equipo de Talento – Grupo Mediterráneo Salud
""", "03-06 18:20", fmt="html")

add(A, "nhs_jobs_submitted", "en", "North Mersey Community NHS Trust", "",
    ("NHS Jobs", "no-reply@jobs.nhs.uk"),
    "Your application has been submitted",
    """Dear Siobhan Murphy,

Your application for Patient Safety Specialist (Band 8a) at North Mersey Community NHS Trust has
been submitted.

Reference: C9120-26-0031

You can track the progress of your application in your NHS Jobs account.

Do not reply to this email.
""", "02-10 22:05")

add(A, "german_kurzer_eingang_personal", "de", "Isar-Kliniken München", "katrin.obermaier@isar-kliniken.example.de",
    ("Katrin Obermaier", "katrin.obermaier@isar-kliniken.example.de"),
    "AW: Initiativbewerbung Qualitätsmanagement",
    """Sehr geehrte Frau Murphy,

herzlichen Dank für Ihre Initiativbewerbung, die ich an unsere Pflegedirektion weitergeleitet
habe. Wir melden uns, sobald wir die Unterlagen gesichtet haben – das kann aufgrund der
Osterferien etwas dauern.

Mit freundlichen Grüßen
Katrin Obermaier
Personalreferentin
Isar-Kliniken München GmbH
""", "02-20 11:48", fmt="cp1252")

add(A, "cape_meridian_received_za", "en", "Cape Meridian Healthcare", "",
    ("Cape Meridian Careers", "careers-noreply@capemeridian.example.co.za"),
    "Application acknowledged: Quality Lead, London clinics",
    """Dear Siobhan

Thank you for your application for the position of Quality Lead (London clinics).

Please note that if you have not been contacted within 30 days of the closing date, kindly
consider your application unsuccessful. Regrettably, we are unable to provide individual feedback
at this stage of the process.

Cape Meridian Healthcare Talent Team
""", "03-14 07:15", tz="+0200")

add(A, "greenhouse_medtech_received", "en", "Halden Health", "",
    ("Halden Health Recruiting", "no-reply@us.greenhouse-mail.io"),
    "Thanks for applying to Halden Health",
    """Hi Siobhan,

Thanks for your interest in Halden Health! We've received your application for Clinical
Operations Quality Manager (EMEA), and our team will review it over the coming days.

If there's a fit, we'll reach out to schedule a conversation. In the meantime, feel free to learn
more about how we're building remote patient monitoring for post-surgical care.

Best,
The Halden Health Talent Team
""", "05-05 16:02", fmt="alt")

add(A, "care_group_auto_received_unmonitored", "en", "Willowbrook Care Group", "",
    ("Willowbrook Care Group", "jobs@willowbrookcare.example.ie"),
    "Re: your application",
    """Thank you for your email and application to Willowbrook Care Group.

This is an automated response to confirm we have received it. Our recruitment team reviews all
applications weekly. Please note this mailbox is not monitored for replies.

Willowbrook Care Group - Caring for you, like family.
""", "02-22 12:00", headers={"Auto-Submitted": "auto-replied"})


# --------------------------------------------------------------------------- offers
OFF = "offer"

add(OFF, "verbal_offer_followup", "en", "Avon Vale NHS Foundation Trust", "rebecca.hollis@avonvale.example.nhs.uk",
    ("Rebecca Hollis", "rebecca.hollis@avonvale.example.nhs.uk"),
    "Following our call",
    """Dear Siobhan,

Lovely to speak to you this afternoon, and congratulations again! As discussed, I'm delighted to
confirm our verbal offer of the post of Matron for Patient Safety (Band 8a), starting salary at
the bottom of the band, subject to satisfactory pre-employment checks.

Our recruitment team will now be in touch with a conditional offer letter and to arrange your
occupational health screening and DBS check.

Warmest wishes,
Rebecca
""", "06-02 17:05")

add(OFF, "conditional_offer_letter_attached", "en", "Avon Vale NHS Foundation Trust", "",
    ("Avon Vale Recruitment", "noreply-recruitment@avonvale.example.nhs.uk"),
    "Conditional offer of employment - Matron for Patient Safety",
    """Dear Siobhan,

Following your recent interview, we are pleased to make you a conditional offer of employment
for the post of Matron for Patient Safety (Band 8a). Please find your conditional offer letter
attached.

This offer is conditional upon: satisfactory references covering the last three years; an
enhanced DBS check; occupational health clearance; verification of your NMC registration and
right to work in the UK.

Please accept or decline this offer via your NHS Jobs account within 7 days.

Recruitment Team
Avon Vale NHS Foundation Trust
""", "06-04 10:30", attach="Conditional_Offer_Letter_AV-26-8812.pdf", fmt="qp")

add(OFF, "pleased_to_offer_insurer", "en", "Claddagh Health Insurance", "niamh.folan@claddaghhealth.example.ie",
    ("Niamh Folan", "niamh.folan@claddaghhealth.example.ie"),
    "Your offer - Clinical Quality Lead",
    """Hi Siobhan,

Following your final interview, I'm really pleased to offer you the role of Clinical Quality Lead
at Claddagh Health Insurance, on a permanent full-time basis, with a base salary of EUR 72,000,
hybrid working (2 days in Galway) and the benefits outlined on the call.

Your contract is attached. Could you let me know if you're happy to accept by Friday 22 May?

Delighted to have you on board (hopefully!),
Niamh
""", "05-18 14:20", attach="Claddagh_Contract_SMurphy.pdf")

add(OFF, "german_zusage_vertrag", "de", "Klinikum Spreebogen", "maria.koenig@klinikum-spreebogen.example.de",
    ("Maria König", "maria.koenig@klinikum-spreebogen.example.de"),
    "Zusage – Qualitätsmanagementbeauftragte Pflegedienst",
    """Sehr geehrte Frau Murphy,

wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als
Qualitätsmanagementbeauftragte (m/w/d) im Pflegedienst anbieten möchten.

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein
unterschriebenes Exemplar bis zum 10. April zurück. Die Vergütung erfolgt nach TVöD-K, Entgeltgruppe
P13, Stufe 3. Geplanter Eintritt: 1. Juni 2026, vorbehaltlich der Anerkennung Ihrer
Berufsqualifikation durch das LAGeSo.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Maria König
Personalmanagement
Klinikum Spreebogen GmbH
""", "03-27 12:15", attach="Arbeitsvertrag_Murphy.pdf", fmt="latin1")

add(OFF, "swiss_angebot_informal", "de", "Privatklinik Uetliberg", "a.baumann@pk-uetliberg.example.ch",
    ("Andrea Baumann", "a.baumann@pk-uetliberg.example.ch"),
    "Gute Nachrichten",
    """Grüezi Frau Murphy

Ich darf Ihnen im Namen von Frau Keller, Leiterin Pflege, mitteilen, dass wir Ihnen sehr gerne
die Stelle als Leiterin Qualität Pflege (90 %) anbieten! Die Konditionen haben wir wie
besprochen im beiliegenden Angebotsschreiben festgehalten (Jahresgehalt CHF 128'000, 13
Monatslöhne).

Wir würden uns über eine Rückmeldung bis Ende nächster Woche freuen.

Herzliche Grüsse
Andrea Baumann
Privatklinik Uetliberg AG
""", "05-28 16:40", attach="Angebot_Murphy_Siobhan.pdf")

add(OFF, "french_proposition_embauche", "fr", "Alpina Diagnostics", "julien.perrin@alpinadx.example.fr",
    ("Julien Perrin", "julien.perrin@alpinadx.example.fr"),
    "Proposition d'embauche – Spécialiste affaires cliniques",
    """Bonjour Siobhan,

J'ai le plaisir de te confirmer que nous souhaitons te proposer le poste de Spécialiste affaires
cliniques (CDI, basé à Lyon, télétravail 2 jours par semaine). Tu trouveras en pièce jointe la
promesse d'embauche détaillant la rémunération et la date de démarrage envisagée (1er juin).

N'hésite pas à m'appeler si tu as des questions avant de signer.

À très vite j'espère !
Julien

Julien Perrin
Responsable recrutement – Alpina Diagnostics
Lyon · +33 4 55 50 98 10
""", "05-05 11:30", attach="Promesse_embauche_SMurphy.pdf", fmt="qp")

add(OFF, "spanish_oferta_formal", "es", "Clínica Diagonal Barcelona", "nuria.vidal@clinicadiagonal.example.es",
    ("Núria Vidal", "nuria.vidal@clinicadiagonal.example.es"),
    "Oferta de incorporación",
    """Estimada Siobhan:

Tras finalizar el proceso de selección, nos complace ofrecerte el puesto de Enfermera Responsable
de Calidad en Clínica Diagonal Barcelona, con incorporación prevista el 1 de julio de 2026.

Adjuntamos la carta de oferta con las condiciones económicas y el tipo de contrato (indefinido,
jornada completa). Te agradeceríamos que nos confirmaras tu aceptación antes del 5 de junio.

Un cordial saludo,
Núria Vidal
Directora de Recursos Humanos
Clínica Diagonal Barcelona
""", "05-27 13:02", attach="Carta_oferta_Murphy.pdf", fmt="latin1")

add(OFF, "agency_offer_whoop", "en", "Kingsway Private Hospital", "brooke@medforce.example.com.au",
    ("Brooke Hennessy - MedForce", "brooke@medforce.example.com.au"),
    "YOU GOT IT!!!",
    """SIOBHAN!!!!

Kingsway have just called - they want to offer you the Clinical Nurse Educator role!!! 🎉🎉 Full
time, $128k + super, and they'll contribute $5k to relocation + help with the visa sponsorship.

The formal contract will come from their HR in the next day or two. Call me when you see this!!!

Brooke x
MedForce Australia | 0412 555 019
""", "05-07 18:22", tz="+0800")

add(OFF, "nz_offer_letter_workday", "en", "Harbourview Private Hospital", "",
    ("Harbourview Private Hospital", "harbourview@myworkday.com"),
    "Your offer from Harbourview Private Hospital",
    """Kia ora Siobhan,

Congratulations! Harbourview Private Hospital is pleased to extend to you an offer of employment
for the position of Quality & Patient Safety Advisor.

Please review your offer letter and employment agreement in your candidate home and accept by
12 June 2026. Your offer is conditional on NCNZ registration and a satisfactory police vet.

Ngā mihi nui,
People & Capability
Harbourview Private Hospital
""", "06-08 11:00", tz="+1200", fmt="html")

add(OFF, "medtech_contract_to_sign_docusign", "en", "Vitalis Diagnostics", "conor.begley@vitalisdx.example.com",
    ("Conor Begley", "conor.begley@vitalisdx.example.com"),
    "Welcome aboard - contract to sign",
    """Hi Siobhan,

Delighted you said yes on the phone! As promised, I've just sent the contract for the Clinical
Vigilance Specialist role through DocuSign - you should get a separate email from DocuSign
shortly. Once signed, HR will start the onboarding and book your occupational health check.

Start date 6 July, as agreed.

Conor
""", "06-12 09:15")


# --------------------------------------------------------------------------- other
X = "other"
BULK = {"Precedence": "bulk"}


def unsubscribe(domain: str, list_id: str) -> dict[str, str]:
    """Mailing-list headers that a real bulk sender adds."""
    return {
        "List-Id": f"<{list_id}.{domain}>",
        "List-Unsubscribe": f"<https://{domain}/u/8c1e2a>, <mailto:unsubscribe@{domain}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


def digest_html(title: str, jobs: list[tuple[str, str, str]], footer: str) -> str:
    """A job-alert layout: one table row per job, each a tracked link."""
    rows = "".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee">'
        f'<a href="https://click.example.net/j?id={i}&amp;utm_source=alert" style="color:#0a66c2;font-weight:bold">'
        f"{html.escape(t)}</a><br><span style=\"color:#555\">{html.escape(c)} &middot; {html.escape(p)}</span></td></tr>"
        for i, (t, c, p) in enumerate(jobs)
    )
    return (
        '<html><body style="font-family:Helvetica,Arial;background:#fafafa">'
        f'<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px;font-size:18px">{html.escape(title)}</td></tr>'
        f"{rows}"
        f'<tr><td style="padding:16px;font-size:11px;color:#888">{footer}'
        ' <a href="https://click.example.net/unsub">Unsubscribe</a></td></tr></table></body></html>'
    )


JOBS_EN = [("Clinical Nurse Manager 2 - Quality", "Lee Valley University Hospital", "Cork"),
           ("Quality & Risk Manager", "Beaumont Grove Private Clinic", "Dublin 9"),
           ("Patient Safety Lead", "Ashgrove Community Care", "Galway"),
           ("Clinical Governance Facilitator", "Ardmore Nursing Homes", "Athenry")]

add(X, "job_alert_linkedin_style", "en", "", "",
    ("JobLink Job Alerts", "jobalerts-noreply@joblink.example.com"),
    "4 new jobs for \"quality manager nursing\" in Ireland",
    "Your job alert for quality manager nursing\n\n" + "\n\n".join(
        f"{t}\n{c} - {p}\nView job: https://click.example.net/j?id={i}" for i, (t, c, p) in enumerate(JOBS_EN))
    + "\n\nYou're receiving this because you created a job alert. Unsubscribe: https://click.example.net/unsub",
    "01-07 06:30", html=digest_html("4 new jobs for you", JOBS_EN,
                                    "JobLink Ireland Ltd, Dublin 2. You created this job alert."),
    headers=unsubscribe("joblink.example.com", "jobalerts"))

add(X, "indeed_style_digest_rejection_word", "en", "", "",
    ("Findwork", "alert@findwork.example.com"),
    "Don't let a rejection stop you - 12 new Clinical Educator jobs",
    """Got a rejection this week? You're not alone - most candidates apply to 20+ roles before landing
an interview. Keep going!

New jobs matching "clinical nurse educator" near Liverpool:

Clinical Nurse Educator - Mersey Lakes Hospital - Liverpool - £43,742 a year - Easily apply
Practice Development Nurse - Greyfriars Care Group - Wirral - Urgently hiring
Education Lead (Band 7) - North Mersey Community NHS Trust - Bootle

See all 12 jobs: https://findwork.example.com/jobs?q=clinical+nurse+educator&l=Liverpool

Findwork UK | Manage alerts | Unsubscribe
""", "02-08 07:05", fmt="alt", headers=unsubscribe("findwork.example.com", "alerts"))

JOBS_DE = [("Qualitätsmanager*in Pflege", "Havelland Nord Kliniken", "Berlin"),
           ("Referent*in Patientensicherheit", "Städtisches Klinikum Giesing", "München"),
           ("Pflegepädagog*in (B.A./M.A.)", "Bildungszentrum Gesundheit Spree", "Berlin")]

add(X, "stepstone_style_jobagent", "de", "", "",
    ("Stellenwerk Jobagent", "jobagent@stellenwerk.example.de"),
    "3 neue Jobs für Sie: Qualitätsmanagement Pflege",
    "Hallo Siobhan Murphy,\n\nIhr Jobagent hat neue passende Stellen gefunden:\n\n" + "\n\n".join(
        f"{t}\n{c}, {p}" for t, c, p in JOBS_DE)
    + "\n\nJetzt ansehen: https://stellenwerk.example.de/jobagent\n\nJobagent abbestellen: https://stellenwerk.example.de/abmelden",
    "02-15 05:45", html=digest_html("Neue Jobs für Sie", JOBS_DE,
                                    "Stellenwerk GmbH, Hamburg. Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben."),
    headers=unsubscribe("stellenwerk.example.de", "jobagent"))

add(X, "wttj_style_newsletter_fr", "fr", "", "",
    ("La Jungle des Talents", "hello@junglealents.example.fr"),
    "Refus après entretien : 5 façons de rebondir 🌱",
    """Cette semaine dans la Jungle :

Refus après un entretien : comment rebondir ?
« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue »... Cette
phrase, on l'a tous lue. Nos 5 conseils pour transformer un refus en apprentissage.
Lire l'article → https://junglealents.example.fr/articles/rebondir-refus

Entretien d'embauche : les 10 questions pièges
Lire → https://junglealents.example.fr/articles/questions-pieges

Les offres de la semaine : 230 postes dans la santé.

Vous recevez cet e-mail car vous êtes inscrit·e à notre newsletter. Se désinscrire.
""", "03-05 08:00", fmt="html", headers=unsubscribe("junglealents.example.fr", "newsletter"))

add(X, "infojobs_style_es", "es", "", "",
    ("Empleatec Alertas", "alertas@empleatec.example.es"),
    "Nuevas ofertas: enfermería calidad en Madrid",
    """Hola Siobhan,

Hemos encontrado 6 ofertas nuevas que coinciden con tu búsqueda "enfermería calidad":

- Enfermera/o de Calidad y Seguridad del Paciente – Hospital Norte Sierra – Madrid
- Supervisor/a de Enfermería – Residencia Los Olmos – Alcobendas
- Técnico/a de Calidad Sanitaria – Aseguradora Salus Vita – Madrid

Ver todas: https://empleatec.example.es/ofertas?q=enfermeria+calidad

Para darte de baja de estas alertas, haz clic aquí.
""", "03-22 07:30", fmt="alt", headers=unsubscribe("empleatec.example.es", "alertas"))

add(X, "nursing_career_newsletter_rejection_interviews", "en", "", "",
    ("Nursing Careers Weekly", "newsletter@nursingcareersweekly.example.org"),
    "This week: why you didn't get the job, and what to do if you miss an interview",
    """NURSING CAREERS WEEKLY - Issue 212

1. "Unfortunately, you have not been successful on this occasion"
Our columnist, a former Director of Nursing, explains what shortlisting panels are really looking
for in a Band 7 application, and how to ask for feedback after a rejection without burning bridges.

2. Missed your interview? Here's what to say
Trains get cancelled and children get sick. We share a template apology email to send if you
missed an interview, and explain why a same-day phone call beats an email.

3. Values-based interviews decoded
How to structure STAR answers for NHS values questions.

4. Jobs of the week: 40 quality and governance roles across the UK and Ireland.

You are receiving this because you subscribed at nursingcareersweekly.example.org.
Unsubscribe | Update preferences | View in browser
""", "01-25 07:00", fmt="alt", headers=unsubscribe("nursingcareersweekly.example.org", "weekly"))

add(X, "german_karriere_newsletter", "de", "", "",
    ("Pflege Karriere Magazin", "redaktion@pflegekarriere.example.de"),
    "Absage erhalten? So nutzen Sie das Feedback + Ihr Gehaltsreport 2026",
    """Liebe Leserin, lieber Leser,

in dieser Ausgabe:

» Absage nach dem Vorstellungsgespräch – was nun?
Eine Personalleiterin verrät, warum es sich lohnt, freundlich nach Feedback zu fragen.

» Einladung zum Vorstellungsgespräch: Die 7 häufigsten Fragen an Pflegefachkräfte mit
Leitungsfunktion

» Gehaltsreport 2026: Was verdienen Qualitätsmanager*innen in Kliniken?

Viel Spaß beim Lesen!
Ihre Redaktion

Sie möchten diesen Newsletter nicht mehr erhalten? Hier abmelden.
Pflege Karriere Magazin · Verlag Gesundheit & Beruf GmbH · Köln
""", "02-24 06:00", fmt="html", headers=unsubscribe("pflegekarriere.example.de", "newsletter"))

add(X, "recruiter_cold_inmail_no_interview", "en", "", "liam.okeeffe@healthhire.example.ie",
    ("Liam O'Keeffe", "liam.okeeffe@healthhire.example.ie"),
    "Quality roles in Cork - open to a conversation?",
    """Hi Siobhan,

I came across your profile and was impressed by your background in clinical education and
audit. I specialise in quality, risk and governance roles across private and voluntary hospitals
in Munster and I'm always keen to connect with strong candidates.

No specific role to pitch right now, but if you're open to hearing about opportunities over the
next few months, feel free to send me an updated CV and I'll keep you in mind.

Best regards,
Liam O'Keeffe
Manager - Healthcare Professionals
HealthHire Recruitment | Cork
+353 21 555 0199
""", "01-13 12:31")

add(X, "agency_locum_marketing", "en", "", "",
    ("NurseFlex Bookings", "bookings-noreply@nurseflex.example.co.uk"),
    "🔥 Weekend shifts available - enhanced rates!",
    """Hi Siobhan,

We've got 38 shifts available across Merseyside this weekend, with enhanced rates of up to £52/hr
for RGNs. Pick them up in the NurseFlex app in under 60 seconds.

Not registered yet? Complete your compliance in the app and start booking shifts this week.

NurseFlex - Nursing shifts, your way.
Unsubscribe from marketing emails
""", "03-13 16:00", fmt="html", headers=unsubscribe("nurseflex.example.co.uk", "marketing"))

add(X, "xing_style_recruiter_de", "de", "", "t.brandt@medicalmatch.example.de",
    ("Tobias Brandt", "t.brandt@medicalmatch.example.de"),
    "Ihr Profil – Qualitätsmanagement im Gesundheitswesen",
    """Hallo Frau Murphy,

Ihr Profil ist mir auf einem Karrierenetzwerk aufgefallen. Als Personalberater für Führungskräfte
im Gesundheitswesen bin ich regelmäßig auf der Suche nach erfahrenen Pflegefachkräften mit
QM-Hintergrund, gerade im Raum München.

Hätten Sie generell Interesse, sich bei Gelegenheit auszutauschen? Aktuell habe ich zwar kein
konkretes Mandat, erwarte aber im Frühjahr mehrere Projekte.

Beste Grüße
Tobias Brandt
Medical Match Personalberatung
""", "02-05 11:11", fmt="qp")

add(X, "podcast_interview_request", "en", "", "dervla@safercarepodcast.example.com",
    ("Dervla Ní Bhriain", "dervla@safercarepodcast.example.com"),
    "Interview for The Safer Care Podcast?",
    """Hi Siobhan,

I host The Safer Care Podcast, where we talk to frontline staff about patient safety. A
colleague pointed me to your talk at the simulation conference in Limerick about debriefing after
adverse events - I'd love to interview you for an episode!

It would be a relaxed 40-minute recorded conversation over Zoom, any time in February that suits
you. No prep beyond a quick call beforehand. Would you be up for it?

Thanks so much,
Dervla
The Safer Care Podcast
""", "01-20 21:08")

add(X, "radio_interview_request", "en", "", "news@westcoastfm.example.ie",
    ("West Coast FM Newsdesk", "news@westcoastfm.example.ie"),
    "Interview request - trolley numbers at Galway hospitals",
    """Hi Siobhan,

We're doing a piece on tomorrow's morning programme about overcrowding in emergency departments
and the INMO trolley figures. Would you be available for a short live phone interview at 8.15am
as a nurse educator? It would be about 5 minutes.

Please reply or call the newsdesk on 091 555 0101 if you can help.

Thanks,
Mairéad
Newsdesk, West Coast FM
""", "01-26 16:22")

add(X, "user_research_interview_medtech_app", "en", "", "research@wardlyapp.example.com",
    ("Wardly Research Team", "research@wardlyapp.example.com"),
    "Invitation: 45-min research interview (€50 voucher)",
    """Hi Siobhan,

Thanks for signing up to our research panel! We're redesigning how nurses document handovers in
Wardly and would love to hear about your experience.

We'd like to invite you to a 45-minute remote user research interview. You'll talk with one of
our designers about how you currently do handovers - there are no right or wrong answers. As a
thank you, you'll receive a €50 One4All voucher.

Pick a time here: https://calendly.example.com/wardly-research/45min

Thanks,
The Wardly Research Team
""", "03-03 13:45", fmt="alt")

add(X, "nhs_jobs_survey_interview", "en", "", "",
    ("NHS Jobs Feedback", "no-reply@jobs.nhs.uk"),
    "Tell us about your NHS Jobs experience",
    """Dear Siobhan Murphy,

We're improving NHS Jobs and would like to hear from applicants. Please take 5 minutes to complete
our survey. At the end, you can also volunteer for a 30-minute follow-up interview with our user
research team.

Take the survey: https://jobs.nhs.uk/feedback/s/3391

Thank you,
NHS Jobs Service Team
""", "03-20 10:00", headers={"Precedence": "bulk"})

add(X, "friend_own_rejection", "en", "", "aoife.gallagher@example.net",
    ("Aoife Gallagher", "aoife.gallagher@example.net"),
    "ugh",
    """Siob,

Just got the email from the Mater Vale - they're not taking me forward for the CNM2 post 😭 After
two interviews!! "Pursue other candidates whose experience more closely matches" blah blah. I'm
raging. Are you around for a drink Friday? Need to vent and hear how your own applications are
going.

A x
""", "02-13 19:44")

add(X, "friend_german_absage_erzaehlt", "de", "", "lena.schubert@example.org",
    ("Lena Schubert", "lena.schubert@example.org"),
    "Na, wie läuft's in Berlin?",
    """Hey Siobhan,

wie geht's dir mit der Jobsuche? Bei mir gibt's leider nix Neues: Die Charlottenklinik hat mir
gestern abgesagt, nach dem dritten Gespräch – "wir haben uns für eine andere Kandidatin
entschieden". Na ja. Ich hab am Donnerstag noch ein Vorstellungsgespräch in Potsdam, Daumen
drücken!

Lass uns bald mal telefonieren, ja?

Liebe Grüße
Lena
""", "03-15 21:30", fmt="qp")

add(X, "order_delayed", "en", "", "",
    ("Scrubs & Co", "orders@scrubsandco.example.com"),
    "Unfortunately your order #SC-552103 is delayed",
    """Hi Siobhan,

We're sorry - unfortunately your order #SC-552103 (2 x Stretch Scrub Top, Navy, M) is delayed due
to high demand. We now expect to dispatch it on 4 March. We'll send a tracking link as soon as it
leaves our warehouse.

If you'd prefer to cancel, you can do so from your account at any time.

Scrubs & Co Customer Care
""", "02-26 09:12", fmt="html")

add(X, "an_post_parcel_held", "en", "", "",
    ("An Post", "noreply@anpost.example.ie"),
    "Your item is on its way - delivery update",
    """Your item CE555012345IE from Scrubs & Co is on its way.

Unfortunately, we were unable to deliver your item today as there was no one available to sign
for it. We will attempt delivery again on the next working day. You can also collect it from your
local Post Office after 12pm tomorrow.

Track your item: https://anpost.example.ie/track/CE555012345IE

An Post
""", "03-06 14:40")

add(X, "gps_position_shared", "en", "", "",
    ("TrailMate", "notifications@trailmate.example.com"),
    "Ciarán shared his live position with you",
    """Ciarán Murphy is sharing his live position with you during "Connemara loop - Diamond Hill".

Current position: 53.5583 N, 9.9048 W (updated 3 min ago)
Distance: 6.4 km | Elevation gain: 412 m

View on map: https://trailmate.example.com/live/ax91

You're receiving this because Ciarán added you as a safety contact.
""", "04-11 13:02", fmt="alt")

add(X, "credit_card_application_received", "en", "", "",
    ("Liffey Bank", "no-reply@liffeybank.example.ie"),
    "We've received your credit card application",
    """Dear Siobhan,

Thank you for applying for a Liffey Bank Platinum Credit Card. We've received your application
(reference CC-2026-883104) and we're reviewing it now.

We will let you know our decision within 5 working days. Unfortunately we cannot provide an update
on your application by phone during this time.

Liffey Bank DAC is regulated by the Central Bank of Ireland.
""", "01-10 11:20", fmt="html")

add(X, "loan_application_declined", "en", "", "",
    ("Liffey Bank", "no-reply@liffeybank.example.ie"),
    "Your personal loan application",
    """Dear Siobhan,

Thank you for your recent personal loan application (reference PL-2026-11902).

We have carefully reviewed your application and regret to inform you that we are unable to
approve it at this time. This decision was based on the information provided and our lending
criteria.

You are entitled to request the reasons for this decision in writing.

Liffey Bank Lending Team
""", "04-27 15:05", fmt="qp")

add(X, "apartment_application_rejected", "en", "", "lettings@brennanestates.example.ie",
    ("Brennan Estates Lettings", "lettings@brennanestates.example.ie"),
    "Apt 4, Harbour Court - your application",
    """Hi Siobhan,

Thanks for viewing Apt 4, Harbour Court and for submitting your application and references.

Unfortunately the landlord has decided to proceed with another applicant on this occasion. We
received over 60 applications for this property. We'll keep your details on file and let you know
about similar properties.

Kind regards,
Brennan Estates Lettings
""", "02-17 17:50")

add(X, "university_admission_offer", "en", "", "",
    ("Postgraduate Admissions", "pgadmissions-noreply@ucg.example.ie"),
    "Decision on your application: MSc Healthcare Quality and Patient Safety",
    """Dear Siobhan,

Congratulations! We are delighted to offer you a place on the MSc Healthcare Quality and Patient
Safety (part-time, blended) commencing September 2026.

To accept your offer, log in to the applicant portal and pay the acceptance deposit by 30 April.

Yours sincerely,
Postgraduate Admissions Office
University College Galway
""", "03-31 12:00", fmt="html")

add(X, "university_admission_waitlist_de", "de", "", "",
    ("Hochschule für Gesundheit Berlin – Studierendenservice", "noreply@hfg-berlin.example.de"),
    "Zulassungsbescheid Master Pflegemanagement",
    """Sehr geehrte Frau Murphy,

zu Ihrem Antrag auf Zulassung zum Masterstudiengang Pflegemanagement (berufsbegleitend) zum
Wintersemester 2026/27 müssen wir Ihnen leider mitteilen, dass Sie im Hauptverfahren keinen
Studienplatz erhalten haben. Sie befinden sich auf Rang 14 der Nachrückliste.

Den vollständigen Bescheid finden Sie im Bewerbungsportal.

Mit freundlichen Grüßen
Studierendenservice
""", "06-10 10:00", fmt="latin1")

add(X, "own_sent_follow_up", "en", "", "",
    ME, "Following up - Clinical Governance Coordinator",
    """Hi Fiona,

I hope you're well. Just following up on the Clinical Governance Coordinator interview on the
8th - is there any update on a decision? I remain very interested in the role.

Many thanks,
Siobhan
""", "04-20 09:14", to=("Fiona Brady", "fiona.brady@glenwoodclinics.example.com"))

add(X, "own_sent_thank_you", "en", "", "",
    ME, "Re: Panel interview - Quality Lead, London clinics",
    """Dear Thandi,

Thank you for the panel interview this morning. I really enjoyed meeting the team and learning
about the plans for the new outpatient quality programme. I'm very keen on the role and happy to
provide anything further you need.

Kind regards,
Siobhan

Siobhan Murphy RGN, MSc
+353 87 555 0100
""", "04-07 10:12", to=("Thandi Nkosi", "thandi.nkosi@capemeridian.example.co.za"))

add(X, "own_sent_withdrawal_de", "de", "", "",
    ME, "Rücknahme meiner Bewerbung – Einrichtungsleitung",
    """Sehr geehrte Damen und Herren,

hiermit ziehe ich meine Bewerbung als Einrichtungsleitung (m/w/d) zurück, da ich mich
zwischenzeitlich für eine andere Stelle entschieden habe. Vielen Dank für Ihr Interesse und die
Einladung zum Kennenlerngespräch.

Mit freundlichen Grüßen
Siobhan Murphy
""", "02-18 20:05", to=("Seniorenresidenz Lindenhof", "bewerbung@lindenhof.example.de"))

add(X, "own_sent_sorry_missed", "en", "", "",
    ME, "Re: Our call this morning",
    """Hi Niamh,

I'm so sorry - I was held on the ward after a handover that ran over and my phone was in my
locker. I'm still very interested. I'm free tomorrow any time after 2pm or Monday morning.

Apologies again,
Siobhan

Sent from my iPhone
""", "03-12 13:40", to=("Niamh Folan", "niamh.folan@claddaghhealth.example.ie"),
    thread=mid_of("tried_calling_phone_screen"))

add(X, "recruiter_out_of_office", "en", "", "marcus.bell@bluewaterhealth.example.co.uk",
    ("Marcus Bell", "marcus.bell@bluewaterhealth.example.co.uk"),
    "Automatic reply: Re: Thameside - phone screen",
    """Thank you for your email. I am out of the office on annual leave until Tuesday 26 May with
limited access to email. For anything urgent, please contact my colleague Priya on 020 7555 0188
or candidates@bluewaterhealth.example.co.uk.

Marcus Bell | Bluewater Health Recruitment
""", "05-18 09:02", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add(X, "abwesenheitsnotiz", "de", "", "maria.koenig@klinikum-spreebogen.example.de",
    ("Maria König", "maria.koenig@klinikum-spreebogen.example.de"),
    "Abwesenheitsnotiz: Unterlagen Arbeitsvertrag",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.04.2026 nicht im Büro und habe
keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
personal@klinikum-spreebogen.example.de.

Mit freundlichen Grüßen
Maria König
""", "04-02 16:20", fmt="qp", headers={"Auto-Submitted": "auto-replied"})

add(X, "standup_calendar_notification", "en", "", "",
    ("Google Calendar", "calendar-notification@google.example.com"),
    "Notification: Daily safety huddle - Ward 6B @ Mon 2 Feb 2026 08:15 - 08:30 (GMT)",
    """Daily safety huddle - Ward 6B

When: Monday 2 Feb 2026 08:15 - 08:30 (GMT)
Where: Ward 6B nurses' station
Calendar: siobhan.murphy@example.com

Reminder: this event repeats every weekday.

Invitation from Google Calendar. You are receiving this email because you are subscribed to
notifications for calendar siobhan.murphy@example.com.
""", "02-02 08:05", fmt="alt")

add(X, "teams_committee_invite", "en", "", "declan.roche@lvuh.example.ie",
    ("Declan Roche", "declan.roche@lvuh.example.ie"),
    "Nurse Education Committee - monthly meeting",
    """Hi all,

Sending the recurring invite for the Nurse Education Committee. Agenda to follow; please send
any items by the Friday before.

Declan
Declan Roche | Nurse Practice Development Coordinator
""", "01-06 15:10",
    ics=ics("nec-monthly-2026@lvuh.example.ie", "Nurse Education Committee", "20260115T133000Z", 60,
            "declan.roche@lvuh.example.ie", location="Microsoft Teams Meeting"))

add(X, "gp_appointment_reminder", "en", "", "",
    ("Seapoint Medical Practice", "reminders@seapointmedical.example.ie"),
    "Appointment reminder",
    """Reminder: you have an appointment with Dr. Kelleher at Seapoint Medical Practice on Thursday
19 February at 09:40. If you cannot attend, please call 01 555 0133 at least 24 hours in advance.
Missed appointments may be charged.
""", "02-18 10:00")

add(X, "pharmacy_prescription_ready", "en", "", "",
    ("Hickey's Pharmacy Salthill", "noreply@hickeyspharmacy.example.ie"),
    "Your prescription is ready for collection",
    """Hi Siobhan, your prescription is ready for collection at Hickey's Pharmacy Salthill. Please
bring your PPS number. Opening hours: Mon-Sat 9am-6.30pm.
""", "03-24 12:15")

add(X, "revenue_statement", "en", "", "",
    ("Revenue", "no-reply@revenue.example.ie"),
    "New document in myAccount",
    """Dear Siobhan Murphy,

A new document is available in your Revenue Record in myAccount: Preliminary End of Year Statement
2025.

Please log in to myAccount to view it. For security reasons, Revenue will never ask you to provide
your password by email.

Revenue - Irish Tax and Customs
""", "01-18 08:40", fmt="html")

add(X, "nmbi_annual_renewal", "en", "", "",
    ("NMBI", "registrations-noreply@nmbi.example.ie"),
    "Annual Retention 2026 - action required",
    """Dear Siobhan Murphy,

PIN: 1055123

Your annual retention fee for 2026 is now due. To remain on the Register of Nurses and Midwives
you must pay the fee and complete your declaration by 31 January 2026.

Log in to MyNMBI to complete your renewal.

Nursing and Midwifery Board of Ireland
""", "01-05 09:00")

add(X, "nmc_application_update", "en", "", "",
    ("Nursing and Midwifery Council", "noreply@nmc.example.org.uk"),
    "Your application to join the NMC register - update",
    """Dear Siobhan Murphy,

We have received your application to join the NMC register as a nurse trained in the EU/EEA
(reference 26I0554). We are now verifying your qualifications and registration with the
Nursing and Midwifery Board of Ireland.

Unfortunately, verification is currently taking longer than usual. We will contact you if we
need further information.

NMC Registrations
""", "02-19 14:30", fmt="qp")

add(X, "rent_reminder_landlord", "en", "", "p.donnellan@example.com",
    ("Pat Donnellan", "p.donnellan@example.com"),
    "Rent - March",
    """Hi Siobhan, just a reminder the rent for March is due Monday. Also the plumber is calling
Wednesday about the boiler, between 10 and 12 if that suits. Thanks, Pat
""", "02-27 19:10")

add(X, "electricity_bill", "en", "", "",
    ("Atlantic Energy", "bills@atlanticenergy.example.ie"),
    "Your bill is ready - €142.18",
    """Hi Siobhan, your electricity bill for 12 Jan - 11 Mar is ready. Amount due: €142.18, to be
paid by direct debit on 31 March. View your bill in the Atlantic Energy app.
""", "03-13 06:00", fmt="html", headers=BULK)

add(X, "ryanair_booking", "en", "", "",
    ("Ryanair", "donotreply@ryanair.example.com"),
    "Your booking confirmation - ZX9QPL",
    """Travel itinerary - Reservation ZX9QPL

DUB - ZRH  FR 2571  Wed 22 Apr 2026  06:25 - 09:30
ZRH - DUB  FR 2572  Thu 23 Apr 2026  19:55 - 21:05

Passenger: MS SIOBHAN MURPHY
Check-in opens 24 hours before departure.
""", "04-02 21:45", fmt="html")

add(X, "ryanair_delay", "en", "", "",
    ("Ryanair", "donotreply@ryanair.example.com"),
    "Flight FR 7042 - delay notification",
    """Dear Passenger,

Unfortunately, your flight FR 7042 from Dublin to Liverpool on 10 March 2026 is delayed. The new
estimated departure time is 09:40. We apologise for any inconvenience. Please continue to monitor
the airport screens.

Ryanair
""", "03-10 05:58")

add(X, "abstract_not_accepted_conference", "en", "", "",
    ("Patient Safety Ireland Conference", "abstracts@psic2026.example.org"),
    "PSIC 2026 - abstract decision #A-117",
    """Dear Ms Murphy,

Thank you for submitting your abstract "Simulation-based debriefing after inpatient falls" to the
Patient Safety Ireland Conference 2026.

We received over 300 submissions this year. We regret that your abstract has not been selected
for oral presentation; however, we are pleased to accept it as an e-poster. Please confirm your
attendance by 15 March.

Scientific Committee, PSIC 2026
""", "02-25 12:00", fmt="alt")

add(X, "who_viewed_profile", "en", "", "",
    ("JobLink", "notifications-noreply@joblink.example.com"),
    "Siobhan, you appeared in 9 searches this week",
    """You appeared in 9 searches this week

Your profile was found by people from: Healthcare recruitment, Hospitals & health care, Medical
devices.

See who's looking: https://joblink.example.com/me/search-appearances

Unsubscribe | Help
""", "03-01 07:12", fmt="html", headers=unsubscribe("joblink.example.com", "notifications"))

add(X, "sister_forward_job_ad", "en", "", "orla.murphy@example.org",
    ("Orla Murphy", "orla.murphy@example.org"),
    "Fwd: This week's healthcare jobs in Cork",
    """Saw this and thought of you!! Cork would be amazing, you could stay with us til you find a place x

---------- Forwarded message ---------
From: Cork Jobs Digest <digest@corkjobs.example.ie>
Date: Sun, 15 Mar 2026 at 08:00
Subject: This week's healthcare jobs in Cork
To: <orla.murphy@example.org>

Quality Manager - St. Finbarr's Private Hospital - Cork city - closing 3 April
Apply online at corkjobs.example.ie/finbarrs-quality
""", "03-15 11:31")

add(X, "mentor_interview_advice", "en", "", "b.hegarty@example.net",
    ("Bernadette Hegarty", "b.hegarty@example.net"),
    "Re: interview prep",
    """Siobhan,

Good to hear from you. For the competency interview, have two examples ready for each of the six
competencies - and for "managing change" use the falls project, it's your strongest story. If
they ask why you're leaving the bedside, talk about scale, not escape.

And don't take a rejection personally if it comes - I was turned down for my first ADON post
twice. Ring me the night before if you want a practice run.

B.

On Sun, 22 Feb 2026 at 20:14, Siobhan Murphy <siobhan.murphy@example.com> wrote:
> Hi Bernie, I've an interview with HSE West for an ADON post on the 13th - any tips?
""", "02-23 07:50")

add(X, "health_insurance_claim_received", "en", "", "",
    ("Claddagh Health Insurance", "claims-noreply@claddaghhealth.example.ie"),
    "We've received your claim",
    """Hi Siobhan,

Thanks - we've received your claim for out-patient physiotherapy (claim ref 8891-2201). We'll
assess it within 10 working days and pay any benefit due directly to your bank account.

Claddagh Health Insurance
""", "05-12 20:00", fmt="html")

add(X, "german_bank_konto_antrag", "de", "", "",
    ("Spreebank Kundenservice", "noreply@spreebank.example.de"),
    "Ihr Antrag auf Kontoeröffnung ist eingegangen",
    """Guten Tag Frau Murphy,

vielen Dank für Ihren Antrag auf Eröffnung eines Girokontos. Ihr Antrag ist bei uns eingegangen
und wird derzeit geprüft. Für die Identifizierung nutzen Sie bitte das Video-Ident-Verfahren.

Freundliche Grüße
Ihre Spreebank
""", "04-14 09:30", fmt="qp")

add(X, "anerkennung_lageso", "de", "", "",
    ("Landesamt für Gesundheit – Anerkennung", "anerkennung-noreply@lag-berlin.example.de"),
    "Eingangsbestätigung: Antrag auf Anerkennung Ihrer Berufsqualifikation",
    """Sehr geehrte Frau Murphy,

hiermit bestätigen wir den Eingang Ihres Antrags auf Erteilung der Erlaubnis zum Führen der
Berufsbezeichnung "Pflegefachfrau" (Aktenzeichen II C 26-0441).

Leider fehlen noch folgende Unterlagen: beglaubigte Übersetzung des Registrierungsnachweises
(NMBI). Bitte reichen Sie diese innerhalb von vier Wochen nach.

Mit freundlichen Grüßen
Ihr Landesamt
""", "03-02 13:00", fmt="latin1")

add(X, "swiss_permit_fr", "fr", "", "",
    ("Service de la population", "noreply-spop@vd.example.ch"),
    "Votre demande d'autorisation de séjour",
    """Madame,

Nous accusons réception de votre demande d'autorisation de séjour (permis B) déposée le
2 juin 2026. Le traitement de votre dossier peut prendre jusqu'à huit semaines.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Service de la population
""", "06-09 14:00", fmt="latin1")

add(X, "french_friend_entretien_podcast", "fr", "", "camille.roux@example.net",
    ("Camille Roux", "camille.roux@example.net"),
    "coucou !",
    """Coucou Siobhan !

Tu ne devineras jamais : France Inter m'a contactée pour une interview sur les soins palliatifs,
je passe à l'antenne jeudi ! Je suis morte de trac 😅

Et toi, ça avance tes candidatures en Suisse ? Raconte !

Bisous,
Camille
""", "04-05 22:10")

add(X, "spanish_apartment_rejected", "es", "", "alquileres@inmoturia.example.es",
    ("Inmobiliaria Turia", "alquileres@inmoturia.example.es"),
    "Piso calle Colón 12 - su solicitud",
    """Hola Siobhan,

Gracias por su interés en el piso de la calle Colón 12. Lamentamos informarle de que la
propietaria ha elegido a otro inquilino. Le avisaremos si tenemos otras viviendas similares.

Saludos cordiales,
Inmobiliaria Turia
""", "04-01 12:40", fmt="cp1252")

add(X, "spanish_pedido_retrasado", "es", "", "",
    ("TiendaSalud Online", "pedidos@tiendasalud.example.es"),
    "Tu pedido 55-20931 se ha retrasado",
    """Hola Siobhan:

Lamentablemente tu pedido 55-20931 (fonendoscopio Classic III) se ha retrasado por un problema
con el transportista. La nueva fecha estimada de entrega es el 14 de mayo.

Disculpa las molestias.
Equipo de TiendaSalud
""", "05-08 09:00", fmt="html")

add(X, "spanish_newsletter_colegio", "es", "", "",
    ("Boletín Enfermería Hoy", "boletin@enfermeriahoy.example.es"),
    "Boletín semanal: cómo preparar una entrevista por competencias",
    """ENFERMERÍA HOY – Boletín n.º 318

• Entrevista por competencias: 8 preguntas que siempre aparecen
• «No ha sido seleccionada»: cómo pedir feedback tras un rechazo
• Oferta de formación: Máster en Gestión de Calidad Sanitaria

Si no desea recibir más este boletín, pulse aquí para darse de baja.
""", "05-16 08:00", fmt="alt", headers=unsubscribe("enfermeriahoy.example.es", "boletin"))

add(X, "french_job_alert_suisse", "fr", "", "",
    ("JobRomandie Alertes", "alertes@jobromandie.example.ch"),
    "3 nouvelles offres : infirmière qualité – Vaud",
    """Bonjour,

3 nouvelles offres correspondent à votre alerte « infirmière qualité » :

– Infirmier·ère responsable qualité, EMS Les Tilleuls, Nyon
– Coordinatrice qualité et sécurité des patients, Réseau Santé Riviera, Vevey
– Infirmier·ère praticien·ne formateur·trice, Hôpital du Léman, Morges

Voir les offres : https://jobromandie.example.ch/alertes/88213

Gérer mes alertes | Se désabonner
""", "04-18 06:45", fmt="html", headers=unsubscribe("jobromandie.example.ch", "alertes"))


if __name__ == "__main__":
    write()
