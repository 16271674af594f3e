"""Shared pieces of corpus 208: the candidate, quoting helpers and HTML layout shells.

Everything here is layout or plumbing; every message writes its own words in the data modules.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Jannik Mbeki-Laurent"
CAND_ADDR = "jannik.ml@example.at"
CAND = (CAND_NAME, CAND_ADDR)

SIG_PLAIN = "Jannik Mbeki-Laurent\n+43 660 318 4472\njannik.ml@example.at"


def M(**spec):
    """One message spec (a plain dict; the generator documents the keys)."""
    return spec


# ---------------------------------------------------------------- quoting

def quote(text: str, depth: int = 1) -> str:
    """Prefix every line with '> ' (depth times), as a mail program quotes."""
    prefix = ">" * depth
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(f"{prefix} {line}" if line else prefix)
    return "\n".join(out)


_ATTRIBUTION = {
    "en": "On {when}, {name} <{addr}> wrote:",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "es": "El {when}, {name} (<{addr}>) escribió:",
}


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    return _ATTRIBUTION[lang].format(when=when, name=name, addr=addr)


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text above an 'On ... wrote:' line and the quoted old text."""
    return f"{new.rstrip()}\n\n{attribution(lang, when, name, addr)}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """An Outlook-style 'From: / Sent:' header block followed by the old text, unquoted."""
    f, s, t, subj = _OUTLOOK[lang]
    sep = " :" if lang == "fr" else ":"
    head = "\n".join([
        "_" * 32,
        f"{f}{sep} {frm}",
        f"{s}{sep} {sent}",
        f"{t}{sep} {to}",
        f"{subj}{sep} {subject}",
    ])
    return f"{head}\n\n{old.strip()}\n"


def outlook_reply(new: str, lang: str, frm: str, sent: str, to: str, subject: str,
                  old: str) -> str:
    return f"{new.rstrip()}\n\n{outlook_block(lang, frm, sent, to, subject, old)}"


_FORWARD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ----------", "Von", "Datum", "Betreff", "An"),
    "fr": ("-------- Message transféré --------", "De", "Date", "Objet", "À"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forwarded(new: str, lang: str, frm: str, date: str, subject: str, to: str,
              old: str) -> str:
    line, f, d, s, t = _FORWARD[lang]
    return (f"{new.rstrip()}\n\n{line}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n"
            f"{t}: {to}\n\n{old.strip()}\n")


# ---------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str, cls: str = "") -> str:
    """Plain paragraphs (blank-line separated) as <p> elements; single newlines become <br>."""
    attr = f' class="{cls}"' if cls else ""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(f"<p{attr}>" + "<br>\n".join(esc(x) for x in b.split("\n")) + "</p>"
                     for b in blocks)


def simple_html(body_html: str, lang: str = "de") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{body_html}\n'
            "</body>\n</html>\n")


def ats_card(brand: str, accent: str, body_html: str, footer_html: str = "",
             lang: str = "de") -> str:
    """A centred applicant-tracking card: coloured brand bar, white card, grey footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width"></head>\n'
        '<body style="margin:0;background:#f2f3f5">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;margin:24px 0">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:18px 28px;'
        f'font:bold 18px Helvetica,Arial,sans-serif">{esc(brand)}</td></tr>\n'
        '<tr><td style="padding:28px;font:14px/1.5 Helvetica,Arial,sans-serif;color:#222">\n'
        f"{body_html}\n</td></tr>\n"
        '<tr><td style="padding:14px 28px;background:#fafafa;color:#888;'
        f'font:11px Helvetica,Arial,sans-serif">{footer_html}</td></tr>\n'
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def button(label: str, url: str, accent: str = "#1a73e8") -> str:
    return (f'<p style="margin:22px 0"><a href="{url}" style="background:{accent};color:#fff;'
            f'padding:10px 18px;text-decoration:none;border-radius:4px">{esc(label)}</a></p>')


def outlook_word(body_html: str, lang: str = "de-AT") -> str:
    """The Word-generated HTML wrapper Outlook sends (MsoNormal paragraphs, o: namespace)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body_html}\n</div>\n</body>\n</html>\n'
    )


def mso(text: str) -> str:
    """Paragraphs in Outlook's MsoNormal style, with the empty spacer paragraphs it writes."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        lines = "<br>\n".join(esc(x) for x in b.split("\n"))
        out.append(f'<p class="MsoNormal">{lines}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def mso_quote_block(header_html: str, old_html: str) -> str:
    """Outlook's quoted-reply block: a top border, the header paragraph, the old message."""
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{header_html}<o:p></o:p></p>\n</div>\n{old_html}'
    )


def newsletter(title: str, intro_html: str, items: list[tuple[str, str, str]],
               footer_html: str, accent: str = "#0b5d7a", lang: str = "de") -> str:
    """A digest: a title bar, an intro, a list of (headline, url, blurb) and a footer."""
    rows = "\n".join(
        '<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5">'
        f'<a href="{url}" style="color:{accent};font-weight:bold;font-size:15px;'
        f'text-decoration:none">{esc(head)}</a><br>'
        f'<span style="color:#444;font-size:13px">{esc(blurb)}</span></td></tr>'
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
        '<body style="margin:0;background:#eef1f4;font-family:Verdana,Arial,sans-serif">\n'
        '<table role="presentation" width="640" align="center" cellpadding="0" '
        'cellspacing="0" style="background:#fff">\n'
        f'<tr><td style="background:{accent};color:#fff;padding:20px 24px;font-size:20px">'
        f"{esc(title)}</td></tr>\n"
        f'<tr><td style="padding:18px 24px;font-size:14px;color:#222">{intro_html}</td></tr>\n'
        f'<tr><td style="padding:0 24px"><table role="presentation" width="100%">\n{rows}\n'
        "</table></td></tr>\n"
        f'<tr><td style="padding:18px 24px;font-size:11px;color:#888">{footer_html}</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def notification_card(service: str, accent: str, body_html: str, footer_html: str,
                      lang: str = "de") -> str:
    """A social-network style notification: small logo bar and a grey card."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
        '<body style="background:#f3f2ef;margin:0;font-family:-apple-system,Segoe UI,Arial">\n'
        '<div style="max-width:520px;margin:0 auto;padding:16px">\n'
        f'<div style="color:{accent};font-weight:700;font-size:22px;padding:8px 0">'
        f"{esc(service)}</div>\n"
        '<div style="background:#fff;border-radius:8px;padding:20px;font-size:14px">\n'
        f"{body_html}\n</div>\n"
        f'<div style="font-size:11px;color:#666;padding:14px 4px">{footer_html}</div>\n'
        "</div>\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------- attachments

def pdf(filename: str, lines: list[str], title: str = "") -> dict:
    """A small one-page PDF attachment with these lines of text."""
    return {"type": "pdf", "filename": filename, "lines": lines, "title": title or filename}


def ics(method: str, uid: str, start: str, end: str, summary: str, location: str,
        organizer: tuple[str, str], *, seq: int = 0, description: str = "",
        status: str = "", inline: bool = True, stamp: str = "") -> dict:
    """An iCalendar part; start/end as 'YYYY-MM-DD HH:MM +HHMM' (local time with offset).

    inline=True puts it inside multipart/alternative as Outlook does; False attaches invite.ics.
    """
    return {"type": "ics", "method": method, "uid": uid, "start": start, "end": end,
            "summary": summary, "location": location, "organizer": organizer, "seq": seq,
            "description": description, "status": status, "inline": inline, "stamp": stamp}


def eml(spec: dict) -> dict:
    """A whole message attached as message/rfc822 (spec as for a corpus message)."""
    return {"type": "eml", "spec": spec}
