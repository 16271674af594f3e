"""Shared pieces of corpus 229: the candidate, quoting helpers and HTML shells (layout only).

Every message in the msgs229_*.py modules writes its own words; the helpers here only quote,
attribute and wrap them the way mail programs and applicant-tracking systems do.
"""

from __future__ import annotations

import html as _html

CANDIDATE_NAME = "Ingrid Achebe-Moreno"
CANDIDATE_ADDR = "ingrid.am@example.es"
ME = (CANDIDATE_NAME, CANDIDATE_ADDR)

CANDIDATE_SIG_ES = """Ingrid Achebe-Moreno
Tel. +34 676 412 908
Zaragoza"""

CANDIDATE_SIG_EN = """Ingrid Achebe-Moreno
+34 676 412 908 | Zaragoza, Spain"""


def msg(**spec: object) -> dict:
    """One message spec. Keys used by the generator:

    kind, slug, lang, company, contact           labels
    key, parent                                  thread keys (parent -> In-Reply-To/References)
    frm, to, cc, reply_to                        (name, addr) or (name, addr, (charset, "q"|"b"))
    subject, subject_enc                         subject_enc = (charset, "q"|"b") or None
    date                                         "2026-03-04 10:12 +0100"
    text, html ("auto" derives HTML from text)   bodies
    charset, cte, html_charset, html_cte         body encodings
    attach                                       list of pdf(...) / ics(...) / eml(...) dicts
    headers                                      extra (name, value) pairs, ASCII
    """
    return dict(spec)


def pdf(filename: str, lines: list[str], title: str = "", filename_utf8: bool = False) -> dict:
    return {"type": "pdf", "filename": filename, "lines": lines, "title": title or filename,
            "filename_utf8": filename_utf8}


def ics(method: str, uid: str, summary: str, start: str, end: str, organizer: tuple[str, str],
        location: str = "", description: str = "", sequence: int = 0, status: str = "",
        inline: bool = True, attendees: list[tuple[str, str]] | None = None,
        cte: str = "base64", stamp: str = "") -> dict:
    """A calendar part. start/end are UTC "20260312T090000Z"."""
    return {"type": "ics", "method": method, "uid": uid, "summary": summary, "start": start,
            "end": end, "organizer": organizer, "location": location,
            "description": description, "sequence": sequence, "status": status,
            "inline": inline, "attendees": attendees, "cte": cte, "stamp": stamp}


def eml(spec: dict) -> dict:
    """A whole message attached as message/rfc822 (a forward as attachment)."""
    return {"type": "eml", "spec": spec}


# --- quoting -------------------------------------------------------------------------------

def quote(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").split("\n"))


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    if lang == "es":
        return f"El {when}, {name} <{addr}> escribió:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, who: tuple[str, str], old: str) -> str:
    """New text above an attribution line and the "> "-quoted older message."""
    return f"{new.rstrip()}\n\n{wrote(lang, when, who[0], who[1])}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De ", "Envoyé ", "À ", "Objet "),
}


def outlook(new: str, lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """New text above an Outlook "From: / Sent:" block and the unquoted older message."""
    f, s, t, j = _OUTLOOK[lang]
    block = f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{j}: {subject}"
    return f"{new.rstrip()}\n\n________________________________\n{block}\n\n{old.rstrip()}\n"


_FWD = {
    "en": "---------- Forwarded message ---------",
    "es": "---------- Mensaje reenviado ---------",
    "fr": "---------- Message transféré ---------",
    "de": "---------- Weitergeleitete Nachricht ----------",
}
_FWD_FIELDS = {
    "en": ("From", "Date", "Subject", "To"),
    "es": ("De", "Fecha", "Asunto", "Para"),
    "fr": ("De", "Date", "Objet", "À"),
    "de": ("Von", "Datum", "Betreff", "An"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    f, d, s, t = _FWD_FIELDS[lang]
    head = f"{_FWD[lang]}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}"
    return f"{new.rstrip()}\n\n{head}\n\n{old.rstrip()}\n"


def sig(*lines: str) -> str:
    return "\n".join(lines)


# --- HTML shells (layout only) -------------------------------------------------------------

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras_html(text: str) -> str:
    """Plain text to HTML: blank-line paragraphs, line breaks, "> " runs as blockquotes."""
    out: list[str] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(esc(line[1:].lstrip()) for line in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return "\n".join(out)


def simple_html(text: str, lang: str = "es") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{paras_html(text)}\n'
            "</body></html>\n")


def ats_card(brand: str, color: str, heading: str, body: str, button: tuple[str, str] | None = None,
             footer: str = "", lang: str = "en") -> str:
    """An applicant-tracking-system card: coloured bar, heading, body text, optional button."""
    btn = ""
    if button:
        btn = (f'<p style="margin:24px 0"><a href="{button[1]}" style="background:{color};'
               f'color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">'
               f"{esc(button[0])}</a></p>")
    foot = f'<p style="color:#888;font-size:11px">{paras_html(footer)}</p>' if footer else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{esc(brand)}</title></head>\n"
            '<body style="margin:0;background:#f4f4f6;font-family:Helvetica,Arial,sans-serif">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center">\n'
            '<table role="presentation" width="600" style="background:#fff;margin:24px 0">\n'
            f'<tr><td style="background:{color};color:#fff;padding:16px 24px;font-size:18px">'
            f"<strong>{esc(brand)}</strong></td></tr>\n"
            f'<tr><td style="padding:24px"><h2 style="font-size:20px">{esc(heading)}</h2>\n'
            f"{paras_html(body)}\n{btn}\n{foot}</td></tr>\n"
            "</table></td></tr></table>\n</body></html>\n")


def outlook_html(text: str, lang: str = "ES") -> str:
    """The Word-generated HTML that Outlook sends."""
    paras = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(esc(line) for line in block.split("\n"))
        paras.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    body = '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'.join(paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\n@font-face {font-family:Calibri;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
            "font-family:\"Calibri\",sans-serif;}\n"
            "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
            "div.WordSection1 {page:WordSection1;}\n--></style></head>\n"
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}\n</div>\n</body></html>\n')


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]], footer: str,
                    lang: str = "es", color: str = "#1f4e79") -> str:
    """A digest: title, intro, a list of (headline, blurb, url), and an unsubscribe footer."""
    rows = "\n".join(
        f'<tr><td style="padding:12px 24px;border-bottom:1px solid #eee">'
        f'<a href="{url}" style="color:{color};font-size:16px;font-weight:bold">{esc(head)}</a>'
        f'<br><span style="color:#444">{esc(blurb)}</span></td></tr>'
        for head, blurb, url in items)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{esc(title)}</title></head>\n"
            '<body style="margin:0;background:#eef1f5;font-family:Verdana,sans-serif">\n'
            '<table role="presentation" width="640" align="center" style="background:#fff">\n'
            f'<tr><td style="background:{color};color:#fff;padding:20px 24px;font-size:22px">'
            f"{esc(title)}</td></tr>\n"
            f'<tr><td style="padding:16px 24px">{paras_html(intro)}</td></tr>\n'
            f"{rows}\n"
            f'<tr><td style="padding:16px 24px;color:#999;font-size:11px">{paras_html(footer)}'
            "</td></tr>\n</table>\n</body></html>\n")


def list_headers(list_id: str, unsubscribe_url: str, unsubscribe_mail: str = "",
                 one_click: bool = True) -> list[tuple[str, str]]:
    value = f"<{unsubscribe_url}>"
    if unsubscribe_mail:
        value = f"<mailto:{unsubscribe_mail}>, {value}"
    out = [("List-Id", list_id), ("List-Unsubscribe", value)]
    if one_click:
        out.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    out.append(("Precedence", "bulk"))
    return out


AUTO = [("Auto-Submitted", "auto-generated")]
AUTO_REPLY = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
