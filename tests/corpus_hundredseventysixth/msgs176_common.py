"""Shared helpers for corpus 176: the candidate, quoting helpers and HTML shells (layout only)."""

CAND = ("Rodrigo Achterberg-Quispe", "rodrigo.aq@example.pe")


def m(kind, name, lang, company, contact, frm, subject, body, **kw):
    """One hand-written message spec."""
    spec = dict(kind=kind, name=name, lang=lang, company=company, contact=contact,
                frm=frm, subject=subject, body=body)
    spec.update(kw)
    return spec


def quote(text, header):
    """A reply quote: an attribution line and '> ' lines."""
    lines = [header]
    for line in text.strip("\n").split("\n"):
        lines.append("> " + line if line else ">")
    return "\n".join(lines)


def outlook(frm, sent, to, subject, text):
    """An Outlook-style quoted block."""
    return ("________________________________\n"
            f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}")


def outlook_es(frm, sent, to, subject, text):
    return ("________________________________\n"
            f"De: {frm}\nEnviado: {sent}\nPara: {to}\nAsunto: {subject}\n\n{text.strip()}")


def forward(frm, date, subject, to, text):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n{text.strip()}")


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paras(text):
    return [p.replace("\n", "<br>") for p in (_esc(x.strip()) for x in text.split("\n\n")) if p]


def html_plain(text):
    """A bare HTML rendering of the text: one <p> per paragraph."""
    body = "\n".join(f"<p>{p}</p>" for p in _paras(text))
    return f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n{body}\n</body></html>\n"


def ats_card(text, brand="#1f4e79", footer=""):
    """An ATS notification card around the text."""
    rows = "\n".join(f'<tr><td style="padding:6px 24px;font:14px Arial">{p}</td></tr>'
                     for p in _paras(text))
    foot = f'<tr><td style="padding:12px 24px;color:#888;font:11px Arial">{_esc(footer)}</td></tr>' if footer else ""
    return ("<html><body style=\"background:#f3f3f3\">\n"
            "<table width=\"600\" align=\"center\" style=\"background:#fff\">\n"
            f"<tr><td style=\"background:{brand};height:8px\"></td></tr>\n{rows}\n{foot}\n"
            "</table></body></html>\n")


def word_html(text):
    """An Outlook Word-HTML wrapper around the text."""
    rows = "\n".join(f'<p class="MsoNormal"><span style="font-family:Calibri">{p}</span></p>'
                     for p in _paras(text))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11pt}</style></head>\n'
            f'<body lang="ES-PE"><div class="WordSection1">\n{rows}\n</div></body></html>\n')


def digest_html(text, links):
    """A newsletter with many links."""
    items = "\n".join(f'<li><a href="{u}">{_esc(t)}</a></li>' for t, u in links)
    body = "\n".join(f"<p>{p}</p>" for p in _paras(text))
    return f"<html><body>\n{body}\n<ul>\n{items}\n</ul>\n</body></html>\n"


def list_headers(list_id, unsub):
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
