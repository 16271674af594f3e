"""Shared helpers for corpus 244: the candidate, quoting helpers and HTML shells (layout only)."""

import html as _html

CAND_NAME = "Morwenna Achebe-Lindqvist"
CAND = "morwenna.al@example.co.uk"
ME = f'"{CAND_NAME}" <{CAND}>'


def M(kind, name, lang, company, contact, frm, subj, date, text=None, **kw):
    """One hand-written message spec."""
    d = dict(kind=kind, name=name, lang=lang, company=company, contact=contact,
             frm=frm, subj=subj, date=date, text=text)
    d.update(kw)
    return d


def quote(text, header):
    """A reply chain: an attribution line then '> ' quoted lines."""
    lines = [header] + ["> " + ln if ln else ">" for ln in text.strip("\n").split("\n")]
    return "\n".join(lines)


def gmail_q(who, when, text):
    return quote(text, f"On {when}, {who} wrote:")


def de_q(who, when, text):
    return quote(text, f"Am {when} schrieb {who}:")


def fr_q(who, when, text):
    return quote(text, f"Le {when}, {who} a écrit :")


def es_q(who, when, text):
    return quote(text, f"El {when}, {who} escribió:")


def outlook_q(frm, sent, to, subject, text):
    """An Outlook-style From:/Sent: block without '>' markers."""
    return ("________________________________\n"
            f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}")


def fwd(frm, date, subject, to, text):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n{text.strip()}")


def paras(text):
    """Plain text paragraphs to HTML paragraphs."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + _html.escape(block).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def ats_card(brand, colour, text, button=None, url=None, footer=""):
    """An ATS notification card; the words come from the message."""
    btn = ""
    if button:
        btn = (f'<p style="margin:24px 0"><a href="{url}" style="background:{colour};color:#fff;'
               f'padding:10px 18px;text-decoration:none;border-radius:4px">{_html.escape(button)}'
               "</a></p>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            '<body style="background:#f4f4f6;font-family:Arial,sans-serif">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#fff;border-radius:6px">'
            f'<tr><td style="background:{colour};color:#fff;padding:16px;font-size:18px">'
            f"{_html.escape(brand)}</td></tr>"
            f'<tr><td style="padding:24px;color:#222">{paras(text)}{btn}</td></tr>'
            f'<tr><td style="padding:12px;color:#888;font-size:11px">{_html.escape(footer)}'
            "</td></tr></table></td></tr></table></body></html>")


def outlook_html(text):
    """An Outlook Word-HTML wrapper."""
    body = "\n".join(f'<p class="MsoNormal">{_html.escape(b).replace(chr(10), "<br>")}</p>'
                     for b in text.strip().split("\n\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri,sans-serif}"
            "</style></head><body lang=\"EN-GB\"><div class=\"WordSection1\">"
            f"{body}</div></body></html>")


def digest_html(title, items, footer):
    """A newsletter / job-alert layout: items are (heading, blurb, url)."""
    rows = "".join(f'<tr><td style="padding:10px"><a href="{u}"><b>{_html.escape(h)}</b></a>'
                   f"<br>{_html.escape(b)}</td></tr>" for h, b, u in items)
    return (f"<html><body><h2>{_html.escape(title)}</h2><table>{rows}</table>"
            f'<p style="font-size:11px;color:#777">{_html.escape(footer)}</p></body></html>')


def digest_text(title, items, footer):
    lines = [title, ""]
    for h, b, u in items:
        lines += [h, b, u, ""]
    return "\n".join(lines + [footer])
