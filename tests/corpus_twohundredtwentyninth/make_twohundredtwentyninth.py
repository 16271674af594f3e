"""Build corpus 229 from the hand-written specs in msgs229_*.py (standard library only).

Run from the repository root:  python tests/corpus_twohundredtwentyninth/make_twohundredtwentyninth.py

It deletes and rewrites only the *.eml files and labels.csv inside this folder, then re-parses
every written message with the default policy and checks it: no defects, subject, display names
and text bodies round-trip, 2026 dates, labels consistent with the headers.
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
from collections import Counter
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs229_acks  # noqa: E402
import msgs229_invites  # noqa: E402
import msgs229_other  # noqa: E402
import msgs229_rejections  # noqa: E402
from msgs229_common import CANDIDATE_ADDR, ME  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["es", "en", "fr", "de"]
SYSTEM = re.compile(
    r"(^|[.\-_])(no-?reply|do-?not-?reply|notifications?|alerts?|mailer|bounces?|news(letter)?|"
    r"digest|info|system|automated|jobs|careers|talent|recruiting|postmaster|updates?)[^@]*@"
    r"|@([\w.-]+\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|"
    r"icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net|"
    r"softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$")
LEGAL = re.compile(r"\b(GmbH|AG|S\.?A\.?U?|S\.?L\.?U?|Ltd|Limited|Inc|SAS|SARL|LLC|plc|KG|SE|"
                   r"Co)\.?$", re.IGNORECASE)


# --- headers -------------------------------------------------------------------------------

def _q_encode(text: str, charset: str) -> str:
    out = []
    for byte in text.encode(charset):
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, mode: str, budget: int = 60) -> list[str]:
    """RFC 2047 words for text, split on character boundaries so each stays short."""
    words, chunk = [], ""

    def word(s: str) -> str:
        if mode == "b":
            return f"=?{charset}?B?{base64.b64encode(s.encode(charset)).decode()}?="
        return f"=?{charset}?Q?{_q_encode(s, charset)}?="

    for ch in text:
        if chunk and len(word(chunk + ch)) > budget:
            words.append(word(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(word(chunk))
    return words


def fold_ascii(name: str, value: str) -> str:
    """Fold an ASCII header at spaces, lines under 78 characters."""
    line, lines = f"{name}:", []
    for token in value.split(" "):
        if len(line) + 1 + len(token) > 76 and line != f"{name}:":
            lines.append(line)
            line = " " + token
        else:
            line += " " + token
    lines.append(line)
    return "\n".join(lines)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return fold_ascii("Subject", subject)
    charset, mode = enc or ("utf-8", "q")
    return "Subject: " + "\n ".join(encoded_words(subject, charset, mode))


def format_addr(entry: tuple) -> str:
    name, addr = entry[0], entry[1]
    enc = entry[2] if len(entry) > 2 else None
    if not name:
        return addr
    if enc is None and name.isascii():
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            escaped = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{escaped}" <{addr}>'
        return f"{name} <{addr}>"
    charset, mode = enc or ("utf-8", "q")
    return " ".join(encoded_words(name, charset, mode)) + f" <{addr}>"


def address_header(name: str, entries: list[tuple]) -> str:
    return f"{name}: " + ",\n ".join(format_addr(e) for e in entries)


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    token = spec.get("key") or f"{spec['kind']}/{spec['slug']}"
    digest = hashlib.sha1(token.encode()).hexdigest()[:16]
    stamp = parse_date(spec["date"]).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{digest}@{domain_of(spec['frm'][1])}>"


# --- bodies --------------------------------------------------------------------------------

def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    data = text.encode(charset)
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "auto":
        cte = "7bit" if data.isascii() else "quoted-printable"
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        if cte == "7bit" and not data.isascii():
            raise ValueError("7bit body with non-ASCII text")
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def make_pdf(lines: list[str], title: str) -> bytes:
    def s(text: str) -> bytes:
        raw = text.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    stream = b"BT /F1 11 Tf 14 TL 56 780 Td " + b" ".join(s(line) + b" Tj T*" for line in lines)
    stream += b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title " + s(title) + b" /Producer (corpus229) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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
    return bytes(out)


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0], *(" " + x for x in out[1:])]


def make_ics(a: dict, stamp: str) -> str:
    org_name, org_addr = a["organizer"]
    attendees = a["attendees"] or [ME]
    status = a["status"] or ("CANCELLED" if a["method"] == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus229//Hand-written invite//EN", "VERSION:2.0",
        f"METHOD:{a['method']}", "BEGIN:VEVENT", f"UID:{a['uid']}",
        f"SEQUENCE:{a['sequence']}", f"DTSTAMP:{a['stamp'] or stamp}",
        f"DTSTART:{a['start']}", f"DTEND:{a['end']}",
        f"SUMMARY:{ics_escape(a['summary'])}",
    ]
    if a["location"]:
        lines.append(f"LOCATION:{ics_escape(a['location'])}")
    if a["description"]:
        lines.append(f"DESCRIPTION:{ics_escape(a['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for name, addr in attendees:
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{addr}")
    lines += [f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


class Builder:
    def __init__(self, index: int) -> None:
        self.index = index
        self.boundaries = 0

    def boundary(self) -> str:
        self.boundaries += 1
        return f"==_corpus229_{self.index:03d}_{self.boundaries}_=="

    def body(self, spec: dict, stamp: str) -> MIMEBase:
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "auto")
        text, html = spec.get("text"), spec.get("html")
        if html == "auto":
            from msgs229_common import simple_html
            html = simple_html(text, spec.get("lang", "es"))
        alternatives: list[MIMEBase] = []
        if text is not None:
            alternatives.append(text_part(text, "plain", charset, cte))
        if html is not None:
            alternatives.append(text_part(html, "html", spec.get("html_charset", charset),
                                          spec.get("html_cte", cte)))
        attachments: list[MIMEBase] = []
        for a in spec.get("attach", []):
            if a["type"] == "ics":
                data = make_ics(a, stamp)
                if a["cte"] == "7bit":
                    data = data.replace("\r\n", "\n")
                part = text_part(data, "calendar", "utf-8", a["cte"])
                part.set_param("method", a["method"])
                if a["inline"]:
                    alternatives.append(part)
                else:
                    part.add_header("Content-Disposition", "attachment",
                                    filename="invite.ics" if a["method"] != "CANCEL"
                                    else "cancel.ics")
                    attachments.append(part)
            elif a["type"] == "pdf":
                part = MIMEApplication(make_pdf(a["lines"], a["title"]), "pdf")
                name = ("utf-8", "", a["filename"]) if a["filename_utf8"] else a["filename"]
                part.add_header("Content-Disposition", "attachment", filename=name)
                attachments.append(part)
            elif a["type"] == "eml":
                inner = build_message(a["spec"], self.index * 100 + 99)
                nested = email.message_from_bytes(inner, policy=email.policy.compat32)
                part = MIMEMessage(nested)
                part.add_header("Content-Disposition", "attachment",
                                filename=a.get("filename", "forwarded.eml"))
                attachments.append(part)
        if len(alternatives) == 1:
            core = alternatives[0]
        else:
            core = MIMEMultipart("alternative", boundary=self.boundary())
            for part in alternatives:
                core.attach(part)
        if not attachments:
            return core
        root = MIMEMultipart("mixed", boundary=self.boundary())
        root.attach(core)
        for part in attachments:
            root.attach(part)
        return root


def strip_mime_version(part: MIMEBase, top: bool = True) -> None:
    if not top:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        return  # a forwarded message keeps its own headers
    if part.is_multipart():
        for sub in part.get_payload():
            strip_mime_version(sub, False)


def header_block(spec: dict, ids: dict[str, str]) -> str:
    lines = [address_header("From", [spec["frm"]])]
    lines.append(address_header("To", spec.get("to") or [ME]))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"]))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]]))
    lines.append(subject_header(spec["subject"], spec.get("subject_enc")))
    lines.append(f"Date: {format_datetime(parse_date(spec['date']))}")
    lines.append(f"Message-ID: {message_id(spec)}")
    parent = spec.get("parent")
    if parent:
        chain = []
        key = parent
        while key:
            chain.insert(0, ids[key])
            key = SPECS_BY_KEY[key].get("parent")
        lines.append(f"In-Reply-To: {ids[parent]}")
        lines.append("References: " + "\n ".join(chain))
    for name, value in spec.get("headers", []):
        assert value.isascii(), (name, value)
        lines.append(fold_ascii(name, value) if len(value) < 900 else f"{name}: {value}")
    block = "\n".join(lines) + "\n"
    assert block.isascii(), spec["slug"]
    return block


def build_message(spec: dict, index: int) -> bytes:
    stamp = parse_date(spec["date"]).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    body = Builder(index).body(spec, stamp)
    strip_mime_version(body)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=email.policy.compat32).flatten(body)
    return header_block(spec, IDS).encode("ascii") + buf.getvalue()


# --- checks --------------------------------------------------------------------------------

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def check(spec: dict, raw: bytes) -> None:
    where = f"{spec['kind']}/{spec['slug']}"
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (where, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", None), (where, name, value.defects)
    assert str(msg["subject"]) == spec["subject"], (where, str(msg["subject"]), spec["subject"])
    display = msg["from"].addresses[0].display_name
    assert display == (spec["frm"][0] or ""), (where, display)
    assert msg["date"].datetime.year == 2026, where
    texts = {"plain": [], "html": []}
    for part in msg.walk():
        if (part.get_content_maintype() == "text" and part.get_content_subtype() in texts
                and part.get_content_disposition() != "attachment"):
            texts[part.get_content_subtype()].append(norm(part.get_content()))
    if spec.get("text") is not None:
        assert norm(spec["text"]) in texts["plain"], (where, "plain body")
    if spec.get("html") not in (None, "auto"):
        assert norm(spec["html"]) in texts["html"], (where, "html body")
    assert any(t for t in texts["plain"] + texts["html"]), where
    senders = [a.lower() for _, a in getaddresses(
        [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])])]
    contact = spec["contact"]
    own = spec["frm"][1].lower() == CANDIDATE_ADDR
    if own:
        assert contact == "" and spec["kind"] == "other", where
    if contact:
        assert contact == contact.lower() and contact in senders, (where, contact, senders)
        assert not SYSTEM.search(contact), (where, contact)
    if spec["kind"] == "other":
        assert spec["company"] == "", where
    else:
        assert spec["company"] and not LEGAL.search(spec["company"]), (where, spec["company"])
    assert spec["lang"] in LANGS and spec["kind"] in KINDS, where


ALL = [*msgs229_rejections.MESSAGES, *msgs229_invites.MESSAGES, *msgs229_acks.MESSAGES,
       *msgs229_other.MESSAGES]
SPECS_BY_KEY = {s["key"]: s for s in ALL if s.get("key")}
IDS = {key: message_id(s) for key, s in SPECS_BY_KEY.items()}


def main() -> None:
    assert len(SPECS_BY_KEY) == sum(1 for s in ALL if s.get("key")), "duplicate keys"
    for path in HERE.glob("*/*.eml"):
        path.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    numbers: Counter[str] = Counter()
    rows, seen_ids, slugs = [], set(), set()
    for index, spec in enumerate(ALL, 1):
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        assert spec["slug"] not in slugs, spec["slug"]
        slugs.add(spec["slug"])
        try:
            raw = build_message(spec, index)
            check(spec, raw)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        mid = message_id(spec)
        assert mid not in seen_ids, mid
        seen_ids.add(mid)
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((r[1], r[4]) for r in rows)
    print(f"{len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in counts) + f"  {sum(counts):5d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
