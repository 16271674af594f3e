"""Build corpus 147 (Valeria Cárdenas-Holt's mailbox) from the hand-written specs.

Run from the repository root:

    python tests/corpus_hundredfortyseventh/make_hundredfortyseventh.py

Standard library only. The generator deletes and rewrites only the ``*.eml`` files and
``labels.csv`` inside this folder. Every spec in the ``msgs147_*`` modules is one message: the
words are the spec's own; this file only turns them into MIME (headers written by hand so that
encoded words can use utf-8, iso-8859-1 or windows-1252 in Q or B form, deterministic boundaries,
Message-IDs and dates, small valid PDFs and iCalendar parts) and then re-parses every message
with the default policy to check that nothing was lost on the way.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs147_acks  # noqa: E402
import msgs147_invites  # noqa: E402
import msgs147_other  # noqa: E402
import msgs147_rejections  # noqa: E402
from msgs147_common import CANDIDATE  # noqa: E402

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
SYSTEM = re.compile(
    r"(no-?reply|do-?not-?reply|notifications?@|mailer-daemon|bounces?@|alerts?@|newsletter@"
    r"|@(?:[a-z0-9-]+\.)*(?:myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|jobs\.recruitee\.com)$)"
)
Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")
SPECIALS = set('()<>@,;:\\".[]')


# --------------------------------------------------------------------------- headers

def _render_word(text: str, charset: str, mode: str) -> str:
    raw = text.encode(charset)
    if mode == "b":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        if byte == 0x20:
            out.append("_")
        elif byte in Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def encoded_words(text: str, charset: str = "utf-8", mode: str = "q") -> list[str]:
    """RFC 2047 encoded words (each at most 75 characters), never splitting a character."""
    words: list[str] = []
    current = ""
    for char in text:
        if current and len(_render_word(current + char, charset, mode)) > 75:
            words.append(_render_word(current, charset, mode))
            current = char
        else:
            current += char
    words.append(_render_word(current, charset, mode))
    return words


def header_text(text: str, enc: tuple[str, str] | None) -> str:
    """A free-text header value: as is when ASCII and not asked to encode, else encoded words."""
    if enc is None and text.isascii():
        return text
    charset, mode = enc or ("utf-8", "q")
    return "\n ".join(encoded_words(text, charset, mode))


def format_address(entry: tuple[str, str] | str, enc: tuple[str, str] | None = None) -> str:
    if isinstance(entry, str):
        return entry
    name, addr = entry
    if not name:
        return addr
    if enc is not None or not name.isascii():
        charset, mode = enc or ("utf-8", "q")
        return " ".join(encoded_words(name, charset, mode)) + f" <{addr}>"
    if any(ch in SPECIALS for ch in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def address_list(entries: list, enc: tuple[str, str] | None = None) -> str:
    return ",\n ".join(format_address(entry, enc) for entry in entries)


def parse_date(value: str) -> datetime:
    """'2026-03-04 10:15 -0500' -> aware datetime."""
    stamp, offset = value.rsplit(" ", 1)
    sign = -1 if offset[0] == "-" else 1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(sign * delta))


# --------------------------------------------------------------------------- parts

class Builder:
    """Builds one message's MIME tree and remembers every text part it wrote, in order."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.count = 0
        self.texts: list[tuple[str, str]] = []

    def boundary(self) -> str:
        self.count += 1
        digest = hashlib.sha1(f"{self.key}/{self.count}".encode()).hexdigest()[:20]
        return f"=_c147_{self.count}_{digest}"

    def multipart(self, subtype: str, parts: list[Message]) -> Message:
        part = Message()
        part.add_header("Content-Type", f"multipart/{subtype}", boundary=self.boundary())
        for child in parts:
            part.attach(child)
        return part

    def text(self, subtype: str, content: str, charset: str = "utf-8", cte: str | None = None,
             params: dict[str, str] | None = None, filename: str | None = None) -> Message:
        raw = content.encode(charset)
        if cte is None:
            cte = "7bit" if raw.isascii() else "quoted-printable"
        if cte in ("7bit", "8bit"):
            longest = max(len(line) for line in raw.split(b"\n"))
            assert longest <= 900, f"{self.key}: line of {longest} bytes needs qp or base64"
        if cte == "7bit":
            assert raw.isascii(), f"{self.key}: 7bit body is not ASCII"
            payload = raw.decode("ascii")
        elif cte == "8bit":
            payload = raw.decode("ascii", "surrogateescape")
        elif cte == "quoted-printable":
            payload = quopri.encodestring(raw).decode("ascii")
        elif cte == "base64":
            payload = base64.encodebytes(raw).decode("ascii")
        else:
            raise ValueError(cte)
        part = Message()
        part.add_header("Content-Type", f"text/{subtype}", charset=charset, **(params or {}))
        part["Content-Transfer-Encoding"] = cte
        if filename:
            part.add_header("Content-Disposition", "attachment", filename=filename)
        part.set_payload(payload)
        self.texts.append((f"text/{subtype}", content))
        return part

    def binary(self, ctype: str, data: bytes, filename: str) -> Message:
        part = Message()
        part.add_header("Content-Type", ctype, name=filename)
        part.add_header("Content-Disposition", "attachment", filename=filename)
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(data).decode("ascii"))
        return part


# --------------------------------------------------------------------------- PDF and iCalendar

def make_pdf(title: str, lines: list[str], stamp: datetime) -> bytes:
    """A one-page PDF 1.4 with Helvetica text, valid xref table and trailer."""

    def esc(value: str) -> str:
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, 88) or [""])
    ops = ["BT", "/F1 15 Tf", "60 780 Td", f"({esc(title)}) Tj", "/F1 10 Tf", "0 -30 Td"]
    for line in wrapped[:60]:
        ops.extend([f"({esc(line)}) Tj", "0 -14 Td"])
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    created = stamp.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (c147 generator) "
        b"/CreationDate (" + created.encode() + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def _ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return [out[0]] + [" " + rest for rest in out[1:]]


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(spec: dict, sent: datetime) -> str:
    start = parse_date(spec["start"])
    end = start + timedelta(minutes=spec.get("minutes", 45))
    org_name, org_addr = spec["organizer"]
    cand_name, cand_addr = CANDIDATE
    method = spec["method"]
    status = spec.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{spec.get('prodid', '-//c147//Calendar 1.0//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('seq', 0)}",
        f"DTSTAMP:{_utc(sent)}",
        f"DTSTART:{_utc(start)}",
        f"DTEND:{_utc(end)}",
        f"SUMMARY:{_ics_escape(spec['summary'])}",
    ]
    if spec.get("location"):
        lines.append(f"LOCATION:{_ics_escape(spec['location'])}")
    if spec.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(spec['description'])}")
    lines += [
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{cand_name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE'
        f":mailto:{cand_addr}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- one message

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    frm = spec["frm"]
    addr = frm[1] if isinstance(frm, tuple) else frm
    digest = hashlib.sha1(f"c147/{spec['kind']}/{spec['scen']}".encode()).hexdigest()[:16]
    return f"<{digest}.{spec['scen'].replace('_', '-')}@{domain_of(addr)}>"


def build(spec: dict, ids: dict[str, str]) -> tuple[bytes, list[tuple[str, str]]]:
    key = f"{spec['kind']}/{spec['scen']}"
    b = Builder(key)
    sent = parse_date(spec["date"])
    charset = spec.get("charset", "utf-8")
    text = spec.get("text")
    html = spec.get("html")
    body_parts: list[Message] = []
    if text is not None:
        body_parts.append(b.text("plain", text, charset, spec.get("cte")))
    if html is not None:
        body_parts.append(b.text("html", html, spec.get("html_charset", charset),
                                 spec.get("html_cte", "quoted-printable")))
    ics = spec.get("ics")
    attachments: list[Message] = []
    if ics is not None:
        calendar = make_ics(ics, sent)
        params = {"method": ics["method"]}
        if ics.get("as_file"):
            attachments.append(b.text("calendar", calendar, "utf-8", "base64", params,
                                      filename=ics.get("filename", "invite.ics")))
        else:
            body_parts.append(b.text("calendar", calendar, "utf-8", "base64", params))
    for pdf in spec.get("pdfs", []):
        data = make_pdf(pdf["title"], pdf["lines"], sent)
        attachments.append(b.binary("application/pdf", data, pdf["filename"]))
    body = body_parts[0] if len(body_parts) == 1 else b.multipart("alternative", body_parts)
    root = b.multipart("mixed", [body, *attachments]) if attachments else body

    head: list[str] = []
    head.append("From: " + format_address(spec["frm"], spec.get("name_enc")))
    if spec.get("sender"):
        head.append("Sender: " + format_address(spec["sender"]))
    if spec.get("reply_to"):
        head.append("Reply-To: " + format_address(spec["reply_to"], spec.get("name_enc")))
    head.append("To: " + address_list(spec.get("to", [CANDIDATE]), spec.get("to_enc")))
    if spec.get("cc"):
        head.append("Cc: " + address_list(spec["cc"], spec.get("to_enc")))
    head.append("Subject: " + header_text(spec["subject"], spec.get("subj_enc")))
    head.append("Date: " + format_datetime(sent))
    head.append("Message-ID: " + ids[spec["_key"]])
    refs = [ids[ref] for ref in spec.get("refs", [])]
    if refs:
        head.append("In-Reply-To: " + refs[-1])
        head.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        head.append(f"{name}: {value}")
    head.append("MIME-Version: 1.0")

    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, maxheaderlen=0).flatten(root)
    raw = "\n".join(head).encode("ascii") + b"\n" + buffer.getvalue()
    return raw, b.texts


# --------------------------------------------------------------------------- checks

def check(raw: bytes, spec: dict, texts: list[tuple[str, str]]) -> None:
    key = f"{spec['kind']}/{spec['scen']}"
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
    for name, value in msg.items():
        assert not getattr(value, "defects", None), f"{key}: header {name} {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{key}: subject {msg['Subject']!r}"
    parsed = [(part.get_content_type(), part.get_content()) for part in msg.walk()
              if part.get_content_maintype() == "text"]
    assert len(parsed) == len(texts), f"{key}: {len(parsed)} text parts, wrote {len(texts)}"
    for (ptype, pcontent), (wtype, wcontent) in zip(parsed, texts, strict=True):
        assert ptype == wtype, f"{key}: {ptype} != {wtype}"
        assert pcontent == wcontent, f"{key}: {wtype} does not round-trip"
    assert msg["Date"].datetime.year == 2026, key
    frm = msg["From"].addresses[0]
    assert frm.addr_spec.lower() == (spec["frm"][1] if isinstance(spec["frm"], tuple)
                                     else spec["frm"]).lower(), key
    if isinstance(spec["frm"], tuple) and spec["frm"][0]:
        assert frm.display_name == spec["frm"][0], f"{key}: display name {frm.display_name!r}"


def contact_for(spec: dict) -> str:
    if "contact" in spec:
        return spec["contact"]
    frm = spec["frm"][1] if isinstance(spec["frm"], tuple) else spec["frm"]
    if frm.lower() == CANDIDATE[1]:
        return ""
    for entry in (spec.get("reply_to"), spec["frm"]):
        if not entry:
            continue
        addr = (entry[1] if isinstance(entry, tuple) else entry).lower()
        if not SYSTEM.search(addr):
            return addr
    return ""


def main() -> None:
    specs: list[dict] = []
    for module in (msgs147_rejections, msgs147_invites, msgs147_acks, msgs147_other):
        specs.extend(module.MESSAGES)
    numbers = dict.fromkeys(KINDS, 0)
    ids: dict[str, str] = {}
    for spec in specs:
        assert spec["kind"] in KINDS, spec["kind"]
        assert spec["lang"] in LANGUAGES, spec["lang"]
        numbers[spec["kind"]] += 1
        spec["_file"] = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['scen']}.eml"
        spec["_key"] = spec.get("id", spec["_file"])
        assert spec["_key"] not in ids, f"duplicate id {spec['_key']}"
        ids[spec["_key"]] = message_id(spec)
    assert len(set(ids.values())) == len(ids), "Message-IDs collide"

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    for spec in specs:
        try:
            raw, texts = build(spec, ids)
            check(raw, spec, texts)
        except Exception as exc:
            raise SystemExit(f"{spec['_file']}: {type(exc).__name__}: {exc}") from exc
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        company = spec.get("company", "")
        if spec["kind"] == "other":
            assert not company, f"{spec['_file']}: other has no company"
        else:
            assert company, f"{spec['_file']}: job mail needs a company"
        rows.append([spec["_file"], spec["kind"], company, contact_for(spec), spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {kind: dict.fromkeys(LANGUAGES, 0) for kind in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{len(rows)} messages written to {HERE}")
    print(f"{'kind':32} " + " ".join(f"{lang:>4}" for lang in LANGUAGES) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32} " + " ".join(f"{counts[lang]:>4}" for lang in LANGUAGES)
              + f"  {sum(counts.values()):>5}")
    totals = {lang: sum(table[kind][lang] for kind in KINDS) for lang in LANGUAGES}
    print(f"{'total':32} " + " ".join(f"{totals[lang]:>4}" for lang in LANGUAGES)
          + f"  {len(rows):>5}")


if __name__ == "__main__":
    main()
