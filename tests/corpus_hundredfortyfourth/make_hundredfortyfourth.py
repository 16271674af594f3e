"""Turn the hand-written specs of the hundred-forty-fourth corpus into .eml files and labels.csv.

Run from anywhere:  python tests/corpus_hundredfortyfourth/make_hundredfortyfourth.py

Standard library only. Writes and deletes files only inside this folder: <kind>/<nnn>_<slug>.eml
and labels.csv. The output is deterministic (MIME boundaries and Message-IDs derive from the spec).
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import re
import sys
from collections import Counter
from datetime import datetime
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs144_acks  # noqa: E402
import msgs144_invites  # noqa: E402
import msgs144_other  # noqa: E402
import msgs144_rejections  # noqa: E402
from msgs144_common import ME, to_text  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("es", "en", "fr", "de")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
               "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com")


def all_specs() -> list[dict]:
    specs = [*msgs144_rejections.MESSAGES, *msgs144_invites.MESSAGES, *msgs144_acks.MESSAGES,
             *msgs144_other.MESSAGES]
    seen = set()
    for spec in specs:
        for key in ("id", "kind", "slug", "lang", "company", "contact", "frm", "subj", "date"):
            assert key in spec, (spec.get("id"), key)
        assert spec["kind"] in KINDS, spec["id"]
        assert spec["lang"] in LANGS, spec["id"]
        assert spec["id"] not in seen, spec["id"]
        assert spec.get("text") or spec.get("html"), spec["id"]
        seen.add(spec["id"])
    return specs


def digest(*parts: str, n: int = 16) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


def message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    domain = spec["frm"][1].split("@")[1]
    h = digest(spec["id"], spec["slug"], n=32)
    if domain in ATS_DOMAINS:
        return f"<{h[:16]}.{h[16:24]}.{int(h[24:], 16) % 100000}@{domain}>"
    if spec["frm"][1] == ME[1]:
        return f"<CAK{h[:6].upper()}{int(h[6:20], 16)}-{h[20:]}@mail.example.cl>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def header_charset(spec: dict) -> Charset:
    name = spec.get("hcs") or spec.get("cs") or "utf-8"
    cs = Charset("utf-8" if name == "us-ascii" else name)
    if spec.get("hq"):
        cs.header_encoding = QP
    if spec.get("hb"):
        cs.header_encoding = BASE64
    return cs


def fmt_addr(value, cs: Charset) -> str:
    if isinstance(value, str):
        return value
    name, addr = value
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def fmt_addrs(values, cs: Charset) -> str:
    if isinstance(values, (str, tuple)):
        values = [values]
    return ", ".join(fmt_addr(v, cs) for v in values)


def encode_header(name: str, value: str, cs: Charset) -> str:
    try:
        value.encode("ascii")
        h = Header(value, "us-ascii", header_name=name)
    except UnicodeEncodeError:
        h = Header(value, cs, header_name=name)
    return f"{name}: " + h.encode(linesep="\n", maxlinelen=76)


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small single-page PDF with its text, valid xref and all."""
    def esc(s: str) -> str:
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 15 Tf", "72 770 Td", f"({esc(title)}) Tj", "/F1 10 Tf", "0 -28 Td"]
    for line in lines:
        ops += [f"({esc(line)}) Tj", "0 -15 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_ics(ics: dict, spec: dict) -> str:
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics['stamp']}",
        f"DTSTART:{ics['start']}",
        f"DTEND:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{ME[0]}\":mailto:{ME[1]}",
        f"STATUS:{ics.get('status', 'CONFIRMED')}",
    ]
    if ics.get("description"):
        lines.append("DESCRIPTION:" + ics["description"].replace("\n", "\\n").replace(",", "\\,"))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    # iCalendar folds at 75 octets; keep it simple and fold long lines by characters.
    folded = []
    for line in lines:
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def build(spec: dict, ids: dict[str, str]) -> tuple[bytes, str]:
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    hcs = header_charset(spec)
    body = EmailMessage()
    text, html = spec.get("text"), spec.get("html")
    if spec.get("auto_text"):
        # the plain part an ATS or mailing tool derives from its own HTML
        text = to_text(re.sub(r"(?s)<head>.*?</head>", "", html))
    if text:
        body.set_content(text, subtype="plain", charset=cs, cte=cte)
        if html:
            body.add_alternative(html, subtype="html", charset=spec.get("html_cs", cs),
                                 cte=spec.get("html_cte", cte))
    else:
        body.set_content(html, subtype="html", charset=cs, cte=cte)
    if spec.get("ics"):
        ics = spec["ics"]
        body.add_alternative(make_ics(ics, spec).encode("utf-8"), maintype="text", subtype="calendar",
                             params={"charset": "utf-8", "method": ics["method"]})
    for att in spec.get("att", []):
        body.add_attachment(make_pdf(att["title"], att["lines"]), maintype="application",
                            subtype="pdf", filename=att["name"])
    if spec.get("ics"):
        structure = "calendar"
    elif spec.get("att"):
        structure = "mixed"
    elif text and html:
        structure = "alternative"
    elif html:
        structure = "html"
    else:
        structure = "plain"
    for part in body.walk():
        if part is not body:
            del part["MIME-Version"]
    style = spec.get("boundary_style", "----=_Part_")
    for i, part in enumerate(body.walk()):
        if part.is_multipart():
            part.set_boundary(f"{style}{digest(spec['id'], str(i), n=20)}")

    date = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M:%S %z")
    lines = [f"Date: {format_datetime(date)}",
             "From: " + fmt_addr(spec["frm"], hcs)]
    if spec.get("rto"):
        lines.append("Reply-To: " + fmt_addrs(spec["rto"], hcs))
    lines.append("To: " + fmt_addrs(spec.get("to", ME), hcs))
    if spec.get("cc"):
        lines.append("Cc: " + fmt_addrs(spec["cc"], hcs))
    lines.append(encode_header("Subject", spec["subj"], hcs))
    lines.append(f"Message-ID: {ids[spec['id']]}")
    if spec.get("irt"):
        irt = ids.get(spec["irt"], spec["irt"])
        refs = [ids.get(r, r) for r in spec.get("refs", [])]
        if irt not in refs:
            refs.append(irt)
        lines.append(f"In-Reply-To: {irt}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("hdrs", {}).items():
        lines.append(f"{name}: {value}" if value.isascii() else encode_header(name, value, hcs))
    raw = ("\n".join(lines) + "\n").encode("ascii") + body.as_bytes()
    return raw, structure


def check(raw: bytes, spec: dict) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (spec["id"], part.defects)
    assert str(msg["Subject"]) == spec["subj"], (spec["id"], str(msg["Subject"]))
    texts = [p.get_content() for p in msg.walk() if p.get_content_type() in ("text/plain", "text/html")]
    assert texts and all(t.strip() for t in texts), spec["id"]
    for value in (spec.get("text"), spec.get("html")):
        if value:
            assert any(t.replace("\r\n", "\n").strip() == value.strip() for t in texts), spec["id"]


def main() -> None:
    specs = all_specs()
    ids = {spec["id"]: message_id(spec) for spec in specs}
    assert len(set(ids.values())) == len(ids)
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    rows, structures, charsets, ctes = [], Counter(), Counter(), Counter()
    for n, spec in enumerate(specs, 1):
        raw, structure = build(spec, ids)
        check(raw, spec)
        rel = f"{spec['kind']}/{n:03d}_{spec['slug']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        structures[structure] += 1
        charsets[spec.get("cs", "utf-8")] += 1
        ctes[spec.get("cte", "quoted-printable")] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(len(rows), "messages")
    print("kinds", Counter(r[1] for r in rows))
    print("languages", Counter(r[4] for r in rows))
    print("kind x language", sorted(Counter((r[1], r[4]) for r in rows).items()))
    print("structures", structures)
    print("charsets", charsets)
    print("transfer encodings", ctes)
    print("with contact", sum(1 for r in rows if r[3]))
    print("replies", sum(1 for s in specs if s.get("irt")))
    print("attachments", sum(len(s.get("att", [])) for s in specs))


if __name__ == "__main__":
    main()
