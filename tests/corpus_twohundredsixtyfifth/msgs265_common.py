"""Shared pieces of corpus 265: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs265_* modules writes its own words; nothing here produces message text
beyond attribution lines, quote markers and HTML scaffolding.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Apolline Diallo-Vernet"
CANDIDATE_ADDR = "apolline.dv@example.fr"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)
CANDIDATE_PHONE = "+33 6 41 27 58 90"

KIND_FIELDS = ("kind", "slug", "lang", "company", "contact")


def M(kind, slug, lang, company, contact, **spec):
    """One hand-written message spec (labels first, then how to build it)."""
    spec.update(kind=kind, slug=slug, lang=lang, company=company, contact=contact)
    spec.setdefault("to", [CANDIDATE])
    return spec


def own(slug, lang, **spec):
    """A message the candidate sent herself: always `other`, never a contact."""
    spec.setdefault("frm", CANDIDATE)
    return M("other", slug, lang, "", "", **spec)


# ---------------------------------------------------------------- quoting

def quote(text, depth=1):
    """Prefix every line with '> ' (depth times), as a mail client does on reply."""
    mark = ">" * depth
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(f"{mark} {line}" if line else mark)
    return "\n".join(out)


def wrote_en(when, name, addr):
    return f"On {when}, {name} <{addr}> wrote:"


def wrote_fr(when, name, addr):
    return f"Le {when}, {name} <{addr}> a écrit :"


def wrote_de(when, name, addr):
    return f"Am {when} schrieb {name} <{addr}>:"


def wrote_es(when, name, addr):
    return f"El {when}, {name} (<{addr}>) escribió:"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang, frm, sent, to, subject):
    """The header block Outlook puts above a quoted message (no '>' marks)."""
    f, s, t, o = _OUTLOOK[lang]
    return "\n".join([
        "________________________________",
        f"{f}: {frm}",
        f"{s}: {sent}",
        f"{t}: {to}",
        f"{o}: {subject}",
    ])


_FWD = {
    "en": "---------- Forwarded message ---------",
    "fr": "---------- Message transféré ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "es": "---------- Mensaje reenviado ---------",
}
_FWD_FIELDS = {
    "en": ("From", "Date", "Subject", "To"),
    "fr": ("De", "Date", "Objet", "À"),
    "de": ("Von", "Datum", "Betreff", "An"),
    "es": ("De", "Fecha", "Asunto", "Para"),
}


def fwd_block(lang, frm, date, subject, to):
    """The header block Gmail puts above an inline-forwarded message."""
    f, d, s, t = _FWD_FIELDS[lang]
    return "\n".join([_FWD[lang], f"{f}: {frm}", f"{d}: {date}", f"{s}: {subject}", f"{t}: {to}"])


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text):
    return _html.escape(text, quote=False)


def paras(text):
    """Plain text -> HTML paragraphs; '> ' runs become blockquotes. Words are the caller's."""
    blocks = text.strip("\n").split("\n\n")
    out = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "\n".join(line[1:].lstrip(" ") if line.startswith(">") else line
                              for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{paras(inner)}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def simple_html(inner, lang="fr"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f"{inner}\n</body>\n</html>\n")


def ats_card(brand, color, inner, footer="", lang="fr"):
    """A typical ATS notification: coloured band with the brand, white card, grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 28px;font-size:18px;'
        f'font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 28px;font-size:15px;line-height:1.5;color:#1f2937">\n'
        f"{inner}\n</td></tr>\n"
        '</table>\n'
        f'<p style="font-size:11px;color:#6b7280;max-width:600px">{footer}</p>\n'
        "</td></tr></table>\n</body>\n</html>\n"
    )


def button(label, href, color="#1f6f50"):
    return (f'<p><a href="{esc(href)}" style="display:inline-block;background:{color};'
            f'color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">'
            f"{esc(label)}</a></p>")


def outlook_html(inner, lang="fr"):
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs, WordSection1 div."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style></head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n'
    )


def mso(text):
    """Plain text -> Outlook MsoNormal paragraphs (one per line, empty line -> &nbsp;)."""
    out = []
    for line in text.strip("\n").split("\n"):
        body = esc(line) if line.strip() else "&nbsp;"
        out.append(f'<p class="MsoNormal">{body}<o:p></o:p></p>')
    return "\n".join(out)


def newsletter_html(title, intro, items, footer, color="#0b5f7a", lang="fr"):
    """A digest: title band, intro paragraph, a list of (headline, url, blurb), footer."""
    rows = "\n".join(
        '<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{esc(url)}" style="font-size:16px;color:{color};font-weight:bold;'
        f'text-decoration:none">{esc(head)}</a><br>'
        f'<span style="font-size:13px;color:#374151">{esc(blurb)}</span></td></tr>'
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;background:#eef2f3;font-family:Georgia,serif">\n'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:20px;font-size:22px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 20px;font-size:15px">{paras(intro)}</td></tr>\n'
        f'<tr><td style="padding:0 20px"><table width="100%">{rows}</table></td></tr>\n'
        f'<tr><td style="padding:16px 20px;font-size:11px;color:#6b7280">{footer}</td></tr>\n'
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def digest_text(title, intro, items, footer):
    """The text/plain twin of newsletter_html: same words, laid out for plain text."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- people (all invented)

P = {
    # France
    "gaelle": ("Gaëlle Le Floch", "gaelle.lefloch@serres-erdre.example.fr"),
    "yannick": ("Yannick Perrot", "yannick.perrot@serres-erdre.example.fr"),
    "ines": ("Inès Barbier", "ines.barbier@maison-celestine.example.fr"),
    "hugo": ("Hugo Lemaire", "hugo.lemaire@maison-celestine.example.fr"),
    "chloe": ("Chloé Vasseur", "chloe.vasseur@studiolumen.example.fr"),
    "bernard": ("Bernard Ménard", "bernard.menard@terresdanjou.example.fr"),
    "sandrine": ("Sandrine Guého", "sandrine.gueho@interim-atlantique.example.fr"),
    "herve": ("Hervé Pichon", "herve.pichon@maraichers-nantais.example.fr"),
    "margaux": ("Margaux Ravel", "margaux.ravel@ravel-conseil.example.fr"),
    "diane": ("Diane Roussel", "diane.roussel@florelia.example.fr"),
    "thierry": ("Thierry Gaudin", "thierry.gaudin@pepinieres-layon.example.fr"),
    "elodie": ("Élodie Renaud", "elodie.renaud@comptoirdesgraines.example.fr"),
    "nolwenn": ("Nolwenn Tanguy", "nolwenn.tanguy@coopduthabor.example.fr"),
    "erwan": ("Erwan Le Gall", "erwan.legall@coopduthabor.example.fr"),
    "bastien": ("Bastien Royer", "bastien.royer@maree-haute.example.fr"),
    "romain": ("Romain Besnard", "romain.besnard@jardiflor-ouest.example.fr"),
    "capucine": ("Capucine Hamon", "capucine.hamon@lys-sauge.example.fr"),
    "kevin": ("Kévin Ollivier", "kevin.ollivier@tempo-interim.example.fr"),
    "sophie": ("Sophie Delmas", "sophie.delmas@aurelane.example.com"),
    "camille": ("Camille Joubert", "camille.joubert@canopee.example.fr"),
    "armelle": ("Armelle Kerleau", "armelle.kerleau@maison-rosalie.example.fr"),
    "maxime": ("Maxime Fortin", "maxime.fortin@brindeloire.example.fr"),
    # United Kingdom
    "rosie": ("Rosie Hartwell", "rosie.hartwell@blackthorn.example.co.uk"),
    "callum": ("Callum Price", "callum.price@blackthorn.example.co.uk"),
    "hannah": ("Hannah Coles", "hannah.coles@kingsdowncandles.example.co.uk"),
    "dev": ("Dev Malhotra", "dev.malhotra@harbourside.example.co.uk"),
    "fiona": ("Fiona Marsh", "fiona.marsh@hawthornepike.example.co.uk"),
    "gemma": ("Gemma Lowe", "gemma.lowe@wildmoor.example.co.uk"),
    "priya": ("Priya Nair", "priya.nair@petalcraft.example.co.uk"),
    "owen": ("Owen Thackeray", "owen.thackeray@larklinden.example.co.uk"),
    "tom": ("Tom Baird", "tom.baird@cliftonseedhouse.example.co.uk"),
    # Germany
    "katrin": ("Katrin Wolters", "katrin.wolters@hortensia-kosmetik.example.de"),
    "jonas": ("Jonas Brandt", "jonas.brandt@hortensia-kosmetik.example.de"),
    "miriam": ("Miriam Özdemir", "miriam.oezdemir@funkenflug.example.de"),
    "sven": ("Sven Hoffmann", "sven.hoffmann@kolibri-personal.example.de"),
    "tobias": ("Tobias Keßler", "tobias.kessler@rheingruen.example.de"),
    "lena": ("Lena Vogt", "lena.vogt@bluetenwerk.example.de"),
    "petra": ("Petra Lindner", "petra.lindner@lindgruen.example.de"),
    # Spain
    "ane": ("Ane Etxeberria", "ane.etxeberria@artxanda.example.es"),
    "maite": ("Maite Arrieta", "maite.arrieta@itsasoa.example.es"),
    "iker": ("Iker Zubiaurre", "iker.zubiaurre@riacreativa.example.es"),
    "leire": ("Leire Goikoetxea", "leire.goikoetxea@talentonorte.example.es"),
    "jon": ("Jon Arana", "jon.arana@norteempleo.example.es"),
    "naiara": ("Naiara Uriarte", "naiara.uriarte@lorategi.example.es"),
}


def who(key):
    """'Name <addr>' for quoting headers."""
    name, addr = P.get(key, CANDIDATE)
    return f"{name} <{addr}>"


def addr(key):
    return P[key][1]
