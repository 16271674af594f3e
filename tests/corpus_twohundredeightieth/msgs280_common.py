"""Shared pieces of corpus 280: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs280_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Gaëtan Mbeki-Lefort"
CANDIDATE_ADDR = "gaetan.ml@example.fr"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)
CANDIDATE_PHONE = "+33 6 41 27 88 05"


# --------------------------------------------------------------------------- quoting

def quote(text: str) -> str:
    """Prefix every line with "> " (">" alone for empty lines, as mail programs do)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(">" if not line else ("> " + line if not line.startswith(">") else ">" + line))
    return "\n".join(out)


_ATTRIBUTION = {
    "en": "On {when}, {name} <{addr}> wrote:",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "es": "El {when}, {name} (<{addr}>) escribió:",
}


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text, then an attribution line in `lang` and the old text quoted with "> "."""
    head = _ATTRIBUTION[lang].format(when=when, name=name, addr=addr)
    return new.rstrip("\n") + "\n\n" + head + "\n" + quote(old) + "\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook(new: str, lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """New text above an Outlook-style "From: / Sent:" block with the old message unquoted."""
    k_from, k_sent, k_to, k_subj = _OUTLOOK[lang]
    block = (
        "________________________________\n"
        f"{k_from}: {frm}\n{k_sent}: {sent}\n{k_to}: {to}\n{k_subj}: {subject}\n\n"
    )
    return new.rstrip("\n") + "\n\n" + block + old.rstrip("\n") + "\n"


_FORWARD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """New text above a forwarded-message block."""
    bar, k_from, k_date, k_subj, k_to = _FORWARD[lang]
    block = f"{bar}\n{k_from}: {frm}\n{k_date}: {date}\n{k_subj}: {subject}\n{k_to}: {to}\n\n"
    return new.rstrip("\n") + "\n\n" + block + old.rstrip("\n") + "\n"


def sig(*lines: str) -> str:
    """A signature block: the usual "-- " separator, then the given lines."""
    return "-- \n" + "\n".join(lines)


def cand_sig(lang: str = "fr") -> str:
    """The candidate's own signature (his name and phone)."""
    return f"{CANDIDATE_NAME}\n{CANDIDATE_PHONE}"


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs (blank line = new paragraph, newline = <br>)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def page(inner: str, lang: str = "fr", title: str = "") -> str:
    """A bare HTML document."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title)}</title>\n</head>\n<body>\n{inner}\n</body>\n</html>\n"
    )


def ats_card(brand: str, color: str, inner: str, footer: str = "", lang: str = "fr") -> str:
    """An ATS-style card: coloured brand bar, white box, small grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width">\n</head>\n'
        '<body style="margin:0;background:#f2f3f5;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{color};padding:18px 24px;color:#fff;font-size:18px">'
        f"<strong>{esc(brand)}</strong></td></tr>\n"
        '<tr><td style="padding:24px"><table role="presentation" width="600" '
        'style="background:#ffffff;border-radius:6px;padding:24px;font-size:14px;'
        'line-height:1.5;color:#222">\n'
        f"<tr><td>\n{inner}\n</td></tr>\n</table></td></tr>\n"
        f'<tr><td style="padding:12px 24px;color:#888;font-size:11px">{footer}</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def button(label: str, url: str, color: str = "#1a73e8") -> str:
    return (
        f'<p><a href="{esc(url)}" style="display:inline-block;background:{color};color:#fff;'
        f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>'
    )


def outlook_html(inner: str, lang: str = "fr") -> str:
    """A Word-generated (Outlook) HTML wrapper around `inner`."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n"
        '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
        "</xml><![endif]-->\n</head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain text as Word "MsoNormal" paragraphs (one per line, &nbsp; for blank lines)."""
    rows = []
    for line in text.strip("\n").split("\n"):
        rows.append(f'<p class="MsoNormal">{esc(line) if line else "<o:p>&nbsp;</o:p>"}</p>')
    return "\n".join(rows)


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               unsubscribe: str, unsub_label: str, color: str = "#0b5d7a",
               lang: str = "fr") -> str:
    """A newsletter / digest: a title, an intro, linked items (title, url, blurb), a footer."""
    rows = "\n".join(
        '<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{esc(url)}" style="color:{color};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br><span style=\"color:#444\">{esc(blurb)}</span></td></tr>"
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="font-family:Verdana,sans-serif;background:#fafafa">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{color};color:#fff;padding:16px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:14px 0">{paras(intro)}</td></tr>\n{rows}\n'
        f'<tr><td style="padding:16px 0;font-size:11px;color:#777">{paras(footer)}'
        f'<p><a href="{esc(unsubscribe)}">{esc(unsub_label)}</a></p></td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                unsubscribe: str, unsub_label: str) -> str:
    """The plain-text twin of `newsletter`."""
    lines = [title, "=" * len(title), "", intro.strip("\n"), ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines += [footer.strip("\n"), "", f"{unsub_label}: {unsubscribe}"]
    return "\n".join(lines) + "\n"
