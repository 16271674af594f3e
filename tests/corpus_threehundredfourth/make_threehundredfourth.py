"""Build the threehundredfourth blind corpus: every message spec in msgs304_*.py becomes one .eml.

Standard library only. Run: python tests/corpus_threehundredfourth/make_threehundredfourth.py

The script deletes and rewrites only the *.eml files and labels.csv in its own folder, and the
output is deterministic: boundaries, Message-IDs and dates come from the specs. Every message is
re-parsed with email.policy.default and checked (no defects; subject, From name, date and every
text body round-trip; the label rules hold).
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import html
import importlib
import io
import quopri
import re
import sys
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MODULES = ["msgs304_threads", "msgs304_rejections", "msgs304_invites", "msgs304_acks",
           "msgs304_other"]
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGUAGES = {"en", "de", "fr", "es"}
CANDIDATE = "oceane.ln@example.fr"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_WORDS = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "notification",
                "mailer-daemon", "alerts", "newsletter", "news@", "info@")
LEGAL_FORM = re.compile(r"\b(GmbH|SA|SAS|S\.A|S\.L|SL|Ltd|Inc|AG|SARL|Sàrl|SE|NV|BV|LLP|KG|SCA|"
                        r"plc|LLC)\b")
POLICY = email.policy.compat32.clone(max_line_length=0, linesep="\n")

WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
VTIMEZONE = """BEGIN:VTIMEZONE
TZID:{tz}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


# ---------------------------------------------------------------- small helpers

def when(spec: dict[str, Any]) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def person(value: Any) -> tuple[str, str]:
    if isinstance(value, tuple):
        return value
    return ("", value)


def encode_words(text: str, charset: str = "utf-8", mode: str = "Q", size: int = 18) -> str:
    """RFC 2047 encoded words for the whole text (spaces inside the words), folded.

    A display name is one single word (size=0): Python's address parser keeps the space
    between adjacent encoded words of a phrase, real mail readers do not."""
    words, chunk = [], ""
    for char in text:
        if size and len(chunk) >= size:
            words.append(chunk)
            chunk = ""
        chunk += char
    if chunk:
        words.append(chunk)
    out = []
    for word in words:
        raw = word.encode(charset)
        if mode == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?=")
        else:
            enc = "".join(
                "_" if b == 0x20 else chr(b) if (chr(b).isalnum() and b < 128)
                else f"={b:02X}" for b in raw)
            out.append(f"=?{charset}?Q?{enc}?=")
    return "\n ".join(out)


def header_text(text: str, enc: tuple[str, str] | None) -> str:
    if enc is None and text.isascii():
        return text
    charset, mode = enc or ("utf-8", "Q")
    return encode_words(text, charset, mode)


def addr_header(value: Any, enc: tuple[str, str] | None = None) -> str:
    values = value if isinstance(value, list) else [value]
    out = []
    for item in values:
        name, addr = person(item)
        if not name:
            out.append(addr)
        elif name.isascii() and enc is None:
            quoted = f'"{name}"' if re.search(r"[(),.:;<>@\[\]\"]", name) else name
            out.append(f"{quoted} <{addr}>")
        else:
            charset, mode = enc or ("utf-8", "Q")
            word = encode_words(name, charset, mode, size=0)
            assert len(word) <= 75, f"encoded display name too long: {name}"
            out.append(f"{word} <{addr}>")
    return ", ".join(out)


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8",
              cte: str = "quoted-printable", extra: str = "") -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    part["Content-Transfer-Encoding"] = cte
    raw = text.encode(charset)
    if cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "8bit":
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        assert raw.isascii(), "7bit needs ascii"
        part.set_payload(text)
    return part


def multipart(subtype: str, parts: list[Message], boundary: str, extra: str = "") -> Message:
    box = Message()
    box["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"{extra}'
    for part in parts:
        box.attach(part)
    return box


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines in Helvetica."""
    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(
        f"({esc(line)}) Tj T*\n" for line in lines) + "ET"
    body = stream.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


def pdf_part(name: str, lines: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{name}"'
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(pdf_bytes(lines)).decode("ascii"))
    return part


def ics_text(ics: dict[str, Any], stamp: datetime) -> str:
    tz = ics.get("tz", "Europe/Paris")
    organizer_name, organizer = person(ics["organizer"])
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus304//Calendar 1.0//EN",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        VTIMEZONE.format(tz=tz),
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp_utc(stamp)}",
        f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN=\"{organizer_name}\":mailto:{organizer}",
        f"ATTENDEE;CN=\"Océane Lefebvre-Ndiaye\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CANDIDATE}",
        f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
    ]
    if ics.get("description"):
        lines.append("DESCRIPTION:" + ics["description"].replace("\n", "\\n"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def stamp_utc(stamp: datetime) -> str:
    return stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# ---------------------------------------------------------------- quoting

def attribution(style: str, spec: dict[str, Any]) -> str:
    name, addr = person(spec["frm"])
    name = name or addr
    moment = when(spec)
    hm = moment.strftime("%H:%M")
    day, month = moment.weekday(), moment.month - 1
    if style == "en":
        return (f"On {WEEKDAYS['en'][day]}, {moment.day} {MONTHS['en'][month]} 2026 at {hm}, "
                f"{name} <{addr}> wrote:")
    if style == "fr":
        return (f"Le {WEEKDAYS['fr'][day]} {moment.day} {MONTHS['fr'][month]} 2026 à {hm}, "
                f"{name} <{addr}> a écrit :")
    if style == "de":
        return (f"Am {WEEKDAYS['de'][day]}, {moment.day}. {MONTHS['de'][month]} 2026 um {hm} "
                f"schrieb {name} <{addr}>:")
    if style == "es":
        return (f"El {WEEKDAYS['es'][day]}, {moment.day} {MONTHS['es'][month]} 2026 a las {hm}, "
                f"{name} (<{addr}>) escribió:")
    raise ValueError(style)


def outlook_block(style: str, spec: dict[str, Any]) -> str:
    name, addr = person(spec["frm"])
    moment = when(spec)
    to = ", ".join(person(item)[1] for item in (
        spec.get("to") if isinstance(spec.get("to"), list) else [spec.get("to") or CANDIDATE]))
    if style == "outlook_fr":
        labels = ("De", "Envoyé", "À", "Objet")
        sent = moment.strftime("%d/%m/%Y %H:%M")
        sep = "________________________________"
        colon = " : "
    elif style == "outlook_de":
        labels = ("Von", "Gesendet", "An", "Betreff")
        sent = moment.strftime("%d.%m.%Y %H:%M")
        sep = "-----Ursprüngliche Nachricht-----"
        colon = ": "
    else:
        labels = ("From", "Sent", "To", "Subject")
        sent = (f"{LONG_DAYS[moment.weekday()]}, {LONG_MONTHS[moment.month - 1]} {moment.day}, "
                f"2026 {moment.strftime('%I:%M %p').lstrip('0')}")
        sep = "-----Original Message-----"
        colon = ": "
    return "\n".join([sep, f"{labels[0]}{colon}{name} <{addr}>", f"{labels[1]}{colon}{sent}",
                      f"{labels[2]}{colon}{to}", f"{labels[3]}{colon}{spec['subject']}"])


def full_text(spec: dict[str, Any], specs: dict[str, dict[str, Any]],
              memo: dict[str, str]) -> str:
    """The plain text of a spec with its quoted chain (resolved recursively)."""
    key = spec["key"]
    if key in memo:
        return memo[key]
    text = spec.get("text") or strip_html(spec.get("html", ""))
    style = spec.get("quote")
    if spec.get("reply_of") and style:
        earlier = specs[spec["reply_of"]]
        earlier_text = full_text(earlier, specs, memo).rstrip("\n")
        if style.startswith("outlook"):
            quoted = outlook_block(style, earlier) + "\n\n" + earlier_text
        else:
            quoted = attribution(style, earlier) + "\n" + "\n".join(
                (">" + line) if line.startswith(">") else ("> " + line if line else ">")
                for line in earlier_text.split("\n"))
        text = text.rstrip("\n") + "\n\n" + quoted + "\n"
    memo[key] = text
    return text


def strip_html(markup: str) -> str:
    text = re.sub(r"<(br|/p|/div|/tr|/h\d|/li)[^>]*>", "\n", markup)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.split("\n"))).strip()


def quoted_html(spec: dict[str, Any], specs: dict[str, dict[str, Any]],
                memo: dict[str, str]) -> str:
    earlier = specs[spec["reply_of"]]
    earlier_text = full_text(earlier, specs, memo).rstrip("\n")
    style = spec["quote"]
    head = (outlook_block(style, earlier) if style.startswith("outlook")
            else attribution(style, earlier))
    return ("<div class=\"quote\"><p>" + html.escape(head).replace("\n", "<br>\n") + "</p>\n"
            "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;"
            "padding-left:1ex\">" + html.escape(earlier_text).replace("\n", "<br>\n")
            + "</blockquote></div>")


# ---------------------------------------------------------------- building

def message_id(spec: dict[str, Any]) -> str:
    if spec.get("message_id"):
        return spec["message_id"]
    _, addr = person(spec["frm"])
    domain = addr.split("@", 1)[1]
    digest = hashlib.sha1(("304:" + spec["key"]).encode()).hexdigest()[:16]
    return f"<{digest}.{spec['key'].replace('_', '.')}@{domain}>"


def references(spec: dict[str, Any], specs: dict[str, dict[str, Any]]) -> list[str]:
    if not spec.get("reply_of"):
        return []
    earlier = specs[spec["reply_of"]]
    return [*references(earlier, specs), message_id(earlier)]


def build(spec: dict[str, Any], specs: dict[str, dict[str, Any]], memo: dict[str, str],
          expected: list[str]) -> Message:
    """One message; `expected` collects the text of every text part in walk order."""
    key = spec["key"]
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    text = full_text(spec, specs, memo) if spec.get("text") is not None else None
    markup = spec.get("html")
    if markup is not None and spec.get("reply_of") and spec.get("quote"):
        markup = markup.replace("</body>", quoted_html(spec, specs, memo) + "\n</body>")
    bodies: list[tuple[str, str]] = []
    if text is not None:
        bodies.append(("plain", text))
    if markup is not None:
        bodies.append(("html", markup))
    parts = [text_part(body, sub, charset, spec.get("html_cte", cte) if sub == "html" else cte)
             for sub, body in bodies]
    for _, body in bodies:
        expected.append(body)
    ics = spec.get("ics")
    if ics is not None:
        cal = ics_text(ics, when(spec))
        calendar = text_part(cal, "calendar", "utf-8", "7bit" if cal.isascii() else "8bit",
                             f"; method={ics['method']}")
        parts.append(calendar)
        expected.append(cal)
    body: Message = parts[0] if len(parts) == 1 else multipart(
        "alternative", parts, f"=_304_{key}_alt")
    attachments: list[Message] = []
    if ics is not None and spec.get("ics_attach"):
        cal = ics_text(ics, when(spec))
        extra = text_part(cal, "calendar", "utf-8", "7bit" if cal.isascii() else "8bit",
                          f"; method={ics['method']}; name=\"invite.ics\"")
        extra["Content-Disposition"] = 'attachment; filename="invite.ics"'
        attachments.append(extra)
        expected.append(cal)
    for name, lines in spec.get("pdfs", []):
        attachments.append(pdf_part(name, lines))
    if spec.get("forward") is not None:
        inner_spec = spec["forward"]
        inner_expected: list[str] = []
        inner = build(inner_spec, specs, memo, inner_expected)
        wrapper = Message()
        wrapper["Content-Type"] = "message/rfc822"
        wrapper["Content-Disposition"] = "inline"
        wrapper.set_payload([inner])
        attachments.append(wrapper)
        expected.extend(inner_expected)
    top = multipart("mixed", [body, *attachments], f"=_304_{key}_mix") if attachments else body
    msg = Message()
    headers: list[tuple[str, str]] = []
    headers.append(("From", addr_header(spec["frm"], spec.get("name_enc"))))
    if spec.get("sender"):
        headers.append(("Sender", addr_header(spec["sender"])))
    if spec.get("reply_to"):
        headers.append(("Reply-To", addr_header(spec["reply_to"], spec.get("reply_enc"))))
    to = spec.get("to") or ("Océane Lefebvre-Ndiaye", CANDIDATE)
    headers.append(("To", addr_header(to, spec.get("to_enc"))))
    if spec.get("cc"):
        headers.append(("Cc", addr_header(spec["cc"])))
    headers.append(("Subject", header_text(spec["subject"], spec.get("subj_enc"))))
    headers.append(("Date", format_datetime(when(spec))))
    headers.append(("Message-ID", message_id(spec)))
    refs = references(spec, specs)
    if refs:
        headers.append(("In-Reply-To", refs[-1]))
        headers.append(("References", "\n ".join(refs)))
    for name, value in spec.get("headers", {}).items():
        headers.append((name, value))
    headers.append(("MIME-Version", "1.0"))
    for name, value in headers:
        msg[name] = value
    for name, value in top.items():
        msg[name] = value
    msg.set_payload(top._payload)  # raw: get_payload() would decode 8bit text
    return msg


def serialize(msg: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=POLICY).flatten(msg)
    return out.getvalue()


# ---------------------------------------------------------------- checks

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict[str, Any], raw: bytes, expected: list[str]) -> None:
    key = spec["key"]
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    for part in parsed.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
    assert str(parsed["Subject"]) == spec["subject"], f"{key}: subject {parsed['Subject']!r}"
    name, addr = person(spec["frm"])
    got = parsed["From"].addresses[0]
    assert got.display_name == name and got.addr_spec == addr, f"{key}: From {got!r}"
    assert parsed["Date"].datetime == when(spec), f"{key}: date"
    assert parsed["Date"].datetime.year == 2026
    texts = [norm(part.get_content()) for part in parsed.walk()
             if part.get_content_maintype() == "text"]
    assert texts == [norm(body) for body in expected], f"{key}: bodies do not round-trip"
    for needle in spec.get("visible", []):
        assert needle.lower() in " ".join(texts).lower(), f"{key}: missing {needle!r}"
    # label rules
    kind, company, contact, lang = spec["kind"], spec.get("company", ""), spec.get(
        "contact", ""), spec["lang"]
    assert kind in KINDS and lang in LANGUAGES, key
    own = addr.lower() == CANDIDATE
    if kind == "other":
        assert company == "", f"{key}: company on other"
    else:
        assert company and company == company.strip(), f"{key}: company missing"
        assert not LEGAL_FORM.search(company), f"{key}: legal form in {company!r}"
        assert not own, f"{key}: own mail must be other"
    if own:
        assert contact == "", f"{key}: own mail has a contact"
    if contact:
        assert contact == contact.lower(), key
        header_addrs = [a.lower() for _, a in getaddresses(
            [str(v) for n in ("Reply-To", "From") for v in parsed.get_all(n, [])])]
        assert contact in header_addrs, f"{key}: contact not in Reply-To/From"
        assert contact != CANDIDATE
        assert not contact.endswith(ATS_DOMAINS), f"{key}: ATS contact"
        assert not any(w in contact for w in SYSTEM_WORDS[:6]), f"{key}: system contact"
        reply = [a.lower() for _, a in getaddresses(
            [str(v) for v in parsed.get_all("Reply-To", [])])]
        if reply and contact not in reply:
            assert spec.get("reply_to_system"), f"{key}: Reply-To human but contact is From"
    else:
        # a human sender with no contact must be the candidate or a system mailbox
        sender = addr.lower()
        bulk = spec.get("headers", {}).get("Precedence") == "bulk"
        if not own and not spec.get("system") and not bulk:
            assert sender.endswith(ATS_DOMAINS) or any(w in sender for w in SYSTEM_WORDS), (
                f"{key}: human-looking sender {sender} but no contact")


def load_specs() -> list[dict[str, Any]]:
    sys.path.insert(0, str(HERE))
    specs: list[dict[str, Any]] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    return specs


def main() -> None:
    specs = load_specs()
    by_key: dict[str, dict[str, Any]] = {}
    for spec in specs:
        assert spec["key"] not in by_key, f"duplicate key {spec['key']}"
        assert re.fullmatch(r"[a-z0-9_]+", spec["key"]), spec["key"]
        by_key[spec["key"]] = spec
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    for kind in KINDS:
        (HERE / kind).mkdir(exist_ok=True)
    memo: dict[str, str] = {}
    rows = []
    ids = set()
    ordered = sorted(specs, key=lambda s: (when(s), s["key"]))
    for number, spec in enumerate(ordered, 1):
        expected: list[str] = []
        msg = build(spec, by_key, memo, expected)
        raw = serialize(msg)
        check(spec, raw, expected)
        mid = message_id(spec)
        assert mid not in ids, f"duplicate Message-ID {mid}"
        ids.add(mid)
        rel = f"{spec['kind']}/{number:03d}_{spec['key']}.eml"
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(sorted(LANGUAGES), 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    langs = sorted(LANGUAGES)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in langs) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:>5}" for lang in langs)
              + f"  {sum(counts.values()):>5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in langs}
    print(f"{'total':32}" + "".join(f"{totals[lang]:>5}" for lang in langs) + f"  {len(rows):>5}")


if __name__ == "__main__":
    main()
