"""Build the 163rd corpus: *.eml files and labels.csv from the hand-written specs.

Run from the repository root:  python tests/corpus_hundredsixtythird/make_hundredsixtythird.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.
Every written message is parsed back (email.policy.default) and checked: no defects, the
subject, display names and every text body round-trip.
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
import unicodedata
from datetime import UTC, datetime
from email import base64mime, quoprimime
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from msgs163_acks import MESSAGES as ACKS  # noqa: E402
from msgs163_common import CAND  # noqa: E402
from msgs163_invites import MESSAGES as INVITES  # noqa: E402
from msgs163_other import MESSAGES as OTHER  # noqa: E402
from msgs163_rejections import MESSAGES as REJECTIONS  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
SPECIALS = set('()<>@,;:\\".[]')


# --- headers -----------------------------------------------------------------------------

def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 encoded words (each <= 75 chars) for text, split on character boundaries."""
    def one(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc == "q":
            return quoprimime.header_encode(raw, charset)
        return base64mime.header_encode(raw, charset)

    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(one(cur + ch)) > 75:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    words.append(one(cur))
    return words


def fmt_addr(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc or not name.isascii():
        charset, how = enc or ("utf-8", "q")
        return " ".join(encoded_words(name, charset, how)) + f" <{addr}>"
    if any(c in SPECIALS for c in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
    return f"{name} <{addr}>"


def fmt_addrs(items: list[tuple[str, str]], enc: tuple[str, str] | None = None) -> str:
    return ",\n ".join(fmt_addr(n, a, enc) for n, a in items)


def fmt_subject(subject: str, enc: tuple[str, str] | None) -> str:
    if enc or not subject.isascii():
        charset, how = enc or ("utf-8", "q")
        return "\n ".join(encoded_words(subject, charset, how))
    return subject


def when(spec: dict) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def domain_of(addr: str) -> str:
    return addr.split("@", 1)[1]


# --- bodies ------------------------------------------------------------------------------

def strip_mime_version(part: MIMENonMultipart | MIMEMultipart) -> None:
    del part["MIME-Version"]


def text_part(body: str, subtype: str, charset: str, cte: str | None) -> MIMENonMultipart:
    raw = body.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        assert raw.isascii(), "7bit body must be ASCII"
        payload = body
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    strip_mime_version(part)
    return part


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given lines."""
    def pdf_str(s: str) -> bytes:
        s = unicodedata.normalize("NFC", s)
        raw = s.encode("cp1252", "replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 56 780 Td 15 TL\n"
    stream += b"/F1 14 Tf (" + pdf_str(title) + b") Tj T* T* /F1 11 Tf\n"
    for line in lines:
        stream += b"(" + pdf_str(line) + b") Tj T*\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title (" + pdf_str(title) + b") /Producer (corpus163) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def ics_text(ics: dict, spec: dict) -> str:
    """An iCalendar object for an event invitation, update or cancellation."""
    def utc(s: str) -> str:
        return datetime.strptime(s, "%Y-%m-%d %H:%M %z").astimezone(UTC).strftime(
            "%Y%m%dT%H%M%SZ")

    def fold(line: str) -> list[str]:
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode()) > 73:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return out

    def text(s: str) -> str:
        return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n"))

    method = ics["method"]
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus163//Calendar 1.0//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{utc(ics['start'])}",
        f"DTEND:{utc(ics['end'])}",
        f"DTSTAMP:{utc(spec['date'])}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f"UID:{ics['uid']}",
    ]
    for name, addr in ics.get("attendees", [CAND]):
        lines.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f'RSVP=TRUE;CN="{name}":mailto:{addr}')
    lines += [
        f"SEQUENCE:{ics.get('sequence', 0)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SUMMARY:{text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{text(ics['description'])}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in fold(line)]
    return "\r\n".join(folded) + "\r\n"


def calendar_part(ics: str, method: str, attach: bool) -> MIMENonMultipart:
    if attach:
        part = MIMEApplication(ics.encode("utf-8"), "ics", name="invite.ics")
        part.add_header("Content-Disposition", "attachment", filename="invite.ics")
    else:
        part = MIMENonMultipart("text", "calendar", method=method, charset="UTF-8")
        part.set_payload(base64.encodebytes(ics.encode("utf-8")).decode("ascii"))
        part["Content-Transfer-Encoding"] = "base64"
    strip_mime_version(part)
    return part


# --- one message -------------------------------------------------------------------------

class Built:
    def __init__(self) -> None:
        self.mids: dict[str, str] = {}  # tid -> Message-ID
        self.refs: dict[str, list[str]] = {}  # tid -> References chain of that message
        self.dates: dict[str, datetime] = {}


def message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    h = hashlib.sha1(f"163:{spec['kind']}:{spec['slug']}".encode()).hexdigest()
    dom = spec.get("mid_domain") or domain_of(spec["frm"][1])
    if spec["frm"][1] == CAND[1]:
        dom = "mail.example.cl"
    return f"<{when(spec).strftime('%Y%m%d%H%M%S')}.{h[:14]}@{dom}>"


def header_block(spec: dict, mid: str, refs: list[str]) -> str:
    frm_name, frm_addr = spec["frm"]
    lines = []
    for name, value in spec.get("pre_headers", []):
        lines.append(f"{name}: {value}")
    lines.append(f"From: {fmt_addr(frm_name, frm_addr, spec.get('name_enc'))}")
    lines.append(f"To: {fmt_addrs(spec.get('to', [CAND]), spec.get('to_enc'))}")
    if spec.get("cc"):
        lines.append(f"Cc: {fmt_addrs(spec['cc'], spec.get('to_enc'))}")
    if spec.get("reply_to"):
        rn, ra = spec["reply_to"]
        lines.append(f"Reply-To: {fmt_addr(rn, ra, spec.get('reply_enc'))}")
    lines.append(f"Subject: {fmt_subject(spec['subject'], spec.get('subj_enc'))}")
    lines.append(f"Date: {format_datetime(when(spec))}")
    lines.append(f"Message-ID: {mid}")
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    return "\n".join(lines) + "\n"


def html_of(spec: dict) -> str | None:
    html = spec.get("html")
    if callable(html):
        html = html(spec["text"])
    if html is not None:
        cs = spec.get("html_charset", spec.get("charset", "utf-8"))
        html = html.replace('charset="utf-8"', f'charset="{cs}"').replace(
            "charset=utf-8", f"charset={cs}")
    return html


def body_tree(spec: dict, tag: str) -> MIMENonMultipart | MIMEMultipart:
    charset = spec.get("charset", "utf-8")
    html = html_of(spec)
    text = None if spec.get("html_only") else spec.get("text")
    parts = []
    if text is not None:
        parts.append(text_part(text, "plain", charset, spec.get("cte")))
    if html is not None:
        parts.append(text_part(html, "html", spec.get("html_charset", charset),
                               spec.get("html_cte", spec.get("cte", "quoted-printable"))))
    ics = spec.get("ics")
    ics_body = ics_text(ics, spec) if ics else None
    if ics and ics.get("inline", True):
        parts.append(calendar_part(ics_body, ics["method"], attach=False))
    counter = [0]

    def multipart(subtype: str, children: list) -> MIMEMultipart:
        counter[0] += 1
        mp = MIMEMultipart(subtype)
        strip_mime_version(mp)
        for child in children:
            mp.attach(child)
        mp.set_boundary(f"=_163_{tag}_{subtype[:3]}{counter[0]}")
        return mp

    root = parts[0] if len(parts) == 1 else multipart("alternative", parts)
    attachments = []
    if ics and ics.get("attach", False):
        attachments.append(calendar_part(ics_body, ics["method"], attach=True))
    for att in spec.get("attach", []):
        part = MIMEApplication(pdf_bytes(att["title"], att["lines"]), "pdf",
                               name=att["filename"])
        part.add_header("Content-Disposition", "attachment", filename=att["filename"])
        strip_mime_version(part)
        attachments.append(part)
    if spec.get("eml"):
        inner_bytes = render(spec["eml"], None, [], f"{tag}i")
        inner = email.message_from_bytes(inner_bytes, policy=email.policy.compat32)
        part = MIMEMessage(inner)
        part.add_header("Content-Disposition", "attachment",
                        filename=spec["eml"].get("filename", "forwarded.eml"))
        strip_mime_version(part)
        attachments.append(part)
    if attachments:
        root = multipart("mixed", [root, *attachments])
    return root


def render(spec: dict, mid: str | None, refs: list[str], tag: str) -> bytes:
    root = body_tree(spec, tag)
    root["MIME-Version"] = "1.0"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(root)
    if mid is None:
        mid = message_id(spec)
    return header_block(spec, mid, refs).encode("ascii") + buf.getvalue()


# --- checks ------------------------------------------------------------------------------

def pdf_ok(data: bytes) -> bool:
    """The PDF starts and ends right and its cross-reference offsets point at its objects."""
    if not data.startswith(b"%PDF-1.4") or not data.rstrip().endswith(b"%%EOF"):
        return False
    start = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    if data[start:start + 4] != b"xref":
        return False
    rows = data[start:].split(b"\n")[3:]
    offsets = [int(row[:10]) for row in rows if row.endswith(b" n ")]
    return all(data[off:].startswith(f"{i} 0 obj".encode())
               for i, off in enumerate(offsets, 1)) and len(offsets) == 6


def norm(s: str) -> str:
    return s.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['subject'])!r} != {spec['subject']!r}")
    frm = msg["from"].addresses[0]
    if frm.display_name != spec["frm"][0] or frm.addr_spec != spec["frm"][1]:
        problems.append(f"from {frm!r}")
    if spec.get("reply_to"):
        rt = msg["reply-to"].addresses[0]
        if rt.display_name != spec["reply_to"][0] or rt.addr_spec != spec["reply_to"][1]:
            problems.append(f"reply-to {rt!r}")
    for name, addr in spec.get("to", [CAND]):
        if not any(a.addr_spec == addr and a.display_name == name
                   for a in msg["to"].addresses):
            problems.append(f"to {name} {addr}")
    if msg["date"].datetime.year != 2026:
        problems.append("date year")
    bodies = {}
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html") and \
                part.get_content_disposition() != "attachment":
            bodies.setdefault(part.get_content_type(), norm(part.get_content()))
    if not spec.get("html_only") and spec.get("text") is not None and \
            bodies.get("text/plain") != norm(spec["text"]):
        problems.append("text body does not round-trip")
    html = html_of(spec)
    if html is not None and bodies.get("text/html") != norm(html):
        problems.append("html body does not round-trip")
    if spec.get("ics"):
        cal = [p for p in msg.walk() if p.get_content_type() in ("text/calendar",
                                                                "application/ics")]
        if not cal or not all(f"METHOD:{spec['ics']['method']}" in
                               (p.get_content() if p.get_content_maintype() == "text"
                                else p.get_content().decode()) for p in cal):
            problems.append("calendar part")
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    if len(pdfs) != len(spec.get("attach", [])) or not all(
            pdf_ok(p.get_content()) for p in pdfs):
        problems.append("pdf parts")
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))


# --- main --------------------------------------------------------------------------------

def main() -> None:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    numbered: list[tuple[str, dict]] = []
    per_kind: dict[str, int] = dict.fromkeys(KINDS, 0)
    slugs = set()
    for spec in specs:
        assert spec["kind"] in KINDS, spec["slug"]
        assert spec["slug"] not in slugs, spec["slug"]
        slugs.add(spec["slug"])
        per_kind[spec["kind"]] += 1
        rel = f"{spec['kind']}/{per_kind[spec['kind']]:03d}_{spec['slug']}.eml"
        numbered.append((rel, spec))

    built = Built()
    by_tid = {spec["tid"]: spec for _, spec in numbered if spec.get("tid")}
    assert len(by_tid) == len([s for s in specs if s.get("tid")]), "duplicate tid"

    def chain(spec: dict) -> list[str]:
        refs = list(spec.get("refs_extra", []))
        parent = spec.get("parent")
        if parent:
            p = by_tid[parent]
            assert when(p) < when(spec), f"{spec['slug']} is dated before its parent"
            refs = [*chain(p), message_id(p)]
        return refs

    mids = set()
    rows = []
    for rel, spec in numbered:
        mid = message_id(spec)
        assert mid not in mids, mid
        mids.add(mid)
        if spec.get("tid"):
            built.mids[spec["tid"]] = mid
        data = render(spec, mid, chain(spec), hashlib.sha1(rel.encode()).hexdigest()[:10])
        path = HERE / rel
        path.write_bytes(data)
        check(path, spec)
        if spec["frm"][1] == CAND[1]:
            assert spec["kind"] == "other" and not spec["contact"], spec["slug"]
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: {} for k in KINDS}
    for _, kind, _, _, lang in rows:
        table[kind][lang] = table[kind].get(lang, 0) + 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32s}", " ".join(f"{lang}={table[kind].get(lang, 0)}"
                                        for lang in ("es", "en", "fr", "de")))


if __name__ == "__main__":
    main()
