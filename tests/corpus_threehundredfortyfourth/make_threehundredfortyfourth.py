"""Build corpus 344 (Margaux Delacourt-Nsimba, clinical-trial coordination) from the specs.

Standard library only. Run: python tests/corpus_threehundredfortyfourth/make_threehundredfortyfourth.py
It deletes and rewrites only *.eml and labels.csv in this folder; the output is deterministic.
Every message is re-parsed with email.policy.default and checked (no defects, headers and bodies
round-trip, label rules).
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import io
import quopri
import re
import sys
from datetime import datetime
from email import charset as email_charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs344_acks  # noqa: E402
import msgs344_common  # noqa: E402
import msgs344_invites  # noqa: E402
import msgs344_other  # noqa: E402
import msgs344_rejections  # noqa: E402
import msgs344_rest  # noqa: E402

ME = msgs344_common.ME
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LEGAL = re.compile(r"\b(GmbH|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Inc|AG|LLC|BV|NV|SRL|KG)\b\.?$")
ATS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
       "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
       "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com")
NOREPLY = re.compile(r"no-?reply|donotreply|do-not-reply|notification|mailer|alerts?@|news@")

LATIN1_FALLBACK = {"–": "-", "€": "EUR", "…": "...", "’": "'", "œ": "oe", "·": "-"}

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
END:VTIMEZONE"""


def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def words(text: str, charset: str = "utf-8", mode: str = "b") -> Header | str:
    """A header value, as RFC 2047 encoded words when it is not plain ASCII."""
    if text.isascii():
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"  # a subject such a charset cannot hold goes out as UTF-8
    cs = email_charset.Charset(charset)
    cs.header_encoding = email_charset.QP if mode == "q" else email_charset.BASE64
    return Header(text, cs)


def address(pair: tuple[str, str], enc: tuple[str, str] | None) -> str:
    name, addr = pair
    if name.isascii():
        needs_quotes = re.search(r"[(),.:;<>@\[\]\"]", name)
        shown = f'"{name}"' if needs_quotes else name
        return f"{shown} <{addr}>"
    charset, mode = enc or ("utf-8", "b")
    header = words(name, charset, mode)
    assert isinstance(header, Header)
    # one encoded word: parsers put a space between split words of a display name
    return f"{header.encode(maxlinelen=998)} <{addr}>"


def text_part(text: str, subtype: str, charset: str, cte: str | None) -> Message:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        assert text.isascii(), "7bit needs ASCII"
        payload = text
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Latin-1 text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 60 780 Td 14 TL\n" + "".join(
        f"({esc(line)}) '\n" for line in lines) + "ET\n"
    body = stream.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R"
        b" >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
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


def calendar_text(ics: dict[str, Any], organizer: tuple[str, str]) -> str:
    tz = ics.get("tz", "Europe/Paris")
    org = ics.get("organizer", organizer)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus344//Calendar//EN", "VERSION:2.0",
             f"METHOD:{ics['method']}", VTIMEZONE.format(tz=tz), "BEGIN:VEVENT",
             f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
             f"DTSTAMP:{ics['stamp']}Z", f"DTSTART;TZID={tz}:{ics['start']}",
             f"DTEND;TZID={tz}:{ics['end']}", f"SUMMARY:{ics['summary']}",
             f"LOCATION:{ics.get('location', 'Visio')}",
             f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
             f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
             f"mailto:{ME[1]}",
             f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
             "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join("\r\n".join(lines).split("\n")) + "\r\n"


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    container = Message()
    container["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        container.attach(part)
    return container


class Builder:
    def __init__(self) -> None:
        self.sent: dict[str, dict[str, Any]] = {}

    def full_text(self, spec: dict[str, Any]) -> str:
        """The plain body with the quoted earlier message, if any."""
        text = spec["body"]
        parent_key = spec.get("re")
        style = spec.get("quote")
        if parent_key and style:
            parent = self.sent[parent_key]
            when = parse_date(parent["date"]).strftime("%d/%m/%Y %H:%M")
            name, addr = parent["from"]
            if style == "outlook":
                to = parent.get("to", ME)
                text += ("\n-----Original Message-----\n" + msgs344_common.outlook_block(
                    name, addr, when, f"{to[0]} <{to[1]}>", parent["subject"], spec["lang"])
                         + "\n" + parent["text"])
            else:
                text += ("\n" + msgs344_common.attribution(spec["lang"], when, name, addr)
                         + "\n" + msgs344_common.quoted(parent["text"]))
        return text

    def build(self, spec: dict[str, Any], number: int, tag: str = "") -> Message:
        text = self.full_text(spec)
        if spec.get("charset") == "iso-8859-1":
            # Latin-1 has no dash, euro or ellipsis: a Latin-1 mailer writes them like this
            for wide, narrow in LATIN1_FALLBACK.items():
                text = text.replace(wide, narrow)
        spec["text"] = text
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte")
        fmt = spec.get("fmt", "plain")
        bnd = f"=_c344_{number:03d}{tag}"
        html = spec.get("html") or msgs344_common.html_shell(text, spec.get("brand", ""),
                                                              spec.get("footer", ""))
        spec["html_text"] = html
        if fmt == "html":
            entity = text_part(html, "html", charset, cte)
        elif fmt == "alt":
            entity = multipart("alternative", [text_part(text, "plain", charset, cte),
                                               text_part(html, "html", charset,
                                                         spec.get("html_cte", cte))],
                               bnd + "_alt")
        else:
            entity = text_part(text, "plain", charset, cte)
        if "ics" in spec:
            cal = Message()
            method = spec["ics"]["method"]
            cal["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}'
            cal["Content-Transfer-Encoding"] = "base64"
            cal_text = calendar_text(spec["ics"], spec["from"])
            spec["cal_text"] = cal_text
            cal.set_payload(base64.encodebytes(cal_text.encode("utf-8")).decode("ascii"))
            if entity.get_content_maintype() == "multipart":
                entity.attach(cal)
            else:
                entity = multipart("alternative", [entity, cal], bnd + "_cal")
        extras: list[Message] = []
        for filename, lines in spec.get("pdfs", []):
            pdf = Message()
            pdf["Content-Type"] = f'application/pdf; name="{filename}"'
            pdf["Content-Disposition"] = f'attachment; filename="{filename}"'
            pdf["Content-Transfer-Encoding"] = "base64"
            pdf.set_payload(base64.encodebytes(pdf_bytes(lines)).decode("ascii"))
            extras.append(pdf)
        if "fwd" in spec:
            inner = self.build(spec["fwd"], number, tag + "_fwd")
            wrapper = Message()
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "inline"
            wrapper.set_payload([inner])
            extras.append(wrapper)
        if extras:
            entity = multipart("mixed", [entity, *extras], bnd + "_mix")

        msg = Message()
        msg["From"] = address(spec["from"], spec.get("name_enc"))
        msg["To"] = address(spec.get("to", ME), None)
        if "cc" in spec:
            msg["Cc"] = address(spec["cc"], None)
        if "reply_to" in spec:
            msg["Reply-To"] = address(spec["reply_to"], spec.get("name_enc"))
        enc = spec.get("subj_enc", ("utf-8", "q" if number % 2 else "b"))
        msg["Subject"] = words(spec["subject"], *enc)
        msg["Date"] = format_datetime(parse_date(spec["date"]))
        domain = spec["from"][1].split("@")[1]
        msgid = f"<c344.{number:03d}{tag.replace('_', '.')}.{spec.get('id', 'm')}@{domain}>"
        spec["msgid"] = msgid
        msg["Message-ID"] = msgid
        parent_key = spec.get("re")
        if parent_key:
            parent = self.sent[parent_key]
            msg["In-Reply-To"] = parent["msgid"]
            msg["References"] = " ".join([*parent.get("refs", []), parent["msgid"]])
            spec["refs"] = [*parent.get("refs", []), parent["msgid"]]
        msg["MIME-Version"] = "1.0"
        for name, value in spec.get("headers", {}).items():
            msg[name] = value
        for name in ("Content-Type", "Content-Transfer-Encoding"):
            if name in entity:
                msg[name] = entity[name]
        msg.set_payload(entity._payload)  # raw: get_payload() would decode 8bit text
        if "id" in spec:
            self.sent[spec["id"]] = spec
        return msg


def to_bytes(msg: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return out.getvalue()


def all_defects(msg: EmailMessage) -> list[str]:
    found = []
    for part in msg.walk():
        found += [repr(d) for d in part.defects]
        for name, value in part.items():
            found += [f"{name}: {d!r}" for d in getattr(value, "defects", [])]
    return found


def check(spec: dict[str, Any], data: bytes) -> None:
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    assert not all_defects(parsed), all_defects(parsed)
    assert str(parsed["Subject"]) == spec["subject"], (str(parsed["Subject"]), spec["subject"])
    assert parsed["From"].addresses[0].display_name == spec["from"][0]
    assert parsed["From"].addresses[0].addr_spec == spec["from"][1]
    assert parsed["Date"].datetime == parse_date(spec["date"])
    texts = [p.get_content() for p in parsed.walk() if p.get_content_type() == "text/plain"]
    htmls = [p.get_content() for p in parsed.walk() if p.get_content_type() == "text/html"]
    fmt = spec.get("fmt", "plain")
    if fmt in ("plain", "alt"):
        assert texts and texts[0] == spec["text"], "plain body does not round-trip"
    if fmt in ("html", "alt"):
        assert htmls and htmls[0] == spec["html_text"], "html body does not round-trip"
    if "cal_text" in spec:
        cals = [p.get_content() for p in parsed.walk() if p.get_content_type() == "text/calendar"]
        assert cals and cals[0].replace("\r\n", "\n") == spec["cal_text"].replace("\r\n", "\n")
    for part in parsed.walk():
        if part.get_content_type() == "application/pdf":
            body = part.get_content()
            assert body.startswith(b"%PDF-1.4") and body.rstrip().endswith(b"%%EOF")
    # label rules
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in ("en", "de", "fr", "es")
    if kind == "other":
        assert company == "", "other must have no company"
    else:
        assert company and company == company.strip() and not LEGAL.search(company), company
    if spec["from"][1] == ME[1]:
        assert kind == "other" and contact == "", "own mail"
    if contact:
        assert contact == contact.lower() and contact != ME[1]
        values = [str(v) for n in ("Reply-To", "From") for v in parsed.get_all(n, [])]
        assert contact in [a.lower() for _, a in getaddresses(values)], "contact not in headers"
        assert contact.split("@")[1] not in ATS and not NOREPLY.search(contact), contact


def slug(spec: dict[str, Any]) -> str:
    base = spec.get("slug") or spec["subject"]
    text = re.sub(r"[^a-z0-9]+", "_", base.lower().encode("ascii", "ignore").decode()).strip("_")
    return text[:40].rstrip("_") or "msg"


def main() -> None:
    specs: list[dict[str, Any]] = []
    for module in (msgs344_acks, msgs344_invites, msgs344_rejections, msgs344_rest,
                   msgs344_other):
        specs += module.MESSAGES
    # threads span modules: build in date order so that parents come first
    specs.sort(key=lambda s: parse_date(s["date"]))
    for old in HERE.rglob("*.eml"):
        old.unlink()
    builder = Builder()
    rows = []
    for number, spec in enumerate(specs, 1):
        msg = builder.build(spec, number)
        data = to_bytes(msg)
        try:
            check(spec, data)
        except AssertionError as error:
            raise SystemExit(f"message {number} ({spec['subject']}): {error}") from error
        rel = f"{spec['kind']}/{number:03d}_{slug(spec)}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[(row[1], row[4])] = counts.get((row[1], row[4]), 0) + 1
    print(f"{len(rows)} messages")
    for kind in KINDS:
        print(f"{kind:32}", " ".join(f"{lang}={counts.get((kind, lang), 0):3}"
                                     for lang in ("fr", "en", "de", "es")))


if __name__ == "__main__":
    main()
