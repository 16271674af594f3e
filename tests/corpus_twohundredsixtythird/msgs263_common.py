"""Shared pieces for corpus 263: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs263_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Eilidh Adebayo-Sørensen"
CAND_ADDR = "eilidh.as@example.co.uk"
CAND = (CAND_NAME, CAND_ADDR)


def M(**spec):
    """One message spec (a plain dict); see make_twohundredsixtythird.py for the fields."""
    return spec


# --------------------------------------------------------------------------- quoting

def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text the way a mail program quotes a reply."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out)


def on_wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line above a quoted message, as Gmail/Thunderbird/Apple write it."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, name: str, addr: str, sent: str, to: str, subject: str) -> str:
    """The Outlook 'From: / Sent: / To: / Subject:' header block of an earlier message."""
    f, s, t, j = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{f}: {name} <{addr}>\n{s}: {sent}\n{t}: {to}\n{j}: {subject}"
    )


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def fwd_block(lang: str, name: str, addr: str, when: str, subject: str, to: str) -> str:
    """The header block Gmail puts above an inline-forwarded message."""
    head, f, d, s, t = _FWD[lang]
    return f"{head}\n{f}: {name} <{addr}>\n{d}: {when}\n{s}: {subject}\n{t}: {to}"


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as HTML <p> elements, single breaks as <br>."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def simple_html(body: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        "<title></title></head>\n"
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f"{body}\n</body>\n</html>\n"
    )


def ats_card(brand: str, accent: str, body: str, footer: str = "", lang: str = "en") -> str:
    """A centred card as ATS notification mails draw it: brand bar, white card, grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title></title>\n</head>\n"
        '<body style="margin:0;padding:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f3f4f6">\n<tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:18px 28px;'
        f'font:bold 18px Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px 28px;font:14px/1.5 Arial,sans-serif;color:#1f2937">\n'
        f"{body}\n</td></tr>\n</table>\n"
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0">\n'
        '<tr><td style="padding:14px 28px;font:11px/1.4 Arial,sans-serif;color:#6b7280">\n'
        f"{footer}\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n"
    )


def button(label: str, url: str, accent: str = "#1d4ed8") -> str:
    return (
        f'<p style="margin:22px 0"><a href="{url}" style="background:{accent};color:#ffffff;'
        f'padding:10px 18px;border-radius:4px;text-decoration:none">{esc(label)}</a></p>'
    )


def outlook_html(body: str, lang: str = "EN-GB") -> str:
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs in a WordSection1 div."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "a:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n"
        "span.EmailStyle17\n\t{font-family:\"Calibri\",sans-serif;color:windowtext;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook MsoNormal paragraphs with an empty paragraph between."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        inner = "<br>\n".join(esc(x) for x in b.split("\n"))
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def outlook_quote_html(header_lines: list[str], inner: str) -> str:
    """An earlier message below a top border, as Outlook lays out a reply."""
    head = "<br>\n".join(esc(x) for x in header_lines)
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><b>{head}</b><o:p></o:p></p>\n</div>\n'
        f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{inner}'
    )


def gmail_quote_html(attribution: str, inner: str) -> str:
    return (
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attribution)}'
        '<br></div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        f'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n{inner}\n'
        "</blockquote></div>"
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                accent: str = "#0f766e", lang: str = "en") -> str:
    """A newsletter / job-alert layout: a title, an intro and one block per item."""
    blocks = []
    for heading, blurb, url in items:
        blocks.append(
            '<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
            f'<a href="{url}" style="font:bold 15px Arial,sans-serif;color:{accent}">'
            f"{esc(heading)}</a><br>"
            f'<span style="font:13px/1.5 Arial,sans-serif;color:#374151">{esc(blurb)}</span>'
            "</td></tr>"
        )
    rows = "\n".join(blocks)
    body = (
        f'<h1 style="font:bold 20px Arial,sans-serif;margin:0 0 8px">{esc(title)}</h1>\n'
        f'<p style="margin:0 0 14px">{esc(intro)}</p>\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n{rows}\n'
        "</table>"
    )
    return ats_card(title, accent, body, footer, lang)


# --------------------------------------------------------------------------- people

# Employers' people who write more than one message (addresses only; words are per message).
MORAG = ("Morag Keillor", "morag.keillor@taysidelearning.example.org.uk")
CALLUM = ("Dr Callum Rennie", "callum.rennie@strathtay.example.ac.uk")
FIONA = ("Fiona Mackay", "fiona.mackay@taycoast.example.gov.uk")
PRIYA = ("Priya Raman", "priya.raman@forthmutual.example.co.uk")
GARY = ("Gary Lennox", "gary.lennox@clydesidehg.example.co.uk")
INGRID = ("Ingrid Haugland", "ingrid.haugland@vestbryggen.example.no")
ROSS = ("Ross McAllister", "ross.mcallister@thistletalent.example.co.uk")
SHONA = ("Shona Gillies", "shona.gillies@cairnrecruitment.example.co.uk")
HAMISH = ("Hamish Ure", "hamish.ure@canmore-insurance.example.co.uk")
SIGRID = ("Sigrid Nilsen", "sigrid.nilsen@fjordline-learning.example.no")
NADIA = ("Nadia Qureshi", "nadia.qureshi@hillheadlearning.example.co.uk")
ALASDAIR = ("Alasdair Reid", "alasdair.reid@northernlights-cu.example.co.uk")
RUTH = ("Ruth Imrie", "ruth.imrie@sidlawhousing.example.org.uk")
ROBBIE = ("Robbie Soutar", "robbie.soutar@discoveryquay.example.org.uk")
JANA = ("Jana Albrecht", "jana.albrecht@lernwerk-akademie.example.de")
STEFAN = ("Stefan Brückner", "stefan.brueckner@brueckner-personal.example.de")
TOBIAS = ("Tobias Brandt", "tobias.brandt@kaufhaus-lindemann.example.de")
CAMILLE = ("Camille Dufour", "camille.dufour@garonne-formation.example.fr")
JULIEN = ("Julien Mercier", "julien.mercier@atlantique-talents.example.fr")
HELENE = ("Hélène Barthe", "helene.barthe@u-gironde-ocean.example.fr")
NATHALIE = ("Nathalie Roux", "nathalie.roux@metropole-estuaire.example.fr")
LUCIA = ("Lucía Herrero", "lucia.herrero@formacionpisuerga.example.es")
ALVARO = ("Álvaro Pardo", "alvaro.pardo@talentocastilla.example.es")
INES = ("Inés Calvo", "ines.calvo@bancomeseta.example.es")

# Message-IDs of mails that belong to a thread but are not in the corpus.
GHOST_HILLHEAD_THANKS = "<CAEas7Hd21jul.thanks.hillhead@mail.example.co.uk>"
GHOST_KELVIN_TRIAL = "<20260912.trial-saturday.7f3a@kelvinbookshops.example.co.uk>"
GHOST_KINGSWAY_SETUP = "<20260205.kingsway-setup.4410@thistletalent.example.co.uk>"
GHOST_CALEDONIA_INVITE = "<icims.2026-1187.invite.55021@icims.com>"
GHOST_LEITH_INVITE = "<tt.leith.phone-screen.2026-06-18@teamtailor-mail.com>"
GHOST_FAIRCITY_INVITE = "<20261002.phone.faircity.118@faircitylibraries.example.gov.uk>"
GHOST_QUADRIGA_INVITE = "<20260924.einladung.quadriga.77@quadriga-training.example.de>"
GHOST_METROPOLE_INVITE = "<20260819.convocation.me.3301@metropole-estuaire.example.fr>"
GHOST_MESETA_INVITE = "<20260910.entrevista.meseta.812@bancomeseta.example.es>"
