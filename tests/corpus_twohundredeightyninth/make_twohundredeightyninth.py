"""Build corpus 289 (*.eml files and labels.csv) from the hand-written specs in msgs289_*.py.

Run from the repository root:

    python tests/corpus_twohundredeightyninth/make_twohundredeightyninth.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv in this folder.
Every message is parsed back with the default policy and checked: no defects, the subject,
the display names and every text part round-trip.
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

import msgs289_acks  # noqa: E402
import msgs289_invites  # noqa: E402
import msgs289_other  # noqa: E402
import msgs289_rejections  # noqa: E402
from msgs289_common import CAND  # noqa: E402

KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
NL = "\n"

# ---------------------------------------------------------------- header encoding


def _is_ascii(text: str) -> bool:
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return False
    return True


_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(data: bytes) -> str:
    out = []
    for byte in data:
        if byte == 0x20:
            out.append("_")
        elif byte in _Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _word(chunk: str, charset: str, enc: str) -> str:
    data = chunk.encode(charset)
    payload = base64.b64encode(data).decode("ascii") if enc.upper() == "B" else _q(data)
    return f"=?{charset}?{enc.upper()}?{payload}?="


def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q") -> list[str]:
    """RFC 2047 encoded words for text, each at most 75 characters, split on characters."""
    words: list[str] = []
    chunk = ""
    for char in text:
        trial = chunk + char
        if len(_word(trial, charset, enc)) > 75:
            words.append(_word(chunk, charset, enc))
            chunk = char
        else:
            chunk = trial
    if chunk:
        words.append(_word(chunk, charset, enc))
    return words


_SPECIALS = set('()<>@,;:\\".[]')


def fmt_addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if _is_ascii(name) and enc is None:
        if any(c in _SPECIALS for c in name):
            escaped = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{escaped}" <{addr}>'
        return f"{name} <{addr}>"
    charset, how = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, how)) + f" <{addr}>"


def fold_words(name: str, value: str) -> str:
    """Fold an ASCII header value at spaces so lines stay under 78 characters."""
    line = f"{name}:"
    lines = []
    for token in value.split(" "):
        if len(line) + 1 + len(token) > 76 and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = " " + token
        else:
            line = f"{line} {token}"
    lines.append(line)
    return NL.join(lines)


def subject_line(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and _is_ascii(subject):
        return fold_words("Subject", subject)
    charset, how = enc or ("utf-8", "Q")
    words = encoded_words(subject, charset, how)
    return "Subject: " + (NL + " ").join(words)


def address_line(name: str, pairs: list[tuple[str, str]], enc: tuple[str, str] | None) -> str:
    items = [fmt_addr(p, None if _is_ascii(p[0]) else enc) for p in pairs]
    return f"{name}: " + ("," + NL + " ").join(items)


# ---------------------------------------------------------------- bodies and parts


def _leaf(maintype: str, subtype: str, text: str, charset: str, cte: str | None,
          params: str = "") -> tuple[Message, str]:
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if _is_ascii(text) else "quoted-printable"
    if cte == "7bit" and not _is_ascii(text):
        raise ValueError("7bit body with non-ASCII text")
    part = Message()
    part["Content-Type"] = f'{maintype}/{subtype}; charset="{charset}"{params}'
    part["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    return part, text


def _multipart(subtype: str, boundary: str, children: list[Message]) -> Message:
    part = Message()
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for child in children:
        part.attach(child)
    return part


def _pdf_escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsiEncoding) with a correct xref table."""
    content = io.BytesIO()
    content.write(b"BT\n/F1 16 Tf\n56 780 Td\n18 TL\n(" + _pdf_escape(title) + b") Tj\n")
    content.write(b"/F1 11 Tf\n14 TL\nT*\n")
    for line in lines:
        content.write(b"T* (" + _pdf_escape(line) + b") Tj\n")
    content.write(b"ET\n")
    stream = content.getvalue()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title (" + _pdf_escape(title) + b") /Producer (corpus289) >>",
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
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def _attachment(ctype: str, filename: str, data: bytes) -> Message:
    part = Message()
    part["Content-Type"] = f'{ctype}; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def _utc(stamp: str) -> str:
    moment = datetime.strptime(stamp, "%Y-%m-%d %H:%M %z").astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def make_ics(spec: dict, ics: dict) -> str:
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 289//Hand-written calendar//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{_utc(spec['date'])}",
        f"DTSTART:{_utc(ics['start'])}",
        f"DTEND:{_utc(ics['end'])}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    lines.append(
        f'ATTENDEE;CN="{CAND[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{CAND[1]}"
    )
    status = "CANCELLED" if method == "CANCEL" else ics.get("status", "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- one message


class Built:
    def __init__(self) -> None:
        self.expected: list[str] = []  # every text leaf, in walk order


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(f"corpus289:{spec['id']}".encode()).hexdigest()[:16]
    domain = spec["frm"][1].split("@", 1)[1]
    return f"<{digest}.{spec['id'].replace('_', '-')}@{domain}>"


def build(spec: dict, by_id: dict[str, dict], number: int, built: Built) -> bytes:
    tag = hashlib.sha1(spec["id"].encode()).hexdigest()[:8]
    bcount = [0]

    def boundary() -> str:
        bcount[0] += 1
        return f"=_289_{number:03d}_{bcount[0]}_{tag}"

    leaves: list[tuple[Message, str]] = []
    charset = spec.get("charset", "utf-8")
    if spec.get("text") is not None:
        leaves.append(_leaf("text", "plain", spec["text"], charset, spec.get("cte")))
    if spec.get("html") is not None:
        leaves.append(_leaf("text", "html", spec["html"], spec.get("html_charset", charset),
                            spec.get("html_cte", spec.get("cte"))))
    ics = spec.get("ics")
    ics_in = spec.get("ics_in", "alt")
    ics_text = make_ics(spec, ics) if ics else None
    if ics_text and ics_in in ("alt", "both"):
        method = ics.get("method", "REQUEST")
        leaves.append(_leaf("text", "calendar", ics_text, "utf-8", ics.get("cte", "base64"),
                            f"; method={method}"))
    if not leaves:
        raise ValueError(f"{spec['id']}: no body")
    if len(leaves) == 1:
        body = leaves[0][0]
    else:
        body = _multipart("alternative", boundary(), [leaf for leaf, _ in leaves])
    order = [text for _, text in leaves]

    extras: list[Message] = []
    extra_text: list[str] = []
    for pdf in spec.get("pdfs", []):
        extras.append(_attachment("application/pdf", pdf["filename"],
                                  make_pdf(pdf["title"], pdf["lines"])))
    if ics_text and ics_in in ("mixed", "both"):
        method = ics.get("method", "REQUEST")
        part, text = _leaf("text", "calendar", ics_text, "utf-8", "base64",
                           f"; method={method}; name=\"{ics.get('filename', 'invite.ics')}\"")
        part["Content-Disposition"] = f'attachment; filename="{ics.get("filename", "invite.ics")}"'
        extras.append(part)
        extra_text.append(text)
    inner_expected: list[str] = []
    if spec.get("rfc822"):
        inner = Built()
        inner_bytes = build(spec["rfc822"], by_id, number * 10 + 1, inner)
        part = Message()
        part["Content-Type"] = "message/rfc822"
        part["Content-Disposition"] = "inline"
        part.set_payload(inner_bytes.decode("ascii", "surrogateescape"))
        extras.append(part)
        inner_expected = inner.expected
    root = _multipart("mixed", boundary(), [body, *extras]) if extras else body
    built.expected = order + extra_text + inner_expected

    # header block, written by hand so encoded words use the charsets chosen per message
    head = []
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    head.append(f"Date: {format_datetime(dt)}")
    head.append(address_line("From", [spec["frm"]], spec.get("name_enc")))
    if spec.get("reply_to"):
        head.append(address_line("Reply-To", [spec["reply_to"]], spec.get("reply_enc")))
    head.append(address_line("To", spec.get("to", [CAND]), spec.get("to_enc")))
    if spec.get("cc"):
        head.append(address_line("Cc", spec["cc"], spec.get("to_enc")))
    head.append(subject_line(spec["subject"], spec.get("subj_enc")))
    head.append(f"Message-ID: {message_id(spec)}")
    if spec.get("parent"):
        chain = []
        cursor = spec["parent"]
        while cursor:
            chain.append(message_id(by_id[cursor]))
            cursor = by_id[cursor].get("parent")
        chain.reverse()
        head.append(f"In-Reply-To: {chain[-1]}")
        head.append("References: " + (NL + " ").join(chain))
    for name, value in spec.get("headers", []):
        if _is_ascii(value):
            head.append(fold_words(name, value))
        else:
            head.append(f"{name}: " + (NL + " ").join(encoded_words(value)))
    head.append("MIME-Version: 1.0")

    buf = io.BytesIO()
    gen = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0,
                         policy=email.policy.compat32.clone(linesep=NL))
    gen.flatten(root)
    return (NL.join(head) + NL).encode("ascii") + buf.getvalue()


# ---------------------------------------------------------------- checks


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, raw: bytes, built: Built) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = spec["id"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            defects = getattr(value, "defects", ())
            assert not defects, f"{where}: header {name} defects {defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    frm = msg["From"].addresses[0]
    assert frm.addr_spec == spec["frm"][1], where
    assert frm.display_name == spec["frm"][0], f"{where}: from name {frm.display_name!r}"
    if spec.get("reply_to"):
        rep = msg["Reply-To"].addresses[0]
        assert (rep.display_name, rep.addr_spec) == tuple(spec["reply_to"]), where
    for pair, got in zip(spec.get("to", [CAND]), msg["To"].addresses, strict=True):
        assert (got.display_name, got.addr_spec) == tuple(pair), f"{where}: to {got}"
    leaves = [p for p in msg.walk()
              if p.get_content_maintype() == "text" and not p.is_multipart()]
    got = [_norm(p.get_content()) for p in leaves]
    want = [_norm(t) for t in built.expected]
    assert got == want, f"{where}: bodies do not round-trip"
    assert msg["Date"].datetime.year == 2026, where
    assert 1 <= msg["Date"].datetime.month <= 10, where
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), where


def check_label(spec: dict) -> None:
    where = spec["id"]
    assert spec["kind"] in KINDS, where
    assert spec["lang"] in ("en", "de", "fr", "es"), where
    contact = spec.get("contact", "")
    pool = [spec["frm"][1]] + ([spec["reply_to"][1]] if spec.get("reply_to") else [])
    if contact:
        assert contact == contact.lower() and contact in [p.lower() for p in pool], where
        assert contact != CAND[1], where
    if spec["frm"][1] == CAND[1]:
        assert spec["kind"] == "other" and not contact, where
    if spec["kind"] == "other":
        assert not spec.get("company"), where
    else:
        assert spec.get("company"), where


# ---------------------------------------------------------------- main


def main() -> None:
    specs: list[dict] = []
    for module in (msgs289_rejections, msgs289_invites, msgs289_acks, msgs289_other):
        specs.extend(module.MESSAGES)
    by_id: dict[str, dict] = {}
    for spec in specs:
        assert spec["id"] not in by_id, f"duplicate id {spec['id']}"
        by_id[spec["id"]] = spec
    for spec in specs:
        check_label(spec)
        if spec.get("parent"):
            assert spec["parent"] in by_id, f"{spec['id']}: unknown parent"

    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    counters = dict.fromkeys(KINDS, 0)
    rows = []
    seen_ids: set[str] = set()
    for index, spec in enumerate(specs, start=1):
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        built = Built()
        try:
            raw = build(spec, by_id, index, built)
            check(spec, raw, built)
        except Exception as error:
            raise SystemExit(f"{spec['id']}: {type(error).__name__}: {error}") from error
        mid = message_id(spec)
        assert mid not in seen_ids
        seen_ids.add(mid)
        target = HERE / rel
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(raw)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(("es", "en", "fr", "de"), 0)
                                        for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32} es  en  fr  de total")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:32} {row['es']:3} {row['en']:3} {row['fr']:3} {row['de']:3} "
              f"{sum(row.values()):5}")
    langs = {lang: sum(table[k][lang] for k in KINDS) for lang in ("es", "en", "fr", "de")}
    print("languages", langs)


if __name__ == "__main__":
    main()
