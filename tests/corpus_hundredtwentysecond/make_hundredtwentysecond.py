"""Write the hundred-twenty-second labelled corpus from the hand-written specs beside this file.

Run:  python tests/corpus_hundredtwentysecond/make_hundredtwentysecond.py

Each spec (a dict in msgs122_*.py) says what one message is: sender, headers, body text and
HTML, structure, charset, transfer encoding, threading, attachments and labels. This script only
turns a spec into MIME with the standard `email` package, writes <kind>/<nnn>_<scenario>.eml and
labels.csv, and touches nothing outside its own folder.
"""

from __future__ import annotations

import csv
import email.policy
import hashlib
import sys
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave no __pycache__ in the corpus folder

from msgs122_acks import ACKS  # noqa: E402
from msgs122_common import ME  # noqa: E402
from msgs122_invites import INVITES  # noqa: E402
from msgs122_other import OTHER  # noqa: E402
from msgs122_rejections import REJECTIONS  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
STRUCTS = {"plain", "html", "alt", "mixed"}
CTES = {"7bit", "8bit", "quoted-printable", "base64"}
POLICY = email.policy.default


def _is_ascii(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


def _address(pair: tuple[str, str] | str, charset: str) -> str:
    """One address for a header, its display name RFC 2047-encoded in `charset` when needed."""
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def _fold(name: str, value: str) -> str:
    """Fold a plain ASCII header at spaces so no line runs past 78 characters."""
    line, out = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line != f"{name}:":
            out.append(line)
            line = " " + word
        else:
            line = f"{line} {word}"
    out.append(line)
    return "\n".join(out)


def _header(name: str, value: str, charset: str) -> str:
    if _is_ascii(value):
        return _fold(name, value)
    encoded = Header(value, charset, header_name=name).encode(maxlinelen=76)
    return f"{name}: {encoded}"


def _message_id(spec: dict, kind: str) -> str:
    if spec.get("mid"):
        return spec["mid"]
    addr = spec["frm"][1] if isinstance(spec["frm"], tuple) else spec["frm"]
    domain = addr.rsplit("@", 1)[1]
    digest = hashlib.sha1(f"{kind}/{spec['scen']}/{spec['date']}".encode()).hexdigest()
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z").strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{digest[:14]}@{domain}>"


def _pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF that shows `lines` (Latin-1, Helvetica)."""
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    shown = " ".join(f"({esc(line)}) '" for line in lines)
    stream = f"BT /F1 11 Tf 56 780 Td 15 TL {shown} ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# Standard and daylight rules of the two time zones the invitations use.
TIMEZONES = {
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "America/Toronto": ("-0500", "-0400", "EST", "EDT"),
}


def _fold_ics(line: str) -> list[str]:
    """Fold an iCalendar content line at 74 characters (RFC 5545, section 3.1)."""
    out = [line[:74]]
    rest = line[74:]
    while rest:
        out.append(" " + rest[:73])
        rest = rest[73:]
    return out


def _ics(cal: dict) -> str:
    organizer_name, organizer_addr = cal["organizer"]
    std, dst, std_name, dst_name = TIMEZONES[cal["tz"]]
    dst_rule = ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
    if cal["tz"] == "America/Toronto":
        dst_rule = ("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{cal['tz']}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        "DTSTART:19700308T020000", f"RRULE:{dst_rule[0]}",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        "DTSTART:19701101T020000", f"RRULE:{dst_rule[1]}",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{cal['stamp']}",
        f"DTSTART;TZID={cal['tz']}:{cal['start']}",
        f"DTEND;TZID={cal['tz']}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN=\"{organizer_name}\":mailto:{organizer_addr}",
        f"ATTENDEE;CN=\"{ME[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
        f"STATUS:{cal.get('status', 'CONFIRMED')}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    if cal.get("description"):
        lines.insert(-2, "DESCRIPTION:" + cal["description"].replace("\n", "\\n"))
    return "\n".join(folded for line in lines for folded in _fold_ics(line)) + "\n"


def _body(spec: dict) -> EmailMessage:
    struct = spec["struct"]
    assert struct in STRUCTS, spec["scen"]
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    assert cte in CTES, spec["scen"]

    def text_args(text: str) -> dict:
        chosen = cte
        if chosen in ("7bit", "8bit"):
            chosen = "7bit" if _is_ascii(text) else "8bit"
        return {"charset": charset, "cte": chosen}

    body = EmailMessage(policy=POLICY)
    text, html = spec.get("text"), spec.get("html")
    if struct == "html":
        assert html and not text, spec["scen"]
        body.set_content(html, subtype="html", **text_args(html))
    elif struct == "plain":
        assert text and not html, spec["scen"]
        body.set_content(text, **text_args(text))
    else:
        assert text, spec["scen"]
        body.set_content(text, **text_args(text))
        if html:
            body.add_alternative(html, subtype="html", **text_args(html))
        if struct == "alt":
            assert html or spec.get("cal"), spec["scen"]
    if spec.get("cal"):
        assert struct in ("alt", "mixed"), spec["scen"]
        if body.get_content_type() != "multipart/alternative":
            body.make_alternative()
        ics = _ics(spec["cal"])
        body.add_alternative(ics, subtype="calendar", charset="utf-8",
                             cte="7bit" if _is_ascii(ics) else "quoted-printable",
                             params={"method": spec["cal"]["method"]})
    for filename, lines in spec.get("attachments", []):
        assert struct == "mixed", spec["scen"]
        body.add_attachment(_pdf(lines), maintype="application", subtype="pdf", filename=filename)
    if struct == "mixed":
        assert spec.get("attachments"), spec["scen"]
    # Fixed boundaries, so that running the script twice writes the same bytes.
    seed = hashlib.sha1(spec["scen"].encode()).hexdigest()
    for number, part in enumerate(body.walk()):
        if part is not body:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{number}_{seed[:20]}")
    return body


def render(spec: dict, kind: str) -> bytes:
    """The whole message as bytes: hand-ordered top headers, then the MIME body."""
    hcs = spec.get("hdr_cs", "utf-8")
    headers = ["From: " + _address(spec["frm"], hcs)]
    if spec.get("reply_to"):
        headers.append("Reply-To: " + _address(spec["reply_to"], hcs))
    to = spec.get("to", [ME])
    headers.append("To: " + ",\n ".join(_address(pair, hcs) for pair in to))
    if spec.get("cc"):
        headers.append("Cc: " + ",\n ".join(_address(pair, hcs) for pair in spec["cc"]))
    headers.append(_header("Subject", spec["subject"], hcs))
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    headers.append("Date: " + format_datetime(when))
    headers.append("Message-ID: " + _message_id(spec, kind))
    if spec.get("irt"):
        headers.append("In-Reply-To: " + spec["irt"])
        refs = spec.get("refs") or [spec["irt"]]
        headers.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", {}).items():
        headers.append(f"{name}: {value}")
    head = "\n".join(headers) + "\n"
    assert _is_ascii(head), spec["scen"]
    return head.encode("ascii") + _body(spec).as_bytes(policy=POLICY)


def main() -> None:
    groups = REJECTIONS + INVITES + ACKS + OTHER
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows, numbers, seen = [], dict.fromkeys(KINDS, 0), set()
    for spec in groups:
        kind = spec["kind"]
        assert kind in KINDS, spec["scen"]
        assert spec["lang"] in ("en", "de", "fr", "es"), spec["scen"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['scen']}.eml"
        assert rel not in seen, rel
        seen.add(rel)
        try:
            data = render(spec, kind)
        except (UnicodeError, AssertionError) as error:
            raise SystemExit(f"{rel}: {error}") from error
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        company = spec.get("company", "") if kind != "other" else ""
        rows.append([rel, kind, company, spec.get("contact", "").lower(), spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
