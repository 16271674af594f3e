"""Shared helpers for corpus 222: the candidate, quoting helpers and HTML layout shells.

Layout only: every message in the msgs222_*.py modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Ailbhe Moreau-Okonkwo"
CANDIDATE_ADDR = "ailbhe.mo@example.ie"
CAND = (CANDIDATE_NAME, CANDIDATE_ADDR)

# ---------------------------------------------------------------------------
# spec constructor
# ---------------------------------------------------------------------------


def m(kind: str, slug: str, lang: str, company: str, contact: str, **spec: object) -> dict:
    """One message spec. Required keys besides the label: frm, subject, date, and text or html.

    Optional: to, cc, reply_to, key, parent, refs, headers, charset, cte, html_charset,
    html_cte, subj_enc, name_enc, pdf (list of dicts), ics (dict), ics_mode, mixed_html.
    """
    spec.update(kind=kind, slug=slug, lang=lang, company=company, contact=contact)
    spec.setdefault("to", [CAND])
    return spec


# ---------------------------------------------------------------------------
# quoting helpers (plain text)
# ---------------------------------------------------------------------------


def quote(text: str, prefix: str = "> ") -> str:
    lines = text.strip("\n").split("\n")
    out = []
    for line in lines:
        if not line:
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(prefix.rstrip() + line)  # nested quotes stack as ">>"
        else:
            out.append(prefix + line)
    return "\n".join(out)


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, who: tuple[str, str], quoted: str) -> str:
    """New text, then an attribution line and the older message quoted with '> '."""
    return (new.rstrip("\n") + "\n\n" + attribution(lang, when, who[0], who[1]) + "\n"
            + quote(quoted) + "\n")


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, who: tuple[str, str], sent: str, to: tuple[str, str],
                  subject: str, body: str) -> str:
    """An Outlook-style quoted message: a rule, a From/Sent/To/Subject block, the body as is."""
    f, s, t, j = _OUTLOOK_LABELS[lang]
    return ("\n________________________________\n"
            f"{f}: {who[0]} <{who[1]}>\n{s}: {sent}\n{t}: {to[0]} <{to[1]}>\n{j}: {subject}\n\n"
            + body.strip("\n") + "\n")


def outlook_reply(new: str, lang: str, who: tuple[str, str], sent: str,
                  to: tuple[str, str], subject: str, body: str) -> str:
    return new.rstrip("\n") + "\n" + outlook_block(lang, who, sent, to, subject, body)


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forward(new: str, lang: str, who: tuple[str, str], when: str, subject: str,
            to: tuple[str, str], body: str) -> str:
    rule, f, d, s, t = _FWD[lang]
    return (new.rstrip("\n") + "\n\n" + rule + "\n"
            f"{f}: {who[0]} <{who[1]}>\n{d}: {when}\n{s}: {subject}\n{t}: {to[0]} <{to[1]}>\n\n"
            + body.strip("\n") + "\n")


# ---------------------------------------------------------------------------
# HTML layout shells
# ---------------------------------------------------------------------------


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain text to HTML paragraphs (blank line = new paragraph, newline = <br>)."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = [esc(line) for line in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def html_quote(inner_html: str, attribution_line: str) -> str:
    return (f'<div class="quote-attr">{esc(attribution_line)}</div>\n'
            '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
            f"{inner_html}\n</blockquote>")


def simple_html(inner: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{inner}\n</body>\n</html>\n')


def ats_card(brand: str, inner: str, accent: str = "#1f4e79", footer: str = "",
             lang: str = "en", button: tuple[str, str] | None = None) -> str:
    """A hosted-ATS style card: coloured top bar with the brand, a white card, a grey footer."""
    btn = ""
    if button:
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
               f'<td style="background:{accent};border-radius:4px;padding:10px 18px">'
               f'<a href="{button[1]}" style="color:#ffffff;text-decoration:none">'
               f"{esc(button[0])}</a></td></tr></table>\n")
    foot = f'<p style="color:#777;font-size:11px">{esc(footer)}</p>' if footer else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f"<title>{esc(brand)}</title></head>\n"
            '<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
            f'<tr><td style="background:{accent};padding:14px 24px;color:#fff;font-size:18px">'
            f"<strong>{esc(brand)}</strong></td></tr>\n"
            '<tr><td style="padding:24px"><table role="presentation" width="600" '
            'style="background:#fff;border-radius:6px;padding:24px"><tr><td '
            'style="font-size:14px;line-height:1.5;color:#222">\n'
            f"{inner}\n{btn}</td></tr></table></td></tr>\n"
            f'<tr><td style="padding:0 24px 24px">{foot}</td></tr>\n'
            "</table>\n</body>\n</html>\n")


def outlook_html(inner: str, lang: str = "EN-IE") -> str:
    """An Outlook / Word generated HTML wrapper (MsoNormal paragraphs, WordSection1)."""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
            "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n"
            "--></style></head>\n"
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n'
            f"{inner}\n"
            "</div>\n</body>\n</html>\n")


def mso(text: str) -> str:
    """Plain text to Word-style MsoNormal paragraphs (one per line, blank = &nbsp;)."""
    out = []
    for line in text.strip("\n").split("\n"):
        body = esc(line) if line.strip() else "&nbsp;"
        out.append(f'<p class="MsoNormal">{body}<o:p></o:p></p>')
    return "\n".join(out)


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "en", accent: str = "#0a6e5c") -> str:
    """A digest: a title, an intro paragraph, items (heading, url, blurb), a footer."""
    rows = []
    for heading, url, blurb in items:
        rows.append('<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5">'
                    f'<a href="{url}" style="color:{accent};font-weight:bold;font-size:15px">'
                    f"{esc(heading)}</a><br>\n<span style=\"color:#444\">{esc(blurb)}</span>"
                    "</td></tr>")
    body = "\n".join(rows)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f"<title>{esc(title)}</title></head>\n"
            '<body style="margin:0;background:#fafafa;font-family:Georgia,serif">\n'
            '<table role="presentation" width="640" align="center" cellpadding="0" '
            'cellspacing="0" style="background:#fff">\n'
            f'<tr><td style="background:{accent};color:#fff;padding:18px;font-size:20px">'
            f"{esc(title)}</td></tr>\n"
            f'<tr><td style="padding:16px">{paras(intro)}</td></tr>\n'
            f'<tr><td style="padding:0 16px"><table width="100%">\n{body}\n</table></td></tr>\n'
            f'<tr><td style="padding:16px;color:#888;font-size:11px">{paras(footer)}</td></tr>\n'
            "</table>\n</body>\n</html>\n")


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for heading, url, blurb in items:
        lines += [f"* {heading}", f"  {blurb}", f"  {url}", ""]
    lines += ["--", footer.strip()]
    return "\n".join(lines) + "\n"


def list_headers(list_id: str, unsub_url: str, unsub_mail: str | None = None,
                 one_click: bool = True) -> list[tuple[str, str]]:
    value = f"<{unsub_url}>"
    if unsub_mail:
        value = f"<mailto:{unsub_mail}>, " + value
    hdrs = [("List-Id", list_id), ("List-Unsubscribe", value)]
    if one_click:
        hdrs.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    hdrs.append(("Precedence", "bulk"))
    return hdrs


AUTO = [("Auto-Submitted", "auto-generated")]
AUTO_REPLIED = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]


# ---------------------------------------------------------------------------
# people who write more than once (threads cross the data modules)
# ---------------------------------------------------------------------------

ORLA = ("Orla Brennan", "orla.brennan@aerlinn.example.ie")
CONOR = ("Conor Whelan", "conor.whelan@aerlinn.example.ie")
DEIRDRE = ("Deirdre Kilbane", "deirdre.kilbane@corribretail.example.ie")
RUAIRI = ("Ruairí Daly", "ruairi.daly@lackenbio.example.ie")
THOMOND_HR = ("Thomond County Council – HR Recruitment", "recruitment@thomondcoco.example.ie")
PRIYA = ("Priya Chauhan", "priya.chauhan@northmill.example.co.uk")
CAMILLE = ("Camille Berthelot", "camille.berthelot@fourviere-labs.example.fr")
JANA = ("Jana Hoffmeister", "jana.hoffmeister@rheinkauf.example.de")
MARTA = ("Marta Vidal Peris", "marta.vidal@albufera.example.es")
FIACHRA = ("Fiachra Moloney", "fiachra.moloney@harbourside.example.ie")
YANNICK = ("Yannick Roussel", "yannick.roussel@confluence-rh.example.fr")
DIRK = ("Dirk Albers", "dirk.albers@rheinpersonal.example.de")
SEBASTIAN = ("Sebastian Krämer", "sebastian.kraemer@koepharma.example.de")
GARETH = ("Gareth Lowe", "gareth.lowe@pennineair.example.co.uk")
JORGE = ("Jorge Lanza Ortiz", "jorge.lanza@cierzo.example.es")
NIAMH = ("Niamh Cusack", "niamh.cusack@shannonbridge.example.ie")
DONAL = ("Dónal Ó Loingsigh", "donal@burrenoutdoor.example.ie")
AOIFE = ("Aoife Cronin", "aoife.cronin@patrickstreet.example.ie")
GEAROID = ("Gearóid Hanrahan", "gearoid.hanrahan@thomondtalent.example.ie")
LUCIA = ("Lucía Ferrer", "lucia.ferrer@talentolevante.example.es")
CLODAGH = ("Clodagh Furlong", "clodagh.furlong@claddaghmed.example.ie")
SOLENE = ("Solène Marchetti", "solene.marchetti@bellecour.example.fr")
