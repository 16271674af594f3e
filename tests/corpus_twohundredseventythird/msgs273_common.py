"""Shared pieces of corpus 273: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs273_* modules writes its own words; the shells here
only wrap those words the way a mail program or an applicant tracking system would.
"""

from __future__ import annotations

import html

CANDIDATE_NAME = "Friedemann Osei-Kranz"
CANDIDATE_ADDR = "friedemann.ok@example.de"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

SIGNATURE_DE = """--
Friedemann Osei-Kranz
Kirchenmusiker | Veranstaltungsorganisation
Sanderstraße 41, 97070 Würzburg
Mobil +49 171 5550 2841"""

SIGNATURE_EN = """--
Friedemann Osei-Kranz
Organist and event organiser
Sanderstrasse 41, 97070 Wuerzburg, Germany
+49 171 5550 2841"""

SIGNATURE_FR = """--
Friedemann Osei-Kranz
Organiste, organisation d'événements
Sanderstraße 41, 97070 Wurtzbourg, Allemagne
+49 171 5550 2841"""

SIGNATURE_ES = """--
Friedemann Osei-Kranz
Organista y coordinador de eventos
Sanderstraße 41, 97070 Wurzburgo, Alemania
+49 171 5550 2841"""


def esc(text: str) -> str:
    """HTML-escape a piece of text (quotes kept readable)."""
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements, single newlines as <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        quoted = all(line.startswith(">") for line in lines)
        if quoted:
            inner = "\n".join(line[1:].lstrip(" ") if line.startswith(">") else line
                              for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">' + paras(inner) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def simple_html(body: str, lang: str = "de") -> str:
    """A minimal HTML document as webmail programs send it."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n{body}\n'
            "</body></html>")


def gmail_html(body: str) -> str:
    """The div-only markup of a Gmail-style client."""
    return f'<div dir="ltr">\n{body}\n</div>'


def outlook_html(body: str, charset: str = "windows-1252") -> str:
    """A Word-HTML document as Outlook for Windows writes it."""
    body = body.replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.E-MailFormatvorlage17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n</head>\n"
        '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>'
    )


def ats_card(brand: str, body: str, footer: str, color: str = "#1f3b57",
             lang: str = "de") -> str:
    """The table-layout card of an applicant tracking system's notification."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;padding:0;background:#f2f4f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 28px;'
        f'font:bold 18px Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px 28px;font:14px/1.5 Arial,sans-serif;color:#222">\n'
        f"{body}\n</td></tr>\n"
        '<tr><td style="padding:14px 28px;font:11px Arial,sans-serif;color:#888;'
        f'border-top:1px solid #e5e5e5">{footer}</td></tr>\n'
        "</table>\n</td></tr></table>\n</body>\n</html>"
    )


def button(label: str, url: str, color: str = "#1f3b57") -> str:
    """A call-to-action link styled as a button."""
    return (f'<p style="margin:22px 0"><a href="{url}" style="background:{color};color:#fff;'
            f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>')


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               lang: str = "de", color: str = "#234") -> str:
    """A digest newsletter: intro, then (heading, text, url) items, then a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="font:bold 15px Arial,sans-serif;color:{color}">{esc(head)}</a>'
        f'<div style="font:13px/1.45 Arial,sans-serif;color:#444">{esc(text)}</div></td></tr>'
        for head, text, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;background:#fafafa">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="padding:20px 24px;background:{color};color:#fff;'
        f'font:bold 20px Arial,sans-serif">{esc(title)}</td></tr>\n'
        f'<tr><td style="padding:16px 24px;font:14px/1.5 Arial,sans-serif">{intro}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="padding:16px 24px;font:11px Arial,sans-serif;color:#999">{footer}'
        "</td></tr>\n</table>\n</body></html>"
    )


def digest_text(intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter()."""
    lines = [intro.strip(), ""]
    for head, text, url in items:
        lines += [head, text, url, ""]
    lines.append(footer.strip())
    return "\n".join(lines)


DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. "
    "Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
    "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte "
    "Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet."
)

DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error, please notify the sender and delete it. Any views "
    "expressed are those of the author and not necessarily those of the organisation."
)

DISCLAIMER_FR = (
    "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive "
    "de leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur "
    "et de le détruire."
)

DISCLAIMER_ES = (
    "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
    "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y "
    "proceda a su eliminación."
)
