"""Shared helpers for corpus 181: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs181_*.py modules writes its own words; the helpers here
only arrange them (quote a chain, wrap paragraphs in an ATS card or an Outlook Word-HTML body).
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Jonas Haverkamp-Sørensen"
CAND_ADDR = "jonas.hs@example.ch"
CAND = (CAND_NAME, CAND_ADDR)

# The candidate's own signature, used in his sent mail (only the layout is shared).
CAND_SIG = "Jonas Haverkamp-Sørensen\nMittlere Strasse 41, 4056 Basel\n+41 79 318 44 07"


# --------------------------------------------------------------------------- quoting

def quote(text: str) -> str:
    """Prefix every line with '> ' (an empty line becomes '>')."""
    lines = text.strip("\n").split("\n")
    return "\n".join(("> " + line) if line else ">" for line in lines)


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted reply."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text, then the attribution line, then the old text quoted with '> '."""
    return f"{new.rstrip()}\n\n{attribution(lang, when, name, addr)}\n{quote(old)}\n"


_OUTLOOK_LABELS = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """An Outlook 'From: / Sent: / To: / Subject:' header block (in the mail's language)."""
    f, s, t, b = _OUTLOOK_LABELS[lang]
    return f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{b}: {subject}"


def outlook_reply(new: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    """Outlook style: new text, a rule, the header block and the old text unquoted."""
    rule = "_" * 32
    block = outlook_block(lang, frm, sent, to, subject)
    return f"{new.rstrip()}\n\n{rule}\n{block}\n\n{old.strip()}\n"


_FWD = {
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """Gmail-style forward: new text, the forward banner and the old message unquoted."""
    banner, f, d, s, t = _FWD[lang]
    head = f"{banner}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}"
    return f"{new.rstrip()}\n\n{head}\n\n{old.strip()}\n"


# --------------------------------------------------------------------------- HTML shells

def _inline(line: str) -> str:
    return _html.escape(line, quote=False)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs; runs of '> ' lines become a blockquote."""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(_inline(line.lstrip("> ").rstrip()) for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(_inline(line) for line in lines) + "</p>")
    return "\n".join(out)


def simple_html(text: str, lang: str = "en", charset: str = "utf-8") -> str:
    """A bare mail-program HTML body around the paragraphs of text."""
    return (f'<html lang="{lang}"><head><meta charset="{charset}"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{paras(text)}\n</body></html>\n")


def gmail_html(text: str) -> str:
    """A Gmail-like body: a ltr div, quoted parts in a gmail_quote blockquote."""
    return f'<div dir="ltr">\n{paras(text)}\n</div>\n'


def outlook_html(text: str, lang: str = "de", charset: str = "utf-8") -> str:
    """An Outlook Word-HTML wrapper (MsoNormal paragraphs, WordSection1)."""
    body = []
    for block in text.strip("\n").split("\n\n"):
        lines = "<br>\n".join(_inline(line) for line in block.split("\n"))
        body.append(f'<p class="MsoNormal">{lines}<o:p></o:p></p>')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; '
        f'charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang.upper()}-CH" link="#0563C1" vlink="#954F72">\n'
        '<div class="WordSection1">\n' + "\n".join(body) + "\n</div>\n</body></html>\n"
    )


def ats_card(brand: str, color: str, text: str, footer: str, button: tuple[str, str] | None = None,
             lang: str = "en") -> str:
    """An applicant-tracking system's card: a coloured banner, the text, a button, a footer."""
    btn = ""
    if button:
        label, url = button
        btn = ('<tr><td style="padding:8px 32px 24px"><a href="' + _html.escape(url) + '" '
               f'style="background:{color};color:#fff;padding:10px 18px;border-radius:4px;'
               f'text-decoration:none">{_inline(label)}</a></td></tr>\n')
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_inline(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px">\n'
        f'<tr><td style="background:{color};color:#fff;padding:18px 32px;font-size:20px">'
        f"{_inline(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px 32px">{paras(text)}</td></tr>\n'
        f"{btn}"
        '<tr><td style="padding:16px 32px;color:#6b7280;font-size:12px">'
        f"{paras(footer)}</td></tr>\n"
        "</table></td></tr></table>\n</body></html>\n"
    )


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "de") -> str:
    """A list mail: a title, an intro, items (heading, blurb, link) and a footer."""
    rows = []
    for heading, blurb, url in items:
        rows.append(
            '<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e7eb">'
            f'<a href="{_html.escape(url)}" style="font-weight:bold;color:#0f4c81">'
            f"{_inline(heading)}</a><br>{_inline(blurb)}</td></tr>"
        )
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{_inline(title)}</title>'
        "</head>\n<body>\n"
        '<table width="640" cellpadding="0" cellspacing="0" style="font-family:Verdana,sans-serif">'
        f'\n<tr><td style="padding:20px 24px;font-size:22px">{_inline(title)}</td></tr>\n'
        f'<tr><td style="padding:0 24px 12px">{paras(intro)}</td></tr>\n'
        + "\n".join(rows)
        + f'\n<tr><td style="padding:20px 24px;font-size:11px;color:#777">{paras(footer)}'
        "</td></tr>\n</table>\n</body></html>\n"
    )


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    out = [title, "=" * len(title), "", intro.strip(), ""]
    for heading, blurb, url in items:
        out += [f"* {heading}", f"  {blurb}", f"  {url}", ""]
    out.append(footer.strip())
    return "\n".join(out) + "\n"
