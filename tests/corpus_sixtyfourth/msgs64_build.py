"""Turns one message spec of the sixty-fourth corpus into the bytes of an .eml file.

Only the standard library; the data modules (msgs64_*.py) import `M` from here and the
generator (make_sixtyfourth.py) calls `render`. Headers and MIME parts are assembled by hand so
that charsets, transfer encodings and encoded words are exactly what a real sender produced.
"""

from __future__ import annotations

import base64
import hashlib
import html
import quopri
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, parseaddr

CANDIDATE = "Valentina Ruiz-Achterberg <vale.ruiz@example.es>"
KIND_NAMES = {
    "rej": "rejection",
    "inv": "interview_invitation",
    "resch": "interview_reschedule_or_cancel",
    "miss": "missed_interview_notice",
    "ack": "application_received",
    "offer": "offer",
    "other": "other",
}


@dataclass
class Spec:
    """One message and its labels; `fmt` picks the MIME structure."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    frm: str
    subj: str
    body: str
    fmt: str = "plain"
    reply_to: str | None = None
    to: str = CANDIDATE
    cc: str | None = None
    quote: tuple[str, str, str] | None = None
    ics: dict[str, str] | None = None
    attach: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    html_body: str | None = None
    day: str | None = None  # ISO date, for mail whose text names dates (threads stay in order)


def M(kind: str, slug: str, lang: str, company: str, contact: str, frm: str, subj: str,
      body: str, fmt: str = "plain", **kw: object) -> Spec:
    """Short constructor so the data modules read like an inbox listing."""
    return Spec(KIND_NAMES[kind], slug, lang, company, contact, frm, subj, body, fmt, **kw)  # type: ignore[arg-type]


CHARSETS = {"latin1": "iso-8859-1", "cp1252": "windows-1252"}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
}
DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}


def _hdr(value: str, charset: str) -> str:
    if value.isascii():
        return value
    return Header(value, charset).encode(maxlinelen=76)


def _addr(text: str, charset: str) -> str:
    name, address = parseaddr(text)
    if not name:
        return address
    if name.isascii():
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"' + name.replace('"', r"\"") + '"'
        return f"{name} <{address}>"
    return f"{_hdr(name, charset)} <{address}>"


def _domain(text: str) -> str:
    return parseaddr(text)[1].rsplit("@", 1)[-1]


def _date(index: int, day: str | None) -> datetime:
    """Spread over Jan-Oct 2026 deterministically (or on `day`), in Madrid's offset."""
    if day:
        base = datetime.fromisoformat(day).replace(hour=7, tzinfo=UTC)
    else:
        base = datetime(2026, 1, 7, 7, 0, tzinfo=UTC) + timedelta(days=(index * 53) % 285)
    base += timedelta(minutes=(index * 97) % 660)
    summer = datetime(2026, 3, 29, 1, tzinfo=UTC) <= base < datetime(2026, 10, 25, 1, tzinfo=UTC)
    return base.astimezone(timezone(timedelta(hours=2 if summer else 1)))


def _quote_header(style: str, who: str, when: datetime) -> str:
    name, address = parseaddr(who)
    hm = when.strftime("%H:%M")
    if style == "gmail":
        return f"On {DAYS['en'][when.weekday()]}, {when.day} {MONTHS['en'][when.month - 1]} {when.year} at {hm}, {name} <{address}> wrote:"
    if style == "de":
        return f"Am {when:%d.%m.%Y} um {hm} schrieb {name} <{address}>:"
    if style == "fr":
        return f"Le {DAYS['fr'][when.weekday()]} {when.day} {MONTHS['fr'][when.month - 1]} {when.year} à {hm}, {name} <{address}> a écrit :"
    if style == "es":
        return f"El {DAYS['es'][when.weekday()]}, {when.day} {MONTHS['es'][when.month - 1]} {when.year} a las {hm}, {name} (<{address}>) escribió:"
    raise ValueError(style)


def _with_quote(spec: Spec, when: datetime) -> str:
    if not spec.quote:
        return spec.body
    style, who, text = spec.quote
    earlier = when - timedelta(days=2, hours=3)
    if style == "outlook":
        name, address = parseaddr(who)
        block = (f"________________________________\nFrom: {name} <{address}>\n"
                 f"Sent: {earlier:%A, %B} {earlier.day}, {earlier:%Y %I:%M %p}\n"
                 f"To: {spec.frm}\nSubject: {re.sub(r'^(Re|RE|AW|TR|RV): ', '', spec.subj)}\n\n{text}")
        return f"{spec.body}\n\n{block}\n"
    quoted = "\n".join("> " + line if line else ">" for line in text.splitlines())
    return f"{spec.body}\n\n{_quote_header(style, who, earlier)}\n{quoted}\n"


URL = re.compile(r"https?://\S+")


def _paragraphs(text: str, track: str, p_open: str) -> list[str]:
    paras = []
    for para in text.split("\n\n"):
        joined = "<br>\n".join(html.escape(line) for line in para.splitlines())
        joined = URL.sub(lambda m: f'<a href="https://{track}/ls/click?upn={hashlib.md5(m.group(0).encode()).hexdigest()}">{m.group(0)}</a>', joined)
        if para.startswith(">"):
            paras.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{joined}</blockquote>')
        else:
            paras.append(f"{p_open}{joined}</p>")
    return paras


def _to_html(text: str, spec: Spec, track: str) -> str:
    """One of three HTML shapes senders really use: a bulk-mail table, Outlook, or Gmail."""
    coin = int(hashlib.md5(spec.slug.encode()).hexdigest(), 16) % 2
    if "List-Unsubscribe" in spec.headers:
        shape = 0
    elif not spec.contact:
        shape = coin  # systems send templates: a bulk table or Outlook-made HTML
    else:
        shape = 1 + coin  # people write from Outlook or Gmail
    if shape == 1:
        body = "\n".join(_paragraphs(text, track, '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'))
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>\n'
                f'<body lang="ES" link="#0563C1"><div class="WordSection1">\n{body.replace("</p>", "</span></p>")}\n</div></body></html>\n')
    if shape == 2:
        body = "\n".join(_paragraphs(text, track, "<div>"))
        return f'<div dir="ltr">\n{body.replace("</p>", "</div><div><br></div>")}\n</div>\n'
    logo = html.escape(spec.company or _domain(spec.frm).split(".")[0].title())
    paras = _paragraphs(text, track, '<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#222">')
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"></head>\n"
        "<body style=\"margin:0;padding:0;background:#f4f4f4\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#f4f4f4\"><tr><td align=\"center\">\n"
        "<table role=\"presentation\" width=\"600\" cellpadding=\"24\" cellspacing=\"0\" style=\"background:#ffffff;border:1px solid #e5e5e5\">\n"
        f"<tr><td><img src=\"https://{track}/img/logo.png\" alt=\"{logo} logo\" width=\"140\" style=\"display:block;border:0\"></td></tr>\n"
        "<tr><td>\n" + "\n".join(paras) + "\n</td></tr>\n"
        f"<tr><td style=\"font-size:11px;color:#888\"><img src=\"https://{track}/o/{hashlib.md5(spec.slug.encode()).hexdigest()}.gif\" width=\"1\" height=\"1\" alt=\"\"></td></tr>\n"
        "</table></td></tr></table>\n</body></html>\n"
    )


def _part(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        if cte == "7bit" and not raw.isascii():
            cte = "8bit"
        payload = raw
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + payload.rstrip(b"\n") + b"\n"


def _multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n".encode("ascii")]
    for part in parts:
        out.append(f"--{boundary}\n".encode("ascii") + part)
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def _ics(spec: Spec, stamp: datetime) -> str:
    ev = spec.ics or {}
    organizer = parseaddr(spec.reply_to or spec.frm)
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Scheduling//EN", "VERSION:2.0",
        f"METHOD:{ev.get('method', 'REQUEST')}", "BEGIN:VEVENT",
        f"UID:{ev.get('uid', spec.slug + '@' + _domain(spec.frm))}",
        f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART:{ev['start']}", f"DTEND:{ev['end']}",
        f"SUMMARY:{ev['summary']}",
        f"ORGANIZER;CN={organizer[0] or organizer[1]}:mailto:{organizer[1]}",
        "ATTENDEE;CN=Valentina Ruiz-Achterberg;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:vale.ruiz@example.es",
        f"SEQUENCE:{ev.get('sequence', '0')}",
        f"STATUS:{ev.get('status', 'CONFIRMED')}",
    ]
    if "location" in ev:
        lines.append(f"LOCATION:{ev['location']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def render(spec: Spec, index: int) -> bytes:
    """The whole message: headers, then the body in the structure `spec.fmt` names."""
    when = _date(index, spec.day)
    charset = CHARSETS.get(spec.fmt, "utf-8")
    token = hashlib.sha1(f"{spec.slug}{index}".encode()).hexdigest()
    domain = _domain(spec.frm)
    headers = [
        f"Date: {format_datetime(when)}",
        f"From: {_addr(spec.frm, charset)}",
        f"To: {_addr(spec.to, charset)}",
    ]
    if spec.cc:
        headers.append(f"Cc: {_addr(spec.cc, charset)}")
    if spec.reply_to:
        headers.append(f"Reply-To: {_addr(spec.reply_to, charset)}")
    headers += [f"Subject: {_hdr(spec.subj, charset)}", f"Message-ID: <{token[:20]}.{index:03d}@{domain}>"]
    if spec.quote:
        parent = f"<CAF{token[20:36]}@mail.{_domain(spec.quote[1])}>"
        headers += [f"In-Reply-To: {parent}", f"References: <root{token[30:38]}@{domain}> {parent}"]
    headers += [f"{k}: {v}" for k, v in spec.headers.items()]
    headers.append("MIME-Version: 1.0")
    text = _with_quote(spec, when)
    track = f"click.{domain}" if not domain.endswith(".es") else "t.mailer.example.net"
    html_text = spec.html_body or _to_html(text, spec, track)
    fmt = spec.fmt
    if fmt in ("plain", "latin1"):
        body = _part("text/plain", text, charset, "7bit" if fmt == "plain" else "quoted-printable", "; format=flowed" if fmt == "plain" else "")
    elif fmt == "cp1252":
        body = _part("text/plain", text, charset, "8bit")
    elif fmt == "qp":
        body = _part("text/plain", text, charset, "quoted-printable")
    elif fmt == "b64":
        body = _part("text/plain", text, charset, "base64")
    elif fmt == "html":
        body = _part("text/html", html_text, charset, "quoted-printable")
    elif fmt in ("alt", "ics"):
        parts = [_part("text/plain", text, charset, "quoted-printable"),
                 _part("text/html", html_text, charset, "base64" if index % 2 else "quoted-printable")]
        if fmt == "ics":
            method = (spec.ics or {}).get("method", "REQUEST")
            parts.append(_part("text/calendar", _ics(spec, when), "utf-8", "7bit", f"; method={method}"))
        body = _multipart("alternative", parts, f"00000000{token[:24]}")
    else:
        raise ValueError(fmt)
    if spec.attach:
        pdf = b"%PDF-1.4\n% " + spec.attach.encode() + b"\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        att = (f"Content-Type: application/pdf; name=\"{spec.attach}\"\nContent-Disposition: attachment; "
               f"filename=\"{spec.attach}\"\nContent-Transfer-Encoding: base64\n\n").encode("ascii") + base64.encodebytes(pdf)
        body = _multipart("mixed", [body, att], f"mix_{token[:28]}")
    return ("\n".join(headers) + "\n").encode("ascii") + body
