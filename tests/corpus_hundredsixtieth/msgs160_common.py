"""Shared pieces for corpus 160: the candidate, quoting helpers and HTML shells (layout only)."""

CAND = ("Alba Ferrandis-Kowal", "alba.fk@example.es")


def M(kind, slug, lang, company="", contact="", **kw):
    """One hand-written message spec."""
    d = dict(kind=kind, slug=slug, lang=lang, company=company, contact=contact)
    d.update(kw)
    return d


def quote(intro, text):
    """A quoted chain: an 'On ... wrote:' line and '> ' lines."""
    lines = text.strip("\n").split("\n")
    return intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in lines) + "\n"


_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
}


def outlook(lang, frm, sent, to, subject, body):
    """An Outlook 'From: / Sent:' block followed by the earlier message, unindented."""
    f, s, t, su = _OUTLOOK[lang]
    return ("\n________________________________\n"
            f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n{su}: {subject}\n\n" + body.strip("\n") + "\n")


def sig(*lines):
    return "\n--\n" + "\n".join(lines) + "\n"


def paras(*ps):
    return "\n".join(f"<p>{p}</p>" for p in ps)


def ats_card(brand, heading, body_html, footer, color="#1f5f8b"):
    """A card-style ATS HTML mail: header band, a white box, a grey footer."""
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        "<body style=\"margin:0;background:#f2f4f7;font-family:Arial,sans-serif\">"
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
        f"<table width=\"600\" style=\"background:#ffffff\"><tr><td style=\"background:{color};"
        f"color:#fff;padding:18px;font-size:20px\">{brand}</td></tr>"
        f"<tr><td style=\"padding:24px\"><h2 style=\"font-size:18px\">{heading}</h2>\n{body_html}\n</td></tr>"
        f"<tr><td style=\"padding:12px;color:#888;font-size:11px\">{footer}</td></tr>"
        "</table></td></tr></table></body></html>\n"
    )


def word_html(body_html):
    """The Word-HTML wrapper Outlook puts around a message."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
        "<head><meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">"
        "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>"
        "</head><body lang=\"ES\" link=\"#0563C1\"><div class=\"WordSection1\">\n"
        + body_html + "\n</div></body></html>\n"
    )


def mso(*ps):
    return "\n".join(f"<p class=\"MsoNormal\">{p}<o:p></o:p></p>" for p in ps)


def digest(title, intro, items, footer, unsub):
    """A newsletter / job-alert layout: a list of linked items."""
    rows = "\n".join(
        f"<tr><td style=\"padding:8px;border-bottom:1px solid #ddd\"><a href=\"{u}\">{t}</a>"
        f"<br><span style=\"color:#666\">{s}</span></td></tr>" for t, s, u in items)
    return (
        "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">"
        f"<h1 style=\"font-size:20px\">{title}</h1><p>{intro}</p>"
        f"<table width=\"100%\">{rows}</table>"
        f"<p style=\"font-size:11px;color:#777\">{footer} <a href=\"{unsub}\">unsubscribe / darse de baja</a></p>"
        "</body></html>\n"
    )
