"""Build corpus 273 (.eml files and labels.csv) from the hand-written specs in msgs273_*.py.

Run from the repository root:

    python tests/corpus_twohundredseventythird/make_twohundredseventythird.py

Standard library only. The header block of every message is written here by hand, so that
encoded words can use the charsets the specs ask for (utf-8 / iso-8859-1, Q / B); bodies are
built with the email package. Boundaries, Message-IDs and dates are deterministic. Every
written file is parsed again with the default policy and compared with its spec.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import re
import sys
import textwrap
from collections import Counter
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs273_acks  # noqa: E402
import msgs273_invites  # noqa: E402
import msgs273_other  # noqa: E402
import msgs273_rejections  # noqa: E402
from msgs273_common import CANDIDATE, gmail_html, outlook_html, paras, simple_html  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["de", "en", "fr", "es"]
LABEL_HEADER = ["file", "kind", "company", "contact", "language"]

# --------------------------------------------------------------------------- time zones


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while day.weekday() != 6:
        day -= dt.timedelta(days=1)
    return day


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    day = dt.date(year, month, 1)
    while day.weekday() != 6:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(days=7 * (n - 1))


def utc_offset(zone: str, local: dt.datetime) -> dt.timedelta:
    """The sender's UTC offset for a local time (EU and US daylight-saving rules of 2026)."""
    year = local.year
    if zone in ("CET", "UK", "WET"):
        base = {"CET": 1, "UK": 0, "WET": 0}[zone]
        start = dt.datetime.combine(_last_sunday(year, 3), dt.time(1)) + dt.timedelta(hours=base)
        end = dt.datetime.combine(_last_sunday(year, 10), dt.time(1)) + dt.timedelta(hours=base)
        summer = start <= local < end
        return dt.timedelta(hours=base + (1 if summer else 0))
    if zone in ("USE", "USW"):
        base = {"USE": -5, "USW": -8}[zone]
        start = dt.datetime.combine(_nth_sunday(year, 3, 2), dt.time(2))
        end = dt.datetime.combine(_nth_sunday(year, 11, 1), dt.time(2))
        return dt.timedelta(hours=base + (1 if start <= local < end else 0))
    if zone == "UTC":
        return dt.timedelta(0)
    raise ValueError(f"unknown zone {zone}")


def aware(spec_date: str, zone: str) -> dt.datetime:
    local = dt.datetime.strptime(spec_date, "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=dt.timezone(utc_offset(zone, local)))


# --------------------------------------------------------------------------- headers

Q_SAFE = re.compile(r"[A-Za-z0-9]")


def _q_encode(chunk: str, charset: str) -> str:
    out = []
    for ch in chunk:
        if ch == " ":
            out.append("_")
        elif Q_SAFE.fullmatch(ch):
            out.append(ch)
        else:
            out.append("".join(f"={b:02X}" for b in ch.encode(charset)))
    return "".join(out)


def encoded_words(text: str, charset: str, method: str) -> list[str]:
    """RFC 2047 encoded words of at most 75 characters, never splitting a character."""
    words: list[str] = []
    prefix = f"=?{charset}?{method}?"
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if method == "Q":
            body = _q_encode(trial, charset)
        else:
            body = base64.b64encode(trial.encode(charset)).decode("ascii")
        if len(prefix) + len(body) + 2 > 75 and chunk:
            words.append(_word(chunk, charset, method))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_word(chunk, charset, method))
    return words


def _word(chunk: str, charset: str, method: str) -> str:
    if method == "Q":
        return f"=?{charset}?Q?{_q_encode(chunk, charset)}?="
    return f"=?{charset}?B?{base64.b64encode(chunk.encode(charset)).decode('ascii')}?="


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so that lines stay under 78 characters."""
    line = f"{name}: "
    lines: list[str] = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and line.strip() and not line.endswith(": "):
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


def fold_words(name: str, words: list[str], lead: str = "", tail: str = "") -> str:
    """Header made of encoded words, one word per continuation line when needed."""
    line = f"{name}: {lead}"
    lines: list[str] = []
    for i, word in enumerate(words):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and i > 0:
            lines.append(line)
            line = " " + word
        else:
            line += piece
    if tail:
        if len(line) + len(tail) + 1 > 76:
            lines.append(line)
            line = " " + tail
        else:
            line += " " + tail
    lines.append(line)
    return "\n".join(lines)


SPECIALS = set('()<>[]:;@\\,."')


def phrase_words(display: str, charset: str, method: str) -> list[str]:
    """A non-ASCII display name: plain ASCII atoms stay as they are, each run of other words
    becomes one encoded word (spaces inside it encoded), so that no two encoded words are
    adjacent - parsers disagree on the blank between adjacent encoded words in a phrase."""
    out: list[str] = []
    run: list[str] = []
    for token in display.split(" "):
        plain = token.isascii() and token and not any(c in SPECIALS for c in token)
        if plain and not run:
            out.append(token)
        elif plain:
            out.append(_flush(run, charset, method))
            run = []
            out.append(token)
        else:
            run.append(token)
    if run:
        out.append(_flush(run, charset, method))
    return out


def _flush(run: list[str], charset: str, method: str) -> str:
    words = encoded_words(" ".join(run), charset, method)
    assert len(words) == 1, f"display-name chunk too long for one encoded word: {run}"
    return words[0]


def address_header(name: str, people: list[tuple[str, str]],
                   enc: tuple[str, str] | None) -> str:
    """An address header; non-ASCII display names become encoded words."""
    rendered: list[list[str]] = []
    for display, addr in people:
        if not display:
            rendered.append([addr])
        elif display.isascii():
            if any(c in SPECIALS for c in display):
                quoted = display.replace("\\", "\\\\").replace('"', '\\"')
                rendered.append([f'"{quoted}" <{addr}>'])
            else:
                rendered.append([f"{display} <{addr}>"])
        else:
            charset, method = enc or ("utf-8", "Q")
            rendered.append([*phrase_words(display, charset, method), f"<{addr}>"])
    line = f"{name}: "
    lines: list[str] = []
    for n, tokens in enumerate(rendered):
        for i, tok in enumerate(tokens):
            piece = tok if (i == 0 and n == 0) else " " + tok
            if i == len(tokens) - 1 and n < len(rendered) - 1:
                piece += ","
            if len(line) + len(piece) > 76 and line.strip() and not line.endswith(": "):
                lines.append(line)
                line = " " + piece.lstrip(" ")
            else:
                line += piece
    lines.append(line)
    return "\n".join(lines)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return fold_plain("Subject", subject)
    charset, method = enc or ("utf-8", "Q")
    return fold_words("Subject", encoded_words(subject, charset, method))


# --------------------------------------------------------------------------- attachments


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsiEncoding) showing title and lines."""
    wrapped: list[str] = []
    for line in lines:
        wrapped += textwrap.wrap(line, 92) or [""]
    ops = [b"BT", b"/F1 15 Tf", b"56 780 Td", _pdf_string(title) + b" Tj",
           b"/F1 10.5 Tf", b"15 TL", b"T* T*"]
    for line in wrapped[:46]:
        ops.append(_pdf_string(line) + b" Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title " + _pdf_string(title) + b" /Producer (corpus273 make_pdf) "
        b"/CreationDate (D:20260101000000Z) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


VTIMEZONES = {
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Vienna": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/London": ("GMT", "BST", "+0000", "+0100"),
}


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold_ics(line: str) -> list[str]:
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current if not out else " " + current)
            current = ch
        else:
            current += ch
    out.append(current if not out else " " + current)
    return out


def make_ics(ics: dict, stamp: dt.datetime) -> str:
    """An iCalendar object (METHOD REQUEST or CANCEL) with one VEVENT."""
    tz = ics.get("tz", "Europe/Berlin")
    std, dst, std_off, dst_off = VTIMEZONES[tz]
    start = dt.datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = dt.datetime.strptime(ics["end"], "%Y-%m-%d %H:%M")
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        f"TZOFFSETFROM:{dst_off}",
        f"TZOFFSETTO:{std_off}",
        f"TZNAME:{std}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        f"TZOFFSETFROM:{std_off}",
        f"TZOFFSETTO:{dst_off}",
        f"TZNAME:{dst}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('sequence', 0)}",
        f"DTSTAMP:{stamp.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tz}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines.append(f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}")
    for name, addr in ics.get("attendees", [CANDIDATE]):
        lines.append(f"ATTENDEE;CN=\"{name}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE:mailto:{addr}")
    status = ics.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                  "TRIGGER:-PT15M", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _fold_ics(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- quoting

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
SHORT_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}


def _who(person: tuple[str, str]) -> str:
    name, addr = person
    return f"{name} <{addr}>" if name else addr


def attribution(lang: str, when: dt.datetime, person: tuple[str, str]) -> str:
    day, month = when.weekday(), when.month - 1
    if lang == "de":
        return f"Am {when:%d.%m.%Y} um {when:%H:%M} schrieb {_who(person)}:"
    if lang == "fr":
        mon = MONTHS["fr"][month][:4].rstrip(".") + "."
        return (f"Le {SHORT_DAYS['fr'][day]} {when.day} {mon} {when.year} à {when:%H:%M}, "
                f"{_who(person)} a écrit :")
    if lang == "es":
        return (f"El {SHORT_DAYS['es'][day]}, {when.day} {MONTHS['es'][month][:3]} {when.year} "
                f"a las {when.hour}:{when:%M}, {person[0]} (<{person[1]}>) escribió:")
    return (f"On {SHORT_DAYS['en'][day]}, {when.day} {MONTHS['en'][month][:3]} {when.year} "
            f"at {when:%H:%M}, {_who(person)} wrote:")


def long_date(lang: str, when: dt.datetime) -> str:
    day, month = WEEKDAYS[lang][when.weekday()], MONTHS[lang][when.month - 1]
    if lang == "de":
        return f"{day}, {when.day}. {month} {when.year} {when:%H:%M}"
    if lang == "fr":
        return f"{day} {when.day} {month} {when.year} {when:%H:%M}"
    if lang == "es":
        return f"{day}, {when.day} de {month} de {when.year} {when.hour}:{when:%M}"
    return f"{day}, {when.day} {month} {when.year} {when:%H:%M}"


OUTLOOK_LABELS = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}
FWD_LABELS = {
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


class Corpus:
    """All specs by id, with expansion of the quoting markers in their bodies."""

    MARK = re.compile(r"\{\{(quote|outlook|fwd):([a-z0-9_]+)(?::([a-z]{2}))?\}\}")

    def __init__(self, specs: list[dict]) -> None:
        self.specs = specs
        self.by_id: dict[str, dict] = {}
        for spec in specs:
            assert spec["id"] not in self.by_id, f"duplicate id {spec['id']}"
            self.by_id[spec["id"]] = spec
        self._text: dict[str, str] = {}

    def when(self, spec: dict) -> dt.datetime:
        return aware(spec["date"], spec.get("tz", "CET"))

    def text(self, spec: dict) -> str | None:
        if spec.get("text") is None:
            return None
        if spec["id"] not in self._text:
            self._text[spec["id"]] = self.MARK.sub(
                lambda m: self._expand(spec, m.group(1), m.group(2), m.group(3)), spec["text"])
        return self._text[spec["id"]]

    def _expand(self, spec: dict, how: str, ref_id: str, lang: str | None) -> str:
        ref = self.by_id[ref_id]
        lang = lang or spec["lang"]
        body = self.text(ref)
        assert body is not None, f"{spec['id']}: {ref_id} has no text to quote"
        body = body.rstrip("\n")
        when = self.when(ref)
        to = ", ".join(_who(p) for p in ref.get("to", [CANDIDATE]))
        if how == "quote":
            quoted = "\n".join(">" + ("" if line.startswith(">") or not line else " ") + line
                               for line in body.split("\n"))
            return attribution(lang, when, ref["frm"]) + "\n" + quoted
        if how == "outlook":
            lab = OUTLOOK_LABELS[lang]
            return ("________________________________\n"
                    f"{lab[0]}: {_who(ref['frm'])}\n{lab[1]}: {long_date(lang, when)}\n"
                    f"{lab[2]}: {to}\n{lab[3]}: {ref['subject']}\n\n{body}")
        lab = FWD_LABELS[lang]
        return (f"{lab[0]}\n{lab[1]}: {_who(ref['frm'])}\n{lab[2]}: {long_date(lang, when)}\n"
                f"{lab[3]}: {ref['subject']}\n{lab[4]}: {to}\n\n{body}")

    def html(self, spec: dict) -> str | None:
        if spec.get("html") is not None:
            return spec["html"]
        shell = spec.get("html_from")
        if not shell:
            return None
        text = self.text(spec)
        assert text is not None
        body = paras(text)
        if shell == "outlook":
            return outlook_html(body, spec.get("html_charset", spec.get("charset", "utf-8")))
        if shell == "gmail":
            return gmail_html(body)
        return simple_html(body, spec["lang"])


# --------------------------------------------------------------------------- MIME


def default_cte(text: str) -> str:
    longest = max((len(line) for line in text.split("\n")), default=0)
    return "7bit" if text.isascii() and longest <= 900 else "quoted-printable"


def text_part(policy: email.policy.Policy, body: str, subtype: str, charset: str,
              cte: str | None, **extra: object) -> MIMEPart:
    part = MIMEPart(policy=policy)
    part.set_content(body, subtype=subtype, charset=charset, cte=cte or default_cte(body),
                     **extra)
    return part


def multipart(policy: email.policy.Policy, subtype: str, boundary: str,
              parts: list[MIMEPart]) -> MIMEPart:
    part = MIMEPart(policy=policy)
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for sub in parts:
        part.attach(sub)
    return part


def build(corpus: Corpus, spec: dict, msgids: dict[str, str]) -> tuple[bytes, dict]:
    """The bytes of one message and what the round-trip check expects."""
    linesep = "\r\n" if spec.get("crlf") else "\n"
    policy = email.policy.default.clone(linesep=linesep)
    key = hashlib.sha1(spec["id"].encode()).hexdigest()
    when = corpus.when(spec)
    charset = spec.get("charset", "utf-8")
    text = corpus.text(spec)
    html_body = corpus.html(spec)
    expect: dict = {"text": text, "html": html_body}

    body_parts: list[MIMEPart] = []
    if text is not None:
        body_parts.append(text_part(policy, text, "plain", charset, spec.get("cte")))
    if html_body is not None:
        body_parts.append(text_part(policy, html_body, "html",
                                    spec.get("html_charset", charset),
                                    spec.get("html_cte", spec.get("cte"))))
    attachments: list[MIMEPart] = []
    ics = spec.get("ics")
    if ics:
        calendar = make_ics(ics, when)
        expect["ics"] = calendar
        mode = spec.get("ics_as", "alternative")
        method = ics.get("method", "REQUEST")
        if mode in ("alternative", "both"):
            body_parts.append(text_part(policy, calendar, "calendar", "utf-8",
                                        spec.get("ics_cte", "base64"),
                                        params={"method": method}))
        if mode in ("attachment", "both"):
            part = MIMEPart(policy=policy)
            part.set_content(calendar.encode("utf-8"), maintype="application", subtype="ics",
                             disposition="attachment",
                             filename=ics.get("filename", "invite.ics"))
            attachments.append(part)
    pdfs = spec.get("pdf") or []
    if isinstance(pdfs, dict):
        pdfs = [pdfs]
    expect["pdf"] = []
    for pdf in pdfs:
        data = make_pdf(pdf["title"], pdf["lines"])
        expect["pdf"].append((pdf["name"], data))
        part = MIMEPart(policy=policy)
        part.set_content(data, maintype="application", subtype="pdf",
                         disposition="attachment", filename=pdf["name"])
        attachments.append(part)

    if len(body_parts) == 1:
        body = body_parts[0]
    else:
        body = multipart(policy, "alternative", f"----=_Alt_273_{key[:14]}", body_parts)
    top = (multipart(policy, "mixed", f"----=_Mix_273_{key[14:28]}", [body, *attachments])
           if attachments else body)

    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=policy).flatten(top)
    mime = out.getvalue()

    domain = spec.get("msgid_domain") or spec["frm"][1].split("@", 1)[1]
    headers = [address_header("From", [spec["frm"]], spec.get("frm_enc"))]
    headers.append(address_header("To", spec.get("to", [CANDIDATE]), spec.get("to_enc")))
    if spec.get("cc"):
        headers.append(address_header("Cc", spec["cc"], spec.get("cc_enc")))
    if spec.get("reply_to"):
        headers.append(address_header("Reply-To", [spec["reply_to"]], spec.get("reply_to_enc")))
    headers.append(subject_header(spec["subject"], spec.get("subj_enc")))
    headers.append(f"Date: {format_datetime(when)}")
    headers.append(f"Message-ID: {msgids[spec['id']]}")
    refs = list(spec.get("refs", []))
    if spec.get("reply_of"):
        parent = corpus.by_id[spec["reply_of"]]
        assert "_references" in parent, f"{spec['id']}: parent {parent['id']} is not older"
        refs = [*refs, *parent.get("_references", []), msgids[parent["id"]]]
        refs = list(dict.fromkeys(refs))
    if refs:
        headers.append(f"In-Reply-To: {refs[-1]}")
        headers.append("References: " + "\n ".join(refs))
    spec["_references"] = refs
    for name, value in spec.get("headers", []):
        if value.isascii():
            headers.append(fold_plain(name, value))
        else:
            headers.append(fold_words(name, encoded_words(value, "utf-8", "Q")))
    headers.append("MIME-Version: 1.0")
    assert domain
    head = linesep.join(h.replace("\n", linesep) for h in headers)
    return head.encode("ascii") + linesep.encode() + mime, expect


def message_id(spec: dict) -> str:
    key = hashlib.sha1(("273:" + spec["id"]).encode()).hexdigest()
    domain = spec.get("msgid_domain") or spec["frm"][1].split("@", 1)[1]
    style = spec.get("msgid_style", "plain")
    if style == "outlook":
        return f"<{key[:4].upper()}PR0{key[4:6].upper()}MB{key[6:10]}{key[10:22].upper()}@{domain}>"
    if style == "gmail":
        digits = str(int(key[:15], 16))
        return f"<CAG{digits}{key[15:30]}@mail.{domain}>"
    return f"<{key[:10]}.{key[10:22]}@{domain}>"


# --------------------------------------------------------------------------- checks


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict, expect: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems: list[str] = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    name, addr = parseaddr(str(msg["From"]))
    frm = getaddresses([str(msg["From"])])[0]
    if (frm[0], frm[1]) != tuple(spec["frm"]) and (name, addr) != tuple(spec["frm"]):
        problems.append(f"from {frm!r} != {spec['frm']!r}")
    if msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    plain = [p for p in msg.walk() if p.get_content_type() == "text/plain"
             and not p.is_attachment()]
    htmls = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    cals = [p for p in msg.walk() if p.get_content_type() in ("text/calendar",
                                                             "application/ics")]
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    if expect["text"] is not None and (not plain or
                                       _norm(plain[0].get_content()) != _norm(expect["text"])):
        problems.append("text body does not round-trip")
    if expect["html"] is not None and (not htmls or
                                       _norm(htmls[0].get_content()) != _norm(expect["html"])):
        problems.append("html body does not round-trip")
    if "ics" in expect:
        for cal in cals:
            content = cal.get_content()
            if isinstance(content, bytes):
                content = content.decode("utf-8")
            if _norm(content) != _norm(expect["ics"]):
                problems.append("calendar does not round-trip")
        if not cals:
            problems.append("calendar part missing")
    got = [(p.get_filename(), p.get_content()) for p in pdfs]
    if got != expect["pdf"]:
        problems.append("pdf attachments do not round-trip")
    contact = spec.get("contact", "")
    if contact:
        seen = [a.lower() for _, a in getaddresses(
            [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])])]
        if contact not in seen:
            problems.append(f"contact {contact} not in Reply-To/From {seen}")
    if problems:
        raise SystemExit(f"{path.name}: " + "; ".join(problems))


def validate(spec: dict) -> None:
    sid = spec["id"]
    assert spec["kind"] in KINDS, sid
    assert spec["lang"] in LANGS, sid
    assert re.fullmatch(r"[a-z0-9_]+", spec["scenario"]), sid
    own = spec["frm"][1].lower() == CANDIDATE[1]
    if spec["kind"] == "other":
        assert not spec.get("company"), f"{sid}: other has no company"
    else:
        assert spec.get("company"), f"{sid}: job mail needs a company"
        assert not own, sid
    if own:
        assert spec["kind"] == "other" and not spec.get("contact"), sid
    contact = spec.get("contact", "")
    assert contact == contact.lower(), sid
    assert spec["date"].startswith("2026-"), sid


def main() -> None:
    specs = [*msgs273_rejections.MESSAGES, *msgs273_invites.MESSAGES, *msgs273_acks.MESSAGES,
             *msgs273_other.MESSAGES]
    corpus = Corpus(specs)
    for spec in specs:
        validate(spec)
    msgids = {spec["id"]: message_id(spec) for spec in specs}
    assert len(set(msgids.values())) == len(msgids)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    counters: Counter[str] = Counter()
    rows = []
    # Parents first, so that References can grow along a thread.
    order = sorted(specs, key=lambda s: corpus.when(s))
    built: dict[str, tuple[bytes, dict]] = {}
    for spec in order:
        try:
            built[spec["id"]] = build(corpus, spec, msgids)
        except Exception as error:
            raise SystemExit(f"{spec['id']}: {type(error).__name__}: {error}") from error
    for spec in specs:
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['scenario']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        data, expect = built[spec["id"]]
        path.write_bytes(data)
        check(path, spec, expect)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(LABEL_HEADER)
        writer.writerows(rows)

    table = Counter((spec["kind"], spec["lang"]) for spec in specs)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        cells = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:>5}" for c in cells) + f"  {sum(cells):>5}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:>5}" for c in totals) + f"  {sum(totals):>5}")


if __name__ == "__main__":
    main()
