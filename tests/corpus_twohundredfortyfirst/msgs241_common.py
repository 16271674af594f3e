"""Shared pieces for corpus 241: the candidate, quoting helpers and HTML layout shells.

The shells only give layout; every message passes its own words in.
"""

from __future__ import annotations

import html

CANDIDATE_NAME = "Séverin Mbala-Hofstetter"
CANDIDATE_ADDR = "severin.mh@example.ch"
CAND = (CANDIDATE_NAME, CANDIDATE_ADDR)

SIG_CAND_FR = """Séverin Mbala-Hofstetter
Route de la Glâne 41
1700 Fribourg
+41 79 512 38 07"""

SIG_CAND_EN = """Séverin Mbala-Hofstetter
Fribourg, Switzerland
+41 79 512 38 07"""

SIG_CAND_DE = """Séverin Mbala-Hofstetter
Route de la Glâne 41, 1700 Freiburg
079 512 38 07"""

SIG_CAND_ES = """Séverin Mbala-Hofstetter
+41 79 512 38 07"""


def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (as a mail program quotes)."""
    mark = ">" * depth
    out = []
    for line in text.strip("\n").split("\n"):
        if line.startswith(">"):
            out.append(mark + line)
        elif line:
            out.append(f"{mark} {line}")
        else:
            out.append(mark)
    return "\n".join(out)


_WROTE = {
    "en": "On {date}, {name} <{addr}> wrote:",
    "de": "Am {date} schrieb {name} <{addr}>:",
    "fr": "Le {date}, {name} <{addr}> a écrit :",
    "es": "El {date}, {name} <{addr}> escribió:",
}


def wrote(lang: str, date: str, name: str, addr: str) -> str:
    return _WROTE[lang].format(date=date, name=name, addr=addr)


def reply(new: str, lang: str, date: str, name: str, addr: str, old: str) -> str:
    """New text on top, then an attribution line and the quoted older text."""
    return f"{new.rstrip()}\n\n{wrote(lang, date, name, addr)}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, sender: str, sent: str, to: str, subject: str, old: str) -> str:
    """An Outlook-style 'From: / Sent:' header block followed by the older text, unquoted."""
    f, s, t, sub = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}: {sender}\n{s}: {sent}\n{t}: {to}\n{sub}: {subject}\n\n{old.strip()}\n"
    )


_FWD = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}
_FWD_FIELDS = {
    "en": ("From", "Date", "Subject", "To"),
    "de": ("Von", "Datum", "Betreff", "An"),
    "fr": ("De", "Date", "Objet", "À"),
    "es": ("De", "Fecha", "Asunto", "Para"),
}


def forwarded(lang: str, sender: str, date: str, subject: str, to: str, old: str) -> str:
    f, d, s, t = _FWD_FIELDS[lang]
    return f"{_FWD[lang]}\n{f}: {sender}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n{old.strip()}\n"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs as HTML <p> blocks; single newlines become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def simple_html(text: str, lang: str = "fr") -> str:
    """A bare mail-program HTML rendering of a plain text."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{paras(text)}\n</body></html>\n'
    )


def ats_card(brand: str, color: str, body_html: str, footer: str, lang: str = "fr") -> str:
    """An applicant-tracking-system card: brand bar, white card, grey footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(brand)}</title></head>
<body style="margin:0;background:#f2f3f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td style="background:{color};color:#ffffff;padding:18px 28px;font:bold 18px Arial">{esc(brand)}</td></tr>
<tr><td style="padding:24px 28px"><div style="background:#ffffff;padding:24px;border-radius:6px;font:14px/1.5 Arial;color:#222">
{body_html}
</div></td></tr>
<tr><td style="padding:12px 28px;color:#888;font:11px Arial">{esc(footer)}</td></tr>
</table>
</body></html>
"""


def button(label: str, url: str, color: str = "#1a73e8") -> str:
    return (
        f'<p><a href="{esc(url)}" style="display:inline-block;background:{color};color:#fff;'
        f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>'
    )


def outlook_html(text: str, lang: str = "fr") -> str:
    """Outlook's Word-generated HTML around a plain text."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    body = "\n".join(
        '<p class="MsoNormal">'
        + "<br>\n".join(esc(x) if x else "<o:p>&nbsp;</o:p>" for x in b.split("\n"))
        + "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
        for b in blocks
    )
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="{lang.upper()}-CH" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body></html>
"""


def newsletter(brand: str, intro: str, items: list[tuple[str, str, str]], footer: str,
               unsubscribe: str, unsub_label: str, lang: str = "fr") -> str:
    """A digest: intro, a list of (title, url, blurb) items, footer and unsubscribe link."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{esc(u)}" style="font:bold 15px Arial;color:#0b5394">{esc(t)}</a>'
        f'<div style="font:13px Arial;color:#444">{esc(b)}</div></td></tr>'
        for t, u, b in items
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(brand)}</title></head>
<body style="background:#fafafa;margin:0">
<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 24px;font:bold 20px Georgia;color:#0b5394">{esc(brand)}</td></tr>
<tr><td style="padding:0 24px;font:14px Arial">{paras(intro)}</td></tr>
<tr><td style="padding:0 24px"><table width="100%">{rows}</table></td></tr>
<tr><td style="padding:16px 24px;font:11px Arial;color:#999">{esc(footer)}<br>
<a href="{esc(unsubscribe)}">{esc(unsub_label)}</a></td></tr>
</table></body></html>
"""


def digest_text(intro: str, items: list[tuple[str, str, str]], footer: str,
                unsubscribe: str) -> str:
    """The plain-text twin of newsletter()."""
    lines = [intro.strip(), ""]
    for t, u, b in items:
        lines += [f"* {t}", f"  {b}", f"  {u}", ""]
    lines += ["--", footer, unsubscribe]
    return "\n".join(lines) + "\n"
