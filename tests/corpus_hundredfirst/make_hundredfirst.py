"""Write the hundred-and-first labelled corpus from the hand-written specs in msgs101_*.py.

Run:  python tests/corpus_hundredfirst/make_hundredfirst.py

Every spec is one message. The generator only assembles MIME with the standard `email` package
(structure, charset, transfer encoding, headers, PDF and iCalendar parts); it invents no words.
It writes <kind>/<nnn>_<scenario>.eml and labels.csv inside its own folder and deletes only the
.eml files it finds there first.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs101_acks  # noqa: E402
import msgs101_invites  # noqa: E402
import msgs101_other  # noqa: E402
import msgs101_rejections  # noqa: E402
from msgs101_common import CAND  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SA|S\.A\.|SAS|SARL|Ltd|Limited|Inc|LLC|S\.L\.)\.?$")
CAL_POLICY = policy.compat32.clone(linesep="\n")


# --------------------------------------------------------------------------- text helpers

class _Text(HTMLParser):
    """A crude html-to-text, the kind of plain part a mailing tool derives from its HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.out: list[str] = []
        self.skip = 0
        self.href: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "title", "head"):
            self.skip += 1
        elif tag in ("br",) or tag in ("p", "div", "tr", "h1", "h2", "h3", "li", "table"):
            self.out.append("\n")
        if tag == "a":
            self.href.append(dict(attrs).get("href") or "")
        if tag == "li":
            self.out.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "head"):
            self.skip -= 1
        elif tag in ("p", "div", "h1", "h2", "h3", "tr"):
            self.out.append("\n")
        elif tag == "a" and self.href:
            link = self.href.pop()
            if link.startswith("http"):
                self.out.append(f" [{link}]")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    text = "".join(parser.out)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    """A text/* part whose bytes are exactly `text` in `charset`, encoded with `cte`."""
    raw = text.encode(charset)  # fails loudly if the spec's text does not fit its charset
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    return part


def fits(value: str, charset: str) -> str:
    """The header charset the spec asks for, or utf-8 when the text does not fit it."""
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def header_value(value: str, charset: str) -> str | Header:
    if value.isascii():
        return value
    return Header(value, fits(value, charset))


def address(pair: tuple[str, str] | str, charset: str) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset=fits(name, charset))


def addresses(value: object, charset: str) -> str:
    if isinstance(value, list):
        return ", ".join(address(v, charset) for v in value)
    return address(value, charset)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- dates and ids

def tz_for(when: datetime, zone: str) -> timezone:
    """Offsets for the zones the corpus uses; Europe switches on 29 Mar and 25 Oct 2026."""
    summer = datetime(2026, 3, 29, 1) <= when < datetime(2026, 10, 25, 1)
    offsets = {"vie": 2 if summer else 1, "lis": 1 if summer else 0, "utc": 0, "dxb": 4,
               "lon": 1 if summer else 0}
    return timezone(timedelta(hours=offsets[zone]))


def parse_date(spec: dict) -> datetime:
    naive = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    seconds = int(hashlib.md5(spec["scenario"].encode()).hexdigest()[:4], 16) % 60
    naive = naive.replace(second=seconds)
    return naive.replace(tzinfo=tz_for(naive, spec.get("tz", "vie")))


def message_id(spec: dict, index: int) -> str:
    if "mid" in spec:
        return spec["mid"]
    addr = spec["from"][1] if isinstance(spec["from"], tuple) else spec["from"]
    domain = addr.split("@")[1]
    seed = hashlib.sha256(f"{index}:{spec['scenario']}:{spec['subject']}".encode()).hexdigest()
    style = spec.get("mid_style", "")
    if style == "gmail" or domain.endswith("gmail.example.com"):
        return f"<CA+{seed[:10]}{seed[10:30].upper()}=q{seed[30:42]}@mail.gmail.com>"
    if style == "outlook":
        return (f"<{seed[:4].upper()}PR{seed[4:6]}MB{seed[6:10]}{seed[10:40].upper()}"
                f"@AM{seed[40:42]}PR{seed[42:44]}MB{seed[44:48]}.eurprd0{index % 9}.prod.outlook.com>")
    if style == "apple":
        return f"<{seed[:8].upper()}-{seed[8:12].upper()}-{seed[12:16].upper()}-{seed[16:28].upper()}@{domain}>"
    return f"<{seed[:24]}.{index:03d}@{domain}>"


# --------------------------------------------------------------------------- attachments

def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def esc(line: str) -> str:
        raw = line.encode("cp1252", "replace")
        out = []
        for byte in raw:
            ch = chr(byte)
            if ch in "()\\":
                out.append("\\" + ch)
            elif 32 <= byte < 127:
                out.append(ch)
            else:
                out.append(f"\\{byte:03o}")
        return "".join(out)

    y = 780
    ops = ["BT", "/F1 15 Tf", f"56 {y} Td", f"({esc(title)}) Tj", "/F1 10.5 Tf", "0 -28 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj")
        ops.append("0 -15 Td")
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
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def pdf_part(att: dict) -> MIMEApplication:
    part = MIMEApplication(pdf_bytes(att["title"], att["lines"]), "pdf")
    name = att["filename"]
    if name.isascii():
        part.add_header("Content-Disposition", "attachment", filename=name)
    else:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    return part


def ics_text(cal: dict) -> str:
    def stamp(value: str) -> str:
        return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    tzid = cal.get("tzid", "Europe/Vienna")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{stamp(cal['stamp'])}Z",
        f"DTSTART;TZID={tzid}:{stamp(cal['start'])}",
        f"DTEND;TZID={tzid}:{stamp(cal['end'])}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN=\"{cal['organizer'][0]}\":mailto:{cal['organizer'][1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{CAND[0]}\":"
        f"mailto:{CAND[1]}",
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
    ]
    if cal.get("description"):
        lines.append("DESCRIPTION:" + cal["description"].replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            cut = 74
            while len(line[:cut].encode()) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def ics_part(cal: dict) -> MIMEBase:
    part = MIMENonMultipart("text", "calendar", charset="utf-8", method=cal["method"])
    raw = ics_text(cal).encode("utf-8")
    part.set_payload(base64.encodebytes(raw).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    return part


# --------------------------------------------------------------------------- assembling

def body_parts(spec: dict) -> MIMEBase:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    structure = spec["structure"]
    html_cte = spec.get("html_cte", cte)
    if structure == "plain":
        return text_part(spec["text"], "plain", charset, cte)
    if structure == "html":
        return text_part(spec["html"], "html", charset, html_cte)
    if structure in ("alt", "calendar", "mixed"):
        if "html" not in spec and structure == "mixed":
            return text_part(spec["text"], "plain", charset, cte)
        alt = MIMEMultipart("alternative")
        if structure == "calendar" and "html" not in spec:
            alt.attach(text_part(spec["text"], "plain", charset, cte))
        else:
            alt.attach(text_part(spec.get("text") or html_to_text(spec["html"]), "plain",
                                 charset, cte))
            alt.attach(text_part(spec["html"], "html", charset, html_cte))
        if structure == "calendar":
            alt.attach(ics_part(spec["ics"]))
        return alt
    raise ValueError(structure)


def build(spec: dict, index: int) -> tuple[bytes, str]:
    body = body_parts(spec)
    attachments = spec.get("attachments", [])
    if spec["structure"] == "mixed" or attachments:
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        for att in attachments:
            outer.attach(pdf_part(att))
        if spec["structure"] == "calendar" and spec.get("ics_attachment"):
            att = MIMEApplication(ics_text(spec["ics"]).encode(), "ics")
            att.add_header("Content-Disposition", "attachment", filename="invite.ics")
            outer.attach(att)
        msg: MIMEBase = outer
    elif spec["structure"] == "calendar" and spec.get("ics_attachment"):
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        att = MIMEApplication(ics_text(spec["ics"]).encode(), "ics")
        att.add_header("Content-Disposition", "attachment", filename="invite.ics")
        outer.attach(att)
        msg = outer
    else:
        msg = body

    hcs = spec.get("header_charset", "utf-8")
    headers: list[tuple[str, object]] = []
    if spec.get("received"):
        headers.append(("Received", spec["received"]))
    headers.append(("From", address(spec["from"], hcs)))
    if spec.get("sender"):
        headers.append(("Sender", address(spec["sender"], hcs)))
    if spec.get("reply_to"):
        headers.append(("Reply-To", addresses(spec["reply_to"], hcs)))
    headers.append(("To", addresses(spec.get("to", CAND), hcs)))
    if spec.get("cc"):
        headers.append(("Cc", addresses(spec["cc"], hcs)))
    headers.append(("Subject", header_value(spec["subject"], hcs)))
    headers.append(("Date", format_datetime(parse_date(spec))))
    mid = message_id(spec, index)
    headers.append(("Message-ID", mid))
    thread = spec.get("thread", [])
    if thread:
        headers.append(("In-Reply-To", thread[-1]))
        headers.append(("References", " ".join(thread)))
    for name, value in spec.get("headers", {}).items():
        headers.append((name, header_value(value, hcs)))
    headers.append(("MIME-Version", "1.0"))
    # put the envelope headers first, as a mail program shows them
    content = [(k, v) for k, v in msg.items()]
    for key in list(msg.keys()):
        del msg[key]
    for name, value in headers:
        msg[name] = value  # type: ignore[assignment]
    for name, value in content:
        if name != "MIME-Version":
            msg[name] = value
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    # fixed boundaries, so that running the generator twice writes the same bytes
    seed = hashlib.sha256(spec["scenario"].encode()).hexdigest()
    styles = ("----=_Part_{n}_{a}.{b}", "_{n}{a}_", "Apple-Mail={a}-{b}-{n}", "000000000000{a}{n}")
    style = styles[int(seed[:2], 16) % len(styles)]
    for n, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(style.format(n=n, a=seed[2 + 8 * n:10 + 8 * n], b=seed[40:52]))
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=CAL_POLICY).flatten(msg)
    return out.getvalue(), mid


def check(spec: dict) -> None:
    name = spec["scenario"]
    assert re.fullmatch(r"[a-z0-9_]+", name), name
    assert spec["kind"] in KINDS, name
    assert spec["language"] in ("en", "de", "fr", "es"), name
    company, contact = spec["company"], spec["contact"]
    if spec["kind"] == "other":
        assert company == "", name
    else:
        assert company and company == company.strip() and not LEGAL_FORM.search(company), name
    if contact:
        assert contact == contact.lower() and contact != CAND[1], name
        pool = []
        for key in ("reply_to", "from"):
            value = spec.get(key)
            for item in value if isinstance(value, list) else [value]:
                if item:
                    pool.append((item if isinstance(item, str) else item[1]).lower())
        assert contact in pool, (name, contact, pool)
    frm = spec["from"] if isinstance(spec["from"], str) else spec["from"][1]
    if frm.lower() == CAND[1]:
        assert spec["kind"] == "other" and not contact, name


def main() -> None:
    specs = (msgs101_rejections.SPECS + msgs101_invites.SPECS + msgs101_acks.SPECS
             + msgs101_other.SPECS)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    seen_ids: set[str] = set()
    stats: Counter[str] = Counter()
    for index, spec in enumerate(specs, start=1):
        check(spec)
        raw, mid = build(spec, index)
        assert mid not in seen_ids, mid
        seen_ids.add(mid)
        rel = f"{spec['kind']}/{index:03d}_{spec['scenario']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["language"]])
        stats[f"kind {spec['kind']}"] += 1
        stats[f"lang {spec['language']}"] += 1
        stats[f"structure {spec['structure']}"] += 1
        stats[f"charset {spec.get('charset', 'utf-8')}"] += 1
        stats[f"cte {spec.get('cte', 'quoted-printable')}"] += 1
        if spec.get("thread"):
            stats["threaded replies"] += 1
        if spec.get("attachments"):
            stats["with pdf"] += 1
        if "List-Unsubscribe" in spec.get("headers", {}):
            stats["list-unsubscribe"] += 1
        if "Auto-Submitted" in spec.get("headers", {}):
            stats["auto-submitted"] += 1
        if spec.get("reply_to"):
            stats["reply-to"] += 1
        if not spec["subject"].isascii() or any(
                not (p if isinstance(p, str) else p[0]).isascii() for p in [spec["from"]]):
            stats["rfc2047 header"] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}")


if __name__ == "__main__":
    main()
