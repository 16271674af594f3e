"""Shared pieces for corpus 158: the candidate, quoting helpers and HTML layout shells.

Layout only: every message writes its own words in the msgs158_*.py modules.
"""
from html import escape

CAND_NAME = "Théo Lacombe-Mendes"
CAND_ADDR = "theo.lm@example.fr"
CAND = f"{CAND_NAME} <{CAND_ADDR}>"

CAND_SIG_FR = "Théo Lacombe-Mendes\n06 41 27 88 03\nSaint-Émilion"
CAND_SIG_EN = "Théo Lacombe-Mendes\n+33 6 41 27 88 03"


def M(slug, lang, frm, subject, date, body, company="", contact="", **kw):
    """One message spec. body is the plain-text part (None for an HTML-only message)."""
    spec = {"slug": slug, "lang": lang, "frm": frm, "subject": subject, "date": date, "body": body,
                "company": company, "contact": contact}
    spec.update(kw)
    return spec


def _gt(text):
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


def quote(style, who, when, text, subject="", to=""):
    """A quoted earlier message, in the way the named mail program writes it."""
    if style == "en":
        return f"On {when}, {who} wrote:\n{_gt(text)}\n"
    if style == "fr":
        return f"Le {when}, {who} a écrit :\n{_gt(text)}\n"
    if style == "de":
        return f"Am {when} schrieb {who}:\n{_gt(text)}\n"
    if style == "es":
        return f"El {when}, {who} escribió:\n{_gt(text)}\n"
    if style == "outlook_en":
        return ("________________________________\n"
                f"From: {who}\nSent: {when}\nTo: {to or CAND}\nSubject: {subject}\n\n{text.strip()}\n")
    if style == "outlook_fr":
        return ("-----Message d'origine-----\n"
                f"De : {who}\nEnvoyé : {when}\nÀ : {to or CAND}\nObjet : {subject}\n\n{text.strip()}\n")
    if style == "outlook_de":
        return ("-----Ursprüngliche Nachricht-----\n"
                f"Von: {who}\nGesendet: {when}\nAn: {to or CAND}\nBetreff: {subject}\n\n{text.strip()}\n")
    if style == "outlook_es":
        return ("-----Mensaje original-----\n"
                f"De: {who}\nEnviado el: {when}\nPara: {to or CAND}\nAsunto: {subject}\n\n{text.strip()}\n")
    if style == "fwd_fr":
        return ("---------- Message transféré ---------\n"
                f"De : {who}\nDate : {when}\nObjet : {subject}\nÀ : {to or CAND}\n\n{text.strip()}\n")
    if style == "fwd_en":
        return ("---------- Forwarded message ---------\n"
                f"From: {who}\nDate: {when}\nSubject: {subject}\nTo: {to or CAND}\n\n{text.strip()}\n")
    raise ValueError(style)


def _paras(paras):
    return "\n".join(f"<p style=\"margin:0 0 12px 0\">{escape(p)}</p>" for p in paras)


def ats_card(brand, color, heading, paras, footer, button=None):
    """An applicant-tracking-system card: a coloured band, a heading, paragraphs, a footer."""
    btn = ""
    if button:
        label, url = button
        btn = (f"<p><a href=\"{escape(url)}\" style=\"background:{color};color:#fff;"
               f"padding:10px 18px;text-decoration:none;border-radius:4px\">{escape(label)}</a></p>")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        f"{escape(heading)}</title></head>\n"
        "<body style=\"font-family:Arial,sans-serif;background:#f4f4f4\">\n"
        "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background:#fff\">\n"
        f"<tr><td style=\"background:{color};color:#fff;padding:16px;font-size:18px\">"
        f"{escape(brand)}</td></tr>\n"
        f"<tr><td style=\"padding:24px\"><h2>{escape(heading)}</h2>\n{_paras(paras)}\n{btn}</td></tr>\n"
        f"<tr><td style=\"padding:12px;font-size:11px;color:#888\">{escape(footer)}</td></tr>\n"
        "</table>\n</body></html>\n"
    )


def outlook_html(paras, sig_lines, quoted_html=""):
    """The Word-generated HTML Outlook sends: MsoNormal paragraphs and a WordSection."""
    body = "\n".join(f"<p class=MsoNormal>{escape(p)}<o:p></o:p></p>" for p in paras)
    sig = "<br>\n".join(escape(s) for s in sig_lines)
    return (
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n"
        "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} "
        "div.WordSection1 {page:WordSection1;} --></style>\n</head>\n"
        "<body lang=FR link=\"#0563C1\">\n<div class=WordSection1>\n"
        f"{body}\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        f"<p class=MsoNormal style=\"color:#1F3864\">{sig}</p>\n{quoted_html}</div>\n</body></html>\n"
    )


def newsletter_html(title, intro, items, footer):
    """A digest: a title, an intro line, a list of (headline, url, blurb), an unsubscribe footer."""
    rows = "\n".join(
        f"<tr><td style=\"padding:10px 0;border-bottom:1px solid #ddd\">"
        f"<a href=\"{escape(u)}\" style=\"font-weight:bold;color:#0b5394\">{escape(h)}</a><br>"
        f"<span style=\"color:#555\">{escape(b)}</span></td></tr>"
        for h, u, b in items)
    return (
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Helvetica\">\n"
        f"<h1 style=\"font-size:20px\">{escape(title)}</h1>\n<p>{escape(intro)}</p>\n"
        f"<table width=\"100%\">\n{rows}\n</table>\n"
        f"<p style=\"font-size:11px;color:#999\">{escape(footer)}</p>\n</body></html>\n"
    )


def newsletter_text(title, intro, items, footer):
    lines = [title, "=" * len(title), "", intro, ""]
    for h, u, b in items:
        lines += [f"* {h}", f"  {b}", f"  {u}", ""]
    lines.append(footer)
    return "\n".join(lines) + "\n"


def requote(text):
    """An already quoted block, quoted once more (one level deeper)."""
    return _gt(text) + "\n"
