"""Shared pieces for corpus 235: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs235_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Elodie Wasserfall-Mbatha"
CANDIDATE_ADDR = "elodie.wm@example.ch"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signature blocks, one per language she writes in.
SIG_FR = "Elodie Wasserfall-Mbatha\nAv. de Cour 41, 1007 Lausanne\nNatel +41 79 512 38 06"
SIG_EN = "Elodie Wasserfall-Mbatha\nLausanne, Switzerland\n+41 79 512 38 06"
SIG_DE = "Elodie Wasserfall-Mbatha\nAv. de Cour 41, 1007 Lausanne\nMobile +41 79 512 38 06"
SIG_ES = "Elodie Wasserfall-Mbatha\nLausana (Suiza)\nTel. +41 79 512 38 06"


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text the way a mail client quotes it."""
    out = []
    for line in text.split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out)


def on_wrote(when: str, who: str) -> str:
    return f"On {when}, {who} wrote:"


def le_a_ecrit(when: str, who: str) -> str:
    return f"Le {when}, {who} a écrit :"


def am_schrieb(when: str, who: str) -> str:
    return f"Am {when} schrieb {who}:"


def el_escribio(when: str, who: str) -> str:
    return f"El {when}, {who} escribió:"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The 'From: / Sent: / To: / Subject:' block Outlook puts above a quoted message."""
    f, s, t, j = _OUTLOOK_LABELS[lang]
    sep = " :" if lang == "fr" else ":"
    return (f"{f}{sep} {frm}\n{s}{sep} {sent}\n{t}{sep} {to}\n{j}{sep} {subject}")


def forward_block(lang: str, frm: str, date: str, to: str, subject: str) -> str:
    """The header lines a mail client writes above an inline forwarded message."""
    heads = {
        "en": "---------- Forwarded message ---------",
        "fr": "-------- Message transféré --------",
        "de": "---------- Weitergeleitete Nachricht ----------",
        "es": "---------- Mensaje reenviado ---------",
    }
    f, _s, t, j = _OUTLOOK_LABELS[lang]
    d = {"en": "Date", "fr": "Date", "de": "Datum", "es": "Fecha"}[lang]
    sep = " :" if lang == "fr" else ":"
    return (f"{heads[lang]}\n{f}{sep} {frm}\n{d}{sep} {date}\n{j}{sep} {subject}\n"
            f"{t}{sep} {to}")


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML <p> elements with <br> line breaks."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def html_quote(inner: str) -> str:
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
            f'padding-left:1ex">\n{inner}\n</blockquote>')


def plain_html(inner: str, title: str = "", lang: str = "fr") -> str:
    """A minimal HTML document around inner markup."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n</head>\n<body style=\"font-family:Arial,sans-serif;"
            f'font-size:14px;color:#222">\n{inner}\n</body>\n</html>\n')


def ats_card(brand: str, accent: str, inner: str, footer: str = "",
             button: tuple[str, str] | None = None, lang: str = "en") -> str:
    """The boxed card layout applicant-tracking systems send: logo bar, content, button."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{url}" style="background:'
               f'{accent};color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none;'
               f'display:inline-block">{esc(label)}</a></td></tr>\n')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px '
                f'solid #eee">{footer}</td></tr>\n')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8"><meta name="viewport" '
            f'content="width=device-width"></head>\n<body style="margin:0;background:#f4f5f7">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            f'<tr><td align="center" style="padding:24px 8px">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            f'style="background:#fff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;'
            f'font-size:15px;line-height:1.5;color:#2b2b2b">\n'
            f'<tr><td style="background:{accent};color:#fff;padding:18px 32px;font-size:18px;'
            f'font-weight:bold">{esc(brand)}</td></tr>\n'
            f'<tr><td style="padding:24px 32px 8px">\n{inner}\n</td></tr>\n{btn}{foot}'
            f"</table>\n</td></tr></table>\n</body>\n</html>\n")


def outlook_html(inner: str, lang: str = "FR-CH", charset: str = "utf-8") -> str:
    """The Word-generated HTML Outlook sends (MsoNormal paragraphs, WordSection1)."""
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" '
            f'xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" '
            f'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f"<style><!--\n@font-face {{font-family:Calibri;}}\n"
            f"p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;"
            f"font-family:\"Calibri\",sans-serif;}}\n"
            f"a:link, span.MsoHyperlink {{color:#0563C1;text-decoration:underline;}}\n"
            f"span.EmailStyle17 {{font-family:\"Calibri\",sans-serif;color:windowtext;}}\n"
            f"@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}\n"
            f"div.WordSection1 {{page:WordSection1;}}\n--></style>\n</head>\n"
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')


def mso(text: str) -> str:
    """Plain paragraphs as Outlook MsoNormal paragraphs, one per line, blank lines kept."""
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "fr", accent: str = "#1d5c4d") -> str:
    """A digest/newsletter layout: a title, an intro, a list of linked items, a footer."""
    rows = []
    for heading, blurb, url in items:
        rows.append(f'<tr><td style="padding:12px 28px;border-bottom:1px solid #eee">'
                    f'<a href="{url}" style="color:{accent};font-weight:bold;font-size:16px;'
                    f'text-decoration:none">{esc(heading)}</a><br>\n'
                    f'<span style="color:#444">{esc(blurb)}</span></td></tr>')
    body = "\n".join(rows)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f"<title>{esc(title)}</title></head>\n<body style=\"margin:0;background:#eef1ef\">\n"
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            f'<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;'
            f'font-family:Georgia,serif">\n'
            f'<tr><td style="background:{accent};color:#fff;padding:20px 28px;font-size:22px">'
            f"{esc(title)}</td></tr>\n"
            f'<tr><td style="padding:18px 28px;font-size:15px">{paras(intro)}</td></tr>\n'
            f"{body}\n"
            f'<tr><td style="padding:18px 28px;font-size:11px;color:#777">{footer}</td></tr>\n'
            f"</table>\n</td></tr></table>\n</body>\n</html>\n")


def ics(method: str, uid: str, start: str, end: str, summary: str, organizer: tuple[str, str],
        attendees: list[tuple[str, str]] | None = None, location: str = "",
        description: str = "", seq: int = 0, tz: str = "Europe/Zurich",
        status: str = "", name: str = "") -> dict:
    """A calendar part description; the generator turns it into iCalendar text.

    start/end are local times "YYYY-MM-DD HH:MM" in tz (or UTC when tz == "UTC").
    name: when set, the part is an attachment with that file name; else an inline part.
    """
    return {"type": "ics", "method": method, "uid": uid, "start": start, "end": end,
            "summary": summary, "organizer": organizer, "attendees": attendees or [ME],
            "location": location, "description": description, "seq": seq, "tz": tz,
            "status": status, "name": name}


def pdf(filename: str, title: str, lines: list[str], utf8_name: bool = False) -> dict:
    """A small PDF attachment description (one page of text)."""
    return {"type": "pdf", "filename": filename, "title": title, "lines": lines,
            "utf8_name": utf8_name}
