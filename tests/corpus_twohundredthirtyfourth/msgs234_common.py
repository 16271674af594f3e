"""Shared pieces of corpus 234: the candidate, quoting helpers and HTML shells (layout only).

Every message writes its own words in the msgs234_*.py modules; this file only knows how a
reply is quoted by a mail program and how an ATS card, an Outlook Word-HTML body or a newsletter
is laid out.
"""

from __future__ import annotations

import html

CANDIDATE = ("Joaquín Lindström-Ayala", "joaquin.la@example.cl")
CANDIDATE_NAME, CANDIDATE_ADDR = CANDIDATE


def who(person: tuple[str, str]) -> str:
    name, addr = person
    return f"{name} <{addr}>"


def quote_lines(text: str) -> str:
    """The '> ' prefix a mail program puts in front of every quoted line."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if not line else ("> " + line if not line.startswith(">") else ">" + line))
    return "\n".join(out)


def gmail_es(when: str, person: tuple[str, str], text: str) -> str:
    return f"El {when}, {who(person)} escribió:\n{quote_lines(text)}"


def gmail_en(when: str, person: tuple[str, str], text: str) -> str:
    return f"On {when}, {who(person)} wrote:\n{quote_lines(text)}"


def gmail_fr(when: str, person: tuple[str, str], text: str) -> str:
    return f"Le {when}, {who(person)} a écrit :\n{quote_lines(text)}"


def gmail_de(when: str, person: tuple[str, str], text: str) -> str:
    return f"Am {when} schrieb {who(person)}:\n{quote_lines(text)}"


_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado", "Para", "Asunto"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
}


def outlook_block(lang: str, frm: tuple[str, str], sent: str, to: tuple[str, str],
                  subject: str, text: str) -> str:
    """An Outlook 'From: / Sent:' block: the quoted mail follows unprefixed."""
    f, s, t, j = _OUTLOOK_LABELS[lang]
    sep = " :" if lang == "fr" else ":"
    return ("________________________________\n"
            f"{f}{sep} {frm[0]} <{frm[1]}>\n{s}{sep} {sent}\n{t}{sep} {to[0]} <{to[1]}>\n"
            f"{j}{sep} {subject}\n\n{text.strip()}")


_FORWARD_LABELS = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
}


def forwarded(lang: str, frm: tuple[str, str], date: str, subject: str,
              to: tuple[str, str], text: str) -> str:
    top, f, d, s, t = _FORWARD_LABELS[lang]
    return (f"{top}\n{f}: {who(frm)}\n{d}: {date}\n{s}: {subject}\n{t}: {who(to)}\n\n"
            f"{text.strip()}")


# --- HTML: text to paragraphs, and the shells ------------------------------------------------

def paras_html(text: str) -> str:
    """Plain text as HTML paragraphs; runs of '>' lines become a blockquote."""
    blocks = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(html.escape(line[1:].lstrip()) for line in lines)
            blocks.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          f'padding-left:1ex">{inner}</blockquote>')
        elif block.startswith("____"):
            blocks.append('<hr style="border:none;border-top:1px solid #e1e1e1">\n<p>'
                          + "<br>\n".join(html.escape(line) for line in lines[1:]) + "</p>")
        else:
            blocks.append("<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>")
    return "\n".join(blocks)


def simple_html(body: str) -> str:
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            f"<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n{body}\n</body></html>")


def ats_card(brand: str, body: str, footer: str = "") -> str:
    """The centred card most applicant-tracking systems send."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width\"></head>\n"
        "<body style=\"margin:0;background:#f4f5f7\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td align=\"center\" style=\"padding:24px\">\n"
        "<table role=\"presentation\" width=\"600\" style=\"background:#ffffff;"
        "border-radius:6px\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td style=\"padding:20px 32px;border-bottom:3px solid #2b5d8a;font:bold 18px "
        f"Helvetica,Arial,sans-serif;color:#2b5d8a\">{html.escape(brand)}</td></tr>\n"
        "<tr><td style=\"padding:24px 32px;font:14px/1.5 Helvetica,Arial,sans-serif;"
        f"color:#222\">\n{body}\n</td></tr>\n"
        "<tr><td style=\"padding:16px 32px;font:11px Helvetica,Arial,sans-serif;color:#888\">"
        f"{footer}</td></tr>\n</table>\n</td></tr></table>\n</body></html>"
    )


def outlook_html(body: str, lang: str = "ES") -> str:
    """The Word-generated HTML Outlook sends."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
        "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
        "font-family:\"Calibri\",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f"<body lang=\"{lang}\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
        f"<div class=\"WordSection1\">\n{body.replace('<p>', '<p class=MsoNormal>')}\n"
        "</div>\n</body>\n</html>"
    )


def newsletter(title: str, body: str, footer: str) -> str:
    """A job board's or a magazine's bulletin."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title></head>\n"
        "<body style=\"margin:0;background:#eef1f4;font-family:Verdana,sans-serif\">\n"
        "<div style=\"max-width:640px;margin:0 auto;background:#fff\">\n"
        f"<h1 style=\"font-size:20px;padding:18px 24px;margin:0;background:#17324d;"
        f"color:#fff\">{html.escape(title)}</h1>\n"
        f"<div style=\"padding:12px 24px;font-size:14px\">\n{body}\n</div>\n"
        f"<div style=\"padding:12px 24px;font-size:11px;color:#777\">{footer}</div>\n"
        "</div>\n</body></html>"
    )


def link_list(items: list[tuple[str, str, str]]) -> str:
    """Job-board items: (title, url, one-line description)."""
    return "\n".join(
        f"<p><a href=\"{html.escape(url)}\" style=\"color:#1a5fb4;font-weight:bold\">"
        f"{html.escape(title)}</a><br>{html.escape(desc)}</p>"
        for title, url, desc in items
    )
