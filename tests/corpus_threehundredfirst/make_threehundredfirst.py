"""Build corpus 301 (Lucía Benítez, teacher moving into EdTech) from the hand-written specs.

Standard library only. Run:  python tests/corpus_threehundredfirst/make_threehundredfirst.py

Every message is a dict in one of the msgs301_*.py modules next to this file. This script
turns each into MIME with the email package (deterministic boundaries, Message-IDs, dates,
In-Reply-To/References, quoted earlier messages), writes <kind>/<NNN>_<slug>.eml and
labels.csv, then re-parses every file with email.policy.default and checks it. It deletes and
rewrites only *.eml and labels.csv inside this folder; the output is the same bytes on every run.
"""

from __future__ import annotations

import base64
import csv
import email
import email.headerregistry
import email.policy
import hashlib
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs301_acks  # noqa: E402
import msgs301_common as common  # noqa: E402
import msgs301_invites  # noqa: E402
import msgs301_moves  # noqa: E402
import msgs301_offers  # noqa: E402
import msgs301_other  # noqa: E402
import msgs301_rejections  # noqa: E402
import msgs301_threads  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("es", "en", "de", "fr")
CANDIDATE = common.CANDIDATE
POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|noreply|donotreply|do-not-reply|notifications?|jobs|"
                          r"careers|empleo|rrhh-noreply|bewerbung-noreply|mailer|alerts?|"
                          r"news|newsletter|info|hello|recrutement-noreply)([.+-].*)?@")
LEGAL = re.compile(r"\b(GmbH|SAS|SARL|S\.?A\.?U?|S\.?L\.?U?|Ltd|Inc|AG|plc|LLC|KG|e\.V\.|"
                   r"DAC|SE|SLU|SAU|UG)\b\.?$|,\s*$")

MONTHS = {
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
}
DAYS = {
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}


# --------------------------------------------------------------------------- helpers
def parse_date(text: str) -> datetime:
    """'2026-02-10 09:14 +0100' -> aware datetime."""
    stamp, offset = text.rsplit(" ", 1)
    sign = 1 if offset[0] == "+" else -1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(sign * delta))


def _q(data: bytes) -> str:
    out = []
    for byte in data:
        char = chr(byte)
        if char.isascii() and (char.isalnum() or char in "!*+-/"):
            out.append(char)
        elif char == " ":
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str = "utf-8", how: str = "q") -> str:
    """RFC 2047 encoded words, folded, each well under 75 characters."""
    chunks, chunk = [], ""
    for char in text:
        if len((chunk + char).encode(charset)) > 22:
            chunks.append(chunk)
            chunk = char
        else:
            chunk += char
    chunks.append(chunk)
    words = []
    for piece in chunks:
        raw = piece.encode(charset)
        if how == "b":
            words.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            words.append(f"=?{charset}?Q?{_q(raw)}?=")
    return "\n ".join(words)


def fold_ascii(value: str, used: int) -> str:
    """Fold a plain ASCII header value at spaces so lines stay under 78 characters."""
    lines, line = [], ""
    for word in value.split(" "):
        limit = 76 - (used if not lines else 0)
        if line and len(line) + 1 + len(word) > limit:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n ".join(lines)


def header_text(name: str, value: str, henc: tuple[str, str]) -> str:
    if value.isascii():
        return f"{name}: {fold_ascii(value, len(name) + 2)}"
    # Plain words stay plain; each run of words that needs encoding becomes encoded words
    # (the space inside a run is encoded too, since decoders drop it between encoded words).
    runs: list[list[str]] = []
    for word in value.split(" "):
        plain = word.isascii()
        if runs and runs[-1][0] == str(plain) and not plain:
            runs[-1].append(word)
        else:
            runs.append([str(plain), word])
    pieces = [run[1] if run[0] == "True" else encoded_words(" ".join(run[1:]), *henc)
              for run in runs]
    lines, line = [], f"{name}:"
    for piece in pieces:
        first = piece.split("\n", 1)[0]
        if len(line) + 1 + len(first) > 76 and line != f"{name}:":
            lines.append(line)
            line = " " + piece
        else:
            line = f"{line} {piece}"
    lines.append(line)
    return "\n".join(lines)


def address(pair: tuple[str, str], henc: tuple[str, str]) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    # Encode only the runs of words that need it: whitespace between two encoded words is
    # dropped by decoders, so plain words keep the spaces around them.
    out: list[str] = []
    for word in name.split(" "):
        if not word.isascii() and out and out[-1].startswith("=?") and len(out[-1]) < 40:
            out[-1] = encoded_words(_decode_one(out[-1]) + " " + word, *henc)
        else:
            out.append(word if word.isascii() else encoded_words(word, *henc))
    return f"{' '.join(out)} <{addr}>"


def _decode_one(words: str) -> str:
    return str(email.headerregistry.HeaderRegistry()("x", words))


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(f"301:{spec['key']}".encode()).hexdigest()
    domain = spec["frm"][1].split("@", 1)[1]
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def attribution(parent: dict, lang: str) -> str:
    when = parse_date(parent["date"])
    name, addr = parent["frm"]
    day, month = DAYS[lang][when.weekday()], MONTHS[lang][when.month - 1]
    hm = f"{when.hour}:{when.minute:02d}"
    if lang == "es":
        return f"El {day}, {when.day} {month} {when.year} a las {hm}, {name} (<{addr}>) escribió:"
    if lang == "de":
        return f"Am {day}, {when.day}. {month} {when.year} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {day} {when.day} {month} {when.year} à {hm}, {name} <{addr}> a écrit :"
    return f"On {day}, {when.day} {month} {when.year} at {hm}, {name} <{addr}> wrote:"


def outlook_block(parent: dict, lang: str) -> str:
    when = parse_date(parent["date"])
    name, addr = parent["frm"]
    to = ", ".join(f"{n} <{a}>" if n else a for n, a in parent.get("to", [CANDIDATE]))
    stamp = f"{when.day} {MONTHS[lang][when.month - 1]} {when.year} {when.hour}:{when.minute:02d}"
    labels = {
        "es": ("-----Mensaje original-----\nDe:", "Enviado el:", "Para:", "Asunto:"),
        "en": ("________________________________\nFrom:", "Sent:", "To:", "Subject:"),
        "de": ("-----Ursprüngliche Nachricht-----\nVon:", "Gesendet:", "An:", "Betreff:"),
        "fr": ("________________________________\nDe :", "Envoyé :", "À :", "Objet :"),
    }[lang]
    return (f"{labels[0]} {name} <{addr}>\n{labels[1]} {stamp}\n{labels[2]} {to}\n"
            f"{labels[3]} {parent['subject']}")


# --------------------------------------------------------------------------- PDF and iCalendar
def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines in Helvetica."""
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "15 TL", "72 770 Td"]
    ops += [f"({esc(line)}) Tj T*" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


ZONES = {
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Dublin": ("GMT", "IST", "+0000", "+0100"),
}


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> list[str]:
    out = []
    while len(line.encode()) > 74:
        cut = 70
        while len(line[:cut].encode()) > 73:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def make_ics(ics: dict, spec: dict) -> str:
    tz = ics.get("tz", "Europe/Madrid")
    std, dst, std_off, dst_off = ZONES[tz]
    method = ics.get("method", "REQUEST")
    stamp = parse_date(spec["date"]).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    organizer = ics.get("organizer", spec.get("reply_to") or spec["frm"])
    lines = [
        "BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Corpus 301//Calendar 1.0//EN')}",
        "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}", f"TZNAME:{std}", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}", f"TZNAME:{dst}", "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}", f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
        f"LOCATION:{_ics_escape(ics.get('location', ''))}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CANDIDATE[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    if ics.get("description"):
        lines.insert(-2, f"DESCRIPTION:{_ics_escape(ics['description'])}")
    return "\r\n".join(part for line in lines for part in _ics_fold(line)) + "\r\n"


# --------------------------------------------------------------------------- building
class Builder:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = {spec["key"]: spec for spec in specs}
        assert len(self.specs) == len(specs), "duplicate spec keys"
        self._text: dict[str, str] = {}

    def spec(self, ref: str | dict) -> dict:
        return ref if isinstance(ref, dict) else self.specs[ref]

    def full_text(self, spec: dict) -> str:
        """The plain text of a message: its new text plus the quoted earlier one, if any."""
        key = spec["key"]
        if key in self._text:
            return self._text[key]
        text = spec["body"].rstrip("\n") + "\n"
        if spec.get("quote") and spec.get("parent"):
            parent = self.spec(spec["parent"])
            earlier = self.full_text(parent).rstrip("\n")
            if spec["quote"] == "outlook":
                text += "\n" + outlook_block(parent, spec["lang"]) + "\n\n" + earlier + "\n"
            else:
                quoted = "\n".join(">" + (" " + line if line and not line.startswith(">")
                                          else line) for line in earlier.split("\n"))
                text += "\n" + attribution(parent, spec["lang"]) + "\n" + quoted + "\n"
        self._text[key] = text
        return text

    def references(self, spec: dict) -> list[str]:
        parent = spec.get("parent")
        if parent is None:
            return list(spec.get("ext_refs", []))
        parent_spec = self.spec(parent)
        return [*self.references(parent_spec), message_id(parent_spec)]

    @staticmethod
    def html(plain: str, spec: dict, charset: str) -> str:
        """The HTML part; characters its charset lacks become character references."""
        page = spec.get("html") or common.html_shell(plain, spec)
        return page.encode(charset, "xmlcharrefreplace").decode(charset)

    def build(self, spec: dict) -> tuple[bytes, list[str]]:
        """The message bytes and the text parts it carries, in walk order."""
        texts: list[str] = []
        fmt = spec.get("fmt", "plain")
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte")
        plain = self.full_text(spec)
        root = EmailMessage(policy=POLICY)
        kwargs = {"charset": charset}
        if cte:
            kwargs["cte"] = cte
        if fmt == "html":
            html = self.html(plain, spec, charset)
            root.set_content(html, subtype="html", **kwargs)
            texts.append(html)
        else:
            root.set_content(plain, **kwargs)
            texts.append(plain)
            if fmt == "alt":
                html = self.html(plain, spec, charset)
                root.add_alternative(html, subtype="html", **kwargs)
                texts.append(html)
        if spec.get("ics"):
            ics = make_ics(spec["ics"], spec)
            if not root.is_multipart():
                root.make_alternative()
            root.add_alternative(ics, subtype="calendar", charset="utf-8",
                                 cte=spec["ics"].get("cte", "8bit"),
                                 params={"method": spec["ics"].get("method", "REQUEST")})
            texts.append(ics)
        for filename, lines in spec.get("pdfs", []):
            root.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                                filename=filename)
        if spec.get("ics_file"):
            ics = make_ics(spec["ics"], spec)
            root.add_attachment(ics.encode(), maintype="application", subtype="ics",
                                filename=spec["ics_file"])
        if spec.get("fwd"):
            inner_spec = self.spec(spec["fwd"])
            inner_bytes, inner_texts = self.build(inner_spec)
            inner = email.message_from_bytes(inner_bytes, policy=POLICY)
            root.add_attachment(inner, disposition="inline")
            texts.extend(inner_texts)
        inner_roots = [id(part.get_payload(0)) for part in root.walk()
                       if part.get_content_type() == "message/rfc822"]
        for part in list(root.walk())[1:]:
            if id(part) not in inner_roots:
                del part["MIME-Version"]
        for number, part in enumerate(root.walk()):
            if part.get_content_maintype() == "multipart":
                digest = hashlib.sha1(f"{spec['key']}/{number}".encode()).hexdigest()[:16]
                part.set_boundary(f"=_301_{digest}_{number}")
        out = BytesIO()
        BytesGenerator(out, policy=POLICY).flatten(root)
        henc = tuple(spec.get("henc", ("utf-8", "q")))
        head = [f"From: {address(spec['frm'], henc)}"]
        head.append("To: " + ",\n ".join(address(p, henc) for p in spec.get("to", [CANDIDATE])))
        if spec.get("cc"):
            head.append("Cc: " + ",\n ".join(address(p, henc) for p in spec["cc"]))
        if spec.get("reply_to"):
            head.append(f"Reply-To: {address(spec['reply_to'], henc)}")
        head.append(header_text("Subject", spec["subject"], henc))
        head.append(f"Date: {format_datetime(parse_date(spec['date']))}")
        head.append(f"Message-ID: {message_id(spec)}")
        refs = self.references(spec)
        if refs:
            head.append(f"In-Reply-To: {refs[-1]}")
            head.append("References: " + "\n ".join(refs))
        for name, value in spec.get("headers", []):
            head.append(f"{name}: {value}")
        return ("\n".join(head) + "\n").encode("ascii") + out.getvalue(), texts


# --------------------------------------------------------------------------- checks
def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, data: bytes, texts: list[str]) -> None:
    where = spec["key"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    sender = msg["From"].addresses[0]
    assert sender.display_name == spec["frm"][0], f"{where}: from name {sender.display_name!r}"
    assert sender.addr_spec == spec["frm"][1], f"{where}: from address"
    assert msg["Date"].datetime == parse_date(spec["date"]), f"{where}: date"
    assert msg["Date"].datetime.year == 2026
    got = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    assert got == [norm(t) for t in texts], f"{where}: text parts differ"
    # label rules
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, where
    if kind == "other":
        assert company == "", f"{where}: company on other"
    else:
        assert company and company == company.strip(), f"{where}: company missing"
        assert not LEGAL.search(company), f"{where}: legal form in {company!r}"
    own = spec["frm"][1].lower() == CANDIDATE[1]
    if own:
        assert kind == "other" and contact == "", f"{where}: own mail"
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE[1], where
        heads = [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])]
        found = [a.lower() for _, a in email.utils.getaddresses(heads)]
        assert contact in found, f"{where}: contact not in Reply-To/From"
        domain = contact.split("@", 1)[1]
        assert domain not in ATS_DOMAINS and not SYSTEM_LOCAL.match(contact), where
        expect = (spec.get("reply_to") or spec["frm"])[1].lower()
        assert contact == expect, f"{where}: contact should be {expect}"
    elif kind != "other" and not own:
        src = spec.get("reply_to") or spec["frm"]
        human_reply = spec.get("reply_to") and not (
            SYSTEM_LOCAL.match(spec["reply_to"][1].lower())
            or spec["reply_to"][1].split("@")[1] in ATS_DOMAINS)
        assert not human_reply, f"{where}: human Reply-To {src} but no contact"


def main() -> None:
    specs = (msgs301_threads.SPECS + msgs301_rejections.SPECS + msgs301_invites.SPECS
             + msgs301_moves.SPECS + msgs301_acks.SPECS + msgs301_offers.SPECS
             + msgs301_other.SPECS)
    builder = Builder(specs + common.INNER)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    counters = dict.fromkeys(KINDS, 0)
    rows = []
    seen_ids = set()
    for spec in sorted(specs, key=lambda s: (KINDS.index(s["kind"]), s["date"], s["key"])):
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        try:
            data, texts = builder.build(spec)
        except Exception as error:
            raise SystemExit(f"{spec['key']}: {type(error).__name__}: {error}") from error
        check(spec, data, texts)
        mid = message_id(spec)
        assert mid not in seen_ids, spec["key"]
        seen_ids.add(mid)
        target = HERE / rel
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = {(k, lang): 0 for k in KINDS for lang in LANGS}
    for row in rows:
        table[(row[1], row[4])] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        cells = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5}" for c in cells) + f"{sum(cells):7}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5}" for c in totals) + f"{sum(totals):7}")


if __name__ == "__main__":
    main()
