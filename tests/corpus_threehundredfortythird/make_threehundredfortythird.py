"""Build corpus 343 (Benedikt Schwarzenbacher, chef moving into food safety / QA) from the
hand-written specs in msgs343_*.py. Standard library only; deterministic output.

    python tests/corpus_threehundredfortythird/make_threehundredfortythird.py

Deletes and rewrites only the *.eml files under its kind folders and labels.csv, then re-parses
every message with email.policy.default and checks it (defects, round trips, label rules).
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import html
import importlib
import re
import sys
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MODULES = ["msgs343_acks", "msgs343_invites", "msgs343_rejections", "msgs343_other"]
KINDS = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
LANGS = {"en", "de", "fr", "es"}
CANDIDATE = "benedikt.schwarzenbacher@example.de"
CANDIDATE_TO = f"Benedikt Schwarzenbacher <{CANDIDATE}>"
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"(no-?reply|do-?not-?reply|notification|newsletter|alert|mailer|info@)")
LEGAL_FORM = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd|Limited|Inc|LLC|plc|KG|e\.V\.|S\.L\.U\.)\.?$"
    r"|\b(GmbH|Ltd|Inc|SARL|SAS)\b"
)
POLICY = email.policy.default.clone(linesep="\n")
CTE_CYCLE = ["quoted-printable", "8bit", "base64"]

DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}

VTZ = {
    "cet": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "uk": ("+0000", "+0100", "GMT", "BST", "010000", "020000"),
}


# ---------------------------------------------------------------- small pieces


def when(spec: dict[str, Any]) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def fmt_addr(pair: tuple[str, str]) -> str:
    name, addr = pair
    if not name:
        return addr
    if re.search(r'[,;:()<>@"\[\]\\.]', name):
        return '"' + name.replace('"', "") + f'" <{addr}>'
    return f"{name} <{addr}>"


def is_system(addr: str) -> bool:
    local, dom = addr.lower().rsplit("@", 1)
    return dom.endswith(ATS_DOMAINS) or bool(SYSTEM_LOCAL.search(local + "@"))


def encoded_words(text: str, charset: str, enc: str, limit: int = 60) -> list[str]:
    """RFC 2047 words (Q or B) of at most `limit` characters, split on character bounds."""
    prefix = f"=?{charset}?{enc}?"

    def body(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for byte in raw:
            char = chr(byte)
            if byte == 0x20:
                out.append("_")
            elif char.isascii() and (char.isalnum() or char in "!*+-/"):
                out.append(char)
            else:
                out.append(f"={byte:02X}")
        return "".join(out)

    words: list[str] = []
    current = ""
    for char in text:
        trial = current + char
        if current and len(prefix + body(trial) + "?=") > limit:
            words.append(prefix + body(current) + "?=")
            current = char
        else:
            current = trial
    if current:
        words.append(prefix + body(current) + "?=")
    return words


def fold_ascii(text: str, used: int) -> str:
    """Fold an ASCII header value at spaces so no line passes 78 characters."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        budget = 78 - (used if not lines else 1)
        if current and len(current) + 1 + len(word) > budget:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "\n ".join(lines)


def attribution(style: str, parent: dict[str, Any]) -> str:
    dt = when(parent)
    name, addr = parent["frm"]
    hm = dt.strftime("%H:%M")
    wd = dt.weekday()
    if style == "en":
        return f"On {DAYS['en'][wd][:3]}, {dt.day} {MONTHS['en'][dt.month - 1][:3]} {dt.year} at {hm}, {name} <{addr}> wrote:"
    if style == "de":
        return f"Am {dt:%d.%m.%Y} um {hm} schrieb {name} <{addr}>:"
    if style == "fr":
        return f"Le {DAYS['fr'][wd]} {dt.day} {MONTHS['fr'][dt.month - 1]} {dt.year} à {hm}, {name} <{addr}> a écrit :"
    if style == "es":
        return f"El {DAYS['es'][wd]}, {dt.day} {MONTHS['es'][dt.month - 1]} {dt.year} a las {hm}, {name} (<{addr}>) escribió:"
    to = parent.get("to") or [("Benedikt Schwarzenbacher", CANDIDATE)]
    to_text = "; ".join(fmt_addr(t) for t in to)
    if style == "outlook_de":
        sent = f"{DAYS['de'][wd]}, {dt.day}. {MONTHS['de'][dt.month - 1]} {dt.year} {hm}"
        return ("-----Ursprüngliche Nachricht-----\n"
                f"Von: {name} <{addr}>\nGesendet: {sent}\nAn: {to_text}\n"
                f"Betreff: {parent['subject']}")
    if style == "outlook_en":
        hour = dt.hour % 12 or 12
        ampm = "AM" if dt.hour < 12 else "PM"
        sent = (f"{DAYS['en'][wd]}, {MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year} "
                f"{hour}:{dt.minute:02d} {ampm}")
        return ("________________________________\n"
                f"From: {name} <{addr}>\nSent: {sent}\nTo: {to_text}\n"
                f"Subject: {parent['subject']}")
    raise ValueError(style)


def full_text(spec: dict[str, Any], by_key: dict[str, dict[str, Any]]) -> str:
    """The message's own text plus, if asked, the quoted parent (recursively)."""
    if "_full" in spec:
        return spec["_full"]
    text = spec["text"]
    style = spec.get("quote")
    if style:
        parent = by_key[spec["parent"]]
        earlier = full_text(parent, by_key).rstrip("\n")
        head = attribution(style, parent)
        if style.startswith("outlook"):
            text = text.rstrip("\n") + "\n\n" + head + "\n\n" + earlier + "\n"
        else:
            quoted = "\n".join(">" if not ln else "> " + ln if not ln.startswith(">")
                               else ">" + ln for ln in earlier.split("\n"))
            text = text.rstrip("\n") + "\n\n" + head + "\n" + quoted + "\n"
    spec["_full"] = text
    return text


def to_html(text: str, lang: str, brand: str | None) -> str:
    """A plain HTML shell around the text: paragraphs, blockquotes for quoted lines."""

    def render(lines: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(lines):
            if lines[i].startswith(">"):
                block = []
                while i < len(lines) and lines[i].startswith(">"):
                    block.append(lines[i][1:].removeprefix(" "))
                    i += 1
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                           'padding-left:1ex">')
                out.extend(render(block))
                out.append("</blockquote>")
                continue
            para = []
            while i < len(lines) and lines[i] and not lines[i].startswith(">"):
                para.append(html.escape(lines[i]))
                i += 1
            if para:
                out.append("<p>" + "<br>\n".join(para) + "</p>")
            else:
                i += 1
        return out

    body = "\n".join(render(text.rstrip("\n").split("\n")))
    top = ""
    if brand:
        top = (f'<div style="background:#2f4f4f;color:#fff;padding:12px;font-size:18px">'
               f"{html.escape(brand)}</div>\n")
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(brand or '')}</title>\n</head>\n"
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{top}'
            f'<div style="padding:12px">\n{body}\n</div>\n</body>\n</html>\n')


def ics_text(cal: dict[str, Any]) -> str:
    zone = VTZ["uk" if cal["tz"] == "Europe/London" else "cet"]
    std, dst, std_name, dst_name, spring, autumn = zone
    start = datetime.strptime(cal["start"], "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
    end = datetime.strptime(cal["end"], "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
    name, addr = cal["organizer"]
    status = "CANCELLED" if cal["method"] == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus343//Calendar 1.0//EN",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{cal['tz']}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        f"DTSTART:19700329T{spring}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        f"DTSTART:19701025T{autumn}",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal['seq']}",
        f"DTSTAMP:{cal['stamp']}",
        f"DTSTART;TZID={cal['tz']}:{start}",
        f"DTEND;TZID={cal['tz']}:{end}",
        f"SUMMARY:{cal['summary']}",
    ]
    if cal["location"]:
        lines.append(f"LOCATION:{cal['location']}")
    lines += [
        f'ORGANIZER;CN="{name}":mailto:{addr}',
        f"ATTENDEE;CN=Benedikt Schwarzenbacher;RSVP=TRUE:mailto:{CANDIDATE}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


def make_pdf(lines: tuple[str, ...]) -> bytes:
    """A valid one-page PDF (Helvetica, WinAnsi) with the lines of text."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
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
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---------------------------------------------------------------- building


def message_id(spec: dict[str, Any]) -> str:
    digest = hashlib.sha1(spec["key"].encode()).hexdigest()[:12]
    stamp = when(spec).strftime("%Y%m%d%H%M")
    return f"<{stamp}.{digest}.{spec['key']}@{domain_of(spec['frm'][1])}>"


def set_headers(msg: EmailMessage, spec: dict[str, Any], by_key: dict[str, Any]) -> None:
    name, addr = spec["frm"]
    if spec.get("from_enc"):
        charset, enc = spec["from_enc"]
        # one encoded word: Python's phrase parser keeps the space between two of them
        (word,) = encoded_words(name, charset, enc, 72)
        msg.set_raw("From", f"{word}\n <{addr}>")
    else:
        msg["From"] = fmt_addr(spec["frm"])
    to = spec.get("to") or [("Benedikt Schwarzenbacher", CANDIDATE)]
    msg["To"] = ", ".join(fmt_addr(t) for t in to)
    if spec.get("cc"):
        msg["Cc"] = ", ".join(fmt_addr(t) for t in spec["cc"])
    if spec.get("reply_to"):
        msg["Reply-To"] = fmt_addr(spec["reply_to"])
    subject = spec["subject"]
    if spec.get("subj_enc") or not subject.isascii():
        # Python's own folding can leave a space before a fold; encode non-ASCII subjects here.
        charset, enc = spec.get("subj_enc") or ("utf-8", "QB"[len(subject) % 2])
        msg.set_raw("Subject", "\n ".join(encoded_words(spec["subject"], charset, enc)))
    else:
        msg.set_raw("Subject", fold_ascii(subject, len("Subject: ")))
    msg["Date"] = format_datetime(when(spec))
    msg["Message-ID"] = message_id(spec)
    if spec.get("parent"):
        chain = []
        cur = by_key[spec["parent"]]
        while True:
            chain.insert(0, message_id(cur))
            if not cur.get("parent"):
                break
            cur = by_key[cur["parent"]]
        msg["In-Reply-To"] = chain[-1]
        msg["References"] = " ".join(chain)
    for hname, hvalue in spec.get("headers", {}).items():
        msg[hname] = hvalue


def build(spec: dict[str, Any], by_key: dict[str, Any], index: int) -> tuple[bytes, list[str]]:
    """The message bytes and the text bodies (in order) it must round-trip."""
    msg = EmailMessage(policy=POLICY)
    set_headers(msg, spec, by_key)
    text = full_text(spec, by_key)
    charset = spec.get("charset", "utf-8")
    non_ascii = not text.isascii()
    try:
        text.encode(charset)
    except UnicodeEncodeError as error:
        raise ValueError(f"{spec['key']}: text not in {charset}: {error}") from None
    cte = spec.get("cte") or (CTE_CYCLE[index % 3] if non_ascii else "7bit")
    layout = spec.get("layout", "alt" if spec.get("html") else "plain")
    expected: list[str] = []
    html_text = spec.get("html")
    if html_text == "auto" or (layout in ("html", "alt") and not html_text):
        html_text = to_html(text, spec["lang"], spec.get("brand"))
    html_cte = spec.get("html_cte", "quoted-printable")
    if layout == "html":
        msg.set_content(html_text, subtype="html", charset=charset, cte=html_cte)
        expected.append(html_text)
    else:
        msg.set_content(text, charset=charset, cte=cte)
        expected.append(text)
        if layout == "alt":
            msg.add_alternative(html_text, subtype="html", charset=charset, cte=html_cte)
            expected.append(html_text)
    cal = spec.get("ics")
    if cal:
        body = ics_text(cal)
        if spec.get("ics_as", "alt") == "alt":
            if msg.get_content_type() != "multipart/alternative":
                msg.make_alternative()
            msg.add_alternative(body, subtype="calendar", charset="utf-8", cte="8bit",
                                params={"method": cal["method"]})
        else:
            msg.add_attachment(body, subtype="calendar", charset="utf-8", cte="base64",
                               params={"method": cal["method"]}, filename="invite.ics")
        expected.append(body)
    for filename, lines in spec.get("pdfs", []):
        msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                           filename=filename)
    inner = spec.get("forward")
    if inner:
        inner_bytes, inner_expected = build(inner, by_key, index + 1)
        inner_msg = email.message_from_bytes(inner_bytes, policy=POLICY)
        msg.add_attachment(inner_msg)
        expected.extend(inner_expected)
    number = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            number += 1
            part.set_boundary(f"=_343_{index:03d}_{number}_{spec['key'][:12]}")
    return msg.as_bytes(policy=POLICY), expected


# ---------------------------------------------------------------- checks


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict[str, Any], expected: list[str], row: dict[str, str]) -> None:
    where = f"{path.name}"
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[hname] is not None, f"{where}: no {hname}"
        assert not msg[hname].defects, f"{where}: {hname} defects {msg[hname].defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    display = msg["From"].addresses[0].display_name
    assert display == spec["frm"][0], f"{where}: from name {display!r}"
    assert msg["Date"].datetime == when(spec), f"{where}: date"
    assert msg["Date"].datetime.year == 2026
    got = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    assert got == [norm(t) for t in expected], f"{where}: text bodies differ"
    kind, company, contact, lang = row["kind"], row["company"], row["contact"], row["language"]
    assert kind in KINDS and lang in LANGS, where
    assert (company == "") == (kind == "other"), f"{where}: company vs kind"
    assert company == company.strip() and not LEGAL_FORM.search(company), f"{where}: {company}"
    senders = [a.lower() for _, a in getaddresses(
        [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
    if spec["frm"][1] == CANDIDATE:
        assert kind == "other" and contact == "", f"{where}: own mail"
    if contact:
        assert contact == contact.lower() and contact in senders, f"{where}: contact {contact}"
        assert contact != CANDIDATE and not is_system(contact), f"{where}: contact {contact}"
    else:
        human = [a for a in senders if a != CANDIDATE and not is_system(a)]
        reply = spec.get("reply_to")
        if reply and not is_system(reply[1]) and spec["frm"][1] != CANDIDATE:
            raise AssertionError(f"{where}: human Reply-To {reply[1]} but no contact")
        if human and spec["kind"] != "other" and not spec.get("contact_none_ok"):
            raise AssertionError(f"{where}: human sender {human} but no contact")


def resolve_contact(spec: dict[str, Any]) -> str:
    contact = spec["contact"]
    if contact == "from":
        return spec["frm"][1].lower()
    if contact == "reply":
        return spec["reply_to"][1].lower()
    return contact


def main() -> None:
    sys.path.insert(0, str(HERE))
    specs: list[dict[str, Any]] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    by_key = {}
    for spec in specs:
        assert spec["key"] not in by_key, f"duplicate key {spec['key']}"
        by_key[spec["key"]] = spec
    for spec in specs:
        if spec.get("parent"):
            assert when(by_key[spec["parent"]]) < when(spec), f"{spec['key']}: parent later"
    specs.sort(key=lambda s: (when(s), s["key"]))
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    for index, spec in enumerate(specs, start=1):
        assert spec["kind"] in KINDS and spec["lang"] in LANGS, spec["key"]
        rel = f"{spec['kind']}/{index:03d}_{spec['key']}.eml"
        data, expected = build(spec, by_key, index)
        (HERE / rel).write_bytes(data)
        row = {"file": rel, "kind": spec["kind"], "company": spec["company"],
               "contact": resolve_contact(spec), "language": spec["lang"]}
        check(HERE / rel, spec, expected, row)
        rows.append(row)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                    "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[row["kind"], row["language"]] = counts.get((row["kind"], row["language"]), 0) + 1
    print(f"{len(rows)} messages")
    print(f"{'kind':32} " + " ".join(f"{lang:>4}" for lang in ("de", "en", "fr", "es")) + "  sum")
    for kind in KINDS:
        cells = [counts.get((kind, lang), 0) for lang in ("de", "en", "fr", "es")]
        print(f"{kind:32} " + " ".join(f"{c:4d}" for c in cells) + f"  {sum(cells):3d}")
    totals = [sum(counts.get((k, lang), 0) for k in KINDS) for lang in ("de", "en", "fr", "es")]
    print(f"{'total':32} " + " ".join(f"{c:4d}" for c in totals) + f"  {sum(totals):3d}")


if __name__ == "__main__":
    main()
