"""Shared pieces for corpus 270: the candidate, thread ids, quoting helpers and HTML shells.

Only layout lives here. Every message in the msgs270_*.py modules writes its own words.
"""

from __future__ import annotations

import html
import textwrap

CANDIDATE_NAME = "Ingrid Okonkwo-Haldane"
CANDIDATE_ADDR = "ingrid.oh@example.no"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# Message-IDs of messages that other messages answer or quote (threads across kinds).
MID = {
    # T1 Dee Harbour Logistics, Aberdeen
    "dee_ack": "<gh.ack.5518820041@greenhouse-mail.io>",
    "dee_invite": "<gh.sched.5518820977@greenhouse-mail.io>",
    "dee_move": "<0000000000004f7a2c06118b3e21@google.com>",
    "dee_thanks": "<CAO7h2m-ingrid-dee-thanks-0304@mail.example.no>",
    "dee_offer": "<a81c0f1e-offer-dee@deeharbour.example.co.uk>",
    # T2 Tyne Forwarding, Newcastle
    "tyne_apply": "<CAO7h2m-ingrid-tyne-apply-0202@mail.example.no>",
    "tyne_panel": "<DB9PR01MB7734.tyne.panel.0220@tyneforwarding.example.co.uk>",
    "tyne_cancel": "<DB9PR01MB7734.tyne.cancel.0303@tyneforwarding.example.co.uk>",
    "tyne_panel2": "<DB9PR01MB7734.tyne.panel.0306@tyneforwarding.example.co.uk>",
    "tyne_thanks": "<CAO7h2m-ingrid-tyne-thanks-0312@mail.example.no>",
    "tyne_no": "<DB9PR01MB7734.tyne.outcome.0320@tyneforwarding.example.co.uk>",
    # T3 Elbkai Logistik, Hamburg
    "elb_ack": "<personio.8812.eingang.0407@personio.de>",
    "elb_invite": "<20260415.elbkai.einladung.4471@elbkai.example.de>",
    "elb_move": "<20260420.elbkai.verschoben.4471@elbkai.example.de>",
    "elb_missed": "<20260428.elbkai.teams.4471@elbkai.example.de>",
    "elb_sorry": "<CAO7h2m-ingrid-elbkai-sorry-0428@mail.example.no>",
    "elb_no": "<20260508.elbkai.absage.4471@elbkai.example.de>",
    # T4 Port Océane Logistique, Le Havre
    "poc_ack": "<accuse.3390.0504@portoceane.example.fr>",
    "poc_invite": "<entretien.3390.0512@portoceane.example.fr>",
    "poc_move": "<report.3390.0518@portoceane.example.fr>",
    "poc_thanks": "<CAO7h2m-ingrid-poc-merci-0527@mail.example.no>",
    "poc_offer": "<promesse.3390.0610@portoceane.example.fr>",
    # T5 Naviera Ría de Vigo
    "nav_ack": "<acuse.20260601.771@navieraria.example.es>",
    "nav_invite": "<entrevista.20260609.771@navieraria.example.es>",
    "nav_askmove": "<CAO7h2m-ingrid-naviera-cambio-0610@mail.example.no>",
    "nav_move": "<reprog.20260611.771@navieraria.example.es>",
    "nav_no": "<resolucion.20260630.771@navieraria.example.es>",
    # T6 Harbourline Recruitment for Maasvlakte Cargo Planning, Rotterdam
    "hbl_reg": "<hbl-reg-20260323-0091@harbourline.example.nl>",
    "hbl_setup": "<hbl-0402-ingrid-maasvlakte@harbourline.example.nl>",
    "hbl_move": "<hbl-0407-ingrid-maasvlakte@harbourline.example.nl>",
    "hbl_missed": "<hbl-0409-ingrid-maasvlakte@harbourline.example.nl>",
    "hbl_no": "<hbl-0417-ingrid-maasvlakte@harbourline.example.nl>",
    # T7 Humber Gateway Logistics, Hull
    "hgl_screen": "<HGL.0706.screen.ingrid@humbergateway.example.co.uk>",
    "hgl_missed": "<HGL.0714.missed.ingrid@humbergateway.example.co.uk>",
    "hgl_sorry": "<CAO7h2m-ingrid-humber-sorry-0714@mail.example.no>",
    "hgl_rebook": "<HGL.0715.rebook.ingrid@humbergateway.example.co.uk>",
    "hgl_offer": "<HGL.0803.offer.ingrid@humbergateway.example.co.uk>",
    # T8 Buchan Offshore Wind
    "bow_invite": "<bow-ac-20260812-ingrid@buchanwind.example.co.uk>",
    "bow_postpone": "<bow-ac-20260821-ingrid@buchanwind.example.co.uk>",
    "bow_hold": "<bow-ac-20260915-ingrid@buchanwind.example.co.uk>",
    # smaller threads
    "wh_chat": "<waalhaven.0519.ops.chat@waalhaven.example.nl>",
    "wh_push": "<waalhaven.0520.ops.chat@waalhaven.example.nl>",
    "ness_second": "<npa-hr-0120-round2@nessport.example.co.uk>",
    "ness_ill": "<npa-hr-0126-round2@nessport.example.co.uk>",
    "moray_trial": "<mff.0907.trialday@morayfirthfreight.example.co.uk>",
    "kb_apply": "<CAO7h2m-ingrid-koehlbrand-bewerbung-0615@mail.example.no>",
    "kb_trial": "<kb-0624-probetag@koehlbrand.example.de>",
    "kb_off": "<kb-0701-probetag@koehlbrand.example.de>",
    "gcc_invite": "<GCC-HR-0420-ingrid@granitecoast.example.gov.uk>",
    "gcc_cancel": "<GCC-HR-0427-ingrid@granitecoast.example.gov.uk>",
    "nb_screen": "<nbt-0114-ingrid@northboundtalent.example.co.uk>",
    "frigo_invite": "<sr.invite.77120@smartrecruiters.com>",
    "frigo_move": "<fpv-0727-entrevista@frigopuertovigo.example.es>",
    "caux_day": "<tmc-0216-evaluation@caux-maritime.example.fr>",
    "hum_news": "<mx.sub.2026-07-14@humbergateway.example.co.uk>",
}


def d(text: str) -> str:
    """A message text written indented in the source, without its indent and outer blank lines."""
    return textwrap.dedent(text).strip("\n")


def quoted(attribution: str, text: str) -> str:
    """A reply quote: the attribution line, then every line of text behind "> "."""
    lines = [f"> {line}" if line else ">" for line in d(text).splitlines()]
    return attribution + "\n" + "\n".join(lines)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str,
                  cc: str = "") -> str:
    """An Outlook-style quoted message: a rule, the From/Sent/To/Subject block, the old text."""
    f, s, t, c, subj = OUTLOOK_LABELS[lang]
    sep = " :" if lang == "fr" else ":"
    rows = [f"{f}{sep} {frm}", f"{s}{sep} {sent}", f"{t}{sep} {to}"]
    if cc:
        rows.append(f"{c}{sep} {cc}")
    rows.append(f"{subj}{sep} {subject}")
    return "________________________________\n" + "\n".join(rows) + "\n\n" + d(body)


FORWARD_LABELS = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style forwarded block."""
    head, f, dt, s, t = FORWARD_LABELS[lang]
    return (f"{head}\n{f}: {frm}\n{dt}: {date}\n{s}: {subject}\n{t}: {to}\n\n" + d(body))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs: blank lines split paragraphs, single newlines become <br>."""
    blocks = [b for b in d(text).split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.splitlines()
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ").rstrip()) for line in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def page(body: str, lang: str = "en", title: str = "") -> str:
    """A bare HTML document around body."""
    head = f"<title>{esc(title)}</title>" if title else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">{head}\n'
            f'</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;'
            f'color:#222">\n{body}\n</body>\n</html>')


def ats_card(brand: str, body_html: str, lang: str = "en", button: tuple[str, str] | None = None,
             footer: str = "", colour: str = "#0b4f6c") -> str:
    """An applicant-tracking-system card: a coloured brand bar, a white box, a button, small print."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{url}" style="background:{colour};'
               f'color:#fff;text-decoration:none;padding:12px 22px;border-radius:4px;'
               f'display:inline-block">{esc(label)}</a></td></tr>')
    foot = (f'<tr><td style="padding:16px 32px;font-size:11px;color:#777">{footer}</td></tr>'
            if footer else "")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"></head>\n'
        f'<body style="margin:0;background:#eef1f4">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td align="center" style="padding:24px 8px">\n'
        f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;'
        f'line-height:1.5;color:#1d2731">\n'
        f'<tr><td style="background:{colour};color:#fff;padding:18px 32px;font-size:18px;'
        f'font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px 8px">\n{body_html}\n</td></tr>\n{btn}\n{foot}\n'
        f'</table>\n</td></tr></table>\n</body>\n</html>'
    )


def outlook_html(body_html: str, lang: str = "EN-GB") -> str:
    """The Word-generated HTML that Outlook sends: Office namespaces, MsoNormal paragraphs."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; '
        'font-family:"Calibri",sans-serif;}\n'
        '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
        'div.WordSection1 {page:WordSection1;}\n--></style>\n'
        '<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml>'
        '<![endif]-->\n</head>\n'
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>'
    )


def mso(text: str) -> str:
    """Plain text as Outlook MsoNormal paragraphs (one per line, empty lines kept)."""
    out = []
    for line in d(text).splitlines():
        out.append(f'<p class="MsoNormal">{esc(line) if line.strip() else "<o:p>&nbsp;</o:p>"}</p>')
    return "\n".join(out)


def digest(title: str, intro_html: str, items: list[tuple[str, str, str]], footer_html: str,
           lang: str = "en", colour: str = "#1f3b57") -> str:
    """A newsletter / job-alert layout: a title bar, an intro, one row per item with a link."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #e3e6ea">'
        f'<a href="{url}" style="color:{colour};font-size:16px;font-weight:bold;'
        f'text-decoration:none">{esc(head)}</a><br>'
        f'<span style="color:#555;font-size:13px">{esc(meta)}</span></td></tr>'
        for head, meta, url in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
        f'<body style="margin:0;background:#f4f4f4">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        f'<td align="center">\n<table role="presentation" width="620" cellpadding="0" '
        f'cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#222">\n'
        f'<tr><td style="background:{colour};color:#fff;padding:20px 24px;font-size:22px">'
        f'{esc(title)}</td></tr>\n'
        f'<tr><td style="padding:18px 24px;font-size:15px">{intro_html}</td></tr>\n'
        f'{rows}\n'
        f'<tr><td style="padding:18px 24px;font-size:11px;color:#888">{footer_html}</td></tr>\n'
        f'</table>\n</td></tr></table>\n</body>\n</html>'
    )
