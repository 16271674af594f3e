#!/usr/bin/env python3
"""Write the hundred-twenty-eighth blind corpus: one .eml per hand-written spec, plus labels.csv.

Run from anywhere: python tests/corpus_hundredtwentyeighth/make_hundredtwentyeighth.py [--stats]
It writes and deletes files only inside its own folder (the kind folders and labels.csv).
Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter
from datetime import datetime
from email.contentmanager import raw_data_manager
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, MIMEPart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from msgs128_acks import MESSAGES as ACKS  # noqa: E402
from msgs128_common import CANDIDATE, CANDIDATE_NAME, text_of  # noqa: E402
from msgs128_invites import MESSAGES as INVITES  # noqa: E402
from msgs128_other import MESSAGES as OTHER  # noqa: E402
from msgs128_rejections import MESSAGES as REJECTIONS  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
CTE = {"qp": "quoted-printable", "8bit": "8bit", "base64": "base64", "7bit": "7bit"}


def _digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    addr = spec["frm"][1] if isinstance(spec["frm"], tuple) else spec["frm"]
    domain = addr.split("@")[1]
    h = _digest(spec["kind"], spec["scen"], spec["date"])
    mua = spec.get("mua", "")
    if mua == "outlook":
        return f"<{h[:4].upper()}PR0{h[4:6].upper()}MB{h[6:10].upper()}{h[10:20].upper()}@{domain}>"
    if mua in ("apple", "iphone"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    if mua == "gmail":
        return f"<CA+{h[:10]}{h[10:20].upper()}-{h[20:30]}=Q@mail.{domain}>"
    if mua == "ats":
        return f"<{int(h[:12], 16)}.{int(h[12:18], 16)}.JavaMail.{h[18:24]}@{domain}>"
    return f"<{h[:20]}@{domain}>"


def boundary(spec: dict, level: int) -> str:
    h = _digest(spec["scen"], str(level))
    mua = spec.get("mua", "")
    if mua == "outlook":
        return f"_{level:03d}_{h[:8].upper()}PR0{h[8:16].upper()}_"
    if mua in ("apple", "iphone"):
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
    if mua == "gmail":
        return f"0000000000{h[:16]}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{level}"


def addr(value, charset: str) -> str:
    if isinstance(value, tuple):
        name, address = value
        return formataddr((name, address), charset=charset)
    return value


def text_part(text: str, subtype: str, charset: str, cte: str, **params: str) -> MIMEPart:
    part = MIMEPart(policy=compat32)
    part.set_content(text, subtype, charset=charset, cte=CTE[cte], params=params,
                     content_manager=raw_data_manager)
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing the given lines (Latin-1)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "72 770 Td", "14 TL"]
    for line in lines:
        ops.append(f"({esc(line)}) '")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_part(filename: str, lines: list[str]) -> MIMEPart:
    part = MIMEPart(policy=compat32)
    part.set_content(pdf_bytes(lines), "application", "pdf", disposition="attachment",
                     filename=filename, content_manager=raw_data_manager)
    return part


def ics(spec: dict) -> str:
    c = spec["cal"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{c.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{c['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{c['tzid']}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        f"TZOFFSETFROM:{c['offset']}",
        f"TZOFFSETTO:{c['offset']}",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{c['uid']}",
        f"SEQUENCE:{c.get('seq', 0)}",
        f"DTSTAMP:{c['stamp']}",
        f"DTSTART;TZID={c['tzid']}:{c['start']}",
        f"DTEND;TZID={c['tzid']}:{c['end']}",
        f"SUMMARY:{c['summary']}",
        f"LOCATION:{c['location']}",
        f"ORGANIZER;CN=\"{c['organizer'][0]}\":mailto:{c['organizer'][1]}",
        f"ATTENDEE;CN=\"{CANDIDATE_NAME}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CANDIDATE}",
        f"STATUS:{'CANCELLED' if c['method'] == 'CANCEL' else 'CONFIRMED'}",
        f"DESCRIPTION:{c.get('description', '')}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return "\n".join(folded) + "\n"


def html_in(spec: dict, charset: str) -> str:
    """The spec's HTML, its meta tag naming the charset the part is really sent in."""
    return (spec["html"].replace("charset=utf-8", f"charset={charset}")
            .replace('<meta charset="utf-8">', f'<meta charset="{charset}">'))


def build(spec: dict) -> bytes:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    hcs = spec.get("hcs", charset)
    st = spec.get("st", "plain")
    msg = EmailMessage(policy=compat32)
    for name, value in spec.get("pre", []):
        msg[name] = value
    msg["From"] = addr(spec["frm"], hcs)
    msg["To"] = addr(spec.get("to", (CANDIDATE_NAME, CANDIDATE)), hcs)
    if spec.get("cc"):
        msg["Cc"] = addr(spec["cc"], hcs)
    if spec.get("reply_to"):
        msg["Reply-To"] = addr(spec["reply_to"], hcs)
    subject = spec["subject"]
    msg["Subject"] = Header(subject, hcs, header_name="Subject") if not subject.isascii() else subject
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    when = when.replace(second=int(_digest(spec["scen"], "s")[:2], 16) % 60)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id(spec)
    if spec.get("irt"):
        msg["In-Reply-To"] = spec["irt"]
        msg["References"] = " ".join(spec.get("refs") or [spec["irt"]])
    for name, value in spec.get("hdrs", []):
        msg[name] = value
    mua = spec.get("mua", "")
    if mua == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22D82)"
    elif mua == "apple":
        msg["X-Mailer"] = "Apple Mail (2.3826.400.131.1.6)"
    elif mua == "outlook":
        msg["Thread-Index"] = "AdqB" + _digest(spec["scen"], "ti")[:24]
        msg["X-MS-Has-Attach"] = "yes" if spec.get("attach") else ""
        msg["Content-Language"] = {"es": "es-CL", "en": "en-GB", "fr": "fr-FR", "de": "de-CH"}[spec["lang"]]

    body = text_of(spec["body"])
    if st == "plain":
        msg.set_content(body, "plain", charset=charset, cte=CTE[cte], content_manager=raw_data_manager)
    elif st == "html":
        msg.set_content(html_in(spec, charset), "html", charset=charset, cte=CTE[cte], content_manager=raw_data_manager)
    else:
        parts: list[MIMEPart] = []
        alt_parts = [text_part(body, "plain", charset, cte)]
        if spec.get("html"):
            alt_parts.append(text_part(html_in(spec, charset), "html", charset, spec.get("html_cte", cte)))
        if st == "cal":
            alt_parts.append(text_part(ics(spec), "calendar", "utf-8", "8bit", method=spec["cal"]["method"]))
        if len(alt_parts) > 1:
            alt = MIMEPart(policy=compat32)
            alt["Content-Type"] = "multipart/alternative"
            alt.set_boundary(boundary(spec, 2))
            for p in alt_parts:
                alt.attach(p)
            parts.append(alt)
        else:
            parts.extend(alt_parts)
        for filename, lines in spec.get("attach", []):
            parts.append(pdf_part(filename, lines))
        if st == "cal" and spec["cal"].get("ics_file"):
            att = text_part(ics(spec), "calendar", "utf-8", "base64", method=spec["cal"]["method"])
            att.add_header("Content-Disposition", "attachment", filename=spec["cal"]["ics_file"])
            parts.append(att)
        msg["MIME-Version"] = "1.0"
        if len(parts) == 1 and parts[0].get_content_maintype() == "multipart":
            msg["Content-Type"] = "multipart/alternative"
            msg.set_boundary(boundary(spec, 1))
            for p in parts[0].get_payload():
                msg.attach(p)
        else:
            msg["Content-Type"] = "multipart/mixed"
            msg.set_boundary(boundary(spec, 1))
            for p in parts:
                msg.attach(p)
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=compat32).flatten(msg)
    return out.getvalue()


def structure(spec: dict) -> str:
    st = spec.get("st", "plain")
    if st == "cal":
        return "calendar"
    if st == "alt" and spec.get("attach"):
        return "multipart/mixed"
    return {"plain": "text/plain", "html": "text/html", "alt": "multipart/alternative",
            "mixed": "multipart/mixed"}[st]


def main() -> None:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    counters: Counter[str] = Counter()
    rows = []
    seen_ids: set[str] = set()
    for spec in specs:
        assert spec["kind"] in KINDS, spec["scen"]
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['scen']}.eml"
        mid = message_id(spec)
        assert mid not in seen_ids, mid
        seen_ids.add(mid)
        try:
            data = build(spec)
        except (UnicodeError, ValueError) as exc:
            raise SystemExit(f"{rel}: {exc}") from exc
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")
    if "--stats" in sys.argv:
        print("kinds", dict(Counter(s["kind"] for s in specs)))
        print("languages", dict(Counter(s["lang"] for s in specs)))
        print("kind x lang", dict(Counter((s["kind"], s["lang"]) for s in specs)))
        print("structure", dict(Counter(structure(s) for s in specs)))
        print("charsets", dict(Counter(s.get("charset", "utf-8") for s in specs)))
        print("cte", dict(Counter(s.get("cte", "qp") for s in specs)))
        print("with attachments", sum(1 for s in specs if s.get("attach")))
        print("threaded", sum(1 for s in specs if s.get("irt")))
        print("reply-to", sum(1 for s in specs if s.get("reply_to")))
        print("list headers", sum(1 for s in specs if any(n == "List-Unsubscribe" for n, _ in s.get("hdrs", []))))
        print("non-ascii subjects", sum(1 for s in specs if not s["subject"].isascii()))
        print("with contact", sum(1 for s in specs if s["contact"]))


if __name__ == "__main__":
    main()
