#!/usr/bin/env python3
"""Build corpus 205: Margaux Lindqvist-Obi's 2026 mailbox, written by hand and blind.

Run from the repository root:  python tests/corpus_twohundredfifth/make_twohundredfifth.py

Standard library only. Reads the hand-written specs of msgs205_rejections, msgs205_invites,
msgs205_acks and msgs205_other, builds each message's MIME tree with the email package, writes
its header block itself (so encoded words use the charset and Q/B encoding the spec asks for),
then re-parses every file with the default policy and checks there are no defects and that the
subject, the sender's name and every text part come back as written. It deletes and rewrites
only the *.eml files and labels.csv of its own folder.
"""

from __future__ import annotations

import base64
import binascii
import csv
import email
import email.policy
import hashlib
import io
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from email import charset as ecs
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs205_acks  # noqa: E402
import msgs205_invites  # noqa: E402
import msgs205_other  # noqa: E402
import msgs205_rejections  # noqa: E402
from msgs205_common import CANDIDATE_ADDR, ME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("fr", "de", "en", "es")
COMPAT = email.policy.compat32.clone(linesep="\n")
LEGAL = (" GmbH", " AG", " SA", " S.L.", " Ltd", " Inc", " SAS", " LLC", " Sàrl", " S.p.A.",
         " S.r.l.", " SARL")


def all_specs() -> list[dict]:
    specs = []
    for module in (msgs205_rejections, msgs205_invites, msgs205_acks, msgs205_other):
        specs.extend(module.MESSAGES)
    return specs


# --- dates --------------------------------------------------------------------------------------

def local_offset(day: datetime) -> str:
    """Central European time in 2026: summer time from 29 March to 25 October."""
    return "+0200" if datetime(2026, 3, 29, 2) <= day < datetime(2026, 10, 25, 3) else "+0100"


def when(text: str, tz: str | None, seed: str) -> datetime:
    local = datetime.strptime(text, "%Y-%m-%d %H:%M")
    tz = tz or local_offset(local)
    sign = 1 if tz[0] == "+" else -1
    offset = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return local.replace(second=int(seed[:2], 16) % 60, tzinfo=timezone(offset))


# --- headers ------------------------------------------------------------------------------------

def charset_for(name: str, enc: str) -> ecs.Charset:
    cs = ecs.Charset(name)
    cs.header_encoding = ecs.QP if enc == "q" else ecs.BASE64
    return cs


def fmt_addr(pair: tuple[str, str], cs: str | None = None, enc: str = "q") -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=charset_for(cs or "utf-8", enc))


def header_line(name: str, value: str, cs: str | None = None, enc: str = "q",
                maxlen: int = 78) -> str:
    """One folded header line; a non-ASCII value becomes encoded words."""
    if value.isascii() and cs is None:
        folded = Header(value, header_name=name, maxlinelen=maxlen).encode(linesep="\n")
    else:
        folded = Header(value, charset=charset_for(cs or "utf-8", enc), header_name=name,
                        maxlinelen=maxlen).encode(linesep="\n")
    return f"{name}: {folded}\n"


# --- parts --------------------------------------------------------------------------------------

def make_pdf(title: str, lines: list[str], stamp: str) -> bytes:
    """A one-page PDF with Helvetica text (WinAnsi), valid cross-reference table."""

    def esc(s: str) -> str:
        out = []
        for byte in s.encode("cp1252"):
            if byte in b"()\\":
                out.append("\\" + chr(byte))
            elif 32 <= byte < 127:
                out.append(chr(byte))
            else:
                out.append(f"\\{byte:03o}")
        return "".join(out)

    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, 92) or [""])
    ops = ["BT", "/F1 15 Tf", "56 786 Td", f"({esc(title)}) Tj", "/F1 10 Tf", "14 TL", "0 -12 Td"]
    ops += [f"({esc(line)}) '" for line in wrapped]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        f"<< /Title ({esc(title)}) /Producer (corpus205 generator) "
        f"/CreationDate (D:{stamp}) >>".encode("latin-1"),
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
    return out


VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:{tzid}",
    "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, current, limit = [], "", 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current, limit = " ", 75
        current += char
    out.append(current)
    return out


def make_ics(ics: dict, sent: datetime) -> str:
    tzid = ics.get("tzid", "Europe/Zurich")
    method = ics["method"]

    def stamp(text: str) -> str:
        return datetime.strptime(text, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    org_name, org_addr = ics["organizer"]
    lines = ["BEGIN:VCALENDAR",
             f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{method}",
             *(x.format(tzid=tzid) for x in VTIMEZONE),
             "BEGIN:VEVENT",
             f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
             f'ATTENDEE;CN="{ME[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
             f"RSVP={'FALSE' if method == 'CANCEL' else 'TRUE'}:mailto:{CANDIDATE_ADDR}"]
    for extra in ics.get("attendees", []):
        lines.append(f'ATTENDEE;CN="{extra[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:'
                     f"mailto:{extra[1]}")
    lines += [f"UID:{ics['uid']}",
              f"SEQUENCE:{ics.get('seq', 0)}",
              f"DTSTAMP:{sent.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
              f"DTSTART;TZID={tzid}:{stamp(ics['start'])}",
              f"DTEND;TZID={tzid}:{stamp(ics['end'])}",
              f"SUMMARY:{ics_text(ics['summary'])}"]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_text(ics['description'])}")
    lines += [f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


class Builder:
    """Builds one message's MIME tree and remembers the text parts it should parse back to."""

    def __init__(self, seed: str) -> None:
        self.seed = seed
        self.expected: list[tuple[str, str]] = []
        self.count = 0

    def boundary(self) -> str:
        self.count += 1
        return f"b205_{self.seed[:12]}_{self.count}"

    def text(self, subtype: str, content: str, charset: str, cte: str,
             params: str = "", record: bool = True) -> Message:
        if not content.endswith("\n"):
            content += "\n"
        data = content.encode(charset)
        if cte in ("7bit", "8bit"):
            cte = "7bit" if data.isascii() else "8bit"
            too_long = [line for line in data.split(b"\n") if len(line) > 990]
            assert not too_long, f"line too long for {cte}: {too_long[0][:60]!r}"
        part = Message()
        part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
        part["Content-Transfer-Encoding"] = cte
        if cte == "quoted-printable":
            payload = binascii.b2a_qp(data, istext=True).decode("ascii")
        elif cte == "base64":
            payload = base64.encodebytes(data).decode("ascii")
        else:
            payload = data.decode("ascii", "surrogateescape")
        part.set_payload(payload)
        if record:
            self.expected.append((f"text/{subtype}", content))
        return part

    def binary(self, ctype: str, name: str, data: bytes, inline: bool = False) -> Message:
        part = Message()
        part["Content-Type"] = f'{ctype}; name="{name}"'
        part["Content-Disposition"] = f'{"inline" if inline else "attachment"}; filename="{name}"'
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(data).decode("ascii"))
        return part

    def multipart(self, subtype: str, parts: list[Message], preamble: str | None = None,
                  params: str = "") -> Message:
        part = Message()
        part["Content-Type"] = f'multipart/{subtype}; boundary="{self.boundary()}"{params}'
        for child in parts:
            part.attach(child)
        part.preamble = preamble
        return part

    def body(self, spec: dict, sent: datetime) -> Message:
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "8bit")
        html_charset = spec.get("html_charset", charset)
        html_cte = spec.get("html_cte", cte)
        alternatives: list[Message] = []
        if spec.get("text") is not None:
            alternatives.append(self.text("plain", spec["text"], charset, cte,
                                          spec.get("text_params", "")))
        if spec.get("html") is not None:
            alternatives.append(self.text("html", spec["html"], html_charset, html_cte))
        ics = spec.get("ics")
        calendar = make_ics(ics, sent) if ics else None
        if calendar and ics.get("inline", True):
            alternatives.append(self.text("calendar", calendar, "utf-8", "base64",
                                          f"; method={ics['method']}"))
        assert alternatives, "a message needs a text part"
        core = (alternatives[0] if len(alternatives) == 1
                else self.multipart("alternative", alternatives))
        attachments: list[Message] = []
        for pdf in spec.get("pdfs", []):
            data = make_pdf(pdf["title"], pdf["lines"], sent.strftime("%Y%m%d%H%M%S"))
            attachments.append(self.binary("application/pdf", pdf["name"], data))
        if calendar and ics.get("attach", False):
            attachments.append(self.binary("application/ics", ics.get("filename", "invite.ics"),
                                           calendar.encode("utf-8")))
        if spec.get("forward"):
            attachments.append(self.rfc822(spec["forward"]))
        if not attachments:
            return core
        return self.multipart("mixed", [core, *attachments],
                              preamble="This is a multi-part message in MIME format.")

    def rfc822(self, inner: dict) -> Message:
        sent = when(inner["date"], inner.get("tz"), self.seed)
        message = self.body(inner, sent)
        saved = list(message.items())
        for key in {k for k, _ in saved}:
            del message[key]
        heads = [("From", fmt_addr(inner["frm"], inner.get("frm_cs"), inner.get("frm_enc", "q"))),
                 ("To", ", ".join(fmt_addr(p) for p in inner.get("to", [ME]))),
                 ("Subject", inner["subject"] if inner["subject"].isascii() else
                  Header(inner["subject"], charset=charset_for("utf-8", "q")).encode(
                      maxlinelen=0)),
                 ("Date", format_datetime(sent)),
                 ("Message-ID", f"<fwd.{self.seed[:16]}@{inner['frm'][1].split('@')[1]}>"),
                 ("MIME-Version", "1.0")]
        for key, value in heads + saved:
            message[key] = value
        wrapper = Message()
        wrapper["Content-Type"] = "message/rfc822"
        name = inner.get("filename", "message.eml")
        wrapper["Content-Disposition"] = f'attachment; filename="{name}"'
        wrapper.attach(message)
        return wrapper


# --- one message --------------------------------------------------------------------------------

def message_ids(specs: list[dict]) -> dict[str, str]:
    ids = {}
    for spec in specs:
        seed = hashlib.sha1(spec["slug"].encode()).hexdigest()
        domain = spec["frm"][1].split("@")[1]
        key = spec.get("mid", spec["slug"])
        assert key not in ids, f"duplicate mid {key}"
        ids[key] = f"<{key}.{seed[:10]}@{domain}>"
    return ids


def render(spec: dict, ids: dict[str, str]) -> tuple[bytes, list[tuple[str, str]]]:
    seed = hashlib.sha1(spec["slug"].encode()).hexdigest()
    sent = when(spec["date"], spec.get("tz"), seed)
    builder = Builder(seed)
    root = builder.body(spec, sent)

    heads = [header_line("From", fmt_addr(spec["frm"], spec.get("frm_cs"),
                                          spec.get("frm_enc", "q")))]
    to = spec.get("to", [ME])
    heads.append(header_line("To", ", ".join(fmt_addr(p, spec.get("to_cs")) for p in to)))
    if spec.get("cc"):
        heads.append(header_line("Cc", ", ".join(fmt_addr(p) for p in spec["cc"])))
    if spec.get("reply_to"):
        heads.append(header_line("Reply-To", fmt_addr(spec["reply_to"], spec.get("frm_cs"),
                                                      spec.get("frm_enc", "q"))))
    subject = spec["subject"]
    if subject.isascii() and not spec.get("subj_cs"):
        heads.append(header_line("Subject", subject))
    else:
        heads.append(header_line("Subject", subject, spec.get("subj_cs", "utf-8"),
                                 spec.get("subj_enc", "q")))
    heads.append(f"Date: {format_datetime(sent)}\n")
    heads.append(f"Message-ID: {ids[spec.get('mid', spec['slug'])]}\n")
    refs = [ids.get(r, f"<{r}@example.ch>") for r in spec.get("refs", [])]
    if refs:
        heads.append(f"In-Reply-To: {refs[-1]}\n")
        heads.append(header_line("References", " ".join(refs)))
    for name, value in spec.get("headers", []):
        heads.append(header_line(name, value))
    heads.append("MIME-Version: 1.0\n")

    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, maxheaderlen=0, policy=COMPAT).flatten(root)
    return "".join(heads).encode("ascii") + buffer.getvalue(), builder.expected


def check(spec: dict, data: bytes, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        problems += [repr(d) for d in part.defects]
        for name, value in part.items():
            problems += [f"{name}: {d!r}" for d in getattr(value, "defects", ())]
    assert not problems, problems
    assert str(msg["subject"]) == spec["subject"], (str(msg["subject"]), spec["subject"])
    sender = msg["from"].addresses[0]
    assert sender.display_name == spec["frm"][0], (sender.display_name, spec["frm"][0])
    assert sender.addr_spec == spec["frm"][1]
    got = [(part.get_content_type(), part.get_content()) for part in msg.walk()
           if part.get_content_maintype() == "text"]
    assert got == expected, "text parts do not round-trip"
    assert msg["date"].datetime.year == 2026


def validate(spec: dict) -> None:
    kind, lang = spec["kind"], spec["lang"]
    assert kind in KINDS and lang in LANGS, spec["slug"]
    senders = [spec["frm"][1].lower()] + ([spec["reply_to"][1].lower()]
                                          if spec.get("reply_to") else [])
    contact, company = spec["contact"], spec["company"]
    if spec["frm"][1] == CANDIDATE_ADDR:
        assert kind == "other" and not contact, f"{spec['slug']}: own mail"
    if contact:
        assert contact == contact.lower() and contact in senders, f"{spec['slug']}: contact"
    assert bool(company) == (kind != "other"), f"{spec['slug']}: company"
    assert not any(company.endswith(x) for x in LEGAL), f"{spec['slug']}: legal form"


def main() -> int:
    specs = all_specs()
    for spec in specs:
        validate(spec)
    ids = message_ids(specs)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    numbers = dict.fromkeys(KINDS, 0)
    for spec in specs:
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        try:
            data, expected = render(spec, ids)
            check(spec, data, expected)
        except (AssertionError, UnicodeError) as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])

    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = {kind: dict.fromkeys(LANGS, 0) for kind in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:5d}" for lang in LANGS)
              + f"  {sum(counts.values()):5d}")
    totals = [sum(table[k][lang] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{n:5d}" for n in totals) + f"  {sum(totals):5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
