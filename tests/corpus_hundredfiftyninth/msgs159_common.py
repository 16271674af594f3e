"""Shared helpers for corpus 159: the candidate, quoting helpers and HTML layout shells.

Layout only: every message in the msgs159_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Rhiannon Pryce-Okoro"
CAND_ADDR = "rhiannon.po@example.co.uk"
CAND = (CAND_NAME, CAND_ADDR)


def M(kind: str, scen: str, lang: str, company: str, contact: str, frm, subject: str,
      date: str, body: str = "", **opts) -> dict:
    """One hand-written message spec."""
    spec = {"kind": kind, "scen": scen, "lang": lang, "company": company,
            "contact": contact, "from": frm, "subject": subject, "date": date, "body": body}
    spec.update(opts)
    return spec


def quote(text: str) -> str:
    """Quote a previous message with '> ' lines."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def wrote(lang: str, when: str, name: str, addr: str) -> str:
    """The attribution line a mail program puts above a quoted message."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :"
    if lang == "es":
        return f"El {when}, {name} <{addr}> escribió:"
    return f"On {when}, {name} <{addr}> wrote:"


def reply(new: str, lang: str, when: str, name: str, addr: str, old: str) -> str:
    """New text on top, the previous message quoted underneath."""
    return f"{new.strip()}\n\n{wrote(lang, when, name, addr)}\n{quote(old)}\n"


def outlook(new: str, frm: str, sent: str, to: str, subject: str, old: str,
            lang: str = "en") -> str:
    """New text above an Outlook 'From: / Sent:' block with the older message unquoted."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    block = (f"{labels[0]}: {frm}\n{labels[1]}: {sent}\n{labels[2]}: {to}\n"
             f"{labels[3]}: {subject}\n")
    return f"{new.strip()}\n\n________________________________\n{block}\n{old.strip()}\n"


def forward(note: str, frm: str, date: str, subject: str, to: str, old: str) -> str:
    """An inline forwarded message under a short note."""
    return (f"{note.strip()}\n\n---------- Forwarded message ---------\nFrom: {frm}\n"
            f"Date: {date}\nSubject: {subject}\nTo: {to}\n\n{old.strip()}\n")


def esc(text: str) -> str:
    return _html.escape(text, quote=False)


def paras(text: str) -> str:
    """Plain paragraphs to HTML paragraphs (blank line = new paragraph)."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(line) for line in block.split("\n")) + "</p>")
    return "\n".join(out)


def ats_card(brand: str, inner_html: str, footer: str = "", colour: str = "#1f4e79") -> str:
    """An ATS notification card: coloured header band, white card, grey footer."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + esc(brand)
        + "</title></head>\n<body style=\"margin:0;background:#f2f4f7;font-family:Arial,sans-serif\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
        f"<tr><td style=\"background:{colour};color:#fff;padding:18px 24px;font-size:18px\">"
        + esc(brand) + "</td></tr>\n<tr><td style=\"padding:24px\">"
        "<table width=\"600\" style=\"background:#fff;border-radius:6px;padding:24px\"><tr><td>\n"
        + inner_html + "\n</td></tr></table></td></tr>\n"
        "<tr><td style=\"color:#8a8f98;font-size:11px;padding:12px 24px\">" + footer
        + "</td></tr></table>\n</body></html>\n"
    )


def word_html(inner_html: str) -> str:
    """The Outlook / Word HTML wrapper (MsoNormal paragraphs, WordSection1)."""
    body = inner_html.replace("<p>", "<p class=\"MsoNormal\">")
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n"
        "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\np.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n<body lang=\"EN-GB\" link=\"#0563C1\" vlink=\"#954F72\">\n"
        "<div class=\"WordSection1\">\n" + body + "\n</div>\n</body>\n</html>\n"
    )


def digest_html(title: str, items: list[tuple[str, str, str]], outro: str,
                unsubscribe: str) -> str:
    """A newsletter / job-alert digest: a list of linked items with a short blurb each."""
    rows = "\n".join(
        f"<tr><td style=\"padding:8px 0;border-bottom:1px solid #eee\"><a href=\"{url}\" "
        f"style=\"font-weight:bold;color:#0b5394\">{esc(head)}</a><br>"
        f"<span style=\"color:#555\">{esc(blurb)}</span></td></tr>"
        for head, url, blurb in items
    )
    return (
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Helvetica,Arial\">\n"
        f"<h2>{esc(title)}</h2>\n<table width=\"100%\">\n{rows}\n</table>\n"
        f"<p>{esc(outro)}</p>\n<p style=\"font-size:11px;color:#999\">"
        f"<a href=\"{unsubscribe}\">Unsubscribe</a></p>\n</body></html>\n"
    )


def digest_text(title: str, items: list[tuple[str, str, str]], outro: str,
                unsubscribe: str) -> str:
    lines = [title, "=" * len(title), ""]
    for head, url, blurb in items:
        lines += [head, blurb, url, ""]
    lines += [outro, "", f"Unsubscribe: {unsubscribe}"]
    return "\n".join(lines) + "\n"
