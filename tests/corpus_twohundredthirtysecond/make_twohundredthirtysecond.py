#!/usr/bin/env python3
"""Build corpus 232 from the hand-written specs in the msgs232_*.py modules.

Run from the repository root:  python tests/corpus_twohundredthirtysecond/make_twohundredthirtysecond.py

Standard library only. It deletes and rewrites only the *.eml files and labels.csv in this
folder, writes every header block by hand (so encoded words can use utf-8 or iso-8859-1, Q or
B), builds the bodies with the email package, and re-parses every message it writes.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone, UTC
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs232_acks  # noqa: E402
import msgs232_common as common  # noqa: E402
import msgs232_invites  # noqa: E402
import msgs232_other  # noqa: E402
import msgs232_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
CTE_NAMES = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit", "7bit": "7bit"}


# ---------------------------------------------------------------- dates and ids

def parse_local(stamp: str, tz: str | None) -> datetime:
    """'2026-03-04 09:12' in the sender's zone; Central European time unless tz says else."""
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    if tz is None:
        # Central European summer time from 29 March to 25 October 2026.
        summer = datetime(2026, 3, 29, 2, 0) <= naive < datetime(2026, 10, 25, 3, 0)
        offset = timedelta(hours=2 if summer else 1)
    else:
        sign = -1 if tz.startswith("-") else 1
        offset = sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    return naive.replace(tzinfo=timezone(offset))


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    digest = hashlib.sha256(("232/" + spec["key"]).encode()).hexdigest()
    when = parse_local(spec["date"], spec.get("tz")).astimezone(UTC)
    style = int(digest[0], 16) % 3
    dom = spec.get("msgid_domain") or domain_of(spec["frm"][1])
    if style == 0:
        return f"<{when:%Y%m%d%H%M%S}.{digest[:14]}@{dom}>"
    if style == 1:
        return f"<{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:28]}@{dom}>"
    return f"<CA+{digest[:22]}{digest[22:30].upper()}@mail.{dom}>"


# ---------------------------------------------------------------- header writing

Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(ch: str, charset: str) -> str:
    out = []
    for byte in ch.encode(charset):
        if byte == 0x20:
            out.append("_")
        elif byte in Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, how: str) -> list[str]:
    """RFC 2047 words for text; how = 'utf-8:Q', 'iso-8859-1:B', ... Each word <= 75 chars,
    split between characters so no multi-byte sequence is cut."""
    charset, mode = how.split(":")
    prefix, suffix = f"=?{charset}?{mode}?", "?="
    room = 75 - len(prefix) - len(suffix)
    words, chunk = [], ""

    def size(s: str) -> int:
        if mode == "Q":
            return sum(len(_q_char(c, charset)) for c in s)
        n = len(s.encode(charset))
        return 4 * ((n + 2) // 3)

    def render(s: str) -> str:
        if mode == "Q":
            return prefix + "".join(_q_char(c, charset) for c in s) + suffix
        return prefix + base64.b64encode(s.encode(charset)).decode("ascii") + suffix

    for ch in text:
        if chunk and size(chunk + ch) > room:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return words


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(pair: tuple[str, str], how: str | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if how is None and not name.isascii():
        how = "utf-8:Q"
    if how:
        return "\n ".join(encoded_words(name, how)) + f" <{addr}>"
    if any(c in SPECIALS for c in name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII unstructured header at single spaces to stay near 78 characters."""
    line, lines = f"{name}:", []
    for i, word in enumerate(value.split(" ")):
        piece = " " + word
        if i and len(line) + len(piece) > 78:
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


def header_block(spec: dict, ids: dict[str, str], refs: dict[str, list[str]]) -> str:
    out = [f"Date: {format_datetime(parse_local(spec['date'], spec.get('tz')))}"]
    out.append("From: " + fmt_addr(spec["frm"], spec.get("name_enc")))
    if spec.get("sender"):
        out.append("Sender: " + fmt_addr(spec["sender"]))
    if spec.get("reply_to"):
        out.append("Reply-To: " + fmt_addr(spec["reply_to"], spec.get("rt_enc")))
    to = spec.get("to", [common.ME])
    out.append("To: " + ",\n ".join(fmt_addr(p, spec.get("to_enc")) for p in to))
    if spec.get("cc"):
        out.append("Cc: " + ",\n ".join(fmt_addr(p) for p in spec["cc"]))
    subject = spec["subject"]
    how = spec.get("subj_enc") or (None if subject.isascii() else "utf-8:Q")
    if how:
        out.append("Subject: " + "\n ".join(encoded_words(subject, how)))
    else:
        out.append(fold_plain("Subject", subject))
    out.append(f"Message-ID: {ids[spec['key']]}")
    if spec.get("parent"):
        out.append(f"In-Reply-To: {ids[spec['parent']]}")
        out.append("References: " + "\n ".join(refs[spec["key"]]))
    for name, value in spec.get("headers", []):
        if value.isascii():
            out.append(fold_plain(name, value))
        else:
            out.append(f"{name}: " + "\n ".join(encoded_words(value, "utf-8:Q")))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- bodies

def text_leaf(text: str, subtype: str, charset: str, cte: str | None,
              params: list[tuple[str, str]] = ()) -> MIMENonMultipart:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "8bit"
    part = MIMENonMultipart("text", subtype, charset=charset)
    for key, value in params:
        part.set_param(key, value)
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        assert raw.isascii(), "7bit body with non-ASCII text"
        payload = raw.decode("ascii")
    part["Content-Transfer-Encoding"] = CTE_NAMES[cte]
    part.set_payload(payload)
    return part


def pdf_escape(text: str) -> str:
    out = []
    for byte in text.encode("cp1252"):
        ch = chr(byte)
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "".join(out)


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    ops = ["BT", "/F1 16 Tf", "56 780 Td", "20 TL", f"({pdf_escape(title)}) Tj", "T*",
           "/F1 11 Tf", "15 TL"]
    for line in lines:
        ops += [f"({pdf_escape(line)}) Tj", "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + pdf_escape(title).encode("latin-1") + b") /Producer (corpus 232) "
        b"/CreationDate (D:20260101000000Z) >>",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + rest for rest in out[1:]]


def ics_stamp(stamp: str) -> str:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")


def make_ics(ics: dict, spec: dict) -> str:
    tzid = ics.get("tzid", "Europe/Berlin")
    stamp = parse_local(spec["date"], spec.get("tz")).astimezone(UTC)
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus232//Calendar//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{ics['method']}",
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tzid}:{ics_stamp(ics['start'])}",
        f"DTEND;TZID={tzid}:{ics_stamp(ics['end'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}")
    for name, addr in ics.get("attendees", [common.ME]):
        lines.append(f"ATTENDEE;CN=\"{name}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE:mailto:{addr}")
    default_status = "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED"
    lines += [f"STATUS:{ics.get('status', default_status)}", "TRANSP:OPAQUE", "END:VEVENT",
              "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    sep = "\r\n" if ics.get("cte", "base64") == "base64" else "\n"
    return sep.join(folded) + sep


class Builder:
    def __init__(self, spec: dict) -> None:
        self.spec = spec
        self.expected: list[tuple[str, str]] = []
        self.counter = 0
        self.seed = hashlib.sha256(spec["key"].encode()).hexdigest()[:12]

    def boundary(self) -> str:
        self.counter += 1
        return f"----=_Part232_{self.seed}_{self.counter:02d}"

    def multipart(self, subtype: str, parts: list) -> MIMEMultipart:
        node = MIMEMultipart(subtype, boundary=self.boundary())
        for part in parts:
            del part["MIME-Version"]
            node.attach(part)
        return node

    def text(self, text: str, subtype: str, charset: str, cte: str | None,
             params: list[tuple[str, str]] = ()) -> MIMENonMultipart:
        self.expected.append((f"text/{subtype}", text))
        return text_leaf(text, subtype, charset, cte, params)

    def build(self) -> MIMENonMultipart | MIMEMultipart:
        s = self.spec
        charset = s.get("charset", "utf-8")
        core = []
        if s.get("text") is not None:
            core.append(self.text(s["text"], "plain", s.get("text_charset", charset),
                                  s.get("text_cte", s.get("cte"))))
        if s.get("html") is not None:
            core.append(self.text(s["html"], "html", s.get("html_charset", charset),
                                  s.get("html_cte", s.get("cte"))))
        ics = s.get("ics")
        mode = ics.get("mode", "alt") if ics else None
        if ics and mode in ("alt", "both"):
            core.append(self.text(make_ics(ics, s), "calendar", "utf-8",
                                  ics.get("cte", "base64"), [("method", ics["method"])]))
        body = core[0] if len(core) == 1 else self.multipart("alternative", core)
        extras = []
        if ics and mode in ("attach", "both"):
            data = make_ics(ics, s).encode("utf-8")
            part = MIMEApplication(data, "ics")
            part.set_param("name", ics.get("filename", "invite.ics"))
            part.add_header("Content-Disposition", "attachment",
                            filename=ics.get("filename", "invite.ics"))
            extras.append(part)
        for pdf in s.get("pdfs", []):
            part = MIMEApplication(make_pdf(pdf["title"], pdf["lines"]), "pdf")
            name = pdf["name"]
            if name.isascii():
                part.set_param("name", name)
                part.add_header("Content-Disposition", "attachment", filename=name)
            else:
                part.set_param("name", ("utf-8", "", name))
                part.add_header("Content-Disposition", "attachment",
                                filename=("utf-8", "", name))
            extras.append(part)
        if s.get("attach_eml"):
            inner_spec = s["attach_eml"]
            inner = Builder(inner_spec)
            inner_bytes = render(inner_spec, inner, {inner_spec["key"]: inner_spec["msgid"]}, {})
            self.expected.extend(inner.expected)
            extras.append(MIMEMessage(email.message_from_bytes(inner_bytes)))
        if not extras:
            return body
        return self.multipart("mixed", [body, *extras])


def render(spec: dict, builder: Builder, ids: dict[str, str],
           refs: dict[str, list[str]]) -> bytes:
    root = builder.build()
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(root, unixfrom=False)
    return header_block(spec, ids, refs).encode("ascii") + buf.getvalue()


# ---------------------------------------------------------------- checks

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, data: bytes, expected: list[tuple[str, str]]) -> None:
    where = f"{spec['kind']}/{spec['slug']}"
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    frm = msg["From"].addresses[0]
    assert frm.addr_spec == spec["frm"][1], where
    assert frm.display_name == spec["frm"][0], f"{where}: {frm.display_name!r}"
    got = [(p.get_content_type(), norm(p.get_content())) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    want = [(ctype, norm(text)) for ctype, text in expected]
    assert got == want, f"{where}: bodies do not round-trip"
    assert parse_local(spec["date"], spec.get("tz")).year == 2026, where


# ---------------------------------------------------------------- main

def all_specs() -> list[dict]:
    specs = [*msgs232_rejections.MESSAGES, *msgs232_invites.MESSAGES, *msgs232_acks.MESSAGES,
             *msgs232_other.MESSAGES]
    numbers: dict[str, int] = {}
    for spec in specs:
        assert spec["kind"] in KINDS, spec["slug"]
        assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), spec["slug"]
        numbers[spec["kind"]] = numbers.get(spec["kind"], 0) + 1
        spec["file"] = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['slug']}.eml"
        spec.setdefault("key", spec["file"])
    return specs


def main() -> None:
    specs = all_specs()
    by_key = {}
    for spec in specs:
        assert spec["key"] not in by_key, f"duplicate key {spec['key']}"
        by_key[spec["key"]] = spec
    ids = {key: message_id(spec) for key, spec in by_key.items()}
    refs: dict[str, list[str]] = {}

    def references(key: str) -> list[str]:
        if key not in refs:
            parent = by_key[key].get("parent")
            refs[key] = [*references(parent), ids[parent]] if parent else []
        return refs[key]

    for key in by_key:
        references(key)
    for spec in by_key.values():
        if spec.get("parent"):
            assert by_key[spec["parent"]]["date"] < spec["date"], spec["file"]
    assert len(set(ids.values())) == len(ids)

    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for spec in specs:
        builder = Builder(spec)
        try:
            data = render(spec, builder, ids, refs)
        except (UnicodeError, AssertionError) as error:
            raise SystemExit(f"{spec['file']}: {error}") from error
        check(spec, data, builder.expected)
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[(row[1], row[4])] = counts.get((row[1], row[4]), 0) + 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        cells = " ".join(f"{lang}={counts.get((kind, lang), 0):2d}"
                         for lang in ("de", "en", "fr", "es"))
        print(f"  {kind:32s} {cells}")


if __name__ == "__main__":
    main()
