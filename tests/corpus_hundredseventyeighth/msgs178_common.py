"""Shared pieces for corpus 178: the candidate, quoting helpers and HTML layout shells.

Layout only: every message in the msgs178_* modules writes its own words and passes them in.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Tobias Reinholt-Mbeki"
CAND_ADDR = "tobias.rm@example.de"
CAND = (CAND_NAME, CAND_ADDR)

# The candidate's own signature blocks (used in his sent mail and in quoted chains).
CAND_SIG_DE = "Tobias Reinholt-Mbeki\nZweiradmechaniker | Leipzig\n+49 176 5550 2187"
CAND_SIG_EN = "Tobias Reinholt-Mbeki\nBicycle mechanic, Leipzig\n+49 176 5550 2187"
CAND_SIG_FR = "Tobias Reinholt-Mbeki\nMécanicien cycles, Leipzig (Allemagne)\n+49 176 5550 2187"
CAND_SIG_ES = "Tobias Reinholt-Mbeki\nMecánico de bicicletas, Leipzig (Alemania)\n+49 176 5550 2187"


# --------------------------------------------------------------------------- quoting

def quote(text: str, prefix: str = "> ") -> str:
    """Every line of text prefixed the way mail programs quote (empty lines get a bare '>')."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out)


def on_wrote(when: str, name: str, addr: str) -> str:
    return f"On {when}, {name} <{addr}> wrote:"


def am_schrieb(when: str, name: str, addr: str) -> str:
    return f"Am {when} schrieb {name} <{addr}>:"


def le_a_ecrit(when: str, name: str, addr: str) -> str:
    return f"Le {when}, {name} <{addr}> a écrit :"


def el_escribio(when: str, name: str, addr: str) -> str:
    return f"El {when}, {name} (<{addr}>) escribió:"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, cc: str = "") -> str:
    """An Outlook-style header block heading a quoted (unprefixed) earlier message."""
    f, s, t, c, subj = _OUTLOOK_LABELS[lang]
    sep = " :" if lang == "fr" else ":"
    lines = ["_" * 32, f"{f}{sep} {frm}", f"{s}{sep} {sent}", f"{t}{sep} {to}"]
    if cc:
        lines.append(f"{c}{sep} {cc}")
    lines.append(f"{subj}{sep} {subject}")
    return "\n".join(lines)


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ----------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forward_block(lang: str, frm: str, when: str, subject: str, to: str) -> str:
    head, f, d, s, t = _FWD[lang]
    sep = " :" if lang == "fr" else ":"
    return "\n".join([head, f"{f}{sep} {frm}", f"{d}{sep} {when}", f"{s}{sep} {subject}",
                      f"{t}{sep} {to}"])


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=True)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> blocks; single newlines become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def page(body: str, lang: str = "de", title: str = "") -> str:
    """A minimal HTML document around body."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
            f"<title>{esc(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def ats_card(brand: str, colour: str, heading: str, text: str, footer: str,
             button: tuple[str, str] | None = None, lang: str = "de") -> str:
    """A typical applicant-tracking notification: coloured band, card, optional button, footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px 32px">'
               f'<a href="{esc(url)}" style="background:{colour};color:#ffffff;'
               f'padding:12px 22px;border-radius:4px;text-decoration:none;'
               f'font-weight:bold">{esc(label)}</a></td></tr>\n')
    body = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">\n'
        '<tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="background:{colour};color:#ffffff;padding:18px 32px;'
        f'font-size:18px;font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px 4px 32px;font-size:20px;color:#111827">'
        f"{esc(heading)}</td></tr>\n"
        f'<tr><td style="padding:8px 32px;font-size:14px;line-height:1.55;color:#374151">\n'
        f"{paras(text)}\n</td></tr>\n"
        f"{btn}"
        f'<tr><td style="padding:16px 32px;font-size:11px;color:#9ca3af;'
        f'border-top:1px solid #e5e7eb">{paras(footer)}</td></tr>\n'
        "</table>\n</td></tr>\n</table>"
    )
    return page(body, lang, heading)


def outlook_html(text: str, lang: str = "de", quoted: str = "") -> str:
    """Outlook/Word HTML: MsoNormal paragraphs, and an optional quoted earlier mail under a rule."""
    new = "\n".join(
        '<p class="MsoNormal">' + "<br>\n".join(esc(line) for line in block.split("\n"))
        + "<o:p></o:p></p>"
        for block in text.strip("\n").split("\n\n"))
    old = ""
    if quoted:
        old = ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
               'padding:3.0pt 0cm 0cm 0cm">\n'
               + "\n".join('<p class="MsoNormal">'
                           + "<br>\n".join(esc(line) for line in block.split("\n"))
                           + "<o:p></o:p></p>"
                           for block in quoted.strip("\n").split("\n\n"))
               + "\n</div>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{new}{old}\n</div>\n</body>\n</html>\n'
    )


def gmail_html(text: str, attribution: str = "", quoted: str = "", lang: str = "de") -> str:
    """A Gmail-like reply: new text in a div, earlier mail in a gmail_quote blockquote."""
    new = "\n".join("<div>" + "<br>".join(esc(line) for line in block.split("\n"))
                    + "</div><div><br></div>"
                    for block in text.strip("\n").split("\n\n"))
    old = ""
    if attribution:
        old = ('\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
               f"{esc(attribution)}<br></div>\n"
               '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
               'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
               f"{paras(quoted)}\n</blockquote></div>")
    return f'<div dir="ltr">\n{new}\n</div>{old}\n'


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], outro: str,
                    unsubscribe: str, lang: str = "de", colour: str = "#0f766e") -> str:
    """A digest: heading, intro, a list of (title, meta line, link) items, outro, footer link."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 24px;border-bottom:1px solid #eeeeee">'
        f'<a href="{esc(url)}" style="color:{colour};font-weight:bold;font-size:15px;'
        f'text-decoration:none">{esc(t)}</a><br>'
        f'<span style="color:#555555;font-size:13px">{esc(meta)}</span></td></tr>'
        for t, meta, url in items)
    unsub_label = {"de": "Abmelden", "en": "Unsubscribe", "fr": "Se désabonner",
                   "es": "Darse de baja"}[lang]
    body = (
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Verdana,'
        'Arial,sans-serif;background:#fafafa">\n<tr><td align="center">\n'
        '<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
        f'<tr><td style="padding:20px 24px;background:{colour};color:#ffffff;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 24px;font-size:14px">{paras(intro)}</td></tr>\n'
        f"{rows}\n"
        f'<tr><td style="padding:16px 24px;font-size:14px">{paras(outro)}</td></tr>\n'
        f'<tr><td style="padding:12px 24px;font-size:11px;color:#888888">'
        f'<a href="{esc(unsubscribe)}" style="color:#888888">{unsub_label}</a></td></tr>\n'
        "</table>\n</td></tr>\n</table>"
    )
    return page(body, lang, title)


def simple_html(text: str, lang: str = "de", font: str = "Arial") -> str:
    """A plain HTML mail: paragraphs in a font-styled div."""
    return page(f'<div style="font-family:{font},sans-serif;font-size:14px">\n{paras(text)}\n'
                "</div>", lang)
