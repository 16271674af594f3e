"""Build the blind corpus 338 from the hand-written specs in msgs338_*.py.

Standard library only. Deletes and rewrites only the *.eml files and labels.csv under this
folder. The output is the same bytes on every run (fixed boundaries, Message-IDs and dates).

    python tests/corpus_threehundredthirtyeighth/make_threehundredthirtyeighth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import html
import quopri
import re
import sys
import unicodedata
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs338_acks  # noqa: E402
import msgs338_invites  # noqa: E402
import msgs338_other  # noqa: E402
import msgs338_rejections  # noqa: E402
import msgs338_threads  # noqa: E402
from msgs338_common import ME_ADDR, Spec  # noqa: E402

KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
LANGS = ("en", "de", "fr", "es")
LEGAL = re.compile(
    r"\b(GmbH|gGmbH|AG|SA|S\.A\.|SAS|SARL|S\.L\.|SL|SLU|Ltd|Limited|Inc|LLC|plc|DAC|KG|UG|"
    r"e\.V\.|BV|S\.p\.A\.)(?=\W|$)"
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
OUT = email.policy.compat32.clone(linesep="\n", max_line_length=0)

# --------------------------------------------------------------------------- headers


def _encoded_word(text: str, how: str, charset: str) -> str:
    raw = text.encode(charset)
    if how == "b":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif char.isascii() and (char.isalnum() or char in "!*+-/"):
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def encode_words(text: str, how: str, charset: str) -> str:
    """RFC 2047 encoded words (Q or B) for a whole phrase, each word at most 75 characters."""
    words: list[str] = []
    current = ""
    for char in text:
        if current and len(_encoded_word(current + char, how, charset)) > 75:
            words.append(_encoded_word(current, how, charset))
            current = char
        else:
            current += char
    words.append(_encoded_word(current, how, charset))
    return "\n ".join(words)


def header_text(text: str, enc: tuple[str, str] | None) -> str:
    if enc is None and text.isascii():
        return text
    how, charset = enc or ("q", "utf-8")
    return encode_words(text, how, charset)


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, enc)} <{addr}>"


# --------------------------------------------------------------------------- parts

CTE_NAMES = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit", "7bit": "7bit"}


def text_part(text: str, subtype: str, charset: str, cte: str, params: str = "") -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    part["Content-Transfer-Encoding"] = CTE_NAMES[cte]
    raw = text.encode(charset)
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        payload = raw.decode("ascii")
    part.set_payload(payload)
    return part


def multipart(subtype: str, boundary: str, parts: list[Message]) -> Message:
    part = Message()
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for sub in parts:
        part.attach(sub)
    return part


def _pdf_escape(line: str) -> str:
    ascii_line = unicodedata.normalize("NFKD", line).encode("ascii", "ignore").decode("ascii")
    return ascii_line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines in Helvetica."""
    text = " T* ".join(f"({_pdf_escape(line)}) Tj" for line in lines)
    stream = f"BT /F1 11 Tf 14 TL 60 780 Td {text} ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_part(name: str, lines: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{name}"'
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(pdf_bytes(lines)).decode("ascii"))
    return part


TZ_BLOCKS = {
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST", "010000", "020000"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
}


def ics_text(ics: dict, stamp: datetime) -> str:
    std, dst, std_name, dst_name, dst_at, std_at = TZ_BLOCKS[ics["tz"]]
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ics.get("minutes", 45))
    org_name, org_addr = ics["organizer"]
    status = "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 338//Calendar//EN",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{ics['tz']}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        f"DTSTART:19700329T{dst_at}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        f"DTSTART:19701025T{std_at}",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={ics['tz']}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={ics['tz']}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', 'Video call')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN=Ruairi O Donnchadha-Weiss;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_ADDR}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- quoting

EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_LONG_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
             "oct.", "nov.", "déc."]
FR_LONG_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_LONG_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_LONG_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre"]


def _prefixed(text: str) -> str:
    return "".join(f"> {line}\n" if line else ">\n" for line in text.rstrip("\n").split("\n"))


def quote_block(prev: Spec, prev_text: str, style: str) -> str:
    dt: datetime = prev["_dt"]
    name, addr = prev["frm"]
    who = f"{name} <{addr}>" if name else addr
    wd, mo, hm = dt.weekday(), dt.month - 1, f"{dt:%H:%M}"
    to = prev.get("to") or ("", ME_ADDR)
    to_text = f"{to[0]} <{to[1]}>" if to[0] else to[1]
    if style == "en":
        head = f"On {EN_DAYS[wd]}, {dt.day} {EN_MONTHS[mo][:3]} 2026 at {hm}, {who} wrote:"
        return f"{head}\n{_prefixed(prev_text)}"
    if style == "de":
        return f"Am {dt:%d.%m.%Y} um {hm} schrieb {who}:\n{_prefixed(prev_text)}"
    if style == "fr":
        head = f"Le {FR_DAYS[wd]} {dt.day} {FR_MONTHS[mo]} 2026 à {hm}, {who} a écrit :"
        return f"{head}\n{_prefixed(prev_text)}"
    if style == "es":
        head = f"El {ES_DAYS[wd]}, {dt.day} {ES_MONTHS[mo]} 2026 a las {hm}, {name} (<{addr}>)"
        return f"{head} escribió:\n{_prefixed(prev_text)}"
    subject = prev["subject"]
    if style == "outlook":
        sent = f"{EN_LONG_DAYS[wd]}, {EN_MONTHS[mo]} {dt.day}, 2026 {dt:%I:%M %p}"
        head = f"From: {who}\nSent: {sent}\nTo: {to_text}\nSubject: {subject}"
    elif style == "outlook_de":
        sent = f"{DE_DAYS[wd]}, {dt.day}. {DE_MONTHS[mo]} 2026 {hm}"
        head = f"Von: {who}\nGesendet: {sent}\nAn: {to_text}\nBetreff: {subject}"
    elif style == "outlook_fr":
        sent = f"{FR_LONG_DAYS[wd]} {dt.day} {FR_LONG_MONTHS[mo]} 2026 {hm}"
        head = f"De : {who}\nEnvoyé : {sent}\nÀ : {to_text}\nObjet : {subject}"
    elif style == "outlook_es":
        sent = f"{ES_LONG_DAYS[wd]}, {dt.day} de {ES_LONG_MONTHS[mo]} de 2026 {hm}"
        head = f"De: {who}\nEnviado el: {sent}\nPara: {to_text}\nAsunto: {subject}"
    else:
        raise ValueError(f"unknown quote style {style}")
    return f"{'_' * 32}\n{head}\n\n{prev_text}"


def html_of(text: str, subject: str, charset: str) -> str:
    """A plain HTML shell around the text: paragraphs, line breaks, quoted lines in a blockquote."""
    blocks = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line.lstrip("> ")) for line in lines)
            blocks.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          f'padding-left:1ex">{inner}</blockquote>')
        else:
            blocks.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>")
    body = "\n".join(blocks)
    page = (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{html.escape(subject)}</title>\n</head>\n"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f'<div style="max-width:640px">\n{body}\n</div>\n</body>\n</html>\n'
    )
    return page.encode(charset, "xmlcharrefreplace").decode(charset)


# --------------------------------------------------------------------------- messages


def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def message_id(spec: Spec) -> str:
    digest = hashlib.sha1(f"338:{spec['key']}".encode()).hexdigest()[:20]
    domain = spec["frm"][1].split("@")[1]
    return f"<{digest}.{spec['_dt']:%Y%m%d%H%M}@{domain}>"


class Builder:
    def __init__(self) -> None:
        self.by_key: dict[str, Spec] = {}
        self.full_text: dict[str, str] = {}
        self.expected: dict[int, str] = {}
        self.boundaries = 0

    def boundary(self, tag: str) -> str:
        self.boundaries += 1
        return f"=_338_{tag}_{self.boundaries:03d}"

    def text(self, text: str, subtype: str, charset: str, cte: str, params: str = "") -> Message:
        part = text_part(text, subtype, charset, cte, params)
        self.expected[id(part)] = text
        return part

    def build(self, spec: Spec) -> Message:
        spec["_dt"] = spec.get("_dt") or parse_date(spec["date"])
        tag = spec["key"][:12]
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "qp")
        text = spec["body"]
        refs: list[str] = []
        if spec.get("reply"):
            prev = self.by_key[spec["reply"]]
            assert prev["_dt"] < spec["_dt"], f"{spec['key']}: replies to a later message"
            refs = [*prev.get("_refs", []), prev["_id"]]
            if spec.get("quote"):
                quoted = quote_block(prev, self.full_text[prev["key"]], spec["quote"])
                text = f"{text}\n{quoted}"
        spec["_refs"] = refs
        spec["_id"] = spec.get("_id") or message_id(spec)
        self.full_text[spec["key"]] = text
        self.by_key[spec["key"]] = spec

        mode = spec.get("html")
        html_cte = "qp" if cte in ("8bit", "7bit") and not text.isascii() else cte
        if mode == "only":
            body = self.text(html_of(text, spec["subject"], charset), "html", charset, html_cte)
        else:
            alts = [self.text(text, "plain", charset, cte)]
            if mode == "alt":
                alts.append(self.text(html_of(text, spec["subject"], charset), "html", charset,
                                      html_cte))
            if spec.get("ics"):
                ics = spec["ics"]
                params = f"; method={ics['method']}"
                alts.append(self.text(ics_text(ics, spec["_dt"]), "calendar", "utf-8", "qp",
                                      params))
            body = alts[0] if len(alts) == 1 else multipart("alternative",
                                                            self.boundary(tag), alts)
        mixed = [body]
        for name, lines in spec.get("pdf", []):
            mixed.append(pdf_part(name, lines))
        if spec.get("fwd"):
            inner = self.build(spec["fwd"])
            wrapper = Message()
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "attachment; filename=\"forwarded.eml\""
            wrapper.set_payload([inner])
            mixed.append(wrapper)
        root = body if len(mixed) == 1 else multipart("mixed", self.boundary(tag), mixed)

        heads: list[tuple[str, str]] = [
            ("Message-ID", spec["_id"]),
            ("Date", format_datetime(spec["_dt"])),
            ("From", address(spec["frm"], spec.get("name_enc"))),
        ]
        if spec.get("reply_to"):
            heads.append(("Reply-To", address(spec["reply_to"])))
        heads.append(("To", address(spec.get("to") or ("Ruairí Ó Donnchadha-Weiss", ME_ADDR))))
        if spec.get("cc"):
            heads.append(("Cc", ", ".join(address(pair) for pair in spec["cc"])))
        heads.append(("Subject", header_text(spec["subject"], spec.get("subj_enc"))))
        if refs:
            heads.append(("In-Reply-To", refs[-1]))
            heads.append(("References", "\n ".join(refs)))
        heads.append(("MIME-Version", "1.0"))
        heads.extend(spec.get("headers", {}).items())
        # the envelope headers first, as mail programs write them
        root._headers = [*heads, *root._headers]
        return root


def serialize(message: Message) -> bytes:
    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=OUT).flatten(message)
    return buffer.getvalue()


# --------------------------------------------------------------------------- checks


def check(spec: Spec, data: bytes, expected: list[str]) -> None:
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    key = spec["key"]
    for part in parsed.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{key}: {name} defects {value.defects}"
    assert str(parsed["Subject"]) == spec["subject"], f"{key}: subject {parsed['Subject']!r}"
    sender = parsed["From"].addresses[0]
    assert sender.display_name == spec["frm"][0], f"{key}: From name {sender.display_name!r}"
    assert sender.addr_spec == spec["frm"][1], f"{key}: From address"
    assert parsed["Date"].datetime == spec["_dt"], f"{key}: date"
    assert parsed["Message-ID"] == spec["_id"]
    texts = [part.get_content().replace("\r\n", "\n") for part in parsed.walk()
             if part.get_content_maintype() == "text"]
    assert texts == expected, f"{key}: text parts do not round-trip"
    assert any(t.strip() for t in texts), f"{key}: no text"

    kind, company, contact, lang = spec["kind"], spec["company"], spec["contact"], spec["lang"]
    assert kind in KINDS and lang in LANGS, key
    assert company == company.strip(), f"{key}: company spaces"
    assert not LEGAL.search(company), f"{key}: legal form in {company!r}"
    assert (company == "") == (kind == "other"), f"{key}: company vs kind"
    if spec["frm"][1] == ME_ADDR:
        assert kind == "other" and not contact, f"{key}: own mail"
    if contact:
        assert contact == contact.lower(), f"{key}: contact case"
        assert contact != ME_ADDR
        senders = [a.addr_spec.lower() for h in ("Reply-To", "From") if parsed[h]
                   for a in parsed[h].addresses]
        assert contact in senders, f"{key}: contact {contact} not in {senders}"
        domain = contact.split("@")[1]
        assert not any(domain.endswith(d) for d in ATS_DOMAINS), f"{key}: ATS contact"
        assert not re.match(r"(no-?reply|donotreply|jobs|careers|notifications)", contact), key


def main() -> None:
    specs: list[Spec] = [
        *msgs338_threads.SPECS,
        *msgs338_rejections.SPECS,
        *msgs338_invites.SPECS,
        *msgs338_acks.SPECS,
        *msgs338_other.SPECS,
    ]
    for spec in specs:
        spec["_dt"] = parse_date(spec["date"])
    keys = [spec["key"] for spec in specs]
    assert len(keys) == len(set(keys)), [k for k, n in Counter(keys).items() if n > 1]
    specs.sort(key=lambda spec: (spec["_dt"], spec["key"]))

    for old in sorted(HERE.glob("*/*.eml")):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    builder = Builder()
    rows = []
    ids: set[str] = set()
    for index, spec in enumerate(specs, start=1):
        try:
            message = builder.build(spec)
        except (UnicodeError, KeyError) as error:
            raise SystemExit(f"{spec['key']}: {error!r}") from error
        expected = [builder.expected[id(part)] for part in message.walk()
                    if part.get_content_maintype() == "text"]
        data = serialize(message)
        check(spec, data, expected)
        assert spec["_id"] not in ids
        ids.add(spec["_id"])
        rel = f"{spec['kind']}/{index:03d}_{spec['key']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((spec["kind"], spec["lang"]) for spec in specs)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{n:5d}" for n in counts) + f"  {sum(counts):5d}")
    totals = [sum(table[(kind, lang)] for kind in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{n:5d}" for n in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
