#!/usr/bin/env python3
"""Build the hundred-and-thirty-first labelled corpus from the hand-written specs.

Reads the message specs of msgs131_rejections.py, msgs131_invites.py, msgs131_acks.py and
msgs131_other.py, turns each into MIME with the standard `email` package and writes
<kind>/<nnn>_<scenario>.eml plus labels.csv next to this file. It writes and deletes files only
inside its own folder. Standard library only; run it with `python make_hundredthirtyfirst.py`.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from collections import Counter
from datetime import datetime
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs131_acks  # noqa: E402
import msgs131_invites  # noqa: E402
import msgs131_other  # noqa: E402
import msgs131_rejections  # noqa: E402
from msgs131_common import CANDIDATE, ME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SA|S\.A\.|SAS|SARL|Ltd|Limited|Inc|LLC|S\.L\.|plc|LLP|e\.V\.|ASBL)\.?$")
NOT_HUMAN = re.compile(r"no-?reply|do-?not-?reply|ne-pas-repondre|notification|mailer|alert|"
                       r"newsletter|bounce|no-responder", re.IGNORECASE)


def fitting(text: str, charset: str) -> str:
    """`charset` when it can carry `text`, else UTF-8 (as a mail client falls back)."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def address(pair: tuple[str, str] | str, charset: str) -> str:
    """One address, its display name RFC 2047-encoded in `charset` when it is not ASCII."""
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=fitting(name, charset))


def encoded(text: str, charset: str, name: str) -> str:
    """A header value, RFC 2047-encoded in `charset` when it is not ASCII."""
    if text.isascii():
        return text
    return Header(text, fitting(text, charset), header_name=name).encode(maxlinelen=76)


def make_pdf(lines: list[str]) -> bytes:
    """A small but valid one-page PDF showing `lines` (Helvetica, WinAnsi)."""
    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "15 TL", "60 780 Td"]
    ops += [f"({esc(line)}) Tj T*" for line in lines]
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
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_ics(cal: dict) -> str:
    """An iCalendar object for an invitation, an update (SEQUENCE) or a cancellation."""
    method = cal["method"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"ORGANIZER;CN=\"{cal['organizer'][0]}\":mailto:{cal['organizer'][1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{ME[0]}\":mailto:{CANDIDATE}",
    ]
    for extra in cal.get("attendees", []):
        lines.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"{extra[0]}\":mailto:{extra[1]}")
    description = cal.get("description", "").replace("\\", "\\\\").replace(",", "\\,").replace("\n", "\\n")
    lines += [
        f"DESCRIPTION:{description}",
        f"UID:{cal['uid']}",
        f"SUMMARY:{cal['summary']}",
        f"DTSTART:{cal['start']}",
        f"DTEND:{cal['end']}",
        f"DTSTAMP:{cal['stamp']}",
        f"LOCATION:{cal.get('location', '')}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
    ]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:  # RFC 5545 folding at 75 octets
        while len(line.encode("utf-8")) > 75:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def text_args(spec: dict, body: str, prefix: str = "") -> dict:
    """charset and transfer encoding of one text part (prefix 'html_' for the HTML part)."""
    charset = spec.get(prefix + "charset", spec.get("charset", "utf-8"))
    cte = spec.get(prefix + "cte", spec.get("cte"))
    body.encode(charset)  # fail loudly when a text does not fit its declared charset
    if cte is None:
        cte = "7bit" if body.isascii() else "quoted-printable"
    if cte == "7bit" and not body.isascii():
        cte = "quoted-printable"
    return {"charset": charset, "cte": cte}


def build(spec: dict) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    hcs = spec.get("hcharset", "utf-8")
    msg.set_raw("From", address(spec["frm"], hcs))
    if spec.get("reply_to"):
        msg.set_raw("Reply-To", address(spec["reply_to"], hcs))
    msg.set_raw("To", ", ".join(address(a, hcs) for a in spec.get("to", [ME])))
    if spec.get("cc"):
        msg.set_raw("Cc", ", ".join(address(a, hcs) for a in spec["cc"]))
    msg.set_raw("Subject", encoded(spec["subject"], hcs, "Subject"))
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    msg.set_raw("Date", format_datetime(when))
    msg.set_raw("Message-ID", spec["msgid"])
    if spec.get("in_reply_to"):
        msg.set_raw("In-Reply-To", spec["in_reply_to"])
        refs = spec.get("references") or [spec["in_reply_to"]]
        msg.set_raw("References", "\n ".join(refs))
    for name, value in spec.get("headers", {}).items():
        msg.set_raw(name, value)

    structure = spec["structure"]
    text, html = spec.get("text"), spec.get("html")
    if structure == "html":
        msg.set_content(html, subtype="html", **text_args(spec, html, "html_"))
    else:
        msg.set_content(text, **text_args(spec, text))
        if html and structure in ("alt", "mixed", "cal"):
            msg.add_alternative(html, subtype="html", **text_args(spec, html, "html_"))
    if structure == "cal":
        cal = spec["calendar"]
        ics = make_ics(cal)
        msg.add_alternative(ics, subtype="calendar", charset="utf-8",
                            cte=cal.get("cte", "7bit" if ics.isascii() else "quoted-printable"),
                            params={"method": cal["method"]})
        if cal.get("attach"):
            msg.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                               filename=cal.get("filename", "invite.ics"))
    for attachment in spec.get("attachments", []):
        msg.add_attachment(make_pdf(attachment["lines"]), maintype="application", subtype="pdf",
                           filename=attachment["filename"])
    seed = hashlib.sha1(spec["name"].encode()).hexdigest()
    for depth, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{depth}_{seed[:20]}")  # reproducible output
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    return msg


def default_msgid(spec: dict) -> str:
    addr = spec["frm"][1] if isinstance(spec["frm"], tuple) else spec["frm"]
    host = spec.get("mid_host", addr.split("@")[1])
    digest = hashlib.sha1((spec["name"] + spec["date"]).encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{host}>"


def check(spec: dict) -> None:
    where = spec["name"]
    assert spec["kind"] in KINDS, where
    assert spec["lang"] in LANGS, where
    assert spec["structure"] in ("plain", "html", "alt", "mixed", "cal"), where
    company, contact = spec["company"], spec["contact"]
    if spec["kind"] == "other":
        assert company == "", where
    else:
        assert company and company == company.strip() and not LEGAL_FORM.search(company), where
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE, where
        assert not NOT_HUMAN.search(contact), where
        heads = [spec["frm"], spec.get("reply_to")]
        assert contact in [h[1].lower() for h in heads if isinstance(h, tuple)], where
    if isinstance(spec["frm"], tuple) and spec["frm"][1] == CANDIDATE:
        assert spec["kind"] == "other" and not contact, where


def main() -> None:
    specs = (msgs131_rejections.MESSAGES + msgs131_invites.MESSAGES + msgs131_acks.MESSAGES
             + msgs131_other.MESSAGES)
    for kind in KINDS:  # start from a clean slate, inside this folder only
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    numbers: Counter[str] = Counter()
    rows, seen_ids = [], set()
    stats: dict[str, Counter] = {k: Counter() for k in ("kind", "lang", "structure", "charset", "cte", "top")}
    for spec in specs:
        check(spec)
        spec.setdefault("msgid", default_msgid(spec))
        assert spec["msgid"] not in seen_ids, spec["name"]
        seen_ids.add(spec["msgid"])
        numbers[spec["kind"]] += 1
        rel = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['name']}.eml"
        msg = build(spec)
        buffer = BytesIO()
        BytesGenerator(buffer, policy=POLICY).flatten(msg)
        (HERE / rel).write_bytes(buffer.getvalue())
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        stats["kind"][spec["kind"]] += 1
        stats["lang"][spec["lang"]] += 1
        stats["structure"][spec["structure"]] += 1
        stats["top"][msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                stats["charset"][part.get_content_charset()] += 1
                stats["cte"][part.get("Content-Transfer-Encoding", "7bit")] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    for name, counter in stats.items():
        print(name, dict(counter.most_common()))


if __name__ == "__main__":
    main()
