"""Shared pieces for corpus 238: the candidate, quoting helpers and HTML shells.

Layout only. Every message in the msgs238_*.py modules writes its own words; the helpers
here only quote, wrap and lay those words out the way mail programs and ATS tools do.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Greta Oyelowo-Brandstätter"
CANDIDATE_ADDR = "greta.ob@example.at"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# ---------------------------------------------------------------------------------------------
# Quoting
# ---------------------------------------------------------------------------------------------

_WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def _split_when(when: str) -> tuple[int, int, int, str]:
    """'2026-02-03 14:05' -> (2026, 2, 3, '14:05')."""
    day_part, time_part = when.split(" ")
    year, month, day = (int(x) for x in day_part.split("-"))
    return year, month, day, time_part


def _weekday(year: int, month: int, day: int) -> int:
    import datetime

    return datetime.date(year, month, day).weekday()


def quote(text: str, prefix: str = ">") -> str:
    """Prefix every line with '> ' (empty lines get a bare '>')."""
    lines = text.strip("\n").split("\n")
    return "\n".join(f"{prefix} {line}" if line else prefix for line in lines)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail client writes above a quote, in the client's language."""
    y, m, d, hm = _split_when(when)
    wd = _weekday(y, m, d)
    if lang == "en":
        return f"On {_WEEKDAYS['en'][wd]}, {d} {_MONTHS['en'][m - 1]} {y} at {hm}, {name} <{addr}> wrote:"
    if lang == "de":
        return f"Am {_WEEKDAYS['de'][wd]}, {d}. {_MONTHS['de'][m - 1]} {y} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {_WEEKDAYS['fr'][wd]} {d} {_MONTHS['fr'][m - 1]} {y} à {hm}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {_WEEKDAYS['es'][wd]}, {d} {_MONTHS['es'][m - 1]} {y} a las {hm}, {name} (<{addr}>) escribió:"
    raise ValueError(lang)


def reply_quote(lang: str, when: str, name: str, addr: str, text: str) -> str:
    """Attribution line plus the quoted text, as Gmail/Apple Mail/Thunderbird write it."""
    return wrote(lang, when, name, addr) + "\n" + quote(text)


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "Cc"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Cc"),
    "fr": ("De", "Envoyé", "À", "Objet", "Cc"),
    "es": ("De", "Enviado el", "Para", "Asunto", "CC"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, text: str,
                  cc: str | None = None, rule: bool = True) -> str:
    """An Outlook-style quoted message: a From/Sent/To/Subject block, text not '>'-quoted."""
    f, s, t, subj, c = _OUTLOOK_LABELS[lang]
    sep = ": " if lang != "fr" else " : "
    lines = []
    if rule:
        lines.append("_" * 40)
    lines += [f"{f}{sep}{frm}", f"{s}{sep}{sent}", f"{t}{sep}{to}"]
    if cc:
        lines.append(f"{c}{sep}{cc}")
    lines.append(f"{subj}{sep}{subject}")
    return "\n".join(lines) + "\n\n" + text.strip("\n")


_FORWARD_HEAD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, text: str) -> str:
    """A Gmail-style inline forward block."""
    head, f, d, s, t = _FORWARD_HEAD[lang]
    sep = ": " if lang != "fr" else " : "
    return "\n".join([head, f"{f}{sep}{frm}", f"{d}{sep}{date}", f"{s}{sep}{subject}",
                      f"{t}{sep}{to}", "", text.strip("\n")])


def signature(*lines: str, dashes: bool = True) -> str:
    """A signature block; with dashes it starts with the usual '-- ' delimiter."""
    body = "\n".join(lines)
    return ("-- \n" + body) if dashes else body


# ---------------------------------------------------------------------------------------------
# HTML shells
# ---------------------------------------------------------------------------------------------


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) -> <p> blocks with <br> for single newlines."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def html_page(body: str, lang: str = "de", title: str = "") -> str:
    """A bare HTML document as a webmail client writes it."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n</head>\n"
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f"{body}\n</body>\n</html>")


def ats_card(brand: str, accent: str, body: str, footer: str, lang: str = "de",
             button: tuple[str, str] | None = None, logo_url: str = "") -> str:
    """A typical ATS notification: a centred card with a brand bar, optional button, grey
    footer."""
    logo = (f'<img src="{logo_url}" alt="{esc(brand)}" height="32" style="display:block">'
            if logo_url else f'<span style="font-size:20px;font-weight:bold;color:#fff">'
            f"{esc(brand)}</span>")
    btn = ""
    if button:
        label, url = button
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" style="margin:24px 0">'
               f'<tr><td style="background:{accent};border-radius:4px">'
               f'<a href="{url}" style="display:inline-block;padding:12px 24px;color:#fff;'
               f'text-decoration:none;font-weight:bold">{esc(label)}</a></td></tr></table>')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width">\n</head>\n'
            f'<body style="margin:0;background:#f3f4f6">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            f'<tr><td align="center" style="padding:24px">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            f'style="background:#ffffff;border-radius:6px">\n'
            f'<tr><td style="background:{accent};padding:16px 24px">{logo}</td></tr>\n'
            f'<tr><td style="padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;'
            f'line-height:1.5;color:#1f2937">\n{body}\n{btn}\n</td></tr>\n'
            f'<tr><td style="padding:16px 24px;font-family:Helvetica,Arial,sans-serif;'
            f'font-size:11px;color:#6b7280;border-top:1px solid #e5e7eb">\n{footer}\n'
            f"</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>")


def outlook_html(body: str, lang: str = "de-AT") -> str:
    """The Word-generated HTML Outlook wraps around what a person typed."""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\n"
            "@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
            "font-family:\"Calibri\",sans-serif;}\n"
            "span.E-MailFormatvorlage17 {mso-style-type:personal-compose;}\n"
            "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
            "div.WordSection1 {page:WordSection1;}\n"
            "--></style>\n"
            "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
            "</xml><![endif]-->\n"
            f'</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n'
            f"{body}\n</div>\n</body>\n</html>")


def mso_paras(text: str) -> str:
    """Plain text -> Outlook's one <p class=MsoNormal> per line, &nbsp; for empty lines."""
    out = []
    for line in text.strip("\n").split("\n"):
        inner = esc(line) if line.strip() else "&nbsp;"
        out.append(f'<p class="MsoNormal"><span lang="DE-AT">{inner}<o:p></o:p></span></p>')
    return "\n".join(out)


def mso_quote_head(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """Outlook's bordered header block above a quoted message in HTML mail."""
    f, s, t, subj, _ = _OUTLOOK_LABELS[lang]
    sep = ":" if lang != "fr" else "&nbsp;:"
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b>{f}{sep}</b> {esc(frm)}<br>\n<b>{s}{sep}</b> {esc(sent)}'
            f"<br>\n<b>{t}{sep}</b> {esc(to)}<br>\n<b>{subj}{sep}</b> {esc(subject)}"
            "<o:p></o:p></p></div>")


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "de", accent: str = "#0f766e") -> str:
    """A job-alert / newsletter layout: header, intro, one block per item with a link."""
    blocks = []
    for head, url, blurb in items:
        blocks.append(
            '<tr><td style="padding:12px 24px;border-bottom:1px solid #eee">'
            f'<a href="{url}" style="font-size:16px;font-weight:bold;color:{accent};'
            f'text-decoration:none">{esc(head)}</a>'
            f'<div style="font-size:13px;color:#444;margin-top:4px">{esc(blurb)}</div></td></tr>')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f"<title>{esc(title)}</title></head>\n"
            '<body style="margin:0;background:#fafafa;font-family:Verdana,Arial,sans-serif">\n'
            '<table role="presentation" width="640" align="center" cellpadding="0" '
            'cellspacing="0" style="background:#fff">\n'
            f'<tr><td style="background:{accent};color:#fff;padding:18px 24px;font-size:22px">'
            f"{esc(title)}</td></tr>\n"
            f'<tr><td style="padding:16px 24px;font-size:14px">{paras(intro)}</td></tr>\n'
            + "\n".join(blocks)
            + f'\n<tr><td style="padding:16px 24px;font-size:11px;color:#888">{footer}</td></tr>\n'
            "</table>\n</body>\n</html>")


def digest_text(intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The text/plain twin of newsletter_html."""
    lines = [intro.strip("\n"), ""]
    for head, url, blurb in items:
        lines += [head, blurb, url, ""]
    lines.append(footer.strip("\n"))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Header sets that repeat (layout, not wording)
# ---------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-generated")
AUTO_REPLY = ("Auto-Submitted", "auto-replied")
BULK = ("Precedence", "bulk")


def list_headers(list_id: str, unsubscribe_url: str, unsubscribe_mail: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a newsletter or job-alert digest."""
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsubscribe_url}>, <mailto:{unsubscribe_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "list")]


def outlook_headers(topic: str) -> list[tuple[str, str]]:
    """What Outlook adds to a person's mail."""
    import base64
    import hashlib

    index = base64.b64encode(hashlib.md5(topic.encode()).digest()).decode("ascii")
    heads = [("Thread-Index", "AQH" + index[:30]), ("X-Mailer", "Microsoft Outlook 16.0")]
    if topic.isascii():
        heads.insert(0, ("Thread-Topic", topic))
    return heads
