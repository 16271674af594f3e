#!/usr/bin/env python3
"""Build corpus 282 (Magnus Achterberg-Nwosu) from the hand-written specs in msgs282_*.py.

Standard library only. Run from the repository root:

    python tests/corpus_twohundredeightysecond/make_twohundredeightysecond.py

It deletes and rewrites only *.eml files and labels.csv inside this folder, then re-parses
every message with the default policy and checks: no defects, subject, From display name
and every body part round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import io
import quopri
import re
import sys
from collections import Counter
from email.generator import BytesGenerator
from email.message import Message
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs282_acks  # noqa: E402
import msgs282_common as C  # noqa: E402
import msgs282_invites  # noqa: E402
import msgs282_other  # noqa: E402
import msgs282_rejections  # noqa: E402

KINDS = [
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
LEGAL = re.compile(
    r"(\b(GmbH|AG|KG|SE|UG|Ltd|Inc|LLC|plc|SAS|SARL|SA|S\.A\.|S\.L\.|SL|SLU|B\.V\.|BV|N\.V\.)"
    r"\.?$)|&\s*Co\.?",
)
NOREPLY = re.compile(r"(no-?reply|do-?not-?reply|notification|notify|mailer|alerts?@|newsletter)")
ATS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)

# ---------------------------------------------------------------- headers


def _ew1(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        char = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif byte < 128 and (char.isalnum() or char in "!*+-/"):
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded words of at most 75 characters, split between characters."""
    words: list[str] = []
    chunk = ""
    for char in text:
        if chunk and len(_ew1(chunk + char, charset, enc)) > 75:
            words.append(_ew1(chunk, charset, enc))
            chunk = char
        else:
            chunk += char
    if chunk:
        words.append(_ew1(chunk, charset, enc))
    return "\n ".join(words)


def fold(value: str, first: int) -> str:
    """Fold a plain header value at spaces so lines stay under 78 characters."""
    words = value.split(" ")
    lines: list[str] = []
    line = ""
    limit = 78 - first
    for word in words:
        if line and len(line) + 1 + len(word) > limit:
            lines.append(line)
            line = word
            limit = 77
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n ".join(lines)


SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def fmt_addr(entry: tuple) -> str:
    """(name, addr) or (name, addr, (charset, enc)) as a header address."""
    name, addr = entry[0], entry[1]
    cs = entry[2] if len(entry) > 2 else None
    if not name:
        return addr
    if cs or not name.isascii():
        charset, enc = cs or ("utf-8", "Q")
        return f"{encoded_words(name, charset, enc)} <{addr}>"
    if SPECIALS.search(name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def header_line(name: str, value: str) -> str:
    return f"{name}: {value}"


def subject_value(subject: str, enc: tuple | None) -> str:
    if enc or not subject.isascii():
        charset, how = enc or ("utf-8", "Q")
        return encoded_words(subject, charset, how)
    return fold(subject, len("Subject: "))


# ---------------------------------------------------------------- dates


def when(text: str, tz: str | None) -> dt.datetime:
    """'2026-03-04 09:12' in the sender's zone (default: Central European time with DST)."""
    naive = dt.datetime.strptime(text, "%Y-%m-%d %H:%M")
    if tz is None:
        summer = dt.datetime(2026, 3, 29, 2) <= naive < dt.datetime(2026, 10, 25, 3)
        offset = dt.timedelta(hours=2 if summer else 1)
    elif tz == "uk":
        summer = dt.datetime(2026, 3, 29, 1) <= naive < dt.datetime(2026, 10, 25, 2)
        offset = dt.timedelta(hours=1 if summer else 0)
    else:
        sign = -1 if tz[0] == "-" else 1
        offset = sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    return naive.replace(tzinfo=dt.timezone(offset))


def seconds_for(key: str) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest()[:4], 16) % 60


# ---------------------------------------------------------------- bodies


def text_part(content: str, subtype: str, charset: str, cte: str | None,
              extra: str = "", disposition: str = "") -> Message:
    part = Message()
    raw = content.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    part["Content-Transfer-Encoding"] = cte
    if disposition:
        part["Content-Disposition"] = disposition
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    elif cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII text"
        payload = content
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part.c282_text = content  # type: ignore[attr-defined]
    return part


def multipart(subtype: str, parts: list[Message], boundary: str, preamble: str = "") -> Message:
    root = Message()
    root["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        root.attach(part)
    if preamble:
        root.preamble = preamble
    return root


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing the lines in Helvetica."""

    def pdf_str(text: str) -> str:
        raw = text.encode("cp1252", "replace").decode("latin-1")
        return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"{pdf_str(line)} Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + pdf_str(title).encode("latin-1") + b" /Producer (corpus282) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def pdf_part(name: str, title: str, lines: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{name}"'
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(pdf_bytes(title, lines)).decode("ascii"))
    return part


VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:{tzid}",
    "BEGIN:STANDARD",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
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
    return [out[0]] + [" " + rest for rest in out[1:]]


def ics_text(ics: dict, stamp: dt.datetime) -> str:
    """An iCalendar object (VEVENT) for METHOD:REQUEST or METHOD:CANCEL."""
    method = ics.get("method", "REQUEST")
    tzid = ics.get("tzid", "Europe/Berlin")
    start = dt.datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + dt.timedelta(minutes=ics.get("minutes", 60))
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        *[line.format(tzid=tzid) for line in VTIMEZONE],
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={ics_escape(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={C.CAND_NAME}"
        f":mailto:{C.CAND}",
    ]
    for name, addr in ics.get("attendees", []):
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ics_escape(name)}"
                     f":mailto:{addr}")
    lines += [
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
        f"LOCATION:{ics_escape(ics.get('location', ''))}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines += [
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- messages


class Builder:
    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.last_body = Message()
        self.unresolved: set[str] = set()

    def message_id(self, spec: dict, key: str) -> str:
        mid = spec.get("mid") or "c282-" + spec["slug"].replace("_", "-")
        if "@" in mid:
            return f"<{mid}>"
        domain = spec["frm"][1].split("@", 1)[1]
        return f"<{mid}.{hashlib.sha1(key.encode()).hexdigest()[:10]}@{domain}>"

    def ref(self, key: str) -> str:
        if key in self.ids:
            return self.ids[key]
        self.unresolved.add(key)
        if "@" in key:
            return f"<{key}>"
        return f"<{key}@mail.example.de>"

    def body(self, spec: dict, key: str, stamp: dt.datetime) -> Message:
        tag = hashlib.sha1(key.encode()).hexdigest()[:12]
        charset = spec.get("cs", "utf-8")
        alts: list[Message] = []
        if spec.get("text") is not None:
            alts.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
        if spec.get("html") is not None:
            alts.append(text_part(spec["html"], "html", spec.get("html_cs", charset),
                                  spec.get("html_cte", spec.get("cte"))))
        assert alts, f"{key}: no text"
        atts: list[Message] = []
        ics = spec.get("ics")
        if ics:
            method = ics.get("method", "REQUEST")
            cal = ics_text(ics, stamp)
            cal_cte = ics.get("cte") or ("7bit" if cal.isascii() else "8bit")
            if ics.get("attach"):
                atts.append(text_part(cal, "calendar", "utf-8", ics.get("cte", "base64"),
                                      f"; method={method}; name=\"invite.ics\"",
                                      'attachment; filename="invite.ics"'))
            else:
                alts.append(text_part(cal, "calendar", "utf-8", cal_cte,
                                      f"; method={method}"))
        for att in spec.get("atts", []):
            if att["type"] == "pdf":
                atts.append(pdf_part(att["name"], att.get("title", att["name"]), att["lines"]))
            elif att["type"] == "eml":
                inner = self.render(att["spec"], key + ".inner")
                part = Message()
                part["Content-Type"] = "message/rfc822"
                part["Content-Disposition"] = f'attachment; filename="{att["name"]}"'
                part.set_payload([email.message_from_bytes(inner)])
                atts.append(part)
            else:
                raise ValueError(att["type"])
        core = alts[0] if len(alts) == 1 else multipart(
            "alternative", alts, f"alt_{tag}_c282")
        if not atts:
            return core
        return multipart("mixed", [core, *atts], f"mix_{tag}_c282",
                         preamble="This is a multi-part message in MIME format.")

    def render(self, spec: dict, key: str) -> bytes:
        stamp = when(spec["date"], spec.get("tz"))
        stamp = stamp.replace(second=seconds_for(key))
        lines = [header_line("From", fmt_addr(spec["frm"]))]
        if spec.get("sender"):
            lines.append(header_line("Sender", fmt_addr(spec["sender"])))
        to = spec.get("to", [C.ME])
        lines.append(header_line("To", ",\n ".join(fmt_addr(t) for t in to)))
        if spec.get("cc"):
            lines.append(header_line("Cc", ",\n ".join(fmt_addr(t) for t in spec["cc"])))
        if spec.get("reply_to"):
            lines.append(header_line("Reply-To", fmt_addr(spec["reply_to"])))
        lines.append(header_line("Subject", subject_value(spec["subject"], spec.get("subj_cs"))))
        lines.append(header_line("Date", email.utils.format_datetime(stamp)))
        mid = self.message_id(spec, key)
        self.ids[spec.get("mid", key)] = mid
        lines.append(header_line("Message-ID", mid))
        if spec.get("irt"):
            lines.append(header_line("In-Reply-To", self.ref(spec["irt"])))
        refs = spec.get("refs") or ([spec["irt"]] if spec.get("irt") else [])
        if refs:
            lines.append(header_line("References", "\n ".join(self.ref(r) for r in refs)))
        for name, value in spec.get("hdr", {}).items():
            lines.append(header_line(name, value))
        lines.append("MIME-Version: 1.0")
        out = io.BytesIO()
        self.last_body = self.body(spec, key, stamp)
        BytesGenerator(out, mangle_from_=False, maxheaderlen=0).flatten(self.last_body)
        head = "\n".join(lines).encode("ascii") + b"\n"
        data = head + out.getvalue()
        if not data.endswith(b"\n"):
            data += b"\n"
        return data


# ---------------------------------------------------------------- checks


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def own_parts(part: Message) -> list[Message]:
    """The parts of a message, not descending into attached messages."""
    if part.get_content_type() == "message/rfc822":
        return [part]
    if part.is_multipart():
        return [part] + [sub for child in part.get_payload() for sub in own_parts(child)]
    return [part]


def verify(data: bytes, spec: dict, built: Message, rel: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems: list[str] = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    name = msg["From"].addresses[0].display_name
    if name != spec["frm"][0]:
        problems.append(f"from name {name!r} != {spec['frm'][0]!r}")
    if msg["From"].addresses[0].addr_spec.lower() != spec["frm"][1].lower():
        problems.append("from address")
    originals = [p for p in built.walk() if hasattr(p, "c282_text")]
    parsed = [p for p in own_parts(msg) if p.get_content_maintype() == "text"]
    if len(originals) != len(parsed):
        problems.append(f"text parts {len(parsed)} != {len(originals)}")
    for want, got in zip(originals, parsed, strict=False):
        if norm(got.get_content()) != norm(want.c282_text):
            problems.append(f"body {got.get_content_type()} does not round-trip")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def check_label(spec: dict, rel: str) -> None:
    kind, company, contact = spec["kind"], spec.get("company", ""), spec.get("contact", "")
    assert spec["lang"] in {"de", "en", "fr", "es"}, rel
    if kind == "other":
        assert not company, f"{rel}: company on other"
    else:
        assert company, f"{rel}: company missing"
        assert not LEGAL.search(company), f"{rel}: legal form in {company!r}"
    if spec["frm"][1].lower() == C.CAND:
        assert kind == "other" and not contact, f"{rel}: candidate's own mail"
    if contact:
        assert contact == contact.lower(), rel
        assert not NOREPLY.search(contact), f"{rel}: system contact {contact}"
        assert not contact.endswith(ATS), f"{rel}: ATS contact {contact}"
        heads = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            heads.append(spec["reply_to"][1].lower())
        assert contact in heads, f"{rel}: contact {contact} not in From/Reply-To"
        if spec.get("reply_to"):
            rt = spec["reply_to"][1].lower()
            if not NOREPLY.search(rt) and not rt.endswith(ATS):
                assert contact == rt, f"{rel}: contact should be the human Reply-To"


def main() -> None:
    specs = [
        *msgs282_rejections.MESSAGES,
        *msgs282_invites.MESSAGES,
        *msgs282_acks.MESSAGES,
        *msgs282_other.MESSAGES,
    ]
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    numbers: Counter[str] = Counter()
    rows = []
    builder = Builder()
    slugs: set[str] = set()
    # first pass: Message-IDs, so replies can point at messages written later in the list
    for spec in specs:
        assert spec["kind"] in KINDS, spec
        numbers[spec["kind"]] += 1
        spec["_rel"] = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['slug']}.eml"
        assert spec["_rel"] not in slugs, spec["_rel"]
        slugs.add(spec["_rel"])
        builder.ids[spec.get("mid", spec["_rel"])] = builder.message_id(spec, spec["_rel"])
    for spec in specs:
        rel = spec["_rel"]
        check_label(spec, rel)
        try:
            data = builder.render(spec, rel)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        body = builder.last_body
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        verify(data, spec, body, rel)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    if builder.unresolved:
        print("references to messages outside the corpus:", sorted(builder.unresolved))
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    counts = Counter(row[1] for row in rows)
    table = Counter((row[1], row[4]) for row in rows)
    for kind in KINDS:
        cells = "  ".join(f"{lang}={table[(kind, lang)]:>2}" for lang in ("de", "en", "fr", "es"))
        print(f"{kind:<32} {counts[kind]:>3}  {cells}")
    langs = Counter(row[4] for row in rows)
    print(f"{'total':<32} {len(rows):>3}  " + "  ".join(f"{k}={v}" for k, v in langs.items()))
    wrong = {k: (counts[k], n) for k, n in EXPECTED.items() if counts[k] != n}
    if wrong:
        print(f"WARNING: counts differ from the brief: {wrong}")


if __name__ == "__main__":
    main()
