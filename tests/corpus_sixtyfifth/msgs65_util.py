"""Building blocks for the 65th corpus's message specs: a spec record and reply-chain quoting.

Imported only by the msgs65_* data modules and make_sixtyfifth.py; imports nothing from the
project, so the corpus can be regenerated without the classifier.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "priya.oh@example.co.uk"
ME_NAME = "Priya Okonkwo-Hale"


@dataclass
class Spec:
    """One message of the corpus, with its labels.

    fmt chooses the MIME shape: plain, qp, b64, latin1, cp1252, html, alt, alt_b64, ics.
    """

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    sender: str
    subject: str
    body: str
    reply_to: str = ""
    to: str = f"{ME_NAME} <{ME}>"
    fmt: str = "plain"
    html: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    ics: str = ""
    date: str = ""
    reply: bool = False
    encode_subject: bool = False


def M(kind: str, scenario: str, lang: str, company: str, contact: str, sender: str,
      subject: str, body: str, **kw: object) -> Spec:
    """A spec, positional for the fields every message has."""
    return Spec(kind, scenario, lang, company, contact, sender, subject, body, **kw)  # type: ignore[arg-type]


def _quote(lines: str) -> str:
    return "\n".join("> " + line if line else ">" for line in lines.strip("\n").split("\n"))


def gmail(when: str, who: str, text: str) -> str:
    """A Gmail-style quoted chain: 'On ..., X wrote:' then '>' lines."""
    return f"\n\nOn {when}, {who} wrote:\n{_quote(text)}\n"


def outlook(sender: str, when: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style block with From/Sent/To/Subject and unquoted text below."""
    return (f"\n\n________________________________\nFrom: {sender}\nSent: {when}\nTo: {to}\n"
            f"Subject: {subject}\n\n{text.strip()}\n")


def de_quote(when: str, who: str, text: str) -> str:
    return f"\n\nAm {when} schrieb {who}:\n{_quote(text)}\n"


def fr_quote(when: str, who: str, text: str) -> str:
    return f"\n\nLe {when}, {who} a écrit :\n{_quote(text)}\n"


def es_quote(when: str, who: str, text: str) -> str:
    return f"\n\nEl {when}, {who} escribió:\n{_quote(text)}\n"


def forwarded(sender: str, when: str, subject: str, text: str) -> str:
    return (f"\n\n---------- Forwarded message ---------\nFrom: {sender}\nDate: {when}\n"
            f"Subject: {subject}\nTo: {ME_NAME} <{ME}>\n\n{text.strip()}\n")


def ics_event(uid: str, start: str, end: str, summary: str, organizer: str,
              location: str = "", method: str = "REQUEST", status: str = "CONFIRMED",
              sequence: int = 0) -> str:
    """A minimal iTIP invitation; start/end as 20260312T100000Z."""
    loc = f"LOCATION:{location}\r\n" if location else ""
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Example Corp//Mail 1.0//EN\r\nVERSION:2.0\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART:{start}\r\nDTEND:{end}\r\nSUMMARY:{summary}\r\n{loc}"
        f"ORGANIZER;CN=Organizer:mailto:{organizer}\r\n"
        f"ATTENDEE;CN={ME_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}\r\n"
        f"STATUS:{status}\r\nSEQUENCE:{sequence}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


LIST = {"List-Unsubscribe": "<https://mail.example.net/unsub?u=po77>, <mailto:unsub@example.net>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}
