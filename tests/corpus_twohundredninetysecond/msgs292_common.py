"""Shared pieces of corpus 292: the candidate, quoting helpers and HTML shells (layout only).

Every message writes its own words in the msgs292_*.py modules; the helpers here only quote,
wrap or lay them out.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Mélusine Okafor-Blanc"
CAND_ADDR = "melusine.ob@example.be"
CAND = (CAND_NAME, CAND_ADDR)
CAND_PHONE = "+32 470 58 19 63"


def M(**spec):
    """One message spec (a plain dict); written this way so the data modules read as a list."""
    return spec


# --------------------------------------------------------------------------- quoting


def quote(text: str, prefix: str = ">") -> str:
    """Quote every line the way mail programs do ("> line", a bare ">" for empty lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line:
            out.append(prefix)
        elif line.startswith(">"):
            out.append(prefix + line)
        else:
            out.append(prefix + " " + line)
    return "\n".join(out)


_ATTRIBUTION = {
    "en": "On {when}, {name} <{addr}> wrote:",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "es": "El {when}, {name} <{addr}> escribió:",
}


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    return _ATTRIBUTION[lang].format(when=when, name=name, addr=addr)


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text on top, then an "On ... wrote:" line and the quoted older message."""
    return f"{new.strip()}\n\n{attribution(lang, when, name, addr)}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The From:/Sent:/To:/Subject: block Outlook puts above an older message."""
    f, s, t, j = _OUTLOOK[lang]
    return f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}"


def outlook_reply(new: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    """Outlook-style top posting: no "> " marks, a rule and a header block instead."""
    rule = "_" * 32
    block = outlook_block(lang, frm, sent, to, subject)
    return f"{new.strip()}\n\n{rule}\n{block}\n\n{old.strip()}\n"


_FORWARD = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ----------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}
_FWD_FIELDS = {
    "en": ("From", "Date", "Subject", "To"),
    "de": ("Von", "Datum", "Betreff", "An"),
    "fr": ("De", "Date", "Objet", "À"),
    "es": ("De", "Fecha", "Asunto", "Para"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """A Gmail-style inline forward."""
    f, d, s, t = _FWD_FIELDS[lang]
    head = f"{_FORWARD[lang]}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}"
    return f"{new.strip()}\n\n{head}\n\n{old.strip()}\n"


# --------------------------------------------------------------------------- candidate


def cand_sig(lang: str) -> str:
    tail = {
        "fr": "Fleuriste – coordinatrice d'événements",
        "de": "Floristin – Veranstaltungskoordination",
        "en": "Florist – event coordination",
        "es": "Florista – coordinación de eventos",
    }[lang]
    return f"Mélusine Okafor-Blanc\n{tail}\nRue Hors-Château 41, 4000 Liège\n{CAND_PHONE}"


# --------------------------------------------------------------------------- HTML shells


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs to <p> blocks (line breaks kept as <br>); the words stay the message's."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def simple_html(body: str, lang: str = "fr") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{body}\n</body>\n</html>\n')


def ats_card(brand: str, body: str, footer: str, lang: str = "fr",
             color: str = "#2f4858", button: tuple[str, str] | None = None) -> str:
    """A typical applicant-tracking mail: brand bar, white card, optional button, grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:24px 0"><a href="{url}" style="background:{color};color:#fff;'
               f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>\n')
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"></head>\n'
        f'<body style="margin:0;background:#f3f4f6">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{color};color:#fff;padding:16px 24px;font:bold 18px Arial">'
        f'{esc(brand)}</td></tr>\n'
        f'<tr><td style="background:#fff;padding:24px;font:14px/1.5 Arial;color:#111">\n'
        f'{body}\n{btn}</td></tr>\n'
        f'<tr><td style="padding:16px 24px;font:11px Arial;color:#6b7280">{footer}</td></tr>\n'
        f'</table>\n</body>\n</html>\n'
    )


def outlook_html(body: str, lang: str = "fr") -> str:
    """The Word-generated HTML Outlook sends: namespaces, MsoNormal paragraphs, WordSection1."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
        '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        'a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n'
        '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
        'div.WordSection1 {page:WordSection1;}\n--></style>\n'
        '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
        '</xml><![endif]-->\n</head>\n'
        f'<body lang="{lang.upper()}-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook MsoNormal paragraphs with empty spacer lines."""
    out = []
    for block in text.strip().split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                lang: str = "fr", color: str = "#0f766e") -> str:
    """A newsletter / job-alert layout: a header, an intro, a list of linked items, a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{url}" style="color:{color};font-weight:bold;text-decoration:none">{esc(t)}</a>'
        f'<br><span style="color:#374151">{esc(blurb)}</span></td></tr>'
        for t, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>{esc(title)}'
        f'</title></head>\n<body style="margin:0;background:#f9fafb;font-family:Helvetica,Arial">\n'
        f'<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{color};color:#fff;padding:20px;font-size:20px">{esc(title)}'
        f'</td></tr>\n<tr><td style="padding:16px 20px;background:#fff">{intro}</td></tr>\n'
        f'<tr><td style="padding:0 20px;background:#fff"><table width="100%">\n{rows}\n'
        f'</table></td></tr>\n<tr><td style="padding:16px 20px;font-size:11px;color:#6b7280">'
        f'{footer}</td></tr>\n</table>\n</body>\n</html>\n'
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text alternative of a digest, same words, links spelled out."""
    lines = [title, "=" * len(title), "", intro, ""]
    for t, url, blurb in items:
        lines += [f"* {t}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"
