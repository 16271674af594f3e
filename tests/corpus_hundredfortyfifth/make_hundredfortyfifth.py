# ruff: noqa
"""Build corpus 145 from the hand-written specs in the msgs145_* modules.

Run from the repository root:  python tests/corpus_hundredfortyfifth/make_hundredfortyfifth.py

Standard library only. Deletes and rewrites only */*.eml and labels.csv in this folder, then
re-parses every written message with the default policy and checks it: no defects, the subject
and every text body round-trip.
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import hashlib
import sys
from email import base64mime, quoprimime
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path
from urllib.parse import quote as urlquote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs145_acks  # noqa: E402
import msgs145_invites  # noqa: E402
import msgs145_other  # noqa: E402
import msgs145_rejections  # noqa: E402
from msgs145_common import CANDIDATE  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)


# ---------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 encoded words (each at most 75 characters) that together spell text."""
    def one(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc.lower() == "q":
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
    if cur:
        words.append(one(cur))
    return words


def fold(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay within 78 characters when possible."""
    line = f"{name}: "
    out: list[str] = []
    for i, token in enumerate(value.split(" ")):
        piece = token if i == 0 else " " + token
        if i and len(line) + len(piece) > 78:
            out.append(line)
            line = piece
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def address(name: str, addr: str, enc: tuple[str, str] | None) -> str:
    if not name:
        return addr
    if enc is None and is_ascii(name):
        return formataddr((name, addr))
    charset, how = enc or ("utf-8", "q")
    return "\n ".join(encoded_words(name, charset, how)) + f" <{addr}>"


# ---------------------------------------------------------------- bodies

def text_part(content: str, subtype: str, charset: str, cte: str,
              extra_params: str = "") -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra_params}'
    part["Content-Transfer-Encoding"] = cte
    raw = content.encode(charset)
    if cte == "quoted-printable":
        payload = quoprimime.body_encode(raw.decode("latin-1"), maxlinelen=76, eol="\n")
    elif cte == "base64":
        payload = base64mime.body_encode(raw, maxlinelen=76, eol="\n")
    elif cte == "7bit":
        if not is_ascii(content):
            raise ValueError("7bit body with non-ASCII text")
        payload = content
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    return part


def binary_part(data: bytes, ctype: str, filename: str, disposition: str = "attachment",
                extra: str = "") -> Message:
    part = Message()
    if is_ascii(filename):
        part["Content-Type"] = f'{ctype}; name="{filename}"{extra}'
        part["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    else:
        star = "utf-8''" + urlquote(filename.encode("utf-8"), safe="")
        part["Content-Type"] = f"{ctype}{extra}"
        part["Content-Disposition"] = f"{disposition}; filename*={star}"
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64mime.body_encode(data, maxlinelen=76, eol="\n"))
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    msg = Message()
    msg["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        msg.attach(p)
    return msg


def pdf_bytes(lines: list[str], title: str) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def lit(s: str) -> bytes:
        b = s.encode("cp1252")
        return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    stream = b"BT /F1 11 Tf 14 TL 56 780 Td\n"
    for line in lines:
        stream += lit(line) + b" Tj T*\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title " + lit(title) + b" /Producer (corpus145) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
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
    return out


def ics_escape(s: str) -> str:
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if size + n > limit:
            out.append(cur)
            cur, size = ch, n
        else:
            cur += ch
            size += n
    out.append(cur)
    return "\r\n ".join(out)


def utc(stamp: str) -> str:
    """'2026-04-14 10:00 +0200' -> '20260414T080000Z'."""
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M %z").astimezone(dt.timezone.utc)
    return d.strftime("%Y%m%dT%H%M%SZ")


def ics_text(ics: dict, sent: str) -> str:
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"DTSTAMP:{utc(sent)}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTART:{utc(ics['start'])}",
        f"DTEND:{utc(ics['end'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN={ics_escape(org_name)}:mailto:{org_addr}")
    for name, addr in ics.get("attendees", [CANDIDATE]):
        lines.append(f"ATTENDEE;CN={ics_escape(name)};ROLE=REQ-PARTICIPANT;"
                     f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{addr}")
    status = "CANCELLED" if method == "CANCEL" else ics.get("status", "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(x) for x in lines) + "\r\n"


# ---------------------------------------------------------------- one message

def msgid(spec: dict) -> str:
    if "msgid" in spec:
        return spec["msgid"]
    h = hashlib.sha1(("corpus145:" + spec["key"]).encode()).hexdigest()
    domain = spec["frm"][1].split("@")[1]
    if spec["frm"][1] == CANDIDATE[1]:
        domain = "mail.example.at"
    day = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z").strftime("%Y%m%d%H%M")
    return f"<{day}.{h[:16]}@{domain}>"


def build(spec: dict, by_key: dict[str, dict]) -> tuple[bytes, list[str]]:
    """The message's bytes and the text bodies a reader should get back (walk order)."""
    seed = hashlib.sha1(spec["key"].encode()).hexdigest()[:12]
    counter = iter(range(1, 20))

    def boundary() -> str:
        return f"=_c145_{seed}_{next(counter)}"

    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    texts: list[str] = []
    alt: list[Message] = []
    if spec.get("text") is not None:
        alt.append(text_part(spec["text"], "plain", charset, cte))
        texts.append(spec["text"])
    if spec.get("html") is not None:
        html_charset = spec.get("html_charset", charset)
        html = spec["html"].replace('<meta charset="utf-8">', f'<meta charset="{html_charset}">')
        alt.append(text_part(html, "html", html_charset,
                             spec.get("html_cte", "quoted-printable")))
        texts.append(html)
    ics = spec.get("ics")
    ics_in = spec.get("ics_in", "alt")
    ical = ics_text(ics, spec["date"]) if ics else None
    if ical and ics_in in ("alt", "both"):
        method = ics.get("method", "REQUEST")
        alt.append(text_part(ical, "calendar", "utf-8", spec.get("ics_cte", "base64"),
                             f"; method={method}"))
        texts.append(ical)
    body = alt[0] if len(alt) == 1 else multipart("alternative", alt, boundary())

    attachments: list[Message] = []
    if ical and ics_in in ("mixed", "both"):
        attachments.append(binary_part(ical.encode("utf-8"), "application/ics",
                                       ics.get("filename", "invite.ics")))
    for filename, title, lines in spec.get("pdfs", []):
        attachments.append(binary_part(pdf_bytes(lines, title), "application/pdf", filename))
    if spec.get("attach_msg"):
        inner_bytes, inner_texts = build(spec["attach_msg"], by_key)
        wrapper = Message()
        wrapper["Content-Type"] = "message/rfc822"
        wrapper["Content-Disposition"] = "attachment"
        wrapper.set_payload([email.message_from_bytes(inner_bytes,
                                                      policy=email.policy.compat32)])
        attachments.append(wrapper)
        texts += inner_texts
    root = multipart("mixed", [body, *attachments], boundary()) if attachments else body
    root["MIME-Version"] = "1.0"

    heads: list[str] = []
    date = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    if date.year != 2026:
        raise ValueError(spec["key"] + ": date outside 2026")
    heads.append(f"Date: {format_datetime(date)}")
    name, addr = spec["frm"]
    heads.append(fold("From", address(name, addr, spec.get("name_enc")))
                 if is_ascii(name) else "From: " + address(name, addr, spec.get("name_enc")))
    if spec.get("reply_to"):
        rn, ra = spec["reply_to"]
        heads.append("Reply-To: " + address(rn, ra, spec.get("reply_to_enc")))
    to = spec.get("to", [CANDIDATE])
    heads.append(fold("To", ", ".join(address(n, a, None) for n, a in to)))
    if spec.get("cc"):
        heads.append(fold("Cc", ", ".join(address(n, a, None) for n, a in spec["cc"])))
    subject = spec["subject"]
    enc = spec.get("subj_enc")
    if enc is None and not is_ascii(subject):
        enc = ("utf-8", "q")
    if enc:
        heads.append("Subject: " + "\n ".join(encoded_words(subject, *enc)))
    else:
        heads.append(fold("Subject", subject))
    heads.append(f"Message-ID: {msgid(spec)}")
    if spec.get("reply_of"):
        chain, cur = [], spec["reply_of"]
        while cur:
            chain.append(msgid(by_key[cur]))
            cur = by_key[cur].get("reply_of")
        chain.reverse()
        heads.append(f"In-Reply-To: {chain[-1]}")
        heads.append(fold("References", " ".join(chain)))
    for hname, hvalue in spec.get("headers", []):
        if is_ascii(hvalue):
            heads.append(fold(hname, hvalue))
        else:
            heads.append(f"{hname}: " + "\n ".join(encoded_words(hvalue, "utf-8", "q")))

    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(root)
    return "\n".join(heads).encode("ascii") + b"\n" + buf.getvalue(), texts


# ---------------------------------------------------------------- checks

def norm(s: str) -> str:
    return s.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict, texts: list[str]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = f"{path.relative_to(HERE)}"
    for part in msg.walk():
        if part.defects:
            raise AssertionError(f"{where}: defects {part.defects}")
        for hname, value in part.items():
            if getattr(value, "defects", None):
                raise AssertionError(f"{where}: header {hname} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        raise AssertionError(f"{where}: subject {msg['Subject']!r} != {spec['subject']!r}")
    got = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    if [norm(x) for x in got] != [norm(x) for x in texts]:
        raise AssertionError(f"{where}: bodies do not round-trip")
    if not any(x.strip() for x in got):
        raise AssertionError(f"{where}: no text")
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[hname] is None:
            raise AssertionError(f"{where}: no {hname}")


def main() -> None:
    specs = [*msgs145_rejections.MESSAGES, *msgs145_invites.MESSAGES,
             *msgs145_acks.MESSAGES, *msgs145_other.MESSAGES]
    by_key: dict[str, dict] = {}
    for spec in specs:
        if spec["key"] in by_key:
            raise ValueError("duplicate key " + spec["key"])
        by_key[spec["key"]] = spec
        if spec["kind"] not in KINDS:
            raise ValueError(spec["key"] + ": kind " + spec["kind"])
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    numbers = dict.fromkeys(KINDS, 0)
    for kind in KINDS:
        for spec in (s for s in specs if s["kind"] == kind):
            numbers[kind] += 1
            rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
            try:
                data, texts = build(spec, by_key)
            except Exception as exc:
                raise SystemExit(f"{spec['key']}: {exc!r}") from exc
            path = HERE / rel
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            check(path, spec, texts)
            rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""),
                         spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages: " + ", ".join(f"{k} {v}" for k, v in numbers.items()))


if __name__ == "__main__":
    main()
