"""Building blocks for the eighty-sixth corpus: message specs, quoted reply chains, HTML shells
and calendar parts. Pure string helpers; imports only the standard library."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta

ME = ("Priya Halvorsen-Mendes", "priya.hm@example.com.au")
NOREPLY = re.compile(r"no-?reply|donotreply|do-not-reply|notification|mailer-daemon|bounce|alerts?@|news@|info@|hello@|digest|jobalerts|updates@", re.I)

ATS_SYSTEM = re.compile(r"@([\w.-]+\.)?(myworkday|taleo|oraclecloud|goodtime|docusign|successfactors|pageuppeople|"
                        r"greenhouse-mail|lever|smartrecruiters|teamtailor-mail|workablemail|recruitee|icims|"
                        r"ashbyhq|livehire|join|personio|apsjobs|ats)\.", re.I)


def msg(kind: str, scen: str, lang: str, frm: tuple[str, str], subject: str, date: str, text: str = "",
        **kw: object) -> dict[str, object]:
    """One message spec; see make_eightysixth.build for the optional keys."""
    return {"kind": kind, "scen": scen, "lang": lang, "frm": frm, "subject": subject, "date": date,
            "text": text, **kw}


def _quote(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").splitlines())


def gmail(who: tuple[str, str], when: str, text: str) -> str:
    return f"\n\nOn {when}, {who[0]} <{who[1]}> wrote:\n{_quote(text)}\n"


def outlook(who: tuple[str, str], when: str, to: str, subject: str, text: str) -> str:
    return (f"\n\n________________________________\nFrom: {who[0]} <{who[1]}>\nSent: {when}\nTo: {to}\n"
            f"Subject: {subject}\n\n{text.strip()}\n")


def german(who: tuple[str, str], when: str, text: str) -> str:
    return f"\n\nAm {when} schrieb {who[0]} <{who[1]}>:\n{_quote(text)}\n"


def french(who: tuple[str, str], when: str, text: str) -> str:
    return f"\n\nLe {when}, {who[0]} <{who[1]}> a écrit :\n{_quote(text)}\n"


def spanish(who: tuple[str, str], when: str, text: str) -> str:
    return f"\n\nEl {when}, {who[0]} (<{who[1]}>) escribió:\n{_quote(text)}\n"


def forwarded(who: tuple[str, str], when: str, subject: str, text: str, to: tuple[str, str] = ME) -> str:
    return (f"\n\n---------- Forwarded message ---------\nFrom: {who[0]} <{who[1]}>\nDate: {when}\n"
            f"Subject: {subject}\nTo: {to[0]} <{to[1]}>\n\n{text.strip()}\n")


def paras_html(text: str) -> str:
    """Plain paragraphs as HTML paragraphs (links become anchors with a tracking redirect)."""
    out = []
    for block in text.strip().split("\n\n"):
        block = block.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        block = re.sub(r"(https://[^\s]+)", r'<a href="https://t.example.net/c/\1?utm_source=email">\1</a>', block)
        out.append("<p style=\"margin:0 0 14px 0\">" + block.replace("\n", "<br>") + "</p>")
    return "\n".join(out)


def shell(text: str, brand: str, colour: str = "#0b5394", footer: str = "", logo: str = "") -> str:
    """A table-layout HTML mail as ATS and newsletter tools send it."""
    logo_html = f'<img src="https://cdn.example.net/{brand.lower().replace(" ", "")}.png" alt="{logo or brand}" width="140">' if brand else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{brand}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;border-top:4px solid {colour}">
<tr><td>{logo_html}</td></tr>
<tr><td style="font-size:15px;line-height:1.5;color:#222">
{paras_html(text)}
</td></tr>
<tr><td style="font-size:11px;color:#888">{footer}<img src="https://t.example.net/open/{hashlib.sha1(brand.encode()).hexdigest()[:8]}.gif" width="1" height="1" alt=""></td></tr>
</table></td></tr></table></body></html>"""


def ics(method: str, uid: str, summary: str, start: str, minutes: int, organizer: tuple[str, str],
        location: str = "", seq: int = 0, status: str = "CONFIRMED", tzid: str = "") -> str:
    """A one-event VCALENDAR; start is ISO-8601 with offset."""
    begin = datetime.fromisoformat(start).astimezone(UTC)
    end = begin + timedelta(minutes=minutes)
    fmt = "%Y%m%dT%H%M%SZ"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
             f"DTSTAMP:{(begin - timedelta(days=3)).strftime(fmt)}", f"DTSTART:{begin.strftime(fmt)}",
             f"DTEND:{end.strftime(fmt)}", f"SUMMARY:{summary}", f"LOCATION:{location}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
             f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
             f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"
