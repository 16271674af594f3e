"""Build corpus 275 (*.eml + labels.csv) from the hand-written specs in the msgs275_* modules.

Run from the repository root:

    python tests/corpus_twohundredseventyfifth/make_twohundredseventyfifth.py

Standard library only. Every message is built with the `email` package; the top header block is
written here so that encoded words can use the charset and encoding (Q or B) a spec asks for.
Boundaries, Message-IDs and dates are deterministic. Every written file is parsed again with
the default policy and checked (no defects; subject, addresses and bodies round-trip). Only
*.eml files and labels.csv inside this folder are deleted and rewritten.

Spec keys (see msgs275_common.M):
  kind, slug, lang, company, contact      labels
  frm, reply_to                           (display name, address)
  to, cc                                  lists of (display name, address); to defaults to
                                          the candidate
  subject, date                           date as "YYYY-MM-DD HH:MM +HHMM"
  text, html                              bodies (either or both)
  charset, cte, html_cte                  body charset and transfer encodings
  subj_enc, name_enc                      (charset, "Q" | "B") for encoded words
  headers                                 extra (name, value) pairs, ASCII
  ics, ics_mode, ics_cte                  calendar part: dict, "alt" | "attach" | "both"
  pdf                                     list of dicts (filename, title, lines)
  parent                                  slug of the message replied to (threads)
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import sys
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs275_acks  # noqa: E402
import msgs275_invites  # noqa: E402
import msgs275_other  # noqa: E402
import msgs275_rejections  # noqa: E402
from msgs275_common import CAND  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
GEN_POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)

# ----------------------------------------------------------------------------- headers


def is_ascii(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


def _one_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        out = []
        for byte in raw:
            ch = chr(byte)
            if byte == 32:
                out.append("_")
            elif byte < 128 and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            else:
                out.append(f"={byte:02X}")
        payload = "".join(out)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str, enc: str, limit: int = 70) -> list[str]:
    """RFC 2047 encoded words (each at most `limit` chars), never splitting a character."""
    words: list[str] = []
    cur = ""
    for ch in text:
        trial = cur + ch
        if cur and len(_one_word(trial, charset, enc)) > limit:
            words.append(_one_word(cur, charset, enc))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_one_word(cur, charset, enc))
    return words


def fold_ascii(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so that lines stay under 78 characters."""
    line = f"{name}: "
    lines: list[str] = []
    for i, token in enumerate(value.split(" ")):
        piece = token if i == 0 else " " + token
        if len(line) + len(piece) > 78 and line.strip() and not line.endswith(": "):
            lines.append(line)
            line = " " + token
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


SPECIALS = set('()<>@,;:\\".[]')


def format_address(pair: tuple[str, str], enc: tuple[str, str]) -> str:
    name, addr = pair
    if not name:
        return addr
    if is_ascii(name):
        if any(ch in SPECIALS for ch in name):
            quoted = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{quoted}" <{addr}>'
        return f"{name} <{addr}>"
    return " ".join(encoded_words(name, *enc)) + f" <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]], enc: tuple[str, str]) -> str:
    items = [format_address(p, enc) for p in pairs]
    return f"{name}: " + ",\n ".join(items)


def unstructured_header(name: str, value: str, enc: tuple[str, str]) -> str:
    if is_ascii(value):
        return fold_ascii(name, value)
    words = encoded_words(value, *enc)
    return f"{name}: " + "\n ".join(words)


# ----------------------------------------------------------------------------- parts


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Helvetica, WinAnsi)."""
    def pdf_str(text: str) -> str:
        raw = text.encode("cp1252", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "72 770 Td", f"({pdf_str(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        ops += ["0 -18 Td", f"({pdf_str(line)}) Tj"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + pdf_str(title).encode("latin-1") + b") /Producer (corpus275) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def parse_when(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def make_ics(ics: dict, stamp: datetime) -> str:
    start = parse_when(ics["start"]).astimezone(UTC)
    end = start + timedelta(minutes=ics.get("minutes", 60))
    z = "%Y%m%dT%H%M%SZ"
    org_name, org_addr = ics["organizer"]
    method = ics["method"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 275//Calendar 1.0//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime(z)}",
        f"DTSTART:{start.strftime(z)}",
        f"DTEND:{end.strftime(z)}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
        f"LOCATION:{ics_escape(ics.get('location', ''))}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
    ]
    for name, addr in ics.get("attendees", [CAND]):
        role = "REQ-PARTICIPANT"
        lines.append(f'ATTENDEE;CN="{name}";ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
                     f"mailto:{addr}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def auto_cte(text: str) -> str:
    return "7bit" if is_ascii(text) else "quoted-printable"


def text_part(text: str, subtype: str, charset: str, cte: str | None) -> MIMEPart:
    part = MIMEPart(policy=GEN_POLICY)
    part.set_content(text, subtype=subtype, charset=charset, cte=cte or auto_cte(text))
    return part


def multipart(subtype: str, parts: list[MIMEPart], boundary: str) -> MIMEPart:
    container = MIMEPart(policy=GEN_POLICY)
    container["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        container.attach(part)
    return container


def build_body(spec: dict, index: int, stamp: datetime) -> MIMEPart:
    charset = spec.get("charset", "utf-8")
    tag = hashlib.sha1(spec["slug"].encode()).hexdigest()[:10]
    counter = iter(range(1, 10))

    def boundary() -> str:
        return f"=_275_{index:03d}_{next(counter)}_{tag}"

    alternatives: list[MIMEPart] = []
    if spec.get("text") is not None:
        alternatives.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
    if spec.get("html") is not None:
        alternatives.append(text_part(spec["html"], "html", charset,
                                      spec.get("html_cte", spec.get("cte"))))
    ics = spec.get("ics")
    mode = spec.get("ics_mode", "alt")
    attachments: list[MIMEPart] = []
    if ics:
        calendar = make_ics(ics, stamp)
        ics_cte = spec.get("ics_cte") or ("7bit" if is_ascii(calendar) else "quoted-printable")
        if mode in ("alt", "both"):
            cal = MIMEPart(policy=GEN_POLICY)
            cal.set_content(calendar, subtype="calendar", charset="utf-8", cte=ics_cte,
                            params={"method": ics["method"]})
            alternatives.append(cal)
        if mode in ("attach", "both"):
            att = MIMEPart(policy=GEN_POLICY)
            att.set_content(calendar.encode("utf-8"), "application", "ics",
                            filename=ics.get("filename", "invite.ics"),
                            disposition="attachment")
            attachments.append(att)
    for pdf in spec.get("pdf", []):
        att = MIMEPart(policy=GEN_POLICY)
        att.set_content(make_pdf(pdf["title"], pdf["lines"]), "application", "pdf",
                        filename=pdf["filename"], disposition="attachment")
        attachments.append(att)
    assert alternatives, f"{spec['slug']}: no body"
    body = alternatives[0] if len(alternatives) == 1 else multipart(
        "alternative", alternatives, boundary())
    if attachments:
        body = multipart("mixed", [body, *attachments], boundary())
    return body


# ----------------------------------------------------------------------------- messages


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    when = parse_when(spec["date"]).astimezone(UTC)
    tag = hashlib.sha1(("275:" + spec["slug"]).encode()).hexdigest()[:16]
    domain = spec.get("mid_domain") or domain_of(spec["frm"][1])
    return f"<{when:%Y%m%d%H%M%S}.{tag}@{domain}>"


def build(spec: dict, index: int, by_slug: dict[str, dict]) -> bytes:
    name_enc = spec.get("name_enc") or (("utf-8", "Q") if index % 2 else ("utf-8", "B"))
    subj_enc = spec.get("subj_enc") or (("utf-8", "B") if index % 3 == 0 else ("utf-8", "Q"))
    stamp = parse_when(spec["date"])
    head = [address_header("From", [spec["frm"]], name_enc)]
    if spec.get("reply_to"):
        head.append(address_header("Reply-To", [spec["reply_to"]], name_enc))
    head.append(address_header("To", spec.get("to") or [CAND], name_enc))
    if spec.get("cc"):
        head.append(address_header("Cc", spec["cc"], name_enc))
    head.append(unstructured_header("Subject", spec["subject"], subj_enc))
    head.append(f"Date: {format_datetime(stamp)}")
    head.append(f"Message-ID: {message_id(spec)}")
    if spec.get("parent"):
        chain = []
        cursor = spec.get("parent")
        while cursor:
            chain.insert(0, message_id(by_slug[cursor]))
            cursor = by_slug[cursor].get("parent")
        head.append(f"In-Reply-To: {chain[-1]}")
        head.append("References: " + "\n ".join(chain))
    for name, value in spec.get("headers", []):
        assert is_ascii(value), f"{spec['slug']}: header {name} must be ASCII"
        head.append(fold_ascii(name, value))
    head.append("MIME-Version: 1.0")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(
        build_body(spec, index, stamp))
    return ("\n".join(head) + "\n").encode("ascii") + buf.getvalue()


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(spec: dict, data: bytes) -> None:
    slug = spec["slug"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = list(msg.defects)
    for part in msg.walk():
        problems += part.defects
    for _name, value in msg.items():
        problems += getattr(value, "defects", [])
    assert not problems, f"{slug}: defects {problems}"
    assert str(msg["Subject"]) == spec["subject"], f"{slug}: subject {msg['Subject']!r}"
    sender = msg["From"].addresses[0]
    assert sender.addr_spec == spec["frm"][1], f"{slug}: from {sender.addr_spec}"
    assert sender.display_name == spec["frm"][0], f"{slug}: from name {sender.display_name!r}"
    if spec.get("reply_to"):
        rt = msg["Reply-To"].addresses[0]
        assert (rt.display_name, rt.addr_spec) == tuple(spec["reply_to"]), f"{slug}: reply-to"
    to = [(a.display_name, a.addr_spec) for a in msg["To"].addresses]
    assert to == [tuple(p) for p in spec.get("to") or [CAND]], f"{slug}: to {to}"
    assert msg["Date"].datetime.year == 2026, f"{slug}: date"
    bodies = {"plain": [], "html": [], "calendar": []}
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            bodies.setdefault(part.get_content_subtype(), []).append(part.get_content())
    if spec.get("text") is not None:
        assert [norm(b) for b in bodies["plain"]] == [norm(spec["text"])], f"{slug}: text"
    if spec.get("html") is not None:
        assert [norm(b) for b in bodies["html"]] == [norm(spec["html"])], f"{slug}: html"
    if spec.get("ics") and spec.get("ics_mode", "alt") != "attach":
        assert f"METHOD:{spec['ics']['method']}" in bodies["calendar"][0], f"{slug}: ics"
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == len(spec.get("pdf", [])), f"{slug}: pdf count"
    for pdf in pdfs:
        assert pdf.get_content().startswith(b"%PDF-1.4"), f"{slug}: pdf"
    contact = spec["contact"]
    if contact:
        addrs = [a.lower() for _, a in getaddresses(
            [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
        assert contact in addrs, f"{slug}: contact {contact} not in Reply-To/From"
        assert contact == contact.lower()
    if spec["frm"][1] == CAND[1]:
        assert spec["kind"] == "other" and not contact, f"{slug}: candidate's own mail"
    assert bool(spec["company"]) == (spec["kind"] != "other"), f"{slug}: company"


def main() -> None:
    specs = [*msgs275_rejections.MESSAGES, *msgs275_invites.MESSAGES,
             *msgs275_acks.MESSAGES, *msgs275_other.MESSAGES]
    by_slug: dict[str, dict] = {}
    for spec in specs:
        assert spec["slug"] not in by_slug, f"duplicate slug {spec['slug']}"
        assert spec["kind"] in KIND_ORDER, spec["slug"]
        assert spec["lang"] in ("en", "de", "fr", "es"), spec["slug"]
        by_slug[spec["slug"]] = spec
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    numbers: dict[str, int] = {}
    ids: set[str] = set()
    ordered = sorted(specs, key=lambda s: KIND_ORDER.index(s["kind"]))
    for index, spec in enumerate(ordered, start=1):
        kind = spec["kind"]
        numbers[kind] = numbers.get(kind, 0) + 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        data = build(spec, index, by_slug)
        verify(spec, data)
        mid = message_id(spec)
        assert mid not in ids, f"duplicate Message-ID {mid}"
        ids.add(mid)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for _, kind, _, _, lang in rows:
        counts[kind, lang] = counts.get((kind, lang), 0) + 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32} " + " ".join(f"{lang:>4}" for lang in ("fr", "de", "en", "es")) + "  all")
    for kind in KIND_ORDER:
        cells = [counts.get((kind, lang), 0) for lang in ("fr", "de", "en", "es")]
        print(f"{kind:32} " + " ".join(f"{c:>4}" for c in cells) + f" {sum(cells):>4}")


if __name__ == "__main__":
    main()
