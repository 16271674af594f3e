"""Shared pieces for the 200th blind corpus: the candidate, quoting helpers and HTML shells.

Everything here is layout only. Every message in the msgs200_* modules writes its own words;
these helpers only wrap them (quote a chain, put paragraphs into an ATS card, an Outlook
Word-HTML page or a newsletter table).
"""

from __future__ import annotations

import html

CAND_NAME = "Sinéad Kowalski-Mbatha"
CAND_ADDR = "sinead.km@example.ie"
CAND = (CAND_NAME, CAND_ADDR)
CAND_PHONE = "+353 87 555 0142"

CAND_SIG_EN = f"""--
Sinéad Kowalski-Mbatha
12 Bóthar na Trá, Salthill, Galway H91 X2C4
{CAND_PHONE}
"""

CAND_SIG_SHORT = "Sinéad\n"


# --------------------------------------------------------------------------- quoting

def quote(text: str, prefix: str = "> ") -> str:
    """Every line of text behind a quote marker ('>' alone on empty lines)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out) + "\n"


_WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def _weekday(year: int, month: int, day: int) -> int:
    import datetime

    return datetime.date(year, month, day).weekday()


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """A mail program's attribution line. when = 'YYYY-MM-DD HH:MM'."""
    date, clock = when.split(" ")
    y, m, d = (int(x) for x in date.split("-"))
    wd = _weekday(y, m, d)
    who = f"{name} <{addr}>"
    if lang == "en":
        return f"On {_WEEKDAYS['en'][wd]}, {d} {_MONTHS['en'][m - 1]} {y} at {clock}, {who} wrote:"
    if lang == "de":
        return f"Am {_WEEKDAYS['de'][wd]}, {d:02d}.{m:02d}.{y} um {clock} schrieb {who}:"
    if lang == "fr":
        return f"Le {_WEEKDAYS['fr'][wd]} {d} {_MONTHS['fr'][m - 1]} {y} à {clock}, {who} a écrit :"
    return f"El {_WEEKDAYS['es'][wd]}, {d} {_MONTHS['es'][m - 1]} {y} a las {clock}, {who} escribió:"


def reply_chain(lang: str, when: str, name: str, addr: str, quoted: str) -> str:
    """Attribution line plus the quoted text, as Gmail/Thunderbird put it under a reply."""
    return wrote(lang, when, name, addr) + "\n" + quote(quoted)


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook 'From: / Sent:' header block followed by the earlier message, unquoted."""
    f, s, t, j = _OUTLOOK_LABELS[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n\n{body.rstrip()}\n"
    )


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style forwarded block."""
    head, f, d, s, t = _FWD[lang]
    return f"{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n{body.rstrip()}\n"


def signature(*lines: str) -> str:
    """A signature block under the '-- ' separator."""
    return "-- \n" + "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras_html(text: str) -> str:
    """Blank-line separated paragraphs of plain text as <p> elements (line breaks kept)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def plain_html(body: str, lang: str = "en") -> str:
    """A bare HTML page as a webmail writes it."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{paras_html(body)}\n'
        "</body></html>\n"
    )


def ats_card(brand: str, body: str, *, button: tuple[str, str] | None = None,
             footer: str = "", lang: str = "en", colour: str = "#1f4e79") -> str:
    """An applicant-tracking-system card: coloured banner with the employer's name, the
    message in a white box, an optional button, a small grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (
            '<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="background:{colour};border-radius:4px;padding:10px 18px">'
            f'<a href="{esc(url)}" style="color:#ffffff;text-decoration:none">{esc(label)}</a>'
            "</td></tr></table>\n"
        )
    foot = f'<p style="color:#888888;font-size:11px">{esc(footer)}</p>\n' if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f2f4f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:{colour};color:#ffffff;padding:16px 24px;'
        f'font:bold 18px Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="background:#ffffff;padding:24px;font:14px/1.5 Arial,sans-serif">\n'
        f"{paras_html(body)}\n{btn}</td></tr>\n"
        f'<tr><td style="padding:12px 24px">{foot}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def outlook_html(body: str, *, quoted: str = "", lang: str = "en") -> str:
    """The Word-generated HTML of an Outlook message; quoted is an earlier message (plain text)
    shown under a grey rule, as Outlook does."""
    q = ""
    if quoted:
        q = (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            + paras_html(quoted).replace("<p>", '<p class="MsoNormal">')
            + "\n</div>\n"
        )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n"
        f'</head>\n<body lang="{lang.upper()}-IE" link="#0563C1" vlink="#954F72">\n'
        '<div class="WordSection1">\n'
        + paras_html(body).replace("<p>", '<p class="MsoNormal">')
        + "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
        + q
        + "</div>\n</body>\n</html>\n"
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                lang: str = "en") -> str:
    """A newsletter / job-alert table: each item is (headline, blurb, url)."""
    rows = "\n".join(
        '<tr><td style="padding:10px 0;border-bottom:1px solid #dddddd">'
        f'<a href="{esc(url)}" style="font-weight:bold;color:#0b5394">{esc(head)}</a><br>'
        f'<span style="color:#444444">{esc(blurb)}</span></td></tr>'
        for head, blurb, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">\n'
        '<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td><h1 style="font-size:20px">{esc(title)}</h1>{paras_html(intro)}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="font-size:11px;color:#777777;padding-top:16px">{paras_html(footer)}'
        "</td></tr>\n</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, blurb, url in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines += ["--", footer.strip()]
    return "\n".join(lines) + "\n"
