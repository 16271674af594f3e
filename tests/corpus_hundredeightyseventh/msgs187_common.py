"""Shared pieces for corpus 187: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs187_* modules writes its own words.
"""

from __future__ import annotations

import html
from datetime import datetime

CAND_NAME = "Fionnuala Dufresne-Abara"
CAND_ADDR = "fionnuala.da@example.ie"
CAND = (CAND_NAME, CAND_ADDR)

SIG_EN = """Fionnuala Dufresne-Abara
Killarney, Co. Kerry
+353 87 555 0192"""

SIG_FR = """Fionnuala Dufresne-Abara
Killarney (Irlande)
+353 87 555 0192"""

SIG_DE = """Fionnuala Dufresne-Abara
Killarney, Irland
Tel. +353 87 555 0192"""

SIG_ES = """Fionnuala Dufresne-Abara
Killarney (Irlanda)
Tel. +353 87 555 0192"""


def M(**spec):
    """One hand-written message spec (a plain dict; the generator reads it)."""
    return spec


def _dt(date: str) -> datetime:
    return datetime.strptime(date, "%Y-%m-%d %H:%M %z")


_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
_DE_DAYS_SHORT = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
_DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"]
_DE_MONTHS_SHORT = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                    "Okt.", "Nov.", "Dez."]
_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_FR_DAYS_SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
_FR_MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                    "sept.", "oct.", "nov.", "déc."]
_ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_ES_DAYS_SHORT = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]
_ES_MONTHS_SHORT = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct",
                    "nov", "dic"]


def wrote(lang: str, date: str, name: str, addr: str) -> str:
    """The attribution line a mail program puts above a quote, in the writer's language."""
    d = _dt(date)
    hm = d.strftime("%H:%M")
    if lang == "de":
        return (f"Am {_DE_DAYS_SHORT[d.weekday()]}, {d.day}. {_DE_MONTHS_SHORT[d.month - 1]} "
                f"{d.year} um {hm} Uhr schrieb {name} <{addr}>:")
    if lang == "fr":
        return (f"Le {_FR_DAYS_SHORT[d.weekday()]} {d.day} {_FR_MONTHS_SHORT[d.month - 1]} "
                f"{d.year} à {hm}, {name} <{addr}> a écrit :")
    if lang == "es":
        return (f"El {_ES_DAYS_SHORT[d.weekday()]}, {d.day} {_ES_MONTHS_SHORT[d.month - 1]} "
                f"{d.year} a las {hm}, {name} (<{addr}>) escribió:")
    return (f"On {d.strftime('%a')}, {d.day} {d.strftime('%b')} {d.year} at {hm}, "
            f"{name} <{addr}> wrote:")


def quote(text: str, intro: str | None = None) -> str:
    """`> `-quote a text (already-quoted lines get one more `>`)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    body = "\n".join(out)
    return f"{intro}\n{body}\n" if intro else body + "\n"


def reply(lang: str, new: str, old: str, date: str, name: str, addr: str) -> str:
    """New text above a quoted older message."""
    return new.rstrip("\n") + "\n\n" + quote(old, wrote(lang, date, name, addr))


def sent_line(lang: str, date: str) -> str:
    d = _dt(date)
    if lang == "de":
        return f"{_DE_DAYS[d.weekday()]}, {d.day}. {_DE_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"
    if lang == "fr":
        return f"{_FR_DAYS[d.weekday()]} {d.day} {_FR_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"
    if lang == "es":
        return (f"{_ES_DAYS[d.weekday()]}, {d.day} de {_ES_MONTHS[d.month - 1]} de {d.year} "
                f"{d:%H:%M}")
    hour = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return (f"{_EN_DAYS[d.weekday()]}, {_EN_MONTHS[d.month - 1]} {d.day}, {d.year} "
            f"{hour}:{d:%M} {ampm}")


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
}


def outlook_block(lang: str, frm: str, date: str, to: str, subject: str, body: str,
                  cc: str | None = None) -> str:
    """An Outlook-style `From: / Sent:` header block followed by the older text."""
    f_, s_, t_, c_, subj_ = _OUTLOOK_LABELS[lang]
    sep = " : " if lang == "fr" else ": "
    lines = ["", "________________________________", f"{f_}{sep}{frm}",
             f"{s_}{sep}{sent_line(lang, date)}", f"{t_}{sep}{to}"]
    if cc:
        lines.append(f"{c_}{sep}{cc}")
    lines += [f"{subj_}{sep}{subject}", "", body.strip("\n"), ""]
    return "\n".join(lines)


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forward_block(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    head, f_, d_, s_, t_ = _FWD[lang]
    sep = " : " if lang == "fr" else ": "
    d = _dt(date)
    stamp = d.strftime("%a, %d %b %Y %H:%M")
    return "\n".join([head, f"{f_}{sep}{frm}", f"{d_}{sep}{stamp}", f"{s_}{sep}{subject}",
                      f"{t_}{sep}{to}", "", body.strip("\n"), ""])


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str, cls: str | None = None) -> str:
    """Plain paragraphs as HTML <p> elements (line breaks kept)."""
    attr = f' class="{cls}"' if cls else ""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(f"<p{attr}>{esc(b).replace(chr(10), '<br>' + chr(10))}</p>"
                     for b in blocks)


def plain_html(inner: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{inner}\n</body>\n</html>\n')


def ats_card(brand: str, accent: str, inner: str, footer: str = "", lang: str = "en") -> str:
    """A centred ATS notification card: brand bar, white card, grey footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(brand)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="background:{accent};color:#ffffff;padding:18px 28px;font-size:18px;font-weight:bold">{esc(brand)}</td></tr>
<tr><td style="padding:28px;color:#1f2937;font-size:15px;line-height:1.5">
{inner}
</td></tr>
<tr><td style="padding:16px 28px;background:#f9fafb;color:#6b7280;font-size:12px">{footer}</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""


def button(label: str, url: str, accent: str = "#1d4ed8") -> str:
    return (f'<p><a href="{url}" style="display:inline-block;background:{accent};color:#fff;'
            f'padding:10px 18px;text-decoration:none;border-radius:4px">{esc(label)}</a></p>')


def outlook_html(inner: str, lang: str = "en-IE") -> str:
    """The Word-HTML wrapper Outlook puts around a message body."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body>
</html>
"""


def mso(text: str) -> str:
    """Plain paragraphs as Outlook `MsoNormal` paragraphs with empty spacer lines."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        out.append('<p class="MsoNormal">' + esc(b).replace("\n", "<br>\n") + "</p>")
        out.append('<p class="MsoNormal">&nbsp;</p>')
    return "\n".join(out)


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "en", accent: str = "#0f766e") -> str:
    """A mailing-list digest: title, intro and linked items."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{url}" style="color:{accent};font-weight:bold;font-size:16px">{esc(head)}</a>'
        f'<br><span style="color:#374151">{esc(blurb)}</span></td></tr>'
        for head, url, blurb in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="margin:0;background:#eef2f7;font-family:Georgia,serif">
<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="640" style="background:#fff;padding:24px">
<tr><td><h1 style="color:{accent};font-size:22px">{esc(title)}</h1>{paras(intro)}</td></tr>
{rows}
<tr><td style="padding-top:20px;color:#6b7280;font-size:12px">{footer}</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text alternative of a digest."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer.strip())
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- people (invented)

AOIFE = ("Aoife Kehoe", "aoife.kehoe@corriblee.example.ie")
DECLAN = ("Declan Moroney", "declan.moroney@shannonestuaryair.example.ie")
NIAMH = ("Niamh Gallagher", "niamh.gallagher@liffeytalent.example.ie")
CIARA = ("Ciara McAteer", "ciara.mcateer@laganquayhotels.example.co.uk")
EUAN = ("Euan Drummond", "euan.drummond@clydemeridian.example.co.uk")
MAIRE = ("Máire Ní Bhriain", "maire.nibhriain@leevalleyuni.example.ie")
GRAINNE = ("Gráinne O'Sullivan", "grainne.osullivan@muckrosslakeside.example.ie")
HUGH = ("Hugh Delaney", "hugh.delaney@portobelloaviation.example.ie")
CONOR = ("Conor Hegarty", "conor.hegarty@ardlinnfoods.example.ie")
FRASER = ("Fraser Lindsay", "fraser.lindsay@saltirefinance.example.co.uk")
MORAG = ("Morag Fleming", "morag.fleming@kelvinsidehotels.example.co.uk")
RUAIRI = ("Ruairí McKenna", "ruairi.mckenna@bannvalleystaffing.example.co.uk")
DENISE = ("Denise Lavery", "denise.lavery@ormeaucollege.example.ac.uk")
GEMMA = ("Gemma Quinn", "gemma.quinn@stonebridgess.example.co.uk")
EIMEAR = ("Eimear Cronin", "eimear.cronin@blackwaterrecruitment.example.ie")
KIRSTY = ("Kirsty Baird", "kirsty.baird@broomielawtravel.example.co.uk")
DERVLA = ("Dervla Nagle", "dervla.nagle@garnishpoint.example.ie")
SIOBHAN = ("Siobhán Counihan", "siobhan.counihan@torcfallshotel.example.ie")
TADHG = ("Tadhg O'Shea", "tadhg.oshea@skelligair.example.ie")
AMANDINE = ("Amandine Verhaegen", "amandine.verhaegen@meridia-ssc.example.be")
HELENE = ("Hélène Vandamme", "helene.vandamme@fiduciaire-dansaert.example.be")
SEBASTIEN = ("Sébastien Peeters", "sebastien.peeters@horta-interim.example.be")
NATHALIE = ("Nathalie Dubois-Moreau", "nathalie.dubois-moreau@hautecoleflagey.example.be")
LISE = ("Lise Marchal", "lise.marchal@brabantairways.example.be")
KATRIN = ("Katrin Wiegand", "katrin.wiegand@hessenflug.example.de")
HOFFMANN = ("Birgit Hoffmann", "b.hoffmann@hotel-eisernersteg.example.de")
SABINE = ("Sabine Krämer", "sabine.kraemer@niederrad-bs.example.de")
JENS = ("Jens Albrecht", "jens.albrecht@roemer-personal.example.de")
KESSLER = ("Martin Kessler", "m.kessler@kessler-voigt.example.de")
LINDNER = ("Petra Lindner", "p.lindner@hs-bockenheim.example.de")
LUCIA = ("Lucía Berrocal", "lucia.berrocal@guadalmedina-ssc.example.es")
CARMEN = ("Carmen Ortega", "carmen.ortega@asesorialarios.example.es")
JAVIER = ("Javier Montiel", "javier.montiel@talentosur.example.es")
INES = ("Inés Ortuño", "ines.ortuno@alboranair.example.es")
ROCIO = ("Rocío Villalobos", "rocio.villalobos@hotelespedregalejo.example.es")


def who(pair: tuple[str, str]) -> str:
    """`Name <address>` as a quoted header line shows it."""
    return f"{pair[0]} <{pair[1]}>"
