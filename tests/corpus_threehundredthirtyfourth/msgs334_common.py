"""Layout helpers for corpus 334: the spec constructor, HTML shells, calendar and PDF parts.

Nothing here decides a label; every label is written by hand in the message modules.
"""

from __future__ import annotations

import textwrap
from datetime import datetime, timedelta
from typing import Any

CAND_NAME = "Wiebke Harmsen-Ortiz"
CAND_ADDR = "wiebke.harmsen@example.de"
CAND = f"{CAND_NAME} <{CAND_ADDR}>"

Spec = dict[str, Any]


def t(text: str) -> str:
    """A body written indented in the source: dedented, without the first newline."""
    return textwrap.dedent(text).lstrip("\n")


def M(kind: str, lang: str, slug: str, frm: str, subj: str, date: str,
      body: str | None = None, **kw: Any) -> Spec:
    """One message spec. `contact` is "from", "reply" or "" (the labeller's choice of the
    human to answer); `company` is the hand-written employer label."""
    spec: Spec = {"kind": kind, "lang": lang, "slug": slug, "frm": frm, "subj": subj,
                  "date": date, "body": t(body) if body is not None else None}
    tail = kw.pop("tail", "")
    if tail and spec["body"] is not None:
        spec["body"] = spec["body"] + "\n" + tail
    spec.update(kw)
    if spec.get("html") is not None:
        spec["html"] = t(spec["html"])
    spec.setdefault("company", "")
    spec.setdefault("contact", "")
    return spec


def html_shell(title: str, inner: str, footer: str = "", lang: str = "de") -> str:
    """A plain ATS-style HTML document around an inner fragment."""
    foot = f'<p style="color:#888;font-size:11px">{footer}</p>\n' if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n"
        '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">\n'
        f"{t(inner)}"
        f"{foot}"
        "</td></tr></table>\n</body>\n</html>\n"
    )


def newsletter_shell(title: str, items: list[tuple[str, str]], footer: str,
                     lang: str = "de") -> str:
    """A bulk newsletter: a heading and a list of linked items."""
    rows = "\n".join(
        f'<tr><td style="padding:8px 0"><a href="https://news.example.org/r/{i}">'
        f"<b>{head}</b></a><br>{text}</td></tr>"
        for i, (head, text) in enumerate(items, 1)
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{title}</title></head>\n<body>\n<h2>{title}</h2>\n<table>\n{rows}\n</table>\n"
        f'<p style="font-size:11px;color:#777">{footer}</p>\n</body>\n</html>\n'
    )


VTIMEZONE = {
    "Europe/Berlin": "Europe/Berlin", "Europe/Zurich": "Europe/Zurich",
    "Europe/Vienna": "Europe/Vienna", "Europe/Amsterdam": "Europe/Amsterdam",
    "Europe/Paris": "Europe/Paris", "Europe/Madrid": "Europe/Madrid",
}


def ics(method: str, uid: str, seq: int, start: str, minutes: int, summary: str,
        location: str, organizer: str, tz: str = "Europe/Berlin",
        stamp: str = "20260101T090000Z", status: str = "CONFIRMED",
        description: str = "") -> str:
    """A one-event iCalendar text with a central-European VTIMEZONE."""
    begin = datetime.strptime(start, "%Y-%m-%d %H:%M")
    end = begin + timedelta(minutes=minutes)
    name, _, addr = organizer.partition(" <")
    addr = addr.rstrip(">")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Scheduling//Calendar 4.2//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VTIMEZONE", f"TZID:{VTIMEZONE[tz]}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{begin:%Y%m%dT%H%M%S}", f"DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{summary}", f"LOCATION:{location}",
        f"ORGANIZER;CN=\"{name}\":mailto:{addr}",
        f"ATTENDEE;CN=\"{CAND_NAME}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND_ADDR}",
        f"STATUS:{status}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{description}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def esc(s: str) -> bytes:
        raw = s.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    text = b"BT /F1 11 Tf 14 TL 72 770 Td " + b" T* ".join(
        b"(" + esc(line) + b") Tj" for line in lines) + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(text)).encode() + b" >>\nstream\n" + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += str(number).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objects) + 1).encode() + b"\n0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (b"trailer\n<< /Size " + str(len(objects) + 1).encode() + b" /Root 1 0 R >>\n"
            b"startxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return bytes(out)


DISCLAIMER_DE = t("""
    Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
    nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
    Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie
    die unbefugte Weitergabe dieser Mail ist nicht gestattet.
""")

DISCLAIMER_EN = t("""
    This message and any attachments are confidential and intended solely for the addressee.
    If you have received it in error, please notify the sender and delete it. Any unauthorised
    use, disclosure or copying is prohibited.
""")

DISCLAIMER_FR = t("""
    Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de
    ses destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le
    détruire. Toute utilisation non autorisée est interdite.
""")

DISCLAIMER_ES = t("""
    Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.
    Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Queda
    prohibida su utilización o divulgación sin autorización.
""")
