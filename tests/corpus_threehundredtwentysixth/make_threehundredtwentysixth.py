"""Build the 326th blind corpus: every spec in msgs326_*.py becomes one .eml, plus labels.csv.

Standard library only. Deterministic: boundaries, Message-IDs and dates come from the specs.
Deletes and rewrites only *.eml and labels.csv under this folder.
Run: python tests/corpus_threehundredtwentysixth/make_threehundredtwentysixth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import html
import io
import quopri
import re
import sys
from datetime import UTC, datetime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs326_acks  # noqa: E402
import msgs326_common  # noqa: E402
import msgs326_invites  # noqa: E402
import msgs326_other  # noqa: E402
import msgs326_rejections  # noqa: E402
import msgs326_threads  # noqa: E402

Spec = dict[str, Any]
ME = msgs326_common.ME
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LEGAL = re.compile(r"\b(GmbH|AG|SA|SAS|S\.A\.|S\.L\.|SL|SARL|Ltd|Inc|eG|KG|SE|LLC|plc|e\.V\.)\b")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")

DAYS = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
        "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]}
MONTHS = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec"],
          "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                 "oct.", "nov.", "déc."],
          "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov",
                 "dic"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember"]}
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def msgid(spec: Spec) -> str:
    digest = hashlib.sha256(("326/" + spec["id"]).encode()).hexdigest()[:20]
    domain = spec["from"][1].split("@")[1]
    return f"<{digest}.{spec['id'].replace('_', '-')}@{domain}>"


def charset(name: str, enc: str) -> Charset:
    c = Charset(name)
    c.header_encoding = BASE64 if enc == "b" else QP
    return c


def encode_name(name: str, addr: str, enc: tuple[str, str]) -> str:
    if name.isascii():
        return formataddr((name, addr))
    return f"{charset(enc[1], enc[0]).header_encode(name)} <{addr}>"


def attribution(style: str, parent: Spec) -> tuple[str, bool]:
    """The attribution line(s) for quoting `parent`; second item: prefix lines with '> '."""
    d = when(parent)
    name, addr = parent["from"]
    hm = d.strftime("%H:%M")
    wd, mo = d.weekday(), d.month - 1
    if style == "en":
        return f"On {DAYS['en'][wd]}, {d.day} {MONTHS['en'][mo]} 2026 at {hm}, {name} <{addr}> wrote:", True
    if style == "de":
        return f"Am {d.strftime('%d.%m.%Y')} um {hm} schrieb {name} <{addr}>:", True
    if style == "fr":
        return f"Le {DAYS['fr'][wd]} {d.day} {MONTHS['fr'][mo]} 2026 à {hm}, {name} <{addr}> a écrit :", True
    if style == "es":
        return f"El {DAYS['es'][wd]}, {d.day} {MONTHS['es'][mo]} 2026 a las {hm}, {name} (<{addr}>) escribió:", True
    to = parent.get("to", ME)
    if style == "outlook_en":
        sent = f"{EN_DAYS[wd]}, {EN_MONTHS[mo]} {d.day}, 2026 {d.strftime('%I:%M %p')}"
        head = ["From: " + f"{name} <{addr}>", "Sent: " + sent, f"To: {to[0]} <{to[1]}>",
                "Subject: " + parent["subject"]]
    else:
        sent = f"{DAYS['de'][wd]}, {d.day}. {MONTHS['de'][mo]} 2026 {hm}"
        head = ["Von: " + f"{name} <{addr}>", "Gesendet: " + sent, f"An: {to[0]} <{to[1]}>",
                "Betreff: " + parent["subject"]]
    return "________________________________\n" + "\n".join(head) + "\n", False


class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = specs
        self.by_id = {s["id"]: s for s in specs}
        assert len(self.by_id) == len(specs), "duplicate spec id"
        self._text: dict[str, str] = {}

    def text(self, spec: Spec) -> str:
        """The full plain text of a spec: its new text plus the quoted parent, if any."""
        if spec["id"] in self._text:
            return self._text[spec["id"]]
        body = spec["body"]
        if spec.get("quote"):
            parent = self.by_id[spec["parent"]]
            line, prefix = attribution(spec["quote"], parent)
            old = self.text(parent).rstrip("\n")
            if prefix:
                old = "\n".join(("> " + ln) if ln and not ln.startswith(">") else (">" + ln)
                                for ln in old.split("\n"))
            body = body + "\n" + line + "\n" + old + "\n"
        self._text[spec["id"]] = body
        return body

    def references(self, spec: Spec) -> list[str]:
        if "parent" not in spec:
            return []
        parent = self.by_id[spec["parent"]]
        return [*self.references(parent), msgid(parent)]


def to_html(text: str, lang: str, cs: str) -> str:
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(html.escape(ln.lstrip("> ")) for ln in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(html.escape(ln) for ln in lines) + "</p>")
    body = "\n".join(out)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset={cs}">\n</head>\n<body style="font-family:Arial,'
            f'Helvetica,sans-serif;font-size:14px">\n{body}\n</body>\n</html>\n')


def make_pdf(lines: list[str]) -> bytes:
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = "BT /F1 11 Tf 14 TL 56 780 Td " + " ".join(f"({esc(ln)}) Tj T*" for ln in lines) + " ET"
    stream = ops.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
            b"<< /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
            + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


VTIMEZONE = {
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Vienna": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
}


def make_ics(spec: Spec, ics: dict[str, Any]) -> str:
    tz = ics.get("tz", "Europe/Berlin")
    std, dst, sname, dname = VTIMEZONE[tz]
    method = ics.get("method", "REQUEST")
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M00Z")
    org_name, org_addr = ics.get("organizer", spec["from"])
    lines = [
        "BEGIN:VCALENDAR", f"PRODID:-//{ics.get('prodid', 'Calendar')}//EN", "VERSION:2.0",
        f"METHOD:{method}", "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}", f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}", f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{ME[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


class Emitter:
    """Builds the MIME tree of one spec and records every text part it writes, in order."""

    def __init__(self, builder: Builder, number: int) -> None:
        self.builder = builder
        self.number = number
        self.bcount = 0
        self.texts: list[str] = []

    def boundary(self, part: Message) -> None:
        self.bcount += 1
        part.set_boundary(f"----=_Part_326_{self.number:03d}_{self.bcount}")

    def text_part(self, content: str, subtype: str, cs: str, cte: str,
                  params: dict[str, str] | None = None) -> Message:
        part = Message()
        ctype = f"text/{subtype}; charset=\"{cs}\""
        for k, v in (params or {}).items():
            ctype += f"; {k}={v}"
        part["Content-Type"] = ctype
        data = content.encode(cs)
        if cte == "b64":
            part["Content-Transfer-Encoding"] = "base64"
            part.set_payload(base64.encodebytes(data).decode("ascii"))
        elif cte == "qp":
            part["Content-Transfer-Encoding"] = "quoted-printable"
            part.set_payload(quopri.encodestring(data).decode("ascii"))
        else:
            part["Content-Transfer-Encoding"] = "8bit" if not data.isascii() else "7bit"
            part.set_payload(data.decode("ascii", "surrogateescape"))
        self.texts.append(content)
        return part

    def pdf_part(self, name: str, lines: list[str]) -> Message:
        part = Message()
        part["Content-Type"] = f"application/pdf; name=\"{name}\""
        part["Content-Disposition"] = f"attachment; filename=\"{name}\""
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(make_pdf(lines)).decode("ascii"))
        return part

    def body(self, spec: Spec) -> Message:
        text = self.builder.text(spec)
        cs = spec.get("cs", "utf-8")
        cte = spec.get("cte", "qp")
        fmt = spec.get("fmt", "plain")
        page = spec.get("html") or to_html(text, spec["lang"], cs)
        if fmt == "plain":
            core = self.text_part(text, "plain", cs, cte)
        elif fmt == "html":
            core = self.text_part(page, "html", cs, cte)
        else:
            core = Message()
            core["Content-Type"] = "multipart/alternative"
            self.boundary(core)
            core.attach(self.text_part(text, "plain", cs, cte))
            if fmt in ("alt", "cal"):
                core.attach(self.text_part(page, "html", cs, cte))
            if fmt in ("cal", "calplain"):
                ics = spec["ics"]
                core.attach(self.text_part(make_ics(spec, ics), "calendar", "utf-8", "b64",
                                           {"method": ics.get("method", "REQUEST")}))
        extras: list[Message] = []
        for name, lines in spec.get("pdf", []):
            extras.append(self.pdf_part(name, lines))
        if "fwd" in spec:
            inner = self.builder.by_id[spec["fwd"]] if isinstance(spec["fwd"], str) else spec["fwd"]
            wrapper = Message()
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "inline"
            wrapper.set_payload([self.message(inner)])
            extras.append(wrapper)
        if not extras:
            return core
        mixed = Message()
        mixed["Content-Type"] = "multipart/mixed"
        self.boundary(mixed)
        mixed.attach(core)
        for part in extras:
            mixed.attach(part)
        return mixed

    def message(self, spec: Spec) -> Message:
        msg = self.body(spec)
        top = Message()
        enc = spec.get("name_enc", ("q", "utf-8"))
        name, addr = spec["from"]
        top["From"] = encode_name(name, addr, enc)
        to = spec.get("to", ME)
        top["To"] = encode_name(to[0], to[1], enc)
        if "cc" in spec:
            top["Cc"] = encode_name(spec["cc"][0], spec["cc"][1], enc)
        if "reply_to" in spec:
            top["Reply-To"] = encode_name(spec["reply_to"][0], spec["reply_to"][1], enc)
        subject = spec["subject"]
        if subject.isascii():
            top["Subject"] = subject
        else:
            s_enc = spec.get("subj_enc", ("q", "utf-8"))
            top["Subject"] = Header(subject, charset(s_enc[1], s_enc[0]), header_name="Subject")
        top["Date"] = format_datetime(when(spec))
        top["Message-ID"] = msgid(spec)
        refs = self.builder.references(spec)
        if refs:
            top["In-Reply-To"] = refs[-1]
            top["References"] = " ".join(refs)
        for k, v in spec.get("headers", {}).items():
            top[k] = v
        top["MIME-Version"] = "1.0"
        for k, v in msg.items():
            top[k] = v
        top.set_payload(msg._payload)  # raw payload, surrogate-escaped 8bit bytes kept as is
        return top


def render(msg: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78,
                   policy=email.policy.compat32).flatten(msg)
    return out.getvalue()


def check(spec: Spec, raw: bytes, texts: list[str]) -> None:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    where = spec["id"]
    for part in parsed.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for key in part:
            assert not getattr(part[key], "defects", ()), f"{where}: header {key} defect"
    assert str(parsed["subject"]) == spec["subject"], f"{where}: subject {parsed['subject']!r}"
    assert parsed["from"].addresses[0].display_name == spec["from"][0], f"{where}: from name"
    assert parsed["from"].addresses[0].addr_spec == spec["from"][1]
    assert parsed["date"].datetime == when(spec), f"{where}: date"
    got = [p.get_content() for p in parsed.walk() if p.get_content_maintype() == "text"]
    assert got == texts, f"{where}: text bodies do not round-trip"
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS, where
    assert spec["lang"] in ("en", "de", "fr", "es"), where
    if kind == "other":
        assert not company, f"{where}: company on other"
    else:
        assert company and company == company.strip(), f"{where}: company missing"
        assert not LEGAL.search(company), f"{where}: legal form in company"
    if spec["from"][1] == ME[1]:
        assert kind == "other" and not contact, f"{where}: own mail"
    if contact:
        assert contact == contact.lower() and contact != ME[1]
        heads = [a.addr_spec.lower() for h in ("reply-to", "from") if parsed[h]
                 for a in parsed[h].addresses]
        assert contact in heads, f"{where}: contact not in Reply-To/From"
        assert not contact.endswith(ATS_DOMAINS), f"{where}: ATS contact"
        assert not re.search(r"no-?reply|donotreply|notification", contact), where
        if "reply_to" in spec:
            assert contact == spec["reply_to"][1].lower(), f"{where}: contact is not Reply-To"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40]


def main() -> None:
    specs = [*msgs326_threads.SPECS, *msgs326_rejections.SPECS, *msgs326_invites.SPECS,
             *msgs326_acks.SPECS, *msgs326_other.SPECS]
    builder = Builder(specs)
    for path in HERE.rglob("*.eml"):
        path.unlink()
    ordered = sorted(specs, key=lambda s: (when(s), s["id"]))
    rows = []
    seen_ids = set()
    for number, spec in enumerate(ordered, 1):
        emitter = Emitter(builder, number)
        raw = render(emitter.message(spec))
        check(spec, raw, emitter.texts)
        assert msgid(spec) not in seen_ids
        seen_ids.add(msgid(spec))
        rel = f"{spec['kind']}/{number:03d}_{slug(spec['id'])}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    counts: dict[tuple[str, str], int] = {}
    for _, kind, _, _, lang in rows:
        counts[kind, lang] = counts.get((kind, lang), 0) + 1
    print(f"{'kind':32} " + " ".join(f"{lg:>4}" for lg in ("de", "en", "fr", "es")) + "  all")
    for kind in KINDS:
        cells = [counts.get((kind, lg), 0) for lg in ("de", "en", "fr", "es")]
        print(f"{kind:32} " + " ".join(f"{c:>4}" for c in cells) + f" {sum(cells):>4}")
    totals = [sum(v for (_, lg), v in counts.items() if lg == lang)
              for lang in ("de", "en", "fr", "es")]
    print(f"{'total':32} " + " ".join(f"{c:>4}" for c in totals) + f" {len(rows):>4}")


if __name__ == "__main__":
    main()
