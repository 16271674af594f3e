"""Shared pieces of corpus 293: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs293_* modules writes its own words; nothing here produces wording
a classifier could key on beyond the mechanics of mail (quote prefixes, reply headers).
"""

from __future__ import annotations

import html

CANDIDATE_NAME = "Dolores Quispe-Andersen"
CANDIDATE_ADDR = "dolores.qa@example.pe"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

SPEC_KEYS = {
    "kind", "slug", "lang", "company", "contact", "frm", "name_cs", "to", "cc", "reply_to",
    "subject", "subj_cs", "date", "key", "parent", "headers", "text", "html", "charset", "cte",
    "html_cte", "pdf", "ics", "ics_mode", "rfc822", "mid_domain",
}


def M(**spec: object) -> dict:
    """One hand-written message spec; only checks that the keys are known."""
    unknown = set(spec) - SPEC_KEYS
    assert not unknown, f"unknown spec keys {unknown} in {spec.get('slug')}"
    return dict(spec)


def cal(**event: object) -> dict:
    """An iCalendar event spec: method, uid, seq, start, end, tz, summary, location, organizer."""
    return dict(event)


def quote(text: str) -> str:
    """Prefix every line with '> ' as mail programs do (empty lines get a bare '>')."""
    return "\n".join("> " + line if line else ">" for line in text.rstrip("\n").split("\n"))


def who(name: str, addr: str) -> str:
    return f"{name} <{addr}>"


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quoted message, in the replying client's language."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text on top, attribution line, then the old message quoted with '> '."""
    return f"{new.rstrip()}\n\n{wrote(lang, when, name, addr)}\n{quote(old)}\n"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook(new: str, lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """Outlook-style reply: new text, a rule, a From:/Sent:/To:/Subject: block, old text unquoted."""
    f, s, t, u = _OUTLOOK_LABELS[lang]
    return (f"{new.rstrip()}\n\n________________________________\n{f}: {frm}\n{s}: {sent}\n"
            f"{t}: {to}\n{u}: {subject}\n\n{old.rstrip()}\n")


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """Gmail-style inline forward."""
    head, f, d, s, t = _FWD[lang]
    sep = " :" if lang == "fr" else ":"
    return (f"{new.rstrip()}\n\n{head}\n{f}{sep} {frm}\n{d}{sep} {date}\n{s}{sep} {subject}\n"
            f"{t}{sep} {to}\n\n{old.rstrip()}\n")


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text paragraphs (blank-line separated) as <p> elements, line breaks kept."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def page(body: str, lang: str, title: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n</head>\n<body style=\"font-family:Arial,sans-serif;"
            f"font-size:14px;color:#222\">\n{body}\n</body>\n</html>\n")


def ats_card(brand: str, accent: str, heading: str, body_html: str, footer: str,
             lang: str) -> str:
    """A centred card as ATS systems send: brand bar, heading, body, small grey footer."""
    return page(
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        f'style="background:#f3f4f6"><tr><td align="center" style="padding:24px">\n'
        f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:14px 24px;font-weight:bold">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px"><h2 style="margin-top:0">{esc(heading)}</h2>\n'
        f"{body_html}\n</td></tr>\n"
        f'<tr><td style="padding:12px 24px;color:#888;font-size:11px">{footer}</td></tr>\n'
        f"</table>\n</td></tr></table>", lang, heading)


def outlook_html(body_html: str, lang: str) -> str:
    """The Word-generated HTML that Outlook sends, around ready-made <p> elements."""
    body_html = body_html.replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>\n')


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               lang: str) -> str:
    """A digest: title, intro paragraph, then linked items (heading, url, blurb), footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="font-weight:bold;color:#0b5394">{esc(head)}</a><br>'
        f'<span style="color:#555">{esc(blurb)}</span></td></tr>'
        for head, url, blurb in items)
    return page(
        f'<h1 style="font-size:20px">{esc(title)}</h1>\n<p>{esc(intro)}</p>\n'
        f'<table width="100%" cellpadding="0" cellspacing="0">\n{rows}\n</table>\n'
        f'<p style="color:#999;font-size:11px">{footer}</p>', lang, title)


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter()."""
    body = "\n\n".join(f"* {head}\n  {blurb}\n  {url}" for head, url, blurb in items)
    return f"{title}\n{'=' * len(title)}\n\n{intro}\n\n{body}\n\n--\n{footer}\n"
