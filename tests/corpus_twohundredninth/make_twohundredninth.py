"""Build corpus 209 from the hand-written specs in the msgs209_* modules.

Run from the repository root:  python tests/corpus_twohundredninth/make_twohundredninth.py

Standard library only. It deletes and rewrites the *.eml files and labels.csv of this folder
(nothing else), then re-parses every written message and checks that it has no defects and
that its subject, sender and text parts come back as written.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import UTC, datetime
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs209_acks  # noqa: E402
import msgs209_invites  # noqa: E402
import msgs209_other  # noqa: E402
import msgs209_rejections  # noqa: E402
from msgs209_common import CAND, CAND_NAME  # noqa: E402

KIND_ORDER = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
NL = "\n"


# --- headers -----------------------------------------------------------------------------

Q_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(ch: str, charset: str) -> str:
    if ch == " ":
        return "_"
    if ch in Q_SAFE:
        return ch
    return "".join(f"={b:02X}" for b in ch.encode(charset))


def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q", phrase: bool = False) -> str:
    """RFC 2047 encoded words of at most 75 characters, folded onto continuation lines.

    In an unstructured header (Subject) a reader drops the folding between two encoded words,
    so a word may break anywhere. In a display name (a phrase) it keeps one space there, so
    the text breaks only at its own spaces, which become the folding."""
    words: list[str] = []
    prefix, suffix = f"=?{charset}?{enc}?", "?="
    chunk = ""

    def render(s: str) -> str:
        if enc == "B":
            return prefix + base64.b64encode(s.encode(charset)).decode("ascii") + suffix
        return prefix + "".join(_q_char(c, charset) for c in s) + suffix

    if phrase:
        for word in text.split(" "):
            cand = f"{chunk} {word}" if chunk else word
            if chunk and len(render(cand)) > 75:
                words.append(render(chunk))
                chunk = word
            else:
                chunk = cand
        assert len(render(chunk)) <= 75, text
        words.append(render(chunk))
        return f"{NL} ".join(words)
    for ch in text:
        if chunk and len(render(chunk + ch)) > 75:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return f"{NL} ".join(words)


def fold_ascii(value: str, first: int) -> str:
    """Fold a plain header value at spaces so no line passes 78 characters."""
    out, line = [], ""
    limit = 78 - first
    for word in value.split(" "):
        cand = f"{line} {word}" if line else word
        if line and len(cand) > limit:
            out.append(line)
            line, limit = word, 77
        else:
            line = cand
    out.append(line)
    return f"{NL} ".join(out)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return f"{name}: {fold_ascii(value, len(name) + 2)}"
    charset, how = enc or ("utf-8", "Q")
    return f"{name}: {encoded_words(value, charset, how)}"


def address(pair: tuple[str, str] | str, enc: tuple[str, str] | None = None) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    charset, how = enc or ("utf-8", "Q")
    return f"{encoded_words(name, charset, how, phrase=True)} <{addr}>"


# --- bodies ------------------------------------------------------------------------------

def encode_body(data: bytes, cte: str) -> str:
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").rstrip("\n")
    return data.decode("latin-1").rstrip("\n")  # 7bit/8bit bytes, written back as read


class Leaf:
    def __init__(self, ctype: str, params: dict[str, str], data: bytes, cte: str,
                 disposition: str | None = None) -> None:
        self.ctype, self.params, self.data, self.cte = ctype, params, data, cte
        self.disposition = disposition

    def render(self, counter: list[int], tag: str) -> tuple[list[str], str]:
        params = "".join(f'; {k}="{v}"' if k in ("charset", "name") else f"; {k}={v}"
                         for k, v in self.params.items())
        heads = [f"Content-Type: {self.ctype}{params}",
                 f"Content-Transfer-Encoding: {self.cte}"]
        if self.disposition:
            heads.append(f"Content-Disposition: {self.disposition}")
        return heads, encode_body(self.data, self.cte)


class Multi:
    def __init__(self, subtype: str, parts: list[Leaf | Multi]) -> None:
        self.subtype, self.parts = subtype, parts

    def render(self, counter: list[int], tag: str) -> tuple[list[str], str]:
        counter[0] += 1
        boundary = f"=_{tag}_{counter[0]}_{self.subtype}"
        chunks = ["This is a multi-part message in MIME format.", ""]
        for part in self.parts:
            heads, body = part.render(counter, tag)
            chunks += [f"--{boundary}", *heads, "", body]
        chunks.append(f"--{boundary}--")
        return [f'Content-Type: multipart/{self.subtype}; boundary="{boundary}"'], NL.join(chunks)


def text_leaf(kind: str, text: str, charset: str, cte: str | None) -> Leaf:
    text = text.strip("\n") + "\n"
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() and max(map(len, text.split("\n"))) < 900 \
            else "quoted-printable"
    return Leaf(f"text/{kind}", {"charset": charset}, data, cte)


# --- attachments -------------------------------------------------------------------------

def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF that shows the lines in Helvetica."""
    def pdf_str(s: str) -> str:
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        stream_lines.append(f"{pdf_str(line)} Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("cp1252")
    objs = [
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
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def _ics_escape(s: str) -> str:
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " "
        cur += ch
    out.append(cur)
    return out


def _utc(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, dtstamp: str) -> str:
    org_name, org_addr = ics["organizer"]
    method = ics.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + ics.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{_utc(dtstamp)}",
        f"DTSTART:{_utc(ics['start'])}",
        f"DTEND:{_utc(ics['end'])}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN={_ics_escape(org_name)}:mailto:{org_addr}")
    lines.append(f"ATTENDEE;CN={CAND_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                 f"RSVP=TRUE:mailto:{CAND}")
    status = ics.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --- one message -------------------------------------------------------------------------

def message_id(spec: dict) -> str:
    frm = spec["frm"]
    domain = (frm if isinstance(frm, str) else frm[1]).split("@")[1].rstrip(">")
    digest = hashlib.sha1(f"209/{spec['kind']}/{spec['slug']}".encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{spec.get('mid_domain', domain)}>"


def build(spec: dict, nnn: int, ids: dict[str, dict]) -> tuple[bytes, list[tuple[str, str]]]:
    """The bytes of one message and the (type, text) of every text part it should show."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    expected: list[tuple[str, str]] = []
    alt: list[Leaf | Multi] = []
    if spec.get("text") is not None:
        alt.append(text_leaf("plain", spec["text"], charset, cte))
        expected.append(("text/plain", spec["text"]))
    if spec.get("html") is not None:
        alt.append(text_leaf("html", spec["html"], spec.get("html_charset", charset),
                             spec.get("html_cte", cte)))
        expected.append(("text/html", spec["html"]))
    ics = spec.get("ics")
    if ics:
        cal = make_ics(ics, spec["date"])
        alt.append(Leaf("text/calendar", {"charset": "utf-8",
                                           "method": ics.get("method", "REQUEST")},
                        cal.encode("utf-8"), "base64"))
    body: Leaf | Multi = alt[0] if len(alt) == 1 else Multi("alternative", alt)
    attachments = spec.get("attachments", [])
    if attachments:
        parts: list[Leaf | Multi] = [body]
        for att in attachments:
            if att["type"] == "pdf":
                parts.append(Leaf("application/pdf", {"name": att["name"]},
                                  make_pdf(att["lines"]), "base64",
                                  f'attachment; filename="{att["name"]}"'))
            elif att["type"] == "ics":
                parts.append(Leaf("application/ics", {"name": att["name"]},
                                  make_ics(ics, spec["date"]).encode("utf-8"), "base64",
                                  f'attachment; filename="{att["name"]}"'))
            elif att["type"] == "eml":
                inner, inner_expected = build(att["spec"], nnn, ids)
                parts.append(Leaf("message/rfc822", {}, inner, "7bit",
                                  f'attachment; filename="{att["name"]}"'))
                expected += inner_expected
            else:
                raise ValueError(att["type"])
        body = Multi("mixed", parts)

    heads = []
    for name, value in spec.get("pre_headers", []):
        heads.append(f"{name}: {value}")
    heads.append(f"From: {address(spec['frm'], spec.get('name_enc'))}")
    to = spec.get("to", [(CAND_NAME, CAND)])
    heads.append("To: " + f",{NL} ".join(address(a, spec.get('to_enc')) for a in to))
    if spec.get("cc"):
        heads.append("Cc: " + f",{NL} ".join(address(a) for a in spec["cc"]))
    if spec.get("reply_to"):
        heads.append(f"Reply-To: {address(spec['reply_to'], spec.get('reply_enc'))}")
    heads.append(header_text("Subject", spec["subject"], spec.get("subj_enc")))
    heads.append(f"Date: {format_datetime(datetime.fromisoformat(spec['date']))}")
    heads.append(f"Message-ID: {spec['_mid']}")
    if spec.get("parent"):
        chain = []
        cur = spec["parent"]
        while cur:
            chain.insert(0, ids[cur]["_mid"])
            cur = ids[cur].get("parent")
        heads.append(f"In-Reply-To: {chain[-1]}")
        heads.append("References: " + f"{NL} ".join(chain))
    for name, value in spec.get("headers", []):
        heads.append(f"{name}: {value}")
    heads.append("MIME-Version: 1.0")
    part_heads, payload = body.render([0], f"{nnn:03d}{spec['kind'][:3]}")
    raw = NL.join([*heads, *part_heads, "", payload, ""])
    return raw.encode("latin-1"), expected


# --- checks ------------------------------------------------------------------------------

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").strip("\n")


def check(path: Path, spec: dict, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    frm = spec["frm"]
    if not isinstance(frm, str):
        got = msg["From"].addresses[0]
        if (got.display_name, got.addr_spec) != (frm[0], frm[1]):
            problems.append(f"from {got!r} != {frm!r}")
    seen = [(p.get_content_type(), norm(p.get_content())) for p in msg.walk()
            if p.get_content_type() in ("text/plain", "text/html")]
    want = [(t, norm(s)) for t, s in expected]
    if sorted(seen) != sorted(want):
        problems.append("text parts do not round-trip")
    for p in msg.walk():
        if p.get_content_type() == "text/calendar" and "BEGIN:VEVENT" not in p.get_content():
            problems.append("calendar part unreadable")
        if p.get_content_type() == "application/pdf" and \
                not p.get_content().startswith(b"%PDF-1.4"):
            problems.append("pdf unreadable")
    if msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))


def main() -> None:
    specs = [*msgs209_rejections.MESSAGES, *msgs209_invites.MESSAGES,
             *msgs209_acks.MESSAGES, *msgs209_other.MESSAGES]
    ids: dict[str, dict] = {}
    seen_mids: set[str] = set()
    for spec in specs:
        spec["_mid"] = message_id(spec)
        assert spec["_mid"] not in seen_mids, spec["slug"]
        seen_mids.add(spec["_mid"])
        if spec.get("id"):
            assert spec["id"] not in ids, spec["id"]
            ids[spec["id"]] = spec
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    counters: dict[str, int] = {}
    for kind in KIND_ORDER:
        for spec in (s for s in specs if s["kind"] == kind):
            counters[kind] = counters.get(kind, 0) + 1
            nnn = counters[kind]
            rel = f"{kind}/{nnn:03d}_{spec['slug']}.eml"
            raw, expected = build(spec, nnn, ids)
            path = HERE / rel
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(raw)
            check(path, spec, expected)
            contact = spec.get("contact", "")
            assert contact == contact.lower(), rel
            rows.append([rel, kind, spec.get("company", ""), contact, spec["lang"]])
    unknown = {s["kind"] for s in specs} - set(KIND_ORDER)
    assert not unknown, unknown
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KIND_ORDER:
        print(f"  {kind:32s}", {k: table.get(kind, {}).get(k, 0) for k in ("fr", "en", "de", "es")})


if __name__ == "__main__":
    main()
