"""Shared layout helpers for corpus 349: the candidate, the spec constructor, HTML shells,
signatures and calendar text. Layout only: no message wording lives here except greetings
used by many messages."""

from __future__ import annotations

import html
from typing import Any

CAND_NAME = "Iñigo Zubizarreta Lowe"
CAND_ADDR = "inigo.zubizarreta@example.es"
CAND = f"{CAND_NAME} <{CAND_ADDR}>"

Spec = dict[str, Any]


def M(key: str, kind: str, lang: str, date: str, frm: str, subj: str, body: str,
      **kw: Any) -> Spec:
    """One message spec. `date` is 'YYYY-MM-DD HH:MM +HHMM'; `frm` is 'Name <addr>'."""
    spec: Spec = {"key": key, "kind": kind, "lang": lang, "date": date, "from": frm,
                  "subject": subj, "body": body.strip("\n") + "\n"}
    spec.setdefault("company", "")
    spec.setdefault("contact", "")
    spec.update(kw)
    return spec


def html_shell(text: str, brand: str = "", color: str = "#1f3a5f", footer: str = "") -> str:
    """A simple mail-client style HTML document: one <p> per paragraph of `text`."""
    paras = [p for p in text.strip("\n").split("\n\n") if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paras
    )
    head = ""
    if brand:
        head = (f'<table width="100%" cellpadding="12"><tr><td style="background:{color};'
                f'color:#ffffff;font-size:18px">{html.escape(brand)}</td></tr></table>\n')
    foot = ""
    if footer:
        foot = (f'<p style="color:#888888;font-size:11px">{html.escape(footer)}</p>\n')
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            f"{head}{body}\n{foot}</body></html>\n")


def sig(*lines: str) -> str:
    """A signature block after the usual '-- ' separator."""
    return "\n-- \n" + "\n".join(lines) + "\n"


TZ_CET = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Luxembourg": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST"),
}


def vtimezone(tzid: str) -> list[str]:
    std, dst, std_name, dst_name = TZ_CET[tzid]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def ics(method: str, uid: str, seq: int, start: str, end: str, summary: str, organizer: str,
        tzid: str = "Europe/Madrid", location: str = "", stamp: str = "20260101T090000Z",
        status: str = "") -> str:
    """A VCALENDAR with one VEVENT; start/end are local 'YYYYMMDDTHHMMSS' in tzid."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus349//Calendar//EN", "VERSION:2.0",
             f"METHOD:{method}", *vtimezone(tzid), "BEGIN:VEVENT", f"UID:{uid}",
             f"SEQUENCE:{seq}", f"DTSTAMP:{stamp}", f"DTSTART;TZID={tzid}:{start}",
             f"DTEND;TZID={tzid}:{end}", f"SUMMARY:{summary}",
             f"ORGANIZER;CN={organizer.split('<')[0].strip()}:mailto:"
             f"{organizer.split('<')[1].rstrip('>')}",
             f"ATTENDEE;CN={CAND_NAME};RSVP=TRUE:mailto:{CAND_ADDR}"]
    if location:
        lines.append(f"LOCATION:{location}")
    lines.append(f"STATUS:{status or ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


BULK = {"Precedence": "bulk"}


def list_headers(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}
