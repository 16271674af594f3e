"""Writes the eighty-eighth labelled corpus: .eml files under <kind>/ and labels.csv.

Run `python tests/corpus_eightyeighth/make_eightyeighth.py`. The message text lives in the
msgs88_* modules beside this file (unique names so nothing shadows another corpus's modules).
This script creates and deletes files only inside its own folder. It imports no classifier code.
"""

from __future__ import annotations

import csv
import email.policy
import hashlib
import html
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from msgs88_base import CAND  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", None: None}
START = datetime(2026, 1, 5, 8, 0, tzinfo=timezone(timedelta(hours=1)))


def load_messages() -> list[dict[str, Any]]:
    """Every message from the data modules, in a stable order."""
    import msgs88_ack
    import msgs88_interview
    import msgs88_other
    import msgs88_other2
    import msgs88_rejection
    return [*msgs88_rejection.MESSAGES, *msgs88_interview.MESSAGES, *msgs88_ack.MESSAGES,
            *msgs88_other.MESSAGES, *msgs88_other2.MESSAGES]


def domain_of(addr: str) -> str:
    """The domain of an address header value, for Message-IDs."""
    return parseaddr(addr)[1].rpartition("@")[2] or "example.net"


def date_of(spec: dict[str, Any], index: int) -> datetime:
    """The message date: given explicitly, else spread over Jan-Oct 2026 by position."""
    if "date" in spec:
        return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    step = (index * 37) % 290
    return START + timedelta(days=step, hours=(index * 7) % 10, minutes=(index * 13) % 60)


def to_html(text: str, token: str) -> str:
    """An HTML rendering of a text body, as bulk senders make it: a table and tracked links."""
    def link(match: re.Match[str]) -> str:
        url = match.group(0)
        return (f'<a href="https://click.mailtrack.example.net/r/{token}?u={html.escape(url)}" '
                f'style="color:#0a66c2">{html.escape(url)}</a>')
    paras = []
    for block in text.strip().split("\n\n"):
        escaped = html.escape(block)
        escaped = re.sub(r"https?://[^\s<&]+", link, escaped)
        paras.append(f'<p style="margin:0 0 12px 0">{escaped.replace(chr(10), "<br>")}</p>')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="margin:0;background:#f4f4f4">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
            '<td align="center"><table width="600" style="background:#ffffff;'
            'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            f'<tr><td style="padding:24px">{"".join(paras)}</td></tr></table></td></tr></table>'
            f'<img src="https://open.mailtrack.example.net/o/{token}.gif" width="1" height="1" '
            'alt=""></body></html>')


def ics_text(ics: dict[str, Any], stamp: datetime) -> str:
    """A VCALENDAR with one VEVENT, as an invitation or a cancellation carries it."""
    method = ics.get("method", "REQUEST")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Example Scheduler//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{ics['uid']}",
             f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
             f"DTSTART:{ics['start']}", f"DTEND:{ics['end']}", f"SUMMARY:{ics['summary']}",
             f"ORGANIZER;CN={ics.get('cn', 'Organizer')}:mailto:{ics['organizer']}",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
             "mailto:mathis.ol@example.fr",
             f"LOCATION:{ics.get('location', '')}",
             f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
             f"SEQUENCE:{ics.get('sequence', 0)}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def render(spec: dict[str, Any], index: int) -> bytes:
    """One message as the bytes of an .eml file."""
    msg = EmailMessage()
    when = date_of(spec, index)
    token = hashlib.sha1(f"{index}{spec['slug']}".encode()).hexdigest()[:12]
    msg["From"] = spec["from"]
    msg["To"] = spec.get("to", CAND)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{token}.{index:03d}@{domain_of(spec['from'])}>"
    if spec.get("thread"):
        parent = hashlib.sha1(spec["thread"].encode()).hexdigest()[:16]
        msg["In-Reply-To"] = f"<{parent}@mail.example.fr>"
        msg["References"] = f"<{parent}@mail.example.fr>"
    for name, value in spec.get("headers", {}).items():
        msg[name] = value
    body = spec["body"] + spec.get("quote", "")
    charset = spec.get("charset", "utf-8")
    cte = CTE[spec.get("cte")]
    fmt = spec.get("fmt", "plain")
    markup = spec.get("html") or to_html(body, token)
    if fmt == "html":
        msg.set_content(markup, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset, cte=cte)
        if fmt == "alt":
            msg.add_alternative(markup, subtype="html", charset=charset, cte=cte)
    if spec.get("ics"):
        cal = ics_text(spec["ics"], when)
        method = spec["ics"].get("method", "REQUEST")
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(cal, subtype="calendar", params={"method": method})
    if spec.get("attach"):
        msg.add_attachment(b"%PDF-1.4\n% placeholder\n%%EOF\n", maintype="application",
                           subtype="pdf", filename=spec["attach"])
    for number, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_part{number}_{token}")
    raw = msg.as_bytes(policy=email.policy.default)
    if spec.get("subject_charset"):
        encoded = Header(spec["subject"], spec["subject_charset"]).encode(maxlinelen=76)
        raw = re.sub(rb"^Subject:.*?\n(?=\S)", b"Subject: " + encoded.encode() + b"\n", raw,
                     count=1, flags=re.M | re.S)
    return raw


def main() -> None:
    """Rewrite every .eml and labels.csv from the data modules."""
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rows = []
    for index, spec in enumerate(load_messages(), start=1):
        folder = ROOT / spec["kind"]
        folder.mkdir(exist_ok=True)
        rel = f"{spec['kind']}/{index:03d}_{spec['slug']}.eml"
        (ROOT / rel).write_bytes(render(spec, index))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")


if __name__ == "__main__":
    main()
