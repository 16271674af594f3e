"""Writes the forty-seventh labelled corpus: one candidate's inbox, Jan-Oct 2026.

Each message below is written out by hand (no templates with names swapped); this file only
turns the hand-written text into MIME (plain, HTML-only, multipart/alternative, calendar parts,
attachments; 7bit, 8bit, quoted-printable, base64; utf-8, iso-8859-1, windows-1252) and writes
labels.csv. Run it from anywhere: `python tests/corpus_fortyseventh/make_fortyseventh.py`.
It creates and deletes files only inside its own folder. Imports: the standard library only.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html as htmllib
import quopri
import random
import re
import textwrap
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = ("Priya Raghunathan-Clarke", "priya.rc@example.co.uk")
KIND_DIRS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
MESSAGES: list[dict] = []


def m(kind: str, slug: str, lang: str, company: str, contact: str, frm: tuple[str, str] | str,
      subject: str, text: str | None = None, **opts: object) -> None:
    """Records one hand-written message; rendering happens later, in order."""
    MESSAGES.append(dict(kind=kind, slug=slug, lang=lang, company=company, contact=contact,
                         frm=frm, subject=subject, text=text, **opts))


# ---------------------------------------------------------------- quoting helpers

def _fmt_when(when: datetime, style: str) -> str:
    days_en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    if style == "gmail":
        return f"{days_en[when.weekday()]}, {when.day} {months_en[when.month - 1]} {when.year} at {when:%H:%M}"
    if style == "outlook":
        full = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        mon = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
        return f"{full[when.weekday()]}, {when.day} {mon[when.month - 1]} {when.year} {when:%H:%M}"
    if style == "de":
        return f"{when:%d.%m.%Y} um {when:%H:%M}"
    if style == "fr":
        jours = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
        mois = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
                "nov.", "déc."]
        return f"{jours[when.weekday()]} {when.day} {mois[when.month - 1]} {when.year} à {when:%H:%M}"
    if style == "es":
        dias = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        meses = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        return f"{dias[when.weekday()]}, {when.day} {meses[when.month - 1]} {when.year} a las {when:%H:%M}"
    raise ValueError(style)


def quote_block(style: str, who: tuple[str, str], when: datetime, body: str,
                to: tuple[str, str] | None = None, subject: str = "") -> str:
    """The quoted earlier message as each mail program writes it."""
    name, addr = who
    if style == "outlook":
        to_name = to[0] if to else ME[0]
        return ("\n\n________________________________\n"
                f"From: {name} <{addr}>\nSent: {_fmt_when(when, 'outlook')}\nTo: {to_name}\n"
                f"Subject: {subject}\n\n{body.strip()}\n")
    if style == "forward":
        return ("\n\n---------- Forwarded message ---------\n"
                f"From: {name} <{addr}>\nDate: {_fmt_when(when, 'gmail')}\nSubject: {subject}\n"
                f"To: {ME[0]} <{ME[1]}>\n\n{body.strip()}\n")
    intro = {
        "gmail": f"On {_fmt_when(when, 'gmail')}, {name} <{addr}> wrote:",
        "de": f"Am {_fmt_when(when, 'de')} schrieb {name} <{addr}>:",
        "fr": f"Le {_fmt_when(when, 'fr')}, {name} <{addr}> a écrit :",
        "es": f"El {_fmt_when(when, 'es')}, {name} (<{addr}>) escribió:",
    }[style]
    quoted = "\n".join(("> " + line) if line else ">" for line in body.strip().splitlines())
    return f"\n\n{intro}\n{quoted}\n"


# ---------------------------------------------------------------- HTML helpers

def html_page(paras: list[str], *, brand: str = "", logo_alt: str = "", footer: str = "",
              links: int = 0, domain: str = "example.com", color: str = "#1f3a5f") -> str:
    """A table-laid e-mail page with inline styles, a logo and tracking links, as ATS mail is."""
    rows = []
    for p in paras:
        cell = htmllib.escape(p, quote=False).replace("\n", "<br>\n")
        cell = re.sub(r"\[\[(.+?)\|(.+?)\]\]",
                      lambda mm: f'<a href="{mm.group(2)}" style="color:{color}">{mm.group(1)}</a>',
                      cell)
        rows.append(f'<tr><td style="font-family:Arial,Helvetica,sans-serif;font-size:14px;'
                    f'line-height:20px;color:#333333;padding:0 24px 14px 24px">{cell}</td></tr>')
    logo = ""
    if logo_alt:
        logo = (f'<tr><td style="padding:20px 24px;background:{color}"><img src="https://cdn.{domain}/'
                f'email/logo.png" alt="{htmllib.escape(logo_alt)}" width="140" height="36" '
                f'style="display:block;border:0"></td></tr>')
    track = "".join(
        f'<a href="https://click.{domain}/ls/click?upn=u{i:03d}-{hashlib.sha1((brand + str(i)).encode()).hexdigest()[:18]}"'
        f' style="color:#888888;font-size:11px;margin-right:8px">{t}</a>'
        for i, t in enumerate(["Privacy", "Preferences", "Help"][:links]))
    foot = ""
    if footer or track:
        foot = (f'<tr><td style="font-family:Arial,sans-serif;font-size:11px;color:#888888;'
                f'padding:18px 24px;border-top:1px solid #e5e5e5">{htmllib.escape(footer)}<br>{track}</td></tr>')
    pixel = f'<img src="https://t.{domain}/o/{hashlib.md5(brand.encode()).hexdigest()}.gif" width="1" height="1" alt="">'
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\"><title></title></head>\n<body style=\"margin:0;padding:0;background:#f4f4f4\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">"
            "<tr><td align=\"center\">\n<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
            "style=\"background:#ffffff\">\n" + logo + "\n<tr><td style=\"height:18px\"></td></tr>\n"
            + "\n".join(rows) + "\n" + foot + "\n</table></td></tr></table>\n" + pixel + "\n</body></html>\n")


def html_to_text(paras: list[str]) -> str:
    return "\n\n".join(re.sub(r"\[\[(.+?)\|(.+?)\]\]", r"\1 <\2>", p) for p in paras) + "\n"


# ---------------------------------------------------------------- calendar helper

def ics(uid: str, summary: str, start: datetime, minutes: int, organizer: tuple[str, str],
        *, method: str = "REQUEST", location: str = "", description: str = "",
        sequence: int = 0) -> str:
    """A one-event VCALENDAR as Outlook, Google and ATS schedulers send it."""
    end = start + timedelta(minutes=minutes)
    dt = f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{end:%Y%m%dT%H%M%SZ}"
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Scheduler//EN", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{start - timedelta(days=3):%Y%m%dT%H%M%SZ}", dt,
        f"SUMMARY:{summary}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
        f"SEQUENCE:{sequence}", f"STATUS:{status}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- MIME rendering

def _addr(who: tuple[str, str] | str, charset: str = "utf-8") -> str:
    if isinstance(who, str):
        return who
    name, addr = who
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{Header(name, charset).encode()} <{addr}>"


def _leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    return head.encode("ascii") + body


def _multi(subtype: str, parts: list[bytes], seed: str) -> bytes:
    boundary = "----=_Part_" + hashlib.sha1((seed + subtype).encode()).hexdigest()[:20]
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\r\n\r\n".encode()]
    for part in parts:
        out.append(f"--{boundary}\r\n".encode() + part.rstrip(b"\r\n") + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


def _attachment(filename: str, ctype: str, data: bytes) -> bytes:
    body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return (f"Content-Type: {ctype}; name=\"{filename}\"\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Disposition: attachment; filename=\"{filename}\"\r\n\r\n").encode() + body


def wrap_plain(text: str) -> str:
    """Lines folded at 76 columns as most mail programs send 7bit text; quoted lines kept."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 76 or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, 76, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def _cte_for(text: str, charset: str, wanted: str | None) -> str:
    if wanted:
        return wanted
    return "7bit" if text.isascii() else "quoted-printable"


def render(spec: dict, when: datetime, n: int) -> bytes:
    """One message's bytes: headers as real senders write them, then the MIME body."""
    frm = spec["frm"]
    sender_addr = frm if isinstance(frm, str) else frm[1]
    domain = sender_addr.split("@")[1].strip(">")
    charset = str(spec.get("charset", "utf-8"))
    seed = f"{n}-{spec['slug']}"
    text = spec["text"]
    quote = spec.get("quote")
    if quote:
        style, who, days, qbody = quote[:4]
        qsubject = quote[4] if len(quote) > 4 else spec["subject"].split(":", 1)[-1].strip()
        qwhen = when - timedelta(days=days, hours=2, minutes=17)
        block = quote_block(style, who, qwhen, qbody, subject=qsubject)
        text = text.replace("{Q}", block) if text and "{Q}" in text else (text or "") + block
    paras = spec.get("html")
    layout = spec.get("layout") or ("html" if paras and text is None else "alt" if paras else "plain")
    cte = spec.get("cte")
    parts: list[bytes] = []
    if text is not None and not spec.get("long_lines"):
        text = wrap_plain(text)
    if layout == "plain":
        body = _leaf("text/plain", text, charset, _cte_for(text, charset, cte),
                     spec.get("ctparams", ""))
    else:
        hp = dict(spec.get("hp", {}))
        hp.setdefault("domain", domain)
        page = html_page(paras, **hp)
        if charset != "utf-8":
            page = page.replace("charset=utf-8", f"charset={charset}")
        html_part = _leaf("text/html", page, charset, _cte_for(page, charset, cte))
        if layout == "html":
            body = html_part
        else:
            plain = text if text is not None else html_to_text(paras)
            body = _multi("alternative", [_leaf("text/plain", plain, charset,
                                                 _cte_for(plain, charset, cte)), html_part], seed)
    cal = spec.get("ics")
    if cal:
        cal_part = _leaf("text/calendar", cal, "utf-8", "7bit" if cal.isascii() else "base64",
                         f"; method={spec.get('ics_method', 'REQUEST')}")
        if spec.get("ics_inline"):
            body = _multi("alternative", [body, cal_part], seed + "cal")
        else:
            parts.append(_attachment("invite.ics", "application/ics", cal.encode()))
            parts.insert(0, cal_part)
    att = spec.get("attach")
    if att:
        parts.append(_attachment(*att))
    if parts:
        body = _multi("mixed", [body, *parts], seed + "mixed")

    subject = spec["subject"]
    subj_cs = spec.get("subj_charset")
    if subj_cs or not subject.isascii():
        subject = Header(subject, subj_cs or "utf-8").encode()
    msgid = f"<{hashlib.sha1(seed.encode()).hexdigest()[:24]}.{n}@{domain}>"
    headers = [
        ("Return-Path", f"<{spec.get('return_path', sender_addr)}>"),
        ("From", _addr(frm, str(spec.get("name_charset", "utf-8")))),
        ("To", spec.get("to", _addr(ME))),
    ]
    if spec.get("cc"):
        headers.append(("Cc", spec["cc"]))
    if spec.get("reply_to"):
        headers.append(("Reply-To", _addr(spec["reply_to"])))
    headers += [("Subject", subject), ("Date", format_datetime(when)), ("Message-ID", msgid)]
    if spec.get("thread") or re.match(r"(?i)(re|aw|tr|rv|fwd?|wg)\s*:", spec["subject"]):
        parent_domain = spec.get("parent_domain", "example.co.uk")
        parent = f"<{hashlib.sha1((seed + 'parent').encode()).hexdigest()[:20]}@{parent_domain}>"
        root = f"<{hashlib.sha1((seed + 'root').encode()).hexdigest()[:20]}@{domain}>"
        headers += [("In-Reply-To", parent), ("References", f"{root} {parent}")]
    headers.append(("MIME-Version", "1.0"))
    for key, value in dict(spec.get("headers", {})).items():
        headers.append((key, value))
    head = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("ascii")
    return head + body


# Messages whose text names a date are sent a little before it; the rest fall anywhere.
PINNED: dict[str, tuple[int, ...]] = {
    "teams_ics_competency": (4, 22), "nhs_new_date_formal": (4, 30), "conditional_nhs": (5, 20),
    "canadian_zoom_ics": (7, 9), "es_ics_panel": (6, 1), "outlook_cancel_ics": (5, 11),
    "workday_selfschedule": (5, 12), "workday_rescheduled": (5, 26), "teams_no_join": (6, 2, 16),
    "singapore_formal": (6, 5), "singapore_postpone": (6, 16), "pleased_to_offer_singapore": (7, 31),
    "final_cfo_nigeria": (8, 12), "docusign_contract": (9, 2), "sa_modelling_test": (8, 25),
    "onsite_consultancy_qp": (7, 8), "zoom_waited": (7, 20, 15), "de_einladung_formal": (4, 28),
    "de_termin_verschoben": (5, 8), "de_vertragsangebot": (6, 1), "fr_entretien_formel": (6, 2),
    "fr_report_entretien": (6, 12), "fr_absence_entretien": (6, 22), "es_entrevista_formal": (3, 27),
    "es_cambio_hora": (4, 6), "assessment_centre": (5, 22), "offer_letter_attached": (6, 15),
    "japanese_owned_en": (3, 12), "hmrc_self_assessment": (1, 14), "civil_service_ack": (2, 27),
    "eploy_ack_uni": (4, 8), "standup_calendar": (2, 8), "parcel_delayed": (3, 10),
    "podcast_interview": (3, 2), "trainline_booking": (7, 1), "energy_bill": (6, 2),
    "gym_membership": (7, 20), "user_research_interview": (5, 26), "recruiter_out_of_office": (8, 12),
    "fr_streaming_facture": (10, 3), "de_fitness_vertrag": (9, 28), "es_admision_master": (6, 20),
}


# HTML mail that also carries a text/plain alternative (the rest of the HTML mail is HTML only).
WITH_PLAIN = {
    "goodtime_panel_html", "workday_selfschedule", "smartrecruiters_html", "no_feedback_ack",
    "linkedin_job_alert", "de_stepstone_jobagent", "fr_wttj_newsletter", "acca_cpd_newsletter",
    "es_ats_html", "de_sf_html",
}


def main() -> None:
    slugs = {spec["slug"] for spec in MESSAGES}
    assert set(PINNED) | WITH_PLAIN <= slugs, (set(PINNED) | WITH_PLAIN) - slugs
    for spec in MESSAGES:
        if spec["slug"] in WITH_PLAIN:
            spec["layout"] = "alt"
    rng = random.Random(4707)
    for kind in KIND_DIRS:
        folder = ROOT / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    span_minutes = int((datetime(2026, 10, 30, tzinfo=UTC) - start).total_seconds() // 60)
    rows = []
    for n, spec in enumerate(MESSAGES, 1):
        when = start + timedelta(minutes=rng.randrange(span_minutes))
        when = when.replace(hour=rng.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 21]),
                            second=0, microsecond=0)
        if spec["slug"] in PINNED:
            month, day, *hour = PINNED[spec["slug"]]
            when = when.replace(month=month, day=day, hour=hour[0] if hour else when.hour)
        rel = f"{spec['kind']}/{n:03d}_{spec['slug']}.eml"
        (ROOT / rel).write_bytes(render(spec, when, n))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


# ================================================================ the messages

# ---------------------------------------------------------------- rejections (31)
R = "rejection"

m(R, "workday_soft_bank", "en", "Harrowgate Building Society", "",
  ("Harrowgate Building Society", "harrowgate@myworkday.com"),
  "Your application for FP&A Business Partner (REQ-04417)", None,
  html=["Dear Priya,",
        "Thank you for your interest in the FP&A Business Partner role at Harrowgate Building Society "
        "and for the time you took to apply.",
        "After careful review we have decided to pursue other candidates whose background more closely "
        "aligns with the requirements of this position.",
        "We will keep your details on file and encourage you to apply for future vacancies on our "
        "[[careers site|https://harrowgate.wd3.myworkday.com/External]].",
        "Kind regards,\nTalent Acquisition\nHarrowgate Building Society"],
  hp={"brand": "harrowgate", "logo_alt": "Harrowgate Building Society", "links": 2,
          "footer": "Harrowgate Building Society is authorised by the Prudential Regulation Authority. "
                 "This mailbox is not monitored."},
  headers={"Auto-Submitted": "auto-generated"})

m(R, "hm_mobile_blunt", "en", "Fernhill Analytics", "dom@fernhill-analytics.example.com",
  ("Dominic Hale", "dom@fernhill-analytics.example.com"),
  "Re: Audit analytics lead",
  "Hi Priya - thanks for your time on Tues. We're not going to take it further, went with someone "
  "with more Alteryx depth. Best of luck\n\nDom\n\nSent from my iPhone\n{Q}",
  quote=("gmail", ME, 3, "Hi Dominic,\n\nThanks again for the conversation today, really enjoyed "
         "hearing about the controls roadmap.\n\nBest,\nPriya"))

m(R, "greenhouse_after_takehome", "en", "Ledgerline", "",
  ("Ledgerline Recruiting", "no-reply@us.greenhouse-mail.io"),
  "Ledgerline - update on your application",
  "Hi Priya,\n\nThank you for completing the modelling exercise for the Revenue Operations Analyst "
  "position. We know it takes real time and we appreciate the effort you put into it.\n\n"
  "The team reviewed all submissions carefully, and unfortunately we won't be moving forward with "
  "your candidacy at this time. This was a difficult decision given the strength of the pool.\n\n"
  "We wish you every success in your search.\n\nThe Ledgerline Talent Team\n",
  headers={"X-Mailer": "Greenhouse"})

m(R, "indian_formal_regret", "en", "Kaveri Finserv", "hr.talent@kaverifinserv.example.in",
  ("HR Talent Acquisition - Kaveri Finserv", "hr.talent@kaverifinserv.example.in"),
  "Application Status - Manager, Treasury Operations (Mumbai)",
  "Dear Ms. Priya Raghunathan-Clarke,\n\nGreetings from Kaveri Finserv!\n\nWe thank you for your "
  "interest in the position of Manager - Treasury Operations and for attending the discussion with "
  "our panel on Friday.\n\nWe regret to inform you that your profile has not been shortlisted for "
  "the further rounds of the selection process. We shall retain your CV in our databank and do "
  "revert in case a suitable opening arises in future.\n\nWishing you all the very best.\n\n"
  "Warm Regards,\nSneha Kulkarni\nManager - Talent Acquisition\nKaveri Finserv Limited\n"
  "Tel: +91 22 4000 7781\n\nDISCLAIMER: This e-mail and any files transmitted with it are "
  "confidential and intended solely for the use of the individual or entity to whom they are "
  "addressed. If you have received this e-mail in error please notify the sender.\n")

m(R, "agency_relayed_cheery", "en", "Northgate Energy", "olivia.brandt@marlowe-search.example.com",
  ("Olivia Brandt", "olivia.brandt@marlowe-search.example.com"),
  "Northgate feedback",
  "Hi Priya!!\n\nJust got off the phone with the hiring manager at Northgate Energy - so sorry to "
  "say they've decided not to progress you to the final stage :( They were really impressed with "
  "your ESG reporting knowledge but felt another candidate had more hands-on CSRD experience.\n\n"
  "Honestly it was SO close! Don't be disheartened, I've got a couple of other sustainability "
  "reporting roles coming in next week that I think would be perfect for you - can I give you a "
  "bell on Monday?\n\nOlivia x\n\nOlivia Brandt | Senior Consultant, Finance & Sustainability\n"
  "Marlowe Search | 0161 555 0142 | M: 07700 900 318\n")

m(R, "role_on_hold_charity", "en", "Brightwater Trust", "recruitment@brightwatertrust.example.org",
  ("Brightwater Trust Recruitment", "recruitment@brightwatertrust.example.org"),
  "Finance Manager (Grants & Reporting) - update",
  "Dear Priya\n\nI am writing to let you know that, following a review of our budget for the "
  "2026/27 financial year, the trustees have taken the decision to put the Finance Manager "
  "(Grants & Reporting) post on hold. As a result we will not be proceeding with the recruitment "
  "and your application will not be taken further.\n\nI appreciate this is disappointing news, "
  "particularly as you had already been invited to interview, and I apologise for any "
  "inconvenience. Should the role be re-advertised we would be glad to hear from you again.\n\n"
  "Yours sincerely\n\nHelen Ashworth\nHead of People\nBrightwater Trust\nRegistered charity no. "
  "1100000\n", charset="iso-8859-1")

m(R, "civil_service_sift", "en", "Department for Regional Growth", "",
  ("Civil Service Jobs", "noreply@civilservicejobs.service.example.gov.uk"),
  "Application outcome - 411209 - Senior Finance Business Partner",
  "Dear Priya Raghunathan-Clarke,\n\nVacancy reference: 411209\nVacancy title: Senior Finance "
  "Business Partner\nDepartment: Department for Regional Growth\n\nThank you for applying for the "
  "above vacancy.\n\nWe have now completed the sift and I am sorry to tell you that your "
  "application has not been successful on this occasion. Your score for the behaviour "
  "'Making Effective Decisions' did not meet the minimum standard.\n\nYou can view your scores by "
  "signing in to your Civil Service Jobs account.\n\nPlease do not reply to this email as the "
  "mailbox is not monitored.\n\nRegards\nDRG Recruitment Team\n")

m(R, "very_short_lever", "en", "Quillfield", "",
  ("Quillfield", "no-reply@hire.lever.co"),
  "Following up",
  "Hi Priya,\n\nThanks for your time, but we won't be moving forward.\n\nQuillfield\n")

m(R, "position_filled_hotel", "en", "The Carrow Hotel Group", "jobs@carrowhotels.example.com",
  ("Carrow Hotels - Jobs", "jobs@carrowhotels.example.com"),
  "Re: Financial Controller application",
  "Dear Priya,\n\nThank you for your application for the position of Group Financial Controller. "
  "I'm afraid the position has now been filled internally.\n\nWe wish you the very best.\n\n"
  "Regards,\nMartin Oyelaran\nHR Manager, The Carrow Hotel Group\n{Q}",
  quote=("outlook", ME, 11, "Dear Hiring Team,\n\nPlease find attached my CV and covering letter "
         "for the Group Financial Controller vacancy advertised on Totaljobs.\n\nKind regards,\nPriya"),
  charset="windows-1252")

m(R, "uk_shant_progressing", "en", "Pembury & Lisle", "a.morland@pemburylisle.example.co.uk",
  ("Alistair Morland", "a.morland@pemburylisle.example.co.uk"),
  "Your interview on Thursday",
  "Dear Priya,\n\nMany thanks for coming in to see Rachel and me on Thursday - we both enjoyed our "
  "conversation.\n\nHaving reflected on all of the candidates, we shan't be progressing your "
  "application to the second round. On balance we felt the role needs someone with more "
  "experience of partner-level client work in audit analytics.\n\nThank you once again and best "
  "wishes for the search.\n\nAlistair\n\nAlistair Morland ACA\nPartner | Pembury & Lisle\n"
  "Chartered Accountants\n\nPembury & Lisle LLP is registered in England and Wales (OC300000). "
  "This email is confidential and may be legally privileged.\n")

m(R, "smartrecruiters_html", "en", "Avanto Payments", "",
  ("Avanto Payments", "jobs-noreply@smartrecruiters.com"),
  "Thank you for your interest in Avanto Payments", None,
  html=["Hi Priya,",
        "Thank you for applying for Product Operations Manager, Payments Risk.",
        "We appreciate the interest you've shown in Avanto. Having reviewed your profile against the "
        "role, we have decided to proceed with other applicants at this stage.",
        "Your profile stays in our talent community and we may contact you about future roles.",
        "Best,\nAvanto People Team"],
  hp={"brand": "avanto", "logo_alt": "Avanto", "links": 3, "color": "#5b2be0",
          "footer": "Avanto Payments B.V., Amsterdam. You received this email because you applied via "
                 "SmartRecruiters."}, cte="quoted-printable")

m(R, "after_final_cfo", "en", "Tamsin Health", "kerry.watts@tamsinhealth.example.com",
  ("Kerry Watts", "kerry.watts@tamsinhealth.example.com"),
  "Final stage outcome",
  "Hi Priya,\n\nThank you for taking the time to meet with our CFO, Graham, last week, and for the "
  "presentation on the budget variance case. I really wanted to call you but couldn't get hold of "
  "you, so I hope an email is ok.\n\nUnfortunately on this occasion we've made the decision to "
  "offer the role to another candidate. Graham asked me to pass on that he was particularly "
  "impressed with your approach to the reforecast, and the feedback from the panel was positive "
  "overall - it came down to direct experience of NHS commissioning income, which the other "
  "candidate had.\n\nIf you'd like more detailed feedback, I'm very happy to arrange a quick call.\n\n"
  "Best wishes,\nKerry\n\nKerry Watts\nTalent Partner\nTamsin Health\n+44 (0)113 496 0055\n")

m(R, "kenyan_employer_en", "en", "Savanna Mobile Money", "careers@savannamoney.example.co.ke",
  ("Savanna Mobile Money Careers", "careers@savannamoney.example.co.ke"),
  "RE: Application - Senior Analyst, Revenue Assurance",
  "Dear Priya,\n\nThank you for your interest in joining Savanna Mobile Money and for the time "
  "invested in the assessment.\n\nWe have carefully considered your application and regret that "
  "we are unable to offer you the position at this time. We received a high number of very "
  "strong applications.\n\nWe will keep your CV for six months and may contact you should a "
  "suitable vacancy arise.\n\nKind regards,\nGrace Wanjiru\nPeople & Culture\nSavanna Mobile Money "
  "Ltd, Nairobi\n{Q}",
  quote=("gmail", ME, 20, "Dear Grace,\n\nPlease find attached my completed assessment.\n\n"
         "Best regards,\nPriya Raghunathan-Clarke"))

m(R, "dutch_direct", "en", "Van Oorschot Logistics", "m.dejong@vanoorschot.example.nl",
  ("Maarten de Jong", "m.dejong@vanoorschot.example.nl"),
  "Your application",
  "Dear Priya,\n\nThank you for the interview last week. I will be direct with you: we have "
  "chosen another candidate for the controlling position. Your experience in treasury is good, "
  "but the Dutch language is needed for this role more than we said in the vacancy. That was our "
  "mistake, sorry for that.\n\nGood luck with your search.\n\nMet vriendelijke groet / Kind regards,\n"
  "Maarten de Jong\nFinance Director\nVan Oorschot Logistics B.V.\n")

m(R, "role_cancelled_gamestudio", "en", "Glasshouse Interactive", "talent@glasshouse.example.com",
  ("Jess at Glasshouse", "talent@glasshouse.example.com"),
  "Update",
  "hey Priya,\n\nbit of an awkward one - we've had a restructure this week and the Revenue Ops "
  "Lead role has been cancelled, so we won't be continuing with any of the candidates for it. "
  "Really sorry, you were one of our favourites from the first round.\n\nif anything opens up "
  "in finance later in the year I'll ping you directly.\n\ncheers,\nJess\nTalent @ Glasshouse "
  "Interactive\n")

m(R, "australian_ats_taleo", "en", "Meridian Mutual", "",
  ("Meridian Mutual Careers", "careers_noreply@taleo.net"),
  "Meridian Mutual - Position 26-0081 Senior Analyst ESG Reporting",
  "Dear Priya ,\n\nThank you for your application for the position of Senior Analyst - ESG "
  "Reporting ( 26-0081 ) .\n\nWe have now reviewed all applications and regret to advise that "
  "you have not been selected to progress further in the recruitment process for this "
  "role.\n\nWe appreciate your interest in Meridian Mutual and encourage you to continue to "
  "view our current opportunities.\n\nYours sincerely\n\nMeridian Mutual Talent Acquisition\n"
  "Sydney NSW 2000\n\n**** Please do not reply to this email ****\n")

m(R, "irish_uni_panel", "en", "University of Cork Harbour", "hr-recruit@ucharbour.example.ie",
  ("HR Recruitment", "hr-recruit@ucharbour.example.ie"),
  "Post of Management Accountant (Ref: 026/114)",
  "Dear Ms Raghunathan-Clarke,\n\nI refer to your recent interview for the above post. I regret "
  "to inform you that on this occasion the Interview Board did not recommend you for "
  "appointment.\n\nThank you for your interest in the University.\n\nIs mise le meas,\n\n"
  "Siobhan Twomey\nHuman Resources\nUniversity of Cork Harbour\n")

m(R, "teamtailor_short", "en", "Nordlys Bank", "",
  ("Nordlys Bank", "no-reply@teamtailor-mail.com"),
  "Your application to Nordlys Bank",
  "Hi Priya!\n\nThanks for applying to Finance Analyst at Nordlys Bank. We've now looked through "
  "all the applications, and we're sorry to say we've decided not to move forward with yours.\n\n"
  "Take care,\nNordlys Bank\n", headers={"X-Mailer": "Teamtailor"})

m(R, "de_personio_absage", "de", "Kranich Versicherung", "",
  ("Kranich Versicherung AG", "noreply@kranich.jobs.personio.de"),
  "Ihre Bewerbung als Referentin Nachhaltigkeitsberichterstattung",
  "Sehr geehrte Frau Raghunathan-Clarke,\n\nvielen Dank für Ihr Interesse an der Position "
  "Referent*in Nachhaltigkeitsberichterstattung (ESG) und die Zeit, die Sie in Ihre Bewerbung "
  "investiert haben.\n\nNach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir "
  "uns für andere Kandidat*innen entschieden haben, deren Profil noch besser zu den "
  "Anforderungen passt.\n\nWir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und "
  "viel Erfolg.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Kranich Versicherung AG\n\n"
  "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.\n",
  charset="iso-8859-1", cte="quoted-printable")

m(R, "de_hm_casual_du", "de", "Flinkwerk", "jonas@flinkwerk.example.de",
  ("Jonas Reuter", "jonas@flinkwerk.example.de"),
  "AW: Fallstudie Revenue Operations",
  "Hi Priya,\n\ndanke dir nochmal für die Fallstudie, das war echt gründlich gemacht. Wir haben "
  "uns am Ende aber für jemanden entschieden, der schon länger mit HubSpot und Chargebee "
  "arbeitet. Sorry, dass es diesmal nicht geklappt hat!\n\nViele Grüße aus Berlin\nJonas\n{Q}",
  quote=("de", ME, 6, "Hallo Jonas,\n\nanbei meine Lösung zur Fallstudie. Bei Fragen melde ich "
         "mich gern.\n\nViele Grüße\nPriya"))

m(R, "de_sap_sf_stelle_besetzt", "de", "Rheinland Stadtwerke", "",
  ("Rheinland Stadtwerke Karriere", "rheinlandsw@successfactors.eu"),
  "Ihre Bewerbung - Controller (m/w/d) Konzernberichtswesen", None,
  html=["Sehr geehrte Frau Raghunathan-Clarke,",
        "herzlichen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen.",
        "Die ausgeschriebene Stelle konnten wir inzwischen besetzen. Wir bedauern, Ihnen keine "
        "positive Nachricht geben zu können.",
        "Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.",
        "Freundliche Grüße\nPersonalmarketing & Recruiting\nRheinland Stadtwerke GmbH"],
  hp={"brand": "rheinland", "logo_alt": "Rheinland Stadtwerke", "links": 1,
          "footer": "Rheinland Stadtwerke GmbH · Sitz Köln · Amtsgericht Köln HRB 00000"},
  charset="iso-8859-1")

m(R, "de_agency_relayed", "de", "Helvion Pharma", "s.wagner@kaiser-partner.example.de",
  ("Sabine Wagner", "s.wagner@kaiser-partner.example.de"),
  "Rückmeldung Helvion",
  "Liebe Frau Raghunathan-Clarke,\n\nich habe heute Rückmeldung von Helvion Pharma erhalten. "
  "Leider hat sich der Kunde nach dem zweiten Gespräch gegen eine weitere Zusammenarbeit "
  "entschieden - ausschlaggebend waren fehlende Erfahrungen mit HGB-Abschlüssen.\n\nIch finde das "
  "schade, Ihr Auftreten kam sehr gut an. Ich melde mich, sobald ich eine passendere Vakanz habe.\n\n"
  "Beste Grüße\nSabine Wagner\nKaiser & Partner Executive Search\nTel. +49 69 555 0190\n",
  charset="windows-1252")

m(R, "de_role_gestrichen", "de", "Mosaik Software", "people@mosaik-software.example.de",
  ("People Team Mosaik", "people@mosaik-software.example.de"),
  "Update zu Ihrer Bewerbung",
  "Hallo Frau Raghunathan-Clarke,\n\nwir müssen Ihnen leider mitteilen, dass die Position "
  "\"FP&A Lead\" aufgrund einer internen Umstrukturierung nicht mehr besetzt wird. Der "
  "Auswahlprozess ist damit beendet.\n\nWir bedanken uns herzlich für Ihre Zeit und Ihr "
  "Interesse.\n\nBeste Grüße\nKatrin Ebert\nPeople & Culture | Mosaik Software GmbH\n")

m(R, "fr_cabinet_formel", "fr", "Groupe Vautrin", "recrutement@groupe-vautrin.example.fr",
  ("Recrutement Groupe Vautrin", "recrutement@groupe-vautrin.example.fr"),
  "Votre candidature - Contrôleur de gestion (H/F)",
  "Madame,\n\nNous avons bien reçu votre candidature au poste de Contrôleur de gestion (H/F) et "
  "vous remercions de l'intérêt que vous portez à notre groupe.\n\nAprès une étude attentive de "
  "votre dossier, nous sommes au regret de vous informer que nous ne pouvons donner une suite "
  "favorable à votre candidature.\n\nNous conservons néanmoins vos coordonnées et ne manquerons "
  "pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.\n\n"
  "Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.\n\n"
  "Direction des Ressources Humaines\nGroupe Vautrin\n", charset="iso-8859-1")

m(R, "fr_startup_tutoiement", "fr", "Pivette", "camille@pivette.example.fr",
  ("Camille Roux", "camille@pivette.example.fr"),
  "Re: Entretien Ops Finance",
  "Salut Priya,\n\nMerci encore pour ton temps jeudi, c'était vraiment sympa d'échanger avec toi. "
  "Après pas mal de discussions en interne, on a décidé de ne pas aller plus loin pour le poste "
  "de Finance Ops - on cherche finalement un profil plus junior, plus orienté compta "
  "fournisseurs.\n\nJe te souhaite plein de bonnes choses pour la suite !\n\nCamille\n{Q}",
  quote=("fr", ME, 4, "Bonjour Camille,\n\nMerci pour l'échange de ce matin. Je reste dispo si "
         "besoin.\n\nBien à toi,\nPriya"))

m(R, "fr_workday_poste_pourvu", "fr", "Banque Lumière", "",
  ("Banque Lumière", "banquelumiere@myworkday.com"),
  "Mise à jour concernant votre candidature", None,
  html=["Bonjour Priya,",
        "Nous vous remercions pour votre candidature au poste d'Analyste Trésorerie.",
        "Nous vous informons que ce poste a été pourvu. Malheureusement, nous ne sommes donc pas en "
        "mesure de poursuivre le processus avec vous.",
        "Nous vous invitons à consulter régulièrement nos offres sur notre "
        "[[site carrières|https://banquelumiere.wd3.myworkday.com/fr-FR/Careers]].",
        "Cordialement,\nL'équipe Recrutement\nBanque Lumière"],
  hp={"brand": "lumiere", "logo_alt": "Banque Lumière - logo", "links": 2,
          "footer": "Ce message est généré automatiquement, merci de ne pas y répondre."},
  cte="base64")

m(R, "fr_agence_apres_entretien", "fr", "Altema Énergies", "l.benali@talentis-conseil.example.fr",
  ("Leïla Benali", "l.benali@talentis-conseil.example.fr"),
  "Suite à votre entretien chez Altema",
  "Bonjour Madame Raghunathan-Clarke,\n\nJe reviens vers vous suite à votre entretien avec "
  "Altema Énergies. Le client a apprécié votre parcours mais a retenu une autre candidate, "
  "disposant d'une expérience plus significative du reporting extra-financier (CSRD).\n\nJe suis "
  "désolée de ne pas avoir de meilleure nouvelle. Je garde votre profil en tête pour mes "
  "prochaines missions.\n\nBien cordialement,\nLeïla Benali\nConsultante Senior - Finance\n"
  "Talentis Conseil\n06 12 34 56 78\n")

m(R, "es_formal_proceso", "es", "Grupo Albarrán", "seleccion@grupoalbarran.example.es",
  ("Selección Grupo Albarrán", "seleccion@grupoalbarran.example.es"),
  "Proceso de selección - Analista FP&A",
  "Estimada Priya:\n\nEn primer lugar, queremos agradecerle el interés mostrado por formar parte "
  "de Grupo Albarrán y el tiempo dedicado al proceso de selección.\n\nLamentamos comunicarle que, "
  "tras valorar detenidamente todas las candidaturas, hemos decidido continuar con otros perfiles "
  "que se ajustan en mayor medida a los requisitos del puesto.\n\nConservaremos su currículum en "
  "nuestra base de datos para futuros procesos.\n\nReciba un cordial saludo,\n\nDepartamento de "
  "Personas\nGrupo Albarrán\nMadrid\n", charset="iso-8859-1", cte="quoted-printable")

m(R, "es_casual_tu", "es", "Tapa Labs", "marta@tapalabs.example.es",
  ("Marta Gil", "marta@tapalabs.example.es"),
  "Re: Revenue Ops - siguiente paso",
  "Hola Priya!\n\nTe escribo para darte feedback. El equipo ha decidido seguir con otra persona "
  "para el puesto, alguien con más experiencia en SaaS B2B. Ha estado muy reñido, de verdad.\n\n"
  "Gracias por tu tiempo y mucha suerte!!\n\nUn abrazo,\nMarta\nTalent · Tapa Labs Barcelona\n{Q}",
  quote=("es", ME, 9, "Hola Marta,\n\nGracias por la entrevista de ayer. Quedo a la espera.\n\n"
         "Un saludo,\nPriya"))

m(R, "es_ats_html", "es", "Seguros Atalaya", "",
  ("Seguros Atalaya", "notificaciones@atalaya.talent.example.net"),
  "Actualización de tu candidatura", None,
  html=["Hola Priya,",
        "Gracias por participar en el proceso para Técnico/a de Reporting ESG.",
        "Tras revisar tu candidatura, lamentamos informarte de que no ha sido seleccionada para la "
        "siguiente fase.",
        "Te animamos a seguir de cerca nuestras ofertas.",
        "Un saludo,\nEquipo de Talento\nSeguros Atalaya"],
  hp={"brand": "atalaya", "logo_alt": "Seguros Atalaya", "links": 3, "color": "#0a6e4f",
          "footer": "Este correo se ha enviado desde una dirección que no acepta respuestas."},
  charset="windows-1252", cte="quoted-printable")

m(R, "es_puesto_congelado", "es", "Finora", "ricardo.pena@finora.example.com",
  ("Ricardo Peña", "ricardo.pena@finora.example.com"),
  "Puesto de Tesorería",
  "Buenas tardes Priya,\n\nLamento comunicarte que hemos congelado la contratación para el puesto "
  "de Analista de Tesorería hasta nuevo aviso, por lo que no vamos a seguir adelante con el "
  "proceso.\n\nSiento las molestias. Si se reactiva, te escribo.\n\nSaludos,\nRicardo Peña\n"
  "CFO | Finora\nEnviado desde mi iPhone\n")

# ---------------------------------------------------------------- interview invitations (25)
INV = "interview_invitation"


m(INV, "calendly_phone_screen", "en", "Copperleaf Pay", "amara.osei@copperleafpay.example.com",
  ("Amara Osei", "amara.osei@copperleafpay.example.com"),
  "Copperleaf Pay - Product Ops Analyst",
  "Hi Priya,\n\nThanks so much for applying for the Product Operations Analyst role. I'd love to "
  "set up a 30 minute phone screen to tell you more about the team and hear about your "
  "background.\n\nPlease grab a slot that suits you here: "
  "https://calendly.com/amara-copperleaf/30min-screen\n\nSpeak soon,\nAmara\n\nAmara Osei | "
  "Talent Partner | Copperleaf Pay\nLondon EC2\n")

m(INV, "goodtime_panel_html", "en", "Halberd Insurance", "",
  ("Halberd Insurance Recruiting", "scheduling@goodtime.io"),
  "Action required: choose your interview times", None,
  html=["Hi Priya,",
        "The Halberd Insurance team would like to invite you to a panel interview for the role of "
        "Senior Financial Planning Analyst. The interview will last 90 minutes and will include "
        "the Head of FP&A and two members of the finance team.",
        "Please [[select your availability|https://halberd.goodtime.io/availability/8f2kq1]] within "
        "the next 48 hours.",
        "Thank you,\nHalberd Insurance Recruiting Team"],
  hp={"brand": "halberd-gt", "logo_alt": "Halberd Insurance", "links": 2,
          "footer": "Sent via GoodTime on behalf of Halberd Insurance."})

m(INV, "quick_chat_hm", "en", "Thistle Energy", "r.macleod@thistle-energy.example.co.uk",
  ("Ruaridh MacLeod", "r.macleod@thistle-energy.example.co.uk"),
  "Quick question",
  "Hi Priya,\n\nYour CV was passed to me by our recruiter - would you be free for a quick chat "
  "later this week about the sustainability reporting manager role? Thursday after 2 or any time "
  "Friday morning works for me. Teams or phone, whichever's easier.\n\nRuaridh\n\nRuaridh "
  "MacLeod\nHead of Group Reporting, Thistle Energy\nEdinburgh\nM: 07700 900 771\n")

m(INV, "workday_selfschedule", "en", "Albion Northern Rail", "",
  ("Albion Northern Rail", "albionnorthern@myworkday.com"),
  "Interview Invitation: Finance Business Partner - Operations (R-10992)", None,
  html=["Dear Priya,",
        "Congratulations! Following review of your application, we are pleased to invite you to an "
        "interview for Finance Business Partner - Operations (R-10992).",
        "Interview format: competency based, 60 minutes, via Microsoft Teams\nPanel: Finance "
        "Director (Operations), HR Business Partner",
        "Please log into your [[candidate home|https://albionnorthern.wd3.myworkday.com/careers]] "
        "and book one of the available slots under 'My Tasks'.",
        "Kind regards\nResourcing Team\nAlbion Northern Rail"],
  hp={"brand": "anr", "logo_alt": "Albion Northern Rail", "links": 2,
          "footer": "This is a system generated email. Please do not reply."})

m(INV, "agency_excited", "en", "Corbel Digital Bank", "tom.hughes@redfern-recruitment.example.co.uk",
  ("Tom Hughes", "tom.hughes@redfern-recruitment.example.co.uk"),
  "GREAT NEWS!!",
  "Priya!!\n\nCorbel Digital Bank want to meet you!! They loved your CV for the Treasury Analyst "
  "role. First stage is a 45 min video interview with Fiona (Treasury Manager) - they've offered "
  "Tues 14th at 10am or Weds 15th at 3:30pm. Which is better for you?\n\nI'll send over a prep "
  "pack tonight - they'll ask a lot about liquidity forecasting and cash pooling so worth brushing "
  "up.\n\nSo pleased for you!\n\nTom\n\nTom Hughes | Principal Consultant - Accountancy & Finance\n"
  "Redfern Recruitment | Manchester\nT: 0161 496 0733\n")

m(INV, "teams_ics_competency", "en", "Westmoor NHS Foundation Trust", "recruitment.westmoor@nhs.example.net",
  ("Recruitment Team - Westmoor", "recruitment.westmoor@nhs.example.net"),
  "Interview Invitation - Band 7 Financial Accountant",
  "Dear Priya\n\nFollowing shortlisting, I am pleased to invite you to interview for the Band 7 "
  "Financial Accountant post (Ref 299-FIN-0412).\n\nDate: Wednesday 6 May 2026\nTime: 11:00\n"
  "Format: MS Teams (joining link in the attached invitation)\nPanel: Deputy Director of Finance, "
  "Head of Financial Accounts\n\nYou will be asked to give a 10 minute presentation on 'The key "
  "financial risks facing an acute trust in 2026/27'. Please confirm your attendance by replying "
  "to this email.\n\nKind regards\n\nJanet Okafor\nRecruitment Officer\nWestmoor NHS Foundation "
  "Trust\n",
  ics=ics("westmoor-299-fin-0412@nhs.example.net", "Interview - Band 7 Financial Accountant",
          datetime(2026, 5, 6, 10, 0, tzinfo=UTC), 60,
          ("Janet Okafor", "recruitment.westmoor@nhs.example.net"), location="Microsoft Teams Meeting"))

m(INV, "hirevue_one_way", "en", "Castellan Bank", "",
  ("Castellan Bank Early Careers", "noreply@hirevue.com"),
  "Castellan Bank: Complete your video interview",
  "Hello Priya,\n\nThank you for your application to the Castellan Bank Finance Graduate-to-"
  "Experienced Hire programme. The next stage is a HireVue video interview, which you can "
  "complete at any time in the next 5 days.\n\nStart your interview: "
  "https://app.hirevue.com/interviews/cstl-7Q2m9x\n\nThe interview contains 5 questions. You will "
  "have 30 seconds to prepare and up to 3 minutes to answer each one.\n\nGood luck!\n"
  "Castellan Bank Recruitment\n")

m(INV, "next_round_ashby", "en", "Orbital Ledger", "nadia@orbitalledger.example.com",
  ("Orbital Ledger", "no-reply@ashbyhq.com"),
  "Next steps with Orbital Ledger",
  "Hi Priya,\n\nWe'd love to move you to the next stage! The next step is a 60 minute case study "
  "interview with Ben (VP Finance) and Sara (Revenue Ops). You'll get a short revenue model to "
  "work through live - no prep needed beyond being comfortable in Sheets.\n\nUse the link below to "
  "pick a time:\nhttps://jobs.ashbyhq.com/orbitalledger/schedule/7b1c9e\n\nAny questions, just hit "
  "reply.\n\nNadia\nRecruiting, Orbital Ledger\n",
  reply_to=("Nadia Farouk", "nadia@orbitalledger.example.com"))

m(INV, "assessment_centre", "en", "Kingsbridge Water", "earlycareers@kingsbridgewater.example.co.uk",
  ("Kingsbridge Water Careers", "earlycareers@kingsbridgewater.example.co.uk"),
  "Invitation to Assessment Centre - Regulatory Finance Analyst",
  "Dear Priya,\n\nWell done on completing the numerical reasoning test. We're delighted to invite "
  "you to our assessment centre at our Bristol office on Tuesday 9 June, 09:30-15:30.\n\nThe day "
  "will include a group exercise, a written case study on a regulatory price review and a "
  "competency interview with two senior managers. Lunch will be provided.\n\nPlease reply to "
  "confirm you can attend and let us know of any adjustments you need.\n\nBest wishes,\n"
  "Hannah Price\nResourcing Advisor | Kingsbridge Water\n")

m(INV, "singapore_formal", "en", "Straits Maritime Holdings", "jolene.tan@straitsmaritime.example.sg",
  ("Jolene Tan", "jolene.tan@straitsmaritime.example.sg"),
  "Interview - Regional FP&A Manager",
  "Dear Priya,\n\nThank you for your application for the Regional FP&A Manager position. We would "
  "like to invite you for a virtual interview with our Regional Finance Director, Mr. Lim Wei "
  "Ming.\n\nProposed timing: Thursday, 18 June 2026, 4.00pm SGT (9.00am BST) via Zoom.\n\nKindly "
  "confirm your availability at your earliest convenience. Should the timing not suit, do let me "
  "know two alternative slots.\n\nThank you.\n\nBest regards,\nJolene Tan\nSenior HR Executive\n"
  "Straits Maritime Holdings Pte. Ltd.\nDID: +65 6555 0123\n\nCONFIDENTIALITY NOTICE: The "
  "information in this email is confidential and may be legally privileged.\n")

m(INV, "japanese_owned_en", "en", "Hoshino Trading Europe", "k.sato@hoshino-eu.example.com",
  ("Kenji Sato", "k.sato@hoshino-eu.example.com"),
  "Re: Your application - Treasury Specialist",
  "Dear Ms. Raghunathan-Clarke,\n\nThank you very much for your application and the kind "
  "explanation of your experience.\n\nWe would be pleased to have a first interview with you at "
  "our London office (Moorgate). Our Finance General Manager, Mr. Watanabe, and myself will "
  "attend. Could you kindly let me know if Monday 23rd or Tuesday 24th March, afternoon, is "
  "convenient for you?\n\nWe look forward to meeting you.\n\nBest regards,\nKenji Sato\n"
  "Administration Department\nHoshino Trading Europe Ltd.\n{Q}",
  quote=("outlook", ME, 8, "Dear Sir/Madam,\n\nI am writing to apply for the Treasury Specialist "
         "position. Please find my CV attached.\n\nYours faithfully,\nPriya Raghunathan-Clarke"))

m(INV, "canadian_zoom_ics", "en", "Maple Harbour Credit Union", "lucie.tremblay@mapleharbour.example.ca",
  ("Lucie Tremblay", "lucie.tremblay@mapleharbour.example.ca"),
  "Interview: Manager, Financial Planning & Analysis (remote)",
  "Hi Priya,\n\nThanks for chatting with me last week! I'm happy to let you know the hiring "
  "manager would like to meet you. I've sent a Zoom invite for Wednesday at 3pm your time (10am "
  "Eastern) - it should be in your calendar now.\n\nIt'll be a 45 minute conversation with Dev "
  "Malhotra, our Director of FP&A. Fair warning, he likes to go deep on forecasting "
  "methodology, eh.\n\nCheers,\nLucie\nTalent Acquisition, Maple Harbour Credit Union\n",
  ics=ics("zm-88231@mapleharbour.example.ca", "Maple Harbour - Interview with Dev Malhotra",
          datetime(2026, 7, 15, 14, 0, tzinfo=UTC), 45,
          ("Lucie Tremblay", "lucie.tremblay@mapleharbour.example.ca"),
          location="https://zoom.example.com/j/8823100123"), ics_inline=True)

m(INV, "final_cfo_nigeria", "en", "Lagoon Capital", "t.adebayo@lagooncapital.example.ng",
  ("Temitope Adebayo", "t.adebayo@lagooncapital.example.ng"),
  "Final Interview - Head of Revenue Operations",
  "Dear Priya,\n\nTrust this mail finds you well.\n\nFurther to your interview with the Finance "
  "team, I am pleased to inform you that you have been shortlisted for the final interview with "
  "our Chief Financial Officer.\n\nDate: Friday, 21st August 2026\nTime: 2:00pm WAT (2:00pm BST)\n"
  "Platform: Microsoft Teams\n\nKindly acknowledge receipt of this mail and confirm your "
  "availability.\n\nRegards,\nTemitope Adebayo\nHuman Capital Management\nLagoon Capital "
  "Limited, Lagos\n")

m(INV, "sa_modelling_test", "en", "Umhlanga Mutual", "zanele.dube@umhlangamutual.example.co.za",
  ("Zanele Dube", "zanele.dube@umhlangamutual.example.co.za"),
  "Umhlanga Mutual - next step (technical interview)",
  "Hi Priya\n\nHope you're well. Thanks for the call on Monday.\n\nWe'd like to invite you to a "
  "technical interview on Thursday 3 September at 10:00 SAST (09:00 UK). It's 90 minutes: the "
  "first hour is a live Excel modelling exercise and the last 30 minutes a discussion with the "
  "Actuarial Finance lead. I'll send the Teams link once you confirm.\n\nShout if you have any "
  "questions.\n\nKind regards\nZanele Dube\nTalent Acquisition Specialist\nUmhlanga Mutual\n"
  "Tel: +27 31 555 0199\n")

m(INV, "onsite_consultancy_qp", "en", "Ravel & Co", "gemma.ashby@ravelco.example.com",
  ("Gemma Ashby", "gemma.ashby@ravelco.example.com"),
  "Ravel & Co - second interview",
  "Dear Priya,\n\nThank you for your time on the first-round call. We'd like to invite you to our "
  "Leeds office for a second interview on Monday 20 July at 13:00. You will meet Oliver Grant "
  "(Director, ESG Assurance) and Priti Shah (Senior Manager).\n\nThe address is 4th Floor, 12 "
  "Park Row, Leeds LS1. Please bring photo ID for reception.\n\nRegards,\nGemma Ashby\n"
  "Recruitment Coordinator – Ravel & Co\n", cte="quoted-printable", long_lines=True)

m(INV, "de_einladung_formal", "de", "Hanseatische Kreditbank", "bewerbung@hkb.example.de",
  ("Hanseatische Kreditbank Personal", "bewerbung@hkb.example.de"),
  "Einladung zum Vorstellungsgespräch - Referentin Treasury",
  "Sehr geehrte Frau Raghunathan-Clarke,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen haben "
  "uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.\n\nWir laden Sie herzlich zu "
  "einem Vorstellungsgespräch am Dienstag, den 12. Mai 2026, um 10:00 Uhr in unsere Zentrale am "
  "Ballindamm ein. Gesprächspartner sind Herr Dr. Behrens (Leiter Treasury) und Frau Lindqvist "
  "(HR).\n\nBitte bestätigen Sie uns den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\n\n"
  "Annika Lindqvist\nPersonalreferentin\nHanseatische Kreditbank AG\nHamburg\n",
  charset="iso-8859-1", cte="quoted-printable")

m(INV, "de_kennenlernen_du", "de", "Kassenwart", "lena@kassenwart.example.de",
  ("Lena Vogt", "lena@kassenwart.example.de"),
  "Kurzes Kennenlernen?",
  "Hey Priya,\n\nich bin Lena, Talent Lead bei Kassenwart. Deine Bewerbung als Finance Ops "
  "Managerin hat uns richtig gut gefallen! Hast du Lust auf ein 30-minütiges Kennenlernen per "
  "Google Meet? Such dir einfach einen Slot aus: https://cal.example.com/lena-kassenwart/30\n\n"
  "Liebe Grüße\nLena\n")

m(INV, "de_teamtailor_zweites", "de", "Nordwind Energie", "karriere@nordwind-energie.example.de",
  ("Nordwind Energie", "no-reply@teamtailor-mail.com"),
  "Einladung zur zweiten Runde",
  "Hallo Priya,\n\nvielen Dank für das angenehme Erstgespräch! Wir freuen uns, dich zur zweiten "
  "Runde einzuladen: ein Fachinterview mit unserem Head of Sustainability Reporting und einer "
  "Kollegin aus dem Controlling (ca. 75 Minuten, remote).\n\nBitte wähle hier einen passenden "
  "Termin: https://nordwind.teamtailor.com/meetings/3kf92\n\nBei Rückfragen erreichst du uns "
  "unter karriere@nordwind-energie.example.de.\n\nViele Grüße\nDein Nordwind Energie Team\n",
  reply_to=("Nordwind Energie Karriere", "karriere@nordwind-energie.example.de"))

m(INV, "de_agentur_telefon", "de", "Lindner Logistik", "m.yilmaz@profinanz-personal.example.de",
  ("Mehmet Yilmaz", "m.yilmaz@profinanz-personal.example.de"),
  "Lindner Logistik möchte Sie kennenlernen",
  "Guten Tag Frau Raghunathan-Clarke,\n\ngute Nachrichten: Lindner Logistik möchte Sie gerne zu "
  "einem ersten Telefoninterview mit dem kaufmännischen Leiter einladen. Vorgeschlagen sind "
  "Mittwoch 10 Uhr oder Donnerstag 16 Uhr. Welcher Termin passt Ihnen besser?\n\nViele Grüße\n"
  "Mehmet Yilmaz\nSenior Consultant Finance\nProFinanz Personalberatung\n+49 40 555 0177\n",
  charset="windows-1252")

m(INV, "fr_entretien_formel", "fr", "Mutuelle Armorique", "drh@mutuelle-armorique.example.fr",
  ("DRH Mutuelle Armorique", "drh@mutuelle-armorique.example.fr"),
  "Convocation à un entretien - Chargé(e) de reporting ESG",
  "Madame,\n\nNous avons le plaisir de vous convier à un entretien pour le poste de Chargé(e) de "
  "reporting ESG, le mardi 16 juin 2026 à 14h30, dans nos locaux de Rennes.\n\nVous serez "
  "reçue par Mme Le Goff, Directrice Financière, et M. Quéré, Responsable RSE.\n\nMerci de bien "
  "vouloir nous confirmer votre présence par retour de mail.\n\nBien cordialement,\n\nSolène "
  "Le Bihan\nChargée de recrutement\nMutuelle Armorique\n", charset="iso-8859-1")

m(INV, "fr_welcome_jungle_chat", "fr", "Trésorly", "hugo@tresorly.example.fr",
  ("Hugo Martin", "hugo@tresorly.example.fr"),
  "Ta candidature chez Trésorly",
  "Hello Priya,\n\nMerci pour ta candidature via Welcome to the Jungle ! Ton profil nous plaît "
  "beaucoup pour le poste de Product Ops Finance. Est-ce que tu serais dispo pour un premier call "
  "de 30 min cette semaine ? Tu peux réserver directement ici : "
  "https://calendly.com/hugo-tresorly/premier-echange\n\nA très vite,\nHugo\nHead of Ops @ "
  "Trésorly\n")

m(INV, "fr_cabinet_test", "fr", "Société Générale des Eaux du Rhône", "c.durand@rhone-rh.example.fr",
  ("Claire Durand", "c.durand@rhone-rh.example.fr"),
  "Prochaine étape : entretien et étude de cas",
  "Bonjour Madame,\n\nSuite à notre échange téléphonique, j'ai le plaisir de vous informer que la "
  "Société Générale des Eaux du Rhône souhaite vous rencontrer. L'entretien se déroulera en deux "
  "temps : une étude de cas de 45 minutes sur un budget prévisionnel, puis un échange avec le "
  "DAF.\n\nCréneaux proposés : jeudi 2 juillet à 9h ou vendredi 3 juillet à 14h.\n\nMerci de me "
  "confirmer celui qui vous convient.\n\nCordialement,\nClaire Durand\nRhône RH Conseil\n")

m(INV, "es_entrevista_formal", "es", "Banco Meridiano", "talento@bancomeridiano.example.es",
  ("Talento Banco Meridiano", "talento@bancomeridiano.example.es"),
  "Convocatoria a entrevista - Controller Financiero",
  "Estimada Sra. Raghunathan-Clarke:\n\nNos complace comunicarle que ha sido preseleccionada para "
  "el puesto de Controller Financiero. Le convocamos a una entrevista por videoconferencia el "
  "próximo miércoles 8 de abril a las 11:00 (hora peninsular) con la Directora Financiera.\n\nLe "
  "rogamos confirme su asistencia respondiendo a este correo.\n\nAtentamente,\n\nBeatriz Lozano\n"
  "Selección y Desarrollo\nBanco Meridiano\n", charset="iso-8859-1", cte="quoted-printable")

m(INV, "es_charla_rapida", "es", "Cobrify", "diego@cobrify.example.com",
  ("Diego Santos", "diego@cobrify.example.com"),
  "¿Hablamos?",
  "Hola Priya, qué tal?\n\nVi tu candidatura para Revenue Operations y me encantaría tener una "
  "llamada rápida de 20 minutos para conocerte. ¿Te viene bien el jueves por la tarde? Si no, "
  "dime cuándo te encaja.\n\nSaludos!\nDiego\nCOO · Cobrify\n")

m(INV, "es_ics_panel", "es", "Energía Cantábrica", "rrhh@energiacantabrica.example.es",
  ("RRHH Energía Cantábrica", "rrhh@energiacantabrica.example.es"),
  "Entrevista con el comité - Analista de Sostenibilidad",
  "Hola Priya,\n\nTe adjuntamos la convocatoria para la entrevista con el comité (Dirección "
  "Financiera, Sostenibilidad y RRHH). Será en nuestras oficinas de Santander o, si lo "
  "prefieres, por Teams.\n\nConfírmanos, por favor.\n\nUn saludo,\nNerea Ortiz\nRRHH\nEnergía "
  "Cantábrica\n",
  ics=ics("panel-ec-2026-0611@energiacantabrica.example.es", "Entrevista - Analista de Sostenibilidad",
          datetime(2026, 6, 11, 8, 30, tzinfo=UTC), 60,
          ("Nerea Ortiz", "rrhh@energiacantabrica.example.es"), location="Santander / Teams"))

# ---------------------------------------------------------------- reschedules / cancellations (15)
S = "interview_reschedule_or_cancel"

m(S, "hm_sick_move", "en", "Thistle Energy", "r.macleod@thistle-energy.example.co.uk",
  ("Ruaridh MacLeod", "r.macleod@thistle-energy.example.co.uk"),
  "Re: Chat on Thursday",
  "Priya, apologies - I've come down with something nasty and need to postpone our call "
  "tomorrow. Could we do Monday same time instead? Sorry for the faff.\n\nR\n\nSent from Outlook "
  "for iOS\n{Q}",
  quote=("gmail", ME, 2, "Hi Ruaridh,\n\nThursday at 2.30 is perfect, speak then.\n\nPriya"))

m(S, "outlook_cancel_ics", "en", "Castleford Homes Housing Association", "d.bannerjee@castlefordhomes.example.org",
  ("Deepa Bannerjee", "d.bannerjee@castlefordhomes.example.org"),
  "Cancelled: Interview - Head of Financial Planning",
  "The interview scheduled for Thursday 14 May has had to be cancelled as two members of the "
  "panel are unavailable. I will be in touch shortly with new dates.\n\nApologies for the short "
  "notice.\n\nDeepa Bannerjee\nPeople Services\nCastleford Homes Housing Association\n",
  ics=ics("040000008200E00074C5B7101A82E008-cfh-0514", "Interview - Head of Financial Planning",
          datetime(2026, 5, 14, 9, 0, tzinfo=UTC), 60,
          ("Deepa Bannerjee", "d.bannerjee@castlefordhomes.example.org"), method="CANCEL",
          sequence=1), ics_method="CANCEL", ics_inline=True)

m(S, "agency_moved_time", "en", "Corbel Digital Bank", "tom.hughes@redfern-recruitment.example.co.uk",
  ("Tom Hughes", "tom.hughes@redfern-recruitment.example.co.uk"),
  "Change of time - Corbel tomorrow",
  "Hi Priya,\n\nQuick heads up - Fiona's been pulled into a board meeting so Corbel have asked to "
  "push tomorrow's interview from 10am to 2pm. Same Teams link. Can you still make it? Let me know "
  "asap and I'll confirm with them!\n\nThanks!!\nTom\n\nTom Hughes | Redfern Recruitment\n")

m(S, "workday_rescheduled", "en", "Albion Northern Rail", "",
  ("Albion Northern Rail", "albionnorthern@myworkday.com"),
  "Your interview has been rescheduled - R-10992",
  "Dear Priya,\n\nPlease note your interview for Finance Business Partner - Operations (R-10992) "
  "has been rescheduled by the hiring team.\n\nNew date: 02/06/2026\nNew time: 14:00 - 15:00 "
  "(GMT+01:00) London\nLocation: Microsoft Teams\n\nIf you are unable to attend at the new time, "
  "please use Candidate Home to request an alternative.\n\nResourcing Team\n\nThis is a system "
  "generated email. Please do not reply.\n")

m(S, "singapore_postpone", "en", "Straits Maritime Holdings", "jolene.tan@straitsmaritime.example.sg",
  ("Jolene Tan", "jolene.tan@straitsmaritime.example.sg"),
  "RE: Interview - Regional FP&A Manager",
  "Dear Priya,\n\nMy sincere apologies, Mr. Lim has to travel to Jakarta urgently and will not be "
  "able to make Thursday's interview. May we postpone to the following week? Kindly propose a few "
  "timings between Tuesday and Thursday and I will arrange accordingly.\n\nSorry for the "
  "inconvenience caused.\n\nBest regards,\nJolene Tan\nSenior HR Executive\nStraits Maritime "
  "Holdings Pte. Ltd.\n{Q}",
  quote=("outlook", ME, 5, "Dear Jolene,\n\nThank you. I confirm Thursday 18 June at 4pm SGT.\n\n"
         "Kind regards,\nPriya"))

m(S, "role_paused_interview_off", "en", "Quarry Lane Games", "hiring@quarrylane.example.com",
  ("Sam Okoro", "hiring@quarrylane.example.com"),
  "Re: Friday's interview",
  "hi Priya, really sorry but we need to cancel Friday - leadership has paused all finance "
  "hiring for a few weeks while we close the funding round. I'll reach out to rebook as soon as "
  "it's unfrozen, hopefully before the end of the month.\n\nSam\nQuarry Lane Games\n{Q}",
  quote=("gmail", ME, 6, "Hi Sam, Friday at 11 works well. Thanks!\nPriya"))

m(S, "greenhouse_reschedule_request", "en", "Ledgerline", "harriet@ledgerline.example.com",
  ("Harriet Cole", "harriet@ledgerline.example.com"),
  "Rescheduling your onsite",
  "Hi Priya,\n\nI'm sorry to do this, but our Head of Finance has had a family emergency and "
  "we need to move your onsite on Wednesday. Could you send me two or three times that work for "
  "you next week? We'll keep the same format (three 45-minute sessions).\n\nThanks for your "
  "flexibility,\nHarriet\n\nHarriet Cole | Recruiting Coordinator | Ledgerline\n")

m(S, "nhs_new_date_formal", "en", "Westmoor NHS Foundation Trust", "recruitment.westmoor@nhs.example.net",
  ("Recruitment Team - Westmoor", "recruitment.westmoor@nhs.example.net"),
  "Change to interview date - Band 7 Financial Accountant 299-FIN-0412",
  "Dear Priya\n\nDue to unforeseen circumstances, we have had to change the interview date for the "
  "above post. Interviews will now take place on Friday 15 May 2026. Your new time is 09:30.\n\n"
  "The Teams invitation has been updated. Please let me know if you are unable to attend.\n\n"
  "Kind regards\n\nJanet Okafor\nRecruitment Officer\n",
  ics=ics("westmoor-299-fin-0412@nhs.example.net", "Interview - Band 7 Financial Accountant",
          datetime(2026, 5, 15, 8, 30, tzinfo=UTC), 60,
          ("Janet Okafor", "recruitment.westmoor@nhs.example.net"), sequence=1,
          location="Microsoft Teams Meeting"))

m(S, "de_termin_verschoben", "de", "Hanseatische Kreditbank", "bewerbung@hkb.example.de",
  ("Annika Lindqvist", "bewerbung@hkb.example.de"),
  "AW: Einladung zum Vorstellungsgespräch - Referentin Treasury",
  "Sehr geehrte Frau Raghunathan-Clarke,\n\nleider muss Herr Dr. Behrens den Termin am 12. Mai "
  "kurzfristig absagen. Wir würden das Gespräch gerne auf Donnerstag, den 21. Mai, 14:00 Uhr "
  "verlegen. Passt Ihnen das?\n\nWir bitten die Unannehmlichkeiten zu entschuldigen.\n\nMit "
  "freundlichen Grüßen\nAnnika Lindqvist\nHanseatische Kreditbank AG\n{Q}",
  quote=("de", ME, 10, "Sehr geehrte Frau Lindqvist,\n\nvielen Dank für die Einladung, den Termin "
         "am 12. Mai um 10:00 Uhr bestätige ich gerne.\n\nMit freundlichen Grüßen\nPriya "
         "Raghunathan-Clarke"), charset="iso-8859-1", cte="quoted-printable", long_lines=True)

m(S, "de_abgesagt_kurz", "de", "Kassenwart", "lena@kassenwart.example.de",
  ("Lena Vogt", "lena@kassenwart.example.de"),
  "Morgen",
  "Hi Priya, sorry für die Kurzfristigkeit - ich muss unser Gespräch morgen leider absagen, "
  "bei uns brennt gerade die Hütte. Kannst du dir über den Link einen neuen Slot nächste Woche "
  "buchen? https://cal.example.com/lena-kassenwart/30\n\nDanke & LG\nLena\n")

m(S, "de_agentur_neuer_termin", "de", "Lindner Logistik", "m.yilmaz@profinanz-personal.example.de",
  ("Mehmet Yilmaz", "m.yilmaz@profinanz-personal.example.de"),
  "Terminänderung Lindner Logistik",
  "Guten Tag Frau Raghunathan-Clarke,\n\nder kaufmännische Leiter von Lindner Logistik ist "
  "am Mittwoch leider verhindert. Das Telefoninterview wird auf Freitag, 11:30 Uhr verschoben. "
  "Bitte geben Sie mir kurz Bescheid, ob das für Sie passt.\n\nViele Grüße\nMehmet Yilmaz\n"
  "ProFinanz Personalberatung\n", charset="windows-1252")

m(S, "fr_report_entretien", "fr", "Mutuelle Armorique", "drh@mutuelle-armorique.example.fr",
  ("Solène Le Bihan", "drh@mutuelle-armorique.example.fr"),
  "Report de votre entretien du 16 juin",
  "Madame,\n\nEn raison d'un empêchement de Mme Le Goff, nous sommes contraints de reporter "
  "votre entretien prévu le mardi 16 juin. Nous vous proposons le lundi 22 juin à 10h00, au même "
  "endroit.\n\nNous vous prions de nous excuser pour ce contretemps et vous remercions de nous "
  "confirmer votre disponibilité.\n\nBien cordialement,\nSolène Le Bihan\nMutuelle Armorique\n",
  charset="iso-8859-1")

m(S, "fr_annulation_poste", "fr", "Trésorly", "hugo@tresorly.example.fr",
  ("Hugo Martin", "hugo@tresorly.example.fr"),
  "Re: Call jeudi",
  "Hello Priya,\n\nJe dois malheureusement annuler notre call de jeudi, j'ai un déplacement "
  "client imprévu. Je te renvoie un lien dès mon retour pour qu'on cale un nouveau créneau, "
  "promis !\n\nDésolé,\nHugo\n{Q}",
  quote=("fr", ME, 3, "Parfait Hugo, j'ai réservé jeudi 11h.\n\nPriya"))

m(S, "es_cambio_hora", "es", "Banco Meridiano", "talento@bancomeridiano.example.es",
  ("Beatriz Lozano", "talento@bancomeridiano.example.es"),
  "Cambio de hora - entrevista Controller Financiero",
  "Estimada Sra. Raghunathan-Clarke:\n\nLe escribimos para informarle de que la entrevista del "
  "miércoles 8 de abril se traslada de las 11:00 a las 16:30 por un cambio en la agenda de la "
  "Directora Financiera. El enlace de videoconferencia sigue siendo el mismo.\n\nDisculpe las "
  "molestias.\n\nAtentamente,\nBeatriz Lozano\nBanco Meridiano\n", charset="iso-8859-1")

m(S, "es_cancelada_sin_fecha", "es", "Cobrify", "diego@cobrify.example.com",
  ("Diego Santos", "diego@cobrify.example.com"),
  "Re: ¿Hablamos?",
  "Priya, perdona, tengo que cancelar la llamada de mañana, me ha surgido un viaje. Te escribo la "
  "semana que viene para buscar otro hueco.\n\nDiego\n\nEnviado desde mi móvil\n{Q}",
  quote=("es", ME, 2, "Hola Diego,\n\nEl jueves a las 17:00 me viene perfecto.\n\nSaludos,\nPriya"))

# ---------------------------------------------------------------- missed interview notices (10)
N = "missed_interview_notice"

m(N, "tried_calling", "en", "Copperleaf Pay", "amara.osei@copperleafpay.example.com",
  ("Amara Osei", "amara.osei@copperleafpay.example.com"),
  "Missed you today",
  "Hi Priya,\n\nI tried calling you at 11:00 for our phone screen but couldn't get through - it "
  "went straight to voicemail. Hope everything's ok! If you'd still like to chat, feel free to "
  "rebook using the same Calendly link.\n\nAmara\nCopperleaf Pay\n")

m(N, "teams_no_join", "en", "Albion Northern Rail", "l.forsyth@albionnorthern.example.co.uk",
  ("Laura Forsyth", "l.forsyth@albionnorthern.example.co.uk"),
  "Interview this afternoon",
  "Dear Priya,\n\nThe panel were online for your interview at 14:00 today but you did not join "
  "the Teams meeting. We waited for 15 minutes before closing the call.\n\nCould you please let "
  "me know what happened? If there were technical problems we may be able to offer another "
  "slot, but I'd need to hear from you by Friday.\n\nRegards\nLaura Forsyth\nResourcing Advisor\n"
  "Albion Northern Rail\n")

m(N, "agency_noshow_worried", "en", "Northgate Energy", "olivia.brandt@marlowe-search.example.com",
  ("Olivia Brandt", "olivia.brandt@marlowe-search.example.com"),
  "Everything ok??",
  "Hi Priya,\n\nNorthgate just called me - they said you didn't dial in for the 10am video "
  "interview? I've tried your mobile a few times. Please call me as soon as you see this so I can "
  "explain to the client - they're open to rearranging if it was a tech issue!\n\nOlivia\n"
  "07700 900 318\n")

m(N, "zoom_waited", "en", "Ravel & Co", "gemma.ashby@ravelco.example.com",
  ("Gemma Ashby", "gemma.ashby@ravelco.example.com"),
  "RE: Ravel & Co - second interview",
  "Dear Priya,\n\nOliver and Priti were ready to meet you at 13:00 today but you did not arrive "
  "at reception and we haven't been able to reach you by phone.\n\nI hope all is well. Please "
  "let me know whether you are still interested in the role.\n\nRegards,\nGemma Ashby\n"
  "Ravel & Co\n{Q}",
  quote=("outlook", ME, 9, "Dear Gemma,\n\nThank you, I confirm Monday 20 July at 13:00.\n\n"
         "Kind regards,\nPriya Raghunathan-Clarke", "Ravel & Co - second interview"))

m(N, "indian_no_response", "en", "Kaveri Finserv", "hr.talent@kaverifinserv.example.in",
  ("Sneha Kulkarni", "hr.talent@kaverifinserv.example.in"),
  "Regarding today's scheduled interview",
  "Dear Priya,\n\nThis is regarding the virtual interview scheduled today at 3:30 PM IST with our "
  "Head - Treasury. The panel waited for 20 minutes, however you did not join the meeting, and "
  "we could not reach you on the number provided.\n\nKindly revert at the earliest with your "
  "availability if you wish to be considered further.\n\nWarm Regards,\nSneha Kulkarni\n"
  "Kaveri Finserv\n")

m(N, "phone_screen_voicemail_au", "en", "Meridian Mutual", "bec.hollis@meridianmutual.example.com.au",
  ("Bec Hollis", "bec.hollis@meridianmutual.example.com.au"),
  "Phone interview",
  "Hi Priya,\n\nI gave you a ring at 8am your time (5pm Sydney) for our phone interview but no "
  "luck - left a voicemail. No worries if the time zones got muddled! Let me know if you'd like "
  "to try again and I'll see what I can do.\n\nCheers,\nBec\nTalent Acquisition Partner | "
  "Meridian Mutual\n")

m(N, "de_nicht_erschienen", "de", "Nordwind Energie", "karriere@nordwind-energie.example.de",
  ("Jana Petersen", "karriere@nordwind-energie.example.de"),
  "Unser Termin heute",
  "Hallo Priya,\n\nwir waren heute um 10 Uhr für das Fachinterview im Meeting, du warst aber "
  "leider nicht dabei. Ist etwas dazwischengekommen? Gib uns gern kurz Bescheid, dann schauen wir, "
  "ob wir einen neuen Termin finden.\n\nViele Grüße\nJana Petersen\nNordwind Energie\n")

m(N, "de_formell_verpasst", "de", "Lindner Logistik", "m.yilmaz@profinanz-personal.example.de",
  ("Mehmet Yilmaz", "m.yilmaz@profinanz-personal.example.de"),
  "Telefoninterview Lindner - Sie waren nicht erreichbar",
  "Guten Tag Frau Raghunathan-Clarke,\n\nder kaufmännische Leiter von Lindner Logistik hat Sie "
  "heute um 11:30 Uhr wie vereinbart angerufen, Sie aber leider nicht erreicht. Bitte melden Sie "
  "sich kurz bei mir, damit ich dem Kunden Bescheid geben kann.\n\nViele Grüße\nMehmet Yilmaz\n"
  "ProFinanz Personalberatung\n", charset="windows-1252", cte="quoted-printable")

m(N, "fr_absence_entretien", "fr", "Mutuelle Armorique", "drh@mutuelle-armorique.example.fr",
  ("Solène Le Bihan", "drh@mutuelle-armorique.example.fr"),
  "Votre entretien de ce matin",
  "Madame,\n\nNous vous attendions ce matin à 10h00 pour votre entretien et nous n'avons pas eu "
  "de nouvelles de votre part. Nous espérons qu'il ne vous est rien arrivé.\n\nPourriez-vous nous "
  "indiquer si vous souhaitez toujours poursuivre le processus ?\n\nBien cordialement,\nSolène "
  "Le Bihan\nMutuelle Armorique\n", charset="iso-8859-1", cte="quoted-printable")

m(N, "es_no_conectaste", "es", "Energía Cantábrica", "rrhh@energiacantabrica.example.es",
  ("Nerea Ortiz", "rrhh@energiacantabrica.example.es"),
  "Entrevista de hoy",
  "Hola Priya,\n\nTe hemos estado esperando en la reunión de Teams de las 10:30 pero no te has "
  "conectado. ¿Ha pasado algo? Si quieres, dinos y buscamos otra fecha.\n\nUn saludo,\nNerea\n"
  "RRHH Energía Cantábrica\n")

# ---------------------------------------------------------------- application acknowledgements (20)
A = "application_received"

m(A, "greenhouse_ack", "en", "Ledgerline", "",
  ("Ledgerline", "no-reply@us.greenhouse-mail.io"),
  "Thanks for applying to Ledgerline!",
  "Hi Priya,\n\nThanks for your interest in Ledgerline - we've received your application for "
  "Revenue Operations Analyst.\n\nOur team reviews every application carefully. If your "
  "experience is a good match, someone will be in touch to discuss next steps.\n\nIn the "
  "meantime, check out our engineering and finance blog.\n\nBest,\nLedgerline Recruiting\n")

m(A, "volume_no_individual", "en", "Brightwater Trust", "",
  ("Brightwater Trust", "no-reply@pinpointhq.com"),
  "Application received: Finance Manager (Grants & Reporting)",
  "Dear Priya,\n\nThank you for applying for the Finance Manager (Grants & Reporting) role at "
  "Brightwater Trust. We have received your application.\n\nDue to the high volume of "
  "applications we receive, we are unable to respond to every applicant individually. If you "
  "have not heard from us within three weeks of the closing date, please assume that you have not "
  "been shortlisted on this occasion.\n\nThank you for your interest in our work.\n\nBrightwater "
  "Trust People Team\n")

m(A, "no_feedback_ack", "en", "Penrose Retail Group", "",
  ("Penrose Retail Group Careers", "donotreply@penrose.icims.example.com"),
  "Penrose Retail Group: We have received your application",
  None,
  html=["Dear Priya,",
        "Thank you for applying for the position of Commercial Finance Manager (Req ID 2026-3318).",
        "Your application has been successfully submitted and will now be reviewed by our "
        "recruitment team.",
        "Unfortunately we are unable to provide individual feedback at this stage of the process.",
        "You can track your application status in our [[candidate portal|https://careers-"
        "penrose.icims.example.com/jobs/login]].",
        "Kind regards,\nPenrose Retail Group Talent Acquisition"],
  hp={"brand": "penrose", "logo_alt": "Penrose Retail Group", "links": 3,
          "footer": "Penrose Retail Group plc, Birmingham B1. Please do not reply to this email."})

m(A, "civil_service_ack", "en", "HM Office for Fiscal Data", "",
  ("Civil Service Jobs", "noreply@civilservicejobs.service.example.gov.uk"),
  "Application received - 409876 - Finance Analyst (HEO)",
  "Dear Priya Raghunathan-Clarke,\n\nThank you for submitting your application for:\n\nVacancy "
  "reference: 409876\nJob title: Finance Analyst (HEO)\nDepartment: HM Office for Fiscal Data\n\n"
  "Your application will now be reviewed. The sift is expected to take place w/c 16 March 2026.\n\n"
  "Please do not reply to this email.\n\nCivil Service Jobs\n")

m(A, "workable_short", "en", "Tidewater Freight", "",
  ("Tidewater Freight", "noreply@candidates.workablemail.com"),
  "Thanks for applying to Tidewater Freight",
  "Hi Priya,\n\nWe've received your application for Treasury Analyst (Dublin) and we'll be in "
  "touch if there's a fit.\n\nCheers,\nTidewater Freight hiring team\n\nPowered by Workable\n")

m(A, "bamboohr_ack_html", "en", "Greyfriars Studios", "",
  ("Greyfriars Studios", "notifications@app.bamboohr.com"),
  "Re: your application", None,
  html=["Hi Priya,",
        "Thanks so much for applying for the Finance & Revenue Operations Manager position at "
        "Greyfriars Studios!",
        "We've got your application and our team will review it soon. We're a small studio so "
        "it may take us a couple of weeks - thanks for your patience.",
        "Greyfriars Studios"],
  hp={"brand": "greyfriars", "logo_alt": "Greyfriars Studios logo", "links": 1, "color": "#222222"},
  thread=False)

m(A, "indian_ack_formal", "en", "Deccan Analytics Consulting", "careers@deccananalytics.example.in",
  ("Careers - Deccan Analytics", "careers@deccananalytics.example.in"),
  "Acknowledgement: Application for Associate Director - Audit Analytics",
  "Dear Candidate,\n\nThank you for applying for the position of Associate Director - Audit "
  "Analytics at our Bengaluru office.\n\nThis is to acknowledge receipt of your application. Our "
  "team will go through your profile and get in touch with you in case of a match. Kindly do "
  "not send multiple applications for the same role.\n\nThanks & Regards,\nTalent Acquisition "
  "Team\nDeccan Analytics Consulting Pvt. Ltd.\n")

m(A, "lever_ack", "en", "Kestrel Climate", "",
  ("Kestrel Climate", "no-reply@hire.lever.co"),
  "Kestrel Climate - application received",
  "Hi Priya,\n\nThank you for applying to the Sustainability Reporting Lead role at Kestrel "
  "Climate. We're reading every application ourselves, so it might take a little while.\n\n"
  "We can't give feedback to everyone who applies, unfortunately, but we'll let you know either "
  "way once we've made a decision.\n\nThanks,\nThe Kestrel team\n")

m(A, "sa_ack_with_popia", "en", "Karoo Power", "",
  ("Karoo Power Recruitment", "recruitment-noreply@karoopower.example.co.za"),
  "Application Confirmation - Financial Manager: Treasury",
  "Dear Priya\n\nYour application for the post of Financial Manager: Treasury has been received.\n\n"
  "Please note that only shortlisted candidates will be contacted. If you have not been contacted "
  "within 30 days of the closing date, please consider your application unsuccessful.\n\n"
  "Karoo Power is committed to employment equity.\n\nPOPIA NOTICE: Your personal information "
  "will be processed in accordance with the Protection of Personal Information Act.\n")

m(A, "agency_received_cv", "en", "", "recruit@sterling-finance-people.example.co.uk",
  ("Sterling Finance People", "recruit@sterling-finance-people.example.co.uk"),
  "We've got your CV - Interim Management Accountant, Glasgow",
  "Hi Priya,\n\nThanks for your application for the Interim Management Accountant role in "
  "Glasgow (Ref SFP-8812), which came through Reed.\n\nOne of our consultants will review your CV "
  "within 48 hours. If your experience matches, we'll call you to talk it through before "
  "putting you forward to our client.\n\nKind regards\nSterling Finance People\n0141 555 0166\n")

m(A, "eploy_ack_uni", "en", "Northumbria Vale University", "",
  ("Northumbria Vale University", "vacancies@nvu.eploy.example.net"),
  "Thank you for your application - Financial Planning Manager",
  "Dear Priya\n\nThank you for your application for the post of Financial Planning Manager "
  "(NVU-2026-0441).\n\nThe closing date for this vacancy is 30 April 2026. Shortlisting will take "
  "place shortly afterwards and we aim to let all applicants know the outcome within four weeks "
  "of the closing date.\n\nBest wishes\nPeople Services\nNorthumbria Vale University\n\nThis email "
  "was sent from an unattended mailbox.\n")

m(A, "de_eingangsbestaetigung", "de", "Kranich Versicherung", "",
  ("Kranich Versicherung AG", "noreply@kranich.jobs.personio.de"),
  "Eingangsbestätigung Ihrer Bewerbung",
  "Sehr geehrte Frau Raghunathan-Clarke,\n\nvielen Dank für Ihre Bewerbung als Referent*in "
  "Nachhaltigkeitsberichterstattung (ESG). Hiermit bestätigen wir den Eingang Ihrer "
  "Unterlagen.\n\nWir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei "
  "Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.\n\nMit "
  "freundlichen Grüßen\nIhr Recruiting-Team\nKranich Versicherung AG\n",
  charset="iso-8859-1", cte="quoted-printable")

m(A, "de_sf_html", "de", "Rheinland Stadtwerke", "",
  ("Rheinland Stadtwerke Karriere", "rheinlandsw@successfactors.eu"),
  "Vielen Dank für Ihre Bewerbung", None,
  html=["Sehr geehrte Frau Raghunathan-Clarke,",
        "wir haben Ihre Bewerbung für die Position Controller (m/w/d) Konzernberichtswesen "
        "erhalten und bedanken uns für Ihr Interesse.",
        "Leider ist es uns aufgrund der hohen Anzahl an Bewerbungen nicht möglich, Ihnen "
        "kurzfristig eine individuelle Rückmeldung zu geben. Wir melden uns, sobald wir Ihre "
        "Unterlagen geprüft haben.",
        "Freundliche Grüße\nIhr Recruiting-Team"],
  hp={"brand": "rheinland", "logo_alt": "Rheinland Stadtwerke", "links": 1,
          "footer": "Rheinland Stadtwerke GmbH · Sitz Köln"}, charset="iso-8859-1")

m(A, "de_startup_danke", "de", "Flinkwerk", "jobs@flinkwerk.example.de",
  ("Flinkwerk Jobs", "jobs@flinkwerk.example.de"),
  "Danke für deine Bewerbung!",
  "Hi Priya,\n\ndanke für deine Bewerbung als Revenue Operations Manager:in bei Flinkwerk! Wir "
  "schauen uns alles in Ruhe an und melden uns innerhalb von 10 Tagen bei dir.\n\nBis bald\n"
  "Das Flinkwerk-Team\n")

m(A, "fr_accuse_reception", "fr", "Groupe Vautrin", "",
  ("Groupe Vautrin Carrières", "ne-pas-repondre@vautrin.taleo.net"),
  "Accusé de réception de votre candidature",
  "Madame,\n\nNous accusons réception de votre candidature au poste de Contrôleur de gestion "
  "(H/F) et vous en remercions.\n\nCompte tenu du nombre important de candidatures reçues, nous "
  "ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. "
  "Sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre "
  "candidature n'a pas été retenue.\n\nCordialement,\nLa Direction des Ressources Humaines\n",
  charset="iso-8859-1", cte="quoted-printable")

m(A, "fr_wttj_confirm", "fr", "Pivette", "",
  ("Pivette via Welcome to the Jungle", "no-reply@welcometothejungle.com"),
  "Ta candidature a bien été envoyée à Pivette",
  None,
  html=["Bonjour Priya,",
        "Ta candidature pour le poste Finance Ops Manager chez Pivette a bien été envoyée.",
        "L'équipe de Pivette va l'étudier et reviendra vers toi directement.",
        "Bonne chance !\nL'équipe Welcome to the Jungle"],
  hp={"brand": "wttj", "logo_alt": "Welcome to the Jungle", "links": 3, "color": "#ffcd00",
          "footer": "Tu reçois cet e-mail car tu as postulé via Welcome to the Jungle."})

m(A, "fr_cabinet_bien_recu", "fr", "", "l.benali@talentis-conseil.example.fr",
  ("Leïla Benali", "l.benali@talentis-conseil.example.fr"),
  "Re: Candidature - Responsable reporting extra-financier",
  "Bonjour Madame,\n\nJ'ai bien reçu votre candidature et vous en remercie. Je l'étudie avec "
  "attention et reviens vers vous d'ici la fin de semaine.\n\nBien cordialement,\nLeïla Benali\n"
  "Talentis Conseil\n{Q}",
  quote=("gmail", ME, 1, "Bonjour,\n\nSuite à votre annonce sur LinkedIn, je vous adresse ma "
         "candidature. Vous trouverez mon CV en pièce jointe.\n\nCordialement,\nPriya "
         "Raghunathan-Clarke"))

m(A, "es_confirmacion_ats", "es", "Grupo Albarrán", "",
  ("Grupo Albarrán", "noreply@albarran.smartrecruiters.example.com"),
  "Hemos recibido tu candidatura",
  "Hola Priya,\n\nGracias por tu interés en Grupo Albarrán. Hemos recibido correctamente tu "
  "candidatura para el puesto de Analista FP&A.\n\nDebido al gran volumen de candidaturas, no "
  "podemos responder de forma individual a todas las personas. Si tu perfil encaja, nos pondremos "
  "en contacto contigo.\n\nUn saludo,\nEquipo de Selección\n", charset="iso-8859-1")

m(A, "es_recibido_formal", "es", "Seguros Atalaya", "",
  ("Seguros Atalaya", "notificaciones@atalaya.talent.example.net"),
  "Confirmación de recepción de candidatura",
  "Estimada candidata:\n\nLe confirmamos que hemos recibido su solicitud para el puesto de "
  "Técnico/a de Reporting ESG (ref. ATL-0937). Su candidatura será evaluada por nuestro equipo "
  "de Talento.\n\nLe agradecemos la confianza depositada en Seguros Atalaya.\n\nEste es un mensaje "
  "automático, por favor no responda.\n", charset="windows-1252", cte="quoted-printable")

m(A, "es_startup_gracias", "es", "Tapa Labs", "marta@tapalabs.example.es",
  ("Marta Gil", "marta@tapalabs.example.es"),
  "Gracias por aplicar a Tapa Labs :)",
  "Hola Priya!\n\nSoy Marta, de Talent. Solo quería decirte que hemos recibido tu candidatura para "
  "Revenue Ops. Esta semana la revisamos con el equipo y te digo algo pronto.\n\nGracias!\nMarta\n")

# ---------------------------------------------------------------- offers (10)
OFF = "offer"

m(OFF, "verbal_followup", "en", "Corbel Digital Bank", "fiona.reid@corbelbank.example.co.uk",
  ("Fiona Reid", "fiona.reid@corbelbank.example.co.uk"),
  "Following up on our call",
  "Hi Priya,\n\nGreat to speak earlier - as discussed, I'm delighted to confirm we'd like to offer "
  "you the Treasury Analyst role. To recap the headline terms: base salary of £62,000, 10% "
  "target bonus, 28 days' holiday plus bank holidays, and hybrid working (2 days in the Manchester "
  "office).\n\nHR will send the formal offer letter and contract through in the next couple of "
  "days. Any questions in the meantime, just call me.\n\nReally looking forward to working with "
  "you!\n\nFiona\n\nFiona Reid | Treasury Manager | Corbel Digital Bank\n",
  cc="Tom Hughes <tom.hughes@redfern-recruitment.example.co.uk>")

m(OFF, "offer_letter_attached", "en", "Kingsbridge Water", "hannah.price@kingsbridgewater.example.co.uk",
  ("Hannah Price", "hannah.price@kingsbridgewater.example.co.uk"),
  "Offer of employment - Regulatory Finance Analyst",
  "Dear Priya,\n\nFurther to your recent assessment centre, I am pleased to offer you the position "
  "of Regulatory Finance Analyst at Kingsbridge Water. Please find attached your offer letter "
  "setting out the terms and conditions.\n\nThis offer is conditional on satisfactory references "
  "and a basic DBS check. To accept, please sign and return the letter by Friday 26 June.\n\n"
  "Congratulations, and welcome aboard.\n\nBest wishes,\nHannah Price\nResourcing Advisor\n"
  "Kingsbridge Water\n",
  attach=("Offer_Letter_P_Raghunathan-Clarke.pdf", "application/pdf",
          b"%PDF-1.4\n% offer letter placeholder\n%%EOF\n"))

m(OFF, "conditional_nhs", "en", "Westmoor NHS Foundation Trust", "recruitment.westmoor@nhs.example.net",
  ("Recruitment Team - Westmoor", "recruitment.westmoor@nhs.example.net"),
  "Conditional Offer of Employment - 299-FIN-0412",
  "Dear Priya\n\nCongratulations! Following your recent interview I am pleased to make you a "
  "conditional offer of employment for the post of Band 7 Financial Accountant.\n\nThis offer is "
  "subject to the following pre-employment checks: two satisfactory references, occupational "
  "health clearance, right to work and identity checks.\n\nPlease log in to TRAC to accept your "
  "conditional offer and upload your ID documents.\n\nKind regards\nJanet Okafor\nRecruitment "
  "Officer\nWestmoor NHS Foundation Trust\n")

m(OFF, "pleased_to_offer_singapore", "en", "Straits Maritime Holdings", "jolene.tan@straitsmaritime.example.sg",
  ("Jolene Tan", "jolene.tan@straitsmaritime.example.sg"),
  "Letter of Offer - Regional FP&A Manager",
  "Dear Priya,\n\nWe are pleased to offer you the position of Regional FP&A Manager with Straits "
  "Maritime Holdings Pte. Ltd. Please find the Letter of Offer attached for your review.\n\n"
  "Kindly sign and return a scanned copy by 14 August 2026 to indicate your acceptance. Do revert "
  "should you have any queries on the package or relocation support.\n\nCongratulations once "
  "again.\n\nBest regards,\nJolene Tan\nSenior HR Executive\n",
  attach=("Letter_of_Offer.pdf", "application/pdf", b"%PDF-1.4\n% placeholder\n%%EOF\n"))

m(OFF, "startup_casual_offer", "en", "Orbital Ledger", "ben@orbitalledger.example.com",
  ("Ben Achebe", "ben@orbitalledger.example.com"),
  "🎉 offer!",
  "Priya!\n\nOfficially - we want you on the team. Nadia will send the offer through Ashby in a "
  "sec but I wanted to say it myself. £78k + 0.08% options, fully remote with quarterly "
  "offsites in Lisbon.\n\nHave a think over the weekend and shout with any questions. Really hope "
  "it's a yes!\n\nBen\nVP Finance, Orbital Ledger\n")

m(OFF, "docusign_contract", "en", "Lagoon Capital", "t.adebayo@lagooncapital.example.ng",
  ("Temitope Adebayo", "t.adebayo@lagooncapital.example.ng"),
  "Employment Contract - Head of Revenue Operations",
  "Dear Priya,\n\nFurther to our offer call yesterday, please find your employment contract sent "
  "for e-signature via DocuSign. Kindly review and sign at your earliest convenience.\n\nWe are "
  "delighted that you will be joining Lagoon Capital and look forward to your resumption on "
  "1st October 2026.\n\nRegards,\nTemitope Adebayo\nHuman Capital Management\nLagoon Capital\n")

m(OFF, "de_vertragsangebot", "de", "Hanseatische Kreditbank", "bewerbung@hkb.example.de",
  ("Annika Lindqvist", "bewerbung@hkb.example.de"),
  "Ihr Vertragsangebot",
  "Sehr geehrte Frau Raghunathan-Clarke,\n\nwir freuen uns sehr, Ihnen nach den Gesprächen die "
  "Position als Referentin Treasury anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag "
  "in zweifacher Ausfertigung.\n\nBitte senden Sie uns ein unterschriebenes Exemplar bis zum "
  "15. Juni zurück. Für Rückfragen zum Vertrag stehe ich Ihnen gerne zur Verfügung.\n\nMit "
  "freundlichen Grüßen\nAnnika Lindqvist\nPersonalreferentin\nHanseatische Kreditbank AG\n",
  attach=("Arbeitsvertrag_Raghunathan-Clarke.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n"),
  charset="iso-8859-1", cte="quoted-printable")

m(OFF, "de_zusage_du", "de", "Kassenwart", "lena@kassenwart.example.de",
  ("Lena Vogt", "lena@kassenwart.example.de"),
  "Gute Nachrichten :)",
  "Hi Priya,\n\nich hab gute Nachrichten: wir möchten dir sehr gerne ein Angebot als Finance Ops "
  "Managerin machen! 72.000 € fix plus VSOP, 30 Tage Urlaub, remote-first. Das schriftliche "
  "Angebot kommt morgen per Mail.\n\nMagst du kurz telefonieren, um Fragen zu klären?\n\nLG Lena\n")

m(OFF, "fr_promesse_embauche", "fr", "Altema Énergies", "rh@altema-energies.example.fr",
  ("Service RH Altema", "rh@altema-energies.example.fr"),
  "Promesse d'embauche",
  "Madame,\n\nSuite à nos différents entretiens, nous avons le plaisir de vous proposer le poste "
  "de Responsable Reporting Extra-Financier au sein d'Altema Énergies, en CDI, à compter du 1er "
  "septembre 2026.\n\nVous trouverez ci-joint votre promesse d'embauche précisant les conditions "
  "de rémunération. Nous vous remercions de nous la retourner signée sous dix jours.\n\nNous vous "
  "prions d'agréer, Madame, nos salutations distinguées.\n\nDelphine Mercier\nResponsable RH\n"
  "Altema Énergies\n",
  attach=("Promesse_embauche.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n"), cte="base64")

m(OFF, "es_oferta", "es", "Cobrify", "diego@cobrify.example.com",
  ("Diego Santos", "diego@cobrify.example.com"),
  "Oferta Revenue Operations",
  "Hola Priya,\n\n¡Buenas noticias! Nos encantaría que te unieras a Cobrify como Revenue "
  "Operations Lead. Te adjunto la carta de oferta con el salario (58.000 € brutos anuales + "
  "variable) y las condiciones.\n\nCualquier duda, llámame cuando quieras.\n\nUn abrazo,\nDiego\n"
  "COO · Cobrify\n",
  attach=("Carta_oferta_Cobrify.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n"))

# ---------------------------------------------------------------- other: English (25)
X = "other"
LIST = {"Precedence": "bulk"}


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """Mailing-list headers as newsletter and alert services send them."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{list_id.strip('<>').split('.', 1)[1]}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", **LIST}


m(X, "linkedin_job_alert", "en", "", "",
  ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
  "\"fp&a manager\": 12 new jobs in London", None,
  html=["Your job alert for fp&a manager in London",
        "[[FP&A Manager - Harrowgate Building Society - London (Hybrid)|https://www.linkedin.example.com/comm/jobs/view/39011]]\n"
        "Actively recruiting · 3 days ago",
        "[[Senior FP&A Analyst - Avanto Payments - London|https://www.linkedin.example.com/comm/jobs/view/39012]]\n"
        "Be an early applicant",
        "[[Finance Business Partner - Tamsin Health - Leeds (Remote)|https://www.linkedin.example.com/comm/jobs/view/39013]]\n"
        "Your profile matches this job",
        "[[See all jobs|https://www.linkedin.example.com/comm/jobs/search?keywords=fp%26a]]",
        "You're receiving job alert emails. Unsubscribe · Help"],
  hp={"brand": "li-alert", "logo_alt": "LinkedIn", "links": 3, "color": "#0a66c2",
          "footer": "This email was intended for Priya Raghunathan-Clarke (Chartered Accountant | FP&A)."},
  headers=bulk("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/e/unsub/1"))

m(X, "indeed_digest", "en", "", "",
  ("Indeed", "alert@indeed.example.com"),
  "Treasury Analyst jobs in Manchester - 8 new", None,
  html=["8 new jobs for Treasury Analyst in Manchester",
        "[[Treasury Analyst|https://uk.indeed.example.com/rc/clk?jk=a1]] - Corbel Digital Bank - "
        "Manchester - £55,000 - £65,000 a year\nEasily apply",
        "[[Cash Management Analyst|https://uk.indeed.example.com/rc/clk?jk=a2]] - Pennine "
        "Building Society - Manchester\nUrgently hiring",
        "[[Treasury & Risk Accountant|https://uk.indeed.example.com/rc/clk?jk=a3]] - Stockport\n"
        "Responsive employer",
        "Don't miss out: employers may reject applications received after the closing date.",
        "Unsubscribe from these alerts"],
  hp={"brand": "indeed", "logo_alt": "Indeed", "links": 3, "color": "#2557a7"},
  headers=bulk("<alerts.indeed.example.com>", "https://uk.indeed.example.com/unsub?t=9"))

m(X, "totaljobs_cvlibrary_alert", "en", "", "",
  ("CV-Library", "jobs@alerts.cv-library.example.co.uk"),
  "Jobs you might like: Management Accountant, Birmingham",
  "Hi Priya,\n\nHere are today's top matches:\n\n* Management Accountant - Birmingham - "
  "£45-50k - Apply now: https://www.cv-library.example.co.uk/job/221\n* Finance Business Partner "
  "(Retail) - Solihull - £52k - https://www.cv-library.example.co.uk/job/222\n* Interim FP&A "
  "Analyst - Birmingham - £300/day - https://www.cv-library.example.co.uk/job/223\n\nUpdate your "
  "CV to get noticed by recruiters.\n\nTo stop receiving these emails click here: "
  "https://www.cv-library.example.co.uk/unsubscribe\n",
  headers=bulk("<daily.cv-library.example.co.uk>", "https://www.cv-library.example.co.uk/unsubscribe"))

m(X, "guardian_careers_newsletter", "en", "", "",
  ("Guardian Jobs", "careers@newsletters.guardianjobs.example.com"),
  "Handling rejection, and how to ace a panel interview", None,
  html=["The Careers Briefing",
        "Rejection is part of every job search. 'Unfortunately, we won't be moving forward with "
        "your application' stings - but how you respond matters. Our columnist explains why a "
        "two-line reply thanking the panel can keep doors open.",
        "Missed an interview? What to say when you simply forgot, and why honesty beats an "
        "invented emergency.",
        "Plus: 4,200 new finance jobs this week. [[Browse roles|https://jobs.guardian.example.com/finance]]",
        "You are receiving this because you subscribed to The Careers Briefing. [[Unsubscribe|https://jobs.guardian.example.com/u]]"],
  hp={"brand": "guardian", "logo_alt": "Guardian Jobs", "links": 3, "color": "#052962"},
  headers=bulk("<careers-briefing.guardianjobs.example.com>", "https://jobs.guardian.example.com/u"))

m(X, "recruiter_cold_inmail", "en", "", "freddie.lang@ashcombe-talent.example.co.uk",
  ("Freddie Lang", "freddie.lang@ashcombe-talent.example.co.uk"),
  "Treasury & FP&A market in the North West",
  "Hi Priya,\n\nHope you don't mind me reaching out - I came across your profile and your move "
  "from audit into FP&A caught my eye.\n\nI specialise in finance roles across Manchester and "
  "Cheshire (banking, fintech, utilities) and have a good view of where salaries are heading this "
  "year. Happy to be a sounding board whenever it's useful, and I'll keep you in mind as things "
  "come in.\n\nAll the best,\nFreddie\n\nFreddie Lang | Associate Director\nAshcombe Talent\n"
  "0161 555 0190\n")

m(X, "podcast_interview", "en", "", "maya@fpandapod.example.com",
  ("Maya Lindgren", "maya@fpandapod.example.com"),
  "Interview request - The Forecast podcast",
  "Hi Priya,\n\nI host The Forecast, a weekly podcast for finance professionals (about 9k "
  "listeners). I really liked your LinkedIn post on moving from audit into FP&A and wondered "
  "if you'd be up for an interview on the show? We record over Zoom, about 40 minutes, no prep "
  "needed.\n\nWe have slots on 12 or 19 March. Let me know!\n\nMaya\nHost, The Forecast\n")

m(X, "user_research_interview", "en", "", "research@harbourlinebank.example.co.uk",
  ("Harbourline Bank Research", "research@harbourlinebank.example.co.uk"),
  "Share your views - 45 min research interview (£50 voucher)",
  "Hi Priya,\n\nAs a Harbourline credit card customer, you're invited to take part in a 45 minute "
  "research interview about how you manage your spending in our app. Sessions run over video "
  "from 3 to 7 June and you'll receive a £50 voucher as a thank you.\n\nBook a session: "
  "https://research.harbourlinebank.example.co.uk/book/81\n\nThanks,\nThe Harbourline Customer "
  "Research team\n")

m(X, "friend_own_rejection", "en", "", "aoife.byrne@example.ie",
  ("Aoife Byrne", "aoife.byrne@example.ie"),
  "ugh",
  "P,\n\njust got the 'we regret to inform you' email from the Dublin insurance place, after FOUR "
  "rounds and a case study. They said they're going with an internal candidate. Honestly why "
  "bother interviewing externally?!\n\nNeed a drink. Are you free Friday?\n\nA x\n\nSent from my "
  "iPhone\n")

m(X, "parcel_delayed", "en", "", "",
  ("Evri", "no-reply@notifications.evri.example.com"),
  "Unfortunately your parcel is delayed",
  "Hi Priya,\n\nUnfortunately your parcel from Hartleys Home is running late. We're sorry about "
  "that. We'll now deliver it on Thursday 12 March.\n\nTracking number: H01HYA0012345678\n\nYou "
  "don't need to do anything. If you'd like to change your delivery, use the Evri app.\n\n"
  "Thanks,\nEvri\n")

m(X, "credit_card_application", "en", "", "",
  ("Harbourline Bank", "no-reply@harbourlinebank.example.co.uk"),
  "We've received your application",
  "Dear Ms Raghunathan-Clarke,\n\nThank you for applying for a Harbourline Rewards Credit Card. "
  "We've received your application and we're reviewing it now.\n\nMost decisions are made within "
  "2 working days. Unfortunately we can't give updates by phone while your application is being "
  "assessed.\n\nHarbourline Bank plc. Authorised by the Prudential Regulation Authority.\n")

m(X, "tenancy_declined", "en", "", "lettings@kellandestates.example.co.uk",
  ("Kelland Estates Lettings", "lettings@kellandestates.example.co.uk"),
  "Flat 4, 22 Victoria Road - application outcome",
  "Dear Priya,\n\nThank you for your application for Flat 4, 22 Victoria Road. Unfortunately the "
  "landlord has decided to proceed with another applicant, and we are therefore unable to offer "
  "you the tenancy on this occasion. Your holding deposit will be refunded within 7 days.\n\nWe "
  "have similar properties coming to market and would be happy to arrange viewings.\n\nKind "
  "regards,\nJamie Pritchard\nLettings Negotiator\nKelland Estates\n")

m(X, "university_admission", "en", "", "",
  ("Postgraduate Admissions", "pgadmissions-noreply@ucharbour.example.ie"),
  "Decision on your application - MSc Sustainable Finance (part-time)",
  "Dear Priya,\n\nThank you for your application to the MSc Sustainable Finance (part-time). "
  "We regret to inform you that we are unable to offer you a place on the programme for the "
  "2026/27 academic year, as the course is heavily oversubscribed.\n\nYours sincerely,\n"
  "Postgraduate Admissions Office\nUniversity of Cork Harbour\n")

m(X, "own_sent_followup", "en", "", "",
  ME, "Re: Treasury Analyst - following up",
  "Hi Tom,\n\nJust following up on the Corbel role - have you heard anything back from the "
  "hiring manager since Friday? No worries if not, just keen to know where things stand.\n\n"
  "Thanks,\nPriya\n{Q}",
  to="Tom Hughes <tom.hughes@redfern-recruitment.example.co.uk>",
  quote=("gmail", ("Tom Hughes", "tom.hughes@redfern-recruitment.example.co.uk"), 6,
         "Hi Priya,\n\nI've sent your CV over to Corbel - they're reviewing this week and I'll "
         "let you know as soon as I hear about interviews!\n\nTom"),
  parent_domain="redfern-recruitment.example.co.uk")

m(X, "recruiter_out_of_office", "en", "", "kerry.watts@tamsinhealth.example.com",
  ("Kerry Watts", "kerry.watts@tamsinhealth.example.com"),
  "Automatic reply: Interview availability",
  "Thank you for your email. I am out of the office until Monday 17 August with limited access "
  "to email. For urgent recruitment queries please contact talent@tamsinhealth.example.com.\n\n"
  "Kind regards,\nKerry\n",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, thread=True)

m(X, "standup_calendar", "en", "", "",
  ("Google Calendar", "calendar-notification@google.example.com"),
  "Notification: Daily stand-up - Finance Ops @ Mon 9 Feb 2026 09:15 - 09:30 (GMT)",
  "Daily stand-up - Finance Ops\nMonday 9 Feb 2026 09:15 - 09:30 (GMT)\n\nJoining info: "
  "meet.example.com/xqa-bvte-kpd\n\nInvitation from Google Calendar\n\nYou are receiving this email "
  "because you are an attendee on the event.\n",
  ics=ics("standup-fin-ops-2026@google.example.com", "Daily stand-up - Finance Ops",
          datetime(2026, 2, 9, 9, 15, tzinfo=UTC), 15,
          ("Chloe Mensah", "chloe.mensah@wealdon.example.com")))

m(X, "hmrc_self_assessment", "en", "", "",
  ("HMRC", "noreply@tax.service.example.gov.uk"),
  "Your Self Assessment tax return",
  "Dear Priya Raghunathan-Clarke\n\nThis is a reminder that the deadline for filing your 2024 to "
  "2025 Self Assessment tax return online is 31 January 2026.\n\nSign in to your HMRC online "
  "account to complete your return.\n\nWe will never ask for personal or financial information "
  "by email.\n\nHM Revenue and Customs\n")

m(X, "acca_cpd_newsletter", "en", "", "",
  ("ACCA CPD Hub", "cpd@news.acca-cpd.example.org"),
  "Your CPD this month: ESG assurance, IFRS S2 and interview skills", None,
  html=["Hello Priya,",
        "New this month: a 2-hour unit on ISSA 5000 and sustainability assurance, plus a webinar "
        "with a Big Four partner on what interview panels look for when hiring FP&A managers.",
        "You have completed 28 of 40 units this year. [[Log your CPD|https://cpd.acca-cpd.example.org/log]]",
        "Manage preferences | Unsubscribe"],
  hp={"brand": "acca", "logo_alt": "ACCA CPD", "links": 2, "color": "#b1003e"},
  headers=bulk("<monthly.news.acca-cpd.example.org>", "https://cpd.acca-cpd.example.org/unsub"))

m(X, "trainline_booking", "en", "", "",
  ("Trainline", "auto-confirm@info.trainline.example.com"),
  "Your booking confirmation: Leeds to London Kings Cross",
  "Your booking is confirmed\n\nTue 14 Jul\nLeeds -> London Kings Cross\nDepart 06:45, Arrive 09:02\n"
  "1 Adult, Standard Off-Peak Return\nTotal paid: £96.40\n\nBooking reference: TRN-9XK2P\n\nYour "
  "e-ticket is in the app.\n")

m(X, "energy_bill", "en", "", "",
  ("Octave Energy", "hello@octave-energy.example.co.uk"),
  "Your latest bill is ready",
  "Hi Priya,\n\nYour bill for 1 May - 31 May is ready. You used 182 kWh of electricity and "
  "41 kWh of gas. Amount due: £74.18, which we'll collect by Direct Debit on 12 June.\n\n"
  "View your bill: https://my.octave-energy.example.co.uk/bills\n\nThe Octave team\n")

m(X, "gym_membership", "en", "", "",
  ("PureForm Gyms", "members@pureform.example.co.uk"),
  "Your membership is being frozen",
  "Hi Priya,\n\nWe've received your request to freeze your membership at PureForm Leeds City "
  "from 1 August to 31 August. Your next payment will be taken on 1 September.\n\nSee you "
  "soon!\nPureForm Gyms\n")

m(X, "vehicle_position", "en", "", "",
  ("TrackMate", "alerts@trackmate.example.com"),
  "Position update: your bike left the geofence",
  "Your device 'Brompton' reported a new position at 07:42.\n\nPosition: 53.7997 N, 1.5492 W "
  "(Park Row, Leeds)\nAccuracy: 8 m\nBattery: 61%\n\nView on map: "
  "https://app.trackmate.example.com/d/8812\n")

m(X, "candidate_survey", "en", "", "",
  ("Candidate Experience", "survey@ledgerline.surveys.example.com"),
  "How was your interview experience with Ledgerline?",
  "Hi Priya,\n\nYou recently interviewed with Ledgerline. Whatever the outcome, we'd love to hear "
  "how the process felt - it takes 2 minutes and is completely anonymous.\n\nRate your "
  "experience: https://ledgerline.surveys.example.com/s/cx-44\n\nThank you!\n",
  headers={"Precedence": "bulk"})

m(X, "mortgage_dip", "en", "", "nikhil@keystone-mortgages.example.co.uk",
  ("Nikhil Rao", "nikhil@keystone-mortgages.example.co.uk"),
  "Your Decision in Principle",
  "Hi Priya,\n\nGood news - the lender has accepted the Decision in Principle for £285,000 over "
  "30 years. The full application has now been received by their underwriters, and they may ask "
  "for your last 3 payslips and 6 months of bank statements.\n\nI'll chase them next week.\n\n"
  "Nikhil Rao CeMAP\nKeystone Mortgages\n\nYour home may be repossessed if you do not keep up "
  "repayments on your mortgage.\n")

m(X, "colleague_fwd_job_ad", "en", "", "j.osullivan@example.co.uk",
  ("James O'Sullivan", "j.osullivan@example.co.uk"),
  "Fwd: Head of FP&A - Bristol",
  "Saw this and thought of you immediately - think they're interviewing in the next few weeks. "
  "Happy to put in a word with Sarah if you apply, I worked with her at the old place.\n\nJ\n{Q}",
  quote=("forward", ("Sarah Whitlock", "sarah.whitlock@severnvale.example.com"), 1,
         "Hi all,\n\nWe're hiring a Head of FP&A at Severnvale Utilities, Bristol-based, hybrid. "
         "Please share with anyone you think would be good.\n\nSarah", "Head of FP&A - Bristol"))

m(X, "local_radio_interview", "en", "", "producer@leedsfm.example.co.uk",
  ("Beth Naylor", "producer@leedsfm.example.co.uk"),
  "Radio interview - cost of living segment",
  "Hi Priya,\n\nI'm a producer on the breakfast show at Leeds FM. We're doing a segment on "
  "household budgeting next Tuesday and someone mentioned you run free budgeting workshops at the "
  "library. Would you be up for a short live interview on air (5-6 mins, by phone) around 8.10am?\n\n"
  "Thanks!\nBeth\n07700 900 550\n")

# ---------------------------------------------------------------- other: German (7)

m(X, "de_stepstone_jobagent", "de", "", "",
  ("StepStone Jobagent", "jobagent@stepstone.example.de"),
  "12 neue Jobs für \"Controlling Nachhaltigkeit\" in Berlin", None,
  html=["Hallo Priya,",
        "Ihr Jobagent hat neue passende Stellenangebote gefunden:",
        "[[Referent Nachhaltigkeitscontrolling (m/w/d)|https://www.stepstone.example.de/stellenangebote--1]] "
        "- Nordwind Energie GmbH - Berlin",
        "[[Senior Controller ESG (all genders)|https://www.stepstone.example.de/stellenangebote--2]] - "
        "Mosaik Software GmbH - Berlin / remote",
        "[[Alle Jobs anzeigen|https://www.stepstone.example.de/jobagent/12]]",
        "Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden"],
  hp={"brand": "stepstone", "logo_alt": "StepStone", "links": 3, "color": "#0c2577"},
  headers=bulk("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/abmelden"),
  charset="iso-8859-1")

m(X, "de_karriere_newsletter", "de", "", "",
  ("Karriere-Briefing", "newsletter@karrierebriefing.example.de"),
  "Absage erhalten? So reagieren Sie richtig", None,
  html=["Liebe Leserin, lieber Leser,",
        "\"Leider müssen wir Ihnen mitteilen ...\" - kaum ein Satz frustriert mehr. Unsere "
        "Karriereexpertin erklärt, warum sich eine kurze, freundliche Antwort auf eine Absage "
        "lohnt, und wie Sie nach einem verpassten Vorstellungsgespräch souverän reagieren.",
        "Außerdem: Gehaltsreport Controlling 2026 und die zehn häufigsten Fragen im "
        "Vorstellungsgespräch.",
        "[[Jetzt lesen|https://www.karrierebriefing.example.de/artikel/absage]]",
        "Newsletter abbestellen | Impressum"],
  hp={"brand": "kb", "logo_alt": "Karriere-Briefing", "links": 2},
  headers=bulk("<woechentlich.karrierebriefing.example.de>", "https://www.karrierebriefing.example.de/abmelden"))

m(X, "de_paket_verspaetet", "de", "", "",
  ("Paketdienst Blitz", "benachrichtigung@blitzpaket.example.de"),
  "Ihre Sendung verzögert sich leider",
  "Guten Tag,\n\nleider verzögert sich die Zustellung Ihrer Sendung 00340434161094042557. Wir "
  "entschuldigen uns für die Unannehmlichkeiten. Neuer voraussichtlicher Zustelltag: Freitag.\n\n"
  "Sendungsverfolgung: https://www.blitzpaket.example.de/verfolgen\n\nIhr Paketdienst Blitz\n",
  charset="iso-8859-1")

m(X, "de_kreditkarte_antrag", "de", "", "",
  ("Nordbank Direkt", "service@nordbank-direkt.example.de"),
  "Ihr Antrag ist bei uns eingegangen",
  "Sehr geehrte Frau Raghunathan-Clarke,\n\nvielen Dank für Ihren Antrag auf die Nordbank Visa "
  "Card. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft. Sie erhalten unsere "
  "Entscheidung in der Regel innerhalb von fünf Werktagen per Post.\n\nMit freundlichen Grüßen\n"
  "Ihre Nordbank Direkt\n\nDiese Nachricht wurde automatisch erstellt.\n",
  charset="windows-1252", cte="quoted-printable")

m(X, "de_wohnung_absage", "de", "", "vermietung@spreeblick-wohnen.example.de",
  ("Spreeblick Wohnen Vermietung", "vermietung@spreeblick-wohnen.example.de"),
  "Ihre Anfrage zur Wohnung Kastanienallee 41",
  "Sehr geehrte Frau Raghunathan-Clarke,\n\nvielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung "
  "in der Kastanienallee 41. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für "
  "andere Mietinteressenten entschieden hat.\n\nWir wünschen Ihnen viel Erfolg bei der weiteren "
  "Wohnungssuche.\n\nMit freundlichen Grüßen\nTobias Kern\nSpreeblick Wohnen\n")

m(X, "de_freundin_absage", "de", "", "nina.hartmann@example.de",
  ("Nina Hartmann", "nina.hartmann@example.de"),
  "Re: Wie lief's?",
  "Na ja... die haben mir heute abgesagt. \"Wir haben uns für eine Kandidatin entschieden, die "
  "besser zum Team passt\" - nach drei Gesprächen! Ich bin echt bedient.\n\nLass uns am "
  "Wochenende telefonieren, ich brauch Ablenkung. Wie läuft's bei dir mit Kassenwart?\n\nNina\n{Q}",
  quote=("de", ME, 1, "Hey Nina,\n\nund, wie lief dein Finale gestern? Drück dir die Daumen!\n\n"
         "P."))

m(X, "de_fitness_vertrag", "de", "", "",
  ("FitPoint Studios", "mitglieder@fitpoint.example.de"),
  "Bestätigung Ihrer Kündigung",
  "Hallo Priya,\n\nhiermit bestätigen wir die Kündigung Ihrer Mitgliedschaft zum 31.10.2026. "
  "Bis dahin können Sie alle Studios wie gewohnt nutzen.\n\nSportliche Grüße\nIhr FitPoint-Team\n")

# ---------------------------------------------------------------- other: French (9)

m(X, "fr_wttj_newsletter", "fr", "", "",
  ("Welcome to the Jungle", "newsletter@welcometothejungle.com"),
  "Refus après un entretien : comment rebondir ?", None,
  html=["Bonjour Priya,",
        "Cette semaine dans la newsletter : « Nous sommes au regret de vous informer... » — trois "
        "recruteurs expliquent ce qui se cache derrière un refus après entretien, et comment "
        "relancer sans être lourd.",
        "À lire aussi : les 7 questions pièges de l'entretien final avec le DAF.",
        "[[Découvrir les offres Finance|https://www.welcometothejungle.com/fr/jobs?query=finance]]",
        "Se désabonner"],
  hp={"brand": "wttj-news", "logo_alt": "Welcome to the Jungle", "links": 3, "color": "#ffcd00"},
  headers=bulk("<hebdo.welcometothejungle.com>", "https://www.welcometothejungle.com/fr/unsubscribe"))

m(X, "fr_apec_alerte", "fr", "", "",
  ("Apec", "alertes@apec.example.fr"),
  "Vos nouvelles offres : Contrôleur de gestion - Paris",
  "Bonjour,\n\n5 nouvelles offres correspondent à votre alerte « Contrôleur de gestion - "
  "Paris » :\n\n- Contrôleur de gestion industriel (H/F) - Paris 8e - 55-65 k€\n- Contrôleur "
  "financier ESG (H/F) - La Défense - 60-70 k€\n- Business Analyst FP&A (H/F) - Paris 2e\n\n"
  "Consultez-les sur votre espace : https://www.apec.example.fr/candidat/alertes\n\nPour ne plus "
  "recevoir ces alertes, modifiez vos préférences.\n",
  headers=bulk("<alertes.apec.example.fr>", "https://www.apec.example.fr/desinscription"),
  charset="windows-1252", cte="quoted-printable")

m(X, "fr_colis_retard", "fr", "", "",
  ("Colissimo", "noreply@notif-colissimo.example.fr"),
  "Votre colis a du retard",
  "Bonjour,\n\nMalheureusement, votre colis n° 6A12345678901 a pris du retard. Il vous sera livré "
  "dans les prochains jours. Nous vous prions de nous excuser pour la gêne occasionnée.\n\n"
  "Suivre mon colis : https://www.colissimo.example.fr/suivi\n")

m(X, "fr_entretien_utilisateur", "fr", "", "ux@banque-lumiere.example.fr",
  ("Équipe UX Banque Lumière", "ux@banque-lumiere.example.fr"),
  "Participez à un entretien utilisateur (30 min)",
  "Bonjour Priya,\n\nEn tant que cliente de Banque Lumière, nous aimerions vous inviter à un "
  "entretien utilisateur de 30 minutes sur notre nouvelle application mobile. Un bon d'achat de "
  "30 € vous sera offert.\n\nRéservez votre créneau : https://ux.banque-lumiere.example.fr/rdv\n\n"
  "Merci !\nL'équipe Recherche Utilisateur\n")

m(X, "fr_podcast_invite", "fr", "", "julie@podcast-financeparite.example.fr",
  ("Julie Marchand", "julie@podcast-financeparite.example.fr"),
  "Invitation podcast « Finance & Parité »",
  "Bonjour Priya,\n\nJe produis le podcast Finance & Parité, qui donne la parole aux femmes de la "
  "finance. J'aimerais beaucoup vous recevoir pour une interview d'environ 45 minutes sur votre "
  "reconversion de l'audit vers le reporting ESG. L'enregistrement se fait à distance.\n\n"
  "Seriez-vous partante ?\n\nBelle journée,\nJulie Marchand\n")

m(X, "fr_amie_refus", "fr", "", "ines.faure@example.fr",
  ("Inès Faure", "ines.faure@example.fr"),
  "bon ben c'est non",
  "Coucou,\n\nJe viens de recevoir le refus du cabinet après le dernier entretien... « votre "
  "profil ne correspond pas tout à fait à nos attentes ». Trois semaines d'attente pour ça !\n\n"
  "On se fait un apéro jeudi pour que je râle un peu ? Et toi, des nouvelles d'Altema ?\n\nBises,\n"
  "Inès\n\nEnvoyé de mon iPhone\n")

m(X, "fr_credit_conso", "fr", "", "",
  ("Crédit Azur", "ne-pas-repondre@credit-azur.example.fr"),
  "Votre demande de crédit a bien été reçue",
  "Madame,\n\nNous accusons réception de votre demande de prêt personnel n° 2026-88412. Votre "
  "dossier est en cours d'étude et une réponse vous sera communiquée sous 48 heures ouvrées.\n\n"
  "Un crédit vous engage et doit être remboursé.\n\nCrédit Azur\n", cte="quoted-printable")

m(X, "fr_admission_master", "fr", "", "",
  ("Scolarité - Master Finance Durable", "scolarite-noreply@univ-garonne.example.fr"),
  "Résultat de votre candidature - Master Finance Durable",
  "Madame,\n\nNous avons le regret de vous informer que votre candidature au Master Finance "
  "Durable (formation continue) n'a pas été retenue par la commission pédagogique.\n\n"
  "Le service de la scolarité\nUniversité de Garonne\n", charset="iso-8859-1")

m(X, "fr_streaming_facture", "fr", "", "",
  ("Vidéoflix", "info@mailer.videoflix.example.com"),
  "Votre abonnement a été renouvelé",
  "Bonjour Priya,\n\nMerci d'être membre de Vidéoflix. Votre abonnement Standard a été renouvelé "
  "le 3 octobre pour 13,49 €.\n\nBesoin d'aide ? Consultez le centre d'aide.\n\nL'équipe Vidéoflix\n")

# ---------------------------------------------------------------- other: Spanish (9)

m(X, "es_infojobs_alerta", "es", "", "",
  ("InfoJobs", "alertas@infojobs.example.net"),
  "Nuevas ofertas: Analista Financiero en Madrid", None,
  html=["Hola Priya,",
        "Tenemos 9 ofertas nuevas que encajan con tu alerta:",
        "[[Analista FP&A - Grupo Albarrán - Madrid|https://www.infojobs.example.net/of-1]]",
        "[[Controller Financiero (Sector Seguros) - Madrid|https://www.infojobs.example.net/of-2]]",
        "[[Técnico/a de Tesorería - Alcobendas|https://www.infojobs.example.net/of-3]]",
        "Darse de baja de esta alerta"],
  hp={"brand": "infojobs", "logo_alt": "InfoJobs", "links": 3, "color": "#167db7"},
  headers=bulk("<alertas.infojobs.example.net>", "https://www.infojobs.example.net/baja"),
  charset="windows-1252")

m(X, "es_linkedin_digest", "es", "", "",
  ("LinkedIn", "messages-noreply@linkedin.example.com"),
  "Priya, tienes 3 invitaciones nuevas y 5 empleos recomendados",
  "Hola Priya:\n\nMira quién quiere conectar contigo:\n- Diego Santos, COO en Cobrify\n- Elena "
  "Vidal, Controller en Seguros Atalaya\n\nEmpleos recomendados para ti:\n- Revenue Operations "
  "Manager · Barcelona · En remoto\n- Analista de Tesorería · Madrid\n\nVer todo: "
  "https://www.linkedin.example.com/mynetwork\n\nCancelar suscripción\n",
  headers=bulk("<digest.linkedin.example.com>", "https://www.linkedin.example.com/e/unsub/es"))

m(X, "es_paquete_retraso", "es", "", "",
  ("Correos Express", "avisos@correosexpress.example.es"),
  "Tu envío se ha retrasado",
  "Hola,\n\nLamentamos informarte de que tu envío 3230009876543 ha sufrido un retraso por una "
  "incidencia en el centro de distribución. La nueva fecha estimada de entrega es el lunes.\n\n"
  "Sigue tu envío en https://www.correosexpress.example.es/seguimiento\n", charset="iso-8859-1")

m(X, "es_entrevista_prensa", "es", "", "lucia.romero@diarioeconomico.example.es",
  ("Lucía Romero", "lucia.romero@diarioeconomico.example.es"),
  "Entrevista para un reportaje",
  "Hola Priya,\n\nSoy periodista en Diario Económico. Estoy preparando un reportaje sobre "
  "profesionales británicos de finanzas que se mudan a España y me encantaría hacerte una "
  "entrevista breve, por teléfono, de unos 20 minutos. ¿Tendrías un hueco esta semana?\n\n"
  "Gracias,\nLucía Romero\nRedactora, sección Empresas\n")

m(X, "es_amiga_rechazo", "es", "", "carmen.ruiz@example.es",
  ("Carmen Ruiz", "carmen.ruiz@example.es"),
  "Re: ¿Qué tal la entrevista?",
  "Pues nada, me han dicho que no :( Me escribieron ayer: \"lamentamos comunicarte que hemos "
  "decidido continuar con otros perfiles\". Después de la prueba técnica y todo.\n\nBueno, a "
  "seguir. ¿Y tú qué tal con lo de Cobrify?\n\nBesos,\nCarmen\n{Q}",
  quote=("es", ME, 2, "Carmen! ¿Cómo fue la entrevista final? Cuéntame!\n\nP."))

m(X, "es_tarjeta_solicitud", "es", "", "",
  ("Banco Meridiano", "no-responder@bancomeridiano.example.es"),
  "Hemos recibido tu solicitud de tarjeta",
  "Hola Priya,\n\nHemos recibido tu solicitud de la Tarjeta Meridiano Oro. Estamos revisando la "
  "documentación y te informaremos de la resolución en un plazo máximo de 5 días hábiles.\n\n"
  "Banco Meridiano\n", charset="iso-8859-1", cte="quoted-printable")

m(X, "es_piso_denegado", "es", "", "alquileres@inmogracia.example.es",
  ("Inmobiliaria Gràcia", "alquileres@inmogracia.example.es"),
  "Solicitud de alquiler - Carrer de Verdi 12",
  "Hola Priya,\n\nGracias por tu interés en el piso de Carrer de Verdi 12. Lamentablemente, el "
  "propietario ha elegido a otro inquilino, por lo que no podemos seguir adelante con tu "
  "solicitud.\n\nSi quieres, te avisamos de nuevos pisos en la zona.\n\nSaludos,\nJordi Puig\n"
  "Inmobiliaria Gràcia\n")

m(X, "es_admision_master", "es", "", "",
  ("Admisiones Escuela de Negocios", "admisiones-noreply@escuelafinanzas.example.es"),
  "Resolución de admisión - Máster en Finanzas Sostenibles",
  "Estimada Priya:\n\nNos complace comunicarte que has sido admitida en el Máster en Finanzas "
  "Sostenibles (modalidad online), edición octubre 2026. Para reservar tu plaza, abona la "
  "matrícula antes del 15 de julio.\n\nEnhorabuena,\nOficina de Admisiones\n")

m(X, "es_musica_suscripcion", "es", "", "",
  ("Sonora Música", "no-reply@sonora.example.com"),
  "Tu resumen del año ya está aquí",
  "¡Hola Priya!\n\nEste año escuchaste 18.240 minutos de música. Tu artista favorito: Rosalía. "
  "Descubre tu resumen completo en la app.\n\nSonora\n",
  headers=bulk("<resumen.sonora.example.com>", "https://www.sonora.example.com/baja"))


if __name__ == "__main__":
    main()
