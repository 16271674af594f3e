"""Shared pieces for corpus 232: the candidate, quoting helpers and HTML shells.

Layout only: every message in the data modules writes its own words.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Benedikt Nwankwo-Salas"
CANDIDATE_ADDR = "benedikt.ns@example.de"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

SIG_DE = """Benedikt Nwankwo-Salas
Zugbegleiter | angehender Teamleiter Kundenservice
Gohliser Str. 41, 04155 Leipzig
Mobil: +49 176 4402 1187"""

SIG_EN = """Benedikt Nwankwo-Salas
Train conductor, Leipzig (Germany)
+49 176 4402 1187"""

SIG_FR = """Benedikt Nwankwo-Salas
Contrôleur ferroviaire - Leipzig (Allemagne)
+49 176 4402 1187"""

SIG_ES = """Benedikt Nwankwo-Salas
Revisor ferroviario - Leipzig (Alemania)
+49 176 4402 1187"""


def quote(text: str, prefix: str = "> ") -> str:
    """Prefix every line of text, as a mail program quotes it."""
    lines = text.strip("\n").split("\n")
    return "\n".join(prefix + line if line else prefix.rstrip() for line in lines)


ATTRIBUTION = {
    "de": "Am {date} schrieb {who}:",
    "en": "On {date}, {who} wrote:",
    "fr": "Le {date}, {who} a écrit :",
    "es": "El {date}, {who} escribió:",
}


def reply(new: str, lang: str, date: str, who: str, old: str) -> str:
    """New text on top, then an attribution line and the old text quoted with "> "."""
    head = ATTRIBUTION[lang].format(date=date, who=who)
    return f"{new.rstrip()}\n\n{head}\n{quote(old)}\n"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_quote(new: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    """An Outlook-style reply: new text, a rule, a From/Sent/To/Subject block, old text."""
    f, s, t, j = OUTLOOK_LABELS[lang]
    return (f"{new.rstrip()}\n\n________________________________\n"
            f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}\n\n{old.strip()}\n")


FORWARD_HEAD = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ----------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}
FORWARD_LABELS = {
    "en": ("From", "Date", "Subject", "To"),
    "de": ("Von", "Datum", "Betreff", "An"),
    "fr": ("De", "Date", "Objet", "À"),
    "es": ("De", "Fecha", "Asunto", "Para"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """An inline forward: a note, the forward marker, the old header lines and old body."""
    f, d, s, t = FORWARD_LABELS[lang]
    return (f"{new.rstrip()}\n\n{FORWARD_HEAD[lang]}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n"
            f"{t}: {to}\n\n{old.strip()}\n")


def esc(text: str) -> str:
    return _html.escape(text, quote=True)


def paras_html(text: str) -> str:
    """Plain paragraphs to HTML: blank lines split <p>, "> " blocks become <blockquote>."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line.lstrip("> ")) for line in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def simple_html(text: str, font: str = "Arial, sans-serif") -> str:
    """A mail program's plain HTML rendering of a text."""
    return (f'<html><head><meta charset="utf-8"></head>\n<body style="font-family:{font};'
            f'font-size:14px">\n{paras_html(text)}\n</body></html>\n')


def ats_card(brand: str, accent: str, heading: str, body: str,
             button: tuple[str, str] | None = None, footer: str = "") -> str:
    """An applicant-tracking-system card: brand bar, heading, text, button, small footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<tr><td style="padding:8px 32px 24px"><a href="{esc(url)}" style="background:'
               f'{accent};color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none;'
               f'display:inline-block">{esc(label)}</a></td></tr>\n')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px '
                f'solid #eee">{paras_html(footer)}</td></tr>\n')
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html">\n'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#fff;border-radius:6px">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:18px 32px;font-size:18px;'
        f'font-weight:bold">{esc(brand)}</td></tr>\n'
        f'<tr><td style="padding:24px 32px 0"><h2 style="margin:0 0 12px;font-size:20px">'
        f"{esc(heading)}</h2></td></tr>\n"
        f'<tr><td style="padding:0 32px;font-size:14px;line-height:1.5">{paras_html(body)}'
        "</td></tr>\n"
        f"{btn}{foot}"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def outlook_html(text: str, lang: str = "de") -> str:
    """Outlook's Word-generated HTML around a plain text (one MsoNormal paragraph a line)."""
    labels = {label + ":" for label in OUTLOOK_LABELS[lang]}
    rows = []
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.startswith("____"):
            rows.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt '
                        '0cm 0cm 0cm"></div>')
        elif line.split(" ", 1)[0] in labels:
            head, rest = line.split(" ", 1)
            rows.append(f'<p class="MsoNormal"><b>{esc(head)}</b> {esc(rest)}<o:p></o:p></p>')
        else:
            rows.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
    body = "\n".join(rows)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n"
        f'</head>\n<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{body}\n</div>\n</body>\n</html>\n"
    )


def digest_html(brand: str, accent: str, intro: str,
                items: list[tuple[str, str, str, str]], outro: str, unsub: str,
                unsub_label: str, footer: str) -> str:
    """A newsletter or job-alert digest: intro, cards (title, meta, url, blurb), links."""
    cards = []
    for title, meta, url, blurb in items:
        cards.append(
            '<tr><td style="padding:12px 28px;border-bottom:1px solid #eee">'
            f'<a href="{esc(url)}" style="font-size:16px;color:{accent};font-weight:bold;'
            f'text-decoration:none">{esc(title)}</a><br>'
            f'<span style="color:#666;font-size:12px">{esc(meta)}</span>'
            f'<div style="font-size:13px;margin-top:4px">{esc(blurb)}</div></td></tr>')
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#eef1f4;font-family:Verdana,Arial,sans-serif">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0" '
        'style="background:#fff">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:16px 28px;font-size:20px">'
        f"{esc(brand)}</td></tr>\n"
        f'<tr><td style="padding:18px 28px;font-size:14px">{paras_html(intro)}</td></tr>\n'
        + "\n".join(cards) + "\n"
        f'<tr><td style="padding:18px 28px;font-size:14px">{paras_html(outro)}</td></tr>\n'
        f'<tr><td style="padding:14px 28px;font-size:11px;color:#888">{paras_html(footer)}'
        f'<br><a href="{esc(unsub)}" style="color:#888">{esc(unsub_label)}</a></td></tr>\n'
        "</table>\n</body></html>\n"
    )


def digest_text(brand: str, intro: str, items: list[tuple[str, str, str, str]], outro: str,
                unsub: str, unsub_label: str, footer: str) -> str:
    """The text/plain twin of digest_html."""
    lines = [brand, "=" * len(brand), "", intro.strip(), ""]
    for title, meta, url, blurb in items:
        lines += [f"* {title}", f"  {meta}", f"  {blurb}", f"  {url}", ""]
    lines += [outro.strip(), "", "--", footer.strip(), f"{unsub_label}: {unsub}"]
    return "\n".join(lines) + "\n"
