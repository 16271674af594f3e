"""Build corpus 306 (Grace Mwangi-Holt, hotel night manager -> revenue management).

Standard library only. Reads the hand-written specs in msgs306_*.py, builds every message with
the `email` package (deterministic boundaries, Message-IDs and dates), re-parses each one with
`email.policy.default`, checks it round-trips and that its labels follow the corpus rules, then
rewrites `*.eml` and `labels.csv` in this folder (and nothing else).

Run: python tests/corpus_threehundredsixth/make_threehundredsixth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import importlib
import re
import sys
from datetime import UTC, datetime, timedelta
from email import charset as email_charset
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
common = importlib.import_module("msgs306_common")
MODULES = ["msgs306_en", "msgs306_de", "msgs306_fr", "msgs306_es", "msgs306_other"]

KINDS = {"rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"}
LANGS = {"en", "de", "fr", "es"}
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SLU|SAS|SARL|Ltd|Limited|Inc|LLC|plc|KG|"
                   r"e\.U\.|Ltée)\b\.?", re.IGNORECASE)
SYSTEM = re.compile(r"(no-?reply|do-?not-?reply|notifications?|mailer|jobs-noreply|alerts?@|"
                    r"bounce|system)", re.IGNORECASE)
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")


class RawFold(email.policy.Compat32):
    """compat32, but header values are written exactly as built here (already folded)."""

    def _fold(self, name: str, value: Any, sanitize: bool) -> str:
        return f"{name}: {fold(str(value), 76 - len(name) - 2)}{self.linesep}"


def fold(value: str, first: int) -> str:
    """Fold a header value at spaces so lines stay short; keeps existing folds."""
    if "\n" in value:
        return value
    lines: list[str] = []
    current = ""
    width = first
    for word in value.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
            width = 76
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "\n ".join(lines)


POLICY_OUT = RawFold(linesep="\n")
CTES = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": None}
TZ_NAMES = {"Europe/London": ("GMT", "BST", "+0000", "+0100"),
            "Europe/Vienna": ("CET", "CEST", "+0100", "+0200"),
            "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
            "Europe/Madrid": ("CET", "CEST", "+0100", "+0200")}


# ----------------------------------------------------------------------------- headers
def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words for `text`, spaces kept inside the words, split under 75 chars."""
    words: list[str] = []
    chunk = ""
    for char in text:
        trial = chunk + char
        if len(_one_word(trial, charset, enc)) > 74 and chunk:
            words.append(_one_word(chunk, charset, enc))
            chunk = char
        else:
            chunk = trial
    words.append(_one_word(chunk, charset, enc))
    return " ".join(words)


def _one_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "b":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        char = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif char.isascii() and (char.isalnum() or char in "!*+-/"):
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def header_text(text: str, how: tuple[str, str] | None, default: tuple[str, str]) -> str:
    """Plain ASCII as is; anything else (or a forced encoding) as encoded words."""
    if how is None and text.isascii():
        return text
    enc, charset = how or default
    return encoded_words(text, charset, enc)


def address(value: str, how: tuple[str, str] | None, default: tuple[str, str]) -> str:
    name, addr = parseaddr(value)
    if not name:
        return addr
    if how is None and name.isascii():
        if re.search(r"[^\w \-']", name):
            escaped = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{escaped}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{header_text(name, how, default)} <{addr}>"


# ----------------------------------------------------------------------------- parts
def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    cs = email_charset.Charset(charset)
    cs.body_encoding = CTES[cte]
    part = MIMENonMultipart("text", subtype, charset=charset)
    part.set_payload(text, cs)
    return part


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `title` and `lines` in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "60 780 Td", f"({esc(title)}) Tj", "/F1 10 Tf", "0 -28 Td"]
    for line in lines:
        ops += [f"({esc(line)}) Tj", "0 -15 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def vtimezone(tz: str) -> list[str]:
    std, dst, std_off, dst_off = TZ_NAMES[tz]
    hour = "01" if tz == "Europe/London" else "02"
    hour_back = "02" if tz == "Europe/London" else "03"
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}", f"TZNAME:{dst}",
        f"DTSTART:19700329T{hour}0000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}", f"TZNAME:{std}",
        f"DTSTART:19701025T{hour_back}0000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD", "END:VTIMEZONE",
    ]


def ics_text(spec: dict[str, Any], organizer: str, stamp: datetime) -> str:
    ics = spec["ics"]
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ics.get("minutes", 45))
    tz = ics.get("tz", "Europe/London")
    name, addr = parseaddr(organizer)
    status = "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED"
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Example Scheduling//EN')}",
             "VERSION:2.0", f"METHOD:{ics['method']}", *vtimezone(tz), "BEGIN:VEVENT",
             f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
             f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
             f"DTSTART;TZID={tz}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}",
             f"SUMMARY:{_ics_escape(ics['summary'])}",
             f"LOCATION:{_ics_escape(ics.get('location', ''))}",
             f"ORGANIZER;CN={name}:mailto:{addr}",
             f"ATTENDEE;CN={common.CANDIDATE_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
             f"RSVP=TRUE:mailto:{common.CANDIDATE_ADDR}",
             f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 74:
            folded.append(line[:70])
            line = " " + line[70:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


# ----------------------------------------------------------------------------- building
def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def message_id(spec: dict[str, Any]) -> str:
    digest = hashlib.sha1(f"306/{spec['slug']}".encode()).hexdigest()
    domain = parseaddr(spec["from"])[1].rsplit("@", 1)[1]
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def compose_body(spec: dict[str, Any], by_slug: dict[str, dict[str, Any]]) -> str:
    body = spec["body"]
    parent_slug = spec.get("parent")
    style = spec.get("quote")
    if parent_slug and style:
        parent = by_slug[parent_slug]
        when = parse_date(parent["date"])
        who = parent["from"]
        lang = spec.get("quote_lang", spec["lang"])
        if style == "outlook":
            quoted = common.quote_outlook(lang, when, who, parent.get("to", common.GRACE),
                                          parent["subject"], parent["full_body"])
        else:
            quoted = common.quote_plain(lang, when, who, parent["full_body"])
        body = body + "\n" + quoted
    return body


def body_parts(spec: dict[str, Any], text: str) -> tuple[Message, list[tuple[str, str]]]:
    """The readable body of a message (plain, html or both) and the texts it carries."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp" if charset != "utf-8" else "8bit")
    form = spec.get("form", "plain")
    texts: list[tuple[str, str]] = []
    html_doc = None
    if form in ("html", "alt", "alt_ics", "alt_pdf"):
        html_doc = spec.get("html") or common.html_shell(
            text, spec.get("layout", "plain"), spec.get("brand", ""),
            spec.get("color", "#1d3557"), spec.get("footer", ""))
        html_doc = html_doc.replace('charset="utf-8"', f'charset="{charset}"')
    if form == "html":
        assert html_doc is not None
        texts.append(("html", html_doc))
        return text_part(html_doc, "html", charset, spec.get("html_cte", cte)), texts
    plain = text_part(text, "plain", charset, cte)
    texts.append(("plain", text))
    if html_doc is None:
        return plain, texts
    alt = MIMEMultipart("alternative")
    alt.attach(plain)
    alt.attach(text_part(html_doc, "html", charset, spec.get("html_cte", "qp")))
    texts.append(("html", html_doc))
    return alt, texts


def build(spec: dict[str, Any], by_slug: dict[str, dict[str, Any]]) -> tuple[bytes, list]:
    text = compose_body(spec, by_slug)
    spec["full_body"] = text
    when = parse_date(spec["date"])
    form = spec.get("form", "plain")
    body, texts = body_parts(spec, text)
    calendar = None
    if "ics" in spec:
        ics = ics_text(spec, spec.get("organizer", spec["from"]), when)
        calendar = text_part(ics, "calendar", "utf-8", spec["ics"].get("cte", "b64"))
        calendar.set_param("method", spec["ics"]["method"])
        texts.append(("calendar", ics))
    attachments: list[Message] = []
    if "pdf" in spec:
        filename, title, lines = spec["pdf"]
        pdf = MIMEApplication(pdf_bytes(title, lines), "pdf")
        pdf.add_header("Content-Disposition", "attachment", filename=filename)
        attachments.append(pdf)
    if "inner" in spec:
        attachments.append(MIMEMessage(inner_message(spec["inner"])))
    root: Message
    if calendar is not None and form in ("alt_ics", "ics_alt"):
        if isinstance(body, MIMEMultipart):
            body.attach(calendar)
            root = body
        else:
            root = MIMEMultipart("alternative")
            root.attach(body)
            root.attach(calendar)
        if attachments:
            mixed = MIMEMultipart("mixed")
            mixed.attach(root)
            for item in attachments:
                mixed.attach(item)
            root = mixed
    elif calendar is not None or attachments:
        root = MIMEMultipart("mixed")
        root.attach(body)
        if calendar is not None:
            root.attach(calendar)
        for item in attachments:
            root.attach(item)
    else:
        root = body
    number = 0
    for part in root.walk():
        if part is not root:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_306_{spec['slug']}_{number}")
            number += 1
    set_headers(root, spec, when)
    return root.as_bytes(policy=POLICY_OUT), texts


def default_enc(spec: dict[str, Any]) -> tuple[str, str]:
    charset = spec.get("charset", "utf-8")
    return ("q", charset) if charset != "utf-8" else ("b", "utf-8")


def set_headers(root: Message, spec: dict[str, Any], when: datetime) -> None:
    heads: list[tuple[str, str]] = []
    enc = default_enc(spec)
    heads.append(("From", address(spec["from"], spec.get("name_enc"), ("q", "utf-8"))))
    if spec.get("sender"):
        heads.append(("Sender", spec["sender"]))
    heads.append(("To", address(spec.get("to", common.GRACE), None, ("q", "utf-8"))))
    if spec.get("cc"):
        heads.append(("Cc", address(spec["cc"], None, ("q", "utf-8"))))
    if spec.get("reply_to"):
        heads.append(("Reply-To", address(spec["reply_to"], spec.get("name_enc"), ("q", "utf-8"))))
    heads.append(("Subject", header_text(spec["subject"], spec.get("subj_enc"), enc)))
    heads.append(("Date", format_datetime(when)))
    heads.append(("Message-ID", spec["message_id"]))
    if spec.get("in_reply_to"):
        heads.append(("In-Reply-To", spec["in_reply_to"]))
        heads.append(("References", " ".join(spec["references"])))
    for name, value in spec.get("headers", {}).items():
        heads.append((name, value))
    existing = [(k, v) for k, v in root.items()]
    for key in list(root.keys()):
        del root[key]
    for name, value in heads:
        root[name] = value
    for name, value in existing:
        root[name] = value


def inner_message(inner: dict[str, Any]) -> Message:
    charset = inner.get("charset", "utf-8")
    part = text_part(inner["body"].strip("\n") + "\n", "plain", charset, inner.get("cte", "qp"))
    enc = ("q", charset)
    heads = [("From", address(inner["from"], None, ("q", "utf-8"))),
             ("To", address(inner.get("to", "x <x@example.org>"), None, ("q", "utf-8"))),
             ("Subject", header_text(inner["subject"], None, enc)),
             ("Date", format_datetime(parse_date(inner["date"]))),
             ("Message-ID", f"<{hashlib.sha1(inner['subject'].encode()).hexdigest()[:16]}"
                            f"@{parseaddr(inner['from'])[1].rsplit('@', 1)[1]}>")]
    existing = list(part.items())
    for key in list(part.keys()):
        del part[key]
    for name, value in heads + existing:
        part[name] = value
    return part


# ----------------------------------------------------------------------------- checks
def contact_of(spec: dict[str, Any]) -> str:
    """Reply-To if a human, else From if a human; empty for systems and her own mail."""
    if "contact" in spec:
        return str(spec["contact"])
    frm = parseaddr(spec["from"])[1].lower()
    if frm == common.CANDIDATE_ADDR:
        return ""
    if spec.get("reply_to"):
        reply = parseaddr(spec["reply_to"])[1].lower()
        if not is_system(reply):
            return reply
    return "" if spec.get("sys") or is_system(frm) else frm


def is_system(addr: str) -> bool:
    domain = addr.rsplit("@", 1)[-1]
    return bool(SYSTEM.search(addr)) or any(domain == d or domain.endswith("." + d)
                                            for d in ATS_DOMAINS)


def check(spec: dict[str, Any], raw: bytes, texts: list[tuple[str, str]]) -> None:
    where = spec["file"]
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    for part in parsed.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    assert str(parsed["Subject"]) == spec["subject"], (where, str(parsed["Subject"]))
    name = parseaddr(spec["from"])[0]
    got = parsed["From"].addresses[0]
    assert got.display_name == name, (where, got.display_name, name)
    assert parsed["Date"].datetime == parse_date(spec["date"]), where
    assert parsed["Message-ID"] == spec["message_id"], where
    found: dict[str, list[str]] = {"plain": [], "html": [], "calendar": []}
    top_texts = []
    for part in parsed.walk():
        if part.get_content_maintype() == "message":
            break
        if part.get_content_maintype() == "text":
            top_texts.append((part.get_content_subtype(), part.get_content()))
    for subtype, content in top_texts:
        found.setdefault(subtype, []).append(content.replace("\r\n", "\n"))
    for subtype, content in texts:
        assert content.replace("\r\n", "\n") in found[subtype], f"{where}: {subtype} body differs"
    if "inner" in spec:
        inner = [p for p in parsed.walk() if p.get_content_type() == "message/rfc822"]
        assert inner, where
        payload = inner[0].get_payload()[0]
        assert str(payload["Subject"]) == spec["inner"]["subject"], where
    # labels
    assert spec["kind"] in KINDS and spec["lang"] in LANGS, where
    assert spec["file"].startswith(spec["kind"] + "/"), where
    company, contact = spec["company"], spec["contact"]
    if spec["kind"] == "other":
        assert company == "", f"{where}: other has a company"
    else:
        assert company and company == company.strip(), f"{where}: job mail needs a company"
        assert not LEGAL.search(company), f"{where}: legal form in {company}"
    frm = parseaddr(spec["from"])[1].lower()
    if frm == common.CANDIDATE_ADDR:
        assert spec["kind"] == "other" and contact == "", where
    if contact:
        assert contact == contact.lower() and contact != common.CANDIDATE_ADDR, where
        heads = [str(v) for h in ("Reply-To", "From") for v in parsed.get_all(h, [])]
        assert contact in [a.lower() for _, a in getaddresses(heads)], f"{where}: {contact}"
        assert not is_system(contact), f"{where}: system contact {contact}"


def main() -> None:
    specs: list[dict[str, Any]] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    slugs = [s["slug"] for s in specs]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    assert not dupes, f"duplicate slugs: {sorted(dupes)}"
    specs.sort(key=lambda s: (parse_date(s["date"]), s["slug"]))
    by_slug = {s["slug"]: s for s in specs}
    for number, spec in enumerate(specs, start=1):
        spec["file"] = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
        spec["message_id"] = message_id(spec)
        spec["contact"] = contact_of(spec)
        parent = spec.get("parent")
        if parent:
            earlier = by_slug[parent]
            assert parse_date(earlier["date"]) < parse_date(spec["date"]), spec["slug"]
            spec["in_reply_to"] = earlier["message_id"]
            spec["references"] = [*earlier.get("references", []), earlier["message_id"]]
    outputs = []
    for spec in specs:
        raw, texts = build(spec, by_slug)
        check(spec, raw, texts)
        outputs.append((spec, raw))
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    for spec, raw in outputs:
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        for spec, _ in sorted(outputs, key=lambda item: item[0]["file"]):
            writer.writerow([spec["file"], spec["kind"], spec["company"], spec["contact"],
                             spec["lang"]])
    table: dict[str, dict[str, int]] = {}
    for spec in specs:
        table.setdefault(spec["kind"], {}).setdefault(spec["lang"], 0)
        table[spec["kind"]][spec["lang"]] += 1
    print(f"wrote {len(specs)} messages")
    for kind in sorted(table):
        row = table[kind]
        print(f"{kind:32s}", " ".join(f"{lang}={row.get(lang, 0):3d}" for lang in sorted(LANGS)),
              sum(row.values()))
    for lang in sorted(LANGS):
        print(lang, sum(1 for s in specs if s["lang"] == lang))


if __name__ == "__main__":
    main()
