"""Build the hundredeighteenth corpus: hand-written message specs -> .eml files + labels.csv.

Run from anywhere: python tests/corpus_hundredeighteenth/make_hundredeighteenth.py
It writes and deletes files only inside its own folder (the kind folders and labels.csv).
Standard library only; the MIME is built with the `email` package (compat32 message objects so
that charsets, transfer encodings and RFC 2047 header words are exactly what each spec asks for).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import quopri
import re
import sys
from datetime import datetime, timedelta
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from msgs118_acks import ACKS  # noqa: E402
from msgs118_common import CAND, ME  # noqa: E402
from msgs118_invites import INVITES  # noqa: E402
from msgs118_other import OTHERS  # noqa: E402
from msgs118_rejections import REJECTIONS  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
POLICY = policy.compat32.clone(linesep="\n", max_line_length=78)


def _fits(text: str, charset: str) -> str:
    """The charset asked for when it can carry the text, else utf-8."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def _addr(value: tuple[str, str] | str, charset: str) -> str:
    if isinstance(value, str):
        return value
    name, addr = value
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=_fits(name, charset))


def _addrs(values: list, charset: str) -> str:
    return ", ".join(_addr(v, charset) for v in values)


def _header(value: str, charset: str, name: str) -> Header | str:
    if value.isascii():
        return value
    return Header(value, _fits(value, charset), header_name=name)


def _sig_fix(text: str) -> str:
    """A line that is exactly '--' is the signature delimiter '-- ' (kept out of the .py sources)."""
    return "\n".join("-- " if line == "--" else line for line in text.split("\n"))


class _TextOfHtml(HTMLParser):
    """The text alternative an ATS derives from its own HTML (links shown as 'label <url>')."""

    BLOCKS = frozenset({"p", "br", "tr", "div", "table", "li", "h1", "h2", "h3"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "title", "head"):
            self.skip += 1
        if tag in self.BLOCKS:
            self.out.append("\n")
        if tag == "a":
            self.href = dict(attrs).get("href")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "head"):
            self.skip -= 1
        if tag == "p":
            self.out.append("\n")
        if tag == "a" and self.href:
            self.out.append(f" <{self.href}>")
            self.href = None

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def text_of_html(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    lines = [line.strip() for line in "".join(parser.out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    text = _sig_fix(text)
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    if cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        assert all(len(line) <= 990 for line in data.split(b"\n")), "8bit line too long"
        payload = data.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def make_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF (Helvetica, WinAnsi) with the given lines of text."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 790 Td 15 TL\n" + "".join(f"({esc(x)}) '\n" for x in lines) + "ET"
    cbytes = content.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(cbytes) + cbytes + b"\nendstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def pdf_part(att: dict) -> Message:
    part = Message()
    name = att["filename"]
    if name.isascii():
        part["Content-Type"] = f'application/pdf; name="{name}"'
        part["Content-Disposition"] = f'attachment; filename="{name}"'
    else:
        part["Content-Type"] = "application/pdf"
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(make_pdf(att["lines"])).decode("ascii"))
    return part


def ics_part(ics: dict, organizer: tuple[str, str]) -> Message:
    method = ics["method"]
    stamp = ics.get("stamp", "20260101T090000Z")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
             f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME[0]}:mailto:{CAND}",
             f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID={ics['tz']}:{ics['start']}", f"DTEND;TZID={ics['tz']}:{ics['end']}",
             f"SUMMARY:{ics['summary']}", f"LOCATION:{ics.get('location', '')}",
             f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
             "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 75:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    data = ("\r\n".join(folded) + "\r\n").encode("utf-8")
    part = Message()
    part["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    msg = Message()
    msg["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    msg.set_payload(parts)
    return msg


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def fake_ids(seed: str, n: int, domain: str) -> list[str]:
    return [f"<{hashlib.sha1(f'{seed}-{i}'.encode()).hexdigest()[:20]}@{domain}>" for i in range(n)]


def build(spec: dict) -> Message:
    charset = spec.get("charset", "utf-8")
    hcs = spec.get("hcharset", charset if charset != "windows-1252" else "utf-8")
    cte = spec.get("cte", "quoted-printable")
    fmt = spec.get("fmt", "plain")
    frm = spec["frm"]
    seed = spec["kind"] + spec["name"] + spec["subject"]
    bnd = "----=_Part_" + hashlib.md5(seed.encode()).hexdigest()[:16]

    if fmt == "plain":
        body = text_part(spec["body"], "plain", charset, cte)
    elif fmt == "html":
        body = text_part(spec["html"], "html", charset, spec.get("html_cte", cte))
    elif fmt == "alt":
        plain = spec.get("body") or text_of_html(spec["html"])
        body = multipart("alternative", [
            text_part(plain, "plain", charset, cte),
            text_part(spec["html"], "html", charset, spec.get("html_cte", cte))], bnd + "_alt")
    else:
        raise ValueError(fmt)
    if spec.get("ics"):
        organizer = spec["ics"].get("organizer", frm if isinstance(frm, tuple) else ("", frm))
        cal = ics_part(spec["ics"], organizer)
        if body.get_content_type() == "multipart/alternative":
            body.get_payload().append(cal)
        else:
            body = multipart("alternative", [body, cal], bnd + "_cal")
    if spec.get("attach"):
        body = multipart("mixed", [body, *[pdf_part(a) for a in spec["attach"]]], bnd + "_mix")

    msg = Message()
    msg["From"] = _addr(frm, hcs)
    if spec.get("sender"):
        msg["Sender"] = spec["sender"]
    if spec.get("reply_to"):
        msg["Reply-To"] = _addr(spec["reply_to"], hcs)
    msg["To"] = _addrs(spec.get("to", [ME]), hcs)
    if spec.get("cc"):
        msg["Cc"] = _addrs(spec["cc"], hcs)
    msg["Subject"] = _header(spec["subject"], hcs, "Subject")
    date = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    msg["Date"] = format_datetime(date + timedelta(seconds=int(hashlib.md5(seed.encode()).hexdigest(), 16) % 60))
    msg["Message-ID"] = spec["msgid"]
    thread = spec.get("thread")
    if thread:
        if isinstance(thread, int):
            thread = fake_ids(seed, thread, spec.get("thread_domain", "mail.gmail.com"))
        msg["In-Reply-To"] = thread[-1]
        msg["References"] = " ".join(thread)
    for name, value in spec.get("headers", {}).items():
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    for name, value in body.items():
        msg[name] = value
    msg.set_payload(body._payload)  # raw: get_payload() would decode 8bit text
    return msg


def assign_ids(specs: list[dict]) -> None:
    seen = set()
    for spec in specs:
        if "msgid" not in spec:
            frm = spec["frm"]
            addr = frm if isinstance(frm, str) else frm[1]
            digest = hashlib.sha1((spec["kind"] + spec["name"] + spec["date"]).encode()).hexdigest()
            spec["msgid"] = f"<{digest[:10]}.{digest[10:22]}@{spec.get('id_domain', _domain(addr))}>"
        assert spec["msgid"] not in seen, spec["msgid"]
        seen.add(spec["msgid"])


def check(spec: dict) -> None:
    assert spec["kind"] in KINDS, spec["name"]
    assert spec["lang"] in LANGS, spec["name"]
    contact = spec["contact"]
    assert contact == contact.lower(), spec["name"]
    if spec["kind"] == "other":
        assert spec["company"] == "", spec["name"]
    else:
        assert spec["company"], spec["name"]
    if contact:
        found = []
        for key in ("frm", "reply_to"):
            value = spec.get(key)
            if value:
                found.append((value if isinstance(value, str) else value[1]).lower())
        assert contact in found, (spec["name"], contact, found)


def main() -> None:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHERS]
    for spec in specs:
        check(spec)
    assign_ids(specs)
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    counters = dict.fromkeys(KINDS, 0)
    rows = []
    for spec in specs:
        kind = spec["kind"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['name']}.eml"
        (HERE / kind).mkdir(exist_ok=True)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(build(spec))
        (HERE / rel).write_bytes(buf.getvalue())
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages written", counters)


if __name__ == "__main__":
    main()
