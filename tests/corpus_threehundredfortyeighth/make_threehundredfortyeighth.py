"""Build the threehundredfortyeighth corpus: 165 hand-written messages to Awa Diallo-Fournier.

Standard library only. Every message is a spec (a dict) in one of the msgs348_*.py modules of
this folder; this script turns the specs into MIME, writes `<kind>/<nnn>_<slug>.eml` and
`labels.csv`, then re-reads every file with `email.policy.default` and checks it.

Run: python tests/corpus_threehundredfortyeighth/make_threehundredfortyeighth.py
Only `*.eml` files and `labels.csv` in this folder are deleted and rewritten; the output is the
same bytes on every run.
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
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs348_acks  # noqa: E402
import msgs348_common as common  # noqa: E402
import msgs348_invites  # noqa: E402
import msgs348_other  # noqa: E402
import msgs348_rejections  # noqa: E402
import msgs348_threads  # noqa: E402

Spec = dict[str, Any]
KINDS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)
LEGAL_FORMS = re.compile(
    r"\b(GmbH|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Inc|AG|B\.V\.|BV|NV|N\.V\.|SE|KG|ASBL|SpA)\b\.?$"
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|noreply|donotreply|do-not-reply|notifications?|jobs?|"
                          r"alerts?|newsletter|info|news|mailer|bounce|careers?|recrutement|rh|"
                          r"hr|bewerbung|empleo|talent)\b")


# ---------------------------------------------------------------- header helpers

def encoded_words(text: str, spec: str) -> str:
    """RFC 2047 encoded words for `text`, spec "charset:Q" or "charset:B", each <= 75 chars."""
    charset, mode = spec.split(":")
    words: list[str] = []
    current = ""

    def render(chunk: str) -> str:
        raw = chunk.encode(charset)
        if mode.upper() == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join(
                chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "!*+-/" else
                "_" if b == 32 else f"={b:02X}"
                for b in raw
            )
        return f"=?{charset}?{mode}?{payload}?="

    for char in text:
        if len(render(current + char)) > 75:
            words.append(render(current))
            current = ""
        current += char
    if current:
        words.append(render(current))
    return " ".join(words)


def header_text(text: str, enc: str | None) -> str:
    if enc is None and text.isascii():
        return text
    return encoded_words(text, enc or "utf-8:Q")


def address(pair: tuple[str, str], enc: str | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    word = encoded_words(name, enc or "utf-8:B")
    # Python's parser puts a space between adjacent encoded words of a phrase, so a display
    # name stays one encoded word (and so must stay short).
    if " " in word:
        raise ValueError(f"display name too long for one encoded word: {name}")
    return f"{word} <{addr}>"


# ---------------------------------------------------------------- body helpers

def leaf(subtype: str, text: str, charset: str, cte: str, maintype: str = "text",
         params: str = "") -> Message:
    part = Message()
    raw = text.encode(charset)
    part["Content-Type"] = f'{maintype}/{subtype}; charset="{charset}"{params}'
    if cte == "7bit" and not raw.isascii():
        cte = "quoted-printable"
    part["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    else:
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    message = Message()
    message["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        message.attach(part)
    return message


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica."""
    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(
        f"({esc(line)}) Tj T*\n" for line in lines) + "ET\n"
    body = stream.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"endstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def pdf_part(filename: str, lines: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part.set_payload(base64.encodebytes(pdf_bytes(lines)).decode("ascii"))
    return part


VTIMEZONE = """BEGIN:VTIMEZONE
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
END:VTIMEZONE
"""


def calendar_text(cal: Spec, stamp: datetime, organizer: tuple[str, str]) -> str:
    method = cal.get("method", "REQUEST")
    tz = cal.get("tz", "Europe/Paris")
    start = datetime.strptime(cal["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=cal.get("minutes", 60))
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        VTIMEZONE.format(tz=tz).rstrip("\n"),
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tz}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
        f"ATTENDEE;CN=\"{common.NAME}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{common.ADDR}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(ics_fold(line) + "\r\n" for line in "\n".join(lines).split("\n"))


def ics_fold(line: str) -> str:
    """RFC 5545 folding: content lines of at most 75 octets, continued with CRLF + space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += char
    out.append(current)
    return "\r\n ".join(out)


# ---------------------------------------------------------------- quoting

DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def attribution(style: str, when: datetime, frm: tuple[str, str]) -> str:
    d, mo, t = when.weekday(), when.month - 1, f"{when:%H:%M}"
    who = f"{frm[0]} <{frm[1]}>" if frm[0] else frm[1]
    if style == "en":
        return f"On {DAYS['en'][d]}, {when.day} {MONTHS['en'][mo]} {when.year} at {t}, {who} wrote:"
    if style == "fr":
        return (f"Le {DAYS['fr'][d]} {when.day} {MONTHS['fr'][mo]} {when.year} à {t}, "
                f"{who} a écrit :")
    if style == "de":
        return (f"Am {DAYS['de'][d]}, {when.day}. {MONTHS['de'][mo]} {when.year} um {t} "
                f"schrieb {who}:")
    if style == "es":
        return (f"El {DAYS['es'][d]}, {when.day} {MONTHS['es'][mo]} {when.year} a las {t}, "
                f"{frm[0]} (<{frm[1]}>) escribió:")
    raise ValueError(style)


OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, when: datetime, prev: Spec) -> str:
    f, s, t, o = OUTLOOK[lang]
    d, mo = when.weekday(), when.month - 1
    if lang == "en":
        sent = f"{LONG_DAYS['en'][d]}, {LONG_MONTHS['en'][mo]} {when.day}, {when.year} {when:%H:%M}"
    elif lang == "de":
        sent = f"{LONG_DAYS['de'][d]}, {when.day}. {LONG_MONTHS['de'][mo]} {when.year} {when:%H:%M}"
    elif lang == "es":
        sent = (f"{LONG_DAYS['es'][d]}, {when.day} de {LONG_MONTHS['es'][mo]} de {when.year} "
                f"{when:%H:%M}")
    else:
        sent = f"{LONG_DAYS['fr'][d]} {when.day} {LONG_MONTHS['fr'][mo]} {when.year} {when:%H:%M}"
    sep = " : " if lang == "fr" else ": "
    frm = prev["frm"]
    to = prev.get("to", (common.NAME, common.ADDR))
    return "\n".join([
        "________________________________",
        f"{f}{sep}{frm[0]} <{frm[1]}>",
        f"{s}{sep}{sent}",
        f"{t}{sep}{to[0]} <{to[1]}>",
        f"{o}{sep}{prev['subj']}",
        "",
    ])


# ---------------------------------------------------------------- building

def when_of(spec: Spec) -> datetime:
    return datetime.strptime(spec["d"], "%Y-%m-%d %H:%M %z")


def html_to_text(html: str) -> str:
    text = re.sub(r"<(br|/p|/div|/li|/tr|/h\d)[^>]*>", "\n", html)
    text = re.sub(r"<[^>]+>", "", text)
    for a, b in (("&amp;", "&"), ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"),
                 ("&#39;", "'"), ("&quot;", '"')):
        text = text.replace(a, b)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip() + "\n"


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: Spec) -> str:
    digest = hashlib.sha1(spec["slug"].encode()).hexdigest()[:20]
    stamp = when_of(spec).astimezone(UTC)
    return f"<{stamp:%Y%m%d%H%M%S}.{digest}@{domain_of(spec['frm'][1])}>"


def body_text(spec: Spec) -> str | None:
    return spec.get("final_text", spec.get("body"))


def build(spec: Spec, prev: list[Spec], inner: bool = False) -> Message:
    slug = spec["slug"]
    when = when_of(spec)
    charset = spec.get("cs", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    text = spec.get("body")
    if text is not None:
        text = text.strip("\n") + "\n"
        if spec.get("quote") and prev:
            last = prev[-1]
            quoted = body_text(last) or html_to_text(last["html"])
            style = spec["quote"]
            if style.startswith("outlook"):
                lang = style.split("-")[1]
                text += "\n" + outlook_block(lang, when_of(last), last) + "\n" + quoted
            else:
                lines = [(">" + line) if line.startswith(">") else ("> " + line if line else ">")
                         for line in quoted.rstrip("\n").split("\n")]
                text += "\n" + attribution(style, when_of(last), last["frm"]) + "\n"
                text += "\n".join(lines) + "\n"
        spec["final_text"] = text
    parts: list[Message] = []
    boundary_n = 0

    def boundary() -> str:
        nonlocal boundary_n
        boundary_n += 1
        digest = hashlib.sha1(f"{slug}/{boundary_n}".encode()).hexdigest()[:24]
        return f"----=_Part_{boundary_n}_{digest}"

    html = spec.get("html")
    alt_parts: list[Message] = []
    if text is not None:
        alt_parts.append(leaf("plain", text, charset, cte))
    if html is not None:
        alt_parts.append(leaf("html", html, charset, spec.get("html_cte", cte)))
    cal = spec.get("cal")
    if cal is not None:
        organizer = spec.get("rt", spec["frm"])
        ics = calendar_text(cal, when, organizer)
        method = cal.get("method", "REQUEST")
        if ics.isascii():  # a 7bit part takes the file's own line ends
            alt_parts.append(leaf("calendar", ics.replace("\r\n", "\n"), "utf-8", "7bit",
                                  params=f"; method={method}"))
        else:
            alt_parts.append(leaf("calendar", ics, "utf-8", "base64",
                                  params=f"; method={method}"))
    body: Message = alt_parts[0] if len(alt_parts) == 1 else multipart(
        "alternative", alt_parts, boundary())
    attachments: list[Message] = []
    for filename, lines in spec.get("pdf", []):
        attachments.append(pdf_part(filename, lines))
    if cal is not None and spec.get("ics_file"):
        ics_att = leaf("calendar", calendar_text(cal, when, spec.get("rt", spec["frm"])),
                       "utf-8", "base64", params=f"; method={cal.get('method', 'REQUEST')}")
        ics_att["Content-Disposition"] = 'attachment; filename="invite.ics"'
        attachments.append(ics_att)
    if spec.get("fwd") is not None:
        fwd = Message()
        fwd["Content-Type"] = "message/rfc822"
        fwd["Content-Disposition"] = "inline"
        fwd.attach(build(spec["fwd"], [], inner=True))
        attachments.append(fwd)
    parts = [body, *attachments]
    message = parts[0] if len(parts) == 1 else multipart("mixed", parts, boundary())

    headers: list[tuple[str, str]] = [
        ("From", address(spec["frm"], spec.get("fe"))),
    ]
    if spec.get("rt"):
        headers.append(("Reply-To", address(spec["rt"], spec.get("rte"))))
    headers.append(("To", address(spec.get("to", (common.NAME, common.ADDR)), spec.get("te"))))
    if spec.get("cc"):
        headers.append(("Cc", ", ".join(address(pair) for pair in spec["cc"])))
    headers.append(("Subject", header_text(spec["subj"], spec.get("se"))))
    headers.append(("Date", format_datetime(when)))
    headers.append(("Message-ID", message_id(spec)))
    if prev and not inner:
        headers.append(("In-Reply-To", message_id(prev[-1])))
        headers.append(("References", " ".join(message_id(p) for p in prev)))
    headers.append(("MIME-Version", "1.0"))
    headers.extend(spec.get("hdr", {}).items())
    existing = list(message.items())
    for key in list(message.keys()):
        del message[key]
    for key, value in [*headers, *existing]:
        message[key] = fold(key, value)
    return message


def fold(name: str, value: str, width: int = 78) -> str:
    """Greedy folding at spaces (encoded words are space-separated tokens)."""
    lines: list[str] = []
    current = f"{name}:"
    for word in value.split(" "):
        if len(current) + 1 + len(word) > width and current != f"{name}:":
            lines.append(current)
            current = ""
        current += " " + word
    lines.append(current)
    return "\n".join(lines)[len(name) + 2:]


def render(message: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=0).flatten(message)
    return out.getvalue()


# ---------------------------------------------------------------- checks

def header_defects(message: email.message.EmailMessage) -> list[str]:
    found: list[str] = []
    for part in message.walk():
        found += [repr(d) for d in part.defects]
        for key in part:
            for value in part.get_all(key, []):
                found += [f"{key}: {d!r}" for d in getattr(value, "defects", [])]
    return found


def check(spec: Spec, data: bytes) -> None:
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(parsed, email.message.EmailMessage)
    slug = spec["slug"]
    assert not header_defects(parsed), (slug, header_defects(parsed))
    assert str(parsed["Subject"]) == spec["subj"], (slug, str(parsed["Subject"]))
    frm = parsed["From"].addresses[0]
    assert frm.display_name == spec["frm"][0], (slug, frm.display_name)
    assert frm.addr_spec == spec["frm"][1], slug
    assert parsedate_to_datetime(str(parsed["Date"])) == when_of(spec), slug
    assert when_of(spec).year == 2026, slug
    texts = [p.get_content().replace("\r\n", "\n") for p in parsed.walk()
             if p.get_content_type() == "text/plain"]
    htmls = [p.get_content().replace("\r\n", "\n") for p in parsed.walk()
             if p.get_content_type() == "text/html"]
    if spec.get("final_text") is not None:
        assert texts and texts[0] == spec["final_text"], slug
    if spec.get("html") is not None:
        assert htmls and htmls[0] == spec["html"], slug
    if spec.get("fwd") is not None:
        inner = spec["fwd"]
        assert texts[-1] == inner["final_text"], slug
    # label rules
    kind, company, contact = spec["kind"], spec.get("co", ""), spec.get("ct", "")
    assert kind in KINDS, slug
    assert spec["lang"] in {"en", "de", "fr", "es"}, slug
    if kind == "other":
        assert company == "", slug
    else:
        assert company and company == company.strip(), slug
        assert not LEGAL_FORMS.search(company), (slug, company)
    if contact:
        assert contact == contact.lower(), slug
        assert contact != common.ADDR, slug
        replyable = [a.lower() for a in (spec.get("rt", ("", ""))[1], spec["frm"][1]) if a]
        assert contact in replyable, (slug, contact)
        assert not any(contact.endswith("@" + d) or contact.endswith("." + d)
                       for d in ATS_DOMAINS), slug
        assert not SYSTEM_LOCAL.match(contact.split("@")[0]), (slug, contact)
        if spec.get("rt") and spec["rt"][1].lower() != contact:
            raise AssertionError(f"{slug}: contact must be the human Reply-To")
    if spec["frm"][1] == common.ADDR:
        assert kind == "other" and not contact, slug


def main() -> None:
    specs: list[Spec] = []
    for module in (msgs348_threads, msgs348_rejections, msgs348_invites, msgs348_acks,
                   msgs348_other):
        specs.extend(module.MESSAGES)
    slugs = [s["slug"] for s in specs]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    specs.sort(key=lambda s: (when_of(s).astimezone(UTC), s["slug"]))
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    old_labels = HERE / "labels.csv"
    if old_labels.exists():
        old_labels.unlink()
    threads: dict[str, list[Spec]] = {}
    rows = []
    for number, spec in enumerate(specs, 1):
        prev = threads.setdefault(spec["thread"], []) if spec.get("thread") else []
        try:
            message = build(spec, list(prev))
        except UnicodeEncodeError as error:
            raise SystemExit(f"{spec['slug']}: {error}") from error
        if spec.get("fwd") is not None:
            spec["fwd"].setdefault("final_text", spec["fwd"]["body"].strip("\n") + "\n")
        data = render(message)
        check(spec, data)
        rel = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec.get("co", ""), spec.get("ct", ""), spec["lang"]])
        if spec.get("thread"):
            prev.append(spec)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    langs = ["fr", "en", "de", "es"]
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in langs) + "  total")
    for kind in KINDS:
        counts = table.get(kind, {})
        print(f"{kind:32}" + "".join(f"{counts.get(lang, 0):5}" for lang in langs)
              + f"  {sum(counts.values()):5}")
    totals = [sum(table[k].get(lang, 0) for k in table) for lang in langs]
    print(f"{'total':32}" + "".join(f"{n:5}" for n in totals) + f"  {len(rows):5}")


if __name__ == "__main__":
    main()
