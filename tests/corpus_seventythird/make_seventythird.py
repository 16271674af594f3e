"""Write the 73rd labelled corpus (a job seeker's inbox, Jan-Oct 2026) from the msgs73_* data.

Run `python tests/corpus_seventythird/make_seventythird.py`: it deletes and rewrites only the
<kind>/ folders and labels.csv inside tests/corpus_seventythird/. The data modules hold the
messages as written by hand; this file only turns them into MIME (plain, HTML-only,
multipart/alternative, calendar parts, forwarded attachments) in several charsets and
transfer encodings. It may import only the standard library and its msgs73_* neighbours.
"""

from __future__ import annotations

import csv
import html
import re
import shutil
import sys
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs73_jobs  # noqa: E402
import msgs73_more  # noqa: E402
import msgs73_other  # noqa: E402

DANA = "Dana Whitfield-Osei <dana.wo@example.com>"
KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]


def _when(text: str) -> datetime:
    """'2026-03-04 09:15 -0600' -> aware datetime (the sender's own offset is kept)."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def _html(body: str, spec: dict) -> str:
    """A plausible HTML rendering: inline styles, a table layout, tracking links and a pixel."""
    paras = body.split("\n\n")
    cells = "".join(
        f'<p style="margin:0 0 12px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        f'color:#333">{html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in paras
    )
    for label, url in spec.get("links", []):
        cells += (
            f'<p><a href="{html.escape(url)}" style="background:#0b5cad;color:#fff;padding:8px 14px;'
            f'text-decoration:none;border-radius:4px">{html.escape(label)}</a></p>'
        )
    logo = spec.get("logo")
    head = f'<tr><td><img src="https://cdn.example.net/logo.png" alt="{html.escape(logo)}" width="120"></td></tr>' if logo else ""
    pixel = '<img src="https://t.example.net/o/{}.gif" width="1" height="1" alt="">'.format(spec["n"])
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">{head}'
        f"<tr><td style=\"padding:20px\">{cells}</td></tr></table>{pixel}</body></html>"
    )


def _ics(spec: dict, domain: str) -> str:
    """A text/calendar body for an invitation or a cancellation."""
    ev = spec["ics"]
    method = ev.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Corp//Calendar 1.0//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ev.get('uid', spec['slug'])}@{domain}",
        f"DTSTAMP:{ev['start']}",
        f"DTSTART:{ev['start']}",
        f"DTEND:{ev['end']}",
        f"SUMMARY:{ev['summary']}",
        f"ORGANIZER;CN={ev.get('cn', 'Organizer')}:mailto:{ev['organizer']}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitfield-Osei:"
        "mailto:dana.wo@example.com",
        f"LOCATION:{ev.get('location', 'Microsoft Teams Meeting')}",
        f"SEQUENCE:{ev.get('sequence', 0)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def _default_cte(n: int, charset: str) -> str | None:
    """Spread the transfer encodings over the corpus the way mixed senders do (None: let email pick)."""
    if charset != "utf-8":
        return ("quoted-printable", "8bit", "base64")[n % 3]
    return (None, "base64", None, "8bit", "quoted-printable")[n % 5]


def build(spec: dict) -> bytes:
    """One message as bytes."""
    frm = spec["frm"]
    domain = parseaddr(frm)[1].split("@")[-1]
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte") or _default_cte(spec["n"], charset)
    fmt = spec.get("fmt", "plain")
    body = spec["body"].strip("\n") + "\n"

    msg = EmailMessage()
    if fmt == "plain":
        msg.set_content(body, charset=charset, cte=cte)
    elif fmt == "html":
        msg.set_content(_html(body, spec), subtype="html", charset=charset, cte=cte)
    else:  # alt
        msg.set_content(body, charset=charset, cte=cte)
        msg.add_alternative(_html(body, spec), subtype="html", charset=charset, cte=cte)
    if "ics" in spec:
        ics = _ics(spec, domain)
        msg.add_alternative(ics, subtype="calendar", params={"method": spec["ics"].get("method", "REQUEST")})
        msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    if "attach" in spec:
        name, text = spec["attach"]
        msg.add_attachment(text.encode(), maintype="application", subtype="pdf", filename=name)
    if "forward" in spec:
        inner = EmailMessage()
        inner["From"] = spec["forward"]["frm"]
        inner["To"] = spec["forward"].get("to", DANA)
        inner["Subject"] = spec["forward"]["subj"]
        inner["Date"] = format_datetime(_when(spec["forward"]["date"]))
        inner.set_content(spec["forward"]["body"])
        msg.add_attachment(inner)

    for i, part in enumerate(p for p in msg.walk() if p.get_content_maintype() == "multipart"):
        part.set_boundary(f"=_73_{spec['n']:03d}_{i}_=")  # fixed, so a rerun rewrites identical files
    pol = policy.default.clone(cte_type="8bit" if cte == "8bit" else "7bit")
    head = EmailMessage(policy=pol)
    for name, value in (
        ("From", frm),
        ("To", spec.get("to", DANA)),
        ("Cc", spec.get("cc")),
        ("Reply-To", spec.get("reply_to")),
        ("Subject", spec["subj"]),
        ("Date", format_datetime(_when(spec["date"]))),
        ("Message-ID", f"<{spec['slug']}.{spec['n']:03d}.73@{domain}>"),
        ("In-Reply-To", spec.get("irt")),
        ("References", spec.get("irt")),
        *spec.get("headers", {}).items(),
    ):
        if value:
            head[name] = value
    # The envelope headers first, then the MIME headers and body exactly as the body part wrote them.
    folded = b"".join(pol.fold_binary(name, value) for name, value in head.items())
    return folded + msg.as_bytes(policy=pol)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def main() -> None:
    specs = msgs73_jobs.MESSAGES + msgs73_more.MESSAGES + msgs73_other.MESSAGES
    for kind in KIND_ORDER:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
    rows = []
    for n, spec in enumerate(sorted(specs, key=lambda s: s["date"]), start=1):
        spec["n"] = n
        assert spec["kind"] in KIND_ORDER, spec["slug"]
        rel = f"{spec['kind']}/{n:03d}_{_slug(spec['slug'])}.eml"
        path = ROOT / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(build(spec))
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    rows.sort()
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")


if __name__ == "__main__":
    main()
