# ruff: noqa
"""Shared pieces of corpus 243: the candidate, quoting helpers, layout shells (no wording)."""

CAND_NAME = "Aurelio Ferncastle-Diop"
CAND_ADDR = "aurelio.fd@example.it"
CAND = f"{CAND_NAME} <{CAND_ADDR}>"


def quote(text, intro):
    """A quoted earlier message under an attribution line ("On ... wrote:")."""
    lines = text.strip("\n").split("\n")
    return intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in lines) + "\n"


def outlook(frm, sent, to, subject, text, lang="en"):
    """An Outlook-style quoted header block followed by the earlier text (not '>'-quoted)."""
    names = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado", "Para", "Asunto"),
    }[lang]
    head = "\n".join(f"{k}: {v}" for k, v in zip(names, (frm, sent, to, subject)))
    return "-----Original Message-----\n" + head + "\n\n" + text.strip("\n") + "\n"


def paras(text):
    """Plain paragraphs to HTML paragraphs (layout only)."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + block.replace("&", "&amp;").replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def ats_card(brand, color, inner_html, footer):
    """An ATS notification card: header bar, white card, grey footer."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + brand + "</title></head>\n"
        "<body style=\"margin:0;background:#f3f4f6;font-family:Arial,sans-serif\">\n"
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
        f"<table width=\"600\" style=\"background:#fff\"><tr><td style=\"background:{color};"
        f"color:#fff;padding:16px;font-size:18px\">{brand}</td></tr>\n"
        "<tr><td style=\"padding:24px;font-size:14px;line-height:1.5\">\n" + inner_html + "\n</td></tr>\n"
        "<tr><td style=\"padding:12px;font-size:11px;color:#6b7280\">" + footer + "</td></tr>\n"
        "</table></td></tr></table>\n</body></html>\n"
    )


def word_html(inner_html):
    """An Outlook / Word generated HTML wrapper."""
    return (
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n<head>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>\n"
        "</head>\n<body lang=\"DE\" link=\"#0563C1\"><div class=\"WordSection1\">\n"
        + inner_html.replace("<p>", "<p class=\"MsoNormal\">") + "\n</div></body></html>\n"
    )


def digest_html(title, items, footer):
    """A newsletter / job-alert digest: a title, a list of (headline, url, blurb) and a footer."""
    rows = "\n".join(
        f"<tr><td style=\"padding:8px 0\"><a href=\"{url}\" style=\"font-weight:bold\">{head}</a>"
        f"<br><span style=\"color:#555\">{blurb}</span></td></tr>"
        for head, url, blurb in items
    )
    return (
        "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">\n"
        f"<h2>{title}</h2>\n<table>\n{rows}\n</table>\n"
        f"<p style=\"font-size:11px;color:#888\">{footer}</p>\n</body></html>\n"
    )


def digest_text(title, items, footer):
    """The plain-text alternative of a digest."""
    body = "\n\n".join(f"* {head}\n  {blurb}\n  {url}" for head, url, blurb in items)
    return f"{title}\n\n{body}\n\n{footer}\n"
