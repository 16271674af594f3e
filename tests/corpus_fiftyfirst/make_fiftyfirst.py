"""Writes the fifty-first labelled corpus: one candidate's inbox, Jan-Oct 2026, as .eml files.

The message texts live in the sibling modules msgs_*.py (one list of Msg per batch); this
module only turns them into MIME (plain, HTML-only, multipart/alternative, quoted-printable,
base64, legacy charsets, encoded words, reply chains, calendar parts) and writes labels.csv.
It imports only the standard library and its sibling modules, and it writes and deletes files
inside tests/corpus_fiftyfirst/ only.

Run: python tests/corpus_fiftyfirst/make_fiftyfirst.py
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "Aoife Brennan-Kowalski <aoife.bk@example.ie>"
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
END = datetime(2026, 10, 30, 18, 0, tzinfo=UTC)

ATTRIBUTION = {
    "gmail": "On {date}, {who} wrote:",
    "de": "Am {date} schrieb {who}:",
    "fr": "Le {date}, {who} a écrit :",
    "es": "El {date}, {who} escribió:",
}


@dataclass
class Quote:
    """One earlier message in a reply chain, shown below the new text."""

    who: str
    text: str
    style: str = "gmail"  # gmail | de | fr | es | outlook | forward
    subject: str = ""
    days_before: int = 2


@dataclass
class Msg:
    """One corpus message: its label and everything needed to render it."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    sender: str
    subject: str
    body: str
    reply_to: str = ""
    to: str = ME
    cc: str = ""
    fmt: str = "plain"  # plain | html | alt
    html: str = ""
    cte: str = ""  # "" lets the library choose; quoted-printable | base64 | 8bit
    charset: str = "utf-8"
    subject_charset: str = ""
    quotes: list[Quote] = field(default_factory=list)
    ics: dict[str, object] = field(default_factory=dict)
    list_id: str = ""
    attach: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    brand: str = ""
    when: str = ""  # "2026-03-04 10:12" or empty for the next slot on the timeline
    reply: bool = False  # a reply in a thread: Re:, In-Reply-To and References
    parent: str = ""  # slug of the corpus message that started this thread, if any


def _addr(text: str) -> str:
    return parseaddr(text)[1]


def _domain(text: str) -> str:
    return _addr(text).rsplit("@", 1)[-1]


def _mid(seed: str, domain: str) -> str:
    digest = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def _quoted_block(quote: Quote, when: datetime) -> str:
    date = when.strftime("%a, %d %b %Y at %H:%M")
    if quote.style == "outlook":
        head = (
            "________________________________\n"
            f"From: {quote.who}\nSent: {when.strftime('%A, %d %B %Y %H:%M')}\n"
            f"To: {ME}\nSubject: {quote.subject}\n\n"
        )
        return head + quote.text
    if quote.style == "forward":
        return (
            "---------- Forwarded message ---------\n"
            f"From: {quote.who}\nDate: {date}\nSubject: {quote.subject}\nTo: {ME}\n\n" + quote.text
        )
    line = ATTRIBUTION[quote.style].format(date=date, who=quote.who)
    return line + "\n" + "\n".join("> " + q if q else ">" for q in quote.text.splitlines())


def _fitting_charset(text: str, wanted: str) -> str:
    """The wanted legacy charset, or the nearest one that can hold every character of text."""
    for charset in (wanted, "windows-1252", "utf-8"):
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            continue
        return charset
    return "utf-8"


def html_from(text: str, brand: str, charset: str = "utf-8") -> str:
    """A bulk-mail style HTML rendering: table layout, inline styles, tracked links."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    cells = []
    for para in paras:
        body = html.escape(para).replace("\n", "<br>\n")
        body = re.sub(
            r"(https?://[^\s<]+)",
            lambda m: f'<a href="https://click.example.net/ls/click?upn={hashlib.md5(m.group(1).encode()).hexdigest()[:16]}" style="color:#1a5fb4">{m.group(1)}</a>',
            body,
        )
        cells.append(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#222">{body}</p>')
    logo = f'<img src="https://cdn.example.net/logo.png" alt="{html.escape(brand)} logo" width="120">' if brand else ""
    return (
        f"<!DOCTYPE html><html><head><meta charset=\"{charset}\"></head><body style=\"margin:0;background:#f4f4f4\">\n"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4">'
        '<tr><td align="center"><table width="600" cellpadding="24" style="background:#ffffff">\n'
        f"<tr><td>{logo}</td></tr>\n<tr><td>\n" + "\n".join(cells) + "\n</td></tr>\n"
        '<tr><td style="font-size:11px;color:#888">'
        '<img src="https://t.example.net/open.gif?id=8812" width="1" height="1" alt=""></td></tr>'
        "</table></td></tr></table></body></html>\n"
    )


def _ics(spec: dict[str, object], when: datetime, organizer: str, uid: str) -> str:
    start = when + timedelta(days=int(spec.get("days", 5)))
    start = start.replace(hour=int(spec.get("hour", 10)), minute=int(spec.get("minute", 0)), second=0)
    end = start + timedelta(minutes=int(spec.get("minutes", 45)))
    method = str(spec.get("method", "REQUEST"))
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Corp//Calendar 1.0//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{when.strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{spec['summary']}",
        f"LOCATION:{spec.get('location', 'Microsoft Teams Meeting')}",
        f"ORGANIZER;CN={parseaddr(organizer)[0] or 'Organizer'}:mailto:{_addr(organizer)}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{_addr(ME)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SEQUENCE:{spec.get('sequence', 0)}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines)


def message_id(msg: Msg) -> str:
    return _mid(msg.slug + msg.sender, _domain(msg.sender))


def render(msg: Msg, when: datetime, roots: dict[str, Msg]) -> bytes:
    """The message as bytes, the way a mail server would store it."""
    domain = _domain(msg.sender)
    out = EmailMessage()
    out["From"] = msg.sender
    out["To"] = msg.to
    if msg.cc:
        out["Cc"] = msg.cc
    if msg.reply_to:
        out["Reply-To"] = msg.reply_to
    subject = msg.subject
    if msg.reply and not subject.lower().startswith(("re:", "aw:", "réf", "re :")):
        subject = "Re: " + subject
    out["Subject"] = subject
    out["Date"] = format_datetime(when)
    out["Message-ID"] = message_id(msg)
    if msg.reply or msg.quotes or msg.parent:
        parent = _mid("parent" + msg.slug, "example.ie" if msg.reply else domain)
        root = message_id(roots[msg.parent]) if msg.parent else _mid("root" + msg.slug, domain)
        out["In-Reply-To"] = parent
        out["References"] = root + " " + parent
    if msg.list_id:
        out["List-Id"] = msg.list_id
        out["List-Unsubscribe"] = f"<https://{domain}/unsubscribe?u=5512>, <mailto:unsubscribe@{domain}>"
        out["Precedence"] = "bulk"
    for name, value in msg.headers.items():
        out[name] = value
    text = msg.body.strip("\n") + "\n"
    if msg.quotes:
        blocks = [_quoted_block(q, when - timedelta(days=q.days_before, hours=3)) for q in msg.quotes]
        text += "\n" + "\n\n".join(blocks) + "\n"
    charset = _fitting_charset(text + msg.html, msg.charset)
    kwargs: dict[str, str] = {"charset": charset}
    if msg.cte:
        kwargs["cte"] = msg.cte
    html_text = msg.html or html_from(text, msg.brand, charset)
    if msg.fmt == "html":
        out.set_content(html_text, subtype="html", **kwargs)
    else:
        out.set_content(text, **kwargs)
        if msg.fmt == "alt":
            out.add_alternative(html_text, subtype="html", **kwargs)
    if msg.ics:
        uid = f"{hashlib.md5(msg.slug.encode()).hexdigest()}@{domain}"
        ics = _ics(msg.ics, when, msg.sender, uid)
        method = str(msg.ics.get("method", "REQUEST"))
        if msg.fmt == "alt" or out.get_content_type() == "multipart/alternative":
            out.add_alternative(ics, subtype="calendar", params={"method": method})
        else:
            out.make_mixed()
            out.add_attachment(ics.encode(), maintype="text", subtype="calendar",
                               filename="invite.ics", params={"method": method})
    if msg.attach:
        out.add_attachment(b"%PDF-1.4\n% placeholder document\n%%EOF\n", maintype="application",
                           subtype="pdf", filename=msg.attach)
    raw = out.as_bytes(policy=default_policy)
    if msg.subject_charset:
        encoded = Header(subject, _fitting_charset(subject, msg.subject_charset)).encode(linesep="\n")
        raw = re.sub(rb"^Subject:.*?\n(?! )", b"Subject: " + encoded.encode() + b"\n", raw,
                     count=1, flags=re.M | re.S)
    return raw


def timeline(count: int) -> list[datetime]:
    """Evenly spread, slightly jittered receipt times over the season."""
    span = (END - START) / max(count, 1)
    slots = []
    for index in range(count):
        jitter = int(hashlib.md5(str(index).encode()).hexdigest()[:6], 16)
        day = START + span * index
        # Mostly office hours, now and then an evening mail from a phone.
        hour = 7 + jitter % 12 if jitter % 7 else 20 + jitter % 3
        slots.append(day.replace(hour=hour, minute=jitter % 60, second=0, microsecond=0))
    return slots


def load_all() -> list[Msg]:
    sys.path.insert(0, str(ROOT))
    from msgs_a import MSGS as A
    from msgs_b import MSGS as B
    from msgs_c import MSGS as C
    from msgs_d import MSGS as D

    return [*A, *B, *C, *D]


STAGE = {"application_received": 0, "interview_invitation": 1, "interview_reschedule_or_cancel": 2,
         "missed_interview_notice": 3, "rejection": 4, "offer": 4}


def _keep_process_order(messages: list[Msg], slots: dict[int, datetime]) -> None:
    """Within one employer, hand out that employer's time slots in the order a process runs."""
    groups: dict[str, list[int]] = {}
    for index, msg in enumerate(messages):
        if msg.company and msg.kind in STAGE and not msg.when:
            groups.setdefault(msg.company, []).append(index)
    for members in groups.values():
        times = sorted(slots[i] for i in members)
        ranked = sorted(members, key=lambda i: (STAGE[messages[i].kind], i))
        for index, moment in zip(ranked, times, strict=True):
            slots[index] = moment


def main() -> None:
    messages = load_all()
    # Interleave kinds over the season so the timeline reads like a real inbox.
    order = sorted(range(len(messages)), key=lambda i: hashlib.md5(messages[i].slug.encode()).hexdigest())
    slots = dict(zip(order, timeline(len(messages)), strict=True))
    by_slug = {msg.slug: msg for msg in messages}
    assert len(by_slug) == len(messages), "slugs must be unique"
    _keep_process_order(messages, slots)
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rows = []
    counters: dict[str, int] = {}
    for index, msg in enumerate(messages):
        when = slots[index]
        if msg.when:
            when = datetime.strptime(msg.when, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        counters[msg.kind] = counters.get(msg.kind, 0) + 1
        rel = f"{msg.kind}/{counters[msg.kind]:03d}_{msg.slug}.eml"
        path = ROOT / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(render(msg, when, by_slug))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
