"""Build corpus 231 (.eml files and labels.csv) from the hand-written specs in msgs231_*.py.

Run from the repository root:  python tests/corpus_twohundredthirtyfirst/make_twohundredthirtyfirst.py

Standard library only. The header block of every message is written by hand here so that
encoded words can use the charset and encoding (Q or B) each spec asks for; the body is built
with the `email` package. Boundaries, Message-IDs and dates are deterministic. Every written
message is parsed back with the default policy and checked: no defects, the subject, the
display name and every body part round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs231_acks  # noqa: E402
import msgs231_invites  # noqa: E402
import msgs231_other  # noqa: E402
import msgs231_rejections  # noqa: E402
from msgs231_common import CANDIDATE_ADDR, ME  # noqa: E402

KIND_COUNTS = {
    "rejection": 31,
    "interview_invitation": 26,
    "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10,
    "application_received": 21,
    "offer": 10,
    "other": 52,
}
LANGS = ("en", "de", "fr", "es")
COMPAT = email.policy.compat32.clone(linesep="\n", max_line_length=78)


# --------------------------------------------------------------------------- dates

def parse_when(when: str, tz: str = "Europe/Paris") -> datetime:
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    if tz.lower() == "utc":
        return naive.replace(tzinfo=timezone.utc)
    if tz[0] in "+-":
        sign = 1 if tz[0] == "+" else -1
        offset = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
        return naive.replace(tzinfo=timezone(offset))
    return naive.replace(tzinfo=ZoneInfo(tz))


def rfc_date(dt: datetime) -> str:
    # format_datetime wants a fixed offset to print "+0100"; convert the zone to one.
    fixed = dt.astimezone(timezone(dt.utcoffset() or timedelta(0)))
    return format_datetime(fixed)


# --------------------------------------------------------------------------- headers

def charset_for(name: str, enc: str) -> Charset:
    cs = Charset(name)
    cs.header_encoding = QP if enc.upper() == "Q" else BASE64
    return cs


def encoded_words(text: str, enc: tuple[str, str] | None) -> str:
    charset, how = enc or ("utf-8", "Q")
    return Header(text, charset_for(charset, how)).encode(maxlinelen=76, linesep="\n")


def fmt_addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is not None or not name.isascii():
        return f"{encoded_words(name, enc)} <{addr}>"
    return formataddr((name, addr))


def fmt_subject(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return subject
    return encoded_words(subject, enc)


def fold_ids(ids: list[str]) -> str:
    return "\n ".join(ids)


# --------------------------------------------------------------------------- bodies

def encode_payload(data: bytes, cte: str) -> str:
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "7bit":
        return data.decode("ascii")
    if cte == "8bit":
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


CTE_NAMES = {"qp": "quoted-printable", "b64": "base64", "base64": "base64",
             "8bit": "8bit", "7bit": "7bit", "quoted-printable": "quoted-printable"}


def html_for_charset(text: str, charset: str) -> str:
    """The HTML's own <meta> charset declaration made to agree with the MIME charset."""
    if charset == "utf-8":
        return text
    text = text.replace('charset="utf-8"', f'charset="{charset}"')
    return text.replace("charset=utf-8", f"charset={charset}")


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    cte = CTE_NAMES[cte]
    data = text.encode(charset)
    if cte == "7bit" and not data.isascii():
        cte = "quoted-printable"
    part = MIMENonMultipart("text", subtype, charset=charset)
    del part["MIME-Version"]
    part.set_payload(encode_payload(data, cte))
    part["Content-Transfer-Encoding"] = cte
    return part


def ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, current = [], ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return [out[0]] + [" " + rest for rest in out[1:]]


def make_ics(spec: dict, stamp: datetime) -> str:
    tz = spec.get("tz", "Europe/Paris")
    start = parse_when(spec["start"], tz).astimezone(timezone.utc)
    end = start + timedelta(minutes=spec.get("minutes", 60))
    method = spec["method"]
    status = spec.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    org_name, org_addr = spec["organizer"]
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{spec.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(timezone.utc).strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{ics_escape(spec['summary'])}",
    ]
    if spec.get("location"):
        lines.append(f"LOCATION:{ics_escape(spec['location'])}")
    if spec.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(spec['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for name, addr in spec.get("attendees", [ME]):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{addr}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def calendar_part(ics: str, method: str, attach: bool) -> Message:
    part = MIMENonMultipart("text", "calendar", method=method, charset="utf-8")
    del part["MIME-Version"]
    part.set_payload(encode_payload(ics.encode("utf-8"), "base64"))
    part["Content-Transfer-Encoding"] = "base64"
    if attach:
        part.replace_header("Content-Type", f'text/calendar; method={method}; charset="utf-8"; '
                            'name="invite.ics"')
        part.add_header("Content-Disposition", "attachment", filename="invite.ics")
    return part


def pdf_escape(line: str) -> str:
    raw = line.encode("cp1252")
    out = []
    for byte in raw:
        char = chr(byte)
        if char in "()\\":
            out.append("\\" + char)
        elif 32 <= byte < 127:
            out.append(char)
        else:
            out.append(f"\\{byte:03o}")
    return "".join(out)


def make_pdf(lines: list[str], title: str) -> bytes:
    """A one-page PDF 1.4 with the lines in Helvetica, offsets and xref computed."""
    text_ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for i, line in enumerate(lines):
        text_ops.append(f"({pdf_escape(line)}) Tj" if i == 0 else f"T* ({pdf_escape(line)}) Tj")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + pdf_escape(title).encode("latin-1") + b") /Producer (corpus231) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_part(spec: dict) -> Message:
    part = MIMEApplication(make_pdf(spec["lines"], spec.get("title", spec["filename"])),
                           "pdf")
    del part["MIME-Version"]
    name = spec["filename"]
    if name.isascii():
        part.set_param("name", name)
        part.add_header("Content-Disposition", "attachment", filename=name)
    else:  # RFC 2231 parameters
        part.set_param("name", ("utf-8", "", name))
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    return part


def build_body(spec: dict, stamp: datetime) -> tuple[Message, list[str]]:
    """The MIME tree of one spec and the list of text contents it must round-trip."""
    charset = spec.get("charset", "utf-8")
    expect: list[str] = []
    alternatives: list[Message] = []
    if spec.get("text") is not None:
        alternatives.append(text_part(spec["text"], "plain", charset, spec.get("cte", "qp")))
        expect.append(spec["text"])
    if spec.get("html") is not None:
        hcs = spec.get("html_charset", charset)
        html = html_for_charset(spec["html"], hcs)
        alternatives.append(text_part(html, "html", hcs, spec.get("html_cte", "qp")))
        expect.append(html)
    attachments: list[Message] = []
    ics_spec = spec.get("ics")
    if ics_spec:
        ics = make_ics(ics_spec, stamp)
        expect.append(ics)
        mode = ics_spec.get("mode", "alt")
        if mode in ("alt", "both"):
            alternatives.append(calendar_part(ics, ics_spec["method"], attach=False))
        if mode in ("attach", "both"):
            attachments.append(calendar_part(ics, ics_spec["method"], attach=True))
    for pdf in spec.get("pdfs", []):
        attachments.append(pdf_part(pdf))
    if spec.get("attach_message"):
        inner_bytes, inner_expect = render(spec["attach_message"], None, {})
        inner = email.message_from_bytes(inner_bytes, policy=COMPAT)
        wrapped = MIMEMessage(inner)
        del wrapped["MIME-Version"]
        attachments.append(wrapped)
        expect.extend(inner_expect)
    if len(alternatives) == 1:
        core = alternatives[0]
    else:
        core = MIMEMultipart("alternative", _subparts=alternatives)
        del core["MIME-Version"]
    if attachments:
        root = MIMEMultipart("mixed", _subparts=[core, *attachments])
        del root["MIME-Version"]
    else:
        root = core
    return root, expect


def set_boundaries(root: Message, seed: str) -> None:
    count = 0
    for part in root.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            count += 1
            digest = hashlib.sha1(f"{seed}/{count}".encode()).hexdigest()[:20]
            part.set_boundary(f"----=_Part_231_{count}_{digest}")


# --------------------------------------------------------------------------- messages

def message_id(key: str, domain: str) -> str:
    digest = hashlib.sha1(f"corpus231/{key}".encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def render(spec: dict, mid: str | None, ids: dict[str, str]) -> tuple[bytes, list[str]]:
    tz = spec.get("tz", "Europe/Paris")
    stamp = parse_when(spec["date"], tz)
    sender = spec.get("from", ME)
    lines = [f"From: {fmt_addr(sender, spec.get('from_enc'))}"]
    to = spec.get("to", [ME])
    lines.append("To: " + ",\n ".join(fmt_addr(pair, spec.get("to_enc")) for pair in to))
    if spec.get("cc"):
        lines.append("Cc: " + ",\n ".join(fmt_addr(pair) for pair in spec["cc"]))
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {fmt_addr(spec['reply_to'], spec.get('reply_to_enc'))}")
    lines.append(f"Subject: {fmt_subject(spec['subject'], spec.get('subject_enc'))}")
    lines.append(f"Date: {rfc_date(stamp)}")
    if mid is None:
        domain = sender[1].split("@")[1]
        mid = message_id(spec["subject"] + spec["date"], domain)
    lines.append(f"Message-ID: {mid}")
    refs = [ids.get(ref, ref) for ref in spec.get("refs", [])]
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append(f"References: {fold_ids(refs)}")
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    root, expect = build_body(spec, stamp)
    root["MIME-Version"] = "1.0"
    set_boundaries(root, mid)
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=COMPAT).flatten(root)
    head = "\n".join(lines) + "\n"
    head.encode("ascii")  # every header is 7-bit: non-ASCII text goes in encoded words
    return head.encode("ascii") + buffer.getvalue(), expect


def check_round_trip(path: Path, spec: dict, expect: list[str]) -> None:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in message.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(message["subject"]) != spec["subject"]:
        problems.append(f"subject {message['subject']!r} != {spec['subject']!r}")
    sender = spec.get("from", ME)
    parsed = message["from"].addresses[0]
    if (parsed.display_name, parsed.addr_spec) != (sender[0], sender[1]):
        problems.append(f"from {parsed!r} != {sender!r}")
    if message["date"].datetime.year != 2026:
        problems.append("date not in 2026")
    contents = [part.get_content() for part in message.walk()
                if part.get_content_maintype() == "text"]
    for wanted in expect:
        if wanted not in contents:
            problems.append(f"body part did not round-trip: {wanted[:60]!r}")
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))


def main() -> None:
    modules = [msgs231_rejections, msgs231_invites, msgs231_acks, msgs231_other]
    specs = [spec for module in modules for spec in module.MESSAGES]
    numbering: Counter[str] = Counter()
    planned = []
    for spec in specs:
        kind = spec["kind"]
        numbering[kind] += 1
        rel = f"{kind}/{numbering[kind]:03d}_{spec['slug']}.eml"
        planned.append((rel, spec))
    ids: dict[str, str] = {}
    for rel, spec in planned:
        sender = spec.get("from", ME)
        domain = spec.get("mid_domain", sender[1].split("@")[1])
        mid = message_id(rel, domain)
        if spec.get("id"):
            assert spec["id"] not in ids, spec["id"]
            ids[spec["id"]] = mid
        spec["_mid"] = mid
    # clean only what this script writes
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    seen_ids = set()
    for rel, spec in planned:
        for ref in spec.get("refs", []):
            assert ref in ids or ref.startswith("<"), f"{rel}: unknown ref {ref}"
        data, expect = render(spec, spec["_mid"], ids)
        assert spec["_mid"] not in seen_ids
        seen_ids.add(spec["_mid"])
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check_round_trip(path, spec, expect)
        rows.append(label_row(rel, spec))
    rows.sort(key=lambda row: row[0])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    report(rows)


def label_row(rel: str, spec: dict) -> list[str]:
    kind, lang = spec["kind"], spec["lang"]
    company, contact = spec.get("company", ""), spec.get("contact", "")
    assert kind in KIND_COUNTS, rel
    assert lang in LANGS, rel
    assert (kind == "other") == (company == ""), f"{rel}: company {company!r} for {kind}"
    assert contact == contact.lower(), rel
    sender = spec.get("from", ME)
    if sender[1] == CANDIDATE_ADDR:
        assert kind == "other" and contact == "", rel
    if contact:
        candidates = [sender[1].lower()]
        if spec.get("reply_to"):
            candidates.append(spec["reply_to"][1].lower())
        assert contact in candidates, f"{rel}: contact {contact} not in From/Reply-To"
    return [rel, kind, company, contact, lang]


def report(rows: list[list[str]]) -> None:
    table: Counter[tuple[str, str]] = Counter((row[1], row[4]) for row in rows)
    kinds = Counter(row[1] for row in rows)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KIND_COUNTS:
        print(f"{kind:32}" + "".join(f"{table[(kind, lang)]:>5}" for lang in LANGS)
              + f"  {kinds[kind]:>5}")
    langs = Counter(row[4] for row in rows)
    print(f"{'total':32}" + "".join(f"{langs[lang]:>5}" for lang in LANGS) + f"  {len(rows):>5}")
    wrong = {k: (kinds[k], n) for k, n in KIND_COUNTS.items() if kinds[k] != n}
    if wrong:
        print(f"WARNING: kind counts differ from the plan (have, want): {wrong}")


if __name__ == "__main__":
    main()
