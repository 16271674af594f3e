"""Generate the sixth corpus: a job seeker's inbox over three months (Feb-Apr 2026).

Run `python tests/corpus_sixth/make_sixth.py` to rewrite every .eml file and labels.csv.
Each message below is written out by hand; this module only turns the text into MIME
(plain, HTML-only, multipart/alternative, calendar parts, attachments, quoted-printable,
base64, 8bit, iso-8859-1 and windows-1252) so the structure varies independently of wording.
It imports only the standard library.
"""

from __future__ import annotations

import base64
import csv
import html
import quopri
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).parent
ME = "lea.martin@example.com"
ME_NAME = "Léa Martin"
KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)


@dataclass
class Mail:
    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    sender: str | tuple[str, str]
    subject: str
    date: str  # "MM-DD HH:MM", 2026, in the zone `tz`
    text: str
    tz: int = 1
    to: str | tuple[str, str] = (ME_NAME, ME)
    reply_to: str | tuple[str, str] = ""
    cc: str = ""
    html: str = ""  # "auto" renders the text as a branded HTML mail
    html_only: bool = False
    charset: str = "utf-8"
    cte: str = ""  # "" picks by charset; else "quoted-printable" | "base64" | "8bit"
    ics: str = ""
    attach: str = ""
    quote: str = ""
    reply: bool = False  # sets In-Reply-To/References to the thread's previous message
    headers: dict[str, str] = field(default_factory=dict)
    brand: str = "#1f4e79"
    number: int = 0


MAILS: list[Mail] = []


def add(*args: object, **kwargs: object) -> None:
    """Record one message; its number follows the order of writing."""
    mail = Mail(*args, **kwargs)  # type: ignore[arg-type]
    mail.number = len(MAILS) + 1
    MAILS.append(mail)


# ---- building blocks for the messages ------------------------------------------------------


def when(date: str, tz: int) -> datetime:
    month_day, clock = date.split(" ")
    month, day = (int(x) for x in month_day.split("-"))
    hour, minute = (int(x) for x in clock.split(":"))
    return datetime(2026, month, day, hour, minute, tzinfo=timezone(timedelta(hours=tz)))


def ics(
    uid: str,
    start: str,
    minutes: int,
    summary: str,
    organizer: str,
    *,
    method: str = "REQUEST",
    status: str = "CONFIRMED",
    sequence: int = 0,
    location: str = "",
    description: str = "",
) -> str:
    """A calendar part; `start` is "MM-DD HH:MM" in UTC."""
    begin = when(start, 0)
    end = begin + timedelta(minutes=minutes)
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus Six//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{(begin - timedelta(days=3)).strftime(fmt)}",
        f"DTSTART:{begin.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{summary}",
        f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        f"SEQUENCE:{sequence}",
        f"STATUS:{status}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def _quoted(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def gmail(who: str, stamp: str, text: str) -> str:
    return f"\nOn {stamp}, {who} wrote:\n{_quoted(text)}\n"


def outlook(frm: str, sent: str, to: str, subject: str, text: str) -> str:
    return (
        "\n________________________________\n"
        f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}\n"
    )


def german(who: str, stamp: str, text: str) -> str:
    return f"\nAm {stamp} schrieb {who}:\n{_quoted(text)}\n"


def french(who: str, stamp: str, text: str) -> str:
    return f"\nLe {stamp}, {who} a écrit :\n{_quoted(text)}\n"


def spanish(who: str, stamp: str, text: str) -> str:
    return f"\nEl {stamp}, {who} escribió:\n{_quoted(text)}\n"


def forwarded(frm: str, date: str, subject: str, to: str, text: str) -> str:
    return (
        "\n---------- Forwarded message ---------\n"
        f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n{text.strip()}\n"
    )


def _link(url: str) -> str:
    return f'<a href="{url}" style="color:#1a73e8;text-decoration:underline">{html.escape(url)}</a>'


def htmlize(text: str, brand: str, title: str) -> str:
    """Turn a plain body into the table-and-inline-style HTML that mail builders produce."""
    paragraphs = []
    for block in text.strip().split("\n\n"):
        escaped = html.escape(block)
        escaped = re.sub(r"(https?://\S+)", lambda m: _link(html.unescape(m.group(1))), escaped)
        escaped = escaped.replace("\n", "<br>\n")
        paragraphs.append(
            '<tr><td style="padding:0 32px 16px 32px;font-family:Arial,Helvetica,sans-serif;'
            f'font-size:15px;line-height:22px;color:#333333">{escaped}</td></tr>'
        )
    pixel = re.sub(r"\W+", "", title.lower())[:12] or "mail"
    return (
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=utf-8\"><title>" + html.escape(title) + "</title></head>"
        '<body style="margin:0;padding:0;background:#f4f4f4">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">'
        f'<tr><td style="background:{brand};height:6px;font-size:0">&nbsp;</td></tr>'
        '<tr><td style="padding:24px 32px">&nbsp;</td></tr>\n'
        + "\n".join(paragraphs)
        + "\n</table></td></tr></table>"
        f'<img src="https://t.example.net/o/{pixel}.gif" width="1" height="1" alt="" '
        'style="display:none"></body></html>\n'
    )


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset)
    data = text.encode(charset)
    if not cte:
        cte = "quoted-printable" if charset != "utf-8" or subtype == "html" else "8bit"
    if cte == "8bit" and data.isascii():
        cte = "7bit"
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def _address(value: str | tuple[str, str], charset: str) -> str:
    if isinstance(value, tuple):
        header_charset = "utf-8" if charset == "utf-8" else "iso-8859-1"
        try:
            value[0].encode(header_charset)
        except UnicodeEncodeError:
            header_charset = "utf-8"
        return formataddr(value, charset=header_charset)
    return value


def _domain(sender: str | tuple[str, str]) -> str:
    address = sender[1] if isinstance(sender, tuple) else parseaddr(sender)[1]
    return address.rsplit("@", 1)[-1]


def message_id(mail: Mail) -> str:
    return f"<{mail.number:03d}.{mail.scenario.replace('_', '-')}.2026@{_domain(mail.sender)}>"


def build(mail: Mail) -> bytes:
    body = mail.text.strip("\n") + "\n" + mail.quote
    parts: list[MIMEBase] = []
    if mail.html:
        markup = htmlize(body, mail.brand, mail.subject) if mail.html == "auto" else mail.html
        html_part = _text_part(markup, "html", mail.charset, mail.cte)
        if mail.html_only:
            parts.append(html_part)
        else:
            alternative = MIMEMultipart("alternative", boundary=f"=_alt{mail.number:03d}_sixth")
            alternative.attach(_text_part(body, "plain", mail.charset, mail.cte))
            alternative.attach(html_part)
            parts.append(alternative)
    else:
        parts.append(_text_part(body, "plain", mail.charset, mail.cte))
    if mail.ics:
        method = re.search(r"METHOD:(\w+)", mail.ics)
        cal = _text_part(mail.ics, "calendar", "utf-8", "8bit")
        cal.set_param("method", method.group(1) if method else "PUBLISH")
        if mail.html or mail.number % 2:
            parts.append(cal)
        else:  # Outlook puts the invitation inside the alternative
            alternative = MIMEMultipart("alternative", boundary=f"=_alt{mail.number:03d}_sixth")
            alternative.attach(parts.pop())
            alternative.attach(cal)
            parts.append(alternative)
        attachment = _text_part(mail.ics, "calendar", "utf-8", "base64")
        attachment.replace_header("Content-Type", 'application/ics; name="invite.ics"')
        attachment["Content-Disposition"] = 'attachment; filename="invite.ics"'
        parts.append(attachment)
    if mail.attach:
        pdf = MIMEBase("application", "pdf", name=mail.attach)
        pdf.set_payload(base64.encodebytes(b"%PDF-1.4\n% placeholder offer document\n%%EOF\n"))
        pdf["Content-Transfer-Encoding"] = "base64"
        pdf["Content-Disposition"] = f'attachment; filename="{mail.attach}"'
        parts.append(pdf)
    if len(parts) == 1:
        root: MIMEBase = parts[0]
    else:
        root = MIMEMultipart("mixed", boundary=f"=_mix{mail.number:03d}_sixth")
        for part in parts:
            root.attach(part)
    for part in root.walk():
        if part is not root:
            del part["MIME-Version"]
    # Envelope headers first and content headers last, in the order mail clients write them.
    content = [(k, v) for k, v in root.items() if k.lower().startswith(("content-", "mime-"))]
    for name in {k for k, _ in content}:
        del root[name]
    root["From"] = _address(mail.sender, mail.charset)
    root["To"] = _address(mail.to, mail.charset)
    if mail.cc:
        root["Cc"] = mail.cc
    if mail.reply_to:
        root["Reply-To"] = _address(mail.reply_to, mail.charset)
    subject_charset = "utf-8" if mail.charset == "utf-8" else "iso-8859-1"
    try:
        mail.subject.encode("ascii")
        root["Subject"] = mail.subject
    except UnicodeEncodeError:
        try:
            root["Subject"] = Header(mail.subject, subject_charset).encode()
        except UnicodeEncodeError:
            root["Subject"] = Header(mail.subject, "utf-8").encode()
    root["Date"] = format_datetime(when(mail.date, mail.tz))
    root["Message-ID"] = message_id(mail)
    if mail.reply:
        # The thread's previous message; its exact author does not matter to a reader.
        parent = f"<{mail.number:03d}.earlier.2026@example.com>"
        root["In-Reply-To"] = parent
        root["References"] = f"<{mail.number:03d}.first.2026@example.com> {parent}"
    for name, value in mail.headers.items():
        root[name] = value
    for name, value in content:
        root[name] = value
    return root.as_bytes()


def main() -> None:
    for kind in KINDS:
        shutil.rmtree(HERE / kind, ignore_errors=True)
        (HERE / kind).mkdir()
    rows = []
    for mail in MAILS:
        assert mail.kind in KINDS, mail
        name = f"{mail.kind}/{mail.number:03d}_{mail.scenario}.eml"
        (HERE / name).write_bytes(build(mail))
        rows.append((name, mail.kind, mail.company, mail.contact, mail.lang))
    with (HERE / "labels.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("file", "kind", "company", "contact", "language"))
        writer.writerows(rows)


# ---- the inbox, roughly in the order it arrived ---------------------------------------------

# ---- rejections ---------------------------------------------------------------------------

add(
    "rejection", "workday_clinical_analyst", "en", "Northmere Health", "",
    ("Northmere Health", "northmerehealth@myworkday.com"),
    "Your application for Clinical Data Analyst (R-20418)",
    "02-04 16:02", """\
Dear Lea Martin,

Thank you for your interest in the Clinical Data Analyst position ( R-20418 ) at Northmere Health.

We have carefully reviewed your qualifications. At this time we have decided to pursue other candidates whose background more closely aligns with the requirements of the position.

We encourage you to visit our careers site regularly and to apply for future openings that match your skills and interests.

Kind regards,

Talent Acquisition
Northmere Health

Please do not reply to this message. This email was sent from an unmonitored mailbox.
Northmere Health is an equal opportunity employer.
""", tz=-5, html="auto", brand="#005a8b")

add(
    "rejection", "mobile_terse_hiring_manager", "en", "Brightwater Studio", "dan@brightwaterstudio.example.com",
    ("Dan Okafor", "dan@brightwaterstudio.example.com"),
    "Re: Frontend role",
    "02-06 19:41", """\
Thanks for your time Lea, but we wont be moving forward. Best of luck with the search

Sent from my iPhone
""", tz=0, reply=True, quote=gmail("Léa Martin <lea.martin@example.com>", "Tue, 3 Feb 2026 at 10:12", """\
Hi Dan,

Thanks again for the call on Monday, I really enjoyed hearing about the design system work.
Happy to answer anything else you need.

Best,
Léa"""))

add(
    "rejection", "agency_uk_shant_progress", "en", "Castlegate Insurance", "olivia.brook@harlowfinch.example.co.uk",
    ("Olivia Brook", "olivia.brook@harlowfinch.example.co.uk"),
    "Castlegate - Data Engineer - feedback",
    "02-09 11:20", """\
Hi Lea,

Hope you're well and had a good weekend.

I've now had feedback from the hiring team at Castlegate Insurance and I'm afraid to say they shan't be progressing your application to the next stage. They were impressed with your SQL but felt another candidate had more hands-on experience with Azure Data Factory, which is quite central to the role.

Sorry it isn't better news - I know you were keen on this one. I'll keep you front of mind for anything similar that comes through, and do give me a ring if you'd like to talk it through.

Kind regards,

Olivia Brook
Senior Consultant | Data & Analytics
Harlow & Finch Recruitment
T: +44 (0)20 7946 0318 | M: +44 (0)7700 900412
[Harlow & Finch logo]

Harlow & Finch Recruitment Ltd is registered in England and Wales (No. 0812 3456). This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
""", tz=0, cte="quoted-printable")

add(
    "rejection", "indian_regret_not_shortlisted", "en", "Vyasa Infotech", "priya.raman@vyasainfotech.example.com",
    ("Priya Raman", "priya.raman@vyasainfotech.example.com"),
    "Application Status - Senior QA Engineer",
    "02-10 09:05", """\
Dear Candidate,

Greetings from Vyasa Infotech Pvt. Ltd.!

With reference to your application for the post of Senior QA Engineer, we regret to inform you that your profile has not been shortlisted for further process at this juncture.

We thank you for the interest shown in our organisation and we will keep your CV in our database for future requirements. Kindly do revert in case of any queries.

Thanks & Regards,
Priya Raman
HR Executive - Talent Acquisition
Vyasa Infotech Pvt. Ltd.
Ph: +91 80 4000 1234
""", tz=5)

add(
    "rejection", "greenhouse_soft_aligned", "en", "Ferncliff Labs", "",
    ("Ferncliff Labs", "no-reply@us.greenhouse-mail.io"),
    "Thank you for your interest in Ferncliff Labs",
    "02-11 22:14", """\
Hi Lea,

Thank you for applying to the Senior Backend Engineer, Platform role at Ferncliff Labs. We appreciate the time you invested in your application.

After careful consideration, we've decided to move forward with candidates whose experience more closely matches what the team needs right now. This was not an easy decision, as we received many strong applications.

We'd love for you to keep an eye on our careers page (https://ferncliff.example.com/careers) as new roles open up.

All the best,
The Ferncliff Labs Recruiting Team
""", tz=-8, html="auto", brand="#24a47f")

add(
    "rejection", "lever_after_final_round", "en", "Kepler Freight", "maya.osei@keplerfreight.example.com",
    ("Kepler Freight", "no-reply@hire.lever.co"),
    "Kepler Freight - Product Analyst",
    "02-13 15:47", """\
Hi Lea,

Thank you so much for spending time with the team over the last few weeks, and for the thought you put into the final-round case study. Everyone enjoyed meeting you.

I wanted to let you know that we've made the difficult decision to extend an offer to another candidate for the Product Analyst role. It was a close call, and it came down to direct experience with freight pricing.

If you are open to it, I'd be glad to share more specific feedback on a short call - just reply here and we'll set something up.

Warmly,
Maya Osei
Recruiting Lead, Kepler Freight
""", tz=-5, reply_to=("Maya Osei", "maya.osei@keplerfreight.example.com"), html="auto", brand="#ff6a13")

add(
    "rejection", "role_on_hold_budget", "en", "Tidewell Media", "jordan.blake@tidewellmedia.example.com",
    ("Jordan Blake", "jordan.blake@tidewellmedia.example.com"),
    "Update",
    "02-16 10:33", """\
Hi Lea,

I wanted to reach out personally with an update on the Audience Insights Manager position.

Following our Q1 planning, the role has been put on hold and we will not proceed with hiring for it this year. I'm really sorry - this has nothing to do with your interviews, which went well. If the headcount is reopened I will get in touch with you first.

Thanks for your patience and understanding.

Jordan

--
Jordan Blake | Talent Partner
Tidewell Media | 14 Canal Street, Manchester M1 3HE
""", tz=0)

add(
    "rejection", "position_filled_college", "en", "Ashgrove College", "hr.recruitment@ashgrove.example.ac.uk",
    ("HR Recruitment - Ashgrove College", "hr.recruitment@ashgrove.example.ac.uk"),
    "RE: Application - Learning Technologist (ref AC/0226)",
    "02-17 14:08", """\
Dear Ms Martin

Thank you for your application for the post of Learning Technologist (ref AC/0226).

I am writing to let you know that the post has now been filled. We received a large number of applications and the shortlisting panel was not able to take yours forward on this occasion.

We are grateful for the interest you have shown in working at Ashgrove College and wish you every success in the future.

Yours sincerely

Helen Carter
HR Officer (Recruitment)
Ashgrove College, Woodside Road, Leeds LS6 2QT
Tel 0113 496 0721

Ashgrove College is an exempt charity. The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Access to this email by anyone else is unauthorised.
""", tz=0, charset="windows-1252", reply=True, quote=outlook(
        "Léa Martin <lea.martin@example.com>", "02 February 2026 18:30", "HR Recruitment",
        "Application - Learning Technologist (ref AC/0226)",
        "Dear Sir or Madam,\n\nPlease find attached my application for the Learning Technologist post.\n\nKind regards,\nLéa Martin"))

add(
    "rejection", "after_takehome_ashby", "en", "Orbitly", "nina@orbitly.example.com",
    ("Orbitly Hiring", "no-reply@ashbyhq.com"),
    "Your take-home for Orbitly",
    "02-18 20:55", """\
Hi Lea,

Thanks for turning the take-home around so quickly - we know it's a real time investment.

The reviewers liked your test coverage and the README, but felt the data model wouldn't scale to the multi-tenant case we described, and that's a big part of the day-to-day here. So we're not going to move forward with your candidacy for Software Engineer II.

This isn't a verdict on your potential, and we'd be happy to hear from you again in the future.

Nina Park
Engineering Recruiter @ Orbitly
""", tz=-8, reply_to=("Nina Park", "nina@orbitly.example.com"))

add(
    "rejection", "dutch_english_chosen_other", "en", "Van Dijk Logistics", "m.de.vries@vandijklogistics.example.nl",
    ("Marieke de Vries", "m.de.vries@vandijklogistics.example.nl"),
    "Your application Business Analyst",
    "02-19 08:47", """\
Dear Lea,

Thank you for your application and the pleasant conversation of last week.

We have spoken with several candidates and unfortunately we have chosen for another candidate, who has more experience with warehouse management systems. We found this a difficult choice.

We wish you a lot of success with your further search.

With kind regards,

Marieke de Vries
Recruiter
Van Dijk Logistics B.V. | Havenweg 12 | 3089 JA Rotterdam
T +31 10 123 4567

Disclaimer: De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. This e-mail is intended exclusively for the addressee(s).
""")

add(
    "rejection", "italian_english_other_profiles", "en", "Ferretti Design", "selezione@ferrettidesign.example.it",
    ("Ufficio Selezione Ferretti Design", "selezione@ferrettidesign.example.it"),
    "Candidature UX Designer - feedback",
    "02-20 12:31", """\
Dear Léa,

we thank you for the interest shown in our company and for the time dedicated to the interview with our Creative Director.

We inform you that, after careful evaluation, we decided to proceed with other profiles more in line with our current needs. Your CV will remain in our database and we will not hesitate to contact you in case of future opportunities.

Best regards

Chiara Lombardi
HR Specialist
Ferretti Design S.r.l. - Via Tortona 27, 20144 Milano
Tel. +39 02 1234 5678

Ai sensi del Regolamento UE 2016/679 (GDPR) i Suoi dati saranno trattati esclusivamente per finalità di selezione del personale.
""", charset="iso-8859-1", reply_to=("Chiara Lombardi", "selezione@ferrettidesign.example.it"))

add(
    "rejection", "aussie_hotel_gone_with_another", "en", "Saltbush Hotel Group", "tash.nguyen@saltbushhotels.example.com.au",
    ("Tash Nguyen", "tash.nguyen@saltbushhotels.example.com.au"),
    "Re: Guest Experience Lead",
    "02-21 07:12", """\
Hi Lea,

Thanks heaps for coming in on Thursday and meeting the team, it was lovely to chat.

Unfortunately we've gone with another candidate this time round - they've been with us as a casual for a couple of years so it made sense. Really appreciate you making the trip out though.

All the best with it!

Cheers,
Tash

Tash Nguyen | People & Culture
Saltbush Hotel Group
""", tz=11, reply=True)

add(
    "rejection", "smartrecruiters_retail_base64", "en", "Marlow & Pike", "",
    ("Marlow & Pike Careers", "noreply@smartrecruiters.com"),
    "Marlow & Pike | Store Operations Analyst",
    "02-23 17:26", """\
Dear Lea,

Thank you for applying for the Store Operations Analyst position with Marlow & Pike.

We have now reviewed your application. Unfortunately, we will not be moving forward with your application at this time.

Thank you again for your interest in Marlow & Pike, and we wish you the best in your job search.

Sincerely,
Marlow & Pike Talent Team

Powered by SmartRecruiters | Privacy Policy
""", tz=0, cte="base64", html="auto", brand="#111111")

add(
    "rejection", "taleo_odd_formatting", "en", "Halvorsen Energy", "",
    ("Halvorsen Energy", "halvorsenenergy@taleo.net"),
    "Halvorsen Energy - Req 2600123 - Update on your candidacy",
    "02-24 03:10", """\
Dear Lea   Martin,

Thank you for your interest in the position of  HSE Reporting Analyst  (Req ID: 2600123) with Halvorsen Energy ASA.

After a thorough review of your qualifications, we regret to inform you that you have not been selected for this position.

Your profile will remain in our talent community and you may be contacted should a suitable position become available.

Best Regards,
Halvorsen Energy Recruitment

*** This is an automatically generated message. Please do not reply. ***
""", charset="iso-8859-1")

add(
    "rejection", "council_non_selection", "en", "Brackenridge Borough Council", "",
    ("Brackenridge Borough Council Recruitment", "recruitment@brackenridge.example.gov.uk"),
    "Outcome of your application - ref BBC-1147",
    "02-25 13:00", """\
Dear Lea Martin

Post: Policy and Performance Officer (Grade 7)   Ref: BBC-1147

Thank you for applying for the above post. The recruiting panel has now completed shortlisting and I am sorry to tell you that on this occasion you have not been shortlisted for interview.

Due to the number of applications received we are unable to provide feedback to candidates who were not shortlisted.

Thank you for your interest in working for Brackenridge Borough Council.

Recruitment Team
People Services

This mailbox is not monitored. Please do not reply to this email.
""", tz=0)

add(
    "rejection", "teamtailor_games_better_match", "en", "Nordlys Games", "ingrid.solberg@nordlysgames.example.com",
    ("Nordlys Games", "no-reply@teamtailor-mail.com"),
    "About your application to Nordlys Games",
    "02-26 10:18", """\
Hej Lea!

Thank you so much for applying to be our Live Ops Analyst and for your patience while we went through all the applications.

We've now decided to continue the process with candidates who better match the profile we're looking for, so we won't be taking your application further this time.

We really appreciate your interest in Nordlys and hope you find something great.

Take care,
Ingrid Solberg
Talent Acquisition, Nordlys Games
""", reply_to=("Ingrid Solberg", "ingrid.solberg@nordlysgames.example.com"), html="auto", brand="#5b2a86")

add(
    "rejection", "after_onsite_outlook_chain", "en", "Cobalt Ridge Engineering", "r.hughes@cobaltridge.example.com",
    ("Rebecca Hughes", "r.hughes@cobaltridge.example.com"),
    "RE: Onsite interview - Project Controls Engineer",
    "03-02 16:44", """\
Hi Lea,

Thank you again for coming to the Bristol office last Wednesday and for your patience waiting for our decision.

The panel met yesterday. While we were impressed by your approach to earned value reporting, we have decided to offer the role to a candidate with chartership and more site-based experience. I'm sorry to bring disappointing news after you gave us a full day.

Please don't hesitate to apply for future vacancies - I'd genuinely be glad to see your name again.

Best regards,
Rebecca

Rebecca Hughes
Resourcing Partner
Cobalt Ridge Engineering Ltd
Direct: +44 117 496 0455
""", tz=0, reply=True, quote=outlook(
        "Léa Martin <lea.martin@example.com>", "Monday, March 2, 2026 9:02 AM", "Rebecca Hughes <r.hughes@cobaltridge.example.com>",
        "RE: Onsite interview - Project Controls Engineer",
        "Hi Rebecca,\n\nI hope you're well. I just wanted to check in on the timeline after last week's onsite.\n\nMany thanks,\nLéa") + outlook(
        "Rebecca Hughes <r.hughes@cobaltridge.example.com>", "Friday, February 20, 2026 3:15 PM", "Léa Martin <lea.martin@example.com>",
        "Onsite interview - Project Controls Engineer",
        "Hi Lea,\n\nGreat news - the team would like to invite you to an onsite interview on Wednesday 25 February at 10:00 at our Bristol office (Temple Quay).\nPlease bring photo ID for reception.\n\nBest,\nRebecca"))

add(
    "rejection", "startup_internal_hire", "en", "Quillfeather", "sofia@quillfeather.example.com",
    ("Sofia Reyes", "sofia@quillfeather.example.com"),
    "closing the loop",
    "03-03 21:07", """\
hey Lea - wanted to close the loop on the Growth Marketer role. we ended up filling it internally (one of our CS folks has been angling for it for months), so we won't be continuing with external candidates.

sorry for the slow reply and thank you for the really thoughtful application, the teardown you sent of our onboarding was genuinely useful.

sofia
cofounder, quillfeather
""", tz=-5)

add(
    "rejection", "icims_bank_regret", "en", "Granite Peak Bank", "",
    ("Granite Peak Bank Talent Acquisition", "granitepeak-noreply@icims.com"),
    "Regarding your application for Risk Analyst II",
    "03-05 14:39", """\
Dear Lea,

Thank you for your interest in the Risk Analyst II opening at Granite Peak Bank.

We regret to inform you that we will not be moving forward with your candidacy. The selection process was highly competitive and we received many qualified applicants.

We encourage you to create a job alert on our career site so you are notified of future openings.

Sincerely,
Talent Acquisition
Granite Peak Bank, N.A.

Granite Peak Bank is an Equal Opportunity Employer/Veterans/Disabled. This communication was sent by an automated system; replies are not read.
""", tz=-7, html="auto", html_only=True, brand="#0b3d2e")

add(
    "rejection", "short_two_liner_after_screen", "en", "Larkspur Analytics", "ben.adeyemi@larkspur.example.com",
    ("Ben Adeyemi", "ben.adeyemi@larkspur.example.com"),
    "Re: Quick question",
    "03-06 12:02", """\
Hi Lea, thanks for the chat on Tuesday. We've decided not to progress to the next stage on this occasion - appreciate your time and good luck.

Ben
""", tz=0, reply=True, quote=gmail("Léa Martin <lea.martin@example.com>", "Fri, 6 Mar 2026 at 09:14", "Hi Ben, just a quick question - is there any update on the Analytics Engineer role?\n\nThanks,\nLéa"))

add(
    "rejection", "de_personio_formal", "de", "Kranich Software", "",
    ("Kranich Software GmbH", "noreply@kranich-software.jobs.personio.de"),
    "Ihre Bewerbung als Data Analyst (m/w/d)",
    "02-05 11:40", """\
Sehr geehrte Frau Martin,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Kranich Software GmbH.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.

Bitte verstehen Sie diese Entscheidung nicht als Abwertung Ihrer Qualifikation. Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kranich Software GmbH

Kranich Software GmbH · Sitz: Leipzig · HRB 31234 · Geschäftsführer: Tobias Brandt
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", html="auto", brand="#1d3557")

add(
    "rejection", "de_startup_du_payments", "de", "Zahlwerk", "jonas@zahlwerk.example.com",
    ("Jonas Weber", "jonas@zahlwerk.example.com"),
    "Dein Gespräch bei uns",
    "02-12 18:22", """\
Hey Léa,

danke dir nochmal für das nette Gespräch letzte Woche und die Zeit, die du dir für die Case Study genommen hast!

Wir haben uns am Ende für jemanden entschieden, der schon mehr Erfahrung im Bereich Payments mitbringt. Das ist uns echt nicht leicht gefallen, weil du super ins Team gepasst hättest.

Wenn du magst, geb ich dir gerne noch ausführlicheres Feedback am Telefon.

Viele Grüße und alles Gute
Jonas

--
Jonas Weber · Head of Data · Zahlwerk
""", cte="quoted-printable")

add(
    "rejection", "de_klinikum_stelle_besetzt", "de", "Klinikum Seewald", "personal@klinikum-seewald.example.de",
    ("Personalabteilung Klinikum Seewald", "personal@klinikum-seewald.example.de"),
    "Ihre Bewerbung vom 14.01.2026 - Medizincontroller/in",
    "02-17 09:55", """\
Sehr geehrte Frau Martin,

wir bedanken uns für Ihre Bewerbung als Medizincontroller/in und das unserem Haus entgegengebrachte Vertrauen.

Leider müssen wir Ihnen mitteilen, dass die ausgeschriebene Stelle zwischenzeitlich besetzt wurde. Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
i. A. Sabine Köhler
Personalabteilung

Klinikum Seewald gGmbH
Seestraße 40 · 88131 Lindau
Telefon 08382 123-450
""", charset="iso-8859-1")

add(
    "rejection", "de_position_gestrichen", "de", "Lindgrün Energie", "anna.hofmann@lindgruen.example.com",
    ("Anna Hofmann", "anna.hofmann@lindgruen.example.com"),
    "Rückmeldung zu Ihrer Bewerbung",
    "03-04 15:14", """\
Liebe Frau Martin,

zunächst vielen Dank für die angenehmen Gespräche mit Ihnen und unserem Team.

Leider muss ich Ihnen heute mitteilen, dass die Position des Business Intelligence Managers aufgrund einer internen Umstrukturierung vorerst nicht besetzt wird. Den Auswahlprozess haben wir daher abgebrochen. Das tut mir sehr leid, insbesondere nachdem Sie bereits zwei Gesprächsrunden mit uns geführt haben.

Sollte die Stelle neu ausgeschrieben werden, melde ich mich gerne wieder bei Ihnen.

Herzliche Grüße
Anna Hofmann
Talent Acquisition

Lindgrün Energie AG | Am Hafen 3 | 28217 Bremen
""", reply=True)

add(
    "rejection", "de_agency_client_feedback", "de", "Bauer Maschinenbau", "k.schulte@schulte-partner.example.com",
    ("Katrin Schulte", "k.schulte@schulte-partner.example.com"),
    "AW: Bauer Maschinenbau - Controller",
    "03-10 13:27", """\
Hallo Frau Martin,

ich habe heute endlich Feedback von meinem Kunden bekommen – leider keine guten Nachrichten. Die Bauer Maschinenbau AG hat sich für eine Kandidatin entschieden, die bereits Erfahrung mit SAP S/4HANA im Werkscontrolling mitbringt.

Ich fand Ihr Profil sehr stark und würde Sie gern für weitere Positionen vorschlagen, wenn das für Sie in Ordnung ist. Ich melde mich in den nächsten Tagen telefonisch.

Beste Grüße
Katrin Schulte
Senior Consultant Finance
Schulte & Partner Personalberatung
Mobil +49 170 1234567
""", reply=True, quote=german("Léa Martin <lea.martin@example.com>", "Mo., 9. März 2026 um 10:03", "Hallo Frau Schulte,\ngibt es schon etwas Neues von Bauer?\nViele Grüße\nLéa Martin"))

add(
    "rejection", "fr_hotel_regret", "fr", "Groupe Hôtelier Laurentin", "recrutement@laurentin-hotels.example.fr",
    ("Service Recrutement – Groupe Hôtelier Laurentin", "recrutement@laurentin-hotels.example.fr"),
    "Votre candidature – Responsable Revenue Management",
    "02-09 10:02", """\
Madame,

Nous avons bien étudié votre candidature au poste de Responsable Revenue Management et vous remercions de l'intérêt que vous portez à notre groupe.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Votre profil, bien qu'intéressant, ne correspond pas exactement aux besoins actuels du poste.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Claire Dubois
Chargée de recrutement
Groupe Hôtelier Laurentin – 12 quai des Célestins, 69002 Lyon
""", charset="windows-1252", cte="quoted-printable")

add(
    "rejection", "fr_after_interview_autre_candidat", "fr", "Nébuleuse Data", "thomas.girard@nebuleuse.example.fr",
    ("Thomas Girard", "thomas.girard@nebuleuse.example.fr"),
    "Re: Entretien Data Analyst",
    "02-27 17:50", """\
Bonjour Léa,

Merci encore pour ton temps et pour nos échanges de la semaine dernière, c'était vraiment agréable.

Après réflexion, nous avons fait le choix de poursuivre avec un autre candidat dont l'expérience en modélisation marketing colle davantage à nos besoins du moment. Ce n'était pas une décision facile.

Je reste dispo si tu veux un retour plus détaillé, n'hésite pas.

Belle continuation,
Thomas

Thomas Girard – Head of Analytics – Nébuleuse Data
06 12 34 56 78
""", reply=True, quote=french("Léa Martin <lea.martin@example.com>", "lun. 23 févr. 2026 à 09:41", "Bonjour Thomas,\n\nMerci pour l'entretien de vendredi, j'ai beaucoup apprécié.\n\nBien à toi,\nLéa"))

add(
    "rejection", "fr_wttj_pas_de_suite", "fr", "Atelier Brume", "",
    ("Atelier Brume", "noreply@welcomekit.co"),
    "Votre candidature chez Atelier Brume",
    "03-09 08:30", """\
Bonjour Léa,

Merci d'avoir postulé à l'offre « Product Designer (H/F/X) » chez Atelier Brume.

Après étude attentive de votre profil, nous ne donnerons malheureusement pas suite à votre candidature. Nous avons reçu de nombreuses candidatures de qualité et avons dû faire des choix difficiles.

Nous vous souhaitons beaucoup de réussite dans vos recherches.

L'équipe Atelier Brume

Cet e-mail vous a été envoyé via Welcome to the Jungle. Merci de ne pas y répondre.
""", charset="windows-1252", html="auto", brand="#ffcd00")

add(
    "rejection", "fr_universite_poste_pourvu", "fr", "Université de Valmorin", "drh-recrutement@univ-valmorin.example.fr",
    ("DRH - Recrutement", "drh-recrutement@univ-valmorin.example.fr"),
    "Candidature : ingénieur(e) d'études - référence IE-2026-04",
    "03-16 11:05", """\
Madame,

Vous avez fait acte de candidature sur le poste d'ingénieur(e) d'études en analyse de données (réf. IE-2026-04) et nous vous en remercions.

Nous vous informons que ce poste a été pourvu. Nous ne sommes donc pas en mesure de donner une suite favorable à votre demande.

Nous vous remercions de l'intérêt porté à l'Université de Valmorin et vous prions d'agréer, Madame, nos salutations distinguées.

Le bureau du recrutement
Direction des ressources humaines
Université de Valmorin
""", cte="base64")

add(
    "rejection", "es_seguros_lamentamos", "es", "Grupo Alcaraz Seguros", "seleccion@alcarazseguros.example.es",
    ("Selección Alcaraz Seguros", "seleccion@alcarazseguros.example.es"),
    "Proceso de selección - Analista Actuarial",
    "02-18 10:40", """\
Estimada Léa:

Le agradecemos sinceramente el interés mostrado por formar parte de Grupo Alcaraz Seguros y el tiempo dedicado a nuestro proceso de selección.

Lamentamos comunicarle que, en esta ocasión, su candidatura no ha sido seleccionada para continuar en el proceso. Conservaremos su currículum en nuestra base de datos para futuras vacantes que se ajusten a su perfil.

Reciba un cordial saludo,

Marta Iglesias
Departamento de Personas
Grupo Alcaraz Seguros · Paseo de la Castellana 88 · 28046 Madrid

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial.
""", charset="iso-8859-1")

add(
    "rejection", "es_startup_otra_persona", "es", "Pimentón Studio", "lucia@pimenton.example.com",
    ("Lucía Ferrer", "lucia@pimenton.example.com"),
    "Re: Entrevista UX Researcher",
    "03-11 19:03", """\
Hola Léa!

Muchas gracias por tu tiempo en las entrevistas y por la presentación, nos gustó mucho.

Al final hemos decidido seguir con otra persona cuyo perfil encaja un poco más con lo que necesitamos ahora mismo (más experiencia en research cuantitativo). Sé que no es la noticia que esperabas :(

Te deseo muchísima suerte y ojalá coincidamos más adelante.

Un abrazo,
Lucía

Enviado desde mi móvil
""", reply=True, quote=spanish("Léa Martin <lea.martin@example.com>", "mar, 10 mar 2026 a las 12:20", "Hola Lucía, ¿sabéis ya algo sobre el proceso?\nGracias!\nLéa"))

add(
    "rejection", "es_vacante_cancelada", "es", "Constructora Itzel", "rh@constructoraitzel.example.mx",
    ("Recursos Humanos Constructora Itzel", "rh@constructoraitzel.example.mx"),
    "Seguimiento a su postulación",
    "03-25 16:16", """\
Buenas tardes Léa,

Por medio del presente le informamos que la vacante de Coordinadora de Planeación a la que se postuló ha sido cancelada por decisión de la dirección, por lo que no continuaremos con el proceso de selección.

Agradecemos mucho su interés y el tiempo invertido en las entrevistas. Quedamos a sus órdenes.

Saludos cordiales,
Lic. Fernanda Ortiz
Recursos Humanos
Constructora Itzel S.A. de C.V.
Tel. 55 1234 5678
""", tz=-6)

# ---- interview invitations ------------------------------------------------------------------

add(
    "interview_invitation", "calendly_quick_chat", "en", "Hollowbrook Robotics", "amir@hollowbrook.example.com",
    ("Amir Haddad", "amir@hollowbrook.example.com"),
    "Hollowbrook <> Lea",
    "02-03 14:21", """\
Hi Lea,

Thanks for applying for the Operations Data Analyst role - your background in logistics reporting caught my eye.

Would you be free for a quick chat sometime this week or next? It's a 25 minute intro call with me, no prep needed. You can grab whatever slot suits you here:
https://calendly.com/amir-hollowbrook/25min-intro

Looking forward to it,
Amir

Amir Haddad
Technical Recruiter | Hollowbrook Robotics
""", tz=-5, html="auto", brand="#2b2d42")

add(
    "interview_invitation", "goodtime_virtual_onsite", "en", "Kestrel Payments", "rachel.kim@kestrelpay.example.com",
    ("Kestrel Payments Recruiting", "no-reply@goodtime.io"),
    "Action required: share your availability for your Virtual Onsite with Kestrel Payments",
    "02-05 18:03", """\
Hi Lea,

Congratulations on moving forward in the process for Senior Data Analyst at Kestrel Payments!

The next step is your Virtual Onsite, which consists of four 45-minute interviews (SQL & modelling, product sense, stakeholder management, and a conversation with the hiring manager).

Please share your availability for the next two weeks using the link below:

https://app.goodtime.io/availability/kestrel/4f8a1c2e

If you have any questions, reply to this email and your coordinator, Rachel, will get back to you.

Kestrel Payments Recruiting Team
""", tz=-8, reply_to=("Rachel Kim", "rachel.kim@kestrelpay.example.com"), html="auto", brand="#3b82f6")

add(
    "interview_invitation", "greenhouse_next_stage", "en", "Sundial Health", "owen.price@sundialhealth.example.com",
    ("Sundial Health", "no-reply@greenhouse.io"),
    "Next steps with Sundial Health",
    "02-10 16:30", """\
Hi Lea,

Thanks for speaking with me last week! We'd love to move you to the next stage for the Product Operations Manager role.

This will be a 45-minute video interview with Dr. Anita Shah, our VP of Clinical Operations. Please use the link below to pick a time that works for you:

https://app.greenhouse.io/scheduling/self_schedule/9d1e4b

The interview will take place over Zoom; the link will be in your calendar invite once you book.

Best,
Owen Price
Recruiter, Sundial Health
""", tz=-5, reply_to=("Owen Price", "owen.price@sundialhealth.example.com"))

add(
    "interview_invitation", "hospital_phone_screen", "en", "St Brigid's Hospital", "karen.doyle@stbrigids.example.org",
    ("Karen Doyle", "karen.doyle@stbrigids.example.org"),
    "Data Quality Officer - phone screen",
    "02-12 09:18", """\
Hi Lea,

Thank you for applying for the Data Quality Officer post with St Brigid's Hospital.

I'd like to set up a short phone screen (about 20-30 mins) to go over the role and your experience. Would Thursday 19th at 11am or Friday 20th at 2pm suit? If neither works just send me a couple of times that do.

What's the best number to reach you on?

Many thanks,
Karen Doyle
HR Business Partner
St Brigid's Hospital, Dublin 8
Ph: +353 1 555 0199
""", tz=0)

add(
    "interview_invitation", "teams_technical_ics", "en", "Meridian Rail", "s.patel@meridianrail.example.com",
    ("Sanjay Patel", "s.patel@meridianrail.example.com"),
    "Technical Interview - Asset Data Engineer - Meridian Rail",
    "02-13 10:05", """\
Hi Lea,

Following your conversation with our recruiter, we'd like to invite you to a technical interview for the Asset Data Engineer role.

When: Wednesday 18 February 2026, 14:00-15:00 (GMT)
Where: Microsoft Teams (link in the invitation)
Who: myself and Grace Whitfield (Lead Engineer)

We'll walk through a small data pipeline problem together - no need to prepare code in advance.

Please accept the calendar invite to confirm, or let me know if the time doesn't work.

Kind regards,
Sanjay Patel
Engineering Manager, Data Platforms
Meridian Rail Ltd
""", tz=0, ics=ics("mr-tech-2026-0218@meridianrail.example.com", "02-18 14:00", 60,
        "Technical Interview - Lea Martin / Meridian Rail", "s.patel@meridianrail.example.com",
        location="Microsoft Teams Meeting",
        description="Join on your computer or mobile app: https://teams.example.com/l/meetup-join/19abc"))

add(
    "interview_invitation", "agency_exclamations", "en", "Pennywhistle", "jake.morris@talentbridge.example.co.uk",
    ("Jake Morris", "jake.morris@talentbridge.example.co.uk"),
    "GREAT NEWS!!",
    "02-16 12:47", """\
Hi Lea!!

Hope you're having a fab Monday!

Soooo... I've got great news - my client Pennywhistle (the fintech in Canary Wharf I told you about!) LOVED your CV and want to meet you for a first stage interview!!! 🎉

They've offered:
- Tuesday 24th at 2pm
- Wednesday 25th at 10am

It'll be 45 mins on Google Meet with the Head of Analytics. Can you let me know ASAP which works?? Slots are going fast as they're seeing a couple of others!

Give me a call if easier - 07700 900877

Speak soon!!
Jake

Jake Morris | Principal Consultant | TalentBridge
""", tz=0, html="auto", brand="#e63946")

add(
    "interview_invitation", "housing_panel_formal", "en", "Harbourside Housing", "recruitment@harboursidehousing.example.org",
    ("Harbourside Housing Recruitment", "recruitment@harboursidehousing.example.org"),
    "Invitation to interview - Performance Analyst (HH-0415)",
    "02-19 15:32", """\
Dear Lea

Performance Analyst - Ref HH-0415

Thank you for your application for the above post. I am pleased to invite you to attend an interview on Monday 2 March 2026 at 10:30am at our offices at Dockside House, Quay Street, Cardiff CF10 5AB.

The panel will consist of:
- Gareth Evans, Head of Business Intelligence
- Rhian Morgan, Performance Manager
- A tenant representative

You will be asked to give a 10-minute presentation on "How would you use data to improve repairs performance?", followed by a competency-based interview lasting approximately 45 minutes.

Please confirm your attendance by reply to this email and let us know of any reasonable adjustments you require.

Yours sincerely

Ffion Hughes
Recruitment Coordinator
Harbourside Housing Association
""", tz=0, charset="windows-1252", cte="quoted-printable")

add(
    "interview_invitation", "indian_shortlisted_technical_round", "en", "Tarangini Technologies", "hr.recruit@tarangini.example.com",
    ("Tarangini Technologies HR", "hr.recruit@tarangini.example.com"),
    "Interview Call Letter - Data Engineer - Tarangini Technologies",
    "02-20 10:11", """\
Dear Lea Martin,

Greetings from Tarangini Technologies!

We are pleased to inform you that your profile has been shortlisted for the Technical Round of interview for the position of Data Engineer.

Interview Details:
Date : 25-Feb-2026 (Wednesday)
Time : 03:30 PM IST
Mode : Virtual (Google Meet - link will be shared 1 hour prior)
Panel : Mr. Rohit Kulkarni, Technical Lead

Kindly confirm your availability for the same at the earliest. Please keep your updated resume and a government ID proof handy.

Do revert back in case of any clarification.

Regards,
Deepa Nair
Talent Acquisition Team
Tarangini Technologies Pvt Ltd, Pune
""", tz=5)

add(
    "interview_invitation", "dutch_english_second_conversation", "en", "Bloemhof Media", "lotte.bakker@bloemhofmedia.example.nl",
    ("Lotte Bakker", "lotte.bakker@bloemhofmedia.example.nl"),
    "Second conversation",
    "02-23 13:02", """\
Hi Lea,

Thank you for the nice first conversation of last Thursday. We were enthusiastic about your story!

We would like to invite you for a second conversation at our office in Utrecht, with Pieter (team lead) and Sanne (one of the analysts). Would Tuesday 3 March at 13.30 suit you? The conversation will take about one hour and there is also some time to have a look around the office.

Please let me know if this fits in your agenda.

Kind regards,
Lotte Bakker
Recruiter | Bloemhof Media
Oudegracht 210, Utrecht
""")

add(
    "interview_invitation", "italian_english_video_call", "en", "Officine Rinaldi", "giulia.rinaldi@officinerinaldi.example.it",
    ("Giulia Rinaldi", "giulia.rinaldi@officinerinaldi.example.it"),
    "Officine Rinaldi - invitation",
    "02-24 09:27", """\
Dear Léa,

following the analysis of your curriculum, we are pleased to invite you to a video call with our team for the position of Supply Chain Analyst.

We propose Friday 27th February at h. 11:00 (Italian time). The call will be on Google Meet and will last around 40 minutes. Please kindly confirm your presence.

Remaining at disposal for any clarification,
best regards

Giulia Rinaldi
HR Office - Officine Rinaldi S.p.A.
Via dell'Industria 4, 36100 Vicenza
""", charset="iso-8859-1")

add(
    "interview_invitation", "workday_interview_scheduled_ics", "en", "Pinecrest Retail", "",
    ("Pinecrest Retail", "pinecrest@myworkday.com"),
    "Interview Scheduled: Merchandise Planning Analyst",
    "02-25 20:41", """\
Hello Lea,

An interview has been scheduled for you for the position Merchandise Planning Analyst (JR-55120).

Interview Date: Tuesday, March 3, 2026
Time: 9:00 AM - 10:00 AM Central Time
Interviewers: Melissa Grant; Trevor Hall
Location: Video - a Zoom link is included in the calendar invitation

Please review the attached calendar invitation. If you need to make changes, please contact your recruiter through the candidate home page.

Thank you,
Pinecrest Retail Talent Acquisition

This is a system-generated message. Do not reply.
""", tz=-6, ics=ics("WD-INT-55120-77@myworkday.com", "03-03 15:00", 60,
        "Interview: Merchandise Planning Analyst", "pinecrest@myworkday.com", location="Zoom"))

add(
    "interview_invitation", "mobile_manager_portfolio", "en", "Kiln & Co", "hannah@kilnandco.example.com",
    ("Hannah", "hannah@kilnandco.example.com"),
    "your portfolio",
    "02-26 22:09", """\
Hey Lea, loved the portfolio, esp the wayfinding project. Free for a 20 min call this week? Tue after 3 or anytime Thurs works for me. Just reply w a time + your number

H

Sent from my iPhone
""", tz=0)

add(
    "interview_invitation", "ashby_next_round_technical", "en", "Driftwood AI", "marcus@driftwood.example.com",
    ("Marcus at Driftwood", "no-reply@ashbyhq.com"),
    "You're through to the next round 🎉",
    "03-02 19:15", """\
Hi Lea,

Congrats on making it through the recruiter screen! The team enjoyed your answers on evaluation metrics.

Next up is a 60-minute technical interview with two of our ML engineers. You'll pair on a small data-cleaning problem in Python - bring your own editor setup if you like.

Use the link below to pick a time in the next 7 days:
https://jobs.ashbyhq.com/driftwood/interview/schedule/7ac3

Any questions, just hit reply.

Marcus
Talent @ Driftwood AI
""", tz=-8, reply_to=("Marcus Lee", "marcus@driftwood.example.com"), html="auto", brand="#0f766e")

add(
    "interview_invitation", "onsite_itinerary_ics", "en", "Stonebridge Architects", "people@stonebridge-arch.example.co.uk",
    ("Stonebridge People Team", "people@stonebridge-arch.example.co.uk"),
    "Your visit to our London studio - Thursday 12 March",
    "03-05 11:48", """\
Dear Lea,

We're delighted to invite you to our Clerkenwell studio for the final stage of the BIM Data Coordinator process.

Thursday 12 March 2026
10:00  Welcome and studio tour (Alice Wren, Studio Manager)
10:30  Portfolio review with the Digital Practice team
11:30  Conversation with Tom Ashford, Partner
12:15  Lunch with the team (on us!)

Address: 40 St John Street, London EC1M 4AY. Ring the buzzer marked "Stonebridge" and someone will bring you up.

A calendar invitation is attached. Do let us know if you have any access requirements.

With best wishes,
Alice Wren
Studio Manager, on behalf of the People Team
Stonebridge Architects LLP
""", tz=0, ics=ics("stonebridge-final-lm-20260312", "03-12 10:00", 135,
        "Stonebridge Architects - final stage interview (Lea Martin)", "people@stonebridge-arch.example.co.uk",
        location="40 St John Street\\, London EC1M 4AY"))

add(
    "interview_invitation", "aussie_yarn_thursday", "en", "Wattle Health", "brodie.walsh@wattlehealth.example.com.au",
    ("Brodie Walsh", "brodie.walsh@wattlehealth.example.com.au"),
    "Health Informatics Analyst",
    "03-09 08:14", """\
G'day Lea,

Thanks for putting your hand up for the Health Informatics Analyst role. Your CV looks like a great fit, so I'm keen to have a yarn about the role and what you're after.

Are you around Thursday arvo your time? I'm in Brisbane so something like 5pm AEST / 8am CET could work, but happy to flex. We'd do it over Teams, about half an hour.

Cheers,
Brodie Walsh
Talent Acquisition Partner | Wattle Health
M: 0412 345 678
""", tz=10)

add(
    "interview_invitation", "following_up_hiring_manager_times", "en", "Ironleaf Capital", "emma.fitzgerald@ironleaf.example.com",
    ("Emma Fitzgerald", "emma.fitzgerald@ironleaf.example.com"),
    "Following up",
    "03-12 09:40", """\
Hi Lea,

Just following up on my note below - would you be available to meet with Daniel, our Head of Investment Operations, next week? He has Tuesday morning or Thursday between 1 and 4 free. It would be a 45-minute video interview.

Let me know a couple of times and I'll send the invite.

Thanks,
Emma
""", tz=-5, reply=True, quote=gmail("Emma Fitzgerald <emma.fitzgerald@ironleaf.example.com>", "Mon, Mar 9, 2026 at 4:02 PM", """\
Hi Lea,

Great speaking with you earlier. As discussed, I'll share your profile with Daniel and come back to you on next steps for the Investment Operations Analyst role.

Best,
Emma

Emma Fitzgerald
Talent Acquisition, Ironleaf Capital"""))

add(
    "interview_invitation", "de_personio_einladung", "de", "Fuchsbau Verlag", "m.lorenz@fuchsbau-verlag.example.com",
    ("Fuchsbau Verlag", "noreply@fuchsbau-verlag.jobs.personio.de"),
    "Einladung zum Vorstellungsgespräch – Redakteur:in Daten (m/w/d)",
    "02-11 10:25", """\
Guten Tag Frau Martin,

vielen Dank für Ihre Bewerbung als Redakteur:in Daten. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch in unserem Verlagshaus in Hamburg ein. Folgende Termine können wir Ihnen anbieten:

• Dienstag, 24.02.2026, 10:00 Uhr
• Mittwoch, 25.02.2026, 14:30 Uhr

Bitte wählen Sie über den folgenden Link Ihren Wunschtermin aus:
https://fuchsbau-verlag.jobs.personio.de/interview/slot/81b2

Am Gespräch nehmen Frau Dr. Meike Lorenz (Ressortleitung) und Herr Felix Brandt (Personal) teil.

Wir freuen uns auf Sie!

Mit freundlichen Grüßen
Meike Lorenz
Fuchsbau Verlag GmbH & Co. KG
""", reply_to=("Meike Lorenz", "m.lorenz@fuchsbau-verlag.example.com"), html="auto", brand="#c2410c")

add(
    "interview_invitation", "de_calendly_kennenlernen", "de", "Radwerk Mobility", "lisa@radwerk.example.com",
    ("Lisa von Radwerk", "lisa@radwerk.example.com"),
    "Kurzes Kennenlernen?",
    "02-17 16:58", """\
Hi Léa,

danke für deine Bewerbung als Product Analyst bei Radwerk! 🚲

Hättest du Lust auf ein erstes Kennenlernen per Video-Call (ca. 30 Min.)? Such dir gern hier einen Termin aus, der dir passt:
https://calendly.com/radwerk-lisa/kennenlernen

Falls nichts passt, schreib mir einfach kurz zurück.

Liebe Grüße
Lisa
People & Culture @ Radwerk Mobility
""")

add(
    "interview_invitation", "de_stadtwerke_zweites_gespraech_ics", "de", "Stadtwerke Oberau", "j.maier@stadtwerke-oberau.example.de",
    ("Maier, Johanna", "j.maier@stadtwerke-oberau.example.de"),
    "Einladung: Zweites Gespräch – Senior Analyst Netzplanung",
    "03-03 08:51", """\
Sehr geehrte Frau Martin,

vielen Dank für das gute erste Gespräch. Gerne möchten wir Sie zu einem zweiten Gespräch einladen.

Termin: Montag, 16. März 2026, 09:00 – 10:30 Uhr
Ort: Stadtwerke Oberau, Verwaltungsgebäude, Raum 2.14, Bahnhofstraße 22, 83080 Oberaudorf
Teilnehmende: Herr Gruber (Bereichsleiter Netze), Frau Maier (Personal), Vertretung des Personalrats

Bitte bestätigen Sie den Termin über die beigefügte Einladung. Ihre Reisekosten werden nach dem Bundesreisekostengesetz erstattet.

Mit freundlichen Grüßen
Im Auftrag
Johanna Maier
Personalwesen
Stadtwerke Oberau
""", ics=ics("040000008200E00074C5B7101A82E008-SWO-0316", "03-16 08:00", 90,
        "Zweites Gespräch Senior Analyst Netzplanung – L. Martin", "j.maier@stadtwerke-oberau.example.de",
        location="Raum 2.14\\, Bahnhofstraße 22"))

add(
    "interview_invitation", "de_agency_kunde_kennenlernen", "de", "Hellweg Logistik", "t.becker@nordstern-personal.example.com",
    ("Tim Becker | Nordstern Personal", "t.becker@nordstern-personal.example.com"),
    "Hellweg Logistik möchte Sie kennenlernen",
    "03-13 11:36", """\
Hallo Frau Martin,

tolle Neuigkeiten: Mein Kunde, die Hellweg Logistik GmbH in Dortmund, würde Sie sehr gern kennenlernen!

Vorgeschlagen wird ein erstes Gespräch per Teams am Donnerstag, 19.03., um 15 Uhr mit dem Leiter Transportmanagement, Herrn Schäfer. Passt Ihnen das? Alternativ ginge auch Freitagvormittag.

Geben Sie mir kurz Bescheid, dann bestätige ich den Termin beim Kunden und schicke Ihnen noch ein paar Infos zur Vorbereitung.

Viele Grüße
Tim Becker
Senior Recruiter Supply Chain
Nordstern Personal GmbH · Tel. 0231 987654-12
""", charset="iso-8859-1", cte="quoted-printable")

add(
    "interview_invitation", "fr_maison_verrier_rencontrer", "fr", "Maison Verrier", "c.lefevre@maisonverrier.example.fr",
    ("Camille Lefèvre", "c.lefevre@maisonverrier.example.fr"),
    "Votre candidature – Analyste Merchandising",
    "02-20 14:47", """\
Bonjour Madame Martin,

Nous avons bien reçu votre candidature pour le poste d'Analyste Merchandising et nous vous en remercions.

Votre parcours a retenu toute notre attention et nous souhaiterions vous rencontrer afin d'échanger plus en détail sur vos expériences et vos motivations. Seriez-vous disponible le mardi 3 mars à 10h00 ou le mercredi 4 mars à 15h00 dans nos bureaux du 8e arrondissement ?

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes sincères salutations.

Camille Lefèvre
Responsable Recrutement
Maison Verrier – 18 rue de Miromesnil, 75008 Paris
""", charset="windows-1252")

add(
    "interview_invitation", "fr_startup_call_30min", "fr", "Petitcolis", "hugo@petitcolis.example.fr",
    ("Hugo de Petitcolis", "hugo@petitcolis.example.fr"),
    "Ta candidature chez Petitcolis 📦",
    "03-06 10:12", """\
Salut Léa,

Merci pour ta candidature au poste d'Ops Analyst ! Ton expérience en logistique dernier kilomètre nous intéresse beaucoup.

On aimerait beaucoup avancer avec toi : es-tu dispo pour un call de 30 min avec moi cette semaine ou la semaine prochaine ? Tu peux réserver directement un créneau ici : https://calendly.com/hugo-petitcolis/30min

À très vite,
Hugo
Talent @ Petitcolis
""", html="auto", brand="#ff5a5f")

add(
    "interview_invitation", "fr_clinique_entretien_ics", "fr", "Clinique des Tilleuls", "rh@clinique-tilleuls.example.fr",
    ("RH Clinique des Tilleuls", "rh@clinique-tilleuls.example.fr"),
    "Invitation : Entretien – Contrôleur de gestion (H/F)",
    "03-18 09:20", """\
Madame,

Suite à votre candidature au poste de Contrôleur de gestion (H/F), nous avons le plaisir de vous convier à un entretien avec M. Bernard, Directeur administratif et financier, et Mme Roux, Responsable RH.

Date : jeudi 26 mars 2026 à 14h00
Lieu : Clinique des Tilleuls, 5 avenue des Tilleuls, 33000 Bordeaux – bâtiment administratif, 2e étage

Merci de bien vouloir confirmer votre présence en acceptant l'invitation ci-jointe.

Cordialement,
Sophie Roux
Responsable Ressources Humaines
""", ics=ics("tilleuls-entretien-cdg-0326@clinique-tilleuls.example.fr", "03-26 13:00", 60,
        "Entretien Contrôleur de gestion – Mme Martin", "rh@clinique-tilleuls.example.fr",
        location="Clinique des Tilleuls\\, bâtiment administratif"))

add(
    "interview_invitation", "es_banco_nos_complace", "es", "Banco Mirador", "talento@bancomirador.example.es",
    ("Talento Banco Mirador", "talento@bancomirador.example.es"),
    "Convocatoria a entrevista - Analista de Riesgos",
    "02-25 12:05", """\
Estimada Sra. Martin:

Nos complace invitarle a una entrevista para el puesto de Analista de Riesgos de Crédito en Banco Mirador.

Fecha: miércoles, 4 de marzo de 2026
Hora: 11:00 h (hora peninsular)
Lugar: Sede central, Calle Alcalá 120, 28009 Madrid (planta 5)
Entrevistadores: D. Javier Montes (Director de Riesgos) y Dña. Elena Soler (Selección)

Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,
Elena Soler
Selección y Desarrollo de Talento
Banco Mirador, S.A.

Este mensaje puede contener información confidencial. Si usted no es el destinatario, le rogamos lo comunique al remitente y lo elimine.
""", charset="iso-8859-1", cte="quoted-printable")

add(
    "interview_invitation", "es_llamada_rapida_jueves", "es", "Tostadero Norte", "pablo@tostaderonorte.example.com",
    ("Pablo Rivas", "pablo@tostaderonorte.example.com"),
    "Hola Léa!",
    "03-10 17:33", """\
Hola Léa,

Soy Pablo, de Tostadero Norte. Vi tu candidatura para el puesto de Analista de Operaciones y me ha encantado tu experiencia con cadenas de suministro.

¿Te vendría bien una llamada rápida el jueves por la mañana? Serían 20-30 minutos para conocernos y contarte más sobre el equipo. Si no, dime qué día te va mejor.

Un saludo,
Pablo
Tostadero Norte · Café de especialidad desde 2012
""")

add(
    "interview_invitation", "es_latam_google_meet", "es", "Grupo Andino Retail", "valentina.rojas@grupoandino.example.com",
    ("Valentina Rojas", "valentina.rojas@grupoandino.example.com"),
    "Entrevista - Analista de Inteligencia Comercial",
    "03-20 15:02", """\
Hola Léa, ¿cómo estás?

Te escribo para agendar una entrevista para la posición de Analista de Inteligencia Comercial. Te propongo el martes 24 de marzo a las 10:00 (hora de Bogotá) por Google Meet, con Andrés Cárdenas, gerente del área.

Por favor confírmame si te queda bien el horario o si prefieres otro momento.

Quedo atenta,
Valentina Rojas
Analista de Talento Humano
Grupo Andino Retail
Cel. +57 300 123 4567
""", tz=-5, cte="base64")

# ---- the employer moves or cancels ----------------------------------------------------------

add(
    "interview_reschedule_or_cancel", "teams_moved_incident_ics", "en", "Meridian Rail", "s.patel@meridianrail.example.com",
    ("Sanjay Patel", "s.patel@meridianrail.example.com"),
    "Updated: Technical Interview - Lea Martin / Meridian Rail",
    "02-17 08:36", """\
Hi Lea,

Apologies for the short notice - I've been pulled into an incident review tomorrow afternoon. Could we move the technical interview to Friday 20 February at 11:00 instead? I've updated the invite; same Teams link.

If Friday doesn't work, just say and we'll find another slot.

Thanks for your flexibility,
Sanjay
""", tz=0, reply=True, ics=ics("mr-tech-2026-0218@meridianrail.example.com", "02-20 11:00", 60,
        "Technical Interview - Lea Martin / Meridian Rail", "s.patel@meridianrail.example.com",
        sequence=1, location="Microsoft Teams Meeting"))

add(
    "interview_reschedule_or_cancel", "workday_interview_cancelled", "en", "Pinecrest Retail", "",
    ("Pinecrest Retail", "pinecrest@myworkday.com"),
    "Interview Cancelled: Merchandise Planning Analyst",
    "03-01 13:12", """\
Hello Lea,

The following interview has been cancelled:

Position: Merchandise Planning Analyst (JR-55120)
Original Date: Tuesday, March 3, 2026 9:00 AM Central Time

Your recruiter will contact you if a new time is needed.

Pinecrest Retail Talent Acquisition

This is a system-generated message. Do not reply.
""", tz=-6, ics=ics("WD-INT-55120-77@myworkday.com", "03-03 15:00", 60,
        "Interview: Merchandise Planning Analyst", "pinecrest@myworkday.com", method="CANCEL",
        status="CANCELLED", sequence=2))

add(
    "interview_reschedule_or_cancel", "mobile_push_tomorrow", "en", "Kiln & Co", "hannah@kilnandco.example.com",
    ("Hannah", "hannah@kilnandco.example.com"),
    "Re: your portfolio",
    "03-03 14:51", """\
so sorry Lea - something came up with a client, can we push our call to tomorrow same time (3.30)? my fault entirely

Sent from my iPhone
""", tz=0, reply=True, quote=gmail("Lea Martin <lea.martin@example.com>", "Fri, 27 Feb 2026 at 08:15", "Hi Hannah, thank you! Tuesday 3.30pm works well, my number is +33 6 12 34 56 78.\nLéa"))

add(
    "interview_reschedule_or_cancel", "goodtime_rescheduled", "en", "Kestrel Payments", "rachel.kim@kestrelpay.example.com",
    ("Kestrel Payments Recruiting", "no-reply@goodtime.io"),
    "Your Virtual Onsite with Kestrel Payments has been rescheduled",
    "02-18 23:02", """\
Hi Lea,

One of your interviewers is no longer available, so your Virtual Onsite for Senior Data Analyst has been rescheduled.

New schedule - Tuesday, February 24, 2026 (your time zone: CET)
17:00 - 17:45  SQL & modelling (Priya Raman)
17:50 - 18:35  Product sense (Luis Ortega)
18:45 - 19:30  Stakeholder management (Dana Cole)
19:35 - 20:20  Hiring manager (Rachel Kim)

Your previous schedule for Thursday, February 19 has been removed. Updated calendar invitations are on their way.

Reply to this email if the new time doesn't work and your coordinator will help.

Kestrel Payments Recruiting Team
""", tz=-8, reply_to=("Rachel Kim", "rachel.kim@kestrelpay.example.com"), html="auto", brand="#3b82f6")

add(
    "interview_reschedule_or_cancel", "uk_postpone_panel_illness", "en", "Harbourside Housing", "recruitment@harboursidehousing.example.org",
    ("Harbourside Housing Recruitment", "recruitment@harboursidehousing.example.org"),
    "RE: Invitation to interview - Performance Analyst (HH-0415)",
    "02-27 16:20", """\
Dear Lea

I'm afraid we need to postpone your interview scheduled for Monday 2 March due to the illness of a panel member. Please accept our apologies for any inconvenience this may cause.

We expect to be able to offer a new date in the week commencing 9 March and I will be in touch early next week to arrange this.

Kind regards

Ffion Hughes
Recruitment Coordinator
Harbourside Housing Association
""", tz=0, reply=True)

add(
    "interview_reschedule_or_cancel", "indian_rescheduled_make_convenient", "en", "Tarangini Technologies", "hr.recruit@tarangini.example.com",
    ("Tarangini Technologies HR", "hr.recruit@tarangini.example.com"),
    "RE: Interview Call Letter - Data Engineer - Tarangini Technologies",
    "02-24 12:44", """\
Dear Lea,

Due to unavoidable circumstances on the panel side, the Technical Round scheduled on 25-Feb-2026 at 03:30 PM IST has been rescheduled to 27-Feb-2026 (Friday) at 11:00 AM IST.

Kindly make it convenient to attend and confirm the same by return mail. Inconvenience caused is regretted.

Regards,
Deepa Nair
Talent Acquisition Team
Tarangini Technologies Pvt Ltd
""", tz=5, reply=True)

add(
    "interview_reschedule_or_cancel", "agency_client_cancelled_tomorrow", "en", "Pennywhistle", "jake.morris@talentbridge.example.co.uk",
    ("Jake Morris", "jake.morris@talentbridge.example.co.uk"),
    "tomorrow :(",
    "02-23 17:58", """\
Hi Lea,

Bad news I'm afraid - Pennywhistle have had to cancel tomorrow's 2pm as the Head of Analytics is off sick!! So sorry!

They're still really keen though, I'm chasing them for new times and will rebook ASAP. Will call you tomorrow!

Jake
""", tz=0)

add(
    "interview_reschedule_or_cancel", "dutch_move_appointment", "en", "Bloemhof Media", "lotte.bakker@bloemhofmedia.example.nl",
    ("Lotte Bakker", "lotte.bakker@bloemhofmedia.example.nl"),
    "RE: Second conversation",
    "03-02 09:07", """\
Hi Lea,

Unfortunately Pieter is ill, so we have to move our appointment of tomorrow. Would Thursday 5 March at 10.00 also suit you? Sanne and Pieter are both available then.

Sorry for the inconvenience!

Kind regards,
Lotte
""", reply=True, quote=outlook(
        "Lea Martin <lea.martin@example.com>", "maandag 23 februari 2026 15:40", "Lotte Bakker <lotte.bakker@bloemhofmedia.example.nl>",
        "RE: Second conversation", "Hi Lotte,\n\nTuesday 3 March at 13.30 is perfect, see you in Utrecht.\n\nBest regards,\nLéa"))

add(
    "interview_reschedule_or_cancel", "itinerary_moved_ics", "en", "Stonebridge Architects", "people@stonebridge-arch.example.co.uk",
    ("Alice Wren", "people@stonebridge-arch.example.co.uk"),
    "Change of date - your visit to Stonebridge",
    "03-09 12:26", """\
Dear Lea,

I'm sorry to do this - Tom has to be on site in Leeds this Thursday, and we'd really like you to meet him. Could we move your visit from Thursday 12 March to Thursday 19 March, same times (10:00-12:15)?

I've sent an updated calendar invitation. If the 19th is tricky, let me know a few alternatives.

Best wishes,
Alice
""", tz=0, ics=ics("stonebridge-final-lm-20260312", "03-19 10:00", 135,
        "Stonebridge Architects - final stage interview (Lea Martin)", "people@stonebridge-arch.example.co.uk",
        sequence=1, location="40 St John Street\\, London EC1M 4AY"))

add(
    "interview_reschedule_or_cancel", "de_terminverschiebung_ics", "de", "Stadtwerke Oberau", "j.maier@stadtwerke-oberau.example.de",
    ("Maier, Johanna", "j.maier@stadtwerke-oberau.example.de"),
    "Terminverschiebung: Zweites Gespräch – Senior Analyst Netzplanung",
    "03-11 14:03", """\
Sehr geehrte Frau Martin,

leider müssen wir den vereinbarten Termin am 16. März verschieben, da Herr Gruber kurzfristig an einer Aufsichtsratssitzung teilnehmen muss.

Neuer Termin: Mittwoch, 18. März 2026, 13:00 – 14:30 Uhr, gleicher Ort.

Die aktualisierte Einladung liegt bei. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Im Auftrag
Johanna Maier
""", reply=True, ics=ics("040000008200E00074C5B7101A82E008-SWO-0316", "03-18 12:00", 90,
        "Zweites Gespräch Senior Analyst Netzplanung – L. Martin", "j.maier@stadtwerke-oberau.example.de",
        sequence=1, location="Raum 2.14\\, Bahnhofstraße 22"))

add(
    "interview_reschedule_or_cancel", "de_verlag_absage_termin", "de", "Fuchsbau Verlag", "m.lorenz@fuchsbau-verlag.example.com",
    ("Meike Lorenz", "m.lorenz@fuchsbau-verlag.example.com"),
    "AW: Einladung zum Vorstellungsgespräch",
    "02-20 17:45", """\
Liebe Frau Martin,

leider muss ich unser Gespräch am Dienstag, 24.02., absagen – bei uns steht kurzfristig eine Produktionsumstellung an und ich bin den ganzen Tag gebunden. Das ist mir sehr unangenehm.

Ich würde Ihnen gern einen neuen Termin in der Woche ab dem 2. März vorschlagen. Passt Ihnen Montag, 2.3., um 11 Uhr?

Herzliche Grüße
Meike Lorenz
""", reply=True, cte="quoted-printable")

add(
    "interview_reschedule_or_cancel", "fr_report_entretien", "fr", "Maison Verrier", "c.lefevre@maisonverrier.example.fr",
    ("Camille Lefèvre", "c.lefevre@maisonverrier.example.fr"),
    "RE: Votre candidature – Analyste Merchandising",
    "03-02 18:10", """\
Bonjour Madame Martin,

Je suis au regret de devoir reporter notre entretien prévu demain mardi à 10h00, notre directrice des collections étant retenue à Milan.

Pourriez-vous nous indiquer vos disponibilités pour la semaine du 9 mars ? Nous pourrions par exemple vous proposer le lundi 9 à 14h ou le mercredi 11 à 10h.

Avec toutes nos excuses pour ce contretemps,

Camille Lefèvre
Responsable Recrutement
Maison Verrier
""", reply=True, charset="windows-1252", quote=french("Léa Martin <lea.martin@example.com>", "ven. 20 févr. 2026 à 18:02", "Bonjour Madame Lefèvre,\n\nLe mardi 3 mars à 10h00 me convient parfaitement.\n\nBien cordialement,\nLéa Martin"))

add(
    "interview_reschedule_or_cancel", "fr_clinique_annulation_ics", "fr", "Clinique des Tilleuls", "rh@clinique-tilleuls.example.fr",
    ("RH Clinique des Tilleuls", "rh@clinique-tilleuls.example.fr"),
    "Annulé : Entretien – Contrôleur de gestion (H/F)",
    "03-24 10:31", """\
Madame,

Nous sommes contraints d'annuler l'entretien prévu le jeudi 26 mars à 14h00. Le recrutement est temporairement suspendu dans l'attente de la validation budgétaire ; nous reviendrons vers vous dès que possible pour convenir d'une nouvelle date.

Veuillez nous excuser pour ce désagrément.

Cordialement,
Sophie Roux
Responsable Ressources Humaines
""", ics=ics("tilleuls-entretien-cdg-0326@clinique-tilleuls.example.fr", "03-26 13:00", 60,
        "Entretien Contrôleur de gestion – Mme Martin", "rh@clinique-tilleuls.example.fr",
        method="CANCEL", status="CANCELLED", sequence=1))

add(
    "interview_reschedule_or_cancel", "es_aplazar_entrevista", "es", "Banco Mirador", "talento@bancomirador.example.es",
    ("Elena Soler", "talento@bancomirador.example.es"),
    "RE: Convocatoria a entrevista - Analista de Riesgos",
    "03-02 13:26", """\
Estimada Sra. Martin:

Por motivos de agenda del Director de Riesgos, nos vemos obligados a aplazar la entrevista prevista para el miércoles 4 de marzo. Le proponemos como nueva fecha el lunes 9 de marzo a las 12:00 h, en el mismo lugar.

Le rogamos nos confirme si le viene bien. Disculpe las molestias.

Atentamente,
Elena Soler
Selección y Desarrollo de Talento
Banco Mirador, S.A.
""", reply=True, charset="iso-8859-1")

add(
    "interview_reschedule_or_cancel", "es_latam_reprogramar", "es", "Grupo Andino Retail", "valentina.rojas@grupoandino.example.com",
    ("Valentina Rojas", "valentina.rojas@grupoandino.example.com"),
    "Re: Entrevista - Analista de Inteligencia Comercial",
    "03-23 18:40", """\
Hola Léa,

Mil disculpas, a Andrés le salió un viaje de último momento y no va a poder mañana. ¿Podemos reprogramar la entrevista para el jueves 26 a la misma hora (10:00 Bogotá)?

Quedo pendiente de tu confirmación.

Valentina
""", tz=-5, reply=True, quote=spanish("Léa Martin <lea.martin@example.com>", "vie, 20 mar 2026 a las 22:10", "Hola Valentina,\n\nPerfecto, el martes 24 a las 10:00 me viene muy bien.\n\nSaludos,\nLéa"))

# ---- "we missed you" --------------------------------------------------------------------------

add(
    "missed_interview_notice", "tried_calling_voicemail", "en", "St Brigid's Hospital", "karen.doyle@stbrigids.example.org",
    ("Karen Doyle", "karen.doyle@stbrigids.example.org"),
    "RE: Data Quality Officer - phone screen",
    "02-19 11:24", """\
Hi Lea,

I tried calling you at 11 this morning for our phone screen but couldn't get through - it went straight to voicemail. I left a short message.

Are you still interested in the role? If so, let me know and we can rearrange for early next week.

Thanks,
Karen
""", tz=0, reply=True)

add(
    "missed_interview_notice", "did_not_join_teams", "en", "Meridian Rail", "s.patel@meridianrail.example.com",
    ("Sanjay Patel", "s.patel@meridianrail.example.com"),
    "Today's interview",
    "02-20 11:22", """\
Hi Lea,

Grace and I were on the call at 11:00 for your technical interview, but you did not join the Teams meeting. We waited about 15 minutes before dropping off.

I hope everything is alright. Let me know what happened and whether you'd still like to continue in the process.

Regards,
Sanjay

Sanjay Patel
Engineering Manager, Data Platforms
Meridian Rail Ltd
""", tz=0)

add(
    "missed_interview_notice", "zoom_no_show_startup", "en", "Driftwood AI", "marcus@driftwood.example.com",
    ("Marcus Lee", "marcus@driftwood.example.com"),
    "Everything ok?",
    "03-06 10:31", """\
Hey Lea,

We had you down for 10am PT today with Priya and Jon but didn't see you in the Zoom. Everything OK?

If something came up, no worries - let me know and I'll see about getting you rescheduled.

Marcus
""", tz=-8)

add(
    "missed_interview_notice", "indian_absent_kindly_explain", "en", "Tarangini Technologies", "hr.recruit@tarangini.example.com",
    ("Tarangini Technologies HR", "hr.recruit@tarangini.example.com"),
    "RE: RE: Interview Call Letter - Data Engineer - Tarangini Technologies",
    "02-27 12:05", """\
Dear Lea,

This is to bring to your notice that you were absent for the Technical Round scheduled today (27-Feb-2026, 11:00 AM IST). The panel waited on the Google Meet link for 20 minutes.

Kindly let us know the reason for the same and whether you wish to continue with the process, so that we may check the possibility of another slot.

Regards,
Deepa Nair
Talent Acquisition Team
Tarangini Technologies Pvt Ltd
""", tz=5, reply=True)

add(
    "missed_interview_notice", "aussie_no_sign_time_zones", "en", "Wattle Health", "brodie.walsh@wattlehealth.example.com.au",
    ("Brodie Walsh", "brodie.walsh@wattlehealth.example.com.au"),
    "Re: Health Informatics Analyst",
    "03-12 17:19", """\
Hey Lea,

I jumped on the Teams call at 5 but no sign of you - reckon the time zones might've got us? No stress at all, these things happen.

Flick me a couple of times that suit next week and we'll lock it in.

Cheers,
Brodie
""", tz=10, reply=True)

add(
    "missed_interview_notice", "ats_unable_to_attend", "en", "Sundial Health", "owen.price@sundialhealth.example.com",
    ("Sundial Health", "no-reply@greenhouse.io"),
    "We missed you today",
    "02-17 15:50", """\
Hi Lea,

It looks like we weren't able to connect for your interview with Dr. Anita Shah today at 2:00 PM ET for the Product Operations Manager role.

If you're still interested in the position, please reply to this email within the next few days and we'll do our best to find another time.

Best,
Owen Price
Recruiter, Sundial Health
""", tz=-5, reply_to=("Owen Price", "owen.price@sundialhealth.example.com"), html="auto", brand="#f59e0b")

add(
    "missed_interview_notice", "de_agency_nicht_im_meeting", "de", "Hellweg Logistik", "t.becker@nordstern-personal.example.com",
    ("Tim Becker | Nordstern Personal", "t.becker@nordstern-personal.example.com"),
    "Gespräch Hellweg heute 15 Uhr",
    "03-19 15:32", """\
Hallo Frau Martin,

Herr Schäfer von Hellweg hat sich gerade bei mir gemeldet - Sie waren um 15 Uhr nicht im Teams-Meeting, er hat eine Viertelstunde gewartet. Ich habe Sie auch telefonisch nicht erreicht.

Ist alles in Ordnung bei Ihnen? Bitte melden Sie sich kurz, dann versuche ich, beim Kunden einen Ersatztermin zu bekommen.

Viele Grüße
Tim Becker
Nordstern Personal GmbH · Tel. 0231 987654-12
""", charset="iso-8859-1")

add(
    "missed_interview_notice", "de_du_zehn_minuten_gewartet", "de", "Radwerk Mobility", "lisa@radwerk.example.com",
    ("Lisa von Radwerk", "lisa@radwerk.example.com"),
    "Unser Call heute",
    "02-24 14:18", """\
Hi Léa,

wir hatten heute um 14 Uhr unseren Kennenlern-Call eingeplant – ich hab ca. 10 Minuten im Meet gewartet, aber du warst leider nicht da.

Kein Problem, kann ja mal passieren! Wenn du weiterhin Interesse hast, buch dir einfach einen neuen Termin über den Link von letzter Woche oder schreib mir.

Liebe Grüße
Lisa
""")

add(
    "missed_interview_notice", "fr_attendais_sur_meet", "fr", "Petitcolis", "hugo@petitcolis.example.fr",
    ("Hugo de Petitcolis", "hugo@petitcolis.example.fr"),
    "Notre call de 11h",
    "03-11 11:27", """\
Hello Léa,

Je t'attendais sur le Meet à 11h pour notre échange mais je ne t'ai pas vue. Tu as eu un empêchement ?

Pas de souci, dis-moi si tu veux qu'on replanifie, je peux te proposer un nouveau créneau cette semaine.

Hugo
""")

add(
    "missed_interview_notice", "es_te_llame_no_contestaste", "es", "Tostadero Norte", "pablo@tostaderonorte.example.com",
    ("Pablo Rivas", "pablo@tostaderonorte.example.com"),
    "Re: Hola Léa!",
    "03-12 10:22", """\
Hola Léa,

Te llamé a las 10:00 como quedamos pero no contestaste, y te dejé un mensaje en el buzón.

¿Todo bien? Si sigues interesada, dime cuándo te viene bien y lo intentamos de nuevo.

Saludos,
Pablo

Enviado desde mi iPhone
""", reply=True)

# ---- acknowledgements -----------------------------------------------------------------------

add(
    "application_received", "greenhouse_thanks_for_applying", "en", "Ferncliff Labs", "",
    ("Ferncliff Labs", "no-reply@us.greenhouse-mail.io"),
    "Thank you for applying to Ferncliff Labs",
    "02-02 08:12", """\
Hi Lea,

Thanks for applying for the Senior Backend Engineer, Platform role at Ferncliff Labs! We've received your application and our team will review it shortly.

If your skills and experience are a match, someone from our recruiting team will reach out to discuss next steps. In the meantime, feel free to learn more about how we work at https://ferncliff.example.com/blog.

Best,
Ferncliff Labs Recruiting
""", tz=-8, html="auto", brand="#24a47f")

add(
    "application_received", "workday_volume_cannot_respond", "en", "Northmere Health", "",
    ("Northmere Health", "northmerehealth@myworkday.com"),
    "Thank you for applying - Clinical Data Analyst",
    "02-01 19:33", """\
Dear Lea Martin,

Thank you for submitting your application for Clinical Data Analyst (R-20418). We have received it and it is now under review.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your qualifications match our needs, a member of our Talent Acquisition team will contact you.

You can check the status of your application at any time on our Candidate Home.

Sincerely,
Northmere Health Talent Acquisition

Please do not reply to this message.
""", tz=-5, html="auto", html_only=True, brand="#005a8b")

add(
    "application_received", "smartrecruiters_received", "en", "Marlow & Pike", "",
    ("Marlow & Pike Careers", "noreply@smartrecruiters.com"),
    "We've received your application",
    "02-09 13:02", """\
Dear Lea,

Thank you for your interest in the Store Operations Analyst position with Marlow & Pike. Your application was successfully submitted.

Our team is reviewing applications and if your profile matches what we're looking for, we'll be in touch to discuss next steps.

Kind regards,
Marlow & Pike Talent Team
""", tz=0, html="auto", brand="#111111")

add(
    "application_received", "council_assume_unsuccessful", "en", "Brackenridge Borough Council", "",
    ("Brackenridge Borough Council Recruitment", "recruitment@brackenridge.example.gov.uk"),
    "Acknowledgement of application - ref BBC-1147",
    "02-03 10:00", """\
Dear Lea Martin

Post: Policy and Performance Officer (Grade 7)   Ref: BBC-1147

Thank you for your application which we have received. The closing date for this vacancy is 15 February 2026 and shortlisting will take place shortly afterwards.

If you have not heard from us within four weeks of the closing date, please assume that you have not been shortlisted on this occasion.

Recruitment Team
People Services

This mailbox is not monitored. Please do not reply to this email.
""", tz=0)

add(
    "application_received", "indian_application_id_revert", "en", "Vyasa Infotech", "priya.raman@vyasainfotech.example.com",
    ("Priya Raman", "priya.raman@vyasainfotech.example.com"),
    "Acknowledgement - Application for Senior QA Engineer",
    "02-02 11:30", """\
Dear Lea,

Thank you for applying with Vyasa Infotech Pvt. Ltd. for the position of Senior QA Engineer.

Your application ID is VIT/QA/2026/0419. Our recruitment team is currently screening the profiles and will revert to you in case your profile is shortlisted.

Please quote your application ID in all future correspondence.

Thanks & Regards,
Priya Raman
HR Executive - Talent Acquisition
""", tz=5)

add(
    "application_received", "icims_bank_received", "en", "Granite Peak Bank", "",
    ("Granite Peak Bank Talent Acquisition", "granitepeak-noreply@icims.com"),
    "Granite Peak Bank: Application Received - Risk Analyst II",
    "02-14 04:18", """\
Dear Lea,

Thank you for your interest in a career with Granite Peak Bank. This email confirms that we have received your application for Risk Analyst II (Job ID 2026-3381).

Our recruiters carefully review all applications. Unfortunately we are unable to provide individual feedback at this stage, but if your experience matches the requirements of the role, a recruiter will contact you directly.

Thank you,
Talent Acquisition
Granite Peak Bank, N.A.
""", tz=-7, html="auto", brand="#0b3d2e")

add(
    "application_received", "taleo_acknowledgement_odd", "en", "Halvorsen Energy", "",
    ("Halvorsen Energy", "halvorsenenergy@taleo.net"),
    "Halvorsen Energy - Acknowledgement",
    "02-06 02:44", """\
Dear Lea Martin ,

We acknowledge receipt of your application for the position of HSE Reporting Analyst , Req ID : 2600123 .

You may review the status of your submission at any time by logging on to the Career Section .

Regards ,
Halvorsen Energy Recruitment

*** This is an automatically generated message. Please do not reply. ***
""", charset="iso-8859-1")

add(
    "application_received", "restaurant_owner_got_it", "en", "Ember & Oak", "tom@emberandoak.example.com",
    ("Tom Gallagher", "tom@emberandoak.example.com"),
    "Re: Application - Operations Manager",
    "02-08 23:51", """\
Hi Lea, got your application, thanks! We're going through them this week with the GM and will be in touch either way by end of next week.

Tom
Ember & Oak | 3 sites, Bristol
""", tz=0, reply=True, quote=gmail("Léa Martin <lea.martin@example.com>", "Sun, 8 Feb 2026 at 17:05", "Hello,\n\nPlease find attached my CV for the Operations Manager role advertised on Caterer.\n\nKind regards,\nLéa Martin"))

add(
    "application_received", "teamtailor_no_individual_feedback", "en", "Nordlys Games", "",
    ("Nordlys Games", "no-reply@teamtailor-mail.com"),
    "Thanks for applying to Nordlys Games!",
    "02-07 09:02", """\
Hej Lea!

Thanks for applying for the Live Ops Analyst role - we're excited that you want to join us in building games people love.

We read every application ourselves. Unfortunately, due to the number of applications, we are unable to provide individual feedback at this stage, but we'll get back to you about the outcome as soon as we can, usually within three weeks.

In the meantime, check out what life at Nordlys looks like: https://career.nordlysgames.example.com/life

The Nordlys Games Talent Team
""", html="auto", brand="#5b2a86")

add(
    "application_received", "indeed_application_submitted", "en", "Riverside Dental Group", "",
    ("Indeed Apply", "indeedapply@indeed.com"),
    "Application submitted: Practice Operations Coordinator - Riverside Dental Group",
    "03-04 20:17", """\
Your application has been submitted

Practice Operations Coordinator
Riverside Dental Group - Reading

Good luck, Lea! The employer will receive your application and may contact you directly.

What happens next?
- Employers typically respond within 2 weeks
- You can track this application in My Jobs: https://uk.indeed.com/myjobs

Indeed will never ask you for payment or bank details as part of an application.

You received this email because you applied for a job on Indeed. Unsubscribe from application confirmations: https://uk.indeed.com/unsub?t=apply
""", tz=0, html="auto", html_only=True, brand="#2557a7")

add(
    "application_received", "lever_received_kepler", "en", "Kepler Freight", "",
    ("Kepler Freight", "no-reply@hire.lever.co"),
    "Thanks for your application to Kepler Freight",
    "02-01 21:40", """\
Hi Lea,

Thank you for your interest in Kepler Freight! We wanted to let you know we received your application for Product Analyst, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.

Best,
The Kepler Freight Team
""", tz=-5, html="auto", brand="#ff6a13")

add(
    "application_received", "de_personio_eingangsbestaetigung", "de", "Kranich Software", "",
    ("Kranich Software GmbH", "noreply@kranich-software.jobs.personio.de"),
    "Eingangsbestätigung Ihrer Bewerbung",
    "02-01 15:10", """\
Sehr geehrte Frau Martin,

vielen Dank für Ihre Bewerbung als Data Analyst (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kranich Software GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", html="auto", brand="#1d3557")

add(
    "application_received", "de_klinikum_eingang", "de", "Klinikum Seewald", "personal@klinikum-seewald.example.de",
    ("Personalabteilung Klinikum Seewald", "personal@klinikum-seewald.example.de"),
    "Eingangsbestätigung - Medizincontroller/in",
    "02-02 08:03", """\
Sehr geehrte Frau Martin,

hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen für die Stelle als Medizincontroller/in.

Nach Ablauf der Bewerbungsfrist werden wir alle Unterlagen sichten und uns anschließend bei Ihnen melden. Wir bitten um etwas Geduld.

Mit freundlichen Grüßen
Personalabteilung
Klinikum Seewald gGmbH
""", charset="iso-8859-1", cte="quoted-printable")

add(
    "application_received", "de_successfactors_vielzahl", "de", "Lindgrün Energie", "",
    ("Lindgrün Energie AG", "lindgruen@successfactors.eu"),
    "Vielen Dank für Ihre Bewerbung | Business Intelligence Manager (w/m/d) | Req-ID 4471",
    "02-04 17:55", """\
Sehr geehrte Frau Martin,

vielen Dank für Ihr Interesse an der Lindgrün Energie AG und Ihre Bewerbung als Business Intelligence Manager (w/m/d).

Ihre Unterlagen sind vollständig bei uns eingegangen. Aufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung individuell zu beantworten. Sofern Ihr Profil zu unseren Anforderungen passt, nehmen wir innerhalb der nächsten drei Wochen Kontakt mit Ihnen auf.

Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team

Lindgrün Energie AG · Am Hafen 3 · 28217 Bremen · Vorstand: Dr. Karl Peters (Vors.), Ines Wolf · Aufsichtsrat: Georg Lind
Dies ist eine automatisch generierte Nachricht.
""", charset="windows-1252", html="auto", brand="#15803d")

add(
    "application_received", "de_stadtwerke_bestaetigung", "de", "Stadtwerke Oberau", "j.maier@stadtwerke-oberau.example.de",
    ("Maier, Johanna", "j.maier@stadtwerke-oberau.example.de"),
    "Ihre Bewerbung – Kennziffer 2026-07",
    "02-06 10:15", """\
Sehr geehrte Frau Martin,

wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle „Senior Analyst Netzplanung" (Kennziffer 2026-07).

Das Auswahlverfahren wird voraussichtlich Ende Februar abgeschlossen sein. Bis dahin bitten wir von Rückfragen abzusehen.

Mit freundlichen Grüßen
Im Auftrag
Johanna Maier
Personalwesen
Stadtwerke Oberau
""")

add(
    "application_received", "fr_wttj_bien_envoyee", "fr", "Atelier Brume", "",
    ("Atelier Brume", "noreply@welcomekit.co"),
    "Votre candidature a bien été envoyée !",
    "02-19 22:03", """\
Bonjour Léa,

Votre candidature pour le poste « Product Designer (H/F/X) » chez Atelier Brume a bien été transmise à l'équipe de recrutement.

Et maintenant ? L'équipe va étudier votre profil et reviendra vers vous dans les meilleurs délais.

Bonne chance !
L'équipe Welcome to the Jungle
""", html="auto", html_only=True, brand="#ffcd00")

add(
    "application_received", "fr_banque_pas_individuellement", "fr", "Crédit Fontaine", "",
    ("Crédit Fontaine – Recrutement", "ne-pas-repondre@credit-fontaine.example.fr"),
    "Accusé de réception de votre candidature",
    "02-11 07:45", """\
Madame,

Nous avons bien reçu votre candidature au poste de Chargée d'études statistiques (réf. CF-2026-118) et nous vous remercions de l'intérêt que vous portez à Crédit Fontaine.

Compte tenu du nombre important de candidatures reçues, nous ne pourrons malheureusement pas répondre individuellement à chaque candidat. Si votre profil correspond à nos attentes, nous vous contacterons dans un délai de quatre semaines.

Cordialement,
La Direction des Ressources Humaines
Crédit Fontaine

Ce message est généré automatiquement, merci de ne pas y répondre.
""", charset="iso-8859-1", html="auto", brand="#7c2d12")

add(
    "application_received", "fr_hotel_accuse_reception", "fr", "Groupe Hôtelier Laurentin", "recrutement@laurentin-hotels.example.fr",
    ("Service Recrutement – Groupe Hôtelier Laurentin", "recrutement@laurentin-hotels.example.fr"),
    "Accusé de réception – Responsable Revenue Management",
    "02-02 14:20", """\
Madame,

Nous accusons bonne réception de votre candidature au poste de Responsable Revenue Management et vous en remercions.

Votre dossier est en cours d'étude ; nous ne manquerons pas de revenir vers vous prochainement.

Bien cordialement,
Claire Dubois
Chargée de recrutement
""", charset="iso-8859-1")

add(
    "application_received", "es_hemos_recibido", "es", "Grupo Alcaraz Seguros", "",
    ("Grupo Alcaraz Seguros - Empleo", "no-responder@alcarazseguros.example.es"),
    "Hemos recibido tu candidatura",
    "02-03 09:12", """\
Hola Léa:

¡Gracias por tu interés en Grupo Alcaraz Seguros! Hemos recibido correctamente tu candidatura para la posición de Analista Actuarial (Madrid).

Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas. Debido al gran volumen de candidaturas, no podemos responder individualmente a todas las personas.

Un saludo,
Equipo de Selección
Grupo Alcaraz Seguros

Este es un correo automático, por favor no respondas a este mensaje.
""", html="auto", brand="#b91c1c")

add(
    "application_received", "es_startup_recibido", "es", "Pimentón Studio", "lucia@pimenton.example.com",
    ("Lucía Ferrer", "lucia@pimenton.example.com"),
    "Re: Candidatura UX Researcher",
    "02-16 12:48", """\
Hola Léa,

¡Gracias por escribirnos! Hemos recibido tu candidatura y tu portfolio. Esta semana lo revisamos con el equipo y te decimos algo a principios de la que viene.

Un saludo,
Lucía
Pimentón Studio
""", reply=True)

# ---- offers -----------------------------------------------------------------------------------

add(
    "offer", "verbal_offer_followup", "en", "Kestrel Payments", "rachel.kim@kestrelpay.example.com",
    ("Rachel Kim", "rachel.kim@kestrelpay.example.com"),
    "Following our call",
    "03-04 18:22", """\
Hi Lea,

It was such a pleasure speaking with you this afternoon! As discussed, I'm thrilled to confirm our verbal offer for the Senior Data Analyst role:

- Base salary: EUR 78,000
- Annual bonus target: 10%
- Start date: flexible, ideally 4 May 2026
- Fully remote within the EU, with quarterly team offsites

The formal offer letter will follow from our HR system within 48 hours. Take the time you need, and please reach out with any questions at all - I'm happy to set up a chat with anyone on the team.

Welcome (almost) to Kestrel!
Rachel

Rachel Kim | Recruiting Coordinator | Kestrel Payments
""", tz=-8)

add(
    "offer", "offer_letter_attached_architects", "en", "Stonebridge Architects", "people@stonebridge-arch.example.co.uk",
    ("Alice Wren", "people@stonebridge-arch.example.co.uk"),
    "Offer of employment - BIM Data Coordinator",
    "03-24 15:06", """\
Dear Lea,

Following your visit to the studio last week, I am delighted to offer you the position of BIM Data Coordinator at Stonebridge Architects.

Please find attached your offer letter and statement of main terms. If you are happy to accept, please sign and return both by Friday 3 April.

Tom asked me to pass on how much the team enjoyed meeting you. We very much hope you'll join us.

With best wishes,
Alice Wren
Studio Manager
Stonebridge Architects LLP
""", tz=0, attach="Stonebridge_Offer_Letter_L_Martin.pdf")

add(
    "offer", "uk_conditional_offer_references", "en", "Harbourside Housing", "recruitment@harboursidehousing.example.org",
    ("Harbourside Housing Recruitment", "recruitment@harboursidehousing.example.org"),
    "Conditional offer - Performance Analyst (HH-0415)",
    "03-13 11:42", """\
Dear Lea

Performance Analyst - Ref HH-0415

Further to your interview on 10 March, I am pleased to offer you the post of Performance Analyst at Harbourside Housing Association, on a salary of £36,124 per annum (Grade F, point 2).

This offer is conditional upon the receipt of two satisfactory references, evidence of your right to work in the UK and a basic DBS check. Our HR team will be in touch about these shortly.

Please confirm by reply whether you wish to accept this conditional offer.

Yours sincerely

Ffion Hughes
Recruitment Coordinator
Harbourside Housing Association
""", tz=0, charset="windows-1252")

add(
    "offer", "indian_offer_ctc_revert", "en", "Tarangini Technologies", "hr.recruit@tarangini.example.com",
    ("Tarangini Technologies HR", "hr.recruit@tarangini.example.com"),
    "Offer Letter - Data Engineer - Tarangini Technologies",
    "03-17 18:30", """\
Dear Lea,

Congratulations!

With reference to your interview with us, we are pleased to offer you the position of Data Engineer at Tarangini Technologies Pvt Ltd. Please find attached the offer letter with the CTC break-up and terms & conditions.

Kindly revert with your acceptance along with the signed copy on or before 24-Mar-2026, and share your expected date of joining.

Looking forward to have you onboard.

Regards,
Deepa Nair
Talent Acquisition Team
Tarangini Technologies Pvt Ltd
""", tz=5, attach="Offer_Letter_Lea_Martin_TT.pdf")

add(
    "offer", "docusign_contract_startup", "en", "Hollowbrook Robotics", "amir@hollowbrook.example.com",
    ("Amir Haddad", "amir@hollowbrook.example.com"),
    "Your offer from Hollowbrook 🎉",
    "03-20 16:02", """\
Hi Lea!

Huge congrats again - the whole team is really excited. As promised, your contract for the Operations Data Analyst role is now ready to sign. You'll get a separate email from DocuSign in the next few minutes with the employment agreement and the equity summary.

Quick recap of what we agreed:
- $92,000 base + 0.08% equity (4-year vest, 1-year cliff)
- Remote, with a budget for a coworking space
- Start date Monday 4 May

Let me know if anything in the paperwork doesn't look right.

Amir
""", tz=-5)

add(
    "offer", "dutch_contract_proposal", "en", "Bloemhof Media", "lotte.bakker@bloemhofmedia.example.nl",
    ("Lotte Bakker", "lotte.bakker@bloemhofmedia.example.nl"),
    "Good news!",
    "03-09 16:40", """\
Hi Lea,

As promised by phone: we are very happy to offer you the position of Data Analyst at Bloemhof Media!

In the attachment you find our contract proposal, with a salary of EUR 4.300 gross per month based on 40 hours, holiday allowance of 8% and a 13th month. The contract is for one year with the intention to extend.

Take your time to read it through. If you have questions, you can always call me.

Kind regards,
Lotte Bakker
Recruiter | Bloemhof Media
""", attach="Contractvoorstel_Bloemhof_LMartin.pdf")

add(
    "offer", "de_zusage_arbeitsvertrag", "de", "Stadtwerke Oberau", "j.maier@stadtwerke-oberau.example.de",
    ("Maier, Johanna", "j.maier@stadtwerke-oberau.example.de"),
    "Zusage – Senior Analyst Netzplanung",
    "03-25 09:30", """\
Sehr geehrte Frau Martin,

wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als Senior Analyst Netzplanung anbieten möchten. Der Personalrat hat der Einstellung zugestimmt.

Die Eingruppierung erfolgt in Entgeltgruppe 12 TV-V. Als Eintrittstermin schlagen wir den 1. Juni 2026 vor. Den Arbeitsvertrag senden wir Ihnen in zweifacher Ausfertigung per Post zu; bitte unterschreiben Sie beide Exemplare und schicken Sie uns eines zurück.

Bitte geben Sie uns bis zum 1. April Bescheid, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Im Auftrag
Johanna Maier
Personalwesen
Stadtwerke Oberau
""")

add(
    "offer", "de_verlag_angebot", "de", "Fuchsbau Verlag", "m.lorenz@fuchsbau-verlag.example.com",
    ("Meike Lorenz", "m.lorenz@fuchsbau-verlag.example.com"),
    "Unser Angebot",
    "03-06 13:15", """\
Liebe Frau Martin,

nach den sehr angenehmen Gesprächen freue ich mich, Ihnen heute unser Angebot für die Position als Redakteur:in Daten machen zu können:

Jahresbruttogehalt 62.000 €, 30 Tage Urlaub, zwei Tage mobiles Arbeiten pro Woche, Start zum 1. Mai 2026.

Das Vertragsangebot finden Sie im Anhang. Ich würde mich sehr freuen, wenn Sie zusagen – melden Sie sich gern bei Fragen.

Herzliche Grüße
Meike Lorenz
Ressortleitung Daten & Grafik
Fuchsbau Verlag GmbH & Co. KG
""", cte="base64", attach="Vertragsangebot_Martin.pdf")

add(
    "offer", "fr_promesse_embauche", "fr", "Maison Verrier", "c.lefevre@maisonverrier.example.fr",
    ("Camille Lefèvre", "c.lefevre@maisonverrier.example.fr"),
    "Proposition d'embauche – Analyste Merchandising",
    "03-19 17:20", """\
Bonjour Madame Martin,

Suite à nos différents entretiens, j'ai le plaisir de vous confirmer notre souhait de vous accueillir au sein de Maison Verrier en tant qu'Analyste Merchandising, en CDI, avec une rémunération annuelle brute de 48 000 € sur 13 mois.

Vous trouverez ci-joint la promesse d'embauche. Nous vous remercions de bien vouloir nous la retourner signée avant le 27 mars si cette proposition vous convient.

Au plaisir de vous compter parmi nous,

Camille Lefèvre
Responsable Recrutement
Maison Verrier
""", charset="windows-1252", attach="Promesse_embauche_L_Martin.pdf")

add(
    "offer", "es_carta_oferta", "es", "Banco Mirador", "talento@bancomirador.example.es",
    ("Elena Soler", "talento@bancomirador.example.es"),
    "Carta oferta - Analista de Riesgos de Crédito",
    "03-18 12:10", """\
Estimada Léa:

Es un placer comunicarle que ha sido seleccionada para el puesto de Analista de Riesgos de Crédito. Adjuntamos la carta oferta con las condiciones: contrato indefinido, salario bruto anual de 46.000 € en 14 pagas y retribución variable de hasta un 8 %.

Le agradeceríamos que nos confirmara su aceptación antes del 25 de marzo firmando el documento adjunto.

Enhorabuena y bienvenida,
Elena Soler
Selección y Desarrollo de Talento
Banco Mirador, S.A.
""", charset="windows-1252", attach="Carta_oferta_LMartin.pdf")

# ---- everything else --------------------------------------------------------------------------

def _bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>, <mailto:unsubscribe@{list_id.strip('<>').split('.', 1)[-1]}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


add(
    "other", "linkedin_job_alert_digest", "en", "", "",
    ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
    "15 new jobs for 'data analyst' in Berlin",
    "02-04 06:02", """\
Your job alert for data analyst in Berlin, Germany
15 new jobs match your preferences.

Data Analyst - Marketing
Zahlwerk · Berlin (Hybrid)
Actively recruiting · 3 connections work here
https://www.linkedin.com/comm/jobs/view/39011?trk=eml-jymbii

Junior Data Analyst (m/w/d)
Kranich Software GmbH · Leipzig (Remote)
Be an early applicant
https://www.linkedin.com/comm/jobs/view/39012?trk=eml-jymbii

Senior Product Analyst
Radwerk Mobility · Berlin
Promoted · Easy Apply
https://www.linkedin.com/comm/jobs/view/39013?trk=eml-jymbii

Analytics Engineer
Driftwood AI · Remote (EU)
https://www.linkedin.com/comm/jobs/view/39014?trk=eml-jymbii

See all jobs: https://www.linkedin.com/comm/jobs/search?alert=8812

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?alert=8812
This email was intended for Léa Martin (Data Analyst). Learn why we included this.
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""", tz=0, html="auto", html_only=True, brand="#0a66c2",
    headers=_bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe?alert=8812"))

add(
    "other", "indeed_jobs_near_you", "en", "", "",
    ("Indeed", "alert@indeed.com"),
    "Data analyst jobs near Berlin - 8 new",
    "02-18 07:15", """\
New jobs for you

Reporting Analyst - Ember & Oak - Bristol - £32,000 - £36,000 a year
Easily apply · Urgently hiring
https://uk.indeed.com/rc/clk?jk=a1b2&from=ja

Data Quality Officer - St Brigid's Hospital - Dublin
Responsive employer
https://uk.indeed.com/rc/clk?jk=c3d4&from=ja

Performance Analyst - Harbourside Housing - Cardiff
https://uk.indeed.com/rc/clk?jk=e5f6&from=ja

Practice Operations Coordinator - Riverside Dental Group - Reading
https://uk.indeed.com/rc/clk?jk=g7h8&from=ja

See more jobs: https://uk.indeed.com/jobs?q=data+analyst

You're receiving this because you created a job alert. Manage alerts · Unsubscribe
Indeed Ireland Operations Ltd, Dublin 2
""", tz=0, html="auto", brand="#2557a7",
    headers=_bulk("<jobalert.indeed.com>", "https://uk.indeed.com/unsubscribe?id=77"))

add(
    "other", "newsletter_handle_rejection_final_round", "en", "", "",
    ("The Career Brief", "newsletter@thecareerbrief.example.com"),
    "Rejected after the final round? Read this first",
    "02-22 13:00", """\
THE CAREER BRIEF · Issue #214

Rejected after the final round? Read this first

"Unfortunately, we've decided to move forward with another candidate." Few sentences sting more, especially after four rounds and a take-home.

This week we asked 300 hiring managers what they wish candidates did after a rejection. The top three answers:

1. Reply graciously within a day. Thank them, ask for one piece of feedback, and say you'd like to be considered for future roles.
2. Don't argue the decision. "I think you've made a mistake" has never once reversed an offer.
3. Stay in touch. 1 in 5 managers said they later hired a runner-up for another role.

ALSO THIS WEEK
- The "we'll keep your CV on file" myth, tested
- Interview invitations: how fast should you reply?
- Reader question: I missed an interview because of a train strike - what now?

Read online: https://thecareerbrief.example.com/issues/214

You're receiving this because you subscribed at thecareerbrief.example.com.
Unsubscribe: https://thecareerbrief.example.com/unsubscribe?u=lm77
""", tz=0, html="auto", brand="#7c3aed",
    headers=_bulk("<weekly.thecareerbrief.example.com>", "https://thecareerbrief.example.com/unsubscribe?u=lm77"))

add(
    "other", "newsletter_missed_interview_advice", "en", "", "",
    ("Hired Weekly", "hello@hiredweekly.example.org"),
    "You missed the interview. Now what?",
    "03-08 15:30", """\
Hi there,

It happens to more people than you'd think: the calendar invite was in the wrong time zone, the train stopped in a tunnel, the Teams link didn't work. However it happened, you missed the interview.

Here's the 3-step recovery our coaches recommend:

Step 1 - Write within the hour. Don't wait for them to chase you.
Step 2 - Own it. No elaborate excuses; a short, honest sentence is enough.
Step 3 - Make it easy to say yes. Offer two or three concrete times.

And if they've already moved on? Thank them anyway. Recruiters remember grace.

Next week: the thank-you note that got our reader an offer.

Hired Weekly · 55 Market Street, Suite 400, San Francisco, CA
Update your preferences or unsubscribe: https://hiredweekly.example.org/prefs
""", tz=-8,
    headers=_bulk("<newsletter.hiredweekly.example.org>", "https://hiredweekly.example.org/prefs"))

add(
    "other", "linkedin_inmail_recruiter_outreach", "en", "", "",
    ("Sarah Lindqvist via LinkedIn", "inmail-hit-reply@linkedin.com"),
    "Sarah sent you a message: Opportunities in Data",
    "02-25 10:44", """\
Sarah Lindqvist
Executive Recruiter at Northway Search

Hi Lea,

I came across your profile and was impressed by your background in operations analytics. I'm partnering with several scale-ups across Berlin and Amsterdam who are building out their data teams in 2026.

Would you be open to hearing about opportunities that might be a fit? No pressure at all - feel free to connect and we can stay in touch.

Best,
Sarah

View message: https://www.linkedin.com/messaging/thread/2-abc123
Reply to Sarah on LinkedIn. This message was sent as an InMail.
""", html="auto", brand="#0a66c2")

add(
    "other", "direct_recruiter_cold_email", "en", "", "dev@signalhire-partners.example.com",
    ("Dev Malhotra", "dev@signalhire-partners.example.com"),
    "Quick question",
    "03-05 08:59", """\
Hi Lea,

Hope you don't mind me reaching out out of the blue. I lead the analytics practice at Signal Partners and we're growing our network of data professionals in continental Europe.

Are you currently open to new roles, or happy where you are? Either way I'd love to add you to our talent pool so I can send relevant roles your way as they come up. If you have a moment, reply with your current salary expectations and preferred locations.

Best regards,
Dev Malhotra
Director, Analytics Practice | Signal Partners
+44 20 7946 0999 | www.signalhire-partners.example.com
""", tz=0)

add(
    "other", "podcast_guest_interview", "en", "", "maya@datadecoded.example.org",
    ("Maya Chen", "maya@datadecoded.example.org"),
    "Podcast interview? (Data Decoded)",
    "02-27 17:12", """\
Hi Léa,

I host Data Decoded, a small podcast about the people behind dashboards. A friend sent me your talk from PyData Berlin on last-mile logistics metrics and I loved it.

Would you be up for an interview on the show? It's a relaxed 45-minute conversation, recorded remotely, and we'd publish in April. I can work around your schedule - just let me know a couple of times that suit.

Thanks!
Maya
datadecoded.example.org
""", tz=-5)

add(
    "other", "journalist_press_interview", "en", "", "r.okonkwo@thedailyledger.example.com",
    ("Rosa Okonkwo", "r.okonkwo@thedailyledger.example.com"),
    "Interview request - job hunting in 2026 piece",
    "03-14 11:05", """\
Hello Léa,

I'm a reporter at The Daily Ledger working on a feature about how job seekers are using AI tools in their search, and your LinkedIn post about tracking applications in a spreadsheet caught my attention.

Would you be willing to be interviewed for the piece? It would be a 20-minute phone call, and I'm happy to quote you by first name only if you prefer. My deadline is next Friday.

Best wishes,
Rosa Okonkwo
Work & Careers Correspondent, The Daily Ledger
+44 20 7946 0123
""", tz=0)

add(
    "other", "user_research_interview_gift_card", "en", "", "",
    ("Kestrel Payments UX Research", "research-noreply@kestrelpay.example.com"),
    "Share your experience - 30 min interview, €50 voucher",
    "03-19 14:00", """\
Hi Lea,

You recently went through our hiring process, and we're trying to make it better for candidates.

We're inviting a small group of candidates to a 30-minute user research interview over video, where we'll ask about your experience applying, interviewing and communicating with us. As a thank-you, you'll receive a €50 voucher.

Pick a time here: https://research.kestrelpay.example.com/book/candidate-study

This study is run by our UX Research team and has no influence on any hiring decision.

Kestrel Payments UX Research
""", tz=-8, html="auto", brand="#3b82f6",
    headers={"Precedence": "bulk"})

add(
    "other", "candidate_experience_survey", "en", "", "",
    ("Kepler Freight", "no-reply@hire.lever.co"),
    "How did we do? 2-minute survey",
    "02-20 16:20", """\
Hi Lea,

Thank you for recently interviewing with Kepler Freight. We'd love to hear about your experience - whatever the outcome.

The survey takes about 2 minutes and your answers are anonymous:
https://survey.lever.co/s/kepler-candidate-nps?c=91f

Thanks for helping us improve,
The Kepler Freight Talent Team
""", tz=-5, html="auto", brand="#ff6a13")

add(
    "other", "friend_own_rejection", "en", "", "jess.w@example.net",
    ("Jess Walker", "jess.w@example.net"),
    "ugh",
    "03-01 21:47", """\
lea!! ok so remember the product job at that climbing app I was obsessed with? they rejected me. after FOUR rounds. the email literally said "we've decided to move forward with other candidates whose experience more closely matches our needs" which, sure, fine, whatever.

I'm eating ice cream about it. how's your search going?? did the Kestrel thing come through?

drinks thursday? I need to complain in person

J x
""", tz=0)

add(
    "other", "order_delayed", "en", "", "",
    ("Harbour & Home", "orders@harbourhome-shop.example.com"),
    "Unfortunately your order is delayed",
    "02-14 09:31", """\
Hi Léa,

Unfortunately your order #HH-448210 is delayed. Our courier has let us know that the parcel is held up at the regional depot due to high volumes.

New estimated delivery: Wednesday 18 February

Items: 1x Oak desk lamp, 1x Linen cushion cover (sage)

We're sorry for the wait. You don't need to do anything - we'll email you again when your parcel is out for delivery.

Harbour & Home Customer Care
""", tz=0, html="auto", brand="#334155")

add(
    "other", "gps_tracker_position_update", "en", "", "",
    ("TrackTag", "alerts@tracktag.example.com"),
    "New position reported for 'Bike'",
    "03-07 18:40", """\
Your tracker "Bike" reported a new position.

Position: 52.52003, 13.40495
Address (approx.): Alexanderplatz, 10178 Berlin
Accuracy: 12 m
Time: 07 Mar 2026, 19:39 CET
Battery: 64%

This is outside your safe zone "Home". Open the app to see the route: https://app.tracktag.example.com/devices/bike

You can change notification settings in the TrackTag app.
""")

add(
    "other", "credit_card_application_received", "en", "", "",
    ("Lumen Bank", "notifications@lumenbank.example.com"),
    "We've received your application",
    "02-12 12:12", """\
Dear Ms Martin,

Thank you for applying for the Lumen Everyday Credit Card.

We've received your application (reference LB-7741-2026) and we're reviewing it now. Most decisions are made within 2 working days; in some cases we may need additional documents to verify your identity or income.

You can track the status of your application in the Lumen app.

Kind regards,
Lumen Bank Customer Services

Lumen Bank plc is authorised by the Prudential Regulation Authority. Please do not reply to this email.
""", tz=0, html="auto", brand="#0e7490")

add(
    "other", "apartment_application_rejected", "en", "", "lettings@greenhillproperty.example.com",
    ("Greenhill Property Lettings", "lettings@greenhillproperty.example.com"),
    "Your application for 12B Fenwick Road",
    "03-03 15:55", """\
Dear Léa,

Thank you for viewing 12B Fenwick Road and for submitting a tenancy application.

Unfortunately the landlord has decided to proceed with another applicant for this property. We know the rental market is very competitive at the moment and we're sorry to bring disappointing news.

We have several similar flats coming up in the next month - let us know if you'd like us to book you in for viewings.

Kind regards,
Greenhill Property Lettings
""", tz=0)

add(
    "other", "university_admission_decision", "en", "", "",
    ("Graduate Admissions - Caldwell University", "admissions-noreply@caldwell.example.edu"),
    "Decision on your application: MSc Business Analytics (part-time)",
    "03-27 16:00", """\
Dear Léa Martin,

Thank you for your application to the MSc Business Analytics (part-time) programme at Caldwell University for entry in September 2026.

We regret to inform you that we are unable to offer you a place on this occasion. The number of applications far exceeded the places available.

You may wish to consider our Postgraduate Certificate in Data Analytics, which still has places for September entry.

Yours sincerely,
Graduate Admissions Office
Caldwell University
""", tz=0, html="auto", brand="#7f1d1d")

add(
    "other", "own_sent_thank_you", "en", "", "",
    (ME_NAME, ME),
    "Thank you - Product Analyst interview",
    "02-06 17:02", """\
Hi Maya,

Thank you for taking the time to speak with me today about the Product Analyst role. I really enjoyed hearing about how the pricing team is rebuilding its forecasting stack, and it made me even more excited about the position.

Please let me know if there's anything else you need from me.

Best regards,
Léa Martin
+33 6 12 34 56 78
""", to=("Maya Osei", "maya.osei@keplerfreight.example.com"))

add(
    "other", "own_sent_checking_in", "en", "", "",
    (ME_NAME, ME),
    "Re: Your application for Clinical Data Analyst (R-20418)",
    "02-03 09:20", """\
Hello,

I applied for the Clinical Data Analyst position (R-20418) last week and wanted to check whether there is an update on the process, or a recruiter I could contact directly.

Thank you in advance,
Léa Martin
""", to="careers@northmerehealth.example.org", reply=True)

add(
    "other", "recruiter_out_of_office", "en", "", "olivia.brook@harlowfinch.example.co.uk",
    ("Olivia Brook", "olivia.brook@harlowfinch.example.co.uk"),
    "Automatic reply: Castlegate - Data Engineer",
    "02-13 08:05", """\
Thank you for your email. I am out of the office until Monday 16th February with limited access to email.

For anything urgent please contact the Data & Analytics desk on +44 (0)20 7946 0300 or data@harlowfinch.example.co.uk.

Kind regards,
Olivia
""", tz=0, reply=True, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add(
    "other", "google_calendar_standup", "en", "", "",
    ("Google Calendar", "calendar-notification@google.com"),
    "Invitation: Volunteer data team standup @ Weekly from 09:30 to 09:45 on Monday (CET) (lea.martin@example.com)",
    "02-09 20:14", """\
You have been invited to the following event.

Volunteer data team standup
When: Weekly from 09:30 to 09:45 on Monday, Central European Time - Berlin
Calendar: lea.martin@example.com
Who: Noor Aziz (organizer), Léa Martin, Felix Hartmann, Ana Sousa

Join with Google Meet: https://meet.google.com/abc-defg-hij

Quick sync for the Open Food Map volunteer data team: blockers, who's reviewing what.

Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.
""", ics=ics("7kq2standup@google.com", "02-16 08:30", 15, "Volunteer data team standup",
        "noor.aziz@openfoodmap.example.org", description="Weekly sync. RRULE in organizer calendar."))

add(
    "other", "glassdoor_companies_hiring", "en", "", "",
    ("Glassdoor", "noreply@glassdoor.com"),
    "Companies hiring now for Data Analyst",
    "03-11 06:30", """\
Hi Lea, these companies are hiring for roles like yours

Meridian Rail · 3.9 ★ · 4 open jobs
Asset Data Engineer, Performance Analyst...
https://www.glassdoor.com/partner/jobListing.htm?jl=101

Stonebridge Architects · 4.4 ★ · 2 open jobs
https://www.glassdoor.com/partner/jobListing.htm?jl=102

Larkspur Analytics · 4.1 ★ · 6 open jobs
https://www.glassdoor.com/partner/jobListing.htm?jl=103

Salary insight: Data Analysts in Berlin earn €52,000-€68,000.

Unsubscribe from Jobs Recommendations · Glassdoor, Inc., 100 Shoreline Hwy, Mill Valley, CA 94941
""", tz=-8, html="auto", html_only=True, brand="#0caa41",
    headers=_bulk("<recs.glassdoor.com>", "https://www.glassdoor.com/unsubscribe?e=lm"))

add(
    "other", "meetup_mock_interview_night", "en", "", "",
    ("Meetup", "info@meetup.com"),
    "New event: Mock Interview Night - Women in Data Berlin",
    "02-26 12:00", """\
Women in Data Berlin just scheduled a new event

Mock Interview Night: practise your technical interviews
Thursday, March 12, 2026 · 7:00 PM CET
Factory Görlitzer Park, Lohmühlenstraße 65, Berlin

Pair up with a volunteer interviewer for a 30-minute mock SQL or case interview and get feedback. Bring a laptop!

RSVP: https://www.meetup.com/women-in-data-berlin/events/30012

You're receiving this because you're a member of Women in Data Berlin. Unsubscribe: https://www.meetup.com/account/comm/
""", html="auto", brand="#f65858",
    headers=_bulk("<women-in-data-berlin.meetup.com>", "https://www.meetup.com/account/comm/"))

add(
    "other", "linkedin_application_viewed", "en", "", "",
    ("LinkedIn", "jobs-noreply@linkedin.com"),
    "Your application was viewed by Ferncliff Labs",
    "02-06 13:27", """\
Your application was viewed

Senior Backend Engineer, Platform
Ferncliff Labs · Remote

Ferncliff Labs viewed your application. Applicants who follow up are more likely to hear back.

See similar jobs: https://www.linkedin.com/comm/jobs/collections/similar?job=4411

This email was intended for Léa Martin. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?t=av
""", tz=0, html="auto", html_only=True, brand="#0a66c2",
    headers=_bulk("<jobs.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe?t=av"))

add(
    "other", "agency_market_update_newsletter", "en", "", "",
    ("Harlow & Finch Recruitment", "marketing@harlowfinch.example.co.uk"),
    "Data & Analytics salary guide 2026 is here",
    "03-02 07:00", """\
DATA & ANALYTICS MARKET UPDATE - MARCH 2026

Our 2026 salary guide is out: data engineering salaries rose 6% year on year, while hiring for generalist analyst roles slowed. Interview processes are getting longer, with an average of 3.8 stages.

Top tips from our consultants:
- Expect a take-home for most mid-level roles
- Candidates who send a thank-you note within 24 hours are remembered
- Don't take a rejection personally: many roles are being paused mid-process

Download the guide: https://harlowfinch.example.co.uk/salary-guide-2026?utm_source=email

Harlow & Finch Recruitment Ltd, 1 Poultry, London EC2R 8EJ
You are receiving this as a registered candidate. Unsubscribe: https://harlowfinch.example.co.uk/unsubscribe
""", tz=0, html="auto", brand="#14532d",
    headers=_bulk("<candidates.harlowfinch.example.co.uk>", "https://harlowfinch.example.co.uk/unsubscribe"))

add(
    "other", "workday_verify_email", "en", "", "",
    ("Northmere Health", "northmerehealth@myworkday.com"),
    "Verify your email for your candidate account",
    "02-01 19:20", """\
Hello,

Please verify your email address to finish creating your candidate account at Northmere Health.

Verification code: 482 915

This code expires in 24 hours. If you did not request this, you can ignore this message.
""", tz=-5)

add(
    "other", "visa_appointment_rescheduled", "en", "", "",
    ("Visa Application Centre", "donotreply@vac-services.example.com"),
    "Your appointment has been rescheduled",
    "03-16 09:12", """\
Dear Applicant,

Due to operational reasons, your biometrics appointment at the Visa Application Centre Berlin has been rescheduled.

Reference: VAC-DE-2026-118842
Original: 19 March 2026, 10:15
New: 23 March 2026, 11:30

Please bring your passport and appointment confirmation. If the new time does not suit you, you may rebook once free of charge via the online portal.

This is an automated message. Please do not reply.
""")

add(
    "other", "dentist_missed_appointment", "en", "", "reception@smilebridge-dental.example.com",
    ("SmileBridge Dental Reception", "reception@smilebridge-dental.example.com"),
    "We missed you today",
    "03-10 12:45", """\
Dear Léa,

We missed you at your hygiene appointment today at 11:20 with Dr Novak.

Please note that missed appointments without 24 hours' notice may be charged at €35. To book a new appointment, reply to this email or call us on 030 1234 5678.

Kind regards,
SmileBridge Dental
""")

add(
    "other", "friend_forwarded_job_ad", "en", "", "tomasz.k@example.org",
    ("Tomasz Kowalski", "tomasz.k@example.org"),
    "Fwd: We're hiring: Senior Data Analyst",
    "03-15 20:30", """\
saw this in our company newsletter and immediately thought of you. the team is nice, I had lunch with the manager once. want me to refer you?

T.
""", quote=forwarded("Careers at Vireo Labs <careers@vireolabs.example.com>", "Fri, Mar 13, 2026 at 10:00 AM",
        "We're hiring: Senior Data Analyst", "all-staff@vireolabs.example.com",
        "We're hiring! Our Insights team is looking for a Senior Data Analyst (Berlin or remote).\nKnow someone great? Refer them through the internal portal and earn a referral bonus."))

add(
    "other", "linkedin_premium_offer", "en", "", "",
    ("LinkedIn Premium", "premium-noreply@linkedin.com"),
    "Léa, a special offer just for you: 50% off Premium Career",
    "03-21 10:00", """\
Stand out to recruiters

Get 50% off your first 2 months of Premium Career and see who's viewed your profile, message recruiters directly, and compare yourself to other applicants.

This offer expires on March 31.

Claim offer: https://www.linkedin.com/premium/products/?offer=career50

Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?t=prem
""", html="auto", html_only=True, brand="#915907",
    headers=_bulk("<premium.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe?t=prem"))

add(
    "other", "former_colleague_reference_request", "en", "", "ana.sousa@example.net",
    ("Ana Sousa", "ana.sousa@example.net"),
    "Would you be a reference?",
    "03-22 11:14", """\
Hi Léa,

Hope the search is treating you ok! I've made it to the final round for a BI lead role at a retailer in Lisbon, and they've asked for two references. Would you be willing to be one? They'd probably call you for 10-15 mins sometime next week.

Totally fine if not, I know you've got a lot on.

Beijinhos,
Ana
""", tz=0)

add(
    "other", "career_fair_invitation", "en", "", "",
    ("TechCareers Berlin", "events@techcareers-berlin.example.com"),
    "You're invited: Spring Tech Career Fair (free entry)",
    "03-04 09:00", """\
Hi Léa,

You're invited to the Spring Tech Career Fair on Saturday, 18 April 2026 at Station Berlin.

60+ employers, CV photo booth, and 15-minute speed interviews with hiring teams - bring printed CVs!

Register for your free ticket: https://techcareers-berlin.example.com/spring?src=em

See you there,
The TechCareers Berlin team

Unsubscribe · Privacy
""", html="auto", brand="#1e40af",
    headers=_bulk("<events.techcareers-berlin.example.com>", "https://techcareers-berlin.example.com/unsub"))

add(
    "other", "de_stepstone_jobagent", "de", "", "",
    ("StepStone Jobagent", "jobagent@stepstone.de"),
    "12 neue Jobs für „Data Analyst“ in Berlin",
    "02-11 06:45", """\
Hallo Léa,

Ihr Jobagent hat 12 neue Jobs für Sie gefunden:

Data Analyst (m/w/d) – Radwerk Mobility GmbH – Berlin
Teilweise Home-Office · Vor 1 Tag
https://www.stepstone.de/stellenangebote--Data-Analyst-Berlin--1101.html

Business Analyst Controlling (w/m/d) – Lindgrün Energie AG – Bremen
https://www.stepstone.de/stellenangebote--Business-Analyst--1102.html

Werkstudent Datenanalyse (m/w/d) – Klinikum Seewald – Lindau
https://www.stepstone.de/stellenangebote--Werkstudent--1103.html

Alle Jobs ansehen: https://www.stepstone.de/jobagent/8812

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Jobagent abbestellen: https://www.stepstone.de/jobagent/abmelden
StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
""", html="auto", html_only=True, brand="#0c2577",
    headers=_bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden"))

add(
    "other", "de_xing_newsletter_absagen", "de", "", "",
    ("XING Karriere-Tipps", "newsletter@mail.xing.com"),
    "So gehen Sie souverän mit Absagen um",
    "03-01 09:00", """\
Karriere-Tipps der Woche

So gehen Sie souverän mit Absagen um
„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz ist so frustrierend. Unsere Expertin erklärt, warum eine kurze, freundliche Antwort auf eine Absage Türen öffnen kann und wie Sie um konkretes Feedback bitten.

Vorstellungsgespräch verpasst? Das sollten Sie jetzt tun
Ein verpasster Termin ist kein Weltuntergang – wenn Sie schnell und ehrlich reagieren.

Gehaltsverhandlung: Die 5 häufigsten Fehler

Jetzt lesen: https://www.xing.com/news/karriere?utm_campaign=nl

Sie erhalten diesen Newsletter als XING-Mitglied. Abmelden: https://www.xing.com/settings/notifications
New Work SE · Am Strandkai 1 · 20457 Hamburg
""", html="auto", brand="#006567",
    headers=_bulk("<karriere.mail.xing.com>", "https://www.xing.com/settings/notifications"))

add(
    "other", "de_sendung_verzoegert", "de", "", "",
    ("Paketdienst Express", "benachrichtigung@paketexpress.example.de"),
    "Ihre Sendung verzögert sich leider",
    "03-05 13:22", """\
Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1234 5678 90.

Grund: hohes Sendungsaufkommen im Zustellstützpunkt Berlin-Friedrichshain.
Neuer voraussichtlicher Zustelltag: Samstag, 07.03.2026

Wir bitten um Entschuldigung. Sie müssen nichts weiter tun.

Ihr Paketdienst Express
Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
""", charset="iso-8859-1", cte="quoted-printable")

add(
    "other", "de_wohnung_absage", "de", "", "vermietung@spree-wohnen.example.de",
    ("Spree Wohnen Vermietung", "vermietung@spree-wohnen.example.de"),
    "Ihre Mietanfrage – Weserstraße 41, 2. OG links",
    "02-20 10:02", """\
Sehr geehrte Frau Martin,

vielen Dank für Ihr Interesse an der Wohnung in der Weserstraße 41 und Ihre vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir bedauern, Ihnen keine positive Nachricht geben zu können.

Gerne informieren wir Sie über weitere passende Angebote.

Mit freundlichen Grüßen
Ihr Team von Spree Wohnen
""")

add(
    "other", "de_freundin_eigene_absage", "de", "", "mia.schroeder@example.net",
    ("Mia Schröder", "mia.schroeder@example.net"),
    "Absage :(",
    "03-09 22:31", """\
Hey Léa,

ich hab heute ne Absage von dem Architekturbüro bekommen, wo ich letzte Woche das zweite Gespräch hatte. „Wir haben uns für eine Bewerberin entschieden, die besser zu unseren Anforderungen passt“ – bla bla. Voll ärgerlich, ich war mir echt sicher.

Wie läuft's bei dir? Hast du schon was von den Stadtwerken gehört?

Lass uns am Wochenende mal telefonieren!
Mia
""")

add(
    "other", "de_kreditantrag_eingegangen", "de", "", "",
    ("Nordbank Direkt", "service@nordbank-direkt.example.de"),
    "Ihr Kreditantrag ist bei uns eingegangen",
    "03-13 08:12", """\
Sehr geehrte Frau Martin,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 8.000 €. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft.

Vorgangsnummer: RK-2026-0031177

Sobald die Prüfung abgeschlossen ist, erhalten Sie von uns eine Nachricht in Ihrem Online-Postfach.

Mit freundlichen Grüßen
Ihre Nordbank Direkt

Dies ist eine automatisch versendete Nachricht. Antworten an diese Adresse werden nicht bearbeitet.
""", html="auto", brand="#003d7a")

add(
    "other", "de_headhunter_kaltakquise", "de", "", "f.wagner@talentkompass.example.de",
    ("Florian Wagner", "f.wagner@talentkompass.example.de"),
    "Ihr Profil auf XING",
    "03-17 10:37", """\
Guten Tag Frau Martin,

ich bin auf Ihr Profil auf XING aufmerksam geworden und finde Ihren Werdegang im Bereich Operations Analytics sehr spannend.

Als Personalberater begleite ich mittelständische Unternehmen in Norddeutschland bei der Besetzung von Schlüsselpositionen im Bereich Daten und Controlling. Aktuell habe ich keine konkrete Vakanz für Sie, würde Sie aber gern in mein Netzwerk aufnehmen.

Wären Sie grundsätzlich offen für einen Austausch, wenn etwas Passendes dabei ist? Dann freue ich mich über eine kurze Rückmeldung.

Beste Grüße
Florian Wagner
TalentKompass Personalberatung
""")

add(
    "other", "de_eigene_nachfrage", "de", "", "",
    (ME_NAME, ME),
    "Nachfrage zum Stand meiner Bewerbung – Medizincontroller/in",
    "02-12 09:03", """\
Sehr geehrte Damen und Herren,

am 14. Januar habe ich mich bei Ihnen als Medizincontroller/in beworben. Da ich seitdem nichts von Ihnen gehört habe, wollte ich mich freundlich nach dem Stand des Verfahrens erkundigen.

Über eine kurze Rückmeldung würde ich mich sehr freuen.

Mit freundlichen Grüßen
Léa Martin
""", to=("Personalabteilung Klinikum Seewald", "personal@klinikum-seewald.example.de"))

add(
    "other", "fr_wttj_offres_semaine", "fr", "", "",
    ("Welcome to the Jungle", "hello@welcometothejungle.com"),
    "Les offres de la semaine sélectionnées pour vous",
    "02-15 08:00", """\
Bonjour Léa,

Voici les offres qui correspondent à vos critères cette semaine :

Data Analyst – Petitcolis – Paris (télétravail partiel)
https://www.welcometothejungle.com/fr/companies/petitcolis/jobs/data-analyst

Product Analyst – Nébuleuse Data – Lyon
https://www.welcometothejungle.com/fr/companies/nebuleuse/jobs/product-analyst

Chargé(e) d'études – Crédit Fontaine – Nantes
https://www.welcometothejungle.com/fr/companies/credit-fontaine/jobs/charge-etudes

Et aussi dans le mag : « Entretien raté : comment rebondir ? » et « Refus après un entretien final : faut-il demander un feedback ? »

Vous recevez cet e-mail car vous avez activé les alertes. Se désinscrire : https://www.welcometothejungle.com/fr/me/settings/notifications
""", html="auto", html_only=True, brand="#ffcd00",
    headers=_bulk("<alertes.welcometothejungle.com>", "https://www.welcometothejungle.com/fr/me/settings/notifications"))

add(
    "other", "fr_indeed_alerte", "fr", "", "",
    ("Indeed", "alert@indeed.com"),
    "Nouvelles offres : analyste de données – Lyon",
    "03-10 06:20", """\
Nouvelles offres d'emploi pour vous

Analyste de données H/F – Groupe Hôtelier Laurentin – Lyon 2e
Candidature simplifiée
https://fr.indeed.com/rc/clk?jk=aa11&from=ja

Contrôleur de gestion H/F – Clinique des Tilleuls – Bordeaux
https://fr.indeed.com/rc/clk?jk=bb22&from=ja

Voir toutes les offres : https://fr.indeed.com/emplois?q=analyste+de+donn%C3%A9es&l=Lyon

Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner.
""", html="auto", brand="#2557a7", charset="windows-1252",
    headers=_bulk("<alerte.fr.indeed.com>", "https://fr.indeed.com/unsubscribe?id=12"))

add(
    "other", "fr_radio_interview", "fr", "", "j.morin@radio-rhone.example.fr",
    ("Julie Morin", "j.morin@radio-rhone.example.fr"),
    "Demande d'interview – émission « Le monde du travail »",
    "03-18 12:05", """\
Bonjour Léa,

Je suis journaliste à Radio Rhône et je prépare une émission sur la recherche d'emploi des jeunes cadres. Votre témoignage sur le forum de l'APEC m'a beaucoup intéressée.

Accepteriez-vous de répondre à une courte interview (une dizaine de minutes, par téléphone) la semaine prochaine ? Elle serait diffusée le 2 avril.

Merci d'avance et belle journée,
Julie Morin
Radio Rhône – rédaction
04 78 00 00 00
""")

add(
    "other", "fr_colis_retard", "fr", "", "",
    ("Colis Rapide", "suivi@colis-rapide.example.fr"),
    "Votre colis est en retard",
    "02-26 14:09", """\
Bonjour,

Malheureusement, la livraison de votre colis n° 6A12345678901 est retardée en raison d'un incident d'acheminement.

Nouvelle date de livraison estimée : lundi 2 mars 2026.

Nous vous prions de nous excuser pour la gêne occasionnée.

Le service client Colis Rapide
Ceci est un message automatique, merci de ne pas y répondre.
""", charset="windows-1252", cte="quoted-printable")

add(
    "other", "fr_master_admission", "fr", "", "",
    ("Scolarité – Université de Valmorin", "scolarite-noreply@univ-valmorin.example.fr"),
    "Décision concernant votre candidature en Master 2",
    "04-02 10:00", """\
Madame,

La commission pédagogique du Master 2 « Économétrie et science des données » a examiné votre dossier de candidature.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour l'année universitaire 2026-2027.

Vous pouvez consulter le détail de la décision sur votre espace candidat.

Le service de scolarité
Université de Valmorin
""", html="auto", brand="#1e3a8a")

add(
    "other", "fr_absence_bureau", "fr", "", "recrutement@laurentin-hotels.example.fr",
    ("Service Recrutement – Groupe Hôtelier Laurentin", "recrutement@laurentin-hotels.example.fr"),
    "Réponse automatique : Candidature – Responsable Revenue Management",
    "02-05 12:00", """\
Bonjour,

Je suis absente du bureau jusqu'au lundi 9 février inclus. Votre message sera traité à mon retour.

Pour toute urgence, vous pouvez contacter le standard au 04 72 00 00 00.

Cordialement,
Claire Dubois
""", reply=True, charset="iso-8859-1", headers={"Auto-Submitted": "auto-replied"})

add(
    "other", "es_infojobs_alerta", "es", "", "",
    ("InfoJobs", "alertas@infojobs.net"),
    "Tienes 9 ofertas nuevas de Analista de datos",
    "02-24 07:30", """\
¡Hola Léa!

Estas son las ofertas nuevas que encajan con tu alerta "Analista de datos - Madrid":

Analista de Riesgos - Banco Mirador - Madrid
Contrato indefinido · Jornada completa
https://www.infojobs.net/madrid/analista-riesgos/of-i12345

Data Analyst Junior - Pimentón Studio - Valencia
https://www.infojobs.net/valencia/data-analyst/of-i12346

Analista de Operaciones - Tostadero Norte - Bilbao
https://www.infojobs.net/bilbao/analista-operaciones/of-i12347

Ver todas las ofertas: https://www.infojobs.net/alertas/88

Recibes este correo porque tienes una alerta activa. Darte de baja: https://www.infojobs.net/baja
""", html="auto", html_only=True, brand="#167db7",
    headers=_bulk("<alertas.infojobs.net>", "https://www.infojobs.net/baja"))

add(
    "other", "es_newsletter_rechazo", "es", "", "",
    ("Empleo y Talento", "boletin@empleoytalento.example.es"),
    "Cómo superar un rechazo laboral (y qué responder)",
    "03-15 09:00", """\
BOLETÍN SEMANAL · Empleo y Talento

Cómo superar un rechazo laboral
"Lamentamos comunicarle que su candidatura no ha sido seleccionada." Si has recibido este mensaje, no estás sola. Te contamos cómo responder con elegancia y pedir feedback sin parecer insistente.

También esta semana:
· ¿Perdiste una entrevista? Cómo pedir una segunda oportunidad
· Las preguntas más frecuentes en entrevistas por competencias

Leer más: https://empleoytalento.example.es/boletin/112

Para darte de baja haz clic aquí: https://empleoytalento.example.es/baja
""", html="auto", brand="#9d174d",
    headers=_bulk("<boletin.empleoytalento.example.es>", "https://empleoytalento.example.es/baja"))

add(
    "other", "es_amigo_rechazo", "es", "", "diego.moreno@example.net",
    ("Diego Moreno", "diego.moreno@example.net"),
    "jajaja vaya semana",
    "03-20 23:10", """\
Léa!!

Nada, que al final me rechazaron en la entrevista de la consultora. Me dijeron que "buscaban un perfil más senior" después de tres rondas, tío. En fin, a otra cosa.

¿Y tú qué tal con lo del banco? Cuéntame que necesito buenas noticias jaja

Un abrazo,
Diego
""")

add(
    "other", "es_tarjeta_solicitud_recibida", "es", "", "",
    ("Banco Solana", "notificaciones@bancosolana.example.es"),
    "Hemos recibido tu solicitud de tarjeta de crédito",
    "02-28 11:11", """\
Hola Léa,

Hemos recibido tu solicitud de la Tarjeta Solana Oro. Estamos estudiando tu solicitud y te comunicaremos la decisión en un plazo máximo de 72 horas.

Número de solicitud: SOL-2026-554120

Gracias por confiar en Banco Solana.

Este correo ha sido enviado automáticamente. Por favor, no respondas.
""", charset="iso-8859-1", html="auto", brand="#f59e0b")

add(
    "other", "es_vuelo_reprogramado", "es", "", "",
    ("Aerolíneas Ibéricas", "noreply@aerolineas-ibericas.example.com"),
    "Cambio en tu reserva: tu vuelo ha sido reprogramado",
    "03-21 07:05", """\
Hola LÉA MARTIN,

Te informamos de que tu vuelo ha sido reprogramado por motivos operativos.

Reserva: K7Q2ZP
Vuelo AI 3412 Madrid (MAD) - Berlín (BER)
Horario anterior: 27/03/2026 07:10
Nuevo horario: 27/03/2026 09:45

Si el nuevo horario no te conviene, puedes cambiar tu vuelo sin coste o solicitar el reembolso en "Mis reservas".

Aerolíneas Ibéricas
""", html="auto", html_only=True, brand="#b91c1c")

add(
    "other", "es_entrevista_investigacion_usuarios", "es", "", "",
    ("Equipo de Research · BuscaEmpleo", "research@buscaempleo.example.com"),
    "¿Nos ayudas? Entrevista de 30 min sobre cómo buscas empleo",
    "03-26 10:00", """\
Hola Léa:

En BuscaEmpleo estamos rediseñando la forma de seguir tus candidaturas y nos encantaría conocer tu experiencia.

Te invitamos a una entrevista de investigación de 30 minutos por videollamada. No hay respuestas correctas o incorrectas: solo queremos entender cómo organizas tu búsqueda. Como agradecimiento, recibirás una tarjeta regalo de 30 €.

Elige un horario aquí: https://buscaempleo.example.com/research/agenda

¡Gracias!
El equipo de Research de BuscaEmpleo

Si no quieres recibir más invitaciones a estudios, date de baja aquí: https://buscaempleo.example.com/research/baja
""", html="auto", brand="#4338ca", headers={"Precedence": "bulk"})


if __name__ == "__main__":
    main()
