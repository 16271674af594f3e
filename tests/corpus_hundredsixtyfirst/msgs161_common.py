"""Shared pieces of corpus 161: the candidate, quoting helpers and HTML shells.

The shells are layout only (tables, fonts, footers); every message writes its own words.
A spec is a plain dict; `M(...)` only gathers keyword arguments into one.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Ingrid Vasquez-Halvorsen"
CANDIDATE_ADDR = "ingrid.vh@example.de"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signatures (she writes them the same way every time).
SIG_DE = (
    "Mit freundlichen Grüßen\n"
    "Ingrid Vasquez-Halvorsen\n"
    "Mühlenkamp 41 · 22303 Hamburg\n"
    "Mobil +49 151 5550 1834"
)
SIG_EN = (
    "Best regards,\n"
    "Ingrid Vasquez-Halvorsen\n"
    "Mühlenkamp 41, 22303 Hamburg, Germany\n"
    "+49 151 5550 1834"
)
SIG_FR = (
    "Bien cordialement,\n"
    "Ingrid Vasquez-Halvorsen\n"
    "Mühlenkamp 41, 22303 Hambourg (Allemagne)\n"
    "+49 151 5550 1834"
)
SIG_ES = (
    "Un saludo,\n"
    "Ingrid Vasquez-Halvorsen\n"
    "Mühlenkamp 41, 22303 Hamburgo (Alemania)\n"
    "+49 151 5550 1834"
)


def M(**spec: object) -> dict:
    """One message spec (see make_hundredsixtyfirst.py for the keys)."""
    return dict(spec)


# --------------------------------------------------------------------------- quoting


def quote(text: str, depth: int = 1) -> str:
    """Quote every line with '> ' (an empty line gets a bare '>')."""
    mark = ">" * depth
    lines = text.strip("\n").split("\n")
    return "\n".join(f"{mark} {line}" if line else mark for line in lines)


def wrote_en(when: str, name: str, addr: str) -> str:
    return f"On {when}, {name} <{addr}> wrote:"


def schrieb_de(when: str, name: str, addr: str) -> str:
    return f"Am {when} schrieb {name} <{addr}>:"


def ecrit_fr(when: str, name: str, addr: str) -> str:
    return f"Le {when}, {name} <{addr}> a écrit :"


def escribio_es(when: str, name: str, addr: str) -> str:
    return f"El {when}, {name} <{addr}> escribió:"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "-----Original Message-----"),
    "de": ("Von", "Gesendet", "An", "Betreff", "-----Ursprüngliche Nachricht-----"),
    "fr": ("De", "Envoyé", "À", "Objet", "-----Message d'origine-----"),
    "es": ("De", "Enviado el", "Para", "Asunto", "-----Mensaje original-----"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str,
                  *, separator: bool = False) -> str:
    """An Outlook-style quoted header block followed by the unquoted earlier text."""
    f, s, t, subj, sep = _OUTLOOK_LABELS[lang]
    head = f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{subj}: {subject}"
    top = (sep + "\n") if separator else ("_" * 32 + "\n")
    return f"{top}{head}\n\n{body.strip()}\n"


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style forwarded block."""
    label = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject",
               "To"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
    }[lang]
    return (f"{label[0]}\n{label[1]}: {frm}\n{label[2]}: {date}\n{label[3]}: {subject}\n"
            f"{label[4]}: {to}\n\n{body.strip()}\n")


# --------------------------------------------------------------------------- HTML shells


def esc(text: str) -> str:
    return _html.escape(text, quote=True)


def _p(paragraph: str, style: str = "") -> str:
    attr = f' style="{style}"' if style else ""
    return f"<p{attr}>" + "<br>\n".join(esc(x) for x in paragraph.split("\n")) + "</p>"


def plain(paras: list[str] | tuple[str, ...]) -> str:
    return "\n\n".join(p.strip("\n") for p in paras) + "\n"


def simple_html(paras: list[str] | tuple[str, ...], *, lang: str = "de") -> str:
    """A mail program's minimal HTML (a div per paragraph)."""
    body = "\n".join(f"<div>{'<br>'.join(esc(x) for x in p.split(chr(10)))}</div><div><br></div>"
                     for p in paras)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body><div dir="ltr">\n{body}\n</div></body></html>\n')


def ats_card(brand: str, paras: list[str] | tuple[str, ...], *, accent: str = "#1f4e79",
             button: tuple[str, str] | None = None, footer: list[str] | tuple[str, ...] = (),
             lang: str = "de", charset: str = "utf-8") -> str:
    """A recruiting system's card: coloured header bar, white card, small grey footer."""
    rows = "\n".join(
        f'<tr><td style="padding:0 32px 14px 32px;font:15px/22px Arial,sans-serif;color:#222">'
        f"{_p(p, 'margin:0')}</td></tr>" for p in paras)
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px 32px"><a href="{esc(url)}" '
               f'style="background:{accent};color:#fff;padding:11px 22px;border-radius:4px;'
               f'text-decoration:none;font:bold 14px Arial,sans-serif">{esc(label)}</a>'
               f"</td></tr>")
    foot = "<br>\n".join(esc(x) for x in footer)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(brand)}</title></head>
<body style="margin:0;background:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:{accent};padding:18px 32px;font:bold 18px Arial,sans-serif;color:#ffffff">{esc(brand)}</td></tr>
<tr><td style="height:22px"></td></tr>
{rows}
{btn}
</table>
<table role="presentation" width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 32px;font:11px/16px Arial,sans-serif;color:#888">{foot}</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""


def outlook_html(paras: list[str] | tuple[str, ...], *, lang: str = "DE",
                 charset: str = "windows-1252", quoted: str = "") -> str:
    """Outlook's Word-HTML wrapper (MsoNormal paragraphs, WordSection1)."""
    body = "\n".join(
        '<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in p.split("\n")) + "<o:p></o:p></p>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
    q = ""
    if quoted:
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             + "\n".join('<p class="MsoNormal">' + esc(x) + "<o:p></o:p></p>"
                         for x in quoted.strip("\n").split("\n")) + "\n</div>")
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{color:#0563C1;text-decoration:underline;}}
@page WordSection1
	{{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style></head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
{q}
</div>
</body>
</html>
"""


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: list[str] | tuple[str, ...], *, lang: str = "de",
                    accent: str = "#0b7a75") -> str:
    """A digest: heading, intro, one block per item (headline link + blurb), footer links."""
    blocks = "\n".join(
        f'<tr><td style="padding:10px 28px;border-bottom:1px solid #eee">'
        f'<a href="{esc(url)}" style="font:bold 15px Helvetica,Arial,sans-serif;color:{accent}">'
        f"{esc(head)}</a><br>\n"
        f'<span style="font:13px/19px Helvetica,Arial,sans-serif;color:#444">{esc(blurb)}</span>'
        f"</td></tr>" for head, url, blurb in items)
    foot = "<br>\n".join(esc(x) for x in footer)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="margin:0;background:#eef2f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:22px 28px;font:bold 22px Helvetica,Arial,sans-serif;color:{accent}">{esc(title)}</td></tr>
<tr><td style="padding:0 28px 12px 28px;font:14px/21px Helvetica,Arial,sans-serif">{_p(intro, 'margin:0')}</td></tr>
{blocks}
<tr><td style="padding:18px 28px;font:11px/16px Helvetica,Arial,sans-serif;color:#999">{foot}</td></tr>
</table></td></tr></table>
</body></html>
"""


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: list[str] | tuple[str, ...]) -> str:
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines += ["--", *footer]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- attachments


def pdf(filename: str, lines: list[str] | tuple[str, ...], *, title: str = "",
        utf8_name: bool = False) -> dict:
    """A one-page PDF attachment with the given text lines."""
    return {"type": "pdf", "filename": filename, "lines": list(lines), "title": title or filename,
            "utf8_name": utf8_name}


def ics(method: str, uid: str, summary: str, start: str, end: str, *, organizer: tuple[str, str],
        sequence: int = 0, location: str = "", description: str = "", tzid: str = "Europe/Berlin",
        status: str = "", inline: bool = True, cte: str | None = None, stamp: str = "",
        filename: str = "") -> dict:
    """An iCalendar part. start/end as 'YYYY-MM-DD HH:MM' local time in tzid."""
    return {"type": "ics", "method": method, "uid": uid, "summary": summary, "start": start,
            "end": end, "organizer": organizer, "sequence": sequence, "location": location,
            "description": description, "tzid": tzid, "status": status, "inline": inline,
            "cte": cte, "stamp": stamp, "filename": filename}
