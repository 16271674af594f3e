"""Build corpus 165 (Oksana Duarte-Brennan) from the hand-written specs in msgs165_*.py.

Run from the repository root:  python tests/corpus_hundredsixtyfifth/make_hundredsixtyfifth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder. Every
message is re-parsed with the default policy and checked: no defects, subject, display names and
every text body round-trip.
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
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs165_acks  # noqa: E402
import msgs165_invites  # noqa: E402
import msgs165_other  # noqa: E402
import msgs165_rejections  # noqa: E402
from msgs165_common import CAND, CAND_ADDR  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10,
            "other": 52}
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "jobs.recruitee.com")


# --------------------------------------------------------------------------- headers

def _q_encode(chunk: bytes) -> str:
    out = []
    for b in chunk:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str, room: int = 60) -> list[str]:
    """RFC 2047 encoded words for text, never splitting a character, each <= 75 chars."""
    words: list[str] = []
    cur = ""
    prefix = f"=?{charset}?{enc}?"

    def render(s: str) -> str:
        data = s.encode(charset)
        payload = base64.b64encode(data).decode() if enc == "B" else _q_encode(data)
        return prefix + payload + "?="

    for ch in text:
        trial = render(cur + ch)
        if cur and len(trial) > min(room + len(prefix), 75):
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay under 78 characters."""
    line = f"{name}:"
    lines = []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line != f"{name}:":
            lines.append(line)
            line = " " + word
        else:
            line += " " + word
    lines.append(line)
    return "\n".join(lines)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold_plain(name, value)
    charset, kind = enc or ("utf-8", "Q")
    words = encoded_words(value, charset, kind)
    return f"{name}: " + "\n ".join(words)


def _needs_quotes(name: str) -> bool:
    return any(c in name for c in ',.;:()<>@[]"\\')


def mailbox(addr: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, address = addr
    if not name:
        return address
    if enc is None and name.isascii():
        shown = '"' + name.replace('"', '\\"') + '"' if _needs_quotes(name) else name
        return f"{shown} <{address}>"
    charset, kind = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, kind, room=70)) + f" <{address}>"


def address_header(name: str, addrs: list[tuple[str, str]], enc: tuple[str, str] | None) -> str:
    return f"{name}: " + ",\n ".join(mailbox(a, enc) for a in addrs)


# --------------------------------------------------------------------------- parts

def text_part(body: str, subtype: str, charset: str, cte: str,
              extra_params: str = "") -> Message:
    p = Message()
    data = body.encode(charset)
    if cte == "7bit" and not body.isascii():
        cte = "quoted-printable"
    p["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra_params}'
    p["Content-Transfer-Encoding"] = cte
    if cte == "7bit":
        payload = body if body.endswith("\n") else body + "\n"
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        m.attach(part)
    return m


def binary_part(ctype: str, filename: str, data: bytes, disposition: str = "attachment") -> Message:
    p = Message()
    p["Content-Type"] = f'{ctype}; name="{filename}"'
    p["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def pdf_bytes(lines: list[str], title: str = "") -> bytes:
    """A small valid one-page PDF with the lines in Helvetica (WinAnsi)."""
    def pdf_str(s: str) -> str:
        out = []
        for b in s.encode("cp1252", "replace"):
            c = chr(b)
            if c in "()\\":
                out.append("\\" + c)
            elif 32 <= b < 127:
                out.append(c)
            else:
                out.append(f"\\{b:03o}")
        return "(" + "".join(out) + ")"

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for i, line in enumerate(lines):
        ops.append(f"{pdf_str(line)} Tj" if i == 0 else f"T* {pdf_str(line)} Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    info = f"<< /Title {pdf_str(title or lines[0])} /Producer (corpus165) >>".encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        info,
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, start=1):
        offsets.append(buf.tell())
        buf.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return buf.getvalue()


def _ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def _utc(local: str, offset: str) -> str:
    d = datetime.strptime(local, "%Y-%m-%d %H:%M")
    sign = 1 if offset[0] == "+" else -1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
    return (d - delta).strftime("%Y%m%dT%H%M%SZ")


def ics_text(ics: dict, stamp: datetime) -> str:
    method = ics.get("method", "REQUEST")
    off = ics.get("offset", "+0000")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus165//Calendar 1.0//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{_utc(ics['start'], off)}",
        f"DTEND:{_utc(ics['end'], off)}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN={org_name}:mailto:{org_addr}")
    attendee = ics.get("attendee", CAND)
    partstat = "NEEDS-ACTION"
    lines.append(f"ATTENDEE;CN={attendee[0]};ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE:"
                 f"mailto:{attendee[1]}")
    status = "CANCELLED" if method == "CANCEL" else ics.get("status", "CONFIRMED")
    lines += [f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    folded = [x for line in lines for x in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- messages

class Built:
    def __init__(self) -> None:
        self.texts: list[str] = []


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict, key: str) -> str:
    dom = _domain(spec["frm"][1])
    host = dom if dom.endswith(ATS_DOMAINS) else f"mail.{dom}"
    digest = hashlib.sha1(key.encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{host}>"


def ext_id(name: str) -> str:
    digest = hashlib.sha1(name.encode()).hexdigest()
    host = "mail.example.ie" if name.startswith("cand") else "mail.example.com"
    return f"<{digest[:16]}@{host}>"


def parse_date(when: str) -> datetime:
    d = datetime.strptime(when[:16], "%Y-%m-%d %H:%M")
    off = when[17:]
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return d.replace(tzinfo=tz)


def build_body(spec: dict, key: str, built: Built) -> Message:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "7bit")
    html_cte = spec.get("html_cte", cte)
    stamp = parse_date(spec["date"])
    bcount = [0]

    def boundary() -> str:
        bcount[0] += 1
        return "=_b" + hashlib.sha1(f"{key}/{bcount[0]}".encode()).hexdigest()[:20] \
            + f"_{bcount[0]}"

    alt: list[Message] = []
    if spec.get("text") is not None:
        alt.append(text_part(spec["text"], "plain", charset, cte))
        built.texts.append(spec["text"])
    if spec.get("html") is not None:
        alt.append(text_part(spec["html"], "html", charset, html_cte))
        built.texts.append(spec["html"])
    ics = spec.get("ics")
    attach: list[Message] = []
    if ics:
        cal = ics_text(ics, stamp)
        mode = ics.get("mode", "alt")
        if mode in ("alt", "both"):
            ccte = "7bit" if cal.isascii() else "base64"
            part = text_part(cal, "calendar", "utf-8", ccte,
                             extra_params=f"; method={ics.get('method', 'REQUEST')}")
            alt.append(part)
            built.texts.append(cal)
        if mode in ("attach", "both"):
            attach.append(binary_part("application/ics", ics.get("filename", "invite.ics"),
                                      cal.encode("utf-8")))
    body = alt[0] if len(alt) == 1 else multipart("alternative", alt, boundary())
    for pdf in spec.get("pdfs", []):
        attach.append(binary_part("application/pdf", pdf["filename"],
                                  pdf_bytes(pdf["lines"], pdf.get("title", ""))))
    inner = spec.get("rfc822")
    if inner:
        inner_bytes = build_message(inner, key + "/inner", built, {})
        part = Message()
        part["Content-Type"] = "message/rfc822"
        part["Content-Disposition"] = f'attachment; filename="{inner.get("filename", "forwarded.eml")}"'
        part.set_payload([email.message_from_bytes(inner_bytes)])
        attach.append(part)
    if attach:
        body = multipart(spec.get("mixed", "mixed"), [body, *attach], boundary())
    return body


def build_message(spec: dict, key: str, built: Built, ids: dict[str, str]) -> bytes:
    lines = [address_header("From", [spec["frm"]], spec.get("name_enc"))]
    if spec.get("reply_to"):
        rt = spec["reply_to"]
        lines.append(address_header("Reply-To", rt if isinstance(rt, list) else [rt],
                                    spec.get("name_enc")))
    lines.append(address_header("To", spec.get("to", [CAND]), spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], spec.get("to_enc")))
    lines.append(header_text("Subject", spec["subject"], spec.get("subj_enc")))
    lines.append(f"Date: {format_datetime(parse_date(spec['date']))}")
    lines.append(f"Message-ID: {ids.get(spec.get('id', ''), message_id(spec, key))}")
    parent = spec.get("parent")
    if parent:
        chain = []
        cur = parent
        while cur:
            chain.append(ids[cur] if cur in ids else ext_id(cur))
            cur = PARENTS.get(cur)
        chain.reverse()
        lines.append(f"In-Reply-To: {chain[-1]}")
        lines.append("References: " + "\n ".join(chain))
    for name, value in spec.get("headers", []):
        lines.append(header_text(name, value, None))
    lines.append("MIME-Version: 1.0")
    body = build_body(spec, key, built)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    return ("\n".join(lines) + "\n").encode("ascii") + buf.getvalue()


PARENTS: dict[str, str] = {}


def norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


def check(data: bytes, spec: dict, built: Built, where: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
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
    got = sorted(norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text")
    want = sorted(norm(t) for t in built.texts)
    if got != want:
        problems.append("bodies do not round-trip")
    if msg["date"].datetime.year != 2026:
        problems.append("date year")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


def validate_label(spec: dict, where: str) -> None:
    kind, company, contact = spec["kind"], spec.get("company", ""), spec.get("contact", "")
    assert kind in EXPECTED, where
    assert spec["lang"] in {"en", "de", "fr", "es"}, where
    own = spec["frm"][1] == CAND_ADDR
    if kind == "other":
        assert company == "", f"{where}: other with company"
    else:
        assert company, f"{where}: job mail without company"
        assert not own, f"{where}: own mail must be other"
    if own:
        assert contact == "", f"{where}: own mail with contact"
    if contact:
        assert contact == contact.lower(), where
        rt = spec.get("reply_to")
        rts = rt if isinstance(rt, list) else ([rt] if rt else [])
        pool = [a.lower() for _, a in [spec["frm"], *rts]]
        assert contact in pool, f"{where}: contact not in From/Reply-To"
        assert not _domain(contact).endswith(ATS_DOMAINS), f"{where}: ATS contact"
        assert "noreply" not in contact and "no-reply" not in contact, where


def main() -> None:
    specs = [*msgs165_rejections.MESSAGES, *msgs165_invites.MESSAGES, *msgs165_acks.MESSAGES,
             *msgs165_other.MESSAGES]
    counts = Counter(s["kind"] for s in specs)
    assert dict(counts) == EXPECTED, dict(counts)
    langs = Counter(s["lang"] for s in specs)
    print("languages:", dict(langs))
    per_kind: Counter[str] = Counter()
    rows = []
    files: list[tuple[str, dict]] = []
    for spec in sorted(specs, key=lambda s: KIND_ORDER.index(s["kind"])):
        per_kind[spec["kind"]] += 1
        rel = f"{spec['kind']}/{per_kind[spec['kind']]:03d}_{spec['slug']}.eml"
        files.append((rel, spec))
    ids: dict[str, str] = {}
    for rel, spec in files:
        if spec.get("id"):
            assert spec["id"] not in ids, spec["id"]
            ids[spec["id"]] = message_id(spec, rel)
        if spec.get("parent") and spec.get("id"):
            PARENTS[spec["id"]] = spec["parent"]
    for path in HERE.rglob("*.eml"):
        path.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    for rel, spec in files:
        where = rel
        validate_label(spec, where)
        built = Built()
        data = build_message(spec, rel, built, ids)
        check(data, spec, built, where)
        out = HERE / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((s["kind"], s["lang"]) for s in specs)
    for kind in KIND_ORDER:
        print(f"{kind:32s}", " ".join(f"{lang}={table[(kind, lang)]:2d}"
                                       for lang in ("en", "de", "fr", "es")))
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
