"""Build corpus 197 (Kofi Ballesteros-Hartmann) from the hand-written specs in msgs197_*.py.

Run from the repository root:  python tests/corpus_hundredninetyseventh/make_hundredninetyseventh.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv in this folder.
Every written message is parsed back with the default policy and checked: no defects, the
subject, addresses and every body part round-trip.
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
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs197_acks  # noqa: E402
import msgs197_invites  # noqa: E402
import msgs197_other  # noqa: E402
import msgs197_rejections  # noqa: E402
from msgs197_common import CANDIDATE_ADDR, CANDIDATE_NAME  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
GEN_POLICY = email.policy.compat32.clone(linesep="\n")
SPECIALS = set('()<>@,;:\\".[]')


def digest(*parts: str, n: int = 12) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:n]


# --- headers -----------------------------------------------------------------------------

def _q_byte(b: int) -> str:
    c = chr(b)
    if b == 0x20:
        return "_"
    if c.isascii() and (c.isalnum() or c in "!*+-/"):
        return c
    return f"={b:02X}"


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """text as RFC 2047 encoded words of at most 75 characters, never splitting a character."""
    prefix, suffix = f"=?{charset}?{enc}?", "?="
    room = 75 - len(prefix) - len(suffix)
    words: list[str] = []
    chunk = ""

    def encode(s: str) -> str:
        raw = s.encode(charset)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        return "".join(_q_byte(b) for b in raw)

    for ch in text:
        if chunk and len(encode(chunk + ch)) > room:
            words.append(prefix + encode(chunk) + suffix)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(prefix + encode(chunk) + suffix)
    return words


def fold_plain(name: str, value: str) -> str:
    """name: value, folded at spaces so no line exceeds 78 characters where possible."""
    line = f"{name}:"
    out = []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() != f"{name}:":
            out.append(line)
            line = " " + word
        else:
            line += " " + word
    out.append(line)
    return "\n".join(out) + "\n"


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold_plain(name, value)
    charset, kind = enc or ("utf-8", "Q")
    return f"{name}: " + "\n ".join(encoded_words(value, charset, kind)) + "\n"


def format_address(name: str, addr: str, enc: tuple[str, str] | None) -> str:
    if not name:
        return addr
    if enc is not None or not name.isascii():
        charset, kind = enc or ("utf-8", "Q")
        return " ".join(encoded_words(name, charset, kind)) + f" <{addr}>"
    if any(c in SPECIALS for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def address_header(name: str, value: str, enc: tuple[str, str] | None = None) -> str:
    pairs = getaddresses([value])
    items = [format_address(n, a, enc) for n, a in pairs]
    return f"{name}: " + ",\n ".join(items) + "\n"


# --- bodies ------------------------------------------------------------------------------

CTE_NAMES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def encode_body(data: bytes, cte: str) -> str:
    if cte == "qp":
        return quopri.encodestring(data).decode("ascii")
    if cte == "b64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII bytes"
    return data.decode("ascii", "surrogateescape")


def leaf(content_type: str, data: bytes, cte: str, extra: list[tuple[str, str]] = ()) -> Message:
    part = Message(policy=GEN_POLICY)
    part["Content-Type"] = content_type
    part["Content-Transfer-Encoding"] = CTE_NAMES[cte]
    for k, v in extra:
        part[k] = v
    part.set_payload(encode_body(data, cte))
    return part


def multipart(subtype: str, boundary: str, parts: list[Message], preamble: str = "") -> Message:
    m = Message(policy=GEN_POLICY)
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    if preamble:
        m.preamble = preamble
    for p in parts:
        m.attach(p)
    return m


def pdf_string(s: str) -> bytes:
    raw = s.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(title: str, lines: list[str], when: datetime) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with correct xref offsets."""
    ops = [b"BT /F1 15 Tf 56 790 Td " + pdf_string(title) + b" Tj ET"]
    y = 760
    for line in lines:
        ops.append(b"BT /F1 10 Tf 56 %d Td " % y + pdf_string(line) + b" Tj ET")
        y -= 15
    stream = b"\n".join(ops) + b"\n"
    stamp = when.strftime("D:%Y%m%d%H%M%S")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title " + pdf_string(title) + b" /Producer (corpus197) /CreationDate ("
        + stamp.encode("ascii") + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def utc(s: str) -> str:
    return datetime.fromisoformat(s).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(d: dict, stamp: datetime) -> str:
    org_name, org_addr = getaddresses([d["organizer"]])[0]
    method = d.get("method", "REQUEST")
    status = d.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{d.get('prodid', '-//Corpus197//Calendar 1.0//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{d['uid']}",
        f"SEQUENCE:{d.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{utc(d['start'])}",
        f"DTEND:{utc(d['end'])}",
        f"SUMMARY:{ics_escape(d['summary'])}",
    ]
    if d.get("location"):
        lines.append(f"LOCATION:{ics_escape(d['location'])}")
    if d.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(d['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    lines.append(
        f'ATTENDEE;CN="{CANDIDATE_NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{CANDIDATE_ADDR}")
    for extra in d.get("attendees", []):
        n, a = getaddresses([extra])[0]
        lines.append(f'ATTENDEE;CN="{n}";ROLE=REQ-PARTICIPANT:mailto:{a}')
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [x for line in lines for x in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --- one message -------------------------------------------------------------------------

def build(s: dict, ids: dict[str, str]) -> tuple[bytes, dict]:
    key = s["key"]
    when = datetime.fromisoformat(s["date"])
    assert when.year == 2026 and 1 <= when.month <= 10, key
    expected: dict = {"text": [], "bin": []}
    bnd = f"----=_Part197_{digest(key, n=10)}"

    body_parts: list[Message] = []
    if s.get("text") is not None:
        cs, cte = s.get("charset", "utf-8"), s.get("cte", "qp")
        body_parts.append(leaf(f'text/plain; charset="{cs}"' + s.get("flowed", ""),
                               s["text"].encode(cs), cte))
        expected["text"].append(("plain", s["text"]))
    if s.get("html") is not None:
        cs = s.get("html_charset", s.get("charset", "utf-8"))
        cte = s.get("html_cte", "qp")
        body_parts.append(leaf(f'text/html; charset="{cs}"', s["html"].encode(cs), cte))
        expected["text"].append(("html", s["html"]))
    ics_text = make_ics(s["ics"], when) if s.get("ics") else None
    mode = s.get("ics_mode", "alt")
    method = s["ics"].get("method", "REQUEST") if s.get("ics") else ""
    if ics_text and mode in ("alt", "both"):
        body_parts.append(leaf(f'text/calendar; charset="utf-8"; method={method}',
                               ics_text.encode("utf-8"), "b64"))
        expected["text"].append(("calendar", ics_text))
    assert body_parts, key
    if len(body_parts) == 1:
        root = body_parts[0]
    else:
        root = multipart("alternative", bnd + "_alt", body_parts)

    attachments: list[Message] = []
    for fname, title, lines in s.get("pdfs", []):
        data = make_pdf(title, lines, when)
        attachments.append(leaf(f'application/pdf; name="{fname}"', data, "b64",
                                [("Content-Disposition", f'attachment; filename="{fname}"')]))
        expected["bin"].append(data)
    if ics_text and mode == "attach":
        fname = s["ics"].get("filename", "invite.ics")
        attachments.append(leaf(f'text/calendar; charset="utf-8"; method={method}; name="{fname}"',
                                ics_text.encode("utf-8"), "b64",
                                [("Content-Disposition", f'attachment; filename="{fname}"')]))
        expected["text"].append(("calendar", ics_text))
    if ics_text and mode == "both":
        fname = s["ics"].get("filename", "invite.ics")
        attachments.append(leaf(f'application/ics; name="{fname}"', ics_text.encode("utf-8"),
                                "b64",
                                [("Content-Disposition", f'attachment; filename="{fname}"')]))
        expected["bin"].append(ics_text.encode("utf-8"))
    if attachments:
        root = multipart("mixed", bnd + "_mix", [root, *attachments],
                         "This is a multi-part message in MIME format.")

    head = []
    head.append(f"Date: {format_datetime(when)}\n")
    head.append(address_header("From", s["frm"], s.get("frm_enc")))
    if s.get("sender"):
        head.append(address_header("Sender", s["sender"]))
    if s.get("reply_to"):
        head.append(address_header("Reply-To", s["reply_to"], s.get("reply_to_enc")))
    head.append(address_header("To", s["to"], s.get("to_enc")))
    if s.get("cc"):
        head.append(address_header("Cc", s["cc"]))
    head.append(header_text("Subject", s["subject"], s.get("subj_enc")))
    head.append(f"Message-ID: {ids[key]}\n")
    refs = [ids[r] if r in ids else ext_id(r) for r in s.get("refs", [])]
    if refs:
        head.append(f"In-Reply-To: {refs[-1]}\n")
        head.append("References: " + "\n ".join(refs) + "\n")
    head.append("MIME-Version: 1.0\n")
    for name, value in s.get("headers", []):
        head.append(fold_plain(name, value))

    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(root)
    data = "".join(head).encode("ascii") + buf.getvalue()
    return data, expected


def ext_id(ref: str) -> str:
    assert ref.startswith("ext:"), f"unknown reference {ref}"
    return f"<{digest(ref, n=16)}@mail.example.at>"


def message_id(s: dict) -> str:
    addr = getaddresses([s["frm"]])[0][1]
    domain = addr.split("@", 1)[1]
    when = datetime.fromisoformat(s["date"]).astimezone(UTC)
    return f"<{when:%Y%m%d%H%M%S}.{digest(s['key'])}@{domain}>"


# --- check -------------------------------------------------------------------------------

def norm(s: str) -> str:
    return s.replace("\r\n", "\n").strip()


def check(path: Path, s: dict, expected: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = path.name
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    for name, value in msg.items():
        assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(msg["subject"]) == s["subject"], f"{where}: subject {msg['subject']!r}"
    want_from = getaddresses([s["frm"]])[0]
    got_from = msg["from"].addresses[0]
    assert (got_from.display_name, got_from.addr_spec) == want_from, f"{where}: from {got_from}"
    if s.get("reply_to"):
        assert msg["reply-to"].addresses[0].addr_spec == getaddresses([s["reply_to"]])[0][1]
    got_text = []
    got_bin = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        content = part.get_content()
        if part.get_content_maintype() == "text":
            got_text.append((part.get_content_subtype(), norm(content)))
        else:
            got_bin.append(content)
    want_text = [(k, norm(v)) for k, v in expected["text"]]
    assert got_text == want_text, f"{where}: text parts differ"
    assert got_bin == expected["bin"], f"{where}: binary parts differ"
    assert any(v for _, v in got_text), f"{where}: no text"


# --- main --------------------------------------------------------------------------------

def main() -> None:
    specs = [*msgs197_rejections.MESSAGES, *msgs197_invites.MESSAGES,
             *msgs197_acks.MESSAGES, *msgs197_other.MESSAGES]
    keys = [s["key"] for s in specs]
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    assert not dupes, f"duplicate keys {dupes}"
    ids = {s["key"]: message_id(s) for s in specs}
    assert len(set(ids.values())) == len(ids)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    counters: Counter[str] = Counter()
    rows = []
    for s in specs:
        kind, lang = s["kind"], s["lang"]
        assert kind in KINDS and lang in LANGS, s["key"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{s['key']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        try:
            data, expected = build(s, ids)
        except Exception as exc:
            raise SystemExit(f"{rel}: {exc!r}") from exc
        path.write_bytes(data)
        check(path, s, expected)
        contact = s["contact"].lower()
        if contact:
            pool = [a.lower() for _, a in getaddresses([s["frm"], s.get("reply_to", "")]) if a]
            assert contact in pool, f"{rel}: contact {contact} not in From/Reply-To"
        rows.append([rel, kind, s["company"], contact, lang])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((r[1], r[4]) for r in rows)
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32} " + " ".join(f"{x:>4}" for x in ("de", "en", "fr", "es", "all")))
    for kind in KINDS:
        cells = [table[(kind, x)] for x in ("de", "en", "fr", "es")]
        print(f"{kind:32} " + " ".join(f"{c:>4}" for c in [*cells, sum(cells)]))
    totals = Counter(r[4] for r in rows)
    print(f"{'all':32} " + " ".join(f"{totals[x]:>4}" for x in ("de", "en", "fr", "es"))
          + f" {len(rows):>4}")


if __name__ == "__main__":
    main()
