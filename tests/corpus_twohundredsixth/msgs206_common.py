"""Shared pieces for corpus 206: the candidate, quoting helpers and HTML shells.

The shells are layout only; every message in the msgs206_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

ME_NAME = "Tadhg Oyelaran-Weiss"
ME_ADDR = "tadhg.ow@example.ie"
ME = (ME_NAME, ME_ADDR)

# Attribution lines of the mail programs, per language.
_ATTRIB = {
    "en": "On {day}, {name} <{addr}> wrote:",
    "de": "Am {day} schrieb {name} <{addr}>:",
    "fr": "Le {day}, {name} <{addr}> a écrit :",
    "es": "El {day}, {name} <{addr}> escribió:",
}

_OUTLOOK = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
}

_FORWARD = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}

_FWD_LABELS = {
    "en": ("From:", "Date:", "Subject:", "To:"),
    "de": ("Von:", "Datum:", "Betreff:", "An:"),
    "fr": ("De :", "Date :", "Objet :", "À :"),
    "es": ("De:", "Fecha:", "Asunto:", "Para:"),
}


def quote(text: str) -> str:
    """Quote a text the way mail programs do, '> ' before every line."""
    lines = text.strip("\n").split("\n")
    return "\n".join("> " + line if line else ">" for line in lines)


def reply(new: str, old: str, who: tuple[str, str], day: str, lang: str = "en") -> str:
    """A reply: the new text, an attribution line and the quoted old text."""
    attrib = _ATTRIB[lang].format(day=day, name=who[0], addr=who[1])
    return new.rstrip("\n") + "\n\n" + attrib + "\n" + quote(old) + "\n"


def outlook_reply(new: str, old: str, who: tuple[str, str], sent: str, to: str,
                  subject: str, lang: str = "en") -> str:
    """A reply in Outlook style: the old message under a From/Sent/To/Subject block."""
    frm, snt, too, sub = _OUTLOOK[lang]
    block = (
        "________________________________\n"
        f"{frm} {who[0]} <{who[1]}>\n{snt} {sent}\n{too} {to}\n{sub} {subject}\n"
    )
    return new.rstrip("\n") + "\n\n" + block + "\n" + old.strip("\n") + "\n"


def forward(new: str, old: str, who: tuple[str, str], date: str, subject: str, to: str,
            lang: str = "en") -> str:
    """An inline forward: a note, the forward marker and the old header block and text."""
    frm, dat, sub, too = _FWD_LABELS[lang]
    block = (
        f"{_FORWARD[lang]}\n{frm} {who[0]} <{who[1]}>\n{dat} {date}\n{sub} {subject}\n"
        f"{too} {to}\n"
    )
    head = new.rstrip("\n") + "\n\n" if new.strip() else ""
    return head + block + "\n" + old.strip("\n") + "\n"


def _inline(text: str) -> str:
    return "<br>\n".join(_html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str) -> str:
    """Paragraphs of plain text as HTML; runs of '> ' lines become a blockquote."""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "\n".join(line[2:] if line.startswith("> ") else line[1:] for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">' + _inline(inner) + "</blockquote>")
        else:
            out.append("<p>" + _inline(block) + "</p>")
    return "\n".join(out)


def simple_html(text: str) -> str:
    """A plain mail program's HTML version of a text."""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n'
            + html_paras(text) + "\n</div></body></html>\n")


def outlook_html(text: str) -> str:
    """The Word-HTML that Outlook writes around a text."""
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append('<p class="MsoNormal"><span lang="EN-IE" style="font-size:11.0pt;'
                     'font-family:&quot;Calibri&quot;,sans-serif">' + _inline(block)
                     + "<o:p></o:p></span></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n<body lang=\"EN-IE\" link=\"#0563C1\" vlink=\"#954F72\">\n"
        '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"
    )


def ats_card(brand: str, text: str, accent: str = "#1f4e79", footer: str = "") -> str:
    """An applicant-tracking system's card: a coloured band with the brand, the text, a footer."""
    foot = ('<tr><td style="padding:16px 28px;font-size:11px;color:#888">'
            + _inline(footer) + "</td></tr>\n") if footer else ""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width\"></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;'
        'color:#222">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:18px 28px;font-size:20px">'
        f"{_html.escape(brand)}</td></tr>\n"
        '<tr><td style="padding:24px 28px;line-height:1.5">\n' + html_paras(text)
        + "\n</td></tr>\n" + foot + "</table>\n</td></tr></table>\n</body></html>\n"
    )


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str) -> str:
    """The text version of a digest: a title, an intro, headline/link/blurb items, a footer."""
    out = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        out += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    out.append(footer.strip())
    return "\n".join(out) + "\n"


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str, accent: str = "#0f766e") -> str:
    """The HTML version of a digest, same words as newsletter_text."""
    rows = "\n".join(
        '<tr><td style="padding:10px 24px;border-bottom:1px solid #eee">'
        f'<a href="{_html.escape(url)}" style="color:{accent};font-weight:bold;'
        f'text-decoration:none">{_html.escape(head)}</a><br>'
        f'<span style="color:#444">{_html.escape(blurb)}</span></td></tr>'
        for head, url, blurb in items
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        '<body style="margin:0;background:#fafafa;font-family:Georgia,serif">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:20px 24px;font-size:22px">'
        f"{_html.escape(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px">{html_paras(intro)}</td></tr>\n'
        + rows + "\n"
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#777">{_inline(footer.strip())}'
        "</td></tr>\n</table>\n</body></html>\n"
    )
