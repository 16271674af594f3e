"""Build the held-out corpus of job-search email from the specs in ``_specs_*.py``.

The corpus measures how well the classifier generalizes, so it was written without looking at
the classifier or at the team's own corpus. Each spec is one hand-written message; this module
only turns specs into RFC 5322 bytes (charsets, transfer encodings, HTML skins, reply chains,
calendar parts) and writes ``labels.csv``. It imports only the standard library and its sibling
spec modules, and is run by hand: ``python tests/corpus_holdout/make_holdout.py``.

Halves: specs alternate between ``tune`` and ``report`` in the order they are listed, and every
employer appears in one half only. The ``report`` half must never be used to tune a classifier.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import logging
import quopri
import re
import shutil
import sys
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
CANDIDATE = "Jordan Lee <jordan.lee@example.org>"
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
class Spec:
    """One message and its labels; fields after ``body`` only shape the MIME structure."""

    kind: str
    lang: str
    scen: str
    company: str
    contact: str
    frm: str
    subj: str
    body: str
    date: str = "2026-03-10 10:00 +0000"
    to: str = CANDIDATE
    reply_to: str | None = None
    cc: str | None = None
    fmt: str = "plain"  # plain | html | alt
    skin: str = "ats"  # HTML wrapper: ats | news | outlook | gmail
    html: str | None = None  # hand-written HTML instead of a skin
    charset: str = "utf-8"
    cte: str = "8bit"  # 7bit | 8bit | qp | b64
    quote: tuple[str, str, str, str, str] | None = None  # style, who, when, subject, text
    ics: str | None = None
    attach: list[tuple[str, str, bytes]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    reply: bool = False


def ics(uid: str, start: str, end: str, summary: str, organizer: str, *,
        method: str = "REQUEST", status: str = "CONFIRMED", sequence: int = 0,
        location: str = "", description: str = "", tzid: str = "",
        attendees: tuple[str, ...] = ("jordan.lee@example.org",)) -> str:
    """A minimal but valid VCALENDAR; ``start``/``end`` are ``YYYYMMDDTHHMMSS`` (UTC unless tzid)."""
    when = (f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}") if tzid else (
        f"DTSTART:{start}Z", f"DTEND:{end}Z")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Holdout corpus//EN", f"METHOD:{method}",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260301T080000Z", *when,
             f"SUMMARY:{summary}", f"ORGANIZER;CN=Organizer:mailto:{organizer}",
             f"SEQUENCE:{sequence}", f"STATUS:{status}"]
    lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}"
              for a in attendees]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", r"\;").replace(",", r"\,").replace("\n", r"\n")


# -- headers --------------------------------------------------------------------------------

def _header(value: str, charset: str) -> str:
    if value.isascii():
        return value
    return Header(value, charset).encode(linesep="\n")


def _addresses(value: str, charset: str) -> str:
    out = []
    for item in _split_addresses(value):
        name, addr = parseaddr(item)
        out.append(formataddr((name, addr), charset=charset) if name else addr)
    return ", ".join(out)


def _split_addresses(value: str) -> list[str]:
    # Display names here never contain commas inside quotes except when quoted; split outside quotes.
    parts, buf, quoted = [], "", False
    for ch in value:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            parts.append(buf.strip())
            buf = ""
        else:
            buf += ch
    if buf.strip():
        parts.append(buf.strip())
    return parts


def _domain(addr_field: str) -> str:
    return parseaddr(addr_field)[1].rpartition("@")[2] or "example.com"


# -- bodies ---------------------------------------------------------------------------------

_ATTRIBUTION = {
    "gmail_en": "On {when}, {who} wrote:",
    "gmail_de": "Am {when} schrieb {who}:",
    "gmail_fr": "Le {when}, {who} a écrit :",
    "gmail_es": "El {when}, {who} escribió:",
}
_OUTLOOK = {
    "outlook_en": ("From", "Sent", "To", "Subject"),
    "outlook_de": ("Von", "Gesendet", "An", "Betreff"),
    "outlook_fr": ("De", "Envoyé", "À", "Objet"),
    "outlook_es": ("De", "Enviado", "Para", "Asunto"),
}


def _quote_plain(spec: Spec) -> str:
    if not spec.quote:
        return ""
    style, who, when, subject, text = spec.quote
    if style in _ATTRIBUTION:
        quoted = "\n".join(("> " + line).rstrip() for line in text.strip("\n").split("\n"))
        return "\n\n" + _ATTRIBUTION[style].format(who=who, when=when) + "\n" + quoted + "\n"
    if style in _OUTLOOK:
        f, s, t, o = _OUTLOOK[style]
        return (f"\n\n________________________________\n{f}: {who}\n{s}: {when}\n"
                f"{t}: {CANDIDATE}\n{o}: {subject}\n\n{text.strip()}\n")
    if style == "fwd":
        return (f"\n\n---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\n"
                f"Subject: {subject}\nTo: {CANDIDATE}\n\n{text.strip()}\n")
    raise ValueError(f"unknown quote style {style}")


_URL = re.compile(r"https?://[^\s<>)\"]+")


def _linkify(escaped: str, track: str) -> str:
    def repl(m: re.Match[str]) -> str:
        url = m.group(0)
        token = hashlib.sha1(url.encode()).hexdigest()[:24]
        return (f'<a href="https://{track}/ls/click?upn={token}" '
                f'style="color:#1a5fb4;text-decoration:underline">{url}</a>')
    return _URL.sub(repl, escaped)


def _paragraphs(text: str, track: str, tag: str = "p", style: str = "") -> str:
    out = []
    for para in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(_linkify(html.escape(line, quote=False), track) for line in para.split("\n"))
        out.append(f'<{tag} style="{style}">{inner}</{tag}>' if style else f"<{tag}>{inner}</{tag}>")
    return "\n".join(out)


def _quote_html(spec: Spec, track: str) -> str:
    if not spec.quote:
        return ""
    style, who, when, subject, text = spec.quote
    body = _paragraphs(text, track)
    if style in _ATTRIBUTION:
        attribution = html.escape(_ATTRIBUTION[style].format(who=who, when=when))
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attribution}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                f'padding-left:1ex">{body}</blockquote></div>')
    f, s, t, o = _OUTLOOK.get(style, ("From", "Date", "To", "Subject"))
    head = "---------- Forwarded message ---------<br>" if style == "fwd" else ""
    return (f'<div id="divRplyFwdMsg" style="border:none;border-top:solid #E1E1E1 1.0pt;'
            f'padding:3.0pt 0in 0in 0in">{head}<b>{f}:</b> {html.escape(who)}<br><b>{s}:</b> '
            f'{html.escape(when)}<br><b>{t}:</b> {html.escape(CANDIDATE)}<br><b>{o}:</b> '
            f'{html.escape(subject)}</div>{body}')


def _html(spec: Spec) -> str:
    track = "click." + _domain(spec.frm)
    if spec.html:
        return spec.html
    content = _paragraphs(spec.body, track, style="margin:0 0 12px 0;font-size:14px;line-height:20px")
    quote = _quote_html(spec, track)
    if spec.skin == "ats":
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="margin:0;background:#f4f5f7">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
            '<td align="center"><table width="600" style="background:#ffffff;font-family:Arial,sans-serif">'
            f'<tr><td style="padding:24px"><img src="https://{track}/logo.png" alt="{html.escape(spec.company or "Company")} logo" '
            'width="120"></td></tr>'
            f'<tr><td style="padding:0 24px 24px 24px;color:#222">{content}</td></tr>'
            '<tr><td style="padding:12px 24px;font-size:11px;color:#888">'
            f'<img src="https://{track}/open/{hashlib.md5(spec.scen.encode()).hexdigest()[:12]}.gif" width="1" height="1" alt="">'
            '</td></tr></table></td></tr></table>' + quote + "</body></html>")
    if spec.skin == "news":
        return (
            '<html><body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">'
            f'<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td>{content}</td></tr>'
            '</table></body></html>')
    if spec.skin == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style>'
                '</head><body lang="EN-US"><div class="WordSection1">'
                + _paragraphs(spec.body, track, tag="p").replace("<p>", '<p class="MsoNormal">')
                + quote + "</div></body></html>")
    if spec.skin == "gmail":
        return (f'<div dir="ltr">{_paragraphs(spec.body, track, tag="div")}</div><br>{quote}')
    raise ValueError(f"unknown skin {spec.skin}")


def _encode(text: str, charset: str, cte: str) -> tuple[str, bytes]:
    raw = text.encode(charset)
    if cte == "7bit" and not raw.isascii():
        cte = "qp"
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n")
    if cte == "b64":
        return "base64", base64.encodebytes(raw)
    return ("7bit" if raw.isascii() else "8bit"), raw


def _text_part(text: str, subtype: str, charset: str, cte: str) -> bytes:
    name, payload = _encode(text, charset, cte)
    head = f"Content-Type: text/{subtype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {name}\n\n"
    return head.encode("ascii") + payload.rstrip(b"\n") + b"\n"


def _multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n".encode()
    for p in parts:
        out += f"--{boundary}\n".encode() + p
    return out + f"--{boundary}--\n".encode()


def _body_bytes(spec: Spec, key: str) -> bytes:
    plain = spec.body.strip("\n") + "\n" + _quote_plain(spec)
    if spec.fmt == "plain":
        part = _text_part(plain, "plain", spec.charset, spec.cte)
    elif spec.fmt == "html":
        part = _text_part(_html(spec), "html", spec.charset, spec.cte)
    elif spec.fmt == "alt":
        part = _multipart("alternative", [
            _text_part(plain, "plain", spec.charset, spec.cte),
            _text_part(_html(spec), "html", spec.charset, "qp" if spec.cte == "8bit" else spec.cte),
        ], f"alt_{key}")
    else:
        raise ValueError(f"unknown fmt {spec.fmt}")
    if spec.ics:
        method = re.search(r"METHOD:(\w+)", spec.ics)
        cal = (f"Content-Type: text/calendar; charset=\"utf-8\"; method={method.group(1) if method else 'REQUEST'}\n"
               f"Content-Transfer-Encoding: 7bit\n\n").encode() + spec.ics.replace("\r\n", "\n").encode("utf-8")
        if spec.fmt == "plain":
            part = _multipart("alternative", [part, cal], f"cal_{key}")
        else:
            att = (b"Content-Type: application/ics; name=\"invite.ics\"\n"
                   b"Content-Disposition: attachment; filename=\"invite.ics\"\n"
                   b"Content-Transfer-Encoding: base64\n\n") + base64.encodebytes(spec.ics.encode())
            part = _multipart("mixed", [part, cal, att], f"mix_{key}")
    if spec.attach:
        atts = [part]
        for filename, ctype, data in spec.attach:
            atts.append((f"Content-Type: {ctype}; name=\"{filename}\"\n"
                         f"Content-Disposition: attachment; filename=\"{filename}\"\n"
                         "Content-Transfer-Encoding: base64\n\n").encode() + base64.encodebytes(data))
        part = _multipart("mixed", atts, f"att_{key}")
    return part


def render(spec: Spec, rel: str) -> bytes:
    """The whole message as bytes; Message-IDs and threading headers derive from ``rel``."""
    key = hashlib.sha1(rel.encode()).hexdigest()[:16]
    sent = datetime.strptime(spec.date, "%Y-%m-%d %H:%M %z")
    head = [
        ("From", _addresses(spec.frm, spec.charset)),
        ("To", _addresses(spec.to, spec.charset)),
    ]
    if spec.cc:
        head.append(("Cc", _addresses(spec.cc, spec.charset)))
    if spec.reply_to:
        head.append(("Reply-To", _addresses(spec.reply_to, spec.charset)))
    head += [
        ("Subject", _header(spec.subj, spec.charset)),
        ("Date", format_datetime(sent)),
        ("Message-ID", f"<{key}@{_domain(spec.frm)}>"),
    ]
    if spec.reply or spec.subj.lower().startswith(("re:", "aw:", "re :", "rv:", "sv:")):
        root = f"<{key[::-1]}@mail.example.org>"
        parent = f"<{key[:8]}.{key[8:]}@{_domain(spec.frm if spec.quote is None else 'x@example.org')}>"
        head += [("In-Reply-To", parent), ("References", f"{root} {parent}")]
    head += [(k, _header(v, spec.charset)) for k, v in spec.headers.items()]
    head.append(("MIME-Version", "1.0"))
    text = "".join(f"{k}: {v}\n" for k, v in head)
    return text.encode("ascii") + _body_bytes(spec, key)


_NOREPLY = re.compile(r"(no-?reply|do-?not-?reply|notifications?@|mailer|alerts?@|bounce)", re.I)


def _check(spec: Spec) -> None:
    assert spec.kind in KINDS, spec.scen
    assert spec.lang in ("en", "de", "fr", "es"), spec.scen
    if spec.contact:
        assert not _NOREPLY.search(spec.contact), spec.scen
        assert spec.contact != "jordan.lee@example.org", spec.scen
        assert spec.contact.lower() in (spec.frm + (spec.reply_to or "") + (spec.cc or "")
                                        + spec.body).lower(), spec.scen
    if spec.kind != "other":
        assert spec.company, spec.scen


def _halves(specs: list[Spec]) -> list[str]:
    """Alternate halves within each (kind, language) group, so both halves get every language;
    an odd group's extra message goes to the half the previous odd group of that kind did not."""
    sizes: dict[tuple[str, str], int] = {}
    for spec in specs:
        sizes[(spec.kind, spec.lang)] = sizes.get((spec.kind, spec.lang), 0) + 1
    start: dict[tuple[str, str], int] = {}
    flip: dict[str, int] = {}
    for (kind, lang), size in sizes.items():
        start[(kind, lang)] = flip.get(kind, 0)
        if size % 2:
            flip[kind] = 1 - flip.get(kind, 0)
    seen: dict[tuple[str, str], int] = {}
    halves = []
    for spec in specs:
        group = (spec.kind, spec.lang)
        index = seen.get(group, 0) + start[group]
        seen[group] = seen.get(group, 0) + 1
        halves.append("tune" if index % 2 == 0 else "report")
    return halves


def build(specs: list[Spec], out: Path = HERE) -> list[tuple[str, Spec]]:
    """Write every spec under ``out``/tune or ``out``/report, and labels.csv; return the rows."""
    for half in ("tune", "report"):
        shutil.rmtree(out / half, ignore_errors=True)
    rows: list[tuple[str, Spec]] = []
    counters: dict[tuple[str, str], int] = {}
    for spec, half in zip(specs, _halves(specs), strict=True):
        _check(spec)
        n = counters.get((half, spec.kind), 0) + 1
        counters[(half, spec.kind)] = n
        rel = f"{half}/{spec.kind}/{n:03d}_{spec.scen}.eml"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render(spec, rel))
        rows.append((rel, spec))
    with (out / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        for rel, spec in rows:
            writer.writerow([rel, spec.kind, spec.company, spec.contact, spec.lang])
    return rows


def all_specs() -> list[Spec]:
    """Every spec, in the order that decides file numbers and halves."""
    sys.path.insert(0, str(HERE))
    import _specs_interview
    import _specs_misc
    import _specs_other
    import _specs_rejection
    return [*_specs_rejection.SPECS, *_specs_interview.SPECS, *_specs_misc.SPECS, *_specs_other.SPECS]


def main() -> None:
    rows = build(all_specs())
    table: dict[tuple[str, str, str], int] = {}
    for rel, spec in rows:
        half = rel.split("/", 1)[0]
        table[(spec.kind, spec.lang, half)] = table.get((spec.kind, spec.lang, half), 0) + 1
    print(f"{len(rows)} messages")
    for kind in KINDS:
        cells = " ".join(f"{lang}:{table.get((kind, lang, 'tune'), 0)}/{table.get((kind, lang, 'report'), 0)}"
                         for lang in ("en", "de", "fr", "es"))
        total = sum(v for (k, _, _), v in table.items() if k == kind)
        print(f"{kind:32s} {total:3d}  {cells}")


if __name__ == "__main__":
    main()
