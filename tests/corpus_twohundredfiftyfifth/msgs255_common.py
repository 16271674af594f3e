"""Shared pieces for corpus 255: the candidate, quoting helpers and HTML shells.

Layout only: every message in the msgs255_* modules writes its own words; these helpers
quote, attribute, forward and wrap that text the way mail programs and ATS templates do.
"""

from __future__ import annotations

import html

CAND_NAME = "Rosalind Mbatha-Eriksen"
CAND_ADDR = "rosalind.me@example.co.uk"
CAND = (CAND_NAME, CAND_ADDR)

_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}


def _split(when: str) -> tuple[int, int, int, str, int]:
    """'2026-03-04 09:12' -> (year, month, day, 'HH:MM', weekday)."""
    import datetime as _dt

    day, clock = when.split(" ")
    y, m, d = (int(x) for x in day.split("-"))
    return y, m, d, clock, _dt.date(y, m, d).weekday()


def attribution(lang: str, when: str, name: str, addr: str) -> str:
    """The line a mail program writes above a quoted message."""
    y, m, d, clock, wd = _split(when)
    if lang == "de":
        return f"Am {_DAYS['de'][wd]}, {d:02d}.{m:02d}.{y} um {clock} schrieb {name} <{addr}>:"
    if lang == "fr":
        return (f"Le {_DAYS['fr'][wd]} {d} {_MONTHS['fr'][m - 1]} {y} à {clock}, "
                f"{name} <{addr}> a écrit :")
    if lang == "es":
        return (f"El {_DAYS['es'][wd]}, {d} {_MONTHS['es'][m - 1]} {y} a las {clock}, "
                f"{name} (<{addr}>) escribió:")
    return f"On {_DAYS['en'][wd]}, {d} {_MONTHS['en'][m - 1]} {y} at {clock}, {name} <{addr}> wrote:"


def quote(text: str) -> str:
    """Prefix every line with '> ' (empty lines with '>')."""
    lines = text.strip("\n").split("\n")
    return "\n".join(("> " + line) if line else ">" for line in lines)


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text above an attributed, '> '-quoted older message."""
    return f"{new.rstrip()}\n\n{attribution(lang, when, name, addr)}\n{quote(old)}\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook(new: str, lang: str, sent: str, frm: str, to: str, subject: str, old: str) -> str:
    """New text above an Outlook-style 'From: / Sent:' block with the older text unquoted."""
    f, s, t, sub = _OUTLOOK[lang]
    colon = " :" if lang == "fr" else ":"
    block = (f"{f}{colon} {frm}\n{s}{colon} {sent}\n{t}{colon} {to}\n{sub}{colon} {subject}")
    return f"{new.rstrip()}\n\n________________________________\n{block}\n\n{old.strip()}\n"


def forwarded(new: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """A Gmail-style inline forward."""
    return (f"{new.rstrip()}\n\n---------- Forwarded message ---------\nFrom: {frm}\n"
            f"Date: {date}\nSubject: {subject}\nTo: {to}\n\n{old.strip()}\n")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs to <p> blocks; single newlines become <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + esc(b).replace("\n", "<br>\n") + "</p>" for b in blocks)


def ats_card(brand: str, accent: str, text: str, footer: str = "", button: tuple | None = None) -> str:
    """An ATS notification card: coloured header, white card, small grey footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
               f'<td style="background:{accent};border-radius:4px;padding:10px 18px">'
               f'<a href="{url}" style="color:#ffffff;text-decoration:none;font-weight:bold">'
               f"{esc(label)}</a></td></tr></table>")
    foot = f'<p style="font-size:11px;color:#8a8a8a">{esc(footer)}</p>' if footer else ""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width\">\n</head>\n"
        "<body style=\"margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td style=\"background:{accent};padding:16px 24px;color:#ffffff;"
        f"font-size:18px;font-weight:bold\">{esc(brand)}</td></tr>\n"
        "<tr><td style=\"padding:24px\">\n"
        "<table role=\"presentation\" width=\"100%\" style=\"background:#ffffff;"
        "border-radius:6px\"><tr><td style=\"padding:24px;font-size:14px;color:#222222\">\n"
        f"{paras(text)}\n{btn}\n</td></tr></table>\n{foot}\n</td></tr>\n</table>\n</body>\n</html>\n"
    )


def outlook_html(text: str, lang: str = "EN-GB") -> str:
    """An Outlook Word-HTML wrapper: one MsoNormal paragraph per line."""
    rows = []
    for line in text.rstrip("\n").split("\n"):
        if not line.strip():
            rows.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        elif line.startswith(("From:", "Sent:", "To:", "Subject:", "Von:", "Gesendet:", "An:",
                              "Betreff:", "De :", "Envoyé :", "À :", "Objet :")):
            head, _, rest = line.partition(":")
            rows.append(f"<p class=MsoNormal><b>{esc(head)}:</b>{esc(rest)}<o:p></o:p></p>")
        else:
            rows.append(f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>")
    body = "\n".join(rows)
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
        "font-family:\"Calibri\",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f"<body lang={lang} link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
        f"<div class=WordSection1>\n{body}\n</div>\n</body>\n</html>\n"
    )


def gmail_html(text: str) -> str:
    """A Gmail-style HTML body: new text in a ltr div, '> ' lines in a gmail_quote blockquote."""
    new: list[str] = []
    quoted: list[str] = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">") or quoted:
            quoted.append(line[1:].lstrip(" ") if line.startswith(">") else line)
        else:
            new.append(line)
    intro = ""
    while quoted and new and not new[-1].strip():
        new.pop()
    if quoted and new and new[-1].rstrip().endswith(":"):
        intro = new.pop()
    while new and not new[-1].strip():
        new.pop()
    top = "<br>\n".join(esc(x) for x in new)
    out = f'<div dir="ltr">{top}</div>\n'
    if quoted:
        inner = "<br>\n".join(esc(x) for x in quoted)
        out += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(intro)}'
                f'<br></div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n{inner}\n'
                f"</blockquote></div>\n")
    return out


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str, accent: str = "#1f5f8b") -> str:
    """A newsletter or job-alert digest: a heading, an intro, many linked items, a footer."""
    rows = []
    for heading, url, blurb in items:
        rows.append(
            f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5">'
            f'<a href="{url}" style="color:{accent};font-size:16px;font-weight:bold;'
            f'text-decoration:none">{esc(heading)}</a><br>'
            f'<span style="font-size:13px;color:#444444">{esc(blurb)}</span></td></tr>'
        )
    body = "\n".join(rows)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        f"{esc(title)}</title></head>\n"
        "<body style=\"font-family:Georgia,serif;background:#fafafa;margin:0\">\n"
        "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background:#ffffff;padding:20px\">\n"
        f"<tr><td><h1 style=\"color:{accent};font-size:22px\">{esc(title)}</h1>\n"
        f"{paras(intro)}</td></tr>\n{body}\n"
        f"<tr><td style=\"padding-top:18px;font-size:11px;color:#777777\">{paras(footer)}</td></tr>\n"
        "</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str]], footer: str) -> str:
    """The plain-text twin of newsletter_html."""
    lines = [title, "=" * len(title), "", intro.strip(), ""]
    for heading, url, blurb in items:
        lines += [f"* {heading}", f"  {blurb}", f"  {url}", ""]
    lines += ["--", footer.strip()]
    return "\n".join(lines) + "\n"
