"""Writes the 57th labelled corpus (tests/corpus_fiftyseventh/<kind>/<nnn>_<scenario>.eml and
labels.csv) from the hand-written messages in the msgs57_* modules next to it.

Run from anywhere: `python tests/corpus_fiftyseventh/make_fiftyseventh.py`. It only creates and
deletes files inside its own folder. Imports the standard library and its msgs57_* modules only.
"""

from __future__ import annotations

import csv
import hashlib
import html
import random
import re
import sys
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs57_apps  # noqa: E402
import msgs57_interviews  # noqa: E402
import msgs57_more_es  # noqa: E402
import msgs57_other  # noqa: E402
import msgs57_rejections  # noqa: E402
from msgs57_base import LUCIA  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
NON_HUMAN = re.compile(
    r"no-?reply|do-?not-?reply|notifications?@|notification|mailer|alerts?@|jobalerts|"
    r"automated|system@|bounce|newsletter|news@|digest|calendar-notification|ne-pas-repondre|"
    r"nepasrepondre|notificaciones|noresponder|no-responder|keine-antwort|info@|hello@|marketing",
    re.IGNORECASE,
)
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def human(address: str) -> bool:
    """Whether a reply to this address reaches a person (team mailboxes count, robots do not)."""
    return bool(address) and not NON_HUMAN.search(address) and address != "lucia.etxeberria@example.es"


def contact_for(spec: dict[str, Any]) -> str:
    """The label rule of the README: Reply-To if human, else the human sender, else empty."""
    if "contact" in spec:
        return str(spec["contact"])
    headers = spec.get("headers", {})
    if "List-Id" in headers or "List-Unsubscribe" in headers:
        return ""  # bulk mail: nobody reads the replies
    reply = parseaddr(spec.get("reply_to", ""))[1]
    if human(reply):
        return reply
    sender = parseaddr(spec["frm"])[1]
    return sender if human(sender) else ""


def quote_block(style: str, who: str, when: datetime, text: str, answered: str) -> str:
    """A quoted earlier message in the way the named mail program writes it."""
    quoted = "\n".join("> " + line if line else ">" for line in text.strip().splitlines())
    hm = when.strftime("%H:%M")
    if style == "gmail":
        head = f"On {when.strftime('%a')}, {when.day} {MONTHS['en'][when.month - 1]} {when.year} at {hm}, {who} wrote:"
        return f"\n\n{head}\n\n{quoted}\n"
    if style == "es":
        head = f"El {when.day} {MONTHS['es'][when.month - 1]} {when.year}, a las {hm}, {who} escribió:"
        return f"\n\n{head}\n{quoted}\n"
    if style == "fr":
        head = f"Le {when.day} {MONTHS['fr'][when.month - 1]} {when.year} à {hm}, {who} a écrit :"
        return f"\n\n{head}\n{quoted}\n"
    if style == "de":
        head = f"Am {when.strftime('%d.%m.%Y')} um {hm} schrieb {who}:"
        return f"\n\n{head}\n{quoted}\n"
    name, addr = parseaddr(who)
    subject = style.split(":", 1)[-1] if ":" in style else "candidatura"
    if style.startswith("outlook_es"):
        return (f"\n\nDe: {name} <{addr}>\nEnviado el: {when.day} de {MONTHS['es'][when.month - 1]} de "
                f"{when.year} {hm}\nPara: {answered}\nAsunto: {subject}\n\n{text.strip()}\n")
    # Outlook: a rule and a header block, no '>' marks.
    return (f"\n\n________________________________\nFrom: {name} <{addr}>\n"
            f"Sent: {when.strftime('%A, %B')} {when.day}, {when.year} {when.strftime('%I:%M %p')}\n"
            f"To: {answered}\nSubject: RE: {subject}\n\n{text.strip()}\n")


def to_html(text: str, brand: str, track: str) -> str:
    """Bulk-mail style HTML for a plain body: a layout table, inline styles, tracked links."""
    paras = []
    for block in text.strip().split("\n\n"):
        inner = html.escape(block).replace("\n", "<br>\n")
        inner = re.sub(r"(https?://[^\s<]+)", lambda x: f'<a href="https://{track}/c/{hashlib.md5(x.group(1).encode()).hexdigest()[:12]}" style="color:#1a5fb4">{x.group(1)}</a>', inner)
        paras.append(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#222">{inner}</p>')
    body = "\n".join(paras)
    logo = f'<img src="https://{track}/img/logo.png" alt="{html.escape(brand)}" width="120" style="display:block;border:0">' if brand else ""
    pixel = f'<img src="https://{track}/o/{hashlib.md5(text.encode()).hexdigest()[:16]}.gif" width="1" height="1" alt="">'
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f4f4f4\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f4f4\"><tr><td align=\"center\">\n"
            "<table role=\"presentation\" width=\"600\" cellpadding=\"24\" cellspacing=\"0\" style=\"background:#ffffff\">\n"
            f"<tr><td>{logo}</td></tr>\n<tr><td>\n{body}\n</td></tr>\n</table>\n</td></tr></table>\n{pixel}\n</body></html>\n")


def to_outlook_html(text: str) -> str:
    """The HTML Outlook writes for a person's message: MsoNormal paragraphs, Calibri, no layout."""
    paras = []
    for line in text.strip().splitlines():
        inner = html.escape(line) if line.strip() else "&nbsp;"
        paras.append(f'<p class="MsoNormal"><span lang="ES" style="font-size:11.0pt;font-family:Calibri,sans-serif">{inner}</span></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang="ES" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


def ics_text(ics: dict[str, Any], organizer: str, stamp: datetime) -> str:
    """A minimal but valid VCALENDAR with one VEVENT (REQUEST or CANCEL)."""
    method = ics.get("method", "REQUEST")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//" + ics.get("prodid", "Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{ics['uid']}",
             f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}", f"DTSTART:{ics['start']}", f"DTEND:{ics['end']}",
             f"SUMMARY:{ics['summary']}", f"ORGANIZER;CN=\"{parseaddr(organizer)[0]}\":mailto:{parseaddr(organizer)[1]}",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Lucía Etxeberria-Montalvo\":mailto:lucia.etxeberria@example.es",
             f"SEQUENCE:{ics.get('sequence', 0)}", f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}"]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics['location']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)


def fold(line: str) -> str:
    """RFC 5545 folding: content lines of at most 75 octets, continued after CRLF + space."""
    parts, current = [], ""
    for char in line:
        if len((current + char).encode()) > (75 if not parts else 74):
            parts.append(current)
            current = ""
        current += char
    parts.append(current)
    return "\r\n ".join(parts)


FALLBACK = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u20ac": "EUR",
            "\u2022": "*", "\u201e": '"', "\u2026": "..."}


def fit(text: str, charset: str) -> str:
    """The text with the characters a legacy charset lacks spelled as a mail program would."""
    out = []
    for char in text:
        try:
            char.encode(charset)
        except UnicodeEncodeError:
            char = FALLBACK.get(char, "")
        out.append(char)
    return "".join(out)


def build(spec: dict[str, Any], index: int) -> bytes:
    """The message bytes for one spec."""
    date = datetime.fromisoformat(spec["date"])
    sender = parseaddr(spec["frm"])[1]
    domain = sender.split("@", 1)[1]
    msg = EmailMessage()
    for key, value in spec.get("headers_first", {}).items():
        msg[key] = value
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", LUCIA)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(date)
    digest = hashlib.sha1(f"{index}{spec['scen']}".encode()).hexdigest()[:16]
    msg["Message-ID"] = spec.get("message_id", f"<{digest}.{date.strftime('%Y%m%d%H%M')}@{domain}>")
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = spec.get("references", spec["in_reply_to"])
    msg["MIME-Version"] = "1.0"
    for key, value in spec.get("headers", {}).items():
        msg[key] = value

    text = spec["body"].strip("\n") + "\n"
    if spec.get("quote"):
        style, who, qtext = spec["quote"]
        answered = spec["frm"] if who == LUCIA else spec.get("to", LUCIA)
        when = date - timedelta(days=spec.get("quote_days", 2), hours=3)
        text += quote_block(style, who, when, qtext, answered)
    charset = spec.get("charset", "utf-8")
    text = fit(text, charset)
    cte = spec.get("cte")
    fmt = spec.get("fmt", "plain")
    track = spec.get("track", f"click.{domain}")
    brand = spec.get("brand", spec.get("company", ""))
    if spec.get("html"):
        page = spec["html"]
    elif human(sender) and not spec.get("headers", {}).get("List-Id"):
        page = to_outlook_html(text)
    else:
        page = to_html(text, brand, track)
    page = fit(page, charset)

    if fmt == "html":
        msg.set_content(page, subtype="html", charset=charset, cte=cte or "quoted-printable")
    elif fmt == "alt":
        msg.set_content(text, charset=charset, cte=cte or "quoted-printable")
        msg.add_alternative(page, subtype="html", charset=charset, cte="quoted-printable")
    else:
        msg.set_content(text, charset=charset, cte=cte or ("8bit" if charset == "utf-8" else "quoted-printable"))
    if spec.get("ics"):
        cal = ics_text(spec["ics"], spec.get("organizer", spec["frm"]), date)
        method = spec["ics"].get("method", "REQUEST")
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(cal, subtype="calendar", charset="utf-8", params={"method": method})
        msg.make_mixed()
        msg.add_attachment(cal.encode(), maintype="application", subtype="ics", filename="invite.ics")
    if spec.get("attach"):
        blob = b"%PDF-1.4\n% fake attachment for a test corpus\n" + spec["attach"].encode() + b"\n%%EOF\n"
        msg.add_attachment(blob, maintype="application", subtype="pdf", filename=spec["attach"])
    # Mail saved by different programs: some files keep the wire's CRLF, others use LF.
    return msg.as_bytes(policy=SMTP if index % 2 == 0 else SMTP.clone(linesep="\n"))


def main() -> None:
    """Rewrite every message and the label file from scratch (seeded: MIME boundaries repeat)."""
    random.seed(57)
    specs = (msgs57_rejections.MESSAGES + msgs57_interviews.MESSAGES + msgs57_apps.MESSAGES
             + msgs57_more_es.MESSAGES + msgs57_other.MESSAGES)
    for kind in KIND_ORDER:
        folder = ROOT / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    rows = []
    counters: dict[str, int] = {}
    for index, spec in enumerate(specs):
        kind = spec["kind"]
        assert kind in KIND_ORDER, spec["scen"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['scen']}.eml"
        (ROOT / kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(spec, index))
        company = spec.get("company", "") if kind != "other" else spec.get("company_other", "")
        rows.append([rel, kind, company, contact_for(spec), spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages", {k: counters.get(k, 0) for k in KIND_ORDER})


if __name__ == "__main__":
    main()
