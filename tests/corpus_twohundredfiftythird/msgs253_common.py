"""Shared pieces of corpus 253: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs253_*.py modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Consuelo Baptiste-Reinholt"
CANDIDATE_ADDR = "consuelo.br@example.cl"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)


# --- plain-text quoting -------------------------------------------------------------------

def quote(text: str) -> str:
    """Prefix every line with "> " (">" alone on empty lines), as mail programs do."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if not line else (">" + line if line.startswith(">") else "> " + line))
    return "\n".join(out)


def reply(new: str, attribution: str, old: str) -> str:
    """New text, then an "On ... wrote:" line and the quoted older text."""
    return new.rstrip("\n") + "\n\n" + attribution + "\n" + quote(old) + "\n"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style quoted message: a "From: / Sent:" block and the unquoted old body."""
    f, s, t, j = OUTLOOK_LABELS[lang]
    rule = "_" * 32
    return (f"{rule}\n{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n\n"
            + body.strip("\n") + "\n")


FORWARD_RULES = {
    "en": "---------- Forwarded message ---------",
    "es": "---------- Mensaje reenviado ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "-------- Message transféré --------",
}
FORWARD_LABELS = {
    "en": ("From", "Date", "Subject", "To"),
    "es": ("De", "Fecha", "Asunto", "Para"),
    "de": ("Von", "Datum", "Betreff", "An"),
    "fr": ("De", "Date", "Objet", "À"),
}


def forward_block(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A forwarded message as Gmail writes it under the new text."""
    f, d, s, t = FORWARD_LABELS[lang]
    return (f"{FORWARD_RULES[lang]}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n"
            + body.strip("\n") + "\n")


# --- HTML shells ----------------------------------------------------------------------------

def esc(text: str) -> str:
    return _html.escape(text, quote=True)


def paragraphs(text: str) -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, single newlines become <br>.
    Lines starting with "> " become a blockquote."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip(">").removeprefix(" ")) for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def page(body: str, title: str = "", lang: str = "") -> str:
    """A bare HTML document around a body fragment."""
    lang_attr = f' lang="{lang}"' if lang else ""
    head = f"<title>{esc(title)}</title>" if title else ""
    return (f"<!DOCTYPE html>\n<html{lang_attr}><head><meta charset=\"utf-8\">{head}</head>\n"
            f"<body>\n{body}\n</body></html>\n")


def ats_card(brand: str, inner: str, footer: str = "", accent: str = "#1f4e79",
             lang: str = "") -> str:
    """An applicant-tracking-system card: a coloured brand bar, a white card, a grey footer."""
    foot = (f'<tr><td style="padding:16px 28px;color:#777;font-size:11px">{footer}</td></tr>'
            if footer else "")
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">'
        '<tr><td align="center" style="padding:24px 8px">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">'
        f'<tr><td style="background:{accent};color:#fff;padding:18px 28px;font-size:18px;'
        f'font-weight:bold">{esc(brand)}</td></tr>'
        f'<tr><td style="padding:24px 28px;font-size:14px;line-height:1.5;color:#222">'
        f"{inner}</td></tr>{foot}"
        "</table></td></tr></table>"
    )
    return page(body, brand, lang)


def button(label: str, href: str, accent: str = "#1f4e79") -> str:
    return (f'<p style="margin:22px 0"><a href="{esc(href)}" style="background:{accent};'
            f'color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">'
            f"{esc(label)}</a></p>")


def outlook_html(inner: str, lang: str = "es") -> str:
    """The Word-HTML wrapper Outlook writes around a message body."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body></html>\n'
    )


def mso(text: str) -> str:
    """Plain text to Outlook's MsoNormal paragraphs (one per line, empty lines kept)."""
    out = []
    for line in text.strip("\n").split("\n"):
        content = esc(line) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{content}</p>')
    return "\n".join(out)


def outlook_quote_html(lang: str, frm: str, sent: str, to: str, subject: str,
                       body: str) -> str:
    """Outlook's HTML "From: / Sent:" block above an older message."""
    f, s, t, j = OUTLOOK_LABELS[lang]
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p class="MsoNormal"><b>{esc(f)}:</b> {esc(frm)}<br>\n<b>{esc(s)}:</b> {esc(sent)}'
        f"<br>\n<b>{esc(t)}:</b> {esc(to)}<br>\n<b>{esc(j)}:</b> {esc(subject)}</p></div>\n"
        + mso(body)
    )


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               lang: str = "", accent: str = "#0b6e4f") -> str:
    """A digest: a title, an intro, a list of (headline, href, blurb) and a footer."""
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee">'
        f'<a href="{esc(href)}" style="color:{accent};font-weight:bold;font-size:15px">'
        f"{esc(head)}</a><br><span style=\"color:#444\">{esc(blurb)}</span></td></tr>"
        for head, href, blurb in items
    )
    body = (
        '<table width="100%" cellpadding="0" cellspacing="0" '
        'style="font-family:Georgia,serif;background:#fafafa">'
        '<tr><td align="center"><table width="620" cellpadding="0" cellspacing="0" '
        'style="background:#fff;padding:0 24px">'
        f'<tr><td style="padding:20px 0;font-size:22px;color:{accent}">{esc(title)}</td></tr>'
        f'<tr><td style="padding:0 0 10px 0;color:#333">{paragraphs(intro)}</td></tr>'
        f"{rows}"
        f'<tr><td style="padding:18px 0;color:#888;font-size:11px">{footer}</td></tr>'
        "</table></td></tr></table>"
    )
    return page(body, title, lang)


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str) -> str:
    """The text/plain side of a digest written with newsletter()."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, href, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {href}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"
