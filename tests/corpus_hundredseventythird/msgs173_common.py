"""Shared helpers for corpus 173: the candidate, quoting helpers and HTML shells (layout only)."""

CANDIDATE_NAME = "Grainne Okonkwo-Baptiste"
CANDIDATE_ADDR = "grainne.ob@example.ie"
CANDIDATE = (CANDIDATE_NAME, CANDIDATE_ADDR)

SIG_G = "Gráinne Okonkwo-Baptiste\nDental Nurse (QQI Level 6)\n+353 87 555 0142"


def M(kind, name, company, contact, lang, frm, subject, date, text=None, **kw):
    """One message spec."""
    spec = dict(kind=kind, name=name, company=company, contact=contact, lang=lang,
                frm=frm, subject=subject, date=date, text=text)
    spec.update(kw)
    return spec


def quote(body, header):
    """A reply quote: the 'On ... wrote:' header line then '> ' lines."""
    lines = [header]
    for line in body.strip("\n").split("\n"):
        lines.append(">" if not line else "> " + line)
    return "\n".join(lines)


def outlook_block(frm, sent, to, subject, body):
    """An Outlook-style quoted block (From: / Sent: / To: / Subject:)."""
    return ("________________________________\n"
            f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body.strip()}")


def forwarded(frm, date, subject, body, to=CANDIDATE_ADDR):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n{body.strip()}")


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(text):
    """Plain text to HTML paragraphs."""
    blocks = [b for b in text.strip().split("\n\n")]
    return "\n".join("<p>" + esc(b).replace("\n", "<br>\n") + "</p>" for b in blocks)


def ats_card(brand, colour, text, footer="This message was sent from an unmonitored mailbox."):
    """An ATS notification card around the message's own words."""
    return (
        "<!DOCTYPE html>\n<html><head><title>" + esc(brand) + "</title></head>\n"
        "<body style=\"margin:0;background:#f2f4f7;font-family:Arial,sans-serif\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
        "<td align=\"center\">\n<table width=\"600\" style=\"background:#ffffff;margin:24px 0\">\n"
        f"<tr><td style=\"background:{colour};color:#fff;padding:16px 24px;font-size:18px\">"
        + esc(brand) + "</td></tr>\n<tr><td style=\"padding:24px;font-size:14px;color:#222\">\n"
        + paras(text) + "\n</td></tr>\n<tr><td style=\"padding:12px 24px;font-size:11px;color:#888\">"
        + esc(footer) + "</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n")


def outlook_html(text):
    """An Outlook Word-HTML wrapper around the message's own words."""
    body = "\n".join(
        "<p class=MsoNormal>" + (esc(line) if line else "&nbsp;") + "<o:p></o:p></p>"
        for line in text.strip().split("\n"))
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n"
        "<head><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} "
        "--></style></head>\n<body lang=EN-IE link=\"#0563C1\" vlink=\"#954F72\">\n"
        "<div class=WordSection1>\n" + body + "\n</div>\n</body></html>\n")


def newsletter_html(title, items, footer):
    """A digest layout: a title, a list of (heading, blurb, url) and a footer."""
    rows = "\n".join(
        f"<tr><td style=\"padding:10px 0;border-bottom:1px solid #ddd\"><a href=\"{u}\" "
        f"style=\"font-weight:bold;color:#1a5fb4\">{esc(h)}</a><br>{esc(b)}</td></tr>"
        for h, b, u in items)
    return ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\">\n"
            f"<h2>{esc(title)}</h2>\n<table width=\"100%\">\n{rows}\n</table>\n"
            f"<p style=\"font-size:11px;color:#777\">{esc(footer)}</p>\n</body></html>\n")


def newsletter_text(title, items, footer):
    out = [title, "=" * len(title), ""]
    for h, b, u in items:
        out += [h, b, u, ""]
    out.append(footer)
    return "\n".join(out)
