"""Build corpus 259 from the hand-written message specs (standard library only).

Run from the repository root:

    python tests/corpus_twohundredfiftyninth/make_twohundredfiftyninth.py

It deletes and rewrites only the *.eml files and labels.csv inside this folder. Every message
is written as raw MIME (so headers can carry RFC 2047 words in utf-8 or iso-8859-1, Q or B),
with deterministic boundaries, Message-IDs and dates, then parsed back with the default policy
and checked: no defects, the subject, display names and every body part round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import quopri
import re
import sys
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs259_acks  # noqa: E402
import msgs259_invites  # noqa: E402
import msgs259_other  # noqa: E402
import msgs259_rejections  # noqa: E402
from msgs259_common import CANDIDATE_ADDR, ME, outlook_html, plain_html  # noqa: E402

KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
EXPECTED = {
    "rejection": 31,
    "interview_invitation": 26,
    "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10,
    "application_received": 21,
    "offer": 10,
    "other": 52,
}
NL = "\n"

# ---------------------------------------------------------------------------------------------
# dates


def _summer(day: dt.date) -> bool:
    """European summer time in 2026: 29 March to 25 October."""
    return dt.date(2026, 3, 29) <= day < dt.date(2026, 10, 25)


def default_offset(lang: str, day: dt.date) -> str:
    if lang == "en":
        return "+0100" if _summer(day) else "+0000"
    return "+0200" if _summer(day) else "+0100"


def parse_when(text: str, lang: str) -> dt.datetime:
    """'2026-02-10 09:41' or '2026-02-10 09:41 -0500' to an aware datetime."""
    bits = text.split()
    stamp = dt.datetime.strptime(bits[0] + " " + bits[1], "%Y-%m-%d %H:%M")
    offset = bits[2] if len(bits) > 2 else default_offset(lang, stamp.date())
    sign = 1 if offset[0] == "+" else -1
    delta = dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
    return stamp.replace(tzinfo=dt.timezone(delta), second=(sum(map(ord, text)) % 60))


# ---------------------------------------------------------------------------------------------
# headers


def _q_word(chunk: str, charset: str) -> str:
    out = []
    for byte in chunk.encode(charset):
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif char.isascii() and char.isalnum():
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def _b_word(chunk: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(chunk.encode(charset)).decode()}?="


def encoded_words(text: str, how: str) -> str:
    """Text as RFC 2047 words, each at most 75 characters; how = 'q-utf-8', 'b-iso-8859-1'..."""
    mode, charset = how.split("-", 1)
    make = _q_word if mode == "q" else _b_word
    words: list[str] = []
    chunk = ""
    for char in text:
        if chunk and len(make(chunk + char, charset)) > 75:
            words.append(make(chunk, charset))
            chunk = char
        else:
            chunk += char
    if chunk:
        words.append(make(chunk, charset))
    return "\n ".join(words)


def fold_plain(name: str, value: str) -> str:
    """An ASCII header folded at spaces so lines stay within 78 characters."""
    line = f"{name}: "
    lines: list[str] = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 78 and line.strip() and i > 0:
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


REPLY_PREFIXES = {"Re:", "RE:", "AW:", "Aw:", "Fwd:", "TR:", "RV:", "WG:", "FW:", "Fw:"}


def subject_header(subject: str, how: str | None) -> str:
    """Plain when ASCII (unless told), else RFC 2047 words after any plain reply prefixes."""
    if subject.isascii() and not how:
        return fold_plain("Subject", subject)
    words = subject.split(" ")
    plain: list[str] = []
    for word in words[:-1]:
        if word not in REPLY_PREFIXES:
            break
        plain.append(word)
    rest = " ".join(words[len(plain):])
    head = " ".join(plain)
    return "Subject: " + (head + " " if head else "") + encoded_words(rest, how or "q-utf-8")


def address(pair: tuple[str, str], how: str | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and not how:
        return formataddr((name, addr))
    # Phrase words: leading plain ASCII words stay plain, the rest is ONE encoded word, since
    # decoders disagree on the space between adjacent encoded words in a display name.
    words = name.split(" ")
    plain: list[str] = []
    for word in words[:-1]:
        if not (word.isascii() and re.fullmatch(r"[A-Za-z0-9'-]+", word)):
            break
        plain.append(word)
    rest = " ".join(words[len(plain):])
    coded = encoded_words(rest, how or "q-utf-8")
    if "\n" in coded:
        raise ValueError(f"display name too long for one encoded word: {name}")
    return " ".join([*plain, coded]) + f" <{addr}>"


def address_list(name: str, pairs: list[tuple[str, str]], how: str | None = None) -> str:
    return f"{name}: " + ",\n ".join(address(p, how) for p in pairs)


# ---------------------------------------------------------------------------------------------
# bodies


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "7bit" and not data.isascii():
        raise ValueError("7bit body with non-ASCII bytes")
    return data


def leaf(headers: list[str], body: bytes) -> bytes:
    for line in body.split(b"\n"):
        if len(line) > 998:
            raise ValueError("body line longer than 998 octets")
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(headers) + "\n\n").encode("ascii") + body


def text_leaf(subtype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    data = text.encode(charset)
    return leaf([f'Content-Type: text/{subtype}; charset="{charset}"{extra}',
                 f"Content-Transfer-Encoding: {cte}"], encode_body(data, cte))


def multipart(subtype: str, boundary: str, children: list[bytes], preamble: bool) -> bytes:
    head = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'.encode("ascii")
    body = b"This is a multi-part message in MIME format.\n\n" if preamble else b""
    for child in children:
        body += b"--" + boundary.encode() + b"\n" + child + b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return head + body


def auto_cte(text: str) -> str:
    return "7bit" if text.isascii() else "quoted-printable"


# ---------------------------------------------------------------------------------------------
# PDF and iCalendar


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF 1.4 with Helvetica text and a correct cross-reference table."""
    content = b"BT\n/F1 11 Tf\n14 TL\n56 790 Td\n"
    for line in lines:
        content += b"(" + _pdf_string(line) + b") Tj T*\n"
    content += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Title (" + _pdf_string(title) + b") /Producer (corpus 259 generator) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    check_pdf(out)
    return out


def check_pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF-1.")
    assert data.rstrip().endswith(b"%%EOF")
    start = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    table = data[start:].split(b"\n")
    assert table[0] == b"xref"
    count = int(table[1].split()[1])
    for number in range(1, count):
        offset = int(table[2 + number][:10])
        assert data[offset:].startswith(b"%d 0 obj" % number), number


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return [out[0], *(" " + rest for rest in out[1:])]


def _utc(stamp: str, lang: str) -> str:
    return parse_when(stamp, lang).astimezone(dt.UTC).replace(second=0).strftime(
        "%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, spec: dict, sent: dt.datetime) -> list[str]:
    lang = ics.get("lang", spec["lang"])
    method = ics.get("method", "REQUEST")
    organizer = ics.get("organizer", spec["frm"])
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + ics.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        "DTSTAMP:" + sent.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ"),
        "DTSTART:" + _utc(ics["start"], lang),
        "DTEND:" + _utc(ics["end"], lang),
        "SUMMARY:" + _ics_escape(ics["summary"]),
    ]
    if ics.get("location"):
        lines.append("LOCATION:" + _ics_escape(ics["location"]))
    if ics.get("description"):
        lines.append("DESCRIPTION:" + _ics_escape(ics["description"]))
    lines.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    lines.append(f'ATTENDEE;CN="{ME[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                 f"RSVP=TRUE:mailto:{ME[1]}")
    lines.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return [piece for line in lines for piece in _ics_fold(line)]


# ---------------------------------------------------------------------------------------------
# quoting

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
FR_SHORT_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                   "oct.", "nov.", "déc."]


def attribution(lang: str, when: dt.datetime, who: tuple[str, str]) -> str:
    name, addr = who
    day, month = when.weekday(), when.month - 1
    hm = when.strftime("%H:%M")
    if lang == "de":
        return (f"Am {DE_DAYS[day][:2]}., {when.day}. {DE_MONTHS[month][:3]}. {when.year} "
                f"um {hm} Uhr schrieb {name} <{addr}>:")
    if lang == "fr":
        return (f"Le {FR_DAYS[day][:3]}. {when.day} {FR_SHORT_MONTHS[month]} {when.year} "
                f"à {hm}, {name} <{addr}> a écrit :")
    if lang == "es":
        return (f"El {ES_DAYS[day][:3]}, {when.day} {ES_MONTHS[month][:3]} {when.year} a las "
                f"{when.hour}:{when.minute:02d}, {name} (<{addr}>) escribió:")
    return (f"On {EN_DAYS[day][:3]}, {when.day} {EN_MONTHS[month][:3]} {when.year} at {hm}, "
            f"{name} <{addr}> wrote:")


def outlook_block(lang: str, when: dt.datetime, who: tuple[str, str], to: tuple[str, str],
                  subject: str) -> str:
    day, month = when.weekday(), when.month - 1
    hm = when.strftime("%H:%M")
    sender = f"{who[0]} <{who[1]}>"
    rcpt = f"{to[0]} <{to[1]}>"
    if lang == "de":
        rows = [("Von", sender),
                ("Gesendet", f"{DE_DAYS[day]}, {when.day}. {DE_MONTHS[month]} {when.year} {hm}"),
                ("An", rcpt), ("Betreff", subject)]
        return "\n".join(f"{k}: {v}" for k, v in rows)
    if lang == "fr":
        rows = [("De", sender),
                ("Envoyé", f"{FR_DAYS[day]} {when.day} {FR_MONTHS[month]} {when.year} {hm}"),
                ("À", rcpt), ("Objet", subject)]
        return "\n".join(f"{k} : {v}" for k, v in rows)
    if lang == "es":
        rows = [("De", sender),
                ("Enviado el", f"{ES_DAYS[day]}, {when.day} de {ES_MONTHS[month]} de "
                               f"{when.year} {when.hour}:{when.minute:02d}"),
                ("Para", rcpt), ("Asunto", subject)]
        return "\n".join(f"{k}: {v}" for k, v in rows)
    rows = [("From", sender),
            ("Sent", f"{EN_DAYS[day]}, {when.day} {EN_MONTHS[month]} {when.year} {hm}"),
            ("To", rcpt), ("Subject", subject)]
    return "\n".join(f"{k}: {v}" for k, v in rows)


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.rstrip("\n").split("\n"))


# ---------------------------------------------------------------------------------------------
# the corpus


class Corpus:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = specs
        self.by_key = {s["key"]: s for s in specs if "key" in s}
        counters: dict[str, int] = {}
        for spec in sorted(specs, key=lambda s: KIND_ORDER.index(s["kind"])):
            counters[spec["kind"]] = counters.get(spec["kind"], 0) + 1
            spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
            digest = hashlib.sha1(spec["file"].encode()).hexdigest()
            domain = spec["frm"][1].split("@")[1]
            if spec["frm"][1] == CANDIDATE_ADDR:
                domain = "mail.example.ie"
            spec["msgid"] = spec.get("msgid") or (
                f"<{digest[:12]}.{digest[12:20]}.259@{domain}>")
            spec["when"] = parse_when(spec["date"], spec["lang"])
            if spec["when"].year != 2026:
                raise ValueError(spec["file"] + ": not 2026")

    def references(self, spec: dict) -> list[str]:
        parent = self.by_key.get(spec.get("parent", ""))
        refs = list(spec.get("extra_refs", []))
        if parent:
            refs = [*self.references(parent), parent["msgid"]]
        return refs

    def final_text(self, spec: dict) -> str | None:
        if "text_final" in spec:
            return spec["text_final"]
        text = spec.get("text")
        if text is None:
            spec["text_final"] = None
            return None
        text = text.strip("\n") + "\n"
        style = spec.get("quote")
        if style:
            source = spec.get("quoted")
            if source is None:
                parent = self.by_key[spec["parent"]]
                source = {
                    "frm": parent["frm"], "to": (parent.get("to") or [ME])[0],
                    "when": parent["when"], "subject": parent["subject"],
                    "text": self.final_text(parent) or parent.get("quote_text", ""),
                }
            else:
                source = dict(source)
                source["when"] = parse_when(source["date"], source.get("lang", spec["lang"]))
                source.setdefault("to", ME)
            qlang = spec.get("quote_lang", spec["lang"])
            if style == "outlook":
                rule = ("-----Original Message-----" if spec.get("rule") == "original"
                        else "________________________________")
                text += ("\n" + rule + "\n"
                         + outlook_block(qlang, source["when"], source["frm"], source["to"],
                                         source["subject"])
                         + "\n\n" + source["text"].strip("\n") + "\n")
            else:
                text += ("\n" + attribution(qlang, source["when"], source["frm"]) + "\n"
                         + quote_lines(source["text"]) + "\n")
        spec["text_final"] = text
        return text

    def final_html(self, spec: dict) -> str | None:
        value = spec.get("html")
        if value is None:
            return None
        charset = spec.get("html_charset", spec.get("charset", "utf-8"))
        if value == "auto":
            value = plain_html(self.final_text(spec)).replace("charset=utf-8",
                                                              f"charset={charset}")
        elif value == "outlook":
            value = outlook_html(self.final_text(spec),
                                 {"en": "EN-IE", "de": "DE", "fr": "FR", "es": "ES"}[spec["lang"]])
        return value.strip("\n") + "\n"

    def build(self, spec: dict) -> tuple[bytes, list[tuple[str, object]]]:
        """The raw message and the parts expected back, in walk order."""
        expect: list[tuple[str, object]] = []
        n = spec["file"].split("/")[1][:3]
        tag = hashlib.sha1(spec["file"].encode()).hexdigest()[:10]
        bounds = iter(f"{prefix}{tag}{n}" for prefix in
                      ("----=_Part_259_", "=_alt259_", "b2_259_", "b3_259_"))
        charset = spec.get("charset", "utf-8")
        text = self.final_text(spec)
        htmltext = self.final_html(spec)
        body_parts: list[bytes] = []
        if text is not None:
            cte = spec.get("cte") or auto_cte(text)
            body_parts.append(text_leaf("plain", text, charset, cte,
                                        '; format=flowed' if spec.get("flowed") else ""))
            expect.append(("text/plain", text))
        if htmltext is not None:
            hcharset = spec.get("html_charset", charset)
            hcte = spec.get("html_cte") or spec.get("cte") or auto_cte(htmltext)
            body_parts.append(text_leaf("html", htmltext, hcharset, hcte))
            expect.append(("text/html", htmltext))
        ics = spec.get("ics")
        attachments: list[bytes] = []
        if ics:
            mode = ics.get("mode", "alt")
            lines = make_ics(ics, spec, spec["when"])
            method = ics.get("method", "REQUEST")
            if mode in ("alt", "both"):
                cal = "\n".join(lines) + "\n"
                cal_cte = "7bit" if cal.isascii() else "base64"
                if cal_cte == "base64":
                    cal = "\r\n".join(lines) + "\r\n"
                body_parts.append(text_leaf("calendar", cal, "utf-8", cal_cte,
                                            f"; method={method}"))
                expect.append(("text/calendar", cal))
            if mode in ("attach", "both"):
                data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
                name = ics.get("filename", "invite.ics")
                attachments.append(leaf(
                    [f'Content-Type: application/ics; name="{name}"',
                     f'Content-Disposition: attachment; filename="{name}"',
                     "Content-Transfer-Encoding: base64"], base64.encodebytes(data)))
                expect.append(("application/ics", data))
        for pdf in spec.get("pdf", []):
            data = make_pdf(pdf["title"], pdf["lines"])
            name = pdf["filename"]
            if name.isascii():
                ctype = f'Content-Type: application/pdf; name="{name}"'
                disp = f'Content-Disposition: attachment; filename="{name}"'
            else:
                from urllib.parse import quote

                coded = quote(name.encode("utf-8"), safe="")
                ctype = f"Content-Type: application/pdf; name*=utf-8''{coded}"
                disp = f"Content-Disposition: attachment;\n filename*=utf-8''{coded}"
            attachments.append(leaf([ctype, disp, "Content-Transfer-Encoding: base64"],
                                    base64.encodebytes(data)))
            expect.append(("application/pdf", (name, data)))

        if len(body_parts) == 1:
            main = body_parts[0]
        else:
            main = multipart("alternative", next(bounds), body_parts, preamble=False)
        if attachments:
            main = multipart("mixed", next(bounds), [main, *attachments], preamble=True)

        heads = [f"Date: {format_datetime(spec['when'])}",
                 "From: " + address(spec["frm"], spec.get("name_enc"))]
        if spec.get("sender"):
            heads.append("Sender: " + address(spec["sender"]))
        if spec.get("reply_to"):
            heads.append("Reply-To: " + address(spec["reply_to"], spec.get("name_enc")))
        heads.append(address_list("To", spec.get("to") or [ME], spec.get("to_enc")))
        if spec.get("cc"):
            heads.append(address_list("Cc", spec["cc"], spec.get("to_enc")))
        heads.append(subject_header(spec["subject"], spec.get("subject_enc")))
        heads.append(f"Message-ID: {spec['msgid']}")
        refs = self.references(spec)
        if refs:
            heads.append(f"In-Reply-To: {refs[-1]}")
            heads.append("References: " + "\n ".join(refs))
        for name, value in spec.get("headers", []):
            heads.append(fold_plain(name, value) if " " in value and len(value) > 70
                         else f"{name}: {value}")
        heads.append("MIME-Version: 1.0")
        raw = ("\n".join(heads) + "\n").encode("ascii") + main
        return raw, expect


def all_specs() -> list[dict]:
    return [*msgs259_rejections.MESSAGES, *msgs259_invites.MESSAGES, *msgs259_acks.MESSAGES,
            *msgs259_other.MESSAGES]


def verify(spec: dict, raw: bytes, expect: list[tuple[str, object]]) -> None:
    where = spec["file"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{where}: {name} {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], (where, str(msg["Subject"]), spec["subject"])
    display = msg["From"].addresses[0].display_name
    assert display == spec["frm"][0], (where, display)
    assert msg["From"].addresses[0].addr_spec == spec["frm"][1], where
    if spec.get("reply_to"):
        assert msg["Reply-To"].addresses[0].display_name == spec["reply_to"][0], where
    assert msg["Message-ID"] == spec["msgid"], where
    assert msg["Date"].datetime.year == 2026, where
    leaves = [p for p in msg.walk() if not p.is_multipart()]
    assert len(leaves) == len(expect), (where, len(leaves), len(expect))
    for part, (ctype, want) in zip(leaves, expect, strict=True):
        assert part.get_content_type() == ctype, (where, part.get_content_type(), ctype)
        got = part.get_content()
        if ctype == "application/pdf":
            name, data = want
            assert part.get_filename() == name, (where, part.get_filename())
            assert got == data, where
        elif ctype == "application/ics":
            assert got == want, where
        else:
            assert got == want, (where, ctype)


def contact_ok(spec: dict) -> None:
    contact = spec.get("contact", "")
    if not contact:
        return
    assert contact == contact.lower(), spec["file"]
    pool = [spec["frm"][1]] + ([spec["reply_to"][1]] if spec.get("reply_to") else [])
    assert contact in [a.lower() for a in pool], (spec["file"], contact)


def main() -> int:
    specs = all_specs()
    corpus = Corpus(specs)
    counts: dict[str, int] = {}
    for spec in specs:
        counts[spec["kind"]] = counts.get(spec["kind"], 0) + 1
    assert counts == EXPECTED, counts
    assert len({s["slug"] for s in specs}) == len(specs), "duplicate slug"
    assert len({s["msgid"] for s in specs}) == len(specs), "duplicate Message-ID"
    for path in HERE.glob("*/*.eml"):
        path.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    for spec in sorted(specs, key=lambda s: s["file"]):
        raw, expect = corpus.build(spec)
        verify(spec, raw, expect)
        contact_ok(spec)
        if spec["frm"][1] == CANDIDATE_ADDR:
            assert spec["kind"] == "other" and not spec.get("contact"), spec["file"]
        if spec["kind"] == "other":
            assert not spec.get("company"), spec["file"]
        else:
            assert spec.get("company"), spec["file"]
            assert not re.search(r"\b(GmbH|AG|SA|SAS|S\.L\.|Ltd|Inc|LLC|plc)\b",
                                 spec["company"]), spec["file"]
        out = HERE / spec["file"]
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for row in rows:
        table.setdefault(row[1], {}).setdefault(row[4], 0)
        table[row[1]][row[4]] += 1
    langs = ["en", "fr", "de", "es"]
    print("kind".ljust(32) + "".join(lang.rjust(5) for lang in langs) + "  total")
    for kind in KIND_ORDER:
        cells = [table.get(kind, {}).get(lang, 0) for lang in langs]
        print(kind.ljust(32) + "".join(str(c).rjust(5) for c in cells) + str(sum(cells)).rjust(7))
    totals = [sum(table.get(k, {}).get(lang, 0) for k in KIND_ORDER) for lang in langs]
    print("total".ljust(32) + "".join(str(c).rjust(5) for c in totals) + str(sum(totals)).rjust(7))
    print(f"wrote {len(rows)} messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
