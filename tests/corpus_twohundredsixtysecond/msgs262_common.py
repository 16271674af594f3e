"""Shared pieces for corpus 262: the candidate, quoting helpers and HTML layout shells.

Layout only: every message in the msgs262_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Fernando Aguilar-Nakamura"
CAND_ADDR = "fernando.an@example.mx"
CAND = (CAND_NAME, CAND_ADDR)

SIG_CAND_ES = """--
Fernando Aguilar-Nakamura
Valencia · +34 611 48 27 90"""

SIG_CAND_EN = """--
Fernando Aguilar-Nakamura
Valencia, Spain · +34 611 48 27 90"""


# --------------------------------------------------------------------------- quoting

def quote(text: str) -> str:
    """Prefix every line with '> ' (empty lines get a bare '>')."""
    lines = text.strip("\n").split("\n")
    return "\n".join(("> " + line) if line else ">" for line in lines)


ATTRIBUTION = {
    "en": "On {date}, {name} <{addr}> wrote:",
    "de": "Am {date} schrieb {name} <{addr}>:",
    "fr": "Le {date}, {name} <{addr}> a écrit :",
    "es": "El {date}, {name} (<{addr}>) escribió:",
}


def reply(new: str, lang: str, date: str, who: tuple[str, str], old: str) -> str:
    """New text, then a mail-client attribution line and the old text quoted with '> '."""
    head = ATTRIBUTION[lang].format(date=date, name=who[0], addr=who[1])
    return new.rstrip("\n") + "\n\n" + head + "\n" + quote(old) + "\n"


OUTLOOK_FIELDS = {
    "en": ("From: ", "Sent: ", "To: ", "Subject: "),
    "es": ("De: ", "Enviado el: ", "Para: ", "Asunto: "),
    "de": ("Von: ", "Gesendet: ", "An: ", "Betreff: "),
    "fr": ("De : ", "Envoyé : ", "À : ", "Objet : "),
}


def outlook(new: str, lang: str, frm: str, sent: str, to: str, subject: str, old: str) -> str:
    """New text on top of an Outlook-style 'From: / Sent:' block with the old text unquoted."""
    f, s, t, j = OUTLOOK_FIELDS[lang]
    block = (
        "________________________________\n"
        f"{f}{frm}\n{s}{sent}\n{t}{to}\n{j}{subject}\n\n"
    )
    return new.rstrip("\n") + "\n\n" + block + old.strip("\n") + "\n"


FORWARD_HEAD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
}


def forward(new: str, lang: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """New text, then a Gmail-style forwarded block."""
    head, f, d, s, t = FORWARD_HEAD[lang]
    block = f"{head}\n{f}: {frm}\n{d}: {date}\n{s}: {subject}\n{t}: {to}\n\n"
    return new.rstrip("\n") + "\n\n" + block + old.strip("\n") + "\n"


# --------------------------------------------------------------------------- HTML shells

def paras(text: str) -> str:
    """Plain text to HTML paragraphs (blank line = new paragraph, newline = <br>)."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [_html.escape(line) for line in block.split("\n")]
        if all(line.startswith("&gt;") for line in lines if line):
            inner = "<br>\n".join(line for line in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px;'
                       f'color:#555">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def simple_html(body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n"
        f"{body}\n</body></html>\n"
    )


def ats_card(brand: str, accent: str, body: str, footer: str = "") -> str:
    """A centred ATS notification card: brand bar, white card, small grey footer."""
    foot = (f'<p style="font-size:11px;color:#888">{_html.escape(footer)}</p>'
            if footer else "")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{_html.escape(brand)}</title></head>\n"
        "<body style=\"margin:0;background:#f3f4f6\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td align=\"center\" style=\"padding:24px\">\n"
        "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background:#fff;border-radius:6px\">\n"
        f"<tr><td style=\"background:{accent};color:#fff;padding:16px 24px;font:bold 18px "
        f"Arial,sans-serif\">{_html.escape(brand)}</td></tr>\n"
        "<tr><td style=\"padding:24px;font:14px/1.5 Arial,sans-serif;color:#1f2933\">\n"
        f"{body}\n</td></tr>\n</table>\n{foot}\n</td></tr></table>\n</body></html>\n"
    )


def outlook_html(body: str) -> str:
    """The Word-generated HTML that Outlook sends."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n<body lang=\"ES\" link=\"#0563C1\" vlink=\"#954F72\">\n"
        "<div class=\"WordSection1\">\n"
        + body.replace("<p>", "<p class=\"MsoNormal\">")
        + "\n</div>\n</body>\n</html>\n"
    )


def digest_html(title: str, intro: str, items: list[tuple[str, str, str, str]],
                footer: str) -> str:
    """A newsletter / job-alert digest: title, intro, a list of (headline, meta, url, blurb)."""
    rows = []
    for headline, meta, url, blurb in items:
        rows.append(
            "<tr><td style=\"padding:12px 0;border-bottom:1px solid #e5e7eb\">"
            f"<a href=\"{_html.escape(url)}\" style=\"font:bold 15px Arial,sans-serif;"
            f"color:#1d4ed8;text-decoration:none\">{_html.escape(headline)}</a><br>"
            f"<span style=\"font:12px Arial,sans-serif;color:#6b7280\">{_html.escape(meta)}"
            "</span><br>"
            f"<span style=\"font:13px Arial,sans-serif;color:#374151\">{_html.escape(blurb)}"
            "</span></td></tr>"
        )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{_html.escape(title)}</title></head>\n<body style=\"background:#fafafa\">\n"
        "<table role=\"presentation\" width=\"640\" align=\"center\" cellpadding=\"0\" "
        "cellspacing=\"0\" style=\"background:#fff;padding:20px\">\n"
        f"<tr><td><h1 style=\"font:bold 22px Arial,sans-serif\">{_html.escape(title)}</h1>"
        f"<p style=\"font:14px Arial,sans-serif\">{_html.escape(intro)}</p></td></tr>\n"
        + "\n".join(rows)
        + f"\n<tr><td style=\"font:11px Arial,sans-serif;color:#9ca3af;padding-top:16px\">"
        f"{_html.escape(footer)}</td></tr>\n</table>\n</body></html>\n"
    )


def digest_text(title: str, intro: str, items: list[tuple[str, str, str, str]],
                footer: str) -> str:
    """The plain-text twin of digest_html."""
    out = [title, "=" * len(title), "", intro, ""]
    for headline, meta, url, blurb in items:
        out += [f"* {headline}", f"  {meta}", f"  {blurb}", f"  {url}", ""]
    out.append(footer)
    return "\n".join(out) + "\n"
