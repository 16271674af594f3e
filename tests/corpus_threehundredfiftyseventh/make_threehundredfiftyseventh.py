"""Build the threehundredfiftyseventh blind corpus: *.eml files and labels.csv in this folder.

Standard library only. Run: python tests/corpus_threehundredfiftyseventh/make_threehundredfiftyseventh.py

Every message is a hand-written spec (a dict) in the msgs357_* modules. Keys:
  n        slug (unique)               kind, lang, company, contact   the labels
  frm      (name, address)             reply_to, to (list), cc (list)  more addresses
  date     "YYYY-MM-DD HH:MM"          tz    sender zone (default by language)
  subject  text                        subj_enc / name_enc  (charset, "q" | "b")
  text     plain body                  html  HTML body (alone: HTML only; both: alternative)
  cs       body charset                cte / html_cte  transfer encodings
  parent   slug replied to             quote "wrote" | "outlook" (quote the parent's text)
  attach   [(file name, [pdf lines])]  ics   dict for a text/calendar part, ics_as "alt" | "attach"
  fwd      spec of a forwarded message (message/rfc822)   hdr  extra headers (dict)
The output is deterministic: fixed boundaries, Message-IDs and dates.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import html as html_module
import importlib
import re
import sys
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MODULES = ["msgs357_threads", "msgs357_invites", "msgs357_acks", "msgs357_rejections",
           "msgs357_other"]
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
CANDIDATE = ("Gonzalo Urquiza Ferreira", "gonzalo.urquiza@example.es")
ZONES = {"es": "Europe/Madrid", "en": "Europe/London", "de": "Europe/Vienna", "fr": "Europe/Paris"}
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
LEGAL_FORMS = frozenset({"gmbh", "sa", "s.a.", "s.l.", "sl", "slu", "s.l.u.", "sas", "ltd",
                         "ltd.", "limited", "inc", "inc.", "ag", "sarl", "s.a.u.", "plc", "llp",
                         "e.u.", "kg", "co.", "og"})
POLICY = email.policy.default
ATEXT = "!#$%&'*+-/=?^_`{|}~"

WEEKDAYS = {
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
LONG_DAYS = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
MONTHS = {
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
}
LONG_MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}


# ----------------------------------------------------------------------------- headers

def encoded_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "b":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        char = chr(byte)
        if byte < 128 and (char.isalnum() or char in "!*+-/"):
            out.append(char)
        elif byte == 32:
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def encode_phrase(text: str, charset: str, enc: str, limit: int = 64) -> str:
    """RFC 2047 encoded words of at most `limit` characters, folded onto continuation lines."""
    words: list[str] = []
    chunk = ""
    for char in text:
        if chunk and len(encoded_word(chunk + char, charset, enc)) > limit:
            words.append(encoded_word(chunk, charset, enc))
            chunk = char
        else:
            chunk += char
    if chunk:
        words.append(encoded_word(chunk, charset, enc))
    return "\n ".join(words)


def fold_ascii(name: str, value: str) -> str:
    """Fold a plain ASCII header value at spaces so every line stays within 78 characters."""
    lines: list[str] = []
    current = ""
    width = 78 - len(name) - 2
    for word in value.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
            width = 77
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "\n ".join(lines)


def header_text(name: str, value: str, enc: tuple[str, str] | None, index: int) -> str:
    if value.isascii() and enc is None:
        return fold_ascii(name, value)
    charset, how = enc or ("utf-8", "q" if index % 2 else "b")
    return encode_phrase(value, charset, how)


def address(pair: tuple[str, str], enc: tuple[str, str] | None, index: int) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and enc is None:
        return formataddr((name, addr))
    charset, how = enc or ("utf-8", "b" if index % 2 else "q")
    # Runs of words that need encoding become one encoded word; plain atoms stay as they are
    # (a decoder drops the space between two adjacent encoded words, so never split a run).
    tokens: list[str] = []
    run: list[str] = []
    for word in name.split(" "):
        if word.isascii() and word and all(c.isalnum() or c in ATEXT for c in word):
            if run:
                tokens.append(encoded_word(" ".join(run), charset, how))
                run = []
            tokens.append(word)
        else:
            run.append(word)
    if run:
        tokens.append(encoded_word(" ".join(run), charset, how))
    return fold_ascii("From", " ".join([*tokens, f"<{addr}>"]))


def address_list(pairs: list[tuple[str, str]], index: int) -> str:
    return ",\n ".join(address(pair, None, index) for pair in pairs)


# ----------------------------------------------------------------------------- attachments

def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Helvetica, WinAnsi)."""
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    rows = "\n".join(f"({esc(line)}) Tj T*" for line in lines)
    stream = f"BT\n/F1 11 Tf\n15 TL\n72 770 Td\n{rows}\nET\n".encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
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


VTIMEZONE_CET = """BEGIN:VTIMEZONE
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

VTIMEZONE_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def fold_ics(line: str) -> str:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\n".join(out)


def calendar(ics: dict, organizer: tuple[str, str], stamp: datetime, tz: str) -> str:
    start = datetime.strptime(str(ics["start"]), "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=int(ics.get("minutes", 45)))
    zone = str(ics.get("tz", tz))
    vtz = VTIMEZONE_LONDON if zone == "Europe/London" else VTIMEZONE_CET.format(tz=zone)
    method = str(ics.get("method", "REQUEST"))
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus357//Calendar//EN", "VERSION:2.0",
        f"METHOD:{method}", *vtz.split("\n"), "BEGIN:VEVENT",
        f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(ZoneInfo('UTC')).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID={zone}:{start.strftime('%Y%m%dT%H%M%S')}",
        f"DTEND;TZID={zone}:{end.strftime('%Y%m%dT%H%M%S')}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CANDIDATE[1]}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    if ics.get("description"):
        lines.insert(-3, f"DESCRIPTION:{ics['description']}")
    return "\n".join(fold_ics(line) for line in lines) + "\n"


# ----------------------------------------------------------------------------- quoting

def when(spec: dict) -> datetime:
    zone = ZoneInfo(str(spec.get("tz") or ZONES[str(spec["lang"])]))
    return datetime.strptime(str(spec["date"]), "%Y-%m-%d %H:%M").replace(tzinfo=zone)


def attribution(parent: dict, lang: str, style: str) -> str:
    moment = when(parent)
    name, addr = parent["frm"]
    who = f"{name} <{addr}>"
    wd, day, hm = moment.weekday(), moment.day, moment.strftime("%H:%M")
    month, year = moment.month - 1, moment.year
    if style == "outlook":
        to = ", ".join(f"{n} <{a}>" for n, a in parent.get("to") or [CANDIDATE])
        long_day, long_month = LONG_DAYS[lang][wd], LONG_MONTHS[lang][month]
        subject = parent["subject"]
        if lang == "es":
            return (f"De: {who}\nEnviado: {long_day}, {day} de {long_month} de {year} {hm}\n"
                    f"Para: {to}\nAsunto: {subject}")
        if lang == "de":
            return (f"Von: {who}\nGesendet: {long_day}, {day}. {long_month} {year} {hm}\n"
                    f"An: {to}\nBetreff: {subject}")
        if lang == "fr":
            return (f"De : {who}\nEnvoyé : {long_day} {day} {long_month} {year} {hm}\n"
                    f"À : {to}\nObjet : {subject}")
        ampm = moment.strftime("%I:%M %p").lstrip("0")
        return (f"From: {who}\nSent: {long_day}, {long_month} {day}, {year} {ampm}\n"
                f"To: {to}\nSubject: {subject}")
    short_day, short_month = WEEKDAYS[lang][wd], MONTHS[lang][month]
    if lang == "es":
        return f"El {short_day}, {day} {short_month} {year} a las {hm}, {who} escribió:"
    if lang == "de":
        return f"Am {short_day}, {day}. {short_month} {year} um {hm} schrieb {who}:"
    if lang == "fr":
        return f"Le {short_day} {day} {short_month} {year} à {hm}, {who} a écrit :"
    return f"On {short_day}, {day} {short_month} {year} at {hm}, {who} wrote:"


def strip_html(html: str) -> str:
    text = re.sub(r"<(br|/p|/tr|/h\d)[^>]*>", "\n", html)
    text = re.sub(r"<[^>]+>", "", text)
    text = html_module.unescape(text)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def quoted(parent: dict, parent_text: str, lang: str, style: str) -> str:
    head = attribution(parent, lang, style)
    if style == "outlook":
        return f"\n\n________________________________\n{head}\n\n{parent_text.rstrip()}\n"
    lines = [f"> {line}" if line else ">" for line in parent_text.rstrip().split("\n")]
    lines = [line.replace("> >", ">>") for line in lines]
    return f"\n\n{head}\n" + "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- building

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(str(spec["n"]).encode()).hexdigest()[:12].upper()
    return f"<357.{digest}.{spec['n']}@{domain_of(spec['frm'][1])}>"


def set_body(msg: EmailMessage, spec: dict, text: str | None, html: str | None,
             expected: list[str]) -> None:
    charset = str(spec.get("cs", "utf-8"))
    cte = spec.get("cte")
    html_cte = spec.get("html_cte", cte)

    def choose(body: str, wanted: object) -> str:
        if wanted:
            return str(wanted)
        return "7bit" if body.isascii() and max(map(len, body.split("\n"))) < 78 \
            else "quoted-printable"

    if text is not None:
        msg.set_content(text, charset=charset, cte=choose(text, cte))
        expected.append(text)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=choose(html, html_cte))
            expected.append(html)
    else:
        assert html is not None, spec["n"]
        msg.set_content(html, subtype="html", charset=charset, cte=choose(html, html_cte))
        expected.append(html)


def build(spec: dict, index: int, texts: dict[str, str], specs: dict[str, dict],
          expected: list[str]) -> EmailMessage:
    lang = str(spec["lang"])
    moment = when(spec)
    msg = EmailMessage(policy=POLICY)
    msg.set_raw("From", address(spec["frm"], spec.get("name_enc"), index))
    if spec.get("reply_to"):
        msg.set_raw("Reply-To", address(spec["reply_to"], None, index + 1))
    msg.set_raw("To", address_list(spec.get("to") or [CANDIDATE], index))
    if spec.get("cc"):
        msg.set_raw("Cc", address_list(spec["cc"], index + 1))
    msg.set_raw("Subject", header_text("Subject", str(spec["subject"]), spec.get("subj_enc"),
                                       index))
    msg.set_raw("Date", format_datetime(moment))
    msg.set_raw("Message-ID", message_id(spec))
    text = spec.get("text")
    html = spec.get("html")
    if spec.get("parent"):
        parent = specs[str(spec["parent"])]
        parent_id = message_id(parent)
        refs = [*parent.get("_refs", []), parent_id]
        spec["_refs"] = refs
        msg.set_raw("In-Reply-To", parent_id)
        msg.set_raw("References", "\n ".join(refs))
        style = spec.get("quote")
        if style:
            block = quoted(parent, texts[str(parent["n"])], lang, str(style))
            if text is not None:
                text = str(text).rstrip("\n") + block
            if html is not None:
                inner = "<br>\n".join(html_module.escape(line) for line in block.strip().split("\n"))
                html = str(html).replace(
                    "</body>", f'<blockquote style="border-left:2px solid #ccc;'
                    f'padding-left:8px;color:#555">{inner}</blockquote>\n</body>')
    for name, value in (spec.get("hdr") or {}).items():
        msg.set_raw(name, value)
    texts[str(spec["n"])] = str(text) if text is not None else strip_html(str(html))

    set_body(msg, spec, None if text is None else str(text),
             None if html is None else str(html), expected)
    if spec.get("ics"):
        ics = calendar(spec["ics"], spec["frm"], moment, ZONES[lang])
        method = str(spec["ics"].get("method", "REQUEST"))
        if spec.get("ics_as", "alt") == "alt":
            if not msg.is_multipart():
                msg.make_alternative()
            msg.add_alternative(ics, subtype="calendar", charset="utf-8",
                                cte="7bit" if ics.isascii() else "base64",
                                params={"method": method})
            expected.append(ics)
        else:
            msg.add_attachment(ics.encode("utf-8"), "text", "calendar",
                               filename=spec["ics"].get("file", "invite.ics"),
                               params={"method": method, "charset": "utf-8"})
    for filename, lines in spec.get("attach") or []:
        msg.add_attachment(pdf_bytes(list(lines)), "application", "pdf", filename=filename)
    if spec.get("fwd"):
        inner_spec = dict(spec["fwd"])
        inner_spec.setdefault("lang", lang)
        inner_spec.setdefault("n", f"{spec['n']}-fwd")
        inner = build(inner_spec, index + 7, {}, specs, expected)
        msg.add_attachment(inner)
    return msg


def set_boundaries(msg: EmailMessage, index: int) -> None:
    count = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"==_357_{index:03d}_{count}_boundary")
            count += 1


# ----------------------------------------------------------------------------- checks

def check_label(spec: dict, parsed: EmailMessage) -> None:
    name = spec["n"]
    kind, lang = spec["kind"], spec["lang"]
    company, contact = str(spec.get("company", "")), str(spec.get("contact", ""))
    assert kind in KINDS, name
    assert lang in ZONES, name
    if kind == "other":
        assert company == "", f"{name}: other has no company"
    else:
        assert company and company == company.strip(), f"{name}: job mail needs a company"
        words = set(re.split(r"[\s,]+", company.lower()))
        assert not words & LEGAL_FORMS, f"{name}: legal form in {company!r}"
    own = spec["frm"][1] == CANDIDATE[1]
    if own:
        assert kind == "other" and not contact, f"{name}: own mail is other without contact"
    if contact:
        assert contact == contact.lower(), name
        assert contact != CANDIDATE[1], name
        values = [str(v) for h in ("Reply-To", "From") for v in parsed.get_all(h, [])]
        found = [a.lower() for _, a in getaddresses(values)]
        assert contact in found, f"{name}: contact not in Reply-To/From"
        assert not any(d in contact for d in ATS_DOMAINS), f"{name}: ATS contact"
        assert "noreply" not in contact and "no-reply" not in contact, name


def check_round_trip(spec: dict, data: bytes, moment: datetime, expected: list[str]) -> None:
    name = spec["n"]
    parsed = email.message_from_bytes(data, policy=POLICY)
    for part in parsed.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        value = parsed[header]
        assert value is not None, f"{name}: no {header}"
        assert not value.defects, f"{name}: {header} defects {value.defects}"
    assert str(parsed["Subject"]) == spec["subject"], f"{name}: subject {parsed['Subject']!r}"
    assert parsed["From"].addresses[0].display_name == spec["frm"][0], f"{name}: From name"
    assert parsed["From"].addresses[0].addr_spec == spec["frm"][1], f"{name}: From address"
    assert parsed["Date"].datetime == moment, f"{name}: date"
    bodies = [part.get_content().replace("\r\n", "\n").rstrip("\n") for part in parsed.walk()
              if part.get_content_maintype() == "text"]
    for body in expected:
        assert body.rstrip("\n") in bodies, f"{name}: a text body did not round-trip"
    check_label(spec, parsed)


def main() -> None:
    specs_in_order: list[dict] = []
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        specs_in_order.extend(module.MESSAGES)
    by_name: dict[str, dict] = {}
    for spec in specs_in_order:
        assert spec["n"] not in by_name, f"duplicate slug {spec['n']}"
        spec.setdefault("company", "")
        spec.setdefault("contact", "")
        if spec.get("own"):
            spec["frm"] = CANDIDATE
        by_name[str(spec["n"])] = spec

    for old in [*HERE.glob("*/*.eml"), HERE / "labels.csv"]:
        if old.exists():
            old.unlink()
    texts: dict[str, str] = {}
    rows = []
    ids = set()
    for index, spec in enumerate(specs_in_order, start=1):
        expected: list[str] = []
        try:
            msg = build(spec, index, texts, by_name, expected)
        except UnicodeEncodeError as error:
            raise SystemExit(f"{spec['n']}: {error}") from error
        set_boundaries(msg, index)
        data = msg.as_bytes(policy=POLICY)
        check_round_trip(spec, data, when(spec), expected)
        mid = message_id(spec)
        assert mid not in ids
        ids.add(mid)
        rel = f"{spec['kind']}/{index:03d}_{spec['n']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(ZONES, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in ZONES) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:5}" for lang in ZONES)
              + f"  {sum(counts.values()):5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in ZONES}
    print(f"{'total':32}" + "".join(f"{totals[lang]:5}" for lang in ZONES) + f"  {len(rows):5}")


if __name__ == "__main__":
    main()
