"""Shared pieces of corpus 205: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs205_* modules writes its own words; these helpers
quote them, put them in a reply chain or wrap them in the HTML a mail program would send.
"""

from __future__ import annotations

import html
import re

CANDIDATE_NAME = "Margaux Lindqvist-Obi"
CANDIDATE_ADDR = "margaux.lo@example.ch"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)


# --- plain-text reply chains ------------------------------------------------------------------

def quote(text: str, prefix: str = "> ") -> str:
    """Every line of text behind a quote marker (empty lines get a bare '>')."""
    lines = text.strip("\n").split("\n")
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in lines) + "\n"


_ATTRIBUTION = {
    "fr": "Le {when}, {who} a écrit :",
    "de": "Am {when} schrieb {who}:",
    "en": "On {when}, {who} wrote:",
    "es": "El {when}, {who} escribió:",
}


def who(name: str, addr: str | None = None) -> str:
    return f"{name} <{addr}>" if addr else name


def replied(lang: str, when: str, name: str, addr: str | None, text: str) -> str:
    """An attribution line in the mail program's language and the quoted earlier message."""
    return _ATTRIBUTION[lang].format(when=when, who=who(name, addr)) + "\n" + quote(text)


_OUTLOOK = {
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "es": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
}


def outlook_block(lang: str, sender: str, sent: str, to: str, subject: str, body: str,
                  cc: str | None = None, rule: str = "_" * 32) -> str:
    """An Outlook 'From: / Sent: / To: / Subject:' block with the earlier message unquoted below."""
    f, s, t, c, o = _OUTLOOK[lang]
    head = [rule, f"{f} {sender}", f"{s} {sent}", f"{t} {to}"]
    if cc:
        head.append(f"{c} {cc}")
    head.append(f"{o} {subject}")
    return "\n".join(head) + "\n\n" + body.strip("\n") + "\n"


_FORWARD = {
    "fr": ("---------- Message transféré ---------", "De :", "Date :", "Objet :", "À :"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von:", "Date:", "Subject:", "To:"),
    "en": ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:"),
    "es": ("---------- Mensaje reenviado ---------", "De:", "Date:", "Subject:", "To:"),
}


def forwarded(lang: str, sender: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style inline forward of an earlier message."""
    rule, f, d, s, t = _FORWARD[lang]
    return (f"{rule}\n{f} {sender}\n{d} {date}\n{s} {subject}\n{t} {to}\n\n"
            + body.strip("\n") + "\n")


def signature(*lines: str, dashes: bool = False) -> str:
    """A signature block: the lines as given, optionally behind the '-- ' separator."""
    return ("-- \n" if dashes else "") + "\n".join(lines)


# --- HTML shells -------------------------------------------------------------------------------

_URL = re.compile(r"(https?://[^\s<>()]+[^\s<>().,;:!?])")


def _inline(line: str) -> str:
    escaped = html.escape(line, quote=False)
    return _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)


def paras(text: str) -> str:
    """Plain text as HTML paragraphs; '>'-quoted runs become nested blockquotes."""
    lines = text.strip("\n").split("\n")
    out: list[str] = []
    block: list[str] = []
    quoted: list[str] = []

    def flush_block() -> None:
        if block:
            out.append("<p>" + "<br>\n".join(_inline(x) for x in block) + "</p>")
            block.clear()

    def flush_quote() -> None:
        if quoted:
            inner = "\n".join(q[1:].removeprefix(" ") for q in quoted)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">\n' + paras(inner) + "\n</blockquote>")
            quoted.clear()

    for line in lines:
        if line.startswith(">"):
            flush_block()
            quoted.append(line)
            continue
        flush_quote()
        if line.strip():
            block.append(line)
        else:
            flush_block()
    flush_block()
    flush_quote()
    return "\n".join(out)


def html_doc(body: str, lang: str, charset: str = "utf-8", title: str = "",
             body_style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px") -> str:
    head_title = f"<title>{html.escape(title)}</title>" if title else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"{head_title}</head>\n<body style=\"{body_style}\">\n{body}\n</body>\n</html>\n")


def simple_html(text: str, lang: str, charset: str = "utf-8") -> str:
    """What a webmail sends as the HTML twin of a plain-text message."""
    return html_doc('<div dir="ltr">\n' + paras(text) + "\n</div>", lang, charset)


def outlook_html(text: str, lang: str, charset: str = "windows-1252") -> str:
    """The Word-generated HTML of an Outlook message (MsoNormal paragraphs, WordSection1)."""
    body = paras(text).replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang.upper()}-CH" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + body + "\n</div>\n</body>\n</html>\n"
    )


def ats_card(text: str, lang: str, brand: str, accent: str = "#1f4e79",
             footer: str = "", charset: str = "utf-8") -> str:
    """An applicant-tracking system's message: a centred card under the employer's name."""
    foot = (f'<tr><td style="padding:16px 32px;font-size:11px;color:#888">{paras(footer)}</td></tr>'
            if footer else "")
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f4f5f7">\n<tr><td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:18px 32px;font-size:18px;'
        f'font-weight:bold">{html.escape(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px;line-height:1.5;color:#222">\n{paras(text)}\n</td></tr>\n'
        f"{foot}\n</table>\n</td></tr>\n</table>"
    )
    return html_doc(body, lang, charset, title=brand, body_style="margin:0;padding:0")


def digest_html(lang: str, title: str, intro: str, items: list[tuple[str, str, str]],
                outro: str, footer: str, accent: str = "#0b6e4f", charset: str = "utf-8") -> str:
    """A newsletter or job-alert digest: a heading, a list of linked items, a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="color:{accent};font-weight:bold;text-decoration:none">'
        f"{html.escape(head)}</a><br>\n<span style=\"color:#555\">{html.escape(sub)}</span>"
        f"</td></tr>"
        for head, sub, url in items
    )
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        '<tr><td align="center">\n<table role="presentation" width="620" cellpadding="0" '
        'cellspacing="0">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:16px 24px;font-size:20px">'
        f"{html.escape(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px">{paras(intro)}</td></tr>\n'
        f'<tr><td style="padding:0 24px"><table width="100%">\n{rows}\n</table></td></tr>\n'
        f'<tr><td style="padding:16px 24px">{paras(outro)}</td></tr>\n'
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#888">{paras(footer)}</td></tr>\n'
        "</table>\n</td></tr>\n</table>"
    )
    return html_doc(body, lang, charset, title=title)
