"""Turn the hand-written message specs of the hundred-and-fifth corpus into .eml files.

Run from anywhere:  python tests/corpus_hundredfifth/make_hundredfifth.py

It reads msgs105_rejections.py, msgs105_invites.py, msgs105_acks.py and msgs105_other.py (lists
named MESSAGES), builds every message with the standard `email` package, writes
<kind>/<nnn>_<scenario>.eml and labels.csv next to this file, and deletes nothing outside its own
folder (only the .eml files of its kind folders and labels.csv are replaced).

A spec is a dict with these keys (only the first ten are required):
    kind, scenario, company, contact, lang       the labels
    frm        (display name, address)
    subject, date ("2026-03-04 09:12 +0100")
    text and/or html                              the bodies (one of the two at least)
    reply_to   (display name, address)
    to, cc     lists of (display name, address); to defaults to the candidate
    charset    utf-8 | iso-8859-1 | windows-1252 (bodies), default utf-8
    cte        qp | 8bit | b64, default qp
    header_charset  charset of RFC 2047 words in Subject and display names, default utf-8
    msgid, in_reply_to, references                 threading; a reply subject gets a parent
    headers    list of (name, value) added as written (List-Id, Auto-Submitted ...)
    attachments  list of {"filename", "lines"}: small PDF documents
    ics        {"method", "uid", "seq", "start", "end", "summary", "location", "organizer"}
    ics_file   True to attach the calendar object as invite.ics as well
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import importlib.util
import sys
from collections import Counter
from datetime import UTC, datetime
from email import base64mime, quoprimime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ["msgs105_rejections", "msgs105_invites", "msgs105_acks", "msgs105_other"]
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
POLICY = email.policy.default
CTE = {"qp": "quoted-printable", "8bit": "8bit", "b64": "base64"}
REPLY_PREFIXES = ("re:", "aw:", "rv:", "réf:", "sv:", "wg:")


def load_specs() -> list[dict]:
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    specs: list[dict] = []
    for name in MODULES:
        loader = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
        assert loader and loader.loader
        module = importlib.util.module_from_spec(loader)
        loader.loader.exec_module(module)
        specs.extend(module.MESSAGES)
    return specs


def header_words(text: str, charset: str, first: int = 75) -> str:
    """text as is when it is plain ASCII, else RFC 2047 encoded words in charset: Q for the
    8-bit charsets, B for UTF-8, each word at most 75 characters (the first at most `first`, so
    that no line needs refolding), spaces kept inside words."""
    if text.isascii():
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:  # as mail programs do: fall back to UTF-8 for this header
        charset = "utf-8"
    encode = base64mime.header_encode if charset == "utf-8" else quoprimime.header_encode
    words, current = [], ""
    for char in text:
        limit = first if not words else 75
        if current and len(encode((current + char).encode(charset), charset)) > limit:
            words.append(encode(current.encode(charset), charset))
            current = char
        else:
            current += char
    words.append(encode(current.encode(charset), charset))
    return "\n ".join(words)


ATEXT = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")


def address(pair: tuple[str, str], charset: str, first: int = 70) -> str:
    """A display name and address as mail programs write it: a UTF-8 name as one encoded word
    when it fits, otherwise ASCII words left as they are and each run of words that needs
    encoding turned into one encoded word, folded at spaces."""
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    whole = header_words(name, charset)
    if charset == "utf-8" and "\n" not in whole:
        glue = "\n " if len(whole) + len(addr) + 3 > first else " "
        return f"{whole}{glue}<{addr}>"
    tokens: list[str] = []
    run: list[str] = []
    for word in name.split(" "):
        if set(word) <= ATEXT:
            if run:
                tokens.append(header_words(" ".join(run), charset))
                run = []
            tokens.append(word)
        else:
            run.append(word)
    if run:
        tokens.append(header_words(" ".join(run), charset))
    tokens.append(f"<{addr}>")
    lines, line = [], ""
    for token in tokens:
        limit = first if not lines else 76
        if line and len(line) + 1 + len(token) > limit:
            lines.append(line)
            line = token
        else:
            line = f"{line} {token}" if line else token
    lines.append(line)
    return "\n ".join(lines)


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF showing lines in Helvetica (WinAnsi), small but valid."""
    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    rows = ["BT /F1 11 Tf 56 780 Td 14 TL"]
    rows += [f"({esc(line)}) '" for line in lines]
    rows.append("ET")
    stream = "\n".join(rows).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_ics(ics: dict, stamp: datetime) -> str:
    organizer_name, organizer_addr = ics["organizer"]
    status = "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + ics.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VTIMEZONE",
        "TZID:" + ics.get("tzid", "Europe/Brussels"),
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        "DTSTAMP:" + stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
        f"DTSTART;TZID={ics.get('tzid', 'Europe/Brussels')}:{ics['start']}",
        f"DTEND;TZID={ics.get('tzid', 'Europe/Brussels')}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN=\"{organizer_name}\":mailto:{organizer_addr}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=\"Mathilde Okonkwo-Lefebvre\":mailto:mathilde.ol@example.be",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return "\n".join(folded) + "\n"


def structure_of(spec: dict) -> str:
    if spec.get("ics"):
        return "calendar"
    if spec.get("attachments"):
        return "mixed"
    if spec.get("text") and spec.get("html"):
        return "alternative"
    if spec.get("html"):
        return "html"
    return "plain"


def build(spec: dict, index: int) -> EmailMessage:
    charset = spec.get("charset", "utf-8")
    hcs = spec.get("header_charset", charset)
    cte = CTE[spec.get("cte", "qp")]
    date = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    domain = spec["frm"][1].rsplit("@", 1)[1]
    digest = hashlib.sha1(f"105-{index}-{spec['scenario']}".encode()).hexdigest()
    msgid = spec.get("msgid") or f"<{date.strftime('%Y%m%d%H%M')}.{digest[:12]}@{domain}>"

    msg = EmailMessage(policy=POLICY)
    msg.set_raw("From", address(spec["frm"], hcs, 78 - len("From: ")))
    if spec.get("reply_to"):
        msg.set_raw("Reply-To", address(spec["reply_to"], hcs, 78 - len("Reply-To: ")))
    to = spec.get("to") or [("Mathilde Okonkwo-Lefebvre", "mathilde.ol@example.be")]
    msg.set_raw("To", ",\n ".join(address(pair, hcs) for pair in to))
    if spec.get("cc"):
        msg.set_raw("Cc", ",\n ".join(address(pair, hcs) for pair in spec["cc"]))
    msg.set_raw("Subject", header_words(spec["subject"], hcs, 78 - len("Subject: ")))
    msg.set_raw("Date", format_datetime(date))
    msg.set_raw("Message-ID", msgid)
    parent = spec.get("in_reply_to")
    if not parent and spec["subject"].lower().startswith(REPLY_PREFIXES):
        parent = f"<CAE{digest[12:30]}@mail.example.be>"
    if parent:
        references = spec.get("references") or [parent]
        msg.set_raw("In-Reply-To", parent)
        msg.set_raw("References", "\n ".join(references))
    for name, value in spec.get("headers", []):
        msg.set_raw(name, value)

    text, html = spec.get("text"), spec.get("html")
    for body in (text, html):
        if body:
            body.encode(charset)  # every character must exist in the declared charset
    if text:
        msg.set_content(text, subtype="plain", charset=charset, cte=cte)
        if html:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    if spec.get("ics"):
        ics = make_ics(spec["ics"], date)
        msg.add_alternative(ics, subtype="calendar", charset="utf-8",
                            cte="7bit" if ics.isascii() else "quoted-printable",
                            params={"method": spec["ics"]["method"]})
        if spec.get("ics_file"):
            msg.add_attachment(ics.encode(), maintype="application", subtype="ics",
                               filename="invite.ics")
    for attachment in spec.get("attachments", []):
        msg.add_attachment(make_pdf(attachment["lines"]), maintype="application",
                           subtype="pdf", filename=attachment["filename"])
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_105_{index:03d}_{number}_{digest[:8]}")
    return msg


def check(raw: bytes, spec: dict) -> None:
    """The written bytes parse back without defects and give the spec's text back."""
    parsed = email.message_from_bytes(raw, policy=POLICY)
    for part in parsed.walk():
        assert not part.defects, (spec["scenario"], part.defects)
    texts = {part.get_content_type(): part.get_content() for part in parsed.walk()
             if part.get_content_type() in ("text/plain", "text/html")}
    for key, subtype in (("text", "text/plain"), ("html", "text/html")):
        if spec.get(key):
            assert texts[subtype].strip() == spec[key].strip(), spec["scenario"]
    assert str(parsed["Subject"]) == spec["subject"], (parsed["Subject"], spec["subject"])
    sender = parsed["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == spec["frm"], (sender, spec["frm"])
    if spec.get("reply_to"):
        reply = parsed["Reply-To"].addresses[0]
        assert (reply.display_name, reply.addr_spec) == spec["reply_to"], (reply, spec["reply_to"])


def main() -> None:
    specs = load_specs()
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows, ids = [], set()
    structures: Counter[str] = Counter()
    for index, spec in enumerate(specs, 1):
        assert spec["kind"] in KINDS, spec["scenario"]
        assert spec["lang"] in ("fr", "en", "es", "de"), spec["scenario"]
        assert spec["contact"] == spec["contact"].lower(), spec["scenario"]
        assert bool(spec["company"]) == (spec["kind"] != "other"), spec["scenario"]
        msg = build(spec, index)
        raw = msg.as_bytes(policy=POLICY)
        check(raw, spec)
        assert msg["Message-ID"] not in ids, spec["scenario"]
        ids.add(msg["Message-ID"])
        rel = f"{spec['kind']}/{index:03d}_{spec['scenario']}.eml"
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        structures[structure_of(spec)] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    kinds = Counter(row[1] for row in rows)
    languages = Counter(row[4] for row in rows)
    print(f"{len(rows)} messages")
    print("kinds:", dict(kinds))
    print("languages:", dict(languages))
    print("structures:", dict(structures))
    print("charsets:", dict(Counter(s.get("charset", "utf-8") for s in specs)))
    print("encodings:", dict(Counter(s.get("cte", "qp") for s in specs)))
    print("with contact:", sum(1 for row in rows if row[3]))
    print("replies:", sum(1 for s in specs if s.get("in_reply_to")
                          or s["subject"].lower().startswith(REPLY_PREFIXES)))


if __name__ == "__main__":
    main()
