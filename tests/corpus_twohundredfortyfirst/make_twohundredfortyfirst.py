"""Build corpus 241 from the hand-written specs in the msgs241_*.py modules.

Run from the repository root:  python tests/corpus_twohundredfortyfirst/make_twohundredfortyfirst.py

Standard library only. It deletes and rewrites only the *.eml files under this folder and
labels.csv, then re-parses every written message and checks it (no defects, subject, names and
bodies round-trip).
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import re
import sys
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs241_acks  # noqa: E402
import msgs241_invites  # noqa: E402
import msgs241_other  # noqa: E402
import msgs241_rejections  # noqa: E402
from msgs241_common import CAND, CANDIDATE_ADDR, simple_html  # noqa: E402

KINDS = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
LANGS = {"en", "de", "fr", "es"}
POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)
LEGAL = re.compile(
    r"[\s,](gmbh|ag|sa|s\.a\.|sàrl|sarl|s\.l\.|sl|slu|ltd\.?|limited|inc\.?|sas|llc|dac|plc|kg)$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- headers

def _q_encode(raw: bytes) -> str:
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str, size: int = 0) -> list[str]:
    """RFC 2047 encoded words for text, short enough to fold one per line."""
    size = size or (14 if enc == "Q" else 16)
    words = []
    for start in range(0, len(text), size):
        raw = text[start:start + size].encode(charset)
        if enc == "B":
            words.append(f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?=")
        else:
            words.append(f"=?{charset}?Q?{_q_encode(raw)}?=")
    return words


def fold(name: str, tokens: list[str], sep: str = " ") -> str:
    """Join tokens into a header line, folding before a token when the line gets long."""
    line = f"{name}:"
    out = []
    for i, token in enumerate(tokens):
        glue = " " if i == 0 else sep
        if i and len(line) + len(glue) + len(token) > 76:
            out.append(line)
            line = " " + token
        else:
            line += glue + token
    out.append(line)
    return "\n".join(out)


def text_header(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and not value.isascii():
        enc = ("utf-8", "Q")
    if enc is None:
        return fold(name, value.split(" "))
    return fold(name, encoded_words(value, *enc))


_SPECIALS = set('()<>[]:;@\\,."')


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> list[str]:
    name, addr = pair
    if not name:
        return [f"<{addr}>"]
    if enc is None and not name.isascii():
        enc = ("utf-8", "Q")
    if enc is not None:
        # a display name is one encoded word: decoders disagree on the space between several
        word = encoded_words(name, *enc, size=len(name))[0]
        assert len(word) <= 75, name
        return [word, f"<{addr}>"]
    if _SPECIALS & set(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return [*name.split(" "), f"<{addr}>"]


def address_header(name: str, pairs: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> str:
    tokens: list[str] = []
    for i, pair in enumerate(pairs):
        part = address(pair, enc)
        if i < len(pairs) - 1:
            part[-1] += ","
        tokens += part
    return fold(name, tokens)


# --------------------------------------------------------------------------- ids and dates

def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def message_id(key: str, domain: str) -> str:
    digest = hashlib.sha1(key.encode()).hexdigest()[:12]
    slug = re.sub(r"[^a-z0-9]+", ".", key.lower()).strip(".")
    return f"<{slug}.{digest}@{domain}>"


def ext_id(key: str) -> str:
    return message_id(key, "mail.example.ch")


# --------------------------------------------------------------------------- calendar, pdf

def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, current = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0]] + [" " + x for x in out[1:]]


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(spec: dict, stamp: datetime) -> str:
    ics = spec["ics"]
    start = parse_date(ics["start"])
    end = start + timedelta(minutes=ics.get("minutes", 60))
    method = ics["method"]
    org_name, org_addr = ics["organizer"]
    status = ics.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus241//Calendar 1.0//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(start)}",
        f"DTEND:{_utc(end)}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines += [
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{CAND[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{CANDIDATE_ADDR}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF with the given lines in Helvetica."""
    stream = b"BT /F1 11 Tf 56 780 Td 15 TL\n"
    stream += b"/F1 14 Tf " + _pdf_string(title) + b" Tj T* T* /F1 11 Tf\n"
    for line in lines:
        stream += _pdf_string(line) + b" Tj T*\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title " + _pdf_string(title) + b" /Producer (corpus241 generator) >>",
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
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


# --------------------------------------------------------------------------- MIME body

def _leaf(content: str, subtype: str, charset: str, cte: str,
          params: dict[str, str] | None = None) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    part.set_content(content, subtype=subtype, charset=charset, cte=cte, params=params or {})
    return part


def _multipart(subtype: str, boundary: str, parts: list[MIMEPart]) -> MIMEPart:
    container = MIMEPart(policy=POLICY)
    container["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        container.attach(part)
    return container


def _default_cte(text: str, charset: str) -> str:
    return "7bit" if text.isascii() else "quoted-printable"


def build_body(spec: dict, stamp: datetime) -> tuple[MIMEPart, dict[str, str]]:
    """The MIME tree of the body and the expected decoded content per text subtype."""
    charset = spec.get("charset", "utf-8")
    expected: dict[str, str] = {}
    alternatives = []
    text = spec.get("text")
    html = spec.get("html")
    if html == "auto":
        html = simple_html(text, spec["lang"])
    if html is not None and charset != "utf-8":
        html = (html.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
                .replace("charset=utf-8", f"charset={charset}"))
    if text is not None:
        cte = spec.get("cte") or _default_cte(text, charset)
        alternatives.append(_leaf(text, "plain", charset, cte))
        expected["plain"] = text
    if html is not None:
        cte = spec.get("html_cte") or spec.get("cte") or _default_cte(html, charset)
        alternatives.append(_leaf(html, "html", charset, cte))
        expected["html"] = html
    if "ics" in spec:
        ics = make_ics(spec, stamp)
        cte = "7bit" if ics.isascii() else "quoted-printable"
        alternatives.append(_leaf(ics, "calendar", "utf-8", cte,
                                  {"method": spec["ics"]["method"]}))
        expected["calendar"] = ics
    tag = hashlib.sha1(spec["key"].encode()).hexdigest()[:16]
    body = (alternatives[0] if len(alternatives) == 1
            else _multipart("alternative", f"=_alt_{tag}", alternatives))
    attachments = []
    for pdf in spec.get("pdfs", []):
        part = MIMEPart(policy=POLICY)
        part.set_content(make_pdf(pdf["title"], pdf["lines"]), maintype="application",
                         subtype="pdf", disposition="attachment", filename=pdf["name"])
        attachments.append(part)
    if "ics" in spec and spec["ics"].get("file"):
        part = MIMEPart(policy=POLICY)
        part.set_content(make_ics(spec, stamp).encode("utf-8"), maintype="application",
                         subtype="ics", disposition="attachment", filename=spec["ics"]["file"])
        attachments.append(part)
    if attachments:
        body = _multipart("mixed", f"=_mix_{tag}", [body, *attachments])
    return body, expected


# --------------------------------------------------------------------------- one message

def render(spec: dict, ids: dict[str, str]) -> bytes:
    stamp = parse_date(spec["date"])
    assert stamp.year == 2026, spec["key"]
    sender = spec["from"]
    headers = [address_header("From", [sender], spec.get("from_enc"))]
    if spec.get("reply_to"):
        headers.append(address_header("Reply-To", [spec["reply_to"]], spec.get("reply_to_enc")))
    headers.append(address_header("To", spec.get("to", [CAND]), spec.get("to_enc")))
    if spec.get("cc"):
        headers.append(address_header("Cc", spec["cc"]))
    headers.append(text_header("Subject", spec["subject"], spec.get("subject_enc")))
    headers.append(f"Date: {format_datetime(stamp)}")
    headers.append(f"Message-ID: {ids[spec['key']]}")
    parent = spec.get("in_reply_to")
    if parent:
        headers.append(f"In-Reply-To: {resolve(parent, ids)}")
        refs = [resolve(r, ids) for r in spec.get("references", [parent])]
        headers.append(fold("References", refs))
    for name, value in spec.get("headers", []):
        headers.append(fold(name, value.split(" ")))
    headers.append("MIME-Version: 1.0")
    body, _ = build_body(spec, stamp)
    out = io.BytesIO()
    BytesGenerator(out, policy=POLICY).flatten(body)
    return ("\n".join(headers) + "\n").encode("ascii") + out.getvalue()


def resolve(ref: str, ids: dict[str, str]) -> str:
    if ref.startswith("ext:"):
        return ext_id(ref[4:])
    return ids[ref]


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(spec: dict, data: bytes) -> None:
    """Re-parse a written message and check it matches its spec."""
    key = spec["key"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        problems += [f"part defect {d!r}" for d in part.defects]
        for name, value in part.items():
            problems += [f"{name} defect {d!r}" for d in getattr(value, "defects", ())]
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    (name, addr), = getaddresses([str(msg["From"])])
    if (name, addr) != tuple(spec["from"]):
        problems.append(f"from {(name, addr)!r} != {spec['from']!r}")
    if spec.get("reply_to"):
        (name, addr), = getaddresses([str(msg["Reply-To"])])
        if (name, addr) != tuple(spec["reply_to"]):
            problems.append(f"reply-to {(name, addr)!r} != {spec['reply_to']!r}")
    if msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    _, expected = build_body(spec, parse_date(spec["date"]))
    found = {part.get_content_subtype(): part.get_content() for part in msg.walk()
             if part.get_content_maintype() == "text"}
    for subtype, text in expected.items():
        if subtype not in found:
            problems.append(f"text/{subtype} missing")
        elif _norm(found[subtype]) != _norm(text):
            problems.append(f"text/{subtype} does not round-trip")
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    if len(pdfs) != len(spec.get("pdfs", [])):
        problems.append("pdf count")
    for part in pdfs:
        blob = part.get_content()
        if not (blob.startswith(b"%PDF-1.4") and blob.rstrip().endswith(b"%%EOF")):
            problems.append("pdf bytes")
    if problems:
        raise SystemExit(f"{key}: " + "; ".join(problems))


def check_labels(spec: dict) -> None:
    key = spec["key"]
    assert spec["kind"] in KINDS, key
    assert spec["lang"] in LANGS, key
    senders = [spec["from"][1].lower()]
    if spec.get("reply_to"):
        senders.append(spec["reply_to"][1].lower())
    own = spec["from"][1].lower() == CANDIDATE_ADDR
    if own:
        assert spec["kind"] == "other" and not spec["contact"], key
    if spec["contact"]:
        assert spec["contact"] == spec["contact"].lower(), key
        assert spec["contact"] in senders, key
    if spec["kind"] == "other":
        assert not spec["company"], key
    else:
        assert spec["company"] and not LEGAL.search(spec["company"]), key
    assert re.fullmatch(r"[a-z0-9_]+", spec["scenario"]), key


def main() -> None:
    modules = [msgs241_rejections, msgs241_invites, msgs241_acks, msgs241_other]
    specs = [spec for module in modules for spec in module.MESSAGES]
    keys = [s["key"] for s in specs]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, duplicates
    ids = {s["key"]: message_id(s["key"], s["from"][1].split("@")[1]) for s in specs}
    for spec in specs:
        check_labels(spec)
        for ref in [spec.get("in_reply_to"), *spec.get("references", [])]:
            assert ref is None or ref.startswith("ext:") or ref in ids, (spec["key"], ref)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    label_file = HERE / "labels.csv"
    if label_file.exists():
        label_file.unlink()

    counters = dict.fromkeys(KINDS, 0)
    rows = []
    for spec in specs:
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['scenario']}.eml"
        try:
            data = render(spec, ids)
        except Exception as error:
            raise SystemExit(f"{spec['key']}: {type(error).__name__}: {error}") from error
        verify(spec, data)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with label_file.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(["fr", "en", "de", "es"], 0)
                                        for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':34} fr  en  de  es  all")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:34} {row['fr']:3} {row['en']:3} {row['de']:3} {row['es']:3} "
              f"{sum(row.values()):4}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in ["fr", "en", "de", "es"]}
    print(f"{'total':34} {totals['fr']:3} {totals['en']:3} {totals['de']:3} {totals['es']:3} "
          f"{sum(totals.values()):4}")


if __name__ == "__main__":
    main()
