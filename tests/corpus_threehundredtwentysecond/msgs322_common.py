"""Layout helpers shared by the message modules of corpus 322: no message content lives here.

Text helpers (dedent), HTML shells, signatures, calendar (iCalendar) bodies with VTIMEZONE
blocks, and the candidate's identity.
"""

from __future__ import annotations

import html
import textwrap

CANDIDATE = ("Siobhán Ní Bhriain", "siobhan.nibhriain@example.ie")
ME = CANDIDATE


def t(body: str) -> str:
    """A message body written indented in the source: dedent, drop the first newline."""
    return textwrap.dedent(body).lstrip("\n").rstrip() + "\n"


def para_html(paragraphs: list[str]) -> str:
    """Paragraphs (plain text, may contain <b>/<a> already escaped by the caller) as <p>."""
    return "\n".join(f"<p>{p}</p>" for p in paragraphs)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def html_page(
    body: str,
    *,
    title: str = "",
    brand: str = "",
    colour: str = "#1f4e79",
    footer: str = "",
    lang: str = "en",
) -> str:
    """A plain e-mail HTML shell (table layout, inline styles) around an already built body."""
    head = f"<title>{esc(title)}</title>" if title else ""
    brand_row = (
        f'<tr><td style="background:{colour};color:#ffffff;padding:14px 20px;'
        f'font-size:18px;font-weight:bold">{esc(brand)}</td></tr>\n'
        if brand
        else ""
    )
    foot_row = (
        f'<tr><td style="padding:12px 20px;font-size:11px;color:#777777">{footer}</td></tr>\n'
        if footer
        else ""
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}\n'
        "</head>\n"
        '<body style="margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;'
        'font-size:14px;color:#222222">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="max-width:640px;margin:0 auto">\n'
        f"{brand_row}"
        f'<tr><td style="padding:20px">\n{body}\n</td></tr>\n'
        f"{foot_row}"
        "</table>\n</body>\n</html>\n"
    )


def html_from_text(text: str, **shell: str) -> str:
    """An HTML version of a plain body: blank-line paragraphs, single newlines as <br>."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    body = "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)
    return html_page(body, **shell)


_TZ = {
    "Europe/Dublin": ("GMT", "IST", "+0000", "+0100", "010000", "020000"),
    "Europe/London": ("GMT", "BST", "+0000", "+0100", "010000", "020000"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200", "020000", "030000"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200", "020000", "030000"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200", "020000", "030000"),
}


def vtimezone(tzid: str) -> list[str]:
    std, dst, off_std, off_dst, spring, autumn = _TZ[tzid]
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"DTSTART:19701025T{autumn}",
        f"TZOFFSETFROM:{off_dst}",
        f"TZOFFSETTO:{off_std}",
        f"TZNAME:{std}",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:19700329T{spring}",
        f"TZOFFSETFROM:{off_std}",
        f"TZOFFSETTO:{off_dst}",
        f"TZNAME:{dst}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def _ics_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 70
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def ics(
    *,
    method: str,
    uid: str,
    seq: int,
    start: str,
    end: str,
    tz: str,
    summary: str,
    organizer: tuple[str, str],
    location: str = "",
    description: str = "",
    stamp: str = "20260101T090000Z",
    status: str = "CONFIRMED",
    prodid: str = "-//Example Scheduling//Corpus 322//EN",
) -> str:
    """An iCalendar body (one VEVENT, with its VTIMEZONE); start/end are local YYYYMMDDTHHMMSS."""
    name, addr = organizer
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{prodid}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        *vtimezone(tz),
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{seq}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{start}",
        f"DTEND;TZID={tz}:{end}",
        f"SUMMARY:{_ics_escape(summary)}",
        f'ORGANIZER;CN="{name}":mailto:{addr}',
        f'ATTENDEE;CN="{CANDIDATE[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        f"mailto:{CANDIDATE[1]}",
    ]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    lines += [f"STATUS:{'CANCELLED' if method == 'CANCEL' else status}", "END:VEVENT",
              "END:VCALENDAR"]
    folded: list[str] = []
    for line in lines:
        folded += _fold(line)
    return "\n".join(folded) + "\n"
