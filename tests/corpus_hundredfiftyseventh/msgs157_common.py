"""Shared pieces for corpus 157: the candidate, quoting helpers and HTML shells (layout only).

Every message module writes its own words; these helpers only arrange them.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Miriam Pölzl-Adeyemi"
CAND_ADDR = "miriam.pa@example.at"
CAND = (CAND_NAME, CAND_ADDR)

SIG_DE = "Miriam Pölzl-Adeyemi\nKeplerstraße 41/7, 8020 Graz\n+43 664 201 77 35"
SIG_EN = "Miriam Pölzl-Adeyemi\nGraz, Austria\n+43 664 201 77 35"


def quote(body: str, header: str) -> str:
    """A reply quote: the attribution line, then every line prefixed with '> '."""
    lines = [("> " + ln) if ln else ">" for ln in body.strip("\n").split("\n")]
    return header + "\n" + "\n".join(lines)


def outlook(frm: str, sent: str, to: str, subject: str, body: str, lang: str = "en") -> str:
    """An Outlook-style quoted block (From/Sent/To/Subject), not prefixed."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    head = "\n".join(f"{k}: {v}" for k, v in zip(labels, (frm, sent, to, subject), strict=True))
    return "_" * 32 + "\n" + head + "\n\n" + body.strip("\n")


def forwarded(frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style inline forward block."""
    return (
        "---------- Forwarded message ---------\n"
        f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n" + body.strip("\n")
    )


def paras(text: str) -> str:
    """Plain text to HTML paragraphs (escaped, line breaks kept)."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join(
        "<p>" + "<br>\n".join(_html.escape(ln) for ln in b.split("\n")) + "</p>" for b in blocks
    )


def ats_card(brand: str, color: str, inner: str, footer: str) -> str:
    """An applicant-tracking-system card: coloured header bar, white card, small footer."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{_html.escape(brand)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td style="background:{color};color:#ffffff;padding:18px 24px;font-size:20px">
<strong>{_html.escape(brand)}</strong></td></tr>
<tr><td style="padding:24px"><table role="presentation" width="600" align="center"
 style="background:#ffffff;border-radius:6px;padding:24px;font-size:14px;color:#222">
<tr><td>
{inner}
</td></tr></table></td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px 24px;text-align:center">
{footer}</td></tr>
</table></body></html>
"""


def outlook_html(inner: str) -> str:
    """An Outlook Word-HTML wrapper (MsoNormal paragraphs, WordSection1)."""
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
div.WordSection1 {{page:WordSection1;}} --></style></head>
<body lang="DE-AT" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
{inner.replace("<p>", '<p class="MsoNormal">')}
</div></body></html>
"""


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """A digest: title, intro, a list of (headline, teaser, url) entries, footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{_html.escape(u)}" style="font-weight:bold;color:#0b5394">{_html.escape(h)}</a>'
        f"<br><span>{_html.escape(t)}</span></td></tr>"
        for h, t, u in items
    )
    return f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1 style="font-size:22px">{_html.escape(title)}</h1>
<p>{_html.escape(intro)}</p>
<table width="100%">{rows}</table>
<p style="font-size:11px;color:#777">{footer}</p>
</body></html>
"""


def newsletter_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter()."""
    body = "\n\n".join(f"* {h}\n  {t}\n  {u}" for h, t, u in items)
    return f"{title}\n{'=' * len(title)}\n\n{intro}\n\n{body}\n\n--\n{footer}"
