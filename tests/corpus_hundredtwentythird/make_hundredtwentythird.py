"""Write the hundred-and-twenty-third labelled corpus from its hand-written specs.

Run from anywhere:  python tests/corpus_hundredtwentythird/make_hundredtwentythird.py

Every spec in msgs123_*.py becomes one MIME message built with the standard `email` package,
written to <kind>/<nnn>_<scenario>.eml next to this file, and one row of labels.csv. The script
writes and deletes files only inside its own folder.
"""

from __future__ import annotations

import csv
import email.policy
import hashlib
import re
import sys
from collections import Counter
from datetime import datetime
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs123_acks  # noqa: E402
import msgs123_invites  # noqa: E402
import msgs123_other  # noqa: E402
import msgs123_rejections  # noqa: E402
from msgs123_common import AUTO, CAND_NAME, CANDIDATE  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
SPEC_KEYS = {"kind", "scen", "company", "contact", "lang", "frm", "to", "cc", "reply_to", "subj",
             "date", "text", "html", "charset", "cte", "html_cte", "hdr_charset", "thread", "mid",
             "lst", "hdrs", "att", "ics", "key", "html_only"}
# html="GMAIL" / "WORD": the mail program renders the hand-written text as HTML, the way Gmail
# (div per line, gmail_quote blockquote) or Outlook (MsoNormal paragraphs) does.
GMAIL, WORD = "GMAIL", "WORD"
# Headers the script pre-encodes (RFC 2047 in Latin-1 or Windows-1252, folded Message-ID lists)
# are written as they are, not refolded (which would re-encode them in UTF-8).
WRITE_POLICY = email.policy.default.clone(refold_source="none")


# --------------------------------------------------------------------------- helpers

def _digest(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def message_id(spec: dict, domain: str) -> str:
    """A Message-ID in the style of the system that sent the message; unique per spec."""
    h = _digest(spec["kind"], spec["scen"], spec["date"])
    style = spec.get("mid", "")
    alnum = "".join(c for c in hashlib.sha256(h.encode()).hexdigest() if c.isalnum())
    if style == "gmail":
        mixed = "".join(c.upper() if i % 3 == 0 else c for i, c in enumerate(h[:40]))
        return f"<CA+{mixed[:10]}_{mixed[10:34]}=Q@mail.gmail.com>"
    if style == "outlook":
        box = "DM6PR11MB" + h[:4].upper()
        return f"<{box}{h[4:36].upper()}@{box}.namprd11.prod.outlook.com>"
    if style == "outlook_eu":
        box = "AM9PR07MB" + h[:4].upper()
        return f"<{box}{h[4:36].upper()}@{box}.eurprd07.prod.outlook.com>"
    if style == "ses":
        return (f"<0100018{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:29]}-{h[29:41]}-000000"
                "@email.amazonses.com>")
    if style == "sendgrid":
        return f"<{alnum[:22]}@ismtpd0{int(h[0], 16) % 9}p1iad2.sendgrid.net>"
    if style == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    return f"<{h[:20]}.{h[20:28]}@{domain}>"


def _encoded(text: str, charset: str, header_name: str) -> str:
    return Header(text, charset, header_name=header_name).encode(linesep="\n")


def _set_address_header(msg: EmailMessage, name: str, value, hdr_charset: str | None) -> None:
    """value: "addr", (display, addr) or a list of those."""
    items = value if isinstance(value, list) else [value]
    if hdr_charset and any(isinstance(v, tuple) and not v[0].isascii() for v in items):
        rendered = []
        for v in items:
            if isinstance(v, tuple):
                display = v[0] if v[0].isascii() else _encoded(v[0], hdr_charset, name)
                if v[0].isascii() and re.search(r'[(),.:;<>@\[\]"]', display):
                    display = '"' + display.replace('"', r"\"") + '"'
                joint = "\n " if len(display.split("\n")[-1]) + len(v[1]) > 66 else " "
                rendered.append(f"{display}{joint}<{v[1]}>")
            else:
                rendered.append(v)
        msg.set_raw(name, ",\n ".join(rendered))
        return
    addrs = [Address(v[0], addr_spec=v[1]) if isinstance(v, tuple) else Address(addr_spec=v)
             for v in items]
    msg[name] = addrs


def _fold_ics(line: str) -> list[str]:
    out, raw = [], line.encode()
    while len(raw) > 75:
        cut = 75 if not out else 74
        while (raw[cut] & 0xC0) == 0x80:  # never split a UTF-8 sequence
            cut -= 1
        out.append(raw[:cut].decode())
        raw = raw[cut:]
    out.append(raw.decode())
    return [out[0]] + [" " + part for part in out[1:]]


def ics_text(ics: dict, organizer: tuple[str, str]) -> str:
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace(";", r"\;").replace(",", r"\,").replace("\n", r"\n")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Google Inc//Google Calendar 70.9054//EN')}",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{ics['method']}", "BEGIN:VEVENT",
             f"DTSTART:{ics['start']}", f"DTEND:{ics['end']}", f"DTSTAMP:{ics['stamp']}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{ics['uid']}",
             f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={CAND_NAME};X-NUM-GUESTS=0:mailto:{CANDIDATE}",
             f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={organizer[0]};X-NUM-GUESTS=0:mailto:{organizer[1]}",
             f"CREATED:{ics.get('created', ics['stamp'])}",
             f"DESCRIPTION:{esc(ics.get('description', ''))}",
             f"LAST-MODIFIED:{ics['stamp']}", f"LOCATION:{esc(ics.get('location', ''))}",
             f"SEQUENCE:{ics.get('sequence', 0)}",
             f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
             f"SUMMARY:{esc(ics['summary'])}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(folded for line in lines for folded in _fold_ics(line)) + "\r\n"


def pdf_bytes(lines: list[str]) -> bytes:
    """A small one-page PDF whose text is the given lines (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", errors="replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
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


class _Text(HTMLParser):
    BLOCK: ClassVar[set[str]] = {"p", "br", "tr", "div", "h1", "h2", "h3", "li", "table", "center"}

    def __init__(self) -> None:
        super().__init__()
        self.out: list[str] = []
        self.skip = 0
        self.href: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag == "li":
            self.out.append("* ")
        if tag == "a":
            self.href.append(dict(attrs).get("href"))
        if tag == "img" and dict(attrs).get("alt"):
            self.out.append(f"[{dict(attrs)['alt']}]")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        if tag == "a" and self.href:
            href = self.href.pop()
            if href and not href.startswith("mailto:"):
                self.out.append(f" <{href}>")
        if tag in ("p", "div", "tr", "h1", "h2", "h3", "table"):
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def text_to_html(text: str, style: str) -> str:
    body, quote = [], []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            quote.append(escape(line[1:].removeprefix(" ")))
            continue
        body.append(escape(line))
    if style == GMAIL:
        divs = "".join(f"<div>{line}</div>" if line else "<div><br></div>" for line in body)
        html = f'<div dir="ltr">{divs}</div>'
        if quote:
            html += ('<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                     'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + "<br>".join(quote) + "</blockquote></div>")
        return html + "\n"
    paras = "\n".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>' for line in body)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>\n'
            f'<body lang="ES-MX" link="#0563C1"><div class="WordSection1">\n{paras}\n</div></body></html>\n')


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    lines = [line.strip() for line in "".join(parser.out).splitlines()]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text + "\n"


# --------------------------------------------------------------------------- building

def build(spec: dict, ids: dict[str, str]) -> EmailMessage:
    msg = EmailMessage()
    frm = spec["frm"]
    hdr_charset = spec.get("hdr_charset")
    _set_address_header(msg, "From", frm, hdr_charset)
    _set_address_header(msg, "To", spec.get("to", (CAND_NAME, CANDIDATE)), hdr_charset)
    if spec.get("cc"):
        _set_address_header(msg, "Cc", spec["cc"], hdr_charset)
    if spec.get("reply_to"):
        _set_address_header(msg, "Reply-To", spec["reply_to"], hdr_charset)
    subject = spec["subj"]
    if hdr_charset and not subject.isascii():
        msg.set_raw("Subject", _encoded(subject, hdr_charset, "Subject"))
    else:
        msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z"))
    msg["Message-ID"] = ids[spec["key"]]
    thread = [ids.get(t[4:], t) if t.startswith("key:") else t for t in spec.get("thread", [])]
    if thread:
        # Message-IDs are folded between ids, never encoded: set raw, written with refold_source="none".
        msg.set_raw("In-Reply-To", thread[-1])
        msg.set_raw("References", "\n ".join(thread))
    lst = spec.get("lst")
    if lst:
        msg["List-Id"] = lst["id"]
        msg["List-Unsubscribe"] = lst["unsub"]
        if lst.get("post", True):
            msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["Precedence"] = lst.get("precedence", "bulk")
    for name, value in spec.get("hdrs", {}).items():
        msg[name] = value

    charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    if text == AUTO:
        text = html_to_text(html)
    if html in (GMAIL, WORD):
        html = text_to_html(text, html)
    if spec.get("html_only"):
        text = None

    def cte_for(body: str, wanted: str | None) -> str:
        if wanted:
            return wanted
        if body.isascii() and max(len(line) for line in body.splitlines()) <= 78:
            return "7bit"
        return "quoted-printable"

    if text is not None:
        msg.set_content(text, charset=charset, cte=cte_for(text, spec.get("cte")))
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset,
                                cte=cte_for(html, spec.get("html_cte", spec.get("cte"))))
    else:
        msg.set_content(html, subtype="html", charset=charset,
                        cte=cte_for(html, spec.get("html_cte", spec.get("cte"))))
    ics = spec.get("ics")
    if ics:
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        calendar = ics_text(ics, ics.get("organizer", frm))
        msg.add_alternative(calendar, subtype="calendar", charset="utf-8",
                            cte="7bit" if calendar.isascii() else "8bit",
                            params={"method": ics["method"]})
        if ics.get("attach_file"):
            msg.add_attachment(calendar.encode(), maintype="application", subtype="ics",
                               filename=ics["attach_file"])
    for filename, lines in spec.get("att", []):
        msg.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf",
                           filename=filename)
    # Deterministic boundaries, in the style of the sending program.
    seed = _digest("boundary", spec["scen"])
    for n, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        style = spec.get("mid", "")
        if style == "gmail":
            boundary = f"000000000000{seed[n * 6:n * 6 + 14]}"
        elif style.startswith("outlook"):
            boundary = f"_00{n}_{seed[n * 4:n * 4 + 30].upper()}_"
        elif style == "apple":
            boundary = f"Apple-Mail={seed[:8].upper()}-{seed[8:12].upper()}-{seed[12 + n:16 + n].upper()}"
        else:
            boundary = f"----=_Part_{n}_{int(seed[n * 5:n * 5 + 9], 16)}.{seed[40:53]}"
        part.set_boundary(boundary)
    return msg


def structure_of(msg: EmailMessage) -> str:
    types = [part.get_content_type() for part in msg.walk()]
    if "text/calendar" in types:
        return "calendar"
    if msg.get_content_type() == "multipart/mixed":
        return "mixed"
    if msg.get_content_type() == "multipart/alternative":
        return "alternative"
    return msg.get_content_type()


def all_specs() -> list[dict]:
    specs = []
    for module in (msgs123_rejections, msgs123_invites, msgs123_acks, msgs123_other):
        specs.extend(module.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    counters: Counter[str] = Counter()
    for spec in specs:
        unknown = set(spec) - SPEC_KEYS
        assert not unknown, (spec.get("scen"), unknown)
        assert spec["kind"] in KINDS and spec["lang"] in LANGS, spec["scen"]
        counters[spec["kind"]] += 1
        spec["key"] = spec["scen"]
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['scen']}.eml"
    keys = [spec["key"] for spec in specs]
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    assert not dupes, dupes
    ids = {spec["key"]: message_id(spec, spec["frm"][1].split("@")[1]) for spec in specs}
    assert len(set(ids.values())) == len(ids)

    for kind in KINDS:  # clean only what this script writes
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    structures: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    ctes: Counter[str] = Counter()
    rows = []
    for spec in specs:
        msg = build(spec, ids)
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(msg.as_bytes(policy=WRITE_POLICY))
        structures[structure_of(msg)] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part.get_content_subtype() != "calendar":
                charsets[part.get_content_charset()] += 1
                ctes[part["Content-Transfer-Encoding"]] += 1
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    print("kinds:", dict(Counter(r[1] for r in rows)))
    print("languages:", dict(Counter(r[4] for r in rows)))
    print("kind x language:", dict(Counter((r[1], r[4]) for r in rows)))
    print("structures:", dict(structures))
    print("charsets (text parts):", dict(charsets))
    print("transfer encodings (text parts):", dict(ctes))
    print("with contact:", sum(1 for r in rows if r[3]))
    print("threaded:", sum(1 for s in specs if s.get("thread")))
    print("list headers:", sum(1 for s in specs if s.get("lst")))
    print("encoded-word charsets:", dict(Counter(s["hdr_charset"] for s in specs if s.get("hdr_charset"))))


if __name__ == "__main__":
    main()
