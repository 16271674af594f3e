"""Build corpus 187 from the hand-written specs in the msgs187_* modules.

Run from the repository root:  python tests/corpus_hundredeightyseventh/make_hundredeightyseventh.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder, then
re-parses every written message with the default policy and checks that it has no defects and
that its subject and bodies come back as written.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import sys
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs187_acks  # noqa: E402
import msgs187_invites  # noqa: E402
import msgs187_other  # noqa: E402
import msgs187_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
KEYS = {"kind", "slug", "lang", "company", "contact", "frm", "name_enc", "to", "cc", "reply_to",
        "subject", "subj_enc", "date", "parent", "headers", "text", "html", "charset", "cte",
        "html_charset", "html_cte", "attachments", "ics", "ics_mode", "key", "mid_domain",
        "boundary_note"}
SPECIALS = set('()<>@,;:\\".[]')


# ------------------------------------------------------------------------------- headers

def _encoded_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        chars = []
        for byte in raw:
            ch = chr(byte)
            if byte < 128 and (ch.isalnum() or ch in "!*+-/"):
                chars.append(ch)
            elif ch == " ":
                chars.append("_")
            else:
                chars.append(f"={byte:02X}")
        payload = "".join(chars)
    return f"=?{charset}?{enc}?{payload}?="


def encode_words(text: str, charset: str, enc: str) -> str:
    """The whole text as RFC 2047 encoded words, none longer than 75 characters."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(_encoded_word(chunk + ch, charset, enc)) > 75:
            words.append(_encoded_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_encoded_word(chunk, charset, enc))
    return "\n ".join(words)


def fold(name: str, value: str) -> str:
    """`Name: value`, folded at single spaces to about 78 columns (value already ASCII)."""
    if "\n" in value:
        return f"{name}: {value}"
    words = value.split(" ")
    out: list[str] = []
    line = f"{name}: {words[0]}"
    for word in words[1:]:
        if word and len(line) + 1 + len(word) > 78:
            out.append(line)
            line = " " + word
        else:
            line += " " + word
    out.append(line)
    return "\n".join(out)


def address(pair, enc=None) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if enc or not name.isascii():
        charset, how = enc or ("utf-8", "Q")
        return f"{encode_words(name, charset, how)} <{addr}>"
    if any(ch in SPECIALS for ch in name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def address_list(pairs, enc=None) -> str:
    return ",\n ".join(address(p, enc) for p in pairs)


def unstructured(name: str, text: str, enc) -> str:
    if enc or not text.isascii():
        charset, how = enc or ("utf-8", "B")
        return f"{name}: {encode_words(text, charset, how)}"
    return fold(name, text)


# ------------------------------------------------------------------------------- parts

def text_part(text: str, subtype: str, charset: str, cte: str | None, **params) -> MIMEBase:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    part = MIMENonMultipart("text", subtype, charset=charset, **params)
    del part["MIME-Version"]
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "7bit":
        if not raw.isascii():
            raise ValueError("7bit body with non-ASCII text")
        payload = raw.decode("ascii")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF that shows the given lines in Helvetica."""
    def lit(text: str) -> str:
        out = []
        for byte in text.encode("cp1252"):
            ch = chr(byte)
            if ch in "()\\":
                out.append("\\" + ch)
            elif byte < 32 or byte > 126:
                out.append(f"\\{byte:03o}")
            else:
                out.append(ch)
        return "".join(out)

    stream = "BT\n/F1 11 Tf\n56 780 Td\n15 TL\n"
    stream += "".join(f"({lit(line)}) Tj T*\n" for line in lines) + "ET\n"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
        f"<< /Title ({lit(title)}) /Producer (corpus 187 generator) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("ascii")
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode("ascii")
    return bytes(out)


def _ical_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ical_fold(line: str) -> list[str]:
    out, current = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0]] + [" " + piece for piece in out[1:]]


def _utc(date: str) -> str:
    moment = datetime.strptime(date, "%Y-%m-%d %H:%M %z").astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def ics_text(ics: dict, stamp: str) -> str:
    method = ics["method"]
    organizer_name, organizer_addr = ics["organizer"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
             f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('sequence', 0)}", f"DTSTAMP:{_utc(stamp)}",
             f"DTSTART:{_utc(ics['start'])}", f"DTEND:{_utc(ics['end'])}",
             f"SUMMARY:{_ical_escape(ics['summary'])}"]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ical_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ical_escape(ics['description'])}")
    lines.append(f'ORGANIZER;CN="{organizer_name}":mailto:{organizer_addr}')
    for name, addr in ics.get("attendees", []):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{addr}")
    lines.append(f"STATUS:{ics.get('status', 'CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ical_fold(line)]
    return "\n".join(folded) + "\n"


# ------------------------------------------------------------------------------- messages

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


class Builder:
    def __init__(self, specs: list[dict]):
        self.specs = specs
        self.by_key: dict[str, dict] = {}
        for spec in specs:
            unknown = set(spec) - KEYS
            if unknown:
                raise ValueError(f"{spec.get('slug')}: unknown keys {unknown}")
            key = spec.get("key", spec["slug"])
            if key in self.by_key:
                raise ValueError(f"duplicate key {key}")
            self.by_key[key] = spec

    def message_id(self, key: str) -> str:
        spec = self.by_key[key]
        moment = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z").astimezone(UTC)
        digest = hashlib.sha1(f"187/{key}".encode()).hexdigest()[:16].upper()
        domain = spec.get("mid_domain") or domain_of(spec["frm"][1])
        return f"<{moment:%Y%m%d%H%M%S}.{digest}@{domain}>"

    def references(self, key: str) -> list[str]:
        parent = self.by_key[key].get("parent")
        if not parent:
            return []
        if parent not in self.by_key:
            raise ValueError(f"{key}: unknown parent {parent}")
        if self.stamp(parent) >= self.stamp(key):
            raise ValueError(f"{key}: written before its parent {parent}")
        return [*self.references(parent), self.message_id(parent)]

    def stamp(self, key: str) -> datetime:
        return datetime.strptime(self.by_key[key]["date"], "%Y-%m-%d %H:%M %z")

    def body(self, key: str, spec: dict) -> MIMEBase:
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte")
        counter = iter(range(1, 10))

        def boundary() -> str:
            digest = hashlib.sha1(f"{key}/{next(counter)}".encode()).hexdigest()[:20]
            return f"----=_Part187_{digest}"

        alternatives: list[MIMEBase] = []
        if spec.get("text") is not None:
            alternatives.append(text_part(spec["text"], "plain", charset, cte))
        if spec.get("html") is not None:
            alternatives.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                                          spec.get("html_cte", cte)))
        ics = spec.get("ics")
        mode = spec.get("ics_mode", "alt")
        if ics and mode in ("alt", "both"):
            alternatives.append(text_part(ics_text(ics, spec["date"]), "calendar", "utf-8",
                                          "7bit" if ics_text(ics, spec["date"]).isascii()
                                          else "quoted-printable", method=ics["method"]))
        if len(alternatives) == 1:
            main = alternatives[0]
        else:
            main = MIMEMultipart("alternative", boundary(), alternatives)
            del main["MIME-Version"]
        attachments: list[MIMEBase] = []
        if ics and mode in ("attach", "both"):
            cal = ics_text(ics, spec["date"])
            name = "invite.ics" if ics["method"] != "CANCEL" else "cancel.ics"
            part = text_part(cal, "calendar", "utf-8", "base64", method=ics["method"],
                             name=name)
            part.add_header("Content-Disposition", "attachment", filename=name)
            attachments.append(part)
        for att in spec.get("attachments", []):
            if att["type"] == "pdf":
                part = MIMEBase("application", "pdf", name=att["filename"])
                del part["MIME-Version"]
                part.set_payload(base64.encodebytes(pdf_bytes(att["title"], att["lines"]))
                                 .decode("ascii"))
                part["Content-Transfer-Encoding"] = "base64"
                part.add_header("Content-Disposition", "attachment", filename=att["filename"])
                attachments.append(part)
            else:
                raise ValueError(att["type"])
        if attachments:
            return MIMEMultipart("mixed", boundary(), [main, *attachments])
        main["MIME-Version"] = "1.0"
        return main

    def render(self, spec: dict) -> bytes:
        key = spec.get("key", spec["slug"])
        lines = [fold("Return-Path", f"<{spec['frm'][1]}>")]
        lines.append(f"From: {address(spec['frm'], spec.get('name_enc'))}")
        if spec.get("reply_to"):
            lines.append(f"Reply-To: {address(spec['reply_to'], spec.get('name_enc'))}")
        lines.append(f"To: {address_list(spec.get('to', []))}")
        if spec.get("cc"):
            lines.append(f"Cc: {address_list(spec['cc'])}")
        lines.append(unstructured("Subject", spec["subject"], spec.get("subj_enc")))
        lines.append(fold("Date", format_datetime(self.stamp(key))))
        lines.append(f"Message-ID: {self.message_id(key)}")
        refs = self.references(key)
        if refs:
            lines.append(f"In-Reply-To: {refs[-1]}")
            lines.append("References: " + "\n ".join(refs))
        for name, value in spec.get("headers", {}).items():
            lines.append(fold(name, value))
        root = self.body(key, spec)
        buffer = io.BytesIO()
        BytesGenerator(buffer, mangle_from_=False, maxheaderlen=0).flatten(root)
        head = "\n".join(lines).encode("ascii") + b"\n"
        return head + buffer.getvalue()


# ------------------------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n")


def check(raw: bytes, spec: dict, rel: str) -> None:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in message.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"{name} defects {value.defects}")
    if str(message["subject"]) != spec["subject"]:
        problems.append(f"subject {message['subject']!r} != {spec['subject']!r}")
    sender = message["from"].addresses[0]
    if sender.addr_spec != spec["frm"][1] or (spec["frm"][0] or "") != sender.display_name:
        problems.append(f"from {sender!r}")
    wanted = {"plain": spec.get("text"), "html": spec.get("html")}
    for subtype, text in wanted.items():
        found = [p for p in message.walk() if p.get_content_type() == f"text/{subtype}"]
        if text is None:
            if found:
                problems.append(f"unexpected text/{subtype}")
            continue
        if len(found) != 1 or _norm(found[0].get_content()) != _norm(text):
            problems.append(f"text/{subtype} does not round-trip")
    if spec.get("ics"):
        cals = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
        if not cals or f"METHOD:{spec['ics']['method']}" not in cals[0].get_content():
            problems.append("calendar part missing")
    for att in spec.get("attachments", []):
        pdfs = [p for p in message.walk() if p.get_filename() == att["filename"]]
        if not pdfs or not pdfs[0].get_content().startswith(b"%PDF-1.4"):
            problems.append(f"pdf {att['filename']} missing")
    if message["date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def main() -> None:
    specs = (msgs187_rejections.MESSAGES + msgs187_invites.MESSAGES + msgs187_acks.MESSAGES
             + msgs187_other.MESSAGES)
    builder = Builder(specs)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        kind = spec["kind"]
        if kind not in counters:
            raise ValueError(f"{spec['slug']}: unknown kind {kind}")
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        try:
            raw = builder.render(spec)
        except (ValueError, UnicodeError) as exc:
            raise SystemExit(f"{rel}: {exc}") from exc
        check(raw, spec, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages: " + ", ".join(f"{k} {v}" for k, v in counters.items()))


if __name__ == "__main__":
    main()
