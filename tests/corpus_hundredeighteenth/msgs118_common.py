"""Shared bits for the hundredeighteenth corpus: the candidate and a few HTML skins.

The skins only wrap text written by hand for each message in the markup that applicant-tracking
systems, mail clients and newsletter tools produce (layout tables, inline styles, a logo with alt
text, click-tracker links, a tracking pixel, a legal footer). Wording is never generated here.
"""

from __future__ import annotations

import hashlib
import html
import re

CAND_NAME = "Freya MacAllister-Osei"
CAND = "freya.mo@example.ie"
ME = (CAND_NAME, CAND)

_URL = re.compile(r"https?://[^\s<>\"')]+")


def tok(seed: str, n: int = 22) -> str:
    """A stable pseudo-random token for tracker links (derived from the seed, not random)."""
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def split_paras(text: str) -> list[str]:
    return [p.strip("\n") for p in re.split(r"\n\s*\n", text.strip("\n")) if p.strip()]


def _inline(par: str, track: str | None, seed: str) -> str:
    out, last = [], 0
    for i, m in enumerate(_URL.finditer(par)):
        out.append(html.escape(par[last:m.start()]))
        url = m.group(0)
        href = url
        if track:
            href = f"https://{track}/ls/click?upn={tok(seed + url + str(i), 32)}"
        out.append(f'<a href="{html.escape(href)}" style="color:inherit;">{html.escape(url)}</a>')
        last = m.end()
    out.append(html.escape(par[last:]))
    return "".join(out).replace("\n", "<br>\n")


def ats(text: str, *, brand: str, logo: str, track: str, accent: str = "#1f4e79",
        button: tuple[str, str] | None = None, footer: str = "", unsub: str | None = None,
        pixel: bool = True, font: str = "Helvetica,Arial,sans-serif",
        preheader: str | None = None, lang: str = "en") -> str:
    """An applicant-tracking-system mail: centred layout table, logo, button, footer, pixel."""
    seed = brand + text[:60]
    slug = re.sub(r"[^a-z0-9]+", "-", brand.lower()).strip("-")
    rows = [f'<p style="margin:0 0 14px 0;font-size:15px;line-height:22px;color:#333333;">'
            f'{_inline(p, track, seed)}</p>' for p in split_paras(text)]
    if button:
        label, target = button
        href = f"https://{track}/ls/click?upn={tok(seed + target, 40)}"
        rows.append(
            '<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
            'style="margin:8px 0 18px 0;"><tr>\n'
            f'<td style="background-color:{accent};border-radius:4px;padding:12px 24px;">'
            f'<a href="{html.escape(href)}" style="color:#ffffff;text-decoration:none;'
            f'font-weight:bold;font-size:15px;">{html.escape(label)}</a></td>\n</tr></table>')
    foot = ""
    if footer or unsub:
        bits = [html.escape(footer).replace("\n", "<br>\n")] if footer else []
        if unsub:
            word = {"de": "Abmelden", "fr": "Se désabonner", "es": "Darse de baja"}.get(lang, "Unsubscribe")
            bits.append(f'<a href="{html.escape(unsub)}" style="color:#8a8a8a;">{word}</a>')
        foot = ('<tr><td style="padding:18px 32px;font-size:11px;line-height:16px;color:#8a8a8a;'
                'border-top:1px solid #e5e5e5;">' + "<br>\n".join(bits) + "</td></tr>\n")
    pre = ""
    if preheader:
        pre = ('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">'
               f"{html.escape(preheader)}</div>\n")
    px = ""
    if pixel:
        px = (f'<img src="https://{track}/wf/open?upn={tok(seed + "open", 48)}" width="1" '
              'height="1" alt="" border="0" style="height:1px !important;width:1px !important;'
              'border-width:0 !important;margin:0 !important;padding:0 !important;">\n')
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(brand)}</title></head>\n"
        f'<body style="margin:0;padding:0;background-color:#f4f5f7;font-family:{font};">\n{pre}'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        'style="background-color:#f4f5f7;"><tr><td align="center" style="padding:24px 8px;">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" '
        'style="background-color:#ffffff;border:1px solid #e5e5e5;">\n'
        f'<tr><td style="padding:22px 32px;border-bottom:3px solid {accent};">'
        f'<img src="https://{track}/assets/{slug}/logo.png" alt="{html.escape(logo)}" width="170" '
        'style="display:block;border:0;outline:none;"></td></tr>\n'
        '<tr><td style="padding:26px 32px 10px 32px;">\n' + "\n".join(rows) + "\n</td></tr>\n"
        + foot + "</table>\n</td></tr></table>\n" + px + "</body></html>\n")


def outlook(text: str, *, lang: str = "EN-GB", font: str = "Calibri",
            track: str | None = None) -> str:
    """Word-generated HTML as Outlook sends it (MsoNormal paragraphs)."""
    seed = text[:80]
    paras = []
    for p in split_paras(text):
        paras.append(f'<p class="MsoNormal"><span style="font-family:&quot;{font}&quot;,sans-serif;">'
                     f"{_inline(p, track, seed)}<o:p></o:p></span></p>\n"
                     '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
        f'font-family:"{font}",sans-serif;}}\n--></style></head>\n'
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body></html>\n")


def gmail(text: str) -> str:
    """Gmail-style HTML: a dir=ltr div, quoted lines in a gmail_quote blockquote."""
    lines = text.strip("\n").split("\n")
    head, quote = [], []
    for i, line in enumerate(lines):
        opens_quote = bool(line.strip()) and i + 1 < len(lines) and lines[i + 1].startswith(">")
        if quote or line.startswith(">") or opens_quote:
            quote.append(line)
        else:
            head.append(line)
    body = "<br>\n".join(html.escape(x) if x.strip() else "" for x in head)
    out = f'<div dir="ltr">{body}</div>\n'
    if quote:
        attribution = html.escape(quote[0])
        inner = "<br>\n".join(html.escape(x.lstrip("> ").rstrip()) for x in quote[1:])
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f"{attribution}<br></div>\n"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                f"{inner}\n</blockquote></div>\n")
    return out


def digest(items: list[tuple[str, str, str]], *, brand: str, logo: str, track: str,
           intro: str, footer: str, unsub: str, accent: str = "#0b6e4f", lang: str = "en",
           outro: str = "") -> str:
    """A newsletter or job-alert digest: logo, intro, cards of links, footer with unsubscribe."""
    seed = brand + intro[:40]
    cards = []
    for i, (title, blurb, url) in enumerate(items):
        href = f"https://{track}/c/{tok(seed + url + str(i), 36)}"
        cards.append(
            '<tr><td style="padding:12px 0;border-bottom:1px solid #eeeeee;">'
            f'<a href="{html.escape(href)}" style="font-size:17px;font-weight:bold;color:{accent};'
            f'text-decoration:none;">{html.escape(title)}</a>'
            f'<div style="font-size:14px;line-height:20px;color:#555555;margin-top:4px;">'
            f"{html.escape(blurb)}</div></td></tr>")
    text_intro = "".join(f'<p style="margin:0 0 12px 0;font-size:15px;line-height:22px;">'
                         f"{_inline(p, track, seed)}</p>" for p in split_paras(intro))
    text_outro = "".join(f'<p style="margin:12px 0 0 0;font-size:14px;line-height:20px;">'
                         f"{_inline(p, track, seed)}</p>" for p in split_paras(outro))
    word = {"de": "Newsletter abbestellen", "fr": "Se désinscrire", "es": "Cancelar suscripción"}.get(
        lang, "Unsubscribe")
    prefs = {"de": "Einstellungen", "fr": "Préférences", "es": "Preferencias"}.get(lang, "Manage preferences")
    slug = re.sub(r"[^a-z0-9]+", "-", brand.lower()).strip("-")
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(brand)}'
        '</title></head>\n<body style="margin:0;background:#eef1f3;font-family:Georgia,serif;color:#222;">\n'
        '<center><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" '
        'style="background:#ffffff;margin:20px auto;">\n'
        f'<tr><td style="background:{accent};padding:16px 28px;"><img src="https://{track}/img/{slug}.png" '
        f'alt="{html.escape(logo)}" height="36" style="display:block;border:0;"></td></tr>\n'
        f'<tr><td style="padding:22px 28px 4px 28px;">{text_intro}</td></tr>\n'
        '<tr><td style="padding:0 28px;"><table role="presentation" width="100%" cellpadding="0" '
        'cellspacing="0" border="0">\n' + "\n".join(cards) + "\n</table></td></tr>\n"
        f'<tr><td style="padding:8px 28px 18px 28px;">{text_outro}</td></tr>\n'
        '<tr><td style="padding:18px 28px;background:#f7f7f7;font-size:11px;line-height:16px;color:#888;">'
        + html.escape(footer).replace("\n", "<br>\n")
        + f'<br>\n<a href="{html.escape(unsub)}" style="color:#888;">{word}</a> · '
        f'<a href="https://{track}/prefs/{tok(seed, 16)}" style="color:#888;">{prefs}</a></td></tr>\n'
        "</table></center>\n"
        f'<img src="https://{track}/o/{tok(seed + "px", 40)}.gif" width="1" height="1" alt="">\n'
        "</body></html>\n")


def simple(text: str, *, font: str = "Arial, sans-serif", size: str = "10pt") -> str:
    """A plain HTML mail from a webmail or CRM: one div, paragraphs, no layout table."""
    paras = "\n".join(f"<p>{_inline(p, None, '')}</p>" for p in split_paras(text))
    return (f'<html><body><div style="font-family:{font};font-size:{size};color:#1b1b1b;">\n'
            f"{paras}\n</div></body></html>\n")


def M(**fields: object) -> dict:
    """One message spec (a plain dict), written by hand in the data modules."""
    return fields
