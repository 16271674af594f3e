"""Turn the hand-written specs of the ninety-sixth corpus into .eml files and labels.csv.

Run from anywhere:  python tests/corpus_ninetysixth/make_ninetysixth.py
It deletes and rewrites only <kind>/*.eml and labels.csv inside its own folder, using nothing but
the standard `email` package. The MIME is built with the compat32 classes so that each message
keeps the charset and transfer encoding its spec asks for.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter
from datetime import datetime
from email import message_from_bytes
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # write nothing but .eml files and labels.csv
sys.path.insert(0, str(HERE))

import msgs96_acks  # noqa: E402
import msgs96_invites  # noqa: E402
import msgs96_other  # noqa: E402
import msgs96_rejections  # noqa: E402
from msgs96_common import CANDIDATE, ME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
ENCODINGS = {"qp": QP, "base64": BASE64, "8bit": None, "7bit": None}


def all_specs() -> list[dict]:
    return [*msgs96_rejections.SPECS, *msgs96_invites.SPECS, *msgs96_acks.SPECS, *msgs96_other.SPECS]


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    """A text part in exactly this charset and transfer encoding."""
    if cte == "7bit":
        text.encode("ascii")  # a 7bit part must be plain ASCII
    text.encode(charset)  # fail loudly on a character the charset lacks
    cs = Charset(charset)
    cs.body_encoding = ENCODINGS[cte]
    return MIMEText(text, subtype, cs)


def header_text(value: str, charset: str) -> str | Header:
    """A header value: as is when ASCII, RFC 2047 encoded otherwise."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset)


def address(pair: tuple[str, str], charset: str) -> str:
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, addr), charset=charset)


def pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing these lines in Helvetica."""
    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = ["BT", "/F1 11 Tf", "15 TL", "56 780 Td"]
    body += [f"({esc(line)}) Tj T*" for line in lines]
    body.append("ET")
    stream = "\n".join(body).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def ics(cal: dict, stamp: datetime) -> str:
    """A VCALENDAR with one VEVENT, as a calendar program writes it."""
    tzid = cal.get("tzid", "Europe/London")
    org_name, org_addr = cal["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Google Inc//Google Calendar 70.9054//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tzid}:{cal['start']}",
        f"DTEND;TZID={tzid}:{cal['end']}",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"UID:{cal['uid']}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME[0]}:mailto:{CANDIDATE}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={org_name}:mailto:{org_addr}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"STATUS:{cal.get('status', 'CONFIRMED')}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"DESCRIPTION:{cal.get('description', '')}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


def body(spec: dict, stamp: datetime) -> Message:
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "qp")
    parts = []
    if "text" in spec:
        parts.append(text_part(spec["text"], "plain", cs, cte))
    if "html" in spec:
        parts.append(text_part(spec["html"], "html", cs, spec.get("html_cte", cte)))
    if "cal" in spec:
        ics_text = ics(spec["cal"], stamp)
        cal = text_part(ics_text, "calendar", "utf-8", "7bit" if ics_text.isascii() else "qp")
        cal.set_param("method", spec["cal"]["method"])
        parts.append(cal)
    main = parts[0] if len(parts) == 1 else MIMEMultipart("alternative", _subparts=parts)
    extras = []
    if spec.get("ics_file"):
        extra = MIMEApplication(ics(spec["cal"], stamp).encode("utf-8"), "ics", name="invite.ics")
        extra.add_header("Content-Disposition", "attachment", filename="invite.ics")
        extras.append(extra)
    for name, lines in spec.get("att", []):
        extra = MIMEApplication(pdf(lines), "pdf")
        try:
            name.encode("ascii")
            extra.add_header("Content-Disposition", "attachment", filename=name)
        except UnicodeEncodeError:
            extra.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        extras.append(extra)
    if extras:
        return MIMEMultipart("mixed", _subparts=[main, *extras])
    return main


def finish_parts(message: Message, seed: str) -> None:
    """Drop MIME-Version from inner parts and give each multipart a fixed boundary in a style
    that depends on the message, so that the output is the same on every run."""
    for number, part in enumerate(message.walk()):
        if part is not message:
            del part["MIME-Version"]
        if part.is_multipart():
            digest = hashlib.sha1(f"{seed}/{number}".encode()).hexdigest()
            style = int(digest[0], 16) % 3
            if style == 0:
                boundary = "000000000000" + digest[:16]
            elif style == 1:
                boundary = f"----=_Part_{int(digest[:6], 16)}_{int(digest[6:14], 16)}.{digest[14:27]}"
            else:
                boundary = f"_{number:03d}_{digest[:30].upper()}_"
            part.set_boundary(boundary)


def build(spec: dict) -> bytes:
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    hcs = spec.get("hcs", "utf-8")
    message = body(spec, stamp)
    finish_parts(message, spec["scen"] + spec["date"])
    mime_headers = list(message.items())
    for name, _ in mime_headers:
        del message[name]
    sender_host = spec["frm"][1].split("@")[1]
    mid = spec.get("mid")
    if not mid:
        digest = hashlib.sha1((spec["scen"] + spec["date"] + spec["subj"]).encode()).hexdigest()
        mid = f"<{stamp.strftime('%Y%m%d%H%M%S')}.{digest[:20]}@{sender_host}>"
    message["From"] = address(spec["frm"], hcs)
    message["To"] = ", ".join(address(pair, hcs) for pair in spec.get("to", [ME]))
    if spec.get("cc"):
        message["Cc"] = ", ".join(address(pair, hcs) for pair in spec["cc"])
    if spec.get("rto"):
        message["Reply-To"] = address(spec["rto"], hcs)
    message["Subject"] = header_text(spec["subj"], hcs)
    message["Date"] = format_datetime(stamp)
    message["Message-ID"] = mid
    if spec.get("irt"):
        message["In-Reply-To"] = spec["irt"]
        message["References"] = " ".join(spec.get("refs") or [spec["irt"]])
    for name, value in spec.get("hdrs", {}).items():
        message[name] = header_text(value, hcs)
    for name, value in mime_headers:
        message[name] = value
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(message)
    return out.getvalue()


def structure(raw: bytes) -> str:
    return message_from_bytes(raw).get_content_type()


def main() -> None:
    specs = all_specs()
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    rows = []
    numbers: Counter[str] = Counter()
    stats: dict[str, Counter[str]] = {k: Counter() for k in ("kind", "lang", "structure", "charset", "cte")}
    seen_ids = set()
    for spec in specs:
        kind = spec["kind"]
        if kind not in KINDS or spec["lang"] not in ("en", "de", "fr", "es"):
            raise ValueError(spec["scen"])
        if kind == "other" and spec["company"]:
            raise ValueError(f"{spec['scen']}: company on other")
        contact = spec["contact"]
        if contact:
            assert contact == contact.lower() and contact != CANDIDATE, spec["scen"]
            listed = [pair[1].lower() for pair in (spec["frm"], spec.get("rto")) if pair]
            assert contact in listed, spec["scen"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['scen']}.eml"
        raw = build(spec)
        mid = message_from_bytes(raw)["Message-ID"]
        assert mid not in seen_ids, spec["scen"]
        seen_ids.add(mid)
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, kind, spec["company"], contact, spec["lang"]])
        stats["kind"][kind] += 1
        stats["lang"][spec["lang"]] += 1
        stats["structure"][structure(raw)] += 1
        stats["charset"][spec.get("cs", "utf-8")] += 1
        stats["cte"][spec.get("cte", "qp")] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    for name, counter in stats.items():
        print(name, dict(counter.most_common()))
    extra = Counter()
    for spec in specs:
        extra["calendar"] += "cal" in spec
        extra["pdf attachments"] += bool(spec.get("att"))
        extra["threaded (In-Reply-To)"] += bool(spec.get("irt"))
        extra["Reply-To"] += bool(spec.get("rto"))
        extra["list headers"] += any(h.startswith("List-") for h in spec.get("hdrs", {}))
        extra["Auto-Submitted"] += "Auto-Submitted" in spec.get("hdrs", {})
        extra["from candidate"] += spec["frm"][1] == CANDIDATE
        extra["contact empty"] += not spec["contact"]
    print("extra", dict(extra))


if __name__ == "__main__":
    main()
