"""Shared pieces for corpus 220: the candidate, quoting helpers, HTML shells (layout only),
and builders for attachment specs (PDF, iCalendar).

Every message writes its own words; these helpers only arrange them.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Henrietta Oyelaran-Voss"
CAND_ADDR = "henrietta.ov@example.at"
CAND = (CAND_NAME, CAND_ADDR)

CAND_SIG_DE = """Henrietta Oyelaran-Voss
Anichstraße 14/3, 6020 Innsbruck
+43 664 218 55 07"""

CAND_SIG_EN = """Henrietta Oyelaran-Voss
Innsbruck, Austria
+43 664 218 55 07"""


# --------------------------------------------------------------------------- quoting

def quote(text: str, header: str) -> str:
    """A reply quote: the attribution line, then every line prefixed with '> '."""
    lines = [header]
    for line in text.strip("\n").split("\n"):
        lines.append(">" if not line.strip() else "> " + line)
    return "\n".join(lines)


def quote_nested(text: str) -> str:
    """Prefix already-quoted text with one more level."""
    return "\n".join(">" + line if line.startswith(">") else "> " + line
                     for line in text.strip("\n").split("\n"))


def outlook_block(frm: str, sent: str, to: str, subject: str, text: str,
                  lang: str = "en") -> str:
    """An Outlook-style quoted block (From:/Sent:/To:/Subject:), not prefixed with '>'."""
    labels = {
        "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
        "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
        "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
        "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
    }[lang]
    head, f, s, t, subj = labels
    return (f"{head}\n{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{subj}: {subject}\n\n"
            + text.strip("\n"))


def forward_block(frm: str, date: str, subject: str, to: str, text: str,
                  lang: str = "en") -> str:
    """A forwarded message block as mail programs write it."""
    labels = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    }[lang]
    head, f, d, s, t = labels
    return f"{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n" + text.strip("\n")


# --------------------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements with <br> for line breaks."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(line) for line in block.split("\n")) + "</p>")
    return "\n".join(out)


def simple_html(body_html: str, lang: str = "de") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{body_html}\n'
            "</body></html>")


def ats_card(brand: str, color: str, body_html: str, footer: str, lang: str = "de") -> str:
    """A hosted-ATS style card: brand bar, white card, grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f2f3f5">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:{color};padding:18px 32px;color:#fff;'
        f'font:bold 18px Helvetica,Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px 32px"><table role="presentation" width="600" '
        'style="background:#fff;border-radius:6px"><tr><td style="padding:28px;'
        'font:15px/1.5 Helvetica,Arial,sans-serif;color:#222">\n'
        f"{body_html}\n"
        "</td></tr></table></td></tr>\n"
        '<tr><td style="padding:12px 32px;font:11px Helvetica,Arial,sans-serif;color:#888">'
        f"{esc(footer)}</td></tr>\n"
        "</table>\n</body></html>"
    )


def outlook_html(body_html: str, lang: str = "de-AT") -> str:
    """An Outlook / Word-generated HTML wrapper (MsoNormal paragraphs, WordSection1)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>'
    )


def mso(text: str) -> str:
    """Plain paragraphs as Word's MsoNormal paragraphs, a blank one between blocks."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer_html: str, lang: str = "de", color: str = "#2b5d7a") -> str:
    """A digest: a title, an intro, a list of (headline, link, teaser) items, a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{esc(link)}" style="font-weight:bold;color:{color}">{esc(head)}</a><br>'
        f'<span style="color:#555">{esc(teaser)}</span></td></tr>'
        for head, link, teaser in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head>\n"
        '<body style="margin:0;font-family:Georgia,serif;background:#fafafa">\n'
        '<table width="640" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="background:{color};color:#fff;padding:20px;font-size:22px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:16px 20px">{paras(intro)}</td></tr>\n'
        f'<tr><td style="padding:0 20px"><table width="100%">\n{rows}\n</table></td></tr>\n'
        f'<tr><td style="padding:20px;font-size:11px;color:#777">{footer_html}</td></tr>\n'
        "</table>\n</body></html>"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    body = [title, "=" * len(title), "", intro.strip("\n"), ""]
    for head, link, teaser in items:
        body += [f"* {head}", f"  {teaser}", f"  {link}", ""]
    body.append(footer.strip("\n"))
    return "\n".join(body)


# --------------------------------------------------------------------------- attachments

def pdf(filename: str, title: str, lines: list[str]) -> dict:
    """A small one-page PDF attachment (the generator writes the file bytes)."""
    return {"type": "pdf", "filename": filename, "title": title, "lines": lines}


def ics(method: str, uid: str, start: str, end: str, summary: str, organizer: tuple[str, str],
        location: str = "", description: str = "", seq: int = 0, tz: str = "Europe/Vienna",
        status: str | None = None, inline: bool = True, filename: str = "invite.ics") -> dict:
    """An iCalendar part. start/end are local times 'YYYYMMDDTHHMMSS' in tz.

    inline=True puts it into the multipart/alternative as text/calendar; method=...,
    otherwise it is attached as a file.
    """
    return {"type": "ics", "method": method, "uid": uid, "start": start, "end": end,
            "summary": summary, "organizer": organizer, "location": location,
            "description": description, "seq": seq, "tz": tz, "status": status,
            "inline": inline, "filename": filename}


def link_list(links: list[tuple[str, str]]) -> str:
    return "\n".join(f"{label}: {url}" for label, url in links)
