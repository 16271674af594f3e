"""Shared pieces for corpus 291: the candidate, quoting helpers and HTML shells.

Everything here is layout only. Every message in the msgs291_* modules writes its own words.
"""

from __future__ import annotations

import html as _html

CAND_NAME = "Callum Nakamura-Reid"
CAND_ADDR = "callum.nr@example.co.uk"
CAND = (CAND_NAME, CAND_ADDR)


def M(kind, name, lang, company, contact, frm, subject, date, text=None, html=None, **kw):
    """One hand-written message spec.

    date is "YYYY-MM-DD HH:MM <zone>" where zone is "uk", "cet" (daylight saving applied) or
    an explicit offset such as "+0100" / "-0500".
    """
    spec = {
        "kind": kind, "name": name, "lang": lang, "company": company, "contact": contact,
        "frm": frm, "subject": subject, "date": date, "text": text, "html": html,
    }
    spec.update(kw)
    return spec


def pdf(filename, lines, title=""):
    return {"type": "pdf", "filename": filename, "lines": list(lines), "title": title or filename}


def ics(method, uid, start, end, summary, location, organizer, seq=0, zone="uk",
        description="", inline=True, filename="invite.ics", cte=None, status=None):
    return {
        "type": "ics", "method": method, "uid": uid, "start": start, "end": end,
        "summary": summary, "location": location, "organizer": organizer, "seq": seq,
        "zone": zone, "description": description, "inline": inline, "filename": filename,
        "cte": cte, "status": status,
    }


# ---------------------------------------------------------------- quoting helpers

def quote(text, prefix="> "):
    """Prefix every line of text with "> " (empty lines get a bare ">")."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def attribution(lang, when, name, addr):
    """The line a mail program writes above a quote. `when` is already localised text."""
    if lang == "de":
        return f"Am {when} schrieb {name} <{addr}>:\n"
    if lang == "fr":
        return f"Le {when}, {name} <{addr}> a écrit :\n"
    if lang == "es":
        return f"El {when}, {name} (<{addr}>) escribió:\n"
    return f"On {when}, {name} <{addr}> wrote:\n"


def outlook_block(lang, frm, sent, to, subject):
    """An Outlook-style header block of a quoted message (no "> " prefix)."""
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    rows = [f"{labels[0]}: {frm}", f"{labels[1]}: {sent}", f"{labels[2]}: {to}",
            f"{labels[3]}: {subject}"]
    return "\n" + "_" * 32 + "\n" + "\n".join(rows) + "\n\n"


def forwarded_block(lang, frm, date, subject, to):
    head = {
        "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
        "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
        "fr": ("---------- Message transféré ---------", "De", "Date", "Subject", "To"),
        "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    }[lang]
    return (f"{head[0]}\n{head[1]}: {frm}\n{head[2]}: {date}\n{head[3]}: {subject}\n"
            f"{head[4]}: {to}\n\n")


# ---------------------------------------------------------------- HTML shells (layout only)

def _paras(text):
    """Blank-line separated paragraphs -> list of escaped HTML fragments with <br>."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return ["<br>\n".join(_html.escape(line) for line in b.split("\n")) for b in blocks]


def simple_html(text, lang="en"):
    body = "\n".join(f"<p>{p}</p>" for p in _paras(text))
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f"{body}\n</body>\n</html>\n")


def outlook_html(text, lang="EN-GB"):
    """Outlook / Word generated HTML wrapper around the given text."""
    paras = "\n".join(
        f'<p class="MsoNormal">{p}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        for p in _paras(text))
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt;"
        ' font-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style></head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{paras}\n</div>\n</body>\n</html>\n'
    )


def ats_card(brand, title, text, footer, accent="#1f4e79", button=None, lang="en"):
    """A typical applicant-tracking-system mail: coloured bar, white card, grey footer."""
    paras = "\n".join(
        f'<p style="margin:0 0 14px 0;line-height:1.5">{p}</p>' for p in _paras(text))
    btn = ""
    if button:
        label, url = button
        btn = (f'<p style="margin:22px 0"><a href="{_html.escape(url)}" style="background:'
               f'{accent};color:#ffffff;padding:11px 20px;border-radius:4px;'
               f'text-decoration:none;font-weight:bold">{_html.escape(label)}</a></p>')
    foot = "<br>\n".join(_html.escape(line) for line in footer.strip().split("\n"))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{_html.escape(title)}</title></head>\n"
        '<body style="margin:0;padding:0;background:#f2f4f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f2f4f7"><tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;'
        'font-size:15px;color:#1d2430">\n'
        f'<tr><td style="background:{accent};color:#ffffff;padding:18px 28px;font-size:18px;'
        f'font-weight:bold">{_html.escape(brand)}</td></tr>\n'
        f'<tr><td style="padding:28px">\n<h2 style="margin:0 0 18px 0;font-size:20px">'
        f"{_html.escape(title)}</h2>\n{paras}\n{btn}\n</td></tr>\n"
        f'<tr><td style="padding:16px 28px;background:#fafbfc;color:#6b7480;font-size:12px">'
        f"{foot}</td></tr>\n"
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def digest_html(brand, intro, items, footer, unsubscribe, accent="#0b6e4f", lang="en",
                unsub_label="Unsubscribe"):
    """A job-alert / newsletter layout. items: (headline, subline, url, blurb) tuples."""
    rows = []
    for headline, subline, url, blurb in items:
        rows.append(
            '<tr><td style="padding:14px 24px;border-bottom:1px solid #e6e8eb">'
            f'<a href="{_html.escape(url)}" style="color:{accent};font-size:16px;'
            f'font-weight:bold;text-decoration:none">{_html.escape(headline)}</a><br>'
            f'<span style="color:#555;font-size:13px">{_html.escape(subline)}</span>'
            + (f'<p style="margin:6px 0 0 0;font-size:14px;color:#333">{_html.escape(blurb)}</p>'
               if blurb else "")
            + "</td></tr>")
    intro_html = "".join(f'<p style="margin:0 0 10px 0">{p}</p>' for p in _paras(intro))
    foot = "<br>\n".join(_html.escape(line) for line in footer.strip().split("\n"))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"></head>\n'
        '<body style="margin:0;background:#eef0f3;font-family:Arial,sans-serif">\n'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">\n'
        f'<tr><td style="padding:20px 24px;background:{accent};color:#fff;font-size:20px">'
        f"{_html.escape(brand)}</td></tr>\n"
        f'<tr><td style="padding:18px 24px;font-size:14px;color:#222">{intro_html}</td></tr>\n'
        + "\n".join(rows)
        + f'\n<tr><td style="padding:18px 24px;font-size:11px;color:#777">{foot}<br>\n'
        f'<a href="{_html.escape(unsubscribe)}" style="color:#777">{_html.escape(unsub_label)}</a></td></tr>\n'
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
    )
