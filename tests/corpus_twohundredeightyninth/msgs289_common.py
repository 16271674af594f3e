"""Shared pieces for corpus 289: the candidate, quoting helpers and HTML shells.

Only layout lives here. Every message in the msgs289_*.py modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Joaquín Herrera-Lindgren"
CAND_ADDR = "joaquin.hl@example.es"
CAND = (CAND_NAME, CAND_ADDR)
CAND_PHONE = "+34 611 48 27 90"


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text with '> ' (an empty line gets a bare '>')."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program writes above a quoted message.

    `when` is written by hand in the language of the mail program, e.g. "Tue, 17 Feb 2026 at 18:02".
    """
    if lang == "en":
        return f"On {when}, {name} <{addr}> wrote:"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    return f"El {when}, {name} (<{addr}>) escribió:"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """An Outlook-style header block placed above a quoted message (no '>' prefixes)."""
    f, s, t, j = _OUTLOOK_LABELS[lang]
    lines = [
        "________________________________",
        f"{f}: {frm}",
        f"{s}: {sent}",
        f"{t}: {to}",
        f"{j}: {subject}",
        "",
    ]
    return "\n".join(lines) + "\n"


def forwarded_block(lang: str, frm: str, date: str, subject: str, to: str) -> str:
    """The separator a webmail writes when a message is forwarded inline."""
    heads = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    }[lang]
    sep, f, d, s, t = heads
    return f"{sep}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n"


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements, single newlines as <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = [esc(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def html_quote(inner_html: str) -> str:
    """A quoted earlier message inside an HTML reply."""
    return (
        '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
        + inner_html
        + "\n</blockquote>"
    )


def simple_html(body_html: str, lang: str = "es") -> str:
    """A bare webmail HTML document."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{body_html}\n</body></html>\n'
    )


def ats_card(brand: str, heading: str, body_html: str, footer: str, color: str = "#1f4e79",
             lang: str = "es", button: tuple[str, str] | None = None) -> str:
    """An applicant-tracking-system style card: coloured band, heading, body, optional button."""
    btn = ""
    if button:
        label, href = button
        btn = (
            f'<tr><td style="padding:8px 32px 24px"><a href="{href}" '
            f'style="background:{color};color:#fff;padding:10px 18px;text-decoration:none;'
            f'border-radius:4px">{esc(label)}</a></td></tr>\n'
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(heading)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222">\n'
        f'<tr><td style="background:{color};color:#fff;padding:18px 32px;font-size:18px">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px 32px 0"><h2 style="margin:0 0 12px">{esc(heading)}</h2>'
        f"</td></tr>\n"
        f'<tr><td style="padding:0 32px 16px;font-size:14px;line-height:1.5">\n{body_html}\n'
        "</td></tr>\n"
        f"{btn}"
        f'<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee">'
        f"{footer}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def outlook_html(body_html: str, lang: str = "es-ES") -> str:
    """The Word-generated HTML an Outlook desktop client sends."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EstiloCorreo17 {mso-style-type:personal-compose;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook MsoNormal paragraphs (blank line -> empty paragraph)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                lang: str = "es", color: str = "#0b6e4f") -> str:
    """A newsletter / job-alert digest: items are (headline, href, blurb)."""
    rows = []
    for headline, href, blurb in items:
        rows.append(
            '<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e5e5">'
            f'<a href="{href}" style="font-weight:bold;color:{color};font-size:15px">'
            f"{esc(headline)}</a><br>\n"
            f'<span style="color:#444;font-size:13px">{esc(blurb)}</span></td></tr>'
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="background:#fafafa;margin:0">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff;font-family:Verdana,sans-serif">\n'
        f'<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px">{paras(intro)}</td></tr>\n'
        + "\n".join(rows)
        + f'\n<tr><td style="padding:16px 24px;font-size:11px;color:#777">{footer}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The text/plain twin of digest_html."""
    lines = [title, "=" * len(title), "", intro.strip("\n"), ""]
    for headline, href, blurb in items:
        lines += [f"* {headline}", f"  {blurb}", f"  {href}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"


def list_headers(list_id: str, unsubscribe: str, mailto: str | None = None) -> list[tuple[str, str]]:
    """Mailing-list headers of a bulk sender."""
    unsub = f"<{unsubscribe}>" + (f", <mailto:{mailto}>" if mailto else "")
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", unsub),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


AUTO_GENERATED = [("Auto-Submitted", "auto-generated")]
AUTO_REPLIED = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
