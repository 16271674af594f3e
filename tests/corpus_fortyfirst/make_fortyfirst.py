"""Writes the 41st labelled corpus: three months (and more) of Aisha Bello-Carter's inbox.

The messages are written by hand below as data (one entry per message: its label, headers and
body); this script only gives each one its MIME shape (plain, HTML-only, alternative, calendar
part, forwarded), its charset and transfer encoding, a reply chain in the quoting style of its
language, and its threading headers. Run it from anywhere: it rewrites every .eml under this
folder and labels.csv. It imports only the standard library; no classifier code.
"""

from __future__ import annotations

import csv
import html
import re
import shutil
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email import charset as email_charset
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

ROOT = Path(__file__).parent
ME = ("Aisha Bello-Carter", "aisha.bello@example.org")
SYSTEM = re.compile(r"no-?reply|do-?not-?reply|notifications?@|alerts?@|mailer|jobalerts|"
                    r"newsletters?@|notificaciones@|survey@|ne-pas-repondre|noreply|bounce|info@|digest|updates@|"
                    r"@(.+\.)?(myworkday|icims|indeed|greenhouse-mail|lever|ashbyhq|smartrecruiters|"
                    r"goodtime|personio|trac|successfactors|seek|naukri|stepstone|infojobs|linkedin|"
                    r"welcometothejungle|welcomekit|pinpointhq)\.", re.IGNORECASE)
TZ = {"en": 0, "fr": 1, "de": 1, "es": 1}

QP = email_charset.QP
B64 = email_charset.BASE64


@dataclass
class Mail:
    """One corpus message: its label and everything needed to write it."""

    kind: str
    scenario: str
    lang: str
    company: str
    sender: str
    subject: str
    body: str
    reply_to: str = ""
    contact: str | None = None  # None: derive from Reply-To / sender by the rule in README
    shape: str = "plain"  # plain | html | alt | ics | fwd
    charset: str = "utf-8"
    cte: str = ""  # "" 8bit/7bit, "qp", "b64"
    quote: str = ""  # text of the earlier message quoted under the new text
    quote_style: str = ""  # gmail | outlook | de | fr | es | iphone
    to: str = ""
    cc: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    ics: str = ""  # "REQUEST" or "CANCEL"
    ics_start: str = ""  # e.g. 20260312T140000Z
    ics_summary: str = ""
    html_body: str = ""  # hand-written HTML; else generated from body
    hours: int = 0  # offset of the send time within the day
    on: str = ""  # "2026-03-09" or "2026-03-09 14:20" (UTC) when the body names dates


def addr(text: str) -> tuple[str, str]:
    """('Name', 'a@b') from 'Name <a@b>' or a bare address."""
    name, address = parseaddr(text)
    return name, address


def derived_contact(mail: Mail) -> str:
    """Reply-To if human, else the human sender, else nobody; never the candidate."""
    for text in (mail.reply_to, mail.sender):
        if not text:
            continue
        address = addr(text)[1]
        if address and not SYSTEM.search(address) and address != ME[1]:
            return address
    return ""


def encode_name(text: str) -> str:
    """A From/To value with a non-ASCII display name as an RFC 2047 word."""
    name, address = addr(text)
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return formataddr((name, address), charset="utf-8")
    return formataddr((name, address))


def text_part(text: str, subtype: str, mail: Mail) -> MIMENonMultipart:
    """A text part in the message's charset and transfer encoding."""
    cs = email_charset.Charset(mail.charset)
    cs.body_encoding = {"qp": QP, "b64": B64}.get(mail.cte)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cs)
    return part


QUOTE_HEAD = {
    "gmail": "On {en_day}, {name} <{mail}> wrote:",
    "de": "Am {de_day} schrieb {name} <{mail}>:",
    "fr": "Le {fr_day}, {name} <{mail}> a écrit :",
    "es": "El {es_day}, {name} (<{mail}>) escribió:",
}
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct."]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct"]


def quoted(mail: Mail, when: datetime) -> str:
    """The earlier message (the candidate's, sent two days before) in the reply's style."""
    if not mail.quote:
        return ""
    before = when - timedelta(days=2, hours=3)
    name, address = ME
    style = mail.quote_style or {"en": "gmail"}.get(mail.lang, mail.lang)
    if style == "outlook":
        head = (f"________________________________\nFrom: {name} <{address}>\n"
                f"Sent: {before:%A, %d %B %Y %H:%M}\nTo: {addr(mail.sender)[0] or addr(mail.sender)[1]}\n"
                f"Subject: {mail.subject.removeprefix('RE: ').removeprefix('Re: ')}\n\n")
        return "\n\n" + head + mail.quote.strip() + "\n"
    head = QUOTE_HEAD[style if style in QUOTE_HEAD else "gmail"].format(
        en_day=f"{before:%a, %d %b %Y at %H:%M}",
        de_day=f"{before:%d.%m.%Y um %H:%M}",
        fr_day=f"{FR_DAYS[before.weekday()]} {before.day} {FR_MONTHS[before.month - 1]} "
               f"{before.year} à {before:%H:%M}",
        es_day=f"{ES_DAYS[before.weekday()]}, {before.day} {ES_MONTHS[before.month - 1]} "
               f"{before.year} a las {before:%H:%M}",
        name=name, mail=address)
    lines = "\n".join("> " + line if line else ">" for line in mail.quote.strip().splitlines())
    return f"\n\n{head}\n{lines}\n"


PRIVACY = {"en": "Privacy notice", "fr": "Politique de confidentialité", "de": "Datenschutz",
           "es": "Política de privacidad"}
UNSUBSCRIBE = {"en": "Unsubscribe", "fr": "Se désabonner", "de": "Abmelden", "es": "Darse de baja"}


def to_html(mail: Mail, text: str) -> str:
    """An email-client HTML rendering: table layout, inline styles, a logo and a tracked link."""
    if mail.html_body:
        return mail.html_body
    paras = "".join(
        f'<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;color:#333">'
        f"{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))
    domain = addr(mail.sender)[1].split("@")[-1]
    footer = (UNSUBSCRIBE if "List-Id" in mail.headers else PRIVACY)[mail.lang]
    return (
        f'<!DOCTYPE html><html><head><meta charset="{mail.charset}"></head><body style="margin:0">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f4f4f4"><tr><td align="center"><table width="600" '
        'style="background:#ffffff;padding:24px"><tr><td>'
        f'<img src="https://{domain}/assets/logo.png" alt="{html.escape(mail.company or domain)} logo" '
        f'width="120"></td></tr><tr><td>{paras}</td></tr><tr><td style="font-size:11px;color:#999">'
        f'<a href="https://click.{domain}/ls/click?upn=abc{len(text)}" style="color:#999">'
        f"{footer}</a></td></tr></table>"
        f'<img src="https://click.{domain}/o/{len(text)}.gif" width="1" height="1" alt="">'
        "</td></tr></table></body></html>")


def calendar(mail: Mail, uid: str) -> MIMEBase:
    """A text/calendar part (REQUEST or CANCEL) for the interview the mail is about."""
    organizer = addr(mail.reply_to or mail.sender)[1]
    start = datetime.strptime(mail.ics_start, "%Y%m%dT%H%M%SZ")
    end = start + timedelta(minutes=45)
    status = "CANCELLED" if mail.ics == "CANCEL" else "CONFIRMED"
    seq = "1" if mail.ics == "CANCEL" else "0"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", f"METHOD:{mail.ics}", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTAMP:{start - timedelta(days=4):%Y%m%dT%H%M%SZ}",
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{mail.ics_summary}", f"ORGANIZER;CN=Recruitment:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME[0]}:mailto:{ME[1]}",
        f"SEQUENCE:{seq}", f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR", ""]
    cs = email_charset.Charset("utf-8")
    cs.body_encoding = QP
    part = MIMENonMultipart("text", "calendar", method=mail.ics)
    part.set_payload("\r\n".join(lines), cs)
    return part


def build(number: int, mail: Mail, when: datetime) -> bytes:
    """The message's bytes, with its shape, encodings and threading headers."""
    domain = addr(mail.sender)[1].split("@")[-1] or "example.org"
    text = mail.body.strip() + "\n" + quoted(mail, when)
    if mail.shape == "html":
        root: MIMEBase = text_part(to_html(mail, text), "html", mail)
    elif mail.shape == "plain":
        root = text_part(text, "plain", mail)
    else:
        alt = MIMEMultipart("alternative", boundary=f"----=_Alt_{number:03d}_{mail.scenario}")
        alt.attach(text_part(text, "plain", mail))
        alt.attach(text_part(to_html(mail, text), "html", mail))
        root = alt
        if mail.shape == "ics":
            mixed = MIMEMultipart("mixed", boundary=f"----=_Mixed_{number:03d}_{mail.scenario}")
            mixed.attach(alt)
            mixed.attach(calendar(mail, f"{number:03d}-{mail.scenario}@{domain}"))
            root = mixed
    sender = mail.sender
    root["From"] = encode_name(sender)
    root["To"] = encode_name(mail.to) if mail.to else formataddr(ME)
    if mail.cc:
        root["Cc"] = encode_name(mail.cc)
    if mail.reply_to:
        root["Reply-To"] = encode_name(mail.reply_to)
    try:
        mail.subject.encode("ascii")
        root["Subject"] = mail.subject
    except UnicodeEncodeError:
        cs = "iso-8859-1" if mail.charset != "utf-8" else "utf-8"
        root["Subject"] = Header(mail.subject, cs, header_name="Subject")
    root["Date"] = format_datetime(when)
    root["Message-ID"] = f"<{number:03d}.{mail.scenario}.{when:%Y%m%d%H%M}@{domain}>"
    if mail.quote or mail.subject.lower().startswith(("re:", "aw:", "rv:", "re :")):
        earlier = f"<ab.{number:03d}.{(when - timedelta(days=2)):%Y%m%d}@example.org>"
        root["In-Reply-To"] = earlier
        root["References"] = f"<ab.app.{number:03d}@example.org> {earlier}"
    for name, value in mail.headers.items():
        root[name] = value
    return root.as_bytes()


STAGE_DAYS = {"application_received": 0, "interview_invitation": 13, "interview_reschedule_or_cancel": 17,
              "missed_interview_notice": 20, "rejection": 27, "offer": 31, "other": 0}


def sent_at(mail: Mail) -> datetime:
    """When the mail arrived: each employer's thread starts on its own day (Jan to Sep 2026) and
    moves through the stages in order, so the inbox reads as one search over time."""
    if mail.on:
        fmt = "%Y-%m-%d %H:%M" if " " in mail.on else "%Y-%m-%d"
        day = datetime.strptime(mail.on, fmt).replace(tzinfo=UTC)
        if " " not in mail.on:
            day += timedelta(hours=7 + zlib.crc32(mail.scenario.encode()) % 10,
                             minutes=zlib.crc32(mail.subject.encode()) % 60)
        return day.astimezone(local_zone(mail, day))
    key = mail.company if mail.kind != "other" else mail.scenario
    start = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
    day = start + timedelta(days=zlib.crc32(key.encode()) % 250 + STAGE_DAYS[mail.kind],
                            hours=mail.hours or 1 + zlib.crc32(mail.scenario.encode()) % 11,
                            minutes=zlib.crc32(mail.subject.encode()) % 60)
    if day.weekday() >= 5 and mail.kind != "other":
        day += timedelta(days=7 - day.weekday())
    return day.astimezone(local_zone(mail, day))


ZONE_BY_DOMAIN = {".com.au": 10.0, ".mx": -6.0, ".com.ar": -3.0, ".in": 5.5, ".ca": -4.0, ".ng": 1.0, "clinicaandina.example.co": -5.0,
                  "tesserabio.example.com": -4.0}


def local_zone(mail: Mail, day: datetime) -> timezone:
    """The sender's UTC offset: by its country where the domain tells, else UK or central
    Europe with summer time from April to October."""
    domain = addr(mail.sender)[1].lower()
    for suffix, hours in ZONE_BY_DOMAIN.items():
        if domain.endswith(suffix):
            return timezone(timedelta(hours=hours))
    return timezone(timedelta(hours=TZ.get(mail.lang, 0) + (1 if 4 <= day.month <= 10 else 0)))


def write_all(mails: list[Mail]) -> None:
    """Rewrite every kind folder and labels.csv from the data, numbered in order of arrival."""
    for folder in ROOT.iterdir():
        if folder.is_dir() and not folder.name.startswith(("_", ".")):
            shutil.rmtree(folder)
    rows = []
    for number, (when, mail) in enumerate(sorted(((sent_at(m), m) for m in mails),
                                                 key=lambda pair: pair[0]), 1):
        rel = f"{mail.kind}/{number:03d}_{mail.scenario}.eml"
        (ROOT / mail.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(number, mail, when))
        contact = derived_contact(mail) if mail.contact is None else mail.contact
        company = "" if mail.kind == "other" else mail.company
        rows.append([rel, mail.kind, company, contact, mail.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))


M = Mail
NHS_FOOTER = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
              "If you have received it in error please notify the sender and delete it. "
              "NHS e-mail may be monitored in accordance with Trust policy.")

REJECTIONS = [
    M("rejection", "trac_shortlisting", "en", "Leeds Teaching Hospitals NHS Trust",
      "Leeds Teaching Hospitals NHS Trust <noreply@trac.jobs>",
      "Application for Clinical Informatics Nurse - 219-C-2026-0193",
      """Dear Aisha Bello-Carter

Job reference: 219-C-2026-0193
Job title: Clinical Informatics Nurse (Band 6)

Thank you for your interest in the above post. We regret to inform you that on this occasion your application has not been shortlisted for interview.

Shortlisting is carried out against the criteria in the Person Specification. If you would like feedback, please contact the recruiting manager directly, details are in the advert.

We wish you every success in the future.

Kind regards
Recruitment Team
Leeds Teaching Hospitals NHS Trust

Please do not reply to this email as this mailbox is not monitored.""", hours=15),
    M("rejection", "after_panel_blunt", "en", "Harbourline Health",
      "Tom Keane <tom.keane@harbourline.example.com>", "Re: panel tuesday",
      """Hi Aisha,

Thanks for coming in on Tuesday. We've gone with another candidate for the analyst role, someone with more hands-on SQL. Not the news you wanted, sorry.

Tom

Sent from my iPhone""", quote="""Hi Tom, thanks again for the panel today, really enjoyed meeting the team. Aisha""",
      quote_style="gmail"),
    M("rejection", "soft_closer_alignment", "en", "Brightwell Analytics",
      "Brightwell Analytics <careers@brightwell.example.com>", "Update",
      """Hi Aisha,

Thank you for taking the time to apply for the Health Data Analyst position at Brightwell Analytics and for your patience while we reviewed applications.

After careful consideration, we've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time. This was not an easy decision - we received a lot of strong applications.

We'll keep your details on file and may be in touch if something suitable comes up.

Best wishes,
The Brightwell Talent Team""", shape="alt", cte="qp", on="2026-02-16"),
    M("rejection", "greenhouse_template", "en", "Carewave",
      "Carewave Hiring Team <no-reply@us.greenhouse-mail.io>", "Your application to Carewave",
      """Hi Aisha,

Thanks so much for your interest in the Clinical Product Specialist role at Carewave and for the time you invested in the process.

Unfortunately, we won't be moving forward with your application. We know this isn't the update you were hoping for. Given the volume of applicants we aren't able to share individual feedback.

We'd encourage you to keep an eye on our careers page.

Cheers,
Carewave Recruiting""", shape="html", hours=22),
    M("rejection", "civil_service_sift", "en", "Department of Health and Social Care",
      "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
      "Civil Service Jobs - Application update: 384122",
      """Dear Aisha,

Thank you for applying for Senior Policy Adviser - Data and Digital (384122) with the Department of Health and Social Care.

Your application was assessed at the sift stage against the behaviours and experience set out in the advert. Unfortunately you did not meet the required standard on this occasion and we will not be progressing your application any further.

Your scores:
 Experience statement: 3
 Behaviour - Communicating and Influencing: 4
Pass mark: 4 in each element

Please log in to your account to view further details.

Civil Service Jobs
Do not reply to this email""", charset="iso-8859-1", cte="qp", on="2026-03-02"),
    M("rejection", "one_liner", "en", "Pellucid Labs",
      "Jo Marsh <jo@pellucidlabs.example.net>", "Re: Quick question",
      "Thanks for your time, but we won't be moving forward. Best of luck with the search.\n\nJo",
      quote="Hi Jo - just checking whether there is any news on the data analyst role? Thanks, Aisha"),
    M("rejection", "british_shant_progress", "en", "Marlow & Finch",
      "Rachel Oduya <r.oduya@marlowfinch.example.co.uk>", "Health Economics Analyst",
      """Dear Aisha

Many thanks for attending the assessment centre last week, and for the effort you put into the case study.

I'm sorry to say that we shan't be progressing your application to the final stage. The panel felt that, whilst your clinical background was evident, other candidates demonstrated stronger quantitative modelling experience.

Should you wish to discuss, I'd be happy to arrange a short call.

Kind regards,
Rachel

Rachel Oduya | Talent Acquisition Partner
Marlow & Finch Consulting LLP | 30 Fleet Lane, London EC4A 2BB
T: +44 (0)20 7946 0321

Marlow & Finch Consulting LLP is a limited liability partnership registered in England and Wales (OC398112).""",
      charset="windows-1252", cte="qp", on="2026-02-27"),
    M("rejection", "role_on_hold", "en", "Northfold Integrated Care Board",
      "Priya Shah <priya.shah3@northfold-icb.example.nhs.uk>", "Business Intelligence Lead - update",
      """Hi Aisha,

I wanted to let you know personally that following the recent restructure announcement the Business Intelligence Lead post has been put on hold, and we will not be proceeding with the recruitment at this time. I realise you had prepared for the interview and I'm very sorry for the late notice.

If the post is re-advertised I would encourage you to apply again.

Best wishes
Priya

Priya Shah
Head of Analytics
NHS Northfold Integrated Care Board

""" + NHS_FOOTER),
    M("rejection", "workday_after_interview", "en", "Halden Pharma",
      "Halden Pharma <haldenpharma@myworkday.com>", "Regarding your application for Medical Information Associate",
      """Dear Aisha,

Thank you for your interest in Halden Pharma and for taking the time to interview with our team for the position of Medical Information Associate (R-0042871).

We have now completed our interviews and, after careful consideration, have decided to move forward with another candidate whose experience better matches our current requirements.

We appreciate your interest in Halden Pharma and encourage you to apply for future openings that match your skills and experience.

Sincerely,

Halden Pharma Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.""", shape="html"),
    M("rejection", "agency_relay_client", "en", "Southmere University Hospitals",
      "Dan Whitcombe <dan.whitcombe@peakstaffing.example.co.uk>", "RE: Southmere - Digital Nurse Specialist",
      """Hi Aisha!!

Just heard back from Southmere - unfortunately they've decided not to take you forward this time :( They said the interview was really positive but they went with someone who's already done an EPR go-live. Gutted for you!

Don't worry though, I've got a couple of other informatics roles coming in next week that I think will be PERFECT, will give you a bell Monday!!

Dan

Dan Whitcombe
Senior Consultant - Health & Digital
Peak Staffing Partners
M: 07700 900412""", quote="""Hi Dan, any news from Southmere? Thanks, Aisha""", quote_style="outlook"),
    M("rejection", "indian_regret", "en", "MedSetu Health Technologies",
      "HR MedSetu <hr@medsetu.example.in>", "Status of your candidature",
      """Dear Aisha,

Greetings from MedSetu!

This is with reference to your candidature for the position of Clinical Data Analyst at our Bangalore office. We regret to inform you that your profile has not been shortlisted for the further rounds as the position requires a candidate who is immediately available to relocate.

We will retain your CV in our database and do revert in case of any suitable opening.

Thanks & Regards,
Kavitha R.
Talent Acquisition | MedSetu Health Technologies Pvt. Ltd.
+91 80 4000 1234"""),
    M("rejection", "after_sql_test", "en", "Ledgerleaf Insurance",
      "Ledgerleaf Careers <careers@ledgerleaf.example.com>", "Your SQL assessment",
      """Dear Aisha,

Thank you for completing the SQL and Excel assessment for the Claims Data Analyst position.

We've now reviewed all submissions. Although your submission showed good understanding in several areas, it didn't reach the threshold needed for us to invite you to interview, so we won't be taking your application further.

Thanks again for the effort you put in.

Ledgerleaf Insurance - Recruitment
Ledgerleaf Insurance plc is authorised by the Prudential Regulation Authority.""", reply_to="Hannah Greaves <hannah.greaves@ledgerleaf.example.com>",
      shape="alt"),
    M("rejection", "aus_position_filled", "en", "St Brigid's Health Melbourne",
      "Recruitment - St Brigid's <recruitment@stbrigids.example.com.au>", "Clinical Informatics Specialist - outcome",
      """Hi Aisha,

Thanks heaps for your application for the Clinical Informatics Specialist role. Just letting you know that the position has now been filled, so we won't be progressing your application.

We really appreciate the interest and encourage you to keep an eye on our careers page - we've got a few digital health roles coming up later in the year.

Cheers,
Megan
People & Culture | St Brigid's Health Melbourne"""),
    M("rejection", "nigerian_healthtech", "en", "Ayoola Health",
      "Chinedu Okafor <chinedu@ayoolahealth.example.ng>", "Re: Product Analyst application",
      """Dear Aisha,

Good afternoon and trust you are doing well.

Thank you very much for your time during the interview last week. After due consideration, the team has decided not to proceed with your application at this point. Please don't be discouraged, your nursing background was very much appreciated and we will reach out should a more suitable opening arise.

Warm regards,
Chinedu Okafor
People Operations, Ayoola Health
Lagos | +234 803 000 1122""", quote="""Dear Chinedu, thank you for the opportunity to interview. Kind regards, Aisha""",
      quote_style="gmail"),
    M("rejection", "university_after_presentation", "en", "University of Calder",
      "University of Calder <recruitment@calder.example.ac.uk>", "Research Data Officer (REF 04112)",
      """Dear Ms Bello-Carter,

Research Data Officer, School of Health Sciences (Ref: 04112)

Thank you for attending the interview and presentation for the above post. The panel was impressed with the standard of candidates, and I am sorry to tell you that on this occasion you have not been successful.

If you would like feedback on your interview, please contact the chair of the panel, Dr Fiona McRae (f.mcrae@calder.example.ac.uk).

Thank you for your interest in working at the University of Calder.

Yours sincerely

HR Services""", charset="iso-8859-1"),
    M("rejection", "lever_role_cancelled", "en", "Fernhall",
      "Fernhall <no-reply@hire.lever.co>", "Update on your Fernhall application",
      """Hi Aisha,

We wanted to let you know that we've made the decision to close the Clinical Safety Officer position for now due to a change in priorities. That means we won't be continuing with your application.

We really appreciate your interest in Fernhall, and we're sorry we couldn't bring this to a different conclusion.

Best,
Fernhall Talent""", shape="alt", cte="b64"),
    M("rejection", "irish_hse_style", "en", "Cork Regional Hospital Group",
      "Siobhán Ní Bhriain <siobhan.nibhriain@corkrhg.example.ie>", "Campaign CRH-DA-26: outcome",
      """Dear Aisha,

I refer to the recent competition for the post of Data Analyst, Grade VII.

I regret to advise that, following the interview process, you were not successful on this occasion. The interview board has placed the successful candidates on a panel from which posts will be filled.

Thank you for your interest and I wish you every success in your future career.

Is mise le meas,
Siobhán Ní Bhriain
Recruitment Officer, Cork Regional Hospital Group"""),
    M("rejection", "smartrecruiters_short", "en", "Vantora Pharmacy",
      "Vantora Pharmacy <jobs-noreply@smartrecruiters.com>", "Vantora Pharmacy - your application",
      """Hi Aisha,

Thank you for applying to Pharmacy Data Coordinator. Unfortunately we have decided not to proceed with your candidacy. We wish you luck in your job search.

Regards,
Vantora Pharmacy Recruitment Team""", shape="html"),
    M("rejection", "charity_after_takehome", "en", "Kindred Hospice Trust",
      "Sam Ellery <sam.ellery@kindredhospice.example.org.uk>", "Thanks for the data task",
      """Hi Aisha

Thanks so much for doing the data exercise - we know it takes a chunk of an evening and we're grateful. I'm afraid we've decided not to invite you to the next stage; the panel scored a couple of other submissions higher on the dashboard design part.

Happy to send over some notes if helpful. Hope something great comes along soon.

Sam

Sam Ellery (she/her)
Impact & Insight Manager
Kindred Hospice Trust | Registered charity no. 1123456""", on="2026-03-20"),
    M("rejection", "canada_toronto", "en", "Lakeshore Digital Health",
      "Marc Tremblay <mtremblay@lakeshoredh.example.ca>", "Clinical Analyst, Toronto",
      """Hi Aisha,

Thanks again for chatting with us last week. I'm reaching out to let you know we've decided to move ahead with a candidate who already holds Ontario registration, which ended up being important for the role.

It was a pleasure to connect and I'd be happy to stay in touch.

All the best,
Marc"""),
    # French
    M("rejection", "fr_candidature_non_retenue", "fr", "Clinique des Tilleuls",
      "Service Recrutement <recrutement@clinique-tilleuls.example.fr>",
      "Votre candidature au poste de Chargée de données de santé",
      """Madame,

Nous avons bien étudié votre candidature au poste de Chargée de données de santé et vous remercions de l'intérêt que vous portez à notre établissement.

Nous sommes toutefois au regret de vous informer que votre profil ne correspond pas entièrement à nos besoins actuels et que nous ne pouvons donner une suite favorable à votre demande.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité se présentait.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Hélène Marchand
Responsable des ressources humaines
Clinique des Tilleuls""", charset="iso-8859-1", cte="qp", contact="recrutement@clinique-tilleuls.example.fr"),
    M("rejection", "fr_casual_after_call", "fr", "Dokto",
      "Julien de Dokto <julien@dokto.example.fr>", "Re: Entretien Product Analyst",
      """Hello Aisha,

Merci encore pour ton temps mardi, c'était un échange super intéressant. On a finalement décidé de poursuivre avec un autre profil, plus orienté produit B2B. Désolé de ne pas avoir de meilleure nouvelle !

Je te souhaite plein de réussite pour la suite.

Julien""", quote="""Bonjour Julien, merci pour l'échange de tout à l'heure. Bonne journée, Aisha""",
      shape="alt"),
    M("rejection", "fr_poste_pourvu", "fr", "Groupe Hospitalier Saint-Roch",
      "GH Saint-Roch <ne-pas-repondre@gh-saintroch.example.fr>", "Suite à votre candidature",
      """Bonjour Madame Bello-Carter,

Nous vous informons que le poste d'Infirmière coordinatrice - systèmes d'information, auquel vous avez postulé, est désormais pourvu.

Nous vous remercions pour votre démarche et vous souhaitons une bonne continuation.

La Direction des Ressources Humaines
Groupe Hospitalier Saint-Roch

Ce message est généré automatiquement, merci de ne pas y répondre.""", shape="html"),
    M("rejection", "fr_cabinet_relay", "fr", "Talentis Santé",
      "Claire Baudin <c.baudin@talentis-sante.example.fr>", "Point sur votre candidature",
      """Bonjour Aisha,

Je reviens vers vous concernant le poste de Chef de projet e-santé chez notre client, un laboratoire pharmaceutique basé à Lyon. Après avoir échangé avec eux, ils ont choisi de ne pas poursuivre avec votre candidature, le poste nécessitant une expérience significative en affaires réglementaires.

Je reste à votre disposition et je garde votre profil en tête pour d'autres missions.

Bien cordialement,

Claire Baudin
Consultante senior | Talentis Santé
06 12 34 56 78"""),
    # German
    M("rejection", "de_absage_formal", "de", "Klinikum Lindenau",
      "Klinikum Lindenau Personalabteilung <bewerbung@klinikum-lindenau.example.de>",
      "Ihre Bewerbung als Referentin Medizincontrolling",
      """Sehr geehrte Frau Bello-Carter,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Haus.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Sabine Krüger
Personalabteilung
Klinikum Lindenau gGmbH""", charset="iso-8859-1", cte="qp"),
    M("rejection", "de_startup_du", "de", "Medlytics",
      "Lena von Medlytics <lena.weber@medlytics.example.de>", "AW: Data Analyst (m/w/d)",
      """Hi Aisha,

danke dir nochmal für das nette Gespräch letzte Woche! Wir haben uns nach langem Hin und Her für eine andere Kandidatin entschieden, die schon Erfahrung mit FHIR mitbringt. Tut mir echt leid.

Ich wünsche dir ganz viel Erfolg!

Viele Grüße
Lena""", quote="""Hallo Lena, gibt es schon Neuigkeiten? Liebe Grüße, Aisha""", quote_style="de"),
    M("rejection", "de_successfactors", "de", "Varenta Versicherung",
      "Varenta Versicherung <noreply@successfactors.eu>", "Ihre Bewerbung - Stellen-ID 18832",
      """Sehr geehrte Frau Bello-Carter,

herzlichen Dank für Ihr Interesse an der Position "Analyst Gesundheitsleistungen" (Stellen-ID 18832).

Leider müssen wir Ihnen mitteilen, dass die Stelle zwischenzeitlich anderweitig besetzt wurde.

Wir wünschen Ihnen für die Zukunft alles Gute.

Ihr Recruiting-Team der Varenta Versicherung AG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
      shape="html", cte="b64"),
    # Spanish
    M("rejection", "es_formal", "es", "Hospital Universitario del Sur",
      "Selección HUS <seleccion@husur.example.es>", "Proceso de selección - Analista de Datos Clínicos",
      """Estimada Aisha:

Le agradecemos sinceramente su interés en formar parte del Hospital Universitario del Sur y el tiempo dedicado al proceso de selección.

Lamentamos comunicarle que, tras valorar todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan más a los requisitos del puesto.

Guardaremos su currículum para futuras vacantes.

Atentamente,
Departamento de Selección
Hospital Universitario del Sur""", charset="iso-8859-1", cte="qp"),
    M("rejection", "es_casual", "es", "Saluda",
      "Marta Ríos <marta@saluda.example.es>", "Re: Entrevista",
      """Hola Aisha,

Muchas gracias por tu tiempo el jueves. Al final nos hemos decidido por otra persona con más experiencia en Tableau, así que no vamos a seguir adelante contigo esta vez. ¡Mucha suerte!

Un abrazo,
Marta

Enviado desde mi iPhone""", quote="""Hola Marta, gracias por la entrevista de hoy. Saludos, Aisha""", quote_style="es"),
]
REJECTIONS.append(
    M("rejection", "es_latam_vacante_cancelada", "es", "Clínica Andina",
      "Valentina Pardo <vpardo@clinicaandina.example.co>", "Actualización sobre la vacante",
      """Hola Aisha, buenas tardes.

Te escribo para contarte que la vacante de Coordinadora de Informática Clínica fue cancelada por un cambio de presupuesto, por lo que no continuaremos con el proceso. Lamento mucho el inconveniente, sé que ya habías hecho la prueba técnica.

Quedo atenta por si más adelante se vuelve a abrir.

Saludos cordiales,
Valentina Pardo
Talento Humano | Clínica Andina
+57 601 555 0199"""))

INVITATIONS = [
    M("interview_invitation", "calendly_phone_screen", "en", "Quillon Health",
      "Ben Adeyemi <ben.adeyemi@quillonhealth.example.com>", "Quillon // quick chat?",
      """Hi Aisha,

Thanks for applying for the Clinical Data Analyst role - your NHS background caught my eye. Would you be free for a quick 20-min phone screen this week or next? Just grab whatever works here:

https://calendly.com/ben-quillon/20min

Speak soon,
Ben
Talent Partner, Quillon Health""", on="2026-03-30"),
    M("interview_invitation", "nhs_trac_invite", "en", "Bristol Riverside NHS Foundation Trust",
      "Bristol Riverside NHS Foundation Trust <noreply@trac.jobs>",
      "Invitation to interview - Digital Clinical Safety Nurse - 322-DIG-1187",
      """Dear Aisha Bello-Carter,

We are pleased to inform you that you have been shortlisted for interview for the post of Digital Clinical Safety Nurse (Band 7), reference 322-DIG-1187.

Please log in to your Trac account to book an interview slot. Slots are allocated on a first come, first served basis.

Interview date: Thursday 12 March 2026
Location: Microsoft Teams
Format: values-based interview (45 minutes) with a 10-minute presentation

Presentation topic: "How would you embed clinical safety standards DCB0129/0160 in a new digital project?"

If you have any queries please contact the recruiting manager, Gareth Lewis, on gareth.lewis@bristolriverside.example.nhs.uk.

Recruitment Team""", contact="gareth.lewis@bristolriverside.example.nhs.uk", shape="alt", hours=10, on="2026-02-27"),
    M("interview_invitation", "next_round_panel", "en", "Orchard Digital Health",
      "Naomi Fisher <naomi@orcharddh.example.com>", "Next steps!",
      """Hey Aisha,

Great news - the team loved your screen with Raj and we'd love to move you to the next stage! It's a 60 min panel with our Head of Clinical, a data engineer and me. We'll ask you to walk us through a dashboard you've built (10 mins, no slides needed).

Could you let me know a few times that work Tues-Thurs next week?

Naomi"""),
    M("interview_invitation", "ics_teams_invite", "en", "Westcombe Borough Council",
      "Leanne Poole <leanne.poole@westcombe.example.gov.uk>", "Interview - Public Health Intelligence Analyst",
      """Dear Aisha,

Further to your application for the Public Health Intelligence Analyst post (ref WBC-0417), I am pleased to invite you to interview.

Date: Wednesday 15 April 2026
Time: 10:30
Format: Microsoft Teams - the meeting invitation is attached
Panel: Dr Ian Morley (Consultant in Public Health), Leanne Poole (Team Manager)

The interview will include a short Excel exercise which will be shared on screen. Please reply to confirm your attendance.

Kind regards

Leanne Poole
Team Manager, Public Health Intelligence
Westcombe Borough Council
Tel: 01632 960 118""", shape="ics", ics="REQUEST", ics_start="20260415T093000Z",
      ics_summary="Interview: Public Health Intelligence Analyst - Aisha Bello-Carter", on="2026-04-01"),
    M("interview_invitation", "agency_excited", "en", "Kingsway Medical Group",
      "Jess Barton <jess@clearpathtalent.example.co.uk>", "INTERVIEW!!! Kingsway",
      """Aisha!!

Amazing news - Kingsway Medical Group want to meet you!!! They loved your CV and want to do a first stage Teams interview with the Practice Manager and Clinical Lead.

They've offered Thursday 2pm or Friday 10am - which is better for you? Let me know ASAP and I'll lock it in!!

Call me if you want to prep, I've got loads of tips on what they'll ask :)

Jess
ClearPath Talent | 0161 496 0822""", on="2026-07-06"),
    M("interview_invitation", "goodtime_self_schedule", "en", "Nimbus Care",
      "Nimbus Care Recruiting <scheduling@goodtime.io>", "Schedule your interview with Nimbus Care",
      """Hi Aisha,

You're invited to schedule your Technical Interview (SQL) for the Health Data Analyst role at Nimbus Care.

Duration: 60 minutes
Interviewers: Priyanka Iyer, Daniel Cho

Select a time: https://app.goodtime.io/s/k3Jx9aLq

If none of the times work, reply to this email and your coordinator will help.

Nimbus Care Recruiting Coordination""", reply_to="Emily Frost <emily.frost@nimbuscare.example.com>",
      shape="html"),
    M("interview_invitation", "greenhouse_onsite", "en", "Tessera Bio",
      "Tessera Bio <no-reply@us.greenhouse-mail.io>", "Invitation: Onsite interview with Tessera Bio",
      """Hi Aisha,

Thanks for your time so far! We'd like to invite you to a final onsite interview at our Boston office (Kendall Square) for the Clinical Data Manager role.

The day runs about 3 hours: a case exercise, a conversation with the VP of Clinical Operations, and lunch with the team.

Please use the link below to share your availability for the week of May 18:
https://app.greenhouse.io/availability/9d8c77aa

Tessera Bio Recruiting""", reply_to="Carla Mendes <carla.mendes@tesserabio.example.com>", shape="alt", on="2026-05-06"),
    M("interview_invitation", "hiring_mgr_mobile", "en", "Aldous Pharmacy",
      "Vikram Patel <vikram@aldouspharmacy.example.co.uk>", "Re: Operations Data Lead",
      """Hi Aisha - liked your CV. Can you do a call tmrw at 11 or Fri after 2? 30 mins, informal.
V

Sent from my iPhone""", quote="""Dear Vikram, please find attached my CV for the Operations Data Lead role. Best, Aisha"""),
    M("interview_invitation", "assessment_centre", "en", "UK Health Analytics Agency",
      "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>", "Civil Service Jobs - Invite to assessment: 391004",
      """Dear Aisha,

Congratulations, you have been successful at the sift stage for Data Analyst (HEO) - 391004 with the UK Health Analytics Agency.

You are invited to attend an assessment centre consisting of a strengths-based interview, a behaviour-based interview and a data analysis exercise.

Please log in to your Civil Service Jobs account to book your slot before 23:55 on 20 May 2026.

Assessments will be held via Microsoft Teams.

If you require any reasonable adjustments please contact the vacancy holder: analyticsrecruitment@ukhaa.example.gov.uk

Civil Service Jobs
Do not reply to this email""", contact="analyticsrecruitment@ukhaa.example.gov.uk", charset="iso-8859-1", on="2026-05-08"),
    M("interview_invitation", "indian_telephonic", "en", "CuraNext",
      "Ananya Krishnan <ananya.k@curanext.example.in>", "Telephonic interview - Clinical Analyst - CuraNext",
      """Dear Aisha,

Greetings of the day!

Your profile has been shortlisted for the Clinical Analyst (Remote - UK shift) position. We would like to schedule a telephonic interview with our Delivery Head on Monday, 8th June at 3:30 PM IST (11:00 AM UK).

Kindly confirm your availability and share your updated CV along with current CTC and notice period at the earliest.

Do revert for any queries.

Thanks & Regards,
Ananya Krishnan
Sr. Executive - Talent Acquisition
CuraNext Solutions
+91 98450 12345""", on="2026-06-03"),
    M("interview_invitation", "australian_hospital", "en", "Harbourview Private Hospital",
      "Liam O'Connell <liam.oconnell@harbourview.example.com.au>", "Interview - Nurse Informatician",
      """Hi Aisha,

Thanks for applying for the Nurse Informatician role at Harbourview. We'd love to have a chat with you over Zoom - given the time difference, would 7:30am Sydney time on Wednesday 24th (that's 10:30pm Tuesday in the UK) work, or would you prefer Thursday?

No need to prepare anything formal, it'll be a relaxed conversation with myself and our Director of Nursing.

Cheers,
Liam O'Connell
Digital Health Manager
Harbourview Private Hospital, Sydney NSW""", on="2026-06-15"),
    M("interview_invitation", "ashby_schedule", "en", "Lumen Clinical",
      "Lumen Clinical <no-reply@ashbyhq.com>", "Lumen Clinical: schedule your hiring manager interview",
      """Hi Aisha,

Thanks for chatting with us! Next up is a 45-minute interview with Sofia Lindqvist, Head of Clinical Informatics.

Pick a time that suits you: https://jobs.ashbyhq.com/lumen-clinical/schedule/8e2b1

Looking forward to it,
Lumen Clinical Recruiting Team""", shape="html", on="2026-06-01"),
    M("interview_invitation", "canada_video", "en", "Maple Grove Health Network",
      "Sarah Nguyen <snguyen@maplegrove.example.ca>", "Video interview - Clinical Informatics Analyst",
      """Good afternoon Aisha,

Thank you for your interest in the Clinical Informatics Analyst position with Maple Grove Health Network. We would like to invite you to a video interview with our selection committee.

The interview will be approximately 45 minutes and will include behavioural questions and a short scenario. Please let me know your availability on May 26, 27 or 28 between 9:00 am and 3:00 pm Eastern.

Regards,

Sarah Nguyen
Talent Acquisition Specialist
Maple Grove Health Network""", on="2026-05-18"),
    M("interview_invitation", "nigerian_second", "en", "Ebi Pharmaceuticals",
      "Folake Adebayo <folake.adebayo@ebipharma.example.ng>", "Second Interview - Pharmacovigilance Data Officer",
      """Dear Aisha,

Compliments of the season.

Further to your first interview, we are pleased to invite you to a second interview with the Head of Pharmacovigilance on Tuesday, 14th April 2026 by 2pm WAT (2pm UK time) via Zoom. The link will be sent before the day.

Kindly acknowledge receipt of this mail and confirm your availability.

Best regards,
Folake Adebayo
Human Resources, Ebi Pharmaceuticals
Plot 12, Adeola Odeku Street, Victoria Island, Lagos""", on="2026-04-07"),
    M("interview_invitation", "outlook_ics_only", "en", "Corrie Valley NHS Foundation Trust",
      "Margaret Hughes <margaret.hughes5@corrievalley.example.nhs.uk>", "Interview invitation",
      """Hi Aisha

Please see invitation below for your interview for EPR Training Lead. Could you accept so I know you've got it.

Thanks
Margaret

Margaret Hughes | Medical Staffing & Recruitment Officer
Corrie Valley NHS Foundation Trust

""" + NHS_FOOTER, shape="ics", ics="REQUEST", ics_start="20260602T130000Z",
      ics_summary="EPR Training Lead interview - A Bello-Carter", on="2026-05-20"),
    M("interview_invitation", "fwd_from_manager", "en", "Greystone Consulting",
      "Oliver Grant <oliver.grant@greystone.example.com>", "Fwd: Aisha Bello-Carter - next step",
      """Aisha - see below from our partner. Could you send me some times for Thursday or Friday? Looking forward to it.

Oliver

---------- Forwarded message ---------
From: Helen Carver <helen.carver@greystone.example.com>
Date: Mon, 22 Jun 2026 at 09:14
Subject: Aisha Bello-Carter - next step
To: Oliver Grant <oliver.grant@greystone.example.com>

Oliver, I've read Aisha's CV - strong clinical angle for the NHS client work. Please set up a case interview with her this week, 60 mins, you and me.

Helen""", on="2026-06-22 10:02"),
    M("interview_invitation", "chatty_coffee", "en", "Paddle Health",
      "Georgie Lamb <georgie@paddlehealth.example.co.uk>", "Coffee?",
      """Hi Aisha,

Saw you applied for our Clinical Ops role - lovely to see a nurse apply! Would you fancy a 30 min video call with me (I'm the hiring manager) to talk about the role and what you're looking for? Whenever suits next week really.

G""", shape="alt"),
    M("interview_invitation", "sjt_then_interview", "en", "Mercia Community Health NHS Trust",
      "Mercia Community Health Recruitment <recruitment@merciacommunity.example.nhs.uk>",
      "Shortlisted: Clinical Systems Trainer",
      """Dear Aisha,

Thank you for your application. We are delighted to let you know that you have been shortlisted for the Clinical Systems Trainer post.

Interviews will take place on 9 July 2026 at Trust Headquarters, Mercia House. You will be asked to deliver a 10 minute training session on a topic of your choice, followed by a panel interview.

Please reply to this email by 2 July to confirm your attendance and let us know if you need any reasonable adjustments.

Kind regards
Recruitment Team
Mercia Community Health NHS Trust""", charset="windows-1252", cte="qp", on="2026-06-22"),
    # French
    M("interview_invitation", "fr_entretien_visio", "fr", "Hôpital Privé Beaulieu",
      "Sophie Lambert <s.lambert@hp-beaulieu.example.fr>", "Proposition d'entretien",
      """Bonjour Madame Bello-Carter,

Suite à votre candidature au poste d'Infirmière référente dossier patient informatisé, nous souhaiterions vous rencontrer lors d'un entretien en visioconférence.

Seriez-vous disponible le jeudi 19 mars à 14h00 ou le vendredi 20 mars à 10h00 ? L'entretien durera environ 45 minutes, en présence de la Directrice des soins.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes salutations distinguées.

Sophie Lambert
Chargée de recrutement
Hôpital Privé Beaulieu
04 72 00 11 22""", charset="iso-8859-1", cte="qp", on="2026-03-10"),
    M("interview_invitation", "fr_startup_tutoiement", "fr", "Oriane Santé",
      "Thomas Garnier <thomas@oriane-sante.example.fr>", "Échange ?",
      """Salut Aisha,

Merci pour ta candidature pour le poste de Data Analyst santé ! Ton parcours d'infirmière nous intéresse beaucoup. Est-ce que tu serais dispo pour un premier call de 30 min cette semaine ? Tu peux réserver un créneau directement ici : https://calendly.com/thomas-oriane/30min

À très vite,
Thomas
CTO @ Oriane Santé"""),
    M("interview_invitation", "fr_welcome_ats", "fr", "Mutuelle Horizon",
      "Mutuelle Horizon <no-reply@welcomekit.co>", "Mutuelle Horizon - Invitation à un entretien",
      """Bonjour Aisha,

Bonne nouvelle ! Votre candidature pour le poste de Chargée d'études actuarielles santé a retenu notre attention. Nous aimerions vous proposer un entretien avec Camille Roux, responsable de l'équipe.

Choisissez le créneau qui vous convient : https://www.welcomekit.co/schedule/horizon/71c2

À bientôt,
L'équipe recrutement de Mutuelle Horizon""", reply_to="Camille Roux <camille.roux@mutuelle-horizon.example.fr>",
      shape="html"),
    # German
    M("interview_invitation", "de_einladung", "de", "Universitätsklinikum Weserland",
      "Dr. Markus Brandt <markus.brandt@ukw.example.de>", "Einladung zum Vorstellungsgespräch",
      """Sehr geehrte Frau Bello-Carter,

vielen Dank für Ihre Bewerbung als Clinical Data Scientist (w/m/d). Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einladen zu dürfen.

Termin: Dienstag, 21. April 2026, 13:00 Uhr
Ort: Universitätsklinikum Weserland, Haus 4, Raum 2.17
Gesprächspartner: Dr. Markus Brandt (Leitung Medizininformatik), Frau Petra Jahn (Personal)

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Reisekosten werden nicht erstattet.

Mit freundlichen Grüßen

Dr. Markus Brandt
Leitung Medizininformatik
Universitätsklinikum Weserland""", charset="iso-8859-1", cte="qp", on="2026-04-08"),
    M("interview_invitation", "de_personio", "de", "Heilwerk Digital",
      "Heilwerk Digital <noreply@personio.de>", "Heilwerk Digital: Termin für dein Kennenlerngespräch",
      """Hallo Aisha,

danke für deine Bewerbung als Product Analyst (Remote)! Wir würden dich gerne in einem 30-minütigen Video-Call kennenlernen.

Bitte wähle hier einen passenden Termin: https://heilwerk.jobs.personio.de/slots/4410

Bei Fragen melde dich gerne bei Jonas (jonas.kraft@heilwerk.example.de).

Beste Grüße
Dein Heilwerk Team""", contact="jonas.kraft@heilwerk.example.de", shape="alt"),
    # Spanish
    M("interview_invitation", "es_entrevista", "es", "Farmacéutica Levante",
      "Lucía Martín <lucia.martin@flevante.example.es>", "Entrevista - Analista de Farmacovigilancia",
      """Buenos días Aisha:

Nos ponemos en contacto contigo en relación con tu candidatura para el puesto de Analista de Farmacovigilancia. Nos gustaría conocerte en una entrevista por Teams el próximo martes 12 de mayo a las 11:00 (hora de Madrid).

¿Nos confirmas si te viene bien?

Un saludo,
Lucía Martín
Recursos Humanos
Farmacéutica Levante""", on="2026-05-04"),
]
INVITATIONS.append(
    M("interview_invitation", "es_agencia_telefonica", "es", "Grupo Sanitario Alba",
      "Jorge Ibáñez <jorge.ibanez@talentomedico.example.es>", "Oportunidad Grupo Sanitario Alba",
      """Hola Aisha,

¿Qué tal? Te escribo de parte de Talento Médico. Tu perfil encaja muy bien con el puesto de Responsable de Calidad Asistencial y Datos en Grupo Sanitario Alba (Madrid, híbrido). El cliente quiere hacer una primera entrevista telefónica conmigo esta semana.

¿Tendrías 20 minutos el miércoles o el jueves por la tarde? Dime qué hora te va mejor y te llamo.

Gracias,
Jorge Ibáñez
Consultor Sénior | Talento Médico
+34 611 22 33 44"""))

RESCHEDULES = [
    M("interview_reschedule_or_cancel", "panel_moved", "en", "Bristol Riverside NHS Foundation Trust",
      "Gareth Lewis <gareth.lewis@bristolriverside.example.nhs.uk>",
      "RE: Interview - Digital Clinical Safety Nurse",
      """Hi Aisha

Apologies, one of our panel members has been called to an incident review on the 12th so we need to move interviews. Could you do Tuesday 17 March, same time (10:00), still on Teams? Updated invite to follow.

Sorry for the faff.

Gareth

Gareth Lewis
Clinical Safety Lead
Bristol Riverside NHS Foundation Trust

""" + NHS_FOOTER, quote="""Dear Gareth, I have booked the 10:00 slot on 12 March and look forward to it. Best wishes, Aisha""",
      quote_style="outlook", on="2026-03-09"),
    M("interview_reschedule_or_cancel", "ics_cancel", "en", "Westcombe Borough Council",
      "Leanne Poole <leanne.poole@westcombe.example.gov.uk>", "Cancelled: Interview: Public Health Intelligence Analyst",
      """Dear Aisha,

I'm afraid we have had to cancel Wednesday's interview as the recruitment has been paused pending a council-wide vacancy review. I will be in touch as soon as I know more. Apologies for any inconvenience.

Leanne""", shape="ics", ics="CANCEL", ics_start="20260415T093000Z",
      ics_summary="Interview: Public Health Intelligence Analyst - Aisha Bello-Carter", on="2026-04-13"),
    M("interview_reschedule_or_cancel", "agency_client_moved", "en", "Kingsway Medical Group",
      "Jess Barton <jess@clearpathtalent.example.co.uk>", "change of plan - Kingsway",
      """Hiya Aisha!

Bit of a change - the Clinical Lead at Kingsway has been pulled onto clinic cover Thursday so they've asked if we can push your interview to Monday at 2pm instead? Same Teams link. So sorry, I know you'd moved your shift for it!!

Can you let me know if Monday works??

Jess x""", on="2026-07-08"),
    M("interview_reschedule_or_cancel", "hm_mobile_push", "en", "Aldous Pharmacy",
      "Vikram Patel <vikram@aldouspharmacy.example.co.uk>", "Re: call tmrw",
      """Aisha so sorry - something's come up at the Croydon branch. Can we do Monday 11 instead? V

Sent from my iPhone""", quote="""Hi Vikram, tomorrow at 11 is great, I'll call you on the number in your signature. Aisha"""),
    M("interview_reschedule_or_cancel", "greenhouse_reschedule", "en", "Tessera Bio",
      "Tessera Bio <no-reply@us.greenhouse-mail.io>", "Your interview with Tessera Bio has been rescheduled",
      """Hi Aisha,

Your Onsite Interview for Clinical Data Manager has been rescheduled.

Previous time: Tuesday, May 19, 2026, 10:00 AM - 1:00 PM EDT
New time: Thursday, May 21, 2026, 10:00 AM - 1:00 PM EDT
Location: 1 Kendall Sq, Cambridge MA

Questions? Reach out to Carla Mendes at carla.mendes@tesserabio.example.com.

Tessera Bio Recruiting""", reply_to="Carla Mendes <carla.mendes@tesserabio.example.com>", shape="html", on="2026-05-14"),
    M("interview_reschedule_or_cancel", "role_withdrawn_before_itv", "en", "Orchard Digital Health",
      "Naomi Fisher <naomi@orcharddh.example.com>", "Re: Panel next week",
      """Hi Aisha,

I'm really sorry to do this but we need to cancel your panel on Wednesday. Our funding round has slipped and leadership has asked us to pause all hiring for the next few weeks. I'll reach out the moment things are moving again - you're top of my list.

Naomi""", quote="""Hi Naomi, Wednesday 2pm works perfectly. See you then, Aisha"""),
    M("interview_reschedule_or_cancel", "indian_postponed", "en", "CuraNext",
      "Ananya Krishnan <ananya.k@curanext.example.in>", "RE: Telephonic interview - Clinical Analyst - CuraNext",
      """Dear Aisha,

Due to unavoidable circumstances our Delivery Head is travelling on Monday, hence the telephonic interview stands postponed. We shall reschedule the same to Wednesday, 10th June at 3:30 PM IST (11:00 AM UK). Kindly confirm the same.

Regret the inconvenience caused.

Thanks & Regards,
Ananya Krishnan
CuraNext Solutions""", quote="""Dear Ananya, Monday 8th June at 11:00 UK works for me. Regards, Aisha""", quote_style="outlook", on="2026-06-05"),
    M("interview_reschedule_or_cancel", "uni_room_change_time", "en", "University of Calder",
      "Fiona McRae <f.mcrae@calder.example.ac.uk>", "Change to interview time - Research Data Officer",
      """Dear Aisha,

Due to a clash with a Senate meeting we need to move your interview on Friday from 11:00 to 14:30. The presentation arrangements are unchanged. I'm sorry for the short notice - please let me know if the new time is a problem.

Best wishes,
Fiona

Dr Fiona McRae
Senior Lecturer in Health Informatics
University of Calder""", charset="iso-8859-1"),
    M("interview_reschedule_or_cancel", "aus_timezone_fix", "en", "Harbourview Private Hospital",
      "Liam O'Connell <liam.oconnell@harbourview.example.com.au>", "Re: Interview - Nurse Informatician",
      """Hi Aisha,

Our Director of Nursing has to be at a board meeting Wednesday morning, so we'll need to move our chat. Could you do Friday 26th at 8am Sydney (11pm Thursday your time)? Sorry about the late hours, we'll make it up to you!

Cheers,
Liam""", quote="""Hi Liam, Wednesday 7:30am Sydney time is fine, I'm a night owl. Best, Aisha""", on="2026-06-22"),
    M("interview_reschedule_or_cancel", "ashby_cancel", "en", "Lumen Clinical",
      "Lumen Clinical <no-reply@ashbyhq.com>", "Interview cancelled: Hiring Manager Interview",
      """Hi Aisha,

Your Hiring Manager Interview with Sofia Lindqvist on Thursday, June 11 at 3:00 PM BST has been cancelled. Your recruiter will be in touch shortly with a new time.

Lumen Clinical""", shape="html", on="2026-06-08"),
    M("interview_reschedule_or_cancel", "fr_report", "fr", "Hôpital Privé Beaulieu",
      "Sophie Lambert <s.lambert@hp-beaulieu.example.fr>", "RE: Proposition d'entretien",
      """Bonjour Madame Bello-Carter,

Je suis désolée, la Directrice des soins a un empêchement jeudi. Serait-il possible de décaler notre entretien au lundi 23 mars à 15h00 ? Le lien de visioconférence reste le même.

Avec toutes mes excuses,

Sophie Lambert
Chargée de recrutement - Hôpital Privé Beaulieu""", quote="""Bonjour Madame Lambert, je vous confirme ma disponibilité jeudi 19 mars à 14h00. Cordialement, Aisha Bello-Carter""",
      charset="iso-8859-1", cte="qp", on="2026-03-17"),
    M("interview_reschedule_or_cancel", "fr_annulation", "fr", "Oriane Santé",
      "Thomas Garnier <thomas@oriane-sante.example.fr>", "Annulation de notre call",
      """Salut Aisha,

Petit contretemps : je dois annuler notre call de demain, on a un souci de prod à gérer en urgence. Je te renvoie un lien Calendly dès que possible pour reprogrammer, désolé !

Thomas"""),
    M("interview_reschedule_or_cancel", "de_verschiebung", "de", "Universitätsklinikum Weserland",
      "Petra Jahn <petra.jahn@ukw.example.de>", "Verschiebung Ihres Vorstellungsgesprächs",
      """Sehr geehrte Frau Bello-Carter,

leider müssen wir das für Dienstag, den 21. April, geplante Vorstellungsgespräch krankheitsbedingt verschieben. Wir würden Ihnen als Ersatztermin Donnerstag, den 23. April 2026, um 10:00 Uhr vorschlagen.

Bitte teilen Sie uns mit, ob Ihnen dieser Termin passt.

Mit freundlichen Grüßen
Petra Jahn
Personalabteilung
Universitätsklinikum Weserland""", charset="windows-1252", cte="qp", on="2026-04-17"),
    M("interview_reschedule_or_cancel", "de_absage_termin", "de", "Heilwerk Digital",
      "Jonas Kraft <jonas.kraft@heilwerk.example.de>", "Unser Call am Freitag",
      """Hi Aisha,

sorry, ich muss unseren Call am Freitag leider absagen, bei mir ist kurzfristig etwas dazwischengekommen. Magst du dir über den Link einfach einen neuen Slot nächste Woche aussuchen?

Danke dir & bis bald
Jonas"""),
    M("interview_reschedule_or_cancel", "es_cambio_hora", "es", "Farmacéutica Levante",
      "Lucía Martín <lucia.martin@flevante.example.es>", "RE: Entrevista - Analista de Farmacovigilancia",
      """Hola Aisha:

Disculpa, ha surgido un imprevisto en la agenda del director y tenemos que mover la entrevista del martes. ¿Te vendría bien el miércoles 13 a las 12:30? El enlace de Teams sería el mismo.

Gracias por tu comprensión.

Lucía Martín
RR. HH. | Farmacéutica Levante""", quote="""Hola Lucía, perfecto, el martes a las 11:00 me viene bien. Un saludo, Aisha""", quote_style="es", on="2026-05-08"),
]

MISSED = [
    M("missed_interview_notice", "tried_calling", "en", "Quillon Health",
      "Ben Adeyemi <ben.adeyemi@quillonhealth.example.com>", "Missed you today",
      """Hi Aisha,

I tried calling you at 2pm for our phone screen but it went to voicemail. Hope everything's ok! If you'd still like to chat, feel free to grab another slot on my Calendly.

Ben""", on="2026-04-08 13:20"),
    M("missed_interview_notice", "teams_no_join", "en", "Corrie Valley NHS Foundation Trust",
      "Margaret Hughes <margaret.hughes5@corrievalley.example.nhs.uk>", "Interview this afternoon",
      """Hi Aisha

The panel waited in the Teams meeting for 15 minutes this afternoon but you did not join. Could you let me know what happened? If there was a technical issue we may be able to offer another slot, but I'll need to hear from you by Friday.

Thanks
Margaret

Margaret Hughes | Medical Staffing & Recruitment Officer
Corrie Valley NHS Foundation Trust

""" + NHS_FOOTER, on="2026-06-02 14:10"),
    M("missed_interview_notice", "agency_no_show", "en", "Kingsway Medical Group",
      "Jess Barton <jess@clearpathtalent.example.co.uk>", "where are you??",
      """Aisha!! Kingsway have just rang me - they said you didn't turn up to the 2pm interview?? Is everything ok? Please call me back as soon as you get this, I might be able to smooth it over if we're quick!!

Jess
07700 900 611""", on="2026-07-13 13:25"),
    M("missed_interview_notice", "american_no_show", "en", "Tessera Bio",
      "Carla Mendes <carla.mendes@tesserabio.example.com>", "Checking in",
      """Hi Aisha,

We had you down for the onsite this morning at 10 and the team was ready, but we didn't see you at reception and couldn't reach you by phone. I hope everything is alright.

If something came up, please let me know and we'll see what we can do.

Best,
Carla Mendes
Senior Recruiter, Tessera Bio""", on="2026-05-21 15:05"),
    M("missed_interview_notice", "indian_not_reachable", "en", "CuraNext",
      "Ananya Krishnan <ananya.k@curanext.example.in>", "Interview - not reachable",
      """Dear Aisha,

Our Delivery Head tried to reach you on your mobile number at the scheduled time (11:00 AM UK) for the telephonic interview, however the call was not answered. Kindly revert with your availability so we may reschedule, if you are still interested in the opportunity.

Thanks & Regards,
Ananya Krishnan
CuraNext Solutions""", on="2026-06-10 10:40"),
    M("missed_interview_notice", "zoom_waiting", "en", "Ebi Pharmaceuticals",
      "Folake Adebayo <folake.adebayo@ebipharma.example.ng>", "Re: Second Interview - Pharmacovigilance Data Officer",
      """Dear Aisha,

The Head of Pharmacovigilance waited on the Zoom call from 2pm till 2:25pm but you did not join. Kindly let us know if there was an issue with the link.

Best regards,
Folake""", quote="""Dear Folake, thank you, I confirm my availability on 14th April at 2pm. Regards, Aisha""", on="2026-04-14 13:40"),
    M("missed_interview_notice", "fr_absence", "fr", "Hôpital Privé Beaulieu",
      "Sophie Lambert <s.lambert@hp-beaulieu.example.fr>", "Entretien de ce jour",
      """Bonjour Madame Bello-Carter,

Nous vous avons attendue cet après-midi pour votre entretien en visioconférence de 15h00, sans nouvelles de votre part. Nous espérons que tout va bien.

Si vous souhaitez toujours donner suite à votre candidature, merci de me recontacter rapidement.

Cordialement,
Sophie Lambert
Hôpital Privé Beaulieu""", charset="iso-8859-1", cte="qp", on="2026-03-23 14:45"),
    M("missed_interview_notice", "de_nicht_erschienen", "de", "Universitätsklinikum Weserland",
      "Petra Jahn <petra.jahn@ukw.example.de>", "Ihr heutiger Termin",
      """Sehr geehrte Frau Bello-Carter,

leider sind Sie heute um 10:00 Uhr nicht zu unserem vereinbarten Vorstellungsgespräch erschienen. Wir haben auch telefonisch versucht, Sie zu erreichen.

Sollte es einen wichtigen Grund gegeben haben, melden Sie sich bitte bis Ende der Woche bei mir.

Mit freundlichen Grüßen
Petra Jahn
Universitätsklinikum Weserland""", on="2026-04-23 09:30"),
    M("missed_interview_notice", "es_no_conecto", "es", "Vitalia Seguros",
      "Nuria Calvo <nuria.calvo@vitaliaseguros.example.es>", "¿Todo bien?",
      """Hola Aisha,

Te estuvimos esperando en la videollamada de las 10:00 pero no te conectaste. ¿Ha pasado algo? Si quieres, buscamos otro hueco esta semana.

Un saludo,
Nuria Calvo
Selección | Vitalia Seguros"""),
    M("missed_interview_notice", "council_phone_missed", "en", "Glenmuir City Council",
      "Fraser Dunn <fraser.dunn@glenmuir.example.gov.uk>", "Telephone interview - Performance Analyst",
      """Dear Aisha

I called at 9.30 this morning for your telephone interview as arranged but was unable to get through, and there was no voicemail. I appreciate things come up - if you would still like to be considered, please get in touch by Wednesday and I will try to find another slot.

Regards
Fraser Dunn
Performance & Improvement Manager
Glenmuir City Council
0141 496 0033""", charset="windows-1252"),
]

ACKS = [
    M("application_received", "trac_ack", "en", "Leeds Teaching Hospitals NHS Trust",
      "Leeds Teaching Hospitals NHS Trust <noreply@trac.jobs>", "Application received - 219-C-2026-0193",
      """Dear Aisha Bello-Carter

Thank you for submitting your application for the post of Clinical Informatics Nurse (Band 6), reference 219-C-2026-0193.

Your application will be considered by the shortlisting panel after the closing date. Due to the large number of applications we receive, if you have not heard from us within 4 weeks of the closing date please assume you have not been shortlisted on this occasion.

Please check your email (including junk folders) and your Trac account regularly.

Recruitment Team"""),
    M("application_received", "workday_ack", "en", "Halden Pharma",
      "Halden Pharma <haldenpharma@myworkday.com>", "Thank you for applying to Halden Pharma",
      """Dear Aisha,

Thank you for applying for the position of Medical Information Associate (R-0042871). We have received your application and our Talent Acquisition team will review your qualifications.

If there is a match, a member of our team will contact you about next steps. Due to the high volume of applications, we are unable to respond to every applicant individually.

You can check the status of your application at any time in your candidate home.

Halden Pharma Talent Acquisition""", shape="html"),
    M("application_received", "greenhouse_ack", "en", "Carewave",
      "Carewave Hiring Team <no-reply@us.greenhouse-mail.io>", "Thanks for applying to Carewave!",
      """Hi Aisha,

Thanks for applying to the Clinical Product Specialist role! We're excited that you're interested in helping us make home care smarter.

Our team is reviewing applications and we'll be in touch if your experience is a good fit. In the meantime, check out our blog to learn more about how we work.

Team Carewave""", shape="alt", cte="qp"),
    M("application_received", "civil_service_ack", "en", "Department of Health and Social Care",
      "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>", "Civil Service Jobs - Application submitted: 384122",
      """Dear Aisha,

Thank you for applying for Senior Policy Adviser - Data and Digital (384122) with the Department of Health and Social Care.

Your application has been submitted successfully. Please note the sift is expected to take place in the week commencing 23 February 2026.

Civil Service Jobs
Do not reply to this email""", on="2026-02-04"),
    M("application_received", "indeed_ack", "en", "Oakleigh Care Homes",
      "Indeed Apply <indeedapply@indeed.com>", "Your application has been submitted",
      """Application submitted

Care Quality Data Officer
Oakleigh Care Homes - Manchester

Your application has been sent to Oakleigh Care Homes. Good luck!

Next steps: the employer will reach out to you directly if they want to move forward. You can track this application in My jobs.

Indeed""", contact="", shape="html"),
    M("application_received", "ack_no_individual_feedback", "en", "Brightwell Analytics",
      "Brightwell Analytics <careers@brightwell.example.com>", "We've got your application",
      """Hi Aisha,

Thanks for applying for the Health Data Analyst role. Your application has landed safely with us.

We'll review every application against the role profile after the closing date on 30 January. Unfortunately we are unable to provide individual feedback at this stage, but we'll let you know either way once shortlisting is done.

Best,
The Brightwell Talent Team""", shape="alt", on="2026-01-19"),
    M("application_received", "lever_ack", "en", "Fernhall",
      "Fernhall <no-reply@hire.lever.co>", "Thank you for your application to Fernhall",
      """Hi Aisha,

Thank you for your interest in Fernhall! We wanted to let you know we received your application for Clinical Safety Officer, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.

Best,
The Fernhall Team""", shape="alt", cte="b64"),
    M("application_received", "seek_ack", "en", "St Brigid's Health Melbourne",
      "SEEK <noreply@s.seek.com.au>", "Your application was successfully submitted",
      """Hi Aisha,

Your application for Clinical Informatics Specialist at St Brigid's Health Melbourne was successfully submitted.

The employer will contact you directly if your application progresses.

View your applied jobs on SEEK.

SEEK""", shape="html"),
    M("application_received", "naukri_ack", "en", "MedSetu Health Technologies",
      "Naukri.com <info@naukri.com>", "Application sent successfully to MedSetu Health Technologies",
      """Dear Aisha Bello-Carter,

Your application for the job "Clinical Data Analyst | 3-6 yrs | Bangalore" posted by MedSetu Health Technologies Pvt Ltd has been sent successfully.

Recruiters who viewed your profile: 3

Team Naukri.com""", shape="html"),
    M("application_received", "uni_ack_volume", "en", "University of Calder",
      "University of Calder <recruitment@calder.example.ac.uk>", "Application acknowledgement (REF 04112)",
      """Dear Ms Bello-Carter,

Thank you for your application for the post of Research Data Officer, School of Health Sciences (Ref: 04112).

Shortlisting will take place shortly after the closing date. Due to the volume of applications we receive we cannot respond to every applicant individually; if you have not heard from us within three weeks of the closing date, please assume that you have not been shortlisted on this occasion.

Yours sincerely

HR Services
University of Calder""", charset="iso-8859-1", cte="qp"),
    M("application_received", "pinpoint_ack", "en", "Kindred Hospice Trust",
      "Kindred Hospice Trust <notifications@pinpointhq.com>", "Thank you for your application",
      """Dear Aisha,

Thank you for applying for the Data & Insight Officer role at Kindred Hospice Trust. We really appreciate you taking the time.

We'll be in touch after the closing date (Sunday 1 March). If you have any questions in the meantime, email our People team at people@kindredhospice.example.org.uk.

Warm wishes,
Kindred Hospice Trust""", contact="people@kindredhospice.example.org.uk", shape="html", on="2026-02-20"),
    M("application_received", "nigerian_ack", "en", "Ayoola Health",
      "Ayoola Health Careers <careers@ayoolahealth.example.ng>", "Acknowledgement of Application",
      """Dear Aisha,

This is to acknowledge receipt of your application for the role of Product Analyst (Remote).

Our team will review your application and revert to you on the next steps. Kindly note that only shortlisted candidates will be contacted.

Regards,
People Operations
Ayoola Health"""),
    M("application_received", "recruiter_personal_ack", "en", "Marlow & Finch",
      "Rachel Oduya <r.oduya@marlowfinch.example.co.uk>", "Re: Health Economics Analyst application",
      """Hi Aisha

Thanks for sending this through - CV and cover letter received. I'll share it with the hiring team and come back to you by the end of next week.

Kind regards,
Rachel

Rachel Oduya | Talent Acquisition Partner
Marlow & Finch Consulting LLP""", quote="""Dear Rachel, please find attached my application for the Health Economics Analyst role. Kind regards, Aisha""",
      quote_style="outlook", charset="windows-1252", on="2026-01-26"),
    M("application_received", "icims_ack", "en", "Maple Grove Health Network",
      "Maple Grove Health Network <maplegrove@talent.icims.com>", "Maple Grove Health Network: Application Received",
      """Dear Aisha,

Thank you for your interest in the Clinical Informatics Analyst position (Req ID 2026-4471).

We have received your application. Our Talent Acquisition team will review it and contact you if your qualifications meet the needs of the position.

Thank you,
Talent Acquisition
Maple Grove Health Network""", shape="html", charset="windows-1252", cte="qp", on="2026-05-04"),
    M("application_received", "trust_mailbox_ack", "en", "Corrie Valley NHS Foundation Trust",
      "Corrie Valley Recruitment <recruitment@corrievalley.example.nhs.uk>", "Thank you for your application",
      """Dear Aisha

Thank you for your interest in the EPR Training Lead role. We confirm we have received your application and supporting statement.

The closing date is 10 May 2026. Shortlisted candidates will be contacted by email. Unfortunately we are unable to provide feedback to applicants who are not shortlisted.

Medical Staffing & Recruitment
Corrie Valley NHS Foundation Trust""", on="2026-04-27"),
    # French
    M("application_received", "fr_accuse", "fr", "Clinique des Tilleuls",
      "Service Recrutement <recrutement@clinique-tilleuls.example.fr>", "Accusé de réception de votre candidature",
      """Madame,

Nous accusons bonne réception de votre candidature au poste de Chargée de données de santé et vous en remercions.

Votre dossier va être étudié avec attention par nos équipes. En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles ; sans retour de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Cordialement,
Le Service Recrutement
Clinique des Tilleuls""", charset="iso-8859-1", cte="qp"),
    M("application_received", "fr_wttj_ack", "fr", "Oriane Santé",
      "Welcome to the Jungle <no-reply@welcometothejungle.com>", "Votre candidature chez Oriane Santé a bien été envoyée",
      """Bravo Aisha !

Votre candidature pour le poste de Data Analyst santé chez Oriane Santé a bien été envoyée.

L'équipe de recrutement reviendra vers vous directement. Vous pouvez suivre l'avancement de vos candidatures depuis votre espace.

L'équipe Welcome to the Jungle""", shape="html"),
    # German
    M("application_received", "de_eingangsbestaetigung", "de", "Klinikum Lindenau",
      "Klinikum Lindenau Personalabteilung <bewerbung@klinikum-lindenau.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrte Frau Bello-Carter,

hiermit bestätigen wir den Eingang Ihrer Bewerbung als Referentin Medizincontrolling. Vielen Dank für Ihr Interesse an unserem Haus.

Wir werden Ihre Unterlagen sorgfältig prüfen und uns in den nächsten zwei bis drei Wochen bei Ihnen melden. Wir bitten um Verständnis, dass dies aufgrund der Vielzahl an Bewerbungen etwas Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihre Personalabteilung
Klinikum Lindenau""", charset="iso-8859-1", cte="qp"),
    M("application_received", "de_stepstone_ack", "de", "Varenta Versicherung",
      "StepStone <noreply@stepstone.de>", "Ihre Bewerbung wurde erfolgreich versendet",
      """Hallo Aisha Bello-Carter,

Ihre Bewerbung auf die Stelle "Analyst Gesundheitsleistungen (m/w/d)" bei Varenta Versicherung AG wurde erfolgreich übermittelt.

Das Unternehmen wird sich direkt bei Ihnen melden.

Viel Erfolg!
Ihr StepStone Team""", shape="html"),
    # Spanish
    M("application_received", "es_acuse", "es", "Hospital Universitario del Sur",
      "Selección HUS <seleccion@husur.example.es>", "Hemos recibido tu candidatura",
      """Hola Aisha:

Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de Analista de Datos Clínicos.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al elevado número de candidaturas, no podemos responder individualmente a cada persona.

Gracias por tu interés,
Departamento de Selección
Hospital Universitario del Sur"""),
    M("application_received", "es_infojobs", "es", "Farmacéutica Levante",
      "InfoJobs <noreply@infojobs.net>", "Tu candidatura a Analista de Farmacovigilancia se ha enviado",
      """Hola Aisha,

Tu candidatura a la oferta "Analista de Farmacovigilancia" de Farmacéutica Levante se ha inscrito correctamente.

Estado: CV recibido por la empresa.

Te avisaremos cuando la empresa lea tu CV.

El equipo de InfoJobs""", shape="html", on="2026-04-20"),
]

OFFERS = [
    M("offer", "verbal_followup", "en", "Quillon Health",
      "Ben Adeyemi <ben.adeyemi@quillonhealth.example.com>", "Following up",
      """Hi Aisha,

Great speaking just now - as promised, here's a summary of the offer in writing:

Role: Clinical Data Analyst
Salary: £48,000 + 10% bonus
Start date: 1 June (flexible)
Hybrid: 2 days a week in our Manchester office

The formal offer letter will come from our People team through DocuSign tomorrow. Any questions at all, just shout - we're really excited to have you!

Ben""", on="2026-04-28"),
    M("offer", "nhs_conditional", "en", "Bristol Riverside NHS Foundation Trust",
      "Bristol Riverside NHS Foundation Trust <noreply@trac.jobs>", "Conditional offer of employment - 322-DIG-1187",
      """Dear Aisha Bello-Carter,

Following your recent interview, we are pleased to make you a conditional offer of employment for the post of Digital Clinical Safety Nurse (Band 7).

This offer is conditional on satisfactory completion of pre-employment checks, including:
- two satisfactory references
- an enhanced DBS check
- occupational health clearance
- verification of NMC registration

Please log in to your Trac account to accept the offer and begin your pre-employment checks.

Recruitment Team""", contact="", shape="alt", on="2026-03-24"),
    M("offer", "pleased_to_offer_letter", "en", "Greystone Consulting",
      "Helen Carver <helen.carver@greystone.example.com>", "Offer - Senior Consultant, Health & Care",
      """Dear Aisha,

Following your interviews with Oliver and me, I am delighted to offer you the position of Senior Consultant in our Health & Care practice. Your offer letter and contract are attached; the key terms are a base salary of £62,500, 27 days' holiday plus bank holidays, and an 8% employer pension contribution.

Please review and return the signed contract by 14 July. I'd be very happy to talk anything through.

Warm regards,
Helen

Helen Carver
Partner, Health & Care
Greystone Consulting""", on="2026-07-03"),
    M("offer", "agency_offer_excited", "en", "Kingsway Medical Group",
      "Jess Barton <jess@clearpathtalent.example.co.uk>", "YOU GOT IT!!!",
      """AISHA!!!

Kingsway have come back and they want to OFFER you the Clinical Systems & Data Lead role!!! £41k, 37.5hrs, start asap after references. I'm SO pleased for you!!

Have a think and give me a ring when you can - they'd like an answer by Friday.

Jess
ClearPath Talent""", on="2026-07-22"),
    M("offer", "nigerian_offer_letter", "en", "Ebi Pharmaceuticals",
      "Folake Adebayo <folake.adebayo@ebipharma.example.ng>", "Letter of Offer of Employment",
      """Dear Aisha,

Further to your interviews, we are pleased to offer you employment as Pharmacovigilance Data Officer with Ebi Pharmaceuticals Limited, on the terms stated in the attached offer letter.

Kindly sign and return a copy of the offer letter within seven (7) working days as evidence of your acceptance.

Congratulations and welcome on board.

Best regards,
Folake Adebayo
Human Resources, Ebi Pharmaceuticals""", on="2026-05-05"),
    M("offer", "council_subject_to_refs", "en", "Glenmuir City Council",
      "Fraser Dunn <fraser.dunn@glenmuir.example.gov.uk>", "Performance Analyst - outcome of interview",
      """Dear Aisha

Thank you for attending interview on Tuesday. I am pleased to advise that the panel would like to offer you the post of Performance Analyst (Grade 7), subject to satisfactory references and a PVG check.

HR will send you a formal offer letter and the contract of employment in the next few days. Please could you let me know whether you wish to accept.

Regards
Fraser Dunn
Performance & Improvement Manager
Glenmuir City Council""", charset="windows-1252", cte="qp"),
    M("offer", "canada_offer", "en", "Maple Grove Health Network",
      "Sarah Nguyen <snguyen@maplegrove.example.ca>", "Offer of Employment - Clinical Informatics Analyst",
      """Hi Aisha,

On behalf of Maple Grove Health Network, I'm pleased to extend an offer for the Clinical Informatics Analyst position. Your offer package is attached, including compensation of CAD $92,000, benefits details and the relocation allowance we discussed.

This offer is contingent on confirmation of your work permit eligibility. Please sign via the link in the attached package by June 30.

Congratulations!

Sarah Nguyen
Talent Acquisition Specialist
Maple Grove Health Network""", shape="alt", on="2026-06-16"),
    M("offer", "fr_promesse", "fr", "Hôpital Privé Beaulieu",
      "Sophie Lambert <s.lambert@hp-beaulieu.example.fr>", "Proposition d'embauche",
      """Bonjour Madame Bello-Carter,

Suite à nos différents échanges, nous avons le plaisir de vous proposer le poste d'Infirmière référente dossier patient informatisé, en CDI, à compter du 1er septembre 2026. Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération et les conditions.

Nous vous remercions de nous la retourner signée avant le 15 juillet.

Bien cordialement,
Sophie Lambert
Chargée de recrutement - Hôpital Privé Beaulieu""", charset="iso-8859-1", cte="qp", on="2026-06-30"),
    M("offer", "de_vertragsangebot", "de", "Praxiq",
      "Anna Schulz <anna.schulz@praxiq.example.de>", "Dein Angebot bei Praxiq",
      """Hi Aisha,

wir freuen uns riesig: Wir möchten dir die Stelle als Data Analyst Clinical (Remote) anbieten! Den Arbeitsvertrag findest du im Anhang - 58.000 EUR brutto im Jahr, 30 Urlaubstage, Start nach Absprache.

Schick ihn uns gerne bis zum 10. Oktober unterschrieben zurück oder meld dich, wenn du Fragen hast.

Viele Grüße
Anna
People & Culture, Praxiq""", on="2026-09-28"),
    M("offer", "es_oferta", "es", "Grupo Sanitario Alba",
      "Jorge Ibáñez <jorge.ibanez@talentomedico.example.es>", "¡Oferta de Grupo Sanitario Alba!",
      """¡Hola Aisha!

Enhorabuena: Grupo Sanitario Alba ha decidido hacerte una oferta para el puesto de Responsable de Calidad Asistencial y Datos. Te adjunto la carta de oferta con las condiciones (42.000 € brutos anuales + variable).

Necesitan la respuesta antes del viernes. ¿Hablamos mañana por teléfono?

Jorge
Talento Médico"""),
]

LIST = {"List-Unsubscribe": "<https://example.com/unsubscribe?u=aisha>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


def listed(list_id: str) -> dict[str, str]:
    """Mailing-list headers as a bulk sender sets them."""
    return {**LIST, "List-Id": list_id}


OTHERS = [
    M("other", "linkedin_job_alert", "en", "", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
      "\"clinical informatics\": 12 new jobs in United Kingdom",
      """Your job alert for clinical informatics in United Kingdom

Clinical Informatics Lead
Northgate Community NHS Trust · Leeds (Hybrid)
Actively recruiting · 3 connections work here

Nurse Informatics Specialist
Avonmere Health · Bristol
Easy Apply

Health Data Analyst
Lumen Clinical · Remote
Be an early applicant

See all jobs
Unsubscribe · Help
You are receiving Job Alert emails. © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
      shape="alt", headers=listed("<jobalerts.linkedin.com>")),
    M("other", "nhs_jobs_saved_search", "en", "", "NHS Jobs <no-reply@jobs.nhs.uk>",
      "New jobs matching your saved search: data analyst band 6",
      """Hello Aisha,

There are 7 new jobs matching your saved search "data analyst band 6" within 30 miles of LS1.

Information Analyst - Band 6 | Harrogate District NHS Trust | Closes 14 Feb 2026
Clinical Audit Facilitator - Band 5 | Airedale Community Services | Closes 12 Feb 2026
Performance Analyst - Band 6 | West Yorkshire ICB | Closes 20 Feb 2026

View all results on NHS Jobs.
To stop receiving these emails, manage your saved searches.""", headers=listed("<saved-search.jobs.nhs.uk>"), on="2026-01-30"),
    M("other", "guardian_careers_newsletter", "en", "", "Guardian Jobs <newsletters@jobs.example-guardian.co.uk>",
      "Bouncing back from rejection + how to ace a values-based interview",
      """This week on Guardian Careers

"We regret to inform you": how to bounce back from job rejection
Rejection after a final interview stings. We asked three hiring managers what candidates should do next - and why asking for feedback is worth it.

How to ace a values-based NHS interview
From STAR answers to the 6Cs: what panels are really listening for.

Missed an interview? What to say
Life happens. Here's how to write a short, honest apology that keeps the door open.

Featured jobs: Head of Digital Nursing, Policy Officer (Health), Data Scientist.

You're receiving this because you signed up to Guardian Careers emails. Unsubscribe""",
      shape="html", headers=listed("Guardian Careers <careers.newsletters.example-guardian.co.uk>")),
    M("other", "recruiter_cold_outreach", "en", "", "Priya Menon <priya.menon@harrowgate-search.example.co.uk>",
      "Clinical informatics opportunities",
      """Hi Aisha,

Hope you're well! I came across your profile and your move from ward nursing into data really stood out. I specialise in digital health and clinical informatics across the North West and have a few confidential roles on at the moment (Band 7 equivalent, hybrid).

If you're open to hearing about them at some point, feel free to send me an up-to-date CV and I'll keep you in mind as things come in. No pressure at all if the timing isn't right.

Best,
Priya Menon
Principal Consultant - Digital Health
Harrowgate Search | 0161 496 0770"""),
    M("other", "locum_shifts_marketing", "en", "", "Medicus Bank Staffing <shifts@medicusbank.example.co.uk>",
      "🔥 Weekend shifts available near you - up to £38/hr",
      """Hi Aisha,

We've got urgent RGN shifts this weekend in Leeds and Wakefield:

Sat 7 Feb - A&E - Leeds General - 07:30-20:00 - £36/hr
Sun 8 Feb - Acute Medicine - Pinderfields - 19:30-08:00 - £38/hr

Book through the app or reply to this email and our team will book you in.

Medicus Bank Staffing
Unsubscribe from shift alerts""", shape="html", headers=listed("<shift-alerts.medicusbank.example.co.uk>"), on="2026-02-04"),
    M("other", "podcast_interview", "en", "", "Kemi Ade <kemi@nursesindata.example.com>",
      "Podcast interview? Nurses in Data",
      """Hi Aisha,

I host Nurses in Data, a small podcast about clinicians moving into analytics. A mutual friend (Tunde!) mentioned your journey from the ward to SQL and I'd love to interview you for an episode - around 40 minutes, recorded over Zoom, totally relaxed.

Would you be up for it sometime in March? Happy to send over the questions beforehand.

Kemi""" , on="2026-02-11"),
    M("other", "user_research_interview", "en", "", "NHS App Research <research@nhsapp-ux.example.org>",
      "Take part in a 45-minute research interview (£40 voucher)",
      """Hello,

We're improving how people manage repeat prescriptions in the NHS App and we'd like to hear from you. We're looking for people to take part in a 45-minute remote research interview in March.

You'll receive a £40 voucher as a thank you. If you're interested, please fill in this short form and we'll be in touch to arrange a time.

Thank you,
NHS App User Research Team

You're receiving this because you signed up to our research panel.""", shape="alt",
      headers=listed("<research-panel.nhsapp-ux.example.org>"), on="2026-02-18"),
    M("other", "friend_rejection", "en", "", "Tunde Bello <tunde.bello92@example.net>", "ugh",
      """Sis,

Just got the email from the Trust - they've decided not to take me forward for the charge nurse post. After two interviews!! They said someone internal had more leadership experience. Honestly so annoyed.

Anyway how did your interview with the ICB go? Call me tonight?

T"""),
    M("other", "evri_delayed", "en", "", "Evri <noreply@evri.example.com>",
      "Unfortunately your parcel is delayed",
      """Hi Aisha,

Unfortunately your parcel from Boots is running a little late. It's now expected on Thursday 5 March.

Tracking number: H01KLA0012345678

We're sorry for any inconvenience.

Evri""", shape="html", on="2026-03-02"),
    M("other", "royal_mail_missed", "en", "", "Royal Mail <no-reply@royalmail.example.com>",
      "Sorry we missed you",
      """Sorry we missed you

We tried to deliver your item today but no one was in. Your item is now at your local Customer Service Point.

Reference: KT 1234 5678 9GB

You can rearrange delivery or collect it from the enquiry office from tomorrow after 12pm.

Royal Mail""", shape="html"),
    M("other", "gps_position", "en", "", "Fitbit <no-reply@fitbit.example.com>",
      "Your run: GPS position could not be acquired",
      """Hi Aisha,

Your run on Sunday morning was saved without a map because your watch couldn't acquire a GPS position. Try waiting for a GPS lock before starting next time.

Distance (estimated): 5.2 km
Duration: 31:44

Keep it up!
Fitbit""", shape="html"),
    M("other", "credit_card_application", "en", "", "Northway Bank <no-reply@northwaybank.example.co.uk>",
      "We've received your credit card application",
      """Dear Ms Bello-Carter,

Thank you for applying for a Northway Rewards Credit Card. We've received your application and are reviewing it now.

We'll usually let you know our decision within 2 working days. If we need more information, we'll contact you.

Northway Bank plc. Authorised by the Prudential Regulation Authority.""", shape="alt"),
    M("other", "mortgage_declined", "en", "", "Keystone Mortgages <mortgages@keystone.example.co.uk>",
      "Your mortgage application - decision",
      """Dear Ms Bello-Carter,

Thank you for your recent mortgage application. Unfortunately we are unable to offer you a mortgage on this occasion, based on the information provided and our lending criteria.

You may wish to speak to an independent mortgage adviser.

Keystone Mortgages""", charset="windows-1252"),
    M("other", "letting_application_rejected", "en", "", "Sophie at Castlegate Lettings <sophie@castlegatelettings.example.co.uk>",
      "Re: 14 Beech Grove, Headingley",
      """Hi Aisha,

Thanks for your application for 14 Beech Grove. Unfortunately the landlord has decided to go with another applicant who can move in sooner. Sorry about that!

We have a similar 2-bed on Cardigan Road coming up next week - shall I book you a viewing?

Sophie
Castlegate Lettings""", quote="""Hi Sophie, I've submitted the application form and references for Beech Grove. Thanks, Aisha"""),
    M("other", "university_admission_offer", "en", "", "University of Ashcombe Admissions <admissions@ashcombe.example.ac.uk>",
      "Your application to MSc Health Data Science - decision",
      """Dear Aisha,

Congratulations! We are delighted to make you an offer of a place on the MSc Health Data Science (part-time) starting in September 2026.

Your offer is conditional on providing a copy of your degree certificate. Please log in to the applicant portal to accept your offer.

Admissions Office
University of Ashcombe""", shape="alt", on="2026-04-14"),
    M("other", "hmrc_tax_code", "en", "", "HMRC <noreply@tax.example.gov.uk>",
      "Your tax code has changed",
      """Dear Aisha Bello-Carter,

Your tax code has changed. Sign in to your personal tax account to see why and check the details are correct.

HM Revenue and Customs

Do not reply to this email.""" ),
    M("other", "nmc_revalidation", "en", "", "NMC <revalidation@nmc.example.org.uk>",
      "Your revalidation application is due",
      """Dear Aisha Bello-Carter,

Your revalidation application is due by 31 May 2026. You'll need to have completed 35 hours of CPD, five pieces of practice-related feedback, five written reflective accounts, a reflective discussion and a confirmation.

Log in to NMC Online to start your application.

Nursing and Midwifery Council""", shape="alt", contact="", on="2026-03-02"),
    M("other", "gp_missed_appointment", "en", "", "Hawthorn Surgery <hawthorn.surgery@nhs.example.net>",
      "Missed appointment",
      """Dear Ms Bello-Carter

Our records show that you did not attend your appointment with the practice nurse on 3 March at 09:10. Missed appointments cost the NHS money and prevent other patients being seen.

If you no longer need an appointment, please cancel it via the NHS App or by calling the surgery.

Hawthorn Surgery""", contact="", on="2026-03-04"),
    M("other", "own_sent_thank_you", "en", "", "Aisha Bello-Carter <aisha.bello@example.org>",
      "Thank you - Clinical Informatics Analyst interview",
      """Dear Sarah,

Thank you for taking the time to speak with me today about the Clinical Informatics Analyst role. I really enjoyed hearing about the EPR optimisation work, and I'm even more excited about the opportunity.

Please let me know if you need anything further from me.

Kind regards,
Aisha Bello-Carter""", to="Sarah Nguyen <snguyen@maplegrove.example.ca>", contact="", on="2026-05-27 19:12"),
    M("other", "recruiter_out_of_office", "en", "", "Rachel Oduya <r.oduya@marlowfinch.example.co.uk>",
      "Automatic reply: Health Economics Analyst - availability",
      """Thank you for your email. I am out of the office until Monday 16 February with limited access to email. For urgent recruitment queries please contact careers@marlowfinch.example.co.uk.

Kind regards
Rachel""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, on="2026-02-10"),
    M("other", "standup_invite", "en", "", "Ward 14 Rota <rota@ward14.example.nhs.uk>",
      "Invitation: Daily safety huddle @ Weekdays 08:15 - 08:30",
      """You have been invited to the following event.

Daily safety huddle
When: Weekdays 08:15 - 08:30 (GMT)
Where: Ward 14 office / Teams

Quick round-up of staffing, acuity and any safety concerns before the day starts.""",
      shape="ics", ics="REQUEST", ics_start="20260309T081500Z", ics_summary="Daily safety huddle", contact="", on="2026-03-05"),
    M("other", "trainline_ticket", "en", "", "Trainline <auto-confirm@info.trainline.example.com>",
      "Your tickets for Leeds to London Kings Cross",
      """Your booking is confirmed

Leeds -> London Kings Cross
Tue 17 Mar 2026, departs 06:45
Advance Single, Standard, 1 adult
Total: £42.30

Your e-tickets are in the Trainline app.""", shape="html", contact="", on="2026-03-01"),
    M("other", "energy_bill", "en", "", "Octavia Energy <hello@octavia-energy.example.co.uk>",
      "Your March statement is ready",
      """Hi Aisha,

Your latest energy statement is ready. Your balance is £34.18 in credit and your Direct Debit stays at £96 a month.

Any questions, just reply to this email and a real human will get back to you.

Team Octavia""", shape="alt", contact="hello@octavia-energy.example.co.uk"),
    M("other", "gym_class_cancelled", "en", "", "PureMove Gym <noreply@puremove.example.com>",
      "Your class has been cancelled",
      """Hi Aisha,

Unfortunately Tuesday's 18:30 HIIT class at PureMove Leeds City has been cancelled due to instructor illness. We've refunded the credit to your account.

We're sorry for the inconvenience - see you at another class soon!""", shape="html"),
    M("other", "streaming_payment", "en", "", "Streamly <info@mailer.streamly.example.com>",
      "Your payment was declined",
      """Hi Aisha,

We couldn't process your latest payment. Please update your payment details to keep watching.

The Streamly Team""", shape="html"),
    M("other", "radio_interview", "en", "", "Dawn Pickering <dawn.pickering@radioleeds.example.co.uk>",
      "Interview request - Breakfast show",
      """Hi Aisha,

I'm a producer on the breakfast show. We're doing a piece on nurses moving into tech and data roles, and a colleague at the RCN suggested you. Would you be willing to do a short live phone interview on Thursday at about 7.40am? It'd be five minutes, very friendly.

Thanks,
Dawn
Producer, Breakfast Show
Radio Leeds"""),
    M("other", "candidate_experience_survey", "en", "", "Carewave via Survey <survey@candidatepulse.example.com>",
      "How did we do? Tell us about your interview experience",
      """Hi Aisha,

You recently interviewed with Carewave. We'd love to hear about your experience - it takes 2 minutes and is completely anonymous.

Start the survey

Your answers won't affect any hiring decision.
Unsubscribe from surveys""", shape="html", headers=listed("<surveys.candidatepulse.example.com>")),
]

OTHERS += [
    # French
    M("other", "fr_wttj_newsletter", "fr", "", "Welcome to the Jungle <newsletter@welcometothejungle.com>",
      "Refus après un entretien : comment rebondir ?",
      """Cette semaine dans la newsletter

Refus après un entretien : comment rebondir ?
« Nous sommes au regret de vous informer… » Cette phrase, on la redoute tous. Nos conseils pour demander un retour, analyser ce qui a coincé et repartir du bon pied.

Entretien manqué : faut-il s'excuser ?
Un imprévu vous a fait rater votre entretien ? Voici comment écrire un message sincère au recruteur.

Les offres de la semaine : Data Analyst santé, Chef de projet e-santé, Infirmière coordinatrice.

Se désinscrire""", shape="html", headers=listed("<newsletter.welcometothejungle.com>")),
    M("other", "fr_indeed_alerte", "fr", "", "Indeed <alert@indeed.com>",
      "15 nouveaux emplois : data analyst santé - Lyon",
      """Nouveaux emplois correspondant à votre alerte

Data Analyst Santé H/F
Clinisphère - Lyon (69)
Postuler simplement

Chargé d'études médico-économiques
CHU Rhône Nord - Bron
Candidature rapide

Voir toutes les offres
Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner""", shape="html",
      headers=listed("<job-alerts.indeed.com>")),
    M("other", "fr_colissimo_retard", "fr", "", "Colissimo <noreply@colissimo.example.fr>",
      "Votre colis a du retard",
      """Bonjour,

Malheureusement, votre colis n° 6A12345678901 a pris du retard suite à un incident d'acheminement. Il vous sera livré dans les meilleurs délais.

Nous vous prions de nous excuser pour la gêne occasionnée.

Colissimo""", shape="html", charset="iso-8859-1", cte="qp"),
    M("other", "fr_credit_demande", "fr", "", "Banque Lyonnaise Directe <ne-pas-repondre@blb-directe.example.fr>",
      "Votre demande de prêt personnel a bien été reçue",
      """Madame,

Nous avons bien reçu votre demande de prêt personnel n° 2026-88421. Votre dossier est en cours d'étude par nos services et une réponse vous sera apportée sous 48 heures ouvrées.

Banque Lyonnaise Directe""", charset="iso-8859-1"),
    M("other", "fr_location_refusee", "fr", "", "Agence Bellecour Immobilier <location@bellecour-immo.example.fr>",
      "Votre dossier de location - 12 rue Sala",
      """Bonjour Madame,

Nous vous remercions pour votre dossier concernant l'appartement du 12 rue Sala. Malheureusement, le propriétaire a retenu une autre candidature.

Nous restons à votre disposition pour d'autres biens.

Cordialement,
Agence Bellecour Immobilier"""),
    M("other", "fr_podcast", "fr", "", "Inès Morel <ines@soins-et-code.example.fr>", "Interview pour le podcast Soins & Code",
      """Bonjour Aisha,

J'anime le podcast Soins & Code, qui donne la parole aux soignants passés dans le numérique. Accepterais-tu une interview d'une trentaine de minutes, enregistrée à distance, pour parler de ton parcours ?

Belle journée,
Inès"""),
    M("other", "fr_amie_refus", "fr", "", "Camille Dubois <camille.dubois@example.net>", "bon...",
      """Coucou Aisha,

Bon, j'ai eu la réponse de la clinique : refus. Ils ont pris quelqu'un avec plus d'expérience en bloc. Je suis dégoûtée, j'y croyais vraiment.

On se fait un apéro ce week-end pour me remonter le moral ?

Bisous,
Camille"""),
    M("other", "fr_doctolib_annule", "fr", "", "Doctolib <no-reply@doctolib.example.fr>",
      "Votre rendez-vous a été annulé",
      """Bonjour Aisha,

Votre rendez-vous du mardi 14 avril à 9h30 avec Dr Martin (dermatologue) a été annulé par le cabinet.

Vous pouvez reprendre un rendez-vous en ligne.

L'équipe Doctolib""", shape="html", on="2026-04-09"),
    M("other", "fr_recruteur_approche", "fr", "", "Nicolas Perrin <n.perrin@hunteo-sante.example.fr>",
      "Votre profil",
      """Bonjour Aisha,

Votre profil d'infirmière passée à la data santé m'a interpellé. J'accompagne plusieurs éditeurs de logiciels médicaux qui recrutent régulièrement ce type de profils.

Si vous envisagez un changement dans les prochains mois, n'hésitez pas à m'envoyer votre CV : je pourrai vous tenir informée des opportunités.

Bien à vous,
Nicolas Perrin
Hunteo Santé"""),
    # German
    M("other", "de_stepstone_jobagent", "de", "", "StepStone Jobagent <jobagent@stepstone.de>",
      "8 neue Jobs für \"Medizininformatik\"",
      """Ihr Jobagent hat neue Stellen gefunden

Medizininformatiker (m/w/d) - Klinikverbund Nordheide - Hamburg
Data Analyst Gesundheitswesen (m/w/d) - Versa Krankenkasse - Berlin
Referent Digitalisierung Pflege (m/w/d) - Städtisches Klinikum - München

Alle Jobs anzeigen
Jobagent bearbeiten oder abbestellen""", shape="html", headers=listed("<jobagent.stepstone.de>")),
    M("other", "de_xing_newsletter", "de", "", "XING News <newsletter@xing.example.com>",
      "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
      """Ihre Karriere-News der Woche

Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig
Eine Absage ist kein Grund aufzugeben. Personaler verraten, warum eine höfliche Antwort oft Türen öffnet.

Einladung zum Vorstellungsgespräch: 7 Fragen, die Sie stellen sollten

Abmelden | Impressum""", shape="html", charset="iso-8859-1", cte="qp",
      headers=listed("<karriere-news.xing.example.com>")),
    M("other", "de_headhunter_ansprache", "de", "", "Katrin Vogel <k.vogel@vogel-partner.example.de>",
      "Ihr Profil",
      """Liebe Frau Bello-Carter,

ich bin auf Ihr Profil aufmerksam geworden und finde Ihren Weg aus der Pflege in die Gesundheitsdatenanalyse sehr spannend. Ich betreue mehrere Mandanten aus der Health-IT, die laufend solche Profile suchen.

Wenn Sie offen für einen Wechsel sind, senden Sie mir gerne Ihren aktuellen Lebenslauf, dann melde ich mich, sobald etwas Passendes dabei ist.

Herzliche Grüße
Katrin Vogel
Vogel & Partner Personalberatung"""),
    M("other", "de_dhl_verspaetung", "de", "", "DHL Paket <noreply@dhl.example.de>",
      "Ihre Sendung verzögert sich",
      """Hallo,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890. Wir bitten um Entschuldigung. Die neue voraussichtliche Zustellung ist Mittwoch.

Ihr DHL Team""", shape="html"),
    M("other", "de_kreditantrag", "de", "", "Sparkasse Nordufer <service@sparkasse-nordufer.example.de>",
      "Eingangsbestätigung Ihres Kreditantrags",
      """Sehr geehrte Frau Bello-Carter,

vielen Dank für Ihren Antrag auf einen Ratenkredit. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft. Wir melden uns innerhalb von drei Werktagen bei Ihnen.

Mit freundlichen Grüßen
Ihre Sparkasse Nordufer""", charset="iso-8859-1", cte="qp", contact=""),
    M("other", "de_wohnungsabsage", "de", "", "Hausverwaltung Becker <vermietung@hv-becker.example.de>",
      "Ihre Anfrage zur Wohnung Lindenstraße 8",
      """Sehr geehrte Frau Bello-Carter,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Lindenstraße 8. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben.

Mit freundlichen Grüßen
Hausverwaltung Becker"""),
    M("other", "de_radio_interview", "de", "", "Jana Hoffmann <jana.hoffmann@radio-mitte.example.de>",
      "Interviewanfrage",
      """Hallo Frau Bello-Carter,

wir planen für unsere Sendung am Donnerstag einen Beitrag über den Pflegekräftemangel in Europa und würden gerne ein kurzes Telefoninterview mit Ihnen führen (ca. 10 Minuten). Hätten Sie Zeit?

Beste Grüße
Jana Hoffmann
Redaktion, Radio Mitte"""),
    M("other", "de_zulassung", "de", "", "Hochschule Rheinau Studierendenservice <zulassung@hs-rheinau.example.de>",
      "Zulassungsbescheid Master Gesundheitsinformatik",
      """Sehr geehrte Frau Bello-Carter,

wir freuen uns, Ihnen mitteilen zu können, dass Sie zum Wintersemester 2026/27 für den Masterstudiengang Gesundheitsinformatik zugelassen sind. Den Zulassungsbescheid finden Sie im Bewerbungsportal.

Bitte nehmen Sie den Studienplatz bis zum 15. August an.

Ihr Studierendenservice""", charset="iso-8859-1", cte="qp", contact="", on="2026-07-20"),
    M("other", "de_freundin_absage", "de", "", "Miriam Schulz <miri.schulz@example.net>", "Absage :(",
      """Hey Aisha,

ich hab heute die Absage von der Uniklinik bekommen. Nach drei Runden! Die haben sich für eine interne Kandidatin entschieden. Ich bin echt frustriert.

Wie läuft's bei dir? Drück dir die Daumen für London!

Miri"""),
    M("other", "de_abwesenheit", "de", "", "Petra Jahn <petra.jahn@ukw.example.de>",
      "Abwesenheitsnotiz: Ihr heutiger Termin",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Mai nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@ukw.example.de.

Mit freundlichen Grüßen
Petra Jahn""", headers={"Auto-Submitted": "auto-replied"}, charset="iso-8859-1", on="2026-04-23 09:31"),
    M("other", "de_bahn_verspaetung", "de", "", "Deutsche Bahn <noreply@bahn.example.de>",
      "Ihre Reise: Verspätung ICE 578",
      """Reiseinformation

ICE 578 Frankfurt(Main)Hbf - Köln Hbf
Ihr Zug hat voraussichtlich 25 Minuten Verspätung. Grund: Reparatur an einem Signal.

Ihre Anschlussverbindung ist gefährdet. Bitte prüfen Sie Alternativen in der App.""", shape="html"),
    # Spanish
    M("other", "es_infojobs_alerta", "es", "", "InfoJobs <alertas@infojobs.net>",
      "Nuevas ofertas: analista de datos sanitarios",
      """Hola Aisha, tenemos 9 ofertas nuevas para ti

Analista de Datos Sanitarios - Hospital Costa Blanca - Alicante
Técnico/a de Calidad Asistencial - Grupo Clínico Norte - Bilbao
Data Analyst Salud Digital - Medilink - Madrid (remoto)

Ver todas las ofertas
Darse de baja de esta alerta""", shape="html", headers=listed("<alertas.infojobs.net>")),
    M("other", "es_newsletter_entrevistas", "es", "", "Talento Salud Newsletter <boletin@talentosalud.example.es>",
      "Cómo responder a un rechazo y preparar tu próxima entrevista",
      """Boletín semanal

Lamentamos comunicarte… ¿y ahora qué?
Recibir un rechazo tras una entrevista es duro. Te contamos cómo pedir feedback sin parecer insistente.

Cinco preguntas que siempre salen en una entrevista por competencias.

Darse de baja""", shape="html", headers=listed("<boletin.talentosalud.example.es>")),
    M("other", "es_correos_retraso", "es", "", "Correos <noreply@correos.example.es>",
      "Tu envío se ha retrasado",
      """Hola,

Lamentamos informarte de que tu envío PQ4B7J0712345670128001N ha sufrido un retraso. Te lo entregaremos lo antes posible.

Correos""", shape="html", charset="iso-8859-1"),
    M("other", "es_amiga_rechazo", "es", "", "Carla Méndez <carla.mendez88@example.net>", "te cuento",
      """Hola guapa,

Al final me dijeron que no en lo del hospital de Valencia, que han elegido a otra persona con más experiencia en UCI. Estoy un poco de bajón la verdad.

¿Y tú qué tal con lo de Madrid? ¡Cuéntame!

Besos,
Carla"""),
    M("other", "es_banco_solicitud", "es", "", "Banco Meridiano <notificaciones@bancomeridiano.example.es>",
      "Hemos recibido tu solicitud de tarjeta",
      """Hola Aisha,

Hemos recibido tu solicitud de la Tarjeta Meridiano Oro. La estamos revisando y te daremos una respuesta en un plazo de 48 horas.

Gracias por confiar en Banco Meridiano.""", shape="alt"),
]


LATER = [
    M("rejection", "taleo_odd_format", "en", "Hoshino Pharmaceutical",
      "Hoshino Pharmaceutical <hoshino@taleo.net>", "Hoshino Pharmaceutical - Job Application Status Update",
      """Dear  Aisha Bello-Carter ,

RE :  Requisition Number  2600417  -  REAL WORLD EVIDENCE ANALYST  (London, GB)

Thank you for your interest in career opportunities with Hoshino Pharmaceutical Europe.

We have carefully reviewed your qualifications against the requirements of the position. We regret to inform you that we have decided to pursue other candidates whose qualifications more closely match the requirements of this position.

Your profile will remain in our database and we may contact you should a suitable position become available.

We thank you for your interest in Hoshino and wish you success in your career.

Best Regards,
Hoshino Pharmaceutical Europe - Talent Acquisition

*** This is an automated message. Please do not reply. ***""", contact="", charset="windows-1252", cte="qp",
      on="2026-08-11"),
    M("rejection", "long_chain_typos", "en", "Taff Valley University Health Board",
      "Owain Pritchard <owain.pritchard@taffvalley.example.nhs.wales>", "Re: your application",
      """Hi Aisha,

Sorry its taken so long to get back to you, its been mad here with winter pressures. I'm afraid we've offered the post to someone else - it was really close and your presentation on the dashboards was great. Id be happy to give you feedback over the phone if useful.

Diolch,
Owain

Owain Pritchard
Head of Nursing Informatics
Taff Valley University Health Board
Bwrdd Iechyd Prifysgol Dyffryn Taf""",
      quote="""Hi Owain,

Just wanted to check in on the Digital Nurse Lead post - I know it's a busy time. Thanks again for Tuesday.

Aisha

On Thu, 5 Feb 2026 at 16:40, Owain Pritchard <owain.pritchard@taffvalley.example.nhs.wales> wrote:
> Hi Aisha, great, see you Tuesday 10am at Llandough House, reception will direct you.
> Owain
>
> On Thu, 5 Feb 2026 at 09:12, Aisha Bello-Carter <aisha.bello@example.org> wrote:
>> Dear Owain, thank you for the invitation to interview for the Digital Nurse Lead post. Tuesday at 10am works well for me.
>> Kind regards, Aisha
>>
>> On Wed, 4 Feb 2026 at 17:03, Owain Pritchard <owain.pritchard@taffvalley.example.nhs.wales> wrote:
>>> Dear Aisha, we would like to invite you to interview for the Digital Nurse Lead post on Tuesday 10 Feb at 10am, with a 10 minute presentation. Please confirm.
>>> Owain""", on="2026-02-24"),
    M("interview_invitation", "other_post_after_unsuccessful", "en", "Lagan Health and Social Care Trust",
      "Niamh McCann <niamh.mccann@laganhsc.example.org.uk>", "Informatics Nurse Band 6",
      """Dear Aisha,

Although you were not successful at interview for the Band 7 Clinical Informatics Lead post, the panel were very impressed with you and have asked me to invite you to interview for the Band 6 Informatics Nurse post, which was advertised separately.

The interview would be on Thursday 30 April at 11am in the Trust Headquarters, Belfast. There is no presentation for this post. Could you let me know by Monday if you would like to take up this offer of an interview?

Kind regards

Niamh McCann
Recruitment Manager
Lagan Health and Social Care Trust
028 9096 0411""", on="2026-04-21"),
    M("interview_invitation", "jobvite_brazilian", "en", "Brasa Health",
      "Brasa Health <notification@jobvite.com>", "Interview request from Brasa Health",
      """Hi Aisha,

Obrigado - thank you! - for applying to the Clinical Operations Analyst position at Brasa Health. Our London team would like to invite you to a 45-minute video interview with Rafael Souza (Head of Clinical Ops, UK) and Beatriz Lima (Data Lead, São Paulo).

Please reply with your availability for the week of 13 July, and we'll send a Google Meet link.

Best,
Rafael Souza
Brasa Health""", reply_to="Rafael Souza <rafael.souza@brasahealth.example.com>", shape="html", on="2026-07-03"),
    M("interview_reschedule_or_cancel", "jobvite_moved", "en", "Brasa Health",
      "Rafael Souza <rafael.souza@brasahealth.example.com>", "Re: Interview request from Brasa Health",
      """Hi Aisha - Beatriz has a clash with our quarterly review in São Paulo on Wednesday, can we move to Thursday 16th same time (2pm UK)? Sorry about this, the joys of two time zones!

Rafael""", quote="""Hi Rafael, Wednesday 15 July at 2pm UK time would be great. Best wishes, Aisha""",
      on="2026-07-10"),
    M("application_received", "eploy_council", "en", "Forthside Council",
      "Forthside Council Recruitment <recruitment-noreply@forthside.eploy.example.net>",
      "Forthside Council: Application Received - Health and Social Care Data Officer",
      """Dear Aisha

Thank you for your application for the role of Health and Social Care Data Officer (Ref: FC-26-0781), Edinburgh.

Your application will be reviewed by the recruiting manager once the vacancy has closed. You can log in to your account at any time to check the status of your application.

Forthside Council - Working for a fairer Forthside

This is an automated email from the Eploy recruitment system.""", shape="alt", on="2026-08-17"),
    M("application_received", "reed_ack", "en", "Dovetail Pharmacy Group",
      "reed.co.uk <noreply@reed.co.uk>", "Your application has been sent to Dovetail Pharmacy Group",
      """Hi Aisha,

Good news - your application for Clinical Data Coordinator has been sent to Dovetail Pharmacy Group.

What happens next? The recruiter will review your CV and be in touch if you're a good match.

Good luck!
The reed.co.uk team""", shape="html", on="2026-09-07"),
    M("rejection", "jobtrain_not_shortlisted", "en", "Queensferry University",
      "Queensferry University <no-reply@jobtrain.example.co.uk>", "Vacancy: Research Data Manager (QU-1193)",
      """Dear Aisha

Thank you for your recent application for the post of Research Data Manager (QU-1193) at Queensferry University.

Unfortunately, on this occasion you have not been shortlisted for interview. We had a high number of applications and the shortlisting panel had a difficult decision to make.

Thank you for your interest in Queensferry University.

Human Resources""", shape="alt", cte="b64", on="2026-09-14"),
    M("offer", "dublin_contract", "en", "St Anne's University Hospital",
      "Aoife Gallagher <aoife.gallagher@stannes.example.ie>", "Contract - Clinical Informatics Nurse Manager",
      """Hi Aisha,

Following on from our call on Friday, please find attached your contract of employment for the post of Clinical Informatics Nurse Manager (CNM2), together with the Garda vetting forms.

If you could sign and return the contract by the 4th of September we can get your start date confirmed for October. Any queries at all just give me a shout.

Kind regards,
Aoife

Aoife Gallagher
HR Business Partner
St Anne's University Hospital, Dublin 8
+353 1 555 0142""", charset="iso-8859-1", on="2026-08-24"),
    M("rejection", "de_lange_kette", "de", "Pflegewerk Digital",
      "Stefan Lorenz <stefan.lorenz@pflegewerk.example.de>", "AW: AW: Zweites Gespräch",
      """Hallo Frau Bello-Carter,

vielen Dank nochmals für das zweite Gespräch und Ihre Geduld. Nach intensiver Abwägung haben wir uns leider für einen anderen Kandidaten entschieden, der bereits Erfahrung mit SAP IS-H mitbringt.

Ich wünsche Ihnen für Ihre Suche alles Gute und würde mich freuen, wenn wir in Kontakt bleiben.

Viele Grüße
Stefan Lorenz
Teamlead Produkt
Pflegewerk Digital GmbH, Leipzig""",
      quote="""Hallo Herr Lorenz,

gibt es schon Neuigkeiten zu meiner Bewerbung? Ich freue mich auf Ihre Rückmeldung.

Viele Grüße
Aisha Bello-Carter

Am 02.09.2026 um 17:21 schrieb Stefan Lorenz <stefan.lorenz@pflegewerk.example.de>:
> Hallo Frau Bello-Carter,
> danke für das angenehme zweite Gespräch heute. Wir melden uns Ende nächster Woche bei Ihnen.
> Viele Grüße
> Stefan Lorenz""", quote_style="de", charset="iso-8859-1", cte="qp", on="2026-09-16"),
    M("application_received", "fr_teamtailor", "fr", "Kalya Santé",
      "Kalya Santé <no-reply@teamtailor-mail.com>", "Merci pour votre candidature !",
      """Bonjour Aisha,

Merci d'avoir postulé au poste de Chef de projet données cliniques chez Kalya Santé ! Nous avons bien reçu votre candidature et nous la lirons avec attention.

Nous revenons vers vous dans les deux semaines.

À bientôt,
Margaux, Talent Acquisition - Kalya Santé""", shape="html", on="2026-09-21"),
    M("other", "totaljobs_alert", "en", "", "Totaljobs <jobalerts@totaljobs.example.com>",
      "Your daily jobs: Clinical Data Analyst in Manchester",
      """Clinical Data Analyst in Manchester - 9 new jobs

Clinical Data Analyst | Pennine Health Partners | Manchester | £38,000 - £44,000
Healthcare Data Analyst | Circa Insights | Remote | £40,000
Patient Safety Data Lead | Trafford Care Alliance | Hybrid | Competitive

View all 9 jobs
You're receiving this email because you created a job alert. Unsubscribe""", shape="html",
      headers=listed("<jobalerts.totaljobs.example.com>"), on="2026-06-09"),
    M("other", "dpd_rescheduled", "en", "", "DPD <noreply@dpd.example.co.uk>",
      "Your DPD delivery has been rescheduled",
      """Hi Aisha,

Your parcel from Currys has been rescheduled for delivery on Tuesday 9 June between 10:14 and 11:14. Your driver today is Kwame.

Not going to be in? Change your delivery.

DPD""", shape="html", on="2026-06-08"),
    M("other", "council_tax", "en", "", "Leeds City Council <counciltax@leeds.example.gov.uk>",
      "Your Council Tax bill 2026/27",
      """Dear Ms Bello-Carter

Your Council Tax bill for 2026/27 is now available in your online account. Your instalments of £142.00 will be collected on the 1st of each month from April to January.

Council Tax Services""", contact="", on="2026-03-12"),
    M("other", "dbs_submitted", "en", "", "uCheck <no-reply@ucheck.example.co.uk>",
      "Your DBS application has been submitted",
      """Dear Aisha,

Your Enhanced DBS application (reference E123456789) has been submitted to the Disclosure and Barring Service on behalf of Bristol Riverside NHS Foundation Trust.

You can track progress online. Most applications are completed within 14 days.

uCheck""", shape="alt", on="2026-04-02"),
    M("other", "own_reply_to_rejection", "en", "", "Aisha Bello-Carter <aisha.bello@example.org>",
      "Re: your application",
      """Hi Owain,

Thank you for letting me know, and for the kind words - I'd really appreciate the feedback call. Would Thursday afternoon work?

Best wishes,
Aisha""", to="Owain Pritchard <owain.pritchard@taffvalley.example.nhs.wales>",
      quote="""Hi Aisha,

Sorry its taken so long to get back to you. I'm afraid we've offered the post to someone else - it was really close. Id be happy to give you feedback over the phone if useful.

Owain""", contact="", on="2026-02-25"),
    M("other", "talent_community_newsletter", "en", "", "Nimbus Care Talent Community <talent@nimbuscare.example.com>",
      "Life at Nimbus Care: summer update",
      """Hi Aisha,

You joined our talent community, so here's what's new at Nimbus Care:
- We've opened a new hub in Leeds
- Meet Priyanka, who moved from A&E nursing to our data team
- 6 new roles, including Clinical Safety Officer and Senior Data Analyst

Browse open roles
Not interested anymore? Unsubscribe""", shape="html", headers=listed("<talent-community.nimbuscare.example.com>"),
      contact="", on="2026-07-28"),
]


LATER += [
    M("application_received", "es_mexico_acuse", "es", "Grupo Médico Ángeles del Norte",
      "Reclutamiento GMAN <reclutamiento@gman.example.mx>", "Recibimos tu postulación",
      """Hola Aisha, ¿qué tal?

Te confirmamos que recibimos tu postulación para la vacante de Analista de Información en Salud (home office). Nuestro equipo de Capital Humano la está revisando y, si tu perfil avanza, te contactaremos por este medio o por WhatsApp.

Por el alto volumen de postulaciones no nos es posible dar respuesta personalizada a cada persona, pero te agradecemos mucho tu interés.

Saludos,
Capital Humano
Grupo Médico Ángeles del Norte""", on="2026-05-25"),
    M("rejection", "es_argentina_voseo", "es", "Sanar Digital",
      "Florencia Ruiz <florencia.ruiz@sanardigital.example.com.ar>", "Re: Entrevista con el equipo",
      """Hola Aisha, ¿cómo estás?

Te quería agradecer por tu tiempo en la entrevista con el equipo. Lamentablemente decidimos avanzar con otra persona para el puesto, alguien que ya trabajó con HL7 en Argentina. Sabemos que no es la respuesta que esperabas.

Ojalá podamos cruzarnos más adelante. ¡Mucha suerte!

Flor
Talent Acquisition | Sanar Digital""", quote="""Hola Florencia, muchas gracias por la entrevista de ayer. Saludos, Aisha""",
      quote_style="es", on="2026-08-04"),
    M("rejection", "fr_suisse_formel", "fr", "Hôpital Régional du Léman",
      "Ressources humaines HRL <rh@hrleman.example.ch>", "Votre postulation - Infirmière spécialiste en informatique clinique",
      """Madame,

Nous accusons réception de votre dossier de postulation et vous remercions de l'intérêt que vous portez à notre institution.

Après examen attentif, nous avons le regret de vous informer que nous ne pouvons pas retenir votre candidature, d'autres profils correspondant davantage aux exigences du poste, notamment une autorisation de pratique dans le canton.

Nous vous souhaitons plein succès dans vos recherches et vous adressons, Madame, nos salutations les meilleures.

Ressources humaines
Hôpital Régional du Léman""", charset="iso-8859-1", cte="qp", on="2026-06-29"),
    M("interview_invitation", "de_oesterreich", "de", "Salzachtal Kliniken",
      "Mag. Eva Huber <eva.huber@salzachtal-kliniken.example.at>", "Einladung zum Bewerbungsgespräch",
      """Sehr geehrte Frau Bello-Carter,

herzlichen Dank für Ihre Bewerbung als Pflegeinformatikerin. Gerne laden wir Sie zu einem Bewerbungsgespräch via MS Teams ein.

Wir würden Ihnen Montag, den 14. September, um 9:30 Uhr oder Dienstag, den 15. September, um 14:00 Uhr vorschlagen. Das Gespräch dauert ca. 45 Minuten; anwesend sind die Pflegedirektorin und ich.

Um kurze Rückmeldung, welcher Termin Ihnen besser passt, wird gebeten.

Mit freundlichen Grüßen
Mag. Eva Huber
Personalentwicklung
Salzachtal Kliniken
Tel. +43 662 555 0190""", charset="iso-8859-1", cte="qp", on="2026-09-03"),
]


if __name__ == "__main__":
    write_all(REJECTIONS + INVITATIONS + RESCHEDULES + MISSED + ACKS + OFFERS + OTHERS + LATER)
