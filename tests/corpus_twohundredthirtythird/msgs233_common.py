"""Shared pieces for corpus 233: the candidate, quoting helpers and HTML shells.

The shells are layout only (tables, fonts, footers built from the words a message passes in);
every message in the msgs233_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Priyanka Delacroix-Hughes"
CAND_ADDR = "priyanka.dh@example.co.uk"
CAND = (CAND_NAME, CAND_ADDR)

CAND_SIG = """\
Priyanka Delacroix-Hughes
Mobile: 07700 900418
Nottingham"""

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    """Register one hand-written message spec (the generator numbers them per kind)."""
    MESSAGES.append(spec)


# --- quoting -------------------------------------------------------------------------------

def quote(text: str) -> str:
    """Prefix every line with '> ' (a bare '>' on empty lines), as mail clients do."""
    lines = text.rstrip("\n").split("\n")
    return "\n".join(">" if not line else (">" + line if line.startswith(">") else "> " + line)
                     for line in lines)


_WROTE = {
    "en": "On {when}, {name} <{addr}> wrote:",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "es": "El {when}, {name} (<{addr}>) escribió:",
}


def reply(new: str, lang: str, name: str, addr: str, when: str, old: str) -> str:
    """New text above a Gmail/Apple style attribution line and the quoted old text."""
    head = _WROTE[lang].format(when=when, name=name, addr=addr)
    return f"{new.rstrip()}\n\n{head}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook 'From: / Sent:' block (unquoted, below a rule) with the earlier message."""
    f, s, t, subj = _OUTLOOK[lang]
    return (f"________________________________\n{f}: {frm}\n{s}: {sent}\n{t}: {to}\n"
            f"{subj}: {subject}\n\n{body.rstrip()}\n")


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forward_block(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail style inline forward header and the forwarded text."""
    rule, f, d, s, t = _FWD[lang]
    return f"{rule}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n{body.rstrip()}\n"


# --- HTML shells -----------------------------------------------------------------------------

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, single breaks become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ").rstrip()) for line in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def plain_html(inner: str) -> str:
    """A bare mail-client HTML body."""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{inner}\n</div></body></html>\n")


def outlook_html(inner: str) -> str:
    """An Outlook Word-HTML wrapper (mso styles, WordSection1)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n@font-face {font-family:Calibri;}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; '
        'font-family:"Calibri",sans-serif;}\n'
        'span.EmailStyle17 {mso-style-type:personal-compose;}\n'
        '@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n'
        '--></style>\n</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n'
        '<div class="WordSection1">\n'
        + inner.replace("<p>", '<p class="MsoNormal">')
        + "\n</div>\n</body>\n</html>\n"
    )


def ats_card(brand: str, colour: str, inner: str, footer: str, button: tuple | None = None) -> str:
    """An applicant-tracking-system card: brand bar, white card, optional button, grey footer."""
    btn = ""
    if button:
        label, href = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{esc(href)}" '
               f'style="background:{colour};color:#fff;padding:10px 18px;border-radius:4px;'
               f'text-decoration:none;font-weight:bold">{esc(label)}</a></td></tr>\n')
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width"></head>\n'
        '<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;margin:24px 0">\n'
        f'<tr><td style="background:{colour};color:#ffffff;padding:16px 32px;font-size:18px;'
        f'font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px;color:#222;font-size:14px;line-height:1.5">\n{inner}\n'
        "</td></tr>\n"
        f"{btn}"
        f'<tr><td style="padding:16px 32px;background:#fafafa;color:#888;font-size:11px">'
        f"{footer}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def digest_html(title: str, colour: str, intro: str, items: list[tuple[str, str, str]],
                outro: str, footer: str) -> str:
    """A newsletter / job-alert layout: header, intro, one row per (heading, href, blurb)."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #eee">'
        f'<a href="{esc(href)}" style="color:{colour};font-size:16px;font-weight:bold;'
        f'text-decoration:none">{esc(head)}</a><br>'
        f'<span style="color:#444;font-size:13px">{esc(blurb)}</span></td></tr>'
        for head, href, blurb in items
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        '<body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">\n'
        '<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{colour};color:#fff;padding:18px 24px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px;font-size:14px">{intro}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="padding:16px 24px;font-size:14px">{outro}</td></tr>\n'
        f'<tr><td style="padding:16px 24px;color:#999;font-size:11px">{footer}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], outro: str,
                footer: str) -> str:
    """The plain-text twin of digest_html."""
    body = [title, "=" * len(title), "", intro, ""]
    for head, href, blurb in items:
        body += [head, blurb, href, ""]
    body += [outro, "", "--", footer]
    return "\n".join(body) + "\n"
