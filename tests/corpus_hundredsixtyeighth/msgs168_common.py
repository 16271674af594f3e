"""Shared pieces for corpus 168: the candidate, quoting helpers and HTML shells.

Layout only: every message in the data modules writes its own words; the shells here
only wrap those words in the HTML a sender's system would put around them.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Joaquín Mbatha-Ferreyra"
CANDIDATE_ADDR = "joaquin.mf@example.com.ar"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

# Signature the candidate uses in his own mail (Spanish and English variants).
SIG_ES = """Joaquín Mbatha-Ferreyra
Córdoba, Argentina · +54 9 351 555 0142
linkedin.example.com/in/joaquin-mbatha-ferreyra"""

SIG_EN = """Joaquin Mbatha-Ferreyra
Cordoba, Argentina | +54 9 351 555 0142
portfolio: joaquinmf.example.dev"""


def quoted(text: str) -> str:
    """Prefix every line of text with '> ' (empty lines get a bare '>')."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if not line else "> " + line)
    return "\n".join(out)


def reply(new: str, header: str, old: str) -> str:
    """A reply: new text, blank line, the 'On ... wrote:' line and the quoted old text."""
    return new.rstrip("\n") + "\n\n" + header + "\n" + quoted(old) + "\n"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style 'From: / Sent:' block followed by the earlier message, unindented."""
    f, s, t, su = _OUTLOOK_LABELS[lang]
    head = "\n".join([
        "_" * 32,
        f"{f}: {frm}",
        f"{s}: {sent}",
        f"{t}: {to}",
        f"{su}: {subject}",
    ])
    return head + "\n\n" + body.strip("\n") + "\n"


def forwarded(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A forwarded-message block as mail programs write it."""
    title = {
        "en": "---------- Forwarded message ---------",
        "es": "---------- Mensaje reenviado ---------",
        "de": "---------- Weitergeleitete Nachricht ---------",
        "fr": "---------- Message transféré ---------",
    }[lang]
    labels = {
        "en": ("From", "Date", "Subject", "To"),
        "es": ("De", "Fecha", "Asunto", "Para"),
        "de": ("Von", "Datum", "Betreff", "An"),
        "fr": ("De", "Date", "Objet", "À"),
    }[lang]
    lines = [title, f"{labels[0]}: {frm}", f"{labels[1]}: {date}",
             f"{labels[2]}: {subject}", f"{labels[3]}: {to}"]
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


# --------------------------------------------------------------------------- HTML

def _esc(text: str) -> str:
    return _html.escape(text, quote=False)


def text_to_html_body(text: str) -> str:
    """Paragraphs to <p>, runs of '> ' lines to <blockquote>, single newlines to <br>."""
    blocks: list[str] = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(_esc(line[1:].lstrip()) for line in lines)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          f'padding-left:1ex">{inner}</blockquote>')
        else:
            blocks.append("<p>" + "<br>\n".join(_esc(line) for line in lines) + "</p>")
    return "\n".join(blocks)


def simple_html(text: str, lang: str = "es") -> str:
    """A plain mail program's HTML alternative."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            f"{text_to_html_body(text)}\n</body></html>\n")


def ats_card(text: str, brand: str, accent: str, lang: str = "en",
             footer: str = "") -> str:
    """An applicant-tracking system's card layout: a brand bar, a white card, a grey footer."""
    foot = f'<p style="color:#888;font-size:11px">{_esc(footer)}</p>' if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_esc(brand)}</title></head>\n"
        '<body style="margin:0;background:#f3f4f6">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:{accent};padding:18px 24px;color:#fff;'
        f'font:bold 18px Helvetica,Arial,sans-serif">{_esc(brand)}</td></tr>\n'
        '<tr><td style="padding:24px"><table role="presentation" width="600" '
        'style="background:#fff;border-radius:6px;padding:24px;'
        'font:14px/1.5 Helvetica,Arial,sans-serif;color:#222"><tr><td>\n'
        f"{text_to_html_body(text)}\n"
        "</td></tr></table></td></tr>\n"
        f'<tr><td style="padding:0 24px 24px">{foot}</td></tr></table>\n'
        "</body></html>\n"
    )


def outlook_word(text: str, lang: str = "es") -> str:
    """The Word-generated HTML Outlook sends (MsoNormal paragraphs, WordSection1)."""
    paras = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(line.startswith(">") for line in lines):
            body = "<br>\n".join(_esc(line[1:].lstrip()) for line in lines)
            paras.append('<div style="border:none;border-left:solid #E1E1E1 1.5pt;'
                         'padding:0 0 0 4pt"><p class="MsoNormal">'
                         f"{body}</p></div>")
        else:
            body = "<br>\n".join(_esc(line) for line in lines)
            paras.append(f'<p class="MsoNormal"><span lang="{lang.upper()}">{body}'
                         "</span></p>\n<p class=\"MsoNormal\">&nbsp;</p>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 3.0cm 2.0cm 3.0cm;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        + "\n".join(paras)
        + "\n</div>\n</body></html>\n"
    )


def newsletter(title: str, intro: str, items: list[tuple[str, str, str]], outro: str,
               unsubscribe: str, lang: str = "es") -> str:
    """A digest layout: a title, an intro, linked items (title, url, blurb) and a footer."""
    rows = "\n".join(
        f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee">'
        f'<a href="{_html.escape(url)}" style="color:#1a56db;font-weight:bold">'
        f"{_esc(head)}</a><br><span style=\"color:#444\">{_esc(blurb)}</span></td></tr>"
        for head, url, blurb in items
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_esc(title)}</title></head>\n"
        '<body style="background:#fafafa;font-family:Georgia,serif">\n'
        '<table width="620" align="center" style="background:#fff;padding:20px">\n'
        f"<tr><td><h1 style=\"font-size:22px\">{_esc(title)}</h1>"
        f"{text_to_html_body(intro)}</td></tr>\n"
        f"{rows}\n"
        f"<tr><td>{text_to_html_body(outro)}</td></tr>\n"
        f'<tr><td style="font-size:11px;color:#999"><a href="{_html.escape(unsubscribe)}">'
        "unsubscribe / darse de baja</a></td></tr>\n"
        "</table></body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], outro: str,
                unsubscribe: str) -> str:
    """The plain-text twin of newsletter()."""
    body = [title, "=" * len(title), "", intro.strip(), ""]
    for head, url, blurb in items:
        body += [f"* {head}", f"  {blurb}", f"  {url}", ""]
    body += [outro.strip(), "", unsubscribe]
    return "\n".join(body) + "\n"


# --------------------------------------------------------------------------- attachments

def pdf(filename: str, lines: list[str]) -> dict:
    """An attachment spec: a one-page PDF showing lines of text."""
    return {"type": "pdf", "filename": filename, "lines": lines}


def ics(method: str, uid: str, start: str, minutes: int, tz: str, summary: str,
        organizer: tuple[str, str], location: str = "", description: str = "",
        sequence: int = 0, status: str = "", inline: bool = True,
        filename: str = "invite.ics") -> dict:
    """A calendar spec: start is local 'YYYY-MM-DD HH:MM' in region tz (see the generator)."""
    return {"type": "ics", "method": method, "uid": uid, "start": start,
            "minutes": minutes, "tz": tz, "summary": summary, "organizer": organizer,
            "location": location, "description": description, "sequence": sequence,
            "status": status, "inline": inline, "filename": filename}
