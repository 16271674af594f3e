"""Shared pieces of corpus 197: the candidate, quoting helpers and HTML shells (layout only).

Every message in the data modules writes its own words; the helpers here only arrange them
the way a mail program would (quote prefixes, "On ... wrote:" lines, Outlook header blocks,
forwarded-message banners, HTML wrappers).
"""

from __future__ import annotations

import html

CANDIDATE_NAME = "Kofi Ballesteros-Hartmann"
CANDIDATE_ADDR = "kofi.bh@example.at"
CANDIDATE = f"{CANDIDATE_NAME} <{CANDIDATE_ADDR}>"
CANDIDATE_PHONE = "+43 660 418 2273"


def spec(**kw):
    """One message spec; a dict, checked for the keys every message must have."""
    for key in ("key", "kind", "lang", "frm", "subject", "date"):
        assert key in kw, f"{kw.get('key')}: missing {key}"
    kw.setdefault("to", CANDIDATE)
    kw.setdefault("company", "")
    kw.setdefault("contact", "")
    return kw


def quote(text: str) -> str:
    """Prefix every line with '> ' (empty lines get a bare '>')."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def wrote(lang: str, when: str, who: str) -> str:
    """The attribution line a mail client puts above quoted text."""
    return {
        "en": f"On {when}, {who} wrote:",
        "de": f"Am {when} schrieb {who}:",
        "fr": f"Le {when}, {who} a écrit :",
        "es": f"El {when}, {who} escribió:",
    }[lang]


def reply(new: str, lang: str, when: str, who: str, old: str) -> str:
    """New text, then the attribution line and the old text quoted with '> '."""
    return f"{new.rstrip()}\n\n{wrote(lang, when, who)}\n{quote(old)}\n"


def outlook(new: str, lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """New text above an Outlook-style header block and the unquoted old message."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    block = "\n".join(f"{k}: {v}" for k, v in zip(labels, (frm, sent, to, subject), strict=False))
    return f"{new.rstrip()}\n\n________________________________\n{block}\n\n{old.strip()}\n"


def forwarded(new: str, lang: str, frm: str, when: str, subject: str, to: str, old: str) -> str:
    """New text above a forwarded-message banner and the forwarded text."""
    banner, labels = {
        "en": ("---------- Forwarded message ---------", ("From", "Date", "Subject", "To")),
        "de": ("---------- Weitergeleitete Nachricht ---------",
               ("Von", "Datum", "Betreff", "An")),
        "fr": ("---------- Message transféré ---------", ("De", "Date", "Objet", "À")),
        "es": ("---------- Mensaje reenviado ---------", ("De", "Fecha", "Asunto", "Para")),
    }[lang]
    block = "\n".join(f"{k}: {v}" for k, v in zip(labels, (frm, when, subject, to), strict=False))
    return f"{new.rstrip()}\n\n{banner}\n{block}\n\n{old.strip()}\n"


# --- HTML shells: layout only -------------------------------------------------------------

def paras(text: str) -> str:
    """Plain text to HTML paragraphs (blank line = new paragraph, newline = <br>)."""
    out = []
    for block in text.strip().split("\n\n"):
        lines = [html.escape(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def page(body: str, lang: str = "en", title: str = "") -> str:
    """A plain HTML document around body."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n</head>\n"
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f"{body}\n</body>\n</html>\n"
    )


def ats_card(brand: str, color: str, body: str, footer: str = "", lang: str = "en") -> str:
    """An applicant-tracking-system card: coloured header bar, white card, grey footer."""
    return page(
        f'<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6">\n'
        f'<tr><td align="center" style="padding:24px">\n'
        f'<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:18px">'
        f"<strong>{html.escape(brand)}</strong></td></tr>\n"
        f'<tr><td style="padding:24px">\n{body}\n</td></tr>\n'
        f'<tr><td style="padding:12px 24px;font-size:11px;color:#888">{paras(footer)}</td></tr>\n'
        f"</table>\n</td></tr>\n</table>",
        lang,
        brand,
    )


def button(label: str, href: str, color: str = "#1f6feb") -> str:
    """A call-to-action link styled as a button."""
    return (
        f'<p><a href="{html.escape(href)}" style="background:{color};color:#fff;'
        f'padding:10px 18px;text-decoration:none;border-radius:4px">{html.escape(label)}</a></p>'
    )


def outlook_html(body: str, lang: str = "de") -> str:
    """The Word-HTML wrapper Outlook puts around a message (namespaces, MsoNormal)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n"
        '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
        "</xml><![endif]-->\n</head>\n"
        f'<body lang="{lang.upper()}-AT" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{body}\n</div>\n</body>\n</html>\n"
    )


def mso(text: str) -> str:
    """Plain text to Outlook MsoNormal paragraphs (one per line, empty ones as &nbsp;)."""
    out = []
    for line in text.strip("\n").split("\n"):
        inner = html.escape(line) if line.strip() else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def newsletter(brand: str, color: str, items: list[tuple[str, str, str]], intro: str,
               footer: str, lang: str = "en") -> str:
    """A digest: intro, then (title, href, teaser) blocks, then the footer."""
    blocks = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee">'
        f'<a href="{html.escape(h)}" style="font-size:16px;color:{color};font-weight:bold">'
        f"{html.escape(t)}</a><br>\n<span style=\"color:#555\">{html.escape(s)}</span></td></tr>"
        for t, h, s in items
    )
    return page(
        f'<table width="620" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{color};color:#fff;padding:14px;font-size:20px">'
        f"{html.escape(brand)}</td></tr>\n"
        f'<tr><td style="padding:14px 0">{paras(intro)}</td></tr>\n{blocks}\n'
        f'<tr><td style="padding:16px 0;font-size:11px;color:#999">{paras(footer)}</td></tr>\n'
        "</table>",
        lang,
        brand,
    )


def newsletter_text(brand: str, items: list[tuple[str, str, str]], intro: str,
                    footer: str) -> str:
    """The plain-text alternative of newsletter()."""
    lines = [brand, "=" * len(brand), "", intro.strip(), ""]
    for t, h, s in items:
        lines += [f"* {t}", f"  {s}", f"  {h}", ""]
    lines.append(footer.strip())
    return "\n".join(lines) + "\n"
