"""Shared pieces for corpus 191: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs191_* modules writes its own words; the helpers here
wrap those words in the frames mail programs and applicant-tracking systems put around them.
"""

from __future__ import annotations

import html as _html
import re as _re

CAND_NAME = "Hamish Delacroix-Oyelowo"
CAND_ADDR = "hamish.do@example.co.uk"
CAND = (CAND_NAME, CAND_ADDR)
CAND_MSGID_DOMAIN = "mail.example.co.uk"

SIG_HAMISH = (
    "Hamish Delacroix-Oyelowo\n"
    "14 Jute Street, Aberdeen AB24 3HT\n"
    "07700 900482"
)

_WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def _parts(when):
    """when: a datetime (aware or naive) -> (weekday index, day, month index, year, hh:mm)."""
    return when.weekday(), when.day, when.month - 1, when.year, when.strftime("%H:%M")


def attribution(lang, when, name, addr):
    """The 'On ... wrote:' line a webmail client writes above a quote, in its language."""
    wd, d, m, y, hm = _parts(when)
    if lang == "de":
        return f"Am {d:02d}.{m + 1:02d}.{y} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        day = _WEEKDAYS["fr"][wd][:3] + "."
        mon = _MONTHS["fr"][m]
        return f"Le {day} {d} {mon} {y} à {hm}, {name} <{addr}> a écrit :"
    if lang == "es":
        day = _WEEKDAYS["es"][wd][:3]
        mon = _MONTHS["es"][m][:3]
        return f"El {day}, {d} {mon} {y} a las {hm}, {name} (<{addr}>) escribió:"
    day = _WEEKDAYS["en"][wd][:3]
    mon = _MONTHS["en"][m][:3]
    return f"On {day}, {d} {mon} {y} at {hm}, {name} <{addr}> wrote:"


def outlook_header(lang, name, addr, when, to, subject):
    """The From/Sent/To/Subject block Outlook writes above an earlier message."""
    wd, d, m, y, hm = _parts(when)
    if lang == "de":
        sent = f"{_WEEKDAYS['de'][wd]}, {d}. {_MONTHS['de'][m]} {y} {hm}"
        rows = [("Von", f"{name} <{addr}>"), ("Gesendet", sent), ("An", to),
                ("Betreff", subject)]
        sep = ": "
    elif lang == "fr":
        sent = f"{_WEEKDAYS['fr'][wd]} {d} {_MONTHS['fr'][m]} {y} {hm}"
        rows = [("De", f"{name} <{addr}>"), ("Envoyé", sent), ("À", to), ("Objet", subject)]
        sep = " : "
    elif lang == "es":
        sent = f"{_WEEKDAYS['es'][wd]}, {d} de {_MONTHS['es'][m]} de {y} {hm}"
        rows = [("De", f"{name} <{addr}>"), ("Enviado el", sent), ("Para", to),
                ("Asunto", subject)]
        sep = ": "
    else:
        sent = f"{_WEEKDAYS['en'][wd]}, {d} {_MONTHS['en'][m]} {y} {hm}"
        rows = [("From", f"{name} <{addr}>"), ("Sent", sent), ("To", to), ("Subject", subject)]
        sep = ": "
    return "\n".join(f"{k}{sep}{v}" for k, v in rows)


def forward_header(lang, name, addr, when, to, subject):
    """The block a webmail client writes when a message is forwarded inline."""
    wd, d, m, y, hm = _parts(when)
    if lang == "de":
        head = "---------- Weitergeleitete Nachricht ---------"
        rows = [("Von", f"{name} <{addr}>"),
                ("Date", f"{_WEEKDAYS['de'][wd][:2]}., {d}. {_MONTHS['de'][m][:3]}. {y} um {hm}"),
                ("Subject", subject), ("To", to)]
    elif lang == "fr":
        head = "---------- Forwarded message ---------"
        rows = [("De", f"{name} <{addr}>"),
                ("Date", f"{_WEEKDAYS['fr'][wd][:3]}. {d} {_MONTHS['fr'][m]} {y} à {hm}"),
                ("Subject", subject), ("To", to)]
    elif lang == "es":
        head = "---------- Forwarded message ---------"
        rows = [("De", f"{name} <{addr}>"),
                ("Date", f"{_WEEKDAYS['es'][wd][:3]}, {d} {_MONTHS['es'][m][:3]} {y} a las {hm}"),
                ("Subject", subject), ("To", to)]
    else:
        head = "---------- Forwarded message ---------"
        rows = [("From", f"{name} <{addr}>"),
                ("Date", f"{_WEEKDAYS['en'][wd][:3]}, {d} {_MONTHS['en'][m][:3]} {y} at {hm}"),
                ("Subject", subject), ("To", to)]
    return head + "\n" + "\n".join(f"{k}: {v}" for k, v in rows)


def quote(text, depth=1):
    """Prefix every line with '> ' (an empty line gets a bare '>')."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        for _ in range(depth):
            line = ">" if line == "" else "> " + line if not line.startswith(">") else ">" + line
        out.append(line)
    return "\n".join(out)


# --- HTML shells (layout only) ------------------------------------------------------------

def esc(text):
    return _html.escape(text, quote=False)


def paras(text, p_open="<p>", p_close="</p>"):
    """Plain paragraphs -> HTML paragraphs, single line breaks kept as <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = [esc(line) for line in block.split("\n")]
        out.append(p_open + "<br>\n".join(lines) + p_close)
    return "\n".join(out)


def linkify(html_text):
    """Turn bare https:// addresses in already-escaped HTML into anchors."""
    return _re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', html_text)


def html_to_text(html_text):
    """A crude reader's view of an HTML body, used only to quote an HTML-only parent."""
    t = _re.sub(r"(?is)<(style|head|title)[^>]*>.*?</\1>", "", html_text)
    t = _re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = _re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table)>", "\n", t)
    t = _re.sub(r"<[^>]+>", "", t)
    t = _html.unescape(t)
    lines = [" ".join(line.split()) for line in t.split("\n")]
    out, blank = [], False
    for line in lines:
        if not line:
            if not blank and out:
                out.append("")
            blank = True
            continue
        out.append(line)
        blank = False
    return "\n".join(out).strip() + "\n"


def ats_card(brand, accent, inner_html, footer_html="", preheader=""):
    """A typical applicant-tracking-system notification: a centred card with a coloured bar."""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden">{esc(preheader)}</div>\n'
           if preheader else "")
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{esc(brand)}</title>\n</head>\n"
        '<body style="margin:0;padding:0;background:#f3f4f6;font-family:Arial,sans-serif">\n'
        f"{pre}"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        '<tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{accent};height:6px;font-size:0">&nbsp;</td></tr>\n'
        f'<tr><td style="padding:20px 28px 4px 28px;font-size:18px;font-weight:bold;'
        f'color:#111">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:8px 28px 24px 28px;font-size:14px;line-height:1.5;color:#333">\n'
        f"{inner_html}\n"
        "</td></tr>\n</table>\n"
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0">\n'
        '<tr><td style="padding:12px 28px;font-size:11px;color:#888">\n'
        f"{footer_html}\n"
        "</td></tr>\n</table>\n"
        "</td></tr>\n</table>\n</body>\n</html>\n"
    )


def button(label, href, colour="#1f6feb"):
    return (f'<p><a href="{href}" style="display:inline-block;padding:10px 18px;'
            f'background:{colour};color:#ffffff;text-decoration:none;border-radius:4px">'
            f"{esc(label)}</a></p>")


def outlook_html(inner_html, lang_tag="EN-GB"):
    """The Word-generated HTML that desktop Outlook sends."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang_tag}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{inner_html}\n"
        "</div>\n</body>\n</html>\n"
    )


def mso(text):
    """Plain paragraphs -> Outlook's MsoNormal paragraphs with an empty line between them."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{linkify(esc(line)) or "&nbsp;"}</p>')
        out.append('<p class="MsoNormal">&nbsp;</p>')
    return "\n".join(out)


def gmail_html(text):
    """A webmail client's HTML alternative: one div per line."""
    out = ['<div dir="ltr">']
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<div>{linkify(esc(line)) if line else '<br>'}</div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def newsletter_html(brand, accent, sections, footer_html):
    """A mailing-list digest: a masthead and a list of (title, href, blurb) sections."""
    rows = []
    for title, href, blurb in sections:
        rows.append(
            '<tr><td style="padding:14px 24px;border-bottom:1px solid #eee">'
            f'<a href="{href}" style="font-size:16px;font-weight:bold;color:{accent};'
            f'text-decoration:none">{esc(title)}</a>'
            f'<div style="font-size:13px;color:#444;margin-top:4px">{esc(blurb)}</div>'
            "</td></tr>"
        )
    return (
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>"
        f"{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#fafafa;font-family:Helvetica,Arial,sans-serif">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:18px 24px;font-size:22px">'
        f"{esc(brand)}</td></tr>\n"
        + "\n".join(rows)
        + f'\n<tr><td style="padding:18px 24px;font-size:11px;color:#999">{footer_html}'
        "</td></tr>\n</table>\n</body>\n</html>\n"
    )
