"""Build corpus 179 from the hand-written specs in the msgs179_* modules.

Run from the repository root:  python tests/corpus_hundredseventyninth/make_hundredseventyninth.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv inside this
folder. Header blocks are written by hand so that encoded words can use the charsets the
specs ask for (utf-8 / iso-8859-1, Q / B); bodies are built with the email package.
Boundaries, Message-IDs and dates are deterministic. Every written message is parsed
back with the default policy and checked: no defects, the subject and every text part
round-trip.
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

import msgs179_acks  # noqa: E402
import msgs179_invites  # noqa: E402
import msgs179_other  # noqa: E402
import msgs179_rejections  # noqa: E402
from msgs179_common import ME  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]

# ---------------------------------------------------------------- headers


def _q_word(data: bytes) -> str:
    out = []
    for byte in data:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words (each <= 75 chars, never splitting a character)."""
    enc = enc.upper()
    prefix = f"=?{charset}?{enc}?"
    words: list[str] = []
    chunk = ""

    def render(s: str) -> str:
        raw = s.encode(charset)
        body = _q_word(raw) if enc == "Q" else base64.b64encode(raw).decode("ascii")
        return prefix + body + "?="

    for ch in text:
        if chunk and len(render(chunk + ch)) > 75:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return " ".join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc:
        return f"{encoded_words(name, *enc)} <{addr}>"
    if not name.isascii():
        return f"{encoded_words(name, 'utf-8', 'Q')} <{addr}>"
    if any(c in _SPECIALS for c in name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def fold(name: str, value: str) -> str:
    """Fold a header at existing spaces so no line passes 78 characters where avoidable."""
    words = value.split(" ")
    lines: list[str] = []
    current = name + ":"
    for word in words:
        if len(current) + 1 + len(word) > 78 and current.strip() != name + ":":
            lines.append(current)
            current = " " + word
        else:
            current += " " + word
    lines.append(current)
    return "\n".join(lines)


def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


# ---------------------------------------------------------------- parts


def text_part(text: str, subtype: str, charset: str, cte: str | None,
              extra: str = "") -> tuple[Message, str]:
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    if cte == "7bit":
        assert text.isascii(), "7bit body must be ASCII"
        payload = text
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part, text


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    m.set_payload(parts)
    return m


def _pdf_str(s: str) -> bytes:
    raw = s.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with a title and text lines."""
    stream = io.BytesIO()
    stream.write(b"BT /F1 14 Tf 72 770 Td 18 TL " + _pdf_str(title) + b" Tj T* /F1 11 Tf\n")
    for line in lines:
        stream.write(_pdf_str(line) + b" Tj T*\n")
    stream.write(b"ET")
    content = stream.getvalue()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"\nendstream",
        b"<< /Title " + _pdf_str(title) + b" /Producer (corpus179) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_part(spec: dict) -> Message:
    data = make_pdf(spec["title"], spec["lines"])
    part = Message()
    fn = spec["filename"]
    part["Content-Type"] = f'application/pdf; name="{fn}"'
    part["Content-Disposition"] = f'attachment; filename="{fn}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def _ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 75:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def make_ics(ics: dict, stamp: datetime) -> str:
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus179//Calendar 1.0//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{ics['start']}",
        f"DTEND:{ics['end']}",
        f"DTSTAMP:{_utc(stamp)}",
        f"ORGANIZER;CN={_ics_text(org_name)}:mailto:{org_addr}",
        f"UID:{ics['uid']}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        f";CN={ME[0]}:mailto:{ME[1]}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\n".join(folded) + "\n"


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# ---------------------------------------------------------------- messages


class Builder:
    def __init__(self, digest: str) -> None:
        self.digest = digest
        self.n = 0

    def boundary(self) -> str:
        self.n += 1
        return f"=_179_{self.digest[:12]}_{self.n:02d}"


def build_tree(spec: dict, b: Builder, stamp: datetime) -> tuple[Message, list[str]]:
    """The MIME body tree and the expected text of every text part in walk order."""
    expected: list[str] = []
    alts: list[Message] = []
    charset = spec.get("charset", "utf-8")
    if spec.get("text") is not None:
        part, t = text_part(spec["text"], "plain", charset, spec.get("cte"))
        alts.append(part)
        expected.append(t)
    if spec.get("html") is not None:
        part, t = text_part(spec["html"], "html", spec.get("html_charset", charset),
                            spec.get("html_cte", spec.get("cte")))
        alts.append(part)
        expected.append(t)
    ics = spec.get("ics")
    ics_text = make_ics(ics, stamp) if ics else None
    mode = ics.get("mode", "alt") if ics else None
    if ics_text and mode in ("alt", "alt+file"):
        method = ics.get("method", "REQUEST")
        part, t = text_part(ics_text, "calendar", "utf-8",
                            "7bit" if ics_text.isascii() else "8bit", f"; method={method}")
        alts.append(part)
        expected.append(t)
    body = alts[0] if len(alts) == 1 else multipart("alternative", alts, b.boundary())
    attachments: list[Message] = []
    for pdf in spec.get("pdfs", []):
        attachments.append(pdf_part(pdf))
    if ics_text and mode in ("file", "alt+file"):
        part = Message()
        part["Content-Type"] = 'application/ics; name="invite.ics"'
        part["Content-Disposition"] = 'attachment; filename="invite.ics"'
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(ics_text.encode("utf-8")).decode("ascii"))
        attachments.append(part)
    nested_expected: list[str] = []
    if spec.get("rfc822"):
        inner_spec = spec["rfc822"]
        inner_bytes, inner_exp = render(inner_spec, b, mid=inner_spec["mid"], refs=[])
        inner = email.message_from_bytes(inner_bytes)
        container = Message()
        container["Content-Type"] = "message/rfc822"
        container["Content-Disposition"] = (
            f'attachment; filename="{inner_spec.get("attach_name", "forwarded.eml")}"')
        container.set_payload([inner])
        attachments.append(container)
        nested_expected = inner_exp
    if attachments:
        root = multipart(spec.get("mixed", "mixed"), [body, *attachments], b.boundary())
        # walk order: body parts first, then attachments (nested message parts last)
        return root, expected + nested_expected
    return body, expected


def render(spec: dict, b: Builder, mid: str, refs: list[str]) -> tuple[bytes, list[str]]:
    stamp = parse_date(spec["date"])
    root, expected = build_tree(spec, b, stamp)
    heads: list[str] = []
    heads.append(fold("Date", format_datetime(stamp)))
    heads.append(fold("From", fmt_addr(*spec["frm"], spec.get("frm_enc"))))
    if spec.get("reply_to"):
        heads.append(fold("Reply-To", fmt_addr(*spec["reply_to"], spec.get("reply_to_enc"))))
    to = spec.get("to", [ME])
    heads.append(fold("To", ", ".join(fmt_addr(*a) for a in to)))
    if spec.get("cc"):
        heads.append(fold("Cc", ", ".join(fmt_addr(*a) for a in spec["cc"])))
    subject = spec["subject"]
    enc = spec.get("subj_enc")
    if enc is None and not subject.isascii():
        enc = ("utf-8", "Q")
    heads.append(fold("Subject", encoded_words(subject, *enc) if enc else subject))
    heads.append(f"Message-ID: {mid}")
    if refs:
        heads.append(f"In-Reply-To: {refs[-1]}")
        heads.append(fold("References", " ".join(refs)))
    for name, value in spec.get("headers", []):
        heads.append(fold(name, value))
    heads.append("MIME-Version: 1.0")
    out = io.BytesIO()
    out.write(("\n".join(heads) + "\n").encode("ascii"))
    BytesGenerator(out, mangle_from_=False, maxheaderlen=0).flatten(root, unixfrom=False)
    data = out.getvalue()
    if not data.endswith(b"\n"):
        data += b"\n"
    return data, expected


def message_id(spec: dict, rel: str) -> str:
    digest = hashlib.sha1(("179/" + rel).encode()).hexdigest()
    domain = spec.get("mid_domain") or spec["frm"][1].split("@", 1)[1]
    return f"<{digest[:20]}.179@{domain}>"


def check(data: bytes, spec: dict, expected: list[str], rel: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {msg['subject']!r} != {spec['subject']!r}")
    got = [p.get_content().replace("\r\n", "\n") for p in msg.walk()
           if p.get_content_maintype() == "text"]
    if [g.rstrip("\n") for g in got] != [e.rstrip("\n") for e in expected]:
        problems.append("bodies do not round-trip")
    if msg["date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def all_specs() -> list[dict]:
    return (msgs179_rejections.MESSAGES + msgs179_invites.MESSAGES + msgs179_acks.MESSAGES
            + msgs179_other.MESSAGES)


def main() -> None:
    specs = all_specs()
    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    counters = dict.fromkeys(KINDS, 0)
    rels: list[str] = []
    for spec in specs:
        kind = spec["kind"]
        counters[kind] += 1
        rels.append(f"{kind}/{counters[kind]:03d}_{spec['name']}.eml")
    mids: dict[str, str] = {}
    chains: dict[str, list[str]] = {}
    keys = [spec["key"] for spec in specs if spec.get("key")]
    assert len(keys) == len(set(keys)), "duplicate thread key"
    for spec, rel in zip(specs, rels, strict=True):
        mids[rel] = message_id(spec, rel)
    # resolve threads in date order (a parent is always older than its reply)
    refs_of: dict[str, list[str]] = {}
    order = sorted(range(len(specs)), key=lambda i: parse_date(specs[i]["date"]))
    for i in order:
        spec, rel = specs[i], rels[i]
        refs: list[str] = []
        if spec.get("parent"):
            parent = spec["parent"]
            assert parent in chains, f"{rel}: unknown or later parent {parent}"
            refs = chains[parent]
        if spec.get("key"):
            chains[spec["key"]] = [*refs, mids[rel]]
        refs_of[rel] = refs
    assert len(set(mids.values())) == len(mids)
    rows = []
    for spec, rel in zip(specs, rels, strict=True):
        mid = mids[rel]
        refs = refs_of[rel]
        if spec.get("rfc822"):
            spec["rfc822"].setdefault("mid", message_id(spec["rfc822"], rel + "/inner"))
        digest = hashlib.sha1(rel.encode()).hexdigest()
        try:
            data, expected = render(spec, Builder(digest), mid, refs)
        except (UnicodeError, AssertionError, ValueError) as exc:
            raise SystemExit(f"{rel}: {exc!r}") from exc
        check(data, spec, expected, rel)
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        contact = spec.get("contact", "")
        if spec["frm"][1] == ME[1]:
            assert spec["kind"] == "other" and not contact, rel
        rows.append([rel, spec["kind"], spec.get("company", ""), contact.lower(),
                     spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    summary: dict[tuple[str, str], int] = {}
    for row in rows:
        summary[(row[1], row[4])] = summary.get((row[1], row[4]), 0) + 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        counts = {lang: summary.get((kind, lang), 0) for lang in ("en", "de", "fr", "es")}
        print(f"  {kind:32s} {counts}  total {sum(counts.values())}")


if __name__ == "__main__":
    main()
