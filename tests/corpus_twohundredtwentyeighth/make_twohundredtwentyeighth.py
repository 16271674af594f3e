#!/usr/bin/env python3
"""Build corpus 228 (Magdalena Ferreira-Kunz) from the hand-written specs in msgs228_*.py.

Standard library only. Run from the repository root:

    python tests/corpus_twohundredtwentyeighth/make_twohundredtwentyeighth.py

It deletes and rewrites only the *.eml files and labels.csv inside its own folder, then re-parses
every written message with the default policy and checks that it has no defects and that the
subject, the display names and every text part round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.charset
import email.policy
import hashlib
import io
import quopri
import re
import sys
from collections import Counter
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs228_acks  # noqa: E402
import msgs228_invites  # noqa: E402
import msgs228_other  # noqa: E402
import msgs228_rejections  # noqa: E402
from msgs228_common import CANDIDATE  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["de", "en", "fr", "es"]
LEGAL = re.compile(r"(?<![\w.])(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SLU|Ltd\.?|Inc\.?|SAS|SARL|LLC|KG|"
                   r"OG|e\.U\.|eGen|d\.o\.o\.|plc|SE|BV|NV)(?!\w)")
GEN_POLICY = email.policy.compat32.clone(linesep="\n")


# --------------------------------------------------------------------------- headers

def encoded_words(text: str, how: str, header_name: str) -> str:
    """RFC 2047 encoded words for text, how = 'charset:Q' or 'charset:B'."""
    charset_name, enc = how.split(":")
    charset = email.charset.Charset(charset_name)
    charset.header_encoding = email.charset.QP if enc.upper() == "Q" else email.charset.BASE64
    text.encode(charset_name)  # raises if the charset cannot carry the text
    value = Header(text, charset, header_name=header_name, maxlinelen=76).encode(linesep="\n")
    return re.sub(r"=\?([^?]+)\?([qb])\?", lambda m: f"=?{m[1]}?{m[2].upper()}?", value)


def needs_encoding(text: str) -> bool:
    return any(ord(ch) > 126 for ch in text)


def address(pair: tuple[str, str], how: str | None, header_name: str) -> str:
    name, addr = pair
    if not name:
        return addr
    if how or needs_encoding(name):
        words = encoded_words(name, how or 'utf-8:Q', header_name)
        # Python's address parser keeps the folding space between two encoded words of a
        # display name, so every display name must fit into one encoded word.
        if "\n" in words:
            raise ValueError(f"display name too long for one encoded word: {name!r}")
        return f"{words} <{addr}>"
    return formataddr((name, addr))


def address_list(pairs: list[tuple[str, str]], how: str | None, header_name: str) -> str:
    return ",\n ".join(address(p, how, header_name) for p in pairs)


# --------------------------------------------------------------------------- parts

def text_part(content: str, subtype: str, charset: str, cte: str | None) -> Message:
    data = content.encode(charset)
    if cte is None:
        ascii_ok = all(ord(ch) < 128 for ch in content)
        long_line = max((len(line) for line in content.split("\n")), default=0) > 900
        cte = "7bit" if ascii_ok and not long_line else "quoted-printable"
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    if cte == "7bit":
        assert all(ord(ch) < 128 for ch in content), "7bit body must be ASCII"
        payload = content
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    if not payload.endswith("\n"):
        payload += "\n"
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    part = Message()
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for sub in parts:
        part.attach(sub)
    return part


VTIMEZONE = {
    "Europe/Vienna", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Ljubljana",
}


def ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return out


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def make_ics(ics: dict, sent: dt.datetime, tag: str) -> str:
    tz = ics.get("tz", "Europe/Vienna")
    assert tz in VTIMEZONE, tz
    method = ics.get("method", "REQUEST")

    def stamp(value: str) -> str:
        return dt.datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    org_name, org_addr = ics["organizer"]
    att_name, att_addr = ics.get("attendee", CANDIDATE)
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{sent.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID={tz}:{stamp(ics['start'])}",
        f"DTEND;TZID={tz}:{stamp(ics['end'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines += [
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{att_name}\""
        f":mailto:{att_addr}",
        f"STATUS:{ics.get('status', 'CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def calendar_part(ics_text: str, method: str, filename: str | None) -> Message:
    part = Message()
    part["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}'
    part["Content-Transfer-Encoding"] = "base64"
    if filename:
        part.add_header("Content-Disposition", "attachment", filename=filename)
    part.set_payload(base64.encodebytes(ics_text.encode("utf-8")).decode("ascii"))
    return part


def pdf_string(text: str) -> str:
    out = []
    for ch in text.encode("cp1252", "replace").decode("latin-1"):
        if ch in "\\()":
            out.append("\\" + ch)
        elif ord(ch) > 126:
            out.append(f"\\{ord(ch):03o}")
        else:
            out.append(ch)
    return "".join(out)


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    text_ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td", f"/F1 14 Tf ({pdf_string(title)}) Tj",
                "/F1 11 Tf", "T* T*"]
    for line in lines:
        text_ops.append(f"({pdf_string(line)}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + pdf_string(title).encode("latin-1") + b") /Producer (corpus228) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_part(filename: str, title: str, lines: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = "application/pdf"
    part["Content-Transfer-Encoding"] = "base64"
    if needs_encoding(filename):
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    else:
        part.add_header("Content-Disposition", "attachment", filename=filename)
    part.set_payload(base64.encodebytes(make_pdf(title, lines)).decode("ascii"))
    return part


# --------------------------------------------------------------------------- messages

def parse_date(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict, tag: str) -> str:
    sent = parse_date(spec["date"])
    digest = hashlib.sha1(f"228/{tag}/{spec['subject']}".encode()).hexdigest()[:10]
    return f"<{sent.strftime('%Y%m%d%H%M')}.{digest}@{domain_of(spec['frm'][1])}>"


class Builder:
    def __init__(self, ids: dict[str, str]) -> None:
        self.ids = ids

    def ref(self, key: str) -> str:
        if key.startswith("<"):
            return key
        return self.ids[key]

    def body(self, spec: dict, tag: str) -> tuple[Message, list[str]]:
        counter = iter(range(1, 20))
        expected: list[str] = []
        sent = parse_date(spec["date"])
        charset = spec.get("charset", "utf-8")
        alternatives = []
        if spec.get("text") is not None:
            alternatives.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
            expected.append(spec["text"])
        if spec.get("html") is not None:
            alternatives.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                                          spec.get("html_cte", spec.get("cte"))))
            expected.append(spec["html"])
        if spec.get("ics"):
            ics_text = make_ics(spec["ics"], sent, tag)
            alternatives.append(calendar_part(ics_text, spec["ics"].get("method", "REQUEST"),
                                              None))
            expected.append(ics_text)
        assert alternatives, f"{tag}: no body"
        if len(alternatives) == 1:
            root = alternatives[0]
        else:
            root = multipart("alternative", alternatives, f"=_alt228_{tag}_{next(counter)}")
        attachments = []
        for att in spec.get("attach", []):
            if "pdf" in att:
                attachments.append(pdf_part(att["pdf"], att["title"], att["lines"]))
            elif "ics" in att:
                ics_text = make_ics(att["ics"], sent, tag)
                attachments.append(calendar_part(ics_text, att["ics"].get("method", "REQUEST"),
                                                 att.get("filename", "invite.ics")))
                expected.append(ics_text)
            elif "eml" in att:
                inner_spec = att["eml"]
                inner_bytes, inner_expected = self.build(inner_spec, tag + "i")
                inner = email.message_from_bytes(inner_bytes, policy=email.policy.compat32)
                wrapper = Message()
                wrapper["Content-Type"] = "message/rfc822"
                wrapper.add_header("Content-Disposition", "attachment",
                                   filename=att.get("filename", "forwarded.eml"))
                wrapper.attach(inner)
                attachments.append(wrapper)
                expected.extend(inner_expected)
            else:
                raise ValueError(att)
        if attachments:
            root = multipart("mixed", [root, *attachments], f"=_mix228_{tag}_{next(counter)}")
        if root.is_multipart():
            root.preamble = "This is a multi-part message in MIME format."
        return root, expected

    def build(self, spec: dict, tag: str) -> tuple[bytes, list[str]]:
        root, expected = self.body(spec, tag)
        sent = parse_date(spec["date"])
        headers: list[tuple[str, str]] = []
        for name, value in spec.get("pre_headers", []):
            headers.append((name, value))
        headers.append(("Date", format_datetime(sent)))
        headers.append(("From", address(spec["frm"], spec.get("frm_enc"), "From")))
        if spec.get("reply_to"):
            headers.append(("Reply-To", address(spec["reply_to"], spec.get("reply_to_enc"),
                                                "Reply-To")))
        headers.append(("To", address_list(spec.get("to", [CANDIDATE]), spec.get("to_enc"),
                                           "To")))
        if spec.get("cc"):
            headers.append(("Cc", address_list(spec["cc"], None, "Cc")))
        subject = spec["subject"]
        if spec.get("subj_enc") or needs_encoding(subject):
            subject = encoded_words(subject, spec.get("subj_enc") or "utf-8:Q", "Subject")
        headers.append(("Subject", subject))
        headers.append(("Message-ID", spec.get("_msgid") or message_id(spec, tag)))
        if spec.get("reply"):
            headers.append(("In-Reply-To", self.ref(spec["reply"])))
        refs = [self.ref(k) for k in spec.get("refs", [])]
        if spec.get("reply") and self.ref(spec["reply"]) not in refs:
            refs.append(self.ref(spec["reply"]))
        if refs:
            headers.append(("References", "\n ".join(refs)))
        for name, value in spec.get("headers", []):
            headers.append((name, value))
        headers.append(("MIME-Version", "1.0"))
        head = "".join(f"{name}: {value}\n" for name, value in headers)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=GEN_POLICY).flatten(
            root, unixfrom=False)
        return head.encode("ascii") + buf.getvalue(), expected


# --------------------------------------------------------------------------- checks

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(data: bytes, spec: dict, expected: list[str], where: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"{name} defects {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['subject'])!r} != {spec['subject']!r}")
    frm = msg["from"].addresses[0]
    if frm.display_name != spec["frm"][0] or frm.addr_spec != spec["frm"][1]:
        problems.append(f"from {frm!r}")
    if spec.get("reply_to"):
        rt = msg["reply-to"].addresses[0]
        if rt.display_name != spec["reply_to"][0] or rt.addr_spec != spec["reply_to"][1]:
            problems.append(f"reply-to {rt!r}")
    got = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    if got != [norm(t) for t in expected]:
        problems.append("text parts do not round-trip")
    if msg["date"].datetime.year != 2026:
        problems.append("date not in 2026")
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            if not part.get_content().startswith(b"%PDF-1.4"):
                problems.append("bad pdf")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


def check_label(spec: dict, where: str) -> None:
    assert spec["kind"] in KIND_ORDER, where
    assert spec["lang"] in LANGS, where
    contact = spec.get("contact", "")
    company = spec.get("company", "")
    if spec["kind"] == "other":
        assert not company, f"{where}: other has a company"
    else:
        assert company, f"{where}: job mail without company"
        assert not LEGAL.search(company), f"{where}: legal form in {company!r}"
    if spec["frm"][1] == CANDIDATE[1]:
        assert spec["kind"] == "other" and not contact, f"{where}: own mail"
    if contact:
        assert contact == contact.lower(), where
        allowed = {spec["frm"][1].lower()}
        if spec.get("reply_to"):
            allowed.add(spec["reply_to"][1].lower())
        assert contact in allowed, f"{where}: contact {contact} not in From/Reply-To"


def main() -> None:
    specs = [*msgs228_rejections.MESSAGES, *msgs228_invites.MESSAGES, *msgs228_acks.MESSAGES,
             *msgs228_other.MESSAGES]
    per_kind: dict[str, list[dict]] = {kind: [] for kind in KIND_ORDER}
    for spec in specs:
        per_kind[spec["kind"]].append(spec)
    plan = []
    for kind in KIND_ORDER:
        for number, spec in enumerate(per_kind[kind], start=1):
            rel = f"{kind}/{number:03d}_{spec['name']}.eml"
            tag = f"{kind[:3]}{number:03d}"
            plan.append((rel, tag, spec))
    ids: dict[str, str] = {}
    for rel, tag, spec in plan:
        spec["_msgid"] = message_id(spec, tag)
        if spec.get("key"):
            assert spec["key"] not in ids, f"duplicate key {spec['key']}"
            ids[spec["key"]] = spec["_msgid"]
    assert len(set(ids.values())) == len(ids)
    all_ids = [spec["_msgid"] for _, _, spec in plan]
    assert len(set(all_ids)) == len(all_ids), "duplicate Message-IDs"

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    builder = Builder(ids)
    rows = []
    errors = []
    for rel, tag, spec in plan:
        try:
            check_label(spec, rel)
            data, expected = builder.build(spec, tag)
            check(data, spec, expected, rel)
        except (AssertionError, SystemExit, ValueError, UnicodeError) as error:
            errors.append(f"{rel}: {type(error).__name__}: {error}")
            continue
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    if errors:
        raise SystemExit("\n".join(errors))
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((spec["kind"], spec["lang"]) for _, _, spec in plan)
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KIND_ORDER:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:34}" + "".join(f"{c:>5}" for c in counts) + f"  {sum(counts):>5}")
    totals = [sum(table[(k, lang)] for k in KIND_ORDER) for lang in LANGS]
    print(f"{'total':34}" + "".join(f"{c:>5}" for c in totals) + f"  {sum(totals):>5}")


if __name__ == "__main__":
    main()
