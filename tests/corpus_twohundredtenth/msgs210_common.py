"""Shared pieces for corpus 210: the candidate, quoting helpers and HTML shells.

Only layout lives here. Every message in the msgs210_*.py modules writes its own words.
"""

from __future__ import annotations

import html

CAND_NAME = "Callum Achterberg-Nwosu"
CAND_ADDR = "callum.an@example.co.uk"
CAND = (CAND_NAME, CAND_ADDR)


def quote(text: str) -> str:
    """Prefix every line of text with '> ' (bare '>' for empty lines)."""
    return "\n".join(("> " + line) if line.strip() else ">" for line in text.strip("\n").split("\n"))


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program writes above a quote."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text, then the attribution line, then the quoted older message."""
    return f"{new.rstrip()}\n\n{wrote(lang, when, name, addr)}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style 'From: / Sent:' block followed by the older message, unquoted."""
    f, s, t, j = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n\n{body.strip()}\n"
    )


_FWD = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}
_FWD_FIELDS = {
    "en": ("From", "Date", "Subject", "To"),
    "de": ("Von", "Date", "Subject", "To"),
    "fr": ("De", "Date", "Objet", "À"),
    "es": ("De", "Date", "Asunto", "Para"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style forwarded block."""
    f, d, s, t = _FWD_FIELDS[lang]
    return f"{_FWD[lang]}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n{body.strip()}\n"


def paras(text: str) -> str:
    """Plain text paragraphs as HTML paragraphs (escaped, single newlines as <br>)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = [html.escape(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def plain_html(inner: str) -> str:
    """A bare HTML document around inner."""
    return (
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"></head>\n"
        f"<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n{inner}\n</body>\n</html>"
    )


def ats_card(brand: str, inner: str, footer: str = "", accent: str = "#1f6f8b") -> str:
    """A centred ATS notification card: brand bar, white card, grey footer."""
    return (
        "<!DOCTYPE html>\n<html>\n<head><meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=utf-8\"></head>\n"
        "<body style=\"margin:0;background:#f2f4f6\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">\n"
        "<tr><td align=\"center\" style=\"padding:24px\">\n"
        "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background:#ffffff;border-radius:6px\">\n"
        f"<tr><td style=\"background:{accent};color:#ffffff;padding:16px 24px;"
        f"font:bold 18px Arial,sans-serif\">{html.escape(brand)}</td></tr>\n"
        "<tr><td style=\"padding:24px;font:14px/1.5 Arial,sans-serif;color:#222222\">\n"
        f"{inner}\n</td></tr>\n"
        "<tr><td style=\"padding:16px 24px;font:11px Arial,sans-serif;color:#888888\">\n"
        f"{footer}\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>"
    )


def outlook_html(inner: str) -> str:
    """The Word-generated HTML Outlook sends."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
        "<head><meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>\n"
        "<body lang=\"EN-GB\" link=\"#0563C1\" vlink=\"#954F72\">\n"
        f"<div class=\"WordSection1\">\n{inner}\n</div>\n</body>\n</html>"
    )


def mso(text: str) -> str:
    """Plain text paragraphs as Outlook MsoNormal paragraphs."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            out.append(f"<p class=\"MsoNormal\">{html.escape(line)}<o:p></o:p></p>")
        out.append("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def newsletter_html(title: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """A digest layout: title, then one block per (heading, blurb, url), then a footer."""
    rows = []
    for heading, blurb, url in items:
        rows.append(
            "<tr><td style=\"padding:12px 0;border-bottom:1px solid #e5e5e5\">"
            f"<a href=\"{html.escape(url)}\" style=\"font:bold 16px Georgia,serif;color:#0b4f6c\">"
            f"{html.escape(heading)}</a><br>\n"
            f"<span style=\"font:14px Arial,sans-serif;color:#333333\">{html.escape(blurb)}</span>"
            "</td></tr>"
        )
    body = "\n".join(rows)
    return (
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"></head>\n"
        "<body style=\"margin:0;background:#fafafa\">\n"
        "<table width=\"640\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td style=\"padding:20px 0;font:bold 22px Georgia,serif\">{html.escape(title)}</td></tr>\n"
        f"{body}\n"
        "<tr><td style=\"padding:20px 0;font:11px Arial,sans-serif;color:#777777\">"
        + html.escape(footer).replace("\n", "<br>\n") + "</td></tr>\n"
        "</table>\n</body>\n</html>"
    )


def digest_text(title: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text alternative of a digest."""
    out = [title, "=" * len(title), ""]
    for heading, blurb, url in items:
        out += [heading, blurb, url, ""]
    out.append(footer)
    return "\n".join(out) + "\n"
