"""Shared pieces for corpus 201: the candidate, quoting helpers and HTML shells.

The shells are layout only. Every message in the msgs201_* modules writes its own words; a
shell only wraps those words in the table, card or Word markup a mail program or an
applicant-tracking system would put around them.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Odile Brennan-Achterberg"
CAND_ADDR = "odile.ba@example.fr"
CANDIDATE = (CAND_NAME, CAND_ADDR)

# The candidate's own signature, one per language she writes in.
CAND_SIG = {
    "fr": "Odile Brennan-Achterberg\nPréparatrice en pharmacie hospitalière\n06 41 27 58 90",
    "en": "Odile Brennan-Achterberg\n+33 6 41 27 58 90\nRennes, France",
    "de": "Odile Brennan-Achterberg\nTel. +33 6 41 27 58 90",
    "es": "Odile Brennan-Achterberg\nTel. +33 6 41 27 58 90",
}


def quote(text: str, depth: int = 1) -> str:
    """Prefix every line of text with '> ' (or '>' on an empty line), depth times."""
    lines = text.strip("\n").split("\n")
    for _ in range(depth):
        lines = [("> " + line) if line and not line.startswith(">") else (">" + line)
                 for line in lines]
    return "\n".join(lines)


_ATTRIBUTION = {
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "en": "On {when}, {name} <{addr}> wrote:",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "es": "El {when}, {name} <{addr}> escribió:",
}


def replied(lang: str, when: str, who: tuple[str, str], text: str) -> str:
    """An attribution line in the mail program's language followed by the quoted text."""
    head = _ATTRIBUTION[lang].format(when=when, name=who[0], addr=who[1])
    return head + "\n" + quote(text)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook(lang: str, who: tuple[str, str], when: str, to: str, subject: str,
            text: str) -> str:
    """An Outlook 'From: / Sent:' block above the earlier message, unquoted, as Outlook does."""
    f, s, t, j = _OUTLOOK[lang]
    return ("________________________________\n"
            f"{f}: {who[0]} <{who[1]}>\n{s}: {when}\n{t}: {to}\n{j}: {subject}\n\n"
            + text.strip("\n"))


_FORWARD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, who: tuple[str, str], when: str, subject: str, to: str,
              text: str) -> str:
    """A Gmail-style forwarded block."""
    bar, f, d, s, t = _FORWARD[lang]
    return (f"{bar}\n{f}: {who[0]} <{who[1]}>\n{d}: {when}\n{s}: {subject}\n{t}: {to}\n\n"
            + text.strip("\n"))


# --- HTML shells (layout only) -------------------------------------------------------------

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs: a blank line separates paragraphs, a newline is <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = [esc(line) for line in block.split("\n")]
        if all(line.startswith("&gt;") for line in lines):
            inner = "<br>\n".join(line.removeprefix("&gt;").lstrip() for line in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;'
                       'padding-left:8px;color:#555">' + inner + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def doc(body: str, lang: str = "fr", charset: str = "utf-8", title: str = "") -> str:
    """A bare HTML document as a webmail writes it."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"<title>{esc(title)}</title>\n</head>\n"
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            f"{body}\n</body>\n</html>\n")


def card(brand: str, accent: str, body: str, footer: str = "", lang: str = "fr",
         charset: str = "utf-8") -> str:
    """An applicant-tracking system's card: a coloured band with the brand, a white card, a grey
    footer."""
    foot = f'<tr><td style="padding:16px;color:#888;font-size:11px">{footer}</td></tr>\n' \
        if footer else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="viewport" content="width=device-width">\n</head>\n'
            '<body style="margin:0;background:#f3f4f6">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
            f'<tr><td style="background:{accent};color:#fff;padding:18px 24px;'
            f'font:bold 18px Helvetica,Arial,sans-serif">{esc(brand)}</td></tr>\n'
            '<tr><td style="padding:24px">\n'
            '<table role="presentation" width="600" align="center" cellpadding="0" '
            'cellspacing="0" style="background:#fff;border-radius:6px">\n'
            '<tr><td style="padding:28px;font:14px/1.5 Helvetica,Arial,sans-serif;'
            f'color:#222">\n{body}\n</td></tr>\n</table>\n</td></tr>\n'
            f"{foot}</table>\n</body>\n</html>\n")


def word(body: str, lang: str = "FR", charset: str = "utf-8") -> str:
    """Outlook's Word-generated HTML: MsoNormal paragraphs inside a WordSection1 div."""
    body = body.replace("<p>", '<p class="MsoNormal">')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
            "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n"
            "--></style>\n</head>\n"
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               lang: str = "fr", accent: str = "#1d4e89", charset: str = "utf-8") -> str:
    """A mailing's HTML: a title band, an intro, a list of linked items (title, url, blurb) and a
    footer with the unsubscribe words the mailing writes itself."""
    rows = "\n".join(
        '<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{url}" style="color:{accent};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br>\n<span style=\"color:#444\">{esc(blurb)}</span></td></tr>"
        for head, url, blurb in items)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"<title>{esc(title)}</title>\n</head>\n"
            '<body style="margin:0;background:#fafafa;font-family:Georgia,serif">\n'
            '<table role="presentation" width="640" align="center" cellpadding="0" '
            'cellspacing="0" style="background:#fff">\n'
            f'<tr><td style="background:{accent};color:#fff;padding:20px;font-size:22px">'
            f"{esc(title)}</td></tr>\n"
            f'<tr><td style="padding:20px">{paras(intro)}\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
            f"{rows}\n</table></td></tr>\n"
            f'<tr><td style="padding:20px;font-size:11px;color:#777">{footer}</td></tr>\n'
            "</table>\n</body>\n</html>\n")


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter(): same words, one item per paragraph."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines)
