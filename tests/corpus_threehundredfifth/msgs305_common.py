"""Layout helpers shared by the message modules of corpus 305: people, HTML shells, calendar
parts, PDFs, signatures. No message content lives here except boilerplate (disclaimers)."""

from __future__ import annotations

from typing import Any

CAND = ("Aitor Goikoetxea", "aitor.goiko@example.es")
CAND_SIG = "Aitor Goikoetxea\n+34 644 218 907\nBilbao"

Spec = dict[str, Any]


def M(kind: str, lang: str, company: str, slug: str, frm: tuple[str, str], date: str,
      subject: str, body: str, **extra: Any) -> Spec:
    """One hand-written message: its label (kind, language, company) and how to build it."""
    spec: Spec = {"kind": kind, "lang": lang, "company": company, "slug": slug, "frm": frm,
                  "date": date, "subject": subject, "body": body}
    spec.update(extra)
    return spec


def OWN(lang: str, slug: str, to: tuple[str, str], date: str, subject: str, body: str,
        **extra: Any) -> Spec:
    """The candidate's own sent mail: always `other`, no company, no contact."""
    return M("other", lang, "", slug, CAND, date, subject, body, to=to, **extra)


def html_page(text: str, brand: str = "#1d4e89", title: str = "") -> str:
    """A plain HTML shell around paragraphs of text (blank-line separated)."""
    paras = []
    for block in text.strip("\n").split("\n\n"):
        safe = block.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paras.append("<p>" + safe.replace("\n", "<br>\n") + "</p>")
    head = f"<title>{title}</title>\n" if title else ""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n" + head + "</head>\n"
            f"<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
            f"<div style=\"border-top:4px solid {brand};padding:16px\">\n"
            + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


ZONES = {
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Dublin": ("GMT", "IST", "+0000", "+0100"),
}


def ics(method: str, uid: str, seq: int, start: str, end: str, summary: str,
        organizer: tuple[str, str], location: str, tz: str = "Europe/Madrid",
        stamp: str = "20260101T090000Z") -> str:
    """A text/calendar body with a VTIMEZONE; start/end like 20260219T100000 (local)."""
    std, dst, off_std, off_dst = ZONES[tz]
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus305//Calendar//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:STANDARD", "DTSTART:19701025T030000", f"TZOFFSETFROM:{off_dst}",
        f"TZOFFSETTO:{off_std}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", f"TZNAME:{std}",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700329T020000",
        f"TZOFFSETFROM:{off_std}", f"TZOFFSETTO:{off_dst}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", f"TZNAME:{dst}", "END:DAYLIGHT",
        "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
        f"DTSTAMP:{stamp}", f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}",
        f"SUMMARY:{summary}", f"LOCATION:{location}",
        f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
        f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND[1]}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line) > 75:
            folded.append(line[:75])
            line = " " + line[75:]
        folded.append(line)
    return "\n".join(folded) + "\n"


def _pdf_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for line in lines:
        ops.append(f"({_pdf_text(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


DISCLAIMER_ES = (
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a\n"
    "su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y\n"
    "lo elimine. Sus datos se tratan conforme al Reglamento (UE) 2016/679; puede ejercer sus\n"
    "derechos ante el Delegado de Protección de Datos de la empresa remitente.")
DISCLAIMER_EN = (
    "This email and any attachments are confidential and intended solely for the addressee.\n"
    "If you are not the intended recipient, please notify the sender and delete it. Any\n"
    "views expressed are those of the author and not necessarily of the company.")
DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat\n"
    "sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das\n"
    "unerlaubte Kopieren sowie die Weitergabe dieser Mail sind nicht gestattet.")
DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur\n"
    "destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le\n"
    "supprimer. Toute utilisation non autorisée est interdite.")

LIST_HEADERS_ES = [("Precedence", "bulk")]
