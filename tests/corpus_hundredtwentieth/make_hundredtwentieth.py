"""Turn the hand-written specs of msgs120_*.py into .eml files and labels.csv.

Run from anywhere: ``python tests/corpus_hundredtwentieth/make_hundredtwentieth.py``.
Standard library only. Writes and deletes files inside this folder only.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
import zlib
from datetime import datetime
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs120_acks  # noqa: E402
import msgs120_invites  # noqa: E402
import msgs120_other  # noqa: E402
import msgs120_rejections  # noqa: E402
from msgs120_common import CANDIDATE  # noqa: E402

KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
LANGS = ("de", "en", "fr", "es")
POLICY = policy.default


class _Text(HTMLParser):
    """The plain part an ATS derives from its HTML: paragraphs, line breaks, links in brackets."""

    BLOCK = frozenset({"p", "div", "tr", "table", "h1", "h2", "h3", "li", "ul", "ol"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.href: list[str | None] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "title", "head"):
            self.skip += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag in self.BLOCK:
            self.out.append("\n\n")
        elif tag == "a":
            self.href.append(dict(attrs).get("href"))
        if tag == "li":
            self.out.append("* ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "head"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n\n")
        elif tag == "a" and self.href:
            href = self.href.pop()
            if href and href.startswith("http"):
                self.out.append(f" [{href}]")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        joined = "".join(self.out)
        lines = [line.strip() for line in joined.splitlines()]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return parser.text()


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica, WinAnsi) showing the given lines."""

    def esc(line: str) -> str:
        raw = line.encode("cp1252", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = zlib.compress("\n".join(ops).encode("latin-1"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def ics_text(cal: dict) -> str:
    """A VCALENDAR with one VEVENT, as Outlook or Google write it (CRLF, folded at 75)."""
    method = cal["method"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{cal.get('tzid', 'W. Europe Standard Time')}",
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
        f"ORGANIZER;CN=\"{cal['organizer'][0]}\":mailto:{cal['organizer'][1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{CANDIDATE[0]}\""
        f":mailto:{CANDIDATE[1]}",
    ]
    for other in cal.get("attendees", []):
        lines.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;CN=\"{other[0]}\":mailto:{other[1]}")
    tzid = cal.get("tzid", "W. Europe Standard Time")
    lines += [
        f"DESCRIPTION:{cal.get('description', '')}".replace("\n", "\\n"),
        f"UID:{cal['uid']}",
        f"SUMMARY:{cal['summary']}",
        f"DTSTART;TZID={tzid}:{cal['start']}",
        f"DTEND;TZID={tzid}:{cal['end']}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{cal['stamp']}",
        "TRANSP:OPAQUE",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"LOCATION:{cal.get('location', '')}",
    ]
    if method == "REQUEST":
        lines += [
            "BEGIN:VALARM",
            "TRIGGER:-PT15M",
            "ACTION:DISPLAY",
            "DESCRIPTION:Reminder",
            "END:VALARM",
        ]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 75:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def _addr(pair: tuple[str, str]) -> Address:
    name, addr = pair
    user, domain = addr.split("@")
    return Address(display_name=name, username=user, domain=domain)


def _set_address(msg: EmailMessage, header: str, value, charset: str | None) -> None:
    pairs = value if isinstance(value, list) else [value]
    if charset:
        # Encoded words in the sender's own charset, folded by hand so that the policy keeps
        # them as they are instead of refolding them into UTF-8.
        chunks = []
        for name, addr in pairs:
            text = formataddr((name, addr), charset=charset)
            if len(text) + len(header) + 2 > 76 and name:
                text = text.replace(f" <{addr}>", f"\n <{addr}>")
            chunks.append(text)
        msg.set_raw(header, ",\n ".join(chunks))
    else:
        msg[header] = [_addr(p) for p in pairs]


def default_mid(spec: dict) -> str:
    digest = hashlib.sha1((spec["slug"] + spec["date"]).encode()).hexdigest()
    host = spec["sender"][1].split("@")[1]
    return f"<{digest[:12]}.{digest[12:20]}@{host}>"


def build(spec: dict) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    for name, value in spec.get("headers_top", {}).items():
        msg[name] = value
    date = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    msg["Date"] = format_datetime(date)
    _set_address(msg, "From", spec["sender"], spec.get("name_cs"))
    if spec.get("reply_to"):
        _set_address(msg, "Reply-To", spec["reply_to"], spec.get("name_cs"))
    _set_address(msg, "To", spec.get("to", CANDIDATE), spec.get("name_cs"))
    if spec.get("cc"):
        _set_address(msg, "Cc", spec["cc"], spec.get("name_cs"))
    if spec.get("subject_cs"):
        encoded = Header(spec["subject"], spec["subject_cs"], header_name="Subject").encode()
        msg.set_raw("Subject", encoded)
    else:
        msg["Subject"] = spec["subject"]
    msg["Message-ID"] = spec.get("mid") or default_mid(spec)
    if spec.get("reply"):
        msg["In-Reply-To"] = spec["reply"]
        msg["References"] = " ".join(spec.get("refs") or [spec["reply"]])
    for name, value in spec.get("headers", {}).items():
        msg[name] = value

    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    text = spec.get("text")
    markup = spec.get("html")
    if text == "auto":
        text = html_to_text(markup)
    if text is not None and markup is not None:
        msg.set_content(text, subtype="plain", charset=charset, cte=cte)
        msg.add_alternative(markup, subtype="html", charset=charset,
                            cte=spec.get("html_cte", cte))
    elif markup is not None:
        msg.set_content(markup, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(text, subtype="plain", charset=charset, cte=cte)
    if spec.get("ics"):
        cal = spec["ics"]
        if not msg.is_multipart():
            msg.make_alternative()
        msg.add_alternative(ics_text(cal), subtype="calendar", charset="utf-8",
                            cte=cal.get("cte", "base64"), params={"method": cal["method"]})
    for filename, lines in spec.get("attach", []):
        msg.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf",
                           filename=filename)
    # Boundaries derived from the scenario, so that a rerun writes the same bytes.
    seed = hashlib.sha1(spec["slug"].encode()).hexdigest()
    for depth, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{depth}_{seed[:10]}.{seed[10:22]}")
    return msg


def structure(msg: EmailMessage) -> str:
    if msg.get_content_type() == "multipart/mixed":
        return "mixed"
    if any(p.get_content_type() == "text/calendar" for p in msg.walk()):
        return "calendar"
    if msg.get_content_type() == "multipart/alternative":
        return "alternative"
    return msg.get_content_type().split("/")[1]


def all_specs() -> list[dict]:
    return [*msgs120_rejections.MESSAGES, *msgs120_invites.MESSAGES, *msgs120_acks.MESSAGES,
            *msgs120_other.MESSAGES]


def check(spec: dict) -> None:
    assert spec["kind"] in KINDS, spec["slug"]
    assert spec["lang"] in LANGS, spec["slug"]
    assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), spec["slug"]
    assert spec["date"].startswith("2026-"), spec["slug"]
    contact = spec["contact"]
    if contact:
        offered = [spec["sender"][1]]
        if spec.get("reply_to"):
            rt = spec["reply_to"]
            offered += [p[1] for p in (rt if isinstance(rt, list) else [rt])]
        assert contact in [a.lower() for a in offered], spec["slug"]
    if spec["kind"] == "other":
        assert spec["company"] == "", spec["slug"]
    else:
        assert spec["company"], spec["slug"]


def main() -> None:
    specs = all_specs()
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    rows = []
    seen_ids: set[str] = set()
    figures: dict[str, int] = {}
    for number, spec in enumerate(specs, start=1):
        check(spec)
        try:
            msg = build(spec)
        except (UnicodeError, ValueError) as exc:
            raise SystemExit(f"{spec['slug']}: {exc}") from exc
        mid = msg["Message-ID"]
        assert mid not in seen_ids, spec["slug"]
        seen_ids.add(mid)
        rel = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
        (HERE / rel).write_bytes(msg.as_bytes(policy=POLICY))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        figures[structure(msg)] = figures.get(structure(msg), 0) + 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages; structures {figures}")
    print("kinds", {k: sum(r[1] == k for r in rows) for k in KINDS})
    print("languages", {lang: sum(r[4] == lang for r in rows) for lang in LANGS})


if __name__ == "__main__":
    main()
