"""Shared pieces for corpus 219: the candidate, quoting helpers and HTML shells (layout only).

Every message writes its own words in the msgs219_* data modules; nothing here adds wording
that a classifier could read as a kind.
"""

from __future__ import annotations

import html
import re

CANDIDATE_NAME = "Carlota Weiss-Mbeki"
CANDIDATE_ADDR = "carlota.wm@example.cl"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

# Signature lines the candidate uses in her own mail.
MY_SIG_ES = "Carlota Weiss-Mbeki\n+34 611 408 275\ncarlota.wm@example.cl"
MY_SIG_EN = "Carlota Weiss-Mbeki\n+34 611 408 275 | linkedin.example.com/in/carlotawm"


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text as a mail client quotes it."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line:
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quoted message."""
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text above a '> '-quoted earlier message."""
    return f"{new.rstrip()}\n\n{wrote(lang, when, name, addr)}\n{quote(old)}\n"


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The header block Outlook writes above the earlier message."""
    if lang == "es":
        rows = [("De", frm), ("Enviado el", sent), ("Para", to), ("Asunto", subject)]
        sep = ": "
    elif lang == "fr":
        rows = [("De", frm), ("Envoyé", sent), ("À", to), ("Objet", subject)]
        sep = " : "
    elif lang == "de":
        rows = [("Von", frm), ("Gesendet", sent), ("An", to), ("Betreff", subject)]
        sep = ": "
    else:
        rows = [("From", frm), ("Sent", sent), ("To", to), ("Subject", subject)]
        sep = ": "
    return "\n".join(f"{key}{sep}{value}" for key, value in rows)


def outlook_reply(new: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    """New text above an unquoted earlier message, the Outlook way."""
    block = outlook_block(lang, frm, sent, to, subject)
    return f"{new.rstrip()}\n\n{'_' * 40}\n{block}\n\n{old.strip()}\n"


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A forwarded message block, as webmail writes it."""
    if lang == "es":
        head = "---------- Mensaje reenviado ---------"
        rows = [("De", frm), ("Fecha", date), ("Asunto", subject), ("Para", to)]
    elif lang == "fr":
        head = "---------- Message transféré ---------"
        rows = [("De", frm), ("Date", date), ("Objet", subject), ("À", to)]
    elif lang == "de":
        head = "---------- Weitergeleitete Nachricht ---------"
        rows = [("Von", frm), ("Datum", date), ("Betreff", subject), ("An", to)]
    else:
        head = "---------- Forwarded message ---------"
        rows = [("From", frm), ("Date", date), ("Subject", subject), ("To", to)]
    lines = "\n".join(f"{key}: {value}" for key, value in rows)
    return f"{head}\n{lines}\n\n{body.strip()}\n"


_URL = re.compile(r"https?://[^\s<>\"]+")


def _inline(line: str) -> str:
    escaped = html.escape(line, quote=False)
    return _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)


def paras(text: str) -> str:
    """Plain text as HTML paragraphs (blank line = new paragraph, newline = <br>)."""
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(_inline(line.lstrip("> ")) for line in lines)
            out.append(f'<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;'
                       f'padding-left:8px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(_inline(line) for line in lines) + "</p>")
    return "\n".join(out)


def mso_paras(text: str) -> str:
    """Plain text as Word-style MsoNormal paragraphs, one per line."""
    out = []
    for line in text.strip().split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{_inline(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def page(body_html: str, charset: str = "utf-8", lang: str = "es") -> str:
    """A bare HTML document around body_html."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            f"{body_html}\n</body></html>\n")


def ats_card(brand: str, accent: str, body_html: str, footer_html: str = "",
             charset: str = "utf-8", lang: str = "es", button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system card: brand bar, body, optional button, small footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:0 32px 24px 32px"><a href="{url}" '
               f'style="background:{accent};color:#ffffff;padding:10px 18px;'
               f'text-decoration:none;border-radius:4px;display:inline-block">'
               f"{html.escape(label)}</a></td></tr>\n")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{html.escape(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#ffffff;border-top:4px solid {accent}">\n'
        f'<tr><td style="padding:24px 32px;font-size:20px;font-weight:bold;color:{accent}">'
        f"{html.escape(brand)}</td></tr>\n"
        '<tr><td style="padding:0 32px 24px 32px;font-size:14px;line-height:1.5;color:#222">\n'
        f"{body_html}\n</td></tr>\n{btn}"
        '<tr><td style="padding:16px 32px;font-size:11px;color:#888;background:#fafafa">'
        f"{footer_html}</td></tr>\n"
        "</table></td></tr></table>\n</body></html>\n"
    )


def outlook_html(body_html: str, charset: str = "utf-8", lang: str = "ES") -> str:
    """The Word-generated HTML Outlook sends."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        "span.EstiloCorreo17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>\n'
    )


def newsletter_html(title: str, accent: str, intro: str,
                    items: list[tuple[str, str, str]], footer: str,
                    charset: str = "utf-8", lang: str = "es") -> str:
    """A digest: title, intro paragraph, a list of linked items and a footer."""
    rows = "\n".join(
        '<tr><td style="padding:12px 24px;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="font-size:16px;color:{accent};font-weight:bold">'
        f"{html.escape(head)}</a><br>"
        f'<span style="font-size:13px;color:#444">{html.escape(blurb)}</span></td></tr>'
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{html.escape(title)}</title></head>\n"
        '<body style="margin:0;background:#eef1f5;font-family:Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="640" align="center" cellpadding="0" '
        'cellspacing="0" style="background:#fff">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:18px 24px;font-size:22px">'
        f"{html.escape(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px;font-size:14px">{paras(intro)}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#777">{footer}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def digest_text(intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    body = "\n\n".join(f"* {head}\n  {blurb}\n  {url}" for head, url, blurb in items)
    return f"{intro.strip()}\n\n{body}\n\n--\n{footer.strip()}\n"
