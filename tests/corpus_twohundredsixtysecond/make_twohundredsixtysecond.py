#!/usr/bin/env python3
"""Build corpus 262 (blind, hand-written) from the message specs in the msgs262_* modules.

Run from the repository root:

    python tests/corpus_twohundredsixtysecond/make_twohundredsixtysecond.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv in this folder,
then re-parses every written message with the default policy and checks that it has no
defects and that its subject, sender name and bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
import textwrap
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs262_acks  # noqa: E402
import msgs262_common as common  # noqa: E402
import msgs262_invites  # noqa: E402
import msgs262_other  # noqa: E402
import msgs262_rejections  # noqa: E402

GROUPS: list[tuple[str, list[dict]]] = [
    ("rejection", msgs262_rejections.REJECTIONS),
    ("interview_invitation", msgs262_invites.INVITATIONS),
    ("interview_reschedule_or_cancel", msgs262_invites.RESCHEDULES),
    ("missed_interview_notice", msgs262_invites.MISSED),
    ("application_received", msgs262_acks.RECEIVED),
    ("offer", msgs262_acks.OFFERS),
    ("other", msgs262_other.OTHER),
]

EXPECTED = {
    "rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52,
}

COMPACT = email.policy.compat32.clone(linesep="\n", max_line_length=0)


# --------------------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """RFC 2047 encoded words (each at most 75 characters) that decode to text."""
    prefix = f"=?{charset}?{mode}?"

    def enc(chunk: str) -> str:
        raw = chunk.encode(charset)
        if mode == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for byte in raw:
            char = chr(byte)
            if char == " ":
                out.append("_")
            elif char.isascii() and (char.isalnum() or char in "-!*+/"):
                out.append(char)
            else:
                out.append(f"={byte:02X}")
        return "".join(out)

    words: list[str] = []
    chunk = ""
    for char in text:
        if chunk and len(prefix) + len(enc(chunk + char)) + 2 > 75:
            words.append(prefix + enc(chunk) + "?=")
            chunk = char
        else:
            chunk += char
    if chunk:
        words.append(prefix + enc(chunk) + "?=")
    return words


def fold(name: str, value: str) -> str:
    """A header line folded at spaces so that lines stay within 78 characters."""
    line = f"{name}: "
    out: list[str] = []
    for word in value.split(" "):
        if len(line) + len(word) > 78 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def unstructured(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold(name, value)
    charset, mode = enc or ("utf-8", "Q")
    return f"{name}: " + "\n ".join(encoded_words(value, charset, mode))


def mailbox(person: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = person
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    charset, mode = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, mode)) + f" <{addr}>"


def address_header(name: str, people: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> str:
    return f"{name}: " + ",\n ".join(mailbox(p, enc) for p in people)


# --------------------------------------------------------------------------- parts

def strip_version(part: Message) -> Message:
    del part["MIME-Version"]
    return part


def text_part(body: str, subtype: str, charset: str, cte: str | None) -> Message:
    part = strip_version(MIMENonMultipart("text", subtype, charset=charset))
    raw = body.encode(charset)
    if cte is None:
        cte = "7bit" if body.isascii() else "8bit"
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def binary_part(data: bytes, maintype: str, subtype: str, filename: str,
                inline: bool = False) -> Message:
    part = strip_version(MIMEBase(maintype, subtype, name=filename))
    part["Content-Transfer-Encoding"] = "base64"
    part.add_header("Content-Disposition", "inline" if inline else "attachment",
                    filename=filename)
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF 1.4 with Helvetica text (WinAnsi), valid xref table."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    wrapped: list[str] = []
    for line in lines:
        wrapped += textwrap.wrap(line, 92) or [""]
    ops = ["BT", "/F1 15 Tf", "60 780 Td", f"({esc(title)}) Tj", "/F1 10 Tf", "0 -26 Td"]
    for line in wrapped:
        ops += [f"({esc(line)}) Tj", "0 -14 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    info = f"<< /Title ({esc(title)}) /Producer (corpus262 generator) >>".encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        info,
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def parse_when(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, current = [], ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return [out[0]] + [" " + rest for rest in out[1:]]


def make_ics(event: dict, stamp: datetime) -> str:
    def utc(value: str) -> str:
        return parse_when(value).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    method = event["method"]
    org_name, org_addr = event["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{event.get('prodid', '-//Corpus262//Calendar 1.0//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{event['uid']}",
        f"SEQUENCE:{event.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{utc(event['start'])}",
        f"DTEND:{utc(event['end'])}",
        f"SUMMARY:{ics_text(event['summary'])}",
    ]
    if event.get("location"):
        lines.append(f"LOCATION:{ics_text(event['location'])}")
    if event.get("description"):
        lines.append(f"DESCRIPTION:{ics_text(event['description'])}")
    lines += [
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{common.CAND_NAME}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{common.CAND_ADDR}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- messages

def html_of(spec: dict) -> str | None:
    if spec.get("html"):
        return spec["html"]
    shell = spec.get("shell")
    if not shell:
        return None
    body = common.paras(spec["text"])
    if shell[0] == "ats":
        return common.ats_card(shell[1], shell[2], body, shell[3] if len(shell) > 3 else "")
    if shell[0] == "outlook":
        return common.outlook_html(body)
    if shell[0] == "simple":
        return common.simple_html(body)
    raise ValueError(f"unknown shell {shell!r}")


def expected_texts(spec: dict) -> list[tuple[str, str]]:
    out = []
    html = html_of(spec)
    if spec.get("text") and not spec.get("html_only"):
        out.append(("plain", spec["text"]))
    if html:
        out.append(("html", html))
    return out


def boundary(kind: str, tag: str) -> str:
    """A deterministic boundary (RFC 2046: at most 70 characters) derived from the file name."""
    return f"=_{kind}_{hashlib.sha1(tag.encode()).hexdigest()[:20]}"


def build_body(spec: dict, tag: str) -> Message:
    charset = spec.get("charset", "utf-8")
    html = html_of(spec)
    parts: list[Message] = []
    if spec.get("text") and not spec.get("html_only"):
        parts.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
    if html:
        parts.append(text_part(html, "html", spec.get("html_charset", charset),
                               spec.get("html_cte", spec.get("cte"))))
    ics = spec.get("ics")
    if ics:
        cal = strip_version(MIMENonMultipart("text", "calendar", charset="utf-8",
                                             method=ics["method"]))
        cal["Content-Transfer-Encoding"] = ics.get("cte", "base64")
        body = make_ics(ics, parse_when(spec["date"]))
        raw = body.encode("utf-8")
        if cal["Content-Transfer-Encoding"] == "base64":
            cal.set_payload(base64.encodebytes(raw).decode("ascii"))
        else:
            cal.set_payload(raw.decode("ascii", "surrogateescape"))
        parts.append(cal)
    if len(parts) == 1:
        core = parts[0]
    else:
        core = strip_version(MIMEMultipart("alternative", boundary=boundary("alt", tag)))
        for part in parts:
            core.attach(part)
    attachments: list[Message] = []
    if ics and ics.get("file"):
        attachments.append(binary_part(make_ics(ics, parse_when(spec["date"])).encode(),
                                       "application", "ics", ics["file"]))
    for pdf in spec.get("pdfs", []):
        attachments.append(binary_part(make_pdf(pdf["title"], pdf["lines"]),
                                       "application", "pdf", pdf["filename"]))
    inner = spec.get("fwd_msg")
    if inner:
        # An attached message/rfc822 part must be 7bit: its body goes quoted-printable.
        inner = {"cte": "quoted-printable", **inner}
        attached = strip_version(MIMEBase("message", "rfc822"))
        attached.add_header("Content-Disposition", "attachment",
                            filename=inner.get("fwd_name", "forwarded.eml"))
        raw_inner = render(inner, f"{tag}_fwd", {})
        attached.set_payload(raw_inner.decode("ascii", "surrogateescape"))
        attachments.append(attached)
    if not attachments:
        return core
    mixed = MIMEMultipart("mixed", boundary=boundary("mix", tag))
    mixed.attach(core)
    for part in attachments:
        mixed.attach(part)
    return mixed


def message_id(spec: dict, seed: str) -> str:
    domain = spec["frm"][1].split("@", 1)[1]
    digest = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{digest[:8]}.{digest[8:20]}@{domain}>"


def render(spec: dict, tag: str, ids: dict[str, tuple[str, list[str]]]) -> bytes:
    when = parse_when(spec["date"])
    lines = [address_header("From", [spec["frm"]], spec.get("frm_enc"))]
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], spec.get("reply_enc")))
    lines.append(address_header("To", spec.get("to", [common.CAND]), spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], spec.get("cc_enc")))
    lines.append(unstructured("Subject", spec["subject"], spec.get("subj_enc")))
    lines.append(f"Date: {format_datetime(when)}")
    own_id = spec.get("message_id") or message_id(spec, tag)
    lines.append(f"Message-ID: {own_id}")
    parent = spec.get("parent")
    if parent:
        parent_id, parent_refs = ids[parent]
        lines.append(f"In-Reply-To: {parent_id}")
        lines.append(fold("References", " ".join([*parent_refs, parent_id])))
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value))
    lines.append("MIME-Version: 1.0")
    body = build_body(spec, tag)
    del body["MIME-Version"]
    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=COMPACT).flatten(body)
    return ("\n".join(lines) + "\n").encode("ascii") + buffer.getvalue()


def external_id(key: str) -> str:
    digest = hashlib.sha1(key.encode()).hexdigest()
    return f"<CAF{digest[:24].upper()}@mail.gmail.example.mx>"


def assign_ids(specs: list[tuple[str, dict]]) -> dict[str, tuple[str, list[str]]]:
    """Message-ID and References chain of every keyed message (and of external parents)."""
    ids: dict[str, tuple[str, list[str]]] = {}
    by_key = {spec["key"]: (tag, spec) for tag, spec in specs if spec.get("key")}

    def resolve(key: str) -> tuple[str, list[str]]:
        if key in ids:
            return ids[key]
        if key in by_key:
            tag, spec = by_key[key]
            own = spec.get("message_id") or message_id(spec, tag)
            refs: list[str] = []
            if spec.get("parent"):
                pid, prefs = resolve(spec["parent"])
                refs = [*prefs, pid]
        else:
            own, refs = external_id(key), []
        ids[key] = (own, refs)
        return ids[key]

    for _, spec in specs:
        for key in (spec.get("key"), spec.get("parent")):
            if key:
                resolve(key)
    return ids


# --------------------------------------------------------------------------- checks

def verify(raw: bytes, spec: dict, where: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    sender = msg["From"].addresses[0]
    if sender.addr_spec.lower() != spec["frm"][1].lower() or \
            sender.display_name != spec["frm"][0]:
        problems.append(f"from {sender!r}")
    if parse_when(spec["date"]).year != 2026 or msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    found = [(part.get_content_subtype(), part.get_content()) for part in msg.walk()
             if part.get_content_maintype() == "text"]
    for subtype, body in expected_texts(spec):
        if not any(s == subtype and b.rstrip("\n") == body.rstrip("\n") for s, b in found):
            problems.append(f"{subtype} body does not round-trip")
    if spec.get("ics") and not any(s == "calendar" for s, _ in found):
        problems.append("calendar part missing")
    pdfs = [part for part in msg.walk() if part.get_content_type() == "application/pdf"]
    if len(pdfs) != len(spec.get("pdfs", [])):
        problems.append("pdf count")
    for part in pdfs:
        data = part.get_content()
        if not (data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")):
            problems.append("pdf bytes")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


def main() -> None:
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    tagged: list[tuple[str, dict]] = []
    rows: list[list[str]] = []
    for kind, specs in GROUPS:
        if len(specs) != EXPECTED[kind]:
            raise SystemExit(f"{kind}: {len(specs)} specs, expected {EXPECTED[kind]}")
        for number, spec in enumerate(specs, 1):
            rel = f"{kind}/{number:03d}_{spec['name']}.eml"
            spec["_file"] = rel
            tagged.append((rel, spec))
    ids = assign_ids(tagged)
    seen_ids: set[str] = set()
    for rel, spec in tagged:
        kind = rel.split("/")[0]
        if spec["kind"] != kind:
            raise SystemExit(f"{rel}: spec kind {spec['kind']}")
        raw = render(spec, rel, ids)
        verify(raw, spec, rel)
        own = (spec.get("message_id") or message_id(spec, rel))
        if own in seen_ids:
            raise SystemExit(f"{rel}: duplicate Message-ID")
        seen_ids.add(own)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", "").lower(),
                     spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages and labels.csv")


if __name__ == "__main__":
    main()
