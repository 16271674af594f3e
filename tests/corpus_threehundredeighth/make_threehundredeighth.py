"""Build corpus 308 (Hugo Marchetti, UX/UI designer in Liège) from the hand-written specs.

Standard library only. Deletes and rewrites only *.eml and labels.csv under this folder,
re-parses every message with email.policy.default and checks it. Deterministic output.

    python tests/corpus_threehundredeighth/make_threehundredeighth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs308_belgium  # noqa: E402
import msgs308_france_lux  # noqa: E402
import msgs308_germany  # noqa: E402
import msgs308_other  # noqa: E402
import msgs308_spain  # noqa: E402
from msgs308_common import CANDIDATE, Spec, html_shell, text_to_html  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("fr", "en", "de", "es")
SYSTEM_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
                  "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
                  "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
                  "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|alerts?|"
                          r"news(letter)?|mailer|info-?mail|bounce|digest|system)\b")
LEGAL = re.compile(r"\b(GmbH|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Inc|AG|SRL|BV|NV|SPRL|KG|"
                   r"Sàrl|plc|LLC|e\.V\.)(\s|$|\.)")
POLICY = email.policy.compat32.clone(max_line_length=0, linesep="\n")

DAYS = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
        "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
        "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]}
LONG_DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday"],
             "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
             "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                    "Sonntag"],
             "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]}
MONTHS = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec"],
          "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                 "oct.", "nov.", "déc."],
          "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                 "Okt.", "Nov.", "Dez."],
          "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov",
                 "dic"]}
LONG_MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"],
               "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                      "septembre", "octobre", "novembre", "décembre"],
               "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                      "September", "Oktober", "November", "Dezember"],
               "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                      "septiembre", "octubre", "noviembre", "diciembre"]}

VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Brussels",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE"]


# ---------------------------------------------------------------- small pieces

def parse_date(value: str) -> datetime:
    day, clock, offset = value.split()
    sign = 1 if offset[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def encoded_word(text: str, charset: str, how: str) -> str:
    """RFC 2047 encoded words (Q or B) of the whole text, folded, spaces kept inside."""
    words: list[str] = []
    prefix = f"=?{charset}?{how.upper()}?"
    chunk = ""

    def enc(piece: str) -> str:
        raw = piece.encode(charset)
        if how == "b":
            return base64.b64encode(raw).decode("ascii")
        out = ""
        for byte in raw:
            char = chr(byte)
            if char == " ":
                out += "_"
            elif (char.isalnum() and byte < 128) or (char in "!*+-/" and byte < 128):
                out += char
            else:
                out += f"={byte:02X}"
        return out

    for char in text:
        if len(prefix) + len(enc(chunk + char)) + 2 > 70 and chunk:
            words.append(f"{prefix}{enc(chunk)}?=")
            chunk = ""
        chunk += char
    if chunk:
        words.append(f"{prefix}{enc(chunk)}?=")
    return "\n ".join(words)


def address(pair: tuple[str, str] | str, enc: tuple[str, str] | None = None) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if enc is not None:
        return f"{encoded_word(name, enc[1], enc[0])} <{addr}>"
    return formataddr((name, addr))


def auto_enc(pair: tuple[str, str]) -> tuple[str, str] | None:
    return None if pair[0].isascii() else ("q", "utf-8")


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1].lower()


def is_system(addr: str) -> bool:
    local, domain = addr.lower().rsplit("@", 1)
    if any(domain == d or domain.endswith("." + d) for d in SYSTEM_DOMAINS):
        return True
    return bool(SYSTEM_LOCAL.match(local))


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines (Helvetica, WinAnsi)."""
    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 11 Tf 14 TL 56 780 Td " + " ".join(f"({esc(x)}) '" for x in lines) + " ET"
    stream = text.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        b"<< /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


def ics_text(cal: dict[str, Any], stamp: datetime) -> str:
    org_name, org_addr = cal["organizer"]
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus308//Calendar 1.0//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{cal['method']}", *VTIMEZONE, "BEGIN:VEVENT",
             f"UID:{cal['uid']}", f"SEQUENCE:{cal['seq']}",
             "DTSTAMP:" + stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
             f"DTSTART;TZID=Europe/Brussels:{cal['start']}",
             f"DTEND;TZID=Europe/Brussels:{cal['end']}",
             f"SUMMARY:{cal['summary']}", f"LOCATION:{cal['location']}",
             f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
             f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
             f"RSVP=TRUE:mailto:{CANDIDATE[1]}",
             f"STATUS:{cal['status']}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- quoting

def attribution(parent: Spec, style: str) -> str:
    when = parse_date(parent["date"])
    name, addr = parent["from"]
    lang = style.rsplit("_", 1)[-1]
    wd, mo = when.weekday(), when.month - 1
    hm = when.strftime("%H:%M")
    if style.startswith("outlook"):
        to = ", ".join(f"{n} <{a}>" if n else a for n, a in parent.get("to", [CANDIDATE]))
        day, month = LONG_DAYS[lang][wd], LONG_MONTHS[lang][mo]
        labels = {"en": ("From", "Sent", "To", "Subject",
                         f"{day}, {month} {when.day}, 2026 {when.strftime('%I:%M %p')}"),
                  "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0",
                         f"{day} {when.day} {month} 2026 {hm}"),
                  "de": ("Von", "Gesendet", "An", "Betreff",
                         f"{day}, {when.day}. {month} 2026 {hm}"),
                  "es": ("De", "Enviado el", "Para", "Asunto",
                         f"{day}, {when.day} de {month} de 2026 {hm}")}[lang]
        return (("-----Original Message-----\n" if lang == "en" else "")
                + f"{labels[0]}: {name} <{addr}>\n{labels[1]}: {labels[4]}\n"
                f"{labels[2]}: {to}\n{labels[3]}: {parent['subject']}\n\n")
    day, month = DAYS[lang][wd], MONTHS[lang][mo]
    line = {"en": f"On {day}, {when.day} {month} 2026 at {hm}, {name} <{addr}> wrote:",
            "fr": f"Le {day} {when.day} {month} 2026 à {hm}, {name} <{addr}> a écrit :",
            "de": f"Am {day}, {when.day}. {month} 2026 um {hm} Uhr schrieb {name} <{addr}>:",
            "es": f"El {day}, {when.day} {month} 2026 a las {hm}, {name} (<{addr}>) escribió:",
            }[lang]
    return line + "\n"


def full_text(spec: Spec, by_name: dict[str, Spec]) -> str:
    text = spec["body"]
    style = spec.get("quote")
    if style:
        parent = by_name[spec["reply_of"]]
        earlier = full_text(parent, by_name)
        head = attribution(parent, style)
        if style.startswith("outlook"):
            text += "\n" + head + earlier
        else:
            quoted = "".join("> " + line + "\n" if line else ">\n"
                             for line in earlier.rstrip("\n").split("\n"))
            text += "\n" + head + quoted
    return text


# ---------------------------------------------------------------- MIME

def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    part = Message(policy=POLICY)
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    raw = text.encode(charset)
    if cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII text"
        payload = text
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = quopri.encodestring(raw).decode("ascii")
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    part = Message(policy=POLICY)
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    part.set_payload(parts)
    return part


def calendar_part(cal: dict[str, Any], stamp: datetime) -> Message:
    part = Message(policy=POLICY)
    part["Content-Type"] = f'text/calendar; charset="utf-8"; method={cal["method"]}'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(ics_text(cal, stamp).encode("utf-8")).decode("ascii"))
    return part


def pdf_part(filename: str, lines: list[str]) -> Message:
    part = Message(policy=POLICY)
    part["Content-Type"] = f'application/pdf; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(pdf_bytes(lines)).decode("ascii"))
    return part


class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.by_name = {s["name"]: s for s in specs}
        self.ids: dict[str, str] = {}

    def message_id(self, spec: Spec) -> str:
        if spec["name"] not in self.ids:
            digest = hashlib.sha1(spec["name"].encode()).hexdigest()[:12]
            stamp = parse_date(spec["date"]).astimezone(UTC).strftime("%Y%m%d%H%M%S")
            dom = spec.get("mid_domain") or domain_of(spec["from"][1])
            self.ids[spec["name"]] = f"<{stamp}.{digest}@{dom}>"
        return self.ids[spec["name"]]

    def references(self, spec: Spec) -> list[str]:
        if "reply_of" not in spec:
            return []
        parent = self.by_name[spec["reply_of"]]
        return [*self.references(parent), self.message_id(parent)]

    def expected_texts(self, spec: Spec) -> list[str]:
        """Every text body the message carries (for the round-trip check)."""
        plain = full_text(spec, self.by_name)
        fmt = spec.get("fmt", "plain")
        out = []
        if fmt in ("plain", "alt"):
            out.append(plain)
        if fmt in ("html", "alt"):
            out.append(self.html_of(spec, plain))
        return out

    def html_of(self, spec: Spec, plain: str) -> str:
        if "html" in spec:
            return spec["html"]
        return html_shell(text_to_html(plain), spec.get("brand", ""), spec.get("footer", ""))

    def build(self, spec: Spec, tag: str) -> Message:
        stamp = parse_date(spec["date"])
        plain = full_text(spec, self.by_name)
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "quoted-printable")
        fmt = spec.get("fmt", "plain")
        cal = spec.get("ics")
        counter = iter(range(10))

        def bnd() -> str:
            return f"=_308_{tag}_{next(counter)}"

        alts: list[Message] = []
        if fmt in ("plain", "alt"):
            alts.append(text_part(plain, "plain", charset, cte))
        if fmt in ("html", "alt"):
            alts.append(text_part(self.html_of(spec, plain), "html", charset,
                                  spec.get("html_cte", cte)))
        if cal and spec.get("ics_mode", "alt") == "alt":
            alts.append(calendar_part(cal, stamp))
        body = alts[0] if len(alts) == 1 else multipart("alternative", alts, bnd())
        extra: list[Message] = []
        if cal and spec.get("ics_mode") == "mixed":
            extra.append(calendar_part(cal, stamp))
        for filename, lines in spec.get("pdfs", []):
            extra.append(pdf_part(filename, lines))
        if "forward" in spec:
            inner = self.build(spec["forward"], tag + "f")
            wrapper = Message(policy=POLICY)
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "inline"
            wrapper.set_payload([inner])
            extra.append(wrapper)
        content = multipart("mixed", [body, *extra], bnd()) if extra else body

        top = Message(policy=POLICY)
        name_enc = spec.get("name_enc") or (None if spec["from"][0].isascii() else ("q", "utf-8"))
        top["From"] = address(spec["from"], name_enc)
        top["To"] = ",\n ".join(address(a, auto_enc(a)) for a in spec.get("to", [CANDIDATE]))
        if spec.get("cc"):
            top["Cc"] = ",\n ".join(address(a, auto_enc(a)) for a in spec["cc"])
        if spec.get("reply_to"):
            top["Reply-To"] = address(spec["reply_to"], auto_enc(spec["reply_to"]))
        subject = spec["subject"]
        subj_enc = spec.get("subj_enc") or (None if subject.isascii() else ("q", "utf-8"))
        top["Subject"] = (encoded_word(subject, subj_enc[1], subj_enc[0])
                          if subj_enc else subject)
        top["Date"] = format_datetime(stamp)
        top["Message-ID"] = (self.message_id(spec) if "kind" in spec else
                             f"<{tag}.fwd@{domain_of(spec['from'][1])}>")
        if "kind" in spec and "reply_of" in spec:
            refs = self.references(spec)
            top["In-Reply-To"] = refs[-1]
            top["References"] = "\n ".join(refs)
        for key, value in spec.get("headers", {}).items():
            top[key] = value
        top["MIME-Version"] = "1.0"
        for key, value in content.items():
            top[key] = value
        top.set_payload(content._payload)  # raw (8bit bodies keep their bytes)
        for key, value in top.items():
            assert value.isascii(), f"non-ASCII header {key}"
        return top


def serialize(message: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=POLICY).flatten(message)
    return out.getvalue()


# ---------------------------------------------------------------- checks

def check(spec: Spec, raw: bytes, builder: Builder, row: dict[str, str]) -> None:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    for part in parsed.walk():
        assert not part.defects, f"defects {part.defects}"
    for key, value in parsed.items():
        assert not getattr(value, "defects", ()), f"header {key} defects {value.defects}"
    assert str(parsed["Subject"]) == spec["subject"], (str(parsed["Subject"]), spec["subject"])
    sender = parsed["From"].addresses[0]
    assert sender.display_name == spec["from"][0], sender.display_name
    assert sender.addr_spec == spec["from"][1]
    assert parsed["Date"].datetime == parse_date(spec["date"])
    texts = [p.get_content() for p in parsed.walk()
             if p.get_content_type() in ("text/plain", "text/html")]
    inner = spec.get("forward")
    expected = builder.expected_texts(spec) + (builder.expected_texts(inner) if inner else [])
    assert texts == expected, "text body does not round-trip"
    for part in parsed.walk():
        if part.get_content_type() == "text/calendar":
            assert part.get_content() == ics_text(spec["ics"], parse_date(spec["date"]))
    # label rules
    kind, contact, company = row["kind"], row["contact"], row["company"]
    assert kind in KINDS and row["language"] in LANGS
    assert row["file"].split("/")[0] == kind
    if spec["from"][1] == CANDIDATE[1]:
        assert kind == "other" and not contact, "candidate's own mail"
    if kind == "other":
        assert not company, "company on other"
    else:
        assert company and company == company.strip(), "company missing"
        assert not LEGAL.search(company), f"legal form in {company!r}"
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE[1]
        assert not is_system(contact), f"system contact {contact}"
        heads = [a.lower() for a in (spec.get("reply_to", ("", ""))[1], spec["from"][1])]
        assert contact in heads, f"contact {contact} not in Reply-To/From"


def auto_contact(spec: Spec) -> str:
    """Human Reply-To, else human From, else empty (the spec may say otherwise)."""
    if "contact" in spec:
        return spec["contact"]
    if spec["from"][1] == CANDIDATE[1]:
        return ""
    for pair in (spec.get("reply_to"), spec["from"]):
        if pair and not is_system(pair[1]):
            return pair[1].lower()
    return ""


def main() -> None:
    specs = [*msgs308_belgium.MESSAGES, *msgs308_france_lux.MESSAGES, *msgs308_germany.MESSAGES,
             *msgs308_spain.MESSAGES, *msgs308_other.MESSAGES]
    names = [s["name"] for s in specs]
    dupes = {n for n in names if names.count(n) > 1}
    assert not dupes, f"duplicate names {dupes}"
    specs.sort(key=lambda s: (parse_date(s["date"]).astimezone(UTC), s["name"]))
    builder = Builder(specs)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for number, spec in enumerate(specs, 1):
        rel = f"{spec['kind']}/{number:03d}_{spec['name']}.eml"
        row = {"file": rel, "kind": spec["kind"], "company": spec.get("company", ""),
               "contact": auto_contact(spec), "language": spec["lang"]}
        try:
            raw = serialize(builder.build(spec, f"{number:03d}"))
            check(spec, raw, builder, row)
        except (AssertionError, UnicodeError) as error:
            raise SystemExit(f"{rel}: {error}") from error
        (HERE / rel).parent.mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append(row)
    ids = [builder.message_id(s) for s in specs]
    assert len(set(ids)) == len(ids), "duplicate Message-IDs"
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                    "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row["kind"]][row["language"]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:5d}" for lang in LANGS)
              + f"{sum(counts.values()):7d}")
    totals = [sum(table[k][lang] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{n:5d}" for n in totals) + f"{len(rows):7d}")


if __name__ == "__main__":
    main()
