"""Shared bits for the hundredfifteenth corpus: the candidate, and the HTML shells that mail tools
wrap around hand-written text (an ATS card, a mail client's rendering of plain text, a
newsletter). The words of every message are written in the msgs115_*.py modules, one by one.
"""

from __future__ import annotations

import html

CAND = ("Aurélien Mbappé-Larsson", "aurelien.ml@example.fr")
CAND_BARE = ("", "aurelien.ml@example.fr")
CAND_ASCII = ("Aurelien Mbappe-Larsson", "aurelien.ml@example.fr")


def _esc(line: str) -> str:
    return html.escape(line, quote=False)


def gmail_html(text: str) -> str:
    """How Gmail renders what the person typed: div dir=ltr, <br>, quoted lines in a blockquote."""
    out: list[str] = ['<div dir="ltr">']
    quoting = False
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            if not quoting:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                quoting = True
            out.append(_esc(line.lstrip("> ").rstrip()) + "<br>")
            continue
        if quoting:
            out.append("</blockquote>")
            quoting = False
        out.append((_esc(line) or "") + "<br>")
    if quoting:
        out.append("</blockquote>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def outlook_html(text: str, font: str = "Calibri", size: str = "11.0pt") -> str:
    """How Outlook renders a typed message: WordSection1, MsoNormal paragraphs, a ruled header
    block above the quoted message."""
    paras: list[str] = []
    for line in text.rstrip("\n").split("\n"):
        stripped = line.strip()
        if stripped.startswith("____") or stripped == "-----Original Message-----":
            paras.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                         'padding:3.0pt 0cm 0cm 0cm"></div>')
            continue
        body = _esc(line) if stripped else "&nbsp;"
        paras.append(f'<p class="MsoNormal"><span style="font-size:{size};'
                     f'font-family:&quot;{font}&quot;,sans-serif">{body}</span></p>')
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;} --></style>\n</head>\n"
            "<body lang=\"FR\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
            + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def card_html(inner: str, *, logo_src: str, logo_alt: str, accent: str, footer: str,
              pixel: str = "", lang: str = "fr", preheader: str = "",
              font: str = "Arial,Helvetica,sans-serif") -> str:
    """An applicant-tracking system's card: grey page, 600px layout table, logo, footer, pixel."""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}</div>\n'
           if preheader else "")
    pix = (f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0" />\n'
           if pixel else "")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
{pre}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid {accent};">
<tr><td style="padding:24px 32px 8px 32px;"><img src="{logo_src}" alt="{logo_alt}" width="160" style="display:block;border:0;" /></td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-family:{font};font-size:14px;line-height:21px;color:#1f2933;">
{inner}
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;font-family:{font};font-size:11px;line-height:16px;color:#7b8794;">
{footer}
</td></tr>
</table>
{pix}</td></tr>
</table>
</body>
</html>
"""


def bare_html(inner: str, *, font: str = "-apple-system,Segoe UI,Helvetica,Arial,sans-serif",
              pixel: str = "", lang: str = "en") -> str:
    """A minimalist ATS or product mail: no layout table, one styled div."""
    pix = f'<img src="{pixel}" width="1" height="1" alt="" border="0">' if pixel else ""
    return (f'<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:15px;line-height:1.5;color:#222;'
            f'max-width:560px">\n{inner}\n</div>{pix}</body></html>\n')


def newsletter_html(blocks: list[str], *, title: str, logo_src: str, logo_alt: str,
                    accent: str, footer: str, pixel: str, lang: str) -> str:
    """A marketing tool's newsletter: masthead, one table row per block, long legal footer."""
    rows = "\n".join(
        f'<tr><td style="padding:18px 28px;border-bottom:1px solid #e5e5e5;font-family:Georgia,'
        f'serif;font-size:15px;line-height:23px;color:#333333;">{block}</td></tr>'
        for block in blocks)
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body style="margin:0;background:#ececec;">
<center>
<table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;margin:20px auto;">
<tr><td style="background:{accent};padding:18px 28px;"><img src="{logo_src}" alt="{logo_alt}" height="36" style="border:0;"></td></tr>
{rows}
<tr><td style="padding:22px 28px;font-family:Arial,sans-serif;font-size:11px;line-height:15px;color:#8a8a8a;">{footer}</td></tr>
</table>
<img src="{pixel}" width="1" height="1" alt="" style="border:0;">
</center>
</body></html>
"""
