"""Shared pieces of the hundredthirtyninth corpus: the candidate, the spec builder and the HTML skins.

A spec is a plain dict written by hand in one of the msgs139_*.py modules. `m()` only fills
defaults and renders the HTML of the messages that have one: the words are always the spec's own.
Body markup for HTML messages: paragraphs split on blank lines, `[label](url)` links, `**bold**`,
`- ` list lines, `## ` headings (digests) and a `---QUOTE---` line before a quoted chain.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import re
from dataclasses import dataclass, field

CANDIDATE_NAME = "Lucie Prévost-Nakashima"
CANDIDATE_ADDR = "lucie.pn@example.ch"
CAND = (CANDIDATE_NAME, CANDIDATE_ADDR)

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")
QUOTE_MARK = "---QUOTE---"

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
STRUCTS = ("plain", "html", "alt", "mixed")


def to_plain(body: str, link_style: str = "colon") -> str:
    """The text/plain rendering of a marked-up body."""

    def link(mo: re.Match[str]) -> str:
        label, url = mo.groups()
        if link_style == "angle":
            return f"{label} <{url}>"
        if link_style == "bare":
            return f"{label}\n{url}"
        if link_style == "bracket":
            return f"{label} [{url}]"
        return f"{label}: {url}"

    out = []
    for line in body.split("\n"):
        if line == QUOTE_MARK:
            continue
        if line.startswith("## "):
            out.append(line[3:])
            continue
        out.append(line)
    text = "\n".join(out)
    text = LINK.sub(link, text)
    return BOLD.sub(r"\1", text)


@dataclass
class Skin:
    """How one sender's HTML looks: layout, colours, logo, tracker and footer."""

    style: str = "ats"            # ats | outlook | gmail | digest | notice
    brand: str = ""
    color: str = "#1a4f8b"
    logo_alt: str = ""
    logo_src: str = ""
    font: str = "Arial, Helvetica, sans-serif"
    tracker: str = ""             # prefix of click-tracking links; empty: links as they are
    pixel: str = ""               # URL of a tracking pixel
    footer: list[str] = field(default_factory=list)
    unsubscribe: str = ""         # (label, url) written as "[label](url)" in a footer line instead
    buttons: bool = True
    lang: str = "fr"
    signature_html: str = ""      # outlook/gmail skins: extra block after the body
    width: int = 600

    def href(self, url: str) -> str:
        if not self.tracker or url.startswith("mailto:"):
            return url
        token = hashlib.sha1(url.encode()).hexdigest()
        return f"{self.tracker}{token[:10]}/{token[10:34]}"

    def inline(self, text: str, color: str | None = None) -> str:
        escaped = htmllib.escape(text, quote=False)
        colour = color or self.color

        def link(mo: re.Match[str]) -> str:
            label, url = mo.groups()
            return (f'<a href="{htmllib.escape(self.href(url))}" style="color:{colour};'
                    f'text-decoration:underline" target="_blank">{label}</a>')

        escaped = LINK.sub(link, escaped)
        return BOLD.sub(r"<strong>\1</strong>", escaped)

    def blocks(self, body: str, p_style: str) -> list[str]:
        html_blocks = []
        for block in [b for b in body.strip("\n").split("\n\n") if b.strip()]:
            lines = block.split("\n")
            if all(line.startswith("- ") for line in lines):
                items = "".join(f'<li style="margin:0 0 6px 0">{self.inline(line[2:])}</li>'
                                for line in lines)
                html_blocks.append(f'<ul style="{p_style};padding-left:20px">{items}</ul>')
            elif lines[0].startswith("## "):
                rest = "<br>\n".join(self.inline(line) for line in lines[1:])
                html_blocks.append(
                    f'<h2 style="font-family:{self.font};font-size:17px;color:{self.color};'
                    f'margin:18px 0 6px 0">{self.inline(lines[0][3:])}</h2>'
                    + (f'<p style="{p_style}">{rest}</p>' if rest else ""))
            elif (self.buttons and len(lines) == 1 and LINK.fullmatch(lines[0].strip())
                  and self.style in ("ats", "notice", "digest")):
                mo = LINK.fullmatch(lines[0].strip())
                assert mo
                label, url = mo.groups()
                html_blocks.append(
                    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
                    'style="margin:14px 0"><tr>'
                    f'<td bgcolor="{self.color}" style="border-radius:4px;padding:11px 22px">'
                    f'<a href="{htmllib.escape(self.href(url))}" target="_blank" style="color:#ffffff;'
                    f'font-family:{self.font};font-size:15px;font-weight:bold;text-decoration:none">'
                    f'{htmllib.escape(label)}</a></td></tr></table>')
            else:
                joined = "<br>\n".join(self.inline(line) for line in lines)
                html_blocks.append(f'<p style="{p_style}">{joined}</p>')
        return html_blocks

    def render(self, body: str) -> str:
        main, _, quote = body.partition(QUOTE_MARK + "\n")
        return getattr(self, "_" + self.style)(main, quote)

    # -- skins ------------------------------------------------------------------------------

    def _footer_html(self, color: str = "#888888") -> str:
        return "<br>\n".join(self.inline(line, color) for line in self.footer)

    def _pixel_html(self) -> str:
        if not self.pixel:
            return ""
        return (f'<img src="{self.pixel}" width="1" height="1" alt="" border="0" '
                'style="display:block;height:1px;width:1px;border:0">')

    def _ats(self, main: str, quote: str) -> str:
        p_style = (f"margin:0 0 14px 0;font-family:{self.font};font-size:15px;line-height:22px;"
                   "color:#333333")
        logo = ""
        if self.logo_alt:
            logo = (f'<img src="{self.logo_src or "https://cdn.example.com/logo.png"}" '
                    f'alt="{htmllib.escape(self.logo_alt)}" width="160" border="0" '
                    f'style="display:block;font-family:{self.font};font-size:18px;'
                    f'color:{self.color};font-weight:bold">')
        body_html = "\n".join(self.blocks(main, p_style))
        quote_html = ""
        if quote:
            quote_html = ('<tr><td style="padding:0 32px 24px 32px;border-top:1px solid #e5e5e5">'
                          + "\n".join(self.blocks(quote, p_style.replace("#333333", "#777777")))
                          + "</td></tr>")
        return f"""<!DOCTYPE html>
<html lang="{self.lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{htmllib.escape(self.brand)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="{self.width}" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:6px">
<tr><td style="padding:24px 32px 8px 32px;border-bottom:3px solid {self.color}">{logo}</td></tr>
<tr><td style="padding:24px 32px 10px 32px">
{body_html}
</td></tr>
{quote_html}
<tr><td style="padding:16px 32px 24px 32px;background:#fafafa;font-family:{self.font};font-size:11px;line-height:16px;color:#888888">
{self._footer_html()}
</td></tr>
</table>
{self._pixel_html()}
</td></tr>
</table>
</body>
</html>
"""

    def _notice(self, main: str, quote: str) -> str:
        p_style = f"margin:0 0 12px 0;font-family:{self.font};font-size:14px;color:#222222"
        body_html = "\n".join(self.blocks(main, p_style))
        return f"""<html>
<head><meta charset="utf-8"><title>{htmllib.escape(self.brand)}</title></head>
<body style="margin:0;background:#ffffff">
<div style="background:{self.color};padding:14px 20px">
<img src="{self.logo_src or "https://static.example.com/brand.png"}" alt="{htmllib.escape(self.logo_alt or self.brand)}" height="28" style="color:#ffffff;font-family:{self.font};font-weight:bold;font-size:18px">
</div>
<div style="max-width:{self.width}px;padding:20px">
{body_html}
</div>
<div style="max-width:{self.width}px;padding:12px 20px 24px 20px;border-top:1px solid #dddddd;font-family:{self.font};font-size:11px;color:#777777">
{self._footer_html("#777777")}
</div>
{self._pixel_html()}
</body>
</html>
"""

    def _digest(self, main: str, quote: str) -> str:
        p_style = f"margin:0 0 12px 0;font-family:{self.font};font-size:15px;line-height:23px;color:#2b2b2b"
        body_html = "\n".join(self.blocks(main, p_style))
        view = {"fr": "Voir la version en ligne", "de": "Im Browser ansehen",
                "es": "Ver en el navegador"}.get(self.lang, "View in browser")
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{self.lang}">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>{htmllib.escape(self.brand)}</title>
<style type="text/css">body{{margin:0}} a{{color:{self.color}}} @media only screen and (max-width:620px){{.wrap{{width:100% !important}}}}</style>
</head>
<body style="margin:0;padding:0;background:#eeeeee">
<center>
<table class="wrap" width="{self.width}" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td align="right" style="padding:8px 20px;font-family:{self.font};font-size:11px;color:#999999"><a href="{self.href("https://view.example.com/online")}" style="color:#999999">{view}</a></td></tr>
<tr><td align="left" style="padding:10px 20px;background:{self.color}"><img src="{self.logo_src or "https://static.example.com/newsletter-head.png"}" alt="{htmllib.escape(self.logo_alt or self.brand)}" width="220" style="display:block;color:#ffffff;font-family:{self.font};font-size:20px;font-weight:bold" /></td></tr>
<tr><td style="padding:20px 24px">
{body_html}
</td></tr>
<tr><td style="padding:18px 24px;background:#f6f6f6;font-family:{self.font};font-size:11px;line-height:17px;color:#8a8a8a">
{self._footer_html("#8a8a8a")}
</td></tr>
</table>
{self._pixel_html()}
</center>
</body>
</html>
"""

    def _outlook(self, main: str, quote: str) -> str:
        p_style = "margin:0cm;font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"
        lines = []
        for block in [b for b in main.strip("\n").split("\n\n") if b.strip()]:
            for line in block.split("\n"):
                lines.append(f'<p class="MsoNormal" style="{p_style}">{self.inline(line, "#0563C1") or "&nbsp;"}</p>')
            lines.append(f'<p class="MsoNormal" style="{p_style}">&nbsp;</p>')
        quote_html = ""
        if quote:
            qlines = "\n".join(f'<p class="MsoNormal" style="{p_style}">{self.inline(line, "#0563C1") or "&nbsp;"}</p>'
                               for line in quote.strip("\n").split("\n"))
            quote_html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                          f"{qlines}\n</div>")
        lang = {"fr": "FR-CH", "de": "DE-CH", "es": "ES", "en": "EN-GB"}.get(self.lang, "EN-GB")
        return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;color:#0563C1;text-decoration:underline;}}
@page WordSection1
	{{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{chr(10).join(lines)}
{self.signature_html}
{quote_html}
</div>
</body>
</html>
"""

    def _gmail(self, main: str, quote: str) -> str:
        parts = []
        for block in [b for b in main.strip("\n").split("\n\n") if b.strip()]:
            parts.append("<div>" + "<br>".join(self.inline(line, "#1155cc") for line in block.split("\n"))
                         + "</div><div><br></div>")
        quote_html = ""
        if quote:
            qlines = quote.strip("\n").split("\n")
            attribution, rest = qlines[0], qlines[1:]
            inner = "<br>\n".join(self.inline(line.removeprefix("> ").removeprefix(">"), "#1155cc")
                                  for line in rest)
            quote_html = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                          f'{self.inline(attribution)}<br></div>'
                          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                          f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>')
        return f'<div dir="ltr">{"".join(parts)}{self.signature_html}</div>{quote_html}\n'


def m(key: str, kind: str, lang: str, frm: tuple[str, str] | str, subject: str, date: str, body: str,
      **kw: object) -> dict:
    """One hand-written message spec, defaults filled, HTML rendered when the structure has one."""
    assert kind in KINDS, kind
    assert lang in ("en", "de", "fr", "es"), lang
    spec: dict = {
        "key": key, "kind": kind, "lang": lang, "frm": frm, "subject": subject, "date": date,
        "body": body, "company": "", "contact": "", "to": [CAND], "cc": [], "reply_to": None,
        "struct": "plain", "charset": "utf-8", "cte": "quoted-printable", "hdr_charset": "utf-8",
        "refs": [], "headers": {}, "skin": None, "text": None, "html": None, "attachments": [],
        "ics": None, "ics_style": "outlook", "msgid": None, "tz": "Europe/Zurich", "mua": None,
        "link_style": "colon", "html_cte": None,
    }
    unknown = set(kw) - set(spec)
    assert not unknown, (key, unknown)
    spec.update(kw)
    assert spec["struct"] in STRUCTS, key
    skin = spec["skin"]
    if spec["struct"] in ("html", "alt") or (spec["struct"] == "mixed" and skin is not None):
        if spec["html"] is None:
            assert isinstance(skin, Skin), f"{key}: an HTML message needs a skin"
            spec["html"] = skin.render(body)
        if spec["text"] is None and spec["struct"] != "html":
            text = to_plain(body, spec["link_style"])
            if skin is not None and skin.footer and skin.style not in ("outlook", "gmail"):
                text = text.rstrip("\n") + "\n\n--\n" + to_plain("\n".join(skin.footer), spec["link_style"]) + "\n"
            spec["text"] = text
    elif spec["text"] is None:
        assert not LINK.search(body), f"{key}: link markup in a plain body"
        spec["text"] = body
    return spec


# -- the HTML of senders that write more than once (one ATS account = one look) ---------------

ALPINEX_WORKDAY = Skin(
    brand="Alpinex", color="#00594f", logo_alt="Alpinex – Science for life",
    logo_src="https://alpinex.wd3.myworkdayjobs.com/Alpinex_Careers/assets/logo",
    footer=["Alpinex International Sàrl · Route de Meyrin 212 · 1217 Meyrin · Suisse",
            "Ce message a été envoyé automatiquement par notre système de gestion des candidatures. "
            "Merci de ne pas y répondre.",
            "[Déclaration de confidentialité candidats](https://www.alpinex.example.com/fr/privacy/candidates)"])

HELVEPHARM_SR = Skin(
    brand="Helvepharm", color="#c8102e", logo_alt="Helvepharm",
    logo_src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/helvepharm.png",
    tracker="https://click.smartrecruiters.com/ls/click?upn=",
    pixel="https://click.smartrecruiters.com/wf/open?upn=3kQ9xHelvepharm00Lp",
    footer=["Helvepharm SA | Chemin du Closel 5 | 1020 Renens VD",
            "Cet e-mail vous a été envoyé par Helvepharm via SmartRecruiters.",
            "[Politique de confidentialité](https://www.helvepharm.example.ch/confidentialite) | "
            "[Gérer mes préférences](https://my.smartrecruiters.com/settings)"])

RHEINWERK_WORKDAY = Skin(
    brand="Rheinwerk Pharma", color="#004b87", logo_alt="Rheinwerk Pharma", lang="de",
    font="Helvetica, Arial, sans-serif",
    logo_src="https://rwp.wd103.myworkdayjobs.com/RWP_Careers/assets/logo",
    footer=["Rheinwerk Pharma AG · Klybeckstrasse 141 · 4057 Basel · Schweiz",
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.",
            "[Datenschutzerklärung für Bewerbende](https://www.rwp.example.ch/de/datenschutz-bewerbende)"])

LIFFEY_GREENHOUSE = Skin(
    brand="Liffey Biopharma", color="#0b6e4f", logo_alt="Liffey Biopharma", lang="en",
    logo_src="https://s3.amazonaws.com/grnhse-vanity-urls/liffeybio/logo.png",
    tracker="https://u1234567.ct.sendgrid.net/ls/click?upn=",
    pixel="https://u1234567.ct.sendgrid.net/wf/open?upn=LiffeyGH-7Hq2",
    footer=["Liffey Biopharma Limited · Registered in Ireland No. 612345 · "
            "40 Sir John Rogerson's Quay, Dublin 2, D02 XK51",
            "Sent via Greenhouse. [Privacy Policy](https://www.liffeybio.example.ie/privacy)"])

GSE_ICIMS = Skin(
    brand="GSE", color="#ef7d00", logo_alt="GSE Génériques", font="Verdana, Geneva, sans-serif",
    logo_src="https://careers-gse.icims.com/images/gse_logo.png",
    tracker="https://careers-gse.icims.com/track/click?t=",
    footer=["GSE SAS au capital de 4 200 000 € – RCS Lyon 512 555 118 – 4 allée des Séquoias, 69800 Saint-Priest",
            "Merci de ne pas répondre directement à ce courriel, cette adresse n'est pas consultée.",
            "[Gérer ma candidature](https://careers-gse.icims.com/jobs/login)"])

SANDFELD_SOFTGARDEN = Skin(
    brand="Sandfeld Pharma Services", color="#2e7d32", logo_alt="Sandfeld Pharma Services", lang="de",
    logo_src="https://sandfeld.softgarden.io/assets/logo.png",
    tracker="https://sandfeld.softgarden.io/r/",
    footer=["Sandfeld Pharma Services AG | Hochbergerstrasse 60 | 4057 Basel | "
            "Handelsregister Basel-Stadt CHE-105.555.321",
            "Verwaltungsratspräsident: Dr. Felix Sandfeld",
            "[Datenschutz](https://sandfeld.softgarden.io/de/privacy) · "
            "[Impressum](https://www.sandfeld-pharma.example.ch/impressum)"])

MONTJUIC_SF = Skin(
    brand="Laboratorios Montjuïc", color="#8a1538", logo_alt="Laboratorios Montjuïc", lang="es",
    font="'Segoe UI', Tahoma, sans-serif",
    logo_src="https://career5.successfactors.eu/doc/custom/labmontjuic/logo.png",
    footer=["Laboratorios Montjuïc, S.A. · Passeig de la Zona Franca 109 · 08038 Barcelona · "
            "Inscrita en el Registro Mercantil de Barcelona, tomo 31.554, folio 12, hoja B-98765",
            "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.",
            "[Política de privacidad](https://www.labmontjuic.example.es/privacidad)"])

CELLVIA_PERSONIO = Skin(
    brand="Cellvia", color="#7b2cbf", logo_alt="cellvia", lang="de", font="Inter, Arial, sans-serif",
    logo_src="https://cellvia.jobs.personio.de/logo.png",
    footer=["Cellvia AG · Wagistrasse 14 · 8952 Schlieren",
            "Diese E-Mail wurde über Personio versendet. "
            "[Datenschutzerklärung](https://cellvia.jobs.personio.de/privacy-policy)"])

GERLAND_TEAMTAILOR = Skin(
    brand="Laboratoires Gerland Santé", color="#00a19a", logo_alt="Gerland Santé",
    logo_src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo_gerland.png",
    tracker="https://link.teamtailor-mail.com/c/",
    pixel="https://link.teamtailor-mail.com/o/gerland-4f1c.gif",
    footer=["Laboratoires Gerland Santé SAS – 21 rue de Gerland – 69007 Lyon",
            "[Gérer tes données personnelles](https://gerland-sante.teamtailor.com/connect/privacy)"])

LEMAN_NOTICE = Skin(
    style="notice", brand="Hôpitaux du Léman", color="#005a9c",
    logo_alt="Hôpitaux du Léman – Ensemble pour votre santé",
    logo_src="https://emploi.hopitaux-leman.example.ch/img/hl-logo-blanc.png",
    footer=["Hôpitaux du Léman – Avenue de la Gare 23 – 1800 Vevey",
            "Ce message est généré automatiquement, merci de ne pas y répondre. "
            "Pour toute question : 021 555 70 00 (du lundi au vendredi, 8h-12h).",
            "Ce courriel et ses annexes sont confidentiels et destinés exclusivement à leur destinataire."])

BIRSFELDEN_SF = Skin(
    brand="Birsfelden Biologics", color="#1d3557", logo_alt="Birsfelden Biologics", lang="de",
    font="'Segoe UI', Arial, sans-serif",
    logo_src="https://career5.successfactors.eu/doc/custom/birsfeldenbio/logo.png",
    footer=["Birsfelden Biologics AG · Hauptstrasse 120 · 4127 Birsfelden",
            "Diese Nachricht wurde automatisch über SAP SuccessFactors versendet. "
            "Antworten an diese Adresse werden nicht bearbeitet."])

BIONETA_WORKABLE = Skin(
    brand="Bioneta Therapeutics", color="#ff5a36", logo_alt="bioneta", lang="es",
    font="Helvetica, Arial, sans-serif",
    logo_src="https://workablehr.s3.amazonaws.com/uploads/account/logo/bioneta.png",
    tracker="https://email.workablemail.com/c/",
    pixel="https://email.workablemail.com/o/bioneta-8c1d.gif",
    footer=["Bioneta Therapeutics, S.L. · Carrer de Baldiri Reixac 10 · 08028 Barcelona",
            "Enviado con Workable"])
