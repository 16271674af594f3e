"""Build corpus 340 (Yannick Mbemba-Lefort) from the hand-written specs in msgs340_*.py.

Standard library only. Deletes and rewrites only the *.eml files under this folder's kind
folders and labels.csv; the output is byte-for-byte the same on every run. Every message is
re-parsed with email.policy.default and checked (no defects, subject, From name, date and
every text body round-trip) together with the label rules.

Run: python tests/corpus_threehundredfortieth/make_threehundredfortieth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import html
import io
import re
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs340_acks  # noqa: E402
import msgs340_invites  # noqa: E402
import msgs340_moves  # noqa: E402
import msgs340_offers  # noqa: E402
import msgs340_other_a  # noqa: E402
import msgs340_other_b  # noqa: E402
import msgs340_rejections  # noqa: E402
from msgs340_common import CANDIDATE  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("fr", "en", "de", "es")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|mailer|alerts?|"
                          r"news(letter)?|info|jobs|careers|bounce|ne-?pas-?repondre|"
                          r"no-?responder|nicht-?antworten|system)([.+-].*)?$")
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SA|S\.A\.|SAS|SARL|S\.L\.|SL|SLU|S\.A\.U\.|Ltd|Inc|"
                        r"BV|B\.V\.|NV|N\.V\.|SRL|SPRL|KG|SE|Sàrl|SCRL|LLC|plc)\.?$")

# --------------------------------------------------------------------------- dates

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
SHORT_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
SHORT_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def cet_offset(local: datetime) -> timedelta:
    """Central European time in 2026: summer time from 29 March 02:00 to 25 October 03:00."""
    summer = datetime(2026, 3, 29, 2, 0) <= local < datetime(2026, 10, 25, 3, 0)
    return timedelta(hours=2 if summer else 1)


def when(spec: dict) -> datetime:
    local = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    tz = spec.get("tz", "cet")
    if tz == "utc":
        return (local - cet_offset(local)).replace(tzinfo=UTC)
    if tz == "cet":
        return local.replace(tzinfo=timezone(cet_offset(local)))
    sign = 1 if tz[0] == "+" else -1
    hours, minutes = tz[1:].split(":")
    return local.replace(tzinfo=timezone(sign * timedelta(hours=int(hours),
                                                          minutes=int(minutes))))


def local_cet(moment: datetime) -> datetime:
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return utc + cet_offset(utc + timedelta(hours=1))


# --------------------------------------------------------------------------- headers


def encoded_word(text: str, how: str, charset: str, single: bool = False) -> str:
    """RFC 2047 encoded words (Q or B), each at most 75 characters, folded; a display name
    is one word (whitespace between words would stay inside a phrase)."""
    if single:
        words = encoded_word(text, how, charset).replace("?=\n =?" + charset + "?" +
                                                         how.upper() + "?", "")
        if how.lower() == "b":
            words = f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="
        assert len(words) <= 75, (text, words)
        return words
    raw = text.encode(charset)
    words: list[str] = []
    prefix = f"=?{charset}?{how.upper()}?"
    if how.lower() == "b":
        step = 27
        chunks: list[bytes] = []
        i = 0
        while i < len(raw):
            j = min(i + step, len(raw))
            while j < len(raw) and charset == "utf-8" and (raw[j] & 0xC0) == 0x80:
                j -= 1
            chunks.append(raw[i:j])
            i = j
        words = [prefix + base64.b64encode(c).decode("ascii") + "?=" for c in chunks]
    else:
        current = ""
        for char in text:
            piece = ""
            for byte in char.encode(charset):
                if chr(byte).isascii() and chr(byte).isalnum():
                    piece += chr(byte)
                elif byte == 0x20:
                    piece += "_"
                else:
                    piece += f"={byte:02X}"
            if len(prefix) + len(current) + len(piece) + 2 > 62:
                words.append(prefix + current + "?=")
                current = ""
            current += piece
        if current:
            words.append(prefix + current + "?=")
    return "\n ".join(words)


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if enc and name:
        words = encoded_word(name, *enc, single=True)
        last = words
        return f"{words}{chr(10) if len(last) + len(addr) > 60 else ''} <{addr}>"
    return formataddr((name, addr))


def put(msg: EmailMessage, name: str, value: str) -> None:
    """ASCII values stored as written (pre-encoded words kept), others encoded by the policy."""
    if value.isascii():
        msg.set_raw(name, value)
    else:
        msg[name] = value


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(spec["id"].encode()).hexdigest()[:16]
    domain = spec["frm"][1].split("@")[1]
    return f"<{digest}.{when(spec).strftime('%Y%m%d%H%M')}.340@{domain}>"


# --------------------------------------------------------------------------- quoting


def attribution(parent: dict, lang: str) -> str:
    moment = local_cet(when(parent))
    name, addr = parent["frm"]
    day = SHORT_DAYS[lang][moment.weekday()]
    month = SHORT_MONTHS[lang][moment.month - 1]
    hm = moment.strftime("%H:%M")
    if lang == "en":
        return f"On {day}, {moment.day} {month} 2026 at {hm}, {name} <{addr}> wrote:"
    if lang == "fr":
        return f"Le {day} {moment.day} {month} 2026 à {hm}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {day}, {moment.day}. {month} 2026 um {hm} Uhr schrieb {name} <{addr}>:"
    return f"El {day}, {moment.day} {month} 2026 a las {moment.hour}:{moment.minute:02d}, " \
           f"{name} (<{addr}>) escribió:"


def outlook_block(parent: dict, lang: str) -> str:
    moment = local_cet(when(parent))
    weekday = WEEKDAYS[lang][moment.weekday()]
    month = MONTHS[lang][moment.month - 1]
    sender = f"{parent['frm'][0]} <{parent['frm'][1]}>"
    to = "; ".join(f"{n} <{a}>" if n else a for n, a in parent.get("to", [CANDIDATE]))
    subject = parent["subject"]
    if lang == "en":
        hour = moment.strftime("%I:%M %p").lstrip("0")
        sent = f"{weekday.capitalize()}, {month} {moment.day}, 2026 {hour}"
        lines = ["-----Original Message-----", f"From: {sender}", f"Sent: {sent}",
                 f"To: {to}", f"Subject: {subject}"]
    elif lang == "fr":
        sent = f"{weekday} {moment.day} {month} 2026 {moment:%H:%M}"
        lines = ["________________________________", f"De : {sender}", f"Envoyé : {sent}",
                 f"À : {to}", f"Objet : {subject}"]
    elif lang == "de":
        sent = f"{weekday}, {moment.day}. {month} 2026 {moment:%H:%M}"
        lines = ["-----Ursprüngliche Nachricht-----", f"Von: {sender}", f"Gesendet: {sent}",
                 f"An: {to}", f"Betreff: {subject}"]
    else:
        sent = f"{weekday}, {moment.day} de {month} de 2026 {moment.hour}:{moment.minute:02d}"
        lines = ["-----Mensaje original-----", f"De: {sender}", f"Enviado el: {sent}",
                 f"Para: {to}", f"Asunto: {subject}"]
    return "\n".join(lines)


def strip_tags(markup: str) -> str:
    text = re.sub(r"<(br|/p|/div)[^>]*>", "\n", markup)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return html.unescape(text).strip()


def full_text(spec: dict, by_id: dict[str, dict]) -> str | None:
    """The plain body as sent: the new text plus the quoted parent (recursively)."""
    if "_full" in spec:
        return spec["_full"]
    text = spec.get("text")
    style = spec.get("quote")
    if text is not None and style:
        parent = by_id[spec["parent"]]
        earlier = full_text(parent, by_id)
        if earlier is None:
            earlier = strip_tags(parent["html"])
        if style == "gmail":
            quoted = "\n".join(">" + (" " + line if line else "") for line in
                               earlier.split("\n"))
            text = f"{text}\n\n{attribution(parent, spec['lang'])}\n{quoted}"
        else:
            text = f"{text}\n\n{outlook_block(parent, spec['lang'])}\n\n{earlier}"
    spec["_full"] = text
    return text


# --------------------------------------------------------------------------- parts


def fold_ics(line: str) -> str:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 73
        while len(line[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\n".join(out)


def ics_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace(
        "\n", "\\n")


def calendar(spec: dict) -> str:
    cal = spec["ics"]
    tzid = cal.get("tzid", "Europe/Brussels")
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    def stamp_of(value: str) -> str:
        return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    org_name, org_addr = cal["organizer"]
    status = "CANCELLED" if cal["method"] == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0", f"METHOD:{cal['method']}",
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "TZNAME:CET", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "TZNAME:CEST", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{stamp_of(cal['start'])}",
        f"DTEND;TZID={tzid}:{stamp_of(cal['end'])}",
        f"SUMMARY:{ics_escape(cal['summary'])}",
        f"LOCATION:{ics_escape(cal.get('location', ''))}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{CANDIDATE[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{CANDIDATE[1]}",
    ]
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(cal['description'])}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(fold_ics(line) for line in lines) + "\n"


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""

    def literal(text: str) -> str:
        out = []
        for byte in text.encode("cp1252"):
            char = chr(byte)
            if char in "()\\":
                out.append("\\" + char)
            elif 32 <= byte < 127:
                out.append(char)
            else:
                out.append(f"\\{byte:03o}")
        return "".join(out)

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for i, line in enumerate(lines):
        ops.append(f"({literal(line)}) Tj" if i == 0 else f"({literal(line)}) '")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


def set_text(msg: EmailMessage, text: str, subtype: str, spec: dict, prefix: str) -> None:
    charset = spec.get(f"{prefix}charset", spec.get("charset", "utf-8"))
    cte = spec.get(f"{prefix}cte", spec.get("cte"))
    try:
        text.encode(charset)
    except UnicodeEncodeError as error:
        raise ValueError(f"{spec['id']}: {charset} cannot encode "
                         f"{text[error.start - 30:error.end]!r}") from None
    msg.set_content(text, subtype=subtype, charset=charset, cte=cte)


def body_parts(msg: EmailMessage, spec: dict, text: str | None) -> None:
    """The body, under the envelope headers: text, HTML, calendar, PDFs, forwarded mail."""
    if text is not None:
        set_text(msg, text, "plain", spec, "")
        if "html" in spec:
            msg.add_alternative(spec["html"], subtype="html",
                                charset=spec.get("html_charset", spec.get("charset", "utf-8")),
                                cte=spec.get("html_cte", spec.get("cte")))
    else:
        set_text(msg, spec["html"], "html", spec, "html_")
    if "ics" in spec:
        ics = calendar(spec)
        spec["_ics"] = ics
        if not msg.is_multipart():
            msg.make_alternative()
        msg.add_alternative(ics, subtype="calendar", charset="utf-8",
                            cte=spec["ics"].get("cte", "8bit"),
                            params={"method": spec["ics"]["method"]})
        if spec["ics"].get("file"):
            msg.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                               filename=spec["ics"]["file"])
    for filename, lines in spec.get("pdfs", []):
        msg.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf",
                           filename=filename)
    if "fwd" in spec:
        inner_spec = spec["fwd"]
        inner = EmailMessage()
        put(inner, "From", address(inner_spec["frm"]))
        put(inner, "To", ", ".join(address(p) for p in inner_spec.get("to", [CANDIDATE])))
        put(inner, "Subject", inner_spec["subject"])
        put(inner, "Date", format_datetime(when(inner_spec)))
        put(inner, "Message-ID", message_id(inner_spec))
        inner.set_content(inner_spec["text"], charset=inner_spec.get("charset", "utf-8"),
                          cte=inner_spec.get("cte"))
        msg.add_attachment(inner, disposition=spec.get("fwd_disposition", "inline"))


def build(spec: dict, by_id: dict[str, dict]) -> EmailMessage:
    text = full_text(spec, by_id)
    msg = EmailMessage()
    put(msg, "From", address(spec["frm"], spec.get("name_enc")))
    put(msg, "To", ", ".join(address(p) for p in spec.get("to", [CANDIDATE])))
    if spec.get("cc"):
        put(msg, "Cc", ", ".join(address(p) for p in spec["cc"]))
    if spec.get("reply_to"):
        put(msg, "Reply-To", address(spec["reply_to"], spec.get("reply_enc")))
    enc = spec.get("subj_enc")
    put(msg, "Subject", encoded_word(spec["subject"], *enc) if enc else spec["subject"])
    put(msg, "Date", format_datetime(when(spec)))
    put(msg, "Message-ID", message_id(spec))
    if spec.get("parent"):
        chain = []
        node = spec
        while node.get("parent"):
            node = by_id[node["parent"]]
            chain.insert(0, message_id(node))
        put(msg, "In-Reply-To", chain[-1])
        put(msg, "References", "\n ".join(chain))
    for name, value in spec.get("headers", {}).items():
        put(msg, name, value)
    body_parts(msg, spec, text)
    number = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            number += 1
            part.set_boundary(f"=_340_{hashlib.sha1(spec['id'].encode()).hexdigest()[:10]}"
                              f"_{number}")
    return msg


def serialize(msg: EmailMessage) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, policy=email.policy.default, mangle_from_=False).flatten(msg)
    return out.getvalue()


# --------------------------------------------------------------------------- checks


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def expected_texts(spec: dict) -> list[str]:
    texts = []
    if spec.get("_full") is not None:
        texts.append(spec["_full"])
    if "html" in spec:
        texts.append(spec["html"])
    if "_ics" in spec:
        texts.append(spec["_ics"])
    if "fwd" in spec:
        texts.append(spec["fwd"]["text"])
    return sorted(norm(t) for t in texts)


def is_system(addr: str) -> bool:
    local, domain = addr.split("@")
    return domain.endswith(ATS_DOMAINS) or bool(SYSTEM_LOCAL.match(local))


def check(spec: dict, raw: bytes) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = spec["id"]
    for part in msg.walk():
        assert not part.defects, (where, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", ()), (where, name, value.defects)
    assert str(msg["Subject"]) == spec["subject"], (where, str(msg["Subject"]))
    sender = msg["From"].addresses[0]
    assert sender.display_name == spec["frm"][0], (where, sender.display_name)
    assert sender.addr_spec == spec["frm"][1], where
    assert msg["Date"].datetime == when(spec), where
    assert when(spec).year == 2026, where
    got = sorted(norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text")
    assert got == expected_texts(spec), (where, "text bodies do not round-trip")
    # label rules
    kind, contact, company = spec["kind"], spec["contact"], spec["company"]
    assert kind in KINDS and spec["lang"] in LANGS, where
    own = spec["frm"][1] == CANDIDATE[1]
    if own:
        assert kind == "other" and not contact, where
    if kind == "other":
        assert company == "", where
    else:
        assert company and company == company.strip(), where
        assert not LEGAL_FORM.search(company), (where, company)
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE[1], where
        assert not is_system(contact), (where, contact)
        values = [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])]
        found = [a.lower() for _, a in getaddresses(values)]
        assert contact in found, (where, contact, found)
        reply = [a.lower() for _, a in getaddresses([str(v) for v in
                                                     msg.get_all("Reply-To", [])])]
        if reply and not is_system(reply[0]):
            assert contact == reply[0], (where, "contact must be the human Reply-To")
    elif not own:
        human = [a.lower() for _, a in getaddresses(
            [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])])
            if not is_system(a.lower())]
        assert not human or kind == "other", (where, "human sender but no contact", human)


# --------------------------------------------------------------------------- main


def all_specs() -> list[dict]:
    specs: list[dict] = []
    for module in (msgs340_acks, msgs340_invites, msgs340_moves, msgs340_rejections,
                   msgs340_offers, msgs340_other_a, msgs340_other_b):
        specs.extend(module.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    by_id = {spec["id"]: spec for spec in specs}
    assert len(by_id) == len(specs), "duplicate spec id"
    for spec in specs:
        if spec.get("parent"):
            assert when(by_id[spec["parent"]]) < when(spec), (spec["id"], "parent is later")
    specs.sort(key=lambda s: (when(s), s["id"]))
    for kind in KINDS:
        (HERE / kind).mkdir(exist_ok=True)
        for old in (HERE / kind).glob("*.eml"):
            old.unlink()
    rows = []
    ids = set()
    for number, spec in enumerate(specs, start=1):
        rel = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
        msg = build(spec, by_id)
        raw = serialize(msg)
        check(spec, raw)
        assert message_id(spec) not in ids, spec["id"]
        ids.add(message_id(spec))
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((row[1], row[4]) for row in rows)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in counts) + f"{sum(counts):7d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"{sum(totals):7d}")


if __name__ == "__main__":
    main()
