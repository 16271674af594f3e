"""Writes the ninety-first labelled corpus (tests/corpus_ninetyfirst) from the msgs91_* data modules.

The messages are hand-written in msgs91_*.py as plain data; this file only dresses them as real
mail (plain, HTML-only, multipart/alternative, charsets, transfer encodings, calendar parts,
quoted reply chains) and writes labels.csv. It creates and deletes files inside its own folder
only. Run: python tests/corpus_ninetyfirst/make_ninetyfirst.py
"""

from __future__ import annotations

import csv
import email.policy
import html
import re
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs91_en  # noqa: E402
import msgs91_es_a  # noqa: E402
import msgs91_es_b  # noqa: E402
import msgs91_frde  # noqa: E402
import msgs91_other  # noqa: E402
from msgs91_base import CANDIDATE  # noqa: E402
from msgs91_dates import DATES  # noqa: E402

POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)
START = datetime(2026, 1, 5, 11, 0, tzinfo=UTC)


def quote_block(subject: str, sender: str, style: str, when: str, who: str, text: str) -> str:
    """A quoted earlier message, laid out as the mail program named by style lays it out;
    it went to the candidate unless the candidate wrote it (then to the current sender)."""
    to = sender if CANDIDATE[1] in who else formataddr(CANDIDATE)
    lines = text.strip("\n").splitlines()
    if style == "outlook":
        head = f"From: {who}\nSent: {when}\nTo: {to}\nSubject: {subject}"
        return "\n\n________________________________\n" + head + "\n\n" + "\n".join(lines)
    intro = {
        "gmail": f"On {when}, {who} wrote:",
        "es": f"El {when}, {who} escribió:",
        "fr": f"Le {when}, {who} a écrit :",
        "de": f"Am {when} schrieb {who}:",
    }[style]
    return "\n\n" + intro + "\n" + "\n".join("> " + ln if ln else ">" for ln in lines)


def to_html(text: str, brand: str, charset: str) -> str:
    """An HTML rendering with the inline styles, tables and tracking links bulk senders use."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(
        '<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;color:#333">'
        + tracked(html.escape(p)).replace("\n", "<br>") + "</p>" for p in paras)
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"></head><body style="margin:0">'
        '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr>'
        '<td align="center" style="background:#f4f4f4;padding:20px">'
        '<table width="600" style="background:#fff;padding:24px"><tr><td>'
        f'<img src="https://cdn.example.net/logo.png" alt="{html.escape(brand)}" width="120"><br><br>'
        f"{body}</td></tr></table>"
        '<img src="https://t.example.net/open.gif?u=8812" width="1" height="1" alt="">'
        "</td></tr></table></body></html>")


def tracked(escaped: str) -> str:
    """Links wrapped in a click-tracking redirect, as bulk mail tools rewrite them."""
    return re.sub(r"https://[^\s<]+", lambda u: (
        f'<a href="https://click.example.net/ls/click?upn={quote(u.group(0), safe="")}" '
        f'style="color:#0a66c2">{u.group(0)}</a>'), escaped)


def ics_text(ev: dict, uid: str) -> str:
    """A minimal iTIP calendar object for an invitation or a cancellation."""
    method = ev.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
        "DTSTAMP:20260101T120000Z", f"DTSTART:{ev['start']}", f"DTEND:{ev['end']}",
        f"SUMMARY:{ev['summary']}", f"ORGANIZER;CN={ev.get('cn', 'Organizer')}:mailto:{ev['organizer']}",
        f"ATTENDEE;CN={CANDIDATE[0]};RSVP=TRUE:mailto:{CANDIDATE[1]}",
        f"LOCATION:{ev.get('location', 'Microsoft Teams')}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SEQUENCE:{ev.get('seq', 0)}", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def build(m: dict, index: int) -> EmailMessage:
    """One message from its data: headers, body structure and threading."""
    msg = EmailMessage(policy=POLICY)
    if m["slug"] in DATES:
        when = datetime.strptime(DATES[m["slug"]], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    else:
        when = START + timedelta(days=index * 1.8, hours=(index * 7) % 9, minutes=(index * 13) % 60)
    from_name, from_addr = m["from"]
    domain = from_addr.split("@")[1]
    msg["From"] = formataddr((from_name, from_addr)) if from_name else from_addr
    if m.get("sent"):
        msg["To"] = formataddr(m["to"]) if isinstance(m["to"], tuple) else m["to"]
    else:
        msg["To"] = m.get("to_hdr") or formataddr(CANDIDATE)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<c91.{index:03d}.{m['slug']}@{domain}>"
    text = m["body"].strip("\n") + "\n"
    if m.get("quote"):
        subject = re.sub(r"^(?:(?:RE|AW|RV):\s*)+", "", m["subject"], flags=re.I)
        text = text.rstrip("\n") + quote_block(subject, msg["From"], *m["quote"]) + "\n"
        parent = f"<c91.{index:03d}.prev@{m.get('parent_domain', 'example.cl')}>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<c91.{index:03d}.root@{domain}> {parent}"
    for key, value in m.get("headers", {}).items():
        msg[key] = value
    charset = m.get("charset", "utf-8")
    cte = m.get("cte")
    fmt = m.get("fmt", "plain")
    brand = m.get("brand") or from_name or domain
    kw = {"charset": charset} | ({"cte": cte} if cte else {})
    if fmt == "html":
        msg.set_content(m.get("html") or to_html(text, brand, charset), subtype="html", **kw)
    else:
        msg.set_content(text, **kw)
        if fmt == "alt":
            msg.add_alternative(m.get("html") or to_html(text, brand, charset), subtype="html", **kw)
    if m.get("ics"):
        ev = m["ics"]
        cal = ics_text(ev, ev.get("uid", f"c91-{index:03d}@{domain}"))
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(cal, subtype="calendar", params={"method": ev.get("method", "REQUEST")},
                            charset="utf-8")
    if m.get("attach"):
        name, ctype = m["attach"]
        maintype, subtype = ctype.split("/")
        msg.add_attachment(b"%PDF-1.4\n% placeholder document\n", maintype=maintype,
                           subtype=subtype, filename=name)
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_c91_{index:03d}_{n}")
    return msg


def main() -> None:
    messages = [*msgs91_es_a.MESSAGES, *msgs91_es_b.MESSAGES, *msgs91_en.MESSAGES,
                *msgs91_frde.MESSAGES, *msgs91_other.MESSAGES]
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rows = []
    for index, m in enumerate(messages, start=1):
        rel = f"{m['kind']}/{index:03d}_{m['slug']}.eml"
        path = ROOT / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(build(m, index).as_bytes(policy=POLICY))
        job = m["kind"] != "other"
        rows.append([rel, m["kind"], m.get("company", "") if job else "",
                     m.get("contact", "") if job else "", m["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
