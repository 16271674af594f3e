"""Layout helpers for corpus 336: the candidate, quoting, HTML shells, calendar parts, PDFs.

Only layout lives here; every message text is written by hand in the msgs336_* modules.
"""

from __future__ import annotations

from typing import Any

CAND_NAME = "Mathilde Vasseur-Kerbrat"
CAND_ADDR = "mathilde.vasseur@example.fr"
CAND = (CAND_NAME, CAND_ADDR)

Spec = dict[str, Any]


def M(**fields: Any) -> Spec:
    """One message spec; the builder fills the defaults."""
    return fields


def html_page(*paragraphs: str, footer: str = "", title: str = "") -> str:
    """A plain HTML shell around paragraphs (each already HTML-escaped where needed)."""
    head = f"<title>{title}</title>" if title else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    foot = f'\n<p style="font-size:11px;color:#777777">{footer}</p>' if footer else ""
    return (
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\">" + head + "</head>\n"
        '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
        + body + foot + "\n</body>\n</html>"
    )


def html_table_digest(title: str, rows: list[tuple[str, str, str]], intro: str,
                      footer: str) -> str:
    """An HTML job-alert digest: one table row per (title, employer, place)."""
    lines = "\n".join(
        f"<tr><td><b>{t}</b></td><td>{e}</td><td>{p}</td></tr>" for t, e, p in rows
    )
    return (
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>" + title + "</title></head>\n"
        "<body>\n<h2>" + title + "</h2>\n<p>" + intro + "</p>\n"
        '<table border="0" cellpadding="4">\n' + lines + "\n</table>\n"
        '<p style="font-size:11px">' + footer + "</p>\n</body>\n</html>"
    )


TZ_BLOCKS = {
    "Europe/Paris": ("+0100", "+0200"),
    "Europe/Berlin": ("+0100", "+0200"),
    "Europe/Madrid": ("+0100", "+0200"),
    "Europe/Brussels": ("+0100", "+0200"),
    "Europe/Luxembourg": ("+0100", "+0200"),
}


def vtimezone(tzid: str) -> list[str]:
    std, dst = TZ_BLOCKS[tzid]
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _ics_time(value: str) -> str:
    day, clock = value.split()
    return day.replace("-", "") + "T" + clock.replace(":", "") + "00"


def ics(method: str, uid: str, seq: int, start: str, end: str, summary: str, location: str,
        organizer: tuple[str, str], stamp: str, tzid: str = "Europe/Paris",
        description: str = "") -> str:
    """A text/calendar body (METHOD REQUEST or CANCEL) with a VTIMEZONE block."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 336//Handwritten//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        *vtimezone(tzid),
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{seq}",
        f"DTSTAMP:{_ics_time(stamp)}Z",
        f"DTSTART;TZID={tzid}:{_ics_time(start)}",
        f"DTEND;TZID={tzid}:{_ics_time(end)}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={CAND_NAME};RSVP=TRUE:mailto:{CAND_ADDR}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{description}")
    lines += [
        "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines)


def pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given ASCII lines."""
    text_ops = ["BT", "/F1 11 Tf", "60 780 Td", "14 TL"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text_ops.append(f"({safe}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """Mailing-list headers of a newsletter or alert digest."""
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }
