"""Layout helpers shared by the message modules of corpus 311: the candidate, the spec shape,
HTML shells and calendar bodies. No message text lives here."""

from __future__ import annotations

import html
from typing import Any

CANDIDATE = "Johanna Freitag <johanna.freitag@example.de>"
CANDIDATE_ADDR = "johanna.freitag@example.de"

Spec = dict[str, Any]


def mail(slug: str, kind: str, lang: str, date: str, frm: str, subject: str, body: str,
         **extra: Any) -> Spec:
    """One hand-written message: the text and its labels (company, contact) plus layout options.

    Options: to, cc, reply_to, fmt (plain | html | alt), html, charset, cte, html_cte,
    attach [(filename, [pdf lines])], ics {...}, fwd {...}, parent, quote (de | en | fr | es |
    outlook_de | outlook_en | outlook_fr | outlook_es), headers {...}, subj_enc (charset, q|b),
    name_enc (charset, q|b)."""
    spec: Spec = {"slug": slug, "kind": kind, "lang": lang, "date": date, "frm": frm,
                  "subject": subject, "body": body, "company": "", "contact": ""}
    spec.update(extra)
    return spec


def html_shell(text: str, *, brand: str = "", footer: str = "", color: str = "#2a5d8f") -> str:
    """A plain mail-client style HTML rendering of `text`; quoted lines become a blockquote."""
    blocks: list[str] = []
    quoted: list[str] = []
    para: list[str] = []

    def flush_para() -> None:
        if para:
            blocks.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote() -> None:
        if quoted:
            inner = "<br>\n".join(html.escape(x) for x in quoted)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          f'padding-left:1ex">{inner}</blockquote>')
            quoted.clear()

    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            flush_para()
            quoted.append(line.lstrip("> ").rstrip())
        elif not line.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    head = (f'<div style="background:{color};color:#fff;padding:12px 18px;font-size:18px">'
            f"{html.escape(brand)}</div>\n") if brand else ""
    foot = (f'<p style="color:#888;font-size:11px">{html.escape(footer)}</p>\n') if footer else ""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f"{head}<div style=\"padding:12px 18px\">\n" + "\n".join(blocks) + "\n</div>\n"
            f"{foot}</body></html>\n")


VTIMEZONE = """BEGIN:VTIMEZONE
TZID:{tz}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def _fold_ics(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 73
        while len(line[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def calendar(ics: dict[str, Any], organizer: str, stamp: str) -> str:
    """A text/calendar body (one VEVENT with a VTIMEZONE) from an `ics` option."""
    tz = ics.get("tz", "Europe/Berlin")
    method = ics["method"]
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus311//Hand written//EN", "VERSION:2.0",
             f"METHOD:{method}", *VTIMEZONE.format(tz=tz).split("\n"), "BEGIN:VEVENT",
             f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
             f"SUMMARY:{ics['summary']}"]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics['location']}")
    if ics.get("description"):
        lines.append("DESCRIPTION:" + ics["description"].replace("\n", "\\n"))
    lines += [f"ORGANIZER;CN={ics.get('organizer_name', 'Organizer')}:mailto:{organizer}",
              "ATTENDEE;CN=Johanna Freitag;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
              f"RSVP=TRUE:mailto:{CANDIDATE_ADDR}",
              "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
              "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(x for line in lines for x in _fold_ics(line)) + "\n"
