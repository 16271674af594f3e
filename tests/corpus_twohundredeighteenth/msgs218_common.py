"""Shared helpers for corpus 218: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs218_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

ME_NAME = "Baptiste Nakamura-Leroy"
ME_ADDR = "baptiste.nl@example.be"
ME = (ME_NAME, ME_ADDR)


def M(**spec):
    """One hand-written message spec (a dict); see make_twohundredeighteenth.py for the keys."""
    return spec


def quote(text: str, prefix: str = "> ") -> str:
    """Quote every line of text as a mail client does."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quoted message, in the client's language."""
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """An Outlook 'From: / Sent: / To: / Subject:' block above a quoted message."""
    a, b, c, d = _OUTLOOK[lang]
    return (f"________________________________\n{a}: {frm}\n{b}: {sent}\n{c}: {to}\n"
            f"{d}: {subject}")


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style inline forwarded message."""
    head, a, b, c, d = _FWD[lang]
    return f"{head}\n{a}: {frm}\n{b}: {date}\n{c}: {subject}\n{d}: {to}\n\n{body.strip()}"


def _inline(line: str) -> str:
    return _html.escape(line, quote=False)


def html_paras(text: str, p_open: str = "<p>", p_close: str = "</p>") -> str:
    """Paragraphs of plain text as HTML; runs of '>' lines become a blockquote."""
    blocks = text.strip("\n").split("\n\n")
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "\n".join(line[1:].lstrip(" ") if line.startswith(">") else line
                              for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">' + html_paras(inner, p_open, p_close)
                       + "</blockquote>")
        else:
            out.append(p_open + "<br>\n".join(_inline(line) for line in lines) + p_close)
    return "\n".join(out)


def gmail_html(text: str) -> str:
    """A plain client's HTML twin of a text body."""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div dir="ltr">\n' + html_paras(text, "<div>", "</div><br>")
            + "\n</div></body></html>")


def word_html(text: str, font: str = "Calibri") -> str:
    """Outlook's Word-HTML wrapper around a text body."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        f"p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; "
        f"font-family:\"{font}\",sans-serif;}}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n"
        '<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml>'
        "<![endif]-->\n</head>\n"
        '<body lang="FR-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        + html_paras(text, '<p class="MsoNormal">', "<o:p></o:p></p>\n"
                     '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        + "\n</div>\n</body>\n</html>"
    )


def ats_card(text: str, brand: str, color: str = "#1f4e79", footer: str = "",
             button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking system's e-mail card: a coloured band with the brand, the body,
    an optional button and a small grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px 32px"><a href="{_html.escape(url)}" '
               f'style="background:{color};color:#ffffff;padding:10px 18px;'
               f'text-decoration:none;border-radius:4px">{_inline(label)}</a></td></tr>')
    foot = (f'<tr><td style="padding:16px 32px;font-size:11px;color:#888888">'
            f"{html_paras(footer)}</td></tr>") if footer else ""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width"></head>\n'
        '<body style="margin:0;background:#f4f5f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 32px;'
        f'font-size:18px;font-weight:bold">{_inline(brand)}</td></tr>\n'
        '<tr><td style="padding:24px 32px;line-height:1.5">\n'
        + html_paras(text) + "\n</td></tr>\n" + btn + foot
        + "\n</table>\n</td></tr></table>\n</body></html>"
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                color: str = "#0b6e4f") -> str:
    """A newsletter or job-alert digest: a title, an intro, linked items and a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #eeeeee">'
        f'<a href="{_html.escape(url)}" style="color:{color};font-weight:bold;'
        f'font-size:15px">{_inline(head)}</a><br><span style="color:#444444">'
        f"{_inline(blurb)}</span></td></tr>"
        for head, blurb, url in items)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        + _inline(title) + "</title></head>\n"
        '<body style="margin:0;background:#eef1f0;font-family:Verdana,sans-serif">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:20px 24px;font-size:20px">'
        f"{_inline(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px">{html_paras(intro)}</td></tr>\n'
        + rows + "\n"
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#777">{html_paras(footer)}'
        "</td></tr>\n</table>\n</body></html>"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    parts = [title, "=" * len(title), "", intro.strip(), ""]
    for head, blurb, url in items:
        parts += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    parts.append(footer.strip())
    return "\n".join(parts)
