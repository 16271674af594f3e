#!/usr/bin/env python3
"""Build corpus 323 (Konstantin Wiesinger, carpenter moving into technical sales) from the
hand-written specs in msgs323_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv below this folder, then
re-parses every message with email.policy.default and checks it. Same bytes on every run.

    python tests/corpus_threehundredtwentythird/make_threehundredtwentythird.py
"""

from __future__ import annotations

import csv
import email
import email.policy
import html as htmllib
import re
import sys
from datetime import UTC, datetime
from email import base64mime, quoprimime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs323_acks  # noqa: E402
import msgs323_invites  # noqa: E402
import msgs323_missed  # noqa: E402
import msgs323_offers  # noqa: E402
import msgs323_other_de  # noqa: E402
import msgs323_other_intl  # noqa: E402
import msgs323_rejections  # noqa: E402
import msgs323_resched  # noqa: E402
from msgs323_common import CAND, Spec  # noqa: E402

MODULES = [
    msgs323_acks, msgs323_invites, msgs323_resched, msgs323_missed,
    msgs323_rejections, msgs323_offers, msgs323_other_de, msgs323_other_intl,
]
KINDS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)
LANGS = ("de", "en", "fr", "es")
POLICY = email.policy.default
LEGAL = re.compile(
    r"\b(GmbH|AG|KG|SE|SA|SAS|SARL|S\.?L\.?U?|S\.?A\.?|Ltd|Inc|LLC|d\.o\.o\.|e\.U\.|Co\.)(?=\W|$)",
)
SYSTEM = re.compile(
    r"(no-?reply|donotreply|do-not-reply|notifications?@|jobs@|careers@|recruiting@|talent@|"
    r"bewerbung@|karriere@|alerts?@|news|mailer|postmaster|system@|info@|service@|"
    r"myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|icims\.com|"
    r"ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|taleo\.net|"
    r"softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)",
)

# --------------------------------------------------------------------------- dates & quoting

DAY = {
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
DAYLONG = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MON = {
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
MONLONG = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["d"], "%Y-%m-%d %H:%M %z")


def who(pair: tuple[str, str]) -> str:
    name, addr = pair
    return f"{name} <{addr}>" if name else addr


def attribution(lang: str, parent: Spec) -> str:
    t = when(parent)
    wd, m = t.weekday(), t.month - 1
    hm = t.strftime("%H:%M")
    sender = who(parent["fr"])
    if lang == "de":
        return f"Am {DAY['de'][wd]}, {t.day}. {MON['de'][m]} {t.year} um {hm} Uhr schrieb {sender}:"
    if lang == "fr":
        return f"Le {DAY['fr'][wd]} {t.day} {MON['fr'][m]} {t.year} à {hm}, {sender} a écrit :"
    if lang == "es":
        name, addr = parent["fr"]
        return (f"El {DAY['es'][wd]}, {t.day} {MON['es'][m]} {t.year} a las {t.hour}:{t.minute:02d}, "
                f"{name or addr} (<{addr}>) escribió:")
    return f"On {DAY['en'][wd]}, {t.day} {MON['en'][m]} {t.year} at {hm}, {sender} wrote:"


def outlook_block(lang: str, parent: Spec) -> str:
    t = when(parent)
    wd, m = t.weekday(), t.month - 1
    to = ", ".join(who(p) for p in parent["to"])
    sender = who(parent["fr"])
    if lang == "de":
        sent = f"{DAYLONG['de'][wd]}, {t.day}. {MONLONG['de'][m]} {t.year} {t:%H:%M}"
        rows = [("Von", sender), ("Gesendet", sent), ("An", to), ("Betreff", parent["sub"])]
        return "\n".join(f"{k}: {v}" for k, v in rows)
    if lang == "fr":
        sent = f"{DAYLONG['fr'][wd]} {t.day} {MONLONG['fr'][m]} {t.year} {t:%H:%M}"
        rows = [("De", sender), ("Envoyé", sent), ("À", to), ("Objet", parent["sub"])]
        return "\n".join(f"{k} : {v}" for k, v in rows)
    if lang == "es":
        sent = f"{DAYLONG['es'][wd]}, {t.day} de {MONLONG['es'][m]} de {t.year} {t.hour}:{t:%M}"
        rows = [("De", sender), ("Enviado el", sent), ("Para", to), ("Asunto", parent["sub"])]
        return "\n".join(f"{k}: {v}" for k, v in rows)
    hour = t.hour % 12 or 12
    sent = (f"{DAYLONG['en'][wd]}, {MONLONG['en'][m]} {t.day}, {t.year} {hour}:{t:%M} "
            f"{'AM' if t.hour < 12 else 'PM'}")
    rows = [("From", sender), ("Sent", sent), ("To", to), ("Subject", parent["sub"])]
    return "-----Original Message-----\n" + "\n".join(f"{k}: {v}" for k, v in rows)


def strip_html(markup: str) -> str:
    text = re.sub(r"(?is)<(head|style).*?</\1>", "", markup)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = htmllib.unescape(text)
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --------------------------------------------------------------------------- parts

def encoded_words(text: str, charset: str, enc: str, size: int = 22) -> str:
    """RFC 2047 encoded words for text, size characters each, folded onto several lines."""
    words, chunk = [], ""
    for ch in text:
        chunk += ch
        if len(chunk) >= size:
            words.append(chunk)
            chunk = ""
    if chunk:
        words.append(chunk)
    out = []
    for word in words:
        raw = word.encode(charset)
        if enc == "Q":
            out.append(quoprimime.header_encode(raw, charset))
        else:
            out.append(base64mime.header_encode(raw, charset))
    return "\n ".join(out)


def fold_ascii(text: str, width: int = 68) -> str:
    """Fold a long ASCII header value at spaces, as mail programs do."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n ".join(lines)


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing lines of text (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = "BT /F1 11 Tf 60 780 Td 15 TL\n" + "".join(f"({esc(x)}) Tj T*\n" for x in lines)
    stream = (body + "ET").encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


VTZ = {
    "Europe/Vienna": "Europe/Vienna", "Europe/Berlin": "Europe/Berlin",
    "Europe/Paris": "Europe/Paris", "Europe/Madrid": "Europe/Madrid",
    "Europe/Ljubljana": "Europe/Ljubljana",
}


def ics_text(cal: dict[str, Any], spec: Spec) -> str:
    tz = cal.get("tz", "Europe/Vienna")
    org_name, org_addr = cal["org"]
    method = cal["method"]
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus323//Calendar 1.0//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{VTZ[tz]}",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp}Z",
        f"DTSTART;TZID={tz}:{cal['start']}",
        f"DTEND;TZID={tz}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('loc', '')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={CAND[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND[1]}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- building

class Corpus:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = specs
        self.by_slug: dict[str, Spec] = {}
        for index, spec in enumerate(specs, 1):
            assert spec["s"] not in self.by_slug, f"duplicate slug {spec['s']}"
            spec["_n"] = index
            domain = spec["fr"][1].split("@")[1]
            spec["_mid"] = f"<{when(spec):%Y%m%d%H%M}.323{index:03d}@{domain}>"
            self.by_slug[spec["s"]] = spec
            inner = spec.get("fwd")
            if isinstance(inner, dict):
                inner["_n"] = index
                inner_domain = inner["fr"][1].split("@")[1]
                inner["_mid"] = f"<{when(inner):%Y%m%d%H%M}.fwd323{index:03d}@{inner_domain}>"
        self.full: dict[str, str | None] = {}

    def text_of(self, spec: Spec) -> str | None:
        """The whole plain text of a message: its new text plus any quoted chain."""
        slug = spec["s"]
        if slug in self.full:
            return self.full[slug]
        text = spec.get("b")
        parent_slug = spec.get("re")
        style = spec.get("q")
        if text is not None and parent_slug and style:
            parent = self.by_slug[parent_slug]
            ptext = self.text_of(parent)
            if ptext is None:
                ptext = strip_html(parent["h"])
            if style == "outlook":
                text = f"{text.rstrip()}\n\n{outlook_block(spec['l'], parent)}\n\n{ptext}"
            else:
                quoted = "\n".join(">" + (" " + x if x else "") for x in ptext.splitlines())
                text = f"{text.rstrip()}\n\n{attribution(spec['l'], parent)}\n{quoted}"
        self.full[slug] = text
        return text

    def references(self, spec: Spec) -> list[str]:
        parent_slug = spec.get("re")
        if not parent_slug:
            return []
        parent = self.by_slug[parent_slug]
        assert when(parent) < when(spec), f"{spec['s']}: reply older than its parent"
        return [*self.references(parent), parent["_mid"]]

    def build(self, spec: Spec, inner: bool = False) -> tuple[EmailMessage, list[str]]:
        msg = EmailMessage(policy=POLICY)
        name, addr = spec["fr"]
        if spec.get("ewn"):
            cs, enc = spec["ewn"]
            msg.set_raw("From", f"{encoded_words(name, cs, enc, 40)}\n <{addr}>")
        else:
            msg["From"] = Address(display_name=name, addr_spec=addr)
        if spec.get("rt"):
            msg["Reply-To"] = Address(display_name=spec["rt"][0], addr_spec=spec["rt"][1])
        msg["To"] = [Address(display_name=n, addr_spec=a) for n, a in spec["to"]]
        if spec.get("cc"):
            msg["Cc"] = [Address(display_name=n, addr_spec=a) for n, a in spec["cc"]]
        if spec.get("ews"):
            cs, enc = spec["ews"]
            msg.set_raw("Subject", encoded_words(spec["sub"], cs, enc))
        elif spec["sub"].isascii() and len(spec["sub"]) > 68:
            msg.set_raw("Subject", fold_ascii(spec["sub"]))
        else:
            msg["Subject"] = spec["sub"]
        msg["Date"] = format_datetime(when(spec))
        msg["Message-ID"] = spec["_mid"]
        refs = self.references(spec)
        if refs:
            msg["In-Reply-To"] = refs[-1]
            msg["References"] = " ".join(refs)
        for key, value in spec.get("hdr", {}).items():
            msg[key] = value

        expected: list[str] = []
        cs, cte = spec["cs"], spec.get("cte")
        text = self.text_of(spec)
        markup = spec.get("h")
        assert text is not None or markup is not None, spec["s"]
        if text is not None:
            msg.set_content(text, subtype="plain", charset=cs, cte=cte)
            expected.append(text)
        if markup is not None:
            hcte = spec.get("hcte", cte)
            if text is None:
                msg.set_content(markup, subtype="html", charset=cs, cte=hcte)
            else:
                msg.add_alternative(markup, subtype="html", charset=cs, cte=hcte)
            expected.append(markup)
        if spec.get("ics"):
            cal = ics_text(spec["ics"], spec)
            msg.add_alternative(cal, subtype="calendar", charset="utf-8",
                                params={"method": spec["ics"]["method"]})
            expected.append(cal)
        for filename, lines in spec.get("att", []):
            msg.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf",
                               filename=filename)
        if spec.get("fwd"):
            fwd_spec = spec["fwd"]
            if isinstance(fwd_spec, str):
                fwd_spec = self.by_slug[fwd_spec]
            inner_msg, inner_expected = self.build(fwd_spec, inner=True)
            if msg.get_content_maintype() != "multipart":
                msg.make_mixed()
            msg.add_attachment(inner_msg, disposition="inline")
            expected.extend(inner_expected)
        for part in msg.walk():
            if part is not msg and "Message-ID" not in part:
                del part["MIME-Version"]
        for number, part in enumerate(msg.walk()):
            if part.get_content_maintype() == "multipart":
                part.set_boundary(f"=_323_{spec['_n']:03d}_{'i' if inner else 'o'}{number}")
        return msg, expected


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def label_row(spec: Spec) -> dict[str, str]:
    kind, lang, company, ct = spec["k"], spec["l"], spec["co"], spec["ct"]
    assert kind in KINDS and lang in LANGS, spec["s"]
    if ct == "r":
        contact = spec["rt"][1].lower()
    elif ct == "f":
        contact = spec["fr"][1].lower()
    else:
        assert ct == "", spec["s"]
        contact = ""
    if kind == "other":
        assert not company and not contact, f"{spec['s']}: other must have no company/contact"
    else:
        assert company and company == company.strip(), f"{spec['s']}: company missing"
        assert not LEGAL.search(company), f"{spec['s']}: legal form in {company!r}"
    if spec["fr"] == CAND:
        assert kind == "other" and not contact, spec["s"]
    if contact:
        assert contact != CAND[1] and not SYSTEM.search(contact), f"{spec['s']}: {contact}"
    elif kind != "other":
        human_rt = spec.get("rt") and not SYSTEM.search(spec["rt"][1].lower())
        assert not human_rt, f"{spec['s']}: human Reply-To but no contact"
        assert SYSTEM.search(spec["fr"][1].lower()), f"{spec['s']}: human From but no contact"
    if ct == "f" and spec.get("rt"):
        assert SYSTEM.search(spec["rt"][1].lower()), f"{spec['s']}: Reply-To is the contact"
    slug = re.sub(r"[^a-z0-9_]", "_", spec["s"].lower())
    return {"file": f"{kind}/{spec['_n']:03d}_{slug}.eml", "kind": kind, "company": company,
            "contact": contact, "language": lang}


def check(spec: Spec, data: bytes, expected: list[str], row: dict[str, str]) -> None:
    parsed = email.message_from_bytes(data, policy=POLICY)
    assert isinstance(parsed, EmailMessage)
    for part in parsed.walk():
        assert not part.defects, f"{spec['s']}: defects {part.defects}"
    assert str(parsed["Subject"]) == spec["sub"], f"{spec['s']}: subject {parsed['Subject']!r}"
    from_header = parsed["From"]
    assert from_header.addresses[0].display_name == spec["fr"][0], f"{spec['s']}: From name"
    assert from_header.addresses[0].addr_spec == spec["fr"][1], spec["s"]
    assert parsed["Date"].datetime == when(spec), f"{spec['s']}: date"
    assert str(parsed["Message-ID"]).strip() == spec["_mid"], spec["s"]
    texts = [part.get_content() for part in parsed.walk() if part.get_content_maintype() == "text"]
    assert [norm(t) for t in texts] == [norm(t) for t in expected], f"{spec['s']}: bodies"
    if row["contact"]:
        pairs = getaddresses([str(v) for n in ("Reply-To", "From") for v in parsed.get_all(n, [])])
        assert row["contact"] in [a.lower() for _, a in pairs], spec["s"]


def main() -> None:
    specs = [spec for module in MODULES for spec in module.MESSAGES]
    corpus = Corpus(specs)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for spec in specs:
        row = label_row(spec)
        try:
            msg, expected = corpus.build(spec)
        except (UnicodeError, ValueError) as error:
            raise SystemExit(f"{spec['s']}: {error}") from error
        data = msg.as_bytes(policy=POLICY)
        check(spec, data, expected, row)
        target = HERE / row["file"]
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        rows.append(row)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                    "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row["kind"]][row["language"]] += 1
    print(f"{'kind':32} " + " ".join(f"{x:>4}" for x in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32} " + " ".join(f"{counts[x]:4}" for x in LANGS)
              + f"  {sum(counts.values()):5}")
    totals = {x: sum(table[k][x] for k in KINDS) for x in LANGS}
    print(f"{'total':32} " + " ".join(f"{totals[x]:4}" for x in LANGS) + f"  {len(rows):5}")


if __name__ == "__main__":
    main()
