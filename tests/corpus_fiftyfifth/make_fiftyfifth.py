"""Writes corpus 55 (.eml files by kind, and labels.csv) from the msgs55_* data modules.

Run from anywhere: `python tests/corpus_fiftyfifth/make_fiftyfifth.py`. It only creates and
deletes files inside tests/corpus_fiftyfifth/. Files are numbered in inbox (date) order, so the
numbering says nothing about the kind. Imports only the standard library and its sibling
msgs55_* modules.
"""

from __future__ import annotations

import csv
import hashlib
import html
import sys
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs55_ack  # noqa: E402
import msgs55_common  # noqa: E402
import msgs55_inv  # noqa: E402
import msgs55_other  # noqa: E402
import msgs55_other2  # noqa: E402
import msgs55_rej  # noqa: E402

KIND_DIRS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
             "missed_interview_notice", "application_received", "offer", "other")


def _domain(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2] or "example.com"


def _msgid(spec: dict[str, Any], salt: str = "") -> str:
    digest = hashlib.sha1((spec["slug"] + spec["date"] + salt).encode()).hexdigest()
    return f"<{digest[:16]}.{digest[16:24]}@{_domain(spec['from'])}>"


def _html_from_text(text: str, slug: str) -> str:
    """A plain mailer-style HTML twin of the text part, with a tracking pixel."""
    paragraphs = "".join(
        f'<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px">'
        f"{html.escape(p).replace(chr(10), '<br>')}</p>"
        for p in text.split("\n\n") if p.strip())
    return ('<html><body style="background:#f4f4f4"><table width="100%" cellpadding="0" '
            'cellspacing="0"><tr><td style="padding:20px;background:#ffffff">'
            f"{paragraphs}</td></tr></table>"
            f'<img src="https://t.example.net/o/{slug}.gif" width="1" height="1" alt="">'
            "</body></html>")


def _ics(ev: dict[str, Any]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Example Corp//Scheduler 4.2//EN", "VERSION:2.0",
             f"METHOD:{ev.get('method', 'REQUEST')}", "BEGIN:VEVENT",
             f"UID:{ev['uid']}", f"DTSTAMP:{ev['start']}", f"DTSTART:{ev['start']}",
             f"DTEND:{ev['end']}", f"SUMMARY:{ev['summary']}",
             f"ORGANIZER;CN={ev['org_name']}:mailto:{ev['org']}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{msgs55_common.ME}",
             f"SEQUENCE:{ev.get('seq', 0)}",
             f"STATUS:{'CANCELLED' if ev.get('method') == 'CANCEL' else 'CONFIRMED'}"]
    if ev.get("location"):
        lines.append(f"LOCATION:{ev['location']}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode("utf-8")


def _legacy(text: str | None, charset: str) -> str | None:
    """Legacy 8-bit systems write what their charset lacks plainly (a dotless i as i)."""
    if text is None or charset == "utf-8":
        return text
    return "".join(_fallback(ch, charset) for ch in text)


_PLAIN = {"ı": "i", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "’": "'", "…": "..."}


def _fallback(ch: str, charset: str) -> str:
    try:
        ch.encode(charset)
    except UnicodeEncodeError:
        return _PLAIN.get(ch, "?")
    return ch


def build(spec: dict[str, Any]) -> bytes:
    """One message's bytes, from its data."""
    msg = EmailMessage()
    msg["From"] = spec["from"]
    msg["To"] = spec.get("to", msgs55_common.ME_FULL)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("rt"):
        msg["Reply-To"] = spec["rt"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(datetime.fromisoformat(spec["date"]))
    msg["Message-ID"] = _msgid(spec)
    if spec.get("re"):
        parent = f"<{hashlib.sha1(spec['slug'].encode()).hexdigest()[:20]}@mail.example.de>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    msg["MIME-Version"] = "1.0"
    for name, value in spec.get("hdr", {}).items():
        msg[name] = value
    charset = spec.get("cs", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    body, markup = _legacy(spec["body"], charset), _legacy(spec.get("html"), charset)
    if body:
        msg.set_content(body, charset=charset, cte=cte)
        if spec.get("fmt") == "alt" or markup:
            msg.add_alternative(markup or _html_from_text(body, spec["slug"]), subtype="html",
                                charset=charset, cte=cte)
    else:
        msg.set_content(markup, subtype="html", charset=charset, cte=cte)
    if spec.get("ics"):
        msg.add_attachment(_ics(spec["ics"]), maintype="text", subtype="calendar",
                           filename="invite.ics",
                           params={"method": spec["ics"].get("method", "REQUEST")})
    if spec.get("att"):
        msg.add_attachment(b"%PDF-1.4\n% placeholder\n", maintype="application",
                           subtype="pdf", filename=spec["att"])
    return msg.as_bytes(policy=SMTP)


def main() -> None:
    specs = (msgs55_rej.MESSAGES + msgs55_inv.MESSAGES + msgs55_ack.MESSAGES
             + msgs55_other.MESSAGES + msgs55_other2.MESSAGES)
    slugs = [s["slug"] for s in specs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    for kind in KIND_DIRS:
        for old in (HERE / kind).glob("*.eml") if (HERE / kind).is_dir() else ():
            old.unlink()
    specs.sort(key=lambda s: datetime.fromisoformat(s["date"]))
    rows = []
    for number, spec in enumerate(specs, 1):
        assert spec["kind"] in KIND_DIRS, spec["slug"]
        rel = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(build(spec))
        job = spec["kind"] != "other"
        rows.append([rel, spec["kind"], spec.get("co", "") if job else "",
                     spec.get("ct", "") if job else "", spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
