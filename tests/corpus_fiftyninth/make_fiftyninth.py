"""Build the fifty-ninth labelled corpus: one .eml per message in msgs59_*.py, plus labels.csv.

The message texts are written by hand in the msgs59_* modules (one entry per message, no
templates with names swapped); this script only wraps them in MIME structure (plain, HTML-only,
multipart/alternative, quoted-printable, base64, 8-bit legacy charsets, calendar parts,
attachments) so the same text is never tied to one encoding.  It may import only the standard
library and the msgs59_* modules next to it, and it writes and deletes files only inside
tests/corpus_fiftyninth/.
"""

from __future__ import annotations

import base64
import csv
import html
import logging
import quopri
import sys
from email.header import Header
from email.utils import formataddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs59_jobs_a  # noqa: E402
import msgs59_jobs_b  # noqa: E402
import msgs59_other  # noqa: E402

logger = logging.getLogger(__name__)

CANDIDATE = ("Siobhán Okafor-Lindqvist", "s.okafor.lindqvist@example.ie")
KIND_DIRS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
Part = tuple[list[tuple[str, str]], bytes]


def _addr(pair: tuple[str, str] | str) -> str:
    """An address header value; non-ASCII display names become RFC 2047 words."""
    if isinstance(pair, str):
        return pair
    name, address = pair
    return formataddr((name, address), charset="utf-8") if name else address


def _subject(text: str) -> str:
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(maxlinelen=76)


def _encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def _text_part(text: str, subtype: str, charset: str, cte: str, extra: str = "") -> Part:
    if cte in ("7bit", "auto") and not text.isascii():
        cte = "quoted-printable" if cte == "auto" else "8bit"
    elif cte == "auto":
        cte = "7bit"
    headers = [
        ("Content-Type", f'text/{subtype}; charset="{charset}"{extra}'),
        ("Content-Transfer-Encoding", cte),
    ]
    return headers, _encode_body(text, charset, cte)


def _auto_html(text: str, brand: str, tracked: bool) -> str:
    """Marketing-style HTML: a table layout with inline styles and a tracking pixel."""
    paras = []
    for block in text.strip().split("\n\n"):
        inner = "<br>\n".join(html.escape(line) for line in block.split("\n"))
        paras.append(f'<tr><td style="padding:6px 24px;font-family:Arial,sans-serif;'
                     f'font-size:14px;color:#333333">{inner}</td></tr>')
    pixel = ('<img src="https://t.example.net/o/8f3a1c.gif" width="1" height="1" alt="">'
             if tracked else "")
    head = (f'<tr><td style="background:#0b3d5c;color:#ffffff;padding:14px 24px;'
            f'font-size:18px"><img src="https://cdn.example.net/logo.png" alt="{html.escape(brand)}"'
            f' height="28"></td></tr>') if brand else ""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="margin:0;background:#f4f4f4">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            'style="max-width:640px;margin:0 auto;background:#ffffff">'
            + head + "\n".join(paras) + "</table>" + pixel + "</body></html>")


def _multipart(subtype: str, parts: list[Part], boundary: str) -> Part:
    body = b""
    for headers, payload in parts:
        body += f"--{boundary}\n".encode()
        body += "".join(f"{k}: {v}\n" for k, v in headers).encode() + b"\n"
        body += payload.rstrip(b"\n") + b"\n"
    body += f"--{boundary}--\n".encode()
    return [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], body


def _ics(spec: dict[str, str], sender: str) -> str:
    method = spec.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 16.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('seq', '0')}", f"DTSTAMP:{spec['start']}",
        f"DTSTART:{spec['start']}", f"DTEND:{spec['end']}",
        f"SUMMARY:{spec['summary']}", f"LOCATION:{spec.get('location', 'Microsoft Teams')}",
        f"ORGANIZER;CN={spec.get('cn', sender)}:mailto:{sender}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CANDIDATE[1]}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def message_id(msg: dict) -> str:
    """The Message-ID of an entry: stable, so a later entry can thread onto it by slug."""
    sender = msg["frm"] if isinstance(msg["frm"], str) else msg["frm"][1]
    stamp = msg["date"][5:16].replace(" ", "")
    return f"<{msg['slug']}.{stamp}@{sender.rsplit('@', 1)[1]}>"


def build(msg: dict, parents: dict[str, str] | None = None) -> bytes:
    """One message as bytes, with the structure its entry asks for.

    parents maps slugs to Message-IDs, so an entry with "parent" replies within the corpus.
    """
    charset = msg.get("cs", "utf-8")
    cte = msg.get("cte", "auto")
    fmt = msg.get("fmt", "plain")
    text = msg["body"].strip("\n") + "\n"
    brand = msg.get("brand", "")
    slug = msg["slug"]
    if fmt == "plain":
        root = _text_part(text, "plain", charset, cte)
    else:
        markup = msg.get("html") or _auto_html(text, brand, msg.get("tracked", True))
        html_part = _text_part(markup, "html", charset, cte)
        root = html_part if fmt == "html" else _multipart(
            "alternative", [_text_part(text, "plain", charset, cte), html_part], f"alt-{slug}")
    sender = msg["frm"] if isinstance(msg["frm"], str) else msg["frm"][1]
    if "ics" in msg:
        method = msg["ics"].get("method", "REQUEST")
        cal = _text_part(_ics(msg["ics"], sender), "calendar", "utf-8", "7bit",
                         f"; method={method}")
        if root[0][0][1].startswith("multipart/alternative"):
            inner = root
            root = _multipart("mixed", [inner, cal], f"mix-{slug}")
        else:
            root = _multipart("alternative", [root, cal], f"cal-{slug}")
    if "attach" in msg:
        name = msg["attach"]
        pdf = b"%PDF-1.4\n% placeholder letter for the corpus\n%%EOF\n"
        att = ([("Content-Type", f'application/pdf; name="{name}"'),
                ("Content-Disposition", f'attachment; filename="{name}"'),
                ("Content-Transfer-Encoding", "base64")], base64.encodebytes(pdf))
        root = _multipart("mixed", [root, att], f"att-{slug}")
    headers = [
        ("Return-Path", f"<{msg.get('bounce', sender)}>"),
        ("From", _addr(msg["frm"])),
        ("To", _addr(msg.get("to", CANDIDATE))),
        ("Subject", _subject(msg["subject"])),
        ("Date", msg["date"]),
        ("Message-ID", message_id(msg)),
        ("MIME-Version", "1.0"),
    ]
    if "reply_to" in msg:
        headers.insert(2, ("Reply-To", _addr(msg["reply_to"])))
    if "cc" in msg:
        headers.insert(3, ("Cc", _addr(msg["cc"])))
    chain = [(parents or {}).get(msg.get("parent", ""), ""), msg.get("irt", "")]
    chain = [ref for ref in chain if ref]
    if chain:
        headers.append(("In-Reply-To", chain[-1]))
        headers.append(("References", " ".join(chain)))
    headers.extend(msg.get("hdrs", {}).items())
    headers.extend(root[0])
    return "".join(f"{k}: {v}\n" for k, v in headers).encode() + b"\n" + root[1]


def main() -> None:
    messages = msgs59_jobs_a.MESSAGES + msgs59_jobs_b.MESSAGES + msgs59_other.MESSAGES
    for kind in KIND_DIRS:
        for old in (ROOT / kind).glob("*.eml"):
            old.unlink()
    parents = {msg["slug"]: message_id(msg) for msg in messages}
    rows = []
    counters = dict.fromkeys(KIND_DIRS, 0)
    for msg in messages:
        kind = msg["kind"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{msg['slug']}.eml"
        (ROOT / kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(msg, parents))
        company = msg.get("company", "")
        rows.append([rel, kind, company, msg.get("contact", ""), msg["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    logger.info("wrote %d messages", len(rows))


if __name__ == "__main__":
    main()
