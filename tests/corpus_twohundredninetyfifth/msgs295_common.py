"""Shared layout helpers for corpus 295: the candidate, signatures, the message spec constructor.

Layout only: every message text lives in the msgs295_* modules beside this one.
"""

from __future__ import annotations

from typing import Any

CAND_NAME = "Matthias Grünwald"
CAND_ADDR = "m.gruenwald@example.de"
CAND = (CAND_NAME, CAND_ADDR)

Spec = dict[str, Any]


def m(
    ident: str,
    kind: str,
    lang: str,
    date: str,
    frm: tuple[str, str],
    subject: str,
    body: str,
    *,
    company: str = "",
    contact: str = "",
    **extra: Any,
) -> Spec:
    """One message spec. `body` is the new plain text (quotes of the parent are added by the
    builder when `quote` is set)."""
    spec: Spec = {
        "id": ident,
        "kind": kind,
        "lang": lang,
        "date": date,
        "frm": frm,
        "subject": subject,
        "body": body.strip("\n"),
        "company": company,
        "contact": contact,
    }
    spec.update(extra)
    return spec


def sig(*lines: str) -> str:
    """A signature block under the usual dash line."""
    return "\n-- \n" + "\n".join(lines)


CAND_SIG_DE = "\n\nMit freundlichen Grüßen\nMatthias Grünwald\nAugsburg · +49 171 5550 2931"
CAND_SIG_EN = "\n\nBest regards,\nMatthias Grünwald\nAugsburg, Germany · +49 171 5550 2931"
CAND_SIG_FR = "\n\nBien cordialement,\nMatthias Grünwald\nAugsbourg (Allemagne) · +49 171 5550 2931"
CAND_SIG_ES = "\n\nUn cordial saludo,\nMatthias Grünwald\nAugsburgo (Alemania) · +49 171 5550 2931"

DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie "
    "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren "
    "Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie "
    "die unbefugte Weitergabe dieser Mail sind nicht gestattet."
)
DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please notify the sender and delete it. Any "
    "unauthorised use or disclosure is prohibited."
)
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de "
    "leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de "
    "le détruire."
)
DISCLAIMER_ES = (
    "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
    "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y "
    "proceda a su eliminación. De conformidad con el RGPD, sus datos serán tratados por la "
    "empresa con la finalidad de gestionar procesos de selección."
)


def ics(
    method: str,
    uid: str,
    seq: int,
    start: str,
    end: str,
    summary: str,
    location: str,
    organizer: tuple[str, str],
    *,
    status: str = "CONFIRMED",
    tzid: str = "Europe/Berlin",
    stamp: str = "20260101T080000Z",
) -> str:
    """A calendar object (METHOD, VTIMEZONE, one VEVENT); start/end as YYYYMMDDTHHMMSS local."""
    name, addr = organizer
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus295//Kalender//DE",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{seq}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        f"ORGANIZER;CN={name}:mailto:{addr}",
        f"ATTENDEE;CN={CAND_NAME};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND_ADDR}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


BULK = [("Precedence", "bulk")]


def list_headers(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a newsletter or job-alert digest."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsubscribe}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        *BULK,
    ]
