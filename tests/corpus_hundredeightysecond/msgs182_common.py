"""Shared pieces of corpus 182: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs182_* modules writes its own words; the helpers here only quote,
wrap or lay out text that a message hands them.
"""

from __future__ import annotations

import html as _html
import re

CANDIDATE_NAME = "Camila Fitzgerald-Huamán"
CANDIDATE_ADDR = "camila.fh@example.com.co"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# The candidate's own signatures, one per language she writes in.
SIG_ES = "Camila Fitzgerald-Huamán\nMedellín, Colombia\n+57 300 555 0142"
SIG_EN = "Camila Fitzgerald-Huamán\nMedellín, Colombia | +57 300 555 0142"
SIG_FR = "Camila Fitzgerald-Huamán\nMedellín (Colombie) - +57 300 555 0142"
SIG_DE = "Camila Fitzgerald-Huamán\nMedellín, Kolumbien\n+57 300 555 0142"


def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (an empty line becomes '>'), `depth` times."""
    out = text.strip("\n")
    for _ in range(depth):
        lines = []
        for line in out.split("\n"):
            if not line:
                lines.append(">")
            elif line.startswith(">"):
                lines.append(">" + line)
            else:
                lines.append("> " + line)
        out = "\n".join(lines)
    return out


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program puts above a quoted message."""
    if lang == "es":
        return f"El {when}, {name} <{addr}> escribió:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    return f"On {when} {name} <{addr}> wrote:"


def reply(lang: str, when: str, name: str, addr: str, quoted: str) -> str:
    """Attribution line plus the quoted text (Gmail/Thunderbird style)."""
    return wrote(lang, when, name, addr) + "\n" + quote(quoted)


_OUTLOOK_LABELS = {
    "es": ("De", "Enviado el", "Para", "Asunto", "CC"),
    "en": ("From", "Sent", "To", "Subject", "Cc"),
    "fr": ("De", "Envoyé", "À", "Objet", "Cc"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Cc"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str,
                  cc: str = "") -> str:
    """An Outlook 'From: / Sent:' block followed by the earlier message, unquoted."""
    f, s, t, subj, c = _OUTLOOK_LABELS[lang]
    sep = " :" if lang == "fr" else ":"
    lines = ["________________________________", f"{f}{sep} {frm}", f"{s}{sep} {sent}",
             f"{t}{sep} {to}"]
    if cc:
        lines.append(f"{c}{sep} {cc}")
    lines.append(f"{subj}{sep} {subject}")
    return "\n".join(lines) + "\n\n" + body.strip("\n")


_FWD = {
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
}


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style forwarded block."""
    head, f, d, s, t = _FWD[lang]
    sep = " :" if lang == "fr" else ":"
    return (f"{head}\n{f}{sep} {frm}\n{d}{sep} {date}\n{s}{sep} {subject}\n{t}{sep} {to}\n\n"
            + body.strip("\n"))


# ---------------------------------------------------------------- HTML shells (layout only)

def paras(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements; single newlines become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(b.split("\n")) + "</p>" for b in blocks)


def ats_card(brand: str, accent: str, body_html: str, footer_html: str = "",
             charset: str = "utf-8", button: tuple[str, str] | None = None) -> str:
    """A typical applicant-tracking-system card: brand bar, white panel, grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:0 32px 24px"><a href="{url}" style="display:inline-block;'
               f'background:{accent};color:#ffffff;padding:12px 22px;border-radius:4px;'
               f'text-decoration:none;font-weight:bold">{label}</a></td></tr>\n')
    return (
        "<!DOCTYPE html>\n"
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        "<title></title></head>\n"
        '<body style="margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        f'style="background:#ffffff;border-top:5px solid {accent}">\n'
        f'<tr><td style="padding:24px 32px 8px;font-size:20px;font-weight:bold;color:#1f2937">'
        f"{brand}</td></tr>\n"
        '<tr><td style="padding:8px 32px 16px;font-size:15px;line-height:1.55;color:#374151">\n'
        f"{body_html}\n</td></tr>\n{btn}"
        '<tr><td style="padding:16px 32px;font-size:11px;line-height:1.4;color:#6b7280;'
        f'background:#f9fafb">{footer_html}</td></tr>\n'
        "</table></td></tr></table>\n</body></html>"
    )


def outlook_html(body_html: str, charset: str = "utf-8") -> str:
    """The Word-HTML wrapper Outlook puts around a message."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Aptos\",sans-serif;}\n"
        "a:link, span.MsoHyperlink {color:#467886;text-decoration:underline;}\n"
        "span.EstiloCorreo17 {font-family:\"Aptos\",sans-serif;color:windowtext;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        '<body lang="ES-CO" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body_html}\n"
        "</div>\n</body></html>"
    )


def mso(text: str) -> str:
    """Lines of text as Outlook's MsoNormal paragraphs (an empty line is an empty paragraph)."""
    out = []
    for line in text.strip("\n").split("\n"):
        inner = _html.escape(line) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def newsletter_html(masthead: str, intro_html: str, items: list[tuple[str, str, str]],
                    footer_html: str, accent: str = "#0f766e", charset: str = "utf-8") -> str:
    """A mailing-list newsletter: masthead, intro, a list of linked items, unsubscribe footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb">'
        f'<a href="{url}" style="color:{accent};font-weight:bold;font-size:16px">{title}</a>'
        f'<div style="color:#4b5563;font-size:14px">{blurb}</div></td></tr>'
        for title, url, blurb in items
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        "</head>\n"
        '<body style="margin:0;background:#eef2f3;font-family:Georgia,serif">\n'
        '<table role="presentation" width="100%"><tr><td align="center">\n'
        '<table role="presentation" width="640" style="background:#ffffff">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:20px 28px;font-size:24px">'
        f"{masthead}</td></tr>\n"
        f'<tr><td style="padding:20px 28px;font-size:15px;color:#111827">{intro_html}</td></tr>\n'
        f'<tr><td style="padding:0 28px"><table role="presentation" width="100%">\n{rows}\n'
        "</table></td></tr>\n"
        f'<tr><td style="padding:20px 28px;font-size:11px;color:#6b7280">{footer_html}</td></tr>\n'
        "</table></td></tr></table>\n</body></html>"
    )


_BLOCK_END = re.compile(r"</(p|div|tr|h[1-6]|li|table)>|<br\s*/?>", re.I)


def html_to_text(markup: str) -> str:
    """A plain-text alternative for an HTML body, the way a mailer would derive it."""
    body = re.sub(r"(?is)<(style|head|title)\b.*?</\1>", "", markup)
    body = re.sub(r'(?is)<a\s[^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 [\1]", body)
    body = re.sub(r"(?i)<li[^>]*>", "- ", body)
    body = _BLOCK_END.sub("\n", body)
    body = re.sub(r"(?s)<[^>]+>", "", body)
    body = _html.unescape(body).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in body.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
