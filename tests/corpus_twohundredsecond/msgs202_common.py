"""Shared pieces for corpus 202: the candidate, quoting helpers and HTML shells.

Layout only. Every message in the msgs202_*.py modules writes its own words; the helpers here
indent, wrap or frame text that the message hands them.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Declan Ferreira-Nowak"
CANDIDATE_ADDR = "declan.fn@example.co.uk"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)
CAND = CANDIDATE


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text the way a mail program quotes it ("> ", ">> " on blank)."""
    out = []
    for line in text.strip("\n").splitlines():
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out)


def wrote(lang: str, when: str, who: str) -> str:
    """The attribution line a mail program writes above quoted text, per language."""
    if lang == "de":
        return f"Am {when} schrieb {who}:"
    if lang == "fr":
        return f"Le {when}, {who} a écrit :"
    if lang == "es":
        return f"El {when}, {who} escribió:"
    return f"On {when}, {who} wrote:"


def reply(new: str, lang: str, when: str, who: str, old: str) -> str:
    """New text above an attribution line and the quoted older text."""
    return f"{new.rstrip()}\n\n{wrote(lang, when, who)}\n{quote(old)}\n"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook(new: str, lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """New text above an Outlook-style header block (no '>' quoting) and the older text."""
    f, s, t, j = _OUTLOOK_LABELS[lang]
    return (f"{new.rstrip()}\n\n________________________________\n"
            f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n\n{old.strip()}\n")


_FORWARD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """New text above a forwarded-message block."""
    head, f, d, s, t = _FORWARD[lang]
    return (f"{new.rstrip()}\n\n{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n"
            f"{old.strip()}\n")


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements, single line breaks as <br>."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.splitlines()) + "</p>"
                     for b in blocks)


def html_quote(text: str) -> str:
    """Quoted older text as a blockquote, the way webmail shows it."""
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
            + paras(text) + "\n</blockquote>")


def ats_card(brand: str, accent: str, inner: str, footer: str = "") -> str:
    """An applicant-tracking-system style card: brand band, white panel, small footer."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(brand)}</title></head>
<body style="margin:0;background:#f2f3f5;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:{accent};color:#ffffff;padding:18px 24px;font-size:20px">
<strong>{esc(brand)}</strong></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222222">
{inner}
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777777;border-top:1px solid #e5e5e5">
{footer}
</td></tr>
</table></td></tr></table>
</body></html>
"""


def outlook_html(inner: str) -> str:
    """The Word-generated HTML an Outlook client sends."""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;}}
.MsoChpDefault {{mso-style-type:export-only;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{inner}
</div>
</body></html>
"""


def mso(text: str) -> str:
    """Paragraphs as Outlook's MsoNormal paragraphs with empty spacer paragraphs."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        out.append('<p class="MsoNormal">' + "<br>\n".join(esc(x) for x in b.splitlines())
                   + "<o:p></o:p></p>")
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def digest_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                accent: str = "#0b5394") -> str:
    """A newsletter / job-alert layout: heading, intro, linked items, unsubscribe footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eeeeee">'
        f'<a href="{url}" style="color:{accent};font-weight:bold;text-decoration:none">'
        f"{esc(head)}</a><br><span style=\"color:#444444\">{esc(blurb)}</span></td></tr>"
        for head, url, blurb in items)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0">
<tr><td style="background:{accent};color:#ffffff;padding:14px;font-size:18px">{esc(title)}</td></tr>
<tr><td style="padding:14px 0">{paras(intro)}</td></tr>
{rows}
<tr><td style="padding:18px 0;font-size:11px;color:#888888">{footer}</td></tr>
</table></td></tr></table>
</body></html>
"""


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of digest_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        lines += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"


def list_headers(list_id: str, unsub_url: str, unsub_mail: str) -> dict[str, str]:
    """Mailing-list headers a newsletter or job-alert sender adds."""
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsub_url}>, <mailto:{unsub_mail}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }
