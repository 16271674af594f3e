"""Shared pieces of corpus 259: the candidate, quoting helpers and HTML shells.

The shells are layout only (tables, colours, footers' structure); every message passes its own
words in. Nothing here decides a label.
"""

from __future__ import annotations

import html
import re

CANDIDATE_NAME = "Blathnaid Kowalczyk-Reyes"
CANDIDATE_ADDR = "blathnaid.kr@example.ie"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signature, used in the mail she sends.
MY_SIG = (
    "Blathnaid Kowalczyk-Reyes\n"
    "14 Ashbrook Crescent, Dooradoyle, Limerick V94 X2K7\n"
    "+353 87 555 0142"
)

_URL = re.compile(r"(https?://[^\s<>\"]+)")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _linkify(escaped: str) -> str:
    return _URL.sub(r'<a href="\1">\1</a>', escaped)


def paras_html(text: str) -> str:
    """Plain text to simple HTML blocks: blank-line paragraphs, '> ' runs as blockquotes."""
    out: list[str] = []
    block: list[str] = []
    quote: list[str] = []

    def flush_block() -> None:
        if block:
            out.append("<p>" + "<br>\n".join(_linkify(esc(line)) for line in block) + "</p>")
            block.clear()

    def flush_quote() -> None:
        if quote:
            inner = "\n".join(line[2:] if line.startswith("> ") else line[1:] for line in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">\n' + paras_html(inner) + "\n</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_block()
            quote.append(line)
            continue
        flush_quote()
        if line.strip():
            block.append(line)
        else:
            flush_block()
    flush_block()
    flush_quote()
    return "\n".join(out)


def plain_html(text: str) -> str:
    """A mail client's minimal HTML version of a plain text body."""
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "</head>\n<body>\n<div dir=\"ltr\">\n" + paras_html(text) + "\n</div>\n</body>\n</html>\n")


def outlook_html(text: str, lang: str = "EN-IE") -> str:
    """Outlook's Word-generated HTML around the same words."""
    body = paras_html(text).replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        "<head>\n"
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "/* Font Definitions */\n"
        "@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt;"
        " font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n"
        "</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + body + "\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        "</div>\n</body>\n</html>\n"
    )


def ats_card(brand: str, colour: str, text: str, button: tuple[str, str] | None = None,
             footer: str = "") -> str:
    """An applicant-tracking system's branded card: logo bar, body, optional button, footer."""
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(brand)}</title></head>",
        '<body style="margin:0;padding:0;background:#f4f5f7">',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f4f5f7"><tr><td align="center">',
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        'color:#333333">',
        f'<tr><td style="background:{colour};padding:18px 24px;color:#ffffff;'
        f'font-size:18px;font-weight:bold">{esc(brand)}</td></tr>',
        '<tr><td style="padding:24px">',
        paras_html(text),
    ]
    if button:
        label, url = button
        parts.append(
            '<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="background:{colour};border-radius:4px;padding:10px 18px">'
            f'<a href="{esc(url)}" style="color:#ffffff;text-decoration:none;font-weight:bold">'
            f"{esc(label)}</a></td></tr></table>")
    parts.append("</td></tr>")
    if footer:
        parts.append('<tr><td style="padding:16px 24px;font-size:11px;color:#888888;'
                     'border-top:1px solid #eeeeee">' + paras_html(footer) + "</td></tr>")
    parts.append("</table></td></tr></table></body></html>")
    return "\n".join(parts) + "\n"


def digest_html(title: str, intro: str, items: list[dict[str, str]], footer: str,
                colour: str = "#1d4e89") -> str:
    """A newsletter or job-alert digest: header, intro, a card per item, unsubscribe footer."""
    rows = []
    for item in items:
        rows.append(
            '<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e5e5">'
            f'<a href="{esc(item["url"])}" style="font-size:16px;color:{colour};'
            f'font-weight:bold;text-decoration:none">{esc(item["title"])}</a><br>'
            f'<span style="color:#555555">{esc(item.get("meta", ""))}</span>'
            + (f'<br><span style="color:#333333">{esc(item["note"])}</span>'
               if item.get("note") else "")
            + "</td></tr>")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;background:#eef1f5;font-family:Verdana,Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center">\n'
        '<table role="presentation" width="620" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        f'<tr><td style="background:{colour};color:#ffffff;padding:20px 24px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:18px 24px">{paras_html(intro)}</td></tr>\n'
        + "\n".join(rows) + "\n"
        f'<tr><td style="padding:18px 24px;font-size:11px;color:#777777">{paras_html(footer)}'
        "</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[dict[str, str]], footer: str) -> str:
    """The plain-text alternative of a digest, with the same words as digest_html."""
    lines = [title, "=" * len(title), "", intro, ""]
    for item in items:
        lines.append(item["title"])
        if item.get("meta"):
            lines.append(item["meta"])
        if item.get("note"):
            lines.append(item["note"])
        lines.append(item["url"])
        lines.append("")
    lines.append("--")
    lines.append(footer)
    return "\n".join(lines) + "\n"


# People who write in threads that span several data modules (same spelling everywhere).
CIARA = ("Ciara Hynes", "ciara.hynes@shannonpayroll.example.ie")
PADRAIG = ("Padraig Moloney", "padraig.moloney@loughdergfoods.example.ie")
SIOBHAN = ("Siobhan Culhane", "siobhan.culhane@mwuh.example.ie")
DARRAGH = ("Darragh Twomey", "darragh.twomey@rebelrecruitment.example.ie")
EIMEAR = ("Eimear Quilty", "eimear.quilty@castletroy-outsourcing.example.ie")
RORY = ("Rory Deasy", "rory@quaysideaccounting.example.ie")
NIAMH = ("Niamh Cusack", "niamh@treatytalent.example.ie")
GEMMA = ("Gemma Quinn", "gemma.quinn@harlandpayroll.example.co.uk")
TADHG = ("Tadhg Keane", "tadhg.keane@kilrushcreamery.example.ie")
FIONNUALA = ("Fionnuala Mulcahy", "fmulcahy@odeamulcahy.example.ie")
CONOR = ("Conor Hegarty", "conor.hegarty@liffeypeople.example.ie")
DEIRDRE = ("Deirdre Considine", "dconsidine@burrenfergus.example.ie")
GEAROID = ("Gearóid Lynch", "gearoid.lynch@munsterpayroll.example.ie")
AOIFE = ("Aoife Brennan", "aoife.brennan@fitzwilliampb.example.ie")
GARETH = ("Gareth McCausland", "gareth.mccausland@laganborough.example.co.uk")
SINEAD = ("Sinéad Ahern", "sinead.ahern@leevalleyprecision.example.ie")
KEVIN = ("Kevin Broderick", "kevin.broderick@ballycasey.example.ie")
MAELLE = ("Maëlle Guérin", "maelle.guerin@atlantiquepaie.example.fr")
SANDRINE = ("Sandrine Ménard", "sandrine.menard@ch-erdreloire.example.fr")
YANNICK = ("Yannick Le Bihan", "yannick.lebihan@talents-ouest.example.fr")
CLAIRE = ("Claire Fouquet", "claire.fouquet@estuaire-loire.example.fr")
GAELLE = ("Gaëlle Prigent", "gaelle.prigent@salorges.example.fr")
JANA = ("Jana Brandt", "jana.brandt@leinetal-lohn.example.de")
HENRIKE = ("Dr. Henrike Voss", "h.voss@brandes-voss.example.de")
TIMO = ("Timo Kasprzak", "t.kasprzak@personalwerk-nds.example.de")
MEIKE = ("Meike Oltmanns", "meike.oltmanns@klinikum-herrenhausen.example.de")
FRAUKE = ("Frauke Düvel", "frauke.duevel@maschsee-antrieb.example.de")
LUCIA = ("Lucía Ferrer Climent", "lucia.ferrer@nominasturia.example.es")
VICENT = ("Vicent Roig", "vicent.roig@hmlevante.example.es")
ROSA = ("Rosa Martí Peris", "rosa.marti@levantetalento.example.es")
