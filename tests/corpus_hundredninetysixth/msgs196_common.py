"""Shared pieces for corpus 196: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs196_* modules writes its own words; these helpers
wrap them (quote a chain, put paragraphs into an ATS card or an Outlook Word-HTML page,
describe a PDF or a calendar part for the generator).
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Anaïs Grünewald-Sow"
CAND_ADDR = "anais.gs@example.fr"
CAND = (CAND_NAME, CAND_ADDR)

_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}


def _split(when: str) -> tuple[int, int, int, str]:
    """'2026-03-12 10:14' -> (2026, 3, 12, '10:14')."""
    day, clock = when.split()
    y, m, d = (int(x) for x in day.split("-"))
    return y, m, d, clock


def _weekday(y: int, m: int, d: int) -> int:
    import datetime as _dt

    return _dt.date(y, m, d).weekday()


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program writes above a quoted message."""
    y, m, d, clock = _split(when)
    wd = _weekday(y, m, d)
    if lang == "fr":
        return (f"Le {_DAYS['fr'][wd]} {d} {_MONTHS['fr'][m - 1]} {y} à {clock}, "
                f"{name} <{addr}> a écrit :")
    if lang == "de":
        return f"Am {_DAYS['de'][wd]} {d:02d}.{m:02d}.{y} um {clock} schrieb {name} <{addr}>:"
    if lang == "es":
        return (f"El {_DAYS['es'][wd]}, {d} {_MONTHS['es'][m - 1]} {y} a las {clock}, "
                f"{name} (<{addr}>) escribió:")
    return f"On {_DAYS['en'][wd]}, {d} {_MONTHS['en'][m - 1]} {y} at {clock}, {name} <{addr}> wrote:"


def quote(text: str) -> str:
    """Prefix every line with '> ' (blank lines get a bare '>')."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text, then the attribution line and the quoted older message."""
    return f"{new.strip()}\n\n{wrote(lang, when, name, addr)}\n{quote(old)}\n"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The 'From: / Sent: / To: / Subject:' block Outlook puts above an older message."""
    f, s, t, u = _OUTLOOK_LABELS[lang]
    sep = " : " if lang == "fr" else ": "
    return f"{f}{sep}{frm}\n{s}{sep}{sent}\n{t}{sep}{to}\n{u}{sep}{subject}"


def outlook_reply(new: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    """New text above an Outlook-style unquoted older message."""
    return (f"{new.strip()}\n\n________________________________\n"
            f"{outlook_block(lang, frm, sent, to, subject)}\n\n{old.strip()}\n")


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """An inline forwarded message as Gmail writes it."""
    head = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
    }[lang]
    return (f"{head[0]}\n{head[1]}: {frm}\n{head[2]}: {date}\n{head[3]}: {subject}\n"
            f"{head[4]}: {to}\n\n{body.strip()}\n")


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text -> <p> paragraphs; quoted ('>') runs become a blockquote."""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line[1:].lstrip()) for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def ats_card(brand: str, accent: str, body: str, *, button: tuple[str, str] | None = None,
             footer: str = "", lang: str = "fr") -> str:
    """A one-column HTML card as applicant-tracking systems send. body is plain text."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:24px 0"><a href="{esc(url)}" style="background:{accent};'
               'color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none">'
               f"{esc(label)}</a></p>")
    foot = paras(footer) if footer else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><title>{esc(brand)}</title></head>
<body style="margin:0;padding:0;background:#f2f3f5;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td align="center" style="padding:24px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-top:4px solid {accent}">
<tr><td style="padding:24px 32px 8px;font-size:18px;font-weight:bold;color:{accent}">{esc(brand)}</td></tr>
<tr><td style="padding:8px 32px 24px;font-size:14px;line-height:1.55;color:#222222">
{paras(body)}
{btn}
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;line-height:1.4;color:#8a8f98;border-top:1px solid #eceef1">{foot}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def outlook_html(text: str, *, lang: str = "fr", quoted_head: str = "",
                 quoted: str = "") -> str:
    """An Outlook / Word HTML page: MsoNormal paragraphs, then an optional older message
    under a grey rule with its From/Sent block."""
    body = "\n".join(
        f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.strip("\n").split("\n"))
    older = ""
    if quoted_head:
        head = "<br>\n".join(f"<b>{esc(k)}</b>{esc(v)}" for k, v in (
            (line.split(":", 1)[0] + ":", line.split(":", 1)[1])
            for line in quoted_head.split("\n")))
        old = "\n".join(f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}</p>'
                        for line in quoted.strip("\n").split("\n"))
        older = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                 f'\n<p class="MsoNormal">{head}</p>\n</div>\n{old}')
    lang_attr = {"fr": "FR", "en": "EN-GB", "de": "DE", "es": "ES"}[lang]
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{color:#0563C1;text-decoration:underline;}}
@page WordSection1
	{{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
{older}
</div>
</body>
</html>
"""


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                *, lang: str = "fr", accent: str = "#1f4e79") -> str:
    """A newsletter / job-alert page: a title, an intro, linked items, a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{esc(url)}" style="color:{accent};font-weight:bold;text-decoration:none">'
        f'{esc(head)}</a><br><span style="color:#555">{esc(sub)}</span></td></tr>'
        for head, sub, url in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><title>{esc(title)}</title></head>
<body style="margin:0;background:#ffffff;font-family:Verdana,Arial,sans-serif;font-size:13px">
<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:{accent};color:#ffffff;padding:18px 24px;font-size:20px">{esc(title)}</td></tr>
<tr><td style="padding:16px 24px">{paras(intro)}</td></tr>
<tr><td style="padding:0 24px"><table role="presentation" width="100%">
{rows}
</table></td></tr>
<tr><td style="padding:16px 24px;color:#888;font-size:11px">{paras(footer)}</td></tr>
</table>
</body>
</html>
"""


def pdf(name: str, lines: list[str], title: str = "") -> dict[str, object]:
    """A PDF attachment description: the generator renders the lines on one page."""
    return {"type": "pdf", "name": name, "lines": lines, "title": title or name}


def ics(*, uid: str, method: str, start: str, end: str, summary: str, organizer: tuple[str, str],
        location: str = "", description: str = "", sequence: int = 0, status: str = "",
        inline: bool = True, filename: str = "invite.ics") -> dict[str, object]:
    """A calendar part: start/end as '2026-03-12 10:00 +0100'. inline=True puts it as a
    text/calendar alternative (Outlook style); inline=False attaches an .ics file."""
    return {"type": "ics", "uid": uid, "method": method, "start": start, "end": end,
            "summary": summary, "organizer": organizer, "location": location,
            "description": description, "sequence": sequence, "status": status,
            "inline": inline, "filename": filename}


def rfc822(spec: dict[str, object]) -> dict[str, object]:
    """A forwarded message attached whole (message/rfc822); spec is a message spec."""
    return {"type": "rfc822", "spec": spec}
