"""Shared pieces for corpus 162: the candidate, dates, quoting helpers and HTML shells.

Layout only: every message writes its own words in the msgs162_* data modules.
"""

from __future__ import annotations

import html as _html
from datetime import UTC, datetime, timedelta, timezone

CAND_NAME = "Bastien Okafor-Leroux"
CAND_ADDR = "bastien.ol@example.fr"
CAND = (CAND_NAME, CAND_ADDR)

CAND_SIG_FR = """Bastien Okafor-Leroux
Cuisinier en restauration scolaire - en reconversion qualité / sécurité des aliments
06 71 42 88 19 - Lyon 7e"""

CAND_SIG_EN = """Bastien Okafor-Leroux
Cook (school catering), moving into food safety & QA
+33 6 71 42 88 19 - Lyon, France"""


def m(**spec: object) -> dict[str, object]:
    """One message spec (a plain dict); the generator reads the keys."""
    return dict(spec)


# --------------------------------------------------------------------------- dates

def _last_sunday(year: int, month: int) -> int:
    for day in range(31, 20, -1):
        try:
            when = datetime(year, month, day)
        except ValueError:
            continue
        if when.weekday() == 6:
            return day
    raise ValueError(month)


def _nth_sunday(year: int, month: int, nth: int) -> int:
    count = 0
    for day in range(1, 32):
        if datetime(year, month, day).weekday() == 6:
            count += 1
            if count == nth:
                return day
    raise ValueError(month)


def offset_hours(local: datetime, zone: str) -> int:
    """The sender's UTC offset for a wall-clock time in one of a few zones."""
    year = local.year
    if zone in ("eu", "ie"):
        start = datetime(year, 3, _last_sunday(year, 3), 2)
        end = datetime(year, 10, _last_sunday(year, 10), 3)
        summer = start <= local < end
        base = 1 if zone == "eu" else 0
        return base + (1 if summer else 0)
    if zone in ("us", "uswest"):
        start = datetime(year, 3, _nth_sunday(year, 3, 2), 2)
        end = datetime(year, 11, _nth_sunday(year, 11, 1), 2)
        summer = start <= local < end
        base = -5 if zone == "us" else -8
        return base + (1 if summer else 0)
    if zone == "utc":
        return 0
    raise ValueError(zone)


def when(stamp: str, zone: str = "eu") -> datetime:
    """'2026-02-12 09:14' in a zone -> an aware datetime with the sender's offset."""
    local = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=timezone(timedelta(hours=offset_hours(local, zone))))


_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def attribution(lang: str, moment: datetime, name: str, addr: str) -> str:
    """The 'On ... wrote:' line a mail program puts above a quoted reply."""
    d, mo = moment.weekday(), moment.month - 1
    hm = moment.strftime("%H:%M")
    if lang == "fr":
        return (f"Le {_DAYS['fr'][d]} {moment.day} {_MONTHS['fr'][mo]} {moment.year} à {hm}, "
                f"{name} <{addr}> a écrit :")
    if lang == "de":
        return (f"Am {_DAYS['de'][d]}, {moment.day}. {_MONTHS['de'][mo]} {moment.year} um {hm} "
                f"Uhr schrieb {name} <{addr}>:")
    if lang == "es":
        return (f"El {_DAYS['es'][d]}, {moment.day} {_MONTHS['es'][mo]} {moment.year} a las "
                f"{moment.hour}:{moment.minute:02d}, {name} (<{addr}>) escribió:")
    return (f"On {_DAYS['en'][d]}, {moment.day} {_MONTHS['en'][mo]} {moment.year} at {hm}, "
            f"{name} <{addr}> wrote:")


def outlook_block(lang: str, moment: datetime, frm: str, to: str, subject: str) -> str:
    """The 'From: / Sent: / To: / Subject:' block Outlook puts above an unquoted original."""
    d, mo = moment.weekday(), moment.month - 1
    day, month = _LONG_DAYS[lang][d], _LONG_MONTHS[lang][mo]
    hm = moment.strftime("%H:%M")
    if lang == "fr":
        return (f"De : {frm}\nEnvoyé : {day} {moment.day} {month} {moment.year} {hm}\n"
                f"À : {to}\nObjet : {subject}")
    if lang == "de":
        return (f"Von: {frm}\nGesendet: {day}, {moment.day}. {month} {moment.year} {hm}\n"
                f"An: {to}\nBetreff: {subject}")
    if lang == "es":
        return (f"De: {frm}\nEnviado el: {day}, {moment.day} de {month} de {moment.year} {hm}\n"
                f"Para: {to}\nAsunto: {subject}")
    ampm = moment.strftime("%I:%M %p").lstrip("0")
    return (f"From: {frm}\nSent: {day}, {month} {moment.day}, {moment.year} {ampm}\n"
            f"To: {to}\nSubject: {subject}")


_FWD = {
    "en": "---------- Forwarded message ---------",
    "fr": "---------- Message transféré ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "es": "---------- Mensaje reenviado ---------",
}
_FWD_LABELS = {
    "en": ("From", "Date", "Subject", "To"),
    "fr": ("De", "Date", "Objet", "À"),
    "de": ("Von", "Date", "Betreff", "An"),
    "es": ("De", "Fecha", "Asunto", "Para"),
}


def forward_block(lang: str, moment: datetime, frm: str, to: str, subject: str) -> str:
    """The header block a webmail puts above an inline-forwarded message."""
    f, d, s, t = _FWD_LABELS[lang]
    stamp = f"{moment.day} {_LONG_MONTHS[lang][moment.month - 1]} {moment.year} {moment:%H:%M}"
    return f"{_FWD[lang]}\n{f}: {frm}\n{d}: {stamp}\n{s}: {subject}\n{t}: {to}\n"


def quote(text: str, prefix: str = ">") -> str:
    """Quote every line with '> ' (a bare '>' on empty lines)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f"{prefix} {line}" if line.strip() else prefix)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Blank-line separated text -> <p> blocks (single newlines become <br>)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def page(body: str, title: str = "", charset: str = "utf-8") -> str:
    """A bare HTML document around a body fragment."""
    head = f"<title>{esc(title)}</title>" if title else ""
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}">{head}</head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n{body}\n'
            "</body></html>\n")


def ats_card(brand: str, body: str, button: tuple[str, str] | None = None,
             footer: str = "", color: str = "#1f4e79") -> str:
    """A hosted-recruiting card: brand bar, white card, optional button, small footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:24px 0"><a href="{url}" style="background:{color};'
               f'color:#ffffff;padding:12px 22px;text-decoration:none;border-radius:4px">'
               f"{esc(label)}</a></p>")
    foot = (f'<p style="color:#8a8a8a;font-size:11px">{footer}</p>' if footer else "")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:16px 24px;'
        f'font:bold 18px Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px;font:14px/1.5 Arial,sans-serif;color:#222222">\n'
        f"{body}\n{btn}\n{foot}\n"
        "</td></tr></table>\n</td></tr></table>\n</body></html>\n"
    )


def outlook_html(body: str) -> str:
    """The Word-generated HTML an Outlook desktop client sends."""
    body = body.replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body></html>\n'
    )


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               color: str = "#0b6e4f") -> str:
    """A digest: title, intro, a list of (headline, url, blurb) and an unsubscribe footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{url}" style="color:{color};font-weight:bold;font-size:15px">{esc(head)}</a>'
        f'<br><span style="color:#444444">{esc(blurb)}</span></td></tr>'
        for head, url, blurb in items
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        '<body style="margin:0;background:#fafafa;font-family:Verdana,sans-serif">\n'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:18px">{paras(intro)}\n<table width="100%">\n{rows}\n'
        "</table></td></tr>\n"
        f'<tr><td style="padding:18px;color:#999999;font-size:11px">{footer}</td></tr>\n'
        "</table></td></tr></table>\n</body></html>\n"
    )


def digest_text(intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter()."""
    lines = [intro.strip(), ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer.strip())
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- calendar

def _ics_fold(line: str) -> str:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " "
        cur += ch
    out.append(cur)
    return "\r\n".join(out)


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def cal(method: str, uid: str, seq: int, start: datetime, minutes: int, summary: str,
        location: str, organizer: tuple[str, str], stamp: datetime,
        description: str = "", attendees: list[tuple[str, str]] | None = None,
        filename: str = "invite.ics") -> dict[str, object]:
    """An iCalendar object (REQUEST or CANCEL) as an attachment spec for the generator."""
    end = start + timedelta(minutes=minutes)
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    people = attendees or [CAND]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus162//Handwritten//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{seq}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(start)}",
        f"DTEND:{_utc(end)}",
        f"SUMMARY:{_ics_text(summary)}",
        f"LOCATION:{_ics_text(location)}",
        f"STATUS:{status}",
        f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}',
    ]
    for name, addr in people:
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{addr}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_text(description)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    text = "\r\n".join(_ics_fold(x) for x in lines) + "\r\n"
    return {"ics": {"text": text, "method": method, "filename": filename}}


def pdf(filename: str, lines: list[str]) -> dict[str, object]:
    """A PDF attachment spec: the generator draws these lines on one page."""
    return {"pdf": filename, "lines": lines}
