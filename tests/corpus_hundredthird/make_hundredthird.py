"""Write the hundredthird corpus: every spec in msgs103_*.py becomes one .eml and one labels.csv row.

Run from anywhere: `python tests/corpus_hundredthird/make_hundredthird.py`. It writes and deletes
files only inside its own folder (the <kind>/ sub-folders and labels.csv). Standard library only.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import re
import struct
import sys
import zlib
from collections import Counter
from datetime import datetime
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs103_acks  # noqa: E402
import msgs103_invites  # noqa: E402
import msgs103_other  # noqa: E402
import msgs103_rejections  # noqa: E402
from msgs103_common import ME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
ZONES = {"en": "Europe/London", "de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid"}
POLICY = email.policy.default.clone(linesep="\n")


def _h(key: str, salt: str, n: int = 32) -> str:
    return hashlib.sha256(f"{key}/{salt}".encode()).hexdigest()[:n]


def message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    key, mua = spec["key"], spec.get("mua", "generic")
    domain = spec["frm"][1].split("@", 1)[1]
    if mua == "outlook":
        box = "AM9PR0{}MB{}".format(int(_h(key, "n", 2), 16) % 9 + 1, int(_h(key, "b", 4), 16) % 9000 + 1000)
        return f"<{box}{_h(key, 'o', 24).upper()}@{box}.eurprd0{box[6]}.prod.outlook.com>"
    if mua == "gmail":
        raw = _h(key, "g", 40)
        return f"<CA{raw[:14].upper()}{raw[14:]}_{raw[:6]}@mail.gmail.com>"
    if mua in ("apple", "iphone"):
        u = _h(key, "u", 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if mua == "thunderbird":
        u = _h(key, "t", 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if mua == "ats":
        return f"<{_h(key, 'a', 16)}.{_h(key, 'b', 12)}@{domain}>"
    stamp = spec["date"].replace("-", "").replace(" ", "").replace(":", "")
    return f"<{stamp}00.{_h(key, 'x', 10)}@{domain}>"


def when(spec: dict) -> datetime:
    zone = spec.get("tz") or ("UTC" if spec.get("mua") == "ats" else ZONES[spec["language"]])
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def addr(value: tuple[str, str] | str, charset: str) -> str:
    if isinstance(value, str):
        return value
    name, address = value
    return formataddr((name, address), charset=charset) if name else address


def fold(name: str, value: str, charset: str) -> str:
    try:
        value.encode("ascii")
        header = Header(value, "us-ascii", header_name=name)
    except UnicodeEncodeError:
        header = Header(value, charset, header_name=name)
    return f"{name}: " + header.encode(linesep="\n", maxlinelen=78)


def fold_addresses(name: str, values: list, charset: str) -> str:
    items = [addr(v, charset) for v in values]
    return f"{name}: " + ",\n ".join(items)


# --- attachments -----------------------------------------------------------------------------

def pdf(lines: list[str], title: str) -> bytes:
    """A small valid one-page PDF with the lines in Helvetica."""
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y, ops = 790, ["BT", "/F1 11 Tf"]
    for line in lines:
        ops.append(f"1 0 0 1 56 {y} Tm ({esc(line)}) Tj")
        y -= 16
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (DocGen 4.2) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def png(rgb: tuple[int, int, int], width: int = 24, height: int = 8) -> bytes:
    """A tiny solid-colour PNG (a stand-in for a signature logo)."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    row = b"\x00" + bytes(rgb) * width
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b""))


# --- calendar --------------------------------------------------------------------------------

def ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > 74:
            out.append(current)
            current = " " + char
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


def calendar(cal: dict, spec: dict) -> str:
    organizer_name, organizer = cal["organizer"]
    lang = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[spec["language"]]
    stamp = when(spec).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    zone = cal.get("tzid", "GMT Standard Time")
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{cal['method']}",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        f"TZID:{zone}",
        "BEGIN:STANDARD",
        "DTSTART:16011028T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        f"TZOFFSETFROM:{cal.get('dst', '+0100')}",
        f"TZOFFSETTO:{cal.get('std', '+0000')}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T010000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        f"TZOFFSETFROM:{cal.get('std', '+0000')}",
        f"TZOFFSETTO:{cal.get('dst', '+0100')}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f'ORGANIZER;CN="{organizer_name}":mailto:{organizer}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{ME[0]}":mailto:{ME[1]}',
        f"DESCRIPTION;LANGUAGE={lang}:{ics_text(cal['description'])}",
        f"UID:{cal['uid']}",
        f"SUMMARY;LANGUAGE={lang}:{ics_text(cal['summary'])}",
        f'DTSTART;TZID="{zone}":{cal["start"]}',
        f'DTEND;TZID="{zone}":{cal["end"]}',
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{cal.get('status', 'CONFIRMED')}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"LOCATION;LANGUAGE={lang}:{ics_text(cal['location'])}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(cal.get("sequence", 0)),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cal["method"] == "CANCEL" else "BUSY"),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(ics_fold(line) for line in lines) + "\r\n"


# --- body ------------------------------------------------------------------------------------

def build_body(spec: dict) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    charset, cte = spec.get("charset", "utf-8"), spec.get("cte", "quoted-printable")
    text, html = spec.get("text"), spec.get("html")
    if text is not None:
        msg.set_content(text, subtype="plain", charset=charset, cte=cte,
                        params={"format": "flowed"} if spec.get("flowed") else None)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=spec.get("html_charset", charset),
                                cte=spec.get("html_cte", cte))
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    if spec.get("calendar"):
        cal = spec["calendar"]
        body = calendar(cal, spec)
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(body, subtype="calendar", charset="utf-8", cte=cal.get("cte", "base64"),
                            params={"method": cal["method"]})
    if spec.get("logo"):
        # an Outlook-style signature logo, referenced from the HTML as cid:
        cid, rgb = spec["logo"]
        html_part = msg if msg.get_content_type() == "text/html" else next(
            p for p in msg.iter_parts() if p.get_content_type() == "text/html")
        html_part.add_related(png(rgb), maintype="image", subtype="png", cid=f"<{cid}>",
                              filename="image001.png")
    for att in spec.get("attachments", []):
        if att.get("pdf") is not None:
            data = pdf(att["pdf"], att.get("title", att["filename"]))
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=att["filename"])
        elif att.get("ics") is not None:
            msg.add_attachment(calendar(att["ics"], spec).encode(), maintype="text", subtype="calendar",
                               filename=att["filename"])
    for part in list(msg.walk())[1:]:
        del part["MIME-Version"]
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"{spec.get('boundary', '_000_')}{_h(spec['key'], str(number), 24)}_")
    return msg


def render(spec: dict) -> bytes:
    hcs = spec.get("hcharset", "utf-8")
    lines = []
    for name, value in spec.get("headers_top", []):
        lines.append(fold(name, value, hcs))
    lines.append(fold_addresses("From", [spec["frm"]], hcs))
    if spec.get("reply_to"):
        lines.append(fold_addresses("Reply-To", [spec["reply_to"]], hcs))
    lines.append(fold_addresses("To", spec.get("to") or [ME], hcs))
    if spec.get("cc"):
        lines.append(fold_addresses("Cc", spec["cc"], hcs))
    lines.append(fold("Subject", spec["subject"], hcs))
    lines.append(f"Date: {format_datetime(when(spec))}")
    lines.append(f"Message-ID: {message_id(spec)}")
    refs = spec.get("resolved_refs", [])
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    mua = spec.get("mua", "generic")
    if mua == "outlook":
        lines.append(fold("Thread-Topic", re.sub(r"^(?:(?:RE|AW|TR|Fwd?|WG|R|RV)\s?:\s*)+", "",
                                                 spec["subject"], flags=re.IGNORECASE), hcs))
        index = base64.b64encode(bytes.fromhex(_h(spec["key"], "ti", 30))).decode()
        lines.append(f"Thread-Index: AQH{index}")
        lines.append("Content-Language: " + {"en": "en-GB", "de": "de-DE", "fr": "fr-FR",
                                             "es": "es-ES"}[spec["language"]])
        lines.append("X-MS-Has-Attach: " + ("yes" if spec.get("attachments") else ""))
    elif mua == "apple":
        lines.append("X-Mailer: Apple Mail (2.3826.500.181.1.5)")
    elif mua == "iphone":
        lines.append("X-Mailer: iPhone Mail (22D82)")
    elif mua == "thunderbird":
        lines.append("User-Agent: Mozilla Thunderbird")
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value, hcs))
    lines.append("MIME-Version: 1.0")
    body = build_body(spec)
    del body["MIME-Version"]
    out = io.BytesIO()
    BytesGenerator(out, policy=POLICY).flatten(body)
    head = "\n".join(line.rstrip() for line in lines).encode("ascii") + b"\n"
    return head + out.getvalue()


# --- checks ----------------------------------------------------------------------------------

def check(spec: dict, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    where = spec["key"]
    assert not msg.defects, (where, msg.defects)
    for part in msg.walk():
        assert not part.defects, (where, part.defects)
    assert " ".join(str(msg["Subject"]).split()) == " ".join(spec["subject"].split()), (where, msg["Subject"])
    assert msg["From"].addresses[0].display_name == spec["frm"][0], (where, msg["From"])
    if spec.get("text") is not None:
        got = next(p for p in msg.walk() if p.get_content_type() == "text/plain").get_content()
        assert got.replace("\r\n", "\n").rstrip() == spec["text"].rstrip(), where
    if spec.get("html") is not None:
        got = next(p for p in msg.walk() if p.get_content_type() == "text/html").get_content()
        assert got.replace("\r\n", "\n").rstrip() == spec["html"].rstrip(), where
    contact = spec["contact"]
    if contact:
        heads = [str(msg.get("Reply-To", "")), str(msg["From"])]
        assert any(contact in h.lower() for h in heads), (where, contact)
    if spec["kind"] == "other":
        assert spec["company"] == "", where
    else:
        assert spec["company"], where


def structure(msg: email.message.Message) -> str:
    types = [p.get_content_type() for p in msg.walk()]
    if msg.get_content_type() == "multipart/mixed":
        return "multipart/mixed"
    if "text/calendar" in types:
        return "multipart/alternative+calendar"
    if msg.get_content_type() == "multipart/related":
        return "text/html (related)"
    return msg.get_content_type()


def main() -> None:
    specs = (msgs103_rejections.MESSAGES + msgs103_invites.MESSAGES + msgs103_acks.MESSAGES
             + msgs103_other.MESSAGES)
    keys = [s["key"] for s in specs]
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    assert not dupes, dupes
    by_key = {s["key"]: s for s in specs}
    for spec in specs:
        spec["resolved_refs"] = [r if r.startswith("<") else message_id(by_key[r])
                                 for r in spec.get("refs", [])]
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows, ids, stats = [], set(), Counter()
    for number, spec in enumerate(specs, 1):
        assert spec["kind"] in KINDS, spec["key"]
        assert spec["language"] in ZONES, spec["key"]
        rel = f"{spec['kind']}/{number:03d}_{spec['scenario']}.eml"
        data = render(spec)
        check(spec, data)
        mid = message_id(spec)
        assert mid not in ids, (spec["key"], mid)
        ids.add(mid)
        assert when(spec).year == 2026 and 1 <= when(spec).month <= 10, spec["key"]
        (HERE / rel).write_bytes(data)
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        stats[structure(parsed)] += 1
        for part in parsed.walk():
            if part.get_content_maintype() == "text":
                stats["charset " + (part.get_content_charset() or "us-ascii")] += 1
                stats["cte " + part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
        if "=?" in data.split(b"\n\n", 1)[0].decode("ascii"):
            stats["RFC 2047 headers"] += 1
        if spec.get("refs"):
            stats["replies (In-Reply-To)"] += 1
        rows.append({"file": rel, "kind": spec["kind"], "company": spec["company"],
                     "contact": spec["contact"], "language": spec["language"]})
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact", "language"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("languages:", dict(Counter(r["language"] for r in rows)))
    by_kind_lang = Counter((r["kind"], r["language"]) for r in rows)
    for kind in KINDS:
        print(f"  {kind}:", {lang: by_kind_lang[(kind, lang)] for lang in ZONES})
    for name, count in sorted(stats.items()):
        print(f"  {name}: {count}")
    print("with contact:", sum(1 for r in rows if r["contact"]))


if __name__ == "__main__":
    main()
