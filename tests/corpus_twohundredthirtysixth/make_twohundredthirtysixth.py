"""Build corpus 236 from the hand-written specs in msgs236_*.py (standard library only).

Run from the repository root:

    python tests/corpus_twohundredthirtysixth/make_twohundredthirtysixth.py

It deletes and rewrites only the *.eml files and labels.csv inside this folder, then re-parses
every written message and checks that it has no defects and that its subject, sender name and
every body part round-trip.

Spec keys (a message is a dict):
  kind, slug, lang, company, contact      labels (slug becomes the file's scenario name)
  frm, to, cc, reply_to                   (name, address) pairs; to/cc may be lists
  subject, date                           date as "YYYY-MM-DD HH:MM +HHMM" (sender's offset)
  text, html                              bodies; both -> multipart/alternative
  charset, cte, html_charset, html_cte    body charset / transfer encoding (7bit, 8bit,
                                          quoted-printable, base64); default utf-8 / chosen
  subject_enc, name_enc                   (charset, "Q" or "B") to encode subject / From name
  headers                                 list of (name, value) extra headers
  parent                                  slug of the message replied to (In-Reply-To and
                                          References); refs: extra older Message-IDs
  attachments                             list of pdf(...), ics(...) or eml(...) dicts
  inline_ics                              an ics(...) dict put inside the alternative part
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import email.utils
import hashlib
import quopri
import sys
from collections import Counter
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs236_acks  # noqa: E402
import msgs236_invites  # noqa: E402
import msgs236_other  # noqa: E402
import msgs236_rejections  # noqa: E402
from msgs236_common import CAND, CAND_ADDR  # noqa: E402

EXPECTED = {
    "rejection": 31,
    "interview_invitation": 26,
    "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10,
    "application_received": 21,
    "offer": 10,
    "other": 52,
}
LANGS = ("en", "de", "fr", "es")


# --------------------------------------------------------------------------- small makers

def h8(text: str, n: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def format_date(value: str, slug: str) -> str:
    when = parse_date(value).replace(second=int(h8(slug, 4), 16) % 60)
    return email.utils.format_datetime(when)


def encoded_words(text: str, charset: str, enc: str, limit: int = 72) -> list[str]:
    """RFC 2047 encoded words (each at most `limit` chars), never splitting a character."""
    prefix = f"=?{charset}?{enc}?"
    words: list[str] = []
    chunk = ""

    def enc_chunk(chars: str) -> str:
        raw = chars.encode(charset)
        if enc == "B":
            return prefix + base64.b64encode(raw).decode("ascii") + "?="
        out = []
        for byte in raw:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isascii() and ch.isalnum():
                out.append(ch)
            else:
                out.append(f"={byte:02X}")
        return prefix + "".join(out) + "?="

    for ch in text:
        if chunk and len(enc_chunk(chunk + ch)) > limit:
            words.append(enc_chunk(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(enc_chunk(chunk))
    return words


def fold_ascii(name: str, value: str) -> str:
    """Fold a plain header at spaces so that lines stay under 78 characters."""
    words = value.split(" ")
    lines = [f"{name}: {words[0]}"]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) > 76 and lines[-1].strip():
            lines.append(" " + word)
        else:
            lines[-1] += " " + word
    return "\n".join(lines)


def fmt_addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return email.utils.formataddr((name, addr))
    charset, kind = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, kind, 70)) + f" <{addr}>"


def as_list(value: object) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, tuple):
        return [value]
    return list(value)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- leaf parts

class Leaf:
    """One MIME leaf: its header lines, its encoded body and what it must decode back to."""

    def __init__(self, headers: list[str], body: str, expect: str | bytes, ctype: str):
        self.headers, self.body, self.expect, self.ctype = headers, body, expect, ctype

    def render(self) -> str:
        return "\n".join(self.headers) + "\n\n" + self.body


def encode_body(text: str, charset: str, cte: str | None) -> tuple[str, str]:
    raw = text.encode(charset)
    longest = max((len(line) for line in raw.split(b"\n")), default=0)
    if cte is None:
        cte = "7bit" if raw.isascii() and longest <= 900 else "quoted-printable"
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert raw.isascii(), "7bit body with non-ASCII text"
        assert longest <= 990, "line too long for 7bit/8bit"
        body = raw.decode(charset)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    return cte, body


def text_leaf(text: str, subtype: str, charset: str, cte: str | None,
              extra: str = "") -> Leaf:
    cte, body = encode_body(text, charset, cte)
    headers = [f'Content-Type: text/{subtype}; charset="{charset}"{extra}',
               f"Content-Transfer-Encoding: {cte}"]
    return Leaf(headers, body, text, f"text/{subtype}")


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the title and lines (Helvetica, WinAnsi)."""

    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 15 Tf 56 780 Td (" + esc(title) + b") Tj /F1 10 Tf 0 -26 Td 14 TL"
    for line in lines:
        stream += b" (" + esc(line) + b") Tj T*"
    stream += b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + esc(title) + b") /Producer (corpus236) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def pdf_leaf(spec: dict) -> Leaf:
    data = pdf_bytes(spec["title"], spec["lines"])
    name = spec["filename"]
    body = base64.encodebytes(data).decode("ascii")
    headers = [f'Content-Type: application/pdf; name="{name}"',
               f'Content-Disposition: attachment; filename="{name}"',
               "Content-Transfer-Encoding: base64"]
    return Leaf(headers, body, data, "application/pdf")


def ics_fold(line: str) -> str:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " "
        cur += ch
    out.append(cur)
    return "\n".join(out)


def ics_text(spec: dict) -> str:
    tz = spec.get("tz", "Europe/London")
    start = datetime.strptime(spec["start"], "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
    end = datetime.strptime(spec["end"], "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
    org_name, org_addr = spec["organizer"]
    method = spec["method"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus236//Hand-written calendar//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"DTSTAMP:{spec.get('stamp', '20260101T090000Z')}",
        f"DTSTART;TZID={tz}:{start}",
        f"DTEND;TZID={tz}:{end}",
        f"SEQUENCE:{spec.get('seq', 0)}",
        f"SUMMARY:{spec['summary']}",
        f"LOCATION:{spec.get('location', '')}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{CAND[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE'
        f":mailto:{CAND_ADDR}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if spec.get("description"):
        desc = spec["description"].replace("\\", "\\\\").replace(",", "\\,")
        desc = desc.replace(";", "\\;").replace("\n", "\\n")
        lines.append(f"DESCRIPTION:{desc}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(ics_fold(line) for line in lines) + "\n"


def ics_leaf(spec: dict, attached: bool) -> Leaf:
    text = ics_text(spec)
    method = spec["method"]
    cte = "7bit" if text.isascii() else "quoted-printable"
    leaf = text_leaf(text, "calendar", "utf-8", spec.get("cte", cte), f"; method={method}")
    if attached:
        name = spec.get("filename", "invite.ics")
        leaf.headers[0] += f'; name="{name}"'
        leaf.headers.append(f'Content-Disposition: attachment; filename="{name}"')
    return leaf


# --------------------------------------------------------------------------- tree

class Multi:
    def __init__(self, subtype: str, parts: list, boundary: str):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary

    @property
    def headers(self) -> list[str]:
        return [f'Content-Type: multipart/{self.subtype}; boundary="{self.boundary}"']

    def render(self) -> str:
        out = "\n".join(self.headers) + "\n\n"
        if self.subtype == "mixed":
            out += "This is a multi-part message in MIME format.\n\n"
        for part in self.parts:
            out += f"--{self.boundary}\n" + part.render()
            if not out.endswith("\n"):
                out += "\n"
        out += f"--{self.boundary}--\n"
        return out

    def leaves(self) -> list[Leaf]:
        result: list[Leaf] = []
        for part in self.parts:
            result += part.leaves() if hasattr(part, "leaves") else [part]
        return result


class Rfc822:
    """A forwarded message attached whole."""

    def __init__(self, inner_headers: list[str], inner: Leaf | Multi, name: str):
        self.inner_headers, self.inner, self.name = inner_headers, inner, name

    def render(self) -> str:
        return (f'Content-Type: message/rfc822; name="{self.name}"\n'
                f'Content-Disposition: attachment; filename="{self.name}"\n\n'
                + "\n".join(self.inner_headers) + "\n" + self.inner.render())

    def leaves(self) -> list[Leaf]:
        return self.inner.leaves() if isinstance(self.inner, Multi) else [self.inner]


def body_tree(spec: dict, tag: str) -> Leaf | Multi:
    charset = spec.get("charset", "utf-8")
    parts: list = []
    if spec.get("text") is not None:
        parts.append(text_leaf(spec["text"], "plain", charset, spec.get("cte")))
    if spec.get("html") is not None:
        parts.append(text_leaf(spec["html"], "html", spec.get("html_charset", charset),
                               spec.get("html_cte", spec.get("cte"))))
    if spec.get("inline_ics"):
        parts.append(ics_leaf(spec["inline_ics"], attached=False))
    assert parts, f"{tag}: no body"
    body: Leaf | Multi = parts[0] if len(parts) == 1 else Multi(
        "alternative", parts, f"==alt_{h8(tag + 'alt', 16)}")
    attachments = []
    for item in spec.get("attachments", []):
        if item["type"] == "pdf":
            attachments.append(pdf_leaf(item))
        elif item["type"] == "ics":
            attachments.append(ics_leaf(item, attached=True))
        elif item["type"] == "eml":
            inner_spec = item["spec"]
            inner_tag = tag + "/inner"
            attachments.append(Rfc822(header_lines(inner_spec, inner_tag, {}, inner=True),
                                      body_tree(inner_spec, inner_tag), item["filename"]))
        else:
            raise ValueError(item["type"])
    if attachments:
        return Multi("mixed", [body, *attachments], f"==mix_{h8(tag + 'mix', 16)}")
    return body


def message_id(spec: dict) -> str:
    domain = spec["frm"][1].split("@", 1)[1]
    return f"<{h8(spec['slug'], 12)}.{spec['slug'].replace('_', '-')[:24]}@{domain}>"


def header_lines(spec: dict, tag: str, ids: dict[str, str], inner: bool = False) -> list[str]:
    lines = [f"From: {fmt_addr(spec['frm'], spec.get('name_enc'))}"]
    to = as_list(spec.get("to", CAND))
    lines.append("To: " + ",\n ".join(fmt_addr(a) for a in to))
    if spec.get("cc"):
        lines.append("Cc: " + ",\n ".join(fmt_addr(a) for a in as_list(spec["cc"])))
    if spec.get("reply_to"):
        lines.append("Reply-To: " + fmt_addr(spec["reply_to"]))
    subject = spec["subject"]
    if spec.get("subject_enc") or not subject.isascii():
        charset, kind = spec.get("subject_enc") or ("utf-8", "Q")
        lines.append("Subject: " + "\n ".join(encoded_words(subject, charset, kind)))
    else:
        lines.append(fold_ascii("Subject", subject))
    lines.append(f"Date: {format_date(spec['date'], spec['slug'])}")
    lines.append(f"Message-ID: {spec.get('message_id') or message_id(spec)}")
    if not inner:
        refs = list(spec.get("refs", []))
        if spec.get("parent"):
            parent = spec["parent"]
            assert parent in ids, f"{tag}: unknown parent {parent}"
            refs.append(ids[parent])
        if refs:
            lines.append(f"In-Reply-To: {refs[-1]}")
            lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    return lines


def render(spec: dict, tag: str, ids: dict[str, str]) -> tuple[bytes, Leaf | Multi]:
    tree = body_tree(spec, tag)
    text = "\n".join(header_lines(spec, tag, ids)) + "\n" + tree.render()
    charsets = {spec.get("charset", "utf-8")}
    if spec.get("html") is not None:
        charsets.add(spec.get("html_charset", spec.get("charset", "utf-8")))
    for item in spec.get("attachments", []):
        if item["type"] == "eml":
            charsets.add(item["spec"].get("charset", "utf-8"))
    # 8bit bodies are written in their own charset; everything else is ASCII.
    try:
        data = text.encode("ascii")
    except UnicodeEncodeError:
        assert len(charsets) == 1, f"{tag}: 8bit parts in several charsets"
        data = text.encode(charsets.pop())
    return data, tree


# --------------------------------------------------------------------------- checks

def all_defects(msg: EmailMessage) -> list[str]:
    found = []
    for part in msg.walk():
        found += [f"{type(d).__name__}" for d in part.defects]
        for name, value in part.items():
            found += [f"{name}: {type(d).__name__}" for d in getattr(value, "defects", [])]
    return found


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(spec: dict, data: bytes, tree: Leaf | Multi, tag: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    assert not all_defects(msg), f"{tag}: defects {all_defects(msg)}"
    assert str(msg["subject"]) == spec["subject"], f"{tag}: subject {msg['subject']!r}"
    sender = msg["from"].addresses[0]
    assert sender.display_name == spec["frm"][0], f"{tag}: from name {sender.display_name!r}"
    assert sender.addr_spec == spec["frm"][1], tag
    assert parse_date(spec["date"]).year == 2026, tag
    expected = tree.leaves() if isinstance(tree, Multi) else [tree]
    got = [p for p in msg.walk() if not p.is_multipart()]
    assert len(got) == len(expected), f"{tag}: {len(got)} leaves, expected {len(expected)}"
    for leaf, part in zip(expected, got, strict=True):
        assert part.get_content_type() == leaf.ctype, f"{tag}: {part.get_content_type()}"
        content = part.get_content()
        if isinstance(leaf.expect, bytes):
            assert content == leaf.expect, f"{tag}: binary part differs"
        else:
            assert norm(content) == norm(leaf.expect), f"{tag}: {leaf.ctype} body differs"


def check_labels(spec: dict, tag: str) -> None:
    kind, contact, company = spec["kind"], spec.get("contact", ""), spec.get("company", "")
    assert kind in EXPECTED, tag
    assert spec["lang"] in LANGS, tag
    own = spec["frm"][1] == CAND_ADDR
    if own:
        assert kind == "other" and not contact, tag
    if kind == "other":
        assert not company, tag
    else:
        assert company, tag
    if contact:
        assert contact == contact.lower(), tag
        pool = [a[1].lower() for a in [spec["frm"], *as_list(spec.get("reply_to"))]]
        assert contact in pool, f"{tag}: contact {contact} not in From/Reply-To"


# --------------------------------------------------------------------------- main

def main() -> None:
    specs = [*msgs236_rejections.MESSAGES, *msgs236_invites.MESSAGES,
             *msgs236_acks.MESSAGES, *msgs236_other.MESSAGES]
    slugs = Counter(s["slug"] for s in specs)
    dupes = [s for s, n in slugs.items() if n > 1]
    assert not dupes, f"duplicate slugs {dupes}"
    ids = {s["slug"]: s.get("message_id") or message_id(s) for s in specs}
    assert len(set(ids.values())) == len(ids), "duplicate Message-IDs"

    kinds = Counter(s["kind"] for s in specs)
    assert dict(kinds) == EXPECTED, f"kind counts {dict(kinds)}"

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)

    rows = []
    numbers: Counter[str] = Counter()
    for spec in specs:
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        try:
            check_labels(spec, rel)
            data, tree = render(spec, rel, ids)
            verify(spec, data, tree, rel)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])

    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))

    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in EXPECTED:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{n:5d}" for n in counts) + f"  {sum(counts):5d}")
    langs = Counter(s["lang"] for s in specs)
    print(f"{'total':32}" + "".join(f"{langs[lang]:5d}" for lang in LANGS) + f"  {len(specs):5d}")


if __name__ == "__main__":
    main()
