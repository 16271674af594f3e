"""Writes the seventy-seventh labelled corpus: one .eml per message plus labels.csv.

The messages themselves live in the msgs77_*.py data modules beside this file (one per kind
family); this script only turns each hand-written message into RFC 5322 bytes with the
structure it asks for (plain, HTML-only, multipart/alternative, calendar parts, attachments,
quoted-printable/base64, legacy charsets, RFC 2047 headers, reply chains). It imports only the
standard library and those data modules, and it writes and deletes files only inside its own
folder. Run: python tests/corpus_seventyseventh/make_seventyseventh.py
"""

from __future__ import annotations

import base64
import csv
import html
import quopri
import re
import sys
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs77_apply  # noqa: E402
import msgs77_interview  # noqa: E402
import msgs77_other  # noqa: E402
import msgs77_other2  # noqa: E402
import msgs77_reject  # noqa: E402

ME = "Jonas Wimmer-Adeyemi <jonas.wa@example.at>"
VIENNA = ZoneInfo("Europe/Vienna")
DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
}


def _when(stamp: str) -> datetime:
    """'MM-DD HH:MM' in Vienna local time, 2026."""
    return datetime.strptime("2026-" + stamp, "%Y-%m-%d %H:%M").replace(tzinfo=VIENNA)


def _addr(text: str) -> str:
    name, addr = parseaddr(text)
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset="utf-8")


def _subject(text: str, n: int) -> str:
    """RFC 2047, alternating Latin-1 and UTF-8 words where Latin-1 can carry the text."""
    if text.isascii():
        return text
    return Header(text, "iso-8859-1" if n % 2 == 0 and _latin(text) else "utf-8").encode()


def _latin(text: str) -> bool:
    try:
        text.encode("iso-8859-1")
    except UnicodeEncodeError:
        return False
    return True


def _attribution(style: str, who: str, when: datetime, subject: str, to: str) -> tuple[str, bool]:
    """The line(s) a mail program puts above a quote, and whether lines get '> '."""
    name, addr = parseaddr(who)
    hm = when.strftime("%H:%M")
    wd = when.weekday()
    mo = when.month - 1
    if style == "gmail":
        return f"On {DAYS['en'][wd]}, {when.day} {MONTHS['en'].split()[mo][:3]} 2026 at {hm}, {name} <{addr}> wrote:", True
    if style == "gmail_de":
        return f"Am {DAYS['de'][wd]}, {when.day}. {MONTHS['de'].split()[mo]} 2026 um {hm} Uhr schrieb {name} <{addr}>:", True
    if style == "fr":
        return f"Le {DAYS['fr'][wd]} {when.day} {MONTHS['fr'].split()[mo]} 2026 à {hm}, {name} <{addr}> a écrit :", True
    if style == "es":
        return f"El {DAYS['es'][wd]}, {when.day} {MONTHS['es'].split()[mo]} 2026 a las {hm}, {name} (<{addr}>) escribió:", True
    if style == "apple":
        return f"> On {when.day} {MONTHS['en'].split()[mo]} 2026, at {hm}, {name} <{addr}> wrote:\n>", True
    if style == "outlook_de":
        day = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][wd]
        return (f"________________________________\nVon: {name} <{addr}>\nGesendet: {day}, {when.day}. "
                f"{MONTHS['de'].split()[mo]} 2026 {hm}\nAn: {to}\nBetreff: {subject}\n"), False
    day = when.strftime("%A")
    return (f"-----Original Message-----\nFrom: {name} <{addr}>\nSent: {day}, "
            f"{when.strftime('%B')} {when.day}, 2026 {when.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {to}\nSubject: {subject}\n"), False


def _auto_html(text: str, sender: str, n: int) -> str:
    """A branded HTML rendering of a plain body: table layout, inline styles, tracking links."""
    domain = parseaddr(sender)[1].split("@")[-1]
    paras = "".join(
        f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        f'color:#222">{html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in text.strip().split("\n\n")
    )
    track = f"https://click.{domain}/ls/click?upn=u{n:03d}x9Qk2-2Bz&amp;c=77{n}"
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f3f3">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table width="600" style="background:#ffffff;border:1px solid #e1e1e1" cellpadding="24"><tr><td>'
        f'<img src="https://cdn.{domain}/mail/logo.png" alt="{html.escape(domain.split(".")[0].title())} logo" width="120">'
        f"</td></tr><tr><td>{paras}</td></tr><tr><td style=\"font-size:11px;color:#888\">"
        f'<a href="{track}" style="color:#888">Datenschutz / Privacy</a> &middot; '
        f'<img src="https://t.{domain}/o/{n:03d}.gif" width="1" height="1" alt="">'
        "</td></tr></table></td></tr></table></body></html>"
    )


LATIN1_FALLBACK = str.maketrans({"–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "’": "'",
                                 "…": "...", "€": "EUR", "•": "*", "☀": "", "️": ""})


def _part(ctype: str, text: str, charset: str, cte: str) -> str:
    if charset == "iso-8859-1":
        # What a Latin-1 mail program does with typographic characters it cannot encode.
        text = text.translate(LATIN1_FALLBACK)
    raw = text.replace("\n", "\r\n").encode(charset) if cte != "qp" else text.encode(charset)
    if cte == "b64":
        body = base64.encodebytes(raw).decode("ascii")
        enc = "base64"
    elif cte == "qp":
        body = quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n")
        enc = "quoted-printable"
    else:
        body = raw.decode(charset).replace("\r\n", "\n")
        enc = "8bit" if not text.isascii() else "7bit"
    return f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {enc}\n\n{body}\n"


def _ics(spec: dict, sent: datetime, organizer: str, uid: str) -> str:
    start = (sent + timedelta(days=spec["days"])).replace(
        hour=spec.get("hour", 10), minute=spec.get("mins", 0), second=0).astimezone(UTC)
    end = start + timedelta(minutes=spec.get("length", 45))
    method = spec.get("method", "REQUEST")
    z = "%Y%m%dT%H%M%SZ"
    _, org = parseaddr(organizer)
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Scheduling 4.2//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTAMP:{sent.astimezone(UTC).strftime(z)}",
        f"DTSTART:{start.strftime(z)}", f"DTEND:{end.strftime(z)}",
        f"SUMMARY:{spec['summary']}", f"ORGANIZER;CN=\"{parseaddr(organizer)[0]}\":mailto:{org}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas.wa@example.at",
        f"LOCATION:{spec.get('loc', 'Microsoft Teams')}", f"SEQUENCE:{spec.get('seq', 0)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def build(n: int, m: dict) -> bytes:
    """One message as bytes."""
    sent = _when(m["date"])
    frm = m["frm"]
    domain = parseaddr(frm)[1].split("@")[-1]
    charset = m.get("cs", "utf-8")
    cte = m.get("cte") or ("7bit" if m["body"].isascii() else "qp")
    body = m["body"].strip("\n") + "\n"
    subject = m["subj"]
    if "quote" in m:
        style, who, qtext, back = m["quote"]
        qwhen = sent - timedelta(days=back, hours=3, minutes=17)
        to = ME if "jonas.wa@" not in who else frm
        head, prefix = _attribution(style, who, qwhen, re.sub(r"^(Re|AW|RE|Aw)\s*:\s*", "", subject), to)
        qbody = qtext.strip("\n")
        if prefix:
            qbody = "\n".join(("> " + line).rstrip() for line in qbody.split("\n"))
        body = f"{body}\n{head}\n{qbody}\n"
    mid = f"<{m['slug'].replace('_', '.')}.{n:03d}.{sent.strftime('%m%d%H%M')}@{m.get('mid_domain', domain)}>"
    headers = [
        f"Return-Path: <{m.get('return_path', parseaddr(frm)[1])}>",
        f"Date: {format_datetime(sent)}",
        f"From: {_addr(frm)}",
        f"To: {_addr(m.get('to', ME))}",
    ]
    if "cc" in m:
        headers.append(f"Cc: {_addr(m['cc'])}")
    if "rt" in m:
        headers.append(f"Reply-To: {_addr(m['rt'])}")
    headers += [f"Subject: {_subject(subject, n)}", f"Message-ID: {mid}"]
    if "quote" in m or subject.lower().startswith(("re:", "aw:", "antw:", "rép", "re :")):
        parent = f"<prev.{m['slug'].replace('_', '')}.{n:03d}@{m.get('parent_domain', 'mail.example.at' if 'quote' in m and 'jonas' in m['quote'][1] else domain)}>"
        headers += [f"In-Reply-To: {parent}", f"References: <thread0.{n:03d}@{domain}> {parent}"]
    for key, value in m.get("hdr", {}).items():
        headers.append(f"{key}: {value}")
    headers.append("MIME-Version: 1.0")
    fmt = m.get("fmt", "plain")
    html_text = m.get("html") or (_auto_html(m["body"], frm, n) if fmt in ("html", "alt") else "")
    html_text = html_text.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
    parts: list[str] = []
    if fmt == "plain":
        parts.append(_part("text/plain", body, charset, cte))
    elif fmt == "html":
        parts.append(_part("text/html", html_text, charset, cte))
    else:
        alt = f"==alt_{n:03d}_{sent.strftime('%d%H%M')}=="
        parts.append(
            f"Content-Type: multipart/alternative; boundary=\"{alt}\"\n\n--{alt}\n"
            + _part("text/plain", body, charset, cte) + f"--{alt}\n"
            + _part("text/html", html_text, charset, m.get("html_cte", "qp" if cte != "b64" else "b64"))
            + f"--{alt}--\n"
        )
    if "ics" in m:
        ics = _ics(m["ics"], sent, m["ics"].get("organizer", frm), m["ics"].get("uid", f"{m['slug']}-{n:03d}@{domain}"))
        method = m["ics"].get("method", "REQUEST")
        parts.append(
            f"Content-Type: text/calendar; charset=\"utf-8\"; method={method}\n"
            f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(ics.encode()).decode()}"
        )
    if "att" in m:
        fake = b"%PDF-1.4\n% corpus placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        parts.append(
            f"Content-Type: application/pdf; name=\"{m['att']}\"\nContent-Disposition: attachment; "
            f"filename=\"{m['att']}\"\nContent-Transfer-Encoding: base64\n\n{base64.encodebytes(fake).decode()}"
        )
    if len(parts) == 1:
        text = "\n".join(headers) + "\n" + parts[0]
    else:
        mixed = f"==mixed_{n:03d}_{sent.strftime('%m%d')}=="
        text = "\n".join(headers) + f"\nContent-Type: multipart/mixed; boundary=\"{mixed}\"\n\n"
        text += "This is a multi-part message in MIME format.\n\n"
        text += "".join(f"--{mixed}\n{p}\n" for p in parts) + f"--{mixed}--\n"
    if cte == "8bit" or not text.isascii():
        return text.encode(charset, errors="strict")
    return text.encode("ascii")


def main() -> None:
    messages = (msgs77_reject.MESSAGES + msgs77_interview.MESSAGES + msgs77_apply.MESSAGES
                + msgs77_other.MESSAGES + msgs77_other2.MESSAGES)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for n, m in enumerate(messages, start=1):
        rel = f"{m['kind']}/{n:03d}_{m['slug']}.eml"
        (HERE / m["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(build(n, m))
        rows.append([rel, m["kind"], m.get("company", ""), m.get("contact", ""), m["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages written")


if __name__ == "__main__":
    main()
