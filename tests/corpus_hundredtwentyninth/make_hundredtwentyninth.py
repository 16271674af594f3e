"""Turn the hand-written specs of the hundred-twenty-ninth corpus into .eml files and labels.csv.

Run from anywhere:  python tests/corpus_hundredtwentyninth/make_hundredtwentyninth.py

Standard library only. It writes and deletes files only inside its own folder: it clears the
*.eml files of the kind folders it owns, writes <kind>/<nnn>_<scenario>.eml for every spec
(numbered across the whole corpus in module order) and rewrites labels.csv.

A spec is a dict written by hand in one of the msgs129_* modules:
  scen, kind, company, contact, lang      the file's scenario and its labels
  frm, to, cc, reply_to                   (display name or None, address); to/cc are lists
  subject, date ("YYYY-MM-DD HH:MM +ZZZZ")
  text, html                              the parts; text only, html only, or both (alternative)
  charset, cte, hcs                       body charset, transfer encoding, charset of encoded words
  html_cte                                transfer encoding of the HTML side of an alternative
  msgid, irt, refs                        threading (msgid is made up from the date when absent)
  headers                                 further headers in order (list headers, Auto-Submitted...)
  attach                                  [(filename, [pdf lines])] -> application/pdf parts
  cal                                     a text/calendar part (dict, see ics())
  logo                                    an inline logo as multipart/related (cid)
"""

from __future__ import annotations

import csv
import email
import email.policy
import struct
import sys
import zlib
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs129_acks  # noqa: E402
import msgs129_invites  # noqa: E402
import msgs129_other  # noqa: E402
import msgs129_rejections  # noqa: E402
from msgs129_common import CANDIDATE  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("es", "en", "fr", "de")
POLICY = email.policy.default.clone(linesep="\n")
KNOWN = {"scen", "kind", "company", "contact", "lang", "frm", "to", "cc", "reply_to", "subject", "date",
         "text", "html", "charset", "cte", "hcs", "html_cte", "msgid", "irt", "refs", "headers", "attach",
         "cal", "logo", "x_mailer"}


def when(spec: dict) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def fold(name: str, value: str, charset: str) -> str:
    """One header line, RFC 2047-encoded in `charset` when it is not ASCII."""
    if value.isascii():
        return f"{name}: " + Header(value, header_name=name, continuation_ws=" ").encode(linesep="\n", maxlinelen=78)
    return f"{name}: " + Header(value, charset=charset, header_name=name).encode(linesep="\n", maxlinelen=78)


def addr(pair: tuple[str | None, str], charset: str) -> str:
    name, address = pair
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines (Helvetica, WinAnsi)."""
    def lit(text: str) -> str:
        out = []
        for byte in text.encode("cp1252", errors="replace"):
            ch = chr(byte)
            if ch in "()\\":
                out.append("\\" + ch)
            elif byte < 128:
                out.append(ch)
            else:
                out.append(f"\\{byte:03o}")
        return "".join(out)
    stream = "BT /F1 11 Tf 14 TL 64 780 Td\n" + "".join(f"({lit(line)}) '\n" for line in lines) + "ET\n"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
        f"<< /Title ({lit(title)}) /Producer (Hand-made corpus PDF) >>",
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
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


def png(rgb: tuple[int, int, int] = (190, 40, 40), width: int = 8, height: int = 8) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def ics(cal: dict) -> str:
    """A METHOD:REQUEST or METHOD:CANCEL calendar object (times in UTC)."""
    method = cal["method"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{cal['stamp']}",
        f"DTSTART:{cal['start']}",
        f"DTEND:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN=\"{cal['organizer'][0]}\":mailto:{cal['organizer'][1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{CANDIDATE[0]}\":mailto:{CANDIDATE[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if cal.get("description"):
        lines.append("DESCRIPTION:" + cal["description"].replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 74:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\n".join(folded) + "\n"


def body(spec: dict) -> EmailMessage:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    text, html = spec.get("text"), spec.get("html")
    if html is not None and charset != "utf-8":
        html = html.replace("charset=utf-8", f"charset={charset}").replace('charset="utf-8"', f'charset="{charset}"')
    msg = EmailMessage(policy=POLICY)
    if text is not None:
        msg.set_content(text, subtype="plain", charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=spec.get("html_cte", cte))
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    if spec.get("logo"):
        target = msg if msg.get_content_type() == "text/html" else msg.get_body(("html",))
        target.add_related(png(), "image", "png", cid=spec["logo"], filename="logo.png", disposition="inline")
    cal = spec.get("cal")
    if cal:
        msg.add_alternative(ics(cal), subtype="calendar", charset="utf-8", cte="7bit" if ics(cal).isascii() else "8bit",
                            params={"method": cal["method"]})
        if cal.get("attach"):
            msg.add_attachment(ics(cal).encode("utf-8"), maintype="application", subtype="ics", filename=cal["attach"])
    for filename, lines in spec.get("attach", []):
        msg.add_attachment(pdf(filename, lines), maintype="application", subtype="pdf", filename=filename)
    seed = zlib.crc32(spec["scen"].encode())
    styles = ("----=_Part_{a}_{b}.{c}", "000000000000{h}{i}", "_00{i}_{H}_", "=_{h}{i}_=")
    style = styles[seed % len(styles)]
    for index, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(style.format(a=seed % 99991, b=seed % 7919 + index, c=seed, h=f"{seed:08x}",
                                           H=f"{seed:08X}PR04MB{seed % 9973}", i=index))
    return msg


def render(spec: dict, msgid: str, refs: list[str]) -> bytes:
    hcs = spec.get("hcs", "utf-8")
    head = [fold("Message-ID", msgid, "ascii"), fold("Date", format_datetime(when(spec)), "ascii"),
            "From: " + addr(spec["frm"], hcs)]
    if spec.get("reply_to"):
        head.append("Reply-To: " + addr(spec["reply_to"], hcs))
    head.append("To: " + ", ".join(addr(pair, hcs) for pair in spec.get("to", [CANDIDATE])))
    if spec.get("cc"):
        head.append("Cc: " + ", ".join(addr(pair, hcs) for pair in spec["cc"]))
    head.append(fold("Subject", spec["subject"], hcs))
    if spec.get("irt"):
        head.append(fold("In-Reply-To", spec["irt"], "ascii"))
        head.append(fold("References", " ".join(refs), "ascii"))
    if spec.get("x_mailer"):
        head.append(fold("X-Mailer", spec["x_mailer"], "ascii"))
    for name, value in spec.get("headers", []):
        head.append(fold(name, value, hcs))
    return ("\n".join(head) + "\n").encode("ascii") + body(spec).as_bytes(policy=POLICY)


def auto_id(spec: dict, number: int) -> str:
    domain = spec["frm"][1].split("@")[1]
    stamp = when(spec).strftime("%Y%m%d%H%M")
    return f"<{stamp}.{zlib.crc32(spec['scen'].encode()) & 0xFFFFFF:06x}{number:03d}@{domain}>"


def check(spec: dict, number: int) -> None:
    where = f"#{number} {spec.get('scen')}"
    assert set(spec) <= KNOWN, (where, set(spec) - KNOWN)
    assert spec["kind"] in KINDS and spec["lang"] in LANGS, where
    assert spec.get("text") is not None or spec.get("html") is not None, where
    assert when(spec).year == 2026 and 1 <= when(spec).month <= 10, where
    contact = spec["contact"]
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE[1], where
        around = [spec["frm"][1].lower()] + ([spec["reply_to"][1].lower()] if spec.get("reply_to") else [])
        assert contact in around, (where, contact, around)
    if spec["frm"][1] == CANDIDATE[1]:
        assert spec["kind"] == "other" and not contact, where
    if spec["kind"] == "other":
        assert spec["company"] == "", where
    else:
        assert spec["company"], where


def main() -> None:
    specs = [*msgs129_rejections.SPECS, *msgs129_invites.SPECS, *msgs129_acks.SPECS, *msgs129_other.SPECS]
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    rows, seen, chains = [], set(), {}
    for number, spec in enumerate(specs, 1):
        check(spec, number)
        msgid = spec.get("msgid") or auto_id(spec, number)
        assert msgid not in seen, msgid
        seen.add(msgid)
        rel = f"{spec['kind']}/{number:03d}_{spec['scen']}.eml"
        # References: as written, or the parent's chain (when the parent is in the corpus) plus the parent.
        refs = spec.get("refs") or ([*chains.get(spec["irt"], []), spec["irt"]] if spec.get("irt") else [])
        chains[msgid] = refs
        data = render(spec, msgid, refs)
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        assert not parsed.defects and all(not p.defects for p in parsed.walk()), (rel, parsed.defects)
        for part in parsed.walk():
            if part.get_content_type() == "text/plain" and spec.get("text") is not None:
                assert part.get_content().replace("\r\n", "\n").strip() == spec["text"].strip(), rel
                break
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append({"file": rel, "kind": spec["kind"], "company": spec["company"],
                     "contact": spec["contact"], "language": spec["lang"]})
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact", "language"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} messages written to {HERE}")


def stats() -> None:
    """Print the figures the README quotes (kinds, languages, structures, charsets, encodings)."""
    from collections import Counter
    rows = list(csv.DictReader((HERE / "labels.csv").open(encoding="utf-8")))
    print("kinds", Counter(r["kind"] for r in rows))
    print("languages", Counter(r["language"] for r in rows))
    print("kind x language", Counter((r["kind"], r["language"]) for r in rows))
    shape, charsets, ctes, extra = Counter(), Counter(), Counter(), Counter()
    for row in rows:
        raw = (HERE / row["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        types = [p.get_content_type() for p in msg.walk()]
        top = msg.get_content_type()
        if top == "text/plain":
            shape["text/plain"] += 1
        elif top == "text/html":
            shape["text/html only"] += 1
        elif top == "multipart/alternative":
            shape["multipart/alternative"] += 1
        elif top == "multipart/related":
            shape["multipart/related (HTML + inline logo)"] += 1
        else:
            shape[top] += 1
        extra["with application/pdf"] += "application/pdf" in types
        extra["with text/calendar"] += "text/calendar" in types
        extra["with List-Unsubscribe"] += bool(msg["List-Unsubscribe"])
        extra["with Reply-To"] += bool(msg["Reply-To"])
        extra["with In-Reply-To"] += bool(msg["In-Reply-To"])
        extra["with Auto-Submitted"] += bool(msg["Auto-Submitted"])
        extra["RFC 2047 Subject"] += b"\nSubject: =?" in raw
        extra["RFC 2047 display name"] += any(b"=?" in line for line in raw.split(b"\n\n", 1)[0].split(b"\n")
                                              if line.startswith((b"From:", b"Reply-To:")))
        extra["from the candidate"] += CANDIDATE[1] in str(msg["From"])
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part.get_content_subtype() in ("plain", "html"):
                charsets[part.get_content_charset()] += 1
                ctes[part.get("Content-Transfer-Encoding", "7bit")] += 1
    print("structure", shape)
    print("text part charsets", charsets)
    print("text part transfer encodings", ctes)
    print("other", extra)


if __name__ == "__main__":
    if sys.argv[1:] == ["--stats"]:
        stats()
    else:
        main()
