"""Build corpus 148 (Ciarán Walsh-Adebayo's mailbox) from the hand-written specs.

Run from the repository root:  python tests/corpus_hundredfortyeighth/make_hundredfortyeighth.py

Standard library only. Deletes and rewrites the *.eml files and labels.csv of this folder, then
re-parses every written message with the default policy and checks it: no defects, subject,
display names and text bodies round-trip.

A spec is a dict:
  kind, scenario, lang, company, contact           labels
  from (name, addr), to [(name, addr)], cc, reply_to (name, addr)
  from_enc / subject_enc / to_enc                  "utf-8/q", "iso-8859-1/b", ... (encoded words)
  subject, date ("2026-03-12 10:05 +0000")
  key, parent, refs                                thread keys -> Message-ID, In-Reply-To, References
  text, html, shell (text -> html when html is absent), html_only
  charset, cte, html_charset, html_cte
  ics {method, uid, seq, start, end, summary, location, organizer, description, status, mode}
  pdf {filename, title, lines}, pdf2, attach_eml {from, to, date, subject, text}
  headers [(name, value)]                          extra headers (List-Id, Auto-Submitted ...)
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import sys
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs148_acks  # noqa: E402
import msgs148_invites  # noqa: E402
import msgs148_other  # noqa: E402
import msgs148_rejections  # noqa: E402
from msgs148_common import CAND, paras_html, wrap  # noqa: E402

KIND_ORDER = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
EXPECTED = {
    "rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52,
}
POLICY = email.policy.default.clone(linesep="\n")
TO_VARIANTS: list[tuple[list[tuple[str, str]], str | None]] = [
    ([CAND], "utf-8/q"),
    ([CAND], "utf-8/b"),
    ([CAND], "iso-8859-1/q"),
    ([("", CAND[1])], None),
    ([("Walsh-Adebayo, Ciarán", CAND[1])], "iso-8859-1/b"),
    ([CAND], "utf-8/q"),
]
SPECIALS = set('()<>[]:;@\\,."')


# ------------------------------------------------------------------ encoded words and headers

def _q_char(ch: str, charset: str) -> str:
    if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
        return ch
    if ch == " ":
        return "_"
    return "".join(f"={b:02X}" for b in ch.encode(charset))


def encoded_words(text: str, how: str, limit: int = 62) -> list[str]:
    """RFC 2047 encoded words for text; how is 'charset/q' or 'charset/b'. Words never split a
    character and stay within limit characters."""
    charset, enc = how.split("/")
    prefix = f"=?{charset}?{enc.upper()}?"
    words: list[str] = []
    cur = ""

    def render(chunk: str) -> str:
        if enc == "b":
            return prefix + base64.b64encode(chunk.encode(charset)).decode("ascii") + "?="
        return prefix + "".join(_q_char(c, charset) for c in chunk) + "?="

    for ch in text:
        if cur and len(render(cur + ch)) > limit:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay within 78 characters."""
    out = f"{name}:"
    line_len = len(out)
    for word in value.split(" "):
        piece = " " + word
        if line_len + len(piece) > 78 and line_len > len(name) + 1:
            out += "\n" + piece
            line_len = len(piece)
        else:
            out += piece
            line_len += len(piece)
    return out


def header_text(name: str, value: str, how: str | None) -> str:
    if how is None and value.isascii():
        return fold_plain(name, value)
    words = encoded_words(value, how or "utf-8/q")
    return f"{name}: " + "\n ".join(words)


def mailbox(pair: tuple[str, str], how: str | None) -> str:
    name, addr = pair
    if not name:
        return addr
    if how is not None or not name.isascii():
        # One encoded word per name: the default parser keeps the space between two encoded
        # words of a phrase, so a name split in two would not round-trip.
        words = encoded_words(name, how or "utf-8/q", limit=75)
        assert len(words) == 1, f"display name too long for one encoded word: {name}"
        return words[0] + f" <{addr}>"
    if any(c in SPECIALS for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]], how: str | None) -> str:
    return f"{name}: " + ",\n ".join(mailbox(p, how) for p in pairs)


# ------------------------------------------------------------------ PDF and iCalendar parts

def _pdf_str(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(title: str, lines: list[str], when: datetime) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with a title and lines of text."""
    stream = b"BT /F1 15 Tf 56 780 Td 20 TL " + _pdf_str(title) + b" Tj T* /F1 10 Tf 14 TL"
    for line in lines:
        stream += b" T* " + _pdf_str(line) + b" Tj"
    stream += b" ET"
    stamp = when.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ").encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title " + _pdf_str(title) + b" /Producer (corpus148) /CreationDate (" + stamp
        + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def _utc(value: str) -> str:
    return parse_date(value).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> str:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(ics: dict, stamp: datetime) -> str:
    org_name, org_addr = ics["organizer"]
    status = ics.get("status", "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus148//Calendar 1.0//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", f"METHOD:{ics['method']}", "BEGIN:VEVENT",
        f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{_utc(ics['start'])}", f"DTEND:{_utc(ics['end'])}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
        f"LOCATION:{_ics_escape(ics.get('location', ''))}",
        f"DESCRIPTION:{_ics_escape(ics.get('description', ''))}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND[1]}",
        f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(_ics_fold(line) for line in lines) + "\r\n"


# ------------------------------------------------------------------ building one message

def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def text_part(content: str, subtype: str, charset: str, cte: str) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    part.set_content(content, subtype=subtype, charset=charset, cte=cte)
    return part


def default_cte(content: str, charset: str) -> str:
    if content.isascii():
        return "7bit"
    return "quoted-printable" if charset == "utf-8" else "8bit"


def multipart(subtype: str, parts: list[MIMEPart], boundary: str) -> MIMEPart:
    node = MIMEPart(policy=POLICY)
    node["Content-Type"] = f"multipart/{subtype}"
    node.set_boundary(boundary)
    for p in parts:
        node.attach(p)
    return node


def final_text(spec: dict) -> str | None:
    text = spec.get("text")
    if text is None or spec.get("html_only"):
        return None
    return wrap(text) if spec.get("wrap", True) else text


def final_html(spec: dict) -> str | None:
    if "html" in spec:
        return spec["html"]
    if "shell" in spec:
        return spec["shell"](paras_html(spec["text"]))
    return None


def build_body(spec: dict, tag: str, when: datetime) -> MIMEPart:
    charset = spec.get("charset", "utf-8")
    text = final_text(spec)
    body_html = final_html(spec)
    alts: list[MIMEPart] = []
    if text is not None:
        alts.append(text_part(text, "plain", charset, spec.get("cte") or default_cte(text, charset)))
    if body_html is not None:
        hcs = spec.get("html_charset", charset)
        alts.append(text_part(body_html, "html", hcs,
                              spec.get("html_cte") or default_cte(body_html, hcs)))
    ics = spec.get("ics")
    ics_text = make_ics(ics, when) if ics else None
    if ics and ics.get("mode", "alt") in ("alt", "both"):
        cal = MIMEPart(policy=POLICY)
        cal.set_content(ics_text, subtype="calendar", charset="utf-8", cte="7bit"
                        if ics_text.isascii() else "quoted-printable",
                        params={"method": ics["method"]})
        alts.append(cal)
    body = alts[0] if len(alts) == 1 else multipart("alternative", alts, f"==alt_{tag}==")
    attachments: list[MIMEPart] = []
    if ics and ics.get("mode", "alt") in ("attach", "both"):
        att = MIMEPart(policy=POLICY)
        name = "invite.ics" if ics["method"] != "CANCEL" else "cancel.ics"
        att.set_content(ics_text.encode("utf-8"), maintype="application", subtype="ics",
                        disposition="attachment", filename=ics.get("filename", name))
        attachments.append(att)
    for key in ("pdf", "pdf2"):
        if key in spec:
            pdf = spec[key]
            att = MIMEPart(policy=POLICY)
            att.set_content(make_pdf(pdf["title"], pdf["lines"], when), maintype="application",
                            subtype="pdf", disposition="attachment", filename=pdf["filename"])
            attachments.append(att)
    if "attach_eml" in spec:
        inner_spec = spec["attach_eml"]
        inner_bytes = header_block(inner_spec, {}, inner=True) + render(
            text_part(inner_spec["text"], "plain", "utf-8",
                      default_cte(inner_spec["text"], "utf-8")))
        inner = email.message_from_bytes(inner_bytes, policy=POLICY)
        att = MIMEPart(policy=POLICY)
        att.set_content(inner, disposition="attachment")
        attachments.append(att)
    if attachments:
        return multipart("mixed", [body, *attachments], f"==mix_{tag}==")
    return body


def render(part: MIMEPart) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(part)
    return buf.getvalue()


def msg_id(key: str, domain: str) -> str:
    digest = hashlib.sha1(key.encode()).hexdigest()[:20]
    return f"<{digest}.148@{domain}>"


def domain_of(addr: str) -> str:
    host = addr.split("@", 1)[1]
    return "mail.example.ie" if host == "example.ie" else host


def header_block(spec: dict, ids: dict[str, str], inner: bool = False) -> bytes:
    lines: list[str] = []
    sender = tuple(spec["from"])
    if not inner:
        lines.append(f"Message-ID: {spec['_mid']}")
    lines.append(f"Date: {format_datetime(parse_date(spec['date']))}")
    lines.append(address_header("From", [sender], spec.get("from_enc")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [tuple(spec["reply_to"])], spec.get("from_enc")))
    if "to" in spec:
        to, to_enc = [tuple(p) for p in spec["to"]], spec.get("to_enc")
    else:  # how senders write the candidate varies: encodings, bare address, surname first
        to, to_enc = TO_VARIANTS[int(hashlib.sha1(spec["_mid"].encode()).hexdigest(), 16)
                                 % len(TO_VARIANTS)]
    spec["_to"] = to
    lines.append(address_header("To", to, to_enc))
    if spec.get("cc"):
        lines.append(address_header("Cc", [tuple(p) for p in spec["cc"]], spec.get("to_enc")))
    lines.append(header_text("Subject", spec["subject"], spec.get("subject_enc")))
    if not inner:
        parent = spec.get("parent")
        refs = list(spec.get("refs", []))
        if parent and parent not in refs:
            refs.append(parent)
        if parent:
            lines.append(f"In-Reply-To: {ids.get(parent) or msg_id(parent, 'example.invalid')}")
        if refs:
            lines.append("References: " + "\n ".join(
                ids.get(r) or msg_id(r, "example.invalid") for r in refs))
    for name, value in spec.get("headers", []):
        lines.append(fold_plain(name, value))
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("ascii")


# ------------------------------------------------------------------ checks

def check(path: Path, spec: dict) -> None:
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = path.relative_to(HERE)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    got_from = msg["From"].addresses[0]
    assert got_from.display_name == spec["from"][0], f"{where}: from {got_from.display_name!r}"
    assert got_from.addr_spec == spec["from"][1]
    if not inner_only(spec):
        got_to = [(a.display_name, a.addr_spec) for a in msg["To"].addresses]
        assert got_to == [tuple(p) for p in spec["_to"]], f"{where}: to {got_to!r}"
    assert msg["Date"].datetime.year == 2026
    texts: dict[str, str] = {}
    for p in msg.walk():  # the first text/plain and text/html: a forwarded message comes later
        if p.get_content_type() in ("text/plain", "text/html"):
            texts.setdefault(p.get_content_type(), p.get_content())
    want_text = final_text(spec)
    if want_text is not None:
        assert texts.get("text/plain", "").rstrip("\n") == want_text.rstrip("\n"), \
            f"{where}: text body does not round-trip"
    want_html = final_html(spec)
    if want_html is not None:
        assert texts.get("text/html", "").rstrip("\n") == want_html.rstrip("\n"), \
            f"{where}: html body does not round-trip"
    contact = spec["contact"]
    if contact:
        assert contact == contact.lower()
        heads = [a.lower() for h in ("From", "Reply-To") for a in
                 [x.addr_spec for x in (msg[h].addresses if msg[h] else [])]]
        assert contact in heads, f"{where}: contact {contact} not in From/Reply-To"


# ------------------------------------------------------------------ main

def inner_only(spec: dict) -> bool:
    return "_to" not in spec


def main() -> None:
    specs = (msgs148_rejections.MESSAGES + msgs148_invites.MESSAGES + msgs148_acks.MESSAGES
             + msgs148_other.MESSAGES)
    counters = dict.fromkeys(KIND_ORDER, 0)
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["_file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['scenario']}.eml"
    assert counters == EXPECTED, counters
    ids: dict[str, str] = {}
    for spec in specs:
        spec["_mid"] = msg_id(spec["_file"], domain_of(spec["from"][1]))
        if "key" in spec:
            assert spec["key"] not in ids, spec["key"]
            ids[spec["key"]] = spec["_mid"]
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    rows = []
    for spec in specs:
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        when = parse_date(spec["date"])
        assert when.year == 2026 and 1 <= when.month <= 10, spec["_file"]
        tag = hashlib.sha1(spec["_file"].encode()).hexdigest()[:12]
        try:
            body = build_body(spec, tag, when)
            path.write_bytes(header_block(spec, ids) + render(body))
            check(path, spec)
        except Exception as exc:
            raise SystemExit(f"{spec['_file']}: {exc!r}") from exc
        rows.append([spec["_file"], spec["kind"], spec["company"], spec["contact"],
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    langs: dict[str, int] = {}
    for spec in specs:
        langs[spec["lang"]] = langs.get(spec["lang"], 0) + 1
    print(f"wrote {len(rows)} messages: {counters} {langs}")


if __name__ == "__main__":
    main()
