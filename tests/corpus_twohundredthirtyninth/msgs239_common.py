# ruff: noqa
"""Shared pieces of corpus 239: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs239_*.py modules writes its own words; the helpers here only put
those words into the shape a mail program, an ATS or a newsletter tool would give them.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Nerea Castillo-Whitmore"
CANDIDATE_ADDR = "nerea.cw@example.es"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)


def msg(kind: str, slug: str, lang: str, **kw) -> dict:
    """One hand-written message spec; the generator fills in the defaults."""
    spec = {"kind": kind, "slug": slug, "lang": lang, "company": "", "contact": ""}
    spec.update(kw)
    return spec


# ---------------------------------------------------------------- quoting helpers

def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (depth times), as a mail client does for a reply."""
    prefix = "> " * depth
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


_WROTE = {
    "en": "On {date}, {name} <{addr}> wrote:",
    "es": "El {date}, {name} <{addr}> escribió:",
    "fr": "Le {date}, {name} <{addr}> a écrit :",
    "de": "Am {date} schrieb {name} <{addr}>:",
}


def wrote(lang: str, date: str, name: str, addr: str) -> str:
    """The attribution line above a quoted reply ("On ... wrote:" and its translations)."""
    return _WROTE[lang].format(date=date, name=name, addr=addr)


def reply(new_text: str, lang: str, date: str, name: str, addr: str, old_text: str) -> str:
    """New text, attribution line, then the older message quoted with '> '."""
    return f"{new_text.rstrip()}\n\n{wrote(lang, date, name, addr)}\n{quote(old_text)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado", "Para", "Asunto"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str) -> str:
    """The 'From: / Sent: / To: / Subject:' block Outlook puts above an older message."""
    a, b, c, d = _OUTLOOK[lang]
    return (
        "________________________________\n"
        f"{a}: {frm}\n{b}: {sent}\n{c}: {to}\n{d}: {subject}\n"
    )


def outlook_reply(new_text: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old_text: str) -> str:
    """Outlook top-posting: new text, the header block and the older text unquoted."""
    return f"{new_text.rstrip()}\n\n{outlook_block(lang, frm, sent, to, subject)}\n{old_text.strip()}\n"


_FWD = {
    "en": "---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}",
    "es": "---------- Mensaje reenviado ---------\nDe: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}",
    "fr": "-------- Message transféré --------\nSujet : {subject}\nDate : {date}\nDe : {frm}\nPour : {to}",
    "de": "-------- Weitergeleitete Nachricht --------\nBetreff: {subject}\nDatum: {date}\nVon: {frm}\nAn: {to}",
}


def forwarded(new_text: str, lang: str, frm: str, date: str, subject: str, to: str,
              old_text: str) -> str:
    """A forward: the forwarder's note, the forward header, then the original unquoted."""
    head = _FWD[lang].format(frm=frm, date=date, subject=subject, to=to)
    return f"{new_text.rstrip()}\n\n{head}\n\n{old_text.strip()}\n"


def sig(*lines: str) -> str:
    """A signature block: '-- ' separator then the given lines."""
    return "\n-- \n" + "\n".join(lines) + "\n"


# ---------------------------------------------------------------- HTML shells (layout only)

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) to <p> elements, single newlines to <br>."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>" for b in blocks)


def simple_html(body_html: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n{body_html}\n'
        "</body>\n</html>\n"
    )


def ats_card(brand: str, text: str, lang: str = "en", button: tuple[str, str] | None = None,
             footer: str = "", color: str = "#1f4e79") -> str:
    """An ATS notification card: brand bar, the message paragraphs, optional button, footer."""
    btn = ""
    if button:
        btn = (f'<p style="margin:24px 0"><a href="{esc(button[1])}" style="background:{color};'
               f'color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">'
               f"{esc(button[0])}</a></p>\n")
    foot = f'<p style="font-size:11px;color:#888">{esc(footer)}</p>\n' if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff">\n'
        f'<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:18px">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">\n{paras(text)}\n{btn}'
        f"</td></tr>\n<tr><td style=\"padding:12px 24px\">\n{foot}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def outlook_html(text: str, lang: str = "es", signature: str = "", disclaimer: str = "") -> str:
    """The Word-flavoured HTML Outlook sends: MsoNormal paragraphs, <o:p>, WordSection1."""
    def mso(block: str) -> str:
        return "".join(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>\n'
                       for line in block.split("\n"))
    body = "".join(mso(b) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                   for b in text.strip().split("\n\n"))
    sig_html = ""
    if signature:
        sig_html = ('<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">'
                    + "<br>\n".join(esc(x) for x in signature.strip().split("\n"))
                    + "<o:p></o:p></span></p>\n")
    disc = ""
    if disclaimer:
        disc = ('<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">'
                + esc(disclaimer) + "<o:p></o:p></span></p>\n")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} "
        "div.WordSection1 {page:WordSection1;} --></style></head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        f"{body}{sig_html}{disc}</div>\n</body>\n</html>\n"
    )


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "es", unsubscribe: str = "") -> str:
    """A digest: title, intro, then (headline, blurb, link) items, then footer and unsubscribe."""
    rows = "".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{esc(link)}" style="font-weight:bold;color:#0b5394">{esc(head)}</a><br>'
        f'<span style="color:#555">{esc(blurb)}</span></td></tr>\n'
        for head, blurb, link in items
    )
    unsub = f'<br><a href="{esc(unsubscribe)}">unsubscribe</a>' if unsubscribe else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title></head>\n'
        '<body style="font-family:Georgia,serif;background:#fafafa">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;padding:20px">\n'
        f'<tr><td><h1 style="font-size:22px">{esc(title)}</h1>{paras(intro)}</td></tr>\n'
        f"{rows}"
        f'<tr><td style="font-size:11px;color:#999;padding-top:16px">{esc(footer)}{unsub}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for head, blurb, link in items:
        lines += [f"* {head}", f"  {blurb}", f"  {link}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"
