# ruff: noqa
"""Shared pieces of corpus 189: the candidate, quoting helpers and HTML layout shells.

Layout only. Every message in the msgs189_* modules writes its own words; the helpers
here only indent, quote, wrap paragraphs in markup or lay out an ATS card or a digest.
"""

from __future__ import annotations

import html as _html
import textwrap

CAND_NAME = "Wiebke Santangelo-Hoffmann"
CAND_ADDR = "wiebke.sh@example.de"
CAND = (CAND_NAME, CAND_ADDR)


def t(text: str) -> str:
    """A hand-written block: dedented, without the newline after the opening quotes, ending in
    one newline. A blank line written at the very start or end of the block is kept (one)."""
    body = textwrap.dedent(text)
    head = "\n" if body.startswith("\n\n") else ""
    tail = "\n\n" if body.endswith("\n\n") else "\n"
    return head + body.strip("\n") + tail


# --------------------------------------------------------------------------- quoting

def quoted(body: str) -> str:
    """Every line of body behind '> ' (nested quotes get one more '>')."""
    out = []
    for line in body.rstrip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out) + "\n"


def wrote(lang: str, when: str, name: str, addr: str, body: str) -> str:
    """A mail-client reply header in the writer's language, then the quoted body."""
    intro = {
        "en": f"On {when}, {name} <{addr}> wrote:",
        "de": f"Am {when} schrieb {name} <{addr}>:",
        "fr": f"Le {when}, {name} <{addr}> a écrit :",
        "es": f"El {when}, {name} (<{addr}>) escribió:",
    }[lang]
    return intro + "\n" + quoted(body)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
}


def outlook(lang: str, frm: str, sent: str, to: str, subject: str, body: str,
            cc: str | None = None, rule: bool = True) -> str:
    """An Outlook 'From: / Sent:' block above an unquoted earlier message."""
    k_from, k_sent, k_to, k_cc, k_subj = _OUTLOOK[lang]
    sep = " : " if lang == "fr" else ": "
    lines = ["________________________________"] if rule else []
    lines += [f"{k_from}{sep}{frm}", f"{k_sent}{sep}{sent}", f"{k_to}{sep}{to}"]
    if cc:
        lines.append(f"{k_cc}{sep}{cc}")
    lines.append(f"{k_subj}{sep}{subject}")
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ----------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A forwarded message block as mail clients write it."""
    head, k_from, k_date, k_subj, k_to = _FWD[lang]
    return (f"{head}\n{k_from}: {frm}\n{k_date}: {date}\n{k_subj}: {subject}\n"
            f"{k_to}: {to}\n\n" + body.rstrip("\n") + "\n")


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def _blocks(text: str) -> list[str]:
    return [b for b in text.strip("\n").split("\n\n") if b.strip()]


def _para_html(block: str, tag: str = "p", attrs: str = "") -> str:
    lines = block.split("\n")
    return f"<{tag}{attrs}>" + "<br>\n".join(esc(l) for l in lines) + f"</{tag}>"


def _split_quote(text: str) -> tuple[str, str]:
    """New text and the quoted part (from the first '> ' line's header on)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(">"):
            start = i - 1 if i > 0 and lines[i - 1].strip() else i
            return "\n".join(lines[:start]), "\n".join(lines[start:])
    return text, ""


def simple_html(text: str, lang: str = "de") -> str:
    """Plain paragraphs in a bare HTML page."""
    body = "\n".join(_para_html(b) for b in _blocks(text))
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{body}\n</body></html>\n')


def gmail_html(text: str, lang: str = "de") -> str:
    """A webmail reply: new text in a div, the '> ' part as a blockquote."""
    new, old = _split_quote(text)
    parts = [f'<div dir="ltr">']
    parts += [_para_html(b, "div") + "<div><br></div>" for b in _blocks(new)]
    parts.append("</div>")
    if old:
        head, *rest = old.split("\n")
        unq = "\n".join(l[2:] if l.startswith("> ") else l[1:] for l in rest)
        inner = "\n".join(_para_html(b, "div") for b in _blocks(unq))
        parts.append(f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(head)}'
                     f'</div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                     f'border-left:1px #ccc solid;padding-left:1ex">\n{inner}\n</blockquote></div>')
    return f'<html lang="{lang}"><head></head><body>\n' + "\n".join(parts) + "\n</body></html>\n"


def outlook_html(text: str, lang: str = "de") -> str:
    """Outlook's Word-HTML wrapper: MsoNormal paragraphs in a WordSection1 div.
    A '____' rule line starts the earlier message, drawn as a bordered block."""
    lines = text.rstrip("\n").split("\n")
    cut = next((i for i, l in enumerate(lines) if l.startswith("_____")), None)
    new = "\n".join(lines[:cut]) if cut is not None else text
    old = "\n".join(lines[cut + 1:]) if cut is not None else ""
    paras = "\n".join(_para_html(b, "p", ' class="MsoNormal"') + '\n<p class="MsoNormal">&nbsp;</p>'
                      for b in _blocks(new))
    tail = ""
    if old:
        tail = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                + "\n".join(_para_html(b, "p", ' class="MsoNormal"') for b in _blocks(old))
                + "\n</div>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Font Definitions */\n@font-face {font-family:"Calibri";}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;'
        'font-family:"Calibri",sans-serif;}\n'
        '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
        'div.WordSection1 {page:WordSection1;}\n--></style>\n'
        '<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]-->\n'
        f'</head>\n<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{paras}\n{tail}\n</div>\n</body>\n</html>\n"
    )


def ats_card(text: str, brand: str, color: str = "#1f4e79", button: tuple[str, str] | None = None,
             footer: str = "", lang: str = "de") -> str:
    """An applicant-tracking card: brand bar, the message's paragraphs, a button, a footer."""
    body = "\n".join(_para_html(b, "p", ' style="margin:0 0 14px 0"') for b in _blocks(text))
    btn = ""
    if button:
        label, url = button
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td '
               f'style="background:{color};border-radius:4px;padding:10px 18px">'
               f'<a href="{esc(url)}" style="color:#ffffff;text-decoration:none">{esc(label)}</a>'
               f'</td></tr></table>')
    foot = f'<p style="color:#888888;font-size:11px">{esc(footer)}</p>' if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width"></head>\n'
        '<body style="margin:0;background:#f4f5f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center" style="padding:24px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:16px 24px;font-size:18px">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px">\n{body}\n{btn}\n</td></tr>\n'
        f'<tr><td style="padding:12px 24px">{foot}</td></tr>\n'
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def digest_html(intro: str, items: list[tuple[str, str, str]], outro: str, brand: str,
                unsubscribe: str, lang: str = "de", color: str = "#00704a") -> str:
    """A newsletter or job-alert digest: intro, a list of linked items, outro, unsubscribe line."""
    head = "\n".join(_para_html(b) for b in _blocks(intro))
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{esc(url)}" style="color:{color};font-weight:bold;text-decoration:none">'
        f'{esc(title)}</a><br><span style="color:#555555">{esc(meta)}</span></td></tr>'
        for title, meta, url in items)
    tail = "\n".join(_para_html(b, "p", ' style="color:#666666;font-size:12px"')
                     for b in _blocks(outro))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(brand)}'
        '</title></head>\n<body style="font-family:Verdana,sans-serif;font-size:13px">\n'
        f'<div style="background:{color};color:#fff;padding:12px;font-size:16px">{esc(brand)}</div>\n'
        f"{head}\n<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">\n{rows}\n</table>\n"
        f'{tail}\n<p style="font-size:11px"><a href="{esc(unsubscribe)}">Unsubscribe / '
        "Abmelden</a></p>\n</body></html>\n"
    )


def digest_text(intro: str, items: list[tuple[str, str, str]], outro: str) -> str:
    """The plain-text twin of digest_html."""
    rows = "\n".join(f"* {title}\n  {meta}\n  {url}\n" for title, meta, url in items)
    return intro.rstrip("\n") + "\n\n" + rows + "\n" + outro.rstrip("\n") + "\n"


SHELLS = {
    "simple": simple_html,
    "gmail": gmail_html,
    "outlook": outlook_html,
    "ats": ats_card,
}
