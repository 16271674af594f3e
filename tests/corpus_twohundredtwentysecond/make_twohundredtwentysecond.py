#!/usr/bin/env python3
"""Build corpus 222 (blind): the *.eml files and labels.csv from the hand-written specs.

Run from the repository root:
    python tests/corpus_twohundredtwentysecond/make_twohundredtwentysecond.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder,
then re-parses every message with the default policy and checks it round-trips.
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import io
import re
import sys
from collections import Counter
from datetime import datetime, timezone
from email import quoprimime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs222_acks  # noqa: E402
import msgs222_common as C  # noqa: E402
import msgs222_invites  # noqa: E402
import msgs222_other  # noqa: E402
import msgs222_rejections  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10,
            "other": 52}

# ---------------------------------------------------------------------------
# headers
# ---------------------------------------------------------------------------


def _encoded_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc.upper() == "B":
        import base64
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    return quoprimime.header_encode(raw, charset).replace("?q?", "?Q?", 1)


def encode_words(text: str, charset: str = "utf-8", enc: str = "Q", limit: int = 62) -> str:
    """The whole text as RFC 2047 encoded words of at most `limit` chars, folded."""
    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(_encoded_word(cur + ch, charset, enc)) > limit:
            words.append(_encoded_word(cur, charset, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_encoded_word(cur, charset, enc))
    return "\n ".join(words)


def fmt_addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc or not name.isascii():
        cs, e = enc or ("utf-8", "Q")
        return f"{encode_words(name, cs, e)} <{addr}>"
    return formataddr((name, addr))


def fold(name: str, value: str) -> str:
    """Fold a header line at spaces so lines stay within 78 characters where possible."""
    if "\n" in value or len(name) + 2 + len(value) <= 78:
        return f"{name}: {value}"
    words = value.split(" ")
    lines: list[str] = []
    cur = f"{name}:"
    for word in words:
        if len(cur) + 1 + len(word) > 78 and cur.strip() not in (f"{name}:",):
            lines.append(cur)
            cur = " " + word
        else:
            cur = cur + " " + word
    lines.append(cur)
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# bodies, PDF and iCalendar
# ---------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[cte]
    if cte == "7bit":
        text.encode("ascii")
    part = MIMEText(text, subtype, cs)
    del part["MIME-Version"]
    return part


def make_pdf(title: str, lines: list[str]) -> bytes:
    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252", errors="replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    ops = [b"BT", b"/F1 16 Tf", b"56 790 Td", b"18 TL", pdf_str(title) + b" Tj", b"/F1 11 Tf",
           b"T* T*"]
    for line in lines:
        ops.append(pdf_str(line) + b" Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title " + pdf_str(title) + b" /Producer (corpus222 generator) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


_TZ = {
    "Europe/Dublin": ("GMT", "IST", "+0000", "+0100"),
    "Europe/London": ("GMT", "BST", "+0000", "+0100"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
}


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 73
        while len(line[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def make_ics(ics: dict, stamp: datetime) -> str:
    tz = ics.get("tz", "Europe/Dublin")
    std, dst, std_off, dst_off = _TZ[tz]
    method = ics["method"]
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = datetime.strptime(ics["end"], "%Y-%m-%d %H:%M")
    org_name, org_addr = ics["organizer"]
    status = "CANCELLED" if method == "CANCEL" else ics.get("status", "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:STANDARD", "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}", f"TZNAME:{std}", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}", f"TZNAME:{dst}", "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tz}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for att_name, att_addr in ics.get("attendees", [C.CAND]):
        lines.append(f'ATTENDEE;CN="{att_name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{att_addr}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded: list[str] = []
    for line in lines:
        folded += _ics_fold(line)
    return "\r\n".join(folded) + "\r\n"


def calendar_part(ics: dict, stamp: datetime, attach: bool) -> MIMEText:
    text = make_ics(ics, stamp)
    cs = Charset("utf-8")
    cs.body_encoding = BASE64 if attach else (QP if not text.isascii() else None)
    part = MIMEText(text, "calendar", cs)
    del part["MIME-Version"]
    part.set_param("method", ics["method"])
    if attach:
        part.set_param("name", ics.get("filename", "invite.ics"))
        part.add_header("Content-Disposition", "attachment",
                        filename=ics.get("filename", "invite.ics"))
    return part


def pdf_part(pdf: dict) -> MIMEApplication:
    data = make_pdf(pdf["title"], pdf["lines"])
    part = MIMEApplication(data, "pdf")
    del part["MIME-Version"]
    name = pdf["filename"]
    if name.isascii():
        part.set_param("name", name)
        part.add_header("Content-Disposition", "attachment", filename=name)
    else:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    return part


# ---------------------------------------------------------------------------
# assembling one message
# ---------------------------------------------------------------------------


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def build_body(spec: dict, stamp: datetime) -> Message:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    text = spec.get("text")
    html = spec.get("html")
    ics = spec.get("ics")
    ics_mode = spec.get("ics_mode", "alt")
    alternatives: list[Message] = []
    if text is not None:
        alternatives.append(text_part(text, "plain", charset, cte))
    if html is not None:
        alternatives.append(text_part(html, "html", spec.get("html_charset", charset),
                                      spec.get("html_cte", cte)))
    if ics and ics_mode in ("alt", "both"):
        alternatives.append(calendar_part(ics, stamp, attach=False))
    if len(alternatives) == 1:
        body: Message = alternatives[0]
    else:
        body = MIMEMultipart("alternative", _subparts=alternatives)
        del body["MIME-Version"]
    attachments: list[Message] = []
    if ics and ics_mode in ("attach", "both"):
        attachments.append(calendar_part(ics, stamp, attach=True))
    for pdf in spec.get("pdf", []):
        attachments.append(pdf_part(pdf))
    if attachments:
        root = MIMEMultipart("mixed", _subparts=[body, *attachments])
        del root["MIME-Version"]
        return root
    return body


def set_boundaries(part: Message, seed: str, depth: int = 0) -> None:
    if part.is_multipart():
        digest = hashlib.sha1(f"{seed}/{depth}".encode()).hexdigest()[:16]
        part.set_boundary(f"----=_c222_{depth}_{digest}")
        for index, sub in enumerate(part.get_payload()):
            set_boundaries(sub, f"{seed}.{index}", depth + 1)


def message_id(spec: dict) -> str:
    key = spec.get("key") or spec["slug"]
    stamp = parse_date(spec["date"]).astimezone(timezone.utc)
    digest = hashlib.sha1(f"c222/{key}".encode()).hexdigest()[:12].upper()
    return f"<{stamp:%Y%m%d%H%M%S}.{digest}@{spec.get('mid_domain', domain_of(spec['frm'][1]))}>"


def render(spec: dict, ids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    stamp = parse_date(spec["date"])
    headers: list[tuple[str, str]] = []
    headers.append(("Date", format_datetime(stamp)))
    headers.append(("From", fmt_addr(spec["frm"], spec.get("name_enc"))))
    if spec.get("sender"):
        headers.append(("Sender", fmt_addr(spec["sender"])))
    if spec.get("reply_to"):
        headers.append(("Reply-To", fmt_addr(spec["reply_to"], spec.get("reply_enc"))))
    headers.append(("To", ", ".join(fmt_addr(a, spec.get("to_enc")) for a in spec["to"])))
    if spec.get("cc"):
        headers.append(("Cc", ", ".join(fmt_addr(a) for a in spec["cc"])))
    subject = spec["subject"]
    if spec.get("subj_enc"):
        subj_value = encode_words(subject, *spec["subj_enc"])
    elif not subject.isascii():
        subj_value = encode_words(subject, "utf-8", "Q")
    else:
        subj_value = subject
    headers.append(("Subject", subj_value))
    key = spec.get("key") or spec["slug"]
    headers.append(("Message-ID", ids[key]))
    if refs[key]:
        headers.append(("In-Reply-To", refs[key][-1]))
        headers.append(("References", " ".join(refs[key])))
    for name, value in spec.get("headers", []):
        headers.append((name, value))
    block = "\n".join(fold(n, v) for n, v in headers) + "\n"
    block.encode("ascii")

    root = build_body(spec, stamp)
    set_boundaries(root, key)
    root["MIME-Version"] = "1.0"
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=email.policy.compat32).flatten(root)
    return block.encode("ascii") + out.getvalue()


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, data: bytes, rel: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    if msg.defects:
        problems.append(f"defects {msg.defects}")
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
    for name in ("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID"):
        value = msg[name]
        if value is not None and getattr(value, "defects", None):
            problems.append(f"{name} header defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    date = msg["Date"].datetime
    if date.year != 2026 or not 1 <= date.month <= 10:
        problems.append(f"date {date}")
    got: dict[str, list[str]] = {"plain": [], "html": [], "calendar": []}
    pdfs = 0
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html", "text/calendar"):
            got[part.get_content_subtype()].append(_norm(part.get_content()))
        if part.get_content_type() == "application/pdf":
            if not part.get_content().startswith(b"%PDF-1.4"):
                problems.append("pdf not a pdf")
            pdfs += 1
    if spec.get("text") is not None and got["plain"] != [_norm(spec["text"])]:
        problems.append("plain body does not round-trip")
    if spec.get("html") is not None and got["html"] != [_norm(spec["html"])]:
        problems.append("html body does not round-trip")
    if spec.get("ics"):
        if not got["calendar"] or f"METHOD:{spec['ics']['method']}" not in got["calendar"][0]:
            problems.append("calendar part missing")
    if pdfs != len(spec.get("pdf", [])):
        problems.append("pdf count")
    from_name = spec["frm"][0]
    if from_name and msg["From"].addresses[0].display_name != from_name:
        problems.append(f"from name {msg['From'].addresses[0].display_name!r}")
    addrs = [a.lower() for _, a in getaddresses(
        [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])])]
    contact = spec["contact"]
    if contact and contact not in addrs:
        problems.append(f"contact {contact} not in Reply-To/From {addrs}")
    if contact != contact.lower():
        problems.append("contact not lower-case")
    if spec["frm"][1] == C.CANDIDATE_ADDR and (contact or spec["kind"] != "other"):
        problems.append("candidate's own mail must be other without contact")
    if spec["kind"] == "other" and spec["company"]:
        problems.append("other must have no company")
    if spec["kind"] != "other" and not spec["company"]:
        problems.append("job mail needs a company")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def all_specs() -> list[dict]:
    specs = (msgs222_rejections.MESSAGES + msgs222_invites.MESSAGES + msgs222_acks.MESSAGES
             + msgs222_other.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    counts = Counter(s["kind"] for s in specs)
    assert dict(counts) == EXPECTED, counts
    keys = [s.get("key") or s["slug"] for s in specs]
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    assert not dupes, dupes
    by_key = {k: s for k, s in zip(keys, specs)}
    ids = {k: message_id(s) for k, s in by_key.items()}
    assert len(set(ids.values())) == len(ids)
    refs: dict[str, list[str]] = {}

    def chain(key: str) -> list[str]:
        if key not in refs:
            spec = by_key[key]
            parent = spec.get("parent")
            base = list(spec.get("refs", []))
            if parent:
                assert parent_date_ok(by_key[parent], spec), (parent, key)
                base = chain(parent) + [ids[parent]] + list(spec.get("refs_after", []))
            refs[key] = base
        return refs[key]

    for key in keys:
        chain(key)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    for kind in KIND_ORDER:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        n = 0
        for spec in specs:
            if spec["kind"] != kind:
                continue
            n += 1
            assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), spec["slug"]
            rel = f"{kind}/{n:03d}_{spec['slug']}.eml"
            key = spec.get("key") or spec["slug"]
            data = render(spec, ids, refs)
            check(spec, data, rel)
            (HERE / rel).write_bytes(data)
            rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    langs = Counter(r[4] for r in rows)
    table = Counter((r[1], r[4]) for r in rows)
    print(f"wrote {len(rows)} messages; languages {dict(langs)}")
    for kind in KIND_ORDER:
        cells = " ".join(f"{lang}={table[(kind, lang)]:>2}" for lang in ("en", "de", "fr", "es"))
        print(f"  {kind:32} {cells}  total={counts[kind]}")


def parent_date_ok(parent: dict, child: dict) -> bool:
    return parse_date(parent["date"]) < parse_date(child["date"])


if __name__ == "__main__":
    main()
