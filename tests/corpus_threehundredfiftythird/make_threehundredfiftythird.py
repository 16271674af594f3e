#!/usr/bin/env python3
"""Build corpus 353 (blind, hand-labelled job-search mail of Marisol Etxeberria Quaye).

Standard library only. Reads the specs in msgs353_*.py, writes <kind>/<nnn>_<key>.eml and
labels.csv in this folder (it deletes and rewrites only those), then re-parses every message
with email.policy.default and checks it. Same bytes on every run.

    python tests/corpus_threehundredfiftythird/make_threehundredfiftythird.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import importlib
import io
import quopri
import re
import sys
from datetime import UTC, datetime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MODULES = ["msgs353_es_jobs", "msgs353_es_more", "msgs353_en", "msgs353_de", "msgs353_fr",
           "msgs353_other"]
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
CANDIDATE = "marisol.etxeberria@example.es"
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|mailer|alerts?|"
                          r"jobs|empleo|news|newsletter|info|bounce|system|careers|"
                          r"talent|recruiting|hr|rrhh|karriere|bewerbung|recrutement|"
                          r"candidatures?|seleccion|hello|updates)([-.+].*)?$")
LEGAL = re.compile(r"\b(GmbH|AG|S\.?A\.?U?|S\.?L\.?U?|SAS|SARL|SA|SL|Ltd|Limited|Inc|LLC|plc|"
                   r"e\.V\.|KG|S\.?Coop)\.?$|\b(GmbH|Ltd|Inc|SARL|SAS|S\.L\.|S\.A\.)\b")

sys.path.insert(0, str(HERE))
common = importlib.import_module("msgs353_common")


# --------------------------------------------------------------------------- headers

def _encoded_word(text: str, charset: str, mode: str) -> str:
    raw = text.encode(charset)
    if mode == "b":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif byte < 128 and (char.isalnum() or char in "!*+-/"):
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def encode_words(text: str, charset: str, mode: str) -> str:
    """RFC 2047 encoded words, each at most 75 characters, split on character boundaries."""
    words: list[str] = []
    chunk = ""
    for char in text:
        if chunk and len(_encoded_word(chunk + char, charset, mode)) > 74:
            words.append(_encoded_word(chunk, charset, mode))
            chunk = char
        else:
            chunk += char
    if chunk:
        words.append(_encoded_word(chunk, charset, mode))
    return " ".join(words)


def header_text(text: str, spec: dict[str, Any]) -> str:
    mode, charset = spec.get("hdr", ("q", "utf-8"))
    if text.isascii() and not spec.get("force_hdr"):
        return text
    return encode_words(text, charset, mode)


def subject_header(spec: dict[str, Any]) -> str | Header:
    """The subject: plain when ASCII, else a Header that encodes and folds itself."""
    text = spec["subject"]
    if text.isascii() and not spec.get("force_hdr"):
        return text
    mode, name = spec.get("hdr", ("q", "utf-8"))
    charset = Charset(name)
    charset.header_encoding = BASE64 if mode == "b" else QP
    return Header(text, charset, header_name="Subject")


def address(addr: tuple[str, str], spec: dict[str, Any]) -> str:
    name, mail = addr
    if not name:
        return mail
    if name.isascii():
        return formataddr((name, mail))
    mode, charset = spec.get("hdr", ("q", "utf-8"))
    groups: list[str] = []
    for word in name.split(" "):
        if groups and len(groups[-1]) + len(word) < 24:
            groups[-1] += " " + word
        else:
            groups.append(word)
    return " ".join(_encoded_word(g, charset, mode) for g in groups) + f" <{mail}>"


# --------------------------------------------------------------------------- parts

def text_part(subtype: str, text: str, charset: str, cte: str,
              params: str = "") -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    raw = text.encode(charset)
    if cte == "7bit":
        assert raw.isascii(), "7bit body must be ASCII"
        payload = text
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica."""
    ops = ["BT", "/F1 11 Tf", "56 780 Td", "15 TL"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


_TZ = {
    "Europe/Madrid": ("CET", "CEST"),
    "Europe/Paris": ("CET", "CEST"),
    "Europe/Berlin": ("CET", "CEST"),
    "Europe/London": ("GMT", "BST"),
}


def _vtimezone(tzid: str) -> list[str]:
    std, dst = _TZ[tzid]
    if tzid == "Europe/London":
        std_off, dst_off, start = "+0000", "+0100", "T010000"
    else:
        std_off, dst_off, start = "+0100", "+0200", "T020000"
    dst_start = "T010000" if tzid == "Europe/London" else start
    std_start = "T020000" if tzid == "Europe/London" else "T030000"
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}", f"TZNAME:{dst}",
        f"DTSTART:19700329{dst_start}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}", f"TZNAME:{std}",
        f"DTSTART:19701025{std_start}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD", "END:VTIMEZONE",
    ]


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    out: list[str] = []
    raw = line
    while len(raw.encode("utf-8")) > 73:
        cut = 73
        while len(raw[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(raw[:cut])
        raw = " " + raw[cut:]
    out.append(raw)
    return out


def make_ics(ics: dict[str, Any], stamp: datetime) -> str:
    tzid = ics.get("tz", "Europe/Madrid")
    org_name, org_mail = ics["organizer"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Corpus353//Calendar//EN')}",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{ics['method']}"]
    lines += _vtimezone(tzid)
    lines += [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tzid}:{ics['start']}",
        f"DTEND;TZID={tzid}:{ics['end']}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_mail}",
        f"UID:{ics['uid']}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        f"CN=\"{common.CAND[0]}\":mailto:{common.CAND[1]}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
        f"LOCATION:{_ics_text(ics.get('location', ''))}",
        f"DESCRIPTION:{_ics_text(ics.get('description', ''))}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- messages

class Builder:
    def __init__(self, specs: list[dict[str, Any]]) -> None:
        self.specs = specs
        self.by_key = {spec["key"]: spec for spec in specs}
        assert len(self.by_key) == len(specs), "duplicate keys"
        self.number = {spec["key"]: index for index, spec in enumerate(specs, start=1)}

    @staticmethod
    def when(spec: dict[str, Any]) -> datetime:
        return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")

    def final_body(self, spec: dict[str, Any]) -> str:
        if "_final" in spec:
            return str(spec["_final"])
        body = spec["body"]
        if not body.endswith("\n"):
            body += "\n"
        quote = spec.get("quote")
        if quote:
            parent = self.by_key[spec["parent"]]
            lang = spec.get("qlang", spec["lang"])
            earlier = self.final_body(parent)
            when = self.when(parent)
            if quote == "reply":
                body += "\n" + common.quote_reply(lang, when, parent["frm"], earlier)
            else:
                body += "\n" + common.quote_outlook(lang, when, parent["frm"],
                                                    parent.get("to", common.CAND),
                                                    parent["subject"], earlier)
        spec["_final"] = body
        return body

    def message_id(self, spec: dict[str, Any]) -> str:
        domain = spec["frm"][1].split("@")[1]
        return f"<353.{self.number[spec['key']]:03d}.{spec['key'].replace('_', '-')}@{domain}>"

    def references(self, spec: dict[str, Any]) -> list[str]:
        parent_key = spec.get("parent")
        if not parent_key:
            return []
        parent = self.by_key[parent_key]
        return [*self.references(parent), self.message_id(parent)]

    def build(self, spec: dict[str, Any], expected: list[str], inner: bool = False) -> Message:
        number = self.number.get(spec["key"], 0)
        boundary = iter(f"=_353_{number:03d}_{spec['key'][:12]}_{n}" for n in range(10))
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "quoted-printable")
        body = self.final_body(spec) if not inner else spec["body"]
        fmt = spec.get("fmt", "plain")
        sender_domain = spec["frm"][1].split("@")[1]
        style = spec.get("style", "ats" if sender_domain in ATS_DOMAINS else "mail")

        def html_part() -> Message:
            inner_html = spec.get("html") or common.text_to_html(body)
            page = common.html_shell(style, spec["subject"], inner_html, charset)
            expected.append(page)
            return text_part("html", page, charset, spec.get("html_cte", cte))

        def plain_part() -> Message:
            expected.append(body)
            return text_part("plain", body, charset, cte,
                             '; format=flowed' if spec.get("flowed") else "")

        if fmt == "html":
            main = html_part()
        elif fmt == "alt":
            main = self.multipart("alternative", next(boundary), [plain_part(), html_part()])
        else:
            main = plain_part()

        ics = spec.get("ics")
        if ics:
            cal = make_ics(ics, self.when(spec))
            expected.append(cal)
            cal_part = text_part("calendar", cal, "utf-8", spec.get("ics_cte", "7bit")
                                 if cal.isascii() else "quoted-printable",
                                 f"; method={ics['method']}")
            subparts = main.get_payload() if fmt == "alt" else [main]
            assert isinstance(subparts, list)
            main = self.multipart("alternative", next(boundary), [*subparts, cal_part])
            if ics.get("attach"):
                att = Message()
                att["Content-Type"] = 'application/ics; name="invite.ics"'
                att["Content-Disposition"] = 'attachment; filename="invite.ics"'
                att["Content-Transfer-Encoding"] = "base64"
                att.set_payload(base64.encodebytes(cal.encode("utf-8")).decode("ascii"))
                main = self.multipart("mixed", next(boundary), [main, att])

        attachments: list[Message] = []
        for filename, lines in spec.get("pdfs", []):
            att = Message()
            att["Content-Type"] = f'application/pdf; name="{filename}"'
            att["Content-Disposition"] = f'attachment; filename="{filename}"'
            att["Content-Transfer-Encoding"] = "base64"
            att.set_payload(base64.encodebytes(make_pdf(lines)).decode("ascii"))
            attachments.append(att)
        fwd = spec.get("fwd")
        if fwd:
            wrapper = Message()
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "inline"
            wrapper.attach(self.build(fwd, expected, inner=True))
            attachments.append(wrapper)
        msg = self.multipart("mixed", next(boundary), [main, *attachments]) \
            if attachments else main

        top = msg
        content_headers = list(top.items())
        for name, _ in content_headers:
            del top[name]
        top["From"] = address(spec["frm"], spec)
        if spec.get("reply_to"):
            top["Reply-To"] = address(spec["reply_to"], spec)
        tos = spec.get("to", common.CAND)
        tos = tos if isinstance(tos, list) else [tos]
        top["To"] = ", ".join(address(a, spec) for a in tos)
        if spec.get("cc"):
            top["Cc"] = ", ".join(address(a, spec) for a in spec["cc"])
        top["Subject"] = subject_header(spec)
        top["Date"] = format_datetime(self.when(spec))
        if inner:
            top["Message-ID"] = f"<fwd.{spec['key']}@{sender_domain}>"
        else:
            top["Message-ID"] = self.message_id(spec)
            refs = self.references(spec)
            if refs:
                top["In-Reply-To"] = refs[-1]
                top["References"] = " ".join(refs)
        top["MIME-Version"] = "1.0"
        for name, value in spec.get("headers", {}).items():
            top[name] = value
        for name, value in content_headers:
            top[name] = value
        return top

    @staticmethod
    def multipart(subtype: str, boundary: str, parts: list[Message]) -> Message:
        part = Message()
        part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
        for sub in parts:
            part.attach(sub)
        return part


def to_bytes(msg: Message) -> bytes:
    buffer = io.BytesIO()
    gen = BytesGenerator(buffer, mangle_from_=False,
                         policy=email.policy.compat32.clone(linesep="\n"))
    gen.flatten(msg)
    return buffer.getvalue()


# --------------------------------------------------------------------------- checks

def is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    return domain in ATS_DOMAINS or bool(SYSTEM_LOCAL.match(local))


def check(spec: dict[str, Any], data: bytes, expected: list[str]) -> None:
    key = spec["key"]
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    for part in parsed.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
    assert str(parsed["Subject"]) == spec["subject"], (key, str(parsed["Subject"]))
    assert parsed["From"].addresses[0].display_name == spec["frm"][0], key
    assert parsed["From"].addresses[0].addr_spec == spec["frm"][1], key
    assert parsed["Date"].datetime == Builder.when(spec), key
    assert parsed["Date"].datetime.year == 2026, key
    texts = [part.get_content() for part in parsed.walk()
             if part.get_content_maintype() == "text"]

    def norm(value: str) -> str:
        return value.replace("\r\n", "\n").rstrip("\n")

    assert [norm(t) for t in texts] == [norm(t) for t in expected], f"{key}: text round trip"
    # label rules
    kind, lang, company, contact = spec["kind"], spec["lang"], spec["company"], spec["contact"]
    assert kind in KINDS and lang in LANGS, key
    if kind == "other":
        assert company == "", f"{key}: company on other"
    else:
        assert company and company == company.strip(), f"{key}: company missing"
        assert not LEGAL.search(company), f"{key}: legal form in {company!r}"
    senders = [a.lower() for _, a in getaddresses(
        [str(v) for n in ("Reply-To", "From") for v in parsed.get_all(n, [])])]
    if spec["frm"][1] == CANDIDATE:
        assert kind == "other" and contact == "", f"{key}: own mail"
    if contact:
        assert contact == contact.lower() and contact in senders, f"{key}: contact {contact}"
        assert contact != CANDIDATE and not is_system(contact), f"{key}: contact {contact}"
        reply = spec.get("reply_to")
        if reply and not is_system(reply[1].lower()):
            assert contact == reply[1].lower(), f"{key}: human Reply-To must be the contact"
    else:
        for addr in senders:
            assert addr == CANDIDATE or is_system(addr) or kind == "other" or \
                spec.get("no_contact_ok"), f"{key}: human sender {addr} but no contact"


def main() -> None:
    specs: list[dict[str, Any]] = []
    for name in MODULES:
        specs += importlib.import_module(name).SPECS
    builder = Builder(specs)
    for kind in KINDS:
        (HERE / kind).mkdir(exist_ok=True)
        for old in (HERE / kind).glob("*.eml"):
            old.unlink()
    rows = []
    ids = set()
    for spec in specs:
        expected: list[str] = []
        try:
            data = to_bytes(builder.build(spec, expected))
            check(spec, data, expected)
        except (AssertionError, UnicodeError) as error:
            raise SystemExit(f"{spec['key']}: {error!r}") from error
        rel = f"{spec['kind']}/{builder.number[spec['key']]:03d}_{spec['key']}.eml"
        (HERE / rel).write_bytes(data)
        mid = builder.message_id(spec)
        assert mid not in ids
        ids.add(mid)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
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
        print(f"{kind:32}" + "".join(f"{counts[lang]:5}" for lang in LANGS)
              + f"  {sum(counts.values()):5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:5}" for lang in LANGS)
          + f"  {len(rows):5}")


if __name__ == "__main__":
    main()
