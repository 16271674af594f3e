"""Write the hundredthirteenth corpus: every spec of msgs113_*.py becomes one .eml, plus labels.csv.

Run from anywhere: python tests/corpus_hundredthirteenth/make_hundredthirteenth.py
It writes and deletes files only inside its own folder (the kind folders and labels.csv).
Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from collections import Counter
from datetime import UTC, datetime
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from msgs113_acks import MESSAGES as ACKS  # noqa: E402
from msgs113_common import CAND, ME  # noqa: E402
from msgs113_invites import MESSAGES as INVITES  # noqa: E402
from msgs113_other import MESSAGES as OTHER  # noqa: E402
from msgs113_rejections import MESSAGES as REJECTIONS  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
STRUCTURES = ("plain", "html", "alternative", "mixed")


def _when(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def _digest(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def _message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    addr = spec["frm"][1]
    domain = addr.split("@", 1)[1]
    seed = _digest(spec["scen"], spec["date"], addr, n=32)
    mailer = spec.get("mailer", "")
    stamp = _when(spec["date"]).strftime("%Y%m%d%H%M%S")
    if mailer == "outlook":
        pods = ("AM9PR02", "DB7PR04", "LO2P265", "PAXPR08", "VI1PR07", "AS8PR03", "GV0P278")
        pod = pods[int(seed[:2], 16) % len(pods)]
        box = f"{pod}MB{int(seed[2:6], 16) % 9000 + 1000}"
        region = "GBRP265" if pod.startswith("LO") else f"EURPRD0{int(seed[6], 16) % 8 + 1}"
        return f"<{box}{seed[7:23].upper()}@{box}.{region}.PROD.OUTLOOK.COM>"
    if mailer == "gmail":
        return f"<CA{seed[:2].upper()}+{seed[2:22]}{seed[22:30].upper()}@mail.gmail.com>"
    if mailer in ("iphone", "apple"):
        return f"<{seed[:8].upper()}-{seed[8:12].upper()}-{seed[12:16].upper()}-{seed[16:20].upper()}-{seed[20:32].upper()}@{domain}>"
    return f"<{stamp}.{seed[:20]}@{domain}>"


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "iphone": ("X-Mailer", "iPhone Mail (22D82)"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird 140.2"),
}


def _set_addresses(msg: EmailMessage, name: str, people: list[tuple[str, str]], charset: str) -> None:
    """Address headers: utf-8 messages let the policy encode; others use their own charset."""
    if charset != "utf-8" and any(not n.isascii() for n, _ in people):
        # Fold before the address so the line stays short and the policy keeps this charset.
        value = ",\n ".join(formataddr(p, charset=charset).replace(" <", "\n <") for p in people)
        msg.set_raw(name, value)
        return
    msg[name] = [Address(display_name=n, addr_spec=a) for n, a in people]


def _set_subject(msg: EmailMessage, subject: str, charset: str) -> None:
    if charset != "utf-8" and not subject.isascii():
        msg.set_raw("Subject", Header(subject, charset, maxlinelen=76, header_name="Subject").encode())
        return
    msg["Subject"] = subject


def _cte_for(text: str, wanted: str | None) -> str:
    if wanted:
        return wanted
    return "7bit" if text.isascii() and max(len(x) for x in text.splitlines() or [""]) < 900 else "quoted-printable"


def _fold_ics(line: str) -> list[str]:
    out = []
    raw = line.encode("utf-8")
    while len(raw) > 74:
        cut = 74
        while (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode("utf-8"))
        raw = b" " + raw[cut:]
    out.append(raw.decode("utf-8"))
    return out


def _ics(cal: dict, spec: dict) -> str:
    def esc(v: str) -> str:
        return v.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    org_name, org_addr = cal.get("organizer", spec["frm"])
    stamp = _when(spec["date"]).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    status = "CANCELLED" if cal["method"] == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{cal['tzid']}",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        f"TZOFFSETFROM:{cal['dst']}",
        f"TZOFFSETTO:{cal['std']}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        f"TZOFFSETFROM:{cal['std']}",
        f"TZOFFSETTO:{cal['dst']}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={cal['tzid']}:{cal['start']}",
        f"DTEND;TZID={cal['tzid']}:{cal['end']}",
        f"SUMMARY:{esc(cal['summary'])}",
        f"LOCATION:{esc(cal.get('location', ''))}",
        f"DESCRIPTION:{esc(cal.get('description', ''))}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{ME[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CAND}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _fold_ics(line)]
    return "\r\n".join(folded) + "\r\n"


def _pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def lit(s: str) -> str:
        out = []
        for byte in s.encode("cp1252", errors="replace"):
            ch = chr(byte)
            if ch in "()\\":
                out.append("\\" + ch)
            elif 32 <= byte < 127:
                out.append(ch)
            else:
                out.append(f"\\{byte:03o}")
        return "".join(out)

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for i, line in enumerate(lines):
        if i == 0:
            ops += ["/F1 15 Tf", f"({lit(line)}) Tj", "/F1 11 Tf", "T*", "T*"]
        else:
            ops += [f"({lit(line)}) Tj", "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    body = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return body


class _TextOf(HTMLParser):
    """The plain-text rendering an ATS puts next to its HTML: paragraphs, links in brackets."""

    BLOCK = frozenset({"p", "div", "tr", "h1", "h2", "h3", "li", "table", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.href: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "title", "head"):
            self.skip += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag in self.BLOCK:
            self.out.append("\n\n")
            if tag == "li":
                self.out.append("* ")
        elif tag == "a":
            self.href.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "head"):
            self.skip -= 1
        elif tag == "a" and self.href:
            href = self.href.pop()
            if href.startswith("http"):
                self.out.append(f" <{href}>")
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _TextOf()
    parser.feed(html)
    lines = [" ".join(line.split()) for line in "".join(parser.out).split("\n")]
    text, blank = [], True
    for line in lines:
        if line or not blank:
            text.append(line)
        blank = not line
    return "\n".join(text).strip() + "\n"


def structure_of(spec: dict) -> str:
    if spec.get("attach"):
        return "mixed"
    if spec.get("html") and (spec.get("text") or spec.get("alt_auto") or spec.get("cal")):
        return "alternative"
    if spec.get("cal"):
        return "alternative"
    if spec.get("html"):
        return "html"
    return "plain"


def build(spec: dict) -> EmailMessage:
    charset = spec.get("charset", "utf-8")
    msg = EmailMessage(policy=DEFAULT_POLICY)
    _set_addresses(msg, "From", [spec["frm"]], charset)
    _set_addresses(msg, "To", spec.get("to", [ME]), charset)
    if spec.get("cc"):
        _set_addresses(msg, "Cc", spec["cc"], charset)
    if spec.get("reply_to"):
        _set_addresses(msg, "Reply-To", [spec["reply_to"]], charset)
    _set_subject(msg, spec["subject"], charset)
    msg["Date"] = format_datetime(_when(spec["date"]))
    msg["Message-ID"] = _message_id(spec)
    if spec.get("irt"):
        msg["In-Reply-To"] = spec["irt"]
        msg["References"] = " ".join(spec.get("refs") or [spec["irt"]])
    if spec.get("mailer") in MAILERS:
        name, value = MAILERS[spec["mailer"]]
        msg[name] = value
    if spec.get("mailer") == "outlook":
        msg["Thread-Index"] = "AQH" + _digest(spec["scen"], n=24)
        msg["Content-Language"] = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[spec["lang"]]
    for name, value in spec.get("headers", {}).items():
        msg[name] = value

    text, html = spec.get("text"), spec.get("html")
    if spec.get("alt_auto") and html and not text:
        text = html_to_text(html)
    if text:
        msg.set_content(text, subtype="plain", charset=charset, cte=_cte_for(text, spec.get("cte")))
        if html:
            msg.add_alternative(html, subtype="html", charset=charset,
                                cte=spec.get("html_cte") or _cte_for(html, spec.get("cte")))
    elif html:
        msg.set_content(html, subtype="html", charset=charset,
                        cte=spec.get("html_cte") or _cte_for(html, spec.get("cte")))
    else:
        raise ValueError(f"{spec['scen']}: no body")
    if spec.get("cal"):
        cal = spec["cal"]
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(_ics(cal, spec), subtype="calendar", charset="utf-8",
                            cte=cal.get("cte", "7bit"), params={"method": cal["method"]})
    for att in spec.get("attach", []):
        data = _pdf(att["lines"]) if "lines" in att else att["data"]
        maintype, subtype = att.get("mime", "application/pdf").split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=att["filename"])
    _fix_boundaries(msg, spec)
    return msg


def _fix_boundaries(msg: EmailMessage, spec: dict) -> None:
    """Stable boundaries in each mailer's style, so regenerating gives the same bytes."""
    seed = _digest("boundary", spec["scen"], n=28)
    mailer = spec.get("mailer", "")
    for depth, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        if mailer == "outlook":
            boundary = f"_00{depth}_{seed[:24].upper()}_"
        elif mailer == "gmail":
            boundary = f"000000000000{seed[:12]}{depth}"
        elif mailer in ("apple", "iphone"):
            boundary = f"Apple-Mail={seed[:8].upper()}-{seed[8:12].upper()}-{depth}"
        else:
            boundary = f"----=_Part_{depth}_{int(seed[:8], 16)}.{int(seed[8:16], 16)}"
        part.set_boundary(boundary)


def main() -> None:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    for spec in specs:
        assert spec["kind"] in KINDS, spec["scen"]
        assert spec["lang"] in LANGS, spec["scen"]
    specs.sort(key=lambda s: (_when(s["date"]), s["scen"]))
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows, seen_ids = [], set()
    structures: Counter[str] = Counter()
    for number, spec in enumerate(specs, start=1):
        msg = build(spec)
        assert msg["Message-ID"] not in seen_ids, spec["scen"]
        seen_ids.add(msg["Message-ID"])
        rel = f"{spec['kind']}/{number:03d}_{spec['scen']}.eml"
        (HERE / rel).write_bytes(msg.as_bytes(policy=DEFAULT_POLICY))
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
        structures[structure_of(spec)] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    print("kinds:", dict(Counter(r[1] for r in rows)))
    print("languages:", dict(Counter(r[4] for r in rows)))
    print("structures:", dict(structures))
    print("charsets:", dict(Counter(s.get("charset", "utf-8") for s in specs)))
    print("calendar:", sum(1 for s in specs if s.get("cal")),
          "attachments:", sum(len(s.get("attach", [])) for s in specs))


if __name__ == "__main__":
    main()
