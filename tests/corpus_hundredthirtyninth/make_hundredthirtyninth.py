"""Write the hundredthirtyninth corpus: every spec of msgs139_*.py as one .eml, plus labels.csv.

Run from anywhere: python tests/corpus_hundredthirtyninth/make_hundredthirtyninth.py
It writes and deletes files only inside its own folder (the kind folders and labels.csv).
Standard library only; the output is byte-for-byte the same on every run.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import sys
from collections import Counter
from datetime import datetime
from email.charset import Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from msgs139_acks import MESSAGES as ACKS  # noqa: E402
from msgs139_common import CANDIDATE_ADDR, KINDS  # noqa: E402
from msgs139_invites import MESSAGES as INVITES  # noqa: E402
from msgs139_other import MESSAGES as OTHER  # noqa: E402
from msgs139_rejections import MESSAGES as REJECTIONS  # noqa: E402

POLICY = compat32.clone(linesep="\n", max_line_length=78)
CODECS = {"windows-1252": "cp1252", "iso-8859-1": "latin-1", "utf-8": "utf-8", "us-ascii": "ascii"}
OUTLOOK_HOSTS = {"Europe/Zurich": "ZR0P278MB", "Europe/Paris": "PR1P264MB", "Europe/Brussels": "AM9PR02MB",
                 "Europe/Dublin": "DB9PR06MB", "Europe/Madrid": "PA4PR07MB", "UTC": "VI1PR08MB"}


def all_specs() -> list[dict]:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(specs, key=lambda s: order[s["kind"]])  # stable: hand order within a kind


def digest(spec: dict, salt: str = "") -> str:
    return hashlib.sha256((spec["key"] + salt).encode()).hexdigest()


def sender_addr(spec: dict) -> str:
    frm = spec["frm"]
    return frm if isinstance(frm, str) else frm[1]


def message_id(spec: dict) -> str:
    if spec["msgid"]:
        return spec["msgid"]
    h = digest(spec)
    domain = sender_addr(spec).split("@")[1]
    mua = spec["mua"]
    if mua == "gmail":
        return f"<CA{h[:2].upper()}{base64.b64encode(bytes.fromhex(h[2:44])).decode().replace('/', '_')}@mail.gmail.com>"
    if mua == "outlook":
        host = OUTLOOK_HOSTS.get(spec["tz"], "AS8PR04MB")
        return f"<{host}{int(h[:4], 16) % 10000:04d}{h[4:12].upper()}{int(h[12:16], 16) % 10000:04d}@{host}{int(h[16:20], 16) % 10000:04d}.eurprd{int(h[20:22], 16) % 9 + 1:02d}.prod.outlook.com>"
    if mua in ("apple", "iphone"):
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if mua == "sendgrid":
        return f"<{base64.urlsafe_b64encode(bytes.fromhex(h[:36])).decode()}@geopod-ismtpd-{int(h[36:38], 16) % 40}>"
    return f"<{h[:16]}.{int(h[16:24], 16)}.JavaMail.app@{domain}>" if mua == "java" else f"<{h[:20]}.{h[20:28]}@{domain}>"


def when(spec: dict) -> datetime:
    naive = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=ZoneInfo(spec["tz"]))


class Unfolded:
    """A header value written as it is: message ids are never folded inside (RFC 5322 allows 998)."""

    def __init__(self, value: str) -> None:
        self.value = value

    def encode(self, linesep: str = "\n", maxlinelen: int | None = None) -> str:
        return self.value.replace("\n", linesep)

    def __str__(self) -> str:
        return self.value


def fits(text: str, charset: str) -> str:
    """The header charset asked for, or utf-8 when the text cannot be written in it."""
    try:
        text.encode(CODECS[charset])
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def fmt_addr(value: tuple[str, str] | str, charset: str) -> str:
    if isinstance(value, str):
        return value
    name, addr = value
    return formataddr((name, addr), charset=fits(name, charset))


def header_value(text: str, charset: str) -> str | Header:
    if text.isascii():
        return text
    return Header(text, Charset(fits(text, charset)), header_name="Subject")


def encode_payload(data: bytes, cte: str) -> str:
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "7bit":
        assert data.isascii()
    return data.decode("ascii", "surrogateescape")


def text_part(subtype: str, text: str, charset: str, cte: str, **params: str) -> Message:
    part = Message(policy=POLICY)
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(CODECS[charset])
    if cte in ("7bit", "8bit") and data.isascii() and charset != "us-ascii":
        cte = "7bit"
    part["Content-Type"] = f"text/{subtype}"
    part.set_param("charset", charset)
    for name, value in params.items():
        part.set_param(name, value)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(encode_payload(data, cte))
    return part


def multipart(subtype: str, spec: dict, parts: list[Message], salt: str) -> Message:
    outer = Message(policy=POLICY)
    outer["Content-Type"] = f"multipart/{subtype}"
    outer.set_param("boundary", f"----=_Part_{digest(spec, salt)[:12]}_{int(digest(spec, salt)[12:20], 16)}")
    for part in parts:
        outer.attach(part)
    return outer


def pdf_bytes(lines: list[str]) -> bytes:
    """A small one-page PDF whose text is the given lines (Helvetica, WinAnsi)."""

    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(f"({esc(line)}) '\n" for line in lines) + "ET\n"
    stream_bytes = stream.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream_bytes)).encode() + b" >>\nstream\n" + stream_bytes + b"endstream",
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
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def attachment(filename: str, lines: list[str], spec: dict) -> Message:
    part = Message(policy=POLICY)
    part["Content-Type"] = "application/pdf"
    if filename.isascii():
        part.set_param("name", filename)
        part.add_header("Content-Disposition", "attachment", filename=filename)
    else:
        part.set_param("name", str(Header(filename, "utf-8").encode()))
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(pdf_bytes(lines)).decode("ascii"))
    return part


def ics_text(spec: dict) -> str:
    ics = spec["ics"]
    tz = ZoneInfo(spec["tz"])
    stamp = when(spec).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")

    def local(value: str) -> str:
        return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=tz).strftime("%Y%m%dT%H%M%S")

    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{spec['tz']}",
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
        f"ORGANIZER;CN=\"{ics['organizer'][0]}\":mailto:{ics['organizer'][1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{ics.get('attendee_name', 'Lucie Prévost-Nakashima')}\":mailto:{CANDIDATE_ADDR}",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('sequence', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={spec['tz']}:{local(ics['start'])}",
        f"DTEND;TZID={spec['tz']}:{local(ics['end'])}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"DESCRIPTION:{ics.get('description', '').replace(chr(10), chr(92) + 'n')}",
        f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        raw = line.encode("utf-8")
        while len(raw) > 74:
            cut = 74
            while (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            folded.append(raw[:cut].decode("utf-8"))
            raw = b" " + raw[cut:]
        folded.append(raw.decode("utf-8"))
    return "\r\n".join(folded) + "\r\n"


def body_tree(spec: dict) -> Message:
    charset, cte, struct = spec["charset"], spec["cte"], spec["struct"]
    html_cte = spec.get("html_cte") or cte
    html = spec["html"]
    if html is not None and charset != "utf-8":
        html = html.replace('charset="utf-8"', f'charset="{charset}"').replace("charset=utf-8", f"charset={charset}")
        html = html.replace('charset=UTF-8', f"charset={charset}")
    if struct == "html":
        core = text_part("html", html, charset, html_cte)
    elif spec["html"] is not None:
        alts = [text_part("plain", spec["text"], charset, cte), text_part("html", html, charset, html_cte)]
        if spec["ics"] and spec["ics_style"] == "outlook":
            alts.append(calendar_part(spec))
        core = multipart("alternative", spec, alts, "alt")
    else:
        core = text_part("plain", spec["text"], charset, cte)
    if spec["ics"] and spec["ics_style"] == "google":
        ics_file = Message(policy=POLICY)
        ics_file["Content-Type"] = "application/ics"
        ics_file.set_param("name", "invite.ics")
        ics_file.add_header("Content-Disposition", "attachment", filename="invite.ics")
        ics_file["Content-Transfer-Encoding"] = "base64"
        ics_file.set_payload(base64.encodebytes(ics_text(spec).encode("utf-8")).decode("ascii"))
        inner = core.get_payload() if core.is_multipart() else [core]
        core = multipart("alternative", spec, [*inner, calendar_part(spec)], "alt")
        return multipart("mixed", spec, [core, ics_file], "mixed")
    if spec["attachments"]:
        files = [attachment(name, lines, spec) for name, lines in spec["attachments"]]
        return multipart("mixed", spec, [core, *files], "mixed")
    return core


def calendar_part(spec: dict) -> Message:
    part = Message(policy=POLICY)
    part["Content-Type"] = "text/calendar"
    part.set_param("charset", "utf-8")
    part.set_param("method", spec["ics"]["method"])
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(ics_text(spec).encode("utf-8")).decode("ascii"))
    return part


def build(spec: dict, ids: dict[str, str]) -> bytes:
    msg = body_tree(spec)
    hc = spec["hdr_charset"]
    top = [
        ("From", fmt_addr(spec["frm"], hc)),
        ("To", ", ".join(fmt_addr(a, hc) for a in spec["to"])),
    ]
    if spec["cc"]:
        top.append(("Cc", ", ".join(fmt_addr(a, hc) for a in spec["cc"])))
    if spec["reply_to"]:
        top.append(("Reply-To", fmt_addr(spec["reply_to"], hc)))
    top += [
        ("Subject", header_value(spec["subject"], hc)),
        ("Date", format_datetime(when(spec))),
        ("Message-ID", Unfolded(ids[spec["key"]])),
    ]
    refs = [ids.get(r, r) for r in spec["refs"]]
    for ref in refs:
        assert ref.startswith("<") and ref.endswith(">"), (spec["key"], ref)
    if refs:
        top += [("In-Reply-To", Unfolded(refs[-1])), ("References", Unfolded("\n ".join(refs)))]
    top.append(("MIME-Version", "1.0"))
    if spec["mua"] == "outlook":
        top.append(("Thread-Topic", header_value(spec["subject"].removeprefix("RE: ").removeprefix("AW: ").removeprefix("TR: "), hc)))
        top.append(("Content-Language", {"fr": "fr-CH", "de": "de-CH", "en": "en-GB", "es": "es-ES"}[spec["lang"]]))
    elif spec["mua"] == "iphone":
        top.append(("X-Mailer", "iPhone Mail (22E252)"))
    elif spec["mua"] == "apple":
        top.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    for name, value in spec["headers"].items():
        top.append((name, header_value(value, hc) if not value.isascii() else value))
    body_headers = list(msg.items())
    for name in list(msg.keys()):
        del msg[name]
    for name, value in top + body_headers:
        msg[name] = value
    if msg.is_multipart():
        msg.preamble = "This is a multi-part message in MIME format."
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=POLICY).flatten(msg)
    return out.getvalue()


def main() -> None:
    specs = all_specs()
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), [k for k, n in Counter(keys).items() if n > 1]
    ids = {s["key"]: message_id(s) for s in specs}
    assert len(set(ids.values())) == len(ids)
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    rows = []
    for number, spec in enumerate(specs, start=1):
        rel = f"{spec['kind']}/{number:03d}_{spec['key']}.eml"
        (HERE / rel).write_bytes(build(spec, ids))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    print("kinds:", dict(Counter(s["kind"] for s in specs)))
    print("languages:", dict(Counter(s["lang"] for s in specs)))
    print("structures:", dict(Counter(s["struct"] for s in specs)),
          "calendar:", sum(1 for s in specs if s["ics"]))
    print("charsets:", dict(Counter(s["charset"] for s in specs)))
    print("transfer encodings:", dict(Counter(s["cte"] for s in specs)))


if __name__ == "__main__":
    main()
