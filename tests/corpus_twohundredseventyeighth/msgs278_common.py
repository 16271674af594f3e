"""Shared pieces of corpus 278: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs278_* modules writes its own words; these helpers
only quote them, wrap them in a reply header or pour them into an HTML shell.
"""

from html import escape

CANDIDATE = ("Cormac Lindqvist-Otieno", "cormac.lo@example.ie")
CAND_NAME, CAND_ADDR = CANDIDATE


def quote(text, prefix="> "):
    """Quote every line of text the way mail programs do ("> " and ">" for empty lines)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(prefix.rstrip() + line)
        else:
            out.append(prefix + line)
    return "\n".join(out) + "\n"


def wrote(lang, when, name, addr):
    """The attribution line a mail program puts above a quoted message."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new, lang, when, name, addr, old):
    """New text, then the attribution line and the quoted older message."""
    return new.rstrip("\n") + "\n\n" + wrote(lang, when, name, addr) + "\n" + quote(old)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang, frm, sent, to, subject, old):
    """An Outlook-style "From: / Sent: / To: / Subject:" block followed by the old text."""
    f, s, t, j = OUTLOOK_LABELS[lang]
    head = f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n"
    return "________________________________\n" + head + "\n" + old.rstrip("\n") + "\n"


def outlook_reply(new, lang, frm, sent, to, subject, old):
    return new.rstrip("\n") + "\n\n" + outlook_block(lang, frm, sent, to, subject, old)


def forwarded(lang, frm, date, subject, to, old, note=""):
    """A forwarded message written inline, as Gmail does."""
    label = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
        "fr": ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
    }[lang]
    head = (f"{label[0]}\n{label[1]}: {frm}\n{label[2]}: {date}\n{label[3]}: {subject}\n"
            f"{label[4]}: {to}\n")
    lead = note.rstrip("\n") + "\n\n" if note else ""
    return lead + head + "\n" + old.rstrip("\n") + "\n"


def paragraphs_html(text):
    """Blank-line separated paragraphs to <p> elements; single newlines become <br>."""
    blocks = text.strip("\n").split("\n\n")
    out = []
    for block in blocks:
        lines = [escape(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def html_page(body_html, lang="en", title=""):
    """A plain HTML document around a body."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<title>{escape(title)}</title>\n</head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">\n'
        f"{body_html}\n</body>\n</html>\n"
    )


def simple_html(text, lang="en", title=""):
    return html_page(paragraphs_html(text), lang, title)


def ats_card(brand, accent, text, lang="en", button=None, footer="", title=""):
    """A card such as applicant tracking systems send: brand bar, paragraphs, button, footer."""
    button_row = ""
    if button:
        label, url = button
        button_row = (
            '<tr><td style="padding:0 32px 28px 32px;">'
            f'<a href="{escape(url)}" style="background:{accent};color:#ffffff;'
            'padding:10px 18px;text-decoration:none;border-radius:4px;display:inline-block;">'
            f"{escape(label)}</a></td></tr>\n"
        )
    footer_row = ""
    if footer:
        footer_row = (
            '<tr><td style="padding:16px 32px;font-size:11px;color:#888888;'
            f'border-top:1px solid #eeeeee;">{paragraphs_html(footer)}</td></tr>\n'
        )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<title>{escape(title or brand)}</title>\n</head>\n'
        '<body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center" style="padding:24px 0;">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#ffffff;border-top:4px solid {accent};">\n'
        '<tr><td style="padding:24px 32px 8px 32px;font-size:18px;font-weight:bold;color:#222222;">'
        f"{escape(brand)}</td></tr>\n"
        '<tr><td style="padding:8px 32px 24px 32px;font-size:14px;line-height:1.5;color:#333333;">\n'
        f"{paragraphs_html(text)}\n</td></tr>\n"
        f"{button_row}{footer_row}"
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" '
    'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n'
    "<head>\n"
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    "<style><!--\n"
    "@font-face {font-family:\"Cambria Math\"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n"
    "@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n"
    "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
    "font-family:\"Calibri\",sans-serif;}\n"
    "a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; "
    "text-decoration:underline;}\n"
    "span.EmailStyle17 {mso-style-type:personal-compose; font-family:\"Calibri\",sans-serif; "
    "color:windowtext;}\n"
    ".MsoChpDefault {mso-style-type:export-only; font-family:\"Calibri\",sans-serif;}\n"
    "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
    "div.WordSection1 {page:WordSection1;}\n"
    "--></style>\n"
    "</head>\n"
)


def outlook_html(text, lang="EN-IE"):
    """Outlook / Word HTML: one MsoNormal paragraph per line, an empty one per blank line.

    Lines from a "________" rule onwards (an Outlook quoted block) go into a bordered div."""
    lines = text.rstrip("\n").split("\n")
    out, in_quote = [], False
    for line in lines:
        if line.startswith("________") and not in_quote:
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                       'padding:3.0pt 0cm 0cm 0cm">')
            in_quote = True
            continue
        if line.strip():
            out.append(f'<p class="MsoNormal">{escape(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if in_quote:
        out.append("</div>")
    return (WORD_HEAD + f'<body lang="{lang}" link="#0563C1" vlink="#954F72" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def newsletter_html(title, intro, items, outro, footer, lang="en", accent="#1d5c8c"):
    """A mailing-list newsletter: title, intro, a list of (headline, url, blurb), footer."""
    rows = []
    for headline, url, blurb in items:
        rows.append(
            '<tr><td style="padding:12px 28px;border-bottom:1px solid #e6e6e6;">'
            f'<a href="{escape(url)}" style="color:{accent};font-size:16px;font-weight:bold;'
            f'text-decoration:none;">{escape(headline)}</a>'
            f'<div style="font-size:13px;color:#444444;padding-top:4px;">{escape(blurb)}</div>'
            "</td></tr>"
        )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<title>{escape(title)}</title>\n</head>\n'
        '<body style="margin:0;background:#eef1f4;font-family:Verdana,Arial,sans-serif;">\n'
        '<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:20px 28px;font-size:20px;">'
        f"{escape(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 28px;font-size:14px;">{paragraphs_html(intro)}</td></tr>\n'
        + "\n".join(rows) + "\n"
        f'<tr><td style="padding:16px 28px;font-size:14px;">{paragraphs_html(outro)}</td></tr>\n'
        '<tr><td style="padding:16px 28px;font-size:11px;color:#777777;background:#f7f7f7;">'
        f"{paragraphs_html(footer)}</td></tr>\n"
        "</table>\n</body>\n</html>\n"
    )


def digest_text(title, intro, items, outro, footer):
    """The text/plain twin of a newsletter: each item with its link on its own line."""
    parts = [title, "=" * len(title), "", intro.rstrip("\n"), ""]
    for headline, url, blurb in items:
        parts += [f"* {headline}", f"  {blurb}", f"  {url}", ""]
    parts += [outro.rstrip("\n"), "", "--", footer.rstrip("\n"), ""]
    return "\n".join(parts)
