"""Build the hundred-and-thirty-eighth labelled corpus from the hand-written message specs.

    python tests/corpus_hundredthirtyeighth/make_hundredthirtyeighth.py

Reads the msgs138_*.py modules next to this file, turns every spec into a MIME message with the
standard `email` package and writes <kind>/<nnn>_<scenario>.eml plus labels.csv into this folder.
It deletes and writes files only inside this folder. Standard library only.
"""

from __future__ import annotations

import csv
import email.charset
import hashlib
import html as htmllib
import re
import sys
from collections import Counter
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs138_acks  # noqa: E402
import msgs138_invites  # noqa: E402
import msgs138_other  # noqa: E402
import msgs138_rejections  # noqa: E402
from msgs138_common import CANDIDATE, CANDIDATE_ADDR  # noqa: E402

KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
LANGUAGES = ("en", "de", "fr", "es")
STRUCTURES = ("plain", "html", "alt", "mixed")
CHARSETS = ("utf-8", "iso-8859-1", "windows-1252", "us-ascii")
CTES = ("7bit", "8bit", "quoted-printable", "base64")
NOT_HUMAN = re.compile(r"no-?reply|do-?not-?reply|ne-?pas-?repondre|notification|mailer-daemon|"
                       r"alert|newsletter|noresponder|no-responder|keine-?antwort|bounce",
                       re.IGNORECASE)
ALL_SPECS: list[dict] = [
    *msgs138_rejections.MESSAGES,
    *msgs138_invites.MESSAGES,
    *msgs138_acks.MESSAGES,
    *msgs138_other.MESSAGES,
]


def _hash(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _addr(value) -> tuple[str, str]:
    if isinstance(value, tuple):
        return value
    return ("", value)


def message_id(spec: dict) -> str:
    """A stable Message-ID in the style of the sending system."""
    if spec.get("mid"):
        return spec["mid"]
    h = _hash(spec["key"], spec["date"])
    _, sender = _addr(spec["frm"])
    domain = sender.split("@")[1]
    style = spec.get("mid_style", "plain")
    if style == "outlook":
        box = f"{h[:2].upper()}{int(h[2:6], 16) % 9}PR0{int(h[6:8], 16) % 9}MB{int(h[8:12], 16) % 9000 + 1000}"
        return f"<{box}{h[12:40].upper()}@{box}.eurprd0{int(h[40:42], 16) % 9}.prod.outlook.com>"
    if style == "apple":
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "gmail":
        return f"<CAH{h[:6]}+{h[6:30]}-{h[30:38]}@mail.gmail.com>"
    if style == "ats":
        return f"<{h[:24]}.{int(h[24:32], 16)}@{domain}>"
    return f"<{h[:16]}.{h[16:28]}@{domain}>"


def html_to_text(markup: str) -> str:
    """What an ATS writes into the text/plain part it generates from the HTML."""
    text = re.sub(r"(?is)<(style|head|title)[^>]*>.*?</\1>", "", markup)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table)>", "\n", text)
    text = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 [\1]", text)
    text = re.sub(r"(?s)<[^>]+>", "", text)
    text = htmllib.unescape(text)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def make_pdf(lines: list[str]) -> bytes:
    """A small but well-formed one-page PDF showing the given lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    shown = " ".join(f"({esc(line)}) '" for line in lines)
    stream = f"BT /F1 11 Tf 56 790 Td 15 TL {shown} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_ics(cal: dict) -> str:
    """A text/calendar body (REQUEST or CANCEL) as calendar servers write it."""
    org_name, org_addr = cal["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{cal.get('tzid', 'Europe/Amsterdam')}",
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
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{cal['stamp']}",
        f"DTSTART;TZID={cal.get('tzid', 'Europe/Amsterdam')}:{cal['start']}",
        f"DTEND;TZID={cal.get('tzid', 'Europe/Amsterdam')}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal['location']}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN=Greta Vanderberg-Osei;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CANDIDATE_ADDR}",
    ]
    if cal.get("description"):
        lines.append("DESCRIPTION:" + cal["description"].replace("\n", "\\n").replace(",", "\\,"))
    lines.append(f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def _raw_encoded(name: str, value: str, charset: str, enc: str) -> str:
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.BASE64 if enc == "b" else email.charset.QP
    return Header(value, cs, header_name=name).encode(linesep="\n")


def _set_address(msg: EmailMessage, name: str, value, spec: dict) -> None:
    display, addr = _addr(value)
    charset = spec.get("hdr_charset")
    if charset and display and not display.isascii():
        encoded = _raw_encoded(name, display, charset, spec.get("hdr_enc", "q"))
        last = encoded.splitlines()[-1]
        joiner = "\n " if len(last) + len(addr) + 3 > 76 else " "
        msg.set_raw(name, f"{encoded}{joiner}<{addr}>")
    else:
        msg[name] = formataddr((display, addr)) if display else addr


def build(spec: dict, ids: dict[str, str]) -> EmailMessage:
    msg = EmailMessage()
    _set_address(msg, "From", spec["frm"], spec)
    if spec.get("reply_to"):
        _set_address(msg, "Reply-To", spec["reply_to"], spec)
    to = spec.get("to", CANDIDATE)
    msg["To"] = ", ".join(to) if isinstance(to, list) else to
    if spec.get("cc"):
        msg["Cc"] = ", ".join(spec["cc"]) if isinstance(spec["cc"], list) else spec["cc"]
    charset = spec.get("hdr_charset")
    if charset and not spec["subject"].isascii():
        msg.set_raw("Subject", _raw_encoded("Subject", spec["subject"], charset, spec.get("hdr_enc", "q")))
    else:
        msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z"))
    msg["Message-ID"] = ids[spec["key"]]
    refs = [ids[r[1:]] if r.startswith("@") else r for r in spec.get("refs", [])]
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    for name, value in spec.get("headers", {}).items():
        msg[name] = value
    if spec.get("list_id"):
        msg["List-Id"] = spec["list_id"]
    if spec.get("list_unsub"):
        msg["List-Unsubscribe"] = spec["list_unsub"]
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"

    body_charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    structure = spec["structure"]
    text, markup = spec.get("text"), spec.get("html")
    if structure == "html":
        msg.set_content(markup, subtype="html", charset=body_charset, cte=cte)
    else:
        if text is None:
            text = html_to_text(markup)
        msg.set_content(text, charset=body_charset, cte=cte)
        if markup is not None:
            msg.add_alternative(markup, subtype="html", charset=body_charset, cte=cte)
    cal = spec.get("calendar")
    if cal:
        msg.add_alternative(make_ics(cal), subtype="calendar", charset="utf-8",
                            cte="7bit" if make_ics(cal).isascii() else "quoted-printable",
                            params={"method": cal["method"]})
    for filename, lines in spec.get("attachments", []):
        msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                           filename=filename)
    _stable_boundaries(msg, spec)
    return msg


def _stable_boundaries(msg: EmailMessage, spec: dict) -> None:
    """Boundaries in the style of the sending system, stable from one run to the next."""
    style = spec.get("mid_style", "plain")
    multiparts = [part for part in msg.walk() if part.is_multipart()]
    for index, part in enumerate(multiparts):
        h = _hash(spec["key"], "boundary", str(index))
        if style == "outlook":
            boundary = f"_00{index}_{h[:28].upper()}_"
        elif style == "gmail":
            boundary = f"000000000000{h[:12]}"
        elif style == "apple":
            boundary = f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
        elif style == "ats":
            boundary = f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:24], 16)}"
        else:
            boundary = f"=-{h[:20]}-{index}"
        part.set_boundary(boundary)


def check(spec: dict) -> None:
    key = spec["key"]
    assert re.fullmatch(r"[a-z0-9_]+", key), key
    assert spec["kind"] in KINDS, key
    assert spec["lang"] in LANGUAGES, key
    assert spec["structure"] in STRUCTURES, key
    assert spec.get("charset", "utf-8") in CHARSETS, key
    assert spec.get("cte", "quoted-printable") in CTES, key
    for part in (spec.get("text"), spec.get("html")):
        if part is not None:
            try:
                part.encode(spec.get("charset", "utf-8"))
            except UnicodeEncodeError as exc:
                raise AssertionError(f"{key}: {exc} near {part[max(0, exc.start - 30):exc.end + 10]!r}") from exc
    if spec.get("hdr_charset"):
        for value in (spec["subject"], _addr(spec["frm"])[0]):
            try:
                value.encode(spec["hdr_charset"])
            except UnicodeEncodeError as exc:
                raise AssertionError(f"{key}: header {value!r} is not {spec['hdr_charset']}") from exc
    if spec["structure"] == "html":
        assert spec.get("html") and not spec.get("text"), key
    if spec["structure"] == "plain":
        assert spec.get("text") and not spec.get("html") and not spec.get("attachments"), key
    if spec["structure"] == "alt":
        assert spec.get("html") and not spec.get("attachments"), key
    if spec["structure"] == "mixed":
        assert spec.get("attachments"), key
    company, contact = spec["company"], spec["contact"]
    if spec["kind"] == "other":
        assert company == "", key
    else:
        assert company and company == company.strip(), key
    if contact:
        senders = [_addr(spec["frm"])[1].lower()]
        if spec.get("reply_to"):
            senders.append(_addr(spec["reply_to"])[1].lower())
        assert contact == contact.lower() and contact in senders, key
        assert contact != CANDIDATE_ADDR and not NOT_HUMAN.search(contact), key
    if _addr(spec["frm"])[1] == CANDIDATE_ADDR:
        assert spec["kind"] == "other" and not contact, key


def main() -> None:
    keys = [spec["key"] for spec in ALL_SPECS]
    duplicated = [k for k, n in Counter(keys).items() if n > 1]
    assert not duplicated, duplicated
    for spec in ALL_SPECS:
        check(spec)
    ids = {spec["key"]: message_id(spec) for spec in ALL_SPECS}
    assert len(set(ids.values())) == len(ids)

    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)

    rows = []
    numbers: Counter[str] = Counter()
    stats: Counter[str] = Counter()
    for spec in ALL_SPECS:
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['key']}.eml"
        msg = build(spec, ids)
        data = msg.as_bytes(policy=default_policy)
        (HERE / rel).write_bytes(data)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
        stats[f"structure:{spec['structure']}"] += 1
        stats[f"charset:{spec.get('charset', 'utf-8')}"] += 1
        stats[f"cte:{spec.get('cte', 'quoted-printable')}"] += 1
        stats["calendar"] += bool(spec.get("calendar"))
        stats["pdf"] += bool(spec.get("attachments"))
        stats["threaded"] += bool(spec.get("refs"))
        stats["list"] += bool(spec.get("list_id") or spec.get("list_unsub"))
        stats["encoded_header"] += b"=?" in data.split(b"\n\n", 1)[0]
        stats["reply_to"] += bool(spec.get("reply_to"))
        stats["contact"] += bool(spec["contact"])
        # every contact must be an address the message shows
        if spec["contact"]:
            shown = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("From", []) + msg.get_all("Reply-To", [])])]
            assert spec["contact"] in shown, rel

    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    print(f"{len(rows)} messages")
    print("kinds:", dict(Counter(r[1] for r in rows)))
    print("languages:", dict(Counter(r[4] for r in rows)))
    print("by kind and language:", dict(sorted(Counter(f"{r[1]}/{r[4]}" for r in rows).items())))
    print("stats:", dict(sorted(stats.items())))


if __name__ == "__main__":
    main()
