"""The ninth corpus's message model and MIME builder: one Spec per hand-written message.

The scenario modules (_rejection.py, _invite.py, ...) hold the words; this module only turns a
Spec into RFC 5322 bytes with the structure the Spec asks for (plain, HTML-only,
multipart/alternative, a text/calendar part, a PDF attachment; 7bit/8bit, quoted-printable or
base64; any charset). Everything is deterministic (fixed boundaries, ids derived from names) so
make_ninth.py reproduces the committed files byte for byte. Imports only the standard library.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import charset as _charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from io import BytesIO

ME = "Inés Kowalczyk <ines.kowalczyk@example.net>"
ME_ADDR = "ines.kowalczyk@example.net"


@dataclass(frozen=True)
class Ics:
    """A calendar part: an invitation (REQUEST) or a cancellation (CANCEL)."""

    summary: str
    start: str  # ISO with offset
    minutes: int = 45
    method: str = "REQUEST"
    organizer: str = ""
    location: str = ""
    sequence: int = 0
    description: str = ""
    uid: str = ""  # shared by an invitation and its later update or cancellation


@dataclass(frozen=True)
class Spec:
    """One message and its labels."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    frm: str
    subject: str
    body: str
    date: str
    reply_to: str = ""
    to: str = ME
    cc: str = ""
    fmt: str = "plain"  # plain | html | alt
    cte: str = "8bit"  # 7bit | 8bit | qp | b64
    charset: str = "utf-8"
    html_style: str = "simple"  # simple | ats | outlook | news
    html: str = ""  # hand-written HTML instead of one derived from body
    ics: Ics | None = None
    attach: str = ""  # file name of a PDF attachment
    headers: dict[str, str] = field(default_factory=dict)
    in_reply_to: str = ""  # "auto": a parent id at the candidate's domain
    encode_subject: bool = False


def _mid(spec: Spec) -> str:
    domain = parseaddr(spec.frm)[1].rpartition("@")[2] or "example.com"
    digest = hashlib.sha1(spec.scenario.encode()).hexdigest()[:16]
    return f"<{digest}.{spec.scenario.replace('_', '')}@{domain}>"


def parent_id(spec: Spec) -> str:
    """The Message-ID of the message this one answers (written by the candidate earlier)."""
    digest = hashlib.sha1(("parent" + spec.scenario).encode()).hexdigest()[:20]
    return f"<CAF{digest}@mail.example.net>"


def _addr(value: str, charset: str) -> str:
    name, addr = parseaddr(value)
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def _text_part(text: str, subtype: str, spec: Spec) -> MIMEText:
    cs = _charset.Charset(spec.charset)
    cs.body_encoding = {"qp": _charset.QP, "b64": _charset.BASE64}.get(spec.cte)
    if spec.cte in ("7bit", "8bit"):
        cs.body_encoding = None
    if spec.charset in ("utf-8", "iso-8859-1", "windows-1252"):
        cs.header_encoding = _charset.QP
    try:
        text.encode(spec.charset)
    except UnicodeEncodeError as exc:
        raise SystemExit(f"{spec.scenario}: text does not fit {spec.charset}: {exc}") from exc
    part = MIMEText("", subtype)
    del part["Content-Transfer-Encoding"]
    part.set_payload(text, cs)
    return part


_URL = re.compile(r"https?://[^\s<>)]+")


def _link(url: str, domain: str, n: int) -> str:
    token = hashlib.md5(f"{url}{n}".encode()).hexdigest()
    track = f"https://click.{domain}/ls/click?upn={token}"
    return f'<a href="{track}" style="color:#1a5fb4">{html.escape(url)}</a>'


def _paragraphs(text: str, domain: str) -> str:
    out = []
    for n, para in enumerate(text.strip().split("\n\n")):
        escaped = html.escape(para)
        escaped = _URL.sub(lambda m, n=n: _link(html.unescape(m.group(0)), domain, n), escaped)
        if para.startswith(">") or (para.startswith("On ") and "wrote:" in para):
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       f'padding-left:1ex">{escaped.replace(chr(10), "<br>")}</blockquote>')
        else:
            out.append(f"<p>{escaped.replace(chr(10), '<br>')}</p>")
    return "\n".join(out)


def derived_html(spec: Spec) -> str:
    """An HTML body in one of four house styles, built from the plain text."""
    name, addr = parseaddr(spec.frm)
    domain = addr.rpartition("@")[2] or "example.com"
    sender = name.split(" via ")[0] or domain
    inner = _paragraphs(spec.body, domain)
    pixel = (f'<img src="https://t.{domain}/o/{hashlib.md5(spec.scenario.encode()).hexdigest()}.gif"'
             ' width="1" height="1" alt="" style="display:none">')
    if spec.html_style == "ats":
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                "<body style=\"margin:0;background:#f4f5f7\">\n"
                "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
                "<tr><td align=\"center\">\n<table width=\"600\" style=\"background:#fff;"
                "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n"
                f"<tr><td style=\"padding:24px\"><img src=\"https://cdn.{domain}/logo.png\" "
                f"alt=\"{html.escape(sender)}\" height=\"32\"></td></tr>\n"
                f"<tr><td style=\"padding:0 24px 24px\">{inner}</td></tr>\n"
                "<tr><td style=\"padding:12px 24px;font-size:11px;color:#888\">"
                "This is an automated message. Please do not reply to this email."
                f"</td></tr></table></td></tr></table>{pixel}</body></html>\n")
    if spec.html_style == "outlook":
        inner = inner.replace("<p>", '<p class="MsoNormal"><span style="font-size:11.0pt;'
                              'font-family:&quot;Calibri&quot;,sans-serif">')
        inner = inner.replace("</p>", "</span></p>")
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                "<style><!-- p.MsoNormal {margin:0cm;} --></style></head>"
                f"<body lang=\"EN-GB\"><div class=\"WordSection1\">\n{inner}\n</div></body></html>\n")
    if spec.html_style == "news":
        return ("<html><body style=\"font-family:Georgia,serif\">\n<table width=\"640\">"
                f"<tr><td>{inner}</td></tr>\n<tr><td style=\"font-size:11px;color:#777\">"
                f"<a href=\"https://{domain}/unsubscribe\">Unsubscribe</a> · "
                f"<a href=\"https://{domain}/preferences\">Manage preferences</a></td></tr>"
                f"</table>{pixel}</body></html>\n")
    return f"<html><body><div dir=\"ltr\">\n{inner}\n</div></body></html>\n"


def _ics_text(spec: Spec, ics: Ics) -> str:
    start = datetime.fromisoformat(ics.start)
    end = start + timedelta(minutes=ics.minutes)
    utc = "%Y%m%dT%H%M%SZ"
    stamp = datetime.fromisoformat(spec.date)
    organizer = parseaddr(ics.organizer or spec.frm)
    uid = ics.uid or hashlib.sha1(("uid" + ics.summary + ics.start).encode()).hexdigest()[:24]
    status = "CANCELLED" if ics.method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus Nine//Scheduler//EN", "VERSION:2.0",
        f"METHOD:{ics.method}", "BEGIN:VEVENT", f"UID:{uid}@{organizer[1].rpartition('@')[2]}",
        f"DTSTAMP:{stamp.astimezone(_UTC).strftime(utc)}",
        f"DTSTART:{start.astimezone(_UTC).strftime(utc)}",
        f"DTEND:{end.astimezone(_UTC).strftime(utc)}",
        f"SUMMARY:{ics.summary}", f"SEQUENCE:{ics.sequence}", f"STATUS:{status}",
        f"ORGANIZER;CN={organizer[0] or organizer[1]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN=Inés Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{ME_ADDR}",
    ]
    if ics.location:
        lines.append(f"LOCATION:{ics.location}")
    if ics.description:
        lines.append("DESCRIPTION:" + ics.description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(_fold(line) for line in lines)


def _fold(line: str) -> str:
    out, raw = [], line.encode()
    while len(raw) > 73:
        cut = 73
        while (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode())
        raw = raw[cut:]
    out.append(raw.decode())
    return "\r\n ".join(out)


_UTC = datetime.fromisoformat("2026-01-01T00:00:00+00:00").tzinfo


def _boundary(spec: Spec, n: int) -> str:
    return f"=_{hashlib.sha1(f'{spec.scenario}{n}'.encode()).hexdigest()[:24]}"


def build(spec: Spec) -> bytes:
    """The message as bytes, deterministic for a given Spec."""
    if spec.fmt == "plain":
        body: MIMEBase = _text_part(spec.body, "plain", spec)
    elif spec.fmt == "html":
        body = _text_part(spec.html or derived_html(spec), "html", spec)
    else:
        body = MIMEMultipart("alternative", boundary=_boundary(spec, 1))
        body.attach(_text_part(spec.body, "plain", spec))
        body.attach(_text_part(spec.html or derived_html(spec), "html", spec))
    if spec.ics is not None:
        cal = MIMEText(_ics_text(spec, spec.ics), "calendar", "utf-8")
        cal.set_param("method", spec.ics.method)
        if isinstance(body, MIMEMultipart):
            body.attach(cal)
        else:
            alt = MIMEMultipart("alternative", boundary=_boundary(spec, 2))
            alt.attach(body)
            alt.attach(cal)
            body = alt
        mixed = MIMEMultipart("mixed", boundary=_boundary(spec, 3))
        mixed.attach(body)
        invite = MIMEApplication(_ics_text(spec, spec.ics).encode(), "ics", name="invite.ics")
        invite.add_header("Content-Disposition", "attachment", filename="invite.ics")
        mixed.attach(invite)
        body = mixed
    if spec.attach:
        mixed = MIMEMultipart("mixed", boundary=_boundary(spec, 4))
        mixed.attach(body)
        pdf = MIMEApplication(_fake_pdf(spec), "pdf")
        pdf.add_header("Content-Disposition", "attachment", filename=spec.attach)
        mixed.attach(pdf)
        body = mixed
    msg = body
    content = [(name, msg[name]) for name in ("Content-Type", "Content-Transfer-Encoding")
               if name in msg]
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        del msg[name]
    subject = spec.subject
    msg["From"] = _addr(spec.frm, spec.charset)
    msg["To"] = _addr(spec.to, spec.charset)
    if spec.cc:
        msg["Cc"] = spec.cc
    if spec.reply_to:
        msg["Reply-To"] = _addr(spec.reply_to, spec.charset)
    if spec.encode_subject or not subject.isascii():
        msg["Subject"] = Header(subject, "utf-8" if not subject.isascii() else "us-ascii")
        if spec.encode_subject and subject.isascii():
            msg.replace_header("Subject", Header(subject, "utf-8").encode())
    else:
        msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.fromisoformat(spec.date))
    msg["Message-ID"] = _mid(spec)
    if spec.in_reply_to:
        parent = parent_id(spec) if spec.in_reply_to == "auto" else spec.in_reply_to
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for name, value in spec.headers.items():
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    for name, value in content:
        msg[name] = value
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return out.getvalue()


def _fake_pdf(spec: Spec) -> bytes:
    text = f"(Offer letter {spec.company}) Tj".encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% " + text + b"\n%%EOF\n")


# ---- reply-chain helpers: the quoted text real clients add under a reply ----

def _q(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.strip().split("\n"))


def gmail(who: str, when: str, text: str) -> str:
    """A Gmail/Apple Mail quote header and '>'-quoted text."""
    return f"On {when}, {who} wrote:\n\n{_q(text)}"


def outlook(who: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook 'From: / Sent:' block, unquoted, under an underscore rule."""
    return ("________________________________\n"
            f"From: {who}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}")


def german(who: str, when: str, text: str) -> str:
    return f"Am {when} schrieb {who}:\n{_q(text)}"


def french(who: str, when: str, text: str) -> str:
    return f"Le {when}, {who} a écrit :\n{_q(text)}"


def spanish(who: str, when: str, text: str) -> str:
    return f"El {when}, {who} escribió:\n{_q(text)}"


def forwarded(who: str, when: str, subject: str, to: str, text: str) -> str:
    return ("---------- Forwarded message ---------\n"
            f"From: {who}\nDate: {when}\nSubject: {subject}\nTo: {to}\n\n{text.strip()}")
