"""Builds the sixty-ninth corpus's .eml files from the message descriptions in msgs69_*.py.

Only the standard library's email package is used; nothing from `assistant` is imported, so the
corpus cannot be shaped by the classifier. Every message is a dict made by `m()`; `render()`
turns one into bytes with the structure it asks for (plain, quoted-printable, base64, legacy
charsets, HTML-only, multipart/alternative, text/calendar parts, attachments, reply chains).
"""

from __future__ import annotations

import hashlib
import html
import re
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from typing import Any

CAND = "Sofía Castellanos-Mbeki <sofia.cm@example.mx>"
CAND_ADDR = "sofia.cm@example.mx"
MX = timezone(timedelta(hours=-6))


def m(kind: str, slug: str, lang: str, sender: str, subject: str, body: str, **extra: Any) -> dict[str, Any]:
    """One message description; extra keys are the optional ones `render()` understands."""
    return {"kind": kind, "slug": slug, "lang": lang, "sender": sender, "subject": subject,
            "body": body, **extra}


_QUOTE_HEAD = {
    "gmail": "On {when}, {who} wrote:",
    "es": "El {when}, {who} escribió:",
    "de": "Am {when} schrieb {who}:",
    "fr": "Le {when}, {who} a écrit :",
}


def _quoted(quote: dict[str, str]) -> str:
    """The reply chain below the new text, in the client style the quote names."""
    style, who, when, text = quote["style"], quote["who"], quote["when"], quote["text"]
    if style == "outlook":
        head = (f"________________________________\nFrom: {who}\nSent: {when}\n"
                f"To: {quote.get('to', CAND)}\nSubject: {quote.get('subject', '')}\n\n")
        return "\n\n" + head + text
    if style == "outlook_es":
        head = (f"________________________________\nDe: {who}\nEnviado: {when}\n"
                f"Para: {quote.get('to', CAND)}\nAsunto: {quote.get('subject', '')}\n\n")
        return "\n\n" + head + text
    if style == "fwd":
        head = (f"---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\n"
                f"Subject: {quote.get('subject', '')}\nTo: {quote.get('to', CAND)}\n\n")
        return "\n\n" + head + text
    lines = "\n".join(">" + (" " + line if line else "") for line in text.splitlines())
    return "\n\n" + _QUOTE_HEAD[style].format(when=when, who=who) + "\n" + lines


_URL = re.compile(r"https://\\S+")


def _html_from_text(text: str, brand: str, track: str, style: int) -> str:
    """HTML in one of three real-world shapes: ATS/marketing layout table with tracking links,
    Outlook's Word-generated markup, or a webmail <div dir="ltr"> reply."""
    paras = [html.escape(p).replace("\n", "<br>") for p in text.split("\n\n") if p.strip()]
    if style == 1:
        body = "".join(f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:'
                       f'&quot;Calibri&quot;,sans-serif">{p}<o:p></o:p></span></p>'
                       '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta '
                'name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
                f'<body lang="ES-MX"><div class="WordSection1">{body}</div></body></html>')
    if style == 2:
        body = "<br><br>".join(_URL.sub(lambda u: f'<a href="{u.group(0)}">{u.group(0)}</a>', p)
                               for p in paras)
        return f'<div dir="ltr">{body}</div>'
    cells = []
    for para in paras:
        inner = _URL.sub(lambda u: (f'<a href="https://{track}/ls/click?upn={hashlib.md5(u.group(0).encode()).hexdigest()}" '
                                    f'style="color:#0a66c2">{u.group(0).split("?")[0]}</a>'), para)
        cells.append(f'<tr><td style="padding:8px 24px;font-family:Arial,Helvetica,sans-serif;'
                     f'font-size:14px;color:#333333;line-height:20px">{inner}</td></tr>')
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;"
            "background:#f4f4f4\"><table role=\"presentation\" width=\"100%\" cellpadding=\"0\" "
            "cellspacing=\"0\"><tr><td align=\"center\"><table width=\"600\" style=\"background:"
            f"#ffffff\"><tr><td style=\"padding:16px 24px\"><img src=\"https://{track}/logo.png\" "
            f"alt=\"{html.escape(brand)}\" height=\"32\"></td></tr>" + "".join(cells) +
            f"</table><img src=\"https://{track}/open/{hashlib.md5(text.encode()).hexdigest()[:10]}.gif\" "
            "width=\"1\" height=\"1\" alt=\"\"></td></tr></table></body></html>")


def _ics(ev: dict[str, str], stamp: datetime) -> str:
    method = ev.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Scheduler 4.2//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{ev['uid']}",
        f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART:{ev['start']}", f"DTEND:{ev['end']}", f"SUMMARY:{ev['summary']}",
        f"ORGANIZER;CN={ev.get('cn', 'Organizer')}:mailto:{ev['organizer']}",
        f"ATTENDEE;CN=Sofia Castellanos-Mbeki;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CAND_ADDR}",
        f"LOCATION:{ev.get('location', 'Microsoft Teams')}", f"SEQUENCE:{ev.get('seq', '0')}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR", "",
    ]
    return "\r\n".join(lines)


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].rstrip(">").strip()


def message_id(desc: dict[str, Any]) -> str:
    """A Message-ID derived from the slug, so later messages can thread onto it by slug."""
    return f"<{hashlib.sha1(desc['slug'].encode()).hexdigest()[:16]}@{_domain(desc['sender'])}>"


def _parent_id(desc: dict[str, Any], ids: dict[str, str]) -> str | None:
    """The message this one answers: a corpus message named by slug, else the quoted one."""
    if desc.get("parent"):
        return ids[desc["parent"]]
    quote = desc.get("quote")
    if quote:
        seed = hashlib.sha1(("quoted:" + desc["slug"]).encode()).hexdigest()[:20]
        return f"<{seed}@{_domain(quote['who'])}>"
    if desc["subject"].lower().startswith(("re:", "aw:", "rv:", "re :")):
        seed = hashlib.sha1(("earlier:" + desc["slug"]).encode()).hexdigest()[:20]
        return f"<{seed}@{_domain(desc.get('to', CAND))}>"
    return None


def render(desc: dict[str, Any], number: int, ids: dict[str, str]) -> bytes:
    """The message's bytes, identical on every run for a given description."""
    when = datetime.strptime(desc.get("date", "2026-03-10 10:00"), "%Y-%m-%d %H:%M").replace(tzinfo=MX)
    sender = desc["sender"]
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = desc.get("to", CAND)
    if desc.get("cc"):
        msg["Cc"] = desc["cc"]
    if desc.get("reply_to"):
        msg["Reply-To"] = desc["reply_to"]
    msg["Subject"] = desc["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id(desc)
    parent = _parent_id(desc, ids)
    if parent:
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for name, value in desc.get("headers", {}).items():
        msg[name] = value
    text = desc["body"] + (_quoted(desc["quote"]) if desc.get("quote") else "")
    fmt = desc.get("fmt", "plain")
    brand = desc.get("company") or _domain(sender)
    track = desc.get("track", f"click.{_domain(sender)}")
    style = desc.get("html_style", 1 + number % 2 if desc.get("contact") else 0)  # people vs systems
    page = desc.get("html") or _html_from_text(text, brand, track, style)
    if fmt == "plain":
        msg.set_content(text)
    elif fmt == "qp":
        msg.set_content(text, cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(text, cte="base64")
    elif fmt in ("latin1", "cp1252"):
        charset = "iso-8859-1" if fmt == "latin1" else "windows-1252"
        msg.set_content(text, charset=charset, cte=desc.get("cte", "quoted-printable"))
    elif fmt == "html":
        msg.set_content(page, subtype="html", cte=desc.get("cte", "quoted-printable"))
    elif fmt == "alt":
        msg.set_content(text, cte=desc.get("cte", "quoted-printable"))
        msg.add_alternative(page, subtype="html", cte="quoted-printable")
    else:
        raise ValueError(f"unknown fmt {fmt!r} in {desc['slug']}")
    if desc.get("ics"):
        ics = _ics(desc["ics"], when)
        if msg.is_multipart():
            msg.add_alternative(ics, subtype="calendar", params={"method": desc["ics"].get("method", "REQUEST")})
        else:
            msg.make_alternative()
            msg.add_alternative(ics, subtype="calendar", params={"method": desc["ics"].get("method", "REQUEST")})
    for filename in desc.get("attach", []):
        payload = b"%PDF-1.4\n% placeholder for " + filename.encode() + b"\n%%EOF\n"
        msg.add_attachment(payload, maintype="application", subtype="pdf", filename=filename)
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{number}_{index}_{message_id(desc)[1:9]}")
    raw = msg.as_bytes(policy=default)
    if fmt in ("latin1", "cp1252") and not desc["subject"].isascii():
        raw = _legacy_subject(raw, desc["subject"], "iso-8859-1" if fmt == "latin1" else "windows-1252")
    return raw


def _legacy_subject(raw: bytes, subject: str, charset: str) -> bytes:
    """Re-encodes the Subject as old mailers do: RFC 2047 words in the body's legacy charset."""
    head, sep, rest = raw.partition(b"\n\n")
    lines = head.split(b"\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(b"Subject:"))
    end = start + 1
    while end < len(lines) and lines[end][:1] in (b" ", b"\t"):
        end += 1
    encoded = Header(subject, charset, header_name="Subject").encode(linesep="\n")
    lines[start:end] = [b"Subject: " + encoded.encode("ascii")]
    return b"\n".join(lines) + sep + rest
