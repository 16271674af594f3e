"""Shared pieces for corpus 249: the candidate, quoting helpers and HTML layout shells.

Layout only: every message in the msgs249_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Anaïs Lefebvre-Mwangi"
CANDIDATE_ADDR = "anais.lm@example.fr"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

CANDIDATE_SIG_FR = """Anaïs Lefebvre-Mwangi
Sommelière – en recherche d'un poste d'assistante export
14 rue de Talleyrand, 51100 Reims
+33 6 41 27 58 90"""

CANDIDATE_SIG_EN = """Anaïs Lefebvre-Mwangi
Sommelier, Reims (France)
+33 6 41 27 58 90"""


def M(kind: str, slug: str, lang: str, **fields: object) -> dict[str, object]:
    """One message spec; see make_twohundredfortyninth.py for the fields it reads."""
    return {"kind": kind, "slug": slug, "lang": lang, **fields}


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text the way mail clients do ('>' alone on empty lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail client puts above a quoted message."""
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, cc: str = "") -> str:
    """The 'From: / Sent: / To: / Subject:' block Outlook writes above an earlier message."""
    f, s, t, c, subj = _OUTLOOK_LABELS[lang]
    sep = " : " if lang == "fr" else ": "
    lines = ["_" * 32, f"{f}{sep}{frm}", f"{s}{sep}{sent}", f"{t}{sep}{to}"]
    if cc:
        lines.append(f"{c}{sep}{cc}")
    lines.append(f"{subj}{sep}{subject}")
    return "\n".join(lines)


_FORWARD_TITLES = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("-------- Message transféré --------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """The header block a webmail writes at the top of a forwarded message."""
    title, f, d, s, t = _FORWARD_TITLES[lang]
    sep = " : " if lang == "fr" else ": "
    return "\n".join([title, f"{f}{sep}{frm}", f"{d}{sep}{date}", f"{s}{sep}{subject}",
                      f"{t}{sep}{to}"])


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, newlines become <br>,
    quoted lines ('> ') become a blockquote."""
    blocks = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line[1:].lstrip()) for line in lines)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          f'padding-left:1ex">{inner}</blockquote>')
        else:
            blocks.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(blocks)


def simple(body_html: str, lang: str = "fr") -> str:
    """A bare webmail HTML document."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{body_html}\n'
            "</body>\n</html>\n")


def card(brand: str, title: str, body_html: str, footer: str = "", accent: str = "#7a1f2b",
         lang: str = "fr") -> str:
    """An applicant-tracking-system card: coloured band with the brand, a white card, a grey
    footer."""
    foot = f'<tr><td style="padding:16px;color:#888;font-size:11px">{footer}</td></tr>\n' \
        if footer else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f"<title>{esc(title)}</title></head>\n"
            '<body style="margin:0;background:#f3f1ee">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
            f'<tr><td style="background:{accent};color:#fff;padding:18px 24px;'
            f'font:bold 18px Georgia,serif">{esc(brand)}</td></tr>\n'
            '<tr><td style="padding:24px"><table role="presentation" width="600" '
            'style="background:#fff;border-radius:6px;padding:24px;'
            'font:14px/1.5 Helvetica,Arial,sans-serif;color:#222">\n'
            f'<tr><td><h2 style="margin-top:0;font-size:18px">{esc(title)}</h2>\n'
            f"{body_html}\n</td></tr></table></td></tr>\n{foot}</table>\n</body>\n</html>\n")


def outlook(body_html: str, lang: str = "fr") -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs inside a WordSection1."""
    body = body_html.replace("<p>", '<p class="MsoNormal">')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\n/* Style Definitions */\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
            "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
            "div.WordSection1 {page:WordSection1;}\n--></style>\n"
            "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
            "</xml><![endif]-->\n</head>\n"
            f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n'
            f"{body}\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n</div>\n</body>\n</html>\n")


def newsletter(brand: str, intro_html: str, items: list[tuple[str, str, str]], footer_html: str,
               lang: str = "fr", accent: str = "#2f4f4f") -> str:
    """A mailing-list / job-alert layout: a header, one block per item (title, link, blurb),
    and an unsubscribe footer."""
    rows = []
    for title, url, blurb in items:
        rows.append('<tr><td style="padding:12px 0;border-bottom:1px solid #eee">'
                    f'<a href="{url}" style="color:{accent};font-weight:bold;'
                    f'text-decoration:none">{esc(title)}</a><br>\n'
                    f'<span style="color:#444">{esc(blurb)}</span></td></tr>')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            '<body style="margin:0;background:#fafafa;font-family:Verdana,sans-serif">\n'
            '<table role="presentation" width="640" align="center" cellpadding="0" '
            'cellspacing="0" style="background:#fff">\n'
            f'<tr><td style="background:{accent};color:#fff;padding:20px;font-size:20px">'
            f"{esc(brand)}</td></tr>\n"
            f'<tr><td style="padding:20px">{intro_html}</td></tr>\n'
            '<tr><td style="padding:0 20px"><table role="presentation" width="100%">\n'
            + "\n".join(rows) +
            "\n</table></td></tr>\n"
            f'<tr><td style="padding:20px;font-size:11px;color:#999">{footer_html}</td></tr>\n'
            "</table>\n</body>\n</html>\n")
