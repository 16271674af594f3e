#!/usr/bin/env python3
"""Build corpus 223 (Gaspard Lindqvist-Mensah) from the hand-written specs in msgs223_*.py.

Standard library only. Run from the repository root:

    python tests/corpus_twohundredtwentythird/make_twohundredtwentythird.py

It deletes and rewrites only *.eml and labels.csv inside this folder. Every message is built
with the email package, its top-level header block written here so that encoded words can use
the charsets the spec asks for (utf-8, iso-8859-1, windows-1252; Q or B), then re-parsed with
the default policy and checked: no defects, the subject, the sender's name and every text body
round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime
import email
import email.policy
import email.utils
import hashlib
import io
import quopri
import string
import sys
from collections import Counter
from email.generator import BytesGenerator
from email.message import Message
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs223_acks  # noqa: E402
import msgs223_common as common  # noqa: E402
import msgs223_invites  # noqa: E402
import msgs223_other  # noqa: E402
import msgs223_rejections  # noqa: E402

MODULES = [msgs223_rejections, msgs223_invites, msgs223_acks, msgs223_other]
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]

# ------------------------------------------------------------------------------------------------
# time


def _last_sunday(year: int, month: int) -> datetime.date:
    day = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return day - datetime.timedelta(days=(day.weekday() + 1) % 7)


def _nth_sunday(year: int, month: int, n: int) -> datetime.date:
    day = datetime.date(year, month, 1)
    day += datetime.timedelta(days=(6 - day.weekday()) % 7)
    return day + datetime.timedelta(weeks=n - 1)


def utc_offset(tz: str, day: datetime.date) -> int:
    """Minutes east of UTC for the sender's zone on that day."""
    eu_summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    us_summer = _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1)
    table = {
        "paris": 120 if eu_summer else 60,
        "london": 60 if eu_summer else 0,
        "utc": 0,
        "ny": -240 if us_summer else -300,
        "chicago": -300 if us_summer else -360,
        "pacific": -420 if us_summer else -480,
    }
    return table[tz]


def local_dt(when: str, tz: str, seconds: int = 0) -> datetime.datetime:
    naive = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    offset = utc_offset(tz, naive.date())
    zone = datetime.timezone(datetime.timedelta(minutes=offset))
    return naive.replace(second=seconds, tzinfo=zone)


# ------------------------------------------------------------------------------------------------
# headers

Q_SAFE = set(string.ascii_letters + string.digits + "!*+-/")
SPECIALS = set('()<>[]:;@\\,."')


def _q(raw: bytes) -> str:
    out = []
    for byte in raw:
        ch = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif ch in Q_SAFE:
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """RFC 2047 encoded words (each at most 75 characters, whole characters only)."""
    prefix = f"=?{charset}?{mode}?"

    def enc(chunk: str) -> str:
        raw = chunk.encode(charset)
        return base64.b64encode(raw).decode("ascii") if mode == "B" else _q(raw)

    words: list[str] = []
    current = ""
    for ch in text:
        if current and len(prefix) + len(enc(current + ch)) + 2 > 75:
            words.append(prefix + enc(current) + "?=")
            current = ch
        else:
            current += ch
    if current:
        words.append(prefix + enc(current) + "?=")
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay near 78 characters."""
    line = f"{name}:"
    lines = []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() != f"{name}:":
            lines.append(line)
            line = " " + word
        else:
            line += " " + word
    lines.append(line)
    return "\n".join(lines)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if value.isascii() and enc is None:
        return fold_plain(name, value)
    charset, mode = enc or ("utf-8", "Q")
    return f"{name}: " + "\n ".join(encoded_words(value, charset, mode))


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and enc is None:
        if any(ch in SPECIALS for ch in name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    charset, mode = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, mode)) + f" <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> str:
    return f"{name}: " + ",\n ".join(address(p, enc) for p in pairs)


# ------------------------------------------------------------------------------------------------
# bodies


def _payload(text: str, charset: str, cte: str) -> tuple[str, str]:
    raw = text.encode(charset)
    if cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII text"
        return "7bit", text
    if cte == "8bit":
        return "8bit", raw.decode("ascii", "surrogateescape")
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw).decode("ascii")
    if cte == "b64":
        return "base64", base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def text_part(text: str, subtype: str, charset: str, cte: str | None,
              extra_params: str = "", disposition: str | None = None) -> Message:
    if cte is None:
        cte = "7bit" if text.isascii() else "qp"
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra_params}'
    name, payload = _payload(text, charset, cte)
    part["Content-Transfer-Encoding"] = name
    if disposition:
        part["Content-Disposition"] = disposition
    part.set_payload(payload)
    return part


def binary_part(data: bytes, ctype: str, filename: str) -> Message:
    part = Message()
    if filename.isascii():
        part["Content-Type"] = f'{ctype}; name="{filename}"'
        part["Content-Disposition"] = f'attachment; filename="{filename}"'
    else:
        from urllib.parse import quote

        quoted = quote(filename.encode("utf-8"), safe="")
        part["Content-Type"] = f"{ctype}; name*=utf-8''{quoted}"
        part["Content-Disposition"] = f"attachment; filename*=utf-8''{quoted}"
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    container = Message()
    container["Content-Type"] = f"multipart/{subtype}"
    container.set_boundary(boundary)
    for part in parts:
        container.attach(part)
    return container


# ------------------------------------------------------------------------------------------------
# attachments: PDF and iCalendar


def _pdf_text(text: str) -> str:
    raw = text.encode("cp1252")
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "".join(out)


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsiEncoding) showing the given lines."""
    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for line in lines:
        stream_lines.append(f"({_pdf_text(line)}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + _pdf_text(title).encode("latin-1") + b") /Producer (corpus 223) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> str:
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += ch
        size += width
    out.append(current)
    return "\r\n ".join(out)


def _ics_time(when: str, tz: str) -> str:
    stamp = local_dt(when, tz).astimezone(datetime.UTC)
    return stamp.strftime("%Y%m%dT%H%M%SZ")


def make_ics(spec: dict, message: dict) -> str:
    method = spec.get("method", "REQUEST")
    tz = spec.get("tz", message.get("tz", "paris"))
    start = local_dt(spec["start"], tz)
    end = start + datetime.timedelta(minutes=spec.get("minutes", 60))
    org_name, org_addr = spec["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{spec.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('sequence', 0)}",
        f"DTSTAMP:{_ics_time(message['date'], message.get('tz', 'paris'))}",
        f"DTSTART:{start.astimezone(datetime.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTEND:{end.astimezone(datetime.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"SUMMARY:{_ics_escape(spec['summary'])}",
    ]
    if spec.get("location"):
        lines.append(f"LOCATION:{_ics_escape(spec['location'])}")
    if spec.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(spec['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for name, addr in spec.get("attendees", [common.CAND]):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{addr}")
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines.append("TRANSP:OPAQUE")
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                  "TRIGGER:-PT15M", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(line) for line in lines) + "\r\n"


# ------------------------------------------------------------------------------------------------
# one message


class Built:
    def __init__(self) -> None:
        self.specs: dict[str, dict] = {}
        self.full_text: dict[str, str] = {}
        self.msgid: dict[str, str] = {}
        self.refs: dict[str, list[str]] = {}


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(f"corpus223/{spec['key']}".encode()).hexdigest()
    host = spec.get("msgid_host") or _domain(spec["frm"][1])
    return f"<{digest[:12]}.{digest[12:20]}.{spec['key'].replace('_', '-')}@{host}>"


def quoted_block(spec: dict, built: Built) -> str:
    key, style = spec["quote"]
    parent = built.specs[key]
    parent_text = full_text(parent, built)
    to = parent.get("to", [common.CAND])[0]
    if style == "gmail":
        head = common.attribution(spec["lang"], parent["date"], parent["frm"][0],
                                  parent["frm"][1])
        return head + "\n" + common.quote_lines(parent_text)
    if style == "outlook":
        head = common.outlook_header(spec["lang"], parent["date"], parent["frm"], to,
                                     parent["subject"])
        return head + "\n\n" + parent_text.rstrip("\n")
    if style == "forward":
        head = common.forward_header(spec["lang"], parent["date"], parent["frm"], to,
                                     parent["subject"])
        return head + "\n\n" + parent_text.rstrip("\n")
    raise ValueError(style)


def full_text(spec: dict, built: Built) -> str:
    """The message's plain text as sent: its own words, then the quoted chain if any."""
    key = spec["key"]
    if key in built.full_text:
        return built.full_text[key]
    text = spec.get("text")
    if text is None:
        text = spec["quote_text"]  # an HTML-only message still has words to quote
    text = text.strip("\n") + "\n"
    if spec.get("quote"):
        text = text + "\n" + quoted_block(spec, built) + "\n"
    built.full_text[key] = text
    return text


def html_with_quote(spec: dict, built: Built) -> str:
    body = spec["html"]
    if not spec.get("quote"):
        return body
    block = quoted_block(spec, built)
    style = spec["quote"][1]
    if style == "outlook":
        inner = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm '
                 '0cm">\n' + common.paras(block) + "\n</div>")
    else:
        head, _, rest = block.partition("\n")
        plain = "\n".join(line[2:] if line.startswith("> ") else line.lstrip(">")
                          for line in rest.split("\n"))
        if style == "forward":
            plain = rest
        inner = ('<div class="gmail_quote"><div class="gmail_attr">' + common.esc(head)
                 + '</div>\n<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                 'border-left:1px #ccc solid;padding-left:1ex">\n' + common.paras(plain)
                 + "\n</blockquote></div>")
    marker = "</body>"
    assert marker in body, spec["key"]
    return body.replace(marker, inner + "\n" + marker, 1)


def build_message(spec: dict, built: Built) -> tuple[bytes, list[tuple[str, str]]]:
    key = spec["key"]
    charset = spec.get("charset", "utf-8")
    expected: list[tuple[str, str]] = []  # (content type, text) of every text part, in order
    counter = iter(range(1, 10))

    def boundary() -> str:
        digest = hashlib.md5(f"{key}/{next(counter)}".encode()).hexdigest()[:16]
        return f"----=_Part223_{digest}"

    alternatives: list[Message] = []
    if spec.get("text") is not None:
        text = full_text(spec, built)
        alternatives.append(text_part(text, "plain", charset, spec.get("cte")))
        expected.append(("text/plain", text))
    if spec.get("html") is not None:
        page = html_with_quote(spec, built)
        alternatives.append(text_part(page, "html", spec.get("html_charset", charset),
                                      spec.get("html_cte", spec.get("cte"))))
        expected.append(("text/html", page))
    if spec.get("alt_ics"):
        ics = make_ics(spec["alt_ics"], spec)
        method = spec["alt_ics"].get("method", "REQUEST")
        alternatives.append(text_part(ics, "calendar", "utf-8", spec["alt_ics"].get("cte", "b64"),
                                      extra_params=f"; method={method}"))
        expected.append(("text/calendar", ics))
    assert alternatives, key
    body = alternatives[0] if len(alternatives) == 1 else multipart(
        "alternative", alternatives, boundary())

    attachments: list[Message] = []
    for att in spec.get("attach", []):
        if "pdf" in att:
            data = make_pdf(att["pdf"]["title"], att["pdf"]["lines"])
            attachments.append(binary_part(data, "application/pdf", att["filename"]))
        elif "ics" in att:
            ics = make_ics(att["ics"], spec)
            method = att["ics"].get("method", "REQUEST")
            ctype = att.get("ctype", "text/calendar")
            if ctype == "text/calendar":
                attachments.append(text_part(
                    ics, "calendar", "utf-8", att["ics"].get("cte", "b64"),
                    extra_params=f'; method={method}; name="{att["filename"]}"',
                    disposition=f'attachment; filename="{att["filename"]}"'))
                expected.append(("text/calendar", ics))
            else:
                attachments.append(binary_part(ics.encode("utf-8"), ctype, att["filename"]))
        elif "note" in att:  # a plain-text attachment (a forwarded note, a tasting sheet)
            attachments.append(text_part(
                att["note"], "plain", att.get("charset", "utf-8"), att.get("cte"),
                disposition=f'attachment; filename="{att["filename"]}"'))
            expected.append(("text/plain", att["note"]))
        else:
            raise ValueError(att)
    root = body if not attachments else multipart("mixed", [body, *attachments], boundary())

    # top-level headers, written by hand
    when = local_dt(spec["date"], spec.get("tz", "paris"),
                    int(hashlib.md5(key.encode()).hexdigest()[:4], 16) % 60)
    lines = [address_header("From", [spec["frm"]], spec.get("name_enc"))]
    lines.append(address_header("To", spec.get("to", [common.CAND]), spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], spec.get("to_enc")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], spec.get("name_enc")))
    lines.append(header_text("Subject", spec["subject"], spec.get("subj_enc")))
    lines.append("Date: " + email.utils.format_datetime(when))
    lines.append("Message-ID: " + built.msgid[key])
    if spec.get("parent"):
        parent = spec["parent"]
        lines.append("In-Reply-To: " + built.msgid[parent])
        lines.append(fold_plain("References", " ".join(built.refs[key])))
    for name, value in spec.get("headers", []):
        lines.append(fold_plain(name, value))
    lines.append("MIME-Version: 1.0")

    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, maxheaderlen=0).flatten(root)
    generated = buffer.getvalue()
    return ("\n".join(lines) + "\n").encode("ascii") + generated, expected


# ------------------------------------------------------------------------------------------------
# checks


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, raw: bytes, expected: list[tuple[str, str]]) -> None:
    key = spec["key"]
    message = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in message.walk():
        if part.defects:
            problems.append(f"defects in {part.get_content_type()}: {part.defects}")
    for name, value in message.items():
        if getattr(value, "defects", None):
            problems.append(f"header {name} defects: {value.defects}")
    if str(message["Subject"]) != spec["subject"]:
        problems.append(f"subject {message['Subject']!r} != {spec['subject']!r}")
    sender = message["From"].addresses[0]
    if sender.display_name != spec["frm"][0] or sender.addr_spec != spec["frm"][1]:
        problems.append(f"from {sender!r} != {spec['frm']!r}")
    parsed = [(p.get_content_type(), p.get_content()) for p in message.walk()
              if p.get_content_maintype() == "text"]
    if len(parsed) != len(expected):
        problems.append(f"{len(parsed)} text parts, expected {len(expected)}")
    for (ctype, got), (want_type, want) in zip(parsed, expected, strict=False):
        if ctype != want_type or _norm(got) != _norm(want):
            problems.append(f"{ctype} body does not round-trip")
    if "2026" not in str(message["Date"]):
        problems.append("date not in 2026")
    assert not problems, f"{key}: " + "; ".join(problems)


def check_label(spec: dict) -> None:
    key = spec["key"]
    assert spec["kind"] in KINDS, key
    assert spec["lang"] in {"en", "de", "fr", "es"}, key
    senders = {spec["frm"][1].lower()}
    if spec.get("reply_to"):
        senders.add(spec["reply_to"][1].lower())
    contact = spec.get("contact", "")
    if spec["frm"][1] == common.CAND_ADDR:
        assert spec["kind"] == "other" and not contact, key
    if contact:
        assert contact == contact.lower() and contact in senders, key
    company = spec.get("company", "")
    assert bool(company) == (spec["kind"] != "other"), key


# ------------------------------------------------------------------------------------------------


def main() -> None:
    specs = [spec for module in MODULES for spec in module.MESSAGES]
    built = Built()
    for spec in specs:
        assert spec["key"] not in built.specs, f"duplicate key {spec['key']}"
        built.specs[spec["key"]] = spec
    for spec in specs:
        built.msgid[spec["key"]] = message_id(spec)
    for spec in specs:  # references follow the chain of parents
        chain, parent = [], spec.get("parent")
        while parent:
            chain.insert(0, built.msgid[parent])
            parent = built.specs[parent].get("parent")
        built.refs[spec["key"]] = chain

    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    numbers: Counter[str] = Counter()
    rows = []
    for spec in specs:
        if spec.get("phantom"):
            continue
        check_label(spec)
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['name']}.eml"
        try:
            raw, expected = build_message(spec, built)
        except Exception as error:
            raise SystemExit(f"{spec['key']}: {type(error).__name__}: {error}") from error
        check(spec, raw, expected)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])

    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: Counter[tuple[str, str]] = Counter((row[1], row[4]) for row in rows)
    langs = ["fr", "en", "de", "es"]
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in langs) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in langs]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in counts) + f"  {sum(counts):5d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in langs]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
