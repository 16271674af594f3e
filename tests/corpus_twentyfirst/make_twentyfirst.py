"""Build the twenty-first corpus: .eml files and labels.csv from the hand-written message sources.

The messages themselves are written by hand in messages_*.txt next to this script (one block
per message); this script only wraps each block into a real MIME message with the transfer
encoding, charset, HTML shape, calendar part or attachment the block asks for, and gives every
message a Message-ID and threading headers. It imports only the standard library, so the
corpus never depends on the assistant package.

Block format (see README.md):

    @@ <kind> <scenario>
    lang: de            company: ...       contact: ...
    from: / reply-to: / to: / subject: / date: (YYYY-MM-DD HH:MM +ZZZZ)
    format: plain | html | alt           (default plain)
    cte: 8bit | qp | b64                 (default qp for non-ascii, else 7bit)
    charset: utf-8 | iso-8859-1 | windows-1252
    thread: <key>  /  key: <key>         (In-Reply-To/References to an earlier block)
    header: Name: value                  (extra header, repeatable)
    ics: METHOD|start|end|summary        (text/calendar part, times UTC YYYYMMDDTHHMMSSZ)
    attach: name.pdf
    --
    body (in html format: a blank line separates paragraphs, "> " lines become a blockquote)

Run: python tests/corpus_twentyfirst/make_twentyfirst.py
"""

from __future__ import annotations

import csv
import html
import logging
import re
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses
from pathlib import Path

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent
CANDIDATE = "Jonas Weber <jonas.weber@example.net>"
FIELDS = ("lang", "company", "contact", "from", "reply-to", "to", "cc", "subject", "date",
          "format", "cte", "charset", "thread", "key", "ics", "attach")


def parse_blocks(text: str) -> list[dict[str, object]]:
    """Split one source file into blocks; a block is its header fields, extra headers and body."""
    blocks: list[dict[str, object]] = []
    for chunk in re.split(r"^@@ ", text, flags=re.M)[1:]:
        head, _, body = chunk.partition("\n--\n")
        lines = head.splitlines()
        kind, scenario = lines[0].split(maxsplit=1)
        block: dict[str, object] = {"kind": kind, "scenario": scenario.strip(), "headers": [],
                                    "body": body.rstrip("\n") + "\n"}
        for line in lines[1:]:
            if not line.strip():
                continue
            name, _, value = line.partition(":")
            name = name.strip().lower()
            if name == "header":
                block["headers"].append(value.strip())  # type: ignore[union-attr]
            elif name in FIELDS:
                block[name] = value.strip()
            else:
                raise ValueError(f"{kind} {scenario}: unknown field {name!r}")
        blocks.append(block)
    return blocks


def to_html(body: str, charset: str = "utf-8") -> str:
    """A mail-client style HTML rendering: table layout, inline styles, a tracking pixel."""
    parts: list[str] = []
    quote: list[str] = []
    for para in re.split(r"\n\s*\n", body.strip()):
        lines = para.splitlines()
        if all(line.startswith(">") for line in lines):
            quote.extend(line[1:].strip() for line in lines)
            continue
        if quote:
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                         'padding-left:1ex">' + "<br>".join(html.escape(q) for q in quote)
                         + "</blockquote>")
            quote = []
        rendered = "<br>\n".join(_link(html.escape(line)) for line in lines)
        parts.append(f'<p style="margin:0 0 12px 0;font-family:Arial,Helvetica,sans-serif;'
                     f'font-size:14px;color:#222">{rendered}</p>')
    if quote:
        parts.append("<blockquote>" + "<br>".join(html.escape(q) for q in quote) + "</blockquote>")
    inner = "\n".join(parts)
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset={charset}"></head><body style="margin:0;padding:0">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            'style="background:#f4f4f4"><tr><td align="center">\n'
            '<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">'
            f"<tr><td>\n{inner}\n</td></tr></table>\n"
            "</td></tr></table>\n"
            '<img src="https://t.example.com/o/3f9a2c.gif" width="1" height="1" alt="" '
            'style="display:none">\n</body></html>\n')


def _link(line: str) -> str:
    """Turn bare URLs into anchors, the way bulk senders wrap them in click trackers."""
    return re.sub(r"(https?://[^\s<]+)",
                  lambda m: f'<a href="https://click.example.com/l?u={m.group(1)}" '
                            f'style="color:#0b5cab">{m.group(1)}</a>', line)


def ics_part(spec: str, organizer: str, uid: str) -> str:
    """A minimal but valid iCalendar invitation or cancellation."""
    method, start, end, summary = (s.strip() for s in spec.split("|"))
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    org = getaddresses([organizer])[0][1]
    return "".join(fold(line) + "\r\n" for line in [
        "BEGIN:VCALENDAR", "PRODID:-//Example Mail//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{start}",
        f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{summary}", f"STATUS:{status}",
        f"ORGANIZER;CN=Recruiting:mailto:{org}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        "mailto:jonas.weber@example.net",
        "SEQUENCE:" + ("1" if method == "CANCEL" else "0"), "END:VEVENT", "END:VCALENDAR"])


def fold(line: str) -> str:
    """RFC 5545 line folding (at most 75 octets a line), which calendar parsers expect."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > 74:
            out.append(current)
            current = " "
        current += char
    return "\r\n".join([*out, current])


def set_text(msg: EmailMessage, body: str, subtype: str, charset: str, cte: str) -> None:
    """Set one text part with the exact charset and transfer encoding the block asked for."""
    if not cte:
        cte = "7bit" if body.isascii() else "quoted-printable"
    cte = {"qp": "quoted-printable", "b64": "base64"}.get(cte, cte)
    msg.set_content(body, subtype=subtype, charset=charset, cte=cte)


def message_id(block: dict[str, object], number: int) -> str:
    """A stable Message-ID in the sender's domain, so regenerating gives identical files."""
    domain = getaddresses([str(block["from"])])[0][1].rpartition("@")[2] or "example.net"
    stamp = datetime.strptime(str(block["date"]), "%Y-%m-%d %H:%M %z")
    return f"<{stamp:%Y%m%d%H%M}.t21{number:03d}.{block['scenario']}@{domain}>"


def build(block: dict[str, object], ids: dict[str, str], number: int) -> EmailMessage:
    """One message from one block."""
    def get(name: str, default: str = "") -> str:
        return str(block.get(name, default))

    sender = get("from")
    stamp = datetime.strptime(get("date"), "%Y-%m-%d %H:%M %z")
    msgid = message_id(block, number)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    if get("reply-to"):
        msg["Reply-To"] = get("reply-to")
    msg["To"] = get("to", CANDIDATE)
    if get("cc"):
        msg["Cc"] = get("cc")
    msg["Subject"] = get("subject")
    msg["Date"] = format_datetime(stamp)
    msg["Message-ID"] = msgid
    if get("thread"):
        parent = ids.get(get("thread"), f"<{get('thread')}@mail.example.net>")
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for header in block["headers"]:  # type: ignore[attr-defined]
        name, _, value = header.partition(":")
        msg[name.strip()] = value.strip()
    charset, cte, fmt = get("charset", "utf-8"), get("cte"), get("format", "plain")
    body = str(block["body"])
    if fmt == "html":
        set_text(msg, to_html(body, charset), "html", charset, cte)
    else:
        set_text(msg, body, "plain", charset, cte)
        if fmt == "alt":
            alt = EmailMessage(policy=SMTP)
            set_text(alt, to_html(body, charset), "html", charset, cte)
            msg.make_alternative()
            msg.attach(alt)
    if get("ics"):
        if not msg.is_multipart():
            msg.make_mixed()
        cal = EmailMessage(policy=SMTP)
        cal.set_content(ics_part(get("ics"), sender, f"{msgid.strip('<>')}-ev"),
                        subtype="calendar", charset="utf-8",
                        cte="7bit" if get("ics").isascii() else "quoted-printable",
                        params={"method": get("ics").split("|")[0].strip()})
        msg.attach(cal)
    if get("attach"):
        msg.add_attachment(b"%PDF-1.4\n% placeholder\n%%EOF\n", maintype="application",
                           subtype="pdf", filename=get("attach"))
    for index, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"=_t21_{number:03d}_{index}_part")
    return msg


def keep_encoded_words(data: bytes, block: dict[str, object]) -> bytes:
    """Put back RFC 2047 headers exactly as written (the email package would re-encode them
    as UTF-8), so the corpus keeps ISO-8859-1 and Q/B encoded-words the way real senders emit them."""
    head, sep, body = data.partition(b"\r\n\r\n")
    for name in ("from", "reply-to", "subject"):
        raw = str(block.get(name, ""))
        if "=?" not in raw:
            continue
        pattern = rb"(?im)^" + re.escape(name.encode()) + rb":[^\r\n]*(?:\r\n[ \t][^\r\n]*)*"
        line = name.title().encode() + b": " + raw.encode("ascii")
        head = re.sub(pattern, lambda _m, text=line: text, head, count=1)
    return head + sep + body


def main() -> None:
    """Write every message and the label file; numbering is per kind, in source order."""
    blocks: list[dict[str, object]] = []
    for source in sorted(ROOT.glob("messages_*.txt")):
        blocks.extend(parse_blocks(source.read_text(encoding="utf-8")))
    ids = {str(block["key"]): message_id(block, number)
           for number, block in enumerate(blocks, 1) if "key" in block}
    counters: dict[str, int] = {}
    rows = []
    for number, block in enumerate(blocks, 1):
        kind = str(block["kind"])
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{block['scenario']}.eml"
        path = ROOT / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(keep_encoded_words(bytes(build(block, ids, number)), block))
        rows.append([rel, kind, block.get("company", ""), block.get("contact", ""),
                     block["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    logger.info("wrote %d messages", len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
