"""Write the labelled job-search corpus: tests/corpus/<kind>/<nnn>_<scenario>.eml + labels.csv.

The messages themselves are written by hand in tests/corpus/scenarios/*.py (one module per
kind); this script only turns each scenario into a real RFC 5322 message with the structure it
asks for (plain, quoted-printable, base64, iso-8859-1, windows-1252, HTML-only,
multipart/alternative, text/calendar parts, quoted reply chains) and writes the labels.

Run from the repository root: `python tests/corpus/make_corpus.py`. Output is deterministic,
so re-running it on an unchanged scenario set changes no file.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import shutil
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
USER = ("Alex Rivera", "alex.rivera@example.net")
KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
STRUCTURES = ("plain", "qp", "b64", "latin1", "cp1252", "html", "alt", "alt-b64")
_OFFSETS = {"en": (-5, -6, 0, -8, 1), "de": (1, 2), "fr": (1, 2), "es": (1, 2, -6)}


@dataclass
class Quote:
    """One earlier message quoted below the new text (newest first in Msg.quotes)."""

    author: tuple[str, str]
    date: datetime
    text: str
    style: str = "gmail"  # gmail | outlook | de | fr | es
    subject: str = ""


@dataclass
class Ics:
    """A text/calendar part: METHOD REQUEST (invitation, update) or CANCEL."""

    start: datetime
    minutes: int
    summary: str
    organizer: tuple[str, str]
    method: str = "REQUEST"
    sequence: int = 0
    location: str = ""
    uid: str = ""
    attach: bool = False  # also as an invite.ics attachment, as Google and Outlook do


@dataclass
class Msg:
    kind: str
    lang: str
    company: str  # label: the employer as a person writes it; "" when none
    scenario: str  # short slug for the file name
    subject: str
    body: str  # the new text (greeting, message, signature)
    frm: tuple[str, str]
    date: datetime
    contact: str = ""  # label: a human address to reply to; "" when none
    reply_to: tuple[str, str] | None = None
    to: tuple[str, str] = USER
    cc: tuple[tuple[str, str], ...] = ()
    struct: str = "plain"
    quotes: tuple[Quote, ...] = ()
    ics: Ics | None = None
    headers: dict[str, str] = field(default_factory=dict)
    html: str | None = None  # hand-written HTML; else derived from body
    footer: str = ""  # disclaimer appended below the signature
    encode_subject: bool = False  # force an RFC 2047 subject even when ASCII


def _digest(text: str) -> str:
    """A stable digest for identifiers and boundaries (not security)."""
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def d(text: str) -> datetime:
    """'2026-03-03 10:14' in UTC."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


# ---------------------------------------------------------------- rendering pieces

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
}
_DAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
}


def _quote_header(q: Quote) -> str:
    name, addr = q.author
    t = q.date
    if q.style == "de":
        return f"Am {t:%d.%m.%Y} um {t:%H:%M} schrieb {name} <{addr}>:"
    if q.style == "fr":
        day = _DAYS["fr"].split()[t.weekday()]
        month = _MONTHS["fr"].split()[t.month - 1]
        return f"Le {day} {t.day} {month} {t.year} à {t:%H:%M}, {name} <{addr}> a écrit :"
    if q.style == "es":
        day = _DAYS["es"].split()[t.weekday()]
        month = _MONTHS["es"].split()[t.month - 1]
        return f"El {day}, {t.day} {month} {t.year} a las {t:%H:%M}, {name} (<{addr}>) escribió:"
    day = _DAYS["en"].split()[t.weekday()]
    month = _MONTHS["en"].split()[t.month - 1][:3]
    hour = t.strftime("%I:%M %p").lstrip("0")
    return f"On {day}, {month} {t.day}, {t.year} at {hour} {name} <{addr}> wrote:"


def _chain_text(quotes: tuple[Quote, ...], to: tuple[str, str]) -> str:
    """The quoted chain as plain text: '>'-prefixed, or Outlook's unprefixed header block."""
    if not quotes:
        return ""
    q, rest = quotes[0], quotes[1:]
    inner = q.text.rstrip() + ("\n\n" + _chain_text(rest, q.author) if rest else "")
    if q.style == "outlook":
        when = q.date.strftime("%A, %B %d, %Y %I:%M %p")
        return (
            "________________________________\n"
            f"From: {q.author[0]} <{q.author[1]}>\nSent: {when}\n"
            f"To: {to[0]} <{to[1]}>\nSubject: {q.subject}\n\n{inner}"
        )
    prefixed = "\n".join(">" + (" " + line if line and not line.startswith(">") else line)
                         for line in inner.splitlines())
    return f"{_quote_header(q)}\n{prefixed}"


def _linkify(text: str) -> str:
    return re.sub(r"(https?://[^\s<>\"]+)", r'<a href="\1">\1</a>', text)


def _html_paragraphs(text: str) -> str:
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join(
        "<p>" + _linkify(html.escape(b, quote=False)).replace("\n", "<br>\n") + "</p>"
        for b in blocks
    )


def _html_chain(quotes: tuple[Quote, ...]) -> str:
    if not quotes:
        return ""
    q = quotes[0]
    inner = _html_paragraphs(q.text) + _html_chain(quotes[1:])
    return (
        f'<div class="gmail_quote"><div>{html.escape(_quote_header(q))}</div>'
        f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        f"{inner}</blockquote></div>"
    )


def _html_body(m: Msg) -> str:
    if m.html is not None:
        return m.html
    footer = (
        f'<p style="font-size:10px;color:#888">{html.escape(m.footer)}</p>' if m.footer else ""
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
        f"{_html_paragraphs(m.body)}\n{footer}{_html_chain(m.quotes)}\n</body></html>\n"
    )


def _plain_body(m: Msg) -> str:
    parts = [m.body.strip()]
    if m.footer:
        parts.append(m.footer.strip())
    chain = _chain_text(m.quotes, m.to if m.frm == USER else m.frm)
    if chain:
        parts.append(chain)
    return "\n\n".join(parts) + "\n"


def _charset(name: str, encoding: int | None) -> email_charset.Charset:
    cs = email_charset.Charset(name)
    cs.body_encoding = encoding
    return cs


def _text_part(text: str, subtype: str, struct: str) -> MIMEText:
    """A text part in the transfer encoding and charset the structure names."""
    qp, b64 = email_charset.QP, email_charset.BASE64
    if struct in ("latin1", "cp1252"):
        for name, enc in (("iso-8859-1", qp), ("windows-1252", None)):
            if struct == "cp1252" and name == "iso-8859-1":
                continue
            try:
                text.encode(name)
            except UnicodeEncodeError:
                continue
            return MIMEText(text, subtype, _charset(name, enc))  # type: ignore[arg-type]
        raise ValueError(f"text does not fit {struct}: {text[:60]!r}")
    if struct in ("b64", "alt-b64"):
        return MIMEText(text, subtype, _charset("utf-8", b64))  # type: ignore[arg-type]
    if struct == "plain" and text.isascii():
        return MIMEText(text, subtype, "us-ascii")
    if struct == "plain":
        return MIMEText(text, subtype, _charset("utf-8", None))  # type: ignore[arg-type]
    return MIMEText(text, subtype, _charset("utf-8", qp))  # type: ignore[arg-type]


def _ics_text(m: Msg, msg_id: str) -> str:
    ics = m.ics
    assert ics is not None
    end = ics.start + timedelta(minutes=ics.minutes)
    uid = ics.uid or _digest(msg_id)[:20] + "@" + m.frm[1].split("@")[1]
    status = "CANCELLED" if ics.method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:-//{m.company or 'Calendar'}//Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{ics.method}",
        "BEGIN:VEVENT",
        f"DTSTART:{ics.start:%Y%m%dT%H%M%SZ}",
        f"DTEND:{end:%Y%m%dT%H%M%SZ}",
        f"DTSTAMP:{m.date:%Y%m%dT%H%M%SZ}",
        f"ORGANIZER;CN={ics.organizer[0]}:mailto:{ics.organizer[1]}",
        f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        f"CN={USER[0]}:mailto:{USER[1]}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
        f"CN={ics.organizer[0]}:mailto:{ics.organizer[1]}",
        f"SUMMARY:{ics.summary}",
        f"LOCATION:{ics.location}",
        f"SEQUENCE:{ics.sequence}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def _fold(line: str) -> str:
    out, raw = [], line.encode()
    while len(raw) > 74:
        cut = 74
        while (raw[cut] & 0xC0) == 0x80:  # never split a UTF-8 sequence
            cut -= 1
        out.append(raw[:cut].decode())
        raw = b" " + raw[cut:]
    out.append(raw.decode())
    return "\r\n".join(out)


def _address(pair: tuple[str, str]) -> str:
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def message_id(m: Msg, n: int) -> str:
    digest = _digest(f"{m.kind}/{n}/{m.scenario}/{m.subject}")
    domain = m.frm[1].split("@")[1]
    return f"{digest[:16]}.{m.date:%Y%m%d%H%M}@{domain}"


def quote_id(q: Quote) -> str:
    digest = _digest(f"{q.author[1]}/{q.date.isoformat()}/{q.text[:40]}")
    return f"{digest[:16]}@{q.author[1].split('@')[1]}"


def build(m: Msg, n: int) -> bytes:
    """The whole message, as bytes with CRLF line endings."""
    msg_id = message_id(m, n)
    plain = _plain_body(m)
    if m.struct == "html":
        root: MIMEBase = _text_part(_html_body(m), "html", "qp")
    elif m.struct in ("alt", "alt-b64") or m.ics:
        alt = MIMEMultipart("alternative")
        sub = m.struct if m.struct in ("alt-b64", "qp", "b64", "latin1", "cp1252") else "qp"
        alt.attach(_text_part(plain, "plain", sub))
        alt.attach(_text_part(_html_body(m), "html", sub))
        root = alt
        if m.ics:
            ics = _ics_text(m, msg_id)
            cal = MIMEText(ics, "calendar", _charset("utf-8", None))  # type: ignore[arg-type]
            cal.set_param("method", m.ics.method)
            alt.attach(cal)
            if m.ics.attach:
                mixed = MIMEMultipart("mixed")
                mixed.attach(alt)
                att = MIMEBase("application", "ics", name="invite.ics")
                att.set_payload(ics.encode())
                email_encoders_base64(att)
                att.add_header("Content-Disposition", "attachment", filename="invite.ics")
                mixed.attach(att)
                root = mixed
    else:
        root = _text_part(plain, "plain", m.struct)
    _set_headers(root, m, msg_id)
    _settle_parts(root, msg_id)
    data = root.as_bytes()
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _settle_parts(root: MIMEBase, msg_id: str) -> None:
    """Deterministic boundaries, and MIME-Version only on the top level (as mailers write)."""
    for i, part in enumerate(root.walk()):
        if part is not root:
            del part["MIME-Version"]
        if part.is_multipart():
            digest = _digest(f"{msg_id}/{i}")[:24]
            part.set_boundary(f"----=_Part_{i}_{digest}")


def email_encoders_base64(part: MIMEBase) -> None:
    from email import encoders

    encoders.encode_base64(part)


def _subject(m: Msg, msg_id: str) -> str:
    """Encoded words as mailers write them: Q or B, UTF-8 or the body's 8-bit charset."""
    if not (m.encode_subject or not m.subject.isascii()):
        return m.subject
    if m.struct in ("latin1", "cp1252"):
        name = "iso-8859-1" if m.struct == "latin1" else "windows-1252"
        try:
            m.subject.encode(name)
            return Header(m.subject, name).encode()
        except UnicodeEncodeError:
            pass
    cs = email_charset.Charset("utf-8")
    use_b = int(_digest(msg_id), 16) % 2
    cs.header_encoding = email_charset.BASE64 if use_b else email_charset.QP
    return Header(m.subject, cs).encode()


def _set_headers(root: MIMEBase, m: Msg, msg_id: str) -> None:
    ordered: list[tuple[str, str]] = []
    offsets = _OFFSETS[m.lang]
    offset = offsets[int(_digest(msg_id), 16) % len(offsets)]
    local = m.date.astimezone(timezone(timedelta(hours=offset)))
    ordered.append(("Date", format_datetime(local)))
    ordered.append(("From", _address(m.frm)))
    if m.reply_to:
        ordered.append(("Reply-To", _address(m.reply_to)))
    ordered.append(("To", _address(m.to)))
    if m.cc:
        ordered.append(("Cc", ", ".join(_address(c) for c in m.cc)))
    ordered.append(("Subject", _subject(m, msg_id)))
    ordered.append(("Message-ID", f"<{msg_id}>"))
    if m.quotes:
        ids = [quote_id(q) for q in reversed(m.quotes)]
        ordered.append(("In-Reply-To", f"<{ids[-1]}>"))
        ordered.append(("References", " ".join(f"<{i}>" for i in ids)))
    ordered.extend(m.headers.items())
    ordered.append(("MIME-Version", "1.0"))
    existing = list(root.items())
    for key in list(root.keys()):
        del root[key]
    for key, value in ordered + [(k, v) for k, v in existing if k != "MIME-Version"]:
        root[key] = value


# ---------------------------------------------------------------- main


def load_scenarios() -> list[Msg]:
    """Every scenario, kind by kind, in a fixed order (file numbers depend on it)."""
    import importlib

    sys.path.insert(0, str(HERE))
    modules = ("rejection", "interview_invitation", "reschedule", "missed",
               "application_received", "offer", "other")
    return [m for name in modules for m in importlib.import_module(f"scenarios.{name}").MSGS]


def main() -> None:
    scenarios = load_scenarios()
    for kind in KINDS:
        shutil.rmtree(HERE / kind, ignore_errors=True)
    rows: list[tuple[str, str, str, str, str]] = []
    counters: dict[str, int] = {}
    for m in scenarios:
        if m.kind not in KINDS:
            raise ValueError(f"{m.scenario}: unknown kind {m.kind}")
        counters[m.kind] = counters.get(m.kind, 0) + 1
        n = counters[m.kind]
        rel = f"{m.kind}/{n:03d}_{m.scenario}.eml"
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = build(m, n)
        parsed = message_from_bytes(data)
        if parsed.defects:
            raise ValueError(f"{rel}: defects {parsed.defects}")
        path.write_bytes(data)
        rows.append((rel, m.kind, m.company, m.contact, m.lang))
    with (HERE / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("file", "kind", "company", "contact", "language"))
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages: " + ", ".join(f"{k}={counters.get(k, 0)}" for k in KINDS))


if __name__ == "__main__":
    main()
