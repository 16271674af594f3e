"""Build corpus 280 (blind, hand-written): Gaëtan Mbeki-Lefort's job-search mailbox.

Run from the repository root:  python tests/corpus_twohundredeightieth/make_twohundredeightieth.py

Reads the hand-written specs in msgs280_*.py, writes one .eml per spec under <kind>/ and
labels.csv, then re-parses every written file and checks it (no defects, subject and bodies
round-trip). Standard library only. Deletes and rewrites only *.eml and labels.csv here.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import re
import sys
from email.message import MIMEPart
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs280_acks  # noqa: E402
import msgs280_common as C  # noqa: E402
import msgs280_invites  # noqa: E402
import msgs280_other  # noqa: E402
import msgs280_rejections  # noqa: E402

KIND_ORDER = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
POLICY = email.policy.default.clone(linesep="\n")
EXPECTED = {
    "rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52,
}


# --------------------------------------------------------------------------- headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _encode_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        body = base64.b64encode(raw).decode("ascii")
    else:
        body = "".join(
            "_" if b == 0x20 else chr(b) if b in _Q_SAFE else f"={b:02X}" for b in raw
        )
    return f"=?{charset}?{enc}?{body}?="


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """Split text into encoded words of at most 75 characters (never splitting a character)."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if len(_encode_word(trial, charset, enc)) > 75:
            words.append(_encode_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_encode_word(chunk, charset, enc))
    return words


def fold_words(name: str, pieces: list[str], sep: str = " ") -> str:
    """Write `Name: piece piece ...` folding before a piece when a line would pass 78."""
    lines = [f"{name}:"]
    for i, piece in enumerate(pieces):
        joiner = " " if i == 0 else sep
        if len(lines[-1]) + len(joiner) + len(piece) > 78 and lines[-1] != f"{name}:":
            lines.append(" " + piece)
        else:
            lines[-1] += joiner + piece
    return "\n".join(lines)


def text_header(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and not value.isascii():
        enc = ("utf-8", "Q")
    if enc is None:
        return fold_words(name, value.split(" "))
    # encoded words: whitespace between adjacent encoded words is dropped when decoding
    return fold_words(name, encoded_words(value, *enc))


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def mailbox(name: str, addr: str, enc: tuple[str, str] | None) -> list[str]:
    """One address as header pieces (display name, possibly encoded, then <addr>)."""
    if not name:
        return [addr]
    if enc is None and not name.isascii():
        enc = ("utf-8", "Q")
    if enc is not None:
        return [*encoded_words(name, *enc), f"<{addr}>"]
    if _SPECIALS.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return [*name.split(" "), f"<{addr}>"]


def address_header(name: str, boxes: list[tuple[str, str]], enc: tuple[str, str] | None) -> str:
    pieces: list[str] = []
    for i, (display, addr) in enumerate(boxes):
        box = mailbox(display, addr, enc)
        if i < len(boxes) - 1:
            box[-1] += ","
        pieces += box
    return fold_words(name, pieces)


# --------------------------------------------------------------------------- dates

def parse_date(value: str) -> dt.datetime:
    stamp = dt.datetime.strptime(value, "%Y-%m-%d %H:%M %z")
    assert stamp.year == 2026, value
    return stamp


def check_offset(stamp: dt.datetime, offset: str, where: str) -> None:
    """Central-European senders must use the right summer/winter offset for 2026."""
    if offset not in ("+0100", "+0200"):
        return
    utc = stamp.astimezone(dt.UTC)
    summer = (dt.datetime(2026, 3, 29, 1, tzinfo=dt.UTC) <= utc
              < dt.datetime(2026, 10, 25, 1, tzinfo=dt.UTC))
    assert offset == ("+0200" if summer else "+0100"), f"{where}: wrong offset {offset}"


# --------------------------------------------------------------------------- attachments

def build_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` (WinAnsi text, Helvetica)."""
    def pdf_str(text: str) -> str:
        out = []
        for b in text.encode("cp1252"):
            ch = chr(b)
            if ch in "()\\":
                out.append("\\" + ch)
            elif 32 <= b < 127:
                out.append(ch)
            else:
                out.append(f"\\{b:03o}")
        return "(" + "".join(out) + ")"

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"{pdf_str(line)} Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def _ics_time(value: str) -> str:
    return parse_date(value).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


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


def build_ics(ics: dict, sent: str) -> str:
    method = ics["method"]
    start = parse_date(ics["start"])
    end = start + dt.timedelta(minutes=ics.get("minutes", 60))
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 280//Hand-written invitations//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{_ics_time(sent)}",
        f"DTSTART:{start.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTEND:{end.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
        f"LOCATION:{_ics_escape(ics.get('location', ''))}",
        f"DESCRIPTION:{_ics_escape(ics.get('description', ''))}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{C.CANDIDATE_NAME}";ROLE' f"=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{C.CANDIDATE_ADDR}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- MIME

def text_part(body: str, subtype: str, charset: str, cte: str) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    part.set_content(body, subtype=subtype, charset=charset, cte=cte)
    return part


def multipart(subtype: str, boundary: str, parts: list[MIMEPart]) -> MIMEPart:
    container = MIMEPart(policy=POLICY)
    container["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        container.attach(part)
    return container


def build_body(spec: dict, tag: str) -> tuple[MIMEPart, dict]:
    charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    if html == "auto":
        html = C.page(C.paras(text), spec["lang"], spec["subject"])
    elif html == "auto-outlook":
        html = C.outlook_html(C.mso(text), spec["lang"])
    expect = {"text/plain": text, "text/html": html}
    body_parts = []
    if text is not None:
        body_parts.append(text_part(text, "plain", charset, spec.get("cte", "8bit")))
    if html is not None:
        body_parts.append(text_part(html, "html", spec.get("html_charset", "utf-8"),
                                    spec.get("html_cte", "quoted-printable")))
    ics = spec.get("ics")
    ics_text = build_ics(ics, spec["date"]) if ics else None
    expect["text/calendar"] = ics_text
    ics_mode = ics.get("mode", "alt") if ics else None
    if ics_text and ics_mode == "alt":
        cal = MIMEPart(policy=POLICY)
        cal.set_content(ics_text, subtype="calendar", charset="utf-8",
                        cte=ics.get("cte", "8bit"), params={"method": ics["method"]})
        body_parts.append(cal)
    root = (body_parts[0] if len(body_parts) == 1
            else multipart("alternative", f"=_alt280_{tag}", body_parts))
    attachments = []
    if ics_text and ics_mode == "attach":
        cal = MIMEPart(policy=POLICY)
        cal.set_content(ics_text, subtype="calendar", charset="utf-8", cte="base64",
                        params={"method": ics["method"]}, disposition="attachment",
                        filename=ics.get("filename", "invite.ics"))
        attachments.append(cal)
    pdfs = spec.get("pdf") or []
    if isinstance(pdfs, dict):
        pdfs = [pdfs]
    for pdf in pdfs:
        att = MIMEPart(policy=POLICY)
        att.set_content(build_pdf(pdf["lines"]), maintype="application", subtype="pdf",
                        disposition="attachment", filename=pdf["filename"])
        attachments.append(att)
    expect["pdf"] = len(pdfs)
    if attachments:
        root = multipart("mixed", f"=_mix280_{tag}", [root, *attachments])
    return root, expect


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict, tag: str) -> str:
    frm_addr = spec["frm"][1]
    domain = "mail.example.fr" if frm_addr == C.CANDIDATE_ADDR else domain_of(frm_addr)
    digest = hashlib.sha1(f"280/{spec['kind']}/{spec['slug']}".encode()).hexdigest()[:16]
    return f"<{digest}.{tag}@{domain}>"


def header_block(spec: dict, msgid: str, parent: dict | None) -> str:
    stamp = parse_date(spec["date"])
    if spec.get("cet", True):  # a British sender in summer is +0100 too
        check_offset(stamp, spec["date"][-5:], spec["slug"])
    lines = []
    name, addr = spec["frm"]
    lines.append(address_header("From", [(name, addr)], spec.get("name_enc")))
    to = spec.get("to") or [C.CANDIDATE]
    lines.append(address_header("To", to, spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], spec.get("to_enc")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], spec.get("name_enc")))
    lines.append(text_header("Subject", spec["subject"], spec.get("subj_enc")))
    lines.append("Date: " + email.utils.format_datetime(stamp))
    lines.append("Message-ID: " + msgid)
    if parent is not None:
        lines.append("In-Reply-To: " + parent["_msgid"])
        refs = [*parent["_refs"], parent["_msgid"]]
        spec["_refs"] = refs
        lines.append(fold_words("References", refs))
    else:
        spec["_refs"] = []
    for key, value in spec.get("headers", []):
        lines.append(fold_words(key, value.split(" ")))
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- checks

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(path: Path, spec: dict, expect: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = str(path.relative_to(HERE))
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for key in part:
            header = part[key]
            assert not getattr(header, "defects", ()), f"{where}: {key} {header.defects}"
    assert str(msg["subject"]) == spec["subject"], f"{where}: subject {msg['subject']!r}"
    seen: dict[str, str] = {}
    pdfs = 0
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            seen.setdefault(ctype, part.get_content())
        if ctype == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), where
            pdfs += 1
    for ctype in ("text/plain", "text/html", "text/calendar"):
        want = expect.get(ctype)
        if want is None:
            assert ctype not in seen, f"{where}: unexpected {ctype}"
        else:
            assert norm(seen.get(ctype, "")) == norm(want), f"{where}: {ctype} differs"
    assert pdfs == expect["pdf"], f"{where}: pdf count"
    sender = email.utils.parseaddr(str(msg["from"]))[1].lower()
    assert sender == spec["frm"][1].lower(), where


def check_spec(spec: dict) -> None:
    where = spec["slug"]
    assert spec["kind"] in KIND_ORDER, where
    assert spec["lang"] in ("en", "de", "fr", "es"), where
    assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), where
    own = spec["frm"][1] == C.CANDIDATE_ADDR
    if spec["kind"] == "other":
        assert spec.get("company", "") == "", where
    else:
        assert spec.get("company"), where
        assert not own, where
    contact = spec.get("contact", "")
    if own:
        assert contact == "", where
    if contact:
        assert contact == contact.lower(), where
        boxes = [spec["frm"]] + ([spec["reply_to"]] if spec.get("reply_to") else [])
        assert contact in [addr.lower() for _, addr in boxes], where


# --------------------------------------------------------------------------- main

def all_specs() -> list[dict]:
    return [*msgs280_rejections.SPECS, *msgs280_invites.SPECS, *msgs280_acks.SPECS,
            *msgs280_other.SPECS]


def main() -> None:
    specs = all_specs()
    for spec in specs:
        check_spec(spec)
    counts = {kind: sum(1 for s in specs if s["kind"] == kind) for kind in KIND_ORDER}
    assert counts == EXPECTED, counts
    keys = [s["key"] for s in specs if "key" in s]
    assert len(keys) == len(set(keys)), "duplicate keys"
    slugs = [(s["kind"], s["slug"]) for s in specs]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    by_key = {s["key"]: s for s in specs if "key" in s}

    # numbering per kind folder, then Message-IDs (parents may come later in file order)
    numbered: dict[str, int] = {}
    for spec in specs:
        numbered[spec["kind"]] = numbered.get(spec["kind"], 0) + 1
        spec["_rel"] = f"{spec['kind']}/{numbered[spec['kind']]:03d}_{spec['slug']}.eml"
        spec["_tag"] = f"{KIND_ORDER.index(spec['kind']) + 1}{numbered[spec['kind']]:03d}"
        spec["_msgid"] = message_id(spec, spec["_tag"])

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    # parents first, so References can be chained
    done: set[str] = set()

    def write(spec: dict) -> None:
        if spec["_rel"] in done:
            return
        parent = by_key[spec["parent"]] if spec.get("parent") else None
        if parent is not None:
            write(parent)
            assert parse_date(parent["date"]) < parse_date(spec["date"]), spec["slug"]
        root, expect = build_body(spec, spec["_tag"])
        head = header_block(spec, spec["_msgid"], parent)
        path = HERE / spec["_rel"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(head.encode("ascii") + root.as_bytes(policy=POLICY))
        verify(path, spec, expect)
        done.add(spec["_rel"])

    for spec in specs:
        write(spec)

    rows = sorted(
        ([s["_rel"], s["kind"], s.get("company", ""), s.get("contact", ""), s["lang"]]
         for s in specs),
    )
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    langs: dict[str, int] = {}
    for spec in specs:
        langs[spec["lang"]] = langs.get(spec["lang"], 0) + 1
    print(f"wrote {len(specs)} messages: {counts} {langs}")


if __name__ == "__main__":
    main()
