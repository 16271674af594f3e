"""Shared pieces for corpus 213: the candidate, quoting helpers and HTML shells (layout only).

Every message writes its own words in the data modules; nothing here writes message text.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Solveig Marchetti-Dube"
CAND_ADDR = "solveig.md@example.fr"
CAND = (CAND_NAME, CAND_ADDR)

CAND_SIG_FR = (
    "Solveig Marchetti-Dube\n"
    "Auditrice de nuit — Annecy\n"
    "+33 6 41 27 90 58"
)
CAND_SIG_EN = (
    "Solveig Marchetti-Dube\n"
    "Night Auditor, Annecy (FR)\n"
    "+33 6 41 27 90 58"
)


def msg(kind: str, slug: str, lang: str, company: str, contact: str,
        frm: tuple[str, str], subj: str, date: str, **kw: object) -> dict:
    """One message spec. kw: rt, to, cc, text, html, cs, cte, subj_ew, name_ew, hdrs,
    ics (inline calendar), att (attachments), tid (thread key), re (parent thread key)."""
    spec: dict = {"kind": kind, "slug": slug, "lang": lang, "company": company,
                  "contact": contact, "frm": frm, "subj": subj, "date": date}
    spec.update(kw)
    return spec


# ---------------------------------------------------------------- quoting

def quote(text: str, marker: str = "> ") -> str:
    """Prefix every line with '> ' (an empty line gets a bare '>')."""
    lines = text.rstrip("\n").split("\n")
    return "\n".join(marker + line if line else marker.rstrip() for line in lines) + "\n"


_WROTE = {
    "en": "On {when}, {name} <{addr}> wrote:",
    "fr": "Le {when}, {name} <{addr}> a écrit :",
    "de": "Am {when} schrieb {name} <{addr}>:",
    "es": "El {when}, {name} (<{addr}>) escribió:",
}


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program puts above a quote."""
    return _WROTE[lang].format(when=when, name=name, addr=addr)


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def outlook_block(lang: str, frm: str, sent: str, to: str, subject: str, body: str) -> str:
    """An Outlook-style quoted message: a rule, the From/Sent/To/Subject block, the body."""
    f, s, t, j = _OUTLOOK[lang]
    sep = " : " if lang == "fr" else ": "
    head = (f"{f}{sep}{frm}\n{s}{sep}{sent}\n{t}{sep}{to}\n{j}{sep}{subject}\n")
    return "________________________________\n" + head + "\n" + body.rstrip("\n") + "\n"


_FWD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
}


def forward_block(lang: str, frm: str, date: str, subject: str, to: str, body: str) -> str:
    """A Gmail-style inline forward."""
    rule, f, d, j, t = _FWD[lang]
    sep = " : " if lang == "fr" else ": "
    return (f"{rule}\n{f}{sep}{frm}\n{d}{sep}{date}\n{j}{sep}{subject}\n{t}{sep}{to}\n\n"
            + body.rstrip("\n") + "\n")


def sig(*lines: str) -> str:
    """A signature block after the usual '-- ' line."""
    return "-- \n" + "\n".join(lines) + "\n"


# ---------------------------------------------------------------- HTML shells

def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs (blank-line separated) as <p> elements, single newlines as <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>"
                     for b in blocks)


def ats_card(brand: str, accent: str, body_html: str, footer_html: str = "") -> str:
    """The card an applicant-tracking system wraps its messages in."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{esc(brand)}</title></head>\n"
        "<body style=\"margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td align=\"center\" style=\"padding:24px\">\n"
        "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background:#ffffff;border-radius:6px\">\n"
        f"<tr><td style=\"background:{accent};color:#ffffff;padding:16px 24px;"
        f"font-size:18px;font-weight:bold\">{esc(brand)}</td></tr>\n"
        "<tr><td style=\"padding:24px;font-size:14px;line-height:1.5;color:#1f2937\">\n"
        f"{body_html}\n</td></tr>\n"
        "<tr><td style=\"padding:16px 24px;font-size:11px;color:#6b7280\">\n"
        f"{footer_html}\n</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n"
    )


def button(label: str, url: str, accent: str = "#1f6feb") -> str:
    return (f"<p><a href=\"{url}\" style=\"display:inline-block;background:{accent};"
            f"color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:4px\">"
            f"{esc(label)}</a></p>")


def outlook_html(body_html: str, lang: str = "fr") -> str:
    """The Word-HTML wrapper Outlook for Windows writes around a message."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
        "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
        "<head>\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
        "font-family:\"Calibri\",sans-serif;}\n"
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f"<body lang=\"{lang.upper()}\" link=\"#0563C1\" vlink=\"#954F72\" "
        "style=\"word-wrap:break-word\">\n<div class=\"WordSection1\">\n"
        f"{body_html}\n</div>\n</body>\n</html>\n"
    )


def mso(text: str) -> str:
    """Plain paragraphs as Outlook's MsoNormal paragraphs."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            out.append(f"<p class=\"MsoNormal\">{esc(line) or '<o:p>&nbsp;</o:p>'}</p>")
        out.append("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def outlook_quote_html(lang: str, frm: str, sent: str, to: str, subject: str,
                       body: str) -> str:
    """An Outlook reply header block and quoted body in Word-HTML."""
    f, s, t, j = _OUTLOOK[lang]
    sep = " : " if lang == "fr" else ": "
    head = "<br>\n".join(f"<b>{k}{sep}</b>{esc(v)}" for k, v in
                         ((f, frm), (s, sent), (t, to), (j, subject)))
    return (
        "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
        f"<p class=\"MsoNormal\">{head}</p>\n</div>\n" + mso(body)
    )


def newsletter_html(title: str, intro: str, items: list[tuple[str, str, str]],
                    footer: str, accent: str = "#0f766e") -> str:
    """A mailing-list layout: a title, an intro paragraph, linked items, a footer."""
    rows = "\n".join(
        f"<tr><td style=\"padding:10px 0;border-bottom:1px solid #e5e7eb\">"
        f"<a href=\"{url}\" style=\"color:{accent};font-weight:bold;text-decoration:none\">"
        f"{esc(head)}</a><br><span style=\"color:#374151\">{esc(blurb)}</span></td></tr>"
        for head, url, blurb in items
    )
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        "<body style=\"font-family:Helvetica,Arial,sans-serif;background:#ffffff\">\n"
        "<table width=\"620\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td style=\"background:{accent};color:#fff;padding:18px;font-size:20px\">"
        f"{esc(title)}</td></tr>\n"
        f"<tr><td style=\"padding:14px 0\">{paras(intro)}</td></tr>\n"
        f"{rows}\n"
        f"<tr><td style=\"padding:18px 0;font-size:11px;color:#6b7280\">{footer}</td></tr>\n"
        "</table>\n</body></html>\n"
    )


def blockquote_html(attribution: str, inner_html: str) -> str:
    """A Gmail-style HTML quote."""
    return (
        f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}"
        "</div>\n<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;"
        "border-left:1px #ccc solid;padding-left:1ex\">\n"
        f"{inner_html}\n</blockquote></div>"
    )
