"""Writes the fifty-second labelled corpus: a mining/civil engineer's inbox, Jan-Oct 2026.

Run `python tests/corpus_fiftysecond/make_fiftysecond.py` from the repository root. It deletes
and rewrites only the *.eml files and labels.csv inside tests/corpus_fiftysecond/. The messages
themselves are hand-written, one by one, in the data modules beside this file (msgs_*.py); this
module only turns each written message into MIME (transfer encodings, charsets, HTML, calendar
parts, quoted chains) so that wording never comes from a template shared between messages.
Imports only the standard library and its sibling data modules.
"""

from __future__ import annotations

import csv
import hashlib
import html
import importlib
import logging
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent
CANDIDATE = ("Rodrigo Almeida Fuentes", "rodrigo.almeida@example.cl")
KIND_DIRS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)


@dataclass(frozen=True)
class Msg:
    """One message as written by hand, with its label; MIME details are knobs, not wording."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    sender: tuple[str, str]
    subject: str
    body: str
    date: str  # "2026-03-04 10:12 -0300"
    reply_to: tuple[str, str] | None = None
    to: tuple[str, str] = CANDIDATE
    cc: tuple[tuple[str, str], ...] = ()
    fmt: str = "plain"  # plain | html | alt
    cte: str = "8bit"  # 8bit | quoted-printable | base64
    charset: str = "utf-8"
    html_body: str | None = None  # hand-written HTML; else built from body
    brand: str = ""  # header band for generated HTML
    headers: dict[str, str] = field(default_factory=dict)
    quote: str = ""  # an already formatted reply chain appended after the body
    ics: str = ""  # a text/calendar part (already formatted VCALENDAR)
    ics_method: str = "REQUEST"
    in_reply_to: str = ""  # Message-ID of the earlier message in the thread
    attachment: str = ""  # file name of a small PDF-ish attachment


def when(text: str) -> datetime:
    """Parses the hand-written date; the corpus always writes its offset."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def message_id(msg: Msg) -> str:
    """A stable Message-ID from the scenario, on the sender's domain as real mailers do."""
    digest = hashlib.sha1(f"{msg.scenario}{msg.date}".encode()).hexdigest()[:20]
    domain = msg.sender[1].rsplit("@", 1)[1]
    return f"<{digest}.{when(msg.date).strftime('%Y%m%d%H%M')}@{domain}>"


def thread_id(scenario: str, domain: str) -> str:
    """The Message-ID of an earlier message that the corpus quotes but does not contain."""
    digest = hashlib.sha1(scenario.encode()).hexdigest()[:16]
    return f"<{digest}@{domain}>"


def html_from_text(text: str, brand: str, charset: str) -> str:
    """Wraps hand-written text the way ATS and marketing mailers do: tables, inline styles."""
    paras = text.strip().split("\n\n")
    cells = "".join(
        f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        f'color:#333333;line-height:20px">{html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in paras
    )
    band = (
        f'<tr><td style="background:#0b3d59;padding:18px 24px"><img src="https://cdn.example.net/'
        f'logo/{hashlib.md5(brand.encode()).hexdigest()[:8]}.png" alt="{html.escape(brand)}" height="28" '
        f'style="display:block;border:0"></td></tr>'
        if brand
        else ""
    )
    pixel = '<img src="https://t.example.net/o/8f2a91c4.gif" width="1" height="1" alt="">'
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"></head>'
        '<body style="margin:0;padding:0;background:#f2f4f6">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">'
        f'{band}<tr><td style="padding:24px">{cells}</td></tr></table></td></tr></table>'
        f"{pixel}</body></html>"
    )


def build(msg: Msg) -> EmailMessage:
    """Turns one written message into MIME with the transfer encoding it asks for."""
    em = EmailMessage()
    em["From"] = formataddr(msg.sender)
    em["To"] = formataddr(msg.to)
    if msg.cc:
        em["Cc"] = ", ".join(formataddr(a) for a in msg.cc)
    if msg.reply_to:
        em["Reply-To"] = formataddr(msg.reply_to)
    em["Subject"] = msg.subject
    em["Date"] = format_datetime(when(msg.date))
    em["Message-ID"] = message_id(msg)
    if msg.in_reply_to:
        em["In-Reply-To"] = msg.in_reply_to
        em["References"] = msg.in_reply_to
    em["MIME-Version"] = "1.0"
    for name, value in msg.headers.items():
        em[name] = value
    text = msg.body.strip("\n") + "\n"
    if msg.quote:
        text += "\n" + msg.quote.strip("\n") + "\n"
    markup = msg.html_body or html_from_text(text, msg.brand, msg.charset)
    # Mailers never send one-line HTML as 8bit: its lines would break the 998-octet limit.
    html_cte = "quoted-printable" if msg.cte == "8bit" else msg.cte
    if msg.fmt == "html":
        em.set_content(markup, subtype="html", charset=msg.charset, cte=html_cte)
    else:
        em.set_content(text, charset=msg.charset, cte=msg.cte)
        if msg.fmt == "alt":
            em.add_alternative(markup, subtype="html", charset=msg.charset, cte=html_cte)
    if msg.ics:
        em.add_attachment(
            msg.ics.replace("\n", "\r\n").encode("utf-8"),
            maintype="text",
            subtype="calendar",
            params={"method": msg.ics_method},
            filename="invite.ics",
        )
    if msg.attachment:
        em.add_attachment(
            b"%PDF-1.4\n% corpus placeholder\n%%EOF\n",
            maintype="application",
            subtype="pdf",
            filename=msg.attachment,
        )
    # Fixed boundaries, so that regenerating the corpus changes no file that was not edited.
    seed = hashlib.sha1(msg.scenario.encode()).hexdigest()[:16]
    for number, part in enumerate(em.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_{seed}_{number}")
    return em


def ics(summary: str, start: str, minutes: int, organizer: str, uid: str, *,
        method: str = "REQUEST", location: str = "", sequence: int = 0,
        status: str = "CONFIRMED", rrule: str = "") -> str:
    """A calendar part as Outlook, Google and ATS schedulers send it (times in UTC)."""
    begin = when(start).astimezone(UTC)
    end = begin + timedelta(minutes=minutes)
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus52//Scheduler//ES", "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{(begin - timedelta(days=3)).strftime(fmt)}",
        f"DTSTART:{begin.strftime(fmt)}", f"DTEND:{end.strftime(fmt)}", f"SUMMARY:{summary}",
        f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CANDIDATE[1]}",
        f"SEQUENCE:{sequence}", f"STATUS:{status}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def q(text: str) -> str:
    """Quotes an earlier message the way Gmail and Apple Mail do, with "> " on every line."""
    return "\n".join(">" + (" " + line if line else "") for line in text.strip("\n").split("\n"))


def load_messages() -> list[Msg]:
    """Every hand-written message, from the data modules in a fixed order."""
    sys.path.insert(0, str(ROOT))
    names = ["msgs_rejection", "msgs_interview", "msgs_resched_missed", "msgs_ack_offer",
             "msgs_other"]
    found: list[Msg] = []
    for name in names:
        found.extend(importlib.import_module(name).MESSAGES)
    return found


def main() -> None:
    """Clears the old outputs of this corpus only, then writes every message and the labels."""
    messages = load_messages()
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    counters: dict[str, int] = {}
    rows: list[list[str]] = []
    seen: set[str] = set()
    for msg in messages:
        if msg.kind not in KIND_DIRS:
            raise SystemExit(f"unknown kind {msg.kind} in {msg.scenario}")
        if msg.scenario in seen:
            raise SystemExit(f"duplicate scenario {msg.scenario}")
        seen.add(msg.scenario)
        counters[msg.kind] = counters.get(msg.kind, 0) + 1
        rel = f"{msg.kind}/{counters[msg.kind]:03d}_{msg.scenario}.eml"
        path = ROOT / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(build(msg).as_bytes(policy=SMTP))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    logger.info("wrote %d messages", len(rows))
    print(f"wrote {len(rows)} messages: {dict(sorted(counters.items()))}")


if __name__ == "__main__":
    main()
