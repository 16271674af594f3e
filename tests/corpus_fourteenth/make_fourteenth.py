"""Build the fourteenth labelled corpus: one nurse's job-search inbox, Jun-Oct 2026.

The message texts live in the `msgs_*.py` data modules beside this file, one per group of
kinds, each a list of `M(...)` specs written by hand. This module only turns a spec into a
MIME message (plain, HTML-only, multipart/alternative, calendar parts, attachments, reply
chains in several mail programs' styles, several charsets and transfer encodings) and writes
`<kind>/<nnn>_<scenario>.eml` plus `labels.csv`, numbered in date order like an inbox.

Run it from anywhere: `python tests/corpus_fourteenth/make_fourteenth.py`. It imports only
the standard library and its own data modules; the output is deterministic.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import charset as email_charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "Daniel Okafor <daniel.okafor@example.org>"

_CTE = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": None}


@dataclass
class M:
    """One message as written: its label, its envelope, its words and how it is packed."""

    kind: str
    scen: str
    lang: str
    company: str
    contact: str
    frm: str
    subject: str
    body: str
    date: str  # "2026-07-03 09:12 +0100"
    to: str = ME
    reply_to: str = ""
    cc: str = ""
    fmt: str = "plain"  # plain | html | alt
    skin: str = "corp"  # html look: corp | ats | news | bare
    charset: str = "utf-8"
    cte: str = "qp"  # qp | b64 | 8bit
    subject_charset: str = "utf-8"
    quote: tuple[str, str, str] | None = None  # (style, who, quoted text)
    fwd: tuple[str, str, str, str] | None = None  # (from, date text, subject, text)
    ics: dict[str, str] | None = None
    attach: tuple[str, str] | None = None  # (filename, mime type)
    headers: dict[str, str] = field(default_factory=dict)
    html_body: str = ""  # hand-written HTML instead of the skin


def _domain(address: str) -> str:
    return address.rpartition("@")[2].rstrip(">").strip() or "example.org"


def _addr(value: str) -> str:
    """A header address list, RFC 2047-encoding non-ASCII display names."""
    out = []
    for part in value.split(";"):
        name, _, rest = part.strip().rpartition("<")
        addr = rest.rstrip(">") if name or rest.endswith(">") else part.strip()
        name = name.strip().strip('"')
        out.append(formataddr((name, addr), charset="utf-8") if name else addr)
    return ", ".join(out)


def _mid(seed: str, domain: str) -> str:
    digest = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{digest[:16]}.{digest[16:24]}@{domain}>"


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = email_charset.Charset(charset)
    cs.body_encoding = _CTE[cte]
    return MIMEText(text, subtype, cs)


_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}


def _quote_block(style: str, who: str, text: str, when: datetime, subject: str, to: str) -> str:
    """The earlier message under the new text, the way each mail program writes it."""
    subject = re.sub(r"^((re|aw|rv|tr)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    quoted = "\n".join(f"> {line}" if line else ">" for line in text.strip().splitlines())
    hm = when.strftime("%H:%M")
    if style == "gmail":
        day = _DAYS["en"][when.weekday()]
        return f"On {day}, {when.day} {_MONTHS['en'][when.month - 1]} {when.year} at {hm}, {who} wrote:\n{quoted}\n"
    if style == "iphone":
        return f"> On {when.day} {_MONTHS['en'][when.month - 1]} {when.year}, at {hm}, {who} wrote:\n>\n{quoted}\n"
    if style == "de":
        return f"Am {when:%d.%m.%Y} um {hm} schrieb {who}:\n{quoted}\n"
    if style == "fr":
        day = _DAYS["fr"][when.weekday()]
        return f"Le {day} {when.day} {_MONTHS['fr'][when.month - 1]} {when.year} à {hm}, {who} a écrit :\n{quoted}\n"
    if style == "es":
        day = _DAYS["es"][when.weekday()]
        name, addr = parseaddr(who)
        return f"El {day}, {when.day} {_MONTHS['es'][when.month - 1]} {when.year} a las {hm}, {name} (<{addr}>) escribió:\n{quoted}\n"
    if style == "outlook":
        sent = when.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " ")
        return (
            "________________________________\n"
            f"From: {who}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}\n"
        )
    if style == "outlook_de":
        return (
            "-----Ursprüngliche Nachricht-----\n"
            f"Von: {who}\nGesendet: {when:%d.%m.%Y %H:%M}\nAn: {to}\nBetreff: {subject}\n\n{text.strip()}\n"
        )
    raise ValueError(style)


_URL = re.compile(r"https?://\S+")


def _linkify(escaped: str, tracking: bool) -> str:
    def sub(match: re.Match[str]) -> str:
        url = match.group(0).rstrip(".,)")
        tail = match.group(0)[len(url) :]
        href = url
        if tracking:
            token = hashlib.md5(url.encode()).hexdigest()  # a fake click id
            href = f"https://click.mail-track.example.net/ls/click?upn={token}&amp;u={html.escape(url)}"
        return f'<a href="{href}" style="color:#1a5fb4">{url}</a>{tail}'

    return _URL.sub(sub, escaped)


def _html(spec: M, text: str) -> str:
    """Text to an HTML body in one of a few looks that real senders use."""
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    tracking = spec.skin in {"ats", "news"}
    body = "\n".join(
        f'<p style="margin:0 0 14px 0">{_linkify(html.escape(p), tracking).replace(chr(10), "<br>")}</p>'
        for p in paras
    )
    sender = parseaddr(spec.frm)[0]
    org = (spec.company if spec.skin == "corp" else sender) or sender or spec.company or "Careers"
    if spec.skin == "bare":
        return f"<html><body>{body}</body></html>"
    if spec.skin == "corp":
        return (
            f'<html><head><meta charset="{spec.charset}"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">'
            f"{body}"
            f'<p><img src="cid:logo001" alt="{html.escape(org)} logo" width="120"></p>'
            "</div></body></html>"
        )
    pixel = hashlib.md5(spec.scen.encode()).hexdigest()  # a fake open-tracking id
    footer = (
        '<tr><td style="font-size:11px;color:#888;padding:16px">'
        f"You are receiving this email because of your activity with {html.escape(org)}. "
        '<a href="https://click.mail-track.example.net/unsub?u=1">Unsubscribe</a> | '
        '<a href="https://click.mail-track.example.net/prefs">Email preferences</a></td></tr>'
    )
    if spec.skin == "ats":
        footer = (
            '<tr><td style="font-size:11px;color:#999;padding:16px;text-align:center">'
            "Powered by our applicant tracking system. Please do not reply to this automated message.</td></tr>"
        )
    return (
        "<!DOCTYPE html><html><body style=\"margin:0;background:#f4f5f7\">"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px">'
        f'<tr><td style="background:#0b4f6c;color:#fff;padding:18px"><img alt="{html.escape(org)}" '
        f'src="https://img.example.net/logo.png" height="28"></td></tr>'
        f'<tr><td style="padding:24px">{body}</td></tr>{footer}</table>'
        f'<img src="https://open.mail-track.example.net/o/{pixel}.gif" width="1" height="1" alt="">'
        "</td></tr></table></body></html>"
    )


def _ics(spec: M, when: datetime) -> str:
    ics = spec.ics or {}
    method = ics.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Corp//Calendar 1.0//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics.get('uid', hashlib.sha1(spec.scen.encode()).hexdigest()[:20] + '@' + _domain(spec.frm))}",
        f"DTSTAMP:{when.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={ics['tz']}:{ics['start']}",
        f"DTEND;TZID={ics['tz']}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN={ics.get('organizer_name', 'Recruiting')}:mailto:{ics['organizer']}",
        "ATTENDEE;CN=Daniel Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:daniel.okafor@example.org",
        f"SEQUENCE:{ics.get('sequence', '0')}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if "rrule" in ics:
        lines.append(f"RRULE:{ics['rrule']}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(_fold(line) for line in lines)


def _fold(line: str) -> str:
    """RFC 5545 folding: content lines longer than 75 octets continue after CRLF + space."""
    out = []
    while len(line.encode()) > 75:
        cut = 74
        while len(line[:cut].encode()) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)


def _tidy(msg: MIMEBase) -> None:
    """Envelope headers first and MIME-Version only at the top, as mail programs write them."""
    for index, part in enumerate(msg.walk()):
        del part["MIME-Version"]
        if part.is_multipart():
            seed = hashlib.sha1(f"{msg['Message-ID']}-{index}".encode()).hexdigest()
            part.set_boundary(f"----=_Part_{index}_{seed[:20]}")
    moved = [(k, msg[k]) for k in ("Content-Type", "Content-Transfer-Encoding") if msg[k]]
    for key, _ in moved:
        del msg[key]
    msg["MIME-Version"] = "1.0"
    for key, value in moved:
        msg[key] = value


def build(spec: M, number: int) -> bytes:
    """The message's bytes as a mail server would store them."""
    when = datetime.strptime(spec.date, "%Y-%m-%d %H:%M %z")
    text = spec.body.strip("\n") + "\n"
    refs: list[str] = []
    if spec.fwd:
        who, date_text, subj, fwd_text = spec.fwd
        text += (
            "\n---------- Forwarded message ---------\n"
            f"From: {who}\nDate: {date_text}\nSubject: {subj}\nTo: {ME}\n\n{fwd_text.strip()}\n"
        )
    if spec.quote:
        style, who, quoted = spec.quote
        # The earlier message: two days before, in working hours.
        earlier = (when - timedelta(days=2)).replace(hour=8 + when.minute % 11, minute=when.minute * 7 % 60)
        to = spec.frm if who == ME else spec.to
        text += "\n" + _quote_block(style, who, quoted, earlier, spec.subject, to)
        refs.append(_mid(spec.scen + "-parent", _domain(who)))
    if spec.fmt == "html":
        body: MIMEBase = _text_part(spec.html_body or _html(spec, text), "html", spec.charset, spec.cte)
    elif spec.fmt == "alt":
        body = MIMEMultipart("alternative")
        body.attach(_text_part(text, "plain", spec.charset, spec.cte))
        body.attach(_text_part(spec.html_body or _html(spec, text), "html", spec.charset, spec.cte))
    else:
        body = _text_part(text, "plain", spec.charset, spec.cte)
    if spec.ics:
        alt = body if isinstance(body, MIMEMultipart) else MIMEMultipart("alternative", _subparts=[body])
        cal = _text_part(_ics(spec, when).replace("\r\n", "\n"), "calendar", "utf-8", "8bit")
        cal.set_param("method", spec.ics.get("method", "REQUEST"))
        alt.attach(cal)
        body = MIMEMultipart("mixed", _subparts=[alt])
        invite = MIMEApplication(_ics(spec, when).encode(), "ics", name="invite.ics")
        invite.add_header("Content-Disposition", "attachment", filename="invite.ics")
        body.attach(invite)
    if spec.attach:
        name, mime = spec.attach
        maintype, subtype = mime.split("/")
        blob = b"%PDF-1.4\n% fake document for a test corpus\n" + name.encode() + b"\n%%EOF\n"
        part = MIMEApplication(blob, subtype, name=name) if maintype == "application" else MIMEBase(maintype, subtype)
        part.add_header("Content-Disposition", "attachment", filename=name)
        body = MIMEMultipart("mixed", _subparts=[body, part])
    msg = body
    domain = _domain(spec.frm)
    msg["Message-ID"] = _mid(f"{spec.scen}-{number}", domain)
    msg["Date"] = format_datetime(when)
    msg["From"] = _addr(spec.frm)
    msg["To"] = _addr(spec.to)
    if spec.cc:
        msg["Cc"] = _addr(spec.cc)
    if spec.reply_to:
        msg["Reply-To"] = _addr(spec.reply_to)
    if spec.subject.isascii():
        msg["Subject"] = spec.subject
    else:
        msg["Subject"] = Header(spec.subject, spec.subject_charset).encode()
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    for key, value in spec.headers.items():
        msg[key] = value
    _tidy(msg)
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return out.getvalue()


def load_specs() -> list[M]:
    sys.path.insert(0, str(ROOT))
    from msgs_interviews import MESSAGES as interviews
    from msgs_other import MESSAGES as other
    from msgs_outcomes import MESSAGES as outcomes

    return [*outcomes, *interviews, *other]


def main() -> None:
    specs = sorted(load_specs(), key=lambda s: datetime.strptime(s.date, "%Y-%m-%d %H:%M %z"))
    scens = [s.scen for s in specs]
    dupes = {s for s in scens if scens.count(s) > 1}
    if dupes:
        raise SystemExit(f"duplicate scenario names: {sorted(dupes)}")
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rows = []
    for number, spec in enumerate(specs, start=1):
        rel = f"{spec.kind}/{number:03d}_{spec.scen}.eml"
        (ROOT / spec.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(spec, number))
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
