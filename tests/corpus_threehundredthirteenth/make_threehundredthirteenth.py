"""Build corpus 313 (Rodrigo Albarracín Peña) from the hand-written specs in msgs313_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv under this folder, then
re-parses every message with email.policy.default and checks that it round-trips.
Run: python tests/corpus_threehundredthirteenth/make_threehundredthirteenth.py
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
import unicodedata
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs313_de  # noqa: E402
import msgs313_en  # noqa: E402
import msgs313_es_a  # noqa: E402
import msgs313_es_b  # noqa: E402
import msgs313_fr  # noqa: E402
import msgs313_other  # noqa: E402
from msgs313_common import CANDIDATE, CANDIDATE_ADDR, Spec  # noqa: E402

MODULES = [msgs313_es_a, msgs313_es_b, msgs313_en, msgs313_de, msgs313_fr, msgs313_other]
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("es", "en", "de", "fr")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
LEGAL_FORM = re.compile(r"\b(GmbH|S\.?A\.?U?|S\.?L\.?U?|SAS|SARL|Ltd|Inc|AG|plc|Lda|KG|"
                        r"e\.V|S\.?A\.?S|LLC|BV|NV)\b\.?$|,\s*(S\.?A|S\.?L)\.?$")
POLICY = email.policy.default.clone(linesep="\n")
REPLY_PREFIXES = ("Re: ", "RE: ", "AW: ", "WG: ", "Fwd: ", "Fw: ", "TR: ", "RV: ", "R: ")

# ---------------------------------------------------------------- headers

Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _ew(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "b":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join("_" if b == 0x20 else chr(b) if b in Q_SAFE else f"={b:02X}"
                          for b in raw)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """The whole phrase as encoded words (spaces kept inside the words), folded."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(_ew(chunk + ch, charset, enc)) > 62:
            words.append(_ew(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_ew(chunk, charset, enc))
    return "\n ".join(words)


def fold_ascii(name: str, value: str) -> str:
    """Fold an ASCII unstructured value at spaces so lines stay under 78 characters."""
    out, line = [], f"{name}: "
    for i, word in enumerate(value.split(" ")):
        if i and len(line) + 1 + len(word) > 76:
            out.append(line)
            line = " " + word
        else:
            line = line + (" " if i else "") + word
    out.append(line)
    return "\n".join(out)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if subject.isascii():
        return fold_ascii("Subject", subject)
    charset, how = enc or ("utf-8", "q")
    for prefix in REPLY_PREFIXES:
        if subject.startswith(prefix) and prefix.isascii():
            return f"Subject: {prefix}" + encoded_words(subject[len(prefix):], charset, how)
    return "Subject: " + encoded_words(subject, charset, how)


SPECIALS = set('()<>[]:;@\\,."')


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if not name.isascii():
        # One encoded word for the whole name: readers join adjacent words without a space,
        # and some keep the folding space inside a phrase, so a name is never split.
        charset, how = enc or ("utf-8", "q")
        word = _ew(name, charset, how)
        if len(word) > 75 and how == "q":
            word = _ew(name, charset, "b")
        return f"{word} <{addr}>"
    if any(c in SPECIALS for c in name):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def address_header(field: str, pairs: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> str:
    return f"{field}: " + ",\n ".join(address(p, enc) for p in pairs)


# ---------------------------------------------------------------- dates and quoting

WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
WEEKDAYS_LONG = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}
MONTHS_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
}


def parse_date(text: str) -> datetime:
    stamp, offset = text.rsplit(" ", 1)
    sign = 1 if offset[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def attribution(style: str, dt: datetime, name: str, addr: str) -> str:
    wd, mo = dt.weekday(), dt.month - 1
    hm = dt.strftime("%H:%M")
    if style == "en":
        h12 = dt.strftime("%I:%M %p").lstrip("0")
        return (f"On {WEEKDAYS['en'][wd]}, {MONTHS_SHORT['en'][mo]} {dt.day}, {dt.year} "
                f"at {h12} {name} <{addr}> wrote:")
    if style == "es":
        return (f"El {WEEKDAYS['es'][wd]}, {dt.day} {MONTHS_SHORT['es'][mo]} {dt.year} a las {hm}, "
                f"{name} (<{addr}>) escribió:")
    if style == "de":
        return (f"Am {WEEKDAYS['de'][wd]}, {dt.day}. {MONTHS['de'][mo]} {dt.year} um {hm} Uhr "
                f"schrieb {name} <{addr}>:")
    if style == "fr":
        return (f"Le {WEEKDAYS['fr'][wd]} {dt.day} {MONTHS_SHORT['fr'][mo]} {dt.year} à {hm}, "
                f"{name} <{addr}> a écrit :")
    raise ValueError(style)


def outlook_block(style: str, dt: datetime, parent: Spec, text: str) -> str:
    wd, mo = dt.weekday(), dt.month - 1
    name, addr = parent["from"]
    to = ", ".join(f"{n} <{a}>" if n else a for n, a in parent["to"])
    hm = dt.strftime("%H:%M")
    if style == "outlook_en":
        head = ["________________________________", f"From: {name} <{addr}>",
                f"Sent: {WEEKDAYS_LONG['en'][wd]}, {MONTHS['en'][mo]} {dt.day}, {dt.year} "
                f"{dt.strftime('%I:%M %p').lstrip('0')}", f"To: {to}",
                f"Subject: {parent['subject']}"]
    elif style == "outlook_es":
        head = ["-----Mensaje original-----", f"De: {name} <{addr}>",
                f"Enviado el: {WEEKDAYS_LONG['es'][wd]}, {dt.day} de {MONTHS['es'][mo]} de "
                f"{dt.year} {hm}", f"Para: {to}", f"Asunto: {parent['subject']}"]
    elif style == "outlook_de":
        head = ["-----Ursprüngliche Nachricht-----", f"Von: {name} <{addr}>",
                f"Gesendet: {WEEKDAYS_LONG['de'][wd]}, {dt.day}. {MONTHS['de'][mo]} {dt.year} "
                f"{hm}", f"An: {to}", f"Betreff: {parent['subject']}"]
    elif style == "outlook_fr":
        head = ["________________________________", f"De : {name} <{addr}>",
                f"Envoyé : {WEEKDAYS_LONG['fr'][wd]} {dt.day} {MONTHS['fr'][mo]} {dt.year} {hm}",
                f"À : {to}", f"Objet : {parent['subject']}"]
    else:
        raise ValueError(style)
    return "\n".join(head) + "\n\n" + text


def html_to_text(markup: str) -> str:
    text = re.sub(r"(?is)<(head|style|title)\b.*?</\1>", "", markup)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</(p|tr|h\d|li|div)>", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------- attachments

def _ascii(text: str) -> str:
    text = text.replace("€", "EUR").replace("–", "-").replace("’", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with a title and lines of text."""
    def pdf_str(s: str) -> str:
        s = _ascii(s)
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "56 780 Td", f"({pdf_str(title)}) Tj", "/F1 10 Tf", "0 -28 Td"]
    for line in lines:
        ops += [f"({pdf_str(line)}) Tj", "0 -15 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


VTIMEZONES = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
}


def make_ics(ics: dict[str, Any], key: str) -> str:
    std, dst, std_name, dst_name = VTIMEZONES[ics["tz"]]
    local = "T020000" if std == "+0100" else "T010000"
    back = "T030000" if std == "+0100" else "T020000"
    organizer_name, organizer_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0", f"METHOD:{ics['method']}",
        "BEGIN:VTIMEZONE", f"TZID:{ics['tz']}",
        "BEGIN:STANDARD", f"DTSTART:19701025{back}", f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}", f"TZNAME:{std_name}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:19700329{local}", f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics.get('uid', hashlib.sha1(key.encode()).hexdigest()[:20] + '@calendar')}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics['stamp']}",
        f"DTSTART;TZID={ics['tz']}:{ics['start']}",
        f"DTEND;TZID={ics['tz']}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics['location']}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics['description']}")
    lines += [
        f"ORGANIZER;CN=\"{organizer_name}\":mailto:{organizer_addr}",
        f"ATTENDEE;CN=\"{CANDIDATE[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CANDIDATE_ADDR}",
        f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 74:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\n".join(folded) + "\n"


# ---------------------------------------------------------------- building

def norm(text: str) -> str:
    return re.sub(r"(?m)^--$", "-- ", text.strip("\n")) + "\n"


class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = {s["key"]: s for s in specs}
        if len(self.specs) != len(specs):
            raise SystemExit("duplicate keys")
        self.final_text: dict[str, str] = {}
        self.ids: dict[str, str] = {}
        self.refs: dict[str, list[str]] = {}

    def message_id(self, spec: Spec) -> str:
        if spec["key"] not in self.ids:
            addr = spec["from"][1]
            domain = addr.split("@", 1)[1]
            if domain == "example.es":
                domain = "mail.example.es"
            digest = hashlib.sha1(("313/" + spec["key"]).encode()).hexdigest()
            stamp = parse_date(spec["date"]).strftime("%Y%m%d%H%M")
            self.ids[spec["key"]] = f"<{stamp}.{digest[:14]}@{domain}>"
        return self.ids[spec["key"]]

    def text_of(self, spec: Spec) -> str:
        """The plain text a reply would quote (new text plus its own quoted chain)."""
        key = spec["key"]
        if key in self.final_text:
            return self.final_text[key]
        if spec.get("body") is not None:
            text = norm(spec["body"])
        else:
            text = norm(html_to_text(spec["html"]))
        if spec.get("quote") and spec.get("parent"):
            parent = self.specs[spec["parent"]]
            pdt = parse_date(parent["date"])
            ptext = self.text_of(parent).rstrip("\n")
            style = spec["quote"]
            if style.startswith("outlook"):
                block = outlook_block(style, pdt, parent, ptext)
            else:
                quoted = "\n".join(">" + (" " + ln if ln and not ln.startswith(">") else ln)
                                   for ln in ptext.split("\n"))
                block = attribution(style, pdt, parent["from"][0] or parent["from"][1],
                                    parent["from"][1]) + "\n" + quoted
            if spec.get("body") is not None:
                text = text.rstrip("\n") + "\n\n" + block + "\n"
        self.final_text[key] = text
        return text

    def build(self, spec: Spec) -> bytes:
        spec.setdefault("to", [CANDIDATE])
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "quoted-printable")
        msg = EmailMessage(policy=POLICY)
        body = self.text_of(spec) if spec.get("body") is not None else None
        spec["_text"] = body
        markup = spec.get("html")
        if markup is not None and spec.get("quote") and spec.get("parent") and body:
            parent_text = self.text_of(self.specs[spec["parent"]]).rstrip("\n")
            quoted = ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                      'padding-left:1ex">' + html.escape(parent_text).replace("\n", "<br>\n")
                      + "</blockquote>")
            markup = markup.replace("</body>", quoted + "\n</body>")
        spec["_html"] = markup
        if body is not None:
            msg.set_content(body, charset=charset, cte=cte)
        if markup is not None:
            html_cs = spec.get("html_charset", charset)
            html_cte = spec.get("html_cte", cte)
            if body is not None:
                msg.add_alternative(markup, subtype="html", charset=html_cs, cte=html_cte)
            else:
                msg.set_content(markup, subtype="html", charset=html_cs, cte=html_cte)
        if spec.get("ics"):
            ics_text = make_ics(spec["ics"], spec["key"])
            spec["_ics"] = ics_text
            msg.add_alternative(ics_text, subtype="calendar", charset="utf-8",
                                cte=spec["ics"].get("cte", "7bit" if ics_text.isascii()
                                                    else "8bit"),
                                params={"method": spec["ics"]["method"]})
            if spec["ics"].get("attach"):
                msg.add_attachment(ics_text.encode("utf-8"), maintype="application",
                                   subtype="ics", filename="invite.ics")
        for name, title, lines in spec.get("pdfs", []):
            msg.add_attachment(make_pdf(title, lines), maintype="application", subtype="pdf",
                               filename=name)
        if spec.get("forward"):
            msg.add_attachment(self.inner(spec["forward"]))
        seed = hashlib.sha1(("b313/" + spec["key"]).encode()).hexdigest()[:16]
        for n, part in enumerate(msg.walk()):
            if part.get_content_maintype() == "multipart":
                for sub in part.iter_parts():
                    del sub["MIME-Version"]  # only the top of a message says it
                part.set_boundary(f"----=_Part_{n}_{seed}")
        generated = msg.as_bytes(policy=POLICY)
        head, _, payload = generated.partition(b"\n\n")
        mime_head = head.decode("ascii")
        lines = self.headers(spec)
        return ("\n".join(lines) + "\n" + mime_head + "\n\n").encode("ascii") + payload

    def inner(self, fwd: dict[str, Any]) -> EmailMessage:
        inner = EmailMessage(policy=POLICY)
        inner["From"] = address(fwd["from"])
        inner["To"] = address(fwd["to"])
        inner["Subject"] = fwd["subject"]
        inner["Date"] = format_datetime(parse_date(fwd["date"]))
        inner["Message-ID"] = fwd["message_id"]
        inner.set_content(norm(fwd["body"]), charset="utf-8", cte="quoted-printable")
        return inner

    def headers(self, spec: Spec) -> list[str]:
        name_enc = spec.get("name_enc")
        out = []
        for field, value in spec.get("top_headers", []):
            out.append(fold_ascii(field, value))
        out.append(address_header("From", [spec["from"]], name_enc))
        out.append(address_header("To", spec["to"], spec.get("to_enc")))
        if spec.get("cc"):
            out.append(address_header("Cc", spec["cc"]))
        if spec.get("reply_to"):
            out.append(address_header("Reply-To", [spec["reply_to"]], name_enc))
        out.append(subject_header(spec["subject"], spec.get("subj_enc")))
        out.append("Date: " + format_datetime(parse_date(spec["date"])))
        out.append("Message-ID: " + self.message_id(spec))
        if spec.get("parent"):
            parent = self.specs[spec["parent"]]
            refs = [*self.refs.get(parent["key"], []), self.message_id(parent)]
            self.refs[spec["key"]] = refs
            out.append("In-Reply-To: " + self.message_id(parent))
            out.append("References: " + "\n ".join(refs))
        for field, value in spec.get("headers", []):
            out.append(fold_ascii(field, value))
        return out


# ---------------------------------------------------------------- checks

def check(spec: Spec, data: bytes) -> None:
    where = spec["key"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = [d for part in msg.walk() for d in part.defects] + list(msg.defects)
    assert not problems, f"{where}: defects {problems}"
    assert str(msg["Subject"]) == spec["subject"], (where, str(msg["Subject"]), spec["subject"])
    frm = msg["From"].addresses[0]
    assert frm.display_name == spec["from"][0], (where, frm.display_name)
    assert frm.addr_spec == spec["from"][1], (where, frm.addr_spec)
    assert msg["Date"].datetime == parse_date(spec["date"]), where
    assert msg["Date"].datetime.year == 2026, where
    for field in ("To", "Message-ID"):
        assert msg[field], (where, field)
    texts: dict[str, str] = {}
    for p in msg.walk():  # the first part of each type; a forwarded message comes later
        if p.get_content_maintype() == "text" and p.get_content_disposition() is None:
            texts.setdefault(p.get_content_type(), p.get_content())
    if spec["_text"] is not None:
        assert texts["text/plain"].replace("\r\n", "\n") == spec["_text"], f"{where}: plain"
    if spec["_html"] is not None:
        got = texts["text/html"].replace("\r\n", "\n").rstrip("\n")
        assert got == spec["_html"].rstrip("\n"), f"{where}: html"
    if spec.get("_ics"):
        assert texts["text/calendar"].replace("\r\n", "\n") == spec["_ics"], f"{where}: ics"
    assert any(t.strip() for t in texts.values()), f"{where}: no text"
    for p in msg.walk():
        if p.get_content_type() == "application/pdf":
            raw = p.get_content()
            assert raw.startswith(b"%PDF-1.4") and raw.rstrip().endswith(b"%%EOF"), where
    # label rules
    kind, lang, company, contact = spec["kind"], spec["lang"], spec.get("company", ""), \
        spec.get("contact", "")
    assert kind in KINDS and lang in LANGS, where
    own = spec["from"][1].lower() == CANDIDATE_ADDR
    if own:
        assert kind == "other" and not contact, f"{where}: own mail"
    if kind == "other":
        assert company == "", f"{where}: company on other"
    else:
        assert company and company == company.strip(), f"{where}: company missing"
        assert not LEGAL_FORM.search(company), f"{where}: legal form in {company!r}"
    if contact:
        assert contact == contact.lower(), where
        values = [str(v) for f in ("Reply-To", "From") for v in msg.get_all(f, [])]
        found = [a.lower() for _, a in getaddresses(values) if a]
        assert contact in found, f"{where}: contact {contact} not in {found}"
        assert contact != CANDIDATE_ADDR, where
        assert not contact.endswith(ATS_DOMAINS), f"{where}: ATS contact"
        assert not re.match(r"(no-?reply|donotreply|notifications?|mailer)", contact), where
        rt = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("Reply-To", [])])]
        if rt and spec.get("reply_human", True):
            assert contact == rt[0], f"{where}: contact must be the human Reply-To"


def main() -> None:
    specs: list[Spec] = [s for mod in MODULES for s in mod.MESSAGES]
    builder = Builder(specs)
    specs.sort(key=lambda s: (parse_date(s["date"]), s["key"]))
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for n, spec in enumerate(specs, start=1):
        try:
            data = builder.build(spec)
        except (UnicodeError, ValueError) as error:
            raise SystemExit(f"{spec['key']}: {error}") from error
        check(spec, data)
        rel = f"{spec['kind']}/{n:03d}_{spec.get('slug', spec['key'])}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:>5}" for lang in LANGS)
              + f"  {sum(counts.values()):>5}")
    totals = [sum(table[k][lang] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{t:>5}" for t in totals) + f"  {sum(totals):>5}")


if __name__ == "__main__":
    main()
