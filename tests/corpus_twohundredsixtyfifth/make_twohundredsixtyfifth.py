"""Build corpus 265 from the hand-written specs in the msgs265_* modules (standard library only).

Run from the repository root:  python tests/corpus_twohundredsixtyfifth/make_twohundredsixtyfifth.py

It deletes and rewrites only *.eml files and labels.csv inside its own folder, then re-parses
every message with the default policy and checks: no defects, subject, sender name and bodies
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
import unicodedata
from datetime import datetime
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__
sys.path.insert(0, str(HERE))

import msgs265_acks  # noqa: E402
import msgs265_invites  # noqa: E402
import msgs265_other  # noqa: E402
import msgs265_rejections  # noqa: E402
from msgs265_common import CANDIDATE_ADDR  # noqa: E402

KIND_ORDER = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
ABBR = {
    "rejection": "rej", "interview_invitation": "inv", "interview_reschedule_or_cancel": "mov",
    "missed_interview_notice": "mis", "application_received": "ack", "offer": "off",
    "other": "oth",
}
GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)
SAFE_Q = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
ATEXT = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-/=?^_`{|}~ ")


# ---------------------------------------------------------------- headers

def _q_bytes(chunk: bytes) -> str:
    out = []
    for b in chunk:
        if b in SAFE_Q:
            out.append(chr(b))
        elif b == 0x20:
            out.append("_")
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str, limit: int = 66) -> list[str]:
    """RFC 2047 encoded words for text, split on character boundaries, each <= limit chars."""
    words, chunk = [], ""
    prefix = f"=?{charset}?{enc}?"

    def render(s: str) -> str:
        raw = s.encode(charset)
        body = _q_bytes(raw) if enc == "Q" else base64.b64encode(raw).decode("ascii")
        return f"{prefix}{body}?="

    for ch in text:
        if chunk and len(render(chunk + ch)) > limit:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header value at spaces so lines stay under 78 characters."""
    line, lines = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = " " + word
        else:
            line = f"{line} {word}"
    lines.append(line)
    return "\n".join(lines)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold_plain(name, value)
    charset, how = enc or ("utf-8", "Q")
    return f"{name}: " + "\n ".join(encoded_words(value, charset, how))


def mailbox(name: str, addr: str, enc: tuple[str, str] | None) -> str:
    if not name:
        return addr
    if enc is None and name.isascii():
        shown = name if all(c in ATEXT for c in name) else '"' + name.replace('"', '\\"') + '"'
        return f"{shown} <{addr}>"
    charset, how = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, how, limit=60)) + f" <{addr}>"


def address_header(name: str, people: list[tuple[str, str]], enc=None) -> str:
    return f"{name}: " + ",\n ".join(mailbox(n, a, enc) for n, a in people)


# ---------------------------------------------------------------- body parts

def _clean(part):
    del part["MIME-Version"]
    return part


def text_part(text: str, subtype: str, charset: str, cte: str, extra=None):
    part = MIMENonMultipart("text", subtype, charset=charset, **(extra or {}))
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        assert raw.isascii(), "7bit body must be ASCII"
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return _clean(part)


def default_cte(text: str, charset: str) -> str:
    if text.encode(charset).isascii():
        return "7bit"
    return "quoted-printable"


def ics_text(ics: dict, cand: str) -> str:
    def esc(v: str) -> str:
        return v.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def dt(value: str) -> str:
        return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    tz = ics.get("tz", "Europe/Paris")
    org_name, org_addr = ics["organizer"]
    status = "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{dt(ics['stamp'])}Z",
        f"DTSTART;TZID={tz}:{dt(ics['start'])}",
        f"DTEND;TZID={tz}:{dt(ics['end'])}",
        f"SUMMARY:{esc(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{esc(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{esc(ics['description'])}")
    lines += [
        f"ORGANIZER;CN={esc(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN=Apolline Diallo-Vernet;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{cand}",
    ]
    for name, addr in ics.get("attendees", []):
        lines.append(f"ATTENDEE;CN={esc(name)};ROLE=REQ-PARTICIPANT:mailto:{addr}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        raw = line.encode("utf-8")
        while len(raw) > 74:
            cut = 74
            while (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            folded.append(raw[:cut].decode("utf-8"))
            raw = b" " + raw[cut:]
        folded.append(raw.decode("utf-8"))
    return "\r\n".join(folded) + "\r\n"


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, ASCII text) with a correct xref table."""
    def ascii_only(s: str) -> str:
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = ["BT", "/F1 16 Tf", "56 780 Td", "18 TL", f"({ascii_only(title)}) Tj", "T*",
            "/F1 11 Tf", "15 TL"]
    for line in lines:
        body.append(f"({ascii_only(line)}) Tj T*")
    body.append("ET")
    stream = "\n".join(body).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
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
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


# ---------------------------------------------------------------- one message

def message_id(spec: dict) -> str:
    addr = spec["frm"][1]
    domain = addr.split("@", 1)[1]
    digest = hashlib.sha1(f"265/{spec['kind']}/{spec['slug']}".encode()).hexdigest()[:16]
    return f"<{digest}.{ABBR[spec['kind']]}.265@{domain}>"


def build_body(spec: dict, tag: str):
    charset = spec.get("charset", "utf-8")
    alternatives = []
    if spec.get("text") is not None:
        text = spec["text"]
        alternatives.append(text_part(text, "plain", charset,
                                      spec.get("cte") or default_cte(text, charset)))
    if spec.get("html") is not None:
        page = spec["html"]
        html_charset = spec.get("html_charset", charset)
        alternatives.append(text_part(page, "html", html_charset,
                                      spec.get("html_cte") or default_cte(page, html_charset)))
    attachments = []
    ics = spec.get("ics")
    if ics:
        cal = ics_text(ics, CANDIDATE_ADDR)
        alternatives.append(text_part(cal, "calendar", "utf-8", ics.get("cte", "base64"),
                                      {"method": ics["method"]}))
        if ics.get("attach"):
            att = MIMEApplication(cal.encode("utf-8"), "ics", name=ics["attach"])
            att.add_header("Content-Disposition", "attachment", filename=ics["attach"])
            attachments.append(_clean(att))
    for pdf in spec.get("pdfs", []):
        att = MIMEApplication(pdf_bytes(pdf["title"], pdf["lines"]), "pdf", name=pdf["name"])
        att.add_header("Content-Disposition", "attachment", filename=pdf["name"])
        attachments.append(_clean(att))
    if spec.get("attach_msg"):
        inner_bytes = build_message(spec["attach_msg"], tag + "i", {}, inner=True)
        inner = email.message_from_bytes(inner_bytes, policy=email.policy.compat32)
        att = MIMEMessage(inner)
        att.add_header("Content-Disposition", "attachment",
                       filename=spec["attach_msg"].get("filename", "message.eml"))
        attachments.append(_clean(att))

    if len(alternatives) == 1:
        root = alternatives[0]
    else:
        root = MIMEMultipart("alternative", boundary=f"=_alt_{tag}_265")
        for part in alternatives:
            root.attach(part)
        _clean(root)
    if attachments:
        mixed = MIMEMultipart("mixed", boundary=f"=_mix_{tag}_265")
        mixed.attach(root)
        for att in attachments:
            mixed.attach(att)
        root = _clean(mixed)
    return root


BY_KEY: dict[str, dict] = {}


def references(spec: dict, ids: dict) -> list[str]:
    """The References chain: the parent's own chain, then the parent (last = In-Reply-To)."""
    refs = list(spec.get("refs", []))
    parent = spec.get("parent")
    if parent:
        for ref in [*references(BY_KEY[parent], ids), ids[parent]]:
            if ref not in refs:
                refs.append(ref)
    return refs


def build_message(spec: dict, tag: str, ids: dict, inner: bool = False) -> bytes:
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    name_enc = spec.get("name_enc")
    lines = [f"Date: {format_datetime(when)}"]
    lines.append(address_header("From", [spec["frm"]], name_enc))
    if spec.get("sender"):
        lines.append(address_header("Sender", [spec["sender"]]))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], spec.get("reply_enc")))
    lines.append(address_header("To", spec["to"], spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"]))
    lines.append(header_text("Subject", spec["subject"], spec.get("subj_enc")))
    lines.append(f"Message-ID: {spec.get('msgid') or ids.get(spec.get('key')) or message_id(spec)}")
    refs = references(spec, ids)
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(fold_plain(name, value) if value.isascii() else header_text(name, value, None))
    root = build_body(spec, tag)
    root["MIME-Version"] = "1.0"
    fp = io.BytesIO()
    BytesGenerator(fp, mangle_from_=False, policy=GEN_POLICY).flatten(root)
    return ("\n".join(lines) + "\n").encode("ascii") + fp.getvalue()


# ---------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip()


def check(spec: dict, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    where = spec["slug"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    for name in msg:
        assert not msg[name].defects, f"{where}: header {name} defects {msg[name].defects}"
    assert str(msg["Subject"]) == spec["subject"], (where, str(msg["Subject"]), spec["subject"])
    sender = msg["From"].addresses[0]
    assert sender.addr_spec == spec["frm"][1], where
    assert sender.display_name == spec["frm"][0], (where, sender.display_name)
    assert msg["Date"].datetime.year == 2026, where
    texts = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            texts.setdefault(part.get_content_subtype(), part.get_content())
    if spec.get("text") is not None:
        assert _norm(texts["plain"]) == _norm(spec["text"]), f"{where}: text/plain differs"
    if spec.get("html") is not None:
        assert _norm(texts["html"]) == _norm(spec["html"]), f"{where}: text/html differs"
    if spec.get("ics"):
        assert f"METHOD:{spec['ics']['method']}" in texts["calendar"], where
    for pdf in spec.get("pdfs", []):
        found = [p for p in msg.walk() if p.get_filename() == pdf["name"]]
        assert found and found[0].get_content().startswith(b"%PDF-1.4"), where


# ---------------------------------------------------------------- main

def all_specs() -> list[dict]:
    specs = [*msgs265_rejections.MESSAGES, *msgs265_invites.MESSAGES,
             *msgs265_acks.MESSAGES, *msgs265_other.MESSAGES]
    return sorted(specs, key=lambda s: KIND_ORDER.index(s["kind"]))  # stable: keeps module order


def main() -> None:
    specs = all_specs()
    counters: dict[str, int] = {}
    for spec in specs:
        counters[spec["kind"]] = counters.get(spec["kind"], 0) + 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
    ids = {s["key"]: s.get("msgid") or message_id(s) for s in specs if s.get("key")}
    BY_KEY.update({s["key"]: s for s in specs if s.get("key")})
    seen_ids = set()
    for spec in specs:
        mid = spec.get("msgid") or message_id(spec)
        assert mid not in seen_ids, f"duplicate Message-ID for {spec['slug']}"
        seen_ids.add(mid)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)

    rows = []
    for spec in specs:
        tag = hashlib.sha1(spec["file"].encode()).hexdigest()[:10]
        data = build_message(spec, tag, ids)
        check(spec, data)
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {}
    for spec in specs:
        table.setdefault(spec["kind"], {}).setdefault(spec["lang"], 0)
        table[spec["kind"]][spec["lang"]] += 1
    print(f"wrote {len(specs)} messages")
    for kind in KIND_ORDER:
        counts = table.get(kind, {})
        print(f"  {kind:32} " + " ".join(f"{lg}={counts.get(lg, 0):2}" for lg in
                                          ("fr", "en", "de", "es")) + f"  total={sum(counts.values())}")


if __name__ == "__main__":
    main()
