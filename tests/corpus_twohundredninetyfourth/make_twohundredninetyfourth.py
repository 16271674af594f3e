#!/usr/bin/env python3
"""Build corpus 294 (Niamh O'Donoghue, pharmacy technician -> clinical trials) from its specs.

Standard library only. Reads the hand-written specs in msgs294_*.py, builds every message with
the `email` package (deterministic boundaries, Message-IDs and dates), writes <kind>/NNN_slug.eml
and labels.csv, then re-parses every file with email.policy.default and checks it.
Only *.eml files and labels.csv in this folder are deleted and rewritten.

Run: python tests/corpus_twohundredninetyfourth/make_twohundredninetyfourth.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib
import io
import quopri
import re
import sys
from collections import Counter
from datetime import UTC, datetime
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
common = importlib.import_module("msgs294_common")
MODULES = ["msgs294_acks", "msgs294_invites", "msgs294_moves", "msgs294_rejections",
           "msgs294_offers", "msgs294_other", "msgs294_own"]

CAND = common.CAND
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|mailer-daemon|"
                          r"alerts?|news(letter)?|jobs?|careers?|bounce|info|digest|hello|"
                          r"recrutement|bewerbung|empleo|karriere|talent)([.+-].*)?$")
LEGAL = re.compile(r"\b(GmbH|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Ltd|Limited|Inc|AG|KG|plc|DAC|"
                   r"S\.L\.U\.|e\.V\.|UG|BV|LLC)\b\.?$")

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def load_specs() -> list[dict]:
    specs: list[dict] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    return specs


# ---------------------------------------------------------------- headers


def qword(data: bytes) -> str:
    out = []
    for byte in data:
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif char.isascii() and (char.isalnum() or char in "-!*+/"):
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encode_words(text: str, how: str, whole: bool = False) -> str:
    """RFC 2047 encoded words, `how` like "q:iso-8859-1" or "b:utf-8"; short chunks."""
    enc, charset = how.split(":")
    size = len(text) if whole else 16
    chunks = [text[i:i + size] for i in range(0, len(text), size)]
    words = []
    for chunk in chunks:
        data = chunk.encode(charset)
        if enc == "b":
            words.append(f"=?{charset}?B?{base64.b64encode(data).decode('ascii')}?=")
        else:
            words.append(f"=?{charset}?Q?{qword(data)}?=")
    return " ".join(words)


def address(pair: tuple[str, str], how: str | None = None) -> str:
    name, addr = pair
    if name and (how or not name.isascii()):
        # one encoded word: in a phrase, parsers keep the space between adjacent words
        return f"{encode_words(name, how or 'b:utf-8', whole=True)} <{addr}>"
    return formataddr((name, addr))


def msgid(key: str, domain: str, when: datetime) -> str:
    digest = hashlib.sha256(f"294/{key}".encode()).hexdigest()[:14]
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{digest}@{domain}>"


# ---------------------------------------------------------------- quoting


def attribution(style: str, spec: dict) -> str:
    when = datetime.fromisoformat(spec["date"])
    name, addr = spec["frm"]
    hm = when.strftime("%H:%M")
    if style == "en":
        return f"On {DAYS_EN[when.weekday()][:3]}, {when.day} {MONTHS_EN[when.month - 1][:3]} " \
               f"{when.year} at {hm}, {name} <{addr}> wrote:"
    if style == "de":
        return f"Am {when.strftime('%d.%m.%Y')} um {hm} schrieb {name} <{addr}>:"
    if style == "fr":
        return f"Le {DAYS_FR[when.weekday()][:3]}. {when.day} {MONTHS_FR[when.month - 1]} " \
               f"{when.year} à {hm}, {name} <{addr}> a écrit :"
    if style == "es":
        return f"El {DAYS_ES[when.weekday()]}, {when.day} de {MONTHS_ES[when.month - 1]} " \
               f"de {when.year}, {name} (<{addr}>) escribió:"
    raise ValueError(style)


def outlook_block(style: str, spec: dict, text: str) -> str:
    when = datetime.fromisoformat(spec["date"])
    name, addr = spec["frm"]
    to = ", ".join(n or a for n, a in spec.get("to", [CAND]))
    labels = {
        "outlook": ("From", "Sent", "To", "Subject",
                    f"{DAYS_EN[when.weekday()]}, {when.day} {MONTHS_EN[when.month - 1]} "
                    f"{when.year} {when.strftime('%H:%M')}"),
        "outlook_de": ("Von", "Gesendet", "An", "Betreff",
                       f"{DAYS_DE[when.weekday()]}, {when.strftime('%d. ')}"
                       f"{MONTHS_DE[when.month - 1]} "
                       f"{when.year} {when.strftime('%H:%M')}"),
        "outlook_fr": ("De ", "Envoyé ", "À ", "Objet ",
                       f"{DAYS_FR[when.weekday()]} {when.day} {MONTHS_FR[when.month - 1]} "
                       f"{when.year} {when.strftime('%H:%M')}"),
        "outlook_es": ("De", "Enviado el", "Para", "Asunto",
                       f"{DAYS_ES[when.weekday()]}, {when.day} de {MONTHS_ES[when.month - 1]} "
                       f"de {when.year} {when.strftime('%H:%M')}"),
    }[style]
    f, s, t, subj, stamp = labels
    return (f"________________________________\n{f}: {name} <{addr}>\n{s}: {stamp}\n"
            f"{t}: {to}\n{subj}: {spec['subject']}\n\n{text}")


class Corpus:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = specs
        self.by_key = {s["key"]: s for s in specs}
        assert len(self.by_key) == len(specs), "duplicate keys"
        self.texts: dict[str, str] = {}
        self.boundary_no = 0
        self.originals: dict[int, str] = {}

    def full_text(self, spec: dict) -> str:
        key = spec["key"]
        if key in self.texts:
            return self.texts[key]
        text = spec["body"].strip("\n") + "\n"
        style = spec.get("quote")
        if style:
            earlier = self.by_key[spec["re"]]
            old = self.full_text(earlier)
            if style.startswith("outlook"):
                text += "\n" + outlook_block(style, earlier, old)
            else:
                quoted = "\n".join(("> " + line) if line and not line.startswith(">")
                                   else (">" + line if line else ">")
                                   for line in old.rstrip("\n").split("\n"))
                text += "\n" + attribution(style, earlier) + "\n" + quoted + "\n"
        self.texts[key] = text
        return text

    def references(self, spec: dict) -> list[str]:
        chain: list[str] = []
        current = spec
        while current.get("re"):
            current = self.by_key[current["re"]]
            chain.insert(0, self.message_id(current))
        return chain

    def message_id(self, spec: dict) -> str:
        when = datetime.fromisoformat(spec["date"])
        return msgid(spec["key"], spec["frm"][1].split("@")[1], when)

    # ------------------------------------------------------------ parts

    def boundary(self, key: str) -> str:
        self.boundary_no += 1
        digest = hashlib.sha256(f"{key}/{self.boundary_no}".encode()).hexdigest()[:12]
        return f"----=_Part294_{self.boundary_no:04d}_{digest}"

    def text_part(self, text: str, subtype: str, charset: str, cte: str,
                  extra: str = "") -> Message:
        part = Message()
        part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
        data = text.encode(charset)
        if cte == "7bit":
            assert text.isascii(), "7bit body must be ASCII"
            payload = text
        elif cte == "8bit":
            payload = data.decode("ascii", "surrogateescape")
        elif cte == "quoted-printable":
            payload = quopri.encodestring(data).decode("ascii")
        elif cte == "base64":
            payload = base64.encodebytes(data).decode("ascii")
        else:
            raise ValueError(cte)
        part["Content-Transfer-Encoding"] = cte
        part.set_payload(payload)
        self.originals[id(part)] = text
        return part

    def multipart(self, subtype: str, key: str, parts: list[Message]) -> Message:
        node = Message()
        node["Content-Type"] = f'multipart/{subtype}; boundary="{self.boundary(key)}"'
        for part in parts:
            node.attach(part)
        return node

    def body_node(self, spec: dict, text: str) -> Message:
        charset = spec.get("cs", "utf-8")
        cte = spec.get("cte") or ("7bit" if text.isascii() else "quoted-printable")
        fmt = spec.get("fmt", "plain")
        nodes: list[Message] = []
        if fmt in ("plain", "alt"):
            nodes.append(self.text_part(text, "plain", charset, cte))
        if fmt in ("html", "alt"):
            markup = spec.get("html") or common.html_shell(text, spec.get("brand", ""))
            hcte = spec.get("html_cte") or ("7bit" if markup.isascii() else cte)
            if hcte == "7bit" and not markup.isascii():
                hcte = "quoted-printable"
            nodes.append(self.text_part(markup, "html", charset, hcte))
        ics = spec.get("ics")
        if ics and ics.get("mode", "alt") == "alt":
            nodes.append(self.calendar_part(spec, ics))
        if len(nodes) == 1:
            return nodes[0]
        return self.multipart("alternative", spec["key"], nodes)

    def calendar_part(self, spec: dict, ics: dict) -> Message:
        text = make_ics(spec, ics)
        method = ics.get("method", "REQUEST")
        cte = ics.get("cte") or ("7bit" if text.isascii() else "quoted-printable")
        if ics.get("mode", "alt") == "alt":
            return self.text_part(text, "calendar", "utf-8", cte, f"; method={method}")
        part = self.text_part(text, "calendar", "utf-8", cte,
                              f'; method={method}; name="{ics.get("file", "invite.ics")}"')
        part["Content-Disposition"] = f'attachment; filename="{ics.get("file", "invite.ics")}"'
        return part

    def build(self, spec: dict) -> Message:
        text = self.full_text(spec)
        node = self.body_node(spec, text)
        extras: list[Message] = []
        ics = spec.get("ics")
        if ics and ics.get("mode") == "attach":
            extras.append(self.calendar_part(spec, ics))
        for filename, lines in spec.get("pdfs", []):
            pdf = Message()
            pdf["Content-Type"] = f'application/pdf; name="{filename}"'
            pdf["Content-Disposition"] = f'attachment; filename="{filename}"'
            pdf["Content-Transfer-Encoding"] = "base64"
            pdf.set_payload(base64.encodebytes(make_pdf(lines)).decode("ascii"))
            extras.append(pdf)
        if spec.get("fwd"):
            inner = dict(spec["fwd"])
            inner.setdefault("key", spec["key"] + "/fwd")
            wrapper = Message()
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "inline"
            wrapper.set_payload([self.build(inner)])
            extras.append(wrapper)
        if extras:
            node = self.multipart("mixed", spec["key"], [node, *extras])

        root = Message()
        when = datetime.fromisoformat(spec["date"])
        root["From"] = address(spec["frm"], spec.get("name_enc"))
        if spec.get("reply_to"):
            root["Reply-To"] = address(spec["reply_to"], spec.get("reply_enc"))
        root["To"] = ", ".join(address(p) for p in spec.get("to", [CAND]))
        if spec.get("cc"):
            root["Cc"] = ", ".join(address(p) for p in spec["cc"])
        subject = spec["subject"]
        how = spec.get("subj_enc")
        root["Subject"] = encode_words(subject, how or "q:utf-8") \
            if how or not subject.isascii() else subject
        root["Date"] = format_datetime(when)
        root["Message-ID"] = self.message_id(spec)
        refs = self.references(spec)
        if refs:
            root["In-Reply-To"] = refs[-1]
            root["References"] = " ".join(refs)
        root["MIME-Version"] = "1.0"
        for name, value in spec.get("headers", {}).items():
            root[name] = value
        for name, value in node.items():
            root[name] = value
        root.set_payload(node._payload)  # raw: get_payload() would decode 8bit text
        self.originals[id(root)] = self.originals.pop(id(node), None)
        return root


# ---------------------------------------------------------------- attachments


def pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for line in lines:
        ops.append(f"({pdf_escape(line)}) Tj T*")
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
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


VTIMEZONES = {
    "Europe/Dublin": ("GMT", "+0000", "IST", "+0100", "010000", "020000"),
    "Europe/Berlin": ("CET", "+0100", "CEST", "+0200", "020000", "030000"),
    "Europe/Paris": ("CET", "+0100", "CEST", "+0200", "020000", "030000"),
    "Europe/Madrid": ("CET", "+0100", "CEST", "+0200", "020000", "030000"),
}


def ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(spec: dict, ics: dict) -> str:
    tz = ics.get("tz", "Europe/Dublin")
    std, std_off, dst, dst_off, spring, autumn = VTIMEZONES[tz]
    stamp = datetime.fromisoformat(spec["date"]).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    organizer = ics.get("organizer") or spec.get("reply_to") or spec["frm"]
    method = ics.get("method", "REQUEST")
    start = ics["start"].replace("-", "").replace(":", "") + "00"
    end = ics["end"].replace("-", "").replace(":", "") + "00"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus294//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:STANDARD", "DTSTART:19701025T" + autumn, f"TZOFFSETFROM:{dst_off}",
        f"TZOFFSETTO:{std_off}", f"TZNAME:{std}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700329T" + spring,
        f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}", f"TZNAME:{dst}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}", f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
        f"LOCATION:{ics_escape(ics.get('location', ''))}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={CAND[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            cut = 74
            while len(line[:cut].encode()) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- checks


def is_system(addr: str) -> bool:
    local, _, domain = addr.lower().partition("@")
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS) \
        or bool(SYSTEM_LOCAL.match(local))


def check_labels(spec: dict) -> None:
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS, kind
    assert spec["lang"] in LANGS, spec["lang"]
    own = spec["frm"][1].lower() == CAND[1]
    if own:
        assert kind == "other" and not contact, "own mail is other, no contact"
    if kind == "other":
        assert not company, "company must be empty on other"
    else:
        assert company and company == company.strip(), "job mail needs a company"
        assert not LEGAL.search(company), f"legal form in company {company!r}"
    if contact:
        assert contact == contact.lower()
        assert contact != CAND[1]
        assert not is_system(contact), f"system contact {contact}"
        reply = spec.get("reply_to")
        allowed = [spec["frm"][1].lower()] + ([reply[1].lower()] if reply else [])
        assert contact in allowed, f"contact {contact} not in From/Reply-To"
        if reply and not is_system(reply[1]):
            assert contact == reply[1].lower(), "a human Reply-To wins"


def check_message(raw: bytes, spec: dict, originals: list[str]) -> None:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, f"defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"header {name} defects {value.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"missing {name}"
    assert str(msg["Subject"]) == spec["subject"], (str(msg["Subject"]), spec["subject"])
    frm = msg["From"].addresses[0]
    assert frm.display_name == spec["frm"][0], (frm.display_name, spec["frm"][0])
    assert frm.addr_spec == spec["frm"][1]
    assert msg["Date"].datetime == datetime.fromisoformat(spec["date"])
    assert msg["Date"].datetime.year == 2026
    texts = [part.get_content().replace("\r\n", "\n") for part in msg.walk()
             if part.get_content_maintype() == "text"]
    assert texts == [t.replace("\r\n", "\n") for t in originals], "text bodies differ"
    assert any(t.strip() for t in texts)
    found = [a for _, a in getaddresses([str(v) for v in msg.get_all("Reply-To", [])
                                         + msg.get_all("From", [])])]
    if spec["contact"]:
        assert spec["contact"] in [a.lower() for a in found]


def main() -> None:
    specs = load_specs()
    corpus = Corpus(specs)
    for spec in specs:
        check_labels(spec)
    ordered = sorted(specs, key=lambda s: (datetime.fromisoformat(s["date"]), s["key"]))
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    problems = []
    gen_policy = policy.compat32.clone(linesep="\n")
    for number, spec in enumerate(ordered, start=1):
        corpus.originals.clear()  # keyed by id(): only this message's parts may be in it
        try:
            message = corpus.build(spec)
        except (UnicodeError, KeyError, ValueError, AssertionError) as error:
            raise SystemExit(f"{spec['key']}: {error!r}") from error
        originals = [corpus.originals[id(p)] for p in message.walk()
                     if id(p) in corpus.originals and corpus.originals[id(p)] is not None]
        buffer = io.BytesIO()
        BytesGenerator(buffer, mangle_from_=False, policy=gen_policy).flatten(message)
        raw = buffer.getvalue()
        slug = spec.get("slug") or spec["key"].replace("_", "-")
        rel = f"{spec['kind']}/{number:03d}_{slug}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        try:
            check_message(raw, spec, originals)
        except AssertionError as error:
            problems.append(f"{rel}: {error}")
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((r[1], r[4]) for r in rows)
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:34}" + "".join(f"{c:5d}" for c in counts) + f"  {sum(counts):5d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':34}" + "".join(f"{c:5d}" for c in totals) + f"  {sum(totals):5d}")
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)


if __name__ == "__main__":
    main()
