"""Build the threehundredtenth corpus: 165 hand-written job-search messages for Tomasz Wróblewski.

Standard library only. Every message is a spec (a dict) in one of the msgs310_*.py modules next
to this file; this script turns them into .eml files plus labels.csv, re-parses every file with
email.policy.default and checks it. It deletes and rewrites only *.eml and labels.csv here.
Output is deterministic: the same bytes on every run.

    python tests/corpus_threehundredtenth/make_threehundredtenth.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import importlib
import io
import quopri
import re
import sys
from collections import Counter
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CANDIDATE = ("Tomasz Wróblewski", "tomasz.wroblewski@example.ie")
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
MODULES = ("msgs310_rejections", "msgs310_invites", "msgs310_acks", "msgs310_other")
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCALS = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|mailer|jobs?|"
                           r"careers?|bewerbung|recrutement|empleo|alerts?|news|info|postmaster)")
LEGAL_FORMS = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd|Limited|Inc|BV|B\.V\.|"
                         r"plc|DAC|KG|Co\. KG|SE)\b\.?$")

Spec = dict[str, Any]


# ---------------------------------------------------------------- headers

def _q_word(chunk: str, charset: str) -> str:
    out = []
    for byte in chunk.encode(charset):
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif char.isascii() and (char.isalnum() or char in "!*+-/"):
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?q?{''.join(out)}?="


def _b_word(chunk: str, charset: str) -> str:
    return f"=?{charset}?b?{base64.b64encode(chunk.encode(charset)).decode('ascii')}?="


def encode_words(text: str, charset: str = "utf-8", how: str = "q") -> str:
    """The whole phrase as encoded words of at most 75 characters, spaces kept inside them."""
    make = _q_word if how == "q" else _b_word
    words, start = [], 0
    while start < len(text):
        end = start + 1
        while end < len(text) and len(make(text[start:end + 1], charset)) <= 75:
            end += 1
        words.append(make(text[start:end], charset))
        start = end
    return "\n ".join(words)


def fold(name: str, value: str) -> str:
    """Fold a plain header at spaces so that no line passes 78 characters."""
    if "\n" in value:
        return f"{name}: {value}"
    line, lines = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() != f"{name}:":
            lines.append(line)
            line = " " + word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(entry: Any) -> str:
    """(name, addr) or (name, addr, (charset, how)) or a bare address."""
    if isinstance(entry, str):
        return entry
    name, addr, *rest = entry
    if not name:
        return addr
    if rest or not name.isascii():
        charset, how = rest[0] if rest else ("utf-8", "q")
        return f"{encode_words(name, charset, how)} <{addr}>"
    if any(c in SPECIALS for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def addr_of(entry: Any) -> str:
    return entry if isinstance(entry, str) else entry[1]


def name_of(entry: Any) -> str:
    return "" if isinstance(entry, str) else entry[0]


# ---------------------------------------------------------------- bodies

def encode_body(raw: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    return raw if raw.endswith(b"\n") else raw + b"\n"


def leaf(headers: list[str], raw: bytes, cte: str) -> bytes:
    head = "\n".join([*headers, f"Content-Transfer-Encoding: {cte}"])
    return head.encode("ascii") + b"\n\n" + encode_body(raw, cte)


def text_leaf(text: str, subtype: str, charset: str, cte: str, extra: str = "") -> bytes:
    raw = text.encode(charset)
    if cte in ("7bit", "8bit") and raw.isascii():
        cte = "7bit"
    elif cte == "7bit":
        cte = "quoted-printable"
    return leaf([f'Content-Type: text/{subtype}; charset="{charset}"{extra}'], raw, cte)


def multipart(subtype: str, boundary: str, parts: list[bytes], preamble: bool = False) -> bytes:
    out = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'.encode("ascii")]
    if preamble:
        out.append(b"This is a multi-part message in MIME format.\n\n")
    for part in parts:
        out.append(f"--{boundary}\n".encode("ascii") + part.rstrip(b"\n") + b"\n")
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (latin-1 text, Helvetica)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
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
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


TZ_BLOCKS = {
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Amsterdam": ("+0100", "+0200", "CET", "CEST"),
}


def make_ics(cal: Spec, organizer: Any, stamp: datetime) -> str:
    tz = cal.get("tz", "Europe/Dublin")
    std, dst, std_name, dst_name = TZ_BLOCKS[tz]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID={tz}:{cal['start']}",
        f"DTEND;TZID={tz}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN={name_of(organizer) or addr_of(organizer)}:mailto:{addr_of(organizer)}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CANDIDATE[1]}",
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
    ]
    if cal.get("description"):
        lines.append("DESCRIPTION:" + cal["description"].replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 74:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- html shells

def paragraphs_html(text: str) -> str:
    blocks = text.strip("\n").split("\n\n")
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line.lstrip("> ").rstrip(), quote=False) for line in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(html.escape(line, quote=False) for line in lines) + "</p>")
    return "\n".join(out)


def html_shell(text: str, style: str, brand: str, lang: str) -> str:
    body = paragraphs_html(text)
    if style == "ats":
        return (
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f"<title>{html.escape(brand)}</title></head>\n"
            '<body style="margin:0;background:#f3f4f6;font-family:Arial,sans-serif">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center">\n<table role="presentation" width="600" '
            'style="background:#ffffff;margin:24px 0">\n'
            f'<tr><td style="background:#1f3a5f;color:#fff;padding:16px 24px;font-size:18px">'
            f"{html.escape(brand)}</td></tr>\n"
            f'<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">\n{body}\n'
            "</td></tr>\n"
            '<tr><td style="padding:12px 24px;font-size:11px;color:#888">'
            "This message was sent by an automated system.</td></tr>\n"
            "</table>\n</td></tr></table>\n</body>\n</html>\n"
        )
    if style == "outlook":
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:Calibri,"
            "sans-serif;} --></style>\n</head>\n"
            f'<body lang="{lang.upper()}" link="#0563C1">\n<div class="WordSection1">\n'
            + body.replace("<p>", '<p class="MsoNormal">')
            + "\n</div>\n</body>\n</html>\n"
        )
    if style == "news":
        return (
            f'<html><head><meta charset="utf-8"><title>{html.escape(brand)}</title></head>\n'
            '<body style="font-family:Georgia,serif;max-width:640px;margin:auto">\n'
            f"<h1 style=\"font-size:22px\">{html.escape(brand)}</h1>\n{body}\n"
            '<hr><p style="font-size:11px;color:#777">You receive this because you subscribed. '
            '<a href="https://example.org/unsubscribe">Unsubscribe</a></p>\n</body></html>\n'
        )
    return f'<div dir="ltr">\n{body}\n</div>\n'


# ---------------------------------------------------------------- assembly

def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def message_id(spec: Spec) -> str:
    if spec.get("msgid"):
        return str(spec["msgid"])
    digest = hashlib.sha256(("310/" + spec["key"]).encode()).hexdigest()
    domain = addr_of(spec["frm"]).split("@")[1]
    style = int(digest[0], 16) % 3
    if style == 0:
        return f"<{digest[:8]}.{digest[8:20]}@{domain}>"
    if style == 1:
        return f"<{digest[:24].upper()}@{domain}>"
    return f"<{int(digest[:12], 16)}.{digest[12:18]}.JavaMail@{domain}>"


DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}


def attribution(parent: Spec, style: str) -> str:
    when = parse_date(parent["date"])
    who_name, who = name_of(parent["frm"]) or addr_of(parent["frm"]), addr_of(parent["frm"])
    hm = when.strftime("%H:%M")
    wd = when.weekday()
    mo = when.month - 1
    if style == "en":
        return f"On {DAYS['en'][wd]}, {when.day} {MONTHS['en'][mo]} 2026 at {hm}, {who_name} <{who}> wrote:"
    if style == "de":
        return f"Am {when.strftime('%d.%m.%Y')} um {hm} schrieb {who_name} <{who}>:"
    if style == "fr":
        return f"Le {DAYS['fr'][wd]} {when.day} {MONTHS['fr'][mo]} 2026 à {hm}, {who_name} <{who}> a écrit :"
    if style == "es":
        return f"El {DAYS['es'][wd]}, {when.day} {MONTHS['es'][mo]} 2026 a las {hm}, {who_name} (<{who}>) escribió:"
    to = parent.get("to") or CANDIDATE
    labels = {
        "outlook-en": ("From", "Sent", "To", "Subject", "en"),
        "outlook-de": ("Von", "Gesendet", "An", "Betreff", "de"),
        "outlook-fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0", "fr"),
        "outlook-es": ("De", "Enviado el", "Para", "Asunto", "es"),
    }[style]
    lang = labels[4]
    if lang == "en":
        sent = f"{LONG_DAYS['en'][wd]}, {LONG_MONTHS['en'][mo]} {when.day}, 2026 {hm}"
    elif lang == "de":
        sent = f"{LONG_DAYS['de'][wd]}, {when.day}. {LONG_MONTHS['de'][mo]} 2026 {hm}"
    elif lang == "fr":
        sent = f"{LONG_DAYS['fr'][wd]} {when.day} {LONG_MONTHS['fr'][mo]} 2026 {hm}"
    else:
        sent = f"{LONG_DAYS['es'][wd]}, {when.day} de {LONG_MONTHS['es'][mo]} de 2026 {hm}"
    to_name = name_of(to) if not isinstance(to, list) else name_of(to[0])
    banner = {
        "en": "-----Original Message-----",
        "de": "-----Ursprüngliche Nachricht-----",
        "fr": "-----Message d'origine-----",
        "es": "________________________________",
    }[lang]
    return (
        f"{banner}\n{labels[0]}: {who_name} <{who}>\n{labels[1]}: {sent}\n"
        f"{labels[2]}: {to_name}\n{labels[3]}: {parent['subject']}"
    )


def full_text(spec: Spec, by_key: dict[str, Spec]) -> str:
    if "_text" in spec:
        return str(spec["_text"])
    text = spec["text"].strip("\n") + "\n"
    if spec.get("quote") and spec.get("parent") in by_key:
        parent = by_key[spec["parent"]]
        style = spec["quote"] if isinstance(spec["quote"], str) else spec["lang"]
        ptext = full_text(parent, by_key).rstrip("\n")
        if style.startswith("outlook"):
            text += "\n" + attribution(parent, style) + "\n\n" + ptext + "\n"
        else:
            quoted = "\n".join(("> " + line) if line and not line.startswith(">")
                               else (">" + line) for line in ptext.split("\n"))
            text += "\n" + attribution(parent, style) + "\n" + quoted + "\n"
    spec["_text"] = text
    return text


def references(spec: Spec, by_key: dict[str, Spec]) -> list[str]:
    parent = spec.get("parent")
    if not parent:
        return []
    if parent in by_key:
        return [*references(by_key[parent], by_key), message_id(by_key[parent])]
    digest = hashlib.sha256(("310/" + parent).encode()).hexdigest()
    return [f"<{digest[:16]}@example.ie>"]


def build(spec: Spec, by_key: dict[str, Spec]) -> tuple[bytes, list[str]]:
    """The message bytes and the decoded text of every text part, in walk order."""
    key = spec["key"]
    boundary_n = [0]

    def boundary() -> str:
        boundary_n[0] += 1
        digest = hashlib.sha256(f"310/{key}/{boundary_n[0]}".encode()).hexdigest()[:20]
        return f"----=_Part_{boundary_n[0]}_{digest}"

    lang = spec["lang"]
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    text = full_text(spec, by_key)
    texts: list[str] = []
    html_mode = spec.get("html")  # None, "alt", "only"
    style = spec.get("style", "simple")
    brand = spec.get("brand", spec.get("company") or "")
    body_parts: list[bytes] = []
    if html_mode == "only":
        markup = spec.get("html_src") or html_shell(text, style, brand, lang)
        body_parts.append(text_leaf(markup, "html", charset, cte))
        texts.append(markup)
    else:
        body_parts.append(text_leaf(text, "plain", charset, cte,
                                    '; format=flowed' if spec.get("flowed") else ""))
        texts.append(text)
        if html_mode == "alt":
            markup = spec.get("html_src") or html_shell(text, style, brand, lang)
            body_parts.append(text_leaf(markup, "html", charset, spec.get("html_cte", cte)))
            texts.append(markup)
    stamp = parse_date(spec["date"])
    cal = spec.get("cal")
    if cal:
        ics = make_ics(cal, spec.get("organizer", spec["frm"]), stamp)
        body_parts.append(text_leaf(ics, "calendar", "utf-8", cal.get("cte", "base64"),
                                    f'; method={cal["method"]}'))
        texts.append(ics)
    body = body_parts[0] if len(body_parts) == 1 else multipart("alternative", boundary(),
                                                                body_parts)
    extras: list[bytes] = []
    for filename, lines in spec.get("pdfs", []):
        extras.append(leaf([f'Content-Type: application/pdf; name="{filename}"',
                            f'Content-Disposition: attachment; filename="{filename}"'],
                           make_pdf(lines), "base64"))
    if spec.get("fwd"):
        inner_spec = by_key[spec["fwd"]]
        inner, inner_texts = build(inner_spec, by_key)
        extras.append(b'Content-Type: message/rfc822\nContent-Disposition: inline\n\n' + inner)
        texts.extend(inner_texts)
    if cal and spec.get("ics_file"):
        ics = make_ics(cal, spec.get("organizer", spec["frm"]), stamp)
        extras.append(leaf([f'Content-Type: application/ics; name="{spec["ics_file"]}"',
                            f'Content-Disposition: attachment; filename="{spec["ics_file"]}"'],
                           ics.encode("utf-8"), "base64"))
    if extras:
        body = multipart("mixed", boundary(), [body, *extras], preamble=True)

    headers: list[str] = []
    if not spec.get("ghost"):
        headers.append(f"Return-Path: <{spec.get('envelope', addr_of(spec['frm']))}>")
    headers.append(f"Message-ID: {message_id(spec)}")
    headers.append(f"Date: {format_datetime(stamp)}")
    headers.append(f"From: {fmt_addr(spec['frm'])}")
    if spec.get("reply_to"):
        headers.append(f"Reply-To: {fmt_addr(spec['reply_to'])}")
    ats_sender = addr_of(spec["frm"]).split("@")[1] in ATS_DOMAINS
    to = spec.get("to", CANDIDATE[1] if ats_sender else CANDIDATE)
    to_list = to if isinstance(to, list) else [to]
    headers.append(fold("To", ", ".join(fmt_addr(t) for t in to_list)))
    if spec.get("cc"):
        headers.append(fold("Cc", ", ".join(fmt_addr(c) for c in spec["cc"])))
    subject = spec["subject"]
    if spec.get("senc") or not subject.isascii():
        charset_s, how = spec.get("senc") or ("utf-8", "q")
        headers.append("Subject: " + encode_words(subject, charset_s, how))
    else:
        headers.append(fold("Subject", subject))
    refs = references(spec, by_key)
    if refs:
        headers.append(f"In-Reply-To: {refs[-1]}")
        headers.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", {}).items():
        headers.append(fold(name, value))
    headers.append("MIME-Version: 1.0")
    return "\n".join(headers).encode("ascii") + b"\n" + body, texts


# ---------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: Spec, data: bytes, texts: list[str]) -> None:
    where = spec["file"]
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            defects = getattr(value, "defects", ())
            assert not defects, f"{where}: header {name} defects {defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    from_header = msg["From"]
    assert from_header.addresses[0].display_name == name_of(spec["frm"]), f"{where}: from name"
    assert from_header.addresses[0].addr_spec == addr_of(spec["frm"]), f"{where}: from addr"
    assert msg["Date"].datetime == parse_date(spec["date"]), f"{where}: date"
    assert msg["Date"].datetime.year == 2026
    got = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert [_norm(t) for t in got] == [_norm(t) for t in texts], f"{where}: bodies differ"
    for attached in msg.walk():
        if attached.get_content_type() == "application/pdf":
            pdf = attached.get_content()
            assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    # label rules
    kind, lang, company, contact = spec["kind"], spec["lang"], spec["company"], spec["contact"]
    assert kind in KINDS and lang in LANGS, where
    own = addr_of(spec["frm"]) == CANDIDATE[1]
    if kind == "other":
        assert company == "", f"{where}: company on other"
    else:
        assert company and company == company.strip(), f"{where}: company missing"
        assert not LEGAL_FORMS.search(company), f"{where}: legal form in {company}"
        assert not own
    if own:
        assert contact == "" and kind == "other", f"{where}: own mail"
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE[1], where
        values = [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])]
        assert contact in [a.lower() for _, a in getaddresses(values)], f"{where}: contact"
        local, domain = contact.split("@")
        assert domain not in ATS_DOMAINS and not SYSTEM_LOCALS.match(local), f"{where}: system"
        reply_to = spec.get("reply_to")
        if reply_to and addr_of(reply_to).lower() != contact:
            raise AssertionError(f"{where}: contact must be the human Reply-To")


def load_specs() -> list[Spec]:
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    specs: list[Spec] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).SPECS)
    return specs


def main() -> None:
    specs = load_specs()
    by_key: dict[str, Spec] = {}
    numbers: Counter[str] = Counter()
    for spec in specs:
        spec.setdefault("company", "")
        spec.setdefault("contact", "")
        spec["key"] = spec["slug"]
        assert spec["key"] not in by_key, f"duplicate key {spec['key']}"
        by_key[spec["key"]] = spec
        if spec.get("ghost"):
            continue
        numbers[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['slug']}.eml"
    for old in sorted(HERE.rglob("*.eml")):
        old.unlink()
    rows = []
    seen_ids: set[str] = set()
    for spec in specs:
        if spec.get("ghost"):
            continue
        try:
            data, texts = build(spec, by_key)
        except UnicodeEncodeError as error:
            raise SystemExit(f"{spec['file']}: {error}") from error
        check(spec, data, texts)
        mid = message_id(spec)
        assert mid not in seen_ids, f"duplicate Message-ID {mid}"
        seen_ids.add(mid)
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: Counter[tuple[str, str]] = Counter((r[1], r[4]) for r in rows)
    print(f"{len(rows)} messages")
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:34}" + "".join(f"{c:5d}" for c in counts) + f"{sum(counts):7d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':34}" + "".join(f"{c:5d}" for c in totals) + f"{sum(totals):7d}")


if __name__ == "__main__":
    main()
