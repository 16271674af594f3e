"""Writes the 85th labelled corpus: tests/corpus_eightyfifth/<kind>/<nnn>_<scenario>.eml + labels.csv.

The messages themselves live in the msgs85_*.py modules next to this file (one or two per
kind); this script only turns each hand-written message into MIME (plain, HTML-only,
multipart/alternative, quoted-printable, base64, legacy charsets, quoted reply chains,
text/calendar parts, attachments) and writes the label file. It imports only the standard
library and those data modules, and it creates and deletes files inside its own folder only.

Run: python tests/corpus_eightyfifth/make_eightyfifth.py
"""

from __future__ import annotations

import csv
import html
import re
import sys
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CANDIDATE = "Jonas Okonkwo-Brandt <jonas.ob@example.de>"
KIND_DIRS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
             "missed_interview_notice", "application_received", "offer", "other")


@dataclass
class Msg:
    """One hand-written message and its labels (company/contact are the truth, not derived)."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    frm: str
    subject: str
    body: str
    date: str                      # "2026-03-04 09:12 +0100"
    to: str = CANDIDATE
    reply_to: str | None = None
    cc: str | None = None
    fmt: str = "plain"             # plain | html | alt
    charset: str = "utf-8"
    cte: str | None = None         # quoted-printable | base64 | 8bit | None (library picks)
    quote: tuple[str, str, str] | None = None   # (style, attribution, quoted text)
    ics: str | None = None         # a VCALENDAR text, added as a text/calendar part
    attach: tuple[str, str] | None = None       # (filename, mime type) of a small dummy file
    headers: dict[str, str] = field(default_factory=dict)
    thread: str | None = None      # Message-ID replied to, or "@slug" of a corpus message


def _domain(address: str) -> str:
    match = re.search(r"@([\w.-]+)", address)
    return match.group(1) if match else "example.com"


def _quoted(style: str, attribution: str, text: str) -> str:
    """A reply chain the way each mail program writes it, below the new text."""
    if style == "outlook":
        return "\n\n________________________________\n" + attribution + "\n\n" + text
    if style == "fwd":
        return "\n\n---------- Forwarded message ---------\n" + attribution + "\n\n" + text
    lines = "\n".join("> " + line if line else ">" for line in text.splitlines())
    return "\n\n" + attribution + "\n" + lines


def _to_html(text: str, brand: str) -> str:
    """An employer-style HTML rendering: a table layout, inline styles and tracking links."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    cells = []
    for para in paras:
        escaped = html.escape(para).replace("\n", "<br>\n")
        escaped = re.sub(r"(https?://[^\s<]+)",
                         lambda m: f'<a href="https://click.{brand}/t/ls?u={m.group(1)}" '
                                   f'style="color:#0a58ca">{m.group(1)}</a>', escaped)
        cells.append(f'<tr><td style="font-family:Arial,sans-serif;font-size:14px;'
                     f'color:#222;padding:6px 24px">{escaped}</td></tr>')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            'style="background:#f4f4f4"><tr><td align="center">'
            '<table width="600" style="background:#ffffff">'
            f'<tr><td style="padding:16px 24px"><img src="https://cdn.{brand}/logo.png" '
            f'alt="{html.escape(brand)} logo" height="32"></td></tr>'
            + "\n".join(cells) +
            f'</table><img src="https://click.{brand}/o/px.gif" width="1" height="1" alt="">'
            '</td></tr></table></body></html>')


def message_id(msg: Msg) -> str:
    """A stable Message-ID, so a reply in the corpus can name the message it answers."""
    when = datetime.strptime(msg.date, "%Y-%m-%d %H:%M %z")
    return f"<{when:%Y%m%d%H%M}.{msg.slug}@{_domain(msg.frm)}>"


def build(msg: Msg, ids: dict[str, str]) -> EmailMessage:
    """The MIME message for one Msg; ids maps slugs to Message-IDs for "@slug" threads."""
    out = EmailMessage()
    when = datetime.strptime(msg.date, "%Y-%m-%d %H:%M %z")
    out["From"] = msg.frm
    out["To"] = msg.to
    if msg.cc:
        out["Cc"] = msg.cc
    if msg.reply_to:
        out["Reply-To"] = msg.reply_to
    out["Subject"] = msg.subject
    out["Date"] = format_datetime(when)
    out["Message-ID"] = ids[msg.slug]
    if msg.thread:
        parent = ids[msg.thread[1:]] if msg.thread.startswith("@") else msg.thread
        out["In-Reply-To"] = parent
        out["References"] = parent
    out["MIME-Version"] = "1.0"
    for name, value in msg.headers.items():
        out[name] = value
    text = msg.body.strip("\n") + "\n"
    if msg.quote:
        text = text.rstrip("\n") + _quoted(*msg.quote) + "\n"
    brand = _domain(msg.frm)
    kwargs: dict[str, str] = {"charset": msg.charset}
    if msg.cte:
        kwargs["cte"] = msg.cte
    if msg.fmt == "html":
        out.set_content(_to_html(text, brand), subtype="html", **kwargs)
    elif msg.fmt == "alt":
        out.set_content(text, **kwargs)
        out.add_alternative(_to_html(text, brand), subtype="html", **kwargs)
    else:
        out.set_content(text, **kwargs)
    if msg.ics:
        method = re.search(r"METHOD:(\w+)", msg.ics)
        if not out.is_multipart():
            out.make_mixed()
        out.add_attachment(msg.ics.strip() + "\n", subtype="calendar", disposition="inline",
                           params={"method": method.group(1) if method else "REQUEST"},
                           filename="invite.ics")
    if msg.attach:
        filename, mime = msg.attach
        maintype, subtype = mime.split("/")
        out.add_attachment(b"%PDF-1.4\n% placeholder document for the corpus\n%%EOF\n",
                           maintype=maintype, subtype=subtype, filename=filename)
    multiparts = [part for part in out.walk() if part.is_multipart()]
    for depth, part in enumerate(multiparts):
        part.set_boundary(f"----=_Part_{depth}_{zlib.crc32(msg.slug.encode()):08x}")
    return out


def ics(method: str, uid: str, summary: str, start: str, end: str, organizer: str,
        location: str = "", status: str = "CONFIRMED", sequence: int = 0) -> str:
    """A minimal invitation/cancellation; start/end are UTC like 20260312T090000Z."""
    return f"""BEGIN:VCALENDAR
PRODID:-//Corpus85//EN
VERSION:2.0
METHOD:{method}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260101T000000Z
DTSTART:{start}
DTEND:{end}
SUMMARY:{summary}
LOCATION:{location}
ORGANIZER:mailto:{organizer}
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas.ob@example.de
STATUS:{status}
SEQUENCE:{sequence}
END:VEVENT
END:VCALENDAR"""


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import msgs85_acks_offers
    import msgs85_invitations
    import msgs85_other
    import msgs85_other_life
    import msgs85_rejections
    import msgs85_reschedules
    messages: list[Msg] = [*msgs85_rejections.MESSAGES, *msgs85_acks_offers.MESSAGES,
                           *msgs85_invitations.MESSAGES, *msgs85_reschedules.MESSAGES,
                           *msgs85_other.MESSAGES, *msgs85_other_life.MESSAGES]
    for kind in KIND_DIRS:
        for old in (ROOT / kind).glob("*.eml"):
            old.unlink()
    ids = {msg.slug: message_id(msg) for msg in messages}
    assert len(ids) == len(messages), "slugs must be unique"
    rows = []
    for number, msg in enumerate(sorted(messages, key=lambda m: m.date), start=1):
        assert msg.kind in KIND_DIRS, msg.slug
        rel = f"{msg.kind}/{number:03d}_{msg.slug}.eml"
        (ROOT / msg.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(msg, ids).as_bytes(policy=default))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
