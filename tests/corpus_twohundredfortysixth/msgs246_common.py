"""Shared helpers for corpus 246: the candidate, quoting helpers and HTML layout shells.

Layout only: every message in the msgs246_* modules writes its own words.
"""

CAND_NAME = "Rubén Okonkwo-Larrea"
CAND_ADDR = "ruben.ol@example.es"
CAND = (CAND_NAME, CAND_ADDR)

SIG_ES = "Rubén Okonkwo-Larrea\nTel. +34 600 412 377\nVigo"
SIG_EN = "Rubén Okonkwo-Larrea\n+34 600 412 377\nVigo, Spain"


def M(kind, slug, lang, company, contact, frm, subject, date, text=None, html=None, **kw):
    """One hand-written message spec."""
    spec = dict(kind=kind, slug=slug, lang=lang, company=company, contact=contact,
                frm=frm, subject=subject, date=date, text=text, html=html)
    spec.update(kw)
    return spec


def quote(text):
    """Prefix every line with '> ' (plain-text reply quoting)."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def on_wrote(lang, when, who, text):
    """A reply header line in the given language followed by the quoted text."""
    head = {
        "en": f"On {when}, {who} wrote:",
        "es": f"El {when}, {who} escribió:",
        "fr": f"Le {when}, {who} a écrit :",
        "de": f"Am {when} schrieb {who}:",
    }[lang]
    return head + "\n" + quote(text)


def outlook_block(lang, frm, sent, to, subject, text):
    """An Outlook-style 'From: / Sent:' block above an unquoted earlier message."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
    }[lang]
    return ("-----Original Message-----\n" if lang == "en" else "________________________________\n") + (
        f"{labels[0]}: {frm}\n{labels[1]}: {sent}\n{labels[2]}: {to}\n{labels[3]}: {subject}\n\n{text.strip()}"
    )


def forwarded(lang, frm, date, subject, text):
    head = {
        "en": "---------- Forwarded message ---------",
        "es": "---------- Mensaje reenviado ---------",
        "fr": "---------- Message transféré ---------",
        "de": "---------- Weitergeleitete Nachricht ---------",
    }[lang]
    lab = {"en": ("From", "Date", "Subject"), "es": ("De", "Fecha", "Asunto"),
           "fr": ("De", "Date", "Objet"), "de": ("Von", "Datum", "Betreff")}[lang]
    return f"{head}\n{lab[0]}: {frm}\n{lab[1]}: {date}\n{lab[2]}: {subject}\n\n{text.strip()}"


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(text):
    """Plain paragraphs to HTML <p> blocks (line breaks kept)."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + esc(b).replace("\n", "<br>\n") + "</p>" for b in blocks)


def ats_card(brand, color, heading, body_html, footer):
    """A generic applicant-tracking-system card layout."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(heading)}</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;border-top:4px solid {color}">
<tr><td style="padding:20px 28px;font-size:18px;font-weight:bold;color:{color}">{esc(brand)}</td></tr>
<tr><td style="padding:0 28px 8px 28px"><h2 style="font-size:20px;color:#222">{esc(heading)}</h2></td></tr>
<tr><td style="padding:0 28px 24px 28px;font-size:14px;line-height:1.5;color:#333">
{body_html}
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#888;border-top:1px solid #eee">{esc(footer)}</td></tr>
</table></td></tr></table>
</body></html>
"""


def outlook_html(body_html):
    """An Outlook/Word-generated HTML wrapper."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style>
</head>
<body lang="ES" link="#0563C1" vlink="#954F72"><div class="WordSection1">
{body_html}
</div></body></html>
"""


def mso(text):
    """Plain paragraphs as Outlook MsoNormal paragraphs."""
    out = []
    for block in text.strip().split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def digest_html(title, intro, items, footer):
    """A newsletter / job-alert layout: items are (title, meta, url)."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><a href="{u}" '
        f'style="font-weight:bold;color:#1a4f8b">{esc(t)}</a><br><span style="color:#666">{esc(m)}</span></td></tr>'
        for t, m, u in items)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<h1 style="font-size:19px">{esc(title)}</h1>
<p>{esc(intro)}</p>
<table width="100%" cellpadding="0" cellspacing="0">
{rows}
</table>
<p style="font-size:11px;color:#999">{esc(footer)}</p>
</body></html>
"""


def digest_text(title, intro, items, footer):
    lines = [title, "", intro, ""]
    for t, m, u in items:
        lines += [f"* {t}", f"  {m}", f"  {u}", ""]
    lines.append(footer)
    return "\n".join(lines)
