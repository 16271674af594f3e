"""Shared pieces of corpus 225: the candidate, quoting helpers and HTML shells.

Layout only: every message writes its own words; these helpers only arrange them.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Ewan Castillo-Faure"
CAND_ADDR = "ewan.cf@example.co.uk"
CAND = (CAND_NAME, CAND_ADDR)
CAND_PHONE = "+44 7700 900412"

# The candidate's own sign-offs, one per language.
SIG = {
    "en": "Ewan Castillo-Faure\n14 Heol y Nant, Whitchurch, Cardiff CF14 1JN\n" + CAND_PHONE,
    "fr": "Ewan Castillo-Faure\nCardiff (Royaume-Uni)\n" + CAND_PHONE,
    "de": "Ewan Castillo-Faure\nCardiff, Vereinigtes Königreich\nTel. " + CAND_PHONE,
    "es": "Ewan Castillo-Faure\nCardiff (Reino Unido)\nTel. " + CAND_PHONE,
}

_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}


def _split(stamp: str) -> tuple[int, int, int, str]:
    """'2026-02-03 10:14' -> (year, month, day, '10:14')."""
    day, clock = stamp.split(" ")
    y, m, d = (int(x) for x in day.split("-"))
    return y, m, d, clock


def _weekday(y: int, m: int, d: int) -> int:
    import datetime

    return datetime.date(y, m, d).weekday()


def quote(text: str) -> str:
    """Prefix every line with '> ' (a bare '>' for empty lines)."""
    lines = text.strip("\n").split("\n")
    return "\n".join(">" if not ln else ("> " + ln if not ln.startswith(">") else ">" + ln)
                     for ln in lines)


def wrote(lang: str, stamp: str, name: str, addr: str) -> str:
    """The attribution line a mail program puts above a quote."""
    y, m, d, clock = _split(stamp)
    wd = _weekday(y, m, d)
    if lang == "de":
        return f"Am {d:02d}.{m:02d}.{y} um {clock} schrieb {name} <{addr}>:"
    if lang == "fr":
        return (f"Le {_DAYS['fr'][wd]} {d} {_MONTHS['fr'][m - 1]} {y} à {clock}, "
                f"{name} <{addr}> a écrit :")
    if lang == "es":
        return (f"El {_DAYS['es'][wd]}, {d} {_MONTHS['es'][m - 1]} {y} a las {clock}, "
                f"{name} (<{addr}>) escribió:")
    return f"On {_DAYS['en'][wd]}, {d} {_MONTHS['en'][m - 1]} {y} at {clock}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, stamp: str, name: str, addr: str, old: str) -> str:
    """New text above a '> ' quote of the older message."""
    return new.rstrip("\n") + "\n\n" + wrote(lang, stamp, name, addr) + "\n" + quote(old) + "\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """An Outlook-style header block followed by the older message, unquoted."""
    f, s, t, j = _OUTLOOK[lang]
    sep = " :" if lang == "fr" else ":"
    return ("\n________________________________\n"
            f"{f}{sep} {frm}\n{s}{sep} {sent}\n{t}{sep} {to}\n{j}{sep} {subject}\n\n"
            + old.strip("\n") + "\n")


_FWD = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}
_FWD_FIELDS = {
    "en": ("From", "Date", "Subject", "To"),
    "de": ("Von", "Datum", "Betreff", "An"),
    "fr": ("De", "Date", "Objet", "À"),
    "es": ("De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """A forwarded message block as a web mailer writes it."""
    f, d, s, t = _FWD_FIELDS[lang]
    return (f"{_FWD[lang]}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n"
            + old.strip("\n") + "\n")


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def _paras_html(paras: list[str]) -> str:
    out = []
    for para in paras:
        inner = "<br>\n".join(esc(line) for line in para.split("\n"))
        out.append(f"<p>{inner}</p>")
    return "\n".join(out)


def plain(paras: list[str]) -> str:
    """Paragraphs joined as a plain-text body."""
    return "\n\n".join(p.strip("\n") for p in paras) + "\n"


def simple_html(paras: list[str], lang: str = "en") -> str:
    """A bare HTML body, as a small mail program writes it."""
    return (f'<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n<body>\n'
            + _paras_html(paras) + "\n</body>\n</html>\n")


def ats_card(brand: str, colour: str, heading: str, paras: list[str], footer: list[str],
             button: tuple[str, str] | None = None, lang: str = "en") -> str:
    """An applicant-tracking-system card: brand bar, heading, text, optional button, footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:12px 32px"><a href="{esc(url)}" '
               f'style="background:{colour};color:#ffffff;padding:10px 18px;'
               f'text-decoration:none;border-radius:4px">{esc(label)}</a></td></tr>\n')
    foot = "<br>\n".join(esc(x) for x in footer)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(heading)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{colour};color:#ffffff;padding:16px 32px;'
        f'font-size:18px">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px 0 32px"><h2 style="margin:0">{esc(heading)}</h2>'
        "</td></tr>\n"
        f'<tr><td style="padding:8px 32px;font-size:14px;line-height:1.5">\n'
        + _paras_html(paras) + "\n</td></tr>\n" + btn
        + f'<tr><td style="padding:16px 32px;font-size:11px;color:#6b7280">{foot}</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def outlook_html(paras: list[str], signature: list[str], lang: str = "en-GB",
                 disclaimer: str = "") -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs, o:p spacers."""
    body = []
    for para in paras:
        lines = "<br>\n".join(esc(x) for x in para.split("\n"))
        body.append(f'<p class="MsoNormal"><span lang="{lang}">{lines}</span><o:p></o:p></p>\n'
                    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    sig = "<br>\n".join(esc(x) for x in signature)
    disc = ""
    if disclaimer:
        disc = ('<p class="MsoNormal" style="font-size:8.0pt;color:gray">'
                + esc(disclaimer) + "<o:p></o:p></p>\n")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + "\n".join(body) + "\n"
        f'<p class="MsoNormal" style="color:#1F3864">{sig}<o:p></o:p></p>\n'
        + disc + "</div>\n</body>\n</html>\n"
    )


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: list[str], lang: str = "en") -> str:
    """A digest: title, intro, a list of (headline, blurb, link) and a footer."""
    rows = []
    for headline, blurb, url in items:
        rows.append(
            '<tr><td style="padding:10px 24px;border-bottom:1px solid #e5e7eb">'
            f'<a href="{esc(url)}" style="font-weight:bold;color:#0f766e">{esc(headline)}</a>'
            f'<br><span style="font-size:13px">{esc(blurb)}</span></td></tr>')
    foot = "<br>\n".join(esc(x) for x in footer)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n<body style=\"font-family:Verdana,sans-serif\">\n"
        f'<table width="600" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="padding:20px 24px;background:#134e4a;color:#fff">'
        f"<h1 style=\"margin:0;font-size:20px\">{esc(title)}</h1></td></tr>\n"
        f'<tr><td style="padding:14px 24px">{esc(intro)}</td></tr>\n'
        + "\n".join(rows) + "\n"
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#6b7280">{foot}</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: list[str]) -> str:
    """The plain-text twin of newsletter_html."""
    out = [title, "=" * len(title), "", intro, ""]
    for headline, blurb, url in items:
        out += [f"* {headline}", f"  {blurb}", f"  {url}", ""]
    out += ["--", *footer]
    return "\n".join(out) + "\n"


def alt_news(title: str, intro: str, items: list[tuple[str, str, str]], footer: list[str],
             lang: str = "en") -> dict[str, str]:
    """text + html of a digest, for a multipart/alternative body."""
    return {"text": newsletter_text(title, intro, items, footer),
            "html": newsletter_html(title, intro, items, footer, lang)}


def alt_card(brand: str, colour: str, heading: str, paras: list[str], footer: list[str],
             button: tuple[str, str] | None = None, lang: str = "en") -> dict[str, str]:
    """text + html of an ATS card."""
    text = [heading, "", plain(paras).rstrip("\n")]
    if button:
        text += ["", f"{button[0]}: {button[1]}"]
    text += ["", "--", *footer]
    return {"text": "\n".join(text) + "\n",
            "html": ats_card(brand, colour, heading, paras, footer, button, lang)}


def alt_outlook(paras: list[str], signature: list[str], lang: str = "en-GB",
                disclaimer: str = "") -> dict[str, str]:
    """text + Word HTML of an Outlook message."""
    text = plain(paras) + "\n" + "\n".join(signature) + "\n"
    if disclaimer:
        text += "\n" + disclaimer + "\n"
    return {"text": text, "html": outlook_html(paras, signature, lang, disclaimer)}


def ics(method: str, uid: str, start: str, end: str, summary: str,
        organizer: tuple[str, str], location: str = "", description: str = "",
        sequence: int = 0, status: str = "CONFIRMED", stamp: str = "") -> dict[str, object]:
    """A calendar part; start/end as '2026-02-10 09:00' in UTC."""
    return {"type": "ics", "method": method, "uid": uid, "start": start, "end": end,
            "summary": summary, "organizer": organizer, "location": location,
            "description": description, "sequence": sequence, "status": status,
            "stamp": stamp}


def pdf(filename: str, lines: list[str]) -> dict[str, object]:
    """A small PDF attachment whose page shows these lines."""
    return {"type": "pdf", "filename": filename, "lines": lines}


# Legal footers, one per language, as companies paste them under every mail.
DISCLAIMER = {
    "en": ("This e-mail and any attachments are confidential and intended solely for the "
           "addressee. If you have received it in error, please tell the sender and delete it. "
           "Any views expressed are those of the author and not necessarily of the company."),
    "fr": ("Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à "
           "leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir "
           "l'expéditeur et de le supprimer."),
    "de": ("Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige "
           "Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese "
           "Mail. Das unerlaubte Kopieren sowie die Weitergabe sind nicht gestattet."),
    "es": ("Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
           "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al "
           "remitente y lo elimine. En cumplimiento del RGPD, sus datos se tratan con la "
           "única finalidad de gestionar la comunicación."),
}

WELSH_FOOTER = ("Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh "
                "and will reply without delay.")
