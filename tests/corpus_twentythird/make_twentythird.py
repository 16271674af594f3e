"""Build the twenty-third corpus (.eml files and labels.csv) from the hand-written sources/*.txt.

Each message is written by hand in sources/<kind>.txt; this script only turns a block into a
MIME message with the structure the block asks for (plain, HTML-only, multipart/alternative,
charset, transfer encoding, a text/calendar part, an attachment). It imports only the standard
library, so it can be rerun anywhere: `python tests/corpus_twentythird/make_twentythird.py [OUTDIR]`.

Block format (blocks start with `=== <scenario>`; header lines until `---`, then the body):
  kind/company/contact/lang  the labels (lower-case keys)
  @form     plain | html | alt (alt: the body is text, HTML is derived, or given after `--- html`)
  @cte      7bit | 8bit | quoted-printable | base64 (default: 7bit if ASCII else quoted-printable)
  @charset  body charset (default utf-8); @hdrcharset for RFC 2047 words (default utf-8)
  @ics      METHOD|start|end|summary|location (times `YYYY-MM-DD HH:MM` in UTC)
  @attach   a file name; a small application/pdf part is attached
  @reply    present: In-Reply-To/References point at the candidate's earlier message
  @parent   a scenario in the corpus this message answers (its Message-ID joins References)
  Anything else is a header written as given (non-ASCII values become encoded words).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import re
import sys
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CANDIDATE_ADDRESS = "priya.raman@example.org"
CANDIDATE = f"Priya Raman <{CANDIDATE_ADDRESS}>"
ADDRESS_HEADERS = {"from", "to", "cc", "reply-to", "sender"}
KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]


def parse_blocks(text: str) -> list[dict[str, object]]:
    """Split a source file into blocks of labels, options, headers and body."""
    blocks = []
    for chunk in re.split(r"^=== ", text, flags=re.M)[1:]:
        head, _, body = chunk.partition("\n---\n")
        lines = head.splitlines()
        block: dict[str, object] = {"scenario": lines[0].strip(), "headers": [], "opts": {}}
        for line in lines[1:]:
            if not line.strip():
                continue
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if key in {"kind", "company", "contact", "lang"}:
                block[key] = value
            elif key.startswith("@"):
                block["opts"][key[1:]] = value  # type: ignore[index]
            else:
                block["headers"].append((key, value))  # type: ignore[union-attr]
        text_body, _, html_body = body.partition("\n--- html\n")
        block["body"] = text_body.rstrip("\n") + "\n"
        block["html"] = html_body.rstrip("\n") + "\n" if html_body else ""
        blocks.append(block)
    return blocks


def encode_header(name: str, value: str, charset: str) -> str:
    """A header line, with encoded words where the value is not ASCII."""
    if value.isascii():
        return f"{name}: {value}"
    if name.lower() in ADDRESS_HEADERS:
        pairs = getaddresses([value])
        return f"{name}: " + ", ".join(formataddr(pair, charset) for pair in pairs)
    return f"{name}: " + Header(value, charset, header_name=name).encode()


def text_part(text: str, subtype: str, charset: str, cte: str | None) -> bytes:
    """One text/* part; the transfer encoding is the block's choice."""
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    head = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode("ascii") + payload


def derive_html(text: str, sender_domain: str) -> str:
    """The HTML twin a mail system would send: paragraphs, tracked links, a styled table."""

    def para(chunk: str) -> str:
        escaped = html.escape(chunk).replace("\n", "<br>\n")
        escaped = re.sub(
            r"(https?://[^\s<]+)",
            lambda m: f'<a href="https://click.{sender_domain}/ls/click?upn={_token(m.group(1))}"'
            f' style="color:#1a5fb4">{m.group(1)}</a>',
            escaped,
        )
        if chunk.startswith(">"):
            return f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{escaped}</blockquote>'
        return f'<p style="margin:0 0 12px 0">{escaped}</p>'

    paras = "\n".join(para(c) for c in text.strip().split("\n\n"))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td style="padding:16px">\n'
        f"{paras}\n"
        "</td></tr></table>\n"
        f'<img src="https://open.{sender_domain}/o/{_token(text)}.gif" width="1" height="1" alt="">\n'
        "</body></html>\n"
    )


def _token(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:20]


def ics_part(spec: str, organizer: str) -> bytes:
    """A text/calendar part (REQUEST or CANCEL) as calendar software attaches it."""
    method, start, end, summary, location = (s.strip() for s in spec.split("|"))
    fmt = "%Y%m%dT%H%M%SZ"
    start_s = datetime.strptime(start, "%Y-%m-%d %H:%M").strftime(fmt)
    end_s = datetime.strptime(end, "%Y-%m-%d %H:%M").strftime(fmt)
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    addr = getaddresses([organizer])[0][1]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus Twentythird//Calendar//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{_token(addr + summary)}@{addr.split('@')[1]}",
        f"DTSTAMP:{start_s}",
        f"DTSTART:{start_s}",
        f"DTEND:{end_s}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        f"ORGANIZER;CN=Organizer:mailto:{addr}",
        "ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman@example.org",
        f"STATUS:{status}",
        "SEQUENCE:1" if method == "CANCEL" else "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    body = "\r\n".join(lines).encode("utf-8") + b"\r\n"
    head = (
        f'Content-Type: text/calendar; charset="utf-8"; method={method}\n'
        "Content-Transfer-Encoding: base64\n\n"
    )
    return head.encode("ascii") + base64.encodebytes(body)


def pdf_part(name: str) -> bytes:
    """A tiny PDF-like attachment: the content does not matter, its presence does."""
    data = b"%PDF-1.4\n% corpus placeholder for " + name.encode() + b"\n%%EOF\n"
    head = (
        f'Content-Type: application/pdf; name="{name}"\n'
        f'Content-Disposition: attachment; filename="{name}"\n'
        "Content-Transfer-Encoding: base64\n\n"
    )
    return head.encode("ascii") + base64.encodebytes(data)


def multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()
    for part in parts:
        out += f"--{boundary}\n".encode() + part + b"\n"
    return out + f"--{boundary}--\n".encode()


def message_id(block: dict[str, object], number: int) -> str:
    """A stable Message-ID on the sender's domain."""
    headers: list[tuple[str, str]] = block["headers"]  # type: ignore[assignment]
    sender = next(v for k, v in headers if k.lower() == "from")
    domain = getaddresses([sender])[0][1].split("@")[1]
    return f"<{_token(str(block['scenario']))}.{number:03d}@{domain}>"


def build(
    block: dict[str, object], number: int, ids: dict[str, str], senders: dict[str, str]
) -> bytes:
    """The whole message as bytes; ids and senders (by scenario) let replies thread."""
    opts: dict[str, str] = block["opts"]  # type: ignore[assignment]
    headers: list[tuple[str, str]] = list(block["headers"])  # type: ignore[arg-type]
    names = {k.lower() for k, _ in headers}
    sender = next(v for k, v in headers if k.lower() == "from")
    domain = getaddresses([sender])[0][1].split("@")[1]
    scenario = str(block["scenario"])
    if "to" not in names:
        headers.append(("To", CANDIDATE))
    date = next(v for k, v in headers if k.lower() == "date")
    headers = [(k, v) for k, v in headers if k.lower() != "date"]
    headers.insert(0, ("Date", format_datetime(datetime.strptime(date, "%Y-%m-%d %H:%M %z"))))
    headers.append(("Message-ID", ids[scenario]))
    if "parent" in opts:
        parent = ids[opts["parent"]]
        if CANDIDATE_ADDRESS in sender or CANDIDATE_ADDRESS in senders[opts["parent"]]:
            headers += [("In-Reply-To", parent), ("References", parent)]
        else:
            own = f"<CAH{_token(scenario + 'own')}@mail.example.org>"
            headers += [("In-Reply-To", own), ("References", f"{parent} {own}")]
    elif "reply" in opts:
        parent = f"<CAH{_token(scenario + 'parent')}@mail.example.org>"
        root = f"<CAH{_token(scenario + 'root')}@mail.example.org>"
        headers += [("In-Reply-To", parent), ("References", f"{root} {parent}")]
    headers.append(("MIME-Version", "1.0"))
    charset = opts.get("charset", "utf-8")
    cte = opts.get("cte")
    form = opts.get("form", "plain")
    body = str(block["body"])
    if form == "plain":
        content = text_part(body, "plain", charset, cte)
    elif form == "html":
        content = text_part(body, "html", charset, cte)
    else:
        html_body = str(block["html"]) or derive_html(body, domain)
        content = multipart(
            "alternative",
            [text_part(body, "plain", charset, cte), text_part(html_body, "html", charset, cte)],
            f"alt_{_token(scenario)}",
        )
    if "ics" in opts:
        if form != "alt":
            content = multipart("alternative", [content], f"alt_{_token(scenario)}")
        content = multipart(
            "mixed", [content, ics_part(opts["ics"], sender)], f"mix_{_token(scenario)}"
        )
    if "attach" in opts:
        content = multipart("mixed", [content, pdf_part(opts["attach"])], f"att_{_token(scenario)}")
    hdr_charset = opts.get("hdrcharset", "utf-8")
    head = "\n".join(encode_header(k, v, hdr_charset) for k, v in headers) + "\n"
    return head.encode("ascii") + content


def main(out: Path = ROOT) -> None:
    """Write every message and labels.csv under out (the corpus folder unless told)."""
    blocks = []
    for kind in KIND_ORDER:
        for block in parse_blocks((ROOT / "sources" / f"{kind}.txt").read_text(encoding="utf-8")):
            assert block["kind"] == kind, block["scenario"]
            blocks.append(block)
    ids = {str(b["scenario"]): message_id(b, n) for n, b in enumerate(blocks, start=1)}
    assert len(ids) == len(blocks), "scenario names must be unique"
    senders = {
        str(b["scenario"]): next(v for k, v in b["headers"] if k.lower() == "from")  # type: ignore[attr-defined]
        for b in blocks
    }
    for stale in out.glob("*/*.eml"):
        stale.unlink()
    rows = []
    for number, block in enumerate(blocks, start=1):
        rel = f"{block['kind']}/{number:03d}_{block['scenario']}.eml"
        path = out / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(build(block, number, ids, senders))
        rows.append([rel, block["kind"], block.get("company", ""), block.get("contact", ""), block["lang"]])
    with (out / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT)
