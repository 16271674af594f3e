"""Build corpus 279 (*.eml files and labels.csv) from the hand-written specs.

Run from the repository root:

    python tests/corpus_twohundredseventyninth/make_twohundredseventyninth.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv inside this
folder. Every written message is re-parsed with the default policy and checked: no defects,
the subject and every body part round-trip.
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
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs279_acks  # noqa: E402
import msgs279_invites  # noqa: E402
import msgs279_other  # noqa: E402
import msgs279_rejections  # noqa: E402
from msgs279_common import CAND, CAND_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["de", "fr", "en", "es"]

SYSTEM = re.compile(
    r"(^|[.\-_])(no-?reply|noreply|do-?not-?reply|ne-?pas-?repondre|notifications?|alerts?|newsletter|news|"
    r"mailer|bounces?|automated|system|jobalert|jobs-noreply|updates|digest|service)@"
    r"|@([a-z0-9-]+\.)*(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com"
    r"|icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net"
    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$"
)

Addr = tuple[str, str]


# --------------------------------------------------------------------------- headers

def _q_token(data: bytes) -> str:
    out = []
    for byte in data:
        ch = chr(byte)
        if byte == 32:
            out.append("_")
        elif byte < 128 and ch.isalnum():
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _word(text: str, charset: str, enc: str) -> str:
    data = text.encode(charset)
    payload = base64.b64encode(data).decode() if enc == "B" else _q_token(data)
    return f"=?{charset}?{enc}?{payload}?="


def encode_words(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded words (each <= 75 chars), folded onto continuation lines."""
    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(_word(cur + ch, charset, enc)) > 70:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\n ".join(_word(w, charset, enc) for w in words)


def fold(name: str, value: str) -> str:
    """Fold a plain header at spaces so lines stay under 78 characters."""
    line = f"{name}: "
    out = []
    for i, token in enumerate(value.split(" ")):
        piece = token if i == 0 else " " + token
        if len(line) + len(piece) > 76 and line.strip() != f"{name}:":
            out.append(line)
            line = piece
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def subject_header(value: str, enc: tuple[str, str] | None) -> str:
    if enc or not value.isascii():
        charset, how = enc or ("utf-8", "Q")
        return "Subject: " + encode_words(value, charset, how)
    return fold("Subject", value)


def addr_text(addr: Addr, enc: tuple[str, str] | None = None) -> str:
    name, mail = addr
    if not name:
        return mail
    if enc or not name.isascii():
        charset, how = enc or ("utf-8", "B")
        return f"{encode_words(name, charset, how)} <{mail}>"
    safe = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{safe}" <{mail}>'


def addr_list(addrs: list[Addr]) -> str:
    return ",\n ".join(addr_text(a) for a in addrs)


# --------------------------------------------------------------------------- dates

def local_offset(dt: datetime) -> str:
    """Central European time in 2026: summer time from 29 March to 25 October."""
    summer = datetime(2026, 3, 29, 2) <= dt < datetime(2026, 10, 25, 3)
    return "+0200" if summer else "+0100"


def parse_date(value: str, tz: str | None = None) -> datetime:
    naive = datetime.strptime(value, "%Y-%m-%d %H:%M")
    off = tz or local_offset(naive)
    sign = -1 if off[0] == "-" else 1
    delta = timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign
    return naive.replace(tzinfo=timezone(delta), second=(naive.minute * 7) % 60)


def ics_utc(value: str) -> str:
    naive = datetime.strptime(value, "%Y-%m-%d %H:%M")
    local = parse_date(value)
    utc = (naive - local.utcoffset()).replace(tzinfo=UTC)
    return utc.strftime("%Y%m%dT%H%M%SZ")


# --------------------------------------------------------------------------- parts

def text_part(content: str, subtype: str, charset: str, cte: str,
              extra: str = "") -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    data = content.encode(charset)
    if cte == "quoted-printable":
        part["Content-Transfer-Encoding"] = cte
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    elif cte == "base64":
        part["Content-Transfer-Encoding"] = cte
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    else:
        if cte == "7bit" and not content.isascii():
            cte = "8bit"
        part["Content-Transfer-Encoding"] = cte
        part.set_payload(data)  # bytes: written back verbatim by BytesGenerator
    return part


def fold_ics(line: str) -> list[str]:
    out = []
    data = line
    while len(data.encode("utf-8")) > 74:
        cut = 74
        while len(data[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(data[:cut])
        data = " " + data[cut:]
    out.append(data)
    return out


def ics_text(spec: dict) -> str:
    ev = spec["ics"]
    method = ev.get("method", "REQUEST")
    org_name, org_mail = ev["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 279//Hand written//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ev['uid']}",
        f"SEQUENCE:{ev.get('seq', 0)}",
        f"DTSTAMP:{ics_utc(spec['date'])}",
        f"DTSTART:{ics_utc(ev['start'])}",
        f"DTEND:{ics_utc(ev['end'])}",
        f"SUMMARY:{ev['summary']}",
        f"LOCATION:{ev.get('location', '')}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_mail}',
        f'ATTENDEE;CN="{CAND[0]}";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND_ADDR}',
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if ev.get("description"):
        lines.append("DESCRIPTION:" + ev["description"].replace("\n", "\\n")
                     .replace(",", "\\,").replace(";", "\\;"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in fold_ics(line)]
    return "\r\n".join(folded) + "\r\n"


def make_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def pdf_str(s: str) -> str:
        raw = s.encode("cp1252")
        return raw.decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for i, line in enumerate(lines):
        ops.append(f"({pdf_str(line)}) " + ("Tj" if i == 0 else "'"))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{num} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


def binary_part(ctype: str, filename: str, data: bytes) -> Message:
    part = Message()
    part["Content-Type"] = f'{ctype}; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    root = Message()
    root["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        root.attach(p)
    return root


def html_for(spec: dict) -> str:
    """The HTML body, its <meta> charset matching the MIME charset of the part."""
    charset = spec.get("html_cs", spec.get("cs", "utf-8"))
    return (spec["html"].replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
            .replace("charset=utf-8", f"charset={charset}"))


def build_body(spec: dict, tag: str) -> Message:
    """The MIME tree below the top-level header block."""
    charset = spec.get("cs", "utf-8")
    alts: list[Message] = []
    if spec.get("text") is not None:
        alts.append(text_part(spec["text"], "plain", charset, spec.get("cte", "8bit")))
    if spec.get("html") is not None:
        alts.append(text_part(html_for(spec), "html", spec.get("html_cs", charset),
                              spec.get("html_cte", "quoted-printable")))
    ics_where = spec.get("ics_where", "alt")
    if spec.get("ics") and ics_where == "alt":
        method = spec["ics"].get("method", "REQUEST")
        alts.append(text_part(ics_text(spec), "calendar", "utf-8", "base64",
                              f"; method={method}"))
    body = alts[0] if len(alts) == 1 else multipart("alternative", alts, f"=_alt_{tag}")
    attachments: list[Message] = []
    if spec.get("ics") and ics_where == "attach":
        method = spec["ics"].get("method", "REQUEST")
        part = text_part(ics_text(spec), "calendar", "utf-8", "base64", f"; method={method}")
        part["Content-Disposition"] = 'attachment; filename="invite.ics"'
        attachments.append(part)
    for filename, lines in spec.get("pdf", []):
        attachments.append(binary_part("application/pdf", filename, make_pdf(lines)))
    if spec.get("rfc822"):
        inner = spec["rfc822"]
        wrapper = Message()
        wrapper["Content-Type"] = "message/rfc822"
        wrapper["Content-Disposition"] = "attachment"
        body_part = text_part(inner["text"], "plain", "utf-8", "quoted-printable")
        raw = (header_block(inner, f"<{inner['msgid']}>") + "\nMIME-Version: 1.0\n"
               + body_part.as_string(policy=email.policy.compat32.clone(linesep="\n")))
        msg = email.message_from_string(raw)
        wrapper.attach(msg)
        attachments.append(wrapper)
    if attachments:
        return multipart("mixed", [body, *attachments], f"=_mix_{tag}")
    return body


def header_block(spec: dict, msgid: str, refs: list[str] | None = None) -> str:
    lines = [
        "From: " + addr_text(spec["frm"], spec.get("name_enc")),
        "To: " + addr_list(spec.get("to", [CAND])),
    ]
    if spec.get("cc"):
        lines.append("Cc: " + addr_list(spec["cc"]))
    if spec.get("rt"):
        lines.append("Reply-To: " + addr_text(spec["rt"]))
    lines.append(subject_header(spec["subject"], spec.get("subj_enc")))
    lines.append("Date: " + format_datetime(parse_date(spec["date"], spec.get("tz"))))
    lines.append("Message-ID: " + msgid)
    if refs:
        lines.append("In-Reply-To: " + refs[-1])
        lines.append(fold("References", " ".join(refs)))
    if spec.get("auto"):
        lines.append("Auto-Submitted: auto-generated")
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value))
    return "\n".join(lines)


# --------------------------------------------------------------------------- build

def all_specs() -> list[dict]:
    return [*msgs279_rejections.MESSAGES, *msgs279_invites.MESSAGES,
            *msgs279_acks.MESSAGES, *msgs279_other.MESSAGES]


def derive_contact(spec: dict) -> str:
    if spec["frm"][1].lower() == CAND_ADDR:
        return ""
    for addr in (spec.get("rt"), spec["frm"]):
        if addr and not SYSTEM.search(addr[1].lower()) and addr[1].lower() != CAND_ADDR:
            return addr[1].lower()
    return ""


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").strip("\n")


def check(path: Path, spec: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name in part:
            defects = getattr(part[name], "defects", ())
            if defects:
                problems.append(f"header {name} defects {defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    texts = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    wanted = [spec.get("text"), html_for(spec) if spec.get("html") else None]
    if spec.get("ics"):
        wanted.append(ics_text(spec))
    if spec.get("rfc822"):
        wanted.append(spec["rfc822"]["text"])
    for want in wanted:
        if want is not None and norm(want) not in texts:
            problems.append(f"body does not round-trip: {want[:60]!r}")
    if not any(t.strip() for t in texts):
        problems.append("no text")
    if msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))


def main() -> None:
    specs = all_specs()
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    counters: Counter[str] = Counter()
    ids: dict[str, str] = {}
    parents: dict[str, str | None] = {}
    rows = []
    planned = []
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, spec["slug"]
        assert spec["lang"] in LANGS, spec["slug"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        domain = spec["frm"][1].split("@")[1]
        token = hashlib.sha1(rel.encode()).hexdigest()[:12]
        msgid = f"<{spec['msgid']}>" if "msgid" in spec else f"<{token}.{counters[kind]:03d}.c279@{domain}>"
        key = spec.get("id", rel)
        assert key not in ids, key
        ids[key] = msgid
        parents[key] = spec.get("re")
        planned.append((rel, spec, msgid, key))

    def chain(key: str) -> list[str]:
        parent = parents[key]
        return [*chain(parent), ids[parent]] if parent else []

    for rel, spec, msgid, key in planned:
        refs = chain(key)
        tag = rel.split("/")[1][:3] + "_" + spec["kind"][:4]
        try:
            head = header_block(spec, msgid, refs)
            body = build_body(spec, tag)
        except (UnicodeError, KeyError) as error:
            raise SystemExit(f"{rel}: {error!r}") from error
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=0,
                       policy=email.policy.compat32.clone(linesep="\n")).flatten(body)
        data = head.encode("ascii") + b"\nMIME-Version: 1.0\n" + buf.getvalue()
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec)
        contact = spec["contact"] if "contact" in spec else derive_contact(spec)
        company = spec.get("company", "")
        if spec["kind"] == "other":
            assert not company, rel
        else:
            assert company, rel
        if contact:
            present = [a.lower() for _, a in getaddresses(
                [addr_text(spec["frm"])] + ([addr_text(spec["rt"])] if spec.get("rt") else []))]
            assert contact in present, rel
        rows.append([rel, spec["kind"], company, contact, spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    table: Counter[tuple[str, str]] = Counter((r[1], r[4]) for r in rows)
    print(f"{len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in counts) + f"  {sum(counts):5d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
