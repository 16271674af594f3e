"""Shared layout helpers for corpus 341: the spec constructor, people, quoting, HTML shells,
calendar and PDF builders. Layout only: no message wording lives here except signatures."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

Spec = dict[str, Any]

ME = ("Itziar Goikoetxea Mendizabal", "itziar.goikoetxea@example.es")


def m(kind: str, lang: str, slug: str, **kw: Any) -> Spec:
    """One hand-written message spec. Keys used by the builder:
    frm, reply, to, cc, subj, date, text, html, cs, cte, subj_cs, name_cs, parent, quote,
    hdrs, pdf, ics, ics_mode, fwd, company, contact."""
    spec: Spec = {"kind": kind, "lang": lang, "slug": slug, "company": "", "contact": ""}
    spec.update(kw)
    spec.setdefault("to", [ME])
    return spec


# --------------------------------------------------------------------------- dates
WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
LONG_WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
}
LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}


def attribution(lang: str, when: datetime, name: str, addr: str) -> str:
    """A mail client's "On … wrote:" line in the writer's language."""
    wd = WEEKDAYS[lang][when.weekday()]
    mon = MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "es":
        return f"El {wd}, {when.day} {mon} {when.year} a las {hm}, {name} (<{addr}>) escribió:"
    if lang == "de":
        return f"Am {wd}, {when.day}. {mon} {when.year} um {hm} Uhr schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {wd} {when.day} {mon} {when.year} à {hm}, {name} <{addr}> a écrit :"
    return f"On {wd}, {when.day} {mon} {when.year} at {hm}, {name} <{addr}> wrote:"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
}


def outlook_block(lang: str, when: datetime, frm: str, to: str, subject: str) -> str:
    """An Outlook "From:/Sent:" header block for a quoted message."""
    f, s, t, subj = OUTLOOK_LABELS[lang]
    day = LONG_WEEKDAYS[lang][when.weekday()]
    mon = LONG_MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "en":
        sent = f"{day}, {when.day} {mon} {when.year} {hm}"
    elif lang == "es":
        sent = f"{day}, {when.day} de {mon} de {when.year} {hm}"
    elif lang == "de":
        sent = f"{day}, {when.day}. {mon} {when.year} {hm}"
    else:
        sent = f"{day} {when.day} {mon} {when.year} {hm}"
    sep = " :" if lang == "fr" else ":"
    return "\n".join([
        "________________________________",
        f"{f}{sep} {frm}",
        f"{s}{sep} {sent}",
        f"{t}{sep} {to}",
        f"{subj}{sep} {subject}",
    ])


def quote_lines(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").split("\n"))


# --------------------------------------------------------------------------- HTML shells
def paragraphs_html(text: str) -> str:
    """Plain text to simple HTML paragraphs; "> " lines become a blockquote."""
    out: list[str] = []
    block: list[str] = []
    quoted: list[str] = []

    def flush() -> None:
        if block:
            out.append("<p>" + "<br>\n".join(escape(b) for b in block) + "</p>")
            block.clear()
        if quoted:
            inner = "<br>\n".join(escape(q[1:].lstrip()) for q in quoted)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
            quoted.clear()

    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            if block:
                flush()
            quoted.append(line)
        elif not line.strip():
            flush()
        else:
            if quoted:
                flush()
            block.append(line)
    flush()
    return "\n".join(out)


def html_shell(text: str, brand: str = "", color: str = "#1f4e79", footer: str = "") -> str:
    """A branded HTML e-mail around the given text (ATS/company look)."""
    head = ""
    if brand:
        head = (f'<tr><td style="background:{color};color:#fff;padding:14px 20px;'
                f'font-size:18px;font-weight:bold">{escape(brand)}</td></tr>\n')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:10px 20px;color:#888;font-size:11px">'
                f"{escape(footer)}</td></tr>\n")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head>\n'
        '<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="max-width:640px;margin:0 auto;background:#ffffff">\n'
        f"{head}"
        '<tr><td style="padding:20px;font-size:14px;line-height:1.5;color:#222">\n'
        f"{paragraphs_html(text)}\n"
        "</td></tr>\n"
        f"{foot}"
        "</table>\n</body></html>\n"
    )


def html_plain(text: str) -> str:
    """A personal mail client's HTML version (no branding)."""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body><div dir="ltr" style="font-family:Calibri,sans-serif;'
            f'font-size:11pt">\n{paragraphs_html(text)}\n</div></body></html>\n')


# --------------------------------------------------------------------------- calendar
CET_TZ = """BEGIN:VTIMEZONE
TZID:{tzid}
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

DUBLIN_TZ = """BEGIN:VTIMEZONE
TZID:Europe/Dublin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def ics(method: str, uid: str, seq: int, start: str, end: str, summary: str, location: str,
        organizer: tuple[str, str], tzid: str = "Europe/Madrid", description: str = "",
        stamp: str = "20260101T090000Z") -> str:
    """A text/calendar body (METHOD:REQUEST or CANCEL) with a VTIMEZONE."""
    tz = DUBLIN_TZ if tzid == "Europe/Dublin" else CET_TZ.format(tzid=tzid)
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus341//Calendar 1.0//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        tz,
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{seq}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{ME[1]}",
    ]
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    lines += [f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- PDF
def _pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    shown = " ".join(f"({_pdf_escape(line)}) '" for line in lines)
    stream = f"BT /F1 11 Tf 72 780 Td 15 TL {shown} ET".encode("cp1252")
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


# --------------------------------------------------------------------------- list headers
def bulk(list_id: str, unsub: str) -> list[tuple[str, str]]:
    """Mailing-list / bulk headers for digests and newsletters."""
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


# --------------------------------------------------------------------------- people (invented)
GARAZI = ("Garazi Etxeberria Ruiz", "garazi.etxeberria@mutualaguntza.example.es")
KOLDO = ("Koldo Urrutia Lasa", "koldo.urrutia@mutualaguntza.example.es")
MUTUA_SF = ("Mutua Laguntza · Empleo", "no-reply@successfactors.eu")
AINHOA = ("Ainhoa Sáez de Ugarte", "ainhoa.saezdeugarte@hessler.example.es")
HESSLER_WD = ("Hessler Fahrzeugtechnik", "hessler@myworkday.com")
KATRIN = ("Katrin Oberländer", "katrin.oberlaender@hessler.example.de")
PRIYA = ("Priya Raman", "priya.raman@hessler.example.de")
HESSLER_SG = ("Hessler Fahrzeugtechnik Karriere", "noreply@softgarden.io")
IKER = ("Iker Olabarria", "iker.olabarria@prevensalud.example.es")
PREV_TT = ("Prevensalud Norte", "no-reply@teamtailor-mail.com")
PILAR = ("Pilar Lasheras", "pilar.lasheras@ebronorte.example.es")
EBRO_SR = ("Ebro Norte Logística", "noreply@smartrecruiters.com")
MARTA = ("Marta Villalba Cuesta", "marta.villalba@segurosatalaya.example.es")
ATALAYA_IC = ("Seguros Atalaya - Talento", "careers-noreply@icims.com")
BEGONA = ("Begoña Sáenz Ibáñez", "bsaenz@irsl.example.es")
LEIRE = ("Leire Martínez de Lahidalga", "leire.martinez@bidean.example.es")
JONANDER = ("Jon Ander Zubia", "jonander.zubia@nortetalento.example.es")
NURIA = ("Nuria Gimeno", "nuria.gimeno@selectaaragon.example.es")
ROCIO = ("Rocío Paredes Olmedo", "rocio.paredes@vitalissearch.example.com")
UNAI = ("Unai Ochandiano", "unai@ochandiano.example.es")
MIREN = ("Miren Aldama", "miren.aldama@autobusesgasteiz.example.es")
SINEAD = ("Sinéad Kavanagh", "sinead.kavanagh@liffeyoh.example.ie")
LIFFEY_GH = ("Sinéad Kavanagh via Greenhouse", "no-reply@greenhouse-mail.io")
HARBOUR_LV = ("Harbourline Logistics", "no-reply@hire.lever.co")
CLEAR_AS = ("Clearwater Insurance Talent", "no-reply@ashbyhq.com")
NOEL = ("Noel Brennan", "noel.brennan@clearwaterins.example.ie")
CIARAN = ("Ciarán Doyle", "ciaran.doyle@pembrokehealth.example.ie")
NWWA_TL = ("National Workplace Wellbeing Agency", "nwwa-noreply@taleo.net")
FERGAL = ("Fergal Quinn", "fergal@corribergo.example.ie")
JULIA = ("Julia Brenninger", "julia.brenninger@amd-neckar.example.de")
AMD_PS = ("AMD Neckar Arbeitsmedizin", "no-reply@personio.de")
KAISER_RC = ("Kaiser Kontraktlogistik", "no-reply@recruitee.com")
MIRIAM = ("Dr. Miriam Holzapfel", "miriam.holzapfel@schwabenland-vers.example.de")
SCHWABEN_SF = ("Schwabenland Versicherung Recruiting", "recruiting-noreply@successfactors.eu")
MARKUS = ("Markus Feil", "m.feil@neckarhealth.example.de")
CAMILLE = ("Camille Rouquette", "camille.rouquette@sante-travail-garonne.example.fr")
STG_WK = ("Santé Travail Garonne", "noreply@workablemail.com")
BEARN_TT = ("Transports Béarn Logistique", "no-reply@teamtailor-mail.com")
SOPHIE = ("Sophie Marty", "sophie.marty@mutuelle-occitane.example.fr")
OCCITANE_TL = ("Mutuelle Occitane Recrutement", "occitane-noreply@taleo.net")
ELODIE = ("Élodie Fabre", "elodie.fabre@garonne-rh.example.fr")
THIBAULT = ("Thibault Casaubon", "t.casaubon@interim-pyrenees.example.fr")
