"""Shared layout helpers for corpus 343: the spec shape, signatures, calendar parts.

Layout only: no message text lives here except the candidate's own signature.
"""

from __future__ import annotations

from typing import Any

ME_NAME = "Benedikt Schwarzenbacher"
ME_ADDR = "benedikt.schwarzenbacher@example.de"
ME = (ME_NAME, ME_ADDR)

ME_SIG = (
    "Benedikt Schwarzenbacher\n"
    "Küchenmeister | HACCP-Beauftragter (IHK)\n"
    "Obere Bachgasse 14, 93047 Regensburg\n"
    "+49 171 5523 908"
)
ME_SIG_EN = (
    "Benedikt Schwarzenbacher\n"
    "Chef de cuisine | HACCP coordinator\n"
    "Regensburg, Germany | +49 171 5523 908"
)

Spec = dict[str, Any]


def m(
    key: str,
    kind: str,
    lang: str,
    date: str,
    frm: tuple[str, str],
    subject: str,
    text: str,
    *,
    company: str = "",
    contact: str = "",
    **extra: Any,
) -> Spec:
    """One hand-written message.

    contact is the labelled reply address: "from" / "reply" name the From / Reply-To address,
    anything else is taken literally ("" for none).
    Optional keys: to, cc, reply_to, parent, quote, html ("auto" or markup), layout ("plain",
    "html", "alt"), charset, cte, subj_enc, from_enc, headers, ics, pdfs, forward.
    """
    spec: Spec = {
        "key": key,
        "kind": kind,
        "lang": lang,
        "date": date,
        "frm": frm,
        "subject": subject,
        "text": text.strip("\n") + "\n",
        "company": company,
        "contact": contact,
    }
    spec.update(extra)
    return spec


def sig(*lines: str) -> str:
    """A signature block under the usual dash line."""
    return "-- \n" + "\n".join(lines)


def ics(
    method: str,
    uid: str,
    seq: int,
    start: str,
    end: str,
    summary: str,
    organizer: tuple[str, str],
    *,
    tz: str = "Europe/Berlin",
    location: str = "",
    stamp: str = "20260101T090000Z",
) -> dict[str, Any]:
    """A calendar part: the builder turns it into text/calendar with a VTIMEZONE."""
    return {
        "method": method,
        "uid": uid,
        "seq": seq,
        "start": start,
        "end": end,
        "summary": summary,
        "organizer": organizer,
        "tz": tz,
        "location": location,
        "stamp": stamp,
    }


def pdf(filename: str, *lines: str) -> tuple[str, tuple[str, ...]]:
    """A one-page PDF attachment with the given lines of text."""
    return (filename, lines)
