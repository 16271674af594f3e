#!/usr/bin/env python3
"""Build corpus 274 (Niamh Delacroix-Murphy) from the hand-written specs in msgs274_*.py.

Run from the repository root:

    python tests/corpus_twohundredseventyfourth/make_twohundredseventyfourth.py

Standard library only. Deletes and rewrites only the *.eml files under this folder's kind
sub-folders and labels.csv; then re-parses every written message with the default policy and
checks that it has no defects and that subject, addresses and text bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import string
import sys
from collections import Counter
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs274_acks  # noqa: E402
import msgs274_invites  # noqa: E402
import msgs274_other  # noqa: E402
import msgs274_rejections  # noqa: E402
from msgs274_common import CAND  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["en", "fr", "de", "es"]
CTE = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit", "7bit": "7bit",
       "auto": "auto"}
SPECIALS = set('()<>[]:;@\\,."')
SAFE_Q = set(string.ascii_letters + string.digits + "!*+-/")
SERIAL = email.policy.compat32.clone(linesep="\n")


# --- headers -------------------------------------------------------------------------------

def _q(raw: bytes) -> str:
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch in SAFE_Q:
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str, limit: int = 62) -> list[str]:
    """RFC 2047 encoded words (Q or B), split on character boundaries."""
    def word(chunk: str) -> str:
        raw = chunk.encode(charset)
        body = _q(raw) if enc.lower() == "q" else base64.b64encode(raw).decode("ascii")
        return f"=?{charset}?{enc.upper()}?{body}?="

    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(word(chunk + ch)) > limit:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(word(chunk))
    return words


def fold(name: str, value: str) -> str:
    """Fold at existing spaces so lines stay near 78 characters."""
    line = name + ":"
    lines = []
    for token in value.split(" "):
        if len(line) + 1 + len(token) > 78 and line.strip() not in ("", name + ":"):
            lines.append(line)
            line = " " + token
        else:
            line += " " + token
    lines.append(line)
    return "\n".join(lines)


def fmt_addr(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc or not name.isascii():
        charset, how = enc or ("utf-8", "q")
        return " ".join(encoded_words(name, charset, how)) + f" <{addr}>"
    if any(ch in SPECIALS for ch in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


# --- bodies --------------------------------------------------------------------------------

def text_part(content: str, subtype: str, charset: str, cte: str,
              params: str = "") -> tuple[Message, str]:
    if not content.endswith("\n"):
        content += "\n"
    raw = content.encode(charset)
    cte = CTE[cte]
    if cte == "auto":
        cte = "7bit" if raw.isascii() else "quoted-printable"
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    part["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        if cte == "7bit" and not raw.isascii():
            raise ValueError("7bit body with non-ASCII text")
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    return part, content


def binary_part(data: bytes, ctype: str, filename: str) -> Message:
    part = Message()
    part["Content-Type"] = f'{ctype}; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    node = Message()
    node["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        node.attach(part)
    return node


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines in Helvetica."""
    def esc(s: str) -> str:
        out = []
        for byte in s.encode("cp1252", "replace"):
            ch = chr(byte)
            if ch in "()\\":
                out.append("\\" + ch)
            elif byte > 126:
                out.append(f"\\{byte:03o}")
            else:
                out.append(ch)
        return "".join(out)

    stream = "BT /F1 11 Tf 14 TL 60 790 Td\n" + "".join(
        f"({esc(line)}) Tj T*\n" for line in lines) + "ET\n"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii"))
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode("ascii"))
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode("ascii"))
    return out.getvalue()


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def ics(cal: dict, stamp: datetime, nl: str = "\n") -> str:
    """An iCalendar object; cal holds method, uid, start, end, tz, summary, organizer..."""
    def local(s: str) -> str:
        return datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    method = cal.get("method", "REQUEST")
    tz = cal.get("tz", "Europe/Dublin")
    org_name, org_addr = cal["organizer"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
             f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}",
             f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
             f"DTSTART;TZID={tz}:{local(cal['start'])}",
             f"DTEND;TZID={tz}:{local(cal['end'])}",
             f"SUMMARY:{_ics_text(cal['summary'])}"]
    if cal.get("location"):
        lines.append(f"LOCATION:{_ics_text(cal['location'])}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(cal['description'])}")
    lines.append(f"ORGANIZER;CN={org_name}:mailto:{org_addr}")
    for name, addr in cal.get("attendees", [CAND]):
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE:mailto:{addr}")
    lines.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return nl.join(folded) + nl


# --- one message ---------------------------------------------------------------------------

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def build(spec: dict, rel: str, msgid: str, parent: dict | None) -> tuple[bytes, list]:
    token = hashlib.sha1(rel.encode()).hexdigest()[:12]
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "auto")
    texts: list[tuple[str, str]] = []
    counter = iter(range(1, 10))

    def boundary() -> str:
        return f"=_b274_{token}_{next(counter)}"

    body_parts: list[Message] = []
    if spec.get("text") is not None:
        part, content = text_part(spec["text"], "plain", charset, cte)
        body_parts.append(part)
        texts.append(("plain", content))
    if spec.get("html") is not None:
        part, content = text_part(spec["html"], "html", spec.get("html_charset", charset),
                                  spec.get("html_cte", cte))
        body_parts.append(part)
        texts.append(("html", content))
    if spec.get("calendar"):
        cal = spec["calendar"]
        part, content = text_part(ics(cal, when), "calendar", "utf-8", "auto",
                                  f"; method={cal.get('method', 'REQUEST')}")
        body_parts.append(part)
        texts.append(("calendar", content))
    if not body_parts:
        raise ValueError(f"{rel}: no body")
    main = body_parts[0] if len(body_parts) == 1 else multipart(
        "alternative", body_parts, boundary())

    attachments = []
    for att in spec.get("attach", []):
        if att["type"] == "pdf":
            attachments.append(binary_part(pdf_bytes(att["lines"]), "application/pdf",
                                           att["filename"]))
        elif att["type"] == "ics":
            data = ics(att["cal"], when, nl="\r\n").encode("utf-8")
            attachments.append(binary_part(data, "application/ics", att["filename"]))
        else:
            raise ValueError(att["type"])
    tree = multipart("mixed", [main, *attachments], boundary()) if attachments else main

    name, addr = spec["frm"]
    head = [fold("From", fmt_addr(name, addr, spec.get("name_enc")))]
    head.append(fold("To", ", ".join(fmt_addr(n, a) for n, a in spec.get("to", [CAND]))))
    if spec.get("cc"):
        head.append(fold("Cc", ", ".join(fmt_addr(n, a) for n, a in spec["cc"])))
    if spec.get("reply_to"):
        head.append(fold("Reply-To", fmt_addr(*spec["reply_to"])))
    subject = spec["subject"]
    enc = spec.get("subj_enc") or (None if subject.isascii() else ("utf-8", "q"))
    head.append(fold("Subject", " ".join(encoded_words(subject, *enc)) if enc else subject))
    head.append(f"Date: {format_datetime(when)}")
    head.append(f"Message-ID: {msgid}")
    refs = list(spec.get("ext_refs", []))
    if parent is not None:
        refs = parent["_refs"] + [parent["_msgid"]] + refs
    if refs:
        head.append(f"In-Reply-To: {refs[-1]}")
        head.append(fold("References", " ".join(refs)))
    spec["_refs"] = refs
    for hname, hvalue in spec.get("headers", []):
        if not hvalue.isascii():
            raise ValueError(f"{rel}: non-ASCII {hname} header")
        head.append(fold(hname, hvalue))
    head.append("MIME-Version: 1.0")

    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=SERIAL).flatten(tree)
    data = ("\n".join(head) + "\n").encode("ascii") + buf.getvalue()
    return data, texts


def verify(data: bytes, spec: dict, texts: list[tuple[str, str]], rel: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for hname, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"{hname}: {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    sender = msg["From"].addresses[0]
    if (sender.display_name, sender.addr_spec) != tuple(spec["frm"]):
        problems.append(f"from {sender!r}")
    got = [(p.get_content_subtype(), p.get_content().replace("\r\n", "\n"))
           for p in msg.walk() if p.get_content_maintype() == "text"]
    if got != texts:
        problems.append("bodies do not round-trip")
    if msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    contact = spec.get("contact", "")
    if contact:
        heads = [a.addr_spec.lower() for h in ("From", "Reply-To")
                 for a in (msg[h].addresses if msg[h] else ())]
        if contact not in heads:
            problems.append(f"contact {contact} not in From/Reply-To")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def main() -> None:
    specs = (msgs274_rejections.MESSAGES + msgs274_invites.MESSAGES + msgs274_acks.MESSAGES
             + msgs274_other.MESSAGES)
    numbers: Counter[str] = Counter()
    by_id: dict[str, dict] = {}
    for spec in specs:
        kind = spec["kind"]
        if kind not in KINDS or spec["lang"] not in LANGS:
            raise SystemExit(f"bad kind/lang in {spec['name']}")
        numbers[kind] += 1
        spec["_rel"] = f"{kind}/{numbers[kind]:03d}_{spec['name']}.eml"
        when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
        token = hashlib.sha1(spec["_rel"].encode()).hexdigest()[:14]
        spec["_msgid"] = f"<{when:%Y%m%d%H%M%S}.{token}@{domain_of(spec['frm'][1])}>"
        if "id" in spec:
            if spec["id"] in by_id:
                raise SystemExit(f"duplicate id {spec['id']}")
            by_id[spec["id"]] = spec

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    done: set[str] = set()
    for spec in sorted(specs, key=lambda s: datetime.strptime(s["date"], "%Y-%m-%d %H:%M %z")):
        parent = by_id[spec["reply"]] if "reply" in spec else None
        if parent is not None and parent["_rel"] not in done:
            raise SystemExit(f"{spec['_rel']}: parent {spec['reply']} is not older")
        try:
            data, texts = build(spec, spec["_rel"], spec["_msgid"], parent)
        except (ValueError, UnicodeError) as error:
            raise SystemExit(f"{spec['_rel']}: {error}") from error
        verify(data, spec, texts, spec["_rel"])
        path = HERE / spec["_rel"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        done.add(spec["_rel"])
    for spec in specs:
        rows.append([spec["_rel"], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"{len(specs)} messages")
    print("| kind | " + " | ".join(LANGS) + " | total |")
    print("|---|" + "---|" * (len(LANGS) + 1))
    for kind in KINDS:
        cells = [table[(kind, lang)] for lang in LANGS]
        print(f"| {kind} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print("| total | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")


if __name__ == "__main__":
    main()
