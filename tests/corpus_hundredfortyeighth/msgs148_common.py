"""Shared pieces of corpus 148: the candidate, quoting helpers and HTML shells.

The shells are layout only (tables, fonts, Word-HTML boilerplate); every message writes its own
words in the msgs148_*.py modules.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable

CANDIDATE_NAME = "Ciarán Walsh-Adebayo"
CANDIDATE_ADDR = "ciaran.wa@example.ie"
CAND = (CANDIDATE_NAME, CANDIDATE_ADDR)

# A short signature the candidate uses on his own mail.
CAND_SIG = "Ciarán Walsh-Adebayo\n+353 87 412 9930\nDublin 7"


def wrap(text: str, width: int = 72) -> str:
    """Hard-wrap long prose lines the way a mail program does; quoted and short lines stay."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width + 4 or line.startswith(">"):
            out.append(line)
            continue
        out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def quote(text: str) -> str:
    """Quote a previous message with '> ' (nested quotes become '>> ')."""
    lines = []
    for line in wrap(text, 70).split("\n"):
        if line.startswith(">"):
            lines.append(">" + line)
        elif line:
            lines.append("> " + line)
        else:
            lines.append(">")
    return "\n".join(lines)


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message, in the writer's language."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text on top, then the attribution line and the quoted previous message."""
    return f"{new}\n\n{attribution(lang, when, name, addr)}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, sender: str, sent: str, to: str, subject: str) -> str:
    """An Outlook 'From: / Sent: / To: / Subject:' block (labels in the writer's language)."""
    f, s, t, u = _OUTLOOK[lang]
    return f"________________________________\n{f}: {sender}\n{s}: {sent}\n{t}: {to}\n{u}: {subject}"


def outlook_reply(new: str, lang: str, sender: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    """Outlook style: new text, the header block, the previous message unquoted."""
    return f"{new}\n\n{outlook_block(lang, sender, sent, to, subject)}\n\n{old}\n"


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forward(new: str, lang: str, sender: str, when: str, subject: str, to: str,
            old: str) -> str:
    """A forwarded message the way webmail writes it inline."""
    head, f, d, s, t = _FWD[lang]
    return f"{new}\n\n{head}\n{f}: {sender}\n{d}: {when}\n{s}: {subject}\n{t}: {to}\n\n{old}\n"


# ---------------------------------------------------------------- HTML shells (layout only)

def paras_html(text: str) -> str:
    """Paragraphs of plain text as <p> elements; single line breaks become <br>; '> ' lines
    become a blockquote."""
    blocks = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line.lstrip("> ")) for line in lines)
            blocks.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                f'padding-left:1ex">{inner}</blockquote>')
        else:
            blocks.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>")
    return "\n".join(blocks)


Shell = Callable[[str], str]


def ats_card(brand: str, color: str, footer: str = "") -> Shell:
    """An ATS notification card: coloured band with the brand, white card, grey footer."""
    def shell(body: str) -> str:
        foot = f'<p style="color:#888;font-size:11px">{footer}</p>' if footer else ""
        return (
            "<!DOCTYPE html>\n<html><head>"
            "<meta name=\"viewport\" content=\"width=device-width\"></head>\n"
            '<body style="margin:0;background:#f2f3f5;font-family:Arial,Helvetica,sans-serif">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;margin:24px 0">\n'
            f'<tr><td style="background:{color};color:#ffffff;padding:18px 28px;'
            f'font-size:18px;font-weight:bold">{html.escape(brand)}</td></tr>\n'
            f'<tr><td style="padding:24px 28px;font-size:14px;line-height:1.5;color:#222">\n'
            f"{body}\n</td></tr>\n"
            f'<tr><td style="padding:12px 28px;background:#fafafa">{foot}</td></tr>\n'
            "</table>\n</td></tr></table>\n</body></html>\n"
        )
    return shell


def outlook_word(body: str) -> str:
    """Outlook's Word-HTML wrapper around a body."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Aptos\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n"
        "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
        "</xml><![endif]-->\n"
        '</head>\n<body lang="EN-IE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        + body.replace("<p>", '<p class="MsoNormal">')
        + "\n</div>\n</body>\n</html>\n"
    )


def word_shell(body: str) -> str:
    """Shell form of outlook_word, for specs that derive their HTML from their text."""
    return outlook_word(body)


def plain_shell(body: str) -> str:
    """A webmail's minimal HTML: one div with the paragraphs."""
    return f'<div dir="ltr" style="font-family:Verdana,sans-serif;font-size:13px">\n{body}\n</div>\n'


def digest(title: str, color: str, intro: str, items: list[tuple[str, str, str]],
           footer: str, links: list[tuple[str, str]] | None = None) -> str:
    """A newsletter or job-alert digest: header, intro, a list of linked items, footer with
    links (unsubscribe, preferences)."""
    foot_links = " | ".join(
        f'<a href="{html.escape(url)}" style="color:#999">{html.escape(label)}</a>'
        for label, url in links or [])
    rows = "\n".join(
        '<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{html.escape(url)}" style="color:{color};font-size:15px;font-weight:bold;'
        f'text-decoration:none">{html.escape(head)}</a><br>'
        f'<span style="color:#555;font-size:13px">{html.escape(blurb)}</span></td></tr>'
        for head, url, blurb in items
    )
    return (
        "<!DOCTYPE html>\n<html><head><title></title></head>\n"
        '<body style="margin:0;background:#eef1f4;font-family:Helvetica,Arial,sans-serif">\n'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">\n'
        f'<tr><td style="background:{color};padding:20px;color:#fff;font-size:20px">'
        f"{html.escape(title)}</td></tr>\n"
        f'<tr><td style="padding:20px;font-size:14px;color:#333">{html.escape(intro)}</td></tr>\n'
        f'<tr><td style="padding:0 20px"><table width="100%">{rows}</table></td></tr>\n'
        f'<tr><td style="padding:20px;font-size:11px;color:#999">{html.escape(footer)}<br>'
        f"{foot_links}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                links: list[tuple[str, str]] | None = None) -> str:
    """The plain-text twin of a digest."""
    lines = [title, "=" * len(title), "", intro, ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer)
    lines += [f"{label}: {url}" for label, url in links or []]
    return "\n".join(lines)
