"""Build corpus 314 (job-search mail of Nkechi Adeyemi-Ross) from the hand-written specs in
msgs314_*.py. Standard library only; deterministic output.

Run: python tests/corpus_threehundredfourteenth/make_threehundredfourteenth.py

It deletes and rewrites only *.eml and labels.csv inside this folder, then re-parses every
message with email.policy.default and checks it (no defects, headers and bodies round-trip,
label rules).
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
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ behind in the corpus folder
sys.path.insert(0, str(HERE))

import msgs314_acks  # noqa: E402
import msgs314_invites  # noqa: E402
import msgs314_other  # noqa: E402
import msgs314_rejections  # noqa: E402
from msgs314_common import ME_ADDR, ME_NAME, html_from_text  # noqa: E402

Spec = dict[str, Any]

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
LEGAL_FORMS = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Ltd|Limited|Inc|LLP|plc|KG|SE|BV|NV|SRL)\.?$")
SYSTEM_LOCAL = re.compile(r"(no-?reply|donotreply|do-not-reply|ne-pas-repondre|no-responder)"
                          r"|^(notifications?|notificaciones|mailer|alert(e)?s?|newsletter|"
                          r"lettre|boletin|events|info|bounce)", re.I)


# ---------------------------------------------------------------- headers

def _encoded_words(text: str, charset: str, mode: str) -> str:
    """Encode a whole phrase as RFC 2047 words (split only if too long; every space stays
    inside a word)."""
    codec = {"windows-1252": "cp1252"}.get(charset, charset)
    words: list[str] = []
    chunk = ""

    def encode(piece: str) -> str:
        raw = piece.encode(codec)
        if mode == "b":
            return f"=?{charset}?b?{base64.b64encode(raw).decode('ascii')}?="
        out = []
        for byte in raw:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            else:
                out.append(f"={byte:02X}")
        return f"=?{charset}?q?{''.join(out)}?="

    for ch in text:
        if len(encode(chunk + ch)) > 66:
            words.append(encode(chunk))
            chunk = ""
        chunk += ch
    words.append(encode(chunk))
    return "\n ".join(words)


def _fold(value: str, start: int) -> str:
    """Fold an ASCII header value at spaces so that no line passes 78 characters."""
    out, line = [], start
    for i, word in enumerate(value.split(" ")):
        if i and line + 1 + len(word) > 78:
            out.append("\n " + word)
            line = 1 + len(word)
        else:
            out.append((" " if i else "") + word)
            line += (1 if i else 0) + len(word)
    return "".join(out)


def _addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and enc is None:
        return formataddr((name, addr))
    mode, charset = enc or ("b", "utf-8")
    return f"{_encoded_words(name, charset, mode)} <{addr}>"


def _subject(text: str, enc: tuple[str, str] | None) -> str:
    if text.isascii() and enc is None:
        return _fold(text, len("Subject: "))
    mode, charset = enc or ("q", "utf-8")
    return _encoded_words(text, charset, mode)


# ---------------------------------------------------------------- dates

def _last_sunday(year: int, month: int) -> int:
    day = 31
    while datetime(year, month, day).weekday() != 6:
        day -= 1
    return day


def _offset(zone: str, naive: datetime) -> timezone:
    if zone.startswith(("+", "-")):
        sign = 1 if zone[0] == "+" else -1
        return timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])))
    summer = (datetime(2026, 3, _last_sunday(2026, 3), 2) <= naive
              < datetime(2026, 10, _last_sunday(2026, 10), 2))
    base = {"uk": 0, "eu": 1, "utc": 0}[zone]
    extra = 1 if summer and zone != "utc" else 0
    return timezone(timedelta(hours=base + extra))


def _date(spec: Spec) -> datetime:
    naive = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    zone = spec.get("tz") or ("uk" if spec["lang"] == "en" else "eu")
    return naive.replace(tzinfo=_offset(zone, naive))


# ---------------------------------------------------------------- quoting

WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
}


def _attribution(lang: str, when: datetime, name: str, addr: str) -> str:
    hm = when.strftime("%H:%M")
    if lang == "de":
        return f"Am {when:%d.%m.%Y} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        wd, mo = WEEKDAYS["fr"][when.weekday()], MONTHS["fr"][when.month - 1]
        return f"Le {wd} {when.day} {mo} {when.year} à {hm}, {name} <{addr}> a écrit :"
    if lang == "es":
        wd, mo = WEEKDAYS["es"][when.weekday()], MONTHS["es"][when.month - 1]
        return f"El {wd}, {when.day} {mo} {when.year} a las {hm}, {name} (<{addr}>) escribió:"
    wd, mo = WEEKDAYS["en"][when.weekday()], MONTHS["en"][when.month - 1]
    return f"On {wd}, {when.day} {mo} {when.year} at {hm}, {name} <{addr}> wrote:"


def _outlook_block(lang: str, parent: Spec, when: datetime) -> str:
    name, addr = parent["frm"]
    to = ", ".join(f"{n} <{a}>" if n else a for n, a in parent.get("to", [(ME_NAME, ME_ADDR)]))
    labels = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
              "fr": ("De ", "Envoyé ", "À ", "Objet "), "es": ("De", "Enviado", "Para", "Asunto")}
    f, s, t, j = labels[lang]
    if lang == "de":
        sent = f"{when.day}. {MONTHS['de'][when.month - 1]} {when.year} {when:%H:%M}"
    elif lang == "fr":
        sent = f"{when.day} {MONTHS['fr'][when.month - 1]} {when.year} {when:%H:%M}"
    elif lang == "es":
        sent = f"{when.day} de {MONTHS['es'][when.month - 1]} de {when.year} {when:%H:%M}"
    else:
        sent = f"{when:%A}, {when.day} {when:%B} {when.year} {when:%H:%M}"
    return (f"{'_' * 32}\n{f}: {name} <{addr}>\n{s}: {sent}\n{t}: {to}\n"
            f"{j}: {parent['subject']}\n\n{parent['_text'].rstrip()}\n")


def _with_quote(spec: Spec, parent: Spec) -> str:
    text = spec["text"].rstrip("\n") + "\n"
    when = parent["_date"]
    if spec.get("quote") == "outlook":
        return text + "\n" + _outlook_block(spec["lang"], parent, when)
    attribution = _attribution(spec["lang"], when, *parent["frm"])
    quoted = "\n".join(("> " + row) if row and not row.startswith(">") else (">" + row)
                       for row in parent["_text"].rstrip("\n").split("\n"))
    return f"{text}\n{attribution}\n{quoted}\n"


# ---------------------------------------------------------------- bodies

def _pdf(title: str, rows: list[str]) -> bytes:
    """A small valid one-page PDF showing the title and rows in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream_rows = [f"BT /F1 16 Tf 72 760 Td ({esc(title)}) Tj ET"]
    y = 730
    for row in rows:
        stream_rows.append(f"BT /F1 11 Tf 72 {y} Td ({esc(row)}) Tj ET")
        y -= 16
    stream = "\n".join(stream_rows).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              f"%%EOF\n".encode())
    return out.getvalue()


VTIMEZONES = {
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Brussels": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
}


def _ics(cal: dict[str, Any], spec: Spec, nl: str) -> str:
    tzid = cal["tzid"]
    std, dst, std_name, dst_name = VTIMEZONES[tzid]
    org_name, org_addr = cal["organizer"]
    method = cal.get("method", "REQUEST")
    rows = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus314//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{spec['_date'].astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tzid}:{cal['start']}", f"DTEND;TZID={tzid}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"DESCRIPTION:{cal.get('description', '')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={ME_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{ME_ADDR}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    folded = []
    for row in rows:
        while len(row.encode("utf-8")) > 74:
            cut = 73
            while len(row[:cut].encode("utf-8")) > 73:
                cut -= 1
            folded.append(row[:cut])
            row = " " + row[cut:]
        folded.append(row)
    return nl.join(folded) + nl


def _text_part(subtype: str, text: str, charset: str, cte: str,
               params: str = "") -> tuple[bytes, str]:
    codec = {"windows-1252": "cp1252"}.get(charset, charset)
    raw = text.encode(codec)
    if cte == "7bit" and not raw.isascii():
        cte = "quoted-printable"
    head = f"Content-Type: text/{subtype}; charset=\"{charset}\"{params}\n"
    head += f"Content-Transfer-Encoding: {cte}\n"
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
        if not body.endswith(b"\n"):
            body += b"=\n"
    else:
        body = raw
        for row in body.split(b"\n"):
            assert len(row) < 990, "line too long for 7bit/8bit"
    return head.encode("ascii") + b"\n" + body, text


class Builder:
    def __init__(self) -> None:
        self.by_slug: dict[str, Spec] = {}

    def boundary(self, spec: Spec, n: int) -> str:
        digest = hashlib.sha1(f"{spec['slug']}/{n}".encode()).hexdigest()[:20]
        return f"----=_Part_314_{n}_{digest}"

    def body(self, spec: Spec) -> tuple[bytes, list[tuple[str, str]]]:
        """The MIME body (headers of the top part included) and the text parts it holds."""
        texts: list[tuple[str, str]] = []
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "quoted-printable")
        form = spec.get("form", "plain")
        text = spec["_text"]
        parts: list[bytes] = []
        if form in ("plain", "alt"):
            part, t = _text_part("plain", text, charset, cte, spec.get("params", ""))
            parts.append(part)
            texts.append(("text/plain", t))
        if form in ("html", "alt"):
            markup = spec.get("html") or html_from_text(text, brand=spec.get("brand", ""),
                                                        charset=charset)
            part, t = _text_part("html", markup, charset, spec.get("html_cte", cte))
            parts.append(part)
            texts.append(("text/html", t))
        cal = spec.get("ics")
        if cal and cal.get("inline", True):
            nl = "\r\n" if cal.get("crlf") else "\n"
            ics_text = _ics(cal, spec, nl)
            method = cal.get("method", "REQUEST")
            part, t = _text_part("calendar", ics_text, "utf-8", cal.get("cte", "7bit"),
                                 f"; method={method}")
            parts.append(part)
            texts.append(("text/calendar", t))
        counter = 0
        if len(parts) == 1:
            main = parts[0]
        else:
            counter += 1
            b = self.boundary(spec, counter)
            main = (f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n").encode()
            for p in parts:
                main += f"--{b}\n".encode() + p + b"\n"
            main += f"--{b}--\n".encode()
        extras: list[bytes] = []
        if cal and not cal.get("inline", True):
            nl = "\r\n" if cal.get("crlf") else "\n"
            ics_text = _ics(cal, spec, nl)
            raw = base64.encodebytes(ics_text.encode("utf-8"))
            method = cal.get("method", "REQUEST")
            extras.append(
                (f"Content-Type: text/calendar; charset=\"utf-8\"; method={method}; "
                 f"name=\"invite.ics\"\nContent-Disposition: attachment; filename=\"invite.ics\"\n"
                 f"Content-Transfer-Encoding: base64\n\n").encode() + raw)
            texts.append(("text/calendar", ics_text))
        for att in spec.get("attach", []):
            raw = base64.encodebytes(_pdf(att["title"], att["rows"]))
            fname = att["filename"]
            extras.append(
                (f"Content-Type: application/pdf; name=\"{fname}\"\n"
                 f"Content-Disposition: attachment; filename=\"{fname}\"\n"
                 f"Content-Transfer-Encoding: base64\n\n").encode() + raw)
        if "forward" in spec:
            inner_bytes, inner_texts = self.render(spec["forward"], nested=True)
            extras.append(b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n"
                          + inner_bytes)
            texts.extend(inner_texts)
        if not extras:
            return main, texts
        counter += 1
        b = self.boundary(spec, counter)
        out = f"Content-Type: multipart/mixed; boundary=\"{b}\"\n\n".encode()
        out += b"This is a multi-part message in MIME format.\n\n"
        for p in [main, *extras]:
            out += f"--{b}\n".encode() + p + b"\n"
        out += f"--{b}--\n".encode()
        return out, texts

    def prepare(self, spec: Spec) -> None:
        spec["_date"] = _date(spec)
        parent = self.by_slug.get(spec.get("reply_of", ""))
        if spec.get("reply_of"):
            assert parent is not None, f"{spec['slug']}: parent {spec['reply_of']} not built yet"
            assert parent["_date"] < spec["_date"], f"{spec['slug']}: parent is later"
        spec["_text"] = _with_quote(spec, parent) if parent and spec.get("quote") else spec["text"]
        domain = spec["frm"][1].split("@")[1]
        digest = hashlib.sha1(spec["slug"].encode()).hexdigest()
        spec["_mid"] = f"<{digest[:12]}.{digest[12:20]}@{spec.get('mid_domain', domain)}>"
        if parent:
            spec["_refs"] = [*parent.get("_refs", []), parent["_mid"]]
        self.by_slug[spec["slug"]] = spec

    def render(self, spec: Spec, nested: bool = False) -> tuple[bytes, list[tuple[str, str]]]:
        if nested:
            spec.setdefault("slug", "fwd")
            spec["_date"] = _date(spec)
            spec["_text"] = spec["text"]
            digest = hashlib.sha1(("inner/" + spec["subject"]).encode()).hexdigest()
            spec["_mid"] = f"<{digest[:16]}@{spec['frm'][1].split('@')[1]}>"
        head = [f"From: {_addr(spec['frm'], spec.get('name_enc'))}"]
        to = spec.get("to", [(ME_NAME, ME_ADDR)])
        head.append("To: " + ",\n ".join(_addr(p) for p in to))
        if spec.get("cc"):
            head.append("Cc: " + ",\n ".join(_addr(p) for p in spec["cc"]))
        if spec.get("reply_to"):
            head.append(f"Reply-To: {_addr(spec['reply_to'], spec.get('reply_enc'))}")
        head.append(f"Subject: {_subject(spec['subject'], spec.get('subj_enc'))}")
        head.append(f"Date: {format_datetime(spec['_date'])}")
        head.append(f"Message-ID: {spec['_mid']}")
        if spec.get("_refs"):
            head.append(f"In-Reply-To: {spec['_refs'][-1]}")
            head.append("References: " + "\n ".join(spec["_refs"]))
        for name, value in spec.get("headers", {}).items():
            head.append(f"{name}: {value}")
        head.append("MIME-Version: 1.0")
        body, texts = self.body(spec)
        return "\n".join(head).encode("ascii") + b"\n" + body, texts


# ---------------------------------------------------------------- checks

def _is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    return domain.endswith(ATS_DOMAINS) or bool(SYSTEM_LOCAL.search(local))


def check_message(spec: Spec, data: bytes, texts: list[tuple[str, str]]) -> None:
    slug = spec["slug"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, f"{slug}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{slug}: header {name} {value.defects}"
    assert str(msg["subject"]) == spec["subject"], f"{slug}: subject {msg['subject']!r}"
    frm = msg["from"].addresses[0]
    assert frm.display_name == spec["frm"][0], f"{slug}: from name {frm.display_name!r}"
    assert frm.addr_spec == spec["frm"][1], slug
    assert msg["date"].datetime == spec["_date"], slug
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    assert got == texts, f"{slug}: bodies do not round-trip"
    assert any(t == "text/plain" or t == "text/html" for t, _ in got), slug


def check_label(spec: Spec) -> None:
    slug, kind, company, contact = spec["slug"], spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, slug
    own = spec["frm"][1] == ME_ADDR
    if own:
        assert kind == "other" and not contact, f"{slug}: own mail is other, no contact"
    if kind == "other":
        assert not company, f"{slug}: company must be empty on other"
    else:
        assert company and company == company.strip(), f"{slug}: company needed"
        assert not LEGAL_FORMS.search(company), f"{slug}: legal form in {company}"
    reply = spec.get("reply_to", ("", ""))[1].lower()
    sender = spec["frm"][1].lower()
    if contact:
        assert contact == contact.lower(), slug
        assert contact in (reply, sender), f"{slug}: contact not in Reply-To/From"
        assert not _is_system(contact) and contact != ME_ADDR, f"{slug}: contact is system"
        if reply and not _is_system(reply) and reply != ME_ADDR:
            assert contact == reply, f"{slug}: human Reply-To must be the contact"
    elif not own:
        human_reply = reply and not _is_system(reply) and reply != ME_ADDR
        assert not human_reply, f"{slug}: human Reply-To {reply} but no contact"
        assert _is_system(sender) or spec.get("sender_is_system"), \
            f"{slug}: sender {sender} looks human but no contact"


def main() -> None:
    specs: list[Spec] = [*msgs314_acks.SPECS, *msgs314_invites.SPECS,
                         *msgs314_rejections.SPECS, *msgs314_other.SPECS]
    slugs = [s["slug"] for s in specs]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    for spec in specs:
        spec["_date"] = _date(spec)
    specs.sort(key=lambda s: (s["_date"].astimezone(UTC), s["slug"]))
    builder = Builder()
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    mids = set()
    for number, spec in enumerate(specs, 1):
        builder.prepare(spec)
        data, texts = builder.render(spec)
        check_message(spec, data, texts)
        check_label(spec)
        assert spec["_mid"] not in mids
        mids.add(spec["_mid"])
        rel = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
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
        print(f"{kind:32}" + "".join(f"{counts[lang]:5d}" for lang in LANGS)
              + f"  {sum(counts.values()):5d}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:5d}" for lang in LANGS) + f"  {len(rows):5d}")


if __name__ == "__main__":
    main()
