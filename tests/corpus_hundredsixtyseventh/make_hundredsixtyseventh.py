#!/usr/bin/env python3
"""Build corpus 167 (blind, hand-written) from the message specs in msgs167_*.py.

Run from the repository root:  python tests/corpus_hundredsixtyseventh/make_hundredsixtyseventh.py

Standard library only. It deletes and rewrites only *.eml files and labels.csv inside this
folder. Bodies are built with the email package (compat32 Message objects, so the charset and
transfer encoding of every part are chosen by hand); the top header block is written here so
RFC 2047 encoded words can use utf-8 or iso-8859-1, Q or B. Every written file is parsed back
with the default policy and checked: no defects, subject and bodies round-trip.
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
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs167_acks  # noqa: E402
import msgs167_common as C  # noqa: E402
import msgs167_invites  # noqa: E402
import msgs167_other  # noqa: E402
import msgs167_rejections  # noqa: E402

KIND_ORDER = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
SPECIALS = set('()<>@,;:\\".[]')
CTE_NAMES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


# ----------------------------------------------------------------------------- headers

def _encoded_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "b":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        ch = chr(byte)
        if byte < 128 and (ch.isalnum() or ch in "-!*+/"):
            out.append(ch)
        elif byte == 32:
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def encode_words(text: str, charset: str, enc: str) -> str:
    """text as one or more encoded words (each <= 75 chars), folded with newline + space."""
    words, chunk = [], ""
    for ch in text:
        if chunk and len(_encoded_word(chunk + ch, charset, enc)) > 75:
            words.append(_encoded_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_encoded_word(chunk, charset, enc))
    return "\n ".join(words)


def encode_mixed(text: str, charset: str, enc: str) -> str:
    """Only the runs of non-ASCII words are encoded; ASCII words stay as they are."""
    tokens = text.split(" ")
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(encode_words(" ".join(run), charset, enc))
            run.clear()

    for tok in tokens:
        if tok.isascii() and not tok.startswith("=?"):
            flush()
            out.append(tok)
        else:
            run.append(tok)
    flush()
    return " ".join(out)


def fold(name: str, value: str) -> str:
    """name: value, folded at spaces when longer than 78 characters (ASCII values only)."""
    line = f"{name}: "
    lines = []
    for word in value.split(" "):
        if len(line) + len(word) > 78 and line.strip() and not line.endswith(": "):
            lines.append(line.rstrip(" "))
            line = " "
        line += word + " "
    lines.append(line.rstrip(" "))
    return "\n".join(lines)


def header_text(value: str, enc: tuple | None) -> str:
    if enc is None:
        if value.isascii():
            return value
        enc = ("utf-8", "q")
    charset, mode = enc[0], enc[1]
    if len(enc) > 2 and enc[2] == "mixed":
        return encode_mixed(value, charset, mode)
    return encode_words(value, charset, mode)


def fmt_addr(pair: tuple, enc: tuple | None = None) -> str:
    name, addr = pair[0], pair[1]
    if not name:
        return addr
    if enc is not None or not name.isascii():
        encoded = header_text(name, enc)
        # Python's address parser keeps the fold between two encoded words of a phrase as a
        # space; RFC 2047 drops it. One encoded word per display name reads the same in both.
        assert "\n" not in encoded, f"display name too long for one encoded word: {name}"
        return f"{encoded} <{addr}>"
    if SPECIALS & set(name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def write_header(name: str, value: str) -> str:
    if "\n" in value or not value.isascii():
        return f"{name}: {value}"
    return fold(name, value)


# ----------------------------------------------------------------------------- parts

def text_part(body: str, subtype: str, charset: str, cte: str, **params: str) -> Message:
    data = body.encode(charset)
    if cte == "7bit" and not data.isascii():
        raise ValueError("7bit body with non-ASCII text")
    part = Message()
    part.add_header("Content-Type", f"text/{subtype}", charset=charset, **params)
    part["Content-Transfer-Encoding"] = CTE_NAMES[cte]
    if cte == "b64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "qp":
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        part.set_payload(data.decode("ascii", "surrogateescape"))
    return part


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""

    def lit(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = "BT /F1 11 Tf 15 TL 56 800 Td\n" + "".join(f"({lit(x)}) '\n" for x in lines) + "ET"
    stream = body.encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + lit(title).encode("cp1252", "replace")
        + b") /Producer (corpus167 generator) /CreationDate (D:20260101000000Z) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


VTIMEZONE = """BEGIN:VTIMEZONE
TZID:{tz}
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE"""


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def make_ics(ics: dict, organizer: tuple, stamp: datetime) -> str:
    method = ics.get("method", "REQUEST")
    tz = ics.get("tz", "Europe/Brussels")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus167//Hand-written calendar//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        *VTIMEZONE.format(tz=tz).split("\n"),
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        "DTSTAMP:" + stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
        f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
        f"LOCATION:{_ics_text(ics.get('location', ''))}",
        f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}',
        f'ATTENDEE;CN="{C.CANDIDATE_NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{C.CANDIDATE_ADDR}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def calendar_part(ics: dict, organizer: tuple, stamp: datetime) -> Message:
    text = make_ics(ics, organizer, stamp)
    cte = ics.get("cte", "b64")
    part = text_part(text, "calendar", "utf-8", cte, method=ics.get("method", "REQUEST"))
    if ics.get("attach"):
        part.add_header("Content-Disposition", "attachment", filename=ics.get("filename",
                                                                               "invite.ics"))
    return part


def pdf_part(filename: str, title: str, lines: list[str]) -> Message:
    part = Message()
    part.add_header("Content-Type", "application/pdf", name=filename)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(make_pdf(title, lines)).decode("ascii"))
    return part


class Boundaries:
    def __init__(self, seed: str) -> None:
        self.seed = hashlib.sha1(seed.encode()).hexdigest()[:12]
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return f"=_c167_{self.seed}_{self.n:02d}"


def multipart(subtype: str, parts: list[Message], bounds: Boundaries) -> Message:
    outer = Message()
    outer.add_header("Content-Type", f"multipart/{subtype}", boundary=bounds.next())
    for p in parts:
        outer.attach(p)
    return outer


# ----------------------------------------------------------------------------- messages

def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def body_tree(spec: dict, bounds: Boundaries, when: datetime) -> tuple[Message, list]:
    """The MIME tree under the header block, and the (subtype, text) bodies to check."""
    charset = spec.get("charset", "utf-8")
    expected: list[tuple[str, str]] = []
    alts: list[Message] = []
    for subtype in ("plain", "html"):
        key = "text" if subtype == "plain" else "html"
        body = spec.get(key)
        if body is None:
            continue
        cs = spec.get(f"{key}_charset", charset)
        body = body.replace("{{charset}}", cs)
        if not body.endswith("\n"):
            body += "\n"
        default_cte = "7bit" if body.isascii() else "qp"
        cte = spec.get(f"{key}_cte", spec.get("cte", default_cte))
        if cte == "7bit" and not body.isascii():
            cte = "qp"
        alts.append(text_part(body, subtype, cs, cte))
        expected.append((subtype, body))
    ics = spec.get("ics")
    attachments: list[Message] = []
    if ics:
        organizer = ics.get("organizer", spec["frm"])
        cal = calendar_part(ics, organizer, when)
        (attachments if ics.get("attach") else alts).append(cal)
    for filename, title, lines in spec.get("pdfs", []):
        attachments.append(pdf_part(filename, title, lines))
    if spec.get("fwd"):
        inner_bytes = build_bytes(spec["fwd"], spec["fwd"]["mid"], [], [])
        inner = email.message_from_bytes(inner_bytes, policy=email.policy.compat32)
        wrapper = Message()
        wrapper.add_header("Content-Type", "message/rfc822")
        wrapper.add_header("Content-Disposition", "attachment",
                           filename=spec["fwd"].get("filename", "message.eml"))
        wrapper.set_payload([inner])
        attachments.append(wrapper)
    root = alts[0] if len(alts) == 1 else multipart("alternative", alts, bounds)
    if attachments:
        root = multipart("mixed", [root, *attachments], bounds)
    return root, expected


def build_bytes(spec: dict, message_id: str, irt: list[str], refs: list[str]) -> bytes:
    when = parse_date(spec["date"])
    bounds = Boundaries(message_id)
    root, _ = body_tree(spec, bounds, when)
    lines = [
        f"Date: {format_datetime(when)}",
        write_header("From", fmt_addr(spec["frm"], spec.get("frm_enc"))),
    ]
    to = spec.get("to", [C.CANDIDATE])
    lines.append(write_header("To", ", ".join(fmt_addr(a) for a in to)))
    if spec.get("cc"):
        lines.append(write_header("Cc", ", ".join(fmt_addr(a) for a in spec["cc"])))
    if spec.get("reply_to"):
        lines.append(write_header("Reply-To", fmt_addr(spec["reply_to"], spec.get("rt_enc"))))
    lines.append(write_header("Subject", header_text(spec["subject"], spec.get("subj_enc"))))
    lines.append(f"Message-ID: {message_id}")
    if irt:
        lines.append(f"In-Reply-To: {irt[0]}")
    if refs:
        lines.append(write_header("References", " ".join(refs)))
    for name, value in spec.get("headers", []):
        lines.append(write_header(name, value))
    lines.append("MIME-Version: 1.0")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=email.policy.compat32.clone(linesep="\n")
                   ).flatten(root)
    return ("\n".join(lines) + "\n").encode("ascii") + buf.getvalue()


def norm(text: str) -> str:
    return "\n".join(x.rstrip() for x in text.replace("\r\n", "\n").split("\n")).strip()


def check(path: Path, spec: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{path}: defects {part.defects}"
    for name, value in msg.items():
        assert not getattr(value, "defects", None), f"{path}: {name} defects {value.defects}"
    assert str(msg["subject"]) == spec["subject"], f"{path}: subject {msg['subject']!r}"
    assert msg["date"].datetime.year == 2026, path
    _, expected = body_tree(spec, Boundaries("x"), parse_date(spec["date"]))
    got = [(p.get_content_subtype(), norm(p.get_content())) for p in msg.walk()
           if p.get_content_maintype() == "text" and p.get_content_subtype() in ("plain", "html")]
    for subtype, body in expected:
        assert (subtype, norm(body)) in got, f"{path}: {subtype} body does not round-trip"
    for addr_header in ("From", "To", "Reply-To", "Cc"):
        for value in msg.get_all(addr_header, []):
            assert value.addresses, f"{path}: {addr_header} has no address"
    frm = spec["frm"]
    assert msg["from"].addresses[0].display_name == frm[0], f"{path}: From name"
    assert msg["from"].addresses[0].addr_spec == frm[1], f"{path}: From addr"


def all_specs() -> list[dict]:
    return [*msgs167_rejections.MESSAGES, *msgs167_invites.MESSAGES,
            *msgs167_acks.MESSAGES, *msgs167_other.MESSAGES]


def main() -> None:
    specs = all_specs()
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    counters: dict[str, int] = {}
    rels: list[str] = []
    for spec in specs:
        kind = spec["kind"]
        assert kind in KIND_ORDER, kind
        counters[kind] = counters.get(kind, 0) + 1
        rels.append(f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml")
    ids: dict[str, str] = {}
    msgids: list[str] = []
    for rel, spec in zip(rels, specs, strict=True):
        digest = hashlib.sha1(rel.encode()).hexdigest()[:14]
        mid = f"<{digest}.{spec['slug'].replace('_', '-')}@{domain_of(spec['frm'][1])}>"
        msgids.append(mid)
        if spec.get("key"):
            assert spec["key"] not in ids, spec["key"]
            ids[spec["key"]] = mid

    def resolve(ref: str) -> str:
        return ref if ref.startswith("<") else ids[ref]

    rows = []
    for rel, spec, mid in zip(rels, specs, msgids, strict=True):
        irt = [resolve(spec["irt"])] if spec.get("irt") else []
        refs = [resolve(r) for r in spec.get("refs", [])]
        if irt and irt[0] not in refs:
            refs.append(irt[0])
        try:
            data = build_bytes(spec, mid, irt, refs)
        except (UnicodeEncodeError, ValueError, KeyError) as exc:
            raise SystemExit(f"{rel}: {exc!r}") from exc
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for row in rows:
        table.setdefault(row[1], {}).setdefault(row[4], 0)
        table[row[1]][row[4]] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KIND_ORDER:
        print(f"  {kind:32s}", table.get(kind, {}))


if __name__ == "__main__":
    main()
