"""Build the hundred-thirty-sixth labelled corpus from the hand-written specs in msgs136_*.py.

Run it as a script (python tests/corpus_hundredthirtysixth/make_hundredthirtysixth.py): it
rewrites <kind>/<nnn>_<scenario>.eml and labels.csv inside its own folder and nothing else.
Standard library only. The MIME is assembled part by part (compat32 messages) so that every
charset, transfer encoding and RFC 2047 header is exactly the one the spec asks for.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import re
from collections import Counter
from datetime import datetime
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

import msgs136_acks
import msgs136_invites
import msgs136_other
import msgs136_rejections
from msgs136_common import CANDIDATE, CANDIDATE_NAME

HERE = Path(__file__).resolve().parent
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
CTE = {"qp": "quoted-printable", "8bit": "8bit", "base64": "base64", "7bit": "7bit"}
POLICY = compat32.clone(linesep="\n", max_line_length=78)


def all_specs() -> list[dict]:
    return [*msgs136_rejections.MESSAGES, *msgs136_invites.MESSAGES,
            *msgs136_acks.MESSAGES, *msgs136_other.MESSAGES]


# ---------------------------------------------------------------- parts

def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = CTE[cte]
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    node = Message()
    node["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        node.attach(part)
    return node


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small but valid one-page PDF (Helvetica, WinAnsi) holding the given lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "72 780 Td", f"({esc(title)}) Tj", "/F1 10 Tf"]
    for line in lines:
        ops += ["0 -15 Td", f"({esc(line)}) Tj"]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (corpus136) >>",
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


def pdf_part(attachment: dict) -> Message:
    part = Message()
    name = attachment["filename"]
    part["Content-Type"] = f'application/pdf; name="{name}"'
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    data = pdf_bytes(attachment["title"], attachment["lines"])
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def ics_text(cal: dict) -> str:
    tz = cal.get("tz", "Europe/Brussels")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{cal['stamp']}",
        f"DTSTART;TZID={tz}:{cal['start']}",
        f"DTEND;TZID={tz}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN={cal['organizer'][0]}:mailto:{cal['organizer'][1]}",
        f"ATTENDEE;CN={CANDIDATE_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CANDIDATE}",
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
    ]
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{cal['description']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def calendar_part(cal: dict) -> Message:
    part = text_part(ics_text(cal), "calendar", "utf-8", cal.get("cte", "7bit"))
    part.replace_header("Content-Type", f'text/calendar; charset="utf-8"; method={cal["method"]}')
    if cal.get("as_file"):
        part["Content-Disposition"] = f'attachment; filename="{cal["as_file"]}"'
    return part


def html_to_text(markup: str) -> str:
    """What an ATS puts in the text/plain half it derives from its HTML."""
    s = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", "", markup)
    s = re.sub(r'(?is)<a\s[^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 [\1]", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table)>", "\n", s)
    s = re.sub(r"(?i)<li[^>]*>", "- ", s)
    s = re.sub(r"(?i)</t[dh]>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in s.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def body_to_html(text: str, style: str, charset: str) -> str:
    """The HTML half a desktop mail program writes beside the text the user typed."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    if style == "outlook":
        paras = "\n".join(
            '<p class="MsoNormal">' + "<br>\n".join(html.escape(line) for line in b.split("\n")) + "</p>"
            for b in blocks)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
                '<style><!-- p.MsoNormal {margin:0cm 0cm 8pt 0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;} --></style></head>\n'
                '<body lang="FR-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
                f"{paras}\n</div></body></html>\n")
    paras = "\n".join("<div>" + "<br>".join(html.escape(line) for line in b.split("\n")) + "</div><div><br></div>"
                      for b in blocks)
    return f'<div dir="ltr">\n{paras}\n</div>\n'


def body_of(spec: dict, n: int) -> tuple[Message, str]:
    """The MIME tree of a spec and the name of its structure."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    html_cte = spec.get("html_cte", cte)
    bnd = f"=_b136_{n:03d}_"
    text = spec.get("body")
    markup = spec.get("html")
    if markup is None and spec.get("html_from_body"):
        markup = body_to_html(text, spec["html_from_body"], charset)
    if markup is not None and (text is not None or spec.get("alt")):
        plain = text if text is not None else html_to_text(markup)
        parts = [text_part(plain, "plain", charset, cte), text_part(markup, "html", charset, html_cte)]
        if spec.get("ical") and not spec["ical"].get("as_file"):
            parts.append(calendar_part(spec["ical"]))
        root, shape = multipart("alternative", parts, bnd + "alt"), "multipart/alternative"
    elif markup is not None:
        root, shape = text_part(markup, "html", charset, html_cte), "text/html"
    else:
        root, shape = text_part(text, "plain", charset, cte), "text/plain"
        if spec.get("ical") and not spec["ical"].get("as_file"):
            root = multipart("alternative", [root, calendar_part(spec["ical"])], bnd + "alt")
            shape = "multipart/alternative"
    extras = [pdf_part(a) for a in spec.get("attach", [])]
    if spec.get("ical") and spec["ical"].get("as_file"):
        extras.append(calendar_part(spec["ical"]))
    if extras:
        root, shape = multipart("mixed", [root, *extras], bnd + "mix"), "multipart/mixed"
    return root, shape


# ---------------------------------------------------------------- headers

def header_charset(spec: dict) -> str:
    return spec.get("header_charset", "utf-8")


def address(pair: tuple[str, str] | str, charset: str) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    try:
        return formataddr((name, addr), charset=charset)
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")


def addresses(value: object, charset: str) -> str:
    if isinstance(value, list):
        return ", ".join(address(v, charset) for v in value)
    return address(value, charset)  # type: ignore[arg-type]


def domain_of(spec: dict) -> str:
    frm = spec["frm"]
    addr = frm if isinstance(frm, str) else frm[1]
    return addr.rsplit("@", 1)[1]


def build(spec: dict, n: int) -> tuple[bytes, str]:
    charset = header_charset(spec)
    root, shape = body_of(spec, n)
    msg = Message()
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    for name, value in spec.get("pre_headers", {}).items():
        msg[name] = value
    msg["From"] = address(spec["frm"], charset)
    if spec.get("sender"):
        msg["Sender"] = spec["sender"]
    if spec.get("reply_to"):
        msg["Reply-To"] = addresses(spec["reply_to"], charset)
    msg["To"] = addresses(spec.get("to", (CANDIDATE_NAME, CANDIDATE)), charset)
    if spec.get("cc"):
        msg["Cc"] = addresses(spec["cc"], charset)
    subject = spec["subject"]
    if subject.isascii():
        msg["Subject"] = subject
    else:
        try:
            subject.encode(charset)
        except UnicodeEncodeError:
            raise SystemExit(f"{spec['slug']}: subject not in {charset}") from None
        msg["Subject"] = Header(subject, charset, header_name="Subject")
    msg["Date"] = format_datetime(when)
    digest = hashlib.sha1(f"{spec['slug']}|{spec['date']}|{n}".encode()).hexdigest()[:16]
    msg["Message-ID"] = spec.get("mid") or f"<{digest}.{when:%Y%m%d%H%M}@{domain_of(spec)}>"
    if spec.get("irt"):
        msg["In-Reply-To"] = spec["irt"]
        msg["References"] = " ".join(spec.get("refs") or [spec["irt"]])
    for name, value in spec.get("headers", {}).items():
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    for name, value in root.items():
        msg[name] = value
    msg.set_payload(root._payload)  # the raw (already encoded) payload, not a decoded copy
    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(msg)
    # compat32 folds a long unbreakable value (a Message-ID) onto a line of its own; mail
    # programs keep it on the header line, so join it back.
    data = re.sub(rb"^([A-Za-z-]+): \n (?=\S)", rb"\1: ", buffer.getvalue(), flags=re.MULTILINE)
    return data, shape


# ---------------------------------------------------------------- corpus

def check(spec: dict) -> None:
    where = spec["slug"]
    assert spec["kind"] in KINDS, where
    assert spec["lang"] in ("en", "de", "fr", "es"), where
    assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), where
    assert (spec["company"] == "") == (spec["kind"] == "other"), where
    contact = spec["contact"]
    if contact:
        pool = [spec["frm"], *([spec["reply_to"]] if spec.get("reply_to") else [])]
        flat = [p for item in pool for p in (item if isinstance(item, list) else [item])]
        addrs = [(p if isinstance(p, str) else p[1]).lower() for p in flat]
        assert contact == contact.lower() and contact in addrs, where
        assert contact != CANDIDATE, where


def main() -> None:
    specs = all_specs()
    for spec in specs:
        check(spec)
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    numbers: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    ctes: Counter[str] = Counter()
    seen_ids: set[str] = set()
    for n, spec in enumerate(specs, start=1):
        numbers[spec["kind"]] += 1
        rel = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['slug']}.eml"
        try:
            data, shape = build(spec, n)
        except UnicodeEncodeError as error:
            raise SystemExit(f"{spec['slug']}: {error}") from None
        (HERE / rel).write_bytes(data)
        mid = re.search(rb"^Message-ID: (.+)$", data, re.MULTILINE | re.IGNORECASE)
        assert mid and mid.group(1) not in seen_ids, rel
        seen_ids.add(mid.group(1))
        shapes[shape] += 1
        charsets[spec.get("charset", "utf-8")] += 1
        ctes[spec.get("cte", "qp")] += 1
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(len(rows), "messages")
    print("kinds", dict(Counter(r[1] for r in rows)))
    print("languages", dict(Counter(r[4] for r in rows)))
    print("structure", dict(shapes))
    print("charsets", dict(charsets), "transfer", dict(ctes))
    print("calendar", sum(1 for s in specs if s.get("ical")),
          "pdf", sum(1 for s in specs if s.get("attach")))


if __name__ == "__main__":
    main()
