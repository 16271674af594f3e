"""Build corpus 180 from the hand-written specs in the msgs180_* modules.

Run from the repository root:  python tests/corpus_hundredeightieth/make_hundredeightieth.py

Standard library only. Deletes and rewrites *.eml and labels.csv in this folder, nothing else.
Every written message is parsed again with the default policy and checked: no defects, the
subject, the From display name and every text body come back as written.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs180_acks  # noqa: E402
import msgs180_invites  # noqa: E402
import msgs180_other  # noqa: E402
import msgs180_rejections  # noqa: E402
from msgs180_common import CANDIDATE, SHELLS, paragraphs_html  # noqa: E402

KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]

# --------------------------------------------------------------------------- dates


def _last_sunday(year: int, month: int) -> int:
    day = 31
    while datetime(year, month, day).weekday() != 6:
        day -= 1
    return day


DST_START = datetime(2026, 3, _last_sunday(2026, 3), 1, 0)  # UTC
DST_END = datetime(2026, 10, _last_sunday(2026, 10), 1, 0)  # UTC


def zone_offset(zone: str, local: datetime) -> timedelta:
    """The sender's UTC offset for a local wall-clock time in 2026."""
    if zone == "UTC":
        return timedelta(0)
    if zone in ("CET", "WET"):
        base = timedelta(hours=1 if zone == "CET" else 0)
        utc_guess = local - base
        return base + (timedelta(hours=1) if DST_START <= utc_guess < DST_END else timedelta(0))
    if zone == "US":  # US Eastern, DST 8 March - 1 November 2026
        start, end = datetime(2026, 3, 8, 7), datetime(2026, 11, 1, 6)
        utc_guess = local + timedelta(hours=5)
        return timedelta(hours=-4) if start <= utc_guess < end else timedelta(hours=-5)
    raise ValueError(zone)


DEFAULT_ZONE = {"es": "CET", "fr": "CET", "de": "CET", "en": "WET"}


def make_date(spec: dict) -> str:
    local = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    if local.year != 2026:
        raise ValueError(spec["slug"])
    zone = spec.get("zone", DEFAULT_ZONE[spec["lang"]])
    offset = zone_offset(zone, local)
    seconds = int(hashlib.sha1(spec["slug"].encode()).hexdigest()[:4], 16) % 60
    stamp = local.replace(second=seconds, tzinfo=timezone(offset))
    return format_datetime(stamp)


# --------------------------------------------------------------------------- headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(data: bytes) -> str:
    out = []
    for byte in data:
        if byte == 0x20:
            out.append("_")
        elif byte in _Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encode_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words for text, each at most 75 characters, split on characters."""
    words, chunk = [], ""
    prefix = f"=?{charset}?{enc}?"

    def encoded(piece: str) -> str:
        data = piece.encode(charset)
        body = _q(data) if enc == "Q" else base64.b64encode(data).decode("ascii")
        return prefix + body + "?="

    for char in text:
        if len(encoded(chunk + char)) > 75:
            words.append(encoded(chunk))
            chunk = char
        else:
            chunk += char
    if chunk:
        words.append(encoded(chunk))
    return " ".join(words)


def encode_subject(subject: str, how: tuple[str, str, str] | None) -> str:
    """The Subject value: plain ASCII, whole encoded words, or encoded only where non-ASCII."""
    if how is None:
        if subject.isascii():
            return subject
        how = ("utf-8", "Q", "full")
    charset, enc, mode = how
    if mode == "full":
        return encode_words(subject, charset, enc)
    # partial: runs of words with non-ASCII letters are encoded together, the rest stays plain
    words = subject.split(" ")
    out: list[str] = []
    run: list[str] = []
    for word in words:
        if word.isascii() and not run:
            out.append(word)
        elif word.isascii():
            # close the run: the space before this plain word must stay visible
            out.append(encode_words(" ".join(run), charset, enc))
            run = []
            out.append(word)
        else:
            run.append(word)
    if run:
        out.append(encode_words(" ".join(run), charset, enc))
    return " ".join(out)


def encode_addr(pair: tuple[str, str], how: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    charset, enc = how or ("utf-8", "B")
    # Only the words with non-ASCII letters become encoded words (a run of them shares one):
    # whitespace between two encoded words is dropped by RFC 2047 readers, so a phrase split
    # into several encoded words would not read back the same everywhere.
    return f"{encode_subject(name, (charset, enc, 'partial'))} <{addr}>"


def fold(name: str, value: str) -> str:
    """One header field, folded at spaces near 76 columns."""
    words = value.split(" ")
    lines, line = [], f"{name}:"
    for word in words:
        if len(line) + 1 + len(word) > 76 and line != f"{name}:":
            lines.append(line)
            line = " " + word
        else:
            line = f"{line} {word}"
    lines.append(line)
    return "\n".join(lines)


# --------------------------------------------------------------------------- parts


def _text_payload(text: str, charset: str, cte: str) -> str:
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "7bit":
        if not data.isascii():
            raise ValueError("7bit with non-ASCII text")
        return text
    if cte == "8bit":
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text_part(text: str, subtype: str, charset: str, cte: str, extra: str = "") -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    part["Content-Transfer-Encoding"] = cte
    if not text.endswith("\n"):
        text += "\n"
    part.set_payload(_text_payload(text, charset, cte))
    return part


def container(subtype: str, boundary: str, children: list[Message]) -> Message:
    part = Message()
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for child in children:
        part.attach(child)
    return part


def binary_part(data: bytes, ctype: str, filename: str, disposition: str = "attachment"
                ) -> Message:
    part = Message()
    if filename.isascii():
        part["Content-Type"] = f'{ctype}; name="{filename}"'
        part["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    else:
        from urllib.parse import quote as urlquote

        part["Content-Type"] = ctype
        part["Content-Disposition"] = (f"{disposition}; filename*=utf-8''"
                                       f"{urlquote(filename, safe='')}")
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


# --------------------------------------------------------------------------- PDF


def _pdf_text(line: str) -> str:
    raw = line.encode("cp1252", "replace").decode("latin-1")
    return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str], title: str) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with correct xref offsets."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for line in lines:
        ops.append(f"({_pdf_text(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _pdf_text(title).encode("latin-1") + b") /Producer (corpus180) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# --------------------------------------------------------------------------- iCalendar


def _ics_fold(line: str) -> str:
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    out, current = [], ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return "\r\n ".join(out)


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def make_ics(ics: dict, spec: dict) -> str:
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ics.get("minutes", 45))
    tzid = ics.get("tzid", "Europe/Madrid")
    organizer_name, organizer_addr = ics["organizer"]
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    method = ics["method"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M00Z')}",
        f"DTSTART;TZID={tzid}:{start.strftime('%Y%m%dT%H%M00')}",
        f"DTEND;TZID={tzid}:{end.strftime('%Y%m%dT%H%M00')}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
        f"LOCATION:{_ics_escape(ics.get('location', ''))}",
        f"ORGANIZER;CN={_ics_escape(organizer_name)}:mailto:{organizer_addr}",
        (f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
         f"RSVP=TRUE:mailto:{CANDIDATE[1]}"),
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(line) for line in lines) + "\r\n"


# --------------------------------------------------------------------------- messages


def load_specs() -> list[dict]:
    specs = []
    for module in (msgs180_rejections, msgs180_invites, msgs180_acks, msgs180_other):
        specs.extend(module.MESSAGES)
    order = {kind: i for i, kind in enumerate(KIND_ORDER)}
    specs.sort(key=lambda s: order[s["kind"]])  # stable: keeps each module's order per kind
    counters: dict[str, int] = {}
    for spec in specs:
        counters[spec["kind"]] = counters.get(spec["kind"], 0) + 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
    return specs


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(spec["slug"].encode()).hexdigest()[:16]
    domain = spec["frm"][1].split("@", 1)[1]
    stamp = spec["date"].replace("-", "").replace(" ", "").replace(":", "")
    return f"<{stamp}.{digest}@{domain}>"


_CTE_CYCLE = ["quoted-printable", "8bit", "base64", "quoted-printable", "8bit"]


def body_tree(spec: dict, index: int, boundary: str) -> Message:
    charset = spec.get("charset", "utf-8")
    text = spec.get("text")
    default_cte = "7bit" if (text or "").isascii() else _CTE_CYCLE[index % len(_CTE_CYCLE)]
    cte = spec.get("cte", default_cte)
    html_cte = spec.get("html_cte", "quoted-printable" if cte == "7bit" else cte)
    lang = spec["lang"]

    html = spec.get("html")
    if html in SHELLS:
        inner = spec.get("html_body") or paragraphs_html(text)
        if html == "card":
            html = SHELLS["card"](inner, lang, spec.get("brand", spec.get("company") or ""),
                                  spec.get("accent", "#1f5f8b"), spec.get("footer", ""))
        elif html == "newsletter":
            html = SHELLS["newsletter"](inner, lang, spec.get("brand", spec["frm"][0]),
                                        spec.get("accent", "#0b7a75"),
                                        spec.get("unsubscribe_url", ""))
        else:
            html = SHELLS[html](inner, lang)
    if html:
        html = html.replace('charset="utf-8"', f'charset="{charset}"')
        html = html.replace("charset=utf-8", f"charset={charset}")
        spec["_html"] = html

    alternatives: list[Message] = []
    if text is not None and not spec.get("html_only"):
        alternatives.append(text_part(text, "plain", charset, cte))
    if html:
        alternatives.append(text_part(html, "html", charset, html_cte))

    ics = spec.get("ics")
    ics_text = make_ics(ics, spec) if ics else None
    if ics_text:
        spec["_ics"] = ics_text
    mode = ics.get("mode", "inline") if ics else None
    if ics_text and mode in ("inline", "both"):
        cal = text_part(ics_text, "calendar", "utf-8",
                        "7bit" if ics_text.isascii() else "quoted-printable",
                        f"; method={ics['method']}")
        alternatives.append(cal)

    if len(alternatives) == 1:
        body = alternatives[0]
    else:
        body = container("alternative", boundary + "_alt", alternatives)

    attachments: list[Message] = []
    if ics_text and mode in ("attach", "both"):
        attachments.append(binary_part(ics_text.encode("utf-8"), "application/ics",
                                       ics.get("filename", "invite.ics")))
    for pdf in spec.get("pdfs", []):
        data = make_pdf(pdf["lines"], pdf.get("title", pdf["name"]))
        attachments.append(binary_part(data, "application/pdf", pdf["name"]))
    if spec.get("attach_eml"):
        inner_spec = spec["attach_eml"]
        inner_bytes = render_inner(inner_spec)
        rfc = Message()
        rfc["Content-Type"] = "message/rfc822"
        rfc["Content-Disposition"] = "inline"
        rfc.set_payload([email.message_from_bytes(inner_bytes,
                                                   policy=email.policy.compat32)])
        attachments.append(rfc)
    if attachments:
        return container("mixed", boundary + "_mix", [body, *attachments])
    return body


def _serialize(part: Message) -> bytes:
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False,
                   policy=email.policy.compat32.clone(linesep="\n", max_line_length=0)
                   ).flatten(part)
    return out.getvalue()


def render_inner(inner: dict) -> bytes:
    """A forwarded message carried as message/rfc822: headers written here, text/plain body."""
    charset = inner.get("charset", "utf-8")
    part = text_part(inner["text"].strip("\n") + "\n", "plain", charset,
                     inner.get("cte", "quoted-printable"))
    head = [
        fold("From", encode_addr(inner["frm"])),
        fold("To", encode_addr(inner.get("to", CANDIDATE))),
        fold("Subject", encode_subject(inner["subject"], inner.get("subject_enc"))),
        f"Date: {inner['date_header']}",
        f"Message-ID: {inner['message_id']}",
        "MIME-Version: 1.0",
    ]
    return ("\n".join(head) + "\n").encode("ascii") + _serialize(part)


def render(spec: dict, index: int, ids: dict[str, str]) -> bytes:
    boundary = f"=_c180_{index:03d}_{hashlib.sha1(spec['slug'].encode()).hexdigest()[:10]}"
    tree = body_tree(spec, index, boundary)

    head: list[tuple[str, str]] = []
    for name, value in spec.get("pre_headers", []):
        head.append((name, value))
    head.append(("From", encode_addr(spec["frm"], spec.get("name_enc"))))
    if spec.get("sender"):
        head.append(("Sender", encode_addr(spec["sender"])))
    to = spec.get("to", [CANDIDATE])
    head.append(("To", ", ".join(encode_addr(p, spec.get("to_enc")) for p in to)))
    if spec.get("cc"):
        head.append(("Cc", ", ".join(encode_addr(p) for p in spec["cc"])))
    if spec.get("reply_to"):
        head.append(("Reply-To", encode_addr(spec["reply_to"], spec.get("reply_to_enc"))))
    head.append(("Subject", encode_subject(spec["subject"], spec.get("subject_enc"))))
    head.append(("Date", make_date(spec)))
    head.append(("Message-ID", ids[spec["slug"]]))
    parent = spec.get("parent")
    if parent:
        chain = []
        cursor = parent
        while cursor:
            chain.append(ids[cursor])
            cursor = SPEC_BY_SLUG[cursor].get("parent")
        head.append(("In-Reply-To", ids[parent]))
        head.append(("References", " ".join(reversed(chain))))
    for name, value in spec.get("headers", []):
        head.append((name, value))
    head.append(("MIME-Version", "1.0"))

    block = "\n".join(fold(name, value) for name, value in head) + "\n"
    return block.encode("ascii") + _serialize(tree)


SPEC_BY_SLUG: dict[str, dict] = {}


# --------------------------------------------------------------------------- checks


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def check(spec: dict, raw: bytes) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = spec["file"]
    for part in msg.walk():
        if part.defects:
            raise AssertionError(f"{where}: defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                raise AssertionError(f"{where}: header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        raise AssertionError(f"{where}: subject {msg['Subject']!r} != {spec['subject']!r}")
    name = msg["From"].addresses[0].display_name
    if name != spec["frm"][0]:
        raise AssertionError(f"{where}: From name {name!r} != {spec['frm'][0]!r}")
    if msg["From"].addresses[0].addr_spec != spec["frm"][1]:
        raise AssertionError(f"{where}: From address")
    if not msg["Date"].datetime or msg["Date"].datetime.year != 2026:
        raise AssertionError(f"{where}: date")
    plains = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
    htmls = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    wrote_text = spec.get("text") is not None and not spec.get("html_only")
    if wrote_text and _norm(plains[0].get_content()) != _norm(spec["text"]):
        raise AssertionError(f"{where}: text body does not round-trip")
    if spec.get("_html") and _norm(htmls[0].get_content()) != _norm(spec["_html"]):
        raise AssertionError(f"{where}: html body does not round-trip")
    if cals and _norm(cals[0].get_content()) != _norm(spec["_ics"]):
        raise AssertionError(f"{where}: calendar part does not round-trip")
    for pdf in (p for p in msg.walk() if p.get_content_type() == "application/pdf"):
        data = pdf.get_content()
        if not (data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")):
            raise AssertionError(f"{where}: pdf")
    if not any(_norm(p.get_content()) for p in plains + htmls):
        raise AssertionError(f"{where}: no text")


def validate_labels(spec: dict) -> None:
    where = spec["slug"]
    if spec["lang"] not in ("es", "en", "fr", "de"):
        raise AssertionError(where)
    if spec["kind"] == "other" and spec.get("company"):
        raise AssertionError(f"{where}: other with company")
    if spec["kind"] != "other" and not spec.get("company"):
        raise AssertionError(f"{where}: job mail without company")
    contact = spec.get("contact", "")
    if contact:
        addrs = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            addrs.append(spec["reply_to"][1].lower())
        if contact not in addrs or contact != contact.lower():
            raise AssertionError(f"{where}: contact {contact} not in From/Reply-To")
    if spec["frm"][1] == CANDIDATE[1] and (contact or spec["kind"] != "other"):
        raise AssertionError(f"{where}: candidate's own mail")


def main() -> None:
    specs = load_specs()
    slugs = [s["slug"] for s in specs]
    if len(slugs) != len(set(slugs)):
        dupes = sorted({s for s in slugs if slugs.count(s) > 1})
        raise SystemExit(f"duplicate slugs: {dupes}")
    SPEC_BY_SLUG.update({s["slug"]: s for s in specs})
    ids = {s["slug"]: message_id(s) for s in specs}
    for spec in specs:
        validate_labels(spec)
        if spec.get("attach_eml"):
            inner = spec["attach_eml"]
            local = datetime.strptime(inner["date"], "%Y-%m-%d %H:%M")
            offset = zone_offset(inner.get("zone", "CET"), local)
            inner["date_header"] = format_datetime(local.replace(tzinfo=timezone(offset)))
            digest = hashlib.sha1((spec["slug"] + "/inner").encode()).hexdigest()[:16]
            inner["message_id"] = f"<{digest}@{inner['frm'][1].split('@', 1)[1]}>"

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    for kind in KIND_ORDER:
        (HERE / kind).mkdir(exist_ok=True)

    rows = []
    for index, spec in enumerate(specs, start=1):
        try:
            raw = render(spec, index, ids)
            check(spec, raw)
        except Exception as error:
            raise SystemExit(f"{spec['file']}: {error!r}") from error
        (HERE / spec["file"]).write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {}
    for spec in specs:
        table.setdefault(spec["kind"], {}).setdefault(spec["lang"], 0)
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{len(specs)} messages written")
    for kind in KIND_ORDER:
        row = table.get(kind, {})
        print(f"  {kind:32} " + " ".join(f"{lang}={row.get(lang, 0):2d}"
                                         for lang in ("es", "en", "fr", "de"))
              + f"  total={sum(row.values())}")


if __name__ == "__main__":
    main()
