"""Build corpus 212 from the hand-written specs in the msgs212_* modules.

Run from the repository root:  python tests/corpus_twohundredtwelfth/make_twohundredtwelfth.py

Standard library only. MIME parts are built with the `email` package (compat32 Message objects,
so charset and transfer encoding stay under our control); the top-level header block is written
here so that encoded words can use utf-8 or iso-8859-1, Q or B, as each spec asks. Boundaries,
Message-IDs and dates are deterministic. Every written file is parsed again with the default
policy and checked: no defects, subject, sender name and every body round-trip.
Only *.eml files and labels.csv inside this folder are deleted and rewritten.
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
from collections.abc import Callable
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs212_acks  # noqa: E402
import msgs212_invites  # noqa: E402
import msgs212_other  # noqa: E402
import msgs212_rejections  # noqa: E402
from msgs212_common import ME  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
COMPAT = email.policy.compat32.clone(linesep="\n", max_line_length=0)
Q_SAFE = re.compile(rb"[A-Za-z0-9!*+\-/]")


# ----------------------------------------------------------------------------- headers

def _q(raw: bytes) -> str:
    out = []
    for i in range(len(raw)):
        b = raw[i:i + 1]
        if b == b" ":
            out.append("_")
        elif Q_SAFE.fullmatch(b):
            out.append(b.decode("ascii"))
        else:
            out.append(f"={raw[i]:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """text as RFC 2047 encoded words of at most 75 characters, split on character bounds."""
    words: list[str] = []
    chunk = ""

    def render(s: str) -> str:
        raw = s.encode(charset)
        payload = base64.b64encode(raw).decode("ascii") if enc == "B" else _q(raw)
        return f"=?{charset}?{enc}?{payload}?="

    for ch in text:
        if chunk and len(render(chunk + ch)) > 75:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return words


def fold(name: str, tokens: list[str]) -> str:
    """Write 'Name: tok tok ...', folding before a token when a line would pass 78 characters.
    Between adjacent encoded words the folding white space is dropped by a parser."""
    lines = [f"{name}:"]
    for tok in tokens:
        if len(lines[-1]) + 1 + len(tok) > 78 and lines[-1] != f"{name}:":
            lines.append(" " + tok)
        else:
            lines[-1] += " " + tok
    return "\n".join(lines)


def subject_header(subject: str, spec: dict) -> str:
    enc = spec.get("subj_enc")
    if enc is None and not subject.isascii():
        enc = ("utf-8", "Q")
    if enc is None:
        return fold("Subject", subject.split(" "))
    charset, method = enc[0], enc[1]
    mode = enc[2] if len(enc) > 2 else "full"
    if mode == "full":
        return fold("Subject", encoded_words(subject, charset, method))
    # partial: only runs of words with non-ASCII letters are encoded (with their inner spaces)
    tokens = subject.split(" ")
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(" ".join(encoded_words(" ".join(run), charset, method)))
            run.clear()

    for tok in tokens:
        if tok.isascii():
            flush()
            out.append(tok)
        else:
            run.append(tok)
    flush()
    return fold("Subject", " ".join(out).split(" "))


ATEXT = re.compile(r"[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]*")


def mailbox(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is None and not name.isascii():
        enc = ("utf-8", "Q")
    if enc is not None:
        return " ".join(encoded_words(name, enc[0], enc[1])) + f" <{addr}>"
    if ATEXT.fullmatch(name):
        return f"{name} <{addr}>"
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}" <{addr}>'


def address_header(field: str, boxes: list[str]) -> str:
    tokens = []
    for i, box in enumerate(boxes):
        tokens.append(box + ("," if i < len(boxes) - 1 else ""))
    return fold(field, " ".join(tokens).split(" "))


# ----------------------------------------------------------------------------- parts

def text_part(subtype: str, text: str, charset: str, cte: str, **params: str) -> Message:
    raw = text.encode(charset)
    part = Message()
    extra = "".join(f"; {k}={v}" for k, v in params.items())
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    if cte == "7bit" and not raw.isascii():
        raise ValueError("7bit body with non-ASCII text")
    part["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    return part


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines in Helvetica (WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in [title, "", *lines]:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (corpus212) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def ics_fold(line: str) -> list[str]:
    out = []
    raw = line
    while len(raw.encode("utf-8")) > 75:
        cut = 75 if not out else 74
        while len(raw[:cut].encode("utf-8")) > (75 if not out else 74):
            cut -= 1
        out.append(raw[:cut])
        raw = raw[cut:]
    out.append(raw)
    return [out[0]] + [" " + x for x in out[1:]]


def ics_text(ics: dict, dtstamp: str) -> str:
    def esc(s: str) -> str:
        return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n"))

    tz = ics.get("tz", "Europe/Berlin")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{dtstamp}",
        f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{esc(ics['summary'])}",
        f"LOCATION:{esc(ics.get('location', ''))}",
        f"ORGANIZER;CN={esc(org_name)}:mailto:{org_addr}",
    ]
    for name, addr in ics.get("attendees", [ME]):
        lines.append(f"ATTENDEE;CN={esc(name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE:mailto:{addr}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{esc(ics['description'])}")
    status = ics.get("status", "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED")
    lines.append(f"STATUS:{status}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [f for line in lines for f in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ----------------------------------------------------------------------------- messages

def parse_date(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def msgid_for(spec: dict) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    digest = hashlib.sha1(("212:" + spec["id"]).encode()).hexdigest()[:16]
    day = parse_date(spec["date"]).strftime("%Y%m%d%H%M")
    domain = spec["frm"][1].split("@", 1)[1]
    return f"<{day}.{digest}@{domain}>"


def build(spec: dict, ids: dict[str, str], refs: dict[str, list[str]],
          lookup: Callable[[str], str]) -> tuple[bytes, dict]:
    key = spec["id"]
    charset = spec.get("charset", "utf-8")
    expected: dict[str, str] = {}
    seed = hashlib.sha1(key.encode()).hexdigest()[:12]
    text, html = spec.get("text"), spec.get("html")
    if callable(text):
        text = text(lookup)
    if callable(html):
        html = html(lookup)
    if html is not None and charset != "utf-8":
        html = html.replace('charset="utf-8"', f'charset="{charset}"').replace(
            "charset=utf-8", f"charset={charset}")

    def cte_for(s: str, which: str) -> str:
        chosen = spec.get(which) or spec.get("cte")
        if chosen:
            return chosen
        return "7bit" if s.isascii() else "8bit"

    parts: list[Message] = []
    if text is not None:
        parts.append(text_part("plain", text, charset, cte_for(text, "text_cte")))
        expected["text/plain"] = text
    if html is not None:
        parts.append(text_part("html", html, charset, cte_for(html, "html_cte")))
        expected["text/html"] = html
    ics = spec.get("ics")
    ics_body = None
    if ics:
        stamp = parse_date(spec["date"]).astimezone(UTC).strftime("%Y%m%dT%H%M00Z")
        ics_body = ics_text(ics, stamp)
        parts.append(text_part("calendar", ics_body, "utf-8", ics.get("cte", "base64"),
                               method=ics["method"]))
    if len(parts) == 1:
        content: Message = parts[0]
    else:
        content = MIMEMultipart("alternative", boundary=f"=_alt_{seed}")
        del content["MIME-Version"]
        for p in parts:
            content.attach(p)

    attachments: list[Message] = []
    for pdf in spec.get("pdf", []):
        part = Message()
        part["Content-Type"] = "application/pdf"
        part.set_param("name", pdf["name"])
        part.add_header("Content-Disposition", "attachment", filename=pdf["name"])
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(pdf_bytes(pdf["title"], pdf["lines"])).decode())
        attachments.append(part)
    if ics and ics.get("attach"):
        part = text_part("calendar", ics_body, "utf-8", "base64", method=ics["method"])
        part.add_header("Content-Disposition", "attachment", filename=ics.get("file", "invite.ics"))
        attachments.append(part)
    if attachments:
        root = MIMEMultipart("mixed", boundary=f"=_mix_{seed}")
        del root["MIME-Version"]
        root.attach(content)
        for a in attachments:
            root.attach(a)
    else:
        root = content

    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=COMPAT).flatten(root)
    mime = buf.getvalue()

    name, addr = spec["frm"]
    head = [f"Date: {format_datetime(parse_date(spec['date']))}",
            f"From: {mailbox(name, addr, spec.get('frm_enc'))}"]
    if spec.get("reply_to"):
        rn, ra = spec["reply_to"]
        head.append(address_header("Reply-To", [mailbox(rn, ra, spec.get("reply_to_enc"))]))
    to = spec.get("to", [ME])
    head.append(address_header("To", [mailbox(n, a, spec.get("to_enc")) for n, a in to]))
    if spec.get("cc"):
        head.append(address_header("Cc", [mailbox(n, a) for n, a in spec["cc"]]))
    head.append(subject_header(spec["subject"], spec))
    head.append(f"Message-ID: {ids[key]}")
    chain = refs[key]
    if chain:
        head.append(f"In-Reply-To: {chain[-1]}")
        head.append(fold("References", chain))
    for hname, hvalue in spec.get("headers", []):
        head.append(f"{hname}: {hvalue}")
    head.append("MIME-Version: 1.0")
    data = ("\n".join(head) + "\n").encode("ascii") + mime
    if not data.endswith(b"\n"):
        data += b"\n"
    return data, expected


def norm(s: str) -> str:
    return s.replace("\r\n", "\n").rstrip("\n")


def check(data: bytes, spec: dict, expected: dict) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    where = spec["id"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for hname, hvalue in part.items():
            assert not getattr(hvalue, "defects", ()), f"{where}: {hname} {hvalue.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    frm = msg["From"].addresses[0]
    assert frm.display_name == spec["frm"][0], f"{where}: from {frm.display_name!r}"
    assert frm.addr_spec == spec["frm"][1], where
    if spec.get("reply_to"):
        assert msg["Reply-To"].addresses[0].display_name == spec["reply_to"][0], where
    seen: dict[str, str] = {}
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype in ("text/plain", "text/html") and not part.get_filename():
            seen.setdefault(ctype, part.get_content())
        if ctype == "application/pdf":
            assert part.get_content().startswith(b"%PDF-1.4"), where
    for ctype, body_text in expected.items():
        assert norm(seen.get(ctype, "")) == norm(body_text), f"{where}: {ctype} differs"
    assert msg["Date"].datetime.year == 2026, where


def main() -> None:
    specs = [*msgs212_rejections.MESSAGES, *msgs212_invites.MESSAGES,
             *msgs212_acks.MESSAGES, *msgs212_other.MESSAGES]
    by_id: dict[str, dict] = {}
    for spec in specs:
        assert spec["id"] not in by_id, f"duplicate id {spec['id']}"
        assert spec["kind"] in KINDS, spec["id"]
        assert spec["lang"] in ("en", "de", "fr", "es"), spec["id"]
        by_id[spec["id"]] = spec
    ids = {k: msgid_for(s) for k, s in by_id.items()}
    refs: dict[str, list[str]] = {}

    def chain(key: str) -> list[str]:
        if key not in refs:
            spec = by_id[key]
            parent = spec.get("parent")
            base = list(spec.get("refs", []))
            if parent:
                base = [*chain(parent), ids[parent]] if not base else [*base, ids[parent]]
            refs[key] = base
        return refs[key]

    for key in by_id:
        chain(key)

    def lookup(key: str) -> str:
        spec = by_id[key]
        text = spec.get("text") if spec.get("text") is not None else spec.get("html")
        return text(lookup) if callable(text) else text

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    counters = dict.fromkeys(KINDS, 0)
    rows = []
    for spec in specs:
        kind = spec["kind"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        try:
            data, expected = build(spec, ids, refs, lookup)
            check(data, spec, expected)
        except (UnicodeError, ValueError, AssertionError) as error:
            raise SystemExit(f"{spec['id']}: {type(error).__name__}: {error}") from error
        contact = spec.get("contact", "")
        if contact:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            found = [a.addr_spec.lower() for h in ("From", "Reply-To") if msg[h]
                     for a in msg[h].addresses]
            assert contact in found, f"{spec['id']}: contact {contact} not in {found}"
        if spec["frm"][1] == ME[1]:
            assert not contact and kind == "other", spec["id"]
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, kind, spec.get("company", ""), contact, spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(("de", "en", "fr", "es"), 0)
                                        for k in KINDS}
    for _rel, kind, _c, _ct, lang in rows:
        table[kind][lang] += 1
    print(f"{len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32s} {table[kind]}  = {sum(table[kind].values())}")


if __name__ == "__main__":
    main()
