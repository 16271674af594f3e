#!/usr/bin/env python3
"""Build corpus 183 from the hand-written specs in the msgs183_*.py modules.

Run from the repository root:  python tests/corpus_hundredeightythird/make_hundredeightythird.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder, then
re-parses every written message with the default policy and checks it: no defects, the subject
and every body part round-trip.
"""

from __future__ import annotations

import base64
import binascii
import csv
import email
import email.policy
import hashlib
import io
import re
import sys
from datetime import date, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs183_acks  # noqa: E402
import msgs183_common as C  # noqa: E402
import msgs183_invites  # noqa: E402
import msgs183_other  # noqa: E402
import msgs183_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
GEN_POLICY = compat32.clone(linesep="\n", max_line_length=78)


# --------------------------------------------------------------------------- dates

def _last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def parse_when(when: str) -> datetime:
    """'2026-03-09 08:47' (Central European local time) or with an explicit '+0000'."""
    base = datetime.strptime(when[:16], "%Y-%m-%d %H:%M")
    rest = when[16:].strip()
    if rest:
        sign = 1 if rest[0] == "+" else -1
        off = timedelta(hours=int(rest[1:3]), minutes=int(rest[3:5])) * sign
    else:
        summer = _last_sunday(base.year, 3) <= base.date() < _last_sunday(base.year, 10)
        off = timedelta(hours=2 if summer else 1)
    sec = (sum(map(ord, when)) * 7) % 60
    return base.replace(second=sec, tzinfo=timezone(off))


# --------------------------------------------------------------------------- headers

_Q_SAFE = re.compile(r"[A-Za-z0-9!*+\-/]")


def _ew_one(chunk: str, charset: str, enc: str) -> str:
    data = chunk.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode('ascii')}?="
    out = []
    for byte in data:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif byte < 128 and _Q_SAFE.match(ch):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words of at most 75 characters each, folded one per line."""
    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(_ew_one(cur + ch, charset, enc)) > 75:
            words.append(_ew_one(cur, charset, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew_one(cur, charset, enc))
    return "\n ".join(words)


def fold_ascii(text: str, first: int) -> str:
    """Fold an ASCII unstructured value at spaces so no line passes 78 characters."""
    out, line = [], ""
    limit = 78 - first
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > limit:
            out.append(line)
            line, limit = word, 77
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n ".join(out)


def is_ascii(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


def mailbox(name: str, addr: str, enc: tuple[str, str] | None) -> str:
    if not name:
        return addr
    if is_ascii(name) and enc is None:
        return formataddr((name, addr))
    charset, how = enc or ("utf-8", "Q")
    return f"{encoded_words(name, charset, how)} <{addr}>"


def address_list(boxes: list[tuple[str, str]], enc: tuple[str, str] | None) -> str:
    return ",\n ".join(mailbox(n, a, enc) for n, a in boxes)


# --------------------------------------------------------------------------- bodies

def text_part(sub: str, body: str, charset: str, cte: str | None, extra: str = "") -> Message:
    data = body.encode(charset)
    if cte is None:
        cte = "7bit" if is_ascii(body) else "quoted-printable"
    part = Message(policy=GEN_POLICY)
    part["Content-Type"] = f'text/{sub}; charset="{charset}"{extra}'
    part["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = binascii.b2a_qp(data, istext=True).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF that shows the given lines in Helvetica."""
    def lit(s: str) -> bytes:
        raw = s.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    ops = [b"BT", b"/F1 11 Tf", b"56 780 Td", b"15 TL"]
    for i, line in enumerate(lines):
        ops.append(lit(line) + (b" Tj" if i == 0 else b" '"))
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def _ics_time(when: str) -> str:
    return (parse_when(when).replace(second=0).astimezone(timezone.utc)
            .strftime("%Y%m%dT%H%M%SZ"))


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\n ".join(out)


def ics_text(spec: dict, ics: dict) -> str:
    """An iCalendar object (METHOD REQUEST or CANCEL) for one event."""
    org_name, org_addr = ics["organizer"]
    method = ics.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus183//Handwritten//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{_ics_time(spec['date'])}",
        f"DTSTART:{_ics_time(ics['start'])}",
        f"DTEND:{_ics_time(ics['end'])}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines.append(f"ORGANIZER;CN={_ics_text(org_name)}:mailto:{org_addr}")
    lines.append(f"ATTENDEE;CN={C.CAND_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                 f"RSVP=TRUE:mailto:{C.CAND}")
    for name, addr in ics.get("attendees", []):
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT:mailto:{addr}")
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_ics_fold(line) for line in lines) + "\n"


def attachment(data: bytes, ctype: str, filename: str) -> Message:
    part = Message(policy=GEN_POLICY)
    part["Content-Type"] = f'{ctype}; name="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(sub: str, parts: list[Message], boundary: str) -> Message:
    msg = Message(policy=GEN_POLICY)
    msg["Content-Type"] = f'multipart/{sub}; boundary="{boundary}"'
    for part in parts:
        msg.attach(part)
    if sub == "mixed":
        msg.preamble = "This is a multi-part message in MIME format."
    return msg


def build_body(spec: dict) -> tuple[Message, list[tuple[str, str]]]:
    """The MIME body tree and the (content type, text) pairs expected when re-parsed."""
    key = spec["key"]
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    expected: list[tuple[str, str]] = []
    alt: list[Message] = []
    if spec.get("text") is not None:
        alt.append(text_part("plain", spec["text"], charset, cte))
        expected.append(("text/plain", spec["text"]))
    if spec.get("html") is not None:
        html = spec["html"]
        if charset != "utf-8":
            html = html.replace('charset="utf-8"', f'charset="{charset}"')
            html = html.replace("charset=utf-8", f"charset={charset}")
        alt.append(text_part("html", html, charset, spec.get("html_cte", cte)))
        expected.append(("text/html", html))
    ics = spec.get("ics")
    mixed: list[Message] = []
    if ics:
        cal = ics_text(spec, ics)
        method = ics.get("method", "REQUEST")
        cal_part = text_part("calendar", cal, "utf-8", ics.get("cte", "7bit" if is_ascii(cal)
                                                                 else "quoted-printable"),
                             f"; method={method}")
        expected.append(("text/calendar", cal))
        if ics.get("mode", "alt") == "alt":
            alt.append(cal_part)
        else:
            cal_part["Content-Disposition"] = 'attachment; filename="invite.ics"'
            mixed.append(cal_part)
    boundary = hashlib.sha1(key.encode()).hexdigest()[:16]
    if len(alt) == 1:
        body = alt[0]
    else:
        body = multipart("alternative", alt, f"----=_Alt_183_{boundary}")
    for pdf in spec.get("pdfs", []):
        mixed.append(attachment(pdf_bytes(pdf["lines"]), "application/pdf", pdf["name"]))
    for extra in spec.get("files", []):
        mixed.append(attachment(extra["data"], extra["type"], extra["name"]))
    if mixed:
        body = multipart("mixed", [body, *mixed], f"----=_Mix_183_{boundary}")
    return body, expected


# --------------------------------------------------------------------------- messages

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(("183:" + spec["key"]).encode()).hexdigest()[:12].upper()
    stamp = parse_when(spec["date"]).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{digest}@{spec.get('mid_domain') or domain_of(spec['frm'][1])}>"


def render(spec: dict, ids: dict[str, str], refs: dict[str, list[str]]) -> tuple[bytes, list]:
    body, expected = build_body(spec)
    body["MIME-Version"] = "1.0"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(body)
    lines: list[str] = []
    name, addr = spec["frm"]
    lines.append("From: " + mailbox(name, addr, spec.get("frm_enc")))
    if spec.get("sender"):
        lines.append("Sender: " + spec["sender"])
    if spec.get("reply_to"):
        rn, ra = spec["reply_to"]
        lines.append("Reply-To: " + mailbox(rn, ra, spec.get("frm_enc")))
    to = spec.get("to") or [C.ME]
    lines.append("To: " + address_list(to, spec.get("to_enc")))
    if spec.get("cc"):
        lines.append("Cc: " + address_list(spec["cc"], spec.get("to_enc")))
    subject = spec["subject"]
    if spec.get("subj_enc") or not is_ascii(subject):
        charset, how = spec.get("subj_enc") or ("utf-8", "B")
        lines.append("Subject: " + encoded_words(subject, charset, how))
    else:
        lines.append("Subject: " + fold_ascii(subject, len("Subject: ")))
    lines.append("Date: " + format_datetime(parse_when(spec["date"])))
    lines.append("Message-ID: " + ids[spec["key"]])
    if spec.get("irt"):
        lines.append("In-Reply-To: " + ids[spec["irt"]])
        lines.append("References: " + "\n ".join(refs[spec["key"]]))
    for hname, hval in spec.get("headers", {}).items():
        lines.append(f"{hname}: {hval}")
    head = "\n".join(lines) + "\n"
    return head.encode("ascii") + buf.getvalue(), expected


def check(path: Path, spec: dict, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for hname, hval in part.items():
            if getattr(hval, "defects", None):
                problems.append(f"header {hname} defects {hval.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    if got != expected:
        for (gt, gc), (et, ec) in zip(got, expected):
            if gt != et or gc != ec:
                problems.append(f"body {gt}/{et} differs")
        if len(got) != len(expected):
            problems.append(f"{len(got)} text parts, expected {len(expected)}")
    if parse_when(spec["date"]).year != 2026 or msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    for pdf in msg.iter_attachments():
        if pdf.get_content_type() == "application/pdf":
            data = pdf.get_content()
            if not (data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")):
                problems.append("pdf broken")
    if problems:
        raise SystemExit(f"{path.name}: " + "; ".join(problems))


def all_specs() -> list[dict]:
    specs = [*msgs183_rejections.MESSAGES, *msgs183_invites.MESSAGES,
             *msgs183_acks.MESSAGES, *msgs183_other.MESSAGES]
    keys = [s["key"] for s in specs]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise SystemExit(f"duplicate keys: {sorted(dupes)}")
    return specs


def main() -> None:
    specs = all_specs()
    ids = {s["key"]: message_id(s) for s in specs}
    by_key = {s["key"]: s for s in specs}
    refs: dict[str, list[str]] = {}

    def chain(key: str) -> list[str]:
        parent = by_key[key].get("irt")
        if not parent:
            return []
        if key not in refs:
            refs[key] = [*chain(parent), ids[parent]]
        return refs[key]

    for s in specs:
        chain(s["key"])
        if s.get("irt") and parse_when(by_key[s["irt"]]["date"]) >= parse_when(s["date"]):
            raise SystemExit(f"{s['key']}: replies before its parent")
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    if (HERE / "labels.csv").exists():
        (HERE / "labels.csv").unlink()
    counters = {k: 0 for k in KINDS}
    rows = []
    for s in specs:
        kind = s["kind"]
        if kind not in counters:
            raise SystemExit(f"{s['key']}: unknown kind {kind}")
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{s['key']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        try:
            raw, expected = render(s, ids, refs)
        except (UnicodeError, KeyError) as exc:
            raise SystemExit(f"{s['key']}: {exc!r}") from exc
        path.write_bytes(raw)
        check(path, s, expected)
        contact = s.get("contact", "")
        if contact:
            addrs = [s["frm"][1].lower()] + ([s["reply_to"][1].lower()]
                                              if s.get("reply_to") else [])
            if contact != contact.lower() or contact not in addrs:
                raise SystemExit(f"{rel}: contact {contact} not in From/Reply-To")
        rows.append([rel, kind, s.get("company", ""), contact, s["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        per = {lang: sum(1 for r in rows if r[1] == kind and r[4] == lang)
               for lang in ("fr", "en", "de", "es")}
        print(f"  {kind:32s} {counters[kind]:3d}  {per}")
    langs = {lang: sum(1 for r in rows if r[4] == lang) for lang in ("fr", "en", "de", "es")}
    print(f"  languages {langs}")


if __name__ == "__main__":
    main()
