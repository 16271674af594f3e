"""Shared pieces of corpus 288: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs288_* modules writes its own words.
"""

from __future__ import annotations

import html as _html
import re

CANDIDATE_NAME = "Anaïs Delacroix-Mensah"
CANDIDATE_ADDR = "anais.dm@example.fr"
CANDIDATE = f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>"
CANDIDATE_ASCII = f"Anais Delacroix-Mensah <{CANDIDATE_ADDR}>"

SIG_FR = """Anaïs Delacroix-Mensah
Cuisinière en restauration scolaire – en reconversion audit HACCP
06 71 42 18 93"""

SIG_EN = """Anaïs Delacroix-Mensah
School canteen cook, moving into food safety auditing
+33 6 71 42 18 93"""


def quote(text: str) -> str:
    """Prefix every line with "> " (empty lines get a bare ">")."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


_WROTE = {
    "en": "On {when}, {who} wrote:",
    "de": "Am {when} schrieb {who}:",
    "fr": "Le {when}, {who} a écrit :",
    "es": "El {when}, {who} escribió:",
}


def reply(new: str, lang: str, when: str, who: str, old: str) -> str:
    """A reply: the new text, then an attribution line and the quoted old text."""
    return f"{new.rstrip()}\n\n{_WROTE[lang].format(when=when, who=who)}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_reply(new: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    """A top-posted Outlook reply: new text, a rule, a From/Sent block and the old text."""
    f, s, t, subj = _OUTLOOK[lang]
    colon = " :" if lang == "fr" else ":"
    block = (f"{f}{colon} {frm}\n{s}{colon} {sent}\n{t}{colon} {to}\n{subj}{colon} {subject}")
    return f"{new.rstrip()}\n\n________________________________\n{block}\n\n{old.strip()}\n"


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("-------- Message transféré --------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """A forwarded message under a short note."""
    rule, f, d, s, t = _FWD[lang]
    colon = " :" if lang == "fr" else ":"
    return (f"{new.rstrip()}\n\n{rule}\n{f}{colon} {frm}\n{d}{colon} {date}\n"
            f"{s}{colon} {subject}\n{t}{colon} {to}\n\n{old.strip()}\n")


_URL = re.compile(r"(https?://[^\s<>\"]+)")


def _inline(line: str) -> str:
    escaped = _html.escape(line, quote=False)
    return _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs; runs of "> " lines become a blockquote."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(_inline(line.lstrip(">").lstrip()) for line in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;'
                       f'padding-left:8px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(_inline(line) for line in lines) + "</p>")
    return "\n".join(out)


def simple_html(text: str, lang: str = "fr") -> str:
    """A bare HTML body as a webmail writes it."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body><div style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{paras(text)}\n</div></body></html>\n")


def ats_card(text: str, brand: str, accent: str = "#1f5f8b", footer: str = "",
             lang: str = "fr") -> str:
    """A hosted-ATS notification card: a coloured band with the brand, the text, a footer."""
    foot = f'<tr><td style="font-size:11px;color:#888;padding:16px">{_inline(footer)}</td></tr>' \
        if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_html.escape(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:18px;font-size:18px">'
        f"{_html.escape(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px;line-height:1.5">\n{paras(text)}\n</td></tr>\n'
        f"{foot}\n</table>\n</td></tr></table>\n</body></html>\n"
    )


def outlook_html(text: str, lang: str = "fr") -> str:
    """The Word-flavoured HTML Outlook sends."""
    body = paras(text).replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n"
        "<!--[if gte mso 9]><xml><o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />"
        "</xml><![endif]-->\n</head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        "</div>\n</body>\n</html>\n"
    )


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    unsubscribe: str, lang: str = "fr") -> str:
    """A mailing-list issue: a title, an intro, linked items and a footer with the opt-out."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 24px;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="font-weight:bold;color:#0b5394">{_html.escape(head)}</a><br>'
        f'<span style="color:#444">{_html.escape(blurb)}</span></td></tr>'
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_html.escape(title)}</title></head>\n"
        '<body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="padding:20px 24px;font-size:22px;background:#12355b;color:#fff">'
        f"{_html.escape(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px">{paras(intro)}</td></tr>\n{rows}\n'
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#777">{paras(footer)}'
        f'<p><a href="{unsubscribe}">unsubscribe / désinscription</a></p></td></tr>\n'
        "</table>\n</body></html>\n"
    )


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    unsubscribe: str) -> str:
    """The plain-text twin of newsletter_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines += [footer.strip(), "", unsubscribe]
    return "\n".join(lines) + "\n"
