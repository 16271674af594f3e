#!/usr/bin/env python3
"""Build the threehundredtwentieth corpus: 165 hand-written job-search messages, labelled.

Standard library only. Every message is a spec (a dict) in one of the msgs320_*.py modules;
this script turns the specs into MIME with the `email` package (legacy compat32 API, so that
boundaries, transfer encodings, charsets and RFC 2047 words are exactly what the spec asks),
writes <kind>/<NNN>_<key>.eml and labels.csv, then re-parses every file with
email.policy.default and checks it. Only *.eml and labels.csv in this folder are rewritten.
Output is deterministic: the same bytes on every run.
"""

from __future__ import annotations

import base64
import csv
import email
import hashlib
import html
import io
import quopri
import re
import sys
from datetime import UTC, datetime
from email import policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs320_acks  # noqa: E402
import msgs320_common as common  # noqa: E402
import msgs320_invites  # noqa: E402
import msgs320_offers  # noqa: E402
import msgs320_other  # noqa: E402
import msgs320_rejections  # noqa: E402
import msgs320_threads  # noqa: E402

KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
LANGS = ("fr", "en", "de", "es")
CANDIDATE = common.CAND[1]
GEN_POLICY = policy.compat32.clone(linesep="\n", max_line_length=78)
LEGAL_FORM = re.compile(
    r"(?<![\w.])(GmbH|SA|SAS|SASU|SARL|S\.A\.|S\.L\.|SL|S\.L\.U\.|Ltd|Limited|Inc|AG|SpA|"
    r"S\.p\.A\.|Srl|S\.r\.l\.|LLC|SE|BV|KG|e\.V\.|SAM|Sàrl)(?![\w])"
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"^(no-?reply|do-?not-?reply|ne-?pas-?repondre|noreply|notifications?|alertes?|alerts?|"
    r"newsletter|news|info-noreply|mailer-daemon|bounce|system|automated|jobalert|"
    r"stellenalarm|alertas|rappels?|ofertas)([-.+@]|$)"
)

EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
          "nov.", "déc."]
FR_MON_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre"]
DE_DAYS_LONG = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON_LONG = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember"]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_DAYS_LONG = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_MON_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
               "septiembre", "octubre", "noviembre", "diciembre"]


# --------------------------------------------------------------------------- helpers


def parse_date(text: str) -> datetime:
    """'2026-03-14 09:12 +0100' -> aware datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def digest(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def encoded_words(text: str, charset: str, mode: str) -> Header:
    """An RFC 2047 header value in the given charset, Q or B encoded."""
    cs = Charset(charset)
    cs.header_encoding = QP if mode.lower() == "q" else BASE64
    return Header(text, cs)


def needs_encoding(text: str) -> bool:
    return any(ord(ch) > 127 for ch in text)


def pick_charset(text: str, preferred: str) -> str:
    try:
        text.encode(preferred)
    except UnicodeEncodeError:
        return "utf-8"
    return preferred


def address(pair: tuple[str, str], enc: tuple[str, str]) -> str:
    name, addr = pair
    if not name:
        return addr
    if needs_encoding(name):
        charset = pick_charset(name, enc[0])
        return f"{encoded_words(name, charset, enc[1]).encode()} <{addr}>"
    return formataddr((name, addr))


def text_part(body: str, subtype: str, charset: str, cte: str, **params: str) -> Message:
    part = Message(policy=GEN_POLICY)
    data = body.encode(charset)
    extra = "".join(f'; {k}="{v}"' if " " in v else f"; {k}={v}" for k, v in params.items())
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    if cte == "8bit" and data.isascii():
        cte = "7bit"
    part["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        payload = data.decode("ascii")
    part.set_payload(payload)
    part._orig_text = body  # type: ignore[attr-defined]
    return part


def multipart(subtype: str, boundary: str, parts: list[Message], **params: str) -> Message:
    box = Message(policy=GEN_POLICY)
    extra = "".join(f'; {k}="{v}"' for k, v in params.items())
    box["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"{extra}'
    for part in parts:
        box.attach(part)
    return box


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF with the given text (Helvetica, WinAnsi)."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "60 780 Td", f"({esc(title)}) Tj", "/F1 10 Tf", "0 -30 Td"]
    for line in lines:
        ops += [f"({esc(line)}) Tj", "0 -15 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def pdf_part(filename: str, title: str, lines: list[str]) -> Message:
    part = Message(policy=GEN_POLICY)
    part["Content-Type"] = f'application/pdf; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(pdf_bytes(title, lines)).decode("ascii"))
    return part


VTIMEZONE = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE"""


def ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0], *(" " + rest for rest in out[1:])]


def ics_text(ics: dict, spec: dict, stamp: datetime) -> str:
    method = ics.get("method", "REQUEST")
    tzid = ics.get("tz", "Europe/Paris")
    organizer = ics.get("organizer", spec["frm"])
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        *VTIMEZONE.format(tzid=tzid).split("\n"),
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tzid}:{ics['start']}",
        f"DTEND;TZID={tzid}:{ics['end']}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
        f"LOCATION:{ics_escape(ics.get('location', ''))}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines += [
        f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}',
        f'ATTENDEE;CN="{common.CAND[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{CANDIDATE}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def strip_tags(markup: str) -> str:
    markup = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>|</div>", "\n", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    markup = html.unescape(markup)
    lines = [" ".join(line.split()) for line in markup.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


# --------------------------------------------------------------------------- quoting


def attribution(style: str, parent: dict) -> str:
    dt: datetime = parent["dt"]
    name, addr = parent["frm"]
    hm = f"{dt:%H:%M}"
    wd, mo = dt.weekday(), dt.month - 1
    if style == "en":
        return f"On {EN_DAYS[wd]}, {dt.day} {EN_MON[mo]} {dt.year} at {hm}, {name} <{addr}> wrote:"
    if style == "fr":
        return (f"Le {FR_DAYS[wd]} {dt.day} {FR_MON[mo]} {dt.year} à {hm}, {name} <{addr}> "
                "a écrit :")
    if style == "de":
        return f"Am {dt:%d.%m.%Y} um {hm} schrieb {name} <{addr}>:"
    if style == "es":
        return (f"El {ES_DAYS[wd]}, {dt.day} {ES_MON[mo]} {dt.year} a las {hm}, {name} "
                f"(<{addr}>) escribió:")
    raise ValueError(style)


def outlook_block(style: str, parent: dict) -> str:
    dt: datetime = parent["dt"]
    name, addr = parent["frm"]
    to = ", ".join(f"{n} <{a}>" if n else a for n, a in parent["to"])
    wd, mo, hm = dt.weekday(), dt.month - 1, f"{dt:%H:%M}"
    labels = {
        "outlook_en": ("From", "Sent", "To", "Subject",
                       f"{dt:%A}, {dt:%B} {dt.day}, {dt.year} {dt:%I:%M %p}"),
        "outlook_fr": ("De :", "Envoyé :", "À :", "Objet :",
                       f"{FR_DAYS_LONG[wd]} {dt.day} {FR_MON_LONG[mo]} {dt.year} {hm}"),
        "outlook_de": ("Von:", "Gesendet:", "An:", "Betreff:",
                       f"{DE_DAYS_LONG[wd]}, {dt.day}. {DE_MON_LONG[mo]} {dt.year} {hm}"),
        "outlook_es": ("De:", "Enviado el:", "Para:", "Asunto:",
                       f"{ES_DAYS_LONG[wd]}, {dt.day} de {ES_MON_LONG[mo]} de {dt.year} {hm}"),
    }[style]
    frm_label, sent_label, to_label, subj_label, when = labels
    if style == "outlook_en":
        frm_label, sent_label, to_label, subj_label = (f"{x}:" for x in labels[:4])
    return (
        "\n________________________________\n"
        f"{frm_label} {name} <{addr}>\n"
        f"{sent_label} {when}\n"
        f"{to_label} {to}\n"
        f"{subj_label} {parent['subject']}\n\n"
        f"{parent['text']}"
    )


def quoted(style: str, parent: dict) -> str:
    if style.startswith("outlook"):
        return outlook_block(style, parent)
    lines = parent["text"].rstrip("\n").split("\n")
    body = "\n".join(f"> {line}" if line else ">" for line in lines)
    return f"\n{attribution(style, parent)}\n{body}\n"


def quoted_html(style: str, parent: dict) -> str:
    if style.startswith("outlook"):
        block = outlook_block(style, parent).strip("\n")
        return ('<div style="border-top:1px solid #e1e1e1;padding-top:6px">'
                + html.escape(block).replace("\n", "<br>\n") + "</div>")
    body = html.escape(parent["text"].rstrip("\n")).replace("\n", "<br>\n")
    return (f'<div class="quote"><p>{html.escape(attribution(style, parent))}</p>\n'
            '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
            f'padding-left:1ex">\n{body}\n</blockquote></div>')


# --------------------------------------------------------------------------- building


class Builder:
    def __init__(self) -> None:
        self.done: dict[str, dict] = {}
        self.index = 0

    def message_id(self, spec: dict) -> str:
        domain = spec.get("msgid_domain") or spec["frm"][1].split("@")[1]
        return f"<{digest('320', spec['key'])[:20]}.{spec['dt']:%Y%m%d%H%M}@{domain}>"

    def body(self, spec: dict, boundary_base: str) -> Message:
        i = self.index
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte") or ("quoted-printable", "base64", "8bit")[i % 3]
        text, markup = spec.get("text"), spec.get("html")
        parent = self.done.get(spec.get("parent", "")) if spec.get("quote") else None
        if parent is not None:
            style = spec["quote"]
            if text is not None:
                text = text.rstrip("\n") + "\n" + quoted(style, parent)
            if markup is not None:
                markup = markup.replace("</body>", quoted_html(style, parent) + "\n</body>")
        spec["final_text"] = text if text is not None else strip_tags(markup or "")

        parts: list[Message] = []
        if text is not None:
            parts.append(text_part(text, "plain", charset, cte))
        if markup is not None:
            hcte = spec.get("html_cte", cte)
            parts.append(text_part(markup, "html", spec.get("html_charset", charset), hcte))
        ics = spec.get("ics")
        if ics is not None and ics.get("inline", True):
            parts.append(text_part(ics_text(ics, spec, spec["dt"]), "calendar", "utf-8",
                                   "base64", method=ics.get("method", "REQUEST")))
        node = parts[0] if len(parts) == 1 else multipart(
            "alternative", f"{boundary_base}_alt", parts)
        attachments: list[Message] = []
        for filename, title, lines in spec.get("attach", []):
            attachments.append(pdf_part(filename, title, lines))
        if ics is not None and not ics.get("inline", True):
            cal = text_part(ics_text(ics, spec, spec["dt"]), "calendar", "utf-8", "base64",
                            method=ics.get("method", "REQUEST"), name="invite.ics")
            cal["Content-Disposition"] = 'attachment; filename="invite.ics"'
            attachments.append(cal)
        fwd = spec.get("fwd")
        if fwd is not None:
            inner = self.render(fwd, f"{boundary_base}_in", top=False)
            wrap = Message(policy=GEN_POLICY)
            wrap["Content-Type"] = "message/rfc822"
            wrap["Content-Disposition"] = "inline"
            wrap.attach(inner)
            attachments.append(wrap)
        if attachments:
            return multipart("mixed", f"{boundary_base}_mix", [node, *attachments])
        return node

    def render(self, spec: dict, boundary_base: str, top: bool = True) -> Message:
        spec["dt"] = parse_date(spec["date"])
        spec.setdefault("to", [common.CAND])
        i = self.index
        default_enc = (("utf-8", "q"), ("iso-8859-1", "q"), ("utf-8", "b"),
                       ("windows-1252", "b"))[i % 4]
        name_enc = spec.get("name_enc", default_enc)
        subj_enc = spec.get("subj_enc", default_enc)
        msg = self.body(spec, boundary_base)
        head = Message(policy=GEN_POLICY)
        head["From"] = address(spec["frm"], name_enc)
        head["To"] = ", ".join(address(p, name_enc) for p in spec["to"])
        if spec.get("cc"):
            head["Cc"] = ", ".join(address(p, name_enc) for p in spec["cc"])
        if spec.get("reply_to"):
            head["Reply-To"] = address(spec["reply_to"], name_enc)
        subject = spec["subject"]
        if needs_encoding(subject):
            head["Subject"] = encoded_words(subject, pick_charset(subject, subj_enc[0]),
                                            subj_enc[1])
        else:
            head["Subject"] = subject
        head["Date"] = format_datetime(spec["dt"])
        head["Message-ID"] = self.message_id(spec)
        parent = self.done.get(spec.get("parent", ""))
        if parent is not None:
            head["In-Reply-To"] = parent["msgid"]
            head["References"] = " ".join([*parent["refs"], parent["msgid"]])
        head["MIME-Version"] = "1.0"
        for name, value in spec.get("headers", {}).items():
            head[name] = value
        for name, value in msg.items():
            head[name] = value
        head._payload = msg._payload
        for attr in ("_orig_text",):
            if hasattr(msg, attr):
                setattr(head, attr, getattr(msg, attr))
        spec["msgid"] = head["Message-ID"]
        spec["refs"] = [*parent["refs"], parent["msgid"]] if parent else []
        spec["text"] = spec["final_text"]
        return head


def flatten(msg: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=GEN_POLICY).flatten(msg)
    return out.getvalue()


def expected_texts(msg: Message) -> list[str]:
    return [part._orig_text for part in msg.walk()  # type: ignore[attr-defined]
            if part.get_content_maintype() == "text"]


# --------------------------------------------------------------------------- checks


def is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS) or bool(
        SYSTEM_LOCAL.match(local))


def check_labels(spec: dict, msg: EmailMessage) -> None:
    key, kind, lang = spec["key"], spec["kind"], spec["lang"]
    company, contact = spec.get("company", ""), spec.get("contact", "")
    assert kind in KINDS, key
    assert lang in LANGS, key
    if kind == "other":
        assert company == "", f"{key}: company on other"
    else:
        assert company and company == company.strip(), f"{key}: company missing"
        assert not LEGAL_FORM.search(company), f"{key}: legal form in {company}"
    own = spec["frm"][1] == CANDIDATE
    if own:
        assert kind == "other" and contact == "", f"{key}: own mail"
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE, key
        assert not is_system(contact), f"{key}: system contact {contact}"
        found = [a.lower() for h in ("Reply-To", "From") for a in
                 [x.addr_spec for x in (msg[h].addresses if msg[h] else ())]]
        assert contact in found, f"{key}: contact {contact} not in {found}"
        reply_to = spec.get("reply_to")
        if reply_to and not is_system(reply_to[1]):
            assert contact == reply_to[1].lower(), f"{key}: contact should be the Reply-To"
    else:
        reply_to = spec.get("reply_to")
        human_rt = reply_to and not is_system(reply_to[1])
        human_from = not is_system(spec["frm"][1]) and not own
        if kind != "other":
            assert not (human_rt or human_from), (
                f"{key}: job mail from a human needs a contact")


def check_message(spec: dict, data: bytes, texts: list[str]) -> EmailMessage:
    msg = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    key = spec["key"]
    for part in msg.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
        for name, value in part.items():
            defects = getattr(value, "defects", ())
            assert not defects, f"{key}: header {name} defects {defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{key}: subject {msg['Subject']!r}"
    assert msg["From"].addresses[0].display_name == spec["frm"][0], f"{key}: from name"
    assert msg["From"].addresses[0].addr_spec == spec["frm"][1], f"{key}: from addr"
    assert msg["Date"].datetime == spec["dt"], f"{key}: date"
    assert msg["Date"].datetime.year == 2026
    got = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert got == texts, f"{key}: text bodies differ"
    assert any(t.strip() for t in got), f"{key}: no text"
    for need in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[need], f"{key}: {need} missing"
    return msg


def all_specs() -> list[dict]:
    specs = [*msgs320_threads.SPECS, *msgs320_acks.SPECS, *msgs320_invites.SPECS,
             *msgs320_rejections.SPECS, *msgs320_offers.SPECS, *msgs320_other.SPECS]
    keys = [s["key"] for s in specs]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"duplicate keys {dupes}"
    return specs


def main() -> int:
    specs = all_specs()
    specs.sort(key=lambda s: (parse_date(s["date"]).astimezone(UTC), s["key"]))
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    builder = Builder()
    counters: dict[str, int] = {}
    rows: list[list[str]] = []
    msgids: set[str] = set()
    for spec in specs:
        parent_key = spec.get("parent")
        if parent_key:
            assert parent_key in builder.done, f"{spec['key']}: parent {parent_key} not built"
            assert builder.done[parent_key]["dt"] < parse_date(spec["date"])
        boundary = f"=_320_{builder.index:03d}_{digest(spec['key'])[:10]}"
        try:
            msg = builder.render(spec, boundary)
            data = flatten(msg)
        except (UnicodeEncodeError, UnicodeDecodeError) as error:
            raise SystemExit(f"{spec['key']}: {error}") from error
        texts = expected_texts(msg)
        parsed = check_message(spec, data, texts)
        check_labels(spec, parsed)
        assert spec["msgid"] not in msgids
        msgids.add(spec["msgid"])
        kind = spec["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['key']}.eml"
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
        builder.done[spec["key"]] = spec
        builder.index += 1
    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table(rows)
    return 0


def table(rows: list[list[str]]) -> None:
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [sum(1 for r in rows if r[1] == kind and r[4] == lang) for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in counts) + f"  {sum(counts):5d}")
    totals = [sum(1 for r in rows if r[4] == lang) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"  {len(rows):5d}")


if __name__ == "__main__":
    raise SystemExit(main())
