"""Shared layout for corpus 297: the candidate, signatures, HTML shells, attribution lines,
disclaimers, PDFs and calendar parts. Layout only: no message text lives here."""

from __future__ import annotations

import html as _html

CAND_NAME = "Joaquín Ferreyra"
CAND_ADDR = "joaquin.ferreyra@example.es"
CAND = f"{CAND_NAME} <{CAND_ADDR}>"

CAND_SIG = {
    "es": "Un saludo,\nJoaquín Ferreyra\nAuxiliar Técnico Veterinario · Valencia\n+34 612 48 93 07",
    "en": "Best regards,\nJoaquín Ferreyra\nVeterinary nurse · Valencia, Spain\n+34 612 48 93 07",
    "de": "Viele Grüße\nJoaquín Ferreyra\nTiermedizinischer Fachangestellter · Valencia\n+34 612 48 93 07",
    "fr": "Bien cordialement,\nJoaquín Ferreyra\nAuxiliaire vétérinaire · Valence (Espagne)\n+34 612 48 93 07",
}

DISCLAIMER = {
    "es": (
        "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a "
        "su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y "
        "lo elimine. Sus datos se tratan conforme al RGPD; puede ejercer sus derechos escribiendo "
        "a la dirección del remitente."
    ),
    "en": (
        "This email and any attachments are confidential and intended solely for the addressee. "
        "If you have received it in error, please notify the sender and delete it. Registered in "
        "England and Wales."
    ),
    "de": (
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat "
        "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das "
        "unerlaubte Kopieren sowie die Weitergabe dieser Mail ist nicht gestattet."
    ),
    "fr": (
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur "
        "destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le "
        "supprimer."
    ),
}


def sig(*lines: str) -> str:
    """A signature block: one line per item, after the usual dash line."""
    return "-- \n" + "\n".join(lines)


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def html_shell(paras: list[str], *, brand: str = "", footer: str = "", color: str = "#2b5d8a") -> str:
    """A plain HTML mail: an optional coloured brand bar, paragraphs (already text), footer."""
    head = (
        f'<table width="100%" cellpadding="12"><tr><td style="background:{color};color:#fff;'
        f'font:bold 18px Arial">{esc(brand)}</td></tr></table>\n'
        if brand
        else ""
    )
    body = "\n".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in paras)
    foot = (
        f'\n<hr><p style="font-size:11px;color:#777">{esc(footer).replace(chr(10), "<br>")}</p>'
        if footer
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{head}{body}{foot}\n'
        "</body></html>\n"
    )


MONTHS = {
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
           "Dez."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
DAYS = {
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}


def attribution(style: str, when: object, name: str, addr: str, subject: str) -> str:
    """The line (or Outlook block) a mail program writes above a quoted message."""
    from datetime import datetime

    assert isinstance(when, datetime)
    d, m, y = when.day, when.month, when.year
    hm = when.strftime("%H:%M")
    if style == "en":
        wd = DAYS["en"][when.weekday()]
        return f"On {wd}, {MONTHS['en'][m - 1]} {d}, {y} at {hm}, {name} <{addr}> wrote:"
    if style == "es":
        wd = DAYS["es"][when.weekday()]
        return f"El {wd}, {d} {MONTHS['es'][m - 1]} {y} a las {hm}, {name} (<{addr}>) escribió:"
    if style == "de":
        wd = DAYS["de"][when.weekday()]
        return f"Am {wd}, {d}. {MONTHS['de'][m - 1]} {y} um {hm} schrieb {name} <{addr}>:"
    if style == "fr":
        wd = DAYS["fr"][when.weekday()]
        return f"Le {wd} {d} {MONTHS['fr'][m - 1]} {y} à {hm}, {name} <{addr}> a écrit :"
    labels = {
        "outlook-en": ("From", "Sent", "To", "Subject"),
        "outlook-es": ("De", "Enviado el", "Para", "Asunto"),
        "outlook-de": ("Von", "Gesendet", "An", "Betreff"),
        "outlook-fr": ("De", "Envoyé", "À", "Objet"),
    }[style]
    stamp = f"{d:02d}/{m:02d}/{y} {hm}"
    return (
        "________________________________\n"
        f"{labels[0]}: {name} <{addr}>\n{labels[1]}: {stamp}\n"
        f"{labels[2]}: {CAND_NAME} <{CAND_ADDR}>\n{labels[3]}: {subject}"
    )


def pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines in Helvetica."""
    def lit(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({lit(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


VTIMEZONES = {
    "Europe/Madrid": ("CET", "CEST"),
    "Europe/Berlin": ("CET", "CEST"),
    "Europe/Paris": ("CET", "CEST"),
    "Europe/London": ("GMT", "BST"),
}


def ics(
    *,
    method: str,
    uid: str,
    seq: int,
    start: str,
    end: str,
    tz: str,
    summary: str,
    organizer: str,
    location: str = "",
    stamp: str = "20260101T000000Z",
    status: str = "",
) -> str:
    """A VCALENDAR with one VEVENT and its VTIMEZONE (EU summer-time rules)."""
    std, dst = VTIMEZONES[tz]
    off_std, off_dst = ("+0000", "+0100") if std == "GMT" else ("+0100", "+0200")
    if not status:
        status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus297//Calendar 1.0//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{off_std}",
        f"TZOFFSETTO:{off_dst}",
        f"TZNAME:{dst}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{off_dst}",
        f"TZOFFSETTO:{off_std}",
        f"TZNAME:{std}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{seq}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{start}",
        f"DTEND;TZID={tz}:{end}",
        f"SUMMARY:{summary}",
        f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CAND_ADDR}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    lines += [f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """Mailing-list headers of a bulk sender."""
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsub}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }
