"""Shared pieces of corpus 274: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs274_* modules writes its own words; these helpers
put them in a reply chain, an Outlook block, an ATS card or a newsletter frame.
"""

from __future__ import annotations

import html

CAND_NAME = "Niamh Delacroix-Murphy"
CAND_ADDR = "niamh.dm@example.ie"
CAND = (CAND_NAME, CAND_ADDR)


# --- quoting -------------------------------------------------------------------------------

def quote(text: str) -> str:
    """Prefix every line with '> ' (or '>' for nested / empty lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out) + "\n"


_ATTRIBUTION = {
    "en": "On {when}, {name} <{addr}> wrote:",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "es": "El {when}, {name} (<{addr}>) escribió:",
}


def wrote(when: str, who: tuple[str, str], lang: str = "en") -> str:
    return _ATTRIBUTION[lang].format(when=when, name=who[0], addr=who[1])


def reply(new: str, when: str, who: tuple[str, str], old: str, lang: str = "en") -> str:
    """New text on top, then an attribution line and the old text quoted with '> '."""
    return new.rstrip("\n") + "\n\n" + wrote(when, who, lang) + "\n" + quote(old)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook(new: str, who: tuple[str, str], sent: str, to: tuple[str, str], subject: str,
            old: str, lang: str = "en") -> str:
    """Outlook-style reply: new text, a rule, a From:/Sent:/To:/Subject: block, old text."""
    f, s, t, subj = _OUTLOOK[lang]
    block = (f"{f}: {who[0]} <{who[1]}>\n{s}: {sent}\n{t}: {to[0]} <{to[1]}>\n"
             f"{subj}: {subject}\n")
    return new.rstrip("\n") + "\n\n________________________________\n" + block + "\n" + old


_FORWARD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(note: str, who: tuple[str, str], when: str, subject: str, to: tuple[str, str],
              body: str, lang: str = "en") -> str:
    rule, f, d, s, t = _FORWARD[lang]
    return (note.rstrip("\n") + "\n\n" + rule + "\n"
            f"{f}: {who[0]} <{who[1]}>\n{d}: {when}\n{s}: {subject}\n{t}: {to[0]} <{to[1]}>\n\n"
            + body)


# --- HTML shells ---------------------------------------------------------------------------

def paras(text: str) -> str:
    """Plain text to HTML paragraphs; '> ' runs become blockquotes."""
    blocks = []
    for chunk in text.strip("\n").split("\n\n"):
        lines = chunk.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line.lstrip("> ")) for line in lines)
            blocks.append(f'<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;'
                          f'padding-left:8px">{inner}</blockquote>')
        else:
            blocks.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>")
    return "\n".join(blocks)


def plain_html(text: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{paras(text)}\n'
            "</body></html>\n")


def ats_card(brand: str, accent: str, text: str, footer: str, lang: str = "en",
             button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system card: coloured header bar, white card, grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:24px 0"><a href="{html.escape(url)}" style="background:{accent};'
               f'color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">'
               f"{html.escape(label)}</a></p>\n")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{html.escape(brand)}</title></head>\n"
            '<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td '
            'align="center">\n<table role="presentation" width="600" cellpadding="0" '
            'cellspacing="0" style="background:#fff">\n'
            f'<tr><td style="background:{accent};color:#fff;padding:16px 24px;font-size:18px">'
            f"{html.escape(brand)}</td></tr>\n"
            f'<tr><td style="padding:24px;color:#222;font-size:14px;line-height:1.5">\n'
            f"{paras(text)}\n{btn}</td></tr>\n"
            f'<tr><td style="padding:12px 24px;color:#888;font-size:11px">{paras(footer)}</td></tr>\n'
            "</table>\n</td></tr></table>\n</body></html>\n")


def outlook_html(text: str, lang: str = "en-IE", charset: str = "utf-8") -> str:
    """The Word-HTML wrapper Outlook puts around a typed message."""
    body = "\n".join(
        f'<p class="MsoNormal">{html.escape(line) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.strip("\n").split("\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
            "@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
            "div.WordSection1 {page:WordSection1;}\n--></style></head>\n"
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    out = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        out += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    out += ["--", footer.strip()]
    return "\n".join(out) + "\n"


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                lang: str = "en", accent: str = "#0a66c2") -> str:
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{html.escape(url)}" style="color:{accent};font-weight:bold">'
        f"{html.escape(head)}</a><br>\n<span style=\"color:#444\">{html.escape(blurb)}</span>"
        "</td></tr>"
        for head, url, blurb in items)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title></head>\n"
            '<body style="font-family:Arial,sans-serif;background:#fafafa">\n'
            '<table role="presentation" width="640" align="center" style="background:#fff;'
            'padding:20px">\n'
            f'<tr><td><h1 style="font-size:20px;color:{accent}">{html.escape(title)}</h1>\n'
            f"{paras(intro)}</td></tr>\n{rows}\n"
            f'<tr><td style="font-size:11px;color:#999;padding-top:16px">{paras(footer)}'
            "</td></tr>\n</table>\n</body></html>\n")
