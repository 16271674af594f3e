"""Shared pieces for corpus 179: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs179_* modules writes its own words; the shells
here only wrap those words in the markup a mail program or an ATS would use.
"""

from __future__ import annotations

import html as _html
import textwrap

CANDIDATE_NAME = "Niamh Castellanos-Byrne"
CANDIDATE_ADDR = "niamh.cb@example.ie"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)


def D(text: str) -> str:
    """Dedent a triple-quoted body and strip the surrounding blank lines."""
    return textwrap.dedent(text).strip("\n") + "\n"


def quote(text: str) -> str:
    """Prefix every line with '> ' as a mail client quoting a previous message."""
    lines = text.rstrip("\n").split("\n")
    return "\n".join("> " + line if line.strip() else ">" for line in lines) + "\n"


_WROTE = {
    "en": "On {when}, {who} wrote:",
    "de": "Am {when} schrieb {who}:",
    "fr": "Le {when}, {who} a écrit :",
    "es": "El {when}, {who} escribió:",
}


def reply(new: str, lang: str, when: str, who: str, old: str) -> str:
    """New text above an attribution line and the quoted older message."""
    head = _WROTE[lang].format(when=when, who=who)
    return new.rstrip("\n") + "\n\n" + head + "\n" + quote(old)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style quoted header block followed by the older text (not '>'-quoted)."""
    f, s, t, j = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n\n" + body.rstrip("\n") + "\n"
    )


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style inline forward block."""
    bar, f, d, s, t = _FWD[lang]
    return f"{bar}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n" + body.rstrip(
        "\n") + "\n"


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs -> <p> elements (single newlines become <br>)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def ats_card(brand: str, body_html: str, footer_html: str = "", color: str = "#1d4f91",
             heading: str = "") -> str:
    """A table-based ATS notification card: a coloured banner, a white card, a grey footer."""
    head = f'<h2 style="margin:0 0 16px 0;font-size:20px">{esc(heading)}</h2>' if heading else ""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width\"></head>\n"
        "<body style=\"margin:0;background:#f3f4f6;font-family:Arial,sans-serif\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td align=\"center\">\n"
        "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td style=\"background:{color};color:#ffffff;padding:18px 24px;"
        f"font-size:18px;font-weight:bold\">{esc(brand)}</td></tr>\n"
        "<tr><td style=\"background:#ffffff;padding:24px;font-size:14px;line-height:1.5;"
        f"color:#222222\">{head}\n{body_html}\n</td></tr>\n"
        "<tr><td style=\"padding:16px 24px;font-size:11px;color:#6b7280\">"
        f"{footer_html}</td></tr>\n"
        "</table></td></tr></table>\n</body></html>\n"
    )


def button(label: str, url: str, color: str = "#1d4f91") -> str:
    return (f'<p><a href="{esc(url)}" style="display:inline-block;background:{color};'
            f'color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none">'
            f"{esc(label)}</a></p>")


def outlook_html(body_html: str, lang: str = "EN-IE") -> str:
    """The Word-generated HTML Outlook sends: MSO namespaces, MsoNormal paragraphs."""
    body_html = body_html.replace("<p>", '<p class="MsoNormal">')
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
        "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
        "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>"
        "<!--[if gte mso 9]><xml><o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />"
        "</xml><![endif]--></head>\n"
        f"<body lang=\"{lang}\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">"
        "\n<div class=\"WordSection1\">\n"
        f"{body_html}\n"
        "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n</div>\n</body></html>\n"
    )


def newsletter_html(masthead: str, intro_html: str, items: list[tuple[str, str, str]],
                    footer_html: str, color: str = "#0f766e") -> str:
    """A digest: masthead, intro, a list of linked items with blurbs, a footer."""
    rows = "\n".join(
        f"<tr><td style=\"padding:12px 0;border-bottom:1px solid #e5e7eb\">"
        f"<a href=\"{esc(url)}\" style=\"font-size:16px;color:{color};font-weight:bold\">"
        f"{esc(title)}</a><br><span style=\"font-size:13px;color:#374151\">{esc(blurb)}</span>"
        "</td></tr>"
        for title, url, blurb in items
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        "<body style=\"margin:0;background:#ffffff;font-family:Helvetica,Arial,sans-serif\">\n"
        "<table role=\"presentation\" width=\"640\" align=\"center\" cellpadding=\"0\" "
        "cellspacing=\"0\">\n"
        f"<tr><td style=\"background:{color};color:#ffffff;padding:20px;font-size:22px\">"
        f"{esc(masthead)}</td></tr>\n"
        f"<tr><td style=\"padding:16px 0;font-size:14px\">{intro_html}</td></tr>\n"
        f"{rows}\n"
        f"<tr><td style=\"padding:20px 0;font-size:11px;color:#6b7280\">{footer_html}</td></tr>\n"
        "</table>\n</body></html>\n"
    )


def simple_html(body_html: str, font: str = "Arial, sans-serif") -> str:
    """A mail client's plain HTML rendering of a typed message."""
    return (f"<html><head><meta charset=\"utf-8\"></head><body>"
            f"<div dir=\"ltr\" style=\"font-family:{font};font-size:14px\">\n"
            f"{body_html}\n</div></body></html>\n")


def sig(*lines: str) -> str:
    """A signature block under the usual '-- ' separator-less layout (one line each)."""
    return "\n".join(lines) + "\n"
